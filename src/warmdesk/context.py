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
    # Sessions for reads only (see warmdesk.db.make_read_session_factory); the write
    # factory when not given.
    read_sessions: sessionmaker[Session] | None = None

    def reads(self) -> Session:
        """A session for a read-only use case: ``with ctx.reads() as session: ...``."""
        return (self.read_sessions or self.sessions)()
