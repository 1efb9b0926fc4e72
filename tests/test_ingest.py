"""cischronicle.ingest: concurrent ingests, and a person's retractions that survive re-ingests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from cischronicle import EventRetracted, InvalidValueError, JsonlLog, MeetingHeld, PartialDate
from cischronicle import ingest as api
from cischronicle.cli import main
from cischronicle.extract.reconcile import live_events
from cischronicle.ingest import (
    PERSON_PREFIX,
    Reading,
    ingest,
    read_articles,
    retract,
    retracted_by_person,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process; return exit code, stdout and stderr."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """The first seed article, copied as ``a.txt``."""
    path = tmp_path / "a.txt"
    path.write_bytes(SEEDS[0].read_bytes())
    return path


def held_ids(log: JsonlLog) -> list[str]:
    """The ids of the live MeetingHeld claims of ``log``."""
    return [e.id for e in live_events(log.events()) if isinstance(e, MeetingHeld)]


# -- 7. concurrent ingests -------------------------------------------------------------------


def test_an_ingest_that_loses_the_race_is_unchanged(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another writer appends the same events between plan and append: the loser is unchanged."""
    readings = read_articles([article])
    folder = tmp_path / "ev"
    real_plan = api._plan
    raced: list[bool] = []

    def plan_then_lose(store: object, article: str, events: object) -> object:
        planned = real_plan(store, article, events)  # type: ignore[arg-type]
        if not raced:
            raced.append(True)
            folder.mkdir(exist_ok=True)
            assert ingest(readings, folder)[0].status == "appended"  # the other writer
        return planned

    monkeypatch.setattr(api, "_plan", plan_then_lose)
    (result,) = ingest(readings, folder)
    assert result.status == "unchanged"
    log = JsonlLog(folder / "a.jsonl")
    assert log.verify().ok and len(log.events()) == len(readings[0].events)


def test_concurrent_ingest_processes_all_succeed(tmp_path: Path) -> None:
    """Two ingests of the same articles at once both exit 0; each log holds them once."""
    src = tmp_path / "in"
    src.mkdir()
    for seed in SEEDS:
        (src / seed.name).write_bytes(seed.read_bytes())
    command = [sys.executable, "-m", "cischronicle.cli", "ingest", str(src)]
    for attempt in range(6):
        into = tmp_path / f"ev{attempt}"
        procs = [
            subprocess.Popen([*command, "--into", str(into)], stderr=subprocess.PIPE, text=True)
            for _ in range(2)
        ]
        errors = [p.communicate(timeout=60)[1] for p in procs]
        assert [p.returncode for p in procs] == [0, 0], errors
        for seed in SEEDS:
            log = JsonlLog(into / f"{seed.stem}.jsonl")
            assert log.verify().ok
            ids = [e.id for e in log.events()]
            assert len(ids) == len(set(ids))


# -- corrections that stick ------------------------------------------------------------------


def test_retract_survives_a_re_ingest(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A claim a person retracted stays retracted when the same text is ingested again."""
    folder = tmp_path / "ev"
    assert run(capsys, "ingest", str(article), "--into", str(folder))[0] == 0
    log = JsonlLog(folder / "a.jsonl")
    target = held_ids(log)[0]
    code, out, _ = run(capsys, "retract", str(folder), target, "--reason", "wrong city")
    assert code == 0 and out.startswith(f"retracted {target} as ")
    assert target not in held_ids(log)
    code, out, _ = run(capsys, "ingest", str(article), "--into", str(folder))
    assert code == 0 and out == "0 stored, 1 unchanged, 0 refused, 0 events appended\n"
    assert target not in held_ids(log)
    assert run(capsys, "verify", str(folder))[0] == 0


def test_a_persons_retraction_says_so_in_its_provenance(article: Path, tmp_path: Path) -> None:
    """The retraction has an empty span, the person's reason, and is told from the extractor's."""
    ingest(read_articles([article]), tmp_path)
    log = JsonlLog(tmp_path / "a.jsonl")
    target = held_ids(log)[0]
    retraction = retract(tmp_path, target, reason="  the meeting   was in Minsk ")
    assert retraction == log.events()[-1]
    assert (retraction.provenance.start, retraction.provenance.end) == (0, 0)
    assert retraction.provenance.quote == ""
    assert retraction.reason == PERSON_PREFIX + "the meeting was in Minsk"
    assert retracted_by_person(retraction)
    extractor = EventRetracted(
        id="a:x", provenance=log.events()[1].provenance, retracted=target, reason="no longer read"
    )
    assert not retracted_by_person(extractor)


def test_a_different_later_reading_is_a_new_claim(article: Path, tmp_path: Path) -> None:
    """A retracted claim read differently later (another id) is ingested as a new claim."""
    (reading,) = read_articles([article])
    ingest([reading], tmp_path)
    log = JsonlLog(tmp_path / "a.jsonl")
    target = held_ids(log)[0]
    retract(tmp_path, target, reason="wrong date")
    old = next(e for e in reading.events if e.id == target)
    assert isinstance(old, MeetingHeld)
    other = attrs.evolve(
        old,
        id=old.id + "-2",
        meeting=attrs.evolve(old.meeting, date=PartialDate(2024, 4, 12)),
    )
    changed = tuple(other if e.id == target else e for e in reading.events)
    (result,) = ingest([Reading(reading.article, changed)], tmp_path)
    assert result.status == "appended" and result.appended == 1
    assert other.id in held_ids(log) and target not in held_ids(log)


@pytest.mark.parametrize("which", ["missing", "record", "twice"])
def test_retract_refuses_what_it_cannot_retract(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], which: str
) -> None:
    """An unknown id, the ArticleRecorded and an already retracted claim exit 2, unchanged."""
    ingest(read_articles([article]), tmp_path)
    log = JsonlLog(tmp_path / "a.jsonl")
    events = log.events()
    target = {"missing": "a:000000000000", "record": events[0].id, "twice": held_ids(log)[0]}
    if which == "twice":
        retract(tmp_path, target[which], reason="wrong")
    before = log.path.read_bytes()
    code, _, err = run(capsys, "retract", str(tmp_path), target[which], "--reason", "x")
    assert code == 2 and err.startswith("cischronicle: error: ") and err.count("\n") == 1
    assert log.path.read_bytes() == before


def test_retract_needs_a_reason(article: Path, tmp_path: Path) -> None:
    """An empty reason is refused before anything is written."""
    ingest(read_articles([article]), tmp_path)
    log = JsonlLog(tmp_path / "a.jsonl")
    with pytest.raises(InvalidValueError, match="reason"):
        retract(tmp_path, held_ids(log)[0], reason="   ")
