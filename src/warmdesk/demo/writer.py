"""Composes subjects, messages and notes from the phrase banks (pure; randomness is passed in).

A *scene* is the dictionary of words a ticket's templates are filled from: the
requester's name, the agent now handling it, the category's slots (one printer for the
whole conversation), the promised time, and so on. A *case* is the concrete problem the
ticket is about, so that the reply, the fix and the relapse all match the report.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

from warmdesk.demo.content import desk, voices
from warmdesk.demo.content.category_text import Case, CategoryText
from warmdesk.demo.content.voices import Tone
from warmdesk.tickets.domain import Workaround

Scene = Mapping[str, str]


def fill(template: str, scene: Scene) -> str:
    """The template with the scene's words in, starting with a capital letter."""
    return capitalized(template.format_map(scene))


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def draw_slots(rng: random.Random, text: CategoryText, base: Scene) -> dict[str, str]:
    """One value per slot of the category, itself filled from ``base`` (e.g. ``{dept}``)."""
    return {slot: rng.choice(options).format_map(base) for slot, options in text.slots.items()}


# -- the requester ----------------------------------------------------------------------


def subject(rng: random.Random, case: Case, tone: Tone, scene: Scene) -> str:
    line = fill(rng.choice(case.subjects), scene)
    if tone is Tone.HURRIED and rng.random() < 0.4:
        return f"Urgent: {line}"
    if tone is Tone.ANGRY and rng.random() < 0.5:
        return rng.choice((f"{line} AGAIN", f"Still not fixed: {line}", f"{line}!!"))
    return line


def first_message(
    rng: random.Random,
    case: Case,
    tone: Tone,
    scene: Scene,
    *,
    chat: bool,
    mentions_deadline: bool,
    mentions_scope: bool,
    workaround: Workaround | None,
) -> str:
    """The requester's opening message; short and unsigned on chat channels."""
    body = [fill(case.problem, scene)]
    if rng.random() < 0.65:
        body.append(fill(rng.choice(case.tried), scene))
    if tone is Tone.ANGRY:
        body.append(rng.choice(voices.ANGRY_ADDITIONS))
    elif tone is Tone.HURRIED and rng.random() < 0.5:
        body.append(rng.choice(voices.HURRIED_ADDITIONS))
    impact: list[str] = []
    if mentions_scope:
        impact.append(fill(rng.choice(voices.SCOPE_LINES), scene))
    if mentions_deadline:
        impact.append(fill(rng.choice(voices.IMPACT_LINES[tone]), scene))
    if workaround is not None:
        impact.append(rng.choice(voices.WORKAROUND_LINES[workaround.value]))
    paragraphs = [" ".join(body)]
    if impact:
        paragraphs.append(" ".join(impact))
    return requester_letter(rng, tone, scene, paragraphs, chat=chat)


def requester_letter(
    rng: random.Random, tone: Tone, scene: Scene, paragraphs: Sequence[str], *, chat: bool
) -> str:
    """Paragraphs with a closing line in the writer's tone; greeting and signature too,
    except on chat channels and the phone, where it is one short paragraph."""
    paragraphs = [*paragraphs, rng.choice(voices.CLOSERS[tone])]
    if chat:
        return " ".join(paragraphs)
    greeting = rng.choice(voices.GREETINGS[tone])
    signoff = fill(rng.choice(voices.SIGNOFFS[tone]), scene)
    return _letter(greeting, paragraphs, signoff)


def duplicate_message(rng: random.Random, original: str) -> str:
    return f"{rng.choice(voices.DUPLICATE_INTROS)}\n\n{original}"


def nudge(rng: random.Random, tone: Tone, scene: Scene) -> str:
    return fill(rng.choice(voices.NUDGES[tone]), scene)


def answer(rng: random.Random, case: Case, tone: Tone, scene: Scene) -> str:
    words = fill(case.answer, scene)
    return fill(rng.choice(voices.ANSWER_WRAPS[tone]), {**scene, "answer": words})


def confirmation(rng: random.Random, tone: Tone, scene: Scene) -> str:
    return fill(rng.choice(voices.CONFIRMATIONS[tone]), scene)


def relapse(rng: random.Random, case: Case, tone: Tone, scene: Scene) -> str:
    return f"{fill(case.relapse, scene)} {rng.choice(voices.RELAPSE_TAILS[tone])}"


def late_return(rng: random.Random, case: Case, scene: Scene) -> str:
    again = fill(case.relapse, scene)
    words = {**scene, "relapse": again, "relapse_lc": again[:1].lower() + again[1:]}
    return fill(rng.choice(voices.LATE_RETURNS), words)


# -- the desk ---------------------------------------------------------------------------


def acknowledgement(
    rng: random.Random, case: Case, tone: Tone, scene: Scene, *, mentions_impact: bool
) -> str:
    """A warm first reply: empathy, the impact, one concrete step, and when they'll hear back."""
    opening = fill(rng.choice(desk.EMPATHY[tone]), scene)
    if mentions_impact:
        opening = f"{opening} {fill(rng.choice(desk.IMPACT_ACKS), scene)}"
    promise = fill(rng.choice(desk.PROMISES), scene)
    paragraphs = [opening, fill(case.action, scene), promise]
    return _agent_letter(rng, scene, paragraphs, greetings=desk.AGENT_GREETINGS)


def rushed_reply(rng: random.Random) -> str:
    return rng.choice(desk.RUSHED_REPLIES)


def question(rng: random.Random, case: Case, scene: Scene) -> str:
    ask = f"{rng.choice(desk.QUESTION_LEADS)} {fill(case.question, scene)}"
    return _agent_letter(rng, scene, [ask, fill(rng.choice(desk.QUESTION_TAILS), scene)])


def handoff_note(rng: random.Random, text: CategoryText, case: Case, scene: Scene) -> str:
    words = {
        **scene,
        "checks": fill(case.checks, scene),
        "reason": fill(rng.choice(text.escalation_reasons), scene),
    }
    return desk.HANDOFF_NOTE.format_map(words)


def tier3_note(rng: random.Random, scene: Scene) -> str:
    return fill(rng.choice(desk.TIER3_NOTES), scene)


def pickup(rng: random.Random, case: Case, scene: Scene, *, with_findings: bool) -> str:
    """A specialist introduces themselves; with what they found, or that they're looking."""
    intro = fill(rng.choice(desk.PICKUP_INTROS), scene)
    promise = fill(rng.choice(desk.PROMISES), scene)
    finding = case.specialist_action if with_findings else rng.choice(desk.PICKUP_INVESTIGATING)
    paragraphs = [intro, fill(finding, scene), promise]
    return _agent_letter(rng, scene, paragraphs, greetings=desk.INTRO_GREETINGS)


def vendor_note(rng: random.Random, scene: Scene) -> str:
    return fill(rng.choice(desk.VENDOR_NOTES), {**scene, "eta": rng.choice(desk.VENDOR_ETAS)})


def vendor_reply(rng: random.Random, case: Case, scene: Scene) -> str:
    wait = fill(case.vendor_wait, scene)
    return _agent_letter(rng, scene, [wait, fill(rng.choice(desk.VENDOR_TAILS), scene)])


def work_note(rng: random.Random, scene: Scene) -> str:
    return fill(rng.choice(desk.WORK_NOTES), scene)


def resolution(rng: random.Random, case: Case, scene: Scene, *, ask_to_confirm: bool) -> str:
    """The fix in plain words, then either a request to confirm or the way to reopen."""
    fix = rng.choice(desk.RESOLUTION_OPENERS) + fill(case.fix, scene)
    tail = desk.CONFIRM_REQUESTS if ask_to_confirm else desk.REOPEN_PATHS
    return _agent_letter(rng, scene, [fix, fill(rng.choice(tail), scene)])


def closing_after_confirmation(rng: random.Random, scene: Scene) -> str:
    thanks = fill(rng.choice(desk.CLOSING_AFTER_CONFIRM), scene)
    return f"{thanks} {fill(rng.choice(desk.REOPEN_PATHS), scene)}\n\n{_signoff(rng, scene)}"


def relapse_response(rng: random.Random, scene: Scene) -> str:
    sorry = fill(rng.choice(desk.RELAPSE_RESPONSES), scene)
    return _agent_letter(rng, scene, [sorry, fill(rng.choice(desk.PROMISES), scene)])


def custom_reply(rng: random.Random, scene: Scene, paragraphs: Sequence[str]) -> str:
    """A reply from the desk whose middle is given (incident updates)."""
    filled = [fill(p, scene) for p in paragraphs]
    return _agent_letter(rng, scene, filled, greetings=desk.INTRO_GREETINGS)


def _agent_letter(
    rng: random.Random,
    scene: Scene,
    paragraphs: Sequence[str],
    *,
    greetings: Sequence[str] = desk.FOLLOW_UP_GREETINGS,
) -> str:
    return _letter(fill(rng.choice(greetings), scene), paragraphs, _signoff(rng, scene))


def _signoff(rng: random.Random, scene: Scene) -> str:
    return fill(rng.choice(desk.AGENT_SIGNOFFS), scene)


def _letter(greeting: str, paragraphs: Sequence[str], signoff: str) -> str:
    parts = [greeting, *paragraphs, signoff] if greeting else [*paragraphs, signoff]
    return "\n\n".join(parts)
