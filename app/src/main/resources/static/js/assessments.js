// Live totals of a sheet: on every change, the typed values go to the server, which asks core; nothing is saved.
(function () {
  const form = document.getElementById('sheet-form');
  if (!form) { return; }
  const csrf = document.querySelector('meta[name="_csrf"]');
  const target = form.dataset.target;
  let pending = null;
  // Figures as the page's language writes them: 0,5 and 46,00 in Vietnamese, 0.5 and 46.00 in English.
  const lang = document.documentElement.lang || 'vi';
  const points = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const fixed = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  function fmt(v) { return v === '' ? '' : points.format(v); }
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
        document.getElementById(prefix + '-points').textContent = fixed.format(t.points);
        document.getElementById(prefix + '-index').textContent = fixed.format(t.index);
        document.getElementById(prefix + '-band').textContent = t.band;
        const own = document.getElementById('own-points');
        if (own && target === 'self') {
          const sum = own.dataset.codes.split(' ').map(c => t.nodes[c] ? Number(t.nodes[c].points) || 0 : 0)
            .reduce((a, b) => a + b, 0);
          own.textContent = fixed.format(sum);
        }
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
  // Drag and drop: each dropped file is uploaded on its own (same checks as the form), its line shows the result.
  const modal = document.getElementById('preview');
  const text = modal ? modal.dataset : {};
  function token(zone) {
    const t = zone.querySelector('input[name="_csrf"]');
    return t ? t.value : (csrf ? csrf.content : '');
  }
  function fileLink(zone, f) {
    const li = document.createElement('li');
    li.className = 'text-truncate';
    const a = document.createElement('a');
    a.href = text.evidence + f.id;
    a.target = '_blank';
    a.textContent = f.name;
    li.appendChild(a);
    if (f.preview) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'btn btn-link btn-sm p-0 ms-1 view';
      b.dataset.url = a.href;
      b.dataset.type = f.type;
      b.dataset.name = f.name;
      b.textContent = text.view || 'View';
      li.appendChild(document.createTextNode(' '));
      li.appendChild(b);
    }
    zone.closest('td').querySelector('.files').appendChild(li);
  }
  async function uploadAll(zone, files) {
    const list = zone.querySelector('.progress-list');
    const node = zone.querySelector('input[name="node"]').value;
    const lines = Array.from(files).map(file => {
      const li = document.createElement('li');
      li.className = 'text-muted';
      li.textContent = file.name + ': ' + (text.uploading || '…');
      list.appendChild(li);
      return li;
    });
    for (let i = 0; i < files.length; i++) {
      const body = new FormData();
      body.append('node', node);
      body.append('file', files[i]);
      const t = token(zone);
      body.append('_csrf', t);
      let answer = null;
      try {
        const r = await fetch(zone.dataset.one, { method: 'POST', body: body, credentials: 'same-origin',
          headers: { 'X-CSRF-TOKEN': t, 'Accept': 'application/json' } });
        answer = await r.json().catch(() => ({ error: r.status + ' ' + r.statusText }));
        answer.ok = r.ok;
      } catch (e) {
        answer = { ok: false, error: String(e) };
      }
      lines[i].className = answer.ok ? 'text-success' : 'text-danger';
      lines[i].textContent = answer.ok ? '✓ ' + answer.message : '✗ ' + files[i].name + ': '
        + (answer.error || text.failed);
      if (answer.ok) { fileLink(zone, answer); }
    }
  }
  document.querySelectorAll('.dropzone').forEach(zone => {
    const input = zone.querySelector('input[type=file]');
    input.addEventListener('change', () => {
      zone.querySelector('.picked').textContent = Array.from(input.files).map(f => f.name).join(', ');
    });
    // "Upload" sends the chosen files like dropped ones: the page is not reloaded, nothing typed is lost.
    zone.addEventListener('submit', e => {
      e.preventDefault();
      const files = Array.from(input.files);
      if (!files.length) {
        const li = document.createElement('li');
        li.className = 'text-danger';
        li.textContent = '✗ ' + (text.noFile || '');
        zone.querySelector('.progress-list').appendChild(li);
        return;
      }
      input.value = '';
      zone.querySelector('.picked').textContent = '';
      uploadAll(zone, files);
    });
    ['dragenter', 'dragover'].forEach(type => zone.addEventListener(type, e => {
      e.preventDefault();
      zone.classList.add('over');
    }));
    zone.addEventListener('dragleave', e => {
      if (!zone.contains(e.relatedTarget)) { zone.classList.remove('over'); }
    });
    zone.addEventListener('drop', e => {
      e.preventDefault();
      zone.classList.remove('over');
      if (e.dataTransfer && e.dataTransfer.files.length) { uploadAll(zone, e.dataTransfer.files); }
    });
  });
  // Questions and answers are sent without reloading the page: the grid keeps what was typed.
  function notice(message, ok) {
    const info = document.getElementById('info');
    const error = document.getElementById('error');
    (ok ? error : info).classList.add('d-none');
    const el = ok ? info : error;
    el.textContent = message;
    el.classList.remove('d-none');
  }
  function explanationBlock(question) {
    const div = document.createElement('div');
    div.className = 'small border-start border-warning ps-2 mt-1 explanation';
    const q = document.createElement('div');
    const label = document.createElement('strong');
    label.textContent = text.questionLabel;
    q.append(label, ': ');
    const span = document.createElement('span');
    span.textContent = question;
    q.appendChild(span);
    const waiting = document.createElement('div');
    waiting.className = 'text-muted';
    waiting.textContent = text.awaiting;
    div.append(q, waiting);
    return div;
  }
  async function sendQuietly(f) {
    const body = new URLSearchParams(new FormData(f));
    const button = f.querySelector('button');
    button.disabled = true;
    try {
      const r = await fetch(f.action, { method: 'POST', body: body, credentials: 'same-origin',
        headers: { 'Accept': 'application/json' } });
      const answer = await r.json().catch(() => ({ error: r.status + ' ' + r.statusText }));
      if (!r.ok) {
        notice(answer.error || text.failed, false);
        return;
      }
      notice(answer.message, true);
      const status = document.createElement('div');
      status.className = 'small text-success sent';
      status.setAttribute('role', 'status');
      status.textContent = '✓ ' + answer.message;
      if (f.classList.contains('ask-form')) {
        const cell = f.closest('tr').querySelector('td.notes');
        cell.appendChild(explanationBlock(answer.question));
        f.querySelector('textarea').value = '';
        f.closest('details').open = false;
        f.closest('details').after(status);
      } else {
        const done = document.createElement('div');
        done.className = 'text-success';
        done.textContent = answer.answer;
        f.replaceWith(done, status);
      }
    } catch (e) {
      notice(String(e), false);
    } finally {
      button.disabled = false;
    }
  }
  document.querySelectorAll('form.ask-form, form.answer-form').forEach(f => f.addEventListener('submit', e => {
    e.preventDefault();
    sendQuietly(f);
  }));
  // Leaving the page with unsaved input asks first: typed scores and notes, or a question or answer not yet sent.
  let unsaved = false;
  function typed(e) {
    if (e.target.matches && e.target.matches('[form="sheet-form"]')) { unsaved = true; }
  }
  document.addEventListener('input', typed);
  document.addEventListener('change', typed);
  form.addEventListener('submit', () => { unsaved = false; });
  window.addEventListener('beforeunload', e => {
    const pending = Array.from(document.querySelectorAll('.ask-form textarea, .answer-form textarea'))
      .some(t => t.value.trim() !== '');
    if (unsaved || pending) {
      e.preventDefault();
      e.returnValue = '';
    }
  });
  // Preview of PDF (a frame) and images in a modal; the file is served inline by the server.
  if (modal) {
    const body = document.getElementById('preview-body');
    document.addEventListener('click', e => {
      const b = e.target.closest('.view');
      if (!b) { return; }
      e.preventDefault();
      body.replaceChildren();
      let el;
      if (b.dataset.type === 'application/pdf') {
        el = document.createElement('iframe');
        el.className = 'preview-frame';
        el.title = b.dataset.name;
      } else {
        el = document.createElement('img');
        el.className = 'img-fluid';
        el.alt = b.dataset.name;
      }
      el.src = b.dataset.url;
      body.appendChild(el);
      document.getElementById('preview-title').textContent = b.dataset.name;
      document.getElementById('preview-open').href = b.dataset.url;
      bootstrap.Modal.getOrCreateInstance(modal).show();
    });
    modal.addEventListener('hidden.bs.modal', () => body.replaceChildren());
  }
  // Tests (and scripts) wait for this mark: from here on no action of the page reloads it over unsaved input.
  document.body.dataset.sheetReady = 'true';
})();
