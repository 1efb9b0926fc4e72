"""The fast paths added for speed give exactly what the general paths give.

Each optimisation in docs/performance.md keeps a behaviour: reading only a log's first line,
the event hooks cattrs generates (missing, unknown and default fields), provenance errors,
the shared decoded values, the cached frozen meetings and the one-lookup-per-meeting
grouping of decisions.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cischronicle import (
    Chronicle,
    DecodeError,
    Event,
    JsonlLog,
    PartialDate,
    Place,
    TornTailError,
    decode_line,
    encode_line,
    project,
)
from cischronicle.codec import GENESIS
from helpers import decided, held, recorded, retracted

ARTICLE = "perf1"


def _log(tmp_path: Path, events: list[Event] | None = None) -> JsonlLog:
    log = JsonlLog(tmp_path / f"{ARTICLE}.jsonl")
    log.append(
        events
        or [
            recorded(ARTICLE, "2024-04-12"),
            held(ARTICLE, "cis-cfm", "Minsk", "2024-04-11"),
            decided(ARTICLE, "cis-cfm", "Minsk", "2024-04-11", "an agreement"),
        ]
    )
    return log


def test_first_is_the_first_line_read_strictly(tmp_path: Path) -> None:
    """JsonlLog.first() is the first envelope read() yields."""
    log = _log(tmp_path)
    assert log.first() == next(iter(log.read()))


def test_first_of_an_empty_or_missing_log_is_none(tmp_path: Path) -> None:
    """An empty or missing log has no first line."""
    (tmp_path / "empty.jsonl").write_bytes(b"")
    assert JsonlLog(tmp_path / "empty.jsonl").first() is None
    assert JsonlLog(tmp_path / "missing.jsonl").first() is None


def test_first_reads_a_first_line_longer_than_one_chunk(tmp_path: Path) -> None:
    """A first line longer than the first read chunk is read whole."""
    long = attrs.evolve(recorded(ARTICLE, "2024-04-12"), title="t" * 50_000)
    log = _log(tmp_path, [long, held(ARTICLE, "cis-cfm", "Minsk", "2024-04-11")])
    first = log.first()
    assert first is not None and first.event == long


def test_first_raises_on_a_torn_tail_as_read_does(tmp_path: Path) -> None:
    """In strict mode a torn last line is refused by first() with read()'s error."""
    log = _log(tmp_path)
    with log.path.open("ab") as f:
        f.write(b'{"torn')
    with pytest.raises(TornTailError) as from_read:
        list(log.read())
    with pytest.raises(TornTailError) as from_first:
        log.first()
    assert (from_first.value.line, from_first.value.offset) == (
        from_read.value.line,
        from_read.value.offset,
    )
    repaired = JsonlLog(log.path, mode="repair").first()
    assert repaired is not None and repaired.seq == 1


def test_first_names_the_file_and_line_of_a_damaged_first_line(tmp_path: Path) -> None:
    """A damaged first line raises a DecodeError naming the file and line 1."""
    path = tmp_path / f"{ARTICLE}.jsonl"
    path.write_bytes(b"not json\n")
    with pytest.raises(DecodeError) as info:
        JsonlLog(path).first()
    assert (info.value.path, info.value.line) == (str(path), 1)


def test_load_orders_logs_by_their_first_line(tmp_path: Path) -> None:
    """Chronicle.load orders logs by their first line's publication date, skipping other files."""
    for article, published in (("b", "2024-01-02"), ("a", "2024-01-03"), ("c", None)):
        JsonlLog(tmp_path / f"{article}.jsonl").append([recorded(article, published)])
    (tmp_path / "notes.txt").write_text("not a log")
    assert [s.article for s in Chronicle.load(tmp_path).sources] == ["c", "b", "a"]


def _line(**provenance: object) -> bytes:
    event = held(ARTICLE, "cis-cfm", "Minsk", "2024-04-11")
    data = orjson.loads(encode_line(event, seq=2, prev=GENESIS))
    data["provenance"] = {**data["provenance"], **provenance}
    return orjson.dumps(data)


@pytest.mark.parametrize(
    ("provenance", "message"),
    [
        ({"start": True}, "expected an integer, not bool"),
        ({"start": -1}, "start must be a non-negative integer"),
        ({"end": "18"}, "expected an integer"),
        ({"quote": 5}, "expected a string"),
        ({"quote": "too short"}, "quote has 9 characters"),
        ({"extra": 1}, "provenance fields"),
    ],
)
def test_bad_provenance_is_refused_with_its_reason(
    provenance: dict[str, object], message: str
) -> None:
    """Decoding refuses every malformed provenance, naming what is wrong."""
    with pytest.raises(DecodeError) as info:
        decode_line(_line(**provenance), path="x.jsonl", line=2)
    assert message in info.value.message
    assert info.value.line == 2


def test_event_hooks_report_missing_and_unknown_fields() -> None:
    """A missing required field or an unknown field is named; absent optional fields default."""
    data = orjson.loads(encode_line(recorded(ARTICLE, None), seq=1, prev=GENESIS))
    for name in ("id", "sha256"):
        with pytest.raises(DecodeError, match=f"missing field '{name}'"):
            decode_line(orjson.dumps({k: v for k, v in data.items() if k != name}))
    with pytest.raises(DecodeError, match="unknown fields: colour"):
        decode_line(orjson.dumps({**data, "colour": "red"}))
    trimmed = {k: v for k, v in data.items() if k not in ("title", "url", "published")}
    event = decode_line(orjson.dumps(trimmed)).event
    assert (event.title, event.url, event.published) == (None, None, None)


def test_decoded_places_and_dates_are_shared_values() -> None:
    """Equal places and dates decoded from different lines are one object (and equal)."""
    a = decode_line(encode_line(held("x", "cis-cfm", "Minsk", "2024-04-11"), seq=2, prev=GENESIS))
    b = decode_line(encode_line(held("y", "cis-cfm", "Minsk", "2024-04-11"), seq=2, prev=GENESIS))
    assert a.event.meeting.place is b.event.meeting.place
    assert a.event.meeting.date is b.event.meeting.date


dates = st.builds(
    PartialDate,
    st.one_of(st.none(), st.integers(2000, 2003)),
    st.integers(1, 12),
    st.one_of(st.none(), st.integers(1, 28)),
)


@given(dates, dates)
def test_intersect_equals_the_field_by_field_merge(a: PartialDate, b: PartialDate) -> None:
    """Partial dates intersect to the field-by-field merge, whether or not it is a new value."""
    merged = a.intersect(b)
    if not a.could_be_same_day(b):
        assert merged is None
    else:
        expected = PartialDate(
            a.year if a.year is not None else b.year,
            a.month if a.month is not None else b.month,
            a.day if a.day is not None else b.day,
        )
        assert merged == expected
        assert hash(merged) == hash(expected)


places = st.sampled_from(
    [
        Place(),
        Place(online=True),
        Place(country="KZ"),
        Place.of_city("Almaty"),
        Place("Minsk", "BY"),
    ]
)


@given(places, places)
def test_merge_equals_the_general_rule(a: Place, b: Place) -> None:
    """Merging places gives the most precise place both agree on, as the general rule says."""
    if not a.compatible(b):
        return
    expected = (
        Place(online=True)
        if a.online or b.online
        else Place(a.city or b.city, a.country or b.country)
    )
    assert a.merge(b) == expected


def test_decisions_are_grouped_by_their_single_compatible_meeting() -> None:
    """decisions_by_meeting groups each decision under its one compatible held meeting."""
    events = [
        recorded("a", "2024-04-12"),
        held("a", "cis-cfm", "Minsk", "2024-04-11"),
        decided("a", "cis-cfm", "Minsk", "2024-04-11", "one"),
        decided("a", "cis-cfm", "Minsk", "2024-04-11", "two"),
        recorded("b", "2024-10-12"),
        held("b", "cis-cfm", "Minsk", "2024-10-11", n=1),
        held("b", "cis-cfm", "Minsk", "2024-10-15", n=2),
        decided("b", "cis-cfm", "Minsk", "2024-10", "ambiguous"),
        decided("b", "cis-chs", "Bishkek", "2024-10", "no meeting"),
    ]
    state = project(Chronicle.from_events(events).events())
    grouped = state.decisions_by_meeting()
    expected: dict[str, list[str]] = {}
    for decision in state.decisions.values():
        matches = state.held.compatible(decision.ref)
        key = matches[0].key if len(matches) == 1 else decision.event_id
        expected.setdefault(key, []).append(decision.event_id)
    assert {k: [d.event_id for d in v] for k, v in grouped.items()} == expected
    assert sorted(len(v) for v in grouped.values()) == [1, 1, 2]


def test_frozen_meetings_follow_later_reports() -> None:
    """A meeting read before more reports arrive shows them when read again."""
    first = [recorded("a", "2024-04-12"), held("a", "cis-cfm", "Minsk", "2024-04")]
    state = project(first)
    before = state.meetings()
    later = [recorded("b", "2024-04-13"), held("b", "cis-cfm", "Minsk", "2024-04-11")]
    after = project(later, state=state).meetings()
    assert before == state.meetings()
    assert len(after) == 1 and len(after[0].reports) == 2
    assert after[0].date == PartialDate(2024, 4, 11)


def test_retraction_after_queries_is_exact() -> None:
    """Retracting a report after the meetings were read gives the state without it."""
    claim = held("b", "cis-cfm", "Minsk", "2024-04-11")
    base = [recorded("a", "2024-04-12"), held("a", "cis-cfm", "Minsk", "2024-04")]
    state = project([*base, recorded("b", "2024-04-13"), claim])
    state.meetings()
    state = project([recorded("c", "2024-04-14"), retracted("c", claim.id)], state=state)
    without = project([*base, recorded("b", "2024-04-13")])
    assert state.meetings() == without.meetings()
