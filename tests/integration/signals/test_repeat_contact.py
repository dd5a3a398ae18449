"""The same requester with the same problem within a week: linked, with the words that match."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient

from tests.integration.tickets.api_helpers import api_person, audit_of, open_ticket
from tests.support.factories import Factory, Person
from warmdesk.clock import FixedClock
from warmdesk.people.domain import Role


def links(client: TestClient, person: Person, ticket_id: int) -> list[tuple[int, int, str]]:
    answer = client.get(f"/api/v1/tickets/{ticket_id}/links", headers=person.headers)
    return [(x["source_id"], x["target_id"], x["kind"]) for x in answer.json()]


def test_a_repeat_within_a_week_is_linked_with_its_evidence(
    client: TestClient, factory: Factory, clock: FixedClock
) -> None:
    requester = api_person(factory)
    agent = api_person(factory, Role.AGENT)
    first = open_ticket(client, requester, "VPN disconnects every hour", category="vpn")["id"]
    clock.advance(timedelta(days=3))
    second = open_ticket(
        client, requester, "VPN keeps disconnecting every hour again", category="vpn"
    )["id"]
    assert links(client, agent, second) == [(second, first, "repeat_of")]
    event = next(e for e in audit_of(client, agent, second) if e["action"] == "repeat_contact")
    assert {"vpn", "hour"} <= set(event["changes"]["shared_words"])


def test_older_reports_and_other_people_do_not_count(
    client: TestClient, factory: Factory, clock: FixedClock
) -> None:
    requester, colleague = api_person(factory), api_person(factory)
    agent = api_person(factory, Role.AGENT)
    open_ticket(client, requester, "Printer on floor 3 jams on every page", category="printer")
    open_ticket(client, colleague, "Printer on floor 3 jams on every page", category="printer")
    clock.advance(timedelta(days=8))
    later = open_ticket(client, requester, "Floor 3 printer jams on every page", category="printer")
    assert links(client, agent, later["id"]) == []
