"""Filling a claim: which place and date of its sentence are its own, and its quote.

A sentence may hold several claims; each takes the places and dates of its own part of the
sentence (:func:`add_claims` is given that region), preferring the most precise date and a
place named with "in" or as host, closest to the claim's verb.  Dates that cannot date a
meeting ("by May 9", "a programme for 2014", "2026-2030") are passed over.
"""

from __future__ import annotations

import re

from ..values import Body, Date, Place
from .context import Article, Claim, Resolved
from .dates import DateMention
from .patterns import FRAME, HELD, POSTPONED, Trigger
from .places import PlaceMention
from .text import Sentence

__all__ = ["add_claims", "dated_near", "tense_for", "usable"]


_STARTED = re.compile(r"\b(?:began|begun|opened|kicked\s+off|started)\b", re.I)


_NOT_MEETING_DATE_PREPS = frozenset({"since", "until", "till", "by", "before", "after", "of", "to"})


def _date_rank(mention: DateMention) -> int:
    if mention.kind in ("absolute", "range"):
        if mention.day is not None:
            return 0
        return 1 if mention.month is not None else 3
    if mention.kind == "season":
        return 2
    return 4


def usable(mention: DateMention) -> bool:
    """Whether a date expression can be a meeting's date (not "by May 9", "for 2014")."""
    if not mention.is_date:
        return False
    if mention.prep in _NOT_MEETING_DATE_PREPS and mention.kind == "absolute":
        return False
    return not (mention.prep == "for" and mention.month is None)


def _pick_date(dates: list[DateMention], anchor: int, start: int, end: int) -> DateMention | None:
    best: tuple[int, int] | None = None
    chosen = None
    for mention in dates:
        if not (start <= mention.start and mention.end <= end) or not usable(mention):
            continue
        key = (_date_rank(mention), abs(mention.start - anchor))
        if best is None or key < best:
            best, chosen = key, mention
    return chosen


_PLACE_RANK = {"in": 0, "host": 0, "modifier": 1, "capital": 1, "apposition": 2}


def _pick_place(
    places: list[PlaceMention], anchor: int, start: int, end: int
) -> PlaceMention | None:
    best: tuple[int, int, int] | None = None
    chosen = None
    for mention in places:
        if not (start <= mention.start and mention.end <= end) or not mention.locative:
            continue
        city = 0 if mention.place.city is not None or mention.place.online else 1
        key = (_PLACE_RANK.get(mention.role, 3), city, abs(mention.start - anchor))
        if best is None or key < best:
            best, chosen = key, mention
    return chosen


def _pairs_of_places(
    places: list[PlaceMention], dates: list[DateMention], start: int, end: int
) -> list[tuple[PlaceMention, DateMention]]:
    """Places each followed by a date: "in Moscow in October, as well as in Kazan in May"."""
    found = []
    for place in places:
        if not (start <= place.start < end) or place.role != "in" or place.place.city is None:
            continue
        follower = next((d for d in dates if 0 <= d.start - place.end <= 6 and d.end <= end), None)
        if follower is not None and follower.is_date:
            found.append((place, follower))
    return found if len(found) >= 2 else []


_LEAD = re.compile(r"[\s\-–—:.,/)]*")


def _quote_start(article: Article, start: int, first_evidence: int) -> int:
    """Where a claim's quote starts: its sentence, after a leading date marker or dateline."""
    for span_start, span_end in (article.masthead.evidence, article.masthead.dateline):
        if span_start <= start < span_end <= first_evidence:
            lead = _LEAD.match(article.text, span_end, first_evidence)
            start = lead.end() if lead is not None else span_end
    return start


def dated_near(dates: list[DateMention], resolved: Resolved) -> bool:
    """Whether a usable date sits near the mention (within 80 characters)."""
    return any(abs(d.start - resolved.start) <= 80 and usable(d) for d in dates)


def tense_for(kind: str) -> str:
    """The tense to resolve a claim's dates in: past for held meetings, else future."""
    return "past" if kind == HELD else "future"


def add_claims(
    article: Article,
    sentence: Sentence,
    index: int,
    kind: str,
    resolved: Resolved,
    trigger: Trigger | None,
    places: list[PlaceMention],
    dates: list[DateMention],
    anchor: int,
    region_start: int,
    region_end: int,
    own: tuple[int, int] | None = None,
) -> None:
    """Add the claim(s) a trigger makes about ``resolved`` to ``article``.

    The place and date come from ``region_start..region_end`` of the sentence (``own`` first,
    for coordinated meetings); "in Moscow in October, as well as in Kazan in May" gives one
    claim per place and date.
    """
    body = resolved.body
    assert body is not None
    flags: set[str] = set()
    if trigger is not None and (
        trigger.flags == "ongoing" or _STARTED.search(article.text, trigger.start, trigger.end)
    ):
        flags.add("ongoing")
    if trigger is not None and trigger.kind == FRAME:
        flags.add("frame")
    if trigger is None:
        flags.add("self")
    if resolved.mention.when:
        flags.add(resolved.mention.when)
    if ("frame" in flags and trigger is not None) or trigger is None:
        # A frame ("said at the session of X in Bishkek on Friday") or a bare mention ("the
        # upcoming meeting") dates and places its meeting only with what is right next to it:
        # what follows its name closely, or a date just before ("On August 26-27, during").
        head = resolved.start if trigger is None else trigger.start
        before = [d for d in dates if 0 <= head - d.end <= 3]
        region_start = max(region_start, before[0].start if before else head)
        region_end = min(region_end, resolved.end + 40)
    pairs = _pairs_of_places(places, dates, region_start, region_end)
    if pairs:
        for paired_place, paired_date in pairs:
            paired_value = paired_date.resolve(article.masthead.anchor, tense_for(kind))
            _append(article, sentence, index, kind, body, paired_place, paired_value, paired_date,
                    anchor, flags, resolved, trigger)  # fmt: skip
        return
    place = date = None
    if own is not None:
        place = _pick_place(places, resolved.start, *own)
        date = _pick_date(dates, resolved.start, *own)
    place = place or _pick_place(places, anchor, region_start, region_end)
    date = date or _pick_date(dates, anchor, region_start, region_end)
    value = None if date is None else date.resolve(article.masthead.anchor, tense_for(kind))
    if date is not None and date.kind == "relative" and value is not None:
        flags.add("today")
    if date is not None and date.kind == "weekday" and value is None:
        flags.add("weekday")
    anchor_day = article.masthead.anchor
    if value is None and "ongoing" in flags and anchor_day is not None and anchor_day.day:
        value = anchor_day  # "is taking place", "began": on the day of publication
        date = None
        flags.add("anchored")
    new_date = None
    if kind == POSTPONED and trigger is not None:
        later = [
            d for d in dates if d.start >= trigger.end and d.prep in ("to", "until", "till", "for")
        ]
        if later:
            new_date = later[0].resolve(article.masthead.anchor, "future")
    _append(article, sentence, index, kind, body, place, value, date, anchor, flags, resolved,
            trigger, new_date)  # fmt: skip


def _append(
    article: Article,
    sentence: Sentence,
    index: int,
    kind: str,
    body: Body,
    place: PlaceMention | None,
    value: Date | None,
    date: DateMention | None,
    anchor: int,
    flags: set[str],
    resolved: Resolved,
    trigger: Trigger | None,
    new_date: Date | None = None,
) -> None:
    ends = [resolved.end]
    starts = [resolved.start]
    if trigger is not None:
        ends.append(trigger.end)
        starts.append(trigger.start)
    if place is not None:
        ends.append(place.end)
        starts.append(place.start)
    if date is not None and value is not None:
        ends.append(date.end)
        starts.append(date.start)
    start = _quote_start(article, sentence.start, min(starts))
    end = max(ends)
    claim_flags = set(flags)
    if place is not None and place.place.city is not None:
        claim_flags.add("city")
    article.claims.append(
        Claim(
            kind, body, Place() if place is None else place.place, value, start, end, index,
            anchor, claim_flags, new_date, None if place is None else (place.start, place.end),
        )
    )  # fmt: skip
