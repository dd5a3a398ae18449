"""The stress, deadline and impact sorts are read from an index in order: no sort step.

The plan of the ticket list query is asked for as the app sends it (with a cursor too). On
PostgreSQL, with a handful of rows, the planner rightly prefers to scan and sort, so sorting
and scans are priced out first: a Sort left in the plan then means no index can give the order.
The benchmark probe (``benchmarks/probe.py``) checks the same at 10,000 and 100,000 tickets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, event

from tests.support.factories import Factory
from warmdesk.context import AppContext
from warmdesk.people.domain import Role, Viewer
from warmdesk.tickets import repository
from warmdesk.tickets.domain import Status
from warmdesk.tickets.queries import SortKey, TicketFilters, cursor_after

# Each view, and the start of the name of the indexes made for it.
VIEWS = {
    "open": (TicketFilters(open_only=True), "ix_tickets_open"),
    "status": (TicketFilters(statuses=(Status.NEW,)), "ix_tickets_status"),
    "all": (TicketFilters(), "ix_tickets"),
}
PRESSING_SORTS: tuple[SortKey, ...] = ("stress", "deadline", "impact")


@contextmanager
def _sent(engine: Engine) -> Iterator[list[tuple[str, Any]]]:
    sent: list[tuple[str, Any]] = []

    def record(_c: Any, _cursor: Any, sql: str, params: Any, *_rest: Any) -> None:
        sent.append((sql, params))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _plan(engine: Engine, sql: str, params: Any) -> str:
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
            return "\n".join(str(row[-1]) for row in rows)
        for setting in ("seqscan", "bitmapscan", "sort", "incremental_sort"):
            connection.exec_driver_sql(f"SET LOCAL enable_{setting} = off")
        rows = connection.exec_driver_sql(f"EXPLAIN {sql}", params).all()
        return "\n".join(str(row[0]) for row in rows)


def _sorts(plan: str) -> bool:
    """A sort step after reading: SQLite's temporary b-tree, or a PostgreSQL Sort node."""
    postgres_sort = re.search(r"(^|->\s+)(Incremental )?Sort\b", plan, re.MULTILINE)
    return "USE TEMP B-TREE FOR ORDER BY" in plan or postgres_sort is not None


@pytest.fixture
def agent(factory: Factory) -> Viewer:
    """An agent in one team: the queue then also tests visibility, as agents see it."""
    person = factory.person(Role.AGENT, password=None)
    factory.team(members=[person])
    return factory.refresh(person.id).viewer


@pytest.mark.parametrize("sort", PRESSING_SORTS)
@pytest.mark.parametrize("view", list(VIEWS))
def test_each_pressing_sort_reads_its_index_in_order(
    ctx: AppContext, factory: Factory, agent: Viewer, view: str, sort: SortKey
) -> None:
    requester = factory.person(password=None)
    for scope in ("team", None, "organization"):
        factory.ticket(requester, affected_scope=scope)
    filters, prefix = VIEWS[view]
    engine: Engine = ctx.sessions.kw["bind"]
    with ctx.sessions() as session:
        first = repository.list_tickets(session, agent, filters, sort, None, 2)
        after = cursor_after(sort, first[-1])
        with _sent(engine) as sent:
            repository.list_tickets(session, agent, filters, sort, None, 51)
            repository.list_tickets(session, agent, filters, sort, after, 51)
    # With a few rows PostgreSQL may rather read the sort's index over everything and
    # filter; either way the order comes from the index.
    indexes = {f"{prefix}_{sort}", f"ix_tickets_{sort}"}

    plans = [_plan(engine, sql, params) for sql, params in sent]

    assert len(plans) == 2
    for plan in plans:
        assert indexes & set(re.findall(r"\bix_tickets_\w+", plan)), plan
        assert not _sorts(plan), plan
