"""Organisations: whose council or summit a phrase names (CIS, SCO, CSTO, EAEU ...).

The same words serve several organisations, so a mention's organisation comes from the
phrase itself ("CIS Council ...", "Council of Foreign Ministers (CFM) of the CIS"), from right
next to it (:func:`organisation_near`), or from the organisation the article names most
(:func:`count_organisations`).  :func:`body_of` turns a family of phrases and an organisation
into a :class:`~cischronicle.values.Body`, or nothing outside the vocabulary.
"""

from __future__ import annotations

import re
from collections import Counter

from ..values import Body

__all__ = [
    "CA_RUSSIA",
    "CIS",
    "CSTO",
    "EAEU",
    "SCO",
    "body_of",
    "count_organisations",
    "org_in",
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


_ORG_WORDS: list[tuple[str, re.Pattern[str]]] = [
    (org, re.compile(word))
    for org, word in (
        (CIS, "CIS"), (CIS, "Commonwealth"), (CIS, "СНГ"), (CIS, "Содружеств"),
        (SCO, "SCO"), (SCO, "Shanghai Cooperation Organi"), (SCO, "ШОС"),
        (CSTO, "CSTO"), (CSTO, "Collective Security Treaty Organi"), (CSTO, "ОДКБ"),
        (EAEU, "EAEU"), (EAEU, "EAEC"), (EAEU, "Eurasian Economic Union"), (EAEU, "ЕАЭС"),
    )
]  # fmt: skip


_ORG_OF_WORD = {word.pattern: org for org, word in _ORG_WORDS}
# All the words at once, literal-led (a fast scan); longest first, though no two words of the
# list can match at the same position.
_ANY_ORG_WORD = re.compile("|".join(map(re.escape, sorted(_ORG_OF_WORD, key=len, reverse=True))))


_CA_WORDS = re.compile(r"Central\s+Asia|Центральн\w+\s+Ази")
# The "ca" branch of _ORG alone, led by literals so that the scan skips ahead (the word start
# before the Russian names is checked right after them: same matches, much faster).  No other
# organisation's name can overlap one of these, so scanning for them alone finds what _ORG finds.
_CA = re.compile(
    r"Central\s+Asian?\s*[\"”“»«]?\s*[-–—+]\s*[\"”“«»]?\s*Russia(?:n\s+Federation)?"
    r"|Russia\s*[-–—+]\s*Central\s+Asia|Центральная(?<!\wЦентральная)\s+Азия\s*[-–—+]\s*Россия"
    r"|Россия(?<!\wРоссия)\s*[-–—+]\s*Центральная\s+Азия|six-party\s+format|six\s+states"
)


def count_organisations(text: str) -> Counter[str]:
    """How often each organisation is named in the text (acronyms as whole words)."""
    counts: Counter[str] = Counter()
    for org, word in _ORG_WORDS:
        literal = word.pattern  # a plain word: str.count counts its matches
        found = text.count(literal)
        if not found:
            continue
        if not literal.isupper():
            counts[org] += found
            continue
        at = text.find(literal)
        while at != -1:  # an acronym counts only as a whole word
            before = text[at - 1] if at else " "
            after = text[at + len(literal)] if at + len(literal) < len(text) else " "
            if not (before.isalpha() or after.isalpha()):
                counts[org] += 1
            at = text.find(literal, at + len(literal))
    if _CA_WORDS.search(text):
        # No other organisation's name can overlap a "ca" one, so _CA alone finds the "ca"
        # matches of _ORG.
        for _ in _CA.finditer(text):
            counts[CA_RUSSIA] += 1
    return counts


def org_in(text: str) -> str | None:
    """The first organisation named in ``text``, else ``None``."""
    best: tuple[int, str] | None = None
    search = _ANY_ORG_WORD.search
    match = search(text)
    while match is not None:
        # The earliest clean word: no two words match at one position, and a rejected
        # acronym ("CISCO") is passed by one character only, so no later word is skipped.
        word = match.group(0)
        at, end = match.span()
        if not word.isupper() or (
            (at == 0 or not text[at - 1].isalpha())
            and (end == len(text) or not text[end].isalpha())
        ):
            best = (at, _ORG_OF_WORD[word])
            break
        match = search(text, at + 1)
    if "entral" in text or "ентральн" in text or "six" in text:
        # _CA first: much faster, and without a "ca" name _ORG has no "ca" match either.
        match = _ORG.search(text) if _CA.search(text) is not None else None
        if (
            match is not None
            and match.lastgroup == "ca"
            and (best is None or match.start() < best[0])
        ):
            best = (match.start(), CA_RUSSIA)
    return None if best is None else best[1]


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
    inside = org_in(text[start:end])
    if inside is not None:
        return inside
    before = _ORG_BEFORE.search(text, max(0, start - 8), start)
    if before is not None:
        return org_in(before.group(0))
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
        return org_in(russian.group(1))
    return None


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
