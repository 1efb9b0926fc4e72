"""The extraction commands: ``extract``, ``ingest`` and ``eval``.

``cischronicle extract PATH...`` prints the events of every article (files, or folders of
``*.txt``) as JSON lines in the log wire format, each article's lines numbered and chained as
a fresh log would be.  ``cischronicle ingest PATH... [--into STORE]`` appends them to the
store (default the folder ``events/``, one ``<article-id>.jsonl`` each; or
``sqlite:///...``, ``postgresql://...``; see :func:`cischronicle.ingest.ingest`): nothing
when the log already says the same, retractions and new claims when the extractor now reads
the article differently.  PATHs are files, folders (read recursively for ``--glob``), JSON
Lines feeds or ``-`` (see :mod:`cischronicle.sources`).  Every input is read and extracted
first (here, or on Dask with ``--workers``/``--scheduler``, see :mod:`cischronicle.workers`);
then all the articles are appended at once (one transaction in an SQL store).  On a terminal
a progress bar shows while it works; then one summary line (``N stored, N unchanged, N
refused, N events appended``); ``--quiet`` prints only errors.  ``--keep-going`` stores the
good articles and names each failed one on stderr (exit 2).
``cischronicle eval ARTICLES_DIR GOLD_DIR [--split FILE] [--verdicts] [--json]`` scores
extraction against gold files (see :mod:`cischronicle.evaluate`), overall and by language,
strict and lenient per event type; with ``--split`` also the articles named in FILE and the
rest as two parts, each as a whole (no figure of a named article alone is printed); with
``--verdicts`` also how many meetings the gold says were scheduled get the gold chronicle's
verdict from the extracted chronicle (see :mod:`cischronicle.evaluate_verdicts`), as totals
and confusion tables only.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import Any

import orjson

from .articles import read_article
from .codec import GENESIS, encode_line, line_hash
from .errors import PathNotFoundError, UsageError, printable
from .evaluate import (
    HELD_AND_SCHEDULED,
    MEETING_TYPES,
    GoldArticle,
    Part,
    Scores,
    by_language,
    combine,
    parse_gold,
    parse_split,
    score_article,
    score_parts,
)
from .evaluate_verdicts import (
    MISSING,
    VERDICTS,
    ArticleEvents,
    VerdictCounts,
    VerdictMeasure,
    gold_events,
    measure_verdicts,
)
from .events import ArticleRecorded, Event
from .extract import READ_LANGUAGES, extract
from .ingest import ingest
from .sources import DEFAULT_GLOB, Failure, article_files, read_sources
from .workers import extract_inputs

__all__ = ["register"]

_EXIT_OK = 0
_EXIT_BAD_INPUT = 2


def register(subparsers: Any) -> None:
    """Add the ``extract``, ``ingest`` and ``eval`` subcommands to the ``cischronicle`` parser."""
    cmd = subparsers.add_parser(
        "extract", help="print the events read from articles as JSON lines (the log format)"
    )
    cmd.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders of .txt")
    cmd.set_defaults(func=_cmd_extract)

    cmd = subparsers.add_parser(
        "ingest",
        help="extract articles and append their events to the logs (never rewriting)",
        description="Read every article (files, folders read recursively for --glob, JSON"
        " Lines feeds *.jsonl, or - for a feed on stdin), extract them (here, or on Dask"
        " workers), then append to the store at once: only what is new.  On a terminal a"
        " progress bar shows; at the end one line says how many articles were stored,"
        " unchanged and refused, and how many events were appended.",
        epilog="examples:\n  cischronicle ingest articles/ --glob '*.txt' --into events/\n"
        "  cischronicle ingest feed.jsonl --into sqlite:///chronicle.db --workers 2\n"
        "  cat feed.jsonl | cischronicle ingest - --scheduler tcp://10.0.0.5:8786"
        " --into postgresql://me@db/chronicle",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cmd.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files, folders of them, JSON Lines feeds (*.jsonl), or - (a feed on stdin)",
    )
    cmd.add_argument(
        "--into",
        default="events",
        metavar="STORE",
        help="folder of logs (events/), sqlite:///FILE or postgresql://USER@HOST/DB",
    )
    cmd.add_argument(
        "--glob",
        default=DEFAULT_GLOB,
        metavar="PATTERN",
        help="the article file names read in folders, recursively (default: *.txt)",
    )
    where = cmd.add_mutually_exclusive_group()
    where.add_argument(
        "--workers",
        type=_positive,
        metavar="N",
        help="extract on a local Dask cluster of N processes (needs the dask extra)",
    )
    where.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="extract on an existing Dask cluster (tcp://HOST:8786; needs the dask extra)",
    )
    cmd.add_argument(
        "--keep-going",
        action="store_true",
        help="store every article that could be read and extracted, report the others (exit 2)",
    )
    cmd.add_argument("--quiet", action="store_true", help="print nothing but errors")
    cmd.set_defaults(func=_cmd_ingest)

    cmd = subparsers.add_parser(
        "eval",
        help="score extraction against gold files",
        description=(
            "Score extraction against gold files (the corpus guidelines' scoring): strict and"
            " lenient precision, recall and F1 per event type, decisions by keywords, for all"
            " articles and by language.  With --split FILE, the articles named in FILE (one id"
            " per line, the gold file's stem; blank lines and # comments skipped) are scored"
            " as one part and the rest as another: each part's figures are printed as a whole,"
            " overall and by language, and nothing of a named article alone, so a part kept"
            " aside (such as the corpus's sealed.txt) can be measured without being seen."
            "  --json prints one object: all, by_language, and with --split parts.named and"
            " parts.rest (each with all, by_language, and not_found: named ids with no gold"
            " file in the folder).  --verdicts also folds the gold and the extracted events"
            " into two chronicles, runs the checks on both, and counts how many meetings the"
            " gold says were scheduled get the same verdict from the extracted chronicle,"
            " how many another, how many are missing from it, and how many scheduled"
            " meetings it has that the gold has not (spurious): totals and a confusion table,"
            " overall, by language and per part (in --json: verdicts.all, verdicts.by_language,"
            " verdicts.parts)."
        ),
    )
    cmd.add_argument("articles", metavar="ARTICLES_DIR", help="folder of NNN.txt articles")
    cmd.add_argument("gold", metavar="GOLD_DIR", help="folder of NNN.jsonl gold files")
    cmd.add_argument(
        "--split",
        metavar="FILE",
        help="score the articles named in FILE (one id per line) and the rest as two parts",
    )
    cmd.add_argument(
        "--verdicts",
        action="store_true",
        help="also measure how many meetings the gold says were scheduled get the gold's"
        " verdict from the extracted chronicle",
    )
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


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a positive number of workers: {text!r}")
    return value


class _Bar:
    """A progress bar on a terminal (``tqdm``, to stdout, after a short delay), or nothing."""

    def __init__(self, total: int, *, shown: bool) -> None:
        self._bar: Any = None
        if shown:
            tqdm = importlib.import_module("tqdm").tqdm  # untyped: imported as a module
            self._bar = tqdm(
                total=total,
                desc="extracting",
                unit="article",
                file=sys.stdout,
                leave=False,
                delay=0.5,  # a short ingest shows no bar at all
                dynamic_ncols=True,
            )

    def update(self, done: int) -> None:
        """Count ``done`` more articles finished."""
        if self._bar is not None:
            self._bar.update(done)

    def writing(self) -> None:
        """Say that extraction is over and the store is being written."""
        if self._bar is not None:
            self._bar.set_description("writing")

    def close(self) -> None:
        """Remove the bar from the terminal."""
        if self._bar is not None:
            self._bar.close()


def _note_unread_languages(readings: list[Any]) -> None:
    """Say on stderr which articles are in a language the extractor does not read."""
    for reading in readings:
        recorded = reading.events[0]
        if isinstance(recorded, ArticleRecorded) and recorded.language not in READ_LANGUAGES:
            sys.stderr.write(
                f"cischronicle: note: {printable(reading.article.article)}: language"
                f" {recorded.language!r} is not read; the article is recorded with no claims\n"
            )


def _cmd_ingest(args: argparse.Namespace) -> int:
    # Read everything, extract everything, then plan every log and write once: refused means
    # unchanged (without --keep-going, the first bad article stops all before any write).
    failures: list[Failure] | None = [] if args.keep_going else None
    inputs = read_sources(args.paths, glob=args.glob, failures=failures)
    bar = _Bar(len(inputs), shown=not args.quiet and sys.stdout.isatty())
    try:
        readings, failed = extract_inputs(
            inputs,
            workers=args.workers,
            scheduler=args.scheduler,
            keep_going=args.keep_going,
            progress=bar.update,
        )
        bar.writing()
        _note_unread_languages(readings)
        results = ingest(readings, args.into) if readings else []
    finally:
        bar.close()
    refused = [*(failures or ()), *failed]
    for failure in refused:
        sys.stderr.write(f"cischronicle: error: {printable(failure.where)}: {failure.reason}\n")
    if not args.quiet:
        stored = sum(r.status == "appended" for r in results)
        events = sum(r.appended + r.retracted for r in results)
        sys.stdout.write(
            f"{stored} stored, {len(results) - stored} unchanged, {len(refused)} refused,"
            f" {events} events appended\n"
        )
    return _EXIT_BAD_INPUT if refused else _EXIT_OK


def _readings(articles: Path, gold: Path) -> list[tuple[GoldArticle, tuple[Event, ...]]]:
    """Every gold file of ``gold`` with the events extracted from its article."""
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
        results.append((expected, tuple(extract(article.text, article_id=article.article))))
    if not results:
        raise UsageError("no gold files (*.jsonl) in the folder", path=str(gold))
    return results


def _split(name: str) -> frozenset[str]:
    path = Path(name)
    if not path.is_file():
        raise PathNotFoundError("no such split file", path=name)
    with open(path, "rb") as handle:
        return parse_split(handle, path=name)


def _cmd_eval(args: argparse.Namespace) -> int:
    # The split is read first: a bad file fails before any article is read.
    named = None if args.split is None else _split(args.split)
    readings = _readings(Path(args.articles), Path(args.gold))
    results = [score_article(events, expected) for expected, events in readings]
    overall, languages = combine(results), by_language(results)
    parts = None if named is None else score_parts(results, named)
    # Everything is measured before anything is printed: bad gold prints one error, no figures.
    verdicts = None
    if args.verdicts:
        both = [
            ArticleEvents(expected.article, expected.language, gold_events(expected), events)
            for expected, events in readings
        ]
        verdicts = measure_verdicts(both, named=named)
    if args.json:
        report: dict[str, Any] = {
            "all": overall.as_dict(),
            "by_language": {lang: s.as_dict() for lang, s in languages.items()},
        }
        if parts is not None:
            report["parts"] = {key: part.as_dict() for key, part in parts.items()}
        if verdicts is not None:
            report["verdicts"] = verdicts.as_dict()
        sys.stdout.write(orjson.dumps(report, option=orjson.OPT_INDENT_2).decode() + "\n")
        return _EXIT_OK
    out = sys.stdout.write
    out(_table("all languages", overall))
    for lang, scores in languages.items():
        out("\n" + _table(f"language {lang}", scores))
    if parts is not None:
        for key, part in parts.items():
            out(_part(key, part, args.split))
    if verdicts is not None:
        out(_verdicts(verdicts, args.split))
    return _EXIT_OK


def _verdicts(measure: VerdictMeasure, split: str | None) -> str:
    """The verdict figures: all articles, by language, then each part of a split as a whole."""
    shown = measure.shown_as_of
    as_of = (
        "as of the latest gold publication date"
        if measure.parts is not None
        else "no knowledge date"
        if shown is None
        else f"as of {shown}"
    )
    text = f"\n== verdicts of the gold's scheduled meetings ({as_of})\n"
    text += _verdict_table("all languages", measure.whole.articles, measure.whole.counts)
    for lang, counts in measure.whole.by_language.items():
        text += "\n" + _verdict_table(f"language {lang}", None, counts)
    for key, part in (measure.parts or {}).items():
        where = f"named in {split}" if key == "named" else f"not named in {split}"
        text += f"\n== verdicts, part {key}: {part.articles} articles {where}\n"
        text += _verdict_table(f"part {key}, all languages", part.articles, part.counts)
        for lang, counts in part.by_language.items():
            text += "\n" + _verdict_table(f"part {key}, language {lang}", None, counts)
    return text


def _verdict_table(title: str, articles: int | None, counts: VerdictCounts) -> str:
    """One group's verdict figures and its confusion table (gold rows, extracted columns)."""
    of = "" if articles is None else f" ({articles} articles)"
    lines = [
        f"{title}{of}: {counts.gold} scheduled in gold, {counts.same} same verdict"
        f" ({counts.agreement:.1%}), {counts.different} different, {counts.missing} missing;"
        f" {counts.spurious_total} spurious"
    ]
    columns = (*VERDICTS, MISSING)
    if counts.gold or counts.spurious_total:
        head = "gold \\ extracted"
        lines.append(f"  {head:<17}" + "".join(f"{c:>12}" for c in columns))
        rows = [(g, counts.confusion[g]) for g in columns if g in counts.confusion]
        rows.append(("(spurious)", counts.spurious))
        for label, row in rows:
            cells = "".join(f"{row.get(c, 0):>12}" for c in columns)
            lines.append(f"  {label:<17}{cells}")
    return "\n".join(lines) + "\n"


def _part(key: str, part: Part, split: str) -> str:
    """The figures of one part of a split, as a whole: all its articles, then by language."""
    where = f"named in {split}" if key == "named" else f"not named in {split}"
    text = f"\n== part {key}: {part.scores.articles} articles {where}"
    if part.not_found:
        text += f" ({part.not_found} named ids have no gold file here)"
    text += "\n" + _table(f"part {key}, all languages", part.scores)
    for lang, scores in part.by_language.items():
        text += "\n" + _table(f"part {key}, language {lang}", scores)
    return text


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
