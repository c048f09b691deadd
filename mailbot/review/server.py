"""Running the review app with uvicorn: in the foreground (`mailbot serve`) or in a thread beside the poller."""
from __future__ import annotations

import logging
import socket
import threading
import time
from dataclasses import dataclass

import uvicorn

from mailbot.app import App
from mailbot.errors import MailbotError

log = logging.getLogger(__name__)


def _config(app: App, host: str | None, port: int | None) -> uvicorn.Config:
    from mailbot.review.web import create_web_app

    web = app.settings.web
    # log_config=None: keep mailbot's logging setup; access logs off (URLs carry search terms).
    return uvicorn.Config(create_web_app(app), host=host or web.host, port=web.port if port is None else port,
                          log_config=None, access_log=False, proxy_headers=False, server_header=False,
                          lifespan="off")


def serve(app: App, *, host: str | None = None, port: int | None = None) -> None:
    """Serve until interrupted (Ctrl-C / SIGTERM)."""
    config = _config(app, host, port)
    log.info("review queue on http://%s:%s/", config.host, config.port)
    uvicorn.Server(config).run()


@dataclass
class ServerHandle:
    """A server running in a daemon thread: .url to reach it, .stop() to end it."""

    server: uvicorn.Server
    thread: threading.Thread
    host: str
    port: int

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def stop(self, timeout: float = 10.0) -> None:
        self.server.should_exit = True
        self.thread.join(timeout)


def serve_in_thread(app: App, *, host: str | None = None, port: int | None = None,
                    start_timeout: float = 15.0) -> ServerHandle:
    """Start the server in a thread and return once it accepts connections (port 0 picks a free one)."""
    config = _config(app, host, port)
    # Bind here so port 0 is resolved and a port in use fails now, in the caller, with a clear message.
    sock = socket.socket(socket.AF_INET6 if ":" in config.host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((config.host, config.port))
    except OSError as exc:
        sock.close()
        raise MailbotError(f"web: cannot listen on {config.host}:{config.port}: {exc.strerror}") from None
    bound_port = sock.getsockname()[1]
    server = uvicorn.Server(config)
    # uvicorn installs signal handlers only in the main thread; here the caller owns signals.
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="mailbot-web", daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise MailbotError(f"web: server did not start on {config.host}:{bound_port}")
        time.sleep(0.02)
    log.info("review queue on http://%s:%s/", config.host, bound_port)
    return ServerHandle(server=server, thread=thread, host=config.host, port=bound_port)
