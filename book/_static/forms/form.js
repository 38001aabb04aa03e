// The page "Udfyld en skabelon i browseren": a form for every template, generated from the
// definitions the build exports, with a draft in localStorage, YAML import, a live preview and
// downloads as Word, Markdown and YAML.
import { pageLocale } from "./danish.js";
import { SheetFields } from "./fields.js";
import { blocks, fromData, say, validate } from "./model.js";
import { downloadFilled, el, liveRegion, loadData, preview, storage, uid } from "./ui.js";

const DRAFT = "samskab-kladde-";
const CHOSEN = "samskab-kladde-valgt";

class TemplateForm {
  constructor(root, data) {
    this.root = root;
    this.data = data;
    this.t = (key, values) => say(data.texts, `forms.${key}`, values);
    this.status = liveRegion();
    this.alert = el("div", { class: "samskab-fejlliste", role: "alert" });
    this.importAlert = el("div", { class: "samskab-fejlliste", role: "alert" });
    this.shown = false; // messages are shown once a download was tried or a field was left
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
    this.fields = el("div", { class: "samskab-skema" });
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
      this.status.announce(this.t("draft_restored", { time: new Date(draft.saved).toLocaleString(pageLocale()) }));
    }
  }

  renderFields() {
    this.sheet = new SheetFields(this.template, this.form, this.data, {
      onChange: () => { this.saveDraft(); this.update(); },
      announce: (message) => this.status.announce(message) });
    this.fields.replaceChildren(this.sheet.element);
  }

  // Values, draft and messages ---------------------------------------------------------------

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
    this.alert.replaceChildren();
    this.renderFields();
    this.update();
    this.status.announce(this.t("draft_deleted"));
  }

  update() {
    const result = validate(this.template, this.form, this.data.texts);
    this.result = result;
    // Under the field it belongs to, a message says only what is wrong: the field is marked.
    this.sheet.show(new Map(result.problems.map((p) => [JSON.stringify(p.path), p.problem])), this.shown);
    this.previewBox.replaceChildren(...preview(blocks(this.template, result.values, this.data), 2));
  }

  async download(kind) {
    this.shown = true;
    this.update();
    const problems = this.result.problems;
    if (problems.length) {
      this.alert.replaceChildren(el("p", { text: this.t("errors_count", { count: problems.length }) }));
      this.sheet.focusFirstProblem();
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
