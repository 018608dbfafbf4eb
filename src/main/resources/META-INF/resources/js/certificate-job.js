// Follows a background certificate job: asks for its progress every two seconds and shows it.
// The page already shows the stored progress, so this only saves reloading; once the job is
// finished the page reloads once to show the download link and the list of skipped trainees.
(function () {
  'use strict';
  var job = document.getElementById('job');
  if (!job || job.dataset.finished === 'true') {
    return;
  }
  function show(id, value) {
    var el = document.getElementById(id);
    if (el) {
      el.textContent = value;
    }
  }
  function poll() {
    fetch(job.dataset.progressUrl, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (p) {
        if (!p) {
          return;
        }
        var bar = document.getElementById('job-bar');
        bar.value = p.done;
        bar.max = p.total;
        show('job-count', job.dataset.countText.replace('DONE', p.done).replace('TOTAL', p.total));
        show('job-percent', Math.floor(p.total === 0 ? 100 : p.done * 100 / p.total) + '%');
        show('job-issued', p.issued);
        show('job-skipped', p.skipped);
        show('job-added', p.added);
        show('job-failed', p.failed);
        if (p.finished) {
          window.location.reload();
        }
      })
      .catch(function () { /* a missed poll is retried at the next tick */ })
      .then(function () { window.setTimeout(poll, 2000); });
  }
  window.setTimeout(poll, 2000);
})();
