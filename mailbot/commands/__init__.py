"""Subcommands of `mailbot`, one module per area."""
