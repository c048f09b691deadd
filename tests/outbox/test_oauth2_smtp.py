"""Sending with AUTH XOAUTH2 to a real aiosmtpd server that checks the bearer token with the OAuth2 dev server."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from mailbot.devserver.oauth import OAuthServer
from mailbot.devserver.smtp import SmtpSink
from mailbot.outbox.sender import deliver_due
from tests.outbox.helpers import outbox_rows, queue_acks

USER = "orders@example.com"


@pytest.fixture
def idp() -> Iterator[OAuthServer]:
    with OAuthServer() as server:
        yield server


@pytest.fixture
def oauth_sink(idp: OAuthServer) -> Iterator[SmtpSink]:
    with SmtpSink(oauth=idp) as sink:
        yield sink


def smtp_section(sink: SmtpSink, **oauth2: object) -> dict[str, object]:
    return {"host": sink.host, "port": sink.port, "security": "none", "timeout_seconds": 10,
            "username": USER, "auth": "oauth2", "oauth2": oauth2}


def test_outbox_delivers_with_xoauth2_and_renews_a_revoked_token(idp, oauth_sink, make_settings, make_app,
                                                                  monkeypatch):
    monkeypatch.setenv("TEST_SMTP_REFRESH", idp.add_refresh_token(USER))
    app = make_app(make_settings(smtp=smtp_section(oauth_sink, token_url=idp.token_url, client_id="mailbot",
                                                   refresh_token_env="TEST_SMTP_REFRESH")))
    queue_acks(app, 2)
    assert deliver_due(app) == 2
    assert len(oauth_sink.messages) == 2
    assert oauth_sink.logins == [("XOAUTH2", USER, True)]

    idp.revoke_access_tokens()
    queue_acks(app, 1, start=2)
    assert deliver_due(app) == 1
    # the cached token was refused once, then a new one was fetched and accepted
    assert oauth_sink.logins[1:] == [("XOAUTH2", USER, False), ("XOAUTH2", USER, True)]
    assert len(idp.requests) == 2


def test_refused_token_keeps_the_mail_queued(idp, oauth_sink, make_settings, make_app, monkeypatch):
    monkeypatch.setenv("TEST_SMTP_REFRESH", "rt-unknown")
    app = make_app(make_settings(smtp=smtp_section(oauth_sink, token_url=idp.token_url, client_id="mailbot",
                                                   refresh_token_env="TEST_SMTP_REFRESH")))
    queue_acks(app, 1)
    assert deliver_due(app) == 0
    [row] = outbox_rows(app)
    # Our credentials are wrong, not the mail: it stays queued for after the operator's fix.
    assert row.status == "queued" and "invalid_grant" in (row.last_error or "")
    assert "rt-unknown" not in (row.last_error or "")
    assert oauth_sink.messages == []
