"""SLA targets follow the ticket through its life, on SQLite and PostgreSQL; breaches act
once. The default policies come from the migration: a ticket with no impact given is P4,
whose targets are first response 8 h, an update every 16 h and resolution in 40 h of
office time (Monday to Friday 09:00-17:00 UTC)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from tests.support.factories import Factory, Person
from warmdesk.audit.models import AuditEvent
from warmdesk.clock import FixedClock
from warmdesk.context import AppContext
from warmdesk.notifications.models import Notification
from warmdesk.people.domain import Role
from warmdesk.sla.breaches import SLA_TIMER_HANDLERS
from warmdesk.sla.domain import TargetKind
from warmdesk.sla.models import SlaPolicyRow, TicketSla
from warmdesk.sla.service import subject_key
from warmdesk.tickets import message_service
from warmdesk.tickets.changes import update_ticket
from warmdesk.tickets.schemas import MessageIn, TicketPatch
from warmdesk.timers.service import fire_due_timers, pending_timers

MONDAY_9 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # the suite's clock starts here


def _sla(ctx: AppContext, ticket_id: int) -> TicketSla:
    with ctx.sessions() as session:
        row = session.get(TicketSla, ticket_id)
        assert row is not None
        session.expunge(row)
        return row


def _pending(ctx: AppContext, ticket_id: int) -> set[tuple[str, str]]:
    with ctx.sessions() as session:
        return {
            (timer.kind, target.value)
            for target in TargetKind
            for timer in pending_timers(session, subject_key(ticket_id, target))
        }


def _events(ctx: AppContext, ticket_id: int, action: str) -> list[AuditEvent]:
    with ctx.sessions() as session:
        query = select(AuditEvent).where(
            AuditEvent.ticket_id == ticket_id, AuditEvent.action == action
        )
        return list(session.scalars(query))


def _desk(factory: Factory) -> tuple[Person, Person, Person]:
    requester = factory.person()
    agent = factory.person(Role.AGENT)
    lead = factory.person(Role.LEAD)
    return requester, agent, lead


def test_a_new_ticket_gets_its_targets_and_timers(ctx: AppContext, factory: Factory) -> None:
    requester, _, _ = _desk(factory)
    ticket = factory.ticket(requester)
    assert ticket.priority == 4
    sla = _sla(ctx, ticket.id)
    assert sla.first_response_due_at == MONDAY_9 + timedelta(hours=8)
    assert sla.resolution_due_at == datetime(2026, 11, 6, 17, 0, tzinfo=UTC)  # 5 office days
    assert sla.update_due_at is None  # the cadence starts with the first response
    assert sla.next_due_at == sla.first_response_due_at
    assert sla.state == "on_track"
    assert _pending(ctx, ticket.id) == {
        ("sla.breach", "first_response"),
        ("sla.at_risk", "first_response"),
        ("sla.breach", "resolution"),
        ("sla.at_risk", "resolution"),
    }


def test_a_public_reply_meets_the_first_response_and_starts_the_cadence(
    ctx: AppContext, factory: Factory, clock: FixedClock
) -> None:
    requester, agent, _ = _desk(factory)
    ticket = factory.ticket(requester)
    clock.advance(timedelta(hours=1))
    message_service.post_message(ctx, agent.viewer, ticket.id, MessageIn(body_text="On it."))
    sla = _sla(ctx, ticket.id)
    assert sla.first_response_due_at is None
    assert sla.update_due_at == datetime(2026, 11, 4, 10, 0, tzinfo=UTC)  # 16 office hours
    assert ("sla.breach", "first_response") not in _pending(ctx, ticket.id)
    assert ("sla.breach", "update") in _pending(ctx, ticket.id)
    clock.advance(timedelta(hours=2))
    message_service.post_message(ctx, agent.viewer, ticket.id, MessageIn(body_text="Update."))
    assert _sla(ctx, ticket.id).update_due_at == datetime(2026, 11, 4, 12, 0, tzinfo=UTC)


def test_an_internal_note_is_not_an_update(
    ctx: AppContext, factory: Factory, clock: FixedClock
) -> None:
    requester, agent, _ = _desk(factory)
    ticket = factory.ticket(requester)
    clock.advance(timedelta(hours=1))
    note = MessageIn(body_text="Checked the logs.", kind="note")
    message_service.post_message(ctx, agent.viewer, ticket.id, note)
    assert _sla(ctx, ticket.id).first_response_due_at == MONDAY_9 + timedelta(hours=8)


def test_waiting_on_the_requester_pauses_and_their_reply_resumes(
    ctx: AppContext, factory: Factory, clock: FixedClock
) -> None:
    requester, agent, _ = _desk(factory)
    ticket = factory.ticket(requester)
    message_service.post_message(ctx, agent.viewer, ticket.id, MessageIn(body_text="Hi"))
    before = _sla(ctx, ticket.id).resolution_due_at
    assert before is not None
    waiting = TicketPatch(status="pending", pending_reason="requester")  # type: ignore[arg-type]
    update_ticket(ctx, agent.viewer, ticket.id, waiting)
    paused = _sla(ctx, ticket.id)
    assert paused.state == "paused"
    assert paused.resolution_due_at is None
    assert not {kind for kind, _ in _pending(ctx, ticket.id)}
    clock.advance(timedelta(hours=3))  # three office hours pass while we wait
    message_service.post_message(ctx, requester.viewer, ticket.id, MessageIn(body_text="Done"))
    resumed = _sla(ctx, ticket.id)
    assert resumed.paused_since is None
    # Friday 17:00 plus the three office hours spent waiting: Monday 12:00.
    assert before == datetime(2026, 11, 6, 17, 0, tzinfo=UTC)
    assert resumed.resolution_due_at == datetime(2026, 11, 9, 12, 0, tzinfo=UTC)


def test_resolving_meets_every_target(ctx: AppContext, factory: Factory) -> None:
    requester, agent, _ = _desk(factory)
    ticket = factory.ticket(requester)
    message_service.post_message(ctx, agent.viewer, ticket.id, MessageIn(body_text="Fixed"))
    update_ticket(ctx, agent.viewer, ticket.id, TicketPatch(status="resolved"))  # type: ignore[arg-type]
    sla = _sla(ctx, ticket.id)
    assert sla.state == "met"
    assert sla.next_due_at is None
    assert _pending(ctx, ticket.id) == set()


def test_a_breach_is_recorded_and_acted_on_once(
    ctx: AppContext, factory: Factory, clock: FixedClock
) -> None:
    requester, agent, lead = _desk(factory)
    team = factory.team(members=[agent, lead])
    ticket = factory.ticket(requester)
    update_ticket(ctx, agent.viewer, ticket.id, TicketPatch(team_id=team))
    with ctx.sessions.begin() as session:
        policy = session.scalars(select(SlaPolicyRow).where(SlaPolicyRow.priority == 4)).one()
        policy.breach_actions = [{"action": "notify_lead"}, {"action": "raise_priority"}]
    clock.set(MONDAY_9 + timedelta(hours=6, minutes=5))  # at risk (75% of 8 h is 6 h)
    report = fire_due_timers(ctx, clock.now(), SLA_TIMER_HANDLERS)
    assert report.fired == 1
    assert len(_events(ctx, ticket.id, "sla_at_risk")) == 1
    clock.set(MONDAY_9 + timedelta(hours=8, minutes=1))
    fire_due_timers(ctx, clock.now(), SLA_TIMER_HANDLERS)
    fire_due_timers(ctx, clock.now() + timedelta(minutes=5), SLA_TIMER_HANDLERS)
    breaches = _events(ctx, ticket.id, "sla_breached")
    assert [event.changes["target"] for event in breaches] == ["first_response"]
    sla = _sla(ctx, ticket.id)
    assert sla.state == "breached"
    assert sla.first_response_breached_at == clock.now()
    with ctx.sessions() as session:
        notified = {
            n.user_id for n in session.scalars(select(Notification)) if n.kind == "sla_breached"
        }
    assert lead.id in notified
    raised = _events(ctx, ticket.id, "updated")[-1]
    assert raised.changes["priority"] == [4, 3]


def test_a_worker_stopped_across_the_due_time_fires_once_late_and_says_so(
    ctx: AppContext, factory: Factory, clock: FixedClock
) -> None:
    requester, _, _ = _desk(factory)
    ticket = factory.ticket(requester)
    clock.set(MONDAY_9 + timedelta(hours=11))  # the worker was down past 17:00
    report = fire_due_timers(ctx, clock.now(), SLA_TIMER_HANDLERS)
    assert report.fired >= 1
    assert len(_events(ctx, ticket.id, "sla_breached")) == 1
    late = _events(ctx, ticket.id, "timer_late")
    assert len(late) == 1
    assert "3 h" in late[0].changes["fired_late"]  # due at 17:00, fired at 20:00
    fire_due_timers(ctx, clock.now() + timedelta(minutes=1), SLA_TIMER_HANDLERS)
    assert len(_events(ctx, ticket.id, "sla_breached")) == 1
