"""The episodes a ticket's story is made of, and how each arc strings them together."""

from __future__ import annotations

from datetime import timedelta

from warmdesk.demo import writer
from warmdesk.demo.content import desk, voices
from warmdesk.demo.content.people import SERVICE_DESK
from warmdesk.demo.content.voices import Tone
from warmdesk.demo.directory import Person
from warmdesk.demo.steps import (
    Arc,
    MergeTickets,
    OpenTicket,
    PostMessage,
    TicketChange,
    TicketDraft,
    TicketOutline,
)
from warmdesk.demo.story import (
    CHAT_CHANNELS,
    FIRST_RESPONSE_MINUTES,
    StoryBuilder,
    priority_for,
)
from warmdesk.demo.timing import is_working_time, next_working_time
from warmdesk.tickets.domain import AffectedScope, Channel, PendingReason, Status

# Messages a finished story keeps back for its ending while its middle is chosen: the
# resolution, and for a reopened ticket the requester's "it's back".
_ENDING_MESSAGES = {Arc.RESOLVED: 1, Arc.CLOSED: 1, Arc.REOPENED: 2}


def tell(b: StoryBuilder) -> None:
    """Write the whole story of ``b``'s opening, ending where its arc says."""
    arc, rng = b.opening.arc, b.rng
    open_ticket(b)
    if b.opening.duplicate_key is not None:
        resend(b, b.opening.duplicate_key)
    if arc is Arc.NEW:
        if b.opening.tone in (Tone.HURRIED, Tone.ANGRY) and rng.random() < 0.5:
            nudge(b, after=(30, 150))
        return
    triage(b)
    if b.opening.duplicate_key is not None:
        merge_duplicate(b, b.opening.duplicate_key)
    acknowledge(b, rushed=rng.random() < 0.07)
    if arc is Arc.OPEN:
        _work_in_progress(b)
    elif arc is Arc.PENDING_REQUESTER:
        _wait_on_requester(b)
    elif arc is Arc.PENDING_THIRD_PARTY:
        if _should_escalate(b, reserve=2):
            escalate(b, tier=_tier(b), with_findings=False)
        wait_on_vendor(b)
        if b.room(1) and rng.random() < 0.4:
            nudge(b, after=(180, 2880))
    else:
        _work_to_resolution(b)


def _should_escalate(b: StoryBuilder, *, reserve: int) -> bool:
    return b.opening.escalate and b.room(2 + reserve)


def _tier(b: StoryBuilder) -> int:
    return 3 if b.rng.random() < 0.15 else 2


def _work_in_progress(b: StoryBuilder) -> None:
    """Still being worked: a question answered or a nudge, maybe a handoff, maybe a note."""
    roll = b.rng.random()
    if roll < 0.5 and b.room(2):
        ask(b)
        answer(b)
    elif roll < 0.75 and b.room(1):
        nudge(b, after=(120, 1440))
    if _should_escalate(b, reserve=0):
        escalate(b, tier=_tier(b))
    if b.room(1) and b.rng.random() < 0.3:
        work_note(b)


def _wait_on_requester(b: StoryBuilder) -> None:
    """Waiting on the requester: for an answer from tier 1, or to confirm a specialist's fix."""
    if _should_escalate(b, reserve=1):
        escalate(b, tier=_tier(b))
        ask_to_confirm(b)
        return
    if b.room(2) and b.rng.random() < 0.3:
        work_note(b)
    ask(b)


def _work_to_resolution(b: StoryBuilder) -> None:
    arc, rng = b.opening.arc, b.rng
    reserve = _ENDING_MESSAGES[arc]
    roll = rng.random()
    asked = roll < 0.3 and b.room(2 + reserve)
    vendor = not asked and roll < 0.42 and bool(b.case.vendor_wait)
    if asked:
        ask(b)
        answer(b)
    if _should_escalate(b, reserve=reserve + (2 if vendor else 0)):
        escalate(b, tier=_tier(b), with_findings=not vendor)
    if vendor and b.room(2 + reserve):
        wait_on_vendor(b)
        vendor_back(b)
    if b.escalated_to and rng.random() < 0.2 and b.room(1 + reserve):
        bring_in_tier3(b)
    if rng.random() < 0.15 and b.room(1 + reserve):
        work_note(b)
    resolve(b, confirm=rng.random() < 0.35 and b.room(2 + reserve))
    if arc is Arc.REOPENED:
        relapse(b)
        if b.room(1) and rng.random() < 0.5:
            respond_to_relapse(b)
        return
    if arc is Arc.RESOLVED:
        return
    if rng.random() < 0.08 and b.room(3) and b.ctx.reopen_window >= timedelta(days=1):
        relapse(b)
        respond_to_relapse(b)
        resolve(b, confirm=False)
    close(b)
    if b.opening.follow_up_key is not None:
        return_late(b, b.opening.follow_up_key)


def open_ticket(b: StoryBuilder) -> None:
    opening, rng = b.opening, b.rng
    impact = opening.impact
    channel = opening.channel
    phone_agent = None
    if channel is Channel.PHONE:
        # A call is only taken when someone is at the desk; otherwise the person emails.
        on_shift = _on_shift(b, b.ctx.directory.agents(SERVICE_DESK))
        phone_agent = rng.choice(on_shift) if on_shift else None
        channel = Channel.PHONE if phone_agent else Channel.EMAIL
    subject = writer.subject(rng, b.case, opening.tone, b.scene)
    description = writer.first_message(
        rng,
        b.case,
        opening.tone,
        b.scene,
        chat=channel in CHAT_CHANNELS or phone_agent is not None,
        mentions_deadline=impact is not None and impact.deadline_at is not None,
        mentions_scope=impact is not None and impact.affected_scope is not AffectedScope.INDIVIDUAL,
        workaround=impact.workaround if impact else None,
    )
    b.problem = writer.fill(b.case.problem, b.scene)
    if phone_agent is not None:
        description = f"{rng.choice(voices.PHONE_INTROS)}\n\n{description}"
    on_form = impact is not None and channel in (*CHAT_CHANNELS, Channel.WEB)
    draft = TicketDraft(
        subject=subject,
        description=description,
        category=opening.form_category or opening.category,
        channel=channel,
        impact=impact if on_form else None,
    )
    b.scene["subject"] = subject
    b.priority = priority_for(draft.impact, b.t)
    if phone_agent is None:
        b.add(OpenTicket(b.t, b.key, b.requester.email, b.requester.email, draft))
    else:
        b.act_as(phone_agent)
        b.add(
            OpenTicket(
                b.t,
                b.key,
                phone_agent.email,
                b.requester.email,
                draft,
                team=SERVICE_DESK,
                assignee=phone_agent.email,
            ),
            mark="triage",
        )
        b.agent = phone_agent
    b.messages = 1
    b.impact_on_form = on_form


def resend(b: StoryBuilder, duplicate_key: int) -> None:
    """The requester sends the same problem again through another channel."""
    b.wait((4, 40))
    channel = Channel.WEB if b.opening.channel is not Channel.WEB else Channel.EMAIL
    body = writer.duplicate_message(b.rng, b.problem)
    draft = TicketDraft(b.scene["subject"], body, b.opening.category, channel, None)
    b.add(OpenTicket(b.t, duplicate_key, b.requester.email, b.requester.email, draft), "resent")
    outline = TicketOutline(
        key=duplicate_key,
        requester=b.requester.email,
        category=b.opening.category,
        tone=b.opening.tone,
        arc=Arc.CLOSED,
        created_at=b.t,
        final_status=Status.CLOSED,
        messages=0,  # its one message moves to the ticket it is merged into
        merged_into=b.key,
    )
    b.extra.append(("resent", outline))


def triage(b: StoryBuilder) -> None:
    """A tier 1 agent takes the ticket into the Service Desk queue and tags it."""
    if b.agent is not None:  # taken by phone: already in the queue
        return
    low, high = FIRST_RESPONSE_MINUTES[b.priority]
    agent = b.pick_agent(SERVICE_DESK, 1, (low * 0.7, high * 0.7))
    b.act_as(agent)
    tags = [b.opening.category.value]
    if b.rng.random() < 0.4:
        tags.append(b.rng.choice(b.text.tags))
    override = None
    if b.rng.random() < 0.04 and b.priority > 1:
        override = b.priority - 1
        tags.append("vip")
    change = TicketChange(
        team=SERVICE_DESK,
        assignee=agent.email,
        tags=tuple(tags),
        category=b.opening.category if b.opening.form_category else None,
        impact=None if b.impact_on_form else b.opening.impact,
        priority=override,
        priority_reason=(
            f"{b.requester.first_name} is {b.rng.choice(desk.PRIORITY_OVERRIDES)}"
            if override
            else None
        ),
    )
    b.change(agent, change, mark="triage")


def merge_duplicate(b: StoryBuilder, duplicate_key: int) -> None:
    agent = _agent(b)
    b.wait((1, 3))
    b.add(MergeTickets(b.t, duplicate_key, agent.email, into=b.key))
    b.messages += 1


def acknowledge(b: StoryBuilder, *, rushed: bool) -> None:
    agent = _agent(b)
    b.desk_wait((1, 8))
    b.promise()
    if rushed:
        body = writer.rushed_reply(b.rng)
    else:
        mentions_impact = b.opening.impact is not None and bool(b.scene["deadline"])
        body = writer.acknowledgement(
            b.rng, b.case, b.opening.tone, b.scene, mentions_impact=mentions_impact
        )
    b.post(agent, body)


def ask(b: StoryBuilder) -> None:
    agent = _agent(b)
    b.desk_wait(b.desk_delay())
    b.promise()
    b.post(agent, writer.question(b.rng, b.case, b.scene))
    b.wait((1, 3))
    b.change(agent, TicketChange(status=Status.PENDING, pending_reason=PendingReason.REQUESTER))


def answer(b: StoryBuilder) -> None:
    b.wait((15, 1440), b.requester if b.rng.random() < 0.8 else None)
    b.post(b.requester, writer.answer(b.rng, b.case, b.opening.tone, b.scene))


def nudge(b: StoryBuilder, *, after: tuple[float, float]) -> None:
    b.wait(after, b.requester if b.rng.random() < 0.8 else None)
    b.post(b.requester, writer.nudge(b.rng, b.opening.tone, b.scene))


def work_note(b: StoryBuilder) -> None:
    agent = _agent(b)
    b.desk_wait((5, 120))
    b.post(agent, writer.work_note(b.rng, b.scene), note=True)


def escalate(b: StoryBuilder, *, tier: int, with_findings: bool = True) -> None:
    """Handoff note, then the ticket goes to the tier 2/3 team's queue, unassigned, where
    a specialist on shift picks it up and introduces themselves."""
    agent = _agent(b)
    team = b.text.escalate_to
    b.desk_wait(b.desk_delay())
    b.scene.update(target_team=team, tier=str(tier), impact=b.impact_summary())
    b.post(agent, writer.handoff_note(b.rng, b.text, b.case, b.scene), note=True)
    b.wait((1, 4))
    b.change(agent, TicketChange(team=team, tier=tier, unassign=True), mark="escalated")
    b.escalated_to = team
    specialist = b.pick_agent(team, tier, (10, 150))
    b.change(specialist, TicketChange(assignee=specialist.email))
    b.scene["prev_agent"] = agent.first_name
    b.act_as(specialist)
    b.desk_wait((2, 20))
    b.promise()
    b.post(specialist, writer.pickup(b.rng, b.case, b.scene, with_findings=with_findings))


def bring_in_tier3(b: StoryBuilder) -> None:
    agent = _agent(b)
    if (agent.tier or 1) >= 3 or b.escalated_to is None:
        return
    tier3 = b.pick_agent(b.escalated_to, 3, b.desk_delay())
    b.post(agent, writer.tier3_note(b.rng, b.scene), note=True)
    b.wait((1, 5))
    b.change(agent, TicketChange(tier=3, assignee=tier3.email))
    b.act_as(tier3)


def wait_on_vendor(b: StoryBuilder) -> None:
    agent = _agent(b)
    b.desk_wait(b.desk_delay())
    b.scene["ref"] = f"CS-{b.rng.randint(100000, 999999)}"
    b.post(agent, writer.vendor_note(b.rng, b.scene), note=True)
    b.wait((2, 10))
    b.promise()
    b.post(agent, writer.vendor_reply(b.rng, b.case, b.scene))
    b.wait((1, 3))
    b.change(agent, TicketChange(status=Status.PENDING, pending_reason=PendingReason.THIRD_PARTY))


def vendor_back(b: StoryBuilder) -> None:
    agent = _agent(b)
    b.desk_wait((600, 4000))
    b.change(agent, TicketChange(status=Status.OPEN))


def ask_to_confirm(b: StoryBuilder) -> None:
    """The fix is in; the desk asks the requester to check it (pending on them)."""
    agent = _agent(b)
    b.desk_wait(b.desk_delay())
    b.promise()
    b.post(agent, writer.resolution(b.rng, b.case, b.scene, ask_to_confirm=True))
    b.wait((1, 3))
    b.change(agent, TicketChange(status=Status.PENDING, pending_reason=PendingReason.REQUESTER))


def resolve(b: StoryBuilder, *, confirm: bool) -> None:
    agent = _agent(b)
    if confirm:
        ask_to_confirm(b)
        b.wait((15, 480), b.requester)
        b.post(b.requester, writer.confirmation(b.rng, b.opening.tone, b.scene))
        b.desk_wait((10, 90))
        b.post(agent, writer.closing_after_confirmation(b.rng, b.scene))
    else:
        b.desk_wait(b.desk_delay())
        b.post(agent, writer.resolution(b.rng, b.case, b.scene, ask_to_confirm=False))
    b.wait((1, 3))
    b.change(agent, TicketChange(status=Status.RESOLVED))


def relapse(b: StoryBuilder) -> None:
    """The problem comes back inside the reopen window, so the reply reopens the ticket."""
    window = b.ctx.reopen_window.total_seconds() / 60
    resolved_at = b.t
    b.wait((window * 0.05, window * 0.45))
    in_office = next_working_time(b.t, b.requester.timezone, b.rng)
    if (in_office - resolved_at).total_seconds() / 60 < window * 0.9:
        b.t = in_office
    b.post(b.requester, writer.relapse(b.rng, b.case, b.opening.tone, b.scene))


def respond_to_relapse(b: StoryBuilder) -> None:
    agent = _agent(b)
    b.desk_wait(FIRST_RESPONSE_MINUTES[b.priority])
    b.promise()
    b.post(agent, writer.relapse_response(b.rng, b.scene))


def close(b: StoryBuilder) -> None:
    agent = _agent(b)
    b.desk_wait((2 * 1440, 5 * 1440))
    b.change(agent, TicketChange(status=Status.CLOSED))


def return_late(b: StoryBuilder, follow_up_key: int) -> None:
    """Days after closing, the requester writes again: the service opens a follow-up."""
    b.wait((2 * 1440, 10 * 1440), b.requester)
    body = writer.late_return(b.rng, b.case, b.scene)
    b.add(PostMessage(b.t, b.key, b.requester.email, body, opens_follow_up=follow_up_key), "late")
    outline = TicketOutline(
        key=follow_up_key,
        requester=b.requester.email,
        category=b.opening.category,
        tone=b.opening.tone,
        arc=Arc.NEW,
        created_at=b.t,
        final_status=Status.NEW,
        messages=1,
    )
    b.extra.append(("late", outline))


def _agent(b: StoryBuilder) -> Person:
    if b.agent is None:
        raise AssertionError("the desk acts only after triage has assigned someone")
    return b.agent


def _on_shift(b: StoryBuilder, agents: list[Person]) -> list[Person]:
    return [a for a in agents if is_working_time(b.t, a.timezone)]
