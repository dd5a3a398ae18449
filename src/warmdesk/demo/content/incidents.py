"""Three major incidents: many people report one failure, and the desk handles it as one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from warmdesk.demo.content.accounts import IDENTITY_TEAM
from warmdesk.demo.content.connectivity import INFRASTRUCTURE_TEAM
from warmdesk.tickets.domain import Category


@dataclass(frozen=True)
class IncidentText:
    tag: str
    category: Category  # how the reports are filed
    team: str  # who fixes it
    title: str  # the subject the desk gives the first report
    days_ago: float
    local_start: time
    timezones: tuple[str, ...]  # where people notice it (and report it)
    duration_minutes: int | None  # None: still going on at ``now``
    affected_count: int
    process: str
    report_subjects: tuple[str, ...]
    report_problems: tuple[str, ...]
    acknowledgement: str  # to the first reporter
    checks: str  # for the handoff note
    reason: str
    specialist_update: str  # public, on the first report
    lead_note: str  # internal, on the first report
    known_issue_reply: str  # to everyone else who reported it
    fix: str
    vendor_wait: str = ""


VPN_CERTIFICATE = IncidentText(
    tag="inc-vpn-certificate",
    category=Category.VPN,
    team=INFRASTRUCTURE_TEAM,
    title="Major incident: VPN refusing all connections (gateway certificate)",
    days_ago=41,
    local_start=time(7, 50),
    timezones=("Europe/London", "Europe/Berlin"),
    duration_minutes=140,
    affected_count=420,
    process="remote work outside the offices",
    report_subjects=(
        "VPN not connecting this morning",
        "VPN certificate error",
        "Can't get on the VPN, anyone else?",
        "VPN down?",
        "Remote access not working",
    ),
    report_problems=(
        "The VPN won't connect this morning. It says the server certificate is not valid.",
        "Since about eight the VPN refuses to connect and complains about a certificate.",
        "I can't get onto the VPN from home, and neither can two people in my team.",
        "Remote access says it can't verify the server. Is it down?",
    ),
    acknowledgement="Thank you for reporting this so early, {name}; you're one of the first. "
    "The VPN is refusing everyone, not just you, so please don't spend time reinstalling "
    "anything. I've raised it as a major incident and our infrastructure team is on it now. "
    "I'll update you by {anchor}.",
    checks="Reproduced from two laptops and a clean test profile; the gateway presents a "
    "certificate that expired overnight.",
    reason="The gateway certificate must be renewed; tier 1 has no access to the appliance.",
    specialist_update="I'm {agent} from {team}. The VPN gateway's certificate expired "
    "overnight, which is why every connection is refused. I'm installing the renewed "
    "certificate now, and I expect the VPN back within the hour. Nothing on your laptop "
    "needs changing.",
    lead_note="Major incident opened. All-staff notice sent and the status page updated. "
    "Linking every VPN report here so updates go out together. For the review: why the "
    "renewal reminder was missed.",
    known_issue_reply="Thanks for letting us know, {name}. This is part of a wider VPN "
    "problem affecting everyone this morning, so nothing is wrong with your laptop. Our "
    "infrastructure team is already fixing it, and I'll update you here by {anchor}.",
    fix="The VPN works again for everyone. The gateway's security certificate had expired "
    "overnight; it's renewed, and an alert now warns us 30 days before the next expiry. You "
    "may need to click connect once more.",
)

MAIL_RELAY = IncidentText(
    tag="inc-mail-delay",
    category=Category.EMAIL,
    team=IDENTITY_TEAM,
    title="Major incident: outgoing email delayed (mail relay queue stuck)",
    days_ago=23,
    local_start=time(14, 10),
    timezones=("America/New_York", "America/Chicago"),
    duration_minutes=200,
    affected_count=600,
    process="client correspondence",
    report_subjects=(
        "Emails stuck in my outbox",
        "Clients not receiving my emails",
        "Email delays?",
        "Outgoing mail not arriving",
    ),
    report_problems=(
        "Nothing I've sent in the last half hour has reached anyone outside the company.",
        "A client says my emails aren't arriving, but they show as sent on my side.",
        "My messages sit in the outbox, then go, but the recipients get nothing.",
        "Nobody outside seems to get our emails since lunch.",
    ),
    acknowledgement="Thanks for flagging this so quickly, {name}. Outgoing email is delayed "
    "for everyone right now, not just you, and nothing you've sent is lost: it's queued and "
    "will go out once this is fixed. I've raised it as a major incident and I'll update you "
    "by {anchor}.",
    checks="Test messages to three outside domains stuck; internal mail fine; the relay "
    "queue keeps growing.",
    reason="The mail relay needs the mail platform team.",
    specialist_update="I'm {agent} from {team}. A stuck message on our mail relay was "
    "blocking the outgoing queue. I've cleared it, and the backlog of about 4,000 messages "
    "is going out now; it should catch up within the hour.",
    lead_note="Major incident: outgoing mail delayed since about 14:00 Eastern. "
    "Client-facing teams asked to phone for anything urgent. Linking all reports here.",
    known_issue_reply="Thanks, {name}. Email to people outside the company is delayed for "
    "everyone at the moment. Your messages are safe in the queue and will be delivered once "
    "it's fixed. I'll update you here by {anchor}.",
    fix="Outgoing email flows normally again and the backlog has been delivered, so your "
    "earlier messages have reached their recipients. A malformed message had jammed the "
    "mail relay; a new check now sets such messages aside automatically.",
)

CHICAGO_FILE_SHARES = IncidentText(
    tag="inc-chicago-shares",
    category=Category.NETWORK,
    team=INFRASTRUCTURE_TEAM,
    title="Major incident: Chicago file shares unreachable (storage controller)",
    days_ago=1.3,
    local_start=time(9, 20),
    timezones=("America/Chicago",),
    duration_minutes=None,
    affected_count=140,
    process="patient scheduling",
    report_subjects=(
        "Shared drive not loading",
        "Team drive disconnected",
        "Can't open files on the team drive",
        "File server down in Chicago?",
    ),
    report_problems=(
        "The shared drive shows as disconnected and I can't open any of our scheduling files.",
        "Every file on the team drive says it's unavailable.",
        "Our mapped drive has a red cross on it this morning.",
        "The file server won't open anything for us in the Chicago office.",
    ),
    acknowledgement="Thanks for reporting this, {name}. The file shares in the Chicago "
    "office are down for everyone, not only you, and your files are safe. I've raised it as "
    "a major incident with our infrastructure team. I'll update you by {anchor}.",
    checks="Shares unreachable from every Chicago machine tested; the storage array reports "
    "a failed controller.",
    reason="Storage hardware fault; needs infrastructure and the storage vendor.",
    specialist_update="I'm {agent} from {team}. One of the storage controllers behind the "
    "Chicago file shares failed overnight, and the automatic switch to the spare didn't "
    "complete. I'm working with the storage vendor to bring it back safely; your files are "
    "intact.",
    lead_note="Major incident: Chicago file shares down since about 09:15 Central. Clinics "
    "told to use the printed schedules. Vendor case open; linking reports here.",
    known_issue_reply="Thanks, {name}. The shared drives in the Chicago office are down for "
    "everyone because of a storage fault, and your files are safe. Our infrastructure team "
    "is working on it with the vendor, and I'll update you here by {anchor}.",
    fix="The Chicago file shares are back, and we've checked the scheduling files open normally.",
    vendor_wait="The storage vendor is sending a replacement controller. Until it's fitted "
    "we're keeping the shares offline, because running on one damaged controller would put "
    "the files at risk.",
)

INCIDENTS: tuple[IncidentText, ...] = (VPN_CERTIFICATE, MAIL_RELAY, CHICAGO_FILE_SHARES)
