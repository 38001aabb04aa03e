// Table-driven tests of the browser's Danish reading of numbers and dates (book/_static/forms/danish.js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { formatNumber, numberProblem, parseDate, parseNumber, showNumber, writeNumber, yamlNumber } from "../../book/_static/forms/danish.js";

const MONTHS = "januar februar marts april maj juni juli august september oktober november december".split(" ");

const numbers = [
  ["2500", 2500, true],
  ["2.500", 2500, true],
  ["2.500,50", 2500.5, false],
  ["12,5", 12.5, false],
  [" 1.234.567 ", 1234567, true],
  ["-3", -3, true],
  ["0,25", 0.25, false],
  ["2 500", 2500, true],
  ["+5", 5, true],
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

const problems = [["12.5", "number_point"], ["1:30", "number_clock"], ["abc", "not_number"], ["12,", "not_number"]];
for (const [typed, key] of problems) {
  test(`"${typed}" is refused with the message ${key}`, () => {
    assert.equal(numberProblem(typed), key);
  });
}

const dates = [
  ["2026-03-02", "2026-03-02", "2. marts 2026"],
  [" 2024-02-29 ", "2024-02-29", "29. februar 2024"],
  ["2026-3-2", "2026-03-02", "2. marts 2026"],
  ["2.3.2026", "2026-03-02", "2. marts 2026"],
  ["02-03-2026", "2026-03-02", "2. marts 2026"],
  ["2. marts 2026", "2026-03-02", "2. marts 2026"],
  ["2 Mar. 2026", "2026-03-02", "2. marts 2026"],
  ["31. december 1999", "1999-12-31", "31. december 1999"],
];
for (const [typed, iso, shown] of dates) {
  test(`"${typed}" is the date ${iso}, shown as ${shown}`, () => {
    assert.deepEqual(parseDate(typed, MONTHS), { kind: "ok", value: { iso, shown } });
  });
}

const badDates = [
  ["2026-02-30", { kind: "bad_date", reason: "no_such_day", values: { month: "februar", year: 2026, days: 28 } }],
  ["29.2.2025", { kind: "bad_date", reason: "no_such_day", values: { month: "februar", year: 2025, days: 28 } }],
  ["2026-13-01", { kind: "bad_date", reason: "no_such_month", values: { month: 13 } }],
  ["2026-00-10", { kind: "bad_date", reason: "no_such_month", values: { month: 0 } }],
  ["12:30", { kind: "not_date" }],
  ["i morgen", { kind: "not_date" }],
  ["2. mu 2026", { kind: "not_date" }],
];
for (const [typed, result] of badDates) {
  test(`"${typed}" as a date is ${result.kind}`, () => {
    assert.deepEqual(parseDate(typed, MONTHS), result);
  });
}

const shown = [
  [{ value: 2500, integer: true }, "2.500", "2500"],
  [{ value: 2500.5, integer: false }, "2.500,5", "2.500,5"],
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

test("writeNumber writes what reading.write_number writes", () => {
  assert.equal(writeNumber(2500), "2.500");
  assert.equal(writeNumber(12.5), "12,5");
  assert.equal(writeNumber(-0.125), "-0,125");
});

test("formatNumber groups thousands with dots and uses a decimal comma", () => {
  assert.equal(formatNumber(4500), "4.500");
  assert.equal(formatNumber(2.5, 2), "2,50");
});
