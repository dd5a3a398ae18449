"""The worker's timers job: fire what is due now with every registered handler."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping

from warmdesk.context import AppContext
from warmdesk.timer_kinds import register_feature_timer_handlers
from warmdesk.timers.handlers import TIMER_HANDLERS
from warmdesk.timers.service import fire_due_timers

log = logging.getLogger("warmdesk.timers")


class FireTimers:
    """The job: fire due timers (see :func:`warmdesk.timers.service.fire_due_timers`) and
    return how many fired. Lateness and failures are logged as they happen; due kinds with
    no handler are logged when that list changes and every ``repeat_seconds`` while it
    lasts, not at every poll (every second by default)."""

    def __init__(self, repeat_seconds: float = 600.0) -> None:
        self._repeat_seconds = repeat_seconds
        self._lock = threading.Lock()
        self._last_kinds: frozenset[str] = frozenset()
        self._last_logged = float("-inf")

    def __call__(self, ctx: AppContext) -> int:
        # The features' handlers (SLA, priority) join the registry when the worker first
        # runs, not when this module is imported.
        register_feature_timer_handlers()
        report = fire_due_timers(ctx, ctx.clock.now(), TIMER_HANDLERS)
        self._notice_unhandled(report.unhandled)
        return report.fired

    def _notice_unhandled(self, unhandled: Mapping[str, int]) -> None:
        kinds, now = frozenset(unhandled), time.monotonic()
        with self._lock:
            changed = kinds != self._last_kinds
            due_again = bool(kinds) and now - self._last_logged >= self._repeat_seconds
            self._last_kinds = kinds
            if not (kinds and (changed or due_again)):
                return
            self._last_logged = now
        listed = ", ".join(f"{kind!r} ({count})" for kind, count in unhandled.items())
        log.warning("Due timers left pending, no handler for their kind: %s", listed)


fire_timers = FireTimers()
