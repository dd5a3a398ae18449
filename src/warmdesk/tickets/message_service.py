"""Use cases for the conversation: replies, internal notes and attachments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from warmdesk.audit import repository as audit
from warmdesk.context import AppContext
from warmdesk.db import unit_of_work
from warmdesk.errors import Conflict, Invalid, NotFound
from warmdesk.people.domain import Viewer
from warmdesk.people.models import User
from warmdesk.signals.closure import is_closing_thanks
from warmdesk.signals.service import record_message_signals
from warmdesk.tickets import repository
from warmdesk.tickets.changes import apply_status
from warmdesk.tickets.domain import (
    Category,
    Channel,
    LinkKind,
    MessageKind,
    PendingReason,
    ReplyOutcome,
    Status,
    requester_reply_outcome,
)
from warmdesk.tickets.effects import after_ticket_change
from warmdesk.tickets.html import clean_text, html_to_text, sanitize_html
from warmdesk.tickets.models import Message, Ticket, TicketLink
from warmdesk.tickets.schemas import MessageIn, TicketIn
from warmdesk.tickets.service import infer_impact, new_ticket, not_found


@dataclass(frozen=True)
class PostedMessage:
    message: Message
    ticket_id: int
    follow_up_of: int | None = None
    duplicate: bool = False


def post_message(
    ctx: AppContext,
    viewer: Viewer,
    ticket_id: int,
    data: MessageIn,
    channel: Channel = Channel.WEB,
) -> PostedMessage:
    """Add a reply or note that arrived through ``channel``. A requester's reply may resume,
    reopen, or (on a closed ticket) open a follow-up ticket linked to the old one.
    The same ``external_id`` twice is one message."""
    body_html = sanitize_html(data.body_html) if data.body_html else None
    body_text = clean_text(data.body_text or (html_to_text(body_html) if body_html else ""))
    if not body_text:
        raise Invalid("Write something before sending.", field="body_text")
    now = ctx.clock.now()
    with unit_of_work(ctx.sessions) as session:
        if data.external_id:
            existing = repository.message_by_external_id(session, data.external_id)
            if existing is not None:
                return _already_received(session, viewer, existing)
        ticket = repository.get_ticket_for_update(session, viewer, ticket_id)
        if ticket is None:
            raise not_found(ticket_id)
        if ticket.merged_into_id is not None:
            raise Conflict(
                f"Ticket #{ticket_id} was merged into #{ticket.merged_into_id}; reply there."
            )
        if viewer.is_staff:
            kind = MessageKind.INTERNAL if data.kind == "note" else MessageKind.OUTBOUND
            follow_up_of = None
            _staff_message_effects(session, viewer, ticket, kind, now)
        else:
            kind = MessageKind.INBOUND
            ticket, follow_up_of = _requester_reply_effects(ctx, session, viewer, ticket, body_text)
        message = Message(
            ticket_id=ticket.id,
            author_id=viewer.user_id,
            kind=kind.value,
            channel=channel.value,
            body_text=body_text,
            body_html=body_html,
            raw_source=data.body_html or data.body_text,
            external_id=data.external_id,
            created_at=now,
        )
        session.add(message)
        ticket.updated_at = now
        try:
            session.flush()
        except IntegrityError as error:
            raise Conflict("That message was already received (same external_id).") from error
        if kind is MessageKind.INBOUND:
            writer = session.get(User, viewer.user_id)
            timezone = writer.timezone if writer else "UTC"
            found = record_message_signals(session, ticket, message, timezone, now)
            infer_impact(session, ticket, found, viewer.user_id, now)
        after_ticket_change(session, ticket, now, public_update=kind is MessageKind.OUTBOUND)
        audit.record(
            session,
            actor_id=viewer.user_id,
            entity_type="message",
            entity_id=message.id,
            ticket_id=ticket.id,
            action=f"{kind.value}_message",
            changes={"length": len(body_text)},
            now=now,
        )
        session.refresh(message, attribute_names=["author"])
        return PostedMessage(message, ticket.id, follow_up_of=follow_up_of)


def _already_received(session: Session, viewer: Viewer, existing: Message) -> PostedMessage:
    """The first message sent with this ``external_id``, if the viewer may see it. Otherwise a
    conflict that reveals nothing: a guessed key must not hand out someone else's message."""
    visible = repository.get_visible_ticket(session, viewer, existing.ticket_id) is not None
    if not visible or (existing.kind == MessageKind.INTERNAL.value and not viewer.is_staff):
        raise Conflict("That external_id belongs to another message.")
    return PostedMessage(existing, existing.ticket_id, duplicate=True)


def _staff_message_effects(
    session: Session, viewer: Viewer, ticket: Ticket, kind: MessageKind, now: datetime
) -> None:
    if kind is not MessageKind.OUTBOUND:
        return
    if ticket.first_response_at is None:
        ticket.first_response_at = now
    if ticket.status == Status.CLOSED.value:
        raise Conflict("This ticket is closed; the requester's next message will open a new one.")
    if ticket.status == Status.NEW.value:
        changes = apply_status(ticket, Status.OPEN, None, now)
        if ticket.assignee_id is None:
            ticket.assignee_id = viewer.user_id
            changes["assignee_id"] = [None, viewer.user_id]
        audit.record_ticket_event(
            session,
            actor_id=viewer.user_id,
            ticket_id=ticket.id,
            action="updated",
            changes=changes,
            now=now,
        )


def _requester_reply_effects(
    ctx: AppContext, session: Session, viewer: Viewer, ticket: Ticket, body_text: str
) -> tuple[Ticket, int | None]:
    now = ctx.clock.now()
    window = timedelta(days=ctx.settings.tickets.reopen_window_days)
    reason = PendingReason(ticket.pending_reason) if ticket.pending_reason else None
    outcome = requester_reply_outcome(
        Status(ticket.status),
        reason,
        ticket.resolved_at,
        now,
        window,
        closing_thanks=is_closing_thanks(body_text),
    )
    if outcome is ReplyOutcome.APPEND:
        return ticket, None
    if outcome is ReplyOutcome.FOLLOW_UP:
        return _open_follow_up(session, viewer, ticket, body_text, now), ticket.id
    target = Status.OPEN if outcome is ReplyOutcome.RESUME else Status.REOPENED
    changes = apply_status(ticket, target, None, now)
    audit.record_ticket_event(
        session,
        actor_id=viewer.user_id,
        ticket_id=ticket.id,
        action="updated",
        changes={**changes, "cause": "requester replied"},
        now=now,
    )
    return ticket, None


def _open_follow_up(
    session: Session, viewer: Viewer, old: Ticket, body_text: str, now: datetime
) -> Ticket:
    if old.status == Status.RESOLVED.value:
        changes = apply_status(old, Status.CLOSED, None, now)
        audit.record_ticket_event(
            session,
            actor_id=viewer.user_id,
            ticket_id=old.id,
            action="updated",
            changes={**changes, "cause": "reply after the reopen window"},
            now=now,
        )
    # The follow-up belongs to whoever wrote: in a sharing organization, a colleague of the
    # original requester may be the one reporting that the problem is back.
    requester = session.get(User, viewer.user_id)
    if requester is None:
        raise NotFound("The requester of this ticket no longer exists.")
    subject = (
        old.subject if old.subject.lower().startswith("follow-up") else f"Follow-up: {old.subject}"
    )
    data = TicketIn(
        subject=subject[:300],
        description=body_text,
        category=Category(old.category),
        channel=Channel(old.channel),
    )
    # The reply itself becomes the follow-up's first message (added by the caller).
    follow_up = new_ticket(session, viewer, requester, data, now, with_first_message=False)
    follow_up.team_id = old.team_id
    session.add(
        TicketLink(
            source_id=follow_up.id,
            target_id=old.id,
            kind=LinkKind.FOLLOW_UP_OF.value,
            created_by_id=viewer.user_id,
            created_at=now,
        )
    )
    audit.record_ticket_event(
        session,
        actor_id=viewer.user_id,
        ticket_id=old.id,
        action="follow_up_opened",
        changes={"follow_up_id": follow_up.id},
        now=now,
    )
    return follow_up
