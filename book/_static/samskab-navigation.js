/* Samskabelse i praksis: the two menu buttons (☰ contents, page contents) that work everywhere.
 *
 * The themes draw each menu button twice: once in the page header, which sphinx-book-theme
 * hides, and once above the article. Both themes' scripts wire only the FIRST button of each
 * kind (document.querySelector), i.e. the hidden one, so the visible buttons did nothing.
 * This script runs before the themes' scripts (deferred, in <head>) and removes the hidden
 * copies, so the themes wire the visible buttons: a dialog on narrow screens, a collapsing
 * sidebar on wide screens. It also tells assistive technology whether each menu is open and
 * puts a "close" button into the opened dialog for touch and keyboard users.
 */
(function () {
  "use strict";

  const MENUS = [
    // `wide`: the screens on which the sidebar sits beside the page instead of in a dialog.
    { toggle: ".primary-toggle", dialog: "pst-primary-sidebar-modal", sidebar: "pst-primary-sidebar",
      wide: "(min-width: 992px)" },
    { toggle: ".secondary-toggle", dialog: "pst-secondary-sidebar-modal", sidebar: "pst-secondary-sidebar",
      wide: "(min-width: 1200px)" },
  ];

  document.querySelectorAll(".bd-header .sidebar-toggle").forEach((hidden) => hidden.remove());

  function setUp(menu) {
    const button = document.querySelector(menu.toggle);
    const dialog = document.getElementById(menu.dialog);
    const sidebar = document.getElementById(menu.sidebar);
    if (!button || !dialog || !sidebar) {
      return;
    }
    const wide = window.matchMedia(menu.wide);
    const update = () => {
      const open = wide.matches ? !sidebar.classList.contains("pst-sidebar-hidden") : dialog.open;
      button.setAttribute("aria-expanded", String(open));
    };
    const closeLabel = button.dataset.closeLabel || "Luk";
    dialog.addEventListener("close", () => {
      dialog.querySelectorAll(".samskab-close-menu").forEach((b) => b.remove());
      sidebar.querySelectorAll(".samskab-close-menu").forEach((b) => b.remove());
      // The theme returns focus to what had it before the click, but sphinx-book-theme blurs
      // the button on click: without this, a keyboard user would start again at the top.
      if (!document.activeElement || document.activeElement === document.body) {
        button.focus();
      }
      update();
    });
    // Runs after the theme's own handler, which opened the dialog (narrow screens) or
    // collapsed the sidebar (wide screens; then this handler does not run at all).
    button.addEventListener("click", () => {
      if (dialog.open && !dialog.querySelector(".samskab-close-menu")) {
        const close = document.createElement("button");
        close.type = "button";
        close.className = "samskab-close-menu btn btn-sm";
        close.textContent = closeLabel;
        close.addEventListener("click", () => dialog.close());
        dialog.prepend(close);
        close.focus();
      }
      update();
    });
    // Wide screens: sphinx-book-theme toggles a class on the sidebar.
    new MutationObserver(update).observe(sidebar, { attributes: true, attributeFilter: ["class"] });
    wide.addEventListener("change", update);
    update();
  }

  document.addEventListener("DOMContentLoaded", () => MENUS.forEach(setUp));
})();
