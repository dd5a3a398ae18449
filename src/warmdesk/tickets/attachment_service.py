"""Use cases for attachments: upload with limits, and download only for those who may see it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from warmdesk.audit import repository as audit
from warmdesk.context import AppContext
from warmdesk.db import unit_of_work
from warmdesk.errors import Conflict, Invalid, NotFound
from warmdesk.people.domain import Viewer
from warmdesk.tickets import repository
from warmdesk.tickets.domain import Status
from warmdesk.tickets.models import Attachment, Message

_UNSAFE_NAME_CHARS = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")
MAX_FILENAME_CHARS = 150


@dataclass(frozen=True)
class AttachmentDownload:
    attachment: Attachment
    path: Path


def safe_filename(name: str) -> str:
    """A file name with no path, control or reserved characters, of bounded length."""
    base = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE_NAME_CHARS.sub("_", base).strip(" .")
    if not base:
        return "attachment"
    if len(base) > MAX_FILENAME_CHARS:
        stem, dot, ext = base.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            base = stem[: MAX_FILENAME_CHARS - len(ext) - 1] + "." + ext
        else:
            base = base[:MAX_FILENAME_CHARS]
    return base


def add_attachment(
    ctx: AppContext,
    viewer: Viewer,
    ticket_id: int,
    filename: str,
    content_type: str | None,
    stream: BinaryIO,
    *,
    message_id: int | None = None,
    internal: bool = False,
) -> Attachment:
    """Store the bytes (by content hash) and attach them; refuse past the size limit."""
    limits = ctx.settings.attachments
    with ctx.reads() as session:
        ticket = repository.get_visible_ticket(session, viewer, ticket_id)
        if ticket is None:
            raise NotFound(f"No ticket #{ticket_id}, or you cannot see it.")
        if ticket.merged_into_id is not None:
            raise Conflict(f"Ticket #{ticket_id} was merged into #{ticket.merged_into_id}.")
        if ticket.status == Status.CLOSED.value and not viewer.is_staff:
            raise Conflict(
                f"Ticket #{ticket_id} is closed. Reply to it to open a new ticket, "
                "then attach the file there."
            )
    blob = ctx.attachments.save(stream, limits.max_bytes)
    if blob.size_bytes == 0:
        raise Invalid("The file is empty.", field="file")
    now = ctx.clock.now()
    with unit_of_work(ctx.sessions) as session:
        if message_id is not None:
            message = session.get(Message, message_id)
            if message is None or message.ticket_id != ticket_id:
                raise Invalid(
                    f"No message #{message_id} on ticket #{ticket_id}.", field="message_id"
                )
        attachment = Attachment(
            ticket_id=ticket_id,
            message_id=message_id,
            filename=safe_filename(filename),
            content_type=_safe_content_type(content_type),
            size_bytes=blob.size_bytes,
            sha256=blob.sha256,
            uploaded_by_id=viewer.user_id,
            internal=internal and viewer.is_staff,
            created_at=now,
        )
        session.add(attachment)
        session.flush()
        audit.record(
            session,
            actor_id=viewer.user_id,
            entity_type="attachment",
            entity_id=attachment.id,
            ticket_id=ticket_id,
            action="attached",
            changes={"filename": attachment.filename, "size_bytes": blob.size_bytes},
            now=now,
        )
        return attachment


_CONTENT_TYPE = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}$")


def _safe_content_type(value: str | None) -> str:
    cleaned = (value or "").split(";", 1)[0].strip().lower()
    return cleaned if _CONTENT_TYPE.match(cleaned) else "application/octet-stream"


def get_attachment(ctx: AppContext, viewer: Viewer, attachment_id: int) -> AttachmentDownload:
    """The attachment and its file, if the viewer may see its ticket (404 otherwise)."""
    with ctx.reads() as session:
        attachment = repository.get_attachment(session, attachment_id)
        visible = attachment is not None and (
            repository.get_visible_ticket(session, viewer, attachment.ticket_id) is not None
            and (viewer.is_staff or not attachment.internal)
        )
        if attachment is None or not visible:
            raise NotFound(f"No attachment #{attachment_id}, or you cannot see it.")
    path = ctx.attachments.path_for(attachment.sha256)
    if not path.exists():
        raise NotFound(f"The file of attachment #{attachment_id} is missing from storage.")
    return AttachmentDownload(attachment, path)


def list_attachments(ctx: AppContext, viewer: Viewer, ticket_id: int) -> list[Attachment]:
    with ctx.reads() as session:
        if repository.get_visible_ticket(session, viewer, ticket_id) is None:
            raise NotFound(f"No ticket #{ticket_id}, or you cannot see it.")
        return list(
            repository.attachments_for(session, ticket_id, include_internal=viewer.is_staff)
        )
