"""Cursor pagination of GET /api/v1/tickets: every sort walks every ticket exactly once."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.integration.tickets.api_helpers import api_person, assert_problem, changed, open_ticket
from tests.support.factories import Factory, Person
from warmdesk.clock import FixedClock
from warmdesk.people.domain import Role

TICKETS = 25


def _moment(value: str) -> datetime:
    return datetime.fromisoformat(value)


SORT_ORDER: dict[str, Callable[[dict[str, Any]], tuple[Any, ...]]] = {
    "priority": lambda t: (t["priority"], _moment(t["updated_at"]), t["id"]),
    "updated": lambda t: (_moment(t["updated_at"]), t["id"]),
    "created": lambda t: (_moment(t["created_at"]), t["id"]),
}


@pytest.fixture
def lead(factory: Factory) -> Person:
    return api_person(factory, Role.LEAD)


@pytest.fixture
def many_tickets(
    client: TestClient, factory: Factory, lead: Person, clock: FixedClock
) -> list[dict[str, Any]]:
    """25 tickets over several priorities, with ties in time, and updated in another order
    than they were created."""
    requester = api_person(factory)
    ids = []
    for n in range(TICKETS):
        ticket = open_ticket(
            client, lead, f"Ticket {n}", requester_id=requester.id, priority=n * 7 % 4 + 1
        )
        ids.append(ticket["id"])
        if n % 3:  # every third ticket shares its moment with the one before
            clock.advance(timedelta(minutes=1))
    for ticket_id in ids[::4]:
        clock.advance(timedelta(seconds=30))
        changed(client, lead, ticket_id, tags=["touched"])
    everything = client.get("/api/v1/tickets?limit=200", headers=lead.headers).json()
    assert len(everything["items"]) == TICKETS
    assert everything["next_cursor"] is None
    items: list[dict[str, Any]] = everything["items"]
    return items


def walk(client: TestClient, person: Person, query: str, limit: int) -> list[list[int]]:
    """The ids of every page, following next_cursor to the end."""
    pages: list[list[int]] = []
    cursor: str | None = None
    while True:
        params = f"{query}&limit={limit}" + (f"&cursor={cursor}" if cursor else "")
        answer = client.get(f"/api/v1/tickets?{params}", headers=person.headers)
        assert answer.status_code == 200, answer.text
        page = answer.json()
        pages.append([t["id"] for t in page["items"]])
        cursor = page["next_cursor"]
        if cursor is None:
            return pages
        assert len(pages) <= TICKETS, "pagination does not end"


SORTS = ("priority", "-priority", "updated", "-updated", "created", "-created")


def test_every_sort_walks_all_tickets_once_in_order(
    client: TestClient, lead: Person, many_tickets: list[dict[str, Any]]
) -> None:
    # The walks prove little unless the keys differ, and tie, between tickets.
    assert {t["priority"] for t in many_tickets} == {1, 2, 3, 4}
    assert len({t["created_at"] for t in many_tickets}) < TICKETS
    assert sorted(many_tickets, key=SORT_ORDER["created"]) != sorted(
        many_tickets, key=SORT_ORDER["updated"]
    )
    expected = {
        sort: [
            t["id"]
            for t in sorted(
                many_tickets, key=SORT_ORDER[sort.lstrip("-")], reverse=sort.startswith("-")
            )
        ]
        for sort in SORTS
    }

    walks = {sort: walk(client, lead, f"sort={sort}", limit=7) for sort in SORTS}

    page_sizes = {sort: [len(page) for page in pages] for sort, pages in walks.items()}
    assert page_sizes == {sort: [7, 7, 7, 4] for sort in SORTS}
    walked = {sort: [i for page in pages for i in page] for sort, pages in walks.items()}
    assert walked == expected


def test_an_exact_multiple_of_the_page_size_ends_without_an_empty_page(
    client: TestClient, lead: Person, many_tickets: list[dict[str, Any]]
) -> None:
    pages = walk(client, lead, "sort=-created", limit=5)

    assert [len(page) for page in pages] == [5, 5, 5, 5, 5]


def test_a_filtered_walk_keeps_its_filter_on_every_page(
    client: TestClient, lead: Person, many_tickets: list[dict[str, Any]]
) -> None:
    urgent = {t["id"] for t in many_tickets if t["priority"] in (1, 2)}

    pages = walk(client, lead, "sort=updated&priority=1&priority=2", limit=4)

    walked = [ticket_id for page in pages for ticket_id in page]
    assert sorted(walked) == sorted(urgent)
    assert len(walked) == len(urgent)


def _encoded(values: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    ("sort", "cursor"),
    [
        ("priority", "garbage!"),
        ("priority", "bm90IGpzb24"),  # base64 of "not json"
        ("priority", _encoded({"priority": 1})),
        ("priority", _encoded([1, "2026-11-02T09:00:00", 3])),  # a naive time
        ("priority", _encoded([1, "yesterday", 3])),
        ("created", _encoded([1, "2026-11-02T09:00:00+00:00", 3])),  # made for another sort
        ("created", _encoded(["2026-11-02T09:00:00+00:00", "one"])),
    ],
)
def test_a_cursor_this_server_did_not_make_is_a_422_naming_cursor(
    client: TestClient, lead: Person, sort: str, cursor: str
) -> None:
    answer = client.get(f"/api/v1/tickets?sort={sort}&cursor={cursor}", headers=lead.headers)

    assert_problem(answer, 422, "cursor")


def test_an_unknown_sort_is_a_422_naming_sort(client: TestClient, lead: Person) -> None:
    answer = client.get("/api/v1/tickets?sort=subject", headers=lead.headers)

    assert_problem(answer, 422, "sort")
