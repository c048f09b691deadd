"""The daily digest: numbers match the database (independent SQL), the CLI mails it, Chromium renders it."""
from __future__ import annotations

import email
import email.policy
import re
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, select

from mailbot.digest import build_digest, render_digest, send_digest
from mailbot.pipeline.runner import ingest
from mailbot.store.models import Event, MailboxState, Message, Outbox
from tests.intake.helpers import run_cli
from tests.outbox.docs import commercial_invoice, purchase_order
from tests.outbox.helpers import partner_mail, queue_acks

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "mailbot" / "demo" / "sample_mail"


def _fill(app) -> None:  # type: ignore[no-untyped-def]
    """A realistic day: the demo conversation, another partner's order, a failed message, mailbox states."""
    uid = 0
    for path in sorted(DEMO.glob("*.eml")):
        uid += 1
        ingest(app, path.read_bytes(), mailbox="orders", uidvalidity=7, uid=uid)
    uid += 1
    ingest(app, partner_mail(subject="Order PO-4711", sender="Jane <jane@northwind.test>",
                             body="Our order PO-4711 and the invoice are attached.\n",
                             attachments=[("PO-4711.pdf", purchase_order(), "application/pdf"),
                                          ("invoice.pdf", commercial_invoice(), "application/pdf")]),
           mailbox="orders", uidvalidity=7, uid=uid)
    now = datetime.now(UTC)
    with Session(app.engine) as session:
        session.add(Message(mailbox="orders", uidvalidity=7, uid=99, sha256="f" * 64, raw_path="/dev/null",
                            from_addr="x@broken.test", subject="garbled <b>PO</b>", status="failed",
                            error="step 'parse': ValueError: broken PDF"))
        state = session.exec(select(MailboxState).where(MailboxState.mailbox == "orders")).first() or \
            MailboxState(mailbox="orders", folder="INBOX")
        state.last_success_at = now - timedelta(minutes=2)
        state.idle_state = "idling"
        state.idle_seen_at = now  # a live watcher's heartbeat (without one the digest says "stale")
        session.add(state)
        session.add(MailboxState(mailbox="claims", folder="INBOX", last_success_at=now - timedelta(hours=3),
                                 last_error="LOGIN failed: authentication failed", consecutive_failures=12))
        session.commit()
    # An outbound mail that failed permanently (a 550 from the partner's server).
    (oid,) = queue_acks(app, 1, domain="gone.test")
    with Session(app.engine) as session:
        row = session.get(Outbox, oid)
        row.status, row.last_error, row.last_code = "failed", "SMTP 550 5.1.1 no such user", 550
        session.add(row)
        session.add(Event(type="outbox.failed", case_id=row.case_id, detail={"outbox_id": oid, "code": 550}))
        session.commit()


def _expected(db: Path) -> dict[str, int]:
    """The numbers, counted with plain SQL, independent of mailbot's query code."""
    con = sqlite3.connect(db)
    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    orders = "kind='order' OR id IN (SELECT case_id FROM document WHERE doc_type='purchase_order')"
    expected = {
        "messages": one("SELECT count(*) FROM message"),
        "new_orders": one(f"SELECT count(*) FROM \"case\" WHERE {orders}"),
        "awaiting": one(f"SELECT count(*) FROM \"case\" WHERE ({orders}) AND review_status='pending'"),
        "missing": one("SELECT count(*) FROM \"case\" WHERE complete=0 AND missing_documents IS NOT NULL "
                       "AND missing_documents NOT IN ('[]', 'null')"),
        "claims": one("SELECT count(*) FROM \"case\" WHERE kind='claim' AND review_status!='rejected' AND "
                      "coalesce(ops_status,'') NOT IN ('closed','resolved','received')"),
        "failed": one("SELECT count(*) FROM message WHERE status='failed'"),
        "suppressed": one("SELECT count(*) FROM outbox WHERE status='suppressed'"),
        "out_failed": one("SELECT count(DISTINCT json_extract(detail, '$.outbox_id')) FROM event "
                          "WHERE type IN ('outbox.failed','outbox.bounced')"),
    }
    expected["by_kind"] = dict(con.execute(
        "SELECT coalesce(kind,'unclassified'), count(*) FROM message GROUP BY 1").fetchall())  # type: ignore[assignment]
    con.close()
    return expected


def _number(text: str, label: str) -> int:
    m = re.search(rf"^{re.escape(label)}: (\d+)", text, re.MULTILINE)
    assert m, f"{label!r} not in digest"
    return int(m.group(1))


def test_digest_numbers_match_the_database_and_the_cli_mails_it(make_settings, make_app, make_config_file,
                                                                 smtp_sink, tmp_path):
    settings = make_settings(limits={"isolate": False}, mailbox=[])
    app = make_app(settings)
    _fill(app)
    exp = _expected(tmp_path / "mailbot.db")
    assert exp["suppressed"] >= 2 and exp["failed"] == 1 and exp["new_orders"] >= 1  # the scenario is rich enough

    config = make_config_file(limits={"isolate": False}, mailbox=[])
    smtp_sink.clear()
    out = run_cli(config, "digest", "--send")
    assert out.returncode == 0, out.stderr[-2000:]
    digests = [e for e in smtp_sink.messages if e.rcpt_tos == ("ops@example.com",)]
    assert len(digests) == 1
    mail = email.message_from_bytes(digests[0].content, policy=email.policy.default)
    assert mail["Auto-Submitted"] == "auto-generated"
    text = mail.get_body(("plain",)).get_content()
    html = mail.get_body(("html",)).get_content()

    assert _number(text, "MESSAGES RECEIVED") == exp["messages"]
    assert _number(text, "NEW ORDERS") == exp["new_orders"]
    assert _number(text, "ORDERS WAITING FOR REVIEW") == exp["awaiting"]
    assert _number(text, "MISSING DOCUMENTS OUTSTANDING") == exp["missing"]
    assert _number(text, "OPEN CLAIMS") == exp["claims"]
    assert _number(text, "FAILED MESSAGES") == exp["failed"]
    assert _number(text, "SUPPRESSED AUTOMATIC REPLIES") == exp["suppressed"]
    assert _number(text, "OUTBOUND MAILS THAT FAILED") == exp["out_failed"] == 1
    kinds = dict((k, int(n)) for k, n in re.findall(r"(\w+) (\d+)", text.split("by kind:")[1].split("\n")[0]))
    assert kinds == exp["by_kind"]
    # The stale mailbox is shouted about, the healthy one is not.
    assert "WARNING: MAILBOX NOT FETCHED FOR MORE THAN 30 MINUTES" in text
    assert "claims/INBOX: last successful fetch" in text and "orders/INBOX: last successful fetch" not in text
    assert "LOGIN failed" in text and "broken PDF" in text
    assert mail["Subject"].startswith("[WARNING: mailbox not fetched]")
    # HTML: same facts, hostile text escaped.
    assert "WARNING: MAILBOX NOT FETCHED" in html and "garbled &lt;b&gt;PO&lt;/b&gt;" in html
    assert "<img" not in html

    # A second digest covers only what happened since the first.
    data = build_digest(app)
    assert data.messages_received == 0 and data.new_orders == [] and data.suppressed_count == 0
    assert data.failed_messages_count == exp["failed"]  # still failed: still reported


def test_send_digest_records_a_digest_run_and_needs_recipients(make_settings, make_app, smtp_sink):
    app = make_app(make_settings(mailbox=[]))
    outbox_id = send_digest(app)
    with Session(app.engine) as session:
        row = session.get(Outbox, outbox_id)
        assert row.template == "digest" and row.status == "sent" and row.to_addrs == ["ops@example.com"]
    assert len(smtp_sink.messages) == 1
    from mailbot.errors import MailbotError

    app2 = make_app(make_settings(mailbox=[], digest={"to": []}))
    with pytest.raises(MailbotError, match="digest.to"):
        send_digest(app2)


def test_preview_prints_the_text_part(make_config_file, smtp_sink):
    config = make_config_file(mailbox=[])
    out = run_cli(config, "digest", "--preview")
    assert out.returncode == 0, out.stderr
    assert "mailbot daily digest" in out.stdout and "NEW ORDERS: 0" in out.stdout
    assert smtp_sink.messages == []


@pytest.mark.browser
def test_digest_html_renders_in_headless_chromium(make_settings, make_app, smtp_sink, screenshot_dir):
    app = make_app(make_settings(limits={"isolate": False}, mailbox=[]))
    _fill(app)
    rendered = render_digest(app, build_digest(app))
    # Its own thread: pytest-playwright's session fixtures (tests/review) leave an asyncio loop running in
    # the main thread, and Playwright's sync API refuses to start inside one.
    errors: list[BaseException] = []
    worker = threading.Thread(target=lambda: _render_in_chromium(rendered.html, screenshot_dir, errors))
    worker.start()
    worker.join(180)
    if errors:
        raise errors[0]
    assert (screenshot_dir / "digest.png").stat().st_size > 10_000


def _render_in_chromium(html: str, screenshot_dir: Path, errors: list[BaseException]) -> None:
    from playwright.sync_api import sync_playwright

    try:
        _check_in_chromium(sync_playwright, html, screenshot_dir)
    except BaseException as exc:  # handed to the test's thread, which raises it
        errors.append(exc)


def _check_in_chromium(sync_playwright, html: str, screenshot_dir: Path) -> None:  # type: ignore[no-untyped-def]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        try:
            page = browser.new_page(viewport={"width": 900, "height": 1200})
            # Offline, as a mail client without remote content would show it.
            page.route("**/*", lambda route: route.abort())
            page.set_content(html)
            assert page.locator("h2", has_text="New orders").count() == 1
            warning = page.get_by_text("WARNING: MAILBOX NOT FETCHED FOR MORE THAN 30 MINUTES")
            assert warning.is_visible()
            assert page.locator("table").count() >= 8
            page.screenshot(path=str(screenshot_dir / "digest.png"), full_page=True)
        finally:
            browser.close()
