"""Many small generated articles (distinct ids, dates, places) for the ingest scale-out tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import orjson

CITIES = ("Minsk", "Moscow", "Astana", "Bishkek", "Dushanbe", "Tashkent", "Baku", "Yerevan")


def article_text(index: int) -> tuple[str, dt.date]:
    """The text of generated article ``index`` and its publication day."""
    day = dt.date(2001, 1, 1) + dt.timedelta(days=11 * index)
    city, nxt = CITIES[index % len(CITIES)], CITIES[(index + 3) % len(CITIES)]
    text = (
        f"{city.upper()}, {day:%B} {day.day}, {day.year} - The CIS Council of Foreign Ministers"
        f" met in {city} today and adopted a statement on cooperation. The next meeting of the"
        f" Council of Foreign Ministers will be held in {nxt} in {day.year + 1}.\n"
    )
    return text, day


def write_articles(folder: Path, count: int, *, feed_every: int = 3) -> Path:
    """Write ``count`` articles under ``folder``; return ``folder``.

    Files go in two subfolders; every ``feed_every``-th article goes in ``folder/feed.jsonl``
    with its publication date instead.
    """
    feed: list[bytes] = []
    for index in range(count):
        text, day = article_text(index)
        article = f"gen-{index:05d}"
        if index % feed_every == 0:
            record = {"id": article, "text": text, "published": day.isoformat()}
            feed.append(orjson.dumps(record) + b"\n")
            continue
        sub = folder / ("odd" if index % 2 else "even")
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{article}.txt").write_text(text, encoding="utf-8")
    (folder / "feed.jsonl").write_bytes(b"".join(feed))
    return folder
