"""API shapes for ``POST /api/v1/analyze``."""

from __future__ import annotations

from typing import Any

from pydantic import AwareDatetime, BaseModel, Field


class AnalyzeIn(BaseModel):
    text: str = Field(max_length=1_000_000, description="The message, as the requester wrote it.")
    sent_at: AwareDatetime | None = Field(
        None, description="When it was written; relative times anchor here. Default: now."
    )
    timezone: str = Field(
        "UTC", max_length=64, description="The writer's IANA timezone, e.g. Europe/Berlin."
    )


class AnalyzeOut(BaseModel):
    """Every signal, each with the spans of text (``evidence``) that triggered it."""

    stress: dict[str, Any]
    sentiment: float
    deadline_at: str | None
    deadline_text: str | None
    affected_scope: str | None
    affected_count: int | None
    business_process: str | None
    workaround: str | None
    impact_evidence: list[dict[str, Any]]
    tried_steps: list[str]
    tried_evidence: list[dict[str, Any]]
    fluency: str
    fluency_evidence: list[dict[str, Any]]
    abusive: bool
    abuse_severity: str | None
    abuse_evidence: list[dict[str, Any]]
    language: str
