// Small enhancements; every page works without them.
// The page's other drafts, for the live lint's check of notes too alike.
window.followupOthers = function (element) {
  var own = element.closest("form");
  var notes = [];
  document.querySelectorAll("form.note").forEach(function (form) {
    if (form === own) { return; }
    notes.push({
      action_id: form.elements["action_id"].value,
      kind: form.elements["kind"].value,
      body: form.elements["body"].value
    });
  });
  return JSON.stringify(notes);
};
(function () {
  "use strict";
  // Move focus to the first field with an error, so keyboard and screen-reader users land on it.
  document.addEventListener("DOMContentLoaded", function () {
    // A timeline wider than the screen opens at today (or the open action), not at its start.
    document.querySelectorAll(".timeline-wrap[data-focus-share]").forEach(function (wrap) {
      if (wrap.scrollWidth <= wrap.clientWidth) { return; }
      // Only as far as needed: the row labels at the start stay in view when they can.
      var at = parseFloat(wrap.getAttribute("data-focus-share")) * wrap.scrollWidth;
      wrap.scrollLeft = Math.max(0, at + 80 - wrap.clientWidth);
    });
    var marker = document.querySelector("[data-focus]");
    if (marker) {
      var target = document.getElementById(marker.getAttribute("data-focus"));
      if (target) { target.focus(); }
    }
  });
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button") : null;
    if (!button) { return; }
    // Remove an interviewer row in place (the last one stays, emptied).
    if (button.classList.contains("remove-row")) {
      var row = button.closest(".person");
      var rows = document.querySelectorAll("#rows .person");
      if (rows.length > 1) {
        var next = row.nextElementSibling || row.previousElementSibling;
        row.remove();
        var focusable = next && next.querySelector("input");
        if (focusable) { focusable.focus(); }
      } else {
        row.querySelectorAll("input[type=text], input[type=email], input[type=tel], textarea").forEach(function (el) { el.value = ""; });
      }
      return;
    }
    if (button.classList.contains("copy")) {
      var source = document.getElementById(button.getAttribute("data-copy"));
      if (!source) { return; }
      var done = function () {
        var label = button.textContent;
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = label; }, 1500);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(source.value).then(done, function () { source.select(); document.execCommand("copy"); done(); });
      } else {
        source.select(); document.execCommand("copy"); done();
      }
    }
  });
  // A new interviewer row: focus its name.
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "rows") {
      var rows = event.detail.target.querySelectorAll(".person");
      var last = rows[rows.length - 1];
      var name = last && last.querySelector("input[type=text]");
      if (name) { name.focus(); }
    }
  });
})();
