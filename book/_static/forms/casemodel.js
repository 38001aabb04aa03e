// The case form's model: which fields a case has, how the typed values are checked, and the
// case.yml they become. Mirrors samskab_lib/cases/model.py; `samskab case tjek` has the last
// word. Every word a reader sees comes from the texts the build exports (caseform.json).
import { parseNumber } from "./danish.js";
import { say } from "./model.js";

const KEY = /^[a-z0-9][a-z0-9-]*$/;
const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

// A fact: a value and the key of its source. kind: text, lines (one fact per line), steps
// (one list fact), count, amount. Labels: case_form.fields.<id>.
export const FACTS = [
  { id: "titel", kind: "text", required: true },
  { id: "hvad", kind: "text", required: true, long: true },
  { id: "hvor", kind: "text", required: true },
  { id: "hvornaar", kind: "text", required: true },
  { id: "indbyggere", kind: "count" },
  { id: "tiltag", kind: "steps", required: true, long: true },
  { id: "deltagere", kind: "count" },
  { id: "rekruttering", kind: "text", long: true },
  { id: "beloeb", kind: "amount" },
  { id: "daekker", kind: "text" },
  { id: "personaletimer", kind: "amount" },
  { id: "maal", kind: "lines", long: true },
  { id: "resultater", kind: "lines", long: true },
  { id: "beslutninger", kind: "lines", long: true },
  { id: "virkede", kind: "lines", long: true },
  { id: "virkede_ikke", kind: "lines", long: true },
  { id: "tilbagemelding", kind: "text", long: true },
];
// Choices a case is classified by: case_form.fields.<id>, options from the exported data.
export const CHOICES = [
  { id: "trin", many: true, options: "step", required: true },
  { id: "samskabelsesform", many: false, options: "form", required: true },
  { id: "metodekort", many: true, options: "method" },
  { id: "emner", many: true, options: "topic", required: true },
];

const blank = (value) => String(value ?? "").trim() === "";
const lines = (value) => String(value ?? "").split("\n").map((l) => l.trim()).filter(Boolean);
const quote = (value) => JSON.stringify(String(value));

/** The label of the field at *path*: its own, "Kilde til …" for a fact's source, a source row's. */
export function fieldLabel(path, texts) {
  const label = (id) => say(texts, `case_form.fields.${id}.label`);
  const row = path.match(/^kilder\.(\d+)\.(\w+)$/);
  if (row) return label(`kilde_${row[2]}`);
  if (path.endsWith("_kilde") && path !== "periodekilde") {
    return say(texts, "case_form.source_label", { field: label(path.slice(0, -"_kilde".length)) });
  }
  return label(path);
}

/** The hint under the field at *path*. */
export function fieldHint(path, texts) {
  const row = path.match(/^kilder\.(\d+)\.(\w+)$/);
  if (row) return say(texts, `case_form.fields.kilde_${row[2]}.hint`);
  if (path.endsWith("_kilde") && path !== "periodekilde") return say(texts, "case_form.source_hint");
  return say(texts, `case_form.fields.${path}.hint`);
}

/** The defined sources: rows with a key, title, address and date read. */
export function sourceKeys(state) {
  return (state.kilder || []).map((s) => String(s.noegle || "").trim()).filter(Boolean);
}

/** Check *state* (what was typed); every problem as {path, message}. */
export function validate(state, texts) {
  const t = (key, values) => say(texts, `case_form.errors.${key}`, values);
  const problems = [];
  const add = (path, key, values = {}) => problems.push({ path, message: t(key, { field: fieldLabel(path, texts), ...values }) });
  const keys = sourceKeys(state);

  if (!KEY.test(String(state.id || "").trim())) add("id", "bad_id");
  if (!state.samtykke) add("samtykke", "no_consent");
  if (!PERIOD.test(String(state.fra || "").trim())) add("fra", "bad_period");
  if (!blank(state.til)) {
    if (!PERIOD.test(String(state.til).trim())) add("til", "bad_period");
    else if (String(state.til).trim() < String(state.fra || "").trim()) add("til", "period_order");
  }
  if (!keys.includes(String(state.periodekilde || "").trim())) add("periodekilde", "unknown_source", { value: state.periodekilde || "" });
  for (const choice of CHOICES) {
    const chosen = state[choice.id];
    const empty = choice.many ? !(chosen && chosen.length) : blank(chosen);
    if (choice.required && empty) add(choice.id, "choose");
  }
  (state.kilder || []).forEach((source, index) => {
    const row = index + 1;
    if (!KEY.test(String(source.noegle || "").trim())) add(`kilder.${index}.noegle`, "bad_key", { row });
    if (!/^https?:\/\/\S+$/.test(String(source.url || "").trim())) add(`kilder.${index}.url`, "bad_url", { row });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(String(source.laest || "").trim())) add(`kilder.${index}.laest`, "bad_read", { row });
    if (blank(source.titel)) add(`kilder.${index}.titel`, "no_title", { row });
  });
  for (const fact of FACTS) {
    const value = state[fact.id];
    const source = String(state[`${fact.id}_kilde`] || "").trim();
    if (blank(value)) {
      if (fact.required) add(fact.id, "missing");
      continue;
    }
    if (fact.kind === "count" || fact.kind === "amount") {
      const number = parseNumber(value);
      if (!number || number.value < 0 || (fact.kind === "count" && !number.integer)) {
        add(fact.id, fact.kind === "count" ? "bad_count" : "bad_amount", { value });
      }
    }
    if (!source) add(`${fact.id}_kilde`, "no_source");
    else if (!keys.includes(source)) add(`${fact.id}_kilde`, "unknown_source", { value: source });
  }
  return problems;
}

function fact(state, id, indent, kind) {
  const pad = " ".repeat(indent);
  const value = state[id];
  if (blank(value)) return [" ukendt"];
  const source = quote(String(state[`${id}_kilde`]).trim());
  if (kind === "count" || kind === "amount") {
    return ["", `${pad}værdi: ${parseNumber(value).value}`, `${pad}kilde: ${source}`];
  }
  if (kind === "steps") {
    return ["", `${pad}værdi:`, ...lines(value).map((l) => `${pad}  - ${quote(l)}`), `${pad}kilde: ${source}`];
  }
  return ["", `${pad}værdi: ${quote(String(value).trim())}`, `${pad}kilde: ${source}`];
}

function factList(state, id, indent) {
  const pad = " ".repeat(indent);
  if (blank(state[id])) return [" []"];
  const source = quote(String(state[`${id}_kilde`]).trim());
  return ["", ...lines(state[id]).flatMap((l) => [`${pad}- værdi: ${quote(l)}`, `${pad}  kilde: ${source}`])];
}

function join(key, parts) {
  const [first, ...rest] = parts;
  return [`${key}:${first}`, ...rest];
}

/** The case.yml of a valid *state*, with the sources as comments for the bibliography. */
export function toYaml(state, data) {
  const t = (key, values) => say(data.texts, `case_form.yaml.${key}`, values);
  const list = (values) => `[${(values || []).map((v) => (typeof v === "number" ? v : quote(v))).join(", ")}]`;
  const out = [`# ${t("header")}`, `# ${t("sources")}`];
  for (const s of state.kilder || []) {
    out.push(`#   @misc{${s.noegle.trim()}, title = {${String(s.titel).trim()}}, url = {${String(s.url).trim()}}, urldate = {${String(s.laest).trim()}}}`);
  }
  out.push(`skemaversion: ${data.schema_version}`, `id: ${quote(state.id.trim())}`, "fiktiv: false");
  for (const [key, id] of [["titel", "titel"], ["hvad", "hvad"], ["hvor", "hvor"], ["hvornår", "hvornaar"]]) {
    out.push(...join(key, fact(state, id, 2, "text")));
  }
  out.push("periode:", `  fra: ${quote(state.fra.trim())}`);
  if (!blank(state.til)) out.push(`  til: ${quote(state.til.trim())}`);
  out.push(`  kilde: ${quote(state.periodekilde.trim())}`);
  out.push("kommune:", `  land: ${quote(state.land || "DK")}`, ...join("  indbyggere", fact(state, "indbyggere", 4, "count")));
  out.push("klassifikation:",
    `  trin: ${list((state.trin || []).map(Number))}`,
    `  samskabelsesform: ${quote(state.samskabelsesform)}`,
    `  metodekort: ${list(state.metodekort)}`,
    `  emner: ${list(state.emner)}`);
  out.push("trin:", "  - nummer: 1", `    navn: ${quote(t("step_name"))}`,
    ...join("    tiltag", fact(state, "tiltag", 6, "steps")), "    værktøjer: ukendt");
  out.push("deltagere:", ...join("  i_alt", fact(state, "deltagere", 4, "count")),
    ...join("  rekruttering", fact(state, "rekruttering", 4, "text")));
  out.push("omkostninger:", `  valuta: ${quote(state.valuta || "DKK")}`,
    ...join("  beløb", fact(state, "beloeb", 4, "amount")),
    ...join("  dækker", fact(state, "daekker", 4, "text")),
    ...join("  personaletimer", fact(state, "personaletimer", 4, "amount")));
  for (const [key, id] of [["mål", "maal"], ["resultater", "resultater"], ["beslutninger", "beslutninger"]]) {
    out.push(...join(key, factList(state, id, 2)));
  }
  out.push("erfaringer:", ...join("  virkede", factList(state, "virkede", 4)),
    ...join("  virkede_ikke", factList(state, "virkede_ikke", 4)));
  out.push(...join("tilbagemelding", fact(state, "tilbagemelding", 2, "text")));
  return out.join("\n") + "\n";
}
