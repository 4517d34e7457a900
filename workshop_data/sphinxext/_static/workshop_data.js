/* workshop_data: switch every <time class="wd-time"> of the page between the venue's time
 * zone (as written in the HTML, right without JavaScript) and the reader's own zone, or any
 * zone chosen from the menu beside the switch (as the old site's schedules of NeurIPS 2020 to
 * 2022 offered); in a schedule table a day change shows as a row naming the day rather than
 * beside each time.
 * Filter boxes narrow a list (the accepted papers) to the items holding every word typed.
 * The search button shows ⌘K on a Mac, Ctrl+K elsewhere. Printed, what is folded away is open.
 * No server, no library. "?tz=local" in the URL starts in the reader's zone, "?tz=Asia/Tokyo"
 * in that zone. */
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

  /* "UTC+09:00", "UTC-08:00", "UTC+05:30": the offset of the zone at the date, written as the
   * site's Python writes the venue's (timeutil.utc_offset), from the zone's wall clock (Intl's
   * parts, which every browser gives) less the instant's. It wrote the browser's "GMT+9" beside
   * the venue's "(PST, UTC-08:00)", and needed "shortOffset", which older browsers lack. */
  function utcOffset(date, zone) {
    var p = {};
    new Intl.DateTimeFormat("en-US", {
      timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", second: "2-digit",
    }).formatToParts(date).forEach(function (part) { p[part.type] = part.value; });
    var wall = new Date(0);  // setUTCFullYear: Date.UTC reads a year below 100 as 19xx
    wall.setUTCFullYear(+p.year, +p.month - 1, +p.day);
    wall.setUTCHours(+p.hour % 24, +p.minute, +p.second, 0);
    var minutes = Math.round((wall.getTime() - Math.floor(date.getTime() / 1000) * 1000) / 60000);
    var whole = Math.abs(minutes);
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return "UTC" + (minutes < 0 ? "-" : "+") + pad(Math.floor(whole / 60)) + ":" + pad(whole % 60);
  }

  /* zone: the IANA name of the zone to show the times in; null: the venue's (the HTML's). */
  function show(zone) {
    var local = zone !== null;
    var yours = local && resolvedZone(zone) === resolvedZone(readerZone());  // an alias of it too
    var times = document.querySelectorAll("time.wd-time");
    var first = null;
    times.forEach(function (el) {
      if (el.dataset.venueText === undefined) { el.dataset.venueText = el.textContent; }
      var value = el.getAttribute("datetime");
      var date = new Date(value);
      // a value the browser reads no time in (an offset in seconds, a zone's mean time before
      // 1900: "1850-01-01T10:00:00-07:52:58") keeps the venue's text; Intl threw on it, midway
      if (!local || isNaN(date.getTime())) { el.textContent = el.dataset.venueText; return; }
      if (first === null) { first = date; }
      var text = clock(date, zone);
      var inTable = el.closest("table.wd-schedule") !== null;
      // a time shown with its day (not on the edition's day) keeps it; another, when the day differs
      var dated = el.classList.contains("wd-dated");
      // but an end right after its start on the same day does not repeat it: "01:20 (Mon 16 Dec)–02:15"
      var until = el.parentElement.classList.contains("wd-until") ? el.parentElement : el;  // markup.time_range
      var start = until.previousElementSibling;
      var since = start && start.matches("time.wd-time") ? new Date(start.getAttribute("datetime")) : null;
      var sameDay = since !== null && !isNaN(since.getTime()) && isoDay(since, zone) === isoDay(date, zone);
      if (!inTable && !sameDay && (dated || isoDay(date, zone) !== value.slice(0, 10))) {
        text += " (" + dayLabel(date, zone) + ")";
      }
      el.textContent = text;
    });
    document.querySelectorAll(".wd-tz-label").forEach(function (el) {
      if (el.dataset.venueHtml === undefined) { el.dataset.venueHtml = el.innerHTML; }
      if (!local) { el.innerHTML = el.dataset.venueHtml; return; }
      el.textContent = "";
      var strong = document.createElement("strong");
      strong.textContent = zone;
      el.appendChild(strong);
      if (first) {  // as the venue's: "Asia/Tokyo (UTC+09:00)", the offset on one line
        var offset = document.createElement("span");
        offset.className = "wd-offset";
        offset.textContent = "(" + utcOffset(first, zone) + ")";
        el.appendChild(document.createTextNode(" "));
        el.appendChild(offset);
      }
      el.appendChild(document.createTextNode(yours ? ", your time zone." : ", the time zone chosen."));
    });
    document.querySelectorAll("button.wd-tz-switch").forEach(function (button) {
      button.setAttribute("aria-pressed", yours ? "true" : "false");
      // a page of several venues (a person's: each edition at its own) names none of them
      var venue = button.dataset.venueTz ? "the venue’s time (" + button.dataset.venueTz + ")" : "each venue’s time";  // typographic, as the page (typography.py)
      button.textContent = yours ? "Show " + venue : "Show in my time zone";
    });
    document.querySelectorAll("select.wd-tz-select").forEach(function (select) {
      if (local) { zoneOption(select, zone); }
      select.value = local ? zone : "";
    });
    dayRows(local, zone);
    document.documentElement.dataset.wdTz = !local ? "venue" : yours ? "local" : zone;
  }

  /* The browser's own name of the zone called ``name`` (Chromium's "Asia/Calcutta" for
   * "Asia/Kolkata", "Asia/Tokyo" for "asia/tokyo"), or null for a name it does not know (Intl
   * throws a RangeError for any other). */
  function resolvedZone(name) {
    try {
      return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone || null;
    } catch (e) {
      return null;
    }
  }

  /* A zone the browser knows, named as it writes it where only the case differs ("?tz=asia/tokyo"
   * showed "asia/tokyo" and added it to the menu beside "Asia/Tokyo"), else as given; null for
   * a name it does not know. */
  function knownZone(name) {
    var found = resolvedZone(name);
    if (found === null) { return null; }
    return found.toLowerCase() === name.toLowerCase() ? found : name;
  }

  /* The menu's option for a zone, added where the browser's list lacks it (an alias such as the
   * reader's own "Asia/Calcutta", or "UTC"). */
  function zoneOption(select, zone) {
    var found = Array.prototype.some.call(select.options, function (o) { return o.value === zone; });
    if (!found) {
      var option = document.createElement("option");
      option.value = option.textContent = zone;
      select.appendChild(option);
    }
  }

  /* The menu of every zone the browser knows (Intl.supportedValuesOf), after the venue's; shown
   * only where the script runs and the browser lists its zones. */
  function initZoneMenu(select) {
    if (typeof Intl.supportedValuesOf !== "function") { return; }
    Intl.supportedValuesOf("timeZone").forEach(function (zone) { zoneOption(select, zone); });
    select.addEventListener("change", function () { show(select.value === "" ? null : select.value); });
    select.closest(".wd-tz-choice").hidden = false;
  }

  /* "Sunday 15 December 2024", as the page writes the venue's day */
  function longDay(date, zone) {
    var parts = {};
    new Intl.DateTimeFormat("en-GB", {
      weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: zone,
    }).formatToParts(date).forEach(function (p) { parts[p.type] = p.value; });
    return parts.weekday + " " + parts.day + " " + parts.month + " " + parts.year;
  }

  /* The venue's day rows (in the HTML) or the reader's: a row above the first slot and above
   * each slot that starts on another day than the one before it. */
  function dayRows(local, zone) {
    document.querySelectorAll("table.wd-schedule").forEach(function (table) {
      table.querySelectorAll("tr.wd-day-local").forEach(function (row) { row.remove(); });
      table.querySelectorAll("tr.wd-day-venue").forEach(function (row) { row.hidden = local; });
      if (!local) { return; }
      var shown = null;
      table.querySelectorAll("tbody > tr:not(.wd-day-row)").forEach(function (row) {
        var time = row.querySelector("time.wd-time");
        if (!time) { return; }
        var date = new Date(time.getAttribute("datetime"));
        if (isNaN(date.getTime())) { return; }
        var day = isoDay(date, zone);
        if (day === shown) { return; }
        shown = day;
        var dayRow = document.createElement("tr");
        dayRow.className = "wd-day-row wd-day-local";
        var cell = document.createElement("td");
        cell.colSpan = row.children.length || 2;
        var strong = document.createElement("strong");
        strong.textContent = longDay(date, zone);
        cell.appendChild(strong);
        dayRow.appendChild(cell);
        row.parentNode.insertBefore(dayRow, row);
      });
    });
  }

  function words(text) {
    return text.toLocaleLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
  }

  /* A filter box: the items (data-items, a selector) whose text holds every word typed stay.
   * Where none does, the line under the box (data-none: its words in the HTML) is shown, its
   * button emptying the box and showing every item again. */
  function initFilter(input) {
    var items = Array.prototype.slice.call(document.querySelectorAll(input.dataset.items));
    var texts = items.map(function (item) { return item.textContent.toLocaleLowerCase(); });
    var count = document.getElementById(input.dataset.count);
    var none = input.dataset.none ? document.getElementById(input.dataset.none) : null;
    function apply() {
      var wanted = words(input.value);
      var shown = 0;
      items.forEach(function (item, i) {
        var keep = wanted.every(function (w) { return texts[i].indexOf(w) !== -1; });
        item.hidden = !keep;
        if (keep) { shown += 1; }
      });
      if (count) {
        count.textContent = wanted.length ? shown + " of " + items.length + " shown" : "";
      }
      if (none) { none.hidden = !(wanted.length && shown === 0); }
    }
    if (none) {
      none.querySelector("button").addEventListener("click", function () {
        input.value = "";
        apply();
        input.focus();
      });
    }
    input.addEventListener("input", apply);
    input.closest(".wd-filter").hidden = false;
    if (input.value) { apply(); }
  }

  /* On a phone the editions bar is one line that scrolls in itself (workshop_data.css): the
   * edition shown is scrolled to its middle, not left out of sight at its end (the newest), and
   * each end with links out of sight fades (wd-more-before; wd-at-end where none follow). */
  function currentInView() {
    document.querySelectorAll("nav.wd-editions ul").forEach(function (list) {
      function ends() {
        list.classList.toggle("wd-more-before", list.scrollLeft > 1);
        list.classList.toggle("wd-at-end", list.scrollLeft + list.clientWidth >= list.scrollWidth - 1);
      }
      var current = list.querySelector("a.wd-current");
      if (current && list.scrollWidth > list.clientWidth) {
        var box = list.getBoundingClientRect(), link = current.getBoundingClientRect();
        list.scrollLeft += link.left - box.left - (box.width - link.width) / 2;
      }
      ends();
      list.addEventListener("scroll", ends, { passive: true });
      window.addEventListener("resize", ends);
    });
  }

  /* The search shortcut as the reader's keyboard writes it: "⌘K" where the theme's script
   * listens for ⌘ (a Mac, an iPhone: its own test), "Ctrl+K" (as in the HTML) elsewhere. The
   * search button's accessible name holds the words it shows ("Search ⌘K"). */
  function searchShortcut() {
    var apple = navigator.platform.indexOf("Mac") === 0 || navigator.platform === "iPhone";
    if (!apple) { return; }
    document.querySelectorAll(".search-button__kbd-shortcut").forEach(function (keys) {
      var modifier = keys.querySelector("kbd");
      if (!modifier) { return; }
      modifier.textContent = "\u2318";
      keys.childNodes.forEach(function (node) {
        if (node.nodeType === 3 && node.textContent.trim() === "+") { node.textContent = ""; }
      });
    });
    document.querySelectorAll("button.search-button__button[aria-label]").forEach(function (button) {
      var shown = button.querySelector(".search-button__default-text");
      var words = shown ? shown.textContent.trim() : button.getAttribute("title") || "";
      button.setAttribute("aria-label", words + " \u2318K");
    });
  }

  /* Printed, what the site folds away (a talk's abstract, the banner's corrections) would be
   * lost: paper has no click. Each of its <details> still closed is opened for the print and
   * closed again after it. */
  function unfoldForPrint() {
    var opened = [];
    window.addEventListener("beforeprint", function () {
      document.querySelectorAll("details.wd-details:not([open])").forEach(function (folded) {
        folded.open = true;
        opened.push(folded);
      });
    });
    window.addEventListener("afterprint", function () {
      opened.forEach(function (folded) { folded.open = false; });
      opened = [];
    });
  }

  function init() {
    searchShortcut();
    unfoldForPrint();
    var buttons = document.querySelectorAll("button.wd-tz-switch");
    buttons.forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        show(button.getAttribute("aria-pressed") === "true" ? null : readerZone());
      });
    });
    document.querySelectorAll("select.wd-tz-select").forEach(initZoneMenu);
    document.querySelectorAll(".wd-filter input[data-items]").forEach(initFilter);
    currentInView();
    var wanted = new URLSearchParams(window.location.search).get("tz");
    var zone = wanted ? knownZone(wanted) : null;
    if (buttons.length && wanted === "local") {
      show(readerZone());
    } else if (buttons.length && zone) {
      show(zone);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
