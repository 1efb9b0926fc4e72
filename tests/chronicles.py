"""Small chronicles written to disk for the report, text and export tests.

``write_postponed_store(folder)`` writes, through the library's own append API, logs in
which a Tashkent session of the foreign ministers is scheduled and then postponed to June
2024, an online summit is scheduled and then cancelled, and a Minsk session is reported by
six articles, one of them quoting a ``<script>`` tag (untrusted article text).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from cischronicle import (
    ArticleRecorded,
    DecisionAdopted,
    Event,
    JsonlLog,
    MeetingCancelled,
    MeetingHeld,
    MeetingPostponed,
    MeetingRef,
    NextMeetingScheduled,
    Place,
    Provenance,
    make_event_id,
    parse_date,
)

SCRIPT_QUOTE = "ministers adopted <script>alert('owned')</script> & <b>more</b>"
"""A quote of untrusted article text that must be escaped wherever it is shown."""

MINSK_SOURCES = 6
"""How many articles report the Minsk session of 13 October 2023."""


def _prov(article: str, quote: str, start: int = 0) -> Provenance:
    return Provenance(article, start, start + len(quote), quote)


def _ref(body: str, place: Place, date: str) -> MeetingRef:
    return MeetingRef(body=body, place=place, date=parse_date(date))


def _recorded(article: str, published: str) -> ArticleRecorded:
    return ArticleRecorded(
        id=f"{article}:rec",
        provenance=_prov(article, ""),
        published=dt.date.fromisoformat(published),
        sha256=hashlib.sha256(article.encode()).hexdigest(),
        title=f"Title of {article}",
        language="en",
    )


def _id(article: str, kind: str, n: int = 0) -> str:
    return make_event_id(article, kind, n, n)


def postponed_chronicle() -> dict[str, list[Event]]:
    """The events of each article of the postponed-meeting chronicle, by article id."""
    tashkent = _ref("cis-cfm", Place.of_city("Tashkent"), "2024-04-12")
    summit = _ref("cis-chs", Place(online=True), "2024-05-20")
    minsk = _ref("cis-cfm", Place.of_city("Minsk"), "2023-10-13")
    logs: dict[str, list[Event]] = {
        "a": [
            _recorded("a", "2024-01-10"),
            MeetingHeld(
                id=_id("a", "held"),
                provenance=_prov("a", "the ministers met in Minsk on 13 October"),
                meeting=minsk,
            ),
            DecisionAdopted(
                id=_id("a", "dec"),
                provenance=_prov("a", SCRIPT_QUOTE, 100),
                meeting=minsk,
                summary="a <script> in a summary",
            ),
            NextMeetingScheduled(
                id=_id("a", "sched", 1),
                provenance=_prov("a", "they will meet in Tashkent on 12 April 2024", 200),
                meeting=tashkent,
            ),
            NextMeetingScheduled(
                id=_id("a", "sched", 2),
                provenance=_prov("a", "the presidents will confer by video on 20 May", 300),
                meeting=summit,
            ),
        ],
        "b": [
            _recorded("b", "2024-03-20"),
            MeetingPostponed(
                id=_id("b", "post"),
                provenance=_prov("b", "the Tashkent session was put off until June"),
                meeting=tashkent,
                new_date=parse_date("2024-06"),
            ),
            MeetingCancelled(
                id=_id("b", "canc"),
                provenance=_prov("b", "the video summit was called off", 100),
                meeting=summit,
            ),
        ],
    }
    for n in range(1, MINSK_SOURCES):
        article = f"m{n}"
        logs[article] = [
            _recorded(article, f"2024-01-{10 + n:02d}"),
            MeetingHeld(
                id=_id(article, "held"),
                provenance=_prov(article, f"report {n}: the council met in Minsk"),
                meeting=minsk,
            ),
        ]
    return logs


def write_postponed_store(folder: Path) -> Path:
    """Write the postponed-meeting chronicle as one log per article in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for article, events in postponed_chronicle().items():
        JsonlLog(folder / f"{article}.jsonl").append(events)
    return folder
