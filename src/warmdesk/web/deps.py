"""FastAPI dependencies: the app context, who is asking, and CSRF for forms."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Form, Request

from warmdesk.context import AppContext
from warmdesk.errors import Forbidden, Unauthorized
from warmdesk.people import auth
from warmdesk.people.domain import Viewer

SESSION_COOKIE = "warmdesk_session"


# Dependencies without I/O are ``async def`` so FastAPI runs them inline instead of
# handing each to the thread pool (a thread hop per dependency per request).
async def get_ctx(request: Request) -> AppContext:
    ctx: AppContext = request.app.state.ctx
    return ctx


Ctx = Annotated[AppContext, Depends(get_ctx)]


def api_viewer(request: Request, ctx: Ctx) -> Viewer:
    """The bearer token's owner; 401 without a valid, unrevoked token."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("Send an API token as 'Authorization: Bearer <token>'.")
    viewer = auth.viewer_for_api_token(ctx, token.strip())
    if viewer is None:
        raise Unauthorized("That API token is unknown or revoked.")
    return viewer


ApiViewer = Annotated[Viewer, Depends(api_viewer)]


def optional_page_session(request: Request, ctx: Ctx) -> auth.SessionViewer | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    return auth.viewer_for_session(ctx, token)


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
