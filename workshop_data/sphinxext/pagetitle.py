"""The site's title is text on every page, whatever the theme.

Sphinx treats ``project`` and ``html_title`` (``html_short_title``) as text: its own templates
escape them (``docstitle|e``). pydata-sphinx-theme prints ``html_title`` as it is (its navbar
logo, its search page's ``<title>``), so a title the site takes from the data (``conf.py``:
``site_title``) such as ``ML </title><script>…`` was live markup on every page. On
``html-page-context`` these values are handed to the templates escaped, as ``Markup``, which
Sphinx's escaping filter leaves as it is: the title shows as written, in every template.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

#: Template variables that hold configuration text (``project``, ``html_title``, ``html_short_title``).
TEXT_KEYS = ("project", "docstitle", "shorttitle")


def escape_titles(app: Any, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    """``html-page-context``: the configuration's titles as escaped ``Markup``."""
    for key in TEXT_KEYS:
        value = context.get(key)
        if isinstance(value, str) and not isinstance(value, Markup):
            context[key] = Markup.escape(value)


def setup_pagetitle(app: Any) -> None:
    """Connect ``html-page-context``."""
    app.connect("html-page-context", escape_titles)
