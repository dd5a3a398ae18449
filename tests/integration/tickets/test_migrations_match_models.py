"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

import warnings

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Engine, Index, inspect, text
from sqlalchemy.schema import CreateIndex

from warmdesk.context import AppContext
from warmdesk.db import Base
from warmdesk.migrate import current_revision, head_revision, upgrade_to_head


def _engine(ctx: AppContext) -> Engine:
    engine: Engine = ctx.sessions.kw["bind"]
    return engine


def test_the_migrated_database_matches_the_models(ctx: AppContext) -> None:
    engine = _engine(ctx)
    upgrade_to_head(engine)

    with warnings.catch_warnings():
        if engine.dialect.name == "sqlite":
            # SQLite's reflection cannot read indexes on expressions, so Alembic skips them
            # (and says so); the next test compares those.
            for skipped in _SKIPPED_EXPRESSION_INDEXES:
                warnings.filterwarnings("ignore", message=skipped)
        with engine.connect() as connection:
            migration = MigrationContext.configure(
                connection, opts={"compare_type": True, "compare_server_default": True}
            )
            differences = compare_metadata(migration, Base.metadata)

    assert differences == []


_SKIPPED_EXPRESSION_INDEXES = (
    "Skipped unsupported reflection of expression-based index",
    "autogenerate skipping metadata-specified expression-based index",
)


def _expression_indexes() -> list[Index]:
    return [
        index
        for table in Base.metadata.sorted_tables
        for index in table.indexes
        if any(not isinstance(e, Column) for e in index.expressions)
    ]


def _same_shape(sql: str) -> str:
    """Index SQL without parentheses, case and spacing: SQLite keeps the statement as sent,
    and the migration and the model put parentheses around expressions differently."""
    return " ".join(sql.replace("(", " ").replace(")", " ").replace(",", " , ").lower().split())


def test_indexes_on_expressions_match_the_models_on_sqlite(ctx: AppContext) -> None:
    engine = _engine(ctx)
    if engine.dialect.name != "sqlite":
        pytest.skip("Alembic compares them on PostgreSQL (the test above)")
    expected = {
        index.name: _same_shape(str(CreateIndex(index).compile(dialect=engine.dialect)))
        for index in _expression_indexes()
    }
    assert expected, "no index on an expression to compare"

    with engine.connect() as connection:
        stored = {
            name: _same_shape(sql)
            for name, sql in connection.execute(
                text("SELECT name, sql FROM sqlite_master WHERE type = 'index'")
            )
            if name in expected
        }

    assert stored == expected


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


def _partial_indexes(dialect: str) -> dict[str, str]:
    """Each partial index's predicate as the models state it (Alembic does not compare them)."""
    return {
        str(index.name): _same_shape(str(where))
        for table in Base.metadata.sorted_tables
        for index in table.indexes
        if (where := index.dialect_options[dialect].get("where")) is not None
    }


def test_partial_index_predicates_match_the_models(ctx: AppContext) -> None:
    engine = _engine(ctx)
    expected = _partial_indexes(engine.dialect.name)
    assert expected, "no partial index to compare"

    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            rows = connection.execute(
                text("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
            )
            stored = {name: sql.split(" WHERE ", 1)[1] for name, sql in rows if " WHERE " in sql}
        else:
            rows = connection.execute(
                text(
                    "SELECT c.relname, pg_get_expr(i.indpred, i.indrelid) FROM pg_index i "
                    "JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indpred IS NOT NULL"
                )
            )
            stored = {name: predicate for name, predicate in rows}

    assert {name: _same_shape(sql) for name, sql in stored.items()} == expected
