"""The worker loop: runs each registered job when its interval has passed.

Jobs register in :data:`REGISTERED_JOBS` as features need them: housekeeping, the timers
that SLA policies and commitments schedule (``warmdesk.timers``), retries later.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from warmdesk.context import AppContext
from warmdesk.jobs.maintenance import optimize_sqlite
from warmdesk.jobs.timers import fire_timers
from warmdesk.timers.domain import describe_failure


@dataclass(frozen=True)
class Job:
    name: str
    every_seconds: float  # 0: every cycle of the loop
    run: Callable[[AppContext], int]  # returns how many items it handled


REGISTERED_JOBS: list[Job] = [
    Job("optimize-sqlite", every_seconds=3600, run=optimize_sqlite),
    # Every cycle: how often that is, is the worker's poll (WARMDESK_TIMERS__POLL_SECONDS).
    Job("timers", every_seconds=0, run=fire_timers),
]


def run_worker(
    ctx: AppContext,
    stop: threading.Event,
    *,
    poll_seconds: float,
    once: bool,
    log: Callable[[str], object],
    jobs: list[Job] | None = None,
    warn: Callable[[str], object] | None = None,
) -> int:
    """Run due jobs each cycle until ``stop`` is set; return the number of cycles.

    A job that raises is reported to ``warn`` (default: ``log``) and tried again at its next
    turn: one failing job (or the database away for a moment) does not stop the loop.
    """
    warn = warn or log
    active = REGISTERED_JOBS if jobs is None else jobs
    names = ", ".join(job.name for job in active) or "none"
    log(f"Worker started (jobs: {names}); polling every {poll_seconds:g} s.")
    last_run: dict[str, float] = {}
    cycles = 0
    while not stop.is_set():
        cycles += 1
        now = time.monotonic()
        for job in active:
            if now - last_run.get(job.name, float("-inf")) < job.every_seconds:
                continue
            last_run[job.name] = now
            try:
                handled = job.run(ctx)
            except Exception as error:
                warn(f"{job.name} failed: {describe_failure(error)}")
                continue
            if handled:
                log(f"{job.name}: {handled} item(s)")
        if once:
            break
        stop.wait(poll_seconds)
    return cycles
