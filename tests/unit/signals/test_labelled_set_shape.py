"""Shape and coverage of the hand-labelled signals set (tests/data/signals/messages.jsonl)."""

from __future__ import annotations

import functools
import json
import runpy
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

DATA = Path(__file__).resolve().parents[2] / "data" / "signals" / "messages.jsonl"


@functools.cache
def _build_script() -> dict[str, Any]:
    """The build script's names, read once: its vocabularies and the messages it writes."""
    return runpy.run_path(str(DATA.with_name("build_messages.py")))


# One definition of each vocabulary: the build script's, which labels were checked against.
STEPS: frozenset[str] = _build_script()["STEPS"]
PROCESSES: frozenset[str] = _build_script()["PROCESSES"]
SCOPES: frozenset[str | None] = _build_script()["SCOPES"] | {None}
LEVELS = {"low", "medium", "high"}
OTHER_LANGUAGES = {"de", "fr", "es", "nl", "it", "pt"}
TAGS = {
    "terse",
    "rambling",
    "non_native",
    "polite",
    "hurried",
    "furious",
    "grateful",
    "dst",
    "explicit_tz",
    "tricky_non_deadline",
    "untried_steps",
    "swear_at_thing",
    "angry_no_abuse",
}
LABEL_KEYS = {
    "deadline_at",
    "deadline_text",
    "affected_scope",
    "affected_count",
    "business_process",
    "workaround",
    "tried_steps",
    "fluency",
    "abusive",
    "stress",
    "language",
}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _aware(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    assert parsed.tzinfo is not None, value
    assert parsed.utcoffset() == timedelta(0), f"not UTC: {value}"
    return parsed


def test_every_line_has_the_documented_shape(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        assert set(row) == {"id", "text", "sent_at", "tz", "labels", "tags"}, row["id"]
        assert isinstance(row["text"], str)
        assert row["text"].strip()
        ZoneInfo(row["tz"])  # a real IANA zone
        _aware(row["sent_at"])
        labels = row["labels"]
        assert set(labels) == LABEL_KEYS, row["id"]
        assert labels["affected_scope"] in SCOPES
        count = labels["affected_count"]
        assert count is None or (isinstance(count, int) and count > 0)
        if count is not None:
            assert labels["affected_scope"] is not None, row["id"]
        assert labels["business_process"] is None or labels["business_process"] in PROCESSES
        assert labels["workaround"] in {"yes", "no", None}
        assert isinstance(labels["tried_steps"], list)
        assert set(labels["tried_steps"]) <= STEPS, row["id"]
        assert len(set(labels["tried_steps"])) == len(labels["tried_steps"])
        assert labels["fluency"] in LEVELS
        assert labels["stress"] in LEVELS
        assert isinstance(labels["abusive"], bool)
        assert isinstance(labels["language"], str)
        assert len(labels["language"]) == 2
        assert set(row["tags"]) <= TAGS, row["id"]


def test_ids_are_unique_and_sequential(rows: list[dict[str, Any]]) -> None:
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    assert ids == [f"m{n:03d}" for n in range(1, len(ids) + 1)]


def test_texts_are_unique(rows: list[dict[str, Any]]) -> None:
    texts = Counter(row["text"] for row in rows)
    assert [text for text, n in texts.items() if n > 1] == []


def test_deadlines_are_consistent(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        labels = row["labels"]
        at, text = labels["deadline_at"], labels["deadline_text"]
        assert (at is None) == (text is None), row["id"]
        if at is None:
            continue
        assert text in row["text"], row["id"]
        assert _aware(at) > _aware(row["sent_at"]), row["id"]
        assert _aware(at).second == 0, row["id"]


def test_size_and_deadline_coverage(rows: list[dict[str, Any]]) -> None:
    assert len(rows) >= 300
    with_deadline = [r for r in rows if r["labels"]["deadline_at"] is not None]
    without = [r for r in rows if r["labels"]["deadline_at"] is None]
    assert len(with_deadline) >= 120
    assert len(without) >= 100
    assert len({r["tz"] for r in with_deadline}) >= 6
    tricky = [r for r in without if "tricky_non_deadline" in r["tags"]]
    assert len(tricky) >= 40


def test_dst_sensitive_deadlines(rows: list[dict[str, Any]]) -> None:
    """Some deadlines lie across a DST change from their sent_at, in Europe, the US and Sydney."""
    crossing: Counter[str] = Counter()
    for row in rows:
        at = row["labels"]["deadline_at"]
        if at is None:
            continue
        zone = ZoneInfo(row["tz"])
        sent = _aware(row["sent_at"]).astimezone(zone)
        due = _aware(at).astimezone(zone)
        if sent.utcoffset() != due.utcoffset():
            crossing[row["tz"].split("/")[0]] += 1
    assert crossing["Europe"] >= 4
    assert crossing["America"] >= 3
    assert crossing["Australia"] >= 1
    months = {
        (_aware(r["sent_at"]).month, r["tz"].split("/")[0])
        for r in rows
        if "dst" in r["tags"] and r["labels"]["deadline_at"] is not None
    }
    assert {(3, "Europe"), (10, "Europe"), (10, "America"), (3, "America")} <= months


def test_steps_coverage(rows: list[dict[str, Any]]) -> None:
    with_steps = [r for r in rows if r["labels"]["tried_steps"]]
    assert len(with_steps) >= 100
    assert {s for r in rows for s in r["labels"]["tried_steps"]} == STEPS
    untried = [r for r in rows if "untried_steps" in r["tags"]]
    assert len(untried) >= 25


def test_abuse_and_anger_coverage(rows: list[dict[str, Any]]) -> None:
    abusive = [r for r in rows if r["labels"]["abusive"]]
    assert len(abusive) >= 25
    angry_not_abusive = [
        r
        for r in rows
        if not r["labels"]["abusive"] and {"swear_at_thing", "angry_no_abuse"} & set(r["tags"])
    ]
    assert len(angry_not_abusive) >= 40
    for row in abusive:
        assert row["labels"]["stress"] == "high", row["id"]


def test_style_and_language_coverage(rows: list[dict[str, Any]]) -> None:
    tags = Counter(tag for r in rows for tag in r["tags"])
    assert tags["non_native"] >= 30
    assert tags["terse"] >= 20
    assert tags["rambling"] >= 5
    for style in ("polite", "hurried", "furious", "grateful"):
        assert tags[style] >= 10, style
    languages = Counter(r["labels"]["language"] for r in rows)
    assert sum(languages[code] for code in OTHER_LANGUAGES) >= 15
    assert set(languages) >= OTHER_LANGUAGES
    levels = Counter(r["labels"]["fluency"] for r in rows)
    stresses = Counter(r["labels"]["stress"] for r in rows)
    assert min(levels[level] for level in LEVELS) >= 20
    assert min(stresses[level] for level in LEVELS) >= 40
    scopes = Counter(r["labels"]["affected_scope"] for r in rows)
    assert min(scopes[s] for s in SCOPES - {None}) >= 10


def test_build_script_reproduces_the_file() -> None:
    """The JSONL is generated: it must match what build_messages.py writes."""
    messages = _build_script()["MESSAGES"]
    expected = [
        json.dumps({"id": f"m{n:03d}", **message}, ensure_ascii=False)
        for n, message in enumerate(messages, start=1)
    ]
    assert DATA.read_text(encoding="utf-8").splitlines() == expected


def test_the_step_vocabulary_is_the_one_the_product_reports() -> None:
    from warmdesk.signals.tried import STEP_NAMES

    assert set(STEP_NAMES) == STEPS
