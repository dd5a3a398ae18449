"""FastAPI dependencies: the app context, who is asking, and CSRF for forms."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Form, Request
from starlette.concurrency import run_in_threadpool

from warmdesk.context import AppContext
from warmdesk.errors import Forbidden, Unauthorized
from warmdesk.people import auth
from warmdesk.people.domain import Viewer

SESSION_COOKIE = "warmdesk_session"

T = TypeVar("T")


# Dependencies without I/O are ``async def`` so FastAPI runs them inline instead of
# handing each to the thread pool (a thread hop per dependency per request).
async def get_ctx(request: Request) -> AppContext:
    ctx: AppContext = request.app.state.ctx
    return ctx


Ctx = Annotated[AppContext, Depends(get_ctx)]


async def api_viewer(request: Request, ctx: Ctx) -> Viewer:
    """The bearer token's owner; 401 without a valid, unrevoked token."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("Send an API token as 'Authorization: Bearer <token>'.")
    found = await read_db(ctx, auth.viewer_for_api_token, ctx, token.strip())
    if found is None:
        raise Unauthorized("That API token is unknown or revoked.")
    if found.needs_touch:
        # A write: always in the thread pool, where waiting on SQLite's writer lock is harmless.
        await run_in_threadpool(auth.touch_api_token, ctx, found.token_id)
    return found.viewer


ApiViewer = Annotated[Viewer, Depends(api_viewer)]


async def read_db(ctx: AppContext, read: Callable[..., T], *args: Any) -> T:
    """Run a short, read-only database call from an ``async`` route.

    On SQLite the call is in-process work that never waits on a writer (WAL), so it runs
    inline: a thread-pool hop would only add GIL contention, which measured as ~75% more
    CPU per queue page under 8 concurrent requests. Elsewhere the call waits on the
    network, so it goes to the thread pool and the event loop keeps serving others.
    """
    if ctx.settings.is_sqlite:
        return read(*args)
    return await run_in_threadpool(read, *args)


async def optional_page_session(request: Request, ctx: Ctx) -> auth.SessionViewer | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    return await read_db(ctx, auth.viewer_for_session, ctx, token)


async def page_session(
    session: Annotated[auth.SessionViewer | None, Depends(optional_page_session)],
) -> auth.SessionViewer:
    if session is None:
        raise Unauthorized("Please sign in.")
    return session


PageSession = Annotated[auth.SessionViewer, Depends(page_session)]


async def csrf_checked(session: PageSession, csrf_token: Annotated[str, Form()] = "") -> Viewer:
    """For every form POST: the hidden ``csrf_token`` must match the signed-in session's."""
    if not csrf_token or not hmac.compare_digest(csrf_token, session.csrf_token):
        raise Forbidden(
            "This form has expired or did not come from Warmdesk. Reload the page and try again."
        )
    return session.viewer


CsrfViewer = Annotated[Viewer, Depends(csrf_checked)]
