from datetime import UTC, datetime, timedelta

import pytest

from warmdesk.sla.calendar import always_open, office_hours
from warmdesk.sla.domain import (
    Pause,
    PolicyScope,
    SlaPolicy,
    TargetKind,
    TargetState,
    business_time_used,
    choose_policy,
    clock_for,
    describe_remaining,
)

LONDON_OFFICE = office_hours("Europe/London")


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    # November 2026: the 23rd is a Monday, London is on UTC.
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def _policy(
    policy_id: int = 1, scope: PolicyScope | None = None, **targets: timedelta
) -> SlaPolicy:
    return SlaPolicy(
        id=policy_id,
        name=f"policy {policy_id}",
        scope=scope or PolicyScope(),
        calendar=LONDON_OFFICE,
        first_response=targets.get("first_response"),
        update_every=targets.get("update_every"),
        resolution=targets.get("resolution"),
    )


def test_the_most_specific_policy_wins() -> None:
    general = _policy(1, PolicyScope(priority=2))
    by_category = _policy(2, PolicyScope(priority=2, category="network"))
    by_org = _policy(3, PolicyScope(priority=2, organization_id=7))
    everything = _policy(4)
    policies = [everything, by_org, by_category, general]
    assert choose_policy(policies, 2, "network", 7) is by_org
    assert choose_policy(policies, 2, "network", 8) is by_category
    assert choose_policy(policies, 2, "email", None) is general
    assert choose_policy(policies, 3, "email", None) is everything
    assert choose_policy([general], 3, "email", None) is None


def test_ties_go_to_the_oldest_policy() -> None:
    older, newer = _policy(1, PolicyScope(priority=1)), _policy(9, PolicyScope(priority=1))
    assert choose_policy([newer, older], 1, "other", None) is older


@pytest.mark.parametrize(
    ("now", "state"),
    [
        (_at(23, 9, 30), TargetState.ON_TRACK),
        (_at(23, 9, 46), TargetState.AT_RISK),  # 46 of 60 minutes used (75% = 45)
        (_at(23, 10, 1), TargetState.BREACHED),
    ],
)
def test_states_of_a_running_target(now: datetime, state: TargetState) -> None:
    policy = _policy(first_response=timedelta(hours=1))
    clock = clock_for(policy, TargetKind.FIRST_RESPONSE, _at(23, 9), now)
    assert clock is not None
    assert clock.state is state


def test_due_and_at_risk_times_follow_business_hours() -> None:
    policy = _policy(resolution=timedelta(hours=4))
    clock = clock_for(policy, TargetKind.RESOLUTION, _at(23, 15), _at(23, 16))
    assert clock is not None
    assert clock.due_at == _at(24, 11)  # 2 h left on Monday, 2 h on Tuesday morning
    assert clock.at_risk_at == _at(24, 10)  # at 3 of 4 hours
    assert describe_remaining(clock) == "resolution due in 3 h"


def test_waiting_on_the_requester_stops_the_clock() -> None:
    policy = _policy(resolution=timedelta(hours=4))
    pauses = [Pause(_at(23, 10), _at(23, 14))]
    clock = clock_for(policy, TargetKind.RESOLUTION, _at(23, 9), _at(23, 15), pauses)
    assert clock is not None
    assert clock.used == timedelta(hours=2)
    assert clock.due_at == _at(23, 17)


def test_a_target_is_paused_while_a_pause_is_open() -> None:
    policy = _policy(resolution=timedelta(hours=4))
    clock = clock_for(policy, TargetKind.RESOLUTION, _at(23, 9), _at(23, 15), [Pause(_at(23, 10))])
    assert clock is not None
    assert clock.state is TargetState.PAUSED
    assert clock.used == timedelta(hours=1)
    assert clock.due_at is None
    assert describe_remaining(clock) == "resolution paused (waiting on the requester)"


def test_a_pause_over_a_weekend_costs_nothing_extra() -> None:
    used = business_time_used(
        LONDON_OFFICE, _at(27, 16), _at(30, 10), [Pause(_at(27, 18), _at(30, 8))]
    )
    assert used == timedelta(hours=2)  # Friday 16-17 and Monday 9-10


def test_met_targets_say_whether_they_were_in_time() -> None:
    policy = _policy(first_response=timedelta(hours=1))
    on_time = clock_for(
        policy, TargetKind.FIRST_RESPONSE, _at(23, 9), _at(23, 12), met_at=_at(23, 9, 40)
    )
    late = clock_for(
        policy, TargetKind.FIRST_RESPONSE, _at(23, 9), _at(23, 12), met_at=_at(23, 10, 30)
    )
    assert on_time is not None
    assert on_time.state is TargetState.MET
    assert late is not None
    assert late.state is TargetState.BREACHED
    assert describe_remaining(on_time) == "first response met"


def test_a_breached_target_says_how_late() -> None:
    policy = _policy(update_every=timedelta(hours=2))
    clock = clock_for(policy, TargetKind.UPDATE, _at(23, 9), _at(23, 13, 30))
    assert clock is not None
    assert clock.state is TargetState.BREACHED
    assert clock.due_at == _at(23, 11)
    assert describe_remaining(clock) == "next update 2 h 30 min overdue"


def test_no_target_no_clock() -> None:
    assert clock_for(_policy(), TargetKind.UPDATE, _at(23, 9), _at(23, 10)) is None


def test_24x7_for_p1() -> None:
    policy = SlaPolicy(
        1, "P1", PolicyScope(priority=1), always_open(), timedelta(minutes=15), None, None
    )
    clock = clock_for(policy, TargetKind.FIRST_RESPONSE, _at(28, 23, 50), _at(28, 23, 55))
    assert clock is not None
    assert clock.due_at == _at(29, 0, 5)
