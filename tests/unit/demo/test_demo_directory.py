"""The demo's people look like a real customer base and a real tiered desk."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from warmdesk.demo import DEMO_LOGINS
from warmdesk.demo.directory import Directory, build_directory
from warmdesk.people.domain import Role, check_timezone, normalize_email
from warmdesk.people.passwords import MIN_PASSWORD_LENGTH


@pytest.fixture(scope="module")
def directory() -> Directory:
    return build_directory(random.Random(2026))


def test_the_same_seed_gives_the_same_people(directory: Directory) -> None:
    assert build_directory(random.Random(2026)) == directory
    assert build_directory(random.Random(3)).requesters != directory.requesters


def test_three_organizations_one_of_which_shares_tickets(directory: Directory) -> None:
    assert len(directory.organizations) == 3
    assert [o.shares_tickets for o in directory.organizations].count(True) == 1
    for org in directory.organizations:
        assert org.domain.endswith(".demo")


def test_forty_plus_requesters_in_many_departments_and_timezones(directory: Directory) -> None:
    requesters = directory.requesters
    assert len(requesters) >= 40
    departments = Counter(p.department for p in requesters)
    assert {"Finance", "Payroll", "Sales", "Legal", "HR", "Engineering"} <= set(departments)
    assert {"Marketing", "Operations", "Customer Support"} <= set(departments)
    timezones = {p.timezone for p in requesters}
    assert len(timezones) >= 6
    for timezone in timezones:
        check_timezone(timezone)
    assert {p.organization for p in requesters} == {o.name for o in directory.organizations}


def test_emails_are_valid_unique_and_at_the_right_domain(directory: Directory) -> None:
    people = [*directory.staff, directory.admin, *directory.requesters]
    emails = [p.email for p in people]
    assert len(set(emails)) == len(emails)
    domains = {o.name: o.domain for o in directory.organizations}
    for person in people:
        assert normalize_email(person.email) == person.email
        expected = domains.get(person.organization or "", "warmdesk.demo")
        assert person.email.endswith(f"@{expected}")


def test_a_tiered_desk_with_a_lead_and_an_admin(directory: Directory) -> None:
    agents = [p for p in directory.staff if p.role is Role.AGENT]
    assert len(agents) >= 6
    assert {p.tier for p in agents} == {1, 2, 3}
    assert [p.role for p in directory.staff].count(Role.LEAD) == 1
    assert directory.admin.role is Role.ADMIN
    teams = {name for name, _ in directory.teams}
    assert {"Service Desk", "Infrastructure", "Identity & Access"} <= teams
    assert all(a.tier == 1 for a in directory.agents("Service Desk"))
    for team in ("Infrastructure", "Identity & Access"):
        assert {a.tier for a in directory.agents(team)} == {2, 3}


def test_only_staff_and_the_login_requesters_get_a_password(directory: Directory) -> None:
    with_password = [p for p in directory.requesters if p.password]
    assert len(with_password) == 2
    assert all(p.password for p in [*directory.staff, directory.admin])


def test_demo_logins_match_the_directory(directory: Directory) -> None:
    assert DEMO_LOGINS[0].email == "admin@warmdesk.demo"
    assert DEMO_LOGINS[0].password == "warmdesk-admin"
    roles = [login.role.split(" ")[0] for login in DEMO_LOGINS]
    assert Counter(roles) == {"admin": 1, "lead": 1, "agent": 2, "requester": 2}
    for login in DEMO_LOGINS:
        person = directory.person(login.email)
        assert person.password == login.password
        assert len(login.password) >= MIN_PASSWORD_LENGTH
        assert login.try_this
    agent_tiers = {
        directory.person(x.email).tier for x in DEMO_LOGINS if x.role.startswith("agent")
    }
    assert agent_tiers == {1, 2}
    requesters = [directory.person(x.email) for x in DEMO_LOGINS if x.role.startswith("requester")]
    sharing = {o.name: o.shares_tickets for o in directory.organizations}
    assert sorted(sharing[p.organization or ""] for p in requesters) == [False, True]
