"""``warmdesk serve`` runs the worker in-process on SQLite, for the app's lifespan only; apps
built without asking (tests) start no thread."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.conftest import START
from tests.integration.timers.conftest import RegisterHandler, add_timer, effects, record_effect
from tests.support.postgres import free_port
from warmdesk.app import build_context, create_app
from warmdesk.clock import FixedClock
from warmdesk.context import AppContext
from warmdesk.jobs.background import THREAD_NAME
from warmdesk.migrate import upgrade_to_head
from warmdesk.settings import Settings, TimerSettings

KIND = "test.in_process"


def _worker_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == THREAD_NAME]


def _wait_for(condition: Callable[[], bool], seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def test_the_server_app_runs_the_worker_for_its_lifespan_on_sqlite(
    ctx: AppContext, register_handler: RegisterHandler
) -> None:
    register_handler(KIND, record_effect)
    timer = add_timer(ctx, KIND, "ticket:1", START - timedelta(minutes=1))
    app = create_app(ctx.settings, ctx=ctx, in_process_worker=True)

    with TestClient(app) as client:
        assert client.get("/healthz").status_code == 200
        if ctx.settings.is_sqlite:
            assert app.state.worker.running
            assert len(_worker_threads()) == 1
            assert _wait_for(lambda: effects(ctx) == [timer.id])
        else:  # PostgreSQL: `warmdesk worker` does this, not the web server
            assert app.state.worker is None
            assert _worker_threads() == []

    assert _worker_threads() == []
    if ctx.settings.is_sqlite:
        assert not app.state.worker.running


@pytest.mark.parametrize("mode", ["on", "off"])
def test_the_setting_turns_the_in_process_worker_on_or_off(
    settings: Settings, clock: FixedClock, mode: str
) -> None:
    timers = settings.timers.model_copy(update={"in_process_worker": mode})
    context = build_context(settings.model_copy(update={"timers": timers}), clock)
    app = create_app(context.settings, ctx=context, in_process_worker=True)
    try:
        with TestClient(app):
            assert len(_worker_threads()) == (1 if mode == "on" else 0)
        assert _worker_threads() == []
    finally:
        context.sessions.kw["bind"].dispose()


def test_apps_built_without_asking_start_no_worker(ctx: AppContext) -> None:
    app = create_app(ctx.settings, ctx=ctx)

    with TestClient(app) as client:
        assert client.get("/healthz").status_code == 200
        assert app.state.worker is None
        assert _worker_threads() == []


def test_warmdesk_serve_on_sqlite_fires_timers_in_process(tmp_path: Path) -> None:
    """The real command: a due timer of a kind nobody handles is reported by the server's
    own worker within a poll or two, and the server still stops cleanly on Ctrl-C."""
    data_dir = tmp_path / "data"
    settings = Settings(env="test", data_dir=data_dir, timers=TimerSettings(poll_seconds=0.1))
    context = build_context(settings, FixedClock(START))
    upgrade_to_head(context.sessions.kw["bind"])
    add_timer(context, "survey.reminder", "ticket:1", START)  # due long before "now"
    context.sessions.kw["bind"].dispose()
    env = {
        **os.environ,
        "WARMDESK_DATA_DIR": str(data_dir),
        "WARMDESK_TIMERS__POLL_SECONDS": "0.1",
        "WARMDESK_DATABASE_URL": "",
    }
    port = free_port()
    command = [sys.executable, "-m", "warmdesk.cli", "serve", "--port", str(port)]
    process = subprocess.Popen(
        [*command, "--no-access-log"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        assert _wait_for(lambda: _healthy(port), seconds=30), "the server did not answer"
        time.sleep(0.5)  # a few polls of the in-process worker
    finally:
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=30)
    text = output.decode(errors="replace")
    # One uvicorn process re-raises Ctrl-C once it has shut down cleanly: 130 is the shell's
    # "ended by SIGINT" (the same without the worker).
    assert process.returncode in (0, 130), text
    assert "Application shutdown complete" in text
    assert text.count("no handler for their kind: 'survey.reminder' (1)") == 1


def _healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as answer:
            return bool(answer.status == 200)
    except OSError:
        return False
