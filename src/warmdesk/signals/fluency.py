"""Technical fluency of the writer, from the words they use for things."""

from __future__ import annotations

import re

from warmdesk.signals import lexicon
from warmdesk.signals.scan import Anchored, PhraseGates, TextScan, scan_of
from warmdesk.signals.spans import by_start, evidence_of, overlaps, words_alternation
from warmdesk.signals.types import Evidence, FluencySignal, Level

MAX_EVIDENCE = 12
STRONG_POINTS = 3
WEAK_POINTS = 1
VAGUE_POINTS = -3
HIGH_FROM = 3  # one strong term, or three weaker ones

_STRONG = Anchored(
    re.compile(
        rf"(?<![\w-])(?:{words_alternation(lexicon.STRONG_TECH_TERMS)})(?![\w-])"
        # error codes (0x80070005, HRESULTs), dotted IPv4 addresses, ports, KB articles, HTTP
        # statuses; written in lower case like the rest (the pattern ignores case)
        r"|\b0x[0-9a-f]{4,8}\b|\b(?:\d{1,3}\.){3}\d{1,3}\b|\bport\s+\d{2,5}\b|\bkb\d{6,7}\b"
        r"|\berror\s+(?:code\s+)?-?\d{3,}\b|\bhttp\s+[45]\d\d\b",
        re.IGNORECASE,
    ),
    PhraseGates.of(lexicon.STRONG_TECH_TERMS).words | {"port", "error", "http"},
    prefixes=("kb",),
    digits=True,
)
_WEAK_GATES = PhraseGates.of(lexicon.WEAK_TECH_TERMS)
_WEAK = Anchored(
    re.compile(
        rf"(?<![\w-])(?:{words_alternation(lexicon.WEAK_TECH_TERMS)})(?![\w-])", re.IGNORECASE
    ),
    _WEAK_GATES.words,
    needs=_WEAK_GATES.needs,
    follows=_WEAK_GATES.follows,
)
_VAGUE_GATES = PhraseGates.of(lexicon.VAGUE_PHRASES)
_VAGUE = Anchored(
    re.compile(
        rf"(?<![\w-])(?:{words_alternation(lexicon.VAGUE_PHRASES)})(?![\w-])", re.IGNORECASE
    ),
    _VAGUE_GATES.words,
    needs=_VAGUE_GATES.needs,
    follows=_VAGUE_GATES.follows,
)


def analyze_fluency(text: str, scan: TextScan | None = None) -> FluencySignal:
    """Fluency level and the terms that showed it (cues "technical_term", "vague_term").

    high: precise technical vocabulary; low: vague words for things and no technical terms
    to outweigh them; medium otherwise (including messages with no cue at all). ``scan``
    is this text's ``scan_text``, when the caller already has it.
    """
    scan = scan_of(text, scan)
    points = 0
    evidence: list[Evidence] = []
    taken: list[tuple[int, int]] = []
    for pattern, cue, worth in (
        (_STRONG, "technical_term", STRONG_POINTS),
        (_VAGUE, "vague_term", VAGUE_POINTS),
        (_WEAK, "technical_term", WEAK_POINTS),
    ):
        for match in pattern.finditer(scan, lower=True):
            if len(evidence) >= MAX_EVIDENCE:
                break
            if overlaps(match.start(), match.end(), taken):
                continue
            taken.append(match.span())
            evidence.append(evidence_of(match, cue, text=scan.text))
            points += worth
    evidence.sort(key=by_start)
    if points >= HIGH_FROM:
        level = Level.HIGH
    elif any(item.cue == "vague_term" for item in evidence) and points < 0:
        level = Level.LOW
    else:
        level = Level.MEDIUM
    return FluencySignal(level=level, evidence=tuple(evidence))
