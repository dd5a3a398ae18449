"""Every signal for one message, in one call, and its JSON form."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from warmdesk.signals.abuse import analyze_abuse
from warmdesk.signals.fluency import analyze_fluency
from warmdesk.signals.impact import analyze_impact
from warmdesk.signals.language import detect_language
from warmdesk.signals.stress import analyze_stress
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
    return MessageSignals(
        stress=analyze_stress(text),
        impact=analyze_impact(text, sent_at, tz),
        tried_steps=find_tried_steps(text),
        fluency=analyze_fluency(text),
        abuse=analyze_abuse(text),
        language=detect_language(text),
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
