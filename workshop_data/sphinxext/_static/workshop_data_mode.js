// The reader's light or dark mode, set before the page shows (pydata-sphinx-theme writes this
// inline in its layout; here a file of the site's, so that the Content-Security-Policy allows
// no inline script: workshop_data.sphinxext.csp). The fallback is the theme's default mode,
// which the theme writes as <html data-theme> when there is one.
(() => {
  const root = document.documentElement;
  const fallback = root.dataset.theme || "";
  root.dataset.mode = localStorage.getItem("mode") || fallback;
  root.dataset.theme = localStorage.getItem("theme") || fallback;
})();
