"""Patterns for the tried-steps signal: what each step looks like in English (data only).

``tried`` decides whether a match is the writer reporting the step as done; this module
holds only the vocabulary, so it can grow without touching that logic. The other languages
of the desk are in ``tried_foreign``.
"""

from __future__ import annotations

# Matched so that it claims its words ("rebooted the router" is not restart_device), then
# dropped: restarting a home router or flushing DNS is outside the vocabulary.
OUTSIDE = "outside"

_APPS = (
    r"outlook|teams|excel|word|powerpoint|chrome|firefox|edge|safari|zoom|slack|webex|"
    r"onedrive|sharepoint|acrobat|reader|sap|the\s+app|the\s+application|the\s+program|"
    r"the\s+browser|my\s+browser|the\s+client|the\s+software|the\s+mail\s+app|it\s+app"
)
_DET = r"(?:(?:my|the|our|this|that|both|all|all\s+the|every|each|it|them)\s+)?"
_OBJ = rf"(?:\s+{_DET}(?P<obj>{_APPS}|router|modem|printer|vpn(?:\s+client)?|wi-?fi|it|them)\b)?"
# Verbs after "tried", "attempted", "did", "gave it": gerunds, infinitives and nouns.
TRIED = (
    r"(?:tried|attempted|did|done|gave\s+(?:it|them)|also\s+tried|even\s+tried)"
    r"(?:\s+(?:to|out|a|an|the|it|them|a\s+full|a\s+quick|a\s+hard|a\s+clean|a\s+fresh))*\s+"
)
_OFF_ON = (
    r"(?:off|down)(?:\s+(?:and|&|then|,)\s+(?:then\s+)?(?:back\s+)?on(?:\s+again)?|\s+at\s+the\s+"
    r"(?:wall|plug|mains|socket)|\s+for\s+(?:a\s+|about\s+)?\w+\s+(?:seconds?|secs?|minutes?))"
)

# (default step, pattern). Some steps are re-filed (``tried._BY_KIND``) by their object, or
# by the last thing named before them when the object is "it" ("the printer jammed ... turned
# it off and on" is power_cycle_printer, "Outlook crashed. Restarted it" is restart_app).
STEP_PATTERNS: tuple[tuple[str, str], ...] = (
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
    (OUTSIDE, r"\bflush(?:ed|ing)?\s+(?:the\s+|my\s+)?dns\b|\bipconfig\s+/flushdns\b"),
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
TRIGGERS: dict[str, tuple[str, ...]] = {
    "restart_device": ("start", "boot", "off", "down", "cycl", "reset", "power button"),
    "restart_app": ("clos", "quit", "kill"),
    "sign_out_in": ("out", "off", "relog", "re-log", "in again", "back in"),
    "reset_password": ("password", "reset"),
    "clear_cache": ("cache", "cookie", "history", "temp", "browsing"),
    OUTSIDE: ("flush",),
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
# The first words of each pattern's matches, and for some the words one of which every match
# holds (see ``scan.anchor``), in the order of STEP_PATTERNS.
ANCHORS: tuple[tuple[str, str], ...] = (
    ("re restart* reboot*", ""),
    ("powered powering shut switch switched switching turn turned turning", ""),
    ("power powercycl*", ""),
    ("cold complete force forced full hard held", ""),
    ("closed closing exited force killed opened quit quitting re relaunched reopened", ""),
    ("log logged logging re relogged resigned sign signed signing", ""),
    ("changed changing clicked password reset resetting self used", ""),
    ("clear cleared clearing deleted deleting emptied wiped", ""),
    ("flush flushed flushing ipconfig", ""),
    ("a an another brave chrome different edge firefox in incognito on opera other private "
     "safari switched used using via with",
     "browser browsers chrome firefox edge safari brave opera window mode tab"),
    ("from on used using with",
     "phone laptop computer pc device machine desktop mac tablet ipad"),
    ("a deleted re reinstall reinstalled reinstalling removed uninstalled", ""),
    ("installed installing ran running to updated updating upgraded upgrading with",
     "updated updating upgraded upgrading update updates version"),
    ("a another cable cables checked checking cord cords jiggled lead leads other re replaced "
     "reseated reseating swapped swapping unplug unplugged wiggled",
     "cable cables cord cords connections plug plugs lead leads port charger unplug unplugged"),
    ("made plugged unplugged", ""),
    ("airplane forgot re rejoined switched toggled turned", ""),
    ("connected disconnected re reconnected", ""),
    ("re relaunched toggled vpn", ""),
    ("reset switched turned unplugged", ""),
    ("in into safe with", "safe"),
    ("checked checking looked looking searched went", ""),
    ("junk not nothing spam", "spam junk"),
)  # fmt: skip
