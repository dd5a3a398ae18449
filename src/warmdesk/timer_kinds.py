"""Every feature's timer handlers, registered in one place for the worker."""

from __future__ import annotations

from warmdesk.priority.service import PRIORITY_TIMER_HANDLERS
from warmdesk.sla.admin import RESYNC_TIMER, fire_resync
from warmdesk.sla.breaches import SLA_TIMER_HANDLERS
from warmdesk.timers.handlers import TimerHandler, register_timer_handler

FEATURE_TIMER_HANDLERS: dict[str, TimerHandler] = {
    **SLA_TIMER_HANDLERS,
    **PRIORITY_TIMER_HANDLERS,
    RESYNC_TIMER: fire_resync,
}


def register_feature_timer_handlers() -> None:
    """Add the SLA and priority handlers to the worker's registry (safe to repeat)."""
    for kind, handler in FEATURE_TIMER_HANDLERS.items():
        register_timer_handler(kind, handler)
