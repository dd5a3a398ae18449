"""What an admin sends to change calendars and policies."""

from __future__ import annotations

from datetime import date, time
from typing import Literal

from pydantic import BaseModel, Field, field_validator


class OpeningWindowIn(BaseModel):
    weekday: int = Field(ge=0, le=6, description="0 = Monday")
    opens: time
    closes: time = Field(description="At or before 'opens': the window runs past midnight.")


class HolidayIn(BaseModel):
    date: date
    name: str = Field("", max_length=120)


class CalendarIn(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    timezone: str = Field(max_length=64)
    always_open: bool = False
    windows: list[OpeningWindowIn] = Field(default_factory=list, max_length=50)
    holidays: list[HolidayIn] = Field(default_factory=list, max_length=400)


class BreachActionIn(BaseModel):
    action: Literal["notify_lead", "raise_priority", "reassign"]
    team_id: int | None = None


class PolicyIn(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    priority: int | None = Field(None, ge=1, le=4)
    category: str | None = Field(None, max_length=40)
    organization_id: int | None = None
    calendar_id: int
    first_response_minutes: int | None = Field(None, ge=1, le=60 * 24 * 90)
    update_minutes: int | None = Field(None, ge=1, le=60 * 24 * 90)
    resolution_minutes: int | None = Field(None, ge=1, le=60 * 24 * 365)
    at_risk_percent: int = Field(75, ge=1, le=99)
    breach_actions: list[BreachActionIn] = Field(default_factory=list, max_length=5)
    active: bool = True

    @field_validator("breach_actions")
    @classmethod
    def _reassign_names_a_team(cls, actions: list[BreachActionIn]) -> list[BreachActionIn]:
        for action in actions:
            if action.action == "reassign" and action.team_id is None:
                raise ValueError("Reassigning on a breach needs a team.")
        return actions
