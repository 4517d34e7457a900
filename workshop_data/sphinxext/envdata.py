"""Per-page data kept on the Sphinx environment, purged and merged like Sphinx's own."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class PerDoc:
    """A ``{docname: {key: str}}`` mapping stored on the environment as attribute ``attr``.

    :meth:`connect` hooks it to ``env-purge-doc`` (a page being read again forgets what it
    recorded) and ``env-merge-info`` (parallel readers' records are copied back), without
    which ``-j N`` builds silently lose what the workers recorded.
    """

    def __init__(self, attr: str) -> None:
        self.attr = attr

    def of(self, env: Any) -> dict[str, dict[str, str]]:
        """The mapping on ``env`` (created empty on first use)."""
        found: dict[str, dict[str, str]] | None = getattr(env, self.attr, None)
        if found is None:
            found = {}
            setattr(env, self.attr, found)
        return found

    def put(self, env: Any, docname: str, key: str, value: str) -> None:
        """Record ``value`` under ``key`` for page ``docname``."""
        self.of(env).setdefault(docname, {})[key] = value

    def purge_doc(self, app: Any, env: Any, docname: str) -> None:
        """``env-purge-doc``."""
        self.of(env).pop(docname, None)

    def merge_info(self, app: Any, env: Any, docnames: Iterable[str], other: Any) -> None:
        """``env-merge-info``."""
        theirs = self.of(other)
        ours = self.of(env)
        for docname in docnames:
            if docname in theirs:
                ours[docname] = theirs[docname]

    def connect(self, app: Any) -> None:
        """Connect the purge and merge events."""
        app.connect("env-purge-doc", self.purge_doc)
        app.connect("env-merge-info", self.merge_info)
