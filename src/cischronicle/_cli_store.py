"""The store commands: ``cischronicle verify [PATH]`` and ``cischronicle repair LOG``.

``verify`` audits every log of a folder (or one log): each line must decode, be canonical,
continue the sequence and the hash chain, and the last line must be complete.  It prints one
line per log (``ok <head> <name> (<n> lines)`` or ``broken <file>:<line>: <problem>``) and
exits 1 if any log is broken, 0 if all hold.  Its own output, saved to a file, can be given
back with ``--heads FILE`` later: then each log's head hash must also still be the recorded
one, which catches a changed or removed last line and a deleted log.

``repair`` moves a torn last line (left by a crash mid-append) into ``<log>.torn-<n>`` beside
the log and keeps every complete line; it never deletes a byte.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from .errors import HeadMismatchError, PathNotFoundError, UsageError
from .log import JsonlLog, Verification

__all__ = ["register"]

_EXIT_OK = 0
_EXIT_BROKEN = 1
_HEX64 = re.compile(r"[0-9a-f]{64}")


def register(subparsers: Any) -> None:
    """Add the ``verify`` and ``repair`` subcommands to the ``cischronicle`` parser."""
    verify = subparsers.add_parser(
        "verify", help="recompute every log's hash chain; exit 1 if any log is broken"
    )
    verify.add_argument(
        "path",
        nargs="?",
        default="events",
        help="a folder of logs (events/), one log, sqlite:///FILE or postgresql://USER@HOST/DB",
    )
    verify.add_argument(
        "--heads",
        metavar="FILE",
        help="head hashes recorded earlier (the output of a previous verify) to compare with",
    )
    verify.set_defaults(func=_cmd_verify)

    repair = subparsers.add_parser(
        "repair", help="move a log's torn last line into a side file <log>.torn-<n>"
    )
    repair.add_argument("log", help="the log file to repair")
    repair.set_defaults(func=_cmd_repair)


def _logs(path: Path) -> list[Path]:
    if not path.exists():
        raise PathNotFoundError("no such folder or log", path=str(path))
    if path.is_dir():
        return sorted(path.glob("*.jsonl"))
    return [path]


def _read_heads(file: str) -> dict[str, str]:
    """Parse recorded heads: lines ``<hash> <name>``, optionally after ``ok`` (verify's output)."""
    path = Path(file)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PathNotFoundError("no such heads file", path=file) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read heads file: {exc}", path=file) from None
    heads: dict[str, str] = {}
    for line in text.splitlines():
        words = line.split()
        if words[:1] == ["ok"]:
            words = words[1:]
        if len(words) >= 2 and _HEX64.fullmatch(words[0]):
            heads[words[1]] = words[0]
    if not heads:
        raise UsageError("no head hashes in the file (lines '<hash> <log name>')", path=file)
    return heads


def _verify_store(args: argparse.Namespace) -> int:
    """Verify a database store: every article's log, named by its article id."""
    from .store import open_store

    heads = _read_heads(args.heads) if args.heads else {}
    store = open_store(args.path)
    try:
        results = store.verify(heads=heads)
    finally:
        store.close()
    out = sys.stdout.write
    for result in results:
        if result.ok:
            name = result.path.rsplit("#", 1)[-1]
            out(f"ok      {result.head}  {name}  ({result.lines} lines)\n")
        else:
            out(f"broken  {result.error}\n")
    broken = sum(not r.ok for r in results)
    if not results:
        out(f"no logs in {store.url}\n")
    else:
        out(f"{len(results)} logs: {len(results) - broken} hold, {broken} broken\n")
    return _EXIT_BROKEN if broken else _EXIT_OK


def _cmd_verify(args: argparse.Namespace) -> int:
    from .store.url import is_url

    if is_url(args.path):
        return _verify_store(args)
    root = Path(args.path)
    logs = _logs(root)
    heads = _read_heads(args.heads) if args.heads else {}
    out = sys.stdout.write
    results: list[Verification] = []
    for log in logs:
        result = JsonlLog(log).verify(expected_head=heads.get(log.name))
        results.append(result)
        if result.ok:
            out(f"ok      {result.head}  {log.name}  ({result.lines} lines)\n")
        else:
            out(f"broken  {result.error}\n")
    names = {log.name for log in logs}
    missing = sorted(set(heads) - names) if root.is_dir() else []
    for name in missing:
        error = HeadMismatchError("log is missing but has a recorded head", path=str(root / name))
        out(f"broken  {error}\n")
    broken = sum(not r.ok for r in results) + len(missing)
    total = len(results) + len(missing)
    if total == 0:
        out(f"no logs in {root}\n")
    else:
        out(f"{total} logs: {total - broken} hold, {broken} broken\n")
    return _EXIT_BROKEN if broken else _EXIT_OK


def _cmd_repair(args: argparse.Namespace) -> int:
    from .store.url import is_url

    if is_url(args.log):
        raise UsageError(
            "repair takes one log file of a folder store: database stores commit whole"
            " transactions and keep no torn lines",
            path=args.log,
        )
    path = Path(args.log)
    if path.is_dir():
        raise UsageError("is a folder: repair takes one log file", path=str(path))
    result = JsonlLog(path).repair()
    if result.side_file is None:
        sys.stdout.write(
            f"nothing to repair: {path} has {result.lines} complete lines and no torn tail\n"
        )
    else:
        sys.stdout.write(
            f"moved {result.moved} torn bytes (line {result.lines + 1}) to {result.side_file};"
            f" {path} keeps {result.lines} complete lines\n"
        )
    return _EXIT_OK
