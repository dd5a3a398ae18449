"""Firing due timers on both databases: once, in due order, with retries, and never lost."""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from tests.conftest import START
from tests.integration.timers.conftest import (
    add_timer,
    all_timers,
    effect_count,
    effects,
    record_effect,
    timer_row,
)
from warmdesk.audit.models import AuditEvent
from warmdesk.context import AppContext
from warmdesk.db import unit_of_work
from warmdesk.timers.domain import DueTimer, FiringReport
from warmdesk.timers.service import failed_timers, fire_due_timers, pending_timers, schedule

NUDGE = "commitment.nudge"


def test_due_timers_fire_once_in_due_order_and_future_ones_wait(ctx: AppContext) -> None:
    seen: list[DueTimer] = []

    def handler(session: Session, timer: DueTimer, now: datetime) -> None:
        seen.append(timer)
        record_effect(session, timer, now)

    later = add_timer(ctx, NUDGE, "ticket:3", START - timedelta(minutes=1), {"n": 3})
    sooner = add_timer(ctx, NUDGE, "ticket:2", START - timedelta(minutes=5), {"n": 2})
    future = add_timer(ctx, NUDGE, "ticket:1", START + timedelta(seconds=1))

    first = fire_due_timers(ctx, START, {NUDGE: handler})
    second = fire_due_timers(ctx, START, {NUDGE: handler})

    assert first == FiringReport(claimed=2, fired=2, late=1)  # 5 min late; 1 min is not
    assert second == FiringReport()
    assert [t.id for t in seen] == [sooner.id, later.id]
    assert seen[0].payload == {"n": 2}
    assert seen[0].late_by == timedelta(minutes=5)
    assert seen[0].attempts == 0
    assert effects(ctx) == sorted([sooner.id, later.id])
    assert timer_row(ctx, sooner.id).fired_at == START
    assert timer_row(ctx, future.id).fired_at is None


def test_more_due_timers_than_a_batch_all_fire_in_one_round(ctx: AppContext) -> None:
    due = START - timedelta(hours=1)
    with unit_of_work(ctx.sessions) as session:
        for n in range(60):  # batch_size is 25 in these tests
            schedule(session, NUDGE, f"ticket:{n}", due + timedelta(seconds=n), now=START)

    report = fire_due_timers(ctx, START, {NUDGE: record_effect})

    assert (report.claimed, report.fired, report.late) == (60, 60, 60)
    assert effect_count(ctx) == 60


def test_a_timer_fired_past_the_grace_period_counts_and_logs_as_late(
    ctx: AppContext, caplog: pytest.LogCaptureFixture
) -> None:
    on_time = add_timer(ctx, NUDGE, "ticket:1", START - timedelta(seconds=59))
    late = add_timer(ctx, NUDGE, "ticket:2", START - timedelta(hours=3, minutes=12))

    with caplog.at_level(logging.WARNING, logger="warmdesk.timers"):
        report = fire_due_timers(ctx, START, {NUDGE: record_effect})

    assert (report.fired, report.late) == (2, 1)
    [message] = [r.getMessage() for r in caplog.records]
    assert f"Timer #{late.id} commitment.nudge for ticket:2 fired 3 h 12 min late" in message
    assert f"#{on_time.id} " not in message


def test_a_failing_handler_leaves_no_trace_and_retries_with_backoff(
    ctx: AppContext, caplog: pytest.LogCaptureFixture
) -> None:
    def handler(session: Session, timer: DueTimer, now: datetime) -> None:
        record_effect(session, timer, now)
        if timer.subject_key == "ticket:2":
            raise RuntimeError("mail relay refused: password=hunter2\nsecond line")

    ok_before = add_timer(ctx, NUDGE, "ticket:1", START - timedelta(minutes=3))
    failing = add_timer(ctx, NUDGE, "ticket:2", START - timedelta(minutes=2))
    ok_after = add_timer(ctx, NUDGE, "ticket:3", START - timedelta(minutes=1))

    with caplog.at_level(logging.WARNING, logger="warmdesk.timers"):
        report = fire_due_timers(ctx, START, {NUDGE: handler})

    assert (report.fired, report.retried, report.failed) == (2, 1, 0)
    assert effects(ctx) == [ok_before.id, ok_after.id]  # the failing one's effect rolled back
    row = timer_row(ctx, failing.id)
    assert (row.fired_at, row.failed_at, row.attempts) == (None, None, 1)
    assert row.due_at == START + timedelta(seconds=30)
    assert row.last_error == "RuntimeError: mail relay refused: password=***"
    assert "failed (attempt 1 of 3), retrying at 2026-11-02 09:00:30 UTC" in caplog.text
    assert "hunter2" not in caplog.text

    # Not before its retry time; then again with a longer wait.
    assert fire_due_timers(ctx, START + timedelta(seconds=29), {NUDGE: handler}).claimed == 0
    again = fire_due_timers(ctx, START + timedelta(seconds=30), {NUDGE: handler})
    assert (again.claimed, again.retried) == (1, 1)
    assert timer_row(ctx, failing.id).due_at == START + timedelta(seconds=90)


def test_a_handler_that_keeps_failing_is_given_up_and_kept_for_admins(
    ctx: AppContext, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(session: Session, timer: DueTimer, now: datetime) -> None:
        raise ValueError("no such ticket")

    timer = add_timer(ctx, NUDGE, "ticket:9", START)
    reports = []
    now = START
    with caplog.at_level(logging.ERROR, logger="warmdesk.timers"):
        for _ in range(5):
            reports.append(fire_due_timers(ctx, now, {NUDGE: broken}))
            now += timedelta(hours=1)

    assert [(r.retried, r.failed) for r in reports] == [(1, 0), (1, 0), (0, 1), (0, 0), (0, 0)]
    row = timer_row(ctx, timer.id)
    assert (row.attempts, row.fired_at, row.failed_at) == (3, None, START + timedelta(hours=2))
    assert f"Timer #{timer.id} commitment.nudge for ticket:9 failed 3 time(s)" in caplog.text
    [listed] = failed_timers(ctx)
    assert (listed.id, listed.last_error) == (timer.id, "ValueError: no such ticket")
    with ctx.reads() as session:
        assert pending_timers(session, "ticket:9") == []
    # Given up, it no longer blocks a new timer of the same kind for the subject.
    assert add_timer(ctx, NUDGE, "ticket:9", now).id != timer.id


def test_a_handler_error_at_flush_rolls_back_that_timer_only(ctx: AppContext) -> None:
    def dangling(session: Session, timer: DueTimer, now: datetime) -> None:
        if timer.subject_key == "ticket:1":
            session.add(  # a ticket that does not exist: refused when flushed
                AuditEvent(
                    entity_type="timer",
                    entity_id=timer.id,
                    ticket_id=987_654,
                    action="broken",
                    changes={},
                    created_at=now,
                )
            )
        else:
            record_effect(session, timer, now)

    broken = add_timer(ctx, NUDGE, "ticket:1", START - timedelta(minutes=2))
    fine = add_timer(ctx, NUDGE, "ticket:2", START - timedelta(minutes=1))

    report = fire_due_timers(ctx, START, {NUDGE: dangling})

    assert (report.fired, report.retried) == (1, 1)
    assert effects(ctx) == [fine.id]
    assert timer_row(ctx, broken.id).last_error.startswith("IntegrityError")  # type: ignore[union-attr]


def test_a_handler_that_swallows_a_database_error_does_not_break_the_batch(
    ctx: AppContext,
) -> None:
    def swallowing(session: Session, timer: DueTimer, now: datetime) -> None:
        if timer.subject_key == "ticket:1":
            with contextlib.suppress(Exception):  # what a careless handler does
                session.execute(text("SELECT * FROM no_such_table"))
        record_effect(session, timer, now)

    careless = add_timer(ctx, NUDGE, "ticket:1", START - timedelta(minutes=2))
    fine = add_timer(ctx, NUDGE, "ticket:2", START - timedelta(minutes=1))

    report = fire_due_timers(ctx, START, {NUDGE: swallowing})

    assert fine.id in effects(ctx)
    if ctx.settings.is_sqlite:  # SQLite carries on after a failed statement
        assert (report.fired, report.retried) == (2, 0)
    else:  # PostgreSQL aborted the savepoint: that timer is retried, its effect undone
        assert (report.fired, report.retried) == (1, 1)
        assert effects(ctx) == [fine.id]
        assert timer_row(ctx, careless.id).attempts == 1


def test_a_timer_without_a_handler_stays_pending_and_is_reported(ctx: AppContext) -> None:
    unknown = add_timer(ctx, "survey.reminder", "ticket:1", START - timedelta(days=1))
    add_timer(ctx, "survey.reminder", "ticket:2", START - timedelta(days=1))
    add_timer(ctx, "survey.reminder", "ticket:3", START + timedelta(days=1))  # not due
    known = add_timer(ctx, NUDGE, "ticket:1", START)

    report = fire_due_timers(ctx, START, {NUDGE: record_effect})
    nothing_handled = fire_due_timers(ctx, START, {})

    assert (report.fired, report.unhandled) == (1, {"survey.reminder": 2})
    assert (nothing_handled.claimed, nothing_handled.unhandled) == (0, {"survey.reminder": 2})
    assert effects(ctx) == [known.id]
    assert timer_row(ctx, unknown.id).fired_at is None
    # Once a handler exists, they fire.
    later = fire_due_timers(ctx, START, {"survey.reminder": record_effect})
    assert (later.fired, later.unhandled) == (2, {})


def test_a_handler_may_schedule_its_own_next_reminder(ctx: AppContext) -> None:
    def remind_again(session: Session, timer: DueTimer, now: datetime) -> None:
        record_effect(session, timer, now)
        if timer.payload["left"]:
            payload = {"left": timer.payload["left"] - 1}
            schedule(
                session, timer.kind, timer.subject_key, now + timedelta(hours=1), payload, now=now
            )

    add_timer(ctx, NUDGE, "ticket:1", START, {"left": 2})

    for hour in range(4):
        fire_due_timers(ctx, START + timedelta(hours=hour), {NUDGE: remind_again})

    rows = all_timers(ctx)
    assert [(row.payload["left"], row.fired_at) for row in rows] == [
        (2, START),
        (1, START + timedelta(hours=1)),
        (0, START + timedelta(hours=2)),
    ]
    assert effect_count(ctx) == 3
