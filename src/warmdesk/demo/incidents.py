"""Major incidents: one failure, several reports, one of them resent and merged, the rest
linked to the first, and one fix announced everywhere."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from warmdesk.demo import writer
from warmdesk.demo.content import desk
from warmdesk.demo.content.incidents import INCIDENTS, IncidentText
from warmdesk.demo.content.people import SERVICE_DESK
from warmdesk.demo.content.voices import Tone
from warmdesk.demo.directory import Person
from warmdesk.demo.episodes import close, merge_duplicate, resend
from warmdesk.demo.steps import (
    Arc,
    Impact,
    LinkTickets,
    OpenTicket,
    TicketChange,
    TicketDraft,
)
from warmdesk.demo.story import CHAT_CHANNELS, Opening, PlanContext, Story, StoryBuilder
from warmdesk.tickets.domain import (
    AffectedScope,
    Category,
    LinkKind,
    PendingReason,
    Status,
    Workaround,
)

REPORTS_PER_INCIDENT = 5  # the first report and four more
_REPORT_TONES = (Tone.HURRIED, Tone.CALM, Tone.ANGRY, Tone.CALM, Tone.GRATEFUL)


def plan_incidents(
    ctx: PlanContext, keys: Iterator[int], *, limit: datetime, earliest: datetime
) -> list[Story]:
    stories: list[Story] = []
    taken: set[str] = set()
    for text in INCIDENTS:
        stories += _plan_incident(ctx, text, keys, taken, limit=limit, earliest=earliest)
    return stories


def _plan_incident(
    ctx: PlanContext,
    text: IncidentText,
    keys: Iterator[int],
    taken: set[str],
    *,
    limit: datetime,
    earliest: datetime,
) -> list[Story]:
    rng = ctx.rng
    start = _start(ctx.now, text)
    people = [p for p in ctx.directory.requesters if p.timezone in text.timezones]
    people = [p for p in people if p.email not in taken]
    reporters = rng.sample(people, min(REPORTS_PER_INCIDENT, len(people)))
    taken.update(p.email for p in reporters)
    ongoing = text.duration_minutes is None

    first = _report(ctx, text, next(keys), reporters[0], start, Tone.HURRIED, ongoing, True)
    duplicate_key = next(keys)
    resend(first, duplicate_key)
    others = [
        _report(ctx, text, next(keys), person, start + timedelta(minutes=rng.uniform(6, 75)),
                _REPORT_TONES[i % len(_REPORT_TONES)], ongoing, False)
        for i, person in enumerate(reporters[1:], start=1)
    ]  # fmt: skip
    specialist = _take_charge(first, text, duplicate_key)
    linked_from = first.t
    for report in others:
        _answer_known_issue(report, text, ctx.directory.lead, linked_from, first.key)
    if ongoing:
        _wait_for_vendor(first, specialist, text)
    else:
        fixed_at = start + timedelta(minutes=text.duration_minutes or 0)
        for report in (first, *others):
            _announce_fix(report, text, fixed_at)
            close(report)
    arc_first = Arc.PENDING_THIRD_PARTY if ongoing else Arc.CLOSED
    arc_others = Arc.OPEN if ongoing else Arc.CLOSED
    return [
        first.finish(arc_first, limit=limit, earliest=earliest),
        *(r.finish(arc_others, limit=limit, earliest=earliest) for r in others),
    ]


def _start(now: datetime, text: IncidentText) -> datetime:
    zone = ZoneInfo(text.timezones[0])
    day = (now - timedelta(days=text.days_ago)).astimezone(zone).date()
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime.combine(day, text.local_start, tzinfo=zone).astimezone(UTC)


def _report(
    ctx: PlanContext,
    text: IncidentText,
    key: int,
    person: Person,
    at: datetime,
    tone: Tone,
    ongoing: bool,
    first: bool,
) -> StoryBuilder:
    arc = Arc.PENDING_THIRD_PARTY if ongoing and first else Arc.OPEN if ongoing else Arc.CLOSED
    opening = Opening(key, person, text.category, tone, person.channel, at, arc)
    b = StoryBuilder(ctx, opening)
    b.priority = 1  # an outage is worked at once, by whoever is on call
    subject = ctx.rng.choice(text.report_subjects)
    problem = ctx.rng.choice(text.report_problems)
    chat = person.channel in CHAT_CHANNELS
    body = writer.requester_letter(ctx.rng, tone, b.scene, [problem], chat=chat)
    draft = TicketDraft(subject, body, text.category, person.channel, None)
    b.add(OpenTicket(at, key, person.email, person.email, draft))
    b.messages = 1
    b.problem = problem
    b.scene["subject"] = subject
    return b


def _take_charge(b: StoryBuilder, text: IncidentText, duplicate_key: int) -> Person:
    """Tier 1 names the incident, merges the resent report, answers, and hands over."""
    rng = b.rng
    agent = b.pick_agent(SERVICE_DESK, 1, (5, 12))
    b.act_as(agent)
    impact = Impact(
        business_process=text.process,
        deadline_at=None,
        affected_scope=AffectedScope.ORGANIZATION,
        affected_count=text.affected_count,
        workaround=Workaround.NO,
    )
    change = TicketChange(
        team=SERVICE_DESK,
        assignee=agent.email,
        category=Category.OUTAGE,
        subject=text.title,
        tags=("major-incident", text.tag),
        impact=impact,
        priority=1,
        priority_reason=f"major incident: {text.affected_count} people cannot work normally",
    )
    b.change(agent, change, mark="triage")
    merge_duplicate(b, duplicate_key)
    b.wait((1, 4))
    b.promise()
    b.post(agent, writer.custom_reply(rng, b.scene, [text.acknowledgement]))
    b.wait((2, 6))
    b.scene.update(target_team=text.team, tier="2", subject=text.title)
    handoff = desk.HANDOFF_NOTE.format_map(
        {**b.scene, "checks": text.checks, "reason": text.reason, "impact": _impact_words(text)}
    )
    b.post(agent, handoff, note=True)
    b.wait((1, 3))
    b.change(agent, TicketChange(team=text.team, tier=2, unassign=True), mark="escalated")
    b.escalated_to = text.team
    specialist = b.pick_agent(text.team, 2, (5, 20))
    b.change(specialist, TicketChange(assignee=specialist.email))
    b.act_as(specialist)
    b.wait((3, 12))
    b.promise()
    promise = rng.choice(desk.PROMISES)
    b.post(specialist, writer.custom_reply(rng, b.scene, [text.specialist_update, promise]))
    b.wait((2, 10))
    b.post(b.ctx.directory.lead, text.lead_note, note=True)
    return specialist


def _answer_known_issue(
    b: StoryBuilder, text: IncidentText, lead: Person, linked_from: datetime, first_key: int
) -> None:
    agent = b.pick_agent(SERVICE_DESK, 1, (3, 15))
    b.act_as(agent)
    b.change(
        agent,
        TicketChange(team=SERVICE_DESK, assignee=agent.email, tags=("major-incident", text.tag)),
        mark="triage",
    )
    b.wait((1, 5))
    b.promise()
    b.post(agent, writer.custom_reply(b.rng, b.scene, [text.known_issue_reply]))
    b.wait_until(linked_from)
    b.wait((1, 10))
    b.add(LinkTickets(b.t, b.key, lead.email, target=first_key, kind=LinkKind.CAUSED_BY))


def _announce_fix(b: StoryBuilder, text: IncidentText, fixed_at: datetime) -> None:
    if b.agent is None:
        raise AssertionError("every report is assigned before the fix is announced")
    b.wait_until(fixed_at)
    b.wait((2, 30))
    reopen = b.rng.choice(desk.REOPEN_PATHS)
    b.post(b.agent, writer.custom_reply(b.rng, b.scene, [text.fix, reopen]))
    b.wait((1, 3))
    b.change(b.agent, TicketChange(status=Status.RESOLVED))


def _wait_for_vendor(b: StoryBuilder, specialist: Person, text: IncidentText) -> None:
    b.wait((20, 60))
    b.scene["ref"] = f"CS-{b.rng.randint(100000, 999999)}"
    b.scene["vendor"] = "the storage vendor"
    b.post(specialist, writer.vendor_note(b.rng, b.scene), note=True)
    b.wait((2, 8))
    b.promise()
    tail = b.rng.choice(desk.VENDOR_TAILS)
    b.post(specialist, writer.custom_reply(b.rng, b.scene, [text.vendor_wait, tail]))
    b.wait((1, 3))
    b.change(
        specialist,
        TicketChange(status=Status.PENDING, pending_reason=PendingReason.THIRD_PARTY),
    )


def _impact_words(text: IncidentText) -> str:
    return f"{text.affected_count} people; blocks {text.process}; no workaround"
