"""cischronicle.testing: strategies give valid values, the checks are tested from both sides.

``violating(check)`` chronicles must be flagged by that check (and by no other), and
``chronicles(consistent=True)`` must be flagged by none; the helpers replay every kind of
source and fail with a readable message.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.metadata
import inspect
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cischronicle.testing as testing
from cischronicle import (
    CHECKS,
    ArticleRecorded,
    Body,
    Chronicle,
    ChronicleState,
    ConcurrencyError,
    DateRange,
    DecisionAdopted,
    Event,
    EventRetracted,
    JsonlLog,
    MeetingHeld,
    MemoryLog,
    NextMeetingScheduled,
    PartialDate,
    PathNotFoundError,
    Place,
    Provenance,
    UsageError,
    decode_line,
    encode_line,
    project,
    run_checks,
)
from cischronicle.codec import GENESIS
from cischronicle.testing import (
    FLAGGED_VERDICTS,
    ArticleLog,
    GeneratedChronicle,
    article_logs,
    assert_consistent,
    chronicles,
    date_ranges,
    events,
    flagged,
    partial_dates,
    places,
    provenances,
    replay,
    violating,
)
from helpers import held, recorded, scheduled

# Many meetings of two bodies in one year: reports crowd each other, which is where merging
# and the checks' windows are put to the test.
CROWDED = {
    "bodies": st.sampled_from([Body.CIS_CFM, Body.CIS_CHS]),
    "days": st.dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
    "published": st.dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31)) | st.none(),
    "max_meetings": 8,
}
SHAPES = {"default": {}, "crowded": CROWDED}


def roundtrip(event: Event) -> Event:
    """``event`` written as a log line and decoded again."""
    return decode_line(encode_line(event, seq=1, prev=GENESIS)).event


# -- strategies give valid values ---------------------------------------------------------


def test_strategy_arguments_are_keyword_only() -> None:
    """Every public strategy takes keyword-only arguments (Hypothesis's API style)."""
    strategies = [
        getattr(testing, name)
        for name in testing.__all__
        if inspect.isfunction(getattr(testing, name))
        and name not in ("assert_consistent", "flagged", "replay", "violating")
    ]
    assert len(strategies) >= 18
    for function in strategies:
        for parameter in inspect.signature(function).parameters.values():
            assert parameter.kind is inspect.Parameter.KEYWORD_ONLY, (function, parameter)


@given(events())
def test_events_survive_the_log_format(event: Event) -> None:
    """Every generated event is valid: it is written and read back unchanged."""
    assert roundtrip(event) == event


@given(partial_dates(), date_ranges())
def test_dates_survive_their_iso_form(date: PartialDate, span: DateRange) -> None:
    """Generated dates and ranges are valid and parse back from their ISO text."""
    assert PartialDate.parse(date.isoformat()) == date
    assert DateRange.parse(span.isoformat()) == span


@given(partial_dates(precisions=st.just("day"), year_known=st.just(False)))
def test_partial_dates_follow_their_arguments(date: PartialDate) -> None:
    """``precisions`` and ``year_known`` shape the dates drawn."""
    assert date.precision == "day" and date.year is None


@given(places(cities=st.just("Minsk")))
def test_places_use_the_cities_given(place: Place) -> None:
    """A place is Minsk, Belarus, online or unknown when the cities strategy gives Minsk."""
    assert place.city in (None, "Minsk")
    assert place.country in (None, "BY")


@given(provenances(articles=st.just("a-1"), texts=st.just("Минск, 12 April 🙂 2024")))
def test_provenances_quote_their_text(provenance: Provenance) -> None:
    """A provenance's quote is the text between its offsets (code points)."""
    assert provenance.article == "a-1"
    assert provenance.matches("Минск, 12 April 🙂 2024")


@given(article_logs())
def test_article_logs_are_valid_logs(log: ArticleLog) -> None:
    """A log starts with its article, quotes its text exactly and is consistent with it."""
    first = log.events[0]
    assert isinstance(first, ArticleRecorded)
    assert first.sha256 == hashlib.sha256(log.text.encode()).hexdigest()
    assert not any(isinstance(e, ArticleRecorded) for e in log.events[1:])
    assert len({e.id for e in log.events}) == len(log.events)
    for event in log.events:
        assert event.provenance.article == log.article
        assert event.provenance.matches(log.text), event
    assert [e.event for e in log.memory_log().read()] == list(log.events)
    assert_consistent(log.events)


@given(article_logs(published=st.just(dt.date(2024, 4, 12))))
def test_article_logs_report_nothing_held_after_publication(log: ArticleLog) -> None:
    """No meeting is reported held after the article's publication day."""
    assert log.published == dt.date(2024, 4, 12)
    for event in log.events:
        if isinstance(event, MeetingHeld | DecisionAdopted) and event.meeting.date is not None:
            retracted = any(
                isinstance(r, EventRetracted) and r.retracted == event.id for r in log.events
            )
            first = event.meeting.date.earliest()
            assert retracted or first is None or first <= dt.date(2024, 4, 12)


@given(chronicles(min_articles=2, max_articles=3))
def test_chronicles_hold_distinct_articles(chronicle: GeneratedChronicle) -> None:
    """A chronicle has 2 to 3 logs with distinct article ids, all of them in its stream."""
    ids = [log.article for log in chronicle.articles]
    assert 2 <= len(ids) <= 3 and len(set(ids)) == len(ids)
    assert {s.article for s in chronicle.sources} == set(ids)
    assert sum(len(log.events) for log in chronicle.articles) == len(list(chronicle.events()))


@given(chronicles())
def test_chronicles_written_to_disk_replay_the_same(chronicle: GeneratedChronicle) -> None:
    """A chronicle written as a folder of logs projects to the same state as in memory."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = chronicle.write(tmp)
        assert sorted(p.stem for p in folder.glob("*.jsonl")) == sorted(
            log.article for log in chronicle.articles
        )
        assert replay(folder) == replay(chronicle)


def test_from_type_uses_the_registered_strategies() -> None:
    """The hypothesis entry point is installed, and from_type draws valid cischronicle values."""
    (entry,) = [
        e for e in importlib.metadata.entry_points(group="hypothesis") if e.name == "cischronicle"
    ]
    assert entry.value == "_cischronicle_hypothesis:setup"
    seen: list[object] = []

    @given(st.from_type(MeetingHeld), st.from_type(Event), st.from_type(Place))
    def draw(meeting: MeetingHeld, event: Event, place: Place) -> None:
        assert isinstance(meeting, MeetingHeld) and roundtrip(meeting) == meeting
        assert roundtrip(event) == event
        seen.append(place)

    draw()
    assert seen and all(isinstance(p, Place) for p in seen)


def test_importing_hypothesis_does_not_import_cischronicle() -> None:
    """The entry point is lazy: import hypothesis alone loads no cischronicle module."""
    code = (
        "import sys, hypothesis\n"
        "assert not [m for m in sys.modules if m.startswith('cischronicle')], sys.modules\n"
        "import cischronicle\n"
        "from hypothesis import strategies as st\n"
        "print(type(st.from_type(cischronicle.MeetingHeld).example()).__name__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout == "MeetingHeld\n", done.stderr



# -- the checks, from both sides -------------------------------------------------------------


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("check", CHECKS)
@given(data=st.data())
def test_violating_chronicles_are_flagged_by_their_check(
    check: str, shape: str, data: st.DataObject
) -> None:
    """Every violating(check) chronicle is flagged by that check, and by no other."""
    chronicle = data.draw(violating(check, **SHAPES[shape]))
    bad = flagged(run_checks(replay(chronicle)), strict=True)
    assert bad, f"{check} flags nothing"
    assert {f.check for f in bad} == {check}, bad
    with pytest.raises(AssertionError, match=check):
        assert_consistent(chronicle, strict=True)


@pytest.mark.parametrize("shape", SHAPES)
@given(data=st.data())
def test_consistent_chronicles_are_flagged_by_no_check(shape: str, data: st.DataObject) -> None:
    """A chronicle whose articles report one world truthfully is flagged by no check."""
    chronicle = data.draw(chronicles(consistent=True, **SHAPES[shape]))
    findings = assert_consistent(chronicle, strict=True)
    assert flagged(findings, strict=True) == ()
    assert not any(f.inconsistent for f in findings)


@given(violating("scheduled-meeting-took-place"))
def test_unconfirmed_means_due_and_unreported(chronicle: GeneratedChronicle) -> None:
    """The violating scheduled meeting is due: it is pending again as of an earlier day."""
    state = replay(chronicle)
    assert flagged(run_checks(state)) == ()  # a gap, not a contradiction
    (finding,) = flagged(run_checks(state), strict=True)
    assert finding.verdict == "unconfirmed"
    latest = finding.meeting.date.latest() if finding.meeting.date is not None else None
    assert latest is not None
    today = state.latest_published()
    assert today is not None and latest < today
    again = {f.evidence: f.verdict for f in run_checks(state, as_of=latest)}
    assert again[finding.evidence] == "pending"


def test_the_violating_check_must_be_known() -> None:
    """violating() names the checks it knows when given another name."""
    with pytest.raises(UsageError, match="conflicting-reports"):
        violating("no-such-check")


def test_chronicles_need_a_sensible_size() -> None:
    """min_articles must be at least 1 and at most max_articles."""
    with pytest.raises(UsageError):
        chronicles(min_articles=0)
    with pytest.raises(UsageError):
        chronicles(min_articles=3, max_articles=2)


def test_flagged_verdicts_cover_every_check() -> None:
    """Every check has flagging verdicts, and the library's inconsistent ones are among them."""
    assert set(FLAGGED_VERDICTS) == set(CHECKS)
    from cischronicle.checks import INCONSISTENT_VERDICTS

    assert set().union(*FLAGGED_VERDICTS.values()) >= INCONSISTENT_VERDICTS


# -- replay and assert_consistent ----------------------------------------------------------

ANNOUNCED = [recorded("s", "2023-10-12"), scheduled("s", "cis-cfm", "Minsk", "2024-04-12")]
LATER = [recorded("r", "2024-12-01"), held("r", "cis-cfm", "Minsk", "2024-04-12")]


def write_logs(folder: Path, events: list[Event]) -> Path:
    """Write ``events`` to one log per article in ``folder``."""
    for article in dict.fromkeys(e.provenance.article for e in events):
        JsonlLog(folder / f"{article}.jsonl").append(
            [e for e in events if e.provenance.article == article]
        )
    return folder


def test_replay_reads_every_kind_of_source(tmp_path: Path) -> None:
    """A folder, a log file, a chronicle, a log and a list of events replay alike."""
    events = [*ANNOUNCED, *LATER]
    folder = write_logs(tmp_path, events)
    expected = project(events)
    assert replay(folder) == expected
    assert replay(str(folder)) == expected
    assert replay(Chronicle.from_events(events)) == expected
    assert replay(events) == expected
    assert replay(folder / "r.jsonl") == project(LATER)
    memory = MemoryLog("s")
    memory.append(ANNOUNCED)
    assert replay(memory) == project(ANNOUNCED)
    assert len(replay(folder).meetings()) == 1


def test_replay_as_of_leaves_out_later_articles(tmp_path: Path) -> None:
    """With as_of, articles published after that day are not in the state."""
    state = replay(write_logs(tmp_path, [*ANNOUNCED, *LATER]), as_of=dt.date(2024, 1, 1))
    assert set(state.articles) == {"s"}
    assert state.meetings() == ()
    assert set(replay([*ANNOUNCED, *LATER], as_of=dt.date(2024, 1, 1)).articles) == {"s"}


def test_replay_of_a_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    """A path that does not exist raises PathNotFoundError (a UsageError) naming it."""
    with pytest.raises(PathNotFoundError, match="no-such"):
        replay(tmp_path / "no-such")


def test_assert_consistent_passes_and_returns_every_finding() -> None:
    """A consistent chronicle passes; the findings (held, pending ...) come back."""
    findings = assert_consistent([*ANNOUNCED, *LATER])
    assert [(f.check, f.verdict) for f in findings] == [("scheduled-meeting-took-place", "held")]


def test_assert_consistent_lists_the_findings(root: Path) -> None:
    """The seed logs have two unconfirmed meetings: the strict message lists both, with evidence."""
    with pytest.raises(AssertionError) as raised:
        assert_consistent(root / "events", strict=True)
    message = str(raised.value)
    lines = message.splitlines()
    assert lines[0] == "the chronicle is not consistent (as of 2025-04-12): 2 findings"
    assert lines[1].startswith("  scheduled-meeting-took-place [unconfirmed]: cis-chs in Bishkek")
    assert lines[2].startswith("      evidence: 003_0ae8428bfa086a1d:")
    assert "cis-cfm in Minsk, BY (2024-04-12)" in lines[3]
    assert len(lines) == 5


def test_assert_consistent_can_limit_the_checks(root: Path) -> None:
    """Only the named checks can fail the assertion; a state is accepted as it is."""
    state = replay(root / "events")
    assert isinstance(state, ChronicleState)
    findings = assert_consistent(state, checks=("conflicting-reports", "held-after-publication"))
    assert any(f.verdict == "unconfirmed" for f in findings)
    with pytest.raises(UsageError, match="no-such-check"):
        assert_consistent(state, checks=("no-such-check",))


def test_assert_consistent_uses_the_knowledge_date() -> None:
    """As of a day before the meeting, an announced meeting is pending, not unconfirmed."""
    events = [*ANNOUNCED, recorded("r", "2024-12-01")]
    with pytest.raises(AssertionError, match=r"(?m)as of 2024-12-01\): 1 finding$"):
        assert_consistent(events, strict=True)
    findings = assert_consistent(events, as_of=dt.date(2024, 1, 1))
    assert [f.verdict for f in findings] == ["pending"]


def test_assert_consistent_message_names_conflicting_sources() -> None:
    """A conflict's message names the check, verdict, cities, sources and evidence ids."""
    one = held("a", "cis-cfm", "Almaty", "2025-04-11")
    other = held("b", "cis-cfm", "Astana", "2025-04-11")
    events = [recorded("a", "2025-04-12"), one, recorded("b", "2025-04-13"), other]
    with pytest.raises(AssertionError) as raised:
        assert_consistent(Chronicle.from_events(events))
    message = str(raised.value)
    assert (
        "conflicting-reports [city-differs]: cis-cfm on 2025-04-11: Almaty (a) vs Astana (b)"
        in (message)
    )
    assert f"evidence: {one.id}, {other.id}" in message


def test_generated_chronicle_repr_shows_its_logs() -> None:
    """A generated chronicle's repr (what Hypothesis prints on failure) shows its articles."""
    log = ArticleLog("a", "", (recorded("a", None),))
    assert "ArticleLog(article='a'" in repr(GeneratedChronicle([log]))


def test_article_log_writes_a_new_log(tmp_path: Path) -> None:
    """ArticleLog.write creates <article>.jsonl holding the events, and refuses to overwrite."""
    log = ArticleLog(
        "a",
        "",
        (recorded("a", "2024-01-01"), scheduled("a", "cis-cfm", "Minsk", "2024-04-12")),
    )
    written = log.write(tmp_path)
    assert written.path == tmp_path / "a.jsonl"
    assert written.events() == list(log.events)
    assert isinstance(written.events()[1], NextMeetingScheduled)
    with pytest.raises(ConcurrencyError):
        log.write(tmp_path)
