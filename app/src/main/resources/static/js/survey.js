// The public survey form (issue 11): one press sends it once (the server spends the code with the answer anyway).
(function () {
  var form = document.getElementById('survey');
  if (!form) { return; }
  form.addEventListener('submit', function () {
    var send = document.getElementById('send');
    if (send) { send.disabled = true; }
  });
})();
