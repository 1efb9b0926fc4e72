"""cischronicle: an event-sourced chronicle of CIS meetings, built from news articles.

Everything a user needs is importable from here; the modules behind it are implementation.
"""

from __future__ import annotations

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
from .codec import SCHEMA_VERSION, Envelope, converter, decode_line, encode_line
from .errors import (
    ArticleError,
    ChronicleError,
    ConcurrencyError,
    DecodeError,
    InvalidValueError,
    LogCorruptError,
    SequenceError,
    UnknownEventTypeError,
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
from .log import EventLog, JsonlLog, MemoryLog
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
    "ArticleError",
    "ArticleFile",
    "ArticleRecorded",
    "ArticleSource",
    "Body",
    "CHECKS",
    "Chronicle",
    "ChronicleError",
    "ChronicleState",
    "ConcurrencyError",
    "Date",
    "DateRange",
    "Decision",
    "DecisionAdopted",
    "DecodeError",
    "Envelope",
    "Event",
    "EventLog",
    "EventRetracted",
    "Finding",
    "InvalidValueError",
    "JsonlLog",
    "LogCorruptError",
    "Meeting",
    "MeetingCancelled",
    "MeetingHeld",
    "MeetingPostponed",
    "MeetingRef",
    "MeetingRegistry",
    "MemoryLog",
    "NextMeetingScheduled",
    "PartialDate",
    "Place",
    "Provenance",
    "Report",
    "SCHEMA_VERSION",
    "SequenceError",
    "UnknownEventTypeError",
    "UsageError",
    "check_conflicting_reports",
    "check_held_after_publication",
    "check_scheduled_meetings",
    "converter",
    "decode_line",
    "encode_line",
    "make_event_id",
    "parse_article",
    "parse_date",
    "project",
    "project_decisions",
    "project_meetings",
    "project_schedule",
    "read_article",
    "run_checks",
]
