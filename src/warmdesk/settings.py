"""One validated settings object, read from ``WARMDESK_*`` environment variables.

Nothing here reads the environment at import time: call :func:`load_settings`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_SECRET = "dev-only-insecure-secret-change-me"  # refused in production


class TicketSettings(BaseModel):
    reopen_window_days: int = Field(
        7, ge=0, description="A requester reply reopens a resolved ticket within this many days."
    )
    page_size: int = Field(50, ge=5, le=200)


class AttachmentSettings(BaseModel):
    max_bytes: int = Field(25 * 1024 * 1024, ge=1024)
    max_per_message: int = Field(10, ge=1)


class WebSettings(BaseModel):
    session_hours: int = Field(12, ge=1)
    cookie_secure: bool = False
    access_log: bool = True


class TimerSettings(BaseModel):
    """Timers: due-time work stored as rows (``warmdesk.timers``), fired by the worker."""

    poll_seconds: float = Field(
        1.0, gt=0, le=300, description="How often the worker looks for due timers."
    )
    batch_size: int = Field(
        100, ge=1, le=5000, description="Timers claimed and fired in one transaction."
    )
    max_attempts: int = Field(
        5, ge=1, le=100, description="A timer whose handler fails this often is marked failed."
    )
    retry_base_seconds: float = Field(
        30.0, gt=0, description="The first retry waits this long; each next one twice as long."
    )
    retry_max_seconds: float = Field(3600.0, gt=0, description="The longest wait between retries.")
    late_after_seconds: float = Field(
        60.0, ge=0, description="A timer fired later than this after its due time is logged late."
    )
    in_process_worker: Literal["auto", "on", "off"] = Field(
        "auto",
        description="Run the worker inside `warmdesk serve`: auto = on SQLite only (on "
        "PostgreSQL, run one or more `warmdesk worker` processes).",
    )


class Settings(BaseSettings):
    """Every setting Warmdesk reads. Nested areas use ``__``: ``WARMDESK_WEB__COOKIE_SECURE``."""

    model_config = SettingsConfigDict(
        env_prefix="WARMDESK_", env_nested_delimiter="__", env_file=None, extra="ignore"
    )

    env: Literal["dev", "test", "production"] = "dev"
    data_dir: Path = Path(".data")
    database_url: str = ""
    secret_key: SecretStr = SecretStr(DEV_SECRET)
    base_url: str = "http://127.0.0.1:8000"
    host: str = "127.0.0.1"
    port: int = 8000
    tickets: TicketSettings = TicketSettings()
    attachments: AttachmentSettings = AttachmentSettings()
    web: WebSettings = WebSettings()
    timers: TimerSettings = TimerSettings()

    @model_validator(mode="after")
    def _fill_defaults_and_refuse_weak_secrets(self) -> Settings:
        if not self.database_url:
            self.database_url = f"sqlite:///{(self.data_dir / 'warmdesk.db').resolve()}"
        secret = self.secret_key.get_secret_value()
        if self.env == "production" and (secret == DEV_SECRET or len(secret) < 32):
            raise ValueError(
                "WARMDESK_SECRET_KEY must be set to a random value of 32+ characters in production"
            )
        return self

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def load_settings(**overrides: object) -> Settings:
    """Read settings from the environment; keyword overrides win."""
    return Settings(**overrides)  # type: ignore[arg-type]
