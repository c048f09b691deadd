"""`mailbot` subcommands: classify (one .eml, no mailbox or database) and cases (the deals in the database)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from mailbot.errors import MailbotError
from parsers.model import shown_doc_type


def _summary(result: dict[str, Any], file: str) -> str:
    out = [f"{file}: {result['kind']} / stage {result['stage']} (confidence {result['confidence']:.2f})"]
    out.append(f"  message-id: {result['message_id'] or '(none)'}")
    out.append("  reasons:")
    for r in result["reasons"]:
        out.append(f"    - {r['rule']}: {r['detail']}")
    out.append(f"  documents: {len(result['documents'])}")
    for d in result["documents"]:
        extra = f", signed={d['signed']}" if d.get("doc_type") == "contract" else ""
        out.append(f"    - {shown_doc_type(d)} {d.get('number') or '(no number)'} from {d['source']}{extra}")
    missing = result["missing_documents"]
    out.append("  missing documents: " + ("(no requirement)" if missing is None else (", ".join(missing) or "none")))
    out.append(f"  references: {', '.join(result.get('references') or []) or 'none'}")
    reply = "yes" if result["autoreply"] else f"no ({result.get('autoreply_suppressed_reason') or 'suppressed'})"
    out.append(f"  automatic reply: {reply}")
    return "\n".join(out)


@click.command("classify")
@click.argument("message", required=False, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="print the classification.schema.json object")
@click.option("--rules", "rules_dir", type=click.Path(file_okay=False, path_type=Path),
              help="rules directory (default: [rules].path of the config)")
@click.option("--list-rules", is_flag=True, help="list the classification rules and exit")
@click.pass_obj
def classify(obj, message: Path | None, as_json: bool, rules_dir: Path | None, list_rules: bool) -> None:  # type: ignore[no-untyped-def]
    """Classify MESSAGE (a raw .eml file): kind, stage, reasons, documents, missing documents, auto-reply."""
    from mailbot.classify import classify_eml, load_ruleset
    from parsers import Limits

    settings = obj.settings
    ruleset = load_ruleset(rules_dir or settings.rules.path)
    if list_rules:
        for rule in ruleset.rules:
            click.echo(f"{rule.name:<24} {rule.description}")
        return
    if message is None:
        raise click.UsageError("missing argument MESSAGE (a .eml file)")
    if message.is_dir():
        raise MailbotError(f"cannot read {message}: it is a directory, not a .eml file")
    try:
        raw = message.read_bytes()
    except OSError as exc:
        raise MailbotError(f"cannot read {message}: {exc.strerror or exc}") from None
    if not raw.strip():
        raise MailbotError(f"{message} is empty: not a mail message")
    result = classify_eml(raw, rules=ruleset, limits=Limits.from_settings(settings.limits),
                          own_addresses=settings.own_addresses, company_domain=settings.company.domain)
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        click.echo(_summary(result, str(message)))


def _case_rows(session, only_open: bool) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    from sqlalchemy import func
    from sqlmodel import select

    from mailbot.store.models import Case, Message

    counts = dict(session.exec(select(Message.case_id, func.count()).where(
        Message.case_id.is_not(None)).group_by(Message.case_id)).all())  # type: ignore[union-attr]
    rows = []
    for c in session.exec(select(Case).order_by(Case.id)):
        if only_open and (c.review_status == "rejected" or (c.complete and c.review_status != "pending")):
            continue
        rows.append({
            "id": c.id, "partner": c.partner, "partner_name": c.partner_name, "partner_email": c.partner_email,
            "kind": c.kind, "stage": c.stage, "order_number": c.order_number, "total": c.total,
            "currency": c.currency, "required_documents": c.required_documents,
            "missing_documents": c.missing_documents, "complete": c.complete, "review_status": c.review_status,
            "messages": counts.get(c.id, 0),
            "last_activity": (c.last_message_at or c.updated_at).isoformat(timespec="seconds")
            if (c.last_message_at or c.updated_at) else None,
            "history": c.history or [],
        })
    return rows


@click.command("cases")
@click.option("--json", "as_json", is_flag=True, help="machine-readable output")
@click.option("--open", "only_open", is_flag=True,
              help="only deals that still need something: missing documents or a pending review")
@click.pass_obj
def cases(obj, as_json: bool, only_open: bool) -> None:  # type: ignore[no-untyped-def]
    """List the deals (cases): partner, kind, stage, order number, total, missing documents, messages."""
    from sqlmodel import Session

    with Session(obj.app.engine) as session:
        rows = _case_rows(session, only_open)
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        click.echo("no cases")
        return
    click.echo(f"{'id':>5} {'partner':<28} {'kind':<8} {'stage':<11} {'order':<16} {'total':>14} "
               f"{'msgs':>4} {'complete':<8} {'missing':<30} last activity")
    for r in rows:
        total = f"{r['total']} {r['currency'] or ''}".strip() if r["total"] else "-"
        missing = "(n/a)" if r["missing_documents"] is None else (", ".join(r["missing_documents"]) or "none")
        click.echo(f"{r['id']:>5} {r['partner'][:28]:<28} {r['kind']:<8} {r['stage']:<11} "
                   f"{(r['order_number'] or '-')[:16]:<16} {total:>14} {r['messages']:>4} "
                   f"{'yes' if r['complete'] else 'no':<8} {missing[:30]:<30} {r['last_activity'] or '-'}")


commands: list[click.Command] = [classify, cases]
