"""Jinja2 set-up: autoescaping on, and filters that show times in the viewer's timezone."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from warmdesk.sla.domain import describe_remaining
from warmdesk.tickets.domain import priority_label
from warmdesk.timewords import when

TEMPLATES_DIR = Path(__file__).parent / "templates"

templates = Jinja2Templates(directory=TEMPLATES_DIR)
templates.env.autoescape = True
templates.env.trim_blocks = True
templates.env.lstrip_blocks = True
# Templates ship with the package and change only on upgrade: no stat() per render.
templates.env.auto_reload = False


def _local(moment: datetime | None, tz: str = "UTC", fmt: str = "%a %d %b %H:%M") -> str:
    if moment is None:
        return ""
    try:
        zone = ZoneInfo(tz)
    except (KeyError, ValueError):
        zone = ZoneInfo("UTC")
    return moment.astimezone(zone).strftime(fmt)


def _ago(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return ""
    seconds = int((now - moment).total_seconds())
    future = seconds < 0
    seconds = abs(seconds)
    if seconds < 60:
        return "in under a minute" if future else "just now"
    for size, unit in ((86400, "d"), (3600, "h"), (60, "min")):
        if seconds >= size:
            amount = seconds // size
            return f"in {amount} {unit}" if future else f"{amount} {unit} ago"
    return ""


def _due(deadline: datetime | None, now: datetime) -> str:
    """How far away a deadline is ("in 40 min"), or "overdue by 2 h" once it has passed."""
    if deadline is None:
        return ""
    if deadline > now:
        return _ago(deadline, now)
    late = _ago(deadline, now).removesuffix(" ago")
    return "overdue" if late == "just now" else f"overdue by {late}"


def _humanize(value: str | None) -> str:
    return (value or "").replace("_", " ")


templates.env.filters["local"] = _local
templates.env.filters["ago"] = _ago
templates.env.filters["due"] = _due
templates.env.filters["priority_label"] = priority_label
templates.env.filters["humanize"] = _humanize
templates.env.filters["when"] = when
templates.env.filters["sla_words"] = describe_remaining


def render(
    request: Request, name: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    """Render ``name`` with the request's clock and viewer available to every template."""
    ctx = request.app.state.ctx
    base: dict[str, Any] = {"now": ctx.clock.now(), "static_version": "1"}
    return templates.TemplateResponse(request, name, {**base, **context}, status_code=status_code)
