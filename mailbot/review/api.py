"""The JSON API under /api: cases, case detail, corrections, decisions and export (documented in /openapi.json)."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field
from sqlmodel import Session

from mailbot.review import service
from mailbot.review.security import ensure_csrf_token
from mailbot.review.views import export_response
from mailbot.review.web import DbDep, UserDep, get_app
from mailbot.store.models import User

router = APIRouter(prefix="/api", tags=["review"])

IdPath = Annotated[int, PathParam(ge=1, le=2**62)]
Value = Annotated[str, Field(max_length=2000)] | float | int | None
Text = Annotated[str, Field(max_length=2000)]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LineEdit(_Body):
    index: int = Field(ge=0, le=service.MAX_LINES, description="0-based position in line_items")
    values: dict[str, Value] = Field(description="line field -> new value (sku, description, quantity, unit, "
                                                 "unit_price, amount); '' or null clears it")


class DocumentPatch(_Body):
    fields: dict[str, Value] = Field(default_factory=dict,
                                     description="header field -> new value, e.g. {'total': '120.00', 'buyer.name': 'X'}")
    lines: list[LineEdit] = Field(default_factory=list, max_length=service.MAX_LINES)
    remove_lines: list[Annotated[int, Field(ge=0, le=service.MAX_LINES)]] = Field(
        default_factory=list, max_length=service.MAX_LINES, description="0-based indexes, as before this change")
    add_lines: list[dict[str, Value]] = Field(default_factory=list, max_length=100)


class ApproveBody(_Body):
    note: Text | None = None


class RejectBody(_Body):
    reason: Text = Field(min_length=1)
    notify_partner: bool = False


class RequestDocumentsBody(_Body):
    documents: list[Annotated[str, Field(max_length=100)]] = Field(default_factory=list, max_length=20)
    note: Text | None = None


class OpsStatusBody(_Body):
    status: Literal["in_production", "shipped", "received"] | None


@router.get("/session", summary="The signed-in user and the CSRF token to send as X-CSRF-Token")
def session_info(request: Request, user: User = UserDep) -> dict[str, Any]:
    return {"user": user.name, "role": user.role, "csrf_token": ensure_csrf_token(request.session)}


class QueueCase(BaseModel):
    """One case of the queue (GET /api/cases); fields may be added, never removed."""

    model_config = ConfigDict(extra="allow")
    id: int
    partner: str | None
    partner_name: str | None
    kind: str
    stage: str | None
    title: str | None
    order_number: str | None
    total: str | float | None
    currency: str | None
    review_status: str
    ops_status: str | None
    confidence: float | None
    missing_documents: list[str]
    documents: int
    export_status: str | None
    export_error: str | None
    created_at: str | None
    last_message_at: str | None


class CaseList(BaseModel):
    """A page of the queue. Pass `next_cursor` back as `cursor` for the next page (same filters)."""

    model_config = ConfigDict(extra="allow")
    cases: list[QueueCase]
    total: int = Field(description="cases matching the filters, on all pages")
    start: int = Field(description="1-based position of the first case of this page in the whole list; 0 if empty")
    limit: int
    next_cursor: str | None = Field(description="cursor of the page after this one; null on the last page")
    prev_cursor: str | None = Field(description="cursor of the page before this one; null on the first page")


@router.get("/cases", summary="Cases in the review queue (orders first, newest first), a page at a time",
            response_model=CaseList)
def list_cases(request: Request, review_status: Literal["pending", "approved", "rejected", "all"] = "pending",
               kind: Annotated[str | None, Query(max_length=20)] = None,
               stage: Annotated[str | None, Query(max_length=40)] = None,
               partner: Annotated[str | None, Query(max_length=200)] = None,
               q: Annotated[str | None, Query(max_length=100, description="order number contains")] = None,
               min_age_days: Annotated[int | None, Query(ge=0, le=36500)] = None,
               max_age_days: Annotated[int | None, Query(ge=0, le=36500)] = None,
               limit: Annotated[int | None, Query(ge=1, le=1000, description="cases per page; default "
                                                  "[web] page_size")] = None,
               cursor: Annotated[str | None, Query(max_length=500, description="next_cursor or prev_cursor "
                                                   "of an earlier answer")] = None,
               user: User = UserDep, session: Session = DbDep) -> dict[str, Any]:
    flt = service.QueueFilter(review_status=None if review_status == "all" else review_status, kind=kind,
                              stage=stage, partner=partner, q=q, min_age_days=min_age_days,
                              max_age_days=max_age_days, limit=limit or get_app(request).settings.web.page_size)
    result = service.queue_page(session, flt, cursor=cursor)
    return {"cases": [row.to_json() for row in result.rows], "total": result.total, "start": result.start,
            "limit": result.limit, "next_cursor": result.next_cursor, "prev_cursor": result.prev_cursor}


@router.get("/cases/{case_id}", summary="One case with its documents, messages, outbound mail, exports, audit")
def get_case(case_id: IdPath, user: User = UserDep, session: Session = DbDep) -> dict[str, Any]:
    return service.case_json(service.case_detail(session, case_id))


@router.patch("/cases/{case_id}/documents/{document_id}", summary="Correct fields and line items of a document")
def patch_document(case_id: IdPath, document_id: IdPath, body: DocumentPatch, user: User = UserDep,
                   session: Session = DbDep) -> dict[str, Any]:
    changes = service.update_document(
        session, actor=user, case_id=case_id, document_id=document_id, fields=body.fields,
        lines={edit.index: edit.values for edit in body.lines}, remove_lines=body.remove_lines,
        add_lines=body.add_lines)
    return {"changes": changes, "case": service.case_json(service.case_detail(session, case_id))}


@router.post("/cases/{case_id}/approve", summary="Approve (queues the ERP webhook delivery when configured)")
def approve_case(request: Request, case_id: IdPath, body: ApproveBody | None = None, user: User = UserDep,
                 session: Session = DbDep) -> dict[str, Any]:
    case = service.approve(session, get_app(request).settings, actor=user, case_id=case_id,
                           note=body.note if body else None)
    return {"id": case.id, "review_status": case.review_status}


@router.post("/cases/{case_id}/reject", summary="Reject with a reason, optionally mailing the partner")
def reject_case(request: Request, case_id: IdPath, body: RejectBody, user: User = UserDep,
                session: Session = DbDep) -> dict[str, Any]:
    case, mail = service.reject(session, get_app(request), actor=user, case_id=case_id, reason=body.reason,
                                notify_partner=body.notify_partner)
    return {"id": case.id, "review_status": case.review_status, "review_reason": case.review_reason,
            "outbox_id": mail.id if mail else None}


@router.post("/cases/{case_id}/request-documents", summary="Ask the partner for more documents (via the outbox)")
def request_documents(request: Request, case_id: IdPath, body: RequestDocumentsBody, user: User = UserDep,
                      session: Session = DbDep) -> dict[str, Any]:
    row = service.request_documents(session, get_app(request), actor=user, case_id=case_id,
                                    documents=body.documents, note=body.note)
    if row is None:
        return {"outbox_id": None, "to": [], "status": "already_requested"}
    return {"outbox_id": row.id, "to": row.to_addrs, "status": row.status}


@router.post("/cases/{case_id}/ops-status", summary="Mark in production / shipped / received (null clears)")
def set_ops_status(case_id: IdPath, body: OpsStatusBody, user: User = UserDep,
                   session: Session = DbDep) -> dict[str, Any]:
    case = service.set_ops_status(session, actor=user, case_id=case_id, status=body.status)
    return {"id": case.id, "ops_status": case.ops_status}


@router.get("/export", summary="Approved orders as CSV, XLSX or JSON",
            responses={200: {"content": {"text/csv": {}, "application/json": {},
                                         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {}}}})
def export(format: Literal["csv", "xlsx", "json"] = "json", user: User = UserDep,
           session: Session = DbDep) -> Response:
    return export_response(session, user, format)
