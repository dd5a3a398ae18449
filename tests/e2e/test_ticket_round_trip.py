"""The whole loop in a real browser: a requester asks, an agent answers, the requester reads."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import ARTIFACTS, SCREENSHOTS, LiveDesk
from tests.support.factories import PASSWORD, Person
from warmdesk.people.domain import Role

pytestmark = pytest.mark.e2e

OpenPage = Callable[..., Page]


def sign_in(page: Page, desk: LiveDesk, person: Person, path: str = "/") -> None:
    page.goto(f"{desk.url}{path}")
    page.get_by_label("Email").fill(person.user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def keep_screenshot(page: Page, name: str, *, publish: bool = True) -> None:
    """Saved in test-artifacts/; WARMDESK_UPDATE_SCREENSHOTS=1 also copies it to docs/."""
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(target), full_page=False)
    if publish and os.environ.get("WARMDESK_UPDATE_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(target, SCREENSHOTS / f"{name}.png")


def test_requester_opens_agent_replies_requester_reads(
    live_desk: LiveDesk, new_page: OpenPage
) -> None:
    org = live_desk.factory.organization("Northwind Finance")
    team = live_desk.factory.team("Service Desk")
    requester = live_desk.factory.person(
        name="Priya Raman", organization_id=org, timezone="Europe/London"
    )
    agent = live_desk.factory.person(Role.AGENT, name="Sam Okafor", team_ids=[team])

    portal = new_page()
    sign_in(portal, live_desk, requester)
    expect(portal).to_have_url(f"{live_desk.url}/portal")
    portal.get_by_role("link", name="New request").first.click()
    portal.get_by_label("In one line, what's wrong?").fill("Payroll app says my licence expired")
    portal.get_by_label("What is it about?").select_option("software")
    portal.get_by_label("What happens, and what have you tried?").fill(
        "The payroll app closes with 'licence expired'. I restarted the laptop twice."
    )
    portal.get_by_label("My whole department").check()
    portal.get_by_label("What work is blocked?").fill("payroll run")
    portal.get_by_label("No, I'm stuck").check()
    portal.get_by_role("button", name="Send to IT").click()
    expect(portal.get_by_role("status")).to_contain_text("we have your request as #")
    ticket_url = portal.url.split("?")[0]

    console = new_page()
    sign_in(console, live_desk, agent)
    expect(console).to_have_url(f"{live_desk.url}/agent")
    row = console.get_by_role("row").filter(has_text="Payroll app says my licence expired")
    expect(row).to_contain_text("Priya Raman")
    expect(row).to_contain_text("blocks payroll run")
    keep_screenshot(console, "roundtrip-agent-queue", publish=False)
    row.get_by_role("link", name="Payroll app says my licence expired").click()
    expect(console.get_by_role("heading", name="Priya Raman")).to_be_visible()
    expect(console.get_by_text("I restarted the laptop twice")).to_be_visible()
    console.get_by_label("Reply to Priya Raman").fill(
        "Hi Priya, I can see the payroll licence lapsed this morning. I'm renewing it now "
        "and will update you by 10:30."
    )
    console.get_by_role("button", name="Send").click()
    expect(console.locator(".message.k-outbound")).to_contain_text("renewing it now")
    expect(console.locator(".summary .status")).to_have_text("open")
    keep_screenshot(console, "roundtrip-agent-ticket", publish=False)

    portal.goto(ticket_url)
    expect(portal.locator(".message.k-outbound")).to_contain_text("will update you by 10:30")
    expect(portal.get_by_text("Sam Okafor is handling this")).to_be_visible()
    keep_screenshot(portal, "roundtrip-portal-ticket", publish=False)


def test_internal_notes_never_reach_the_portal(live_desk: LiveDesk, new_page: OpenPage) -> None:
    requester = live_desk.factory.person(name="Tom Baker")
    agent = live_desk.factory.person(Role.AGENT, name="Ana Silva")
    ticket = live_desk.factory.ticket(requester, subject="Laptop fan is very loud")

    console = new_page()
    sign_in(console, live_desk, agent, f"/agent/tickets/{ticket.id}")
    console.get_by_label("Reply to Tom Baker").fill(
        "Warranty ends next week; order the part today."
    )
    console.get_by_label("Internal note").check()
    console.get_by_role("button", name="Send").click()
    expect(console.locator(".message.k-internal")).to_contain_text("Warranty ends next week")

    portal = new_page()
    sign_in(portal, live_desk, requester, f"/portal/tickets/{ticket.id}")
    expect(portal.get_by_role("heading", name="Laptop fan is very loud")).to_be_visible()
    expect(portal.get_by_text("Warranty ends next week")).to_have_count(0)


def test_hostile_text_stays_inert_in_the_browser(live_desk: LiveDesk, new_page: OpenPage) -> None:
    """A script in a subject, a body or a name must show as text and never run."""
    payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    requester = live_desk.factory.person(name=f"Mallory {payload}")
    agent = live_desk.factory.person(Role.AGENT)
    live_desk.factory.ticket(requester, subject=f"Broken {payload}")

    console = new_page()  # fails the test on any dialog or page error
    sign_in(console, live_desk, agent)
    row = console.get_by_role("row").filter(has_text="Broken")
    expect(row).to_contain_text("<script>alert(2)</script>")
    row.get_by_role("link").first.click()
    expect(console.get_by_role("heading", level=1)).to_contain_text(
        '<img src=x onerror="alert(1)">'
    )
    assert console.locator("img[src=x]").count() == 0


def test_the_portal_fits_a_phone(live_desk: LiveDesk, new_page: OpenPage) -> None:
    requester = live_desk.factory.person(name="Lena Park")
    live_desk.factory.ticket(requester, subject="Cannot print boarding passes")
    phone = new_page(width=390, height=844)
    sign_in(phone, live_desk, requester)
    expect(phone.get_by_role("link", name="Cannot print boarding passes")).to_be_visible()
    phone.get_by_role("link", name="New request").first.click()
    expect(phone.get_by_role("button", name="Send to IT")).to_be_visible()
    overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    keep_screenshot(phone, "portal-new-request-phone")
