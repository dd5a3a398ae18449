"""Every change to a ticket leaves an audit event: who, what, and before -> after."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.integration.tickets.api_helpers import (
    assert_problem,
    audit_of,
    changed,
    open_ticket,
    post_message,
    upload,
)
from tests.support.factories import Factory, Person


def last_event(client: TestClient, agent: Person, ticket_id: int) -> dict[str, Any]:
    return audit_of(client, agent, ticket_id)[-1]


def test_opening_a_ticket_is_audited_with_its_first_values(
    client: TestClient, requester: Person, agent: Person
) -> None:
    ticket_id = open_ticket(client, requester)["id"]

    events = audit_of(client, agent, ticket_id)

    assert len(events) == 1
    assert (events[0]["action"], events[0]["actor_id"]) == ("created", requester.id)
    assert events[0]["entity_type"] == "ticket"
    assert events[0]["changes"] == {
        "status": [None, "new"],
        "priority": [None, "P4"],
        "requester_id": [None, requester.id],
        "channel": [None, "api"],
    }


def test_each_field_change_is_audited_before_and_after(
    client: TestClient, factory: Factory, requester: Person, agent: Person
) -> None:
    team_id = factory.team(members=[agent])
    ticket_id = open_ticket(client, requester)["id"]
    steps: list[tuple[dict[str, Any], dict[str, Any]]] = [
        ({"status": "open"}, {"status": ["new", "open"]}),
        (
            {"status": "pending", "pending_reason": "requester"},
            {"status": ["open", "pending"], "pending_reason": [None, "requester"]},
        ),
        (
            {"priority": 2, "priority_reason": "exec travel"},
            {"priority": ["P4", "P2"], "priority_reason": [None, "exec travel"]},
        ),
        ({"assignee_id": agent.id}, {"assignee_id": [None, agent.id]}),
        ({"team_id": team_id}, {"team_id": [None, team_id]}),
        ({"tags": ["VPN", "laptop", "vpn"]}, {"tags": [[], ["laptop", "vpn"]]}),
        ({"tags": ["laptop"]}, {"tags": [["laptop", "vpn"], ["laptop"]]}),
        ({"category": "vpn", "tier": 2}, {"category": ["other", "vpn"], "tier": [1, 2]}),
        (
            {"subject": "VPN drops hourly"},
            {"subject": ["Laptop will not boot", "VPN drops hourly"]},
        ),
    ]

    for patch, expected in steps:
        changed(client, agent, ticket_id, **patch)
        event = last_event(client, agent, ticket_id)
        assert (event["action"], event["actor_id"]) == ("updated", agent.id)
        assert event["changes"] == expected


def test_a_patch_that_changes_nothing_leaves_no_event(
    client: TestClient, requester: Person, agent: Person
) -> None:
    ticket_id = open_ticket(client, requester)["id"]
    before = len(audit_of(client, agent, ticket_id))

    changed(client, agent, ticket_id, status="new", category="other", tags=[])

    assert len(audit_of(client, agent, ticket_id)) == before


def test_messages_attachments_and_automatic_changes_are_audited(
    client: TestClient, requester: Person, agent: Person
) -> None:
    ticket_id = open_ticket(client, requester)["id"]

    post_message(client, agent, ticket_id, "Hello, on it.")
    post_message(client, agent, ticket_id, "note to self", kind="note")
    post_message(client, requester, ticket_id, "Thanks")
    upload(client, requester, ticket_id, "screen.png", b"png-bytes")

    events = [(e["action"], e["actor_id"]) for e in audit_of(client, agent, ticket_id)[1:]]
    assert events == [
        ("updated", agent.id),  # the first reply opens and assigns the ticket
        ("outbound_message", agent.id),
        ("internal_message", agent.id),
        ("inbound_message", requester.id),
        ("attached", requester.id),
    ]
    first_reply_effects = audit_of(client, agent, ticket_id)[1]["changes"]
    assert first_reply_effects == {"status": ["new", "open"], "assignee_id": [None, agent.id]}


def test_a_reopening_reply_is_audited_with_its_cause(
    client: TestClient, requester: Person, agent: Person
) -> None:
    ticket_id = open_ticket(client, requester)["id"]
    changed(client, agent, ticket_id, status="resolved")

    post_message(client, requester, ticket_id, "Broken again")

    updates = [e for e in audit_of(client, agent, ticket_id) if e["action"] == "updated"]
    reopen = [e for e in updates if e["changes"].get("cause") == "requester replied"][-1]
    assert reopen["actor_id"] == requester.id
    assert reopen["changes"]["status"] == ["resolved", "reopened"]
    assert reopen["changes"]["cause"] == "requester replied"


def test_requesters_get_404_on_the_audit_trail_even_of_their_own_ticket(
    client: TestClient, requester: Person
) -> None:
    ticket_id = open_ticket(client, requester)["id"]

    answer = client.get(f"/api/v1/tickets/{ticket_id}/audit", headers=requester.headers)

    assert_problem(answer, 404)
