"""Schema evolution: the v1 fixture loads forever, upcasters run in order, newer lines fail."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import orjson
import pytest

from cischronicle import (
    ArticleRecorded,
    Body,
    ChainBrokenError,
    DateRange,
    DecisionAdopted,
    Envelope,
    EventRetracted,
    JsonlLog,
    MeetingCancelled,
    MeetingHeld,
    MeetingPostponed,
    MeetingRef,
    NextMeetingScheduled,
    PartialDate,
    Place,
    Provenance,
    RawLine,
    SchemaVersionError,
    UnknownEventTypeError,
    UpcastError,
    codec,
    decode_line,
    decode_line_lenient,
)
from cischronicle.codec import GENESIS, dumps, line_hash

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "v1-fixture.jsonl"
FIXTURE_ARTICLE = "v1-fixture"
FIXTURE_HEAD = "ef46642aea41d3b6a9a13bad8122ac052e94bec39ea834113200a2dd9c986373"
FIXTURE_TEXT = (
    "MINSK, Oct 9 - The CIS Council of Foreign Ministers met in Minsk on October 9 and adopted "
    "a statement on the 80th anniversary of Victory. The next meeting will be held in "
    "Dushanbe in April 2026. The summit planned for Ashgabat was postponed to 2026-03/2026-04; "
    "an online meeting of the EAEU intergovernmental council was cancelled."
)


def _span(quote: str) -> Provenance:
    """The provenance of ``quote`` in the fixture's article text."""
    start = FIXTURE_TEXT.index(quote)
    return Provenance.of(FIXTURE_TEXT, start, start + len(quote), article=FIXTURE_ARTICLE)


MINSK = MeetingRef(body=Body("cis-cfm"), place=Place("Minsk", "BY"), date=PartialDate(2025, 10, 9))
FIXTURE_EVENTS = [
    ArticleRecorded(
        id="v1-fixture:recorded",
        provenance=Provenance(FIXTURE_ARTICLE, 0, 0, ""),
        published=dt.date(2025, 10, 9),
        sha256="a" * 64,
        title="CIS foreign ministers meet in Minsk",
        url="https://example.org/v1-fixture",
        language="en",
    ),
    MeetingHeld(
        id="v1-fixture:held",
        provenance=_span("The CIS Council of Foreign Ministers met in Minsk on October 9"),
        meeting=MINSK,
    ),
    DecisionAdopted(
        id="v1-fixture:decision",
        provenance=_span("adopted a statement on the 80th anniversary of Victory"),
        meeting=MINSK,
        summary="a statement on the 80th anniversary of Victory",
        held="v1-fixture:held",
    ),
    NextMeetingScheduled(
        id="v1-fixture:next",
        provenance=_span("The next meeting will be held in Dushanbe in April 2026"),
        meeting=MeetingRef(
            body=Body("cis-cfm"), place=Place("Dushanbe", "TJ"), date=PartialDate(2026, 4)
        ),
    ),
    MeetingPostponed(
        id="v1-fixture:postponed",
        provenance=_span("The summit planned for Ashgabat was postponed to 2026-03/2026-04"),
        meeting=MeetingRef(body=Body("cis-chs"), place=Place("Ashgabat", "TM")),
        new_date=DateRange(PartialDate(2026, 3), PartialDate(2026, 4)),
    ),
    MeetingCancelled(
        id="v1-fixture:cancelled",
        provenance=_span("an online meeting of the EAEU intergovernmental council was cancelled"),
        meeting=MeetingRef(body=Body("eaeu-ic"), place=Place(online=True)),
    ),
    EventRetracted(
        id="v1-fixture:retracted",
        provenance=Provenance(FIXTURE_ARTICLE, 0, 0, ""),
        retracted="v1-fixture:next",
        reason="the next meeting's city was misread",
    ),
]
"""What the v1 fixture says, written out by hand: the fixture must decode to exactly this."""


# -- the committed v1 fixture --------------------------------------------------------------


def test_v1_fixture_loads_to_the_events_it_was_written_from() -> None:
    """The committed schema-1 log decodes, forever, to the same seven events."""
    envs = list(JsonlLog(FIXTURE).read())
    assert [e.event for e in envs] == FIXTURE_EVENTS
    assert [e.schema for e in envs] == [1] * 7 and [e.seq for e in envs] == list(range(1, 8))


def test_v1_fixture_bytes_are_pinned() -> None:
    """The fixture's bytes are unchanged (its head hash is pinned) and its chain holds."""
    result = JsonlLog(FIXTURE).verify(expected_head=FIXTURE_HEAD)
    assert result.ok and result.lines == 7


def test_every_line_records_its_schema_version() -> None:
    """Every stored line carries a schema version; the fixture's are all 1."""
    for raw in FIXTURE.read_bytes().splitlines():
        assert orjson.loads(raw)["schema"] == 1


# -- the upcaster chain ----------------------------------------------------------------------


def _chain(records: list[dict[str, Any]]) -> bytes:
    """Canonical log bytes of ``records``, numbered and hash-chained as a writer would."""
    prev, out = GENESIS, []
    for seq, record in enumerate(records, start=1):
        line = dumps({**record, "seq": seq, "prev": prev})
        prev = line_hash(line)
        out.append(line + b"\n")
    return b"".join(out)


def _fixture_records() -> list[dict[str, Any]]:
    """The fixture's lines as plain data, without seq and prev."""
    records = []
    for raw in FIXTURE.read_bytes().splitlines():
        data = orjson.loads(raw)
        del data["seq"], data["prev"]
        records.append(data)
    return records


def test_upcasters_run_in_order_from_old_versions(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the library at v3, a v1 line runs v1->v2 then v2->v3 and decodes to the v3 event."""
    calls: list[tuple[int, int]] = []

    def upcast_v1_v2(data: dict[str, Any]) -> dict[str, Any]:
        calls.append((1, data["schema"]))
        if data["type"] == "DecisionAdopted":
            data["decided"] = data.pop("summary")
        return data

    def upcast_v2_v3(data: dict[str, Any]) -> dict[str, Any]:
        calls.append((2, data["schema"]))
        if data["type"] == "DecisionAdopted":
            data["summary"] = data.pop("decided").upper()
        return data

    monkeypatch.setattr(codec, "SCHEMA_VERSION", 3)
    monkeypatch.setitem(codec.UPCASTERS, 1, upcast_v1_v2)
    monkeypatch.setitem(codec.UPCASTERS, 2, upcast_v2_v3)
    envs = list(JsonlLog(FIXTURE).read())
    assert calls == [(1, 1), (2, 2)] * 7
    decision = envs[2].event
    assert isinstance(decision, DecisionAdopted)
    assert decision.summary == "A STATEMENT ON THE 80TH ANNIVERSARY OF VICTORY"
    assert all(e.schema == 1 for e in envs)  # the stored version, not the upcast one
    # A v2 line only runs the second step.
    calls.clear()
    records = _fixture_records()
    records[2]["schema"] = 2
    records[2]["decided"] = records[2].pop("summary")
    env = decode_line(_chain(records).splitlines()[2])
    assert calls == [(2, 2)] and env.schema == 2


def test_missing_upcaster_names_file_and_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """An old line with no upcaster for its version raises UpcastError at its file and line."""
    monkeypatch.setattr(codec, "SCHEMA_VERSION", 2)
    with pytest.raises(UpcastError, match="no upcaster from schema version 1 to 2") as info:
        list(JsonlLog(FIXTURE).read())
    assert info.value.path == str(FIXTURE) and info.value.line == 1


@pytest.mark.parametrize(
    ("upcaster", "message"),
    [
        (lambda data: data["no such field"], "missing field 'no such field'"),
        (lambda data: [data], "returned list"),
    ],
)
def test_failing_upcaster_is_a_chronicle_error(
    monkeypatch: pytest.MonkeyPatch, upcaster: Any, message: str
) -> None:
    """An upcaster that raises or returns a non-dict becomes an UpcastError, not a crash."""
    monkeypatch.setattr(codec, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(codec.UPCASTERS, 1, upcaster)
    with pytest.raises(UpcastError, match=message):
        decode_line(FIXTURE.read_bytes().splitlines()[0], path="x.jsonl", line=1)


# -- lines this library cannot read ---------------------------------------------------------


def _log_with(tmp_path: Path, index: int, **changes: Any) -> tuple[JsonlLog, bytes]:
    """A copy of the fixture (chain rebuilt) whose line ``index`` has ``changes``."""
    records = _fixture_records()
    records[index].update(changes)
    data = _chain(records)
    path = tmp_path / f"{FIXTURE_ARTICLE}.jsonl"
    path.write_bytes(data)
    return JsonlLog(path), data


def test_newer_schema_line_names_file_and_line(tmp_path: Path) -> None:
    """A line from a newer schema raises SchemaVersionError with the file, line and version."""
    log, data = _log_with(tmp_path, 3, schema=codec.SCHEMA_VERSION + 1, extra="new field")
    with pytest.raises(SchemaVersionError, match="newer than this library knows") as info:
        list(log.read())
    assert (info.value.path, info.value.line) == (str(log.path), 4)
    assert info.value.schema == codec.SCHEMA_VERSION + 1
    assert log.path.read_bytes() == data


def test_unknown_type_names_file_and_line(tmp_path: Path) -> None:
    """A line of an unknown event type raises UnknownEventTypeError with the file and line."""
    log, _ = _log_with(tmp_path, 5, type="MeetingMoved")
    with pytest.raises(UnknownEventTypeError, match="MeetingMoved") as info:
        list(log.read())
    assert (info.value.path, info.value.line, info.value.type_) == (
        str(log.path),
        6,
        "MeetingMoved",
    )


def test_lenient_reading_keeps_undecodable_lines_raw(tmp_path: Path) -> None:
    """Lenient reading yields a RawLine (bytes and error) in place of each undecodable line."""
    records = _fixture_records()
    records[3].update(schema=codec.SCHEMA_VERSION + 1)
    records[5].update(type="MeetingMoved")
    data = _chain(records)
    path = tmp_path / f"{FIXTURE_ARTICLE}.jsonl"
    path.write_bytes(data)
    got = list(JsonlLog(path).read_lenient())
    lines = data.splitlines()
    assert len(got) == 7
    for index, record in enumerate(got):
        if index in (3, 5):
            assert isinstance(record, RawLine)
            assert record.raw == lines[index] and record.line == index + 1
            assert record.seq == index + 1
        else:
            assert isinstance(record, Envelope) and record.event == FIXTURE_EVENTS[index]
    raw3, raw5 = got[3], got[5]
    assert isinstance(raw3, RawLine) and isinstance(raw3.error, SchemaVersionError)
    assert isinstance(raw5, RawLine) and isinstance(raw5.error, UnknownEventTypeError)
    assert path.read_bytes() == data


def test_lenient_reading_still_checks_the_chain_across_raw_lines(tmp_path: Path) -> None:
    """A raw line is kept, but editing its bytes still breaks the next line's chain."""
    records = _fixture_records()
    records[3].update(type="MeetingMoved")
    lines = _chain(records).splitlines()
    lines[3] = lines[3].replace(b"MeetingMoved", b"MeetingMovd")
    path = tmp_path / f"{FIXTURE_ARTICLE}.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    with pytest.raises(ChainBrokenError) as info:
        list(JsonlLog(path).read_lenient())
    assert info.value.line == 5


def test_lenient_reading_keeps_a_torn_tail(tmp_path: Path) -> None:
    """A torn last line comes back from lenient reading as a RawLine, not dropped."""
    data = FIXTURE.read_bytes()
    path = tmp_path / f"{FIXTURE_ARTICLE}.jsonl"
    path.write_bytes(data + b'{"id":"v1-fix')
    got = list(JsonlLog(path).read_lenient())
    assert len(got) == 8 and isinstance(got[-1], RawLine)
    assert got[-1].raw == b'{"id":"v1-fix' and got[-1].seq is None


def test_decode_line_lenient_returns_envelopes_for_good_lines() -> None:
    """The lenient decoder returns the same Envelope as the strict one for a valid line."""
    raw = FIXTURE.read_bytes().splitlines()[1]
    assert decode_line_lenient(raw) == decode_line(raw)
    kept = decode_line_lenient(b"\xff not json", line=3)
    assert isinstance(kept, RawLine) and kept.line == 3 and kept.error.line == 3
