"""The ticket status machine through the API: staff moves, and what a requester's reply does."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from tests.integration.tickets.api_helpers import (
    api_person,
    app_with_settings,
    assert_problem,
    change_ticket,
    changed,
    messages_of,
    open_ticket,
    post_message,
    read_ticket,
)
from tests.support.factories import Factory, Person
from warmdesk.clock import FixedClock
from warmdesk.context import AppContext
from warmdesk.people.domain import Role
from warmdesk.settings import TicketSettings


def _resolved_ticket(client: TestClient, requester: Person, agent: Person) -> int:
    ticket_id: int = open_ticket(client, requester)["id"]
    changed(client, agent, ticket_id, status="resolved")
    return ticket_id


def test_a_ticket_walks_every_legal_step_with_its_timestamps(
    client: TestClient, requester: Person, agent: Person, clock: FixedClock
) -> None:
    ticket_id = open_ticket(client, requester)["id"]
    assert read_ticket(client, agent, ticket_id)["status"] == "new"

    assert changed(client, agent, ticket_id, status="open")["status"] == "open"
    waiting = changed(client, agent, ticket_id, status="pending", pending_reason="third_party")
    assert (waiting["status"], waiting["pending_reason"]) == ("pending", "third_party")
    back = changed(client, agent, ticket_id, status="open")
    assert (back["status"], back["pending_reason"]) == ("open", None)

    clock.advance(timedelta(hours=2))
    resolved = changed(client, agent, ticket_id, status="resolved")
    assert resolved["status"] == "resolved"
    assert datetime.fromisoformat(resolved["resolved_at"]) == clock.now()
    reopened = changed(client, agent, ticket_id, status="reopened")
    assert (reopened["status"], reopened["reopen_count"], reopened["resolved_at"]) == (
        "reopened",
        1,
        None,
    )
    changed(client, agent, ticket_id, status="resolved")
    clock.advance(timedelta(days=1))
    closed = changed(client, agent, ticket_id, status="closed")
    assert closed["status"] == "closed"
    assert closed["closed_at"] is not None


@pytest.mark.parametrize(
    ("path", "target", "allowed"),
    [
        ([], "closed", "open, pending, resolved"),
        ([], "reopened", "open, pending, resolved"),
        (["resolved"], "open", "closed, reopened"),
        (["resolved"], "pending", "closed, reopened"),
        (["resolved", "closed"], "open", "none (closed is final)"),
    ],
)
def test_an_illegal_move_is_a_409_problem_naming_the_allowed_moves(
    client: TestClient,
    requester: Person,
    agent: Person,
    path: list[str],
    target: str,
    allowed: str,
) -> None:
    ticket_id = open_ticket(client, requester)["id"]
    for step in path:
        changed(client, agent, ticket_id, status=step)
    before = read_ticket(client, agent, ticket_id)

    problem = assert_problem(change_ticket(client, agent, ticket_id, status=target), 409)

    assert f"it can move to: {allowed}." in problem["detail"]
    assert f"to '{target}'" in problem["detail"]
    assert read_ticket(client, agent, ticket_id)["status"] == before["status"]


def test_pending_needs_to_say_who_the_ticket_waits_on(
    client: TestClient, requester: Person, agent: Person
) -> None:
    ticket_id = open_ticket(client, requester)["id"]

    problem = assert_problem(change_ticket(client, agent, ticket_id, status="pending"), 409)
    assert "requester" in problem["detail"]
    assert "third_party" in problem["detail"]
    assert_problem(
        change_ticket(client, agent, ticket_id, status="pending", pending_reason="nobody"),
        422,
        field="pending_reason",
    )
    assert read_ticket(client, agent, ticket_id)["status"] == "new"


def test_a_requester_reply_to_a_ticket_waiting_on_them_moves_it_back_to_open(
    client: TestClient, requester: Person, agent: Person
) -> None:
    ticket_id = open_ticket(client, requester)["id"]
    changed(client, agent, ticket_id, status="pending", pending_reason="requester")

    reply = post_message(client, requester, ticket_id, "Here is the screenshot you asked for.")

    assert reply.status_code == 201
    assert reply.json()["follow_up_of"] is None
    ticket = read_ticket(client, requester, ticket_id)
    assert (ticket["status"], ticket["pending_reason"]) == ("open", None)


def test_a_requester_reply_while_waiting_on_a_third_party_keeps_it_pending(
    client: TestClient, requester: Person, agent: Person
) -> None:
    ticket_id = open_ticket(client, requester)["id"]
    changed(client, agent, ticket_id, status="pending", pending_reason="third_party")

    assert post_message(client, requester, ticket_id, "Any news?").status_code == 201

    ticket = read_ticket(client, requester, ticket_id)
    assert (ticket["status"], ticket["pending_reason"]) == ("pending", "third_party")


def test_a_reply_within_the_reopen_window_reopens_the_same_ticket(
    client: TestClient, requester: Person, agent: Person, clock: FixedClock
) -> None:
    ticket_id = _resolved_ticket(client, requester, agent)
    clock.advance(timedelta(days=7))  # the default window, inclusive

    reply = post_message(client, requester, ticket_id, "It broke again this morning.")

    assert reply.status_code == 201
    assert (reply.json()["ticket_id"], reply.json()["follow_up_of"]) == (ticket_id, None)
    ticket = read_ticket(client, requester, ticket_id)
    assert (ticket["status"], ticket["reopen_count"], ticket["resolved_at"]) == (
        "reopened",
        1,
        None,
    )
    assert messages_of(client, requester, ticket_id)[-1]["body_text"] == (
        "It broke again this morning."
    )


def test_a_reply_after_the_window_opens_a_linked_follow_up_and_closes_the_old_ticket(
    client: TestClient, requester: Person, agent: Person, clock: FixedClock
) -> None:
    old_id = _resolved_ticket(client, requester, agent)
    clock.advance(timedelta(days=7, minutes=1))

    reply = post_message(client, requester, old_id, "The printer jams again.")

    assert reply.status_code == 201
    posted = reply.json()
    new_id = posted["ticket_id"]
    assert new_id != old_id
    assert posted["follow_up_of"] == old_id
    old = read_ticket(client, requester, old_id)
    assert (old["status"], old["reopen_count"]) == ("closed", 0)
    follow_up = read_ticket(client, requester, new_id)
    assert follow_up["status"] == "new"
    assert follow_up["subject"] == "Follow-up: Laptop will not boot"
    assert [m["body_text"] for m in messages_of(client, requester, new_id)] == [
        "The printer jams again."
    ]
    links = client.get(f"/api/v1/tickets/{new_id}/links", headers=requester.headers).json()
    assert [(link["source_id"], link["target_id"], link["kind"]) for link in links] == [
        (new_id, old_id, "follow_up_of")
    ]


def test_a_reply_to_a_closed_ticket_opens_a_follow_up_and_leaves_the_old_one_closed(
    client: TestClient, requester: Person, agent: Person
) -> None:
    old_id = _resolved_ticket(client, requester, agent)
    changed(client, agent, old_id, status="closed")
    old_messages = len(messages_of(client, requester, old_id))

    posted = post_message(client, requester, old_id, "Same problem on the new laptop.").json()

    assert posted["follow_up_of"] == old_id
    assert posted["ticket_id"] != old_id
    assert read_ticket(client, requester, old_id)["status"] == "closed"
    assert len(messages_of(client, requester, old_id)) == old_messages


def test_the_reopen_window_comes_from_the_settings(
    ctx: AppContext, factory: Factory, clock: FixedClock
) -> None:
    requester = api_person(factory)
    agent = api_person(factory, Role.AGENT)
    with app_with_settings(ctx, tickets=TicketSettings(reopen_window_days=1)) as (_, client):
        ticket_id = _resolved_ticket(client, requester, agent)
        clock.advance(timedelta(days=1, seconds=1))

        posted = post_message(client, requester, ticket_id, "Still broken.").json()

    assert posted["follow_up_of"] == ticket_id


def test_staff_cannot_reply_on_a_closed_ticket(
    client: TestClient, requester: Person, agent: Person
) -> None:
    ticket_id = _resolved_ticket(client, requester, agent)
    changed(client, agent, ticket_id, status="closed")

    problem = assert_problem(post_message(client, agent, ticket_id, "One more thing"), 409)

    assert "closed" in problem["detail"]
    assert read_ticket(client, agent, ticket_id)["first_response_at"] is None
