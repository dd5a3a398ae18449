"""Date and clock words for deadlines, and the pure arithmetic that places them in time.

``timeparse`` finds deadline phrases; this module holds the vocabulary those phrases are
built from (English plus the German, French, Dutch, Spanish, Italian and Portuguese words
the help desk sees) and turns the pieces into a local datetime. Nothing here reads a clock.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

MORNING, NOON, END_OF_DAY, EVENING = time(9), time(12), time(17), time(18)
PART_ANCHORS = {"morning": MORNING, "afternoon": END_OF_DAY, "evening": EVENING}
# Part-of-day words in every language, normalized.
PART_WORDS = {
    "morning": "morning",
    "first thing": "morning",
    "früh": "morning",
    "matin": "morning",
    "ochtend": "morning",
    "mattina": "morning",
    "afternoon": "afternoon",
    "arvo": "afternoon",
    "nachmittag": "afternoon",
    "après-midi": "afternoon",
    "pomeriggio": "afternoon",
    "evening": "evening",
    "abend": "evening",
    "soir": "evening",
    "avond": "evening",
    "sera": "evening",
}
WEEKDAY_NAMES = {
    **dict.fromkeys(("monday", "montag", "lundi", "maandag", "lunes", "lunedì", "lunedi"), 0),
    **dict.fromkeys(("tuesday", "tues", "dienstag", "mardi", "dinsdag", "martes"), 1),
    **dict.fromkeys(("martedì", "martedi", "terça", "terca"), 1),
    **dict.fromkeys(("wednesday", "weds", "mittwoch", "mercredi", "woensdag"), 2),
    **dict.fromkeys(("miércoles", "miercoles", "mercoledì", "mercoledi", "quarta"), 2),
    **dict.fromkeys(("thursday", "thurs", "donnerstag", "jeudi", "donderdag", "jueves"), 3),
    **dict.fromkeys(("giovedì", "giovedi", "quinta"), 3),
    **dict.fromkeys(("friday", "fri", "freitag", "vendredi", "vrijdag", "viernes"), 4),
    **dict.fromkeys(("venerdì", "venerdi", "sexta"), 4),
    **dict.fromkeys(("saturday", "samstag", "samedi", "zaterdag", "sábado", "sabado"), 5),
    **dict.fromkeys(("sunday", "sonntag", "dimanche", "zondag", "domingo", "domenica"), 6),
}
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
CLOCK_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
# Zones a writer names after a time ("before 9am New York time", "18:00 UTC").
NAMED_ZONES = {
    "new york": "America/New_York",
    "eastern": "America/New_York",
    "et": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "central": "America/Chicago",
    "ct": "America/Chicago",
    "pacific": "America/Los_Angeles",
    "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "london": "Europe/London",
    "uk": "Europe/London",
    "utc": "UTC",
    "gmt": "UTC",
    "cet": "Europe/Paris",
    "cest": "Europe/Paris",
    "paris": "Europe/Paris",
    "berlin": "Europe/Berlin",
    "sydney": "Australia/Sydney",
    "tokyo": "Asia/Tokyo",
    "singapore": "Asia/Singapore",
    "india": "Asia/Kolkata",
    "ist": "Asia/Kolkata",
}


# Letters re.IGNORECASE matches as ASCII ones but str.lower keeps apart: dotless i, long s,
# the Kelvin sign, and dotted capital I (which lowers to "i" and a combining dot).
_FOLD = str.maketrans({"\u0131": "i", "\u017f": "s", "\u212a": "k", "\u0307": None})


def fold(word: str) -> str:
    """``word`` lower-cased the way the patterns matched it, to look it up in a table."""
    return word.lower().translate(_FOLD)


def _words(spaced: str) -> frozenset[str]:
    """A word set written as one space-separated string (easier to read and edit)."""
    return frozenset(spaced.split())


def _alt(words: Iterable[str]) -> str:
    """A regex for any of the words, longest first, as a trie ("tue(?:s(?:day)?)?"): ``re``
    tries a plain alternation word by word at every position, a trie one letter at a time.
    Among words that fit the text the longest is still tried first."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie(root)


def _trie(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _trie(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


_MONTH_ALT = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
EOD = (
    r"(?P<eod>eod|e\.o\.d\.?|cob|c\.o\.b\.?|eob|close\s+of\s+(?:business|play)"
    r"|end\s+of\s+(?:the\s+)?(?:business\s+|working\s+|work\s+)?day|end\s+of\s+business)"
    r"|(?P<eow>eow|end\s+of\s+(?:the\s+)?(?:work\s*)?week)"
    r"|(?P<eom>eom|end\s+of\s+(?:the\s+)?month)"
)
DAY = (
    r"(?P<today>today|tonight|tonite|heute|aujourd'hui|vandaag|oggi|hoy|hoje)"
    r"|(?P<tomorrow>tomorrow|tomorow|tommorow|tommorrow|tmrw|tmr|morgen|demain|mañana|domani"
    r"|amanhã)"
    r"|(?:(?P<wdmod>this\s+coming|this|next|coming)\s+)?"
    rf"(?P<wd>{_alt(WEEKDAY_NAMES)})"
    r"|(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    rf"|(?:the\s+)?(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmon>{_MONTH_ALT})\.?"
    r"(?:,?\s+(?P<dy>\d{4}))?"
    rf"|(?P<mmon>{_MONTH_ALT})\.?\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<my>\d{{4}}))?"
    r"|(?<=\bthe\s)(?P<dom>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
)
PART = rf"(?P<this>this\s+)?(?P<part>{_alt(PART_WORDS)})"
_AFTER_AT = (
    r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\bbefore\s)|(?<=\buntil\s)|(?<=\bvoor\s)|(?<=\bbis\s)"
    r"|(?<=\balle\s)|(?<=\bavant\s)|(?<=\bentro\s)|(?<=\bom\s)|(?<=\bum\s))"
)
# A bare hour right after "at"/"before" is a clock time unless a unit or count follows.
_NOT_A_CLOCK = (
    r"(?!\s*(?:%|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|times?|people|persons"
    r"|users|of\b|x\b|-|/))"
)
CLOCK = (
    r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<mer>[ap]\.?m\.?)(?![a-z])"
    r"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])"
    r"|(?P<hfr>[01]?\d|2[0-3])\s*(?:h(?P<mfr>[0-5]\d)?|uhr)"
    r"|(?P<hoc>1[0-2]|[1-9])\s*o'?clock"
    rf"|(?P<qrel>quarter|half)\s+(?P<qdir>past|after|to)\s+(?P<qh>1[0-2]|[1-9]|{_alt(CLOCK_NUMBERS)})"
    r"|(?P<special>noon|midday|midnight|lunch(?:time)?|midi|mittag|mezzogiorno|mediod[ií]a"
    r"|meio-dia|minuit|mitternacht|mezzanotte|medianoche|meia-noite)"
    r"|(?P<bare>1[0-2]|[1-9])(?=\s*(?:[!?,;)]|\.(?!\d)|\Z|today|tomorrow|tonight|at\s+the\s+latest))"
    rf"|{_AFTER_AT}(?P<bare2>1[0-2]|[1-9])(?![\d:.,h]|\s*[ap]\.?m){_NOT_A_CLOCK}"
)
# The first letters (three for months, else five) of every word that can open a date or
# time atom. Trying the big atom regex only after these keeps it off most of the text.
ATOM_PREFIXES = frozenset(
    w[:3] if w in MONTHS else w[:5]
    for w in (
        *WEEKDAY_NAMES,
        *PART_WORDS,
        *MONTHS,
        "eod",
        "eob",
        "eow",
        "eom",
        "cob",
        "close",
        "end",
        "today",
        "tonight",
        "tonite",
        "heute",
        "aujourd",
        "vandaag",
        "oggi",
        "hoy",
        "hoje",
        "tomorrow",
        "tomorow",
        "tommorow",
        "tmrw",
        "tmr",
        "morgen",
        "demain",
        "mañana",
        "domani",
        "amanhã",
        "this",
        "next",
        "coming",
        "the",
        "quarter",
        "half",
        "noon",
        "midday",
        "midnight",
        "lunch",
        "midi",
        "mittag",
        "mezzogiorno",
        "mediodía",
        "mediodia",
        "meio",
        "minuit",
        "mitternacht",
        "mezzanotte",
        "medianoche",
        "meia",
        "e",
        "c",
    )
)
# The first word (``\w+`` run) of every atom that does not begin with a digit: a date or
# time can only start where one of these, or a number, stands (see ``scan.Anchored``).
ATOM_FIRST_WORDS = (
    frozenset(WEEKDAY_NAMES)
    | frozenset(re.findall(r"\w+", part)[0] for part in PART_WORDS)
    | _words(
        "jan january feb february mar march apr april may jun june jul july aug august sep sept "
        "sepember september oct october nov november dec december "
        "eod e cob c eob close end eow eom this next coming the quarter half "
        "today tonight tonite heute aujourd vandaag oggi hoy hoje "
        "tomorrow tomorow tommorow tommorrow tmrw tmr morgen demain mañana domani amanhã "
        "noon midday midnight lunch lunchtime midi mittag mezzogiorno mediodía mediodia meio "
        "minuit mitternacht mezzanotte medianoche meia"
    )
)
ZONE_AFTER_RE = re.compile(rf"\s+(?P<zone>{_alt(NAMED_ZONES)})(?:\s+time)?(?!\w)", re.I)
_MIDNIGHT_WORDS = {"midnight", "minuit", "mitternacht", "mezzanotte", "medianoche", "meia-noite"}


def is_midnight(atom: re.Match[str]) -> bool:
    return (atom.group("special") or "").lower() in _MIDNIGHT_WORDS


def clock_of(atom: re.Match[str], part: str | None) -> time:
    """The clock time a clock atom names, read as a working-hours time when ambiguous."""
    if atom.group("special"):
        return time(0) if is_midnight(atom) else NOON
    if atom.group("h24"):
        hour, minute = int(atom.group("h24")), int(atom.group("m24"))
        return guess_meridiem(hour, minute, part) if hour <= 12 else time(hour, minute)
    if atom.group("hfr"):  # "14h30", "15h", "16 Uhr" are 24-hour times
        return time(int(atom.group("hfr")), int(atom.group("mfr") or 0))
    if atom.group("mer"):
        hour, minute = int(atom.group("h")) % 12, int(atom.group("m") or 0)
        return time(hour + (12 if fold(atom.group("mer")[0]) == "p" else 0), minute)
    if atom.group("qrel"):
        raw = atom.group("qh").lower()
        hour = CLOCK_NUMBERS.get(raw) or int(raw)
        offset = 30 if atom.group("qrel").lower() == "half" else 15
        if atom.group("qdir").lower() == "to":
            hour, offset = hour - 1, 60 - offset
        return guess_meridiem(hour % 12 or 12, offset, part)
    hour = int(atom.group("hoc") or atom.group("bare") or atom.group("bare2"))
    return guess_meridiem(hour, 0, part)


def guess_meridiem(hour: int, minute: int, part: str | None) -> time:
    """Read a 12-hour time without am/pm as the working-hours one (2:30 -> 14:30)."""
    if hour == 0 or hour == 12 or part == "morning":
        return time(hour, minute)
    if part in {"afternoon", "evening"} or hour <= 7:
        return time(hour + 12, minute)
    return time(hour, minute)


def clock_for_part(clock: time, part: str) -> time:
    if part != "morning" and clock.hour < 12 and clock.hour != 0:
        return time(clock.hour + 12, clock.minute)
    return clock


def explicit_date(atom: re.Match[str], today: date) -> date | None:
    """The date an atom names; a date without a year that has passed is next year's."""
    if atom.group("iy"):
        return safe_date(int(atom.group("iy")), int(atom.group("im")), int(atom.group("id")))
    if atom.group("dom"):  # "on the 30th": this month's, or next month's if it has passed
        day_num = int(atom.group("dom"))
        found = safe_date(today.year, today.month, day_num)
        if found is None or found < today:
            year, month = (today.year, today.month + 1) if today.month < 12 else (today.year + 1, 1)
            found = safe_date(year, month, day_num)
        return found
    month_word = atom.group("dmon") or atom.group("mmon")
    month = MONTHS.index(fold(month_word)[:3]) + 1
    day_num = int(atom.group("dd") or atom.group("md"))
    year_text = atom.group("dy") or atom.group("my")
    if year_text:
        return safe_date(int(year_text), month, day_num)
    found = safe_date(today.year, month, day_num)
    if found is not None and found < today:
        found = safe_date(today.year + 1, month, day_num)
    return found


def end_of_month(today: date) -> date:
    return today.replace(day=calendar.monthrange(today.year, today.month)[1])


def safe_date(year: int, month: int, day_num: int) -> date | None:
    try:
        return date(year, month, day_num)
    except ValueError:
        return None


def place(
    now: datetime, day: date | None, weekday: int | None, clock: time, midnight: bool, roll: bool
) -> datetime:
    """Put ``clock`` on the day meant: ``day``, the next ``weekday``, or today (rolled to
    tomorrow when ``roll`` and the time has passed). Midnight is the end of that day."""
    zone = now.tzinfo
    base = day or now.date()
    if weekday is not None and day is None:
        base = now.date() + timedelta(days=(weekday - now.weekday()) % 7)
    local = datetime.combine(base, clock, tzinfo=zone)
    if midnight:
        local = datetime.combine(base + timedelta(days=1), clock, tzinfo=zone)
    if weekday is not None and day is None and not later(local, now):
        local = datetime.combine(local.date() + timedelta(days=7), local.time(), tzinfo=zone)
    if roll and not later(local, now):
        local = datetime.combine(local.date() + timedelta(days=1), local.time(), tzinfo=zone)
    return local


def later(local: datetime, now: datetime) -> bool:
    # Same-tzinfo comparisons ignore the UTC offset, which is wrong around DST changes.
    return local.astimezone(UTC) > now.astimezone(UTC)


def named_zone(name: str) -> ZoneInfo:
    return ZoneInfo(NAMED_ZONES[" ".join(fold(name).split())])
