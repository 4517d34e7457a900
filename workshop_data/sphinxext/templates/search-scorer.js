// workshop_data's site: among search results of one score, the newest edition's pages first.
// Sphinx's searchtools.js orders results by score, then by title: a search for "schedule" or a
// speaker listed ISCA 2019 and NeurIPS 2018 first and the newest edition last. Sphinx's way to
// weigh results is this file (`html_search_scorer`, written into `_static/language_data.js`, a
// file, which the Content-Security-Policy allows): `Scorer.score` takes a result and gives its
// score. Sphinx's scores are whole numbers (each of Scorer's weights is one, a title's match is
// rounded); a page of an edition gets a fraction below one added, larger for a newer edition,
// so results of different scores keep their order and only ties are broken. A page of no
// edition (a person, the package's documentation) gets nothing added: after the editions'.
// The theme loads searchtools.js (which defines Scorer) before language_data.js.
(() => {
  // each edition's folder and its place, oldest first (1) to newest: filled in by the build
  const editions = /* editions */ {};
  const count = Object.keys(editions).length;
  if (typeof Scorer !== "object" || !count) return;
  Scorer.score = (result) => {
    const [docname, , , , score] = result;
    const rank = editions[docname.split("/")[0]] || 0;
    return score + rank / (count + 1);
  };
})();
