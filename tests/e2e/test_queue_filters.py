"""The queue's filters update the list in place and keep the view in the address bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import LiveDesk
from tests.e2e.test_ticket_round_trip import sign_in
from warmdesk.people.domain import Role

pytestmark = pytest.mark.e2e


def test_filters_narrow_the_queue_and_the_url_can_be_shared(
    live_desk: LiveDesk, new_page: Callable[..., Page]
) -> None:
    factory = live_desk.factory
    requester = factory.person(name="Jo Whitfield")
    agent = factory.person(Role.AGENT, name="Kai Tanaka")
    factory.ticket(
        requester, subject="Whole office offline", affected_scope="organization", workaround="no"
    )
    factory.ticket(requester, subject="New mouse please", category="hardware")
    deadline = live_desk.ctx.clock.now() + timedelta(minutes=30)
    factory.ticket(
        requester,
        subject="Board deck will not print",
        category="printer",
        deadline_at=deadline.isoformat(),
    )

    page = new_page()
    sign_in(page, live_desk, agent)
    rows = page.locator("table.tickets tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.first).to_contain_text("Whole office offline")

    page.get_by_label("Category").select_option("printer")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Board deck will not print")
    expect(rows.first).to_contain_text("in 29 min")
    assert "category=printer" in page.url

    page.reload()
    expect(rows).to_have_count(1)
    page.get_by_label("Category").select_option("")
    page.get_by_label("Search").fill("mouse")
    page.get_by_role("button", name="Apply").click()
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("New mouse please")
