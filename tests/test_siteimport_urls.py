"""Jekyll 4's URL filters as the import fills them (:meth:`workshop_data.siteimport.editions.Site.relative_url`,
``absolute_url``), against what Jekyll prints.

Each row's two last values are what Ruby 3.1 printed with addressable 2.8 for Jekyll's own
``compute_relative_url`` and ``compute_absolute_url`` (jekyll/filters/url_filters.rb, run alone):
the filters normalize what they join (``Addressable::URI.parse(...).normalize.to_s``).
"""

from __future__ import annotations

import pytest

from workshop_data.siteimport.editions import Site

#: (site url, baseurl, the value filtered, relative_url's text, absolute_url's text)
_PRINTED = [
    ("https://Host.org", "", "", "", "https://host.org/"),
    ("https://host.org", "", "/", "/", "https://host.org/"),
    ("https://host.org", "/ws", "", "/ws", "https://host.org/ws"),
    ("https://host.org", "/ws/", "/", "/ws/", "https://host.org/ws/"),
    ("https://host.org", "", "papers/a b.pdf", "/papers/a%20b.pdf", "https://host.org/papers/a%20b.pdf"),
    ("https://host.org", "", "/papers/é.pdf", "/papers/%C3%A9.pdf", "https://host.org/papers/%C3%A9.pdf"),
    ("https://host.org:443", "", "/x/../y/%7e%41.html", "/y/~A.html", "https://host.org/y/~A.html"),
    (
        "https://host.org",
        "",
        "/a%2fb?q=a b&r=+#frag x",
        "/a%2Fb?q=a%20b&r=+#frag%20x",
        "https://host.org/a%2Fb?q=a%20b&r=+#frag%20x",
    ),
    ("http://Bücher.de", "/Über", "x", "/%C3%9Cber/x", "http://xn--bcher-kva.de/%C3%9Cber/x"),
    ("", "", "", "", ""),
    ("", "/base", "", "/base", "/base"),
    ("", "/base/", "papers/x y.pdf", "/base/papers/x%20y.pdf", "/base/papers/x%20y.pdf"),
    ("https://host.org/", "", "/", "/", "https://host.org//"),
    ("https://host.org/sub/", "/ws", "a/./b/../c", "/ws/a/c", "https://host.org/sub//ws/a/c"),
    (
        "HTTPS://HOST.ORG:8080",
        "/ws",
        "%zz%25?x=%2b&y=%2F;z#a#b",
        "/ws/%25zz%25?x=%2B&y=/%3Bz#a%23b",
        "https://host.org:8080/ws/%25zz%25?x=%2B&y=/%3Bz#a%23b",
    ),
    ("https://host.org", "", "/e%CC%81.pdf", "/%C3%A9.pdf", "https://host.org/%C3%A9.pdf"),
    ("https://host.org", "", "/a?", "/a", "https://host.org/a"),
    ("https://host.org", "", "/a#", "/a", "https://host.org/a"),
    ("https://host.org", "", "/../../a", "/a", "https://host.org/a"),
    ("https://host.org", "ws", "a/", "/ws/a/", "https://host.org/ws/a/"),
    ("https://host.org", "", "/%ff.pdf", "/%FF.pdf", "https://host.org/%FF.pdf"),
    (
        "https://host.org",
        "",
        '/[x]{y}|z^`"<>\\.pdf',
        "/%5Bx%5D%7By%7D%7Cz%5E%60%22%3C%3E%5C.pdf",
        "https://host.org/%5Bx%5D%7By%7D%7Cz%5E%60%22%3C%3E%5C.pdf",
    ),
    ("https://user@host.org", "", "/a", "/a", "https://user@host.org/a"),
]


@pytest.mark.parametrize(("url", "baseurl", "value", "relative", "absolute"), _PRINTED)
def test_the_url_filters_print_what_jekyll_prints(
    url: str, baseurl: str, value: str, relative: str, absolute: str
) -> None:
    site = Site(url, baseurl)
    assert (site.relative_url(value), site.absolute_url(value)) == (relative, absolute)
