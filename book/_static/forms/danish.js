// Danish numbers and dates, read and shown the way samskab_lib.templates.reading does.
//
// Reading: every value arrives as text and the field's type decides. A number uses "." between
// thousands and "," before decimals: "2500", "2.500", "2.500,50", "12,5", "-3". A date is ISO
// (2026-03-02) or Danish (2.3.2026, 02-03-2026, "2. marts 2026") and must exist. Showing:
// numbers as samskab_lib.formatting.number does, dates as "2. marts 2026". Full-width and
// Arabic-Indic digits are read as 0-9 (number_reading.ascii_digits); the cases both sides must
// agree on are in tests/fixtures/reading.json.
//
// The separators are the page's language's (its texts' format group, given to useFormat when
// the data is loaded): Danish groups thousands with "." (or a space), Norwegian only with a
// space, so in Norwegian "2.500" is refused as ambiguous, as number_reading.read_number does.

let format = { thousands: ".", decimal: "," };
const SPACES = /(?<=\d)[ \u00a0\u202f](?=\d{3}\b)/g;
const POINTED = /^[-+]?\d+(\.\d+)+(,\d+)?$/;
const CLOCK = /^\d{1,3}:\d{2}$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// White space as Python's str.strip() and re's \s see it: JavaScript's \s without U+FEFF, with
// U+001C-U+001F and U+0085, so the forms trim and split a value where the library does.
const SPACE = String.raw`(?:[^\S\ufeff]|[\x1c-\x1f\x85])`;
const OUTER = new RegExp(`^${SPACE}+|${SPACE}+$`, "gu");
const DANISH_DATE = new RegExp(String.raw`^(\d{1,2})${SPACE}*[./-]${SPACE}*(\d{1,2})${SPACE}*[./-]${SPACE}*(\d{4})$`, "u");
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const WORD_DATE = new RegExp(String.raw`^(\d{1,2})\.?${SPACE}+([a-zæøå]+)\.?${SPACE}+(\d{4})$`, "u");
// The zero of each other script whose ten digits are read as 0-9 (full-width, Arabic-Indic,
// Eastern Arabic-Indic), as number_reading._DIGIT_ZEROS.
const DIGIT_ZEROS = [0xff10, 0x0660, 0x06f0];
const OTHER_DIGITS = /[\uff10-\uff19\u0660-\u0669\u06f0-\u06f9]/gu;

/** *raw* without white space at either end, as Python's str.strip() (reading.clean_text). */
export function strip(raw) {
  return String(raw).replace(OUTER, "");
}

/** *raw* with full-width and Arabic-Indic digits as 0-9 ("１２" is "12"). */
export function asciiDigits(raw) {
  return String(raw).replace(OTHER_DIGITS, (digit) => {
    const code = digit.codePointAt(0);
    return String(code - DIGIT_ZEROS.find((zero) => code >= zero && code <= zero + 9));
  });
}

/** Use the separators of the page's language ({thousands, decimal, word_language}, the texts'
 * format group). */
export function useFormat({ thousands, decimal, word_language: locale = "da-DK" }) {
  format = { thousands, decimal, locale };
}

/** The page language's locale for the browser's own formatting (a time, a file size). */
export function pageLocale() {
  return format.locale ?? "da-DK";
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Digits, optionally grouped by the language's thousands separator, optional decimals. */
function numberPattern() {
  const thousands = strip(format.thousands);
  const grouped = thousands ? String.raw`|\d{1,3}(${escape(thousands)}\d{3})+` : "";
  return new RegExp(String.raw`^[-+]?(\d+${grouped})(${escape(format.decimal)}\d+)?$`);
}

/** A number typed the page language's way: {value, integer} or null when it is no number. */
export function parseNumber(raw) {
  const compact = strip(asciiDigits(raw)).replace(SPACES, "");
  if (!numberPattern().test(compact)) return null;
  const thousands = strip(format.thousands);
  const [whole, decimals] = (thousands ? compact.replaceAll(thousands, "") : compact).split(format.decimal);
  const value = Number(whole + (decimals ? "." + decimals : ""));
  if (!Number.isFinite(value)) return null;
  return { value: value === 0 ? 0 : value, integer: decimals === undefined };
}

/** Why *raw* is no number: the key of the library's message (reading.read_number). */
export function numberProblem(raw) {
  const compact = strip(asciiDigits(raw)).replace(SPACES, "");
  if (POINTED.test(compact)) return "number_point";
  if (CLOCK.test(compact)) return "number_clock";
  return "not_number";
}

function monthNumber(name, months) {
  const index = months.findIndex((full) => name === full || (name.length >= 3 && full.startsWith(name)));
  return index + 1;
}

/**
 * A date as ISO or Danish, with *months* the twelve Danish month names: {kind: "ok", value}
 * with value {iso, shown}, {kind: "not_date"}, or {kind: "bad_date", reason, values} when the
 * date does not exist (reason "no_such_month" or "no_such_day", as reading.read_date).
 */
export function parseDate(raw, months) {
  const value = strip(asciiDigits(raw)).toLowerCase();
  let year, month, day, match;
  if ((match = ISO_DATE.exec(value))) [year, month, day] = match.slice(1).map(Number);
  else if ((match = DANISH_DATE.exec(value))) [day, month, year] = match.slice(1).map(Number);
  else if ((match = WORD_DATE.exec(value)) && monthNumber(match[2], months)) {
    [day, month, year] = [Number(match[1]), monthNumber(match[2], months), Number(match[3])];
  } else return { kind: "not_date" };
  if (month < 1 || month > 12) return { kind: "bad_date", reason: "no_such_month", values: { month } };
  const days = month === 2 && leap(year) ? 29 : DAYS[month - 1];
  if (day < 1 || day > days) {
    return { kind: "bad_date", reason: "no_such_day", values: { month: months[month - 1], year, days } };
  }
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { kind: "ok", value: { iso, shown: `${day}. ${months[month - 1]} ${year}` } };
}

function leap(year) {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function group(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, format.thousands);
}

/** *value* with the language's separators and *decimals* decimals, like formatting.number. */
export function formatNumber(value, decimals = 0) {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split(".");
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return sign + group(whole) + (fraction ? format.decimal + fraction : "");
}

/** A number as a reader sees it in a filled template (markdown_html.format_value). */
export function showNumber(number) {
  if (number.integer) return formatNumber(number.value);
  return formatNumber(number.value, 2).replace(/0+$/, "").replace(new RegExp(`${escape(format.decimal)}$`), "");
}

/** A number as reading.write_number writes it: "2.500", "12,5", every decimal kept. */
export function writeNumber(value) {
  const digits = Math.abs(value).toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
  const [whole, decimals = ""] = digits.split(".");
  const kept = decimals.replace(/0+$/, "");
  return (value < 0 && Number(digits) !== 0 ? "-" : "") + group(whole) + (kept ? format.decimal + kept : "");
}

/** A number as fill.to_yaml writes it: whole numbers as digits ("2500"), others Danish ("2.500,5"). */
export function yamlNumber(number) {
  if (number.integer) return String(number.value);
  return writeNumber(number.value);
}
