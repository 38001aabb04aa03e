// The page "Del jeres case": a form for a new case file, kept as a draft in this browser, with
// Danish messages and a case.yml to download and check with `samskab case tjek`.
import { CHOICES, FACTS, fieldHint, fieldLabel, toYaml, validate } from "./casemodel.js";
import { pageLocale } from "./danish.js";
import { say } from "./model.js";
import { download, el, liveRegion, loadData, storage, uid } from "./ui.js";

const DRAFT = "samskab-case-kladde";

class CaseForm {
  constructor(root, data) {
    this.root = root;
    this.data = data;
    this.t = (key, values) => say(data.texts, `case_form.${key}`, values);
    this.status = liveRegion();
    this.alert = el("div", { class: "samskab-fejlliste", role: "alert" });
    this.shown = false;
    this.state = this.restore();
    this.build();
    this.update();
  }

  restore() {
    const store = storage();
    try {
      const saved = store && JSON.parse(store.getItem(DRAFT) || "null");
      if (saved && saved.state) {
        window.setTimeout(() => this.status.announce(say(this.data.texts, "forms.draft_restored",
          { time: new Date(saved.saved).toLocaleString(pageLocale()) })), 0);
        return saved.state;
      }
    } catch {
      // A broken draft starts an empty form.
    }
    return { land: "DK", valuta: "DKK", kilder: [{}] };
  }

  save() {
    const store = storage();
    if (!store) return;
    try {
      store.setItem(DRAFT, JSON.stringify({ saved: new Date().toISOString(), state: this.state }));
    } catch {
      // A full or refused storage leaves the form working without a draft.
    }
  }

  label(path) {
    return fieldLabel(path, this.data.texts);
  }

  hint(path) {
    return fieldHint(path, this.data.texts);
  }

  // One labelled input with its hint and its error; *path* names it in the state.
  field(path, control, required) {
    const id = uid("case");
    control.id = id;
    control.dataset.path = path;
    control.setAttribute("aria-describedby", `${id}-hjaelp ${id}-fejl`);
    const label = el("label", { for: id }, this.label(path),
      required ? el("span", { class: "samskab-kraevet", text: " " + say(this.data.texts, "forms.required") }) : null);
    return el("div", { class: "samskab-felt", "data-felt": path }, label,
      el("p", { id: `${id}-hjaelp`, class: "samskab-hjaelp", text: this.hint(path) }), control,
      el("p", { id: `${id}-fejl`, class: "samskab-fejl", hidden: true }));
  }

  input(path, long, type = "text") {
    const value = path.split(".").reduce((node, part) => (node ? node[part] : undefined), this.state);
    const control = el(long ? "textarea" : "input", { type: long ? null : type, rows: long ? 3 : null,
      autocomplete: "off", oninput: () => this.change(path, control.value) });
    control.value = value ?? "";
    return control;
  }

  select(path, options) {
    const control = el("select", { onchange: () => this.change(path, control.value) },
      options.map(([value, text]) => el("option", { value, text })));
    control.value = this.state[path] ?? "";
    return control;
  }

  choices(choice) {
    const options = this.data.choices[choice.options];
    if (!choice.many) {
      return this.field(choice.id, this.select(choice.id, [["", this.t("choose")], ...options]), choice.required);
    }
    const legendId = uid("valg");
    const chosen = new Set(this.state[choice.id] || []);
    const boxes = options.map(([value, text]) => {
      const id = uid("valg");
      const box = el("input", { type: "checkbox", id, value, checked: chosen.has(value),
        onchange: () => this.toggle(choice.id, value, box.checked) });
      return el("div", { class: "samskab-valg" }, box, el("label", { for: id, text }));
    });
    return el("fieldset", { class: "samskab-felt", "data-felt": choice.id, "aria-describedby": `${legendId}-fejl` },
      el("legend", { id: legendId }, this.label(choice.id),
        choice.required ? el("span", { class: "samskab-kraevet", text: " " + say(this.data.texts, "forms.required") }) : null),
      el("p", { class: "samskab-hjaelp", text: this.hint(choice.id) }), ...boxes,
      el("p", { id: `${legendId}-fejl`, class: "samskab-fejl", hidden: true }));
  }

  section(key, ...children) {
    const id = uid("afsnit");
    return el("section", { class: "samskab-case-afsnit", "aria-labelledby": id },
      el("h2", { id, text: this.t(`sections.${key}`) }), ...children);
  }

  sources() {
    const rows = (this.state.kilder || []).map((_, index) => el("fieldset", { class: "samskab-raekke" },
      el("legend", { text: this.t("source_row", { row: index + 1 }) }),
      ...["noegle", "titel", "url", "laest"].map((name) => this.field(`kilder.${index}.${name}`,
        this.input(`kilder.${index}.${name}`, false, name === "url" ? "url" : "text"), true)),
      el("button", { type: "button", class: "samskab-knap samskab-lille", text: this.t("remove_source", { row: index + 1 }),
        onclick: () => this.removeSource(index) })));
    return [...rows, el("button", { type: "button", class: "samskab-knap", text: this.t("add_source"),
      onclick: () => this.addSource() })];
  }

  build() {
    const facts = (ids) => FACTS.filter((f) => ids.includes(f.id)).flatMap((f) => [
      this.field(f.id, this.input(f.id, f.long), f.required),
      this.field(`${f.id}_kilde`, this.input(`${f.id}_kilde`, false), false)]);
    const consent = el("input", { type: "checkbox", checked: !!this.state.samtykke,
      onchange: () => this.change("samtykke", consent.checked) });
    this.form = el("form", { class: "samskab-felter samskab-caseformular-felter", novalidate: true,
      onsubmit: (e) => e.preventDefault(), onfocusout: () => this.update() },
      this.section("sources", el("p", { text: this.t("sources_intro") }), ...this.sources()),
      this.section("case", this.field("id", this.input("id", false), true), ...facts(["titel", "hvad", "hvor", "hvornaar"]),
        this.field("fra", this.input("fra", false), true), this.field("til", this.input("til", false), false),
        this.field("periodekilde", this.input("periodekilde", false), true),
        this.field("land", this.select("land", this.data.choices.country), true), ...facts(["indbyggere"])),
      this.section("classification", ...CHOICES.map((c) => this.choices(c))),
      this.section("process", ...facts(["tiltag", "deltagere", "rekruttering"])),
      this.section("costs", this.field("valuta", this.select("valuta", this.data.choices.currency), true),
        ...facts(["beloeb", "daekker", "personaletimer"])),
      this.section("results", ...facts(["maal", "resultater", "beslutninger", "virkede", "virkede_ikke", "tilbagemelding"])),
      this.section("consent", this.field("samtykke", consent, true)));
    const downloadsId = uid("hent");
    this.root.replaceChildren(
      el("div", { class: "samskab-kladde" }, el("p", { text: say(this.data.texts, "forms.draft_note") }),
        el("button", { type: "button", class: "samskab-knap", text: say(this.data.texts, "forms.delete_draft"),
          onclick: () => this.deleteDraft() })),
      this.status, this.form,
      el("section", { class: "samskab-hent", "aria-labelledby": downloadsId },
        el("h2", { id: downloadsId, text: this.t("download_title") }), this.alert,
        el("p", { text: this.t("download_hint") }),
        el("button", { type: "button", class: "samskab-knap", "data-format": "yml", text: this.t("download"),
          onclick: () => this.download() })));
  }

  change(path, value) {
    const parts = path.split(".");
    let node = this.state;
    for (const part of parts.slice(0, -1)) node = node[part];
    node[parts[parts.length - 1]] = value;
    this.save();
    this.update();
  }

  toggle(id, value, on) {
    const chosen = new Set(this.state[id] || []);
    if (on) chosen.add(value);
    else chosen.delete(value);
    const order = this.data.choices[CHOICES.find((c) => c.id === id).options].map(([value]) => value);
    this.change(id, order.filter((v) => chosen.has(v)));
  }

  addSource() {
    this.state.kilder = [...(this.state.kilder || []), {}];
    this.save();
    this.build();
    this.update();
    this.status.announce(this.t("source_added", { row: this.state.kilder.length }));
  }

  removeSource(index) {
    this.state.kilder.splice(index, 1);
    this.save();
    this.build();
    this.update();
    this.status.announce(this.t("source_removed", { row: index + 1 }));
  }

  deleteDraft() {
    if (!window.confirm(say(this.data.texts, "forms.confirm_delete"))) return;
    const store = storage();
    if (store) store.removeItem(DRAFT);
    this.state = { land: "DK", valuta: "DKK", kilder: [{}] };
    this.shown = false;
    this.build();
    this.update();
    this.status.announce(say(this.data.texts, "forms.draft_deleted"));
  }

  update() {
    this.problems = validate(this.state, this.data.texts);
    const byPath = new Map();
    for (const p of this.problems) if (!byPath.has(p.path)) byPath.set(p.path, p.message);
    for (const box of this.form.querySelectorAll(".samskab-felt")) {
      const error = box.querySelector(":scope > .samskab-fejl");
      const control = box.querySelector(":scope > input, :scope > textarea, :scope > select");
      const message = byPath.get(box.dataset.felt);
      const visible = Boolean(message) && (this.shown || (control && control.value !== "" && control.type !== "checkbox"));
      error.hidden = !visible;
      error.textContent = visible ? message : "";
      if (control) control.setAttribute("aria-invalid", visible ? "true" : "false");
    }
  }

  download() {
    this.shown = true;
    this.update();
    if (this.problems.length) {
      this.alert.replaceChildren(el("p", { text: say(this.data.texts, "forms.errors_count", { count: this.problems.length }) }),
        el("ul", {}, this.problems.map((p) => el("li", { text: p.message }))));
      const first = this.form.querySelector(".samskab-fejl:not([hidden])");
      if (first) first.closest(".samskab-felt").querySelector("input, textarea, select").focus();
      return;
    }
    this.alert.replaceChildren();
    download("case.yml", toYaml(this.state, this.data), "application/yaml");
    this.status.announce(say(this.data.texts, "forms.downloaded", { file: "case.yml" }));
  }
}

async function start() {
  for (const root of document.querySelectorAll(".samskab-caseformular")) {
    try {
      new CaseForm(root, await loadData("caseformular.json"));
    } catch {
      root.replaceChildren(el("p", { class: "samskab-fejl", role: "alert", text: root.dataset.failed || "" }));
    }
  }
}

start();
