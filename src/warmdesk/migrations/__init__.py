"""Alembic migrations, run with ``warmdesk migrate`` (or :func:`upgrade_to_head`)."""
