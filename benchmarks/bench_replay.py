"""Typed replay: JSONL logs -> codec -> every standard projection, against plain orjson.loads.

Run alone: ``python benchmarks/bench_replay.py [N ...]`` (default 100000).  The baseline is
``orjson.loads`` of the same lines read from the same files, measured in the same process, so
a noisy machine slows both alike.  Peak memory is measured in a fresh subprocess per mode:
``import`` (the interpreter with cischronicle imported, nothing read), ``stream`` (every event
decoded and checked, none kept), ``replay`` (the typed replay) and ``list`` (every event held
in a list, what a replay that does not stream would cost at least).
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_logs

from cischronicle import Chronicle, ChronicleState, project
from cischronicle.events import EVENT_TYPES, EventRetracted


def plain_decode(folder: Path) -> int:
    """orjson.loads every line of every log: the practical limit of decoding in Python."""
    count = 0
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".jsonl")):
        with open(os.path.join(folder, name), "rb") as f:
            for line in f.read().splitlines():
                orjson.loads(line)
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


def _best_of_both(folder: Path, repeat: int) -> tuple[float, float, int, int]:
    """Best times of the plain decode and the typed replay, run alternately ``repeat`` times.

    Alternating keeps the two measurements close in time, so a burst of load on a shared
    machine falls on both rather than on one.
    """
    best_plain = best_typed = float("inf")
    plain = typed = 0
    for _ in range(repeat):
        start = time.perf_counter()
        plain = plain_decode(folder)
        best_plain = min(best_plain, time.perf_counter() - start)
        start = time.perf_counter()
        typed = typed_replay(folder)
        best_typed = min(best_typed, time.perf_counter() - start)
    return best_plain, best_typed, plain, typed


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
        t_plain, t_typed, decoded, folded = _best_of_both(folder, repeat)
        assert decoded == folded == lines, (decoded, folded, lines)
        row: dict[str, object] = {
            "benchmark": "replay",
            "events": lines,
            "logs": logs,
            "plain_orjson_events_per_s": round(lines / t_plain),
            "typed_replay_events_per_s": round(lines / t_typed),
            "ratio_to_plain": round(t_plain / t_typed, 3),
            "target_ratio": 0.5,
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
