"""The worker loop: runs each registered job when its interval has passed.

Jobs register in :data:`REGISTERED_JOBS` as features need them (SLA timers, retries).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from warmdesk.context import AppContext
from warmdesk.jobs.maintenance import optimize_sqlite


@dataclass(frozen=True)
class Job:
    name: str
    every_seconds: float
    run: Callable[[AppContext], int]  # returns how many items it handled


REGISTERED_JOBS: list[Job] = [
    Job("optimize-sqlite", every_seconds=3600, run=optimize_sqlite),
]


def run_worker(
    ctx: AppContext,
    stop: threading.Event,
    *,
    poll_seconds: float,
    once: bool,
    log: Callable[[str], object],
    jobs: list[Job] | None = None,
) -> int:
    """Run due jobs each cycle until ``stop`` is set; return the number of cycles."""
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
            handled = job.run(ctx)
            if handled:
                log(f"{job.name}: {handled} item(s)")
        if once:
            break
        stop.wait(poll_seconds)
    return cycles
