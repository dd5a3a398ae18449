"""Who sees which ticket through the API. Hidden tickets answer 404, never 403."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from tests.integration.tickets.api_helpers import (
    api_person,
    assert_problem,
    open_ticket,
    post_message,
    upload,
)
from tests.support.factories import Factory, Person
from warmdesk.people.domain import Role


@dataclass
class Stranger:
    """Another requester's ticket, with a message, an attachment and a link on it."""

    owner: Person
    ticket_id: int
    attachment_id: int
    link_id: int


@pytest.fixture
def stranger(client: TestClient, factory: Factory) -> Stranger:
    owner = api_person(factory)
    admin = api_person(factory, Role.ADMIN)
    ticket_id = open_ticket(client, owner, "My payslip is wrong")["id"]
    other_id = open_ticket(client, owner, "Also wrong last month")["id"]
    attachment_id = upload(client, owner, ticket_id, "payslip.pdf").json()["id"]
    link = client.post(
        f"/api/v1/tickets/{ticket_id}/links", json={"target_id": other_id}, headers=admin.headers
    )
    return Stranger(owner, ticket_id, attachment_id, link.json()["id"])


def visible_ids(client: TestClient, person: Person) -> set[int]:
    answer = client.get("/api/v1/tickets?limit=200", headers=person.headers)
    assert answer.status_code == 200, answer.text
    return {t["id"] for t in answer.json()["items"]}


def test_a_requester_gets_404_on_everything_of_another_requesters_ticket(
    client: TestClient, factory: Factory, stranger: Stranger
) -> None:
    nosy = api_person(factory)
    base = f"/api/v1/tickets/{stranger.ticket_id}"
    headers = nosy.headers

    answers = {
        "ticket": client.get(base, headers=headers),
        "messages": client.get(f"{base}/messages", headers=headers),
        "reply": post_message(client, nosy, stranger.ticket_id, "hi"),
        "attachments": client.get(f"{base}/attachments", headers=headers),
        "upload": upload(client, nosy, stranger.ticket_id),
        "download": client.get(f"/api/v1/attachments/{stranger.attachment_id}", headers=headers),
        "links": client.get(f"{base}/links", headers=headers),
        "unlink": client.delete(f"{base}/links/{stranger.link_id}", headers=headers),
        "audit": client.get(f"{base}/audit", headers=headers),
        "change": client.patch(base, json={"status": "open"}, headers=headers),
    }

    assert {name: a.status_code for name, a in answers.items()} == dict.fromkeys(answers, 404)
    for answer in answers.values():
        assert_problem(answer, 404)
        assert "payslip" not in answer.text
    assert stranger.ticket_id not in visible_ids(client, nosy)
    owner_messages = client.get(f"{base}/messages", headers=stranger.owner.headers).json()
    assert len(owner_messages) == 1


def test_a_missing_ticket_and_a_hidden_one_answer_alike(
    client: TestClient, factory: Factory, stranger: Stranger
) -> None:
    nosy = api_person(factory)

    hidden = client.get(f"/api/v1/tickets/{stranger.ticket_id}", headers=nosy.headers)
    missing = client.get("/api/v1/tickets/999999", headers=nosy.headers)

    assert hidden.status_code == missing.status_code == 404
    assert hidden.json()["title"] == missing.json()["title"]


@pytest.mark.parametrize(("shared", "visible"), [(True, True), (False, False)])
def test_colleagues_see_each_others_tickets_only_where_the_organization_shares(
    client: TestClient, factory: Factory, shared: bool, visible: bool
) -> None:
    organization = factory.organization(shared=shared)
    author = api_person(factory, organization_id=organization)
    colleague = api_person(factory, organization_id=organization)
    outsider = api_person(factory, organization_id=factory.organization(shared=True))
    ticket_id = open_ticket(client, author, "Shared printer offline")["id"]

    seen = client.get(f"/api/v1/tickets/{ticket_id}", headers=colleague.headers)

    assert seen.status_code == (200 if visible else 404)
    assert (ticket_id in visible_ids(client, colleague)) is visible
    assert client.get(f"/api/v1/tickets/{ticket_id}", headers=outsider.headers).status_code == 404
    assert ticket_id not in visible_ids(client, outsider)


def test_a_colleague_in_a_shared_organization_may_reply_but_sees_no_internal_notes(
    client: TestClient, factory: Factory
) -> None:
    organization = factory.organization(shared=True)
    author = api_person(factory, organization_id=organization)
    colleague = api_person(factory, organization_id=organization)
    agent = api_person(factory, Role.AGENT)
    ticket_id = open_ticket(client, author, "Team drive full")["id"]
    post_message(client, agent, ticket_id, "check quota tool", kind="note")

    assert post_message(client, colleague, ticket_id, "Same for me").status_code == 201
    bodies = [
        m["body_text"]
        for m in client.get(
            f"/api/v1/tickets/{ticket_id}/messages", headers=colleague.headers
        ).json()
    ]
    assert "Same for me" in bodies
    assert "check quota tool" not in bodies


@dataclass
class Routing:
    agent: Person
    unrouted: int
    own_team: int
    other_team: int
    assigned_elsewhere: int


@pytest.fixture
def routing(client: TestClient, factory: Factory) -> Routing:
    agent = api_person(factory, Role.AGENT)
    colleague = api_person(factory, Role.AGENT)
    own_team = factory.team("Service desk", members=[agent])
    other_team = factory.team("Network", members=[colleague])
    lead = api_person(factory, Role.LEAD)
    requester = api_person(factory)

    def ticket(subject: str, **fields: object) -> int:
        ticket_id: int = open_ticket(client, lead, subject, requester_id=requester.id, **fields)[
            "id"
        ]
        return ticket_id

    return Routing(
        agent=agent,
        unrouted=ticket("Not routed yet"),
        own_team=ticket("Service desk work", team_id=own_team),
        other_team=ticket("Network work", team_id=other_team),
        assigned_elsewhere=ticket("Network, but mine", team_id=other_team, assignee_id=agent.id),
    )


def test_an_agent_sees_their_teams_their_assignments_and_unrouted_tickets(
    client: TestClient, routing: Routing
) -> None:
    agent = routing.agent

    assert visible_ids(client, agent) == {
        routing.unrouted,
        routing.own_team,
        routing.assigned_elsewhere,
    }
    for ticket_id in (routing.unrouted, routing.own_team, routing.assigned_elsewhere):
        assert client.get(f"/api/v1/tickets/{ticket_id}", headers=agent.headers).status_code == 200
    hidden = client.get(f"/api/v1/tickets/{routing.other_team}", headers=agent.headers)
    assert_problem(hidden, 404)
    assert_problem(post_message(client, agent, routing.other_team, "hello"), 404)


@pytest.mark.parametrize("role", [Role.LEAD, Role.ADMIN])
def test_leads_and_admins_see_every_ticket(
    client: TestClient, factory: Factory, routing: Routing, role: Role
) -> None:
    boss = api_person(factory, role)

    assert visible_ids(client, boss) == {
        routing.unrouted,
        routing.own_team,
        routing.other_team,
        routing.assigned_elsewhere,
    }


def test_an_agent_can_hand_a_ticket_to_another_team(
    client: TestClient, factory: Factory, routing: Routing
) -> None:
    network = client.get(
        f"/api/v1/tickets/{routing.assigned_elsewhere}", headers=routing.agent.headers
    )
    other_team_id = network.json()["team"]["id"]

    handed = client.patch(
        f"/api/v1/tickets/{routing.own_team}",
        json={"team_id": other_team_id},
        headers=routing.agent.headers,
    )

    assert handed.status_code == 200, handed.text
    assert handed.json()["team"]["id"] == other_team_id
    lead = api_person(factory, Role.LEAD)
    moved = client.get(f"/api/v1/tickets/{routing.own_team}", headers=lead.headers).json()
    assert moved["team"]["id"] == other_team_id
    assert routing.own_team not in visible_ids(client, routing.agent)
