"""Benchmark: messages/second for a 500-message IMAP intake (store+record steps) against a private Dovecot."""
from __future__ import annotations

import argparse
import os
import secrets
import shutil
import tempfile
import time
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import make_msgid
from pathlib import Path


def sample(i: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"buyer{i}@partner.test"
    msg["To"] = "orders@example.com"
    msg["Subject"] = f"Purchase order PO-{i}"
    msg["Message-ID"] = make_msgid(domain="partner.test")
    msg.set_content(f"Please deliver 10 pcs of item {i}.\n" * 20)
    return msg.as_bytes(policy=SMTP)


def main() -> None:
    from mailbot.app import build_app
    from mailbot.config import settings_from_dict
    from mailbot.devserver import Dovecot, make_root_dir
    from mailbot.intake.fetcher import poll_all

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-n", type=int, default=500, help="messages (default 500)")
    ap.add_argument("--batch-size", type=int, default=50)
    ap.add_argument("--steps", default="store,record", help="pipeline steps (comma separated)")
    args = ap.parse_args()

    password = secrets.token_urlsafe(12)
    os.environ["MAILBOT_BENCH_PASSWORD"] = password
    work = Path(tempfile.mkdtemp(prefix="mailbot-bench-"))
    with Dovecot(make_root_dir(), {"orders@example.com": password}) as dovecot:
        dovecot.append_many("orders@example.com", [sample(i) for i in range(args.n)])
        settings = settings_from_dict({
            "database": {"url": f"sqlite:///{work / 'bench.db'}"},
            "storage": {"path": str(work / "store")},
            "mailbox": [{"name": "orders", "host": dovecot.host, "port": dovecot.imap_port, "security": "none",
                         "username": "orders@example.com", "password_env": "MAILBOT_BENCH_PASSWORD",
                         "batch_size": args.batch_size}],
            "pipeline": {"steps": args.steps.split(",")},
        })
        app = build_app(settings)
        t0 = time.perf_counter()
        [result] = poll_all(app)
        elapsed = time.perf_counter() - t0
        app.engine.dispose()
    shutil.rmtree(work, ignore_errors=True)
    if not result.ok or result.fetched != args.n:
        raise SystemExit(f"bench failed: {result}")
    print(f"intake: {args.n} messages in {elapsed:.2f} s = {args.n / elapsed:.1f} messages/s "
          f"(steps {args.steps}, batch {args.batch_size}, SQLite)")


if __name__ == "__main__":
    main()
