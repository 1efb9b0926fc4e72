"""Extraction never hangs: known catastrophic-backtracking inputs finish within a generous bound.

Each text is extracted in a subprocess with a timeout, so a hang fails its test instead of
hanging the suite.  The first input is the reproduction from issue 14 (a top line of 40 digits
then ``1 January 2024 x``); the others are long digit and punctuation runs of the same shape.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BOUND = 10.0  # seconds; a linear extractor takes milliseconds
BODY = "\n\nThe CIS Council of Foreign Ministers met in Minsk.\n"

HOSTILE = {
    "issue-14-top-line": "9" * 40 + " 1 January 2024 x" + BODY,
    "digits-60-before-date": "1" * 60 + " 1 January 2024 x" + BODY,
    "digits-with-dots": "1." * 40 + " 12.04.2024 x" + BODY,
    "digits-with-separators": "12:34-56/78,90 " * 12 + "12.04.2024 x" + BODY,
    "digits-mixed-found-by-fuzzing": "56191:7 30980:34/80766156.111-3,, 12.04.2024 x" + BODY,
    "digits-in-the-body": BODY + "3" * 5000 + " 1 January 2024" + BODY,
    "dots-run": "." * 20000 + BODY,
    "question-marks-found-by-fuzzing": "?" * 20000 + BODY,
    "dashes-and-spaces": "- " * 10000 + "1 January 2024" + BODY,
    "commas-and-digits": "1, " * 5000 + "2024" + BODY,
    "dateline-then-digits": "MINSK, 1 January 2024 " + "7" * 3000 + BODY,
    # one paragraph of thousands of claims: each month looked back over the whole paragraph,
    # and every claim was compared with every other (35 s for 390 kB before)
    "one-paragraph-of-claims": "10 апреля 2024\n\n2021 год был непростым. "
    + "Саммит СНГ в октябре пришлось провести в Гомеле. " * 6000,
    # thousands of meetings told to open one day and end the next: each opening was compared
    # with every claim (23 s for 430 kB before)
    "opened-and-ended": "DUSHANBE, October 10, 2025\n\n"
    + "The CIS summit in Dushanbe, which opened on Thursday, ended on Friday. " * 6000,
    # thousands of "Read also" lines between sentences: each sentence was looked for in every
    # link line
    "read-also-lines": BODY + "Read also: the airport expects many passengers in April\n"
    "The weather was fine.\n" * 12000,
}

_RUN = """
import sys
from cischronicle import ArticleRecorded, extract
events = extract(sys.stdin.read(), article_id="hostile")
assert isinstance(events[0], ArticleRecorded)
print(len(events))
"""


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_is_extracted_in_bounded_time(name: str) -> None:
    """Extraction of a hostile text finishes within the bound and starts with ArticleRecorded."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", _RUN],
            input=HOSTILE[name],
            capture_output=True,
            text=True,
            timeout=BOUND,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"extract hung on {name!r}: no result after {BOUND} s")
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 1


def test_the_fuzz_benchmark_generates_every_kind_repeatably() -> None:
    """bench_fuzz draws the same texts for the same seed, of every kind, and no empty ones."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench_fuzz
    finally:
        sys.path.pop(0)
    first = list(bench_fuzz.texts(20, seed=3))
    assert first == list(bench_fuzz.texts(20, seed=3))
    assert {kind for kind, _ in first} == set(bench_fuzz.KINDS)
    assert all(text for _, text in first)
