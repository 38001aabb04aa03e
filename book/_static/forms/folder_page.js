// The page "Procesmappe": one process through the five steps, in the browser only. Every sheet is
// the template's own form (fields.js); values carried from earlier sheets show where they come
// from; the sheets' messages and the cross-sheet warnings stand next to their fields. The draft
// is kept in localStorage on every change; a file can be opened (a folder or one sheet, the
// previous draft kept for undo) and saved; the whole process downloads as Word or Markdown.
import { pageLocale } from "./danish.js";
import { SheetFields } from "./fields.js";
import {
  checkFolder, draftYaml, folderBlocks, problemLine, readFolderFile, sheetStarted, splitPath, textValues,
} from "./folder.js";
import { markdown, say } from "./model.js";
import { buildDocx } from "./docx.js";
import { download, el, liveRegion, loadData, uid } from "./ui.js";

const DRAFT = "samskab-procesmappe";
const PREVIOUS = "samskab-procesmappe-forrige";
const MAX_BYTES = 1024 * 1024; // a folder is a few hundred kB at most; larger files are refused
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function readStored(key) {
  const store = storage();
  try {
    const stored = store && JSON.parse(store.getItem(key) || "null");
    return stored && typeof stored === "object" && stored.sheets ? stored : null;
  } catch {
    return null;
  }
}

class FolderPage {
  constructor(root, data, folder) {
    this.root = root;
    this.data = data;
    this.folder = folder;
    this.templates = Object.fromEntries(data.templates.map((t) => [t.id, t]));
    this.t = (key, values) => say(data.texts, `folder.page.${key}`, values);
    this.status = liveRegion();
    this.alert = el("div", { class: "samskab-fejlliste", role: "alert" });
    this.shownAll = false;
    const draft = readStored(DRAFT);
    this.raw = draft ? draft.sheets : {};
    const linked = /^#trin-(\d+)$/.exec(window.location.hash); // a step chapter links to its step
    const wanted = linked ? Number(linked[1]) : draft && draft.step;
    this.step = folder.steps.some((s) => s.number === wanted) ? wanted : 1;
    this.build();
    this.showStep(this.step, false);
  }

  build() {
    const t = this.t;
    const fileId = uid("aabn");
    const hintId = uid("aabn-hjaelp");
    this.file = el("input", { type: "file", id: fileId, accept: ".yml,.yaml,text/yaml,application/yaml",
      "aria-describedby": hintId, onchange: () => this.openFile() });
    this.undo = el("button", { type: "button", class: "samskab-knap", hidden: !readStored(PREVIOUS),
      onclick: () => this.undoOpen(), text: t("undo_open") });
    this.progress = el("p", { class: "samskab-mappe-fremdrift" });
    this.nav = el("ol", { class: "samskab-trinliste" }, this.folder.steps.map((step) => el("li", { "data-trin": String(step.number), id: `trin-${step.number}` },
      el("button", { type: "button", class: "samskab-trinknap", "data-trin": String(step.number),
        onclick: () => this.showStep(step.number, true) },
      el("span", { class: "samskab-trinnavn", text: step.heading }), el("span", { class: "samskab-trinstatus" })))));
    this.stepBox = el("section", { class: "samskab-trin", "aria-live": "off" });
    this.warningsBox = el("div", { class: "samskab-advarsler" });
    const warningsId = uid("advarsler");
    const downloadsId = uid("hent");
    this.root.replaceChildren(
      el("div", { class: "samskab-importer" },
        el("label", { for: fileId, text: t("open_label") }),
        el("p", { id: hintId, class: "samskab-hjaelp", text: t("open_hint") }), this.file,
        el("div", { class: "samskab-knapper" },
          el("button", { type: "button", class: "samskab-knap", onclick: () => this.openExample(), text: t("open_example") }),
          this.undo)),
      this.status, this.alert,
      el("nav", { "aria-label": t("steps_nav") }, this.progress, this.nav),
      this.stepBox,
      el("section", { class: "samskab-advarsler-ramme", "aria-labelledby": warningsId },
        el("h2", { id: warningsId, text: t("warnings_title") }), this.warningsBox),
      el("section", { class: "samskab-hent", "aria-labelledby": downloadsId },
        el("h2", { id: downloadsId, text: t("downloads_title") }),
        el("p", { class: "samskab-hjaelp", text: t("save_hint") }),
        el("div", { class: "samskab-knapper" },
          [["yml", "save_file"], ["docx", "download_docx"], ["md", "download_md"]].map(([kind, key]) =>
            el("button", { type: "button", class: "samskab-knap", "data-format": kind,
              onclick: () => this.download(kind), text: t(key) })),
          el("button", { type: "button", class: "samskab-knap", onclick: () => this.deleteDraft(), text: t("delete_draft") }))));
  }

  // Steps and sheets ---------------------------------------------------------------------

  showStep(number, focus) {
    this.step = number;
    const step = this.folder.steps.find((s) => s.number === number);
    this.checked = checkFolder(this.folder, this.data, this.raw);
    this.sheets = new Map();
    const headingId = uid("trin");
    const index = this.folder.steps.indexOf(step);
    const move = (key, to) => el("button", { type: "button", class: "samskab-knap", "data-trin": String(to.number),
      onclick: () => this.showStep(to.number, true), text: `${this.t(key)}: ${to.heading}` });
    this.stepBox.replaceChildren(
      el("h2", { id: headingId, tabindex: "-1", text: step.heading }),
      el("p", { class: "samskab-hjaelp", text: step.question }),
      ...step.sheets.map((sheet) => this.sheetSection(sheet)),
      el("div", { class: "samskab-knapper samskab-trin-knapper" },
        index > 0 ? move("previous_step", this.folder.steps[index - 1]) : null,
        index < this.folder.steps.length - 1 ? move("next_step", this.folder.steps[index + 1]) : null));
    this.stepBox.setAttribute("aria-labelledby", headingId);
    this.refresh();
    if (focus) this.stepBox.querySelector("h2").focus();
  }

  /** Carried fields (id -> where from) and offered choices of *sheet*, from the sheets now. */
  links(sheet) {
    const carried = new Map();
    for (const link of this.folder.carry) {
      const to = splitPath(link.to);
      const from = splitPath(link.from).sheet;
      if (to.sheet !== sheet || !textValues(this.raw, link.from).length) continue;
      carried.set(to.field, say(this.data.texts, "folder.carried_from", { sheet: this.templates[from].title,
        step: this.folder.steps.find((s) => s.sheets.includes(from)).number }));
    }
    const choices = new Map();
    for (const link of this.folder.choices) {
      const to = splitPath(link.to);
      if (to.sheet !== sheet) continue;
      const values = textValues(this.checked.carried, link.from).flatMap((v) => v.value.split("\n"));
      choices.set(to.column ? `${to.field}.${to.column}` : to.field, [...new Set(values)]);
    }
    return { carried, choices };
  }

  sheetSection(sheet) {
    const template = this.templates[sheet];
    this.raw[sheet] = this.raw[sheet] || {};
    const form = this.raw[sheet];
    const carriedValues = this.checked.carried[sheet] || {};
    const { carried, choices } = this.links(sheet);
    for (const field of carried.keys()) form[field] = carriedValues[field];
    const fields = new SheetFields(template, form, this.data, { carried, choices,
      onChange: () => this.changed(sheet), announce: (message) => this.status.announce(message) });
    const headingId = uid("ark");
    const top = el("div", { class: "samskab-fejlliste", "data-ark-besked": sheet });
    const box = el("section", { class: "samskab-ark", "data-ark": sheet, "aria-labelledby": headingId },
      el("h3", { id: headingId, tabindex: "-1", text: template.title }),
      el("p", { class: "samskab-skabelon-formaal", text: template.purpose }), top, fields.element);
    this.sheets.set(sheet, { fields, box, top, signature: JSON.stringify([...carried, ...choices]) });
    return box;
  }

  changed(sheet) {
    this.saveDraft();
    this.checked = checkFolder(this.folder, this.data, this.raw);
    for (const [other, view] of this.sheets) {  // carried values and choices follow at once
      if (other === sheet) continue;
      const { carried, choices } = this.links(other);
      if (JSON.stringify([...carried, ...choices]) !== view.signature) view.box.replaceWith(this.sheetSection(other));
    }
    this.refresh();
  }

  // Messages and progress ------------------------------------------------------------------

  refresh() {
    const { checked, folder } = this;
    for (const [sheet, view] of this.sheets) {
      const messages = new Map();
      const add = (path, message) => {
        const key = JSON.stringify(path);
        messages.set(key, messages.has(key) ? `${messages.get(key)} ${message}` : message);
      };
      for (const problem of (checked.sheets[sheet] || { problems: [] }).problems) add(problem.path, problem.problem);
      const sheetWide = [];
      for (const warning of checked.warnings.filter((w) => w.sheet === sheet)) {
        if (warning.path.length) add(warning.path, warning.message);
        else sheetWide.push(warning.message);
      }
      view.fields.show(messages, this.shownAll);
      this.showWarningsAt(view, messages);
      view.top.replaceChildren(...sheetWide.map((m) => el("p", { text: m })));
    }
    const total = folder.steps.reduce((sum, s) => sum + s.sheets.length, 0);
    const started = folder.steps.flatMap((s) => s.sheets).filter((s) => sheetStarted(folder, s, checked.carried[s])).length;
    this.progress.textContent = this.t("progress", { filled: started, total });
    for (const step of folder.steps) {  // updated in place: a click on a step must not lose its button
      const begun = step.sheets.filter((s) => sheetStarted(folder, s, checked.carried[s]));
      const done = begun.length === step.sheets.length && begun.every((s) => !checked.sheets[s].problems.length);
      const state = done ? "step_done" : begun.length ? "step_started" : "step_empty";
      const item = this.nav.querySelector(`li[data-trin="${step.number}"]`);
      item.dataset.tilstand = state;
      const button = item.querySelector("button");
      if (step.number === this.step) button.setAttribute("aria-current", "step");
      else button.removeAttribute("aria-current");
      const warned = checked.warnings.filter((w) => w.step === step.number).length;
      item.querySelector(".samskab-trinstatus").textContent =
        `${this.t("progress_step", { filled: begun.length, total: step.sheets.length })}, ${this.t(state)}`
        + (warned ? `, ${this.t("step_warnings", { count: warned })}` : "");
    }
    this.warningsBox.replaceChildren(checked.warnings.length
      ? el("ul", {}, checked.warnings.map((w) => el("li", {}, problemLine(this.data.texts, w), " ",
        el("button", { type: "button", class: "samskab-knap samskab-lille", onclick: () => this.goTo(w),
          text: this.t("go_to", { step: w.step }) }))))
      : el("p", { text: this.t("warnings_none") }));
  }

  /** Show the step of *problem* and put the focus on its field (or its sheet). */
  goTo(problem) {
    if (problem.step !== this.step) this.showStep(problem.step, false);
    const view = this.sheets.get(problem.sheet);
    const path = JSON.stringify(problem.path);
    const target = problem.path.length === 1
      ? view.box.querySelector(`[data-felt="${CSS.escape(problem.path[0])}"] input, [data-felt="${CSS.escape(problem.path[0])}"] textarea, [data-felt="${CSS.escape(problem.path[0])}"] button`)
      : view.box.querySelector(`[data-path="${CSS.escape(path)}"]`);
    (target || view.box.querySelector("h3")).focus();
  }

  /** Cross-sheet warnings show at once; the sheets' own messages once a field was left. */
  showWarningsAt(view, messages) {
    const warned = new Set(this.checked.warnings.filter((w) => w.path.length).map((w) => JSON.stringify(w.path)));
    for (const box of view.fields.element.querySelectorAll(".samskab-felt")) {
      const input = box.querySelector(":scope > input, :scope > textarea");
      const error = box.querySelector(":scope > .samskab-fejl");
      const path = input ? input.dataset.path : JSON.stringify([box.dataset.felt]);
      if (!error || !warned.has(path)) continue;
      error.hidden = false;
      error.textContent = messages.get(path);
    }
  }

  // Draft, files and downloads ----------------------------------------------------------------

  saveDraft() {
    const store = storage();
    if (!store) return;
    try {
      store.setItem(DRAFT, JSON.stringify({ saved: new Date().toISOString(), step: this.step, sheets: this.raw }));
    } catch {
      // A full or refused storage leaves the page working without a draft.
    }
  }

  keepPrevious() {
    const store = storage();
    if (!store) return;
    try {
      store.setItem(PREVIOUS, JSON.stringify({ saved: new Date().toISOString(), step: this.step, sheets: this.raw }));
      this.undo.hidden = false;
    } catch {
      // Without room for the copy the file is still opened; the saved file is the way back.
    }
  }

  undoOpen() {
    const previous = readStored(PREVIOUS);
    if (!previous) return;
    this.raw = previous.sheets;
    const store = storage();
    if (store) store.removeItem(PREVIOUS);
    this.undo.hidden = true;
    this.saveDraft();
    this.showStep(previous.step || 1, false);
    this.status.announce(this.t("undone"));
  }

  showProblems(messages) {
    this.alert.replaceChildren(el("ul", {}, messages.map((m) => el("li", { text: m }))));
  }

  async openFile() {
    const file = this.file.files[0];
    if (!file) return;
    this.file.value = "";
    if (file.size > MAX_BYTES) {
      this.showProblems([this.t("too_big", { file: file.name, size: (file.size / 1048576).toLocaleString(pageLocale(), { maximumFractionDigits: 1 }) })]);
      return;
    }
    let parsed;
    try {
      if (!globalThis.jsyaml) await import("./vendor/js-yaml-4.1.0.min.js");
      // Every value is read as text; the field's type decides, as in samskab_lib.
      parsed = globalThis.jsyaml.load(await file.text(), { schema: globalThis.jsyaml.FAILSAFE_SCHEMA });
    } catch {
      this.showProblems([this.t("damaged", { file: file.name })]);
      return;
    }
    this.open(parsed, file.name);
  }

  async openExample() {
    const response = await fetch(new URL("./data/nordfjordby-procesmappe.yml", import.meta.url));
    if (!globalThis.jsyaml) await import("./vendor/js-yaml-4.1.0.min.js");
    this.open(globalThis.jsyaml.load(await response.text(), { schema: globalThis.jsyaml.FAILSAFE_SCHEMA }),
      "nordfjordby-procesmappe.yml");
  }

  open(parsed, name) {
    const opened = readFolderFile(this.folder, this.data, parsed, name);
    if (opened.kind === "problem") {
      this.showProblems([say(this.data.texts, opened.key, opened.values)]);
      return;
    }
    this.keepPrevious();
    if (opened.kind === "sheet") {
      this.raw[opened.template] = opened.form;
      const step = this.folder.steps.find((s) => s.sheets.includes(opened.template)).number;
      this.saveDraft();
      this.showStep(step, true);
      this.status.announce(this.t("imported", { sheet: this.templates[opened.template].title, file: name, step }));
    } else {
      this.raw = opened.sheets;
      this.saveDraft();
      this.showStep(1, true);
      this.status.announce(this.t("opened", { file: name }));
    }
    if (opened.problems.length) this.showProblems([this.t("opened_with_problems", { file: name }), ...opened.problems]);
    else this.alert.replaceChildren();
  }

  deleteDraft() {
    if (!window.confirm(this.t("confirm_delete"))) return;
    const store = storage();
    if (store) store.removeItem(DRAFT);
    this.raw = {};
    this.shownAll = false;
    this.showStep(1, true);
    this.status.announce(this.t("draft_deleted"));
  }

  async download(kind) {
    const name = `procesmappe.${kind}`;
    const checked = checkFolder(this.folder, this.data, this.raw);
    if (kind === "yml") {
      download(name, draftYaml(this.folder, this.data, this.raw), "application/yaml");
      this.status.announce(this.t("downloaded", { file: name }));
      return;
    }
    if (checked.errors.length) {
      this.shownAll = true;
      const first = checked.errors[0];
      this.alert.replaceChildren(el("p", { text: this.t("problems_count",
        { count: checked.errors.length, first: problemLine(this.data.texts, first) }) }));
      if (first.step !== this.step) this.showStep(first.step, false);
      else this.refresh();
      const view = this.sheets.get(first.sheet);
      if (view) view.fields.focusFirstProblem();
      return;
    }
    this.alert.replaceChildren();
    const laidOut = folderBlocks(this.folder, this.data, this.raw, checked);
    try {
      if (kind === "md") download(name, markdown(laidOut), "text/markdown");
      else {
        if (!this.skeleton) {
          const response = await fetch(new URL(`./data/${this.folder.word.skeleton}`, import.meta.url));
          if (!response.ok) throw new Error(response.status);
          this.skeleton = await response.arrayBuffer();
        }
        download(name, buildDocx(this.skeleton, laidOut, { orientation: "stående", columns: 1 }), DOCX);
      }
      this.status.announce(this.t("downloaded", { file: name }));
    } catch {
      this.status.announce(say(this.data.texts, "forms.loading_failed"));
    }
  }
}

async function start() {
  for (const root of document.querySelectorAll(".samskab-procesmappe")) {
    try {
      const [data, folder] = await Promise.all([loadData("skabeloner.json"), loadData("procesmappe.json")]);
      data.texts = { ...data.texts, ...folder.texts };
      new FolderPage(root, data, folder);
    } catch {
      root.replaceChildren(el("p", { class: "samskab-fejl", role: "alert", text: root.dataset.failed || "" }));
    }
  }
}

start();
