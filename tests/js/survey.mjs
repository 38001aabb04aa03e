// Read survey exports the way the step 5 page does, for tests/test_survey_js.py: reads
// {data: <folder of the exported JSON>, files: [{path, invited, population}]} as JSON on stdin
// and writes [{markdown, word_body, charts} | {error}] as JSON on stdout (charts: each chart's
// alt text and what it draws; Node has no canvas, so the Word body has no pictures).
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { buildDocx, readZip } from "../../book/_static/forms/docx.js";
import { markdown } from "../../book/_static/forms/model.js";
import { answersFromTable, ExportError, readTable, reportBlocks, surveyResults } from "../../book/_static/forms/survey.js";

const request = JSON.parse(readFileSync(0, "utf-8"));
const data = JSON.parse(readFileSync(join(request.data, "spoergeskema.json"), "utf-8"));
const skeleton = readFileSync(join(request.data, data.word.skeleton));
const out = [];
for (const { path, invited, population } of request.files) {
  const name = basename(path);
  try {
    const table = await readTable(new Uint8Array(readFileSync(path)), name, data.texts);
    const results = surveyResults(answersFromTable(table, name, data), data, invited ?? null, population ?? null);
    const laidOut = reportBlocks(results, data);
    const word = readZip(buildDocx(skeleton, laidOut, { columns: 1, orientation: "stående" }));
    const xml = new TextDecoder().decode(word.find((e) => e.name === "word/document.xml").data);
    const charts = laidOut.filter((b) => b.kind === "image").map((b) => ({ alt: b.text, source: b.source, chart: b.chart }));
    out.push({ markdown: markdown(laidOut), word_body: xml.slice(xml.indexOf("<w:body>")), charts });
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    out.push({ error: error.message });
  }
}
process.stdout.write(JSON.stringify(out));
