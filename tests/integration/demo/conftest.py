"""One demo seeded into a temporary SQLite file, shared by the read-only tests here.

The tables come from ``Base.metadata`` so these tests do not depend on the migrations.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

import warmdesk.models  # noqa: F401 - every table on Base.metadata
from tests.integration.demo.seeding import DEMO_NOW, SeededDemo
from warmdesk.clock import FixedClock
from warmdesk.context import AppContext
from warmdesk.db import Base, make_engine, make_session_factory
from warmdesk.demo import seed_demo
from warmdesk.settings import Settings
from warmdesk.tickets.attachment_store import AttachmentStore


@pytest.fixture(scope="module")
def seeded_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SeededDemo]:
    data_dir = tmp_path_factory.mktemp("demo")
    settings = Settings(data_dir=data_dir, env="test")
    engine = make_engine(settings)
    Base.metadata.create_all(engine)
    ctx = AppContext(
        settings=settings,
        sessions=make_session_factory(engine),
        clock=FixedClock(DEMO_NOW),
        attachments=AttachmentStore(settings.attachments_dir),
    )
    progress: list[tuple[int, int]] = []
    started = time.perf_counter()
    summary = seed_demo(
        ctx, now=DEMO_NOW, progress=lambda done, total: progress.append((done, total))
    )
    seconds = time.perf_counter() - started
    yield SeededDemo(ctx, summary, DEMO_NOW, progress, seconds)
    engine.dispose()
