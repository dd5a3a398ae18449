"""A small HTTP/1.1 load generator, run in its own process so it does not share the server's.

    echo '{"port": 8000, "path": "/healthz"}' | python -m benchmarks.loadgen

Reads one scenario as JSON on stdin (so tokens do not show in ``ps``) and prints the result
as JSON on stdout. ``concurrency`` keep-alive connections each send one request at a time
(closed loop) for ``warmup`` seconds, which are not counted, then for ``duration`` seconds.
Raw asyncio streams keep the client's own cost per request to a few tens of microseconds.
Any status outside 2xx, and any broken connection, counts as an error.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from dataclasses import dataclass, field
from typing import Any

READ_LIMIT = 4 * 1024 * 1024


@dataclass(frozen=True)
class Scenario:
    port: int
    path: str
    method: str = "GET"
    host: str = "127.0.0.1"
    headers: dict[str, str] = field(default_factory=dict)
    body: str | None = None  # "{n}" in it becomes a request counter, so each body differs
    concurrency: int = 8
    duration: float = 10.0
    warmup: float = 2.0


@dataclass
class Tally:
    latencies_ns: list[int] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    errors: int = 0
    connection_errors: int = 0
    bytes_received: int = 0
    sent: int = 0


def request_bytes(scenario: Scenario, n: int) -> bytes:
    headers = {
        "Host": f"{scenario.host}:{scenario.port}",
        "User-Agent": "warmdesk-bench",
        "Accept": "*/*",
        **scenario.headers,
    }
    body = b""
    if scenario.body is not None:
        body = scenario.body.replace("{n}", str(n)).encode()
        headers.setdefault("Content-Type", "application/json")
        headers["Content-Length"] = str(len(body))
    head = f"{scenario.method} {scenario.path} HTTP/1.1\r\n"
    head += "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    return head.encode("latin-1") + b"\r\n" + body


async def read_response(reader: asyncio.StreamReader) -> tuple[int, int, bool]:
    """Read one response; return ``(status, body bytes, server keeps the connection)``."""
    head = await reader.readuntil(b"\r\n\r\n")
    status_line, _, header_block = head.partition(b"\r\n")
    status = int(status_line.split(b" ", 2)[1])
    length: int | None = None
    chunked, keep_alive = False, True
    for line in header_block.split(b"\r\n"):
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding":
            chunked = b"chunked" in value.lower()
        elif name == b"connection":
            keep_alive = b"close" not in value.lower()
    if chunked:
        return status, await _read_chunked(reader), keep_alive
    if length is None:
        return status, len(await reader.read()), False  # body runs until the server closes
    await reader.readexactly(length)
    return status, length, keep_alive


async def _read_chunked(reader: asyncio.StreamReader) -> int:
    total = 0
    while True:
        size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
        if size == 0:
            while await reader.readuntil(b"\r\n") != b"\r\n":  # trailers, then a blank line
                pass
            return total
        await reader.readexactly(size + 2)
        total += size


async def _connection(scenario: Scenario, tally: Tally, measure_from: int, stop_at: int) -> None:
    reader = writer = None
    while time.perf_counter_ns() < stop_at:
        try:
            if writer is None or reader is None:
                reader, writer = await asyncio.open_connection(
                    scenario.host, scenario.port, limit=READ_LIMIT
                )
            tally.sent += 1
            payload = request_bytes(scenario, tally.sent)
            started = time.perf_counter_ns()
            writer.write(payload)
            status, size, keep_alive = await read_response(reader)
            finished = time.perf_counter_ns()
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            tally.connection_errors += 1
            if writer is not None:
                writer.close()
            reader = writer = None
            await asyncio.sleep(0.01)
            continue
        if started >= measure_from and finished <= stop_at:
            tally.latencies_ns.append(finished - started)
            tally.statuses[status] = tally.statuses.get(status, 0) + 1
            tally.bytes_received += size
            if not 200 <= status < 300:
                tally.errors += 1
        if not keep_alive:
            writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


def percentile(sorted_values: list[int], fraction: float) -> int:
    """Nearest-rank percentile of an ascending list (0 when empty)."""
    if not sorted_values:
        return 0
    rank = max(1, min(len(sorted_values), round(fraction * len(sorted_values) + 0.5)))
    return sorted_values[rank - 1]


def summarize(scenario: Scenario, tally: Tally, cpu_seconds: float) -> dict[str, Any]:
    latencies = sorted(tally.latencies_ns)
    count = len(latencies)

    def ms(value: float) -> float:
        return round(value / 1e6, 3)

    return {
        "requests": count,
        "sent": tally.sent,  # warm-up and unfinished requests included
        "errors": tally.errors + tally.connection_errors,
        "connection_errors": tally.connection_errors,
        "statuses": {str(code): n for code, n in sorted(tally.statuses.items())},
        "rps": round(count / scenario.duration, 1),
        "latency_ms": {
            "p50": ms(percentile(latencies, 0.50)),
            "p90": ms(percentile(latencies, 0.90)),
            "p99": ms(percentile(latencies, 0.99)),
            "max": ms(latencies[-1] if latencies else 0),
            "mean": ms(sum(latencies) / count if count else 0),
        },
        "mean_response_bytes": round(tally.bytes_received / count) if count else 0,
        "client_cpu_percent": round(100 * cpu_seconds / (scenario.duration + scenario.warmup)),
    }


async def run(scenario: Scenario) -> dict[str, Any]:
    tally = Tally()
    cpu_before = time.process_time()
    start = time.perf_counter_ns()
    measure_from = start + int(scenario.warmup * 1e9)
    stop_at = measure_from + int(scenario.duration * 1e9)
    connections = [
        _connection(scenario, tally, measure_from, stop_at) for _ in range(scenario.concurrency)
    ]
    timed_out = False
    try:
        async with asyncio.timeout(scenario.warmup + scenario.duration + 30):
            await asyncio.gather(*connections)
    except TimeoutError:
        timed_out = True  # a request hung: report what was measured, and say so
    result = summarize(scenario, tally, time.process_time() - cpu_before)
    result["timed_out"] = timed_out
    return result


def main() -> None:
    scenario = Scenario(**json.load(sys.stdin))
    json.dump(asyncio.run(run(scenario)), sys.stdout)


if __name__ == "__main__":
    main()
