// rashomon's pages work without this file; it adds dragging to zoom the
// timeline, panning and zooming the map, and linking a document's words to
// their events. No dependencies, no build step.
"use strict";

(function () {
  // svgPoint turns a mouse event into the SVG's own coordinates.
  function svgPoint(svg, ev) {
    var pt = svg.createSVGPoint();
    pt.x = ev.clientX;
    pt.y = ev.clientY;
    return pt.matrixTransform(svg.getScreenCTM().inverse());
  }

  // Timeline: drag across the chart to zoom to that period.
  function timeline() {
    var svg = document.getElementById("timeline");
    if (!svg) return;
    var brush = document.getElementById("brush");
    var left = parseFloat(svg.dataset.left), right = parseFloat(svg.dataset.right);
    var from = Date.parse(svg.dataset.from + "T00:00:00Z"), to = Date.parse(svg.dataset.to + "T00:00:00Z") + 86400000;
    var start = null;
    function dateAt(x) {
      var f = Math.min(1, Math.max(0, (x - left) / (right - left)));
      return new Date(from + f * (to - from)).toISOString().slice(0, 10);
    }
    svg.addEventListener("mousedown", function (ev) {
      if (ev.button !== 0) return;
      start = svgPoint(svg, ev).x;
      brush.setAttribute("x", start);
      brush.setAttribute("width", 0);
      ev.preventDefault();
    });
    svg.addEventListener("mousemove", function (ev) {
      if (start === null) return;
      var x = svgPoint(svg, ev).x;
      brush.setAttribute("x", Math.min(start, x));
      brush.setAttribute("width", Math.abs(x - start));
    });
    window.addEventListener("mouseup", function (ev) {
      if (start === null) return;
      var x = svgPoint(svg, ev).x, a = Math.min(start, x), b = Math.max(start, x);
      start = null;
      if (b - a < 6) { brush.setAttribute("width", 0); return; } // a click: let the bar's link work
      var params = new URLSearchParams(window.location.search);
      params.set("since", dateAt(a));
      params.set("until", dateAt(b));
      params.delete("offset");
      window.location.search = params.toString();
    });
  }

  // Map: scroll to zoom around the pointer, drag to pan.
  function mapZoom() {
    var svg = document.getElementById("map");
    if (!svg) return;
    var vb = svg.viewBox.baseVal;
    var full = { x: vb.x, y: vb.y, w: vb.width, h: vb.height };
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var p = svgPoint(svg, ev);
      var k = ev.deltaY < 0 ? 0.8 : 1.25;
      var w = Math.min(full.w, Math.max(full.w / 40, vb.width * k));
      var h = w * full.h / full.w;
      vb.x = p.x - (p.x - vb.x) * (w / vb.width);
      vb.y = p.y - (p.y - vb.y) * (h / vb.height);
      vb.width = w;
      vb.height = h;
      svg.classList.toggle("zoomed", w < full.w);
    }, { passive: false });
    var drag = null;
    svg.addEventListener("pointerdown", function (ev) {
      if (ev.target.closest("a")) return;
      drag = { x: ev.clientX, y: ev.clientY, vx: vb.x, vy: vb.y };
      svg.setPointerCapture(ev.pointerId);
    });
    svg.addEventListener("pointermove", function (ev) {
      if (!drag) return;
      var scale = vb.width / svg.getBoundingClientRect().width;
      vb.x = drag.vx - (ev.clientX - drag.x) * scale;
      vb.y = drag.vy - (ev.clientY - drag.y) * scale;
    });
    svg.addEventListener("pointerup", function () { drag = null; });
    svg.addEventListener("dblclick", function () {
      vb.x = full.x; vb.y = full.y; vb.width = full.w; vb.height = full.h;
    });
  }

  // Document: bring the sentence asked for into view; a trigger's click
  // shows its event.
  function documentView() {
    var hl = document.querySelector(".sent.hl");
    if (hl && !window.location.hash) hl.scrollIntoView({ block: "center" });
    document.querySelectorAll("[data-event]").forEach(function (el) {
      el.addEventListener("click", function () {
        var box = document.getElementById("ev-" + el.dataset.event);
        if (!box) return;
        box.scrollIntoView({ block: "nearest", behavior: "smooth" });
        box.classList.add("flash");
        setTimeout(function () { box.classList.remove("flash"); }, 1200);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    timeline();
    mapZoom();
    documentView();
  });
})();
