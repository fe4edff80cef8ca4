/* Newsroom Timeline embed loader.
   <div data-timeline-embed="https://…/embed/?actor=…"></div><script src="…/static/timeline/embed.js" async></script>
   becomes a titled, lazy-loading iframe that grows to fit its content. An <iframe> already inside the div
   (the fixed-height fallback for pages without script) is reused. */
(function () {
  "use strict";
  var frames = [];
  function setup(el) {
    if (el.getAttribute("data-timeline-ready")) return;
    var url;
    try { url = new URL(el.getAttribute("data-timeline-embed"), document.baseURI); } catch (e) { return; }
    if (url.protocol !== "https:" && url.protocol !== "http:") return;
    var f = el.querySelector("iframe");
    if (!f) {
      f = document.createElement("iframe");
      f.src = url.href;
      f.height = el.getAttribute("data-height") || "600";
      el.appendChild(f);
    }
    f.title = f.title || el.getAttribute("data-title") || "Timeline";
    f.loading = "lazy";
    f.width = "100%";
    f.setAttribute("frameborder", "0");
    f.style.border = "0";
    f.style.width = "100%";
    f.style.display = "block";
    el.setAttribute("data-timeline-ready", "1");
    frames.push({ frame: f, origin: url.origin });
  }
  window.addEventListener("message", function (e) {
    var d = e.data;
    if (!d || d.type !== "timeline-embed:height") return;
    for (var i = 0; i < frames.length; i++) {
      var item = frames[i];
      if (e.source === item.frame.contentWindow && e.origin === item.origin) {
        var h = Math.round(+d.height);
        if (h > 50 && h < 20000) item.frame.height = String(h);
        return;
      }
    }
  });
  function scan() { Array.prototype.forEach.call(document.querySelectorAll("[data-timeline-embed]"), setup); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan); else scan();
})();
