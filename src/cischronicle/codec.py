"""The wire format: the one cattrs converter, canonical JSON lines, schema versions.

A stored line is one JSON object with sorted keys, encoded by orjson::

    {"article":"...","id":"...","meeting":{"body":"cis-cfm","city":"Almaty","country":"KZ",
     "date":"2025-04-11","online":false},"prev":"<sha256 of the previous line>",
     "provenance":{"end":120,"quote":"...","start":4},"schema":1,"seq":2,"type":"MeetingHeld"}

``schema`` is the version of the event format, ``seq`` the line's place in its log, ``prev``
the SHA-256 of the previous line's bytes (64 zeros on the first line), ``type`` the event
class.  Older schema versions are brought up to date by the upcasters in :data:`UPCASTERS`.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import cattrs
import orjson
from cattrs.preconf.orjson import make_converter
from cattrs.strategies import configure_tagged_union

from .errors import ChronicleError, DecodeError, InvalidValueError, UnknownEventTypeError
from .events import EVENT_TYPES, Event, MeetingRef
from .values import Body, Date, DateRange, PartialDate, Place, Provenance, parse_date

__all__ = [
    "GENESIS",
    "SCHEMA_VERSION",
    "UPCASTERS",
    "Envelope",
    "converter",
    "decode_line",
    "dumps",
    "encode_line",
    "line_hash",
]

SCHEMA_VERSION = 1
"""The schema version this library writes."""

GENESIS = "0" * 64
"""The ``prev`` hash of a log's first line."""

UPCASTERS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}
"""``UPCASTERS[n]`` turns a decoded version-``n`` line into a version ``n + 1`` line."""

_ENVELOPE_KEYS = ("schema", "seq", "prev", "type")


def _unstructure_date(value: Date) -> str:
    return value.isoformat()


def _structure_date(value: Any, _: Any) -> Date:
    return parse_date(value)


def _unstructure_meeting(ref: MeetingRef) -> dict[str, Any]:
    return {
        "body": ref.body.value,
        "city": ref.place.city,
        "country": ref.place.country,
        "date": None if ref.date is None else ref.date.isoformat(),
        "online": ref.place.online,
    }


_MEETING_KEYS = frozenset(("body", "city", "country", "date", "online"))


def _structure_meeting(value: Any, _: Any) -> MeetingRef:
    if not isinstance(value, Mapping):
        raise InvalidValueError(f"meeting must be an object, not {type(value).__name__}")
    extra = set(value) - _MEETING_KEYS
    if extra:
        raise InvalidValueError(f"unknown meeting fields: {', '.join(sorted(extra))}")
    if "body" not in value:
        raise InvalidValueError("meeting needs a body")
    date = value.get("date")
    online = value.get("online", False)
    if not isinstance(online, bool):
        raise InvalidValueError(f"meeting online must be true or false, not {online!r}")
    for key in ("body", "city", "country"):
        if value.get(key) is not None and not isinstance(value[key], str):
            raise InvalidValueError(f"meeting {key} must be a string")
    return MeetingRef(
        body=Body.parse(value["body"]),
        place=Place(value.get("city"), value.get("country"), online),
        date=None if date is None else parse_date(date),
    )


def _structure_day(value: Any, _: Any) -> _dt.date:
    if not isinstance(value, str):
        raise InvalidValueError(f"a day must be ISO text, not {value!r}")
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidValueError(f"not an ISO day: {value!r}") from None


def _structure_str(value: Any, _: Any) -> str:
    if not isinstance(value, str):
        raise InvalidValueError(f"expected a string, not {type(value).__name__}")
    return value


def _structure_int(value: Any, _: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidValueError(f"expected an integer, not {type(value).__name__}")
    return value


def _make() -> cattrs.Converter:
    conv = make_converter(forbid_extra_keys=True)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_unstructure_hook(_dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(_dt.date, _structure_day)
    conv.register_unstructure_hook(MeetingRef, _unstructure_meeting)
    conv.register_structure_hook(MeetingRef, _structure_meeting)
    for cls in (PartialDate, DateRange):
        conv.register_unstructure_hook(cls, _unstructure_date)
        conv.register_structure_hook(cls, _structure_date)
    conv.register_unstructure_hook(Date, _unstructure_date)
    conv.register_structure_hook(Date, _structure_date)
    conv.register_structure_hook(Date | None, lambda v, _: None if v is None else parse_date(v))
    conv.register_unstructure_hook(Provenance, lambda p: attrs.asdict(p))
    configure_tagged_union(Event, conv, tag_generator=lambda cls: cls.__name__, tag_name="type")
    return conv


converter: cattrs.Converter = _make()
"""The one converter between events and plain JSON-ready data."""


def dumps(obj: Any) -> bytes:
    """Canonical JSON bytes: orjson with sorted keys, no whitespace."""
    return orjson.dumps(obj, option=orjson.OPT_SORT_KEYS)


def line_hash(line: bytes) -> str:
    """The SHA-256 hex digest of a stored line's bytes (without its newline)."""
    return hashlib.sha256(line).hexdigest()


@attrs.frozen
class Envelope:
    """A decoded log line: its sequence number, the previous line's hash, and the event."""

    seq: int
    prev: str
    event: Event
    schema: int = SCHEMA_VERSION


def encode_line(event: Event, *, seq: int, prev: str) -> bytes:
    """The canonical bytes of one log line for ``event`` (without the newline)."""
    data = converter.unstructure(event, Event)
    data["schema"] = SCHEMA_VERSION
    data["seq"] = seq
    data["prev"] = prev
    return dumps(data)


def _fail(message: str, path: str | None, line: int | None) -> DecodeError:
    return DecodeError(message, path=path, line=line)


def decode_line(raw: bytes, *, path: str | None = None, line: int | None = None) -> Envelope:
    """Decode one stored line, upcasting older schema versions.

    Raises a :class:`DecodeError` (or :class:`UnknownEventTypeError`) naming ``path`` and
    ``line`` for anything that is not a valid event line.
    """
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as uexc:
            raise DecodeError(
                "line is not UTF-8", path=path, line=line, offset=uexc.start
            ) from None
        raise DecodeError(
            f"line is not JSON: {exc.msg}", path=path, line=line, offset=exc.pos
        ) from None
    if not isinstance(data, dict):
        raise _fail("line is not a JSON object", path, line)
    schema = data.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise _fail(f"line has no valid schema version: {schema!r}", path, line)
    if schema > SCHEMA_VERSION:
        raise UnknownEventTypeError(
            f"schema version {schema} is newer than this library knows ({SCHEMA_VERSION})",
            path=path,
            line=line,
        )
    while schema < SCHEMA_VERSION:
        data = UPCASTERS[schema](data)
        schema += 1
        data["schema"] = schema
    type_ = data.get("type")
    if type_ not in EVENT_TYPES:
        raise UnknownEventTypeError(
            f"unknown event type {type_!r}", type_=str(type_), path=path, line=line
        )
    seq, prev = data.get("seq"), data.get("prev")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        raise _fail(f"line has no valid seq: {seq!r}", path, line)
    if not isinstance(prev, str) or len(prev) != 64:
        raise _fail(f"line has no valid prev hash: {prev!r}", path, line)
    payload = {k: v for k, v in data.items() if k not in ("schema", "seq", "prev")}
    try:
        event: Event = converter.structure(payload, Event)  # type: ignore[arg-type]
    except ChronicleError as exc:
        raise _fail(f"invalid {type_}: {exc.message}", path, line) from None
    except Exception as exc:  # cattrs validation groups, attrs type errors
        raise _fail(f"invalid {type_}: {_describe(exc)}", path, line) from None
    return Envelope(seq=seq, prev=prev, event=event, schema=schema)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, cattrs.BaseValidationError):
        parts = [_describe(sub) for sub in exc.exceptions]
        return "; ".join(parts) if parts else str(exc)
    if isinstance(exc, ChronicleError):
        return exc.message
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"
    return str(exc) or type(exc).__name__
