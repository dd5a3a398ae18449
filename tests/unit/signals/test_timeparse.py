"""Deadline expressions resolved from the message's own timestamp and the writer's zone."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from warmdesk.signals.timeparse import MAX_SCAN_CHARS, find_deadline

# Wednesday 14 January 2026, 10:00 local, and Wednesday 15 July 2026 for summer time.
WINTER = (2026, 1, 14, 10, 0)
SUMMER = (2026, 7, 15, 10, 0)


def sent(tz: str, parts: tuple[int, int, int, int, int] = WINTER) -> datetime:
    return datetime(*parts, tzinfo=ZoneInfo(tz))


def utc(iso: str) -> datetime:
    return datetime.fromisoformat(iso).replace(tzinfo=UTC)


LONDON_WINTER = [
    ("Need this by noon please", "2026-01-14T12:00", "by noon"),
    ("before 3pm please", "2026-01-14T15:00", "before 3pm"),
    ("has to be done by 15:30", "2026-01-14T15:30", "by 15:30"),
    ("I need it at 9am", "2026-01-15T09:00", "at 9am"),
    ("please fix in 5 minutes", "2026-01-14T10:05", "in 5 minutes"),
    ("I need it back in an hour", "2026-01-14T11:00", "in an hour"),
    ("must be sorted within 2 hours", "2026-01-14T12:00", "within 2 hours"),
    ("call starts in 10 mins!!", "2026-01-14T10:10", "call starts in 10 mins"),
    ("need the report by EOD", "2026-01-14T17:00", "by EOD"),
    ("COB please", "2026-01-14T17:00", "COB"),
    ("by end of day", "2026-01-14T17:00", "by end of day"),
    ("need it for tomorrow morning", "2026-01-15T09:00", "for tomorrow morning"),
    ("need it working tomorrow", "2026-01-15T17:00", "tomorrow"),
    ("by tomorrow if possible", "2026-01-15T17:00", "by tomorrow"),
    ("I need it this afternoon", "2026-01-14T17:00", "this afternoon"),
    ("by Friday", "2026-01-16T17:00", "by Friday"),
    ("before Monday", "2026-01-19T17:00", "before Monday"),
    ("by Wednesday", "2026-01-14T17:00", "by Wednesday"),
    ("before my 2:30 client call", "2026-01-14T14:30", "before my 2:30 client call"),
    ("before my client call at 2:30", "2026-01-14T14:30", "before my client call at 2:30"),
    ("by 3 pm tomorrow", "2026-01-15T15:00", "by 3 pm tomorrow"),
    ("tomorrow at 3pm is the latest", "2026-01-15T15:00", "tomorrow at 3pm"),
    ("board meeting in 5 minutes", "2026-01-14T10:05", "board meeting in 5 minutes"),
    ("by 25 Nov", "2026-11-25T17:00", "by 25 Nov"),
    ("by Nov 25", "2026-11-25T17:00", "by Nov 25"),
    ("by 2026-11-25", "2026-11-25T17:00", "by 2026-11-25"),
    ("by the 3rd of December", "2026-12-03T17:00", "by the 3rd of December"),
    ("by 10 Jan", "2027-01-10T17:00", "by 10 Jan"),
    ("by 9am", "2026-01-15T09:00", "by 9am"),
    ("by midnight", "2026-01-15T00:00", "by midnight"),
    ("no later than 4pm Thursday", "2026-01-15T16:00", "no later than 4pm Thursday"),
    ("need it done by 3", "2026-01-14T15:00", "by 3"),
    ("my presentation is on Friday", "2026-01-16T17:00", "my presentation is on Friday"),
    ("back up in a couple of hours please", "2026-01-14T12:00", "in a couple of hours"),
    ("please fix in twenty five minutes", "2026-01-14T10:25", "in twenty five minutes"),
    ("by end of week", "2026-01-16T17:00", "by end of week"),
    ("payroll is due by lunch", "2026-01-14T12:00", "due by lunch"),
    ("it crashed and I need it by noon", "2026-01-14T12:00", "by noon"),
    # a day with no time is the end of that working day
    ("I need it for Monday", "2026-01-19T17:00", "for Monday"),
    ("need it first thing tomorrow", "2026-01-15T09:00", "first thing tomorrow"),
    ("They need it tomorrow.", "2026-01-15T17:00", "tomorrow"),
    ("New hire starts Monday at 8:30", "2026-01-19T08:30", "Monday at 8:30"),
    ("licences expire at the end of the month", "2026-01-31T17:00", "at the end of the month"),
    ("sort it before the close on the 30th", "2026-01-30T17:00", "on the 30th"),
    # clock words and bare hours after a deadline word or an event
    ("a client meeting at quarter to 4", "2026-01-14T15:45", "a client meeting at quarter to 4"),
    ("need it by half past two", "2026-01-14T14:30", "by half past two"),
    ("Please before 11 I have a client call.", "2026-01-14T11:00", "before 11"),
    ("payroll runs at 4 and we can't be locked out", "2026-01-14T16:00", "payroll runs at 4"),
    ("the courier comes at 4:30.", "2026-01-14T16:30", "the courier comes at 4:30"),
    ("the deploy is blocked and we ship at 5", "2026-01-14T17:00", "we ship at 5"),
    # durations with the unit left out or implied
    ("Can't get into payroll. Need it in 15.", "2026-01-14T10:15", "in 15"),
    ("need it in 2h", "2026-01-14T12:00", "in 2h"),
    ("has to work within the hour", "2026-01-14T11:00", "within the hour"),
    # a zone named after the time wins over the writer's zone
    ("rotate the keys before 9am New York time", "2026-01-14T14:00", "before 9am New York time"),
    ("done by 18:00 UTC please", "2026-01-14T18:00", "by 18:00 UTC"),
    # the other languages of the desk
    ("Nous devons imprimer les factures avant midi.", "2026-01-14T12:00", "avant midi"),
    ("Ich brauche es bis morgen früh.", "2026-01-15T09:00", "bis morgen früh"),
    ("Ik moet voor 14:00 de facturen versturen.", "2026-01-14T14:00", "voor 14:00"),
    ("Kan dit voor maandag 8:30 opgelost zijn?", "2026-01-19T08:30", "voor maandag 8:30"),
    ("J'ai une réunion client à 14h30.", "2026-01-14T14:30", "à 14h30"),
    ("Ho una presentazione alle 11.", "2026-01-14T11:00", "una presentazione alle 11"),
    ("bitte bis Freitag eine Lizenz", "2026-01-16T17:00", "bis Freitag"),
    ("bis 16 Uhr bitte", "2026-01-14T16:00", "bis 16 Uhr"),
]


@pytest.mark.parametrize(("text", "expected_utc", "quote"), LONDON_WINTER)
def test_london_winter_deadlines(text: str, expected_utc: str, quote: str) -> None:
    found = find_deadline(text, sent("Europe/London"), "Europe/London")
    assert found is not None
    assert found.due_at == utc(expected_utc)
    assert found.evidence.quote == quote
    assert text[found.evidence.start : found.evidence.end] == quote
    assert found.evidence.cue == "deadline"


ZONED = [
    # Europe/London in summer (BST, UTC+1); sent 10:00 local = 09:00Z
    ("Europe/London", SUMMER, "by noon", "2026-07-15T11:00"),
    ("Europe/London", SUMMER, "by EOD", "2026-07-15T16:00"),
    ("Europe/London", SUMMER, "need it for tomorrow morning", "2026-07-16T08:00"),
    ("Europe/London", SUMMER, "in 5 minutes", "2026-07-15T09:05"),
    ("Europe/London", SUMMER, "by 25 Nov", "2026-11-25T17:00"),  # back on GMT by then
    # America/New_York in winter (EST, UTC-5); sent 10:00 local = 15:00Z
    ("America/New_York", WINTER, "before 3pm", "2026-01-14T20:00"),
    ("America/New_York", WINTER, "by Friday", "2026-01-16T22:00"),
    ("America/New_York", WINTER, "before my 2:30 client call", "2026-01-14T19:30"),
    ("America/New_York", WINTER, "by 9am", "2026-01-15T14:00"),
    # Asia/Singapore (UTC+8, no DST); sent 10:00 local = 02:00Z
    ("Asia/Singapore", WINTER, "by 15:30", "2026-01-14T07:30"),
    ("Asia/Singapore", WINTER, "EOD please", "2026-01-14T09:00"),
    ("Asia/Singapore", WINTER, "by tomorrow", "2026-01-15T09:00"),
    ("Asia/Singapore", WINTER, "in an hour", "2026-01-14T03:00"),
    # Australia/Sydney in January (AEDT, UTC+11); sent 10:00 local = 13 Jan 23:00Z
    ("Australia/Sydney", WINTER, "by noon", "2026-01-14T01:00"),
    ("Australia/Sydney", WINTER, "before Monday", "2026-01-19T06:00"),
    ("Australia/Sydney", WINTER, "need it this afternoon", "2026-01-14T06:00"),
]


@pytest.mark.parametrize(("tz", "parts", "text", "expected_utc"), ZONED)
def test_deadlines_in_several_zones(
    tz: str, parts: tuple[int, int, int, int, int], text: str, expected_utc: str
) -> None:
    found = find_deadline(text, sent(tz, parts), tz)
    assert found is not None
    assert found.due_at == utc(expected_utc)


DST_EDGES = [
    # London springs forward on Sun 29 Mar 2026; sent Sat 18:00 GMT.
    ("Europe/London", "2026-03-28T18:00", "need it by 9am tomorrow", "2026-03-29T08:00"),
    ("Europe/London", "2026-03-28T18:00", "must be fixed within 24 hours", "2026-03-29T18:00"),
    # New York falls back on Sun 1 Nov 2026; sent Sat 31 Oct 20:00 EDT.
    ("America/New_York", "2026-11-01T00:00", "by noon tomorrow", "2026-11-01T17:00"),
    ("America/New_York", "2026-11-01T00:00", "need it in 2 hours", "2026-11-01T02:00"),
    # Sydney springs forward on Sun 4 Oct 2026; sent Sat 10:00 AEST.
    ("Australia/Sydney", "2026-10-03T00:00", "by Monday", "2026-10-05T06:00"),
]


@pytest.mark.parametrize(("tz", "sent_utc", "text", "expected_utc"), DST_EDGES)
def test_deadlines_across_dst_changes(tz: str, sent_utc: str, text: str, expected_utc: str) -> None:
    found = find_deadline(text, utc(sent_utc), tz)
    assert found is not None
    assert found.due_at == utc(expected_utc)
    assert found.due_at.utcoffset() is not None


NOT_DEADLINES = [
    "I updated it 10 minutes ago",
    "It's been down since 9am",
    "it started yesterday",
    "it was fine last Friday",
    "been like this for 2 hours now",
    "it happens every morning",
    "no deadline, whenever you can",
    "not urgent at all",
    "It crashed at 9am",
    "It worked fine until 3pm",
    "it doesn't have to be ready, not by Friday anyway",
    "the bill went up by 3 people",
    "I'll be back in a minute",
    "The printer on floor 3 is jammed",
    "Windows 10 update failed with error 0x80070005",
    "version 2.30 installed on 12 machines",
    "It logged me out at 9am",
    "tomorrow morning",
    "I got a weird email this morning asking for my details",
    "it has been down since 9",
    "es geht seit Montag nicht",
    "",
]


@pytest.mark.parametrize("text", NOT_DEADLINES)
def test_no_deadline_is_invented(text: str) -> None:
    assert find_deadline(text, sent("Europe/London"), "Europe/London") is None


def test_strong_deadline_wins_over_a_mentioned_event() -> None:
    text = "My meeting is at 9am tomorrow but I need the laptop by 4pm today"
    found = find_deadline(text, sent("Europe/London"), "Europe/London")
    assert found is not None
    assert found.due_at == utc("2026-01-14T16:00")


def test_earliest_of_two_strong_deadlines() -> None:
    text = "Slides by Friday, but the VPN has to work by noon"
    found = find_deadline(text, sent("Europe/London"), "Europe/London")
    assert found is not None
    assert found.due_at == utc("2026-01-14T12:00")
    assert found.evidence.quote == "by noon"


def test_only_the_first_scan_window_is_read() -> None:
    text = "x " * MAX_SCAN_CHARS + "by noon"
    assert find_deadline(text, sent("Europe/London"), "Europe/London") is None


def test_naive_timestamp_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        find_deadline("by noon", datetime(2026, 1, 14, 10, 0), "Europe/London")


def test_unknown_timezone_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown timezone"):
        find_deadline("by noon", sent("Europe/London"), "Mars/Olympus_Mons")


@pytest.mark.parametrize(
    "text",
    [
        "need it by morn\u0131ng",
        "by fr\u0131day please",
        "f\u0131rst th\u0131ng tomorrow",
        "by 3 PM \u0130stanbul",
        "need it in 2 hour\u017f",
        "before 9 on \u017faturday",
    ],
)
def test_letters_that_fold_like_ascii_never_crash(text: str) -> None:
    # re.IGNORECASE matches dotless i as i; the table lookups must fold the same way.
    from warmdesk.signals.analyze import analyze

    analyze(text, datetime(2026, 11, 23, 13, 5, tzinfo=UTC), "Europe/London")
