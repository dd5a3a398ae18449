"""The SLA on the ticket pages: targets for agents, "next update by" for the requester."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient

from tests.integration.web.pages_helpers import OpenBrowser, log_in, person_with_login
from tests.support.factories import Factory, Person
from warmdesk.clock import FixedClock
from warmdesk.context import AppContext
from warmdesk.db import unit_of_work
from warmdesk.notifications.service import notify
from warmdesk.people.domain import Role


def _sign_in(client: TestClient, person: Person) -> None:
    response = log_in(client, person.user.email)
    assert response.status_code == 303, response.text


def test_agents_see_each_target_and_what_the_requester_is_told(
    client: TestClient, factory: Factory, clock: FixedClock
) -> None:
    requester = person_with_login(factory, timezone="America/New_York")
    agent = person_with_login(factory, Role.AGENT, timezone="Europe/London")
    ticket = factory.ticket(requester)
    clock.advance(timedelta(hours=1))
    _sign_in(client, agent)
    page = client.get(f"/agent/tickets/{ticket.id}").text
    assert "Service level" in page
    assert "P4 - low" in page
    assert "first response due in 7 h" in page
    assert "resolution due in" in page
    # due 17:00 UTC: 17:00 in London, 12:00 in New York
    assert "17:00 today" in page
    assert "next update by 12:00 today (their time)" in page


def test_the_requester_sees_the_next_update_in_their_own_time(
    client: TestClient, factory: Factory
) -> None:
    requester = person_with_login(factory, timezone="America/New_York")
    ticket = factory.ticket(requester)
    _sign_in(client, requester)
    page = client.get(f"/portal/tickets/{ticket.id}").text
    assert "Next update by <strong>12:00 today</strong> (your time)" in page
    assert "first response" not in page  # the targets themselves are for staff


def test_staff_read_their_notifications_and_mark_them_read(
    ctx: AppContext, factory: Factory, open_browser: OpenBrowser
) -> None:
    agent = person_with_login(factory, Role.AGENT)
    with unit_of_work(ctx.sessions) as session:
        notify(session, [agent.id], "sla_breached", "#7 Printer: first response SLA breached",
               ctx.clock.now(), None)  # fmt: skip
    browser = open_browser(agent)
    page = browser.get("/agent/notifications").text
    assert "#7 Printer: first response SLA breached" in page
    assert "Mark all 1 read" in page
    assert browser.submit("/agent/notifications/read").status_code == 303
    assert "Mark all" not in browser.get("/agent/notifications").text
    requester = open_browser(person_with_login(factory))
    assert requester.get("/agent/notifications").status_code == 404
