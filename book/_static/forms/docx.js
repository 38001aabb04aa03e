// A Word file from the library's own blank Word file for the template (the "skeleton", written
// at build time by samskab_book.forms): every part is kept as it is (styles, page size,
// language), and only word/document.xml gets a new body, built from the same blocks and in the
// same way as samskab_lib.word.writer (charts go to word/media with their relationships). The
// body names the styles of the library's reference.docx by id (writer.STYLE_IDS); how they
// look is in the skeleton's styles. The zip is read and written here (no library needed):
// entries are copied still compressed; the parts written anew are stored uncompressed.

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

const XML_UNSAFE = /[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]/gu; // u: only lone halves, emoji stay
const EMU_PER_TWIP = 635;
const COLUMN_GAP = 360000; // 1 cm in EMU, between a poster's columns (writer.COLUMN_GAP)
const LINE = 270000; // 0.75 cm in EMU: one handwritten line in a blank sheet (writer.LINE)
// A table of contents: a Word TOC field over the level-1 headings, its entries written in (writer._contents)
const TOC_START = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z </w:instrText></w:r>'
  + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>';
const FIELD_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
const MAX_IMAGE_HEIGHT = 4680000; // 13 cm in EMU: a tall chart leaves room for its table (writer.MAX_IMAGE_HEIGHT)
const IMAGE_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
const SPACER = '<w:p><w:pPr><w:pStyle w:val="TableSpacer"/></w:pPr></w:p>';

function escape(text) {
  return text.replace(XML_UNSAFE, "").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** A run of *text* (tabs and line breaks as Word's own elements); "" for no text unless *always*. */
function run(text, properties = "", always = false) {
  if (!text && !always) return "";
  const pieces = (text || "").split(/(\t|\n)/).filter((piece) => piece !== "").map((piece) => {
    if (piece === "\t") return "<w:tab/>";
    if (piece === "\n") return "<w:br/>";
    const space = piece !== piece.trim() ? ' xml:space="preserve"' : "";
    return `<w:t${space}>${escape(piece)}</w:t>`;
  });
  const inner = (properties ? `<w:rPr>${properties}</w:rPr>` : "") + pieces.join("");
  return inner ? `<w:r>${inner}</w:r>` : "<w:r/>";
}

/** A paragraph: *pPr* the inside of its properties, *runs* its runs' XML. */
function paragraph(pPr, runs = "") {
  const properties = pPr ? `<w:pPr>${pPr}</w:pPr>` : "";
  return properties || runs ? `<w:p>${properties}${runs}</w:p>` : "<w:p/>";
}

const style = (id) => `<w:pStyle w:val="${id}"/>`;

/** Widths in twips in proportion to *relative*, filling *available* EMU (ooxml.set_widths). */
function widths(relative, available) {
  const total = relative.reduce((sum, share) => sum + share, 0);
  return relative.map((share) => Math.round(Math.trunc((available * share) / total) / EMU_PER_TWIP));
}

function table(block, available) {
  const empty = block.headers.map(() => "");
  const rows = [...block.rows, ...Array(block.room || 0).fill(empty), ...(block.footer.length ? [block.footer] : [])];
  const twips = widths(block.widths, available);
  const cellStyle = (column) => style("TableText") + (block.numeric[column] ? '<w:jc w:val="right"/>' : "");
  const cell = (column, content) => `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${twips[column]}"/></w:tcPr>${content}</w:tc>`;
  const grid = twips.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  const head = '<w:tr><w:trPr><w:tblHeader w:val="true"/></w:trPr>'
    + block.headers.map((h, c) => cell(c, paragraph(cellStyle(c), run(h, "<w:b/>", true)))).join("") + "</w:tr>";
  // Each row kept on one page (ooxml.keep_whole), with room to write in a blank sheet.
  const height = "<w:trPr>" + (block.writing
    ? `<w:trHeight w:hRule="atLeast" w:val="${Math.round((LINE * block.writing) / EMU_PER_TWIP)}"/>` : "")
    + "<w:cantSplit/></w:trPr>";
  const body = rows.map((values, index) => {
    const footer = block.footer.length > 0 && index === rows.length - 1;
    return `<w:tr>${height}` + values.map((value, c) => cell(c, value.split("\n")
      .map((line) => paragraph(cellStyle(c), run(line, footer ? "<w:b/>" : "", true))).join(""))).join("") + "</w:tr>";
  }).join("");
  const width = twips.reduce((sum, w) => sum + w, 0);
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:type="dxa" w:w="${width}"/>`
    + '<w:tblLayout w:type="fixed"/>'
    + '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/>'
    + `</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${head}${body}</w:tbl>${SPACER}`;
}

/**
 * A chart as an inline picture the width of the text (no taller than 13 cm), its alt text as
 * the picture's description and its file name as the title, kept with its table (writer._image).
 */
function picture(block, number, available) {
  const [pixelsWide, pixelsHigh] = block.pixels;
  let [cx, cy] = [available, Math.round((available * pixelsHigh) / pixelsWide)];
  if (cy > MAX_IMAGE_HEIGHT) [cx, cy] = [Math.round((MAX_IMAGE_HEIGHT * pixelsWide) / pixelsHigh), MAX_IMAGE_HEIGHT];
  const a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
  const pic = 'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';
  const attribute = (text) => escape(text).replaceAll('"', "&quot;");
  return paragraph("<w:keepNext/>", `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">`
    + `<wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${number}" name="Picture ${number}" descr="${attribute(block.text)}" title="${attribute(block.source)}"/>`
    + `<wp:cNvGraphicFramePr><a:graphicFrameLocks ${a} noChangeAspect="1"/></wp:cNvGraphicFramePr>`
    + `<a:graphic ${a}><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic ${pic}>`
    + `<pic:nvPicPr><pic:cNvPr id="${number}" name="${attribute(block.source)}"/><pic:cNvPicPr/></pic:nvPicPr>`
    + `<pic:blipFill><a:blip r:embed="${imageRelation(number)}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`
    + `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>`
    + "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>");
}

const imageRelation = (number) => `rIdFigur${number}`;

/** Ruled lines to write on by hand, kept together (writer._writing_lines). */
function writingLines(count) {
  return Array.from({ length: count }, (_, n) => paragraph(
    style("WritingLine") + (n < count - 1 ? "<w:keepNext/>" : ""))).join("");
}

/** The usable width of a section's page in EMU, read from its section properties. */
function pageWidth(sectPr) {
  const attribute = (element, name) => Number((new RegExp(`<w:${element}\\b[^>]*\\bw:${name}="(\\d+)"`).exec(sectPr) || [])[1] || 0);
  return (attribute("pgSz", "w") - attribute("pgMar", "left") - attribute("pgMar", "right")) * EMU_PER_TWIP;
}

/**
 * The section properties of the skeleton (the library's blank file, built with every field):
 * the first section's (with the footer), and those of a landscape part, a portrait part after
 * it and a poster's columns, as the writer sets them. Missing kinds fall back to the first page's.
 */
export function sectionKinds(xml) {
  const all = [...xml.matchAll(/<w:sectPr\b([^>]*)>([\s\S]*?)<\/w:sectPr>/g)];
  const first = all[0][2];
  const plain = first.replace(/<w:(footer|header)Reference\b[^>]*\/>/g, "");
  const later = all.slice(1).map((m) => m[2]);
  const find = (test) => later.find(test) ?? plain;
  return {
    first, body: all[all.length - 1][1],
    landscape: find((inner) => inner.includes('w:orient="landscape"') && !inner.includes("continuous")),
    portrait: find((inner) => !inner.includes('w:orient="landscape"') && !inner.includes("continuous")),
    columns: find((inner) => inner.includes("w:num=")),
  };
}

/** For each table that needs a landscape page: index of its field heading -> its own index. */
function landscapeSpans(blocks) {
  const spans = new Map();
  blocks.forEach((block, index) => {
    if (block.kind === "table" && block.landscape) {
      let start = index - 1;
      while (blocks[start].kind !== "heading") start--;
      spans.set(start, index);
    }
  });
  return spans;
}

/**
 * The body XML of *blocks* (sections included), paragraph for paragraph as
 * samskab_lib.word.writer writes it; *kinds* are the skeleton's section properties.
 */
export function bodyXml(blocks, template, kinds) {
  const out = [];
  const poster = template.columns > 1;
  let section = kinds.first;
  let columns = 1;
  let pendingBreak = false;
  let pictures = 0;
  const breakTo = (next) => {
    out.push(paragraph(`<w:sectPr>${section}</w:sectPr>`));
    section = next;
  };
  const turned = template.orientation === "liggende" ? new Map() : landscapeSpans(blocks);
  const backAt = new Set(turned.values());
  blocks.forEach((block, index) => {
    if (turned.has(index)) breakTo(kinds.landscape);
    if (block.column_break && poster) {
      if (columns === 1) { breakTo(kinds.columns); columns = template.columns; } else pendingBreak = true;
    }
    if (block.kind === "heading") {
      const breakRun = pendingBreak ? '<w:r><w:br w:type="column"/></w:r>' : "";
      pendingBreak = false;
      out.push(paragraph(style(`Heading${Math.min(block.level, 9)}`) + (block.page_break ? "<w:pageBreakBefore/>" : ""),
        breakRun + run(block.text, "", true)));
    } else if (block.kind === "title") {
      out.push(paragraph(style("Title"), run(block.text, "", true)));
    } else if (block.kind === "toc") {
      out.push(paragraph(style("TOCHeading") + "<w:pageBreakBefore/>", run(block.text, "", true)));
      block.items.forEach((item, n) => out.push(paragraph("", (n === 0 ? TOC_START : "") + run(item, "", true)
        + (n === block.items.length - 1 ? FIELD_END : ""))));
    } else if (block.kind === "help") {
      out.push(paragraph(style("HelpText"), run(block.text, "", true)));
    } else if (block.kind === "paragraph") {
      if (block.writing) out.push(writingLines(block.writing));
      for (const line of block.text ? block.text.split("\n") : []) out.push(paragraph("", run(line)));
      if (block.room) out.push(writingLines(block.room));
    } else if (block.kind === "bullets") {
      for (const item of block.items) out.push(paragraph(style(block.writing ? "WritingBullet" : "ListBullet"), run(item)));
    } else if (block.kind === "image") {
      if (block.image) out.push(picture(block, ++pictures, pageWidth(section)));
    } else if (block.kind === "numbered") {
      // The number written, hanging left of the text (writer._numbered).
      block.items.forEach((item, n) => out.push(paragraph(style("NumberedItem"), run(`${n + 1}. ${item}`))));
    } else {
      const available = Math.trunc((pageWidth(section) - COLUMN_GAP * (columns - 1)) / columns);
      out.push(table(block, available));
    }
    if (backAt.has(index) && index < blocks.length - 1) breakTo(kinds.portrait);
  });
  return out.join("") + `<w:sectPr${kinds.body}>${section}</w:sectPr>`;
}

/** The text of the stored (uncompressed) entry *name*; the skeleton stores the parts changed here. */
function storedText(entries, name) {
  const entry = entries.find((e) => e.name === name);
  if (!entry || entry.method !== 0) throw new Error(`Skeleton has no stored ${name}`);
  return new TextDecoder().decode(entry.data);
}

/**
 * The charts' parts: each PNG in word/media, its relationship from the document, and PNG among
 * the content types; returns the changed and added entries by name.
 */
function pictureParts(entries, images) {
  if (!images.length) return new Map();
  const encode = (text) => new TextEncoder().encode(text);
  const relationsName = "word/_rels/document.xml.rels";
  const relations = images.map((b, i) => `<Relationship Id="${imageRelation(i + 1)}" Type="${IMAGE_TYPE}" Target="media/figur-${i + 1}.png"/>`);
  const rels = storedText(entries, relationsName).replace("</Relationships>", `${relations.join("")}</Relationships>`);
  let types = storedText(entries, "[Content_Types].xml");
  if (!/Extension="png"/i.test(types)) types = types.replace("<Override", '<Default Extension="png" ContentType="image/png"/><Override');
  return new Map([[relationsName, encode(rels)], ["[Content_Types].xml", encode(types)],
    ...images.map((b, i) => [`word/media/figur-${i + 1}.png`, b.image])]);
}

/** The Word file for *blocks*: the skeleton's parts with a new body in word/document.xml (and
 * the charts' pictures, when blocks of kind "image" carry their PNG). */
export function buildDocx(skeleton, blocks, template) {
  const entries = readZip(skeleton);
  const xml = storedText(entries, "word/document.xml");
  const head = xml.slice(0, xml.indexOf("<w:body>") + "<w:body>".length);
  const body = bodyXml(blocks, template, sectionKinds(xml));
  const changed = pictureParts(entries, blocks.filter((b) => b.kind === "image" && b.image));
  changed.set("word/document.xml", new TextEncoder().encode(`${head}${body}</w:body></w:document>`));
  const kept = entries.map((e) => (changed.has(e.name) ? storedEntry(e.name, changed.get(e.name)) : e));
  const added = [...changed].filter(([name]) => !entries.some((e) => e.name === name));
  return writeZip([...kept, ...added.map(([name, bytes]) => storedEntry(name, bytes))]);
}
