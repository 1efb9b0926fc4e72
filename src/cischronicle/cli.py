"""The ``cischronicle`` command: the only module that prints.

Exit codes: 0 the command ran (and found no inconsistency); 1 findings that indicate an
inconsistency (conflicting reports, a meeting held after its article's publication); 2 bad
usage or bad input, with a one-line message on stderr and no traceback.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

import orjson

from .checks import Finding, run_checks
from .chronicle import Chronicle
from .codec import converter
from .consistency import inconsistencies
from .errors import ChronicleError, UsageError, printable
from .events import MeetingRef
from .projections import ChronicleState, Meeting, project

__all__ = ["main"]

EXIT_OK = 0
EXIT_INCONSISTENT = 1
EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"cischronicle: error: {message}\n")


def _day(text: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day (YYYY-MM-DD): {text!r}") from None


def _meeting_json(ref: MeetingRef) -> dict[str, Any]:
    """The meeting in its wire form (the converter's, as in the logs)."""
    data: dict[str, Any] = converter.unstructure(ref, MeetingRef)
    return data


def _meeting_entry(meeting: Meeting) -> dict[str, Any]:
    entry = _meeting_json(meeting.ref)
    entry["sources"] = list(meeting.sources)
    entry["events"] = [r.event_id for r in meeting.reports]
    return entry


def _finding_json(finding: Finding) -> dict[str, Any]:
    return {
        "check": finding.check,
        "verdict": finding.verdict,
        "message": finding.message,
        "meeting": _meeting_json(finding.meeting),
        "evidence": list(finding.evidence),
    }


def _load(folder: str, as_of: _dt.date | None) -> tuple[ChronicleState, _dt.date | None]:
    chronicle = Chronicle.load(folder)
    if not len(chronicle):  # an empty folder is bad input, never a pass
        raise UsageError("no logs (*.jsonl) with events in the folder", path=folder)
    knowledge = as_of if as_of is not None else chronicle.latest_published()
    return project(chronicle.events(as_of=as_of), as_of=as_of), knowledge


def _cmd_check(args: argparse.Namespace) -> int:
    state, knowledge = _load(args.dir, args.as_of)
    findings = run_checks(state, as_of=knowledge)
    bad = inconsistencies(findings, strict=args.strict)
    if args.json:
        report = {
            "as_of": None if knowledge is None else knowledge.isoformat(),
            "meetings": [_meeting_entry(m) for m in state.meetings()],
            "scheduled": [_meeting_entry(m) for m in state.schedule()],
            "findings": [_finding_json(f) for f in findings],
        }
        sys.stdout.write(orjson.dumps(report, option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        _print_check(state, findings, knowledge)
    return EXIT_INCONSISTENT if bad else EXIT_OK


def _where(meeting: Meeting) -> str:
    date = "undated" if meeting.date is None else meeting.date.isoformat()
    return f"{date:<12} {meeting.body.value:<13} {meeting.place}"


def _print_check(
    state: ChronicleState, findings: Sequence[Finding], knowledge: _dt.date | None
) -> None:
    out = sys.stdout.write
    out(f"as of {knowledge or 'no dated article'}: {len(state.articles)} articles\n\n")
    out("Meetings held:\n")
    for meeting in state.meetings():
        out(f"  {_where(meeting)}  [{', '.join(meeting.sources)}]\n")
    out("\nMeetings scheduled:\n")
    for meeting in state.schedule():
        out(f"  {_where(meeting)}  [{', '.join(meeting.sources)}]\n")
    out("\nFindings:\n")
    for finding in findings:
        mark = "!" if finding.inconsistent else " "
        out(f" {mark}{finding.verdict:<17} {finding.check}: {finding.message}\n")
    bad = sum(f.inconsistent for f in findings)
    out(f"\n{len(findings)} findings, {bad} inconsistent\n")


def _cmd_timeline(args: argparse.Namespace) -> int:
    state, _ = _load(args.dir, args.as_of)
    decisions = state.decisions_by_meeting()
    out = sys.stdout.write
    for meeting in state.meetings():
        out(f"{_where(meeting)}\n")
        for report in meeting.reports:
            out(f"    source {report.article}: {report.quote!r}\n")
        for decision in decisions.get(meeting.key, ()):
            out(f"    decided: {decision.summary} ({decision.article})\n")
    matched = {m.key for m in state.meetings()}
    orphans = [d for key, ds in decisions.items() if key not in matched for d in ds]
    if orphans:
        out("decisions whose meeting is not identified:\n")
        for decision in orphans:
            out(f"    {decision.ref}: {decision.summary} ({decision.article})\n")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``cischronicle`` command."""
    parser = _Parser(prog="cischronicle", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = sub.add_parser("check", help="project the logs and run every consistency check")
    check.add_argument("dir", nargs="?", default="events", help="folder of logs (events/)")
    check.add_argument("--as-of", type=_day, help="what the chronicle knew on this day")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.add_argument(
        "--strict",
        action="store_true",
        help="also exit 1 on a due meeting no source confirms (unconfirmed)",
    )
    check.set_defaults(func=_cmd_check)

    timeline = sub.add_parser("timeline", help="meetings in date order, sources and decisions")
    timeline.add_argument("dir", nargs="?", default="events", help="folder of logs (events/)")
    timeline.add_argument("--as-of", type=_day, help="what the chronicle knew on this day")
    timeline.set_defaults(func=_cmd_timeline)

    for name in _COMMAND_MODULES:
        module = importlib.import_module(f"{__package__}.{name}")
        register: Callable[[Any], None] = module.register
        register(sub)
    return parser


_COMMAND_MODULES: tuple[str, ...] = ("_cli_store", "_cli_extract")
"""Modules (``_cli_<feature>.py``) whose ``register(subparsers)`` adds more subcommands."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except ChronicleError as exc:
        sys.stderr.write(f"cischronicle: error: {exc}\n")
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return EXIT_OK
    except OSError as exc:  # a file system refusal no command foresaw: one line, never a trace
        where = f"{exc.filename}: " if exc.filename is not None else ""
        sys.stderr.write(f"cischronicle: error: {printable(where + str(exc.strerror))}\n")
        return EXIT_BAD_INPUT
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
