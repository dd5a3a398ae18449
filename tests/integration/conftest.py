"""Fixtures for integration tests that drive pages: one browser (cookie jar) per person."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.integration.web.pages_helpers import Browser, OpenBrowser, sign_in
from tests.support.factories import Person


@pytest.fixture
def open_browser(client: TestClient) -> Iterator[OpenBrowser]:
    """Sign a person in on their own client, so several people can act in one test."""
    clients: list[TestClient] = []

    def open_for(person: Person) -> Browser:
        browser_client = TestClient(client.app)
        clients.append(browser_client)
        return sign_in(browser_client, person)

    yield open_for
    for browser_client in clients:
        browser_client.close()
