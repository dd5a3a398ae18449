"""Scheduling and cancelling timers inside a caller's transaction, on both databases."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from tests.conftest import START
from tests.integration.timers.conftest import add_timer, all_timers, record_effect
from warmdesk.context import AppContext
from warmdesk.db import unit_of_work
from warmdesk.timers.domain import TimerRuleError
from warmdesk.timers.models import Timer
from warmdesk.timers.service import (
    cancel,
    cancel_all,
    fire_due_timers,
    pending_timers,
    schedule,
)

BREACH = "sla.first_response.breach"


def test_scheduling_twice_keeps_one_pending_timer_and_moves_it(ctx: AppContext) -> None:
    first = add_timer(ctx, BREACH, "ticket:42", START + timedelta(hours=1), {"target": "1h"})

    second = add_timer(ctx, BREACH, "ticket:42", START + timedelta(hours=2), {"target": "2h"})

    assert second.id == first.id
    assert second.due_at == START + timedelta(hours=2)
    assert second.payload == {"target": "2h"}
    [row] = all_timers(ctx)
    assert (row.id, row.due_at, row.payload, row.created_at) == (
        first.id,
        START + timedelta(hours=2),
        {"target": "2h"},
        START,
    )


def test_other_kinds_and_subjects_are_separate_timers(ctx: AppContext) -> None:
    add_timer(ctx, BREACH, "ticket:1", START)
    add_timer(ctx, "sla.first_response.warning", "ticket:1", START)
    add_timer(ctx, BREACH, "ticket:2", START)

    assert len(all_timers(ctx)) == 3


def test_a_timer_is_scheduled_only_if_the_callers_transaction_commits(ctx: AppContext) -> None:
    def change_that_fails() -> None:
        with unit_of_work(ctx.sessions) as session:
            schedule(session, BREACH, "ticket:7", START + timedelta(hours=1), now=START)
            raise RuntimeError("the change failed")

    with pytest.raises(RuntimeError, match="the change failed"):
        change_that_fails()

    assert all_timers(ctx) == []


def test_cancel_drops_the_pending_timer_only(ctx: AppContext) -> None:
    add_timer(ctx, BREACH, "ticket:1", START + timedelta(hours=1))
    add_timer(ctx, "sla.resolution.breach", "ticket:1", START + timedelta(hours=8))

    with unit_of_work(ctx.sessions) as session:
        dropped = cancel(session, BREACH, "ticket:1")
        dropped_again = cancel(session, BREACH, "ticket:1")
        none_there = cancel(session, BREACH, "ticket:2")

    assert (dropped, dropped_again, none_there) == (True, False, False)
    assert [row.kind for row in all_timers(ctx)] == ["sla.resolution.breach"]


def test_cancel_all_drops_a_subjects_timers_by_kind_prefix(ctx: AppContext) -> None:
    for kind in (BREACH, "sla.resolution.breach", "commitment.nudge"):
        add_timer(ctx, kind, "ticket:1", START + timedelta(hours=1))
    add_timer(ctx, BREACH, "ticket:2", START + timedelta(hours=1))
    add_timer(ctx, "slab.thing", "ticket:1", START + timedelta(hours=1))  # not "sla."

    with unit_of_work(ctx.sessions) as session:
        dropped_sla = cancel_all(session, "ticket:1", "sla.")
        left = [timer.kind for timer in pending_timers(session, "ticket:1")]

    assert dropped_sla == 2
    assert left == ["commitment.nudge", "slab.thing"]
    with unit_of_work(ctx.sessions) as session:
        assert cancel_all(session, "ticket:1") == 2
    assert [(row.kind, row.subject_key) for row in all_timers(ctx)] == [(BREACH, "ticket:2")]


def test_a_like_wildcard_in_the_prefix_is_taken_literally(ctx: AppContext) -> None:
    add_timer(ctx, "sla_x.breach", "ticket:1", START)
    add_timer(ctx, "slaax.breach", "ticket:1", START)

    with unit_of_work(ctx.sessions) as session:
        assert cancel_all(session, "ticket:1", "sla_") == 1

    assert [row.kind for row in all_timers(ctx)] == ["slaax.breach"]


def test_pending_timers_are_listed_soonest_first(ctx: AppContext) -> None:
    add_timer(ctx, "b.later", "ticket:1", START + timedelta(hours=2))
    add_timer(ctx, "a.sooner", "ticket:1", START + timedelta(hours=1))

    with ctx.reads() as session:
        listed = pending_timers(session, "ticket:1")

    assert [(t.kind, t.due_at) for t in listed] == [
        ("a.sooner", START + timedelta(hours=1)),
        ("b.later", START + timedelta(hours=2)),
    ]


def test_after_a_timer_fired_scheduling_again_adds_a_new_one(ctx: AppContext) -> None:
    fired = add_timer(ctx, BREACH, "ticket:1", START)
    fire_due_timers(ctx, START, {BREACH: record_effect})

    again = add_timer(ctx, BREACH, "ticket:1", START + timedelta(hours=1))
    with unit_of_work(ctx.sessions) as session:
        cancelled = cancel(session, BREACH, "ticket:1")

    assert again.id != fired.id
    assert cancelled is True
    [row] = all_timers(ctx)
    assert (row.id, row.fired_at) == (fired.id, START)  # the fired one is kept, uncancelled


@pytest.mark.parametrize(
    ("kind", "subject"),
    [("Not A Kind", "ticket:1"), (BREACH, ""), (BREACH, " ticket:1")],
)
def test_malformed_kinds_and_subjects_are_refused(ctx: AppContext, kind: str, subject: str) -> None:
    with pytest.raises(TimerRuleError), unit_of_work(ctx.sessions) as session:
        schedule(session, kind, subject, START, now=START)


def test_a_naive_due_time_is_refused(ctx: AppContext) -> None:
    with pytest.raises(TimerRuleError, match="timezone-aware"), unit_of_work(ctx.sessions) as s:
        schedule(s, BREACH, "ticket:1", START.replace(tzinfo=None), now=START)


def test_the_database_refuses_a_second_pending_timer_for_one_subject_and_kind(
    ctx: AppContext,
) -> None:
    add_timer(ctx, BREACH, "ticket:1", START)

    with pytest.raises(IntegrityError), unit_of_work(ctx.sessions) as session:
        session.add(
            Timer(kind=BREACH, subject_key="ticket:1", due_at=START, payload={}, created_at=START)
        )
