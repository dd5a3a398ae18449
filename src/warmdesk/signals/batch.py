"""JSON Lines in, JSON Lines out: the batch form of :func:`analyze` (for evaluation and
bulk work). A bad line gets an ``error`` answer and the rest go on."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from warmdesk.jsonlines import answer_lines
from warmdesk.signals.analyze import analyze, to_record


def analyze_lines(lines: Iterable[str]) -> Iterator[str]:
    """For each input line ``{"id", "text", "sent_at", "tz"}``, one output line
    ``{"id", ...signals}``, or ``{"id", "error"}`` when the line cannot be read."""
    return answer_lines(lines, _signals)


def _signals(_item: dict[str, Any], text: str, sent_at: datetime, tz: str) -> dict[str, Any]:
    return to_record(analyze(text, sent_at, tz))
