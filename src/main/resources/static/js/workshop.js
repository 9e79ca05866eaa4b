// Zukunftswerkstatt live updates (progressive enhancement: every page works by reloading without this file).
// Listens to the workshop's server-sent events; new cards are inserted with textContent (never as HTML), other
// changes reload the live region of the page.
(function () {
  "use strict";
  var root = document.querySelector("[data-live]");
  if (!root) {
    return;
  }
  var timer = document.querySelector("[data-timer-seconds]");
  if (timer) {
    var left = parseInt(timer.getAttribute("data-timer-seconds"), 10);
    var tick = setInterval(function () {
      left = Math.max(0, left - 1);
      var s = left % 60;
      timer.textContent = Math.floor(left / 60) + ":" + (s < 10 ? "0" : "") + s;
      if (left === 0) {
        clearInterval(tick);
      }
    }, 1000);
  }
  if (!window.EventSource) {
    return;
  }
  var mode = root.getAttribute("data-mode");
  var phase = root.getAttribute("data-phase");
  var url = root.getAttribute("data-live");
  var after = root.getAttribute("data-after");
  var status = document.getElementById("live-status");
  var source = new EventSource(url + (url.indexOf("?") < 0 ? "?" : "&") + "after=" + encodeURIComponent(after));
  var pending = null;

  function say(attribute) {
    if (status && status.getAttribute(attribute)) {
      status.textContent = status.getAttribute(attribute);
    }
  }

  function busy(region) {
    var active = document.activeElement;
    return active && region.contains(active) && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName);
  }

  function refresh() {
    if (pending) {
      return;
    }
    pending = setTimeout(function () {
      pending = null;
      var region = document.getElementById("live-region");
      if (!region || busy(region) || region.querySelector("details[open]")) {
        refresh();
        return;
      }
      fetch(window.location.href, { credentials: "same-origin", headers: { "Accept": "text/html" } })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (!html) {
            return;
          }
          var next = new DOMParser().parseFromString(html, "text/html").getElementById("live-region");
          var current = document.getElementById("live-region");
          if (next && current) {
            current.replaceWith(next);
          }
        });
    }, mode === "guest" ? 1500 : 700);
  }

  source.onopen = function () { say("data-connected"); };
  source.onerror = function () { say("data-lost"); };
  source.addEventListener("card", function (event) {
    var card = JSON.parse(event.data);
    if (mode !== "guest") {
      refresh();
      return;
    }
    if (card.phase !== phase || document.getElementById("card-" + card.id)) {
      return;
    }
    var list = document.querySelector('[data-column="' + card.column + '"]');
    if (!list) {
      refresh();
      return;
    }
    var item = document.createElement("li");
    item.id = "card-" + card.id;
    item.className = "ws-card ws-new";
    var text = document.createElement("p");
    text.className = "ws-text";
    text.textContent = card.text;
    item.appendChild(text);
    if (card.author && card.origin === "PARTICIPANT") {
      var author = document.createElement("span");
      author.className = "ws-author";
      author.textContent = card.author;
      item.appendChild(author);
    }
    list.appendChild(item);
    if (root.querySelector(".ws-vote-info")) {
      refresh();
    }
  });
  ["card-hidden", "card-merged"].forEach(function (kind) {
    source.addEventListener(kind, function (event) {
      var element = document.getElementById("card-" + JSON.parse(event.data).id);
      if (element && mode === "guest") {
        element.remove();
      } else {
        refresh();
      }
    });
  });
  ["card-changed", "cluster", "field", "reload"].forEach(function (kind) {
    source.addEventListener(kind, refresh);
  });
  ["phase", "session"].forEach(function (kind) {
    source.addEventListener(kind, function () {
      // the phase, timer or voting changed: the whole page differs
      setTimeout(function () { window.location.reload(); }, 300);
    });
  });
  source.addEventListener("vote", function () {
    if (mode !== "guest" || root.getAttribute("data-results") === "true") {
      refresh();
    }
  });
})();
