"""cischronicle.sources and ingest of feeds: JSON Lines feeds, stdin, recursive folders."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from cischronicle import ArticleRecorded, JsonlLog
from cischronicle.cli import main
from cischronicle.errors import ChronicleError, InvalidArticleIdError, UsageError
from cischronicle.sources import article_files, read_feed, read_sources

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]
TEXT = "The CIS Council of Foreign Ministers met in Minsk on Friday and adopted a statement."


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process; return exit code, stdout and stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def feed_line(**fields: object) -> bytes:
    """One feed line (a JSON object and a newline)."""
    return orjson.dumps(fields) + b"\n"


def write_feed(path: Path, *lines: bytes) -> Path:
    """Write a feed file of ``lines``; return its path."""
    path.write_bytes(b"".join(lines))
    return path


def test_a_feed_with_dates_ingests_with_those_dates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A feed's published, url, title and language are recorded on ArticleRecorded as given."""
    feed = write_feed(
        tmp_path / "feed.jsonl",
        feed_line(id="f1", text=TEXT, published="2019-10-11", url="https://x.test/1", title="T"),
        b"\n",
        feed_line(id="f2", text=TEXT, published="2020-03-02T08:00:00+03:00", language="en"),
    )
    code, out, err = run(capsys, "ingest", str(feed), "--into", str(tmp_path / "ev"))
    assert (code, err) == (0, "") and out.startswith("2 stored, 0 unchanged, 0 refused")
    first = JsonlLog(tmp_path / "ev" / "f1.jsonl").events()[0]
    second = JsonlLog(tmp_path / "ev" / "f2.jsonl").events()[0]
    assert isinstance(first, ArticleRecorded) and isinstance(second, ArticleRecorded)
    assert first.published == dt.date(2019, 10, 11) and second.published == dt.date(2020, 3, 2)
    assert (first.url, first.title) == ("https://x.test/1", "T")
    held = JsonlLog(tmp_path / "ev" / "f1.jsonl").events()[1:]
    assert any(str(getattr(e, "meeting", None) and e.meeting.date) == "2019-10-11" for e in held)


def test_a_feed_on_stdin_is_read_with_a_dash(tmp_path: Path) -> None:
    """``-`` reads a feed from standard input."""
    proc = subprocess.run(
        [sys.executable, "-m", "cischronicle.cli", "ingest", "-", "--into", str(tmp_path / "ev")],
        input=feed_line(id="s1", text=TEXT, published="2021-01-05"),
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b"1 stored, 0 unchanged, 0 refused, 3 events appended\n"
    recorded = JsonlLog(tmp_path / "ev" / "s1.jsonl").events()[0]
    assert isinstance(recorded, ArticleRecorded) and recorded.published == dt.date(2021, 1, 5)


BAD_LINES = [
    (b"{not json\n", "not a JSON line"),
    (b"[1, 2]\n", "one JSON object"),
    (feed_line(text=TEXT), 'needs an "id"'),
    (feed_line(id="ok"), 'has no "text"'),
    (feed_line(id="ok", text=3), 'int for its "text"'),
    (feed_line(id="ok", text="   "), "empty"),
    (feed_line(id="../etc/passwd", text=TEXT), "is not safe"),
    (feed_line(id="", text=TEXT), "is not safe"),
    (feed_line(id=7, text=TEXT), "is not safe"),
    (feed_line(id="ok", text=TEXT, published="12/10/2019"), "not an ISO date"),
    (feed_line(id="ok", text=TEXT, published=20191012), "ISO date string"),
    (feed_line(id="ok", text=TEXT, url=5), '"url" must be a string'),
    (feed_line(id="ok", text=TEXT, language="English"), "ISO 639-1"),
]


@pytest.mark.parametrize(("line", "message"), BAD_LINES)
def test_a_bad_feed_line_exits_2_naming_file_and_line_and_stores_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, line: bytes, message: str
) -> None:
    """Bad JSON, a missing text, a wrong type or an unsafe id: exit 2, file:line, no store."""
    feed = write_feed(tmp_path / "feed.jsonl", feed_line(id="good", text=TEXT), line)
    into = tmp_path / "ev"
    code, out, err = run(capsys, "ingest", str(feed), "--into", str(into))
    assert code == 2 and out == ""
    assert err.startswith(f"cischronicle: error: {feed}:2: ") and message in err
    assert err.count("\n") == 1 and not into.exists()


def test_a_bad_line_raises_a_chronicle_error_with_path_and_line() -> None:
    """read_feed raises a ChronicleError carrying the feed's name and the line number."""
    stream = io.BytesIO(feed_line(id="a", text=TEXT) + feed_line(id="b c", text=TEXT))
    with pytest.raises(InvalidArticleIdError) as caught:
        read_feed(stream, where="feed.jsonl")
    assert (caught.value.path, caught.value.line) == ("feed.jsonl", 2)


def test_an_id_in_a_feed_and_a_file_is_refused(tmp_path: Path) -> None:
    """Two inputs with one article id (a file and a feed line) are refused before reading on."""
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    feed = write_feed(tmp_path / "feed.jsonl", feed_line(id="a", text=TEXT))
    with pytest.raises(UsageError, match="also the id of"):
        read_sources([tmp_path / "a.txt", feed])


def test_folders_are_read_recursively_for_the_glob(tmp_path: Path) -> None:
    """A folder is read recursively, sorted by relative path, for the names --glob matches."""
    for name in ("b/z.txt", "a/y.txt", "x.txt", "a/skip.md", "b/c/w.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in article_files([tmp_path])]
    assert found == ["a/y.txt", "b/c/w.txt", "b/z.txt", "x.txt"]
    assert [p.name for p in article_files([tmp_path], glob="*.md")] == ["skip.md"]


def test_a_folder_with_nothing_matching_the_glob_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """No file matches --glob: exit 2, one line naming the folder and the pattern."""
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    code, _, err = run(capsys, "ingest", str(tmp_path), "--glob", "*.news", "--into", "ev")
    assert code == 2 and "no article files (*.news)" in err and err.count("\n") == 1


def test_keep_going_stores_the_good_articles_and_names_the_bad(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """With --keep-going, good articles are stored, bad ones named on stderr, exit 2."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    feed = write_feed(tmp_path / "feed.jsonl", feed_line(id="f", text=TEXT), b"{bad\n")
    into = tmp_path / "ev"
    argv = ("ingest", str(tmp_path / "in"), str(feed), "--into", str(into))
    code, out, err = run(capsys, *argv, "--keep-going")
    assert code == 2 and out.startswith("2 stored, 0 unchanged, 2 refused")
    assert f"{tmp_path / 'in' / 'empty.txt'}: article is empty" in err
    assert f"{feed}:2: not a JSON line" in err
    assert sorted(p.name for p in into.glob("*.jsonl")) == ["a.jsonl", "f.jsonl"]


def test_without_keep_going_a_bad_file_stores_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Without --keep-going the same inputs are refused whole: exit 2, nothing stored."""
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = run(capsys, "ingest", str(tmp_path), "--into", str(tmp_path / "ev"))
    assert code == 2 and out == "" and "empty" in err
    assert not (tmp_path / "ev").exists()


def test_quiet_prints_nothing_on_success(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--quiet prints only errors: nothing at all for a good ingest."""
    code, out, err = run(capsys, "ingest", str(SEED), "--into", str(tmp_path / "ev"), "--quiet")
    assert (code, out, err) == (0, "", "")
    assert (tmp_path / "ev" / f"{SEED.stem}.jsonl").is_file()


def test_every_refusal_is_a_chronicle_error(tmp_path: Path) -> None:
    """read_sources raises ChronicleErrors only, for a missing path as for a bad feed."""
    with pytest.raises(ChronicleError):
        read_sources([tmp_path / "missing.jsonl"])
    feed = write_feed(tmp_path / "f.jsonl", b"\xff\xfe\n")
    with pytest.raises(ChronicleError, match=r"f\.jsonl:1"):
        read_sources([feed])
