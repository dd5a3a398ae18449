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
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from warmdesk.signals.dates import (
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
from warmdesk.signals.impact_words import NUMBER_PATTERN, number_value
from warmdesk.signals.types import DeadlineSignal, Evidence

MAX_SCAN_CHARS = 20_000
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
_FIRST = rf"(?=\d|{'|'.join(map(re.escape, sorted(ATOM_PREFIXES, key=len, reverse=True)))})"
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

_EVENTS = (
    r"meeting|call|presentation|demo|webinar|interview|exam|lecture|class|flight|appointment|"
    r"session|payroll|release|deploy(?:ment)?|launch|conference|pitch|standup|stand-up|review|"
    r"audit|filing|hearing|shift|training|deadline|submission|board|workshop|go-live|"
    r"courier|pickup|pick-up|truck|cutoff|cut-off|close|closing|ship|market|"
    r"réunion|riunione|presentazione|reunión|vergadering|besprechung|sitzung|vorstandssitzung"
)
# Regexes anchored at \Z are tried at every position of the window, so each starts with a
# required word alternation (fast to reject) and the optional words before it are read
# separately from a short tail.
_TRIGGER_LEFT_RE = re.compile(
    r"(?P<trig>\bby|\bbefore|\buntil|\btill|\btil|'til"
    r"|\bno\s+later\s+than|\bnot\s+later\s+than|\blatest\s+by|\bdue(?:\s+(?:by|on|at|for))?"
    r"|\bdeadline(?:\s+(?:is|of))?|\bahead\s+of|\bat|\bon|\bfor|\bfrom|\bsince|\bafter|\blast"
    r"|\bevery|\beach|\bstarting|\bas\s+of|\bthis\s+past|\bpast"
    # the same triggers in the other languages of the desk
    r"|\bavant|\bbis(?:\s+(?:zum|um))?|\bvoor|\bantes\s+de(?:\s+las?)?|\baté(?:\s+[àa]s)?"
    r"|\bentro(?:\s+(?:le|il|alle))?|\bspätestens|\bà|\balle|\bom|\bum|\ba\s+las?|\bpour"
    r"|\bfür|\bpara|\bper|\bseit|\bdepuis|\bdesde|\bsinds|\bda)"
    r"(?:\s+(?:my|our|the|a|an|his|her|their))?\s*\Z",
    re.I,
)
_DURATION_LEFT_RE = re.compile(r"\b(?:in|within)\s+\Z", re.I)
_NEGATED_RE = re.compile(r"(?:\bnot|n't|\bno)\s+\Z", re.I)
_EVENT_TAIL_RE = re.compile(
    rf"\b(?:{_EVENTS})s?\s+(?:is\s+|starts\s+|begins\s+|'s\s+|runs\s+|comes\s+|arrives\s+"
    r"|opens\s+|closes\s+|leaves\s+|goes\s+live\s+)?(?:at|on|in|à|alle|om|um)?\s*\Z",
    re.I,
)
_EVENT_HEAD_RE = re.compile(
    r"(?:\b(?P<pre>before|for|ahead\s+of|until)\s+)?(?:\b(?:my|our|the|a|an)\s+)?"
    r"(?:\b[a-z-]+\s+)?\Z",
    re.I,
)
_EVENT_RIGHT_RE = re.compile(rf"\A\s+(?:[a-z-]+\s+)?(?:{_EVENTS})\b", re.I)
_RIGHT_NEG_RE = re.compile(
    r"\s*(?:ago|onwards?|and\s+ever\s+since|every|each|yesterday|last\s+week)\b", re.I
)
_STRONG = {"by", "before", "until", "till", "til", "'til", "no later than", "not later than"}
_STRONG |= {"latest by", "due", "due by", "due on", "due at", "due for", "deadline"}
_STRONG |= {"deadline is", "deadline of", "ahead of"}
_FOREIGN_STRONG = {"avant", "bis", "voor", "antes", "até", "entro", "spätestens"}
_NEVER = {"from", "since", "after", "last", "every", "each", "starting", "as of", "past"}
_NEVER |= {"this past", "seit", "depuis", "desde", "sinds", "da"}
_WEAK_EOD_TRIGGERS = {"before", "ahead of", "for", "at", "on", ""}
_UNTIL = {"until", "till", "til", "'til"}

_CLAUSE_BREAK_RE = re.compile(r"[!?;\n]|\.\s|,|\b(?:and|but|so|because|although)\b", re.I)
_NEED_OR_EVENT_RE = re.compile(
    rf"\b(?:need|needs|must|have\s+to|has\s+to|got\s+to|gotta|require[sd]?|asap|urgent|"
    rf"please|ready|fix|sort|working|done|finished|latest|starts?|begins?|expir|run\s+out|"
    rf"runs\s+out|{_EVENTS})",
    re.I,
)
_HARD_PAST_RE = re.compile(
    r"\b(?:was|were|had|did|happened|ago|yesterday|earlier|used\s+to|ever\s+since)\b", re.I
)
_ED_ALLOWED = (
    r"need|schedul|book|plann|suppos|expect|requir|fix|sort|resolv|finish|complet|submitt|"
    r"approv|sign|upload|shipp|fil|process|deploy|releas|deliver|print|publish|shar|hundr|"
    r"lock|bas|relat|invit|prepar|updat|restor|connect|install"
)
_SOFT_PAST_RE = re.compile(
    rf"\b(?!(?:{_ED_ALLOWED})ed\b)[a-z]{{2,}}(?<!e)ed\b|\b(?:went|broke|began|came|saw|said|"
    r"told|sent|rang|left|took|froze|fell|ran|lost|gave)\b",
    re.I,
)
_NO_DEADLINE_RE = re.compile(
    r"\b(?:no\s+(?:deadline|rush|hurry)|not\s+urgent|whenever|every|each|always|usually|daily"
    r"|keeps?)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    due_at: datetime
    start: int
    end: int
    strong: bool


def find_deadline(text: str, sent_at: datetime, tz: str) -> DeadlineSignal | None:
    """Return the most pressing deadline stated in ``text``, or None if none is stated.

    ``sent_at`` must be timezone-aware; ``tz`` is the writer's IANA zone name. Only the first
    ``MAX_SCAN_CHARS`` characters are read. Strongly marked deadlines ("by", "before",
    "in 5 minutes") win over weaker ones ("meeting at 3pm"); among equals the earliest wins.
    Raises ValueError for a naive ``sent_at`` or an unknown timezone.
    """
    zone = resolve_zone(tz)
    if sent_at.tzinfo is None or sent_at.utcoffset() is None:
        raise ValueError("sent_at must be timezone-aware")
    text = text[:MAX_SCAN_CHARS]
    now = sent_at.astimezone(zone)
    candidates = [c for c in _chain_candidates(text, now) if c is not None]
    candidates += [c for c in _duration_candidates(text, now) if c is not None]
    if not candidates:
        return None
    best = min(candidates, key=lambda c: (not c.strong, c.due_at, c.start))
    quote = text[best.start : best.end]
    evidence = Evidence(start=best.start, end=best.end, quote=quote, cue="deadline")
    return DeadlineSignal(due_at=best.due_at.astimezone(UTC), evidence=evidence)


def resolve_zone(tz: str) -> ZoneInfo:
    """Return the ZoneInfo for an IANA name; raise ValueError when it is unknown."""
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown timezone: {tz!r}") from exc


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the clause before and after [start, end), within a bounded window."""
    left = text[max(0, start - _CONTEXT) : start]
    right = text[end : end + _CONTEXT]
    breaks = list(_CLAUSE_BREAK_RE.finditer(left))
    if breaks:
        left = left[breaks[-1].end() :]
    after = _CLAUSE_BREAK_RE.search(right)
    return left, right[: after.start()] if after else right


def _accepts(text: str, start: int, end: int, strong: bool, soft_past: bool) -> bool:
    """Whether the context makes [start, end) a deadline rather than a past or habit.

    Strong triggers only fail on plain past markers ("was", "ago"); ``soft_past`` adds the
    "-ed" verb test, for "until" ("worked until 3pm") and durations ("crashed in 5 min").
    """
    left, right = _clause(text, start, end)
    if _RIGHT_NEG_RE.match(text, end, min(len(text), end + 40)):
        return False
    clause = left + " " + right
    if _HARD_PAST_RE.search(clause):
        return False
    if (soft_past or not strong) and _SOFT_PAST_RE.search(clause):
        return False
    if strong:
        return True
    if _NO_DEADLINE_RE.search(clause):
        return False
    return _NEED_OR_EVENT_RE.search(clause) is not None


def _chain_candidates(text: str, now: datetime) -> list[_Candidate | None]:
    found: list[_Candidate | None] = []
    for chain in _CHAIN_RE.finditer(text):
        start, end = chain.span()
        window = text[max(0, start - _LEFT_WINDOW) : start]
        trig_match = _TRIGGER_LEFT_RE.search(window, max(0, len(window) - _TRIGGER_REACH))
        trigger = " ".join(trig_match.group("trig").lower().split()) if trig_match else ""
        if trig_match and (trigger in _NEVER or _negated(window[: trig_match.start()])):
            continue
        event_left = _event_before(window)
        event_right = _EVENT_RIGHT_RE.match(text[end : end + _CONTEXT])
        atoms = list(_ATOM_RE.finditer(text, start, end))  # full text: lookbehinds see context
        if _DURATION_LEFT_RE.search(window) and any(a.group("hfr") for a in atoms):
            continue  # "in 2h" is a duration, read by _duration_candidates
        strong = trigger in _STRONG or trigger.split(" ")[0] in _FOREIGN_STRONG
        strong = strong or bool(event_left and event_left[1])
        has_bare = any(a.group("bare") or a.group("bare2") for a in atoms)
        if has_bare and not (strong or event_left or event_right):
            continue
        if not strong and any(a.group("eod") or a.group("eow") or a.group("eom") for a in atoms):
            strong = trigger not in _WEAK_EOD_TRIGGERS - {""}
        if not _accepts(text, start, end, strong, trigger in _UNTIL):
            continue
        zone_named = ZONE_AFTER_RE.match(text, end, min(len(text), end + 24))
        if zone_named:  # "before 9am New York time" is read in the zone it names
            end = zone_named.end()
        local_now = now.astimezone(named_zone(zone_named.group("zone"))) if zone_named else now
        due = _resolve(atoms, local_now, bool(trig_match))
        if due is None:
            continue
        if event_left:
            start = start - len(window) + event_left[0]
        elif trig_match:
            start = start - len(window) + trig_match.start("trig")
        if event_right:
            end += event_right.end()
        found.append(_Candidate(due, start, end, strong))
    return found


def _negated(before: str) -> bool:
    return _NEGATED_RE.search(before[-8:]) is not None


def _event_before(window: str) -> tuple[int, bool] | None:
    """Where an event phrase ending the window starts ("before my client call at "), and
    whether it opens with a deadline word such as "before"."""
    tail = _EVENT_TAIL_RE.search(window)
    if tail is None:
        return None
    head_start = max(0, tail.start() - 32)
    head = _EVENT_HEAD_RE.search(window, head_start, tail.start())
    if head is None:
        return tail.start(), False
    return head.start(), head.group("pre") is not None


def _duration_candidates(text: str, now: datetime) -> list[_Candidate | None]:
    found: list[_Candidate | None] = []
    for match in _DURATION_RE.finditer(text):
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
        if not _accepts(text, match.start(), match.end(), True, True):
            continue
        # Durations are absolute: add in UTC so a DST change in between does not shift them.
        due = now.astimezone(UTC) + timedelta(minutes=round(minutes))
        start = match.start()
        window = text[max(0, start - _LEFT_WINDOW) : start]
        event_left = _event_before(window)
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
