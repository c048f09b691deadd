"""`mailbot` subcommands: intake (poll, run, status, messages, retry)."""
from __future__ import annotations

import contextlib
import json
import logging
import os
import sys

import click

from mailbot.errors import MailbotError


def install_redaction(settings) -> None:  # type: ignore[no-untyped-def]
    """Hand the mailbox/SMTP passwords to the log filter so they can never appear in a log line."""
    from mailbot.logging_setup import RedactSecrets

    secrets: list[str] = []
    for mb in settings.mailbox:
        # a missing password is reported by the poll itself
        with contextlib.suppress(MailbotError):
            secrets.append(mb.password())
    try:
        smtp_pw = settings.smtp.password()
    except MailbotError:
        smtp_pw = None
    if smtp_pw:
        secrets.append(smtp_pw)
    for handler in logging.getLogger().handlers:
        handler.addFilter(RedactSecrets(secrets))


@click.command("poll")
@click.option("--once", is_flag=True, default=True, help="poll every mailbox once and exit (the default)")
@click.option("--mailbox", "names", multiple=True, help="only this mailbox (repeatable)")
@click.option("--send", is_flag=True,
              help="then deliver the replies that are due (for cron set-ups without `mailbot run`)")
@click.pass_obj
def poll(obj, once: bool, names: tuple[str, ...], send: bool) -> None:  # type: ignore[no-untyped-def]
    """Fetch new mail from every mailbox once; exit 1 if any mailbox could not be polled."""
    from mailbot.intake.fetcher import poll_all

    settings = obj.settings
    install_redaction(settings)
    for name in names:
        settings.get_mailbox(name)  # unknown name -> ConfigError
    if not settings.mailbox:
        raise MailbotError("no [[mailbox]] configured")
    obj.app.preload()
    results = poll_all(obj.app, names=names or None)
    failed = False
    for r in results:
        if r.ok:
            extra = " (UIDVALIDITY changed: re-synced)" if r.uidvalidity_changed else ""
            click.echo(f"{r.mailbox}/{r.folder}: {r.fetched} new, {r.failed} failed, {r.rematched} re-found, "
                       f"{r.oversize} oversize, {r.marked} marked{extra}")
        else:
            failed = True
            click.echo(f"error: {r.error}", err=True)
    if send:
        from mailbot.outbox.sender import deliver_due

        click.echo(f"outbox: sent {deliver_due(obj.app)} mail(s)")
    if failed:
        sys.exit(1)


@click.command("run")
@click.pass_obj
def run(obj) -> None:  # type: ignore[no-untyped-def]
    """Run the service: poll (and IDLE) every mailbox, send the outbox, digest and exports; stop on SIGTERM."""
    from mailbot.service import Service

    install_redaction(obj.settings)
    if not obj.verbose and "MAILBOT_LOG_LEVEL" not in os.environ:
        # A service's log is its record of what it did: mailbot's own lines at INFO.
        logging.getLogger("mailbot").setLevel(logging.INFO)
        logging.getLogger("parsers").setLevel(logging.INFO)
    if obj.verbose < 2:
        # APScheduler logs every job run at INFO: with polls every minute that drowns what matters.
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
    obj.app.preload()
    Service(obj.app).run_forever()


@click.command("status")
@click.option("--json", "as_json", is_flag=True, help="machine-readable output")
@click.pass_obj
def status(obj, as_json: bool) -> None:  # type: ignore[no-untyped-def]
    """Per-mailbox sync position and health."""
    from mailbot.intake.status import mailbox_status

    rows = mailbox_status(obj.app)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    for r in rows:
        health = "ok" if not r["consecutive_failures"] else f"FAILING x{r['consecutive_failures']}"
        click.echo(f"{r['mailbox']}/{r['folder']}: {health}")
        click.echo(f"  uidvalidity={r['uidvalidity']} last_uid={r['last_uid']} messages={r['messages']} "
                   f"failed={r['failed']} unmarked={r['unmarked']} idle={_idle_text(r)}")
        click.echo(f"  last poll {r['last_poll_at'] or 'never'}, last success {r['last_success_at'] or 'never'}")
        if r["last_error"]:
            click.echo(f"  last error at {r['last_error_at']}: {r['last_error']}")


def _idle_text(row: dict) -> str:
    """IDLE as ops should read it: a stale "idling" says since when it has not been confirmed."""
    owner = f" by {row['idle_owner']}" if row.get("idle_owner") else ""
    if row["idle_state"] == "stale":
        return f"stale since {row['idle_seen_at'] or 'never'}{owner}"
    return f"{row['idle_state'] or '-'}{owner}"


@click.command("messages")
@click.option("--json", "as_json", is_flag=True, help="machine-readable output")
@click.option("--status", "status_", help="only messages with this status (received, processed, failed)")
@click.option("--mailbox", help="only this mailbox")
@click.option("--limit", type=click.IntRange(min=1), help="only the newest N")
@click.pass_obj
def messages(obj, as_json: bool, status_: str | None, mailbox: str | None, limit: int | None) -> None:  # type: ignore[no-untyped-def]
    """List recorded messages."""
    from mailbot.intake.status import list_messages

    rows = list_messages(obj.app, status=status_, mailbox=mailbox, limit=limit)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    for r in rows:
        missing = f" missing={','.join(r['missing_documents'])}" if r["missing_documents"] else ""
        click.echo(f"{r['id']:>6} {r['mailbox']}:{r['uid']} {r['status']:<9} {r['kind'] or '-':<8} "
                   f"{r['stage'] or '-':<10} case={r['case_id'] or '-'} {(r['date'] or '')[:16]} "
                   f"{r['from'] or '-'} | {(r['subject'] or '')[:60]}{missing}")
        if r["error"]:
            click.echo(f"       error: {r['error'][:200]}")


@click.command("retry")
@click.argument("message_ids", type=int, nargs=-1)
@click.option("--failed", "all_failed", is_flag=True, help="every message parked as failed (after a fix)")
@click.pass_obj
def retry(obj, message_ids: tuple[int, ...], all_failed: bool) -> None:  # type: ignore[no-untyped-def]
    """Run the pipeline again over recorded messages: the IDs given, or all failed ones with --failed."""
    from mailbot.errors import MailbotError
    from mailbot.intake.status import list_messages
    from mailbot.pipeline.runner import reprocess

    ids = list(message_ids)
    if all_failed:
        ids += sorted(r["id"] for r in list_messages(obj.app, status="failed") if r["id"] not in ids)
    if not ids:
        raise click.UsageError("give message IDs, or --failed")
    still_failed = 0
    for message_id in ids:
        try:
            result = reprocess(obj.app, message_id)
        except MailbotError as exc:
            if len(ids) == 1:
                raise
            # one unknown ID must not stop a batch retry of the others
            click.echo(f"message {message_id}: error: {exc}")
            still_failed += 1
            continue
        click.echo(f"message {result.message_pk}: {result.status}")
        still_failed += result.status == "failed"
    if len(ids) > 1:
        click.echo(f"{len(ids)} retried, {len(ids) - still_failed} processed, {still_failed} failed")
    if still_failed:
        sys.exit(1)


commands: list[click.Command] = [poll, run, status, messages, retry]
