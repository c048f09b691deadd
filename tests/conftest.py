"""Session fixtures every area uses: a real private Dovecot, an aiosmtpd sink, settings and apps on temp state."""
from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mailbot.app import App, build_app
from mailbot.config import Settings, settings_from_dict
from mailbot.devserver import Dovecot, SmtpSink, make_root_dir

# Test users of the private Dovecot; every password is random per session and reaches mailbot only
# through the environment variable named here (password_env), as in production.
MAIL_USERS = {
    "orders@example.com": "MAILBOT_TEST_ORDERS_PASSWORD",
    "sales@example.com": "MAILBOT_TEST_SALES_PASSWORD",
    "claims@example.com": "MAILBOT_TEST_CLAIMS_PASSWORD",
    "ops@example.com": "MAILBOT_TEST_OPS_PASSWORD",
}
ORDERS = "orders@example.com"


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """One real Dovecot for the session (plain IMAP on dovecot.imap_port, IMAPS on imaps_port)."""
    users = {u: secrets.token_urlsafe(12) for u in MAIL_USERS}
    server = Dovecot(make_root_dir(), users)
    saved = {env: os.environ.get(env) for env in MAIL_USERS.values()}
    for user, env in MAIL_USERS.items():
        os.environ[env] = users[user]
    try:
        server.start()
        yield server
    finally:
        server.destroy()  # SIGKILL the process group and remove its directory
        for env, old in saved.items():
            if old is None:
                os.environ.pop(env, None)
            else:
                os.environ[env] = old


@pytest.fixture
def clean_mailbox(dovecot: Dovecot) -> Callable[..., None]:
    """Empties orders@example.com's INBOX before the test; call it to empty other users/folders too."""

    def clean(user: str = ORDERS, folder: str = "INBOX") -> None:
        if not dovecot.running:
            dovecot.start()
        dovecot.expunge_all(user, folder)

    clean()
    return clean


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    """A fresh aiosmtpd sink per test: `.messages` are the accepted envelopes."""
    sink = SmtpSink().start()
    try:
        yield sink
    finally:
        sink.stop()


def mailbox_config(dovecot: Dovecot, user: str = ORDERS, *, name: str = "orders", **extra: Any) -> dict[str, Any]:
    """A [[mailbox]] entry (as a dict) for one of the test users on the private Dovecot's plain port."""
    entry: dict[str, Any] = {
        "name": name, "host": dovecot.host, "port": dovecot.imap_port, "security": "none",
        "username": user, "password_env": MAIL_USERS[user], "timeout_seconds": 10,
    }
    entry.update(extra)
    return entry


def _merge(base: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    # Sections (dicts) merge key by key; lists and scalars replace.
    out = dict(base)
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


@pytest.fixture
def settings_dict(tmp_path: Path, request: pytest.FixtureRequest) -> Callable[..., dict[str, Any]]:
    """Build the config mapping make_settings validates (useful to write a config file for the CLI).

    The Dovecot and the SMTP sink are started only when the test does not override `mailbox`/`smtp`.
    """

    def build(**overrides: Any) -> dict[str, Any]:
        data: dict[str, Any] = {
            "database": {"url": f"sqlite:///{tmp_path / 'mailbot.db'}"},
            "storage": {"path": str(tmp_path / "store")},
            "schedule": {"poll_seconds": 5, "idle": False, "reconnect_max_seconds": 2},
            "web": {"cookie_secure": False},
            "digest": {"to": ["ops@example.com"]},
        }
        if "mailbox" not in overrides:
            data["mailbox"] = [mailbox_config(request.getfixturevalue("dovecot"))]
        if "smtp" not in overrides:
            sink: SmtpSink = request.getfixturevalue("smtp_sink")
            data["smtp"] = {"host": sink.host, "port": sink.port, "security": "none", "timeout_seconds": 10}
        return _merge(data, overrides)

    return build


@pytest.fixture
def make_settings(settings_dict: Callable[..., dict[str, Any]], tmp_path: Path) -> Callable[..., Settings]:
    """`make_settings(pipeline={"steps": [...]}, mailbox=[...], ...)` -> Settings on a temp DB and store.

    Keyword arguments are config sections; dict sections merge into the defaults, lists replace.
    """

    def build(**overrides: Any) -> Settings:
        return settings_from_dict(settings_dict(**overrides), base=tmp_path)

    return build


@pytest.fixture
def make_app(make_settings: Callable[..., Settings]) -> Iterator[Callable[..., App]]:
    """`make_app()` or `make_app(settings)` -> App with a migrated temp SQLite DB; engines disposed after."""
    apps: list[App] = []

    def build(settings: Settings | None = None) -> App:
        app = build_app(settings if settings is not None else make_settings())
        apps.append(app)
        return app

    yield build
    for app in apps:
        app.engine.dispose()


def toml_dumps(data: dict[str, Any]) -> str:
    """TOML text of a test config mapping (tomli-w; None values are left out, paths become strings)."""
    import tomli_w

    def clean(v: Any) -> Any:
        # TOML has no null, and tomli-w writes only plain types: drop None, stringify paths.
        if isinstance(v, dict):
            return {k: clean(x) for k, x in v.items() if x is not None}
        if isinstance(v, list | tuple):
            return [clean(x) for x in v if x is not None]
        if isinstance(v, Path):
            return str(v)
        return v

    return tomli_w.dumps(clean(data))


@pytest.fixture
def make_config_file(settings_dict: Callable[..., dict[str, Any]], tmp_path: Path) -> Callable[..., Path]:
    """Write a config.toml for running the real `mailbot` CLI in a subprocess (`--config PATH`)."""

    def build(**overrides: Any) -> Path:
        path = tmp_path / "config.toml"
        path.write_text(toml_dumps(settings_dict(**overrides)))
        return path

    return build


@pytest.fixture
def screenshot_dir(tmp_path: Path) -> Path:
    """Where browser tests save screenshots: docs/screenshots/ with MAILBOT_UPDATE_SCREENSHOTS=1 (to refresh
    the README's pictures), else a temp dir, so a test run never changes tracked files."""
    if os.environ.get("MAILBOT_UPDATE_SCREENSHOTS") == "1":
        path = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    else:
        path = tmp_path / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path
