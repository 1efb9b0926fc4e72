"""The text ``cischronicle check`` prints, kept with a checkpoint and brought up to date.

:func:`~cischronicle.report.text.check_text` words every meeting and finding of a view at
each call: at 1e5 events, building the view and wording it cost more than everything else a
resumed ``check`` does.  A :class:`KeptCheckText` keeps each meeting's line and each
scheduled meeting's finding line, worded once, in the order ``check_text`` prints them.
After a fold it words again only the meetings the fold made, joined or took apart, the
scheduled meetings the checks judged again, and those whose wording reads a meeting that
changed (the held meeting a plan became, the postponements it was put off by); printing is
then a join of kept lines.  The verdicts no report decides (pending or unconfirmed,
:meth:`~cischronicle.checks.CheckedState.finding`) are worded at every print, as they depend
on the knowledge date that every new article may move; the findings of the checks over every
report are kept up to date by :class:`~cischronicle.checks.CheckedState` and only joined.

The lines are kept in pages, runs of each kind's lines in print order: saved, a page is its
lines rendered as bytes and, apart, the data they were worded from (:meth:`KeptCheckText.paged`).
A text joined from a checkpoint loads a page's data only when a change falls in it, and
prints every other page's bytes as saved, only the knowledge date of its open verdicts
filled in, so that a resumed ``check`` words and joins no more than the pages it changed.

The text always equals ``check_text(build_view(state, findings=...))`` over the same state
(a property test folds random chronicles and compares them).
"""

from __future__ import annotations

import bisect
import datetime as _dt
import hashlib
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO, Protocol, cast

import attrs

from ..checks import SCHEDULED_CHECK, CheckedState, Finding, due_verdict
from ..consistency import STRICT_VERDICTS, inconsistencies
from ..projections import Changes, ChronicleState, Meeting, MeetingRegistry, Part
from ..values import Body, Date
from .text import (
    check_head,
    due_detail,
    entry_columns,
    finding_line,
    open_detail,
    plural,
    scheduled_detail,
    scheduled_heading,
    section_heading,
    sources_text,
    status_text,
    verdict_line,
)
from .view import KINDS, Entry, Kind, new_dates

__all__ = ["PAGE_LINES", "CheckText", "KeptCheckText", "PageData", "PageRef", "PageSource"]

_SortKey = tuple[int, _dt.date, str]

# One meeting, worded: the sort string of its line (see _sort_string), its three columns,
# its status (None for a meeting held: no status column), its sources, and its body.
_Row = tuple[str, str, str, str, "str | None", str, Body]

# A scheduled meeting no report decides, worded at each print: its three columns, its
# sources, its finding's heading, the last day it may be on (None: no date or no known year),
# and why it is pending when that day is unknown (None when it is known).
_OpenRow = tuple[str, str, str, str, str, "_dt.date | None", "str | None"]

_KEY_AT = 11
"""Where a meeting's key starts in its sort string: after the flag and the ISO date."""


def _sort_string(key: _SortKey) -> str:
    """A meeting's sort key as a string that sorts as the key does: flag, ISO day, key.

    An ISO date has ten characters for every year a ``date`` can hold, so comparing the
    strings compares the flags, then the days, then the keys.
    """
    flag, day, name = key
    return f"{flag}{day.isoformat()}{name}"


@attrs.frozen
class CheckText:
    """What ``check`` prints, and what decides its exit.

    ``findings`` are the findings of the checks over every report (conflicting reports,
    meetings held after their publication), ``unconfirmed`` how many scheduled meetings no
    report decides were due by the knowledge date: with the verdicts that reports decide
    (held, moved, postponed, cancelled), which are never inconsistent, and those still
    pending, all that :func:`~cischronicle.consistency.inconsistencies` can count.

    The text is kept as ``lines``: runs of lines in UTF-8 (a page's, or one line), which
    are printed one after the other with a newline after each; :meth:`write` writes them
    as they are, without joining them first.
    """

    lines: tuple[bytes | memoryview, ...]
    findings: tuple[Finding, ...]
    unconfirmed: int = 0

    @property
    def text(self) -> str:
        """What ``check`` prints, as one string."""
        return (b"\n".join(self.lines) + b"\n").decode()

    def write(self, stream: BinaryIO) -> None:
        """Write what ``check`` prints to ``stream``, in UTF-8."""
        stream.writelines(piece for run in self.lines for piece in (run, b"\n"))

    def inconsistent(self, *, strict: bool = False) -> bool:
        """Whether ``check`` exits 1: a finding says sources disagree.

        With ``strict``, also a scheduled meeting that was due and that no report decides.
        """
        if inconsistencies(self.findings, strict=strict):
            return True
        counted = STRICT_VERDICTS.get(SCHEDULED_CHECK, frozenset())
        return strict and self.unconfirmed > 0 and "unconfirmed" in counted


PAGE_LINES = 2048
"""How many lines a page of ``check``'s text holds when a save splits it (past twice as many).

Each kind's lines are kept in pages, contiguous runs of the print order: a resume loads and
words again only the pages its changes fall in, and prints every other page as the bytes a
save rendered (see :class:`KeptCheckText`)."""

_FILL_PENDING = b"p"
_FILL_UNCONFIRMED = b"u"


@attrs.frozen
class PageRef:
    """What a checkpoint's head keeps of a saved page of ``check``'s text.

    ``id`` names the page's two records (its rendered lines, and the data they were worded
    from), ``first`` is the lowest sort string the page may hold (the next page's is its
    bound), ``count`` how many meetings it holds.  The rendered record is the page's lines
    of its section, then (``split`` bytes on) its finding lines; the open verdicts in it are
    worded as of the day it was saved, their details left as ``%(p)s`` or ``%(u)s`` (with
    every ``%`` doubled) where ``holes``.  The words hold on a later day while no meeting
    saved as pending has passed its last day (``pending_from``, the earliest of them) and
    every one saved as unconfirmed (``unconfirmed_to``, the latest, ``unconfirmed`` of them)
    still has.  ``rendered`` and ``data`` are the SHA-256 of the two records' payloads.
    """

    id: int
    first: str
    count: int
    split: int
    holes: bool
    pending_from: _dt.date | None
    unconfirmed_to: _dt.date | None
    unconfirmed: int
    rendered: str
    data: str

    def holds(self, today: _dt.date | None) -> bool:
        """Whether the verdicts saved in the page are still those as of ``today``."""
        if today is None:
            return self.unconfirmed_to is None
        pending = self.pending_from is None or self.pending_from >= today
        return pending and (self.unconfirmed_to is None or self.unconfirmed_to < today)


PageData = tuple[list[str], list["str | None"], list["str | None"], dict[str, _OpenRow]]
"""A page's data: its sort strings, its lines, its finding lines, its open verdicts' rows."""


class PageSource(Protocol):
    """Where the pages of a text joined from a checkpoint are read from, when first needed."""

    def data(self, ref: PageRef) -> PageData:
        """The data of the page ``ref`` names."""

    def rendered(self, ref: PageRef) -> bytes:
        """The rendered lines of the page ``ref`` names."""


class _Page:
    """A contiguous run of one kind's lines in print order: loaded, or named by its ``ref``.

    ``ref`` is the page as saved, ``None`` once it changed (or was never saved); a page not
    loaded (``keys`` is ``None``) is printed from its saved bytes.
    """

    __slots__ = ("first", "found", "id", "keys", "lines", "open", "ref")

    def __init__(self, page_id: int, first: str, ref: PageRef | None = None) -> None:
        self.id, self.first, self.ref = page_id, first, ref
        self.keys: list[str] | None = None if ref is not None else []
        self.lines: list[str | None] = []
        self.found: list[str | None] = []
        self.open: dict[str, _OpenRow] = {}

    def count(self) -> int:
        """How many meetings the page holds."""
        if self.keys is not None:
            return len(self.keys)
        return 0 if self.ref is None else self.ref.count


def _escaped(text: str) -> str:
    return text.replace("%", "%%")


class KeptCheckText:
    """The lines of ``check``'s text over a state, kept up to date as the state grows.

    What is printed is kept as plain strings in the order printed, in pages of each kind
    (:class:`_Page`): for each meeting its sort string and its padded line, and every
    scheduled meeting's finding line; a scheduled meeting no report decides is kept as what
    its line is worded from at each print.  Beside them, the rows the lines were worded from,
    which an update reads to take a meeting's line out and to pad the lines again.  Split in
    parts (:meth:`in_parts`), the pages are the shared part; saved (:meth:`paged`), each page
    becomes two records, its lines rendered as bytes and the data they were worded from, and
    the shared part keeps a :class:`PageRef` of each.  A text joined from the shared part and
    some parts (:meth:`joined`) loads a page's data only when a change falls in it, and
    prints every other page from its rendered bytes.
    """

    __slots__ = (
        "_dependents",
        "_deps",
        "_next",
        "_padded",
        "_pages",
        "_pending",
        "_rows",
        "_source",
        "_whole",
        "_widths",
    )

    def __init__(self) -> None:
        """Nothing worded yet (see :meth:`of`)."""
        self._rows: dict[str, dict[str, _Row]] = {kind: {} for kind in KINDS}
        # Printed, in order: each kind's pages, the first of which starts at "".
        self._pages: dict[str, list[_Page]] = {kind: [_Page(0, "")] for kind in KINDS}
        self._next = 1  # the id of the next new page
        self._source: PageSource | None = None
        # How many meetings have a column of each width: the widest sets the padding.
        self._widths: tuple[dict[int, int], ...] = ({}, {}, {})
        self._padded: tuple[int, int, int] = (0, 0, 0)
        self._pending: set[tuple[str, str]] = set()  # lines to pad at the next print
        self._whole = True  # every row is here (not some bodies' only)
        # Scheduled meetings whose wording reads a held or postponed meeting, both ways.
        self._deps: dict[str, tuple[tuple[str, str], ...]] = {}
        self._dependents: dict[tuple[str, str], set[str]] = {}

    def __getstate__(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.__slots__ if name != "_source"}

    def __setstate__(self, state: dict[str, object]) -> None:
        self._source = None
        for name, value in state.items():
            setattr(self, name, value)

    @classmethod
    def of(cls, state: ChronicleState, checked: CheckedState) -> KeptCheckText:
        """Word every meeting of ``state``, with the findings ``checked`` keeps."""
        kept = cls()
        kept._pages = {kind: [_Page(n, "")] for n, kind in enumerate(KINDS)}
        kept._next = len(KINDS)
        for kind in KINDS:
            for meeting in _registry(state, kind).by_date():
                kept._add(state, checked, kind, meeting)
        return kept

    def update(
        self,
        state: ChronicleState,
        checked: CheckedState,
        changes: Changes,
        judged: Iterable[str],
    ) -> None:
        """Word again what the fold that noted ``changes`` changed (``judged``: re-judged)."""
        if changes.everything:
            fresh = KeptCheckText.of(state, checked)
            fresh._next = max(self._next, fresh._next)
            for name in self.__slots__:
                setattr(self, name, getattr(fresh, name))
            return
        stale: dict[str, set[str]] = {kind: set() for kind in KINDS}
        for kind, key in changes.keys:
            if kind in stale:
                stale[kind].add(key)
                stale["scheduled"] |= self._dependents.get((kind, key), set())
        stale["scheduled"].update(judged)
        for kind in KINDS:
            registry = _registry(state, kind)
            for key in stale[kind]:
                self._remove(kind, key)
                meeting = registry.get(key)
                if meeting is not None:
                    self._add(state, checked, kind, meeting)

    def _page(self, kind: str, sort: str) -> _Page:
        """The page of ``kind`` that holds (or would hold) the sort string ``sort``, loaded."""
        pages = self._pages[kind]
        lo, hi = 0, len(pages)
        while hi - lo > 1:  # the last page whose first is at most ``sort``
            mid = (lo + hi) // 2
            if pages[mid].first <= sort:
                lo = mid
            else:
                hi = mid
        return self._loaded(pages[lo])

    def _loaded(self, page: _Page) -> _Page:
        if page.keys is None:
            if self._source is None or page.ref is None:
                raise ValueError("a page of the text is neither loaded nor saved")
            page.keys, page.lines, page.found, page.open = self._source.data(page.ref)
        return page

    def _add(
        self, state: ChronicleState, checked: CheckedState, kind: Kind, meeting: Meeting
    ) -> None:
        key = meeting.key
        finding: Finding | None = None
        if kind == "scheduled":
            entry, deps = _scheduled_entry(state, checked, meeting)
            finding = entry.finding
            if deps:
                self._deps[key] = deps
                for dep in deps:
                    self._dependents.setdefault(dep, set()).add(key)
        elif kind == "postponed":
            entry = Entry(kind, meeting, new_dates=new_dates([meeting]))
        else:
            entry = Entry(kind, meeting)
        columns = entry_columns(entry)
        status: str | None = None if kind == "held" else status_text(entry)
        if status is not None:
            status = status.removeprefix("scheduled: ")
        sources = sources_text(meeting.sources)
        sort = _sort_string(meeting.sort_key())
        self._rows[kind][key] = (sort, *columns, status, sources, meeting.body)
        page = self._page(kind, sort)
        page.ref = None
        keys = page.keys
        assert keys is not None
        at = bisect.bisect_left(keys, sort)
        keys.insert(at, sort)
        page.lines.insert(at, None)
        for counts, column in zip(self._widths, columns, strict=True):
            counts[len(column)] = counts.get(len(column), 0) + 1
        if finding is None:
            self._pending.add((kind, key))
            return
        if checked.is_open(key):
            heading = scheduled_heading(entry)
            date = meeting.date
            latest = None if date is None else date.latest()
            fixed = None if latest is not None else open_detail("pending", date, None)
            page.open[key] = (*columns, sources, heading, latest, fixed)
            page.found.insert(at, None)
            return
        held = None if entry.outcome is None else state.held.get(entry.outcome)
        outcome = None if held is None else Entry("held", held)
        text = scheduled_detail(entry, outcome, None)
        page.found.insert(at, finding_line(finding, scheduled_heading(entry) + text))
        self._pending.add((kind, key))

    def _remove(self, kind: str, key: str) -> None:
        row = self._rows[kind].pop(key, None)
        if row is None:
            return
        page = self._page(kind, row[0])
        page.ref = None
        keys = page.keys
        assert keys is not None
        at = bisect.bisect_left(keys, row[0])
        del keys[at]
        del page.lines[at]
        if kind == "scheduled":
            del page.found[at]
            page.open.pop(key, None)
        for counts, column in zip(self._widths, row[1:4], strict=True):
            left = counts[len(column)] - 1
            if left:
                counts[len(column)] = left
            else:
                del counts[len(column)]
        self._pending.discard((kind, key))
        for dep in self._deps.pop(key, ()) if kind == "scheduled" else ():
            dependents = self._dependents[dep]
            dependents.discard(key)
            if not dependents:
                del self._dependents[dep]

    def _widest(self) -> tuple[int, int, int]:
        return (
            max(self._widths[0], default=0),
            max(self._widths[1], default=0),
            max(self._widths[2], default=0),
        )

    def needs_all(self) -> bool:
        """Whether the next print pads every line again, from rows this text does not hold.

        Only a text joined from some bodies' parts can lack rows; a new widest column (a
        longer date, place or body than any before) pads every line again.
        """
        return not self._whole and self._widest() != self._padded

    def _settle(self) -> None:
        """Pad the lines still to pad: all of them, for a new widest column."""
        widths = self._widest()
        if widths != self._padded:
            if not self._whole:
                raise ValueError("a new widest column pads lines of parts not held")
            self._padded = widths
            self._pending = {(kind, key) for kind in KINDS for key in self._rows[kind]}
        for kind, key in self._pending:
            row = self._rows[kind][key]
            page = self._page(kind, row[0])
            page.ref = None
            if kind == "scheduled" and key in page.open:
                continue
            keys = page.keys
            assert keys is not None
            page.lines[bisect.bisect_left(keys, row[0])] = self._line(row)
        self._pending = set()

    def _line(self, row: _Row) -> str:
        _, date, place, body, status, sources, _ = row
        return self._padded_line(date, place, body, status, sources)

    def _padded_line(
        self, date: str, place: str, body: str, status: str | None, sources: str
    ) -> str:
        wd, wp, wb = self._padded  # the widths of the date, place and body columns
        extra = "" if status is None else f"  {status}"
        return f"  {date:<{wd}}  {place:<{wp}}  {body:<{wb}}{extra}  {sources}"

    def text(self, state: ChronicleState, checked: CheckedState) -> CheckText:
        """What ``check`` prints over ``state`` (the state this was kept up to date with)."""
        return self.printed(state.latest_published(), len(state.articles), checked)

    def _worded(
        self, kind: str, page: _Page, today: _dt.date | None, template: bool
    ) -> tuple[list[str], list[str], int, list[_dt.date]]:
        """A loaded page's lines and finding lines as of ``today``, and its open verdicts.

        With ``template``, every ``%`` of the finding lines is doubled and the detail of an
        open verdict of a known year is left as ``%(p)s`` or ``%(u)s``.  Also given: how many
        open verdicts are unconfirmed, and the last days of those of a known year.
        """
        keys = page.keys
        assert keys is not None
        if kind != "scheduled":
            return cast("list[str]", page.lines), [], 0, []
        lines, found = list(page.lines), list(page.found)
        unconfirmed = 0
        days: list[_dt.date] = []
        details = {verdict: due_detail(verdict, today) for verdict in ("pending", "unconfirmed")}
        holes: dict[int, str] = {}
        for at in _open_at(lines):
            date, place, body, sources, heading, latest, fixed = page.open[keys[at][_KEY_AT:]]
            verdict = due_verdict(latest, today)
            unconfirmed += verdict == "unconfirmed"
            lines[at] = self._padded_line(date, place, body, verdict, sources)
            if latest is not None:
                days.append(latest)
            if template and fixed is None:
                found[at] = verdict_line(verdict, heading)
                holes[at] = "%(p)s" if verdict == "pending" else "%(u)s"
            else:
                found[at] = verdict_line(verdict, heading + (fixed or details[verdict]))
        if holes:
            found = [
                _escaped(cast("str", line)) + holes.get(at, "") for at, line in enumerate(found)
            ]
        return cast("list[str]", lines), cast("list[str]", found), unconfirmed, days

    def printed(self, today: _dt.date | None, articles: int, checked: CheckedState) -> CheckText:
        """What ``check`` prints as of ``today`` over a chronicle of ``articles`` articles.

        ``checked`` gives the findings over every report; the rest is kept here.  A page
        loaded is worded from its lines, its open verdicts as of ``today``; a page not loaded
        is printed from its saved bytes, its open verdicts' details filled in, unless one of
        them changed verdict since (the page is then loaded).
        """
        self._settle()
        fill = {
            _FILL_PENDING: due_detail("pending", today).encode(),
            _FILL_UNCONFIRMED: due_detail("unconfirmed", today).encode(),
        }
        out: list[bytes | memoryview] = ["\n".join(check_head(today, articles)).encode()]
        found: list[bytes | memoryview] = []
        unconfirmed = scheduled = 0
        for kind in KINDS:
            pages = self._pages[kind]
            count = sum(page.count() for page in pages)
            scheduled += count if kind == "scheduled" else 0
            out += [b"", section_heading(kind, count).encode()]
            for page in pages:
                if not page.count():
                    continue
                ref = page.ref
                if page.keys is None and ref is not None and ref.holds(today):
                    assert self._source is not None
                    data = memoryview(self._source.rendered(ref))
                    out.append(data[: ref.split])
                    if kind == "scheduled":
                        blob = data[ref.split :]
                        found.append(blob.tobytes() % fill if ref.holes else blob)
                        unconfirmed += ref.unconfirmed
                    continue
                if ref is not None and not ref.holds(today):
                    self._loaded(page).ref = None  # a verdict changed: worded, saved again
                lines, founds, counted, _ = self._worded(kind, self._loaded(page), today, False)
                unconfirmed += counted
                out.append("\n".join(lines).encode())
                if founds:
                    found.append("\n".join(founds).encode())
        others = checked.reports_findings()
        count = scheduled + len(others)
        bad = inconsistencies(others)
        out += [b"", b"Findings:" if count else b"Findings: none", *found]
        out += [finding_line(f, f"{f.check}: {f.message}").encode() for f in others]
        out += [b"", f"{plural(count, 'finding')}, {len(bad)} inconsistent".encode()]
        return CheckText(tuple(out), others, unconfirmed)

    def paged(
        self, today: _dt.date | None, frame: Callable[[PageData], bytes]
    ) -> tuple[KeptCheckText, list[tuple[int, bytes, bytes]]]:
        """The shared text to save, and the records of the pages that changed since loaded.

        Each record is a page's id, its rendered lines (open verdicts as of ``today``) and
        its data (``frame`` makes the payload).  A page grown past twice :data:`PAGE_LINES`
        lines is split in runs of that many.  The shared text keeps a :class:`PageRef` of
        every page, of those saved before as it was.
        """
        self._settle()
        saved = KeptCheckText()
        saved._widths, saved._padded, saved._whole = self._widths, self._padded, True
        records: list[tuple[int, bytes, bytes]] = []
        size = max(1, PAGE_LINES)
        for kind in KINDS:
            pages: list[_Page] = []
            for page in self._pages[kind]:
                if page.ref is not None:
                    pages.append(_Page(page.id, page.first, page.ref))
                    continue
                keys = page.keys
                assert keys is not None
                starts = range(0, len(keys), size) if len(keys) > 2 * size else range(1)
                for start in starts:
                    end = len(keys) if len(starts) == 1 else start + size
                    page_id = page.id if start == 0 else self._next
                    self._next += start != 0
                    first = page.first if start == 0 else keys[start]
                    run = _Page(page_id, first)
                    run.keys, run.lines = keys[start:end], page.lines[start:end]
                    if kind == "scheduled":
                        run.found = page.found[start:end]
                        run.open = {k[_KEY_AT:]: page.open[k[_KEY_AT:]] for k in run.keys
                                    if k[_KEY_AT:] in page.open}
                    ref, rendered, data = self._saved(kind, run, today, frame)
                    records.append((page_id, rendered, data))
                    pages.append(_Page(page_id, first, ref))
            saved._pages[kind] = pages
        saved._next = self._next
        return saved, records

    def _saved(
        self,
        kind: str,
        page: _Page,
        today: _dt.date | None,
        frame: Callable[[PageData], bytes],
    ) -> tuple[PageRef, bytes, bytes]:
        """A page's ref, rendered lines and data payload."""
        lines, found, unconfirmed, days = self._worded(kind, page, today, True)
        holes = bool(days)
        text = "\n".join(lines).encode()
        blob = "\n".join(found).encode() if found else b""
        pending = [d for d in days if due_verdict(d, today) == "pending"]
        due = [d for d in days if due_verdict(d, today) == "unconfirmed"]
        assert page.keys is not None
        data = frame((page.keys, page.lines, page.found, page.open))
        ref = PageRef(
            id=page.id,
            first=page.first,
            count=len(page.keys),
            split=len(text),
            holes=holes,
            pending_from=min(pending, default=None),
            unconfirmed_to=max(due, default=None),
            unconfirmed=unconfirmed,
            rendered=hashlib.sha256(text + blob).hexdigest(),
            data=hashlib.sha256(data).hexdigest(),
        )
        return ref, text + blob, data

    def pages(self) -> list[PageRef]:
        """The refs of every saved page (of a text returned by :meth:`paged`)."""
        return [page.ref for kind in KINDS for page in self._pages[kind] if page.ref is not None]

    def in_parts(
        self, where: Callable[[tuple[str, str]], Part]
    ) -> tuple[KeptCheckText, dict[Part, KeptCheckText]]:
        """The text in parts: the printed lines, and the rows of each part of the state.

        ``where`` gives the part of the state a meeting is in, by its kind and key
        (:attr:`~cischronicle.projections.StateParts.meetings`).  Lines still to pad are
        padded first.  A scheduled meeting's wording reads meetings its check looked at,
        of its own body; a part keeps, beside its rows, which of its scheduled meetings
        read which meeting, so that a change of that meeting words them again when their
        part is loaded (``cischronicle.resume`` says which parts are).  :meth:`joined`
        puts parts together; :meth:`paged` makes the shared part's records.
        """
        self._settle()
        common = KeptCheckText()
        for name in ("_pages", "_next", "_source", "_widths", "_padded"):
            setattr(common, name, getattr(self, name))
        parts: dict[Part, KeptCheckText] = {}
        for kind in KINDS:
            for key, row in self._rows[kind].items():
                parts.setdefault(where((kind, key)), KeptCheckText())._rows[kind][key] = row
        for key, deps in self._deps.items():
            parts[where(("scheduled", key))]._deps[key] = deps
        for dep, dependents in self._dependents.items():
            for key in dependents:
                part = parts[where(("scheduled", key))]
                part._dependents.setdefault(dep, set()).add(key)
        return common, parts

    @classmethod
    def joined(
        cls,
        common: KeptCheckText,
        parts: list[KeptCheckText],
        *,
        whole: bool,
        source: PageSource | None = None,
    ) -> KeptCheckText:
        """The text of ``common`` and ``parts`` (different ones), from :meth:`in_parts`.

        ``whole``: the parts are every part (else only the rows of theirs are held), and
        every page is loaded now.  ``source`` reads the pages ``common`` names as saved.
        """
        kept = cls()
        for name in ("_next", "_widths", "_padded"):
            setattr(kept, name, getattr(common, name))
        kept._pages = {
            kind: [_Page(p.id, p.first, p.ref) if p.keys is None else p for p in pages]
            for kind, pages in common._pages.items()
        }
        kept._source = source if source is not None else common._source
        kept._whole = whole
        if whole:
            for pages in kept._pages.values():
                for page in pages:
                    kept._loaded(page)
        dependents = kept._dependents
        for part in parts:
            for kind in KINDS:
                kept._rows[kind].update(part._rows[kind])
            kept._deps.update(part._deps)
            for dep, keys in part._dependents.items():
                found = dependents.get(dep)
                if found is None:
                    dependents[dep] = set(keys)
                else:
                    found.update(keys)
        return kept


def _open_at(lines: list[str | None]) -> Iterator[int]:
    """Where the lines worded at each print are (``None`` among the kept lines), in order."""
    at = -1
    while True:
        try:
            at = lines.index(None, at + 1)
        except ValueError:
            return
        yield at


def _registry(state: ChronicleState, kind: str) -> MeetingRegistry:
    """The registry of the meetings of one kind."""
    registries = {
        "held": state.held,
        "scheduled": state.scheduled,
        "postponed": state.postponed,
        "cancelled": state.cancelled,
    }
    return registries[kind]


def _scheduled_entry(
    state: ChronicleState, checked: CheckedState, meeting: Meeting
) -> tuple[Entry, tuple[tuple[str, str], ...]]:
    """A scheduled meeting's entry as :func:`build_view` makes it, and the meetings it reads.

    The held meeting a plan became is the one holding the first report of its finding's
    evidence that is a report of a meeting held; the dates it was put off to, those of the
    postponements in its evidence.  Both are among the meetings its check looked at.
    """
    finding = checked.finding(meeting.key, None)
    evidence = finding.evidence
    deps: list[tuple[str, str]] = []
    outcome = None
    put_off: tuple[Date, ...] = ()
    if finding.verdict in ("held", "moved"):
        held_of = {
            r.event_id: m.key for m in _held_looked_at(state, meeting) for r in m.reports
        }
        outcome = next((held_of[i] for i in evidence if i in held_of), None)
        if outcome is not None:
            deps.append(("held", outcome))
    elif finding.verdict == "postponed":
        ids = set(evidence)
        put = [
            m
            for m in state.postponed.compatible(meeting.ref)
            if any(r.event_id in ids for r in m.reports)
        ]
        put_off = new_dates(put)
        deps.extend(("postponed", m.key) for m in put)
    entry = Entry(
        "scheduled",
        meeting,
        verdict=finding.verdict,
        finding=finding,
        outcome=outcome,
        new_dates=put_off,
    )
    return entry, tuple(deps)


def _held_looked_at(state: ChronicleState, meeting: Meeting) -> list[Meeting]:
    """The held meetings a scheduled one's check reads: compatible, or of the years around."""
    found = list(state.held.compatible(meeting.ref))
    date = meeting.date
    first = None if date is None else date.earliest()
    last = None if date is None else date.latest()
    if first is not None and last is not None:
        found += state.held.in_years(meeting.body, first.year - 1, last.year + 1)
    return found
