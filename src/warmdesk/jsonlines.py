"""JSON Lines in, JSON Lines out, for the batch commands (``analyze``, ``commitments``).

Each input line is an object with at least ``id``, ``text``, ``sent_at`` and ``tz``; the
caller's ``answer`` turns one into the fields of its output line. A line that cannot be
read gets an ``error`` answer naming the line, and the rest go on."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any

# (the line's object, its text, its sent_at, its timezone) -> the answer's fields
Answer = Callable[[dict[str, Any], str, datetime, str], dict[str, Any]]


def answer_lines(lines: Iterable[str], answer: Answer) -> Iterator[str]:
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield json.dumps(_answer(line, number, answer), ensure_ascii=False)


def _answer(line: str, number: int, answer: Answer) -> dict[str, Any]:
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
        fields = answer(item, text, sent_at, str(item.get("tz") or "UTC"))
    except KeyError as error:
        return {"id": ident, "line": number, "error": f"missing field {error.args[0]!r}"}
    except (TypeError, ValueError, LookupError) as error:
        return {"id": ident, "line": number, "error": str(error)}
    return {"id": ident, **fields}
