"""The review queue web app for sales staff: login, queue, order page, actions, JSON API."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

    from mailbot.app import App
    from mailbot.review.server import ServerHandle


def create_web_app(app: App) -> FastAPI:
    """The FastAPI application over one App (imported lazily so the CLI starts fast)."""
    from mailbot.review.web import create_web_app as _create

    return _create(app)


def serve_in_thread(app: App, *, host: str | None = None, port: int | None = None) -> ServerHandle:
    """Start uvicorn in a background thread; returns a handle with .url and .stop()."""
    from mailbot.review.server import serve_in_thread as _serve

    return _serve(app, host=host, port=port)
