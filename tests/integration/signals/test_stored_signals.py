"""Every inbound message's signals are kept, and the ticket follows the requester's stress."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.integration.tickets.api_helpers import api_person, open_ticket, post_message
from tests.integration.web.pages_helpers import OpenBrowser, person_with_login
from tests.support.factories import Factory
from warmdesk.context import AppContext
from warmdesk.people.domain import Role
from warmdesk.signals.models import MessageSignals


def stored(ctx: AppContext, ticket_id: int) -> list[MessageSignals]:
    with ctx.sessions() as session:
        stmt = (
            select(MessageSignals)
            .where(MessageSignals.ticket_id == ticket_id)
            .order_by(MessageSignals.message_id)
        )
        return list(session.scalars(stmt))


def test_the_first_message_is_read_with_its_subject_and_kept(
    client: TestClient, factory: Factory, ctx: AppContext
) -> None:
    requester = api_person(factory)
    ticket = open_ticket(
        client,
        requester,
        "URGENT!!! VPN down AGAIN",
        description="Third time this week. I already restarted my laptop twice.",
    )
    rows = stored(ctx, ticket["id"])
    assert len(rows) == 1
    assert rows[0].stress_level in {"medium", "high"}
    assert rows[0].tried_steps == ["restart_device"]
    assert rows[0].record["source"] == "subject+body"
    text = f"{ticket['subject']}\n\n{ticket['description']}"
    for item in rows[0].record["stress"]["evidence"]:
        assert text[item["start"] : item["end"]] == item["text"]
    assert ticket["stress_level"] == rows[0].stress_level
    assert ticket["stress_peak"] == rows[0].stress_score


def test_replies_move_current_stress_and_keep_the_peak(
    client: TestClient, factory: Factory, ctx: AppContext
) -> None:
    requester = api_person(factory)
    agent = api_person(factory, Role.AGENT)
    ticket_id = open_ticket(client, requester, "THIS IS RIDICULOUS, nothing works!!!")["id"]
    post_message(client, agent, ticket_id, "Hi, I'm on it and will update you by 10:30.")
    post_message(client, requester, ticket_id, "Thanks, that fixed it. No rush on anything else.")
    rows = stored(ctx, ticket_id)
    assert len(rows) == 2, "agent replies are not requester signals"
    answer = client.get(f"/api/v1/tickets/{ticket_id}", headers=agent.headers).json()
    assert answer["stress_score"] == rows[-1].stress_score
    assert answer["stress_peak"] == max(r.stress_score for r in rows)
    assert answer["stress_peak"] > answer["stress_score"]


def test_agents_see_the_stress_trend_and_requesters_do_not(
    client: TestClient, factory: Factory, open_browser: OpenBrowser
) -> None:
    requester = person_with_login(factory)
    agent = person_with_login(factory, Role.AGENT)
    ticket_id = open_ticket(client, requester, "Printer jams", description="It jams.")["id"]
    post_message(client, requester, ticket_id, "STILL jammed!!! Third time I'm asking.")
    agent_page = open_browser(agent).get(f"/agent/tickets/{ticket_id}")
    assert agent_page.status_code == 200
    assert 'class="sparkline"' in agent_page.text
    assert "Stress over the requester&#39;s messages: low then" in agent_page.text
    portal_page = open_browser(requester).get(f"/portal/tickets/{ticket_id}")
    assert "sparkline" not in portal_page.text


def test_merging_moves_the_signals_with_the_messages(
    client: TestClient, factory: Factory, ctx: AppContext
) -> None:
    requester = api_person(factory)
    agent = api_person(factory, Role.AGENT)
    source = open_ticket(client, requester, "Wi-Fi drops")["id"]
    target = open_ticket(client, requester, "Wi-Fi drops again!!")["id"]
    answer = client.post(
        f"/api/v1/tickets/{source}/merge", json={"target_id": target}, headers=agent.headers
    )
    assert answer.status_code == 200, answer.text
    assert stored(ctx, source) == []
    assert len(stored(ctx, target)) == 2
