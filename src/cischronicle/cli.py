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

from ._cli_args import add_store_args
from .consistency import inconsistencies
from .errors import ChronicleError, UsageError, printable
from .projections import project
from .report.data import check_data, timeline_data
from .report.kept import CheckText
from .report.text import check_text, timeline_text
from .report.view import ChronicleView, build_view

__all__ = ["build_parser", "load_view", "main"]

EXIT_OK = 0
EXIT_INCONSISTENT = 1
EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"cischronicle: error: {message}\n")


def load_view(url: str, as_of: _dt.date | None, *, rebuild: bool = False) -> ChronicleView:
    """The view of the store ``url`` as of a day (default: the latest publication).

    Without ``as_of`` the projection and the checks resume from the store's checkpoint
    (saving a new one when it is due); ``rebuild`` folds every event again instead.
    """
    from .resume import project_store
    from .store import open_store

    store = open_store(url)
    try:
        if as_of is not None:
            # What was known on a past day: a replay of the articles published by then.
            if not store.sources():  # an empty store is bad input, never a pass
                raise UsageError("no logs with events in the store", path=store.url)
            return build_view(project(store.events(as_of=as_of), as_of=as_of), as_of=as_of)
        projected = project_store(store, rebuild=rebuild, checks=True, refuse_empty=True)
        state = projected.state
        return build_view(state, as_of=state.latest_published(), findings=projected.findings)
    finally:
        store.close()


def _write_json(data: object) -> None:
    sys.stdout.write(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() + "\n")


def _write_text(text: CheckText) -> None:
    """Write ``check``'s text: as its UTF-8 bytes where standard output takes them."""
    out = sys.stdout
    binary = getattr(out, "buffer", None)
    encoding = (getattr(out, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if binary is None or encoding != "utf8":
        out.write(text.text)
        return
    out.flush()
    text.write(binary)
    binary.flush()


def _cmd_check(args: argparse.Namespace) -> int:
    if args.as_of is None and not args.json:
        # The text is kept with the checkpoint and worded again only where events changed it.
        from .resume import project_store
        from .store import open_store

        store = open_store(args.dir)
        try:
            projected = project_store(store, rebuild=args.rebuild, text=True, refuse_empty=True)
        finally:
            store.close()
        assert projected.text is not None
        _write_text(projected.text)
        inconsistent = projected.text.inconsistent(strict=args.strict)
        return EXIT_INCONSISTENT if inconsistent else EXIT_OK
    view = load_view(args.dir, args.as_of, rebuild=args.rebuild)
    bad = inconsistencies(view.findings, strict=args.strict)
    if args.json:
        _write_json(check_data(view))
    else:
        sys.stdout.write(check_text(view))
    return EXIT_INCONSISTENT if bad else EXIT_OK


def _cmd_timeline(args: argparse.Namespace) -> int:
    view = load_view(args.dir, args.as_of)
    if args.json:
        _write_json(timeline_data(view))
    else:
        sys.stdout.write(timeline_text(view))
    return EXIT_OK


_DESCRIPTION = """\
Keep a chronicle of CIS meetings from news articles, and ask it what it knows.

Each article is a log of claims in a store: a folder (events/ by default), an SQLite
file (sqlite:///chronicle.db) or a PostgreSQL database (postgresql://user@host/db).
check tells you which scheduled meetings took place; timeline lists every meeting with
its sources; report writes a page to open in a browser; export writes CSV, a calendar or
JSON lines."""

_EXAMPLES = """\
examples:
  cischronicle check events/                  meetings held and scheduled, and a verdict each
  cischronicle check events/ --as-of 2024-01-01 --json
  cischronicle timeline events/               every meeting in date order, with quotes
  cischronicle report events/ --html report.html
  cischronicle export events/ --format ics --output cis.ics
  cischronicle extract seeds/000_d99d0d92bcda40bd.txt
  cischronicle ingest seeds/ --into events/
  cischronicle ingest seeds/ --into sqlite:///chronicle.db
  cischronicle check sqlite:///chronicle.db --rebuild
  cischronicle eval articles/ gold/
  cischronicle verify events/ --json > heads.jsonl
  cischronicle verify events/ --heads heads.jsonl   (later: the logs still end where they did)
  cischronicle repair events/000_d99d0d92bcda40bd.jsonl

exit codes: 0 all well; 1 check found sources that disagree, or verify a broken log;
2 bad usage or bad input (one line on stderr, nothing changed).
Run 'cischronicle COMMAND --help' for the options of one command."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``cischronicle`` command."""
    parser = _Parser(
        prog="cischronicle",
        description=_DESCRIPTION,
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(
        dest="command", required=True, parser_class=_Parser, metavar="COMMAND"
    )

    check = sub.add_parser(
        "check",
        help="which scheduled meetings took place, and where sources disagree",
        description="List the meetings held, scheduled, postponed and cancelled, give each"
        " scheduled meeting a verdict (held, moved, postponed, cancelled, pending,"
        " unconfirmed) and report sources that disagree. Exits 1 when they do.",
        epilog="example:\n  cischronicle check events/ --as-of 2024-01-01",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_store_args(check)
    check.add_argument("--json", action="store_true", help="print one JSON object instead")
    check.add_argument(
        "--strict",
        action="store_true",
        help="also exit 1 on a due meeting no source confirms (unconfirmed)",
    )
    check.add_argument(
        "--rebuild",
        action="store_true",
        help="fold every event again, ignoring the store's checkpoint (and save a new one)",
    )
    check.set_defaults(func=_cmd_check)

    timeline = sub.add_parser(
        "timeline",
        help="every meeting in date order, with its sources' quotes and decisions",
        description="Every meeting the chronicle knows of (held, scheduled, postponed,"
        " cancelled) in date order, with what each source said and the decisions taken.",
        epilog="example:\n  cischronicle timeline events/ --json > timeline.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_store_args(timeline)
    timeline.add_argument("--json", action="store_true", help="print one JSON object instead")
    timeline.set_defaults(func=_cmd_timeline)

    for name in _COMMAND_MODULES:
        module = importlib.import_module(f"{__package__}.{name}")
        register: Callable[[Any], None] = module.register
        register(sub)
    return parser


_COMMAND_MODULES: tuple[str, ...] = ("_cli_store", "_cli_extract", "_cli_report")
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
