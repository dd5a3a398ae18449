"""The stress, deadline and impact sorts of GET /api/v1/tickets: most pressing first, tickets
without a value last on both databases, and cursors that walk every open ticket once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.integration.tickets.api_helpers import api_person, assert_problem, changed, open_ticket
from tests.integration.tickets.test_ticket_list_pagination_api import walk
from tests.support.factories import Factory, Person
from warmdesk.clock import FixedClock
from warmdesk.context import AppContext
from warmdesk.db import unit_of_work
from warmdesk.people.domain import Role
from warmdesk.tickets.domain import impact_rank
from warmdesk.tickets.models import Ticket

# Deadlines from when the tickets are opened.
SOON, LATER, PASSED = timedelta(hours=1), timedelta(hours=3), timedelta(days=-1)

# (stress, deadline, scope) per open ticket: ties in every sort, and missing values, so page
# boundaries fall inside runs of equal values and inside the missing ones.
OPEN_TICKETS: list[tuple[float | None, timedelta | None, str | None]] = [
    (0.8, SOON, "team"),
    (None, None, None),
    (0.5, LATER, "organization"),
    (0.8, None, "team"),
    (0.0, SOON, "individual"),
    (None, LATER, "team"),
    (0.8, PASSED, "department"),
    (0.5, None, None),
    (None, SOON, "organization"),
    (0.95, None, "individual"),
    (0.8, LATER, "team"),
    (0.0, SOON, None),
    (None, None, "organization"),
    (0.5, PASSED, "team"),
]
# Closed work is out of the open queue whatever its values.
CLOSED_TICKETS: list[tuple[float | None, timedelta | None, str | None]] = [
    (1.0, PASSED, "organization"),
    (None, SOON, "organization"),
]


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _stress_key(t: dict[str, Any]) -> tuple[Any, ...]:
    score = t["stress_score"]
    return (score is None, -(score or 0.0), t["id"])


def _deadline_key(t: dict[str, Any]) -> tuple[Any, ...]:
    deadline = _moment(t["deadline_at"])
    return (deadline is None, deadline or datetime.min.replace(tzinfo=UTC), t["id"])


def _impact_key(t: dict[str, Any]) -> tuple[Any, ...]:
    return (impact_rank(t["affected_scope"]), *_deadline_key(t))


EXPECTED_ORDER: dict[str, Callable[[dict[str, Any]], tuple[Any, ...]]] = {
    "stress": _stress_key,
    "deadline": _deadline_key,
    "impact": _impact_key,
}


@pytest.fixture
def lead(factory: Factory) -> Person:
    return api_person(factory, Role.LEAD)


def _set_stress(ctx: AppContext, scores: dict[int, float | None]) -> None:
    """Stress comes from the requester's words, and its scale is being recalibrated; what is
    tested here is the order, so the scores are set as the signals would store them (None:
    no inbound message read, as for tickets from before the signals)."""
    with unit_of_work(ctx.sessions) as session:
        for ticket_id, score in scores.items():
            ticket = session.get(Ticket, ticket_id)
            assert ticket is not None
            ticket.stress_score = score
            ticket.stress_level = None if score is None else "high" if score >= 0.6 else "low"


def _open(client: TestClient, lead: Person, requester: Person, n: int, **impact: Any) -> int:
    fields = {name: value for name, value in impact.items() if value is not None}
    ticket_id: int = open_ticket(client, lead, f"Ticket {n}", requester_id=requester.id, **fields)[
        "id"
    ]
    return ticket_id


@dataclass
class OpenQueue:
    opened_at: datetime  # deadlines count from here
    items: list[dict[str, Any]]  # the open tickets, as the API lists them

    def deadline(self, ticket: dict[str, Any]) -> timedelta | None:
        deadline = _moment(ticket["deadline_at"])
        return None if deadline is None else deadline - self.opened_at


@pytest.fixture
def open_queue(
    client: TestClient, ctx: AppContext, factory: Factory, lead: Person, clock: FixedClock
) -> OpenQueue:
    """The open tickets above, plus the closed ones."""
    requester = api_person(factory)
    opened_at = clock.now()
    scores: dict[int, float | None] = {}
    for n, (score, deadline, scope) in enumerate(OPEN_TICKETS + CLOSED_TICKETS):
        due = None if deadline is None else (opened_at + deadline).isoformat()
        scores[_open(client, lead, requester, n, deadline_at=due, affected_scope=scope)] = score
        clock.advance(timedelta(seconds=30))
    for ticket_id in list(scores)[len(OPEN_TICKETS) :]:
        changed(client, lead, ticket_id, status="resolved")
        changed(client, lead, ticket_id, status="closed")
    _set_stress(ctx, scores)
    listed = client.get("/api/v1/tickets?open=true&limit=200", headers=lead.headers).json()
    assert len(listed["items"]) == len(OPEN_TICKETS)
    return OpenQueue(opened_at, listed["items"])


@pytest.mark.parametrize("sort", ["stress", "deadline", "impact"])
@pytest.mark.parametrize("limit", [1, 3, 5])
def test_a_walk_returns_every_open_ticket_once_in_order(
    client: TestClient, lead: Person, open_queue: OpenQueue, sort: str, limit: int
) -> None:
    expected = [t["id"] for t in sorted(open_queue.items, key=EXPECTED_ORDER[sort])]

    pages = walk(client, lead, f"open=true&sort={sort}", limit=limit)

    walked = [ticket_id for page in pages for ticket_id in page]
    assert walked == expected
    assert all(len(page) == limit for page in pages[:-1])


def _listed(client: TestClient, lead: Person, sort: str) -> list[dict[str, Any]]:
    answer = client.get(f"/api/v1/tickets?open=true&sort={sort}&limit=200", headers=lead.headers)
    assert answer.status_code == 200, answer.text
    items: list[dict[str, Any]] = answer.json()["items"]
    return items


def test_stress_puts_the_most_stressed_first_and_unread_tickets_last(
    client: TestClient, lead: Person, open_queue: OpenQueue
) -> None:
    scores = [t["stress_score"] for t in _listed(client, lead, "stress")]

    assert scores == [0.95, 0.8, 0.8, 0.8, 0.8, 0.5, 0.5, 0.5, 0.0, 0.0, None, None, None, None]


def test_deadline_puts_the_soonest_first_passed_ones_before_and_none_last(
    client: TestClient, lead: Person, open_queue: OpenQueue
) -> None:
    deadlines = [open_queue.deadline(t) for t in _listed(client, lead, "deadline")]

    assert deadlines == [PASSED] * 2 + [SOON] * 4 + [LATER] * 3 + [None] * 5


def test_impact_puts_the_widest_scope_first_then_the_soonest_deadline(
    client: TestClient, lead: Person, open_queue: OpenQueue
) -> None:
    listed = [
        (t["affected_scope"], open_queue.deadline(t)) for t in _listed(client, lead, "impact")
    ]

    assert listed == [
        ("organization", SOON),
        ("organization", LATER),
        ("organization", None),
        ("department", PASSED),
        ("team", PASSED),
        ("team", SOON),
        ("team", LATER),
        ("team", LATER),
        ("team", None),
        ("individual", SOON),
        ("individual", None),
        (None, SOON),
        (None, None),
        (None, None),
    ]


def test_a_filtered_walk_keeps_its_filter_on_every_page(
    client: TestClient, lead: Person, open_queue: OpenQueue
) -> None:
    matching = [t for t in open_queue.items if "ticket 1" in t["subject"].lower()]
    assert 1 < len(matching) < len(open_queue.items)

    pages = walk(client, lead, "open=true&sort=impact&q=ticket%201", limit=2)

    walked = [ticket_id for page in pages for ticket_id in page]
    assert walked == [t["id"] for t in sorted(matching, key=EXPECTED_ORDER["impact"])]


@pytest.mark.parametrize("sort", ["-stress", "-deadline", "-impact"])
def test_the_pressing_sorts_have_no_reverse_and_say_so(
    client: TestClient, lead: Person, sort: str
) -> None:
    answer = client.get(f"/api/v1/tickets?sort={sort}", headers=lead.headers)

    assert_problem(answer, 422, "sort")


def _stored_rank(ctx: AppContext, ticket_id: int) -> int | None:
    with ctx.sessions() as session:
        return session.scalar(select(Ticket.impact_rank).where(Ticket.id == ticket_id))


def test_the_stored_impact_rank_follows_every_change_of_the_scope(
    client: TestClient, ctx: AppContext, factory: Factory, lead: Person
) -> None:
    requester = factory.person(timezone="Europe/London")
    given = open_ticket(client, lead, "Share drive gone", affected_scope="department")
    inferred = open_ticket(
        client,
        requester,
        "Payroll app will not open",
        description="The whole finance team is stuck and payroll has to go out by noon.",
    )
    unknown = open_ticket(client, lead, "Mouse squeaks")
    assert inferred["affected_scope"] is not None, "the words name a scope"

    assert _stored_rank(ctx, given["id"]) == impact_rank("department") == 2
    assert _stored_rank(ctx, inferred["id"]) == impact_rank(inferred["affected_scope"])
    assert _stored_rank(ctx, unknown["id"]) == impact_rank(None) == 5

    changed(client, lead, given["id"], affected_scope="organization")
    assert _stored_rank(ctx, given["id"]) == 1
    changed(client, lead, given["id"], affected_scope=None)
    assert _stored_rank(ctx, given["id"]) == 5
    changed(client, lead, unknown["id"], affected_scope="individual", affected_count=1)
    assert _stored_rank(ctx, unknown["id"]) == 4
