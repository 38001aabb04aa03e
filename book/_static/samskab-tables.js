/* Samskabelse i praksis: a table wider than the text column says that it scrolls.
 *
 * Tables never break words (samskab.css), so on a phone a wide table scrolls inside its frame.
 * Such a frame gets a shadow on the hidden side, a keyboard stop with a name, and a short cue
 * under it; the cue goes away again when the table fits (after turning the phone, say).
 */
(function () {
  "use strict";

  // Frames the theme and myst-nb put around tables; any other table gets a frame of its own.
  const FRAMES = ".pst-scrollable-table-container, .samskab-tabel, .cell_output .output.text_html";
  const OWN_FRAME = "samskab-table-frame";

  function frameOf(table) {
    const parent = table.parentElement;
    if (parent.matches(FRAMES) || parent.classList.contains(OWN_FRAME)) {
      return parent;
    }
    const frame = document.createElement("div");
    frame.className = OWN_FRAME;
    table.before(frame);
    frame.append(table);
    return frame;
  }
  const texts = window.samskabTexts || {};
  const cueText = texts.scrollCue || "Rul sidelæns for at se hele tabellen.";
  const frameLabel = texts.scrollFrame || "Tabel, kan rulles sidelæns";

  /* A caption's words without its "#" link to itself (and without the hidden table number). */
  function captionText(caption) {
    const words = caption.cloneNode(true);
    words.querySelectorAll(".headerlink").forEach((link) => link.remove());
    return words.textContent.replace(/\s+/g, " ").trim();
  }

  function mark(frame) {
    // scrollWidth is rounded; a table a fraction of a pixel too wide still hides its edge.
    const content = frame.firstElementChild;
    const width = Math.max(frame.scrollWidth, content ? content.getBoundingClientRect().width : 0);
    const scrolls = width > frame.clientWidth + 1;
    const next = frame.nextElementSibling;
    const cue = next && next.classList.contains("samskab-scroll-cue") ? next : null;
    frame.classList.toggle("samskab-scroll", scrolls);
    if (scrolls) {
      frame.tabIndex = 0;
      frame.setAttribute("role", "region");
      const caption = frame.querySelector("caption");
      frame.setAttribute("aria-label", caption ? `${frameLabel}: ${captionText(caption)}` : frameLabel);
      if (!cue) {
        const p = document.createElement("p");
        p.className = "samskab-scroll-cue";
        p.textContent = cueText;
        frame.after(p);
      }
    } else if (cue) {
      cue.remove();
      frame.removeAttribute("role");
      frame.removeAttribute("aria-label");
      frame.removeAttribute("tabindex");
    }
  }

  const markAll = () =>
    document.querySelectorAll("article table").forEach((table) => mark(frameOf(table)));

  // A frame or table changes size long after a resize event when the sidebars slide in or out,
  // and when fonts and images arrive: every change of size marks the tables again, once per
  // frame (which also covers the page's load).
  let pending = null;
  const markSoon = () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(markAll);
  };
  const watchSizes = () => {
    markAll();
    const sizes = new ResizeObserver(markSoon);
    document.querySelectorAll("article table").forEach((table) => {
      sizes.observe(table);
      sizes.observe(table.parentElement);
    });
  };
  document.addEventListener("DOMContentLoaded", watchSizes);
})();
