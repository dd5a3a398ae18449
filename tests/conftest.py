"""Fixtures for the whole suite: a real SQLite file and a real PostgreSQL server per run.

Integration tests take ``ctx`` (or ``client``) and run once per database. PostgreSQL is
started on loopback from the installed binaries unless ``WARMDESK_TEST_POSTGRES_URL``
names a server; without either, the PostgreSQL half is skipped with the reason shown,
except when ``WARMDESK_REQUIRE_POSTGRES=1`` (CI), where that is a failure.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

import warmdesk.models  # noqa: F401 - every table on Base.metadata
from tests.support.factories import Factory
from tests.support.postgres import PostgresServer, find_postgres_bin, start_postgres
from warmdesk.app import build_context, create_app
from warmdesk.clock import FixedClock
from warmdesk.context import AppContext
from warmdesk.db import Base
from warmdesk.migrate import upgrade_to_head
from warmdesk.settings import Settings
from warmdesk.sla.defaults import add_default_policies

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # a Monday morning


def _require(variable: str) -> bool:
    return os.environ.get(variable, "") in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file that each test copies (migrating once keeps tests fast)."""
    path = tmp_path_factory.mktemp("template") / "warmdesk.db"
    engine = create_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    configured = os.environ.get("WARMDESK_TEST_POSTGRES_URL")
    server: PostgresServer | None = None
    if configured:
        url = configured
    else:
        bin_dir = find_postgres_bin()
        if bin_dir is None:
            reason = "PostgreSQL is not installed and WARMDESK_TEST_POSTGRES_URL is unset"
            if _require("WARMDESK_REQUIRE_POSTGRES"):
                pytest.fail(reason)
            pytest.skip(reason)
        server = start_postgres(bin_dir)
        url = server.create_database("warmdesk_test")
    engine = create_engine(url)
    upgrade_to_head(engine)
    engine.dispose()
    yield url
    if server is not None:
        server.stop()


_TABLES = ", ".join(t.name for t in Base.metadata.sorted_tables)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> str:
    """A fresh, migrated, empty database of each kind."""
    if request.param == "sqlite":
        target = tmp_path / "warmdesk.db"
        shutil.copyfile(sqlite_template, target)
        return f"sqlite:///{target}"
    url: str = request.getfixturevalue("postgres_url")
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {_TABLES} RESTART IDENTITY CASCADE"))
    with Session(engine) as session, session.begin():
        add_default_policies(session, START)  # what the migration put there
    engine.dispose()
    return url


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(env="test", data_dir=tmp_path / "data", database_url=database_url)


@pytest.fixture
def ctx(settings: Settings, clock: FixedClock) -> Iterator[AppContext]:
    context = build_context(settings, clock)
    yield context
    bind = context.sessions.kw["bind"]
    bind.dispose()


@pytest.fixture
def factory(ctx: AppContext) -> Factory:
    return Factory(ctx)


@pytest.fixture
def client(ctx: AppContext) -> Iterator[TestClient]:
    with TestClient(create_app(ctx.settings, ctx=ctx)) as test_client:
        yield test_client
