"""The garbage collector in a resumed ``check``: the command's time and the collections' time.

Run: ``python benchmarks/bench_collector.py [N] [--backend B] [--rounds R]`` (default 100000
events, SQLite, 4 rounds). A store of N synthetic events is checked (its checkpoint keeping
the state, the findings and ``check``'s text), one more article is appended, and then, in a
fresh process each, the checkpoint is restored and ``cischronicle check URL`` resumed from
it (folding the new article), its text printed to a buffer. The variants run alternately,
one process each per round:

- ``as-shipped``: the library as it is (the collector paused while the checkpoint loads);
- ``no-pause``: the load's pause made a no-op, the collector running throughout;
- ``collect-after``: an experiment, not what the library does: the pause ended by
  ``gc.collect(1)``, which walks the loaded objects once and moves them to the oldest
  generation, instead of the two young collections that otherwise walk them after the load;
- ``off``: ``gc.disable()`` before the command, no collection at all.

Each process prints the command's wall time and the collections it saw (``gc.callbacks``:
their count and time by generation). Prints one JSON object per variant: the times of every
round, their minimum and maximum.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

VARIANTS = ("as-shipped", "no-pause", "collect-after", "off")


def _child(url: str, checkpoint: Path, variant: str) -> dict[str, Any]:
    """One resumed ``check`` in this process, the checkpoint restored first."""
    from cischronicle import _checkpoint_records as records_module
    from cischronicle import resume
    from cischronicle.cli import main as cli_main
    from cischronicle.store import open_store

    store = open_store(url)
    records = json.loads(checkpoint.read_text())
    for name in sorted(records, key=lambda name: name == resume.CHECKPOINT_NAME):
        store.save_checkpoint(name, bytes.fromhex(records[name]))  # the head last
    store.close()
    if variant == "no-pause":
        records_module.gc = types.SimpleNamespace(  # type: ignore[assignment]
            isenabled=gc.isenabled, disable=lambda: None, enable=gc.enable
        )
    elif variant == "collect-after":

        def enable() -> None:
            gc.collect(1)
            gc.enable()

        records_module.gc = types.SimpleNamespace(  # type: ignore[assignment]
            isenabled=gc.isenabled, disable=gc.disable, enable=enable
        )
    collections: list[tuple[int, float]] = []
    started: list[float] = [0.0]

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            collections.append((info["generation"], time.perf_counter() - started[0]))

    gc.callbacks.append(note)
    if variant == "off":
        gc.disable()
    out = io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stdout(out):
        cli_main(["check", url])
    seconds = time.perf_counter() - start
    gc.callbacks.remove(note)
    by_generation = {
        str(g): [sum(1 for h, _ in collections if h == g),
                 round(sum(s for h, s in collections if h == g), 4)]
        for g in sorted({g for g, _ in collections})
    }
    return {
        "variant": variant,
        "command_s": round(seconds, 4),
        "gc_s": round(sum(s for _, s in collections), 4),
        "collections": by_generation,
        "lines": out.getvalue().count("\n"),
    }


def _store(backend: str, n: int, folder: Path) -> tuple[str, Path]:
    """A store of ``n`` events with a checkpoint saved before one more article."""
    from bench_stores import _fill, _later_article, _url
    from synthetic import articles

    from cischronicle.resume import checkpoint_records, project_store
    from cischronicle.store import open_store

    batches = list(articles(n))
    url = _url(backend, folder)
    store = open_store(url, create=True)
    _fill(store, batches, 200)
    project_store(store, checks=True, text=True)
    store.append({"zz-new": _later_article(batches)})
    checkpoint = folder / "checkpoint.json"
    records = checkpoint_records(store)
    checkpoint.write_text(json.dumps({name: data.hex() for name, data in records.items()}))
    probe = project_store(store, text=True, save=False)
    assert probe.mode == "resumed" and probe.folded == 2, probe.reason
    store.close()
    return url, checkpoint


def main(argv: list[str]) -> int:
    """Measure every variant alternately; print one JSON object per variant."""
    if argv[:1] == ["--child"]:
        print(json.dumps(_child(argv[1], Path(argv[2]), argv[3])))
        return 0
    n, backend, rounds = 100_000, "sqlite", 4
    args = iter(argv)
    for arg in args:
        if arg == "--backend":
            backend = next(args)
        elif arg == "--rounds":
            rounds = int(next(args))
        elif arg.isdigit():
            n = int(arg)
    if backend not in ("folder", "sqlite"):
        raise SystemExit(f"not a backend here: {backend}")
    runs: dict[str, list[dict[str, Any]]] = {variant: [] for variant in VARIANTS}
    with tempfile.TemporaryDirectory() as tmp:
        url, checkpoint = _store(backend, n, Path(tmp))
        for _ in range(rounds):
            for variant in VARIANTS:
                command = [sys.executable, __file__, "--child", url, str(checkpoint), variant]
                done = subprocess.run(command, capture_output=True, text=True, check=True)
                runs[variant].append(json.loads(done.stdout))
    for variant, rows in runs.items():
        totals = [row["command_s"] for row in rows]
        collected = [row["gc_s"] for row in rows]
        print(json.dumps({
            "backend": backend,
            "events": n,
            "variant": variant,
            "command_s": [min(totals), max(totals)],
            "gc_s": [min(collected), max(collected)],
            "runs": rows,
        }), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
