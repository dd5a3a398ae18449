"""What every service call needs: settings, a session factory, a clock, file storage."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from warmdesk.clock import Clock
from warmdesk.settings import Settings
from warmdesk.tickets.attachment_store import AttachmentStore


@dataclass(frozen=True)
class AppContext:
    settings: Settings
    sessions: sessionmaker[Session]
    clock: Clock
    attachments: AttachmentStore
