// A unit's indicator series (issue 11): one small line chart each, the full-points threshold as a dashed line.
(function () {
  var holder = document.getElementById('indicator-charts');
  if (typeof Chart === 'undefined' || !holder) { return; }
  var series = JSON.parse(holder.dataset.series);
  var vi = (document.documentElement.lang || 'vi') === 'vi';
  function number(v) { return v.toLocaleString(vi ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }) + '%'; }
  function day(iso) { var p = iso.split('-'); return p[2] + '/' + p[1]; }
  holder.querySelectorAll('canvas[data-index]').forEach(function (canvas) {
    var s = series[Number(canvas.dataset.index)];
    var top = Math.max(100, s.fullPointsAt);
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: s.dates.map(day),
        datasets: [
          { label: s.name, data: s.values, borderColor: '#0d6efd', backgroundColor: '#0d6efd', pointRadius: 2 },
          { label: holder.dataset.threshold + ' ' + number(s.fullPointsAt),
            data: s.dates.map(function () { return s.fullPointsAt; }), borderColor: '#198754',
            borderDash: [6, 4], pointRadius: 0, borderWidth: 1.5 }
        ]
      },
      options: {
        animation: false, maintainAspectRatio: false,
        scales: { y: { min: 0, max: top, ticks: { callback: function (v) { return v + '%'; } } },
                  x: { ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 6 } } },
        plugins: { legend: { display: true, labels: { boxWidth: 12, font: { size: 10 },
                                                        filter: function (item) { return item.datasetIndex === 1; } } },
                   tooltip: { callbacks: { label: function (item) { return item.dataset.label + ': ' + number(item.raw); } } } }
      }
    });
  });
})();
