// The exam page: a countdown from the server's remaining seconds (the device's clock only measures
// the time since the page loaded, never the deadline), and an autosave of each answer as it is
// given. The server decides what counts; without this script the form's buttons do the same.
(function () {
  "use strict";
  var form = document.getElementById("exam-form");
  var clock = document.getElementById("countdown");
  if (!form || !clock || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var endsAt = performance.now() + Number(clock.dataset.remaining) * 1000;
  var submitted = false;

  function two(n) { return (n < 10 ? "0" : "") + n; }

  function tick() {
    var left = Math.max(0, Math.round((endsAt - performance.now()) / 1000));
    var h = Math.floor(left / 3600), m = Math.floor(left % 3600 / 60), s = left % 60;
    clock.textContent = (h > 0 ? h + ":" + two(m) : m) + ":" + two(s);
    if (left === 0 && !submitted) {
      submitted = true;
      clock.textContent = clock.dataset.timeUp;
      // Answers already in flight still count during the server's grace period.
      window.setTimeout(function () {
        form.requestSubmit(document.getElementById("submit-exam"));
      }, 1500);
    }
  }

  function fieldsOf(fieldset) {
    var body = new URLSearchParams();
    body.append(form.dataset.csrfField, form.dataset.csrf);
    body.append("question", fieldset.dataset.question);
    fieldset.querySelectorAll("input, select").forEach(function (input) {
      if ((input.type === "radio" || input.type === "checkbox") && !input.checked) {
        return;
      }
      body.append(input.name, input.value);
    });
    return body;
  }

  // One save at a time per question, always of its latest state: answers reach the server in
  // the order they were given, so the latest saved is the latest given.
  var inFlight = {};
  var dirty = {};

  function save(fieldset) {
    var key = fieldset.dataset.question;
    if (inFlight[key]) {
      dirty[key] = true;
      return;
    }
    inFlight[key] = true;
    dirty[key] = false;
    var status = document.getElementById("status-" + key);
    status.classList.remove("refused");
    status.textContent = form.dataset.savingText;
    var headers = {};
    headers[form.dataset.csrfHeader] = form.dataset.csrf;
    fetch(form.dataset.saveUrl, { method: "POST", headers: headers, body: fieldsOf(fieldset), credentials: "same-origin" })
      .then(function (response) {
        return response.json().then(function (reply) { return { ok: response.ok, status: response.status, reply: reply }; });
      })
      .then(function (answer) {
        inFlight[key] = false;
        if (answer.ok) {
          endsAt = performance.now() + answer.reply.remainingSeconds * 1000;
          if (dirty[key]) {
            save(fieldset);
          } else {
            status.textContent = form.dataset.savedText;
          }
          return;
        }
        status.textContent = answer.reply.message || form.dataset.failedText;
        status.classList.add("refused");
        if (answer.status === 409) {
          form.querySelectorAll("input, select").forEach(function (input) { input.disabled = input.type !== "hidden"; });
        }
      })
      .catch(function () {
        inFlight[key] = false;
        status.textContent = form.dataset.failedText;
        status.classList.add("refused");
        window.setTimeout(function () { save(fieldset); }, 5000);
      });
  }

  // How many questions have an answer on the page, for the counter and the submit check.
  var questions = form.querySelectorAll("fieldset.question");
  function answered(fieldset) {
    return Array.prototype.some.call(fieldset.querySelectorAll("input, select"), function (input) {
      if (input.type === "radio" || input.type === "checkbox") {
        return input.checked;
      }
      return input.type !== "hidden" && input.value.trim() !== "";
    });
  }
  function blank() {
    return Array.prototype.filter.call(questions, function (f) { return !answered(f); }).length;
  }
  var counter = document.getElementById("answered");
  function count() {
    if (counter) {
      counter.textContent = form.dataset.answeredText.replace("%s", String(questions.length - blank()));
    }
  }

  // Submitting with blank questions asks first: one stray tap must not end an attempt. The
  // deadline's own submit does not ask.
  form.addEventListener("submit", function (event) {
    var button = event.submitter;
    if (submitted || !button || button.id !== "submit-exam") {
      return;
    }
    var left = blank();
    if (left > 0 && !window.confirm(form.dataset.confirmBlank.replace("%s", String(left)))) {
      event.preventDefault();
    }
  });

  var typing = {};
  questions.forEach(function (fieldset) {
    fieldset.addEventListener("change", function () { save(fieldset); count(); });
    fieldset.addEventListener("input", function (event) {
      if (event.target.type !== "text") {
        return;
      }
      window.clearTimeout(typing[fieldset.dataset.question]);
      typing[fieldset.dataset.question] = window.setTimeout(function () { save(fieldset); count(); }, 800);
    });
  });
  tick();
  window.setInterval(tick, 1000);
})();
