"""The one-call analysis and its JSON Lines form."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from warmdesk.signals.analyze import analyze, to_record
from warmdesk.signals.batch import analyze_lines
from warmdesk.signals.summary import summarize

SENT = datetime(2026, 11, 23, 9, 12, tzinfo=UTC)  # a Monday, 09:12 in London
ANGRY = (
    "This is the THIRD time I'm writing about this!!! The VPN still drops every ten minutes. "
    "I already restarted my laptop twice. Payroll is due by noon and the whole finance team "
    "is stuck."
)


def test_one_call_finds_every_kind_of_signal_with_its_evidence() -> None:
    record = to_record(analyze(ANGRY, SENT, "Europe/London"))
    assert record["stress"]["level"] in {"medium", "high"}
    assert record["stress"]["evidence"], "stress must say which words triggered it"
    for item in record["stress"]["evidence"] + record["impact_evidence"]:
        assert ANGRY[item["start"] : item["end"]] == item["text"]
    assert record["deadline_at"] == "2026-11-23T12:00:00+00:00"
    assert record["deadline_text"] is not None
    assert "noon" in record["deadline_text"]
    assert record["business_process"] == "payroll"
    assert "restart_device" in record["tried_steps"]
    assert record["abusive"] is False
    assert record["language"] == "en"


def test_a_naive_timestamp_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        analyze("hello", datetime(2026, 11, 23, 9, 0), "UTC")


@pytest.mark.parametrize(
    "text",
    ["", " ", "🔥🔥🔥", "\x00\x01\x02 binary \xff junk", "<p onclick=x>hi</p>", "a" * 1_000_000],
)
def test_odd_input_gets_a_result(text: str) -> None:
    record = to_record(analyze(text, SENT, "UTC"))
    assert 0.0 <= record["stress"]["score"] <= 1.0
    assert record["abusive"] is False


def test_jsonl_answers_each_line_and_names_bad_ones() -> None:
    lines = [
        json.dumps({"id": "a", "text": ANGRY, "sent_at": SENT.isoformat(), "tz": "Europe/London"}),
        "",
        "not json",
        json.dumps({"id": "b", "text": "hi"}),
        json.dumps({"id": "c", "text": "hi", "sent_at": "2026-11-23T09:00:00", "tz": "UTC"}),
        json.dumps({"id": "d", "text": "hi", "sent_at": SENT.isoformat(), "tz": "Mars/Base"}),
    ]
    answers = [json.loads(line) for line in analyze_lines(lines)]
    assert [a["id"] for a in answers] == ["a", None, "b", "c", "d"]
    assert answers[0]["deadline_at"] == "2026-11-23T12:00:00+00:00"
    assert "not JSON" in answers[1]["error"]
    assert "sent_at" in answers[2]["error"]
    assert "timezone-aware" in answers[3]["error"]
    assert "error" in answers[4]


def test_the_summary_reads_like_sentences() -> None:
    lines = summarize(to_record(analyze(ANGRY, SENT, "Europe/London")))
    assert lines[0].startswith("Stress: ")
    assert any(line.startswith("Deadline: 2026-11-23T12:00:00+00:00") for line in lines)
    assert any("restart_device" in line for line in lines)
