"""Business impact of a message: deadline, who is affected, which process, any workaround.

Affected scope is the broadest scope the text states ("the whole Finance floor", "all 12 of
us"). When it states none, the writer's own words decide: "we" / "our" means their team,
and a writer who speaks only for themselves ("I", "my laptop") is ``individual``. A message
with no person in it at all ("printer jammed") has no scope.

Pure and bounded: reads at most ``MAX_SCAN_CHARS`` characters, uses only precompiled
regexes without nested quantifiers, and takes "now" from the message's own timestamp.
"""

from __future__ import annotations

import re
from datetime import datetime

from warmdesk.signals.impact_words import (
    BUSINESS_PROCESSES,
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_SINGULAR,
    NUMBER_PATTERN,
    PEOPLE_NOUNS,
    SCOPE_PATTERNS,
    WORKAROUND_NO_EXPLICIT,
    WORKAROUND_NO_IMPLICIT,
    WORKAROUND_YES,
    number_value,
)
from warmdesk.signals.timeparse import MAX_SCAN_CHARS, find_deadline
from warmdesk.signals.types import Evidence, ImpactSignal


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.I)


_PROCESS_RES = tuple((name, _words(pattern)) for name, pattern in BUSINESS_PROCESSES)
_SCOPE_RES = tuple((scope, _words(pattern)) for scope, pattern in SCOPE_PATTERNS)
_SPEAKER_RES = (
    ("team", _words(FIRST_PERSON_PLURAL)),
    ("individual", _words(FIRST_PERSON_SINGULAR)),
)
_COUNT_RE = re.compile(
    rf"(?<![\w.:/-])(?P<me>(?:me|i)\s+and\s+(?:my\s+)?)?(?:all\s+)?(?P<num>{NUMBER_PATTERN}|both)\+?\s+(?:of\s+us|(?:of\s+(?:my|our|the)\s+|"
    rf"(?:other\s+)?)(?:{PEOPLE_NOUNS}))(?!\w)",
    re.I,
)
_WORKAROUND_RES = (
    ("no", _words(WORKAROUND_NO_EXPLICIT)),
    ("yes", _words(WORKAROUND_YES)),
    ("no", _words(WORKAROUND_NO_IMPLICIT)),
)
_DEPARTMENT_SIZE = 50  # a stated head count this large is more than one team
_ORGANIZATION_SIZE = 100  # and this large, more than one department


def analyze_impact(text: str, sent_at: datetime, tz: str) -> ImpactSignal:
    """Read the business impact stated in ``text``.

    Returns an ``ImpactSignal`` whose fields are None where the text says nothing; its
    ``evidence`` holds one span per finding (deadline, scope, count, process, workaround).
    Raises ValueError when ``sent_at`` is naive or ``tz`` is not a known IANA zone.
    """
    text = text[:MAX_SCAN_CHARS]
    deadline = find_deadline(text, sent_at, tz)
    evidence: list[Evidence] = [deadline.evidence] if deadline else []

    scope, scope_evidence = _scope(text)
    count, count_evidence = _count(text)
    if count is not None and scope is None:
        scope = _scope_for_count(count)
    if scope is None:
        scope, scope_evidence = _speaker_scope(text)
    process, process_evidence = _process(text)
    workaround, workaround_evidence = _workaround(text)
    for found in (scope_evidence, count_evidence, process_evidence, workaround_evidence):
        if found is not None:
            evidence.append(found)
    return ImpactSignal(
        deadline=deadline,
        affected_scope=scope,
        affected_count=count,
        business_process=process,
        workaround=workaround,
        evidence=tuple(evidence),
    )


def _evidence(match: re.Match[str], cue: str) -> Evidence:
    return Evidence(start=match.start(), end=match.end(), quote=match.group(), cue=cue)


def _scope(text: str) -> tuple[str | None, Evidence | None]:
    """The broadest scope the text states ("not just me" counts as a team, not as me)."""
    for scope, pattern in _SCOPE_RES:
        for match in pattern.finditer(text):
            if scope == "individual" and _negated(text, match.start()):
                continue
            return scope, _evidence(match, "affected_scope")
    return None, None


def _negated(text: str, start: int) -> bool:
    return re.search(r"\b(?:not|n't)\s*\Z", text[max(0, start - 12) : start], re.I) is not None


def _count(text: str) -> tuple[int | None, Evidence | None]:
    for match in _COUNT_RE.finditer(text):
        word = match.group("num").lower()
        value = 2 if word == "both" else number_value(word)
        if value is not None and match.group("me"):
            value += 1  # "me and my two colleagues" counts the writer too
        if value is not None and value > 0:
            return value, _evidence(match, "affected_count")
    return None, None


def _speaker_scope(text: str) -> tuple[str | None, Evidence | None]:
    """With no stated scope, who the writer speaks for: "we"/"our" is a team, "I"/"my" alone
    is the writer (``individual``). A message with neither ("printer jammed") is None."""
    found = [m for _, pattern in _SPEAKER_RES if (m := pattern.search(text))]
    if not found:
        return None, None
    first = min(found, key=lambda m: m.start())  # "tell me if we have a licence" is me
    scope = "team" if first.re is _SPEAKER_RES[0][1] else "individual"
    return scope, _evidence(first, "affected_scope")


def _scope_for_count(count: int) -> str:
    if count == 1:
        return "individual"
    if count >= _ORGANIZATION_SIZE:
        return "organization"
    return "team" if count < _DEPARTMENT_SIZE else "department"


def _process(text: str) -> tuple[str | None, Evidence | None]:
    """The most specific process named, by vocabulary order ("board meeting" over "meeting")."""
    for name, pattern in _PROCESS_RES:
        match = pattern.search(text)
        if match:
            return name, _evidence(match, "business_process")
    return None, None


def _workaround(text: str) -> tuple[str | None, Evidence | None]:
    """ "yes", "no" or None; a question about a workaround ("is there a workaround?") is None."""
    for answer, pattern in _WORKAROUND_RES:
        match = pattern.search(text)
        if match:
            return answer, _evidence(match, "workaround")
    return None, None
