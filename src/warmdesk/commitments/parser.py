"""Promises in an agent's reply, each with the time it is due.

Pure: from a reply's text, the moment it is sent, the agent's timezone and the requester's,
to the promises it makes. A promise is something the agent or the team says they will do,
with a time: "I'll update you in 10 minutes", "you'll hear from me within the hour", "it
will be fixed by 3pm", "before your 2:30 call". Not promises: what happened ("I updated
it 10 minutes ago"), how things work ("it takes about an hour to sync"), what the
requester should do ("try again in 5 minutes"), questions and offers ("shall I call you at
3?"), conditions ("if it happens again, message me"; "if that fails I'll call you by 2"),
absences ("I'll be in a meeting until 3pm") and refusals ("I won't be able to before 3").

Times are read by the deadline reader (``signals.timeparse``) in the agent's timezone;
"your time", "your day" and "your <meeting>" read in the requester's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from warmdesk.signals.timeparse import find_deadline

MAX_REPLY_CHARS = 20_000

# Where a clause ends: sentence marks, semicolons, line breaks, and a comma before a new
# subject ("..., I'll ..."), so a condition stays apart from what follows it.
_CLAUSE_END = re.compile(r"[.!?;\n]+|,(?=\s)")
# Someone on our side will do something.
_PROMISE = re.compile(
    r"\b(?:i|we)(?:'ll|\u2019ll|\s+will|\s+shall|'m\s+going\s+to|\s+am\s+going\s+to"
    r"|'re\s+going\s+to|\s+are\s+going\s+to)\b"
    r"|\byou(?:'ll|\u2019ll|\s+will)\s+(?:hear|get|have)\b(?=.*\b(?:from\s+(?:me|us)|update|"
    r"answer|reply|call)\b)"
    r"|\bexpect\s+(?:an?\s+)?(?:update|call|reply|answer|email|message)\b"
    r"|\b(?:will|'ll)\s+be\s+(?:fixed|done|ready|sorted|resolved|back|working|installed|"
    r"delivered|replaced|live|restored|up)\b"
    r"|\bgive\s+me\s+(?:\d+|a\s+few|an?|half\s+an)\b",
    re.IGNORECASE,
)
# Said with "will", but not a promise to the requester.
_NOT_A_PROMISE = re.compile(
    r"\b(?:will|'ll|shall|going\s+to)\s+not\b|\bwon'?t\b|\bshan'?t\b"
    r"|\b(?:will|'ll)\s+be\s+(?:in\s+a\s+meeting|out|away|off|on\s+leave|unavailable|"
    r"busy|offline|travelling|traveling|at\s+lunch)\b"
    r"|\b(?:will|'ll)\s+(?:close|mark)\b",
    re.IGNORECASE,
)
_CONDITION = re.compile(r"^\W*(?:if|unless|in\s+case|otherwise|should\s+it)\b", re.IGNORECASE)
_YOUR_TIME = re.compile(r"\s*\byour\s+time\b", re.IGNORECASE)
_YOUR_EVENT = re.compile(
    r"\byour\s+(?:[\w:.]+\s+){0,2}(?:call|meeting|presentation|demo|class|exam|interview|flight|day|"
    r"morning|afternoon|evening)\b",
    re.IGNORECASE,
)
_END_OF_YOUR_DAY = re.compile(r"\bend\s+of\s+your\s+day\b", re.IGNORECASE)
# "Give me 20 minutes and I'll..." promises an answer in that time.
_GIVE_ME = re.compile(r"^give\s+me\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Commitment:
    due_at: datetime  # UTC
    text: str  # the promise as written, from its first word to the end of its clause
    start: int
    end: int


def find_commitments(
    text: str, sent_at: datetime, agent_tz: str, requester_tz: str | None = None
) -> list[Commitment]:
    """Every promise with a time in ``text``, in the order written.

    Raises ValueError for a naive ``sent_at`` or an unknown timezone.
    """
    if sent_at.tzinfo is None:
        raise ValueError("sent_at must be timezone-aware")
    reply = text[:MAX_REPLY_CHARS]
    found: list[Commitment] = []
    for start, end in _clauses(reply):
        clause = reply[start:end]
        promise = _PROMISE.search(clause)
        if promise is None or _CONDITION.search(clause) or _NOT_A_PROMISE.search(clause):
            continue
        if _is_question(reply, end):
            continue
        due = _due(clause[promise.start() :], sent_at, agent_tz, requester_tz or agent_tz)
        if due is not None:
            words = clause[promise.start() :]
            begin = start + promise.start()
            found.append(Commitment(due, words.strip(), begin, begin + len(words.rstrip())))
    return found


def _clauses(reply: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for mark in _CLAUSE_END.finditer(reply):
        if mark.start() > start:
            spans.append((start, mark.start()))
        start = mark.end()
    if start < len(reply):
        spans.append((start, len(reply)))
    return spans


def _is_question(reply: str, clause_end: int) -> bool:
    return reply[clause_end : clause_end + 1] == "?"


def _due(promise: str, sent_at: datetime, agent_tz: str, requester_tz: str) -> datetime | None:
    tz = agent_tz
    if _YOUR_TIME.search(promise) or _YOUR_EVENT.search(promise):
        tz = requester_tz
        promise = _END_OF_YOUR_DAY.sub("end of day", _YOUR_TIME.sub("", promise))
    deadline = find_deadline(_GIVE_ME.sub("in ", promise), sent_at, tz, any_time=True)
    return deadline.due_at if deadline else None
