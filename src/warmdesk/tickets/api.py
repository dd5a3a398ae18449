"""``/api/v1/tickets``: thin routes that parse, call one service, and shape the answer."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Query, Response, UploadFile, status
from fastapi.responses import FileResponse
from pydantic import Field

from warmdesk.tickets import attachment_service, changes, message_service, relations, service
from warmdesk.tickets.domain import Category, Channel, PendingReason, Status, priority_label
from warmdesk.tickets.models import Message, Ticket
from warmdesk.tickets.queries import SORT_KEYS, TicketFilters, TicketRow, decode_cursor, parse_sort
from warmdesk.tickets.schemas import (
    AttachmentOut,
    AuditEventOut,
    LinkIn,
    LinkOut,
    MergeIn,
    MessageIn,
    MessageOut,
    MessagePostedOut,
    PersonRef,
    TicketIn,
    TicketOut,
    TicketPageOut,
    TicketPatch,
)
from warmdesk.web.deps import ApiViewer, Ctx, read_db
from warmdesk.web.downloads import attachment_response

router = APIRouter(prefix="/api/v1", tags=["tickets"])


def ticket_out(ticket: Ticket | TicketRow) -> TicketOut:
    return TicketOut(
        id=ticket.id,
        subject=ticket.subject,
        description=ticket.description,
        status=Status(ticket.status),
        pending_reason=PendingReason(ticket.pending_reason) if ticket.pending_reason else None,
        priority=ticket.priority,
        priority_label=priority_label(ticket.priority),
        priority_reasons=list(ticket.priority_reasons),
        category=ticket.category,
        channel=ticket.channel,
        requester=PersonRef(id=ticket.requester.id, name=ticket.requester.name),
        organization_id=ticket.organization_id,
        assignee=PersonRef(id=ticket.assignee.id, name=ticket.assignee.name)
        if ticket.assignee
        else None,
        team=PersonRef(id=ticket.team.id, name=ticket.team.name) if ticket.team else None,
        tier=ticket.tier,
        tags=ticket.tags,
        deadline_at=ticket.deadline_at,
        affected_scope=ticket.affected_scope,
        affected_count=ticket.affected_count,
        business_process=ticket.business_process,
        workaround=ticket.workaround,
        merged_into_id=ticket.merged_into_id,
        reopen_count=ticket.reopen_count,
        created_at=ticket.created_at,
        updated_at=ticket.updated_at,
        first_response_at=ticket.first_response_at,
        resolved_at=ticket.resolved_at,
        closed_at=ticket.closed_at,
        stress_score=ticket.stress_score,
        stress_peak=ticket.stress_peak,
        stress_level=ticket.stress_level,
    )


def message_out(message: Message) -> MessageOut:
    return MessageOut.model_validate(message)


@router.post("/tickets", status_code=status.HTTP_201_CREATED, response_model=TicketOut)
def create_ticket(data: TicketIn, ctx: Ctx, viewer: ApiViewer, response: Response) -> TicketOut:
    """Open a ticket. Requesters open their own; staff may open one for ``requester_id``."""
    ticket = service.open_ticket(ctx, viewer, data)
    response.headers["Location"] = f"/api/v1/tickets/{ticket.id}"
    return ticket_out(ticket)


@router.get("/tickets", response_model=TicketPageOut)
async def list_tickets(
    ctx: Ctx,
    viewer: ApiViewer,
    status_: Annotated[list[Status] | None, Query(alias="status")] = None,
    open_only: Annotated[
        bool, Query(alias="open", description="Only new, open, pending, reopened")
    ] = False,
    priority: Annotated[list[Annotated[int, Field(ge=1, le=4)]] | None, Query()] = None,
    team_id: int | None = None,
    assignee_id: int | None = None,
    unassigned: bool = False,
    category: Category | None = None,
    requester_id: int | None = None,
    organization_id: int | None = None,
    tag: Annotated[str | None, Query(max_length=60)] = None,
    q: Annotated[
        str | None, Query(max_length=200, description="Words in the subject, or a ticket number")
    ] = None,
    sort: Annotated[str, Query(description=f"One of {', '.join(SORT_KEYS)}")] = "priority",
    cursor: Annotated[str | None, Query(max_length=500)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> TicketPageOut:
    """Tickets the caller may see, filtered and sorted, a page at a time (cursor pagination)."""
    sort_key = parse_sort(sort)
    filters = TicketFilters(
        statuses=tuple(status_ or ()),
        open_only=open_only,
        priorities=tuple(priority or ()),
        team_id=team_id,
        assignee_id=assignee_id,
        unassigned=unassigned,
        category=category,
        requester_id=requester_id,
        organization_id=organization_id,
        tag=tag,
        text=q,
    )
    after = decode_cursor(cursor, sort_key) if cursor else None
    page = await read_db(ctx, service.list_tickets, ctx, viewer, filters, sort_key, after, limit)
    return TicketPageOut(items=[ticket_out(t) for t in page.items], next_cursor=page.next_cursor)


@router.get("/tickets/{ticket_id}", response_model=TicketOut)
async def read_ticket(ticket_id: int, ctx: Ctx, viewer: ApiViewer) -> TicketOut:
    return ticket_out(await read_db(ctx, service.get_ticket, ctx, viewer, ticket_id))


@router.patch("/tickets/{ticket_id}", response_model=TicketOut)
def change_ticket(ticket_id: int, patch: TicketPatch, ctx: Ctx, viewer: ApiViewer) -> TicketOut:
    """Change status, priority (with a reason), assignment, impact or tags. Staff only.
    An illegal status change answers 409 and names the allowed ones."""
    return ticket_out(changes.update_ticket(ctx, viewer, ticket_id, patch))


@router.get("/tickets/{ticket_id}/messages", response_model=list[MessageOut])
def list_messages(ticket_id: int, ctx: Ctx, viewer: ApiViewer) -> list[MessageOut]:
    """The conversation, oldest first. Internal notes only for staff."""
    detail = service.get_ticket_detail(ctx, viewer, ticket_id)
    return [message_out(m) for m in detail.messages]


@router.post("/tickets/{ticket_id}/messages", status_code=201, response_model=MessagePostedOut)
def post_message(
    ticket_id: int, data: MessageIn, ctx: Ctx, viewer: ApiViewer, response: Response
) -> MessagePostedOut:
    """Reply (or, for staff, add an internal note). A requester's reply to a closed ticket
    opens a new linked ticket: ``ticket_id`` and ``follow_up_of`` in the answer say so.
    Sending the same ``external_id`` again returns the first message with status 200."""
    posted = message_service.post_message(ctx, viewer, ticket_id, data, Channel.API)
    if posted.duplicate:
        response.status_code = 200
    out = MessageOut.model_validate(posted.message).model_dump()
    return MessagePostedOut(**out, follow_up_of=posted.follow_up_of)


@router.get("/tickets/{ticket_id}/attachments", response_model=list[AttachmentOut])
def list_attachments(ticket_id: int, ctx: Ctx, viewer: ApiViewer) -> list[AttachmentOut]:
    return [
        AttachmentOut.model_validate(a)
        for a in attachment_service.list_attachments(ctx, viewer, ticket_id)
    ]


@router.post("/tickets/{ticket_id}/attachments", status_code=201, response_model=AttachmentOut)
def upload_attachment(
    ticket_id: int,
    ctx: Ctx,
    viewer: ApiViewer,
    file: Annotated[UploadFile, File(description="The file; the size limit is in the settings")],
    message_id: Annotated[int | None, Form()] = None,
    internal: Annotated[bool, Form(description="Staff only: hide from the requester")] = False,
) -> AttachmentOut:
    attachment = attachment_service.add_attachment(
        ctx,
        viewer,
        ticket_id,
        file.filename or "attachment",
        file.content_type,
        file.file,
        message_id=message_id,
        internal=internal,
    )
    return AttachmentOut.model_validate(attachment)


@router.get(
    "/attachments/{attachment_id}",
    response_class=FileResponse,
    responses={
        200: {"content": {"application/octet-stream": {}}, "description": "The file, as a download"}
    },
)
def download_attachment(attachment_id: int, ctx: Ctx, viewer: ApiViewer) -> Response:
    """Always served as a download, never rendered inline."""
    return attachment_response(attachment_service.get_attachment(ctx, viewer, attachment_id))


@router.post("/tickets/{ticket_id}/merge", response_model=TicketOut)
def merge_ticket(ticket_id: int, data: MergeIn, ctx: Ctx, viewer: ApiViewer) -> TicketOut:
    """Merge this ticket into ``target_id``: messages move, this one closes. Staff only."""
    return ticket_out(relations.merge_tickets(ctx, viewer, ticket_id, data.target_id))


@router.post("/tickets/{ticket_id}/links", status_code=201, response_model=LinkOut)
def link_ticket(
    ticket_id: int, data: LinkIn, ctx: Ctx, viewer: ApiViewer, response: Response
) -> LinkOut:
    """Link two tickets. The same link again is answered 200 with the existing link."""
    result = relations.link_tickets(ctx, viewer, ticket_id, data.target_id, data.kind)
    if not result.created:
        response.status_code = 200
    return LinkOut.model_validate(result.link)


@router.get("/tickets/{ticket_id}/links", response_model=list[LinkOut])
def list_links(ticket_id: int, ctx: Ctx, viewer: ApiViewer) -> list[LinkOut]:
    return [
        LinkOut.model_validate(link)
        for link in service.get_ticket_detail(ctx, viewer, ticket_id).links
    ]


@router.delete("/tickets/{ticket_id}/links/{link_id}", status_code=204)
def unlink_ticket(ticket_id: int, link_id: int, ctx: Ctx, viewer: ApiViewer) -> Response:
    relations.unlink_tickets(ctx, viewer, ticket_id, link_id)
    return Response(status_code=204)


@router.get("/tickets/{ticket_id}/audit", response_model=list[AuditEventOut])
def ticket_audit(ticket_id: int, ctx: Ctx, viewer: ApiViewer) -> list[AuditEventOut]:
    """Every change to the ticket, oldest first. Staff only."""
    return [AuditEventOut.model_validate(e) for e in service.ticket_audit(ctx, viewer, ticket_id)]
