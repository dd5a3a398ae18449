"""Housekeeping jobs for the database."""

from __future__ import annotations

from warmdesk.context import AppContext


def optimize_sqlite(ctx: AppContext) -> int:
    """Let SQLite refresh the statistics its planner needs as tables grow (a no-op elsewhere).

    Returns 1 when it ran, 0 when there was nothing to do.
    """
    if not ctx.settings.is_sqlite:
        return 0
    with ctx.sessions() as session, session.begin():
        session.connection().exec_driver_sql("PRAGMA optimize")
    return 1
