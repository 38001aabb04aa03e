/* Samskabelse i praksis: the header's download menu and the "back to top" button.
 *
 * The theme ships all of Bootstrap's script (81 KB, a fifth of a first visit) for these two and
 * for tooltips that repeat the buttons' own titles. This book leaves it out
 * (book/_templates/layout.html) and does the two here: the menu opens and closes by click, by
 * Enter or Space, and by Escape (focus back on its button), and closes on a click elsewhere;
 * arrow keys move between its entries. The back-to-top button shows while a reader scrolls up
 * below the header.
 */
(function () {
  "use strict";

  function setUpMenu(button) {
    const menu = button.parentElement;
    const list = menu.querySelector(":scope > .dropdown-menu");
    if (!list) {
      return;
    }
    const entries = () => [...list.querySelectorAll(".dropdown-item")];
    const isOpen = () => list.classList.contains("show");
    // Under the button, as far right as the screen allows. The menu's offsets count from its
    // containing block (the sticky header may be one), so they are measured from a zero start.
    const place = () => {
      const under = button.getBoundingClientRect();
      const margin = 8;
      list.style.left = "0px";
      list.style.top = "0px";
      const origin = list.getBoundingClientRect();
      const left = Math.max(margin, Math.min(under.right - origin.width,
                                             window.innerWidth - origin.width - margin));
      list.style.left = `${left - origin.left}px`;
      list.style.top = `${under.bottom + 4 - origin.top}px`;
    };
    const show = (open) => {
      list.classList.toggle("show", open);
      button.classList.toggle("show", open);
      button.setAttribute("aria-expanded", String(open));
      if (open) {
        place();
      }
    };
    window.addEventListener("resize", () => isOpen() && place());
    button.addEventListener("click", () => show(!isOpen()));
    menu.addEventListener("keydown", (event) => {
      const items = entries();
      const at = items.indexOf(document.activeElement);
      if (event.key === "Escape" && isOpen()) {
        show(false);
        button.focus();
      } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        show(true);
        const step = event.key === "ArrowDown" ? 1 : -1;
        items[(at + step + items.length) % items.length].focus();
      }
    });
    document.addEventListener("click", (event) => {
      if (isOpen() && !menu.contains(event.target)) {
        show(false);
      }
    });
    menu.addEventListener("focusout", (event) => {
      if (isOpen() && event.relatedTarget && !menu.contains(event.relatedTarget)) {
        show(false);
      }
    });
  }

  function setUpBackToTop(button) {
    const header = document.querySelector(".bd-header");
    let last = window.scrollY;
    window.addEventListener("scroll", () => {
      const below = header ? header.getBoundingClientRect().bottom : 0;
      button.style.display = window.scrollY < last && window.scrollY > below ? "block" : "none";
      last = window.scrollY;
    }, { passive: true });
    button.addEventListener("click", () => window.scrollTo({ top: 0 }));
  }

  document.addEventListener("DOMContentLoaded", () => {
    // (not every ".dropdown": exercise solutions are "dropdown" admonitions of togglebutton.js)
    document.querySelectorAll('[data-bs-toggle="dropdown"]').forEach(setUpMenu);
    const top = document.getElementById("pst-back-to-top");
    if (top) {
      setUpBackToTop(top);
    }
  });
})();
