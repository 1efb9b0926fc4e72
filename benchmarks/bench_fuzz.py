"""Fuzz benchmark of extraction: the worst seconds per 10 kB over generated hostile texts.

Every pattern that reads article text must run in time linear in the text; one with nested
quantifiers over overlapping classes can backtrack for ever on a line of digits.  This feeds
:func:`cischronicle.extract` (the public API only) texts of five kinds, drawn from a seeded
random generator so a run is repeatable:

- ``random``: random printable characters, whitespace and punctuation;
- ``soup``: a soup of the extractor's vocabulary (months, bodies, cities, verbs, digits);
- ``spliced``: pieces of the seed articles (``seeds/``) cut and spliced at random points;
- ``digits``: long runs of digits and separators, on the top line and in the body, around a
  date (the shape of the known hang: 40 digits then ``1 January 2024 x``);
- ``punct``: long runs of one or a few punctuation characters, dots, dashes and spaces.

It reports, per kind and overall, the worst time per 10 kB (a text shorter than 10 kB counts as
10 kB, so tiny texts are not magnified) and the text that took it.  A text that runs longer
than ``--cap`` seconds is stopped (SIGALRM) and counted as a hang.  Target: worst under 0.1 s.

Usage::

    python benchmarks/bench_fuzz.py              # 200 texts (a smoke run)
    python benchmarks/bench_fuzz.py --count 5000
    python benchmarks/bench_fuzz.py --full       # 100 000 texts
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType

from cischronicle import extract

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("random", "soup", "spliced", "digits", "punct")
TARGET = 0.1  # seconds per 10 kB
FULL = 100_000

_WORDS = (
    "CIS Commonwealth of Independent States Council of Foreign Ministers heads of state"
    " government summit session meeting met will meet held hold postponed cancelled adopted"
    " signed approved decided next Minsk Moscow Almaty Astana Dushanbe Bishkek Tashkent Baku"
    " Yerevan Ashgabat Kyiv Chisinau January February March April May June July August"
    " September October November December Jan. Feb. Sept. Dec. 2024 2025 1999 12 1st 31st"
    " on in at of the a and or not no , . ; : - -- ( ) \" ' / | 1 2 10 April, 12-13"
    " СНГ Совет министров иностранных дел саммит заседание Минске Москве января апреля"
)
VOCABULARY = tuple(_WORDS.split())
PUNCT = ".,;:-–—_=+*#/\\|()[]{}<>'\"!?~^%&@ "  # noqa: RUF001 - dashes that look alike, on purpose


def _random_text(rng: random.Random, size: int) -> str:
    alphabet = [chr(c) for c in range(32, 127)] + list("\n\n\t  éжё–—«»")  # noqa: RUF001
    return "".join(rng.choice(alphabet) for _ in range(size))


def _soup(rng: random.Random, size: int) -> str:
    words: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(VOCABULARY)
        words.append(word + rng.choice(("", "", " ", "\n", ". ", ", ")))
        length += len(words[-1]) + 1
    return " ".join(words)


def _spliced(rng: random.Random, size: int, seeds: list[str]) -> str:
    pieces: list[str] = []
    length = 0
    while length < size:
        text = rng.choice(seeds)
        start = rng.randrange(len(text))
        piece = text[start : start + rng.randint(1, 400)]
        pieces.append(piece)
        length += len(piece)
    return rng.choice(("", "\n", " ")).join(pieces)


def _digits(rng: random.Random, size: int) -> str:
    run = "".join(rng.choice("0123456789" + rng.choice(("", " ", ".-/:,"))) for _ in range(size))
    run = run[: rng.randint(20, max(21, size))]
    date = rng.choice(("1 January 2024", "2024-01-01", "12.04.2024", "April 12", ""))
    body = "\n\nThe CIS Council of Foreign Ministers met in Minsk.\n"
    where = rng.random()
    if where < 0.5:
        return f"{run} {date} x{body}"
    if where < 0.8:
        return f"MINSK, {date} {run}{body}"
    return f"{body}{run} {date}{body}"


def _punct(rng: random.Random, size: int) -> str:
    chars = rng.sample(PUNCT, rng.randint(1, 3))
    run = "".join(rng.choice(chars) for _ in range(rng.randint(20, max(21, size))))
    body = "The CIS Council of Foreign Ministers will meet in Minsk on 12 April 2024."
    return rng.choice((f"{run}\n\n{body}", f"{body}{run}", f"{run} 1 January 2024 {run}\n{body}"))


def texts(count: int, *, seed: int = 14) -> Iterator[tuple[str, str]]:
    """``count`` generated texts as ``(kind, text)``, the kinds in turn, sizes up to ~12 kB."""
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    makers: dict[str, Callable[[int], str]] = {
        "random": lambda n: _random_text(rng, n),
        "soup": lambda n: _soup(rng, n),
        "spliced": lambda n: _spliced(rng, n, seeds),
        "digits": lambda n: _digits(rng, n),
        "punct": lambda n: _punct(rng, n),
    }
    for index in range(count):
        kind = KINDS[index % len(KINDS)]
        size = rng.choice((40, 200, 1000, 4000, 12000))
        yield kind, makers[kind](size)


class _Hang(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _Hang


def run(count: int, *, cap: float = 10.0, seed: int = 14) -> dict[str, object]:
    """Extract ``count`` generated texts; the worst seconds per 10 kB by kind, and hangs."""
    signal.signal(signal.SIGALRM, _alarm)
    # The first extraction loads the language model and the Russian dictionaries, once per
    # process: a start-up cost, not a cost of any text, so it is paid before timing.
    extract("Заседание СМИД СНГ прошло в Минске. The CIS ministers met.", article_id="warm")
    worst: dict[str, tuple[float, str]] = {kind: (0.0, "") for kind in KINDS}
    hangs: list[tuple[str, str]] = []
    total = 0.0
    for index, (kind, text) in enumerate(texts(count, seed=seed)):
        signal.setitimer(signal.ITIMER_REAL, cap)
        start = time.perf_counter()
        try:
            extract(text, article_id=f"fuzz{index}")
        except _Hang:
            hangs.append((kind, text))
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        elapsed = time.perf_counter() - start
        total += elapsed
        per_10kb = elapsed * 10_000 / max(len(text.encode("utf-8")), 10_000)
        if per_10kb > worst[kind][0]:
            worst[kind] = (per_10kb, text)
    overall = max(worst.values(), key=lambda w: w[0])
    return {"count": count, "worst": worst, "overall": overall, "hangs": hangs, "total": total}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures; exit 1 if the worst case misses the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="texts to generate (200)")
    parser.add_argument("--full", action="store_true", help=f"{FULL} texts")
    parser.add_argument("--cap", type=float, default=10.0, help="seconds before a text hangs")
    parser.add_argument("--seed", type=int, default=14, help="random seed (14)")
    args = parser.parse_args(argv)
    count = FULL if args.full else args.count
    result = run(count, cap=args.cap, seed=args.seed)
    out = sys.stdout.write
    out(f"{count} texts, {result['total']:.1f} s in extract\n")
    worst: dict[str, tuple[float, str]] = result["worst"]  # type: ignore[assignment]
    for kind in KINDS:
        seconds, text = worst[kind]
        out(f"  {kind:<8} worst {seconds:.4f} s per 10 kB  ({len(text)} chars: {text[:50]!r})\n")
    hangs: list[tuple[str, str]] = result["hangs"]  # type: ignore[assignment]
    for kind, text in hangs:
        out(f"  HANG ({kind}, stopped after {args.cap} s): {text[:60]!r}\n")
    overall: tuple[float, str] = result["overall"]  # type: ignore[assignment]
    verdict = "met" if overall[0] < TARGET and not hangs else "MISSED"
    out(f"worst {overall[0]:.4f} s per 10 kB, {len(hangs)} hangs: target {TARGET} s {verdict}\n")
    return 0 if verdict == "met" else 1


if __name__ == "__main__":
    sys.exit(main())
