"""Business impact: deadline, affected scope and count, process, workaround, with evidence."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from warmdesk.signals.impact import analyze_impact
from warmdesk.signals.types import ImpactSignal

SENT = datetime(2026, 1, 14, 10, 0, tzinfo=ZoneInfo("Europe/London"))


def analyze(text: str) -> ImpactSignal:
    return analyze_impact(text, SENT, "Europe/London")


def assert_evidence_matches(text: str, result: ImpactSignal) -> None:
    for found in result.evidence:
        assert text[found.start : found.end] == found.quote


@pytest.mark.parametrize(
    ("text", "scope", "count", "quote"),
    [
        ("It's just me, the others are fine", "individual", None, "just me"),
        ("my whole team is locked out", "team", None, "my whole team"),
        ("all 12 of us are locked out", "team", 12, "all 12 of us"),
        (
            "the entire finance department can't open SAP",
            "department",
            None,
            "the entire finance department",
        ),
        ("everyone in the office lost wifi", "department", None, "everyone in the office"),
        ("everyone in the company lost wifi", "organization", None, "everyone in the company"),
        ("nobody can log in", "organization", None, "nobody can"),
        ("the whole company is down", "organization", None, "the whole company"),
        ("40 people can't print", "team", 40, "40 people"),
        ("twelve users affected", "team", 12, "twelve users"),
        ("about 60 staff cannot reach email", "department", 60, "60 staff"),
        ("or 300 people don't get paid", "organization", 300, "300 people"),
        # no stated scope: who the writer speaks for decides
        ("my laptop won't boot", "individual", None, "my"),
        ("Tried Edge, cleared cookies. Still blank.", "individual", None, "Tried"),
        ("Ich brauche es bis morgen", "individual", None, "Ich"),
        ("We can't print the labels", "team", None, "We"),
        ("could you tell me if we have a licence", "individual", None, "me"),
        ("I think the printer is offline", None, None, None),
        ("the US customers go live at 9", None, None, None),
        # named groups, sites and people
        ("Three of us in Legal can't open PDFs", "team", 3, "Three of us"),
        ("need new toner for the printer in accounts", "department", None, "in accounts"),
        (
            "Our sales office in Osaka can't reach the server",
            "department",
            None,
            "Our sales office in Osaka",
        ),
        ("the whole Madrid site is offline", "department", None, "the whole Madrid site"),
        ("a shared calendar for the audit team", "team", None, "the audit team"),
        ("can the new starter's account be ready", "individual", None, "new starter"),
        ("slow for me and my two colleagues", "team", 3, "me and my two colleagues"),
        ("Both of the receptionists are locked out", "team", 2, "Both of the receptionists"),
        ("That's your whole department. Fix my Teams", "individual", None, "my"),
        ("It's not just me", "team", None, "not just me"),
        ("printer jammed", None, None, None),
    ],
)
def test_affected_scope_and_count(
    text: str, scope: str | None, count: int | None, quote: str | None
) -> None:
    result = analyze(text)
    assert result.affected_scope == scope
    assert result.affected_count == count
    scope_quotes = [
        e.quote for e in result.evidence if e.cue in {"affected_scope", "affected_count"}
    ]
    assert scope_quotes[:1] == ([quote] if quote else [])
    assert_evidence_matches(text, result)


@pytest.mark.parametrize(
    ("text", "process"),
    [
        ("payroll has to run today", "payroll"),
        ("can't send invoices to customers", "invoicing"),
        ("month-end close is tomorrow", "month-end close"),
        ("before my client call", "client call"),
        ("I have a client meeting at 3", "client meeting"),
        ("board meeting in 5 minutes", "board meeting"),
        ("my presentation won't open", "presentation"),
        ("we can't deploy to production", "deploy"),
        ("customer orders are stuck", "customer orders"),
        ("students start their exams at 9", "exams"),
        ("dispatch labels won't print", "shipping"),
        ("court filing is due at 4pm", "court filing"),
        ("the sales demo starts soon", "sales demo"),
        ("my screen is flickering", None),
    ],
)
def test_business_process(text: str, process: str | None) -> None:
    result = analyze(text)
    assert result.business_process == process
    assert_evidence_matches(text, result)


@pytest.mark.parametrize(
    ("text", "workaround", "quote"),
    [
        ("I can use my phone for now", "yes", "use my phone for now"),
        ("working from the web version meanwhile", "yes", "working from the web version meanwhile"),
        ("there is no workaround", "no", "there is no workaround"),
        ("completely stuck here", "no", "completely stuck"),
        ("I can't do anything", "no", "can't do anything"),
        ("no other way to send it", "no", "no other way"),
        ("completely stuck on the laptop, using my phone for now", "yes", "using my phone for now"),
        ("is there a workaround?", None, None),
        ("outlook is slow", None, None),
    ],
)
def test_workaround(text: str, workaround: str | None, quote: str | None) -> None:
    result = analyze(text)
    assert result.workaround == workaround
    quotes = [e.quote for e in result.evidence if e.cue == "workaround"]
    assert quotes == ([quote] if quote else [])


def test_full_message_fills_every_field_with_evidence() -> None:
    text = (
        "Hi, all 12 of us in accounts are locked out of Xero and payroll has to go out "
        "before my 2:30 client call. No workaround, we are completely stuck."
    )
    result = analyze(text)
    assert result.deadline is not None
    assert result.deadline.due_at == datetime(2026, 1, 14, 14, 30, tzinfo=UTC)
    assert result.affected_scope == "team"
    assert result.affected_count == 12
    assert result.business_process == "payroll"
    assert result.workaround == "no"
    assert {e.cue for e in result.evidence} == {
        "deadline",
        "affected_scope",
        "affected_count",
        "business_process",
        "workaround",
    }
    assert_evidence_matches(text, result)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a" * 1_000_000,
        "\x00\xff\x13" * 300_000 + "by noon",
        "😡🔥💻" * 100_000,
        "<html><body>" + "<div>" * 50_000 + "</body></html>",
        "9" * 500_000,
        "by " * 300_000,
        "in " * 300_000,
    ],
)
def test_bad_input_gives_a_clear_empty_result(text: str) -> None:
    result = analyze(text)
    assert result.deadline is None
    assert result.business_process is None
    assert result.affected_scope is None


def test_mixed_scripts_still_find_the_deadline() -> None:
    text = "Привет 😡 payroll 无法 run — need it by noon!!"
    result = analyze(text)
    assert result.deadline is not None
    assert result.deadline.due_at == datetime(2026, 1, 14, 12, 0, tzinfo=UTC)
    assert result.business_process == "payroll"
    assert_evidence_matches(text, result)


def test_unknown_timezone_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown timezone"):
        analyze_impact("by noon", SENT, "Not/AZone")
