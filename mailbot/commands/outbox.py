"""`mailbot` subcommands: outbox (list, send), digest (--preview, --send), remind."""
from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import click
from sqlmodel import Session, select

from mailbot.errors import MailbotError


def _iso(dt: datetime | None) -> str | None:
    return dt.isoformat() if dt else None


def _row(o: Any) -> dict[str, Any]:
    return {"id": o.id, "to": list(o.to_addrs), "template": o.template, "case_id": o.case_id,
            "status": o.status, "attempts": o.attempts, "last_error": o.last_error, "last_code": o.last_code,
            "message_id": o.message_id, "in_reply_to": o.in_reply_to, "subject": o.subject,
            "suppressed_reason": o.suppressed_reason, "created_at": _iso(o.created_at), "sent_at": _iso(o.sent_at),
            "next_attempt_at": _iso(o.next_attempt_at), "bounced_at": _iso(o.bounced_at)}


@click.group("outbox", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="print JSON (one object per outbound mail)")
@click.option("--status", type=click.Choice(["queued", "sending", "sent", "failed", "suppressed"]),
              help="only mails in this state")
@click.option("--limit", type=int, default=200, show_default=True, help="newest N mails")
@click.pass_context
def outbox(ctx: click.Context, as_json: bool, status: str | None, limit: int) -> None:
    """List the outbound mails (newest first); `mailbot outbox send` delivers the due ones."""
    if ctx.invoked_subcommand is not None:
        return
    from mailbot.store.models import Outbox

    app = ctx.obj.app
    with Session(app.engine) as session:
        query = select(Outbox).order_by(Outbox.id.desc()).limit(limit)  # type: ignore[union-attr]
        if status:
            query = query.where(Outbox.status == status)
        rows = [_row(o) for o in session.exec(query).all()]
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        click.echo("outbox is empty")
        return
    click.echo(f"{'ID':>5}  {'STATUS':<10} {'TEMPLATE':<18} {'CASE':>5} {'TRIES':>5}  {'TO':<30} DETAIL")
    for r in rows:
        detail = r["suppressed_reason"] or r["last_error"] or (f"sent {r['sent_at'][:19]}" if r["sent_at"] else "")
        detail += f"  in-reply-to {r['in_reply_to']}" if r["in_reply_to"] and r["status"] != "suppressed" else ""
        click.echo(f"{r['id']:>5}  {r['status']:<10} {r['template']:<18} {r['case_id'] or '-':>5} "
                   f"{r['attempts']:>5}  {', '.join(r['to'])[:30]:<30} {detail.strip()}")


@outbox.command("send")
@click.pass_obj
def outbox_send(obj: Any) -> None:
    """Deliver every queued mail that is due now (retries wait for their back-off)."""
    from mailbot.outbox.sender import deliver_due

    sent = deliver_due(obj.app)
    click.echo(f"sent {sent} mail(s)")


@click.command("digest")
@click.option("--preview", "mode", flag_value="preview", help="print the text part, send nothing")
@click.option("--send", "mode", flag_value="send", help="mail the digest to [digest] to")
@click.option("--html", "html_out", type=click.Path(dir_okay=False), help="with --preview: also write the HTML part here")
@click.pass_obj
def digest(obj: Any, mode: str | None, html_out: str | None) -> None:
    """The daily ops digest: --preview prints it, --send mails it."""
    from mailbot.digest import build_digest, render_digest, send_digest
    from mailbot.store.models import Outbox

    if mode is None:
        raise click.UsageError("give --preview or --send")
    app = obj.app
    if mode == "preview":
        rendered = render_digest(app, build_digest(app))
        click.echo(f"Subject: {rendered.subject}\n")
        click.echo(rendered.text)
        if html_out:
            with open(html_out, "w", encoding="utf-8") as fh:
                fh.write(rendered.html)
        return
    outbox_id = send_digest(app)
    with Session(app.engine) as session:
        row = session.get(Outbox, outbox_id)
        if row is None:
            raise MailbotError(f"digest outbox row {outbox_id} vanished")
        if row.status != "sent":
            raise MailbotError(f"digest queued as outbox {outbox_id} but not delivered yet "
                               f"({row.status}: {row.last_error or 'waiting'}); `mailbot outbox send` retries")
    click.echo(f"digest sent to {', '.join(app.settings.digest.to)} (outbox {outbox_id})")


@click.command("remind")
@click.option("--no-send", is_flag=True, help="only enqueue the due reminders, do not deliver now")
@click.pass_obj
def remind(obj: Any, no_send: bool) -> None:
    """Enqueue the reminders for missing documents that are due now (and escalate overdue cases)."""
    from mailbot.outbox.reminders import send_reminders
    from mailbot.outbox.sender import deliver_due

    count = send_reminders(obj.app)
    sent = 0 if no_send else deliver_due(obj.app)
    click.echo(f"{count} reminder(s) enqueued, {sent} mail(s) sent")


commands: list[click.Command] = [outbox, digest, remind]
