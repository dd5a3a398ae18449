"""Measure ticket creation and the queue page on SQLite and PostgreSQL.

    .venv/bin/python -m benchmarks.run                 # 10k and 100k tickets, both databases
    .venv/bin/python -m benchmarks.run --quick         # a smoke run: 2,000 tickets, 3 s each
    .venv/bin/python -m benchmarks.run --seed-only     # build the cached databases, no load

Results go to ``benchmarks/results/<date>-<sha>.json|.md`` (and ``latest.md``); see
benchmarks/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from sqlalchemy.exc import SQLAlchemyError

from benchmarks import probe, report, seed
from benchmarks.postgres import PostgresHost, open_postgres
from benchmarks.scenarios import BASELINE, Scenario, build_scenarios, queue_variants
from benchmarks.server import RunningServer, keepalive_median_ms, start_server

REPO = Path(__file__).resolve().parent.parent
BENCH_DIR = REPO / ".data" / "bench"
DATABASES = ("sqlite", "postgresql")
console = Console()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--sizes", help="ticket counts, comma-separated [10000,100000]")
    parser.add_argument("--databases", default="sqlite,postgresql", help="[%(default)s]")
    parser.add_argument("--duration", type=float, help="measured seconds per scenario [10]")
    parser.add_argument("--warmup", type=float, help="unmeasured seconds before each [2]")
    parser.add_argument("--concurrency", type=int, default=8, help="connections [%(default)s]")
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="uvicorn workers for PostgreSQL; SQLite always gets 1 [%(default)s]",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke run: 2,000 tickets, 3 s per scenario; not written to latest.md",
    )
    parser.add_argument("--seed-only", action="store_true", help="seed (or reuse) and stop")
    parser.add_argument("--reseed", action="store_true", help="rebuild the cached databases")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results")
    args = parser.parse_args(argv)
    args.sizes = [
        int(s) for s in (args.sizes or ("2000" if args.quick else "10000,100000")).split(",")
    ]
    args.duration = args.duration or (3.0 if args.quick else 10.0)
    args.warmup = args.warmup if args.warmup is not None else (1.0 if args.quick else 2.0)
    args.databases = [d.strip() for d in args.databases.split(",") if d.strip()]
    unknown = set(args.databases) - set(DATABASES)
    if unknown:
        parser.error(f"unknown database(s): {', '.join(sorted(unknown))}")
    return args


def _prepare(
    database: str, size: int, host: PostgresHost | None, progress: Progress, reseed: bool
) -> seed.Prepared:
    task = progress.add_task(f"seed {database} {size:,}", total=size)

    def advance(n: int) -> None:
        progress.advance(task, n)

    if database == "sqlite":
        prepared = seed.prepare_sqlite(size, BENCH_DIR, advance, reseed)
    else:
        assert host is not None
        prepared = seed.prepare_postgres(size, host, advance, reseed)
    progress.update(
        task,
        completed=size,
        description=f"seed {database} {size:,} "
        + (f"done in {prepared.seed_seconds:.1f} s" if prepared.seed_seconds else "(cached)"),
    )
    return prepared


def _load(
    scenario: Scenario,
    server: RunningServer,
    args: argparse.Namespace,
    progress: Progress,
    label: str,
) -> dict[str, Any]:
    """Run the load generator in its own process; return its figures plus server CPU."""
    spec = scenario.loadgen_spec(server.port, args.concurrency, args.duration, args.warmup)
    total = args.warmup + args.duration
    task = progress.add_task(f"{label} · {scenario.name}", total=total)
    cpu_before = server.cpu_seconds()
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.loadgen"],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None
    process.stdin.write(json.dumps(spec).encode())
    process.stdin.close()
    started = time.monotonic()
    while process.poll() is None:
        progress.update(task, completed=min(total, time.monotonic() - started))
        time.sleep(0.2)
    assert process.stdout is not None
    assert process.stderr is not None
    out, err = process.stdout.read(), process.stderr.read()  # small: one JSON object
    progress.update(task, completed=total)
    if process.returncode != 0:
        raise RuntimeError(f"load generator failed: {err.decode(errors='replace')[-2000:]}")
    result: dict[str, Any] = json.loads(out)
    cpu_after = server.cpu_seconds()
    cpu_ms = None
    if cpu_before is not None and cpu_after is not None and result["sent"]:
        cpu_ms = round((cpu_after - cpu_before) * 1000 / result["sent"], 3)
    return {"server_cpu_ms_per_request": cpu_ms, **result}


def measure(
    database: str,
    size: int,
    host: PostgresHost | None,
    args: argparse.Namespace,
    progress: Progress,
) -> dict[str, Any]:
    """Seed (or reuse), probe in-process, then load the server with every scenario."""
    prepared = _prepare(database, size, host, progress, args.reseed)
    workers = 1 if database == "sqlite" else args.workers
    run: dict[str, Any] = {
        "database": database,
        "size": size,
        "workers": workers,
        "seed_seconds": prepared.seed_seconds,
        "scenarios": [],
    }
    credentials = seed.add_credentials(prepared.url)
    scenarios = build_scenarios(credentials)
    run_dir = BENCH_DIR / "run"
    variants = queue_variants(credentials)
    probes, run["queue_views"] = probe.probe_all(prepared.url, run_dir, scenarios, variants)
    run["tickets_at_start"] = seed.count_tickets(prepared.url)
    log = run_dir / f"server-{database}-{size}.log"
    server = start_server(prepared.url, run_dir, workers, log)
    try:
        run["keepalive_healthz_ms"] = keepalive_median_ms(server.port)
        for scenario in scenarios:
            figures = _load(scenario, server, args, progress, f"{database} {size:,}")
            run["scenarios"].append(
                {
                    "name": scenario.name,
                    "title": scenario.title,
                    "method": scenario.method,
                    "path": scenario.path,
                    "queue_page": scenario.queue_page,
                    "connections": scenario.concurrency or args.concurrency,
                    "sql_queries": probes[scenario.name].count,
                    "sql_statements": probes[scenario.name].texts(),
                    "plan": probe.expected_plan(prepared.url, scenario, probes[scenario.name]),
                    **figures,
                }
            )
    finally:
        server.stop()
    run["tickets_added"] = seed.count_tickets(prepared.url) - run["tickets_at_start"]
    baseline = next(s for s in run["scenarios"] if s["name"] == BASELINE)
    for s in run["scenarios"]:
        s["cost_vs_baseline"] = round(baseline["rps"] / s["rps"], 2) if s["rps"] else None
        s["target"] = report.judge(s)
    return run


def _summary(runs: list[dict[str, Any]]) -> Table:
    table = Table(title="Results (req/s · p50 / p99 ms · SQL per request)")
    for column in ("database", "tickets", "scenario", "req/s", "p50", "p99", "SQL", "target"):
        table.add_column(column)
    for run in runs:
        for s in run.get("scenarios", []):
            verdict = s.get("target")
            mark = "" if verdict is None else ("pass" if verdict["passed"] else "[red]FAIL[/red]")
            table.add_row(
                run["database"],
                f"{run['size']:,}",
                s["name"],
                f"{s['rps']:,.0f}",
                f"{s['latency_ms']['p50']:.1f}",
                f"{s['latency_ms']['p99']:.1f}",
                str(s["sql_queries"]),
                mark,
            )
    return table


def _run_database(
    database: str, args: argparse.Namespace, progress: Progress, results: dict[str, Any]
) -> None:
    """Every size on one database; PostgreSQL is skipped, with the reason, if unavailable."""
    host = None
    if database == "postgresql":
        try:
            host, description = open_postgres(BENCH_DIR)
        except (RuntimeError, OSError) as error:
            host, description = None, f"the local cluster did not start: {error}"
        if host is None:
            console.print(f"[yellow]Skipping PostgreSQL: {description}.[/yellow]")
            results["notes"].append(f"PostgreSQL skipped: {description}.")
            return
        results["postgres_version"] = host.settings.get("server_version")
        results["notes"].append(f"PostgreSQL: {description}; settings {host.settings}.")
    try:
        for size in args.sizes:
            if args.seed_only:
                _prepare(database, size, host, progress, args.reseed)
                continue
            try:
                results["runs"].append(measure(database, size, host, args, progress))
            except (RuntimeError, OSError, SQLAlchemyError) as error:
                console.print(f"[red]{database} {size:,} failed:[/red] {error}")
                results["notes"].append(f"{database} {size:,} failed: {error}")
                results["failed"] = True
    finally:
        if host is not None:
            host.stop()


def _verdict(results: dict[str, Any]) -> bool:
    """All queue scenarios met the targets, and their query counts did not grow with size."""
    verdicts = [s["target"] for r in results["runs"] for s in r["scenarios"] if s["target"]]
    counts: dict[tuple[str, str], set[int]] = {}
    for run in results["runs"]:
        for s in run["scenarios"]:
            if s["queue_page"]:
                counts.setdefault((run["database"], s["name"]), set()).add(s["sql_queries"] or 0)
    growing = [f"{db} {name}: {sorted(c)}" for (db, name), c in counts.items() if len(c) > 1]
    if growing:
        results["notes"].append("SQL queries per page change with size: " + "; ".join(growing))
    ok = all(v["passed"] for v in verdicts) and not growing and not results.get("failed")
    return bool(verdicts) and ok


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    settings = {k: v for k, v in vars(args).items() if k != "out"}
    results: dict[str, Any] = {
        "schema": 1,
        "started_at": report.now_iso(),
        "git": report.git_revision(REPO),
        "machine": report.machine_info(),
        "settings": {**settings, "access_log": False},
        "notes": [],
        "runs": [],
    }
    columns = (TextColumn("{task.description}"), BarColumn(), TaskProgressColumn())
    with Progress(*columns, TimeElapsedColumn(), console=console) as progress:
        for database in args.databases:
            _run_database(database, args, progress, results)
    if args.seed_only:
        return 0
    results["finished_at"] = report.now_iso()
    results["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    results["passed"] = _verdict(results)
    console.print(_summary(results["runs"]))
    for path in report.write_results(args.out, results):
        console.print(f"wrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path}")
    return 0 if results["passed"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
