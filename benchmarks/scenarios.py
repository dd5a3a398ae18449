"""What is measured: one request shape per scenario, for the load generator and in-process."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from benchmarks.seed import Credentials
from warmdesk.tickets.pages import VIEWS
from warmdesk.tickets.queries import SORT_KEYS

BASELINE = "healthz"
SESSION_COOKIE = "warmdesk_session"


@dataclass(frozen=True)
class Scenario:
    name: str
    title: str
    method: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    body: str | None = None  # "{n}" becomes a per-request number
    queue_page: bool = False  # judged against the queue targets
    expected_index: str | None = None  # the index that should serve its ticket query
    concurrency: int | None = None  # overrides the run's number of connections

    def loadgen_spec(
        self, port: int, concurrency: int, duration: float, warmup: float
    ) -> dict[str, Any]:
        """The JSON that ``python -m benchmarks.loadgen`` reads on stdin."""
        concurrency = self.concurrency or concurrency
        return {
            "port": port,
            "method": self.method,
            "path": self.path,
            "headers": self.headers,
            "body": self.body,
            "concurrency": concurrency,
            "duration": duration,
            "warmup": warmup,
        }

    def request_args(self, n: int) -> dict[str, Any]:
        """Keyword arguments for ``TestClient.request``."""
        args: dict[str, Any] = {"method": self.method, "url": self.path, "headers": self.headers}
        if self.body is not None:
            args["content"] = self.body.replace("{n}", f"probe-{n}")
            args["headers"] = {**self.headers, "Content-Type": "application/json"}
        return args


def build_scenarios(credentials: Credentials) -> list[Scenario]:
    """The baseline first and the one that writes last, so the reads see exactly the seed."""
    cookie = {"Cookie": f"{SESSION_COOKIE}={credentials.session_token}"}
    bearer = {"Authorization": f"Bearer {credentials.api_token}"}
    new_ticket = {
        "subject": "Printer on floor 3 jams on every page ({n})",
        "description": "Since this morning the printer jams on every page. "
        "We need it for the invoices that go out today.",
        "category": "printer",
        "channel": "api",
        "requester_id": credentials.requester_id,
        "affected_scope": "team",
        "affected_count": 12,
        "business_process": "invoicing",
        "workaround": "no",
    }
    return [
        Scenario(BASELINE, "GET /healthz (baseline: trivial JSON)", "GET", "/healthz"),
        Scenario(
            "queue",
            "GET /agent (queue page, default view)",
            "GET",
            "/agent",
            cookie,
            queue_page=True,
            expected_index="ix_tickets_queue",
        ),
        Scenario(
            "queue_single",
            "GET /agent, one connection (latency without queueing)",
            "GET",
            "/agent",
            cookie,
            concurrency=1,
        ),
        Scenario(
            "queue_all_recent",
            "GET /agent?view=all&sort=-updated",
            "GET",
            "/agent?view=all&sort=-updated",
            cookie,
            queue_page=True,
            expected_index="ix_tickets_updated",
        ),
        Scenario(
            "api_list_open",
            "GET /api/v1/tickets?open=true",
            "GET",
            "/api/v1/tickets?open=true",
            bearer,
            expected_index="ix_tickets_queue",
        ),
        Scenario(
            "api_create",
            "POST /api/v1/tickets (creates tickets)",
            "POST",
            "/api/v1/tickets",
            bearer,
            body=json.dumps(new_ticket),
        ),
    ]


def queue_variants(credentials: Credentials) -> list[Scenario]:
    """Every queue view in every sort order: probed in-process for their plans, not loaded."""
    cookie = {"Cookie": f"{SESSION_COOKIE}={credentials.session_token}"}
    return [
        Scenario(f"{view} {sort}", f"view={view} sort={sort}", "GET", path, cookie)
        for view in VIEWS
        for sort in SORT_KEYS
        for path in [f"/agent?view={view}&sort={sort}"]
    ]
