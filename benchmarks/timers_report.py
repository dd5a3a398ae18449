"""The timers benchmark's target and the Markdown + JSON files it leaves in results/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

TARGET_SCAN_MS = 50.0  # the due scan at 1,000,000 timers, with its index (issue #4)
SCAN_INDEX = "ix_timers_pending_due"


def render_markdown(results: dict[str, Any]) -> str:
    machine, git = results["machine"], results["git"]
    lines = [
        f"# Timers benchmark — {results['started_at'][:16].replace('T', ' ')} UTC",
        "",
        f"Commit `{git['sha']}`{' (uncommitted changes)' if git['dirty'] else ''}. "
        f"Overall: **{'PASS' if results['passed'] else 'FAIL'}** (the due scan's p99 under "
        f"{TARGET_SCAN_MS:g} ms at {results['rows']:,} timers, reading `{SCAN_INDEX}`).",
        "",
        f"Machine: {machine['cpu_count']} CPUs ({machine['cpu_model'] or 'unknown'}), "
        f"{machine['memory_mb']} MB; Python {machine['python']}, SQLite {machine['sqlite']}, "
        f"PostgreSQL {results.get('postgres_version') or '—'}. Load average "
        f"{machine['load_average_at_start']} at start.",
        "",
        f"Data: {results['rows']:,} timers per database — ~95% fired over two years, 0.2% "
        f"failed, ~5% pending in the next 30 days, {results['due']} due now. Scan = the "
        "worker's claim of one batch (100), in a transaction rolled back after each run, "
        f"{results['scan_runs']} runs after 10 unmeasured. Throughput = `fire_due_timers` on "
        f"{results['fire']:,} extra due timers plus the seeded due ones, with a handler that "
        "does nothing (a savepoint, an UPDATE and the release per timer, a commit per batch); "
        "two workers are two engines on threads, sharing the machine's CPUs with PostgreSQL. "
        "Idle cycle = a worker cycle with nothing due (claim, commit, the check for kinds "
        "without a handler), p50 of 50, right after that burst of firing and, on PostgreSQL, "
        "again after `VACUUM`. The scan times include fetching the 100 rows and building them "
        "in Python; the database's own share is in the plans below.",
        "",
        "| database | seed s | scan p50 ms | p99 ms | max ms | verdict | without the index "
        "p50 ms | fired/s (1 worker) | fired/s (2 workers) | idle cycle ms |",
        "|---|---:|---:|---:|---:|---|---:|---:|---:|---:|",
    ]
    for run in results["runs"]:
        scan, bare = run["scan"], run["scan_without_index"]
        rates = [f"{t['per_second']:,.0f}" for t in run["throughput"]] + ["—"]
        lines.append(
            f"| {run['database']} | {run['seed_seconds']:.1f} | {scan['p50_ms']:.3f} "
            f"| {scan['p99_ms']:.3f} | {scan['max_ms']:.3f} | "
            f"{'PASS' if run['passed'] else '**FAIL**'} | {bare['p50_ms']:.1f} "
            f"| {rates[0]} | {rates[1]} | {_idle(run)} |"
        )
    for run in results["runs"]:
        plan, bare = run["plan"], run["scan_without_index"]["plan"]
        lines += [
            "",
            f"## {run['database']}",
            "",
            f"Reads {', '.join(f'`{i}`' for i in plan['indexes']) or 'no index'}"
            f"{', with a sort step' if plan['sorts'] else ', no sort step'}. The statement:",
            "",
            f"```sql\n{plan['sql']}\n```",
            "",
            f"```\n{plan['plan']}\n```",
            "",
            f"Without `{SCAN_INDEX}` it reads {', '.join(bare['indexes']) or 'no index'}:",
            "",
            f"```\n{bare['plan']}\n```",
        ]
        for rate in run["throughput"]:
            lines.append(
                f"- {rate['workers']} worker(s): {rate['fired']:,} fired in {rate['seconds']} s "
                f"({rate['per_second']:,.0f}/s; per worker {rate['per_worker']})."
            )
    return "\n".join(lines) + "\n"


def _idle(run: dict[str, Any]) -> str:
    idle = f"{run['idle_cycle']['p50_ms']:.2f}"
    vacuumed = run.get("idle_cycle_vacuumed")
    return idle if vacuumed is None else f"{idle} ({vacuumed['p50_ms']:.2f} vacuumed)"


def write_results(out_dir: Path, results: dict[str, Any]) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"timers-{results['started_at'][:10]}-{results['git']['sha']}"
    if results["rows"] != 1_000_000:
        stem += f"-{results['rows']}"
    name, n = stem, 1
    while (out_dir / f"{name}.json").exists():
        n += 1
        name = f"{stem}-{n}"
    paths = [out_dir / f"{name}.json", out_dir / f"{name}.md"]
    paths[0].write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    paths[1].write_text(render_markdown(results), encoding="utf-8")
    return paths
