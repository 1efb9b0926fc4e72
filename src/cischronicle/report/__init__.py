"""What the chronicle shows people: text, JSON, an HTML report and exports, from one view.

:func:`build_view` makes a :class:`ChronicleView` of a projected state (every meeting held,
scheduled, postponed or cancelled, with verdicts and decisions); :mod:`.text` writes it for
``check`` and ``timeline``, :mod:`.data` as plain data for ``--json``, :mod:`.html` as one
self-contained HTML page and :mod:`.export` as CSV, iCalendar or JSON lines.  The HTML and
export modules load Jinja2 and icalendar, so they are imported only when asked for.
"""

from __future__ import annotations

from .text import date_text, plural, sources_text
from .view import KINDS, VERDICTS, ChronicleView, Entry, Kind, build_view

__all__ = [
    "KINDS",
    "VERDICTS",
    "ChronicleView",
    "Entry",
    "Kind",
    "build_view",
    "date_text",
    "plural",
    "sources_text",
]
