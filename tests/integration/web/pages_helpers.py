"""Driving the server-rendered pages like a browser: sign in, read hidden fields, post forms."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import markupsafe
from fastapi.testclient import TestClient
from httpx2 import Response

from tests.support.factories import PASSWORD, Factory, Person
from warmdesk.db import unit_of_work
from warmdesk.people.domain import Role
from warmdesk.people.models import User
from warmdesk.people.passwords import hash_password

_HIDDEN = re.compile(r'<input type="hidden" name="(?P<name>[^"]+)" value="(?P<value>[^"]*)">')


def hidden_field(page: str, name: str) -> str:
    """The value of the first hidden ``<input>`` called ``name`` in ``page``."""
    for match in _HIDDEN.finditer(page):
        if match.group("name") == name:
            return html.unescape(match.group("value"))
    raise AssertionError(f"no hidden field {name!r} in the page")


@functools.cache
def _shared_password_hash() -> str:
    return hash_password(PASSWORD)


def person_with_login(factory: Factory, role: Role = Role.REQUESTER, **fields: Any) -> Person:
    """A person who can sign in with ``PASSWORD``. Argon2 is slow on purpose (~0.1 s a hash),
    so the password is hashed once per run and given to each such person, instead of once per
    person; signing in still verifies it for real."""
    person = factory.person(role, password=None, **fields)
    with unit_of_work(factory.ctx.sessions) as session:
        user = session.get(User, person.id)
        assert user is not None
        user.password_hash = _shared_password_hash()
    return person


def log_in(
    client: TestClient, email: str, password: str = PASSWORD, next_path: str = ""
) -> Response:
    """Fetch the login form (which sets the login CSRF cookie) and submit it."""
    form = client.get("/login")
    assert form.status_code == 200, form.text
    return client.post(
        "/login",
        data={
            "email": email,
            "password": password,
            "login_csrf": hidden_field(form.text, "login_csrf"),
            "next": next_path,
        },
        follow_redirects=False,
    )


@dataclass
class Browser:
    """One signed-in person's cookie jar, and the CSRF token of their session."""

    client: TestClient
    person: Person
    csrf: str

    def get(self, path: str, **kwargs: Any) -> Response:
        return self.client.get(path, **kwargs)

    def submit(self, path: str, data: dict[str, Any] | None = None, files: Any = None) -> Response:
        """POST a form with this session's CSRF token; redirects are not followed."""
        fields = {"csrf_token": self.csrf, **(data or {})}
        return self.client.post(path, data=fields, files=files, follow_redirects=False)


OpenBrowser = Callable[[Person], Browser]
"""The ``open_browser`` fixture: sign a person in on a client of their own."""


def sign_in(client: TestClient, person: Person) -> Browser:
    """Sign ``person`` in on ``client`` and read the session's CSRF token from a page."""
    answer = log_in(client, person.user.email)
    assert answer.status_code == 303, answer.text
    page = client.get("/portal")
    assert page.status_code == 200, page.text
    return Browser(client=client, person=person, csrf=hidden_field(page.text, "csrf_token"))


def escaped(text: str) -> str:
    """``text`` as Jinja2's autoescape writes it into a page."""
    return str(markupsafe.escape(text))
