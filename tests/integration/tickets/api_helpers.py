"""Small helpers for API tests: calling the ticket routes and reading problem+json answers."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi.testclient import TestClient
from httpx2 import Response

from tests.support.factories import Factory, Person
from warmdesk.app import build_context, create_app
from warmdesk.context import AppContext
from warmdesk.people.domain import Role

PROBLEM_JSON = "application/problem+json"


def api_person(factory: Factory, role: Role = Role.REQUESTER, **fields: Any) -> Person:
    """A person who only uses the API: no password, so no (slow) password hashing."""
    return factory.person(role, password=None, **fields)


def assert_problem(response: Response, status: int, field: str | None = None) -> dict[str, Any]:
    """Assert an RFC 9457 answer with ``status`` (naming ``field``, if given); return its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM_JSON)
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["detail"]
    if field is not None:
        named = [error["field"] for error in body.get("errors", [])]
        assert any(name == field or name.startswith(f"{field}.") for name in named), named
    return body


def open_ticket(
    client: TestClient, person: Person, subject: str = "Laptop will not boot", **fields: Any
) -> dict[str, Any]:
    response = client.post(
        "/api/v1/tickets", json={"subject": subject, **fields}, headers=person.headers
    )
    assert response.status_code == 201, response.text
    ticket: dict[str, Any] = response.json()
    return ticket


def read_ticket(client: TestClient, person: Person, ticket_id: int) -> dict[str, Any]:
    response = client.get(f"/api/v1/tickets/{ticket_id}", headers=person.headers)
    assert response.status_code == 200, response.text
    ticket: dict[str, Any] = response.json()
    return ticket


def change_ticket(client: TestClient, person: Person, ticket_id: int, **fields: Any) -> Response:
    return client.patch(f"/api/v1/tickets/{ticket_id}", json=fields, headers=person.headers)


def changed(client: TestClient, person: Person, ticket_id: int, **fields: Any) -> dict[str, Any]:
    """PATCH that must succeed; the ticket as it is afterwards."""
    response = change_ticket(client, person, ticket_id, **fields)
    assert response.status_code == 200, response.text
    ticket: dict[str, Any] = response.json()
    return ticket


def post_message(
    client: TestClient, person: Person, ticket_id: int, body_text: str = "Thanks!", **fields: Any
) -> Response:
    return client.post(
        f"/api/v1/tickets/{ticket_id}/messages",
        json={"body_text": body_text, **fields},
        headers=person.headers,
    )


def messages_of(client: TestClient, person: Person, ticket_id: int) -> list[dict[str, Any]]:
    response = client.get(f"/api/v1/tickets/{ticket_id}/messages", headers=person.headers)
    assert response.status_code == 200, response.text
    messages: list[dict[str, Any]] = response.json()
    return messages


def audit_of(client: TestClient, person: Person, ticket_id: int) -> list[dict[str, Any]]:
    response = client.get(f"/api/v1/tickets/{ticket_id}/audit", headers=person.headers)
    assert response.status_code == 200, response.text
    events: list[dict[str, Any]] = response.json()
    return events


def upload(
    client: TestClient,
    person: Person,
    ticket_id: int,
    filename: str = "report.txt",
    content: bytes = b"disk usage: 99%",
    **form: str,
) -> Response:
    return client.post(
        f"/api/v1/tickets/{ticket_id}/attachments",
        files={"file": (filename, content, "text/plain")},
        data=form,
        headers=person.headers,
    )


@contextmanager
def app_with_settings(ctx: AppContext, **areas: Any) -> Iterator[tuple[AppContext, TestClient]]:
    """A second app on the same database and clock, with some settings areas replaced,
    e.g. ``attachments=AttachmentSettings(max_bytes=1024)``."""
    settings = ctx.settings.model_copy(update=areas)
    changed_ctx = build_context(settings, ctx.clock)
    try:
        with TestClient(create_app(settings, ctx=changed_ctx)) as test_client:
            yield changed_ctx, test_client
    finally:
        changed_ctx.sessions.kw["bind"].dispose()
