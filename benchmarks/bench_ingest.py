"""Scale-out ingest: articles/s extracting in one process and on 1, 2 and 4 Dask workers.

Run: ``python benchmarks/bench_ingest.py [N] [WORKERS ...]`` (default 4500 articles; 1 2 4
workers; needs the ``dask`` extra).  N articles are generated from the five seed texts, each
with a unique id and its own publication date (two thirds as files in subfolders, one third
in a JSON Lines feed with ``published``), so every article's events differ.  For each setting
the inputs are read, extracted (in this process, or on a fresh ``LocalCluster`` of that many
processes, whose start-up, with each worker's first import of the extractor, is timed
apart) and written to a fresh folder store by one writer;
the logs of every run must be byte-identical to the in-process run's.

Printed: the extraction rate (articles/s, the cluster already up), the speed-up over one
Dask worker and over the in-process run, parallel efficiency (speed-up / workers), the
cluster start-up, the write of all articles to the folder store and to SQLite (events/s), and
the per-article cost.  The target (issue 12): 2 workers >= 1.6x one worker.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

import orjson

from cischronicle.ingest import ingest
from cischronicle.sources import read_sources
from cischronicle.workers import (
    _client,
    _Collector,
    _payload,
    _run_on_dask,
    extract_chunk,
    extract_inputs,
)

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.6


def generate(folder: Path, count: int) -> Path:
    """Write ``count`` articles made from the seeds (unique ids, spread dates) under ``folder``."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    feed: list[bytes] = []
    for index in range(count):
        text = seeds[index % len(seeds)]
        day = dt.date(1995, 1, 1) + dt.timedelta(days=(index * 37) % 10000)
        article = f"bench-{index:06d}"
        if index % 3 == 0:
            record = {"id": article, "text": text, "published": day.isoformat()}
            feed.append(orjson.dumps(record) + b"\n")
            continue
        sub = folder / f"part-{index % 7}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{article}.txt").write_text(text, encoding="utf-8")
    (folder / "feed.jsonl").write_bytes(b"".join(feed))
    return folder


def _logs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.glob("*.jsonl")}


def main(argv: list[str]) -> int:
    """Run every setting and print the table; exit 1 if the 2-worker target is missed."""
    count = int(argv[0]) if argv else 4500
    settings = [int(a) for a in argv[1:]] or [1, 2, 4]
    logging.getLogger("distributed").setLevel(logging.CRITICAL)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        corpus = generate(base / "in", count)
        inputs = read_sources([corpus, corpus / "feed.jsonl"])
        print(f"cischronicle ingest: {len(inputs)} articles, {os.cpu_count()} cores")
        start = time.perf_counter()
        readings, _ = extract_inputs(inputs)
        local = time.perf_counter() - start
        events = sum(len(r.events) for r in readings)
        start = time.perf_counter()
        ingest(readings, base / "local")
        write = time.perf_counter() - start
        start = time.perf_counter()
        ingest(readings, f"sqlite:///{base / 'local.db'}")
        write_sql = time.perf_counter() - start
        reference = _logs(base / "local")
        print(f"  in-process      {len(inputs) / local:8.1f} articles/s"
              f"  ({1000 * local / len(inputs):.1f} ms per article, {events} events)")
        print(f"  write, folder   {events / write:8.0f} events/s  ({write:.1f} s, one append)")
        print(f"  write, SQLite   {events / write_sql:8.0f} events/s  ({write_sql:.1f} s)")
        rates: dict[int, float] = {}
        for workers in settings:
            start = time.perf_counter()
            with _client(workers, None) as client:
                client.wait_for_workers(workers)
                # Each worker imports the extractor and compiles its vocabulary once: start-up.
                client.run(extract_chunk, [_payload(inputs[0])])
                up = time.perf_counter() - start
                collector = _Collector(inputs, False, lambda _: None)
                start = time.perf_counter()
                _run_on_dask(client, inputs, collector, extract_chunk)
                took = time.perf_counter() - start
            readings, _ = collector.result()
            out = base / f"w{workers}"
            ingest(readings, out)
            same = _logs(out) == reference
            rates[workers] = len(inputs) / took
            base_rate = rates.get(1, rates[workers])
            speed = rates[workers] / base_rate
            print(
                f"  {workers} worker{'s' if workers > 1 else ' '}       {rates[workers]:8.1f}"
                f" articles/s  speed-up {speed:.2f}x vs 1 worker,"
                f" {rates[workers] * local / len(inputs):.2f}x vs in-process;"
                f" efficiency {speed / workers:.0%}; start-up {up:.1f} s;"
                f" logs {'identical' if same else 'DIFFERENT'}"
            )
            if not same:
                return 1
    if 1 in rates and 2 in rates:
        speed = rates[2] / rates[1]
        verdict = "met" if speed >= TARGET else "NOT met"
        print(f"  target 2 workers >= {TARGET}x one worker: {speed:.2f}x, {verdict}")
        return 0 if speed >= TARGET else 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
