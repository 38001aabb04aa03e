/* The course-folder chooser on the exercise catalogue (samskab_book/course_folders.py).
 * Without JavaScript the page lists every exercise's folder and the command for all of them;
 * this script shows the checkboxes, lists only the ticked exercises' files and writes the
 * command that puts the ticked exercises into one PDF. */
(function () {
  "use strict";
  function start() {
    var block = document.querySelector(".samskab-kursusmappe");
    if (!block) { return; }
    var choice = block.querySelector(".samskab-kursusmappe-valg");
    var command = block.querySelector(".samskab-kursusmappe-kommando");
    var boxes = Array.prototype.slice.call(choice.querySelectorAll("input[type=checkbox]"));
    var files = Array.prototype.slice.call(block.querySelectorAll(".samskab-kursusmappe-filer li"));

    function update() {
      var ticked = boxes.filter(function (box) { return box.checked; })
        .map(function (box) { return box.value; });
      files.forEach(function (item) {
        item.hidden = ticked.indexOf(item.getAttribute("data-oevelse")) === -1;
      });
      if (!ticked.length) {
        command.textContent = command.getAttribute("data-none");
      } else if (ticked.length === boxes.length) {
        command.textContent = "samskab elevpakke --alle --pdf";
      } else {
        command.textContent = "samskab elevpakke " + ticked.join(" ") + " --pdf";
      }
    }

    choice.hidden = false;
    choice.addEventListener("change", update);
    update();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
