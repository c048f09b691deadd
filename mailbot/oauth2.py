"""OAuth2 access tokens for XOAUTH2 sign-in (IMAP and SMTP): fetched from the token endpoint, cached, renewed."""
from __future__ import annotations

import base64
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

from mailbot.config import OAuth2Settings
from mailbot.errors import AuthError, ConfigError
from mailbot.logging_setup import remember_secret

log = logging.getLogger(__name__)

# Renew this long before the endpoint's expiry, so a token never runs out between fetch and LOGIN.
EXPIRY_MARGIN_SECONDS = 120.0
# When the endpoint does not say (expires_in is optional in RFC 6749), assume Microsoft's usual hour.
DEFAULT_LIFETIME_SECONDS = 3600.0


def xoauth2_string(username: str, token: str) -> bytes:
    """The SASL XOAUTH2 initial response (Google's and Microsoft's format), before base64."""
    return f"user={username}\x01auth=Bearer {token}\x01\x01".encode()


def xoauth2_base64(username: str, token: str) -> str:
    return base64.b64encode(xoauth2_string(username, token)).decode("ascii")


@dataclass
class _Cached:
    token: str
    expires_at: float  # on the cache's clock


class TokenCache:
    """Access tokens per OAuth2 configuration, shared by every connection of one process.

    Thread-safe: `mailbot run` polls and IDLE-watches mailboxes from several threads.
    """

    def __init__(self, *, clock: Callable[[], float] = time.monotonic,
                 transport: httpx.BaseTransport | None = None) -> None:
        self._clock = clock
        self._transport = transport
        self._lock = threading.Lock()
        self._cache: dict[tuple[str | None, ...], _Cached] = {}

    @staticmethod
    def _key(cfg: OAuth2Settings) -> tuple[str | None, ...]:
        return (cfg.grant, cfg.token_url, cfg.client_id, cfg.scope, cfg.refresh_token_env,
                str(cfg.refresh_token_file) if cfg.refresh_token_file else None)

    def token(self, cfg: OAuth2Settings, what: str) -> str:
        """A valid access token for `cfg`; `what` ("mailbox 'orders'", "smtp") names it in errors."""
        if cfg.grant == "static":
            # Another tool renews it; read it fresh every time rather than trust an old copy.
            token = cfg.secret("access_token", what)
            if not token:
                raise ConfigError(f"{what}: oauth2 access token is empty or not set "
                                  f"({cfg.access_token_env or cfg.access_token_file})")
            remember_secret(token)
            return token
        key = self._key(cfg)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None and cached.expires_at - EXPIRY_MARGIN_SECONDS > self._clock():
                return cached.token
            fresh = self._fetch(cfg, what)
            self._cache[key] = fresh
            return fresh.token

    def invalidate(self, cfg: OAuth2Settings) -> None:
        """Forget the cached token (the server refused it: revoked, or expired early)."""
        with self._lock:
            self._cache.pop(self._key(cfg), None)

    def _fetch(self, cfg: OAuth2Settings, what: str) -> _Cached:
        form: dict[str, str] = {"grant_type": cfg.grant, "client_id": cfg.client_id or ""}
        secret = cfg.secret("client_secret", what)
        if secret:
            form["client_secret"] = secret
        if cfg.scope:
            form["scope"] = cfg.scope
        refresh = None
        if cfg.grant == "refresh_token":
            refresh = cfg.secret("refresh_token", what)
            if not refresh:
                raise ConfigError(f"{what}: oauth2 refresh token is empty or not set "
                                  f"({cfg.refresh_token_env or cfg.refresh_token_file})")
            form["refresh_token"] = refresh
        started = self._clock()
        try:
            with httpx.Client(timeout=cfg.timeout_seconds, transport=self._transport) as http:
                resp = http.post(str(cfg.token_url), data=form, headers={"Accept": "application/json"})
        except httpx.HTTPError as exc:
            raise AuthError(f"{what}: oauth2 token endpoint {cfg.token_url} unreachable: "
                            f"{type(exc).__name__}: {exc}") from None
        try:
            body = resp.json()
        except ValueError:
            body = {}
        if not isinstance(body, dict):
            body = {}
        if resp.status_code >= 400 or "access_token" not in body:
            # RFC 6749 5.2: {"error": "invalid_grant", "error_description": "..."}; never echo the request.
            reason = str(body.get("error") or f"HTTP {resp.status_code}")
            detail = str(body.get("error_description") or "").splitlines()[0:1]
            raise AuthError(f"{what}: oauth2 token endpoint {cfg.token_url} refused: {reason}"
                            + (f": {detail[0][:200]}" if detail else ""))
        token = str(body["access_token"])
        remember_secret(token)
        try:
            lifetime = float(body.get("expires_in", DEFAULT_LIFETIME_SECONDS))
        except (TypeError, ValueError):
            lifetime = DEFAULT_LIFETIME_SECONDS
        new_refresh = body.get("refresh_token")
        if refresh and isinstance(new_refresh, str) and new_refresh and new_refresh != refresh:
            remember_secret(new_refresh)
            self._store_refresh_token(cfg, new_refresh, what)
        log.info("%s: oauth2 access token obtained (valid %.0f s)", what, lifetime)
        return _Cached(token, started + lifetime)

    @staticmethod
    def _store_refresh_token(cfg: OAuth2Settings, token: str, what: str) -> None:
        """Keep a rotated refresh token (Microsoft rotates them): the old one stops working some day."""
        path = cfg.refresh_token_file
        if path is None:
            log.warning("%s: the token endpoint rotated the refresh token; it is kept in memory only "
                        "(set refresh_token_file to keep it across restarts)", what)
            return
        path = Path(path)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(fd, "w") as fh:  # mkstemp creates it 0600: never world-readable, not even briefly
                fh.write(token + "\n")
            os.replace(tmp, path)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            log.warning("%s: cannot store the rotated refresh token in %s: %s", what, path, exc.strerror)
