"""Attachments through the API: safe downloads, size limits, file names, dedup, internal files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.integration.tickets.api_helpers import (
    api_person,
    app_with_settings,
    assert_problem,
    audit_of,
    open_ticket,
    upload,
)
from tests.support.factories import Factory, Person
from warmdesk.context import AppContext
from warmdesk.settings import AttachmentSettings


@pytest.fixture
def ticket_id(client: TestClient, requester: Person) -> int:
    ticket_id: int = open_ticket(client, requester)["id"]
    return ticket_id


def stored_files(ctx: AppContext) -> list[Path]:
    root = ctx.settings.attachments_dir
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_an_upload_is_stored_by_hash_and_downloads_as_an_inert_attachment(
    client: TestClient, ctx: AppContext, requester: Person, ticket_id: int
) -> None:
    content = b"<html><script>alert(1)</script></html>"

    uploaded = upload(client, requester, ticket_id, "page.html", content)

    assert uploaded.status_code == 201, uploaded.text
    attachment = uploaded.json()
    assert attachment["sha256"] == hashlib.sha256(content).hexdigest()
    assert (attachment["size_bytes"], attachment["internal"]) == (len(content), False)
    download = client.get(f"/api/v1/attachments/{attachment['id']}", headers=requester.headers)
    assert download.status_code == 200
    assert download.content == content
    assert download.headers["content-type"] == "application/octet-stream"
    assert download.headers["x-content-type-options"] == "nosniff"
    assert download.headers["content-disposition"].startswith('attachment; filename="page.html"')
    assert "sandbox" in download.headers["content-security-policy"]
    assert stored_files(ctx) == [ctx.attachments.path_for(attachment["sha256"])]


def test_a_non_ascii_file_name_gets_an_ascii_fallback_and_an_rfc_5987_name(
    client: TestClient, requester: Person, ticket_id: int
) -> None:
    attachment = upload(client, requester, ticket_id, "résumé.pdf").json()

    download = client.get(f"/api/v1/attachments/{attachment['id']}", headers=requester.headers)

    disposition = download.headers["content-disposition"]
    assert disposition == (
        "attachment; filename=\"r_sum_.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf"
    )


def test_an_upload_over_the_size_limit_is_413_and_leaves_nothing_behind(
    ctx: AppContext, factory: Factory
) -> None:
    requester = api_person(factory)
    small = AttachmentSettings(max_bytes=1024)
    with app_with_settings(ctx, attachments=small) as (limited_ctx, client):
        ticket_id = open_ticket(client, requester)["id"]
        at_limit = upload(client, requester, ticket_id, "fits.bin", b"a" * 1024)
        too_big = upload(client, requester, ticket_id, "big.bin", b"b" * 1025)

        assert at_limit.status_code == 201
        assert_problem(too_big, 413)
        names = [
            a["filename"]
            for a in client.get(
                f"/api/v1/tickets/{ticket_id}/attachments", headers=requester.headers
            ).json()
        ]
        assert names == ["fits.bin"]
        assert len(stored_files(limited_ctx)) == 1


@pytest.mark.parametrize(
    ("sent", "stored"),
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\windows\\win.ini", "win.ini"),
        ("/var/www/index.html", "index.html"),
        ("..", "attachment"),
        ("invoice<1>|?.pdf", "invoice_1_.pdf"),
        ("C:evil.exe", "C_evil.exe"),
        ("   .hidden   ", "hidden"),
        ("x" * 300 + ".log", "x" * 146 + ".log"),
    ],
)
def test_path_tricks_in_file_names_are_neutralized(
    client: TestClient, ctx: AppContext, requester: Person, ticket_id: int, sent: str, stored: str
) -> None:
    attachment = upload(client, requester, ticket_id, sent).json()

    assert attachment["filename"] == stored
    root = ctx.settings.attachments_dir.resolve()
    assert all(path.resolve().is_relative_to(root) for path in stored_files(ctx))
    assert [path.name for path in stored_files(ctx)] == [attachment["sha256"]]


def test_the_same_content_is_stored_once(
    client: TestClient, ctx: AppContext, requester: Person, agent: Person, ticket_id: int
) -> None:
    other_ticket = open_ticket(client, requester, "Second ticket")["id"]

    first = upload(client, requester, ticket_id, "one.txt", b"same bytes").json()
    second = upload(client, agent, other_ticket, "two.txt", b"same bytes").json()

    assert first["id"] != second["id"]
    assert first["sha256"] == second["sha256"]
    assert len(stored_files(ctx)) == 1
    for attachment, person in ((first, requester), (second, agent)):
        download = client.get(f"/api/v1/attachments/{attachment['id']}", headers=person.headers)
        assert download.content == b"same bytes"


def test_internal_attachments_are_hidden_from_the_requester(
    client: TestClient, requester: Person, agent: Person, ticket_id: int
) -> None:
    internal = upload(client, agent, ticket_id, "diagnosis.txt", b"disk dying", internal="true")
    public = upload(client, agent, ticket_id, "fix.txt", b"steps")
    assert internal.json()["internal"] is True
    listing = f"/api/v1/tickets/{ticket_id}/attachments"

    requester_sees = [a["filename"] for a in client.get(listing, headers=requester.headers).json()]
    staff_sees = [a["filename"] for a in client.get(listing, headers=agent.headers).json()]

    assert requester_sees == ["fix.txt"]
    assert staff_sees == ["diagnosis.txt", "fix.txt"]
    hidden = client.get(f"/api/v1/attachments/{internal.json()['id']}", headers=requester.headers)
    assert_problem(hidden, 404)
    shown = client.get(f"/api/v1/attachments/{public.json()['id']}", headers=requester.headers)
    assert shown.status_code == 200


def test_a_requester_cannot_mark_an_upload_internal(
    client: TestClient, requester: Person, ticket_id: int
) -> None:
    attachment = upload(client, requester, ticket_id, "mine.txt", internal="true").json()

    assert attachment["internal"] is False


def test_an_empty_file_is_refused_naming_the_field(
    client: TestClient, requester: Person, ticket_id: int
) -> None:
    assert_problem(upload(client, requester, ticket_id, "empty.txt", b""), 422, "file")


def test_an_attachment_may_belong_to_a_message_of_the_same_ticket_only(
    client: TestClient, requester: Person, ticket_id: int
) -> None:
    other_ticket = open_ticket(client, requester, "Other")["id"]
    messages = client.get(
        f"/api/v1/tickets/{other_ticket}/messages", headers=requester.headers
    ).json()
    foreign_message = str(messages[0]["id"])

    answer = upload(client, requester, ticket_id, message_id=foreign_message)

    assert_problem(answer, 422, "message_id")


def test_uploads_are_audited_with_name_and_size(
    client: TestClient, requester: Person, agent: Person, ticket_id: int
) -> None:
    upload(client, requester, ticket_id, "log.txt", b"12345")

    event = audit_of(client, agent, ticket_id)[-1]

    assert (event["action"], event["actor_id"]) == ("attached", requester.id)
    assert event["changes"] == {"filename": "log.txt", "size_bytes": 5}
