"""The shape of a category's phrase bank: a few concrete cases, each told consistently."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from warmdesk.tickets.domain import Category


@dataclass(frozen=True)
class Case:
    """One concrete problem, from the first report to the fix, so a conversation that
    starts with a jammed printer also ends with one.

    Templates use the category's ``slots`` (drawn once per ticket) and the keys every
    ticket has: ``name``, ``full_name``, ``dept``, ``site``, ``org``, ``agent``, and
    ``vendor`` (the case's own third party). Slot values are written so that both the
    requester and an agent can say them ("the CRM", not "my laptop")."""

    subjects: tuple[str, ...]
    problem: str  # the requester's first sentences
    tried: tuple[str, ...]  # steps the requester already took
    question: str  # what an agent asks to move on ...
    answer: str  # ... and what the requester answers
    action: str  # a tier 1 agent's concrete first step
    checks: str  # for a handoff note: what tier 1 ruled out
    specialist_action: str  # what tier 2/3 finds and does
    fix: str  # the resolution recap
    relapse: str  # the requester: "it's back"
    vendor_wait: str = ""  # why a third party is needed; empty when one never is
    vendor: str = ""  # that third party, as the desk names it ("the Wi-Fi vendor")


@dataclass(frozen=True)
class CategoryText:
    category: Category
    escalate_to: str  # the tier 2/3 team that takes this kind of problem
    slots: Mapping[str, tuple[str, ...]]
    cases: tuple[Case, ...]
    escalation_reasons: tuple[str, ...]
    tags: tuple[str, ...]  # extra tags an agent might add at triage
