// mailbot review queue: small progressive enhancements; every page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // Filters apply as soon as a select changes (the Filter button still works without JS).
  var filters = document.getElementById("filters");
  if (filters) {
    filters.querySelectorAll("select").forEach(function (sel) {
      sel.addEventListener("change", function () { filters.submit(); });
    });
  }
  // Warn before leaving a document form with unsaved edits.
  var dirty = false;
  document.querySelectorAll("form.doc-form input").forEach(function (input) {
    input.addEventListener("input", function () { dirty = true; });
  });
  document.querySelectorAll("form").forEach(function (form) {
    form.addEventListener("submit", function () { dirty = false; });
  });
  window.addEventListener("beforeunload", function (e) {
    if (dirty) { e.preventDefault(); e.returnValue = ""; }
  });
});
