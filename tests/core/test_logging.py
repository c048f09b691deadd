"""Logs never print passwords: not in mailbot's own lines, not in imaplib's protocol trace."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from mailbot.logging_setup import RedactSecrets
from tests.conftest import MAIL_USERS, ORDERS


def test_filter_redacts_known_secrets_and_credential_shapes() -> None:
    f = RedactSecrets(["s3cr3t-value"])
    rec = logging.LogRecord("x", logging.INFO, __file__, 1, "login with %s and password=%s token: abc123",
                            ("s3cr3t-value", "hunter2"), None)
    f.filter(rec)
    out = rec.getMessage()
    assert "s3cr3t-value" not in out and "hunter2" not in out and "abc123" not in out
    assert out.count("***") == 3


def test_poll_at_full_debug_never_logs_the_password(make_config_file: Callable[..., Path],
                                                    clean_mailbox: Callable[..., None]) -> None:
    config = make_config_file(pipeline={"steps": ["store", "record"]})
    password = os.environ[MAIL_USERS[ORDERS]]
    proc = subprocess.run([sys.executable, "-m", "mailbot", "-vv", "--config", str(config), "poll", "--once"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "DEBUG imapclient" in proc.stderr  # the protocol-level debug log was really on
    assert password not in proc.stderr and password not in proc.stdout
