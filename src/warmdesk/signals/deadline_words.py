"""The words around a time that make it a deadline, or a past or a habit (data only).

``timeparse`` finds dates and times; these regexes and word sets judge the context of each
one: a deadline trigger before it ("by", "before", "due"), an event around it ("before my
client call"), and the clause it sits in, told as a need ("need it by") or in the past
("was down since 9am") or as a habit ("every morning"). Every pattern is written in lower
case: ``timeparse`` also runs it without IGNORECASE on the lower-case text, which ``re``
does several times faster.
"""

from __future__ import annotations

import re


def _words(spaced: str) -> frozenset[str]:
    """A word set written as one space-separated string (easier to read and edit)."""
    return frozenset(spaced.split())


EVENTS = (
    r"meeting|call|presentation|demo|webinar|interview|exam|lecture|class|flight|appointment|"
    r"session|payroll|release|deploy(?:ment)?|launch|conference|pitch|standup|stand-up|review|"
    r"audit|filing|hearing|shift|training|deadline|submission|board|workshop|go-live|"
    r"courier|pickup|pick-up|truck|cutoff|cut-off|close|closing|ship|market|"
    r"réunion|riunione|presentazione|reunión|vergadering|besprechung|sitzung|vorstandssitzung"
)
# The first word of every event phrase: a window without one has no event in it.
EVENT_FIRST_WORDS = frozenset(
    word + plural
    for word in _words(
        "meeting call presentation demo webinar interview exam lecture class flight appointment "
        "session payroll release deploy deployment launch conference pitch standup stand review "
        "audit filing hearing shift training deadline submission board workshop go courier "
        "pickup pick truck cutoff cut close closing ship market réunion riunione presentazione "
        "reunión vergadering besprechung sitzung vorstandssitzung"
    )
    for plural in ("", "s")
)
# Regexes anchored at \Z are tried at every position of the window, so each starts with a
# required word alternation (fast to reject) and the optional words before it are read
# separately from a short tail.
# One \b in front of each run of word alternatives (rather than one per word) lets ``re``
# reject most positions of the window on its first test.
TRIGGER_LEFT_RE = re.compile(
    r"(?P<trig>\b(?:by|before|until|till|til)|'til"
    r"|\b(?:no\s+later\s+than|not\s+later\s+than|latest\s+by|due(?:\s+(?:by|on|at|for))?"
    r"|deadline(?:\s+(?:is|of))?|ahead\s+of|at|on|for|from|since|after|last"
    r"|every|each|starting|as\s+of|this\s+past|past"
    # the same triggers in the other languages of the desk
    r"|avant|bis(?:\s+(?:zum|um))?|voor|antes\s+de(?:\s+las?)?|até(?:\s+[àa]s)?"
    r"|entro(?:\s+(?:le|il|alle))?|spätestens|à|alle|om|um|a\s+las?|pour"
    r"|für|para|per|seit|depuis|desde|sinds|da))"
    r"(?:\s+(?:my|our|the|a|an|his|her|their))?\s*\Z",
    re.I,
)
DURATION_LEFT_RE = re.compile(r"\b(?:in|within)\s+\Z", re.I)
NEGATED_RE = re.compile(r"(?:\bnot|n't|\bno)\s+\Z", re.I)
EVENT_TAIL_RE = re.compile(
    rf"\b(?:{EVENTS})s?\s+(?:is\s+|starts\s+|begins\s+|'s\s+|runs\s+|comes\s+|arrives\s+"
    r"|opens\s+|closes\s+|leaves\s+|goes\s+live\s+)?(?:at|on|in|à|alle|om|um)?\s*\Z",
    re.I,
)
EVENT_HEAD_RE = re.compile(
    r"(?:\b(?P<pre>before|for|ahead\s+of|until)\s+)?(?:\b(?:my|our|the|a|an)\s+)?"
    r"(?:\b[a-z-]+\s+)?\Z",
    re.I,
)
EVENT_RIGHT_RE = re.compile(rf"\A\s+(?:[a-z-]+\s+)?(?:{EVENTS})\b", re.I)
RIGHT_NEG_RE = re.compile(
    r"\s*(?:ago|onwards?|and\s+ever\s+since|every|each|yesterday|last\s+week)\b", re.I
)
# Trigger words (as ``timeparse`` reads them, spaces made single) by what they do.
STRONG_TRIGGERS = {"by", "before", "until", "till", "til", "'til", "no later than"}
STRONG_TRIGGERS |= {"not later than", "latest by", "due", "due by", "due on", "due at"}
STRONG_TRIGGERS |= {"due for", "deadline", "deadline is", "deadline of", "ahead of"}
FOREIGN_STRONG_TRIGGERS = {"avant", "bis", "voor", "antes", "até", "entro", "spätestens"}
NEVER_TRIGGERS = {"from", "since", "after", "last", "every", "each", "starting", "as of", "past"}
NEVER_TRIGGERS |= {"this past", "seit", "depuis", "desde", "sinds", "da"}
WEAK_EOD_TRIGGERS = {"before", "ahead of", "for", "at", "on", ""}
UNTIL_TRIGGERS = {"until", "till", "til", "'til"}

# Clause breaks: one of "!?;\n", ". ", ",", or the word and, but, so, because or although.
# Every alternative starts with a literal character, which lets ``re`` skip in C to the next
# place one can start; a word's \b is checked just after its first letter, by the lookbehind.
CLAUSE_BREAK_RE = re.compile(
    r"!|\?|;|\n|\.\s|,|a(?<!\w.)(?:nd|lthough)\b|b(?<!\w.)(?:ut|ecause)\b|s(?<!\w.)o\b", re.I
)
NEED_OR_EVENT_RE = re.compile(
    rf"\b(?:need|needs|must|have\s+to|has\s+to|got\s+to|gotta|require[sd]?|asap|urgent|"
    rf"please|ready|fix|sort|working|done|finished|latest|starts?|begins?|expir|run\s+out|"
    rf"runs\s+out|{EVENTS})",
    re.I,
)
HARD_PAST_RE = re.compile(
    r"\b(?:was|were|had|did|happened|ago|yesterday|earlier|used\s+to|ever\s+since)\b", re.I
)
_ED_ALLOWED = (
    r"need|schedul|book|plann|suppos|expect|requir|fix|sort|resolv|finish|complet|submitt|"
    r"approv|sign|upload|shipp|fil|process|deploy|releas|deliver|print|publish|shar|hundr|"
    r"lock|bas|relat|invit|prepar|updat|restor|connect|install"
)
SOFT_PAST_RE = re.compile(
    rf"\b(?!(?:{_ED_ALLOWED})ed\b)[a-z]{{2,}}(?<!e)ed\b|\b(?:went|broke|began|came|saw|said|"
    r"told|sent|rang|left|took|froze|fell|ran|lost|gave)\b",
    re.I,
)
# Words one of which each match of the regex holds, whole (an "-ed" word for SOFT_PAST_RE's
# first half): a clause without any needs no search.
HARD_PAST_WORDS = _words("was were had did happened ago yesterday earlier used ever")
SOFT_PAST_WORDS = _words(
    "went broke began came saw said told sent rang left took froze fell ran lost gave"
)
NO_DEADLINE_WORDS = _words(
    "deadline rush hurry urgent whenever every each always usually daily keep keeps"
)
NO_DEADLINE_RE = re.compile(
    r"\b(?:no\s+(?:deadline|rush|hurry)|not\s+urgent|whenever|every|each|always|usually|daily"
    r"|keeps?)\b",
    re.I,
)
