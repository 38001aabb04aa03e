// The browser forms' reading of one typed value, in the shape tests/fixtures/reading.json uses:
// a number {value, integer} or {problem}, a date {value, shown} or {problem[, values]}, a text
// {value}. Imported by reading.test.mjs; run as a program it reads one JSON request per line
// ({kind, inputs: [...]}) and answers each with one line of results, for the differential test
// in tests/test_reading_table.py.
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { numberProblem, parseDate, parseNumber, useFormat } from "../../book/_static/forms/danish.js";
import { clean } from "../../book/_static/forms/model.js";

export const MONTHS = "januar februar marts april maj juni juli august september oktober november december".split(" ");
// Each language's number format and month names, as the build exports them (locale/<language>).
const LANGUAGES = {
  da: { format: { thousands: ".", decimal: "," }, months: MONTHS },
  nb: { format: { thousands: "\u00a0", decimal: "," },
        months: "januar februar mars april mai juni juli august september oktober november desember".split(" ") },
};

/** What the forms make of *input* typed into a field of *kind* (number, date or text) on a
 * page in *language*. */
export function read(kind, input, language = "da") {
  const { format, months } = LANGUAGES[language];
  useFormat(format);
  if (kind === "text") return { value: clean(input) };
  if (kind === "number") {
    const number = parseNumber(input);
    return number ? { value: number.value, integer: number.integer } : { problem: numberProblem(input) };
  }
  const date = parseDate(input, months);
  if (date.kind === "ok") return { value: date.value.iso, shown: date.value.shown };
  if (date.kind === "not_date") return { problem: "not_date" };
  return { problem: date.reason, values: date.values };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for await (const line of createInterface({ input: process.stdin })) {
    const { kind, inputs } = JSON.parse(line);
    process.stdout.write(JSON.stringify(inputs.map((input) => read(kind, input))) + "\n");
  }
}
