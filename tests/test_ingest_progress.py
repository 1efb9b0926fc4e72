"""ingest's output: a progress bar and a summary on a terminal, only the summary in a pipe."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

SUMMARY = "stored, 0 unchanged, 0 refused,"
SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
COUNT = 100


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seed texts under 100 ids: an ingest that lasts over the bar's half-second delay."""
    folder = tmp_path_factory.mktemp("many") / "in"
    folder.mkdir()
    texts = [p.read_bytes() for p in SEEDS]
    for index in range(COUNT):
        (folder / f"copy-{index:03d}.txt").write_bytes(texts[index % len(texts)])
    return folder


def _command(folder: Path, into: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "cischronicle.cli", "ingest", str(folder), "--into", str(into),
            *extra]


def run_in_terminal(argv: list[str]) -> tuple[int, str]:
    """Run ``argv`` with stdout on a pseudo-terminal; its exit code and what the terminal got."""
    main, child = pty.openpty()
    # A terminal of 24 rows and 100 columns (a fresh pty has none: a bar would be 0 wide).
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    proc = subprocess.Popen(argv, stdout=child, stderr=subprocess.PIPE, close_fds=True)
    os.close(child)
    chunks: list[bytes] = []
    while True:
        ready, _, _ = select.select([main], [], [], 120)
        if not ready:
            proc.kill()
            break
        try:
            data = os.read(main, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    code = proc.wait(timeout=120)
    os.close(main)
    return code, b"".join(chunks).decode("utf-8", "replace")


def test_a_terminal_shows_a_progress_bar_and_the_summary(many: Path, tmp_path: Path) -> None:
    """On a terminal: a bar with articles done, rate and time left, then the summary line."""
    code, screen = run_in_terminal(_command(many, tmp_path / "ev"))
    assert code == 0
    assert "extracting" in screen and f"/{COUNT}" in screen and "article/s" in screen
    assert "<" in screen  # tqdm's [elapsed<remaining, rate]
    assert screen.rstrip().split("\r")[-1].lstrip("\n").startswith(f"{COUNT} {SUMMARY}")


def test_quiet_on_a_terminal_shows_nothing(many: Path, tmp_path: Path) -> None:
    """--quiet on a terminal: no bar, no summary."""
    code, screen = run_in_terminal(_command(many, tmp_path / "ev", "--quiet"))
    assert (code, screen) == (0, "")


def test_a_pipe_gets_nothing_but_the_summary(many: Path, tmp_path: Path) -> None:
    """Stdout into a pipe: exactly one line, the summary; nothing on stderr."""
    proc = subprocess.run(_command(many, tmp_path / "ev"), capture_output=True, timeout=300)
    assert proc.returncode == 0 and proc.stderr == b""
    lines = proc.stdout.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{COUNT} {SUMMARY}")
