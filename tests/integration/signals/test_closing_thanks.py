"""A "thanks, works now" keeps a resolved ticket resolved and a closed one closed."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.integration.tickets.api_helpers import api_person, open_ticket, post_message, read_ticket
from tests.support.factories import Factory, Person
from warmdesk.people.domain import Role


def _resolved_ticket(client: TestClient, factory: Factory) -> tuple[int, Person, Person]:
    requester = api_person(factory)
    agent = api_person(factory, Role.AGENT)
    ticket_id = open_ticket(client, requester, "Outlook keeps asking for my password")["id"]
    post_message(client, agent, ticket_id, "Hi, I reset your cached credentials; try now.")
    answer = client.patch(
        f"/api/v1/tickets/{ticket_id}", json={"status": "resolved"}, headers=agent.headers
    )
    assert answer.status_code == 200, answer.text
    return ticket_id, requester, agent


def test_thanks_on_a_resolved_ticket_does_not_reopen_it(
    client: TestClient, factory: Factory
) -> None:
    ticket_id, requester, agent = _resolved_ticket(client, factory)
    answer = post_message(client, requester, ticket_id, "Thank you, works now!")
    assert answer.status_code == 201
    ticket = read_ticket(client, agent, ticket_id)
    assert ticket["status"] == "resolved"
    assert ticket["reopen_count"] == 0


def test_a_reply_that_is_not_only_thanks_still_reopens(
    client: TestClient, factory: Factory
) -> None:
    ticket_id, requester, agent = _resolved_ticket(client, factory)
    post_message(client, requester, ticket_id, "Thanks, but it asked again this morning.")
    ticket = read_ticket(client, agent, ticket_id)
    assert ticket["status"] == "reopened"
    assert ticket["reopen_count"] == 1


def test_thanks_on_a_closed_ticket_opens_no_new_one(client: TestClient, factory: Factory) -> None:
    ticket_id, requester, agent = _resolved_ticket(client, factory)
    client.patch(
        f"/api/v1/tickets/{ticket_id}", json={"status": "closed"}, headers=agent.headers
    ).raise_for_status()
    answer = post_message(client, requester, ticket_id, "Cheers, all good.")
    assert answer.status_code == 201
    assert answer.json()["ticket_id"] == ticket_id
    assert answer.json()["follow_up_of"] is None
