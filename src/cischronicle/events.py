"""The event classes: claims made by one article, each with its provenance.

An event records what a source said, not what is true; projections decide what to believe.
Every event is a frozen attrs class named as a past participle, with an ``id`` and the
``provenance`` (article, character offsets, exact quote) of the claim.
"""

from __future__ import annotations

import datetime as _dt
import hashlib

import attrs

from .errors import InvalidValueError
from .values import Body, Date, Place, Provenance

__all__ = [
    "EVENT_TYPES",
    "ArticleRecorded",
    "DecisionAdopted",
    "Event",
    "EventRetracted",
    "MeetingCancelled",
    "MeetingHeld",
    "MeetingPostponed",
    "MeetingRef",
    "NextMeetingScheduled",
    "make_event_id",
]


_HEX_DIGITS = "0123456789abcdef"


def _id_validator(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value or value != value.strip():
        raise InvalidValueError(f"{attribute.name} must be a non-empty string, not {value!r}")


def _to_body(value: Body | str) -> Body:
    return value if isinstance(value, Body) else Body.parse(value)


@attrs.frozen
class MeetingRef:
    """The meeting an event is about, as far as its source says: body, place and date."""

    body: Body = attrs.field(converter=_to_body)
    place: Place = attrs.field(factory=Place)
    date: Date | None = None

    def compatible(self, other: MeetingRef) -> bool:
        """Whether both could be the same meeting: same body, compatible place and date."""
        if self.body != other.body or not self.place.compatible(other.place):
            return False
        if self.date is None or other.date is None:
            return True
        return self.date.could_be_same_day(other.date)

    def __str__(self) -> str:
        date = "undated" if self.date is None else self.date.isoformat()
        return f"{self.body.value} {self.place} {date}"


@attrs.frozen(kw_only=True)
class ArticleRecorded:
    """An article entered the chronicle: its publication date, text hash and metadata."""

    id: str = attrs.field(validator=_id_validator)
    provenance: Provenance
    published: _dt.date | None = None
    sha256: str
    title: str | None = None
    url: str | None = None
    language: str = "en"

    def __attrs_post_init__(self) -> None:
        # String methods, not regular expressions: every replayed log decodes one of these.
        sha256, language = self.sha256, self.language
        if len(sha256) != 64 or sha256.strip(_HEX_DIGITS):
            raise InvalidValueError(f"sha256 must be 64 lowercase hex digits, not {self.sha256!r}")
        if not (
            len(language) == 2 and language.isascii() and language.isalpha() and language.islower()
        ):
            raise InvalidValueError(f"language must be ISO 639-1, not {self.language!r}")


@attrs.frozen(kw_only=True)
class MeetingHeld:
    """The article states that a meeting took place (or is taking place, or ended)."""

    id: str = attrs.field(validator=_id_validator)
    provenance: Provenance
    meeting: MeetingRef


@attrs.frozen(kw_only=True)
class NextMeetingScheduled:
    """The article states that a meeting will take place, with what date and place it gives."""

    id: str = attrs.field(validator=_id_validator)
    provenance: Provenance
    meeting: MeetingRef


@attrs.frozen(kw_only=True)
class DecisionAdopted:
    """The article states that a meeting adopted, approved, signed or decided something.

    ``meeting`` is the adopting meeting; ``summary`` says what was decided in the article's
    words; ``held`` optionally names the ``MeetingHeld`` event of the same article.
    """

    id: str = attrs.field(validator=_id_validator)
    provenance: Provenance
    meeting: MeetingRef
    summary: str
    held: str | None = None

    def __attrs_post_init__(self) -> None:
        if not self.summary.strip():
            raise InvalidValueError("a decision needs a summary of what was decided")


@attrs.frozen(kw_only=True)
class MeetingPostponed:
    """The article states that a planned meeting was postponed (to ``new_date`` if given)."""

    id: str = attrs.field(validator=_id_validator)
    provenance: Provenance
    meeting: MeetingRef
    new_date: Date | None = None


@attrs.frozen(kw_only=True)
class MeetingCancelled:
    """The article states that a planned meeting was cancelled."""

    id: str = attrs.field(validator=_id_validator)
    provenance: Provenance
    meeting: MeetingRef


@attrs.frozen(kw_only=True)
class EventRetracted:
    """An earlier event is withdrawn, with the reason: how a log is corrected, never rewritten."""

    id: str = attrs.field(validator=_id_validator)
    provenance: Provenance
    retracted: str = attrs.field(validator=_id_validator)
    reason: str

    def __attrs_post_init__(self) -> None:
        if not self.reason.strip():
            raise InvalidValueError("a retraction needs a reason")
        if self.retracted == self.id:
            raise InvalidValueError("an event cannot retract itself")


Event = (
    ArticleRecorded
    | MeetingHeld
    | NextMeetingScheduled
    | DecisionAdopted
    | MeetingPostponed
    | MeetingCancelled
    | EventRetracted
)
"""Any event of the chronicle."""

EVENT_TYPES: dict[str, type[Event]] = {
    cls.__name__: cls
    for cls in (
        ArticleRecorded,
        MeetingHeld,
        NextMeetingScheduled,
        DecisionAdopted,
        MeetingPostponed,
        MeetingCancelled,
        EventRetracted,
    )
}
"""Event classes by their wire name (the ``type`` field)."""


def make_event_id(article: str, kind: str, start: int, end: int, *extra: str) -> str:
    """A stable id for an event: the article, its type, its span and distinguishing text.

    The same claim read from the same text always gets the same id, so ingesting an article
    twice is recognisably the same; different claims get different ids.
    """
    digest = hashlib.blake2b(
        "\x1f".join([article, kind, str(start), str(end), *extra]).encode(), digest_size=6
    ).hexdigest()
    return f"{article}:{digest}"
