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
from warmdesk.signals.scan import AnchorIndex, TextScan, anchor, scan_of, vocabulary
from warmdesk.signals.timeparse import find_deadline
from warmdesk.signals.types import Evidence, ImpactSignal


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.I)


# Each pattern is tried only where one of its first words stands, and only in a message
# with one of the words every match holds (see ``scan.anchor``); the unit tests check these
# lists against the patterns, and name any word a new synonym needs here.
_PROCESS_STARTS: dict[str, str] = {
    "payroll": "pay payroll payrun payslip payslips salaries salary wages",
    "month-end close": "closing month monthend period",
    "quarter-end close": "quarter quarterend year yearend",
    "invoicing": "bill billing invoice invoices invoicing",
    "board meeting": "board",
    "client call": "call client customer",
    "client meeting": "client customer meeting",
    "sales demo": "demo product sales",
    "webinar": "live livestream webinar",
    "presentation": "keynote pitch pitching presentation presenting",
    "release": "go launch product release",
    "deploy": "deploy deploying deployment deploys push roll rollout",
    "customer orders": "checkout customer online order orders",
    "shipping": "courier dispatch dispatching shipment shipments shipping",
    "exams": "exam examination examinations exams finals test",
    "patient scheduling": "clinic patient",
    "contract signing": "contract docusign sign signing",
    "court filing": "court file filing",
    "audit": "audit auditor auditors",
    "trading": "market trades trading",
    "tax filing": "tax vat",
    "payments": "pay paying payment supplier",
    "onboarding": "new onboarding",
    "interview": "interview interviews",
    "teaching": "lecture lectures lesson lessons teaching",
    "meeting": "meeting",
}
_PROCESSES = tuple(
    (name, anchor(_words(pattern), _PROCESS_STARTS[name])) for name, pattern in BUSINESS_PROCESSES
)
_PROCESS_INDEX = AnchorIndex.of(anchored for _, anchored in _PROCESSES)
_SCOPE_ANCHORS: dict[str, tuple[str, str]] = {
    "organization": (
        "# all company entire everybody everyone no nobody organisation organization the whole",
        "whole entire company organisation organization everyone everybody nobody one customers "
        "users clients staff employees offices sites branches",
    ),
    "department": (
        "accounting accounts all branch compliance entire everybody everyone finance floor for "
        "hr human in legal many marketing my office other our procurement sales service "
        "several site support the whole",
        "whole entire all department dept division floor office site building branch warehouse "
        "wide finance accounts accounting hr human legal procurement marketing sales "
        "compliance service",
    ),
    "team": (
        "a all and both many me most my not our several some the",
        "team us colleagues coworkers me colleague coworker",
    ),
    "individual": ("just new no nobody only", ""),
}
_SCOPES = tuple(
    (scope, anchor(_words(pattern), *_SCOPE_ANCHORS[scope])) for scope, pattern in SCOPE_PATTERNS
)
_SPEAKERS = (
    (
        "team",
        anchor(
            _words(FIRST_PERSON_PLURAL),
            "noi nosotros nossa nosso nostra nostre nostri nostro nous nuestra nuestras nuestro "
            "nuestros nós ons onze our ours uns unser unsere unserem unseren unserer unseres us "
            "we wir",
        ),
    ),
    (
        "individual",
        anchor(
            _words(FIRST_PERSON_SINGULAR),
            "^ eu ho i ich ik io j je me mein meine meinem meinen meiner meines meu mi mia mich "
            "miei mijn mine minha mio mir moi mon my myself need tried yo",
        ),
    ),
)
_COUNT = anchor(
    re.compile(
        rf"(?<![\w.:/-])(?P<me>(?:me|i)\s+and\s+(?:my\s+)?)?(?:all\s+)?(?P<num>{NUMBER_PATTERN}|both)\+?\s+(?:of\s+us|(?:of\s+(?:my|our|the)\s+|"
        rf"(?:other\s+)?)(?:{PEOPLE_NOUNS}))(?!\w)",
        re.I,
    ),
    "# a all both dozen eight eighteen eighty eleven fifteen fifty five forty four fourteen i "
    "me nine nineteen ninety one seven seventeen seventy six sixteen sixty ten thirteen thirty "
    "three twelve twenty two zero",
    "us people users staff colleagues coworkers workers employees agents members engineers "
    "accountants nurses doctors teachers students reps persons receptionists interns managers "
    "admins developers designers cashiers drivers temps",
)
_WORKAROUNDS = (
    (
        "no",
        anchor(
            _words(WORKAROUND_NO_EXPLICIT),
            "can cannot got have no there",
            "workaround around way alternative backup plan",
        ),
    ),
    (
        "yes",
        anchor(
            _words(WORKAROUND_YES),
            "borrowed borrowing can could found get getting i switched there use using we working",
            "workaround around now meantime meanwhile instead temporarily being moment stopgap "
            "still by",
        ),
    ),
    (
        "no",
        anchor(
            _words(WORKAROUND_NO_IMPLICIT),
            "at can cannot completely dead fully nothing really totally unable",
            "stuck blocked anything all job done water standstill works",
        ),
    ),
)
# Every word the patterns above can use: the text's words within it are found once.
_VOCABULARY = vocabulary(
    (
        *(pattern for _, pattern in _PROCESSES),
        *(pattern for _, pattern in _SCOPES),
        *(pattern for _, pattern in _SPEAKERS),
        *(pattern for _, pattern in _WORKAROUNDS),
        _COUNT,
    )
)
_NOT_BEFORE_RE = re.compile(r"\b(?:not|n't)\s*\Z", re.I)
_DEPARTMENT_SIZE = 50  # a stated head count this large is more than one team
_ORGANIZATION_SIZE = 100  # and this large, more than one department


def analyze_impact(
    text: str, sent_at: datetime, tz: str, scan: TextScan | None = None
) -> ImpactSignal:
    """Read the business impact stated in ``text``.

    Returns an ``ImpactSignal`` whose fields are None where the text says nothing; its
    ``evidence`` holds one span per finding (deadline, scope, count, process, workaround).
    ``scan`` is this text's ``scan_text``, when the caller already has it.
    Raises ValueError when ``sent_at`` is naive or ``tz`` is not a known IANA zone.
    """
    scan = scan_of(text, scan)
    deadline = find_deadline(scan.text, sent_at, tz, scan)
    evidence: list[Evidence] = [deadline.evidence] if deadline else []

    hits = scan.hits(_VOCABULARY)
    scope, scope_evidence = _scope(scan, hits)
    count, count_evidence = _count(scan, hits)
    if count is not None and scope is None:
        scope = _scope_for_count(count)
    if scope is None:
        scope, scope_evidence = _speaker_scope(scan, hits)
    process, process_evidence = _process(scan, hits)
    workaround, workaround_evidence = _workaround(scan, hits)
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


def _evidence(scan: TextScan, match: re.Match[str], cue: str) -> Evidence:
    """Evidence for a match, which may have been read on the lower-case text: the quote is
    cut from the text as written."""
    start, end = match.span()
    return Evidence(start=start, end=end, quote=scan.text[start:end], cue=cue)


def _scope(scan: TextScan, hits: frozenset[str] | None) -> tuple[str | None, Evidence | None]:
    """The broadest scope the text states ("not just me" counts as a team, not as me)."""
    for scope, pattern in _SCOPES:
        for match in pattern.finditer(scan, hits, lower=True):
            if scope == "individual" and _negated(scan.text, match.start()):
                continue
            return scope, _evidence(scan, match, "affected_scope")
    return None, None


def _negated(text: str, start: int) -> bool:
    return _NOT_BEFORE_RE.search(text[max(0, start - 12) : start]) is not None


def _count(scan: TextScan, hits: frozenset[str] | None) -> tuple[int | None, Evidence | None]:
    for match in _COUNT.finditer(scan, hits, lower=True):
        word = match.group("num").lower()
        value = 2 if word == "both" else number_value(word)
        if value is not None and match.group("me"):
            value += 1  # "me and my two colleagues" counts the writer too
        if value is not None and value > 0:
            return value, _evidence(scan, match, "affected_count")
    return None, None


def _speaker_scope(
    scan: TextScan, hits: frozenset[str] | None
) -> tuple[str | None, Evidence | None]:
    """With no stated scope, who the writer speaks for: "we"/"our" is a team, "I"/"my" alone
    is the writer (``individual``). A message with neither ("printer jammed") is None."""
    found = [
        (m.start(), scope, m)
        for scope, pattern in _SPEAKERS
        if (m := pattern.search(scan, hits, lower=True))
    ]
    if not found:
        return None, None
    # "tell me if we have a licence" is me; at the same start, "we" is read first.
    _, scope, first = min(found, key=lambda item: item[0])
    return scope, _evidence(scan, first, "affected_scope")


def _scope_for_count(count: int) -> str:
    if count == 1:
        return "individual"
    if count >= _ORGANIZATION_SIZE:
        return "organization"
    return "team" if count < _DEPARTMENT_SIZE else "department"


def _process(scan: TextScan, hits: frozenset[str] | None) -> tuple[str | None, Evidence | None]:
    """The most specific process named, by vocabulary order ("board meeting" over "meeting")."""
    chosen, hits = _PROCESS_INDEX.select(scan, hits)
    for name, pattern in map(_PROCESSES.__getitem__, chosen):
        match = pattern.search(scan, hits, lower=True)
        if match:
            return name, _evidence(scan, match, "business_process")
    return None, None


def _workaround(scan: TextScan, hits: frozenset[str] | None) -> tuple[str | None, Evidence | None]:
    """ "yes", "no" or None; a question about a workaround ("is there a workaround?") is None."""
    for answer, pattern in _WORKAROUNDS:
        match = pattern.search(scan, hits, lower=True)
        if match:
            return answer, _evidence(scan, match, "workaround")
    return None, None
