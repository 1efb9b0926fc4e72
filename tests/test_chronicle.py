"""Chronicle: many logs as one deterministic stream."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cischronicle import Chronicle, JsonlLog, MemoryLog, PathNotFoundError, UsageError
from helpers import held, recorded


def test_stream_order_is_publication_then_article_then_seq(tmp_path: Path) -> None:
    """Undated articles first, then by publication date, article id and sequence."""
    for article, published in [
        ("c", "2024-01-02"),
        ("a", "2024-01-02"),
        ("b", "2023-05-05"),
        ("u", None),
    ]:
        JsonlLog(tmp_path / f"{article}.jsonl").append(
            [
                recorded(article, published),
                held(article, "cis-cfm", None, "2023", n=1),
                held(article, "cis-cfm", None, "2022", n=2),
            ]
        )
    chronicle = Chronicle.load(tmp_path)
    articles = [e.provenance.article for e in chronicle.events()]
    assert articles == ["u"] * 3 + ["b"] * 3 + ["a"] * 3 + ["c"] * 3
    assert chronicle.latest_published() == dt.date(2024, 1, 2)
    assert [e.provenance.article for e in chronicle.events(as_of=dt.date(2023, 12, 31))] == [
        "u"
    ] * 3 + ["b"] * 3


def test_load_refuses_missing_or_non_folder(tmp_path: Path) -> None:
    """Loading a path that is not a folder is a UsageError naming it."""
    with pytest.raises(PathNotFoundError, match="no such folder"):
        Chronicle.load(tmp_path / "missing")
    (tmp_path / "file.jsonl").write_text("")
    with pytest.raises(UsageError, match="not a folder"):
        Chronicle.load(tmp_path / "file.jsonl")


def test_two_logs_of_one_article_are_refused() -> None:
    """An article can have only one log in a chronicle."""
    first, second = MemoryLog("a"), MemoryLog("a")
    first.append([recorded("a", None)])
    second.append([recorded("a", None)])
    with pytest.raises(UsageError, match="two logs"):
        Chronicle([first, second])


def test_empty_logs_are_left_out(tmp_path: Path) -> None:
    """An empty log file contributes nothing and is not an error."""
    (tmp_path / "empty.jsonl").write_bytes(b"")
    JsonlLog(tmp_path / "a.jsonl").append([recorded("a", "2024-01-01")])
    assert [s.article for s in Chronicle.load(tmp_path).sources] == ["a"]


def test_from_events_groups_by_article() -> None:
    """An in-memory chronicle groups events into one log per article, order kept."""
    events = [
        recorded("b", "2024-01-01"),
        recorded("a", "2023-01-01"),
        held("b", "cis-cfm", None, None),
    ]
    chronicle = Chronicle.from_events(events)
    assert [e.id for e in chronicle.events()] == [events[1].id, events[0].id, events[2].id]
    assert len(chronicle) == 2
