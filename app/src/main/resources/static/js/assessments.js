// Live totals of a sheet: on every change, the typed values go to the server, which asks core; nothing is saved.
(function () {
  const form = document.getElementById('sheet-form');
  if (!form) { return; }
  const csrf = document.querySelector('meta[name="_csrf"]');
  const target = form.dataset.target;
  let pending = null;
  function fmt(v) { return v === '' ? '' : (Math.round(v * 100) / 100).toString(); }
  function refresh() {
    const body = new URLSearchParams();
    document.querySelectorAll('[form="sheet-form"]').forEach(el => {
      if (!el.name) { return; }
      if (el.name.startsWith('v.') && !el.disabled) { body.append(el.name, el.value); }
      if (el.name.startsWith('na.') && el.checked) { body.append(el.name, 'NA'); }
    });
    const token = form.querySelector('input[name="_csrf"]');
    if (token) { body.append('_csrf', token.value); }
    fetch(form.dataset.preview, { method: 'POST', body: body, credentials: 'same-origin' })
      .then(r => r.ok ? r.json() : null)
      .then(t => {
        if (!t) { return; }
        const attr = target === 'self' ? 'data-self' : 'data-stage';
        document.querySelectorAll('[' + attr + ']').forEach(el => {
          const n = t.nodes[el.getAttribute(attr)];
          if (n) { el.textContent = fmt(n.points); }
        });
        const prefix = target === 'self' ? 'self' : 'stage';
        document.getElementById(prefix + '-points').textContent = t.points.toFixed(2);
        document.getElementById(prefix + '-index').textContent = t.index.toFixed(2);
        document.getElementById(prefix + '-band').textContent = t.band;
      });
  }
  function later() {
    clearTimeout(pending);
    pending = setTimeout(refresh, 200);
  }
  document.querySelectorAll('.score').forEach(el => {
    el.addEventListener('input', later);
    el.addEventListener('change', later);
  });
  // "Did not arise": the item's input is disabled while the box is ticked.
  document.querySelectorAll('.score.na').forEach(box => box.addEventListener('change', () => {
    const input = box.closest('td').querySelector('.score:not(.na)');
    if (input) { input.disabled = box.checked; }
  }));
  document.querySelectorAll('.dropzone').forEach(zone => {
    const input = zone.querySelector('input[type=file]');
    zone.addEventListener('dragover', e => { e.preventDefault(); zone.classList.add('over'); });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', e => {
      e.preventDefault();
      zone.classList.remove('over');
      input.files = e.dataTransfer.files;
    });
  });
})();
