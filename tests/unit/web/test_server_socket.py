import asyncio
import socket
import threading

from warmdesk.web.server import tcp_listener


def test_the_listener_names_tcp_so_accepted_connections_get_nodelay() -> None:
    """Without IPPROTO_TCP on the listener, asyncio leaves Nagle on for accepted sockets."""
    listener = tcp_listener("127.0.0.1", 0)
    assert listener.proto == socket.IPPROTO_TCP
    seen: list[int] = []

    async def scenario() -> None:
        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            accepted = writer.get_extra_info("socket")
            seen.append(accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        server = await asyncio.start_server(handle, sock=listener)
        port = listener.getsockname()[1]
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        for _ in range(100):
            if seen:
                break
            await asyncio.sleep(0.01)
        writer.close()
        await writer.wait_closed()
        server.close()
        await server.wait_closed()

    # In a thread of its own: the browser tests' Playwright keeps a loop in the main thread.
    worker = threading.Thread(target=asyncio.run, args=(scenario(),))
    worker.start()
    worker.join(timeout=30)
    assert seen == [1]
