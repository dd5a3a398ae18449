"""Stress / frustration: a wording model plus help-desk cues, each cue kept as evidence.

The wording model (``wording.py``, trained on GoEmotions) reads how negative the words feel;
the cues read what a help desk knows and Reddit does not: urgency, waiting, repetition,
shouting, calm ("no rush"). Cues stay in charge of support phrasing: they add to the model's
reading, and calm words take away from both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from warmdesk.signals.scan import TextScan, scan_of
from warmdesk.signals.spans import by_start, overlaps
from warmdesk.signals.stress_cues import find_stress_cues
from warmdesk.signals.types import Evidence, Level, StressSignal
from warmdesk.signals.wording import WordingModel, read, shipped_model

# How much one cue adds to the 0..1 score. Each further hit of the same kind adds half as
# much again, up to a cap (a long rant should not saturate on one cue); shouting in capitals
# grows further than the rest because one capitalised word is weak evidence.
CUE_WEIGHTS: dict[str, float] = {
    "abuse": 0.65,
    "anger_word": 0.45,
    "deadline_within_hour": 0.40,
    "waiting": 0.30,
    "profanity": 0.30,
    "deadline_today": 0.25,
    "problem": 0.25,
    "urgency": 0.20,
    "repeat": 0.15,
    "time_pressure": 0.15,
    "deadline_later": 0.12,
    "repeated_punct": 0.12,
    "all_caps": 0.10,
    "calm": -0.15,
    "negated_urgency": -0.10,
}
EXTRA_HITS_COUNTED: dict[str, int] = {"all_caps": 4, "problem": 0}
DEFAULT_EXTRA_HITS = 2
MEDIUM_FROM = 0.30
HIGH_FROM = 0.60
# The wording model's probability maps onto the score so that its own decision threshold
# lands on MEDIUM_FROM; a certain model reading alone reaches MODEL_CEILING, not 1.0.
MODEL_CEILING = 0.85
# A writer who says "no rush" is read more calmly than their words alone suggest.
CALM_DAMPS_MODEL = 0.5


@dataclass(frozen=True, slots=True)
class StressContext:
    """What the other signals found that a stressed reader feels too: a deadline and how
    near it is, abuse aimed at people, and whether the words are English (the wording model
    only reads English)."""

    deadline: Evidence | None = None
    time_left: timedelta | None = None
    abuse: tuple[Evidence, ...] = ()
    english: bool = True


def _deadline_cue(time_left: timedelta) -> str:
    if time_left <= timedelta(hours=1):
        return "deadline_within_hour"
    if time_left <= timedelta(hours=12):
        return "deadline_today"
    return "deadline_later"


def context_cues(context: StressContext) -> tuple[Evidence, ...]:
    """The context's findings as stress evidence (each keeps its span in the message)."""
    found: list[Evidence] = []
    if context.deadline is not None and context.time_left is not None:
        d = context.deadline
        found.append(Evidence(d.start, d.end, d.quote, _deadline_cue(context.time_left)))
    found.extend(Evidence(e.start, e.end, e.quote, "abuse") for e in context.abuse[:1])
    return tuple(found)


def model_part(probability: float, threshold: float) -> float:
    """The wording model's share of the score: its threshold maps to ``MEDIUM_FROM``."""
    if probability <= threshold:
        return MEDIUM_FROM * probability / threshold
    return MEDIUM_FROM + (MODEL_CEILING - MEDIUM_FROM) * (probability - threshold) / (
        1.0 - threshold
    )


def cue_parts(cues: tuple[Evidence, ...]) -> tuple[float, float]:
    """What the cues add (stress) and take away (calm), before combining."""
    counts: dict[str, int] = {}
    for evidence in cues:
        counts[evidence.cue] = counts.get(evidence.cue, 0) + 1
    adds = takes = 0.0
    for cue, count in counts.items():
        extra = min(count - 1, EXTRA_HITS_COUNTED.get(cue, DEFAULT_EXTRA_HITS))
        weight = CUE_WEIGHTS[cue] * (1 + 0.5 * extra)
        if weight >= 0:
            adds += weight
        else:
            takes -= weight
    return min(1.0, adds), takes


def stress_score(model_share: float, cues: tuple[Evidence, ...]) -> float:
    """Combine the wording model's share and the cues into a 0..1 stress score.

    Stress cues and the model add as independent readings (each closes part of the gap to
    1); calm cues halve the model's share and subtract afterwards, so "not urgent, no rush"
    stays low however the words read.
    """
    adds, takes = cue_parts(cues)
    if takes:
        model_share *= CALM_DAMPS_MODEL
    score = 1.0 - (1.0 - model_share) * (1.0 - adds) - takes
    return round(min(1.0, max(0.0, score)), 3)


def level_for(score: float) -> Level:
    """The level a 0..1 stress score falls in."""
    if score >= HIGH_FROM:
        return Level.HIGH
    if score >= MEDIUM_FROM:
        return Level.MEDIUM
    return Level.LOW


_WORDING_EVIDENCE_FROM = 0.2  # the model's share at which its words become evidence
# The model cannot read other languages; their share is the model's reading of no words.
NON_ENGLISH_SHARE = 0.15


def _wording_evidence(scanned: str, lowered: str, words: list[str]) -> list[Evidence]:
    found: list[Evidence] = []
    for word in words:
        match = re.search(rf"(?<![\w']){re.escape(word.removeprefix('not_'))}(?![\w'])", lowered)
        if match:
            start, end = match.span()
            found.append(Evidence(start, end, scanned[start:end], "wording"))
    return found


def _merge(first: tuple[Evidence, ...], more: list[Evidence]) -> tuple[Evidence, ...]:
    taken = [(e.start, e.end) for e in first]
    kept = [e for e in more if not overlaps(e.start, e.end, taken)]
    return tuple(sorted((*first, *kept), key=by_start)) if kept else first


def analyze_stress(
    text: str,
    context: StressContext | None = None,
    model: WordingModel | None = None,
    scan: TextScan | None = None,
) -> StressSignal:
    """Stress of one message: score 0..1, level, lexicon sentiment, and what counted.

    ``context`` adds what the other signals found (deadline, abuse, language); ``scan`` is
    the shared pre-pass of ``text`` when the caller has one. Never raises for any ``str``;
    long text is read only up to a fixed prefix.
    """
    model = model or shipped_model()
    context = context or StressContext()
    scan = scan_of(text, scan)
    scanned, lowered = scan.text, scan.lower
    reading = read(scanned, lowered)
    cues = find_stress_cues(scanned, scan)
    distinct = set(reading.features)
    if context.english:
        share = model_part(model.probability_of(distinct, reading.sentiment), model.threshold)
    else:
        share = NON_ENGLISH_SHARE
    extra = context_cues(context)
    score = stress_score(share, cues + extra)
    evidence = _merge(cues, list(extra))
    if share >= _WORDING_EVIDENCE_FROM:
        words = model.strongest_of(distinct)
        if words:
            evidence = _merge(evidence, _wording_evidence(scanned, lowered, words))
    return StressSignal(
        score=score,
        level=level_for(score),
        sentiment=reading.sentiment.compound,
        evidence=evidence,
    )
