// Shows the session's rotating check-in code to the room, fetched from the server when it changes.
(function () {
  "use strict";
  var box = document.getElementById("check-in-code");
  if (!box || !window.fetch) {
    return;
  }
  function refresh() {
    fetch(box.dataset.url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (shown) {
        if (!shown) {
          return;
        }
        box.textContent = shown.code;
        var wait = Math.max(1000, Date.parse(shown.changesAt) - Date.now() + 500);
        window.setTimeout(refresh, Math.min(wait, 60000));
      })
      .catch(function () { window.setTimeout(refresh, 5000); });
  }
  refresh();
})();
