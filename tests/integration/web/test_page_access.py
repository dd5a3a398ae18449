"""Who may open which page. Hidden things answer 404, as in the API."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.integration.tickets.api_helpers import (
    api_person,
    messages_of,
    open_ticket,
    upload,
)
from tests.integration.web.pages_helpers import OpenBrowser, person_with_login
from tests.support.factories import Factory
from warmdesk.people.domain import Role


def test_a_requester_gets_404_on_another_requesters_ticket_pages_and_files(
    client: TestClient, factory: Factory, open_browser: OpenBrowser
) -> None:
    owner = api_person(factory)
    ticket_id = open_ticket(client, owner, "My payslip is wrong")["id"]
    attachment_id = upload(client, owner, ticket_id, "payslip.pdf").json()["id"]
    nosy = open_browser(person_with_login(factory))

    pages = {
        path: nosy.get(path)
        for path in (
            f"/portal/tickets/{ticket_id}",
            f"/attachments/{attachment_id}",
            f"/agent/tickets/{ticket_id}",
        )
    }
    reply = nosy.submit(f"/portal/tickets/{ticket_id}/messages", {"body_text": "let me in"})

    assert {path: page.status_code for path, page in pages.items()} == dict.fromkeys(pages, 404)
    assert all("payslip" not in page.text for page in pages.values())
    assert reply.status_code == 404
    assert len(messages_of(client, api_person(factory, Role.ADMIN), ticket_id)) == 1


def test_a_requester_gets_404_on_the_agent_console_and_admin_pages(
    client: TestClient, factory: Factory, open_browser: OpenBrowser
) -> None:
    requester = open_browser(person_with_login(factory))
    own_ticket = factory.ticket(requester.person).id

    paths = [
        "/agent",
        "/agent?view=all",
        f"/agent/tickets/{own_ticket}",
        "/admin/people",
        f"/admin/people/{requester.person.id}",
        "/admin/teams",
        "/admin/organizations",
    ]

    assert {p: requester.get(p).status_code for p in paths} == dict.fromkeys(paths, 404)
    assert requester.get(f"/portal/tickets/{own_ticket}").status_code == 200
    acted = requester.submit(
        f"/agent/tickets/{own_ticket}/properties",
        {"status": "resolved", "priority": "1", "category": "other"},
    )
    assert acted.status_code == 404


def test_agents_and_leads_get_404_on_admin_pages(
    factory: Factory, open_browser: OpenBrowser
) -> None:
    for role in (Role.AGENT, Role.LEAD):
        browser = open_browser(person_with_login(factory, role))
        for path in ("/admin/people", "/admin/teams", "/admin/organizations"):
            assert browser.get(path).status_code == 404, (role, path)
        created = browser.submit("/admin/teams", {"name": f"Made by {role}"})
        assert created.status_code == 404


def test_an_agent_gets_404_on_another_teams_ticket_page_and_files(
    client: TestClient, factory: Factory, open_browser: OpenBrowser
) -> None:
    agent = person_with_login(factory, Role.AGENT)
    factory.team("Service desk", members=[agent])
    network = factory.team("Network")
    lead = api_person(factory, Role.LEAD)
    requester = api_person(factory)
    hidden = open_ticket(client, lead, "Switch down", requester_id=requester.id, team_id=network)
    attachment_id = upload(client, lead, hidden["id"], "switch.log").json()["id"]
    unrouted = open_ticket(client, requester, "Unrouted")["id"]
    browser = open_browser(agent)

    assert browser.get(f"/agent/tickets/{hidden['id']}").status_code == 404
    assert browser.get(f"/attachments/{attachment_id}").status_code == 404
    assert browser.get(f"/agent/tickets/{unrouted}").status_code == 200
    queue = browser.get("/agent?view=all").text
    assert "Unrouted" in queue
    assert "Switch down" not in queue


def test_colleagues_in_a_sharing_organization_see_each_others_ticket_pages(
    client: TestClient, factory: Factory, open_browser: OpenBrowser
) -> None:
    shared = factory.organization(shared=True)
    author = api_person(factory, name="Ana Author", organization_id=shared)
    ticket_id = open_ticket(client, author, "Team printer offline")["id"]
    colleague = open_browser(person_with_login(factory, organization_id=shared))
    outsider = open_browser(person_with_login(factory, organization_id=factory.organization()))

    seen = colleague.get(f"/portal/tickets/{ticket_id}")

    assert seen.status_code == 200
    assert "Team printer offline" in seen.text
    assert "Team printer offline" in colleague.get("/portal").text
    assert outsider.get(f"/portal/tickets/{ticket_id}").status_code == 404
    assert "Team printer offline" not in outsider.get("/portal").text
