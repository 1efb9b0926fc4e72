"""Consistency checks: every verdict of every check, from examples."""

from __future__ import annotations

import datetime as dt

import pytest

from cischronicle import (
    Event,
    Finding,
    check_conflicting_reports,
    check_held_after_publication,
    check_scheduled_meetings,
    project,
    run_checks,
)
from helpers import cancelled, decided, held, postponed, recorded, scheduled

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
