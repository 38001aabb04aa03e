/* The book's search ranking and snippets (search page only; see samskab_book/search.py).
 *
 * Ranking: a page whose title is the query comes first, then a page whose title or headings
 * contain it, then a page that only mentions it; among those, the chapters
 * that teach come before cases, templates, exercises and notebooks (the order is given by the
 * page, data-page-kinds), and a page with more matching headings first. Snippets: a paragraph, list item or table cell of the page's
 * article that contains a search word, never the contents list. The link to the other edition's
 * search page asks the same question there.
 */
"use strict";
(() => {
  const script = document.currentScript;
  const pageKinds = JSON.parse(script.dataset.pageKinds || "[]");
  // Sphinx's message when nothing is found (its Danish speaks of categories there are none of).
  if (script.dataset.noHits) {
    Documentation.TRANSLATIONS["Your search did not match any documents. Please make sure that all words"
      + " are spelled correctly and that you've selected enough categories."] = script.dataset.noHits;
  }
  // The switch to the other edition's search page keeps the query (edition_switch.py).
  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("a.samskab-edition-switch").forEach((link) => {
      link.search = window.location.search;
    });
  });
  const SNIPPET_LENGTH = 240;
  const MIN_SENTENCE = 60;

  /* Lower case without accents, so "Evaluér" and "evaluering" share "evaluer". */
  const plain = (text) => text.toLowerCase().normalize("NFD").replace(/\p{Mn}/gu, "");
  const words = (text) => plain(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w);
  /* One word is the other's start, and they share at least four letters. */
  const sameWord = (query, word) => {
    const shorter = query.length < word.length ? query : word;
    return shorter.length >= 4 && (word.startsWith(shorter) && query.startsWith(shorter));
  };
  const queryWords = () =>
    words(new URLSearchParams(window.location.search).get("q") || "").filter((w) => w.length >= 3);

  /* The kind whose prefix names the page most closely ("book/trin/evaluer-svar" before "book/trin/"). */
  const kindRank = (docname) => {
    let rank = pageKinds.length;
    let longest = 0;
    pageKinds.forEach((prefixes, kind) => prefixes.forEach((prefix) => {
      if (docname.startsWith(prefix) && prefix.length > longest) [rank, longest] = [kind, prefix.length];
    }));
    return rank;
  };

  const matches = new Map();
  /* Does every word of the query name a word of *heading*? */
  const names = (heading, wanted) => {
    const headingWords = words(heading);
    return wanted.every((q) => headingWords.some((w) => sameWord(q, w)));
  };
  /* How the page's title and headings match the query: the title is the query itself (the
   * method card "Fremtidsværksted" for "fremtidsværksted", the gallery "Skabeloner" for
   * "skabelon"), the title contains it, and how many headings contain it. */
  const headingMatch = (docname) => {
    if (matches.has(docname)) return matches.get(docname);
    const index = Search._index;
    const file = index.docnames.indexOf(docname);
    const wanted = queryWords();
    const title = index.titles[file] || "";
    const headings = [];
    for (const [heading, places] of Object.entries(index.alltitles)) {
      if (places.some(([f, id]) => f === file && id !== null)) headings.push(heading);
    }
    const found = wanted.length > 0;
    const titleWords = words(title);
    const match = {
      exact: found && names(title, wanted)
        && titleWords.every((w) => wanted.some((q) => sameWord(q, w))),
      title: found && names(title, wanted),
      headings: found ? headings.filter((heading) => names(heading, wanted)).length : 0,
    };
    matches.set(docname, match);
    return match;
  };

  /* Title is the query, then title or a heading contains it; within each, the page kind
   * (teaching chapters first), then the number of matching headings, then Sphinx's own score. */
  Scorer.score = (result) => {
    const [docname, , , , score] = result;
    const match = headingMatch(docname);
    const level = match.exact ? 2 : match.title || match.headings > 0 ? 1 : 0;
    return level * 100000 + (pageKinds.length - kindRank(docname)) * 10000
      + Math.min(match.headings, 9) * 1000 + Math.min(score, 999);
  };

  const SKIP = "nav, .toctree-wrapper, .contents, .bd-toc, .headerlink, script, style";
  /* A snippet from a body block (paragraph, list item, cell) that contains a search word. */
  const summary = (htmlText, keywords, anchor) => {
    const page = new DOMParser().parseFromString(htmlText, "text/html");
    const article = page.querySelector("article.bd-article") || page.querySelector('[role="main"]');
    if (!article) return null;
    article.querySelectorAll(SKIP).forEach((el) => el.remove());
    const section = (anchor && article.querySelector(anchor)) || article;
    const wanted = [...keywords, ...queryWords()].map(plain).filter((w) => w.length >= 3);
    const blocks = [...section.querySelectorAll("p, li, td, dd")]
      .filter((el) => !el.querySelector("p, li"))
      .map((el) => el.textContent.replace(/\s+/g, " ").trim())
      .filter((text) => text);
    const position = (block) =>
      Math.min(...wanted.map((w) => plain(block).indexOf(w)).filter((i) => i >= 0));
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
  Search.makeSearchSummary = summary;
})();
