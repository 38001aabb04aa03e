// Open project folders the way the page "Procesmappe" does, for tests/test_folder_js.py: reads
// {data: <folder of the exported JSON>, folders: [<a folder file's content as plain data>]} as
// JSON on stdin and writes [{kind, errors, warnings, markdown, yaml, word_body}] on stdout.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildDocx, readZip } from "../../book/_static/forms/docx.js";
import { markdown } from "../../book/_static/forms/model.js";
import { checkFolder, folderBlocks, folderYaml, readFolderFile } from "../../book/_static/forms/folder.js";

const request = JSON.parse(readFileSync(0, "utf-8"));
const data = JSON.parse(readFileSync(join(request.data, "skabeloner.json"), "utf-8"));
const folder = JSON.parse(readFileSync(join(request.data, "procesmappe.json"), "utf-8"));
data.texts = { ...data.texts, ...folder.texts };
const skeleton = readFileSync(join(request.data, folder.word.skeleton));
const line = (p) => ({ step: p.step, sheet: p.sheet, path: p.path, message: p.message });
const out = request.folders.map((content) => {
  const opened = readFolderFile(folder, data, content, "mappe.yml");
  if (opened.kind !== "folder") return { kind: opened.kind, opened };
  const checked = checkFolder(folder, data, opened.sheets);
  const result = { kind: "folder", errors: checked.errors.map(line), warnings: checked.warnings.map(line) };
  if (checked.errors.length) return result;
  const laidOut = folderBlocks(folder, data, opened.sheets, checked);
  const word = readZip(buildDocx(skeleton, laidOut, { orientation: "stående", columns: 1 }));
  const xml = new TextDecoder().decode(word.find((e) => e.name === "word/document.xml").data);
  return { ...result, markdown: markdown(laidOut), yaml: folderYaml(folder, data, checked),
    word_body: xml.slice(xml.indexOf("<w:body>")) };
});
process.stdout.write(JSON.stringify(out));
