"""Build ``messages.jsonl``: the hand-labelled evaluation set for ``warmdesk.signals``.

Every message below is written out by hand, in our own words, with its labels right next to
it. The only thing this script computes is time arithmetic: wall-clock times in the writer's
timezone are turned into UTC with ``zoneinfo``, so offsets and DST changes are never worked out
in anyone's head. The labelling rules are in ``README.md`` next to this file.

Regenerate with::

    .venv/bin/python tests/data/signals/build_messages.py
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

OUT = Path(__file__).with_name("messages.jsonl")

# The writers' timezones.
LON = "Europe/London"
BER = "Europe/Berlin"
PAR = "Europe/Paris"
MAD = "Europe/Madrid"
AMS = "Europe/Amsterdam"
ROM = "Europe/Rome"
LIS = "Europe/Lisbon"
NYC = "America/New_York"
CHI = "America/Chicago"
LAX = "America/Los_Angeles"
SAO = "America/Sao_Paulo"
IND = "Asia/Kolkata"
TOK = "Asia/Tokyo"
SIN = "Asia/Singapore"
MNL = "Asia/Manila"
SYD = "Australia/Sydney"
LAG = "Africa/Lagos"

STEPS = frozenset(
    {
        "restart_device",
        "restart_app",
        "sign_out_in",
        "reset_password",
        "clear_cache",
        "different_browser",
        "different_device",
        "reinstall_app",
        "update_app",
        "check_cables",
        "reconnect_network",
        "reconnect_vpn",
        "power_cycle_printer",
        "safe_mode",
        "check_spam_folder",
    }
)
PROCESSES = frozenset(
    {
        "payroll",
        "invoicing",
        "month-end close",
        "client call",
        "client meeting",
        "board meeting",
        "presentation",
        "release",
        "deploy",
        "customer orders",
        "exams",
        "shipping",
        "patient scheduling",
        "contract signing",
        "court filing",
        "audit",
        "trading",
        "sales demo",
        "webinar",
        "onboarding",
    }
)
SCOPES = frozenset({"individual", "team", "department", "organization"})
LEVELS = frozenset({"low", "medium", "high"})
# Tags describe the message for coverage counting; they are not signal labels.
TAGS = frozenset(
    {
        "terse",  # a one-liner
        "rambling",  # long and wandering
        "non_native",  # written in non-native English
        "polite",
        "hurried",
        "furious",
        "grateful",
        "dst",  # sent near a DST change; the deadline sits across it or inside the change
        "explicit_tz",  # the deadline names its own timezone
        "tricky_non_deadline",  # has time words that are not a deadline
        "untried_steps",  # mentions steps that were asked about, told, planned or negated
        "swear_at_thing",  # swearing aimed at a device or system, not at people
        "angry_no_abuse",  # angry or rude in tone but no insult or threat at people
    }
)

MESSAGES: list[dict[str, Any]] = []


def local_to_utc(local: str, tz: str) -> datetime:
    """``"2026-11-23 09:12"`` on the wall clock in ``tz`` -> aware UTC datetime.

    Refuses wall-clock times that do not exist or exist twice (DST gaps and folds), so a
    label can never silently depend on which side of a DST change Python picks.
    """
    zone = ZoneInfo(tz)
    naive = datetime.fromisoformat(local)
    first = naive.replace(tzinfo=zone, fold=0)
    second = naive.replace(tzinfo=zone, fold=1)
    if first.utcoffset() != second.utcoffset():
        raise ValueError(f"{local} is ambiguous or missing in {tz}")
    if first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != naive:
        raise ValueError(f"{local} does not exist in {tz}")
    return first.astimezone(UTC)


def m(
    text: str,
    sent: str,
    tz: str,
    *,
    due: str | None = None,
    due_in: int | None = None,
    due_tz: str | None = None,
    dt: str | None = None,
    scope: str | None = None,
    count: int | None = None,
    proc: str | None = None,
    wa: str | None = None,
    steps: tuple[str, ...] | list[str] = (),
    flu: str = "medium",
    abuse: bool = False,
    stress: str = "medium",
    lang: str = "en",
    tags: tuple[str, ...] | list[str] = (),
) -> None:
    """Add one message.

    ``sent`` and ``due`` are wall-clock times in ``tz`` (``due_tz`` when the message names
    another zone, e.g. "9am New York time"); ``due_in`` is a number of minutes after sending
    ("in 20 minutes"), which is real elapsed time even across a DST change.
    """
    sent_at = local_to_utc(sent, tz)
    deadline: datetime | None = None
    if due is not None:
        deadline = local_to_utc(due, due_tz or tz)
    elif due_in is not None:
        deadline = sent_at + timedelta(minutes=due_in)
    if (deadline is None) != (dt is None):
        raise ValueError(f"deadline and deadline_text go together: {text!r}")
    if dt is not None and dt not in text:
        raise ValueError(f"deadline_text {dt!r} not in {text!r}")
    if deadline is not None and deadline <= sent_at:
        raise ValueError(f"deadline before sent_at: {text!r}")
    if scope is not None and scope not in SCOPES:
        raise ValueError(scope)
    if count is not None and scope is None:
        raise ValueError(f"a count needs a scope: {text!r}")
    if proc is not None and proc not in PROCESSES:
        raise ValueError(proc)
    if wa not in (None, "yes", "no"):
        raise ValueError(wa)
    unknown = set(steps) - STEPS
    if unknown or len(set(steps)) != len(steps):
        raise ValueError(f"bad steps {steps!r}")
    if flu not in LEVELS or stress not in LEVELS:
        raise ValueError((flu, stress))
    if set(tags) - TAGS:
        raise ValueError(f"bad tags {tags!r}")
    MESSAGES.append(
        {
            "text": text,
            "sent_at": sent_at.isoformat(),
            "tz": tz,
            "labels": {
                "deadline_at": deadline.isoformat() if deadline else None,
                "deadline_text": dt,
                "affected_scope": scope,
                "affected_count": count,
                "business_process": proc,
                "workaround": wa,
                "tried_steps": sorted(steps),
                "fluency": flu,
                "abusive": abuse,
                "stress": stress,
                "language": lang,
            },
            "tags": sorted(tags),
        }
    )


# ---------------------------------------------------------------------------------------
# A. Stated deadlines, many timezones. Calendar: Mon 2026-11-23 .. Fri 2026-11-27.
# DST 2026: Europe 29 March and 25 October, US 8 March and 1 November,
# Sydney 5 April (ends) and 4 October (starts).
# ---------------------------------------------------------------------------------------

m(
    "Outlook keeps asking for my password over and over. I need email back by noon, "
    "the payroll cutoff is today.",
    "2026-11-23 09:12",
    LON,
    due="2026-11-23 12:00",
    dt="by noon",
    scope="individual",
    proc="payroll",
)
m(
    "vpn down. need it by 2",
    "2026-11-23 10:05",
    LON,
    due="2026-11-23 14:00",
    dt="by 2",
    tags=["terse"],
)
m(
    "Hi team, could someone please look at the permissions on the Finance folder on the "
    "shared drive before the end of day? Our month-end close starts tomorrow and the four of "
    "us can't open the reconciliation files. Many thanks, Priya",
    "2026-11-23 11:30",
    LON,
    due="2026-11-23 17:00",
    dt="before the end of day",
    scope="team",
    count=4,
    proc="month-end close",
    stress="low",
    tags=["polite"],
)
m(
    "Projector in room 3B won't pick up my laptop over HDMI. Checked the cable, swapped to "
    "the other one, still nothing. Board meeting starts at 10:30!!",
    "2026-11-23 10:02",
    LON,
    due="2026-11-23 10:30",
    dt="at 10:30",
    scope="individual",
    proc="board meeting",
    steps=["check_cables"],
    stress="high",
    tags=["hurried"],
)
m(
    "I need access to the Salesforce reports folder for a sales demo tomorrow morning. My "
    "manager already approved it (Sarah sent the request last week).",
    "2026-11-23 15:20",
    LON,
    due="2026-11-24 09:00",
    dt="tomorrow morning",
    scope="individual",
    proc="sales demo",
    stress="low",
    tags=["tricky_non_deadline"],
)
m(
    "Teams crashes every time I share my screen. I have a client call in 20 minutes. "
    "Restarted Teams twice and rebooted the laptop.",
    "2026-11-23 13:40",
    LON,
    due_in=20,
    dt="in 20 minutes",
    scope="individual",
    proc="client call",
    steps=["restart_app", "restart_device"],
    stress="high",
    tags=["hurried"],
)
m(
    "Could you reset the MFA on my account? New phone and the authenticator didn't come "
    "across. No huge hurry but I'd like it working by Wednesday.",
    "2026-11-23 16:45",
    LON,
    due="2026-11-25 17:00",
    dt="by Wednesday",
    scope="individual",
    stress="low",
    tags=["polite"],
)
m(
    "The invoicing app throws 'Error 500' when I export to PDF. Invoices have to go out by COB.",
    "2026-11-23 14:10",
    LON,
    due="2026-11-23 17:00",
    dt="by COB",
    scope="individual",
    proc="invoicing",
)
m(
    "Morning! So this is a bit of a long story, sorry. Last Thursday the laptop did an update "
    "overnight and since then the docking station only gives me one screen instead of two. I "
    "unplugged everything and plugged it back in, checked all the cables, even tried the dock "
    "at the desk next to mine which did exactly the same thing, so I don't think it's the "
    "dock. I can live with one screen for now if I have to, but I'm presenting the quarterly "
    "numbers on Thursday at 2 and I really need both screens for that. Thanks so much in "
    "advance, Gemma",
    "2026-11-23 08:55",
    LON,
    due="2026-11-26 14:00",
    dt="on Thursday at 2",
    scope="individual",
    proc="presentation",
    wa="yes",
    steps=["check_cables"],
    stress="low",
    tags=["rambling", "polite", "tricky_non_deadline"],
)
m(
    "Can't print to the 2nd floor printer since this morning, it says offline. Turned it off "
    "and on again. I need the contracts printed before 3pm, the client is signing at 3.",
    "2026-11-24 11:20",
    BER,
    due="2026-11-24 15:00",
    dt="before 3pm",
    scope="individual",
    proc="contract signing",
    steps=["power_cycle_printer"],
    tags=["tricky_non_deadline"],
)
m(
    "Unser ganzes Team (8 Leute) kommt nicht mehr ins VPN. Wir müssen bis 16 Uhr das Release "
    "ausliefern. Neu verbunden haben wir schon mehrfach.",
    "2026-11-25 10:15",
    BER,
    due="2026-11-25 16:00",
    dt="bis 16 Uhr",
    scope="team",
    count=8,
    proc="release",
    steps=["reconnect_vpn"],
    lang="de",
)
m(
    "Hey, the payroll export to ADP is failing with 'certificate expired' on the SFTP upload. "
    "Payroll has to be submitted by 4pm Eastern or 300 people don't get paid on Friday.",
    "2026-11-23 10:30",
    NYC,
    due="2026-11-23 16:00",
    dt="by 4pm Eastern",
    scope="organization",
    count=300,
    proc="payroll",
    flu="high",
    stress="high",
    tags=["tricky_non_deadline"],
)
m(
    "can u fix my email before lunch",
    "2026-11-24 09:40",
    NYC,
    due="2026-11-24 12:00",
    dt="before lunch",
    scope="individual",
    flu="low",
    tags=["terse"],
)
m(
    "Hi, our warehouse scanners stopped syncing with the order system about an hour ago. "
    "Customer orders are stuck and have to go out before the 5pm truck pickup. Please call me.",
    "2026-11-25 13:05",
    CHI,
    due="2026-11-25 17:00",
    dt="before the 5pm truck pickup",
    scope="department",
    proc="customer orders",
    stress="high",
    tags=["tricky_non_deadline"],
)
m(
    "Deploy pipeline is red: the runner can't pull from the registry, 'x509: certificate "
    "signed by unknown authority'. We're supposed to ship the release at 6pm today.",
    "2026-11-24 14:20",
    LAX,
    due="2026-11-24 18:00",
    dt="at 6pm today",
    scope="team",
    proc="release",
    flu="high",
)
m(
    "Sir, my laptop is not connecting to office wifi from morning. I have done restart two "
    "times. Kindly resolve before 4 PM as client meeting is there.",
    "2026-11-23 12:10",
    IND,
    due="2026-11-23 16:00",
    dt="before 4 PM",
    scope="individual",
    proc="client meeting",
    steps=["restart_device"],
    flu="low",
    tags=["non_native", "polite", "tricky_non_deadline"],
)
m(
    "Please extend my VPN access, it expires today and I am doing the deployment tonight at 11 PM.",
    "2026-11-24 15:00",
    IND,
    due="2026-11-24 23:00",
    dt="tonight at 11 PM",
    scope="individual",
    proc="deploy",
)
m(
    "Our sales office in Osaka can't reach the file server since the network change last "
    "night. We need it back by 9:00 tomorrow when the audit team arrives.",
    "2026-11-24 18:30",
    TOK,
    due="2026-11-25 09:00",
    dt="by 9:00 tomorrow",
    scope="department",
    proc="audit",
    tags=["tricky_non_deadline"],
)
m(
    "G'day, the shared bookings mailbox stopped receiving mail. Checked junk, nothing there. "
    "Need it sorted before 8:30 tomorrow when patients start ringing.",
    "2026-11-23 16:10",
    SYD,
    due="2026-11-24 08:30",
    dt="before 8:30 tomorrow",
    scope="team",
    proc="patient scheduling",
    steps=["check_spam_folder"],
)
m(
    "Bonjour, l'imprimante du service comptable ne fonctionne plus. Nous devons imprimer les "
    "factures avant midi. Merci d'avance.",
    "2026-11-26 09:30",
    PAR,
    due="2026-11-26 12:00",
    dt="avant midi",
    scope="department",
    proc="invoicing",
    stress="low",
    lang="fr",
    tags=["polite"],
)
m(
    "Hola, no puedo entrar en el portal de nóminas. Ya he cambiado la contraseña y sigue "
    "igual. Lo necesito antes de las 13:00.",
    "2026-11-27 10:20",
    MAD,
    due="2026-11-27 13:00",
    dt="antes de las 13:00",
    scope="individual",
    proc="payroll",
    steps=["reset_password"],
    lang="es",
)
m(
    "Wi-Fi in the training room is dead and the webinar starts in 45 min. Already toggled "
    "wifi off and on on the laptop.",
    "2026-11-27 13:15",
    LON,
    due_in=45,
    dt="in 45 min",
    proc="webinar",
    steps=["reconnect_network"],
    stress="high",
    tags=["hurried"],
)
m(
    "Need a temp password for the new starter, she's here in an hour.",
    "2026-11-23 08:00",
    NYC,
    due_in=60,
    dt="in an hour",
    scope="individual",
    proc="onboarding",
    tags=["terse"],
)
m(
    "Could I get a Visio licence? Not urgent today, but I'd need it by Friday for the process "
    "maps.",
    "2026-11-24 10:00",
    LON,
    due="2026-11-27 17:00",
    dt="by Friday",
    scope="individual",
    stress="low",
    tags=["polite"],
)
m(
    "Please set up accounts for the two new interns by the end of the week. They start on Monday.",
    "2026-11-23 09:30",
    BER,
    due="2026-11-27 17:00",
    dt="by the end of the week",
    scope="team",
    count=2,
    proc="onboarding",
    stress="low",
)
m(
    "Can someone reset the meeting room display? I'm hosting a client meeting at quarter to 4 "
    "and it's frozen on the logo.",
    "2026-11-25 13:00",
    LON,
    due="2026-11-25 15:45",
    dt="at quarter to 4",
    scope="individual",
    proc="client meeting",
)
m(
    "The conference phone in Orchard room only beeps. We need it working by half past two.",
    "2026-11-25 11:00",
    LON,
    due="2026-11-25 14:30",
    dt="by half past two",
    scope="team",
)
m(
    "Please have the replacement laptop ready by 8:30, I'll collect it on my way in.",
    "2026-11-24 16:00",
    LON,
    due="2026-11-25 08:30",
    dt="by 8:30",
    scope="individual",
    stress="low",
    tags=["polite"],
)
m(
    "The label printer at reception is jammed again. Need it working by 9 for the morning "
    "deliveries.",
    "2026-11-24 18:05",
    NYC,
    due="2026-11-25 09:00",
    dt="by 9",
    proc="shipping",
)
m(
    "Please rotate the API keys before 9am New York time, that's when the US customers go "
    "live on the new release.",
    "2026-11-26 10:00",
    LON,
    due="2026-11-26 09:00",
    due_tz=NYC,
    dt="before 9am New York time",
    proc="release",
    flu="high",
    tags=["explicit_tz"],
)
m(
    "Kindly restore the DB backup job before 18:00 UTC, the audit snapshot is taken at that time.",
    "2026-11-25 20:00",
    IND,
    due="2026-11-25 18:00",
    due_tz="UTC",
    dt="before 18:00 UTC",
    proc="audit",
    flu="high",
    tags=["explicit_tz", "non_native"],
)
m(
    "The court filing portal rejects our signing certificate. The filing has to be in by midnight.",
    "2026-11-30 16:00",
    NYC,
    due="2026-12-01 00:00",
    dt="by midnight",
    scope="team",
    proc="court filing",
    stress="high",
)
m(
    "Laptop won't boot past the BitLocker recovery screen and I don't have the recovery key. "
    "Please help by Monday 9am, I have exams to mark that morning.",
    "2026-10-23 16:40",
    BER,
    due="2026-10-26 09:00",
    dt="by Monday 9am",
    scope="individual",
    proc="exams",
    tags=["dst"],
)
m(
    "Please could you move my mailbox to the new tenant by Monday morning? I've already told "
    "my clients about the new address.",
    "2026-03-27 15:00",
    LON,
    due="2026-03-30 09:00",
    dt="by Monday morning",
    scope="individual",
    stress="low",
    tags=["dst", "polite"],
)
m(
    "Our accounting team needs the month-end close workbook unlocked before Monday 10am. It "
    "says it's locked for editing by someone who left the company.",
    "2026-10-30 14:00",
    NYC,
    due="2026-11-02 10:00",
    dt="before Monday 10am",
    scope="department",
    proc="month-end close",
    tags=["dst"],
)
m(
    "New hire starts Monday at 8:30, can her laptop and accounts be ready by then?",
    "2026-03-06 16:30",
    NYC,
    due="2026-03-09 08:30",
    dt="Monday at 8:30",
    scope="individual",
    proc="onboarding",
    stress="low",
    tags=["dst"],
)
m(
    "The clinic booking system logs everyone out every five minutes. We need it stable by "
    "Monday 8am when appointments start again after Easter.",
    "2026-04-03 15:00",
    SYD,
    due="2026-04-06 08:00",
    dt="by Monday 8am",
    scope="organization",
    proc="patient scheduling",
    tags=["dst"],
)
m(
    "Can we get the new starter's account created by Monday 9:00? Thanks!",
    "2026-10-02 12:00",
    SYD,
    due="2026-10-05 09:00",
    dt="by Monday 9:00",
    scope="individual",
    proc="onboarding",
    stress="low",
    tags=["dst", "polite"],
)
m(
    "Le déploiement est bloqué, la base de données ne répond plus. Il faut que ce soit réglé "
    "dans 2 heures sinon on rate la fenêtre de maintenance.",
    "2026-10-25 01:30",
    PAR,
    due_in=120,
    dt="dans 2 heures",
    scope="team",
    proc="deploy",
    stress="high",
    lang="fr",
    tags=["dst"],
)
m(
    "Our online store's payment page is down and customer orders are failing. We need this "
    "fixed by Monday noon at the latest, ideally sooner.",
    "2026-10-31 11:00",
    CHI,
    due="2026-11-02 12:00",
    dt="by Monday noon",
    scope="organization",
    proc="customer orders",
    wa="no",
    stress="high",
    tags=["dst"],
)
m(
    "Please give Jordan access to the release repo by Tuesday EOD.",
    "2026-10-30 17:30",
    LAX,
    due="2026-11-03 17:00",
    dt="by Tuesday EOD",
    scope="individual",
    proc="release",
    stress="low",
    tags=["dst", "terse"],
)
m(
    "Hoi, de scanner op de tweede verdieping doet het niet meer. Kan dit voor maandag 8:30 "
    "opgelost zijn?",
    "2026-03-26 14:00",
    AMS,
    due="2026-03-30 08:30",
    dt="voor maandag 8:30",
    stress="low",
    lang="nl",
    tags=["dst"],
)
m(
    "Buonasera, non riesco ad accedere alla VPN da casa. Ho già riavviato il computer. Mi "
    "serve entro lunedì alle 9.",
    "2026-10-23 17:10",
    ROM,
    due="2026-10-26 09:00",
    dt="entro lunedì alle 9",
    scope="individual",
    steps=["restart_device"],
    lang="it",
    tags=["dst", "polite"],
)
m(
    "Our team's Teams channel lost everything in the Files tab. We've got a client "
    "presentation to prepare and need it back by Monday lunchtime.",
    "2026-10-23 16:00",
    LON,
    due="2026-10-26 12:00",
    dt="by Monday lunchtime",
    scope="team",
    proc="presentation",
    tags=["dst"],
)
m(
    "DB migration stuck at 80% and the maintenance window closes in 3 hours. Need a DBA on "
    "this now.",
    "2026-10-31 23:30",
    NYC,
    due_in=180,
    dt="in 3 hours",
    scope="team",
    proc="deploy",
    flu="high",
    stress="high",
    tags=["dst", "hurried"],
)
m(
    "Hi, the trading terminal on desk 4 lost its market data feed. Need it back before 9, "
    "that's when the market opens.",
    "2026-11-24 07:50",
    SIN,
    due="2026-11-24 09:00",
    dt="before 9",
    scope="individual",
    proc="trading",
    stress="high",
    tags=["hurried"],
)
m(
    "Good morning. Please the internet in our office has been off since 8am. We have webinar "
    "with partners by 2pm today. Kindly assist urgently.",
    "2026-11-25 10:30",
    LAG,
    due="2026-11-25 14:00",
    dt="by 2pm today",
    scope="department",
    proc="webinar",
    wa="no",
    flu="low",
    tags=["non_native", "polite", "tricky_non_deadline"],
)
m(
    "Good day po. My headset is not detected in Teams. I have calls with client at 3:30. I "
    "already unplug and plug again.",
    "2026-11-26 13:00",
    MNL,
    due="2026-11-26 15:30",
    dt="at 3:30",
    scope="individual",
    proc="client call",
    steps=["check_cables"],
    flu="low",
    tags=["non_native", "polite"],
)
m(
    "Bom dia, preciso acessar o sistema de faturamento até as 15h para emitir as notas. Já "
    "limpei o cache do navegador.",
    "2026-11-23 10:00",
    SAO,
    due="2026-11-23 15:00",
    dt="até as 15h",
    scope="individual",
    proc="invoicing",
    steps=["clear_cache"],
    lang="pt",
)
m(
    "ASAP please!! Finance can't post invoices, we need it by 11.",
    "2026-11-26 09:30",
    LON,
    due="2026-11-26 11:00",
    dt="by 11",
    scope="department",
    proc="invoicing",
    wa="no",
    stress="high",
    tags=["hurried"],
)
m(
    "Please unlock account jdoe2 within the hour, she's presenting to the board.",
    "2026-11-25 10:20",
    NYC,
    due_in=60,
    dt="within the hour",
    scope="individual",
    proc="board meeting",
)
m(
    "printer jammed, exams in 10 mins, HELP",
    "2026-11-23 08:50",
    LON,
    due_in=10,
    dt="in 10 mins",
    proc="exams",
    stress="high",
    tags=["terse", "hurried"],
)
m(
    "I need my Adobe licence reactivated today if possible. Thank you!",
    "2026-11-26 09:00",
    BER,
    due="2026-11-26 17:00",
    dt="today",
    scope="individual",
    stress="low",
    tags=["polite"],
)
m(
    "Could you set up a shared calendar for the audit team? They need it tomorrow.",
    "2026-11-24 14:00",
    LON,
    due="2026-11-25 17:00",
    dt="tomorrow",
    scope="team",
    proc="audit",
    stress="low",
)
m(
    "Need the boardroom PC updated first thing tomorrow, we have a sales demo.",
    "2026-11-23 16:30",
    CHI,
    due="2026-11-24 09:00",
    dt="first thing tomorrow",
    proc="sales demo",
)
m(
    "The webinar tool licence runs out this week, please renew it by tomorrow afternoon.",
    "2026-11-23 11:00",
    LAX,
    due="2026-11-24 17:00",
    dt="by tomorrow afternoon",
    proc="webinar",
    stress="low",
)
m(
    "My password expired and the self-service reset keeps failing. I must submit the court "
    "filing this afternoon.",
    "2026-11-24 10:10",
    NYC,
    due="2026-11-24 17:00",
    dt="this afternoon",
    scope="individual",
    proc="court filing",
    steps=["reset_password"],
    wa="no",
    stress="high",
)
m(
    "Please order me a new charger, I need it Monday.",
    "2026-11-25 12:00",
    LON,
    due="2026-11-30 17:00",
    dt="Monday",
    scope="individual",
    stress="low",
    tags=["terse"],
)
m(
    "We need the new shared mailbox for the support team by Thursday noon.",
    "2026-11-23 15:00",
    BER,
    due="2026-11-26 12:00",
    dt="by Thursday noon",
    scope="team",
    stress="low",
)
m(
    "The design team's Adobe licences expire at the end of the month, please renew before "
    "then so nobody gets locked out.",
    "2026-11-16 10:00",
    LON,
    due="2026-11-30 17:00",
    dt="end of the month",
    scope="team",
    stress="low",
)
m(
    "Please have the shared drive migrated by 3 December, the auditors start then.",
    "2026-11-24 10:00",
    LON,
    due="2026-12-03 17:00",
    dt="by 3 December",
    scope="organization",
    proc="audit",
    stress="low",
)
m(
    "Our SSO login loops back to the IdP with a SAML assertion error. Need it fixed by 10am, "
    "the support floor logs in then.",
    "2026-11-24 07:45",
    BER,
    due="2026-11-24 10:00",
    dt="by 10am",
    scope="department",
    flu="high",
)
m(
    "The shipping label service broke at 8:15 and I need it back by 11:30 for the courier.",
    "2026-11-25 09:00",
    AMS,
    due="2026-11-25 11:30",
    dt="by 11:30",
    proc="shipping",
    tags=["tricky_non_deadline"],
)
m(
    "Can someone fix my webcam before my 2:30 client call? I already tried a different USB "
    "port and restarted the laptop.",
    "2026-11-25 11:00",
    LON,
    due="2026-11-25 14:30",
    dt="before my 2:30 client call",
    scope="individual",
    proc="client call",
    steps=["check_cables", "restart_device"],
)
m(
    "Presentation in 5 minutes and the clicker doesn't work!!!",
    "2026-11-25 09:55",
    LON,
    due_in=5,
    dt="in 5 minutes",
    scope="individual",
    proc="presentation",
    stress="high",
    tags=["terse", "hurried"],
)
m(
    "The payroll file must be uploaded in 2 hours and the bank portal says 'token invalid'.",
    "2026-11-24 13:00",
    NYC,
    due_in=120,
    dt="in 2 hours",
    proc="payroll",
    stress="high",
)
m(
    "Please help, in 30 minutes I have webinar and my microphone is not working in Zoom. "
    "Already I have restart the Zoom.",
    "2026-11-23 15:30",
    IND,
    due_in=30,
    dt="in 30 minutes",
    scope="individual",
    proc="webinar",
    steps=["restart_app"],
    flu="low",
    stress="high",
    tags=["non_native"],
)

# ---------------------------------------------------------------------------------------
# B. More deadlines, mixed with steps (done and not done), anger and non-native English.
# ---------------------------------------------------------------------------------------

m(
    "THIRD time I'm writing about this. The payroll app crashes on launch. I reinstalled it "
    "yesterday, still crashes. If it's not working by 3pm nobody in this company gets paid "
    "this month.",
    "2026-11-26 10:40",
    LON,
    due="2026-11-26 15:00",
    dt="by 3pm",
    scope="organization",
    proc="payroll",
    steps=["reinstall_app"],
    wa="no",
    stress="high",
    tags=["angry_no_abuse", "furious"],
)
m(
    "Should I clear the cache or reinstall Chrome? The expenses site just spins. I have to "
    "submit before Friday 5pm.",
    "2026-11-24 11:00",
    CHI,
    due="2026-11-27 17:00",
    dt="before Friday 5pm",
    scope="individual",
    tags=["untried_steps"],
)
m(
    "Your colleague told me to restart the laptop but I can't, it's running a render that "
    "has to finish for the client presentation at 4.",
    "2026-11-25 10:15",
    LAX,
    due="2026-11-25 16:00",
    dt="at 4",
    scope="individual",
    proc="presentation",
    tags=["untried_steps"],
)
m(
    "I haven't restarted yet because I'll lose my unsaved work. Excel is frozen with the "
    "invoicing workbook open and I need it by 12:30.",
    "2026-11-23 11:05",
    LON,
    due="2026-11-23 12:30",
    dt="by 12:30",
    scope="individual",
    proc="invoicing",
    stress="high",
    tags=["untried_steps"],
)
m(
    "Tried signing out and back in, tried Edge instead of Chrome, cleared cookies. The "
    "contract portal still won't load the signature page. Client signs in 40 minutes.",
    "2026-11-26 14:20",
    NYC,
    due_in=40,
    dt="in 40 minutes",
    scope="individual",
    proc="contract signing",
    steps=["sign_out_in", "different_browser", "clear_cache"],
    stress="high",
)
m(
    "ugh. VPN keeps dropping every 10 minutes. reconnected like 15 times today. need a "
    "stable connection for the deploy at 7pm",
    "2026-11-24 16:30",
    CHI,
    due="2026-11-24 19:00",
    dt="at 7pm",
    scope="individual",
    proc="deploy",
    steps=["reconnect_vpn"],
    stress="high",
    tags=["tricky_non_deadline", "angry_no_abuse"],
)
m(
    "This damn printer ate the exam papers AGAIN. Power cycled it twice. Exams start at "
    "9:15, please send someone.",
    "2026-11-23 08:30",
    LON,
    due="2026-11-23 09:15",
    dt="at 9:15",
    proc="exams",
    steps=["power_cycle_printer"],
    stress="high",
    tags=["swear_at_thing", "hurried"],
)
m(
    "Hi! Would it be possible to get the projector in the hall checked before Thursday's "
    "webinar at 11? It flickered last time. No problem if not, we can use the small room.",
    "2026-11-23 14:00",
    LON,
    due="2026-11-26 11:00",
    dt="Thursday's webinar at 11",
    proc="webinar",
    wa="yes",
    stress="low",
    tags=["polite", "tricky_non_deadline"],
)
m(
    "I will try restarting the router tonight but I need the home VPN working by 8 tomorrow "
    "for the audit call.",
    "2026-11-24 19:30",
    NYC,
    due="2026-11-25 08:00",
    dt="by 8 tomorrow",
    scope="individual",
    proc="audit",
    tags=["untried_steps"],
)
m(
    "Hello, I am not able to login to SAP since after password change. Please do the needful "
    "by EOD as month closing is going on.",
    "2026-11-30 11:00",
    IND,
    due="2026-11-30 17:00",
    dt="by EOD",
    scope="individual",
    proc="month-end close",
    flu="low",
    tags=["non_native", "polite", "tricky_non_deadline"],
)
m(
    "Hallo, mein Outlook startet nur noch im abgesicherten Modus, den habe ich heute früh "
    "ausprobiert. Ich brauche es bis morgen früh für die Vorstandssitzung.",
    "2026-11-24 15:30",
    BER,
    due="2026-11-25 09:00",
    dt="bis morgen früh",
    scope="individual",
    proc="board meeting",
    steps=["safe_mode"],
    lang="de",
    tags=["tricky_non_deadline"],
)
m(
    "Dear IT, we are 6 people in the Lyon office without access to the CRM since the update. "
    "We kindly ask to fix it before the client meeting tomorrow at 10.",
    "2026-11-24 16:00",
    PAR,
    due="2026-11-25 10:00",
    dt="tomorrow at 10",
    scope="team",
    count=6,
    proc="client meeting",
    flu="low",
    tags=["non_native", "polite"],
)
m(
    "Need admin rights to install the SDK, release branch is cut at 15:00 today.",
    "2026-11-25 09:45",
    AMS,
    due="2026-11-25 15:00",
    dt="at 15:00 today",
    scope="individual",
    proc="release",
    flu="high",
    tags=["terse"],
)
m(
    "The whole company is locked out of email, Exchange Online shows a service incident. Board "
    "meeting at 1 and the papers are in someone's inbox.",
    "2026-11-27 10:30",
    LON,
    due="2026-11-27 13:00",
    dt="at 1",
    scope="organization",
    proc="board meeting",
    wa="no",
    flu="high",
    stress="high",
)
m(
    "Not urgent, but if you could add me to the Marketing distribution list by next Tuesday "
    "that would be lovely.",
    "2026-11-25 15:00",
    SYD,
    due="2026-12-01 17:00",
    dt="by next Tuesday",
    scope="individual",
    stress="low",
    tags=["polite"],
)
m(
    "Please, the MFA codes don't arrive on my phone. I uninstall and install again the "
    "Authenticator app already. I need to enter the trading system before 8:45.",
    "2026-11-25 07:55",
    SIN,
    due="2026-11-25 08:45",
    dt="before 8:45",
    scope="individual",
    proc="trading",
    steps=["reinstall_app"],
    stress="high",
    tags=["non_native", "hurried"],
)
m(
    "Kan iemand mijn account ontgrendelen? Ik moet voor 14:00 de facturen versturen.",
    "2026-11-23 11:00",
    AMS,
    due="2026-11-23 14:00",
    dt="voor 14:00",
    scope="individual",
    proc="invoicing",
    lang="nl",
)
m(
    "Buenos días. Todo el departamento de ventas está sin internet desde las 9. Tenemos una "
    "demo con un cliente a las 12:30, por favor.",
    "2026-11-24 10:05",
    MAD,
    due="2026-11-24 12:30",
    dt="a las 12:30",
    scope="department",
    proc="sales demo",
    stress="high",
    lang="es",
    tags=["tricky_non_deadline"],
)
m(
    "Bonjour, je n'arrive plus à me connecter à Teams. J'ai déjà vidé le cache et redémarré "
    "le PC. J'ai une réunion client à 14h30.",
    "2026-11-25 11:45",
    PAR,
    due="2026-11-25 14:30",
    dt="à 14h30",
    scope="individual",
    proc="client meeting",
    steps=["clear_cache", "restart_device"],
    lang="fr",
)
m(
    "Olá, a impressora do armazém não imprime etiquetas. Já desliguei e liguei a impressora. "
    "O camião sai às 16h.",
    "2026-11-26 13:00",
    LIS,
    due="2026-11-26 16:00",
    dt="às 16h",
    proc="shipping",
    steps=["power_cycle_printer"],
    lang="pt",
)
m(
    "Ciao, il portatile non si collega al Wi-Fi dell'ufficio. Ho già provato a riconnettermi. "
    "Ho una presentazione alle 11.",
    "2026-11-23 09:40",
    ROM,
    due="2026-11-23 11:00",
    dt="alle 11",
    scope="individual",
    proc="presentation",
    steps=["reconnect_network"],
    lang="it",
)
m(
    "We can still take orders by phone, but the web shop checkout has been returning 502s for "
    "an hour. Please fix before the evening rush at 6pm.",
    "2026-11-27 14:00",
    CHI,
    due="2026-11-27 18:00",
    dt="before the evening rush at 6pm",
    scope="organization",
    proc="customer orders",
    wa="yes",
    flu="high",
    tags=["tricky_non_deadline"],
)
m(
    "Hi, Tokyo office here. All 25 of us lost the shared drive mapping after this morning's "
    "patch. Could it be fixed by 5pm? We use SharePoint in the browser meanwhile.",
    "2026-11-26 11:00",
    TOK,
    due="2026-11-26 17:00",
    dt="by 5pm",
    scope="department",
    count=25,
    wa="yes",
    stress="low",
    tags=["polite", "tricky_non_deadline"],
)
m(
    "Getting 'license expired' in AutoCAD. Updated to the latest version, signed out and in. "
    "Client drawings due by noon tomorrow.",
    "2026-11-23 15:40",
    SYD,
    due="2026-11-24 12:00",
    dt="by noon tomorrow",
    scope="individual",
    steps=["update_app", "sign_out_in"],
)
m(
    "Cannot connect the laptop to the dock, no screens. Cables checked. Please before 10 I "
    "have a client call.",
    "2026-11-24 08:20",
    BER,
    due="2026-11-24 10:00",
    dt="before 10",
    scope="individual",
    proc="client call",
    steps=["check_cables"],
    tags=["non_native"],
)
m(
    "Warehouse tablet won't sync. Maybe restart it? Haven't tried. Trucks load at 2:00.",
    "2026-11-25 11:30",
    CHI,
    due="2026-11-25 14:00",
    dt="at 2:00",
    proc="shipping",
    tags=["untried_steps", "terse"],
)
m(
    "We were told to reset our passwords but we didn't because payroll runs at 4 and we "
    "can't risk being locked out before that.",
    "2026-11-27 12:00",
    LON,
    due="2026-11-27 16:00",
    dt="at 4",
    scope="team",
    proc="payroll",
    tags=["untried_steps"],
)
m(
    "Need a loan laptop for the onboarding session on Wednesday at 9:30. Three new starters.",
    "2026-11-23 13:00",
    SYD,
    due="2026-11-25 09:30",
    dt="on Wednesday at 9:30",
    scope="team",
    count=3,
    proc="onboarding",
    stress="low",
    tags=["terse"],
)

# ---------------------------------------------------------------------------------------
# C. No deadline. Many carry time words that are NOT deadlines ("10 minutes ago",
# "since 9am", "last Friday", "every morning", "no rush").
# ---------------------------------------------------------------------------------------

m(
    "My laptop froze 10 minutes ago and now it won't turn on at all.",
    "2026-11-23 10:10",
    LON,
    scope="individual",
    flu="low",
    tags=["tricky_non_deadline"],
)
m(
    "Outlook has been stuck on 'Updating inbox' since 9am. I restarted Outlook and the PC.",
    "2026-11-23 11:00",
    LON,
    scope="individual",
    steps=["restart_app", "restart_device"],
    tags=["tricky_non_deadline"],
)
m(
    "Since last Friday the second monitor flickers every few minutes. No rush at all, I can "
    "work on the laptop screen.",
    "2026-11-24 09:30",
    BER,
    scope="individual",
    wa="yes",
    stress="low",
    tags=["tricky_non_deadline", "polite"],
)
m(
    "Every morning the VPN client asks me to sign in twice. Annoying but it works after that.",
    "2026-11-25 08:40",
    NYC,
    scope="individual",
    wa="yes",
    stress="low",
    tags=["tricky_non_deadline"],
)
m(
    "No rush on this one: could the kitchen screen show the new holiday rota?",
    "2026-11-26 14:00",
    LON,
    stress="low",
    tags=["tricky_non_deadline", "polite", "terse"],
)
m(
    "The printer on floor 3 has been showing 'paper jam' since yesterday afternoon. I opened "
    "every tray, there's nothing in there.",
    "2026-11-24 09:05",
    LON,
    stress="medium",
    tags=["tricky_non_deadline"],
)
m(
    "Teams notifications stopped working two days ago. Signed out and back in, no change.",
    "2026-11-25 13:00",
    SYD,
    scope="individual",
    steps=["sign_out_in"],
    tags=["tricky_non_deadline"],
)
m(
    "Hi, just to let you know the Wi-Fi in the car park meeting pod drops out around 3pm "
    "every day. Not a big deal, just thought you should know.",
    "2026-11-26 16:00",
    LON,
    stress="low",
    tags=["tricky_non_deadline", "polite"],
)
m(
    "I got a weird email this morning asking me to confirm my payroll details. I didn't click "
    "anything. Is it phishing?",
    "2026-11-23 10:30",
    CHI,
    scope="individual",
    proc="payroll",
    stress="low",
    tags=["tricky_non_deadline"],
)
m(
    "It worked fine until Tuesday. Now the scanner sends PDFs that are completely blank.",
    "2026-11-26 11:00",
    AMS,
    tags=["tricky_non_deadline"],
)
m(
    "Thanks so much for fixing the shared calendar yesterday, everything is working now!",
    "2026-11-24 09:15",
    LON,
    stress="low",
    tags=["grateful", "tricky_non_deadline"],
)
m(
    "The backup job ran at 2am as usual but the report says 0 files. Checked the event log: "
    "VSS error 0x8004230f on the file server.",
    "2026-11-25 08:10",
    BER,
    flu="high",
    stress="low",
    tags=["tricky_non_deadline"],
)
m(
    "Our nightly deploy at 11pm failed again last night, the pipeline times out fetching "
    "secrets from the vault. We've re-run it manually twice this week.",
    "2026-11-26 09:20",
    LAX,
    scope="team",
    proc="deploy",
    flu="high",
    tags=["tricky_non_deadline"],
)
m(
    "I'll be out next week, so please no calls. The laptop fan is really loud though, could "
    "someone look at it when I'm back?",
    "2026-11-27 15:30",
    LON,
    scope="individual",
    stress="low",
    tags=["tricky_non_deadline", "polite"],
)
m(
    "The meeting at 2 went fine in the end, I used my phone. But the room PC still won't "
    "join Teams calls.",
    "2026-11-25 15:10",
    NYC,
    wa="yes",
    steps=["different_device"],
    stress="low",
    tags=["tricky_non_deadline"],
)
m(
    "The computer says no. I press the power button and the light comes on then nothing. It "
    "did this on Monday too.",
    "2026-11-25 09:00",
    LON,
    scope="individual",
    flu="low",
    tags=["tricky_non_deadline"],
)
m(
    "Password reset emails never arrive. I checked spam and junk and the 'Other' tab.",
    "2026-11-23 12:00",
    NYC,
    scope="individual",
    steps=["check_spam_folder"],
)
m(
    "Sign-ins from the Android app fail with AADSTS50076 after the conditional access change. "
    "Browser sign-in is fine.",
    "2026-11-24 14:00",
    SIN,
    scope="individual",
    wa="yes",
    flu="high",
    stress="low",
)
m(
    "Could you tell me if we have a licence for Miro? Happy to wait, whenever you have a moment.",
    "2026-11-24 11:20",
    LON,
    scope="individual",
    stress="low",
    tags=["polite"],
)
m(
    "Mouse not working.",
    "2026-11-23 09:01",
    LON,
    scope="individual",
    flu="low",
    stress="low",
    tags=["terse"],
)
m(
    "wifi slow again",
    "2026-11-25 14:12",
    CHI,
    stress="low",
    tags=["terse"],
)
m(
    "Keyboard spilled coffee. Oops.",
    "2026-11-26 10:45",
    LON,
    scope="individual",
    flu="low",
    stress="low",
    tags=["terse"],
)
m(
    "need new toner for HP in accounts",
    "2026-11-24 10:00",
    NYC,
    scope="department",
    stress="low",
    tags=["terse"],
)
m(
    "The badge reader at the back door is beeping red for everyone since the power cut "
    "yesterday evening.",
    "2026-11-25 08:15",
    LON,
    scope="organization",
    tags=["tricky_non_deadline"],
)
m(
    "Is there a way to get my old emails back? I deleted a folder last month by accident.",
    "2026-11-23 16:00",
    SYD,
    scope="individual",
    flu="low",
    stress="low",
    tags=["tricky_non_deadline"],
)
m(
    "ASAP please, nobody in the sales team can open the CRM. It just shows a white page.",
    "2026-11-26 09:35",
    LON,
    scope="team",
    wa="no",
    stress="high",
    tags=["hurried"],
)
m(
    "Urgent: the whole Madrid site is offline. Switches in the comms room show amber lights.",
    "2026-11-27 08:50",
    MAD,
    scope="department",
    flu="high",
    stress="high",
    tags=["hurried"],
)
m(
    "Sorry to bother you again! The headset you sent works great, but the microphone is "
    "quiet in Zoom. I updated Zoom to the latest version and checked the cable.",
    "2026-11-25 11:15",
    LON,
    scope="individual",
    steps=["update_app", "check_cables"],
    stress="low",
    tags=["polite", "grateful"],
)
m(
    "Every Monday the timesheet system logs me out after five minutes. Clearing cookies "
    "helps for a day or so.",
    "2026-11-23 09:50",
    CHI,
    scope="individual",
    wa="yes",
    steps=["clear_cache"],
    stress="low",
    tags=["tricky_non_deadline"],
)
m(
    "The DHCP scope on the guest VLAN looks exhausted, new devices get 169.254 addresses. "
    "Leases are set to 8 days, which is probably too long.",
    "2026-11-24 10:30",
    AMS,
    flu="high",
    stress="low",
)
m(
    "I have not tried restarting because the update is still installing, it's been at 35% "
    "for an hour.",
    "2026-11-23 14:00",
    NYC,
    scope="individual",
    tags=["untried_steps", "tricky_non_deadline"],
)
m(
    "Do I need to reinstall Office to fix this or is there something simpler? Word crashes "
    "when I open documents from SharePoint.",
    "2026-11-24 15:00",
    LON,
    scope="individual",
    tags=["untried_steps"],
)
m(
    "The helpdesk article says to clear the Teams cache. I'm not comfortable deleting folders "
    "myself, can someone do it with me?",
    "2026-11-25 10:00",
    BER,
    scope="individual",
    flu="low",
    stress="low",
    tags=["untried_steps", "polite"],
)
m(
    "I was going to reconnect the VPN but I'm worried about losing the session in the "
    "trading tool. It's very slow, though.",
    "2026-11-26 13:30",
    SIN,
    scope="individual",
    proc="trading",
    tags=["untried_steps"],
)
m(
    "My manager said to try a different browser. I haven't had time yet. The leave portal "
    "shows a blank form.",
    "2026-11-23 15:15",
    LAX,
    scope="individual",
    stress="low",
    tags=["untried_steps"],
)
m(
    "I didn't check the cables, they're behind the cabinet and I can't reach. The desk phone "
    "shows 'no service'.",
    "2026-11-24 08:45",
    LON,
    scope="individual",
    tags=["untried_steps"],
)
m(
    "Rebooted the laptop, reinstalled the printer driver... no wait, I only downloaded it, "
    "didn't install it. Anyway, printing still fails.",
    "2026-11-25 12:20",
    NYC,
    scope="individual",
    steps=["restart_device"],
    tags=["untried_steps"],
)
m(
    "Without restarting anything: the sound on my PC disappeared after the Windows update.",
    "2026-11-26 09:10",
    LON,
    scope="individual",
    tags=["untried_steps"],
)
m(
    "Can you remotely restart my PC? I'm at home and it's stuck on the lock screen in the office.",
    "2026-11-27 08:30",
    CHI,
    scope="individual",
    tags=["untried_steps"],
)
m(
    "Logged out, logged back in, cleared the browser cache, tried Firefox and my phone. The "
    "HR portal says 'access denied' every time.",
    "2026-11-23 10:40",
    LON,
    scope="individual",
    steps=["sign_out_in", "clear_cache", "different_browser", "different_device"],
    flu="medium",
    stress="medium",
)
m(
    "Turned off the Wi-Fi and on again, forgot the network and rejoined, rebooted the "
    "laptop. Still 'No internet, secured'.",
    "2026-11-24 13:10",
    BER,
    scope="individual",
    steps=["reconnect_network", "restart_device"],
)
m(
    "Reinstalled the VPN client and disconnected/reconnected a few times. It connects but no "
    "internal sites resolve. Looks like split DNS isn't being pushed.",
    "2026-11-25 09:25",
    NYC,
    scope="individual",
    steps=["reinstall_app", "reconnect_vpn"],
    flu="high",
)
m(
    "Outlook only opens in safe mode now. Started it with /safe twice, works there, but "
    "normal mode hangs on the splash screen. I suspect an add-in.",
    "2026-11-26 10:00",
    LON,
    scope="individual",
    steps=["safe_mode"],
    wa="yes",
    flu="high",
)
m(
    "Printer is offline for the whole HR floor. We switched it off at the wall and back on, "
    "and checked the network cable is in.",
    "2026-11-23 14:30",
    SYD,
    scope="department",
    steps=["power_cycle_printer", "check_cables"],
)
m(
    "Updated the Teams app, then uninstalled it and put it back. Still crashes when I open "
    "the calendar tab.",
    "2026-11-24 11:45",
    CHI,
    scope="individual",
    steps=["update_app", "reinstall_app"],
)
m(
    "I reset my password this morning through the portal, and now my phone keeps asking for "
    "the old one for email.",
    "2026-11-25 10:50",
    LON,
    scope="individual",
    steps=["reset_password"],
    tags=["tricky_non_deadline"],
)
m(
    "The shared drive S: disappeared from File Explorer. I restarted, and logged off and on. "
    "Colleagues next to me still have it.",
    "2026-11-26 09:40",
    AMS,
    scope="individual",
    steps=["restart_device", "sign_out_in"],
)
m(
    "Tried it on my colleague's laptop and it works there, so it must be my account or my "
    "machine. The timesheet page just says 'forbidden'.",
    "2026-11-27 11:00",
    NYC,
    scope="individual",
    steps=["different_device"],
)
m(
    "I opened and closed the app about ten times. Same error: 'Unable to reach licence server'.",
    "2026-11-23 15:50",
    LAX,
    scope="individual",
    steps=["restart_app"],
)
m(
    "Switched from Safari to Chrome and the booking page works. Just letting you know Safari "
    "is broken with it.",
    "2026-11-24 09:20",
    SYD,
    scope="individual",
    steps=["different_browser"],
    wa="yes",
    stress="low",
)
m(
    "Jiggled the power cable and the docking station woke up. Fixed, you can close this.",
    "2026-11-25 14:30",
    LON,
    scope="individual",
    steps=["check_cables"],
    stress="low",
    tags=["grateful"],
)
m(
    "Thank you Tom for walking me through this yesterday. Sadly it came back: after a reboot "
    "the fingerprint reader stopped working again.",
    "2026-11-26 08:50",
    LON,
    scope="individual",
    steps=["restart_device"],
    stress="low",
    tags=["grateful", "polite", "tricky_non_deadline"],
)
m(
    "Just wanted to say thanks, the new laptop is brilliant and the setup was painless.",
    "2026-11-27 16:00",
    BER,
    scope="individual",
    stress="low",
    tags=["grateful"],
)
m(
    "The internet thingy on my computer is gone, the little globe has a cross on it.",
    "2026-11-23 10:20",
    LON,
    scope="individual",
    flu="low",
    tags=["terse"],
)
m(
    "My email went all funny, everything is in a different colour and I can't find my folders.",
    "2026-11-24 14:40",
    NYC,
    scope="individual",
    flu="low",
    stress="low",
)
m(
    "The TLS handshake to the payment gateway fails since their cert rotation. openssl "
    "s_client shows the chain missing the intermediate. Our card terminals fall back to "
    "offline mode.",
    "2026-11-25 12:00",
    LON,
    scope="organization",
    proc="customer orders",
    wa="yes",
    flu="high",
)
m(
    "Kerberos tickets for the service account expire early, klist shows a 10 hour lifetime "
    "instead of the policy's 24. The ETL job fails at about 3am.",
    "2026-11-26 09:00",
    CHI,
    scope="team",
    flu="high",
    stress="low",
    tags=["tricky_non_deadline"],
)
m(
    "The MTU on the new site-to-site tunnel seems wrong, large SMB transfers stall while "
    "pings work fine.",
    "2026-11-23 11:40",
    SIN,
    flu="high",
    stress="low",
)
m(
    "After Friday's release the mobile app returns 401 on refresh tokens for roughly 5% of "
    "users. Rolled back the auth service, same thing.",
    "2026-11-23 10:00",
    LAX,
    scope="organization",
    proc="release",
    flu="high",
    tags=["tricky_non_deadline"],
)
m(
    "All 40 people at the Leeds branch lost phones this morning. The SIP trunk shows "
    "registered, but calls drop after 30 seconds.",
    "2026-11-24 11:10",
    LON,
    scope="department",
    count=40,
    flu="high",
    stress="high",
    tags=["tricky_non_deadline"],
)
m(
    "Half of the finance department can't see the new invoicing templates. The other half "
    "can. Same permissions as far as I can tell.",
    "2026-11-25 10:05",
    NYC,
    scope="department",
    proc="invoicing",
)
m(
    "Company-wide: the intranet homepage shows an old version from last year.",
    "2026-11-26 09:30",
    BER,
    scope="organization",
    stress="low",
    tags=["terse", "tricky_non_deadline"],
)
m(
    "Three of us in Legal can't open PDFs from the case system; they download as 0 bytes.",
    "2026-11-27 10:10",
    NYC,
    scope="team",
    count=3,
)
m(
    "The whole warehouse team's handhelds stopped scanning. We're writing the orders down on "
    "paper for now.",
    "2026-11-23 07:50",
    CHI,
    scope="department",
    proc="customer orders",
    wa="yes",
    stress="high",
)
m(
    "Both of the receptionists are locked out of the visitor system.",
    "2026-11-24 08:35",
    SYD,
    scope="team",
    count=2,
    tags=["terse"],
)
m(
    "Nothing works. No email, no Teams, no shared drive. I can't do any of my job right now.",
    "2026-11-25 09:20",
    LON,
    scope="individual",
    wa="no",
    flu="low",
    stress="high",
)
m(
    "The staff exams portal gives a timeout on login. Students take the mock exams next "
    "week, no fixed date yet.",
    "2026-11-23 13:25",
    LON,
    proc="exams",
    tags=["tricky_non_deadline"],
)
m(
    "We'll need more licences at some point for the onboarding of the new cohort, but not "
    "sure when yet. Just flagging.",
    "2026-11-24 15:45",
    LON,
    proc="onboarding",
    stress="low",
    tags=["tricky_non_deadline", "polite"],
)
m(
    "Could you look at this soon? The scanner saves files with today's date as 1970.",
    "2026-11-25 11:55",
    AMS,
    stress="low",
    tags=["tricky_non_deadline"],
)
m(
    "Patient scheduling screen takes 30 seconds to load each appointment. It's been like "
    "this for weeks.",
    "2026-11-26 10:35",
    SYD,
    scope="team",
    proc="patient scheduling",
    tags=["tricky_non_deadline"],
)
m(
    "The audit log export in the admin console is greyed out for me. Other admins see it.",
    "2026-11-27 14:25",
    BER,
    scope="individual",
    proc="audit",
    flu="high",
    stress="low",
)
m(
    "Since the office move in October the label printer prints everything at half size.",
    "2026-11-23 09:45",
    CHI,
    proc="shipping",
    stress="low",
    tags=["tricky_non_deadline"],
)
m(
    "At 9:05 this morning my screen went black for a second and since then the colours are off.",
    "2026-11-24 10:15",
    LON,
    scope="individual",
    flu="low",
    stress="low",
    tags=["tricky_non_deadline"],
)
m(
    "I tried to join the 10am meeting but Teams said the link expired.",
    "2026-11-25 10:20",
    NYC,
    scope="individual",
    tags=["tricky_non_deadline"],
)
m(
    "We had the same problem back in March, you fixed it by changing a group policy. It's back.",
    "2026-11-26 09:55",
    LON,
    flu="medium",
    tags=["tricky_non_deadline", "terse"],
)
m(
    "The board meeting yesterday was a disaster because the screen kept disconnecting. Can "
    "someone look at the boardroom before the next one? There's no date yet.",
    "2026-11-27 09:00",
    LON,
    proc="board meeting",
    tags=["tricky_non_deadline"],
)
m(
    "Every time I undock at 5pm and go home the laptop forgets the Wi-Fi.",
    "2026-11-24 17:20",
    NYC,
    scope="individual",
    tags=["tricky_non_deadline"],
)
m(
    "Our release is on hold until further notice anyway, so no rush: the build agent disk is full.",
    "2026-11-25 11:00",
    AMS,
    scope="team",
    proc="release",
    flu="high",
    stress="low",
    tags=["tricky_non_deadline"],
)
m(
    "Hello, since 2 days my Outlook calendar does not show the shared calendars of my team.",
    "2026-11-25 09:00",
    BER,
    scope="individual",
    tags=["non_native", "tricky_non_deadline"],
)

# ---------------------------------------------------------------------------------------
# D. Abuse aimed at people (abusive) next to anger and swearing at things (not abusive).
# ---------------------------------------------------------------------------------------

m(
    "You people are completely useless. Four days and my laptop still isn't fixed. Do your "
    "jobs, you idiots.",
    "2026-11-23 10:00",
    LON,
    scope="individual",
    abuse=True,
    flu="low",
    stress="high",
    tags=["furious", "tricky_non_deadline"],
)
m(
    "Which moron in IT decided to push an update during payroll? Fix it by 2pm or I swear "
    "I'll come down there and drag you out by your collar.",
    "2026-11-26 11:30",
    NYC,
    due="2026-11-26 14:00",
    dt="by 2pm",
    proc="payroll",
    abuse=True,
    stress="high",
    tags=["furious"],
)
m(
    "Your helpdesk agent Mark is an incompetent clown. He closed my ticket without doing "
    "anything. Reopen it.",
    "2026-11-24 09:40",
    LON,
    scope="individual",
    abuse=True,
    stress="high",
    tags=["furious"],
)
m(
    "Are you all brain dead over there? The VPN has been down since 8 and nobody has answered.",
    "2026-11-25 10:15",
    CHI,
    abuse=True,
    stress="high",
    tags=["furious", "tricky_non_deadline"],
)
m(
    "stupid idiots broke email AGAIN",
    "2026-11-27 09:05",
    LON,
    abuse=True,
    flu="low",
    stress="high",
    tags=["terse", "furious"],
)
m(
    "I don't know what you clowns do all day but my access request has been sitting there "
    "for two weeks. I need it by Friday.",
    "2026-11-24 15:00",
    SYD,
    due="2026-11-27 17:00",
    dt="by Friday",
    scope="individual",
    abuse=True,
    stress="high",
    tags=["furious", "tricky_non_deadline"],
)
m(
    "Listen you pathetic excuse for a technician, I restarted the thing like you said and "
    "it's worse now.",
    "2026-11-23 14:20",
    NYC,
    scope="individual",
    steps=["restart_device"],
    abuse=True,
    flu="low",
    stress="high",
    tags=["furious"],
)
m(
    "If the client call at 3 fails because of your garbage team I will make you regret it, "
    "you lazy bastards.",
    "2026-11-25 13:30",
    LON,
    due="2026-11-25 15:00",
    dt="at 3",
    proc="client call",
    abuse=True,
    stress="high",
    tags=["furious"],
)
m(
    "Honestly the dumbest support team I've ever dealt with. The printer is STILL broken.",
    "2026-11-26 10:10",
    LAX,
    abuse=True,
    stress="high",
    tags=["furious"],
)
m(
    "Hey genius, maybe read the ticket before replying? I already cleared the cache, it's in "
    "the first line. Are you illiterate?",
    "2026-11-24 11:05",
    BER,
    scope="individual",
    steps=["clear_cache"],
    abuse=True,
    stress="high",
    tags=["furious"],
)
m(
    "Fix the VPN in the next 30 minutes or I'll find out where you live. Not joking.",
    "2026-11-23 16:00",
    CHI,
    due_in=30,
    dt="in the next 30 minutes",
    abuse=True,
    stress="high",
    tags=["furious"],
)
m(
    "F*** you and your 'have you tried turning it off and on'. Yes I did, three times, you muppet.",
    "2026-11-25 09:50",
    LON,
    scope="individual",
    steps=["restart_device"],
    abuse=True,
    stress="high",
    tags=["furious"],
)
m(
    "Whoever set up this MFA nonsense is a total imbecile. I can't get into anything.",
    "2026-11-26 08:25",
    NYC,
    scope="individual",
    wa="no",
    abuse=True,
    stress="high",
    tags=["furious"],
)
m(
    "You useless lot. The deploy is blocked and we ship at 5. Get your fingers out.",
    "2026-11-27 13:40",
    LON,
    due="2026-11-27 17:00",
    dt="at 5",
    scope="team",
    proc="deploy",
    abuse=True,
    stress="high",
    tags=["furious"],
)
m(
    "I'm sick of you incompetent fools. Third ticket about Outlook this week.",
    "2026-11-25 15:30",
    SIN,
    scope="individual",
    abuse=True,
    stress="high",
    tags=["furious", "terse"],
)
m(
    "Tell that idiot Dave to stop touching my computer when I'm not here.",
    "2026-11-24 09:00",
    LON,
    scope="individual",
    abuse=True,
    flu="low",
    stress="high",
    tags=["terse"],
)
m(
    "Your support is run by monkeys. My account has been locked since Monday and I need it "
    "for the audit tomorrow morning.",
    "2026-11-25 14:00",
    AMS,
    due="2026-11-26 09:00",
    dt="tomorrow morning",
    scope="individual",
    proc="audit",
    abuse=True,
    stress="high",
    tags=["furious", "tricky_non_deadline"],
)
m(
    "shut up and fix it, you worthless idiot",
    "2026-11-23 11:30",
    CHI,
    abuse=True,
    flu="low",
    stress="high",
    tags=["terse", "furious"],
)
m(
    "Keep closing my tickets and I'll break your face. The scanner still doesn't work.",
    "2026-11-26 12:15",
    LON,
    abuse=True,
    stress="high",
    tags=["furious"],
)
m(
    "What a bunch of clueless amateurs. You migrated the mailboxes and lost half my "
    "folders. I need them back before the board meeting at 9 tomorrow.",
    "2026-11-24 17:45",
    NYC,
    due="2026-11-25 09:00",
    dt="at 9 tomorrow",
    scope="individual",
    proc="board meeting",
    abuse=True,
    stress="high",
    tags=["furious"],
)
m(
    "Sie sind wirklich die unfähigsten Idioten, mit denen ich je zu tun hatte. Seit einer "
    "Woche kein Zugriff auf das Laufwerk.",
    "2026-11-25 10:40",
    BER,
    scope="individual",
    abuse=True,
    stress="high",
    lang="de",
    tags=["furious", "tricky_non_deadline"],
)
m(
    "Vous êtes une bande d'incapables. Mon imprimante ne marche toujours pas.",
    "2026-11-24 11:00",
    PAR,
    scope="individual",
    abuse=True,
    flu="low",
    stress="high",
    lang="fr",
    tags=["furious"],
)
m(
    "Sois unos inútiles y unos vagos. Llevo tres días sin correo.",
    "2026-11-26 09:30",
    MAD,
    scope="individual",
    abuse=True,
    flu="low",
    stress="high",
    lang="es",
    tags=["furious", "tricky_non_deadline"],
)
m(
    "I ask again: you are stupid or what? My password reset I did two times and still locked. "
    "Before 11 I need.",
    "2026-11-23 09:45",
    IND,
    due="2026-11-23 11:00",
    dt="Before 11",
    scope="individual",
    steps=["reset_password"],
    abuse=True,
    flu="low",
    stress="high",
    tags=["non_native", "furious"],
)
m(
    "To the jackass who reset the firewall rules: the entire office is offline. Thanks a lot.",
    "2026-11-27 10:25",
    SYD,
    scope="organization",
    abuse=True,
    flu="medium",
    stress="high",
    tags=["furious"],
)
m(
    "Are you actually this thick or just pretending? I told you it's the MAC address filter, "
    "whitelist the new NIC already.",
    "2026-11-24 13:50",
    LON,
    scope="individual",
    abuse=True,
    flu="high",
    stress="high",
    tags=["furious"],
)
m(
    "Your so-called engineer is a liar and a fraud. He never came to look at the projector.",
    "2026-11-25 16:30",
    CHI,
    abuse=True,
    stress="high",
    tags=["furious"],
)
m(
    "Useless, lazy, overpaid. That's your whole department. Fix my Teams before my sales "
    "demo in an hour.",
    "2026-11-26 14:00",
    LAX,
    due_in=60,
    dt="in an hour",
    scope="individual",
    proc="sales demo",
    abuse=True,
    stress="high",
    tags=["furious"],
)

# Anger, swearing at things, complaints and escalation threats: NOT abusive.
m(
    "This f***ing printer has jammed four times this morning. I want to throw it out of the "
    "window.",
    "2026-11-23 10:30",
    LON,
    stress="high",
    tags=["swear_at_thing", "tricky_non_deadline"],
)
m(
    "The bloody VPN dropped again in the middle of my client call. Reconnected, dropped again.",
    "2026-11-24 14:10",
    LON,
    scope="individual",
    proc="client call",
    steps=["reconnect_vpn"],
    stress="high",
    tags=["swear_at_thing"],
)
m(
    "This piece of crap laptop takes 15 minutes to boot. FIFTEEN MINUTES.",
    "2026-11-25 08:40",
    NYC,
    scope="individual",
    flu="low",
    stress="high",
    tags=["swear_at_thing"],
)
m(
    "Damn Outlook crashed again and ate my draft. Restarted it, the draft's gone.",
    "2026-11-26 11:20",
    CHI,
    scope="individual",
    steps=["restart_app"],
    stress="high",
    tags=["swear_at_thing"],
)
m(
    "Sh*tty Wi-Fi in meeting room 2, AGAIN. It's unusable for video calls.",
    "2026-11-27 13:10",
    LON,
    stress="high",
    tags=["swear_at_thing", "terse"],
)
m(
    "This is unacceptable. Third time this month the payroll app is down. I'm escalating to "
    "your manager and to the CFO.",
    "2026-11-26 09:15",
    NYC,
    proc="payroll",
    stress="high",
    tags=["angry_no_abuse", "furious"],
)
m(
    "I am extremely frustrated. Nobody has answered my ticket in 5 days. I need the shared "
    "drive access by tomorrow noon or I miss the audit deadline.",
    "2026-11-24 10:00",
    LON,
    due="2026-11-25 12:00",
    dt="by tomorrow noon",
    scope="individual",
    proc="audit",
    stress="high",
    tags=["angry_no_abuse", "tricky_non_deadline"],
)
m(
    "WHY does the damn MFA prompt come up EVERY SINGLE TIME I open Teams???",
    "2026-11-23 15:00",
    SYD,
    scope="individual",
    stress="high",
    tags=["swear_at_thing", "angry_no_abuse"],
)
m(
    "Goddamn scanner. Power cycled it, checked the cable, it still won't show up on the network.",
    "2026-11-24 12:30",
    CHI,
    steps=["power_cycle_printer", "check_cables"],
    stress="high",
    tags=["swear_at_thing"],
)
m(
    "Honestly this ticketing system is a joke. I can't even attach a screenshot.",
    "2026-11-25 10:50",
    LON,
    scope="individual",
    stress="high",
    tags=["angry_no_abuse"],
)
m(
    "I'm furious. The release was ready at 4 and the build server died. We lost the whole "
    "evening. I want a post-mortem.",
    "2026-11-26 20:30",
    AMS,
    scope="team",
    proc="release",
    flu="high",
    stress="high",
    tags=["angry_no_abuse", "furious", "tricky_non_deadline"],
)
m(
    "What the hell is wrong with this keyboard, half the keys type the wrong letters.",
    "2026-11-27 09:25",
    LON,
    scope="individual",
    flu="low",
    stress="high",
    tags=["swear_at_thing"],
)
m(
    "Your service today was poor and I will be filing a formal complaint. The laptop still "
    "won't charge.",
    "2026-11-23 17:10",
    BER,
    scope="individual",
    stress="high",
    tags=["angry_no_abuse"],
)
m(
    "Bloody hell, the projector died two minutes before my presentation. Using my laptop "
    "screen, everyone is squinting.",
    "2026-11-24 10:02",
    LON,
    scope="individual",
    proc="presentation",
    wa="yes",
    stress="high",
    tags=["swear_at_thing", "tricky_non_deadline"],
)
m(
    "I swear this stupid app hates me. Reinstalled it twice, still crashing.",
    "2026-11-25 16:40",
    LAX,
    scope="individual",
    steps=["reinstall_app"],
    stress="high",
    tags=["swear_at_thing"],
)
m(
    "Scheiß Drucker! Schon wieder Papierstau. Habe ihn aus- und eingeschaltet.",
    "2026-11-26 10:05",
    BER,
    steps=["power_cycle_printer"],
    stress="high",
    lang="de",
    tags=["swear_at_thing"],
)
m(
    "Putain de VPN, il se déconnecte toutes les cinq minutes!",
    "2026-11-27 11:40",
    PAR,
    scope="individual",
    stress="high",
    lang="fr",
    tags=["swear_at_thing", "terse"],
)
m(
    "I'm not angry at you, I know it's not your fault, but this damn laptop has crashed six "
    "times today and I have a board meeting at 4.",
    "2026-11-23 13:20",
    NYC,
    due="2026-11-23 16:00",
    dt="at 4",
    scope="individual",
    proc="board meeting",
    stress="high",
    tags=["swear_at_thing", "polite"],
)
m(
    "Frankly ridiculous that it takes IT a week to give someone a mouse. I'll raise it at the "
    "board.",
    "2026-11-24 15:35",
    LON,
    scope="individual",
    stress="high",
    tags=["angry_no_abuse"],
)
m(
    "WHAT IS GOING ON WITH EMAIL?! NOTHING HAS ARRIVED SINCE LUNCH!!",
    "2026-11-25 15:05",
    CHI,
    stress="high",
    tags=["angry_no_abuse", "tricky_non_deadline"],
)
m(
    "f***ing Teams froze mid-demo. Customer saw my frozen face for 5 minutes. Fix this "
    "before Thursday's demo at 10.",
    "2026-11-24 12:00",
    LAX,
    due="2026-11-26 10:00",
    dt="before Thursday's demo at 10",
    scope="individual",
    proc="sales demo",
    stress="high",
    tags=["swear_at_thing", "tricky_non_deadline"],
)
m(
    "This crappy docking station needs replacing. Checked the cables, replugged everything, "
    "only one monitor works. I need both by Monday.",
    "2026-11-26 16:20",
    SYD,
    due="2026-11-30 17:00",
    dt="by Monday",
    scope="individual",
    steps=["check_cables"],
    stress="high",
    tags=["swear_at_thing"],
)
m(
    "I'm so done with this. Bloody Excel keeps corrupting the invoicing file. EOD deadline "
    "and I've lost an hour.",
    "2026-11-27 14:30",
    LON,
    due="2026-11-27 17:00",
    dt="EOD",
    scope="individual",
    proc="invoicing",
    stress="high",
    tags=["swear_at_thing"],
)
m(
    "Hell of a day. The damn printer in Shipping is offline and the courier comes at 4:30.",
    "2026-11-25 14:00",
    CHI,
    due="2026-11-25 16:30",
    dt="at 4:30",
    proc="shipping",
    stress="high",
    tags=["swear_at_thing"],
)
m(
    "Unbelievable. The fourth password reset in a month and the portal still says my password "
    "doesn't meet the rules. I did exactly what it asked.",
    "2026-11-26 11:50",
    LON,
    scope="individual",
    steps=["reset_password"],
    stress="high",
    tags=["angry_no_abuse"],
)
m(
    "Don't tell me to restart it. I won't. Restarting loses the whole simulation run. Just "
    "tell me why the GPU driver keeps crashing.",
    "2026-11-23 15:25",
    NYC,
    scope="individual",
    flu="high",
    stress="high",
    tags=["angry_no_abuse", "untried_steps"],
)
m(
    "The stupid wireless mouse eats batteries every two days.",
    "2026-11-24 16:15",
    LON,
    scope="individual",
    flu="low",
    stress="medium",
    tags=["swear_at_thing", "terse"],
)

# ---------------------------------------------------------------------------------------
# E. Non-native English.
# ---------------------------------------------------------------------------------------

m(
    "Hello team, my outlook is not opening from yesterday. I have did restart of laptop but "
    "same issue is coming. Please revert at the earliest.",
    "2026-11-24 10:00",
    IND,
    scope="individual",
    steps=["restart_device"],
    flu="low",
    tags=["non_native", "polite", "tricky_non_deadline"],
)
m(
    "Good morning, I cannot to print since the morning. The printer say 'toner low' but is "
    "new toner. I switch off and switch on the printer. Thank you very much.",
    "2026-11-23 10:30",
    MAD,
    steps=["power_cycle_printer"],
    flu="low",
    stress="low",
    tags=["non_native", "polite", "grateful", "tricky_non_deadline"],
)
m(
    "Please I need the VPN until tomorrow 10 o'clock because I work from home for the client "
    "meeting.",
    "2026-11-24 16:00",
    ROM,
    due="2026-11-25 10:00",
    dt="until tomorrow 10 o'clock",
    scope="individual",
    proc="client meeting",
    flu="low",
    tags=["non_native", "polite"],
)
m(
    "My computer is make very strange noise and is very hot. I not touch anything yet, I am "
    "afraid.",
    "2026-11-25 11:20",
    BER,
    scope="individual",
    flu="low",
    tags=["non_native", "untried_steps"],
)
m(
    "Kindly reset my password, I have forgot it after holidays. I need for payroll process "
    "today itself.",
    "2026-11-30 09:30",
    IND,
    due="2026-11-30 17:00",
    dt="today itself",
    scope="individual",
    proc="payroll",
    flu="low",
    tags=["non_native", "polite"],
)
m(
    "Hello, in the meeting room the TV not want to connect with my laptop. I try other "
    "cable, same. Presentation is in one hour!",
    "2026-11-26 13:00",
    PAR,
    due_in=60,
    dt="in one hour",
    scope="individual",
    proc="presentation",
    steps=["check_cables"],
    stress="high",
    tags=["non_native", "hurried"],
)
m(
    "Dear support, since the update of last week the Teams is very slow for me and my two "
    "colleagues. We have clear the cache like in your guide.",
    "2026-11-25 14:00",
    AMS,
    scope="team",
    count=3,
    steps=["clear_cache"],
    stress="low",
    tags=["non_native", "polite", "tricky_non_deadline"],
)
m(
    "Sorry for my english. The application of invoices give error 'access denied' when I make "
    "save. Is urgent for me, the invoices must go today before 16h.",
    "2026-11-27 11:00",
    MAD,
    due="2026-11-27 16:00",
    dt="before 16h",
    scope="individual",
    proc="invoicing",
    flu="low",
    stress="high",
    tags=["non_native", "polite"],
)
m(
    "Hi, my laptop battery is die very fast, maybe one hour only. Is possible to change? No "
    "urgent.",
    "2026-11-23 15:00",
    SAO,
    scope="individual",
    flu="low",
    stress="low",
    tags=["non_native", "tricky_non_deadline"],
)
m(
    "The wifi of the office is not working for all people in 3rd floor since 30 minutes. We "
    "are about 20 persons.",
    "2026-11-24 10:30",
    LAG,
    scope="department",
    count=20,
    wa="no",
    flu="low",
    stress="high",
    tags=["non_native", "tricky_non_deadline"],
)
m(
    "Please can you give me access of the shared folder Marketing? My boss already approve. "
    "I need it for Monday.",
    "2026-11-26 12:00",
    MNL,
    due="2026-11-30 17:00",
    dt="for Monday",
    scope="individual",
    flu="low",
    stress="low",
    tags=["non_native", "polite"],
)
m(
    "I have a problem with the authenticator, it show me the code but the website say the "
    "code is wrong. I was trying with the phone of my wife also, same thing.",
    "2026-11-25 09:10",
    TOK,
    scope="individual",
    steps=["different_device"],
    flu="low",
    tags=["non_native"],
)
m(
    "Good afternoon sir, I want to ask: I should reinstall the Zoom or first make update? It "
    "is showing error 1132.",
    "2026-11-24 14:30",
    IND,
    scope="individual",
    tags=["non_native", "untried_steps", "polite"],
)
m(
    "Hello! The scanner in the reception it sends the emails very late, like after two hours. "
    "We are checked the junk folder, nothing.",
    "2026-11-26 10:00",
    ROM,
    steps=["check_spam_folder"],
    flu="low",
    tags=["non_native", "tricky_non_deadline"],
)
m(
    "Sorry to disturb. My account is blocked after I put wrong password many times. I will "
    "have the exam for the students at 14:00, please help me before.",
    "2026-11-23 12:15",
    BER,
    due="2026-11-23 14:00",
    dt="at 14:00",
    scope="individual",
    proc="exams",
    flu="low",
    stress="high",
    tags=["non_native", "polite"],
)
m(
    "We are the team of accounting, 5 persons, and we can not open the ERP since the morning. "
    "Month closing is tomorrow. Please check quickly.",
    "2026-11-29 11:00",
    MNL,
    due="2026-11-30 17:00",
    dt="tomorrow",
    scope="team",
    count=5,
    proc="month-end close",
    flu="low",
    stress="high",
    tags=["non_native", "tricky_non_deadline"],
)
m(
    "Hello, the laptop of the new colleague is not ready. He start today. We are waiting since 9.",
    "2026-11-23 10:45",
    LAG,
    scope="individual",
    proc="onboarding",
    flu="low",
    tags=["non_native", "tricky_non_deadline"],
)
m(
    "I make logout and login again of Teams, also restart computer. Still the camera is "
    "black. I have call with client in 15 minutes!!",
    "2026-11-25 10:45",
    SAO,
    due_in=15,
    dt="in 15 minutes",
    scope="individual",
    proc="client call",
    steps=["sign_out_in", "restart_device"],
    flu="low",
    stress="high",
    tags=["non_native", "hurried"],
)
m(
    "Is it possible to install Python on my computer? I am not admin. Not urgent, when you "
    "have time.",
    "2026-11-26 15:15",
    TOK,
    scope="individual",
    stress="low",
    tags=["non_native", "polite", "tricky_non_deadline"],
)
m(
    "Please, the SharePoint is not opening in Chrome, only in Edge is opening. I use Edge for now.",
    "2026-11-24 09:50",
    MAD,
    scope="individual",
    wa="yes",
    steps=["different_browser"],
    stress="low",
    tags=["non_native"],
)
m(
    "Dear Sir/Madam, I am write to inform that the printer in our department is giving the "
    "error 49.4C02 continuously. We have tried the switch off and on. Kindly send technician.",
    "2026-11-25 11:30",
    IND,
    scope="department",
    steps=["power_cycle_printer"],
    flu="medium",
    tags=["non_native", "polite"],
)
m(
    "Hi, i cant receive emails from outside since monday. inside emails is ok. i check spam "
    "already.",
    "2026-11-26 08:50",
    MNL,
    scope="individual",
    steps=["check_spam_folder"],
    flu="low",
    tags=["non_native", "terse", "tricky_non_deadline"],
)
m(
    "The deploy to production must be done until 18:00 but the pipeline fail with timeout on "
    "step of docker build. I retry two times.",
    "2026-11-24 15:20",
    BER,
    due="2026-11-24 18:00",
    dt="until 18:00",
    scope="team",
    proc="deploy",
    flu="high",
    stress="high",
    tags=["non_native"],
)
m(
    "My manager said me to clear the cookies but I don't know how to do it. Can you help me "
    "please?",
    "2026-11-25 13:40",
    SAO,
    scope="individual",
    flu="low",
    stress="low",
    tags=["non_native", "untried_steps", "polite"],
)
m(
    "Hello, excuse me, the screen is black after I come back from lunch. The computer is on, "
    "the light is blue.",
    "2026-11-23 13:30",
    TOK,
    scope="individual",
    flu="low",
    tags=["non_native", "polite", "tricky_non_deadline"],
)
m(
    "We have audit tomorrow at 9 in the morning and the scanner not work. I already "
    "unplugged and plug the cable. Please help us today.",
    "2026-11-24 15:00",
    LAG,
    due="2026-11-24 17:00",
    dt="today",
    proc="audit",
    steps=["check_cables"],
    flu="low",
    tags=["non_native", "polite"],
)
m(
    "The internet is very slow, I think because of the rain. Is it possible?",
    "2026-11-25 16:00",
    MNL,
    flu="low",
    stress="low",
    tags=["non_native", "terse"],
)
m(
    "Thank you so much for the help of yesterday, the VPN is working perfect now!",
    "2026-11-26 09:00",
    ROM,
    scope="individual",
    stress="low",
    tags=["non_native", "grateful", "tricky_non_deadline"],
)

# ---------------------------------------------------------------------------------------
# F. Other languages.
# ---------------------------------------------------------------------------------------

m(
    "Guten Morgen, mein Laptop startet seit gestern nicht mehr. Ich habe ihn schon "
    "mehrmals neu gestartet. Kein Stress, ich arbeite am Ersatzgerät.",
    "2026-11-24 08:45",
    BER,
    scope="individual",
    wa="yes",
    steps=["restart_device"],
    stress="low",
    lang="de",
    tags=["tricky_non_deadline"],
)
m(
    "Bonjour, pourriez-vous me donner accès au dossier partagé RH ? Ce n'est pas urgent. "
    "Merci beaucoup !",
    "2026-11-25 10:15",
    PAR,
    scope="individual",
    stress="low",
    lang="fr",
    tags=["polite", "grateful"],
)
m(
    "Hola, la impresora de la segunda planta no imprime desde el lunes. No la he reiniciado "
    "todavía.",
    "2026-11-26 12:40",
    MAD,
    stress="low",
    lang="es",
    tags=["tricky_non_deadline", "untried_steps"],
)
m(
    "Goedemorgen, het hele team kan niet inloggen op de VPN. We moeten binnen een uur live "
    "met de release.",
    "2026-11-27 08:30",
    AMS,
    due_in=60,
    dt="binnen een uur",
    scope="team",
    proc="release",
    stress="high",
    lang="nl",
)
m(
    "Buongiorno, Outlook non si apre più. Ho provato in modalità provvisoria e funziona. Non "
    "è urgente.",
    "2026-11-24 09:20",
    ROM,
    scope="individual",
    wa="yes",
    steps=["safe_mode"],
    stress="low",
    lang="it",
)
m(
    "Olá, o Teams não abre desde a atualização de ontem. Já reinstalei o aplicativo. Tenho "
    "uma reunião com cliente amanhã às 10h.",
    "2026-11-25 16:30",
    SAO,
    due="2026-11-26 10:00",
    dt="amanhã às 10h",
    scope="individual",
    proc="client meeting",
    steps=["reinstall_app"],
    lang="pt",
    tags=["tricky_non_deadline"],
)
m(
    "Hallo, könnt ihr mir bitte bis Freitag eine Lizenz für Visio besorgen? Danke!",
    "2026-11-24 11:00",
    BER,
    due="2026-11-27 17:00",
    dt="bis Freitag",
    scope="individual",
    stress="low",
    lang="de",
    tags=["polite"],
)
m(
    "Merci pour votre aide hier, tout fonctionne à nouveau.",
    "2026-11-26 09:10",
    PAR,
    stress="low",
    lang="fr",
    tags=["grateful", "terse", "tricky_non_deadline"],
)

# ---------------------------------------------------------------------------------------
# G. Mixed: rambling, terse, polite, hurried; everyday requests and outages.
# ---------------------------------------------------------------------------------------

m(
    "Hi there, hope you're well. I'm not sure if this is the right place to ask, so apologies "
    "if not. A few weeks ago I noticed that when I open the expenses system from the "
    "intranet link it sends me to a login page that looks different from the usual one, "
    "with the old logo. I typed my details in once and it seemed to work, but then I got an "
    "email the next day saying someone signed in from another country. I changed my password "
    "straight away through the self-service page and signed out everywhere. Nothing seems to "
    "have happened since, but my colleague said I should tell you anyway. There's no "
    "urgency, I just want to be sure I haven't caused a problem. Kind regards, Helen",
    "2026-11-24 10:30",
    LON,
    scope="individual",
    steps=["reset_password", "sign_out_in"],
    stress="low",
    tags=["rambling", "polite", "tricky_non_deadline"],
)
m(
    "OK so. Monday the laptop was fine. Tuesday it started making a clicking noise. "
    "Wednesday the screen flickered when I moved the lid, and today it just shut down in the "
    "middle of a spreadsheet. I plugged it into a different charger in case it was the "
    "power, and it ran for an hour and then did it again. I've backed up what I could to "
    "OneDrive. My partner says it's the hard drive, my son says it's the battery, I have no "
    "idea. I can borrow my son's computer for email, so it's not the end of the world, but I "
    "do need a working machine for the client meeting on Monday at 10.",
    "2026-11-26 15:00",
    SYD,
    due="2026-11-30 10:00",
    dt="on Monday at 10",
    scope="individual",
    proc="client meeting",
    wa="yes",
    steps=["check_cables"],
    flu="low",
    tags=["rambling", "tricky_non_deadline"],
)
m(
    "Long one, sorry. We moved the finance team to the fourth floor at the weekend and "
    "since then: two of the desk phones have no dial tone, the big printer only prints from "
    "Sam's laptop, and the wall screen in the corner room shows 'no signal' whatever we plug "
    "in. Ravi checked all the cables under the desks on Monday and re-seated the ones that "
    "looked loose. We also turned the printer off and on a couple of times. None of this is "
    "stopping us working completely, we're using laptops and mobiles, but it would be good to "
    "get it sorted before the month-end close on the 30th.",
    "2026-11-25 09:40",
    LON,
    due="2026-11-30 17:00",
    dt="before the month-end close on the 30th",
    scope="department",
    proc="month-end close",
    wa="yes",
    steps=["check_cables", "power_cycle_printer"],
    stress="low",
    tags=["rambling", "polite", "tricky_non_deadline"],
)
m(
    "So I've been trying to get into the new learning platform for the mandatory training. "
    "First it said my account didn't exist. Then I got an invitation email, clicked it, set "
    "a password, and now it says my password is wrong. I tried resetting it, the reset email "
    "didn't come, I looked in the junk folder, nothing. I tried in Chrome and Firefox. My "
    "manager keeps reminding me the deadline for the training is the 15th of December, I "
    "really don't want to be the one who didn't do it.",
    "2026-11-27 11:30",
    NYC,
    due="2026-12-15 17:00",
    dt="the 15th of December",
    scope="individual",
    steps=["reset_password", "check_spam_folder", "different_browser"],
    flu="low",
    tags=["rambling"],
)
m(
    "Honestly I'm not sure what I did. I was just doing my emails and clicked on something "
    "and now there's a box that says my files are encrypted and I need to pay. I haven't "
    "turned anything off. Other people in the office are saying their shared drive files "
    "have funny names too.",
    "2026-11-23 11:15",
    CHI,
    scope="department",
    flu="low",
    stress="high",
    tags=["rambling", "untried_steps"],
)
m(
    "Laptop stolen from car. Need it wiped.",
    "2026-11-24 07:30",
    LON,
    scope="individual",
    stress="high",
    tags=["terse"],
)
m(
    "new starter, no account",
    "2026-11-23 08:55",
    NYC,
    scope="individual",
    proc="onboarding",
    flu="low",
    tags=["terse"],
)
m(
    "Teams down?",
    "2026-11-25 09:02",
    BER,
    flu="medium",
    stress="low",
    tags=["terse"],
)
m(
    "all good now, thx",
    "2026-11-26 14:40",
    LAX,
    stress="low",
    tags=["terse", "grateful"],
)
m(
    "Locked out. 2FA phone broken.",
    "2026-11-27 08:15",
    SIN,
    scope="individual",
    tags=["terse"],
)
m(
    "Need Jira access for the release by 4:45.",
    "2026-11-24 15:50",
    AMS,
    due="2026-11-24 16:45",
    dt="by 4:45",
    scope="individual",
    proc="release",
    tags=["terse", "hurried"],
)
m(
    "Zoom licence for the webinar tomorrow at 11, please.",
    "2026-11-25 13:00",
    LON,
    due="2026-11-26 11:00",
    dt="tomorrow at 11",
    proc="webinar",
    stress="low",
    tags=["terse", "polite"],
)
m(
    "Hi, could I please have a second monitor when one becomes available? Thanks a lot.",
    "2026-11-23 14:25",
    LON,
    scope="individual",
    stress="low",
    tags=["polite", "grateful"],
)
m(
    "Would it be possible to add Priya and Joe to the Sales Leads SharePoint site? Whenever "
    "suits, thank you!",
    "2026-11-24 11:50",
    SYD,
    scope="team",
    count=2,
    stress="low",
    tags=["polite"],
)
m(
    "Hello, the clock on the kiosk PC in reception is an hour off since the clocks changed. "
    "Nothing urgent.",
    "2026-11-02 09:30",
    NYC,
    stress="low",
    tags=["tricky_non_deadline", "polite"],
)
m(
    "Since the clocks went back on Sunday, all my calendar invites from the Berlin office "
    "show an hour late. Can you check the timezone settings?",
    "2026-10-27 10:00",
    LON,
    scope="individual",
    flu="medium",
    stress="low",
    tags=["tricky_non_deadline", "dst"],
)
m(
    "The server clock jumped at 2am during the DST change and the batch job ran twice. "
    "Double invoices went out to about 40 customers.",
    "2026-10-25 08:30",
    PAR,
    proc="invoicing",
    flu="high",
    stress="high",
    tags=["tricky_non_deadline", "dst"],
)
m(
    "quick one - the guest wifi password on the reception sign is wrong",
    "2026-11-24 09:30",
    LON,
    stress="low",
    tags=["terse"],
)
m(
    "Can't get into payroll. Need it in 15.",
    "2026-11-26 11:45",
    NYC,
    due_in=15,
    dt="in 15",
    scope="individual",
    proc="payroll",
    stress="high",
    tags=["terse", "hurried"],
)
m(
    "I think the shared drive is full, nobody in marketing can save files. Using our desktops "
    "for now.",
    "2026-11-25 14:15",
    CHI,
    scope="department",
    wa="yes",
)
m(
    "The door cameras on the loading bay stopped recording around midnight.",
    "2026-11-26 07:45",
    CHI,
    proc="shipping",
    tags=["tricky_non_deadline"],
)
m(
    "Whole company can't reach the website from inside the network, outside it works. "
    "Probably the internal DNS record for www after the migration.",
    "2026-11-27 09:15",
    AMS,
    scope="organization",
    flu="high",
)
m(
    "Every few days my laptop asks for the BitLocker key at boot. I have it in my account "
    "page so it's fine, but it's odd.",
    "2026-11-23 10:55",
    BER,
    scope="individual",
    wa="yes",
    flu="medium",
    stress="low",
    tags=["tricky_non_deadline"],
)
m(
    "Hi! Just checking in on my request for a new headset from last week. No pressure!",
    "2026-11-24 13:00",
    LON,
    scope="individual",
    stress="low",
    tags=["polite", "tricky_non_deadline"],
)
m(
    "Thanks for sorting the licences so quickly this morning, the whole team is up and running.",
    "2026-11-25 12:30",
    SYD,
    scope="team",
    stress="low",
    tags=["grateful", "tricky_non_deadline"],
)
m(
    "Client call at 10:15 and my laptop won't wake from sleep. Holding the power button does "
    "nothing.",
    "2026-11-26 09:50",
    LON,
    due="2026-11-26 10:15",
    dt="at 10:15",
    scope="individual",
    proc="client call",
    stress="high",
    tags=["hurried"],
)
m(
    "Hi, when I try to print double-sided it comes out single-sided. Not a problem really, "
    "just wasteful.",
    "2026-11-27 10:20",
    LON,
    scope="individual",
    stress="low",
)
m(
    "The CFO's mailbox is full and bouncing mail. She needs to receive the signed contracts "
    "by 5:30.",
    "2026-11-23 14:45",
    NYC,
    due="2026-11-23 17:30",
    dt="by 5:30",
    scope="individual",
    proc="contract signing",
    stress="high",
)
m(
    "Payroll run tomorrow morning, and the timesheet import still fails with a CSV encoding "
    "error (UTF-8 BOM, I think).",
    "2026-11-25 15:30",
    LON,
    due="2026-11-26 09:00",
    dt="tomorrow morning",
    proc="payroll",
    flu="high",
)
m(
    "The patient check-in kiosks show 'offline' since we opened at 7:30. Staff are checking "
    "people in by hand.",
    "2026-11-24 08:10",
    SYD,
    scope="team",
    proc="patient scheduling",
    wa="yes",
    stress="high",
    tags=["tricky_non_deadline"],
)
m(
    "Could you send me the steps to set up email on a new iPhone? I haven't tried anything yet.",
    "2026-11-23 17:00",
    LON,
    scope="individual",
    flu="low",
    stress="low",
    tags=["polite", "untried_steps"],
)
m(
    "Someone from 'IT support' phoned me asking for my MFA code. I hung up and didn't give "
    "it. Reporting it like you asked.",
    "2026-11-24 12:05",
    LON,
    scope="individual",
    stress="low",
)
m(
    "Tried nothing yet. The screen is cracked, so restarting won't help.",
    "2026-11-25 10:35",
    CHI,
    scope="individual",
    flu="low",
    stress="low",
    tags=["untried_steps", "terse"],
)
m(
    "Planning to reinstall Office tonight unless you say otherwise. Word keeps saying the "
    "licence is unlicensed product.",
    "2026-11-26 16:50",
    LON,
    scope="individual",
    tags=["untried_steps"],
)
m(
    "Instead of restarting, I just closed the lid and opened it again. Now the Wi-Fi icon is "
    "gone entirely.",
    "2026-11-27 09:40",
    NYC,
    scope="individual",
    flu="low",
    tags=["untried_steps"],
)
m(
    "IT told me last week to update the app and I haven't got round to it, but now it won't "
    "even open.",
    "2026-11-24 14:50",
    SIN,
    scope="individual",
    tags=["untried_steps", "tricky_non_deadline"],
)
m(
    "Did you want me to clear my cache or sign out first? Either way, the dashboard is empty "
    "for me.",
    "2026-11-25 11:25",
    LAX,
    scope="individual",
    tags=["untried_steps"],
)
m(
    "Restarting the computer is not an option, it's running the overnight export. The "
    "screen is frozen though.",
    "2026-11-23 18:20",
    BER,
    scope="individual",
    tags=["untried_steps"],
)

# ---------------------------------------------------------------------------------------
# H. Steps tried, with and without frustration.
# ---------------------------------------------------------------------------------------

m(
    "Bloody Outlook. Started it in safe mode, disabled the add-ins, reinstalled Office. Still "
    "hangs on 'Loading profile'.",
    "2026-11-23 10:25",
    LON,
    scope="individual",
    steps=["safe_mode", "reinstall_app"],
    flu="high",
    stress="high",
    tags=["swear_at_thing"],
)
m(
    "This damn Wi-Fi. Forgot the network, rejoined, rebooted twice. Works for 5 minutes then "
    "drops.",
    "2026-11-24 11:35",
    NYC,
    scope="individual",
    steps=["reconnect_network", "restart_device"],
    stress="high",
    tags=["swear_at_thing"],
)
m(
    "I'm fed up. Cleared cache, tried Edge AND Firefox, logged out and in. The expenses "
    "portal still shows someone else's claims!",
    "2026-11-25 14:05",
    CHI,
    scope="individual",
    steps=["clear_cache", "different_browser", "sign_out_in"],
    stress="high",
    tags=["angry_no_abuse"],
)
m(
    "The crappy printer in HR. Switched it off and on, checked the USB cable, still 'driver "
    "unavailable'.",
    "2026-11-26 09:35",
    SYD,
    steps=["power_cycle_printer", "check_cables"],
    stress="high",
    tags=["swear_at_thing"],
)
m(
    "Absolutely sick of this VPN. Reinstalled the client, reconnected a hundred times, "
    "updated it to the newest version. Nothing.",
    "2026-11-27 10:45",
    LAX,
    scope="individual",
    steps=["reinstall_app", "reconnect_vpn", "update_app"],
    stress="high",
    tags=["angry_no_abuse"],
)
m(
    "What a joke of a laptop. Restarted it five times this morning already.",
    "2026-11-23 11:50",
    LON,
    scope="individual",
    steps=["restart_device"],
    flu="low",
    stress="high",
    tags=["swear_at_thing", "terse", "tricky_non_deadline"],
)
m(
    "Teams is driving me mad. Cleared the Teams cache, reinstalled it, signed in again. Calls "
    "still have no sound.",
    "2026-11-24 15:40",
    AMS,
    scope="individual",
    steps=["clear_cache", "reinstall_app", "sign_out_in"],
    stress="high",
    tags=["angry_no_abuse"],
)
m(
    "Frickin' MFA. Reset my password and tried on my tablet too, still 'request denied'.",
    "2026-11-25 08:55",
    CHI,
    scope="individual",
    steps=["reset_password", "different_device"],
    stress="high",
    tags=["swear_at_thing"],
)
m(
    "I am really annoyed: nobody has answered in three days. I already restarted the router "
    "at home, reconnected the VPN and rebooted the PC. Still can't reach the file server.",
    "2026-11-26 10:30",
    BER,
    scope="individual",
    steps=["reconnect_vpn", "restart_device"],
    stress="high",
    tags=["angry_no_abuse", "tricky_non_deadline"],
)
m(
    "God this scanner is useless. Power cycled it, no change.",
    "2026-11-27 12:10",
    LON,
    steps=["power_cycle_printer"],
    stress="high",
    tags=["swear_at_thing", "terse"],
)
m(
    "Checked spam, checked the quarantine portal, checked with the sender. The supplier's "
    "invoices just never arrive.",
    "2026-11-23 13:45",
    NYC,
    scope="individual",
    proc="invoicing",
    steps=["check_spam_folder"],
)
m(
    "Closed and reopened the payroll app, cleared its cache as per the KB article. The "
    "totals still show last month's figures.",
    "2026-11-24 09:55",
    LON,
    scope="individual",
    proc="payroll",
    steps=["restart_app", "clear_cache"],
)
m(
    "I updated the app, then rebooted. The barcode scanner app still can't see the camera.",
    "2026-11-25 07:40",
    CHI,
    scope="individual",
    proc="shipping",
    steps=["update_app", "restart_device"],
    flu="medium",
)
m(
    "Plugged the laptop straight into the wall port with a cable to rule out Wi-Fi. Same "
    "packet loss, so it's not the wireless.",
    "2026-11-26 11:10",
    SIN,
    scope="individual",
    steps=["check_cables"],
    flu="high",
    stress="low",
)
m(
    "I logged in from my personal laptop and the app works there, so it's something on the "
    "work one.",
    "2026-11-27 15:00",
    LON,
    scope="individual",
    steps=["different_device"],
    stress="low",
)
m(
    "Signed out of OneDrive and back in, it re-synced everything and the duplicates are "
    "still there.",
    "2026-11-23 16:20",
    SYD,
    scope="individual",
    steps=["sign_out_in"],
    stress="low",
)
m(
    "Reconnected to the office Wi-Fi, and plugged the dock cable back in. The second screen "
    "came back but the keyboard didn't.",
    "2026-11-24 10:05",
    LON,
    scope="individual",
    steps=["reconnect_network", "check_cables"],
    stress="low",
)
m(
    "Restarted the PC this morning and since then the printer shows as offline for me, but "
    "others can print. Not a big deal, I print from the laptop in the meantime.",
    "2026-11-25 13:20",
    BER,
    scope="individual",
    steps=["restart_device"],
    wa="yes",
    stress="low",
    tags=["tricky_non_deadline"],
)
m(
    "I switched to the Chrome browser as suggested and it works. I didn't clear the cache in "
    "Edge though, do you still want me to?",
    "2026-11-26 14:10",
    NYC,
    scope="individual",
    steps=["different_browser"],
    wa="yes",
    stress="low",
    tags=["untried_steps"],
)
m(
    "Reinstalled the Authenticator on the new phone. Didn't reset my password, I don't "
    "think I need to. Still getting 'no approval method'.",
    "2026-11-27 09:30",
    LAX,
    scope="individual",
    steps=["reinstall_app"],
    tags=["untried_steps"],
)
m(
    "Unplugged the printer for 30 seconds and plugged it back in, as your automatic reply "
    "said. No luck.",
    "2026-11-23 14:35",
    LON,
    steps=["power_cycle_printer"],
    stress="medium",
)
m(
    "Safe mode boot works fine, normal boot blue screens with DRIVER_IRQL_NOT_LESS_OR_EQUAL. "
    "Probably the new dock driver.",
    "2026-11-24 12:40",
    AMS,
    scope="individual",
    steps=["safe_mode"],
    flu="high",
)
m(
    "Grr, this stupid laptop. I rebooted, and it wants to install 47 updates. Now what?",
    "2026-11-25 09:05",
    LON,
    scope="individual",
    steps=["restart_device"],
    flu="low",
    stress="high",
    tags=["swear_at_thing"],
)
m(
    "Signed out and back in to the CRM and the reports are back. Thanks, you can close the ticket.",
    "2026-11-26 10:40",
    CHI,
    scope="individual",
    steps=["sign_out_in"],
    stress="low",
    tags=["grateful", "polite"],
)
m(
    "Rubbish projector again. Checked both HDMI cables and restarted my laptop. Presentation "
    "at 11:30, please hurry.",
    "2026-11-27 10:50",
    LON,
    due="2026-11-27 11:30",
    dt="at 11:30",
    scope="individual",
    proc="presentation",
    steps=["check_cables", "restart_device"],
    stress="high",
    tags=["swear_at_thing", "hurried"],
)
m(
    "ARGH. Updated the VPN client like the banner said and now it won't connect at all. "
    "Reconnected, rebooted. Deploy window opens at 9pm.",
    "2026-11-24 17:30",
    CHI,
    due="2026-11-24 21:00",
    dt="at 9pm",
    scope="individual",
    proc="deploy",
    steps=["update_app", "reconnect_vpn", "restart_device"],
    stress="high",
    tags=["angry_no_abuse"],
)
m(
    "Honestly, this is ridiculous. I reset my password three times this week because the "
    "system keeps saying it expired.",
    "2026-11-26 16:00",
    SYD,
    scope="individual",
    steps=["reset_password"],
    stress="high",
    tags=["angry_no_abuse"],
)


def main() -> None:
    lines = []
    for number, message in enumerate(MESSAGES, start=1):
        lines.append(json.dumps({"id": f"m{number:03d}", **message}, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} messages to {OUT}")


if __name__ == "__main__":
    main()
