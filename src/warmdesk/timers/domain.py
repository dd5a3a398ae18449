"""Timer rules: what a kind looks like, when to retry, how late is late, and how to say so.

Pure: no ORM, no clock. ``now`` is always passed in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

MAX_KIND_LENGTH = 80
MAX_SUBJECT_LENGTH = 120
MAX_ERROR_LENGTH = 300
# Dotted lower-case words: "sla.first_response.breach", "commitment.nudge".
_KIND = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*")
# What an error message may carry that must not be stored: credentials in URLs and
# "password=..."-style pairs (driver errors quote connection strings).
_URL_CREDENTIALS = re.compile(r"(\b[a-z][a-z0-9+.-]*://)[^/\s@]+@", re.IGNORECASE)
_SECRET_PAIRS = re.compile(
    r"\b(password|passwd|pwd|secret|token|api[_-]?key)(\s*[=:]\s*)\S+", re.IGNORECASE
)


class TimerRuleError(ValueError):
    """A kind, subject or due time that cannot be scheduled (a programming error)."""


def check_kind(kind: str) -> str:
    """Return ``kind`` if it is dotted lower-case words of at most 80 characters.

    Raises :class:`TimerRuleError` otherwise.
    """
    if len(kind) > MAX_KIND_LENGTH or not _KIND.fullmatch(kind):
        raise TimerRuleError(
            f"timer kind {kind!r} must be dotted lower-case words "
            f"(e.g. 'sla.first_response.breach'), at most {MAX_KIND_LENGTH} characters"
        )
    return kind


def check_subject_key(subject_key: str) -> str:
    """Return ``subject_key`` if it is non-blank, without surrounding spaces, and at most 120
    characters. Raises :class:`TimerRuleError` otherwise."""
    if (
        not subject_key
        or subject_key != subject_key.strip()
        or len(subject_key) > MAX_SUBJECT_LENGTH
    ):
        raise TimerRuleError(
            f"timer subject {subject_key!r} must be non-blank, without surrounding spaces, "
            f"at most {MAX_SUBJECT_LENGTH} characters (e.g. 'ticket:42')"
        )
    return subject_key


def check_due_at(due_at: datetime) -> datetime:
    """Return ``due_at`` if it is timezone-aware; raise :class:`TimerRuleError` if naive."""
    if due_at.tzinfo is None or due_at.utcoffset() is None:
        raise TimerRuleError("a timer's due time must be timezone-aware (UTC)")
    return due_at


@dataclass(frozen=True)
class TimerView:
    """A timer as callers see it (never the ORM row)."""

    id: int
    kind: str
    subject_key: str
    due_at: datetime
    payload: Mapping[str, Any]
    attempts: int
    last_error: str | None = None
    fired_at: datetime | None = None
    failed_at: datetime | None = None


@dataclass(frozen=True)
class DueTimer:
    """A claimed timer, as its handler receives it. ``late_by`` is ``now - due_at``."""

    id: int
    kind: str
    subject_key: str
    due_at: datetime
    payload: Mapping[str, Any]
    attempts: int  # failed attempts before this one
    late_by: timedelta


@dataclass(frozen=True)
class RetryPolicy:
    """How often a failing handler is tried, and how long to wait between tries."""

    max_attempts: int
    first_delay: timedelta
    max_delay: timedelta


@dataclass(frozen=True)
class FailurePlan:
    """What happens to a timer whose handler just failed: retry at ``retry_at``, or give up
    (``retry_at`` is None)."""

    attempts: int
    retry_at: datetime | None

    @property
    def gives_up(self) -> bool:
        return self.retry_at is None


def retry_delay(failures: int, policy: RetryPolicy) -> timedelta:
    """The wait after the ``failures``-th failure (1-based): the first delay, doubled each
    time, never more than the maximum. Raises ValueError for ``failures < 1``."""
    if failures < 1:
        raise ValueError("failures counts from 1")
    # Capped before doubling too far: 2**failures overflows timedelta for large counts.
    doublings = min(failures - 1, 40)
    return min(policy.first_delay * (1 << doublings), policy.max_delay)


def plan_after_failure(previous_attempts: int, now: datetime, policy: RetryPolicy) -> FailurePlan:
    """After a failed attempt: retry later with backoff, or give up once the attempts
    reach ``policy.max_attempts``."""
    attempts = previous_attempts + 1
    if attempts >= policy.max_attempts:
        return FailurePlan(attempts=attempts, retry_at=None)
    return FailurePlan(attempts=attempts, retry_at=now + retry_delay(attempts, policy))


def is_late(late_by: timedelta, grace: timedelta) -> bool:
    """Whether a timer fired ``late_by`` after its due time counts as late."""
    return late_by > grace


def describe_duration(delta: timedelta) -> str:
    """``delta`` in its two largest units: "42 s", "5 min 30 s", "3 h 12 min", "2 d 4 h"."""
    seconds = int(delta.total_seconds())
    if seconds < 1:
        return "under a second"
    units = (("d", 86_400), ("h", 3_600), ("min", 60), ("s", 1))
    parts: list[str] = []
    for name, size in units:
        amount, seconds = divmod(seconds, size)
        if amount or parts:
            parts.append(f"{amount} {name}")
        if len(parts) == 2:
            break
    return " ".join(part for part in parts if not part.startswith("0 "))


def describe_lateness(late_by: timedelta) -> str:
    """The lateness in words: "fired 3 h 12 min late"."""
    return f"fired {describe_duration(late_by)} late"


def describe_failure(error: BaseException) -> str:
    """A short, storable description of ``error``: its type and the first line of its
    message, with credentials masked, at most 300 characters. Further lines (a driver's SQL
    and parameters, a traceback) are left out: they may quote personal data."""
    lines = str(error).strip().splitlines()
    message = _URL_CREDENTIALS.sub(r"\1***@", lines[0]) if lines else ""
    message = _SECRET_PAIRS.sub(r"\1\2***", message)
    text = f"{type(error).__name__}: {message}" if message else type(error).__name__
    if len(text) > MAX_ERROR_LENGTH:
        text = text[: MAX_ERROR_LENGTH - 1] + "…"
    return text


@dataclass(frozen=True)
class FiringReport:
    """What one round of firing did. ``fired`` counts the late ones too; ``unhandled`` is
    the number of due timers left pending per kind that has no handler."""

    claimed: int = 0
    fired: int = 0
    late: int = 0
    retried: int = 0
    failed: int = 0
    unhandled: Mapping[str, int] = field(default_factory=dict)

    def plus(self, other: FiringReport) -> FiringReport:
        """Both reports' counts added together (``unhandled`` from whichever has it)."""
        return FiringReport(
            claimed=self.claimed + other.claimed,
            fired=self.fired + other.fired,
            late=self.late + other.late,
            retried=self.retried + other.retried,
            failed=self.failed + other.failed,
            unhandled=other.unhandled or self.unhandled,
        )
