"""Pages shared by every feature: the error page."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse

from warmdesk.web.templating import render


def render_error_page(request: Request, status_code: int, title: str, detail: str) -> HTMLResponse:
    return render(
        request,
        "error.html",
        {"title": title, "detail": detail, "status_code": status_code},
        status_code=status_code,
    )
