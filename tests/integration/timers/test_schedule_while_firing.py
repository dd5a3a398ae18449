"""Scheduling a timer while a worker is firing the pending one of the same kind and subject:
the new one waits for the firing to commit and is then added, not lost nor merged into it."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from tests.conftest import START
from tests.integration.timers.conftest import add_timer, all_timers, record_effect
from warmdesk.app import build_context
from warmdesk.clock import FixedClock
from warmdesk.context import AppContext
from warmdesk.settings import Settings
from warmdesk.timers.domain import DueTimer, FiringReport
from warmdesk.timers.service import fire_due_timers

KIND = "commitment.nudge"


def test_a_timer_scheduled_during_its_firing_is_added_after_it(
    ctx: AppContext, settings: Settings, clock: FixedClock
) -> None:
    firing, release = threading.Event(), threading.Event()

    def slow(session: Session, timer: DueTimer, now: datetime) -> None:
        record_effect(session, timer, now)
        firing.set()
        assert release.wait(timeout=30)

    first = add_timer(ctx, KIND, "ticket:1", START)
    reports: list[FiringReport] = []
    worker = threading.Thread(
        target=lambda: reports.append(fire_due_timers(ctx, START, {KIND: slow}))
    )
    other = build_context(settings, clock)  # another process: a web request, say
    scheduled: list[int] = []
    scheduler = threading.Thread(
        target=lambda: scheduled.append(
            add_timer(other, KIND, "ticket:1", START + timedelta(hours=1)).id
        )
    )
    try:
        worker.start()
        assert firing.wait(timeout=30)
        scheduler.start()
        scheduler.join(timeout=0.5)
        waited = scheduler.is_alive()  # it waits for the firing transaction
        release.set()
        worker.join(timeout=30)
        scheduler.join(timeout=30)
    finally:
        release.set()
        other.sessions.kw["bind"].dispose()

    assert waited
    assert [report.fired for report in reports] == [1]
    rows = all_timers(ctx)
    assert [(row.id, row.due_at, row.fired_at) for row in rows] == [
        (first.id, START, START),
        (scheduled[0], START + timedelta(hours=1), None),
    ]
