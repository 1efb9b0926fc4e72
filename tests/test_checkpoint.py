"""Checkpointed projections: resuming always equals a full replay, or the state is rebuilt."""

from __future__ import annotations

import hashlib
import pickle
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cischronicle import Chronicle, Event, project, run_checks
from cischronicle.store import Store, open_store, project_store
from cischronicle.store import checkpoint as checkpoint_module
from helpers import decided, held, recorded, retracted, run, scheduled
from stores import store_url

ROOT = Path(__file__).resolve().parent.parent
BODIES = ("cis-cfm", "cis-chs")
CITIES = ("Minsk", "Baku", None)


def claim(article: str, kind: int, body: int, city: int, month: int, n: int) -> Event:
    """One claim of ``article``: held, scheduled or a decision, numbered ``n``."""
    date = f"2024-{month:02d}"
    if kind == 0:
        return held(article, BODIES[body], CITIES[city], date, n=n)
    if kind == 1:
        return scheduled(article, BODIES[body], CITIES[city], date, n=n)
    return decided(article, BODIES[body], CITIES[city], date, f"decision {article} {n}")


claims = st.lists(
    st.tuples(st.integers(0, 2), st.integers(0, 1), st.integers(0, 2), st.integers(1, 12)),
    max_size=4,
)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("new"), st.one_of(st.none(), st.integers(1, 28)), claims),
        st.tuples(st.just("more"), st.integers(0, 9), claims),
        st.tuples(st.just("retract"), st.integers(0, 9), st.integers(0, 9)),
        st.tuples(st.just("check")),
    ),
    max_size=14,
)


def replay_equals_resume(store: Store, ops: list[tuple[object, ...]]) -> None:
    """Run ``ops`` on ``store``; after each check and at the end, resume equals replay."""
    articles: list[str] = []
    live: dict[str, list[str]] = {}
    counter = 0
    for op in ops:
        if op[0] == "new" or (op[0] == "more" and articles):
            if op[0] == "new":
                article = f"a{len(articles)}"
                day = op[1]
                events: list[Event] = [
                    recorded(article, None if day is None else f"2024-03-{day:02d}")
                ]
                articles.append(article)
                live[article] = []
            else:
                article = articles[int(op[1]) % len(articles)]  # type: ignore[call-overload]
                events = []
            for kind, body, city, month in op[2]:  # type: ignore[attr-defined]
                counter += 1
                event = claim(article, kind, body, city, month, counter)
                events.append(event)
                live[article].append(event.id)
            if events:
                store.append({article: events})
        elif op[0] == "retract" and articles:
            article = articles[int(op[1]) % len(articles)]  # type: ignore[call-overload]
            if live[article]:
                target = live[article].pop(int(op[2]) % len(live[article]))  # type: ignore[call-overload]
                store.append({article: [retracted(article, target)]})
        elif op[0] == "check":
            resumed = project_store(store)
            assert resumed.state == project(store.events())
    final = project_store(store)
    full = project(store.events())
    assert final.state == full
    assert run_checks(final.state) == run_checks(full)


@pytest.mark.parametrize("backend", ["folder", "sqlite"])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=operations)
def test_resuming_always_equals_a_full_replay(backend: str, ops: list[tuple[object, ...]]) -> None:
    """Over random appends, retractions and checks, a resumed projection is a full replay."""
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(store_url(backend, Path(folder)), create=True)
        try:
            replay_equals_resume(store, ops)
        finally:
            store.close()


def seeded(tmp_path: Path, backend: str = "sqlite") -> Store:
    """A store holding the seed chronicle's logs (events/), copied event by event."""
    store = open_store(store_url(backend, tmp_path), create=True)
    chronicle = Chronicle.load(ROOT / "events")
    store.append({s.article: list(s.log.stream()) for s in chronicle.sources})
    return store


def later_article(article: str = "zz-later") -> list[Event]:
    """A new article published after every seed, reporting one meeting."""
    return [recorded(article, "2030-01-01"), held(article, "cis-cfm", "Minsk", "2029-12-20")]


def test_one_more_article_is_folded_alone(tmp_path: Path) -> None:
    """After a checkpoint, a later article is folded on its own: resumed, two events."""
    store = seeded(tmp_path)
    first = project_store(store)
    assert first.mode == "rebuilt" and first.saved
    store.append({"zz-later": later_article()})
    second = project_store(store)
    assert (second.mode, second.folded) == ("resumed", 2)
    assert second.state == project(store.events())
    assert project_store(store).folded == 0


def test_an_earlier_article_means_a_rebuild(tmp_path: Path) -> None:
    """A new article that goes before those already folded forces a rebuild."""
    store = seeded(tmp_path)
    project_store(store)
    store.append({"aa-early": [recorded("aa-early", "1990-01-01")]})
    again = project_store(store)
    assert again.mode == "rebuilt" and "comes before" in again.reason
    assert again.state == project(store.events())


def test_retracting_a_folded_event_means_a_rebuild(tmp_path: Path) -> None:
    """A retraction of an event folded before the checkpoint forces a rebuild."""
    store = seeded(tmp_path)
    events = later_article()
    store.append({"zz-later": events})
    project_store(store)
    store.append({"zz-later": [retracted("zz-later", events[1].id)]})
    again = project_store(store)
    assert again.mode == "rebuilt" and "retracted" in again.reason
    assert again.state == project(store.events())


def test_another_version_means_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A checkpoint of another codec or projection version is not used."""
    store = seeded(tmp_path)
    project_store(store)
    monkeypatch.setattr(checkpoint_module, "CHECKPOINT_VERSION", "0" * 32)
    again = project_store(store)
    assert again.mode == "rebuilt" and "another version" in again.reason


def test_a_damaged_checkpoint_means_a_rebuild(tmp_path: Path) -> None:
    """A checkpoint whose payload fails its checksum is not used."""
    store = seeded(tmp_path, "folder")
    project_store(store)
    data = bytearray(store.load_checkpoint("state") or b"")
    data[-10] ^= 0xFF
    store.save_checkpoint("state", bytes(data))
    again = project_store(store)
    assert again.mode == "rebuilt" and "checksum" in again.reason


def test_a_checkpoint_that_would_run_code_is_refused(tmp_path: Path) -> None:
    """A pickle naming anything but cischronicle's classes never loads, checksum or not."""
    store = seeded(tmp_path)
    payload = pickle.dumps((0, None, None, print))
    digest = hashlib.sha256(payload).hexdigest()
    header = f"cischronicle-checkpoint/1\n{checkpoint_module.CHECKPOINT_VERSION}\n{digest}\n"
    store.save_checkpoint("state", header.encode() + payload)
    again = project_store(store)
    assert again.mode == "rebuilt" and "does not load" in again.reason


def test_rebuild_ignores_the_checkpoint(tmp_path: Path) -> None:
    """project_store(rebuild=True) folds everything even when a checkpoint holds."""
    store = seeded(tmp_path)
    project_store(store)
    again = project_store(store, rebuild=True)
    assert again.mode == "rebuilt" and again.folded == store.position()


@pytest.mark.parametrize("backend", ["folder", "sqlite", "postgres"])
def test_check_resumed_prints_what_rebuild_prints(
    backend: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """After one more article, check (resuming) prints exactly what check --rebuild prints."""
    store = seeded(tmp_path, backend)
    url = store.url
    assert run(capsys, "check", url)[0] in (0, 1)
    store.append({"zz-later": later_article()})
    resumed = run(capsys, "check", url, "--json")
    rebuilt = run(capsys, "check", url, "--json", "--rebuild")
    assert resumed == rebuilt and "2029-12-20" in resumed[1]
