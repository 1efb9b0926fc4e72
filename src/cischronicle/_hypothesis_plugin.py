"""The ``hypothesis`` entry point: registers :mod:`cischronicle.testing`'s strategies.

Hypothesis calls :func:`setup` when it is imported, so ``st.from_type(MeetingHeld)`` works in
a project that has cischronicle installed.  It lives apart from ``testing`` because that
module imports Hypothesis: imported first, it would be asked for this hook half-built.
"""

from __future__ import annotations

import importlib
import sys

__all__ = ["setup"]


def setup() -> None:
    """Register the strategies for cischronicle's value and event types with Hypothesis."""
    if "cischronicle.testing" in sys.modules:
        return  # imported already, or importing Hypothesis right now: it registers at its end
    importlib.import_module("cischronicle.testing")  # registers the strategies when imported
