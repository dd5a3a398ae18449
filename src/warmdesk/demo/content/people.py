"""Who works at the demo's customers and on the desk (invented people and companies)."""

from __future__ import annotations

from dataclasses import dataclass

from warmdesk.tickets.domain import Channel

STAFF_DOMAIN = "warmdesk.demo"

SERVICE_DESK = "Service Desk"
INFRASTRUCTURE = "Infrastructure"
IDENTITY = "Identity & Access"

TEAMS: tuple[tuple[str, str], ...] = (
    (SERVICE_DESK, "Tier 1: first contact for every ticket, on shift around the clock."),
    (INFRASTRUCTURE, "Tiers 2 and 3: networks, VPN, servers, devices, printing and software."),
    (IDENTITY, "Tiers 2 and 3: accounts, passwords, email, permissions and security."),
)


@dataclass(frozen=True)
class OrganizationProfile:
    name: str
    domain: str
    shares_tickets: bool
    notes: str
    offices: tuple[str, ...]  # IANA timezones of its offices
    departments: tuple[str, ...]
    channels: tuple[Channel, ...]  # how its people like to get in touch
    headcount: int  # requesters in the demo


ORGANIZATIONS: tuple[OrganizationProfile, ...] = (
    OrganizationProfile(
        name="Harbourline Freight",
        domain="harbourline.demo",
        shares_tickets=False,
        notes="Logistics, three offices. Business-hours support; the warehouse runs "
        "weekend shifts, so Saturday tickets happen.",
        offices=("Europe/London", "America/New_York", "Asia/Singapore"),
        departments=(
            "Operations",
            "Finance",
            "Payroll",
            "Sales",
            "Customer Support",
            "HR",
            "Engineering",
        ),
        channels=(Channel.SLACK, Channel.EMAIL, Channel.WEB),
        headcount=17,
    ),
    OrganizationProfile(
        name="Kestrel Health Partners",
        domain="kestrelhealth.demo",
        shares_tickets=False,
        notes="Clinic group in the US. Patient-facing staff cannot wait long: treat clinic "
        "front desks as high impact.",
        offices=("America/Chicago", "America/Los_Angeles", "America/New_York"),
        departments=(
            "Finance",
            "Payroll",
            "HR",
            "Customer Support",
            "Marketing",
            "Operations",
            "Legal",
        ),
        channels=(Channel.TEAMS, Channel.EMAIL, Channel.WEB),
        headcount=16,
    ),
    OrganizationProfile(
        name="Bramble & Finch LLP",
        domain="bramblefinch.demo",
        shares_tickets=True,
        notes="Law firm. Colleagues see each other's tickets (shared). Court deadlines are "
        "real deadlines.",
        offices=("Europe/Berlin", "Europe/London", "Australia/Sydney"),
        departments=("Legal", "Finance", "HR", "Marketing", "Operations"),
        channels=(Channel.EMAIL, Channel.WEB),
        headcount=14,
    ),
)

CITIES: dict[str, str] = {
    "Europe/London": "London",
    "Europe/Berlin": "Berlin",
    "America/New_York": "New York",
    "America/Chicago": "Chicago",
    "America/Los_Angeles": "Los Angeles",
    "Asia/Singapore": "Singapore",
    "Australia/Sydney": "Sydney",
}

JOB_TITLES: dict[str, tuple[str, ...]] = {
    "Finance": ("Accountant", "Financial Controller", "Accounts Payable Clerk", "FP&A Analyst"),
    "Payroll": ("Payroll Specialist", "Payroll Manager"),
    "Sales": ("Account Executive", "Sales Manager", "Business Development Rep"),
    "Legal": ("Associate", "Paralegal", "Senior Counsel", "Legal Secretary"),
    "HR": ("HR Business Partner", "Recruiter", "People Operations Lead"),
    "Engineering": ("Software Engineer", "QA Engineer", "Engineering Manager"),
    "Marketing": ("Content Manager", "Marketing Coordinator", "Brand Designer"),
    "Operations": ("Operations Coordinator", "Warehouse Supervisor", "Office Manager"),
    "Customer Support": ("Support Specialist", "Clinic Front Desk Lead", "Team Lead, Support"),
}

# What stops when this department is blocked: words for the business-process field.
PROCESSES: dict[str, tuple[str, ...]] = {
    "Finance": ("month-end close", "the quarterly forecast", "the supplier payment run"),
    "Payroll": ("the payroll run", "the year-end tax filing"),
    "Sales": ("a client call", "a client proposal", "the pipeline review"),
    "Legal": ("a court filing", "a contract signing"),
    "HR": ("onboarding new starters", "the interview schedule"),
    "Engineering": ("the release", "a customer demo"),
    "Marketing": ("the campaign launch", "the website update"),
    "Operations": ("shipment dispatch", "the shift handover"),
    "Customer Support": ("the customer callback list", "patient check-in"),
}

FIRST_NAMES: tuple[str, ...] = (
    "Amara", "Kenji", "Sofia", "Oluwaseun", "Ingrid", "Rahul", "Fatima", "Chloé", "Liam",
    "Mei", "Diego", "Aisha", "Tomasz", "Nadia", "Kwame", "Elena", "Hiroshi", "Priyanka",
    "Mateo", "Zainab", "Lars", "Yuki", "Gabriel", "Thandiwe", "Emre", "Lucía", "Arjun",
    "Hana", "Felix", "Adaeze", "Noah", "Leilani", "Ravi", "Isabel", "Jamal", "Anouk",
    "Sung-min", "Olga", "Tariq", "Camille", "Kofi", "Bianca", "Dmitri", "Ayesha", "Rory",
    "Nomvula", "Andrés", "Freya", "Jin", "Marisol", "Samir", "Eilidh", "Wen", "Ines",
    "Malik", "Astrid", "Daniela", "Obinna", "Keiko", "Tobias",
)  # fmt: skip

LAST_NAMES: tuple[str, ...] = (
    "Okafor", "Tanaka", "Marquez", "Adebayo", "Halvorsen", "Mehta", "Al-Sayed", "Bernard",
    "O'Connor", "Chen", "Herrera", "Rahman", "Nowak", "Haddad", "Mensah", "Petrova",
    "Sato", "Iyer", "Castillo", "Bello", "Johansson", "Nakamura", "Silva", "Dlamini",
    "Yilmaz", "Romero", "Nair", "Park", "Schneider", "Eze", "Fischer", "Kahale", "Kapoor",
    "Moreau", "Williams", "de Vries", "Kim", "Ivanova", "Hussain", "Laurent", "Boateng",
    "Rossi", "Volkov", "Siddiqui", "Gallagher", "Zulu", "Vargas", "Lindqvist", "Wong",
    "Reyes", "Aziz", "MacLeod", "Liu", "Ferreira", "Osei", "Berg", "Costa", "Nwachukwu",
    "Mori", "Becker",
)  # fmt: skip


@dataclass(frozen=True)
class StaffProfile:
    name: str
    email: str
    role: str  # a warmdesk.people.domain.Role value
    tier: int | None
    timezone: str
    teams: tuple[str, ...]
    skills: tuple[str, ...]
    job_title: str


STAFF: tuple[StaffProfile, ...] = (
    StaffProfile(
        "Hannah Kowalczyk", f"hannah.kowalczyk@{STAFF_DOMAIN}", "lead", 3, "Europe/London",
        (SERVICE_DESK, INFRASTRUCTURE, IDENTITY), ("coaching", "major-incidents"),
        "Service Desk Lead",
    ),
    StaffProfile(
        "Priya Raman", f"priya.raman@{STAFF_DOMAIN}", "agent", 1, "Europe/London",
        (SERVICE_DESK,), ("passwords", "email", "printing"), "Service Desk Analyst",
    ),
    StaffProfile(
        "Tomás Oliveira", f"tomas.oliveira@{STAFF_DOMAIN}", "agent", 1, "America/Chicago",
        (SERVICE_DESK,), ("hardware", "software", "vpn"), "Service Desk Analyst",
    ),
    StaffProfile(
        "Grace Mensah", f"grace.mensah@{STAFF_DOMAIN}", "agent", 1, "Asia/Singapore",
        (SERVICE_DESK,), ("access", "email", "network"), "Service Desk Analyst",
    ),
    StaffProfile(
        "Jonas Eklund", f"jonas.eklund@{STAFF_DOMAIN}", "agent", 1, "America/Los_Angeles",
        (SERVICE_DESK,), ("software", "printing", "hardware"), "Service Desk Analyst",
    ),
    StaffProfile(
        "Lukas Brandt", f"lukas.brandt@{STAFF_DOMAIN}", "agent", 2, "Europe/Berlin",
        (INFRASTRUCTURE,), ("vpn", "network", "servers"), "Infrastructure Engineer",
    ),
    StaffProfile(
        "Marcus Bell", f"marcus.bell@{STAFF_DOMAIN}", "agent", 3, "America/New_York",
        (INFRASTRUCTURE,), ("network", "storage", "outages"), "Senior Infrastructure Engineer",
    ),
    StaffProfile(
        "Mei Lin Ong", f"meilin.ong@{STAFF_DOMAIN}", "agent", 2, "Asia/Singapore",
        (IDENTITY,), ("identity", "mfa", "email"), "Identity Engineer",
    ),
    StaffProfile(
        "Samuel Adeyemi", f"samuel.adeyemi@{STAFF_DOMAIN}", "agent", 3, "Europe/London",
        (IDENTITY,), ("security", "identity", "mail-flow"), "Security Engineer",
    ),
)  # fmt: skip

ADMIN = StaffProfile(
    "Robin Castellanos", f"admin@{STAFF_DOMAIN}", "admin", None, "Europe/London", (),
    ("administration",), "IT Systems Administrator",
)  # fmt: skip


@dataclass(frozen=True)
class RequesterProfile:
    """A requester the demo logins rely on, so they are the same whatever the seed."""

    name: str
    email: str
    organization: str
    department: str
    job_title: str
    timezone: str
    channel: Channel


SHARED_ORG_REQUESTER = RequesterProfile(
    "Maya Okonkwo", "maya.okonkwo@bramblefinch.demo", "Bramble & Finch LLP", "Legal",
    "Associate", "Europe/London", Channel.EMAIL,
)  # fmt: skip
PRIVATE_REQUESTER = RequesterProfile(
    "Daniel Hoffmann", "daniel.hoffmann@harbourline.demo", "Harbourline Freight", "Finance",
    "Financial Controller", "America/New_York", Channel.SLACK,
)  # fmt: skip
