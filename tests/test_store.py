"""The store contract, run against every backend: folder, SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from cischronicle import (
    ChainBrokenError,
    ConcurrencyError,
    Event,
    EventLog,
    InvalidValueError,
    JsonlLog,
    LogCorruptError,
    MemoryLog,
    PathNotFoundError,
    UsageError,
)
from cischronicle.store import ArticleLog, Store, open_store
from helpers import held, recorded, scheduled
from stores import store_url
from test_log import ARTICLE, LogContract


def article_events(article: str, published: str | None, n: int) -> list[Event]:
    """An ArticleRecorded and ``n`` claims of ``article``."""
    claims: list[Event] = [
        held(article, "cis-cfm", "Minsk", f"2024-04-{i % 28 + 1:02d}", n=i) for i in range(n)
    ]
    return [recorded(article, published), *claims]


class StoreContract:
    """What every store backend must do; subclasses name the backend."""

    backend = ""

    def open(self, tmp_path: Path) -> Store:
        """A new, empty store of the backend."""
        return open_store(store_url(self.backend, tmp_path), create=True)

    def test_empty_store(self, tmp_path: Path) -> None:
        """A new store has no logs, no events and position 0."""
        store = self.open(tmp_path)
        assert store.sources() == [] and list(store.events()) == [] and store.position() == 0

    def test_append_many_articles_gives_positions_in_append_order(self, tmp_path: Path) -> None:
        """One append of two articles stores both; positions count the events in append order."""
        store = self.open(tmp_path)
        a, b = article_events("a", "2024-05-01", 2), article_events("b", "2024-01-01", 1)
        assert store.append({"a": a, "b": b}) == 5
        after = list(store.events_after(0))
        assert [s.position for s in after] == [1, 2, 3, 4, 5]
        assert [(s.article, s.seq) for s in after] == [
            ("a", 1), ("a", 2), ("a", 3), ("b", 1), ("b", 2)
        ]
        assert [s.event for s in store.events_after(3)] == b
        assert [s.event for s in store.events_after(1, limit=2)] == a[1:]
        assert [e.seq for e in store.read("a")] == [1, 2, 3]

    def test_events_after_are_read_as_their_logs_are(self, tmp_path: Path) -> None:
        """From any position, each event comes with the seq and prev its log's read gives."""
        store = self.open(tmp_path)
        store.append({"a": article_events("a", "2024-05-01", 2), "b": article_events("b", None, 1)})
        store.append({"b": [held("b", "cis-chs", "Minsk", "2024-06-01", n=7)]})
        store.append({"a": [held("a", "cis-chs", "Minsk", "2024-06-02", n=8)]})
        envelopes = {
            (article, env.seq): env for article in ("a", "b") for env in store.read(article)
        }
        for position in range(store.position() + 1):
            for stored in store.events_after(position):
                env = envelopes[(stored.article, stored.seq)]
                assert (stored.prev, stored.event) == (env.prev, env.event)

    def test_events_stream_in_chronicle_order(self, tmp_path: Path) -> None:
        """events() orders by publication date (undated first), then article id, then seq."""
        store = self.open(tmp_path)
        late, early, undated = (
            article_events("late", "2024-09-01", 1),
            article_events("early", "2024-01-01", 2),
            article_events("undated", None, 1),
        )
        store.append({"late": late})
        store.append({"early": early, "undated": undated})
        assert list(store.events()) == undated + early + late
        assert list(store.events(as_of=dt.date(2024, 6, 1))) == undated + early
        assert [s.article for s in store.sources()] == ["undated", "early", "late"]

    def test_refused_batch_stores_nothing_for_any_article(self, tmp_path: Path) -> None:
        """A batch with one bad article is refused whole: the good article is not stored."""
        store = self.open(tmp_path)
        store.append({"x": article_events("x", "2024-01-01", 1)})
        with pytest.raises(InvalidValueError):
            store.append(
                {"a": article_events("a", "2024-02-01", 1), "b": [held("b", "cis-cfm", None, None)]}
            )
        assert store.position() == 2 and list(store.read("a")) == []
        assert [s.article for s in store.sources()] == ["x"]

    def test_expected_seq_conflict_stores_nothing(self, tmp_path: Path) -> None:
        """A stale expected seq on one article refuses the whole append."""
        store = self.open(tmp_path)
        store.append({"a": article_events("a", "2024-01-01", 1)})
        with pytest.raises(ConcurrencyError):
            store.append(
                {
                    "b": article_events("b", "2024-02-01", 1),
                    "a": [scheduled("a", "cis-chs", "Baku", "2025")],
                },
                expected={"b": 0, "a": 1},
            )
        assert store.position() == 2 and list(store.read("b")) == []
        assert store.append({"a": [scheduled("a", "cis-chs", "Baku", "2025")]}, expected={"a": 2})

    def test_lines_are_the_bytes_a_jsonl_log_holds(self, tmp_path: Path) -> None:
        """Every backend stores each article's log as the same canonical lines."""
        store = self.open(tmp_path)
        events = article_events(ARTICLE, "2024-04-12", 4)
        store.append({ARTICLE: events[:2]})
        store.append({ARTICLE: events[2:]})
        memory = MemoryLog(ARTICLE)
        memory.append(events)
        assert store.lines(ARTICLE) == memory.lines()

    def test_reopened_store_reads_the_same(self, tmp_path: Path) -> None:
        """A store opened again by URL holds what was appended."""
        url = store_url(self.backend, tmp_path)
        store = open_store(url, create=True)
        events = article_events("a", "2024-01-01", 3)
        store.append({"a": events})
        store.close()
        again = open_store(url)
        assert list(again.events()) == events and again.position() == 4

    def test_verify_holds_and_checks_heads(self, tmp_path: Path) -> None:
        """Verify finds every log whole, and a recorded head that differs."""
        store = self.open(tmp_path)
        store.append({"a": article_events("a", None, 2), "b": article_events("b", None, 1)})
        results = store.verify()
        assert len(results) == 2 and all(r.ok for r in results)
        results = store.verify(heads={"a.jsonl": "f" * 64})
        assert [r.ok for r in results] == [False, True]

    def test_checkpoint_is_saved_and_replaced(self, tmp_path: Path) -> None:
        """A saved checkpoint loads back as saved; saving again replaces it."""
        store = self.open(tmp_path)
        assert store.load_checkpoint("state") is None
        store.save_checkpoint("state", b"one")
        store.save_checkpoint("state", b"two\x00\xff")
        assert store.load_checkpoint("state") == b"two\x00\xff"

    def test_bad_article_id_refused(self, tmp_path: Path) -> None:
        """An article id that could escape a folder is refused by every backend."""
        store = self.open(tmp_path)
        with pytest.raises(InvalidValueError):
            store.append({"../x": article_events("../x", None, 0)})
        assert store.position() == 0


class TestFolderStore(StoreContract):
    """The folder backend honours the store contract."""

    backend = "folder"

    def test_logs_written_without_the_store_are_adopted(self, tmp_path: Path) -> None:
        """A log appended by JsonlLog directly gets positions after what the journal had."""
        url = store_url("folder", tmp_path)
        store = open_store(url, create=True)
        store.append({"a": article_events("a", "2024-01-01", 1)})
        JsonlLog(Path(url) / "b.jsonl").append(article_events("b", "2024-02-01", 2))
        assert [(s.position, s.article) for s in store.events_after(2)] == [
            (3, "b"), (4, "b"), (5, "b")
        ]

    def test_the_journal_orders_the_logs_by_their_publication(self, tmp_path: Path) -> None:
        """Each journal line names its article's publication date; the logs replay by it."""
        url = store_url("folder", tmp_path)
        store = open_store(url, create=True)
        store.append({"b": article_events("b", "2024-02-01", 1)})
        store.append({"a": article_events("a", "2024-03-01", 1), "c": article_events("c", None, 1)})
        store.append({"b": [held("b", "cis-chs", "Baku", "2024-01-30", n=7)]})
        journal = (Path(url) / ".cischronicle" / "positions").read_text().splitlines()
        assert [line.split("\t")[::3] for line in journal] == [
            ["b", "2024-02-01"], ["a", "2024-03-01"], ["c", "-"], ["b", "2024-02-01"]
        ]
        assert [s.article for s in store.sources()] == ["c", "b", "a"]
        assert [e.provenance.article for e in store.events()] == ["c"] * 2 + ["b"] * 3 + ["a"] * 2

    def test_a_log_the_journal_does_not_date_is_ordered_by_its_first_line(
        self, tmp_path: Path
    ) -> None:
        """A log written beside the store is read from its first line; ordering writes nothing."""
        url = store_url("folder", tmp_path)
        store = open_store(url, create=True)
        store.append({"b": article_events("b", "2024-02-01", 1)})
        JsonlLog(Path(url) / "a.jsonl").append(article_events("a", "2024-01-01", 1))
        journal = Path(url) / ".cischronicle" / "positions"
        before = journal.read_bytes()
        assert [(s.article, s.published) for s in store.sources()] == [
            ("a", dt.date(2024, 1, 1)), ("b", dt.date(2024, 2, 1))
        ]
        assert [e.provenance.article for e in store.events()] == ["a", "a", "b", "b"]
        assert journal.read_bytes() == before

    def test_a_journal_without_dates_is_written_again_in_its_order(self, tmp_path: Path) -> None:
        """A journal of the format before the dates gets them, and its positions stay."""
        url = store_url("folder", tmp_path)
        store = open_store(url, create=True)
        store.append({"b": article_events("b", "2024-02-01", 1)})
        store.append({"a": article_events("a", "2024-01-01", 2)})
        journal = Path(url) / ".cischronicle" / "positions"
        lines = journal.read_text().splitlines()
        journal.write_text("".join(line.rsplit("\t", 1)[0] + "\n" for line in lines))
        assert [(s.position, s.article) for s in store.events_after(0)] == [
            (1, "b"), (2, "b"), (3, "a"), (4, "a"), (5, "a")
        ]
        assert journal.read_text().splitlines() == lines

    def test_a_first_line_changed_under_the_journal_is_refused(self, tmp_path: Path) -> None:
        """A log rewritten to the same size with another date is not replayed out of order."""
        url = store_url("folder", tmp_path)
        store = open_store(url, create=True)
        store.append({"a": article_events("a", "2024-01-01", 0)})
        log = Path(url) / "a.jsonl"
        other = tmp_path / "other"
        other.mkdir()
        JsonlLog(other / "a.jsonl").append(article_events("a", "2024-01-02", 0))
        assert len((other / "a.jsonl").read_bytes()) == len(log.read_bytes())
        log.write_bytes((other / "a.jsonl").read_bytes())
        with pytest.raises(LogCorruptError, match=r"remove \.cischronicle/positions"):
            list(store.events())

    def _counted(self, monkeypatch: pytest.MonkeyPatch) -> list[int]:
        """Record each count of the logs (one ``lstat`` per log) the folder store makes."""
        from cischronicle.store.folder import FolderStore

        counts: list[int] = []
        sizes = FolderStore._sizes

        def counting(store: FolderStore) -> dict[str, int]:
            found = sizes(store)
            counts.append(len(found))
            return found

        monkeypatch.setattr(FolderStore, "_sizes", counting)
        return counts

    def test_the_index_spares_counting_the_logs(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Once counted, positions, events after one and appends read no other log."""
        store = open_store(store_url("folder", tmp_path), create=True)
        store.append({"a": article_events("a", "2024-01-01", 2)})
        store.append({"b": article_events("b", "2024-02-01", 1)})
        counts = self._counted(monkeypatch)
        assert store.position() == 5
        assert [(s.position, s.article, s.seq) for s in store.events_after(3)] == [
            (4, "b", 1), (5, "b", 2)
        ]
        store.append({"a": [held("a", "cis-cfm", "Baku", "2024-05-01", n=9)]})
        assert [(s.position, s.article, s.seq) for s in store.events_after(4)] == [
            (5, "b", 2), (6, "a", 4)
        ]
        assert counts == []

    @pytest.mark.parametrize("damage", ["garbage", "removed", "stale", "folder touched"])
    def test_an_index_that_does_not_hold_means_a_count(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
    ) -> None:
        """A damaged, missing or stale index, or a folder changed since, is never trusted."""
        url = store_url("folder", tmp_path)
        store = open_store(url, create=True)
        store.append({"a": article_events("a", "2024-01-01", 2)})
        index = Path(url) / ".cischronicle" / "index"
        if damage == "garbage":
            data = bytearray(index.read_bytes())
            data[40] ^= 1
            index.write_bytes(bytes(data))
        elif damage == "removed":
            index.unlink()
        elif damage == "stale":
            index.write_bytes(b"stale\n")
        else:
            os.utime(url, ns=(0, 1))
        counts = self._counted(monkeypatch)
        assert [s.position for s in store.events_after(1)] == [2, 3]
        assert counts == [1]
        assert store.position() == 3
        assert counts == [1]  # counted once, the index is good again

    def test_a_log_appended_in_place_beside_the_store_is_adopted(self, tmp_path: Path) -> None:
        """JsonlLog moves the folder's time on as it appends, so the index stops holding."""
        url = store_url("folder", tmp_path)
        store = open_store(url, create=True)
        store.append({"a": article_events("a", "2024-01-01", 1)})
        assert store.position() == 2
        JsonlLog(Path(url) / "a.jsonl").append([held("a", "cis-chs", "Baku", "2024-03-01", n=5)])
        assert [(s.position, s.seq) for s in store.events_after(2)] == [(3, 3)]

    def test_a_crash_mid_append_leaves_the_index_stale(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """An append cut off after one of its logs is counted, and that log adopted, next time."""
        url = store_url("folder", tmp_path)
        store = open_store(url, create=True)
        store.append({"a": article_events("a", "2024-01-01", 1)})
        appended = JsonlLog.append

        def crash_after_first(log: JsonlLog, *args: object, **kwargs: object) -> int:
            if log.article == "c":
                raise KeyboardInterrupt  # the process dies here
            return appended(log, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(JsonlLog, "append", crash_after_first)
        with pytest.raises(KeyboardInterrupt):
            store.append(
                {"b": article_events("b", "2024-02-01", 1), "c": article_events("c", None, 1)}
            )
        monkeypatch.undo()
        journal = Path(url) / ".cischronicle" / "positions"
        journal.write_text(journal.read_text().splitlines(keepends=True)[0])  # line lost too
        assert (Path(url) / ".cischronicle" / "index").read_bytes() == b"stale\n"
        reopened = open_store(url)
        assert [(s.position, s.article) for s in reopened.events_after(2)] == [
            (3, "b"), (4, "b")
        ]

    def test_a_journal_without_positions_gets_them(self, tmp_path: Path) -> None:
        """A journal of the format before positions is read as it was, then given them."""
        url = store_url("folder", tmp_path)
        store = open_store(url, create=True)
        store.append({"b": article_events("b", "2024-02-01", 1)})
        store.append({"a": article_events("a", "2024-01-01", 2), "b": [
            held("b", "cis-chs", "Baku", "2024-03-01", n=7)
        ]})
        journal = Path(url) / ".cischronicle" / "positions"
        lines = journal.read_text().splitlines()
        assert [line.split("\t")[4] for line in lines] == ["2", "5", "6"]
        journal.write_text("".join(line.rsplit("\t", 1)[0] + "\n" for line in lines))
        assert [(s.position, s.article) for s in store.events_after(4)] == [(5, "a"), (6, "b")]
        assert journal.read_text().splitlines() == lines

    def test_missing_folder_is_an_error(self, tmp_path: Path) -> None:
        """Opening a folder that does not exist (without create) raises PathNotFoundError."""
        with pytest.raises(PathNotFoundError):
            open_store(str(tmp_path / "missing"))


class TestSqliteStore(StoreContract):
    """The SQLite backend honours the store contract."""

    backend = "sqlite"

    def test_missing_file_is_not_created(self, tmp_path: Path) -> None:
        """Opening a missing SQLite file without create raises and makes no file."""
        with pytest.raises(PathNotFoundError):
            open_store(f"sqlite:///{tmp_path}/missing.db")
        assert not (tmp_path / "missing.db").exists()

    def test_a_file_that_is_no_store_is_refused_unchanged(self, tmp_path: Path) -> None:
        """A file that is not an SQLite chronicle is a UsageError and is left as it was."""
        path = tmp_path / "notes.db"
        path.write_bytes(b"not a database at all" * 100)
        with pytest.raises(UsageError):
            open_store(f"sqlite:///{path}")
        assert path.read_bytes() == b"not a database at all" * 100


    def test_events_after_refuse_a_changed_line(self, tmp_path: Path) -> None:
        """A stored line changed in place breaks the chain for events_after as for read."""
        url = store_url("sqlite", tmp_path)
        store = open_store(url, create=True)
        store.append({"a": article_events("a", None, 3)})
        line = store.lines("a")[1].replace(b"Minsk", b"Brest")
        with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
            conn.execute("UPDATE cischronicle_events SET line = ? WHERE seq = 2", (line,))
        conn.close()
        with pytest.raises(ChainBrokenError) as info:
            list(store.events_after(2))
        assert info.value.line == 3
        with pytest.raises(ChainBrokenError):
            list(store.read("a"))


class TestPostgresStore(StoreContract):
    """The PostgreSQL backend honours the store contract (on a real server)."""

    backend = "postgres"


class StoreLogContract(LogContract):
    """The log contract, for one article's log in a store of the backend."""

    backend = ""

    def make(self, tmp_path: Path) -> EventLog:
        """A new, empty log in a new store."""
        url = store_url(self.backend, tmp_path)
        return ArticleLog(open_store(url, create=True), ARTICLE)

    def reopen(self, log: EventLog) -> EventLog:
        """The same log, its store opened afresh."""
        assert isinstance(log, ArticleLog)
        return ArticleLog(open_store(log._store.url), ARTICLE)

    def stored(self, log: EventLog) -> bytes:
        """The bytes the log holds."""
        assert isinstance(log, ArticleLog)
        return b"\n".join(log.lines())


class TestSqliteLog(StoreLogContract):
    """An article's log in SQLite honours the log contract."""

    backend = "sqlite"


class TestPostgresLog(StoreLogContract):
    """An article's log in PostgreSQL honours the log contract."""

    backend = "postgres"
