"""`POST /api/v1/analyze` and `warmdesk analyze`, as integrations and people use them."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.support.factories import Factory
from warmdesk.cli import app


def test_the_api_analyzes_with_the_writers_timezone(client: TestClient, factory: Factory) -> None:
    person = factory.person()
    answer = client.post(
        "/api/v1/analyze",
        json={
            "text": "Please fix the printer before 3pm, our client meeting starts then.",
            "sent_at": "2026-11-23T09:00:00-05:00",
            "timezone": "America/New_York",
        },
        headers=person.headers,
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["deadline_at"] == "2026-11-23T20:00:00+00:00"
    assert body["abusive"] is False


def test_the_api_names_a_bad_timezone_and_needs_a_token(
    client: TestClient, factory: Factory
) -> None:
    person = factory.person()
    bad = client.post(
        "/api/v1/analyze", json={"text": "hi", "timezone": "Mars/Base"}, headers=person.headers
    )
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["field"] == "timezone"
    assert client.post("/api/v1/analyze", json={"text": "hi"}).status_code == 401


def test_the_cli_reads_jsonl_from_stdin() -> None:
    line = json.dumps(
        {
            "id": "x1",
            "text": "I cleared the cache already. Still broken!!",
            "sent_at": "2026-11-23T09:00:00+00:00",
            "tz": "UTC",
        }
    )
    result = CliRunner().invoke(app, ["analyze", "--jsonl"], input=line + "\n")
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.strip().splitlines()[-1])
    assert record["id"] == "x1"
    assert record["tried_steps"] == ["clear_cache"]


def test_the_cli_prints_a_readable_summary() -> None:
    result = CliRunner().invoke(
        app,
        [
            "analyze",
            "Need this fixed by noon!!",
            "--at",
            "2026-11-23T09:00:00+00:00",
            "--tz",
            "Europe/London",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Deadline: 2026-11-23T12:00:00+00:00" in result.output
    naive = CliRunner().invoke(app, ["analyze", "hi", "--at", "2026-11-23T09:00:00"])
    assert naive.exit_code == 2
    assert "timezone-aware" in naive.output


def test_eval_signals_reports_each_field(tmp_path: Path) -> None:
    labelled = tmp_path / "set.jsonl"
    labelled.write_text(
        json.dumps(
            {
                "id": "m1",
                "text": "Please fix it by noon.",
                "sent_at": "2026-11-23T09:00:00+00:00",
                "tz": "UTC",
                "labels": {
                    "deadline_at": "2026-11-23T12:00:00+00:00",
                    "affected_scope": None,
                    "business_process": None,
                    "workaround": None,
                    "tried_steps": [],
                    "fluency": "medium",
                    "abusive": False,
                    "stress": "low",
                    "language": "en",
                },
            }
        )
        + "\n",
        encoding="utf-8",
    )
    page = tmp_path / "report.md"
    args = ["eval", "signals", "--labelled", str(labelled)]
    result = CliRunner().invoke(app, [*args, "--json", "--markdown", str(page)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["labelled"]["deadline_exact"] == 1.0
    assert "| deadline exact to the minute (stated) | 1.000 | ≥ 0.900 | PASS |" in page.read_text()
    readable = CliRunner().invoke(app, args)
    assert "| stress F1 on GoEmotions test | n/a |" in readable.output
    missing = CliRunner().invoke(app, ["eval", "signals", "--labelled", str(tmp_path / "none")])
    assert missing.exit_code == 2


def test_train_stress_says_what_data_is_missing(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["train", "stress", "--goemotions", str(tmp_path)])
    assert result.exit_code == 2
    assert "train.tsv" in result.output
