// Table-driven tests of how the browser shows and writes Danish numbers (book/_static/forms/danish.js);
// reading numbers, dates and text is in the shared table tests/fixtures/reading.json (reading.test.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { formatNumber, showNumber, writeNumber, yamlNumber } from "../../book/_static/forms/danish.js";

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
