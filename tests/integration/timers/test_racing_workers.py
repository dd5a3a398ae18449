"""Two workers, each with its own engine, racing for the same due timers: every timer fires
exactly once. On PostgreSQL they claim different rows (FOR UPDATE SKIP LOCKED) and work
side by side; on SQLite (two server processes) they take turns on the write lock."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.conftest import START
from tests.integration.timers.conftest import all_timers, effects, record_effect
from warmdesk.app import build_context
from warmdesk.clock import FixedClock
from warmdesk.context import AppContext
from warmdesk.db import unit_of_work
from warmdesk.settings import Settings
from warmdesk.timers.domain import DueTimer
from warmdesk.timers.models import Timer
from warmdesk.timers.service import fire_due_timers, schedule

KIND = "test.race"
TIMERS = 400


def _slow_effect(session: Session, timer: DueTimer, now: datetime) -> None:
    record_effect(session, timer, now)
    time.sleep(0.0005)  # hold the batch's locks a little, so the other worker must skip


def _work(
    ctx: AppContext, start: threading.Barrier, fired: list[int], errors: list[BaseException]
) -> None:
    try:
        start.wait(timeout=30)
        while True:
            report = fire_due_timers(ctx, START, {KIND: _slow_effect}, batch_size=10)
            fired.append(report.fired)
            if report.claimed == 0:
                return
    except BaseException as error:  # re-raised in the test
        errors.append(error)


def test_two_workers_racing_fire_every_timer_exactly_once(
    settings: Settings, clock: FixedClock, ctx: AppContext
) -> None:
    with unit_of_work(ctx.sessions) as session:
        for n in range(TIMERS):
            due = START - timedelta(minutes=30) + timedelta(seconds=n % 97)
            schedule(session, KIND, f"ticket:{n}", due, now=START)
    workers = [build_context(settings, clock) for _ in range(2)]
    start = threading.Barrier(len(workers))
    fired: list[list[int]] = [[] for _ in workers]
    errors: list[BaseException] = []
    threads = [
        threading.Thread(target=_work, args=(worker, start, fired[i], errors))
        for i, worker in enumerate(workers)
    ]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    finally:
        for worker in workers:
            worker.sessions.kw["bind"].dispose()

    assert errors == []
    assert not any(thread.is_alive() for thread in threads)
    per_worker = [sum(counts) for counts in fired]
    assert sum(per_worker) == TIMERS
    rows = all_timers(ctx)
    assert all(row.fired_at == START and row.attempts == 0 for row in rows)
    assert effects(ctx) == sorted(row.id for row in rows)  # one effect per timer, no repeats
    with ctx.reads() as session:
        assert session.scalar(select(func.count()).select_from(Timer)) == TIMERS
    if not settings.is_sqlite:
        assert min(per_worker) > 0, f"one worker did all the work: {per_worker}"
