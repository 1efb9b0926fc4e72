"""The store commands: ``verify [PATH|STORE]``, ``repair LOG``, ``retract STORE ID``.

``verify`` audits every log of a folder (or one log, or a database store by URL): each
line must decode, be canonical, continue the sequence and the hash chain, and the last line
must be complete.  It prints one line per log (``ok <head> <name> (<n> lines)`` or
``broken <file>:<line>: <problem>``; names
with non-printable characters escaped) and exits 1 if any log is broken, 0 if all hold.  A log
it cannot read at all (no permission, a FIFO, a link) is named on stderr after every other log
has been reported, and the exit is 2.  ``verify --json`` prints one JSON object per log
instead (``{"head": ..., "lines": n, "log": name, "ok": true}``): saved to a file, it can be
given back with ``--heads FILE`` later, and then each log's head hash must still be the
recorded one (a changed or removed last line), every recorded log must still exist, and every
log must have a recorded head.

``repair`` moves a torn last line (left by a crash mid-append) into ``<log>.torn-<n>`` beside
the log and keeps every complete line; it never deletes a byte.

``retract`` appends a person's retraction of one claim to any store (see
:func:`cischronicle.retract`); later ingests never re-assert it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import orjson

from .articles import ARTICLE_ID_PATTERN
from .chronicle import log_files
from .errors import (
    ChronicleError,
    HeadMismatchError,
    InvalidArticleIdError,
    PathNotFoundError,
    UsageError,
    printable,
)
from .ingest import retract
from .log import JsonlLog, Verification

__all__ = ["register"]

_EXIT_OK = 0
_EXIT_BROKEN = 1
_EXIT_BAD_INPUT = 2
_HEX64 = "0123456789abcdef"


def register(subparsers: Any) -> None:
    """Add the ``verify``, ``repair`` and ``retract`` subcommands to the parser."""
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
        help="head hashes recorded earlier (the output of verify --json) to compare with",
    )
    verify.add_argument(
        "--json", action="store_true", help="one JSON object per log (a heads file)"
    )
    verify.set_defaults(func=_cmd_verify)

    repair = subparsers.add_parser(
        "repair", help="move a log's torn last line into a side file <log>.torn-<n>"
    )
    repair.add_argument("log", help="the log file to repair")
    repair.set_defaults(func=_cmd_repair)

    cmd = subparsers.add_parser(
        "retract", help="retract one claim as a person; later ingests never re-assert it"
    )
    cmd.add_argument(
        "store",
        metavar="STORE",
        help="a folder of logs (events/), sqlite:///FILE or postgresql://USER@HOST/DB",
    )
    cmd.add_argument("event_id", metavar="EVENT_ID", help="the id of the claim to retract")
    cmd.add_argument("--reason", required=True, metavar="TEXT", help="why it is wrong")
    cmd.set_defaults(func=_cmd_retract)


def _logs(path: Path) -> list[Path]:
    if path.is_dir():
        return log_files(path)
    if not path.exists() and not path.is_symlink():
        raise PathNotFoundError("no such folder or log", path=str(path))
    return [path]


def _read_heads(file: str) -> dict[str, str]:
    """Parse recorded heads: JSON lines ``{"log": <name>, "head": <hash>, ...}``."""
    path = Path(file)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PathNotFoundError("no such heads file", path=file) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read heads file: {exc}", path=file) from None
    heads: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError:
            raise UsageError(
                "not a JSON line: record heads with `cischronicle verify --json`",
                path=file,
                line=number,
            ) from None
        if not isinstance(record, dict) or not isinstance(record.get("log"), str):
            raise UsageError('a head line needs a "log" name', path=file, line=number)
        head = record.get("head")
        if record.get("ok") is False and head is None:
            continue  # a log that was broken when recorded: no head to pin
        if not isinstance(head, str) or len(head) != 64 or head.strip(_HEX64):
            raise UsageError('a head line needs a 64-hex "head"', path=file, line=number)
        if record["log"] in heads:
            raise UsageError(f"log {record['log']!r} is recorded twice", path=file, line=number)
        heads[record["log"]] = head
    if not heads:
        raise UsageError("no head hashes in the file (JSON lines of verify --json)", path=file)
    return heads


def _verify_one(log: Path, heads: dict[str, str] | None) -> Verification:
    name = log.name
    expected = None if heads is None else heads.get(name)
    if log.suffix == ".jsonl" and ARTICLE_ID_PATTERN.fullmatch(log.stem) is None:
        error: ChronicleError = InvalidArticleIdError(
            "log name is not a safe article id (letters, digits, '._-')", path=str(log)
        )
        return Verification(str(log), 0, "", error)
    result = JsonlLog(log).verify(expected_head=expected)
    if heads is not None and expected is None and result.ok:
        error = HeadMismatchError("log has no recorded head in the heads file", path=str(log))
        return Verification(str(log), result.lines, result.head, error)
    return result


def _verify_store(args: argparse.Namespace) -> int:
    """Verify a database store: every article's log, named ``<article-id>.jsonl``.

    The names are the folder store's, so a heads file recorded from a folder holds for the
    same logs copied into a database, and the other way round.
    """
    from .store import open_store

    heads = _read_heads(args.heads) if args.heads else None
    store = open_store(args.path)
    try:
        results = store.verify(heads=heads)
    finally:
        store.close()
    out = sys.stdout.write
    broken = 0
    for result in results:
        name = result.path.rsplit("#", 1)[-1] + ".jsonl"
        if heads is not None and name not in heads and result.ok:
            error = HeadMismatchError(
                "log has no recorded head in the heads file", path=result.path
            )
            result = Verification(result.path, result.lines, result.head, error)
        broken += not result.ok
        _print(out, name, result, json=args.json)
    if not results:
        sys.stderr.write(f"cischronicle: error: {printable(store.url)}: no logs\n")
        return _EXIT_BAD_INPUT
    if not args.json:
        out(f"{len(results)} logs: {len(results) - broken} hold, {broken} broken\n")
    return _EXIT_BROKEN if broken else _EXIT_OK


def _cmd_verify(args: argparse.Namespace) -> int:
    from .store.url import is_url

    if is_url(args.path):
        return _verify_store(args)
    root = Path(args.path)
    logs = _logs(root)
    heads = _read_heads(args.heads) if args.heads else None
    out = sys.stdout.write
    results: list[Verification] = []
    unreadable: list[ChronicleError] = []
    for log in logs:
        try:
            result = _verify_one(log, heads)
        except ChronicleError as exc:  # cannot be read at all: report the rest first
            unreadable.append(exc)
            continue
        results.append(result)
        _print(out, log.name, result, json=args.json)
    names = {log.name for log in logs}
    missing = sorted(set(heads or ()) - names) if root.is_dir() else []
    for name in missing:
        error = HeadMismatchError("log is missing but has a recorded head", path=str(root / name))
        _print(out, name, Verification(str(root / name), 0, "", error), json=args.json)
    broken = sum(not r.ok for r in results) + len(missing)
    total = len(results) + len(missing)
    if not args.json:
        if total == 0 and not unreadable:
            out(f"no logs in {printable(str(root))}\n")
        elif total:
            out(f"{total} logs: {total - broken} hold, {broken} broken\n")
    for problem in unreadable:
        sys.stderr.write(f"cischronicle: error: {problem}\n")
    if unreadable:
        return _EXIT_BAD_INPUT
    if total == 0:
        sys.stderr.write(f"cischronicle: error: {printable(str(root))}: no logs (*.jsonl)\n")
        return _EXIT_BAD_INPUT
    return _EXIT_BROKEN if broken else _EXIT_OK


def _print(out: Any, name: str, result: Verification, *, json: bool) -> None:
    if json:
        record: dict[str, object] = {"log": name, "ok": result.ok}
        if result.ok:
            record.update(head=result.head, lines=result.lines)
        else:
            record["error"] = str(result.error)
        out(orjson.dumps(record, option=orjson.OPT_SORT_KEYS).decode() + "\n")
    elif result.ok:
        out(f"ok      {result.head}  {printable(name)}  ({result.lines} lines)\n")
    else:
        out(f"broken  {result.error}\n")


def _cmd_repair(args: argparse.Namespace) -> int:
    from .store.url import is_url

    if is_url(args.log):
        raise UsageError(
            "repair takes one log file of a folder store: database stores commit whole"
            " transactions and keep no torn lines",
            path=args.log,
        )
    path = Path(args.log)
    if path.is_dir() and not path.is_symlink():
        raise UsageError("is a folder: repair takes one log file", path=str(path))
    result = JsonlLog(path).repair()
    shown = printable(str(path))
    if result.side_file is None:
        sys.stdout.write(
            f"nothing to repair: {shown} has {result.lines} complete lines and no torn tail\n"
        )
    else:
        sys.stdout.write(
            f"moved {result.moved} torn bytes (line {result.lines + 1}) to"
            f" {printable(result.side_file)}; {shown} keeps {result.lines} complete lines\n"
        )
    return _EXIT_OK


def _cmd_retract(args: argparse.Namespace) -> int:
    event = retract(args.store, args.event_id, reason=args.reason)
    sys.stdout.write(f"retracted {printable(event.retracted)} as {printable(event.id)}\n")
    return _EXIT_OK
