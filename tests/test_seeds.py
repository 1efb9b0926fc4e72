"""Replay of the bundled logs: the seed chronicle, pinned."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from cischronicle import (
    ArticleRecorded,
    Chronicle,
    ChronicleState,
    MeetingRef,
    Place,
    parse_date,
    project,
    read_article,
    run_checks,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def chronicle() -> Chronicle:
    """The chronicle of the bundled events/ folder."""
    return Chronicle.load(ROOT / "events")


@pytest.fixture(scope="module")
def state(chronicle: Chronicle) -> ChronicleState:
    """The projected state of the bundled chronicle, as of its latest article."""
    return project(chronicle.events())


def test_one_log_per_seed(chronicle: Chronicle) -> None:
    """events/ holds exactly one log for each seed article."""
    seeds = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
    assert len(seeds) == 5
    assert sorted(s.article for s in chronicle.sources) == seeds


def test_every_quote_is_the_seed_text_at_its_offsets(chronicle: Chronicle) -> None:
    """Each event's quote is exactly its seed's text between its offsets."""
    checked = 0
    for source in chronicle.sources:
        text = read_article(ROOT / "seeds" / f"{source.article}.txt").text
        for env in source.log.read():
            prov = env.event.provenance
            assert text[prov.start : prov.end] == prov.quote, env.event.id
            checked += 1
    assert checked > 25


def test_article_hashes_match_the_seed_text(chronicle: Chronicle) -> None:
    """Each log's ArticleRecorded carries the SHA-256 of its seed's text."""
    for source in chronicle.sources:
        first = next(iter(source.log.read())).event
        assert isinstance(first, ArticleRecorded)
        raw = (ROOT / "seeds" / f"{source.article}.txt").read_bytes()
        assert first.sha256 == hashlib.sha256(raw).hexdigest()


def test_seeds_are_byte_identical_to_shared(shared: Path) -> None:
    """seeds/ keeps the shared seed articles byte for byte, names kept."""
    ours = {p.name: p.read_bytes() for p in (ROOT / "seeds").glob("*.txt")}
    theirs = {p.name: p.read_bytes() for p in (shared / "seeds").glob("*.txt")}
    assert ours == theirs


def test_almaty_session_is_one_meeting_from_three_articles(state: ChronicleState) -> None:
    """The 11 April 2025 Almaty CFM is one meeting reported by three articles."""
    ref = MeetingRef(body="cis-cfm", place=Place.of_city("Almaty"), date=parse_date("2025-04-11"))
    (meeting,) = state.held.compatible(ref)
    assert meeting.date == parse_date("2025-04-11")
    assert len(meeting.sources) == 3


def test_central_asia_russia_meeting_stays_separate(state: ChronicleState) -> None:
    """The same-day Central Asia + Russia ministerial is a meeting of its own."""
    bodies = [m.body.value for m in state.meetings() if m.place.city == "Almaty"]
    assert sorted(bodies) == ["ca-russia-fm", "cis-cfm"]


def verdicts(state: ChronicleState, as_of: dt.date | None = None) -> dict[str, str]:
    """Scheduled-meeting verdicts keyed by 'body city date'."""
    return {
        str(f.meeting): f.verdict
        for f in run_checks(state, as_of=as_of)
        if f.check == "scheduled-meeting-took-place"
    }


def test_seed_verdicts(state: ChronicleState) -> None:
    """Dushanbe October 2025 is pending; Minsk 12 April 2024 is unconfirmed."""
    found = verdicts(state)
    assert found["cis-cfm Dushanbe, TJ 2025-10-09"] == "pending"
    assert found["cis-cfm Minsk, BY 2024-04-12"] == "unconfirmed"
    assert found["cis-chs Bishkek, KG 2023-10-13"] == "unconfirmed"


def test_seed_chronicle_is_consistent(state: ChronicleState) -> None:
    """The seeds contain no conflicting reports and no meeting held after publication."""
    assert [f for f in run_checks(state) if f.inconsistent] == []


def test_as_of_before_minsk_was_due(chronicle: Chronicle) -> None:
    """As of the Bishkek article's day, the Minsk session is still pending."""
    day = dt.date(2023, 10, 12)
    state = project(chronicle.events(as_of=day), as_of=day)
    assert verdicts(state, day)["cis-cfm Minsk, BY 2024-04-12"] == "pending"
    assert "001_411c137648da7c70" not in state.articles
