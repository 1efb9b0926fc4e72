"""Shared test set-up: Hypothesis profiles and paths to the bundled and shared data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

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
