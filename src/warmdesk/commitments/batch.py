"""``warmdesk commitments --jsonl``: promises in replies, JSON Lines in and out (the reply
analysis contract the care coach builds on). A bad line gets an ``error`` answer and the
rest go on."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from warmdesk.commitments.parser import find_commitments
from warmdesk.jsonlines import answer_lines


def commitment_lines(lines: Iterable[str]) -> Iterator[str]:
    """For each ``{"id", "text", "sent_at", "tz"}`` line (``requester_tz`` optional), one
    ``{"id", "commitments": [{"due_at", "text"}]}`` line, or ``{"id", "error"}``."""
    return answer_lines(lines, _commitments)


def _commitments(item: dict[str, Any], text: str, sent_at: datetime, tz: str) -> dict[str, Any]:
    found = find_commitments(text, sent_at, tz, str(item.get("requester_tz") or tz))
    return {"commitments": [{"due_at": c.due_at.isoformat(), "text": c.text} for c in found]}
