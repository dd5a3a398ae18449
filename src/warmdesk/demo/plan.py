"""``plan_demo``: the whole demo as a dated script. Pure: the same seed and ``now`` give the
same plan, and nothing here touches the database or the clock."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from itertools import count
from typing import TypeVar

from warmdesk.demo.content.people import PRIVATE_REQUESTER, PROCESSES, SHARED_ORG_REQUESTER
from warmdesk.demo.content.voices import Tone
from warmdesk.demo.directory import Person, build_directory
from warmdesk.demo.episodes import tell
from warmdesk.demo.incidents import plan_incidents
from warmdesk.demo.steps import Arc, DemoPlan, Impact, LinkTickets, Step
from warmdesk.demo.story import Opening, PlanContext, Story, StoryBuilder
from warmdesk.demo.timing import local_date, office_moment, round_up_to_quarter
from warmdesk.tickets.domain import AffectedScope, Category, Channel, LinkKind, Workaround

K = TypeVar("K")

HISTORY_DAYS = 60
# Tickets by where they stand at ``now`` (the incidents add about fifteen more).
ARC_COUNTS: dict[Arc, int] = {
    Arc.NEW: 7,
    Arc.OPEN: 10,
    Arc.PENDING_REQUESTER: 7,
    Arc.PENDING_THIRD_PARTY: 5,
    Arc.REOPENED: 4,
    Arc.RESOLVED: 12,
    Arc.CLOSED: 175,
}
# How old (in days) a ticket of each arc can be: unfinished work is recent.
AGE_DAYS: dict[Arc, tuple[float, float]] = {
    Arc.NEW: (0.02, 1.2),
    Arc.OPEN: (0.15, 8),
    Arc.PENDING_REQUESTER: (0.5, 12),
    Arc.PENDING_THIRD_PARTY: (1, 20),
    Arc.REOPENED: (1.5, 10),
    Arc.RESOLVED: (0.4, 6),
    Arc.CLOSED: (4, HISTORY_DAYS - 0.5),
}
CATEGORY_WEIGHTS: dict[Category, int] = {
    Category.PASSWORD: 14,
    Category.ACCESS: 14,
    Category.SOFTWARE: 14,
    Category.EMAIL: 11,
    Category.HARDWARE: 11,
    Category.VPN: 10,
    Category.PRINTER: 9,
    Category.NETWORK: 8,
    Category.SECURITY: 5,
    Category.OUTAGE: 4,
}
TONE_WEIGHTS: dict[Tone, int] = {Tone.CALM: 40, Tone.HURRIED: 25, Tone.GRATEFUL: 20, Tone.ANGRY: 15}
ESCALATION_ODDS: dict[Category, float] = {
    Category.OUTAGE: 0.6,
    Category.SECURITY: 0.5,
    Category.NETWORK: 0.35,
    Category.VPN: 0.3,
    Category.ACCESS: 0.25,
    Category.EMAIL: 0.25,
    Category.SOFTWARE: 0.2,
    Category.HARDWARE: 0.2,
    Category.PASSWORD: 0.1,
    Category.PRINTER: 0.1,
}
IMPACT_ODDS = 0.28
DUPLICATES = 4
LATE_RETURNS = 2
LINK_ODDS = 0.06
# The demo-login requesters get stories that make their "what to try" work.
FIXED_STORIES: dict[str, tuple[tuple[Arc, tuple[float, float]], ...]] = {
    SHARED_ORG_REQUESTER.email: (
        (Arc.PENDING_REQUESTER, (0.5, 3)),
        (Arc.OPEN, (0.3, 4)),
        (Arc.RESOLVED, (0.5, 3)),
        (Arc.CLOSED, (6, 40)),
        (Arc.CLOSED, (10, 55)),
    ),
    PRIVATE_REQUESTER.email: (
        (Arc.RESOLVED, (0.3, 1.5)),
        (Arc.OPEN, (0.3, 4)),
        (Arc.NEW, (0.05, 0.5)),
        (Arc.CLOSED, (6, 40)),
        (Arc.CLOSED, (10, 55)),
    ),
}


def plan_demo(
    now: datetime, *, seed: int = 2026, reopen_window: timedelta = timedelta(days=7)
) -> DemoPlan:
    """Every step of the demo from ``now - 60 days`` to ``now``, in time order.

    Raises ValueError for a naive ``now``."""
    if now.tzinfo is None:
        raise ValueError("plan_demo needs a timezone-aware now")
    now = now.astimezone(UTC)
    rng = random.Random(seed)
    ctx = PlanContext(rng, build_directory(rng), now, reopen_window)
    keys = count(1)
    limit = now - timedelta(minutes=2)
    earliest = now - timedelta(days=HISTORY_DAYS - 0.5)
    stories: list[Story] = []
    for opening in _openings(ctx, keys):
        builder = StoryBuilder(ctx, opening)
        tell(builder)
        stories.append(builder.finish(opening.arc, limit=limit, earliest=earliest))
    stories += plan_incidents(ctx, keys, limit=limit, earliest=earliest)
    ordered = sorted(
        [*(pair for story in stories for pair in story.steps), *_related_links(ctx, stories)],
        key=lambda pair: (pair[1].at, pair[0]),
    )
    return DemoPlan(
        now=now,
        start=now - timedelta(days=HISTORY_DAYS + 1),
        directory=ctx.directory,
        tickets=tuple(sorted((o for s in stories for o in s.outlines), key=lambda o: o.key)),
        steps=tuple(step for _, step in ordered),
    )


def _openings(ctx: PlanContext, keys: count[int]) -> list[Opening]:
    rng = ctx.rng
    slots: list[tuple[Arc, Person | None, tuple[float, float] | None]] = [
        (arc, ctx.directory.person(email), ages)
        for email, stories in FIXED_STORIES.items()
        for arc, ages in stories
    ]
    remaining = Counter(ARC_COUNTS) - Counter(arc for arc, _, _ in slots)
    if ctx.reopen_window < timedelta(days=1):  # nobody could reply in time to reopen
        remaining[Arc.RESOLVED] += remaining.pop(Arc.REOPENED, 0)
    slots += [(arc, None, None) for arc, n in sorted(remaining.items()) for _ in range(n)]
    people = [p for p in ctx.directory.requesters if p.email not in FIXED_STORIES]
    activity = [rng.uniform(0.4, 3.0) for _ in people]  # some people write in far more
    categories = _spread(rng, CATEGORY_WEIGHTS, len(slots))
    tones = _spread(rng, TONE_WEIGHTS, len(slots))
    openings: list[Opening] = []
    for (arc, fixed, ages), category, tone in zip(slots, categories, tones, strict=True):
        person = fixed or rng.choices(people, weights=activity)[0]
        created = _created_at(rng, person, ages or AGE_DAYS[arc], ctx.now)
        channel = _channel(rng, person)
        odds = IMPACT_ODDS * (2 if category in (Category.OUTAGE, Category.SECURITY) else 1)
        impact = _impact(rng, person, created) if rng.random() < odds else None
        form_category = Category.OTHER if channel is Channel.WEB and rng.random() < 0.1 else None
        escalate = arc is not Arc.NEW and rng.random() < ESCALATION_ODDS[category]
        openings.append(
            Opening(
                key=next(keys),
                requester=person,
                category=category,
                tone=tone,
                channel=channel,
                created_at=created,
                arc=arc,
                impact=impact,
                form_category=form_category,
                escalate=escalate,
            )
        )
    return _with_follow_ups(rng, _with_duplicates(rng, openings, keys), keys, ctx.now)


def _spread(rng: random.Random, weights: dict[K, int], n: int) -> list[K]:
    """``n`` draws by weight, with every key at least once, in random order."""
    drawn = list(weights) + rng.choices(list(weights), weights=list(weights.values()), k=n)
    drawn = drawn[:n]
    rng.shuffle(drawn)
    return drawn


def _created_at(
    rng: random.Random, person: Person, ages: tuple[float, float], now: datetime
) -> datetime:
    """Mostly office hours on a weekday in the requester's timezone; sometimes not."""
    rough = now - timedelta(days=rng.uniform(*ages))
    day = local_date(rough, person.timezone)
    if day.weekday() >= 5 and rng.random() < 0.85:  # most weekend trouble waits
        friday = day - timedelta(days=day.weekday() - 4)
        monday = day + timedelta(days=7 - day.weekday())
        later_ok = monday <= local_date(now, person.timezone)
        day = monday if later_ok and rng.random() < 0.5 else friday
    moment = office_moment(rng, day, person.timezone) if rng.random() < 0.92 else rough
    if moment > now - timedelta(minutes=15):
        moment = now - timedelta(minutes=rng.uniform(15, 180))
    return max(moment, now - timedelta(days=HISTORY_DAYS - 0.5))


def _channel(rng: random.Random, person: Person) -> Channel:
    roll = rng.random()
    if roll < 0.06:
        return Channel.PHONE
    if roll < 0.66:
        return person.channel
    return rng.choice((Channel.WEB, Channel.EMAIL))


def _impact(rng: random.Random, person: Person, created: datetime) -> Impact:
    processes = PROCESSES.get(person.department, ("the day's work",))
    deadline = None
    if rng.random() < 0.8:
        hours = rng.choice((2, 4, 6, 24, 48, 72))
        deadline = round_up_to_quarter(created + timedelta(hours=hours))
    scope = rng.choices(list(AffectedScope), weights=(45, 30, 18, 7))[0]
    affected = {
        AffectedScope.INDIVIDUAL: None,
        AffectedScope.TEAM: rng.randint(3, 15),
        AffectedScope.DEPARTMENT: rng.randint(15, 80),
        AffectedScope.ORGANIZATION: rng.randint(120, 900),
    }[scope]
    workaround = rng.choices(list(Workaround), weights=(40, 50, 10))[0]
    return Impact(rng.choice(processes), deadline, scope, affected, workaround)


def _with_duplicates(
    rng: random.Random, openings: list[Opening], keys: count[int]
) -> list[Opening]:
    """A few stressed people send the same problem twice; the desk merges the second."""
    candidates = [
        i
        for i, o in enumerate(openings)
        if o.arc in (Arc.CLOSED, Arc.RESOLVED, Arc.OPEN)
        and o.tone in (Tone.HURRIED, Tone.ANGRY)
        and o.requester.email not in FIXED_STORIES
    ]
    for i in sorted(rng.sample(candidates, min(DUPLICATES, len(candidates)))):
        openings[i] = replace(openings[i], duplicate_key=next(keys))
    return openings


def _with_follow_ups(
    rng: random.Random, openings: list[Opening], keys: count[int], now: datetime
) -> list[Opening]:
    """A few people write again weeks after closing, which opens a linked follow-up."""
    candidates = [
        i
        for i, o in enumerate(openings)
        if o.arc is Arc.CLOSED
        and o.duplicate_key is None
        and o.created_at < now - timedelta(days=30)
    ]
    for i in sorted(rng.sample(candidates, min(LATE_RETURNS, len(candidates)))):
        openings[i] = replace(openings[i], follow_up_key=next(keys))
    return openings


def _related_links(ctx: PlanContext, stories: list[Story]) -> list[tuple[int, Step]]:
    """Now and then the agent triaging a ticket links it to the same person's earlier one.

    Only earlier tickets the agent can still see qualify: not yet handed to a tier 2/3
    team at the moment of linking."""
    by_requester: dict[str, list[Story]] = defaultdict(list)
    for story in sorted(stories, key=lambda s: s.outlines[0].created_at):
        by_requester[story.outlines[0].requester].append(story)
    links: list[tuple[int, Step]] = []
    for history in by_requester.values():
        for index, newer in enumerate(history[1:], start=1):
            if newer.triaged_at is None or newer.triaged_by is None:
                continue
            if ctx.rng.random() >= LINK_ODDS:
                continue
            at = newer.triaged_at + timedelta(seconds=ctx.rng.uniform(40, 120))
            if newer.escalated_at is not None and newer.escalated_at <= at:
                continue
            visible = [
                older
                for older in history[:index]
                if older.escalated_at is None or older.escalated_at > at
            ]
            if not visible or at > ctx.now - timedelta(minutes=1):
                continue
            older = visible[-1]
            same_problem = older.outlines[0].category is newer.outlines[0].category
            kind = LinkKind.FOLLOW_UP_OF if same_problem else LinkKind.RELATED
            step = LinkTickets(
                at, newer.outlines[0].key, newer.triaged_by, older.outlines[0].key, kind
            )
            links.append((next(ctx.sequence), step))
    return links
