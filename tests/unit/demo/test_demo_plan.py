"""The demo plan is deterministic, varied, and only asks for what the services allow."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from warmdesk.demo.content.people import PRIVATE_REQUESTER, SHARED_ORG_REQUESTER
from warmdesk.demo.content.voices import Tone
from warmdesk.demo.plan import plan_demo
from warmdesk.demo.steps import (
    Arc,
    ChangeTicket,
    DemoPlan,
    LinkTickets,
    MergeTickets,
    OpenTicket,
    PostMessage,
)
from warmdesk.tickets.domain import Category, PendingReason, Status

NOW = datetime(2026, 3, 12, 15, 30, tzinfo=UTC)
ARC_STATUS = {
    Arc.NEW: Status.NEW,
    Arc.OPEN: Status.OPEN,
    Arc.PENDING_REQUESTER: Status.PENDING,
    Arc.PENDING_THIRD_PARTY: Status.PENDING,
    Arc.REOPENED: Status.REOPENED,
    Arc.RESOLVED: Status.RESOLVED,
    Arc.CLOSED: Status.CLOSED,
}


@pytest.fixture(scope="module")
def plan() -> DemoPlan:
    return plan_demo(NOW, seed=2026)


def test_the_same_seed_gives_the_same_plan(plan: DemoPlan) -> None:
    again = plan_demo(NOW, seed=2026)
    assert again.steps == plan.steps
    assert again.tickets == plan.tickets
    assert again.directory.requesters == plan.directory.requesters


def test_another_seed_gives_other_people_and_words(plan: DemoPlan) -> None:
    other = plan_demo(NOW, seed=7)
    assert {p.name for p in other.directory.requesters} != {
        p.name for p in plan.directory.requesters
    }
    first_words = {s.draft.description for s in plan.steps if isinstance(s, OpenTicket)}
    other_words = {s.draft.description for s in other.steps if isinstance(s, OpenTicket)}
    assert len(first_words & other_words) < len(first_words) / 2


def test_a_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        plan_demo(datetime(2026, 3, 12, 15, 30))


def test_steps_are_in_time_order_within_the_last_sixty_days(plan: DemoPlan) -> None:
    times = [step.at for step in plan.steps]
    assert times == sorted(times)
    assert times[0] >= NOW - timedelta(days=60)
    assert times[-1] <= NOW
    assert plan.start < times[0]


def test_tickets_spread_over_the_whole_sixty_days(plan: DemoPlan) -> None:
    assert len(plan.tickets) >= 200
    ages = [(NOW - t.created_at).days for t in plan.tickets]
    assert max(ages) < 60
    by_ten_days = Counter(age // 10 for age in ages)
    assert sorted(by_ten_days) == [0, 1, 2, 3, 4, 5]
    assert min(by_ten_days.values()) >= 15


def test_every_category_and_tone_is_used_in_fair_numbers(plan: DemoPlan) -> None:
    categories = Counter(t.category for t in plan.tickets)
    assert set(categories) >= set(Category) - {Category.OTHER}
    assert min(categories[c] for c in Category if c is not Category.OTHER) >= 5
    tones = Counter(t.tone for t in plan.tickets)
    assert set(tones) == set(Tone)
    assert min(tones.values()) >= 20


def test_every_ticket_ends_where_its_arc_says(plan: DemoPlan) -> None:
    for ticket in plan.tickets:
        assert ticket.final_status is ARC_STATUS[ticket.arc], ticket
    statuses = Counter(t.final_status for t in plan.tickets)
    assert set(statuses) == set(Status)
    assert statuses[Status.CLOSED] > len(plan.tickets) / 2  # most old work is done


def test_both_kinds_of_pending_happen(plan: DemoPlan) -> None:
    reasons = {
        s.change.pending_reason
        for s in plan.steps
        if isinstance(s, ChangeTicket) and s.change.status is Status.PENDING
    }
    assert reasons == {PendingReason.REQUESTER, PendingReason.THIRD_PARTY}


def test_conversations_have_one_to_eight_messages(plan: DemoPlan) -> None:
    for ticket in plan.tickets:
        if ticket.merged_into is None:
            assert 1 <= ticket.messages <= 8, ticket
        else:
            assert ticket.messages == 0  # its message moved to the ticket it joined
    posted = Counter(s.ticket for s in plan.steps if isinstance(s, PostMessage))
    assert max(posted.values()) <= 8


def test_escalations_reach_both_tier_2_3_teams_with_a_handoff_note(plan: DemoPlan) -> None:
    escalated = [t for t in plan.tickets if t.escalated_to]
    assert {t.escalated_to for t in escalated} == {"Infrastructure", "Identity & Access"}
    assert len(escalated) >= 20
    handoffs = {
        s.ticket for s in plan.steps if isinstance(s, PostMessage) and s.body.startswith("Handing")
    }
    assert {t.key for t in escalated} <= handoffs
    tiers = {s.change.tier for s in plan.steps if isinstance(s, ChangeTicket)}
    assert {2, 3} <= tiers


def test_duplicates_are_merged_and_related_tickets_linked(plan: DemoPlan) -> None:
    merges = [s for s in plan.steps if isinstance(s, MergeTickets)]
    links = [s for s in plan.steps if isinstance(s, LinkTickets)]
    assert len(merges) >= 3
    assert len({link.kind for link in links}) >= 2
    requester_of = {t.key: t.requester for t in plan.tickets}
    for merge in merges:
        assert requester_of[merge.ticket] == requester_of[merge.into]  # never across people


def test_every_step_touches_only_tickets_already_opened(plan: DemoPlan) -> None:
    opened: set[int] = set()
    for step in plan.steps:
        if isinstance(step, OpenTicket):
            opened.add(step.ticket)
            continue
        assert step.ticket in opened, step
        if isinstance(step, MergeTickets):
            assert step.into in opened
        if isinstance(step, LinkTickets):
            assert step.target in opened
        if isinstance(step, PostMessage) and step.opens_follow_up is not None:
            opened.add(step.opens_follow_up)


def test_some_tickets_carry_business_impact(plan: DemoPlan) -> None:
    with_impact = [t for t in plan.tickets if t.has_impact]
    assert 0.15 < len(with_impact) / len(plan.tickets) < 0.5
    processes = {
        s.draft.impact.business_process
        for s in plan.steps
        if isinstance(s, OpenTicket) and s.draft.impact is not None
    }
    assert len(processes) >= 8


def test_demo_login_requesters_have_something_to_try(plan: DemoPlan) -> None:
    maya = [t for t in plan.tickets if t.requester == SHARED_ORG_REQUESTER.email]
    assert Arc.PENDING_REQUESTER in {t.arc for t in maya}
    daniel = [t for t in plan.tickets if t.requester == PRIVATE_REQUESTER.email]
    resolved = [t for t in daniel if t.arc is Arc.RESOLVED]
    assert resolved
    last_resolution = max(
        s.at
        for s in plan.steps
        if isinstance(s, ChangeTicket)
        and s.ticket == resolved[0].key
        and s.change.status is Status.RESOLVED
    )
    assert NOW - last_resolution < timedelta(days=2)  # so a reply still reopens it


def test_without_a_reopen_window_nothing_is_planned_to_reopen() -> None:
    plan = plan_demo(NOW, seed=2026, reopen_window=timedelta(0))
    assert all(t.final_status is not Status.REOPENED for t in plan.tickets)
    assert len(plan.tickets) >= 200
