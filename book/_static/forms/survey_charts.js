// The survey report's two charts drawn on a canvas as PNG, laid out as
// samskab_lib.evaluation.charts draws them with matplotlib: the same size in pixels (inches at
// 110 dpi), Danish labels, the Okabe-Ito colours with hatching (readable in greyscale) and the
// figures written on the bars. survey.js decides what a chart shows and its alt text; this
// module only draws it.
import { say } from "./model.js";
import { percent } from "./survey.js";

const DPI = 110; // AccessibleFigure.png
const PT = DPI / 72; // pixels per typographic point
const TEXT = "#1a1a1a"; // palette.TEXT_COLOUR
const [BLUE, ORANGE, , , SKY, VERMILLION, YELLOW] = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"];
// From "Helt uenig" to "Helt enig", as charts._LIKERT_STYLE.
const LIKERT_STYLE = [[VERMILLION, "xx"], [ORANGE, "//"], [YELLOW, ""], [SKY, ".."], [BLUE, ""]];
const FONT = "DejaVu Sans, Verdana, Arial, sans-serif";

function font(points, weight = "") {
  return `${weight} ${Math.round(points * PT)}px ${FONT}`.trim();
}

/** A fill of *colour* with matplotlib's *hatch* drawn over it in the text colour. */
function fill(ctx, colour, hatch) {
  if (!hatch) return colour;
  const size = 12;
  const tile = document.createElement("canvas");
  tile.width = tile.height = size;
  const t = tile.getContext("2d");
  t.fillStyle = colour;
  t.fillRect(0, 0, size, size);
  t.strokeStyle = TEXT;
  t.fillStyle = TEXT;
  t.lineWidth = 1;
  const line = (x1, y1, x2, y2) => { t.beginPath(); t.moveTo(x1, y1); t.lineTo(x2, y2); t.stroke(); };
  if (hatch.includes("/") || hatch.includes("x")) { line(0, size, size, 0); line(-1, 1, 1, -1); line(size - 1, size + 1, size + 1, size - 1); }
  if (hatch.includes("x")) { line(0, 0, size, size); line(size - 1, -1, size + 1, 1); line(-1, size - 1, 1, size + 1); }
  if (hatch.includes(".")) for (const [x, y] of [[3, 3], [9, 9]]) { t.beginPath(); t.arc(x, y, 1.4, 0, 2 * Math.PI); t.fill(); }
  return ctx.createPattern(tile, "repeat");
}

function bar(ctx, x, y, width, height, colour, hatch, edge = 1) {
  ctx.fillStyle = fill(ctx, colour, hatch);
  ctx.fillRect(x, y, width, height);
  ctx.strokeStyle = TEXT;
  ctx.lineWidth = edge;
  ctx.strokeRect(x, y, width, height);
}

/** A label on a white rounded box, centred at (x, y). */
function boxedLabel(ctx, label, x, y) {
  const width = ctx.measureText(label).width + 6;
  const height = 9 * PT + 4;
  ctx.fillStyle = "white";
  ctx.beginPath();
  if (ctx.roundRect) ctx.roundRect(x - width / 2, y - height / 2, width, height, 3);
  else ctx.rect(x - width / 2, y - height / 2, width, height);
  ctx.fill();
  ctx.fillStyle = TEXT;
  ctx.fillText(label, x, y);
}

/** *sentence* in lines of at most *width* characters, as charts.wrap_words breaks it. */
function wrapWords(sentence, width) {
  const lines = [];
  for (const word of sentence.split(/\s+/).filter(Boolean)) {
    if (lines.length && lines[lines.length - 1].length + 1 + word.length <= width) lines[lines.length - 1] += " " + word;
    else lines.push(word);
  }
  return lines;
}

/** A canvas of *inches* at 110 dpi, white, and its 2D context. */
function canvas(inches) {
  const node = document.createElement("canvas");
  node.width = Math.round(inches[0] * DPI);
  node.height = Math.round(inches[1] * DPI);
  const ctx = node.getContext("2d");
  ctx.fillStyle = "white";
  ctx.fillRect(0, 0, node.width, node.height);
  return [node, ctx];
}

/** The title over the plot, its left and bottom axes, the x ticks as percentages and the x label. */
function frame(ctx, plot, title, axis, ticks, scale) {
  ctx.fillStyle = TEXT;
  ctx.textAlign = "left";
  ctx.textBaseline = "alphabetic";
  ctx.font = font(12);
  ctx.fillText(title, plot.left, plot.top - 10);
  ctx.strokeStyle = TEXT;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(plot.left, plot.top);
  ctx.lineTo(plot.left, plot.bottom);
  ctx.lineTo(plot.right, plot.bottom);
  ctx.stroke();
  ctx.font = font(10);
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  for (const tick of ticks) {
    const x = scale(tick);
    ctx.beginPath();
    ctx.moveTo(x, plot.bottom);
    ctx.lineTo(x, plot.bottom + 5);
    ctx.stroke();
    ctx.fillText(percent(tick), x, plot.bottom + 8);
  }
  ctx.fillText(axis, (plot.left + plot.right) / 2, plot.bottom + 14 + 10 * PT);
}

/** Labels left of the plot, one (of one or more lines) centred on each row. */
function rowLabels(ctx, plot, rows) {
  ctx.font = font(10);
  ctx.textAlign = "right";
  ctx.textBaseline = "middle";
  ctx.fillStyle = TEXT;
  const line = 10 * PT * 1.2;
  rows.forEach(({ lines, centre }) => lines.forEach((text, i) => {
    ctx.fillText(text, plot.left - 8, centre + (i - (lines.length - 1) / 2) * line);
  }));
}

function widest(ctx, labels) {
  ctx.font = font(10);
  return Math.max(0, ...labels.map((l) => ctx.measureText(l).width));
}

/** Legend entries (swatch and label) in a row starting at (x, y). */
function legend(ctx, entries, x, y, points) {
  ctx.font = font(points);
  ctx.textAlign = "left";
  ctx.textBaseline = "middle";
  for (const [label, colour, hatch] of entries) {
    bar(ctx, x, y - 7, 26, 14, colour, hatch, 0.5);
    ctx.fillStyle = TEXT;
    ctx.fillText(label, x + 32, y);
    x += 32 + ctx.measureText(label).width + 22;
  }
}

function legendWidth(ctx, entries, points) {
  ctx.font = font(points);
  return entries.reduce((sum, [label]) => sum + 32 + ctx.measureText(label).width + 22, -22);
}

/** One stacked bar per question, the share of answers at each point of the scale. */
function likert(chart, texts) {
  const c = (key) => say(texts, `evaluation.charts.${key}`);
  const [node, ctx] = canvas([9, 0.75 * chart.questions.length + 2.2]);
  const names = chart.questions.map((q) => wrapWords(q.text, 38));
  const plot = { left: 20 + widest(ctx, names.flat()) + 8, right: node.width - 25, top: 45, bottom: node.height - 105 };
  const x = (share) => plot.left + share * (plot.right - plot.left);
  const row = (plot.bottom - plot.top) / chart.questions.length;
  chart.questions.forEach((q, index) => {
    const top = plot.top + row * (index + 0.1);
    let left = 0;
    q.shares.forEach((share, point) => {
      if (share > 0) bar(ctx, x(left), top, x(left + share) - x(left), row * 0.8, ...LIKERT_STYLE[point], 0.5);
      left += share;
    });
    ctx.font = font(9);
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    left = 0;
    for (const share of q.shares) {
      if (share >= 0.06) boxedLabel(ctx, percent(share), x(left + share / 2), top + row * 0.4);
      left += share;
    }
  });
  rowLabels(ctx, plot, names.map((lines, i) => ({ lines, centre: plot.top + row * (i + 0.5) })));
  frame(ctx, plot, c("likert_title"), c("likert_axis"), [0, 0.2, 0.4, 0.6, 0.8, 1], x);
  const entries = chart.scale.map((label, i) => [label, ...LIKERT_STYLE[i]]);
  legend(ctx, entries, (node.width - legendWidth(ctx, entries, 9)) / 2, node.height - 22, 9);
  return node;
}

/** A tick step giving at most 6 ticks up to *top*. */
function tickStep(top) {
  return [0.02, 0.05, 0.1, 0.2, 0.25, 0.5].find((step) => top / step <= 6) || 1;
}

/** Each group's share of the population beside its share of the participants. */
function representation(chart, texts) {
  const c = (key) => say(texts, `evaluation.charts.${key}`);
  const groups = chart.groups;
  const [node, ctx] = canvas([8, 0.9 * groups.length + 1.8]);
  const plot = { left: 20 + widest(ctx, groups.map((g) => g.group)) + 8, right: node.width - 25, top: 45, bottom: node.height - 70 };
  const top = 1.3 * Math.max(...groups.flatMap((g) => [g.populationShare, g.participantShare]));
  const x = (share) => plot.left + (share / top) * (plot.right - plot.left);
  const row = (plot.bottom - plot.top) / groups.length;
  const height = row * 0.38;
  groups.forEach((g, index) => {
    const centre = plot.top + row * (index + 0.5);
    const bars = [[g.populationShare, centre - height, SKY, "//"], [g.participantShare, centre, BLUE, ""]];
    for (const [share, y, colour, hatch] of bars) {
      bar(ctx, plot.left, y, x(share) - plot.left, height, colour, hatch);
      ctx.font = font(10);
      ctx.textAlign = "left";
      ctx.textBaseline = "middle";
      ctx.fillStyle = TEXT;
      ctx.fillText(percent(share), x(share) + 6, y + height / 2);
    }
  });
  rowLabels(ctx, plot, groups.map((g, i) => ({ lines: [g.group], centre: plot.top + row * (i + 0.5) })));
  const step = tickStep(top);
  const ticks = Array.from({ length: Math.floor(top / step + 1e-9) + 1 }, (_, i) => i * step);
  frame(ctx, plot, c("representation_title"), c("representation_axis"), ticks, x);
  const entries = [[c("representation_population"), SKY, "//"], [c("representation_participants"), BLUE, ""]];
  legend(ctx, entries, plot.right - legendWidth(ctx, entries, 10) - 10, plot.bottom - 22, 10);
  return node;
}

/** The bytes of a canvas as PNG. */
function pngBytes(url) {
  const binary = atob(url.slice(url.indexOf(",") + 1));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

/** *blocks* with each chart drawn: an image block gets its PNG (``image``) and a data URL (``url``). */
export function chartImages(blocks, texts) {
  return blocks.map((block) => {
    if (block.kind !== "image") return block;
    const node = (block.chart.kind === "likert" ? likert : representation)(block.chart, texts);
    const url = node.toDataURL("image/png");
    return { ...block, url, image: pngBytes(url), pixels: [node.width, node.height] };
  });
}
