"""The review app over HTTP (in-process ASGI): sign-in gate on every route, CSRF, roles, originals, export."""
from __future__ import annotations

import csv
import io
import re

from sqlmodel import Session, select

from mailbot.store.models import Attachment, AuditLog, Case, Document, Message, Outbox
from tests.review.conftest import PASSWORDS, csrf_of, ingest_into_case, make_eml, make_po_pdf, sign_in

# Reachable without signing in, on purpose (the same list as mailbot.review.security.is_public):
# /login is how one signs in, /healthz is for monitoring, /static/ is our own CSS/JS only.
PUBLIC = {"/login", "/healthz"}


def _all_routes(web) -> list[tuple[str, set[str]]]:  # type: ignore[no-untyped-def]
    """Every (path, methods) the app serves, including routes of included routers and mounts."""
    out = []
    for route in web.routes:
        if hasattr(route, "effective_route_contexts"):  # FastAPI's included router
            for ctx in route.effective_route_contexts():
                out.append((ctx.path, set(getattr(ctx.original_route, "methods", None) or {"GET"})))
        else:
            out.append((route.path, set(getattr(route, "methods", None) or {"GET"})))
    return out


def test_every_route_needs_sign_in(client, po_case) -> None:  # type: ignore[no-untyped-def]
    routes = _all_routes(client.app)
    paths = {p for p, _ in routes}
    # The walk must really see the app's routes, or this test proves nothing.
    assert {"/", "/cases/{case_id}", "/api/cases", "/attachments/{attachment_id}/raw", "/openapi.json",
            "/export", "/users"} <= paths
    checked = 0
    for path, methods in routes:
        concrete = re.sub(r"\{[^}]+\}", "1", path)
        if path == "/static":
            concrete = "/static/app.css"
        for method in methods - {"HEAD", "OPTIONS"}:
            resp = client.request(method, concrete)
            if path in PUBLIC or path == "/static":
                # public, but POST /login still needs its CSRF token (403)
                assert resp.status_code in (200, 403, 405), (method, path, resp.status_code)
                continue
            checked += 1
            if resp.status_code == 303:
                assert resp.headers["location"].startswith("/login?next="), (method, path)
            else:
                assert resp.status_code == 401, (method, path, resp.status_code, resp.text[:200])
                assert "case" not in resp.text.lower() or resp.text == '{"detail":"not signed in"}'
    assert checked >= 20
    # Unknown paths too: no route enumeration before sign-in.
    assert client.get("/no/such/page").status_code == 303
    assert client.get("/api/no/such").status_code == 401


def test_login_logout_and_wrong_password(client) -> None:  # type: ignore[no-untyped-def]
    token = csrf_of(client.get("/login").text)
    bad = client.post("/login", data={"username": "anna", "password": "wrong-password", "csrf_token": token})
    assert bad.status_code == 401 and "Wrong user name or password" in bad.text
    nouser = client.post("/login", data={"username": "nobody", "password": "wrong-password", "csrf_token": token})
    assert nouser.status_code == 401
    ok = client.post("/login", data={"username": "anna", "password": PASSWORDS["anna"], "csrf_token": token,
                                     "next": "//evil.example/"})
    assert ok.status_code == 303 and ok.headers["location"] == "/"  # no open redirect
    cookie = ok.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    page = client.get("/")
    assert page.status_code == 200 and "anna" in page.text
    # The session's token changed at sign-in (no fixation of a pre-login token).
    new_token = csrf_of(page.text)
    assert new_token != token
    assert client.post("/logout", data={"csrf_token": new_token}).status_code == 303
    assert client.get("/").status_code == 303


def test_csrf_required_on_forms_and_api(client, po_case) -> None:  # type: ignore[no-untyped-def]
    token = sign_in(client, "anna")
    assert client.post(f"/cases/{po_case}/approve", data={"note": "x"}).status_code == 403
    assert client.post(f"/cases/{po_case}/approve", data={"csrf_token": "forged"}).status_code == 403
    assert client.post(f"/api/cases/{po_case}/approve", json={}).status_code == 403
    assert client.get(f"/api/cases/{po_case}").json()["review_status"] == "pending"
    resp = client.post(f"/api/cases/{po_case}/approve", json={"note": "fine"}, headers={"X-CSRF-Token": token})
    assert resp.status_code == 200 and resp.json()["review_status"] == "approved"


def test_pages_carry_strict_csp_and_no_inline_script(client, po_case) -> None:  # type: ignore[no-untyped-def]
    sign_in(client, "anna")
    for path in ("/", f"/cases/{po_case}", "/login"):
        resp = client.get(path)
        csp = resp.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert resp.headers["x-content-type-options"] == "nosniff"
        assert not re.search(r"<script(?![^>]*\bsrc=)", resp.text), path  # only <script src=...>


def test_queue_filters_and_search(client, review_app, po_case) -> None:  # type: ignore[no-untyped-def]
    other = ingest_into_case(review_app, make_eml(subject="Question about prices", body="Do you sell bolts?",
                                                  sender="info@other.test"), kind="enquiry")
    sign_in(client, "anna")
    rows = client.get("/api/cases").json()["cases"]
    assert [r["id"] for r in rows][:2] == [po_case, other]  # orders first
    po = rows[0]
    assert po["order_number"] == "PO-4711" and po["total"] == "70.00" and po["currency"] == "EUR"
    assert po["confidence"] is not None and 0 < po["confidence"] <= 1
    assert [r["id"] for r in client.get("/api/cases", params={"q": "4711"}).json()["cases"]] == [po_case]
    assert [r["id"] for r in client.get("/api/cases", params={"kind": "enquiry"}).json()["cases"]] == [other]
    assert [r["id"] for r in client.get("/api/cases", params={"partner": "other"}).json()["cases"]] == [other]
    assert client.get("/api/cases", params={"min_age_days": 3}).json()["cases"] == []
    html = client.get("/", params={"q": "PO-4711"}).text
    assert "PO-4711" in html and "Question about prices" not in html
    assert "70.00 EUR" in html


def test_edit_fields_and_lines_keeps_original_and_audits(client, review_app, po_case) -> None:  # type: ignore[no-untyped-def]
    token = sign_in(client, "anna")
    detail = client.get(f"/api/cases/{po_case}").json()
    doc = next(d for d in detail["documents"] if d["doc_type"] == "purchase_order")
    assert doc["data"]["line_items"][0]["quantity"] == 100
    resp = client.post(f"/cases/{po_case}/documents/{doc['id']}",
                       data={"csrf_token": token, "l.0.quantity": "120", "f.total": "80.00", "f.number": "PO-4711"})
    assert resp.status_code == 303
    assert "Saved 2 changes" in client.get(f"/cases/{po_case}").text
    # Bad values change nothing and say why.
    client.post(f"/cases/{po_case}/documents/{doc['id']}", data={"csrf_token": token, "f.date": "31.02.2026",
                                                                  "l.0.quantity": "7"})
    page = client.get(f"/cases/{po_case}").text
    assert "is not a date" in page
    # Add a line, then remove the second one, through the JSON API.
    api = client.patch(f"/api/cases/{po_case}/documents/{doc['id']}", headers={"X-CSRF-Token": token},
                       json={"add_lines": [{"sku": "C-300", "quantity": 5, "unit_price": "1.00", "amount": "5.00"}],
                             "remove_lines": [1]})
    assert api.status_code == 200 and api.json()["changes"] == 2
    with Session(review_app.engine) as session:
        d = session.get(Document, doc["id"])
        assert [ln["quantity"] for ln in d.data["line_items"]] == [120, 5]
        assert d.data["total"] == "80.00" and d.extracted["total"] == "70.00"
        assert [ln["quantity"] for ln in d.extracted["line_items"]] == [100.0, 200.0]
        assert session.get(Case, po_case).total == "80.00"
        audit = session.exec(select(AuditLog).where(AuditLog.case_id == po_case).order_by(AuditLog.id)).all()
        summary = [(a.actor, a.action, a.field, a.old, a.new) for a in audit]
    assert ("anna", "edit_line", "line_items[1].quantity", 100.0, 120) in summary
    assert ("anna", "edit_field", "total", "70.00", "80.00") in summary
    assert [s[1] for s in summary[-2:]] == ["remove_line", "add_line"]
    assert not any(s[2] == "date" for s in summary)


def test_roles_ops_read_only_except_status(client, po_case) -> None:  # type: ignore[no-untyped-def]
    token = sign_in(client, "otto")
    assert client.post(f"/api/cases/{po_case}/approve", json={}, headers={"X-CSRF-Token": token}).status_code == 403
    assert client.post(f"/api/cases/{po_case}/reject", json={"reason": "no"},
                       headers={"X-CSRF-Token": token}).status_code == 403
    ok = client.post(f"/api/cases/{po_case}/ops-status", json={"status": "shipped"}, headers={"X-CSRF-Token": token})
    assert ok.status_code == 200 and ok.json()["ops_status"] == "shipped"
    assert client.get("/users").status_code == 403
    page = client.get(f"/cases/{po_case}").text
    assert 'id="approve-form"' not in page and 'id="ops-form"' in page


def test_reject_with_partner_mail_and_request_documents(client, review_app, po_case) -> None:  # type: ignore[no-untyped-def]
    token = sign_in(client, "anna")
    h = {"X-CSRF-Token": token}
    assert client.post(f"/api/cases/{po_case}/reject", json={"reason": ""}, headers=h).status_code == 422
    resp = client.post(f"/api/cases/{po_case}/reject", json={"reason": "prices expired", "notify_partner": True},
                       headers=h)
    assert resp.status_code == 200 and resp.json()["outbox_id"]
    req = client.post(f"/api/cases/{po_case}/request-documents", json={"documents": ["commercial_invoice"]},
                      headers=h)
    assert req.status_code == 200 and req.json()["to"] == ["buyer@partner.test"]
    with Session(review_app.engine) as session:
        # The pipeline's own reply step may have queued mails too: look at exactly the two we caused.
        mine = [session.get(Outbox, resp.json()["outbox_id"]), session.get(Outbox, req.json()["outbox_id"])]
        assert [r.template for r in mine] == ["rejection", "request_documents"]
        assert all(r.status == "queued" and r.to_addrs == ["buyer@partner.test"] for r in mine)
        assert b"prices expired" in mine[0].raw
        partner_msgid = session.exec(select(Message.message_id).where(Message.case_id == po_case)).first()
        assert mine[0].in_reply_to == partner_msgid  # threaded to the partner's mail
    page = client.get(f"/cases/{po_case}").text
    assert "rejection" in page and "request_documents" in page and "prices expired" in page


def test_attachment_served_inline_sandboxed_with_sniffed_type(client, review_app, po_case) -> None:  # type: ignore[no-untyped-def]
    sign_in(client, "anna")
    with Session(review_app.engine) as session:
        att = session.exec(select(Attachment).join(Message).where(Message.case_id == po_case)).first()
    resp = client.get(f"/attachments/{att.id}/raw")
    assert resp.status_code == 200 and resp.content.startswith(b"%PDF-")
    assert resp.headers["content-type"] == "application/pdf"
    assert resp.headers["content-disposition"].startswith("inline;")
    assert resp.headers["content-security-policy"].startswith("sandbox")
    page = client.get(f"/cases/{po_case}").text
    assert f'<iframe class="pdf" src="/attachments/{att.id}/raw"' in page
    # HTML disguised as a PDF by name is never served as HTML.
    raw = make_eml(subject="PO 9", body="see file", attachments=[("po.pdf", "application/pdf",
                                                                   b"<html><script>alert(1)</script></html>")])
    other = ingest_into_case(review_app, raw)
    with Session(review_app.engine) as session:
        fake = session.exec(select(Attachment).join(Message).where(Message.case_id == other)).first()
    resp = client.get(f"/attachments/{fake.id}/raw")
    assert resp.headers["content-type"] == "application/octet-stream"
    assert resp.headers["content-disposition"].startswith("attachment;")
    assert client.get("/attachments/999999/raw").status_code == 404
    assert client.get(f"/attachments/{2**63}/raw").status_code == 422


def test_spreadsheet_original_rendered_as_bounded_table(client, review_app) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["PO Number", "PO-8800"])
    ws.append(["SKU", "Description", "Qty", "Price"])
    ws.append(["X-1", "<b>bold?</b>", 3, 9.5])
    for i in range(3000):
        ws.append([f"R{i}", "filler", i, 1])
    buf = io.BytesIO()
    wb.save(buf)
    raw = make_eml(subject="Order PO-8800", body="order attached", attachments=[
        ("order.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buf.getvalue())])
    case_id = ingest_into_case(review_app, raw)
    sign_in(client, "anna")
    page = client.get(f"/cases/{case_id}").text
    assert 'class="sheet"' in page
    assert "PO-8800" in page and "&lt;b&gt;bold?&lt;/b&gt;" in page
    assert "Only the first cells are shown" in page
    assert "R2999" not in page


def test_export_csv_xlsx_json_only_approved(client, review_app, po_case) -> None:  # type: ignore[no-untyped-def]
    pending = ingest_into_case(review_app, make_eml(subject="PO PO-5000", body="order", attachments=[
        ("PO-5000.pdf", "application/pdf", make_po_pdf("PO-5000"))]))
    token = sign_in(client, "anna")
    with Session(review_app.engine) as session:
        doc = session.exec(select(Document).where(Document.case_id == po_case)).first()
        # A hostile description must not become a spreadsheet formula.
        data = dict(doc.data)
        data["line_items"] = [dict(data["line_items"][0], description="=HYPERLINK(\"http://x\")")] + data["line_items"][1:]
        doc.data = data
        session.add(doc)
        session.commit()
    client.post(f"/api/cases/{po_case}/approve", json={}, headers={"X-CSRF-Token": token})
    resp = client.get("/export", params={"format": "csv"})
    assert resp.status_code == 200 and resp.headers["content-disposition"].startswith("attachment;")
    rows = list(csv.DictReader(io.StringIO(resp.content.decode("utf-8-sig"))))
    assert {r["case_id"] for r in rows} == {str(po_case)} and str(pending) not in {r["case_id"] for r in rows}
    assert rows[0]["order_number"] == "PO-4711" and rows[0]["description"].startswith("'=")
    js = client.get("/api/export", params={"format": "json"}).json()
    assert [o["case_id"] for o in js["orders"]] == [po_case]
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(client.get("/api/export", params={"format": "xlsx"}).content), read_only=True)
    sheet_rows = list(wb["orders"].iter_rows(values_only=True))
    assert sheet_rows[0][0] == "case_id" and sheet_rows[1][0] == po_case and len(sheet_rows) == 3
    assert client.get("/api/export", params={"format": "pdf"}).status_code == 422


def test_admin_manages_users(client) -> None:  # type: ignore[no-untyped-def]
    token = sign_in(client, "root")
    assert client.post("/users", data={"csrf_token": token, "name": "bea", "role": "sales",
                                       "password": "short"}).status_code == 303
    assert "password too short" in client.get("/users").text
    client.post("/users", data={"csrf_token": token, "name": "bea", "role": "ops", "password": "long-enough-pw"})
    assert "<td>bea</td><td>ops</td>" in client.get("/users").text


def test_healthz_public(client) -> None:  # type: ignore[no-untyped-def]
    resp = client.get("/healthz")
    assert resp.status_code == 200 and resp.json() == {"status": "ok"}


def test_repeated_wrong_passwords_are_throttled(client) -> None:  # type: ignore[no-untyped-def]
    token = csrf_of(client.get("/login").text)
    for _ in range(10):
        resp = client.post("/login", data={"username": "anna", "password": "guess-guess", "csrf_token": token})
        assert resp.status_code == 401
    blocked = client.post("/login", data={"username": "anna", "password": PASSWORDS["anna"], "csrf_token": token})
    assert blocked.status_code == 429 and "Too many failed sign-ins" in blocked.text
    # Another account is not affected.
    ok = client.post("/login", data={"username": "otto", "password": PASSWORDS["otto"], "csrf_token": token})
    assert ok.status_code == 303


def test_throttle_outlives_a_restart_and_forgets_old_failures(review_app, client) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from fastapi.testclient import TestClient

    from mailbot.review import create_web_app
    from mailbot.store.models import LoginFailure, utcnow

    token = csrf_of(client.get("/login").text)
    for _ in range(10):
        client.post("/login", data={"username": "Anna", "password": "guess-guess", "csrf_token": token})
    # A second web app on the same database: a restarted or a parallel `mailbot serve` process.
    with TestClient(create_web_app(review_app), follow_redirects=False) as other:
        token2 = csrf_of(other.get("/login").text)
        blocked = other.post("/login", data={"username": "anna", "password": PASSWORDS["anna"], "csrf_token": token2})
        assert blocked.status_code == 429
        # Once those failures are older than the window (15 minutes) they no longer count.
        with Session(review_app.engine) as s:
            for row in s.exec(select(LoginFailure)).all():
                row.at = utcnow() - timedelta(minutes=16)
                s.add(row)
            s.commit()
        ok = other.post("/login", data={"username": "anna", "password": PASSWORDS["anna"], "csrf_token": token2})
        assert ok.status_code == 303
    with Session(review_app.engine) as s:
        assert s.exec(select(LoginFailure)).all() == []  # a success clears the key; old rows are pruned


def test_deactivated_user_loses_the_session_at_once(review_app, client) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from mailbot.review import create_web_app
    from mailbot.store.models import User

    sign_in(client, "anna")
    assert client.get("/").status_code == 200
    with TestClient(create_web_app(review_app), follow_redirects=False) as admin:
        token = sign_in(admin, "root")
        with Session(review_app.engine) as session:
            anna_id = session.exec(select(User.id).where(User.name == "anna")).one()
        assert admin.post(f"/users/{anna_id}/active", data={"csrf_token": token}).status_code == 303
    assert client.get("/").status_code == 303
    assert client.get("/api/cases").status_code == 401


def test_deal_history_in_time_order(client, review_app, po_case) -> None:  # type: ignore[no-untyped-def]
    with Session(review_app.engine) as session:
        case = session.get(Case, po_case)
        case.history = [{"at": "2026-11-01T08:00:00+00:00", "from": "enquiry", "to": "quote", "message_pk": None},
                        {"at": "2026-11-02T08:00:00+00:00", "from": "quote", "to": "order", "message_pk": None}]
        session.add(case)
        session.commit()
    token = sign_in(client, "anna")
    client.post(f"/api/cases/{po_case}/ops-status", json={"status": "in_production"}, headers={"X-CSRF-Token": token})
    page = client.get(f"/cases/{po_case}").text
    history = page[page.index('<section class="history">'):page.index('<section class="outbound">')]
    order = [history.index(s) for s in ("stage enquiry → quote", "stage quote → order", "buyer@partner.test: PO PO-4711",
                                        "anna: set_status ops_status")]
    assert order == sorted(order)


def test_a_credit_note_shows_as_a_credit_note_on_the_case_page(client, review_app, po_case) -> None:  # type: ignore[no-untyped-def]
    with Session(review_app.engine) as session:
        msg_pk = session.exec(select(Document.message_pk).where(Document.case_id == po_case)).first()
        data = {"source": "CN-77.pdf", "doc_type": "commercial_invoice", "number": "CN-77", "date": None,
                "currency": "EUR", "total": "10.00", "line_items": [], "confidence": {}, "credit_note": True}
        session.add(Document(message_pk=msg_pk, case_id=po_case, source="CN-77.pdf", doc_type="commercial_invoice",
                             number="CN-77", data=data, extracted=data))
        session.commit()
    sign_in(client, "anna")
    page = client.get(f"/cases/{po_case}").text
    assert re.search(r"<h2>credit note CN-77\s", page)
    assert "commercial invoice CN-77" not in page and "commercial_invoice CN-77" not in page  # nor in the history
