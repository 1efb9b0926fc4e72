"""The records of a checkpoint in parts: what goes in each, how they are saved and read back.

A checkpoint is a head (``state``), one record per part of the state (``state.<body>.<first
year>`` for a body's meetings within a span of :data:`PART_YEARS` years, ``state.<body>.other``
for those of no one span), a shared record (``state.common``), and two records per page of
``check``'s text (``state.lines.<id>``, its lines as printed, and ``state.page.<id>``, the
data they were worded from; see :mod:`cischronicle.report.kept`); ``docs/stores.md`` says what
each holds and why the parts are so.  :mod:`cischronicle.resume` folds and decides when to
save and which parts to read;
this module makes the records of a whole checkpoint (:func:`_records`) and reads them back
(:func:`_decode_head`, :func:`_load_part`, :func:`_whole`), each one checked against the
digest its head names, with an unpickler that builds only cischronicle's own value classes
and plain containers, never anything else.  The store keeps the records as bytes it does not
read (:mod:`cischronicle.store.checkpoint`).
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as _dt
import functools
import gc
import hashlib
import io
import pickle
import sys
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from . import checks as _checks_module
from . import codec, projections
from .checks import CheckedState
from .errors import ChronicleError
from .projections import ArticleInfo, ChronicleState, Part
from .report import kept as _kept_module
from .report import text as _text_module
from .report import view as _view_module
from .report.kept import KeptCheckText, PageData, PageRef
from .store.base import Store
from .store.checkpoint import decode_checkpoint, encode_checkpoint

__all__ = ["CHECKPOINT_NAME", "CHECKPOINT_VERSION", "checkpoint_records"]

CHECKPOINT_NAME = "state"
"""The name the checkpoint's head is saved under; its parts are saved as ``state.<part>``."""

_COMMON = f"{CHECKPOINT_NAME}.common"

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
    digest.update(Path(__file__).with_name("resume.py").read_bytes())
    digest.update(f"{codec.SCHEMA_VERSION} {sys.version_info[:2]} {_PROTOCOL}".encode())
    return digest.hexdigest()[:32]


CHECKPOINT_VERSION = _version()
"""A digest of the code a checkpoint's content depends on: codec, values, projections, checks,
and the wording of ``check``'s text."""


PART_YEARS = 64
"""How many years one part of a checkpoint spans (see :func:`cischronicle.projections.part_of`).

A resume loads the parts of the years around its new claims: the fewer years a part spans,
the less it loads, and the more records a whole save writes (one per body and span)."""


_Identity = tuple[str, int, str, str]
"""The event at a position: its article, seq, prev hash and id."""

_Top = tuple[_dt.date, str]
"""The last article folded, in chronicle order (publication date, id)."""


@attrs.frozen
class _Kept:
    """A whole checkpoint: where it stands, and the state, findings and text it keeps."""

    last: _Identity | None  # the event at the position
    top: _Top | None
    state: ChronicleState
    checked: CheckedState | None  # the checks' findings over the state, if they were kept
    text: KeptCheckText | None  # check's text over them, if it was kept


@attrs.frozen(kw_only=True)
class _Head:
    """The head record of a checkpoint: what every resume reads first.

    ``article_ids`` and ``claim_ids`` are the sorted 64-bit hashes (:func:`_hashes`) of the
    articles recorded and of the live claims' event ids: a resume that loads only some
    parts tells a new article or a new event id from one folded before with them (a hash
    that matches sends it to the whole checkpoint).  ``state``, ``checked`` and ``text`` are
    the shared parts (:meth:`ChronicleState.in_parts` and the like), without articles;
    ``parts`` the SHA-256 of each part's record, ``common`` of the shared record's;
    ``years`` how many years a part spans (:data:`PART_YEARS` when it was saved).
    """

    last: _Identity | None
    top: _Top | None
    top_info: ArticleInfo | None  # the last article folded: new events may be its
    today: _dt.date | None  # the latest publication date
    articles: int
    article_ids: bytes
    claim_ids: bytes
    parts: dict[Part, str]
    common: str
    years: int
    state: ChronicleState
    checked: CheckedState | None
    text: KeptCheckText | None


@attrs.frozen
class _Common:
    """The shared record: the articles, and the order everything was folded in.

    ``articles`` in the order recorded, ``claimless`` the articles no claim comes from,
    ``order`` the order the claims of each kind were folded in (a position in ``parts``
    per claim, see :meth:`~cischronicle.projections.StateParts.fold_order`).
    """

    articles: list[str]
    claimless: dict[str, ArticleInfo]
    order: dict[str, str]
    parts: list[Part]


_Part = tuple[ChronicleState, CheckedState | None, KeptCheckText | None]
"""A part's record: its part of the state, of the findings and of the text."""


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


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector, and restore its state exactly after."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _unpickle_with_collector_paused(payload: bytes) -> Any:
    """Unpickle a checkpoint record's payload with Python's cyclic garbage collector paused.

    A load makes objects and no garbage: some 280,000 objects the collector tracks for a
    whole checkpoint at 1e5 events.  Left running, the collector walks them again and again
    while they are made; paused, only the young collections after the load walk them, once
    or twice (``benchmarks/bench_collector.py``; figures in ``docs/stores.md``).  Bulk
    loaders pause it for this reason.  The collector's state is restored exactly, also when
    the payload does not load: a caller that disabled it finds it disabled.
    """
    with _collector_paused():
        return _Unpickler(io.BytesIO(payload)).load()


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")


def _hashes(texts: Iterable[str], into: bytes = b"") -> bytes:
    """The sorted 64-bit hashes of ``texts`` (with those of ``into``), as bytes."""
    found = array("Q", into)
    found.extend(map(_hash, texts))
    return array("Q", sorted(found)).tobytes()


def _has(hashes: bytes, text: str) -> bool:
    """Whether the hash of ``text`` is among ``hashes`` (sorted, see :func:`_hashes`)."""
    view = memoryview(hashes).cast("Q")
    wanted = _hash(text)
    at = bisect.bisect_left(view, wanted)
    return at < len(view) and view[at] == wanted


def _part_name(part: Part) -> str:
    body, first = part
    return f"{CHECKPOINT_NAME}.{body.value}.{'other' if first is None else first}"


def _claim_ids(state: ChronicleState) -> Iterator[str]:
    """The event ids of every live claim of ``state``."""
    for registry in (state.held, state.scheduled, state.postponed, state.cancelled):
        for report in registry.reports():
            yield report.event_id
    yield from state.decisions


def _frame(payload_of: object) -> bytes:
    return pickle.dumps(payload_of, protocol=_PROTOCOL)


def _records(kept: _Kept) -> list[tuple[str, bytes]]:
    """The payloads of a whole checkpoint's records: every part, the shared one, the head.

    The head comes last and names the digest of every other record: a reader that finds a
    record that is not the one its head names (a save cut short) rebuilds.
    """
    years = PART_YEARS
    split = kept.state.in_parts(years)
    state_common, state_parts = split.common, split.parts
    checked_common, checked_parts = (
        (None, {}) if kept.checked is None else kept.checked.in_parts(years)
    )
    text_common, text_parts = (
        (None, {}) if kept.text is None else kept.text.in_parts(split.meetings.__getitem__)
    )
    parts = sorted(set(state_parts) | set(checked_parts) | set(text_parts), key=_part_order)
    records: list[tuple[str, bytes]] = []
    if text_common is not None:
        text_common, pages = text_common.paged(kept.state.latest_published(), _frame)
        records += page_records(pages)
    digests: dict[Part, str] = {}
    for at in parts:
        part: _Part = (
            state_parts.get(at) or state_common.new_part(),
            None if checked_common is None else checked_parts.get(at, CheckedState()),
            None if text_common is None else text_parts.get(at, KeptCheckText()),
        )
        payload = _frame(part)
        digests[at] = hashlib.sha256(payload).hexdigest()
        records.append((_part_name(at), payload))
    state = kept.state
    common = _Common(list(state.articles), state_common.articles, split.fold_order(parts), parts)
    payload = _frame(common)
    records.append((_COMMON, payload))
    state_common.articles = {}
    top = kept.top
    head = _Head(
        last=kept.last,
        top=top,
        top_info=None if top is None else state.articles.get(top[1]),
        today=state.latest_published(),
        articles=len(state.articles),
        article_ids=_hashes(state.articles),
        claim_ids=_hashes(_claim_ids(state)),
        parts=digests,
        common=hashlib.sha256(payload).hexdigest(),
        years=years,
        state=state_common,
        checked=checked_common,
        text=text_common,
    )
    records.append((CHECKPOINT_NAME, _frame(head)))
    return records


def page_records(pages: list[tuple[int, bytes, bytes]]) -> list[tuple[str, bytes]]:
    """The records of pages of ``check``'s text: each page's rendered lines and its data."""
    records: list[tuple[str, bytes]] = []
    for page_id, rendered, data in pages:
        records += [(_lines_name(page_id), rendered), (_page_name(page_id), data)]
    return records


def _lines_name(page_id: int) -> str:
    return f"{CHECKPOINT_NAME}.lines.{page_id}"


def _page_name(page_id: int) -> str:
    return f"{CHECKPOINT_NAME}.page.{page_id}"


def _part_order(part: Part) -> tuple[str, int]:
    """Parts by body, then by years (the body's part of no span first)."""
    body, first = part
    return (body.value, -1 if first is None else first)


def _write(store: Store, position: int, records: list[tuple[str, bytes]]) -> bool:
    """Save ``records`` in order (the head last); ``False`` if the store keeps none."""
    try:
        for name, payload in records:
            store.save_checkpoint(name, encode_checkpoint(CHECKPOINT_VERSION, position, payload))
    except ChronicleError:
        return False  # a read-only store: the projection stands, uncheckpointed
    return True


def _save(store: Store, position: int, kept: _Kept) -> bool:
    return _write(store, position, _records(kept))


def checkpoint_records(store: Store) -> dict[str, bytes]:
    """Every record of the store's checkpoint as saved (head included), by name.

    For whoever copies or restores a checkpoint whole (the benchmarks do); records the
    head does not name are left out, and a store with no checkpoint gives none.
    """
    data = store.load_checkpoint(CHECKPOINT_NAME)
    if data is None:
        return {}
    found = {CHECKPOINT_NAME: data}
    head = _decode_head(data)
    if isinstance(head, str):
        return found
    pages = [] if head[1].text is None else head[1].text.pages()
    names = [_COMMON, *map(_part_name, head[1].parts)]
    names += [name for ref in pages for name in (_lines_name(ref.id), _page_name(ref.id))]
    for name in names:
        record = store.load_checkpoint(name)
        if record is not None:
            found[name] = record
    return found


def _decode_head(data: bytes) -> tuple[int, _Head] | str:
    """The position and head of a checkpoint, or the reason it cannot be used."""
    saved = decode_checkpoint(data, CHECKPOINT_VERSION)
    if isinstance(saved, str):
        return saved
    try:
        head = _unpickle_with_collector_paused(saved.payload)
    except Exception as exc:  # a checksum that holds over bad data: refuse, rebuild
        return f"the checkpoint does not load ({type(exc).__name__})"
    if not isinstance(head, _Head) or not isinstance(head.state, ChronicleState):
        return "the checkpoint does not hold a projected state"
    if head.checked is not None and not isinstance(head.checked, CheckedState):
        return "the checkpoint does not hold the checks' findings"
    if head.text is not None and (head.checked is None or not isinstance(head.text, KeptCheckText)):
        return "the checkpoint does not hold the text of check"
    return saved.position, head


def _load(store: Store, name: str, digest: str) -> Any:
    """The content of the record ``name`` if it is the one whose payload has ``digest``."""
    payload = _load_bytes(store, name, digest)
    try:
        return _unpickle_with_collector_paused(payload)
    except Exception as exc:  # a checksum that holds over bad data: refuse, rebuild
        raise _Unusable(f"the checkpoint does not load ({type(exc).__name__})") from exc


def _load_bytes(store: Store, name: str, digest: str) -> bytes:
    """The payload of the record ``name`` if it is the one whose payload has ``digest``."""
    data = store.load_checkpoint(name)
    saved = (
        "a part of the checkpoint is missing"
        if data is None
        else decode_checkpoint(data, CHECKPOINT_VERSION)
    )
    if isinstance(saved, str):
        raise _Unusable(saved)
    if saved.digest != digest:
        raise _Unusable("a part of the checkpoint is not the one its head names")
    return saved.payload


class _Pages:
    """The pages of ``check``'s text as saved in a store's checkpoint, each checked."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def data(self, ref: PageRef) -> PageData:
        """The data of the page ``ref`` names (:class:`_Unusable` if it is not that page's)."""
        data = _load(self._store, _page_name(ref.id), ref.data)
        if not (
            isinstance(data, tuple)
            and len(data) == 4
            and all(isinstance(column, list) for column in data[:3])
            and isinstance(data[3], dict)
            and len(data[0]) == len(data[1]) == ref.count
            and len(data[2]) in (0, ref.count)
        ):
            raise _Unusable("a page of the checkpoint's text does not hold what its head says")
        return data

    def rendered(self, ref: PageRef) -> bytes:
        """The rendered lines of the page ``ref`` names, as saved."""
        return _load_bytes(self._store, _lines_name(ref.id), ref.rendered)


class _Unusable(Exception):
    """A record of the checkpoint cannot be used; the message says why."""


def _load_part(store: Store, head: _Head, at: Part) -> _Part:
    """The record of the part ``at`` (an empty part where the checkpoint has none)."""
    digest = head.parts.get(at)
    if digest is None:
        return (
            head.state.new_part(),
            None if head.checked is None else CheckedState(),
            None if head.text is None else KeptCheckText(),
        )
    part = _load(store, _part_name(at), digest)
    if not (
        isinstance(part, tuple)
        and len(part) == 3
        and isinstance(part[0], ChronicleState)
        and isinstance(part[1], CheckedState | None)
        and isinstance(part[2], KeptCheckText | None)
        and (part[1] is None) == (head.checked is None)
        and (part[2] is None) == (head.text is None)
    ):
        raise _Unusable("a part of the checkpoint does not hold what its head says")
    return part


def _load_common(store: Store, head: _Head) -> _Common:
    common = _load(store, _COMMON, head.common)
    if not isinstance(common, _Common):
        raise _Unusable("the checkpoint's shared part does not hold what its head says")
    return common


def _whole(store: Store, head: _Head) -> _Kept | str:
    """The whole checkpoint: every part loaded and joined, the collector paused throughout.

    Joining the parts allocates between the loads: with the collector running, the
    collections it sets off would walk everything loaded so far again and again.
    """
    with _collector_paused():
        return _joined_whole(store, head)


def _joined_whole(store: Store, head: _Head) -> _Kept | str:
    try:
        common = _load_common(store, head)
        parts = [_load_part(store, head, at) for at in common.parts]
        text = None
        if head.text is not None:
            texts = [p[2] for p in parts if p[2] is not None]
            text = KeptCheckText.joined(head.text, texts, whole=True, source=_Pages(store))
    except _Unusable as exc:
        return str(exc)
    shared = head.state
    shared.articles = dict(common.claimless)
    state = ChronicleState.joined(
        shared, [part[0] for part in parts], order=common.order, articles=common.articles
    )
    checked = None
    if head.checked is not None:
        checked = CheckedState.joined(head.checked, [p[1] for p in parts if p[1] is not None])
    return _Kept(head.last, head.top, state, checked, text)
