"""The extraction commands: ``extract``, ``ingest`` and ``eval``.

``cischronicle extract PATH...`` prints the events of every article (files, or folders of
``*.txt``) as JSON lines in the log wire format, each article's lines numbered and chained as
a fresh log would be.  ``cischronicle ingest PATH... [--into STORE]`` appends them to the
store (default the folder ``events/``, one ``<article-id>.jsonl`` each; or
``sqlite:///...``, ``postgresql://...``):
nothing when the log already says the same, retractions and new claims when the extractor
now reads the article differently.  Every file is read and extracted first; then all the
articles are appended at once (one transaction in an SQL store).
``cischronicle eval ARTICLES_DIR GOLD_DIR [--json]`` scores extraction against gold files
(see :mod:`cischronicle.evaluate`), overall and by language.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from .articles import read_article
from .codec import GENESIS, encode_line, line_hash
from .errors import ConcurrencyError, PathNotFoundError, UsageError
from .evaluate import HELD_AND_SCHEDULED, MEETING_TYPES, Scores, combine, parse_gold, score_article
from .extract import extract
from .extract.reconcile import reconcile

if TYPE_CHECKING:
    from .events import Event
    from .store import Store

__all__ = ["register"]

_EXIT_OK = 0


def register(subparsers: Any) -> None:
    """Add the ``extract``, ``ingest`` and ``eval`` subcommands to the ``cischronicle`` parser."""
    cmd = subparsers.add_parser(
        "extract", help="print the events read from articles as JSON lines (the log format)"
    )
    cmd.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders of .txt")
    cmd.set_defaults(func=_cmd_extract)

    cmd = subparsers.add_parser(
        "ingest", help="extract articles and append their events to the logs (never rewriting)"
    )
    cmd.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders of .txt")
    cmd.add_argument(
        "--into",
        default="events",
        metavar="STORE",
        help="folder of logs (events/), sqlite:///FILE or postgresql://USER@HOST/DB",
    )
    cmd.set_defaults(func=_cmd_ingest)

    cmd = subparsers.add_parser("eval", help="score extraction against gold files")
    cmd.add_argument("articles", metavar="ARTICLES_DIR", help="folder of NNN.txt articles")
    cmd.add_argument("gold", metavar="GOLD_DIR", help="folder of NNN.jsonl gold files")
    cmd.add_argument("--json", action="store_true", help="print one JSON object")
    cmd.set_defaults(func=_cmd_eval)


def _article_files(paths: list[str]) -> Iterator[Path]:
    for name in paths:
        path = Path(name)
        if not path.exists():
            raise PathNotFoundError("no such file or folder", path=name)
        if path.is_dir():
            yield from sorted(p for p in path.glob("*.txt") if p.is_file())
        else:
            yield path


def _cmd_extract(args: argparse.Namespace) -> int:
    out = sys.stdout.buffer if hasattr(sys.stdout, "buffer") else None
    for path in _article_files(args.paths):
        article = read_article(path)
        prev = GENESIS
        for seq, event in enumerate(extract(article.text, article_id=article.article), start=1):
            line = encode_line(event, seq=seq, prev=prev)
            prev = line_hash(line)
            if out is not None:
                out.write(line + b"\n")
            else:  # pragma: no cover - text-only streams
                sys.stdout.write(line.decode() + "\n")
    return _EXIT_OK


_ATTEMPTS = 8
"""How often ingest reads, reconciles and appends again when another writer came first."""


def _cmd_ingest(args: argparse.Namespace) -> int:
    from .store import open_store

    # Every article is read and extracted before the store is opened for writing: a bad file
    # refuses the whole command, and the store is left exactly as it was.
    extracted: dict[str, list[Event]] = {}
    for path in _article_files(args.paths):
        article = read_article(path)
        if article.article in extracted:
            raise UsageError(f"two files of article {article.article!r}", path=str(path))
        extracted[article.article] = list(extract(article.text, article_id=article.article))
    store = open_store(args.into, create=True)
    try:
        batches = _append_new(store, extracted)
    finally:
        store.close()
    for name, batch in batches.items():
        if not batch:
            sys.stdout.write(f"{name}: unchanged\n")
            continue
        retracted = sum(type(e).__name__ == "EventRetracted" for e in batch)
        added = len(batch) - retracted
        note = f", {retracted} retracted" if retracted else ""
        sys.stdout.write(f"{name}: {added} appended{note}\n")
    return _EXIT_OK


def _append_new(store: Store, extracted: dict[str, list[Event]]) -> dict[str, list[Event]]:
    """Append what each article's log lacks, all at once; read again when beaten to it.

    Each attempt reads the logs, reconciles them with the extracted events and appends every
    batch in one atomic append expecting the sequence numbers it read.  Another writer that
    appended first makes it fail with :class:`ConcurrencyError`: the next attempt sees what
    that writer stored, so concurrent ingests of one article store its events once.
    """
    for attempt in range(_ATTEMPTS):
        logged = {article: [env.event for env in store.read(article)] for article in extracted}
        batches = {
            article: reconcile(logged[article], events) for article, events in extracted.items()
        }
        todo = {article: batch for article, batch in batches.items() if batch}
        try:
            store.append(todo, expected={article: len(logged[article]) for article in todo})
        except ConcurrencyError:
            if attempt == _ATTEMPTS - 1:
                raise
            time.sleep(random.uniform(0.0, 0.02 * (attempt + 1)))
            continue
        return batches
    raise AssertionError("unreachable")  # pragma: no cover


def _scores(articles: Path, gold: Path) -> tuple[Scores, dict[str, Scores]]:
    if not articles.is_dir():
        raise PathNotFoundError("no such folder of articles", path=str(articles))
    if not gold.is_dir():
        raise PathNotFoundError("no such folder of gold files", path=str(gold))
    results = []
    for gold_file in sorted(gold.glob("*.jsonl")):
        article_file = articles / f"{gold_file.stem}.txt"
        if not article_file.is_file():
            raise PathNotFoundError("gold file without its article", path=str(article_file))
        with open(gold_file, "rb") as handle:
            expected = parse_gold(handle, article=gold_file.stem, path=str(gold_file))
        article = read_article(article_file)
        events = extract(article.text, article_id=article.article)
        results.append(score_article(events, expected))
    if not results:
        raise UsageError("no gold files (*.jsonl) in the folder", path=str(gold))
    languages = sorted({r.language for r in results})
    by_language = {lang: combine(r for r in results if r.language == lang) for lang in languages}
    return combine(results), by_language


def _cmd_eval(args: argparse.Namespace) -> int:
    overall, by_language = _scores(Path(args.articles), Path(args.gold))
    if args.json:
        report = {
            "all": overall.as_dict(),
            "by_language": {lang: s.as_dict() for lang, s in by_language.items()},
        }
        sys.stdout.write(orjson.dumps(report, option=orjson.OPT_INDENT_2).decode() + "\n")
        return _EXIT_OK
    out = sys.stdout.write
    out(_table("all languages", overall))
    for lang, scores in by_language.items():
        out("\n" + _table(f"language {lang}", scores))
    return _EXIT_OK


def _table(title: str, scores: Scores) -> str:
    lines = [f"{title}: {scores.articles} articles"]
    lines.append(
        f"  {'type':<34} {'strict P':>8} {'R':>6} {'F1':>6}   {'lenient P':>9} {'R':>6} {'F1':>6}"
        f"  {'gold':>4} {'pred':>4}"
    )
    for key in (*MEETING_TYPES, HELD_AND_SCHEDULED):
        s, n = scores.strict[key], scores.lenient[key]
        lines.append(
            f"  {key:<34} {s.precision:>8.3f} {s.recall:>6.3f} {s.f1:>6.3f}   {n.precision:>9.3f}"
            f" {n.recall:>6.3f} {n.f1:>6.3f}  {s.tp + s.fn:>4} {s.tp + s.fp:>4}"
        )
    d = scores.decisions
    lines.append(
        f"  {'DecisionAdopted (keywords)':<34} {d.precision:>8.3f} {d.recall:>6.3f} {d.f1:>6.3f}"
        f"   {'':>9} {'':>6} {'':>6}  {d.gold:>4} {d.predicted:>4}"
    )
    lines.append(f"  publication date right: {scores.published_correct}/{scores.articles}")
    return "\n".join(lines) + "\n"
