/* workshop_data: switch every <time class="wd-time"> of the page between the venue's time
 * zone (as written in the HTML, right without JavaScript) and the reader's own zone.
 * No server, no library. "?tz=local" in the URL starts in the reader's zone. */
(function () {
  "use strict";

  function readerZone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  }

  function clock(date, zone) {
    return new Intl.DateTimeFormat("en-GB", {
      hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone,
    }).format(date);
  }

  function isoDay(date, zone) {
    var parts = {};
    new Intl.DateTimeFormat("en-US", {
      year: "numeric", month: "2-digit", day: "2-digit", timeZone: zone,
    }).formatToParts(date).forEach(function (p) { parts[p.type] = p.value; });
    return parts.year + "-" + parts.month + "-" + parts.day;
  }

  function dayLabel(date, zone) {
    return new Intl.DateTimeFormat("en-GB", {
      weekday: "short", day: "numeric", month: "short", timeZone: zone,
    }).format(date);
  }

  function offsetName(date, zone) {
    var part = new Intl.DateTimeFormat("en-US", {
      timeZone: zone, timeZoneName: "shortOffset",
    }).formatToParts(date).filter(function (p) { return p.type === "timeZoneName"; })[0];
    return part ? part.value : "";
  }

  function show(local) {
    var zone = readerZone();
    var times = document.querySelectorAll("time.wd-time");
    var first = null;
    times.forEach(function (el) {
      if (el.dataset.venueText === undefined) { el.dataset.venueText = el.textContent; }
      var value = el.getAttribute("datetime");
      var date = new Date(value);
      if (first === null) { first = date; }
      if (!local) { el.textContent = el.dataset.venueText; return; }
      var text = clock(date, zone);
      if (isoDay(date, zone) !== value.slice(0, 10)) { text += " (" + dayLabel(date, zone) + ")"; }
      el.textContent = text;
    });
    document.querySelectorAll(".wd-tz-label").forEach(function (el) {
      if (el.dataset.venueHtml === undefined) { el.dataset.venueHtml = el.innerHTML; }
      if (!local) { el.innerHTML = el.dataset.venueHtml; return; }
      el.textContent = "";
      var strong = document.createElement("strong");
      strong.textContent = zone;
      el.appendChild(strong);
      var offset = first ? offsetName(first, zone) : "";
      el.appendChild(document.createTextNode((offset ? " (" + offset + ")" : "") + ", your time zone."));
    });
    document.querySelectorAll("button.wd-tz-switch").forEach(function (button) {
      button.setAttribute("aria-pressed", local ? "true" : "false");
      button.textContent = local
        ? "Show the venue's time (" + button.dataset.venueTz + ")"
        : "Show in my time zone";
    });
    document.documentElement.dataset.wdTz = local ? "local" : "venue";
  }

  function init() {
    var buttons = document.querySelectorAll("button.wd-tz-switch");
    buttons.forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        show(button.getAttribute("aria-pressed") !== "true");
      });
    });
    var wanted = new URLSearchParams(window.location.search).get("tz");
    if (buttons.length && wanted === "local") { show(true); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
