"""What the seeded-demo fixture hands to each test."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from warmdesk.context import AppContext
from warmdesk.demo import DemoSummary

DEMO_NOW = datetime(2026, 3, 12, 15, 30, tzinfo=UTC)


@dataclass(frozen=True)
class SeededDemo:
    ctx: AppContext
    summary: DemoSummary
    now: datetime
    progress: list[tuple[int, int]]
    seconds: float
