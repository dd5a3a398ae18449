"""A few plain lines that say what the signals found, for people at a terminal."""

from __future__ import annotations

from typing import Any


def _quotes(evidence: list[dict[str, Any]], limit: int = 5) -> str:
    shown = [f"\u201c{item['text']}\u201d" for item in evidence[:limit]]
    more = len(evidence) - limit
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


def summarize(record: dict[str, Any]) -> list[str]:
    """Lines such as ``Stress: high (0.86) because "NOT", "!!!", "third time"``."""
    stress = record["stress"]
    lines = [
        f"Stress: {stress['level']} ({stress['score']:.2f}, sentiment {record['sentiment']:+.2f})"
        + (f" because {_quotes(stress['evidence'])}" if stress["evidence"] else "")
    ]
    if record["deadline_at"]:
        lines.append(
            f"Deadline: {record['deadline_at']} (from \u201c{record['deadline_text']}\u201d)"
        )
    else:
        lines.append("Deadline: none stated")
    scope = record["affected_scope"] or "not said"
    count = f", {record['affected_count']} people" if record["affected_count"] else ""
    lines.append(f"Who is affected: {scope}{count}")
    lines.append(f"Blocked work: {record['business_process'] or 'not said'}")
    lines.append(f"Workaround: {record['workaround'] or 'unknown'}")
    tried = ", ".join(record["tried_steps"]) or "nothing mentioned"
    lines.append(f"Already tried: {tried}")
    fluency = record["fluency"]
    if record["fluency_evidence"]:
        fluency += f" ({_quotes(record['fluency_evidence'])})"
    lines.append(f"Technical fluency: {fluency}")
    if record["abusive"]:
        lines.append(f"Abusive ({record['abuse_severity']}): {_quotes(record['abuse_evidence'])}")
    else:
        lines.append("Abusive: no")
    lines.append(f"Language: {record['language']}")
    return lines
