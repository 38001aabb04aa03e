// The shared reading table (tests/fixtures/reading.json) against the browser forms' reading;
// tests/test_reading_table.py runs the same rows against samskab_lib.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { read } from "./reading.mjs";

const table = JSON.parse(readFileSync(new URL("../fixtures/reading.json", import.meta.url), "utf8"));

test("the table is Danish, the forms' language", () => assert.equal(table.language, "da"));

for (const { kind, input, ...expected } of table.rows) {
  test(`${kind} ${JSON.stringify(input)} is read as ${JSON.stringify(expected)}`, () => {
    assert.deepEqual(read(kind, input), expected);
  });
}

for (const { kind, input, ...expected } of table.nb_rows) {
  test(`nb: ${kind} ${JSON.stringify(input)} is read as ${JSON.stringify(expected)}`, () => {
    assert.deepEqual(read(kind, input, "nb"), expected);
  });
}

test("nb: numbers are written with a no-break space, and the page's locale is nb-NO", async () => {
  const { formatNumber, pageLocale, useFormat, writeNumber } = await import("../../book/_static/forms/danish.js");
  useFormat({ thousands: "\u00a0", decimal: ",", word_language: "nb-NO" });
  try {
    assert.deepEqual([formatNumber(2500), formatNumber(12.5, 1), writeNumber(1234567.5), pageLocale()],
      ["2\u00a0500", "12,5", "1\u00a0234\u00a0567,5", "nb-NO"]);
  } finally {
    useFormat({ thousands: ".", decimal: ",", word_language: "da-DK" });
  }
  assert.deepEqual([formatNumber(2500), pageLocale()], ["2.500", "da-DK"]);
});
