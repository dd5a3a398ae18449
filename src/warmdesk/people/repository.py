"""Queries about people. Never commits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import String, cast, func, literal, or_, select, text, union_all
from sqlalchemy.orm import Session, selectinload

from warmdesk.people.domain import Role, Viewer
from warmdesk.people.models import ApiToken, Organization, Team, User, WebSession, team_members


def get_user(session: Session, user_id: int) -> User | None:
    return session.get(User, user_id)


def get_user_with_relations(session: Session, user_id: int) -> User | None:
    stmt = (
        select(User)
        .where(User.id == user_id)
        .options(selectinload(User.teams), selectinload(User.organization))
    )
    return session.scalars(stmt).one_or_none()


def get_user_by_email(session: Session, email: str) -> User | None:
    return session.scalars(select(User).where(User.email == email)).one_or_none()


def list_users(
    session: Session,
    *,
    role: Role | None = None,
    organization_id: int | None = None,
    search: str | None = None,
    staff_only: bool = False,
    limit: int = 100,
    offset: int = 0,
) -> Sequence[User]:
    stmt = select(User).options(selectinload(User.teams), selectinload(User.organization))
    if role is not None:
        stmt = stmt.where(User.role == role.value)
    if staff_only:
        stmt = stmt.where(User.role != Role.REQUESTER.value)
    if organization_id is not None:
        stmt = stmt.where(User.organization_id == organization_id)
    if search:
        pattern = f"%{_escape_like(search.lower())}%"
        stmt = stmt.where(
            or_(
                func.lower(User.name).like(pattern, escape="\\"),
                User.email.like(pattern, escape="\\"),
            )
        )
    stmt = stmt.order_by(User.name, User.id).limit(limit).offset(offset)
    return session.scalars(stmt).all()


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def team_ids_for(session: Session, user_id: int) -> frozenset[int]:
    stmt = select(team_members.c.team_id).where(team_members.c.user_id == user_id)
    return frozenset(session.scalars(stmt).all())


def viewer_for_user(session: Session, user: User) -> Viewer:
    shares = False
    if user.organization_id is not None:
        shares = bool(
            session.scalar(
                select(Organization.shared_tickets).where(Organization.id == user.organization_id)
            )
        )
    return Viewer(
        user_id=user.id,
        role=Role(user.role),
        organization_id=user.organization_id,
        organization_shares_tickets=shares,
        team_ids=team_ids_for(session, user.id) if user.role != Role.REQUESTER else frozenset(),
        name=user.name,
        timezone=user.timezone,
    )


def _joined(session: Session, column: Any) -> Any:
    """``string_agg`` on PostgreSQL, ``group_concat`` elsewhere (SQLite)."""
    if session.get_bind().dialect.name == "postgresql":
        return func.string_agg(cast(column, String), ",")
    return func.group_concat(column, ",")


def _viewer_columns(session: Session) -> tuple[Any, ...]:
    """The user, whether their organization shares tickets, and their team ids joined by
    commas: everything a :class:`Viewer` needs, for one query per request."""
    team_ids = (
        select(_joined(session, team_members.c.team_id))
        .where(team_members.c.user_id == User.id)
        .correlate(User)
        .scalar_subquery()
    )
    return User, Organization.shared_tickets, team_ids


def _viewer_from(user: User, shares: bool | None, team_ids: str | None) -> Viewer:
    staff = user.role != Role.REQUESTER.value
    return Viewer(
        user_id=user.id,
        role=Role(user.role),
        organization_id=user.organization_id,
        organization_shares_tickets=bool(shares),
        team_ids=frozenset(int(t) for t in team_ids.split(","))
        if staff and team_ids
        else frozenset(),
        name=user.name,
        timezone=user.timezone,
    )


def viewer_for_session_token(
    session: Session, token_hash: str, now: datetime
) -> tuple[Viewer, str] | None:
    """The viewer behind a live web session, and the session's CSRF token."""
    stmt = (
        select(*_viewer_columns(session), WebSession.csrf_token)
        .join(WebSession, WebSession.user_id == User.id)
        .outerjoin(Organization, Organization.id == User.organization_id)
        .where(WebSession.token_hash == token_hash, WebSession.expires_at > now, User.is_active)
    )
    row = session.execute(stmt).one_or_none()
    return None if row is None else (_viewer_from(row[0], row[1], row[2]), row[3])


def viewer_for_api_token(session: Session, token_hash: str) -> tuple[Viewer, ApiToken] | None:
    """The viewer behind an unrevoked API token, and the token row."""
    stmt = (
        select(*_viewer_columns(session), ApiToken)
        .join(ApiToken, ApiToken.user_id == User.id)
        .outerjoin(Organization, Organization.id == User.organization_id)
        .where(ApiToken.token_hash == token_hash, ApiToken.revoked_at.is_(None), User.is_active)
    )
    row = session.execute(stmt).one_or_none()
    return None if row is None else (_viewer_from(row[0], row[1], row[2]), row[3])


def list_tokens(session: Session, user_id: int) -> Sequence[ApiToken]:
    stmt = select(ApiToken).where(ApiToken.user_id == user_id).order_by(ApiToken.id)
    return session.scalars(stmt).all()


def get_organization(session: Session, organization_id: int) -> Organization | None:
    return session.get(Organization, organization_id)


def list_organizations(session: Session) -> Sequence[Organization]:
    return session.scalars(select(Organization).order_by(Organization.name)).all()


def get_team(session: Session, team_id: int) -> Team | None:
    stmt = select(Team).where(Team.id == team_id).options(selectinload(Team.members))
    return session.scalars(stmt).one_or_none()


def list_teams(session: Session) -> Sequence[Team]:
    stmt = select(Team).options(selectinload(Team.members)).order_by(Team.name)
    return session.scalars(stmt).all()


def count_users_by_role(session: Session) -> dict[str, int]:
    stmt = select(User.role, func.count()).group_by(User.role)
    return {role: count for role, count in session.execute(stmt).all()}


def staff_choices(session: Session) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """``(id, name)`` of every team and of active staff, for select boxes, in one query
    (a round trip saved on every queue page)."""
    teams = select(literal("team").label("kind"), Team.id, Team.name)
    staff = select(literal("staff").label("kind"), User.id, User.name).where(
        User.role != Role.REQUESTER.value, User.is_active
    )
    rows = session.execute(union_all(teams, staff).order_by(text("3"))).all()
    team_rows = [(row[1], row[2]) for row in rows if row[0] == "team"]
    staff_rows = [(row[1], row[2]) for row in rows if row[0] == "staff"]
    return team_rows, staff_rows
