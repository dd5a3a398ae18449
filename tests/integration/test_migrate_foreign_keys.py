"""Migrations on SQLite run with foreign keys off (a table rebuild must not cascade) and
check them before committing."""

from pathlib import Path

import pytest

from warmdesk.db import make_engine
from warmdesk.migrate import _check_foreign_keys, upgrade_to_head
from warmdesk.settings import Settings


def test_foreign_keys_are_back_on_after_migrating(tmp_path: Path) -> None:
    engine = make_engine(Settings(database_url=f"sqlite:///{tmp_path / 'desk.db'}"))
    upgrade_to_head(engine)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_rows_left_with_broken_foreign_keys_stop_the_migration(tmp_path: Path) -> None:
    engine = make_engine(Settings(database_url=f"sqlite:///{tmp_path / 'fk.db'}"))
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        with connection.begin():
            connection.exec_driver_sql("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
            connection.exec_driver_sql(
                "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER "
                "REFERENCES parent(id))"
            )
            connection.exec_driver_sql("INSERT INTO child VALUES (1, 42)")
            with pytest.raises(RuntimeError, match="child"):
                _check_foreign_keys(connection)
    engine.dispose()
