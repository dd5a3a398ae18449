"""Use cases for the directory: people, organizations and teams. Admin-only writes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from warmdesk.audit import repository as audit
from warmdesk.context import AppContext
from warmdesk.db import unit_of_work
from warmdesk.errors import Conflict, Forbidden, Invalid, NotFound
from warmdesk.people import repository
from warmdesk.people.domain import (
    PeopleRuleError,
    Role,
    Viewer,
    check_tier,
    check_timezone,
    normalize_email,
)
from warmdesk.people.models import Organization, Team, User
from warmdesk.people.passwords import hash_password
from warmdesk.people.schemas import (
    OrganizationIn,
    OrganizationPatch,
    TeamIn,
    TeamPatch,
    UserIn,
    UserPatch,
)

_NULLABLE_USER_FIELDS = frozenset({"organization_id", "tier", "critical_role"})


def require_admin(viewer: Viewer) -> None:
    if not viewer.is_admin:
        raise Forbidden("Only admins can change people, teams and organizations.")


def require_staff(viewer: Viewer) -> None:
    if not viewer.is_staff:
        raise NotFound("Not found.")


def create_user(ctx: AppContext, actor: Viewer | None, data: UserIn) -> User:
    """Create a person. ``actor`` None means the system (CLI, demo seeding)."""
    if actor is not None:
        require_admin(actor)
    now = ctx.clock.now()
    try:
        email = normalize_email(data.email)
        timezone = check_timezone(data.timezone)
        tier = check_tier(data.role, data.tier)
    except PeopleRuleError as error:
        raise Invalid(str(error), field=error.field) from error
    with unit_of_work(ctx.sessions) as session:
        if repository.get_user_by_email(session, email) is not None:
            raise Conflict(f"Someone with the email {email} already exists.")
        _check_organization(session, data.organization_id)
        user = User(
            email=email,
            name=data.name.strip(),
            role=data.role.value,
            organization_id=data.organization_id,
            department=data.department.strip(),
            job_title=data.job_title.strip(),
            critical_role=(data.critical_role or "").strip() or None,
            timezone=timezone,
            preferred_channel=data.preferred_channel.value,
            tier=tier,
            skills=sorted({s.strip().lower() for s in data.skills if s.strip()}),
            password_hash=hash_password(data.password) if data.password else None,
            is_active=True,
            created_at=now,
        )
        user.teams = _teams_by_id(session, data.team_ids)
        session.add(user)
        try:
            session.flush()
        except IntegrityError as error:
            raise Conflict(f"Someone with the email {email} already exists.") from error
        audit.record(
            session,
            actor_id=actor.user_id if actor else None,
            entity_type="user",
            entity_id=user.id,
            action="created",
            changes={"email": [None, email], "role": [None, user.role]},
            now=now,
        )
        return user


def update_user(ctx: AppContext, actor: Viewer, user_id: int, patch: UserPatch) -> User:
    require_admin(actor)
    now = ctx.clock.now()
    with unit_of_work(ctx.sessions) as session:
        user = repository.get_user_with_relations(session, user_id)
        if user is None:
            raise NotFound(f"No person #{user_id}.")
        changes: dict[str, Any] = {}
        fields = patch.model_dump(exclude_unset=True, exclude={"team_ids", "password"})
        try:
            if "timezone" in fields and fields["timezone"] is not None:
                check_timezone(fields["timezone"])
            role = Role(fields.get("role") or user.role)
            if "tier" in fields or "role" in fields:
                fields["tier"] = check_tier(role, fields.get("tier", user.tier))
        except PeopleRuleError as error:
            raise Invalid(str(error), field=error.field) from error
        if "organization_id" in fields:
            _check_organization(session, fields["organization_id"])
        if actor.user_id == user.id and fields.get("is_active") is False:
            raise Conflict("You cannot deactivate your own account.")
        for name, value in fields.items():
            if value is None and name not in _NULLABLE_USER_FIELDS:
                continue
            if isinstance(value, str):
                value = value.strip()
            before = getattr(user, name)
            if before != value:
                changes[name] = [before, value]
                setattr(user, name, value)
        if patch.team_ids is not None:
            before_ids = sorted(t.id for t in user.teams)
            user.teams = _teams_by_id(session, patch.team_ids)
            after_ids = sorted(t.id for t in user.teams)
            if before_ids != after_ids:
                changes["team_ids"] = [before_ids, after_ids]
        if patch.password:
            user.password_hash = hash_password(patch.password)
            changes["password"] = ["(set)", "(changed)"]
        if changes:
            audit.record(
                session,
                actor_id=actor.user_id,
                entity_type="user",
                entity_id=user.id,
                action="updated",
                changes=changes,
                now=now,
            )
        return user


def get_user(ctx: AppContext, viewer: Viewer, user_id: int) -> User:
    with ctx.reads() as session:
        if not viewer.is_staff and viewer.user_id != user_id:
            raise NotFound(f"No person #{user_id}.")
        user = repository.get_user_with_relations(session, user_id)
        if user is None:
            raise NotFound(f"No person #{user_id}.")
        return user


def list_people(
    ctx: AppContext,
    viewer: Viewer,
    *,
    role: Role | None = None,
    organization_id: int | None = None,
    search: str | None = None,
    staff_only: bool = False,
    limit: int = 100,
    offset: int = 0,
) -> list[User]:
    require_staff(viewer)
    with ctx.reads() as session:
        return list(
            repository.list_users(
                session,
                role=role,
                organization_id=organization_id,
                search=search,
                staff_only=staff_only,
                limit=limit,
                offset=offset,
            )
        )


def _check_organization(session: Session, organization_id: int | None) -> None:
    if organization_id is not None and session.get(Organization, organization_id) is None:
        raise Invalid(f"No organization #{organization_id}.", field="organization_id")


def _teams_by_id(session: Session, team_ids: list[int]) -> list[Team]:
    if not team_ids:
        return []
    teams = list(session.scalars(select(Team).where(Team.id.in_(set(team_ids)))).all())
    missing = set(team_ids) - {t.id for t in teams}
    if missing:
        raise Invalid(f"No team with id {sorted(missing)}.", field="team_ids")
    return teams


def create_organization(
    ctx: AppContext, actor: Viewer | None, data: OrganizationIn
) -> Organization:
    if actor is not None:
        require_admin(actor)
    now = ctx.clock.now()
    with unit_of_work(ctx.sessions) as session:
        if session.scalar(select(Organization.id).where(Organization.name == data.name.strip())):
            raise Conflict(f"An organization named '{data.name.strip()}' already exists.")
        org = Organization(
            name=data.name.strip(),
            domain=data.domain,
            shared_tickets=data.shared_tickets,
            notes=data.notes,
            created_at=now,
        )
        session.add(org)
        session.flush()
        audit.record(
            session,
            actor_id=actor.user_id if actor else None,
            entity_type="organization",
            entity_id=org.id,
            action="created",
            changes={"name": [None, org.name]},
            now=now,
        )
        return org


def update_organization(
    ctx: AppContext, actor: Viewer, organization_id: int, patch: OrganizationPatch
) -> Organization:
    require_admin(actor)
    now = ctx.clock.now()
    with unit_of_work(ctx.sessions) as session:
        org = session.get(Organization, organization_id)
        if org is None:
            raise NotFound(f"No organization #{organization_id}.")
        changes = _apply(org, patch.model_dump(exclude_unset=True))
        if changes:
            audit.record(
                session,
                actor_id=actor.user_id,
                entity_type="organization",
                entity_id=org.id,
                action="updated",
                changes=changes,
                now=now,
            )
        return org


def list_organizations(ctx: AppContext, viewer: Viewer) -> list[Organization]:
    with ctx.reads() as session:
        if viewer.is_staff:
            return list(repository.list_organizations(session))
        if viewer.organization_id is None:
            return []
        org = repository.get_organization(session, viewer.organization_id)
        return [org] if org else []


def get_organization(ctx: AppContext, viewer: Viewer, organization_id: int) -> Organization:
    with ctx.reads() as session:
        org = repository.get_organization(session, organization_id)
        if org is None or (not viewer.is_staff and viewer.organization_id != organization_id):
            raise NotFound(f"No organization #{organization_id}.")
        return org


def create_team(ctx: AppContext, actor: Viewer | None, data: TeamIn) -> Team:
    if actor is not None:
        require_admin(actor)
    now = ctx.clock.now()
    with unit_of_work(ctx.sessions) as session:
        if session.scalar(select(Team.id).where(Team.name == data.name.strip())):
            raise Conflict(f"A team named '{data.name.strip()}' already exists.")
        team = Team(name=data.name.strip(), description=data.description, created_at=now)
        session.add(team)
        session.flush()
        if data.member_ids:
            team.members = _staff_by_id(session, data.member_ids)
        audit.record(
            session,
            actor_id=actor.user_id if actor else None,
            entity_type="team",
            entity_id=team.id,
            action="created",
            changes={"name": [None, team.name], "member_ids": [None, sorted(data.member_ids)]},
            now=now,
        )
        return repository.get_team(session, team.id) or team


def update_team(ctx: AppContext, actor: Viewer, team_id: int, patch: TeamPatch) -> Team:
    require_admin(actor)
    now = ctx.clock.now()
    with unit_of_work(ctx.sessions) as session:
        team = repository.get_team(session, team_id)
        if team is None:
            raise NotFound(f"No team #{team_id}.")
        changes = _apply(team, patch.model_dump(exclude_unset=True, exclude={"member_ids"}))
        if patch.member_ids is not None:
            before = sorted(m.id for m in team.members)
            team.members = _staff_by_id(session, patch.member_ids)
            after = sorted(m.id for m in team.members)
            if before != after:
                changes["member_ids"] = [before, after]
        if changes:
            audit.record(
                session,
                actor_id=actor.user_id,
                entity_type="team",
                entity_id=team.id,
                action="updated",
                changes=changes,
                now=now,
            )
        return team


def list_teams(ctx: AppContext, viewer: Viewer) -> list[Team]:
    require_staff(viewer)
    with ctx.reads() as session:
        return list(repository.list_teams(session))


def _staff_by_id(session: Session, user_ids: list[int]) -> list[User]:
    users = list(session.scalars(select(User).where(User.id.in_(set(user_ids)))).all())
    missing = set(user_ids) - {u.id for u in users}
    if missing:
        raise Invalid(f"No person with id {sorted(missing)}.", field="member_ids")
    if any(u.role == Role.REQUESTER for u in users):
        raise Invalid("Only agents, leads and admins can be team members.", field="member_ids")
    return users


def _apply(row: object, fields: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for name, value in fields.items():
        if isinstance(value, str):
            value = value.strip()
        before = getattr(row, name)
        if before != value:
            changes[name] = [before, value]
            setattr(row, name, value)
    return changes


def staff_choices(
    ctx: AppContext, viewer: Viewer
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """Teams and agents as ``(id, name)`` pairs, for the console's select boxes."""
    require_staff(viewer)
    with ctx.reads() as session:
        return repository.staff_choices(session)
