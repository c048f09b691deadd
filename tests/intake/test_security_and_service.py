"""TLS modes, secrets kept out of output, and the service without IDLE / with its optional jobs."""
from __future__ import annotations

import os
import threading

from imapclient import IMAPClient
from sqlmodel import Session, select

from mailbot.intake.fetcher import poll_all
from mailbot.service import Service
from mailbot.store.models import MailboxState, Message
from tests.conftest import ORDERS, mailbox_config
from tests.intake.helpers import make_mail, recorded, run_cli, wait_for

STORE_ONLY = {"steps": ["store", "record"]}


def test_tls_and_starttls(dovecot, clean_mailbox, make_settings, make_app):
    clean_mailbox("sales@example.com")
    dovecot.append(ORDERS, make_mail(1))
    dovecot.append("sales@example.com", make_mail(2))
    boxes = [
        mailbox_config(dovecot, name="tls-trusting", port=dovecot.imaps_port, security="tls", verify_tls=False),
        mailbox_config(dovecot, name="tls-verifying", port=dovecot.imaps_port, security="tls", verify_tls=True),
        mailbox_config(dovecot, "sales@example.com", name="starttls", security="starttls", verify_tls=False),
        mailbox_config(dovecot, name="tls-on-plain-port", security="tls", verify_tls=False, timeout_seconds=3),
    ]
    app = make_app(make_settings(pipeline=STORE_ONLY, mailbox=boxes))
    results = {r.mailbox: r for r in poll_all(app)}
    assert results["tls-trusting"].ok and results["tls-trusting"].fetched == 1
    assert results["starttls"].ok and results["starttls"].fetched == 1
    assert "TLS certificate not trusted" in results["tls-verifying"].error
    assert "TLS error" in results["tls-on-plain-port"].error or "timed out" in results["tls-on-plain-port"].error
    # Only the two mailboxes that got through recorded anything.
    assert sorted(m.mailbox for m in recorded(app)) == ["starttls", "tls-trusting"]


def test_password_never_in_output_even_at_debug_level(dovecot, clean_mailbox, make_config_file):
    dovecot.append(ORDERS, make_mail(1))
    os.environ["MAILBOT_TEST_WRONG_PW2"] = "Sup3rSecretWrong!"
    config = make_config_file(pipeline=STORE_ONLY, mailbox=[
        mailbox_config(dovecot, name="orders"),
        mailbox_config(dovecot, name="wrong", password_env="MAILBOT_TEST_WRONG_PW2"),
    ])
    out = run_cli(config, "-vvv", "poll", "--once")
    assert out.returncode == 1
    both = out.stdout + out.stderr
    assert "login as orders@example.com refused" in both
    assert dovecot.users[ORDERS] not in both and "Sup3rSecretWrong!" not in both


class NoIdleClient(IMAPClient):
    """The seam: a server as this client sees it when it lacks IDLE (Dovecot always offers it)."""

    def has_capability(self, capability: str) -> bool:
        return capability.upper() != "IDLE" and super().has_capability(capability)


def test_service_without_idle_capability_polls(dovecot, clean_mailbox, make_settings, make_app):
    app = make_app(make_settings(pipeline=STORE_ONLY, schedule={"poll_seconds": 1, "idle": True}))
    service = Service(app, client_factory=NoIdleClient)
    service.start()
    try:
        def idle_state() -> str | None:
            with Session(app.engine) as s:
                st = s.exec(select(MailboxState)).first()
                return st.idle_state if st else None

        assert wait_for(lambda: idle_state() == "unsupported", 10)
        dovecot.append(ORDERS, make_mail(1))
        assert wait_for(lambda: len(recorded(app)) == 1, 10)  # the scheduled poll picked it up
    finally:
        service.stop()
    assert not any(w.is_alive() for w in service.watchers)


def test_poll_and_idle_never_process_one_mailbox_concurrently(dovecot, clean_mailbox, make_settings, make_app):
    app = make_app(make_settings(pipeline=STORE_ONLY))
    dovecot.append_many(ORDERS, [make_mail(i) for i in range(30)])
    service = Service(app)  # not started: drive process_mailbox from several threads at once
    mb = app.settings.mailbox[0]
    threads = [threading.Thread(target=service.process_mailbox, args=(mb,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    with Session(app.engine) as s:
        rows = s.exec(select(Message)).all()
        assert len(rows) == 30 and len({r.uid for r in rows}) == 30


def test_service_schedules_outbox_reminders_export_digest_and_the_web_app(make_settings, make_app):
    from mailbot.devserver import free_port

    # No mailbox needed to check the wiring; the web app starts on a free port and stops with the service.
    app = make_app(make_settings(mailbox=[], web={"start_with_run": True, "port": free_port()}))
    service = Service(app)
    service.start()
    try:
        ids = {job.id for job in service.scheduler.get_jobs()}
        assert {"outbox", "reminders", "export", "digest"} <= ids
        assert service.web is not None
        if service.web is not None:
            import urllib.request

            with urllib.request.urlopen(f"http://127.0.0.1:{app.settings.web.port}/login", timeout=10) as r:
                assert r.status < 500
    finally:
        service.stop()


def test_idle_renews_and_still_sees_new_mail(dovecot, clean_mailbox, make_settings, make_app):
    from mailbot.intake.idle import IdleWatcher
    from tests.intake.helpers import ClientRecorder

    app = make_app(make_settings(pipeline=STORE_ONLY, schedule={"idle": True, "idle_renew_seconds": 10}))
    mb = app.settings.mailbox[0]
    triggered: list[float] = []
    stop = threading.Event()
    rec = ClientRecorder()
    import time

    watcher = IdleWatcher(app, mb, lambda _mb: triggered.append(time.monotonic()), stop, client_factory=rec)
    watcher.start()
    try:
        assert wait_for(lambda: len(triggered) == 1, 10)  # the initial catch-up after connecting
        assert wait_for(lambda: rec.commands.count("IDLE") >= 2, 15), rec.commands  # renewed once
        assert "NOOP" in rec.commands
        dovecot.append(ORDERS, make_mail(1))
        assert wait_for(lambda: len(triggered) == 2, 2.0)
    finally:
        stop.set()
        watcher.join(10)
    assert not watcher.is_alive() and watcher.connections == 1
