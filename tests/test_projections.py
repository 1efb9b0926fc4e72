"""Projections: merging reports into meetings, schedule and decisions; incremental folds."""

from __future__ import annotations

import datetime as dt
import random

import attrs
from hypothesis import example, given
from hypothesis import strategies as st

import test_values
from cischronicle import (
    Chronicle,
    ChronicleState,
    Date,
    DecisionAdopted,
    Event,
    MeetingHeld,
    MeetingRef,
    MeetingRegistry,
    NextMeetingScheduled,
    Place,
    parse_date,
    project,
    run_checks,
)
from cischronicle._index import cluster_keys, lookup_keys
from cischronicle.projections import Report
from helpers import decided, held, recorded, retracted, scheduled


def test_reports_of_one_meeting_merge_to_most_precise() -> None:
    """Three compatible reports become one meeting dated as precisely as they together say."""
    events = [
        recorded("a", None),
        held("a", "cis-cfm", "Almaty", "XXXX-04-11"),
        recorded("b", "2025-04-12"),
        held("b", "cis-cfm", "Almaty", "2025-04"),
        recorded("c", "2025-04-11"),
        held("c", "cis-cfm", None, "2025"),
    ]
    meetings = project(events).meetings()
    assert len(meetings) == 1
    (m,) = meetings
    assert (m.place, m.date, m.sources) == (
        Place.of_city("Almaty"),
        parse_date("2025-04-11"),
        ("a", "b", "c"),
    )


def test_different_bodies_places_or_days_stay_apart() -> None:
    """Reports of another body, city or day are other meetings."""
    events = [
        recorded("a", "2025-04-12"),
        held("a", "cis-cfm", "Almaty", "2025-04-11", n=1),
        held("a", "ca-russia-fm", "Almaty", "2025-04-11", n=2),
        held("a", "cis-cfm", "Astana", "2025-04-11", n=3),
        held("a", "cis-cfm", "Almaty", "2025-04-10", n=4),
    ]
    assert len(project(events).meetings()) == 4


def test_ambiguous_report_does_not_guess() -> None:
    """A report that fits two meetings joins neither."""
    events = [
        recorded("a", "2024-12-31"),
        held("a", "cis-cfm", "Minsk", "2024-04-12", n=1),
        held("a", "cis-cfm", "Moscow", "2024-10-11", n=2),
        recorded("b", "2025-01-02"),
        held("b", "cis-cfm", None, "2024"),
    ]
    meetings = project(events).meetings()
    assert len(meetings) == 3
    assert {m.sources for m in meetings} == {("a",), ("b",)}


def test_schedule_merges_like_meetings() -> None:
    """Two announcements of the same next meeting are one scheduled meeting."""
    events = [
        recorded("a", None),
        scheduled("a", "cis-cfm", "Dushanbe", "XXXX-10"),
        recorded("b", "2025-04-12"),
        scheduled("b", "cis-cfm", "Dushanbe", "2025-10-09"),
    ]
    (s,) = project(events).schedule()
    assert s.date == parse_date("2025-10-09") and s.sources == ("a", "b")
    assert s.announced == dt.date(2025, 4, 12)


def test_decisions_attach_to_their_meeting() -> None:
    """Decisions are grouped under the held meeting they were adopted at."""
    events = [
        recorded("a", "2023-10-12"),
        held("a", "cis-cfm", "Bishkek", "2023-10-12"),
        decided("a", "cis-cfm", "Bishkek", "2023-10-12", "Badge of Honor"),
        decided("a", "cis-cfm", "Minsk", "2023-10-12", "orphan"),
    ]
    state = project(events)
    (meeting,) = state.meetings()
    grouped = state.decisions_by_meeting()
    assert [d.summary for d in grouped[meeting.key]] == ["Badge of Honor"]
    assert sum(len(v) for v in grouped.values()) == 2


def test_retraction_withdraws_a_report() -> None:
    """A retracted report no longer counts, and meetings re-merge without it."""
    wrong = held("a", "cis-cfm", "Minsk", "2024-04-12", n=1)
    events: list[Event] = [
        recorded("a", "2024-04-13"),
        wrong,
        held("a", "cis-cfm", "Minsk", "2024-04", n=2),
    ]
    assert project(events).meetings()[0].date == parse_date("2024-04-12")
    state = project([*events, retracted("a", wrong.id)])
    (m,) = state.meetings()
    assert m.date == parse_date("2024-04") and wrong.id in state.retracted


def test_as_of_uses_only_articles_published_by_then() -> None:
    """Folding as of a day leaves out articles published after it (undated ones stay)."""
    events = [
        recorded("u", None),
        held("u", "cis-cfm", "Baku", "XXXX-05"),
        recorded("a", "2024-01-01"),
        held("a", "cis-cfm", "Minsk", "2023-12"),
        recorded("b", "2025-01-01"),
        held("b", "cis-cfm", "Moscow", "2024-12"),
    ]
    state = project(events, as_of=dt.date(2024, 6, 1))
    assert {m.place.city for m in state.meetings()} == {"Baku", "Minsk"}
    assert state.excluded == {"b"}


CITIES = ["Minsk", "Moscow", "Almaty", None]
DATES = [
    "2024-04-12",
    "2024-04",
    "2024",
    "XXXX-04-12",
    "2024-10-11",
    None,
    "XXXX-04",
    "2024-04-10/2024-04-14",
    "2023-12-30/2024-01-02",
    "XXXX-12/XXXX-01",
    "2024-03/2024-05",
    "2024-04/2024-04",  # a range its merge puts more tightly: 2024-04
]


@st.composite
def chronicles(draw: st.DrawFn) -> list[Event]:
    """Several small articles with held / scheduled / decision claims."""
    events: list[Event] = []
    for a in range(draw(st.integers(1, 4))):
        article = f"art{a}"
        events.append(recorded(article, draw(st.sampled_from(["2024-11-01", "2025-01-01", None]))))
        for i in range(draw(st.integers(0, 4))):
            body = draw(st.sampled_from(["cis-cfm", "cis-chs"]))
            city, date = draw(st.sampled_from(CITIES)), draw(st.sampled_from(DATES))
            make = draw(st.sampled_from([held, scheduled]))
            events.append(make(article, body, city, date, n=i))
    return events


@given(chronicles(), st.data())
def test_folding_is_incremental(events: list[Event], data: st.DataObject) -> None:
    """Folding a prefix, then the rest, equals folding all; the prefix state is left alone."""
    stream = list(Chronicle.from_events(events).events())
    cut = data.draw(st.integers(0, len(stream)))
    prefix = project(stream[:cut])
    snapshot = prefix.meetings()
    assert project(stream[cut:], state=prefix) == project(stream)
    assert prefix.meetings() == snapshot


@given(chronicles(), st.randoms())
def test_result_does_not_depend_on_log_order(events: list[Event], rnd: random.Random) -> None:
    """Giving the article logs in another order projects the same state."""
    by_article: dict[str, list[Event]] = {}
    for event in events:
        by_article.setdefault(event.provenance.article, []).append(event)
    groups = list(by_article.values())
    rnd.shuffle(groups)
    shuffled = [e for g in groups for e in g]
    assert project(Chronicle.from_events(shuffled).events()) == project(
        Chronicle.from_events(events).events()
    )


def test_retraction_lets_an_ambiguous_report_merge() -> None:
    """Once a rival meeting is retracted, a report that fitted both joins the one left."""
    rival = held("a", "cis-cfm", "Minsk", "2024-04-13", n=2)
    events: list[Event] = [
        recorded("a", "2024-05-01"),
        held("a", "cis-cfm", "Minsk", "2024-04-12", n=1),
        rival,
        recorded("b", "2024-05-02"),
        held("b", "cis-cfm", "Minsk", "2024-04"),
    ]
    assert len(project(events).meetings()) == 3
    (meeting,) = project([*events, retracted("b", rival.id)]).meetings()
    assert meeting.sources == ("a", "b") and meeting.date == parse_date("2024-04-12")


@given(chronicles(), st.data())
def test_retracting_equals_never_having_said(events: list[Event], data: st.DataObject) -> None:
    """Retracting a claim gives the same meetings and schedule as a log without it."""
    stream = list(Chronicle.from_events(events).events())
    claims = [e for e in stream if e.id.split(":")[0] and not e.id.endswith(":rec")]
    if not claims:
        return
    target = data.draw(st.sampled_from(claims))
    without = [e for e in stream if e.id != target.id]
    retracting = project([*stream, retracted(target.provenance.article, target.id)])
    plain = project(without)
    assert retracting.meetings() == plain.meetings()
    assert retracting.schedule() == plain.schedule()


@given(test_values.dates(), test_values.dates())
def test_index_finds_every_compatible_date(a: Date, b: Date) -> None:
    """The registry's index files a date under a key that any compatible date looks up."""
    lookup = lookup_keys(a)
    if a.could_be_same_day(b) and lookup is not None:
        assert set(cluster_keys(b)) & set(lookup), (a, b)


# -- the fold's shortcuts, pinned to the general path ---------------------------------------


@st.composite
def claims_and_retractions(draw: st.DrawFn) -> list[Event]:
    """Articles whose held, scheduled and decision claims often repeat one meeting ref.

    Some claims are retracted by a later article, decisions included.
    """
    events: list[Event] = []
    claims: list[Event] = []
    for a in range(draw(st.integers(1, 5))):
        article = f"art{a}"
        events.append(recorded(article, draw(st.sampled_from(["2024-11-01", "2025-01-01", None]))))
        for i in range(draw(st.integers(0, 5))):
            if claims and draw(st.booleans()):
                ref = claims[-1].meeting  # type: ignore[union-attr]
                body, city, date = ref.body.value, ref.place.city, ref.date
                date_text = None if date is None else date.isoformat()
            else:
                body = draw(st.sampled_from(["cis-cfm", "cis-chs"]))
                city, date_text = draw(st.sampled_from(CITIES)), draw(st.sampled_from(DATES))
            kind = draw(st.sampled_from(["held", "scheduled", "decided", "decided"]))
            if kind == "decided":
                claim: Event = decided(article, body, city, date_text, f"document {i}")
            elif kind == "held":
                claim = held(article, body, city, date_text, n=i)
            else:
                claim = scheduled(article, body, city, date_text, n=i)
            events.append(claim)
            claims.append(claim)
        if claims and draw(st.booleans()):
            target = draw(st.sampled_from(claims))
            events.append(retracted(article, target.id))
    return events


@given(claims_and_retractions(), st.data())
def test_decided_meetings_kept_by_the_fold_equal_a_rebuild(
    events: list[Event], data: st.DataObject
) -> None:
    """The decided-meetings registry, once built, is kept by the fold exactly as a rebuild."""
    stream = list(Chronicle.from_events(events).events())
    cut = data.draw(st.integers(0, len(stream)))
    prefix = project(stream[:cut])
    prefix.decided  # noqa: B018 - built here, then extended by the fold of the rest
    kept = project(stream[cut:], state=prefix)
    rebuilt = project(stream)
    assert kept._decided is not None and rebuilt._decided is None
    assert kept.decided.meetings() == rebuilt.decided.meetings()
    assert list(kept.decided.reports()) == list(rebuilt.decided.reports())


def test_decided_meetings_follow_a_retracted_decision() -> None:
    """Retracting a decision after the registry was built takes it out of its meeting."""
    first = decided("a", "cis-cfm", "Minsk", "2024-04-12", "one")
    second = decided("b", "cis-cfm", "Minsk", "2024-04", "two")
    state = project([recorded("a", "2024-04-13"), first, recorded("b", "2024-05-01"), second])
    (meeting,) = state.decided.meetings()
    assert [r.event_id for r in meeting.reports] == [first.id, second.id]
    state = project([retracted("b", first.id)], state=state)
    (meeting,) = state.decided.meetings()
    assert [r.event_id for r in meeting.reports] == [second.id]
    assert list(state.decisions) == [second.id]
    assert meeting.date == parse_date("2024-04")


@given(claims_and_retractions())
def test_a_repeated_ref_goes_where_the_search_sends_it(events: list[Event]) -> None:
    """A report with the last report's ref is placed as a full search would place it."""
    reports = [
        Report(e.id, e.provenance.article, None, e.meeting, e.provenance.quote)
        for e in events
        if isinstance(e, (MeetingHeld, NextMeetingScheduled, DecisionAdopted))
    ]
    shortcut, searched = MeetingRegistry(), MeetingRegistry()
    for report in reports:
        shortcut.add(report)
        searched._last = None  # forget the last ref: every report is searched for
        searched.add(report)
    assert shortcut.meetings() == searched.meetings()


def test_a_big_meeting_keeps_every_report_in_order() -> None:
    """A meeting reported many times keeps all its reports, in fold order, through retraction."""
    events: list[Event] = [recorded("a", "2024-04-20")]
    events += [held("a", "cis-cfm", "Minsk", "2024-04-12", n=i) for i in range(40)]
    ids = [e.id for e in events[1:]]
    (meeting,) = project(events).meetings()
    assert [r.event_id for r in meeting.reports] == ids
    (meeting,) = project([*events, retracted("a", ids[3])]).meetings()
    assert [r.event_id for r in meeting.reports] == ids[:3] + ids[4:]


@given(claims_and_retractions())
def test_a_meetings_ref_is_its_body_place_and_date(events: list[Event]) -> None:
    """Meeting.ref equals a ref built from the meeting's body, place and date."""
    state = project(Chronicle.from_events(events).events())
    for meeting in (*state.meetings(), *state.schedule(), *state.decided.meetings()):
        expected = MeetingRef(body=meeting.body, place=meeting.place, date=meeting.date)
        assert meeting.ref == expected


def test_a_repeated_ambiguous_ref_joins_no_meeting() -> None:
    """The same ambiguous claim made twice in a row starts two meetings, as each fits several."""
    first = held("a", "cis-cfm", "Minsk", "2024-04-12", n=1)
    second = held("a", "cis-cfm", "Minsk", "2024-04-13", n=2)
    vague = [held("b", "cis-cfm", "Minsk", "2024-04", n=i) for i in (1, 2)]
    events = [recorded("a", "2024-05-01"), first, second, recorded("b", "2024-05-02"), *vague]
    assert vague[0].meeting is not vague[1].meeting and vague[0].meeting == vague[1].meeting
    meetings = project(events).meetings()
    assert sorted(len(m.reports) for m in meetings) == [1, 1, 1, 1]
    shared = MeetingRegistry()  # one ref object, as the codec shares equal refs
    for key, ref in [("1", first.meeting), ("2", second.meeting), ("3", vague[0].meeting)]:
        shared.add(Report(key, "a", None, ref, ""))
    shared.add(Report("4", "a", None, vague[0].meeting, ""))
    assert len(shared) == 4


@given(claims_and_retractions())
def test_shared_ref_objects_project_as_equal_copies(events: list[Event]) -> None:
    """Claims sharing one ref object (as decoded logs do) project as claims with equal copies."""
    shared: dict[MeetingRef, MeetingRef] = {}
    interned = [
        attrs.evolve(e, meeting=shared.setdefault(e.meeting, e.meeting))
        if isinstance(e, (MeetingHeld, NextMeetingScheduled, DecisionAdopted))
        else e
        for e in events
    ]
    a, b = project(events), project(interned)
    assert a == b and a.decided.meetings() == b.decided.meetings()
    assert check_values(a) == check_values(b)


def check_values(state: ChronicleState) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """The findings of every check, as plain values."""
    return [(f.check, f.verdict, f.message, f.evidence) for f in run_checks(state)]


def test_a_range_said_twice_in_one_object_is_put_as_tightly() -> None:
    """Two reports sharing one range date merge to the tightest form, as equal copies do."""
    one = ref_of("2024-11/2024-11")
    for second in (one, ref_of("2024-11/2024-11")):
        registry = MeetingRegistry()
        registry.add(Report("1", "a", None, one, ""))
        registry.add(Report("2", "a", None, second, ""))
        (meeting,) = registry.meetings()
        assert meeting.date == parse_date("2024-11")


def ref_of(date: str) -> MeetingRef:
    """A cis-cfm meeting in Minsk on ``date``."""
    return MeetingRef(body="cis-cfm", place=Place.of_city("Minsk"), date=parse_date(date))


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["add", "add", "add", "retract"]),
            st.sampled_from("abcdefgh"),
            st.sampled_from(CITIES),
            st.sampled_from(DATES),
        ),
        max_size=30,
    )
)
@example(  # ids folded twice before the first retraction
    steps=[
        ("add", "a", None, "2024-04-12"),
        ("add", "d", "Moscow", "2024-10-11"),
        ("retract", "c", None, None),
        ("add", "h", "Minsk", "2024-04/2024-04"),
        ("add", "c", "Moscow", "XXXX-04"),
        ("add", "e", "Moscow", "2024-04-10/2024-04-14"),
        ("add", "c", None, None),
        ("add", "c", "Minsk", "2024-04-10/2024-04-14"),
        ("retract", "a", None, None),
        ("add", "d", "Moscow", "2023-12-30/2024-01-02"),
        ("add", "f", "Minsk", None),
        ("add", "h", "Minsk", "2024-03/2024-05"),
        ("add", "f", "Minsk", "XXXX-04-12"),
        ("add", "a", None, "2024-03/2024-05"),
        ("add", "b", "Minsk", "2024"),
    ]
)
def test_bookkeeping_built_late_equals_bookkeeping_kept(
    steps: list[tuple[str, str, str | None, str | None]],
) -> None:
    """A registry that starts its retraction bookkeeping late acts as one that kept it.

    Ids repeat, so some reports are folded twice: whatever that does (a repeated id is not
    supported, and may fail), both registries do it alike, step by step.
    """
    late, kept = MeetingRegistry(), MeetingRegistry()
    kept._track()
    for action, key, city, date in steps:
        meeting = MeetingRef(
            body="cis-cfm",
            place=Place() if city is None else Place.of_city(city),
            date=None if date is None else parse_date(date),
        )
        report = Report(key, "a", None, meeting, "")
        outcomes = [outcome(registry, action, report) for registry in (late, kept)]
        assert outcomes[0] == outcomes[1]
        if outcomes[0][0] == "failed":
            return
    assert outcome(late, "meeting_of", None) == outcome(kept, "meeting_of", None)


def outcome(registry: MeetingRegistry, action: str, report: Report | None) -> tuple[object, ...]:
    """Add, retract or find meetings of reports; what the registry holds, or how it failed."""
    try:
        if action == "meeting_of":
            return tuple(registry.meeting_of(k) for k in "abcdefgh")
        assert report is not None
        retracted = registry.retract(report.event_id) if action == "retract" else None
        if action == "add":
            registry.add(report)
        return retracted, registry.meetings(), tuple(registry.reports())
    except KeyError as error:
        return ("failed", error.args)


@given(claims_and_retractions())
def test_reading_meetings_between_events_changes_nothing(events: list[Event]) -> None:
    """Meetings read (and so frozen) after every event fold on as if never read."""
    stream = list(Chronicle.from_events(events).events())
    read = ChronicleState()
    read.decided  # noqa: B018 - kept by the fold from the start
    for event in stream:
        read.apply(event)
        read.meetings(), read.schedule(), read.decided.meetings()
    plain = project(stream)
    assert read == plain and read.decided.meetings() == plain.decided.meetings()
    assert check_values(read) == check_values(plain)
