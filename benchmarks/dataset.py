"""Synthetic but plausible help desk history, as plain row dicts ready for bulk insert.

Pure: no database, no clock. Everything follows from ``size``, ``now`` and the seed, so two
seedings of the same size hold the same tickets.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import accumulate
from typing import Any

from warmdesk.tickets.domain import impact_rank

Row = dict[str, Any]

REQUESTERS = 2_000
ORGANIZATIONS = 40
TEAMS = (
    "Service Desk",
    "Network",
    "Identity & Access",
    "Workplace",
    "Applications",
    "Security",
)
TEAM_WEIGHTS = (40, 14, 14, 14, 12, 6)
AGENT_ROLES = ("agent",) * 25 + ("lead",) * 4 + ("admin",)
BENCH_AGENT_EMAIL = "bench.agent@warmdesk.example"
BENCH_AGENT_TEAMS = (1, 2)  # Service Desk and Network: a typical first-line agent

# About 15% of tickets are open work (new, open, pending, reopened), as in a desk that keeps up.
STATUS_WEIGHTS = {
    "closed": 73.0,
    "resolved": 12.0,
    "open": 7.0,
    "pending": 4.0,
    "new": 3.0,
    "reopened": 1.0,
}
OPEN_STATUSES = frozenset({"new", "open", "pending", "reopened"})
PRIORITY_WEIGHTS = {1: 3.0, 2: 14.0, 3: 55.0, 4: 28.0}
CHANNEL_WEIGHTS = {"email": 45, "web": 25, "slack": 15, "teams": 5, "phone": 5, "chat": 3, "api": 2}
SUBJECTS = {
    "password": ["Password expired", "Locked out after password change", "Cannot reset password"],
    "access": ["Need access to the finance share", "Add me to the sales CRM", "Access request"],
    "vpn": ["VPN drops every few minutes", "Cannot connect to VPN from home", "VPN is slow"],
    "network": ["Wi-Fi keeps disconnecting", "No network on floor 3", "Slow internet"],
    "printer": ["Printer jams on every page", "Cannot find the printer", "Scanner not emailing"],
    "hardware": ["Laptop will not boot", "Second monitor flickers", "Dock not charging"],
    "email": ["Mails stuck in outbox", "Shared mailbox missing", "Calendar invites not arriving"],
    "software": ["Excel crashes on open", "Need a licence for Visio", "Teams has no sound"],
    "outage": ["ERP is down", "Payroll system unreachable", "Website returns errors"],
    "security": ["Suspicious email received", "Lost my phone", "Possible phishing link clicked"],
    "other": ["Question about my account", "New starter next Monday", "Office move next week"],
}
CATEGORY_WEIGHTS = {
    "password": 14,
    "access": 14,
    "vpn": 9,
    "network": 8,
    "printer": 7,
    "hardware": 12,
    "email": 10,
    "software": 14,
    "outage": 2,
    "security": 3,
    "other": 7,
}
SENTENCES = (
    "It started this morning after the update.",
    "I have already restarted the computer twice.",
    "My colleagues next to me have the same problem.",
    "The error message says that the connection was refused.",
    "This blocks the month-end closing, so it is fairly urgent for us.",
    "I work from home today and can be reached on my mobile.",
    "Could someone please have a look when you have a moment?",
    "It worked fine yesterday afternoon.",
    "I attached a screenshot of what I see.",
    "We need this before the customer meeting on Thursday.",
    "Nothing changed on my side as far as I know.",
    "Thanks a lot for your help!",
)
TAGS = (
    "vip", "hardware-swap", "new-starter", "leaver", "remote", "floor-3", "mac", "windows",
    "linux", "mobile", "warranty", "vendor", "known-issue", "major-incident", "training",
)  # fmt: skip
FIRST_NAMES = ("Ana", "Ben", "Chloé", "Dev", "Emma", "Farid", "Grace", "Hiro", "Ines", "Jonas")
LAST_NAMES = ("Okafor", "Müller", "Silva", "Nguyen", "Kowalski", "Haddad", "Lind", "Rossi")


@dataclass(frozen=True)
class Population:
    """Who exists: ids of requesters (with their organization) and agents per team."""

    requester_orgs: dict[int, int]
    agents_by_team: dict[int, list[int]]
    all_agents: list[int]
    bench_agent_id: int


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def organizations(now: datetime) -> list[Row]:
    words = ("Northwind", "Contoso", "Fabrikam", "Tailspin", "Wingtip", "Litware", "Adatum")
    kinds = ("Logistics", "Health", "Bank", "Studios", "Foods", "Energy")
    rows = []
    for i in range(1, ORGANIZATIONS + 1):
        name = f"{words[i % len(words)]} {kinds[i % len(kinds)]} {i:02d}"
        rows.append(
            {
                "id": i,
                "name": name,
                "domain": f"org{i:02d}.example",
                "shared_tickets": i % 5 == 0,
                "notes": "",
                "created_at": now - timedelta(days=400),
            }
        )
    return rows


def teams(now: datetime) -> list[Row]:
    return [
        {"id": i, "name": name, "description": f"{name} queue", "created_at": now}
        for i, name in enumerate(TEAMS, start=1)
    ]


def people(now: datetime, rng: random.Random) -> tuple[list[Row], list[Row], Population]:
    """Users (agents first, then the benchmark agent, then requesters) and team membership."""
    users: list[Row] = []
    members: list[Row] = []
    agents_by_team: dict[int, list[int]] = {t: [] for t in range(1, len(TEAMS) + 1)}

    def add(email: str, role: str, org: int | None, tier: int | None) -> int:
        user_id = len(users) + 1
        users.append(
            {
                "id": user_id,
                "email": email,
                "name": _name(rng),
                "role": role,
                "organization_id": org,
                "department": "IT" if org is None else rng.choice(("Sales", "Finance", "Ops")),
                "job_title": "",
                "timezone": "Europe/Berlin",
                "preferred_channel": "email",
                "tier": tier,
                "skills": [],
                "password_hash": None,
                "is_active": True,
                "created_at": now - timedelta(days=rng.randint(30, 400)),
            }
        )
        return user_id

    for n, role in enumerate(AGENT_ROLES, start=1):
        agent_id = add(f"agent{n:02d}@warmdesk.example", role, None, 1 + n % 3)
        for team_id in {1 + n % len(TEAMS), 1 + (n * 7) % len(TEAMS)}:
            members.append({"team_id": team_id, "user_id": agent_id})
            agents_by_team[team_id].append(agent_id)
    bench_id = add(BENCH_AGENT_EMAIL, "agent", None, 1)
    members += [{"team_id": t, "user_id": bench_id} for t in BENCH_AGENT_TEAMS]
    requester_orgs = {}
    for n in range(1, REQUESTERS + 1):
        org = 1 + n % ORGANIZATIONS
        requester_orgs[add(f"person{n:04d}@org{org:02d}.example", "requester", org, None)] = org
    all_agents = [u["id"] for u in users if u["role"] != "requester" and u["id"] != bench_id]
    return users, members, Population(requester_orgs, agents_by_team, all_agents, bench_id)


class Weighted:
    """A population with weights, cumulated once (``random.choices`` would redo it per call)."""

    def __init__(self, weights: dict[Any, float] | dict[Any, int]) -> None:
        self.values = list(weights)
        self.cumulative = list(accumulate(weights.values()))

    def pick(self, rng: random.Random) -> Any:
        return rng.choices(self.values, cum_weights=self.cumulative)[0]


STATUS = Weighted(STATUS_WEIGHTS)
PRIORITY = Weighted(PRIORITY_WEIGHTS)
CHANNEL = Weighted(CHANNEL_WEIGHTS)
CATEGORY = Weighted(CATEGORY_WEIGHTS)
TEAM = Weighted(dict(enumerate(TEAM_WEIGHTS, start=1)))


def _ticket_times(rng: random.Random, status: str, now: datetime) -> Row:
    """created/updated/responded/resolved/closed times consistent with ``status``."""
    if status in OPEN_STATUSES:
        created = now - timedelta(hours=rng.expovariate(1 / (24 * 10)))
        updated = created + (now - created) * rng.random()
    elif status == "resolved":
        created = now - timedelta(days=rng.uniform(0.5, 20))
        updated = created + timedelta(hours=rng.expovariate(1 / 20))
    else:
        created = now - timedelta(days=rng.uniform(7, 365))
        updated = created + timedelta(hours=rng.expovariate(1 / 20), days=5)
    updated = min(updated, now)
    responded = None
    if status != "new":
        responded = min(created + timedelta(minutes=rng.randint(2, 240)), updated)
    resolved = {"closed": updated - timedelta(days=5), "resolved": updated}.get(status)
    return {
        "created_at": created,
        "updated_at": updated,
        "first_response_at": responded,
        "resolved_at": resolved,
        "closed_at": updated if status == "closed" else None,
    }


def _impact(rng: random.Random, priority: int, created: datetime) -> Row:
    """Impact fields for the urgent tickets and some others; most give none."""
    if priority >= 3 and rng.random() < 0.8:
        return {"priority_reasons": ["no business impact given yet"]}
    scope = rng.choice(("individual", "team", "department", "organization"))
    urgent = priority <= 2
    return {
        "affected_scope": scope,
        "affected_count": rng.choice((1, 5, 12, 40, 300)),
        "workaround": "no" if urgent else rng.choice(("yes", "unknown")),
        "deadline_at": created + timedelta(hours=rng.choice((4, 24, 72))) if urgent else None,
        "priority_reasons": [f"affects {scope}", "no workaround"][: 1 + urgent],
    }


def _stress(rng: random.Random) -> Row:
    """Stress as the signals read it: mostly calm, a few high; none for ~10% (tickets from
    before the signals, or without an inbound message). Levels as in warmdesk.signals."""
    if rng.random() < 0.1:
        return {"stress_score": None, "stress_peak": None, "stress_level": None}
    score = round(rng.betavariate(1.5, 4), 3)  # 3 places, as stored: many tickets tie
    level = "high" if score >= 0.60 else "medium" if score >= 0.30 else "low"
    peak = round(min(1.0, score + rng.choice((0.0, 0.0, 0.1, 0.3))), 3)
    return {"stress_score": score, "stress_peak": peak, "stress_level": level}


def ticket_rows(size: int, now: datetime, pop: Population, seed: int) -> Iterator[Row]:
    """``size`` tickets with ids 1..size, in id order."""
    rng = random.Random(seed)
    # A few requesters write far more than others (Pareto-ish weights).
    requesters = Weighted({r: 1 / (rank**0.8) for rank, r in enumerate(pop.requester_orgs, 1)})
    for ticket_id in range(1, size + 1):
        status = STATUS.pick(rng)
        priority = PRIORITY.pick(rng)
        category = CATEGORY.pick(rng)
        requester = requesters.pick(rng)
        team = TEAM.pick(rng) if rng.random() < 0.88 else None
        assignee = None
        if status != "new" or rng.random() < 0.2:
            pool = pop.agents_by_team[team] if team else pop.all_agents
            assignee = rng.choice(pool or pop.all_agents) if rng.random() < 0.9 else None
        body = " ".join(rng.sample(SENTENCES, rng.randint(2, 5)))
        pending = rng.choice(("requester", "third_party"))
        times = _ticket_times(rng, status, now)
        row: Row = {
            "id": ticket_id,
            "subject": f"{rng.choice(SUBJECTS[category])} (ref {ticket_id})",
            "description": body,
            "requester_id": requester,
            "organization_id": pop.requester_orgs[requester],
            "category": category,
            "channel": CHANNEL.pick(rng),
            "status": status,
            "is_open": status in OPEN_STATUSES,
            "pending_reason": pending if status == "pending" else None,
            "priority": priority,
            "assignee_id": assignee,
            "team_id": team,
            "tier": 1 if rng.random() < 0.8 else rng.choice((2, 3)),
            "deadline_at": None,
            "affected_scope": None,
            "affected_count": None,
            "business_process": None,
            "workaround": None,
            "merged_into_id": None,
            "reopen_count": 1 if status == "reopened" else 0,
            **times,
        }
        row.update(_impact(rng, priority, times["created_at"]))
        row["impact_rank"] = impact_rank(row["affected_scope"])
        row.update(_stress(rng))
        yield row


def message_row(ticket: Row) -> Row:
    """The requester's first message: the description, as received."""
    return {
        "id": ticket["id"],
        "ticket_id": ticket["id"],
        "author_id": ticket["requester_id"],
        "kind": "inbound",
        "channel": ticket["channel"],
        "body_text": ticket["description"],
        "body_html": None,
        "raw_source": ticket["description"],
        "external_id": None,
        "created_at": ticket["created_at"],
    }


def tag_rows(ticket: Row, rng: random.Random) -> list[Row]:
    """About 30% of tickets carry one or two tags."""
    if rng.random() >= 0.3:
        return []
    return [{"ticket_id": ticket["id"], "tag": t} for t in rng.sample(TAGS, rng.randint(1, 2))]
