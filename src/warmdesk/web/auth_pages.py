"""Sign in, sign out, and the front door that sends each role to its home."""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from warmdesk.errors import Unauthorized
from warmdesk.people import auth
from warmdesk.web.deps import SESSION_COOKIE, CsrfViewer, Ctx, optional_page_session
from warmdesk.web.templating import render

router = APIRouter(include_in_schema=False)

LOGIN_CSRF_COOKIE = "warmdesk_login_csrf"


def safe_next(target: str | None, default: str) -> str:
    """Only same-site paths: never an absolute URL or a scheme-relative ``//host``."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    return target


def home_for(viewer_is_staff: bool) -> str:
    return "/agent" if viewer_is_staff else "/portal"


@router.get("/", response_class=HTMLResponse)
def front_door(
    session: Annotated[auth.SessionViewer | None, Depends(optional_page_session)],
) -> Response:
    if session is None:
        return RedirectResponse("/login", status_code=303)
    return RedirectResponse(home_for(session.viewer.is_staff), status_code=303)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str | None = None, error: str | None = None) -> Response:
    token = secrets.token_urlsafe(24)
    response = render(
        request,
        "auth/login.html",
        {"next": safe_next(next, ""), "error": error, "login_csrf": token, "viewer": None},
        status_code=401 if error else 200,
    )
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", max_age=3600)
    return response


@router.post("/login")
def login(
    request: Request,
    ctx: Ctx,
    email: Annotated[str, Form(max_length=320)],
    password: Annotated[str, Form(max_length=200)],
    login_csrf: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "",
) -> Response:
    expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not expected or not hmac.compare_digest(expected, login_csrf):
        return login_form(request, next=next, error="Your sign-in form expired. Please try again.")
    try:
        signed_in = auth.sign_in(ctx, email, password)
    except Unauthorized as error:
        return login_form(request, next=next, error=str(error))
    target = safe_next(next, home_for(signed_in.viewer.is_staff))
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        signed_in.session_token,
        httponly=True,
        samesite="lax",
        secure=ctx.settings.web.cookie_secure,
        max_age=ctx.settings.web.session_hours * 3600,
    )
    response.delete_cookie(LOGIN_CSRF_COOKIE)
    return response


@router.post("/logout")
def logout(request: Request, ctx: Ctx, viewer: CsrfViewer) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        auth.sign_out(ctx, token)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response
