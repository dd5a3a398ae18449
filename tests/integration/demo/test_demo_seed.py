"""Seeding the demo through the real services on SQLite: counts, spreads, genuine history."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.integration.demo.seeding import SeededDemo
from warmdesk.audit.models import AuditEvent
from warmdesk.demo import DEMO_LOGINS, seed_demo
from warmdesk.demo.content.people import PRIVATE_REQUESTER, SHARED_ORG_REQUESTER
from warmdesk.demo.plan import plan_demo
from warmdesk.people import repository as people_repository
from warmdesk.people.auth import sign_in
from warmdesk.people.models import Organization, Team, User
from warmdesk.tickets import service as tickets
from warmdesk.tickets.domain import (
    OPEN_STATUSES,
    Category,
    LinkKind,
    MessageKind,
    PendingReason,
    ReplyOutcome,
    Status,
    impact_rank,
    requester_reply_outcome,
)
from warmdesk.tickets.models import Message, Ticket, TicketLink
from warmdesk.tickets.queries import TicketFilters


def all_tickets(session: Session) -> list[Ticket]:
    return list(session.scalars(select(Ticket).order_by(Ticket.id)))


def messages_per_ticket(session: Session) -> Counter[int]:
    rows = session.execute(select(Message.ticket_id, func.count()).group_by(Message.ticket_id))
    return Counter({ticket_id: n for ticket_id, n in rows})


def row_counts(session: Session) -> dict[str, int]:
    models: list[type[Any]] = [Ticket, Message, User, AuditEvent, TicketLink, Organization, Team]
    return {m.__name__: session.scalar(select(func.count()).select_from(m)) or 0 for m in models}


def test_the_summary_matches_the_database_and_the_brief(seeded_demo: SeededDemo) -> None:
    summary = seeded_demo.summary
    assert summary.created is True
    with seeded_demo.ctx.sessions() as session:
        counts = row_counts(session)
        roles = people_repository.count_users_by_role(session)
    assert summary.tickets == counts["Ticket"] >= 200
    assert summary.messages == counts["Message"] > summary.tickets * 3
    assert summary.requesters == roles["requester"] >= 40
    assert summary.agents == roles["agent"] >= 6
    assert roles["lead"] == 1
    assert roles["admin"] == 1
    assert summary.organizations == counts["Organization"] == 3
    assert summary.teams == counts["Team"] >= 2


def test_tickets_spread_over_the_last_sixty_days(seeded_demo: SeededDemo) -> None:
    now = seeded_demo.now
    with seeded_demo.ctx.sessions() as session:
        created = [t.created_at for t in all_tickets(session)]
    assert min(created) >= now - timedelta(days=60)
    assert max(created) <= now
    by_ten_days = Counter((now - moment).days // 10 for moment in created)
    assert sorted(by_ten_days) == [0, 1, 2, 3, 4, 5]
    assert min(by_ten_days.values()) >= 15


def test_every_category_and_a_realistic_mix_of_statuses(seeded_demo: SeededDemo) -> None:
    with seeded_demo.ctx.sessions() as session:
        rows = all_tickets(session)
    categories = Counter(t.category for t in rows)
    assert {c.value for c in Category if c is not Category.OTHER} <= set(categories)
    statuses = Counter(t.status for t in rows)
    assert {s.value for s in Status} == set(statuses)
    assert statuses["closed"] > len(rows) / 2
    assert 5 <= statuses["new"] + statuses["open"] + statuses["pending"] < len(rows) / 4
    reasons = {t.pending_reason for t in rows if t.status == "pending"}
    assert reasons == {PendingReason.REQUESTER.value, PendingReason.THIRD_PARTY.value}
    assert all(t.is_open == (Status(t.status) in OPEN_STATUSES) for t in rows)
    assert any(t.reopen_count > 0 for t in rows if t.status == "closed")


def test_conversations_have_one_to_eight_messages(seeded_demo: SeededDemo) -> None:
    with seeded_demo.ctx.sessions() as session:
        rows = all_tickets(session)
        per_ticket = messages_per_ticket(session)
    for ticket in rows:
        if ticket.merged_into_id is None:
            assert 1 <= per_ticket[ticket.id] <= 8, ticket.id
        else:
            assert per_ticket[ticket.id] == 0  # moved to the ticket it was merged into
    assert len(set(per_ticket.values())) >= 6  # short and long conversations


def test_escalated_tickets_sit_with_tier_2_3_teams_after_a_handoff_note(
    seeded_demo: SeededDemo,
) -> None:
    with seeded_demo.ctx.sessions() as session:
        teams = {team.id: team.name for team in session.scalars(select(Team))}
        escalated = [t for t in all_tickets(session) if t.tier > 1]
        notes = {
            m.ticket_id
            for m in session.scalars(select(Message).where(Message.kind == "internal"))
            if m.body_text.startswith("Handing over to")
        }
        assignee_tiers = {
            t.id: session.get(User, t.assignee_id).tier  # type: ignore[union-attr]
            for t in escalated
        }
    assert len(escalated) >= 20
    assert {teams[t.team_id] for t in escalated if t.team_id} == {
        "Infrastructure",
        "Identity & Access",
    }
    assert {t.tier for t in escalated} == {2, 3}
    assert {t.id for t in escalated} <= notes
    assert all(tier is not None and tier >= 2 for tier in assignee_tiers.values())


def test_duplicates_are_merged_and_related_tickets_linked(seeded_demo: SeededDemo) -> None:
    with seeded_demo.ctx.sessions() as session:
        rows = {t.id: t for t in all_tickets(session)}
        links = list(session.scalars(select(TicketLink)))
    merged = [t for t in rows.values() if t.merged_into_id is not None]
    assert len(merged) >= 3
    for ticket in merged:
        assert ticket.status == "closed"
        assert rows[ticket.merged_into_id].requester_id == ticket.requester_id  # type: ignore[index]
    kinds = Counter(link.kind for link in links)
    assert kinds[LinkKind.DUPLICATE_OF.value] == len(merged)
    assert kinds[LinkKind.CAUSED_BY.value] >= 6  # reports linked to their major incident
    assert kinds[LinkKind.RELATED.value] + kinds[LinkKind.FOLLOW_UP_OF.value] >= 4
    follow_ups = [t for t in rows.values() if t.subject.startswith("Follow-up:")]
    assert follow_ups
    assert all(t.status == "new" for t in follow_ups)


def test_history_went_through_the_services(seeded_demo: SeededDemo) -> None:
    """Timestamps and audit rows are the ones the services wrote on the moving clock."""
    now = seeded_demo.now
    with seeded_demo.ctx.sessions() as session:
        rows = all_tickets(session)
        first_outbound = dict(
            session.execute(
                select(Message.ticket_id, func.min(Message.created_at))
                .where(Message.kind == MessageKind.OUTBOUND.value)
                .group_by(Message.ticket_id)
            ).all()
        )
        audit_actions = Counter(session.scalars(select(AuditEvent.action)))
        latest_audit = session.scalar(select(func.max(AuditEvent.created_at)))
    for ticket in rows:
        if ticket.id in first_outbound and ticket.merged_into_id is None:
            assert ticket.first_response_at is not None
            assert ticket.created_at < ticket.first_response_at
            assert ticket.first_response_at <= first_outbound[ticket.id]
        if ticket.status in ("resolved", "closed") and ticket.merged_into_id is None:
            assert ticket.resolved_at is not None
        if ticket.status == "closed":
            assert ticket.closed_at is not None
            assert ticket.closed_at <= now
        assert ticket.updated_at <= now
    assert latest_audit is not None
    assert latest_audit <= now
    for action in ("created", "updated", "merged_into", "linked", "follow_up_opened"):
        assert audit_actions[action] > 0, action
    assert audit_actions["internal_message"] > 0


def test_final_statuses_are_the_ones_the_plan_intended(seeded_demo: SeededDemo) -> None:
    plan = plan_demo(seeded_demo.now, seed=2026)
    with seeded_demo.ctx.sessions() as session:
        seeded = sorted((t.created_at, t.status) for t in all_tickets(session))
    intended = sorted((t.created_at, t.final_status.value) for t in plan.tickets)
    assert seeded == intended


def test_some_tickets_carry_business_impact(seeded_demo: SeededDemo) -> None:
    with seeded_demo.ctx.sessions() as session:
        rows = all_tickets(session)
    impact = [t for t in rows if t.business_process]
    assert len(impact) >= 30
    assert any(t.deadline_at is not None for t in impact)
    assert {t.affected_scope for t in impact} >= {"individual", "team", "department"}
    assert {t.workaround for t in impact} >= {"yes", "no"}
    assert any(t.priority == 1 for t in rows)
    assert any(r.startswith("set to P") for t in rows for r in t.priority_reasons)


def test_progress_is_reported_to_the_end(seeded_demo: SeededDemo) -> None:
    done = [d for d, _ in seeded_demo.progress]
    totals = {total for _, total in seeded_demo.progress}
    assert len(totals) == 1
    assert done == list(range(1, totals.pop() + 1))
    assert seeded_demo.seconds < 120  # measured ~10 s; this only guards against a collapse


def test_seeding_again_changes_nothing(seeded_demo: SeededDemo) -> None:
    ctx = seeded_demo.ctx
    with ctx.sessions() as session:
        before = row_counts(session)
    again = seed_demo(ctx, now=seeded_demo.now + timedelta(days=3))
    with ctx.sessions() as session:
        after = row_counts(session)
    assert again.created is False
    assert after == before
    assert again.tickets == before["Ticket"]
    assert again.messages == before["Message"]


def test_every_demo_login_signs_in_with_its_role(seeded_demo: SeededDemo) -> None:
    for login in DEMO_LOGINS:
        viewer = sign_in(seeded_demo.ctx, login.email, login.password).viewer
        assert viewer.role.value == login.role.split(" ")[0]


def test_requesters_see_their_organization_only_where_it_shares(seeded_demo: SeededDemo) -> None:
    ctx = seeded_demo.ctx
    with ctx.sessions() as session:
        maya = people_repository.get_user_by_email(session, SHARED_ORG_REQUESTER.email)
        daniel = people_repository.get_user_by_email(session, PRIVATE_REQUESTER.email)
        assert maya is not None
        assert daniel is not None
        maya_viewer = people_repository.viewer_for_user(session, maya)
        daniel_viewer = people_repository.viewer_for_user(session, daniel)
    maya_sees = tickets.list_tickets(ctx, maya_viewer, TicketFilters(), limit=200).items
    daniel_sees = tickets.list_tickets(ctx, daniel_viewer, TicketFilters(), limit=200).items
    assert len({t.requester_id for t in maya_sees}) > 3
    assert {t.organization_id for t in maya_sees} == {maya.organization_id}
    assert {t.requester_id for t in daniel_sees} == {daniel.id}
    assert any(t.status == "pending" and t.requester_id == maya.id for t in maya_sees)


def test_the_private_requester_can_still_reopen_his_resolved_ticket(
    seeded_demo: SeededDemo,
) -> None:
    window = timedelta(days=seeded_demo.ctx.settings.tickets.reopen_window_days)
    with seeded_demo.ctx.sessions() as session:
        daniel = people_repository.get_user_by_email(session, PRIVATE_REQUESTER.email)
        assert daniel is not None
        resolved = session.scalars(
            select(Ticket).where(Ticket.requester_id == daniel.id, Ticket.status == "resolved")
        ).all()
    assert resolved
    soon = seeded_demo.now + timedelta(days=2)
    outcome = requester_reply_outcome(Status.RESOLVED, None, resolved[0].resolved_at, soon, window)
    assert outcome is ReplyOutcome.REOPEN


def test_the_tier_2_demo_agent_has_escalated_work(seeded_demo: SeededDemo) -> None:
    login = next(x for x in DEMO_LOGINS if x.role.startswith("agent (tier 2"))
    with seeded_demo.ctx.sessions() as session:
        lukas = people_repository.get_user_by_email(session, login.email)
        assert lukas is not None
        assigned = session.scalars(select(Ticket).where(Ticket.assignee_id == lukas.id)).all()
    assert any(t.tier >= 2 for t in assigned)
    assert len(assigned) >= 5


def test_every_ticket_ranks_its_impact_as_its_scope_says(seeded_demo: SeededDemo) -> None:
    """The demo sets scopes on opening, reads them from the text and corrects them later:
    the stored rank the impact sort reads follows each of those writes."""
    with seeded_demo.ctx.sessions() as session:
        tickets = all_tickets(session)

    stored = {t.id: t.impact_rank for t in tickets}

    assert stored == {t.id: impact_rank(t.affected_scope) for t in tickets}
    assert set(stored.values()) == {1, 2, 3, 4, 5}
