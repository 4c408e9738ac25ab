// Buttons with data-confirm (deleting a draft period, submitting a sheet) ask before their form is sent.
document.querySelectorAll('button[data-confirm]').forEach(b => b.addEventListener('click', e => {
  if (!window.confirm(b.dataset.confirm)) { e.preventDefault(); }
}));
