// Danish numbers and ISO dates, read and shown the way samskab_lib reads and shows them.
//
// Reading: every value arrives as text and the field's type decides. A number uses "." between
// thousands and "," before decimals: "2500", "2.500", "2.500,50", "12,5", "-3". A date is
// ISO (2026-03-02) and must exist. Showing: numbers as samskab_lib.formatting.number does.

const NUMBER = /^-?(\d+|\d{1,3}(\.\d{3})+)(,\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A number typed the Danish way: {value, integer} or null when the text is no number. */
export function parseNumber(raw) {
  const compact = String(raw).trim().replace(/[\s\u00a0\u202f]/g, "");
  if (!NUMBER.test(compact)) return null;
  const [whole, decimals] = compact.split(",");
  const value = Number(whole.replaceAll(".", "") + (decimals ? "." + decimals : ""));
  if (!Number.isFinite(value)) return null;
  return { value, integer: decimals === undefined };
}

/** An ISO date "ÅÅÅÅ-MM-DD": "ok" with the text, or the reason it is no date. */
export function parseDate(raw) {
  const compact = String(raw).trim();
  const match = DATE.exec(compact);
  if (!match) return { kind: "not_date" };
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1
      || date.getUTCDate() !== day) {
    return { kind: "impossible_date" };
  }
  return { kind: "ok", value: compact };
}

function group(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** *value* with Danish separators and *decimals* decimals, like formatting.number. */
export function formatNumber(value, decimals = 0) {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split(".");
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return sign + group(whole) + (fraction ? "," + fraction : "");
}

/** A number as a reader sees it in a filled template (markdown_html.format_value). */
export function showNumber(number) {
  if (number.integer) return formatNumber(number.value);
  return formatNumber(number.value, 2).replace(/0+$/, "").replace(/,$/, "");
}

/** A number as written in a YAML file: digits, and "," before decimals ("2500", "12,5"). */
export function yamlNumber(number) {
  if (number.integer) return String(number.value);
  return String(number.value).replace(".", ",");
}
