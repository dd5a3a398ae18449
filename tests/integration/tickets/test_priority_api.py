"""Priority follows business impact, carries its reasons in words, and staff overrides are
explained and audited."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.integration.tickets.api_helpers import (
    api_person,
    assert_problem,
    audit_of,
    change_ticket,
    changed,
    open_ticket,
    read_ticket,
)
from tests.support.factories import Factory, Person
from warmdesk.clock import FixedClock
from warmdesk.people.domain import Role


@pytest.fixture
def requester(factory: Factory) -> Person:
    return api_person(factory, name="Ada Requester")


@pytest.fixture
def agent(factory: Factory) -> Person:
    return api_person(factory, Role.AGENT, name="Grace Agent")


def test_a_department_stuck_before_a_deadline_is_p1_with_its_reasons_in_words(
    client: TestClient, requester: Person, clock: FixedClock
) -> None:
    deadline = clock.now() + timedelta(minutes=40)

    ticket = open_ticket(
        client,
        requester,
        affected_scope="department",
        workaround="no",
        deadline_at=deadline.isoformat(),
        business_process="payroll",
    )

    assert (ticket["priority"], ticket["priority_label"]) == (1, "P1")
    assert ticket["priority_reasons"] == [
        "affects a department",
        "blocks payroll (critical)",
        "deadline in 40 min",
        "no workaround",
    ]


@pytest.mark.parametrize(
    ("impact", "priority", "reasons"),
    [
        ({}, 4, ["no business impact given yet"]),
        ({"workaround": "yes"}, 4, ["workaround available"]),
        ({"affected_scope": "team"}, 3, ["affects a team"]),
        (
            {"affected_scope": "team", "workaround": "no"},
            2,
            ["affects a team", "no workaround"],
        ),
        (
            # One person who alone runs a business process still ranks above "just me".
            {"affected_scope": "individual", "business_process": "refund approvals"},
            3,
            ["affects one person", "blocks refund approvals"],
        ),
        (
            {"affected_scope": "organization", "affected_count": 800},
            2,
            ["affects everyone (800 people)"],
        ),
    ],
)
def test_priority_is_computed_from_the_impact_fields(
    client: TestClient,
    requester: Person,
    impact: dict[str, Any],
    priority: int,
    reasons: list[str],
) -> None:
    ticket = open_ticket(client, requester, **impact)

    assert ticket["priority"] == priority
    assert ticket["priority_reasons"] == reasons


def test_a_deadline_tomorrow_is_less_urgent_than_one_this_hour(
    client: TestClient, requester: Person, clock: FixedClock
) -> None:
    soon = open_ticket(
        client, requester, deadline_at=(clock.now() + timedelta(minutes=30)).isoformat()
    )
    later = open_ticket(
        client, requester, deadline_at=(clock.now() + timedelta(hours=20)).isoformat()
    )

    assert soon["priority"] < later["priority"]
    assert "deadline in 30 min" in soon["priority_reasons"]
    assert "deadline in 20 h" in later["priority_reasons"]


def test_overriding_priority_without_a_reason_is_refused_naming_the_field(
    client: TestClient, requester: Person, agent: Person
) -> None:
    ticket = open_ticket(client, requester)

    assert_problem(change_ticket(client, agent, ticket["id"], priority=1), 422, "priority_reason")
    assert_problem(
        change_ticket(client, agent, ticket["id"], priority=1, priority_reason="   "),
        422,
        "priority_reason",
    )
    assert read_ticket(client, agent, ticket["id"])["priority"] == ticket["priority"]


def test_an_override_with_a_reason_is_applied_explained_and_audited(
    client: TestClient, requester: Person, agent: Person
) -> None:
    ticket_id = open_ticket(client, requester)["id"]

    ticket = changed(
        client, agent, ticket_id, priority=1, priority_reason="the only refund approver"
    )

    assert ticket["priority"] == 1
    assert ticket["priority_reasons"] == ["set to P1 by Grace Agent: the only refund approver"]
    event = audit_of(client, agent, ticket_id)[-1]
    assert event["actor_id"] == agent.id
    assert event["changes"]["priority"] == ["P4", "P1"]
    assert event["changes"]["priority_reason"] == [None, "the only refund approver"]


def test_a_manual_priority_survives_later_impact_changes(
    client: TestClient, requester: Person, agent: Person
) -> None:
    ticket_id = open_ticket(client, requester)["id"]
    changed(client, agent, ticket_id, priority=2, priority_reason="VIP laptop")

    ticket = changed(client, agent, ticket_id, workaround="yes")

    assert ticket["priority"] == 2
    assert ticket["priority_reasons"][0].startswith("set to P2 by")


def test_changing_impact_recomputes_a_computed_priority_and_audits_it(
    client: TestClient, requester: Person, agent: Person
) -> None:
    ticket_id = open_ticket(client, requester)["id"]

    ticket = changed(client, agent, ticket_id, affected_scope="organization", workaround="no")

    assert ticket["priority"] == 2
    assert ticket["priority_reasons"] == ["affects everyone", "no workaround"]
    changes = audit_of(client, agent, ticket_id)[-1]["changes"]
    assert changes["priority"] == ["P4", "P2"]
    assert changes["affected_scope"] == [None, "organization"]


def test_staff_may_set_priority_when_opening_a_ticket(
    client: TestClient, requester: Person, agent: Person
) -> None:
    ticket = open_ticket(client, agent, requester_id=requester.id, priority=2)

    assert ticket["priority"] == 2
    assert ticket["priority_reasons"][0] == "set to P2 by Grace Agent"
    assert ticket["requester"]["id"] == requester.id


def test_a_requester_cannot_set_priority_team_assignee_or_requester_when_opening(
    client: TestClient, factory: Factory, requester: Person, agent: Person
) -> None:
    team_id = factory.team(members=[agent])
    someone_else = api_person(factory)

    ticket = open_ticket(
        client,
        requester,
        priority=1,
        team_id=team_id,
        assignee_id=agent.id,
        requester_id=someone_else.id,
    )

    assert (ticket["priority"], ticket["team"], ticket["assignee"]) == (4, None, None)
    assert ticket["requester"]["id"] == requester.id
    assert ticket["priority_reasons"] == ["no business impact given yet"]


def test_a_requester_cannot_change_their_own_ticket(
    client: TestClient, requester: Person, agent: Person
) -> None:
    ticket_id = open_ticket(client, requester)["id"]

    for fields in (
        {"priority": 1, "priority_reason": "I am important"},
        {"assignee_id": agent.id},
        {"status": "resolved"},
    ):
        assert_problem(change_ticket(client, requester, ticket_id, **fields), 404)

    ticket = read_ticket(client, requester, ticket_id)
    assert (ticket["priority"], ticket["assignee"], ticket["status"]) == (4, None, "new")
