/* Small progressive enhancements; the page works without them. */
(function () {
  "use strict";
  document.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest("[data-copy]");
    if (!b) return;
    var field = document.getElementById(b.getAttribute("data-copy"));
    if (!field) return;
    field.select();
    var done = function () { b.textContent = "Copied"; setTimeout(function () { b.textContent = "Copy embed code"; }, 2000); };
    if (navigator.clipboard) navigator.clipboard.writeText(field.value).then(done, function () {});
    else { try { document.execCommand("copy"); done(); } catch (err) {} }
  });
  function reveal(root) {
    (root || document).querySelectorAll("[data-copy][hidden]").forEach(function (b) { b.hidden = false; });
  }
  document.addEventListener("DOMContentLoaded", function () { reveal(); });
  document.addEventListener("htmx:afterSwap", function (e) {
    reveal(e.target.parentNode || document);
    var summary = document.getElementById("results-summary"), live = document.getElementById("announcer");
    if (live && summary && e.detail && e.detail.target && e.detail.target.id === "results") live.textContent = summary.textContent;
  });
  // Escape cancels an inline edit.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") return;
    var form = e.target.closest && e.target.closest(".event--editing");
    var cancel = form && form.querySelector(".edit-form__actions a");
    if (cancel) { e.preventDefault(); cancel.click(); }
  });
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (d) { d.setAttribute("open", ""); d.setAttribute("data-print-opened", ""); });
  });
  window.addEventListener("afterprint", function () {
    document.querySelectorAll("[data-print-opened]").forEach(function (d) { d.removeAttribute("open"); d.removeAttribute("data-print-opened"); });
  });
})();
