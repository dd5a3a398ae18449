"""Admin pages: service levels (calendars and policies) and the priority rules."""

from __future__ import annotations

from datetime import date, time
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from warmdesk.context import AppContext
from warmdesk.errors import NotFound, WarmdeskError
from warmdesk.people import service as people_service
from warmdesk.people.auth import SessionViewer
from warmdesk.people.domain import Viewer
from warmdesk.people.pages import TIMEZONES
from warmdesk.priority import service as priority_service
from warmdesk.sla import admin
from warmdesk.sla.schemas import CalendarIn, HolidayIn, OpeningWindowIn, PolicyIn
from warmdesk.tickets.domain import Category
from warmdesk.tickets.forms import optional_int
from warmdesk.web.deps import CsrfViewer, Ctx, PageSession
from warmdesk.web.templating import render

router = APIRouter(include_in_schema=False)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
IMPACT_ROWS = ("Wide (department, organization)", "A team", "One person")
URGENCY_COLUMNS = ("Urgent (deadline within 4 h)", "Soon (within a day)", "Can wait")


def _require_admin(viewer: Viewer) -> None:
    if not viewer.is_admin:
        raise NotFound("Not found.")


def _message(error: Exception) -> str:
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ()))
        return f"{where}: {first.get('msg', 'invalid')}"
    return str(error)


def _sla_page(
    request: Request, ctx: AppContext, session: SessionViewer, error: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:  # fmt: skip
    _require_admin(session.viewer)
    teams, _ = people_service.staff_choices(ctx, session.viewer)
    return render(
        request,
        "admin/service_levels.html",
        {
            "viewer": session.viewer,
            "csrf": session.csrf_token,
            "calendars": admin.list_calendars(ctx),
            "policies": admin.list_policies(ctx),
            "organizations": people_service.list_organizations(ctx, session.viewer),
            "teams": teams,
            "categories": list(Category),
            "weekdays": WEEKDAYS,
            "timezones": TIMEZONES,
            "error": error,
            "saved": request.query_params.get("saved") == "1",
        },
        status_code=status_code,
    )


@router.get("/admin/service-levels", response_class=HTMLResponse)
def service_levels(request: Request, ctx: Ctx, session: PageSession) -> Response:
    return _sla_page(request, ctx, session)


def _windows(form: dict[str, Any]) -> list[OpeningWindowIn]:
    windows = []
    for day in range(7):
        opens, closes = form.get(f"opens_{day}", ""), form.get(f"closes_{day}", "")
        if opens and closes:
            windows.append(
                OpeningWindowIn(
                    weekday=day, opens=time.fromisoformat(opens), closes=_closing(closes)
                )
            )
    return windows


def _closing(value: str) -> time:
    return time(0) if value in ("24:00", "00:00") else time.fromisoformat(value)


def _holidays(text: str) -> list[HolidayIn]:
    """One holiday a line: ``2026-12-25 Christmas Day``."""
    found = []
    for line in text.splitlines():
        day, _, name = line.strip().partition(" ")
        if day:
            found.append(HolidayIn(date=date.fromisoformat(day), name=name.strip()))
    return found


@router.post("/admin/service-levels/calendars")
async def save_calendar(
    request: Request, ctx: Ctx, session: PageSession, viewer: CsrfViewer
) -> Response:
    _require_admin(viewer)
    form = dict((await request.form()).items())
    calendar_id = optional_int(str(form.get("calendar_id", "")), "calendar_id")
    try:
        data = CalendarIn(
            name=str(form.get("name", "")),
            timezone=str(form.get("timezone", "UTC")),
            always_open=form.get("always_open") == "on",
            windows=_windows(form),
            holidays=_holidays(str(form.get("holidays", ""))),
        )
        admin.save_calendar(ctx, viewer, data, calendar_id)
    except (WarmdeskError, ValidationError, ValueError) as error:
        if isinstance(error, NotFound):
            raise
        return _sla_page(request, ctx, session, error=_message(error), status_code=422)
    return RedirectResponse("/admin/service-levels?saved=1", status_code=303)


def _minutes(hours: str) -> int | None:
    """Hours as typed ("4", "0.25", "1.5") to whole minutes; blank means no target."""
    text = hours.strip()
    return round(float(text) * 60) if text else None


@router.post("/admin/service-levels/policies")
def save_policy(
    request: Request,
    ctx: Ctx,
    session: PageSession,
    viewer: CsrfViewer,
    name: Annotated[str, Form()],
    calendar_id: Annotated[str, Form()],
    policy_id: Annotated[str, Form()] = "",
    priority: Annotated[str, Form()] = "",
    category: Annotated[str, Form()] = "",
    organization_id: Annotated[str, Form()] = "",
    first_response_hours: Annotated[str, Form()] = "",
    update_hours: Annotated[str, Form()] = "",
    resolution_hours: Annotated[str, Form()] = "",
    at_risk_percent: Annotated[str, Form()] = "75",
    notify_lead: Annotated[str, Form()] = "",
    raise_priority: Annotated[str, Form()] = "",
    reassign_team_id: Annotated[str, Form()] = "",
    active: Annotated[str, Form()] = "",
) -> Response:
    _require_admin(viewer)
    actions: list[dict[str, Any]] = []
    if notify_lead == "on":
        actions.append({"action": "notify_lead"})
    if raise_priority == "on":
        actions.append({"action": "raise_priority"})
    try:
        if team := optional_int(reassign_team_id, "reassign_team_id"):
            actions.append({"action": "reassign", "team_id": team})
        data = PolicyIn.model_validate(
            {
                "name": name,
                "priority": optional_int(priority, "priority"),
                "category": category or None,
                "organization_id": optional_int(organization_id, "organization_id"),
                "calendar_id": optional_int(calendar_id, "calendar_id"),
                "first_response_minutes": _minutes(first_response_hours),
                "update_minutes": _minutes(update_hours),
                "resolution_minutes": _minutes(resolution_hours),
                "at_risk_percent": int(at_risk_percent or 75),
                "breach_actions": actions,
                "active": active == "on",
            }
        )
        admin.save_policy(ctx, viewer, data, optional_int(policy_id, "policy_id"))
    except (WarmdeskError, ValidationError, ValueError) as error:
        if isinstance(error, NotFound):
            raise
        return _sla_page(request, ctx, session, error=_message(error), status_code=422)
    return RedirectResponse("/admin/service-levels?saved=1", status_code=303)


def _priority_page(
    request: Request, ctx: AppContext, session: SessionViewer, error: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:  # fmt: skip
    _require_admin(session.viewer)
    return render(
        request,
        "admin/priority.html",
        {
            "viewer": session.viewer,
            "csrf": session.csrf_token,
            "rules": priority_service.get_rules(ctx),
            "impact_rows": IMPACT_ROWS,
            "urgency_columns": URGENCY_COLUMNS,
            "error": error,
            "saved": request.query_params.get("saved") == "1",
        },
        status_code=status_code,
    )


@router.get("/admin/priority", response_class=HTMLResponse)
def priority_rules(request: Request, ctx: Ctx, session: PageSession) -> Response:
    return _priority_page(request, ctx, session)


@router.post("/admin/priority")
async def save_priority_rules(
    request: Request, ctx: Ctx, session: PageSession, viewer: CsrfViewer
) -> Response:
    _require_admin(viewer)
    form = await request.form()
    try:
        matrix = [[int(str(form.get(f"cell_{i}_{u}", "4"))) for u in range(3)] for i in range(3)]
        processes = str(form.get("critical_processes", "")).splitlines()
        priority_service.update_rules(ctx, viewer, matrix, processes)
    except (WarmdeskError, ValueError) as error:
        return _priority_page(request, ctx, session, error=str(error), status_code=422)
    return RedirectResponse("/admin/priority?saved=1", status_code=303)
