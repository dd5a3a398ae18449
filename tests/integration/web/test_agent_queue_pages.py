"""The agent queue page: views, filters, search and sorting, all in the URL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.integration.tickets.api_helpers import api_person, changed, open_ticket
from tests.integration.web.pages_helpers import Browser, OpenBrowser, person_with_login
from tests.support.factories import Factory
from warmdesk.clock import FixedClock
from warmdesk.people.domain import Role

_ROW_LINK = re.compile(r'<td class="subject"><a href="/agent/tickets/(\d+)">')


@dataclass
class Queue:
    browser: Browser
    colleague_id: int
    team_id: int
    ids: dict[str, int]

    def listed(self, query: str = "") -> list[str]:
        """The names of the tickets the queue shows for ``query``, in page order."""
        page = self.browser.get(f"/agent?{query}")
        assert page.status_code == 200, page.text
        by_id = {ticket_id: name for name, ticket_id in self.ids.items()}
        return [by_id[int(i)] for i in _ROW_LINK.findall(page.text)]


@pytest.fixture
def queue(
    client: TestClient, factory: Factory, open_browser: OpenBrowser, clock: FixedClock
) -> Queue:
    agent = person_with_login(factory, Role.AGENT, name="Alex Agent")
    colleague = api_person(factory, Role.AGENT, name="Bo Colleague")
    team_id = factory.team("Service desk", members=[agent, colleague])
    lead = api_person(factory, Role.LEAD)
    requester = api_person(factory, name="Rita Requester")

    def ticket(subject: str, **fields: object) -> int:
        clock.advance(timedelta(minutes=5))
        ticket_id: int = open_ticket(client, lead, subject, requester_id=requester.id, **fields)[
            "id"
        ]
        return ticket_id

    ids = {
        "vpn": ticket("VPN drops hourly", category="vpn", priority=1, team_id=team_id),
        "printer": ticket("Printer jams", category="printer", priority=3, assignee_id=colleague.id),
        "mail": ticket("Outlook crashes", category="email", priority=2),
        "mine": ticket("Monitor flickers", category="hardware", priority=4, assignee_id=agent.id),
        "resolved": ticket("Password reset", category="password"),
        "closed": ticket("Old request", category="other"),
    }
    clock.advance(timedelta(minutes=5))
    changed(client, lead, ids["mail"], status="pending", pending_reason="requester")
    changed(client, lead, ids["resolved"], status="resolved")
    changed(client, lead, ids["closed"], status="resolved")
    changed(client, lead, ids["closed"], status="closed")
    return Queue(open_browser(agent), colleague.id, team_id, ids)


def test_the_default_view_lists_open_work_by_priority(queue: Queue) -> None:
    assert queue.listed() == ["vpn", "mail", "printer", "mine"]


QUEUE_VIEWS = {
    "view=all&sort=created": ["vpn", "printer", "mail", "mine", "resolved", "closed"],
    "view=pending": ["mail"],
    "view=resolved": ["resolved"],
    "view=closed": ["closed"],
    "view=mine": ["mine"],
    "view=unassigned": ["vpn", "mail"],
    "priority=1": ["vpn"],
    "category=printer": ["printer"],
    "q=outlook": ["mail"],
    "view=all&sort=-created": ["closed", "resolved", "mine", "mail", "printer", "vpn"],
    "sort=-priority": ["mine", "printer", "mail", "vpn"],
    "view=nonsense": ["vpn", "mail", "printer", "mine"],
    "category=nonsense": ["vpn", "mail", "printer", "mine"],
}


def test_views_filters_and_sorts(queue: Queue) -> None:
    assert {query: queue.listed(query) for query in QUEUE_VIEWS} == QUEUE_VIEWS


def test_team_and_assignee_filters(queue: Queue) -> None:
    assert queue.listed(f"team={queue.team_id}") == ["vpn"]
    assert queue.listed(f"assignee={queue.colleague_id}") == ["printer"]


def test_the_queue_shows_people_priority_reasons_and_keeps_the_filters_in_the_form(
    queue: Queue,
) -> None:
    page = queue.browser.get(f"/agent?priority=1&team={queue.team_id}&q=vpn").text

    assert "Rita Requester" in page
    assert "Service desk · unassigned" in page
    assert "set to P1 by" in page
    assert '<option value="1" selected>P1</option>' in page
    assert f'<option value="{queue.team_id}" selected>Service desk</option>' in page
    assert 'name="q" value="vpn"' in page


def test_an_htmx_request_gets_only_the_results(queue: Queue) -> None:
    partial = queue.browser.get("/agent?view=pending", headers={"HX-Request": "true"}).text

    assert "<table" in partial
    assert "<html" not in partial
    assert "Outlook crashes" in partial


def test_a_bad_number_in_a_filter_is_a_422_page(queue: Queue) -> None:
    answer = queue.browser.get("/agent?priority=high")

    assert answer.status_code == 422
    assert "is not a number" in answer.text


def test_the_queue_pages_with_a_cursor(
    client: TestClient, factory: Factory, open_browser: OpenBrowser
) -> None:
    agent = person_with_login(factory, Role.AGENT)
    requester = api_person(factory)
    for n in range(52):
        factory.ticket(requester, f"Ticket number {n}")
    browser = open_browser(agent)

    first = browser.get("/agent?sort=created").text
    next_link = re.search(r'href="(/agent\?[^"]*cursor=[^"]+)" rel="next"', first)
    assert next_link is not None
    second = browser.get(next_link.group(1).replace("&amp;", "&")).text

    assert len(_ROW_LINK.findall(first)) == 50
    assert len(_ROW_LINK.findall(second)) == 2
    assert "Ticket number 51" in second
    assert 'rel="next"' not in second
    assert "First page" in second


def test_the_queue_shows_stress_impact_and_deadline_and_sorts_by_them(
    client: TestClient, factory: Factory, open_browser: OpenBrowser, clock: FixedClock
) -> None:
    agent = person_with_login(factory, Role.AGENT, timezone="Asia/Tokyo")
    lead = api_person(factory, Role.LEAD)
    requester = api_person(factory)
    now = clock.now()  # Monday 2 November, 09:00 UTC: 18:00 in Tokyo

    def ticket(subject: str, **fields: object) -> dict[str, Any]:
        return open_ticket(client, lead, subject, requester_id=requester.id, **fields)

    soon = ticket(
        "Payroll export fails",
        deadline_at=(now + timedelta(minutes=40)).isoformat(),
        affected_scope="department",
        affected_count=40,
        business_process="payroll <b>run</b>",
    )
    late = ticket(
        "Badge reader rejects me",
        deadline_at=(now - timedelta(hours=2)).isoformat(),
        affected_scope="individual",
    )
    calm = ticket("Mouse squeaks")
    ids = {soon["id"]: "soon", late["id"]: "late", calm["id"]: "calm"}
    browser = open_browser(agent)

    page = browser.get("/agent?sort=deadline").text

    assert [ids[int(i)] for i in _ROW_LINK.findall(page)] == ["late", "soon", "calm"]
    options = dict(re.findall(r'<option value="([a-z-]+)"[^>]*>([^<]+)</option>', page))
    assert options["stress"] == "Stress, highest first"
    assert options["impact"] == "Impact, widest first, then deadline"
    assert '<option value="deadline" selected>Deadline, soonest first</option>' in page
    assert 'title="Mon 02 Nov 18:40 (Asia/Tokyo)">in 40 min</time>' in page
    assert 'class="overdue">overdue by 2 h</time>' in page
    assert "department · 40 affected" in page
    assert "blocks payroll &lt;b&gt;run&lt;/b&gt;" in page
    assert "<b>run" not in page
    assert f'<span class="score">{soon["stress_score"]:.2f}</span>' in page
    assert f">{soon['stress_level']}</span>" in page


def test_the_queue_pages_through_a_pressing_sort_with_a_cursor(
    client: TestClient, factory: Factory, open_browser: OpenBrowser
) -> None:
    agent = person_with_login(factory, Role.AGENT)
    requester = api_person(factory)
    for n in range(52):
        factory.ticket(requester, f"Ticket number {n}", affected_scope="team" if n % 2 else None)
    browser = open_browser(agent)

    first = browser.get("/agent?sort=impact").text
    next_link = re.search(r'href="(/agent\?[^"]*cursor=[^"]+)" rel="next"', first)
    assert next_link is not None
    second = browser.get(next_link.group(1).replace("&amp;", "&")).text

    listed = _ROW_LINK.findall(first) + _ROW_LINK.findall(second)
    assert len(listed) == len(set(listed)) == 52
    assert "sort=impact" in next_link.group(1)
