"""ASGI middleware of the review app: sign-in gate, CSRF check on every unsafe method, security headers."""
from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, quote

import anyio
from sqlalchemy.engine import Engine
from sqlmodel import Session
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mailbot.store.models import User

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_HEADER = b"x-csrf-token"
CSRF_FIELD = "csrf_token"
MAX_FORM_BYTES = 1024 * 1024

# Pages: our own files only, no inline script; frames only from us (PDF and sanitised mail views).
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'")
# Hostile content (attachments, mail HTML): nothing may run, and it gets an opaque origin.
CONTENT_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"
# A PDF: sandboxed all the same, but Chromium's built-in viewer is itself an embedded object, which
# default-src 'none' (object-src) would block, leaving an empty frame.
PDF_CSP = "sandbox"


def is_public(path: str) -> bool:
    """Paths reachable without signing in.

    /login must be (it is how one signs in), /healthz is for monitoring, and /static/ holds only our own
    CSS and JS (no data), which the login page itself needs.
    """
    return path in ("/login", "/healthz") or path.startswith("/static/")


def ensure_csrf_token(session: dict[str, Any]) -> str:
    token = session.get("csrf")
    if not isinstance(token, str) or len(token) < 32:
        token = secrets.token_urlsafe(32)
        session["csrf"] = token
    return token


def _headers(scope: Scope) -> dict[bytes, bytes]:
    return {k.lower(): v for k, v in scope.get("headers", [])}


async def _reply(send: Send, status: int, body: bytes, content_type: bytes,
                 extra: list[tuple[bytes, bytes]] | None = None) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", content_type), (b"content-length", str(len(body)).encode()),
                            *(extra or [])]})
    await send({"type": "http.response.body", "body": body})


class AuthGateMiddleware:
    """Every path except is_public() needs a signed-in, active user; it is put in scope["state"]["user"].

    Done here rather than per route so a route added later is protected without anyone remembering to.
    API paths get 401 JSON; pages redirect to the login page with the wanted path in ?next=.
    """

    def __init__(self, app: ASGIApp, *, engine: Engine) -> None:
        self.app = app
        self.engine = engine

    def _load_user(self, user_id: Any) -> User | None:
        if not isinstance(user_id, int):
            return None
        with Session(self.engine, expire_on_commit=False) as session:
            user = session.get(User, user_id)
            return user if user is not None and user.active else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        session = scope.get("session") or {}
        user = None
        if "uid" in session:
            user = await anyio.to_thread.run_sync(self._load_user, session.get("uid"))
            if user is None:
                session.clear()  # deactivated or deleted: the old cookie is worth nothing
        scope.setdefault("state", {})["user"] = user
        if user is not None or is_public(path):
            await self.app(scope, receive, send)
            return
        if path.startswith("/api/") or path == "/openapi.json" or scope.get("method") not in ("GET", "HEAD"):
            await _reply(send, 401, b'{"detail":"not signed in"}', b"application/json",
                         [(b"www-authenticate", b'Cookie realm="mailbot"')])
            return
        query = scope.get("query_string", b"").decode("latin-1")
        target = path + (f"?{query}" if query else "")
        location = "/login?next=" + quote(target, safe="")
        await _reply(send, 303, b"", b"text/plain", [(b"location", location.encode("latin-1"))])


class CSRFMiddleware:
    """Unsafe methods need the session's CSRF token: in the X-CSRF-Token header or a form's csrf_token.

    JSON clients (the API) must send the header, which a cross-site form cannot set; HTML forms carry
    the hidden field. The form body is read here and handed on unchanged to the route.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") in SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        expected = (scope.get("session") or {}).get("csrf")
        headers = _headers(scope)
        given = headers.get(CSRF_HEADER, b"").decode("latin-1")
        body_chunks: list[bytes] = []
        if not given and headers.get(b"content-type", b"").split(b";")[0].strip() == \
                b"application/x-www-form-urlencoded":
            size = 0
            more = True
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > MAX_FORM_BYTES:
                    await _reply(send, 413, b'{"detail":"form too large"}', b"application/json")
                    return
                body_chunks.append(chunk)
                more = message.get("more_body", False)
            fields = parse_qs(b"".join(body_chunks).decode("utf-8", "replace"), max_num_fields=5000)
            given = (fields.get(CSRF_FIELD) or [""])[0]
        if not (isinstance(expected, str) and expected and given
                and hmac.compare_digest(expected.encode(), given.encode("utf-8", "replace"))):
            await _reply(send, 403, b'{"detail":"missing or wrong CSRF token; reload the page"}',
                         b"application/json")
            return
        if body_chunks:
            await self.app(scope, _replay(b"".join(body_chunks), receive), send)
        else:
            await self.app(scope, receive, send)


def _replay(body: bytes, receive: Receive) -> Callable[[], Any]:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


class SecurityHeadersMiddleware:
    """A strict CSP and the usual hardening headers on every response that did not set its own."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = scope.get("path", "").startswith("/static/")

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                defaults = [
                    (b"content-security-policy", PAGE_CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"same-origin"),
                    (b"x-frame-options", b"SAMEORIGIN"),
                    (b"cross-origin-opener-policy", b"same-origin"),
                ]
                if not static:
                    # Order data must not linger in shared caches or the back/forward cache of a shared PC.
                    defaults.append((b"cache-control", b"no-store"))
                headers += [(k, v) for k, v in defaults if k not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, wrapped)
