"""The demo desk in the browser: what a new team sees first (and the README's screenshots)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import LiveDesk
from tests.e2e.test_ticket_round_trip import keep_screenshot
from warmdesk.demo import DEMO_LOGINS, seed_demo

pytestmark = pytest.mark.e2e


def sign_in_as(page: Page, desk: LiveDesk, role_prefix: str) -> None:
    login = next(login for login in DEMO_LOGINS if login.role.startswith(role_prefix))
    page.goto(f"{desk.url}/login")
    page.get_by_label("Email").fill(login.email)
    page.get_by_label("Password").fill(login.password)
    page.get_by_role("button", name="Sign in").click()


def test_the_demo_desk_reads_like_a_real_one(
    live_desk: LiveDesk, new_page: Callable[..., Page]
) -> None:
    summary = seed_demo(live_desk.ctx, now=live_desk.ctx.clock.now())
    assert summary.created

    lead = new_page(width=1440, height=900)
    sign_in_as(lead, live_desk, "lead")
    rows = lead.locator("table.tickets tbody tr")
    expect(rows.first).to_be_visible()
    assert rows.count() >= 10
    keep_screenshot(lead, "agent-queue")

    lead.get_by_label("View").select_option("all")
    expect(lead.locator(".pager a[rel=next]")).to_be_visible()
    lead.locator(".pager a[rel=next]").click()
    expect(rows.first).to_be_visible()

    lead.get_by_label("View").select_option("pending")
    expect(rows.first).to_contain_text("pending")
    rows.first.get_by_role("link").first.click()
    expect(lead.locator(".conversation .message").first).to_be_visible()
    expect(lead.get_by_role("heading", name="Ticket", exact=True)).to_be_visible()
    keep_screenshot(lead, "agent-ticket")

    requester = new_page(width=1280, height=800)
    sign_in_as(requester, live_desk, "requester (organization")
    expect(requester.get_by_role("heading", name="My tickets")).to_be_visible()
    requester.get_by_role("link", name="All", exact=True).click()
    expect(requester.locator(".ticket-cards li").first).to_be_visible()
    keep_screenshot(requester, "portal-tickets")

    admin = new_page()
    sign_in_as(admin, live_desk, "admin")
    admin.goto(f"{live_desk.url}/admin/people")
    expect(admin.get_by_role("cell", name="admin@warmdesk.demo")).to_be_visible()
    admin.get_by_role("link", name="Teams").click()
    expect(admin.get_by_label("Team Service Desk")).to_be_visible()
