"""Errors as RFC 9457 ``application/problem+json`` for the API, and as pages for people."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from warmdesk.errors import Invalid, Unauthorized, WarmdeskError

PROBLEM_JSON = "application/problem+json"


def problem(status: int, title: str, detail: str, **extra: Any) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _wants_page(request: Request) -> bool:
    return not request.url.path.startswith("/api/")


async def warmdesk_error_handler(request: Request, error: Exception) -> Response:
    assert isinstance(error, WarmdeskError)
    if _wants_page(request):
        from warmdesk.web.pages import render_error_page

        if isinstance(error, Unauthorized):
            from fastapi.responses import RedirectResponse

            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?{urlencode({'next': target})}", status_code=303)
        return render_error_page(request, error.status_code, error.title, str(error))
    extra: dict[str, Any] = {}
    if isinstance(error, Invalid) and error.field:
        extra["errors"] = [{"field": error.field, "message": str(error)}]
    return problem(error.status_code, error.title, str(error), **extra)


async def validation_error_handler(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    errors = [
        {
            "field": ".".join(str(part) for part in item["loc"][1:]) or str(item["loc"][0]),
            "location": str(item["loc"][0]),
            "message": item["msg"],
        }
        for item in error.errors()
    ]
    fields = ", ".join(e["field"] for e in errors)
    detail = f"Check these fields: {fields}." if fields else "The request is not valid."
    if _wants_page(request):
        from warmdesk.web.pages import render_error_page

        return render_error_page(request, 422, "Invalid input", detail)
    return problem(422, "Invalid input", detail, errors=errors)


async def http_error_handler(request: Request, error: Exception) -> Response:
    assert isinstance(error, StarletteHTTPException)
    title = {404: "Not found", 405: "Method not allowed", 401: "Sign-in required"}.get(
        error.status_code, "Error"
    )
    detail = str(error.detail) if error.detail else title
    if _wants_page(request):
        from warmdesk.web.pages import render_error_page

        return render_error_page(request, error.status_code, title, detail)
    return problem(error.status_code, title, detail)
