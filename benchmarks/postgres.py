"""The PostgreSQL server the benchmark talks to: a configured one, or a local cluster.

``WARMDESK_BENCH_POSTGRES_URL`` names a server (a role allowed to create databases).
Without it, a cluster is created once under ``.data/bench/postgres-<major>/`` from the
installed binaries, started for the run and stopped after it; it keeps seeded databases
between runs, so a rerun does not seed again.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

# Comparable with SQLite's WAL + synchronous=NORMAL: a commit does not wait for its WAL
# flush, but a crash cannot corrupt the database. Everything else is PostgreSQL's default.
SERVER_OPTIONS = {"synchronous_commit": "off", "max_connections": "200"}
REPORTED_SETTINGS = ("server_version", "shared_buffers", "work_mem", "synchronous_commit", "fsync")


@dataclass
class PostgresHost:
    """Where databases are created; ``stop()`` ends the local cluster if we started one."""

    admin_url: str  # SQLAlchemy URL of a maintenance database (usually ``postgres``)
    process: subprocess.Popen[bytes] | None = None
    description: str = ""
    settings: dict[str, str] = field(default_factory=dict)

    def url_for(self, database: str) -> str:
        return make_url(self.admin_url).set(database=database).render_as_string(False)

    def _connect(self) -> psycopg.Connection[Any]:
        url = make_url(self.admin_url)
        return psycopg.connect(
            host=url.host or "127.0.0.1",
            port=url.port or 5432,
            user=url.username,
            password=url.password,
            dbname=url.database or "postgres",
            autocommit=True,
        )

    def databases(self) -> set[str]:
        with self._connect() as conn:
            return {row[0] for row in conn.execute("SELECT datname FROM pg_database")}

    def execute(self, *statements: str) -> None:
        """Run maintenance statements (CREATE/DROP/ALTER DATABASE) outside a transaction."""
        with self._connect() as conn:
            for statement in statements:
                conn.execute(statement.encode())

    def read_settings(self) -> dict[str, str]:
        values: dict[str, str] = {}
        with self._connect() as conn:
            for name in REPORTED_SETTINGS:
                row = conn.execute(f"SHOW {name}".encode()).fetchone()
                values[name] = str(row[0]) if row else "?"
        return values

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.send_signal(signal.SIGINT)  # "fast" shutdown
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def find_postgres_bin() -> Path | None:
    """The bin folder of the newest installed server, or None."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/postgres"), key=_major)
    if found:
        return found[-1].parent
    postgres = shutil.which("postgres")
    return Path(postgres).parent if postgres else None


def _major(path: Path) -> int:
    name = path.parent.parent.name
    return int(name) if name.isdigit() else 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _as_postgres_user() -> dict[str, Any]:
    """initdb and postgres refuse to run as root: run them as the ``postgres`` account."""
    if os.geteuid() != 0:
        return {}
    return {"user": "postgres", "group": "postgres"}


def start_local_cluster(bin_dir: Path, root: Path) -> PostgresHost:
    """Start (creating it the first time) a cluster in ``root``; raise RuntimeError if not."""
    data = root / "data"
    run_as = _as_postgres_user()
    if not (data / "PG_VERSION").exists():
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
        if run_as:
            shutil.chown(root, "postgres", "postgres")
        initdb = [str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"]
        subprocess.run(
            [*initdb, "-E", "UTF8", "--locale=C"], check=True, capture_output=True, **run_as
        )
    port = _free_port()
    options = [f"-c{name}={value}" for name, value in SERVER_OPTIONS.items()]
    command = [str(bin_dir / "postgres"), "-D", str(data), "-p", str(port), *options]
    command += ["-clisten_addresses=127.0.0.1", "-cunix_socket_directories="]
    log_path = root / "server.log"
    with log_path.open("ab") as log:
        process = subprocess.Popen(command, stdout=log, stderr=log, **run_as)
    host = PostgresHost(
        admin_url=f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres",
        process=process,
        description=f"local cluster in {root} ({bin_dir})",
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            host.databases()
            return host
        except psycopg.OperationalError:
            if process.poll() is not None or time.monotonic() > deadline:
                host.stop()
                tail = log_path.read_text(errors="replace")[-2000:]
                raise RuntimeError(f"PostgreSQL did not start:\n{tail}") from None
            time.sleep(0.2)


def open_postgres(cache_dir: Path) -> tuple[PostgresHost | None, str]:
    """The configured server, or a local cluster; ``(None, reason)`` when there is neither."""
    configured = os.environ.get("WARMDESK_BENCH_POSTGRES_URL")
    if configured:
        host = PostgresHost(admin_url=configured, description="WARMDESK_BENCH_POSTGRES_URL")
    else:
        bin_dir = find_postgres_bin()
        if bin_dir is None:
            return None, "PostgreSQL is not installed and WARMDESK_BENCH_POSTGRES_URL is unset"
        host = start_local_cluster(bin_dir, cache_dir / f"postgres-{bin_dir.parent.name}")
    try:
        host.settings = host.read_settings()
    except psycopg.Error as error:
        host.stop()
        return None, f"cannot reach {host.description}: {error}"
    return host, host.description
