"""Bodies: which council, summit or ministerial a phrase names, and of which organisation.

The same words serve several organisations ("the Council of Foreign Ministers ... next meeting
will be held" is said of the CIS, the SCO and the CSTO alike), so a mention is read in two
steps.  :func:`find_mentions` finds *families* of phrases (a council of foreign ministers, of
heads of state, of heads of government, a summit, an anaphor such as "the meeting", a meeting
of some other body); :func:`organisation_near` then says whose it is, from an organisation
named in or right next to the phrase, else the organisation the article is about.  Families and
organisations together give a :class:`~cischronicle.values.Body`, or nothing for a meeting of
a body outside the vocabulary (an SCO summit, a bilateral meeting).
"""

from __future__ import annotations

import re

import attrs

from .organisations import (
    CA_RUSSIA,
    CIS,
    CSTO,
    EAEU,
    SCO,
    body_of,
    count_organisations,
    org_in,
    organisation_near,
)
from .scan import Prefilter, lowered
from .text import Gate, GateIndex, at_word_start, last_words, words_first, words_present

__all__ = [
    "CIS",
    "CSTO",
    "CA_RUSSIA",
    "EAEU",
    "SCO",
    "Mention",
    "body_of",
    "count_organisations",
    "find_mentions",
    "organisation_near",
]


_APOS = r"['’`]"
_FM = (
    r"(?:foreign\s+(?:affairs\s+)?minist(?:ers|ry|er)|ministers\s+of\s+foreign\s+affairs"
    r"|foreign\s+affairs\s+ministers)"
)
_ORGW = (
    r"(?:(?:the\s+)?(?:CIS|SCO|CSTO|Commonwealth(?:\s+of\s+Independent\s+States)?"
    r"(?:\s+\(CIS\))?)\s+)"
)
_HOS = r"(?:heads?\s+of\s+(?:the\s+)?states?|state\s+heads|heads\s+of\s+the\s+states)"
_HOG = (
    r"(?:heads?\s+of\s+(?:the\s+)?governments?|governments?"
    + _APOS
    + r"?\s+heads|prime\s+ministers)"
)
_MEET = r"(?:meeting|session|summit|sitting|gathering|council)"
_I = re.IGNORECASE

_FM_ALTS = (
    r"foreign\s+(?:affairs\s+)?minist(?:ers|ry|er)",
    r"ministers\s+of\s+foreign\s+affairs",
    r"foreign\s+affairs\s+ministers",
)
_HOS_ALTS = (
    r"heads\s+of\s+(?:the\s+)?states?",
    r"head\s+of\s+(?:the\s+)?states?",
    r"state\s+heads",
)
_HOG_ALTS = (
    r"heads\s+of\s+(?:the\s+)?governments?",
    r"head\s+of\s+(?:the\s+)?governments?",
    r"governments?" + _APOS + r"?\s+heads",
    r"prime\s+ministers",
)
_ORG_ALTS = (
    r"CIS",
    r"SCO",
    r"CSTO",
    r"Commonwealth(?:\s+of\s+Independent\s+States)?(?:\s+\(CIS\))?",
)


def _en(alternatives: tuple[str, ...], tail: str = "") -> re.Pattern[str]:
    """A fast pattern: literal first words (see :func:`words_first`), then ``tail``."""
    return re.compile(words_first(tuple(a + tail for a in alternatives)))


def _then(alternatives: tuple[str, ...], tail: str) -> tuple[str, ...]:
    return tuple(a + tail for a in alternatives)


_OF_ORG_TAIL = rf"\s+of\s+(?:the\s+)?{_ORGW}?"
_RU_ANAPHOR = re.compile(r"(?<!\w)(?:заседани[еяию]\w*|встреч[аеиу]\w*)", _I)
_DETERMINER = re.compile(
    r"\b(?:the|this|that|its|a|an|today['’]s|yesterday['’]s|next|last|previous|upcoming"
    r"|forthcoming|regular)\s+(?:[\w-]+\s+\(?){0,2}?$",
    _I,
)

# (family, pattern, role[, gate words]) in priority order; earlier patterns win overlaps.
_Entry = tuple[str, re.Pattern[str], str] | tuple[str, re.Pattern[str], str, tuple[str, ...]]
_PATTERNS: list[_Entry] = [
    ("sec", _en((r"supreme\s+eurasian\s+economic\s+council",)), "meeting"),
    ("ic", _en((r"eurasian\s+intergovernmental\s+council",)), "meeting"),
    (
        "sec",
        re.compile(r"Высш\w+\s+Евразийск\w+\s+экономическ\w+\s+совет\w*", _I),
        "meeting",
    ),
    ("ic", re.compile(r"Евразийск\w+\s+межправительственн\w+\s+совет\w*", _I), "meeting"),
    (
        # "Council of (the CIS) Foreign Ministers / Heads of State / Heads of Government":
        # one scan, the family is the group that matched.
        "council-of",
        re.compile(
            "(?:Council|COUNCIL|council)(?i:"
            + _OF_ORG_TAIL
            + "(?:(?P<cfm>"
            + "|".join(_FM_ALTS)
            + ")|(?P<chs>"
            + "|".join(_HOS_ALTS)
            + r")(?:\s+of\s+the\s+Commonwealth)?|(?P<chg>"
            + "|".join(_HOG_ALTS)
            + ")))"
        ),
        "meeting",
        ("council",),
    ),
    ("cfm", _en(_FM_ALTS, _APOS + r"?s?\s+council\b"), "meeting", ("foreign", "ministers")),
    (
        "chs",
        _en(_HOS_ALTS, _APOS + rf"?\s+(?:council|{_MEET})\b"),
        "meeting",
        ("heads", "head", "state"),
    ),
    (
        "chg",
        _en(_HOG_ALTS, _APOS + rf"?\s+(?:council|{_MEET})\b"),
        "meeting",
        ("heads", "head", "govern", "prime"),
    ),
    (
        "chs",
        _en(("summit", "meeting", "session"),
            rf"\s+(?:meeting\s+)?of\s+(?:the\s+)?{_ORGW}?(?:" + "|".join(_HOS_ALTS)
            + r"|leaders|presidents)"),
        "meeting",
        ("state", "leader", "president"),
    ),
    (
        "chg",
        _en(("summit", "meeting", "session"), _OF_ORG_TAIL + "(?:" + "|".join(_HOG_ALTS) + ")"),
        "meeting",
        ("govern", "prime"),
    ),
    (
        "cfm",
        _en(("meeting", "session", "summit", "sitting", "gathering", "council"),
            rf"\s+(?:of|between)\s+(?:the\s+)?{_ORGW}?(?:" + "|".join(_FM_ALTS)
            + r"|heads\s+of\s+(?:the\s+)?foreign\s+(?:affairs\s+|policy\s+)?(?:ministries|agencies"
            r"|offices))"),
        "meeting",
        ("foreign",),
    ),
    (
        "cfm",
        _en(
            (*_then(_ORG_ALTS, r"\s+(?:" + "|".join(_FM_ALTS) + ")"), *_FM_ALTS),
            _APOS + rf"?s?\s+(?:{_MEET})\b",
        ),
        "meeting",
        ("foreign", "ministers"),
    ),
    (
        "cfm",
        _en((r"foreign\s+ministerial\s+(?:council|meeting|session)\b",
             r"ministerial\s+(?:council|meeting|session)\b")),
        "meeting",
        ("ministerial",),
    ),
    (
        "cfm",
        re.compile(r"(?:CFM|CMFA|SMID)s?\b(?:\s+(?:meeting|session)s?\b)?"),
        "meeting",
        ("cfm", "cmfa", "smid"),
    ),
    (
        "summit",
        re.compile(r"(?:CIS|Commonwealth|SCO|CSTO|EAEU)\s+[Ss]ummits?\b"),
        "meeting",
        ("summit",),
    ),
    # Russian
    (
        "cfm",
        re.compile(
            r"Совет\w*\s+министров\s+иностранных\s+дел|(?<!\w)СМИД(?!\w)"
            r"|(?:заседани|встреч)\w*\s+(?:(?:глав|руководителей)\s+(?:МИД|внешнеполитических"
            r"\s+ведомств)|министров\s+иностранных\s+дел)",
            _I,
        ),
        "meeting",
    ),
    ("chs", re.compile(r"Совет\w*\s+глав\s+государств", _I), "meeting"),
    (
        "chs",
        re.compile(r"(?:саммит|заседани|встреч)\w*\s+(?:лидеров|глав)\s+государств", _I),
        "meeting",
    ),
    (
        "chg",
        re.compile(r"(?:заседани|встреч)\w*\s+глав\s+правительств", _I),
        "meeting",
    ),
    ("chg", re.compile(r"Совет\w*\s+глав\s+правительств", _I), "meeting"),
    ("summit", re.compile(r"(?<!\w)саммит\w*", _I), "meeting"),
    # Meetings of bodies outside the vocabulary: they block anaphors and wrong readings.
    # (Split by rare words so that each piece only runs where its gate opens.)
    (
        "other",
        _en(("bilateral", "trilateral", "separate", "one-on-one", "working"),
            r"\s+(?:meetings?|talks)"),
        "other",
        ("bilateral", "trilateral", "separate", "one", "working"),
    ),
    (
        "other",
        _en((r"press\s+conferences?\b", r"news\s+conferences?\b", r"conference\b",
             r"conferences\b")),
        "other",
        ("press", "news", "conferenc"),
    ),
    ("other", _en((r"briefing\b", r"briefings\b")), "other", ("briefing",)),
    ("other", re.compile(r"(?<!\w)брифинг\w*", _I), "other", ("брифинг",)),
    ("other", _en((r"talks\b",)), "other", ("talks",)),
    (
        "other",
        _en(("economic", "economical", "plenipotentiaries", "security", "defence", "defense",
             "interparliamentary", "executive", "permanent", "coordination", r"electric\s+power"),
            r"\s+(?:council|committee|assembly)\b"),
        "other",
        ("economic", "plenipotentiar", "security", "defen", "interparliamentary", "executive",
         "permanent", "coordination", "electric"),
    ),
    (
        "other",
        _en((r"councils?\s+(?:on|for)\s+[A-Z]\w+(?:\s+[A-Z]\w+)*",
             r"council\s+of\s+(?:the\s+)?(?:ministers\s+of\s+)?defen[cs]e\s*(?:ministers)?",
             r"committee\s+of\s+secretaries", r"cabinet\s+of\s+ministers")),
        "other",
        ("council", "committee", "cabinet"),
    ),
    ("other", _en((r"forum\b", r"fair\b")), "other", ("forum", "fair")),
    (
        "other",
        re.compile(r"(?<!\w)(?:Высш\w+\s+)?[Ээ]кономическ\w+\s+совет\w*", _I),
        "other",
        ("экономическ",),
    ),
    # Participants: subjects of "met", agents of decisions, the state leaders of a summit.
    (
        "cfm",
        _en(
            (
                *_then(
                    _ORG_ALTS,
                    r"\s+(?:" + "|".join(_FM_ALTS)
                    + r"|FMs|top\s+diplomats|foreign\s+affairs\s+chiefs)",
                ),
                r"top\s+CIS\s+diplomats",
                *_then(
                    _FM_ALTS,
                    r"\s+of\s+(?:the\s+)?(?:CIS|SCO|CSTO|Commonwealth(?:\s+of\s+Independent"
                    r"\s+States)?|Collective\s+Security\s+Treaty\s+Organi[sz]ation"
                    r"|Shanghai\s+Cooperation\s+Organi[sz]ation|group|member\s+states)",
                ),
            )
        ),
        "participants",
        ("foreign", "ministers", "fms", "diplomat", "chiefs"),
    ),
    (
        "cfm",
        re.compile(r"(?<!\w)(?:главы|глав)\s+(?:МИД|внешнеполитических\s+ведомств)(?!\w)", _I),
        "participants",
        ("глав",),
    ),
    (
        "chs",
        _en(
            (
                *_then(_HOS_ALTS, r"\b"),
                r"state\s+leaders\b",
                r"presidents\b",
                r"CIS\s+leaders\b",
            )
        ),
        "participants",
        ("heads", "head", "state", "presidents", "leaders"),
    ),
    (
        "chs",
        re.compile(r"(?<!\w)(?:главы|глав|лидеры)\s+государств(?!\w)", _I),
        "participants",
        ("глав", "лидер"),
    ),
    ("chg", _en(_then(_HOG_ALTS, r"\b")), "participants", ("heads", "head", "govern", "prime")),
    # Anaphors: "the meeting", "the session", "the summit", "the Council", "Today's session".
    (
        "anaphor",
        # The head noun first (fast); the determiner before it is checked in find_mentions.
        _en((r"meeting\b", r"session\b", r"summit\b", r"event\b", r"gathering\b", r"sitting\b",
             r"ministerial\b", r"council(?:\s+of\s+ministers)?\b"),
            r"(?!\s+(?:of|between)\s+(?!the\s+(?:council|ministers)))"),
        "meeting",
        ("meeting", "session", "summit", "event", "gathering", "sitting", "ministerial", "council"),
    ),
    ("anaphor", _RU_ANAPHOR, "meeting", ("заседани", "встреч")),
]  # fmt: skip

_HEADS = re.compile(
    r"(meeting|session|summit|event|gathering|sitting|ministerial|council|заседани|встреч)"
    r"(?:\s+of\s+ministers)?\w*\W*$",
    _I,
)

_EN_GATES: dict[tuple[str, str], tuple[str, ...]] = {
    ("sec", "meeting"): ("eurasian",),
    ("ic", "meeting"): ("eurasian",),
    ("cfm", "meeting"): ("council", "minist", "cfm", "cmfa", "smid", "foreign"),
    ("chs", "meeting"): ("council", "head", "summit", "leader", "president"),
    ("chg", "meeting"): ("council", "head", "govern", "prime"),
    ("summit", "meeting"): ("summit",),
    ("other", "other"): (
        "meeting", "talks", "conference", "briefing", "council", "committee", "assembly",
        "cabinet", "forum", "fair",
    ),
    ("cfm", "participants"): ("minist", "fms", "diplomat", "foreign"),
    ("chs", "participants"): ("head", "leader", "president"),
    ("chg", "participants"): ("head", "govern", "prime"),
    ("anaphor", "meeting"): (
        "meeting", "session", "summit", "event", "gathering", "sitting", "ministerial", "council",
    ),
}  # fmt: skip
_RU_GATES: dict[str, tuple[str, ...]] = {
    "sec": ("евразийск",), "ic": ("евразийск",),
    "cfm": ("совет", "смид", "глав", "заседани", "встреч", "министр", "ведомств"),
    "chs": ("совет", "саммит", "глав", "лидер"), "chg": ("совет", "глав"), "summit": ("саммит",),
    "other": ("экономическ", "брифинг"), "anaphor": ("заседани", "встреч"),
}  # fmt: skip
_CYRILLIC = re.compile(r"[а-яё]", _I)


def _gates(family: str, pattern: re.Pattern[str], role: str) -> tuple[str, ...]:
    source = pattern.pattern
    english = re.search(r"(?<!\\)[A-Za-z]{3,}", source) is not None
    gates = _EN_GATES.get((family, role), ()) if english else ()
    if source.startswith(r"\bCouncil\s+of"):
        gates = ("council of",)
    elif "Ministerial" in source:
        gates = ("ministerial",)
    elif "CFMs" in source:
        gates = ("cfm", "cmfa", "smid")
    elif family == "cfm" and english:
        gates = ("foreign", "diplomat", "fms")
    elif family == "chs" and english and role == "meeting" and "[Ss]ummit" not in source:
        gates = ("state", "leader", "president")
    elif family == "chg" and english:
        gates = ("government", "prime")
    if _CYRILLIC.search(pattern.pattern):
        gates += _RU_GATES.get(family, ())
    return gates


def _gated() -> list[tuple[str, re.Pattern[str], str, tuple[str, ...]]]:
    gated = []
    for entry in _PATTERNS:
        family, pattern, role = entry[0], entry[1], entry[2]
        gates = entry[3] if len(entry) == 4 else _gates(family, pattern, role)
        gated.append((family, pattern, role, gates))
    return gated


def _unasked(pattern: re.Pattern[str], keys: frozenset[str]) -> Prefilter | None:
    """A prefilter of the pattern's literals that its gate's words do not already ask for.

    A clause whose literals start like a gate key is nearly always there when the gate is
    open: testing it costs more than the scans it saves.  The rest ("council" after "foreign
    ministers", the whole word "ministerial" that the key "minister" cannot tell apart from
    "ministers") often rule a scan out.
    """
    prefilter = Prefilter(pattern)
    heads = {key[:4] for key in keys}
    prefilter.clauses = tuple(
        clause for clause in prefilter.clauses if not any(w[:4] in heads for w in clause)
    )
    return prefilter if prefilter.clauses else None


_GATED = [(f, p, r, _unasked(p, Gate(g).keys)) for f, p, r, g in _gated()]
_INDEX = GateIndex([Gate(g) for _, _, _, g in _gated()])
_ANY = Gate(tuple({w for _, _, _, g in _gated() for w in g} | {"councils"}))

_NEXT_WORDS = frozenset(
    ("next", "upcoming", "forthcoming", "coming", "following", "future", "autumn", "spring")
)
_LAST_WORDS = frozenset(("last", "previous", "past", "former", "preceding"))
_PLURAL_WORDS = frozenset(
    ("meetings", "sessions", "summits", "councils", "events", "gatherings", "заседаниях",
     "заседаний", "заседаниями", "встречах", "саммиты", "саммитов", "саммитах")
)  # fmt: skip
_PHRASE_WORD = re.compile(r"\w+")


def _when_and_plural(phrase: str, word_before: str) -> tuple[str, bool]:
    """Whether a phrase names the next or the last meeting, and whether it is plural."""
    low = phrase.lower()
    words = set(_PHRASE_WORD.findall(low))
    when = ""
    # A word can start with a stem only if the stem is in the text: look for it first.
    if (
        not _NEXT_WORDS.isdisjoint(words)
        or word_before in ("next", "upcoming", "forthcoming")
        or ("следующ" in low and any(w.startswith("следующ") for w in words))
    ):
        when = "next"
    elif (
        not _LAST_WORDS.isdisjoint(words)
        or word_before in ("last", "previous")
        or (
            ("прошл" in low or "предыдущ" in low)
            and any(w.startswith(("прошл", "предыдущ")) for w in words)
        )
    ):
        when = "last"
    return when, not _PLURAL_WORDS.isdisjoint(words)


@attrs.frozen
class Mention:
    """A phrase that names a meeting or its participants (before anaphors are resolved).

    ``family`` is ``cfm``, ``chs``, ``chg``, ``sec``, ``ic``, ``summit``, ``anaphor`` or
    ``other``; ``role`` is ``meeting`` (a council, summit or meeting noun), ``participants``
    (the ministers, the heads of state) or ``other``; ``org`` is the organisation named in or
    next to the phrase, if any; ``when`` is ``next`` or ``last`` when the phrase says so;
    ``head`` is the noun of an anaphor (``meeting``, ``summit``, ``council`` ...).
    """

    start: int
    end: int
    family: str
    role: str
    org: str | None = None
    when: str = ""
    plural: bool = False
    head: str = ""


_COORD = re.compile(
    rf"(?P<prefix>\b(?:the|a)\s+(?:[\w-]+\s+)?(?:joint\s+)?(?:meeting|session)s?\s+of\s+(?:the\s+)?)?"
    rf"\bCouncils\s+of\s+(?:the\s+)?(?P<a>{_HOG}|{_HOS}|{_FM})\s+and\s+(?:of\s+)?(?:the\s+)?"
    rf"(?P<b>{_HOG}|{_HOS}|{_FM})",
    _I,
)
_PREFIX = re.compile(
    r"(?:(?:the|a|an|its|their|this)\s+)?(?:(?!(?:in|of|at|on|to|for|by|with|from|and|the|a|an"
    r"|during|after|before|following)\b)[\w-]+\s+){0,3}?(?:meeting|session|summit|sitting"
    r"|gathering)\s+(?:of|between)\s+(?:the\s+)?(?:(?:CIS|SCO|CSTO|EAEU)\s+)?$",
    _I,
)
_DETERMINERS = frozenset(
    ("the", "this", "that", "its", "a", "an", "today's", "today’s", "yesterday's",
     "yesterday’s", "next", "last", "previous", "upcoming", "forthcoming", "regular")
)  # fmt: skip
_MEETING_NOUNS = frozenset(("meeting", "session", "summit", "sitting", "gathering"))
_PREFIX_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "this"))
_NOT_ADJECTIVES = frozenset(
    ("in", "of", "at", "on", "to", "for", "by", "with", "from", "and", "the", "a", "an", "during",
     "after", "before", "following")
)  # fmt: skip


def _determiner_before(text: str, low: int, position: int) -> int | None:
    """Where "the" / "this" / "today's" ... starts, at most two words before ``position``.

    The last three words are read from the end, as :func:`~.text.last_words` reads them, and
    the nearest determiner wins: no need to read the words before it.
    """
    segment = text[low:position]
    end = len(segment)
    for part in reversed(segment.split()[-3:]):
        at = segment.rfind(part, 0, end)
        end = at
        word = part.lstrip('(“"«')
        if word.lower() in _DETERMINERS:
            return low + at + len(part) - len(word)
    return None


def _meeting_of_before(text: str, low: int, position: int) -> int | None:
    """Where "the (narrow-format) meeting of (the) (CIS)" starts, right before ``position``."""
    words = last_words(text, low, position, 8)
    index = len(words) - 1
    if index >= 0 and words[index][1] in ("cis", "sco", "csto", "eaeu"):
        index -= 1
    if index >= 0 and words[index][1] == "the":
        index -= 1
    if index < 1 or words[index][1] not in ("of", "between"):
        return None
    index -= 1
    if words[index][1] not in _MEETING_NOUNS:
        return None
    first = index
    for back in range(1, 4):
        if index - back < 0:
            break
        word = words[index - back][1]
        if word in _PREFIX_DETERMINERS:
            return words[index - back][0]
        if word in _NOT_ADJECTIVES or not word.replace("-", "").isalnum():
            break
        first = index - back
    return words[first][0]


_HOS_RE = re.compile(_HOS, _I)
_HOG_RE = re.compile(_HOG, _I)


def _coordinated(text: str, start: int, end: int) -> list[Mention]:
    """Two bodies named at once: "the Councils of governments' heads and foreign ministers"."""
    found: list[Mention] = []
    if "councils" not in text[start:end].lower():
        return found
    for match in _COORD.finditer(text, start, end):
        for group in ("a", "b"):
            words = match.group(group)
            family = (
                "chg" if _HOG_RE.fullmatch(words) else "chs" if _HOS_RE.fullmatch(words) else "cfm"
            )
            start = match.start(group)
            if group == "a" and match.group("prefix"):
                start = match.start("prefix")
            found.append(Mention(start, match.end(group), family, "meeting"))
    return found


def find_mentions(
    text: str,
    start: int,
    end: int,
    present: frozenset[str] | None = None,
) -> list[Mention]:
    """Every meeting or participants phrase in ``text[start:end]``, in text order.

    ``present`` is :func:`~.text.words_present` of that text, when the caller has it.
    """
    found: list[Mention] = _coordinated(text, start, end)
    taken: list[tuple[int, int]] = [(m.start, m.end) for m in found]
    if present is None:
        present = words_present(text[start:end])
    if not _ANY.open(present):
        return []
    low: str | None = None
    for index in _INDEX.open(present):
        entry_family, pattern, role, prefilter = _GATED[index]
        if prefilter is not None:
            if low is None:
                low = lowered(text[start:end]) or ""
            if low and not prefilter.may_match(low):
                continue  # a literal every match holds is missing: nothing to find
        for match in pattern.finditer(text, start, end):
            family = entry_family
            if family == "council-of":
                family = match.lastgroup or "cfm"
            span = match.span()
            if not at_word_start(text, span[0]):
                continue
            if taken and any(a < span[1] and span[0] < b for a, b in taken):
                continue
            if family == "anaphor" and role == "meeting" and pattern is not _RU_ANAPHOR:
                determiner = _determiner_before(text, max(start, span[0] - 60), span[0])
                if determiner is None:
                    continue
                span = (determiner, span[1])
            if taken and any(a < span[1] and span[0] < b for a, b in taken):
                continue
            tail = text[max(start, span[0] - 20) : span[0]].lower()
            if (
                role == "meeting"
                and family not in ("anaphor", "other")
                and (" of " in f" {tail}" or "between" in tail)
            ):
                prefix = _meeting_of_before(text, max(start, span[0] - 70), span[0])
                if prefix is not None and not any(a < span[0] and prefix < b for a, b in taken):
                    span = (prefix, span[1])
            phrase = text[span[0] : span[1]]
            head = ""
            if family == "anaphor":
                found_head = _HEADS.search(match.group(0))
                head = found_head.group(1).lower() if found_head else ""
            before_words = text[max(start, span[0] - 20) : span[0]].lower().split()
            word_before = before_words[-1] if before_words else ""
            when, plural = _when_and_plural(phrase, word_before)
            taken.append(span)
            found.append(
                Mention(
                    span[0], span[1], family, role, org_in(phrase), when,
                    plural, head,
                )
            )  # fmt: skip
    found.sort(key=lambda m: m.start)
    return _absorb_heads(text, found)


_HEAD_GAP = re.compile(r"^\s{0,2}(?:of\s+(?:the\s+|this\s+|that\s+)?)?$", _I)


def _absorb_heads(text: str, found: list[Mention]) -> list[Mention]:
    """Join a bare "meeting" / "заседание" to the body named right after it.

    "заседании Совета министров иностранных дел" is one mention of the Council, and "саммит
    глав государств" one mention of a summit of heads of state, not an anaphor and a second
    phrase.
    """
    result: list[Mention] = []
    index = 0
    while index < len(found):
        mention = found[index]
        following = found[index + 1] if index + 1 < len(found) else None
        if (
            mention.family == "anaphor"
            and following is not None
            and (following.family != "anaphor" or following.head == "council")
            and _HEAD_GAP.match(text[mention.end : following.start])
        ):
            result.append(
                attrs.evolve(
                    following,
                    start=mention.start,
                    role="other" if following.family == "other" else "meeting",
                    when=following.when or mention.when,
                    plural=mention.plural,
                )
            )
            index += 2
            continue
        result.append(mention)
        index += 1
    return result
