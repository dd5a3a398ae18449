"""In-process checks on the benchmark database: SQL queries per request, and query plans.

Each request is made once through FastAPI's TestClient against the same database the server
uses, with a ``before_cursor_execute`` listener recording what reaches the driver. The ticket
list query among those statements is then explained (``EXPLAIN QUERY PLAN`` on SQLite,
``EXPLAIN (ANALYZE, BUFFERS)`` on PostgreSQL) with the same parameters, and timed alone.
"""

from __future__ import annotations

import re
import statistics
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, event

from benchmarks.scenarios import Scenario
from warmdesk.app import create_app
from warmdesk.settings import load_settings

Statement = tuple[str, Any]  # SQL text and the parameters it was sent with


@dataclass(frozen=True)
class Probe:
    """What one request sent to the database."""

    statements: list[Statement]

    @property
    def count(self) -> int:
        return len(self.statements)

    def texts(self) -> list[str]:
        return [one_line(sql) for sql, _ in self.statements]

    def ticket_list(self) -> Statement | None:
        """The statement that reads a page of tickets (ordered, limited), if any."""
        for sql, params in self.statements:
            flat = one_line(sql, 100_000).lower()
            if "from tickets" in flat and "order by" in flat and " limit " in flat:
                return sql, params
        return None


@dataclass(frozen=True)
class QueryPlan:
    plan: str
    indexes: list[str]  # indexes read on the tickets table
    sorts: bool  # a sort step after reading (the index did not give the order)
    full_scan: bool  # tickets read without any index
    query_ms: float  # median time of the statement alone, 5 runs


def one_line(sql: str, limit: int = 300) -> str:
    flat = re.sub(r"\s+", " ", sql).strip()
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def probe_requests(url: str, data_dir: Path, scenarios: list[Scenario]) -> dict[str, Probe]:
    """Each scenario's request, made twice in-process; the second one's statements, by name.

    Raises RuntimeError if a request does not succeed."""
    settings = load_settings(database_url=url, data_dir=data_dir)
    probes: dict[str, Probe] = {}
    with TestClient(create_app(settings)) as client:
        engine = client.app.state.ctx.sessions.kw["bind"]  # type: ignore[attr-defined]
        assert isinstance(engine, Engine)
        for scenario in scenarios:
            client.request(**scenario.request_args(0))  # first-use work is not what we count
            captured: list[Statement] = []

            def record(_c: Any, _cur: Any, sql: str, params: Any, *_rest: Any) -> None:
                captured.append((sql, params))  # noqa: B023 - removed before the next loop

            event.listen(engine, "before_cursor_execute", record)
            try:
                response = client.request(**scenario.request_args(1))
            finally:
                event.remove(engine, "before_cursor_execute", record)
            if response.status_code >= 300:
                raise RuntimeError(f"{scenario.path}: HTTP {response.status_code} in-process")
            probes[scenario.name] = Probe(captured)
        engine.dispose()
    return probes


def explain(url: str, statement: Statement) -> QueryPlan:
    """Explain and time ``statement`` on the database at ``url``."""
    sql, params = statement
    engine = create_engine(url)
    sqlite = engine.dialect.name == "sqlite"
    try:
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()
            prefix = "EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN (ANALYZE, BUFFERS) "
            cursor.execute(prefix + sql, params)
            plan = "\n".join(str(row[-1] if sqlite else row[0]) for row in cursor.fetchall())
            timings = []
            for _ in range(5):
                started = time.perf_counter()
                cursor.execute(sql, params)
                cursor.fetchall()
                timings.append((time.perf_counter() - started) * 1000)
            cursor.close()
        finally:
            raw.close()
    finally:
        engine.dispose()
    if sqlite:
        indexes = re.findall(r"\btickets USING (?:COVERING )?INDEX (\w+)", plan)
        sorts = "USE TEMP B-TREE FOR ORDER BY" in plan
        full_scan = re.search(r"\bSCAN tickets\b(?! USING)", plan) is not None
    else:
        scans = r"(?:Index (?:Only )?Scan(?: Backward)? using|Bitmap Index Scan on) (\w+)"
        indexes = [i for i in re.findall(scans, plan) if i.startswith("ix_tickets")]
        sorts = re.search(r"(^|->\s+)(Incremental )?Sort\b", plan, re.MULTILINE) is not None
        full_scan = "Seq Scan on tickets" in plan
    median_ms = round(statistics.median(timings), 3)
    return QueryPlan(plan, sorted(set(indexes)), sorts, full_scan, median_ms)


def expected_plan(url: str, scenario: Scenario, sent: Probe) -> dict[str, Any] | None:
    """The plan of the scenario's ticket list, checked against the index it should use."""
    statement = sent.ticket_list()
    if scenario.expected_index is None or statement is None:
        return None
    plan = explain(url, statement)
    expected = scenario.expected_index
    return {
        **asdict(plan),
        "expected_index": expected,
        "uses_expected_index": expected in plan.indexes,
    }


def probe_all(
    url: str, data_dir: Path, scenarios: list[Scenario], variants: list[Scenario]
) -> tuple[dict[str, Probe], list[dict[str, Any]]]:
    """Statements of every scenario's request, and the plan of every queue view and sort."""
    probes = probe_requests(url, data_dir, scenarios + variants)
    views = []
    for variant in variants:
        statement = probes[variant.name].ticket_list()
        plan = explain(url, statement) if statement else None
        views.append(
            {
                "path": variant.path,
                "sql_queries": probes[variant.name].count,
                **({k: v for k, v in asdict(plan).items() if k != "plan"} if plan else {}),
            }
        )
    return probes, views
