"""The `warmdesk` command as an admin uses it, against a real SQLite file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.support.postgres import free_port
from warmdesk.cli import app


@pytest.fixture
def data_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WARMDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("WARMDESK_DATABASE_URL", raising=False)
    return tmp_path / "data"


def test_demo_twice_seeds_once(data_env: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(app, ["demo", "--no-serve"])
    assert first.exit_code == 0, first.output
    assert "Demo desk created" in first.output
    assert "admin@warmdesk.demo" in first.output
    assert "/agent" in first.output

    second = runner.invoke(app, ["demo", "--no-serve"])
    assert second.exit_code == 0, second.output
    assert "already there; nothing was added" in second.output
    assert "Database schema is up to date" in second.output


def test_create_admin_then_sign_in_with_the_token(data_env: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        app,
        ["create-admin", "--email", "lead@example.test", "--name", "Ines Lead", "--token"],
        env={"WARMDESK_ADMIN_PASSWORD": "a-long-admin-password"},
    )
    assert result.exit_code == 0, result.output
    assert "Admin #1 lead@example.test created" in result.output
    assert "API token (shown once): wd_" in result.output

    again = runner.invoke(
        app,
        ["create-admin", "--email", "lead@example.test", "--name", "Ines Lead"],
        env={"WARMDESK_ADMIN_PASSWORD": "a-long-admin-password"},
    )
    assert again.exit_code == 1
    assert "already exists" in again.output


def test_weak_admin_passwords_are_refused(data_env: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["create-admin", "--email", "x@example.test", "--name", "X", "--password", "short"],
    )
    assert result.exit_code == 1
    assert "Could not create the admin" in result.output


def test_production_refuses_the_development_secret(data_env: Path) -> None:
    result = CliRunner().invoke(app, ["migrate"], env={"WARMDESK_ENV": "production"})
    assert result.exit_code == 2
    assert "WARMDESK_SECRET_KEY" in result.output


def test_worker_runs_once_and_stops(data_env: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["migrate"]).exit_code == 0
    result = runner.invoke(app, ["worker", "--once"])
    assert result.exit_code == 0, result.output
    assert "optimize-sqlite" in result.output
    assert "stopped after 1 cycle" in result.output


def test_serve_with_two_workers_answers_and_stops_on_sigint(data_env: Path) -> None:
    env = {**os.environ, "WARMDESK_DATA_DIR": str(data_env)}
    subprocess.run(
        [sys.executable, "-m", "warmdesk.cli", "migrate"], env=env, check=True, capture_output=True
    )
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "warmdesk.cli",
            "serve",
            "--workers",
            "2",
            "--port",
            str(port),
            "--no-access-log",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        body = b""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/healthz", timeout=2
                ) as answer:
                    body = answer.read()
                break
            except OSError:
                time.sleep(0.2)
        assert b'"status":"ok"' in body
    finally:
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=30)
    assert process.returncode == 0, output.decode()
