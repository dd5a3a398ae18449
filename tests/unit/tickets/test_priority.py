from datetime import UTC, datetime, timedelta

import pytest

from warmdesk.tickets.domain import (
    AffectedScope,
    ImpactFacts,
    PriorityRules,
    TicketRuleError,
    Workaround,
    assess_priority,
    check_matrix,
    check_merge,
    describe_deadline,
    next_urgency_change,
    normalize_tags,
)

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def facts(**given: object) -> ImpactFacts:
    base: dict[str, object] = {
        "affected_scope": None,
        "affected_count": None,
        "business_process": None,
        "workaround": None,
        "deadline_at": None,
    }
    return ImpactFacts(**{**base, **given})  # type: ignore[arg-type]


def test_nothing_known_is_p4_and_says_so() -> None:
    decision = assess_priority(facts(), NOW)
    assert decision.priority == 4
    assert decision.reasons == ["no business impact given yet"]


def test_a_whole_department_with_a_deadline_soon_and_no_workaround_is_p1() -> None:
    decision = assess_priority(
        facts(
            affected_scope=AffectedScope.DEPARTMENT,
            affected_count=40,
            business_process="payroll",
            workaround=Workaround.NO,
            deadline_at=NOW + timedelta(minutes=40),
        ),
        NOW,
    )
    assert decision.label == "P1"
    assert decision.reasons == [
        "affects a department (40 people)",
        "blocks payroll (critical)",
        "deadline in 40 min",
        "no workaround",
    ]


def test_one_person_blocking_a_critical_process_before_a_deadline_is_high() -> None:
    """The only approver of refunds, an hour before the cut-off, is not 'just one user'."""
    decision = assess_priority(
        facts(
            affected_scope=AffectedScope.INDIVIDUAL,
            business_process="refund approvals",
            deadline_at=NOW + timedelta(hours=1),
        ),
        NOW,
    )
    assert decision.priority == 2
    assert "blocks refund approvals" in decision.reasons


def test_a_workaround_lowers_urgency() -> None:
    without = assess_priority(
        facts(affected_scope=AffectedScope.TEAM, workaround=Workaround.NO), NOW
    )
    with_one = assess_priority(
        facts(affected_scope=AffectedScope.TEAM, workaround=Workaround.YES), NOW
    )
    assert with_one.priority > without.priority
    assert "workaround available" in with_one.reasons


def test_urgency_rises_as_the_deadline_nears() -> None:
    scope = {"affected_scope": AffectedScope.TEAM}
    far = assess_priority(facts(**scope, deadline_at=NOW + timedelta(days=5)), NOW)
    near = assess_priority(facts(**scope, deadline_at=NOW + timedelta(hours=2)), NOW)
    assert near.priority < far.priority


@pytest.mark.parametrize(
    ("remaining", "words"),
    [
        (timedelta(minutes=-5), "deadline passed"),
        (timedelta(minutes=5), "deadline in 5 min"),
        (timedelta(minutes=89), "deadline in 89 min"),
        (timedelta(hours=3), "deadline in 3 h"),
        (timedelta(days=4), "deadline in 4 days"),
    ],
)
def test_deadlines_are_described_in_words(remaining: timedelta, words: str) -> None:
    assert describe_deadline(remaining) == words


def test_tags_are_normalized() -> None:
    assert normalize_tags([" VPN ", "vpn", "Floor 3", ""]) == ["floor-3", "vpn"]


@pytest.mark.parametrize("bad", ["<script>", "a;b", "x" * 61])
def test_unsafe_tags_are_refused(bad: str) -> None:
    with pytest.raises(TicketRuleError):
        normalize_tags([bad])


def test_merge_rules() -> None:
    check_merge(1, 2, source_merged=False, target_merged=False)
    with pytest.raises(TicketRuleError, match="itself"):
        check_merge(3, 3, source_merged=False, target_merged=False)
    with pytest.raises(TicketRuleError, match="already merged"):
        check_merge(1, 2, source_merged=True, target_merged=False)
    with pytest.raises(TicketRuleError, match="merged away"):
        check_merge(1, 2, source_merged=False, target_merged=True)


def test_merging_across_requesters_needs_a_sharing_organization() -> None:
    with pytest.raises(TicketRuleError, match="Link them instead"):
        check_merge(1, 2, source_merged=False, target_merged=False, same_requester=False)
    check_merge(
        1,
        2,
        source_merged=False,
        target_merged=False,
        same_requester=False,
        shared_organization=True,
    )


def test_admins_can_change_the_matrix_and_the_critical_processes() -> None:
    everything_p2 = PriorityRules(matrix=((2, 2, 2),) * 3, critical_processes=("lab results",))
    assert assess_priority(facts(), NOW, everything_p2).priority == 2
    lab = assess_priority(facts(business_process="lab results"), NOW, everything_p2)
    assert lab.reasons == ["blocks lab results (critical)"]
    ordinary = assess_priority(facts(business_process="payroll"), NOW, everything_p2)
    assert ordinary.reasons == ["blocks payroll"]


def test_a_flagged_role_and_high_stress_raise_the_priority() -> None:
    plain = assess_priority(facts(affected_scope=AffectedScope.INDIVIDUAL), NOW)
    approver = assess_priority(
        facts(affected_scope=AffectedScope.INDIVIDUAL, requester_role="the only refund approver"),
        NOW,
    )
    stressed = assess_priority(facts(stress_level="high"), NOW)
    assert approver.priority < plain.priority
    assert "requester is the only refund approver" in approver.reasons
    assert stressed.priority < assess_priority(facts(), NOW).priority
    assert "requester under high stress" in stressed.reasons


def test_urgency_steps_up_a_day_and_four_hours_before_the_deadline() -> None:
    deadline = NOW + timedelta(days=3)
    assert next_urgency_change(deadline, NOW) == deadline - timedelta(days=1)
    assert next_urgency_change(deadline, deadline - timedelta(hours=20)) == deadline - timedelta(
        hours=4
    )
    assert next_urgency_change(deadline, deadline - timedelta(hours=1)) is None
    assert next_urgency_change(None, NOW) is None


@pytest.mark.parametrize(
    "matrix", [[[1, 2, 3]], [[1, 2, 3], [1, 2, 3], [1, 2, 5]], [[1, 2], [1, 2], [1, 2]]]
)
def test_a_malformed_matrix_is_refused(matrix: list[list[int]]) -> None:
    with pytest.raises(TicketRuleError):
        check_matrix(matrix)
