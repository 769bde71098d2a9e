// Draws the dashboard charts from the JSON in each canvas's data-chart attribute (no inline script,
// so the pages work under a strict Content-Security-Policy). Each drawn canvas gets
// data-rendered="N", the number of values it shows.
(function () {
  "use strict";
  var palette = ["#8a1c1c", "#1a4f8b", "#2e7d32", "#b26a00", "#6a1b9a", "#00838f", "#5d4037",
    "#c2185b", "#455a64", "#9e9d24"];

  function draw(canvas) {
    var spec = JSON.parse(canvas.getAttribute("data-chart"));
    var values = spec.values || [];
    var config;
    if (spec.type === "timeline") {
      var lang = spec.lang === "en" ? "en-GB" : "id-ID";
      var format = function (ms) {
        return new Date(ms).toLocaleDateString(lang, {year: "numeric", month: "short", timeZone: "UTC"});
      };
      var starts = values.map(function (v) { return v[0]; });
      var ends = values.map(function (v) { return v[1]; });
      var year = 365.25 * 24 * 3600 * 1000;
      config = {
        type: "bar",
        data: {labels: spec.labels, datasets: [{label: spec.label, data: values, backgroundColor: palette[1]}]},
        options: {
          indexAxis: "y",
          animation: false,
          aspectRatio: Math.max(1.5, 6 - values.length / 4),
          scales: {x: {
            type: "linear",
            min: values.length ? Math.min.apply(null, starts) - year / 4 : undefined,
            max: values.length ? Math.max.apply(null, ends) + year / 4 : undefined,
            ticks: {callback: format}
          }},
          plugins: {legend: {display: false}, tooltip: {callbacks: {label: function (item) {
            var v = item.raw; return format(v[0]) + " – " + format(v[1]);
          }}}}
        }
      };
    } else {
      var round = spec.type === "pie" || spec.type === "doughnut";
      config = {
        type: spec.type,
        data: {
          labels: spec.labels,
          datasets: [{
            label: spec.label,
            data: values,
            backgroundColor: round ? palette.slice(0, Math.max(values.length, 1)) : palette[0]
          }]
        },
        options: {
          indexAxis: spec.indexAxis || "x",
          animation: false,
          plugins: {legend: {display: round}},
          scales: round ? {} : (spec.percent ? {y: {min: 0, max: 100}} : {})
        }
      };
    }
    new window.Chart(canvas, config);
    canvas.setAttribute("data-rendered", String(values.length));
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll("canvas[data-chart]").forEach(draw);
  });
})();
