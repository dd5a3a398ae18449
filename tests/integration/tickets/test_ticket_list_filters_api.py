"""Filters of GET /api/v1/tickets, and hostile filter values treated as plain data."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from tests.integration.tickets.api_helpers import api_person, assert_problem, changed, open_ticket
from tests.support.factories import Factory, Person
from warmdesk.people.domain import Role


@dataclass
class Desk:
    lead: Person
    agent: Person
    team_id: int
    ids: dict[str, int]


@pytest.fixture
def desk(client: TestClient, factory: Factory) -> Desk:
    """Six tickets that differ in one way each, seen by a lead."""
    lead = api_person(factory, Role.LEAD)
    agent = api_person(factory, Role.AGENT)
    team_id = factory.team("Network", members=[agent])
    requester = api_person(factory)

    def ticket(subject: str, **fields: object) -> int:
        ticket_id: int = open_ticket(client, lead, subject, requester_id=requester.id, **fields)[
            "id"
        ]
        return ticket_id

    ids = {
        "vpn": ticket("VPN drops every hour", category="vpn", team_id=team_id, priority=1),
        "printer": ticket("Printer jams", category="printer", tags=["Floor-3"]),
        "assigned": ticket("Laptop fan loud", assignee_id=agent.id, priority=2),
        "percent": ticket("Disk 100% full", category="hardware"),
        "resolved": ticket("Password reset done", category="password"),
        "closed": ticket("Old request"),
    }
    changed(client, lead, ids["resolved"], status="resolved")
    changed(client, lead, ids["closed"], status="resolved")
    changed(client, lead, ids["closed"], status="closed")
    changed(client, lead, ids["printer"], status="pending", pending_reason="third_party")
    return Desk(lead=lead, agent=agent, team_id=team_id, ids=ids)


def listed(client: TestClient, person: Person, query: str) -> set[int]:
    answer = client.get(f"/api/v1/tickets?{query}&limit=200", headers=person.headers)
    assert answer.status_code == 200, answer.text
    return {t["id"] for t in answer.json()["items"]}


def names(desk: Desk, *keys: str) -> set[int]:
    return {desk.ids[k] for k in keys}


def test_without_filters_the_lead_sees_every_ticket(client: TestClient, desk: Desk) -> None:
    assert listed(client, desk.lead, "") == set(desk.ids.values())


FILTER_CASES: dict[str, list[str]] = {
    "status=resolved": ["resolved"],
    "status=resolved&status=closed": ["resolved", "closed"],
    "status=pending": ["printer"],
    "open=true": ["vpn", "printer", "assigned", "percent"],
    "priority=1": ["vpn"],
    "priority=1&priority=2": ["vpn", "assigned"],
    "category=printer": ["printer"],
    "tag=floor-3": ["printer"],
    "tag=FLOOR-3": ["printer"],
    "q=vpn": ["vpn"],
    "q=JAMS": ["printer"],
    "q=100%25": ["percent"],
    "q=%25": ["percent"],  # a LIKE wildcard matches only itself
    "open=true&category=hardware": ["percent"],
}


def test_each_filter_selects_exactly_its_tickets(client: TestClient, desk: Desk) -> None:
    found = {query: listed(client, desk.lead, query) for query in FILTER_CASES}

    assert found == {query: names(desk, *keys) for query, keys in FILTER_CASES.items()}


def test_team_assignee_and_unassigned_filters(client: TestClient, desk: Desk) -> None:
    assert listed(client, desk.lead, f"team_id={desk.team_id}") == names(desk, "vpn")
    assert listed(client, desk.lead, f"assignee_id={desk.agent.id}") == names(desk, "assigned")
    assert listed(client, desk.lead, "unassigned=true") == set(desk.ids.values()) - names(
        desk, "assigned"
    )


def test_q_with_a_ticket_number_finds_that_ticket(client: TestClient, desk: Desk) -> None:
    assert desk.ids["closed"] in listed(client, desk.lead, f"q={desk.ids['closed']}")


HOSTILE_WORDS = ["' OR 1=1--", "' OR '1'='1", "_", "\\", "1; DROP TABLE tickets", '" OR ""="']


def test_hostile_search_words_are_data_and_match_nothing(client: TestClient, desk: Desk) -> None:
    for hostile in HOSTILE_WORDS:
        answer = client.get("/api/v1/tickets", params={"q": hostile}, headers=desk.lead.headers)

        assert answer.status_code == 200, hostile
        assert answer.json()["items"] == [], hostile
    assert listed(client, desk.lead, "") == set(desk.ids.values())


BAD_FILTERS: list[tuple[dict[str, str], str]] = [
    ({"status": "' OR 1=1--"}, "status"),
    ({"status": "deleted"}, "status"),
    ({"category": "vpn' OR 1=1--"}, "category"),
    ({"priority": "0"}, "priority"),
    ({"priority": "9"}, "priority"),
    ({"priority": "1 OR 1=1"}, "priority"),
    ({"team_id": "1 OR 1=1"}, "team_id"),
    ({"assignee_id": "me"}, "assignee_id"),
    ({"unassigned": "maybe"}, "unassigned"),
    ({"limit": "0"}, "limit"),
    ({"limit": "201"}, "limit"),
    ({"q": "x" * 201}, "q"),
]


def test_a_bad_filter_value_is_a_422_naming_the_field(client: TestClient, desk: Desk) -> None:
    for params, field in BAD_FILTERS:
        answer = client.get("/api/v1/tickets", params=params, headers=desk.lead.headers)

        assert_problem(answer, 422, field)


def test_an_agent_lists_only_what_they_may_see_whatever_the_filter(
    client: TestClient, factory: Factory, desk: Desk
) -> None:
    other_team = factory.team("Facilities")
    elsewhere = open_ticket(
        client,
        desk.lead,
        "Door badge reader",
        requester_id=api_person(factory).id,
        team_id=other_team,
    )["id"]

    assert elsewhere in listed(client, desk.lead, f"team_id={other_team}")
    assert listed(client, desk.agent, f"team_id={other_team}") == set()
    assert elsewhere not in listed(client, desk.agent, "")
    assert elsewhere not in listed(client, desk.agent, f"q={elsewhere}")
