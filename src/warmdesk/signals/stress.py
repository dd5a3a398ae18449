"""Stress / frustration: VADER sentiment plus help-desk cues, each cue kept as evidence."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from warmdesk.signals import lexicon
from warmdesk.signals.spans import clip, evidence_of, overlaps, words_alternation
from warmdesk.signals.types import Evidence, Level, StressSignal

# VADER is the slowest part; it reads only the start of a long message.
MAX_SENTIMENT_CHARS = 5_000
MAX_EVIDENCE_PER_CUE = 10

# How much one cue adds to the 0..1 score. Each further hit of the same kind adds half as
# much again, up to a cap (a long rant should not saturate on one cue); shouting in capitals
# grows further than the rest because one capitalised word is weak evidence.
CUE_WEIGHTS: dict[str, float] = {
    "waiting": 0.30,
    "anger_word": 0.22,
    "urgency": 0.20,
    "profanity": 0.15,
    "time_pressure": 0.15,
    "all_caps": 0.12,
    "repeated_punct": 0.12,
    "repeat": 0.08,
    "calm": -0.15,
    "negated_urgency": -0.10,
}
EXTRA_HITS_COUNTED: dict[str, int] = {"all_caps": 4}
DEFAULT_EXTRA_HITS = 2
NEGATIVE_SENTIMENT_WEIGHT = 0.40
# Small: help requests read as positive to VADER ("please help, thanks") even when stressed.
POSITIVE_SENTIMENT_WEIGHT = 0.05
MEDIUM_FROM = 0.30
HIGH_FROM = 0.60


def _phrases(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])(?:{words_alternation(words)})(?![\w'])", re.IGNORECASE)


_CALM = _phrases(lexicon.CALM_PHRASES)
_WAITING = _phrases(lexicon.WAITING_PHRASES)
_URGENCY = _phrases(lexicon.URGENCY_WORDS)
_ANGER = _phrases(lexicon.ANGER_WORDS)
_REPEAT = _phrases(lexicon.REPEAT_PHRASES)
_TIME_PRESSURE = re.compile("|".join(lexicon.TIME_PRESSURE_PATTERNS), re.IGNORECASE)
_PROFANITY = re.compile(lexicon.PROFANITY_PATTERN, re.IGNORECASE)
_REPEATED_PUNCT = re.compile(r"[!?]*(?:!!|\?\?|\?!|!\?)[!?]*")
_CAPS_WORD = re.compile(r"(?<![\w'])[A-Z][A-Z']{2,}(?![\w'])")
# A negator within two words before a cue ("not urgent", "isn't really urgent").
_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:not|no|never|nothing|hardly|isn'?t|wasn'?t|aren'?t)\b|n't)\W+(?:\w+\W+)?$",
    re.IGNORECASE,
)
# "turned it off and on again" is a step, not a complaint about repetition.
_NOT_REPEAT_BEFORE = re.compile(r"\b(?:on|off|in|back|try|tried)\s+$", re.IGNORECASE)
_ACRONYMS_UPPER = frozenset(word.upper() for word in lexicon.ACRONYMS)


@functools.cache
def _analyzer() -> SentimentIntensityAnalyzer:
    # One shared instance; built on first use so importing Warmdesk stays cheap.
    return SentimentIntensityAnalyzer()


def sentiment_compound(text: str) -> float:
    """VADER compound score (-1..1) of the start of ``text``."""
    scores = _analyzer().polarity_scores(text[:MAX_SENTIMENT_CHARS])
    return float(scores["compound"])


@dataclass(frozen=True, slots=True)
class _CueScan:
    cue: str
    pattern: re.Pattern[str]
    accept: Callable[[str, re.Match[str]], str | None]  # returns the cue to record, or None


def _plain(cue: str) -> Callable[[str, re.Match[str]], str | None]:
    def accept(_text: str, _match: re.Match[str]) -> str | None:
        return cue

    return accept


def _negatable(cue: str) -> Callable[[str, re.Match[str]], str | None]:
    def accept(text: str, match: re.Match[str]) -> str | None:
        before = text[max(0, match.start() - 30) : match.start()]
        if _NEGATED_BEFORE.search(before):
            return "negated_urgency" if cue == "urgency" else None
        return cue

    return accept


def _repeat(text: str, match: re.Match[str]) -> str | None:
    before = text[max(0, match.start() - 8) : match.start()]
    return None if _NOT_REPEAT_BEFORE.search(before) else "repeat"


def _caps(_text: str, match: re.Match[str]) -> str | None:
    word = match.group(0).replace("'", "")
    if word in _ACRONYMS_UPPER or word.rstrip("S") in _ACRONYMS_UPPER:
        return None
    return "all_caps"


# Order matters: the longer, more specific cues claim their span first, so "still waiting"
# is one waiting cue rather than also a "still", and "not urgent" is calm, not urgency.
_SCANS: tuple[_CueScan, ...] = (
    _CueScan("calm", _CALM, _plain("calm")),
    _CueScan("waiting", _WAITING, _plain("waiting")),
    _CueScan("time_pressure", _TIME_PRESSURE, _plain("time_pressure")),
    _CueScan("urgency", _URGENCY, _negatable("urgency")),
    _CueScan("anger_word", _ANGER, _negatable("anger_word")),
    _CueScan("profanity", _PROFANITY, _plain("profanity")),
    _CueScan("repeat", _REPEAT, _repeat),
    _CueScan("repeated_punct", _REPEATED_PUNCT, _plain("repeated_punct")),
    _CueScan("all_caps", _CAPS_WORD, _caps),
)


def find_stress_cues(text: str) -> tuple[Evidence, ...]:
    """Every stress or calm cue in (the scanned start of) ``text``, in text order."""
    scanned = clip(text)
    found: list[Evidence] = []
    taken: list[tuple[int, int]] = []
    for scan in _SCANS:
        kept = 0
        for match in scan.pattern.finditer(scanned):
            if kept >= MAX_EVIDENCE_PER_CUE:
                break
            if overlaps(match.start(), match.end(), taken):
                continue
            cue = scan.accept(scanned, match)
            if cue is None:
                continue
            found.append(evidence_of(match, cue))
            taken.append(match.span())
            kept += 1
    found.sort(key=lambda evidence: evidence.start)
    return tuple(found)


def stress_score(compound: float, cues: tuple[Evidence, ...]) -> float:
    """Combine VADER compound and cue evidence into a 0..1 stress score."""
    score = NEGATIVE_SENTIMENT_WEIGHT * max(0.0, -compound)
    score -= POSITIVE_SENTIMENT_WEIGHT * max(0.0, compound)
    counts: dict[str, int] = {}
    for evidence in cues:
        counts[evidence.cue] = counts.get(evidence.cue, 0) + 1
    for cue, count in counts.items():
        extra = min(count - 1, EXTRA_HITS_COUNTED.get(cue, DEFAULT_EXTRA_HITS))
        score += CUE_WEIGHTS[cue] * (1 + 0.5 * extra)
    return round(min(1.0, max(0.0, score)), 3)


def level_for(score: float) -> Level:
    """The level a 0..1 stress score falls in."""
    if score >= HIGH_FROM:
        return Level.HIGH
    if score >= MEDIUM_FROM:
        return Level.MEDIUM
    return Level.LOW


def analyze_stress(text: str) -> StressSignal:
    """Stress of one message: score 0..1, level, VADER compound, and the cues that counted.

    Never raises for any ``str``; long text is read only up to a fixed prefix.
    """
    compound = sentiment_compound(text)
    cues = find_stress_cues(text)
    score = stress_score(compound, cues)
    return StressSignal(score=score, level=level_for(score), sentiment=compound, evidence=cues)
