"""docs/extraction.md cannot rot: its Python blocks run, and print what the doc shows."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "extraction.md"
FENCE = re.compile(r"```(\w*)\n(.*?)\n```", re.S)


def runs() -> list[tuple[int, str, str]]:
    """(line, printed, shown) for each Python block, run in order in one namespace.

    ``shown`` is the ``text`` block right after the Python block ("" when there is none).
    """
    text = DOC.read_text(encoding="utf-8")
    fences = list(FENCE.finditer(text))
    namespace: dict[str, Any] = {"__name__": "docs_extraction"}
    found = []
    for index, fence in enumerate(fences):
        if fence.group(1) != "python":
            continue
        line = text.count("\n", 0, fence.start(2)) + 1
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile("\n" * (line - 1) + fence.group(2), str(DOC), "exec"), namespace)
        after = fences[index + 1] if index + 1 < len(fences) else None
        shown = ""
        between = "" if after is None else text[fence.end() : after.start()]
        if after is not None and after.group(1) == "text" and not between.strip():
            shown = after.group(2) + "\n"
        found.append((line, printed.getvalue(), shown))
    return found


def test_the_doc_blocks_print_what_the_doc_shows() -> None:
    """Every Python block of docs/extraction.md runs and prints exactly the text shown after it."""
    results = runs()
    assert len(results) >= 10
    wrong = [(line, printed, shown) for line, printed, shown in results if printed != shown]
    assert wrong == []
