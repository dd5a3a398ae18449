"""Word lists for the text-cue signals, written for Warmdesk (not copied from any list).

Phrases are lower case; a space inside a phrase matches any run of whitespace. The scanners
compile these once at import into case-insensitive regexes.
"""

from __future__ import annotations


def word_set(spaced: str) -> frozenset[str]:
    """A word set written as one space-separated string (easier to read and edit)."""
    return frozenset(spaced.split())


# --- stress -----------------------------------------------------------------------------

# Exasperation and anger, as people write it to a help desk.
ANGER_WORDS: frozenset[str] = frozenset(
    {
        "ridiculous", "fed up", "useless", "unacceptable", "frustrated", "frustrating",
        "furious", "sick of", "sick and tired", "annoyed", "annoying", "pathetic",
        "absurd", "outrageous", "infuriating", "livid", "hopeless", "incompetent",
        "enough is enough", "at my wits end", "at my wits' end", "waste of time",
        "can't believe", "cannot believe", "unbelievable", "disgraceful", "a disgrace",
        "terrible", "awful", "horrible", "worst", "nightmare", "a joke", "fed-up",
        "beyond frustrated", "angry", "so done with", "losing my mind", "driving me crazy",
        "driving me mad", "drives me crazy", "come on", "for god's sake",
        "for goodness sake", "again and again", "over and over", "garbage", "rubbish",
        "nothing works", "nothing is working", "nothing working", "never works",
        "sort it out", "fix it already", "how hard can it be", "how many times",
    }
)  # fmt: skip

URGENCY_WORDS: frozenset[str] = frozenset(
    {
        "urgent", "urgently", "asap", "a.s.a.p", "immediately", "right now", "right away",
        "emergency", "critical", "as soon as possible", "top priority", "high priority",
        "time-sensitive", "time sensitive", "desperately", "desperate", "straight away",
        "without delay", "now please", "help now",
    }
)  # fmt: skip

# Words that, a few words before an urgency/anger word, switch it off ("not urgent").
NEGATORS: frozenset[str] = frozenset(
    {"not", "no", "never", "nothing", "isn't", "isnt", "wasn't", "aren't", "hardly", "n't"}
)

# Repetition: the writer has been here before.
REPEAT_PHRASES: frozenset[str] = frozenset(
    {
        "again", "still", "second time", "third time", "fourth time", "fifth time",
        "once again", "yet again", "same problem", "same issue", "keeps happening",
        "every single day", "every day this week", "happened before", "as i said",
        "like i said", "as i already said", "i already told", "i've already told",
        "for the last time",
    }
)  # fmt: skip

# Waiting without an answer: a strong cue on its own.
WAITING_PHRASES: frozenset[str] = frozenset(
    {
        "nobody has answered", "no one has answered", "nobody answered", "no one answered",
        "nobody has replied", "no one has replied", "nobody replied", "nobody responded",
        "no one has responded", "no one responded", "nobody has responded",
        "nobody got back", "no one got back", "nobody has got back", "still waiting",
        "still no answer", "still no reply", "still no response", "still nothing",
        "haven't heard back", "have not heard back", "no response yet", "no reply yet",
        "no answer yet", "still not fixed", "still not working", "still broken",
        "ignored", "being ignored", "been waiting", "waiting for days", "waiting for hours",
        "still haven't heard",
    }
)  # fmt: skip

# Time pressure (the impact module resolves the deadline itself; here it only adds stress).
TIME_PRESSURE_PATTERNS: tuple[str, ...] = (
    r"\bin\s+(?:\d{1,3}|a\s+few|two|five|ten|fifteen|twenty|thirty)\s*(?:minutes?|mins?)\b",
    r"\bin\s+(?:an?|one|half\s+an)\s+hour\b",
    r"\bdeadlines?\b",
    r"\bdue\s+(?:today|tonight|tomorrow|in\s+\d+)\b",
    r"\bby\s+(?:noon|eod|cob|end\s+of\s+(?:the\s+)?day|tonight|this\s+afternoon)\b",
    r"\bbefore\s+(?:my|the|our)\s+(?:\w+\s+)?(?:meeting|call|presentation|demo|exam)\b",
    r"\b(?:starts|begins)\s+(?:soon|now)\b",
    r"\brunning\s+out\s+of\s+time\b",
    r"\bclients?\s+(?:is|are)\s+waiting\b",
)

# Swearing (about anything). Whether it targets a person is the abuse scanner's job.
PROFANITY_PATTERN = (
    r"\b(?:damn(?:ed)?|goddamn|bloody|crap(?:py)?|shit(?:ty)?|fuck(?:ing|in)?|"
    r"f[*#@$%\-]{2,}(?:ing|in|k)?|f\*ck(?:ing|in)?|freaking|frigging|effing|wtf|"
    r"sodding|bollocks|piece\s+of\s+(?:junk|crap|shit))(?![\w*])"
)

# Calm, patient or polite phrases that lower stress.
CALM_PHRASES: frozenset[str] = frozenset(
    {
        "no rush", "no hurry", "no urgency", "not urgent", "not a priority",
        "whenever you have time", "whenever you get a chance", "whenever you can",
        "when you have time", "when you get a chance", "when you have a moment",
        "when you get a moment", "when you have a minute", "at your convenience",
        "low priority", "not a big deal", "no big deal", "not time sensitive",
        "not time-sensitive", "take your time", "no worries", "no pressure",
        "it can wait", "this can wait", "no stress", "in your own time",
        "thanks in advance", "many thanks", "much appreciated",
    }
)  # fmt: skip

# Something is broken: a plain problem report is some stress, however politely put.
_CANNOT_DO = (
    "work|turn on|start|boot|open|load|connect|print|sync|log in|login|sign in|access|get in|"
    "get into|see|send|receive|join|reach|find|save"
)
_CANNOT_FORMS = (
    "doesn't|doesnt|does not|won't|wont|will not|can't|cant|cannot|can not|couldn't|couldnt|"
    "isn't|isnt|didn't|didnt|don't|dont"
)
_DOING = word_set("working loading opening starting connecting printing syncing responding")
_BROKEN_STATE = ("is", "are", "was", "were", "been", "went", "goes", "still", "it's", "keeps going")
PROBLEM_PHRASES: frozenset[str] = frozenset(
    {f"{cannot} {verb}" for cannot in _CANNOT_FORMS.split("|") for verb in _CANNOT_DO.split("|")}
    | {f"not {doing}" for doing in _DOING}
    | {f"{be} {state}" for be in _BROKEN_STATE for state in ("down", "dead")}
    | {f"stopped {doing}" for doing in _DOING | {"recording", "charging", "updating"}}
    | {f"no {thing}" for thing in ("signal", "sound", "internet", "dial tone", "access")}
    | word_set(
        """
        broken broke crash crashes crashed crashing error errors fail fails failed failing
        failure stuck froze frozen offline disappeared missing lost hang hangs jammed jamed
        timeout timeouts encrypted hacked phishing virus malware reject rejects rejected
        """
    )
    | {"locked out", "times out", "black screen", "no connection"}
)

# Capitalised words that are names of things, not shouting. Compared upper-case.
ACRONYMS: frozenset[str] = word_set(
    """
    VPN SSO MFA PDF USB HDMI DNS DHCP URL HTTP HTTPS CPU GPU RAM SSD HDD API SQL CSV XLS XLSX
    DOC DOCX PPT PPTX CEO CFO CTO COO EOD COB ETA FYI TBD NDA ZIP JPG JPEG PNG GIF MP4 BIOS
    UEFI TPM CAD ERP CRM SAP AWS GCP SSH RDP TLS SSL NAS UPS LCD LED PST OST IMAP SMTP POP
    EST PST UTC GMT CET BST CEST PDT EDT CST MST IST AEST WIFI LAN WAN VLAN SIM LTE NFC IMEI
    MDM GPO SCCM OTP PIN SMS MMS IOS ACL AAD SaaS SSID WPA MAC NIC KVM VDI VM IIS DLL EXE MSI
    OCR NTFS FAT RAID ISP IPV SIP VOIP PBX HTML CSS XML JSON YAML PHP JAVA OKTA LDAP SAML
    JIRA ITSM SLA KPI ROI QA UAT PROD DEV MSG EML ICS VCF TXT RTF ODT XPS TIFF BMP SVG NTP
    MSA DKIM SPF DMARC CNAME MX TTL ARP NAT DMZ IDS IPS EDR AV MSP OEM SKU RMA ASAP AKA
    """
)

# --- abuse ------------------------------------------------------------------------------

# Insults that are abusive whenever they are aimed at a person.
STRONG_INSULTS: frozenset[str] = frozenset(
    {
        "idiot", "idiots", "moron", "morons", "imbecile", "imbeciles", "asshole",
        "assholes", "arsehole", "arseholes", "bastard", "bastards", "dickhead", "dickheads",
        "dumbass", "dumbasses", "scumbag", "scumbags", "cretin", "cretins", "prick",
        "pricks", "wanker", "wankers", "jerk", "jerks", "loser", "losers", "halfwit",
        "halfwits", "numpty", "numpties", "muppet", "muppets", "clown", "clowns",
        "fools", "fool", "retards", "buffoon", "buffoons", "dimwit", "dimwits", "nitwit",
        "nitwits", "twat", "twats", "tosser", "tossers", "pillock", "pillocks", "plonker",
        "plonkers", "dunce", "dunces",
    }
)  # fmt: skip

# Put-downs: abusive when aimed at a person, but milder and also used about things.
MILD_INSULTS: frozenset[str] = frozenset(
    {
        "useless", "incompetent", "clueless", "pathetic", "stupid", "dumb", "lazy",
        "worthless", "brainless", "hopeless", "inept", "a joke", "a bunch of amateurs",
        "amateurs", "amateur", "a disgrace", "braindead", "brain-dead", "brain dead",
        "illiterate", "thick", "overpaid",
    }
)  # fmt: skip

# Groups of people a writer can insult (the thing a printer is not).
PEOPLE_NOUNS: frozenset[str] = frozenset(
    {
        "team", "staff", "people", "agents", "agent", "techs", "technicians", "technician",
        "guys", "lot", "folks", "department", "colleagues", "engineers", "support staff",
        "helpdesk staff", "help desk staff", "bunch", "crew", "manager", "boss", "monkeys",
    }
)  # fmt: skip

# --- fluency ----------------------------------------------------------------------------

# Terms that on their own show a technically fluent writer.
STRONG_TECH_TERMS: frozenset[str] = frozenset(
    {
        "dns", "dhcp", "subnet", "subnet mask", "default gateway", "proxy", "registry",
        "regedit", "kernel", "powershell", "event viewer", "event log", "certificate",
        "ip address", "ipconfig", "nslookup", "traceroute", "tracert", "group policy", "gpo",
        "ldap", "saml", "oauth", "active directory", "kerberos", "ntlm", "mtu", "vlan",
        "ssid", "mac address", "bios", "uefi", "driver version", "client version",
        "build number", "stack trace", "command line", "ssh", "rdp", "smb", "packet loss",
        "dmesg", "syslog", "status code", "checksum", "sfc /scannow", "dism",
        "device manager", "services.msc", "firmware", "cname", "mx record", "spf record",
        "dkim", "dmarc", "tcp", "udp", "nat", "arp", "ipv4", "ipv6", "hosts file",
        "root cause", "mdm profile", "intune", "bitlocker", "tpm",
    }
)  # fmt: skip

# Terms that lean technical but that many users also know: they count for less.
WEAK_TECH_TERMS: frozenset[str] = frozenset(
    {
        "cache", "cookies", "vpn client", "router", "modem", "ethernet", "port", "ping",
        "gateway", "token", "logs", "log file", "cli", "terminal", "latency", "bandwidth",
        "api", "endpoint", "safe mode", "task manager", "config", "configuration", "sso",
        "cert", "tls", "ssl", "driver", "plugin", "extension", "server", "mapped drive",
        "network drive", "authenticator", "incognito", "firewall", "antivirus", "patch",
        "browser extension", "sync client", "tenant", "hash",
    }
)  # fmt: skip

# Vague words for things: the writer does not know (or use) the names.
VAGUE_PHRASES: frozenset[str] = frozenset(
    {
        "the internet thing", "internet thingy", "the blue e", "the big e", "it's broken",
        "its broken", "it is broken", "the computer box", "the box thing", "the screen went funny",
        "went funny", "gone funny", "doing something weird", "doing weird things", "thingy",
        "thingamajig", "whatchamacallit", "the little picture", "the little icon",
        "the google", "the email thing", "the wifi thing", "the printer thing", "doohickey",
        "the internet is broken", "the internet is down", "the computer is broken",
        "doesn't do anything", "nothing happens", "the whole thing", "the button thing",
        "the black screen thing", "the window thing", "the clicky thing", "the spinny thing",
        "the spinning wheel", "the spinning circle", "the little box", "the pop up thing",
        "i'm not very technical", "i am not very technical", "not good with computers",
        "not a computer person", "i'm not techy", "not very techy", "i don't know much about",
        "whatever it's called", "whatever its called", "the thing where",
    }
)  # fmt: skip
