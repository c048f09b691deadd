"""Server-rendered pages: the queue, the order page with its actions, originals, export download, users."""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from sqlmodel import Session, col, select

from mailbot.errors import ReviewError
from mailbot.export import formats
from mailbot.export.webhook import retry_delivery
from mailbot.review import render, service
from mailbot.review.passwords import ROLES, create_user
from mailbot.review.security import CONTENT_CSP, PDF_CSP
from mailbot.review.web import DbDep, UserDep, flash, get_app, page, run_db
from mailbot.store.models import Attachment, AuditLog, Document, ExportDelivery, Message, User, utcnow
from parsers.model import shown_doc_type

router = APIRouter(include_in_schema=False)

# SQLite integers are 64-bit: a larger id must be a 404/422, not an OverflowError.
IdPath = Annotated[int, PathParam(ge=1, le=2**62)]
AGES = {"": (None, None), "today": (None, 1), "1-3": (1, 3), "3-7": (3, 7), "7+": (7, None)}
HEADER_LABELS = {
    "number": "Number", "order_number": "Order number", "date": "Date", "due_date": "Due date",
    "delivery_date": "Delivery date", "currency": "Currency", "subtotal": "Subtotal", "tax": "Tax",
    "total": "Total", "incoterms": "Incoterms", "payment_terms": "Payment terms",
    "buyer.name": "Buyer", "buyer.address": "Buyer address", "buyer.country": "Buyer country",
    "buyer.vat_id": "Buyer VAT id", "buyer.email": "Buyer e-mail",
    "seller.name": "Seller", "seller.address": "Seller address", "seller.country": "Seller country",
    "seller.vat_id": "Seller VAT id", "seller.email": "Seller e-mail",
}


# ------------------------------------------------------------------------------------------- queue


@router.get("/", response_class=HTMLResponse)
def queue_page(request: Request, review_status: str = Query("pending", max_length=20),
               kind: str = Query("", max_length=20), stage: str = Query("", max_length=40),
               partner: str = Query("", max_length=200), q: str = Query("", max_length=100),
               age: str = Query("", max_length=10), cursor: str = Query("", max_length=500),
               user: User = UserDep, session: Session = DbDep) -> Response:
    min_age, max_age = AGES.get(age, (None, None))
    flt = service.QueueFilter(review_status=None if review_status == "all" else review_status or None,
                              kind=kind or None, stage=stage or None, partner=partner or None, q=q or None,
                              min_age_days=min_age, max_age_days=max_age,
                              limit=get_app(request).settings.web.page_size)
    result = service.queue_page(session, flt, cursor=cursor or None)
    stages = sorted({s for s in session.exec(select(service.Case.stage).distinct()).all() if s})
    filters = {"review_status": review_status, "kind": kind, "stage": stage, "partner": partner, "q": q, "age": age}
    # Paging links keep the filters and the search: only the cursor changes.
    kept = urlencode({k: v for k, v in filters.items() if v})

    def link(to: str | None) -> str | None:
        return None if to is None else "/?" + "&".join(p for p in (kept, urlencode({"cursor": to})) if p)

    return page(request, "queue.html", {
        "rows": result.rows, "page": result, "filters": filters,
        "next_url": link(result.next_cursor), "prev_url": link(result.prev_cursor),
        "first_url": "/?" + kept if kept else "/",
        "review_statuses": service.REVIEW_STATUSES, "kinds": service.KINDS, "stages": stages,
        "ages": list(AGES), "now": utcnow(),
    })


# ---------------------------------------------------------------------------------------- order page


def _lookup(mapping: dict[str, Any], key: str) -> Any:
    """Confidence/evidence for a key, falling back to its parent ("buyer.name" -> "buyer")."""
    if key in mapping:
        return mapping[key]
    parent = key.split(".")[0].split("[")[0]
    return mapping.get(parent)


_LINE_WARNING = re.compile(r"\bline (\d+)\b", re.IGNORECASE)


def _document_view(doc: Document, attachment: Attachment | None, viewer: dict[str, Any]) -> dict[str, Any]:
    data = doc.data or {}
    original = doc.extracted or {}
    conf = data.get("confidence") if isinstance(data.get("confidence"), dict) else {}
    evidence = data.get("evidence") if isinstance(data.get("evidence"), dict) else {}
    fields = []
    for key, label in HEADER_LABELS.items():
        value = service._get_path(data, key)
        was = service._get_path(original, key)
        c = _lookup(conf, key)
        c = c if isinstance(c, (int, float)) else None
        fields.append({"key": key, "label": label, "value": value, "confidence": c,
                       "low": c is not None and c < service.LOW_CONFIDENCE,
                       "evidence": _lookup(evidence, key), "changed": value != was, "original": was})
    warnings = [str(w) for w in (data.get("warnings") or [])]
    warned_lines = {int(m.group(1)) for w in warnings for m in _LINE_WARNING.finditer(w)}
    lines = []
    for i, line in enumerate(data.get("line_items") or []):
        line = line if isinstance(line, dict) else {}
        cells = []
        for key in service.LINE_FIELDS:
            c = conf.get(f"line_items[{i}].{key}", conf.get(f"line_items.{key}", conf.get("line_items")))
            c = c if isinstance(c, (int, float)) else None
            ev = evidence.get(f"line_items[{i}].{key}", evidence.get(f"line_items[{i}]"))
            cells.append({"key": key, "value": line.get(key), "low": c is not None and c < service.LOW_CONFIDENCE,
                          "confidence": c, "evidence": ev})
        lines.append({"index": i, "cells": cells, "warned": (i + 1) in warned_lines})
    # a credit note is stored as a commercial_invoice (the schema's doc types) and shown as what it is
    return {"doc": doc, "doc_type": shown_doc_type({**data, "doc_type": doc.doc_type}), "fields": fields,
            "lines": lines, "warnings": warnings, "attachment": attachment, "viewer": viewer,
            "line_fields": list(service.LINE_FIELDS), "tracking_numbers": data.get("tracking_numbers") or [],
            "signed": data.get("signed")}


def _viewer(request: Request, attachment: Attachment | None, message: Message | None) -> dict[str, Any]:
    """How to show a document's original: PDF/image frame, spreadsheet table, download link or body text."""
    if attachment is None:
        return {"type": "body", "text": (message.body_text if message else None) or "",
                "has_html": bool(message and message.body_html_path), "message_id": message.id if message else None}
    app = get_app(request)
    try:
        # The first kilobyte tells the type; only a spreadsheet (shown as a table) is read whole.
        with open(attachment.path, "rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        return {"type": "missing", "error": f"stored file unreadable: {exc.strerror}"}
    inline = render.sniff_inline_type(head)
    if inline == "application/pdf":
        return {"type": "pdf"}
    if inline:
        return {"type": "image"}
    if not head.startswith(b"PK") or attachment.size > app.settings.limits.max_attachment_bytes:
        return {"type": "download"}
    try:
        data = app.blobs.get(attachment.path)
    except OSError as exc:
        return {"type": "missing", "error": f"stored file unreadable: {exc.strerror}"}
    if render.is_xlsx(data):
        return {"type": "sheet", "workbook": render.spreadsheet_view(
            data, max_decompressed_bytes=app.settings.limits.max_decompressed_bytes)}
    return {"type": "download"}


@router.get("/cases/{case_id}", response_class=HTMLResponse)
def case_page(request: Request, case_id: IdPath, user: User = UserDep, session: Session = DbDep) -> Response:
    detail = service.case_detail(session, case_id)
    atts = {a.id: a for items in detail.attachments.values() for a in items}
    msgs = {m.id: m for m in detail.messages}
    docs = []
    # What sales reviews comes first: the purchase orders, then the deal's other documents in time order.
    for d in sorted(detail.documents, key=lambda doc: doc.doc_type != "purchase_order"):
        att = atts.get(d.attachment_id) if d.attachment_id else None
        if d.attachment_id and att is None:
            att = session.get(Attachment, d.attachment_id)
        msg = msgs.get(d.message_pk) or session.get(Message, d.message_pk)
        docs.append(_document_view(d, att, _viewer(request, att, msg)))
    return page(request, "case.html", {
        "d": detail, "c": detail.case, "docs": docs, "can_edit": service.can_edit(user),
        "can_set_ops": service.can_set_ops(user), "ops_statuses": service.OPS_STATUSES,
        "low": service.LOW_CONFIDENCE,
    })


def _redirect_case(case_id: int) -> RedirectResponse:
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


async def _act(request: Request, case_id: int, fn: Callable[[Session], str]) -> Response:
    """Run an action in its own transaction, then back to the case page with a message (post/redirect/get)."""
    try:
        message = await run_db(request, fn)
        flash(request, message)
    except ReviewError as exc:
        if exc.status == 404:
            raise
        flash(request, str(exc), "error")
    return _redirect_case(case_id)


@router.post("/cases/{case_id}/documents/{document_id}")
async def edit_document(request: Request, case_id: IdPath, document_id: IdPath, user: User = UserDep) -> Response:
    form = await request.form()
    fields: dict[str, Any] = {}
    lines: dict[int, dict[str, Any]] = {}
    remove: list[int] = []
    for name, value in form.multi_items():
        if not isinstance(value, str):
            continue
        if name.startswith("f."):
            fields[name[2:]] = value
        elif m := re.fullmatch(r"l\.(\d{1,4})\.(\w+)", name):
            lines.setdefault(int(m.group(1)), {})[m.group(2)] = value
        elif m := re.fullmatch(r"rm\.(\d{1,4})", name):
            remove.append(int(m.group(1)))

    def apply(session: Session) -> str:
        n = service.update_document(session, actor=user, case_id=case_id, document_id=document_id,
                                    fields=fields, lines=lines, remove_lines=remove)
        return f"Saved {n} change{'s' if n != 1 else ''}." if n else "Nothing changed."

    return await _act(request, case_id, apply)


@router.post("/cases/{case_id}/documents/{document_id}/add-line")
async def add_line(request: Request, case_id: IdPath, document_id: IdPath, user: User = UserDep) -> Response:
    def apply(session: Session) -> str:
        service.update_document(session, actor=user, case_id=case_id, document_id=document_id, add_lines=[{}])
        return "Added an empty line; fill it in and save."

    return await _act(request, case_id, apply)


@router.post("/cases/{case_id}/approve")
async def approve(request: Request, case_id: IdPath, note: str = Form("", max_length=2000),
                  user: User = UserDep) -> Response:
    settings = get_app(request).settings

    def apply(session: Session) -> str:
        service.approve(session, settings, actor=user, case_id=case_id, note=note)
        return "Approved."

    return await _act(request, case_id, apply)


@router.post("/cases/{case_id}/reject")
async def reject(request: Request, case_id: IdPath, reason: str = Form("", max_length=2000),
                 notify: str = Form(""), user: User = UserDep) -> Response:
    app = get_app(request)

    def apply(session: Session) -> str:
        _, mail = service.reject(session, app, actor=user, case_id=case_id, reason=reason,
                                 notify_partner=bool(notify))
        if not notify:
            return "Rejected."
        return "Rejected; the partner will be told." if mail else "Rejected; the partner was already told earlier."

    return await _act(request, case_id, apply)


@router.post("/cases/{case_id}/request-documents")
async def request_documents(request: Request, case_id: IdPath, documents: str = Form("", max_length=2000),
                            note: str = Form("", max_length=2000), user: User = UserDep) -> Response:
    app = get_app(request)
    wanted = [d for d in re.split(r"[,\n]", documents) if d.strip()]

    def apply(session: Session) -> str:
        row = service.request_documents(session, app, actor=user, case_id=case_id, documents=wanted, note=note)
        if row is None:
            return "These documents were already requested; no new mail."
        return f"Request for documents queued to {', '.join(row.to_addrs)}."

    return await _act(request, case_id, apply)


@router.post("/cases/{case_id}/ops-status")
async def ops_status(request: Request, case_id: IdPath, status: str = Form("", max_length=20),
                     user: User = UserDep) -> Response:
    def apply(session: Session) -> str:
        case = service.set_ops_status(session, actor=user, case_id=case_id, status=status)
        return f"Status: {case.ops_status or 'none'}."

    return await _act(request, case_id, apply)


@router.post("/exports/{delivery_id}/retry")
async def retry_export(request: Request, delivery_id: IdPath, user: User = UserDep) -> Response:
    if not service.can_edit(user):
        raise ReviewError("your role may not retry exports", status=403)

    def apply(session: Session) -> int:
        d = retry_delivery(session, delivery_id)
        if d is None:
            raise ReviewError(f"no export delivery {delivery_id}", status=404)
        session.add(AuditLog(actor=user.name, action="export", case_id=d.case_id, note=f"retry delivery {d.id}"))
        return d.case_id

    case_id = await run_db(request, apply)
    flash(request, "Export queued again.")
    return _redirect_case(case_id)


# ------------------------------------------------------------------------------------------ originals


def _disposition(kind: str, filename: str | None) -> str:
    name = Path(filename or "attachment").name[:150] or "attachment"
    ascii_name = re.sub(r"[^A-Za-z0-9._-]", "_", name)
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"


@router.get("/attachments/{attachment_id}/raw")
def attachment_raw(request: Request, attachment_id: IdPath, download: bool = False,
                   user: User = UserDep, session: Session = DbDep) -> Response:
    att = session.get(Attachment, attachment_id)
    if att is None:
        raise ReviewError(f"no attachment {attachment_id}", status=404)
    try:
        with open(att.path, "rb") as fh:
            head = fh.read(1024)
    except OSError:
        raise ReviewError(f"attachment {attachment_id} is missing from the store", status=410) from None
    # The type comes from the bytes, never from the partner's declared Content-Type or file name;
    # anything we cannot show safely is offered as a download only.
    inline = None if download else render.sniff_inline_type(head)
    headers = {"Content-Disposition": _disposition("inline" if inline else "attachment", att.filename),
               "Content-Security-Policy": (PDF_CSP if inline == "application/pdf" else CONTENT_CSP)
               + "; frame-ancestors 'self'",
               "Cache-Control": "private, max-age=300"}
    # Streamed from the store (with range requests, which the PDF viewer uses), never held in memory.
    return FileResponse(att.path, media_type=inline or "application/octet-stream", headers=headers)


@router.get("/messages/{message_id}/body.html", response_class=HTMLResponse)
def message_html(request: Request, message_id: IdPath, user: User = UserDep, session: Session = DbDep) -> Response:
    msg = session.get(Message, message_id)
    if msg is None or not msg.body_html_path:
        raise ReviewError(f"message {message_id} has no HTML body", status=404)
    try:
        html = get_app(request).blobs.get(msg.body_html_path).decode("utf-8", "replace")
    except OSError:
        raise ReviewError(f"the HTML body of message {message_id} is missing from the store", status=410) from None
    return HTMLResponse(render.sanitise_email_html(html),
                        headers={"Content-Security-Policy": CONTENT_CSP + "; frame-ancestors 'self'"})


@router.get("/messages/{message_id}/raw")
def message_raw(request: Request, message_id: IdPath, user: User = UserDep, session: Session = DbDep) -> Response:
    msg = session.get(Message, message_id)
    if msg is None:
        raise ReviewError(f"no message {message_id}", status=404)
    try:
        data = get_app(request).blobs.get(msg.raw_path)
    except OSError:
        raise ReviewError(f"message {message_id} is missing from the store", status=410) from None
    return Response(data, media_type="application/octet-stream",
                    headers={"Content-Disposition": _disposition("attachment", f"message-{msg.id}.eml"),
                             "Content-Security-Policy": CONTENT_CSP})


# --------------------------------------------------------------------------------------------- export


def export_response(session: Session, user: User, fmt: str) -> Response:
    if fmt not in formats.FORMATS:
        raise ReviewError(f"unknown format {fmt!r}: expected one of {', '.join(formats.FORMATS)}")
    orders = formats.approved_orders(session)
    body = formats.render(orders, fmt)
    session.add(AuditLog(actor=user.name, action="export", note=f"{fmt} download of {len(orders)} approved orders",
                         new=[o["case_id"] for o in orders]))
    stamp = datetime.now().strftime("%Y%m%d-%H%M")
    return Response(body, media_type=formats.MEDIA_TYPES[fmt],
                    headers={"Content-Disposition": _disposition("attachment", f"orders-{stamp}.{fmt}")})


@router.get("/export")
def export_download(format: str = Query("csv", max_length=10), user: User = UserDep,
                    session: Session = DbDep) -> Response:
    return export_response(session, user, format)


# ---------------------------------------------------------------------------------------------- users


def _require_admin(user: User) -> None:
    if user.role != "admin":
        raise ReviewError("only an admin may manage users", status=403)


@router.get("/users", response_class=HTMLResponse)
def users_page(request: Request, user: User = UserDep, session: Session = DbDep) -> Response:
    _require_admin(user)
    users = list(session.exec(select(User).order_by(col(User.name))).all())
    failed_exports = session.exec(select(ExportDelivery).where(ExportDelivery.status == "failed")).all()
    return page(request, "users.html", {"users": users, "roles": ROLES, "failed_exports": len(failed_exports)})


@router.post("/users")
async def add_user(request: Request, name: str = Form("", max_length=64), role: str = Form("sales", max_length=10),
                   password: str = Form("", max_length=1024), user: User = UserDep) -> Response:
    _require_admin(user)

    def apply(session: Session) -> str:
        new = create_user(session, name=name.strip(), role=role, password=password)
        session.add(AuditLog(actor=user.name, action="add_user", field="user", new={"name": new.name, "role": new.role}))
        return f"User {new.name} ({new.role}) added."

    try:
        flash(request, await run_db(request, apply))
    except ReviewError as exc:
        flash(request, str(exc), "error")
    return RedirectResponse("/users", status_code=303)


@router.post("/users/{user_id}/active")
async def toggle_user(request: Request, user_id: IdPath, active: str = Form(""), user: User = UserDep) -> Response:
    _require_admin(user)

    def apply(session: Session) -> str:
        target = session.get(User, user_id)
        if target is None:
            raise ReviewError(f"no user {user_id}", status=404)
        if target.id == user.id:
            raise ReviewError("you cannot deactivate yourself")
        old, target.active = target.active, bool(active)
        session.add(target)
        session.add(AuditLog(actor=user.name, action="set_user_active", field=target.name, old=old, new=target.active))
        return f"User {target.name} {'activated' if target.active else 'deactivated'}."

    try:
        flash(request, await run_db(request, apply))
    except ReviewError as exc:
        if exc.status == 404:
            raise
        flash(request, str(exc), "error")
    return RedirectResponse("/users", status_code=303)
