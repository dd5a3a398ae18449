"""The server under test: ``warmdesk serve`` in its own process, access log off.

Going through the product's own entry point (rather than calling uvicorn directly) means
the benchmark measures whatever ``serve`` does, workers and socket set-up included."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class RunningServer:
    process: subprocess.Popen[bytes]
    port: int
    log_path: Path

    def cpu_seconds(self) -> float | None:
        """User + system CPU of the server and its worker processes so far (Linux only)."""
        pids = [self.process.pid, *_children(self.process.pid)]
        ticks = [_cpu_ticks(pid) for pid in pids]
        if any(t is None for t in ticks):
            return None
        return sum(t for t in ticks if t is not None) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # uvicorn finishes open requests first
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(child) for child in task.read_text().split()]
    return found


def _cpu_ticks(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime, stime


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(database_url: str, data_dir: Path, workers: int, log_path: Path) -> RunningServer:
    """Start the server on a free loopback port and wait until ``/healthz`` answers.

    Raises RuntimeError, with the end of the server's log, if it does not come up."""
    port = free_port()
    env = {
        **os.environ,
        "WARMDESK_DATABASE_URL": database_url,
        "WARMDESK_DATA_DIR": str(data_dir),
        "WARMDESK_WEB__ACCESS_LOG": "false",
    }
    command = [sys.executable, "-m", "warmdesk.cli", "serve", "--no-access-log"]
    command += ["--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    server = RunningServer(process, port, log_path)
    deadline = time.monotonic() + 60
    while not _healthy(port):
        if process.poll() is not None or time.monotonic() > deadline:
            server.stop()
            tail = log_path.read_text(errors="replace")[-3000:]
            raise RuntimeError(f"the server did not start:\n{tail}")
        time.sleep(0.2)
    if workers > 1:
        time.sleep(2.0)  # /healthz answered from the first worker; let the others start too
    return server


def keepalive_median_ms(port: int, requests: int = 20) -> float:
    """Median time of ``/healthz`` on one keep-alive connection, asked one after another.

    About 40 ms instead of about 1 means the server's sockets have Nagle's algorithm on
    (no TCP_NODELAY), so every response after the first waits for a delayed ACK."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    timings = []
    try:
        for _ in range(requests):
            started = time.perf_counter()
            connection.request("GET", "/healthz")
            connection.getresponse().read()
            timings.append((time.perf_counter() - started) * 1000)
    finally:
        connection.close()
    return round(statistics.median(timings), 2)


def _healthy(port: int) -> bool:
    """True once ``/healthz`` answers 200. With several workers the others may still be
    starting: the load generator's warm-up covers that."""
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        connection.request("GET", "/healthz")
        ok = connection.getresponse().status == 200
        connection.close()
    except OSError:
        return False
    return ok
