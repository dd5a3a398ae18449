"""People, organizations and teams through the API: admins manage, staff read, all audited."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.integration.tickets.api_helpers import api_person, assert_problem
from tests.support.factories import Factory, Person
from warmdesk.audit import repository as audit
from warmdesk.context import AppContext
from warmdesk.people.domain import Role


@pytest.fixture
def admin(factory: Factory) -> Person:
    return api_person(factory, Role.ADMIN)


def audit_trail(ctx: AppContext, entity_type: str, entity_id: int) -> list[tuple[Any, ...]]:
    """``(action, actor_id, changes)`` of every event about one person, team or organization."""
    with ctx.sessions() as session:
        events = audit.events_for_entity(session, entity_type, entity_id)
        return [(e.action, e.actor_id, e.changes) for e in events]


NEW_PERSON = {
    "email": "  Maya.Lopez@Example.test ",
    "name": "Maya Lopez",
    "role": "agent",
    "department": "IT",
    "timezone": "America/Chicago",
    "tier": 2,
}


def test_only_admins_create_people(client: TestClient, factory: Factory, admin: Person) -> None:
    for role in (Role.REQUESTER, Role.AGENT, Role.LEAD):
        refused = client.post(
            "/api/v1/people", json=NEW_PERSON, headers=api_person(factory, role).headers
        )
        assert_problem(refused, 403)

    created = client.post("/api/v1/people", json=NEW_PERSON, headers=admin.headers)

    assert created.status_code == 201, created.text
    person = created.json()
    assert (person["email"], person["role"], person["tier"]) == (
        "maya.lopez@example.test",
        "agent",
        2,
    )
    assert person["timezone"] == "America/Chicago"


def test_creating_a_person_is_audited_and_a_taken_email_is_409(
    client: TestClient, ctx: AppContext, admin: Person
) -> None:
    person_id = client.post("/api/v1/people", json=NEW_PERSON, headers=admin.headers).json()["id"]

    again = client.post(
        "/api/v1/people",
        json={**NEW_PERSON, "email": "MAYA.LOPEZ@example.test"},
        headers=admin.headers,
    )

    assert_problem(again, 409)
    assert audit_trail(ctx, "user", person_id) == [
        (
            "created",
            admin.id,
            {"email": [None, "maya.lopez@example.test"], "role": [None, "agent"]},
        )
    ]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"email": "not-an-email"}, None),
        ({"timezone": "Mars/Olympus"}, None),
        ({"organization_id": 999}, "organization_id"),
        ({"team_ids": [999]}, "team_ids"),
        ({"password": "short"}, "password"),
        ({"role": "superuser"}, "role"),
    ],
)
def test_bad_person_data_is_422(
    client: TestClient, admin: Person, change: dict[str, Any], field: str | None
) -> None:
    answer = client.post("/api/v1/people", json={**NEW_PERSON, **change}, headers=admin.headers)

    assert_problem(answer, 422, field)


def test_changing_a_person_is_audited_before_and_after(
    client: TestClient, ctx: AppContext, factory: Factory, admin: Person
) -> None:
    team_id = factory.team("Desk")
    agent = api_person(factory, Role.AGENT, name="Sam Agent")

    changed = client.patch(
        f"/api/v1/people/{agent.id}",
        json={"name": "Sam Okafor", "team_ids": [team_id], "tier": 3},
        headers=admin.headers,
    )

    assert changed.status_code == 200, changed.text
    assert (changed.json()["name"], changed.json()["team_ids"]) == ("Sam Okafor", [team_id])
    action, actor, changes = audit_trail(ctx, "user", agent.id)[-1]
    assert (action, actor) == ("updated", admin.id)
    assert changes == {
        "name": ["Sam Agent", "Sam Okafor"],
        "tier": [1, 3],
        "team_ids": [[], [team_id]],
    }


def test_a_password_change_is_audited_without_the_password(
    client: TestClient, ctx: AppContext, factory: Factory, admin: Person
) -> None:
    agent = api_person(factory, Role.AGENT)

    client.patch(
        f"/api/v1/people/{agent.id}", json={"password": "a-new-long-secret"}, headers=admin.headers
    )

    _, _, changes = audit_trail(ctx, "user", agent.id)[-1]
    assert changes == {"password": ["(set)", "(changed)"]}
    assert "a-new-long-secret" not in repr(audit_trail(ctx, "user", agent.id))


def test_non_admins_cannot_change_people(client: TestClient, factory: Factory) -> None:
    lead = api_person(factory, Role.LEAD)
    agent = api_person(factory, Role.AGENT)

    refused = client.patch(
        f"/api/v1/people/{agent.id}", json={"role": "admin"}, headers=lead.headers
    )

    assert_problem(refused, 403)
    assert client.get(f"/api/v1/people/{agent.id}", headers=lead.headers).json()["role"] == "agent"


def test_an_admin_cannot_deactivate_themselves(client: TestClient, admin: Person) -> None:
    answer = client.patch(
        f"/api/v1/people/{admin.id}", json={"is_active": False}, headers=admin.headers
    )

    assert_problem(answer, 409)


def test_a_deactivated_person_loses_api_access(
    client: TestClient, factory: Factory, admin: Person
) -> None:
    agent = api_person(factory, Role.AGENT)
    assert client.get("/api/v1/me", headers=agent.headers).status_code == 200

    client.patch(f"/api/v1/people/{agent.id}", json={"is_active": False}, headers=admin.headers)

    assert_problem(client.get("/api/v1/me", headers=agent.headers), 401)


def test_staff_list_and_search_people_and_requesters_get_404(
    client: TestClient, factory: Factory
) -> None:
    agent = api_person(factory, Role.AGENT)
    requester = api_person(factory, name="Zoe Quinn")
    api_person(factory, name="Someone Else")

    found = client.get("/api/v1/people", params={"q": "zoe"}, headers=agent.headers)

    assert [p["id"] for p in found.json()] == [requester.id]
    assert_problem(client.get("/api/v1/people", headers=requester.headers), 404)
    assert_problem(client.get(f"/api/v1/people/{agent.id}", headers=requester.headers), 404)
    assert client.get("/api/v1/me", headers=requester.headers).json()["id"] == requester.id


def test_only_admins_manage_organizations_and_changes_are_audited(
    client: TestClient, ctx: AppContext, factory: Factory, admin: Person
) -> None:
    lead = api_person(factory, Role.LEAD)
    body = {"name": "Acme Ltd", "domain": "acme.test"}
    assert_problem(client.post("/api/v1/organizations", json=body, headers=lead.headers), 403)

    org = client.post("/api/v1/organizations", json=body, headers=admin.headers).json()
    shared = client.patch(
        f"/api/v1/organizations/{org['id']}", json={"shared_tickets": True}, headers=admin.headers
    )

    assert shared.json()["shared_tickets"] is True
    assert_problem(client.post("/api/v1/organizations", json=body, headers=admin.headers), 409)
    assert audit_trail(ctx, "organization", org["id"]) == [
        ("created", admin.id, {"name": [None, "Acme Ltd"]}),
        ("updated", admin.id, {"shared_tickets": [False, True]}),
    ]


def test_a_requester_sees_only_their_own_organization(client: TestClient, factory: Factory) -> None:
    mine = factory.organization("Mine Inc")
    other = factory.organization("Other Inc")
    requester = api_person(factory, organization_id=mine)

    listed = client.get("/api/v1/organizations", headers=requester.headers).json()

    assert [o["id"] for o in listed] == [mine]
    assert_problem(client.get(f"/api/v1/organizations/{other}", headers=requester.headers), 404)
    patched = client.patch(
        f"/api/v1/organizations/{mine}", json={"shared_tickets": True}, headers=requester.headers
    )
    assert_problem(patched, 403)


def test_only_admins_manage_teams_of_staff_and_changes_are_audited(
    client: TestClient, ctx: AppContext, factory: Factory, admin: Person
) -> None:
    first = api_person(factory, Role.AGENT)
    second = api_person(factory, Role.AGENT)
    requester = api_person(factory)
    body = {"name": "Field service", "member_ids": [first.id]}
    assert_problem(client.post("/api/v1/teams", json=body, headers=first.headers), 403)

    team = client.post("/api/v1/teams", json=body, headers=admin.headers).json()
    client.patch(
        f"/api/v1/teams/{team['id']}",
        json={"member_ids": [first.id, second.id]},
        headers=admin.headers,
    )
    with_requester = client.patch(
        f"/api/v1/teams/{team['id']}", json={"member_ids": [requester.id]}, headers=admin.headers
    )

    assert_problem(with_requester, 422, "member_ids")
    members = client.get("/api/v1/teams", headers=first.headers).json()[0]["members"]
    assert sorted(m["id"] for m in members) == sorted([first.id, second.id])
    assert audit_trail(ctx, "team", team["id"]) == [
        ("created", admin.id, {"name": [None, "Field service"], "member_ids": [None, [first.id]]}),
        ("updated", admin.id, {"member_ids": [[first.id], sorted([first.id, second.id])]}),
    ]
    assert_problem(client.get("/api/v1/teams", headers=requester.headers), 404)
