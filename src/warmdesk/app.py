"""``create_app(settings)``: the one FastAPI application, API and pages together."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from warmdesk import __version__
from warmdesk.clock import Clock, SystemClock
from warmdesk.context import AppContext
from warmdesk.db import make_engine, make_read_session_factory, make_session_factory
from warmdesk.errors import WarmdeskError
from warmdesk.jobs.background import InProcessWorker, runs_in_process
from warmdesk.notifications import pages as notification_pages
from warmdesk.people import api as people_api
from warmdesk.people import pages as people_pages
from warmdesk.settings import Settings
from warmdesk.signals import api as signals_api
from warmdesk.sla import pages as sla_pages
from warmdesk.tickets import api as tickets_api
from warmdesk.tickets import pages as tickets_pages
from warmdesk.tickets import portal_pages
from warmdesk.tickets.attachment_store import AttachmentStore
from warmdesk.web import auth_pages
from warmdesk.web.limits import RequestSizeLimit
from warmdesk.web.problems import (
    http_error_handler,
    validation_error_handler,
    warmdesk_error_handler,
)

STATIC_DIR = Path(__file__).parent / "web" / "static"

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
_SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
]


class SecurityHeaders:
    """Adds the headers every answer should carry (a plain ASGI wrapper: cheap per request)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = scope["path"] in ("/docs", "/redoc")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [h for h in _SECURITY_HEADERS if h[0] not in present]
                if not docs and b"content-security-policy" not in present:
                    headers.append((b"content-security-policy", CONTENT_SECURITY_POLICY.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def build_context(settings: Settings, clock: Clock | None = None) -> AppContext:
    engine = make_engine(settings)
    return AppContext(
        settings=settings,
        sessions=make_session_factory(engine),
        read_sessions=make_read_session_factory(engine),
        clock=clock or SystemClock(),
        attachments=AttachmentStore(settings.attachments_dir),
    )


def _freeze_startup_heap() -> None:
    """Move everything alive after start-up out of the cyclic GC's reach.

    Imports and app set-up leave a few hundred thousand long-lived objects; without this,
    each full collection walks them all and stalls requests for ~50 ms (measured here on
    the queue page: p99 6 ms, max 53 ms pauses; with it, full collections take ~2 ms).
    """
    gc.collect()
    gc.freeze()


def _lifespan(
    *, freeze_startup_heap: bool, worker: InProcessWorker | None
) -> Callable[[FastAPI], AbstractAsyncContextManager[None]] | None:
    """What runs around the server's life: the frozen heap, the in-process worker; None
    when neither is asked for (tests build many apps and start no threads)."""
    if not freeze_startup_heap and worker is None:
        return None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if freeze_startup_heap:
            _freeze_startup_heap()
        if worker is not None:
            worker.start()
        try:
            yield
        finally:
            if worker is not None:
                # Off the event loop: the current job may take a moment to finish.
                await asyncio.to_thread(worker.stop)
            if freeze_startup_heap:
                gc.unfreeze()

    return lifespan


def create_app(
    settings: Settings,
    clock: Clock | None = None,
    ctx: AppContext | None = None,
    *,
    freeze_startup_heap: bool = False,
    in_process_worker: bool = False,
) -> FastAPI:
    """The application for ``settings``. Pass ``ctx`` to share one context (tests, benchmarks).

    Servers pass ``freeze_startup_heap=True`` (see :func:`_freeze_startup_heap`) and
    ``in_process_worker=True``: the worker loop (timers, housekeeping) then runs on a thread
    for the app's lifespan where ``settings.timers.in_process_worker`` allows (by default,
    on SQLite only).
    """
    context = ctx or build_context(settings, clock)
    worker = InProcessWorker(context) if in_process_worker and runs_in_process(settings) else None
    app = FastAPI(
        lifespan=_lifespan(freeze_startup_heap=freeze_startup_heap, worker=worker),
        title="Warmdesk",
        version=__version__,
        description=(
            "The Warmdesk help desk API. Authenticate with `Authorization: Bearer <token>`; "
            "create tokens under `/api/v1/tokens` or with `warmdesk create-admin`. "
            "Errors are `application/problem+json` and name the fields at fault."
        ),
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.ctx = context
    app.state.worker = worker
    app.add_exception_handler(WarmdeskError, warmdesk_error_handler)
    app.add_exception_handler(RequestValidationError, validation_error_handler)
    app.add_exception_handler(StarletteHTTPException, http_error_handler)
    app.include_router(tickets_api.router)
    app.include_router(people_api.router)
    app.include_router(signals_api.router)
    app.include_router(auth_pages.router)
    app.include_router(tickets_pages.router)
    app.include_router(portal_pages.router)
    app.include_router(people_pages.router)
    app.include_router(sla_pages.router)
    app.include_router(notification_pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> RedirectResponse:
        return RedirectResponse("/static/favicon.svg", status_code=301)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    limits = settings.attachments
    # Room for every attachment a message may carry, plus the form fields around them.
    app.add_middleware(
        RequestSizeLimit, max_bytes=limits.max_bytes * limits.max_per_message + 1024 * 1024
    )
    app.add_middleware(SecurityHeaders)
    return app
