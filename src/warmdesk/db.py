"""Engine, session factory and the declarative base shared by every feature."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import datetime
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import DateTime, Engine, MetaData, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

from warmdesk.clock import as_utc
from warmdesk.settings import Settings

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores timezone-aware UTC; always returns aware UTC (SQLite drops the offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; pass timezone-aware UTC")
        return as_utc(value)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else as_utc(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime}


def make_engine(settings: Settings, **kwargs: Any) -> Engine:
    """Create the engine for ``settings.database_url``; SQLite gets WAL and sane pragmas."""
    url = settings.database_url
    if url.startswith("sqlite"):
        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            from pathlib import Path

            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, **kwargs
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("max_overflow", 20)
    # No pool_pre_ping: it costs a round trip on every checkout (two per queue page, ~12% of
    # its latency on loopback). A connection the server dropped is invalidated when its
    # next use fails, and the pool replaces it; recycling keeps idle ones from going stale.
    kwargs.setdefault("pool_recycle", 1800)
    return create_engine(url, **kwargs)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def make_read_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for read-only use cases. On PostgreSQL their connections run in autocommit
    (a client-side switch in psycopg), which saves the BEGIN and ROLLBACK round trips of
    every checkout; each statement then reads the latest committed data. SQLite reads
    need nothing of the kind."""
    if engine.dialect.name == "sqlite":
        return make_session_factory(engine)
    return make_session_factory(engine.execution_options(isolation_level="AUTOCOMMIT"))


_SQLITE_WRITE_LOCKS: WeakKeyDictionary[Engine, threading.RLock] = WeakKeyDictionary()


def _write_lock(factory: sessionmaker[Session]) -> AbstractContextManager[object]:
    """SQLite has one writer at a time. Writers in one process queue on a lock here instead
    of colliding in SQLite, whose busy handler sleeps in growing steps (up to 100 ms) and
    turns a 5 ms write into a 200 ms one under load. PostgreSQL needs none of this."""
    engine = factory.kw.get("bind")
    if not isinstance(engine, Engine) or engine.dialect.name != "sqlite":
        return nullcontext()
    lock = _SQLITE_WRITE_LOCKS.get(engine)
    if lock is None:
        lock = _SQLITE_WRITE_LOCKS.setdefault(engine, threading.RLock())
    return lock


@contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session whose transaction commits when the block succeeds and rolls back otherwise."""
    with _write_lock(factory), factory() as session, session.begin():
        yield session
