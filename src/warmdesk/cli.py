"""The ``warmdesk`` command: serve, demo, migrate, create-admin, worker."""

from __future__ import annotations

import getpass
import signal
import socket
import threading
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from warmdesk.settings import Settings, load_settings

app = typer.Typer(
    help="Warmdesk: an IT help desk that keeps the system fast and the conversation human.\n\n"
    "Settings come from WARMDESK_* environment variables (see .env.example).",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(soft_wrap=True)  # let the terminal wrap: copied emails and tokens stay whole


def _settings() -> Settings:
    try:
        return load_settings()
    except ValueError as error:
        console.print(f"[red]Settings are not valid:[/red] {error}")
        raise typer.Exit(2) from error


def _migrate(settings: Settings) -> None:
    from warmdesk.db import make_engine
    from warmdesk.migrate import current_revision, upgrade_to_head

    engine = make_engine(settings)
    before = current_revision(engine)
    upgrade_to_head(engine)
    after = current_revision(engine)
    engine.dispose()
    if before == after:
        console.print(f"Database schema is up to date (revision {after}).")
    else:
        console.print(f"Database schema migrated: {before or 'empty'} → {after}.")


@app.command()
def migrate() -> None:
    """Create or upgrade the database schema. Safe to run again."""
    _migrate(_settings())


@app.command()
def serve(
    host: Annotated[
        str | None,
        typer.Option(help="Address to listen on (default: WARMDESK_HOST, else 127.0.0.1)"),
    ] = None,
    port: Annotated[
        int | None, typer.Option(help="Port (default: WARMDESK_PORT, else 8000)")
    ] = None,
    workers: Annotated[int, typer.Option(help="Web worker processes (use 2+ with PostgreSQL)")] = 1,
    access_log: Annotated[bool, typer.Option(help="Log every request")] = True,
) -> None:
    """Run the web app (API at /api/v1, docs at /docs, console at /agent, portal at /portal)."""
    from warmdesk.web import server

    settings = _settings()
    if workers > 1 and settings.is_sqlite:
        console.print(
            "[yellow]SQLite has one writer at a time; extra workers queue on writes.[/yellow]"
        )
    bind_host, bind_port = host or settings.host, port or settings.port
    if not _port_is_free(bind_host, bind_port):
        console.print(
            f"[red]Port {bind_port} on {bind_host} is already in use[/red] — is Warmdesk already "
            "running? Stop it, or pass --port with another number."
        )
        raise typer.Exit(1)
    if not settings.is_sqlite and settings.timers.in_process_worker == "auto":
        console.print("Timers are fired by `warmdesk worker`: run one or more beside the server.")
    server.run(
        bind_host, bind_port, workers=workers, access_log=access_log and settings.web.access_log
    )


def _port_is_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


@app.command()
def demo(
    port: Annotated[
        int | None, typer.Option(help="Port (default: WARMDESK_PORT, else 8000)")
    ] = None,
    seed: Annotated[int, typer.Option(help="Random seed for the generated history")] = 2026,
    serve_after: Annotated[
        bool, typer.Option("--serve/--no-serve", help="Start the web app afterwards")
    ] = True,
) -> None:
    """Migrate, fill the database with a realistic demo desk (once), and start the app."""
    from warmdesk.app import build_context
    from warmdesk.demo import DEMO_LOGINS, seed_demo
    from warmdesk.migrate import refresh_statistics

    settings = _settings()
    _migrate(settings)
    ctx = build_context(settings)
    with Progress(
        TextColumn("Creating the demo desk"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("seed", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        summary = seed_demo(ctx, now=ctx.clock.now(), seed=seed, progress=advance)
    if summary.created:
        refresh_statistics(ctx.sessions.kw["bind"])
    if summary.created:
        console.print(
            f"Demo desk created: {summary.tickets} tickets, {summary.messages} messages, "
            f"{summary.requesters} requesters, {summary.agents} agents, "
            f"{summary.organizations} organizations, {summary.teams} teams."
        )
    else:
        console.print("The demo desk is already there; nothing was added.")
    base = f"http://{settings.host}:{port or settings.port}"
    console.print("\n[bold]Demo sign-ins[/bold]")
    for login in DEMO_LOGINS:
        console.print(f"  {login.email} / {login.password}  ({login.role})", markup=False)
        console.print(f"      {login.try_this}", markup=False)
    console.print()
    console.print(
        f"Agent console     {base}/agent\nRequester portal  {base}/portal\n"
        f"Admin             {base}/admin\nAPI docs          {base}/docs"
    )
    if serve_after:
        serve(host=None, port=port, workers=1, access_log=False)


@app.command("create-admin")
def create_admin(
    email: Annotated[str, typer.Option(prompt=True, help="Sign-in email")],
    name: Annotated[str, typer.Option(prompt=True, help="Display name")],
    password: Annotated[
        str | None,
        typer.Option(
            help="Password (10+ characters); asked for when not given",
            envvar="WARMDESK_ADMIN_PASSWORD",
        ),
    ] = None,
    token: Annotated[bool, typer.Option(help="Also print a new API token for this admin")] = False,
) -> None:
    """Create an admin who can sign in (and optionally get an API token)."""
    from warmdesk.app import build_context
    from warmdesk.errors import WarmdeskError
    from warmdesk.people import auth, repository, service
    from warmdesk.people.domain import Role
    from warmdesk.people.schemas import UserIn

    settings = _settings()
    _migrate(settings)
    secret = password or getpass.getpass("Password (10+ characters): ")
    ctx = build_context(settings)
    try:
        user = service.create_user(
            ctx, None, UserIn(email=email, name=name, role=Role.ADMIN, password=secret, tier=3)
        )
    except (WarmdeskError, ValueError) as error:
        console.print(f"[red]Could not create the admin:[/red] {error}")
        raise typer.Exit(1) from error
    console.print(f"Admin #{user.id} {user.email} created. Sign in at {settings.base_url}/login")
    if token:
        with ctx.sessions() as session:
            viewer = repository.viewer_for_user(session, user)
        _, secret_token = auth.create_api_token(ctx, viewer, "created by warmdesk create-admin")
        console.print(f"API token (shown once): {secret_token}")


@app.command("analyze")
def analyze_command(
    text: Annotated[
        str | None, typer.Argument(help="A message to read (omit with --jsonl)")
    ] = None,
    jsonl: Annotated[
        bool,
        typer.Option(
            "--jsonl",
            help='Read {"id","text","sent_at","tz"} lines from stdin, write one result line each',
        ),
    ] = False,
    at: Annotated[
        str | None, typer.Option(help="When it was written, ISO 8601 (default: now)")
    ] = None,
    tz: Annotated[str, typer.Option(help="The writer's IANA timezone")] = "UTC",
) -> None:
    """Read a message for stress, deadline and impact, steps tried, fluency, abuse, language."""
    import sys
    from datetime import datetime

    from warmdesk.clock import SystemClock
    from warmdesk.signals.analyze import analyze, to_record
    from warmdesk.signals.batch import analyze_lines
    from warmdesk.signals.summary import summarize

    if jsonl:
        for answer in analyze_lines(sys.stdin):
            sys.stdout.write(answer + "\n")
        return
    if text is None:
        console.print("Give a message to read, or --jsonl to read lines from stdin.")
        raise typer.Exit(2)
    try:
        sent_at = datetime.fromisoformat(at) if at else SystemClock().now()
        record = to_record(analyze(text, sent_at, tz))
    except (ValueError, LookupError) as error:
        console.print(f"[red]Cannot read that:[/red] {error}")
        raise typer.Exit(2) from error
    for line in summarize(record):
        console.print(line, markup=False, highlight=False)


@app.command("commitments")
def commitments_command(
    jsonl: Annotated[
        bool,
        typer.Option(
            "--jsonl",
            help='Read {"id","text","sent_at","tz"} reply lines from stdin (optional '
            '"requester_tz"); write {"id","commitments":[{"due_at","text"}]} lines',
        ),
    ] = False,
) -> None:
    """Find the promises in agents' replies ("I'll update you in 10 minutes"), with due times."""
    import sys

    from warmdesk.commitments.batch import commitment_lines

    if not jsonl:
        console.print("Use --jsonl and give reply lines on stdin.")
        raise typer.Exit(2)
    for answer in commitment_lines(sys.stdin):
        sys.stdout.write(answer + "\n")


eval_app = typer.Typer(help="Measure how well Warmdesk reads messages.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@eval_app.command("signals")
def eval_signals(
    labelled: Annotated[
        Path, typer.Option(help="JSON Lines of labelled messages (see tests/data/signals/)")
    ] = Path("tests/data/signals/messages.jsonl"),
    goemotions: Annotated[
        Path | None,
        typer.Option(help="A GoEmotions split (.tsv) for stress against VADER; optional"),
    ] = None,
    markdown: Annotated[
        Path | None, typer.Option(help="Also write the report as Markdown to this file")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of Markdown")] = False,
) -> None:
    """Per-field accuracy on a labelled set (all of it and the held-out odd ids), and with
    --goemotions, stress against plain VADER; each target marked PASS or FAIL."""
    import json

    from warmdesk.signals.evaluation import (
        evaluate_goemotions,
        evaluate_labelled,
        render_markdown,
        split_by_id,
    )

    if not labelled.exists():
        console.print(f"[red]No labelled set at {labelled}[/red]")
        raise typer.Exit(2)
    rows = [json.loads(line) for line in labelled.read_text(encoding="utf-8").splitlines() if line]
    report: dict[str, Any] = {
        "labelled": evaluate_labelled(rows),
        "held_out": evaluate_labelled(split_by_id(rows)[1]),
    }
    if goemotions is not None:
        report["goemotions"] = evaluate_goemotions(goemotions)
    page = render_markdown(report)
    if markdown is not None:
        markdown.write_text(page, encoding="utf-8")
    if as_json:
        console.print_json(json.dumps(report))
    else:
        typer.echo(page)


train_app = typer.Typer(help="Train the models Warmdesk ships.", no_args_is_help=True)
app.add_typer(train_app, name="train")


@train_app.command("stress")
def train_stress(
    goemotions: Annotated[
        Path,
        typer.Option(help="Folder with GoEmotions train.tsv, dev.tsv and labels.txt"),
    ] = Path("../shared/data/goemotions"),
    out: Annotated[Path, typer.Option(help="Where to write the model (JSON)")] = Path(
        "src/warmdesk/signals/data/stress_wording.json"
    ),
) -> None:
    """Train the stress wording model on GoEmotions train; pick its threshold on dev.

    Needs the ``train`` extra (``pip install -e '.[train]'``, scikit-learn). The test split is
    not read: ``warmdesk eval signals --goemotions .../test.tsv`` reports on it.
    """
    try:
        from warmdesk.signals.training import train_wording_model, write_model
    except ImportError as error:  # pragma: no cover - depends on the installed extras
        console.print(f"[red]Training needs the 'train' extra: {error}[/red]")
        raise typer.Exit(2) from error
    missing = [n for n in ("train.tsv", "dev.tsv", "labels.txt") if not (goemotions / n).exists()]
    if missing:
        console.print(f"[red]{goemotions} lacks {', '.join(missing)}[/red]")
        raise typer.Exit(2)
    with console.status("Training on GoEmotions train…"):
        model = train_wording_model(goemotions)
    write_model(model, out)
    size_kb = out.stat().st_size / 1024
    console.print(
        f"Wrote {out} ({size_kb:.0f} KB, {len(model['word_weights'])} words); "
        f"dev F1 {model['dev_f1']:.3f} at probability {model['threshold']:.3f}"
    )


@app.command()
def worker(
    poll_seconds: Annotated[
        float | None,
        typer.Option(help="How often to look for due work [WARMDESK_TIMERS__POLL_SECONDS]"),
    ] = None,
    once: Annotated[bool, typer.Option(help="Look once and exit (for cron or tests)")] = False,
) -> None:
    """Run the background worker: due timers, and database housekeeping.

    On PostgreSQL run one or more beside the web server; each timer fires exactly once.
    On SQLite `warmdesk serve` runs it already. Stops on Ctrl-C or SIGTERM.
    """
    import logging

    from rich.logging import RichHandler

    from warmdesk.app import build_context
    from warmdesk.jobs.worker import run_worker

    settings = _settings()
    ctx = build_context(settings)
    # Late timers, failing handlers and kinds without a handler are logged by warmdesk.timers.
    warmdesk_log = logging.getLogger("warmdesk")
    warmdesk_log.setLevel(logging.INFO)
    if not warmdesk_log.handlers:
        warmdesk_log.addHandler(RichHandler(console=console, show_path=False))
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    poll = settings.timers.poll_seconds if poll_seconds is None else poll_seconds
    cycles = run_worker(ctx, stop, poll_seconds=poll, once=once, log=console.print)
    console.print(f"Worker stopped after {cycles} cycle(s).")


if __name__ == "__main__":
    app()
