"""Deterministic synthetic chronicles with a realistic mix of events, for the benchmarks.

The shape follows the real corpus: each body meets about twice a year; each meeting is announced
by an article some months before (``NextMeetingScheduled``), then reported by a few articles
(``MeetingHeld`` at day, month or unknown-year precision, two or three ``DecisionAdopted``, and
the next meeting's announcement); now and then a meeting moves to another city, is postponed,
or an event is retracted.  The number of meetings grows with the number of events, and so does
the span of years, so the density of meetings per body and year stays realistic.

Reports that give no year (``XXXX-04-12``) come from articles about the first few hundred
meetings of each body, whose (month, day, city) combinations are all distinct, as they are in
a real history of a few decades.  Over thousands of synthetic years every combination would
recur many times, making every year-less report ambiguous: an artefact of the synthetic
calendar, not a shape real chronicles have.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Iterator
from pathlib import Path

from cischronicle import (
    ArticleRecorded,
    DecisionAdopted,
    Event,
    EventRetracted,
    MeetingHeld,
    MeetingPostponed,
    MeetingRef,
    NextMeetingScheduled,
    PartialDate,
    Place,
    Provenance,
    encode_line,
)
from cischronicle.codec import GENESIS, line_hash

CITIES = [
    "Minsk",
    "Moscow",
    "Almaty",
    "Astana",
    "Bishkek",
    "Dushanbe",
    "Tashkent",
    "Baku",
    "Yerevan",
    "Ashgabat",
    "Kazan",
    "Sochi",
    "Samarkand",
    "Chisinau",
]
BODIES = ["cis-cfm", "cis-chs", "cis-chg", "csto-cfm", "sco-cfm", "eaeu-sec"]
TEXT = "The ministers met in the capital. They adopted documents. They will meet again."
FIRST_YEAR = 1000
UNIQUE_SLOTS = 27 * 14
"""Meetings per body whose (month, day, city) is unique: only they get year-less reports."""


def _prov(article: str, start: int, end: int) -> Provenance:
    return Provenance(article, start, end, TEXT[start:end])


def _article(article: str, published: dt.date) -> ArticleRecorded:
    return ArticleRecorded(
        id=f"{article}:rec",
        provenance=_prov(article, 0, 0),
        published=published,
        sha256=hashlib.sha256(article.encode()).hexdigest(),
        title=None,
        url=None,
        language="en",
    )


def articles(n_events: int, *, seed: int = 0) -> Iterator[list[Event]]:
    """Yield the event lists of synthetic articles until about ``n_events`` events are made."""
    rnd = random.Random(seed)
    made = 0
    number = 0
    meeting_index = 0
    while made < n_events:
        body = BODIES[meeting_index % len(BODIES)]
        slot = meeting_index // len(BODIES)
        year = FIRST_YEAR + slot // 2
        month = 4 if slot % 2 == 0 else 10
        # Each body's meetings take distinct (month, day, city) combinations for as long as
        # there are combinations to take, as in a real history of a few decades: a report
        # without a year can then be matched to one meeting (see the module docstring).
        day = dt.date(year, month, 1 + slot % 27)
        city = CITIES[(slot // 27) % len(CITIES)]
        planned_city = city if rnd.random() > 0.05 else rnd.choice(CITIES)
        meeting_index += 1
        # The announcement, some months before.
        number += 1
        art = f"a{number:07d}"
        announced = day - dt.timedelta(days=rnd.randrange(60, 170))
        ref = MeetingRef(
            body=body, place=Place.of_city(planned_city), date=PartialDate.from_date(day)
        )
        batch: list[Event] = [_article(art, announced)]
        sched = NextMeetingScheduled(id=f"{art}:s", provenance=_prov(art, 58, 79), meeting=ref)
        batch.append(sched)
        if rnd.random() < 0.03:
            batch.append(
                MeetingPostponed(
                    id=f"{art}:p", provenance=_prov(art, 0, 10), meeting=ref, new_date=None
                )
            )
        if rnd.random() < 0.02:
            batch.append(
                EventRetracted(
                    id=f"{art}:r",
                    provenance=_prov(art, 0, 0),
                    retracted=sched.id,
                    reason="synthetic correction",
                )
            )
        made += len(batch)
        yield batch
        # The reports, on and after the day.
        for _ in range(rnd.randrange(1, 4)):
            number += 1
            art = f"a{number:07d}"
            published = day + dt.timedelta(days=rnd.randrange(0, 3))
            kind = rnd.random()
            date = (
                PartialDate.from_date(day)
                if kind < 0.6
                else PartialDate(day.year, day.month)
                if kind < 0.8
                else PartialDate(None, day.month, day.day)
                if kind < 0.95 and slot < UNIQUE_SLOTS
                else PartialDate(day.year)
            )
            held_ref = MeetingRef(body=body, place=Place.of_city(city), date=date)
            batch = [_article(art, published)]
            held = MeetingHeld(id=f"{art}:h", provenance=_prov(art, 0, 33), meeting=held_ref)
            batch.append(held)
            for k in range(rnd.randrange(2, 4)):
                batch.append(
                    DecisionAdopted(
                        id=f"{art}:d{k}",
                        provenance=_prov(art, 34, 57),
                        meeting=held_ref,
                        summary=f"document {k} of meeting {slot}",
                        held=held.id,
                    )
                )
            nxt = dt.date(year + (month == 10), 10 if month == 4 else 4, 15)
            batch.append(
                NextMeetingScheduled(
                    id=f"{art}:n",
                    provenance=_prov(art, 58, 79),
                    meeting=MeetingRef(
                        body=body,
                        place=Place.of_city(rnd.choice(CITIES)),
                        date=PartialDate(nxt.year, nxt.month),
                    ),
                )
            )
            made += len(batch)
            yield batch


def events(n_events: int, *, seed: int = 0) -> list[Event]:
    """A flat list of about ``n_events`` synthetic events (whole articles)."""
    return [e for batch in articles(n_events, seed=seed) for e in batch]


def write_logs(folder: Path, n_events: int, *, seed: int = 0) -> tuple[int, int]:
    """Write synthetic article logs into ``folder`` (fast path, no fsync); return (logs, lines).

    The bytes are exactly what :class:`cischronicle.JsonlLog` appends (same codec, sequence
    and hash chain): only the per-append fsync is skipped, since what is measured is reading.
    """
    folder.mkdir(parents=True, exist_ok=True)
    logs = lines = 0
    for batch in articles(n_events, seed=seed):
        prev = GENESIS
        chunks = []
        for seq, event in enumerate(batch, start=1):
            line = encode_line(event, seq=seq, prev=prev)
            prev = line_hash(line)
            chunks.append(line + b"\n")
        (folder / f"{batch[0].provenance.article}.jsonl").write_bytes(b"".join(chunks))
        logs += 1
        lines += len(batch)
    return logs, lines
