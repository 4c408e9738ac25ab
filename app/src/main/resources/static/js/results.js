/* ParIndex results pages: sortable tables, period selector, framework tree and charts (Chart.js). */
(function () {
  'use strict';
  var lang = document.documentElement.lang || 'vi';

  function percent(v, decimals) {
    if (v === null || v === undefined) { return '—'; }
    var d = decimals === undefined ? 2 : decimals;
    return new Intl.NumberFormat(lang, { minimumFractionDigits: d, maximumFractionDigits: d }).format(v) + '%';
  }

  /* A figure as the page shows it (73,90% in Vietnamese, 73.90% in English); no figure ("—") sorts first. */
  function number(text) {
    var t = text.replace(/[^0-9,.\-]/g, '');
    t = lang === 'vi' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
    var v = parseFloat(t);
    return isNaN(v) ? -Infinity : v;
  }

  /* Sortable tables: a button in each heading; numbers by data-sort, names in Vietnamese alphabetical order. */
  function sortBy(table, th, index) {
    var numeric = th.dataset.type === 'number';
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    function key(row) {
      var cell = row.cells[index];
      if (cell.dataset.sort !== undefined) { return numeric ? parseFloat(cell.dataset.sort) : cell.dataset.sort; }
      return numeric ? number(cell.textContent) : cell.textContent.trim();
    }
    rows.sort(function (a, b) {
      var x = key(a), y = key(b);
      var c = numeric ? (x > y) - (x < y) : String(x).localeCompare(String(y), 'vi');
      return ascending ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    table.querySelectorAll('thead th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }

  document.querySelectorAll('table.sortable').forEach(function (table) {
    table.querySelectorAll('thead th').forEach(function (th, i) {
      var button = th.querySelector('button.sort');
      if (button) { button.addEventListener('click', function () { sortBy(table, th, i); }); }
    });
  });

  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });

  document.querySelectorAll('button[data-tree]').forEach(function (button) {
    button.addEventListener('click', function () {
      var open = button.dataset.tree === 'open';
      document.querySelectorAll('.framework-tree details').forEach(function (d) { d.open = open; });
    });
  });

  var holder = document.getElementById('parindex-chart');
  if (typeof Chart === 'undefined' || !holder) { return; }
  var data = holder.dataset.chart ? JSON.parse(holder.dataset.chart)
    : { fields: JSON.parse(holder.dataset.fields), trend: JSON.parse(holder.dataset.trend) };
  var BAND_COLOURS = { 'xuat-sac': '#198754', 'tot': '#20c997', 'kha': '#0dcaf0', 'trung-binh': '#ffc107', 'yeu': '#dc3545' };
  var PALETTE = ['#0d6efd', '#6c757d', '#fd7e14', '#6f42c1', '#d63384'];
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;

  function short(canvas, code) { return (canvas.dataset.short || '{0}').replace('{0}', code); }
  function fill(pattern, text) { return (pattern || '{0}').replace('{0}', text); }
  function percentAxis() {
    return { min: 0, max: 100, ticks: { callback: function (v) { return percent(v, 0); } } };
  }

  var canvas = document.getElementById('chart-fields');
  if (canvas && data.fields) {
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.fields.fields.map(function (c) { return short(canvas, c); }),
        datasets: [
          { label: canvas.dataset.unit, data: data.fields.unit, backgroundColor: '#0d6efd' },
          { label: canvas.dataset.average, data: data.fields.averages, backgroundColor: '#adb5bd' }
        ]
      },
      options: {
        scales: { y: percentAxis() },
        plugins: { tooltip: { callbacks: {
          title: function (items) { return data.fields.fieldNames[items[0].dataIndex]; },
          label: function (item) { return item.dataset.label + ': ' + percent(item.raw); }
        } } }
      }
    });
  }

  function trendChart(id, key, axis, format) {
    var c = document.getElementById(id);
    if (!c || !data.trend || !data.trend.series.length) { return; }
    new Chart(c, {
      type: 'line',
      data: {
        labels: data.trend.periods,
        datasets: data.trend.series.map(function (s, i) {
          var colour = s.lineage ? PALETTE[1 + (i % (PALETTE.length - 1))] : PALETTE[0];
          return { label: s.lineage ? fill(c.dataset.predecessor, s.name) : s.name, data: s[key],
                   borderColor: colour, backgroundColor: colour, borderDash: s.lineage ? [6, 4] : [],
                   pointRadius: 4, spanGaps: false };
        })
      },
      options: {
        scales: { y: axis, x: { ticks: { maxRotation: 0, autoSkip: true } } },
        plugins: { title: { display: true, text: c.dataset.title },
                   legend: { display: data.trend.series.length > 1 },
                   tooltip: { callbacks: {
                     title: function (items) { return data.trend.periodNames[items[0].dataIndex]; },
                     label: function (item) { return item.dataset.label + ': ' + format(item.raw); } } } }
      }
    });
  }
  var units = data.trend ? data.trend.units : 1;
  trendChart('chart-rank', 'rank', { reverse: true, min: 1, max: units,
                                     ticks: { stepSize: units <= 10 ? 1 : Math.ceil(units / 5), precision: 0 } },
             function (v) { return v; });
  trendChart('chart-index', 'index', percentAxis(), function (v) { return percent(v); });

  canvas = document.getElementById('chart-bands');
  if (canvas && data.bands) {
    new Chart(canvas, {
      type: 'bar',
      data: { labels: data.bands, datasets: [{ label: canvas.dataset.axis, data: data.counts,
        backgroundColor: data.bandCodes.map(function (c) { return BAND_COLOURS[c] || '#0d6efd'; }) }] },
      options: { plugins: { legend: { display: false } },
                 scales: { y: { beginAtZero: true, ticks: { stepSize: 1, precision: 0 },
                                title: { display: true, text: canvas.dataset.axis } } } }
    });
  }

  canvas = document.getElementById('chart-averages');
  if (canvas && data.averages) {
    new Chart(canvas, {
      type: 'bar',
      data: { labels: data.fields.map(function (c) { return short(canvas, c); }),
              datasets: [{ label: canvas.getAttribute('aria-label'), data: data.averages, backgroundColor: '#0d6efd' }] },
      options: { plugins: { legend: { display: false }, tooltip: { callbacks: {
                   title: function (items) { return data.fieldNames[items[0].dataIndex]; },
                   label: function (item) { return percent(item.raw); } } } },
                 scales: { y: percentAxis() } }
    });
  }

  /* issue 10: the forecast against the last result, units at risk first. */
  canvas = document.getElementById('chart-forecast');
  if (canvas && data.forecast) {
    var f = data.forecast;
    new Chart(canvas, {
      type: 'bar',
      data: { labels: f.units, datasets: [
        { label: canvas.dataset.forecast, data: f.index,
          backgroundColor: f.risk.map(function (r) { return r ? '#dc3545' : '#0d6efd'; }) },
        { label: canvas.dataset.last, data: f.last, type: 'line', showLine: false, pointRadius: 5,
          pointStyle: 'rectRot', borderColor: '#212529', backgroundColor: '#212529' }] },
      options: { indexAxis: 'x', scales: { y: percentAxis(), x: { ticks: { autoSkip: false, maxRotation: 60 } } },
                 plugins: { tooltip: { callbacks: { label: function (item) {
                   return item.dataset.label + ': ' + percent(item.raw); } } } } }
    });
  }
})();
