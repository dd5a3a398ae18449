"""The worker loop on a thread inside the web server (``warmdesk serve`` on SQLite)."""

from __future__ import annotations

import logging
import threading

from warmdesk.context import AppContext
from warmdesk.jobs.worker import run_worker
from warmdesk.settings import Settings

THREAD_NAME = "warmdesk-worker"
log = logging.getLogger("warmdesk.worker")


def runs_in_process(settings: Settings) -> bool:
    """Whether the server should run the worker itself: ``auto`` means on SQLite only, where
    one process owns the database; on PostgreSQL, ``warmdesk worker`` runs it (one or many)."""
    mode = settings.timers.in_process_worker
    return mode == "on" or (mode == "auto" and settings.is_sqlite)


class InProcessWorker:
    """Starts :func:`run_worker` on a daemon thread and stops it (waits for the current job)."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start the loop; raises RuntimeError if it was started already."""
        if self._thread is not None:
            raise RuntimeError("the in-process worker was started already")
        self._thread = threading.Thread(target=self._run, name=THREAD_NAME, daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Ask the loop to stop and wait up to ``timeout`` seconds for it to finish."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        cycles = run_worker(
            self._ctx,
            self._stop,
            poll_seconds=self._ctx.settings.timers.poll_seconds,
            once=False,
            log=log.info,
            warn=log.error,
        )
        log.info("In-process worker stopped after %d cycle(s).", cycles)
