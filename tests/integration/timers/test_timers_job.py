"""The worker's timers job: registered handlers fire; kinds without one are logged when
that changes, not at every poll."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from tests.conftest import START
from tests.integration.timers.conftest import RegisterHandler, add_timer, effects, record_effect
from warmdesk.context import AppContext
from warmdesk.jobs.timers import FireTimers
from warmdesk.timers.domain import TimerRuleError
from warmdesk.timers.handlers import TIMER_HANDLERS, register_timer_handler

WARNING = "Due timers left pending, no handler for their kind: "


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "warmdesk.timers"]


def test_the_job_fires_with_the_registered_handlers(
    ctx: AppContext, register_handler: RegisterHandler
) -> None:
    register_handler("test.job", record_effect)
    timer = add_timer(ctx, "test.job", "ticket:1", START)

    assert FireTimers()(ctx) == 1
    assert effects(ctx) == [timer.id]


def test_kinds_without_a_handler_are_logged_when_they_change(
    ctx: AppContext, caplog: pytest.LogCaptureFixture
) -> None:
    job = FireTimers()
    add_timer(ctx, "survey.reminder", "ticket:1", START - timedelta(hours=1))

    with caplog.at_level(logging.WARNING, logger="warmdesk.timers"):
        for _ in range(3):
            job(ctx)
        add_timer(ctx, "survey.reminder", "ticket:2", START)  # same kinds: nothing new to say
        job(ctx)
        add_timer(ctx, "csat.followup", "ticket:1", START)
        job(ctx)

    assert _warnings(caplog) == [
        WARNING + "'survey.reminder' (1)",
        WARNING + "'csat.followup' (1), 'survey.reminder' (2)",
    ]


def test_an_unchanged_list_is_repeated_after_a_while(
    ctx: AppContext, caplog: pytest.LogCaptureFixture
) -> None:
    job = FireTimers(repeat_seconds=0)
    add_timer(ctx, "survey.reminder", "ticket:1", START)

    with caplog.at_level(logging.WARNING, logger="warmdesk.timers"):
        job(ctx)
        job(ctx)

    assert _warnings(caplog) == [WARNING + "'survey.reminder' (1)"] * 2


def test_one_kind_cannot_have_two_handlers(register_handler: RegisterHandler) -> None:
    register_handler("test.owned", record_effect)
    register_handler("test.owned", record_effect)  # the same pair again is harmless

    with pytest.raises(ValueError, match="already has a handler"):
        register_timer_handler("test.owned", lambda session, timer, now: None)
    with pytest.raises(TimerRuleError):
        register_timer_handler("Not a kind", record_effect)
    assert TIMER_HANDLERS["test.owned"] is record_effect
