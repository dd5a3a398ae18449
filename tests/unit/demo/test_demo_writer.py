"""Every phrase-bank template renders, and the writer's tones sound different."""

from __future__ import annotations

import random
import re
import string

import pytest

from warmdesk.demo import writer
from warmdesk.demo.content import CATEGORY_TEXTS, Case, CategoryText, desk, voices
from warmdesk.demo.content.incidents import INCIDENTS
from warmdesk.demo.content.voices import Tone
from warmdesk.tickets.domain import Category

BASE_SCENE = {
    "name": "Amara",
    "full_name": "Amara Okafor",
    "job_title": "Accountant",
    "dept": "Finance",
    "site": "London",
    "org": "Harbourline Freight",
    "agent": "Priya",
    "team": "Service Desk",
    "prev_agent": "Tomás",
    "anchor": "14:30 today",
    "process": "month-end close",
    "deadline": "17:00 today",
    "affected": "12 people in Finance",
    "vendor": "the Wi-Fi vendor",
    "subject": "Printer not printing",
    "target_team": "Infrastructure",
    "tier": "2",
    "impact": "one person",
    "ref": "CS-123456",
}
CASES = [
    pytest.param(text, case, id=f"{text.category.value}-{i}")
    for text in CATEGORY_TEXTS.values()
    for i, case in enumerate(text.cases)
]


def scene_for(text: CategoryText) -> dict[str, str]:
    return {**BASE_SCENE, **writer.draw_slots(random.Random(1), text, BASE_SCENE)}


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_category_but_other_has_a_bank_with_several_cases() -> None:
    assert set(CATEGORY_TEXTS) == set(Category) - {Category.OTHER}
    for text in CATEGORY_TEXTS.values():
        assert len(text.cases) >= 3, text.category
        # A ticket that waits on a supplier needs a case that can.
        assert any(case.vendor_wait for case in text.cases), text.category


@pytest.mark.parametrize(("text", "case"), CASES)
def test_every_template_of_every_case_renders(text: CategoryText, case: Case) -> None:
    scene = scene_for(text)
    templates = [
        *case.subjects,
        *case.tried,
        case.problem,
        case.question,
        case.answer,
        case.action,
        case.checks,
        case.specialist_action,
        case.fix,
        case.relapse,
        case.vendor_wait,
        *text.escalation_reasons,
    ]
    for template in templates:
        assert placeholders(template) <= set(scene), template
        rendered = writer.fill(template, scene)
        assert "{" not in rendered
        assert "}" not in rendered
    assert bool(case.vendor_wait) == bool(case.vendor)  # who we wait on is always named


def test_shared_templates_only_use_scene_words() -> None:
    banks = [
        *voices.GREETINGS.values(),
        *voices.CLOSERS.values(),
        *voices.SIGNOFFS.values(),
        *voices.IMPACT_LINES.values(),
        *voices.NUDGES.values(),
        *voices.ANSWER_WRAPS.values(),
        *voices.CONFIRMATIONS.values(),
        *desk.EMPATHY.values(),
        desk.IMPACT_ACKS,
        desk.PROMISES,
        desk.AGENT_SIGNOFFS,
        desk.PICKUP_INTROS,
        desk.QUESTION_TAILS,
        desk.REOPEN_PATHS,
        desk.CONFIRM_REQUESTS,
        desk.VENDOR_NOTES,
        desk.WORK_NOTES,
        (desk.HANDOFF_NOTE,),
    ]
    allowed = set(BASE_SCENE) | {"answer", "checks", "reason", "eta"}
    for bank in banks:
        for template in bank:
            assert placeholders(template) <= allowed, template


def test_incident_texts_render() -> None:
    scene = {**BASE_SCENE, "name": "Kofi"}
    for incident in INCIDENTS:
        for template in (
            incident.acknowledgement,
            incident.specialist_update,
            incident.known_issue_reply,
            incident.fix,
        ):
            assert "{" not in writer.fill(template, scene)


def first_messages(tone: Tone, *, chat: bool, count: int = 40) -> list[str]:
    rng = random.Random(5)
    text = CATEGORY_TEXTS[Category.VPN]
    scene = scene_for(text)
    return [
        writer.first_message(
            rng,
            rng.choice(text.cases),
            tone,
            scene,
            chat=chat,
            mentions_deadline=True,
            mentions_scope=False,
            workaround=None,
        )
        for _ in range(count)
    ]


def test_the_same_seed_writes_the_same_words() -> None:
    assert first_messages(Tone.CALM, chat=False) == first_messages(Tone.CALM, chat=False)


def test_angry_messages_carry_the_signs_of_stress() -> None:
    stress = re.compile(r"!!|[A-Z]{5,}|(?i:third time|again|keeps happening|still not)")
    angry = first_messages(Tone.ANGRY, chat=False)
    assert all(stress.search(m) for m in angry)
    calm = first_messages(Tone.CALM, chat=False)
    assert not any("!!" in m for m in calm)


def test_tones_open_and_close_differently() -> None:
    grateful = first_messages(Tone.GRATEFUL, chat=False)
    assert all(any(c in m for c in voices.CLOSERS[Tone.GRATEFUL]) for m in grateful)
    hurried = first_messages(Tone.HURRIED, chat=False)
    assert not any(any(c in m for c in voices.CLOSERS[Tone.GRATEFUL]) for m in hurried)
    assert len(set(grateful)) > 10  # not one message repeated


def test_chat_messages_are_one_unsigned_paragraph_and_letters_are_signed() -> None:
    for message in first_messages(Tone.CALM, chat=True):
        assert "\n" not in message
    for message in first_messages(Tone.CALM, chat=False):
        assert "\n\n" in message


def test_an_acknowledgement_names_the_person_the_step_and_the_time() -> None:
    text = CATEGORY_TEXTS[Category.PRINTER]
    case = text.cases[0]
    scene = scene_for(text)
    reply = writer.acknowledgement(random.Random(3), case, Tone.ANGRY, scene, mentions_impact=True)
    assert reply.startswith("Hi Amara") or reply.startswith("Hello Amara")
    assert writer.fill(case.action, scene) in reply
    assert "14:30 today" in reply
    assert "month-end close" in reply
    assert any(line in reply for line in desk.EMPATHY[Tone.ANGRY])


def test_a_handoff_note_says_issue_impact_tried_and_why() -> None:
    text = CATEGORY_TEXTS[Category.VPN]
    note = writer.handoff_note(random.Random(2), text, text.cases[1], scene_for(text))
    for heading in ("Issue:", "Impact:", "Already tried:", "Why escalating:"):
        assert heading in note
    assert writer.fill(text.cases[1].checks, scene_for(text)) in note
