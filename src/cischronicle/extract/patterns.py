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

import re

import attrs

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

# (kind, direction, flags, pattern)
_TRIGGERS: list[tuple[str, str, str, re.Pattern[str]]] = [
    # -- postponed / cancelled ----------------------------------------------------------------
    (
        POSTPONED,
        "left",
        "",
        re.compile(
            rf"\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be|would\s+be)\s+{_ADV}"
            r"(?:postponed|put\s+off|delayed|deferred|rescheduled|pushed\s+back)\b"
            r"|(?<!\w)(?:перенесен[оаы]?|перенес[её]н|переносятся|переносится|отложен[оаы]?)(?!\w)",
            _I,
        ),
    ),
    (
        POSTPONED,
        "right",
        "",
        re.compile(r"\b(?:decided|agreed|had)\s+to\s+postpone|\bpostponed\s+(?=the\b)", _I),
    ),
    (
        CANCELLED,
        "left",
        "",
        re.compile(
            rf"\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be)\s+{_ADV}"
            r"(?:cancell?ed|called\s+off|scrapped)\b|(?<!\w)отмен[её]н[оаы]?(?!\w)",
            _I,
        ),
    ),
    (
        CANCELLED,
        "right",
        "",
        re.compile(r"\b(?:decided|agreed)\s+to\s+cancel|\bcancell?ed\s+(?=the\b)", _I),
    ),
    # -- scheduled ----------------------------------------------------------------------------
    (
        SCHEDULED,
        "left",
        "",
        re.compile(
            rf"\b(?:will|shall|would)\s+{_ADV}(?:be\s+held|take\s+place|convene|gather|meet|open"
            r"|begin|start|be\s+convened|be\s+hosted|be\s+organi[sz]ed|hold\s+(?:its|their|a|the)"
            r"\s+(?:\w+\s+){0,2}?(?:meeting|session|summit))\b"
            rf"|\b(?:is|are|was|were)\s+{_ADV}(?:scheduled|slated|set|planned|due|expected|going"
            r"|supposed|to)\s+(?:to\s+)?(?:be\s+held|take\s+place|convene|gather|meet|open|begin"
            r"|start|hold\s+(?:its|their|a|the)\s+(?:\w+\s+){0,2}?(?:meeting|session|summit))\b"
            rf"|\b(?:is|are)\s+{_ADV}(?:scheduled|slated|set|planned|due)\s+(?=for\b|in\b|on\b)"
            r"|\b(?:scheduled|slated|planned|set|due)\s+(?=for\b|in\b|on\b)"
            r"|\bto\s+be\s+held\b|\bto\s+take\s+place\b"
            r"|(?<!\w)(?:состоится|состоятся|пройд[её]т|пройдут|будет\s+проведен[оа]?|соберутся"
            r"|запланирован\w*|намечен\w*|планируется\s+провести|планировалось\s+провести"
            r"|должн[оаы]\s+(?:было\s+)?пройти)(?!\w)",
            _I,
        ),
    ),
    (
        SCHEDULED,
        "right",
        "host",
        re.compile(
            r"\b(?:will|to|shall|would)\s+host\b|\bis\s+(?:set|scheduled|due|going)\s+to\s+host\b",
            _I,
        ),
    ),
    (
        SCHEDULED,
        "right",
        "",
        re.compile(
            r"\b(?:decided|agreed|planned|plan|plans|intend|intends|intended|was\s+decided"
            r"|is\s+planned|were\s+made|was\s+made)\s+to\s+(?:hold|convene)\b"
            r"|\band\s+to\s+hold\b"
            r"|\b(?:will|shall|would|to)\s+(?:also\s+)?(?:take\s+part|participate)\s+in\b"
            r"|\bwill\s+(?:also\s+)?attend\b"
            r"|(?<!\w)(?:провести|примет\s+участие\s+в|принять\s+участие\s+в|будет\s+представлять"
            r"|примут\s+участие\s+в)(?!\w)",
            _I,
        ),
    ),
    # -- held ---------------------------------------------------------------------------------
    (
        HELD,
        "left",
        "",
        re.compile(
            rf"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+{_ADV}(?:held|convened"
            r"|organi[sz]ed|conducted|completed|opened|attended|closed)\b"
            rf"|\b(?:has|have|had)\s+{_ADV}(?:taken\s+place|ended|concluded|closed|finished"
            r"|begun|started|opened|kicked\s+off|wrapped\s+up|convened|met|gathered)\b"
            r"|\b(?:took\s+place|convened|gathered|kicked\s+off|ended|concluded|wrapped\s+up"
            r"|began|opened)\b"
            r"|(?<!\w)(?:состоял(?:ось|ся|ась|ись)|прошл[оаи]|прош[её]л|открыл(?:ось|ся|ась)"
            r"|завершил(?:ось|ся|ась)|собрал(?:ись|ось))(?!\w)",
            _I,
        ),
    ),
    (HELD, "left", "met", re.compile(r"\bmet\b")),
    (
        HELD,
        "left",
        "",
        re.compile(
            r"\b(?:held|has\s+held|have\s+held)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:meeting|session|summit|sitting)\b",
            _I,
        ),
    ),
    (
        SCHEDULED,
        "left",
        "",
        re.compile(
            r"\b(?:will|shall|would|to)\s+hold\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:meeting|session|summit|sitting)\b",
            _I,
        ),
    ),
    (
        HELD,
        "left",
        "ongoing",
        re.compile(
            r"\b(?:is|are)\s+(?:now\s+)?(?:taking\s+place|being\s+held|under\s*way|starting"
            r"|beginning|opening|meeting|convening|in\s+session)\b"
            r"|\b(?:kicks\s+off|opens|begins|starts|convenes|meets|meet)\b"
            r"|(?<!\w)(?:проходит|проходят|проходило|проходила|открывается|начинается)(?!\w)",
            _I,
        ),
    ),
    (
        HELD,
        "right",
        "",
        re.compile(
            r"\b(?:took|takes|has\s+taken|have\s+taken|is\s+taking|taking|take)\s+part\s+in\b"
            r"|\b(?:participated|participates|participating|is\s+participating)\s+in\b"
            r"|\b(?:attended|attends|attending)\b|\bpresided\s+over\b|\b(?:hosted|hosts)\b"
            r"|\baddressing\b|\baddressed\b|\bchaired\b",
            _I,
        ),
    ),
    # -- frames: the sentence happens at a meeting --------------------------------------------
    (
        FRAME,
        "right",
        "after",
        re.compile(
            r"\b(?:following|after|by\s+the\s+results\s+of|summing\s+up\s+the\s+results\s+of"
            r"|on\s+the\s+results\s+of|at\s+the\s+end\s+of)\b"
            r"|(?<!\w)(?:после|по\s+итогам)(?!\w)",
            _I,
        ),
    ),
    (
        FRAME,
        "right",
        "during",
        re.compile(
            r"\b(?:at|during|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of|in)\b"
            r"|(?<!\w)(?:на|в\s+ходе|в\s+рамках)(?!\w)",
            _I,
        ),
    ),
]

_RELATIONS = re.compile(
    r"\b(?P<eve>on\s+the\s+eve\s+of)\b|\b(?P<ahead>ahead\s+of|in\s+the\s+run-up\s+to|before)\b"
    r"|\b(?P<after>a\s+day\s+after|the\s+day\s+after|a\s+day\s+later|the\s+next\s+day)\b"
    r"|\b(?P<before>a\s+day\s+before|the\s+day\s+before|a\s+day\s+earlier)\b"
    r"|\b(?P<same>on\s+the\s+same\s+day|the\s+same\s+day)\b"
    r"|(?<!\w)(?P<same_ru>в\s+тот\s+же\s+день)(?!\w)|(?<!\w)(?P<after_ru>на\s+следующий\s+день)(?!\w)"
    r"|(?<!\w)(?P<eve_ru>накануне)(?!\w)|(?<!\w)(?P<ahead_ru>в\s+преддверии)(?!\w)",
    _I,
)

_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|is\s+to|are\s+to|is\s+going\s+to|are\s+going\s+to|would\s+be\s+held"
    r"|(?:is|are)\s+(?:expected|scheduled|supposed|due|set|planned|slated)\s+to"
    r"|plans\s+to|planning\s+to|intends?\s+to|to\s+be\s+(?:held|discussed|considered|adopted"
    r"|signed)|upcoming|forthcoming|tomorrow|next\s+(?:week|month|year))\b"
    r"|(?<!\w)(?:будет|будут|состоится|пройд[её]т|планируется|предполагается|ожидается"
    r"|соберутся|рассмотрят|примет|подпишут|намечен\w*|запланирован\w*|завтра)(?!\w)",
    _I,
)
_PAST = re.compile(
    r"\b(?:was|were|had|has\s+been|have\s+been|did|said|noted|told|stated|spoke|voiced"
    r"|stressed|added|discussed|reported|announced|informed|emphasi[sz]ed|underlined"
    r"|highlighted|expressed|took|met|gathered|convened|adopted|approved|signed|agreed"
    r"|decided|attended|participated|ended|began|opened|earlier|previously|recently|ago|heard"
    r"|gave|made|saw|went|came|sent|paid|put\s+forward|exchanged|considered|reviewed"
    r"|yesterday|last\s+(?:year|week|month))\b"
    r"|(?<!\w)(?:состоял\w*|прош[её]л|прошл[аои]|заявил\w*|сказал\w*|сообщил\w*|отметил\w*"
    r"|одобрил\w*|принял\w*|подписал\w*|проходил\w*|было|были|был|вчера)(?!\w)",
    _I,
)


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


def find_triggers(text: str, start: int, end: int) -> list[Trigger]:
    """Every trigger in ``text[start:end]``, in text order, overlaps resolved by priority."""
    found: list[Trigger] = []
    for kind, direction, flags, pattern in _TRIGGERS:
        for match in pattern.finditer(text, start, end):
            if any(t.start < match.end() and match.start() < t.end for t in found):
                continue
            before = text[max(start, match.start() - 30) : match.start()]
            if _NEGATION_BEFORE.search(before):
                continue
            trigger_kind, trigger_flags = kind, flags
            if kind == HELD and _MODAL_BEFORE.search(before):
                if direction == "right" and flags != "ongoing":
                    trigger_kind = SCHEDULED  # "will take part in", "to attend"
                else:
                    continue  # "will meet" is found by the scheduled patterns
            trigger_direction = direction
            if _CYRILLIC.search(match.group(0)) and kind != FRAME:
                trigger_direction = "both"  # Russian word order is free
            found.append(
                Trigger(match.start(), match.end(), trigger_kind, trigger_direction, trigger_flags)
            )
    found.sort(key=lambda t: t.start)
    return found


def find_relations(text: str, start: int, end: int) -> list[Relation]:
    """Every "on the eve of" / "ahead of" / "a day after" phrase in ``text[start:end]``."""
    found = []
    for match in _RELATIONS.finditer(text, start, end):
        kind = (match.lastgroup or "").removesuffix("_ru")
        found.append(Relation(match.start(), match.end(), kind))
    return found


def tense_of(text: str) -> str:
    """``future``, ``past`` or ``present``: the tense the words of ``text`` show first."""
    future = _FUTURE.search(text)
    past = _PAST.search(text)
    if future and past:
        return "future" if future.start() < past.start() else "past"
    if future:
        return "future"
    if past:
        return "past"
    return "present"


def tense_near(text: str, start: int, end: int, low: int, high: int, window: int = 70) -> str:
    """The tense shown by the verb closest to ``text[start:end]`` within ``window`` characters."""
    left = max(low, start - window)
    right = min(high, end + window)
    best: tuple[int, str] | None = None
    for pattern, tense in ((_FUTURE, "future"), (_PAST, "past")):
        for match in pattern.finditer(text, left, right):
            distance = start - match.end() if match.end() <= start else max(0, match.start() - end)
            if best is None or distance < best[0]:
                best = (distance, tense)
    return "present" if best is None else best[1]
