"""Assembly: claims merged into one event per distinct meeting, decisions tied to their meeting.

Claims about the same meeting (same kind and body, compatible date and place) become one event
with the most precise date and place any of them gives; claims that disagree stay apart.  A
meeting reported as held with no date of its own follows the news-of-the-day convention of the
annotation guidelines: under way (present tense) it takes the publication date; just held, the
date of a dateline that names its city, else the publication month; a retrospective mention
stays undated.  A plan that only repeats a meeting the article reports as held (same body, no
date or place of its own, or the same date) is not a second meeting.

Each decision is tied to the held meeting of its sentence, else the nearest held meeting
before it, else the held meeting of the article's topic; an article that reports decisions of
its topic body but no held meeting implies one (adopting is holding).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence

import attrs

from ..events import (
    DecisionAdopted,
    Event,
    MeetingCancelled,
    MeetingHeld,
    MeetingPostponed,
    MeetingRef,
    NextMeetingScheduled,
    make_event_id,
)
from ..values import Body, Date, DateRange, PartialDate, Place, Provenance
from .decisions import decision_keys
from .meetings import MeetingClaim, Topic, is_headline, shift_days
from .model import ClaimKind, Dateline, DecisionCandidate, Document, DocumentTime, Tense

__all__ = ["build_events"]



def _precision(date: Date | None) -> int:
    """How precise a date is: minus the number of days it may fall on (a day is -1)."""
    if date is None:
        return -100_000
    first, last = date.earliest(), date.latest()
    if first is not None and last is not None:
        return -((last - first).days + 1)
    if isinstance(date, DateRange):
        # Year unknown: by its months ("XXXX-03/XXXX-04" is narrower than spring).
        start, end = date.start, date.end
        if start.month is None or end.month is None:
            return -365
        months = (end.month - start.month) % 12 + 1
        return -30 * months
    return {"day": -1, "month": -30, "year": -365}[date.precision]


def _default_date(claim: MeetingClaim, time: DocumentTime) -> Date | None:
    """The news-of-the-day date of a held meeting the text gives no date of its own."""
    if (
        claim.kind is not ClaimKind.HELD or claim.date is not None or claim.retrospective
        or claim.headline
    ):  # fmt: skip
        return claim.date
    published = time.published
    dateline = time.dateline
    if claim.tense is Tense.PRESENT or _under_way(claim):
        # Under way: the story's day (its publication, else its dateline's day).
        if published is not None:
            return PartialDate.from_date(published)
        if dateline is not None and dateline.date is not None and dateline.date.day is not None:
            return dateline.date
    if (
        dateline is not None
        and dateline.date is not None
        and dateline.place is not None
        and dateline.place.city is not None
        and dateline.place.city == claim.place.city
    ):
        day = dateline.date
        if day.year is None and published is not None and day.month is not None:
            return PartialDate(published.year, day.month, day.day)
        return day
    if time.lead is not None:
        return time.lead  # the day the lead reports: "leaders on Tuesday agreed ..."
    if published is not None:
        return PartialDate(published.year, published.month)
    if dateline is not None and isinstance(dateline.date, PartialDate) and dateline.date.month:
        # The dateline shows the publication date, perhaps without its year: its month.
        return PartialDate(dateline.date.year, dateline.date.month)
    return None


def _filed_at(meetings: list[_Meeting], time: DocumentTime, topic: Topic) -> list[_Meeting]:
    """The news-of-the-day convention for the place.

    The topic's meeting reported just held or under way, that no claim of the article places,
    is where the story was filed.
    """
    dateline = time.dateline
    if dateline is None or dateline.place is None or not dateline.place.city:
        return meetings
    day = dateline.date if dateline.date is not None else (
        PartialDate.from_date(time.published) if time.published is not None else None
    )  # fmt: skip

    def news(meeting: _Meeting) -> bool:
        return not all(c.retrospective for c in meeting.claims) and not (
            # "В последний раз министры встречались в апреле": a said date well before the
            # story's day is no news of it ("met yesterday" is)
            meeting.explicit and meeting.date is not None and day is not None
            and not _recent(meeting.date, day)
        )  # fmt: skip

    own = [m for m in meetings if m.kind is ClaimKind.HELD and m.body == topic.body and news(m)]
    if any(m.place.city for m in own):
        return meetings  # the story names where it was: the dateline only says where it is told
    filed = []
    for meeting in meetings:
        if (
            any(meeting is m for m in own)
            and meeting.place.compatible(dateline.place)  # "in Uzbekistan", filed in Samarkand
        ):  # fmt: skip
            # A country the text gave keeps its date: the dateline only names the city.
            date = meeting.date if meeting.place.known else _dateline_day(meeting, dateline, time)
            meeting = attrs.evolve(meeting, place=dateline.place, date=date)
        filed.append(meeting)
    return filed


def _dated_by_dateline(meetings: list[_Meeting], time: DocumentTime) -> list[_Meeting]:
    """A held meeting with a default date, that the text places in the dateline's city.

    It takes the dateline's day: the news-of-the-day convention, once the text or its hints
    place the meeting ("SAMARKAND, 14 April. ... the meeting in Samarkand" is of 14 April).
    A meeting the text places in a country only keeps its date (see :func:`_filed_at`).
    """
    dateline = time.dateline
    if dateline is None or dateline.place is None or not dateline.place.city:
        return meetings
    return [
        attrs.evolve(m, date=_dateline_day(m, dateline, time))
        if m.kind is ClaimKind.HELD and not m.explicit and m.place.city == dateline.place.city
        and not all(c.retrospective for c in m.claims)
        else m
        for m in meetings
    ]  # fmt: skip


def _dateline_day(meeting: _Meeting, dateline: Dateline, time: DocumentTime) -> Date | None:
    """The meeting's date, or the dateline's day when the meeting had only a default date."""
    if meeting.explicit or dateline.date is None:
        return meeting.date
    day = dateline.date
    if day.year is None and time.published is not None and day.month is not None:
        return PartialDate(time.published.year, day.month, day.day)
    return day


def _under_way(claim: MeetingClaim) -> bool:
    """Whether the claim's verb says the meeting began.

    "Opened", "began", "открылось": the meeting is under way when the story is told.
    """
    return claim.inchoative


@attrs.frozen
class _Meeting:
    kind: ClaimKind
    body: object
    place: Place
    date: Date | None
    new_date: Date | None
    claims: tuple[MeetingClaim, ...]
    explicit: bool = False
    """Whether the date was said (not a news-of-the-day default)."""


def _compatible(a: _Meeting, claim: MeetingClaim) -> bool:
    """Whether a claim may be about a meeting.

    Places must be compatible, and dates too unless one of them is only a news-of-the-day
    default, which gives way to a date the text says, if that date could be news of the
    day: "In 2022, the leaders signed ..." is another meeting than the one "took place" in a
    story of 2023, and so is one told as earlier ("Earlier, on 7 October, ...").
    """
    if not a.place.compatible(claim.place):
        return False
    if claim.preceding and claim.place.known and not a.place.known and a.explicit:
        # "The previous meeting in this format was held by videoconference", beside today's
        # dated one: the one before, not where today's was
        return False
    if a.date is None or claim.date is None:
        return True
    if a.explicit != claim.explicit:
        default, said = (claim.date, a.date) if a.explicit else (a.date, claim.date)
        earlier = any(c.earlier for c in a.claims) if a.explicit else claim.earlier
        return (not earlier and _recent(said, default)) or _told_again(a, claim)
    return a.date.could_be_same_day(claim.date)


def _told_again(a: _Meeting, claim: MeetingClaim) -> bool:
    """Whether an undated claim, after a meeting dated in the text, names that meeting's city.

    "1 июня в Душанбе Совет глав правительств утвердил программу. ... Программа, принятая в
    Душанбе, ...": the meeting told before, not the story's news (which the lead tells first).
    """
    return (
        a.explicit and not claim.explicit and claim.place.city is not None
        and claim.place.city == a.place.city
        and all(c.start < claim.start for c in a.claims if c.explicit)
    )  # fmt: skip


_NEWS_DAYS = 31
"""How long before its news-of-the-day default a date the text says may still be that news."""


def _recent(said: Date, default: Date) -> bool:
    """Whether a said date may be the day a news-of-the-day default stands for."""
    latest, earliest = said.latest(), default.earliest()
    if latest is None or earliest is None:
        # a year unknown: months far apart ("в апреле" told on "13 окт") are not news
        said_month, day_month = _last_month(said), _first_month(default)
        if said_month is None or day_month is None:
            return True
        return (day_month - said_month) % 12 <= 1
    return latest >= earliest - _dt.timedelta(days=_NEWS_DAYS)


def _last_month(date: Date) -> int | None:
    return (date.end if isinstance(date, DateRange) else date).month


def _first_month(date: Date) -> int | None:
    return (date.start if isinstance(date, DateRange) else date).month


def _merge(meeting: _Meeting, claim: MeetingClaim) -> _Meeting:
    date, explicit = meeting.date, meeting.explicit
    # A date the text says beats a default; of two said dates, the more precise, but a span of
    # days the text gives stays whole ("held on May 21-22", "wrapped up" on the 22nd).
    if claim.date is not None and (
        (claim.explicit and not explicit)
        or (claim.explicit == explicit and _precision(claim.date) > _precision(date)
            and not _days_of(date, claim.date))
        or (claim.explicit and date is not None and _days_of(claim.date, date))
    ):
        date, explicit = claim.date, claim.explicit
    new_date = meeting.new_date or claim.new_date
    return attrs.evolve(meeting, place=meeting.place.merge(claim.place), date=date,
                        new_date=new_date, claims=(*meeting.claims, claim),
                        explicit=explicit)  # fmt: skip


def _days_of(span: Date | None, day: Date) -> bool:
    """Whether ``span`` is a meeting's few days, of a known year, that hold the one ``day``."""
    if not isinstance(span, DateRange) or not isinstance(day, PartialDate) or day.day is None:
        return False
    first, last, when = span.earliest(), span.latest(), day.earliest()
    return (
        first is not None and last is not None and when is not None
        and span.start.day is not None and first <= when <= last
        and (last - first).days < _SPAN_DAYS  # a meeting's days, not "next week"
    )  # fmt: skip


def _opened_and_closed(claims: list[MeetingClaim]) -> list[MeetingClaim]:
    """A meeting told in one sentence to open one day and end a later one is one meeting.

    "The summit, which opened on Thursday, ended on Friday": held over both days, not held
    twice.  (The endings are looked up by sentence and body: one pass, not every pair.)
    """
    endings: dict[tuple[int, object], list[int]] = {}
    for index, claim in enumerate(claims):
        if claim.terminative and _held_day(claim, ending=True) is not None:
            endings.setdefault((claim.sentence, claim.body), []).append(index)
    out: dict[int, MeetingClaim] = dict(enumerate(claims))
    for index, opened in enumerate(claims):
        first = _held_day(opened)
        if not opened.inchoative or first is None or index not in out:
            continue
        for end_index in endings.get((opened.sentence, opened.body), ()):
            closed = out.get(end_index)
            last = None if closed is None else _held_day(closed, ending=True)
            if closed is not None and last is not None and (
                0 < (last - first).days <= _SPAN_DAYS
            ):  # fmt: skip
                del out[end_index]
                out[index] = attrs.evolve(
                    opened, date=DateRange(PartialDate.from_date(first),
                                           PartialDate.from_date(last)),
                    place=opened.place if opened.place.known else closed.place,
                )  # fmt: skip
                break
    return list(out.values())


def _held_day(claim: MeetingClaim, *, ending: bool = False) -> _dt.date | None:
    """The day a held claim names, when it names one day.

    ``ending``: the claim ends a meeting, which may be told to come ("the summit opened on
    Tuesday and will close on Wednesday": held, over both days).
    """
    date = claim.date
    kinds = (ClaimKind.HELD, ClaimKind.SCHEDULED) if ending else (ClaimKind.HELD,)
    if claim.kind not in kinds or not isinstance(date, PartialDate) or date.day is None:
        return None
    return date.earliest()


_SPAN_DAYS = 3


def _cluster(claims: Sequence[MeetingClaim]) -> list[_Meeting]:
    meetings: list[_Meeting] = []
    # Informative claims first, so that a bare claim joins the meeting it most likely repeats.
    ordered = sorted(claims, key=lambda c: (c.borrowed, not c.explicit, not c.place.known,
                                            c.start))  # fmt: skip
    for claim in ordered:
        fits = [i for i, m in enumerate(meetings) if m.kind is claim.kind
                and m.body == claim.body and _compatible(m, claim)]  # fmt: skip
        own = [] if fits or not claim.borrowed else [
            i for i, m in enumerate(meetings)
            if m.kind is claim.kind and m.body == claim.body and m.place.known
        ]  # fmt: skip
        if own:
            # "Ahead of the summit, the ministers met in Minsk. The summit opens in Dushanbe":
            # a place or date borrowed from another meeting gives way to the summit's own
            meetings[own[0]] = attrs.evolve(meetings[own[0]],
                                            claims=(*meetings[own[0]].claims, claim))
        elif fits:
            meetings[fits[0]] = _merge(meetings[fits[0]], claim)
        else:
            meetings.append(_Meeting(claim.kind, claim.body, claim.place, claim.date,
                                     claim.new_date, (claim,), claim.explicit))  # fmt: skip
    return meetings


def _hinted(
    meetings: list[_Meeting], hints: Mapping[Body, frozenset[Place]] | None
) -> list[_Meeting]:
    """A meeting no claim places, placed where the article's noun phrases place its body.

    Only when that is one place and every other meeting of the body the article tells of is
    placed somewhere else ("the Ashgabat meeting" beside "the next one, in Russia").
    """
    if not hints:
        return meetings
    placed = []
    for meeting in meetings:
        body_hints = hints.get(Body(str(meeting.body)), frozenset())
        if not meeting.place.known and len(body_hints) == 1 and meeting.kind in (
            ClaimKind.HELD, ClaimKind.SCHEDULED
        ):  # fmt: skip
            (place,) = body_hints
            if all(m.place.known and not m.place.compatible(place) for m in meetings
                   if m is not meeting and m.body == meeting.body):  # fmt: skip
                meeting = attrs.evolve(meeting, place=place)
        placed.append(meeting)
    return placed


def _co_locate(meetings: list[_Meeting]) -> list[_Meeting]:
    """Meetings held on the eve of or ahead of another meet where it meets, in its month.

    "On the eve of the summit, on 12 October, the foreign ministers will meet": the ministers
    meet where the summit is placed anywhere in the article.
    """
    placed: list[_Meeting] = []
    for meeting in meetings:
        related = {c.related for c in meeting.claims if c.related is not None}
        if meeting.place.known or not related:
            placed.append(meeting)
            continue
        others = [m for m in meetings if m.body in related and m.place.known
                  and m.kind is meeting.kind]  # fmt: skip
        if len({(m.place.city, m.place.country, m.place.online) for m in others}) != 1:
            placed.append(meeting)  # none, or several places: nothing to tell
            continue
        other = others[0]
        date = meeting.date
        if date is None and isinstance(other.date, PartialDate) and other.date.month is not None:
            date = PartialDate(other.date.year, other.date.month)
        placed.append(attrs.evolve(meeting, place=other.place, date=date))
    return _dated_by_relation(placed)


def _dated_by_relation(meetings: list[_Meeting]) -> list[_Meeting]:
    """Meetings dated by the meeting held on their eve, when the text dates only that one.

    "On the eve of the summit, on 12 October, the ministers will meet": the summit is the 13th;
    "the ministers will meet in October, on the eve of the summit": the summit is in October
    as far as the text says.
    """
    dated: list[_Meeting] = []
    for meeting in meetings:
        date = meeting.date
        if date is None or (isinstance(date, PartialDate) and date.day is None):
            for other in meetings:
                for claim in other.claims:
                    if claim.related != meeting.body or claim.offset_days is None:
                        continue
                    day = other.date
                    if isinstance(day, PartialDate) and day.day is not None and (
                        date is None or date.could_be_same_day(day)
                    ):
                        moved = shift_days(day, -claim.offset_days)
                        if moved is not None:
                            date = moved
                    elif date is None and isinstance(day, PartialDate) and day.month is not None:
                        date = PartialDate(day.year, day.month)
        dated.append(meeting if date is meeting.date else attrs.evolve(meeting, date=date))
    return dated


def _same_day(meetings: list[_Meeting]) -> list[_Meeting]:
    """Meetings held "the same day" as one the story dates only by its own day.

    "МИНСК, 12 апреля. Заседание СМИД завершилось в Минске. В тот же день в Минске прошла
    встреча ...": the day the news-of-the-day convention gave the meeting before (claims find
    only the days the text says, :func:`.meetings._relative`).  The last meeting before it with
    a day, of its own kind if there is one.
    """
    dated: list[_Meeting] = []
    for meeting in meetings:
        claim = next((c for c in meeting.claims
                      if c.offset_days is not None and c.offset_days >= 0), None)  # fmt: skip
        if meeting.date is not None or claim is None or claim.offset_days is None:
            dated.append(meeting)
            continue
        before = [m for m in meetings if m is not meeting
                  and min(c.start for c in m.claims) < claim.start
                  and isinstance(m.date, PartialDate) and m.date.day is not None]  # fmt: skip
        before.sort(key=lambda m: (m.kind is not meeting.kind, -min(c.start for c in m.claims)))
        day = before[0].date if before else None
        moved = shift_days(day, claim.offset_days) if isinstance(day, PartialDate) else None
        dated.append(meeting if moved is None else attrs.evolve(meeting, date=moved))
    return dated


def _dated_by_put_off(meetings: Sequence[_Meeting]) -> list[_Meeting]:
    """An undated plan told after a postponement of its body's meeting is for the new date.

    "Заседание ... решено перенести на декабрь. ... встреча премьеров пройдет в режиме
    видеоконференции": the meeting by video is December's; so is one told held with the
    postponement, after it ("перенесли на 19 мая и провели по видеосвязи"; not "met today and
    put off their next meeting to May").
    """
    dated = []
    for meeting in meetings:
        if meeting.kind in (ClaimKind.SCHEDULED, ClaimKind.HELD) and (
            meeting.date is None or not meeting.explicit
        ):  # fmt: skip
            new = next((m.new_date for m in meetings if _put_off_before(m, meeting)), None)
            if new is not None:
                meeting = attrs.evolve(meeting, date=new, explicit=True)
        dated.append(meeting)
    return dated


def _put_off_before(off: _Meeting, meeting: _Meeting) -> bool:
    """Whether ``off`` moves the body's meeting to a new date before ``meeting`` is told.

    A plan: in its sentence or one before it.  A meeting held: earlier in its own sentence,
    and not the next meeting put off.
    """
    if off.kind is not ClaimKind.POSTPONED or off.body != meeting.body or off.new_date is None:
        return False
    told = min(c.sentence for c in meeting.claims)
    if meeting.kind is ClaimKind.SCHEDULED:
        return min(c.sentence for c in off.claims) <= told
    first = min(c.start for c in meeting.claims)
    return any(c.sentence == told and c.start <= first and not c.following for c in off.claims)


def _put_off_to(meetings: Sequence[_Meeting], time: DocumentTime) -> list[_Meeting]:
    """The meetings to come on the day a postponement moved them to, when no claim tells it.

    "Перенесено на 15 июля": the ministers will meet on 15 July, where they were to.  Only a
    new day (a month or a year says too little of a meeting) that is not the story's past.
    """
    made = []
    for meeting in meetings:
        new = meeting.new_date
        if meeting.kind is not ClaimKind.POSTPONED or not isinstance(new, PartialDate):
            continue
        first = new.earliest()
        if new.day is None or (
            time.published is not None and first is not None and first < time.published
        ):
            continue
        if any(m.body == meeting.body and m.kind in (ClaimKind.SCHEDULED, ClaimKind.HELD)
               and m.date is not None and m.date.could_be_same_day(new)
               for m in meetings):  # fmt: skip
            continue
        made.append(_Meeting(ClaimKind.SCHEDULED, meeting.body, meeting.place, new, None,
                             meeting.claims, explicit=True))  # fmt: skip
    return made


def _put_off(plan: _Meeting, off: Sequence[_Meeting]) -> bool:
    """Whether a plan is the one the article says was postponed or cancelled.

    "The summit scheduled for May has been postponed": the plan is not a meeting to come.
    """
    return any(
        other.body == plan.body and other.place.compatible(plan.place)
        and (plan.date is None or other.date is None or plan.date.could_be_same_day(other.date))
        and not _rescheduled(plan, other)
        for other in off
    )  # fmt: skip


def _rescheduled(plan: _Meeting, off: _Meeting) -> bool:
    """Whether a plan is the new date of a postponement ("moved to October": 7 October).

    A new date of a year only ("postponed until the autumn", "to next year") is met only by
    a plan of that year: "scheduled for May" in the same year is the plan put off.
    """
    new = off.new_date
    if plan.date is None or new is None or not plan.date.could_be_same_day(new):
        return False
    return new.precision != "year" or plan.date.precision == "year"


def _told_with(plan: _Meeting, off: _Meeting) -> bool:
    """Whether a plan is told in a sentence of the postponement or cancellation."""
    sentences = {c.sentence for c in off.claims}
    return any(c.sentence in sentences for c in plan.claims)


def _plan_of(meeting: _Meeting, plans: Sequence[_Meeting]) -> _Meeting | None:
    """The plan a postponement or cancellation puts off.

    One told in its own sentence first, then one told as a plan that was ("изначально
    планировалось"), then the most precise.
    """
    fitting = [p for p in plans if _put_off(p, [meeting])]
    if not fitting:
        return None
    return min(fitting, key=lambda p: (
        not _told_with(p, meeting), not any(c.superseded for c in p.claims), -_precision(p.date)
    ))  # fmt: skip


def _as_planned(meeting: _Meeting, plans: Sequence[_Meeting]) -> _Meeting:
    """A postponed or cancelled meeting with the date and place of the plan it puts off.

    "The session that was due to take place in Kiev on 18 April will not take place": the
    session called off is the one of 18 April, in Kiev.
    """
    if meeting.kind not in (ClaimKind.POSTPONED, ClaimKind.CANCELLED):
        return meeting
    plan = _plan_of(meeting, plans)
    if plan is not None:
        date, explicit = meeting.date, meeting.explicit
        if plan.date is not None and (date is None or not explicit):
            date, explicit = plan.date, plan.explicit
        place = meeting.place if meeting.place.known else plan.place
        return attrs.evolve(meeting, date=date, place=place, explicit=explicit)
    return meeting


def _put_off_instead(meeting: _Meeting, meetings: Sequence[_Meeting]) -> bool:
    """Whether a meeting called off is one the article says was put off.

    "The summit will not take place on 16 October as planned. It is postponed": postponed, not
    cancelled.
    """
    if meeting.kind is not ClaimKind.CANCELLED:
        return False
    return any(
        other.kind is ClaimKind.POSTPONED and other.body == meeting.body
        and other.place.compatible(meeting.place)
        and (other.date is None or meeting.date is None
             or other.date.could_be_same_day(meeting.date))
        for other in meetings
    )  # fmt: skip


def _present_of_a_plan(
    meeting: _Meeting, meetings: Sequence[_Meeting], time: DocumentTime
) -> bool:
    """Whether a meeting only an undated present tells is the plan the story tells.

    "CIS leaders gather in Chisinau amid calls for reform" over "Leaders begin arriving here
    today for a summit that opens tomorrow": the summit to come, not one held.  So is "Tajikistan
    is hosting the summit for the third time" beside "the heads of state will meet in Dushanbe
    on Friday", told on Wednesday: outside a headline, the plan must be dated after the story.
    """
    if meeting.kind is not ClaimKind.HELD or not all(
        c.tense is Tense.PRESENT and not c.explicit for c in meeting.claims
    ):  # fmt: skip
        return False
    headline = all(c.headline for c in meeting.claims)
    return any(
        other.kind is ClaimKind.SCHEDULED and other.body == meeting.body
        and other.place.compatible(meeting.place) and other.explicit
        and (headline or _after_story(other.date, time))
        for other in meetings
    )  # fmt: skip


def _after_story(date: Date | None, time: DocumentTime) -> bool:
    """Whether a date surely falls after the day the story was published."""
    first = None if date is None else date.earliest()
    return first is not None and time.published is not None and first > time.published


def _repeats_held(plan: _Meeting, held: Sequence[_Meeting], time: DocumentTime) -> bool:
    """Whether a planned meeting only repeats one the article reports as held.

    An undated plan in the city of a meeting the story reports just held is that meeting's
    plan ("в сентябре встречу перенесли в Петербург" beside "Вчера в Петербурге ...").
    """
    for meeting in held:
        if meeting.body != plan.body:
            continue
        if plan.date is None and not plan.place.known and not any(
            c.following for c in plan.claims
        ):  # ("the next meeting will take place in due course": another one)
            return True
        if plan.date is None and plan.place.city is not None and (
            plan.place.city == meeting.place.city and _news(meeting, time)
        ):  # fmt: skip
            return True
        if (
            plan.date is not None and meeting.date is not None
            and plan.date.isoformat() == meeting.date.isoformat()
            and plan.place.compatible(meeting.place)
        ):  # fmt: skip
            return True
    return False


def _news(meeting: _Meeting, time: DocumentTime) -> bool:
    """Whether a held meeting is the story's news: dated within a few days before it."""
    if meeting.date is None or time.published is None:
        return False
    latest = meeting.date.latest()
    return latest is not None and 0 <= (time.published - latest).days <= _NEWS_DAYS


_LEAD = re.compile(r"[\s\-–—:|/.,()]*")
_OPENING = re.compile(r"(?i)\W*(?:date\W*)?")


def _provenance(
    doc: Document, article: str, claim: MeetingClaim, time: DocumentTime
) -> Provenance:
    """The claim's sentence, without a stamp or dateline it opens with.

    "date 2025-04-12", "MINSK, 12 April (BelTA) –": the quote is what states the claim.
    """
    start = claim.start
    spans = [time.evidence]
    if time.dateline is not None:
        spans.append((time.dateline.start, time.dateline.end))
    for low, high in spans:
        if start < high < claim.end and _OPENING.fullmatch(doc.text, start, max(start, low)):
            start = high
    if start != claim.start:
        lead = _LEAD.match(doc.text, start, claim.end)
        start = lead.end() if lead is not None else start
        if doc.text[start:start + 1] == "(":
            start = claim.start  # an agency's bracket left: keep the sentence whole
    return Provenance.of(doc.text, start, claim.end, article=article)


def _ref(meeting: _Meeting) -> MeetingRef:
    return MeetingRef(meeting.body, meeting.place, meeting.date)  # type: ignore[arg-type]


def build_events(
    article: str,
    doc: Document,
    time: DocumentTime,
    claims: Sequence[MeetingClaim],
    decisions: Sequence[DecisionCandidate],
    topic: Topic,
    hints: Mapping[Body, frozenset[Place]] | None = None,
) -> tuple[Event, ...]:
    """The events of an article from its claims and decisions, in text order."""
    # A headline's present speaks of what is about to happen as often as of what happens: with
    # a story that only plans the meeting, it is that plan ("CIS ministers meet in Dushanbe"
    # over "the ministers will meet on Friday").
    planned = {c.body for c in claims if not c.headline and c.kind is ClaimKind.SCHEDULED}
    held_told = {c.body for c in claims if not c.headline and c.kind is ClaimKind.HELD}
    claims = [
        attrs.evolve(c, kind=ClaimKind.SCHEDULED, tense=Tense.FUTURE)
        if c.headline and c.kind is ClaimKind.HELD and c.date is None
        and c.body in planned and c.body not in held_told
        else c
        for c in claims
    ]  # fmt: skip
    # "At that meeting, the heads of government approved ...": a claim that says nothing of its
    # own beside one of its sentence that dates the same kind of meeting of the body repeats it.
    # (counted by sentence, body and kind: one pass, not every pair of claims)
    dating = Counter((o.sentence, o.body, o.kind) for o in claims if o.explicit)
    claims = [c for c in claims if not (
        c.date is None and not c.place.known and not c.headline
        and dating[(c.sentence, c.body, c.kind)] > int(c.explicit)
    )]  # fmt: skip
    # A headline's present tells no day when the story repeats its claim; alone, it does.
    told = {(c.kind, c.body) for c in claims if not c.headline}
    dated = [
        attrs.evolve(c, date=_default_date(
            attrs.evolve(c, headline=c.headline and (c.kind, c.body) in told), time))
        for c in claims
    ]  # fmt: skip
    dated = _opened_and_closed(dated)
    decisions = list(decisions)
    # A plan that was ("должен был пройти в Ташкенте") only says what a meeting put off was.
    former = _cluster([c for c in dated if c.superseded])
    meetings = _co_locate(_cluster([c for c in dated if not c.superseded]))
    held = [m for m in meetings if m.kind is ClaimKind.HELD]
    off = [m for m in meetings if m.kind in (ClaimKind.POSTPONED, ClaimKind.CANCELLED)]
    plans = [m for m in meetings if m.kind is ClaimKind.SCHEDULED and _put_off(m, off)]
    plans += [m for m in former if _put_off(m, off)]
    chosen = [(m, plan) for m in off if (plan := _plan_of(m, plans)) is not None]
    # A plan that differs from the one told with the postponement is a meeting still to come:
    # "the summit will be held online on 18 December; it was first planned for October in
    # Tashkent, but was postponed"
    plans = [p for p in plans if not any(
        p is not c and p.body == c.body and _told_with(c, m) and not _put_off(p, [c])
        for m, c in chosen
    )]  # fmt: skip
    meetings = [m for m in meetings if not (m.kind is ClaimKind.SCHEDULED and (
        _repeats_held(m, held, time) or m in plans))]  # fmt: skip
    meetings = [_as_planned(m, plans) for m in meetings]
    meetings = [m for m in meetings if not _put_off_instead(m, meetings)]
    meetings = [m for m in meetings if not _present_of_a_plan(m, meetings, time)]
    meetings = _same_day(_filed_at(_dated_by_dateline(_hinted(meetings, hints), time), time,
                                   topic))  # fmt: skip
    meetings = _dated_by_put_off(meetings)
    meetings += _put_off_to(meetings, time)
    events: list[tuple[int, Event]] = []
    held_ids: list[tuple[_Meeting, str]] = []
    for meeting in meetings:
        claim = min(meeting.claims, key=lambda c: c.start)
        provenance = _provenance(doc, article, claim, time)
        ref = _ref(meeting)
        kind_name = {
            ClaimKind.HELD: "MeetingHeld", ClaimKind.SCHEDULED: "NextMeetingScheduled",
            ClaimKind.POSTPONED: "MeetingPostponed", ClaimKind.CANCELLED: "MeetingCancelled",
        }[meeting.kind]  # fmt: skip
        event_id = make_event_id(article, kind_name, claim.start, claim.end, str(ref))
        event: Event
        if meeting.kind is ClaimKind.HELD:
            event = MeetingHeld(id=event_id, provenance=provenance, meeting=ref)
            held_ids.append((meeting, event_id))
        elif meeting.kind is ClaimKind.SCHEDULED:
            event = NextMeetingScheduled(id=event_id, provenance=provenance, meeting=ref)
        elif meeting.kind is ClaimKind.POSTPONED:
            event = MeetingPostponed(id=event_id, provenance=provenance, meeting=ref,
                                     new_date=meeting.new_date)  # fmt: skip
        else:
            event = MeetingCancelled(id=event_id, provenance=provenance, meeting=ref)
        events.append((claim.start, event))
    targets = [(d, _decision_meeting(d, held_ids, topic, time)) for d in decisions]
    for decision, target in targets:
        if target is None or _restated(decision, target[1], targets) or _in_headline_only(
            decision, target[1], targets, doc
        ):  # fmt: skip
            continue
        meeting, held_id = target
        ref = _ref(meeting)
        event_id = make_event_id(article, "DecisionAdopted", decision.start, decision.end,
                                 decision.summary)  # fmt: skip
        events.append((decision.start, DecisionAdopted(
            id=event_id,
            provenance=Provenance.of(doc.text, decision.start, decision.end, article=article),
            meeting=ref, summary=decision.summary, held=held_id,
        )))  # fmt: skip
    events.sort(key=lambda pair: pair[0])
    seen: set[str] = set()
    unique = []
    for _, event in events:
        if event.id not in seen:
            seen.add(event.id)
            unique.append(event)
    return tuple(unique)


def _restated(
    decision: DecisionCandidate, held_id: str,
    targets: Sequence[tuple[DecisionCandidate, tuple[_Meeting, str] | None]],
) -> bool:  # fmt: skip
    """Whether another decision of the same meeting says all this one says, and more.

    A headline's "утвердили план консультаций" restates the body's "решение о Плане
    многоуровневых межмидовских консультаций": one decision.  Of two with the same words, the
    first is kept.
    """
    keys = decision_keys(decision.summary)
    if not keys:
        return False
    for other, target in targets:
        if other is decision or target is None or target[1] != held_id:
            continue
        theirs = decision_keys(other.summary)
        if keys < theirs or (keys == theirs and other.start < decision.start):
            return True
    return False


def _in_headline_only(
    decision: DecisionCandidate, held_id: str,
    targets: Sequence[tuple[DecisionCandidate, tuple[_Meeting, str] | None]], doc: Document,
) -> bool:  # fmt: skip
    """Whether a headline's decision sums up decisions its story tells of the same meeting.

    "Ministers sign documents on migration and war memory", over a story that names each
    document: the headline's words are the story's in short, no decision of their own.
    """
    if not _above_story(doc, decision.sentence):
        return False
    return any(
        target is not None and target[1] == held_id and not _above_story(doc, other.sentence)
        for other, target in targets
    )


def _above_story(doc: Document, index: int) -> bool:
    """Whether a sentence stands in the lines of headline above the story's first sentence.

    (A list's lines further down read like headlines too: short, with no closing stop.)
    """
    return all(is_headline(doc.text, s) for s in doc.sentences[: index + 1])


_STALE = _dt.timedelta(days=62)


def _long_before(meeting: _Meeting, time: DocumentTime) -> bool:
    """Whether a meeting surely ended two months or more before the story was published."""
    date = meeting.date
    if time.published is None or date is None:
        return False
    last = date.latest()
    return last is not None and last < time.published - _STALE


def _decision_meeting(
    decision: DecisionCandidate, held: Sequence[tuple[_Meeting, str]], topic: Topic,
    time: DocumentTime,
) -> tuple[_Meeting, str] | None:  # fmt: skip
    """The held meeting a decision belongs to.

    A meeting told only after the decision, and long before the story, is not the one that
    adopted it ("the President approved the concept ... Ashgabat last hosted a CIS summit in
    2019").
    """
    held = [h for h in held if not (
        all(c.sentence > decision.sentence for c in h[0].claims) and _long_before(h[0], time)
    )]  # fmt: skip
    if decision.foreign:
        return None
    acted = [h for h in held if h[0].body == decision.actor]
    if acted:
        held = acted  # "The presidents approved ...": the heads of state's meeting
    if not held:
        return None
    same = [h for h in held if any(c.sentence == decision.sentence for c in h[0].claims)]
    if same:
        return same[0]
    before = [h for h in held if any(c.sentence < decision.sentence for c in h[0].claims)]
    if before:
        return max(before, key=lambda h: max(c.sentence for c in h[0].claims
                                              if c.sentence < decision.sentence))  # fmt: skip
    topical = [h for h in held if h[0].body == topic.body]
    return topical[0] if topical else held[0]
