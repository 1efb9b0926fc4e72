"""Hostile input at the edges: links, special files, sizes, names, unreadable folders (issue 14)."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from cischronicle import (
    ChronicleError,
    JsonlLog,
    PartialDate,
    PathNotFoundError,
    UsageError,
    project,
    run_checks,
)
from cischronicle import log as log_module
from cischronicle.articles import MAX_ARTICLE_ID_LENGTH, check_article_id
from cischronicle.cli import main
from cischronicle.errors import (
    InvalidArticleIdError,
    InvalidTypeError,
    LineTooLongError,
    LogTooLargeError,
    printable,
)
from cischronicle.projections import ChronicleState

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_d99d0d92bcda40bd.txt"
SEED_TEXT = SEED.read_bytes()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process; return exit code, stdout and stderr."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> bool:
    """Whether stderr is exactly one ``cischronicle: error:`` line, printable throughout."""
    return (
        err.startswith("cischronicle: error: ")
        and err.count("\n") == 1
        and err.endswith("\n")
        and err[:-1].isprintable()
    )


def cli(*argv: str, cwd: Path, timeout: float = 20) -> subprocess.CompletedProcess[str]:
    """Run the installed CLI in a subprocess (for inputs that could hang it)."""
    return subprocess.run(
        [sys.executable, "-m", "cischronicle.cli", *argv],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes (links by their target)."""
    if not folder.exists():
        return {}
    found: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink():
            found[str(path)] = os.readlink(path).encode()
        elif path.is_file():
            found[str(path)] = path.read_bytes()
    return found


@pytest.fixture
def logs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A folder of logs holding the first seed article, ingested as ``a``."""
    article = tmp_path / "a.txt"
    article.write_bytes(SEED_TEXT)
    folder = tmp_path / "ev"
    assert run(capsys, "ingest", str(article), "--into", str(folder))[0] == 0
    return folder


# -- 2. links ----------------------------------------------------------------------------------


def test_repair_refuses_a_symlinked_log(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Repair through a planted link exits 2 and neither truncates nor copies its target."""
    (tmp_path / "ev").mkdir()
    (tmp_path / "out").mkdir()
    key = tmp_path / "out" / "key"
    key.write_bytes(b"SECRET")
    key.chmod(0o600)
    (tmp_path / "ev" / "x.jsonl").symlink_to("../out/key")
    code, out, err = run(capsys, "repair", str(tmp_path / "ev" / "x.jsonl"))
    assert code == 2 and out == "" and one_error_line(err) and "symbolic link" in err
    assert key.read_bytes() == b"SECRET"
    assert sorted(p.name for p in (tmp_path / "ev").iterdir()) == ["x.jsonl"]


def test_ingest_does_not_write_through_a_planted_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A link named like the article's log is refused: nothing is created outside --into."""
    article = tmp_path / "a.txt"
    article.write_bytes(SEED_TEXT)
    (tmp_path / "ev").mkdir()
    (tmp_path / "ev" / "a.jsonl").symlink_to("../outside_new")
    code, out, err = run(capsys, "ingest", str(article), "--into", str(tmp_path / "ev"))
    assert code == 2 and out == "" and one_error_line(err) and "symbolic link" in err
    assert not (tmp_path / "outside_new").exists()


def test_side_file_keeps_the_logs_permissions(logs: Path) -> None:
    """A torn tail moved aside gets the log's own mode, not a world-readable default."""
    path = logs / "a.jsonl"
    path.chmod(0o600)
    with open(path, "ab") as handle:
        handle.write(b'{"torn')
    result = JsonlLog(path).repair()
    assert result.side_file is not None
    assert stat.S_IMODE(os.stat(result.side_file).st_mode) == 0o600
    assert Path(result.side_file).read_bytes() == b'{"torn'


# -- 3. names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["a b", "x\nok " + "0" * 64 + " y", ".hidden", "-rf", "a\x1b[31m", "", "é", "x" * 129],
)
def test_unsafe_article_ids_are_refused(name: str) -> None:
    """Ids outside letters, digits and ._- (or too long, or a leading dot or dash) are refused."""
    with pytest.raises(InvalidArticleIdError, match="not safe") as raised:
        check_article_id(name, path=f"{name}.txt")
    assert str(raised.value).isprintable()


def test_safe_article_ids_are_accepted() -> None:
    """Corpus-style ids and an id of the maximum length pass unchanged."""
    for name in ("000_d99d0d92bcda40bd", "E001", "a.b-c_d", "x" * MAX_ARTICLE_ID_LENGTH):
        assert check_article_id(name) == name


def test_ingest_names_a_file_with_a_newline_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An article file whose name holds a newline is one escaped error line; no log appears."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "evil\nok.txt").write_bytes(SEED_TEXT)
    code, out, err = run(capsys, "ingest", str(src), "--into", str(tmp_path / "ev"))
    assert code == 2 and out == "" and one_error_line(err)
    assert "evil\\nok.txt" in err
    assert not (tmp_path / "ev").exists()


def test_non_utf8_file_name_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file name that is not UTF-8 is refused with an escaped name, not a traceback."""
    name = os.fsdecode(b"\xff\xfe.txt")
    (tmp_path / name).write_bytes(SEED_TEXT)
    code, _, err = run(capsys, "ingest", str(tmp_path / name), "--into", str(tmp_path / "ev"))
    assert code == 2 and one_error_line(err) and "\\udcff" in err


def heads_of(capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path) -> Path:
    """Record the heads of ``folder`` with ``verify --json``; return the heads file."""
    code, saved, _ = run(capsys, "verify", str(folder), "--json")
    assert code == 0
    heads = tmp_path / "heads.jsonl"
    heads.write_text(saved)
    return heads


def test_heads_report_a_log_that_has_no_recorded_head(
    logs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A log added after the heads were recorded is broken under --heads, not skipped."""
    heads = heads_of(capsys, logs, tmp_path)
    other = tmp_path / "b.txt"
    other.write_bytes(SEED_TEXT)
    assert run(capsys, "ingest", str(other), "--into", str(logs))[0] == 0
    code, out, _ = run(capsys, "verify", str(logs), "--heads", str(heads))
    assert code == 1 and "b.jsonl: log has no recorded head" in out


def test_heads_cannot_be_injected_by_a_log_name(
    logs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A log named with a newline and a fake head line is reported broken, escaped, never ok."""
    heads = heads_of(capsys, logs, tmp_path)
    content = (logs / "a.jsonl").read_bytes()
    evil = logs / ("x\nok      " + "0" * 64 + "  a.jsonl  (7 lines)\n.jsonl")
    evil.write_bytes(content)
    code, out, _ = run(capsys, "verify", str(logs), "--heads", str(heads))
    assert code == 1
    assert all(line.isprintable() for line in out.splitlines())
    assert "not a safe article id" in out and "x\\nok" in out
    assert sum(line.startswith("ok") for line in out.splitlines()) == 1  # a.jsonl only


def test_text_heads_are_refused(
    logs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The old ambiguous text format is refused as a heads file, with a pointer to --json."""
    _, text, _ = run(capsys, "verify", str(logs))
    heads = tmp_path / "heads.txt"
    heads.write_text(text)
    code, _, err = run(capsys, "verify", str(logs), "--heads", str(heads))
    assert code == 2 and one_error_line(err) and "verify --json" in err


def test_escape_characters_never_reach_the_terminal() -> None:
    """Error messages escape control characters in paths and values."""
    error = UsageError("bad \x1b[2J value", path="dir/\x1b]0;title\x07.jsonl")
    assert "\x1b" not in str(error) and "\x07" not in str(error)
    assert printable("a\x1bb") == "a\\x1bb" and printable("plain é") == "plain é"


# -- 4. special files and sizes --------------------------------------------------------------


def test_a_fifo_log_hangs_no_command(logs: Path, tmp_path: Path) -> None:
    """verify, check and ingest refuse a FIFO named *.jsonl at once, each with exit 2."""
    os.mkfifo(logs / "f.jsonl")
    verify = cli("verify", str(logs), cwd=tmp_path)
    assert verify.returncode == 2 and "a.jsonl" in verify.stdout
    assert one_error_line(verify.stderr) and "not a regular file" in verify.stderr
    check = cli("check", str(logs), cwd=tmp_path)
    assert check.returncode == 2 and one_error_line(check.stderr)
    (tmp_path / "f.txt").write_bytes(SEED_TEXT)
    ingest = cli("ingest", str(tmp_path / "f.txt"), "--into", str(logs), cwd=tmp_path)
    assert ingest.returncode == 2 and one_error_line(ingest.stderr)


def test_a_log_linked_to_dev_zero_is_refused(tmp_path: Path) -> None:
    """A log that links to /dev/zero is refused without reading it (no memory blow-up)."""
    (tmp_path / "ev").mkdir()
    (tmp_path / "ev" / "z.jsonl").symlink_to("/dev/zero")
    for argv in (("verify", "ev"), ("check", "ev")):
        done = cli(*argv, cwd=tmp_path)
        assert done.returncode == 2 and one_error_line(done.stderr), (argv, done.stderr)


def test_a_huge_line_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    """A 64 MiB line is reported as too long after reading little more than the line limit."""
    path = tmp_path / "big.jsonl"
    with open(path, "wb") as handle:
        handle.write(b"x" * (64 << 20))
    tracemalloc.start()
    try:
        result = JsonlLog(path).verify()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(result.error, LineTooLongError) and result.error.line == 1
    assert peak < 3 * log_module.MAX_LINE_BYTES
    with pytest.raises(LineTooLongError, match="longer than"):
        list(JsonlLog(path).read())


def test_a_small_log_read_in_one_chunk_still_has_its_line_limit(
    logs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A log read whole in one pread still refuses a line longer than MAX_LINE_BYTES."""
    monkeypatch.setattr(log_module, "MAX_LINE_BYTES", 50)
    with pytest.raises(LineTooLongError, match=r"a\.jsonl.*longer than"):
        list(JsonlLog(logs / "a.jsonl").read())


def test_a_log_over_the_size_limit_is_refused(logs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A log larger than MAX_LOG_BYTES is refused from its size, naming the file."""
    monkeypatch.setattr(log_module, "MAX_LOG_BYTES", 100)
    with pytest.raises(LogTooLargeError, match=r"a\.jsonl: log is"):
        list(JsonlLog(logs / "a.jsonl").read())


# -- 5. tracebacks and false passes ----------------------------------------------------------


@pytest.mark.parametrize("into", ["/proc/cischronicle-x", "{tmp}/file.txt/sub"])
def test_ingest_into_an_impossible_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], into: str
) -> None:
    """--into under /proc or under a file exits 2 with one line, not a traceback."""
    (tmp_path / "file.txt").write_text("not a folder")
    (tmp_path / "a.txt").write_bytes(SEED_TEXT)
    argv = ("ingest", str(tmp_path / "a.txt"), "--into", into.format(tmp=tmp_path))
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and one_error_line(err)


def test_ingest_into_an_unwritable_parent_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A parent that refuses mkdir (permission denied) exits 2 with one line."""
    (tmp_path / "a.txt").write_bytes(SEED_TEXT)

    def denied(path: object, mode: int = 0o777) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "mkdir", denied)
    code, _, err = run(capsys, "ingest", str(tmp_path / "a.txt"), "--into", str(tmp_path / "n"))
    assert code == 2 and one_error_line(err) and "Permission denied" in err


def test_unreadable_folders_are_errors_not_passes(
    logs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Check and verify on a folder they cannot list exit 2 with one line (never 'no logs')."""
    real = os.listdir

    def denied(path: object = ".") -> list[str]:
        if Path(str(path)) == logs:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "listdir", denied)
    for command in ("check", "verify"):
        code, out, err = run(capsys, command, str(logs))
        assert code == 2 and out == "" and one_error_line(err) and "cannot read folder" in err


def test_one_unreadable_log_does_not_hide_the_others(
    logs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Verify reports every log it can read, then names the unreadable one and exits 2."""
    (logs / "0first.jsonl").symlink_to(tmp_path / "a.txt")
    code, out, err = run(capsys, "verify", str(logs))
    assert code == 2
    assert "a.jsonl  (" in out and "1 logs: 1 hold, 0 broken" in out
    assert one_error_line(err) and "0first.jsonl" in err


@pytest.mark.parametrize("command", ["check", "verify", "timeline"])
def test_an_empty_folder_of_logs_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """check, timeline and verify on a folder with no logs exit 2 with one line."""
    code, _, err = run(capsys, command, str(tmp_path))
    assert code == 2 and one_error_line(err) and "no logs" in err


def test_ingest_of_a_folder_without_articles_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder with no *.txt file is not a successful ingest of nothing."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.md").write_text("hello")
    code, _, err = run(capsys, "ingest", str(tmp_path / "in"), "--into", str(tmp_path / "ev"))
    assert code == 2 and one_error_line(err) and "no article files" in err
    assert not (tmp_path / "ev").exists()


def test_api_type_errors_are_chronicle_errors() -> None:
    """A str where a date or int belongs raises InvalidTypeError (ChronicleError, TypeError)."""
    with pytest.raises(InvalidTypeError) as raised:
        PartialDate("2024")  # type: ignore[arg-type]
    assert isinstance(raised.value, ChronicleError) and isinstance(raised.value, TypeError)
    with pytest.raises(InvalidTypeError, match="as_of"):
        project([], as_of="2024-01-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="as_of"):
        run_checks(ChronicleState(), as_of="2024-01-01")  # type: ignore[arg-type]
    assert not project([], as_of=dt.datetime(2024, 1, 1, 12)).meetings()


def test_replay_of_a_missing_path_is_path_not_found(tmp_path: Path) -> None:
    """testing.replay of a path that does not exist raises the documented PathNotFoundError."""
    from cischronicle.testing import replay

    with pytest.raises(PathNotFoundError, match="missing"):
        replay(tmp_path / "missing")


# -- 6. refused means unchanged --------------------------------------------------------------


def test_ingest_with_an_empty_third_file_stores_nothing(
    logs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bad file anywhere in the inputs refuses the whole ingest: every log byte-identical."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "b1.txt").write_bytes(SEED_TEXT)
    (src / "b2.txt").write_bytes((ROOT / "seeds" / "001_411c137648da7c70.txt").read_bytes())
    (src / "b3.txt").write_bytes(b"")
    before = snapshot(logs)
    code, out, err = run(capsys, "ingest", str(src), "--into", str(logs))
    assert code == 2 and out == "" and one_error_line(err) and "b3.txt" in err
    assert snapshot(logs) == before


def test_two_files_with_one_article_id_are_refused_before_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two folders that both hold a.txt are refused, and no log is created."""
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.txt").write_bytes(SEED_TEXT)
    argv = ("ingest", str(tmp_path / "one"), str(tmp_path / "two"), "--into", str(tmp_path / "ev"))
    code, _, err = run(capsys, *argv)
    assert code == 2 and one_error_line(err) and "'a'" in err
    assert not (tmp_path / "ev").exists()


def test_new_into_folders_are_fsynced_into_their_parents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each folder ingest creates is fsynced into its parent, outermost first."""
    import cischronicle.store.folder as folder_module  # the folder store makes its folder

    synced: list[Path] = []
    monkeypatch.setattr(folder_module, "fsync_dir", synced.append)
    (tmp_path / "a.txt").write_bytes(SEED_TEXT)
    into = tmp_path / "x" / "y"
    assert run(capsys, "ingest", str(tmp_path / "a.txt"), "--into", str(into))[0] == 0
    assert synced == [tmp_path, tmp_path / "x"]


# -- portability -----------------------------------------------------------------------------


def test_import_and_read_work_without_fcntl(logs: Path) -> None:
    """Where fcntl does not exist, cischronicle imports and reads; a write names the limit."""
    code = (
        "import sys\n"
        "sys.modules['fcntl'] = None  # as on Windows: import fcntl raises ImportError\n"
        "import cischronicle\n"
        f"log = cischronicle.JsonlLog({str(logs / 'a.jsonl')!r})\n"
        "events = log.events()\n"
        "print(len(events))\n"
        "try:\n"
        "    log.append([events[-1]])\n"
        "except cischronicle.UsageError as exc:\n"
        "    print(exc)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    count = len(JsonlLog(logs / "a.jsonl").events())
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.splitlines()
    assert first == str(count) and "needs POSIX file locks (fcntl)" in second


# -- the article file format -----------------------------------------------------------------


def test_offsets_and_sha256_refer_to_the_article_text(tmp_path: Path) -> None:
    """With a BOM and a header, quotes and the sha256 refer to the text after the header."""
    import hashlib

    from cischronicle import extract, read_article

    body = SEED_TEXT.decode("utf-8")
    path = tmp_path / "h.txt"
    path.write_bytes(
        ("\ufeffurl: https://example.org/x\npublished: 2024-01-01\n---\n" + body).encode()
    )
    article = read_article(path)
    assert article.text == body and article.header["published"] == "2024-01-01"
    events = extract(article.text, article_id=article.article)
    assert events[0].sha256 == hashlib.sha256(body.encode("utf-8")).hexdigest()
    assert all(e.provenance.matches(article.text) for e in events)


# -- hygiene ---------------------------------------------------------------------------------


def test_ci_types_and_lints_the_library() -> None:
    """.ci/run installs the dev extra and runs mypy --strict and ruff check on src/."""
    script = (ROOT / ".ci" / "run").read_text()
    installs = re.findall(r"pip install[^\n]*-e '\.\[([\w,]+)\]'", script)
    assert any("dev" in extras.split(",") for extras in installs)
    assert script.index("dev,") < script.index("mypy --strict src")
    assert "mypy --strict src" in script and "ruff check src" in script


def test_testing_doc_installs_from_a_checkout() -> None:
    """docs/testing.md no longer points at a package index release that does not exist."""
    doc = (ROOT / "docs" / "testing.md").read_text()
    assert "pip install 'cischronicle[test]'" not in doc
    assert "pip install -e './cischronicle[test]'" in doc
