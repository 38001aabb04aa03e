// A template filled in the browser: check the values, lay them out as blocks, write Markdown and
// YAML. Mirrors samskab_lib.templates (validate.py, markdown_html.py, fill.to_yaml) and reads its
// definitions and Danish texts from the JSON the build exports; it holds no words of its own.
import { formatNumber, numberProblem, parseDate, parseNumber, showNumber, strip, writeNumber, yamlNumber } from "./danish.js";

// Control characters YAML and Word cannot hold; each run becomes one space (reading.CONTROL).
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]+/gu; // u: an emoji's two halves are one character
const EMPTY = "\u2013"; // under a required field still empty in a filled document

/** The catalogue text "group.key" with its {placeholders} filled. */
export function say(texts, path, values = {}) {
  const [group, ...rest] = path.split(".");
  const template = (texts[group] || {})[rest.join(".")];
  if (template === undefined) throw new Error(`Text missing: ${path}`);
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/**
 * A message without its place, for the form, where the field it belongs to is marked: every
 * library message reads "{where}: what is wrong", so this is "What is wrong" with a capital.
 */
function problemFirst(message) {
  const problem = message.replace(/^[,:]?\s*/, "").trim();
  return problem.charAt(0).toUpperCase() + problem.slice(1);
}

/** The fields a user fills in (every field but the printed "opslag"). */
export function inputs(template) {
  return template.fields.filter((f) => f.input);
}

/** *value* as text with control characters as one space and no outer spaces (reading.clean_text). */
export function clean(value) {
  return strip(String(value).replace(CONTROL, " "));
}

function isEmpty(value) {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.every(isEmpty);
  if (typeof value === "object") return Object.values(value).every(isEmpty);
  return clean(value) === "";
}

function lines(value) {
  const all = Array.isArray(value) ? value : String(value ?? "").split("\n");
  return all.map(clean).filter(Boolean);
}

function show(value) {
  const shown = Array.from(String(value).replace(CONTROL, " ")); // characters, as Python counts them
  return shown.length <= 60 ? shown.join("") : shown.slice(0, 57).join("") + "...";
}

function months(texts) {
  return say(texts, "template_plan.months").split(/\s+/);
}

/** What makes two cells of a unique column equal: the number or the date, else the text. */
function identity(cell) {
  if (cell && typeof cell === "object") return "iso" in cell ? cell.iso : cell.value;
  return cell;
}

/**
 * Check the form's values (text as typed) against *template*; return the clean values and
 * every problem as {path: [field] or [field, row, column], message, problem} (problem: the
 * message without its place, shown under the field it names). Numbers become
 * {value, integer}, dates {iso, shown}, as validate.py reads them.
 */
export function validate(template, raw, texts) {
  const source = say(texts, "template_errors.form_source");
  const monthNames = months(texts);
  const problems = [];
  const add = (path, key, where, values = {}) => {
    problems.push({ path, message: say(texts, `template_errors.${key}`, { where, ...values }),
      // The help text stands above the field already.
      problem: problemFirst(say(texts, `template_errors.${key}`, { ...values, where: "", help: "" })) });
  };

  function value(spec, input, where, path) {
    if (isEmpty(input)) {
      if (spec.required) add(path, "missing", where, { help: spec.help });
      return spec.type === "liste" ? [] : null;
    }
    if (spec.type === "liste") return lines(input);
    const typed = Array.isArray(input) ? input.join("\n") : String(input);
    if (spec.type === "tekst") return clean(typed);
    if (spec.type === "dato") {
      const date = parseDate(typed, monthNames);
      if (date.kind === "ok") return date.value;
      if (date.kind === "bad_date") {
        add(path, "bad_date", where, { value: show(typed),
          reason: say(texts, `template_errors.${date.reason}`, date.values) });
      } else add(path, "not_date", where, { value: show(typed) });
      return null;
    }
    const number = parseNumber(typed);
    if (number === null) {
      add(path, numberProblem(typed), where, { value: show(typed) });
      return null;
    }
    if (spec.integer && !Number.isInteger(number.value)) {
      add(path, "not_integer", where, { value: writeNumber(number.value) });
      return null;
    }
    if (spec.minimum !== null && number.value < spec.minimum) {
      add(path, "too_small", where, { value: writeNumber(number.value), limit: writeNumber(spec.minimum) });
    }
    if (spec.maximum !== null && number.value > spec.maximum) {
      add(path, "too_large", where, { value: writeNumber(number.value), limit: writeNumber(spec.maximum) });
    }
    return spec.integer ? { value: number.value, integer: true } : number;
  }

  function rows(spec, input, where) {
    const numbered = (Array.isArray(input) ? input : [])
      .map((row, index) => ({ row: row || {}, number: index + 1 }))
      .filter(({ row }) => !isEmpty(row));
    if (numbered.length === 0) {
      if (spec.required) add([spec.id], "missing", where, { help: spec.help });
      return [];
    }
    if (spec.max_rows !== null && numbered.length > spec.max_rows) {
      add([spec.id], "too_many_rows", where, { limit: spec.max_rows, count: numbered.length });
    }
    const result = numbered.map(({ row, number }) => {
      const cleaned = { _number: number };
      for (const column of spec.columns) {
        const whereColumn = say(texts, "template_errors.where_column",
          { source, field: spec.label, row: number, column: column.label });
        cleaned[column.id] = value(column, row[column.id], whereColumn, [spec.id, number - 1, column.id]);
      }
      return cleaned;
    });
    for (const column of spec.columns.filter((c) => c.unique)) {
      const first = new Map();
      for (const row of result) {
        const cell = row[column.id];
        if (cell === null) continue;
        const id = identity(cell);
        const whereColumn = say(texts, "template_errors.where_column",
          { source, field: spec.label, row: row._number, column: column.label });
        if (first.has(id)) {
          add([spec.id, row._number - 1, column.id], "duplicate", whereColumn,
            { value: showValue(cell), first: first.get(id) });
        } else first.set(id, row._number);
      }
    }
    if (spec.date_order) {
      const [startId, endId] = spec.date_order;
      const end = spec.columns.find((c) => c.id === endId);
      for (const row of result) {
        const [start, stop] = [row[startId], row[endId]];
        if (start !== null && stop !== null && stop.iso < start.iso) {
          const whereColumn = say(texts, "template_errors.where_column",
            { source, field: spec.label, row: row._number, column: end.label });
          add([spec.id, row._number - 1, endId], "date_order", whereColumn,
            { start: start.shown, end: stop.shown });
        }
      }
    }
    return result.map(({ _number, ...row }) => row);
  }

  const values = {};
  for (const spec of inputs(template)) {
    const where = say(texts, "template_errors.where_field", { source, field: spec.label });
    values[spec.id] = spec.type === "rækker"
      ? rows(spec, raw[spec.id], where)
      : value(spec, raw[spec.id], where, [spec.id]);
  }
  return { values, problems };
}

/**
 * A clean value as a reader sees it (markdown_html.format_value): Danish numbers and dates; with
 * *money* (a column that shows "kroner") an amount with øre keeps two decimals ("1.200,50").
 */
export function showValue(value, money = false) {
  if (value === null || value === undefined) return "";
  if (money && typeof value === "object" && "value" in value && !value.integer) return formatNumber(value.value, 2);
  if (typeof value === "object" && "iso" in value) return value.shown;
  if (typeof value === "object" && "value" in value) return showNumber(value);
  return String(value);
}

/** True when *value* holds something a reader would see (definitions.has_content). */
export function hasContent(value) {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === "object" && !("value" in value) && !("iso" in value)) {
    return Object.values(value).some(hasContent);
  }
  return typeof value === "object" || String(value).trim() !== "";
}

/** True when no field has a value: the blank sheet, with help texts and rows to write in. */
export function isBlank(values) {
  return !Object.values(values).some(hasContent);
}

/**
 * The template's blocks, as markdown_html.document builds them: heading, help, paragraph,
 * bullets, numbered or table, with the layout word.py needs (widths, numeric, writing,
 * landscape, column_break, page_break). A filled document leaves out optional empty fields
 * and shows "–" under a required one still empty; a blank one leaves room to write, as does an
 * empty section of a template that keeps its empty sections (the poster).
 */
export function blocks(template, values, data) {
  const { texts, keys } = data;
  const blank = isBlank(values);
  const out = [{ kind: "heading", level: 1, text: template.title },
    { kind: "help", text: say(texts, "template_render.subtitle") }];
  if (blank) out.push({ kind: "help", text: say(texts, "template_render.blank_note") });
  const cell = (spec, value) => {
    if (spec.type === "liste" && Array.isArray(value)) return value.map(showValue).join("\n");
    if (spec.shows === "nøgle" && value && value.integer && keys[String(value.value)]) {
      return say(texts, "template_render.key_with_title", { number: value.value, title: keys[String(value.value)] });
    }
    return showValue(value, spec.shows === "kroner");
  };
  const paragraph = (spec, value, asBlank = blank) => (asBlank
    ? { kind: "paragraph", text: "", writing: spec.writing_lines }
    : { kind: "paragraph", text: showValue(value) || EMPTY, writing: 0 });
  const table = (columns, rows, extra) => ({ kind: "table", headers: columns.map((c) => c.label),
    rows: rows.map((row) => columns.map((c) => cell(c, row[c.id] ?? null))), footer: [],
    widths: columns.map((c) => c.width), landscape: false, ...extra });

  // asBlank: the field as on the blank sheet (the whole sheet is blank, or the template keeps
  // an empty section with room to write).
  function body(spec, value, asBlank) {
    if (spec.type === "rækker") {
      const first = spec.columns[0].id;
      const rows = !asBlank ? (value || [])
        : spec.blank_rows.length ? spec.blank_rows.map((v) => ({ [first]: v }))
          : Array.from({ length: spec.writing_rows }, () => ({}));
      if (spec.layout === "afsnit") return overview(spec, rows, asBlank).concat(sections(spec, rows, asBlank));
      const block = table(spec.columns, rows, {
        numeric: spec.columns.map((c) => c.type === "tal" && c.shows !== "nøgle"),
        writing: asBlank ? spec.writing_lines : 0, landscape: spec.landscape });
      const numbers = spec.columns.filter((c) => c.type === "tal");
      if (spec.totals && numbers.length && rows.some((row) => numbers.some((c) => row[c.id]))) {
        block.footer = spec.columns.map((c, index) => {
          if (index === 0) return say(texts, "template_render.total");
          if (c.type !== "tal") return "";
          const cells = rows.map((row) => row[c.id]).filter(Boolean);
          return showValue({ value: cells.reduce((sum, n) => sum + n.value, 0),
            integer: cells.every((n) => n.integer) }, c.shows === "kroner");
        });
      }
      return [block];
    }
    if (spec.type === "liste") {
      const items = (value || []).map(showValue);
      return [{ kind: "bullets", items: items.length ? items : Array(asBlank ? spec.writing_rows : 0).fill(""),
        writing: asBlank ? spec.writing_rows : 0 }];
    }
    return [paragraph(spec, value, asBlank)];
  }

  function overview(spec, rows, asBlank) {
    if (!spec.overview.length) return [];
    const columns = spec.overview.map((id) => spec.columns.find((c) => c.id === id));
    return [{ kind: "heading", level: 3, text: spec.overview_title },
      table(columns, rows, { numeric: columns.map(() => false), writing: asBlank ? 1 : 0 })];
  }

  function sections(spec, rows, asBlank) {
    const [head, ...rest] = spec.columns;
    const list = [];
    for (const row of rows) {
      list.push({ kind: "heading", level: 3, page_break: asBlank, text: say(texts, "template_render.row_heading",
        { label: head.label, value: showValue(row[head.id]) }).trim() });
      for (const column of rest) {
        const value = row[column.id];
        if (!asBlank && !column.required && !hasContent(value)) continue;
        list.push({ kind: "heading", level: 4, text: column.label });
        if (column.type === "liste") {
          const items = (value || []).map(showValue);
          list.push({ kind: "bullets", items: items.length ? items : Array(column.writing_rows).fill(""),
            writing: asBlank ? column.writing_rows : 0 });
        } else list.push(paragraph(column, value, asBlank));
      }
    }
    return list;
  }

  let columnBreak = false;
  for (const spec of template.fields) {
    const value = values[spec.id];
    columnBreak = columnBreak || spec.column_break;
    const empty = spec.input && !blank && !spec.required && !hasContent(value);
    if (empty && !template.keeps_empty_sections) continue;
    out.push({ kind: "heading", level: 2, text: spec.label, column_break: columnBreak });
    columnBreak = false;
    if (!spec.input) {
      out.push(spec.content === "nøgler"
        ? { kind: "numbered", items: Object.values(keys) }
        : { kind: "paragraph", text: spec.help, writing: 0 });
      continue;
    }
    if (blank || empty) out.push({ kind: "help", text: spec.help });
    const keepsRoom = template.keeps_empty_sections && !(blank || empty);
    out.push(...body(spec, value, blank || empty).map((block) => (keepsRoom ? withRoom(spec, block) : block)));
  }
  return out;
}

const ROOM_AFTER_TEXT = 2; // ruled lines a filled poster keeps under a text

/** A filled poster's block with the blank sheet's room to write after it (markdown_html._with_room). */
function withRoom(spec, block) {
  if (block.kind === "table") {
    const blankRows = spec.blank_rows.length || spec.writing_rows;
    return { ...block, writing: spec.writing_lines, room: Math.max(0, blankRows - block.rows.length) };
  }
  if (block.kind === "paragraph") return { ...block, room: Math.min(ROOM_AFTER_TEXT, spec.writing_lines) };
  return block;
}

function md(value) {
  return value.replaceAll("\\", "\\\\").replaceAll("<", "\\<").replaceAll(">", "\\>");
}

/** The blocks as Markdown, as markdown_html.blocks_markdown writes them (a folder's title and contents too). */
export function markdown(list) {
  const out = [];
  const line = (cells) => "| " + cells.map((c) => md(c).replaceAll("|", "\\|").replaceAll("\n", "<br>")).join(" | ") + " |";
  for (const block of list) {
    if (block.kind === "title") out.push("# " + md(block.text));
    else if (block.kind === "toc") out.push(`**${md(block.text)}**`, block.items.map((i) => `- ${md(i)}`).join("\n"));
    else if (block.kind === "heading") out.push("#".repeat(block.level) + " " + md(block.text).replaceAll("\n", " "));
    else if (block.kind === "help") out.push(`*${md(block.text)}*`);
    else if (block.kind === "paragraph") { if (block.text) out.push(md(block.text)); }
    else if (block.kind === "bullets") out.push(block.items.map((i) => `- ${md(i)}`.trimEnd()).join("\n"));
    else if (block.kind === "numbered") out.push(block.items.map((i, n) => `${n + 1}. ${md(i)}`).join("\n"));
    else if (block.kind === "image") out.push(`![${md(block.text).replaceAll("[", "\\[").replaceAll("]", "\\]")}](${block.source})`);
    else {
      const rows = [line(block.headers), "|" + "---|".repeat(block.headers.length), ...block.rows.map(line)];
      if (block.footer.length) rows.push(line(block.footer.map((c) => (c ? `**${c}**` : ""))));
      out.push(rows.join("\n"));
    }
  }
  return out.filter(Boolean).join("\n\n") + "\n";
}

// YAML ------------------------------------------------------------------------------------

/** *text* as a double-quoted YAML scalar. */
export function quote(text) {
  return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g,
    (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

function yamlScalar(spec, value) {
  if (spec.type === "tal" && spec.shows === "kroner" && !value.integer) return formatNumber(value.value, 2);
  if (spec.type === "tal") return yamlNumber(value);
  if (spec.type === "dato") return value.iso;
  return quote(value);
}

function filled(value) {
  return !(value === null || value === "" || (Array.isArray(value) && value.length === 0));
}

/** The clean values as YAML that `samskab tjek` accepts (numbers "2500" / "12,5", ISO dates). */
export function toYaml(template, values) {
  const out = [`skabelon: ${template.id}`];
  for (const spec of inputs(template)) {
    const value = values[spec.id];
    if (!filled(value)) continue;
    if (spec.type === "liste") {
      out.push(`${spec.id}:`, ...value.map((item) => `  - ${quote(item)}`));
    } else if (spec.type === "rækker") {
      out.push(`${spec.id}:`);
      for (const row of value) {
        let prefix = "  - ";
        for (const column of spec.columns) {
          if (!filled(row[column.id])) continue;
          if (column.type === "liste") {
            out.push(`${prefix}${column.id}:`, ...row[column.id].map((item) => `      - ${quote(item)}`));
          } else out.push(`${prefix}${column.id}: ${yamlScalar(column, row[column.id])}`);
          prefix = "    ";
        }
      }
    } else out.push(`${spec.id}: ${yamlScalar(spec, value)}`);
  }
  return out.join("\n") + "\n";
}

/** Form values (text as typed) from data read from a YAML file; problems for unknown fields. */
export function fromData(template, data, texts, source) {
  const problems = [];
  const form = {};
  const asText = (spec, value) => {
    if (value === null || value === undefined) return "";
    if (Array.isArray(value)) return value.map((v) => asText(spec, v)).filter(Boolean).join("\n");
    if (typeof value === "object") return "";
    return String(value);
  };
  for (const [key, value] of Object.entries(data)) {
    if (key === "skabelon") continue;
    const spec = inputs(template).find((f) => f.id === key);
    if (!spec) {
      problems.push(say(texts, "template_errors.unknown_field",
        { where: say(texts, "template_errors.where_field", { source, field: key }),
          known: inputs(template).map((f) => f.id).join(", ") }));
      continue;
    }
    if (spec.type === "rækker") {
      form[key] = (Array.isArray(value) ? value : []).map((row) => Object.fromEntries(
        spec.columns.map((c) => [c.id, row && typeof row === "object" ? asText(c, row[c.id]) : ""])));
    } else form[key] = asText(spec, value);
  }
  return { form, problems };
}
