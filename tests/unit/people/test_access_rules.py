import pytest

from warmdesk.people.domain import (
    PeopleRuleError,
    Role,
    TicketAccessFacts,
    Viewer,
    can_view_ticket,
    check_tier,
    check_timezone,
    normalize_email,
)
from warmdesk.people.passwords import hash_password, token_hash, verify_password


def viewer(
    role: Role,
    user_id: int = 1,
    org: int | None = 10,
    shares: bool = False,
    teams: set[int] | None = None,
) -> Viewer:
    return Viewer(user_id, role, org, shares, frozenset(teams or set()))


def ticket(
    requester: int = 2, org: int | None = 10, team: int | None = 5, assignee: int | None = None
) -> TicketAccessFacts:
    return TicketAccessFacts(
        requester_id=requester, organization_id=org, team_id=team, assignee_id=assignee
    )


def test_requesters_see_only_their_own() -> None:
    me = viewer(Role.REQUESTER, user_id=2)
    assert can_view_ticket(me, ticket(requester=2))
    assert not can_view_ticket(me, ticket(requester=3))


def test_requesters_see_their_organizations_tickets_only_where_it_shares() -> None:
    sharing = viewer(Role.REQUESTER, user_id=2, org=10, shares=True)
    assert can_view_ticket(sharing, ticket(requester=3, org=10))
    assert not can_view_ticket(sharing, ticket(requester=3, org=11))
    assert not can_view_ticket(
        viewer(Role.REQUESTER, user_id=2, org=10), ticket(requester=3, org=10)
    )


def test_agents_see_their_teams_their_assignments_and_the_unrouted_queue() -> None:
    agent = viewer(Role.AGENT, user_id=7, teams={5})
    assert can_view_ticket(agent, ticket(team=5))
    assert can_view_ticket(agent, ticket(team=None))
    assert can_view_ticket(agent, ticket(team=6, assignee=7))
    assert not can_view_ticket(agent, ticket(team=6))


@pytest.mark.parametrize("role", [Role.LEAD, Role.ADMIN])
def test_leads_and_admins_see_everything(role: Role) -> None:
    assert can_view_ticket(viewer(role, teams=set()), ticket(team=99, org=None))


def test_emails_are_normalized_and_checked() -> None:
    assert normalize_email("  Sam.Lee@Example.TEST ") == "sam.lee@example.test"
    for bad in ["sam", "sam@", "<script>@x.y", "a b@c.d"]:
        with pytest.raises(PeopleRuleError):
            normalize_email(bad)


def test_timezones_must_be_real() -> None:
    assert check_timezone("Asia/Singapore") == "Asia/Singapore"
    with pytest.raises(PeopleRuleError, match="IANA"):
        check_timezone("Mars/Olympus_Mons")


def test_tiers_apply_to_staff_only() -> None:
    assert check_tier(Role.REQUESTER, 3) is None
    assert check_tier(Role.AGENT, None) == 1
    with pytest.raises(PeopleRuleError):
        check_tier(Role.AGENT, 4)


def test_passwords_are_argon2_and_verify() -> None:
    hashed = hash_password("correct-horse-battery")
    assert hashed.startswith("$argon2id$")
    assert verify_password(hashed, "correct-horse-battery")
    assert not verify_password(hashed, "wrong-horse-battery")
    assert not verify_password(None, "anything-at-all")
    assert not verify_password("not-a-hash", "anything-at-all")


def test_tokens_are_stored_as_sha256() -> None:
    assert len(token_hash("wd_secret")) == 64
    assert token_hash("wd_secret") != token_hash("wd_secret2")
