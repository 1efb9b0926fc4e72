"""The wire format: the one cattrs converter, canonical JSON lines, schema versions.

A stored line is one JSON object with sorted keys, encoded by orjson::

    {"article":"...","id":"...","meeting":{"body":"cis-cfm","city":"Almaty","country":"KZ",
     "date":"2025-04-11","online":false},"prev":"<sha256 of the previous line>",
     "provenance":{"end":120,"quote":"...","start":4},"schema":1,"seq":2,"type":"MeetingHeld"}

``schema`` is the version of the event format, ``seq`` the line's place in its log, ``prev``
the SHA-256 of the previous line's bytes (64 zeros on the first line), ``type`` the event
class.  Older schema versions are brought up to date by the upcasters in :data:`UPCASTERS`.

Schema evolution: when the event format changes, :data:`SCHEMA_VERSION` goes up by one and an
upcaster ``UPCASTERS[n]`` (by convention a function ``upcast_v<n>_v<n+1>``) is registered that
turns the plain data of a version-``n`` line into version ``n + 1``.  Decoding runs the chain
``v1 -> v2 -> ...`` so every old log keeps loading; the stored bytes are never rewritten (the
hash chain is over them).  A line from a *newer* version raises :class:`SchemaVersionError`;
:func:`decode_line_lenient` keeps such lines as :class:`RawLine` records instead.
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
from collections.abc import Callable, Mapping
from typing import Any, TypeGuard

import attrs
import cattrs
import orjson
from cattrs.preconf.orjson import make_converter
from cattrs.strategies import configure_tagged_union

from .errors import (
    ChronicleError,
    DecodeError,
    InvalidValueError,
    SchemaVersionError,
    UnknownEventTypeError,
    UpcastError,
)
from .events import EVENT_TYPES, Event, MeetingRef
from .values import Body, Date, DateRange, PartialDate, Place, parse_date

__all__ = [
    "GENESIS",
    "SCHEMA_VERSION",
    "UPCASTERS",
    "Envelope",
    "RawLine",
    "converter",
    "decode_line",
    "decode_line_lenient",
    "dumps",
    "encode_line",
    "is_canonical",
    "line_hash",
    "upcast",
]

SCHEMA_VERSION = 1
"""The schema version this library writes."""

GENESIS = "0" * 64
"""The ``prev`` hash of a log's first line."""

Upcaster = Callable[[dict[str, Any]], dict[str, Any]]
"""A function from the plain data of a version-``n`` line to that of version ``n + 1``."""

UPCASTERS: dict[int, Upcaster] = {}
"""``UPCASTERS[n]`` turns a decoded version-``n`` line into a version ``n + 1`` line.

Empty while :data:`SCHEMA_VERSION` is 1.  An upcaster gets a copy of the line's data (it may
change it in place or build a new dict) and must keep ``seq`` and ``prev``.
"""

def _unstructure_date(value: Date) -> str:
    return value.isoformat()


def _structure_date(value: Any, _: Any) -> Date:
    return _date_of(value) if isinstance(value, str) else parse_date(value)


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
    if type(value) is dict and len(value) == 5:  # what every stored line holds
        try:
            key = (value["body"], value["city"], value["country"], value["date"], value["online"])
        except KeyError:
            pass  # other fields: the checks below name them
        else:
            try:
                return _meeting_of(*key)
            except TypeError:
                pass  # an unhashable value: checked below, uncached
            return _meeting(*key)
    return _meeting_checked(value)


def _meeting_checked(value: Any) -> MeetingRef:
    """The meeting of a wire object of any shape: its fields checked, then its values."""
    if not isinstance(value, Mapping):
        raise InvalidValueError(f"meeting must be an object, not {type(value).__name__}")
    extra = set(value) - _MEETING_KEYS
    if extra:
        raise InvalidValueError(f"unknown meeting fields: {', '.join(sorted(extra))}")
    if "body" not in value:
        raise InvalidValueError("meeting needs a body")
    return _meeting(
        value["body"],
        value.get("city"),
        value.get("country"),
        value.get("date"),
        value.get("online", False),
    )


def _meeting(body: Any, city: Any, country: Any, date: Any, online: Any) -> MeetingRef:
    """The meeting of the values of a wire meeting's five fields, each checked."""
    if not isinstance(online, bool):
        raise InvalidValueError(f"meeting online must be true or false, not {online!r}")
    for key, text in (("body", body), ("city", city), ("country", country)):
        if text is not None and not isinstance(text, str):
            raise InvalidValueError(f"meeting {key} must be a string")
    return MeetingRef(
        body=Body.parse(body),
        place=_place_of(city, country, online),
        date=None if date is None else _structure_date(date, None),
    )


_meeting_of = functools.lru_cache(maxsize=1 << 14, typed=True)(_meeting)
"""One shared MeetingRef per distinct wire meeting (they are immutable values)."""


# Places and dates are immutable values that recur across many events: decoding shares one
# object per distinct value, which keeps a projected chronicle small in memory.
@functools.lru_cache(maxsize=1 << 10)
def _place_of(city: str | None, country: str | None, online: bool) -> Place:
    return Place(city, country, online)


@functools.lru_cache(maxsize=1 << 14)
def _date_of(text: str) -> Date:
    return parse_date(text)


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


def _optional(structure: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    """The hook of ``X | None`` from that of ``X`` (one call, where cattrs dispatches twice)."""
    return lambda value, type_: None if value is None else structure(value, type_)


def _make() -> cattrs.Converter:
    """The converter: cattrs' generated hooks for the attrs classes, a few leaf hooks.

    Events and :class:`Provenance` are un/structured by the functions cattrs generates from
    their fields (``forbid_extra_keys``; ``detailed_validation`` off, which makes them one
    straight run of look-ups: a missing field is a ``KeyError``, an unknown one a
    ``ForbiddenExtraKeysError``, both named by :func:`_describe`).  The leaves are strict:
    a string must be a string and an integer an integer (cattrs would convert), dates are
    ISO text, and a meeting has its own flat wire shape.  The ``type`` tag is cattrs'
    tagged-union strategy over :data:`Event`, configured once.
    """
    conv = make_converter(forbid_extra_keys=True, detailed_validation=False)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_unstructure_hook(_dt.date, _dt.date.isoformat)
    conv.register_structure_hook(_dt.date, _structure_day)
    for cls in (PartialDate, DateRange, Date):
        conv.register_unstructure_hook(cls, _unstructure_date)
        conv.register_structure_hook(cls, _structure_date)
    conv.register_structure_hook(str | None, _optional(_structure_str))
    conv.register_structure_hook(_dt.date | None, _optional(_structure_day))
    conv.register_structure_hook(Date | None, _optional(_structure_date))
    conv.register_unstructure_hook(MeetingRef, _unstructure_meeting)
    conv.register_structure_hook(MeetingRef, _structure_meeting)
    configure_tagged_union(Event, conv, tag_generator=lambda cls: cls.__name__, tag_name="type")
    return conv


converter: cattrs.Converter = _make()
"""The one converter between events and plain JSON-ready data."""

_structure_event: Callable[[dict[str, Any], Any], Event] = converter.get_structure_hook(Event)


def dumps(obj: Any) -> bytes:
    """Canonical JSON bytes: orjson with sorted keys, no whitespace."""
    return orjson.dumps(obj, option=orjson.OPT_SORT_KEYS)


def line_hash(line: bytes) -> str:
    """The SHA-256 hex digest of a stored line's bytes (without its newline)."""
    return hashlib.sha256(line).hexdigest()


@attrs.frozen
class Envelope:
    """A decoded log line: its sequence number, the previous line's hash, and the event.

    ``schema`` is the version the line was stored in; ``event`` is always of the current
    version (older lines are upcast on decoding).
    """

    seq: int
    prev: str
    event: Event
    schema: int = SCHEMA_VERSION


@attrs.frozen
class RawLine:
    """A stored line kept as it is because it could not be decoded (lenient reading).

    ``error`` says why (a :class:`DecodeError`: not JSON, unknown type, newer schema ...);
    ``raw`` is the line's bytes without the newline, so nothing is dropped or lost.
    """

    raw: bytes
    error: ChronicleError
    line: int | None = None

    @property
    def seq(self) -> int | None:
        """The line's ``seq`` if its JSON says one, else ``None``."""
        try:
            data = orjson.loads(self.raw)
        except orjson.JSONDecodeError:
            return None
        seq = data.get("seq") if isinstance(data, dict) else None
        return seq if isinstance(seq, int) and not isinstance(seq, bool) else None


def encode_line(event: Event, *, seq: int, prev: str) -> bytes:
    """The canonical bytes of one log line for ``event`` (without the newline)."""
    data = converter.unstructure(event, Event)
    data["schema"] = SCHEMA_VERSION
    data["seq"] = seq
    data["prev"] = prev
    return dumps(data)


def _fail(message: str, path: str | None, line: int | None) -> DecodeError:
    return DecodeError(message, path=path, line=line)


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def upcast(
    data: dict[str, Any], schema: int, *, path: str | None = None, line: int | None = None
) -> dict[str, Any]:
    """Bring the plain data of a version-``schema`` line up to :data:`SCHEMA_VERSION`.

    Runs ``UPCASTERS[schema]``, ``UPCASTERS[schema + 1]`` ... in turn; raises
    :class:`UpcastError` naming ``path`` and ``line`` when one is missing or fails.
    """
    while schema < SCHEMA_VERSION:
        step = UPCASTERS.get(schema)
        if step is None:
            raise UpcastError(
                f"no upcaster from schema version {schema} to {schema + 1}", path=path, line=line
            )
        try:
            result = step(dict(data))
        except ChronicleError as exc:
            raise UpcastError(
                f"upcasting from schema version {schema} failed: {exc.message}",
                path=path,
                line=line,
            ) from None
        except Exception as exc:
            raise UpcastError(
                f"upcasting from schema version {schema} failed: {_describe(exc)}",
                path=path,
                line=line,
            ) from None
        if not isinstance(result, dict):
            raise UpcastError(
                f"upcaster from schema version {schema} returned {type(result).__name__}",
                path=path,
                line=line,
            )
        schema += 1
        data = result
        data["schema"] = schema
    return data


def decode_line(raw: bytes, *, path: str | None = None, line: int | None = None) -> Envelope:
    """Decode one stored line, upcasting older schema versions.

    Raises a :class:`DecodeError` naming ``path`` and ``line`` for anything that is not a
    valid event line: :class:`UnknownEventTypeError` for an unknown ``type``,
    :class:`SchemaVersionError` for a schema newer than :data:`SCHEMA_VERSION`,
    :class:`UpcastError` when an older line cannot be upcast.
    """
    seq, prev, event, stored = decode_parts(raw, path, line)
    return Envelope(seq, prev, event, stored)


def decode_parts(raw: bytes, path: str | None, line: int | None) -> tuple[int, str, Event, int]:
    """:func:`decode_line` without the :class:`Envelope`: ``(seq, prev, event, schema)``.

    The replay path reads millions of lines and keeps only the events: it uses this and
    builds no envelope.  Same checks, same errors.
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
    if not (type(schema) is int or _is_int(schema)) or schema < 1:
        raise _fail(f"line has no valid schema version: {_short(schema)}", path, line)
    if schema > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"schema version {schema} is newer than this library knows ({SCHEMA_VERSION});"
            " upgrade cischronicle, or read the log leniently to keep the line raw",
            schema=schema,
            path=path,
            line=line,
        )
    stored = schema
    if schema != SCHEMA_VERSION:
        data = upcast(data, schema, path=path, line=line)
    type_ = data.get("type")
    if not (isinstance(type_, str) and type_ in EVENT_TYPES):
        raise UnknownEventTypeError(
            f"unknown event type {_short(type_)}",
            type_=None if type_ is None else str(type_)[:80],
            path=path,
            line=line,
        )
    # The envelope's fields are not the event's: what is left is the tagged event.
    del data["schema"]
    seq, prev = data.pop("seq", None), data.pop("prev", None)
    if not (type(seq) is int or _is_int(seq)) or seq < 1:
        raise _fail(f"line has no valid seq: {_short(seq)}", path, line)
    if not isinstance(prev, str) or len(prev) != 64:
        raise _fail(f"line has no valid prev hash: {_short(prev)}", path, line)
    try:
        event = _structure_event(data, Event)
    except ChronicleError as exc:
        raise _fail(f"invalid {type_}: {exc.message}", path, line) from None
    except Exception as exc:  # missing or unknown fields, attrs validators
        raise _fail(f"invalid {type_}: {_describe(exc)}", path, line) from None
    return seq, prev, event, stored


def decode_line_lenient(
    raw: bytes, *, path: str | None = None, line: int | None = None
) -> Envelope | RawLine:
    """Decode one stored line, or keep it as a :class:`RawLine` if it does not decode.

    The lenient counterpart of :func:`decode_line`: a line of an unknown type, of a newer
    schema version or that is malformed comes back as a :class:`RawLine` carrying its bytes
    and the :class:`DecodeError` that strict decoding raises.
    """
    try:
        return decode_line(raw, path=path, line=line)
    except DecodeError as exc:
        return RawLine(raw=raw, error=exc, line=line)


def is_canonical(raw: bytes) -> bool:
    """Whether ``raw`` is a JSON object in the canonical form this library writes.

    Canonical means: what :func:`dumps` makes of the parsed JSON is ``raw`` byte for byte
    (sorted keys, no whitespace, orjson's escaping).  Lines of older schema versions are
    canonical too: the check is about bytes, not about the event format.
    """
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return False
    try:
        return isinstance(data, dict) and dumps(data) == raw
    except (TypeError, orjson.JSONEncodeError):  # pragma: no cover - parsed JSON re-encodes
        return False


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _describe(exc: BaseException) -> str:
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        what = "" if exc.cl in _EVENT_CLASSES else f"{exc.cl.__name__.lower()} "
        return f"unknown {what}fields: {', '.join(sorted(exc.extra_fields))}"
    if isinstance(exc, cattrs.BaseValidationError):
        parts = [_describe(sub) for sub in exc.exceptions]
        return "; ".join(parts) if parts else str(exc)
    if isinstance(exc, ChronicleError):
        return exc.message
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"
    return str(exc) or type(exc).__name__


_EVENT_CLASSES = frozenset(EVENT_TYPES.values())
