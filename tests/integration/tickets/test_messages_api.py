"""Replies, internal notes, first response, idempotent delivery and HTML cleaning."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from tests.integration.tickets.api_helpers import (
    api_person,
    assert_problem,
    messages_of,
    open_ticket,
    post_message,
    read_ticket,
)
from tests.support.factories import Factory, Person
from warmdesk.clock import FixedClock

HOSTILE_HTML = (
    '<p>Hello <b>there</b>, see <a href="https://status.example">status</a>.</p>'
    "<script>alert(1)</script>"
    '<img src=x onerror="alert(1)">'
    '<a href="javascript:alert(1)">click</a>'
)


@pytest.fixture
def ticket_id(client: TestClient, requester: Person) -> int:
    ticket_id: int = open_ticket(client, requester, description="It will not boot.")["id"]
    return ticket_id


def test_a_reply_goes_out_and_a_note_stays_internal(
    client: TestClient, requester: Person, agent: Person, ticket_id: int
) -> None:
    reply = post_message(client, agent, ticket_id, "Hi, I am on it.")
    note = post_message(client, agent, ticket_id, "Probably the SSD again.", kind="note")

    assert (reply.status_code, reply.json()["kind"]) == (201, "outbound")
    assert (note.status_code, note.json()["kind"]) == (201, "internal")
    staff_view = [m["body_text"] for m in messages_of(client, agent, ticket_id)]
    requester_view = [m["body_text"] for m in messages_of(client, requester, ticket_id)]
    assert staff_view == ["It will not boot.", "Hi, I am on it.", "Probably the SSD again."]
    assert requester_view == ["It will not boot.", "Hi, I am on it."]


def test_a_requester_cannot_write_an_internal_note(
    client: TestClient, requester: Person, ticket_id: int
) -> None:
    posted = post_message(client, requester, ticket_id, "Is this private?", kind="note")

    assert posted.json()["kind"] == "inbound"
    assert "Is this private?" in [m["body_text"] for m in messages_of(client, requester, ticket_id)]


def test_the_first_staff_reply_sets_first_response_once(
    client: TestClient, requester: Person, agent: Person, ticket_id: int, clock: FixedClock
) -> None:
    clock.advance(timedelta(minutes=5))
    post_message(client, agent, ticket_id, "Internal: checking logs", kind="note")
    after_note = read_ticket(client, agent, ticket_id)
    assert (after_note["first_response_at"], after_note["status"]) == (None, "new")

    clock.advance(timedelta(minutes=5))
    answered_at = clock.now()
    post_message(client, agent, ticket_id, "Hi! Looking at it now.")
    clock.advance(timedelta(minutes=30))
    post_message(client, agent, ticket_id, "Found it.")

    ticket = read_ticket(client, agent, ticket_id)
    assert datetime.fromisoformat(ticket["first_response_at"]) == answered_at
    assert ticket["status"] == "open"
    assert ticket["assignee"]["id"] == agent.id


def test_a_requester_message_does_not_count_as_a_first_response(
    client: TestClient, requester: Person, agent: Person, ticket_id: int
) -> None:
    post_message(client, requester, ticket_id, "Any update?")

    assert read_ticket(client, agent, ticket_id)["first_response_at"] is None


def test_the_same_external_id_twice_is_one_message(
    client: TestClient, requester: Person, ticket_id: int
) -> None:
    first = post_message(client, requester, ticket_id, "Sent twice", external_id="<m1@mail>")
    again = post_message(client, requester, ticket_id, "Sent twice", external_id="<m1@mail>")

    assert first.status_code == 201
    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"]
    assert again.json()["author"] == {"id": requester.id, "name": requester.user.name}
    bodies = [m["body_text"] for m in messages_of(client, requester, ticket_id)]
    assert bodies.count("Sent twice") == 1


def test_an_external_id_of_someone_elses_message_reveals_nothing(
    client: TestClient, factory: Factory, requester: Person, agent: Person, ticket_id: int
) -> None:
    post_message(client, requester, ticket_id, "My salary slip", external_id="<s1@mail>")
    post_message(client, agent, ticket_id, "Staff only", kind="note", external_id="<n1@mail>")
    stranger = api_person(factory)
    own_ticket = open_ticket(client, stranger)["id"]

    stolen = post_message(client, stranger, own_ticket, "x", external_id="<s1@mail>")
    peeked = post_message(client, requester, ticket_id, "x", external_id="<n1@mail>")

    for answer in (stolen, peeked):
        problem = assert_problem(answer, 409)
        assert "My salary slip" not in answer.text
        assert "Staff only" not in answer.text
        assert "external_id" in problem["detail"]


def test_html_is_sanitized_and_plain_text_is_derived_from_it(
    client: TestClient, requester: Person, ticket_id: int
) -> None:
    posted = post_message(client, requester, ticket_id, "", body_html=HOSTILE_HTML).json()

    html = posted["body_html"]
    assert "<b>there</b>" in html
    assert 'href="https://status.example"' in html
    for dangerous in ("<script", "onerror", "javascript:", "<img"):
        assert dangerous not in html
    assert posted["body_text"] == "Hello there, see status.\nclick"


def test_plain_text_is_kept_as_written_next_to_html(
    client: TestClient, requester: Person, ticket_id: int
) -> None:
    text = "Hello there.\n\nLine two with <angle> brackets & ampersands."

    posted = post_message(client, requester, ticket_id, text, body_html="<p>Hello</p>").json()

    assert posted["body_text"] == text
    assert posted["body_html"] == "<p>Hello</p>"


@pytest.mark.parametrize(
    "body",
    [
        {"body_text": ""},
        {"body_text": "   \n\t "},
        {"body_text": "\x00\x07"},
        {"body_text": "", "body_html": "<script>alert(1)</script>"},
    ],
)
def test_an_empty_message_is_refused_naming_body_text(
    client: TestClient, agent: Person, ticket_id: int, body: dict[str, str]
) -> None:
    answer = client.post(f"/api/v1/tickets/{ticket_id}/messages", json=body, headers=agent.headers)

    assert_problem(answer, 422, "body_text")
    assert len(messages_of(client, agent, ticket_id)) == 1


def test_a_message_to_a_missing_ticket_is_404(client: TestClient, agent: Person) -> None:
    assert_problem(post_message(client, agent, 999_999, "Hello?"), 404)
