"""The worker loop. Jobs register here as features need them (SLA timers, retries)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from warmdesk.settings import Settings

Job = Callable[[Settings], int]

REGISTERED_JOBS: list[tuple[str, Job]] = []


def run_worker(
    settings: Settings,
    stop: threading.Event,
    *,
    poll_seconds: float,
    once: bool,
    log: Callable[[str], object],
) -> int:
    """Run every registered job each cycle until ``stop`` is set; return the cycle count."""
    names = ", ".join(name for name, _ in REGISTERED_JOBS) or "none yet"
    log(f"Worker started (jobs: {names}); polling every {poll_seconds:g} s.")
    cycles = 0
    while not stop.is_set():
        cycles += 1
        for name, job in REGISTERED_JOBS:
            done = job(settings)
            if done:
                log(f"{name}: {done} item(s)")
        if once:
            break
        stop.wait(poll_seconds)
    return cycles
