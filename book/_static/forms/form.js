// The page "Udfyld en skabelon i browseren": a form for every template, generated from the
// definitions the build exports, with a draft in localStorage, YAML import, a live preview and
// downloads as Word, Markdown and YAML.
import { blocks, fromData, say, validate } from "./model.js";
import { downloadFilled, el, liveRegion, loadData, preview, uid } from "./ui.js";

const DRAFT = "samskab-kladde-";
const CHOSEN = "samskab-kladde-valgt";

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

class TemplateForm {
  constructor(root, data) {
    this.root = root;
    this.data = data;
    this.t = (key, values) => say(data.texts, `forms.${key}`, values);
    this.status = liveRegion();
    this.alert = el("div", { class: "samskab-fejlliste", role: "alert" });
    this.importAlert = el("div", { class: "samskab-fejlliste", role: "alert" });
    this.shown = false; // messages are shown once a download was tried or a field was left
    this.touched = new Set();
    this.build();
  }

  build() {
    const { data, t } = this;
    const pickerId = uid("skabelon");
    this.picker = el("select", { id: pickerId, onchange: () => this.choose(this.picker.value, true) },
      data.templates.map((tpl) => el("option", { value: tpl.id, text: tpl.title })));
    this.purpose = el("p", { class: "samskab-skabelon-formaal" });
    const fileId = uid("importer");
    const fileHint = uid("importer-hjaelp");
    this.file = el("input", { type: "file", id: fileId, accept: ".yml,.yaml,text/yaml,application/yaml",
      "aria-describedby": fileHint, onchange: () => this.importFile() });
    this.fields = el("form", { class: "samskab-felter", novalidate: true, onsubmit: (e) => e.preventDefault(),
      onfocusout: (e) => this.leave(e) });
    this.previewBox = el("div", { class: "samskab-forhaandsvisning" });
    const previewId = uid("forhaandsvisning");
    const downloadsId = uid("hent");
    this.root.replaceChildren(
      el("div", { class: "samskab-vaelg" }, el("label", { for: pickerId, text: t("choose_template") }), this.picker),
      this.purpose,
      el("div", { class: "samskab-kladde" },
        el("p", { text: t("draft_note") }),
        el("button", { type: "button", class: "samskab-knap", onclick: () => this.deleteDraft(), text: t("delete_draft") })),
      el("div", { class: "samskab-importer" },
        el("label", { for: fileId, text: t("import_label") }),
        el("p", { id: fileHint, class: "samskab-hjaelp", text: t("import_hint") }), this.file, this.importAlert),
      this.status,
      this.fields,
      el("section", { class: "samskab-hent", "aria-labelledby": downloadsId },
        el("h2", { id: downloadsId, text: t("downloads_title") }),
        this.alert,
        el("div", { class: "samskab-knapper" },
          [["docx", "download_docx"], ["md", "download_md"], ["yml", "download_yaml"]].map(([kind, key]) =>
            el("button", { type: "button", class: "samskab-knap", "data-format": kind,
              onclick: () => this.download(kind), text: t(key) })))),
      el("section", { class: "samskab-forhaandsvisning-ramme", "aria-labelledby": previewId },
        el("h2", { id: previewId, text: t("preview_title") }), this.previewBox));
    const store = storage();
    // A link "udfyld.html?skabelon=ID" (step chapters, the gallery) chooses the template.
    const asked = new URLSearchParams(window.location.search).get("skabelon");
    const start = asked || this.root.dataset.start || (store && store.getItem(CHOSEN)) || data.templates[0].id;
    this.choose(data.templates.some((tpl) => tpl.id === start) ? start : data.templates[0].id, false);
  }

  choose(id, remember) {
    this.template = this.data.templates.find((tpl) => tpl.id === id);
    this.picker.value = id;
    this.purpose.textContent = this.template.purpose;
    this.shown = false;
    this.touched.clear();
    this.alert.replaceChildren();
    const store = storage();
    if (remember && store) store.setItem(CHOSEN, id);
    const saved = store && store.getItem(DRAFT + id);
    let draft = null;
    try {
      draft = saved ? JSON.parse(saved) : null;
    } catch {
      draft = null;
    }
    this.form = draft && draft.form ? draft.form : {};
    this.renderFields();
    this.update();
    if (draft && draft.saved) {
      this.status.announce(this.t("draft_restored", { time: new Date(draft.saved).toLocaleString("da-DK") }));
    }
  }

  // Fields ------------------------------------------------------------------------------

  renderFields() {
    this.fields.replaceChildren(...this.template.fields.map((spec) => {
      if (!spec.input) return this.printed(spec);
      return spec.type === "rækker" ? this.rowsField(spec) : this.single(spec, [spec.id], this.form[spec.id] ?? "", false);
    }));
  }

  /** An "opslag" field: text printed on the sheet (the 18 keys, a reminder), shown, not asked. */
  printed(spec) {
    const content = spec.content === "nøgler"
      ? el("details", {}, el("summary", { text: spec.label }),
        el("ol", { class: "samskab-opslag-liste" }, Object.values(this.data.keys).map((title) => el("li", { text: title }))))
      : el("p", { text: spec.help });
    return el("div", { class: "samskab-felt samskab-opslag", "data-opslag": spec.id },
      spec.content === "nøgler" ? null : el("p", { class: "samskab-opslag-titel", text: spec.label }), content);
  }

  hint(spec) {
    const extra = { tal: "number_hint", dato: "date_hint", liste: "list_hint" }[spec.type];
    return [spec.help, extra ? this.t(extra) : ""].filter(Boolean).join(" ");
  }

  single(spec, path, value, inRow) {
    const id = uid("felt");
    const hintId = `${id}-hjaelp`;
    const errorId = `${id}-fejl`;
    const multiLine = spec.type === "liste" || (spec.type === "tekst" && !inRow);
    const input = el(multiLine ? "textarea" : "input", {
      id, name: path.join("."), "aria-describedby": `${hintId} ${errorId}`,
      "aria-required": spec.required ? "true" : null, rows: multiLine ? (spec.type === "liste" ? 4 : 3) : null,
      type: multiLine ? null : "text", inputmode: spec.type === "tal" ? "decimal" : null,
      autocomplete: "off", "data-path": JSON.stringify(path),
      oninput: () => this.change(path, input.value) });
    input.value = Array.isArray(value) ? value.join("\n") : String(value ?? "");
    const label = el("label", { for: id }, spec.label,
      spec.required ? el("span", { class: "samskab-kraevet", text: " " + this.t("required") }) : null);
    return el("div", { class: "samskab-felt", "data-felt": path.join(".") }, label,
      el("p", { id: hintId, class: "samskab-hjaelp", text: this.hint(spec) }), input,
      el("p", { id: errorId, class: "samskab-fejl", hidden: true }));
  }

  rowsField(spec) {
    const legendId = uid("raekker");
    const rows = Array.isArray(this.form[spec.id]) ? this.form[spec.id] : [];
    if (rows.length === 0) rows.push({});
    this.form[spec.id] = rows;
    const list = el("ol", { class: "samskab-raekker" }, rows.map((row, index) => this.row(spec, row, index, rows.length)));
    const add = el("button", { type: "button", class: "samskab-knap", onclick: () => this.addRow(spec),
      text: this.t("add_row"), "aria-describedby": legendId });
    return el("fieldset", { class: "samskab-felt samskab-raekkefelt", "data-felt": spec.id },
      el("legend", { id: legendId }, spec.label,
        spec.required ? el("span", { class: "samskab-kraevet", text: " " + this.t("required") }) : null),
      el("p", { class: "samskab-hjaelp", text: spec.help }),
      el("p", { class: "samskab-fejl", hidden: true, "data-fejl": spec.id }),
      list, add);
  }

  row(spec, row, index, count) {
    const number = index + 1;
    const button = (key, action, disabled) => el("button", { type: "button", class: "samskab-knap samskab-lille",
      disabled, onclick: action, text: this.t(key, { number }), "data-handling": key });
    return el("li", {}, el("fieldset", { class: "samskab-raekke" },
      el("legend", { text: this.t("row", { number }) }),
      spec.columns.map((column) => this.single(column, [spec.id, index, column.id], row[column.id] ?? "", true)),
      el("div", { class: "samskab-raekke-knapper" },
        button("move_up", () => this.moveRow(spec, index, -1), index === 0),
        button("move_down", () => this.moveRow(spec, index, 1), index === count - 1),
        button("remove_row", () => this.removeRow(spec, index), false))));
  }

  /** Draw the rows again after an add, remove or move, keep the draft, then place the focus. */
  redrawRows(spec, focus) {
    const old = this.fields.querySelector(`fieldset[data-felt="${CSS.escape(spec.id)}"]`);
    const fresh = this.rowsField(spec);
    old.replaceWith(fresh);
    this.saveDraft();
    this.update();
    if (focus) focus(fresh);
  }

  addRow(spec) {
    this.form[spec.id].push({});
    const number = this.form[spec.id].length;
    this.redrawRows(spec, (box) => box.querySelectorAll(".samskab-raekke")[number - 1].querySelector("input, textarea").focus());
    this.status.announce(this.t("row_added", { number }));
  }

  removeRow(spec, index) {
    this.form[spec.id].splice(index, 1);
    this.redrawRows(spec, (box) => {
      const rows = box.querySelectorAll(".samskab-raekke");
      const target = rows[Math.min(index, rows.length - 1)];
      (target ? target.querySelector("input, textarea") : box.querySelector("button")).focus();
    });
    this.status.announce(this.t("row_removed", { number: index + 1 }));
  }

  moveRow(spec, index, step) {
    const rows = this.form[spec.id];
    const target = index + step;
    [rows[index], rows[target]] = [rows[target], rows[index]];
    const key = step < 0 ? "move_up" : "move_down";
    this.redrawRows(spec, (box) => {
      // The same button on the moved row, or its other move button when the row reached the end.
      const buttons = [...box.querySelectorAll(".samskab-raekke")[target].querySelectorAll("button")]
        .filter((b) => !b.disabled);
      (buttons.find((b) => b.dataset.handling === key) || buttons[0]).focus();
    });
    this.status.announce(this.t("row_moved", { number: target + 1 }));
  }

  // Values, draft and messages ---------------------------------------------------------------

  change(path, value) {
    if (path.length === 1) this.form[path[0]] = value;
    else this.form[path[0]][path[1]][path[2]] = value;
    this.saveDraft();
    this.update();
  }

  leave(event) {
    const path = event.target.dataset && event.target.dataset.path;
    if (!path) return;
    this.touched.add(path);
    this.update();
  }

  saveDraft() {
    const store = storage();
    if (!store) return;
    try {
      store.setItem(DRAFT + this.template.id, JSON.stringify({ saved: new Date().toISOString(), form: this.form }));
      store.setItem(CHOSEN, this.template.id);
    } catch {
      // A full or refused storage leaves the form working without a draft.
    }
  }

  deleteDraft() {
    if (!window.confirm(this.t("confirm_delete"))) return;
    const store = storage();
    if (store) store.removeItem(DRAFT + this.template.id);
    this.form = {};
    this.shown = false;
    this.touched.clear();
    this.alert.replaceChildren();
    this.renderFields();
    this.update();
    this.status.announce(this.t("draft_deleted"));
  }

  update() {
    const result = validate(this.template, this.form, this.data.texts);
    this.result = result;
    // Under the field it belongs to, a message says only what is wrong: the field is marked.
    const byPath = new Map(result.problems.map((p) => [JSON.stringify(p.path), p.problem]));
    for (const box of this.fields.querySelectorAll(".samskab-felt")) {
      const input = box.querySelector(":scope > input, :scope > textarea");
      const error = box.querySelector(":scope > .samskab-fejl");
      if (!error) continue;
      const path = input ? input.dataset.path : JSON.stringify([box.dataset.felt]);
      const message = byPath.get(path);
      const visible = message && (this.shown || this.touched.has(path));
      error.hidden = !visible;
      error.textContent = visible ? message : "";
      if (input) input.setAttribute("aria-invalid", visible ? "true" : "false");
    }
    this.previewBox.replaceChildren(...preview(blocks(this.template, result.values, this.data), 2));
  }

  async download(kind) {
    this.shown = true;
    this.update();
    const problems = this.result.problems;
    if (problems.length) {
      this.alert.replaceChildren(el("p", { text: this.t("errors_count", { count: problems.length }) }));
      const first = this.fields.querySelector(".samskab-fejl:not([hidden])");
      if (first) first.closest(".samskab-felt").querySelector("input, textarea, button").focus();
      return;
    }
    this.alert.replaceChildren();
    try {
      const name = await downloadFilled(kind, this.template, this.result.values, this.data);
      this.status.announce(this.t("downloaded", { file: name }));
    } catch {
      this.status.announce(say(this.data.texts, "forms.loading_failed"));
    }
  }

  async importFile() {
    const file = this.file.files[0];
    if (!file) return;
    const t = this.t;
    let data;
    try {
      if (!globalThis.jsyaml) await import("./vendor/js-yaml-4.1.0.min.js");
      // Every value is read as text; the field's type decides, as in samskab_lib.
      data = globalThis.jsyaml.load(await file.text(), { schema: globalThis.jsyaml.FAILSAFE_SCHEMA });
    } catch {
      this.showImportProblems([t("import_failed", { file: file.name })]);
      return;
    }
    if (!data || typeof data !== "object" || Array.isArray(data) || !data.skabelon) {
      this.showImportProblems([t("import_no_template", { file: file.name })]);
      return;
    }
    if (!this.data.templates.some((tpl) => tpl.id === data.skabelon)) {
      this.showImportProblems([t("import_unknown_template", { file: file.name, template: String(data.skabelon) })]);
      return;
    }
    this.choose(String(data.skabelon), true);
    const { form, problems } = fromData(this.template, data, this.data.texts, file.name);
    this.form = form;
    this.renderFields();
    this.saveDraft();
    this.shown = true;
    this.update();
    this.file.value = "";
    if (problems.length) this.showImportProblems(problems);
    else this.importAlert.replaceChildren();
    this.status.announce(t("imported", { file: file.name }));
  }

  showImportProblems(problems) {
    this.importAlert.replaceChildren(el("ul", {}, problems.map((p) => el("li", { text: p }))));
  }
}

async function start() {
  for (const root of document.querySelectorAll(".samskab-udfyld")) {
    try {
      const data = await loadData("skabeloner.json");
      new TemplateForm(root, data);
    } catch {
      root.replaceChildren(el("p", { class: "samskab-fejl", role: "alert", text: root.dataset.failed || "" }));
    }
  }
}

start();
