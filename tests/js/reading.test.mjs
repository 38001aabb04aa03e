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
