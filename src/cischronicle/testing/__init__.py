"""Hypothesis strategies and helpers for property tests of code that uses cischronicle.

Importing this module needs Hypothesis (the ``test`` extra).  The strategies follow
Hypothesis's own conventions: plural nouns, keyword-only arguments, and arguments that take
strategies rather than values::

    from hypothesis import given
    from cischronicle.testing import assert_consistent, chronicles

    @given(chronicles(consistent=True))
    def test_consistent_chronicles_pass(chronicle):
        assert_consistent(chronicle)

- values: :func:`partial_dates`, :func:`date_ranges`, :func:`dates`, :func:`places`,
  :func:`bodies`, :func:`provenances`, :func:`meeting_refs`, :func:`article_ids`;
- events: one strategy per event type (:func:`articles_recorded`, :func:`meetings_held`,
  :func:`next_meetings_scheduled`, :func:`decisions_adopted`, :func:`meetings_postponed`,
  :func:`meetings_cancelled`, :func:`events_retracted`) and :func:`events` for any of them;
- logs: :func:`article_logs` (one valid article log with its text), :func:`chronicles`
  (several), ``chronicles(consistent=True)`` and :func:`violating`;
- helpers: :func:`replay` (a folder, a log file, a chronicle or events -> projected state)
  and :func:`assert_consistent`.

What a check *flags* (:data:`FLAGGED_VERDICTS`) is what ``cischronicle check`` calls
inconsistent (one definition, :mod:`cischronicle.consistency`): ``conflicting-reports`` flags
``city-differs`` and ``date-differs``; ``held-after-publication`` flags ``after-publication``.
With ``strict=True`` (``check --strict``), ``scheduled-meeting-took-place`` also flags
``unconfirmed`` (a scheduled meeting due by the knowledge date that no report says was held,
cancelled, postponed or moved; :data:`STRICT_VERDICTS`).  The other verdicts (``held``,
``moved``, ``postponed``, ``cancelled``, ``pending``) are never flagged.

Installed with the package, the ``hypothesis`` entry point registers these strategies, so
``st.from_type(MeetingHeld)`` works in a user's tests with no extra code.
"""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from ..events import (
    ArticleRecorded,
    DecisionAdopted,
    EventRetracted,
    MeetingCancelled,
    MeetingHeld,
    MeetingPostponed,
    MeetingRef,
    NextMeetingScheduled,
)
from ..values import Body, DateRange, PartialDate, Place, Provenance
from ._chronicles import ArticleLog, GeneratedChronicle, article_logs, chronicles, violating
from ._helpers import (
    FLAGGED_VERDICTS,
    STRICT_VERDICTS,
    ReplaySource,
    assert_consistent,
    flagged,
    replay,
)
from ._strategies import (
    article_ids,
    articles_recorded,
    bodies,
    date_ranges,
    dates,
    decisions_adopted,
    events,
    events_retracted,
    meeting_refs,
    meetings_cancelled,
    meetings_held,
    meetings_postponed,
    next_meetings_scheduled,
    partial_dates,
    places,
    provenances,
)

__all__ = [
    "FLAGGED_VERDICTS",
    "ArticleLog",
    "GeneratedChronicle",
    "ReplaySource",
    "STRICT_VERDICTS",
    "article_ids",
    "article_logs",
    "articles_recorded",
    "assert_consistent",
    "bodies",
    "chronicles",
    "date_ranges",
    "dates",
    "decisions_adopted",
    "events",
    "events_retracted",
    "flagged",
    "meeting_refs",
    "meetings_cancelled",
    "meetings_held",
    "meetings_postponed",
    "next_meetings_scheduled",
    "partial_dates",
    "places",
    "provenances",
    "replay",
    "violating",
]


def _register_types() -> None:
    """Register the strategies for the value and event types with Hypothesis.

    Run when this module is imported, which the ``hypothesis`` entry point does
    (the top-level module ``_cischronicle_hypothesis``, or ``import cischronicle`` after
    Hypothesis); so ``st.from_type(MeetingHeld)`` works in a
    project that has cischronicle installed, with no code of its own.
    """
    registered: dict[type[object], SearchStrategy[object]] = {
        PartialDate: partial_dates(),
        DateRange: date_ranges(),
        Place: places(),
        Body: bodies(),
        Provenance: provenances(),
        MeetingRef: meeting_refs(),
        ArticleRecorded: articles_recorded(),
        MeetingHeld: meetings_held(),
        NextMeetingScheduled: next_meetings_scheduled(),
        DecisionAdopted: decisions_adopted(),
        MeetingPostponed: meetings_postponed(),
        MeetingCancelled: meetings_cancelled(),
        EventRetracted: events_retracted(),
        ArticleLog: article_logs(),
        GeneratedChronicle: chronicles(),
    }
    for cls, strategy in registered.items():
        st.register_type_strategy(cls, strategy)


_register_types()
