"""Hostile text shows up inert on every page, and pages forbid inline scripts by CSP."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from tests.integration.tickets.api_helpers import api_person, open_ticket, post_message, upload
from tests.integration.web.pages_helpers import Browser, OpenBrowser, escaped, person_with_login
from tests.support.factories import Factory
from warmdesk.people.domain import Role

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
RAW_TAGS = (SCRIPT, "<script>alert", "<img src=x", "onerror=alert(1)>", "<b onmouseover")


@dataclass
class HostileTicket:
    ticket_id: int
    agent: Browser
    requester: Browser
    attachment_name: str


@pytest.fixture
def hostile(client: TestClient, factory: Factory, open_browser: OpenBrowser) -> HostileTicket:
    requester = person_with_login(factory, name=SCRIPT, timezone="Europe/Berlin")
    agent = person_with_login(factory, Role.AGENT, name=f"Agent {IMG}")
    ticket_id = open_ticket(
        client,
        requester,
        f"Help {IMG}",
        description=f"My screen says {SCRIPT}",
        business_process='<b onmouseover="alert(1)">payroll</b>',
    )["id"]
    post_message(client, agent, ticket_id, f"Reply quoting {IMG}")
    post_message(client, requester, ticket_id, "", body_html=f"<p>Rich {SCRIPT}{IMG}</p>")
    attachment = upload(client, requester, ticket_id, f"{IMG}.png", b"\x89PNG").json()
    return HostileTicket(
        ticket_id=ticket_id,
        agent=open_browser(agent),
        requester=open_browser(requester),
        attachment_name=attachment["filename"],
    )


def assert_inert(page: str) -> None:
    for raw in RAW_TAGS:
        assert raw not in page, raw
    for tag in re.findall(r"<script[^>]*>", page):
        assert " src=" in tag, f"inline script: {tag}"


def test_the_agent_queue_escapes_subject_and_requester_name(hostile: HostileTicket) -> None:
    page = hostile.agent.get("/agent").text

    assert_inert(page)
    assert escaped(f"Help {IMG}") in page
    assert escaped(SCRIPT) in page
    assert escaped('blocks <b onmouseover="alert(1)">payroll</b>') in page


def test_the_agent_ticket_page_escapes_everything_the_requester_wrote(
    hostile: HostileTicket,
) -> None:
    page = hostile.agent.get(f"/agent/tickets/{hostile.ticket_id}").text

    assert_inert(page)
    assert escaped(f"Help {IMG}") in page
    assert escaped(f"My screen says {SCRIPT}") in page
    assert escaped(f"Reply quoting {IMG}") in page
    assert f'<h2 id="requester-title">{escaped(SCRIPT)}</h2>' in page
    assert "<p>Rich </p>" in page  # sanitized HTML keeps its harmless markup
    assert hostile.attachment_name == "_img src=x onerror=alert(1)_.png"
    assert escaped(hostile.attachment_name) in page


def test_the_portal_ticket_page_escapes_everything(hostile: HostileTicket) -> None:
    page = hostile.requester.get(f"/portal/tickets/{hostile.ticket_id}").text

    assert_inert(page)
    assert escaped(f"Help {IMG}") in page
    assert escaped(f"My screen says {SCRIPT}") in page
    assert escaped(f"Agent {IMG}") in page
    assert escaped(SCRIPT) in page  # the requester's own name, as message author
    assert escaped(hostile.attachment_name) in page


def test_the_portal_list_and_the_signed_in_name_are_escaped(hostile: HostileTicket) -> None:
    page = hostile.requester.get("/portal").text

    assert_inert(page)
    assert escaped(f"Help {IMG}") in page
    assert f'<span class="who">{escaped(SCRIPT)}' in page


def test_an_error_page_does_not_reflect_markup_from_the_url(client: TestClient) -> None:
    answer = client.get(f"/no-such-page/{SCRIPT}")

    assert answer.status_code == 404
    assert_inert(answer.text)


def test_pages_send_a_csp_without_inline_scripts_and_anti_framing_headers(
    client: TestClient, factory: Factory, open_browser: OpenBrowser
) -> None:
    admin = open_browser(person_with_login(factory, Role.ADMIN))
    ticket_id = factory.ticket(api_person(factory)).id
    paths = [
        "/agent",
        f"/agent/tickets/{ticket_id}",
        "/portal",
        "/portal/new",
        f"/portal/tickets/{ticket_id}",
        "/admin/people",
        "/admin/teams",
        "/admin/organizations",
        "/agent/tickets/999999",  # an error page
    ]

    answers = {path: admin.get(path) for path in paths}
    answers["/login"] = client.get("/login")

    for path, answer in answers.items():
        policy = answer.headers.get("content-security-policy", "")
        directives = dict(d.strip().split(" ", 1) for d in policy.split(";") if d.strip())
        assert directives.get("script-src") == "'self'", path
        assert "unsafe-inline" not in policy, path
        assert "unsafe-eval" not in policy, path
        assert directives.get("object-src") == "'none'", path
        assert answer.headers["x-frame-options"] == "DENY", path
        assert answer.headers["x-content-type-options"] == "nosniff", path
        assert_inert(answer.text)
