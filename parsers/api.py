"""Public entry points: parse_bytes, parse_file, parse_body."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from mailbot.errors import RulesError
from parsers.content import BudgetExceeded, Content, Ctx, TextLine
from parsers.isolate import IsolationFailed, run_isolated
from parsers.model import Limits, ParseResult
from parsers.pipeline import build_documents, run_pipeline
from parsers.registry import preload
from parsers.rules import load_partner_rules


def _make_ctx(filename: str | None, limits: Limits, use_structured: bool, rules_dir: Path | None,
              sender_domain: str | None) -> tuple[Ctx, list[str]]:
    """Build the parse context; a broken partner rule file is recorded (and ignored), never raised."""
    notes: list[str] = []
    try:
        rules = load_partner_rules(rules_dir, sender_domain) if rules_dir and sender_domain else {}
    except RulesError as exc:
        rules = {}
        notes.append(f"partner rules ignored: {exc}")
    return Ctx(limits=limits, filename=filename, use_structured=use_structured, rules=rules,
               rules_dir=rules_dir, sender_domain=sender_domain), notes


def _with_notes(result: ParseResult, notes: list[str]) -> ParseResult:
    if notes:
        result.errors = [*notes, *result.errors]
        if result.status == "ok":
            result.status = "partial"
    return result


def _pipeline_entry(data: bytes, ctx: Ctx) -> ParseResult:
    ctx.deadline = time.monotonic() + ctx.limits.time_budget_seconds
    return run_pipeline(data, ctx)


def parse_bytes(data: bytes, filename: str | None = None, *, limits: Limits | None = None,
                use_structured: bool = True, rules_dir: Path | None = None,
                sender_domain: str | None = None) -> ParseResult:
    """Parse one attachment's bytes; never raises for bad input (errors are in the result)."""
    limits = limits or Limits()
    ctx, notes = _make_ctx(filename, limits, use_structured, rules_dir, sender_domain)
    if not limits.isolate:
        return _with_notes(_pipeline_entry(data, ctx), notes)
    preload()
    try:
        # grace second: the child's own cooperative check should normally fire first
        result = run_isolated(_pipeline_entry, (data, ctx), timeout=limits.time_budget_seconds + 1.0,
                              memory_bytes=limits.max_memory_bytes, method=limits.isolate_method)
        return _with_notes(result, notes)
    except IsolationFailed as exc:
        from parsers.detect import detect_type

        msg = str(exc)
        if msg.startswith("time budget"):
            msg = f"time budget {limits.time_budget_seconds:g} s exceeded"
        return _with_notes(ParseResult([], detect_type(data, filename), "", [msg], "failed"), notes)


def parse_file(path: str | Path, **kw: Any) -> ParseResult:
    """Read a file and parse it (file name used only as tie-breaker and as `source`)."""
    p = Path(path)
    limits: Limits = kw.get("limits") or Limits()
    try:
        size = p.stat().st_size
        if size > limits.max_attachment_bytes:
            return ParseResult([], "unknown", "", [f"attachment too large: {size / 1048576:.1f} MB exceeds "
                                                  f"limit {limits.max_attachment_bytes / 1048576:.1f} MB"],
                               "skipped")
        data = p.read_bytes()
    except OSError as exc:
        return ParseResult([], "unknown", "", [f"cannot read file: {exc.strerror or exc}"], "failed")
    return parse_bytes(data, p.name, **kw)


def _quoted_in_reply(lines: list[str], subject: str | None) -> set[int]:
    """The lines of a reply ("Re:", "AW:", "回复:") that quote the earlier mail; none when the mail is no reply
    or the subject is unknown, and none for a forward, whose quoted mail is the business passed on."""
    from mailbot.classify.text import is_forward_subject, is_reply_subject, quoted_lines

    if not is_reply_subject(subject or "") or is_forward_subject(subject or ""):
        return set()
    return quoted_lines(lines)


def parse_body(text: str | None, html: str | None, *, limits: Limits | None = None, **kw: Any) -> ParseResult:
    """Treat an email body as a document source ("source": "body"); documents only if it carries business data.

    `subject=` (the mail's) leaves a reply's quote out of the documents (see `_quoted_in_reply`)."""
    from parsers.formats.text import html_to_text, text_lines

    limits = limits or Limits()
    ctx, notes = _make_ctx("body", limits, kw.get("use_structured", True), kw.get("rules_dir"),
                           kw.get("sender_domain"))
    ctx.deadline = time.monotonic() + limits.time_budget_seconds
    errors: list[str] = []
    body = text or ""
    dtype = "text"
    if not body.strip() and html:
        dtype = "html"
        try:
            body = html_to_text(html, limits)
        except Exception as exc:  # hostile HTML must not crash intake
            errors.append(f"html: cannot convert to text ({type(exc).__name__})")
            body = ""
    body = body[: limits.max_text_chars]
    lines = text_lines(body)
    # a reply's quote is the partner's earlier mail: an order declared or typed there is that mail's document
    # (it was read when that mail came in), not this one's; the text returned stays whole
    quoted = _quoted_in_reply(lines, kw.get("subject"))
    content = Content(lines=[TextLine(t, {"line": i + 1}) for i, t in enumerate(lines) if i not in quoted])
    try:
        docs = build_documents(content, ctx, dtype, source="body", body=True)
    except BudgetExceeded as exc:
        errors.append(str(exc))
        docs = []
    except Exception as exc:
        errors.append(f"extraction failed: {type(exc).__name__}: {exc}"[:300])
        docs = []
    return _with_notes(ParseResult(docs, dtype, body, errors, "partial" if errors else "ok"), notes)
