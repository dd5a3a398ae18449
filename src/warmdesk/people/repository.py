"""Queries about people. Never commits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, or_, select
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
    )


def viewer_row_for_session(
    session: Session, token_hash: str, now: datetime
) -> tuple[User, WebSession] | None:
    stmt = (
        select(User, WebSession)
        .join(WebSession, WebSession.user_id == User.id)
        .where(WebSession.token_hash == token_hash, WebSession.expires_at > now, User.is_active)
    )
    row = session.execute(stmt).one_or_none()
    return None if row is None else (row[0], row[1])


def user_for_api_token(session: Session, token_hash: str) -> tuple[User, ApiToken] | None:
    stmt = (
        select(User, ApiToken)
        .join(ApiToken, ApiToken.user_id == User.id)
        .where(ApiToken.token_hash == token_hash, ApiToken.revoked_at.is_(None), User.is_active)
    )
    row = session.execute(stmt).one_or_none()
    return None if row is None else (row[0], row[1])


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


def team_choices(session: Session) -> list[tuple[int, str]]:
    """``(id, name)`` of every team, for select boxes: one light query."""
    rows = session.execute(select(Team.id, Team.name).order_by(Team.name)).all()
    return [(row[0], row[1]) for row in rows]


def agent_choices(session: Session) -> list[tuple[int, str]]:
    """``(id, name)`` of active staff, for select boxes: one light query."""
    stmt = (
        select(User.id, User.name)
        .where(User.role != Role.REQUESTER.value, User.is_active)
        .order_by(User.name)
    )
    return [(row[0], row[1]) for row in session.execute(stmt).all()]
