"""Whether the words around a date or time make it a deadline (``timeparse`` finds them).

A time is judged by its clause: the text between the clause breaks around it ("," "!" "so"
"but" ...), told in the past ("was down since 9am") or as a habit ("every morning"), or as
a need or an event ("need it by 3", "the demo at 3"). The regexes come in two forms with the
same patterns: as written (ignoring case) and lower-cased, for the lower-case text, which
``re`` reads several times faster; a ``ContextReading`` holds one form and the text it reads.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, fields

from warmdesk.signals.deadline_words import (
    EVENT_FIRST_WORDS,
    HARD_PAST_WORDS,
    NO_DEADLINE_WORDS,
    SOFT_PAST_WORDS,
)

CONTEXT = 80  # characters of context either side used to judge a candidate


@dataclass(frozen=True, slots=True)
class ContextRegexes:
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

    def folded(self) -> ContextRegexes:
        """The same patterns without IGNORECASE, for lower-case text."""
        return ContextRegexes(
            *(
                re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
                for pattern in (getattr(self, field.name) for field in fields(self))
            )
        )


@dataclass(slots=True)
class ContextReading:
    """The regexes and the form of the text they read (same offsets as the text), with the
    scan's ``spaced`` text when there is one."""

    regexes: ContextRegexes
    text: str
    spaced: str | None = None


def clause_around(read: ContextReading, start: int, end: int) -> tuple[int, int]:
    """Where the clause around [start, end) begins and ends, within a bounded window."""
    text, breaker = read.text, read.regexes.clause_break
    left_start = max(0, start - CONTEXT)
    last = deque(breaker.finditer(text[left_start:start]), maxlen=1)  # the last break
    if last:
        left_start += last[0].end()
    right = text[end : end + CONTEXT]
    after = breaker.search(right)
    return left_start, end + (after.start() if after else len(right))


def accepts(read: ContextReading, start: int, end: int, strong: bool, soft_past: bool) -> bool:
    """Whether the context makes [start, end) a deadline rather than a past or habit.

    Strong triggers only fail on plain past markers ("was", "ago"); ``soft_past`` adds the
    "-ed" verb test, for "until" ("worked until 3pm") and durations ("crashed in 5 min").
    """
    text, rx = read.text, read.regexes
    left_start, right_end = clause_around(read, start, end)
    if rx.right_neg.match(text, end, min(len(text), end + 40)):
        return False
    clause = text[left_start:start] + " " + text[end:right_end]
    # The clause's words, when known, skip the regexes that need a word it lacks.
    words = spaced = None
    if read.spaced is not None:  # the clause's words, each followed by a space
        before, after = (
            read.spaced[left_start + 1 : start + 1],
            read.spaced[end + 1 : right_end + 1],
        )
        spaced = f"{before} {after} "
        words = spaced.split()
    if (words is None or not HARD_PAST_WORDS.isdisjoint(words)) and rx.hard_past.search(clause):
        return False
    if (
        (soft_past or not strong)
        and (
            spaced is None
            or not SOFT_PAST_WORDS.isdisjoint(words or ())
            or "ed " in spaced  # a word that ends in "ed"
        )
        and rx.soft_past.search(clause)
    ):
        return False
    if strong:
        return True
    if (words is None or not NO_DEADLINE_WORDS.isdisjoint(words)) and rx.no_deadline.search(clause):
        return False
    return rx.need_or_event.search(clause) is not None


def negated(rx: ContextRegexes, before: str) -> bool:
    """Whether the text before a trigger ends in a negator ("not by", "no later")."""
    return rx.negated.search(before[-8:]) is not None


def event_before(read: ContextReading, start: int, window: str) -> tuple[int, bool] | None:
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
