"""A small OAuth2 authorization server on loopback: token endpoint and RFC 7662 introspection, for XOAUTH2 tests.

Dovecot's oauth2 passdb asks its introspection endpoint whether a bearer token is valid, exactly as it
would ask Microsoft's or Google's; mailbot asks its token endpoint for tokens (refresh_token and
client_credentials grants). There is no identity provider on this machine, so this is the one part of
the OAuth2 tests that is ours; the IMAP and SMTP servers on the other end are the real ones.
"""
from __future__ import annotations

import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import parse_qs

from mailbot.devserver.dovecot import free_port


@dataclass
class OAuthServer:
    """Issues opaque bearer tokens; `requests` records each token request (grant and client, no secrets)."""

    host: str = "127.0.0.1"
    port: int = field(default_factory=free_port)
    lifetime_seconds: int = 3600
    rotate_refresh_tokens: bool = False  # Microsoft hands out a new refresh token with each access token
    refresh_tokens: dict[str, str] = field(default_factory=dict)  # refresh token -> user
    clients: dict[str, tuple[str, str]] = field(default_factory=dict)  # client_id -> (secret, user)
    access_tokens: dict[str, tuple[str, float]] = field(default_factory=dict)  # token -> (user, expires)
    requests: list[dict[str, str]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None

    @property
    def token_url(self) -> str:
        return f"http://{self.host}:{self.port}/token"

    @property
    def introspection_url(self) -> str:
        return f"http://{self.host}:{self.port}/introspect"

    def add_refresh_token(self, user: str) -> str:
        token = "rt-" + secrets.token_urlsafe(24)
        with self._lock:
            self.refresh_tokens[token] = user
        return token

    def add_client(self, client_id: str, user: str) -> str:
        """An app registration allowed to act for `user` (client_credentials); returns its secret."""
        secret = "cs-" + secrets.token_urlsafe(24)
        with self._lock:
            self.clients[client_id] = (secret, user)
        return secret

    def issue(self, user: str, lifetime: int | None = None) -> str:
        token = "at-" + secrets.token_urlsafe(32)
        with self._lock:
            self.access_tokens[token] = (user, time.time() + (lifetime or self.lifetime_seconds))
        return token

    def revoke_access_tokens(self) -> None:
        with self._lock:
            self.access_tokens.clear()

    # -- the two endpoints ---------------------------------------------------------------------
    def _token(self, form: dict[str, str]) -> tuple[int, dict[str, object]]:
        grant, client_id = form.get("grant_type", ""), form.get("client_id", "")
        with self._lock:
            self.requests.append({"grant_type": grant, "client_id": client_id, "scope": form.get("scope", "")})
        if grant == "refresh_token":
            with self._lock:
                user = self.refresh_tokens.get(form.get("refresh_token", ""))
            if user is None:
                return 400, {"error": "invalid_grant",
                             "error_description": "AADSTS70000: The refresh token is invalid or expired."}
            body: dict[str, object] = {"token_type": "Bearer", "expires_in": self.lifetime_seconds,
                                       "access_token": self.issue(user)}
            if self.rotate_refresh_tokens:
                with self._lock:
                    del self.refresh_tokens[form["refresh_token"]]
                body["refresh_token"] = self.add_refresh_token(user)
            return 200, body
        if grant == "client_credentials":
            with self._lock:
                known = self.clients.get(client_id)
            if known is None or not secrets.compare_digest(known[0], form.get("client_secret", "")):
                return 401, {"error": "invalid_client", "error_description": "Client authentication failed."}
            return 200, {"token_type": "Bearer", "expires_in": self.lifetime_seconds,
                         "access_token": self.issue(known[1])}
        return 400, {"error": "unsupported_grant_type"}

    def _introspect(self, form: dict[str, str]) -> dict[str, object]:
        with self._lock:
            found = self.access_tokens.get(form.get("token", ""))
        if found is None or found[1] < time.time():
            return {"active": False}
        return {"active": True, "username": found[0]}

    def check(self, user: str, token: str) -> bool:
        """Whether `token` is a live access token for `user` (what a mail server asks)."""
        found = self._introspect({"token": token})
        return bool(found["active"]) and found.get("username") == user

    # -- life cycle ----------------------------------------------------------------------------
    def start(self) -> OAuthServer:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length") or 0)
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                if self.path == "/token":
                    status, body = owner._token(form)
                elif self.path == "/introspect":
                    status, body = 200, owner._introspect(form)
                else:
                    status, body = 404, {"error": "not_found"}
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:  # quiet: tokens are in the bodies, not the paths
                pass

        self._server = ThreadingHTTPServer((self.host, self.port), Handler)
        threading.Thread(target=self._server.serve_forever, name="oauth-devserver", daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> OAuthServer:
        return self.start()

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
