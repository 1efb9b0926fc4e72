"""Typed replay: JSONL logs -> codec -> every standard projection, against plain orjson.loads.

Run alone: ``python benchmarks/bench_replay.py [N ...]`` (default 100000).  The baseline is
``orjson.loads`` of the same lines read from the same files, measured in the same process, so
a noisy machine slows both alike.  Beside them, :func:`bare_typed_decode` measures the floor
of any typed replay (read, ``orjson.loads``, hash, objects of the event classes built with no
validation, no ordering and no folding): how much of the plain rate is left before the
library does any of its own work.  Peak memory is measured in a fresh subprocess per mode:
``import`` (the interpreter with cischronicle imported, nothing read), ``stream`` (every event
decoded and checked, none kept), ``replay`` (the typed replay) and ``list`` (every event held
in a list, what a replay that does not stream would cost at least).
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import attrs
import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_logs

from cischronicle import Chronicle, ChronicleState, project
from cischronicle.events import EVENT_TYPES, EventRetracted
from cischronicle.values import Provenance


def plain_decode(folder: Path) -> int:
    """orjson.loads every line of every log: the practical limit of decoding in Python."""
    count = 0
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".jsonl")):
        with open(os.path.join(folder, name), "rb") as f:
            for line in f.read().splitlines():
                orjson.loads(line)
                count += 1
    return count


def _bare_setters() -> dict[str, tuple[type, tuple[tuple[str, Any], ...], Any]]:
    """Per event type: its class, the slot setters of its fields, and that of provenance."""
    return {
        name: (
            cls,
            tuple(
                (field.name, getattr(cls, field.name).__set__)
                for field in attrs.fields(cls)
                if field.name != "provenance"
            ),
            cls.provenance.__set__,
        )
        for name, cls in EVENT_TYPES.items()
    }


_BARE = _bare_setters()
_BARE_PROVENANCE = tuple(
    (field.name, getattr(Provenance, field.name).__set__) for field in attrs.fields(Provenance)
)


def bare_typed_decode(folder: Path) -> int:
    """The floor of any typed replay: what it cannot skip, done as directly as Python can.

    Each log read once (no ordering pass), each line ``orjson.loads``-ed and hashed (the
    chain), each event and its provenance built as objects of the library's own classes by
    setting their slots directly: no validation of any field, no envelope, no sequence or
    chain comparison, meetings left as plain dicts, nothing folded.  Not a way to read logs,
    a measuring stick: how close to ``orjson.loads`` a typed replay could get at best.
    """
    count = 0
    new, sha256, loads = object.__new__, hashlib.sha256, orjson.loads
    bare, provenance_setters = _BARE, _BARE_PROVENANCE
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".jsonl")):
        with open(os.path.join(folder, name), "rb") as f:
            for line in f.read().splitlines():
                data = loads(line)
                sha256(line).hexdigest()
                cls, setters, put_provenance = bare[data["type"]]
                event, provenance, wire = new(cls), new(Provenance), data["provenance"]
                for key, put in provenance_setters:
                    put(provenance, wire[key])
                for key, put in setters:
                    put(event, data.get(key))
                put_provenance(event, provenance)
                count += 1
    return count


def replayed_state(folder: Path) -> ChronicleState:
    """Load the chronicle, fold every event, and build every standard projection."""
    chronicle = Chronicle.load(folder)
    state = project(chronicle.events())
    state.meetings()
    state.schedule()
    state.decisions_by_meeting()
    return state


def typed_replay(folder: Path) -> int:
    """The typed replay: :func:`replayed_state`, returning the number of events folded."""
    return replayed_state(folder).event_count


def events_alive() -> int:
    """How many event objects the process still holds, retractions aside (after a full GC).

    A projected state records the retractions it folded (``state.retracted``) and nothing
    else of the events: for a state this is 0, for a list of events almost all of them.
    """
    gc.collect()
    return sum(1 for obj in gc.get_objects() if type(obj) in EVENT_CLASSES)


EVENT_CLASSES = frozenset(EVENT_TYPES.values()) - {EventRetracted}


def _best_of_all(folder: Path, repeat: int) -> tuple[dict[str, float], dict[str, int]]:
    """Best times of the plain decode, the bare typed decode and the typed replay.

    Run alternately ``repeat`` times, so that a burst of load on a shared machine falls on
    all three rather than on one.  Returns the best seconds and the event count of each.
    """
    ways = {"plain": plain_decode, "bare": bare_typed_decode, "typed": typed_replay}
    best = dict.fromkeys(ways, float("inf"))
    counts = dict.fromkeys(ways, 0)
    for _ in range(repeat):
        for name, way in ways.items():
            start = time.perf_counter()
            counts[name] = way(folder)
            best[name] = min(best[name], time.perf_counter() - start)
    return best, counts


def stages(folder: Path) -> dict[str, float]:
    """Microseconds per event of each stage of a replay, measured apart (CPU time).

    ``order logs``: :meth:`Chronicle.load` (each log's first line); ``read, decode, verify``:
    streaming every event; ``project``: folding the events (held in a list, so no reading is
    timed); ``queries``: meetings, schedule and decisions by meeting.
    """
    clock = time.process_time
    start = clock()
    chronicle = Chronicle.load(folder)
    loaded = clock()
    events = list(chronicle.events())
    streamed = clock()
    state = project(events)
    projected = clock()
    state.meetings()
    state.schedule()
    state.decisions_by_meeting()
    queried = clock()
    per_event = 1e6 / len(events)
    return {
        "order logs": round((loaded - start) * per_event, 1),
        "read, decode, verify": round((streamed - loaded) * per_event, 1),
        "project": round((projected - streamed) * per_event, 1),
        "queries": round((queried - projected) * per_event, 1),
    }


def stream(folder: Path) -> int:
    """Decode and check every event of the chronicle, keeping none: the streaming read."""
    count = 0
    for _ in Chronicle.load(folder).events():
        count += 1
    return count


def peak_rss_kib() -> int:
    """Peak resident memory of the current process in KiB, since its program started.

    ``VmHWM`` from ``/proc/self/status`` where there is one: ``ru_maxrss`` survives ``exec``
    on Linux, so a child forked from a big parent would report the parent's size.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:  # pragma: no cover - no /proc (macOS): ru_maxrss, in bytes there
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


MEMORY_MODES = ("import", "stream", "replay", "list")
"""What the memory subprocesses do; see the module docstring."""


def _memory(mode: str, folder: Path) -> tuple[float, int]:
    """Peak RSS (MiB) of a fresh process doing ``mode`` over ``folder``; events it holds.

    The second figure counts the event objects still alive at the end, with the state (or
    the list) the mode built.
    """
    code = (
        "import sys; sys.path.insert(0, sys.argv[3]);"
        "import bench_replay as b; from pathlib import Path;"
        "from cischronicle import Chronicle;"
        "f, mode = Path(sys.argv[2]), sys.argv[1];"
        "held = (None if mode == 'import' else b.stream(f) if mode == 'stream' else"
        " b.replayed_state(f) if mode == 'replay' else list(Chronicle.load(f).events()));"
        "print(b.peak_rss_kib(), b.events_alive())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, mode, str(folder), str(Path(__file__).resolve().parent)],
        capture_output=True,
        text=True,
        check=True,
    )
    peak, alive = out.stdout.split()
    return int(peak) / 1024, int(alive)


def measure(n: int, *, repeat: int = 3, memory: bool = False) -> dict[str, object]:
    """Replay ``n`` synthetic events; return the figures as a dict."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "events"
        logs, lines = write_logs(folder, n)
        best, counts = _best_of_all(folder, repeat)
        assert set(counts.values()) == {lines}, (counts, lines)
        row: dict[str, object] = {
            "benchmark": "replay",
            "events": lines,
            "logs": logs,
            "plain_orjson_events_per_s": round(lines / best["plain"]),
            "typed_replay_events_per_s": round(lines / best["typed"]),
            "ratio_to_plain": round(best["plain"] / best["typed"], 3),
            "target_ratio": 0.5,
            "bare_typed_decode_events_per_s": round(lines / best["bare"]),
            "bare_ratio_to_plain": round(best["plain"] / best["bare"], 3),
        }
        if n < 1_000_000:
            row["stages_us_per_event"] = stages(folder)
        if memory:
            found = {mode: _memory(mode, folder) for mode in MEMORY_MODES}
            row["peak_rss_mib_import"] = round(found["import"][0], 1)
            row["peak_rss_mib_stream"] = round(found["stream"][0], 1)
            row["peak_rss_mib_replay"] = round(found["replay"][0], 1)
            row["peak_rss_mib_all_events_in_a_list"] = round(found["list"][0], 1)
            row["events_held_by_replayed_state"] = found["replay"][1]
            row["events_held_by_the_list"] = found["list"][1]
        return row


if __name__ == "__main__":
    sizes = [int(float(a)) for a in sys.argv[1:]] or [100_000]
    for size in sizes:
        print(json.dumps(measure(size, repeat=1 if size >= 1_000_000 else 3, memory=True)))
