"""Abusive language: insults and threats aimed at people (swearing at a printer is not abuse)."""

from __future__ import annotations

import re

from warmdesk.signals import lexicon
from warmdesk.signals.scan import Anchored, PhraseGates, TextScan, scan_of
from warmdesk.signals.spans import by_start, evidence_of, overlaps, words_alternation
from warmdesk.signals.types import AbuseSignal, Evidence, Level

MAX_EVIDENCE = 10


def _words(spaced: str) -> frozenset[str]:
    """A word set written as one space-separated string (easier to read and edit)."""
    return frozenset(spaced.split())


_STRONG = words_alternation(lexicon.STRONG_INSULTS)
_MILD = words_alternation(lexicon.MILD_INSULTS)
_PEOPLE = words_alternation(lexicon.PEOPLE_NOUNS)
_SWEAR = r"(?:fucking|fuckin|f[*#@$%\-]{2,}(?:ing|in)?|f\*cking|bloody|damn(?:ed)?|effing|freaking)"
# Words allowed between the target and the insult: "you are all just a bunch of ...".
_FILLER = (
    r"(?:\s+(?:all|just|really|truly|clearly|so|such|completely|totally|absolutely|utterly"
    r"|complete|total|absolute|utter|little|a\s+bunch\s+of|a\s+pack\s+of|a\s+load\s+of"
    r"|actually|this|that|even|seriously|literally|honestly|being|over\s+there"
    rf"|an?|{_SWEAR}))*"
)
# "you stupid printer" is swearing at a thing.
_NOT_A_THING = (
    r"(?!\s+(?:printer|laptop|computer|machine|thing|app|program|software|system|pc|phone"
    r"|device|box|website|site|screen|keyboard|mouse|server|tool|portal|email|update|piece))"
)
_INSULT = rf"(?P<insult>{_STRONG}|{_MILD})(?![\w'])"

_NOUN_INSULT = rf"(?:{_STRONG}|amateurs|incompetents)"
_INSULTS = PhraseGates.of(lexicon.STRONG_INSULTS | lexicon.MILD_INSULTS)
# Each pattern below with the first words of its matches, and for some the words one of
# which every match holds (see ``scan.Anchored``).
_PATTERNS: tuple[tuple[str, Anchored], ...] = (
    # which moron in IT ... / tell that idiot Dave / what a bunch of clueless amateurs
    (
        "insult",
        Anchored(
            re.compile(
                rf"\b(?:which|what|some|whichever|whatever)\s+(?P<insult>{_STRONG})\b"
                rf"|\b(?:that|this|the|your)\s+(?P<insult2>{_STRONG})\s+(?-i:[A-Z][a-z]+)\b"
                rf"|\b(?:bunch|pack|load|band|gang)\s+of\s+(?:\w+\s+)?(?P<insult3>{_NOUN_INSULT})\b"
                rf"|\b(?:the|those|these|all\s+the)\s+(?:\w+\s+)?(?P<insult4>{_STRONG})\s+(?:in|at|from"
                rf"|on|over\s+in|working\s+in|running)\s+",
                re.IGNORECASE,
            ),
            _words(
                "which what some whichever whatever that this the your bunch pack load band gang"
                " those these all"
            ),
        ),
    ),
    # "Useless, lazy, overpaid. That's your whole department."
    (
        "insult",
        Anchored(
            re.compile(
                rf"\b{_INSULT}[^.!?]{{0,40}}[.!]\s*that'?s\s+(?:what\s+)?(?:your|the)\s+"
                rf"(?:whole\s+|entire\s+)?(?:{_PEOPLE})\b",
                re.IGNORECASE,
            ),
            _INSULTS.words,
            follows=_INSULTS.follows,
        ),
    ),
    # French, German, Spanish, Dutch, Italian, Portuguese: "vous êtes une bande d'incapables"
    (
        "insult",
        Anchored(
            re.compile(
                r"\b(?:vous\s+êtes|tu\s+es|t'es|ihr\s+seid|sie\s+sind|du\s+bist|sois|son|eres"
                r"|jullie\s+zijn|je\s+bent|siete|sei|vocês\s+são|você\s+é)\s+(?:[\w']+\s+){0,3}?"
                r"(?:d')?(?P<insult>incapables?|incompétents?|idiots?|imbéciles?|nuls|crétins?"
                r"|idioten|unfähig|inkompetent|vollidioten|inútiles|idiotas|incompetentes"
                r"|sukkels|idioot|incapaci|incompetenti|idioti|incompetentes|imbecis)\b",
                re.IGNORECASE,
            ),
            _words("vous tu t ihr sie du sois son eres jullie je siete sei vocês você"),
        ),
    ),
    # you idiots / you're useless / you guys are clueless / you f***ing morons
    (
        "insult",
        Anchored(
            re.compile(
                rf"\b(?:you|u)(?:\s+(?:guys|people|lot|folks|all|two|lads))?"
                rf"(?:'re|\u2019re|\s+are|\s+r|\s+were|\s+must\s+be|\s+seem)?{_FILLER}\s+{_INSULT}"
                rf"{_NOT_A_THING}",
                re.IGNORECASE,
            ),
            _words("you u"),
        ),
    ),
    # are you stupid? / are you all idiots?
    (
        "insult",
        Anchored(
            re.compile(rf"\bare\s+(?:you|u){_FILLER}\s+{_INSULT}{_NOT_A_THING}", re.IGNORECASE),
            _words("are"),
        ),
    ),
    # your useless team / this incompetent helpdesk staff
    (
        "insult",
        Anchored(
            re.compile(
                rf"\b(?:your|you|ur|this|that|the){_FILLER}\s+{_INSULT}"
                rf"(?:\s+\w+)?\s+(?:{_PEOPLE})\b",
                re.IGNORECASE,
            ),
            _words("your you ur this that the"),
        ),
    ),
    # your team is useless / the IT guys are idiots
    (
        "insult",
        Anchored(
            re.compile(
                rf"\b(?:your|you|ur|the|this|that)\s+(?:\w+\s+)?(?:{_PEOPLE})\s+"
                rf"(?:is|are|'re|were|was){_FILLER}\s+{_INSULT}{_NOT_A_THING}",
                re.IGNORECASE,
            ),
            _words("your you ur the this that"),
        ),
    ),
    (
        "profane_address",
        Anchored(
            re.compile(
                rf"\b(?:fuck|f[*#@$%\-]{{2,}}k?|screw|sod)\s+(?:you|u|off|yourselves|yourself"
                rf"|you\s+(?:all|people|guys))\b|\bgo\s+(?:to\s+hell|die|{_SWEAR}?\s*"
                rf"(?:fuck|f[*#@$%\-]{{2,}}k?|screw)\s+yoursel(?:f|ves))\b|\bshut\s+(?:up|the\s+"
                rf"\S+\s+up)\b|\bstfu\b|\bpiss\s+off\b|\bkiss\s+my\s+(?:ass|arse)\b",
                re.IGNORECASE,
            ),
            _words("fuck f screw sod go shut stfu piss kiss"),
        ),
    ),
    (
        "threat",
        Anchored(
            re.compile(
                r"\b(?:i|we)\s*(?:'ll|\u2019ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna"
                r"|\s+am\s+gonna|\s+want\s+to|\s+could|\s+swear\s+i'?ll)\s+(?:\w+\s+){0,4}?"
                r"(?:find\s+(?:out\s+)?where\s+you\s+live|track\s+you\s+down|hunt\s+you\s+down"
                r"|find\s+you(?!\s+(?:a|an|the|some|it|them)\b)|(?:kill|hurt|punch|beat\s+up|beat"
                r"|strangle|smack|slap|stab|shoot|murder|drag)\s+(?:you|u|someone|somebody|whoever"
                r"|the\s+(?:next\s+)?(?:person|agent|guy|tech)|your\s+\w+))\b"
                r"|\bi\s+know\s+where\s+you\s+(?:live|work|park)\b",
                re.IGNORECASE,
            ),
            _words("i we"),
            needs=_words(
                "find track hunt kill hurt punch beat strangle smack slap stab shoot murder"
                " drag know"
            ),
        ),
    ),
    (
        "threat_mild",
        Anchored(
            re.compile(
                r"\b(?:watch\s+your\s+back|you(?:'ll|\u2019ll|\s+will)\s+(?:regret|pay\s+for)\s+(?:this|it)"
                r"|i(?:'ll|\s+will)\s+make\s+you\s+(?:pay|regret)|you(?:'d|\s+had)\s+better\s+watch"
                r"(?:\s+out|\s+yourself)?|(?:get|have)\s+you\s+(?:all\s+)?fired|you\s+(?:all\s+)?"
                r"(?:should|ought\s+to|deserve\s+to)\s+(?:all\s+)?be\s+(?:fired|sacked)|hope\s+you\s+(?:all\s+)?"
                r"(?:get|are)\s+(?:fired|sacked)|waste\s+of\s+(?:space|oxygen)|get\s+a\s+real\s+job)\b",
                re.IGNORECASE,
            ),
            _words("watch you i get have hope waste"),
            needs=_words("watch regret pay fired sacked waste job"),
        ),
    ),
)
_SWEAR_RE = re.compile(_SWEAR, re.IGNORECASE)
_STRONG_RE = re.compile(rf"^(?:{_STRONG})$", re.IGNORECASE)
# "I don't think you're incompetent": a negator just before the target cancels the insult.
_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:not|never|no)\b|n't)\s+(?:(?:think|say|saying|mean|believe|call|calling|suggesting"
    r"|implying)\s+(?:that\s+)?)?$",
    re.IGNORECASE,
)
# Patterns 0, 1 and 3-6 need an English insult word somewhere and pattern 2 a foreign one;
# one search for any of them lets most messages skip those scans.
_ANY_INSULT = Anchored(
    re.compile(rf"(?<![\w'])(?:{_STRONG}|{_MILD}|amateurs|incompetents)(?![\w'])", re.I),
    _INSULTS.words | {"amateurs", "incompetents"},
    needs=_INSULTS.needs | {"amateurs", "incompetents"},
    follows=_INSULTS.follows,
)
_ANY_FOREIGN_INSULT = re.compile(
    r"incap|incomp|idiot|imbéc|imbec|crétin|\bnuls\b|unfähig|inútil|sukkel", re.IGNORECASE
)
# The stems alone, for the lower-case text, each looked for with ``str.find`` ("nuls" is looked
# up in the text's words instead); ASCII text cannot hold the accented ones.
_FOREIGN_STEMS = (
    "incap",
    "incomp",
    "idiot",
    "imbéc",
    "imbec",
    "crétin",
    "unfähig",
    "inútil",
    "sukkel",
)
_ASCII_FOREIGN_STEMS = tuple(stem for stem in _FOREIGN_STEMS if stem.isascii())
_NEEDS_INSULT = frozenset({0, 1, 3, 4, 5, 6})
_INSULT_GROUPS = ("insult", "insult2", "insult3", "insult4")
_RANK = {Level.LOW: 0, Level.MEDIUM: 1, Level.HIGH: 2}


def _severity(cue: str, match: re.Match[str]) -> Level:
    if cue == "threat" or (cue == "profane_address" and "shut" not in match.group(0).lower()):
        return Level.HIGH
    if cue in ("threat_mild", "profane_address"):
        return Level.MEDIUM
    groups = match.groupdict()
    insult = next((groups[k] for k in _INSULT_GROUPS if groups.get(k)), "")
    strong = bool(_STRONG_RE.match(insult))
    swore = bool(_SWEAR_RE.search(match.group(0)))
    if strong and swore:
        return Level.HIGH
    return Level.MEDIUM if strong or swore else Level.LOW


def _has_foreign_insult(scan: TextScan) -> bool:
    """Whether ``_ANY_FOREIGN_INSULT`` finds anything in the text."""
    if scan.words is None:
        return _ANY_FOREIGN_INSULT.search(scan.text) is not None
    lowered = scan.lower
    stems = _ASCII_FOREIGN_STEMS if lowered.isascii() else _FOREIGN_STEMS
    return "nuls" in scan.words or any(stem in lowered for stem in stems)


def analyze_abuse(text: str, scan: TextScan | None = None) -> AbuseSignal:
    """Whether the message insults or threatens people, how badly, and the spans that show it.

    ``severity`` is None when nothing abusive was found. Never raises for any ``str``.
    ``scan`` is this text's ``scan_text``, when the caller already has it.
    """
    scan = scan_of(text, scan)
    scanned = scan.text
    found: list[Evidence] = []
    taken: list[tuple[int, int]] = []
    worst: Level | None = None
    has_insult = _ANY_INSULT.search(scan, lower=True) is not None
    has_foreign = _has_foreign_insult(scan)
    for index, (cue, pattern) in enumerate(_PATTERNS):
        if (index in _NEEDS_INSULT and not has_insult) or (index == 2 and not has_foreign):
            continue
        for match in pattern.finditer(scan, lower=True):
            if len(found) >= MAX_EVIDENCE:
                break
            if overlaps(match.start(), match.end(), taken):
                continue
            if _NEGATED_BEFORE.search(scanned[max(0, match.start() - 30) : match.start()]):
                continue
            severity = _severity(cue, match)
            found.append(
                evidence_of(match, "threat" if cue == "threat_mild" else cue, text=scanned)
            )
            taken.append(match.span())
            if worst is None or _RANK[severity] > _RANK[worst]:
                worst = severity
    found.sort(key=by_start)
    return AbuseSignal(abusive=bool(found), severity=worst, evidence=tuple(found))
