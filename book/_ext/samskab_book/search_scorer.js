/* The book's search scorer: Sphinx's `html_search_scorer` (see samskab_book/search.py).
 *
 * Sphinx puts this file into language_data.js, which only the search page loads, after
 * searchtools.js. Ranking: a page whose title is the query comes first, then a page whose title
 * or headings contain it, then a page that only mentions it; among those, the chapters that
 * teach come before cases, templates, exercises and notebooks, and a page with more matching
 * headings first. The weights below are Sphinx's defaults, which a scorer file must define.
 *
 * Two parts reach past Sphinx's scorer interface, each waiting for an upstream change:
 * - the page's headings are read from the loaded index (`Search._index`), as `Scorer.score`
 *   is given only the result (docs/upstream/sphinx-scorer-index.md);
 * - snippets are a paragraph, list item or table cell of the page's article that contains a
 *   search word, never the contents list, which Sphinx's summary runs together with the text
 *   (`Search.makeSearchSummary`; docs/upstream/sphinx-search-summary.md).
 * The link to the other edition's search page asks the same question there.
 */
"use strict";
// Page kinds in the order a reader looking up a word wants them, by the start of the page name
// (the longest matching start decides): the chapters that teach, cases, templates and the pages
// that fill them in, exercises, notebooks; other pages (front page, glossary, sources) last.
const SAMSKAB_PAGE_KINDS = [
  ["book/grundlag/", "book/trin/", "book/metoder/"], ["book/cases/"],
  ["book/skabeloner", "book/udfyld", "book/procesmappe", "book/trin/evaluer-svar"],
  ["book/oevelser/"], ["book/notesboeger/"],
];

/* Lower case without accents, so "Evaluér" and "evaluering" share "evaluer". */
const samskabPlain = (text) => text.toLowerCase().normalize("NFD").replace(/\p{Mn}/gu, "");
const samskabWords = (text) => samskabPlain(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w);
/* One word is the other's start, and they share at least four letters. */
const samskabSameWord = (query, word) => {
  const shorter = query.length < word.length ? query : word;
  return shorter.length >= 4 && word.startsWith(shorter) && query.startsWith(shorter);
};
const samskabQueryWords = () => samskabWords(
  new URLSearchParams(window.location.search).get("q") || "").filter((w) => w.length >= 3);

/* The kind whose prefix names the page most closely ("book/trin/evaluer-svar" before "book/trin/"). */
const samskabKindRank = (docname) => {
  let rank = SAMSKAB_PAGE_KINDS.length;
  let longest = 0;
  SAMSKAB_PAGE_KINDS.forEach((prefixes, kind) => prefixes.forEach((prefix) => {
    if (docname.startsWith(prefix) && prefix.length > longest) [rank, longest] = [kind, prefix.length];
  }));
  return rank;
};

/* Does every word of the query name a word of *heading*? */
const samskabNames = (heading, wanted) => {
  const headingWords = samskabWords(heading);
  return wanted.every((q) => headingWords.some((w) => samskabSameWord(q, w)));
};

const samskabMatches = new Map();
/* How the page's title and headings match the query: the title is the query itself, the
 * title contains it, and how many headings contain it. */
const samskabHeadingMatch = (docname) => {
  if (samskabMatches.has(docname)) return samskabMatches.get(docname);
  const index = Search._index;  // docs/upstream/sphinx-scorer-index.md
  const file = index.docnames.indexOf(docname);
  const wanted = samskabQueryWords();
  const title = index.titles[file] || "";
  const headings = Object.entries(index.alltitles)
    .filter(([, places]) => places.some(([f, id]) => f === file && id !== null))
    .map(([heading]) => heading);
  const found = wanted.length > 0;
  const match = {
    exact: found && samskabNames(title, wanted)
      && samskabWords(title).every((w) => wanted.some((q) => samskabSameWord(q, w))),
    title: found && samskabNames(title, wanted),
    headings: found ? headings.filter((heading) => samskabNames(heading, wanted)).length : 0,
  };
  samskabMatches.set(docname, match);
  return match;
};

var Scorer = {
  /* Title is the query, then title or a heading contains it; within each, the page kind
   * (teaching chapters first), then the number of matching headings, then Sphinx's own score. */
  score: (result) => {
    const [docname, , , , score] = result;
    const match = samskabHeadingMatch(docname);
    const level = match.exact ? 2 : match.title || match.headings > 0 ? 1 : 0;
    return level * 100000 + (SAMSKAB_PAGE_KINDS.length - samskabKindRank(docname)) * 10000
      + Math.min(match.headings, 9) * 1000 + Math.min(score, 999);
  },
  objNameMatch: 11,
  objPartialMatch: 6,
  objPrio: { 0: 15, 1: 5, 2: -5 },
  objPrioDefault: 0,
  title: 15,
  partialTitle: 7,
  term: 5,
  partialTerm: 2,
};

(() => {
  const SNIPPET_LENGTH = 240;
  const MIN_SENTENCE = 60;
  const SKIP = "nav, .toctree-wrapper, .contents, .bd-toc, .headerlink, script, style";
  /* A snippet from a body block (paragraph, list item, cell) that contains a search word. */
  const summary = (htmlText, keywords, anchor) => {
    const page = new DOMParser().parseFromString(htmlText, "text/html");
    const article = page.querySelector("article.bd-article") || page.querySelector('[role="main"]');
    if (!article) return null;
    article.querySelectorAll(SKIP).forEach((el) => el.remove());
    const section = (anchor && article.querySelector(anchor)) || article;
    const wanted = [...keywords, ...samskabQueryWords()].map(samskabPlain).filter((w) => w.length >= 3);
    const blocks = [...section.querySelectorAll("p, li, td, dd")]
      .filter((el) => !el.querySelector("p, li"))
      .map((el) => el.textContent.replace(/\s+/g, " ").trim())
      .filter((text) => text);
    const position = (block) =>
      Math.min(...wanted.map((w) => samskabPlain(block).indexOf(w)).filter((i) => i >= 0));
    // A sentence rather than a lone label (a table cell "Evaluering"), where there is one.
    const hit = blocks.find((b) => b.length >= MIN_SENTENCE && Number.isFinite(position(b)))
      || blocks.find((b) => Number.isFinite(position(b)));
    const text = hit || blocks.find((b) => b.length >= MIN_SENTENCE) || blocks[0] || "";
    const at = hit ? position(hit) : 0;
    const start = Math.max(0, Math.min(at - SNIPPET_LENGTH / 3, text.length - SNIPPET_LENGTH));
    const cut = text.substr(Math.max(0, Math.floor(start)), SNIPPET_LENGTH).trim();
    const paragraph = document.createElement("p");
    paragraph.classList.add("context");
    paragraph.textContent = (start > 0 ? "… " : "") + cut
      + (start + SNIPPET_LENGTH < text.length ? " …" : "");
    return paragraph;
  };
  if (typeof Search !== "undefined") Search.makeSearchSummary = summary;  // docs/upstream/sphinx-search-summary.md

  // The switch to the other edition's search page keeps the query (edition_switch.py).
  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("a.samskab-edition-switch").forEach((link) => {
      link.search = window.location.search;
    });
  });
})();
