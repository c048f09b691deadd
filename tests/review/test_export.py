"""ERP webhook delivery against a real local HTTP server (retries, back-off, permanent failure) and `mailbot export`."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, select

from mailbot.export.formats import approved_orders, order_record, to_csv
from mailbot.export.webhook import deliver_due_exports
from mailbot.review import service
from mailbot.store.models import Case, Document, Event, ExportDelivery, User, utcnow
from tests.review.conftest import PASSWORDS, csrf_of, ingest_into_case, make_eml, make_po_pdf, sign_in


class ERP:
    """A real HTTP server standing in for the ERP: answers with the queued status codes, records requests."""

    def __init__(self) -> None:
        self.statuses: list[int] = []
        self.requests: list[dict[str, Any]] = []
        erp = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                erp.requests.append({"headers": dict(self.headers), "body": json.loads(body)})
                status = erp.statuses.pop(0) if erp.statuses else 200
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/orders"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> ERP:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def erp() -> Iterator[ERP]:
    with ERP() as server:
        yield server


@pytest.fixture
def webhook_app(make_app, make_settings, erp, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("MAILBOT_TEST_WEBHOOK_TOKEN", "erp-token-123")
    return make_app(make_settings(mailbox=[], smtp={"host": "127.0.0.1", "port": 2525, "security": "none"},
                                  export={"webhook_url": erp.url, "webhook_secret_env": "MAILBOT_TEST_WEBHOOK_TOKEN",
                                          "max_attempts": 3, "retry_base_seconds": 60}))


def _approve(app, case_id: int) -> None:  # type: ignore[no-untyped-def]
    with Session(app.engine, expire_on_commit=False) as session:
        user = User(name="anna", role="sales", password_hash="x")
        session.add(user)
        session.flush()
        service.approve(session, app.settings, actor=user, case_id=case_id)
        session.commit()


def _delivery(app) -> ExportDelivery:  # type: ignore[no-untyped-def]
    with Session(app.engine) as session:
        return session.exec(select(ExportDelivery)).one()


def test_webhook_retries_with_backoff_then_delivers(webhook_app, erp) -> None:  # type: ignore[no-untyped-def]
    case_id = ingest_into_case(webhook_app, make_eml(subject="PO PO-4711", body="order", attachments=[
        ("PO-4711.pdf", "application/pdf", make_po_pdf())]))
    assert deliver_due_exports(webhook_app) == 0  # nothing approved yet
    _approve(webhook_app, case_id)
    erp.statuses = [503, 503]
    start = utcnow()
    assert deliver_due_exports(webhook_app) == 0
    d = _delivery(webhook_app)
    assert d.status == "queued" and d.attempts == 1 and "HTTP 503" in d.last_error
    assert d.next_attempt_at >= start + timedelta(seconds=59)
    assert deliver_due_exports(webhook_app) == 0 and len(erp.requests) == 1  # not due yet: no request
    # Second failure doubles the wait.
    assert deliver_due_exports(webhook_app, now=d.next_attempt_at) == 0
    d2 = _delivery(webhook_app)
    assert d2.attempts == 2 and d2.next_attempt_at - d.next_attempt_at >= timedelta(seconds=119)
    assert deliver_due_exports(webhook_app, now=d2.next_attempt_at) == 1
    d3 = _delivery(webhook_app)
    assert d3.status == "delivered" and d3.attempts == 3 and d3.last_error is None
    assert len(erp.requests) == 3
    last = erp.requests[-1]
    assert last["headers"]["Authorization"] == "Bearer erp-token-123"
    assert last["headers"]["Idempotency-Key"] == f"mailbot-export-{d3.id}"
    order = last["body"]["order"]
    assert order["case_id"] == case_id and order["order_number"] == "PO-4711"
    assert [ln["amount"] for ln in order["line_items"]] == ["50.00", "20.00"]
    with Session(webhook_app.engine) as session:
        assert session.exec(select(Event).where(Event.type == "export.delivered")).first() is not None


def test_webhook_permanent_failure_is_visible(webhook_app, erp) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from mailbot.review import create_web_app
    from mailbot.review.passwords import create_user
    from mailbot.store.db import session_scope

    case_id = ingest_into_case(webhook_app, make_eml(subject="PO PO-4711", body="order", attachments=[
        ("PO-4711.pdf", "application/pdf", make_po_pdf())]))
    _approve(webhook_app, case_id)
    erp.statuses = [422]  # the ERP refuses the payload: retrying cannot help
    assert deliver_due_exports(webhook_app) == 0
    d = _delivery(webhook_app)
    assert d.status == "failed" and d.attempts == 1 and "HTTP 422" in d.last_error
    with session_scope(webhook_app.engine) as session:
        create_user(session, name="bea", role="sales", password=PASSWORDS["anna"])
    with TestClient(create_web_app(webhook_app), follow_redirects=False) as c:
        token = csrf_of(c.get("/login").text)
        c.post("/login", data={"username": "bea", "password": PASSWORDS["anna"], "csrf_token": token})
        rows = c.get("/api/cases", params={"review_status": "approved"}).json()["cases"]
        assert rows[0]["export_status"] == "failed" and "HTTP 422" in rows[0]["export_error"]
        page = c.get(f"/cases/{case_id}").text
        assert "export-failed" in page and "HTTP 422" in page and "Retry now" in page
        # A reviewer puts it back in the queue; the next run delivers.
        token = c.get("/api/session").json()["csrf_token"]
        assert c.post(f"/exports/{d.id}/retry", data={"csrf_token": token}).status_code == 303
    assert deliver_due_exports(webhook_app) == 1
    assert _delivery(webhook_app).status == "delivered"


def test_webhook_unreachable_is_retried_then_fails(webhook_app, erp) -> None:  # type: ignore[no-untyped-def]
    case_id = ingest_into_case(webhook_app, make_eml(subject="PO PO-1", body="order", attachments=[
        ("PO-1.pdf", "application/pdf", make_po_pdf("PO-1"))]))
    _approve(webhook_app, case_id)
    erp.__exit__()  # the ERP is down: connection refused
    now = utcnow()
    for _ in range(3):
        deliver_due_exports(webhook_app, now=now)
        now += timedelta(days=1)
    d = _delivery(webhook_app)
    assert d.status == "failed" and d.attempts == 3 and "ConnectError" in d.last_error


def test_export_formats_and_csv_injection() -> None:
    orders = [{"case_id": 1, "partner": "p.test", "order_number": "PO-1", "line_items": [
        {"sku": "=cmd|' /C calc'!A0", "description": "@SUM(A1)", "quantity": -2, "unit_price": "-1.50",
         "amount": "3.00"}]}, {"case_id": 2, "partner": "q.test", "order_number": "PO-2", "line_items": []}]
    rows = list(csv.DictReader(io.StringIO(to_csv(orders).decode("utf-8-sig"))))
    assert rows[0]["sku"] == "'=cmd|' /C calc'!A0" and rows[0]["description"] == "'@SUM(A1)"
    assert rows[0]["quantity"] == "-2" and rows[0]["unit_price"] == "-1.50"  # numbers stay numbers
    assert rows[1]["case_id"] == "2" and rows[1]["line_no"] == ""  # an order without lines is one row


def test_export_names_a_credit_note_and_prefers_any_other_document_to_it() -> None:
    case = Case(id=5, partner="p.test", kind="order", stage="order")

    def row(n: int, number: str, credit: bool) -> Document:
        data = {"doc_type": "commercial_invoice", "number": number, "line_items": [],
                **({"credit_note": True} if credit else {})}
        return Document(id=n, message_pk=1, source=f"{number}.pdf", doc_type="commercial_invoice", number=number,
                        data=data)

    invoice, credit = row(1, "INV-1", False), row(2, "CN-1", True)
    rec = order_record(case, [invoice, credit])  # no PO: the invoice stands for the order, not the newer credit note
    assert (rec["document_number"], rec["document_type"]) == ("INV-1", "commercial_invoice")
    rec = order_record(case, [credit])
    assert (rec["document_number"], rec["document_type"]) == ("CN-1", "credit_note")
    rows = list(csv.DictReader(io.StringIO(to_csv([rec]).decode("utf-8-sig"))))
    assert rows[0]["document_type"] == "credit_note"


def test_cli_users_and_export(review_app, po_case, make_config_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config = make_config_file(mailbox=[], smtp={"host": "127.0.0.1", "port": 2525, "security": "none"})
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}

    def mailbot(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "mailbot", "--config", str(config), *args], input=stdin,
                              capture_output=True, text=True, env=env, timeout=120)

    added = mailbot("users", "add", "carla", "--role", "ops", stdin="a-long-password\n")
    assert added.returncode == 0, added.stderr
    assert "a-long-password" not in added.stdout + added.stderr
    dup = mailbot("users", "add", "carla", stdin="a-long-password\n")
    assert dup.returncode == 1 and "already exists" in dup.stderr and "Traceback" not in dup.stderr
    listed = mailbot("users", "list")
    assert "carla\tops\tactive" in listed.stdout and "anna\tsales\tactive" in listed.stdout
    # Approve the PO in the same database, then export it.
    with Session(review_app.engine) as session:
        case = session.get(Case, po_case)
        case.review_status = "approved"
        session.add(case)
        session.commit()
        expected = approved_orders(session)
    out = tmp_path / "orders.json"
    done = mailbot("export", "--format", "json", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text())["orders"] == json.loads(json.dumps(expected))
    csv_out = mailbot("export", "--format", "csv")
    assert csv_out.returncode == 0 and "PO-4711" in csv_out.stdout
    assert mailbot("export", "--format", "pdf").returncode == 2  # click refuses the unknown format


def test_sign_in_works_against_the_live_server(live_server) -> None:  # type: ignore[no-untyped-def]
    import httpx

    with httpx.Client(base_url=live_server.url, follow_redirects=False) as c:
        assert c.get("/healthz").json() == {"status": "ok"}
        assert c.get("/api/cases").status_code == 401
        sign_in(c, "anna")
        assert c.get("/api/cases").status_code == 200


def test_serve_in_thread_reports_a_busy_port(review_app) -> None:  # type: ignore[no-untyped-def]
    import socket

    from mailbot.errors import MailbotError
    from mailbot.review import serve_in_thread

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        with pytest.raises(MailbotError, match="cannot listen"):
            serve_in_thread(review_app, host="127.0.0.1", port=busy.getsockname()[1])
