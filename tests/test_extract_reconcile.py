"""Re-reading an article into its log: nothing twice, retractions for what no longer holds."""

from __future__ import annotations

import attrs
import pytest

from cischronicle import (
    DecisionAdopted,
    EventRetracted,
    MeetingHeld,
    MemoryLog,
    NextMeetingScheduled,
    Provenance,
    extract,
    parse_date,
)
from cischronicle.extract.reconcile import ArticleTextMismatchError, live_events, reconcile

TEXT = (
    " date 2025-04-12 The CIS Council of Foreign Ministers convened in Almaty on April 11."
    " The ministers adopted a statement on security. The next meeting of the CIS Council of"
    " Foreign Ministers will be held in Dushanbe on October 9."
)


def logged(events: object) -> MemoryLog:
    """A log holding ``events``."""
    log = MemoryLog("a")
    log.append(events)  # type: ignore[arg-type]
    return log


def test_an_empty_log_gets_everything() -> None:
    """The first ingest appends every extracted event."""
    events = extract(TEXT, article_id="a")
    assert reconcile([], events) == list(events)


def test_the_same_text_twice_appends_nothing() -> None:
    """Re-reading the same text finds every claim already in the log."""
    log = logged(extract(TEXT, article_id="a"))
    assert reconcile([e.event for e in log.read()], extract(TEXT, article_id="a")) == []


def test_same_meaning_at_other_offsets_is_the_same_claim() -> None:
    """Claims are compared by meaning, not by id or quote offsets."""
    events = list(extract(TEXT, article_id="a"))
    held = next(e for e in events if isinstance(e, MeetingHeld))
    elsewhere = attrs.evolve(held, id="a:other", provenance=Provenance.of(TEXT, 1, 16, article="a"))
    batch = reconcile([events[0], elsewhere], events)
    assert not [e for e in batch if isinstance(e, (MeetingHeld, EventRetracted))]
    assert len(batch) == len(events) - 2  # the decision and the schedule are new


def test_what_no_longer_holds_is_retracted_and_the_new_claim_appended() -> None:
    """A logged claim the extractor does not make is retracted; its own claim is appended."""
    events = list(extract(TEXT, article_id="a"))
    scheduled = next(e for e in events if isinstance(e, NextMeetingScheduled))
    wrong = attrs.evolve(
        scheduled, id="a:wrong", meeting=attrs.evolve(scheduled.meeting, date=parse_date("2025-10"))
    )
    log = logged([events[0], wrong])
    batch = reconcile([e.event for e in log.read()], events)
    retractions = [e for e in batch if isinstance(e, EventRetracted)]
    assert [r.retracted for r in retractions] == ["a:wrong"] and retractions[0].reason
    assert scheduled in batch
    log.append(batch)
    after = [e.event for e in log.read()]
    assert wrong not in live_events(after)
    assert reconcile(after, events) == []  # and re-reading again appends nothing


def test_new_decisions_point_to_the_logged_meeting_they_were_adopted_at() -> None:
    """A decision appended later refers to the MeetingHeld already in the log."""
    events = list(extract(TEXT, article_id="a"))
    held = next(e for e in events if isinstance(e, MeetingHeld))
    old_held = attrs.evolve(held, id="a:logged-held")
    without_decision = [e for e in events if not isinstance(e, DecisionAdopted)]
    batch = reconcile([events[0], old_held, *without_decision[2:]], events)
    (decision,) = [e for e in batch if isinstance(e, DecisionAdopted)]
    assert decision.held == "a:logged-held"


def test_a_claim_retracted_before_comes_back_with_a_new_id() -> None:
    """A claim re-extracted after its retraction gets an id the log has not used."""
    events = list(extract(TEXT, article_id="a"))
    held = next(e for e in events if isinstance(e, MeetingHeld))
    retraction = EventRetracted(
        id="a:r", provenance=held.provenance, retracted=held.id, reason="test"
    )
    rest = [e for e in events[1:] if e is not held]
    batch = reconcile([events[0], held, retraction, *rest], events)
    (again,) = batch
    assert again.id not in {held.id, "a:r"} and again.meeting == held.meeting  # type: ignore[attr-defined]


def test_another_text_of_the_article_is_refused() -> None:
    """A log made from another text (another hash) is not mixed with this one."""
    other = extract(TEXT + " More.", article_id="a")
    with pytest.raises(ArticleTextMismatchError, match="another text"):
        reconcile(list(other), extract(TEXT, article_id="a"))
