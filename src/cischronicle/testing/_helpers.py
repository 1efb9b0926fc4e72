"""Helpers for users' tests: replay a source into state, assert that no check flags it."""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path

from ..checks import CHECKS, Finding, run_checks
from ..chronicle import Chronicle
from ..consistency import STRICT_VERDICTS, inconsistencies
from ..errors import PathNotFoundError, UsageError
from ..events import Event
from ..log import EventLog, JsonlLog
from ..projections import ChronicleState, project
from ..values import check_as_of

__all__ = [
    "FLAGGED_VERDICTS",
    "STRICT_VERDICTS",
    "ReplaySource",
    "assert_consistent",
    "flagged",
    "replay",
]

FLAGGED_VERDICTS: Mapping[str, frozenset[str]] = {
    "scheduled-meeting-took-place": frozenset(),
    "conflicting-reports": frozenset({"city-differs", "date-differs"}),
    "held-after-publication": frozenset({"after-publication"}),
}
"""The verdicts by which each check flags a chronicle (what :func:`assert_consistent` fails on).

The same definition as ``cischronicle check`` (:mod:`cischronicle.consistency`); with
``strict=True`` the verdicts of :data:`STRICT_VERDICTS` (``unconfirmed``) flag too.
"""


ReplaySource = Chronicle | EventLog | Iterable[Event] | str | os.PathLike[str]
"""What :func:`replay` reads: a folder of logs, a log file, a chronicle, a log or events."""


def replay(source: ReplaySource, *, as_of: _dt.date | None = None) -> ChronicleState:
    """Project ``source`` into the state the chronicle knows (as of ``as_of``), in one call.

    ``source`` is a folder of ``*.jsonl`` logs or one log file (a path), a
    :class:`Chronicle`, an :class:`EventLog`, or events, which are folded in the order
    given.  With ``as_of``, articles published after that day are left out, as in
    ``cischronicle check --as-of``.  Raises :class:`PathNotFoundError` for a path that does
    not exist, :class:`UsageError` for one that is neither a folder nor a file.
    """
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if path.is_dir():
            source = Chronicle.load(path)
        elif path.is_file():
            source = JsonlLog(path)
        elif os.path.lexists(path):
            raise UsageError("not a folder of logs or a log file", path=str(path))
        else:
            raise PathNotFoundError("no such folder or log file", path=str(path))
    if isinstance(source, Chronicle):
        return project(source.events(as_of=as_of), as_of=as_of)
    if isinstance(source, EventLog):
        return project((envelope.event for envelope in source.read()), as_of=as_of)
    return project(source, as_of=as_of)


def flagged(
    findings: Iterable[Finding], *, checks: Collection[str] = CHECKS, strict: bool = False
) -> tuple[Finding, ...]:
    """The findings by which the checks named in ``checks`` flag (:data:`FLAGGED_VERDICTS`).

    One definition with ``cischronicle check``: :func:`cischronicle.consistency.inconsistencies`.
    """
    return inconsistencies(findings, strict=strict, checks=checks)


def _describe(findings: tuple[Finding, ...], knowledge: _dt.date | None) -> str:
    as_of = "no dated article" if knowledge is None else str(knowledge)
    count = f"{len(findings)} finding{'s' if len(findings) != 1 else ''}"
    lines = [f"the chronicle is not consistent (as of {as_of}): {count}"]
    for finding in findings:
        lines.append(f"  {finding.check} [{finding.verdict}]: {finding.message}")
        lines.append(f"      evidence: {', '.join(finding.evidence)}")
    return "\n".join(lines)


def assert_consistent(
    subject: ChronicleState | ReplaySource,
    *,
    as_of: _dt.date | None = None,
    checks: Collection[str] = CHECKS,
    strict: bool = False,
) -> tuple[Finding, ...]:
    """Fail with an ``AssertionError`` listing the findings if a check flags ``subject``.

    ``subject`` is a :class:`ChronicleState` or anything :func:`replay` reads.  ``as_of``
    is the knowledge date (by default the latest publication); ``checks`` limits which
    checks may fail the assertion.  "Consistent" means what ``cischronicle check`` means
    (no finding that says the sources contradict each other); ``strict=True`` also fails on
    a due meeting no source confirms (``unconfirmed``), as ``check --strict`` does.  Returns
    every finding when none is flagged.
    """
    as_of = check_as_of(as_of)
    unknown = sorted(set(checks) - set(CHECKS))
    if unknown:
        raise UsageError(f"unknown check {unknown[0]!r}; known: {', '.join(CHECKS)}")
    state = subject if isinstance(subject, ChronicleState) else replay(subject, as_of=as_of)
    findings = run_checks(state, as_of=as_of)
    bad = flagged(findings, checks=checks, strict=strict)
    if bad:
        raise AssertionError(_describe(bad, as_of or state.latest_published()))
    return findings
