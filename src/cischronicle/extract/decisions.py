"""Decisions: what a meeting adopted, approved, signed, decided, agreed or established.

A decision is read only when it is reported as done: "the ministers approved", "statements
... were adopted", "the meeting resulted in the approval of", "it was agreed that", "the
members of the Council adopted decisions on:" followed by a list.  Proposals, items to be
considered, things that *will* or *may* be adopted, "if approved", "submitted for approval",
procedural votes (the agenda) and an organisation's own founding ("the SCO was established in
2001") are not decisions.  A reported list of parallel documents ("statements on A, on B, and
on C") becomes one decision per document.

:func:`find_decisions` returns :class:`DecisionCandidate` values; attaching each to the
meeting that took it needs the whole article (:mod:`.assemble`).
"""

from __future__ import annotations

import re

import attrs

from .scan import Prefilter, Quick, Scanner, lowered
from .text import Gate, Sentence, trim_span, words_present

__all__ = ["DecisionCandidate", "find_decisions"]

_I = re.IGNORECASE
_GATE = Gate(
    ("adopted", "adopting", "adoption", "approved", "approval", "signed", "signing", "endorsed",
     "established", "declared", "declaring", "assigned", "awarded", "awarding", "ratified",
     "agreed", "decided", "decision", "decisions", "одобр", "принял", "принят", "утвер", "подпис",
     "постанов", "решил", "решен", "introduced", "conferred", "set")
)  # fmt: skip
_VERB = (
    r"(?:adopted|approved|signed|endorsed|established|declared|assigned|awarded|ratified"
    r"|agreed\s+upon|agreed\s+on|agreed|decided)"
)
_ACTIVE = re.compile(
    r"\b(?:have\s+|has\s+|had\s+)?(?:also\s+|reportedly\s+|unanimously\s+|today\s+)?"
    r"(?P<verb>adopted|approved|signed|endorsed|established|ratified|agreed\s+to|agreed\s+on"
    r"|agreed\s+upon|agreed\s+that|decided\s+to|decided\s+that|awarded)\b"
    r"|(?<!\w)(?P<ru>одобрил[аи]?|приняли|принял[аи]?|утвердил[аи]?|подписали|постановили"
    r"|решили)(?!\w)",
    _I,
)
_PASSIVE = re.compile(
    rf"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:also\s+)?{_VERB}\b"
    # "Cities of Labor Glory will be established": what a meeting set up, told as an outcome.
    r"|\bwill\s+(?:also\s+)?be\s+(?:established|set\s+up|introduced|conferred)\b"
    r"|(?<!\w)(?:был[аио]?\s+)?(?:одобрен[аоы]?|принят[аоы]?|утвержд[её]н[аоы]?|подписан[аоы]?)(?!\w)",
    _I,
)
_NOMINAL = re.compile(
    r"\bresulted\s+in\s+the\s+(?:approval|adoption|signing)\s+of\b"
    r"|\b(?:the|their)\s+(?:adoption|approval|signing)\s+of\b(?=[^.]{0,200}\bby\s+the\b)"
    r"|\b(?:Decisions|A\s+decision|The\s+decision)\s+(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:made|taken)\s+(?:[^.,;]{0,40}?\s)??to\b",
    _I,
)
_TAKEN_AT = re.compile(
    r"^\s*The\s+decision\s+was\s+(?:taken|made|adopted)\s+(?:at|during|by)\b", _I
)
_AGENT = re.compile(
    r"\b(?:we|they|ministers|participants|delegates|delegations|council|meeting|session"
    r"|summit|members|heads|sides|parties|leaders|presidents|CFM|CMFA|FMs|Council)\b"
    r"|(?<!\w)(?:мы|министры|участники|главы|СМИД|Совет\w*|стороны)(?!\w)",
    _I,
)
_MODAL = re.compile(
    r"\b(?:will|would|shall|may|might|could|should|to\s+be|expected|expect|plans?|planned"
    r"|intends?|if|unless|whether|proposed|proposal|propose|ready\s+to|going\s+to|hope|hopes"
    r"|aims?|want|wants|not|never|yet\s+to)\b"
    r"|(?<!\w)(?:будет|будут|ожидается|предполагается|планируется|если|не)(?!\w)",
    _I,
)
_NOTED = re.compile(
    r"^\s*к\s+сведению|^\s*(?:the\s+)?(?:agenda|rules|program+e?\s+of\s+the\s+meeting)\b", _I
)
_FOUNDING = re.compile(
    r"\b(?:the\s+)?(?:CIS|SCO|CSTO|EAEU|Commonwealth|organi[sz]ation|union)\s+(?:was|were|has\s+been)"
    r"\s+(?:established|founded|created|set\s+up)\b",
    _I,
)
# The sentence-wide scans, run where their first words occur (same matches, much faster).
_ACTIVE_SCAN, _PASSIVE_SCAN, _FOUNDING_SCAN = map(Scanner, (_ACTIVE, _PASSIVE, _FOUNDING))
# Their words (a verb, "established" ...), looked for before the scans (same matches).
_ACTIVE_WORDS, _PASSIVE_WORDS, _FOUNDING_WORDS = map(Prefilter, (_ACTIVE, _PASSIVE, _FOUNDING))
_NOMINAL_WORDS = ("resulted", "adoption", "approval", "signing", "decision")  # one is in each
_VAGUE = re.compile(
    r"^\s*(?:a\s+number\s+of|several|some|many|various|a\s+series\s+of|a\s+range\s+of|other"
    r"|the|these|those|ряд|несколько)?\s*(?:documents?|decisions?|agreements?|papers|документ\w*"
    r"|решени\w*)\b(?P<rest>.*)$",
    _I | re.DOTALL,
)
_CONTENT = re.compile(
    r"\b(?:on|concerning|regarding|about|aimed|to|for|in\s+the\s+(?:field|sphere|area)s?\s+of"
    r"|in|including|directed|related)\b|(?<!\w)(?:о|об|по|в\s+сфере|в\s+области)(?!\w)",
    _I,
)
_CONCRETE_AFTER_AGREED = re.compile(
    r"^\s*(?:to\s+)?(?:award|establish|hold|create|grant|confer|submit|approve|adopt|sign|declare"
    r"|name|designate|assign|set\s+up|launch|admit|appoint|elect|accept|transfer|recogni[sz]e"
    r"|that|on|upon)\b",
    _I,
)
_CLAUSE_END = re.compile(
    r",\s*(?:[\w’'.-]+\s+){1,7}(?:said|noted|added|stated|told|stressed|reported|emphasi[sz]ed"
    r"|explained|announced|informed)(?:\s+[\w’'-]+){0,4}\s*\.?\s*$"
    r"|\s+and\s+(?:will|would|is|are|was|were|has|have)\b|,\s*(?:which|who|where)\b"
    r"|,\s*(?:(?:the\s+)?(?:Russian|Belarusian|Kazakh|Uzbek)\s+)?(?:[A-Z]\w+\s+){0,3}(?:said|noted"
    r"|added|stated|told|stressed)\b|[,.]?\s*[\"”»]\s*[-–—,]?\s*(?:\w+\s+){0,4}(?:said|noted|added)"
    r"|;|\.\s|\.$|,\s*[-–—]\s*(?:сказал|отметил|заявил)|\s+[-–—]\s+(?:сказал|отметил|заявил)",
)
_FRONT = re.compile(
    r"(?:(?:In\s+particular|In\s+addition|Also|Moreover|Besides|Furthermore|Meanwhile"
    r"|During\s+the\s+\w+(?:\s+\w+)?|At\s+(?:the|a)\s+[^,]{0,80}|Following\s+the\s+[^,]{0,60}"
    r"|As\s+a\s+result|According\s+to\s+[^,]{0,60}|The\s+Russian\s+FM\s+also\s+informed\s+that)"
    r",\s+|\W+)",
    _I,
)
_NAMELY = re.compile(r"[,:]?\s*(?:namely|including|in\s+particular|such\s+as)\s*[,:]?\s+", _I)
_BULLET = re.compile(r"^\s*(?:[-–—•*]|\d{1,2}[.)])\s+")
_PLURAL_HEAD = re.compile(
    r"\b(?:statements|documents|decisions|agreements|programm?es|resolutions|declarations"
    r"|addresses|appeals|plans|protocols|texts)\b",
    _I,
)
_PLURAL_HEAD_QUICK = Quick(_PLURAL_HEAD)
_SPLIT_COMMA = re.compile(r",\s+(?:and\s+)?(?=(?:on|om|about|the|a|an)\b)", _I)
_NAMELY_QUICK = Quick(_NAMELY)


@attrs.frozen
class DecisionCandidate:
    """A decision read from one sentence: its quote span, a summary, and where it sits.

    ``sentence`` is the sentence index; ``frame`` the span of the sentence before the decision
    (where "At a meeting of ...", "by the CIS foreign ministers on March 18" are looked for).
    """

    start: int
    end: int
    summary: str
    sentence: int
    clause: tuple[int, int]


def _summary(text: str) -> str:
    words = text.split()  # the runs of \S: str.split splits at the same white space
    summary = " ".join(words[:16]).strip(' ,;:.-–—"“”«»')
    return summary + ("…" if len(words) > 16 else "")


def _object_end(text: str, start: int, limit: int) -> int:
    match = _CLAUSE_END.search(text, start, limit)
    return limit if match is None else match.start()


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a decided object into parallel documents, or keep it whole."""
    chunk = text[start:end]
    namely = _NAMELY_QUICK.search(chunk)
    if namely is not None and chunk[: namely.start()].strip():
        head_end = start + namely.end()
        items = _split_parallel(text, head_end, end, force=True)
        if len(items) > 1:
            return items
    if _PLURAL_HEAD_QUICK.search(chunk[:120]):
        return _split_parallel(text, start, end, force=False)
    return _split_and(text, start, end)


def _split_parallel(text: str, start: int, end: int, *, force: bool) -> list[tuple[int, int]]:
    chunk = text[start:end]
    cuts = [m for m in _SPLIT_COMMA.finditer(chunk)]
    pieces: list[tuple[int, int]] = []
    position = 0
    for cut in cuts:
        pieces.append((position, cut.start()))
        position = cut.end()
    pieces.append((position, len(chunk)))
    if len(pieces) > 1 and all(len(chunk[a:b].split()) >= 4 for a, b in pieces):
        return [trim_span(text, start + a, start + b) for a, b in pieces]
    result: list[tuple[int, int]] = []
    for a, b in pieces if len(pieces) > 1 and force else [(0, len(chunk))]:
        result.extend(_split_and(text, start + a, start + b))
    return result


def _split_and(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split at "and" before a repeated head ("the Joint Statement on A and the Joint ...")."""
    chunk = text[start:end]
    words = chunk.split()
    if len(words) < 6:
        return [trim_span(text, start, end)]
    if "and" not in chunk.lower():
        return [trim_span(text, start, end)]  # no "and" to cut at
    head = " ".join(words[:2]) if words[0].lower() in ("the", "a", "an") else words[0]
    cuts = _and_cuts(chunk, head)
    if not cuts:
        return [trim_span(text, start, end)]
    pieces = []
    position = 0
    for cut in cuts:
        pieces.append(trim_span(text, start + position, start + cut.start()))
        position = cut.end()
    pieces.append(trim_span(text, start + position, end))
    return [p for p in pieces if p[1] > p[0]]


_AND = re.compile(r"\s+and\s+", _I)
_DOCUMENTS = re.compile(r"(?:documents|statements|agreements)\b", _I)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _and_cuts(chunk: str, head: str) -> list[re.Match[str]]:
    r"""Where ``chunk`` says "and" before ``head`` again, or before "documents" and the like.

    The matches of ``\s+and\s+(?=HEAD\b|(?:documents|statements|agreements)\b)`` (ignoring
    case), without compiling a pattern for each head: for ASCII text and head the head is
    compared in lower case, and the word boundary after it looked at directly.
    """
    if not (chunk.isascii() and head.isascii()):
        pattern = re.compile(
            r"\s+and\s+(?=" + re.escape(head) + r"\b|(?:documents|statements|agreements)\b)",
            _I,
        )
        return list(pattern.finditer(chunk))
    low = chunk.lower()
    wanted = head.lower()
    size = len(head)
    found: list[re.Match[str]] = []
    position = 0
    while True:
        match = _AND.search(chunk, position)
        if match is None:
            return found
        at = match.end()  # the white space after "and" is all taken: heads start otherwise
        after = at + size
        if (
            low.startswith(wanted, at)
            and _is_word(chunk[after - 1]) != (after < len(chunk) and _is_word(chunk[after]))
        ) or _DOCUMENTS.match(chunk, at):
            found.append(match)
            position = at
        else:
            position = match.start() + 1  # the engine tries the next character


def _vague(obj: str) -> bool:
    """Whether an object names documents without saying what they are about."""
    match = _VAGUE.match(obj)
    return match is not None and _CONTENT.search(match.group("rest")) is None


def _keep(text: str, start: int, end: int) -> bool:
    obj = text[start:end]
    if not obj.strip() or _vague(obj) or _NOTED.match(obj) or _scheduling(obj):
        return False
    return len(obj.split(None, 2)) >= 2 or any(map(str.isdigit, obj))


def _candidates(
    text: str,
    sentence: Sentence,
    index: int,
    clause: tuple[int, int],
    spans: list[tuple[int, int]],
    core: tuple[int, int] | None = None,
) -> list[DecisionCandidate]:
    out: list[DecisionCandidate] = []
    if core is not None and not _keep(text, *core):
        return out
    for start, end in spans:
        if _keep(text, start, end) or (core is not None and len(spans) == 1):
            out.append(DecisionCandidate(start, end, _summary(text[start:end]), index, clause))
    return out


def find_decisions(
    text: str, sentences: list[Sentence], index: int, present: frozenset[str] | None = None
) -> list[DecisionCandidate]:
    """The decisions the sentence ``sentences[index]`` reports, in text order.

    ``present`` is :func:`~.text.words_present` of the sentence, when the caller has it.
    """
    sentence = sentences[index]
    s_start, s_end = sentence.start, sentence.end
    if present is None:
        present = words_present(sentence.text)
    if not _GATE.open(present):
        return []
    low = lowered(sentence.text)
    if _FOUNDING_WORDS.may_match(low) and _FOUNDING_SCAN.search(text, s_start, s_end, low, s_start):
        return []
    found: list[DecisionCandidate] = []
    taken = _TAKEN_AT.match(sentence.text)
    if taken is not None and index > 0:
        previous = sentences[index - 1]
        found.extend(
            _candidates(
                text, sentence, index, (previous.start, s_end), [(previous.start, previous.end)]
            )
        )
        return found
    nominal = low is None or any(word in low for word in _NOMINAL_WORDS)
    for match in _NOMINAL.finditer(text, s_start, s_end) if nominal else ():
        obj_end = _object_end(text, match.end(), s_end)
        if re.match(r"\s*(?:hold|convene)\b", text[match.end() : match.end() + 12], _I):
            continue  # "a decision was made to hold the next session": a schedule
        obj_end = _cut_at_hold(text, match.end(), obj_end)
        found.extend(
            _candidates(
                text, sentence, index, (s_start, obj_end), [trim_span(text, s_start, obj_end)]
            )
        )
    passive = _PASSIVE_WORDS.may_match(low)
    for match in _PASSIVE_SCAN.finditer(text, s_start, s_end, low, s_start) if passive else ():
        subject_start = _subject_start(text, s_start, match.start())
        before = text[subject_start : match.start()]
        if _MODAL.search(
            text[max(s_start, match.start() - 40) : match.start()]
        ) and not before.strip().lower().startswith("it"):
            continue
        if not before.strip() or _covered(found, match.start()):
            continue
        if before.strip().lower() == "it":
            # "It was agreed that ...": the object follows.
            obj_start = match.end()
            obj_end = _object_end(text, obj_start, s_end)
            spans = [trim_span(text, s_start, obj_end)]
        else:
            after_end = _object_end(text, match.end(), s_end)
            spans = _items(text, subject_start, match.start())
            tail = text[match.end() : after_end]
            core = (subject_start, match.start())
            if _NAMELY.match(tail):
                spans = _items(text, subject_start, after_end)
            elif len(spans) == 1 and spans[0][0] == subject_start:
                spans = [(subject_start, after_end if len(tail.split()) <= 25 else match.end())]
            found.extend(_candidates(text, sentence, index, (s_start, s_end), spans, core))
            continue
        found.extend(_candidates(text, sentence, index, (s_start, s_end), spans))
    active = _ACTIVE_WORDS.may_match(low)
    for match in _ACTIVE_SCAN.finditer(text, s_start, s_end, low, s_start) if active else ():
        if _covered(found, match.start()):
            continue
        subject = text[_subject_start(text, s_start, match.start()) : match.start()]
        if not _AGENT.search(subject):
            continue
        if _MODAL.search(text[max(s_start, match.start() - 40) : match.start()]):
            continue
        verb = (match.group("verb") or match.group("ru") or "").lower()
        obj_start = match.end()
        if verb.startswith("agreed to") or verb.startswith("decided to"):
            if not _CONCRETE_AFTER_AGREED.match("to " + text[obj_start : obj_start + 30]):
                continue
            obj_start = match.start("verb")
        if _NOTED.match(text[obj_start : obj_start + 20]):
            continue
        obj_end = _cut_at_hold(text, obj_start, _object_end(text, obj_start, s_end))
        if text[obj_start:obj_end].rstrip().endswith(":"):
            found.extend(_bullets(text, sentences, index, obj_start, obj_end))
            continue
        quote_start = _subject_start(text, s_start, match.start())
        if any(c.start == quote_start and c.end <= match.start() for c in found):
            quote_start = match.start("verb") if match.group("verb") else match.start()
        second = _AND_VERB.search(text, obj_start, obj_end)
        if second is not None:
            # "signed an agreement on X and approved a plan for Y": two decisions.
            first_end = second.start()
            found.extend(
                _candidates(
                    text,
                    sentence,
                    index,
                    (s_start, s_end),
                    [trim_span(text, quote_start, first_end)],
                )
            )
            continue
        items = _items(text, obj_start, obj_end)
        if len(items) == 1:
            items = [trim_span(text, quote_start, obj_end)]
        found.extend(
            _candidates(text, sentence, index, (s_start, s_end), items, (obj_start, obj_end))
        )
    found.sort(key=lambda c: c.start)
    return found


_HOLD = re.compile(
    r"\s+and\s+(?:(?:it\s+was\s+)?(?:decided|agreed|planned)\s+)?to\s+(?:hold|convene)\b"
    r"|\s+и\s+(?:решили\s+|постановили\s+)?провести\b",
    _I,
)
_SCHEDULING = re.compile(
    r"\b(?:next|upcoming|forthcoming)\s+(?:\w+\s+)?(?:meeting|session|summit)|\bto\s+hold\s+"
    r"(?:the|a|its)\s+(?:\w+\s+)?(?:meeting|session|summit)|\bwill\s+(?:be\s+held|take\s+place)"
    r"|(?<!\w)(?:следующ\w+\s+заседани\w*|провести\s+(?:следующ|очередн)\w*)",
    _I,
)
_SCHEDULING_SCAN = Scanner(_SCHEDULING)
_SCHEDULING_WORDS = Prefilter(_SCHEDULING)


def _scheduling(obj: str) -> bool:
    """Whether ``obj`` speaks of holding a meeting (_SCHEDULING), its words looked for first."""
    low = lowered(obj)
    return _SCHEDULING_WORDS.may_match(low) and _SCHEDULING_SCAN.search(obj, 0, len(obj), low)


_AND_VERB = re.compile(
    r"\s+and\s+(?:also\s+)?(?=(?:adopted|approved|signed|endorsed|established|ratified)\b)", _I
)


def _cut_at_hold(text: str, start: int, end: int) -> int:
    """The end of a decided object, before a scheduling "and to hold the next meeting"."""
    match = _HOLD.search(text, start, end)
    return end if match is None else match.start()


def _covered(found: list[DecisionCandidate], position: int) -> bool:
    return any(c.start <= position < c.end for c in found)


def _subject_start(text: str, sentence_start: int, verb_start: int) -> int:
    """Where the clause of the verb at ``verb_start`` begins (after fronted adverbials)."""
    window_start = max(sentence_start, verb_start - 400)
    chunk = text[window_start:verb_start]
    cut = max(chunk.rfind(";"), chunk.rfind(": "), chunk.rfind("“"), chunk.rfind('"'))
    that = max(chunk.rfind(" that "), chunk.rfind(" что "))
    if that != -1 and that + 5 > cut:
        cut = that + 5
    start = window_start + cut + 1 if cut != -1 else window_start
    front = _FRONT.match(text, start, verb_start)
    if front is not None:
        start = front.end()
    return trim_span(text, start, verb_start)[0]


def _bullets(
    text: str, sentences: list[Sentence], index: int, obj_start: int, obj_end: int
) -> list[DecisionCandidate]:
    """One decision per bullet line after "... adopted decisions on:"."""
    found = []
    for number, later in enumerate(sentences[index + 1 :], start=index + 1):
        bullet = _BULLET.match(later.text)
        if bullet is None:
            break
        start = later.start + bullet.end()
        end = later.end
        while end > start and text[end - 1] in ";.,":
            end -= 1
        if _keep(text, start, end):
            found.append(
                DecisionCandidate(
                    start,
                    end,
                    _summary(text[start:end]),
                    number,
                    (sentences[index].start, later.end),
                )
            )
    return found
