/* Filter an overview list by the choices of its form: the method overview (book/metoder/index:
 * step, effort, group size) and the case overview (book/cases/index: step, form, method card,
 * topic, country, size, participants, cost). Each select's name is a data attribute of the
 * list items, holding one value or several separated by spaces.
 * Without JavaScript the page is a plain list of every item; this script shows the form,
 * hides the items that do not match, and announces the count in a live region. */
(function () {
  "use strict";
  function start() {
    var form = document.querySelector("form.samskab-metodefilter");
    var list = document.querySelector("ul.samskab-metodeliste");
    var status = document.querySelector(".samskab-metodefilter-status");
    if (!form || !list || !status) { return; }
    var cards = Array.prototype.slice.call(list.querySelectorAll("li"));
    var fields = Array.prototype.map.call(form.querySelectorAll("select"), function (s) { return s.name; });

    function matches(card) {
      return fields.every(function (name) {
        var wanted = form.elements[name].value;
        return !wanted || card.getAttribute("data-" + name).split(" ").indexOf(wanted) !== -1;
      });
    }

    function update() {
      var shown = 0;
      cards.forEach(function (card) {
        var show = matches(card);
        card.hidden = !show;
        if (show) { shown += 1; }
      });
      var message = form.getAttribute("data-count")
        .replace("{shown}", String(shown)).replace("{total}", String(cards.length));
      status.textContent = shown ? message : message + " " + form.getAttribute("data-none");
    }

    form.hidden = false;
    form.addEventListener("change", update);
    form.addEventListener("reset", function () { window.setTimeout(update, 0); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    update();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
