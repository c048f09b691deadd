"""`mailbot check`: validate the configuration, rule files, templates and database before going live."""
from __future__ import annotations

import click

from mailbot.store.blobs import missing_recent_blobs


@click.command("check")
@click.pass_obj
def check(obj) -> None:  # type: ignore[no-untyped-def]
    """Load config, rules and templates, and migrate the database; exit non-zero on the first problem."""
    settings = obj.settings
    click.echo(f"config     ok  {settings.config_path or '(defaults)'}")
    click.echo(f"mailboxes  {len(settings.mailbox)}: " + ", ".join(
        f"{m.name} ({m.username}@{m.host}:{m.port}/{m.folder})" for m in settings.mailbox))
    app = obj.app
    click.echo(f"database   ok  {app.engine.url.render_as_string(hide_password=True)}")
    missing, checked = missing_recent_blobs(app.engine, app.blobs)
    if missing:
        raise click.ClickException(
            f"{missing} of the {checked} newest messages in the database are not in the blob store "
            f"{settings.storage.path}: [storage] path is wrong, or not shared by every instance on this database")
    click.echo(f"storage    ok  {settings.storage.path} (newest {checked} raw messages present)")
    rules = app.rules
    click.echo(f"rules      ok  {settings.rules.path} ({len(getattr(rules, 'rules', []) or [])} rules)")
    templates = sorted(p.name for p in settings.templates.path.rglob("*.j2")) if settings.templates.path.is_dir() else []
    if not templates:
        raise click.ClickException(f"no templates found in {settings.templates.path}")
    click.echo(f"templates  ok  {settings.templates.path} ({len(templates)} files)")
    for m in settings.mailbox:
        try:
            if m.auth == "oauth2" and m.oauth2 is not None:
                # Asking the token endpoint is the only way to know the client and refresh token work.
                app.tokens.token(m.oauth2, f"mailbox {m.name!r}")
                click.echo(f"oauth2     ok  mailbox {m.name}: token endpoint issued an access token")
            else:
                m.password()
                click.echo(f"secret     ok  mailbox {m.name}")
        except Exception as exc:  # a missing secret is reported, not fatal: `check` may run before deploy
            click.echo(f"secret     --  {exc}")
    smtp = settings.smtp
    if smtp.auth == "oauth2" and smtp.oauth2 is not None:
        try:
            app.tokens.token(smtp.oauth2, "smtp")
            click.echo("oauth2     ok  smtp: token endpoint issued an access token")
        except Exception as exc:
            click.echo(f"secret     --  {exc}")


commands = [check]
