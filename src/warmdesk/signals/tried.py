"""Steps the writer says they already did, normalised to a fixed vocabulary."""

from __future__ import annotations

import re

from warmdesk.signals.spans import clip
from warmdesk.signals.types import Evidence, TriedStep

STEP_NAMES: tuple[str, ...] = (
    "restart_device", "restart_app", "restart_router", "sign_out_in", "reset_password",
    "clear_cache", "flush_dns", "different_browser", "different_device", "reinstall_app",
    "update_app", "check_cables", "reconnect_network", "reconnect_vpn", "power_cycle_printer",
    "safe_mode", "check_spam_folder",
)  # fmt: skip

_APPS = (
    r"outlook|teams|excel|word|powerpoint|chrome|firefox|edge|safari|zoom|slack|webex|"
    r"onedrive|sharepoint|acrobat|reader|sap|the\s+app|the\s+application|the\s+program|"
    r"the\s+browser|my\s+browser|the\s+client|the\s+software|the\s+mail\s+app|it\s+app"
)
_DET = r"(?:(?:my|the|our|this|that|both|all|all\s+the|every|each|it|them)\s+)?"
_OBJ = rf"(?:\s+{_DET}(?P<obj>{_APPS}|router|modem|printer|vpn(?:\s+client)?|wi-?fi)\b)?"
# Verbs after "tried", "attempted", "did", "gave it": gerunds, infinitives and nouns.
_TRIED = (
    r"(?:tried|attempted|did|done|gave\s+(?:it|them)|also\s+tried|even\s+tried)"
    r"(?:\s+(?:to|out|a|an|the|it|them|a\s+full|a\s+quick|a\s+hard|a\s+clean|a\s+fresh))*\s+"
)

# (default step, pattern). A restart-like match is re-filed by its object ("restarted Outlook"
# is restart_app, "rebooted the router" restart_router, "restarted the printer"
# power_cycle_printer).
_STEP_PATTERNS: tuple[tuple[str, str], ...] = (
    ("restart_device", rf"\b(?:re-?start(?:ed|ing)?|re-?boot(?:ed|ing)?){_OBJ}"),
    ("restart_device",
     r"\b(?:turned|switched|powered|shut|turning|switching|powering)\s+(?:(?P<obj2>it|"
     r"(?:my|the)\s+\w+)\s+)?(?:off|down)\s+(?:and|&|then)\s+(?:back\s+)?on(?:\s+again)?\b"),
    ("restart_device", r"\bpower[- ]?cycl(?:ed|ing|e)(?:\s+(?:the\s+|my\s+)?(?P<obj3>\w+))?"),
    ("restart_app",
     r"\b(?:closed|quit|force[- ]quit|killed|closing|quitting)\s+(?:and\s+re-?opened|"
     r"and\s+relaunched|\w+\s+and\s+(?:re-?opened|relaunched|started)\s+(?:it|them))\b"),
    ("sign_out_in",
     r"\b(?:signed|logged|signing|logging|log|sign)\s+(?:out|off)\s+(?:of\s+\w+\s+)?(?:and|&|"
     r"then)\s+(?:\w+\s+)?(?:back\s+)?(?:in|on)\b|\bre-?logged(?:\s+in)?\b"),
    ("reset_password",
     r"\b(?:reset|changed|changing|resetting)\s+(?:my\s+|the\s+|our\s+)?password\b|"
     r"\bpassword\s+reset\b"),
    ("clear_cache",
     r"\b(?:cleared|clearing|clear|emptied|deleted|wiped|deleting)\s+(?:out\s+)?(?:all\s+)?"
     r"(?:the\s+|my\s+)?(?:browser\s+|browsing\s+|teams\s+|outlook\s+|chrome\s+)?"
     r"(?:cache|cookies|history|temp(?:orary)?\s+files|browsing\s+data)\b"),
    ("flush_dns", r"\bflush(?:ed|ing)?\s+(?:the\s+|my\s+)?dns\b|\bipconfig\s+/flushdns\b"),
    ("different_browser",
     r"\b(?:another|a\s+different|other|different|in\s+(?:a\s+)?(?:different|another))\s+"
     r"browsers?\b|\b(?:in|with|on|using)\s+(?:chrome|firefox|edge|safari|brave|opera)\b|"
     r"\b(?:an?\s+)?(?:incognito|private)\s+(?:window|mode|tab)\b|"
     r"\bswitched\s+(?:over\s+)?to\s+(?:chrome|firefox|edge|safari)\b|"
     r"(?<=tried\s)(?:chrome|firefox|edge|safari|brave|opera)\b"),
    ("different_device",
     r"\b(?:on|from|with|using)\s+(?:my|another|a\s+different|a\s+colleague'?s|my\s+colleague'?s"
     r"|someone\s+else'?s|a\s+second|the\s+other)\s+(?:phone|laptop|computer|pc|device|machine|"
     r"desktop|mac|tablet|ipad)\b"),
    ("reinstall_app",
     r"\b(?:re-?install(?:ed|ing)?|(?:uninstalled|removed|deleted)\s+(?:\w+\s+){0,2}and\s+"
     r"re-?(?:installed|added)|a\s+(?:clean|fresh)\s+install)\b"),
    ("update_app",
     rf"\b(?:updat(?:ed|ing)|upgrad(?:ed|ing))\s+(?:{_DET}(?:{_APPS}|windows|macos|ios|"
     r"android|drivers?|firmware|app|everything))\b|\b(?:installed|ran|running|installing)\s+"
     r"(?:all\s+)?(?:the\s+)?(?:latest\s+|pending\s+)?(?:windows\s+)?updates?\b|\b(?:to|with)\s+"
     r"the\s+latest\s+version\b"),
    ("check_cables",
     r"\b(?:checked|checking|re-?seated|reseating|swapped|swapping|replaced|unplugged\s+and\s+"
     r"re-?plugged)\s+(?:all\s+)?(?:the\s+|my\s+)?(?:\w+\s+)?(?:cables?|cords?|connections|"
     r"plugs?|leads?)\b|\b(?:another|a\s+different)\s+(?:cable|cord|lead)\b|\bplugged\s+"
     r"(?:it|everything|the\s+cables?)\s+back\s+in\b"),
    ("reconnect_network",
     r"\b(?:re-?connected|re-?joined|forgot\s+the\s+network|toggled)\s+(?:to\s+)?(?:the\s+|my\s+)?"
     r"(?:wi-?fi|network|wireless|ethernet|internet|airplane\s+mode)\b|\b(?:disconnected|"
     r"turned\s+(?:the\s+)?wi-?fi\s+off)\s+and\s+(?:re-?connected|back\s+on)\b"
     r"(?!\s+(?:to\s+)?(?:the\s+|my\s+)?vpn)"),
    ("reconnect_vpn",
     r"\b(?:re-?connected|disconnected\s+and\s+re-?connected|toggled|re-?launched)\s+(?:to\s+)?"
     r"(?:the\s+|my\s+)?vpn\b|\bvpn\s+(?:off\s+and\s+(?:back\s+)?on|again)\b"),
    ("power_cycle_printer",
     r"\b(?:unplugged|turned\s+off|switched\s+off|reset)\s+(?:the\s+|my\s+|our\s+)?printer\b"),
    ("safe_mode", r"\b(?:in|into)\s+safe\s+mode\b|\bsafe\s+mode\b"),
    ("check_spam_folder",
     r"\b(?:checked|checking|looked\s+in|looking\s+in|searched|went\s+through)\s+(?:in\s+)?"
     r"(?:my\s+|the\s+)?(?:spam|junk|quarantine)\b"),
)  # fmt: skip

# Substrings one of which every match of the step's pattern contains. Checking them in the
# lower-cased text first skips most patterns for most messages (substring search is far
# cheaper than a regex scan).
_TRIGGERS: dict[str, tuple[str, ...]] = {
    "restart_device": ("start", "boot", "off", "down", "cycl"),
    "restart_app": ("clos", "quit", "kill"),
    "sign_out_in": ("out", "off", "relog", "re-log"),
    "reset_password": ("password",),
    "clear_cache": ("cache", "cookie", "history", "temp", "browsing"),
    "flush_dns": ("flush",),
    "different_browser": (
        "browser", "chrome", "firefox", "edge", "safari", "brave", "opera", "incognito",
        "private",
    ),
    "different_device": (
        "phone", "laptop", "computer", "pc", "device", "machine", "desktop", "mac", "tablet",
        "ipad",
    ),
    "reinstall_app": ("install",),
    "update_app": ("updat", "upgrad", "latest"),
    "check_cables": ("cable", "cord", "connection", "plug", "lead"),
    "reconnect_network": ("connect", "joined", "network", "toggled", "wi"),
    "reconnect_vpn": ("vpn",),
    "power_cycle_printer": ("printer",),
    "safe_mode": ("safe",),
    "check_spam_folder": ("spam", "junk", "quarantine"),
}  # fmt: skip
_COMPILED = tuple(
    (step, _TRIGGERS[step], re.compile(pattern, re.IGNORECASE)) for step, pattern in _STEP_PATTERNS
)
_TRIED_RE = re.compile(rf"\b{_TRIED}$", re.IGNORECASE)
# Forms that are past tense by themselves; anything else needs "tried ..." before it.
_PAST_FORM = re.compile(
    r"^(?:re-?started|re-?booted|turned|switched|powered|shut|power[- ]?cycled|closed|quit|"
    r"force[- ]quit|killed|signed|logged|re-?logged|reset|changed|cleared|emptied|deleted|wiped|"
    r"flushed|uninstalled|removed|re-?installed|updated|upgraded|installed|ran|checked|"
    r"re-?seated|swapped|replaced|unplugged|plugged|re-?connected|re-?joined|forgot|toggled|"
    r"disconnected|re-?launched|looked|searched|went|ipconfig)\b",
    re.IGNORECASE,
)
# Phrases that describe the tool used rather than the act ("in chrome", "on my phone",
# "safe mode") need a "tried"/"did"/past verb nearby.
_CONTEXT_STEPS = frozenset({"different_browser", "different_device", "safe_mode"})
_CONTEXT_VERB = re.compile(
    r"\b(?:tried|attempted|tested|used|did|done|booted|started|restarted|rebooted|logged|"
    r"signed|opened|checked|switched|ran|also|same|works|worked|happens|fails|failed)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[.!?;:\n,(]|\b(?:but|so|and|then|because|since|although|though|after|which|when|while|"
    r"yet|or)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:i|we|i've|we've|i'd|we'd|ive|myself|me)\b|^\s*$", re.IGNORECASE)
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
    r"tonight|next|please|pls|try)\b",
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


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - 80) : start]
    last = 0
    for match in _CLAUSE_BREAK.finditer(window):
        last = match.end()
    return window[last:]


def _clause_ends_with_question(text: str, end: int) -> bool:
    for char in text[end : end + 120]:
        if char in ".!\n;,":
            return False
        if char == "?":
            return True
    return False


def _reported_start(text: str, match: re.Match[str], step: str) -> int | None:
    """Where the report of doing the step starts (including a leading "tried"), or None when
    the clause is not the writer saying they did it: a question, plan, order or negation."""
    prefix = _clause_before(text, match.start())
    tried = _TRIED_RE.search(prefix)
    action = prefix[: tried.start()] if tried else prefix
    leading_verb = _LEADING_VERB.search(action) if step in _CONTEXT_STEPS else None
    subject = action[: leading_verb.start()] if leading_verb else action
    if _REJECT_BEFORE.search(subject):
        return None
    if _QUESTION_START.match(subject) and _clause_ends_with_question(text, match.end()):
        return None
    if not (_FIRST_PERSON.search(subject) or _ONLY_ADVERBS.match(subject)):
        return None
    if tried:
        return match.start() - (len(prefix) - tried.start())
    if leading_verb:
        return match.start() - (len(action) - leading_verb.start())
    if step in _CONTEXT_STEPS:
        near = text[max(0, match.start() - 40) : match.end() + 25]
        return match.start() if _CONTEXT_VERB.search(near) else None
    return match.start() if _PAST_FORM.match(match.group(0)) else None


def _refile(step: str, match: re.Match[str]) -> str:
    if step != "restart_device":
        return step
    groups = match.groupdict()
    target = (groups.get("obj") or groups.get("obj2") or groups.get("obj3") or "").lower()
    sentence_tail = match.string[match.end() : match.end() + 30].lower()
    if "printer" in target or (not target and "printer" in sentence_tail.split(".")[0]):
        return "power_cycle_printer"
    if target.startswith(("router", "modem")):
        return "restart_router"
    if target.startswith("vpn"):
        return "reconnect_vpn"
    if target.startswith("wi"):
        return "reconnect_network"
    if target and target not in ("it", "my", "the"):
        return "restart_app"
    return step


def find_tried_steps(text: str) -> tuple[TriedStep, ...]:
    """Steps the writer says they already did, one per step name, in order of appearance.

    Asked-about, suggested, planned and negated steps are left out. Never raises.
    """
    scanned = clip(text)
    found: dict[str, TriedStep] = {}
    lowered = scanned.lower()
    for default_step, triggers, pattern in _COMPILED:
        if not any(trigger in lowered for trigger in triggers):
            continue
        for match in pattern.finditer(scanned):
            step = _refile(default_step, match)
            if step in found:
                continue
            start = _reported_start(scanned, match, step)
            if start is None:
                continue
            quote = scanned[start : match.end()]
            evidence = Evidence(start=start, end=match.end(), quote=quote, cue="tried_step")
            found[step] = TriedStep(step=step, evidence=evidence)
    return tuple(sorted(found.values(), key=lambda tried: tried.evidence.start))
