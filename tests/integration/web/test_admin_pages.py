"""Admin pages: listing and creating people, teams and organizations."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.integration.tickets.api_helpers import api_person
from tests.integration.web.pages_helpers import Browser, OpenBrowser, log_in, person_with_login
from tests.support.factories import Factory
from warmdesk.people.domain import Role


@pytest.fixture
def admin(factory: Factory, open_browser: OpenBrowser) -> Browser:
    return open_browser(person_with_login(factory, Role.ADMIN, name="Ada Admin"))


def test_the_people_page_lists_and_finds_people(admin: Browser, factory: Factory) -> None:
    org = factory.organization("Acme Ltd")
    api_person(factory, name="Zoe Quinn", organization_id=org)
    api_person(factory, Role.AGENT, name="Sam Agent")

    everyone = admin.get("/admin/people").text
    found = admin.get("/admin/people?q=zoe").text
    agents = admin.get("/admin/people?role=agent").text

    assert all(name in everyone for name in ("Ada Admin", "Zoe Quinn", "Sam Agent", "Acme Ltd"))
    assert "Zoe Quinn" in found
    assert "Sam Agent" not in found
    assert "Sam Agent" in agents
    assert "Zoe Quinn" not in agents


def test_an_admin_creates_a_person_who_can_then_sign_in(
    client: TestClient, admin: Browser, factory: Factory
) -> None:
    team_id = factory.team("Service desk")

    answer = admin.submit(
        "/admin/people",
        {
            "name": "Nia Newcomer",
            "email": "nia@example.test",
            "role": "agent",
            "department": "IT",
            "timezone": "Europe/Berlin",
            "tier": "2",
            "team_ids": [str(team_id)],
            "password": "a-long-enough-password",
        },
    )

    assert (answer.status_code, answer.headers["location"]) == (303, "/admin/people")
    listed = admin.get("/admin/people?q=nia").text
    assert "nia@example.test" in listed
    assert "Service desk" in listed
    assert "Europe/Berlin" in listed
    signed_in = log_in(client, "nia@example.test", "a-long-enough-password")
    assert signed_in.headers["location"] == "/agent"


def test_a_bad_person_form_shows_the_reason_and_creates_nobody(admin: Browser) -> None:
    answer = admin.submit(
        "/admin/people",
        {"name": "Shorty", "email": "shorty@example.test", "role": "agent", "password": "short"},
    )

    assert answer.status_code == 422
    assert "password" in answer.text
    assert "shorty@example.test" not in admin.get("/admin/people").text


def test_an_admin_edits_a_person_on_their_page(admin: Browser, factory: Factory) -> None:
    person = api_person(factory, name="Old Name")

    answer = admin.submit(
        f"/admin/people/{person.id}",
        {"name": "New Name", "role": "requester", "timezone": "UTC", "is_active": "on"},
    )

    assert answer.headers["location"] == f"/admin/people/{person.id}?saved=1"
    page = admin.get(answer.headers["location"]).text
    assert "New Name" in page
    assert "Saved." in page


def test_an_admin_creates_a_team_with_members(admin: Browser, factory: Factory) -> None:
    agent = api_person(factory, Role.AGENT, name="Tess Tier-two")

    answer = admin.submit(
        "/admin/teams",
        {"name": "Network", "description": "Switches and Wi-Fi", "member_ids": [str(agent.id)]},
    )

    assert (answer.status_code, answer.headers["location"]) == (303, "/admin/teams")
    page = admin.get("/admin/teams").text
    assert 'value="Network"' in page
    assert f'<option value="{agent.id}" selected>Tess Tier-two' in page
    duplicate = admin.submit("/admin/teams", {"name": "Network"})
    assert duplicate.status_code == 422
    assert "already exists" in duplicate.text


def test_an_admin_creates_and_shares_an_organization(admin: Browser) -> None:
    created = admin.submit(
        "/admin/organizations", {"name": "Globex", "domain": "globex.test", "notes": "VIP"}
    )
    assert created.status_code == 303
    page = admin.get("/admin/organizations").text
    assert 'value="Globex"' in page
    assert 'value="globex.test"' in page
    org_id = int(page.split('action="/admin/organizations/', 1)[1].split('"', 1)[0])

    shared = admin.submit(
        f"/admin/organizations/{org_id}",
        {"name": "Globex", "domain": "globex.test", "shared_tickets": "on", "notes": "VIP"},
    )

    assert shared.status_code == 303
    card = admin.get("/admin/organizations").text
    assert 'name="shared_tickets" checked' in card
