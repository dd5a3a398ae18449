"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect

from warmdesk.context import AppContext
from warmdesk.db import Base
from warmdesk.migrate import current_revision, head_revision, upgrade_to_head


def _engine(ctx: AppContext) -> Engine:
    engine: Engine = ctx.sessions.kw["bind"]
    return engine


def test_the_migrated_database_matches_the_models(ctx: AppContext) -> None:
    engine = _engine(ctx)
    upgrade_to_head(engine)

    with engine.connect() as connection:
        migration = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True}
        )
        differences = compare_metadata(migration, Base.metadata)

    assert differences == []


def test_every_model_table_exists_and_the_database_is_at_head(ctx: AppContext) -> None:
    engine = _engine(ctx)

    tables = set(inspect(engine).get_table_names())

    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables
    assert current_revision(engine) == head_revision(engine)


def test_upgrading_again_changes_nothing(ctx: AppContext) -> None:
    engine = _engine(ctx)
    before = current_revision(engine)

    upgrade_to_head(engine)

    assert current_revision(engine) == before == head_revision(engine)
