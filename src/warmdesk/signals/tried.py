"""Steps the writer says they already did, normalised to a fixed vocabulary."""

from __future__ import annotations

import re

from warmdesk.signals.spans import clip
from warmdesk.signals.tried_foreign import FOREIGN_COMPILED, foreign_reported
from warmdesk.signals.types import Evidence, TriedStep

STEP_NAMES: tuple[str, ...] = (
    "restart_device", "restart_app", "sign_out_in", "reset_password", "clear_cache",
    "different_browser", "different_device", "reinstall_app", "update_app", "check_cables",
    "reconnect_network", "reconnect_vpn", "power_cycle_printer", "safe_mode",
    "check_spam_folder",
)  # fmt: skip
# Matched so that it claims its words ("rebooted the router" is not restart_device), then
# dropped: restarting a home router or flushing DNS is outside the vocabulary.
_OUTSIDE = "outside"

_APPS = (
    r"outlook|teams|excel|word|powerpoint|chrome|firefox|edge|safari|zoom|slack|webex|"
    r"onedrive|sharepoint|acrobat|reader|sap|the\s+app|the\s+application|the\s+program|"
    r"the\s+browser|my\s+browser|the\s+client|the\s+software|the\s+mail\s+app|it\s+app"
)
_DET = r"(?:(?:my|the|our|this|that|both|all|all\s+the|every|each|it|them)\s+)?"
_OBJ = rf"(?:\s+{_DET}(?P<obj>{_APPS}|router|modem|printer|vpn(?:\s+client)?|wi-?fi|it|them)\b)?"
# Verbs after "tried", "attempted", "did", "gave it": gerunds, infinitives and nouns.
_TRIED = (
    r"(?:tried|attempted|did|done|gave\s+(?:it|them)|also\s+tried|even\s+tried)"
    r"(?:\s+(?:to|out|a|an|the|it|them|a\s+full|a\s+quick|a\s+hard|a\s+clean|a\s+fresh))*\s+"
)
_OFF_ON = (
    r"(?:off|down)(?:\s+(?:and|&|then|,)\s+(?:then\s+)?(?:back\s+)?on(?:\s+again)?|\s+at\s+the\s+"
    r"(?:wall|plug|mains|socket)|\s+for\s+(?:a\s+|about\s+)?\w+\s+(?:seconds?|secs?|minutes?))"
)

# (default step, pattern). Steps in _REFILED are re-filed by their object, or by the last
# thing named before them when the object is "it" ("the printer jammed ... turned it off and
# on" is power_cycle_printer, "Outlook crashed. Restarted it" is restart_app).
_STEP_PATTERNS: tuple[tuple[str, str], ...] = (
    ("restart_device", rf"\b(?:re-?start(?:ed|ing)?|re-?boot(?:ed|ing)?){_OBJ}"),
    ("restart_device",
     rf"\b(?:turned|switched|powered|shut|turning|switching|powering|turn|switch)\s+"
     rf"(?:(?P<obj2>it|them|(?:my|the|our)\s+\w+)\s+)?{_OFF_ON}\b"),
    ("restart_device", r"\bpower[- ]?cycl(?:ed|ing|e)(?:\s+(?:the\s+|my\s+)?(?P<obj3>\w+))?"),
    ("restart_device",
     r"\b(?:hard|full|complete|cold|forced?)\s+(?:reset|re-?boot|re-?start|shutdown)\b|"
     r"\bheld\s+(?:down\s+)?the\s+power\s+button\b"),
    ("restart_app",
     rf"\b(?:closed|quit|force[- ]quit|killed|closing|quitting)\s+(?:and\s+re-?opened|"
     rf"and\s+relaunched|\w+\s+and\s+(?:re-?opened|relaunched|started)\s+(?:it|them))\b|"
     rf"\b(?:opened\s+and\s+closed|closed\s+and\s+(?:re-?)?opened)\s+(?:{_APPS}|app)\b|"
     rf"\b(?:closed|quit|exited|killed|force[- ](?:closed|quit))\s+(?:{_APPS}|it)(?:\s+(?:"
     rf"completely|fully|in\s+task\s+manager))?\s+and\s+(?:re-?opened|opened\s+(?:it|them)\s+"
     rf"again|re-?launched|re-?started|started\s+(?:it|them)\s+again)\b|"
     rf"\bforce[- ](?:closed|quit)\s+(?:{_APPS})\b|\bre-?(?:opened|launched)\s+(?:{_APPS})\b"),
    ("sign_out_in",
     r"\b(?:signed|logged|signing|logging|log|sign)\s+(?:out|off)(?:\s+of\s+(?:[\w-]+\s+){1,2}|\s+|(?=/))"
     r"(?:(?:and|&|then)\s+(?:\w+\s+)?(?:back\s+)?|/\s*(?:back\s+)?)(?:in|on)\b|"
     r"\bre-?logged(?:\s+in)?\b|\bre-?(?:signed|logged)\s+in\b|"
     r"\b(?:signed|logged)\s+(?:out\s+(?:everywhere|of\s+all\s+(?:sessions|devices))|"
     r"(?:back\s+)?in\s+again|back\s+in)\b"),
    ("reset_password",
     r"\b(?:reset|changed|changing|resetting)\s+(?:my\s+|the\s+|our\s+)?password\b|"
     r"\bpassword\s+reset\b|\bself[- ]service\s+reset\b|\b(?:used|clicked)\s+the\s+"
     r"(?:password\s+)?reset\s+link\b"),
    ("clear_cache",
     r"\b(?:cleared|clearing|clear|emptied|deleted|wiped|deleting)\s+(?:out\s+)?(?:all\s+)?"
     r"(?:the\s+|my\s+)?(?:[\w'-]+\s+){0,2}(?:cache|caches|cookies|temp(?:orary)?\s+files|"
     r"(?:browsing|browser|site)\s+(?:data|history))\b"),
    (_OUTSIDE, r"\bflush(?:ed|ing)?\s+(?:the\s+|my\s+)?dns\b|\bipconfig\s+/flushdns\b"),
    ("different_browser",
     r"\b(?:another|a\s+different|other|different|in\s+(?:a\s+)?(?:different|another))\s+"
     r"browsers?\b|\b(?:in|with|on|using|used|via)\s+(?:chrome|firefox|edge|safari|brave|opera)\b|"
     r"\b(?:an?\s+)?(?:incognito|private)\s+(?:window|mode|tab)\b|"
     r"\bswitched\s+(?:over\s+)?to\s+(?:the\s+)?(?:chrome|firefox|edge|safari)\b|"
     r"(?<=tried\s)(?:chrome|firefox|edge|safari|brave|opera)\b"),
    ("different_device",
     r"\b(?:on|from|with|using|used)\s+(?:my|another|a\s+different|a\s+colleague'?s|my\s+"
     r"colleague'?s|someone\s+else'?s|a\s+second|the\s+other|their|his|her)\s+(?:(?:personal|own|private|"
     r"home|spare|old|other)\s+)?(?:phone|laptop|computer|pc|device|machine|desktop|mac|"
     r"tablet|ipad)\b"),
    ("reinstall_app",
     r"\b(?:re-?install(?:ed|ing)?|(?:uninstalled|removed|deleted)\s+(?:\w+\s+){0,2}and\s+"
     r"(?:then\s+)?(?:re-?(?:installed|added)|put\s+(?:it|them)\s+back|(?:installed|downloaded)"
     r"\s+(?:it|them)\s+again)|"
     r"a\s+(?:clean|fresh)\s+install)\b"),
    ("update_app",
     rf"\b(?:updat(?:ed|ing)|upgrad(?:ed|ing))\s+(?:{_DET}(?:{_APPS}|windows|macos|ios|"
     r"android|drivers?|firmware|app|everything))\b|\b(?:installed|ran|running|installing)\s+"
     r"(?:all\s+)?(?:the\s+)?(?:latest\s+|pending\s+)?(?:windows\s+)?updates?\b|\b(?:to|with)\s+"
     r"the\s+(?:latest|newest)\s+version\b|\b(?:updat|upgrad)ed\s+(?:it|them)\b"),
    ("check_cables",
     r"\b(?:checked|checking|re-?seated|reseating|swapped|swapping|replaced|jiggled|wiggled|"
     r"unplugged\s+and\s+re-?plugged)\s+(?:all\s+)?(?:the\s+|my\s+|both\s+)?(?:[\w-]+\s+){0,2}"
     r"(?:cables?|cords?|connections|plugs?|leads?)\b|\b(?:another|a\s+different|other)\s+"
     r"(?:usb\s+)?(?:cable|cord|lead|port|charger)\b|\b(?:cables?|cords?|leads?)\s+(?:checked|"
     r"re-?seated|swapped|replaced)\b|\bunplug(?:ged)?\s+and\s+(?:re-?)?plug(?:ged)?(?:\s+(?:it|"
     r"them))?(?:\s+(?:back\s+in|in\s+again|again))?\b"),
    ("check_cables",
     r"\bplugged\s+(?P<obj>it|everything|the\s+(?:[\w-]+\s+){0,2}(?:cables?|cords?|leads?))"
     r"\s+back\s+in\b|\bunplugged\s+(?:the\s+|my\s+)?(?:[\w-]+\s+)?(?P<obj2>cables?|dock"
     r"(?:ing\s+station)?|monitor|screen|keyboard|mouse|headset|usb|adapter)\b|\bmade\s+sure\s+"
     r"(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?:cables?|everything|it)\s+(?:is|are|was|were)\s+"
     r"(?:plugged|connected|seated)\b"),
    ("reconnect_network",
     r"\b(?:re-?joined|forgot|toggled)\s+(?:to\s+)?(?:the\s+|my\s+)?"
     r"(?:wi-?fi|network|wireless|ethernet|internet|airplane\s+mode)\b|\b(?:"
     r"(?:turned|switched|toggled)\s+(?:off\s+)?(?:the\s+|my\s+)?wi-?fi(?:\s+off)?)\s+and\s+"
     r"(?:re-?connected|(?:back\s+)?on)\b|\bairplane\s+mode\s+(?:on\s+and\s+off|off\s+and\s+"
     r"on)\b"),
    ("reconnect",
     r"\b(?:disconnected\s+and\s+)?re-?connected\b(?:\s+(?:to\s+)?(?:the\s+|my\s+)?"
     r"(?:\w+\s+)?(?P<obj>vpn|wi-?fi|network|wireless|internet|ethernet)\b)?|"
     r"\bconnected\s+(?:to\s+(?:the\s+|my\s+)?(?P<obj2>vpn|wi-?fi|network)\s+)?again\b"),
    ("reconnect_vpn",
     r"\b(?:toggled|re-?launched)\s+(?:the\s+|my\s+)?vpn\b|\bvpn\s+(?:off\s+and\s+(?:back\s+)?"
     r"on|again)\b"),
    ("power_cycle_printer",
     r"\b(?:unplugged|turned\s+off|switched\s+off|reset)\s+(?:the\s+|my\s+|our\s+)?printer\b"),
    ("safe_mode", r"\b(?:in|into)\s+safe\s+mode\b|\bsafe\s+mode\b|\bwith\s+/safe\b"),
    ("check_spam_folder",
     r"\b(?:checked|checking|looked\s+in|looking\s+in|searched|went\s+through)\s+(?:in\s+)?"
     r"(?:my\s+|the\s+)?(?:spam|junk|quarantine)\b"),
    # Phrasings that themselves say the step was done, whoever the sentence is about.
    ("check_spam_folder",
     r"(?P<done>\bnot\s+in\s+(?:my\s+|the\s+)?(?:spam|junk)(?:\s+folder)?\s+either\b|"
     r"\bnothing\s+in\s+(?:my\s+|the\s+)?(?:spam|junk)\b|\b(?:spam|junk)(?:\s+folder)?\s+"
     r"(?:is\s+|was\s+)?(?:checked|empty)\b)"),
)  # fmt: skip

# Substrings one of which every match of the step's pattern contains. Checking them in the
# lower-cased text first skips most patterns for most messages (substring search is far
# cheaper than a regex scan).
_TRIGGERS: dict[str, tuple[str, ...]] = {
    "restart_device": ("start", "boot", "off", "down", "cycl", "reset", "power button"),
    "restart_app": ("clos", "quit", "kill"),
    "sign_out_in": ("out", "off", "relog", "re-log", "in again", "back in"),
    "reset_password": ("password", "reset"),
    "clear_cache": ("cache", "cookie", "history", "temp", "browsing"),
    _OUTSIDE: ("flush",),
    "different_browser": (
        "browser", "chrome", "firefox", "edge", "safari", "brave", "opera", "incognito",
        "private",
    ),
    "different_device": (
        "phone", "laptop", "computer", "pc", "device", "machine", "desktop", "mac", "tablet",
        "ipad",
    ),
    "reinstall_app": ("install",),
    "update_app": ("updat", "upgrad", "latest", "newest"),
    "check_cables": ("cable", "cord", "connection", "plug", "lead", "port", "charger"),
    "reconnect_network": ("joined", "forgot", "toggled", "wi"),
    "reconnect": ("connect",),
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
_THING = re.compile(
    r"\b(?:(?P<printer>printers?|scanners?|copiers?|drucker|imprimante|stampante|impresora)|"
    r"(?P<router>router|modem)|(?P<vpn>vpn)|(?P<network>wi-?fi|wlan|wireless|network)|"
    r"(?P<app>outlook|teams|excel|powerpoint|chrome|firefox|edge|safari|zoom|slack|webex|"
    r"onedrive|acrobat|app|application|program)|(?P<device>laptop|computer|pc|phone|desktop|"
    r"mac|tablet|ipad|machine|portatile|ordinateur|rechner|headset|webcam|dock))\b",
    re.IGNORECASE,
)
_PRONOUNS = frozenset({"", "it", "them", "everything"})
# Step re-filed by what it acts on ("" = nothing named).
_BY_KIND: dict[str, dict[str, str]] = {
    "restart_device": {
        "printer": "power_cycle_printer", "router": _OUTSIDE, "vpn": "reconnect_vpn",
        "network": "reconnect_network", "app": "restart_app",
    },
    "reconnect": {"vpn": "reconnect_vpn", "network": "reconnect_network", "": _OUTSIDE},
    "check_cables": {"printer": "power_cycle_printer"},
}  # fmt: skip


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


def _is_report(subject: str) -> bool:
    return bool(
        _FIRST_PERSON.search(subject) or _ONLY_ADVERBS.match(subject) or _OUR_SIDE.match(subject)
    )


def _reported_start(text: str, match: re.Match[str], step: str) -> int | None:
    """Where the report of doing the step starts (including a leading "tried"), or None when
    the clause is not the writer saying they did it: a question, plan, order or negation."""
    prefix = _clause_before(text, match.start())
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
    if _DONE_AFTER.match(text, match.end()) or _DONE_LATER.match(text, match.end()):
        return match.start()
    return None


def _last_thing(text: str, start: int) -> str:
    kind = ""
    for match in _THING.finditer(text, max(0, start - 160), start):
        kind = match.lastgroup or ""
    return kind


def _refile(step: str, match: re.Match[str]) -> str:
    by_kind = _BY_KIND.get(step)
    if by_kind is None:
        return step
    groups = match.groupdict()
    target = (groups.get("obj") or groups.get("obj2") or groups.get("obj3") or "").lower()
    if not target and step == "check_cables":
        return step
    if target in _PRONOUNS:
        kind = _last_thing(match.string, match.start())
        # "I restarted" (no object) after "Outlook crashed" is still the computer; only a
        # printer named just before or after re-files it.
        if not target and step == "restart_device":
            tail = match.string[match.end() : match.end() + 30].lower().split(".")[0]
            kind = "printer" if kind == "printer" or "printer" in tail else ""
    else:
        thing = _THING.search(target)
        kind = (thing.lastgroup or "") if thing else "app"
    default = step if step != "reconnect" else _OUTSIDE
    return by_kind.get(kind, default if kind else by_kind.get("", default))


def _scan(
    scanned: str,
    lowered: str,
    compiled: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...],
    found: dict[str, TriedStep],
    foreign: bool,
) -> None:
    for default_step, triggers, pattern in compiled:
        if not any(trigger in lowered for trigger in triggers):
            continue
        for match in pattern.finditer(scanned):
            step = _refile(default_step, match)
            if step in found:
                continue
            if foreign:
                start: int | None = match.start() if foreign_reported(scanned, match) else None
            else:
                start = _reported_start(scanned, match, step)
            if start is None or _RETRACTED_AFTER.match(scanned, match.end()):
                continue
            quote = scanned[start : match.end()]
            evidence = Evidence(start=start, end=match.end(), quote=quote, cue="tried_step")
            # An out-of-vocabulary step still claims its words, so it is kept until the end.
            found[step] = TriedStep(step=step, evidence=evidence)


def find_tried_steps(text: str) -> tuple[TriedStep, ...]:
    """Steps the writer says they already did, one per step name, in order of appearance.

    Asked-about, suggested, planned, negated and taken-back steps are left out, and so are
    steps outside ``STEP_NAMES`` (restarting a home router). Never raises.
    """
    scanned = clip(text)
    found: dict[str, TriedStep] = {}
    lowered = scanned.lower()
    _scan(scanned, lowered, _COMPILED, found, foreign=False)
    if not lowered.isascii() or "habe" in lowered or "ho " in lowered:
        _scan(scanned, lowered, FOREIGN_COMPILED, found, foreign=True)
    kept = (tried for name, tried in found.items() if name != _OUTSIDE)
    return tuple(sorted(kept, key=lambda tried: tried.evidence.start))
