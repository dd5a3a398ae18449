"""The help-desk cues of stress and calm, found with their spans.

Each kind of cue is a pattern tried only where one of its first words stands (see
``scan.py``), so a message is read once for its words and the patterns run only where
they can match. Kinds are scanned in order and a longer, more specific cue claims its span
first: "still waiting" is one waiting cue rather than also a "still", and "not urgent" is
calm, not urgency.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warmdesk.signals import lexicon
from warmdesk.signals.scan import Anchored, PhraseGates, TextScan, scan_of, vocabulary
from warmdesk.signals.spans import by_start, evidence_of, overlaps, words_alternation
from warmdesk.signals.types import Evidence

MAX_EVIDENCE_PER_CUE = 10
# One or two capitalised words are emphasis ("tried Edge AND Firefox"); shouting takes more.
MIN_CAPS_WORDS = 3
MAX_CAPS_EVIDENCE = 5


@dataclass(frozen=True, slots=True)
class CueKind:
    name: str
    pattern: Anchored
    keep: int  # matches worth keeping: the ones the score counts


def _phrases(name: str, phrases: frozenset[str], keep: int = 3) -> CueKind:
    gates = PhraseGates.of(phrases)
    pattern = re.compile(rf"(?<![\w'])(?:{words_alternation(phrases)})(?![\w'])", re.IGNORECASE)
    return CueKind(
        name, Anchored(pattern, gates.words, needs=gates.needs, follows=gates.follows), keep
    )


_TIME_PRESSURE = Anchored(
    re.compile("|".join(lexicon.TIME_PRESSURE_PATTERNS), re.IGNORECASE),
    lexicon.word_set("in deadline deadlines due by before starts begins running client clients"),
)
_PROFANITY = Anchored(
    re.compile(lexicon.PROFANITY_PATTERN, re.IGNORECASE),
    lexicon.word_set(
        """
        damn damned goddamn bloody crap crappy shit shitty fuck fucking fuckin f freaking
        frigging effing wtf sodding bollocks piece
        """
    ),
)
_REPEATED_PUNCT = Anchored(
    re.compile(r"[!?]*(?:!!|\?\?|\?!|!\?)[!?]*"), frozenset(), prefixes=("!!", "??", "?!", "!?")
)

KINDS: tuple[CueKind, ...] = (
    _phrases("calm", lexicon.CALM_PHRASES),
    _phrases("waiting", lexicon.WAITING_PHRASES),
    CueKind("time_pressure", _TIME_PRESSURE, 3),
    _phrases("urgency", lexicon.URGENCY_WORDS),
    _phrases("anger_word", lexicon.ANGER_WORDS),
    CueKind("profanity", _PROFANITY, 3),
    _phrases("repeat", lexicon.REPEAT_PHRASES),
    _phrases("problem", lexicon.PROBLEM_PHRASES, keep=1),
    CueKind("repeated_punct", _REPEATED_PUNCT, 3),
)
# Every word the kinds' patterns start with or need: the text's words within it, found
# once, stand for the text's words in each kind's look-up.
_VOCABULARY = vocabulary(kind.pattern for kind in KINDS)

# A negator within two words before a cue ("not urgent", "isn't really urgent").
_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:not|no|never|nothing|hardly|isn'?t|wasn'?t|aren'?t)\b|n't)\W+(?:\w+\W+)?$",
    re.IGNORECASE,
)
_NEGATABLE = frozenset({"urgency", "anger_word", "problem"})
# "turned it off and on again" is a step, not a complaint about repetition.
_NOT_REPEAT_BEFORE = re.compile(r"\b(?:on|off|in|back|try|tried)\s+$", re.IGNORECASE)
# The same two, for lower-case text (they are written in lower case), and what a match of
# _NEGATED_BEFORE holds in lower case: a window without any of these has no negator.
_NEGATED_BEFORE_LOWER = re.compile(_NEGATED_BEFORE.pattern)
_NOT_REPEAT_BEFORE_LOWER = re.compile(_NOT_REPEAT_BEFORE.pattern)
_NEGATOR_PARTS = ("no", "never", "hardly", "isn", "wasn", "aren", "n't")
# A capitalised word of three or more letters: (?<![\w'])[A-Z][A-Z']{2,}(?![\w']), with the
# lookbehind moved after the first letter so that ``re`` skips in C to the next capital.
_CAPS_WORD = re.compile(r"[A-Z](?<![\w'].)[A-Z']{2,}(?![\w'])")
_HAS_CAPS_RUN = re.compile(r"[A-Z][A-Z][A-Z]")  # [A-Z]{3}, found faster
_ACRONYMS_UPPER = frozenset(word.upper() for word in lexicon.ACRONYMS)


def _accepted(kind: str, text: str, start: int, lowered: bool = False) -> str | None:
    """The cue to record for a match of ``kind`` at ``start``, or None when the words
    before it switch it off ("not urgent" is negated urgency, "on again" is a step).
    ``lowered`` says ``text`` is the lower-case text (of a scan with words)."""
    if kind in _NEGATABLE:
        window = text[max(0, start - 30) : start]
        if lowered:
            negated = any(part in window for part in _NEGATOR_PARTS) and bool(
                _NEGATED_BEFORE_LOWER.search(window)
            )
        else:
            negated = bool(_NEGATED_BEFORE.search(window))
        if negated:
            return "negated_urgency" if kind == "urgency" else None
    elif kind == "repeat":
        before = (_NOT_REPEAT_BEFORE_LOWER if lowered else _NOT_REPEAT_BEFORE).search(
            text[max(0, start - 8) : start]
        )
        if before:
            return None
    return kind


def _anywhere(pattern: Anchored) -> bool:
    """Whether the pattern may start where none of its words stands."""
    return bool(pattern.prefixes) or pattern.digits or pattern.sentences


def _shouting(text: str) -> list[Evidence]:
    """Capitalised words that are not acronyms, when there are enough to be shouting."""
    if _HAS_CAPS_RUN.search(text) is None:
        return []
    found: list[Evidence] = []
    for match in _CAPS_WORD.finditer(text):
        word = match.group(0).replace("'", "")
        if word in _ACRONYMS_UPPER or word.rstrip("S") in _ACRONYMS_UPPER:
            continue
        found.append(evidence_of(match, "all_caps"))
        if len(found) >= MAX_CAPS_EVIDENCE:
            break
    return found if len(found) >= MIN_CAPS_WORDS else []


def find_stress_cues(
    text: str, scan: TextScan | None = None, *, anchored: bool = True
) -> tuple[Evidence, ...]:
    """The stress and calm cues in (the scanned start of) ``text``, in text order: as many
    of each kind as the score counts.

    ``anchored=False`` runs every pattern over the whole text: the same result, slower;
    tests use it to prove the anchors lose nothing.
    """
    scan = scan_of(text, scan)
    found: list[Evidence] = []
    taken: list[tuple[int, int]] = []
    hits = scan.hits(_VOCABULARY)
    lowered = anchored and scan.words is not None
    for kind in KINDS:
        if anchored:
            pattern = kind.pattern
            if hits is not None and pattern.words.isdisjoint(hits) and not _anywhere(pattern):
                continue  # no word a match of this kind starts with (most kinds, most texts)
            matches = pattern.finditer(scan, hits, lower=True)
            subject = scan.lower if scan.words is not None else scan.text
        else:
            matches = kind.pattern.pattern.finditer(scan.text)
            subject = scan.text
        kept = 0
        for match in matches:
            start, end = match.span()
            if overlaps(start, end, taken):
                continue
            cue = _accepted(kind.name, subject, start, lowered)
            if cue is None:
                continue
            found.append(Evidence(start, end, scan.text[start:end], cue))
            taken.append((start, end))
            kept += 1
            if kept >= kind.keep:
                break
    found.extend(e for e in _shouting(scan.text) if not overlaps(e.start, e.end, taken))
    found.sort(key=by_start)
    return tuple(found)
