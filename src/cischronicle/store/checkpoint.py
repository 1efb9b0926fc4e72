"""Checkpointed projections: the state saved with the position it reached, then resumed.

:func:`project_store` folds a store into a :class:`ChronicleState`.  It starts from the
store's checkpoint when one holds, folding only the events stored after its position, and
saves a new checkpoint when it has folded anything.  The result always equals a full replay
(``project(store.events())``), so a checkpoint is used only when folding the newer events
after it gives the order a replay would: every new event belongs to an article that comes
after every article folded before (in chronicle order), or to the last of them.  Otherwise,
and when

- a new event retracts an event folded before the checkpoint,
- the checkpoint was written by another version of the codec or the projections
  (:data:`CHECKPOINT_VERSION`, a digest of their source), or fails its own checksum,
- the event at the checkpoint's position is no longer the one it folded (the store was
  replaced or rewritten),

the state is rebuilt from the start.  A checkpoint is data about the store, kept in it
(a table, or a file beside the logs); it is decoded by an unpickler that builds only
cischronicle's own value classes and plain containers, never anything else.
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import io
import pickle
import sys
from pathlib import Path
from typing import Any, Literal

import attrs

from .. import codec, projections
from ..errors import ChronicleError
from ..events import ArticleRecorded, EventRetracted
from ..projections import ChronicleState, project
from .base import Store, StoredEvent, sort_key

__all__ = [
    "CHECKPOINT_NAME",
    "CHECKPOINT_VERSION",
    "Projected",
    "decode_checkpoint",
    "encode_checkpoint",
    "project_store",
]

CHECKPOINT_NAME = "state"
"""The name the projected state's checkpoint is saved under."""

_MAGIC = b"cischronicle-checkpoint/1\n"
_PROTOCOL = 5


@functools.cache
def _version() -> str:
    # The modules whose code decides what a fold produces: any change to them is a new version.
    from .. import _index, events, values

    digest = hashlib.sha256()
    for module in (codec, projections, _index, events, values):
        digest.update(Path(module.__file__ or "").read_bytes())
    digest.update(f"{codec.SCHEMA_VERSION} {sys.version_info[:2]} {_PROTOCOL}".encode())
    return digest.hexdigest()[:32]


CHECKPOINT_VERSION = _version()
"""A digest of the codec, the projections and the values they fold: what a checkpoint needs."""

Mode = Literal["rebuilt", "resumed"]


@attrs.frozen
class Projected:
    """What :func:`project_store` did: the state, where it reached, and how it got there.

    ``mode`` is ``resumed`` when a checkpoint was used (``folded`` events after it) and
    ``rebuilt`` when every event was folded; ``reason`` says why no checkpoint was used.
    """

    state: ChronicleState
    position: int | None
    mode: Mode
    folded: int
    reason: str = ""
    saved: bool = False


@attrs.frozen
class _Checkpoint:
    position: int
    last: tuple[str, int, str, str] | None  # article, seq, prev, id of the event at position
    top: tuple[_dt.date, str] | None  # the last article folded, in chronicle order
    state: ChronicleState


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


def encode_checkpoint(
    state: ChronicleState,
    position: int,
    last: tuple[str, int, str, str] | None,
    top: tuple[_dt.date, str] | None,
) -> bytes:
    """The bytes of a checkpoint: a header, the version, a SHA-256 of the payload, the payload."""
    payload = pickle.dumps((position, last, top, state), protocol=_PROTOCOL)
    digest = hashlib.sha256(payload).hexdigest()
    return _MAGIC + f"{CHECKPOINT_VERSION}\n{digest}\n".encode() + payload


def decode_checkpoint(data: bytes) -> _Checkpoint | str:
    """The checkpoint in ``data``, or the reason it cannot be used."""
    if not data.startswith(_MAGIC):
        return "the checkpoint is not one this library wrote"
    header = data[len(_MAGIC) :].split(b"\n", 2)
    if len(header) != 3:
        return "the checkpoint is cut short"
    version, digest, payload = header
    if version.decode("ascii", "replace") != CHECKPOINT_VERSION:
        return "the checkpoint was made by another version of the codec or projections"
    if hashlib.sha256(payload).hexdigest().encode() != digest:
        return "the checkpoint fails its checksum"
    try:
        position, last, top, state = _Unpickler(io.BytesIO(payload)).load()
    except Exception as exc:  # a checksum that holds over bad data: refuse, rebuild
        return f"the checkpoint does not load ({type(exc).__name__})"
    if not isinstance(state, ChronicleState) or not isinstance(position, int):
        return "the checkpoint does not hold a projected state"
    return _Checkpoint(position, last, top, state)


def _identity(stored: StoredEvent) -> tuple[str, int, str, str]:
    return (stored.article, stored.seq, stored.prev, stored.event.id)


def _resume(store: Store, checkpoint: _Checkpoint) -> tuple[ChronicleState, int, int, Any] | str:
    """Fold the events after the checkpoint into its state, or say why that would be wrong."""
    if checkpoint.position > 0:
        at = next(store.events_after(checkpoint.position - 1, limit=1), None)
        if at is None or _identity(at) != checkpoint.last:
            return "the store no longer holds the events the checkpoint folded"
    state = checkpoint.state
    top = checkpoint.top
    keys: dict[str, tuple[_dt.date, str]] = {}
    new: list[tuple[tuple[_dt.date, str], int, StoredEvent]] = []
    ids: set[str] = set()
    for stored in store.events_after(checkpoint.position):
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
        return state, checkpoint.position, 0, (checkpoint.last, top)
    last = max(new, key=lambda item: item[2].position)[2]
    top = max([k for k, _, _ in new] + ([top] if top is not None else []))
    return state, last.position, len(new), (_identity(last), top)


def _top(state: ChronicleState) -> tuple[_dt.date, str] | None:
    keys = [sort_key(info.published, article) for article, info in state.articles.items()]
    return max(keys) if keys else None


def project_store(store: Store, *, rebuild: bool = False, save: bool = True) -> Projected:
    """Fold every event of ``store``, resuming from its checkpoint when that is exact.

    With ``rebuild``, any checkpoint is ignored.  With ``save`` (the default), a new
    checkpoint is saved when anything was folded; a store that cannot keep one (a read-only
    folder) is still projected, just not checkpointed.
    """
    reason = "a rebuild was asked for"
    if not rebuild:
        data = store.load_checkpoint(CHECKPOINT_NAME)
        decoded = "no checkpoint yet" if data is None else decode_checkpoint(data)
        if isinstance(decoded, str):
            reason = decoded
        else:
            outcome = _resume(store, decoded)
            if isinstance(outcome, str):
                reason = outcome
            else:
                state, position, folded, (last, top) = outcome
                saved = False
                if folded and save:
                    saved = _save(store, state, position, last, top)
                return Projected(state, position, "resumed", folded, "", saved)
    try:
        before: int | None = store.position()
    except ChronicleError:
        before = None  # positions cannot be kept here: project, but keep no checkpoint
    state = project(store.events())
    saved = False
    if before is not None and save:
        after = store.position()
        if after == before:  # nothing was appended while folding
            last = None
            if before > 0:
                at = next(store.events_after(before - 1, limit=1), None)
                last = None if at is None else _identity(at)
            saved = _save(store, state, before, last, _top(state))
    return Projected(state, before, "rebuilt", state.event_count, reason, saved)


def _save(
    store: Store,
    state: ChronicleState,
    position: int,
    last: tuple[str, int, str, str] | None,
    top: tuple[_dt.date, str] | None,
) -> bool:
    try:
        store.save_checkpoint(CHECKPOINT_NAME, encode_checkpoint(state, position, last, top))
    except ChronicleError:
        return False  # a read-only store: the projection stands, uncheckpointed
    return True
