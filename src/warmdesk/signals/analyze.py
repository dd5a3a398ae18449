"""Every signal for one message, in one call, and its JSON form."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from warmdesk.signals.abuse import analyze_abuse
from warmdesk.signals.fluency import analyze_fluency
from warmdesk.signals.impact import analyze_impact
from warmdesk.signals.language import detect_language
from warmdesk.signals.scan import scan_text
from warmdesk.signals.stress import StressContext, analyze_stress
from warmdesk.signals.tried import find_tried_steps
from warmdesk.signals.types import (
    AbuseSignal,
    Evidence,
    FluencySignal,
    ImpactSignal,
    LanguageSignal,
    StressSignal,
    TriedStep,
)

# The wording model reads English; "und" (too short to tell) is read as English.
ENGLISH_OR_UNKNOWN = frozenset({"en", "und"})


@dataclass(frozen=True, slots=True)
class MessageSignals:
    stress: StressSignal
    impact: ImpactSignal
    tried_steps: tuple[TriedStep, ...]
    fluency: FluencySignal
    abuse: AbuseSignal
    language: LanguageSignal


def analyze(text: str, sent_at: datetime, tz: str) -> MessageSignals:
    """Read ``text``, written at ``sent_at`` (timezone-aware) by someone in ``tz``.

    Raises ``ValueError`` for a naive ``sent_at`` or an unknown timezone; any text,
    however long or odd, gets a result.
    """
    if sent_at.tzinfo is None:
        raise ValueError("sent_at must be timezone-aware")
    scan = scan_text(text)  # lower-cased and split into words once, for every scanner
    impact = analyze_impact(text, sent_at, tz, scan)
    abuse = analyze_abuse(text, scan)
    language = detect_language(text, scan)
    return MessageSignals(
        stress=analyze_stress(text, _stress_context(impact, abuse, language, sent_at), scan=scan),
        impact=impact,
        tried_steps=find_tried_steps(text, scan),
        fluency=analyze_fluency(text, scan),
        abuse=abuse,
        language=language,
    )


def _stress_context(
    impact: ImpactSignal, abuse: AbuseSignal, language: LanguageSignal, sent_at: datetime
) -> StressContext:
    deadline = impact.deadline
    return StressContext(
        deadline=deadline.evidence if deadline else None,
        time_left=deadline.due_at - sent_at if deadline else None,
        abuse=abuse.evidence if abuse.abusive else (),
        english=language.code in ENGLISH_OR_UNKNOWN,
    )


def _evidence(items: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    return [{"start": e.start, "end": e.end, "text": e.quote, "cue": e.cue} for e in items]


def to_record(signals: MessageSignals) -> dict[str, Any]:
    """The flat JSON shape of ``warmdesk analyze --jsonl`` (times in ISO 8601, ``None``
    where nothing was found)."""
    impact = signals.impact
    deadline = impact.deadline
    return {
        "stress": {
            "score": round(signals.stress.score, 3),
            "level": signals.stress.level.value,
            "evidence": _evidence(signals.stress.evidence),
        },
        "sentiment": round(signals.stress.sentiment, 3),
        "deadline_at": deadline.due_at.isoformat() if deadline else None,
        "deadline_text": deadline.evidence.quote if deadline else None,
        "affected_scope": impact.affected_scope,
        "affected_count": impact.affected_count,
        "business_process": impact.business_process,
        "workaround": impact.workaround,
        "impact_evidence": _evidence(impact.evidence),
        "tried_steps": [step.step for step in signals.tried_steps],
        "tried_evidence": _evidence(tuple(step.evidence for step in signals.tried_steps)),
        "fluency": signals.fluency.level.value,
        "fluency_evidence": _evidence(signals.fluency.evidence),
        "abusive": signals.abuse.abusive,
        "abuse_severity": signals.abuse.severity.value if signals.abuse.severity else None,
        "abuse_evidence": _evidence(signals.abuse.evidence),
        "language": signals.language.code,
    }
