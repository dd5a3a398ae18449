from datetime import UTC, datetime, timedelta

import pytest

from warmdesk.tickets.domain import (
    ALLOWED_TRANSITIONS,
    IllegalTransition,
    PendingReason,
    ReplyOutcome,
    Status,
    TicketRuleError,
    check_transition,
    requester_reply_outcome,
)

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
WINDOW = timedelta(days=7)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (Status.NEW, Status.OPEN),
        (Status.OPEN, Status.RESOLVED),
        (Status.PENDING, Status.OPEN),
        (Status.RESOLVED, Status.CLOSED),
        (Status.RESOLVED, Status.REOPENED),
        (Status.REOPENED, Status.RESOLVED),
    ],
)
def test_the_usual_path_is_allowed(current: Status, target: Status) -> None:
    check_transition(current, target)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (Status.NEW, Status.CLOSED),
        (Status.OPEN, Status.NEW),
        (Status.CLOSED, Status.OPEN),
        (Status.CLOSED, Status.REOPENED),
        (Status.RESOLVED, Status.OPEN),
        (Status.PENDING, Status.REOPENED),
    ],
)
def test_illegal_moves_name_the_allowed_ones(current: Status, target: Status) -> None:
    with pytest.raises(IllegalTransition) as raised:
        check_transition(current, target)
    message = str(raised.value)
    assert f"'{current}'" in message
    assert f"'{target}'" in message
    for allowed in ALLOWED_TRANSITIONS[current]:
        assert allowed.value in message


def test_closed_is_final() -> None:
    assert ALLOWED_TRANSITIONS[Status.CLOSED] == frozenset()
    with pytest.raises(IllegalTransition, match="closed is final"):
        check_transition(Status.CLOSED, Status.RESOLVED)


def test_pending_needs_to_say_who_it_waits_on() -> None:
    with pytest.raises(TicketRuleError, match="requester"):
        check_transition(Status.OPEN, Status.PENDING)
    check_transition(Status.OPEN, Status.PENDING, PendingReason.THIRD_PARTY)


def test_every_status_has_a_transition_entry() -> None:
    assert set(ALLOWED_TRANSITIONS) == set(Status)


class TestRequesterReply:
    def test_waiting_on_the_requester_resumes(self) -> None:
        outcome = requester_reply_outcome(
            Status.PENDING, PendingReason.REQUESTER, None, NOW, WINDOW
        )
        assert outcome is ReplyOutcome.RESUME

    def test_waiting_on_a_third_party_just_appends(self) -> None:
        outcome = requester_reply_outcome(
            Status.PENDING, PendingReason.THIRD_PARTY, None, NOW, WINDOW
        )
        assert outcome is ReplyOutcome.APPEND

    def test_recently_resolved_reopens(self) -> None:
        resolved = NOW - timedelta(days=6, hours=23)
        assert (
            requester_reply_outcome(Status.RESOLVED, None, resolved, NOW, WINDOW)
            is ReplyOutcome.REOPEN
        )

    def test_the_window_edge_still_reopens(self) -> None:
        resolved = NOW - WINDOW
        assert (
            requester_reply_outcome(Status.RESOLVED, None, resolved, NOW, WINDOW)
            is ReplyOutcome.REOPEN
        )

    def test_resolved_long_ago_starts_a_follow_up(self) -> None:
        resolved = NOW - WINDOW - timedelta(seconds=1)
        outcome = requester_reply_outcome(Status.RESOLVED, None, resolved, NOW, WINDOW)
        assert outcome is ReplyOutcome.FOLLOW_UP

    def test_closed_always_starts_a_follow_up(self) -> None:
        outcome = requester_reply_outcome(
            Status.CLOSED, None, NOW - timedelta(minutes=1), NOW, WINDOW
        )
        assert outcome is ReplyOutcome.FOLLOW_UP

    @pytest.mark.parametrize("status", [Status.NEW, Status.OPEN, Status.REOPENED])
    def test_active_tickets_just_continue(self, status: Status) -> None:
        assert requester_reply_outcome(status, None, None, NOW, WINDOW) is ReplyOutcome.APPEND


@pytest.mark.parametrize("status", [Status.RESOLVED, Status.CLOSED])
def test_a_closing_thanks_neither_reopens_nor_opens_a_new_ticket(status: Status) -> None:
    outcome = requester_reply_outcome(
        status, None, NOW - timedelta(days=1), NOW, WINDOW, closing_thanks=True
    )
    assert outcome is ReplyOutcome.APPEND


def test_a_closing_thanks_on_open_work_changes_nothing_either() -> None:
    outcome = requester_reply_outcome(
        Status.PENDING, PendingReason.REQUESTER, None, NOW, WINDOW, closing_thanks=True
    )
    assert outcome is ReplyOutcome.RESUME
