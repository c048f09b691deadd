"""XOAUTH2 sign-in to a real Dovecot whose oauth2 passdb checks tokens with a loopback OAuth2 server."""
from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from mailbot.config import settings_from_dict
from mailbot.devserver.dovecot import Dovecot, make_root_dir
from mailbot.devserver.oauth import OAuthServer
from mailbot.errors import ConfigError
from mailbot.intake.fetcher import poll_all
from tests.conftest import ORDERS, mailbox_config
from tests.intake.helpers import make_mail, recorded, run_cli, server_state

STORE_ONLY = {"steps": ["store", "record"]}


@pytest.fixture(scope="module")
def idp() -> Iterator[OAuthServer]:
    with OAuthServer() as server:
        yield server


@pytest.fixture(scope="module")
def oauth_dovecot(idp: OAuthServer) -> Iterator[Dovecot]:
    server = Dovecot(make_root_dir(), {ORDERS: "not-used-" + os.urandom(6).hex()},
                     oauth2_introspection_url=idp.introspection_url)
    server.start()
    try:
        yield server
    finally:
        server.destroy()


@pytest.fixture
def fresh(oauth_dovecot: Dovecot, idp: OAuthServer) -> Dovecot:
    oauth_dovecot.expunge_all(ORDERS)
    idp.requests.clear()
    idp.rotate_refresh_tokens = False
    return oauth_dovecot


def oauth_mailbox(server: Dovecot, **oauth2: object) -> dict[str, object]:
    entry = mailbox_config(server, auth="oauth2", oauth2=oauth2)
    entry.pop("password_env")
    return entry


def test_refresh_token_grant_signs_in_with_xoauth2_and_reuses_the_token(fresh, idp, make_settings, make_app,
                                                                          monkeypatch):
    monkeypatch.setenv("TEST_REFRESH_TOKEN", idp.add_refresh_token(ORDERS))
    app = make_app(make_settings(pipeline=STORE_ONLY, mailbox=[oauth_mailbox(
        fresh, token_url=idp.token_url, client_id="mailbot-test", refresh_token_env="TEST_REFRESH_TOKEN",
        scope="https://outlook.office.com/IMAP.AccessAsUser.All offline_access")]))
    fresh.append(ORDERS, make_mail(1))
    [r] = poll_all(app)
    assert r.ok and r.fetched == 1, r.error
    fresh.append(ORDERS, make_mail(2))
    [r2] = poll_all(app)
    assert r2.ok and r2.fetched == 1 and len(recorded(app)) == 2
    # One token request for both polls: the cached token is used until shortly before it expires.
    assert [q["grant_type"] for q in idp.requests] == ["refresh_token"]
    assert idp.requests[0]["scope"].startswith("https://outlook.office.com/IMAP")
    assert f"user=<{ORDERS}>, method=XOAUTH2" in fresh.log.read_text()

    # The server stops accepting the cached token (revoked): renewed once, and the poll goes on.
    idp.revoke_access_tokens()
    fresh.append(ORDERS, make_mail(3))
    [r3] = poll_all(app)
    assert r3.ok and r3.fetched == 1
    assert len(idp.requests) == 2


def test_a_rotated_refresh_token_is_written_back_for_the_next_start(fresh, idp, make_settings, make_app,
                                                                      tmp_path: Path):
    idp.rotate_refresh_tokens = True
    rt_file = tmp_path / "refresh_token"
    rt_file.write_text(idp.add_refresh_token(ORDERS) + "\n")
    first = rt_file.read_text()
    box = oauth_mailbox(fresh, token_url=idp.token_url, client_id="mailbot-test", refresh_token_file=str(rt_file))
    app = make_app(make_settings(pipeline=STORE_ONLY, mailbox=[box]))
    fresh.append(ORDERS, make_mail(1))
    [r] = poll_all(app)
    assert r.ok, r.error
    assert rt_file.read_text() not in ("", first)  # the old one is dead at the endpoint now
    assert stat.S_IMODE(rt_file.stat().st_mode) == 0o600
    # A restart (a new process has no cached token) signs in with the stored, rotated token.
    again = make_app(make_settings(pipeline=STORE_ONLY, mailbox=[box]))
    fresh.append(ORDERS, make_mail(2))
    [r2] = poll_all(again)
    assert r2.ok and r2.fetched == 1 and len(recorded(again)) == 2, r2.error
    assert [q["grant_type"] for q in idp.requests] == ["refresh_token", "refresh_token"]


def test_client_credentials_grant(fresh, idp, make_settings, make_app, tmp_path: Path):
    secret_file = tmp_path / "client_secret"
    secret_file.write_text(idp.add_client("mailbot-daemon", ORDERS))
    app = make_app(make_settings(pipeline=STORE_ONLY, mailbox=[oauth_mailbox(
        fresh, grant="client_credentials", token_url=idp.token_url, client_id="mailbot-daemon",
        client_secret_file=str(secret_file), scope="https://outlook.office365.com/.default")]))
    fresh.append(ORDERS, make_mail(1))
    [r] = poll_all(app)
    assert r.ok and r.fetched == 1, r.error
    assert idp.requests[-1] == {"grant_type": "client_credentials", "client_id": "mailbot-daemon",
                                "scope": "https://outlook.office365.com/.default"}


def test_static_token_kept_fresh_by_another_tool(fresh, idp, make_settings, make_app, tmp_path: Path):
    token_file = tmp_path / "access_token"
    token_file.write_text(idp.issue(ORDERS))
    app = make_app(make_settings(pipeline=STORE_ONLY, mailbox=[oauth_mailbox(
        fresh, grant="static", access_token_file=str(token_file))]))
    fresh.append(ORDERS, make_mail(1))
    [r] = poll_all(app)
    assert r.ok and r.fetched == 1, r.error
    idp.revoke_access_tokens()
    [bad] = poll_all(app)
    assert not bad.ok and "refused" in (bad.error or "")
    token_file.write_text(idp.issue(ORDERS))  # the other tool renewed it: read again at the next login
    [good] = poll_all(app)
    assert good.ok
    assert idp.requests == []  # mailbot never asked the endpoint itself


def test_refused_refresh_token_is_one_clear_line_and_no_secret(fresh, idp, make_config_file, monkeypatch):
    monkeypatch.setenv("TEST_REFRESH_TOKEN", "rt-this-one-is-not-known")
    config = make_config_file(pipeline=STORE_ONLY, mailbox=[oauth_mailbox(
        fresh, token_url=idp.token_url, client_id="mailbot-test", refresh_token_env="TEST_REFRESH_TOKEN")])
    fresh.append(ORDERS, make_mail(1))
    proc = run_cli(config, "-vv", "poll", "--once")
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "mailbox 'orders'" in out and "invalid_grant" in out and "Traceback" not in out
    assert "rt-this-one-is-not-known" not in out
    # Nothing was taken: the mail waits on the server, unmarked, until the operator fixes the token.
    assert all(b"$MailbotDone" not in f for f in server_state(fresh, ORDERS).values())


def test_check_asks_the_token_endpoint(fresh, idp, make_config_file, monkeypatch):
    monkeypatch.setenv("TEST_REFRESH_TOKEN", idp.add_refresh_token(ORDERS))
    good = oauth_mailbox(fresh, token_url=idp.token_url, client_id="c", refresh_token_env="TEST_REFRESH_TOKEN")
    bad = {**oauth_mailbox(fresh, token_url=idp.token_url, client_id="c", refresh_token_file="missing-rt"),
           "name": "other"}
    proc = run_cli(make_config_file(mailbox=[good, bad]), "check")
    assert proc.returncode == 0, proc.stderr
    assert "oauth2     ok  mailbox orders" in proc.stdout
    assert "secret     --  mailbox 'other' oauth2 refresh_token: cannot read secret file" in proc.stdout


def test_oauth2_needs_its_table() -> None:
    with pytest.raises(ConfigError, match="oauth2"):
        settings_from_dict({"mailbox": [{"name": "m", "host": "h", "username": "u", "auth": "oauth2"}]},
                           base=Path("/tmp"))
    with pytest.raises(ConfigError, match="refresh_token_env or refresh_token_file"):
        settings_from_dict({"mailbox": [{"name": "m", "host": "h", "username": "u", "auth": "oauth2",
                                         "oauth2": {"token_url": "https://login.example/token",
                                                    "client_id": "c"}}]}, base=Path("/tmp"))


def test_run_with_idle_signs_in_with_oauth2_and_logs_no_token(fresh, idp, make_config_file, monkeypatch, tmp_path):
    import signal
    import subprocess

    from sqlmodel import Session, create_engine, select

    from mailbot.store.models import MailboxState, Message
    from tests.intake.helpers import mailbot_cmd, wait_for

    refresh = idp.add_refresh_token(ORDERS)
    monkeypatch.setenv("TEST_REFRESH_TOKEN", refresh)
    config = make_config_file(pipeline=STORE_ONLY, schedule={"poll_seconds": 600, "idle": True},
                              mailbox=[oauth_mailbox(fresh, token_url=idp.token_url, client_id="c",
                                                     refresh_token_env="TEST_REFRESH_TOKEN")])
    engine = create_engine(f"sqlite:///{config.parent / 'mailbot.db'}")

    def count() -> int:
        try:
            with Session(engine) as s:
                return len(s.exec(select(Message)).all())
        except Exception:  # noqa: BLE001 - the service may not have created the schema yet
            return 0

    def idling() -> bool:
        try:
            with Session(engine) as s:
                return any(st.idle_state == "idling" for st in s.exec(select(MailboxState)).all())
        except Exception:  # noqa: BLE001 - as above
            return False

    # The Dovecot is shared by the module: count only the sign-ins of this run.
    signed_in = f"user=<{ORDERS}>, method=XOAUTH2"
    before = fresh.log.read_text().count(signed_in)
    log_path = tmp_path / "run.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen(mailbot_cmd(config, "-v", "run"), stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
    try:
        # The catch-up poll and the IDLE watcher both signed in and the watcher idles: only IDLE can see
        # this mail in time (the next poll is ten minutes away).
        assert wait_for(lambda: fresh.log.read_text().count(signed_in) >= before + 2 and idling(), 30), \
            log_path.read_text()
        fresh.append(ORDERS, make_mail(1, subject="IDLE with OAuth2"))
        assert wait_for(lambda: count() == 1, 5), log_path.read_text()
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
    text = log_path.read_text()
    assert "access token obtained" in text  # -v shows mailbot's INFO lines, tokens redacted or absent
    assert refresh not in text and not any(tok in text for tok in idp.access_tokens)
    assert len(idp.requests) == 1  # one token for the poller and the watcher
