"""Migration 0005 ranks the tickets that already had an affected scope, as the service does."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine, select

from tests.support.factories import Factory
from warmdesk.context import AppContext
from warmdesk.migrate import alembic_config, upgrade_to_head
from warmdesk.tickets.domain import AffectedScope, impact_rank
from warmdesk.tickets.models import Ticket


def test_upgrading_from_0004_ranks_existing_tickets_by_their_scope(
    ctx: AppContext, factory: Factory
) -> None:
    requester = factory.person()
    scopes = [*AffectedScope, None]
    ids = {factory.ticket(requester, affected_scope=scope).id: scope for scope in scopes}
    # A plain engine: the app's turns SQLite's foreign keys on, and the downgrade copies the
    # tickets table, which would then take the messages with it.
    engine = create_engine(ctx.settings.database_url)
    try:
        command.downgrade(alembic_config(engine), "0004")
        upgrade_to_head(engine)
        with engine.connect() as connection:
            rows = connection.execute(select(Ticket.id, Ticket.impact_rank)).all()
    finally:
        upgrade_to_head(engine)
        engine.dispose()

    ranks = {ticket_id: rank for ticket_id, rank in rows}
    assert ranks == {ticket_id: impact_rank(scope) for ticket_id, scope in ids.items()}
    assert sorted(ranks.values()) == [1, 2, 3, 4, 5]
