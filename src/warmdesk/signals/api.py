"""``POST /api/v1/analyze``: the signals of any text, for integrations and for trying out."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import APIRouter

from warmdesk.errors import Invalid
from warmdesk.signals.analyze import analyze, to_record
from warmdesk.signals.schemas import AnalyzeIn, AnalyzeOut
from warmdesk.web.deps import ApiViewer, Ctx

router = APIRouter(prefix="/api/v1", tags=["signals"])


@router.post("/analyze", response_model=AnalyzeOut)
async def analyze_text(data: AnalyzeIn, ctx: Ctx, viewer: ApiViewer) -> AnalyzeOut:
    """Stress, business impact (deadline resolved to UTC), steps already tried, fluency,
    abuse and language, each with its evidence. Pure computation: nothing is stored."""
    try:
        ZoneInfo(data.timezone)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise Invalid(
            f"'{data.timezone}' is not a known IANA timezone.", field="timezone"
        ) from error
    sent_at = data.sent_at or ctx.clock.now()
    return AnalyzeOut(**to_record(analyze(data.text, sent_at, data.timezone)))
