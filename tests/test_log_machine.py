"""A state machine drives a real JsonlLog on disk against a plain list of events (the model).

Append, batch append, reopen, retract, refused writes and verify, in any order: at every
step the log on disk reads back as the model, byte for byte as the in-memory log writes it.
"""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from cischronicle import (
    ConcurrencyError,
    Event,
    EventRetracted,
    InvalidValueError,
    JsonlLog,
    MemoryLog,
    Provenance,
    make_event_id,
)
from cischronicle.testing import (
    articles_recorded,
    decisions_adopted,
    meetings_cancelled,
    meetings_held,
    meetings_postponed,
    next_meetings_scheduled,
    provenances,
    replay,
)

ARTICLES = ("000_d99d0d92bcda40bd", "a", "report-2025_x")
"""A few article ids (strategies are built once per id: building them costs more than drawing)."""


@functools.cache
def _strategies(article: str) -> tuple[st.SearchStrategy[Provenance], st.SearchStrategy[Event]]:
    """Provenances in ``article`` and claims (any event but ``ArticleRecorded``) of it."""
    p = provenances(articles=st.just(article))
    claims: st.SearchStrategy[Event] = st.one_of(
        meetings_held(provenances=p),
        next_meetings_scheduled(provenances=p),
        decisions_adopted(provenances=p),
        meetings_postponed(provenances=p),
        meetings_cancelled(provenances=p),
    )
    return p, claims


class JsonlLogMachine(RuleBasedStateMachine):
    """One article's JsonlLog in a temporary folder, and the list of events it must hold."""

    def __init__(self) -> None:
        super().__init__()
        self._tmp = tempfile.TemporaryDirectory()
        self.model: list[Event] = []
        self.article = ""
        self.path = Path(self._tmp.name)
        self.log: JsonlLog | None = None

    def teardown(self) -> None:
        """Remove the temporary folder."""
        self._tmp.cleanup()

    # -- helpers ------------------------------------------------------------------------------
    def _opened(self) -> JsonlLog:
        assert self.log is not None
        return self.log

    def _provenances(self) -> st.SearchStrategy[Provenance]:
        return _strategies(self.article)[0]

    def _claims(self) -> st.SearchStrategy[Event]:
        return _strategies(self.article)[1]

    def _memory(self) -> MemoryLog:
        memory = MemoryLog(self.article)
        memory.append(self.model)
        return memory

    # -- rules --------------------------------------------------------------------------------
    @initialize(article=st.sampled_from(ARTICLES))
    def open_log(self, article: str) -> None:
        """Open (not create) the log of ``article`` in the temporary folder."""
        self.article = article
        self.path = Path(self._tmp.name) / f"{article}.jsonl"
        self.log = JsonlLog(self.path)

    @precondition(lambda self: not self.model)
    @rule(data=st.data())
    def record_article(self, data: st.DataObject) -> None:
        """The first append, of the article's ``ArticleRecorded``, makes line 1."""
        event = data.draw(articles_recorded(provenances=self._provenances()))
        assert self._opened().append([event], expected_seq=0) == 1
        self.model.append(event)

    @precondition(lambda self: not self.model)
    @rule(data=st.data())
    def refuse_a_log_that_does_not_start_with_its_article(self, data: st.DataObject) -> None:
        """A new log must start with ``ArticleRecorded``: nothing else creates the file."""
        event = data.draw(self._claims())
        with pytest.raises(InvalidValueError):
            self._opened().append([event])
        assert not self.path.exists()

    @precondition(lambda self: bool(self.model))
    @rule(data=st.data())
    def append(self, data: st.DataObject) -> None:
        """Appending one claim with the right ``expected_seq`` adds one line."""
        event = data.draw(self._claims())
        assert self._opened().append([event], expected_seq=len(self.model)) == len(self.model) + 1
        self.model.append(event)

    @precondition(lambda self: bool(self.model))
    @rule(data=st.data())
    def append_batch(self, data: st.DataObject) -> None:
        """Appending a batch adds its events in order and returns the new last seq."""
        batch = data.draw(st.lists(self._claims(), min_size=1, max_size=5))
        assert self._opened().append(batch) == len(self.model) + len(batch)
        self.model.extend(batch)

    @precondition(lambda self: bool(self.model))
    @rule(data=st.data())
    def refuse_a_stale_writer(self, data: st.DataObject) -> None:
        """A wrong ``expected_seq`` raises ConcurrencyError and writes nothing."""
        stale = data.draw(
            st.integers(0, len(self.model) + 2).filter(lambda n: n != len(self.model))
        )
        with pytest.raises(ConcurrencyError):
            self._opened().append([data.draw(self._claims())], expected_seq=stale)

    @precondition(lambda self: bool(self.model))
    @rule(data=st.data())
    def refuse_a_batch_with_a_bad_event(self, data: st.DataObject) -> None:
        """A batch with a second ``ArticleRecorded`` or another article's event writes nothing."""
        good = data.draw(st.lists(self._claims(), max_size=3))
        bad = data.draw(
            st.one_of(
                articles_recorded(provenances=self._provenances()),
                _strategies(self.article + "-other")[1],
            )
        )
        with pytest.raises(InvalidValueError):
            self._opened().append([*good, bad])

    @precondition(lambda self: bool(self.model))
    @rule(data=st.data())
    def retract(self, data: st.DataObject) -> None:
        """A retraction is appended like any event, and the projection honours it."""
        target = data.draw(st.sampled_from([e.id for e in self.model[1:]] or [self.model[0].id]))
        provenance = data.draw(self._provenances())
        ident = make_event_id(self.article, "EventRetracted", provenance.start, provenance.end)
        if ident == target:
            return
        event = EventRetracted(id=ident, provenance=provenance, retracted=target, reason="misread")
        self._opened().append([event])
        self.model.append(event)
        assert target in replay(self.path).retracted

    @rule()
    def reopen(self) -> None:
        """A fresh JsonlLog on the same file (no cached tail) continues where the last left."""
        self.log = JsonlLog(self.path)

    @precondition(lambda self: bool(self.model))
    @rule()
    def verify(self) -> None:
        """``verify`` finds every line sound and the head the model's lines hash to."""
        report = self._opened().verify(expected_head=self._memory().head_hash())
        assert report.ok, report.error
        assert report.lines == len(self.model)

    # -- invariants ---------------------------------------------------------------------------
    @invariant()
    def reads_back_as_the_model(self) -> None:
        """The file holds exactly the model's events, as canonical lines in order."""
        if self.log is None:
            return
        assert self.log.events() == self.model
        assert self.log.last_seq() == len(self.model)
        assert JsonlLog(self.path).events() == self.model
        written = self.path.read_bytes() if self.path.exists() else b""
        assert written == b"".join(line + b"\n" for line in self._memory().lines())


JsonlLogMachine.TestCase.settings = settings(
    JsonlLogMachine.TestCase.settings, stateful_step_count=20
)
TestJsonlLogMachine = JsonlLogMachine.TestCase
TestJsonlLogMachine.__doc__ = "The log on disk reads back as the model after every step."
