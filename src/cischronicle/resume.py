"""Checkpointed projections: the state saved in parts with the position it reached, resumed.

:func:`project_store` folds a store into a :class:`ChronicleState`.  It starts from the
store's checkpoint when one holds, folding only the events stored after its position, and
saves a new checkpoint when it has folded enough.  The result always equals a full replay
(``project(store.events())``), so a checkpoint is used only when folding the newer events
after it gives the order a replay would: every new event belongs to an article that comes
after every article folded before (in chronicle order), or to the last of them.  Otherwise,
and when

- a new event retracts an event folded before the checkpoint,
- the checkpoint was written by another version of the codec, the projections or the checks
  (:data:`CHECKPOINT_VERSION`, a digest of their source), or a record of it fails its own
  checksum or is not the one its head names,
- the event at the checkpoint's position is no longer the one it folded (the store was
  replaced or rewritten),

the state is rebuilt from the start.

The checkpoint is kept in parts, one record each (made and read back by
:mod:`cischronicle._checkpoint_records`): a part per body (its
meetings of every kind, its decisions, the articles its claims come from, the verdicts of its
scheduled meetings, its rows of ``check``'s text), a shared part (the order everything was
folded in, the articles no claim comes from), the pages of the lines ``check`` prints (each
its lines as printed and, apart, the data they were worded from), and a head (where the
checkpoint stands, what every body shares, where each page starts, and the digest of every
other record).  Every lookup
of the fold and of the checks is by body first, so the events of one body change only its
part.  ``check`` resumes from the head and the parts of the bodies its new events name
(:func:`_resume_in_parts`); anything a part cannot answer for alone (a retraction, an
article recorded again, an event id seen before, a new widest column of the text) loads
every part, as does every other caller, and folds as before.

The store keeps each record as bytes it does not read (:mod:`cischronicle.store.checkpoint`:
header, position, checksum); this module and the records' own, above the projections and
the checks, decide what goes in them and read them back, with an unpickler that builds only
cischronicle's own value classes and plain containers, never anything else.
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
from collections.abc import Callable, Iterator
from typing import Literal

import attrs

from ._checkpoint_records import (
    _COMMON,
    CHECKPOINT_NAME,
    CHECKPOINT_VERSION,
    _Common,
    _decode_head,
    _frame,
    _has,
    _hashes,
    _Head,
    _Identity,
    _Kept,
    _load_common,
    _load_part,
    _Pages,
    _Part,
    _part_name,
    _part_order,
    _save,
    _Top,
    _Unusable,
    _whole,
    _write,
    checkpoint_records,
    page_records,
)
from ._index import lookup_keys
from .checks import CheckedState, Finding
from .errors import ChronicleError, ConcurrencyError, UsageError
from .events import ArticleRecorded, Event, EventRetracted
from .projections import Changes, ChronicleState, Part, StateParts, project
from .report.kept import CheckText, KeptCheckText
from .store.base import Store, StoredEvent, sort_key
from .values import Body, Date

__all__ = [
    "CHECKPOINT_NAME",
    "CHECKPOINT_VERSION",
    "RESAVE_AFTER",
    "Projected",
    "checkpoint_records",
    "project_store",
]


RESAVE_AFTER = 1000
"""A resumed projection saves a new checkpoint once it folds this many events after the old.

Fewer are folded again at every resume instead: a checkpoint costs as much to write as the
parts it changes are big, folding a few events almost nothing, and resuming from an older
checkpoint gives exactly the same result."""


Mode = Literal["rebuilt", "resumed"]


@attrs.frozen
class Projected:
    """What :func:`project_store` did: the state, where it reached, and how it got there.

    ``mode`` is ``resumed`` when a checkpoint was used (``folded`` events after it) and
    ``rebuilt`` when every event was folded; ``reason`` says why no checkpoint was used.
    ``findings`` are the checks' findings over the state (``run_checks(state)``), when they
    were asked for; ``text`` what ``cischronicle check`` prints, when it was asked for.
    ``state`` is the whole state; after a resume that loaded only some parts of the
    checkpoint (asked for ``text`` alone), it loads the others when first read.  ``parts``
    names the parts such a resume loaded, each a body and the first year of its span (``None``
    for the body's meetings of no one span; see ``docs/stores.md``); ``None`` when the whole
    checkpoint was loaded, or none.
    """

    _state: ChronicleState | Callable[[], ChronicleState] = attrs.field(alias="state")
    position: int | None
    mode: Mode
    folded: int
    reason: str = ""
    saved: bool = False
    findings: tuple[Finding, ...] | None = None
    text: CheckText | None = None
    parts: tuple[Part, ...] | None = None

    @property
    def state(self) -> ChronicleState:
        """The projected state (every event folded)."""
        state = self._state
        return state if isinstance(state, ChronicleState) else state()


@attrs.frozen
class _After:
    """The events stored after a checkpoint, in fold order, and where they reach."""

    events: list[StoredEvent]
    position: int
    last: _Identity | None
    top: _Top | None


@attrs.frozen(kw_only=True)
class _Asked:
    """What the caller of :func:`project_store` asked for besides the state."""

    save: bool
    checks: bool
    text: bool


def _identity(stored: StoredEvent) -> _Identity:
    return (stored.article, stored.seq, stored.prev, stored.event.id)


def _read_after(
    store: Store,
    position: int,
    last: _Identity | None,
    top: _Top | None,
    known: Callable[[str], _Top | None],
) -> _After | str:
    """The events after the checkpoint in fold order, or why folding them would be wrong.

    ``known`` gives the chronicle-order key of an article folded before, ``None`` for a new.
    """
    # One pass from the event at the checkpoint's position: it must be the one folded last.
    stream = store.events_after(max(0, position - 1))
    try:
        return _after(stream, position, last, top, known)
    finally:
        close = getattr(stream, "close", None)
        if close is not None:
            close()  # a pass left early ends here, not whenever it is collected


def _after(
    stream: Iterator[StoredEvent],
    position: int,
    last: _Identity | None,
    top: _Top | None,
    known: Callable[[str], _Top | None],
) -> _After | str:
    if position > 0:
        at = next(stream, None)
        if at is None or _identity(at) != last:
            return "the store no longer holds the events the checkpoint folded"
    keys: dict[str, _Top] = {}
    new: list[tuple[_Top, int, StoredEvent]] = []
    ids: set[str] = set()
    for stored in stream:
        article, event = stored.article, stored.event
        key = keys.get(article)
        if key is None:
            key = known(article)
            if key is not None:
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
    if not new:
        return _After([], position, last, top)
    reached = max(new, key=lambda item: item[2].position)[2]
    top = max([k for k, _, _ in new] + ([top] if top is not None else []))
    return _After([s for _, _, s in new], reached.position, _identity(reached), top)


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
    With ``text`` alone, a resume loads only the parts of the checkpoint that the new events
    concern; the rest of the state is loaded when ``Projected.state`` is first read.

    With ``refuse_empty``, a store that holds no event is refused (:class:`UsageError`)
    before anything is written to it; a store with a checkpoint holds events.
    """
    reason = "a rebuild was asked for"
    data = None if rebuild else store.load_checkpoint(CHECKPOINT_NAME)
    if refuse_empty and data is None and not store.sources():
        raise UsageError("no logs with events in the store", path=store.url)
    if not rebuild:
        asked = _Asked(save=save, checks=checks, text=text)
        outcome = "no checkpoint yet" if data is None else _resume_from(store, data, asked)
        if isinstance(outcome, Projected):
            return outcome
        reason = outcome
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
    return Projected(state, before, "rebuilt", state.event_count, reason, saved, findings, shown)


def _top(state: ChronicleState) -> _Top | None:
    keys = [sort_key(info.published, article) for article, info in state.articles.items()]
    return max(keys) if keys else None


def _resume_from(store: Store, data: bytes, asked: _Asked) -> Projected | str:
    """Resume from the checkpoint whose head is ``data``: in parts if that can be, else whole.

    A resume in parts changes the head it read as it folds: a whole resume after one that
    could not finish reads the head again.
    """
    decoded = _decode_head(data)
    if isinstance(decoded, str):
        return decoded
    position, head = decoded
    if asked.text and not asked.checks and head.text is not None:
        for narrow in (True, False):
            try:
                outcome = _resume_in_parts(store, position, head, asked, narrow=narrow)
            except _Unusable as exc:
                return str(exc)
            if outcome is not None and not isinstance(outcome, _Wider):
                return outcome
            again = _decode_head(data)  # the resume changed the head it read
            assert not isinstance(again, str)  # it decoded a moment ago
            head = again[1]
            if outcome is None:
                break
    whole = _whole(store, head)
    if isinstance(whole, str):
        return whole
    if not (asked.checks or asked.text):
        whole = attrs.evolve(whole, checked=None, text=None)
    state = whole.state
    changes = state.follow() if whole.checked is not None else None
    after = _read_after(store, position, whole.last, whole.top, _known_in(state))
    if isinstance(after, str):
        state.unfollow()
        return after
    for stored in after.events:
        state.apply(stored.event)
    state.unfollow()
    return _resumed(store, after, whole, changes, asked)


def _known_in(state: ChronicleState) -> Callable[[str], _Top | None]:
    def known(article: str) -> _Top | None:
        info = state.articles.get(article)
        return None if info is None else sort_key(info.published, article)

    return known


def _resumed(
    store: Store, after: _After, kept: _Kept, changes: Changes | None, asked: _Asked
) -> Projected:
    """The outcome of a whole resume: the checks and text brought up to date, saved if due."""
    save, checks, text = asked.save, asked.checks, asked.text
    state = kept.state
    folded = len(after.events)
    due = folded >= RESAVE_AFTER
    checked, kept_text = kept.checked, kept.text
    if checks or text:
        if checked is None or changes is None:
            checked = CheckedState.of(state)  # none kept: judge all, and keep them
            kept_text = None
            due = True
        elif folded:
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
    if save and due and after.position:
        again = _Kept(after.last, after.top, state, checked, kept_text)
        saved = _save(store, after.position, again)
    findings = None if checked is None or not checks else checked.findings(state)
    return Projected(state, after.position, "resumed", folded, "", saved, findings, shown)


class _Wider:
    """What a resume in parts that needs every part of the bodies its new claims name says."""


_WIDER = _Wider()


def _resume_in_parts(
    store: Store, position: int, head: _Head, asked: _Asked, *, narrow: bool
) -> Projected | str | _Wider | None:
    """Resume ``check``'s text from the head and the parts around the new claims.

    ``narrow``: the parts of the years around each new claim (:class:`_Reach`), else every
    part of the bodies they name.  ``_WIDER`` when a narrow resume finds that the fold
    reached further (and a resume of the bodies' every part is to be made instead).
    ``None`` when the new events need the whole checkpoint: a retraction, an article
    recorded again, an event id folded before (or whose hash matches one), a change the
    fold cannot follow narrowly, a meeting that moves to another part, or a new widest
    column of the text.  A string when no resume is exact (see :func:`_read_after`).
    """
    top_info = head.top_info

    def known(article: str) -> _Top | None:
        if not _has(head.article_ids, article):
            return None
        if top_info is not None and top_info.article == article:
            return sort_key(top_info.published, article)
        return (_dt.date.min, "")  # folded before, and not last: never the top

    after = _read_after(store, position, head.last, head.top, known)
    if isinstance(after, str):
        return after
    reach = _Reach(head)
    ids: set[str] = set()
    recorded: list[ArticleRecorded] = []
    for stored in after.events:
        event: Event = stored.event
        if isinstance(event, EventRetracted):
            return None
        if isinstance(event, ArticleRecorded):
            if _has(head.article_ids, event.provenance.article):
                return None
            recorded.append(event)
            continue
        if event.id in ids or _has(head.claim_ids, event.id):
            return None
        ids.add(event.id)
        if narrow:
            reach.around(event.meeting.body, event.meeting.date)
        else:
            reach.whole(event.meeting.body)
    assert head.checked is not None and head.text is not None
    loaded = {at: _load_part(store, head, at) for at in sorted(reach.parts(), key=_part_order)}
    shared = head.state
    if top_info is not None:
        shared.articles[top_info.article] = top_info
    state = ChronicleState.joined(shared, [part[0] for part in loaded.values()])
    checked = CheckedState.joined(head.checked, [p[1] for p in loaded.values() if p[1] is not None])
    texts = [p[2] for p in loaded.values() if p[2] is not None]
    text = KeptCheckText.joined(head.text, texts, whole=False, source=_Pages(store))
    changes = state.follow()
    for stored in after.events:
        state.apply(stored.event)
    state.unfollow()
    if changes.everything or _moved(state, changes, loaded, head.years):
        return None
    if not all(reach.holds(body, date, 2) for body, date in changes.meetings):
        return _WIDER
    judged = checked.update(state, changes)
    for key in judged:
        meeting = state.scheduled.get(key)
        if meeting is not None and not reach.holds(meeting.body, meeting.date, 1):
            return _WIDER
    text.update(state, checked, changes, judged)
    if text.needs_all():
        return None
    days = [e.published for e in recorded if e.published is not None]
    today = max([*days, *([head.today] if head.today is not None else [])], default=None)
    shown = text.printed(today, head.articles + len(recorded), checked)
    folded = _Folded(after, state, changes, [e.provenance.article for e in recorded], ids)
    resumed = _InParts(store, head, folded)
    saved = False
    if asked.save and len(after.events) >= RESAVE_AFTER and after.position:
        try:
            records = resumed.records(checked, text, today)
        except _Unusable:
            records = None  # the checkpoint was saved again meanwhile: leave it
        saved = records is not None and _write(store, after.position, records)
    return Projected(
        functools.cache(resumed.state),
        after.position,
        "resumed",
        len(after.events),
        "",
        saved,
        None,
        shown,
        tuple(loaded),
    )


class _Reach:
    """The parts of a checkpoint a resume in parts loads, and whether a lookup stays in them.

    Every lookup of the fold and of the checks is by body, then by the index's keys of a
    date (:func:`cischronicle._index.lookup_keys`): for a date within known years ``first``
    to ``last`` (at most a year apart), the meetings filed under those years and those of
    no one year (undated, year-less, over several years), which the body's part of no span
    holds; for any other date, the body's meetings of every year.  Folding a new claim
    reads the meetings its date can reach; the checks then judge again the scheduled
    meetings near each meeting the fold changed (compatible with it, or dated within a year
    of it), and each of those reads the meetings of its own years and a year around.  So a
    claim of a known year needs the parts of the body's years two around its own, and of no
    span; what the fold and the checks then reach is checked against what was loaded
    (:meth:`holds`), and a lookup beyond it (a meeting with no known year changed, a
    scheduled meeting of no known year judged again) loads every part of the body.
    """

    def __init__(self, head: _Head) -> None:
        self._head = head
        self._years: dict[Body, set[int | None]] = {}  # the parts' first years, by body
        self._whole: set[Body] = set()

    def _span(self, date: Date | None) -> tuple[int, int] | None:
        """The known years of ``date`` if a lookup of it reads only those (and no span's)."""
        first = None if date is None else date.earliest()
        last = None if date is None else date.latest()
        if first is None or last is None or lookup_keys(date) is None:
            return None
        return first.year, last.year

    def _starts(self, first: int, last: int) -> set[int | None]:
        years = self._head.years
        return {*range(first - first % years, last + 1, years), None}

    def around(self, body: Body, date: Date | None) -> None:
        """Load the parts a new claim of ``body`` dated ``date`` reaches."""
        span = self._span(date)
        if span is None:
            self.whole(body)
        elif body not in self._whole:
            first, last = span
            self._years.setdefault(body, set()).update(self._starts(first - 2, last + 2))

    def whole(self, body: Body) -> None:
        """Load every part of ``body``."""
        self._whole.add(body)

    def parts(self) -> set[Part]:
        """The parts to load."""
        found = {(body, first) for body, starts in self._years.items() for first in starts}
        for body in self._whole:
            found |= {at for at in self._head.parts if at[0] == body} | {(body, None)}
        return found

    def holds(self, body: Body, date: Date | None, around: int) -> bool:
        """Whether the parts loaded hold every meeting ``around`` years about ``date``."""
        if body in self._whole:
            return True
        span = self._span(date)
        if span is None:
            return False
        first, last = span
        return self._starts(first - around, last + around) <= self._years.get(body, set())


def _moved(
    state: ChronicleState, changes: Changes, loaded: dict[Part, _Part], years: int
) -> bool:
    """Whether a meeting the fold changed now belongs to another part than it was loaded from.

    Its reports' place in the order everything was folded in is kept by part: a whole
    resume saves them anew.
    """
    for kind, key in changes.keys:
        now = state.part_holding(kind, key, years)
        for at, part in loaded.items():
            if at != now and part[0].part_holding(kind, key, years) is not None:
                return True
    return False


@attrs.frozen
class _Folded:
    """A resume in parts: the events folded, the state of the parts loaded, what changed."""

    after: _After
    state: ChronicleState
    changes: Changes
    articles: list[str]  # the articles recorded, in fold order
    claims: set[str]  # the event ids of the claims folded


class _InParts:
    """A resume in parts, folded: what saving it and reading the whole state need.

    Both read the shared record as the resume found it (once), and the parts' state split
    again (once); reading the whole state loads the parts the resume did not.  No meeting
    moved from one part to another (:func:`_moved`), so the claims of every part kept their
    place in the order everything was folded in, and the new ones come after them.
    """

    def __init__(self, store: Store, head: _Head, folded: _Folded) -> None:
        self._store, self._head, self._folded = store, head, folded

    @functools.cached_property
    def _split(self) -> StateParts:
        return self._folded.state.in_parts(self._head.years)

    @functools.cached_property
    def _common(self) -> _Common:
        """The shared record with the articles and claims folded added."""
        common = _load_common(self._store, self._head)
        split = self._split
        new = sorted((at for at in split.parts if at not in common.parts), key=_part_order)
        parts = [*common.parts, *new]
        at = {part: chr(n) for n, part in enumerate(parts)}
        order = dict(common.order)
        for kind, event_id in self._folded.changes.added:
            order[kind] = order.get(kind, "") + at[split.claims[kind][event_id]]
        articles = [*common.articles, *self._folded.articles]
        return _Common(articles, {**common.claimless, **split.common.articles}, order, parts)

    def state(self) -> ChronicleState:
        """The whole state: the parts folded joined with the others as saved."""
        try:
            common = self._common
            split = self._split
            others = {
                at: _load_part(self._store, self._head, at)[0]
                for at in common.parts
                if at not in split.parts
            }
        except _Unusable as exc:
            raise ConcurrencyError(
                "the checkpoint was saved again before the state resumed from it was read"
                " whole: project the store again"
            ) from exc
        joined = [split.parts[at] if at in split.parts else others[at] for at in common.parts]
        shared = split.common
        shared.articles = dict(common.claimless)
        return ChronicleState.joined(shared, joined, order=common.order, articles=common.articles)

    def records(
        self, checked: CheckedState, text: KeptCheckText, today: _dt.date | None
    ) -> list[tuple[str, bytes]]:
        """The records to save: the parts folded into, the shared one, then the head."""
        head, folded, common = self._head, self._folded, self._common
        split = self._split
        shared, parts = split.common, split.parts
        checked_common, checked_parts = checked.in_parts(head.years)
        text_common, text_parts = text.in_parts(split.meetings.__getitem__)
        text_common, pages = text_common.paged(today, _frame)
        records = page_records(pages)
        digests = dict(head.parts)
        for at in sorted(parts, key=_part_order):
            part: _Part = (
                parts[at],
                checked_parts.get(at, CheckedState()),
                text_parts.get(at, KeptCheckText()),
            )
            payload = _frame(part)
            digests[at] = hashlib.sha256(payload).hexdigest()
            records.append((_part_name(at), payload))
        payload = _frame(common)
        records.append((_COMMON, payload))
        after = folded.after
        top_info = None if after.top is None else folded.state.articles.get(after.top[1])
        articles, shared.articles = shared.articles, {}  # kept in the shared record
        try:
            new_head = _Head(
                last=after.last,
                top=after.top,
                top_info=top_info,
                today=today,
                articles=len(common.articles),
                article_ids=_hashes(folded.articles, head.article_ids),
                claim_ids=_hashes(folded.claims, head.claim_ids),
                parts=digests,
                common=hashlib.sha256(payload).hexdigest(),
                years=head.years,
                state=shared,
                checked=checked_common,
                text=text_common,
            )
            records.append((CHECKPOINT_NAME, _frame(new_head)))
        finally:
            shared.articles = articles
        return records
