"""Event patterns: the verbs and frames that say a meeting was held, is scheduled, was moved.

A :class:`Trigger` is a phrase with the kind of claim it makes and where its meeting is:

- ``left``: the meeting is the subject before it ("the Council *convened*", "the next
  meeting *will be held*", "a regular meeting ... *to be held*");
- ``right``: the meeting is the object after it ("*took part in* the meeting of ...", "Astana
  *will host* a meeting of ...", "it was *decided to hold* the next session ...");
- ``frame``: a preposition placing the sentence at a meeting ("said *at the session of* ...",
  "*after* a CIS CFM meeting"); its kind comes from the tense of the sentence.

:func:`find_relations` finds "on the eve of", "ahead of", "a day after": phrases that date
or place one meeting by another.  :func:`tense_of` reads the tense of a stretch of text.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Iterable

import attrs

from .scan import Scanner, lowered
from .text import Gate, GateIndex, at_word_start, words_first, words_present

__all__ = ["Relation", "Trigger", "find_relations", "find_triggers", "tense_near", "tense_of"]

HELD, SCHEDULED, POSTPONED, CANCELLED, FRAME = (
    "held",
    "scheduled",
    "postponed",
    "cancelled",
    "frame",
)

_ADV = r"(?:\w+ly\s+|also\s+|again\s+|now\s+|then\s+|already\s+|not\s+yet\s+)?"
_MODAL_BEFORE = re.compile(
    r"\b(?:will|shall|would|to|is\s+going\s+to|are\s+going\s+to|plans?\s+to|expected\s+to"
    r"|due\s+to|set\s+to|scheduled\s+to|'ll)\s+(?:\w+ly\s+|also\s+)?$",
    re.IGNORECASE,
)
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_NEGATION_BEFORE = re.compile(r"\b(?:not|never|n't|no\s+longer)\s+(?:\w+\s+)?$", re.IGNORECASE)
_I = re.IGNORECASE

_AUX_PAST = ("was", "were", r"has\s+been", r"have\s+been", r"had\s+been")
_RU = re.IGNORECASE


def _en(alternatives: tuple[str, ...], tail: str = "") -> re.Pattern[str]:
    """A fast pattern: literal first words (see :func:`words_first`), then ``tail``."""
    return re.compile(words_first(alternatives) + (f"(?i:{tail})" if tail else ""))


# (kind, direction, flags, pattern, gate words); a pattern's matches each hold a gate word.
_TRIGGERS: list[tuple[str, str, str, re.Pattern[str], tuple[str, ...]]] = [
    # -- postponed / cancelled ----------------------------------------------------------------
    (
        POSTPONED, "left", "",
        _en((*_AUX_PAST, "is", "are", r"will\s+be", r"would\s+be"),
            rf"\s+{_ADV}(?:postponed|put\s+off|delayed|deferred|rescheduled|pushed\s+back)\b"),
        ("postpon", "put", "delay", "defer", "reschedul", "pushed"),
    ),
    (
        POSTPONED, "left", "",
        re.compile(r"(?<!\w)(?:перенесен[оаы]?|перенес[её]н|переносятся|переносится|отложен[оаы]?)"
                   r"(?!\w)", _RU),
        ("перенес", "перенос", "отлож"),
    ),
    (
        POSTPONED, "right", "",
        _en((r"decided\s+to\s+postpone", r"agreed\s+to\s+postpone", r"had\s+to\s+postpone",
             r"postponed\s+(?=the\b)")),
        ("postpon",),
    ),
    (
        CANCELLED, "left", "",
        _en((*_AUX_PAST, "is", "are", r"will\s+be"),
            rf"\s+{_ADV}(?:cancell?ed|called\s+off|scrapped)\b"),
        ("cancel", "called", "scrapped"),
    ),
    (CANCELLED, "left", "", re.compile(r"(?<!\w)отмен[её]н[оаы]?(?!\w)", _RU), ("отмен",)),
    (
        CANCELLED, "right", "",
        _en((r"decided\s+to\s+cancel", r"agreed\s+to\s+cancel", r"cancelled\s+(?=the\b)",
             r"canceled\s+(?=the\b)")),
        ("cancel",),
    ),
    # -- scheduled ----------------------------------------------------------------------------
    (
        SCHEDULED, "left", "",
        _en(("will", "shall", "would"),
            rf"\s+{_ADV}(?:be\s+held|take\s+place|convene|gather|meet|open|begin|start"
            r"|be\s+convened|be\s+hosted|be\s+organi[sz]ed|hold\s+(?:its|their|a|the)"
            r"\s+(?:\w+\s+){0,2}?(?:meeting|session|summit))\b"),
        ("will", "shall", "would"),
    ),
    (
        SCHEDULED, "left", "",
        _en(("is", "are", "was", "were"),
            rf"\s+{_ADV}(?:scheduled|slated|set|planned|due|expected|going|supposed|to)\s+"
            r"(?:to\s+)?(?:be\s+held|take\s+place|convene|gather|meet|open|begin|start"
            r"|hold\s+(?:its|their|a|the)\s+(?:\w+\s+){0,2}?(?:meeting|session|summit))\b"
            rf"|\s+{_ADV}(?:scheduled|slated|set|planned|due)\s+(?=for\b|in\b|on\b)"),
        ("schedul", "slated", "set", "planned", "due", "expected", "going", "supposed", "held",
         "take", "convene", "gather", "meet", "open", "begin", "start", "hold"),
    ),
    (
        SCHEDULED, "left", "",
        _en(("scheduled", "slated", "planned", "set", "due"), r"\s+(?=for\b|in\b|on\b)"),
        ("schedul", "slated", "planned", "set", "due"),
    ),
    (
        SCHEDULED, "left", "",
        _en((r"to\s+be\s+held\b", r"to\s+take\s+place\b")),
        ("held", "take"),
    ),
    (
        SCHEDULED, "left", "",
        re.compile(r"(?<!\w)(?:состоится|состоятся|пройд[её]т|пройдут|будет\s+проведен[оа]?"
                   r"|соберутся|запланирован\w*|намечен\w*|планируется\s+провести"
                   r"|планировалось\s+провести|должн[оаы]\s+(?:было\s+)?пройти)(?!\w)", _RU),
        ("состо", "пройд", "будет", "собер", "запланир", "намечен", "планир", "должн"),
    ),
    (
        SCHEDULED, "right", "host",
        _en((r"will\s+host\b", r"to\s+host\b", r"shall\s+host\b", r"would\s+host\b",
             r"is\s+(?:set|scheduled|due|going)\s+to\s+host\b")),
        ("host",),
    ),
    (
        SCHEDULED, "right", "",
        _en((
            *(f"{w}\\s+to\\s+(?:hold|convene)\\b" for w in (
                "decided", "agreed", "planned", "plan", "plans", "intend", "intends", "intended",
                r"was\s+decided", r"is\s+planned", r"were\s+made", r"was\s+made")),
            r"and\s+to\s+hold\b",
            r"will\s+(?:also\s+)?(?:take\s+part|participate)\s+in\b",
            r"shall\s+(?:also\s+)?(?:take\s+part|participate)\s+in\b",
            r"would\s+(?:also\s+)?(?:take\s+part|participate)\s+in\b",
            r"to\s+(?:also\s+)?(?:take\s+part|participate)\s+in\b",
            r"will\s+(?:also\s+)?attend\b",
        )),
        ("hold", "convene", "take", "participate", "attend"),
    ),
    (
        SCHEDULED, "right", "",
        re.compile(r"(?<!\w)(?:провести|примет\s+участие\s+в|принять\s+участие\s+в"
                   r"|будет\s+представлять|примут\s+участие\s+в)(?!\w)", _RU),
        ("провести", "участие", "представлять"),
    ),
    # -- held ---------------------------------------------------------------------------------
    (
        HELD, "left", "",
        _en(_AUX_PAST, rf"\s+{_ADV}(?:held|convened|organi[sz]ed|conducted|completed|opened"
                       r"|attended|closed)\b"),
        ("held", "convened", "organised", "organized", "conducted", "completed", "opened",
         "attended", "closed"),
    ),
    (
        HELD, "left", "",
        _en(("has", "have", "had"),
            rf"\s+{_ADV}(?:taken\s+place|ended|concluded|closed|finished|begun|started|opened"
            r"|kicked\s+off|wrapped\s+up|convened|met|gathered)\b"),
        ("taken", "ended", "concluded", "closed", "finished", "begun", "started", "opened",
         "kicked", "wrapped", "convened", "met", "gathered"),
    ),
    (
        HELD, "left", "",
        _en((r"took\s+place\b", r"convened\b", r"gathered\b", r"kicked\s+off\b", r"ended\b",
             r"concluded\b", r"wrapped\s+up\b", r"began\b", r"opened\b")),
        ("took", "convened", "gathered", "kicked", "ended", "concluded", "wrapped", "began",
         "opened"),
    ),
    (
        HELD, "left", "",
        re.compile(r"(?<!\w)(?:состоял(?:ось|ся|ась|ись)|прошл[оаи]|прош[её]л|открыл(?:ось|ся|ась)"
                   r"|завершил(?:ось|ся|ась)|собрал(?:ись|ось))(?!\w)", _RU),
        ("состоял", "прошл", "прош", "открыл", "заверш", "собрал"),
    ),
    (HELD, "left", "met", re.compile(r"met\b"), ("met",)),
    (
        # "The ministers, meeting in Minsk today, signed ...": a participle after the subject;
        # its kind is the tense of the sentence's verb (see analysis).
        HELD, "left", "participle",
        re.compile(r"(?:meeting(?<=,\smeeting)|gathering(?<=,\sgathering))"
                   r"(?=\s+(?:in|at|on|today|yesterday|tomorrow|this)\b)"),
        ("meeting", "gathering"),
    ),
    (
        HELD, "left", "",
        _en(("held", r"has\s+held", r"have\s+held"),
            r"\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|summit|sitting)\b"),
        ("held",),
    ),
    (
        SCHEDULED, "left", "",
        _en(("will", "shall", "would", "to"),
            r"\s+hold\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:meeting|session|summit|sitting)\b"),
        ("hold",),
    ),
    (
        HELD, "left", "ongoing",
        _en(("is", "are"), r"\s+(?:now\s+)?(?:taking\s+place|being\s+held|under\s*way|starting"
                           r"|beginning|opening|meeting|convening|in\s+session)\b"),
        ("taking", "being", "under", "starting", "beginning", "opening", "meeting", "convening",
         "session"),
    ),
    (
        HELD, "left", "ongoing",
        _en((r"kicks\s+off\b", r"opens\b", r"begins\b", r"starts\b", r"convenes\b",
             r"meets\b", r"meet\b")),
        ("kicks", "opens", "begins", "starts", "convenes", "meets", "meet"),
    ),
    (
        HELD, "left", "ongoing",
        re.compile(r"(?<!\w)(?:проходит|проходят|проходило|проходила|открывается|начинается)"
                   r"(?!\w)", _RU),
        ("проход", "открывает", "начинает"),
    ),
    (
        HELD, "right", "",
        _en((
            *(f"{w}\\s+part\\s+in\\b" for w in (
                "took", "takes", r"has\s+taken", r"have\s+taken", r"is\s+taking", "taking",
                "take")),
            *(f"{w}\\s+in\\b" for w in (
                "participated", "participates", "participating", r"is\s+participating")),
            r"attended\b", r"attends\b", r"attending\b", r"presided\s+over\b", r"hosted\b",
            r"hosts\b", r"addressing\b", r"addressed\b", r"chaired\b",
        )),
        ("part", "participat", "attend", "presided", "host", "address", "chaired"),
    ),
    # -- frames: the sentence happens at a meeting --------------------------------------------
    (
        FRAME, "right", "after",
        _en((r"following\b", r"after\b", r"by\s+the\s+results\s+of\b",
             r"summing\s+up\s+the\s+results\s+of\b", r"on\s+the\s+results\s+of\b",
             r"at\s+the\s+end\s+of\b")),
        ("following", "after", "by", "summing", "on", "at"),
    ),
    (
        FRAME, "right", "after",
        re.compile(r"(?<!\w)(?:после|по\s+итогам)(?!\w)", _RU),
        ("после", "итогам"),
    ),
    (
        FRAME, "right", "during",
        _en((r"at\b", r"during\b", r"in\s+the\s+course\s+of\b", r"on\s+the\s+sidelines\s+of\b",
             r"in\b")),
        ("at", "during", "in", "on"),
    ),
    (
        FRAME, "right", "during",
        re.compile(r"(?<!\w)(?:на|в\s+ходе|в\s+рамках)(?!\w)", _RU),
        ("на", "ходе", "рамках"),
    ),
]  # fmt: skip

_RELATIONS = re.compile(
    r"\b(?P<eve>on\s+the\s+eve\s+of)\b|\b(?P<ahead>ahead\s+of|in\s+the\s+run-up\s+to|before)\b"
    r"|\b(?P<after>a\s+day\s+after|the\s+day\s+after|a\s+day\s+later|the\s+next\s+day)\b"
    r"|\b(?P<before>a\s+day\s+before|the\s+day\s+before|a\s+day\s+earlier)\b"
    r"|\b(?P<same>on\s+the\s+same\s+day|the\s+same\s+day)\b"
    r"|(?<!\w)(?P<same_ru>в\s+тот\s+же\s+день)(?!\w)|(?<!\w)(?P<after_ru>на\s+следующий\s+день)(?!\w)"
    r"|(?<!\w)(?P<eve_ru>накануне)(?!\w)|(?<!\w)(?P<ahead_ru>в\s+преддверии)(?!\w)",
    _I,
)

# Tried only where a phrase's first word occurs ("a", "в" are short, but still far fewer places).
_RELATIONS_SCAN = Scanner(_RELATIONS, min_length=1)

_FUTURE_WORDS = frozenset(
    ("will", "shall", "upcoming", "forthcoming", "tomorrow", "будет", "будут", "состоится",
     "пройдет", "пройдёт", "планируется", "предполагается", "ожидается", "соберутся",
     "рассмотрят", "примет", "подпишут", "завтра")
)  # fmt: skip
_FUTURE_STEMS = ("намечен", "запланирован")
_PAST_WORDS = frozenset(
    ("was", "were", "had", "did", "said", "noted", "told", "stated", "spoke", "voiced",
     "stressed", "added", "discussed", "reported", "announced", "informed", "emphasised",
     "emphasized", "underlined", "highlighted", "expressed", "took", "met", "gathered",
     "convened", "adopted", "approved", "signed", "agreed", "decided", "attended",
     "participated", "ended", "began", "opened", "earlier", "previously", "recently", "ago",
     "heard", "gave", "made", "saw", "went", "came", "sent", "paid", "exchanged", "considered",
     "reviewed", "yesterday", "прошел", "прошёл", "прошла", "прошло", "прошли", "было", "были",
     "был", "вчера")
)  # fmt: skip
_PAST_STEMS = (
    "состоял", "заявил", "сказал", "сообщил", "отметил", "одобрил", "принял", "подписал",
    "проходил",
)  # fmt: skip
_DUE_WORDS = frozenset(
    ("going", "expected", "scheduled", "supposed", "due", "set", "planned", "slated")
)
_TO_BE_WORDS = frozenset(("held", "discussed", "considered", "adopted", "signed"))
_PERIODS = frozenset(("week", "month", "year"))
_TENSE_TOKEN = re.compile(r"[^\W\d_]+")


def _tense_at(words: list[str], index: int) -> str | None:
    """The tense a word (with the next ones) marks, if any."""
    word = words[index]
    after = words[index + 1] if index + 1 < len(words) else ""
    third = words[index + 2] if index + 2 < len(words) else ""
    if word in _FUTURE_WORDS or word.startswith(_FUTURE_STEMS):
        return "future"
    if word in ("is", "are") and (after == "to" or (after in _DUE_WORDS and third == "to")):
        return "future"
    if word in ("plans", "planning", "intend", "intends") and after == "to":
        return "future"
    if word == "to" and after == "be" and third in _TO_BE_WORDS:
        return "future"
    if word == "would" and after == "be" and third == "held":
        return "future"
    if word == "next" and after in _PERIODS:
        return "future"
    if word in _PAST_WORDS or word.startswith(_PAST_STEMS):
        return "past"
    if (word in ("has", "have") and after == "been") or (word, after) == ("put", "forward"):
        return "past"
    if word == "last" and after in _PERIODS:
        return "past"
    return None


# The only words _tense_at gives a tense for (it looks at the next ones only then).
_MARKER_WORDS = _FUTURE_WORDS | _PAST_WORDS | frozenset(
    ("is", "are", "plans", "planning", "intend", "intends", "to", "would", "next", "has",
     "have", "put", "last")
)  # fmt: skip
_MARKER_STEMS = _FUTURE_STEMS + _PAST_STEMS


def _tense_matches(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Tense markers in ``text[start:end]``: (start, end, tense), whole words only."""
    tokens = list(_TENSE_TOKEN.finditer(text, start, end))
    words = list(map(str.lower, map(re.Match.group, tokens)))
    # Only marker words are looked at (the loops over all words stay in C).
    markers = map(
        operator.or_,
        map(_MARKER_WORDS.__contains__, words),
        map(str.startswith, words, itertools.repeat(_MARKER_STEMS)),
    )
    found = []
    for index in itertools.compress(range(len(words)), markers):
        tense = _tense_at(words, index)
        if tense is not None:
            token = tokens[index]
            found.append((token.start(), token.end(), tense))
    return found


@attrs.frozen
class Trigger:
    """A phrase that makes a claim about a meeting: its kind, direction and flags."""

    start: int
    end: int
    kind: str
    direction: str
    flags: str = ""


@attrs.frozen
class Relation:
    """A phrase relating two meetings in time: kind ``eve``, ``ahead``, ``after`` or ``before``."""

    start: int
    end: int
    kind: str


_FRAME_REACH = 60
_NEGATION_KEYS = Gate(("not", "never", "no")).keys
_GATED = [(kind, d, f, p, Gate(g).keys) for kind, d, f, p, g in _TRIGGERS]
_INDEX = GateIndex([Gate(g) for *_, g in _TRIGGERS])


def find_triggers(
    text: str,
    start: int,
    end: int,
    names_at: tuple[int, ...] | None = None,
    present: frozenset[str] | None = None,
) -> list[Trigger]:
    """Every trigger in ``text[start:end]``, in text order, overlaps resolved by priority.

    Frames ("at", "during", "after" ...) only matter right before a meeting's name: when the
    positions ``names_at`` of the names are given, frames are looked for just before them.
    """
    found: list[Trigger] = []
    if present is None:
        present = words_present(text[start:end])
    negation = bool(_NEGATION_KEYS & present) or "n't" in text[start:end]
    frame_windows = (
        None if names_at is None else [(max(start, n - _FRAME_REACH), n) for n in names_at]
    )
    for index in _INDEX.open(present):
        kind, direction, flags, pattern, _ = _GATED[index]
        if kind == FRAME and frame_windows is not None:
            matches: Iterable[re.Match[str]] = (
                m for a, b in frame_windows for m in pattern.finditer(text, a, b)
            )
        else:
            matches = pattern.finditer(text, start, end)
        for match in matches:
            if not at_word_start(text, match.start()):
                continue
            if found and any(t.start < match.end() and match.start() < t.end for t in found):
                continue
            before = text[max(start, match.start() - 30) : match.start()]
            if negation and _NEGATION_BEFORE.search(before):
                continue
            trigger_kind, trigger_flags = kind, flags
            if kind == HELD and _MODAL_BEFORE.search(before):
                if direction == "right" and flags != "ongoing":
                    trigger_kind = SCHEDULED  # "will take part in", "to attend"
                else:
                    continue  # "will meet" is found by the scheduled patterns
            trigger_direction = direction
            if kind != FRAME and _CYRILLIC.search(match.group(0)):
                trigger_direction = "both"  # Russian word order is free
            found.append(
                Trigger(match.start(), match.end(), trigger_kind, trigger_direction, trigger_flags)
            )
    found.sort(key=lambda t: t.start)
    return found


_RELATION_GATE = Gate(
    ("eve", "ahead", "run-up", "before", "day after", "day later", "next day", "day earlier",
     "same day", "накануне", "преддверии", "тот же день", "следующий день")
)  # fmt: skip


def find_relations(
    text: str, start: int, end: int, present: frozenset[str] | None = None
) -> list[Relation]:
    """Every "on the eve of" / "ahead of" / "a day after" phrase in ``text[start:end]``."""
    found: list[Relation] = []
    if present is None:
        present = words_present(text[start:end])
    if not _RELATION_GATE.open(present):
        return found
    for match in _RELATIONS_SCAN.finditer(text, start, end, lowered(text[start:end]), start):
        kind = (match.lastgroup or "").removesuffix("_ru")
        found.append(Relation(match.start(), match.end(), kind))
    return found


def tense_of(text: str) -> str:
    """``future``, ``past`` or ``present``: the tense the words of ``text`` show first."""
    found = _tense_matches(text, 0, len(text))
    return min(found)[2] if found else "present"


def tense_near(text: str, start: int, end: int, low: int, high: int, window: int = 70) -> str:
    """The tense shown by the verb closest to ``text[start:end]`` within ``window`` characters."""
    best: tuple[int, str] | None = None
    for m_start, m_end, tense in _tense_matches(
        text, max(low, start - window), min(high, end + window)
    ):
        distance = start - m_end if m_end <= start else max(0, m_start - end)
        if best is None or distance < best[0]:
            best = (distance, tense)
    return "present" if best is None else best[1]
