"""Staff notifications: SLA risks and breaches, promises coming due."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from warmdesk.errors import NotFound
from warmdesk.notifications import service
from warmdesk.web.deps import CsrfViewer, Ctx, PageSession
from warmdesk.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/agent/notifications", response_class=HTMLResponse)
def notifications_page(request: Request, ctx: Ctx, session: PageSession) -> Response:
    viewer = session.viewer
    if not viewer.is_staff:
        raise NotFound("Not found.")
    return render(
        request,
        "notifications.html",
        {
            "viewer": viewer,
            "csrf": session.csrf_token,
            "notifications": service.recent_notifications(ctx, viewer.user_id),
        },
    )


@router.post("/agent/notifications/read")
def mark_read(ctx: Ctx, viewer: CsrfViewer) -> Response:
    if not viewer.is_staff:
        raise NotFound("Not found.")
    service.mark_all_read(ctx, viewer.user_id)
    return RedirectResponse("/agent/notifications", status_code=303)
