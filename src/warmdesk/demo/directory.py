"""The demo's people, organizations and teams, drawn from a seeded random generator (pure)."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from warmdesk.demo.content.people import (
    ADMIN,
    FIRST_NAMES,
    JOB_TITLES,
    LAST_NAMES,
    ORGANIZATIONS,
    PRIVATE_REQUESTER,
    SHARED_ORG_REQUESTER,
    STAFF,
    TEAMS,
    OrganizationProfile,
    RequesterProfile,
    StaffProfile,
)
from warmdesk.demo.logins import (
    ADMIN_PASSWORD,
    AGENT_PASSWORD,
    LEAD_PASSWORD,
    REQUESTER_PASSWORD,
)
from warmdesk.people.domain import Role
from warmdesk.tickets.domain import Channel

_STAFF_PASSWORDS = {
    Role.ADMIN: ADMIN_PASSWORD,
    Role.LEAD: LEAD_PASSWORD,
    Role.AGENT: AGENT_PASSWORD,
}


@dataclass(frozen=True)
class Person:
    email: str
    name: str
    role: Role
    organization: str | None
    department: str
    job_title: str
    timezone: str
    channel: Channel
    tier: int | None
    skills: tuple[str, ...]
    teams: tuple[str, ...]
    password: str | None  # only staff and the demo-login requesters get one (argon2 is slow)

    @property
    def first_name(self) -> str:
        return self.name.split(" ")[0]


@dataclass(frozen=True)
class Directory:
    organizations: tuple[OrganizationProfile, ...]
    teams: tuple[tuple[str, str], ...]  # (name, description)
    staff: tuple[Person, ...]  # lead and agents; the admin is kept apart
    admin: Person
    requesters: tuple[Person, ...]

    @cached_property
    def _by_email(self) -> dict[str, Person]:
        return {p.email: p for p in (*self.staff, self.admin, *self.requesters)}

    def person(self, email: str) -> Person:
        return self._by_email[email]

    def agents(self, team: str, min_tier: int = 1) -> list[Person]:
        """Agents (not the lead) in ``team`` with at least ``min_tier``."""
        return [
            p
            for p in self.staff
            if p.role is Role.AGENT and team in p.teams and (p.tier or 1) >= min_tier
        ]

    @property
    def lead(self) -> Person:
        return next(p for p in self.staff if p.role is Role.LEAD)

    def organization(self, name: str) -> OrganizationProfile:
        return next(o for o in self.organizations if o.name == name)


def build_directory(rng: random.Random) -> Directory:
    """Staff and admin as written in the content, and requesters drawn from ``rng``."""
    return Directory(
        organizations=ORGANIZATIONS,
        teams=TEAMS,
        staff=tuple(_staff_person(profile) for profile in STAFF),
        admin=_staff_person(ADMIN),
        requesters=tuple(_requesters(rng)),
    )


def _staff_person(profile: StaffProfile) -> Person:
    role = Role(profile.role)
    return Person(
        email=profile.email,
        name=profile.name,
        role=role,
        organization=None,
        department="IT",
        job_title=profile.job_title,
        timezone=profile.timezone,
        channel=Channel.WEB,
        tier=profile.tier,
        skills=profile.skills,
        teams=profile.teams,
        password=_STAFF_PASSWORDS[role],
    )


def _requesters(rng: random.Random) -> Iterable[Person]:
    fixed = (SHARED_ORG_REQUESTER, PRIVATE_REQUESTER)
    taken = {profile.name for profile in fixed}
    for org in ORGANIZATIONS:
        own_fixed = [p for p in fixed if p.organization == org.name]
        yield from (_fixed_requester(profile) for profile in own_fixed)
        # Round-robin over a shuffled list, so every department of the org has someone.
        departments = list(org.departments)
        rng.shuffle(departments)
        for index in range(org.headcount - len(own_fixed)):
            name = _unique_name(rng, taken)
            department = departments[index % len(departments)]
            yield Person(
                email=f"{_email_local_part(name)}@{org.domain}",
                name=name,
                role=Role.REQUESTER,
                organization=org.name,
                department=department,
                job_title=rng.choice(JOB_TITLES[department]),
                # Most people sit in the head office; the others spread over the rest.
                timezone=rng.choices(org.offices, weights=(5, 3, 2))[0],
                channel=rng.choices(org.channels, weights=(5, 3, 2)[: len(org.channels)])[0],
                tier=None,
                skills=(),
                teams=(),
                password=None,
            )


def _fixed_requester(profile: RequesterProfile) -> Person:
    return Person(
        email=profile.email,
        name=profile.name,
        role=Role.REQUESTER,
        organization=profile.organization,
        department=profile.department,
        job_title=profile.job_title,
        timezone=profile.timezone,
        channel=profile.channel,
        tier=None,
        skills=(),
        teams=(),
        password=REQUESTER_PASSWORD,
    )


def _unique_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        if name not in taken:
            taken.add(name)
            return name


def _email_local_part(name: str) -> str:
    """``"Chloé O'Connor"`` -> ``"chloe.oconnor"``: ASCII letters, digits and hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    first, _, last = ascii_name.lower().partition(" ")
    keep = set("abcdefghijklmnopqrstuvwxyz0123456789-")
    return "".join(c for c in first if c in keep) + "." + "".join(c for c in last if c in keep)
