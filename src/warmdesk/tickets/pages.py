"""The agent console: the queue, and the ticket page with every action an agent takes."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from warmdesk.context import AppContext
from warmdesk.errors import NotFound, WarmdeskError
from warmdesk.people import service as people_service
from warmdesk.people.auth import SessionViewer
from warmdesk.people.domain import Viewer
from warmdesk.tickets import attachment_service, changes, message_service, relations, service
from warmdesk.tickets.domain import (
    AffectedScope,
    Category,
    LinkKind,
    PendingReason,
    Status,
    Workaround,
)
from warmdesk.tickets.forms import (
    blank_to_none,
    changed_fields,
    local_to_utc,
    optional_int,
    split_tags,
)
from warmdesk.tickets.queries import (
    SORT_LABELS,
    TicketFilters,
    decode_cursor,
    parse_sort,
)
from warmdesk.tickets.schemas import MessageIn, TicketPatch
from warmdesk.web.charts import Sparkline, sparkline
from warmdesk.web.deps import CsrfViewer, Ctx, PageSession, read_db
from warmdesk.web.downloads import attachment_response
from warmdesk.web.templating import render

router = APIRouter(include_in_schema=False)

VIEWS = {
    "open": "All open",
    "mine": "Assigned to me",
    "unassigned": "Unassigned",
    "new": "New",
    "pending": "Pending",
    "reopened": "Reopened",
    "resolved": "Resolved",
    "closed": "Closed",
    "all": "Everything",
}


def _require_staff(viewer: Viewer) -> None:
    if not viewer.is_staff:
        raise NotFound("Not found.")


def _queue_filters(viewer: Viewer, view: str, params: dict[str, str | None]) -> TicketFilters:
    statuses: tuple[Status, ...] = ()
    if view in {"new", "pending", "reopened", "resolved", "closed"}:
        statuses = (Status(view),)
    priority = optional_int(params.get("priority"), "priority")
    category = blank_to_none(params.get("category"))
    assignee = blank_to_none(params.get("assignee"))
    return TicketFilters(
        open_only=view in {"open", "mine", "unassigned"},
        statuses=statuses,
        priorities=(priority,) if priority else (),
        team_id=optional_int(params.get("team"), "team"),
        assignee_id=viewer.user_id if view == "mine" else optional_int(assignee, "assignee"),
        unassigned=view == "unassigned",
        category=_category(category),
        text=blank_to_none(params.get("q")),
    )


def _category(value: str | None) -> Category | None:
    try:
        return Category(value) if value else None
    except ValueError:
        return None


@router.get("/agent", response_class=HTMLResponse)
async def queue(
    request: Request,
    ctx: Ctx,
    session: PageSession,
    view: str = "open",
    priority: str | None = None,
    team: str | None = None,
    assignee: str | None = None,
    category: str | None = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    sort: str | None = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
    moved: Annotated[int | None, Query(ge=1)] = None,
) -> Response:
    """The queue: filters and sorting in the URL, so any view can be bookmarked and shared."""
    viewer = session.viewer
    _require_staff(viewer)
    view = view if view in VIEWS else "open"
    sort_key = parse_sort(sort)
    params = {
        "priority": priority,
        "team": team,
        "assignee": assignee,
        "category": category,
        "q": q,
    }
    filters = _queue_filters(viewer, view, params)
    after = decode_cursor(cursor, sort_key) if cursor else None
    view_data = await read_db(ctx, service.queue_view, ctx, viewer, filters, sort_key, after)
    page, teams, agents = view_data.page, view_data.teams, view_data.agents
    query = {k: v for k, v in {**params, "view": view, "sort": sort_key}.items() if v}
    template = (
        "tickets/_queue_results.html" if request.headers.get("hx-request") else "tickets/queue.html"
    )
    return render(
        request,
        template,
        {
            "viewer": viewer,
            "csrf": session.csrf_token,
            "page": page,
            "views": VIEWS,
            "view": view,
            "sort": sort_key,
            "sort_labels": SORT_LABELS,
            "params": params,
            "query": query,
            "teams": teams,
            "agents": agents,
            "categories": list(Category),
            "first_page": cursor is None,
            "moved": moved,
        },
    )


def _stress_chart(detail: service.TicketDetail) -> Sparkline | None:
    scores = [row.stress_score for row in detail.stress_trend]
    words = " then ".join(row.stress_level for row in detail.stress_trend)
    return sparkline(scores, label=f"Stress over the requester's messages: {words}")


def _ticket_page(
    request: Request,
    ctx: AppContext,
    session: SessionViewer,
    ticket_id: int,
    error: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    viewer = session.viewer
    detail = service.get_ticket_detail(ctx, viewer, ticket_id)
    teams, agents = people_service.staff_choices(ctx, viewer)
    requester_card = people_service.get_user(ctx, viewer, detail.ticket.requester_id)
    return render(
        request,
        "tickets/agent_ticket.html",
        {
            "viewer": viewer,
            "csrf": session.csrf_token,
            "detail": detail,
            "stress_chart": _stress_chart(detail),
            "scopes": list(AffectedScope),
            "workarounds": list(Workaround),
            "ticket": detail.ticket,
            "requester": requester_card,
            "teams": teams,
            "agents": agents,
            "categories": list(Category),
            "statuses": list(Status),
            "pending_reasons": list(PendingReason),
            "link_kinds": list(LinkKind),
            "error": error,
        },
        status_code=status_code,
    )


@router.get("/agent/tickets/{ticket_id}", response_class=HTMLResponse)
async def agent_ticket(
    request: Request, ticket_id: int, ctx: Ctx, session: PageSession
) -> Response:
    _require_staff(session.viewer)
    return await read_db(ctx, _ticket_page, request, ctx, session, ticket_id)


def _after_action(
    request: Request, ctx: AppContext, session: SessionViewer, ticket_id: int, action: Any
) -> Response:
    """Run ``action``; on success go back to the ticket, on a refused change show why."""
    try:
        target = action()
    except NotFound:
        raise
    except WarmdeskError as error:
        return _ticket_page(
            request, ctx, session, ticket_id, error=str(error), status_code=error.status_code
        )
    landing = target or ticket_id
    try:
        service.get_ticket(ctx, session.viewer, landing)
    except NotFound:
        # Handed to a queue this agent does not work: say where it went, not "not found".
        return RedirectResponse(f"/agent?moved={landing}", status_code=303)
    return RedirectResponse(f"/agent/tickets/{landing}", status_code=303)


@router.post("/agent/tickets/{ticket_id}/messages")
def agent_reply(
    request: Request,
    ticket_id: int,
    ctx: Ctx,
    session: PageSession,
    viewer: CsrfViewer,
    body_text: Annotated[str, Form(max_length=100_000)] = "",
    kind: Annotated[str, Form()] = "reply",
    then_status: Annotated[str, Form()] = "",
) -> Response:
    """Send a public reply or add an internal note; optionally change the status with it."""
    _require_staff(viewer)

    def action() -> None:
        message_service.post_message(
            ctx,
            viewer,
            ticket_id,
            MessageIn(body_text=body_text, kind="note" if kind == "note" else "reply"),
        )
        if then_status in {"pending", "resolved"}:
            ticket = service.get_ticket(ctx, viewer, ticket_id)
            form = {
                "status": then_status,
                "pending_reason": "requester" if then_status == "pending" else None,
            }
            changes.update_ticket(ctx, viewer, ticket_id, changed_fields(ticket, form))

    return _after_action(request, ctx, session, ticket_id, action)


@router.post("/agent/tickets/{ticket_id}/properties")
def agent_update(
    request: Request,
    ticket_id: int,
    ctx: Ctx,
    session: PageSession,
    viewer: CsrfViewer,
    status: Annotated[str, Form()],
    priority: Annotated[str, Form()],
    category: Annotated[str, Form()],
    pending_reason: Annotated[str, Form()] = "",
    priority_reason: Annotated[str, Form(max_length=300)] = "",
    team_id: Annotated[str, Form()] = "",
    assignee_id: Annotated[str, Form()] = "",
    tier: Annotated[str, Form()] = "",
    tags: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    _require_staff(viewer)

    def action() -> None:
        ticket = service.get_ticket(ctx, viewer, ticket_id)
        form = {
            "status": status,
            "pending_reason": blank_to_none(pending_reason),
            "priority": optional_int(priority, "priority"),
            "priority_reason": blank_to_none(priority_reason),
            "team_id": optional_int(team_id, "team_id"),
            "assignee_id": optional_int(assignee_id, "assignee_id"),
            "category": category,
            "tier": optional_int(tier, "tier") or ticket.tier,
            "tags": split_tags(tags),
        }
        changes.update_ticket(ctx, viewer, ticket_id, changed_fields(ticket, form))

    return _after_action(request, ctx, session, ticket_id, action)


@router.post("/agent/tickets/{ticket_id}/impact")
def agent_impact(
    request: Request,
    ticket_id: int,
    ctx: Ctx,
    session: PageSession,
    viewer: CsrfViewer,
    deadline: Annotated[str, Form()] = "",
    affected_scope: Annotated[str, Form()] = "",
    affected_count: Annotated[str, Form()] = "",
    business_process: Annotated[str, Form(max_length=120)] = "",
    workaround: Annotated[str, Form()] = "",
) -> Response:
    """Confirm or correct the business impact (read from the text, or given on the form);
    deadlines are entered in the requester's own timezone."""
    _require_staff(viewer)

    def action() -> None:
        ticket = service.get_ticket(ctx, viewer, ticket_id)
        requester = people_service.get_user(ctx, viewer, ticket.requester_id)
        form = {
            "deadline_at": local_to_utc(deadline, requester.timezone),
            "affected_scope": blank_to_none(affected_scope),
            "affected_count": optional_int(affected_count, "affected_count"),
            "business_process": blank_to_none(business_process),
            "workaround": blank_to_none(workaround),
        }
        current = {name: getattr(ticket, name) for name in form}
        patch = TicketPatch.model_validate(
            {name: value for name, value in form.items() if value != current[name]}
        )
        changes.update_ticket(ctx, viewer, ticket_id, patch)

    return _after_action(request, ctx, session, ticket_id, action)


@router.post("/agent/tickets/{ticket_id}/merge")
def agent_merge(
    request: Request,
    ticket_id: int,
    ctx: Ctx,
    session: PageSession,
    viewer: CsrfViewer,
    target_id: Annotated[str, Form()],
) -> Response:
    _require_staff(viewer)

    def action() -> int:
        target = optional_int(target_id.lstrip("#"), "target_id")
        if target is None:
            raise NotFound("Give the number of the ticket to merge into.")
        return relations.merge_tickets(ctx, viewer, ticket_id, target).id

    return _after_action(request, ctx, session, ticket_id, action)


@router.post("/agent/tickets/{ticket_id}/links")
def agent_link(
    request: Request,
    ticket_id: int,
    ctx: Ctx,
    session: PageSession,
    viewer: CsrfViewer,
    target_id: Annotated[str, Form()],
    kind: Annotated[str, Form()] = "related",
) -> Response:
    _require_staff(viewer)

    def action() -> None:
        target = optional_int(target_id.lstrip("#"), "target_id")
        if target is None:
            raise NotFound("Give the number of the ticket to link.")
        link_kind = LinkKind(kind) if kind in LinkKind.__members__.values() else LinkKind.RELATED
        relations.link_tickets(ctx, viewer, ticket_id, target, link_kind)

    return _after_action(request, ctx, session, ticket_id, action)


@router.post("/agent/tickets/{ticket_id}/attachments")
def agent_attach(
    request: Request,
    ticket_id: int,
    ctx: Ctx,
    session: PageSession,
    viewer: CsrfViewer,
    file: Annotated[UploadFile, File()],
    internal: Annotated[str, Form()] = "",
) -> Response:
    _require_staff(viewer)

    def action() -> None:
        attachment_service.add_attachment(
            ctx,
            viewer,
            ticket_id,
            file.filename or "attachment",
            file.content_type,
            file.file,
            internal=internal == "on",
        )

    return _after_action(request, ctx, session, ticket_id, action)


@router.get("/attachments/{attachment_id}")
def download(attachment_id: int, ctx: Ctx, session: PageSession) -> Response:
    """Downloads for signed-in people; the same visibility rules as the API."""
    return attachment_response(
        attachment_service.get_attachment(ctx, session.viewer, attachment_id)
    )
