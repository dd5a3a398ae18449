"""Admins edit service levels and priority rules in the browser's forms; others cannot."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from tests.integration.web.pages_helpers import OpenBrowser, person_with_login
from tests.support.factories import Factory
from warmdesk.audit.models import AuditEvent
from warmdesk.clock import FixedClock
from warmdesk.context import AppContext
from warmdesk.people.domain import Role
from warmdesk.priority.service import get_rules
from warmdesk.sla.admin import list_calendars, list_policies
from warmdesk.sla.models import TicketSla
from warmdesk.timer_kinds import FEATURE_TIMER_HANDLERS
from warmdesk.timers.service import fire_due_timers


def test_admins_change_a_policy_and_open_tickets_follow(
    ctx: AppContext, factory: Factory, open_browser: OpenBrowser, clock: FixedClock
) -> None:
    admin = open_browser(person_with_login(factory, Role.ADMIN))
    ticket = factory.ticket(factory.person())
    page = admin.get("/admin/service-levels").text
    assert "P4 - low" in page
    assert "Office hours" in page
    p4 = next(p for p in list_policies(ctx) if p.priority == 4)
    answer = admin.submit(
        "/admin/service-levels/policies",
        {
            "policy_id": str(p4.id),
            "name": "P4 - low",
            "priority": "4",
            "calendar_id": str(p4.calendar_id),
            "first_response_hours": "2",
            "update_hours": "16",
            "resolution_hours": "40",
            "at_risk_percent": "80",
            "notify_lead": "on",
            "raise_priority": "on",
            "active": "on",
        },
    )
    assert answer.status_code == 303, answer.text
    changed = next(p for p in list_policies(ctx) if p.id == p4.id)
    assert changed.first_response_minutes == 120
    assert changed.at_risk_percent == 80
    assert [a["action"] for a in changed.breach_actions] == ["notify_lead", "raise_priority"]
    clock.advance(timedelta(seconds=1))
    fire_due_timers(ctx, clock.now(), FEATURE_TIMER_HANDLERS)  # the worker re-reads tickets
    with ctx.sessions() as session:
        sla = session.get(TicketSla, ticket.id)
        assert sla is not None
        assert sla.first_response_due_at == ticket.created_at + timedelta(hours=2)
        audited = session.scalars(
            select(AuditEvent).where(AuditEvent.entity_type == "sla_policy")
        ).all()
    assert audited[-1].changes["first_response_minutes"] == [8 * 60, 120]


def test_a_calendar_with_holidays_and_a_bad_timezone(
    ctx: AppContext, factory: Factory, open_browser: OpenBrowser
) -> None:
    admin = open_browser(person_with_login(factory, Role.ADMIN))
    fields = {
        "name": "London desk",
        "timezone": "Europe/London",
        "opens_0": "08:30",
        "closes_0": "18:00",
        "holidays": "2026-12-25 Christmas Day\n2026-12-28 Boxing Day (substitute)",
    }
    assert admin.submit("/admin/service-levels/calendars", fields).status_code == 303
    saved = next(c for c in list_calendars(ctx) if c.name == "London desk")
    assert saved.windows == [{"weekday": 0, "opens": "08:30", "closes": "18:00"}]
    assert saved.holidays[1] == {"date": "2026-12-28", "name": "Boxing Day (substitute)"}
    refused = admin.submit(
        "/admin/service-levels/calendars", {**fields, "name": "Mars", "timezone": "Mars/Base"}
    )
    assert refused.status_code == 422
    assert "Unknown timezone" in refused.text
    nothing = admin.submit("/admin/service-levels/calendars", {"name": "Never", "timezone": "UTC"})
    assert "Give opening hours" in nothing.text


def test_admins_edit_the_priority_matrix(
    ctx: AppContext, factory: Factory, open_browser: OpenBrowser
) -> None:
    admin = open_browser(person_with_login(factory, Role.ADMIN))
    assert "Critical business processes" in admin.get("/admin/priority").text
    cells = {f"cell_{i}_{u}": "2" for i in range(3) for u in range(3)}
    answer = admin.submit(
        "/admin/priority", {**cells, "critical_processes": "payroll\nlab results\n\n"}
    )
    assert answer.status_code == 303, answer.text
    rules = get_rules(ctx)
    assert rules.matrix == ((2, 2, 2),) * 3
    assert rules.critical_processes == ("lab results", "payroll")
    assert factory.ticket(factory.person()).priority == 2


def test_only_admins_see_these_pages(factory: Factory, open_browser: OpenBrowser) -> None:
    lead = open_browser(person_with_login(factory, Role.LEAD))
    assert lead.get("/admin/service-levels").status_code == 404
    assert lead.get("/admin/priority").status_code == 404
    assert lead.submit("/admin/priority", {}).status_code == 404
