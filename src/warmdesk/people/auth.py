"""Use cases for signing in and out, and for API tokens."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, update

from warmdesk.audit import repository as audit
from warmdesk.context import AppContext
from warmdesk.db import unit_of_work
from warmdesk.errors import NotFound, Unauthorized
from warmdesk.people import repository
from warmdesk.people.domain import Viewer
from warmdesk.people.models import ApiToken, WebSession
from warmdesk.people.passwords import new_token, token_hash, verify_password

SESSION_TOKEN_PREFIX = "ws_"
API_TOKEN_PREFIX = "wd_"


@dataclass(frozen=True)
class SignedIn:
    viewer: Viewer
    session_token: str
    csrf_token: str


@dataclass(frozen=True)
class SessionViewer:
    viewer: Viewer
    csrf_token: str


def sign_in(ctx: AppContext, email: str, password: str) -> SignedIn:
    """Check the password and open a server-side session; raise :class:`Unauthorized`."""
    with ctx.reads() as session:
        user = repository.get_user_by_email(session, email.strip().lower())
    # argon2 takes tens of milliseconds on purpose: verify outside any write transaction.
    valid = verify_password(user.password_hash if user else None, password)
    if user is None or not valid or not user.is_active:
        raise Unauthorized("That email and password do not match an active account.")
    now = ctx.clock.now()
    token = new_token(SESSION_TOKEN_PREFIX)
    csrf = secrets.token_urlsafe(32)
    with unit_of_work(ctx.sessions) as session:
        session.add(
            WebSession(
                token_hash=token_hash(token),
                user_id=user.id,
                csrf_token=csrf,
                created_at=now,
                expires_at=now + timedelta(hours=ctx.settings.web.session_hours),
            )
        )
        audit.record(
            session,
            actor_id=user.id,
            entity_type="user",
            entity_id=user.id,
            action="signed_in",
            changes={},
            now=now,
        )
        return SignedIn(repository.viewer_for_user(session, user), token, csrf)


def viewer_for_session(ctx: AppContext, session_token: str) -> SessionViewer | None:
    now = ctx.clock.now()
    with ctx.reads() as session:
        found = repository.viewer_for_session_token(session, token_hash(session_token), now)
    return None if found is None else SessionViewer(*found)


def sign_out(ctx: AppContext, session_token: str) -> None:
    with unit_of_work(ctx.sessions) as session:
        session.execute(
            delete(WebSession).where(WebSession.token_hash == token_hash(session_token))
        )


@dataclass(frozen=True)
class TokenViewer:
    viewer: Viewer
    token_id: int
    needs_touch: bool  # last_used_at is more than a minute old


def viewer_for_api_token(ctx: AppContext, bearer: str) -> TokenViewer | None:
    """Who the token belongs to (read only; see :func:`touch_api_token`)."""
    now = ctx.clock.now()
    with ctx.reads() as session:
        found = repository.viewer_for_api_token(session, token_hash(bearer))
    if found is None:
        return None
    viewer, api_token = found
    # Write at most once a minute: a token used in a loop should not cost a write per call.
    stale = api_token.last_used_at is None or now - api_token.last_used_at > timedelta(minutes=1)
    return TokenViewer(viewer, api_token.id, needs_touch=stale)


def touch_api_token(ctx: AppContext, token_id: int) -> None:
    """Record that the token was just used."""
    with unit_of_work(ctx.sessions) as session:
        session.execute(
            update(ApiToken).where(ApiToken.id == token_id).values(last_used_at=ctx.clock.now())
        )


def create_api_token(ctx: AppContext, viewer: Viewer, name: str) -> tuple[ApiToken, str]:
    """Return the stored token row and the secret (which is not stored)."""
    now = ctx.clock.now()
    secret = new_token(API_TOKEN_PREFIX)
    with unit_of_work(ctx.sessions) as session:
        row = ApiToken(
            user_id=viewer.user_id,
            name=name.strip(),
            token_hash=token_hash(secret),
            prefix=secret[:10],
            created_at=now,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor_id=viewer.user_id,
            entity_type="api_token",
            entity_id=row.id,
            action="created",
            changes={"name": [None, row.name]},
            now=now,
        )
        return row, secret


def list_api_tokens(ctx: AppContext, viewer: Viewer) -> list[ApiToken]:
    with ctx.reads() as session:
        return list(repository.list_tokens(session, viewer.user_id))


def revoke_api_token(ctx: AppContext, viewer: Viewer, token_id: int) -> ApiToken:
    now = ctx.clock.now()
    with unit_of_work(ctx.sessions) as session:
        row = session.get(ApiToken, token_id)
        if row is None or (row.user_id != viewer.user_id and not viewer.is_admin):
            raise NotFound(f"No API token #{token_id}.")
        if row.revoked_at is None:
            row.revoked_at = now
            audit.record(
                session,
                actor_id=viewer.user_id,
                entity_type="api_token",
                entity_id=row.id,
                action="revoked",
                changes={"revoked_at": [None, now.isoformat()]},
                now=now,
            )
        return row
