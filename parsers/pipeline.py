"""The in-process parse of one file: detect, run the format parser, build documents, recurse."""
from __future__ import annotations

import time

from parsers.content import BudgetExceeded, Content, Ctx, LimitExceeded
from parsers.detect import detect_type
from parsers.model import Document, ParseResult, Status
from parsers.registry import UNSUPPORTED, get_parser

# The highest confidence a value read by OCR gets (the review queue highlights anything below 0.8).
OCR_CONFIDENCE = 0.6


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n < 1024**3 else f"{n / 1024**3:.1f} GB"


def _run_format(parser_name: str, data: bytes, ctx: Ctx) -> Content:
    parser = get_parser(parser_name)
    assert parser is not None  # caller checked
    try:
        return parser(data, ctx)
    except (LimitExceeded, BudgetExceeded) as exc:
        return Content(errors=[str(exc)], failed=True)
    except MemoryError:
        return Content(errors=[f"memory exhausted while reading {parser_name}"], failed=True)
    except RecursionError:
        return Content(errors=[f"{parser_name}: structure nested too deeply"], failed=True)
    except Exception as exc:  # a broken file must become a recorded error, never a crash
        msg = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        return Content(errors=[f"{parser_name}: cannot read file ({type(exc).__name__}{': ' + msg if msg else ''})"[:300]],
                       failed=True)


def build_documents(content: Content, ctx: Ctx, detected_type: str, *, source: str,
                    body: bool = False) -> list[Document]:
    """Structured data first (exact); otherwise template-free extraction from the visible text."""
    from parsers.extract.credit import is_credit_note_title
    from parsers.extract.document import extract_document

    if content.structured and ctx.use_structured:
        docs = []
        for doc in content.structured:
            doc.source = source
            if doc.signed is None and content.signed is not None and doc.doc_type == "contract":
                doc.signed = content.signed
            docs.append(doc)
        return docs
    if content.failed or content.skipped:
        return []
    doc = extract_document(content, ctx, source=source, body=body or bool(content.meta.get("body")))
    if doc is not None and doc.doc_type == "commercial_invoice":
        # a credit note reads as an invoice by its title ("Credit Note", "Avoir", "Gutschrift"): flag it
        doc.credit_note = is_credit_note_title((doc.evidence.get("doc_type") or {}).get("snippet", ""))
    if doc is not None and content.meta.get("ocr"):
        # Read from pixels: a misread digit looks as plausible as a right one, so sales staff check them.
        doc.confidence = {k: round(min(v, OCR_CONFIDENCE), 2) for k, v in doc.confidence.items()}
        doc.warnings.append("read by OCR from a scanned image: check every value against the original")
        if content.meta.get("ocr_note"):
            doc.warnings.append(content.meta["ocr_note"])
    return [doc] if doc is not None else []


def run_pipeline(data: bytes, ctx: Ctx) -> ParseResult:
    """Parse bytes fully in this process (the caller decides about isolation)."""
    if not ctx.deadline:
        ctx.deadline = time.monotonic() + ctx.limits.time_budget_seconds
    source = ctx.filename or "attachment"
    limits = ctx.limits
    if len(data) > limits.max_attachment_bytes:
        return ParseResult([], "unknown", "", [f"attachment too large: {_mb(len(data))} exceeds limit "
                                              f"{_mb(limits.max_attachment_bytes)}"], "skipped")
    dtype = detect_type(data, ctx.filename)
    if dtype == "empty":
        return ParseResult([], "unknown", "", ["empty file (0 bytes)"], "failed")
    if dtype == "encrypted-office":
        return ParseResult([], "encrypted", "", ["encrypted office document (password protected)"], "failed")
    if get_parser(dtype) is None:
        reason = UNSUPPORTED.get(dtype, f"unsupported file type ({dtype})")
        return ParseResult([], dtype, "", [reason], "skipped")
    content = _run_format(dtype, data, ctx)
    errors = list(content.errors)
    docs: list[Document] = []
    try:
        docs = build_documents(content, ctx, dtype, source=source)
    except BudgetExceeded as exc:
        errors.append(str(exc))
    except Exception as exc:  # extraction bugs must not lose the text we already have
        errors.append(f"extraction failed: {type(exc).__name__}: {exc}"[:300])
    text_parts = [content.text()]
    child_failed = False
    skipped_notes: list[str] = []  # unsupported embedded files: reported, but the parent parse is fine
    for child in content.children:
        if ctx.depth + 1 > limits.max_nesting_depth:
            errors.append(f"{child.name}: nesting depth exceeds limit {limits.max_nesting_depth}; not parsed")
            continue
        try:
            ctx.check_time()
        except BudgetExceeded as exc:
            errors.append(str(exc))
            break
        if not child.data:
            continue  # empty MIME parts (e.g. external-body stubs) carry nothing to read
        sub = run_pipeline(child.data, ctx.child(f"{source}/{child.name}"))
        docs.extend(sub.documents)
        if sub.text:
            text_parts.append(sub.text)
        if sub.status == "failed":
            child_failed = True
        if sub.status == "skipped" and sub.detected_type == "image":
            continue  # logos and inline pictures are expected; not an error of this file
        if sub.status == "skipped":
            skipped_notes.extend(f"{child.name}: {e}" for e in sub.errors)
            continue
        errors.extend(e if e.startswith(child.name) else f"{child.name}: {e}" for e in sub.errors)
    text = "\n".join(t for t in text_parts if t)
    partial = bool(errors) or child_failed
    errors.extend(skipped_notes)
    if len(text) > limits.max_text_chars:
        text = text[: limits.max_text_chars]
    status: Status
    if content.skipped:
        status = "skipped"
    elif content.failed:
        status = "failed"
    elif partial:
        status = "partial"
    else:
        status = "ok"
    return ParseResult(docs, dtype, text, errors, status)
