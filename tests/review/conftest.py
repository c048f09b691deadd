"""Fixtures of the review-queue tests: an App on a temp DB with users, a PO ingested from a real .eml, a live server."""
from __future__ import annotations

import io
import re
import secrets
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from typing import Any

import pytest
from sqlmodel import select

from mailbot.app import App
from mailbot.pipeline.runner import ingest
from mailbot.review.passwords import create_user
from mailbot.store.db import session_scope
from mailbot.store.models import Case, Document, Message

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PASSWORDS = {name: secrets.token_urlsafe(12) for name in ("anna", "otto", "root")}
ROLES = {"anna": "sales", "otto": "ops", "root": "admin"}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    # Debian's Chromium, never a downloaded one (see /work/shared/ENVIRONMENT.md "Browser").
    return {**browser_type_launch_args, "executable_path": "/usr/bin/chromium", "headless": True,
            "args": CHROMIUM_ARGS}


def make_po_pdf(number: str = "PO-4711") -> bytes:
    """A purchase order PDF as a partner's ERP would print it (a real PDF, made with reportlab)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    buf = io.BytesIO()
    ss = getSampleStyleSheet()
    rows = [["Item", "Description", "Qty", "Unit Price", "Amount"],
            ["A-100", "Steel bolts M8", "100", "0.50", "50.00"],
            ["B-200", "Washers", "200", "0.10", "20.00"]]
    table = Table(rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(buf, pagesize=A4).build([
        Paragraph("PURCHASE ORDER", ss["Title"]), Paragraph(f"PO Number: {number}", ss["Normal"]),
        Paragraph("Date: 2026-11-03", ss["Normal"]), Paragraph("Buyer: Buyer GmbH", ss["Normal"]),
        Paragraph("Currency: EUR", ss["Normal"]), Spacer(1, 12), table, Spacer(1, 12),
        Paragraph("Total: EUR 70.00", ss["Normal"]), Paragraph("Incoterms: FOB Hamburg", ss["Normal"])])
    return buf.getvalue()


def make_eml(*, subject: str, body: str, html: str | None = None, attachments: list[tuple[str, str, bytes]] = (),
             sender: str = "buyer@partner.test", name: str = "Buyer GmbH", message_id: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>"
    msg["To"] = "orders@example.com"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 03 Nov 2026 09:15:00 +0100"
    msg["Message-ID"] = message_id or f"<{secrets.token_hex(8)}@partner.test>"
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for filename, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


_uid = iter(range(1, 10**6))


def ingest_into_case(app: App, raw: bytes, *, kind: str = "order") -> int:
    """Ingest a real .eml through the pipeline; returns the id of the case it ended up in.

    When the linker (another area) has not put the message into a case, the case is made here from
    what the pipeline recorded, so these tests exercise the review queue either way.
    """
    result = ingest(app, raw, mailbox="orders", folder="INBOX", uidvalidity=1, uid=next(_uid))
    with session_scope(app.engine) as session:
        msg = session.get(Message, result.message_pk)
        assert msg is not None and msg.status == "processed", (msg.status, msg.error) if msg else None
        if msg.case_id is not None:
            return msg.case_id
        docs = list(session.exec(select(Document).where(Document.message_pk == msg.id)).all())
        po = next((d for d in docs if d.doc_type == "purchase_order"), None)
        data = po.data if po else {}
        case = Case(partner=msg.from_addr.rsplit("@", 1)[1], partner_name=msg.from_name,
                    partner_email=msg.from_addr, kind=kind, stage="po_received" if po else "unknown",
                    order_number=data.get("number"), total=data.get("total"), currency=data.get("currency"),
                    title=msg.subject, last_message_at=msg.date)
        session.add(case)
        session.flush()
        msg.case_id = case.id
        session.add(msg)
        for d in docs:
            d.case_id = case.id
            session.add(d)
        return case.id  # type: ignore[return-value]


@pytest.fixture
def review_app(make_app: Callable[..., App], make_settings: Callable[..., Any]) -> App:
    """An App on a temp DB with one user per role (no mailbox or SMTP needed: nothing is fetched or sent)."""
    app = make_app(make_settings(mailbox=[], smtp={"host": "127.0.0.1", "port": 2525, "security": "none"}))
    with session_scope(app.engine) as session:
        for name, role in ROLES.items():
            create_user(session, name=name, role=role, password=PASSWORDS[name])
    return app


@pytest.fixture
def po_case(review_app: App) -> int:
    raw = make_eml(subject="PO PO-4711", body="Please find our order attached.\n\nBuyer GmbH",
                   attachments=[("PO-4711.pdf", "application/pdf", make_po_pdf())])
    return ingest_into_case(review_app, raw)


@pytest.fixture
def live_server(review_app: App) -> Iterator[Any]:
    from mailbot.review import serve_in_thread

    handle = serve_in_thread(review_app, host="127.0.0.1", port=0)
    try:
        yield handle
    finally:
        handle.stop()


@pytest.fixture
def client(review_app: App) -> Iterator[Any]:
    """An in-process HTTP client over the real ASGI app (cookies kept), not signed in."""
    from fastapi.testclient import TestClient

    from mailbot.review import create_web_app

    with TestClient(create_web_app(review_app), follow_redirects=False) as c:
        yield c


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf-token" content="([^"]+)"', html) or re.search(
        r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token on the page"
    return found.group(1)


def sign_in(client: Any, name: str) -> str:
    """Sign in through the login form; returns the session's CSRF token."""
    token = csrf_of(client.get("/login").text)
    resp = client.post("/login", data={"username": name, "password": PASSWORDS[name], "csrf_token": token,
                                       "next": "/"})
    assert resp.status_code == 303, resp.text
    return client.get("/api/session").json()["csrf_token"]  # type: ignore[no-any-return]
