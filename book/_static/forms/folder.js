// A project folder (procesmappe) in the browser: carry values forward, check every sheet and the
// rules across sheets, lay the whole process out as blocks, and read and write the folder file.
// Mirrors samskab_lib.templates.folder, folder_rules and folder_document, and reads the same
// definition (exported by the build as procesmappe.json); it holds no words of its own.
import { blocks, clean, fromData, hasContent, inputs, quote, say, showValue, toYaml, validate } from "./model.js";

const TEMPLATE_KEY = "skabelon";
const VERSION_KEY = "version";

export function splitPath(path) {
  const [sheet, field, column] = path.split(".");
  return { sheet, field, column: column ?? null };
}

/** The fields of *sheet* that take their value from an earlier sheet, with where from. */
export function carriedFields(folder, sheet) {
  return folder.carry.filter((link) => splitPath(link.to).sheet === sheet)
    .map((link) => ({ field: splitPath(link.to).field, from: splitPath(link.from).sheet }));
}

/** True when *form* holds something typed in a field not carried from elsewhere. */
export function sheetStarted(folder, sheet, form) {
  const carried = new Set(carriedFields(folder, sheet).map((c) => c.field));
  return Object.entries(form || {}).some(([key, value]) => !carried.has(key) && key !== TEMPLATE_KEY && hasContent(value));
}

/** Every value at *path* in *sheets* (clean values or text as typed), with its place. */
export function textValues(sheets, path) {
  const { sheet, field, column } = splitPath(path);
  const value = (sheets[sheet] || {})[field];
  if (column === null) {
    const items = Array.isArray(value) ? value : [value];
    return items.filter(hasContent).map((v) => ({ value: clean(showValue(v)), place: [field] }));
  }
  const rows = Array.isArray(value) ? value : [];
  return rows.map((row, index) => ({ row, index }))
    .filter(({ row }) => row && typeof row === "object" && hasContent(row[column]))
    .map(({ row, index }) => ({ value: clean(showValue(row[column])), place: [field, index, column] }));
}

/** The sheets as typed, with every carried field set from its source once that has content. */
export function carryForward(folder, templates, raw) {
  const sheets = Object.fromEntries(Object.entries(raw).map(([id, form]) => [id, { ...form }]));
  for (const link of folder.carry) {
    const fromValues = textValues(sheets, link.from).map((v) => v.value);
    let source = fromValues.flatMap((v) => (link.lines ? v.split("\n") : [v])).map(clean).filter(Boolean);
    if (!source.length) continue;
    const { sheet, field } = splitPath(link.to);
    const spec = templates[sheet].fields.find((f) => f.id === field);
    sheets[sheet] = sheets[sheet] || {};
    sheets[sheet][field] = spec.type === "liste" ? source : source.join("\n");
  }
  return sheets;
}

// The rules, one function per kind (folder_rules.py) --------------------------------------------

const fold = (text) => text.toLocaleLowerCase("da").split(/\s+/).filter(Boolean).join(" ");

function firstColumn(templates, sheet, field) {
  return templates[sheet].fields.find((f) => f.id === field).columns[0].id;
}

function rowValue(values, sheet, field, index, column) {
  const found = textValues({ [sheet]: { [field]: [values[sheet][field][index]] } }, `${sheet}.${field}.${column}`);
  return found.length ? found[0].value : "";
}

export const KINDS = {
  covered(rule, values) {
    const targets = textValues(values, rule.in).map((v) => fold(v.value));
    const { sheet, field } = splitPath(rule.in);
    return textValues(values, rule.items).filter((item) => !targets.some((t) => t.includes(fold(item.value))))
      .map((item) => ({ sheet, place: [field], fill: { item: item.value } }));
  },
  known(rule, values, templates) {
    const among = new Set(textValues(values, rule.among).map((v) => fold(v.value)));
    const { sheet, field } = splitPath(rule.values);
    const first = firstColumn(templates, sheet, field);
    return textValues(values, rule.values).filter((v) => !among.has(fold(v.value)))
      .map((v) => ({ sheet, place: v.place, fill: { item: rowValue(values, sheet, field, v.place[1], first), value: v.value } }));
  },
  needs_any(rule, values, templates) {
    const { sheet, field } = splitPath(rule.rows);
    const first = firstColumn(templates, sheet, field);
    const rows = (values[sheet] || {})[field] || [];
    return rows.map((row, index) => ({ row, index }))
      .filter(({ row }) => !rule.columns.some((c) => textValues({ [sheet]: { [field]: [row] } }, `${sheet}.${field}.${c}`).length))
      .map(({ index }) => ({ sheet, place: [field, index, rule.columns[0]], fill: { item: rowValue(values, sheet, field, index, first) } }));
  },
  promised(rule, values) {
    if (rule.sheet in values) return [];
    const words = rule.words.map(fold);
    for (const path of rule.when) {
      for (const v of textValues(values, path)) {
        if (words.some((w) => fold(v.value).includes(w))) return [{ sheet: rule.sheet, place: [], fill: { value: v.value } }];
      }
    }
    return [];
  },
};

function sheetsRead(rule) {
  return new Set(["items", "in", "values", "among", "rows"].filter((k) => k in rule).map((k) => splitPath(rule[k]).sheet));
}

/** The step number of *sheet*. */
export function stepOf(folder, sheet) {
  return folder.steps.find((step) => step.sheets.includes(sheet)).number;
}

/** The Danish name of a place, as folder.where() gives it. */
export function where(folder, templates, texts, sheet, place) {
  const step = stepOf(folder, sheet);
  const template = templates[sheet];
  if (!place.length) return say(texts, "folder.where_sheet", { step, sheet: template.title });
  const spec = template.fields.find((f) => f.id === place[0]);
  if (place.length === 1) return say(texts, "folder.where_field", { step, sheet: template.title, field: spec.label });
  return say(texts, "folder.where_column", { step, sheet: template.title, field: spec.label, row: place[1] + 1,
    column: spec.columns.find((c) => c.id === place[2]).label });
}

/**
 * Check a folder typed in the page: *raw* maps sheet ids to their values as typed. Returns the
 * carried sheets, each started sheet's clean values and problems, the sheet errors and the
 * cross-sheet warnings as {step, sheet, path, message, where}.
 */
export function checkFolder(folder, data, raw) {
  const templates = Object.fromEntries(data.templates.map((t) => [t.id, t]));
  const carried = carryForward(folder, templates, raw);
  const sheets = {};
  const errors = [];
  const values = {};
  for (const step of folder.steps) {
    for (const sheet of step.sheets) {
      if (!sheetStarted(folder, sheet, carried[sheet])) continue;
      const result = validate(templates[sheet], carried[sheet], data.texts);
      sheets[sheet] = result;
      for (const problem of result.problems) {
        errors.push({ step: step.number, sheet, path: problem.path, message: problem.message,
          where: where(folder, templates, data.texts, sheet, []) });
      }
      if (!result.problems.length) values[sheet] = result.values;
    }
  }
  const warnings = [];
  for (const rule of folder.rules) {
    if (![...sheetsRead(rule)].every((sheet) => sheet in values)) continue;
    for (const found of KINDS[rule.kind](rule, values, templates)) {
      warnings.push({ step: stepOf(folder, found.sheet), sheet: found.sheet, path: found.place,
        message: say(data.texts, `folder.rules.${rule.id}`, found.fill),
        where: where(folder, templates, data.texts, found.sheet, found.place) });
    }
  }
  return { carried, sheets, values, errors, warnings };
}

/** A problem as one line: "Trin 3, Plan for samarbejdet, Aktiviteter: …". */
export function problemLine(texts, problem) {
  return say(texts, "folder.problem", { where: problem.where, message: problem.message });
}

/** The project's name from the starting point, or the folder's own word. */
export function folderTitle(folder, data, raw) {
  const name = clean((raw[folder.steps[0].sheets[0]] || {}).projekt ?? "");
  return name || say(data.texts, "folder.title");
}

/** The blocks of the whole folder (folder_document.folder_blocks); *checked* from checkFolder. */
export function folderBlocks(folder, data, raw, checked) {
  const texts = data.texts;
  const remaining = say(texts, "folder.remaining_title");
  const out = [{ kind: "title", text: folderTitle(folder, data, raw) },
    { kind: "help", text: say(texts, "folder.subtitle") },
    { kind: "help", text: say(texts, "template_render.subtitle") },
    { kind: "toc", text: say(texts, "folder.contents"), items: [...folder.steps.map((s) => s.heading), remaining] }];
  for (const step of folder.steps) {
    out.push({ kind: "heading", level: 1, text: step.heading, page_break: true }, { kind: "help", text: step.question });
    for (const sheet of step.sheets) {
      const template = data.templates.find((t) => t.id === sheet);
      if (!(sheet in checked.values)) {
        out.push({ kind: "heading", level: 2, text: template.title },
          { kind: "paragraph", text: say(texts, "folder.not_started"), writing: 0 });
        continue;
      }
      const landscape = template.orientation === "liggende";
      const own = blocks(template, checked.values[sheet], data);
      for (const block of [own[0], ...own.slice(2)]) {
        if (block.kind === "heading") out.push({ ...block, level: block.level + 1 });
        else if (block.kind === "table" && landscape) out.push({ ...block, landscape: true });
        else out.push(block);
      }
    }
  }
  out.push({ kind: "heading", level: 1, text: remaining, page_break: true });
  if (checked.warnings.length) {
    out.push({ kind: "paragraph", text: say(texts, "folder.remaining_intro"), writing: 0 },
      { kind: "bullets", items: checked.warnings.map((w) => problemLine(texts, w)), writing: 0 });
  } else out.push({ kind: "paragraph", text: say(texts, "folder.remaining_none"), writing: 0 });
  return out;
}

/** The folder file (folder_document.folder_yaml): started sheets' clean values, carried ones left out. */
export function folderYaml(folder, data, checked) {
  const out = [`${TEMPLATE_KEY}: procesmappe`, `${VERSION_KEY}: ${folder.version}`];
  for (const step of folder.steps) {
    for (const sheet of step.sheets) {
      if (!(sheet in checked.values)) continue;
      const template = data.templates.find((t) => t.id === sheet);
      const skip = new Set(carriedFields(folder, sheet).map((c) => c.field));
      const own = Object.fromEntries(Object.entries(checked.values[sheet]).map(([key, value]) => [key, skip.has(key) ? null : value]));
      const lines = toYaml(template, own).split("\n").slice(1).filter(Boolean);
      out.push(`${sheet}:`, ...lines.map((line) => `  ${line}`));
    }
  }
  return out.join("\n") + "\n";
}

/**
 * The folder file as typed, problems and all (the page's "save"): every started sheet's values
 * as text, carried fields left out. The library and the page read it back to the same values.
 */
export function draftYaml(folder, data, raw) {
  const out = [`${TEMPLATE_KEY}: procesmappe`, `${VERSION_KEY}: ${folder.version}`];
  const items = (value) => (Array.isArray(value) ? value : String(value ?? "").split("\n")).map(clean).filter(Boolean);
  for (const sheet of folder.steps.flatMap((s) => s.sheets)) {
    if (!sheetStarted(folder, sheet, raw[sheet])) continue;
    const template = data.templates.find((t) => t.id === sheet);
    const skip = new Set(carriedFields(folder, sheet).map((c) => c.field));
    out.push(`${sheet}:`);
    for (const spec of inputs(template)) {
      const value = raw[sheet][spec.id];
      if (skip.has(spec.id) || !hasContent(value)) continue;
      if (spec.type === "rækker") {
        out.push(`  ${spec.id}:`);
        for (const row of value.filter(hasContent)) {
          let prefix = "    - ";
          for (const column of spec.columns) {
            if (!hasContent(row[column.id])) continue;
            if (column.type === "liste") out.push(`${prefix}${column.id}:`, ...items(row[column.id]).map((i) => `        - ${quote(i)}`));
            else out.push(`${prefix}${column.id}: ${quote(clean(row[column.id]))}`);
            prefix = "      ";
          }
        }
      } else if (spec.type === "liste") out.push(`  ${spec.id}:`, ...items(value).map((i) => `    - ${quote(i)}`));
      else out.push(`  ${spec.id}: ${quote(clean(value))}`);
    }
  }
  return out.join("\n") + "\n";
}

/**
 * What a file read as YAML holds for the folder: {kind: "folder", sheets} with each sheet's
 * values as text to type, {kind: "sheet", template, form} for a single filled sheet, or
 * {kind: "problem", key, values} naming the Danish message (folder.* / folder.page.*).
 */
export function readFolderFile(folder, data, parsed, file) {
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return { kind: "problem", key: "folder.page.damaged", values: { file } };
  const named = parsed[TEMPLATE_KEY];
  const templates = Object.fromEntries(data.templates.map((t) => [t.id, t]));
  const where = file;
  if (named !== "procesmappe") {
    if (typeof named === "string" && templates[named]) {
      const inFolder = folder.steps.some((s) => s.sheets.includes(named));
      if (!inFolder) return { kind: "problem", key: "folder.page.not_in_folder", values: { file, template: named } };
      const { form, problems } = fromData(templates[named], parsed, data.texts, file);
      return { kind: "sheet", template: named, form, problems };
    }
    return { kind: "problem", key: "folder.not_a_folder", values: { where } };
  }
  const version = String(parsed[VERSION_KEY] ?? folder.version).trim();
  if (!/^\d+$/.test(version)) return { kind: "problem", key: "folder.bad_version", values: { where, found: version } };
  if (Number(version) > folder.version) {
    return { kind: "problem", key: "folder.future_version", values: { where, found: Number(version), known: folder.version } };
  }
  const sheets = {};
  const problems = [];
  const known = folder.steps.flatMap((s) => s.sheets);
  for (const [key, value] of Object.entries(parsed)) {
    if (key === TEMPLATE_KEY || key === VERSION_KEY) continue;
    if (!known.includes(key)) {
      problems.push(say(data.texts, "folder.unknown_sheet", { where, sheet: key, known: known.join(", ") }));
    } else if (value && typeof value === "object" && !Array.isArray(value)) {
      const read = fromData(templates[key], value, data.texts, `${file}: ${key}`);
      sheets[key] = read.form;
      problems.push(...read.problems);
    } else if (value) problems.push(say(data.texts, "folder.sheet_not_mapping", { where, sheet: key }));
  }
  return { kind: "folder", sheets, problems };
}

export { inputs };
