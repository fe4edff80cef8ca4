/* Inside the embed: tell the host page how tall the widget is (embed.js listens, checking our origin). */
(function () {
  if (window.parent === window) return;
  var fixed = parseInt(document.body && document.body.getAttribute("data-height"), 10);
  var last = 0;
  function post() {
    var h = fixed || Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (h && h !== last) { last = h; window.parent.postMessage({ type: "timeline-embed:height", height: h }, "*"); }
  }
  if (window.ResizeObserver) new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener("load", post);
  post();
})();
