"""Starting uvicorn with one or several worker processes."""

from __future__ import annotations

import socket

import uvicorn
from uvicorn.supervisors import Multiprocess

APP = "warmdesk.asgi:app"


def tcp_listener(host: str, port: int) -> socket.socket:
    """A listening socket created with ``IPPROTO_TCP`` named explicitly.

    Accepted connections inherit the protocol number, and asyncio only turns on
    ``TCP_NODELAY`` when it is ``IPPROTO_TCP``. uvicorn's own pre-bound socket leaves it 0,
    so with several workers every keep-alive request after the first waited ~40 ms for a
    delayed ACK (uvicorn issue #3149).
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    listener.set_inheritable(True)
    return listener


def run(host: str, port: int, *, workers: int, access_log: bool) -> None:
    config = uvicorn.Config(
        APP, host=host, port=port, workers=workers, access_log=access_log, log_level="info"
    )
    if workers <= 1:
        uvicorn.Server(config).run()
        return
    Multiprocess(config, sockets=[tcp_listener(host, port)]).run()
