"""Word lists for the business-impact signal: numbers, business processes, scope, workaround.

Data only, so the vocabulary can grow without touching the matching code. Patterns are
regex fragments matched case-insensitively on word boundaries; every one is a plain
alternation with no nested quantifiers, so none can backtrack badly.
"""

from __future__ import annotations

# Number words as writers spell out counts and durations ("twelve users", "in five minutes").
UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
OTHER_NUMBERS = {"a dozen": 12, "dozen": 12, "a hundred": 100, "hundred": 100, "a couple of": 2}

_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS)
# "twenty-five", "twenty five", "twenty", "twelve", "a dozen", or digits.
NUMBER_PATTERN = (
    rf"(?:\d{{1,5}}|(?:{_TENS_ALT})(?:[- ](?:{_UNIT_ALT}))?|{_UNIT_ALT}"
    r"|a\s+dozen|dozen|a\s+hundred|a\s+couple\s+of)"
)


def number_value(word: str) -> int | None:
    """Return the value of a token matched by ``NUMBER_PATTERN``, or None if it is not one."""
    word = " ".join(word.lower().replace("-", " ").split())
    if word.isdigit():
        return int(word)
    if word in UNITS:
        return UNITS[word]
    if word in OTHER_NUMBERS:
        return OTHER_NUMBERS[word]
    parts = word.split(" ")
    if parts[0] in TENS:
        rest = UNITS.get(parts[1], 0) if len(parts) == 2 else 0
        return TENS[parts[0]] + rest
    return None


# Normalized business process -> synonyms. Order is priority: specific before generic,
# so "board meeting" wins over "meeting" and "sales demo" over a bare "demo".
BUSINESS_PROCESSES: tuple[tuple[str, str], ...] = (
    ("payroll", r"payroll|pay\s*run|payslips?|salar(?:y|ies)\s+run|wages\s+run"),
    ("month-end close", r"month[- ]?end(?:\s+clos(?:e|ing))?|closing\s+the\s+books|period[- ]end"),
    ("quarter-end close", r"quarter[- ]?end|year[- ]?end\s+clos(?:e|ing)"),
    ("invoicing", r"invoic(?:e|es|ing)|billing\s+run|bill(?:ing)?\s+(?:our\s+)?customers"),
    ("board meeting", r"board\s+(?:meeting|presentation|call|pack)|board\s+of\s+directors"),
    (
        "client call",
        r"(?:client|customer)\s+call|call\s+with\s+(?:a|my|the|our)\s+(?:client|customer)s?",
    ),
    (
        "client meeting",
        r"(?:client|customer)\s+meeting|meeting\s+with\s+(?:a|my|the|our)\s+(?:client|customer)s?",
    ),
    ("sales demo", r"(?:sales|product)\s+demo|demo\s+(?:to|for|with)\s+(?:a|the|our)\s+\w+"),
    ("webinar", r"webinar|live\s*stream"),
    ("presentation", r"presentation|keynote|pitch(?:ing)?\s+to|presenting"),
    ("release", r"release|go[- ]live|product\s+launch|launch\s+day"),
    ("deploy", r"deploy(?:ment|ing|s)?|push\s+to\s+prod(?:uction)?|roll[- ]?out"),
    ("customer orders", r"customer\s+orders?|order\s+processing|(?:online\s+)?orders|checkout"),
    ("shipping", r"shipping|dispatch(?:ing)?|shipments?|courier\s+pick[- ]?up|shipping\s+labels?"),
    ("exams", r"exams?|examinations?|finals\s+week|test\s+papers?"),
    ("patient scheduling", r"patient\s+(?:scheduling|appointments|bookings)|clinic\s+appointments"),
    ("contract signing", r"contract\s+signing|sign(?:ing)?\s+(?:the\s+)?contracts?|docusign"),
    (
        "court filing",
        r"court\s+(?:filing|submission|deadline|hearing)|fil(?:e|ing)\s+with\s+the\s+court",
    ),
    ("audit", r"audit(?:ors?)?"),
    ("trading", r"trading|market\s+open|trades"),
    ("tax filing", r"tax\s+(?:return|filing)|vat\s+return"),
    ("payments", r"supplier\s+payments|payment\s+run|pay(?:ing)?\s+suppliers"),
    ("onboarding", r"onboarding|new\s+(?:starters?|hires?)"),
    ("interview", r"interviews?"),
    ("teaching", r"lectures?|teaching|lessons?"),
    ("meeting", r"meeting"),
)

# People nouns that make a number an affected count ("40 people", "twelve users").
PEOPLE_NOUNS = (
    r"people|users|staff|colleagues|co-?workers|employees|agents|workers|members|"
    r"engineers|accountants|nurses|doctors|teachers|students|reps|persons|receptionists|"
    r"interns|managers|admins|developers|designers|cashiers|drivers|temps"
)

DEPARTMENTS = (
    r"finance|accounts|accounting|hr|human\s+resources|sales|marketing|legal|it|"
    r"engineering|support|operations|ops|procurement|payroll|customer\s+service|"
    r"logistics|warehouse|reception|admin|research|design|product|compliance|billing"
)

# Departments that are one whatever they are called ("the finance team" is a department,
# "the design team" a team).
DEPARTMENTS_TITLE = (
    r"finance|accounts|accounting|hr|human\s+resources|legal|procurement|marketing|"
    r"sales|compliance"
)

# Scope cues, broadest first; the broadest stated scope is the one reported.
SCOPE_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "organization",
        r"(?:the\s+)?(?:whole|entire)\s+(?:company|org|organi[sz]ation|firm|business|"
        r"school|hospital|university|practice)"
        r"|(?:company|organi[sz]ation)[- ]wide"
        r"|(?:every(?:one|body)|nobody|no\s+one|no-one)\s+(?:in|at|across)\s+(?:the|our|this)\s+"
        r"(?:company|organi[sz]ation|firm|business|school)"
        r"|(?:all|\d{1,3}\s*%\s+of)\s+(?:our\s+|the\s+)?(?:customers|users|clients)"
        r"|(?:nobody|no\s+one|no-one)\s+(?:can|could|is\s+able\s+to)"
        r"|all\s+(?:users|staff|employees|offices|sites|branches)"
        r"|every(?:one|body)\s+(?:is|can't|cannot|can\s+not|has|here)",
    ),
    (
        "department",
        rf"(?:the\s+)?(?:whole|entire|all\s+of)\s+(?:the\s+)?(?:{DEPARTMENTS})"
        rf"(?:\s+(?:department|dept|division|floor|team))?"
        rf"|(?:the|our|my)\s+(?:{DEPARTMENTS})\s+(?:department|dept|division)"
        r"|(?<!your\s)(?:whole|entire)\s+(?:department|dept|division|floor)"
        # A named site or office is a department-sized scope ("our Osaka sales office",
        # "the whole Madrid site", "Tokyo office here"). Like every pattern here it ignores
        # case, so a name is any word: [a-z] below matches "Osaka" and "osaka" alike.
        r"|(?:the\s+)?(?:whole|entire)\s+(?:[a-z][\w-]+\s+)?(?:office|site|building|branch)"
        r"|(?:office|site|floor)[- ]wide"
        r"|(?:our|the)\s+(?:[\w-]+\s+){0,2}(?:office|branch|warehouse|floor)\s+(?:in|at)\s+"
        r"[a-z][\w-]+"
        r"|(?:our|the)\s+[a-z][\w-]+\s+(?:office|branch|site)"
        r"|(?:office|branch|site)\s+here"
        r"|(?:our|my)\s+(?:department|dept|division|warehouse|floor)"
        r"|every(?:one|body)\s+(?:in|at|on)\s+(?:the|our)\s+(?:office|building|site|floor)"
        r"|(?:other|several|many)\s+people\s+in\s+the\s+office"
        # "three of us in Legal" is a group inside the department, so a team
        rf"|(?<!of\sus\s)(?:in|for)\s+(?:{DEPARTMENTS_TITLE})\b"
        rf"|(?:^|(?<=[.!?]\s))(?:{DEPARTMENTS_TITLE})\s+(?:can't|cannot|can\s+not|is|are)"
        rf"|(?:the|our)\s+(?:{DEPARTMENTS_TITLE})\s+(?:team|floor)"
        r"|service\s+(?:comptable|informatique|client)|(?:support|sales|finance)\s+floor",
    ),
    (
        "team",
        r"(?:my|our|the)\s+(?:whole\s+|entire\s+)?team|all\s+of\s+us|all\s+\S+\s+of\s+us"
        r"|(?:several|a\s+few|some|most|many|both)\s+of\s+us|(?:my|our)\s+(?:colleagues|coworkers)"
        r"|not\s+(?:just|only)\s+me|(?:me\s+)?and\s+(?:my|a)\s+(?:colleague|coworker)"
        r"|(?:the|our|my)\s+[\w-]+\s+team",
    ),
    (
        "individual",
        r"(?:just|only)\s+(?:me|my\s+(?:account|laptop|machine|pc|computer|phone|mailbox))"
        r"|nobody\s+else|no\s+one\s+else|only\s+(?:affects|happening\s+to|happens\s+to)\s+me"
        # One named other person is still one person ("the new starter's account").
        r"|new\s+(?:starter|hire|joiner|colleague|employee)(?!s)",
    ),
)

# The writer speaking for a group ("we", "our") or only for themselves ("I", "my"), in the
# languages the set covers. Used only when no explicit scope cue is found. Hedges such as
# "I think" or "I'm escalating" say nothing about who is affected.
FIRST_PERSON_PLURAL = (
    r"we|we're|we've|we'd|our|ours|(?-i:us)|nous|wir|unser(?:e[mnrs]?)?|uns"
    r"|onze|ons|nosotros|nuestr[oa]s?|noi|nostr[oaie]|nós|nosso|nossa"
)
FIRST_PERSON_SINGULAR = (
    r"i(?!\s+(?:think|guess|suppose|swear|believe|wonder)\b)(?!'m\s+escalating)"
    r"|i'm|i've|i'd|i'll|me|my|mine|myself|ich|mein(?:e[mnrs]?)?|mir|mich|je|j'\w+|moi|mon|io|ho"
    r"|ik|mijn|yo|mi|mio|mia|miei|eu|meu|minha"
    # No subject at all, as in "Tried Edge, cleared cookies" or "Need it back by 9".
    r"|(?:^|(?<=[.!?]\s))(?:tried|need|[a-z]{3,}ed(?=\s+(?:the|it|my|to|out|off|on|in|spam|a|and"
    r"|nothing|twice)\b))"
)

# Workaround cues. Explicit "no workaround" beats a stated workaround, which beats a
# general "I'm stuck" (someone stuck on the laptop may still say they use the phone).
WORKAROUND_NO_EXPLICIT = (
    r"no\s+(?:work[- ]?around|way\s+around|other\s+way|alternative|backup|plan\s+b)"
    r"|(?:there's|there\s+is|have|got)\s+no\s+(?:work[- ]?around|other\s+way|alternative)"
    r"|(?:can't|cannot|can\s+not)\s+work\s+around\s+it"
)
WORKAROUND_YES = (
    r"(?:there's|there\s+is|we\s+have|i\s+have|i've\s+got|found)\s+a\s+work[- ]?around"
    r"|(?:using|use|working\s+(?:from|on|in|off)|switched\s+to|borrow(?:ing|ed))\s+"
    r"(?:[\w']+\s+){0,5}?(?:for\s+now|in\s+the\s+meantime|meanwhile|instead|temporarily|"
    r"for\s+the\s+time\s+being|for\s+the\s+moment|as\s+a\s+(?:stopgap|work[- ]?around))"
    r"|(?:can|could)\s+still\s+(?:work|use|access|print|log\s+in|get\s+by|send|do)"
    r"|(?:getting|get)\s+by\s+(?:with|on|using)"
)
WORKAROUND_NO_IMPLICIT = (
    r"(?:completely|totally|fully|really)\s+(?:stuck|blocked)"
    r"|(?:can't|cannot|can\s+not|unable\s+to)\s+(?:do\s+anything|work\s+at\s+all|do\s+my\s+job|"
    r"get\s+any(?:thing|\s+work)\s+done)"
    r"|dead\s+in\s+the\s+water|at\s+a\s+standstill|nothing\s+works"
)
