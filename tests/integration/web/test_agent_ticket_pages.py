"""The agent's ticket page: what it shows, and every form on it, end to end."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.integration.tickets.api_helpers import (
    api_person,
    audit_of,
    messages_of,
    open_ticket,
    post_message,
    read_ticket,
)
from tests.integration.web.pages_helpers import Browser, OpenBrowser, person_with_login
from tests.support.factories import Factory, Person
from warmdesk.people.domain import Role


@dataclass
class Desk:
    client: TestClient
    agent: Browser
    lead: Person
    requester: Person
    colleague: Person
    team_id: int
    ticket_id: int

    def ticket(self) -> dict[str, Any]:
        return read_ticket(self.client, self.lead, self.ticket_id)

    def properties(self, **changes: str) -> dict[str, str]:
        """The properties form as the page fills it in, with ``changes`` made."""
        ticket = self.ticket()
        form = {
            "status": ticket["status"],
            "pending_reason": ticket["pending_reason"] or "",
            "priority": str(ticket["priority"]),
            "priority_reason": "",
            "team_id": str(ticket["team"]["id"]) if ticket["team"] else "",
            "assignee_id": str(ticket["assignee"]["id"]) if ticket["assignee"] else "",
            "tier": str(ticket["tier"]),
            "category": ticket["category"],
            "tags": ", ".join(ticket["tags"]),
        }
        return {**form, **changes}


@pytest.fixture
def desk(client: TestClient, factory: Factory, open_browser: OpenBrowser) -> Desk:
    agent = person_with_login(factory, Role.AGENT, name="Alex Agent")
    colleague = api_person(factory, Role.AGENT, name="Bo Colleague")
    team_id = factory.team("Service desk", members=[agent])
    requester = api_person(factory, name="Rita Requester", timezone="America/New_York")
    admin = api_person(factory, Role.ADMIN)
    client.patch(
        f"/api/v1/people/{requester.id}", json={"department": "Finance"}, headers=admin.headers
    ).raise_for_status()
    open_ticket(client, requester, "Expense report stuck")
    ticket_id = open_ticket(
        client,
        requester,
        "VPN drops every hour",
        description="Since Monday the VPN drops.",
        affected_scope="team",
        business_process="month-end close",
    )["id"]
    return Desk(
        client=client,
        agent=open_browser(agent),
        lead=api_person(factory, Role.LEAD),
        requester=requester,
        colleague=colleague,
        team_id=team_id,
        ticket_id=ticket_id,
    )


def test_the_page_shows_conversation_impact_and_requester_card(desk: Desk) -> None:
    post_message(desk.client, desk.lead, desk.ticket_id, "Internal hint: check MTU", kind="note")

    page = desk.agent.get(f"/agent/tickets/{desk.ticket_id}").text

    assert "VPN drops every hour" in page
    assert "Since Monday the VPN drops." in page
    assert "Internal hint: check MTU" in page
    assert "internal note" in page
    assert "month-end close" in page
    assert "affects a team" in page
    card = page[page.index('id="requester-title"') :]
    assert "Rita Requester" in card
    assert "Finance" in card
    assert "America/New_York" in card
    assert "Expense report stuck" in card  # recent tickets


def test_a_reply_from_the_form_reaches_the_requester(desk: Desk) -> None:
    answer = desk.agent.submit(
        f"/agent/tickets/{desk.ticket_id}/messages",
        {"body_text": "Hi Rita, I am on it.", "kind": "reply"},
    )

    assert (answer.status_code, answer.headers["location"]) == (
        303,
        f"/agent/tickets/{desk.ticket_id}",
    )
    seen = messages_of(desk.client, desk.requester, desk.ticket_id)
    assert (seen[-1]["body_text"], seen[-1]["kind"]) == ("Hi Rita, I am on it.", "outbound")
    assert desk.ticket()["status"] == "open"
    assert "Hi Rita, I am on it." in desk.agent.get(f"/agent/tickets/{desk.ticket_id}").text


def test_a_note_from_the_form_stays_internal(desk: Desk) -> None:
    desk.agent.submit(
        f"/agent/tickets/{desk.ticket_id}/messages",
        {"body_text": "Looks like the firewall", "kind": "note"},
    )

    staff = messages_of(desk.client, desk.lead, desk.ticket_id)
    requester = messages_of(desk.client, desk.requester, desk.ticket_id)
    assert (staff[-1]["body_text"], staff[-1]["kind"]) == ("Looks like the firewall", "internal")
    assert "Looks like the firewall" not in [m["body_text"] for m in requester]


def test_a_reply_can_set_the_ticket_waiting_on_the_requester(desk: Desk) -> None:
    desk.agent.submit(
        f"/agent/tickets/{desk.ticket_id}/messages",
        {"body_text": "Can you send a screenshot?", "kind": "reply", "then_status": "pending"},
    )

    ticket = desk.ticket()
    assert (ticket["status"], ticket["pending_reason"]) == ("pending", "requester")


def test_an_empty_reply_shows_why_and_saves_nothing(desk: Desk) -> None:
    answer = desk.agent.submit(
        f"/agent/tickets/{desk.ticket_id}/messages", {"body_text": "   ", "kind": "reply"}
    )

    assert answer.status_code == 422
    assert "Write something before sending." in answer.text
    assert len(messages_of(desk.client, desk.lead, desk.ticket_id)) == 1


def test_status_pending_reason_assignee_and_team_change_through_the_form(desk: Desk) -> None:
    answer = desk.agent.submit(
        f"/agent/tickets/{desk.ticket_id}/properties",
        desk.properties(
            status="pending",
            pending_reason="third_party",
            assignee_id=str(desk.colleague.id),
            team_id=str(desk.team_id),
            tags="vpn, Remote",
            tier="2",
        ),
    )

    assert answer.status_code == 303
    ticket = desk.ticket()
    assert (ticket["status"], ticket["pending_reason"]) == ("pending", "third_party")
    assert ticket["assignee"]["id"] == desk.colleague.id
    assert ticket["team"]["id"] == desk.team_id
    assert (ticket["tags"], ticket["tier"]) == (["remote", "vpn"], 2)
    changes = audit_of(desk.client, desk.lead, desk.ticket_id)[-1]["changes"]
    assert changes["assignee_id"] == [None, desk.colleague.id]


def test_a_priority_change_through_the_form_needs_a_reason(desk: Desk) -> None:
    before = desk.ticket()["priority"]

    refused = desk.agent.submit(
        f"/agent/tickets/{desk.ticket_id}/properties", desk.properties(priority="1")
    )
    assert refused.status_code == 422
    assert "priority_reason" in refused.text
    assert desk.ticket()["priority"] == before

    accepted = desk.agent.submit(
        f"/agent/tickets/{desk.ticket_id}/properties",
        desk.properties(priority="1", priority_reason="CFO is blocked"),
    )
    assert accepted.status_code == 303
    ticket = desk.ticket()
    assert ticket["priority"] == 1
    assert ticket["priority_reasons"] == ["set to P1 by Alex Agent: CFO is blocked"]


def test_an_illegal_status_change_shows_the_rule_with_409(desk: Desk) -> None:
    answer = desk.agent.submit(
        f"/agent/tickets/{desk.ticket_id}/properties", desk.properties(status="closed")
    )

    assert answer.status_code == 409
    assert "cannot move from &#39;new&#39; to &#39;closed&#39;" in answer.text
    assert 'role="alert"' in answer.text
    assert desk.ticket()["status"] == "new"


def test_merge_and_link_through_the_forms(desk: Desk) -> None:
    duplicate = open_ticket(desk.client, desk.requester, "VPN again")["id"]
    related = open_ticket(desk.client, desk.requester, "Wi-Fi slow")["id"]

    linked = desk.agent.submit(
        f"/agent/tickets/{desk.ticket_id}/links", {"target_id": f"#{related}", "kind": "related"}
    )
    merged = desk.agent.submit(
        f"/agent/tickets/{duplicate}/merge", {"target_id": str(desk.ticket_id)}
    )

    assert linked.status_code == 303
    assert (merged.status_code, merged.headers["location"]) == (
        303,
        f"/agent/tickets/{desk.ticket_id}",
    )
    assert read_ticket(desk.client, desk.lead, duplicate)["merged_into_id"] == desk.ticket_id
    page = desk.agent.get(f"/agent/tickets/{desk.ticket_id}").text
    assert f'<a href="/agent/tickets/{related}">#{related}</a>' in page
    merged_page = desk.agent.get(f"/agent/tickets/{duplicate}").text
    assert f'Merged into <a href="/agent/tickets/{desk.ticket_id}">' in merged_page


def test_merging_into_itself_shows_the_rule_with_409(desk: Desk) -> None:
    answer = desk.agent.submit(
        f"/agent/tickets/{desk.ticket_id}/merge", {"target_id": str(desk.ticket_id)}
    )

    assert answer.status_code == 409
    assert "cannot be merged into itself" in answer.text


def test_handing_a_ticket_to_another_teams_queue_lands_on_the_queue_with_a_notice(
    desk: Desk, factory: Factory
) -> None:
    other_team = factory.team("Infrastructure")
    answer = desk.agent.submit(
        f"/agent/tickets/{desk.ticket_id}/properties",
        desk.properties(team_id=str(other_team), assignee_id=""),
    )
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/agent?moved={desk.ticket_id}"
    assert desk.ticket()["team"]["id"] == other_team
    queue = desk.agent.get(answer.headers["location"])
    assert queue.status_code == 200
    assert f"Ticket #{desk.ticket_id} is saved and now sits in a queue you don" in queue.text
    assert desk.agent.get(f"/agent/tickets/{desk.ticket_id}").status_code == 404
