// Fill templates the way the browser form does, for tests/test_forms_js.py: reads
// {data: <folder of the exported JSON>, inputs: [{template, form}]} as JSON on stdin and writes
// [{problems, markdown, yaml, word_body}] as JSON on stdout (word_body: document.xml from <w:body>).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { useFormat } from "../../book/_static/forms/danish.js";
import { buildDocx, readZip } from "../../book/_static/forms/docx.js";
import { blocks, markdown, toYaml, validate } from "../../book/_static/forms/model.js";

const request = JSON.parse(readFileSync(0, "utf-8"));
const data = JSON.parse(readFileSync(join(request.data, "skabeloner.json"), "utf-8"));
useFormat(data.texts.format); // as ui.loadData does: the edition's separators
const out = request.inputs.map(({ template: id, form }) => {
  const template = data.templates.find((t) => t.id === id);
  const { values, problems } = validate(template, form, data.texts);
  const laidOut = blocks(template, values, data);
  const skeleton = readFileSync(join(request.data, data.word[id].skeleton));
  const word = readZip(buildDocx(skeleton, laidOut, template));
  const xml = new TextDecoder().decode(word.find((e) => e.name === "word/document.xml").data);
  return { problems: problems.map((p) => p.message), markdown: markdown(laidOut),
    yaml: toYaml(template, values), word_body: xml.slice(xml.indexOf("<w:body>")) };
});
process.stdout.write(JSON.stringify(out));
