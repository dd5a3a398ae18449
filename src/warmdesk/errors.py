"""Errors services raise; the web layer maps each to an HTTP status and problem+json."""

from __future__ import annotations


class WarmdeskError(Exception):
    status_code = 400
    title = "Bad request"


class NotFound(WarmdeskError):
    """Missing, or not visible to the viewer: the two look the same on purpose."""

    status_code = 404
    title = "Not found"


class Forbidden(WarmdeskError):
    status_code = 403
    title = "Forbidden"


class Conflict(WarmdeskError):
    status_code = 409
    title = "Conflict"


class Invalid(WarmdeskError):
    status_code = 422
    title = "Invalid input"

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class TooLarge(WarmdeskError):
    status_code = 413
    title = "Payload too large"


class Unauthorized(WarmdeskError):
    status_code = 401
    title = "Sign-in required"
