"""Times that switch zone in the reader's browser: ``<time datetime>`` nodes and the switch.

Every time is written in the venue's zone, with its ISO 8601 value (offset included) in the
``datetime`` attribute, so the page is right without JavaScript. ``workshop_data.js`` shows a
button (hidden until the script runs) that rewrites every ``time.wd-time`` of the page in the
reader's zone, and back, and beside it a menu of every zone the browser knows (the old site's
schedules of NeurIPS 2020 to 2022 had one: a visitor could read them in any zone, not only
their own); ``?tz=local`` in the URL starts in the reader's zone, ``?tz=Asia/Tokyo`` in that one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

from docutils import nodes

from ..timeutil import utc_offset
from .builders import LEFT_OUT
from .typography import prose

STATIC = Path(__file__).parent / "_static"
JS = "workshop_data.js"
#: The class of a time shown as unknown (the script leaves it as it is: it is no ``<time>``).
UNKNOWN_CLASS = "wd-unknown-time"
CSS = "workshop_data.css"


class wd_time(nodes.inline):  # type: ignore[misc]
    """A time of day: text in the venue's zone, ``datetime`` its ISO 8601 value with offset."""


class wd_tz_switch(nodes.Element):  # type: ignore[misc]
    """The button that switches the page between the venue's zone and the reader's."""


class wd_tz_menu(nodes.Element):  # type: ignore[misc]
    """The menu of time zones beside the switch: the venue's first, the others added by the
    script (the browser's own list)."""


def time_text(moment: dt.datetime) -> tuple[str, str]:
    """``HH:MM`` of an aware datetime, and its ISO 8601 value (``datetime``)."""
    value = moment.isoformat()  # YYYY-MM-DDTHH:MM:SS[.ffffff]±HH:MM
    return value[11:16], value


def zone_note(venue_tz: str, first: dt.datetime) -> nodes.paragraph:
    """ "Times are in <zone> (UTC-08:00), the venue's time zone." and the switch."""
    label = nodes.inline("", "", classes=["wd-tz-label"])
    _zone(label, venue_tz, utc_offset(first))
    label += nodes.Text(prose(", the venue's time zone."))
    return _note(label, venue_tz)


def venues_note(events: Sequence[tuple[str, dt.datetime]]) -> nodes.paragraph:
    """The one note and switch of a page whose times are each at its own event's venue (a
    person's page: a section per edition), from each event's name and first time (aware in its
    venue's zone), in the page's order: :func:`zone_note` where there is one event; else the
    zones with the events each is of ("Times are in the time zone of each edition's venue:
    America/Vancouver (UTC-08:00) at NeurIPS 2024 and NeurIPS 2019; America/Chicago (UTC-06:00)
    at NeurIPS 2022."), a zone and its offset once where they are the same for
    every event. Switched, the script writes the zone chosen in place of the label, as for one
    venue; the switch and the menu offer "each venue's" time back."""
    if len(events) == 1:
        ((_, first),) = events
        return zone_note(str(first.tzinfo), first)
    zones: dict[tuple[str, str], list[str]] = {}
    for event, first in events:
        zones.setdefault((str(first.tzinfo), utc_offset(first)), []).append(event)
    label = nodes.inline("", "", classes=["wd-tz-label"])
    if len(zones) == 1:
        ((zone, said),) = zones
        _zone(label, zone, said)
        label += nodes.Text(prose(", the time zone of each edition's venue."))
        return _note(label, zone)
    label += nodes.Text(prose("the time zone of each edition's venue: "))
    for n, ((zone, said), at) in enumerate(zones.items()):
        if n:
            label += nodes.Text("; ")
        _zone(label, zone, said)
        label += nodes.Text(f" at {' and '.join(at)}")
    label += nodes.Text(".")
    return _note(label, "")


def _zone(label: nodes.inline, zone: str, said: str) -> None:
    """ "America/Vancouver (UTC-08:00)" added to ``label``: the zone in bold, its offset on one
    line (``wd-offset``: a phone broke "UTC-" from "08:00"), written as the script writes the
    offset of a zone a visitor chooses (:func:`~workshop_data.timeutil.utc_offset`: the venue's
    read "(PST, UTC-08:00)" and a chosen one "(GMT+9)")."""
    label += nodes.strong("", zone)
    label += nodes.Text(" ")
    label += nodes.inline("", f"({said})", classes=["wd-offset"])


def _note(label: nodes.inline, venue_tz: str) -> nodes.paragraph:
    """ "Times are in " and ``label`` (a ``wd-tz-label``, which the script rewrites to the zone
    chosen), the switch and the menu; ``venue_tz`` empty: the times are of several venues."""
    para = nodes.paragraph("", "", classes=["wd-tz-note"])
    para += nodes.Text("Times are in ")
    para += label
    para += nodes.Text(" ")
    para += wd_tz_switch("", venue_tz=venue_tz)
    para += nodes.Text(" ")
    para += wd_tz_menu("", venue_tz=venue_tz)
    return para


def visit_time_html(self: Any, node: wd_time) -> None:
    """HTML: opens a ``<time>`` element with the node's ``datetime``."""
    self.body.append(self.starttag(node, "time", "", datetime=node["datetime"]))


def depart_time_html(self: Any, node: wd_time) -> None:
    """HTML: closes the ``</time>`` element."""
    self.body.append("</time>")


def visit_switch_html(self: Any, node: wd_tz_switch) -> None:
    """HTML: opens the hidden ``<button>`` that shows the times in the reader's zone."""
    self.body.append(
        self.starttag(
            node,
            "button",
            "Show in my time zone",
            type="button",
            CLASS="wd-tz-switch",
            hidden="hidden",
            **{"aria-pressed": "false", "data-venue-tz": node["venue_tz"]},
        )
    )


def depart_switch_html(self: Any, node: wd_tz_switch) -> None:
    """HTML: closes the ``</button>``."""
    self.body.append("</button>")


def visit_menu_html(self: Any, node: wd_tz_menu) -> None:
    """HTML: the hidden menu, labelled by the words it shows, holding the venue's zone alone
    (each venue's, for a page of several: ``venue_tz`` empty)."""
    venue = escape(node["venue_tz"]) + prose(", the venue's") if node["venue_tz"] else prose("each venue's own")
    self.body.append(
        '<label class="wd-tz-choice" hidden="hidden">or another time zone: '
        f'<select class="wd-tz-select"><option value="">{venue}</option></select></label>'
    )
    raise nodes.SkipNode


def add_static(app: Any, config: Any) -> None:
    """``config-inited``: ship the script and the style sheet (before the configuration is
    compared with the last build's, so that it is the same every time)."""
    if str(STATIC) not in config.html_static_path:
        config.html_static_path.append(str(STATIC))


def setup_timezones(app: Any) -> None:
    """Register the nodes, the script and the style sheet."""
    app.add_node(wd_time, html=(visit_time_html, depart_time_html))
    # the controls act in a browser only: other builders leave them out
    app.add_node(wd_tz_switch, html=(visit_switch_html, depart_switch_html), **LEFT_OUT)
    app.add_node(wd_tz_menu, html=(visit_menu_html, None), **LEFT_OUT)
    app.connect("config-inited", add_static)
    app.add_js_file(JS, defer="defer")
    app.add_css_file(CSS)
