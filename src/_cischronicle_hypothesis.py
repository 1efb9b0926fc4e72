"""The ``hypothesis`` entry point of cischronicle, kept outside the package on purpose.

Hypothesis runs :func:`setup` on every ``import hypothesis`` in an environment where
cischronicle is installed.  Importing anything inside the ``cischronicle`` package would import
the whole library (and its extractor) into every such test run, used or not; so this module
imports nothing.  If cischronicle is already imported, its strategies are registered now;
otherwise ``import cischronicle`` registers them itself when it sees Hypothesis imported.
Either way ``st.from_type(MeetingHeld)`` works in a user's tests with no code of their own.
"""

from __future__ import annotations

import importlib
import sys

__all__ = ["setup"]


def setup() -> None:
    """Register cischronicle's strategies now if it is imported, else when it is imported."""
    if "cischronicle" not in sys.modules or "cischronicle.testing" in sys.modules:
        return  # registered by ``import cischronicle`` later, or already registered
    importlib.import_module("cischronicle.testing")
