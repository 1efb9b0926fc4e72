"""The extraction commands: ``extract``, ``ingest`` and ``eval``.

``cischronicle extract PATH...`` prints the events of every article (files, or folders of
``*.txt``) as JSON lines in the log wire format, each article's lines numbered and chained as
a fresh log would be.  ``cischronicle ingest PATH... [--into DIR]`` appends them to
``DIR/<article-id>.jsonl`` (default ``events/``): nothing when the log already says the same,
retractions and new claims when the extractor now reads the article differently.
``cischronicle eval ARTICLES_DIR GOLD_DIR [--json]`` scores extraction against gold files
(see :mod:`cischronicle.evaluate`), overall and by language.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import orjson

from .articles import read_article
from .codec import GENESIS, encode_line, line_hash
from .errors import PathNotFoundError, UsageError
from .evaluate import HELD_AND_SCHEDULED, MEETING_TYPES, Scores, combine, parse_gold, score_article
from .extract import extract
from .ingest import article_files, ingest, read_articles

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
    cmd.add_argument("--into", default="events", metavar="DIR", help="folder of logs (events/)")
    cmd.set_defaults(func=_cmd_ingest)

    cmd = subparsers.add_parser("eval", help="score extraction against gold files")
    cmd.add_argument("articles", metavar="ARTICLES_DIR", help="folder of NNN.txt articles")
    cmd.add_argument("gold", metavar="GOLD_DIR", help="folder of NNN.jsonl gold files")
    cmd.add_argument("--json", action="store_true", help="print one JSON object")
    cmd.set_defaults(func=_cmd_eval)


def _cmd_extract(args: argparse.Namespace) -> int:
    out = sys.stdout.buffer if hasattr(sys.stdout, "buffer") else None
    for path in article_files(args.paths):
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


def _cmd_ingest(args: argparse.Namespace) -> int:
    # Read and extract everything, then plan every log, then write: refused means unchanged.
    results = ingest(read_articles(args.paths), args.into)
    for result in results:
        if result.status == "unchanged":
            sys.stdout.write(f"{result.article}: unchanged\n")
            continue
        note = f", {result.retracted} retracted" if result.retracted else ""
        sys.stdout.write(f"{result.article}: {result.appended} appended{note}\n")
    return _EXIT_OK


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
