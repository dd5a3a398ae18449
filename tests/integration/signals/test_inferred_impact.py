"""Impact read from the requester's words fills what nobody gave, and people can correct it."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.integration.tickets.api_helpers import api_person, audit_of, open_ticket
from tests.integration.web.pages_helpers import OpenBrowser, person_with_login
from tests.support.factories import Factory
from warmdesk.clock import FixedClock
from warmdesk.people.domain import Role

# The suite's clock starts on Monday 2026-11-02 at 09:00 UTC (09:00 in London).


def test_what_the_text_says_fills_empty_impact_fields(
    client: TestClient, factory: Factory, clock: FixedClock
) -> None:
    requester = factory.person(timezone="Europe/London")
    agent = api_person(factory, Role.AGENT)
    ticket = open_ticket(
        client,
        requester,
        "Payroll app will not open",
        description="The whole finance team is stuck and payroll has to go out by noon.",
    )
    assert ticket["deadline_at"] == "2026-11-02T12:00:00Z"
    assert ticket["business_process"] == "payroll"
    assert "blocks payroll (critical)" in ticket["priority_reasons"]
    assert "deadline in 3 h" in ticket["priority_reasons"]
    events = [e for e in audit_of(client, agent, ticket["id"]) if e["action"] == "impact_inferred"]
    assert len(events) == 1
    assert "noon" in events[0]["changes"]["evidence"]["deadline_at"]


def test_fields_a_person_gave_are_never_overwritten(client: TestClient, factory: Factory) -> None:
    requester = factory.person(timezone="Europe/London")
    ticket = open_ticket(
        client,
        requester,
        "VPN down",
        description="Just me, but I need it by noon for a client call.",
        affected_scope="team",
        business_process="client demo",
    )
    assert ticket["affected_scope"] == "team"
    assert ticket["business_process"] == "client demo"
    assert ticket["deadline_at"] == "2026-11-02T12:00:00Z"


def test_an_agent_corrects_an_inferred_deadline_and_the_pair_is_kept(
    client: TestClient, factory: Factory, open_browser: OpenBrowser
) -> None:
    requester = factory.person(timezone="Europe/London")
    agent = person_with_login(factory, Role.AGENT)
    ticket_id = open_ticket(
        client, requester, "Projector in room 4", description="Need it working by noon please."
    )["id"]
    browser = open_browser(agent)
    page = browser.get(f"/agent/tickets/{ticket_id}")
    assert "(inferred from “by noon”)" in page.text
    answer = browser.submit(
        f"/agent/tickets/{ticket_id}/impact",
        {
            "deadline": "2026-11-02T14:00",
            "affected_scope": "",
            "affected_count": "",
            "business_process": "",
            "workaround": "",
        },
    )
    assert answer.status_code == 303, answer.text
    corrected = [
        e for e in audit_of(client, agent, ticket_id) if "inference_corrected" in e["changes"]
    ]
    assert len(corrected) == 1
    pair = corrected[0]["changes"]["inference_corrected"]["deadline_at"]
    assert pair["inferred"].startswith("2026-11-02T12:00:00")
    assert pair["corrected"].startswith("2026-11-02T14:00:00")
    assert "noon" in pair["evidence"]
    page = browser.get(f"/agent/tickets/{ticket_id}")
    assert "inferred from “by noon”" not in page.text
