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
from collections import Counter

import attrs

from ..values import Body

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

CIS, SCO, CSTO, CA_RUSSIA, EAEU = "cis", "sco", "csto", "ca-russia", "eaeu"

_ORG = re.compile(
    r"(?P<cis>\bCIS\b|Commonwealth\s+of\s+Independent\s+States|\b[Tt]he\s+Commonwealth\b"
    r"|(?<!\w)СНГ(?!\w)|(?<!\w)Содружеств[аеоу]\w*)"
    r"|(?P<sco>\bSCO\b|Shanghai\s+Cooperation\s+Organi[sz]ation|(?<!\w)ШОС(?!\w))"
    r"|(?P<csto>\bCSTO\b|Collective\s+Security\s+Treaty\s+Organi[sz]ation|(?<!\w)ОДКБ(?!\w))"
    r"|(?P<ca>Central\s+Asian?\s*[\"”“»«]?\s*[-–—+]\s*[\"”“«»]?\s*Russia(?:n\s+Federation)?"
    r"|Russia\s*[-–—+]\s*Central\s+Asia|(?<!\w)Центральная\s+Азия\s*[-–—+]\s*Россия"
    r"|(?<!\w)Россия\s*[-–—+]\s*Центральная\s+Азия|six-party\s+format|six\s+states)"
    r"|(?P<eaeu>\bEAEU\b|\bEAEC\b|Eurasian\s+Economic\s+Union|(?<!\w)ЕАЭС(?!\w))"
)
_ORG_GROUPS = {"cis": CIS, "sco": SCO, "csto": CSTO, "ca": CA_RUSSIA, "eaeu": EAEU}

_APOS = r"['’`]"
_FM = (
    r"(?:foreign\s+(?:affairs\s+)?minist(?:ers|ry|er)|ministers\s+of\s+foreign\s+affairs"
    r"|foreign\s+affairs\s+ministers)"
)
_ORGW = r"(?:(?:the\s+)?(?:CIS|SCO|CSTO|Commonwealth(?:\s+of\s+Independent\s+States)?(?:\s+\(CIS\))?)\s+)"
_HOS = r"(?:heads?\s+of\s+(?:the\s+)?states?|state\s+heads|heads\s+of\s+the\s+states)"
_HOG = (
    r"(?:heads?\s+of\s+(?:the\s+)?governments?|governments?"
    + _APOS
    + r"?\s+heads|prime\s+ministers)"
)
_MEET = r"(?:meeting|session|summit|sitting|gathering|council)"
_I = re.IGNORECASE

# (family, pattern, role) in priority order; earlier patterns win overlaps.
_PATTERNS: list[tuple[str, re.Pattern[str], str]] = [
    ("sec", re.compile(r"Supreme\s+Eurasian\s+Economic\s+Council", _I), "meeting"),
    ("ic", re.compile(r"Eurasian\s+Intergovernmental\s+Council", _I), "meeting"),
    (
        "sec",
        re.compile(r"Высш\w+\s+Евразийск\w+\s+экономическ\w+\s+совет\w*", _I),
        "meeting",
    ),
    ("ic", re.compile(r"Евразийск\w+\s+межправительственн\w+\s+совет\w*", _I), "meeting"),
    (
        "cfm",
        re.compile(
            rf"\bCouncil\s+of\s+(?:the\s+)?{_ORGW}?(?:{_FM}|Ministers\s+of\s+Foreign\s+Affairs)", _I
        ),
        "meeting",
    ),
    (
        "chs",
        re.compile(
            rf"\bCouncil\s+of\s+(?:the\s+)?{_ORGW}?{_HOS}(?:\s+of\s+the\s+Commonwealth)?", _I
        ),
        "meeting",
    ),
    ("chg", re.compile(rf"\bCouncil\s+of\s+(?:the\s+)?{_ORGW}?{_HOG}", _I), "meeting"),
    ("cfm", re.compile(rf"\b{_FM}{_APOS}?s?\s+Council\b", _I), "meeting"),
    ("chs", re.compile(rf"\b{_HOS}{_APOS}?\s+(?:Council|{_MEET})\b", _I), "meeting"),
    ("chg", re.compile(rf"\b{_HOG}{_APOS}?\s+(?:Council|{_MEET})\b", _I), "meeting"),
    (
        "chs",
        re.compile(
            rf"\b(?:summit|meeting|session)\s+(?:meeting\s+)?of\s+(?:the\s+)?{_ORGW}?"
            rf"(?:{_HOS}|leaders|presidents)",
            _I,
        ),
        "meeting",
    ),
    (
        "chg",
        re.compile(rf"\b(?:summit|meeting|session)\s+of\s+(?:the\s+)?{_ORGW}?{_HOG}", _I),
        "meeting",
    ),
    (
        "cfm",
        re.compile(
            rf"\b(?:{_MEET})\s+(?:of|between)\s+(?:the\s+)?{_ORGW}?(?:{_FM}|heads\s+of\s+(?:the\s+)?"
            rf"foreign\s+(?:affairs\s+|policy\s+)?(?:ministries|agencies|offices))",
            _I,
        ),
        "meeting",
    ),
    ("cfm", re.compile(rf"\b{_ORGW}?{_FM}{_APOS}?s?\s+(?:{_MEET})\b", _I), "meeting"),
    (
        "cfm",
        re.compile(r"\b(?:Foreign\s+)?Ministerial\s+(?:Council|meeting|session)\b", _I),
        "meeting",
    ),
    (
        "cfm",
        re.compile(
            r"\b(?:CIS\s+|SCO\s+|CSTO\s+)?(?:CFMs?|CMFAs?|SMID)\b(?:\s+(?:meeting|session)s?\b)?"
        ),
        "meeting",
    ),
    ("summit", re.compile(r"\b(?:CIS|Commonwealth|SCO|CSTO|EAEU)\s+[Ss]ummits?\b"), "meeting"),
    # Russian
    (
        "cfm",
        re.compile(
            r"Совет\w*\s+министров\s+иностранных\s+дел|(?<!\w)СМИД(?!\w)"
            r"|(?:заседани|встреч)\w*\s+(?:(?:глав|руководителей)\s+(?:МИД|внешнеполитических"
            r"\s+ведомств)"
            r"|министров\s+иностранных\s+дел)",
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
    (
        "other",
        re.compile(
            r"\b(?:bilateral|trilateral|separate|one-on-one|working)\s+(?:meetings?|talks)"
            r"|\b(?:press|news)\s+conferences?|\bbriefings?\b|\btalks\b"
            r"|\b(?:Economic(?:al)?|Plenipotentiaries|Security|Defen[cs]e|Interparliamentary|Executive"
            r"|Permanent|Coordination|Electric\s+Power)\s+(?:Council|Committee|Assembly)\b"
            r"|\bCouncils?\s+(?:on|for)\s+[A-Z]\w+(?:\s+[A-Z]\w+)*"
            r"|\bCouncil\s+of\s+(?:the\s+)?(?:Ministers\s+of\s+)?Defen[cs]e\s*(?:Ministers)?"
            r"|\bCouncil\s+of\s+Defen[cs]e\s+Ministers|\bCommittee\s+of\s+Secretaries"
            r"|\bCabinet\s+of\s+Ministers|\bconference\b|\bforum\b|\bfair\b"
            r"|(?<!\w)(?:Высш\w+\s+)?[Ээ]кономическ\w+\s+совет\w*|(?<!\w)брифинг\w*",
            _I,
        ),
        "other",
    ),
    # Participants: subjects of "met", agents of decisions, the state leaders of a summit.
    (
        "cfm",
        re.compile(
            rf"\b(?:the\s+)?(?:CIS|SCO|CSTO|Commonwealth)\s+(?:{_FM}|FMs|top\s+diplomats"
            rf"|foreign\s+affairs\s+chiefs)|\btop\s+CIS\s+diplomats"
            rf"|\b{_FM}\s+of\s+(?:the\s+)?(?:CIS|SCO|CSTO|Commonwealth(?:\s+of\s+Independent\s+States)?"
            rf"|Collective\s+Security\s+Treaty\s+Organi[sz]ation|Shanghai\s+Cooperation\s+Organi[sz]ation"
            rf"|group|member\s+states)"
            rf"|(?<!\w)(?:главы|глав)\s+(?:МИД|внешнеполитических\s+ведомств)(?!\w)",
            _I,
        ),
        "participants",
    ),
    (
        "chs",
        re.compile(
            rf"\b(?:the\s+)?(?:CIS\s+)?(?:{_HOS}|state\s+leaders|presidents|CIS\s+leaders)\b"
            r"|(?<!\w)(?:главы|глав|лидеры)\s+государств(?!\w)",
            _I,
        ),
        "participants",
    ),
    ("chg", re.compile(rf"\b(?:the\s+)?(?:CIS\s+)?{_HOG}\b", _I), "participants"),
    # Anaphors: "the meeting", "the session", "the summit", "the Council", "Today's session".
    (
        "anaphor",
        re.compile(
            r"\b(?:(?:the|this|that|its|a|an|today['’]s|yesterday['’]s|next|last|previous"
            r"|upcoming|forthcoming|regular|\d+(?:st|nd|rd|th))\s+)(?:[\w-]+\s+\(?){0,2}?"
            r"(?P<head>meeting|session|summit|event|gathering|sitting|ministerial|Council"
            r"(?:\s+of\s+Ministers)?)\b(?!\s+(?:of|between)\s+(?!the\s+(?:council|ministers)))"
            r"|(?<!\w)(?P<ru>заседани[еяию]\w*|встреч[аеиу]\w*)",
            _I,
        ),
        "meeting",
    ),
]

_NEXT = re.compile(
    r"\b(?:next|upcoming|forthcoming|coming|following|future|autumn|spring)\b"
    r"|(?<!\w)(?:следующ\w+|очередн\w+\s+(?=.*(?:состоится|пройд)))(?!\w)",
    _I,
)
_LAST = re.compile(r"\b(?:last|previous|past|former|preceding)\b|(?<!\w)(?:прошл|предыдущ)\w*", _I)
_PLURAL = re.compile(
    r"\b(?:meetings|sessions|summits|councils|events|gatherings|Councils)\b"
    r"|(?<!\w)(?:заседаниях|заседаний|заседаниями|встречах|саммиты|саммитов|саммитах)(?!\w)"
)


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


def count_organisations(text: str) -> Counter[str]:
    """How often each organisation is named in the text."""
    counts: Counter[str] = Counter()
    for match in _ORG.finditer(text):
        assert match.lastgroup is not None
        counts[_ORG_GROUPS[match.lastgroup]] += 1
    return counts


def _org_in(text: str) -> str | None:
    match = _ORG.search(text)
    if match is None or match.lastgroup is None:
        return None
    return _ORG_GROUPS[match.lastgroup]


_OF_ORG = re.compile(
    r"^\s*(?:\([A-Za-z]+\)\s*)?(?:of|in)\s+(?:the\s+)?(?:member\s+(?:states|countries)\s+of\s+"
    r"(?:the\s+)?)?[\"“«]?"
)
_ORG_BEFORE = re.compile(r"(?:\b(?:CIS|SCO|CSTO|EAEU)|(?<!\w)(?:СНГ|ШОС|ОДКБ))['’]?s?\s*$")


def organisation_near(text: str, start: int, end: int, limit: int) -> str | None:
    """The organisation named in ``text[start:end]`` or right next to it, else ``None``.

    Right next to it means just before ("CIS Council ...") or introduced by "of"/"in the" just
    after ("Council of Foreign Ministers (CFM) of the CIS", "meeting in the Central Asia +
    Russia format"), not further than ``limit``.
    """
    inside = _org_in(text[start:end])
    if inside is not None:
        return inside
    before = _ORG_BEFORE.search(text, max(0, start - 8), start)
    if before is not None:
        return _org_in(before.group(0))
    after = text[end:limit]
    intro = _OF_ORG.match(after)
    if intro is not None:
        match = _ORG.match(after, intro.end())
        if match is not None and match.lastgroup is not None:
            return _ORG_GROUPS[match.lastgroup]
    if after.startswith(" (") and ")" in after[:12]:
        # "Council of Foreign Ministers (CFM) of the Commonwealth ...": skip the acronym.
        close = after.index(")")
        intro = _OF_ORG.match(after, close + 1)
        if intro is not None:
            match = _ORG.match(after, intro.end())
            if match is not None and match.lastgroup is not None:
                return _ORG_GROUPS[match.lastgroup]
    russian = re.match(
        r"^\s*(?:\([^)]{1,12}\)\s*)?(?:стран\w*\s+|государств\w*\s+)?(СНГ|ОДКБ|ШОС)", after
    )
    if russian is not None:
        return _org_in(russian.group(1))
    return None


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
_HOS_RE = re.compile(_HOS, _I)
_HOG_RE = re.compile(_HOG, _I)


def _coordinated(text: str, start: int, end: int) -> list[Mention]:
    """Two bodies named at once: "the Councils of governments' heads and foreign ministers"."""
    found = []
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


def find_mentions(text: str, start: int, end: int) -> list[Mention]:
    """Every meeting or participants phrase in ``text[start:end]``, in text order."""
    found: list[Mention] = _coordinated(text, start, end)
    taken: list[tuple[int, int]] = [(m.start, m.end) for m in found]
    for family, pattern, role in _PATTERNS:
        for match in pattern.finditer(text, start, end):
            span = match.span()
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            if role == "meeting" and family not in ("anaphor", "other"):
                prefix = _PREFIX.search(text, max(start, span[0] - 60), span[0])
                if prefix is not None and not any(
                    a < span[0] and prefix.start() < b for a, b in taken
                ):
                    span = (prefix.start(), span[1])
            phrase = text[span[0] : span[1]]
            head = ""
            if family == "anaphor":
                head = (match.group("head") or match.group("ru") or "").lower()
                if head.startswith("council"):
                    head = "council"
            before = text[max(start, span[0] - 30) : span[0]]
            when = ""
            if _NEXT.search(phrase) or re.search(
                r"\b(?:next|upcoming|forthcoming)\s*$", before, _I
            ):
                when = "next"
            elif _LAST.search(phrase) or re.search(r"\b(?:last|previous)\s*$", before, _I):
                when = "last"
            taken.append(span)
            found.append(
                Mention(
                    span[0], span[1], family, role, _org_in(phrase), when,
                    bool(_PLURAL.search(phrase)), head,
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


_TABLE: dict[tuple[str, str], Body] = {
    ("cfm", CIS): Body.CIS_CFM,
    ("cfm", SCO): Body.SCO_CFM,
    ("cfm", CSTO): Body.CSTO_CFM,
    ("cfm", CA_RUSSIA): Body.CA_RUSSIA_FM,
    ("chs", CIS): Body.CIS_CHS,
    ("chs", EAEU): Body.EAEU_SEC,
    ("summit", CIS): Body.CIS_CHS,
    ("summit", EAEU): Body.EAEU_SEC,
    ("chg", CIS): Body.CIS_CHG,
    ("chg", EAEU): Body.EAEU_IC,
}


def body_of(family: str, org: str | None) -> Body | None:
    """The body of a phrase family and organisation, or ``None`` outside the vocabulary."""
    if family == "sec":
        return Body.EAEU_SEC
    if family == "ic":
        return Body.EAEU_IC
    if org is None:
        return None
    return _TABLE.get((family, org))
