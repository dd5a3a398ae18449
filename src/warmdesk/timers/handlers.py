"""Which function fires each kind of timer: the registry features add their handlers to."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from sqlalchemy.orm import Session

from warmdesk.timers.domain import DueTimer, check_kind


class TimerHandler(Protocol):
    """Does a timer's work inside the worker's transaction.

    It gets the worker's ``session`` (its writes commit together with the timer being marked
    fired, or not at all), the claimed ``timer`` (``timer.late_by`` says how late it is) and
    ``now``. It must not commit nor open a unit of work of its own; raising makes the timer
    retry later. Work outside the database (mail, chat) should be queued as rows here and
    sent by its own job, or it may happen twice when a commit fails after it.
    """

    def __call__(self, session: Session, timer: DueTimer, now: datetime) -> None: ...


# kind -> handler. The worker (``warmdesk worker``, or in-process under ``warmdesk serve``)
# fires the kinds found here; due timers of other kinds stay pending until one is added.
TIMER_HANDLERS: dict[str, TimerHandler] = {}


def register_timer_handler(kind: str, handler: TimerHandler) -> None:
    """Fire timers of ``kind`` with ``handler``. Registering the same pair again is harmless.

    Raises TimerRuleError for a malformed kind, and ValueError when the kind already has a
    different handler (two features claiming one kind is a bug, not a preference).
    """
    check_kind(kind)
    current = TIMER_HANDLERS.get(kind)
    if current is not None and current is not handler:
        raise ValueError(f"timer kind {kind!r} already has a handler: {current!r}")
    TIMER_HANDLERS[kind] = handler


def unregister_timer_handler(kind: str) -> None:
    """Stop firing ``kind`` (its timers stay pending). Unknown kinds are ignored."""
    TIMER_HANDLERS.pop(kind, None)
