"""Shared test set-up: Hypothesis profiles and paths to the bundled and shared data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from cischronicle.evaluate import parse_split

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

settings.register_profile(
    "quick", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("CISCHRONICLE_HYPOTHESIS_PROFILE", "quick"))


@pytest.fixture
def root() -> Path:
    """The repository root."""
    return ROOT


@pytest.fixture
def shared() -> Path:
    """The shared development data beside the repo; skips the test when it is absent."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is absent (a user's clone has none)")
    return SHARED


@pytest.fixture
def sealed_list(shared: Path) -> Path:
    """The corpus's list of sealed article ids; skips the test when there is none."""
    path = shared / "corpus" / "sealed.txt"
    if not path.is_file():
        pytest.skip("../shared/corpus has no sealed.txt: its open part is not defined")
    return path


@pytest.fixture
def open_gold(shared: Path, sealed_list: Path) -> list[Path]:
    """The corpus's gold files of the open part: every one whose id sealed.txt does not name.

    Only the list of names is read here; a sealed article, its gold or its score is never
    opened one by one (the sealed part is scored only as a whole, by ``eval --split``).
    """
    sealed = parse_split(sealed_list.read_bytes().splitlines(), path=str(sealed_list))
    gold = sorted((shared / "corpus" / "gold").glob("*.jsonl"))
    return [path for path in gold if path.stem not in sealed]
