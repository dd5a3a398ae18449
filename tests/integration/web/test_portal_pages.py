"""The requester portal: my tickets, a new request with its business impact, and replies."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from tests.integration.tickets.api_helpers import (
    api_person,
    changed,
    messages_of,
    open_ticket,
    post_message,
    read_ticket,
)
from tests.integration.web.pages_helpers import Browser, OpenBrowser, person_with_login
from tests.support.factories import Factory, Person
from warmdesk.clock import FixedClock
from warmdesk.people.domain import Role

IMPACT_QUESTIONS = ('name="affected_scope"', 'name="workaround"', 'name="business_process"')


@pytest.fixture
def agent(factory: Factory) -> Person:
    return api_person(factory, Role.AGENT)


def created_ticket_id(answer_location: str) -> int:
    match = re.fullmatch(r"/portal/tickets/(\d+)\?created=1", answer_location)
    assert match is not None, answer_location
    return int(match.group(1))


def test_my_tickets_lists_only_mine_and_all_shows_finished_ones(
    client: TestClient, factory: Factory, open_browser: OpenBrowser, agent: Person
) -> None:
    me = open_browser(person_with_login(factory))
    open_ticket(client, me.person, "My keyboard is sticky")
    done = open_ticket(client, me.person, "My old request")["id"]
    changed(client, agent, done, status="resolved")
    open_ticket(client, api_person(factory), "Someone else's problem")

    open_list = me.get("/portal").text
    all_list = me.get("/portal?show=all").text

    assert "My keyboard is sticky" in open_list
    assert "My old request" not in open_list
    assert "My old request" in all_list
    assert "Someone else" not in all_list


def test_the_new_request_form_asks_about_business_impact(
    factory: Factory, open_browser: OpenBrowser
) -> None:
    page = open_browser(person_with_login(factory)).get("/portal/new").text

    for question in IMPACT_QUESTIONS:
        assert question in page
    assert 'type="datetime-local"' in page
    assert "My whole department" in page
    assert "No, I&#39;m stuck" in page


@pytest.mark.parametrize(
    ("timezone", "local_deadline", "utc_deadline"),
    [
        # New York left daylight saving time the day before: UTC-5.
        ("America/New_York", "2026-11-02T04:40", "2026-11-02T09:40:00+00:00"),
        ("Asia/Kolkata", "2026-11-02T15:10", "2026-11-02T09:40:00+00:00"),
    ],
)
def test_a_new_request_stores_the_local_deadline_as_the_right_utc_instant(
    client: TestClient,
    factory: Factory,
    open_browser: OpenBrowser,
    clock: FixedClock,
    agent: Person,
    timezone: str,
    local_deadline: str,
    utc_deadline: str,
) -> None:
    me = open_browser(person_with_login(factory, timezone=timezone))

    answer = me.submit(
        "/portal/new",
        {
            "subject": "Payroll app will not open",
            "description": "Error 42 on start.",
            "category": "software",
            "deadline": local_deadline,
            "affected_scope": "department",
            "affected_count": "12",
            "business_process": "payroll",
            "workaround": "no",
        },
    )

    assert answer.status_code == 303
    ticket = read_ticket(client, agent, created_ticket_id(answer.headers["location"]))
    assert datetime.fromisoformat(ticket["deadline_at"]) == datetime.fromisoformat(utc_deadline)
    assert datetime.fromisoformat(ticket["deadline_at"]) - clock.now() == timedelta(minutes=40)
    assert (ticket["priority"], ticket["channel"], ticket["category"]) == (1, "web", "software")
    assert ticket["priority_reasons"] == [
        "affects a department (12 people)",
        "blocks payroll (critical)",
        "deadline in 40 min",
        "no workaround",
    ]
    assert ticket["requester"]["id"] == me.person.id
    shown = me.get(answer.headers["location"]).text
    assert f"we have your request as #{ticket['id']}" in shown


def test_a_new_request_without_a_title_keeps_what_was_typed(
    client: TestClient, factory: Factory, open_browser: OpenBrowser, agent: Person
) -> None:
    me = open_browser(person_with_login(factory))

    answer = me.submit("/portal/new", {"subject": "  ", "description": "Long story here"})

    assert answer.status_code == 422
    assert "short title" in answer.text
    assert "Long story here" in answer.text
    assert client.get("/api/v1/tickets", headers=agent.headers).json()["items"] == []


def test_a_deadline_that_is_not_a_time_is_refused_in_words(
    factory: Factory, open_browser: OpenBrowser
) -> None:
    me = open_browser(person_with_login(factory))

    answer = me.submit("/portal/new", {"subject": "Laptop", "deadline": "tomorrow-ish"})

    assert answer.status_code == 422
    assert "Give the deadline as a date and a time." in answer.text


def test_a_new_request_can_carry_a_file(
    client: TestClient, factory: Factory, open_browser: OpenBrowser, agent: Person
) -> None:
    me = open_browser(person_with_login(factory))

    answer = me.client.post(
        "/portal/new",
        data={"csrf_token": me.csrf, "subject": "Screen broken"},
        files={"file": ("crack.jpg", b"\xff\xd8jpeg", "image/jpeg")},
        follow_redirects=False,
    )

    ticket_id = created_ticket_id(answer.headers["location"])
    files = client.get(f"/api/v1/tickets/{ticket_id}/attachments", headers=agent.headers).json()
    assert [(f["filename"], f["content_type"]) for f in files] == [("crack.jpg", "image/jpeg")]
    assert "crack.jpg" in me.get(f"/portal/tickets/{ticket_id}").text


def reply(browser: Browser, ticket_id: int, text: str) -> str:
    answer = browser.submit(f"/portal/tickets/{ticket_id}/messages", {"body_text": text})
    assert answer.status_code == 303, answer.text
    location: str = answer.headers["location"]
    return location


def test_a_portal_reply_joins_the_conversation_without_internal_notes(
    client: TestClient, factory: Factory, open_browser: OpenBrowser, agent: Person
) -> None:
    me = open_browser(person_with_login(factory))
    ticket_id = open_ticket(client, me.person, "Mouse lagging")["id"]
    post_message(client, agent, ticket_id, "Try another USB port please.")
    post_message(client, agent, ticket_id, "User seems annoyed", kind="note")

    location = reply(me, ticket_id, "Tried it, still lagging.")

    assert location == f"/portal/tickets/{ticket_id}"
    page = me.get(location).text
    assert "Try another USB port please." in page
    assert "Tried it, still lagging." in page
    assert "User seems annoyed" not in page
    assert messages_of(client, agent, ticket_id)[-1]["body_text"] == "Tried it, still lagging."


def test_a_portal_reply_reopens_a_resolved_ticket_and_follows_up_a_closed_one(
    client: TestClient, factory: Factory, open_browser: OpenBrowser, agent: Person
) -> None:
    me = open_browser(person_with_login(factory))
    resolved = open_ticket(client, me.person, "Wi-Fi drops")["id"]
    changed(client, agent, resolved, status="resolved")
    closed = open_ticket(client, me.person, "Old printer")["id"]
    changed(client, agent, closed, status="resolved")
    changed(client, agent, closed, status="closed")
    assert "reopen" in me.get(f"/portal/tickets/{resolved}").text

    assert reply(me, resolved, "It dropped again.") == f"/portal/tickets/{resolved}"
    follow_up_location = reply(me, closed, "Printer is back to jamming.")

    assert read_ticket(client, agent, resolved)["status"] == "reopened"
    follow_up_id = int(follow_up_location.rsplit("/", 1)[1])
    assert follow_up_id != closed
    follow_up = me.get(follow_up_location).text
    assert "Follow-up: Old printer" in follow_up
    assert "Printer is back to jamming." in follow_up


def test_staff_see_their_own_requests_in_the_portal(
    client: TestClient, factory: Factory, open_browser: OpenBrowser
) -> None:
    agent = person_with_login(factory, Role.AGENT)
    open_ticket(client, agent, "My own laptop request")
    open_ticket(client, api_person(factory), "Ticket of a requester")

    page = open_browser(agent).get("/portal").text

    assert "My own laptop request" in page
    assert "Ticket of a requester" not in page
