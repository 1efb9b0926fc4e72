"""The wire format: canonical lines, every event type, clear decode errors."""

from __future__ import annotations

from pathlib import Path

import attrs
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cischronicle import (
    SCHEMA_VERSION,
    DecodeError,
    Event,
    InvalidValueError,
    UnknownEventTypeError,
    decode_line,
    encode_line,
)
from cischronicle.codec import GENESIS, converter
from helpers import cancelled, decided, held, postponed, recorded, retracted, scheduled

EXAMPLES: list[Event] = [
    recorded("a", "2025-04-12"),
    recorded("b", None),
    held("a", "cis-cfm", "Almaty", "2025-04-11"),
    held("a", "cis-cfm", None, "XXXX-04"),
    scheduled("a", "cis-cfm", "Kyiv", "2011-03/2011-04"),
    scheduled("a", "cis-chs", None, None),
    decided("a", "cis-cfm", "Almaty", "2025-04-11", "Badge of Honor"),
    postponed("a", "cis-cfm", None, "2020-10-15", "2020-12"),
    postponed("a", "cis-chs", "Tashkent", "2020-10-16"),
    cancelled("a", "csto-cfm", "Yerevan", "2022-11"),
    retracted("a", "a:xyz", "wrong city"),
]


@pytest.mark.parametrize("event", EXAMPLES, ids=lambda e: type(e).__name__)
def test_every_event_type_round_trips(event: Event) -> None:
    """Encoding then decoding a line gives back the same event, seq and prev."""
    line = encode_line(event, seq=7, prev=GENESIS)
    env = decode_line(line)
    assert (env.event, env.seq, env.prev, env.schema) == (event, 7, GENESIS, SCHEMA_VERSION)


@pytest.mark.parametrize("event", EXAMPLES, ids=lambda e: type(e).__name__)
def test_the_converter_round_trips_events_through_the_tagged_union(event: Event) -> None:
    """converter.structure(..., Event) reads the ``type`` tag that unstructure writes."""
    data = converter.unstructure(event, Event)
    assert data["type"] == type(event).__name__
    assert converter.structure(data, Event) == event


@given(st.sampled_from(EXAMPLES), st.integers(1, 10**9))
def test_lines_are_canonical(event: Event, seq: int) -> None:
    """A line is sorted-key compact JSON, so re-encoding its decoded form is byte-identical."""
    line = encode_line(event, seq=seq, prev=GENESIS)
    data = orjson.loads(line)
    assert list(data) == sorted(data)
    assert line == orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
    assert encode_line(decode_line(line).event, seq=seq, prev=GENESIS) == line


def test_meeting_wire_shape() -> None:
    """The meeting is under `meeting` with body, city, country, ISO date and online."""
    data = orjson.loads(
        encode_line(held("a", "cis-cfm", "Almaty", "XXXX-04-11"), seq=1, prev=GENESIS)
    )
    assert data["type"] == "MeetingHeld" and data["schema"] == SCHEMA_VERSION
    assert data["meeting"] == {
        "body": "cis-cfm",
        "city": "Almaty",
        "country": "KZ",
        "date": "XXXX-04-11",
        "online": False,
    }
    assert set(data["provenance"]) == {"article", "start", "end", "quote"}


ROOT = Path(__file__).resolve().parent.parent
STORED_LOGS = sorted((ROOT / "events").glob("*.jsonl")) + sorted(
    (ROOT / "tests" / "fixtures").glob("*.jsonl")
)


def test_there_are_stored_logs_to_round_trip() -> None:
    """The repository's own logs (events/ and the v1 fixture) are found."""
    names = {path.name for path in STORED_LOGS}
    assert "v1-fixture.jsonl" in names and len(names) > 1


@pytest.mark.parametrize("path", STORED_LOGS, ids=lambda path: path.name)
def test_stored_logs_decode_and_re_encode_byte_for_byte(path: Path) -> None:
    """Every line of every stored log decodes, and encoding it again gives the same bytes."""
    lines = path.read_bytes().splitlines()
    assert lines
    for number, line in enumerate(lines, start=1):
        env = decode_line(line, path=str(path), line=number)
        assert encode_line(env.event, seq=env.seq, prev=env.prev) == line


def _line(**changes: object) -> bytes:
    data = orjson.loads(encode_line(EXAMPLES[2], seq=1, prev=GENESIS))
    data.update(changes)
    return orjson.dumps(data)


@pytest.mark.parametrize(
    ("raw", "error", "fragment"),
    [
        (b"{not json", DecodeError, "not JSON"),
        (b"\xff\xfe", DecodeError, "not UTF-8"),
        (b"[1, 2]", DecodeError, "not a JSON object"),
        (_line(type="MeetingMoved"), UnknownEventTypeError, "unknown event type 'MeetingMoved'"),
        (_line(schema=SCHEMA_VERSION + 1), UnknownEventTypeError, "newer"),
        (_line(schema="1"), DecodeError, "schema"),
        (_line(seq=0), DecodeError, "seq"),
        (_line(prev="abc"), DecodeError, "prev"),
        (_line(meeting={"body": "un-sc"}), DecodeError, "unknown body"),
        (_line(meeting={"body": "cis-cfm", "date": "2024-13"}), DecodeError, "month out of range"),
        (_line(meeting={"body": "cis-cfm", "city": "Almaty", "country": "RU"}), DecodeError, "KZ"),
        (_line(extra=1), DecodeError, "extra"),
        (
            _line(provenance={"article": "a", "start": 0, "end": 5, "quote": "x"}),
            DecodeError,
            "quote",
        ),
    ],
)
def test_bad_lines_raise_clear_errors(raw: bytes, error: type[Exception], fragment: str) -> None:
    """Every malformed line raises a DecodeError naming the file and line."""
    with pytest.raises(error) as info:
        decode_line(raw, path="events/x.jsonl", line=3)
    message = str(info.value)
    assert message.startswith("events/x.jsonl:3")
    assert fragment in message
    assert info.value.path == "events/x.jsonl" and info.value.line == 3  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "sha256",
    ["A" * 64, "a" * 63, "a" * 65, "g" * 64, "a" * 31 + " " + "a" * 32, "a" * 63 + "\n", ""],
)
def test_article_recorded_refuses_a_bad_sha256(sha256: str) -> None:
    """ArticleRecorded's text hash must be exactly 64 lowercase hex digits."""
    with pytest.raises(InvalidValueError, match="sha256 must be 64 lowercase hex digits"):
        attrs.evolve(recorded("a1", "2024-01-01"), sha256=sha256)


@pytest.mark.parametrize("language", ["EN", "e", "eng", "e1", "\u00e9n", "", "en\n"])
def test_article_recorded_refuses_a_bad_language(language: str) -> None:
    """ArticleRecorded's language must be two lowercase ASCII letters (ISO 639-1)."""
    with pytest.raises(InvalidValueError, match="ISO 639-1"):
        attrs.evolve(recorded("a1", "2024-01-01"), language=language)


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_article_recorded_takes_a_two_letter_language(language: str) -> None:
    """Two lowercase letters are a language ArticleRecorded accepts."""
    assert attrs.evolve(recorded("a1", None), language=language).language == language
