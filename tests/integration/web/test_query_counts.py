"""No N+1: the number of SQL statements per page or API call does not grow with the data."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, event

from tests.integration.tickets.api_helpers import api_person, post_message, upload
from tests.integration.web.pages_helpers import OpenBrowser, person_with_login
from tests.support.factories import Factory, Person
from warmdesk.context import AppContext
from warmdesk.people.domain import Role
from warmdesk.tickets import service as ticket_service
from warmdesk.tickets.schemas import TicketIn

# Bounds with a little headroom over today's counts (6 for the queue, 4 for the API list,
# 14 for the ticket page), so that a new per-page lookup is a conscious decision.
MAX_LIST_STATEMENTS = 10
MAX_TICKET_PAGE_STATEMENTS = 16


@dataclass
class StatementLog:
    statements: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.statements)


@contextmanager
def counting_statements(ctx: AppContext) -> Iterator[StatementLog]:
    engine: Engine = ctx.sessions.kw["bind"]
    log = StatementLog()

    def record(*args: Any) -> None:
        log.statements.append(args[2])

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield log
    finally:
        event.remove(engine, "before_cursor_execute", record)


def statements_for(ctx: AppContext, request: Callable[[], Any]) -> StatementLog:
    """Statements of one request, after a warm-up call (token and session writes happen
    at most once a minute, and caches fill on first use)."""
    request()
    with counting_statements(ctx) as log:
        answer = request()
    assert answer.status_code == 200, answer.text
    return log


@dataclass
class Cast:
    lead: Person
    agents: list[Person]
    teams: list[int]
    requesters: list[Person]


@pytest.fixture
def cast(factory: Factory) -> Cast:
    agents = [api_person(factory, Role.AGENT) for _ in range(3)]
    return Cast(
        lead=api_person(factory, Role.LEAD),
        agents=agents,
        teams=[factory.team(members=[agent]) for agent in agents[:2]],
        requesters=[api_person(factory) for _ in range(4)],
    )


def add_tickets(ctx: AppContext, cast: Cast, count: int) -> None:
    """Tickets spread over requesters, teams, assignees and tags, so that any per-row
    lookup of a relation would show up as extra statements."""
    for n in range(count):
        data = TicketIn(
            subject=f"Ticket {n}",
            requester_id=cast.requesters[n % len(cast.requesters)].id,
            team_id=cast.teams[n % len(cast.teams)],
            assignee_id=cast.agents[n % len(cast.agents)].id if n % 3 else None,
            tags=[f"tag-{n % 5}", "common"],
        )
        ticket_service.open_ticket(ctx, cast.lead.viewer, data)


def test_the_agent_queue_page_needs_the_same_few_statements_for_10_or_60_tickets(
    ctx: AppContext, cast: Cast, factory: Factory, open_browser: OpenBrowser
) -> None:
    agent = open_browser(person_with_login(factory, Role.AGENT, team_ids=cast.teams))
    add_tickets(ctx, cast, 10)
    small = statements_for(ctx, lambda: agent.get("/agent?view=all"))

    add_tickets(ctx, cast, 50)
    large = statements_for(ctx, lambda: agent.get("/agent?view=all"))

    assert agent.get("/agent?view=all").text.count('<td class="subject">') == 50
    assert large.count == small.count, large.statements
    assert large.count <= MAX_LIST_STATEMENTS, large.statements


def test_the_ticket_list_api_needs_the_same_few_statements_for_10_or_60_tickets(
    client: TestClient, ctx: AppContext, cast: Cast
) -> None:
    def list_page() -> Any:
        return client.get("/api/v1/tickets?limit=50", headers=cast.lead.headers)

    add_tickets(ctx, cast, 10)
    small = statements_for(ctx, list_page)
    add_tickets(ctx, cast, 50)
    large = statements_for(ctx, list_page)

    assert len(list_page().json()["items"]) == 50
    assert large.count == small.count, large.statements
    assert large.count <= MAX_LIST_STATEMENTS, large.statements


def test_the_agent_ticket_page_needs_the_same_few_statements_for_2_or_8_messages(
    client: TestClient, ctx: AppContext, cast: Cast, factory: Factory, open_browser: OpenBrowser
) -> None:
    lead = open_browser(person_with_login(factory, Role.LEAD))
    requester = cast.requesters[0]
    ticket_id = ticket_service.open_ticket(ctx, requester.viewer, TicketIn(subject="Slow")).id
    post_message(client, cast.agents[0], ticket_id, "First answer")
    upload(client, requester, ticket_id, "one.txt", b"1")
    page = f"/agent/tickets/{ticket_id}"
    few = statements_for(ctx, lambda: lead.get(page))

    authors = [*cast.agents, requester, *cast.agents[:2]]  # each may see the ticket
    for n, author in enumerate(authors):
        post_message(client, author, ticket_id, f"Message {n}", kind="note" if n % 2 else "reply")
        upload(client, author, ticket_id, f"file-{n}.txt", f"{n}".encode())
    many = statements_for(ctx, lambda: lead.get(page))

    assert lead.get(page).text.count('class="message ') == 8
    assert many.count == few.count, many.statements
    assert many.count <= MAX_TICKET_PAGE_STATEMENTS, many.statements
