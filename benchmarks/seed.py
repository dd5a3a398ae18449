"""Seeded benchmark databases: built once per size, cached, and copied for each run.

The schema comes from the real migrations; rows go in with SQLAlchemy Core executemany on
SQLite and COPY on PostgreSQL (the ORM would be 5-10x slower, see PERFORMANCE-NOTES.md).
Each run works on a copy, so the cached database never sees the tickets the run creates.
"""

from __future__ import annotations

import random
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path

import psycopg
from psycopg.types.json import Json
from sqlalchemy import JSON, Connection, Engine, Table, create_engine, func, insert, select, text

import warmdesk.models  # noqa: F401 - every table on Base.metadata
from benchmarks import dataset
from benchmarks.postgres import PostgresHost
from warmdesk.db import Base
from warmdesk.migrate import head_revision, upgrade_to_head
from warmdesk.people.models import ApiToken, User, WebSession
from warmdesk.people.passwords import hash_password, new_token, token_hash

SEED_VERSION = 2  # bump when dataset.py changes, so cached databases are rebuilt
BATCH = 5_000
Progress = Callable[[int], None]

TABLES = Base.metadata.tables
SERIAL_TABLES = ("organizations", "teams", "users", "tickets", "messages")


@dataclass(frozen=True)
class Prepared:
    """A working database for one run, and how it came about."""

    url: str
    seeded_now: bool
    seed_seconds: float | None  # None when the cached copy was used


@dataclass(frozen=True)
class Credentials:
    session_token: str  # cookie value for the benchmark agent
    api_token: str  # bearer token for the same agent
    requester_id: int  # on whose behalf the API creates tickets


def cache_key(engine_url: str, size: int) -> str:
    revision = head_revision(create_engine(engine_url)) or "none"
    return f"{size}_r{revision}_v{SEED_VERSION}"


def _copy_rows(conn: Connection, table: Table, rows: list[dataset.Row]) -> None:
    """PostgreSQL COPY FROM STDIN; JSON columns are wrapped so psycopg sends them as JSON."""
    columns = list(rows[0])
    json_columns = {c.name for c in table.columns if isinstance(c.type, JSON)}
    driver = conn.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    sql = f"COPY {table.name} ({', '.join(columns)}) FROM STDIN"
    with driver.cursor() as cursor, cursor.copy(sql.encode()) as copy:
        for row in rows:
            copy.write_row([Json(row[c]) if c in json_columns else row[c] for c in columns])


def bulk_insert(conn: Connection, table_name: str, rows: Iterable[dataset.Row]) -> int:
    """Insert ``rows`` in batches; return how many."""
    table = TABLES[table_name]
    count = 0
    iterator = iter(rows)
    while batch := list(islice(iterator, BATCH)):
        if conn.dialect.name == "postgresql":
            _copy_rows(conn, table, batch)
        else:
            conn.execute(insert(table), batch)
        count += len(batch)
    return count


def _batches(rows: Iterator[dataset.Row]) -> Iterator[list[dataset.Row]]:
    while batch := list(islice(rows, BATCH)):
        yield batch


def seed(engine: Engine, size: int, progress: Progress) -> None:
    """Migrate an empty database and fill it with ``size`` tickets (plus people, messages,
    tags). ``progress`` is called with the number of tickets added after each batch."""
    upgrade_to_head(engine)
    now = datetime.now(UTC)
    rng = random.Random(2026)
    users, members, population = dataset.people(now, rng)
    password = hash_password("bench-only-password")
    for user in users:
        if user["id"] == population.bench_agent_id:
            user["password_hash"] = password
    with engine.begin() as conn:
        bulk_insert(conn, "organizations", dataset.organizations(now))
        bulk_insert(conn, "teams", dataset.teams(now))
        bulk_insert(conn, "users", users)
        bulk_insert(conn, "team_members", members)
        for batch in _batches(dataset.ticket_rows(size, now, population, seed=size)):
            bulk_insert(conn, "tickets", batch)
            bulk_insert(conn, "messages", (dataset.message_row(t) for t in batch))
            bulk_insert(conn, "ticket_tags", (r for t in batch for r in dataset.tag_rows(t, rng)))
            progress(len(batch))
        if conn.dialect.name == "postgresql":
            # Ids were given explicitly, so move each sequence past them.
            for name in SERIAL_TABLES:
                sequence = f"pg_get_serial_sequence('{name}', 'id')"
                conn.execute(text(f"SELECT setval({sequence}, max(id)) FROM {name}"))  # noqa: S608
    if engine.dialect.name == "postgresql":
        # What autovacuum would have done by the time a real desk has 100k tickets.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")


def _seed_timed(url: str, size: int, progress: Progress) -> float:
    engine = create_engine(url)
    if url.startswith("sqlite"):
        _sqlite_seed_pragmas(engine)
    started = time.perf_counter()
    try:
        seed(engine, size, progress)
    finally:
        engine.dispose()
    return time.perf_counter() - started


def _sqlite_seed_pragmas(engine: Engine) -> None:
    from sqlalchemy import event

    def pragmas(dbapi_connection: object, _record: object) -> None:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        cursor.execute("PRAGMA journal_mode=WAL")  # what the app uses; persists in the file
        cursor.execute("PRAGMA synchronous=OFF")  # a half-written seed is thrown away anyway
        cursor.execute("PRAGMA cache_size=-262144")  # 256 MiB: index inserts stay in memory
        cursor.close()

    event.listen(engine, "connect", pragmas)


def prepare_sqlite(
    size: int, bench_dir: Path, progress: Progress, reseed: bool = False
) -> Prepared:
    """A fresh working copy of the cached seeded file (seeding it first if needed)."""
    cache_dir, run_dir = bench_dir / "seeded", bench_dir / "run"
    cache_dir.mkdir(parents=True, exist_ok=True)
    run_dir.mkdir(parents=True, exist_ok=True)
    cached = cache_dir / f"sqlite_{cache_key('sqlite://', size)}.db"
    seconds = None
    if reseed:
        cached.unlink(missing_ok=True)
    if not cached.exists():
        partial = cached.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        seconds = _seed_timed(f"sqlite:///{partial}", size, progress)
        partial.rename(cached)
    working = run_dir / f"sqlite_{size}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{working}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(cached, working)
    return Prepared(f"sqlite:///{working.resolve()}", seconds is not None, seconds)


def prepare_postgres(
    size: int, host: PostgresHost, progress: Progress, reseed: bool = False
) -> Prepared:
    """A fresh working database cloned (``CREATE DATABASE … TEMPLATE``) from the seeded one."""
    template = f"wdbench_seeded_{cache_key(host.admin_url, size)}".lower()
    working = f"wdbench_run_{size}"
    seconds = None
    if reseed:
        host.execute(f'DROP DATABASE IF EXISTS "{template}"')
    if template not in host.databases():
        partial = f"{template}_partial"
        host.execute(f'DROP DATABASE IF EXISTS "{partial}"', f'CREATE DATABASE "{partial}"')
        seconds = _seed_timed(host.url_for(partial), size, progress)
        host.execute(f'ALTER DATABASE "{partial}" RENAME TO "{template}"')
    host.execute(
        f'DROP DATABASE IF EXISTS "{working}"',
        f'CREATE DATABASE "{working}" TEMPLATE "{template}"',
    )
    return Prepared(host.url_for(working), seconds is not None, seconds)


def add_credentials(url: str) -> Credentials:
    """Sign the benchmark agent in directly: a web session and an API token, fresh per run."""
    now = datetime.now(UTC)
    session_token, api_token = new_token("ws_"), new_token("wd_")
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            agent_id = conn.scalar(select(User.id).where(User.email == dataset.BENCH_AGENT_EMAIL))
            requester_id = conn.scalar(select(func.min(User.id)).where(User.role == "requester"))
            if agent_id is None or requester_id is None:
                raise RuntimeError(f"{url} was not seeded by benchmarks.seed")
            conn.execute(
                insert(WebSession),
                {
                    "token_hash": token_hash(session_token),
                    "user_id": agent_id,
                    "csrf_token": new_token(""),
                    "created_at": now,
                    "expires_at": now + timedelta(days=2),
                },
            )
            conn.execute(
                insert(ApiToken),
                {
                    "user_id": agent_id,
                    "name": "benchmark",
                    "token_hash": token_hash(api_token),
                    "prefix": api_token[:10],
                    "created_at": now,
                },
            )
    finally:
        engine.dispose()
    return Credentials(session_token, api_token, requester_id)


def count_tickets(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(TABLES["tickets"])) or 0)
    finally:
        engine.dispose()
