"""Set up people and tickets through the real services."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from warmdesk.context import AppContext
from warmdesk.people import auth, repository, service
from warmdesk.people.domain import Role, Viewer
from warmdesk.people.models import User
from warmdesk.people.schemas import OrganizationIn, TeamIn, UserIn
from warmdesk.tickets import service as ticket_service
from warmdesk.tickets.models import Ticket
from warmdesk.tickets.schemas import TicketIn

_counter = itertools.count(1)
PASSWORD = "correct-horse-battery"


@dataclass
class Person:
    user: User
    viewer: Viewer
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    @property
    def id(self) -> int:
        return self.user.id


class Factory:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def organization(self, name: str | None = None, shared: bool = False) -> int:
        data = OrganizationIn(name=name or f"Org {next(_counter)}", shared_tickets=shared)
        return service.create_organization(self.ctx, None, data).id

    def team(self, name: str | None = None, members: list[Person] | None = None) -> int:
        data = TeamIn(
            name=name or f"Team {next(_counter)}", member_ids=[m.id for m in members or []]
        )
        return service.create_team(self.ctx, None, data).id

    def person(
        self,
        role: Role = Role.REQUESTER,
        *,
        name: str | None = None,
        organization_id: int | None = None,
        team_ids: list[int] | None = None,
        password: str | None = PASSWORD,
        timezone: str = "Europe/London",
    ) -> Person:
        n = next(_counter)
        data = UserIn(
            email=f"person{n}@example.test",
            name=name or f"Person {n}",
            role=role,
            organization_id=organization_id,
            team_ids=team_ids or [],
            password=password,
            timezone=timezone,
        )
        user = service.create_user(self.ctx, None, data)
        return self.refresh(user.id)

    def refresh(self, user_id: int) -> Person:
        with self.ctx.sessions() as session:
            user = repository.get_user(session, user_id)
            assert user is not None
            viewer = repository.viewer_for_user(session, user)
        _, token = auth.create_api_token(self.ctx, viewer, "tests")
        return Person(user=user, viewer=viewer, token=token)

    def ticket(
        self, requester: Person, subject: str = "Printer on floor 3 jams", **fields: object
    ) -> Ticket:
        data = TicketIn.model_validate(
            {"subject": subject, "description": "It jams on every page.", **fields}
        )
        return ticket_service.open_ticket(self.ctx, requester.viewer, data)
