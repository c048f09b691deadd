"""`mailbot demo`: a throw-away Dovecot with sample partner mail, SQLite, and the whole pipeline, end to end."""
from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

import click

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "demo" / "sample_mail"
DEMO_USER = "orders@example.com"
PASSWORD_ENV = "MAILBOT_DEMO_PASSWORD"


def _demo_config(workdir: Path, imap_port: int, smtp_port: int) -> str:
    return f"""\
# Written by `mailbot demo`. The mailbox and SMTP ports were those of the demo's throw-away servers,
# which are gone now; the database and the store stay for `mailbot --config {workdir}/config.toml serve`.
[database]
url = "sqlite:///mailbot.db"
[storage]
path = "store"
[[mailbox]]
name = "orders"
host = "127.0.0.1"
port = {imap_port}
security = "none"
username = "{DEMO_USER}"
password_env = "{PASSWORD_ENV}"
[smtp]
host = "127.0.0.1"
port = {smtp_port}
security = "none"
from = "Orders Desk <{DEMO_USER}>"
[company]
name = "Example Trading GmbH"
domain = "example.com"
[digest]
to = ["ops@example.com"]
[web]
cookie_secure = false
[limits]
time_budget_seconds = 30
"""


def _section(title: str) -> None:
    click.echo("")
    click.secho(f"== {title} ==", bold=True)


@click.command("demo")
@click.option("--workdir", type=click.Path(file_okay=False, path_type=Path), default=Path("var/demo"),
              show_default=True, help="where the demo's config, SQLite database and store are kept")
@click.pass_context
def demo(ctx: click.Context, workdir: Path) -> None:
    """Start a local Dovecot seeded with sample partner mail, run one poll through the whole pipeline
    (store, parse, classify, link, reply) into SQLite, deliver the replies to a local SMTP sink, and show
    what was recorded."""
    from mailbot.cli import cli
    from mailbot.devserver import Dovecot, SmtpSink, make_root_dir

    if shutil.which("dovecot") is None:
        raise click.ClickException("dovecot is not installed: run ./scripts/setup.sh first")
    samples = sorted(SAMPLE_DIR.glob("*.eml"))
    if not samples:
        raise click.ClickException(f"no sample mail in {SAMPLE_DIR}")
    workdir = workdir.resolve()
    for stale in ("mailbot.db", "mailbot.db-wal", "mailbot.db-shm", "store"):
        target = workdir / stale
        if target.is_dir():
            shutil.rmtree(target)
        else:
            target.unlink(missing_ok=True)
    workdir.mkdir(parents=True, exist_ok=True)

    password = secrets.token_urlsafe(16)
    os.environ[PASSWORD_ENV] = password  # reaches mailbot the way a real secret does: the environment
    dovecot = Dovecot(make_root_dir("mailbot-demo-"), {DEMO_USER: password})
    sink = SmtpSink()
    try:
        dovecot.start()
        sink.start()
        click.echo(f"Started a throw-away Dovecot (IMAP 127.0.0.1:{dovecot.imap_port}) and an SMTP sink "
                   f"(127.0.0.1:{sink.port}).")
        dovecot.append_many(DEMO_USER, [p.read_bytes() for p in samples])
        click.echo(f"Delivered {len(samples)} sample partner emails to {DEMO_USER}: "
                   + ", ".join(p.stem for p in samples))
        config = workdir / "config.toml"
        config.write_text(_demo_config(workdir, dovecot.imap_port, sink.port))

        def run(*args: str) -> None:
            click.echo("")
            click.secho("$ mailbot --config " + f"{config} " + " ".join(args), fg="cyan")
            try:
                cli.main(["--config", str(config), *args], standalone_mode=False)
            except SystemExit as exc:  # a subcommand's exit code is shown, the demo goes on
                if exc.code:
                    click.echo(f"(exit code {exc.code})")

        _section("1. Fetch every new message exactly once and process it")
        run("poll", "--once")
        run("poll", "--once")  # the second poll finds nothing new: exactly once
        _section("2. What was recorded")
        run("messages")
        _section("3. Deals, their stage, and the documents they still lack")
        run("cases")
        _section("4. Replies mailbot decided on, then sent through SMTP")
        run("outbox", "send")
        run("outbox")
        click.echo(f"\nThe SMTP sink received {len(sink.messages)} mail(s): "
                   + "; ".join(_subject(e.content) for e in sink.messages))
        _section("5. The ops digest")
        run("digest", "--preview")
        _section("Next")
        click.echo(f"Review queue on this data:  mailbot --config {config} users add alice --role sales\n"
                   f"                            mailbot --config {config} serve   (http://127.0.0.1:8025)")
    finally:
        sink.stop()
        dovecot.destroy()


def _subject(raw: bytes) -> str:
    from parsers.mime import parse_message

    return parse_message(raw).subject or "(no subject)"


commands = [demo]
