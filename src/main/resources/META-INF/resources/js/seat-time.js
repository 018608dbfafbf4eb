// Counts self-paced reading time honestly: while this page is visible and the trainee has used
// mouse, keyboard, touch or scroll within the idle window, it tells the server "still here" at a
// fixed interval. The server alone decides how much time that is worth; no clock is sent.
(function () {
  "use strict";
  var box = document.getElementById("seat-time");
  var status = document.getElementById("seat-time-status");
  if (!box || !status || !window.fetch) {
    return;
  }
  var intervalMs = Number(box.dataset.interval) * 1000;
  var idleMs = Number(box.dataset.idle) * 1000;
  var lastInput = Date.now();
  var failures = 0;
  ["pointerdown", "pointermove", "keydown", "scroll", "touchstart", "wheel"].forEach(function (type) {
    window.addEventListener(type, function () { lastInput = Date.now(); }, { passive: true });
  });

  function active() {
    return document.visibilityState === "visible" && Date.now() - lastInput < idleMs;
  }

  function beat() {
    if (!active()) {
      status.textContent = box.dataset.pausedText;
      return;
    }
    var headers = { "Content-Type": "application/json" };
    headers[box.dataset.csrfHeader] = box.dataset.csrf;
    fetch(box.dataset.url, { method: "POST", headers: headers, body: "{}", credentials: "same-origin", redirect: "error" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (result) {
        if (!result) {
          stopped();
          return;
        }
        failures = 0;
        var minutes = Math.floor(result.moduleSeconds / 60);
        status.textContent = result.moduleCredited
          ? "Module credited. Well done."
          : "Time counted on this module: " + minutes + " of " + box.dataset.minimum + " minutes.";
      })
      .catch(stopped);
  }

  // One lost beat may be a moment offline (the next one tries again); two in a row, and the
  // trainee must know that reading now earns nothing, rather than find out at the end.
  function stopped() {
    failures += 1;
    if (failures >= 2) {
      status.textContent = box.dataset.stoppedText;
    }
  }

  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") {
      lastInput = Date.now();
    }
  });
  beat();
  window.setInterval(beat, intervalMs);
})();
