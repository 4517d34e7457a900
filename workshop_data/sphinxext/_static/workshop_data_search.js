// The search page's field has the focus and its words selected when the page opens
// (pydata-sphinx-theme writes this inline in its search.html; here a file of the site's, so
// that the Content-Security-Policy allows no inline script: workshop_data.sphinxext.csp).
(() => {
  const field = document.querySelector("form.bd-search input");
  if (field) {
    field.focus();
    field.select();
  }
})();

// A result's summary is its page's text (Sphinx's Search.htmlToText, searchtools.js): it read a
// speaker's initials, drawn in the photo's frame where the photo does not load (photos.py), as a
// word of the page ("Jeff Dean JD Google Jeff Dean joined Google"), and ran a fold's "Abstract"
// into its text ("AbstractIn this talk"). The initials are left out and a fold's summary ends
// with a space. searchtools.js defines Search (a deferred file: before DOMContentLoaded); the
// summaries are made after the index loads, with this in place.
document.addEventListener("DOMContentLoaded", () => {
  if (typeof Search !== "object" || typeof Search.htmlToText !== "function") return;
  const pageText = Search.htmlToText;
  Search.htmlToText = (htmlString, anchor) => {
    const html = new DOMParser().parseFromString(htmlString, "text/html");
    html.querySelectorAll(".wd-initials").forEach((el) => el.remove());
    html.querySelectorAll("details > summary").forEach((el) => el.append(" "));
    return pageText(html.documentElement.outerHTML, anchor);
  };
});
