/* Samskabelse i praksis: Danish names for buttons that other scripts draw in English.
 * sphinx-togglebutton writes aria-label="Toggle hidden content" into every fold-out button
 * (exercise solutions, dropdowns) from its script, where no setting reaches it.
 * sphinx-copybutton has no Danish: its button on code blocks says "Copy" (data-tooltip), has
 * no name, and says "Copied!" after a copy; its words are replaced as it writes them.
 */
(function () {
  "use strict";

  const texts = window.samskabTexts || {};
  const copyWords = {
    "Copy": texts.copy, "Copy to clipboard": texts.copy, "Copied!": texts.copied, "Failed to copy": texts.copyFailed,
  };
  const danishCopy = (button) => {
    const said = copyWords[button.dataset.tooltip];
    if (said && button.dataset.tooltip !== said) button.dataset.tooltip = said;
    if (button.getAttribute("aria-label") !== texts.copyName) button.setAttribute("aria-label", texts.copyName);
    button.querySelectorAll("title").forEach((title) => { title.textContent = texts.copy; });
  };
  const rename = () => {
    document.querySelectorAll('button.toggle-button[aria-label="Toggle hidden content"]')
      .forEach((button) => button.setAttribute("aria-label", texts.toggleHidden || "Vis eller skjul indhold"));
    document.querySelectorAll("button.copybtn:not([data-dansk])").forEach((button) => {
      button.dataset.dansk = "";
      danishCopy(button);
      // The button says "Copied!" for a moment after a click: Danish, as it is written.
      new MutationObserver(() => danishCopy(button)).observe(button, { attributes: true, attributeFilter: ["data-tooltip"] });
    });
  };
  // After sphinx-togglebutton, which draws its buttons when the document is loaded.
  document.addEventListener("DOMContentLoaded", () => setTimeout(rename, 0));
  window.addEventListener("load", rename);
})();
