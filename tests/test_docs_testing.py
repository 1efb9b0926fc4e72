"""docs/testing.md cannot rot: its Python blocks run as one test file, its output is real."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cischronicle.testing import assert_consistent

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "testing.md"
SKIP = "<!-- not run"
BLOCK = re.compile(r"(?P<before>[^\n]*)\n```(?P<lang>\w*)\n(?P<code>.*?)\n```", re.S)


def blocks(lang: str) -> list[tuple[int, str]]:
    """The fenced ``lang`` blocks of the doc that are run, with the line each code starts on."""
    text = DOC.read_text()
    found = []
    for match in BLOCK.finditer(text):
        if match["lang"] == lang and not match["before"].startswith(SKIP):
            found.append((text.count("\n", 0, match.start("code")) + 1, match["code"]))
    return found


def run_doc() -> dict[str, Any]:
    """Execute the doc's Python blocks in order in one namespace, as if they were one file."""
    namespace: dict[str, Any] = {"__name__": "docs_testing"}
    for line, code in blocks("python"):
        padded = "\n" * (line - 1) + code  # tracebacks point at the doc's own line numbers
        exec(compile(padded, str(DOC), "exec"), namespace)
    return namespace


def test_the_doc_has_python_blocks() -> None:
    """The doc shows code, and skips only the block that would change the suite's settings."""
    assert len(blocks("python")) >= 5
    assert DOC.read_text().count(SKIP) == 1


def test_the_doc_blocks_run_and_their_tests_pass() -> None:
    """Every block runs, and every test_* function the blocks define passes."""
    namespace = run_doc()
    tests: list[Callable[[], None]] = [
        value for name, value in namespace.items() if name.startswith("test_") and callable(value)
    ]
    assert len(tests) >= 8, sorted(namespace)
    for test in tests:
        test()


def test_the_shown_failure_is_what_assert_consistent_says(root: Path) -> None:
    """The seed logs pass; the strict failure the doc shows is what assert_consistent says."""
    (shown,) = [code for _, code in blocks("text") if code.startswith("AssertionError")]
    assert_consistent(root / "events")  # the default reading: no contradiction
    with pytest.raises(AssertionError) as raised:
        assert_consistent(root / "events", strict=True)
    assert shown == f"AssertionError: {raised.value}"
