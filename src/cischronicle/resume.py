"""Checkpointed projections: the state saved with the position it reached, then resumed.

:func:`project_store` folds a store into a :class:`ChronicleState`.  It starts from the
store's checkpoint when one holds, folding only the events stored after its position, and
saves a new checkpoint when it has folded enough.  The result always equals a full replay
(``project(store.events())``), so a checkpoint is used only when folding the newer events
after it gives the order a replay would: every new event belongs to an article that comes
after every article folded before (in chronicle order), or to the last of them.  Otherwise,
and when

- a new event retracts an event folded before the checkpoint,
- the checkpoint was written by another version of the codec, the projections or the checks
  (:data:`CHECKPOINT_VERSION`, a digest of their source), or fails its own checksum,
- the event at the checkpoint's position is no longer the one it folded (the store was
  replaced or rewritten),

the state is rebuilt from the start.  The store keeps a checkpoint as bytes it does not read
(:mod:`cischronicle.store.checkpoint`: header, position, checksum); this module, above the
projections and the checks, decides what goes in it and reads it back, with an unpickler
that builds only cischronicle's own value classes and plain containers, never anything else.
"""

from __future__ import annotations

import datetime as _dt
import functools
import gc
import hashlib
import io
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import attrs

from . import checks as _checks_module
from . import codec, projections
from .checks import CheckedState, Finding
from .errors import ChronicleError, UsageError
from .events import ArticleRecorded, EventRetracted
from .projections import Changes, ChronicleState, project
from .report import kept as _kept_module
from .report import text as _text_module
from .report import view as _view_module
from .report.kept import CheckText, KeptCheckText
from .store.base import Store, StoredEvent, sort_key
from .store.checkpoint import decode_checkpoint, encode_checkpoint

__all__ = [
    "CHECKPOINT_NAME",
    "CHECKPOINT_VERSION",
    "RESAVE_AFTER",
    "Projected",
    "project_store",
]

CHECKPOINT_NAME = "state"
"""The name the projected state's checkpoint is saved under."""

RESAVE_AFTER = 1000
"""A resumed projection saves a new checkpoint once it folds this many events after the old.

Fewer are folded again at every resume instead: a checkpoint costs as much to write as the
state is big, folding a few events almost nothing, and resuming from an older checkpoint
gives exactly the same result."""

_PROTOCOL = 5


@functools.cache
def _version() -> str:
    # The modules whose code decides what a fold produces: any change to them is a new version.
    from . import _index, events, values

    digest = hashlib.sha256()
    modules = (codec, projections, _checks_module, _index, events, values)
    for module in (*modules, _kept_module, _text_module, _view_module):
        digest.update(Path(module.__file__ or "").read_bytes())
    digest.update(Path(__file__).read_bytes())
    digest.update(f"{codec.SCHEMA_VERSION} {sys.version_info[:2]} {_PROTOCOL}".encode())
    return digest.hexdigest()[:32]


CHECKPOINT_VERSION = _version()
"""A digest of the code a checkpoint's content depends on: codec, values, projections, checks,
and the wording of ``check``'s text."""

Mode = Literal["rebuilt", "resumed"]

_Identity = tuple[str, int, str, str]
"""The event at a position: its article, seq, prev hash and id."""

_Top = tuple[_dt.date, str]
"""The last article folded, in chronicle order (publication date, id)."""


@attrs.frozen
class Projected:
    """What :func:`project_store` did: the state, where it reached, and how it got there.

    ``mode`` is ``resumed`` when a checkpoint was used (``folded`` events after it) and
    ``rebuilt`` when every event was folded; ``reason`` says why no checkpoint was used.
    ``findings`` are the checks' findings over the state (``run_checks(state)``), when they
    were asked for; ``text`` what ``cischronicle check`` prints, when it was asked for.
    """

    state: ChronicleState
    position: int | None
    mode: Mode
    folded: int
    reason: str = ""
    saved: bool = False
    findings: tuple[Finding, ...] | None = None
    text: CheckText | None = None


@attrs.frozen
class _Kept:
    """What a checkpoint's payload holds, beside the position in its header."""

    last: _Identity | None  # the event at the position
    top: _Top | None
    state: ChronicleState
    checked: CheckedState | None  # the checks' findings over the state, if they were kept
    text: KeptCheckText | None  # check's text over them, if it was kept


@attrs.frozen
class _Folded:
    """A checkpoint's state with the events after it folded in: where it reached, how many."""

    state: ChronicleState
    position: int
    folded: int
    last: _Identity | None
    top: _Top | None


@attrs.frozen(kw_only=True)
class _Asked:
    """What the caller of :func:`project_store` asked for besides the state."""

    save: bool
    checks: bool
    text: bool


_ALLOWED = {
    ("builtins", "set"),
    ("builtins", "frozenset"),
    ("builtins", "object"),
    ("datetime", "date"),
    ("copyreg", "_reconstructor"),
}


class _Unpickler(pickle.Unpickler):
    """Builds cischronicle's classes and plain containers, and refuses anything else."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        if module == "cischronicle" or module.startswith("cischronicle."):
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"a checkpoint may not hold {module}.{name}")


def _unpickle_with_collector_paused(payload: bytes) -> Any:
    """Unpickle a checkpoint's payload with Python's cyclic garbage collector paused.

    A load makes objects and no garbage: some 280,000 objects the collector tracks at 1e5
    events.  Left running, the collector walks them again and again while they are made
    (five full collections over the growing heap at 1e5); paused, only the young collections
    after the load walk them, once or twice (``benchmarks/bench_collector.py``; figures in
    ``docs/stores.md``).  Bulk loaders pause it for this reason.  The collector's state is
    restored exactly, also when the payload does not load: a caller that disabled it finds
    it disabled.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _Unpickler(io.BytesIO(payload)).load()
    finally:
        if collecting:
            gc.enable()


def _encode(kept: _Kept, position: int) -> bytes:
    payload = pickle.dumps(
        (kept.last, kept.top, kept.state, kept.checked, kept.text), protocol=_PROTOCOL
    )
    return encode_checkpoint(CHECKPOINT_VERSION, position, payload)


def _decode(data: bytes) -> tuple[int, _Kept] | str:
    """The position and content of a checkpoint, or the reason it cannot be used."""
    saved = decode_checkpoint(data, CHECKPOINT_VERSION)
    if isinstance(saved, str):
        return saved
    try:
        last, top, state, checked, text = _unpickle_with_collector_paused(saved.payload)
    except Exception as exc:  # a checksum that holds over bad data: refuse, rebuild
        return f"the checkpoint does not load ({type(exc).__name__})"
    if not isinstance(state, ChronicleState):
        return "the checkpoint does not hold a projected state"
    if checked is not None and not isinstance(checked, CheckedState):
        return "the checkpoint does not hold the checks' findings"
    if text is not None and (checked is None or not isinstance(text, KeptCheckText)):
        return "the checkpoint does not hold the text of check"
    return saved.position, _Kept(last, top, state, checked, text)


def _identity(stored: StoredEvent) -> _Identity:
    return (stored.article, stored.seq, stored.prev, stored.event.id)


def _resume(store: Store, position: int, kept: _Kept) -> _Folded | str:
    """Fold the events after the checkpoint into its state, or say why that would be wrong."""
    # One pass from the event at the checkpoint's position: it must be the one folded last.
    stream = store.events_after(max(0, position - 1))
    try:
        return _fold_after(stream, position, kept)
    finally:
        close = getattr(stream, "close", None)
        if close is not None:
            close()  # a pass left early ends here, not whenever it is collected


def _fold_after(stream: Iterator[StoredEvent], position: int, kept: _Kept) -> _Folded | str:
    if position > 0:
        at = next(stream, None)
        if at is None or _identity(at) != kept.last:
            return "the store no longer holds the events the checkpoint folded"
    state = kept.state
    top = kept.top
    keys: dict[str, _Top] = {}
    new: list[tuple[_Top, int, StoredEvent]] = []
    ids: set[str] = set()
    for stored in stream:
        article, event = stored.article, stored.event
        key = keys.get(article)
        if key is None:
            info = state.articles.get(article)
            if info is not None:
                key = sort_key(info.published, article)
                if key != top:
                    return f"article {article!r}, folded before the checkpoint, has new events"
            else:
                published = event.published if isinstance(event, ArticleRecorded) else None
                key = sort_key(published, article)
                if top is not None and key <= top:
                    return f"new article {article!r} comes before articles already folded"
            keys[article] = key
        if isinstance(event, EventRetracted) and event.retracted not in ids:
            return f"event {event.retracted!r}, folded before the checkpoint, is retracted"
        ids.add(event.id)
        new.append((key, stored.seq, stored))
    new.sort(key=lambda item: (item[0], item[1]))
    for _, _, stored in new:
        state.apply(stored.event)
    if not new:
        return _Folded(state, position, 0, kept.last, top)
    last = max(new, key=lambda item: item[2].position)[2]
    top = max([k for k, _, _ in new] + ([top] if top is not None else []))
    return _Folded(state, last.position, len(new), _identity(last), top)


def _top(state: ChronicleState) -> _Top | None:
    keys = [sort_key(info.published, article) for article, info in state.articles.items()]
    return max(keys) if keys else None


def project_store(
    store: Store,
    *,
    rebuild: bool = False,
    save: bool = True,
    checks: bool = False,
    text: bool = False,
    refuse_empty: bool = False,
) -> Projected:
    """Fold every event of ``store``, resuming from its checkpoint when that is exact.

    With ``rebuild``, any checkpoint is ignored.  With ``save`` (the default), a new
    checkpoint is saved after a rebuild, and after a resume that folded at least
    :data:`RESAVE_AFTER` events (fewer are folded again next time); a store that cannot keep
    one (a read-only folder) is still projected, just not checkpointed.  An empty store gets
    no checkpoint.

    With ``checks``, the checks' findings over the state are given too (``findings``): kept
    in the checkpoint, and after a resume judged again only where the new events can have
    changed them (:class:`~cischronicle.checks.CheckedState`).  With ``text``, what
    ``cischronicle check`` prints is given (``text``), kept in the checkpoint too and worded
    again only where the new events changed it (:class:`~cischronicle.report.kept.KeptCheckText`).

    With ``refuse_empty``, a store that holds no event is refused (:class:`UsageError`)
    before anything is written to it; a store with a checkpoint holds events.
    """
    reason = "a rebuild was asked for"
    data = None if rebuild else store.load_checkpoint(CHECKPOINT_NAME)
    if refuse_empty and data is None and not store.sources():
        raise UsageError("no logs with events in the store", path=store.url)
    if not rebuild:
        decoded = "no checkpoint yet" if data is None else _decode(data)
        if isinstance(decoded, str):
            reason = decoded
        else:
            position, kept = decoded
            if not (checks or text):
                kept = attrs.evolve(kept, checked=None, text=None)
            changes = kept.state.follow() if kept.checked is not None else None
            outcome = _resume(store, position, kept)
            kept.state.unfollow()
            if isinstance(outcome, str):
                reason = outcome
            else:
                asked = _Asked(save=save, checks=checks, text=text)
                return _resumed(store, outcome, kept, changes, asked)
    try:
        before: int | None = store.position()
    except ChronicleError:
        before = None  # positions cannot be kept here: project, but keep no checkpoint
    state = project(store.events())
    if refuse_empty and not state.event_count:  # a checkpoint left in an emptied store
        raise UsageError("no logs with events in the store", path=store.url)
    checked = CheckedState.of(state) if checks or text else None
    kept_text = None if checked is None or not text else KeptCheckText.of(state, checked)
    shown = None if kept_text is None or checked is None else kept_text.text(state, checked)
    saved = False
    if before and save:
        after = store.position()
        if after == before:  # nothing was appended while folding
            at = next(store.events_after(before - 1, limit=1), None)
            last = None if at is None else _identity(at)
            saved = _save(store, before, _Kept(last, _top(state), state, checked, kept_text))
    findings = None if checked is None or not checks else checked.findings(state)
    return Projected(
        state, before, "rebuilt", state.event_count, reason, saved, findings, shown
    )


def _resumed(
    store: Store, folded: _Folded, kept: _Kept, changes: Changes | None, asked: _Asked
) -> Projected:
    """The outcome of a resume: the checks and text brought up to date, saved if due."""
    save, checks, text = asked.save, asked.checks, asked.text
    state = folded.state
    due = folded.folded >= RESAVE_AFTER
    checked, kept_text = kept.checked, kept.text
    if checks or text:
        if checked is None or changes is None:
            checked = CheckedState.of(state)  # none kept: judge all, and keep them
            kept_text = None
            due = True
        elif folded.folded:
            judged = checked.update(state, changes)
            if kept_text is not None:
                kept_text.update(state, checked, changes, judged)
        if text and kept_text is None:
            kept_text = KeptCheckText.of(state, checked)
            due = True
    # Worded before a save: the lines padded now are kept padded for the next resume.
    shown = None
    if text and kept_text is not None and checked is not None:
        shown = kept_text.text(state, checked)
    saved = False
    if save and due and folded.position:
        again = _Kept(folded.last, folded.top, state, checked, kept_text)
        saved = _save(store, folded.position, again)
    findings = None if checked is None or not checks else checked.findings(state)
    return Projected(
        state, folded.position, "resumed", folded.folded, "", saved, findings, shown
    )


def _save(store: Store, position: int, kept: _Kept) -> bool:
    try:
        store.save_checkpoint(CHECKPOINT_NAME, _encode(kept, position))
    except ChronicleError:
        return False  # a read-only store: the projection stands, uncheckpointed
    return True
