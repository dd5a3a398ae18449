"""The queue's sorts and their cursors: every sort's cursor reads back what it wrote."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from warmdesk.errors import Invalid
from warmdesk.tickets.domain import UNKNOWN_IMPACT_RANK, AffectedScope, impact_rank
from warmdesk.tickets.queries import (
    SORT_KEYS,
    SORT_LABELS,
    NameRef,
    SortKey,
    TicketRow,
    cursor_after,
    decode_cursor,
    parse_sort,
)
from warmdesk.web.templating import templates

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)

ROW = TicketRow(
    id=42,
    subject="Payroll app will not open",
    description="",
    status="open",
    pending_reason=None,
    priority=2,
    priority_reasons=[],
    category="software",
    channel="web",
    requester=NameRef(7, "Rita"),
    organization_id=None,
    assignee=None,
    team=None,
    tier=1,
    deadline_at=NOW + timedelta(minutes=40),
    affected_scope="team",
    affected_count=12,
    business_process="payroll",
    workaround="no",
    impact_rank=3,
    merged_into_id=None,
    reopen_count=0,
    created_at=NOW - timedelta(hours=2),
    updated_at=NOW - timedelta(hours=1),
    first_response_at=None,
    resolved_at=None,
    closed_at=None,
    stress_score=0.625,
    stress_peak=0.7,
    stress_level="high",
    tags=[],
)


def _encoded(values: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def test_every_sort_has_a_label_and_a_bare_key_is_the_default_direction() -> None:
    assert set(SORT_LABELS) == set(SORT_KEYS)
    assert {"stress", "deadline", "impact"} <= set(SORT_KEYS)
    assert parse_sort(None) == "priority"
    assert parse_sort("deadline") == "deadline"


@pytest.mark.parametrize("key", ["-stress", "-deadline", "-impact", "stress_score"])
def test_the_pressing_sorts_have_no_reverse(key: str) -> None:
    with pytest.raises(Invalid) as raised:
        parse_sort(key)
    assert raised.value.field == "sort"


@pytest.mark.parametrize(
    ("sort", "values"),
    [
        ("stress", (0.625, 42)),
        ("deadline", (NOW + timedelta(minutes=40), 42)),
        ("impact", (3, NOW + timedelta(minutes=40), 42)),
        ("priority", (2, NOW - timedelta(hours=1), 42)),
        ("-created", (NOW - timedelta(hours=2), 42)),
    ],
)
def test_a_cursor_holds_the_sort_values_of_the_row_and_reads_back_the_same(
    sort: SortKey, values: tuple[object, ...]
) -> None:
    cursor = cursor_after(sort, ROW)

    assert cursor.values == values
    assert decode_cursor(cursor.encode(), sort) == cursor


@pytest.mark.parametrize(
    ("sort", "values"),
    [
        ("stress", (None, 42)),
        ("deadline", (None, 42)),
        ("impact", (UNKNOWN_IMPACT_RANK, None, 42)),
    ],
)
def test_a_missing_value_travels_in_the_cursor_as_null(
    sort: SortKey, values: tuple[object, ...]
) -> None:
    row = replace(ROW, stress_score=None, deadline_at=None, affected_scope=None, impact_rank=5)
    cursor = cursor_after(sort, row)

    assert cursor.values == values
    assert decode_cursor(cursor.encode(), sort) == cursor


def test_a_score_keeps_every_digit_through_the_cursor() -> None:
    row = replace(ROW, stress_score=0.1 + 0.2)  # 0.30000000000000004: must not round

    decoded = decode_cursor(cursor_after("stress", row).encode(), "stress")

    assert decoded.values[0] == 0.1 + 0.2


@pytest.mark.parametrize(
    ("sort", "token"),
    [
        ("stress", _encoded(["0.5", 3])),  # a score as text
        ("stress", _encoded([True, 3])),
        ("stress", _encoded([0.5])),
        ("stress", _encoded(["2026-11-02T09:00:00+00:00", 3])),  # a deadline cursor
        ("deadline", _encoded(["2026-11-02T09:00:00", 3])),  # naive
        ("deadline", _encoded([0.5, 3])),  # a stress cursor
        ("impact", _encoded([3, 3])),
        ("impact", _encoded(["wide", None, 3])),
        ("impact", _encoded([3, None, None])),
        ("impact", _encoded({"rank": 3})),
    ],
)
def test_a_cursor_of_the_wrong_shape_is_refused_naming_cursor(sort: SortKey, token: str) -> None:
    with pytest.raises(Invalid) as raised:
        decode_cursor(token, sort)
    assert raised.value.field == "cursor"


def test_a_score_that_is_not_a_finite_number_is_refused() -> None:
    token = base64.urlsafe_b64encode(b"[NaN, 3]").decode().rstrip("=")

    with pytest.raises(Invalid):
        decode_cursor(token, "stress")


def test_impact_ranks_widest_first_and_unknown_last() -> None:
    scopes = [None, "individual", "team", "department", "organization"]

    ranked = sorted(scopes, key=impact_rank)

    assert ranked == ["organization", "department", "team", "individual", None]
    assert impact_rank(AffectedScope.TEAM) == impact_rank("team") == 3
    assert impact_rank(None) == UNKNOWN_IMPACT_RANK


@pytest.mark.parametrize(
    ("deadline", "shown"),
    [
        (NOW + timedelta(minutes=40), "in 40 min"),
        (NOW + timedelta(hours=26), "in 1 d"),
        (NOW + timedelta(seconds=20), "in under a minute"),
        (NOW, "overdue"),
        (NOW - timedelta(seconds=20), "overdue"),
        (NOW - timedelta(hours=2, minutes=5), "overdue by 2 h"),
    ],
)
def test_a_deadline_shows_how_far_away_it_is_or_that_it_passed(
    deadline: datetime, shown: str
) -> None:
    due = templates.env.filters["due"]

    assert due(deadline, NOW) == shown
    assert due(None, NOW) == ""
