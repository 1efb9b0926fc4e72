"""The documentation matches the code: example lines decode, the README's commands are CI's."""

from __future__ import annotations

import re
from pathlib import Path

from cischronicle import decode_line
from cischronicle.events import EVENT_TYPES as EVENT_TYPES_DOC

ROOT = Path(__file__).resolve().parent.parent


def test_every_event_type_has_a_decodable_example() -> None:
    """docs/events.md shows one valid example line for every event type."""
    text = (ROOT / "docs" / "events.md").read_text()
    blocks = re.findall(r"```json\n(.*?)\n```", text, re.S)
    decoded = [decode_line(block.encode()).event for block in blocks]
    assert sorted(type(e).__name__ for e in decoded) == sorted(EVENT_TYPES_DOC)


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run runs exactly the test command the README's quick start gives."""
    readme = (ROOT / "README.md").read_text()
    commands = re.findall(r"```sh\n(.*?)\n```", readme, re.S)[0].splitlines()
    assert len(commands) == 2
    assert "cischronicle check" in commands[0] and "pytest" in commands[1]
    assert commands[1] in (ROOT / ".ci" / "run").read_text().splitlines()
