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
  // Narrow screens: fold the filters (open in the HTML, for no-JS use) so the first screen shows events.
  var narrow = window.matchMedia && window.matchMedia("(max-width: 899.98px)"), fromFilters = false;
  function fold() {
    if (!narrow || !narrow.matches) return null;
    var d = document.querySelector(".filters__details");
    if (d) d.open = false;
    return d;
  }
  fold();
  if (narrow) (narrow.addEventListener ? narrow.addEventListener("change", unfold) : narrow.addListener(unfold));
  function unfold(m) { if (!m.matches) document.querySelectorAll(".filters__details").forEach(function (d) { d.open = true; }); }
  document.addEventListener("htmx:beforeRequest", function () {
    fromFilters = !!(document.activeElement && document.activeElement.closest && document.activeElement.closest(".filters"));
  });
  document.addEventListener("htmx:afterSwap", function (e) {
    reveal(e.target.parentNode || document);
    if (e.detail && e.detail.target && e.detail.target.id === "results") {
      var d = fold();
      // the button that sent the filters is gone: keep keyboard focus at the (folded) filters, just above the results
      if (d && fromFilters && !document.activeElement.closest(".filters")) d.querySelector("summary").focus();
    }
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
