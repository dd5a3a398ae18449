"""The shape of one category's phrase bank (pure data, no logic beyond a lookup)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from warmdesk.tickets.domain import Category


@dataclass(frozen=True)
class CategoryText:
    """Everything written about one kind of problem, as ``str.format`` templates.

    Templates may use the category's own ``slots`` (chosen once per ticket, so one
    conversation keeps talking about the same printer) and the scene keys every ticket
    has: ``name``, ``full_name``, ``dept``, ``site``, ``org``, ``agent``, ``vendor``.
    """

    category: Category
    escalate_to: str  # the tier 2/3 team that takes this kind of problem
    slots: Mapping[str, tuple[str, ...]]
    subjects: tuple[str, ...]
    problems: tuple[str, ...]  # the requester's first sentences
    tried: tuple[str, ...]  # steps the requester already took
    questions: tuple[str, ...]  # what an agent asks to move on
    answers: tuple[str, ...]  # what the requester answers
    actions: tuple[str, ...]  # a tier 1 agent's concrete first step
    specialist_actions: tuple[str, ...]  # what tier 2/3 finds and does
    checks: tuple[str, ...]  # for handoff notes: what tier 1 ruled out
    escalation_reasons: tuple[str, ...]  # for handoff notes: why it moves on
    vendor_waits: tuple[str, ...]  # public: why we wait on a third party
    fixes: tuple[str, ...]  # the resolution recap
    relapses: tuple[str, ...]  # the requester: "it's back"
    tags: tuple[str, ...]  # extra tags an agent might add at triage
