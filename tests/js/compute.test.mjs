// The typology and ranking computed in the browser, on the fixtures the Python tests also use,
// and the zip code the Word download relies on. Data: the folder in SAMSKAB_FORMS_DATA (set by
// tests/test_forms_js.py) or else the built site's _static/forms/data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { classify } from "../../book/_static/forms/typology.js";
import { aggregateRankings, parseGroup, rankingProblems } from "../../book/_static/forms/ranking.js";
import { crc32, readZip, storedEntry, writeZip } from "../../book/_static/forms/docx.js";
import { formatNumber } from "../../book/_static/forms/danish.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const folder = process.env.SAMSKAB_FORMS_DATA || join(root, "_build/html/_static/forms/data");
if (!existsSync(join(folder, "typologi.json"))) {
  throw new Error(`No forms data in ${folder}: run 'make book' or set SAMSKAB_FORMS_DATA`);
}
const read = (path) => JSON.parse(readFileSync(path, "utf-8"));
const fixtures = read(join(root, "tests/fixtures/typology_ranking.json"));
const typology = read(join(folder, "typologi.json"));
const keys = read(join(folder, "noegler.json"));

for (const fixture of fixtures.typology) {
  test(`typology: ${fixture.name}`, () => {
    const result = classify(typology, fixture.answers);
    assert.equal(result.type.id, fixture.type);
    assert.equal(formatNumber(result.score, 2), fixture.score);
  });
}

test("typology gives no result while a question is unanswered", () => {
  assert.equal(classify(typology, { initiativ: "kommunen" }), null);
});

for (const fixture of fixtures.ranking) {
  test(`ranking: ${fixture.name}`, () => {
    const result = aggregateRankings(keys, fixture.groups).filter((r) => r.points > 0);
    assert.deepEqual(result.map((r) => [r.rank, r.key, r.points]), fixture.combined);
  });
}

test("ranking problems name the group and the key, in the library's words", () => {
  assert.deepEqual(rankingProblems(keys, parseGroup("9, 9, 19, x"), 2), [
    "Gruppe 2: nøgle 9 står mere end én gang. Hver nøgle må kun stå én gang.",
    "Gruppe 2, plads 3: »19« er ikke en nøgle. Brug et helt tal fra 1 til 18.",
    "Gruppe 2, plads 4: »x« er ikke en nøgle. Brug et helt tal fra 1 til 18.",
  ]);
});

test("crc32 of the standard check string", () => {
  assert.equal(crc32(new TextEncoder().encode("123456789")), 0xcbf43926);
});

test("a written zip reads back with the same entries", () => {
  const entries = [storedEntry("a.txt", new TextEncoder().encode("æble")), storedEntry("b/c.xml", new Uint8Array([60, 47, 62]))];
  const again = readZip(writeZip(entries));
  assert.deepEqual(again.map((e) => [e.name, e.crc, [...e.data]]), entries.map((e) => [e.name, e.crc, [...e.data]]));
});
