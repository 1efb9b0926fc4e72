"""extract() with every speed-up swapped for the plain scan it stands for gives the same events.

Each fast path has its own property test (tests/test_extract_scan.py); this pins them together,
end to end, on the seed articles, perturbed copies of them and made-up texts: the events
(ids, quotes, places, dates, decisions) are equal, event for event.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cischronicle import extract, read_article
from cischronicle.extract import (
    bodies,
    context,
    dateline,
    dates,
    decisions,
    patterns,
    places,
    scan,
)
from cischronicle.extract import text as textmod
from test_extract_scan import _count_organisations_plain, _tense_matches_plain

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
EXTRACT = sys.modules["cischronicle.extract"]


def _plain_boundaries(text: str, start: int, end: int, ends: list[int]) -> list[re.Match[str]]:
    return list(textmod._BOUNDARY.finditer(text, start, end))


def _plain_prep_before(text: str, start: int) -> str:
    match = dates._PREP.search(text[max(0, start - 20) : start])
    return match.group(1).lower() if match else ""


def _plain_and_cuts(chunk: str, head: str) -> list[re.Match[str]]:
    pattern = re.compile(
        r"\s+and\s+(?=" + re.escape(head) + r"\b|(?:documents|statements|agreements)\b)", re.I
    )
    return list(pattern.finditer(chunk))


def _plain_future_year(text: str) -> int | None:
    found = dateline._FUTURE_YEAR.finditer(text[:20000])
    return min((int(m.group(1)) for m in found), default=None)


@pytest.fixture
def plain() -> Iterator[pytest.MonkeyPatch]:
    """Every fast path replaced by the plain scan or loop it stands for."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            EXTRACT,
            "words_in_sentences",
            lambda text, sentences, lower=None: [textmod.words_present(s.text) for s in sentences],
        )
        patch.setattr(scan.Prefilter, "may_match", lambda self, low: True)
        patch.setattr(scan, "lowered", lambda text, lower=None: None)  # scanners scan
        for module in (decisions, patterns, dateline, bodies):
            patch.setattr(module, "lowered", lambda text, lower=None: None)
        patch.setattr(textmod, "_boundaries", _plain_boundaries)
        patch.setattr(dates, "_prep_before", _plain_prep_before)
        patch.setattr(patterns, "_tense_matches", _tense_matches_plain)
        patch.setattr(decisions, "_and_cuts", _plain_and_cuts)
        patch.setattr(decisions, "_scheduling", lambda obj: decisions._SCHEDULING.search(obj))
        patch.setattr(context, "count_organisations", _count_organisations_plain)
        patch.setattr(dateline, "_earliest_future_year", _plain_future_year)
        patch.setattr(
            dateline, "_at_line_starts", lambda pattern, text: list(pattern.finditer(text))
        )
        patch.setattr(
            places,
            "last_words_only",
            lambda text, low, at, count: [w for _, w in textmod.last_words(text, low, at, count)],
        )
        yield patch


def _events(text: str) -> list[object]:
    return list(extract(text, article_id="a"))


def _variants(text: str, seed: int) -> list[str]:
    rng = random.Random(seed)
    lines = text.split("\n")
    shuffled = lines[:]
    rng.shuffle(shuffled)
    cut = rng.randrange(len(text))
    return [
        text,
        text.upper(),
        text.lower(),
        "\n".join(shuffled),
        text[:cut] + text[cut + rng.randrange(1, 200) :],
        text.replace(" ", "  ").replace(",", " ,"),
    ]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_articles_give_the_same_events_without_the_fast_paths(
    path: Path, plain: pytest.MonkeyPatch
) -> None:
    """The seeds and perturbed copies of them: fast and plain extraction agree."""
    texts = _variants(read_article(path).text, seed=len(path.name))
    slow = [_events(t) for t in texts]
    plain.undo()
    fast = [_events(t) for t in texts]
    assert fast == slow
    assert any(len(events) > 1 for events in fast)  # the texts do name meetings


_PIECES = [
    "The CIS Council of Foreign Ministers", " convened in Almaty", " on April 11", ". ",
    "The next meeting", " will be held in Dushanbe in October", " ahead of the CIS Summit",
    " date 2025-04-12 ", "ASHGABAT, October 10. /TASS/. ", "The ministers adopted a statement",
    " on security and the statement on trade", ", namely, the Joint Statement on A", "\n",
    " on the eve of the summit", "Заседание СМИД СНГ состоится 10 октября в Минске", "“", "”",
    "12 Oct 2023\n", " will meet in 2026", " the economic council", " ſession", " İ", " K",
    " The meeting participants agreed to award", " It was agreed that", " the meeting.",
    " Foreign ministerial meeting", " press conference", " was postponed to May 20",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join))
def test_made_up_texts_give_the_same_events_without_the_fast_paths(text: str) -> None:
    """Texts made of meeting phrases, odd letters and traps: fast and plain agree."""
    fast = _events(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(scan.Prefilter, "may_match", lambda self, low: True)
        patch.setattr(
            EXTRACT,
            "words_in_sentences",
            lambda text, sentences, lower=None: [textmod.words_present(s.text) for s in sentences],
        )
        patch.setattr(textmod, "_boundaries", _plain_boundaries)
        patch.setattr(patterns, "_tense_matches", _tense_matches_plain)
        patch.setattr(decisions, "_and_cuts", _plain_and_cuts)
        patch.setattr(context, "count_organisations", _count_organisations_plain)
        slow = _events(text)
    assert fast == slow
