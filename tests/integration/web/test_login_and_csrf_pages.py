"""Signing in (login CSRF, safe ``next``), and CSRF on every form POST."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from tests.integration.tickets.api_helpers import api_person, messages_of, read_ticket
from tests.integration.web.pages_helpers import OpenBrowser, hidden_field, log_in, person_with_login
from tests.support.factories import Factory, Person
from warmdesk.people.domain import Role
from warmdesk.web.auth_pages import LOGIN_CSRF_COOKIE
from warmdesk.web.deps import SESSION_COOKIE


@pytest.fixture
def agent(factory: Factory) -> Person:
    return person_with_login(factory, Role.AGENT)


@pytest.fixture
def requester(factory: Factory) -> Person:
    return person_with_login(factory)


def test_signing_in_sends_each_role_home_with_a_safe_session_cookie(
    client: TestClient, agent: Person, requester: Person
) -> None:
    answer = log_in(client, agent.user.email)

    assert answer.status_code == 303
    assert answer.headers["location"] == "/agent"
    cookie = next(
        h for h in answer.headers.get_list("set-cookie") if h.startswith(f"{SESSION_COOKIE}=")
    )
    assert "HttpOnly" in cookie
    assert "samesite=lax" in cookie.lower()
    assert client.get("/agent").status_code == 200
    client.cookies.clear()
    assert log_in(client, requester.user.email).headers["location"] == "/portal"


def test_a_wrong_password_shows_the_form_again_without_a_session(
    client: TestClient, agent: Person
) -> None:
    answer = log_in(client, agent.user.email, password="not-the-password")

    assert answer.status_code == 401
    assert "do not match" in answer.text
    assert SESSION_COOKIE not in client.cookies


def test_signing_in_without_the_login_csrf_cookie_fails(client: TestClient, agent: Person) -> None:
    form = client.get("/login")
    token = hidden_field(form.text, "login_csrf")
    client.cookies.delete(LOGIN_CSRF_COOKIE)

    answer = client.post(
        "/login",
        data={"email": agent.user.email, "password": "correct-horse-battery", "login_csrf": token},
        follow_redirects=False,
    )

    assert answer.status_code == 401
    assert "expired" in answer.text
    assert SESSION_COOKIE not in client.cookies
    assert client.get("/agent", follow_redirects=False).status_code == 303


def test_signing_in_with_a_login_csrf_that_does_not_match_the_cookie_fails(
    client: TestClient, agent: Person
) -> None:
    client.get("/login")

    answer = client.post(
        "/login",
        data={
            "email": agent.user.email,
            "password": "correct-horse-battery",
            "login_csrf": "forged",
        },
        follow_redirects=False,
    )

    assert answer.status_code == 401
    assert SESSION_COOKIE not in client.cookies


NEXT_CASES = {
    "/agent/tickets/7?tab=history": "/agent/tickets/7?tab=history",
    "//evil.example": "/agent",
    "//evil.example/agent": "/agent",
    "https://evil.example/": "/agent",
    "/\\evil.example": "/agent",
    "evil.example": "/agent",
    "javascript:alert(1)": "/agent",
}


def test_next_only_allows_same_site_paths(client: TestClient, agent: Person) -> None:
    locations = {
        next_path: log_in(client, agent.user.email, next_path=next_path).headers["location"]
        for next_path in NEXT_CASES
    }

    assert locations == NEXT_CASES


def test_a_next_with_hidden_whitespace_cannot_become_another_host(
    client: TestClient, agent: Person
) -> None:
    answer = log_in(client, agent.user.email, next_path="/\t/evil.example")

    location = answer.headers["location"]
    browser_view = "".join(ch for ch in location if ch not in "\t\r\n")
    assert urlsplit(browser_view).netloc == ""
    assert not browser_view.startswith("//")


def test_the_login_form_drops_an_offsite_next(client: TestClient) -> None:
    form = client.get("/login", params={"next": "//evil.example"})

    assert hidden_field(form.text, "next") == ""
    assert "evil.example" not in form.text


def test_signed_out_visitors_are_sent_to_login_with_next(client: TestClient) -> None:
    answer = client.get("/agent", follow_redirects=False)

    assert answer.status_code == 303
    assert answer.headers["location"] == "/login?next=%2Fagent"


def test_a_reply_form_without_the_right_csrf_token_is_403_and_changes_nothing(
    client: TestClient, factory: Factory, open_browser: OpenBrowser, agent: Person
) -> None:
    requester = api_person(factory)
    ticket_id = factory.ticket(requester).id
    browser = open_browser(agent)
    form = {"body_text": "Sneaky reply", "kind": "reply", "then_status": "resolved"}

    for csrf_fields in ({}, {"csrf_token": ""}, {"csrf_token": "forged-token"}):
        answer = browser.client.post(
            f"/agent/tickets/{ticket_id}/messages",
            data={**form, **csrf_fields},
            follow_redirects=False,
        )
        assert answer.status_code == 403, csrf_fields

    assert [m["body_text"] for m in messages_of(client, agent, ticket_id)] == [
        "It jams on every page."
    ]
    assert read_ticket(client, agent, ticket_id)["status"] == "new"


def test_another_sessions_csrf_token_is_refused(
    client: TestClient, factory: Factory, open_browser: OpenBrowser, agent: Person
) -> None:
    ticket_id = factory.ticket(api_person(factory)).id
    mine = open_browser(agent)
    other = open_browser(person_with_login(factory, Role.AGENT))

    answer = mine.client.post(
        f"/agent/tickets/{ticket_id}/properties",
        data={"csrf_token": other.csrf, "status": "open", "priority": "4", "category": "other"},
        follow_redirects=False,
    )

    assert answer.status_code == 403
    assert read_ticket(client, agent, ticket_id)["status"] == "new"


def test_every_kind_of_form_checks_csrf(
    client: TestClient, factory: Factory, open_browser: OpenBrowser
) -> None:
    admin = person_with_login(factory, Role.ADMIN)
    browser = open_browser(admin)
    ticket_id = factory.ticket(api_person(factory)).id
    forms = {
        "/portal/new": {"subject": "Forged request"},
        f"/portal/tickets/{ticket_id}/messages": {"body_text": "forged"},
        f"/agent/tickets/{ticket_id}/links": {"target_id": str(ticket_id)},
        f"/agent/tickets/{ticket_id}/merge": {"target_id": "1"},
        "/admin/people": {"email": "x@example.test", "name": "X", "role": "admin"},
        "/admin/teams": {"name": "Forged team"},
        "/admin/organizations": {"name": "Forged org"},
        "/logout": {},
    }

    answers = {
        path: browser.client.post(
            path, data={**data, "csrf_token": "wrong"}, follow_redirects=False
        ).status_code
        for path, data in forms.items()
    }

    assert answers == dict.fromkeys(forms, 403)
    listing = client.get("/api/v1/tickets", headers=admin.headers).json()["items"]
    assert [t["subject"] for t in listing] == ["Printer on floor 3 jams"]
    assert client.get("/api/v1/teams", headers=admin.headers).json() == []
    assert client.get("/api/v1/organizations", headers=admin.headers).json() == []
    assert browser.get("/agent").status_code == 200  # still signed in


def test_signing_out_ends_the_session(open_browser: OpenBrowser, agent: Person) -> None:
    browser = open_browser(agent)
    session_token = browser.client.cookies[SESSION_COOKIE]

    answer = browser.submit("/logout")

    assert (answer.status_code, answer.headers["location"]) == (303, "/login")
    browser.client.cookies.set(SESSION_COOKIE, session_token)  # a stolen copy is dead too
    assert browser.get("/agent", follow_redirects=False).status_code == 303
