// The participant survey on step 5's page: an export (CSV or .xlsx) is read in the browser,
// nothing is uploaded, and the report is shown and offered as Word and Markdown. Mirrors
// samskab_lib.evaluation (exports, export_answers, survey_results, survey_report) and reads its
// questions, answer words and Danish texts from the JSON the build exports. The charts (with
// the library's alt texts) are drawn by survey_charts.js on a canvas.
import { formatNumber, parseDate } from "./danish.js";
import { buildDocx, readZip, storedEntry, writeZip } from "./docx.js";
import { chartImages } from "./survey_charts.js";
import { markdown, say } from "./model.js";
import { download, el, liveRegion, preview, uid } from "./ui.js";

const SEPARATORS = [";", ",", "\t"];
const MAX_LISTED_PROBLEMS = 50;
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A refusal of the whole file, with its Danish message. */
export class ExportError extends Error {}

// Reading the file ---------------------------------------------------------------------------

/** The text of a CSV file and its encoding: a BOM decides, else UTF-8, else Windows-1252. */
export function decodeText(bytes, name, texts) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-sig" };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const kind = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    return { text: new TextDecoder(kind).decode(bytes.subarray(2)), encoding: "utf-16" };
  }
  if (bytes.subarray(0, 4096).includes(0)) throw new ExportError(say(texts, "exports.file.not_text", { file: name }));
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: windows1252(bytes), encoding: "cp1252" };
  }
}

// Windows-1252's characters for the bytes 0x80–0x9f (the rest are Latin-1's); written out here
// because some JavaScript engines decode "windows-1252" as Latin-1.
const CP1252 = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function windows1252(bytes) {
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    text += String.fromCharCode(...bytes.subarray(i, i + 8192)).replace(/[\x80-\x9f]/g,
      (c) => CP1252[c.charCodeAt(0) - 0x80]);
  }
  return text;
}

/** The records of CSV *text* split on *separator*, quotes as Excel writes them. */
export function parseCsv(text, separator) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  const endCell = () => { row.push(cell); cell = ""; };
  const endRow = () => { endCell(); rows.push(row.length === 1 && row[0] === "" ? [] : row); row = []; };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (c === '"') quoted = false; else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === separator) endCell();
    else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else cell += c;
    i++;
  }
  if (cell !== "" || row.length) endRow();
  return rows;
}

/** The separator that splits the first lines into the most, equally many, columns. */
export function sniffSeparator(text) {
  const lines = text.split(/\r\n|\n|\r/).slice(0, 20).filter((line) => line.trim());
  let best = SEPARATORS[0];
  let bestScore = [-1, -1];
  for (const separator of SEPARATORS) {
    const widths = lines.map((line) => (parseCsv(line, separator)[0] || []).length);
    const most = Math.max(0, ...widths);
    const steady = widths.length ? Math.max(...widths.map((w) => widths.filter((x) => x === w).length)) : 0;
    const score = [most > 1 ? steady : 0, most];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = separator;
      bestScore = score;
    }
  }
  return best;
}

function blankToNull(rows) {
  const cleaned = rows.map((row) => row.map((cell) => (typeof cell === "string" && !cell.trim() ? null : cell)));
  let end = cleaned.length;
  while (end && cleaned[end - 1].every((cell) => cell === null)) end--;
  return cleaned.slice(0, end);
}

async function inflate(entry) {
  if (entry.method === 0) return entry.data;
  const stream = new Blob([entry.data]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function unescapeXml(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name) => {
    if (name[0] === "#") return String.fromCodePoint(name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

function textOf(xml) {
  return unescapeXml([...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => m[1]).join(""));
}

function columnNumber(reference) {
  let number = 0;
  for (const letter of reference.replace(/\d+$/, "")) number = number * 26 + letter.charCodeAt(0) - 64;
  return number - 1;
}

/** The first sheet's cells of an .xlsx file, row by row (row i is Excel's row i + 1). */
export async function readXlsx(buffer, name, texts) {
  let entries;
  try {
    entries = readZip(buffer);
  } catch {
    throw new ExportError(say(texts, "exports.file.not_xlsx", { file: name }));
  }
  const read = async (path) => {
    const entry = entries.find((e) => e.name === path);
    return entry ? new TextDecoder().decode(await inflate(entry)) : null;
  };
  const workbook = await read("xl/workbook.xml");
  const relations = await read("xl/_rels/workbook.xml.rels");
  if (!workbook || !relations) throw new ExportError(say(texts, "exports.file.not_xlsx", { file: name }));
  const firstSheet = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)[1];
  const target = new RegExp(`<Relationship\\b[^>]*\\bId="${firstSheet}"[^>]*\\bTarget="([^"]+)"`).exec(relations)
    || new RegExp(`<Relationship\\b[^>]*\\bTarget="([^"]+)"[^>]*\\bId="${firstSheet}"`).exec(relations);
  const path = target[1].startsWith("/") ? target[1].slice(1) : `xl/${target[1]}`;
  const shared = [...((await read("xl/sharedStrings.xml")) || "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]));
  const sheet = (await read(path)) || "";
  const rows = [];
  for (const row of sheet.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const number = Number((/\br="(\d+)"/.exec(row[1]) || [])[1] || rows.length + 1);
    while (rows.length < number - 1) rows.push([]);
    const cells = [];
    for (const cell of (row[2] || "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const column = columnNumber((/\br="([A-Z]+\d+)"/.exec(cell[1]) || [])[1] || "A1");
      const type = (/\bt="(\w+)"/.exec(cell[1]) || [])[1] || "n";
      const inner = cell[2] || "";
      const raw = (/<v>([\s\S]*?)<\/v>/.exec(inner) || [])[1];
      let value = null;
      if (type === "s" && raw !== undefined) value = shared[Number(raw)];
      else if (type === "inlineStr") value = textOf(inner);
      else if (type === "str" && raw !== undefined) value = unescapeXml(raw);
      else if (type === "b" && raw !== undefined) value = raw === "1";
      else if (raw !== undefined) value = Number(raw);
      while (cells.length < column) cells.push(null);
      cells[column] = value;
    }
    rows.push(cells);
  }
  return { rows: blankToNull(rows), encoding: "xlsx", separator: "" };
}

/** The cells of the export *bytes* named *name*, as samskab_lib.evaluation.exports reads them. */
export async function readTable(bytes, name, texts) {
  if (!bytes.subarray(0, 4096).some((b) => ![0xef, 0xbb, 0xbf, 0x20, 0x0d, 0x0a, 0x09].includes(b))) {
    throw new ExportError(say(texts, "exports.file.empty", { file: name }));
  }
  const suffix = (/\.[^.]*$/.exec(name) || [""])[0];
  const lower = suffix.toLowerCase();
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4) return readXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), name, texts);
  if (lower === ".xlsx" || lower === ".xlsm") throw new ExportError(say(texts, "exports.file.not_xlsx", { file: name }));
  if (lower === ".xls" || (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)) {
    throw new ExportError(say(texts, "exports.file.old_xls", { file: name }));
  }
  if (![".csv", ".txt", ".tsv", ""].includes(lower)) throw new ExportError(say(texts, "exports.file.unknown_kind", { file: name, suffix }));
  const { text, encoding } = decodeText(bytes, name, texts);
  const separator = sniffSeparator(text);
  return { rows: blankToNull(parseCsv(text, separator)), encoding, separator };
}

// Answers ------------------------------------------------------------------------------------

function display(value) {
  return value === null || value === undefined ? "" : String(value).split(/\s+/).filter(Boolean).join(" ");
}

/** A heading or answer compared loosely, as export_answers.normalise. */
export function normalise(value) {
  let plain = display(value).normalize("NFKC").toLowerCase();
  plain = plain.replace(/[‐‑‒–—−]/g, "-").replace(/[«»“”„"']/g, "");
  plain = plain.split(/\s+/).filter(Boolean).join(" ");
  plain = plain.replace(/^(?:q|spm\.?|spørgsmål)?\s*\d{1,2}\s*[.):]\s+/, "");
  return plain.replace(/[ .?!:*]+$/, "");
}

function matcher(data, mapping = {}) {
  const lookup = new Map();
  for (const q of data.questions) {
    lookup.set(normalise(q.id), q.id);
    lookup.set(normalise(q.text), q.id);
  }
  for (const [heading, id] of Object.entries(mapping)) lookup.set(normalise(heading), id);
  return (heading) => {
    if (typeof heading !== "string") return null;
    const plain = normalise(heading);
    if (lookup.has(plain)) return lookup.get(plain);
    const id = /\(([a-z_æøå0-9]+)\)\s*$/.exec(plain);
    if (id && lookup.has(id[1])) return lookup.get(id[1]);
    const inside = /\[([^\]]+)\]\s*$/.exec(plain);
    if (inside && lookup.has(normalise(inside[1]))) return lookup.get(normalise(inside[1]));
    return null;
  };
}

/** The point on the scale *value* means (1–5, 0 for "Ved ikke"), or the key of why not. */
export function scaleCode(value, words) {
  if (typeof value === "boolean") return "not_on_scale";
  if (typeof value === "number") {
    if (!Number.isInteger(value)) return "not_whole";
    return value >= 1 && value <= 5 ? value : "outside_scale";
  }
  const plain = normalise(value);
  if (plain in words) return words[plain];
  if (/^[-+]?\d+(?:[.,]0+)?$/.test(plain)) return scaleCode(Math.trunc(Number(plain.replace(",", "."))), words);
  if (/^[-+]?\d+[.,]\d+$/.test(plain)) return "not_whole";
  const both = /^(\d)\s*[-–.:=)]\s*(\D.*)$/.exec(plain);
  if (both && words[normalise(both[2])] === Number(both[1])) return Number(both[1]);
  return "not_on_scale";
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The day an answer was given ("YYYY-MM-DD"), or null, as export_answers.read_answer_date. */
export function answerDay(value, months) {
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  if (typeof value === "number") return value > 20000 ? iso(EXCEL_EPOCH + value * 86400000) : null;
  const raw = display(value);
  if (/^\d{5}(?:[.,]\d+)?$/.test(raw)) return answerDay(Number(raw.replace(",", ".")), months);
  const day = raw.split(" ")[0].split("T")[0];
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec(day);
  if (us) {
    const [month, date, year] = us.slice(1).map(Number);
    const when = new Date(Date.UTC(2000 + year, month - 1, date));
    return when.getUTCMonth() === month - 1 && when.getUTCDate() === date ? iso(when.getTime()) : null;
  }
  const parsed = parseDate(day.replaceAll("/", "-"), months);
  return parsed.kind === "ok" ? parsed.value.iso : null;
}

/** The answers in the cells *table* of the file *name*, as export_answers.answers_from_table. */
export function answersFromTable(table, name, data, mapping = {}) {
  const t = (key, values) => say(data.texts, key, values);
  const match = matcher(data, mapping);
  const rows = table.rows;
  const searched = rows.slice(0, data.header_rows);
  const counts = searched.map((row) => row.filter((cell) => match(cell) !== null).length);
  let header = 0;
  if (counts.some(Boolean)) counts.forEach((count, r) => { if (count >= counts[header]) header = r; });
  const matched = new Map();
  const headings = new Map();
  const width = Math.max(0, ...searched.slice(0, header + 1).map((r) => r.length));
  for (let column = 0; column < width; column++) {
    const above = searched.slice(0, header + 1).map((row) => row[column]).filter((c) => c !== null && c !== undefined);
    if (!above.length) continue;
    headings.set(column, display(above[above.length - 1]));
    const found = above.slice().reverse().map(match).find((id) => id);
    if (found) matched.set(column, found);
  }
  if (!matched.size) {
    const columns = (rows[header] || []).filter((c) => c !== null && c !== undefined).map(display).slice(0, 12);
    throw new ExportError(t("exports.file.not_survey", { file: name, columns: columns.map((c) => `»${c}«`).join(", ") || "–" }));
  }
  const body = rows.slice(header + 1);
  if (!body.length) throw new ExportError(t("exports.file.no_rows", { file: name }));
  const first = new Map();
  const duplicates = [];
  for (const [column, id] of [...matched.entries()].sort((a, b) => a[0] - b[0])) {
    if (first.has(id)) {
      duplicates.push(t("exports.file.duplicate", { file: name, question: id,
        columns: [first.get(id), column].map((c) => `»${headings.get(c)}«`).join(", ") }));
    } else first.set(id, column);
  }
  const kept = [];
  body.forEach((row, index) => {
    if ([...first.values()].some((c) => row[c] !== null && row[c] !== undefined)) kept.push({ row, number: header + 2 + index });
  });
  const problems = [];
  const frame = {};
  const words = data.scale_words;
  for (const question of data.questions) {
    if (!first.has(question.id)) continue;
    const column = first.get(question.id);
    const options = new Map(question.options.map((o) => [normalise(o), o]));
    frame[question.id] = kept.map(({ row, number }) => {
      const value = row[column];
      if (value === null || value === undefined) return null;
      let why = null;
      let meaning = null;
      if (question.kind === "skala") {
        const code = scaleCode(value, words);
        if (typeof code === "string") why = t(`exports.why.${code}`); else meaning = code;
      } else if (question.kind === "valg") {
        if (options.has(normalise(value))) meaning = options.get(normalise(value));
        else why = t("exports.why.unknown_option", { options: question.options.join(", ") });
      } else meaning = typeof value === "string" ? value.trim() : display(value);
      if (why) problems.push({ row: number, column: headings.get(column), value: display(value), why });
      return meaning;
    });
  }
  const dateNames = new Set(data.date_columns);
  const dateColumn = [...headings.keys()].sort((a, b) => a - b)
    .find((c) => !matched.has(c) && dateNames.has(normalise(headings.get(c))));
  const days = [];
  if (dateColumn !== undefined) {
    for (const { row, number } of kept) {
      const value = row[dateColumn];
      if (value === null || value === undefined) continue;
      const day = answerDay(value, data.months);
      if (day) days.push(day);
      else problems.push({ row: number, column: headings.get(dateColumn), value: display(value), why: t("exports.why.not_date") });
    }
  }
  problems.sort((a, b) => a.row - b.row || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0));
  days.sort();
  return {
    source: name, encoding: table.encoding, separator: table.separator, frame, respondents: kept.length,
    problems: problems.map((p) => t("exports.cell", { file: name, ...p })),
    missing: data.questions.filter((q) => !first.has(q.id)).map((q) => q.id),
    emptyRows: body.length - kept.length, duplicates,
    ignored: [...headings.keys()].sort((a, b) => a - b).filter((c) => !matched.has(c) && c !== dateColumn).map((c) => headings.get(c)),
    firstDay: days[0] || null, lastDay: days[days.length - 1] || null,
  };
}

// Figures ------------------------------------------------------------------------------------

/** Groups of 1 to 4 merged with the smallest others until 5, as survey_results.merged_groups. */
export function mergedGroups(counts, data) {
  const entries = Object.entries(counts);
  const small = entries.filter(([, n]) => n > 0 && n < data.min_group).map(([g]) => g);
  if (!small.length) return entries.map(([group, count]) => ({ group, count, members: [group] }));
  const merged = [...small];
  const others = entries.filter(([, n]) => n >= data.min_group).sort((a, b) => a[1] - b[1]).map(([g]) => g);
  const total = () => merged.reduce((sum, g) => sum + counts[g], 0);
  while (total() < data.min_group && others.length) merged.push(others.shift());
  const members = entries.map(([g]) => g).filter((g) => merged.includes(g));
  const label = say(data.texts, "survey_report.merged_group", { groups: members.join(" + ") });
  const result = [];
  for (const [group, count] of entries) {
    if (group === members[0]) result.push({ group: label, count: members.reduce((s, g) => s + counts[g], 0), members });
    else if (!members.includes(group)) result.push({ group, count, members: [group] });
  }
  return result;
}

/** The survey's figures, as survey_results.survey_results computes them. */
export function surveyResults(answers, data, invited = null, population = null) {
  if (invited !== null && invited < answers.respondents) {
    throw new ExportError(say(data.texts, "evaluation.errors.invited_below_answers", { invited, answers: answers.respondents }));
  }
  const scale = data.questions.filter((q) => q.kind === "skala" && q.id in answers.frame).map((question) => {
    const given = answers.frame[question.id].filter((v) => v !== null);
    const onScale = given.filter((v) => v !== 0);
    const counts = [1, 2, 3, 4, 5].map((p) => onScale.filter((v) => v === p).length);
    const n = onScale.length;
    return { question, answers: n, dontKnow: given.length - n, blanks: answers.respondents - given.length,
      suppressed: n < data.min_group, shares: counts.map((c) => c / n), agreeing: (counts[3] + counts[4]) / n,
      mean: counts.reduce((sum, c, i) => sum + c * (i + 1), 0) / n };
  });
  const choice = data.questions.find((q) => q.kind === "valg" && q.id in answers.frame) || null;
  let groups = [];
  let representation = null;
  if (choice) {
    const counts = Object.fromEntries(choice.options.map((o) => [o, answers.frame[choice.id].filter((v) => v === o).length]));
    groups = mergedGroups(counts, data);
    if (population) {
      const people = groups.map((g) => g.members.reduce((sum, m) => sum + population[m], 0));
      const P = people.reduce((a, b) => a + b, 0);
      const Q = groups.reduce((sum, g) => sum + g.count, 0);
      if (Q > 0) {
        const rows = groups.map((g, i) => ({ group: g.group, participants: g.count,
          populationShare: people[i] / P, participantShare: g.count / Q }));
        representation = { groups: rows,
          index: 0.5 * rows.reduce((sum, r) => sum + Math.abs(r.populationShare - r.participantShare), 0) };
      }
    }
  }
  const free = data.questions.filter((q) => q.kind === "fritekst" && q.id in answers.frame)
    .map((q) => ({ question: q, said: answers.frame[q.id].filter((v) => v !== null && String(v).trim()).map(String) }));
  return { answers, respondents: answers.respondents, invited, scale, groups, choice, representation, free,
    rate: invited ? answers.respondents / invited : null };
}

// The report ---------------------------------------------------------------------------------

/** *share* as a Danish whole percentage, rounded as Python rounds (half to even). */
export function percent(share) {
  const value = share * 100;
  let whole = Math.round(value);
  if (Math.abs(value - Math.trunc(value)) === 0.5) whole = Math.trunc(value) % 2 === 0 ? Math.trunc(value) : Math.trunc(value) + Math.sign(value);
  return `${formatNumber(whole)} %`;
}

function block(kind, values = {}) {
  return { kind, level: 0, text: "", items: [], headers: [], rows: [], footer: [], widths: [], numeric: [],
    writing: 0, landscape: false, column_break: false, page_break: false, ...values };
}

function tableBlocks(headers, rows, widths, caption) {
  const figure = (cell) => Boolean(cell) && (/^\d/.test(cell) || cell === "–");
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => figure(r[i])));
  return [...(caption ? [block("help", { text: caption })] : []), block("table", { headers, rows, widths, numeric })];
}

/** *value* with *decimals* decimals, a tie rounded to even as Python's format() does. */
function decimal(value, decimals) {
  const scaled = value * 10 ** decimals;
  const whole = Math.trunc(scaled);
  if (Math.abs(scaled - whole) === 0.5 && whole % 2 === 0) return formatNumber(whole / 10 ** decimals, decimals);
  return formatNumber(value, decimals);
}

/** The Likert chart's block: the questions with 5 or more answers on the scale, as
 * survey_results.shown and evaluation.charts.likert_chart describe them. */
function likertChart(results, data) {
  const c = (key, values) => say(data.texts, `evaluation.charts.${key}`, values);
  const shown = results.scale.filter((r) => !r.suppressed);
  if (!shown.length) return [];
  const scale = [1, 2, 3, 4, 5].map((p) => say(data.texts, `evaluation.likert_scale.${p}`));
  const named = shown.map((r) => ({ ...r, label: r.question.text.replace(/\.+$/, "") }));
  const questions = named.map((r) => c("likert_question", { question: r.label, agreeing: percent(r.agreeing),
    mean: decimal(r.mean, 1), n: formatNumber(r.answers) })).join("; ");
  return [block("image", { text: c("likert_alt", { first: scale[0], last: scale[4], questions }),
    chart: { kind: "likert", scale, questions: named.map((r) => ({ text: r.label, shares: r.shares })) } })];
}

/** The chart of participants against the population (evaluation.charts.representativeness_chart). */
function representationChart(representation, data) {
  const c = (key, values) => say(data.texts, `evaluation.charts.${key}`, values);
  const groups = representation.groups.map((g) => c("representation_group", { group: g.group,
    population: percent(g.populationShare), participants: percent(g.participantShare) })).join("; ");
  return block("image", { text: c("representation_alt", { groups, index: formatNumber(representation.index, 2) }),
    chart: { kind: "representation", groups: representation.groups } });
}

/** Each chart named as its file (figur-1.png, …) in the order it appears (survey_report._numbered_charts). */
function numberedCharts(blocks, data) {
  let count = 0;
  return blocks.map((b) => (b.kind === "image"
    ? { ...b, source: say(data.texts, "survey_report.chart_file", { number: ++count }) } : b));
}

function danishDay(iso, months) {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day}. ${months[month - 1]} ${year}`;
}

/** The report as blocks, as survey_report.report_blocks lays it out; a chart is an "image" block
 * with its alt text and what to draw (survey_charts.js draws it). */
export function reportBlocks(results, data) {
  const t = (key, values) => say(data.texts, `survey_report.${key}`, values);
  const texts = data.texts;
  const answers = results.answers;
  let kind = say(texts, `exports.encodings.${answers.encoding}`);
  if (answers.separator) kind += ", " + say(texts, `exports.separators.${answers.separator}`);
  const out = [block("heading", { level: 1, text: t("title") }), block("help", { text: t("made_with") }),
    block("paragraph", { text: t("from_file", { file: answers.source, kind }) })];
  if (answers.firstDay && answers.lastDay) {
    out.push(block("paragraph", { text: t("period", { first: danishDay(answers.firstDay, data.months), last: danishDay(answers.lastDay, data.months) }) }));
  }
  out.push(block("paragraph", { text: t("privacy") }));
  out.push(block("heading", { level: 2, text: t("counts_heading") }), ...tableBlocks([t("figure"), t("value")], [
    [t("respondents"), formatNumber(results.respondents)],
    [t("invited"), results.invited ? formatNumber(results.invited) : t("not_given")],
    [t("response_rate"), results.rate !== null ? percent(results.rate) : t("not_given")]], [3, 1], t("counts_caption")));
  out.push(block("heading", { level: 2, text: t("file_heading") }));
  if (answers.problems.length) {
    const listed = answers.problems.slice(0, MAX_LISTED_PROBLEMS);
    const rest = answers.problems.length - listed.length;
    out.push(block("paragraph", { text: t("unreadable_count", { count: answers.problems.length }) }),
      block("bullets", { items: [...listed, ...(rest ? [t("unreadable_more", { count: rest })] : [])] }));
  } else out.push(block("paragraph", { text: t("all_read") }));
  const notes = answers.missing.map((id) => say(texts, "exports.notes.missing", { question: data.questions.find((q) => q.id === id).text, id }));
  notes.push(...answers.duplicates);
  if (answers.emptyRows) notes.push(say(texts, "exports.notes.empty_rows", { count: answers.emptyRows }));
  if (answers.ignored.length) notes.push(say(texts, "exports.notes.ignored", { columns: answers.ignored.map((c) => `»${c}«`).join(", ") }));
  if (notes.length) out.push(block("bullets", { items: notes }));
  if (results.scale.length) {
    out.push(block("heading", { level: 2, text: t("scale_heading") }), block("paragraph", { text: t("scale_intro") }),
      ...likertChart(results, data));
    const scale = [5, 4, 3, 2, 1].map((p) => say(texts, `evaluation.likert_scale.${p}`));
    const shares = results.scale.map((r) => (r.suppressed ? [r.question.text, "–", "–", "–", "–", "–", t("too_few")]
      : [r.question.text, ...r.shares.slice().reverse().map(percent), percent(r.agreeing)]));
    out.push(...tableBlocks([t("question"), ...scale, t("agreeing")], shares, [2.6, 1, 1, 1.3, 1, 1, 1.1], t("scale_caption")));
    const counts = results.scale.map((r) => [r.question.text, r.suppressed ? t("too_few") : formatNumber(r.answers),
      r.suppressed ? "–" : formatNumber(r.dontKnow), r.suppressed ? "–" : formatNumber(r.blanks)]);
    out.push(...tableBlocks([t("question"), t("answers"), t("dont_know"), t("blank")], counts, [3, 1.2, 1, 1], t("counts_per_question")));
  }
  if (results.choice && results.groups.length) {
    out.push(block("heading", { level: 2, text: t("groups_heading") }));
    const caption = t("groups_caption", { question: results.choice.text });
    if (!results.representation) {
      const total = results.groups.reduce((s, g) => s + g.count, 0);
      out.push(block("paragraph", { text: t("groups_only") }), ...tableBlocks([t("group"), t("group_answers"), t("participant_share")],
        results.groups.map((g) => [g.group, formatNumber(g.count), total ? percent(g.count / total) : "–"]), [3, 1, 1.4], caption));
    } else {
      out.push(block("paragraph", { text: t("groups_intro", { index: formatNumber(results.representation.index, 2) }) }),
        representationChart(results.representation, data), ...tableBlocks([t("group"), t("group_answers"), t("population_share"), t("participant_share")],
          results.representation.groups.map((r) => [r.group, formatNumber(r.participants), percent(r.populationShare), percent(r.participantShare)]),
          [3, 1, 1.4, 1.4], caption));
    }
  }
  if (results.free.length) {
    out.push(block("heading", { level: 2, text: t("free_heading") }), block("paragraph", { text: t("free_intro") }));
    for (const { question, said } of results.free) {
      out.push(block("heading", { level: 3, text: question.text }));
      const counts = new Map();
      for (const answer of said) {
        const key = answer.split(/\s+/).filter(Boolean).join(" ");
        counts.set(key, (counts.get(key) || 0) + 1);
      }
      const items = [...counts].map(([answer, count]) => (count === 1 ? answer : t("free_repeated", { answer, count })));
      out.push(items.length ? block("bullets", { items }) : block("paragraph", { text: t("free_none") }));
    }
  }
  return numberedCharts(out, data);
}

// The page -----------------------------------------------------------------------------------

async function loadJson(name) {
  const response = await fetch(new URL(`./data/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`${name}: ${response.status}`);
  return response.json();
}

function numberField(label, name) {
  const id = uid(`spoergeskema-${name}`);
  const input = el("input", { id, type: "text", inputmode: "numeric", autocomplete: "off", "data-felt": name });
  return { input, row: el("div", { class: "samskab-felt" }, el("label", { for: id, text: label }), input) };
}

function wholeNumber(raw) {
  const plain = raw.trim().replace(/[.\s]/g, "");
  return /^\d+$/.test(plain) ? Number(plain) : null;
}

async function start() {
  for (const root of document.querySelectorAll(".samskab-evaluering")) {
    let data;
    try {
      data = await loadJson("spoergeskema.json");
    } catch {
      root.replaceChildren(el("p", { class: "samskab-fejl", role: "alert", text: root.dataset.failed || "" }));
      continue;
    }
    const f = (key, values) => say(data.texts, `survey_form.${key}`, values);
    const fileId = uid("svarfil");
    const file = el("input", { id: fileId, type: "file", accept: ".csv,.txt,.tsv,.xlsx", "data-felt": "svarfil" });
    const invited = numberField(f("invited"), "inviterede");
    const ages = data.questions.find((q) => q.kind === "valg");
    const population = ages.options.map((option) => ({ option, ...numberField(option, `befolkning-${option}`) }));
    const status = liveRegion();
    const problem = el("p", { class: "samskab-fejl", role: "alert" });
    const result = el("div", { class: "samskab-resultat" });
    let current = null;
    const buttons = el("div", { class: "samskab-knapper", hidden: true },
      el("button", { type: "button", class: "samskab-knap", "data-hent": "docx", text: f("download_docx"), onclick: () => save("docx") }),
      el("button", { type: "button", class: "samskab-knap", "data-hent": "md", text: f("download_md"), onclick: () => save("md") }));
    async function save(kind) {
      const stem = `${current.answers.source.replace(/\.[^.]*$/, "")}-rapport`;
      if (kind === "md") {
        // The Markdown and the charts it shows, as `samskab evaluering` writes them side by side.
        const named = current.blocks.map((b) => (b.kind === "image" ? { ...b, source: `${stem}-${b.source}` } : b));
        const files = [storedEntry(`${stem}.md`, new TextEncoder().encode(markdown(named))),
          ...named.filter((b) => b.kind === "image").map((b) => storedEntry(b.source, b.image))];
        download(`${stem}-markdown.zip`, writeZip(files), "application/zip");
      } else {
        const response = await fetch(new URL(`./data/${data.word.skeleton}`, import.meta.url));
        const skeleton = await response.arrayBuffer();
        download(`${stem}.docx`, buildDocx(skeleton, current.blocks, { columns: 1, orientation: "stående" }), DOCX);
      }
      status.announce(f("downloaded"));
    }
    let table = null;
    const update = () => {
      problem.textContent = "";
      result.replaceChildren();
      buttons.hidden = true;
      if (!table) return;
      const count = wholeNumber(invited.input.value);
      const people = population.map((p) => wholeNumber(p.input.value));
      const given = people.filter((p) => p !== null);
      try {
        if (invited.input.value.trim() && count === null) throw new ExportError(f("not_whole", { field: f("invited") }));
        const bad = population.find((p, i) => p.input.value.trim() && (people[i] === null || people[i] === 0));
        if (bad) throw new ExportError(f("not_whole", { field: bad.option }));
        const answers = answersFromTable(table.cells, table.name, data);
        const byGroup = given.length === people.length ? Object.fromEntries(ages.options.map((o, i) => [o, people[i]])) : null;
        const results = surveyResults(answers, data, count, byGroup);
        const laidOut = chartImages(reportBlocks(results, data), data.texts);
        current = { answers, blocks: laidOut };
        result.replaceChildren(...preview(laidOut, 1));
        for (const cell of result.querySelectorAll("td")) {
          if (/^[\d–][\d.,]*( %)?$/.test(cell.textContent)) cell.classList.add("num"); // kept on one line
        }
        buttons.hidden = false;
        if (given.length && given.length < people.length) problem.textContent = f("population_partly");
        status.announce(f("read", { file: table.name, answers: answers.respondents, problems: answers.problems.length }));
      } catch (error) {
        if (!(error instanceof ExportError)) throw error;
        problem.textContent = error.message;
      }
    };
    file.addEventListener("change", async () => {
      table = null;
      const chosen = file.files[0];
      if (!chosen) { update(); return; }
      try {
        const cells = await readTable(new Uint8Array(await chosen.arrayBuffer()), chosen.name, data.texts);
        table = { name: chosen.name, cells };
        update();
      } catch (error) {
        if (!(error instanceof ExportError)) throw error;
        result.replaceChildren();
        buttons.hidden = true;
        problem.textContent = error.message;
      }
    });
    for (const field of [invited, ...population]) field.input.addEventListener("input", update);
    root.replaceChildren(
      el("form", { class: "samskab-felter", onsubmit: (e) => e.preventDefault() },
        el("p", { text: f("intro") }),
        el("div", { class: "samskab-felt" }, el("label", { for: fileId, text: f("file") }), file),
        invited.row,
        el("fieldset", {}, el("legend", { text: f("population") }), population.map((p) => p.row))),
      status, problem, buttons, result);
  }
}

if (typeof document !== "undefined") start();
