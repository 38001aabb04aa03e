/* Samskabelse i praksis: a table wider than the text column says that it scrolls.
 *
 * Tables never break words (samskab.css), so on a phone a wide table scrolls inside its frame.
 * Such a frame gets a shadow on the hidden side, a keyboard stop with a name, and a short cue
 * under it; the cue goes away again when the table fits (after turning the phone, say).
 */
(function () {
  "use strict";

  const FRAMES = ".pst-scrollable-table-container, .samskab-tabel, .cell_output .output.text_html";
  const texts = window.samskabTexts || {};
  const cueText = texts.scrollCue || "Rul sidelæns for at se hele tabellen.";
  const frameLabel = texts.scrollFrame || "Tabel, kan rulles sidelæns";

  function mark(frame) {
    if (!frame.querySelector("table")) {
      return;
    }
    const scrolls = frame.scrollWidth > frame.clientWidth + 1;
    const next = frame.nextElementSibling;
    const cue = next && next.classList.contains("samskab-scroll-cue") ? next : null;
    frame.classList.toggle("samskab-scroll", scrolls);
    if (scrolls) {
      frame.tabIndex = 0;
      frame.setAttribute("role", "region");
      const caption = frame.querySelector("caption");
      frame.setAttribute("aria-label", caption ? `${frameLabel}: ${caption.textContent.trim()}` : frameLabel);
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

  const markAll = () => document.querySelectorAll(FRAMES).forEach(mark);
  document.addEventListener("DOMContentLoaded", markAll);
  window.addEventListener("load", markAll);
  let pending = null;
  window.addEventListener("resize", () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(markAll);
  });
})();
