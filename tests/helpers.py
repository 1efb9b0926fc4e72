"""Small builders shared by the example tests (events of a toy article, with valid quotes)."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from cischronicle import (
    ArticleRecorded,
    DecisionAdopted,
    EventRetracted,
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
from cischronicle.cli import main

TEXT = "The ministers met. They decided things. They will meet again."


def prov(article: str, start: int = 0, end: int = 18) -> Provenance:
    """The provenance of TEXT[start:end] in ``article``."""
    return Provenance.of(TEXT, start, end, article=article)


def ref(body: str, city: str | None, date: str | None, *, country: str | None = None) -> MeetingRef:
    """A meeting reference from plain values (city=None with an optional country)."""
    place = Place.of_city(city) if city else Place(country=country)
    return MeetingRef(body=body, place=place, date=None if date is None else parse_date(date))


def recorded(article: str, published: str | None) -> ArticleRecorded:
    """The ArticleRecorded event of a toy article."""
    return ArticleRecorded(
        id=f"{article}:rec",
        provenance=Provenance(article, 0, 0, ""),
        published=None if published is None else dt.date.fromisoformat(published),
        sha256=hashlib.sha256(article.encode()).hexdigest(),
        title=f"title of {article}",
        url=None,
        language="en",
    )


def held(article: str, body: str, city: str | None, date: str | None, n: int = 0) -> MeetingHeld:
    """A MeetingHeld claim of ``article``."""
    return MeetingHeld(
        id=make_event_id(article, "held", n, n, body, str(city), str(date)),
        provenance=prov(article),
        meeting=ref(body, city, date),
    )


def scheduled(
    article: str, body: str, city: str | None, date: str | None, n: int = 0
) -> NextMeetingScheduled:
    """A NextMeetingScheduled claim of ``article``."""
    return NextMeetingScheduled(
        id=make_event_id(article, "sched", n, n, body, str(city), str(date)),
        provenance=prov(article, 40, 61),
        meeting=ref(body, city, date),
    )


def decided(
    article: str, body: str, city: str | None, date: str | None, summary: str
) -> DecisionAdopted:
    """A DecisionAdopted claim of ``article``."""
    return DecisionAdopted(
        id=make_event_id(article, "dec", 0, 0, summary),
        provenance=prov(article, 19, 39),
        meeting=ref(body, city, date),
        summary=summary,
    )


def postponed(
    article: str, body: str, city: str | None, date: str, new: str | None = None
) -> MeetingPostponed:
    """A MeetingPostponed claim of ``article``."""
    return MeetingPostponed(
        id=make_event_id(article, "post", 0, 0, body, date),
        provenance=prov(article),
        meeting=ref(body, city, date),
        new_date=None if new is None else parse_date(new),
    )


def cancelled(article: str, body: str, city: str | None, date: str) -> MeetingCancelled:
    """A MeetingCancelled claim of ``article``."""
    return MeetingCancelled(
        id=make_event_id(article, "canc", 0, 0, body, date),
        provenance=prov(article),
        meeting=ref(body, city, date),
    )


def retracted(article: str, target: str, reason: str = "misread") -> EventRetracted:
    """An EventRetracted of ``target`` in ``article``."""
    return EventRetracted(
        id=make_event_id(article, "retr", 0, 0, target),
        provenance=Provenance(article, 0, 0, ""),
        retracted=target,
        reason=reason,
    )


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process; return exit code, stdout and stderr."""
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err
