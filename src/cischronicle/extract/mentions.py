"""Mentions: the phrases of a sentence that name a meeting or a body that meets.

The vocabulary (``lexicon/bodies.toml``) lists words of five kinds: organisations, council
names, the people who meet ("foreign ministers"), meeting nouns ("session", "summit") and glue
words.  Each is compiled once into one pattern.  A sentence's matches ("atoms") that stand next
to each other, with only glue words between them, make one mention: "a meeting of the Council
of CIS Foreign Ministers" is a meeting noun, glue, an organisation and participants, so it
names (cis, cfm), the CIS Council of Foreign Ministers.  A mention that names a family but no
organisation takes the organisation named elsewhere in its sentence, else none (the meeting
stage resolves it against the article's topic); an organisation outside the vocabulary makes
the mention ``other``, never one of ours.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

import attrs

from ..values import Body, load_lexicon
from .model import Document, Mention, MentionKind, Sentence
from .text import russian_morphology, russian_readings
from .timex import is_calendar_name

__all__ = [
    "Vocabulary",
    "body_of",
    "formats",
    "find_mentions",
    "names_body",
    "organisations_in",
    "vocabulary",
]


@attrs.frozen
class _Atom:
    start: int
    end: int
    kind: str  # org, council, named, part, weak, split, event
    value: str  # organisation, family, slug, or event family ("meeting" / "chs")


@attrs.frozen
class Vocabulary:
    """The bodies' words compiled: one pattern for all atoms, one for glue, the body table."""

    atoms: re.Pattern[str]
    """All atoms as one alternation: the plain definition :func:`_atoms` must agree with."""
    groups: tuple[tuple[str, str], ...]
    """For each named group ``g<i>`` of :attr:`atoms`, its kind and value."""
    starts: dict[str, tuple[tuple[int, re.Pattern[str]], ...]]
    """The phrases a word can start, by the word's first two letters in lower case: (group
    index, the phrase's own pattern), longest phrase first.  See :func:`_atoms`."""
    glue: re.Pattern[str]
    bodies: dict[tuple[str, str], Body]
    complement_stop: frozenset[str]
    function_words: frozenset[str]
    format_after: re.Pattern[str]
    format_before: re.Pattern[str]
    partner: re.Pattern[str]
    unlisted: re.Pattern[str]
    unlisted_of: re.Pattern[str]
    """Right before an organisation: a council named by its own words and "of" ("the Economic
    Council of the CIS"), one the vocabulary does not list."""
    this_format: re.Pattern[str]
    possessive: re.Pattern[str]
    whose: re.Pattern[str]
    tails: dict[str, str]
    """The words that end a split mention of people ("heads of CIS member *states*"), each
    with the family it gives."""


def _phrase(phrase: str) -> str:
    """The pattern of a phrase: words joined by spaces or hyphens, ``*`` any word ending."""
    words = re.split(r"[\s]+", phrase.strip())
    parts = []
    for word in words:
        if word in ("-", "+"):
            parts.append(r"\s*[-–—+]\s*")
            continue
        stem = word.rstrip("*")
        body = r"[-\s]+".join(re.escape(p) for p in stem.split("-"))
        body = body.replace("'", "['’]?")
        parts.append(body + (r"\w*" if word.endswith("*") else ""))
    pattern = ""
    for index, part in enumerate(parts):
        if index and not parts[index - 1].endswith(r"\s*") and not part.startswith(r"\s*"):
            pattern += r"\s+"
        pattern += part
    return pattern


def _alternation(phrases: Iterable[str]) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(_phrase(p) for p in ordered)


@functools.cache
def formats() -> frozenset[str]:
    """The organisations that are a format of meetings with no council of their own.

    "Central Asia + Russia": a council's name ("the Council of Foreign Ministers") is never
    theirs.
    """
    return frozenset(load_lexicon("bodies")["formats"]["organisations"])


@functools.cache
def _before(key: str) -> re.Pattern[str]:
    """A word of the grammar table ``key`` before a mention, at most one word between.

    "Their bilateral meeting", "двусторонняя встреча" (``bilateral``), "a preparatory meeting"
    (``auxiliary``), "deputy foreign ministers" (``deputies``).
    """
    data = load_lexicon("bodies")
    return re.compile(r"(?i)(?<![\w-])(?:" + _alternation(data["grammar"][key])
                      + r")\s+(?:[\w-]+\s+)?$")


@functools.cache
def vocabulary() -> Vocabulary:
    """The compiled vocabulary of bodies (read from the package's lexicon once)."""
    data = load_lexicon("bodies")
    branches: list[tuple[str, str, str, bool]] = []  # kind, value, pattern, exact case

    def add(kind: str, table: dict[str, list[str]], *, exact: bool = False) -> None:
        for value, phrases in table.items():
            for phrase in phrases:
                pattern = re.escape(phrase) if exact else _phrase(phrase)
                branches.append((kind, value, pattern, exact))

    add("named", data["named_bodies"])
    add("council", data["councils"])
    add("council", data["council_acronyms"], exact=True)
    add("part", data["participants"])
    add("weak", data["weak_participants"])
    split = data["split_participants"]
    add("split", {key: value for key, value in split.items() if key != "tails"})
    add("org", data["organisations"])
    add("org", data["organisation_descriptions"])
    add("org", data["acronyms"], exact=True)
    add("event", data["events"])
    # One branch per phrase, the longest first: "heads of state and government" before
    # "heads of state" (an alternation takes the first branch that matches, not the longest).
    branches.sort(key=lambda branch: len(branch[2]), reverse=True)
    pieces, groups = [], []
    for index, (kind, value, pattern, exact) in enumerate(branches):
        body = pattern if exact else f"(?i:{pattern})"
        pieces.append(f"(?P<g{index}>{body})")
        groups.append((kind, value))
    atoms = re.compile(r"(?<![\w-])(?:" + "|".join(pieces) + r")(?![\w])")
    starts: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
    for index, (_, _, pattern, exact) in enumerate(branches):
        phrase = re.compile(pattern + r"(?![\w])", 0 if exact else re.IGNORECASE)
        for key in _start_keys(pattern):
            starts.setdefault(key, []).append((index, phrase))
    glue_words = data["glue"]["words"]
    glue = re.compile(
        r"(?i:(?:[\s,()'’\"«»“”]|(?<![\w-])(?:" + _alternation(glue_words) + r")(?!\w))*)"
    )
    bodies = {
        tuple(key.split()): Body(slug) for key, slug in data["bodies"].items()
    }
    grammar = data["grammar"]
    return Vocabulary(atoms, tuple(groups), {k: tuple(v) for k, v in starts.items()}, glue,
                      bodies, frozenset(grammar["complement_stop"]),
                      frozenset(grammar["function_words"]),
                      re.compile(r"(?i)[\s'’\"«»“”]{0,3}(?:" + _alternation(grammar["format_after"])
                                 + r")(?!\w)"),
                      re.compile(r"(?i)(?<!\w)(?:" + _alternation(grammar["format_before"])
                                 + r")[\s'’\"«»“”]{0,3}$"),
                      re.compile(r"(?i)\s+((?:" + _alternation(grammar["partner_prepositions"])
                                 + r")\s+[^\W\d_][\w-]*)"),
                      re.compile(r"\s+(?:[A-Z][\w-]+\s+){0,3}(?:"
                                 + _alternation(grammar["unlisted_heads"]) + r")\b"),
                      re.compile(r"(?<![\w-])[A-Z][\w-]+\s+(?:[A-Z][\w-]+\s+){0,2}(?:"
                                 + _alternation(grammar["unlisted_heads"])
                                 + r")\s+of\s+(?:the\s+)?$"),
                      re.compile(r"(?i)\s+(?:\w+\s+){0,2}?(?:"
                                 + _alternation(grammar["this_format"]) + r")(?!\w)"),
                      re.compile(r"(?i)(?<!\w)(?:" + _alternation(grammar["possessives"])
                                 + r")\s+(?:[\w-]+\s+){0,2}$"),
                      re.compile(r"(?i),\s*(?:" + _alternation(grammar["relative_possessives"])
                                 + r")\s+(?:[\w-]+\s+)?$"),
                      {word: family for family, words in split["tails"].items()
                       for word in words})  # fmt: skip


def body_of(organisation: str | None, family: str | None) -> Body | None:
    """The body of an organisation's council of a family, or ``None`` outside the vocabulary."""
    if organisation is None or family is None:
        return None
    return vocabulary().bodies.get((organisation, family))


_WORD_START = re.compile(r"(?<![\w-])[^\W_]")
_PHRASE_START = re.compile(r"[^\W_]{1,2}")


def _start_keys(pattern: str) -> tuple[str, ...]:
    """The lower-case first two letters a phrase's pattern starts with.

    One letter for a word of one letter; every pattern starts with an escaped literal word.
    """
    word = _PHRASE_START.match(re.sub(r"\\(.)", r"\1", pattern))
    assert word is not None, pattern
    return (word.group(0).lower(),)


def _atoms(text: str, start: int, end: int) -> list[_Atom]:
    """The vocabulary's phrases in ``text[start:end]``, leftmost first, each the longest there.

    The same matches as ``vocabulary().atoms.finditer`` (a property test holds them equal):
    only a word start can start a phrase, so each word start tries only the phrases that begin
    with its first letters, in the alternation's order.
    """
    vocab = vocabulary()
    found: list[_Atom] = []
    resume = start
    for word in _WORD_START.finditer(text, start, end):
        at = word.start()
        if at < resume:
            continue
        head = text[at : at + 2].lower()
        candidates = [*vocab.starts.get(head, ()), *vocab.starts.get(head[:1], ())]
        if len(candidates) > 1:
            candidates.sort(key=lambda pair: pair[0])
        for index, phrase in candidates:
            match = phrase.match(text, at, end)
            if match is not None:
                kind, value = vocab.groups[index]
                found.append(_Atom(at, match.end(), kind, value))
                resume = match.end()
                break
    return found


def _atoms_by_alternation(text: str, start: int, end: int) -> list[_Atom]:
    """:func:`_atoms` by the one alternation (its definition, kept for tests)."""
    vocab = vocabulary()
    found = []
    for match in vocab.atoms.finditer(text, start, end):
        name = match.lastgroup
        assert name is not None
        kind, value = vocab.groups[int(name[1:])]
        found.append(_Atom(match.start(), match.end(), kind, value))
    return found


def organisations_in(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """The organisations named in ``text[start:end]``: (offset, organisation), in order."""
    stop = len(text) if end is None else end
    found = []
    for atom in _atoms(text, start, stop):
        if atom.kind == "org":
            found.append((atom.start, atom.value))
        elif atom.kind == "named":
            found.append((atom.start, "eaeu"))
    return found


_MAX_GAP = 40
_COUNCIL_OF = re.compile(r"(?i)(?:council|совет\w*)\s+(?:of\s+)?(?:the\s+)?$")
_COMMA_GAP = re.compile(r",")
_ARTICLE = re.compile(r"(?i)(?<!\w)(?:the|a|an|this|that|its|their)(?!\w)")
_LINK = re.compile(r"(?i)(?<!\w)(?:of|between|among|with|from|in)(?!\w)|['’(]")


def _joined(text: str, left: _Atom, right: _Atom) -> bool:
    """Whether only glue stands between two atoms (so they name one thing)."""
    if right.start - left.end > _MAX_GAP:
        return False
    gap = text[left.end : right.start]
    if _COMMA_GAP.search(gap) and "(" not in gap:
        return False
    if _ARTICLE.search(gap) and not _LINK.search(gap) and left.kind != "split":
        return False  # "ahead of the summit the foreign ministers": two noun phrases
    match = vocabulary().glue.match(gap)
    if match is None or match.end() != len(gap):
        return False
    # "накануне саммита министры ...": people after a meeting noun are its complement only in
    # the genitive plural ("заседание министров", "встреча глав"); otherwise ("министры",
    # "главы") they start a noun phrase of their own
    return not (left.kind == "event" and right.kind == "part" and _no_genitive_plural(text, right))


def _no_genitive_plural(text: str, atom: _Atom) -> bool:
    """Whether a Russian atom's first word cannot be a genitive plural ("главы", "министры")."""
    word = _FIRST_RU_WORD.match(text, atom.start)
    if word is None:
        return False
    readings = russian_readings(word.group(0))
    return bool(readings) and not any({"gent", "plur"} <= r for r in readings)


_FIRST_RU_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)


def _group(text: str, atoms: list[_Atom]) -> list[list[_Atom]]:
    groups: list[list[_Atom]] = []
    for atom in atoms:
        if groups and _joined(text, groups[-1][-1], atom):
            groups[-1].append(atom)
        else:
            groups.append([atom])
    return groups


_PLURAL_EN = re.compile(r"(?i)(?<!s)s$")


def _plural(head: str) -> bool:
    """Whether a meeting noun is plural ("sessions", "заседаний"; "talks" names one meeting)."""
    words = head.split() or [head]
    if "а" <= words[0][:1].lower() <= "я" or words[0][:1].lower() == "ё":
        word = words[0]  # the noun heads its phrase: "встречи в верхах"
        # plural in every reading: "заседаний", not "встречи" (also "of a meeting")
        nouns = [p.tag for p in russian_morphology().parse(word.lower()) if "NOUN" in p.tag]
        return bool(nouns) and all("plur" in tag for tag in nouns)
    word = words[-1]  # the noun ends its phrase: "summit meetings"
    return word.lower() != "talks" and _PLURAL_EN.search(word) is not None


def _mention(
    text: str, sentence: Sentence, group: list[_Atom], orgs: list[str], verbs: Sequence[int] = ()
) -> Mention | None:
    group = _split_resolved(text, group)
    if not group:
        return None
    kinds = {a.kind for a in group}
    own_orgs = [a.value for a in group if a.kind == "org"]
    # "the CIS Inter-Parliamentary Assembly": a body of its own, not the Commonwealth's council;
    # so is a council the vocabulary does not list, named right after the organisation ("a
    # session of the CSTO Permanent Council")
    unlisted = group[-1].kind == "org" and vocabulary().unlisted.match(text, group[-1].end)
    organisation = "other" if "other" in own_orgs or unlisted else (
        own_orgs[0] if own_orgs else None
    )  # fmt: skip
    named = next((a for a in group if a.kind == "named"), None)
    council = next((a for a in group if a.kind == "council"), None)
    part = next((a for a in group if a.kind in ("part", "weak")), None)
    events = [a for a in group if a.kind == "event"]
    start, end = group[0].start, max(a.end for a in group)
    council_of = _COUNCIL_OF.search(text, max(sentence.start, start - 20), start)
    if council_of is not None and council is None and (part is not None or events):
        start = council_of.start()  # "the Council of CIS Heads of State": a council by name
    head_atom = events[0] if events else (council or named or part or group[0])
    head = text[head_atom.start : head_atom.end].lower()
    # of meetings ("ministerial meetings": the noun ends an English phrase); "ministers" are people
    plural = bool(events) and _plural(text[events[0].start : events[-1].end].lower())
    if named is not None:
        return Mention(start, end, sentence.index, MentionKind.NAME, Body(named.value),
                       head=head, family=None, organisation="eaeu")  # fmt: skip
    family = council.value if council else (part.value if part else None)
    if family is None:
        family = next((a.value for a in events if a.value != "meeting"), None)
    if kinds <= {"org"}:
        return None
    if part is not None and not events and council is None and _before("deputies").search(
        text, max(sentence.start, start - 16), start
    ):
        # "deputy foreign ministers": the council's people's deputies, who meet on their own
        return Mention(start, end, sentence.index, MentionKind.PARTICIPANTS, None, other=True,
                       plural=plural, head=head, organisation="other")  # fmt: skip
    serving = (
        _before("auxiliary").search(text, max(sentence.start, start - 30), start)
        if kinds == {"event"} else None
    )  # fmt: skip
    if serving is not None:
        # "a preparatory meeting": one that serves a council's, not its session
        return Mention(start, end, sentence.index, MentionKind.EVENT, None, plural=plural,
                       head=head, family=family, complement=serving.group(0).strip())  # fmt: skip
    if kinds == {"event"} and _before("bilateral").search(
        text, max(sentence.start, start - 30), start
    ):
        # "their bilateral meeting", "двусторонняя встреча": of two states, no council's
        return Mention(start, end, sentence.index, MentionKind.EVENT, None, plural=plural,
                       head=head, family=family, complement="bilateral")  # fmt: skip
    modifier = _proper_modifier(text, sentence.start, start) if kinds == {"event"} else None
    if modifier is not None:
        # "the EU-Russia summits", "the Supreme Council's next meeting": a meeting of what the
        # name names (the meeting stage tells whether that is one of ours)
        return Mention(start, end, sentence.index, MentionKind.EVENT, None, plural=plural,
                       head=head, family=family, complement=modifier)  # fmt: skip
    if kinds == {"event"}:
        # The complement ends before the clause's verb: "the meeting of the council took place".
        limit = min([v for v in verbs if v >= end], default=sentence.end)
        complement = _complement(text, end, limit)
        if complement is not None:
            # "meetings of seven sectoral bodies", "заседание Высшего совета": of something
            return Mention(start, end, sentence.index, MentionKind.EVENT, None, plural=plural,
                           head=head, family=family, complement=complement)  # fmt: skip
    if part is not None and part.kind == "weak" and organisation is None and not events:
        owner = _OWNER_BEFORE.search(text, max(sentence.start, start - _OWNER_REACH), start)
        if owner is not None and stands_for_organisation(owner.group(1)):
            # "the bloc's leaders": the people of the organisation the article is about (the
            # complement says whose); "the union's presidents": that one's
            own = organisation_of_noun(owner.group(1))
            body = None if own is None else body_of(own, family)
            return Mention(start, end, sentence.index, MentionKind.PARTICIPANTS, body,
                           plural=plural, head=head, family=family, organisation=own,
                           other=own is not None and body is None,
                           complement=None if own else owner.group(1).lower())  # fmt: skip
        # "leaders", "presidents": anyone's, unless an organisation is named beside them.  Kept
        # as a mention of nobody's, so that a verb after them is not given a meeting before them.
        return Mention(start, end, sentence.index, MentionKind.PARTICIPANTS, None, other=True,
                       plural=plural, head=head, family=family)  # fmt: skip
    if organisation is None and family is not None and len(set(orgs)) == 1:
        organisation = orgs[0]  # the one organisation the sentence names
    if council is not None or council_of is not None or (
        organisation is not None and (events or part)
    ):
        kind = MentionKind.NAME
    elif part is not None and not events:
        kind = MentionKind.PARTICIPANTS
    else:
        kind = MentionKind.EVENT  # "the summit of the heads of state": a meeting of people
    if part is not None and not events and council is None and council_of is None:
        kind = MentionKind.PARTICIPANTS
    other = organisation == "other"
    body = None if other else body_of(organisation, family)
    if body is None and family is None and not other and events and _as_format(text, group):
        body = _single_council(organisation)  # "встреча в формате «Центральная Азия – Россия»"
    if organisation is not None and not other and family is not None and body is None:
        other = True  # a council of ours outside the vocabulary (an SCO summit)
    return Mention(start, end, sentence.index, kind, body, other=other, plural=plural,
                   head=head, family=family, organisation=organisation)  # fmt: skip


_OWNER_REACH = 24
_FIRST_WORD = re.compile(r"\s+(?:the\s+)?([^\W\d_]+)")
_NEXT = re.compile(r"\s*([^\W\d_]+)")
_TAIL_WORD = re.compile(r"([^\W\d_]+)[\s'’]*$")


def _split_resolved(text: str, group: list[_Atom]) -> list[_Atom]:
    """The group with its split people ("heads of") made whole by the word after the glue.

    "Heads of CIS member states": the glue after the organisation ends in "states", so the
    group's people are heads of state and the mention runs to that word; so does "the Heads of
    States of the Commonwealth", where the word comes first.  A split part with no
    such word after it names no council and is left out ("the heads of delegations").
    """
    split = next((a for a in group if a.kind == "split"), None)
    if split is None:
        return group
    rest = [a for a in group if a is not split]
    if any(a.kind in ("part", "weak", "council", "named") for a in rest):
        return rest  # the family is named whole elsewhere
    vocab = vocabulary()
    first = _FIRST_WORD.match(text, split.end)
    if first is not None and first.group(1).lower() in vocab.tails:
        # "the Heads of States of the Commonwealth": the word comes first
        family = vocab.tails[first.group(1).lower()]
        whole = _Atom(split.start, first.end(1), "part", family)
        return sorted([whole, *rest], key=lambda a: a.start)
    if not any(a.kind == "org" for a in rest):
        return rest
    glue = vocab.glue.match(text, group[-1].end)
    reach = glue.end() if glue else group[-1].end
    # the glue's last word ("member states"), else the word right after it ("governments")
    tails = (_TAIL_WORD.search(text, group[-1].end, reach), _NEXT.match(text, reach))
    tail = next((t for t in tails if t is not None and t.group(1).lower() in vocab.tails), None)
    if tail is None:
        return rest
    family = vocab.tails[tail.group(1).lower()]
    whole = _Atom(split.start, tail.end(1), "part", family)
    return sorted([whole, *rest], key=lambda a: a.start)


_OF = re.compile(r"\s+(?:of|between|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(\w[\w-]*)")
_NEXT_WORD = re.compile(r"\s+([а-яёА-ЯЁ][а-яё-]*)")


_COMPLEMENT_WORDS = re.compile(r"[^\W\d_][\w-]*")


def _complement(text: str, end: int, limit: int) -> str | None:
    """What a bare meeting noun is of, when that is no body of the vocabulary.

    English: "of" and a phrase that does not start with a word of the vocabulary ("meetings of
    seven sectoral bodies", "the meeting of the Economic Council of the CIS"); Russian: a noun
    or adjective in the genitive right after it ("заседание комиссии", "заседание Высшего
    совета").  The first three words of it, in lower case.
    """
    partner = vocabulary().partner.match(text, end, limit)
    if partner is not None:
        return partner.group(1).lower()  # "talks with his Kyrgyz counterpart": a bilateral one
    match = _OF.match(text, end, limit)
    if match is None:
        match = _NEXT_WORD.match(text, end, limit)
        if match is None or not _genitive_noun(match.group(1).lower()):
            return None
        match = _NEXT_WORD.match(text, end, limit)
    assert match is not None
    first = vocabulary().atoms.match(text, match.start(1))
    if first is not None:
        return None  # the complement starts with a word of the vocabulary: its own mention
    owner = _OWNER.match(text, match.start(1))
    if owner is not None and stands_for_organisation(owner.group(1)) and (
        vocabulary().atoms.match(text, owner.end())
    ):  # fmt: skip
        return None  # "a summit of the bloc's heads of state": of the people after it
    words = _COMPLEMENT_WORDS.findall(text, match.start(1), min(limit, match.start(1) + 60))
    kept: list[str] = []
    for word in words[:4]:
        low = word.lower()
        if low in _JOINERS and kept and len(kept) < 3:
            continue  # "of foreign and defence ministers": one phrase of two modifiers
        out_of_genitive = kept and _is_cyrillic(low) and not _genitive_noun(low)
        if low in vocabulary().complement_stop or out_of_genitive or len(kept) == 3:
            break  # the phrase ends at a verb, a preposition, or a word out of the genitive
        kept.append(low)
    return " ".join(kept)


_JOINERS = frozenset(("and", "и"))
_OWNER = re.compile(r"([^\W\d_]+)['’]s?\s+")
_OWNER_BEFORE = re.compile(_OWNER.pattern + "$")
"""The same possessive, right before a mention ("the bloc's leaders")."""
"""A possessive ("the bloc's "), its noun first: what owns the words after it."""



def _is_cyrillic(word: str) -> bool:
    return any("а" <= c <= "я" or c == "ё" for c in word)


_MODIFIER = re.compile(
    r"((?:[A-ZА-ЯЁ][\w.]*\s+){0,2}[A-ZА-ЯЁ][\w.]*(?:-[A-ZА-ЯЁ][\w.]*)*)(?:[’']s?)?"
    r"(?:\s+(?:next|last|previous|upcoming|forthcoming|first|second|informal|regular))?\s+$"
)


def _proper_modifier(text: str, low: int, start: int) -> str | None:
    """The proper name modifying a bare meeting noun, when it is not a place, in lower case.

    "The U.S.-Russia summits": "u.s. russia"; "the Supreme Council's meeting": "supreme
    council"; ``None`` for none, a place ("the Minsk summit") or a headline's capitals.
    """
    match = _MODIFIER.search(text, max(low, start - 40), start)
    if match is None or _title_case(text, low, start):
        return None  # "At Meeting In Dushanbe": a headline's capitals name nothing
    names = match.group(1).split()
    at = match.start(1)
    while names and (names[0].lower() in vocabulary().function_words
                     or is_calendar_name(names[0].rstrip("'’s"))):  # fmt: skip
        # "last October's summit" is dated, not named
        at = text.index(names[0], at) + len(names[0])
        names = names[1:]
    if not names or not text[low : text.index(names[0], at)].strip():
        return None  # nothing left, or the first word of the sentence (capitalised anyway)
    from .places import place_named  # the gazetteer: "the Minsk summit" is placed, not named

    parts = [p for name in names for p in name.split("-")]
    if any((place := place_named(p)) is not None and place.city is not None for p in parts):
        return None  # a city names the venue; countries name the parties ("Russia-China")
    return " ".join(p.lower().rstrip("'’s") if p.endswith(("'s", "’s")) else p.lower()
                    for p in parts)  # fmt: skip


_CAPITALISED = re.compile(r"\b[A-ZА-ЯЁ]")
_WORD = re.compile(r"\b\w")


def _title_case(text: str, low: int, high: int) -> bool:
    """Whether most words before ``high`` in the sentence are capitalised (a headline)."""
    words = len(_WORD.findall(text, low, high))
    return words >= 3 and len(_CAPITALISED.findall(text, low, high)) * 3 >= words * 2


def names_organisation(words: str, organisation: str) -> bool:
    """Whether every word of ``words`` (but small ones) begins like one of the organisation's.

    "организации", "Содружества", "of the Commonwealth" name an organisation, not a council.
    """
    stems = _organisation_stems().get(organisation, frozenset())
    wanted = [w[:4] for w in words.lower().split() if len(w) > 3]
    return bool(wanted) and all(w in stems for w in wanted)


def partner_before(text: str, start: int) -> bool:
    """Whether a partner preposition stands right before ``start``.

    "With the ministers", "с главой МИД": the people after it are someone's partners, not who
    acts.
    """
    return _partner_before().search(text, max(0, start - _PARTNER_REACH), start) is not None


_PARTNER_REACH = 12


def _partner_before() -> re.Pattern[str]:
    return _preposition_before("partner_prepositions", r"(?:the\s+|his\s+|her\s+|their\s+)?")


@functools.cache
def _preposition_before(key: str, between: str) -> re.Pattern[str]:
    """One of the grammar's ``key`` prepositions, then ``between``, ending where it is searched."""
    prepositions = load_lexicon("bodies")["grammar"][key]
    return re.compile(r"(?i)(?<![\w-])(?:" + _alternation(prepositions) + r")\s+" + between + "$")


def object_of_preposition(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the noun of a preposition, so no subject.

    "Committed to the UN Charter", "approved drafts for the CSTO Collective Security Council":
    up to two capitalised words (the organisation's name or acronym) may stand between.
    """
    return _object_before().search(text, max(0, start - _OBJECT_REACH), start) is not None


_OBJECT_REACH = 40


def _object_before() -> re.Pattern[str]:
    # up to two capitalised words (a name or an acronym) between the preposition and the name
    return _preposition_before(
        "object_prepositions", r"(?:the\s+)?(?-i:(?:[A-ZА-ЯЁ][\w-]*\s+){0,2})"
    )


def stands_for_organisation(words: str) -> bool:
    """Whether ``words`` end in a noun that stands for an organisation it does not name.

    "the bloc", "the post-Soviet grouping", "организации": the article's organisation.
    """
    last = words.lower().split()[-1:]
    return bool(last) and _organisation_nouns().fullmatch(last[0]) is not None


def organisation_of_noun(word: str) -> str | None:
    """The one organisation a noun stands for, if it stands for one ("union": ``eaeu``)."""
    for organisation, pattern in _organisation_nouns_of().items():
        if pattern.fullmatch(word.lower()):
            return organisation
    return None


@functools.cache
def _organisation_nouns_of() -> dict[str, re.Pattern[str]]:
    table = load_lexicon("bodies")["anaphora"]["organisation_nouns_of"]
    return {organisation: re.compile("|".join(
        re.escape(n.rstrip("*")) + (r"\w*" if n.endswith("*") else "") for n in nouns
    )) for organisation, nouns in table.items()}  # fmt: skip


@functools.cache
def _organisation_nouns() -> re.Pattern[str]:
    data = load_lexicon("bodies")
    nouns = data["anaphora"]["organisation_nouns"]
    return re.compile("|".join(
        re.escape(n.rstrip("*")) + (r"\w*" if n.endswith("*") else "") for n in nouns
    ))  # fmt: skip


@functools.cache
def _organisation_stems() -> dict[str, frozenset[str]]:
    """The four-letter beginnings of the words that name each organisation."""
    data = load_lexicon("bodies")
    return {
        organisation: frozenset(
            w.rstrip("*").lower()[:4] for p in phrases for w in p.split() if len(w) > 3
        )
        for organisation, phrases in data["organisations"].items()
    }


def names_body(words: str, body: Body) -> bool:
    """Whether every word of ``words`` (but small ones) begins like a word of a name of ``body``.

    "высшего совета" names the Supreme Eurasian Economic Council in short; "seven sectoral
    bodies" names no body of ours.
    """
    stems = _body_stems().get(body, frozenset())
    wanted = [w for w in words.split() if len(w) > 3]
    organisation = organisation_and_family(body)[0]
    if any(_acronym_organisation().get(w, organisation) != organisation for w in words.split()):
        return False  # "экономического совета снг": another organisation's acronym
    return bool(wanted) and all(w[:_STEM] in stems or w[:4] in stems for w in wanted)


_STEM = 5


@functools.cache
def organisation_and_family(body: Body) -> tuple[str, str]:
    """The organisation and the family the vocabulary pairs into ``body`` (cis, cfm)."""
    return next(key for key, b in vocabulary().bodies.items() if b is body)


@functools.cache
def _acronym_organisation() -> dict[str, str]:
    """Each organisation's acronym in lower case, and the organisation ("снг": ``cis``)."""
    data = load_lexicon("bodies")
    return {acronym.lower(): organisation for organisation, acronyms in data["acronyms"].items()
            for acronym in acronyms}  # fmt: skip


@functools.cache
def _body_stems() -> dict[Body, frozenset[str]]:
    """The beginnings (five letters, or a four-letter word) of the words that name each body.

    Five, not four: "commission" does not begin like "Commonwealth" (lexicon/bodies.toml).
    """
    data = load_lexicon("bodies")
    stems: dict[Body, set[str]] = {}
    for key, slug in data["bodies"].items():
        organisation, family = key.split()
        phrases = [
            *data["councils"].get(family, ()), *data["participants"].get(family, ()),
            *data["organisations"].get(organisation, ()), *data["acronyms"].get(organisation, ()),
            *data["named_bodies"].get(slug, ()),
        ]  # fmt: skip
        words = {w.rstrip("*").lower()[:_STEM] for p in phrases for w in p.split()
                 if len(w.rstrip("*")) > 3}  # fmt: skip
        stems[Body(slug)] = words
    return {body: frozenset(words) for body, words in stems.items()}


@functools.lru_cache(maxsize=8192)
def _genitive_noun(word: str) -> bool:
    from .claims import morph_tags  # the one analyser of Russian words

    pos, case = morph_tags(word)
    return pos in ("NOUN", "ADJF") and case == "gent"


def other_names(doc: Document, sentence: Sentence) -> tuple[int, ...]:
    """Where the sentence names an organisation or body outside the vocabulary (offsets)."""
    return tuple(
        a.start for a in _atoms(doc.text, sentence.start, sentence.end)
        if a.kind == "org" and a.value == "other"
    )  # fmt: skip


def _adjective(text: str, atom: _Atom) -> bool:
    """Whether a meeting word stands as an adjective: a noun of rank or office after it.

    "Armenia was not represented at the ministerial level": no ministerial meeting.
    """
    events, nouns = _adjectival()
    if atom.kind != "event" or text[atom.start : atom.end].lower() not in events:
        return False
    word = _WORD_AFTER_ATOM.match(text, atom.end)
    return word is not None and word.group(1) in nouns


@functools.cache
def _adjectival() -> tuple[frozenset[str], frozenset[str]]:
    """The meeting words that are adjectives too, and the nouns that make them so."""
    grammar = load_lexicon("bodies")["grammar"]
    return frozenset(grammar["adjectival_events"]), frozenset(grammar["adjectival_nouns"])


_WORD_AFTER_ATOM = re.compile(r"[ \t]+([a-z][\w-]*)")


def find_mentions(
    doc: Document, sentence: Sentence, verbs: Sequence[int] = (), told: str | None = None,
    subject: Mention | None = None,
) -> tuple[Mention, ...]:
    """The mentions of meetings and bodies in one sentence, in text order.

    ``verbs`` are where the sentence's predicates start: what a meeting noun is "of" ends
    before them.  ``told`` is the organisation the story named last before the sentence: a
    bare meeting "in this format" is its.  ``subject`` is the first body the sentence before
    named: "Its next meeting" opening this one is that body's (if it is one of ours), and
    people opening it after another body's meeting are that meeting's.
    """
    text = doc.text
    atoms = [a for a in _atoms(text, sentence.start, sentence.end) if not _adjective(text, a)]
    if not atoms:
        return ()
    named = [(a.start, a.value) for a in atoms if a.kind == "org" and a.value != "other"]
    orgs = [value for _, value in named]
    groups = _group(text, atoms)
    found: list[Mention] = []
    for index, group in enumerate(groups):
        # the organisations the sentence names before the group or soon after it ("At the
        # Tashkent summit in May 1992, ..., the document that became the basis for today's
        # CSTO" names the CSTO only in passing)
        near = [value for at, value in named if at < group[-1].end + _ORGANISATION_AFTER]
        mention = _mention(text, sentence, group, near, verbs)
        if mention is None:
            mention = _coordinated_organisation(text, groups, index, found, sentence, orgs)
        if mention is None:
            continue
        if mention.family is not None and "+" in mention.family:
            # "the heads of state and government": one mention of each council
            for family in mention.family.split("+"):
                organisation = mention.organisation
                body = body_of(organisation, family)
                other = organisation == "other" or (organisation is not None and body is None)
                found.append(attrs.evolve(mention, family=family, body=body, other=other))
            continue
        found.append(mention)
    ours = subject if subject is not None and not subject.other else None
    found = _possessed(text, sentence, atoms, _formats(text, sentence, groups, found, verbs), ours)
    found = _people_of_the_meeting_before(text, sentence, found, subject)
    return tuple(_this_format(text, found, told))


_ORGANISATION_AFTER = 120
"""How far after a meeting noun the one organisation of its sentence may be named to be its."""
_OPENING_WORDS = re.compile(r"\W*(?:[\w-]+\s+){0,2}")
"""At most two words before a sentence's first mention: "The six presidents", "All leaders"."""


def _people_of_the_meeting_before(
    text: str, sentence: Sentence, found: list[Mention], subject: Mention | None
) -> list[Mention]:
    """People opening a sentence after one about another body's meeting are its people.

    "The Central Asia – Russia summit has wrapped up. The six presidents adopted a joint
    statement": those presidents are that summit's, not the CIS council's.
    """
    if (
        not found or subject is None or not subject.other or subject.family is None
        or subject.kind is MentionKind.PARTICIPANTS
    ):  # fmt: skip
        return found  # (people before are no meeting: "Presidents Putin and Tokayev attended")
    first = found[0]
    if (
        first.kind is MentionKind.PARTICIPANTS and first.organisation is None
        and first.family == subject.family
        and _OPENING_WORDS.fullmatch(text, sentence.start, first.start) is not None
    ):  # fmt: skip
        found[0] = attrs.evolve(first, organisation=subject.organisation or "other", body=None,
                                other=True)  # fmt: skip
    return found


_OF_THE_COUNCIL = re.compile(
    r"\s+(?i:of\s+the\s+council|совета)(?![\w-])(?!\s+[A-ZА-ЯЁ])"
)
"""Right after a bare meeting: "of the Council", "совета" with no name after it."""


def _possessed(
    text: str, sentence: Sentence, atoms: list[_Atom], found: list[Mention],
    subject: Mention | None = None,
) -> list[Mention]:  # fmt: skip
    """Bare meetings after a possessive, and people after "whose", given the owner named before.

    "The BRICS group ... is preparing for its own summit in Kazan": BRICS's summit, no
    meeting of ours; "The CIS Council of Foreign Ministers held its most recent meeting": the
    council's.  A possessive that opens the sentence ("Its next meeting is planned for April")
    points at the first body the sentence before named (``subject``).
    """
    for index, mention in enumerate(found):
        if mention.kind is MentionKind.PARTICIPANTS and mention.organisation is None and (
            vocabulary().whose.search(text, max(sentence.start, mention.start - 24),
                                      mention.start)
        ):  # fmt: skip
            # "the Collective Security Treaty Organization, whose leaders met": its leaders
            owner = [a.value for a in atoms if a.kind == "org" and a.end <= mention.start]
            if owner:
                body = None if owner[-1] == "other" else body_of(owner[-1], mention.family)
                found[index] = attrs.evolve(mention, organisation=owner[-1], body=body,
                                            other=body is None)  # fmt: skip
            continue
        if mention.kind is not MentionKind.EVENT or mention.organisation is not None or (
            mention.body is not None
        ):  # fmt: skip
            continue
        if subject is not None and _OF_THE_COUNCIL.match(text, mention.end) and not any(
            m.body is not None for m in found[:index]
        ):
            # "The next meeting of the Council ...", "Следующее заседание совета ...": the
            # council the sentence before named
            found[index] = attrs.evolve(mention, organisation=subject.organisation,
                                        body=subject.body, complement=None)  # fmt: skip
            continue
        if mention.complement is not None:
            continue
        possessive = vocabulary().possessive.search(
            text, max(sentence.start, mention.start - 24), mention.start
        )
        if possessive is None:
            continue
        named = [m for m in found[:index] if m.body is not None and not m.other
                 and m.kind is not MentionKind.EVENT]  # fmt: skip
        if not named and subject is not None and not text[sentence.start : possessive.start()
                                                        ].strip(" \"'«“(-—–"):
            named = [subject]
        if named:
            found[index] = attrs.evolve(mention, organisation=named[-1].organisation,
                                        body=named[-1].body)  # fmt: skip
            continue
        owner = [a.value for a in atoms if a.kind == "org" and a.end <= mention.start]
        if not owner:
            if not found[:index] and _NAMED_PAIR.search(text, sentence.start, possessive.start()):
                # "Mirziyoyev and Japarov at their previous meeting in Tashkent": the two
                # people's own meeting, no council's
                found[index] = attrs.evolve(mention, other=True)
            continue
        owner_atom = [a for a in atoms if a.kind == "org" and a.end <= mention.start][-1]
        other = owner[-1] == "other" or vocabulary().unlisted_of.search(
            text, max(sentence.start, owner_atom.start - _UNLISTED_REACH), owner_atom.start
        ) is not None  # "the Economic Council of the CIS ... holds its session": its own
        body = None if other else (
            body_of(owner[-1], mention.family) if mention.family else _single_council(owner[-1])
        )  # fmt: skip
        if not other and body is None and mention.family is None:
            continue  # "the Council ... will hold its next session": the antecedent's, as named
        # ("the SCO heads of state will hold their summit": the SCO's, a council of ours it has
        # not)
        found[index] = attrs.evolve(mention, organisation=owner[-1], body=body,
                                    other=other or body is None)  # fmt: skip
    return found


_UNLISTED_REACH = 60
"""How far before an organisation the name of a council "of" it may start."""
_NAMED_PAIR = re.compile(r"(?-i:[A-ZА-ЯЁ][\w-]+)\s+(?:and|и)\s+(?-i:[A-ZА-ЯЁ][\w-]+)")
"""Two names joined by "and": people whose possessive owns a meeting of their own."""


def _this_format(text: str, found: list[Mention], told: str | None) -> list[Mention]:
    """Bare meetings "in this format" given the organisation named before the sentence.

    "Накануне прошла встреча в формате «Центральная Азия — Россия». Стороны договорились
    провести следующую встречу в этом формате в Туркменистане": the next one is its too.
    """
    if told is None:
        return found
    for index, mention in enumerate(found):
        if mention.kind is not MentionKind.EVENT or mention.organisation is not None or (
            mention.body is not None
            or (mention.complement is not None and not _FORMAT_COMPLEMENT.match(mention.complement))
        ) or not vocabulary().this_format.match(text, mention.end):  # fmt: skip
            continue
        other = told == "other"
        body = None if other else (
            body_of(told, mention.family) if mention.family else _single_council(told)
        )  # fmt: skip
        found[index] = attrs.evolve(mention, organisation=told, body=body,
                                    other=other or body is None)  # fmt: skip
    return found


_FORMAT_REACH = 80
_FORMAT_COMPLEMENT = re.compile(r"(?i)(?:format|формат)\w*\b")
"""A complement that is the format itself ("of the format"): the format told before's."""


def _as_format(text: str, group: list[_Atom]) -> bool:
    """Whether the group's organisation is named as a format ("in the X format", "в формате X")."""
    vocab = vocabulary()
    return any(
        a.kind == "org" and (vocab.format_after.match(text, a.end)
                             or vocab.format_before.search(text, max(0, a.start - 20), a.start))
        for a in group
    )  # fmt: skip


def _single_council(organisation: str | None) -> Body | None:
    """The council of an organisation that has only one in the vocabulary, else ``None``."""
    councils = [b for (org, _), b in vocabulary().bodies.items() if org == organisation]
    return councils[0] if len(councils) == 1 else None


def _formats(
    text: str, sentence: Sentence, groups: list[list[_Atom]], found: list[Mention],
    verbs: Sequence[int],
) -> list[Mention]:  # fmt: skip
    """Bare meetings given their organisation by a format named after them.

    "Lavrov and his counterparts held a meeting in Minsk in the Central Asia - Russia format":
    the meeting is the organisation's, of its one council when it has only one.  With no
    mention before it to take it and a predicate before it ("the ministers of six states met
    in the Central Asia - Russia format"), the format itself names that council.
    """
    for group in groups:
        if len(group) != 1 or group[0].kind != "org" or group[0].value == "other":
            continue
        atom = group[0]
        if not _as_format(text, group):
            continue
        taken = False
        for index in range(len(found) - 1, -1, -1):
            mention = found[index]
            if mention.start >= atom.start or atom.start - mention.end > _FORMAT_REACH:
                continue
            taken = True
            if mention.kind is MentionKind.EVENT and mention.organisation is None and (
                mention.body is None and mention.complement is None
            ):
                body = (body_of(atom.value, mention.family) if mention.family
                        else _single_council(atom.value))  # fmt: skip
                found[index] = attrs.evolve(mention, organisation=atom.value, body=body,
                                            other=body is None)  # fmt: skip
            break
        council = _single_council(atom.value)
        if not taken and council is not None and any(
            0 <= atom.start - verb <= _FORMAT_REACH for verb in verbs
        ):
            family = organisation_and_family(council)[1]
            found.append(Mention(
                atom.start, atom.end, sentence.index, MentionKind.NAME, council, head="format",
                family=family, organisation=atom.value,
            ))  # fmt: skip
    for group in groups:
        # "in the latest round of the X format" too (a meeting noun with the format)
        named = next((a for a in group if a.kind == "org" and a.value != "other"), None)
        council = None if named is None else _single_council(named.value)
        if named is not None and council is not None and _as_format(text, group):
            _people_of_format(found, named, council, verbs)
    return sorted(found, key=lambda m: m.start)


def _people_of_format(
    found: list[Mention], atom: _Atom, council: Body, verbs: Sequence[int]
) -> None:
    """People of no organisation who meet in a format named after their verb are its council's.

    "The foreign ministers of Kazakhstan, ... and Uzbekistan sat down with Lavrov ..., in the
    latest round of the Central Asia + Russia format": that council's ministers, not the
    Commonwealth's (in place).
    """
    family = organisation_and_family(council)[1]
    for index, mention in enumerate(found):
        if mention.start >= atom.start:
            break
        if (
            mention.kind is MentionKind.PARTICIPANTS and mention.organisation is None
            and mention.body is None and mention.family == family
            and any(mention.end <= verb < atom.start for verb in verbs)
            and not any(mention.end <= m.start < atom.start and m.body is not None
                        and m.body != council for m in found)
        ):  # fmt: skip
            found[index] = attrs.evolve(mention, organisation=atom.value, body=council,
                                        other=False)  # fmt: skip


_AND = re.compile(r"(?i)\s*(?:,|,?\s+and|,?\s+или|,?\s+и|,?\s+or)\s+(?:the\s+)?$")


def _coordinated_organisation(
    text: str, groups: list[list[_Atom]], index: int, found: list[Mention],
    sentence: Sentence, orgs: list[str],
) -> Mention | None:  # fmt: skip
    """An organisation standing alone, coordinated with a mention of another's council.

    "The CIS and SCO foreign ministers" (before it), "leaders of the CSTO and the CIS" (after
    it) name a council of each.
    """
    group = groups[index]
    if len(group) != 1 or group[0].kind != "org":
        return None
    atom = group[0]
    partner: Mention | None = None
    if index + 1 < len(groups) and _AND.fullmatch(text, atom.end, groups[index + 1][0].start):
        partner = _mention(text, sentence, groups[index + 1], orgs)
    elif found and _AND.fullmatch(text, found[-1].end, atom.start):
        partner = found[-1]
    if partner is None or partner.family is None:
        return None
    organisation = atom.value
    other = organisation == "other"
    body = None if other else body_of(organisation, partner.family)
    return attrs.evolve(partner, start=atom.start, end=atom.end, organisation=organisation,
                        body=body, other=other or body is None)  # fmt: skip
