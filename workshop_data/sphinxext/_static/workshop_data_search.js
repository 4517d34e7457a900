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
