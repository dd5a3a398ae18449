"""The due scan reads the partial index of pending timers in due order: no sort step.

The claim is explained as the worker sends it. On PostgreSQL, with a handful of rows, the
planner rightly prefers to scan and sort, so those are priced out first; a Sort or a scan
of the table left in the plan then means the index cannot serve the query. The benchmark
(``benchmarks/timers.py``) checks the same at 1,000,000 timers with no such help.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, event, text

from tests.conftest import START
from tests.integration.timers.conftest import add_timer
from warmdesk.context import AppContext
from warmdesk.timers.repository import claim_due


def _claim_as_sent(ctx: AppContext) -> tuple[str, Any]:
    engine: Engine = ctx.sessions.kw["bind"]
    sent: list[tuple[str, Any]] = []

    def record(_c: Any, _cursor: Any, sql: str, params: Any, *_rest: Any) -> None:
        sent.append((sql, params))

    with ctx.sessions() as session:
        event.listen(engine, "before_cursor_execute", record)
        try:
            claim_due(session, START, ["sla.first_response.breach", "commitment.nudge"], 100)
        finally:
            event.remove(engine, "before_cursor_execute", record)
    [statement] = sent
    return statement


def _plan(engine: Engine, sql: str, params: Any) -> str:
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
            return "\n".join(str(row[-1]) for row in rows)
        for setting in ("seqscan", "bitmapscan", "sort", "incremental_sort"):
            connection.exec_driver_sql(f"SET LOCAL enable_{setting} = off")
        rows = connection.exec_driver_sql(f"EXPLAIN {sql}", params).all()
        return "\n".join(str(row[0]) for row in rows)


def test_the_due_scan_reads_the_pending_index_in_due_order(ctx: AppContext) -> None:
    for n in range(20):
        add_timer(ctx, "commitment.nudge", f"ticket:{n}", START + timedelta(minutes=n - 10))

    plan = _plan(ctx.sessions.kw["bind"], *_claim_as_sent(ctx))

    if ctx.settings.is_sqlite:
        assert "SEARCH timers USING INDEX ix_timers_pending_due (due_at<?)" in plan
        assert "TEMP B-TREE" not in plan
    else:
        assert "Index Scan using ix_timers_pending_due on timers" in plan
        assert "Index Cond: (due_at <=" in plan
        assert "Sort" not in plan
        assert "Seq Scan" not in plan


def test_postgresql_vacuums_the_timers_table_early(ctx: AppContext) -> None:
    if ctx.settings.is_sqlite:
        pytest.skip("SQLite removes index entries as it updates: there is nothing to vacuum")
    with ctx.reads() as session:
        options = session.execute(
            text("SELECT reloptions FROM pg_class WHERE relname = 'timers'")
        ).scalar_one()

    assert sorted(options) == [
        "autovacuum_vacuum_scale_factor=0.01",
        "autovacuum_vacuum_threshold=1000",
    ]
