"""Re-reading an article into its existing log: append what is new, retract what no longer holds.

A log is never rewritten.  :func:`reconcile` compares the events a (possibly newer) extractor
reads from an article with the live events of the article's log *by meaning*, not by id or
offsets: the same type and meeting (body, place, date; and the new date of a postponement) is
the same claim, and two decisions are the same when their quotes overlap in the text or their
summaries are equal.  It returns the batch to append: an ``EventRetracted`` for each live
claim the extractor no longer makes, then each claim the log does not hold yet.  Reading the
same text twice therefore appends nothing the second time.  A log whose ``ArticleRecorded``
has another text hash is another text of the article, and is refused.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..errors import InvalidValueError, UsageError
from ..events import (
    ArticleRecorded,
    DecisionAdopted,
    Event,
    EventRetracted,
    MeetingPostponed,
    make_event_id,
)

__all__ = ["DEFAULT_REASON", "ArticleTextMismatchError", "live_events", "reconcile", "same_claim"]

DEFAULT_REASON = "no longer read from the article text by cischronicle extract"
"""The reason given in the retractions :func:`reconcile` appends, unless told otherwise."""


class ArticleTextMismatchError(UsageError):
    """A log was made from another text of the article (its text hash differs)."""


def live_events(logged: Sequence[Event]) -> list[Event]:
    """The claims of a log that stand: not the record, not retractions, not retracted."""
    retracted = {e.retracted for e in logged if isinstance(e, EventRetracted)}
    return [
        e
        for e in logged
        if not isinstance(e, (ArticleRecorded, EventRetracted)) and e.id not in retracted
    ]


def _meeting_key(event: Event) -> tuple[object, ...]:
    ref = event.meeting  # type: ignore[union-attr]
    date = None if ref.date is None else ref.date.isoformat()
    key: tuple[object, ...] = (
        type(event).__name__,
        ref.body.value,
        ref.place.city,
        ref.place.country,
        ref.place.online,
        date,
    )
    if isinstance(event, MeetingPostponed):
        key += (None if event.new_date is None else event.new_date.isoformat(),)
    return key


def same_claim(a: Event, b: Event) -> bool:
    """Whether two claims of one article say the same thing (see the module docs)."""
    if isinstance(a, (ArticleRecorded, EventRetracted)) or isinstance(
        b, (ArticleRecorded, EventRetracted)
    ):
        return False
    if _meeting_key(a) != _meeting_key(b):
        return False
    if isinstance(a, DecisionAdopted) and isinstance(b, DecisionAdopted):
        pa, pb = a.provenance, b.provenance
        overlap = pa.start < pb.end and pb.start < pa.end
        return overlap or a.summary.strip().casefold() == b.summary.strip().casefold()
    return True


def reconcile(
    logged: Sequence[Event], extracted: Sequence[Event], *, reason: str = DEFAULT_REASON
) -> list[Event]:
    """The batch to append to a log holding ``logged`` so that it says what ``extracted`` says.

    ``extracted`` is the output of :func:`~cischronicle.extract` for the same article.  An
    empty log gets everything.  Raises :class:`ArticleTextMismatchError` when the log's
    ``ArticleRecorded`` hashes another text.
    """
    if not extracted or not isinstance(extracted[0], ArticleRecorded):
        raise InvalidValueError("extracted events must start with ArticleRecorded")
    if not logged:
        return list(extracted)
    record = logged[0]
    article = record.provenance.article
    if not isinstance(record, ArticleRecorded):
        raise InvalidValueError(f"the log of {article} does not start with ArticleRecorded")
    if record.sha256 != extracted[0].sha256:
        raise ArticleTextMismatchError(
            f"the log of {article} was made from another text (sha256 {record.sha256[:12]}...,"
            f" this text {extracted[0].sha256[:12]}...); not mixing them"
        )
    live = live_events(logged)
    claims = list(extracted[1:])
    same_as: dict[str, str] = {}
    new: list[Event] = []
    for claim in claims:
        match = next((old for old in live if same_claim(claim, old)), None)
        if match is None:
            new.append(claim)
        else:
            same_as[claim.id] = match.id
    batch: list[Event] = []
    for old in live:
        if not any(same_claim(claim, old) for claim in claims):
            batch.append(
                EventRetracted(
                    id=make_event_id(
                        article, "EventRetracted", old.provenance.start, old.provenance.end, old.id
                    ),
                    provenance=old.provenance,
                    retracted=old.id,
                    reason=reason,
                )
            )
    used = {e.id for e in logged}
    for claim in new:  # an id the log already used (a claim retracted earlier) gets a new one
        if claim.id in used:
            p = claim.provenance
            same_as[claim.id] = make_event_id(
                article, type(claim).__name__, p.start, p.end, claim.id
            )
        used.add(same_as.get(claim.id, claim.id))
    for claim in new:
        if claim.id in same_as:
            claim = attrs.evolve(claim, id=same_as[claim.id])
        if isinstance(claim, DecisionAdopted) and claim.held in same_as:
            claim = attrs.evolve(claim, held=same_as[claim.held])
        batch.append(claim)
    return batch
