"""`mailbot poll --once --send`: one cron-friendly command fetches, decides and delivers the reply."""
from __future__ import annotations

import subprocess
import sys
from email.message import EmailMessage

from tests.conftest import ORDERS


def test_poll_send_delivers_the_acknowledgement_once(dovecot, clean_mailbox, smtp_sink, make_config_file) -> None:
    enquiry = EmailMessage()
    enquiry["From"] = "Li Wei <li.wei@buyer.example>"
    enquiry["To"] = ORDERS
    enquiry["Subject"] = "Request for quotation: 2000 pcs stainless hinges"
    enquiry["Message-ID"] = "<rfq-1@buyer.example>"
    enquiry.set_content("Dear sales team,\n\nplease send us your best price and lead time for 2000 pcs "
                        "of stainless steel hinges, FOB Ningbo.\n\nBest regards\nLi Wei")
    dovecot.append(ORDERS, enquiry.as_bytes())
    config = make_config_file()
    cmd = [sys.executable, "-m", "mailbot", "--config", str(config), "poll", "--once", "--send"]
    first = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert first.returncode == 0, first.stderr
    assert "outbox: sent 1 mail(s)" in first.stdout
    assert len(smtp_sink.messages) == 1
    reply = smtp_sink.messages[0]
    assert reply.rcpt_tos == ("li.wei@buyer.example",)
    assert b"In-Reply-To: <rfq-1@buyer.example>" in reply.content
    second = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert second.returncode == 0 and "outbox: sent 0 mail(s)" in second.stdout
    assert len(smtp_sink.messages) == 1
