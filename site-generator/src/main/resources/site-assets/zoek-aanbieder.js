// Progressive enhancement of aanbieders/index.html: a search box that narrows the list as you type.
// Without this script the page is complete: the letters and the per-region lists narrow it instead.
(function () {
  "use strict";
  var box = document.querySelector(".provider-filter");
  var input = document.getElementById("zoek-aanbieder");
  if (!box || !input) {
    return;
  }
  var status = box.querySelector(".provider-filter__status");
  var groups = Array.prototype.slice.call(document.querySelectorAll(".provider-index__group"));
  box.hidden = false;
  input.addEventListener("input", function () {
    var query = input.value.trim().toLocaleLowerCase("nl");
    var shown = 0;
    groups.forEach(function (group) {
      var visible = 0;
      group.querySelectorAll("li").forEach(function (item) {
        var match = query === "" || item.textContent.toLocaleLowerCase("nl").indexOf(query) !== -1;
        item.hidden = !match;
        if (match) {
          visible++;
        }
      });
      group.hidden = visible === 0;
      shown += visible;
    });
    status.textContent = query === "" ? "" : shown + (shown === 1 ? " zorgaanbieder gevonden" : " zorgaanbieders gevonden");
  });
})();
