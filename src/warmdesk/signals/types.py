"""The shapes every signal returns. Each finding keeps the text that triggered it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of the message, ``text[start:end] == quote``, and why it counted."""

    start: int
    end: int
    quote: str
    cue: str  # what kind of cue, e.g. "anger_word", "all_caps", "deadline"


class Level(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


@dataclass(frozen=True, slots=True)
class StressSignal:
    score: float  # 0..1
    level: Level
    sentiment: float  # lexicon compound (VADER-style), -1..1
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class DeadlineSignal:
    due_at: datetime  # timezone-aware UTC
    evidence: Evidence  # the matched expression, e.g. "before my 2:30 client call"


@dataclass(frozen=True, slots=True)
class ImpactSignal:
    deadline: DeadlineSignal | None
    affected_scope: str | None  # individual | team | department | organization
    affected_count: int | None
    business_process: str | None  # normalized name, e.g. "payroll", "month-end close"
    workaround: str | None  # yes | no | None (unknown)
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class TriedStep:
    step: str  # fixed vocabulary, e.g. "restart_device", "clear_cache"
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class FluencySignal:
    level: Level
    evidence: tuple[Evidence, ...]  # the terms that showed it


@dataclass(frozen=True, slots=True)
class AbuseSignal:
    abusive: bool  # insults or threats aimed at people, not at things
    severity: Level | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class LanguageSignal:
    code: str  # ISO 639-1, "und" when it cannot tell
    confidence: float
