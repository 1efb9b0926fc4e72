"""The commands on stores named by URL: bad URLs, unreachable servers, refused ingests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from helpers import run
from stores import store_url

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
UNREACHABLE = (
    "cannot connect" if importlib.util.find_spec("psycopg") else "PostgreSQL stores need psycopg"
)
"""What a server that does not answer gets: with the postgres extra, the failed connection;
without it (the README's test command installs none), the missing extra, named."""


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("ftp://host/x", "unknown store scheme"),
        ("sqlite:relative.db", "sqlite:///FILE"),
        ("sqlite://", "sqlite:///relative.db"),
        ("postgresql://nobody@127.0.0.1:1/none", UNREACHABLE),
        ("postgresql://u:secret@127.0.0.1:99999/db", "bad PostgreSQL URL"),
    ],
)
@pytest.mark.parametrize("command", ["check", "timeline", "verify", "export"])
def test_bad_store_url_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], command: str, url: str, says: str
) -> None:
    """A URL no store answers to is refused: exit 2, one line naming why, no password shown."""
    argv = [command, url] + (["--format", "csv"] if command == "export" else [])
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and says in err and "secret" not in err


def test_ingest_into_unreachable_server_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An ingest into a server that does not answer exits 2 with one line."""
    code, _, err = run(capsys, "ingest", str(SEEDS), "--into", "postgresql://x@127.0.0.1:1/db")
    assert code == 2 and UNREACHABLE in err and err.count("\n") == 1


@pytest.mark.parametrize("backend", ["folder", "sqlite"])
def test_refused_ingest_leaves_the_store_byte_for_byte(
    backend: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A bad file among good ones refuses the whole ingest; the store's bytes do not change."""
    url = store_url(backend, tmp_path)
    first = tmp_path / "first"
    first.mkdir()
    (first / "a1.txt").write_text((SEEDS / sorted(p.name for p in SEEDS.iterdir())[0]).read_text())
    assert run(capsys, "ingest", str(first), "--into", url)[0] == 0
    files = tmp_path / "store.db" if backend == "sqlite" else tmp_path / "store"
    snapshot = {
        p: p.read_bytes() for p in ([files] if files.is_file() else files.rglob("*")) if p.is_file()
    }
    batch = tmp_path / "batch"
    batch.mkdir()
    for seed in sorted(SEEDS.iterdir())[1:]:
        (batch / seed.name).write_bytes(seed.read_bytes())
    (batch / "zz_bad.txt").write_bytes(b"\x00\x01binary")
    code, _, err = run(capsys, "ingest", str(batch), "--into", url)
    assert code == 2 and err.count("\n") == 1
    after = {
        p: p.read_bytes() for p in ([files] if files.is_file() else files.rglob("*")) if p.is_file()
    }
    assert after == snapshot


def test_repair_of_a_database_store_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """Repair takes a log file; a database URL is refused with exit 2."""
    code, _, err = run(capsys, "repair", "sqlite:///x.db")
    assert code == 2 and "database stores" in err


def test_verify_of_a_sqlite_store_lists_every_log(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Verify sqlite:///... prints one ok line per article and the head hashes a folder has."""
    url = store_url("sqlite", tmp_path)
    assert run(capsys, "ingest", str(SEEDS), "--into", url)[0] == 0
    assert run(capsys, "ingest", str(SEEDS), "--into", str(tmp_path / "f"))[0] == 0
    code, out, _ = run(capsys, "verify", url)
    _, folder_out, _ = run(capsys, "verify", str(tmp_path / "f"))
    assert code == 0 and "5 logs: 5 hold, 0 broken" in out
    heads = sorted(line.split()[1] for line in out.splitlines() if line.startswith("ok"))
    assert heads == sorted(
        line.split()[1] for line in folder_out.splitlines() if line.startswith("ok")
    )


@pytest.mark.parametrize("backend", ["folder", "sqlite", "postgres"])
def test_retract_survives_a_reingest_on_every_backend(
    backend: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Retract STORE EVENT_ID works on any URL, and a later ingest never re-asserts the claim."""
    from cischronicle.events import ArticleRecorded
    from cischronicle.ingest import retracted_by_person
    from cischronicle.store import open_store

    url = store_url(backend, tmp_path)
    seed = sorted(SEEDS.glob("*.txt"))[0]
    assert run(capsys, "ingest", str(seed), "--into", url)[0] == 0
    store = open_store(url)
    try:
        claim = next(e for e in store.events() if not isinstance(e, ArticleRecorded))
    finally:
        store.close()
    code, out, err = run(capsys, "retract", url, claim.id, "--reason", "misread")
    assert code == 0 and claim.id in out, err
    code, out, _ = run(capsys, "ingest", str(seed), "--into", url)
    assert code == 0 and "unchanged" in out
    store = open_store(url)
    try:
        events = list(store.events())
    finally:
        store.close()
    assert [e.id for e in events].count(claim.id) == 1
    assert sum(retracted_by_person(e) for e in events) == 1


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_verify_json_heads_of_a_database_store_match_the_folder_names(
    backend: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Verify --json on a database names logs <article>.jsonl; its heads file verifies a folder."""
    url = store_url(backend, tmp_path)
    folder = str(tmp_path / "folder")
    for into in (url, folder):
        assert run(capsys, "ingest", str(SEEDS), "--into", into)[0] == 0
    code, out, _ = run(capsys, "verify", url, "--json")
    assert code == 0 and out.count("\n") == len(list(SEEDS.glob("*.txt")))
    heads = tmp_path / "heads.jsonl"
    heads.write_text(out)
    assert run(capsys, "verify", folder, "--heads", str(heads))[0] == 0
    assert run(capsys, "verify", url, "--heads", str(heads))[0] == 0


@pytest.mark.parametrize("backend", ["folder", "sqlite"])
def test_check_of_an_empty_store_exits_2(
    backend: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A store with no logs is bad input on every backend, never a silent pass."""
    from cischronicle.store import open_store

    url = store_url(backend, tmp_path)
    if backend == "folder":
        (tmp_path / "store").mkdir()
    else:
        open_store(url, create=True).close()
    code, out, err = run(capsys, "check", url)
    assert code == 2 and out == "" and "no logs" in err
