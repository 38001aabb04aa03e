// Small helpers the three browser blocks share: data files, elements, live messages, downloads.
import { blocks, markdown, toYaml } from "./model.js";
import { buildDocx } from "./docx.js";
import { useFormat } from "./danish.js";

/** The browser's localStorage, or null where it is refused (private modes, settings). */
export function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The JSON file *name* the build wrote to _static/forms/data/; its number format (the
 * edition's separators) becomes the forms' own. */
export async function loadData(name) {
  const response = await fetch(new URL(`./data/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`${name}: ${response.status}`);
  const data = await response.json();
  if (data.texts?.format) useFormat(data.texts.format);
  return data;
}

/** An element with attributes (on* become listeners) and children (text or elements). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else if (name === "text") node.textContent = value;
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
  return node;
}

let counter = 0;
/** An id unique on the page, starting with *prefix*. */
export function uid(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A polite live region; say() puts a message in it for screen readers and sighted readers. */
export function liveRegion(className = "samskab-status") {
  const region = el("p", { class: className, role: "status", "aria-live": "polite" });
  region.announce = (message) => {
    region.textContent = "";
    window.setTimeout(() => { region.textContent = message; }, 50);
  };
  return region;
}

/** Offer *content* (text or bytes) as a file the browser downloads. */
export function download(filename, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = el("a", { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const skeletons = new Map();
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Download *values* (clean) of *template* as Word, Markdown or YAML. */
export async function downloadFilled(kind, template, values, data) {
  const laidOut = blocks(template, values, data);
  const name = `${template.id}.${kind}`;
  if (kind === "yml") download(name, toYaml(template, values), "application/yaml");
  else if (kind === "md") download(name, markdown(laidOut), "text/markdown");
  else {
    const word = data.word[template.id];
    if (!skeletons.has(template.id)) {
      const response = await fetch(new URL(`./data/${word.skeleton}`, import.meta.url));
      if (!response.ok) throw new Error(`${word.skeleton}: ${response.status}`);
      skeletons.set(template.id, await response.arrayBuffer());
    }
    download(name, buildDocx(skeletons.get(template.id), laidOut, template), DOCX);
  }
  return name;
}

/** The preview of *blocks* as HTML elements, headings moved down by *offset* levels. */
export function preview(laidOut, offset) {
  const parts = [];
  for (const block of laidOut) {
    if (block.kind === "heading") parts.push(el(`h${Math.min(block.level + offset, 6)}`, { text: block.text }));
    else if (block.kind === "help") parts.push(el("p", { class: "hjaelp", text: block.text }));
    else if (block.kind === "paragraph") {
      if (block.text) parts.push(el("p", {}, ...block.text.split("\n").flatMap((line, i) => (i ? [el("br"), line] : [line]))));
    } else if (block.kind === "bullets" || block.kind === "numbered") {
      const tag = block.kind === "numbered" ? "ol" : "ul";
      if (block.items.length) parts.push(el(tag, {}, block.items.map((item) => el("li", { text: item }))));
    } else if (block.kind === "image") {
      if (block.url) parts.push(el("img", { src: block.url, alt: block.text, class: "samskab-figur" }));
    } else {
      const cells = (row, tag) => el("tr", {}, row.map((c) => el(tag, tag === "th" ? { scope: "col", text: c } : { text: c })));
      const table = el("table", {}, el("thead", {}, cells(block.headers, "th")), el("tbody", {}, block.rows.map((r) => cells(r, "td"))));
      if (block.footer.length) table.append(el("tfoot", {}, cells(block.footer, "td")));
      parts.push(el("div", { class: "samskab-tabel-rul", tabindex: "0", role: "region", "aria-label": block.headers.join(", ") }, table));
    }
  }
  return parts;
}
