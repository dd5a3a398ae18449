"""Stated deadlines in a message, resolved to an absolute UTC instant.

Pure: the only notion of "now" is the message's own ``sent_at``; clock times are read in
the writer's IANA timezone ``tz``. Anchors for words without a clock time:

* morning / "first thing" 09:00, noon / midday / lunch 12:00, afternoon / EOD / COB 17:00,
  evening / tonight 18:00, end of week = Friday 17:00, end of the month = its last day
  17:00, midnight = 00:00 at the end of the day.
* A day without a time ("by Friday", "tomorrow", "on the 30th") is 17:00 that day, the end
  of that working day, whatever word comes before it.
* A clock time without am/pm: 1-7 means afternoon (14:30 for "2:30"), 8-12 as written,
  unless "morning"/"afternoon"/"tonight" says otherwise; "15:30" is read as written.
* A clock time or EOD with no day that has already passed at ``sent_at`` rolls to the next
  day ("by 9am" sent at 10:00 is tomorrow 09:00). A weekday that is today counts as today
  while its resolved time is still ahead, otherwise it is next week's. A date without a
  year that has passed is next year's. "today" is never rolled.
* Durations ("in 5 minutes", "within 2 hours") are added to ``sent_at`` in absolute time,
  so they are right across DST changes; wall-clock times inside a DST gap follow zoneinfo's
  fold=0 rule (read with the offset before the change).
* A zone named after the time ("9am New York time", "18:00 UTC") replaces the writer's.
* German, French, Dutch, Spanish, Italian and Portuguese deadline words ("bis 16 Uhr",
  "avant midi", "voor maandag 8:30") follow the same rules; the words are in ``dates``.

Precision over recall: a time only counts with a deadline trigger ("by", "before", "due",
"no later than", "in N minutes") or, after "at"/"on"/nothing, when its clause talks of a
need or an event and is not told in the past tense. "since 9am", "10 minutes ago",
"last Friday", "every morning", "for 2 hours now" are never deadlines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from warmdesk.signals.dates import (
    ATOM_FIRST_WORDS,
    ATOM_PREFIXES,
    CLOCK,
    DAY,
    END_OF_DAY,
    EOD,
    PART,
    PART_ANCHORS,
    PART_WORDS,
    WEEKDAY_NAMES,
    ZONE_AFTER_RE,
    clock_for_part,
    clock_of,
    end_of_month,
    explicit_date,
    fold,
    is_midnight,
    later,
    named_zone,
    place,
)
from warmdesk.signals.deadline_context import (
    CONTEXT,
    ContextReading,
    ContextRegexes,
    accepts,
    event_before,
    negated,
)
from warmdesk.signals.deadline_words import (
    CLAUSE_BREAK_RE,
    DURATION_LEFT_RE,
    EVENT_HEAD_RE,
    EVENT_RIGHT_RE,
    EVENT_TAIL_RE,
    FOREIGN_STRONG_TRIGGERS,
    HARD_PAST_RE,
    NEED_OR_EVENT_RE,
    NEGATED_RE,
    NEVER_TRIGGERS,
    NO_DEADLINE_RE,
    RIGHT_NEG_RE,
    SOFT_PAST_RE,
    STRONG_TRIGGERS,
    TRIGGER_LEFT_RE,
    UNTIL_TRIGGERS,
    WEAK_EOD_TRIGGERS,
)
from warmdesk.signals.impact_words import NUMBER_PATTERN, number_value
from warmdesk.signals.scan import Anchored, TextScan, scan_of
from warmdesk.signals.spans import MAX_SCAN_CHARS as MAX_SCAN_CHARS  # every scanner's limit
from warmdesk.signals.spans import words_alternation
from warmdesk.signals.types import DeadlineSignal, Evidence

# The trigger and event phrases end right before a time: their regexes, anchored at \Z,
# only need this much left context, and a short window keeps them fast.
_LEFT_WINDOW = 48
_TRIGGER_REACH = 30  # the longest trigger with its article, "not later than their "


_ATOM = rf"(?:{EOD}|{DAY}|{PART}|{CLOCK})(?!\w)"
# The chain is matched without group names; each atom is then read with _ATOM_RE.
_ATOM_PLAIN = re.sub(r"\?P<\w+>", "", _ATOM)
_SEP = r"(?:\s*,\s*|\s+(?:at|on|by|around|in\s+the)\s+|\s+)"
# Word starts that cannot open an atom fail on this cheap lookahead before the atoms are tried.
# "the" only opens a date with a number after it ("the 5th of May").
_FIRST = rf"(?=\d|the\s+\d|{words_alternation(ATOM_PREFIXES - {'the'})})"
# Every atom starts so, the chain's later atoms too: after a separator, a word that cannot
# open one fails on the lookahead instead of on every atom's alternatives.
_CHAIN_RE = re.compile(
    rf"(?<![\w:/.-]){_FIRST}{_ATOM_PLAIN}(?:{_SEP}{_FIRST}{_ATOM_PLAIN}){{0,2}}", re.I
)
_ATOM_RE = re.compile(_ATOM, re.I)

_DURATION_RE = re.compile(
    rf"(?<!\w)(?P<trig>in|within)\s+(?:the\s+next\s+)?"
    rf"(?:(?P<num>\d{{1,3}}(?:\.\d)?|{NUMBER_PATTERN}|an?)\s*-?\s*"
    r"(?P<unit>minutes?|mins?|m|hours?|hrs?|h|days?|weeks?)(?!\w)"
    r"(?P<andhalf>\s+and\s+a\s+half)?|(?P<halfhour>half\s+an\s+hour|the\s+hour)"
    # "need it in 15." - a bare number that ends the sentence is minutes
    r"|(?P<bareminutes>[1-9]\d?)(?=\s*(?:[.!?,;]|\Z)))",
    re.I,
)
_UNIT_MINUTES = {"m": 1, "h": 60, "d": 24 * 60, "w": 7 * 24 * 60}
_WEAK_EOD_WORDS = WEAK_EOD_TRIGGERS - {""}  # words that leave an end of day weak

# A chain can only start where a date or time word or a number stands, and a duration at
# "in" or "within" (see ``scan.Anchored``).
_CHAIN = Anchored(_CHAIN_RE, ATOM_FIRST_WORDS, digits=True)
_DURATION = Anchored(_DURATION_RE, frozenset({"in", "within"}))


_AS_WRITTEN = ContextRegexes(
    _ATOM_RE,
    TRIGGER_LEFT_RE,
    DURATION_LEFT_RE,
    NEGATED_RE,
    EVENT_TAIL_RE,
    EVENT_HEAD_RE,
    EVENT_RIGHT_RE,
    RIGHT_NEG_RE,
    CLAUSE_BREAK_RE,
    NEED_OR_EVENT_RE,
    HARD_PAST_RE,
    SOFT_PAST_RE,
    NO_DEADLINE_RE,
    ZONE_AFTER_RE,
)
_LOWER_CASE = _AS_WRITTEN.folded()


@dataclass(slots=True)
class _Candidate:
    due_at: datetime
    start: int
    end: int
    strong: bool


def find_deadline(
    text: str,
    sent_at: datetime,
    tz: str,
    scan: TextScan | None = None,
    *,
    any_time: bool = False,
) -> DeadlineSignal | None:
    """Return the most pressing deadline stated in ``text``, or None if none is stated.

    ``sent_at`` must be timezone-aware; ``tz`` is the writer's IANA zone name. Only the first
    ``MAX_SCAN_CHARS`` characters are read. Strongly marked deadlines ("by", "before",
    "in 5 minutes") win over weaker ones ("meeting at 3pm"); among equals the earliest wins.
    ``scan`` is this text's ``scan_text``, when the caller already has it. ``any_time``
    counts every time expression as marked (for text already known to be a promise, like
    "I'll call you at 4"), except those after "since", "ago" and the like.
    Raises ValueError for a naive ``sent_at`` or an unknown timezone.
    """
    zone = resolve_zone(tz)
    if sent_at.tzinfo is None or sent_at.utcoffset() is None:
        raise ValueError("sent_at must be timezone-aware")
    scan = scan_of(text, scan)
    text = scan.text
    now = sent_at.astimezone(zone)
    # Candidates are judged on the lower-case text when it folds like IGNORECASE (offsets
    # are the same); quotes are always cut from the text as written.
    if scan.words is not None:
        read = ContextReading(_LOWER_CASE, scan.lower, scan.spaced)
    else:
        read = ContextReading(_AS_WRITTEN, text)
    candidates = _chain_candidates(scan, read, now, any_time) + _duration_candidates(
        scan, read, now
    )
    if not candidates:
        return None
    best = min(candidates, key=lambda c: (not c.strong, c.due_at, c.start))
    quote = text[best.start : best.end]
    evidence = Evidence(start=best.start, end=best.end, quote=quote, cue="deadline")
    return DeadlineSignal(due_at=best.due_at.astimezone(UTC), evidence=evidence)


@lru_cache(maxsize=256)
def resolve_zone(tz: str) -> ZoneInfo:
    """Return the ZoneInfo for an IANA name; raise ValueError when it is unknown."""
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown timezone: {tz!r}") from exc


def _chain_candidates(
    scan: TextScan, read: ContextReading, now: datetime, any_time: bool = False
) -> list[_Candidate]:
    found: list[_Candidate] = []
    text, rx = read.text, read.regexes
    for chain in _CHAIN.finditer(scan, lower=True):
        start, end = chain.span()
        window = text[max(0, start - _LEFT_WINDOW) : start]
        trig_match = rx.trigger_left.search(window, max(0, len(window) - _TRIGGER_REACH))
        trigger = " ".join(trig_match.group("trig").lower().split()) if trig_match else ""
        if trig_match and (trigger in NEVER_TRIGGERS or negated(rx, window[: trig_match.start()])):
            continue
        strong = (
            any_time
            or trigger in STRONG_TRIGGERS
            or trigger.split(" ")[0] in FOREIGN_STRONG_TRIGGERS
        )
        # The event phrases around the time count for a weak trigger and a bare number, and
        # are quoted: most candidates are dropped before, so they are read only when needed.
        event_left = None if strong else event_before(read, start, window)
        event_right = None
        read_left, read_right = not strong, False
        strong = strong or bool(event_left and event_left[1])
        atoms = list(rx.atom.finditer(text, start, end))  # full text: lookbehinds see context
        kinds = {atom_kind(atom) for atom in atoms}
        hfr, bare, eod = "hfr" in kinds, "bare" in kinds, not kinds.isdisjoint(_END_KINDS)
        if hfr and rx.duration_left.search(window):
            continue  # "in 2h" is a duration, read by _duration_candidates
        if bare and not strong:
            event_right, read_right = rx.event_right.match(text[end : end + CONTEXT]), True
            if not (event_left or event_right):
                continue
        if not strong and eod:
            strong = trigger not in _WEAK_EOD_WORDS
        if not accepts(read, start, end, strong, trigger in UNTIL_TRIGGERS):
            continue
        if not read_right:
            event_right = rx.event_right.match(text[end : end + CONTEXT])
        zone_named = rx.zone_after.match(text, end, min(len(text), end + 24))
        if zone_named:  # "before 9am New York time" is read in the zone it names
            end = zone_named.end()
        local_now = now.astimezone(named_zone(zone_named.group("zone"))) if zone_named else now
        due = _resolve(atoms, local_now, bool(trig_match))
        if due is None:
            continue
        if not read_left:
            event_left = event_before(read, start, window)
        if event_left:
            start = start - len(window) + event_left[0]
        elif trig_match:
            start = start - len(window) + trig_match.start("trig")
        if event_right:
            end += event_right.end()
        found.append(_Candidate(due, start, end, strong))
    return found


def _duration_candidates(scan: TextScan, read: ContextReading, now: datetime) -> list[_Candidate]:
    found: list[_Candidate] = []
    text = read.text
    for match in _DURATION.finditer(scan, lower=True):
        if match.group("halfhour"):
            minutes = 30.0 if match.group("halfhour").lower().startswith("half") else 60.0
        elif match.group("bareminutes"):
            minutes = float(match.group("bareminutes"))
        else:
            raw = match.group("num").lower()
            unit = fold(match.group("unit"))[0]
            if raw in {"a", "an"} and unit == "m":
                continue  # "back in a minute" is a figure of speech, not a deadline
            count = 1.0 if raw in {"a", "an"} else _number(raw)
            if count is None:
                continue
            if match.group("andhalf"):
                count += 0.5
            minutes = count * _UNIT_MINUTES[unit]
        if not accepts(read, match.start(), match.end(), True, True):
            continue
        # Durations are absolute: add in UTC so a DST change in between does not shift them.
        due = now.astimezone(UTC) + timedelta(minutes=round(minutes))
        start = match.start()
        window = text[max(0, start - _LEFT_WINDOW) : start]
        event_left = event_before(read, start, window)
        if event_left:  # "board meeting in 5 minutes": quote the event too
            start = start - len(window) + event_left[0]
        found.append(_Candidate(due, start, match.end(), True))
    return found


# An atom's kind, from the last group its match closed: each alternative of the atom ends
# with a group of its own ("9am" closes "mer" last, "May 5th" "md", "next Friday" "wd").
_KIND_OF_LAST_GROUP = {
    **{name: name for name in ("today", "tomorrow", "wd", "eod", "eow", "eom", "part")},
    **dict.fromkeys(("id", "dmon", "dy", "md", "my", "dom"), "date"),
    **dict.fromkeys(("hfr", "mfr"), "hfr"),
    **dict.fromkeys(("bare", "bare2"), "bare"),
}
_END_KINDS = frozenset({"eod", "eow", "eom"})


def atom_kind(atom: re.Match[str]) -> str:
    """What an atom of ``_ATOM_RE`` names: "today", "tomorrow", "wd" (a weekday), "date",
    "eod", "eow", "eom", "part" (of the day), or a clock time: "hfr" ("14h30"), "bare" (a
    number alone, "by 3") or "clock" (any other)."""
    return _KIND_OF_LAST_GROUP.get(atom.lastgroup or "", "clock")


def _number(raw: str) -> float | None:
    if raw.replace(".", "", 1).isdigit():
        return float(raw)
    value = number_value(raw)
    return None if value is None else float(value)


def _resolve(atoms: list[re.Match[str]], now: datetime, triggered: bool) -> datetime | None:
    """Combine the chain's atoms (day, part of day, clock, EOD) into a local datetime.

    A day with no time is the end of that working day (17:00); "this morning" that is
    already over, with no deadline word before it, is a past time and gives None.
    """
    day: date | None = None
    weekday: int | None = None
    explicit_today = this_part = False
    clock: time | None = None
    part: str | None = None
    midnight = False
    for atom in atoms:
        kind = atom_kind(atom)
        if kind == "today":
            day, explicit_today = now.date(), True
            if atom.group("today").lower().startswith("toni"):
                part = "evening"
        elif kind == "tomorrow":
            day = now.date() + timedelta(days=1)
        elif kind == "wd":
            weekday = WEEKDAY_NAMES[fold(atom.group("wd"))]
        elif kind == "date":
            day = explicit_date(atom, now.date())
            if day is None:
                return None
        elif kind == "eod":
            clock = END_OF_DAY
        elif kind == "eow":
            weekday, clock = 4, END_OF_DAY
        elif kind == "eom":
            day, clock = end_of_month(now.date()), END_OF_DAY
        elif kind == "part":
            part = PART_WORDS[fold(atom.group("part"))]
            this_part = bool(atom.group("this"))
            explicit_today = explicit_today or this_part
        else:
            midnight = is_midnight(atom)
            clock = clock_of(atom, part)
    dated = day is not None or weekday is not None
    if part is not None and not (dated or explicit_today):
        return None  # a bare "morning" is a habit or a past, not a deadline
    if clock is None:
        clock = PART_ANCHORS[part] if part is not None else END_OF_DAY
    elif part is not None and not midnight:
        clock = clock_for_part(clock, part)
    due = place(now, day, weekday, clock, midnight, roll=not (dated or explicit_today))
    if this_part and not dated and not triggered and not later(due, now):
        return None  # "I got a weird email this morning"
    return due
