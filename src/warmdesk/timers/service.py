"""Timer use cases: schedule and cancel inside a caller's transaction; fire what is due.

``schedule``, ``cancel`` and ``cancel_all`` take the caller's session and never commit, so a
timer is scheduled atomically with the change that caused it. ``fire_due_timers`` owns its
transactions: one per batch, with a savepoint per timer.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from warmdesk.context import AppContext
from warmdesk.db import unit_of_work
from warmdesk.settings import TimerSettings
from warmdesk.timers import repository
from warmdesk.timers.domain import (
    DueTimer,
    FailurePlan,
    FiringReport,
    RetryPolicy,
    TimerView,
    check_due_at,
    check_kind,
    check_subject_key,
    describe_failure,
    describe_lateness,
    is_late,
    plan_after_failure,
)
from warmdesk.timers.handlers import TimerHandler

log = logging.getLogger("warmdesk.timers")

MAX_BATCHES_PER_ROUND = 20  # then the worker's other jobs get their turn


def schedule(
    session: Session,
    kind: str,
    subject_key: str,
    due_at: datetime,
    payload: Mapping[str, Any] | None = None,
    *,
    now: datetime,
) -> TimerView:
    """Make sure one pending timer of ``kind`` for ``subject_key`` is due at ``due_at``:
    insert it, or move the pending one (new due time and payload, attempts from zero).

    Returns the pending timer. Raises TimerRuleError for a malformed kind or subject or a
    naive due time. Does not commit: the caller's unit of work does.
    """
    return repository.upsert_pending(
        session,
        kind=check_kind(kind),
        subject_key=check_subject_key(subject_key),
        due_at=check_due_at(due_at),
        payload=dict(payload or {}),
        now=now,
    )


def cancel(session: Session, kind: str, subject_key: str) -> bool:
    """Drop the pending timer of ``kind`` for ``subject_key``; return whether there was one.
    A timer that already fired (or failed) stays as it is. Does not commit."""
    return repository.delete_pending(session, subject_key=subject_key, kind=kind) > 0


def cancel_all(session: Session, subject_key: str, kind_prefix: str = "") -> int:
    """Drop every pending timer of ``subject_key`` whose kind starts with ``kind_prefix``
    (e.g. ``"sla."`` when a ticket closes); return how many. Does not commit."""
    return repository.delete_pending(session, subject_key=subject_key, kind_prefix=kind_prefix)


def pending_timers(session: Session, subject_key: str) -> list[TimerView]:
    """The pending timers of ``subject_key``, soonest first."""
    return repository.pending_for_subject(session, subject_key)


def failed_timers(ctx: AppContext, limit: int = 100) -> list[TimerView]:
    """Timers whose handler failed every allowed attempt, most recent first."""
    with ctx.reads() as session:
        return repository.failed_timers(session, limit)


@dataclass(frozen=True)
class _Outcome:
    timer: DueTimer
    late: bool = False
    failure: FailurePlan | None = None
    error: str | None = None


def fire_due_timers(
    ctx: AppContext,
    now: datetime,
    handlers: Mapping[str, TimerHandler],
    *,
    batch_size: int | None = None,
) -> FiringReport:
    """Fire every pending timer due by ``now`` whose kind has a handler, each exactly once.

    Timers are claimed in due order, ``batch_size`` (default: the setting) per transaction,
    for at most 20 batches; the worker calls again for the rest. Each timer's handler runs
    in a savepoint together with marking it fired, so a failing handler leaves no trace but
    its retry (or, after the last allowed attempt, the timer marked failed). Late timers and
    failures are logged (``warmdesk.timers``). Due timers of kinds without a handler stay
    pending and are counted in ``unhandled``.

    Returns the counts. Raises only what the database raises outside a handler (the batch
    is then rolled back and its timers stay due).
    """
    settings = ctx.settings.timers
    size = batch_size or settings.batch_size
    report = FiringReport()
    if handlers:
        for _ in range(MAX_BATCHES_PER_ROUND):
            outcomes = _fire_batch(ctx, now, handlers, size, settings)
            _log_outcomes(outcomes, settings.max_attempts)
            report = report.plus(_count(outcomes))
            if len(outcomes) < size:
                break
    with ctx.reads() as session:
        unhandled = repository.unhandled_due_counts(session, now, handlers.keys())
    return replace(report, unhandled=unhandled)


def _fire_batch(
    ctx: AppContext,
    now: datetime,
    handlers: Mapping[str, TimerHandler],
    size: int,
    settings: TimerSettings,
) -> list[_Outcome]:
    policy = RetryPolicy(
        max_attempts=settings.max_attempts,
        first_delay=timedelta(seconds=settings.retry_base_seconds),
        max_delay=timedelta(seconds=settings.retry_max_seconds),
    )
    grace = timedelta(seconds=settings.late_after_seconds)
    with unit_of_work(ctx.sessions) as session:
        _begin_writing(session)
        due = repository.claim_due(session, now, handlers.keys(), size)
        return [
            _fire_one(session, timer, handlers[timer.kind], now, policy, grace) for timer in due
        ]


def _begin_writing(session: Session) -> None:
    """On SQLite, take the database's write lock before the claim (``BEGIN IMMEDIATE``).

    The sqlite3 driver would otherwise start the transaction only at the first SAVEPOINT and
    end it at that savepoint's RELEASE, so savepoints would not nest in one transaction.
    Taking the lock first also makes a second process (``serve --workers 2``) wait for this
    batch to commit, and then find its timers fired: no double firing there either.
    PostgreSQL claims with ``FOR UPDATE SKIP LOCKED`` instead.
    """
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _fire_one(
    session: Session,
    timer: DueTimer,
    handler: TimerHandler,
    now: datetime,
    policy: RetryPolicy,
    grace: timedelta,
) -> _Outcome:
    """Mark ``timer`` fired and run its handler in one savepoint; on failure, roll both back
    and record the attempt. Marked first, so a handler that schedules the same kind for the
    same subject (a recurring reminder) adds a new pending timer instead of moving this one."""
    try:
        # Leaving the block releases the savepoint (flushing what the handler added); an
        # error anywhere in it, the flush included, rolls the savepoint back instead.
        with session.begin_nested():
            repository.mark_fired(session, timer.id, now)
            handler(session, timer, now)
    except Exception as error:
        plan = plan_after_failure(timer.attempts, now, policy)
        description = describe_failure(error)
        repository.record_failure(
            session,
            timer.id,
            attempts=plan.attempts,
            error=description,
            retry_at=plan.retry_at,
            now=now,
        )
        return _Outcome(timer, failure=plan, error=description)
    return _Outcome(timer, late=is_late(timer.late_by, grace))


def _count(outcomes: list[_Outcome]) -> FiringReport:
    failures = [o.failure for o in outcomes if o.failure is not None]
    return FiringReport(
        claimed=len(outcomes),
        fired=len(outcomes) - len(failures),
        late=sum(1 for o in outcomes if o.late),
        retried=sum(1 for f in failures if not f.gives_up),
        failed=sum(1 for f in failures if f.gives_up),
    )


def _log_outcomes(outcomes: list[_Outcome], max_attempts: int) -> None:
    """Logged once the batch committed, so nothing is reported that did not happen."""
    for outcome in outcomes:
        timer = outcome.timer
        name = f"Timer #{timer.id} {timer.kind} for {timer.subject_key}"
        due = f"due {timer.due_at:%Y-%m-%d %H:%M:%S} UTC"
        if outcome.failure is None:
            if outcome.late:
                log.warning("%s %s (%s).", name, describe_lateness(timer.late_by), due)
        elif outcome.failure.retry_at is None:
            log.error(
                "%s failed %d time(s) and was given up: %s",
                name,
                outcome.failure.attempts,
                outcome.error,
            )
        else:
            log.warning(
                "%s failed (attempt %d of %d), retrying at %s UTC: %s",
                name,
                outcome.failure.attempts,
                max_attempts,
                f"{outcome.failure.retry_at:%Y-%m-%d %H:%M:%S}",
                outcome.error,
            )
