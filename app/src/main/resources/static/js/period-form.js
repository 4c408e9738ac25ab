// "All units" ticks or clears every unit; it follows the units ticked by hand.
  (function () {
    const all = document.getElementById('open-all-units');
    if (!all) { return; }
    const boxes = Array.from(document.querySelectorAll('.unit-choice'));
    const sync = () => { all.checked = boxes.length > 0 && boxes.every(b => b.checked); };
    all.addEventListener('change', () => boxes.forEach(b => { b.checked = all.checked; }));
    boxes.forEach(b => b.addEventListener('change', sync));
    sync();
  })();
