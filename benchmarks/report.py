"""Targets, machine facts, and the JSON + Markdown files a run leaves in ``benchmarks/results``."""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import subprocess
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

TARGET_P99_MS = 100.0  # the queue page, at 100,000 tickets, on either database
QUERY_BUDGET = 10  # SQL statements per queue page, whatever the number of tickets
NAGLE_SUSPECT_MS = 20.0  # /healthz on a keep-alive connection slower than this: no NODELAY
PACKAGES = (
    "warmdesk",
    "fastapi",
    "starlette",
    "uvicorn",
    "httptools",  # uvicorn's fast HTTP parser, used instead of h11 when installed
    "uvloop",  # likewise for the event loop
    "sqlalchemy",
    "psycopg",
    "jinja2",
)


def judge(scenario: dict[str, Any]) -> dict[str, Any] | None:
    """Pass/fail of a queue scenario against the targets (None for other scenarios)."""
    if not scenario["queue_page"]:
        return None
    p99 = scenario["latency_ms"]["p99"]
    queries = scenario["sql_queries"]
    checks = {
        "p99_under_target": p99 < TARGET_P99_MS,
        "queries_within_budget": queries is not None and queries <= QUERY_BUDGET,
        "no_errors": scenario["errors"] == 0 and scenario["requests"] > 0,
    }
    return {**checks, "passed": all(checks.values())}


def git_revision(repo: Path) -> dict[str, Any]:
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    sha = git("rev-parse", "--short", "HEAD") or "nogit"
    return {"sha": sha, "dirty": bool(git("status", "--porcelain"))}


def machine_info() -> dict[str, Any]:
    cpu_model = ""
    mem_total_mb = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
        meminfo = Path("/proc/meminfo").read_text().split()
        mem_total_mb = int(meminfo[meminfo.index("MemTotal:") + 1]) // 1024
    except (OSError, ValueError):
        pass
    versions: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {
        "cpu_count": os.cpu_count(),
        "cpu_model": cpu_model,
        "memory_mb": mem_total_mb,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "packages": versions,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def _fmt(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def _verdict(scenario: dict[str, Any]) -> str:
    verdict = scenario.get("target")
    if verdict is None:
        return ""
    if verdict["passed"]:
        return "pass"
    failed = [name for name, ok in verdict.items() if name != "passed" and not ok]
    return "**FAIL** (" + ", ".join(failed) + ")"


def _run_table(run: dict[str, Any]) -> list[str]:
    lines = [
        "| scenario | conns | req/s | p50 ms | p90 ms | p99 ms | max ms | errors | SQL/req "
        "| server CPU ms/req | cost vs baseline | target |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for s in run["scenarios"]:
        lat = s["latency_ms"]
        sql = s["sql_queries"]
        cells = [
            s["title"],
            str(s["connections"]),
            _fmt(s["rps"]),
            *(_fmt(lat[key], 2) for key in ("p50", "p90", "p99", "max")),
            str(s["errors"]),
            "—" if sql is None else str(sql),
            _fmt(s["server_cpu_ms_per_request"], 2),
            _fmt(s["cost_vs_baseline"], 1) + "x",
            _verdict(s),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _plan_lines(run: dict[str, Any]) -> list[str]:
    """One line per explained scenario list query, with the plan itself folded away."""
    lines = ["Query plans of the ticket lists (captured in-process, same parameters):", ""]
    for s in run["scenarios"]:
        plan = s.get("plan")
        if plan is None:
            continue
        uses = "uses" if plan["uses_expected_index"] else "**does not use**"
        sort = "**with a sort step**" if plan["sorts"] else "no sort step"
        lines += [
            f"- {s['title']}: {uses} `{plan['expected_index']}`, {sort}; "
            f"the query alone takes {plan['query_ms']:.2f} ms.",
            "",
            "  <details><summary>plan</summary>",
            "",
            "  ```",
            *(f"  {line}" for line in plan["plan"].splitlines()),
            "  ```",
            "",
            "  </details>",
            "",
        ]
    return lines


def _view_lines(run: dict[str, Any]) -> list[str]:
    """The queue views and sorts whose ticket query sorts or scans: the ones that grow."""
    views = run.get("queue_views", [])
    slow = [v for v in views if v.get("sorts") or v.get("full_scan")]
    lines = [
        f"Every queue view in every sort order, probed in-process ({len(views)} URLs): "
        f"{len(views) - len(slow)} read an index in order; "
        + (f"{len(slow)} need a sort step or a full scan" if slow else "none needs a sort step.")
        + (
            " (with few tickets a planner may rightly prefer that; it matters at 100,000):"
            if slow
            else ""
        )
    ]
    if slow:
        lines += ["", "| URL | indexes read | sort step | full scan | query ms | SQL/req |"]
        lines.append("|---|---|---|---|---:|---:|")
        for v in sorted(slow, key=lambda v: -v["query_ms"]):
            indexes = ", ".join(v["indexes"]) or "—"
            sorts, scans = ("yes" if v[key] else "no" for key in ("sorts", "full_scan"))
            lines.append(
                f"| `{v['path']}` | {indexes} | {sorts} | {scans} "
                f"| {v['query_ms']:.2f} | {v['sql_queries']} |"
            )
    counts = sorted({v["sql_queries"] for v in views})
    lines += ["", f"SQL statements per queue page across all of them: {counts}."]
    return lines


def _server_stack(machine: dict[str, Any]) -> str:
    packages = machine["packages"]
    http = "httptools" if packages.get("httptools") else "h11"
    loop = "uvloop" if packages.get("uvloop") else "asyncio"
    return f"{http} + {loop}"


def render_markdown(results: dict[str, Any]) -> str:
    machine, settings = results["machine"], results["settings"]
    git = results["git"]
    lines = [
        f"# Warmdesk benchmark — {results['started_at'][:16].replace('T', ' ')} UTC",
        "",
        f"Commit `{git['sha']}`{' (uncommitted changes)' if git['dirty'] else ''}"
        f"{' · **quick smoke run: not comparable**' if settings['quick'] else ''}. "
        f"Overall: **{'PASS' if results['passed'] else 'FAIL'}** "
        f"(queue page p99 < {TARGET_P99_MS:g} ms and ≤ {QUERY_BUDGET} SQL queries per page).",
        "",
        f"Machine: {machine['cpu_count']} CPUs ({machine['cpu_model'] or 'unknown'}), "
        f"{machine['memory_mb']} MB, {machine['platform']}; Python {machine['python']}, "
        f"SQLite {machine['sqlite']}, PostgreSQL {results.get('postgres_version') or '—'}. "
        f"Load average {machine['load_average_at_start']} at start, "
        f"{results.get('load_average_at_end')} at end.",
        "",
        f"Settings: {settings['concurrency']} connections, {settings['warmup']} s warm-up + "
        f"{settings['duration']} s per scenario; uvicorn ({_server_stack(machine)}) with "
        f"{settings['workers']} worker(s) (SQLite: always 1), **access log off**; load "
        "generator in a second process on loopback, sharing the machine's CPUs with the server.",
        "",
    ]
    for note in results.get("notes", []):
        lines.append(f"- {note}")
    for run in results["runs"]:
        lines += ["", f"## {run['database']} — {run['size']:,} tickets", ""]
        lines.append(
            f"{run['tickets_at_start']:,} tickets at the start (the create scenario runs last "
            f"and adds {run.get('tickets_added', 0):,}); "
            + (f"seeded in {run['seed_seconds']:.1f} s" if run["seed_seconds"] else "seed cached")
            + f"; {run['workers']} worker(s)."
        )
        delay = run.get("keepalive_healthz_ms")
        if delay is not None and delay > NAGLE_SUSPECT_MS:
            lines += [
                "",
                f"**Warning:** `/healthz` on one keep-alive connection takes {delay} ms (median); "
                "the server's sockets lack TCP_NODELAY, so each response after the first waits "
                "~40 ms for a delayed ACK (uvicorn's `--workers N` listener: Kludex/uvicorn#3149). "
                "Latencies below include that delay.",
            ]
        lines += ["", *_run_table(run), "", *_plan_lines(run), *_view_lines(run)]
    lines += [
        "",
        "How to read this: `cost vs baseline` is baseline req/s ÷ scenario req/s, i.e. how many "
        "`/healthz` requests one request costs; it moves less than raw numbers on a noisy "
        "machine. `server CPU ms/req` is the server's CPU time (all workers) divided by "
        "requests sent, warm-up included. See benchmarks/README.md.",
    ]
    return "\n".join(lines) + "\n"


def _write(path: Path, content: str) -> None:
    partial = path.with_name(path.name + ".tmp")
    partial.write_text(content)
    partial.replace(path)


def write_results(out_dir: Path, results: dict[str, Any]) -> list[Path]:
    """``<date>-<sha>[-quick][-n].json`` and ``.md``; a full run also replaces ``latest.md``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"{results['started_at'][:10]}-{results['git']['sha']}"
    if results["settings"]["quick"]:
        stem += "-quick"
    n, name = 1, stem
    while (out_dir / f"{name}.json").exists():
        n += 1
        name = f"{stem}-{n}"
    markdown = render_markdown(results)
    paths = [out_dir / f"{name}.json", out_dir / f"{name}.md"]
    _write(paths[0], json.dumps(results, indent=2) + "\n")
    _write(paths[1], markdown)
    if not results["settings"]["quick"]:
        paths.append(out_dir / "latest.md")
        _write(paths[2], markdown)
    return paths


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
