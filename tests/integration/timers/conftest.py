"""Timer tests: settings tuned for them, a handler whose effect lives in the same database,
and a way to register handlers in the worker's registry for one test only."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warmdesk.audit import repository as audit
from warmdesk.audit.models import AuditEvent
from warmdesk.context import AppContext
from warmdesk.db import unit_of_work
from warmdesk.settings import Settings, TimerSettings
from warmdesk.timers.domain import DueTimer, TimerView
from warmdesk.timers.handlers import (
    TimerHandler,
    register_timer_handler,
    unregister_timer_handler,
)
from warmdesk.timers.models import Timer
from warmdesk.timers.service import schedule

EFFECT = "timer.test_effect"  # the audit action a test handler writes


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    timers = TimerSettings(
        poll_seconds=0.05,
        batch_size=25,
        max_attempts=3,
        retry_base_seconds=30,
        retry_max_seconds=600,
        late_after_seconds=60,
    )
    return Settings(
        env="test", data_dir=tmp_path / "data", database_url=database_url, timers=timers
    )


def record_effect(session: Session, timer: DueTimer, now: datetime) -> None:
    """A handler whose work is a row in the same database: rolled back with its savepoint."""
    audit.record(
        session,
        actor_id=None,
        entity_type="timer",
        entity_id=timer.id,
        action=EFFECT,
        changes={"subject": timer.subject_key, "late_by_s": timer.late_by.total_seconds()},
        now=now,
    )


def effects(ctx: AppContext) -> list[int]:
    """The timer ids whose effect was recorded, once per effect, in order."""
    with ctx.reads() as session:
        stmt = (
            select(AuditEvent.entity_id)
            .where(AuditEvent.action == EFFECT)
            .order_by(AuditEvent.entity_id)
        )
        return list(session.scalars(stmt))


def effect_count(ctx: AppContext) -> int:
    with ctx.reads() as session:
        stmt = select(func.count()).select_from(AuditEvent).where(AuditEvent.action == EFFECT)
        return int(session.scalar(stmt) or 0)


def add_timer(
    ctx: AppContext,
    kind: str,
    subject_key: str,
    due_at: datetime,
    payload: dict[str, object] | None = None,
) -> TimerView:
    """Schedule one timer in its own transaction, as a feature's service would."""
    with unit_of_work(ctx.sessions) as session:
        return schedule(session, kind, subject_key, due_at, payload, now=ctx.clock.now())


def timer_row(ctx: AppContext, timer_id: int) -> Timer:
    with ctx.reads() as session:
        row = session.get(Timer, timer_id)
        assert row is not None
        session.expunge(row)
        return row


def all_timers(ctx: AppContext) -> list[Timer]:
    with ctx.reads() as session:
        rows = list(session.scalars(select(Timer).order_by(Timer.id)))
        session.expunge_all()
        return rows


RegisterHandler = Callable[[str, TimerHandler], None]


@pytest.fixture
def register_handler() -> Iterator[RegisterHandler]:
    """Register handlers in the worker's registry; they are removed after the test."""
    kinds: list[str] = []

    def register(kind: str, handler: TimerHandler) -> None:
        register_timer_handler(kind, handler)
        kinds.append(kind)

    yield register
    for kind in kinds:
        unregister_timer_handler(kind)
