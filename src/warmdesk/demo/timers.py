"""Let the demo's timers fire as the story's clock passes them, as a running worker would:
at-risk warnings and breaches then happen at their due times, not all at once when the
server starts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from warmdesk.clock import FixedClock
from warmdesk.context import AppContext
from warmdesk.timer_kinds import FEATURE_TIMER_HANDLERS
from warmdesk.timers.models import Timer
from warmdesk.timers.repository import is_pending
from warmdesk.timers.service import fire_due_timers

# A story step may pass many timers; this bounds the work one step can cause.
MAX_FIRINGS_PER_STEP = 200


def catch_up(ctx: AppContext, clock: FixedClock, until: datetime) -> int:
    """Fire every feature timer due before ``until`` at its own due time; return how many
    fired. The clock is left at ``until``."""
    fired = 0
    kinds = list(FEATURE_TIMER_HANDLERS)
    for _ in range(MAX_FIRINGS_PER_STEP):
        with ctx.reads() as session:
            query = select(func.min(Timer.due_at)).where(is_pending(), Timer.kind.in_(kinds))
            due = session.scalar(query)
        if due is None or due > until:
            break
        clock.set(due)
        fired += fire_due_timers(ctx, due, FEATURE_TIMER_HANDLERS).fired
    clock.set(until)
    return fired
