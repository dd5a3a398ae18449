"""Admin pages: people, teams and organizations."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from warmdesk.context import AppContext
from warmdesk.errors import NotFound, WarmdeskError
from warmdesk.people import service
from warmdesk.people.auth import SessionViewer
from warmdesk.people.domain import Role, Viewer
from warmdesk.people.schemas import (
    OrganizationIn,
    OrganizationPatch,
    TeamIn,
    TeamPatch,
    UserIn,
    UserPatch,
)
from warmdesk.tickets.domain import Channel
from warmdesk.tickets.forms import blank_to_none, optional_int
from warmdesk.web.deps import CsrfViewer, Ctx, PageSession
from warmdesk.web.templating import render

router = APIRouter(include_in_schema=False)

TIMEZONES = [
    "UTC",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Madrid",
    "Europe/Warsaw",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "Asia/Kolkata",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Australia/Sydney",
]


def _require_admin(viewer: Viewer) -> None:
    if not viewer.is_admin:
        raise NotFound("Not found.")


def _people_page(
    request: Request,
    ctx: AppContext,
    session: SessionViewer,
    q: str | None = None,
    role: str | None = None,
    error: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    viewer = session.viewer
    role_filter = Role(role) if role in {r.value for r in Role} else None
    people = service.list_people(ctx, viewer, role=role_filter, search=blank_to_none(q), limit=300)
    return render(
        request,
        "people/people.html",
        {
            "viewer": viewer,
            "csrf": session.csrf_token,
            "people": people,
            "q": q or "",
            "role": role or "",
            "roles": list(Role),
            "organizations": service.list_organizations(ctx, viewer),
            "teams": service.list_teams(ctx, viewer),
            "timezones": TIMEZONES,
            "channels": list(Channel),
            "error": error,
        },
        status_code=status_code,
    )


@router.get("/admin", response_class=HTMLResponse)
def admin_home() -> Response:
    return RedirectResponse("/admin/people", status_code=303)


@router.get("/admin/people", response_class=HTMLResponse)
def people_page(
    request: Request, ctx: Ctx, session: PageSession, q: str | None = None, role: str | None = None
) -> Response:
    _require_admin(session.viewer)
    return _people_page(request, ctx, session, q, role)


def _team_ids(values: list[str]) -> list[int]:
    return [int(v) for v in values if v.isdigit()]


@router.post("/admin/people")
def create_person(
    request: Request,
    ctx: Ctx,
    session: PageSession,
    viewer: CsrfViewer,
    email: Annotated[str, Form()],
    name: Annotated[str, Form()],
    role: Annotated[str, Form()],
    organization_id: Annotated[str, Form()] = "",
    department: Annotated[str, Form()] = "",
    job_title: Annotated[str, Form()] = "",
    critical_role: Annotated[str, Form()] = "",
    timezone: Annotated[str, Form()] = "UTC",
    tier: Annotated[str, Form()] = "",
    team_ids: Annotated[list[str] | None, Form()] = None,
    password: Annotated[str, Form()] = "",
) -> Response:
    _require_admin(viewer)
    try:
        data = UserIn.model_validate(
            {
                "email": email,
                "name": name,
                "role": role,
                "organization_id": optional_int(organization_id, "organization_id"),
                "department": department,
                "job_title": job_title,
                "critical_role": blank_to_none(critical_role),
                "timezone": timezone,
                "tier": optional_int(tier, "tier"),
                "team_ids": _team_ids(team_ids or []),
                "password": blank_to_none(password),
            }
        )
        service.create_user(ctx, viewer, data)
    except (WarmdeskError, ValidationError) as error:
        return _people_page(request, ctx, session, error=_message(error), status_code=422)
    return RedirectResponse("/admin/people", status_code=303)


def _message(error: Exception) -> str:
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        return f"{field.replace('_', ' ')}: {first['msg']}"
    return str(error)


@router.get("/admin/people/{user_id}", response_class=HTMLResponse)
def person_page(request: Request, user_id: int, ctx: Ctx, session: PageSession) -> Response:
    _require_admin(session.viewer)
    return _person_page(request, ctx, session, user_id)


def _person_page(
    request: Request,
    ctx: AppContext,
    session: SessionViewer,
    user_id: int,
    error: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    viewer = session.viewer
    return render(
        request,
        "people/person.html",
        {
            "viewer": viewer,
            "csrf": session.csrf_token,
            "person": service.get_user(ctx, viewer, user_id),
            "roles": list(Role),
            "organizations": service.list_organizations(ctx, viewer),
            "teams": service.list_teams(ctx, viewer),
            "timezones": TIMEZONES,
            "error": error,
        },
        status_code=status_code,
    )


@router.post("/admin/people/{user_id}")
def update_person(
    request: Request,
    user_id: int,
    ctx: Ctx,
    session: PageSession,
    viewer: CsrfViewer,
    name: Annotated[str, Form()],
    role: Annotated[str, Form()],
    organization_id: Annotated[str, Form()] = "",
    department: Annotated[str, Form()] = "",
    job_title: Annotated[str, Form()] = "",
    critical_role: Annotated[str, Form()] = "",
    timezone: Annotated[str, Form()] = "UTC",
    tier: Annotated[str, Form()] = "",
    team_ids: Annotated[list[str] | None, Form()] = None,
    is_active: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
) -> Response:
    _require_admin(viewer)
    try:
        patch = UserPatch.model_validate(
            {
                "name": name,
                "role": role,
                "organization_id": optional_int(organization_id, "organization_id"),
                "department": department,
                "job_title": job_title,
                "critical_role": blank_to_none(critical_role),
                "timezone": timezone,
                "tier": optional_int(tier, "tier"),
                "team_ids": _team_ids(team_ids or []),
                "is_active": is_active == "on",
                "password": blank_to_none(password),
            }
        )
        service.update_user(ctx, viewer, user_id, patch)
    except (WarmdeskError, ValidationError) as error:
        if isinstance(error, NotFound):
            raise
        return _person_page(request, ctx, session, user_id, error=_message(error), status_code=422)
    return RedirectResponse(f"/admin/people/{user_id}?saved=1", status_code=303)


def _teams_page(
    request: Request,
    ctx: AppContext,
    session: SessionViewer,
    error: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    viewer = session.viewer
    staff = service.list_people(ctx, viewer, staff_only=True, limit=500)
    return render(
        request,
        "people/teams.html",
        {
            "viewer": viewer,
            "csrf": session.csrf_token,
            "teams": service.list_teams(ctx, viewer),
            "staff": staff,
            "error": error,
        },
        status_code=status_code,
    )


@router.get("/admin/teams", response_class=HTMLResponse)
def teams_page(request: Request, ctx: Ctx, session: PageSession) -> Response:
    _require_admin(session.viewer)
    return _teams_page(request, ctx, session)


@router.post("/admin/teams")
def create_team(
    request: Request,
    ctx: Ctx,
    session: PageSession,
    viewer: CsrfViewer,
    name: Annotated[str, Form()],
    description: Annotated[str, Form()] = "",
    member_ids: Annotated[list[str] | None, Form()] = None,
) -> Response:
    _require_admin(viewer)
    try:
        data = TeamIn(name=name, description=description, member_ids=_team_ids(member_ids or []))
        service.create_team(ctx, viewer, data)
    except (WarmdeskError, ValidationError) as error:
        return _teams_page(request, ctx, session, error=_message(error), status_code=422)
    return RedirectResponse("/admin/teams", status_code=303)


@router.post("/admin/teams/{team_id}")
def update_team(
    request: Request,
    team_id: int,
    ctx: Ctx,
    session: PageSession,
    viewer: CsrfViewer,
    name: Annotated[str, Form()],
    description: Annotated[str, Form()] = "",
    member_ids: Annotated[list[str] | None, Form()] = None,
) -> Response:
    _require_admin(viewer)
    try:
        patch = TeamPatch(
            name=name, description=description, member_ids=_team_ids(member_ids or [])
        )
        service.update_team(ctx, viewer, team_id, patch)
    except (WarmdeskError, ValidationError) as error:
        if isinstance(error, NotFound):
            raise
        return _teams_page(request, ctx, session, error=_message(error), status_code=422)
    return RedirectResponse("/admin/teams", status_code=303)


def _orgs_page(
    request: Request,
    ctx: AppContext,
    session: SessionViewer,
    error: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    viewer = session.viewer
    return render(
        request,
        "people/organizations.html",
        {
            "viewer": viewer,
            "csrf": session.csrf_token,
            "organizations": service.list_organizations(ctx, viewer),
            "error": error,
        },
        status_code=status_code,
    )


@router.get("/admin/organizations", response_class=HTMLResponse)
def organizations_page(request: Request, ctx: Ctx, session: PageSession) -> Response:
    _require_admin(session.viewer)
    return _orgs_page(request, ctx, session)


@router.post("/admin/organizations")
def create_organization(
    request: Request,
    ctx: Ctx,
    session: PageSession,
    viewer: CsrfViewer,
    name: Annotated[str, Form()],
    domain: Annotated[str, Form()] = "",
    shared_tickets: Annotated[str, Form()] = "",
    notes: Annotated[str, Form()] = "",
) -> Response:
    _require_admin(viewer)
    try:
        data = OrganizationIn(
            name=name,
            domain=blank_to_none(domain),
            shared_tickets=shared_tickets == "on",
            notes=notes,
        )
        service.create_organization(ctx, viewer, data)
    except (WarmdeskError, ValidationError) as error:
        return _orgs_page(request, ctx, session, error=_message(error), status_code=422)
    return RedirectResponse("/admin/organizations", status_code=303)


@router.post("/admin/organizations/{organization_id}")
def update_organization(
    request: Request,
    organization_id: int,
    ctx: Ctx,
    session: PageSession,
    viewer: CsrfViewer,
    name: Annotated[str, Form()],
    domain: Annotated[str, Form()] = "",
    shared_tickets: Annotated[str, Form()] = "",
    notes: Annotated[str, Form()] = "",
) -> Response:
    _require_admin(viewer)
    try:
        patch = OrganizationPatch(
            name=name,
            domain=blank_to_none(domain),
            shared_tickets=shared_tickets == "on",
            notes=notes,
        )
        service.update_organization(ctx, viewer, organization_id, patch)
    except (WarmdeskError, ValidationError) as error:
        if isinstance(error, NotFound):
            raise
        return _orgs_page(request, ctx, session, error=_message(error), status_code=422)
    return RedirectResponse("/admin/organizations", status_code=303)
