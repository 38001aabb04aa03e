// A Word file from the library's own blank Word file for the template (the "skeleton", written
// at build time by samskab_book.forms): every part is kept as it is (styles, page size,
// language), and only word/document.xml gets a new body, built from the same blocks and in the
// same way as samskab_lib.templates.word. The zip is read and written here (no library needed):
// entries are copied still compressed; the new document.xml is stored uncompressed.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 of *bytes*, as zip files need it. */
export function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The entries of a zip file: name, method, crc, sizes and the data exactly as stored. */
export function readZip(buffer) {
  const bytes = new Uint8Array(buffer);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error("Not a zip file");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries = [];
  for (let i = 0; i < count; i++) {
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const plainSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({ name, method, crc, size, plainSize, data: bytes.subarray(start, start + size) });
    at += 46 + nameLength + extra;
  }
  return entries;
}

/** A stored (uncompressed) zip entry holding *bytes*. */
export function storedEntry(name, bytes) {
  return { name, method: 0, crc: crc32(bytes), size: bytes.length, plainSize: bytes.length, data: bytes };
}

/** The zip file holding *entries* (as readZip returns them), with the time fixed to 1980-01-01. */
export function writeZip(entries) {
  const encoder = new TextEncoder();
  const parts = [];
  const central = [];
  let offset = 0;
  const header = (size) => { const b = new Uint8Array(size); return [b, new DataView(b.buffer)]; };
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const [local, lv] = header(30);
    lv.setUint32(0, 0x04034b50, true); lv.setUint16(4, 20, true); lv.setUint16(6, 0x0800, true);
    lv.setUint16(8, entry.method, true); lv.setUint16(10, 0, true); lv.setUint16(12, 0x21, true);
    lv.setUint32(14, entry.crc, true); lv.setUint32(18, entry.size, true);
    lv.setUint32(22, entry.plainSize, true); lv.setUint16(26, name.length, true);
    const [dir, dv] = header(46);
    dv.setUint32(0, 0x02014b50, true); dv.setUint16(4, 20, true); dv.setUint16(6, 20, true);
    dv.setUint16(8, 0x0800, true); dv.setUint16(10, entry.method, true); dv.setUint16(14, 0x21, true);
    dv.setUint32(16, entry.crc, true); dv.setUint32(20, entry.size, true);
    dv.setUint32(24, entry.plainSize, true); dv.setUint16(28, name.length, true);
    dv.setUint32(42, offset, true);
    parts.push(local, name, entry.data);
    central.push(dir, name);
    offset += 30 + name.length + entry.data.length;
  }
  const size = central.reduce((sum, part) => sum + part.length, 0);
  const [end, ev] = header(22);
  ev.setUint32(0, 0x06054b50, true); ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true); ev.setUint32(12, size, true); ev.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of all) { out.set(part, at); at += part.length; }
  return out;
}

const XML_UNSAFE = /[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]/g;

function escape(text) {
  return text.replace(XML_UNSAFE, "").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** A run of *text* (tabs and line breaks as Word's own elements), or "" for no text. */
function run(text, properties = "") {
  if (!text) return "";
  const pieces = text.split(/(\t|\n)/).filter((piece) => piece !== "").map((piece) => {
    if (piece === "\t") return "<w:tab/>";
    if (piece === "\n") return "<w:br/>";
    const space = piece !== piece.trim() ? ' xml:space="preserve"' : "";
    return `<w:t${space}>${escape(piece)}</w:t>`;
  });
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ""}${pieces.join("")}</w:r>`;
}

function paragraph(text, style = "", properties = "") {
  const pPr = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : "";
  const content = run(text, properties);
  return pPr || content ? `<w:p>${pPr}${content}</w:p>` : "<w:p/>";
}

function table(block, styles, width) {
  const rows = [...block.rows, ...(block.footer.length ? [block.footer] : [])];
  const column = Math.round(width / block.headers.length);
  const cell = (content) => `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${column}"/></w:tcPr>${content}</w:tc>`;
  const grid = block.headers.map(() => `<w:gridCol w:w="${column}"/>`).join("");
  const head = "<w:tr><w:trPr><w:tblHeader w:val=\"true\"/></w:trPr>"
    + block.headers.map((h) => cell(paragraph(h, "", "<w:b/>"))).join("") + "</w:tr>";
  const body = rows.map((values, index) => {
    const footer = block.footer.length > 0 && index === rows.length - 1;
    const properties = `<w:b${footer ? "" : ' w:val="0"'}/><w:sz w:val="20"/>`;
    return "<w:tr>" + values.map((value) => cell(value.split("\n")
      .map((line) => paragraph(line, "", properties)).join(""))).join("") + "</w:tr>";
  }).join("");
  return `<w:tbl><w:tblPr><w:tblStyle w:val="${styles["Table Grid"]}"/><w:tblW w:type="auto" w:w="0"/>`
    + '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/>'
    + `</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${head}${body}</w:tbl><w:p/>`;
}

/** The body XML of *blocks*, paragraph for paragraph as samskab_lib.templates.word writes it. */
export function bodyXml(blocks, styles, blank, width) {
  return blocks.map((block) => {
    if (block.kind === "heading") return paragraph(block.text, styles[`Heading ${Math.min(block.level, 9)}`]);
    if (block.kind === "help") return paragraph(block.text, "", "<w:i/>");
    if (block.kind === "paragraph") {
      const lines = block.text ? block.text.split("\n") : (blank ? ["", ""] : []);
      return lines.map((line) => paragraph(line)).join("");
    }
    if (block.kind === "bullets") return block.items.map((item) => paragraph(item, styles["List Bullet"])).join("");
    return table(block, styles, width);
  }).join("");
}

/** The usable width of the page in twentieths of a point, read from the section properties. */
function textWidth(sectPr) {
  const attribute = (element, name) => Number((new RegExp(`<w:${element}\\b[^>]*\\bw:${name}="(\\d+)"`).exec(sectPr) || [])[1] || 0);
  return attribute("pgSz", "w") - attribute("pgMar", "left") - attribute("pgMar", "right");
}

/** The Word file for *blocks*: the skeleton's parts with a new body in word/document.xml. */
export function buildDocx(skeleton, blocks, styles, blank) {
  const entries = readZip(skeleton);
  const documentEntry = entries.find((e) => e.name === "word/document.xml");
  if (!documentEntry || documentEntry.method !== 0) throw new Error("Skeleton has no stored document.xml");
  const xml = new TextDecoder().decode(documentEntry.data);
  const head = xml.slice(0, xml.indexOf("<w:body>") + "<w:body>".length);
  const sectStart = xml.lastIndexOf("<w:sectPr");
  const sectPr = xml.slice(sectStart, xml.indexOf("</w:body>"));
  const body = bodyXml(blocks, styles, blank, textWidth(sectPr));
  const document = new TextEncoder().encode(`${head}${body}${sectPr}</w:body></w:document>`);
  return writeZip(entries.map((e) => (e === documentEntry ? storedEntry(e.name, document) : e)));
}
