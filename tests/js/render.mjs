// Fill templates the way the browser form does, for tests/test_forms_js.py: reads
// {data: <folder of the exported JSON>, inputs: [{template, form}]} as JSON on stdin and writes
// [{problems, markdown, yaml}] as JSON on stdout.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { blocks, markdown, toYaml, validate } from "../../book/_static/forms/model.js";

const request = JSON.parse(readFileSync(0, "utf-8"));
const data = JSON.parse(readFileSync(join(request.data, "skabeloner.json"), "utf-8"));
const out = request.inputs.map(({ template: id, form }) => {
  const template = data.templates.find((t) => t.id === id);
  const { values, problems } = validate(template, form, data.texts);
  return { problems: problems.map((p) => p.message), markdown: markdown(blocks(template, values, data)),
    yaml: toYaml(template, values) };
});
process.stdout.write(JSON.stringify(out));
