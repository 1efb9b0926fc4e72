"""Trustworthy logs: tamper evidence, repair, and a specific error for every bad input."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest

from cischronicle import (
    ArticleEncodingError,
    ArticleTooLargeError,
    BinaryArticleError,
    ChainBrokenError,
    ChronicleError,
    DecodeError,
    EmptyArticleError,
    Event,
    HeadMismatchError,
    JsonlLog,
    LogCorruptError,
    MemoryLog,
    NonCanonicalLineError,
    PathNotFoundError,
    SequenceError,
    TornTailError,
    UsageError,
    parse_article,
    read_article,
)
from cischronicle.articles import MAX_ARTICLE_BYTES
from cischronicle.cli import main
from helpers import decided, held, recorded, scheduled

ARTICLE = "rel"


def _events(article: str = ARTICLE) -> list[Event]:
    """A small log's worth of events: ArticleRecorded and four claims."""
    return [
        recorded(article, "2024-04-12"),
        held(article, "cis-cfm", "Minsk", "2024-04-12"),
        decided(article, "cis-cfm", "Minsk", "2024-04-12", "a statement"),
        scheduled(article, "cis-cfm", "Dushanbe", "2024-10"),
        held(article, "cis-chs", "Minsk", "2024-04-13", n=1),
    ]


@pytest.fixture
def log(tmp_path: Path) -> JsonlLog:
    """A valid log of ``_events()`` in its own folder."""
    folder = tmp_path / "logs"
    folder.mkdir()
    made = JsonlLog(folder / f"{ARTICLE}.jsonl")
    made.append(_events())
    return made


def _rewrite(log: JsonlLog, lines: list[bytes], tail: bytes = b"\n") -> bytes:
    data = b"\n".join(lines) + tail
    log.path.write_bytes(data)
    return data


# -- tamper evidence ---------------------------------------------------------------------------


def test_head_hash_is_the_hash_of_the_last_line(log: JsonlLog) -> None:
    """head_hash() is the SHA-256 of the last line, the same for the file and memory logs."""
    mem = MemoryLog(ARTICLE)
    mem.append(_events())
    assert log.head_hash() == mem.head_hash() == log.verify().head
    assert JsonlLog(log.path.with_name("none.jsonl")).head_hash() == "0" * 64


def test_flipping_any_byte_is_caught(log: JsonlLog) -> None:
    """Flip each byte of a small log in turn: verify against the recorded head catches every one.

    Without the recorded head, every flip outside the last line is still caught by the chain
    (or by decoding); a flip inside the last line is caught only when it stops the line from
    decoding or being canonical, which is why the head hash is worth recording.
    """
    log.path.write_bytes(b"".join(log.path.read_bytes().splitlines(keepends=True)[:3]))
    original = log.path.read_bytes()
    head = log.head_hash()
    last_start = original.rstrip(b"\n").rfind(b"\n") + 1
    caught_without_head_in_last = 0
    for index in range(len(original)):
        flipped = bytearray(original)
        flipped[index] ^= 0x01
        log.path.write_bytes(bytes(flipped))
        assert not log.verify(expected_head=head).ok, index
        plain = log.verify()
        if index < last_start:
            assert not plain.ok, index
            assert plain.line is not None and plain.line <= original.count(b"\n", 0, index) + 2
        else:
            caught_without_head_in_last += not plain.ok
    assert 0 < caught_without_head_in_last < len(original) - last_start


@pytest.mark.parametrize(
    ("edit", "error", "line"),
    [
        (lambda ls: [ls[0], *ls[2:]], SequenceError, 2),  # a line deleted
        (lambda ls: [*ls[:2], ls[1], *ls[2:]], SequenceError, 3),  # a line repeated
        (lambda ls: [ls[0], ls[2], ls[1], *ls[3:]], SequenceError, 2),  # two lines swapped
        (lambda ls: ls[:-1], HeadMismatchError, 4),  # the last line deleted
    ],
)
def test_deleted_inserted_or_reordered_lines_are_caught(
    log: JsonlLog, edit: object, error: type[ChronicleError], line: int
) -> None:
    """Deleting, inserting or swapping lines is reported at the first line that no longer fits."""
    head = log.head_hash()
    lines = log.path.read_bytes().splitlines()
    _rewrite(log, edit(lines))  # type: ignore[operator]
    result = log.verify(expected_head=head)
    assert isinstance(result.error, error) and result.line == line


def test_renumbered_insertion_is_caught_by_the_chain(log: JsonlLog) -> None:
    """An inserted line with a plausible seq still breaks the hash chain."""
    lines = log.path.read_bytes().splitlines()
    forged = orjson.loads(lines[1])
    forged["meeting"]["city"], forged["meeting"]["country"] = "Moscow", "RU"
    renumbered = [lines[0], orjson.dumps(forged, option=orjson.OPT_SORT_KEYS)]
    for line in lines[1:]:
        data = orjson.loads(line)
        data["seq"] += 1
        renumbered.append(orjson.dumps(data, option=orjson.OPT_SORT_KEYS))
    _rewrite(log, renumbered)
    result = log.verify()
    assert isinstance(result.error, ChainBrokenError) and result.line == 3
    assert result.lines == 2


def test_non_canonical_line_is_caught(log: JsonlLog) -> None:
    """A line re-serialised with spaces decodes, but verify reports it as not canonical."""
    lines = log.path.read_bytes().splitlines()
    lines[-1] = orjson.dumps(orjson.loads(lines[-1]), option=orjson.OPT_INDENT_2).replace(
        b"\n", b""
    )
    _rewrite(log, lines)
    assert len(list(log.read())) == 5  # strict reading decodes it
    result = log.verify()
    assert isinstance(result.error, NonCanonicalLineError) and result.line == 5


def test_append_into_a_missing_folder_is_path_not_found(tmp_path: Path) -> None:
    """Appending to a log whose folder does not exist raises PathNotFoundError, creates nothing."""
    with pytest.raises(PathNotFoundError):
        JsonlLog(tmp_path / "nope" / f"{ARTICLE}.jsonl").append(_events())
    assert not (tmp_path / "nope").exists()


def test_verify_missing_log_is_an_error(tmp_path: Path) -> None:
    """Verifying a log that does not exist raises PathNotFoundError (reading it is empty)."""
    with pytest.raises(PathNotFoundError):
        JsonlLog(tmp_path / "x.jsonl").verify()


# -- repair ------------------------------------------------------------------------------------


def test_repair_moves_the_torn_tail_to_numbered_side_files(log: JsonlLog) -> None:
    """Each repair keeps its torn bytes in a new side file <log>.torn-<n>; none is overwritten."""
    good = log.path.read_bytes()
    for number, tail in enumerate([b'{"id":"rel:x', b"{"], start=1):
        log.path.write_bytes(good + tail)
        result = log.repair()
        assert result.side_file == f"{log.path}.torn-{number}"
        assert Path(result.side_file).read_bytes() == tail
        assert log.path.read_bytes() == good and result.lines == 5
    assert log.repair().side_file is None  # nothing left to repair


def test_repair_refuses_a_log_with_other_damage(log: JsonlLog) -> None:
    """A torn log whose complete lines are also broken is refused; nothing is changed."""
    lines = log.path.read_bytes().splitlines()
    lines[1] = lines[1].replace(b"Minsk", b"Minsq")
    data = _rewrite(log, lines, tail=b'\n{"torn')
    with pytest.raises(ChainBrokenError):
        log.repair()
    assert log.path.read_bytes() == data and not list(log.path.parent.glob("*.torn-*"))


def test_repair_mode_reads_complete_lines_and_append_still_refuses(log: JsonlLog) -> None:
    """Repair mode skips a torn tail when reading; appending waits for an explicit repair."""
    data = log.path.read_bytes() + b'{"id":'
    log.path.write_bytes(data)
    assert len(JsonlLog(log.path, mode="repair").events()) == 5
    with pytest.raises(TornTailError):
        JsonlLog(log.path, mode="repair").append([held(ARTICLE, "cis-cfm", None, None, n=9)])
    assert log.path.read_bytes() == data
    with pytest.raises(UsageError, match="read mode"):
        JsonlLog(log.path, mode="lenient")  # type: ignore[arg-type]


# -- bad logs: specific errors, nothing changed ----------------------------------------------


@pytest.mark.parametrize(
    ("damage", "error", "line"),
    [
        (lambda ls: [*ls[:2], b'{"schema":1,', *ls[3:]], DecodeError, 3),
        (lambda ls: [*ls[:2], b"", *ls[2:]], LogCorruptError, 3),
        (lambda ls: [ls[0], *ls[2:]], SequenceError, 2),
        (lambda ls: [*ls, ls[-1]], SequenceError, 6),
        (lambda ls: [ls[0], ls[1].replace(b"Minsk", b"Minsq"), *ls[2:]], ChainBrokenError, 3),
    ],
)
def test_damaged_log_refuses_read_and_append_unchanged(
    log: JsonlLog, damage: object, error: type[ChronicleError], line: int
) -> None:
    """Each kind of damage raises its own error with file and line; append writes nothing."""
    lines = log.path.read_bytes().splitlines()
    data = _rewrite(log, damage(lines))  # type: ignore[operator]
    fresh = JsonlLog(log.path)
    with pytest.raises(error) as info:
        list(fresh.read())
    assert (info.value.path, info.value.line) == (str(log.path), line)
    with pytest.raises(error):
        fresh.append([held(ARTICLE, "cis-cfm", None, None, n=9)])
    assert log.path.read_bytes() == data


def test_torn_tail_error_carries_line_and_offset(log: JsonlLog) -> None:
    """A torn tail is reported at its line and the byte offset where it starts."""
    good = log.path.read_bytes()
    log.path.write_bytes(good + b'{"id"')
    with pytest.raises(TornTailError) as info:
        list(log.read())
    assert (info.value.line, info.value.offset) == (6, len(good))


# -- bad article files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "error", "line", "offset"),
    [
        (b"", EmptyArticleError, None, None),
        (b" \n\t\r\n", EmptyArticleError, None, None),
        (b"\xef\xbb\xbf \n", EmptyArticleError, None, None),
        (b"source: x\ndate: 2024\n---\n  \n", EmptyArticleError, None, None),
        (b"caf\xc3\xa9\nbad \xe9 byte", ArticleEncodingError, 2, 10),
        (b"\xff\xfeM\x00i\x00n\x00", ArticleEncodingError, 1, 0),
        (b"GIF89a\n\x00\x01\x02", BinaryArticleError, 2, 7),
        (bytes(range(1, 32)) * 4, BinaryArticleError, None, None),
    ],
)
def test_bad_article_bytes_get_specific_errors(
    raw: bytes, error: type[ChronicleError], line: int | None, offset: int | None
) -> None:
    """Empty, non-UTF-8, UTF-16 and binary articles each raise their ArticleError subclass."""
    with pytest.raises(error) as info:
        parse_article(raw, article="a", path="a.txt")
    assert (info.value.path, info.value.line, info.value.offset) == ("a.txt", line, offset)


def test_text_with_a_few_control_characters_is_accepted() -> None:
    """A stray control character in long text does not make an article binary."""
    text = ("The ministers met in Minsk. " * 10 + "\x1b") * 50
    assert parse_article(text.encode(), article="a").text == text


def test_huge_article_file_is_refused_without_reading(tmp_path: Path) -> None:
    """A file over MAX_ARTICLE_BYTES is refused from its size (a sparse file: nothing read)."""
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1)
    with pytest.raises(ArticleTooLargeError) as info:
        read_article(path)
    assert info.value.path == str(path)
    with pytest.raises(ArticleTooLargeError):
        parse_article(b"a" * (MAX_ARTICLE_BYTES + 1), article="a")


def test_large_article_within_the_limit_is_read(tmp_path: Path) -> None:
    """A 20 MB article under the limit reads in full, header stripped."""
    body = "The CIS Council of Foreign Ministers met in Minsk on April 12.\n" * 330_000
    path = tmp_path / "big.txt"
    path.write_text("source: test\n---\n" + body, encoding="utf-8")
    article = read_article(path)
    assert article.text == body and article.header == {"source": "test"}
    assert len(body.encode()) > 20_000_000


def test_article_paths_that_are_not_files(tmp_path: Path) -> None:
    """Missing paths, folders and FIFOs get a UsageError (PathNotFoundError when missing)."""
    with pytest.raises(PathNotFoundError) as info:
        read_article(tmp_path / "missing.txt")
    assert isinstance(info.value, FileNotFoundError)
    with pytest.raises(UsageError, match="folder"):
        read_article(tmp_path)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(UsageError, match="regular"):
        read_article(fifo)


# -- the command line --------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process; return exit code, stdout and stderr."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_verify_prints_heads_and_exits_0(
    log: JsonlLog, capsys: pytest.CaptureFixture[str]
) -> None:
    """Verify prints each log's head hash and exits 0 when every chain holds."""
    code, out, err = run(capsys, "verify", str(log.path.parent))
    assert code == 0 and err == ""
    assert f"ok      {log.head_hash()}  {ARTICLE}.jsonl  (5 lines)" in out
    assert "1 logs: 1 hold, 0 broken" in out


def test_cli_verify_broken_chain_exits_1(log: JsonlLog, capsys: pytest.CaptureFixture[str]) -> None:
    """Verify reports the first broken line of a log and exits 1; the file is unchanged."""
    lines = log.path.read_bytes().splitlines()
    data = _rewrite(log, [lines[0], lines[1].replace(b"Minsk", b"Minsq"), *lines[2:]])
    code, out, _ = run(capsys, "verify", str(log.path.parent))
    assert code == 1
    assert f"broken  {log.path}:3: hash chain broken" in out
    assert log.path.read_bytes() == data


def test_cli_verify_against_recorded_heads(
    log: JsonlLog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Saved verify --json output pins the heads: an edited last line or a deleted log fails."""
    JsonlLog(log.path.with_name("other.jsonl")).append(_events("other"))
    _, saved, _ = run(capsys, "verify", str(log.path.parent), "--json")
    heads = tmp_path / "heads.txt"
    heads.write_text(saved)
    assert run(capsys, "verify", str(log.path.parent), "--heads", str(heads))[0] == 0
    lines = log.path.read_bytes().splitlines()
    edited = orjson.loads(lines[-1])
    edited["meeting"]["date"] = "2024-04-14"
    _rewrite(log, [*lines[:-1], orjson.dumps(edited, option=orjson.OPT_SORT_KEYS)])
    log.path.with_name("other.jsonl").unlink()
    code, out, _ = run(capsys, "verify", str(log.path.parent), "--heads", str(heads))
    assert code == 1
    assert "head hash is" in out and "other.jsonl: log is missing" in out


def test_cli_repair(log: JsonlLog, capsys: pytest.CaptureFixture[str]) -> None:
    """Repair moves the torn tail aside, says where, and leaves a log that verifies."""
    good = log.path.read_bytes()
    log.path.write_bytes(good + b'{"torn')
    code, out, _ = run(capsys, "repair", str(log.path))
    assert code == 0 and f"moved 6 torn bytes (line 6) to {log.path}.torn-1" in out
    assert log.path.read_bytes() == good
    assert run(capsys, "verify", str(log.path))[0] == 0
    code, out, _ = run(capsys, "repair", str(log.path))
    assert code == 0 and out.startswith("nothing to repair")


@pytest.mark.parametrize(
    "argv",
    [
        ("verify", "{tmp}/missing"),
        ("repair", "{tmp}/missing.jsonl"),
        ("repair", "{tmp}"),
        ("verify", "{tmp}", "--heads", "{tmp}/missing-heads.txt"),
        ("check", "{tmp}/missing"),
    ],
)
def test_cli_bad_paths_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    """Paths that do not exist (or are the wrong kind) give one error line and exit 2."""
    code, out, err = run(capsys, *(a.format(tmp=tmp_path) for a in argv))
    assert code == 2 and out == ""
    assert err.startswith("cischronicle: error: ") and err.count("\n") == 1


def test_cli_corrupt_log_exits_2_and_changes_nothing(
    log: JsonlLog, capsys: pytest.CaptureFixture[str]
) -> None:
    """Commands other than verify refuse a corrupt log with its file and line, exit 2."""
    lines = log.path.read_bytes().splitlines()
    data = _rewrite(log, [*lines[:3], b"{not json", *lines[4:]])
    for argv in (("check", str(log.path.parent)), ("repair", str(log.path))):
        code, _, err = run(capsys, *argv)
        assert (
            code == 2
            and err
            == f"cischronicle: error: {log.path}:4:1: line is not JSON: "
            + (err.split("line is not JSON: ", 1)[1])
        )
        assert err.count("\n") == 1
    assert log.path.read_bytes() == data
