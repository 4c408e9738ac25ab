/* The unit page's what-if panel: each change is sent to the server, which scores it through core. */
(function () {
  'use strict';
  var form = document.getElementById('whatif-form');
  if (!form) { return; }
  var lang = document.documentElement.lang || 'vi';
  var decimals = parseInt(form.dataset.decimals || '2', 10);
  var csrf = document.getElementById('whatif-csrf');
  var inputs = Array.prototype.slice.call(form.querySelectorAll('[data-node]'));
  var error = document.getElementById('whatif-error');
  var timer = null;
  var sent = 0;

  function number(v, d) {
    return new Intl.NumberFormat(lang, { minimumFractionDigits: d, maximumFractionDigits: d }).format(v);
  }
  function percent(v) { return v === null || v === undefined ? '—' : number(v, decimals) + '%'; }
  function signed(v) {
    var text = number(Math.abs(v), decimals);
    if (text === number(0, decimals)) { return text; }
    return (v < 0 ? '\u2212' : '+') + text;
  }
  function set(id, text, cls) {
    var el = document.getElementById(id);
    el.textContent = text;
    if (cls !== undefined) { el.className = 'small ' + cls; }
  }

  function changed() {
    var values = {};
    inputs.forEach(function (input) {
      input.classList.toggle('whatif-changed', input.value.trim() !== input.dataset.original);
      if (input.value.trim() !== input.dataset.original) { values[input.dataset.node] = input.value.trim(); }
    });
    return values;
  }

  function show(answer) {
    var a = answer.actual, c = answer.changed;
    set('whatif-index', percent(c.index));
    set('whatif-delta', answer.indexDelta === 0 ? '' : '(' + signed(answer.indexDelta) + ')',
        answer.indexDelta > 0 ? 'change-up' : (answer.indexDelta < 0 ? 'change-down' : ''));
    set('whatif-band', c.bandName);
    set('whatif-rank', String(c.rank));
    var gain = answer.rankGain;
    set('whatif-rank-change', gain === 0 ? '' : (gain > 0 ? '↑ ' + gain : '↓ ' + (-gain)),
        gain > 0 ? 'change-up' : (gain < 0 ? 'change-down' : ''));
    answer.fields.forEach(function (f) {
      var cell = form.querySelector('#whatif-fields tr[data-field="' + f.code + '"] td.after');
      if (cell) { cell.textContent = percent(f.after); }
    });
    form.dataset.rank = String(c.rank);
    error.textContent = '';
  }

  function ask() {
    var values = changed();
    var mine = ++sent;
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    headers[csrf.dataset.header] = csrf.value;
    fetch(form.dataset.url, { method: 'POST', headers: headers, credentials: 'same-origin',
      body: JSON.stringify({ values: values }) })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (r) {
        if (mine !== sent) { return; }
        if (r.ok) { show(r.body); } else { error.textContent = r.body.error || String(r.body); }
      })
      .catch(function (e) { if (mine === sent) { error.textContent = String(e); } });
  }

  form.addEventListener('change', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 250);
  });
  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 250);
  });
  form.addEventListener('reset', function () {
    setTimeout(function () { inputs.forEach(function (i) { i.value = i.dataset.original; }); ask(); }, 0);
  });
})();
