"""Seeding refuses clearly where the demo cannot go."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

import warmdesk.models  # noqa: F401 - every table on Base.metadata
from tests.integration.demo.seeding import DEMO_NOW
from warmdesk.clock import FixedClock
from warmdesk.context import AppContext
from warmdesk.db import Base, make_engine, make_session_factory
from warmdesk.demo import DemoSeedError, seed_demo
from warmdesk.people import service as people
from warmdesk.people.models import User
from warmdesk.people.schemas import TeamIn
from warmdesk.settings import Settings
from warmdesk.tickets.attachment_store import AttachmentStore


@pytest.fixture
def empty_ctx(tmp_path: Path) -> Iterator[AppContext]:
    settings = Settings(data_dir=tmp_path, env="test")
    engine = make_engine(settings)
    Base.metadata.create_all(engine)
    yield AppContext(
        settings=settings,
        sessions=make_session_factory(engine),
        clock=FixedClock(DEMO_NOW),
        attachments=AttachmentStore(settings.attachments_dir),
    )
    engine.dispose()


def test_a_team_of_the_same_name_stops_seeding_with_a_clear_error(empty_ctx: AppContext) -> None:
    people.create_team(empty_ctx, None, TeamIn(name="Infrastructure"))
    with pytest.raises(DemoSeedError, match="Infrastructure"):
        seed_demo(empty_ctx, now=DEMO_NOW)


def test_a_naive_now_is_refused_before_anything_is_written(empty_ctx: AppContext) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        seed_demo(empty_ctx, now=DEMO_NOW.replace(tzinfo=None))
    with empty_ctx.sessions() as session:
        assert session.scalar(select(func.count()).select_from(User)) == 0
