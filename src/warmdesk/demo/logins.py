"""The fixed demo accounts: who to sign in as, with which password, and what to try."""

from __future__ import annotations

from dataclasses import dataclass

from warmdesk.demo.content.people import (
    ADMIN,
    PRIVATE_REQUESTER,
    SHARED_ORG_REQUESTER,
    STAFF_DOMAIN,
)

ADMIN_PASSWORD = "warmdesk-admin"
LEAD_PASSWORD = "warmdesk-lead"
AGENT_PASSWORD = "warmdesk-agent"  # every demo agent has it, not only the two listed
REQUESTER_PASSWORD = "warmdesk-requester"


@dataclass(frozen=True)
class DemoLogin:
    role: str
    email: str
    password: str
    try_this: str


DEMO_LOGINS: list[DemoLogin] = [
    DemoLogin(
        role="admin",
        email=ADMIN.email,
        password=ADMIN_PASSWORD,
        try_this="Manage people, teams and organizations; every ticket and audit trail is visible.",
    ),
    DemoLogin(
        role="lead",
        email=f"hannah.kowalczyk@{STAFF_DOMAIN}",
        password=LEAD_PASSWORD,
        try_this="See every queue; follow a major incident (an outage with linked reports "
        "and a merged duplicate) and the handoff notes on escalated tickets.",
    ),
    DemoLogin(
        role="agent (tier 1, Service Desk)",
        email=f"priya.raman@{STAFF_DOMAIN}",
        password=AGENT_PASSWORD,
        try_this="Work the Service Desk queue: answer a new ticket, ask the requester a "
        "question (pending), or hand one over to Infrastructure.",
    ),
    DemoLogin(
        role="agent (tier 2, Infrastructure)",
        email=f"lukas.brandt@{STAFF_DOMAIN}",
        password=AGENT_PASSWORD,
        try_this="Pick up escalated tickets and read the handoff notes; tickets waiting on "
        "a third party sit under pending.",
    ),
    DemoLogin(
        role="requester (organization shares tickets)",
        email=SHARED_ORG_REQUESTER.email,
        password=REQUESTER_PASSWORD,
        try_this="Bramble & Finch shares tickets, so colleagues' tickets show too. Answer "
        "the question on the ticket that waits on you: it goes back to the desk as open.",
    ),
    DemoLogin(
        role="requester (own tickets only)",
        email=PRIVATE_REQUESTER.email,
        password=REQUESTER_PASSWORD,
        try_this="Sees only his own tickets. Reply to the recently resolved one to reopen "
        "it, or open a new ticket with a deadline and see its priority.",
    ),
]
