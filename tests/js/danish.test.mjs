// Table-driven tests of the browser's Danish reading of numbers and dates (book/_static/forms/danish.js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { formatNumber, parseDate, parseNumber, showNumber, yamlNumber } from "../../book/_static/forms/danish.js";

const numbers = [
  ["2500", 2500, true],
  ["2.500", 2500, true],
  ["2.500,50", 2500.5, false],
  ["12,5", 12.5, false],
  [" 1.234.567 ", 1234567, true],
  ["-3", -3, true],
  ["0,25", 0.25, false],
  ["2 500", 2500, true],
];
for (const [typed, value, integer] of numbers) {
  test(`"${typed}" is the number ${value}`, () => {
    assert.deepEqual(parseNumber(typed), { value, integer });
  });
}

const notNumbers = ["12.5", "2.50", "1.2345", "abc", "", "12,", ",5", "1,2,3", "2.500.5", "12e3", "Infinity", "ja"];
for (const typed of notNumbers) {
  test(`"${typed}" is no Danish number`, () => {
    assert.equal(parseNumber(typed), null);
  });
}

const dates = [
  ["2026-03-02", "ok"],
  [" 2024-02-29 ", "ok"],
  ["2026-02-30", "impossible_date"],
  ["2025-02-29", "impossible_date"],
  ["2026-13-01", "impossible_date"],
  ["2026-00-10", "impossible_date"],
  ["02-03-2026", "not_date"],
  ["2026-3-2", "not_date"],
  ["12:30", "not_date"],
  ["i morgen", "not_date"],
];
for (const [typed, kind] of dates) {
  test(`"${typed}" as a date is ${kind}`, () => {
    assert.equal(parseDate(typed).kind, kind);
  });
}

const shown = [
  [{ value: 2500, integer: true }, "2.500", "2500"],
  [{ value: 2500.5, integer: false }, "2.500,5", "2500,5"],
  [{ value: 12, integer: false }, "12", "12"],
  [{ value: 0.25, integer: false }, "0,25", "0,25"],
  [{ value: -1234567, integer: true }, "-1.234.567", "-1234567"],
];
for (const [number, reader, yaml] of shown) {
  test(`${number.value} is shown as ${reader} and written as ${yaml}`, () => {
    assert.equal(showNumber(number), reader);
    assert.equal(yamlNumber(number), yaml);
  });
}

test("formatNumber groups thousands with dots and uses a decimal comma", () => {
  assert.equal(formatNumber(4500), "4.500");
  assert.equal(formatNumber(2.5, 2), "2,50");
});
