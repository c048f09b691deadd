"""`mailbot` subcommands: web (serve, users add/list, export)."""
from __future__ import annotations

import getpass
import sys

import click

from mailbot.errors import MailbotError


@click.command("serve")
@click.option("--host", default=None, help="listen address (default: [web] host)")
@click.option("--port", type=click.IntRange(0, 65535), default=None, help="port (default: [web] port)")
@click.pass_obj
def serve_cmd(ctx, host: str | None, port: int | None) -> None:  # type: ignore[no-untyped-def]
    """Serve the review queue web app."""
    from mailbot.review.server import serve

    serve(ctx.app, host=host, port=port)


@click.group("users")
def users() -> None:
    """Manage who can sign in to the review queue."""


def _read_password() -> str:
    # From the terminal: asked twice, never echoed. From a pipe: the first line (for scripts).
    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Password (again): "):
            raise MailbotError("the passwords do not match")
        return first
    return sys.stdin.readline().rstrip("\r\n")


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["sales", "ops", "admin"]), default="sales", show_default=True)
@click.pass_obj
def users_add(ctx, name: str, role: str) -> None:  # type: ignore[no-untyped-def]
    """Add a user; the password is read from the terminal (twice) or from stdin."""
    from mailbot.review.passwords import create_user
    from mailbot.store.db import session_scope
    from mailbot.store.models import AuditLog

    app = ctx.app
    password = _read_password()
    with session_scope(app.engine) as session:
        user = create_user(session, name=name, role=role, password=password)
        session.add(AuditLog(actor="cli", action="add_user", field="user", new={"name": user.name, "role": role}))
    click.echo(f"added user {name} ({role})")


@users.command("list")
@click.pass_obj
def users_list(ctx) -> None:  # type: ignore[no-untyped-def]
    """List the users."""
    from sqlmodel import Session, col, select

    from mailbot.store.models import User

    with Session(ctx.app.engine) as session:
        rows = session.exec(select(User).order_by(col(User.name))).all()
    if not rows:
        click.echo("no users yet: mailbot users add NAME --role admin")
    for u in rows:
        click.echo(f"{u.name}\t{u.role}\t{'active' if u.active else 'inactive'}\t{u.created_at:%Y-%m-%d}")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "json"]), default="csv", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, writable=True), default=None,
              help="file to write (default: standard output; xlsx needs --out or a pipe)")
@click.pass_obj
def export_cmd(ctx, fmt: str, out: str | None) -> None:  # type: ignore[no-untyped-def]
    """Export approved orders as CSV, XLSX or JSON."""
    from pathlib import Path

    from mailbot.export.formats import approved_orders, render
    from mailbot.store.db import session_scope
    from mailbot.store.models import AuditLog

    if fmt == "xlsx" and out is None and sys.stdout.isatty():
        raise MailbotError("xlsx is binary: use --out FILE or redirect standard output")
    with session_scope(ctx.app.engine) as session:
        orders = approved_orders(session)
        data = render(orders, fmt)
        session.add(AuditLog(actor="cli", action="export", note=f"{fmt} export of {len(orders)} approved orders",
                             new=[o["case_id"] for o in orders]))
    if out:
        Path(out).write_bytes(data)
        click.echo(f"wrote {len(orders)} approved orders to {out}", err=True)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


@click.command("deliver-exports")
@click.pass_obj
def deliver_exports_cmd(ctx) -> None:  # type: ignore[no-untyped-def]
    """Post due ERP webhook deliveries once (the service does this every minute)."""
    from mailbot.export.webhook import deliver_due_exports

    click.echo(f"delivered {deliver_due_exports(ctx.app)}")


commands: list[click.Command] = [serve_cmd, users, export_cmd, deliver_exports_cmd]
