"""Timer rules: kinds and subjects, retries with backoff, lateness and failures in words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from warmdesk.timers.domain import (
    FiringReport,
    RetryPolicy,
    TimerRuleError,
    check_due_at,
    check_kind,
    check_subject_key,
    describe_duration,
    describe_failure,
    describe_lateness,
    is_late,
    plan_after_failure,
    retry_delay,
)

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
POLICY = RetryPolicy(
    max_attempts=4, first_delay=timedelta(seconds=30), max_delay=timedelta(minutes=1, seconds=30)
)


@pytest.mark.parametrize(
    "kind", ["sla.first_response.breach", "commitment.nudge", "survey_reminder", "a", "x1.y_2"]
)
def test_dotted_lower_case_kinds_are_accepted(kind: str) -> None:
    assert check_kind(kind) == kind


@pytest.mark.parametrize(
    "kind", ["", "SLA.breach", "sla..breach", "sla.", ".sla", "1sla", "sla breach", "a" * 81]
)
def test_other_kinds_are_refused(kind: str) -> None:
    with pytest.raises(TimerRuleError, match="dotted lower-case"):
        check_kind(kind)


def test_subject_keys_are_short_and_trimmed() -> None:
    assert check_subject_key("ticket:42") == "ticket:42"
    for bad in ["", " ticket:42", "ticket:42 ", "x" * 121]:
        with pytest.raises(TimerRuleError, match="subject"):
            check_subject_key(bad)


def test_a_naive_due_time_is_refused() -> None:
    assert check_due_at(NOW) == NOW
    with pytest.raises(TimerRuleError, match="timezone-aware"):
        check_due_at(datetime(2026, 11, 2, 9, 0))  # naive: the point of the test


def test_retry_delays_double_up_to_the_maximum() -> None:
    delays = [retry_delay(n, POLICY) for n in range(1, 6)]

    assert delays == [
        timedelta(seconds=30),
        timedelta(seconds=60),
        timedelta(seconds=90),
        timedelta(seconds=90),
        timedelta(seconds=90),
    ]
    assert retry_delay(10_000, POLICY) == POLICY.max_delay  # no overflow
    with pytest.raises(ValueError, match="from 1"):
        retry_delay(0, POLICY)


def test_a_failure_retries_with_backoff_until_the_last_attempt() -> None:
    first = plan_after_failure(0, NOW, POLICY)
    third = plan_after_failure(2, NOW, POLICY)
    last = plan_after_failure(3, NOW, POLICY)

    assert (first.attempts, first.retry_at, first.gives_up) == (
        1,
        NOW + timedelta(seconds=30),
        False,
    )
    assert (third.attempts, third.retry_at) == (3, NOW + timedelta(seconds=90))
    assert (last.attempts, last.retry_at, last.gives_up) == (4, None, True)


def test_one_attempt_allowed_gives_up_at_the_first_failure() -> None:
    policy = RetryPolicy(1, timedelta(seconds=1), timedelta(seconds=1))

    assert plan_after_failure(0, NOW, policy).gives_up


def test_late_means_later_than_the_grace_period() -> None:
    grace = timedelta(minutes=1)

    assert not is_late(timedelta(seconds=59), grace)
    assert not is_late(grace, grace)
    assert is_late(grace + timedelta(seconds=1), grace)


@pytest.mark.parametrize(
    ("delta", "words"),
    [
        (timedelta(milliseconds=400), "under a second"),
        (timedelta(seconds=42), "42 s"),
        (timedelta(minutes=5), "5 min"),
        (timedelta(minutes=5, seconds=30), "5 min 30 s"),
        (timedelta(hours=3, minutes=12, seconds=59), "3 h 12 min"),
        (timedelta(hours=3, seconds=20), "3 h"),
        (timedelta(hours=10, minutes=1), "10 h 1 min"),
        (timedelta(days=2, hours=4, minutes=30), "2 d 4 h"),
        (timedelta(days=1, minutes=30), "1 d"),
    ],
)
def test_durations_in_their_two_largest_units(delta: timedelta, words: str) -> None:
    assert describe_duration(delta) == words


def test_lateness_in_words() -> None:
    assert describe_lateness(timedelta(hours=3, minutes=12)) == "fired 3 h 12 min late"


def test_a_failure_is_short_one_line_and_keeps_no_credentials() -> None:
    error = RuntimeError(
        "cannot reach postgresql+psycopg://warmdesk:hunter2@db.internal/warmdesk "
        "(password=hunter2 token: wd_abc123)\n[SQL: INSERT INTO people VALUES ('Ada Lovelace')]"
    )

    text = describe_failure(error)

    assert text.startswith("RuntimeError: cannot reach postgresql+psycopg://***@db.internal/")
    assert "hunter2" not in text
    assert "wd_abc123" not in text
    assert "Ada" not in text  # only the first line
    assert "password=***" in text


def test_a_long_failure_is_cut_and_an_empty_one_is_its_type() -> None:
    assert len(describe_failure(ValueError("x" * 1000))) == 300
    assert describe_failure(ValueError("x" * 1000)).endswith("…")
    assert describe_failure(KeyError()) == "KeyError"


def test_reports_add_up() -> None:
    first = FiringReport(claimed=3, fired=2, late=1, retried=1)
    second = FiringReport(claimed=2, fired=1, failed=1, unhandled={"x.y": 2})

    total = first.plus(second)

    assert total == FiringReport(
        claimed=5, fired=3, late=1, retried=1, failed=1, unhandled={"x.y": 2}
    )
