"""Bearer tokens: created once, stored as hashes, revocable; anything else is a 401."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.integration.tickets.api_helpers import api_person, assert_problem
from tests.support.factories import Factory, Person
from warmdesk.context import AppContext
from warmdesk.people.domain import Role
from warmdesk.people.models import ApiToken


@pytest.fixture
def agent(factory: Factory) -> Person:
    return api_person(factory, Role.AGENT)


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


def test_a_new_token_works_and_its_secret_is_shown_once(client: TestClient, agent: Person) -> None:
    created = client.post("/api/v1/tokens", json={"name": "laptop script"}, headers=agent.headers)

    assert created.status_code == 201
    secret = created.json()["token"]
    assert secret.startswith("wd_")
    assert client.get("/api/v1/me", headers=bearer(secret)).json()["id"] == agent.id
    listed = client.get("/api/v1/tokens", headers=agent.headers).json()
    assert "laptop script" in [t["name"] for t in listed]
    assert secret not in str(listed)


def test_only_the_hash_of_a_token_is_stored(ctx: AppContext, agent: Person) -> None:
    with ctx.sessions() as session:
        rows = session.execute(select(ApiToken.token_hash, ApiToken.prefix)).all()

    assert rows
    assert agent.token not in [token_hash for token_hash, _ in rows]
    assert agent.token[:10] in [prefix for _, prefix in rows]


def test_a_revoked_token_is_refused_with_401(client: TestClient, agent: Person) -> None:
    created = client.post("/api/v1/tokens", json={"name": "ci"}, headers=agent.headers).json()

    revoked = client.delete(f"/api/v1/tokens/{created['id']}", headers=agent.headers)

    assert revoked.status_code == 204
    problem = assert_problem(client.get("/api/v1/me", headers=bearer(created["token"])), 401)
    assert "revoked" in problem["detail"]
    listed = client.get("/api/v1/tokens", headers=agent.headers).json()
    assert [t["revoked_at"] is not None for t in listed if t["id"] == created["id"]] == [True]


def test_nobody_but_the_owner_or_an_admin_revokes_a_token(
    client: TestClient, factory: Factory, agent: Person
) -> None:
    created = client.post("/api/v1/tokens", json={"name": "ci"}, headers=agent.headers).json()
    lead = api_person(factory, Role.LEAD)
    admin = api_person(factory, Role.ADMIN)

    assert_problem(client.delete(f"/api/v1/tokens/{created['id']}", headers=lead.headers), 404)
    assert client.get("/api/v1/me", headers=bearer(created["token"])).status_code == 200
    assert (
        client.delete(f"/api/v1/tokens/{created['id']}", headers=admin.headers).status_code == 204
    )
    assert_problem(client.get("/api/v1/me", headers=bearer(created["token"])), 401)


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": ""},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer    "},
        {"Authorization": "Bearer wd_not-a-real-token"},
        {"Authorization": "Basic dXNlcjpwYXNz"},
        {"Authorization": "Token wd_abc"},
    ],
)
def test_a_missing_or_garbage_bearer_is_401_problem_with_www_authenticate(
    client: TestClient, headers: dict[str, str]
) -> None:
    for method, path in (("GET", "/api/v1/tickets"), ("POST", "/api/v1/tickets")):
        answer = client.request(method, path, headers=headers, json={"subject": "x"})

        assert_problem(answer, 401)
        assert answer.headers["www-authenticate"] == "Bearer"
