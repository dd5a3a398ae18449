"""Oversized bodies are refused before they are read; refusals name what went wrong."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.integration.tickets.api_helpers import api_person, open_ticket
from tests.integration.web.pages_helpers import log_in, person_with_login
from tests.support.factories import Factory
from warmdesk.app import build_context, create_app
from warmdesk.clock import FixedClock
from warmdesk.people.domain import Role
from warmdesk.settings import AttachmentSettings, Settings


@pytest.fixture
def small_limits_client(
    settings: Settings, clock: FixedClock
) -> Iterator[tuple[TestClient, Factory]]:
    small = settings.model_copy(
        update={"attachments": AttachmentSettings(max_bytes=2048, max_per_message=1)}
    )
    ctx = build_context(small, clock)
    with TestClient(create_app(small, ctx=ctx)) as client:
        yield client, Factory(ctx)
    ctx.sessions.kw["bind"].dispose()


def test_a_declared_oversized_body_gets_413_before_it_is_read(
    small_limits_client: tuple[TestClient, Factory],
) -> None:
    client, factory = small_limits_client
    agent = api_person(factory, Role.AGENT)
    # Limit: 2 KiB x 1 file + 1 MiB of form room.
    too_big = b"x" * (1024 * 1024 + 4096)
    answer = client.post(
        "/api/v1/tickets/1/attachments",
        files={"file": ("big.bin", too_big, "application/octet-stream")},
        headers=agent.headers,
    )
    assert answer.status_code == 413
    assert answer.headers["content-type"] == "application/problem+json"
    assert "larger than the 1.0 MiB" in answer.json()["detail"]


def test_a_streamed_oversized_body_is_cut_off_with_413(
    small_limits_client: tuple[TestClient, Factory],
) -> None:
    client, factory = small_limits_client
    agent = api_person(factory, Role.AGENT)

    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield b"y" * 65536

    answer = client.post(
        "/api/v1/tickets",
        content=chunks(),
        headers={**agent.headers, "content-type": "application/json"},
    )
    assert answer.status_code == 413


def test_a_file_over_the_attachment_limit_names_the_limit_in_people_words(
    small_limits_client: tuple[TestClient, Factory],
) -> None:
    client, factory = small_limits_client
    requester = api_person(factory)
    ticket_id = open_ticket(client, requester, "Scanner makes huge files")["id"]
    answer = client.post(
        f"/api/v1/tickets/{ticket_id}/attachments",
        files={"file": ("scan.pdf", b"%" * 4096, "application/pdf")},
        headers=requester.headers,
    )
    assert answer.status_code == 413
    assert "larger than the 2 KiB limit" in answer.json()["detail"]


def test_requesters_cannot_attach_to_a_closed_ticket(client: TestClient, factory: Factory) -> None:
    requester = api_person(factory)
    agent = api_person(factory, Role.AGENT)
    ticket_id = open_ticket(client, requester, "Old laptop return")["id"]
    for status in ("resolved", "closed"):
        client.patch(
            f"/api/v1/tickets/{ticket_id}", json={"status": status}, headers=agent.headers
        ).raise_for_status()
    answer = client.post(
        f"/api/v1/tickets/{ticket_id}/attachments",
        files={"file": ("receipt.pdf", b"%PDF-1.7 receipt", "application/pdf")},
        headers=requester.headers,
    )
    assert answer.status_code == 409
    assert "closed" in answer.json()["detail"]


def test_bad_people_fields_are_named(client: TestClient, factory: Factory) -> None:
    admin = api_person(factory, Role.ADMIN)
    for field, value in (("email", "not-an-address"), ("timezone", "Mars/Base")):
        body = {"email": "ok@example.test", "name": "Ok", field: value}
        answer = client.post("/api/v1/people", json=body, headers=admin.headers)
        assert answer.status_code == 422, answer.text
        assert answer.json()["errors"][0]["field"] == field, answer.text


def test_signing_in_returns_to_the_page_with_its_filters(
    client: TestClient, factory: Factory
) -> None:
    agent = person_with_login(factory, Role.AGENT)
    bounced = client.get("/agent?view=pending&sort=-updated", follow_redirects=False)
    assert bounced.status_code == 303
    assert bounced.headers["location"] == "/login?next=%2Fagent%3Fview%3Dpending%26sort%3D-updated"
    answer = log_in(client, agent.user.email, next_path="/agent?view=pending&sort=-updated")
    assert answer.headers["location"] == "/agent?view=pending&sort=-updated"
