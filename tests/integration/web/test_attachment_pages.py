"""Uploading and downloading files through the pages, with the same rules as the API."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from httpx2 import Response

from tests.integration.tickets.api_helpers import api_person, app_with_settings, open_ticket
from tests.integration.web.pages_helpers import Browser, OpenBrowser, person_with_login, sign_in
from tests.support.factories import Factory, Person
from warmdesk.context import AppContext
from warmdesk.people.domain import Role
from warmdesk.settings import AttachmentSettings


@pytest.fixture
def requester(factory: Factory) -> Person:
    return person_with_login(factory)


def attach_as_agent(
    browser: Browser, ticket_id: int, name: str, internal: bool = False
) -> Response:
    return browser.client.post(
        f"/agent/tickets/{ticket_id}/attachments",
        data={"csrf_token": browser.csrf, **({"internal": "on"} if internal else {})},
        files={"file": (name, f"contents of {name}".encode(), "text/plain")},
        follow_redirects=False,
    )


def files_of(client: TestClient, person: Person, ticket_id: int) -> dict[str, int]:
    listing = client.get(f"/api/v1/tickets/{ticket_id}/attachments", headers=person.headers)
    return {a["filename"]: a["id"] for a in listing.json()}


def assert_safe_download(answer: Response, filename: str, content: bytes) -> None:
    assert answer.status_code == 200
    assert answer.content == content
    assert answer.headers["content-type"] == "application/octet-stream"
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["content-disposition"].startswith(f'attachment; filename="{filename}"')


def test_an_agent_uploads_on_the_ticket_page_and_both_sides_download(
    client: TestClient, factory: Factory, open_browser: OpenBrowser, requester: Person
) -> None:
    ticket_id = open_ticket(client, requester)["id"]
    agent = open_browser(person_with_login(factory, Role.AGENT))

    answer = attach_as_agent(agent, ticket_id, "fix-steps.txt")

    assert (answer.status_code, answer.headers["location"]) == (
        303,
        f"/agent/tickets/{ticket_id}",
    )
    attachment_id = files_of(client, requester, ticket_id)["fix-steps.txt"]
    assert f'href="/attachments/{attachment_id}"' in agent.get(f"/agent/tickets/{ticket_id}").text
    me = open_browser(requester)
    assert f'href="/attachments/{attachment_id}"' in me.get(f"/portal/tickets/{ticket_id}").text
    for browser in (agent, me):
        assert_safe_download(
            browser.get(f"/attachments/{attachment_id}"),
            "fix-steps.txt",
            b"contents of fix-steps.txt",
        )


def test_an_internal_upload_is_hidden_from_the_requester_page_and_download(
    client: TestClient, factory: Factory, open_browser: OpenBrowser, requester: Person
) -> None:
    ticket_id = open_ticket(client, requester)["id"]
    agent = open_browser(person_with_login(factory, Role.AGENT))
    attach_as_agent(agent, ticket_id, "root-cause.txt", internal=True)
    attachment_id = files_of(client, agent.person, ticket_id)["root-cause.txt"]
    me = open_browser(requester)

    assert "root-cause.txt" in agent.get(f"/agent/tickets/{ticket_id}").text
    assert "root-cause.txt" not in me.get(f"/portal/tickets/{ticket_id}").text
    assert me.get(f"/attachments/{attachment_id}").status_code == 404
    assert agent.get(f"/attachments/{attachment_id}").status_code == 200


def test_a_requester_attaches_a_file_to_a_portal_reply(
    client: TestClient, open_browser: OpenBrowser, requester: Person
) -> None:
    ticket_id = open_ticket(client, requester)["id"]
    me = open_browser(requester)

    answer = me.client.post(
        f"/portal/tickets/{ticket_id}/messages",
        data={"csrf_token": me.csrf, "body_text": "Here is the log"},
        files={"file": ("../../vpn.log", b"timeout", "text/plain")},
        follow_redirects=False,
    )

    assert answer.headers["location"] == f"/portal/tickets/{ticket_id}"
    attachment_id = files_of(client, requester, ticket_id)["vpn.log"]
    assert_safe_download(me.get(f"/attachments/{attachment_id}"), "vpn.log", b"timeout")


def test_downloads_need_a_session(client: TestClient, requester: Person) -> None:
    ticket_id = open_ticket(client, requester)["id"]
    attachment_id = client.post(
        f"/api/v1/tickets/{ticket_id}/attachments",
        files={"file": ("a.txt", b"a", "text/plain")},
        headers=requester.headers,
    ).json()["id"]

    answer = client.get(f"/attachments/{attachment_id}", follow_redirects=False)

    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/login")


def test_too_large_files_are_refused_on_the_pages_and_the_reply_is_kept(
    ctx: AppContext, factory: Factory, requester: Person
) -> None:
    agent_person = person_with_login(factory, Role.AGENT)
    big = b"x" * 2048
    with app_with_settings(ctx, attachments=AttachmentSettings(max_bytes=1024)) as (_, client):
        ticket_id = open_ticket(client, requester)["id"]
        agent = sign_in(client, agent_person)

        refused = agent.client.post(
            f"/agent/tickets/{ticket_id}/attachments",
            data={"csrf_token": agent.csrf},
            files={"file": ("big.bin", big, "application/octet-stream")},
            follow_redirects=False,
        )
        assert refused.status_code == 413
        assert "larger than" in refused.text

        client.cookies.clear()
        me = sign_in(client, requester)
        answer = me.client.post(
            f"/portal/tickets/{ticket_id}/messages",
            data={"csrf_token": me.csrf, "body_text": "Log attached"},
            files={"file": ("big.log", big, "text/plain")},
            follow_redirects=False,
        )
        assert answer.headers["location"] == f"/portal/tickets/{ticket_id}?file_error=1"
        page = me.get(answer.headers["location"]).text
        assert "could not be attached" in page
        assert "Log attached" in page
        assert files_of(client, requester, ticket_id) == {}


def test_a_requester_cannot_upload_through_the_agent_form(
    client: TestClient, factory: Factory, open_browser: OpenBrowser, requester: Person
) -> None:
    ticket_id = open_ticket(client, requester)["id"]
    me = open_browser(requester)

    answer = attach_as_agent(me, ticket_id, "sneaky.txt", internal=True)

    assert answer.status_code == 404
    assert files_of(client, api_person(factory, Role.ADMIN), ticket_id) == {}
