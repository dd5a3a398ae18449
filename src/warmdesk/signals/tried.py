"""Steps the writer says they already did, normalised to a fixed vocabulary.

The patterns for each step are in ``tried_words`` (and ``tried_foreign``); this module
decides whether a match is the writer reporting the step as done.
"""

from __future__ import annotations

import re
from collections import deque
from operator import attrgetter

from warmdesk.signals.scan import Anchored, AnchorIndex, TextScan, anchor, scan_of
from warmdesk.signals.tried_foreign import FOREIGN_COMPILED, foreign_reported
from warmdesk.signals.tried_words import ANCHORS, OUTSIDE, STEP_PATTERNS, TRIED, TRIGGERS
from warmdesk.signals.types import Evidence, TriedStep

STEP_NAMES: tuple[str, ...] = (
    "restart_device", "restart_app", "sign_out_in", "reset_password", "clear_cache",
    "different_browser", "different_device", "reinstall_app", "update_app", "check_cables",
    "reconnect_network", "reconnect_vpn", "power_cycle_printer", "safe_mode",
    "check_spam_folder",
)  # fmt: skip
_COMPILED = tuple(
    (step, TRIGGERS[step], anchor(re.compile(pattern, re.IGNORECASE), starts, needs))
    for (step, pattern), (starts, needs) in zip(STEP_PATTERNS, ANCHORS, strict=True)
)
_INDEX = AnchorIndex.of(anchored for _, _, anchored in _COMPILED)
_FOREIGN_INDEX = AnchorIndex.of(anchored for _, _, anchored in FOREIGN_COMPILED)
_TRIED_RE = re.compile(rf"\b{TRIED}$", re.IGNORECASE)
# Forms that are past tense by themselves; anything else needs "tried ..." before it.
_PAST_FORM = re.compile(
    r"^(?:re-?started|re-?booted|turned|switched|powered|shut|power[- ]?cycled|closed|quit|"
    r"force[- ]quit|killed|signed|logged|re-?logged|reset|changed|cleared|emptied|deleted|wiped|"
    r"flushed|uninstalled|removed|re-?installed|updated|upgraded|installed|ran|checked|"
    r"re-?seated|swapped|replaced|unplugged|plugged|re-?connected|re-?joined|forgot|toggled|"
    r"disconnected|re-?launched|looked|searched|went|ipconfig|jiggled|wiggled|opened|connected|"
    r"held|hard|exited|re-?opened|made|used|"
    r"cables?|cords?|leads?)\b",
    re.IGNORECASE,
)
# A base form is a report after a perfect or "already": "We have clear the cache" (non-native).
_PERFECT_BEFORE = re.compile(r"\b(?:have|has|had|already)\s+$", re.IGNORECASE)
# A nominal step with its verb after it: "password reset I did twice", "clearing cookies helps".
_DONE_AFTER = re.compile(
    r"\s+(?:(?:i|we)\s+(?:did|have\s+done|had\s+done)|done|helps|helped|fixes|fixed|"
    r"keeps\s+failing|failed|didn't\s+(?:help|work)|did\s+not\s+(?:help|work))\b",
    re.IGNORECASE,
)
# Later in the sentence, words that make a bare verb a report: "I restart laptop two times
# but same issue".
_DONE_LATER = re.compile(
    r"[^.!?\n]{0,40}?\b(?:already|twice|(?:two|three|four|five|several|many|multiple|\d+)\s+"
    r"times|but\s+(?:the\s+)?(?:same|still|nothing|no\s+(?:luck|change))|no\s+luck|no\s+change|"
    r"didn't\s+help|did\s+not\s+help)\b",
    re.IGNORECASE,
)
_RETRACTED_AFTER = re.compile(
    r"[^!?\n]{0,40}?\b(?:no\s+wait|wait,?\s+no|actually,?\s+no|scratch\s+that)\b", re.IGNORECASE
)
# Words one of which each match of _DONE_LATER and of _RETRACTED_AFTER holds: a message
# without any skips them.
_DONE_LATER_NEEDS = frozenset({"already", "twice", "times", "but", "luck", "change", "help"})
_RETRACTED_NEEDS = frozenset({"wait", "actually", "scratch"})
# Phrases that describe the tool used rather than the act ("in chrome", "on my phone",
# "safe mode") need a "tried"/"did"/past verb nearby.
_CONTEXT_STEPS = frozenset({"different_browser", "different_device", "safe_mode"})
_CONTEXT_VERB = re.compile(
    r"\b(?:tried|attempted|tested|used|did|done|booted|started|restarted|rebooted|logged|"
    r"signed|opened|checked|switched|ran|also|same|works|worked|happens|fails|failed)\b",
    re.IGNORECASE,
)
# Clause breaks: one of ".!?;:\n,(" or the word but, so, and, then, because, since, although,
# though, after, which, when, while, yet or or. Every alternative starts with a literal
# character, which lets ``re`` skip in C to the next place one can start (on lower-case text);
# a word's \b is checked just after its first letter, by the lookbehind.
_CLAUSE_BREAK = re.compile(
    r"\.|!|\?|;|:|\n|,|\(|a(?<!\w.)(?:nd|lthough|fter)\b|b(?<!\w.)(?:ut|ecause)\b|o(?<!\w.)r\b"
    r"|s(?<!\w.)(?:o|ince)\b|t(?<!\w.)(?:hen|hough)\b|w(?<!\w.)(?:hich|hen|hile)\b|y(?<!\w.)et\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK_LOWER = re.compile(_CLAUSE_BREAK.pattern)  # the same, for lower-case text
_FIRST_PERSON = re.compile(
    r"\b(?:i|we|i've|we've|i'd|we'd|ive|myself|me|my)\b|^\s*$", re.IGNORECASE
)
# Someone on the writer's side: "Ravi checked the cables", "my colleague swapped the lead".
_OUR_SIDE = re.compile(
    r"^\s*(?:(?!(?:Kindly|Please|Pls|Then|Now|Just|Also|Maybe|Perhaps|First|Next|Again|Simply"
    r"|Quickly|Only|Still|Even)\b)[A-Z][a-z]+|(?:my|our|a)\s+(?:colleague|teammate|manager|boss))\s+"
    r"(?:also\s+|already\s+|even\s+)?$"
)
_ONLY_ADVERBS = re.compile(
    r"^(?:\s*\b(?:already|also|just|even|both|have|has|had|then|first|finally|obviously|"
    r"yes|yeah|ok|okay|hi|hello|tried|already\s+tried|did)\b)*\s*$",
    re.IGNORECASE,
)
_REJECT_BEFORE = re.compile(
    r"\b(?:haven't|havent|have\s+not|hasn't|didn't|didnt|did\s+not|not\s+yet|never|can't|"
    r"cannot|can\s+not|couldn't|could\s+not|won't|without|unable|not|no\s+time|"
    r"should|shall|could|would|can|do\s+i|does\s+it|need\s+to|needs\s+to|have\s+to|"
    r"want\s+to|supposed\s+to|going\s+to|gonna|will|i'll|we'll|ill|plan|planning|"
    r"let\s+me|about\s+to|might|may|maybe|if|whether|how|what|why|told|asked|said|"
    r"suggested|recommended|advised|instructions?|says|you|your|he|she|they|it|its|"
    r"someone|somebody|windows|laptop|computer|pc|system|machine|phone|server|tomorrow|later|"
    r"tonight|next|please|pls|kindly|try|instead\s+of|don't|dont)\b",
    re.IGNORECASE,
)
# A past verb that introduces a context step: "booted into safe mode", "tested it in Edge".
_LEADING_VERB = re.compile(
    r"\b(?:booted|started|restarted|rebooted|ran|opened|tested|used|logged|signed|checked|"
    r"switched)(?:\s+(?:it|them|up|in|on|back))*\s*$",
    re.IGNORECASE,
)
_QUESTION_START = re.compile(
    r"^\s*(?:should|shall|can|could|would|do|does|did|have|has|is|are|will|must|may|might)\b",
    re.IGNORECASE,
)
# Things a step can act on, to re-file "restarted it" by the last one named before it.
_THING = anchor(
    re.compile(
        r"\b(?:(?P<printer>printers?|scanners?|copiers?|drucker|imprimante|stampante|impresora)|"
        r"(?P<router>router|modem)|(?P<vpn>vpn)|(?P<network>wi-?fi|wlan|wireless|network)|"
        r"(?P<app>outlook|teams|excel|powerpoint|chrome|firefox|edge|safari|zoom|slack|webex|"
        r"onedrive|acrobat|app|application|program)|(?P<device>laptop|computer|pc|phone|desktop|"
        r"mac|tablet|ipad|machine|portatile|ordinateur|rechner|headset|webcam|dock))\b",
        re.IGNORECASE,
    ),
    "printer printers scanner scanners copier copiers drucker imprimante stampante impresora "
    "router modem vpn wi wifi wlan wireless network outlook teams excel powerpoint chrome "
    "firefox edge safari zoom slack webex onedrive acrobat app application program laptop "
    "computer pc phone desktop mac tablet ipad machine portatile ordinateur rechner headset "
    "webcam dock",
)
_BY_EVIDENCE_START = attrgetter("evidence.start")
_PRONOUNS = frozenset({"", "it", "them", "everything"})
# Step re-filed by what it acts on ("" = nothing named).
_BY_KIND: dict[str, dict[str, str]] = {
    "restart_device": {
        "printer": "power_cycle_printer", "router": OUTSIDE, "vpn": "reconnect_vpn",
        "network": "reconnect_network", "app": "restart_app",
    },
    "reconnect": {"vpn": "reconnect_vpn", "network": "reconnect_network", "": OUTSIDE},
    "check_cables": {"printer": "power_cycle_printer"},
}  # fmt: skip


def _clause_before(scan: TextScan, start: int) -> str:
    low = max(0, start - 80)
    if scan.words is None:
        window, breaks = scan.text[low:start], _CLAUSE_BREAK
    else:  # the same offsets, found faster
        window, breaks = scan.lower[low:start], _CLAUSE_BREAK_LOWER
    last = deque(breaks.finditer(window), maxlen=1)  # the last break
    return scan.text[low + (last[0].end() if last else 0) : start]


def _clause_ends_with_question(text: str, end: int) -> bool:
    for char in text[end : end + 120]:
        if char in ".!\n;,":
            return False
        if char == "?":
            return True
    return False


def _is_report(subject: str) -> bool:
    return bool(
        _FIRST_PERSON.search(subject) or _ONLY_ADVERBS.match(subject) or _OUR_SIDE.match(subject)
    )


def _reported_start(scan: TextScan, match: re.Match[str], step: str) -> int | None:
    """Where the report of doing the step starts (including a leading "tried"), or None when
    the clause is not the writer saying they did it: a question, plan, order or negation."""
    text = scan.text
    prefix = _clause_before(scan, match.start())
    tried = _TRIED_RE.search(prefix)
    action = prefix[: tried.start()] if tried else prefix
    leading_verb = _LEADING_VERB.search(action) if step in _CONTEXT_STEPS else None
    subject = action[: leading_verb.start()] if leading_verb else action
    if match.groupdict().get("done"):
        return match.start()
    if _REJECT_BEFORE.search(subject):
        return None
    if _QUESTION_START.match(subject) and _clause_ends_with_question(text, match.end()):
        return None
    if not _is_report(subject):
        # "The self-service reset keeps failing": the step's own outcome shows it was done.
        return match.start() if _DONE_AFTER.match(text, match.end()) else None
    if tried:
        return match.start() - (len(prefix) - tried.start())
    if leading_verb:
        return match.start() - (len(action) - leading_verb.start())
    if step in _CONTEXT_STEPS:
        near = text[max(0, match.start() - 40) : match.end() + 25]
        return match.start() if _CONTEXT_VERB.search(near) else None
    if _PAST_FORM.match(match.group(0)) or _PERFECT_BEFORE.search(subject):
        return match.start()
    if _DONE_AFTER.match(text, match.end()) or (
        scan.has_any(_DONE_LATER_NEEDS) and _DONE_LATER.match(text, match.end())
    ):
        return match.start()
    return None


def _last_thing(scan: TextScan, start: int) -> str:
    """The kind of the last thing named in the 160 characters before ``start``."""
    low = max(0, start - 160)
    if scan.words is None:
        kind = ""
        for match in _THING.pattern.finditer(scan.text, low, start):
            kind = match.lastgroup or ""
        return kind
    # Things are whole words, so the last one is the last place one can start and does.
    for at in reversed(scan.starts(_THING.words & scan.words)):
        if at < low:
            break
        found = _THING.pattern.match(scan.text, at, start) if at < start else None
        if found is not None:
            return found.lastgroup or ""
    return ""


def _refile(scan: TextScan, step: str, match: re.Match[str]) -> str:
    by_kind = _BY_KIND.get(step)
    if by_kind is None:
        return step
    groups = match.groupdict()
    target = (groups.get("obj") or groups.get("obj2") or groups.get("obj3") or "").lower()
    if not target and step == "check_cables":
        return step
    if target in _PRONOUNS:
        kind = _last_thing(scan, match.start())
        # "I restarted" (no object) after "Outlook crashed" is still the computer; only a
        # printer named just before or after re-files it.
        if not target and step == "restart_device":
            tail = match.string[match.end() : match.end() + 30].lower().split(".")[0]
            kind = "printer" if kind == "printer" or "printer" in tail else ""
    else:
        thing = _THING.pattern.search(target)
        kind = (thing.lastgroup or "") if thing else "app"
    default = step if step != "reconnect" else OUTSIDE
    return by_kind.get(kind, default if kind else by_kind.get("", default))


def _scan(
    scan: TextScan,
    compiled: tuple[tuple[str, tuple[str, ...], Anchored], ...],
    index: AnchorIndex,
    found: dict[str, TriedStep],
    foreign: bool,
) -> None:
    scanned, lowered = scan.text, scan.lower
    may_retract = scan.has_any(_RETRACTED_NEEDS)
    # A pattern whose first words are missing cannot match, whatever its triggers say.
    chosen, hits = index.select(scan)
    for default_step, triggers, pattern in map(compiled.__getitem__, chosen):
        if not pattern.possible(scan, hits):
            continue
        for trigger in triggers:
            if trigger in lowered:
                break
        else:
            continue
        # Matches are read on the lower-case text (same offsets); quotes come from the text.
        for match in pattern.finditer(scan, hits, lower=True):
            step = _refile(scan, default_step, match)
            if step in found:
                continue
            if foreign:
                start: int | None = match.start() if foreign_reported(scanned, match) else None
            else:
                start = _reported_start(scan, match, step)
            if start is None or (may_retract and _RETRACTED_AFTER.match(scanned, match.end())):
                continue
            quote = scanned[start : match.end()]
            evidence = Evidence(start=start, end=match.end(), quote=quote, cue="tried_step")
            # An out-of-vocabulary step still claims its words, so it is kept until the end.
            found[step] = TriedStep(step=step, evidence=evidence)


def find_tried_steps(text: str, scan: TextScan | None = None) -> tuple[TriedStep, ...]:
    """Steps the writer says they already did, one per step name, in order of appearance.

    Asked-about, suggested, planned, negated and taken-back steps are left out, and so are
    steps outside ``STEP_NAMES`` (restarting a home router). Never raises. ``scan`` is this
    text's ``scan_text``, when the caller already has it.
    """
    scan = scan_of(text, scan)
    found: dict[str, TriedStep] = {}
    lowered = scan.lower
    _scan(scan, _COMPILED, _INDEX, found, foreign=False)
    if not lowered.isascii() or "habe" in lowered or "ho " in lowered:
        _scan(scan, FOREIGN_COMPILED, _FOREIGN_INDEX, found, foreign=True)
    kept = (tried for name, tried in found.items() if name != OUTSIDE)
    return tuple(sorted(kept, key=_BY_EVIDENCE_START))
