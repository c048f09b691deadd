"""The `mailbot` command: a click group whose subcommands live in mailbot/commands/."""
from __future__ import annotations

import importlib
import sys

import click

from mailbot.errors import ConfigError, MailbotError

# Each module exposes `commands`, a list of click commands; one module per area keeps this file small.
COMMAND_MODULES = (
    "mailbot.commands.intake",
    "mailbot.commands.parse",
    "mailbot.commands.classify",
    "mailbot.commands.outbox",
    "mailbot.commands.web",
    "mailbot.commands.demo",
    "mailbot.commands.admin",
)


class Context:
    """What every subcommand gets: the config path given, and the settings/app built on demand."""

    def __init__(self, config_path: str | None, verbose: int) -> None:
        self.config_path = config_path
        self.verbose = verbose
        self._settings = None
        self._app = None

    @property
    def settings(self):  # type: ignore[no-untyped-def]
        if self._settings is None:
            from mailbot.config import load_settings

            self._settings = load_settings(self.config_path)
        return self._settings

    @property
    def app(self):  # type: ignore[no-untyped-def]
        if self._app is None:
            from mailbot.app import build_app

            self._app = build_app(self.settings)
        return self._app


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", envvar="MAILBOT_CONFIG", type=click.Path(dir_okay=False),
              help="config file (default: $MAILBOT_CONFIG, else ./config.toml)")
@click.option("-v", "--verbose", count=True, help="more log output (repeatable)")
@click.version_option(package_name="mailbot")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, verbose: int) -> None:
    """mailbot: turns a B2B order mailbox into tracked, reviewed work."""
    from mailbot.logging_setup import setup_logging

    setup_logging(verbose)
    ctx.obj = Context(config_path, verbose)


for _module in COMMAND_MODULES:
    for _command in importlib.import_module(_module).commands:
        cli.add_command(_command)


def main() -> None:
    """Entry point: known errors become one line on stderr, never a traceback."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except ConfigError as exc:
        click.echo(f"error: config: {exc}", err=True)
        sys.exit(2)
    except MailbotError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
