"""The reading commands: ``cischronicle report`` and ``cischronicle export``.

``report DIR --html OUT.html`` writes one self-contained HTML page (timeline, table of
meetings, findings); ``export DIR --format csv|ics|jsonl [--output FILE]`` writes the
chronicle for a spreadsheet, a calendar or a program, to stdout by default.  Both build the
whole output before writing, so a failure writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ._cli_args import add_store_args
from .errors import UsageError
from .report.text import plural

__all__ = ["register"]

_EXIT_OK = 0


def register(subparsers: Any) -> None:
    """Add the ``report`` and ``export`` subcommands to the ``cischronicle`` parser."""
    report = subparsers.add_parser(
        "report",
        help="write an HTML page to open in a browser: timeline, meetings, findings",
        description="Write one self-contained HTML page (no network needed to view it): a"
        " timeline per body, every meeting with its sources' quotes and decisions, and the"
        " findings, conflicting sources side by side.",
        epilog="example:\n  cischronicle report events/ --html report.html",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_store_args(report)
    report.add_argument(
        "--html",
        required=True,
        metavar="OUT.html",
        help="the file to write (replaced if it exists)",
    )
    report.set_defaults(func=_cmd_report)

    export = subparsers.add_parser(
        "export",
        help="write the chronicle as CSV, an iCalendar feed or JSON lines",
        description="Write the chronicle for other tools: csv (one row per meeting and per"
        " decision), ics (meetings held and scheduled as all-day calendar events) or jsonl"
        " (the projected state, one record per line). Columns and conventions:"
        " docs/report.md.",
        epilog="examples:\n  cischronicle export events/ --format csv --output meetings.csv\n"
        "  cischronicle export events/ --format ics > cis.ics",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_store_args(export)
    export.add_argument("--format", required=True, metavar="FORMAT", help="csv, ics or jsonl")
    export.add_argument(
        "--output", metavar="FILE", help="the file to write (default: standard output)"
    )
    export.set_defaults(func=_cmd_export)


def _write(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` whole, or raise :class:`UsageError` naming the file."""
    target = Path(path)
    if target.is_dir():
        raise UsageError("is a folder, not a file to write", path=path)
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise UsageError(f"cannot write: {exc.strerror or exc}", path=path) from None


def _cmd_report(args: argparse.Namespace) -> int:
    from .cli import load_view
    from .report.html import render_html

    view = load_view(args.dir, args.as_of)
    _write(args.html, render_html(view).encode("utf-8"))
    sys.stdout.write(
        f"wrote {args.html}: {plural(len(view.entries), 'meeting')},"
        f" {plural(len(view.findings), 'finding')}\n"
    )
    return _EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from .cli import load_view
    from .report.export import FORMATS, export

    if args.format not in FORMATS:
        export_formats = ", ".join(FORMATS)
        raise UsageError(f"unknown export format {args.format!r}; known: {export_formats}")
    data = export(load_view(args.dir, args.as_of), args.format)
    if args.output is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        _write(args.output, data)
    return _EXIT_OK
