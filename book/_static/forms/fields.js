// The fields of one template as form controls: text, numbers, dates, lists and rows that can be
// added, removed and moved, each with its label, help text and a place for its Danish message.
// Used by the page "Udfyld en skabelon" (form.js) and by every sheet of the page "Procesmappe"
// (folder_page.js). Holds the values as typed; the caller checks them with model.validate.
import { say } from "./model.js";
import { el, uid } from "./ui.js";

export class SheetFields {
  /**
   * *template* as exported by the build, *form* the values as typed (changed in place), *data*
   * the exported texts and keys, *options*: onChange(form) after every change, announce(text)
   * for the live region, and for a project folder carried (field id -> note, shown instead of
   * a control) and choices (field id or "field.column" -> values offered while typing).
   */
  constructor(template, form, data, options = {}) {
    this.template = template;
    this.form = form;
    this.data = data;
    this.options = options;
    this.t = (key, values) => say(data.texts, `forms.${key}`, values);
    this.touched = new Set();
    this.element = el("form", { class: "samskab-felter", novalidate: true, onsubmit: (e) => e.preventDefault(),
      onfocusout: (e) => this.leave(e) });
    this.render();
  }

  render() {
    const carried = this.options.carried || new Map();
    this.element.replaceChildren(...this.template.fields.map((spec) => {
      if (!spec.input) return this.printed(spec);
      if (carried.has(spec.id)) return this.carried(spec, carried.get(spec.id));
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

  /** A field whose value comes from an earlier sheet: shown with where it comes from. */
  carried(spec, note) {
    const value = this.form[spec.id];
    const shown = Array.isArray(value) ? value.join("\n") : String(value ?? "");
    return el("div", { class: "samskab-felt samskab-hentet", "data-felt": spec.id, "data-hentet": "true" },
      el("p", { class: "samskab-opslag-titel", text: spec.label }),
      el("p", { class: "samskab-hjaelp", text: note }),
      el("p", { class: "samskab-hentet-vaerdi" }, ...shown.split("\n").flatMap((line, i) => (i ? [el("br"), line] : [line]))));
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
    const choices = (this.options.choices || new Map()).get(inRow ? `${path[0]}.${path[2]}` : spec.id);
    const listId = choices && choices.length ? `${id}-valg` : null;
    const input = el(multiLine ? "textarea" : "input", {
      id, name: path.join("."), "aria-describedby": `${hintId} ${errorId}`,
      "aria-required": spec.required ? "true" : null, rows: multiLine ? (spec.type === "liste" ? 4 : 3) : null,
      type: multiLine ? null : "text", inputmode: spec.type === "tal" ? "decimal" : null,
      autocomplete: "off", "data-path": JSON.stringify(path), list: listId,
      oninput: () => this.change(path, input.value) });
    input.value = Array.isArray(value) ? value.join("\n") : String(value ?? "");
    const label = el("label", { for: id }, spec.label,
      spec.required ? el("span", { class: "samskab-kraevet", text: " " + this.t("required") }) : null);
    return el("div", { class: "samskab-felt", "data-felt": path.join(".") }, label,
      el("p", { id: hintId, class: "samskab-hjaelp", text: this.hint(spec) }), input,
      listId ? el("datalist", { id: listId }, choices.map((choice) => el("option", { value: choice }))) : null,
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

  /** Draw the rows again after an add, remove or move, keep the draft (onChange), place the focus. */
  redrawRows(spec, focus) {
    const old = this.element.querySelector(`fieldset[data-felt="${CSS.escape(spec.id)}"]`);
    const fresh = this.rowsField(spec);
    old.replaceWith(fresh);
    this.changed();
    if (focus) focus(fresh);
  }

  announce(message) {
    if (this.options.announce) this.options.announce(message);
  }

  addRow(spec) {
    this.form[spec.id].push({});
    const number = this.form[spec.id].length;
    this.redrawRows(spec, (box) => box.querySelectorAll(".samskab-raekke")[number - 1].querySelector("input, textarea").focus());
    this.announce(this.t("row_added", { number }));
  }

  removeRow(spec, index) {
    this.form[spec.id].splice(index, 1);
    this.redrawRows(spec, (box) => {
      const rows = box.querySelectorAll(".samskab-raekke");
      const target = rows[Math.min(index, rows.length - 1)];
      (target ? target.querySelector("input, textarea") : box.querySelector("button")).focus();
    });
    this.announce(this.t("row_removed", { number: index + 1 }));
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
    this.announce(this.t("row_moved", { number: target + 1 }));
  }

  change(path, value) {
    if (path.length === 1) this.form[path[0]] = value;
    else this.form[path[0]][path[1]][path[2]] = value;
    this.changed();
  }

  changed() {
    if (this.options.onChange) this.options.onChange(this.form);
  }

  leave(event) {
    const path = event.target.dataset && event.target.dataset.path;
    if (!path) return;
    this.touched.add(path);
    this.changed();
  }

  /**
   * Show *messages* (JSON path -> Danish text) next to their fields: all of them when *all*,
   * else only for fields the user has left. A path of a whole rows field shows above its rows.
   */
  show(messages, all) {
    for (const box of this.element.querySelectorAll(".samskab-felt")) {
      const input = box.querySelector(":scope > input, :scope > textarea");
      const error = box.querySelector(":scope > .samskab-fejl");
      if (!error) continue;
      const path = input ? input.dataset.path : JSON.stringify([box.dataset.felt]);
      const message = messages.get(path);
      const visible = message && (all || this.touched.has(path));
      error.hidden = !visible;
      error.textContent = visible ? message : "";
      if (input) input.setAttribute("aria-invalid", visible ? "true" : "false");
    }
  }

  /** Move the focus to the first field that shows a message; false when none does. */
  focusFirstProblem() {
    const first = this.element.querySelector(".samskab-fejl:not([hidden])");
    if (!first) return false;
    first.closest(".samskab-felt").querySelector("input, textarea, button").focus();
    return true;
  }
}
