"""cischronicle: an event-sourced chronicle of CIS meetings, built from news articles.

Everything a user needs is importable from here; the modules behind it are implementation.
"""

from __future__ import annotations

import sys

from .articles import ArticleFile, parse_article, read_article
from .checks import (
    CHECKS,
    Finding,
    check_conflicting_reports,
    check_held_after_publication,
    check_scheduled_meetings,
    run_checks,
)
from .chronicle import ArticleSource, Chronicle
from .codec import (
    SCHEMA_VERSION,
    UPCASTERS,
    Envelope,
    RawLine,
    converter,
    decode_line,
    decode_line_lenient,
    encode_line,
)
from .errors import (
    ArticleEncodingError,
    ArticleError,
    ArticleTooLargeError,
    BinaryArticleError,
    ChainBrokenError,
    ChronicleError,
    ConcurrencyError,
    DecodeError,
    EmptyArticleError,
    ExtractionError,
    HeadMismatchError,
    InvalidArticleIdError,
    InvalidTypeError,
    InvalidValueError,
    LineTooLongError,
    LogCorruptError,
    LogTooLargeError,
    NonCanonicalLineError,
    PathNotFoundError,
    SchemaVersionError,
    SequenceError,
    TornTailError,
    UnknownEventTypeError,
    UpcastError,
    UsageError,
)
from .events import (
    ArticleRecorded,
    DecisionAdopted,
    Event,
    EventRetracted,
    MeetingCancelled,
    MeetingHeld,
    MeetingPostponed,
    MeetingRef,
    NextMeetingScheduled,
    make_event_id,
)
from .extract import extract
from .ingest import retract, retracted_by_person
from .log import EventLog, JsonlLog, MemoryLog, Repair, Verification
from .projections import (
    ChronicleState,
    Decision,
    Meeting,
    MeetingRegistry,
    Report,
    project,
    project_decisions,
    project_meetings,
    project_schedule,
)
from .values import Body, Date, DateRange, PartialDate, Place, Provenance, parse_date

__version__ = "0.1.0"

__all__ = [
    "ArticleEncodingError",
    "ArticleError",
    "ArticleFile",
    "ArticleRecorded",
    "ArticleSource",
    "ArticleTooLargeError",
    "BinaryArticleError",
    "Body",
    "CHECKS",
    "ChainBrokenError",
    "Chronicle",
    "ChronicleError",
    "ChronicleState",
    "ConcurrencyError",
    "Date",
    "DateRange",
    "Decision",
    "DecisionAdopted",
    "DecodeError",
    "EmptyArticleError",
    "Envelope",
    "Event",
    "EventLog",
    "EventRetracted",
    "ExtractionError",
    "Finding",
    "HeadMismatchError",
    "InvalidArticleIdError",
    "InvalidTypeError",
    "InvalidValueError",
    "JsonlLog",
    "LineTooLongError",
    "LogCorruptError",
    "LogTooLargeError",
    "Meeting",
    "MeetingCancelled",
    "MeetingHeld",
    "MeetingPostponed",
    "MeetingRef",
    "MeetingRegistry",
    "MemoryLog",
    "NextMeetingScheduled",
    "NonCanonicalLineError",
    "PartialDate",
    "PathNotFoundError",
    "Place",
    "Provenance",
    "RawLine",
    "Repair",
    "Report",
    "SCHEMA_VERSION",
    "SchemaVersionError",
    "SequenceError",
    "TornTailError",
    "UPCASTERS",
    "UnknownEventTypeError",
    "UpcastError",
    "UsageError",
    "Verification",
    "check_conflicting_reports",
    "check_held_after_publication",
    "check_scheduled_meetings",
    "converter",
    "decode_line",
    "decode_line_lenient",
    "encode_line",
    "extract",
    "make_event_id",
    "parse_article",
    "parse_date",
    "project",
    "project_decisions",
    "project_meetings",
    "project_schedule",
    "read_article",
    "retract",
    "retracted_by_person",
    "run_checks",
]


def _register_with_hypothesis() -> None:
    # Hypothesis was imported first: its entry point (_cischronicle_hypothesis) deferred the
    # registration of our strategies to this import, so they are registered now.
    hypothesis = sys.modules.get("hypothesis")
    if hypothesis is not None and hasattr(hypothesis, "given"):
        from . import testing  # noqa: F401 - importing it registers the strategies


_register_with_hypothesis()
