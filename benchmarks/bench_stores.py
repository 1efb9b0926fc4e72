"""Stores: incremental check, replay against eventsourcing, appends, for every backend.

Run: ``python benchmarks/bench_stores.py [N ...] [--incremental] [--repeat R] [--backend B]``
(default 100000, best of 3), with ``CISCHRONICLE_TEST_POSTGRES=postgresql://...`` to include
PostgreSQL (a fresh schema is used and dropped); ``--incremental`` runs only the incremental
part; ``--backend`` (``folder``, ``sqlite``, ``postgres``; repeatable) only those backends.
For each size and backend:

- ``incremental``: a checkpoint of N synthetic events, one more article appended (published
  after every other), then the projection resumed from the checkpoint (folding the new
  article; two events are too few to save a new checkpoint for) against a full rebuild
  (every event folded, nothing saved); the work of ``check --json``, ``timeline``,
  ``report`` (``load_view``: projection, checks, the whole view); the whole command
  (``cischronicle check URL``, its text printed to a buffer) resumed against
  ``check URL --rebuild`` (which, as the command does, saves a new checkpoint), from a
  checkpoint that keeps ``check``'s text and was saved before the new article, so that the
  resumed command folds it (asserted); and of the
  resumed command, the time to its text (``project_store(text=True)``) and the part of it
  that grows with the chronicle: the checks over every report and the join of every line.
- ``replay``: the projection rebuilt from the backend, against the same events replayed from
  ``eventsourcing``'s SQLite recorder through its repository (one ``repository.get`` per
  article aggregate, which decodes and rebuilds the aggregate and folds nothing more);
  every side filled first, the events let go, then timed in rounds, one run of each side
  per round after a collection (best round of each).
- ``append``: the synthetic events appended per article (one append each) and in batches of
  100 articles (one transaction each in SQL), against ``eventsourcing`` saving one aggregate
  per article.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import io
import json
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import _article, _prov, articles

from cischronicle import Event, MeetingHeld, MeetingRef, Place, make_event_id, parse_date
from cischronicle.cli import load_view
from cischronicle.cli import main as cli_main
from cischronicle.codec import converter
from cischronicle.resume import checkpoint_records, project_store
from cischronicle.store import Store, open_store
from cischronicle.values import Body

POSTGRES_ENV = "CISCHRONICLE_TEST_POSTGRES"


def _best(fn: Callable[[], object], repeat: int, before: Callable[[], object] = lambda: None) -> float:
    times = []
    for _ in range(repeat):
        before()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _url(backend: str, folder: Path) -> str:
    if backend == "folder":
        return str(folder / "events")
    if backend == "sqlite":
        return f"sqlite:///{folder / 'chronicle.db'}"
    import psycopg

    base = os.environ[POSTGRES_ENV]
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    return f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"


def _drop(url: str) -> None:
    if "search_path%3Dbench_" in url:
        import psycopg

        schema = url.rsplit("%3D", 1)[1]
        with psycopg.connect(os.environ[POSTGRES_ENV], autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def _fill(store: Store, batches: list[list[Event]], per_append: int) -> float:
    start = time.perf_counter()
    for at in range(0, len(batches), per_append):
        group = batches[at : at + per_append]
        store.append({batch[0].provenance.article: batch for batch in group})
    return time.perf_counter() - start


def _later_article(batches: list[list[Event]]) -> list[Event]:
    last = max(getattr(b[0], "published", None) or dt.date.min for b in batches)
    day = last + dt.timedelta(days=1)
    meeting = MeetingRef(
        body="cis-cfm", place=Place.of_city("Minsk"), date=parse_date(last.isoformat())
    )
    claim = MeetingHeld(
        id=make_event_id("zz-new", "held", 0, 20, last.isoformat()),
        provenance=_prov("zz-new", 0, 20),
        meeting=meeting,
    )
    return [_article("zz-new", day), claim]


def incremental(backend: str, n: int, repeat: int) -> dict[str, Any]:
    """Resume after one more article against a rebuild, on a store of ``n`` events."""
    batches = list(articles(n))
    with tempfile.TemporaryDirectory() as tmp:
        url = _url(backend, Path(tmp))
        try:
            store = open_store(url, create=True)
            _fill(store, batches, 200)
            project_store(store, checks=True)  # what check saves: the state and its findings
            saved = checkpoint_records(store)
            project_store(store, text=True)  # nothing new: check's text added, saved again
            with_text = checkpoint_records(store)
            store.append({"zz-new": _later_article(batches)})
            _restore(store, saved)
            restore = lambda: _restore(store, saved)  # noqa: E731
            resumed = project_store(store)
            assert resumed.mode == "resumed" and resumed.folded == 2, resumed.reason
            rebuilt = project_store(store, rebuild=True, save=False)
            assert rebuilt.state == resumed.state
            t_resume = _best(lambda: project_store(store), repeat, restore)
            t_rebuild = _best(lambda: project_store(store, rebuild=True, save=False), repeat)
            v_resume = _best(lambda: load_view(url, None), repeat, restore)
            v_rebuild = _best(lambda: load_view(url, None, rebuild=True), repeat)
            restore()
            printed = _check_command(url)
            assert printed == _check_command(url, "--rebuild")
            restore()
            first_bytes = sum(map(len, saved.values()))
            saved = with_text  # from here on the checkpoint keeps the text, made before zz-new
            restore()
            probe = project_store(store, text=True, save=False)
            # The new article's body alone, and of it the parts around the new report's year.
            assert probe.parts and {body for body, _ in probe.parts} == {Body.CIS_CFM}
            assert len(probe.parts) <= 3, probe.parts
            assert probe.mode == "resumed" and probe.folded == 2, probe.reason
            c_resume = _best(lambda: _check_command(url), repeat, restore)
            c_rebuild = _best(lambda: _check_command(url, "--rebuild"), repeat)
            restore()
            parts = _resume_parts(store, repeat, restore, probe.parts)
            store.close()
        finally:
            _drop(url)
    return {
        "backend": backend,
        "events": n,
        "checkpoint_bytes": first_bytes,
        "resume_s": round(t_resume, 4),
        "rebuild_s": round(t_rebuild, 3),
        "speedup": round(t_rebuild / t_resume, 1),
        "check_resume_s": round(v_resume, 3),
        "check_rebuild_s": round(v_rebuild, 3),
        "check_speedup": round(v_rebuild / v_resume, 1),
        "command_resume_s": round(c_resume, 3),
        "command_rebuild_s": round(c_rebuild, 3),
        "command_speedup": round(c_rebuild / c_resume, 1),
        "checkpoint_with_text_bytes": sum(map(len, saved.values())),
        "checkpoint_records_bytes": _record_sizes(saved),
        **parts,
    }


def _record_sizes(records: dict[str, bytes]) -> dict[str, int]:
    """The sizes of a checkpoint's records, in bytes.

    The head and the shared record; of the parts, how many, the largest, and the new
    article's body's part of no span; of the pages of ``check``'s text, how many, and the
    bytes of their rendered lines and of their data.
    """
    pages = ("state.lines.", "state.page.")
    parts = {
        name: len(data)
        for name, data in records.items()
        if name.count(".") == 2 and not name.startswith(pages)
    }
    lines = [len(data) for name, data in records.items() if name.startswith(pages[0])]
    data = [len(data) for name, data in records.items() if name.startswith(pages[1])]
    return {
        "state": len(records.get("state", b"")),
        "state.common": len(records.get("state.common", b"")),
        "parts": len(parts),
        "largest_part": max(parts.values(), default=0),
        "state.cis-cfm.other": parts.get("state.cis-cfm.other", 0),
        "pages": len(lines),
        "pages_lines": sum(lines),
        "pages_data": sum(data),
        "all": sum(map(len, records.values())),
    }


def _restore(store: Store, records: dict[str, bytes]) -> None:
    """Save every record of a checkpoint as it was (the head last, as a save does)."""
    for name, data in sorted(records.items(), key=lambda item: item[0] == "state"):
        store.save_checkpoint(name, data)


def _resume_parts(
    store: Store, repeat: int, restore: Callable[[], object], loaded: Any
) -> dict[str, Any]:
    """Where a resumed check's time goes: all of it, the loads, and the wording of the text.

    Probes of the resume's own steps: the head's bytes to its objects (``_decode_head``), and
    the whole checkpoint's (the head and every part, ``_whole``: what a resume that cannot
    be made in parts loads, and what ``check --json`` loads); the parts ``loaded`` by the
    resumed ``check`` beside the head (of the new article's body, around its report's year);
    the kept text worded over every page loaded (``printed``).  What is left of the resume is
    the reading of the new events, their fold and the update of the findings and lines they
    touch.
    """
    from cischronicle._checkpoint_records import (
        CHECKPOINT_NAME,
        _decode_head,
        _load_part,
        _whole,
    )

    data = store.load_checkpoint(CHECKPOINT_NAME) or b""
    text_s = _best(lambda: project_store(store, text=True), repeat, restore)
    head_s = _best(lambda: _decode_head(data), repeat)

    def head() -> Any:
        decoded = _decode_head(data)
        assert not isinstance(decoded, str)
        return decoded[1]

    whole_s = _best(lambda: _whole(store, head()), repeat)
    part_s = _best(lambda: [_load_part(store, head(), at) for at in loaded], repeat)
    kept = _whole(store, head())
    assert not isinstance(kept, str)
    text, state, checked = kept.text, kept.state, kept.checked
    assert text is not None and checked is not None
    word_s = _best(lambda: text.text(state, checked), repeat)
    shown = text.text(state, checked)
    write_s = _best(lambda: io.StringIO().write(shown.text), repeat)
    return {
        "resume_to_text_s": round(text_s, 4),
        "head_load_s": round(head_s, 4),
        "parts_loaded": [f"{body.value}.{first}" for body, first in loaded],
        "parts_load_s": round(max(0.0, part_s - head_s), 4),
        "whole_checkpoint_load_s": round(whole_s, 4),
        "wording_s": round(word_s, 4),
        "fold_and_update_s": round(max(0.0, text_s - part_s - word_s), 4),
        "write_s": round(write_s, 4),
        "lines_printed": shown.text.count("\n"),
        "bytes_printed": len(shown.text.encode()),
    }


def _check_command(url: str, *flags: str) -> str:
    """Run ``cischronicle check URL`` in this process; return what it prints."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        cli_main(["check", url, *flags])
    return out.getvalue()


def _es_app(path: Path) -> Any:
    from eventsourcing.application import Application

    return Application(
        env={"PERSISTENCE_MODULE": "eventsourcing.sqlite", "SQLITE_DBNAME": str(path)}
    )


def _es_save(path: Path, batches: list[list[Event]]) -> list[Any]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_append import _aggregate_class

    Article = _aggregate_class()
    app = _es_app(path)
    ids = []
    for batch in batches:
        agg = None
        for event in batch:
            payload = converter.unstructure(event, Event)
            if agg is None:
                agg = Article(batch[0].provenance.article, payload)
            else:
                agg.claim(payload)
        app.save(agg)
        ids.append(agg.id)  # type: ignore[union-attr]
    return ids


def replay(backends: list[str], n: int, repeat: int) -> dict[str, Any]:
    """Events per second of a rebuilt projection per backend, and of eventsourcing's replay.

    Every side is filled first with the same events, which are then let go: what is timed
    replays from the stores, and the cyclic collector walks none of the benchmark's own
    inputs (with the 1e5 events alive, a full collection cost 0.2 s, and whether one fell
    within a run decided which of three eventsourcing runs was the best).  Then ``repeat``
    rounds, each timing every side once in turn after a collection, so that the machine's
    noise falls on all sides alike; each side's best round is kept.
    """
    batches = list(articles(n))
    result: dict[str, Any] = {"events": n}
    with tempfile.TemporaryDirectory() as tmp:
        urls: list[str] = []
        stores: dict[str, Store] = {}
        try:
            for backend in backends:
                url = _url(backend, Path(tmp))
                urls.append(url)
                stores[backend] = open_store(url, create=True)
                _fill(stores[backend], batches, 200)
            ids = _es_save(Path(tmp) / "es.sqlite", batches)
            del batches
            app = _es_app(Path(tmp) / "es.sqlite")
            sides: dict[str, Callable[[], object]] = {
                backend: functools.partial(project_store, store, rebuild=True, save=False)
                for backend, store in stores.items()
            }
            sides["eventsourcing"] = lambda: [app.repository.get(i) for i in ids]
            seconds = _rounds(sides, repeat)
        finally:
            for store in stores.values():
                store.close()
            for url in urls:
                _drop(url)
    for side, best in seconds.items():
        result[f"{side}_events_per_s"] = round(n / best)
    for backend in backends:
        result[f"{backend}_vs_eventsourcing"] = round(
            result[f"{backend}_events_per_s"] / result["eventsourcing_events_per_s"], 2
        )
    return result


def _rounds(sides: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """The best time of each side over ``repeat`` rounds, each side once per round, in turn.

    A collection before each run starts every run with the same heap: none inherits the
    garbage or the collector's counts of the run before.
    """
    times: dict[str, list[float]] = {side: [] for side in sides}
    for _ in range(repeat):
        for side, run in sides.items():
            gc.collect()
            start = time.perf_counter()
            run()
            times[side].append(time.perf_counter() - start)
    return {side: min(taken) for side, taken in times.items()}


def append(backends: list[str], n: int) -> dict[str, Any]:
    """Events per second appended per article and in batches of 100 articles."""
    batches = list(articles(n))
    result: dict[str, Any] = {"events": n}
    with tempfile.TemporaryDirectory() as tmp:
        for backend in backends:
            for mode, per in (("per_article", 1), ("batch_100", 100)):
                url = _url(backend, Path(tmp) / f"{backend}-{mode}")
                Path(tmp, f"{backend}-{mode}").mkdir()
                try:
                    store = open_store(url, create=True)
                    seconds = _fill(store, batches, per)
                    result[f"{backend}_{mode}_events_per_s"] = round(n / seconds)
                    store.close()
                finally:
                    _drop(url)
        start = time.perf_counter()
        _es_save(Path(tmp) / "es.sqlite", batches)
        result["eventsourcing_per_article_events_per_s"] = round(
            n / (time.perf_counter() - start)
        )
    return result


def main(argv: list[str]) -> int:
    """Run every store benchmark at the sizes given; print one JSON object per line."""
    repeat = 3
    sizes: list[int] = []
    chosen: list[str] = []
    args = iter(argv)
    for arg in args:
        if arg == "--repeat":
            repeat = int(next(args))
        elif arg == "--backend":
            chosen.append(next(args))
        elif arg.isdigit():
            sizes.append(int(arg))
    sizes = sizes or [100_000]
    backends = ["folder", "sqlite"] + (["postgres"] if os.environ.get(POSTGRES_ENV) else [])
    if chosen:
        unknown = set(chosen) - set(backends)
        if unknown:
            raise SystemExit(f"not a backend here: {', '.join(sorted(unknown))}")
        backends = [b for b in backends if b in chosen]
    for n in sizes:
        for backend in backends:
            print(json.dumps({"incremental": incremental(backend, n, repeat)}), flush=True)
        if "--incremental" in argv:
            continue
        print(json.dumps({"replay": replay(backends, n, repeat)}), flush=True)
        print(json.dumps({"append": append(backends, min(n, 20_000))}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
