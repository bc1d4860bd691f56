(function () {
  "use strict";
  // Progressive niceties only: the report is complete without this script.
  function all(open) {
    document.querySelectorAll("details").forEach(function (d) { d.open = open; });
  }
  // Printing shows everything, whatever was collapsed on screen.
  window.addEventListener("beforeprint", function () { all(true); });
  var bar = document.getElementById("toggles");
  if (!bar) { return; }
  [["Expand all", true], ["Collapse all", false]].forEach(function (b) {
    var btn = document.createElement("button");
    btn.type = "button";
    btn.textContent = b[0];
    btn.addEventListener("click", function () { all(b[1]); });
    bar.appendChild(btn);
  });
})();
