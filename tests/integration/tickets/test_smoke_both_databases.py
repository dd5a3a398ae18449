from fastapi.testclient import TestClient

from tests.support.factories import Factory
from warmdesk.people.domain import Role


def test_a_requester_opens_a_ticket_and_an_agent_answers(
    client: TestClient, factory: Factory
) -> None:
    requester = factory.person()
    agent = factory.person(Role.AGENT)

    opened = client.post(
        "/api/v1/tickets", json={"subject": "VPN drops every hour"}, headers=requester.headers
    )
    assert opened.status_code == 201
    ticket_id = opened.json()["id"]

    reply = client.post(
        f"/api/v1/tickets/{ticket_id}/messages",
        json={"body_text": "Hi, looking now."},
        headers=agent.headers,
    )
    assert reply.status_code == 201

    seen = client.get(f"/api/v1/tickets/{ticket_id}", headers=requester.headers).json()
    assert seen["status"] == "open"
    assert seen["assignee"]["id"] == agent.id
