/* Samskabelse i praksis: Danish names for buttons that other scripts draw in English.
 * sphinx-togglebutton writes aria-label="Toggle hidden content" into every fold-out button
 * (exercise solutions, dropdowns) from its script, where no setting reaches it.
 */
(function () {
  "use strict";

  const texts = window.samskabTexts || {};
  const rename = () => {
    document.querySelectorAll('button.toggle-button[aria-label="Toggle hidden content"]')
      .forEach((button) => button.setAttribute("aria-label", texts.toggleHidden || "Vis eller skjul indhold"));
  };
  // After sphinx-togglebutton, which draws its buttons when the document is loaded.
  document.addEventListener("DOMContentLoaded", () => setTimeout(rename, 0));
  window.addEventListener("load", rename);
})();
