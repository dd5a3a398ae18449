from datetime import UTC, datetime, timedelta

import pytest

from tests.unit.commitments.phrasings import AGENT_TZ, PROMISES, REQUESTER_TZ, SENT_AT
from warmdesk.commitments.parser import find_commitments


@pytest.mark.parametrize(("reply", "due"), PROMISES, ids=[reply for reply, _ in PROMISES])
def test_each_phrasing(reply: str, due: datetime | None) -> None:
    found = find_commitments(reply, SENT_AT, AGENT_TZ, REQUESTER_TZ)
    if due is None:
        assert found == []
    else:
        assert found, "no promise found"
        assert found[0].due_at == due
        assert reply[found[0].start : found[0].end].strip() == found[0].text


def test_several_promises_in_one_reply_are_all_kept() -> None:
    reply = (
        "Thanks for the details, Priya. I'll reset the sync now and update you in 10 "
        "minutes. The vendor fix is due tomorrow; I'll check it's arrived by 11am tomorrow."
    )
    found = find_commitments(reply, SENT_AT, AGENT_TZ, REQUESTER_TZ)
    assert [c.due_at for c in found] == [
        SENT_AT + timedelta(minutes=10),
        datetime(2026, 11, 24, 11, 0, tzinfo=UTC),
    ]


def test_the_table_is_big_and_balanced() -> None:
    assert len(PROMISES) >= 80
    assert sum(due is None for _, due in PROMISES) >= 30


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        find_commitments("I'll call at 3", datetime(2026, 11, 23, 13, 5), AGENT_TZ)


def test_huge_and_odd_replies_are_bounded() -> None:
    assert find_commitments("\x00\ufffd" * 100_000, SENT_AT, AGENT_TZ) == []
    long = "I'll update you in 10 minutes. " + "blah " * 200_000
    assert len(find_commitments(long, SENT_AT, AGENT_TZ)) == 1


def test_the_jsonl_contract() -> None:
    import json

    from warmdesk.commitments.batch import commitment_lines

    lines = [
        json.dumps({"id": "r1", "text": "I'll update you in 10 minutes.",
                    "sent_at": SENT_AT.isoformat(), "tz": AGENT_TZ}),
        json.dumps({"id": "r2", "text": "It takes about an hour to sync.",
                    "sent_at": SENT_AT.isoformat(), "tz": AGENT_TZ}),
        json.dumps({"id": "r3", "text": "I'll call at 3", "sent_at": "yesterday"}),
        "not json",
    ]  # fmt: skip
    answers = [json.loads(line) for line in commitment_lines(lines)]
    assert answers[0] == {
        "id": "r1",
        "commitments": [
            {"due_at": "2026-11-23T13:15:00+00:00", "text": "I'll update you in 10 minutes"}
        ],
    }
    assert answers[1] == {"id": "r2", "commitments": []}
    assert answers[2]["id"] == "r3"
    assert "error" in answers[2]
    assert answers[3]["error"].startswith("not JSON")
