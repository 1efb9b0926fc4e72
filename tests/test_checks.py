"""Consistency checks: every verdict of every check, from examples and properties."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cischronicle import (
    Body,
    Date,
    DateRange,
    Event,
    Finding,
    PartialDate,
    check_conflicting_reports,
    check_held_after_publication,
    check_scheduled_meetings,
    parse_date,
    project,
    run_checks,
)
from cischronicle.checks import HELD_NEWS_WINDOW_DAYS
from cischronicle.projections import resolve_past_year
from cischronicle.testing import (
    GeneratedChronicle,
    bodies,
    chronicles,
    date_ranges,
    partial_dates,
)
from helpers import cancelled, decided, held, postponed, recorded, ref, scheduled

ANNOUNCE = [recorded("s", "2023-10-12"), scheduled("s", "cis-cfm", "Minsk", "2024-04-12")]


def verdict_of(events: list[Event], as_of: str | None = None) -> Finding:
    """The single scheduled-meeting finding of ``events``."""
    day = None if as_of is None else dt.date.fromisoformat(as_of)
    (finding,) = check_scheduled_meetings(project(events), as_of=day)
    return finding


@pytest.mark.parametrize(
    ("later", "verdict"),
    [
        ([held("r", "cis-cfm", "Minsk", "2024-04-12")], "held"),
        ([held("r", "cis-cfm", None, "2024-04")], "held"),
        ([held("r", "cis-cfm", "Moscow", "2024-04-12")], "moved"),
        ([held("r", "cis-cfm", "Minsk", "2024-05-20")], "moved"),
        ([held("r", "cis-cfm", "Moscow", "2024")], "unconfirmed"),
        ([held("r", "cis-cfm", "Moscow", "2024-10-11")], "unconfirmed"),
        ([held("r", "cis-chs", "Moscow", "2024-04-12")], "unconfirmed"),
        ([postponed("r", "cis-cfm", "Minsk", "2024-04-12", "2024-06")], "postponed"),
        ([cancelled("r", "cis-cfm", "Minsk", "2024-04")], "cancelled"),
        ([], "unconfirmed"),
    ],
)
def test_scheduled_meeting_verdicts(later: list[Event], verdict: str) -> None:
    """Each kind of later report gives its verdict; uncertain evidence proves nothing."""
    events = [*ANNOUNCE, recorded("r", "2024-12-01"), *later]
    finding = verdict_of(events)
    assert finding.check == "scheduled-meeting-took-place"
    assert finding.verdict == verdict, finding.message
    assert finding.evidence[0] == ANNOUNCE[1].id
    assert not finding.inconsistent


def test_moved_names_the_replacing_meeting() -> None:
    """A moved verdict cites the meeting that took its place."""
    other = held("r", "cis-cfm", "Moscow", "2024-04-12")
    finding = verdict_of([*ANNOUNCE, recorded("r", "2024-12-01"), other])
    assert other.id in finding.evidence and "Moscow" in finding.message


def test_two_candidate_replacements_prove_nothing() -> None:
    """When two meetings could have replaced the scheduled one, no move is claimed."""
    events = [
        *ANNOUNCE,
        recorded("r", "2024-12-01"),
        held("r", "cis-cfm", "Moscow", "2024-04-12", n=1),
        held("r", "cis-cfm", "Baku", "2024-05-12", n=2),
    ]
    assert verdict_of(events).verdict == "unconfirmed"


def test_meeting_before_announcement_is_not_the_scheduled_one() -> None:
    """A meeting held before the announcement cannot be the announced meeting."""
    events = [
        recorded("r", "2023-01-01"),
        held("r", "cis-cfm", "Minsk", "2023"),
        recorded("s", "2023-10-12"),
        scheduled("s", "cis-cfm", "Minsk", "2024"),
    ]
    assert verdict_of(events, "2025-01-01").verdict == "unconfirmed"


@pytest.mark.parametrize(
    ("date", "as_of", "verdict"),
    [
        ("2024-04-12", "2024-04-12", "pending"),
        ("2024-04-12", "2024-04-13", "unconfirmed"),
        ("2024-04", "2024-04-20", "pending"),
        ("XXXX-04-12", "2030-01-01", "pending"),
        (None, "2030-01-01", "pending"),
    ],
)
def test_pending_until_due(date: str | None, as_of: str, verdict: str) -> None:
    """A meeting is pending until its last possible day has passed as of the knowledge date."""
    events = [recorded("s", "2023-10-12"), scheduled("s", "cis-cfm", "Minsk", date)]
    assert verdict_of(events, as_of).verdict == verdict


def test_default_knowledge_date_is_latest_publication() -> None:
    """Without as_of, the chronicle knows what its latest article knew."""
    events = [*ANNOUNCE, recorded("z", "2024-04-01")]
    assert verdict_of(events).verdict == "pending"
    events = [*ANNOUNCE, recorded("z", "2024-04-13")]
    assert verdict_of(events).verdict == "unconfirmed"


def test_conflicting_cities_on_one_day() -> None:
    """Two articles placing one body's meeting on the same day in two cities conflict."""
    events = [
        recorded("a", "2024-04-13"),
        held("a", "cis-cfm", "Minsk", "2024-04-12"),
        recorded("b", "2024-04-14"),
        held("b", "cis-cfm", "Moscow", "2024-04-12"),
    ]
    (finding,) = check_conflicting_reports(project(events))
    assert (finding.check, finding.verdict, finding.inconsistent) == (
        "conflicting-reports",
        "city-differs",
        True,
    )
    assert "Minsk" in finding.message and "Moscow" in finding.message
    assert len(finding.evidence) == 2


def test_conflicting_days_in_one_city() -> None:
    """Two articles dating one body's meeting in one city a few days apart conflict."""
    events = [
        recorded("a", "2024-04-20"),
        held("a", "cis-cfm", "Minsk", "2024-04-12"),
        recorded("b", "2024-04-20"),
        held("b", "cis-cfm", "Minsk", "2024-04-15"),
    ]
    (finding,) = check_conflicting_reports(project(events))
    assert finding.verdict == "date-differs"


@pytest.mark.parametrize(
    "second",
    [
        held("b", "cis-cfm", "Minsk", "2024-10-12"),  # months apart: another meeting
        held("b", "cis-chs", "Moscow", "2024-04-12"),  # another body
        held("b", "cis-cfm", "Moscow", "2024-04"),  # not day-precise: no certainty
        held("b", "cis-cfm", "Minsk", "XXXX-04-15"),  # year unknown
    ],
)
def test_no_conflict_without_certainty(second: Event) -> None:
    """Reports that need not be the same meeting are not called conflicting."""
    events = [
        recorded("a", "2024-12-01"),
        held("a", "cis-cfm", "Minsk", "2024-04-12"),
        recorded("b", "2024-12-01"),
        second,
    ]
    assert check_conflicting_reports(project(events)) == ()


def test_one_article_is_not_in_conflict_with_itself() -> None:
    """The conflict check compares different sources only."""
    events = [
        recorded("a", "2024-12-01"),
        held("a", "cis-cfm", "Minsk", "2024-04-12", n=1),
        held("a", "cis-cfm", "Moscow", "2024-04-12", n=2),
    ]
    assert check_conflicting_reports(project(events)) == ()


def test_held_after_publication() -> None:
    """An article cannot report as held a meeting after its own publication date."""
    future = held("a", "cis-cfm", "Minsk", "2024-04-12")
    events = [
        recorded("a", "2024-04-10"),
        future,
        decided("a", "cis-cfm", "Minsk", "2024-04-12", "x"),
    ]
    findings = check_held_after_publication(project(events))
    assert [f.verdict for f in findings] == ["after-publication", "after-publication"]
    assert findings[0].evidence == (future.id,) and all(f.inconsistent for f in findings)


@pytest.mark.parametrize("date", ["2024-04-10", "2024-04", "2024", "XXXX-05-01", None])
def test_not_after_publication_when_possible(date: str | None) -> None:
    """Same-day, coarser or year-unknown dates are not surely after publication."""
    events = [recorded("a", "2024-04-10"), held("a", "cis-cfm", "Minsk", date)]
    assert check_held_after_publication(project(events)) == ()


def test_undated_article_cannot_be_after_itself() -> None:
    """Without a publication date the check says nothing."""
    events = [recorded("a", None), held("a", "cis-cfm", "Minsk", "2030-01-01")]
    assert check_held_after_publication(project(events)) == ()


def test_run_checks_runs_all_three() -> None:
    """run_checks returns the findings of every check together."""
    events = [
        *ANNOUNCE,
        recorded("a", "2024-04-10"),
        held("a", "cis-cfm", "Minsk", "2024-04-12"),
        recorded("b", "2024-04-14"),
        held("b", "cis-cfm", "Moscow", "2024-04-12"),
    ]
    checks = {f.check for f in run_checks(project(events))}
    assert checks == {
        "scheduled-meeting-took-place",
        "conflicting-reports",
        "held-after-publication",
    }


def test_conflicts_are_judged_on_what_each_report_says() -> None:
    """A meeting merged from a city-only and a day-only report conflicts with no one."""
    events = [
        recorded("a", "2025-12-01"),
        held("a", "cis-cfm", "Almaty", "2025"),
        recorded("b", "2025-12-02"),
        held("b", "cis-cfm", None, "2025-06-20"),
        recorded("c", "2025-12-03"),
        held("c", "cis-cfm", "Dushanbe", "2025-06-20"),
    ]
    state = project(events)
    assert any(m.place.city == "Almaty" and str(m.date) == "2025-06-20" for m in state.meetings())
    assert check_conflicting_reports(state) == ()


def test_a_reported_decision_confirms_the_meeting_was_held() -> None:
    """A decision adopted at the scheduled meeting is a report that it took place."""
    later = [recorded("r", "2024-12-01"), decided("r", "cis-cfm", "Minsk", "2024-04-12", "x")]
    finding = verdict_of([*ANNOUNCE, *later])
    assert finding.verdict == "held" and later[1].id in finding.evidence


# -- scheduled-meeting-took-place: held only on informative evidence ---------------------------


def later(published: str | None, *claims: Event) -> list[Event]:
    """ANNOUNCE, then an article ``r`` published on ``published`` that makes ``claims``."""
    return [*ANNOUNCE, recorded("r", published), *claims]


@pytest.mark.parametrize(
    ("date", "published", "verdict"),
    [
        ("XXXX-04-12", "2024-04-20", "held"),  # the latest 12 April before: 2024
        ("XXXX-04-12", "2024-04-12", "held"),  # reported the same day
        ("XXXX-04", "2024-04-30", "held"),
        ("XXXX-04-12", "2024-04-11", "unconfirmed"),  # read as 2023-04-12: another meeting
        ("XXXX-04-12", "2026-05-01", "unconfirmed"),  # read as 2026: not every year matches
        ("XXXX-04-12", None, "unconfirmed"),  # no document time: the year stays unknown
        ("XXXX-04-12/XXXX-04-13", "2024-05-01", "held"),
    ],
)
def test_year_less_held_reports_take_their_articles_year(
    date: str, published: str | None, verdict: str
) -> None:
    """A year-less held date is read against its article's publication before it is evidence."""
    finding = verdict_of(later(published, held("r", "cis-cfm", "Minsk", date)), as_of="2026-12-31")
    assert finding.verdict == verdict, finding.message


def test_a_report_with_no_date_and_no_place_is_no_evidence() -> None:
    """'The ministers met', with nothing else, does not say the planned meeting was held."""
    finding = verdict_of(later("2024-04-13", held("r", "cis-cfm", None, None)))
    assert finding.verdict == "unconfirmed"
    assert finding.evidence == (ANNOUNCE[1].id,)


@pytest.mark.parametrize(
    ("published", "verdict"),
    [
        ("2024-04-12", "held"),  # news of the day
        ("2024-04-26", "held"),  # the last day of HELD_NEWS_WINDOW_DAYS
        ("2024-04-27", "unconfirmed"),  # too late to be news of the planned day
        ("2024-04-11", "unconfirmed"),  # before the planned day
    ],
)
def test_an_undated_report_naming_the_place_counts_in_news_of_the_planned_days(
    published: str, verdict: str
) -> None:
    """An undated held report in the planned city counts when published soon after the plan."""
    assert HELD_NEWS_WINDOW_DAYS == 14
    finding = verdict_of(later(published, held("r", "cis-cfm", "Minsk", None)), as_of="2025-01-01")
    assert finding.verdict == verdict, finding.message


def test_an_undated_report_naming_the_country_counts_too() -> None:
    """A country compatible with the planned city is a known place."""
    report = attrs.evolve(
        held("r", "cis-cfm", None, None), meeting=ref("cis-cfm", None, None, country="BY")
    )
    finding = verdict_of(later("2024-04-13", report))
    assert finding.verdict == "held" and report.id in finding.evidence
    assert "news of 2024-04-13" in finding.message


def test_an_undated_report_needs_a_dated_plan() -> None:
    """Without a planned date there are no planned days to be news of: the plan stays pending."""
    events = [
        recorded("s", "2023-10-12"),
        scheduled("s", "cis-cfm", "Minsk", None),
        recorded("r", "2024-04-13"),
        held("r", "cis-cfm", "Minsk", None),
    ]
    assert verdict_of(events).verdict == "pending"


def test_held_evidence_lists_only_informative_reports() -> None:
    """The finding cites the informative report, not a vague one merged into the same meeting."""
    vague = held("v", "cis-cfm", None, None)
    dated = held("r", "cis-cfm", "Minsk", "2024-04-12")
    events = [*later("2024-04-20", dated), recorded("v", "2024-12-01"), vague]
    finding = verdict_of(events)
    assert finding.verdict == "held"
    assert finding.evidence == (ANNOUNCE[1].id, dated.id)


VAGUE_HELD = held("v", "cis-cfm", "Minsk", "2024")
"""A report of the body meeting in Minsk some time in 2024: true of the plan, and of others."""


@pytest.mark.parametrize(
    ("news", "verdict"),
    [
        ([cancelled("c", "cis-cfm", "Minsk", "2024-04")], "cancelled"),
        ([postponed("c", "cis-cfm", "Minsk", "2024-04-12", "2024-06")], "postponed"),
        ([held("c", "cis-cfm", "Moscow", "2024-04-12")], "moved"),
        ([], "held"),
    ],
)
def test_a_vague_held_report_cannot_hide_a_cancellation_postponement_or_move(
    news: list[Event], verdict: str
) -> None:
    """Cancelled, postponed and moved come before held on a year-only report."""
    events = [
        *ANNOUNCE,
        recorded("v", "2024-12-01"),
        VAGUE_HELD,
        recorded("c", "2024-04-13"),
        *news,
    ]
    finding = verdict_of(events)
    assert finding.verdict == verdict, finding.message
    assert (VAGUE_HELD.id in finding.evidence) is (verdict == "held")


def test_an_undated_report_in_the_news_cannot_hide_a_cancellation() -> None:
    """A place-only report in news of the planned day is vague evidence, after cancelled."""
    events = [
        *later("2024-04-13", held("r", "cis-cfm", "Minsk", None)),
        cancelled("r", "cis-cfm", "Minsk", "2024-04-12"),
    ]
    assert verdict_of(events).verdict == "cancelled"


@pytest.mark.parametrize("report", ["2024-04-12", "2024-04", "XXXX-04-12"])
def test_a_precise_held_report_comes_before_a_cancellation(report: str) -> None:
    """A report dated to the planned day or month (year known or read) says it was held."""
    events = [
        *later("2024-04-20", held("r", "cis-cfm", "Minsk", report)),
        recorded("c", "2024-04-01"),
        cancelled("c", "cis-cfm", "Minsk", "2024-04"),
    ]
    assert verdict_of(events).verdict == "held"


def test_a_decision_with_a_year_less_date_is_read_against_its_article() -> None:
    """A decision reported with a year-less date confirms the plan only in the right year."""
    right = [recorded("r", "2024-04-20"), decided("r", "cis-cfm", "Minsk", "XXXX-04-12", "x")]
    wrong = [recorded("r", "2025-04-20"), decided("r", "cis-cfm", "Minsk", "XXXX-04-12", "x")]
    assert verdict_of([*ANNOUNCE, *right], as_of="2026-01-01").verdict == "held"
    assert verdict_of([*ANNOUNCE, *wrong], as_of="2026-01-01").verdict == "unconfirmed"


def test_a_held_report_before_the_announcement_is_no_evidence() -> None:
    """A year-less report read into a year before the announcement is of another meeting."""
    events = [
        recorded("s", "2023-10-12"),
        scheduled("s", "cis-cfm", "Minsk", "XXXX-04-12"),
        recorded("r", "2023-05-01"),
        held("r", "cis-cfm", "Minsk", "XXXX-04-12"),
    ]
    assert verdict_of(events).verdict == "pending"


# -- reading a year-less date against document time -----------------------------------------


@pytest.mark.parametrize(
    ("date", "published", "expected"),
    [
        ("XXXX-04-12", "2024-04-12", "2024-04-12"),
        ("XXXX-04-12", "2024-04-11", "2023-04-12"),
        ("XXXX-04", "2024-04-10", "2024-04"),
        ("XXXX-05", "2024-04-10", "2023-05"),
        ("XXXX-02-29", "2025-03-01", "2024-02-29"),
        ("XXXX-02-29", "2024-02-28", "2020-02-29"),
        ("XXXX-12-20/XXXX-01-10", "2024-01-05", "2023-12-20/2024-01-10"),
        ("XXXX-04-12/XXXX-04-13", "2024-04-12", "2024-04-12/2024-04-13"),
        ("2021-04-12", "2024-04-12", "2021-04-12"),
        ("XXXX-04-12", None, "XXXX-04-12"),
    ],
)
def test_resolve_past_year(date: str, published: str | None, expected: str) -> None:
    """The latest year in which the date starts on or before publication; else as it is."""
    day = None if published is None else dt.date.fromisoformat(published)
    resolved = resolve_past_year(parse_date(date), day)
    assert resolved is not None and resolved.isoformat() == expected


def test_resolve_past_year_keeps_no_date() -> None:
    """No date stays no date."""
    assert resolve_past_year(None, dt.date(2024, 1, 1)) is None


YEAR_LESS = st.one_of(
    partial_dates(precisions=st.sampled_from(("day", "month")), year_known=st.just(False)),
    date_ranges(year_known=st.just(False)),
)


@given(YEAR_LESS, st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
def test_resolved_years_are_the_latest_not_after_publication(
    date: Date, published: dt.date
) -> None:
    """A resolved date is the original in a known year, not after publication, none later."""
    resolved = resolve_past_year(date, published)
    assert resolved is not None and resolved.year_known
    assert resolved.could_be_same_day(date)
    first = resolved.earliest()
    assert first is not None and first <= published
    start = date.start if isinstance(date, DateRange) else date
    # The date starts again on no day after ``first`` up to publication.
    day = first + dt.timedelta(days=1)
    while day <= published:
        assert (day.month, day.day) != (start.month, start.day or 1), day
        day += dt.timedelta(days=1)


def test_a_later_article_moves_the_default_knowledge_date() -> None:
    """Without ``as_of``, an article's publication date alone can make a plan due."""
    announce = [recorded("s", None), scheduled("s", "cis-cfm", "Minsk", "2022-01-01")]
    assert verdict_of(announce).verdict == "pending"  # no knowledge date at all
    assert verdict_of([*announce, recorded("r", "2024-06-01")]).verdict == "unconfirmed"


@given(chronicles(), bodies(), st.sampled_from([None, "2024-06-01"]))
def test_a_report_with_no_date_and_no_place_never_changes_a_verdict(
    chronicle: GeneratedChronicle, body: Body, published: str | None
) -> None:
    """Adding 'the ministers met' (no date, no place) to any chronicle changes no verdict."""
    # The report's article is recorded on both sides: its publication date alone may move the
    # default knowledge date (``as_of=None`` is "the latest publication", not "no date"; see
    # the example test above), and that is not the report's doing.
    events = [*chronicle.events(), recorded("Z-vague", published)]
    report = held("Z-vague", body.value, None, None)
    as_of = project(events).latest_published()
    before = [f.verdict for f in check_scheduled_meetings(project(events), as_of=as_of)]
    after = check_scheduled_meetings(project([*events, report]), as_of=as_of)
    assert [f.verdict for f in after] == before
    assert all(report.id not in f.evidence or f.verdict == "moved" for f in after)


@given(chronicles(min_articles=2, max_meetings=8))
def test_a_year_only_report_cannot_turn_a_cancellation_or_postponement_into_held(
    chronicle: GeneratedChronicle,
) -> None:
    """A cancelled or postponed plan stays so when a report says the body met that year."""
    events = list(chronicle.events())
    state = project(events)
    today = state.latest_published()
    for finding in check_scheduled_meetings(state, as_of=today):
        first = None if finding.meeting.date is None else finding.meeting.date.earliest()
        if finding.verdict not in ("cancelled", "postponed") or first is None:
            continue
        body = finding.meeting.body.value
        extra = [recorded("Z-year", None), held("Z-year", body, None, str(first.year))]
        again = check_scheduled_meetings(project([*events, *extra]), as_of=today)
        verdicts = {f.evidence[0]: f.verdict for f in again}
        assert verdicts[finding.evidence[0]] == finding.verdict


def test_a_range_over_new_year_ending_on_29_february_finds_its_leap_year() -> None:
    """'1 August - 29 February' told on 1 January 2000 is 1999-08-01/2000-02-29."""
    date = DateRange(PartialDate(None, 8, 1), PartialDate(None, 2, 29))
    resolved = resolve_past_year(date, dt.date(2000, 1, 1))
    assert resolved is not None and resolved.isoformat() == "1999-08-01/2000-02-29"


@pytest.mark.parametrize(
    ("report", "verdict"),
    [
        (held("r", "cis-chs", None, "2022-10"), "pending"),  # October of any year fits
        (held("r", "cis-chs", "Astana", "2022"), "pending"),
        (held("r", "cis-chs", "Astana", "2015-10-15"), "held"),  # its very day: that year
        (held("r", "cis-chs", "Astana", "2015-10-14/2015-10-15"), "held"),
    ],
)
def test_a_plan_of_unknown_year_is_held_only_by_a_report_of_its_day(
    report: Event, verdict: str
) -> None:
    """'Astana, 15 October, year unknown' is not confirmed by 'held in October 2022'."""
    events = [
        recorded("s", None),
        scheduled("s", "cis-chs", "Astana", "XXXX-10-15"),
        recorded("r", "2023-01-10"),
        report,
    ]
    assert verdict_of(events, as_of="2024-01-01").verdict == verdict
