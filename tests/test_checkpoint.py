"""Checkpointed projections: resuming always equals a full replay, or the state is rebuilt."""

from __future__ import annotations

import datetime
import gc
import hashlib
import io
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import ClassVar

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cischronicle import (
    Chronicle,
    Event,
    JsonlLog,
    MeetingCancelled,
    MeetingPostponed,
    make_event_id,
    project,
    run_checks,
)
from cischronicle import _checkpoint_records as records_module
from cischronicle import resume as checkpoint_module
from cischronicle.errors import ConcurrencyError
from cischronicle.projections import ChronicleState
from cischronicle.report import kept as kept_module
from cischronicle.report.text import check_text
from cischronicle.report.view import build_view
from cischronicle.resume import checkpoint_records, project_store
from cischronicle.store import Store, open_store
from cischronicle.store.checkpoint import encode_checkpoint
from cischronicle.store.folder import FolderStore
from cischronicle.values import Body
from helpers import decided, held, prov, recorded, ref, retracted, run, scheduled
from stores import store_url

ROOT = Path(__file__).resolve().parent.parent
BODIES = ("cis-cfm", "cis-chs", "eaeu-sec")  # a checkpoint's parts: by body, then years
CITIES = ("Minsk", "Baku", None)


FORMS = (
    "2024-{m:02d}", "2025-{m:02d}", "2023-{m:02d}", "XXXX-{m:02d}", "2024", "2024-{m:02d}-15", None,
    "2024-05-{m:02d}", "2024-05-01",  # days of one month, a few apart or one: conflicts
)


def claim(
    article: str, kind: int, body: int, city: int, month: int, n: int, form: int = 0
) -> Event:
    """One claim of ``article`` numbered ``n``: held, scheduled, decided, put or called off."""
    pattern = FORMS[form]
    date = None if pattern is None else pattern.format(m=month)
    if kind == 0:
        return held(article, BODIES[body], CITIES[city], date, n=n)
    if kind == 1:
        return scheduled(article, BODIES[body], CITIES[city], date, n=n)
    if kind in (3, 4):
        meeting = ref(BODIES[body], CITIES[city], date)
        event_id = make_event_id(article, "off", n, n, str(kind))
        if kind == 3:
            return MeetingPostponed(
                id=event_id, provenance=prov(article), meeting=meeting, new_date=None
            )
        return MeetingCancelled(id=event_id, provenance=prov(article), meeting=meeting)
    return decided(article, BODIES[body], CITIES[city], date, f"decision {article} {n}")


claims = st.lists(
    st.tuples(
        st.integers(0, 4),
        st.integers(0, len(BODIES) - 1),
        st.integers(0, 2),
        st.integers(1, 12),
        st.integers(0, len(FORMS) - 1),
    ),
    max_size=4,
)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("new"), st.one_of(st.none(), st.integers(1, 28)), claims),
        st.tuples(st.just("more"), st.integers(0, 9), claims),
        st.tuples(st.just("retract"), st.integers(0, 9), st.integers(0, 9)),
        st.tuples(st.just("check"), st.sampled_from(["state", "checks", "text"])),
        # The folder's own: claims appended beside the store (JsonlLog), its index damaged.
        st.tuples(st.just("beside"), st.integers(0, 9), claims),
        st.tuples(st.just("index"), st.sampled_from(["garbage", "removed", "touched"])),
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
            for kind, body, city, month, form in op[2]:  # type: ignore[attr-defined]
                counter += 1
                event = claim(article, kind, body, city, month, counter, form)
                events.append(event)
                live[article].append(event.id)
            if events:
                store.append({article: events})
        elif op[0] == "retract" and articles:
            article = articles[int(op[1]) % len(articles)]  # type: ignore[call-overload]
            if live[article]:
                target = live[article].pop(int(op[2]) % len(live[article]))  # type: ignore[call-overload]
                store.append({article: [retracted(article, target)]})
        elif op[0] == "beside" and articles and isinstance(store, FolderStore):
            article = articles[int(op[1]) % len(articles)]  # type: ignore[call-overload]
            more = []
            for kind, body, city, month, form in op[2]:  # type: ignore[attr-defined]
                counter += 1
                more.append(claim(article, kind, body, city, month, counter, form))
                live[article].append(more[-1].id)
            if more:
                JsonlLog(store.path / f"{article}.jsonl").append(more)
        elif op[0] == "index" and isinstance(store, FolderStore):
            index = store.path / ".cischronicle" / "index"
            if op[1] == "touched" and store.path.exists():
                os.utime(store.path, ns=(0, 1))
            elif op[1] != "touched" and index.exists():
                if op[1] == "removed":
                    index.unlink()
                else:
                    index.write_bytes(index.read_bytes()[:-9] + b"00000000\n")
        elif op[0] == "check":
            resumed = project_store(store, checks=op[1] == "checks", text=op[1] == "text")
            full = project(store.events())
            assert resumed.state == full
            if resumed.findings is not None:
                assert resumed.findings == run_checks(full)
            if resumed.text is not None:
                assert resumed.text.text == printed(full)
    final = project_store(store, checks=True, text=True)
    full = project(store.events())
    assert final.state == full
    assert final.findings == run_checks(full)
    assert run_checks(final.state) == run_checks(full)
    assert final.text is not None and final.text.text == printed(full)


def printed(state: ChronicleState) -> str:
    """What check prints over ``state``, worded from a view built afresh."""
    view = build_view(state, as_of=state.latest_published(), findings=run_checks(state))
    return check_text(view)


@pytest.mark.parametrize("backend", ["folder", "sqlite"])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    ops=operations,
    resave=st.sampled_from([1, 2, 1000]),
    years=st.sampled_from([1, 2, 64]),
    page=st.sampled_from([1, 2, 2048]),
)
def test_resuming_always_equals_a_full_replay(
    backend: str, ops: list[tuple[object, ...]], resave: int, years: int, page: int
) -> None:
    """Over random appends, retractions and checks, a resumed projection is a full replay."""
    saved_every, spans = checkpoint_module.RESAVE_AFTER, records_module.PART_YEARS
    lines = kept_module.PAGE_LINES
    checkpoint_module.RESAVE_AFTER, records_module.PART_YEARS = resave, years
    kept_module.PAGE_LINES = page
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(store_url(backend, Path(folder)), create=True)
        try:
            replay_equals_resume(store, ops)
        finally:
            store.close()
            checkpoint_module.RESAVE_AFTER, records_module.PART_YEARS = saved_every, spans
            kept_module.PAGE_LINES = lines


later_articles = st.lists(
    st.tuples(st.integers(0, 45), claims, st.booleans()), min_size=1, max_size=12
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    articles=later_articles,
    resave=st.sampled_from([1, 3, 1000]),
    years=st.sampled_from([1, 2, 64]),
    page=st.sampled_from([1, 2, 2048]),
)
def test_the_kept_text_of_check_follows_later_articles(
    articles: list[tuple[int, list[tuple[int, int, int, int, int]], bool]],
    resave: int,
    years: int,
    page: int,
) -> None:
    """Articles each published later, a check now and then: the text resumed is the rebuilt."""
    saved_every, spans = checkpoint_module.RESAVE_AFTER, records_module.PART_YEARS
    lines = kept_module.PAGE_LINES
    checkpoint_module.RESAVE_AFTER, records_module.PART_YEARS = resave, years
    kept_module.PAGE_LINES = page
    day = datetime.date(2023, 11, 1)
    try:
        with tempfile.TemporaryDirectory() as folder:
            store = open_store(store_url("sqlite", Path(folder)), create=True)
            for number, (gap, made, check) in enumerate(articles):
                article = f"a{number:03d}"
                day += datetime.timedelta(days=gap)
                events: list[Event] = [recorded(article, day.isoformat())]
                for n, (kind, body, city, month, form) in enumerate(made):
                    events.append(claim(article, kind, body, city, month, n, form))
                store.append({article: events})
                if check or number == len(articles) - 1:
                    shown = project_store(store, text=True)
                    assert shown.text is not None
                    assert shown.text.text == printed(project(store.events()))
            store.close()
    finally:
        checkpoint_module.RESAVE_AFTER, records_module.PART_YEARS = saved_every, spans
        kept_module.PAGE_LINES = lines


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
    assert (second.mode, second.folded, second.saved) == ("resumed", 2, False)
    assert second.state == project(store.events())
    third = project_store(store)  # the checkpoint was not rewritten for two events
    assert (third.folded, third.state) == (2, second.state)


def test_a_resume_saves_once_enough_was_folded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A resume that folded RESAVE_AFTER events or more saves a checkpoint at its position."""
    monkeypatch.setattr(checkpoint_module, "RESAVE_AFTER", 2)
    store = seeded(tmp_path)
    project_store(store)
    store.append({"zz-later": later_article()})
    second = project_store(store)
    assert (second.mode, second.folded, second.saved) == ("resumed", 2, True)
    assert project_store(store).folded == 0


def test_resumed_findings_are_the_rebuilt_findings(tmp_path: Path) -> None:
    """With checks, a resume judges again what the new article changes: as a rebuild does."""
    store = seeded(tmp_path)
    first = project_store(store, checks=True)
    assert first.saved and first.findings == run_checks(first.state)
    store.append({"zz-later": later_article()})
    resumed = project_store(store, checks=True)
    rebuilt = project_store(store, checks=True, rebuild=True, save=False)
    assert resumed.mode == "resumed" and resumed.findings == rebuilt.findings
    assert resumed.findings == run_checks(project(store.events()))


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
    monkeypatch.setattr(records_module, "CHECKPOINT_VERSION", "0" * 32)
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
    payload = pickle.dumps((None, None, print, None))
    data = encode_checkpoint(checkpoint_module.CHECKPOINT_VERSION, 0, payload)
    store.save_checkpoint("state", data)
    again = project_store(store)
    assert again.mode == "rebuilt" and "does not load" in again.reason


class _Watching(records_module._Unpickler):
    """The checkpoint's unpickler, noting whether the collector ran while it loaded."""

    collecting: ClassVar[list[bool]] = []

    def load(self) -> object:
        """Note the collector's state, then load."""
        self.collecting.append(gc.isenabled())
        return super().load()


@pytest.mark.parametrize("enabled", [True, False], ids=["collecting", "paused-by-caller"])
@pytest.mark.parametrize("payload", ["good", "corrupt"])
def test_the_load_pauses_the_collector_and_restores_its_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, enabled: bool, payload: str
) -> None:
    """Every record of a checkpoint loads with the collector paused; after, it is as before."""
    store = seeded(tmp_path)
    project_store(store)
    if payload == "corrupt":  # a checksum that holds over bytes that are not a pickle
        data = encode_checkpoint(checkpoint_module.CHECKPOINT_VERSION, 1, b"\x80\x05garbage")
        store.save_checkpoint("state", data)
    monkeypatch.setattr(_Watching, "collecting", [])
    monkeypatch.setattr(records_module, "_Unpickler", _Watching)
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        again = project_store(store)
        after = gc.isenabled()
    finally:
        gc.enable() if was else gc.disable()
    assert _Watching.collecting and not any(_Watching.collecting)  # the head, then parts
    assert after is enabled
    if payload == "corrupt":
        assert again.mode == "rebuilt" and "does not load" in again.reason
    else:
        assert again.mode == "resumed"


def test_a_load_that_raises_restores_the_collector() -> None:
    """The paused load lets a bad payload's error through and turns the collector back on."""
    was = gc.isenabled()
    gc.enable()
    try:
        with pytest.raises(pickle.UnpicklingError):
            records_module._unpickle_with_collector_paused(b"\x80\x05garbage")
        after = gc.isenabled()
    finally:
        gc.enable() if was else gc.disable()
    assert after is True


def test_rebuild_ignores_the_checkpoint(tmp_path: Path) -> None:
    """project_store(rebuild=True) folds everything even when a checkpoint holds."""
    store = seeded(tmp_path)
    project_store(store)
    again = project_store(store, rebuild=True)
    assert again.mode == "rebuilt" and again.folded == store.position()


@pytest.mark.parametrize("form", [(), ("--json",), ("--strict",)], ids=["text", "json", "strict"])
@pytest.mark.parametrize("backend", ["folder", "sqlite", "postgres"])
def test_check_resumed_prints_what_rebuild_prints(
    backend: str, form: tuple[str, ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """After one more article, check (resuming) prints exactly what check --rebuild prints."""
    store = seeded(tmp_path, backend)
    url = store.url
    assert run(capsys, "check", url)[0] in (0, 1)
    store.append({"zz-later": later_article()})
    resumed = run(capsys, "check", url, *form)
    rebuilt = run(capsys, "check", url, *form, "--rebuild")
    assert resumed == rebuilt and "2029" in resumed[1]
    assert project_store(store, text=True).mode == "resumed"


def test_check_writes_its_pages_to_a_pipe_as_rebuild_prints_them(tmp_path: Path) -> None:
    """Through a real pipe, a resumed check writes the bytes a rebuild prints, in UTF-8."""
    store = seeded(tmp_path)
    assert project_store(store, text=True).saved
    store.append({"zz-later": later_article()})
    command = "import sys; from cischronicle.cli import main; sys.exit(main(sys.argv[1:]))"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    shown = subprocess.run(
        [sys.executable, "-c", command, "check", store.url], capture_output=True, env=env
    )
    assert shown.returncode in (0, 1) and shown.stderr == b""
    assert shown.stdout == printed(project(store.events())).encode()
    resumed = project_store(store, text=True, save=False)
    assert resumed.mode == "resumed" and resumed.text is not None
    written = io.BytesIO()
    resumed.text.write(written)
    assert written.getvalue() == shown.stdout


@pytest.mark.parametrize(
    ("later", "verdict"),
    [
        (held("zz-b", "cis-cfm", "Baku", "2025-01", n=1), "moved"),  # a year on, elsewhere
        (held("zz-b", "cis-cfm", "Minsk", "XXXX-12", n=1), "held"),  # year read from 2024
        (decided("zz-b", "cis-cfm", "Minsk", "2024-12", "a treaty"), "held"),
        (scheduled("zz-b", "cis-cfm", "Minsk", "2024-12-05", n=1), "unconfirmed"),  # now due
    ],
)
def test_a_new_report_judges_again_the_meetings_near_it(
    tmp_path: Path, later: Event, verdict: str
) -> None:
    """A report in a later article re-judges the scheduled meetings it concerns, and only so."""
    store = open_store(store_url("sqlite", tmp_path), create=True)
    store.append(
        {
            "a": [recorded("a", "2024-03-01"), scheduled("a", "cis-cfm", "Minsk", "2024-12")],
            "b": [recorded("b", "2024-03-02"), scheduled("b", "cis-chs", "Baku", "2025-01")],
        }
    )
    first = project_store(store, checks=True)
    assert first.saved and first.findings is not None
    assert {f.verdict for f in first.findings} == {"pending"}
    store.append({"zz-b": [recorded("zz-b", "2025-02-01"), later]})
    resumed = project_store(store, checks=True)
    assert resumed.mode == "resumed" and resumed.findings is not None
    assert resumed.findings == run_checks(project(store.events()))
    assert resumed.findings[0].verdict == verdict


def two_bodies(tmp_path: Path) -> Store:
    """A store with meetings of two bodies, checked once: its checkpoint keeps the text."""
    store = open_store(store_url("sqlite", tmp_path), create=True)
    store.append(
        {
            "a": [
                recorded("a", "2024-03-01"),
                scheduled("a", "cis-cfm", "Minsk", "2024-12"),
                held("a", "cis-cfm", "Minsk", "2024-02-20", n=1),
            ],
            "b": [
                recorded("b", "2024-03-02"),
                scheduled("b", "cis-chs", "Baku", "2025-01"),
                held("b", "cis-chs", "Baku", "2024-02-21", n=1),
            ],
        }
    )
    assert project_store(store, text=True).saved
    return store


CFM_2024 = ((Body.CIS_CFM, None), (Body.CIS_CFM, 1984))
"""The parts a report of 2024 of the Council of Foreign Ministers loads: the body's meetings
of no one span, and its span of 64 years from 1984 (two years around 2024 fall in it)."""


_DAMAGE_REASONS = {
    "another-part": "not the one its head names",
    "another-page": "not the one its head names",
    "checksum": "checksum",
    "missing": "not one this library wrote",
}
"""What a resume says when a record of its checkpoint was damaged, by kind of damage."""


def assert_rebuilt(store: Store, damage: str) -> None:
    """A resume after a damaged record rebuilds, says why, and prints what a rebuild prints."""
    again = project_store(store, text=True)
    assert again.mode == "rebuilt" and _DAMAGE_REASONS[damage] in again.reason
    assert again.text is not None and again.text.text == printed(project(store.events()))


def later_report(article: str = "c", city: str = "Minsk") -> list[Event]:
    """A later article reporting a meeting of the Council of Foreign Ministers held."""
    return [recorded(article, "2025-02-01"), held(article, "cis-cfm", city, "2024-12-03")]


def test_check_loads_only_the_part_of_the_body_it_folds(tmp_path: Path) -> None:
    """A resumed check loads the new report's body's part alone, and prints a rebuild's text."""
    store = two_bodies(tmp_path)
    store.append({"c": later_report()})
    resumed = project_store(store, text=True)
    assert resumed.mode == "resumed" and resumed.parts == CFM_2024
    assert resumed.text is not None
    assert resumed.text.text == printed(project(store.events()))
    assert resumed.state == project(store.events())  # the other part, loaded when read


def test_a_check_with_nothing_new_loads_no_part(tmp_path: Path) -> None:
    """With no new event, a resumed check prints from the checkpoint's head alone."""
    store = two_bodies(tmp_path)
    resumed = project_store(store, text=True)
    assert (resumed.mode, resumed.parts, resumed.folded) == ("resumed", (), 0)
    assert resumed.text is not None
    assert resumed.text.text == printed(project(store.events()))


def test_a_resume_in_parts_saves_the_parts_it_folded_into(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saved after a resume in parts, only the folded body's part and the shared ones change."""
    monkeypatch.setattr(checkpoint_module, "RESAVE_AFTER", 1)
    store = two_bodies(tmp_path)
    before = checkpoint_records(store)
    store.append({"c": later_report()})
    resumed = project_store(store, text=True)
    assert resumed.parts == CFM_2024 and resumed.saved
    after = checkpoint_records(store)
    changed = {name for name in after if after[name] != before.get(name)}
    # The pages of the text the new report's lines fall in: the meetings held and scheduled
    # (each kind's first page); those of the postponed and cancelled are kept as saved.
    pages = {f"state.{record}.{page}" for record in ("lines", "page") for page in (0, 1)}
    assert changed == {"state", "state.common", "state.cis-cfm.1984", *pages}
    whole = project_store(store, checks=True, text=True)  # every part, as saved
    assert (whole.mode, whole.folded, whole.parts) == ("resumed", 0, None)
    full = project(store.events())
    assert whole.state == full and whole.findings == run_checks(full)
    assert whole.text is not None and whole.text.text == printed(full)


@pytest.mark.parametrize("body", ["cis-cfm", "cis-chs"], ids=["saved-in-parts", "not-loaded"])
def test_a_retraction_after_a_resume_in_parts_means_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str
) -> None:
    """Retracting an event of the part a resume saved, or of one it did not load, rebuilds."""
    monkeypatch.setattr(checkpoint_module, "RESAVE_AFTER", 1)
    store = two_bodies(tmp_path)
    store.append({"c": later_report()})
    assert project_store(store, text=True).parts == CFM_2024
    target = held("c", "cis-cfm", "Minsk", "2024-12-03") if body == "cis-cfm" else None
    target = target or held("b", "cis-chs", "Baku", "2024-02-21", n=1)
    store.append({"d": [recorded("d", "2025-03-01"), retracted("d", target.id)]})
    again = project_store(store, text=True)
    assert again.mode == "rebuilt" and "is retracted" in again.reason
    assert again.text is not None and again.text.text == printed(project(store.events()))


@pytest.mark.parametrize(
    "events",
    [
        [*later_report(), retracted("c", later_report()[1].id)],  # a new event retracted
        later_report(city="Dushanbe"),  # a wider place column: every line padded again
    ],
    ids=["retraction", "wider-column"],
)
def test_what_a_part_cannot_answer_for_loads_every_part(
    tmp_path: Path, events: list[Event]
) -> None:
    """New events that reach beyond their body's part resume from the whole checkpoint."""
    store = two_bodies(tmp_path)
    store.append({"c": events})
    resumed = project_store(store, text=True)
    assert (resumed.mode, resumed.parts) == ("resumed", None)
    assert resumed.text is not None
    assert resumed.text.text == printed(project(store.events()))


def test_an_event_id_of_another_body_loads_every_part(tmp_path: Path) -> None:
    """A new claim with the id of a claim of another body is folded as a replay folds it."""
    store = two_bodies(tmp_path)
    old = held("b", "cis-chs", "Baku", "2024-02-21", n=1)
    again = attrs.evolve(held("c", "cis-cfm", "Minsk", "2024-12-03"), id=old.id)
    store.append({"c": [recorded("c", "2025-02-01"), again]})
    resumed = project_store(store, text=True)
    assert (resumed.mode, resumed.parts) == ("resumed", None)
    assert resumed.text is not None
    assert resumed.text.text == printed(project(store.events()))


@pytest.mark.parametrize("damage", ["another-part", "checksum", "missing"])
def test_a_part_that_is_not_the_one_its_head_names_means_a_rebuild(
    tmp_path: Path, damage: str
) -> None:
    """A body's record swapped for another's, damaged or gone: the state is rebuilt."""
    store = two_bodies(tmp_path)
    records = checkpoint_records(store)
    if damage == "another-part":
        store.save_checkpoint("state.cis-cfm.1984", records["state.cis-chs.1984"])
    elif damage == "checksum":
        data = bytearray(records["state.cis-cfm.1984"])
        data[-10] ^= 0xFF
        store.save_checkpoint("state.cis-cfm.1984", bytes(data))
    else:
        store.save_checkpoint("state.cis-cfm.1984", b"")
    store.append({"c": later_report()})
    assert_rebuilt(store, damage)


def test_a_checkpoint_of_the_format_before_parts_is_refused(tmp_path: Path) -> None:
    """A checkpoint in one record (format 3) is refused, rebuilt, and saved in parts."""
    store = two_bodies(tmp_path)
    payload = pickle.dumps((None, None, None, None, None))
    digest = hashlib.sha256(payload).hexdigest()
    version = checkpoint_module.CHECKPOINT_VERSION
    old = f"cischronicle-checkpoint/3\n{version}\n6\n{digest}\n".encode() + payload
    store.save_checkpoint("state", old)
    again = project_store(store, text=True)
    assert again.mode == "rebuilt" and "not one this library wrote" in again.reason
    assert again.saved and project_store(store, text=True).mode == "resumed"


def test_a_checkpoint_of_the_format_before_pages_is_refused(tmp_path: Path) -> None:
    """A checkpoint of format 4 (the text's lines in its head) is refused and rebuilt."""
    store = two_bodies(tmp_path)
    head = store.load_checkpoint("state") or b""
    assert head.startswith(b"cischronicle-checkpoint/5\n")
    store.save_checkpoint("state", b"cischronicle-checkpoint/4\n" + head.split(b"\n", 1)[1])
    store.append({"c": later_report()})
    again = project_store(store, text=True)
    assert again.mode == "rebuilt" and "not one this library wrote" in again.reason
    assert again.text is not None and again.text.text == printed(project(store.events()))
    assert again.saved and project_store(store, text=True).mode == "resumed"


def a_later_article(article: str = "c", day: str = "2024-03-05") -> list[Event]:
    """A later article that reports nothing: only the knowledge date moves."""
    return [recorded(article, day)]


def test_a_check_with_nothing_to_word_again_prints_the_saved_pages(tmp_path: Path) -> None:
    """The pages no change falls in are printed as saved: their data is never read."""
    store = two_bodies(tmp_path)
    records = checkpoint_records(store)
    pages = [name for name in records if name.startswith("state.page.")]
    assert pages and any(name.startswith("state.lines.") for name in records)
    for name in pages:
        store.save_checkpoint(name, b"")  # gone: a resume that read one would rebuild
    store.append({"c": a_later_article()})
    resumed = project_store(store, text=True)
    assert (resumed.mode, resumed.parts, resumed.folded) == ("resumed", (), 1)
    assert resumed.text is not None and resumed.text.text == printed(project(store.events()))
    whole = project_store(store, checks=True)  # every page's data: missing, so rebuilt
    assert whole.mode == "rebuilt" and "not one this library wrote" in whole.reason


@pytest.mark.parametrize("damage", ["checksum", "another-page", "missing"])
def test_a_page_that_is_not_the_one_its_head_names_means_a_rebuild(
    tmp_path: Path, damage: str
) -> None:
    """A page's saved lines damaged, swapped for another page's or gone: the text is rebuilt."""
    store = two_bodies(tmp_path)
    records = checkpoint_records(store)
    name = "state.lines.1"  # the meetings scheduled: printed as saved by the next check
    if damage == "checksum":
        data = bytearray(records[name])
        data[-3] ^= 0xFF
        store.save_checkpoint(name, bytes(data))
    elif damage == "another-page":
        store.save_checkpoint(name, records["state.lines.0"])
    else:
        store.save_checkpoint(name, b"")
    store.append({"c": a_later_article()})
    assert_rebuilt(store, damage)


def test_a_saved_page_whose_meeting_fell_due_is_worded_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A meeting saved as pending whose last day passed is printed unconfirmed, as rebuilt."""
    monkeypatch.setattr(checkpoint_module, "RESAVE_AFTER", 1)
    store = open_store(store_url("sqlite", tmp_path), create=True)
    store.append(
        {"a": [recorded("a", "2024-03-01"), scheduled("a", "cis-cfm", "Minsk", "2024-03-10")]}
    )
    assert project_store(store, text=True).saved
    before = checkpoint_records(store)
    store.append({"b": a_later_article("b", "2024-03-20")})
    resumed = project_store(store, text=True)
    assert (resumed.mode, resumed.parts) == ("resumed", ())
    after = checkpoint_records(store)
    # Its page is saved again, worded anew; the others (no verdict in them) are kept.
    assert after["state.lines.1"] != before["state.lines.1"]
    assert after["state.lines.0"] == before["state.lines.0"]
    assert resumed.text is not None and resumed.text.text == printed(project(store.events()))
    assert "unconfirmed" in resumed.text.text and resumed.text.unconfirmed == 1


def test_pages_split_past_twice_their_size_and_print_as_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saved in pages of two lines, five meetings held make three pages, printed in order."""
    monkeypatch.setattr(kept_module, "PAGE_LINES", 2)
    store = open_store(store_url("sqlite", tmp_path), create=True)
    store.append(
        {
            "a": [
                recorded("a", "2024-03-01"),
                *(held("a", "cis-cfm", "Minsk", f"2024-0{m}-01", n=m) for m in range(1, 6)),
            ]
        }
    )
    assert project_store(store, text=True).saved
    names = [name for name in checkpoint_records(store) if name.startswith("state.lines.")]
    assert len(names) == 3 + 3  # the held meetings' three pages, one page each other kind
    store.append({"c": a_later_article()})
    resumed = project_store(store, text=True)
    assert (resumed.mode, resumed.parts) == ("resumed", ())
    assert resumed.text is not None and resumed.text.text == printed(project(store.events()))


def test_the_whole_state_of_a_resume_in_parts_refuses_parts_saved_since(tmp_path: Path) -> None:
    """Read after another save replaced the parts it did not load, the state is refused."""
    store = two_bodies(tmp_path)
    store.append({"c": later_report()})
    resumed = project_store(store, text=True)
    assert resumed.parts == CFM_2024
    store.append({"d": [recorded("d", "2025-03-01"), held("d", "cis-chs", "Baku", "2025-02")]})
    assert project_store(store, rebuild=True).saved  # every record written again
    with pytest.raises(ConcurrencyError, match="saved again"):
        _ = resumed.state


CFM = Body.CIS_CFM


def spans_of_a_year(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *claims: Event) -> Store:
    """A store of the Council of Foreign Ministers' ``claims``, checked once.

    They are in article "a" of March 2024, beside a meeting of 2010 (and a year-less one of
    the Council of Heads of State), and checked with parts of one year each.  The meetings
    beside them have the widest date and place: no later line widens a column.
    """
    monkeypatch.setattr(records_module, "PART_YEARS", 1)
    store = open_store(store_url("sqlite", tmp_path), create=True)
    store.append(
        {
            "a": [
                recorded("a", "2024-03-01"),
                held("a", "cis-cfm", "Tashkent", "2010-09-28", n=90),
                held("a", "cis-chs", "Tashkent", "XXXX-09-28", n=91),
                *claims,
            ]
        }
    )
    assert project_store(store, text=True).saved
    return store


def resumed_check(store: Store, *events: Event) -> tuple[tuple[object, ...] | None, str]:
    """The parts a resumed check loaded, and its text, after article "c" with ``events``.

    Asserts that the resumed check printed what a rebuild prints.
    """
    store.append({"c": [recorded("c", "2025-02-01"), *events]})
    resumed = project_store(store, text=True)
    assert resumed.mode == "resumed" and resumed.text is not None
    assert resumed.text.text == printed(project(store.events()))
    assert resumed.state == project(store.events())
    return resumed.parts, resumed.text.text


def test_a_claim_of_a_known_year_loads_the_years_two_around_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A report of 2024 loads its body's parts of 2022 to 2026 and of no span, no other."""
    store = spans_of_a_year(
        tmp_path, monkeypatch, scheduled("a", "cis-cfm", "Minsk", "2024-12", n=1)
    )
    parts, _ = resumed_check(store, held("c", "cis-cfm", "Minsk", "2024-12-03"))
    assert parts == ((CFM, None), *((CFM, year) for year in range(2022, 2027)))


def test_a_claim_of_no_known_year_loads_every_part_of_its_body(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A year-less report can be of any year: every part of its body is loaded."""
    store = spans_of_a_year(
        tmp_path, monkeypatch, scheduled("a", "cis-cfm", "Minsk", "2024-12", n=1)
    )
    parts, _ = resumed_check(store, held("c", "cis-cfm", "Baku", "XXXX-12-03"))
    assert parts == ((CFM, None), (CFM, 2010), (CFM, 2024))


def test_a_plan_of_no_known_year_judged_again_loads_every_part_of_its_body(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plan with no date reads its body's meetings of every year: a report near it widens."""
    store = spans_of_a_year(tmp_path, monkeypatch, scheduled("a", "cis-cfm", "Minsk", None, n=1))
    parts, text = resumed_check(store, held("c", "cis-cfm", "Minsk", "2024-12-03"))
    assert parts == ((CFM, None), (CFM, 2010))  # every part it has, not 2024's around the report
    assert "Minsk, BY, CIS Council of Foreign Ministers: held: 3 December 2024" in text


def test_a_meeting_a_report_gives_its_year_loads_the_whole_checkpoint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A year-less meeting a new report dates moves to its year's part: a whole resume."""
    store = spans_of_a_year(tmp_path, monkeypatch, held("a", "cis-cfm", "Minsk", "XXXX-12-03"))
    parts, _ = resumed_check(store, held("c", "cis-cfm", "Minsk", "2024-12-03"))
    assert parts is None


def test_a_conflict_across_new_year_is_found_in_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A report of 3 January conflicts with one of 30 December, kept under the year before."""
    store = spans_of_a_year(tmp_path, monkeypatch, held("a", "cis-cfm", "Minsk", "2023-12-30"))
    parts, text = resumed_check(store, held("c", "cis-cfm", "Minsk", "2024-01-03"))
    assert parts == ((CFM, None), *((CFM, year) for year in range(2022, 2027)))
    assert "date-differs" in text and "2023-12-30 (a) vs 2024-01-03 (c)" in text


def test_check_strict_counts_a_meeting_due_as_the_whole_view_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A plan due and undecided: check exits 0, with --strict 1, resumed as with --json."""
    store = open_store(store_url("sqlite", tmp_path), create=True)
    plan = scheduled("a", "cis-cfm", "Minsk", "2024-12")
    widest = held("a", "cis-chs", "Tashkent", "XXXX-09-28", n=2)  # no line is wider later
    store.append({"a": [recorded("a", "2024-03-01"), plan, widest]})
    url = store.url
    assert run(capsys, "check", url)[0] == 0  # pending, as of March: saves the checkpoint
    store.append({"b": [recorded("b", "2025-02-01"), held("b", "cis-chs", "Baku", "2025-01-20")]})
    resumed = project_store(store, text=True, save=False)
    assert resumed.parts == ((Body.CIS_CHS, None), (Body.CIS_CHS, 1984))
    assert run(capsys, "check", url)[0] == 0
    assert run(capsys, "check", url, "--strict")[0] == 1  # December 2024 was due by February
    assert run(capsys, "check", url, "--strict", "--json")[0] == 1
