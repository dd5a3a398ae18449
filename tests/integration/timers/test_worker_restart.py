"""A worker stopped across a deadline and started again fires the timer once, late, and
says so, on both databases."""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from tests.conftest import START
from tests.integration.timers.conftest import (
    RegisterHandler,
    add_timer,
    effects,
    record_effect,
    timer_row,
)
from warmdesk.app import build_context
from warmdesk.clock import FixedClock
from warmdesk.context import AppContext
from warmdesk.jobs.worker import Job, run_worker
from warmdesk.settings import Settings
from warmdesk.timers.domain import DueTimer

KIND = "test.deadline"


def _one_cycle(ctx: AppContext) -> list[str]:
    lines: list[str] = []
    run_worker(ctx, threading.Event(), poll_seconds=0, once=True, log=lines.append)
    return lines


def test_a_worker_down_across_a_deadline_fires_once_late_when_back(
    settings: Settings,
    clock: FixedClock,
    register_handler: RegisterHandler,
    caplog: pytest.LogCaptureFixture,
) -> None:
    lateness: list[timedelta] = []

    def on_deadline(session: Session, timer: DueTimer, now: datetime) -> None:
        lateness.append(timer.late_by)
        record_effect(session, timer, now)

    register_handler(KIND, on_deadline)
    first_run = build_context(settings, clock)
    timer = add_timer(first_run, KIND, "ticket:42", START + timedelta(minutes=10))
    assert not any(line.startswith("timers:") for line in _one_cycle(first_run))  # not due
    first_run.sessions.kw["bind"].dispose()  # the worker stops...

    clock.advance(timedelta(hours=3, minutes=22))  # ...across the deadline, and comes back
    second_run = build_context(settings, clock)
    try:
        with caplog.at_level(logging.WARNING, logger="warmdesk.timers"):
            lines = _one_cycle(second_run)
            again = _one_cycle(second_run)

        assert "timers: 1 item(s)" in lines
        assert not any(line.startswith("timers:") for line in again)
        assert lateness == [timedelta(hours=3, minutes=12)]
        assert effects(second_run) == [timer.id]
        assert timer_row(second_run, timer.id).fired_at == START + timedelta(hours=3, minutes=22)
        assert [r.getMessage() for r in caplog.records] == [
            f"Timer #{timer.id} test.deadline for ticket:42 fired 3 h 12 min late "
            "(due 2026-11-02 09:10:00 UTC)."
        ]
    finally:
        second_run.sessions.kw["bind"].dispose()


def test_a_job_that_fails_does_not_stop_the_worker(ctx: AppContext) -> None:
    def broken(_ctx: AppContext) -> int:
        raise ConnectionError("database away")

    def fine(_ctx: AppContext) -> int:
        return 1

    lines: list[str] = []
    warnings: list[str] = []
    jobs = [Job("broken", 0, broken), Job("fine", 0, fine)]
    run_worker(
        ctx,
        threading.Event(),
        poll_seconds=0,
        once=True,
        log=lines.append,
        jobs=jobs,
        warn=warnings.append,
    )

    assert warnings == ["broken failed: ConnectionError: database away"]
    assert "fine: 1 item(s)" in lines
