"""Extraction throughput: articles per second in one process, over the seeds and the corpus.

The target is 100 articles/s per core (issue 10, which withdrew the earlier 300/s target):
a benchmark, not a test.  Run alone: ``python benchmarks/bench_extract.py [SECONDS]``
(default 3 seconds per set).  Articles are read once; then :func:`cischronicle.extract` runs
over the set again and again for about ``SECONDS``, and the best of five rounds is reported
(CPU time of this process, so other processes slow it less), with the wall-clock rate beside
it.  The corpus part is read from ``../shared/corpus/articles`` at run time and skipped when
that folder is absent.  Also extracts one very long text (the seeds and the corpus repeated to
about 4 MB) once, to show that time stays linear in the text size.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from cischronicle import extract, read_article

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "seeds": ROOT / "seeds",
    "corpus": ROOT.parent / "shared" / "corpus" / "articles",
}
TARGET = 100.0  # articles/s per core (issue 10)


def _texts(folder: Path) -> list[tuple[str, str]]:
    return [(a.article, a.text) for a in map(read_article, sorted(folder.glob("*.txt")))]


def _rate(texts: list[tuple[str, str]], seconds: float) -> tuple[float, float]:
    """Best-of-five articles per second: (CPU time based, wall clock based)."""
    best_cpu = best_wall = 0.0
    for _ in range(5):
        cpu0, wall0, count = time.process_time(), time.perf_counter(), 0
        while time.perf_counter() - wall0 < seconds / 5:
            for article, text in texts:
                extract(text, article_id=article)
                count += 1
        cpu = time.process_time() - cpu0
        wall = time.perf_counter() - wall0
        best_cpu = max(best_cpu, count / cpu if cpu else 0.0)
        best_wall = max(best_wall, count / wall if wall else 0.0)
    return best_cpu, best_wall


def main(argv: list[str]) -> int:
    """Print the throughput of each set and of one long text."""
    seconds = float(argv[0]) if argv else 3.0
    print(f"cischronicle extract: articles per second per core (target {TARGET:.0f}), best of 5")
    everything: list[tuple[str, str]] = []
    for name, folder in SETS.items():
        if not folder.is_dir():
            print(f"  {name:<7} skipped: {folder} is absent")
            continue
        texts = _texts(folder)
        everything.extend(texts)
        cpu, wall = _rate(texts, seconds)
        verdict = "ok" if cpu >= TARGET else "BELOW TARGET"
        print(
            f"  {name:<7} {len(texts):>3} articles  {cpu:7.1f}/s (CPU)  {wall:7.1f}/s (wall)"
            f"  {verdict}"
        )
    if everything:
        joined = "\n\n".join(text for _, text in everything)
        long_text = joined * max(1, 4_000_000 // len(joined))
        start = time.perf_counter()
        events = extract(long_text, article_id="long")
        elapsed = time.perf_counter() - start
        print(
            f"  one text of {len(long_text) / 1e6:.1f} MB: {elapsed:.1f} s"
            f" ({len(long_text) / 1e6 / elapsed:.2f} MB/s), {len(events)} events"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
