"""The requester portal: my tickets, a new request in plain words, and the conversation."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from warmdesk.context import AppContext
from warmdesk.errors import NotFound, WarmdeskError
from warmdesk.people import service as people_service
from warmdesk.people.auth import SessionViewer
from warmdesk.tickets import attachment_service, message_service, service
from warmdesk.tickets.attachment_store import describe_size
from warmdesk.tickets.domain import AffectedScope, Category, Channel, Workaround
from warmdesk.tickets.forms import blank_to_none, local_to_utc, optional_int
from warmdesk.tickets.queries import TicketFilters, decode_cursor
from warmdesk.tickets.schemas import MessageIn, TicketIn
from warmdesk.web.deps import CsrfViewer, Ctx, PageSession, read_db
from warmdesk.web.templating import render

router = APIRouter(include_in_schema=False)

CATEGORY_WORDS = {
    Category.PASSWORD: "I can't sign in / password",
    Category.ACCESS: "I need access to something",
    Category.EMAIL: "Email or calendar",
    Category.VPN: "VPN or working remotely",
    Category.NETWORK: "Wi-Fi or network",
    Category.PRINTER: "Printing or scanning",
    Category.HARDWARE: "Laptop, phone or other equipment",
    Category.SOFTWARE: "An app or program",
    Category.OUTAGE: "Something is down for many people",
    Category.SECURITY: "Something looks suspicious",
    Category.OTHER: "Something else",
}
SCOPE_WORDS = {
    AffectedScope.INDIVIDUAL: "Just me",
    AffectedScope.TEAM: "My team",
    AffectedScope.DEPARTMENT: "My whole department",
    AffectedScope.ORGANIZATION: "Everyone in the company",
}
WORKAROUND_WORDS = {
    Workaround.YES: "Yes, I can keep working another way for now",
    Workaround.NO: "No, I'm stuck",
    Workaround.UNKNOWN: "Not sure",
}


@router.get("/portal", response_class=HTMLResponse)
async def my_tickets(
    request: Request, ctx: Ctx, session: PageSession, show: str = "open", cursor: str | None = None
) -> Response:
    """A requester's own tickets (and colleagues' where the organization shares them);
    for staff, the requests they raised themselves."""
    viewer = session.viewer
    own_only = viewer.is_staff or not viewer.organization_shares_tickets
    filters = TicketFilters(
        open_only=show == "open", requester_id=viewer.user_id if own_only else None
    )
    after = decode_cursor(cursor, "-updated") if cursor else None
    page = await read_db(ctx, service.list_tickets, ctx, viewer, filters, "-updated", after)
    return render(
        request,
        "tickets/portal_list.html",
        {
            "viewer": viewer,
            "csrf": session.csrf_token,
            "page": page,
            "show": show,
        },
    )


def _new_form(
    request: Request,
    session: SessionViewer,
    values: dict[str, str],
    error: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    return render(
        request,
        "tickets/portal_new.html",
        {
            "viewer": session.viewer,
            "csrf": session.csrf_token,
            "categories": CATEGORY_WORDS,
            "scopes": SCOPE_WORDS,
            "workarounds": WORKAROUND_WORDS,
            "values": values,
            "error": error,
        },
        status_code=status_code,
    )


@router.get("/portal/new", response_class=HTMLResponse)
async def new_request_form(request: Request, session: PageSession) -> Response:
    return _new_form(request, session, {})


@router.post("/portal/new")
def submit_request(
    request: Request,
    ctx: Ctx,
    session: PageSession,
    viewer: CsrfViewer,
    subject: Annotated[str, Form(max_length=300)] = "",
    description: Annotated[str, Form(max_length=100_000)] = "",
    category: Annotated[str, Form()] = "other",
    deadline: Annotated[str, Form()] = "",
    affected_scope: Annotated[str, Form()] = "",
    affected_count: Annotated[str, Form()] = "",
    business_process: Annotated[str, Form(max_length=120)] = "",
    workaround: Annotated[str, Form()] = "",
    file: Annotated[UploadFile | None, File()] = None,
) -> Response:
    """Open a ticket from the portal form, with the business-impact answers."""
    values = {
        "subject": subject,
        "description": description,
        "category": category,
        "deadline": deadline,
        "affected_scope": affected_scope,
        "affected_count": affected_count,
        "business_process": business_process,
        "workaround": workaround,
    }
    try:
        me = people_service.get_user(ctx, viewer, viewer.user_id)
        if not subject.strip():
            raise WarmdeskError("Give your request a short title.")
        data = TicketIn.model_validate(
            {
                "subject": subject,
                "description": description,
                "category": category if category in Category.__members__.values() else "other",
                "channel": Channel.WEB,
                "deadline_at": local_to_utc(deadline, me.timezone),
                "affected_scope": blank_to_none(affected_scope),
                "affected_count": optional_int(affected_count, "affected_count"),
                "business_process": blank_to_none(business_process),
                "workaround": blank_to_none(workaround),
            }
        )
        ticket = service.open_ticket(ctx, viewer, data)
    except (WarmdeskError, ValueError) as error:
        message = str(error) if isinstance(error, WarmdeskError) else _first_error(error)
        return _new_form(request, session, values, error=message, status_code=422)
    suffix = ""
    if file is not None and file.filename and not _attach(ctx, session, ticket.id, file):
        suffix = "&file_error=1"
    return RedirectResponse(f"/portal/tickets/{ticket.id}?created=1{suffix}", status_code=303)


def _first_error(error: ValueError) -> str:
    errors = getattr(error, "errors", None)
    if callable(errors):
        first = errors()[0]
        field = ".".join(str(p) for p in first.get("loc", ()))
        return f"{field.replace('_', ' ')}: {first.get('msg', 'not valid')}"
    return str(error)


def _attach(ctx: AppContext, session: SessionViewer, ticket_id: int, file: UploadFile) -> bool:
    """Attach the file; False when it was refused (the message itself is already saved)."""
    try:
        attachment_service.add_attachment(
            ctx,
            session.viewer,
            ticket_id,
            file.filename or "attachment",
            file.content_type,
            file.file,
        )
    except WarmdeskError:
        return False
    return True


def _portal_ticket(
    request: Request,
    ctx: AppContext,
    session: SessionViewer,
    ticket_id: int,
    error: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    detail = service.get_ticket_detail(ctx, session.viewer, ticket_id)
    return render(
        request,
        "tickets/portal_ticket.html",
        {
            "viewer": session.viewer,
            "csrf": session.csrf_token,
            "detail": detail,
            "ticket": detail.ticket,
            "error": error,
            "created": request.query_params.get("created") == "1",
            "file_error": request.query_params.get("file_error") == "1",
            "max_file_size": describe_size(ctx.settings.attachments.max_bytes),
        },
        status_code=status_code,
    )


@router.get("/portal/tickets/{ticket_id}", response_class=HTMLResponse)
async def portal_ticket(
    request: Request, ticket_id: int, ctx: Ctx, session: PageSession
) -> Response:
    return await read_db(ctx, _portal_ticket, request, ctx, session, ticket_id)


@router.post("/portal/tickets/{ticket_id}/messages")
def portal_reply(
    request: Request,
    ticket_id: int,
    ctx: Ctx,
    session: PageSession,
    viewer: CsrfViewer,
    body_text: Annotated[str, Form(max_length=100_000)] = "",
    file: Annotated[UploadFile | None, File()] = None,
) -> Response:
    try:
        posted = message_service.post_message(
            ctx, viewer, ticket_id, MessageIn(body_text=body_text)
        )
    except NotFound:
        raise
    except WarmdeskError as error:
        return _portal_ticket(
            request, ctx, session, ticket_id, error=str(error), status_code=error.status_code
        )
    suffix = ""
    if file is not None and file.filename and not _attach(ctx, session, posted.ticket_id, file):
        suffix = "?file_error=1"
    return RedirectResponse(f"/portal/tickets/{posted.ticket_id}{suffix}", status_code=303)
