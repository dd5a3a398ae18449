"""``warmdesk commitments --jsonl``: promises in replies, JSON Lines in and out (the reply
analysis contract the care coach builds on). A bad line gets an ``error`` answer and the
rest go on."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from warmdesk.commitments.parser import find_commitments


def commitment_lines(lines: Iterable[str]) -> Iterator[str]:
    """For each ``{"id", "text", "sent_at", "tz"}`` line (``requester_tz`` optional), one
    ``{"id", "commitments": [{"due_at", "text"}]}`` line, or ``{"id", "error"}``."""
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield json.dumps(_answer(line, number), ensure_ascii=False)


def _answer(line: str, number: int) -> dict[str, Any]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        return {"id": None, "line": number, "error": f"not JSON: {error.msg}"}
    if not isinstance(item, dict):
        return {"id": None, "line": number, "error": "each line must be a JSON object"}
    ident = item.get("id")
    try:
        text = item["text"]
        if not isinstance(text, str):
            raise TypeError("text must be a string")
        sent_at = datetime.fromisoformat(str(item["sent_at"]))
        tz = str(item.get("tz") or "UTC")
        found = find_commitments(text, sent_at, tz, item.get("requester_tz") or tz)
    except KeyError as error:
        return {"id": ident, "line": number, "error": f"missing field {error.args[0]!r}"}
    except (TypeError, ValueError, LookupError) as error:
        return {"id": ident, "line": number, "error": str(error)}
    return {
        "id": ident,
        "commitments": [{"due_at": c.due_at.isoformat(), "text": c.text} for c in found],
    }
