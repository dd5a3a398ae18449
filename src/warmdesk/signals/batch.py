"""JSON Lines in, JSON Lines out: the batch form of :func:`analyze` (for evaluation and
bulk work). A bad line gets an ``error`` answer and the rest go on."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from warmdesk.signals.analyze import analyze, to_record


def analyze_lines(lines: Iterable[str]) -> Iterator[str]:
    """For each input line ``{"id", "text", "sent_at", "tz"}``, one output line
    ``{"id", ...signals}``, or ``{"id", "error"}`` when the line cannot be read."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
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
        signals = analyze(text, sent_at, str(item.get("tz") or "UTC"))
    except KeyError as error:
        return {"id": ident, "line": number, "error": f"missing field {error.args[0]!r}"}
    except (TypeError, ValueError, LookupError) as error:
        return {"id": ident, "line": number, "error": str(error)}
    return {"id": ident, **to_record(signals)}
