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
from dataclasses import dataclass, fields
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
    is_midnight,
    later,
    named_zone,
    place,
)
from warmdesk.signals.deadline_words import (
    CLAUSE_BREAK_RE,
    DURATION_LEFT_RE,
    EVENT_FIRST_WORDS,
    EVENT_HEAD_RE,
    EVENT_RIGHT_RE,
    EVENT_TAIL_RE,
    FOREIGN_STRONG_TRIGGERS,
    HARD_PAST_RE,
    HARD_PAST_WORDS,
    NEED_OR_EVENT_RE,
    NEGATED_RE,
    NEVER_TRIGGERS,
    NO_DEADLINE_RE,
    NO_DEADLINE_WORDS,
    RIGHT_NEG_RE,
    SOFT_PAST_RE,
    SOFT_PAST_WORDS,
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

_CONTEXT = 80  # characters of context either side used to judge a candidate
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
_CHAIN_RE = re.compile(rf"(?<![\w:/.-]){_FIRST}{_ATOM_PLAIN}(?:{_SEP}{_ATOM_PLAIN}){{0,2}}", re.I)
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

# A chain can only start where a date or time word or a number stands, and a duration at
# "in" or "within" (see ``scan.Anchored``).
_CHAIN = Anchored(_CHAIN_RE, ATOM_FIRST_WORDS, digits=True)
_DURATION = Anchored(_DURATION_RE, frozenset({"in", "within"}))


@dataclass(frozen=True, slots=True)
class _Regexes:
    """The regexes that judge a candidate, for one form of the text: as written (ignoring
    case) or lower-cased. Every pattern here is written in lower case, so on the lower-case
    text it needs no IGNORECASE, which ``re`` runs several times faster."""

    atom: re.Pattern[str]
    trigger_left: re.Pattern[str]
    duration_left: re.Pattern[str]
    negated: re.Pattern[str]
    event_tail: re.Pattern[str]
    event_head: re.Pattern[str]
    event_right: re.Pattern[str]
    right_neg: re.Pattern[str]
    clause_break: re.Pattern[str]
    need_or_event: re.Pattern[str]
    hard_past: re.Pattern[str]
    soft_past: re.Pattern[str]
    no_deadline: re.Pattern[str]
    zone_after: re.Pattern[str]

    def folded(self) -> _Regexes:
        """The same patterns without IGNORECASE, for lower-case text."""
        return _Regexes(
            *(
                re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
                for pattern in (getattr(self, field.name) for field in fields(self))
            )
        )


_AS_WRITTEN = _Regexes(
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


@dataclass(frozen=True, slots=True)
class _Candidate:
    due_at: datetime
    start: int
    end: int
    strong: bool


def find_deadline(
    text: str, sent_at: datetime, tz: str, scan: TextScan | None = None
) -> DeadlineSignal | None:
    """Return the most pressing deadline stated in ``text``, or None if none is stated.

    ``sent_at`` must be timezone-aware; ``tz`` is the writer's IANA zone name. Only the first
    ``MAX_SCAN_CHARS`` characters are read. Strongly marked deadlines ("by", "before",
    "in 5 minutes") win over weaker ones ("meeting at 3pm"); among equals the earliest wins.
    ``scan`` is this text's ``scan_text``, when the caller already has it.
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
        read = _Reading(_LOWER_CASE, scan.lower, scan.spaced)
    else:
        read = _Reading(_AS_WRITTEN, text)
    candidates = [c for c in _chain_candidates(scan, read, now) if c is not None]
    candidates += [c for c in _duration_candidates(scan, read, now) if c is not None]
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


@dataclass(frozen=True, slots=True)
class _Reading:
    """The regexes and the form of the text they read (same offsets as the text), with the
    scan's ``spaced`` text when there is one."""

    regexes: _Regexes
    text: str
    spaced: str | None = None


def _clause(read: _Reading, start: int, end: int) -> tuple[int, int]:
    """Where the clause around [start, end) begins and ends, within a bounded window."""
    text, breaker = read.text, read.regexes.clause_break
    left_start = max(0, start - _CONTEXT)
    breaks = list(breaker.finditer(text[left_start:start]))
    if breaks:
        left_start += breaks[-1].end()
    right = text[end : end + _CONTEXT]
    after = breaker.search(right)
    return left_start, end + (after.start() if after else len(right))


def _accepts(read: _Reading, start: int, end: int, strong: bool, soft_past: bool) -> bool:
    """Whether the context makes [start, end) a deadline rather than a past or habit.

    Strong triggers only fail on plain past markers ("was", "ago"); ``soft_past`` adds the
    "-ed" verb test, for "until" ("worked until 3pm") and durations ("crashed in 5 min").
    """
    text, rx = read.text, read.regexes
    left_start, right_end = _clause(read, start, end)
    if rx.right_neg.match(text, end, min(len(text), end + 40)):
        return False
    clause = text[left_start:start] + " " + text[end:right_end]
    # The clause's words, when known, skip the regexes that need a word it lacks.
    words = None
    if read.spaced is not None:
        words = read.spaced[left_start + 1 : start + 1].split()
        words += read.spaced[end + 1 : right_end + 1].split()
    if (words is None or not HARD_PAST_WORDS.isdisjoint(words)) and rx.hard_past.search(clause):
        return False
    if (
        (soft_past or not strong)
        and (
            words is None
            or not SOFT_PAST_WORDS.isdisjoint(words)
            or any(word.endswith("ed") for word in words)
        )
        and rx.soft_past.search(clause)
    ):
        return False
    if strong:
        return True
    if (words is None or not NO_DEADLINE_WORDS.isdisjoint(words)) and rx.no_deadline.search(clause):
        return False
    return rx.need_or_event.search(clause) is not None


def _chain_candidates(scan: TextScan, read: _Reading, now: datetime) -> list[_Candidate | None]:
    found: list[_Candidate | None] = []
    text, rx = read.text, read.regexes
    for chain in _CHAIN.finditer(scan, lower=True):
        start, end = chain.span()
        window = text[max(0, start - _LEFT_WINDOW) : start]
        trig_match = rx.trigger_left.search(window, max(0, len(window) - _TRIGGER_REACH))
        trigger = " ".join(trig_match.group("trig").lower().split()) if trig_match else ""
        if trig_match and (trigger in NEVER_TRIGGERS or _negated(rx, window[: trig_match.start()])):
            continue
        strong = trigger in STRONG_TRIGGERS or trigger.split(" ")[0] in FOREIGN_STRONG_TRIGGERS
        # The event phrases around the time count for a weak trigger and a bare number, and
        # are quoted: most candidates are dropped before, so they are read only when needed.
        event_left = None if strong else _event_before(read, start, window)
        event_right = None
        read_left, read_right = not strong, False
        strong = strong or bool(event_left and event_left[1])
        atoms = list(rx.atom.finditer(text, start, end))  # full text: lookbehinds see context
        if any(a.group("hfr") for a in atoms) and rx.duration_left.search(window):
            continue  # "in 2h" is a duration, read by _duration_candidates
        has_bare = any(a.group("bare") or a.group("bare2") for a in atoms)
        if has_bare and not strong:
            event_right, read_right = rx.event_right.match(text[end : end + _CONTEXT]), True
            if not (event_left or event_right):
                continue
        if not strong and any(a.group("eod") or a.group("eow") or a.group("eom") for a in atoms):
            strong = trigger not in WEAK_EOD_TRIGGERS - {""}
        if not _accepts(read, start, end, strong, trigger in UNTIL_TRIGGERS):
            continue
        if not read_right:
            event_right = rx.event_right.match(text[end : end + _CONTEXT])
        zone_named = rx.zone_after.match(text, end, min(len(text), end + 24))
        if zone_named:  # "before 9am New York time" is read in the zone it names
            end = zone_named.end()
        local_now = now.astimezone(named_zone(zone_named.group("zone"))) if zone_named else now
        due = _resolve(atoms, local_now, bool(trig_match))
        if due is None:
            continue
        if not read_left:
            event_left = _event_before(read, start, window)
        if event_left:
            start = start - len(window) + event_left[0]
        elif trig_match:
            start = start - len(window) + trig_match.start("trig")
        if event_right:
            end += event_right.end()
        found.append(_Candidate(due, start, end, strong))
    return found


def _negated(rx: _Regexes, before: str) -> bool:
    return rx.negated.search(before[-8:]) is not None


def _event_before(read: _Reading, start: int, window: str) -> tuple[int, bool] | None:
    """Where an event phrase ending the window (the text before ``start``) starts ("before
    my client call at "), and whether it opens with a deadline word such as "before"."""
    rx = read.regexes
    if read.spaced is not None and EVENT_FIRST_WORDS.isdisjoint(
        read.spaced[start - len(window) + 1 : start + 1].split()  # the window's own words
    ):
        return None
    tail = rx.event_tail.search(window)
    if tail is None:
        return None
    head_start = max(0, tail.start() - 32)
    head = rx.event_head.search(window, head_start, tail.start())
    if head is None:
        return tail.start(), False
    return head.start(), head.group("pre") is not None


def _duration_candidates(scan: TextScan, read: _Reading, now: datetime) -> list[_Candidate | None]:
    found: list[_Candidate | None] = []
    text = read.text
    for match in _DURATION.finditer(scan, lower=True):
        if match.group("halfhour"):
            minutes = 30.0 if match.group("halfhour").lower().startswith("half") else 60.0
        elif match.group("bareminutes"):
            minutes = float(match.group("bareminutes"))
        else:
            raw = match.group("num").lower()
            unit = match.group("unit")[0].lower()
            if raw in {"a", "an"} and unit == "m":
                continue  # "back in a minute" is a figure of speech, not a deadline
            count = 1.0 if raw in {"a", "an"} else _number(raw)
            if count is None:
                continue
            if match.group("andhalf"):
                count += 0.5
            minutes = count * _UNIT_MINUTES[unit]
        if not _accepts(read, match.start(), match.end(), True, True):
            continue
        # Durations are absolute: add in UTC so a DST change in between does not shift them.
        due = now.astimezone(UTC) + timedelta(minutes=round(minutes))
        start = match.start()
        window = text[max(0, start - _LEFT_WINDOW) : start]
        event_left = _event_before(read, start, window)
        if event_left:  # "board meeting in 5 minutes": quote the event too
            start = start - len(window) + event_left[0]
        found.append(_Candidate(due, start, match.end(), True))
    return found


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
        if atom.group("today"):
            day, explicit_today = now.date(), True
            if atom.group("today").lower().startswith("toni"):
                part = "evening"
        elif atom.group("tomorrow"):
            day = now.date() + timedelta(days=1)
        elif atom.group("wd"):
            weekday = WEEKDAY_NAMES[atom.group("wd").lower()]
        elif atom.group("iy") or atom.group("dd") or atom.group("mmon") or atom.group("dom"):
            day = explicit_date(atom, now.date())
            if day is None:
                return None
        elif atom.group("eod"):
            clock = END_OF_DAY
        elif atom.group("eow"):
            weekday, clock = 4, END_OF_DAY
        elif atom.group("eom"):
            day, clock = end_of_month(now.date()), END_OF_DAY
        elif atom.group("part"):
            part = PART_WORDS[atom.group("part").lower()]
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
