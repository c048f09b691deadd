"""Acceptance with real trading-partner mail clients: swaks and mutt -> Postfix -> Dovecot -> mailbot CLI -> Postfix -> sink.

Nothing is injected: partners' mail travels over SMTP through a private Postfix, which delivers
example.com over LMTP into Dovecot; mailbot's own mail goes back out through the same Postfix,
which relays the partner's domain to the aiosmtpd sink.
"""
from __future__ import annotations

import email
import email.policy
import json
import os
import secrets
import shutil
import subprocess
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from mailbot.devserver import Dovecot, SmtpSink
from mailbot.devserver.postfix import Postfix
from tests.conftest import ORDERS
from tests.intake.helpers import run_cli, wait_for

PARTNER = "jane@harbourlane.test"
PARTNER_NAME = "Jane Buyer"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Generous: Postfix's queue manager hands mail on within a fraction of a second; this is only a cap.
DELIVERY_TIMEOUT = 60.0


def cli(config: Path, *args: str) -> str:
    out = run_cli(config, *args)
    assert out.returncode == 0, f"mailbot {' '.join(args)} exited {out.returncode}: {out.stderr[-3000:]}"
    return out.stdout


def cli_json(config: Path, *args: str) -> Any:
    return json.loads(cli(config, *args, "--json"))


def require(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (see APT_PACKAGES in scripts/setup.sh)")


def swaks(postfix: Postfix, *args: str) -> None:
    """Send one mail with swaks over SMTP to our Postfix (a partner's MTA/MUA would do the same)."""
    require("swaks")
    done = subprocess.run(["swaks", "--server", postfix.host, "--port", str(postfix.smtp_port),
                           "--to", ORDERS, *args], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


def mutt(postfix: Postfix, home: Path, *, subject: str, body: str, attach: Path, headers: dict[str, str]) -> None:
    """Send one mail as mutt composes it (no user config; HOME is a throw-away directory)."""
    require("mutt")
    home.mkdir(parents=True, exist_ok=True)
    body_file = home / "body.txt"
    body_file.write_text(body)
    # mutt 2.2 forces TLS by default; our private Postfix offers none on loopback.
    settings = (f'set from="{PARTNER}" realname="{PARTNER_NAME}" use_from=yes copy=no '
                "hostname=harbourlane.test ssl_force_tls=no ssl_starttls=no")
    cmd = ["mutt", "-n", "-F", "/dev/null", "-e", settings,
           "-e", f'set smtp_url="smtp://{postfix.host}:{postfix.smtp_port}/"']
    for name, value in headers.items():
        cmd += ["-e", f"my_hdr {name}: {value}"]
    cmd += ["-s", subject, "-a", str(attach), "--", ORDERS]
    with body_file.open("rb") as stdin:
        done = subprocess.run(cmd, stdin=stdin, capture_output=True, text=True, timeout=60, check=False,
                              env={**os.environ, "HOME": str(home)})
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


def inbox_count(dovecot: Dovecot) -> int:
    c = dovecot.client(ORDERS)
    try:
        c.select_folder("INBOX", readonly=True)
        return len(c.search(["ALL"]))
    finally:
        c.logout()


def wait_delivered(dovecot: Dovecot, postfix: Postfix, count: int) -> None:
    """Wait until Postfix has delivered `count` mails into orders@example.com's INBOX."""
    got = wait_for(lambda: inbox_count(dovecot) >= count, DELIVERY_TIMEOUT, interval=0.1)
    assert got, f"Postfix did not deliver {count} mail(s) to Dovecot:\n{postfix.queue()}\n{postfix.diagnostics()}"
    assert inbox_count(dovecot) == count


def wait_relayed(sink: SmtpSink, postfix: Postfix, count: int) -> list[EmailMessage]:
    """Wait until the sink got `count` mails from Postfix; returns them parsed."""
    got = wait_for(lambda: len(sink.messages) >= count, DELIVERY_TIMEOUT, interval=0.1)
    assert got, f"Postfix did not relay {count} mail(s):\n{postfix.queue()}\n{postfix.diagnostics()}"
    return [email.message_from_bytes(e.content, policy=email.policy.default)  # type: ignore[misc]
            for e in sink.messages]


def text_of(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None, msg.as_string()[:2000]
    return str(part.get_content())


def send_order(config: Path, dovecot: Dovecot, postfix: Postfix, sink: SmtpSink,
               documents: dict[str, Path]) -> dict[str, Any]:
    """The partner orders with swaks (PDF order + Excel invoice); mailbot asks for the contract."""
    order_id = f"<po-4711.{secrets.token_hex(6)}@harbourlane.test>"
    swaks(postfix, "--from", PARTNER,
          "--header", f"From: {PARTNER_NAME} <{PARTNER}>",
          "--header", "Subject: Purchase order PO-4711",
          "--header", f"Message-Id: {order_id}",
          "--body", "Dear Orders Desk,\n\nplease find attached our purchase order PO-4711 and the "
                    "commercial invoice.\n\nBest regards\nJane Buyer\nHarbour Lane Trading Ltd\n",
          "--attach-type", "application/pdf", "--attach-name", "PO-4711.pdf",
          "--attach", f"@{documents['PO-4711.pdf']}",
          "--attach-type", XLSX, "--attach-name", "Commercial_Invoice_CI-2026-881.xlsx",
          "--attach", f"@{documents['Commercial_Invoice_CI-2026-881.xlsx']}")
    wait_delivered(dovecot, postfix, 1)
    assert "1 new, 0 failed" in cli(config, "poll", "--once")

    messages = cli_json(config, "messages")
    assert len(messages) == 1, messages
    order = messages[0]
    assert order["message_id"] == order_id and order["from"] == PARTNER
    assert order["status"] == "processed", order["error"]
    assert order["kind"] == "order", order
    assert order["case_id"] is not None
    assert order["missing_documents"] == ["contract"], order

    cases = cli_json(config, "cases")
    assert len(cases) == 1, cases
    case = cases[0]
    assert case["id"] == order["case_id"] and case["kind"] == "order"
    assert case["order_number"] == "PO-4711" and case["partner_email"] == PARTNER
    assert case["missing_documents"] == ["contract"] and case["complete"] is False
    assert {"purchase_order", "commercial_invoice", "contract"} <= set(case["required_documents"])

    assert cli(config, "outbox", "send").strip() == "sent 1 mail(s)"
    mails = wait_relayed(sink, postfix, 1)
    assert len(mails) == 1
    request = mails[0]
    assert sink.messages[0].rcpt_tos == (PARTNER,)
    assert sink.messages[0].mail_from == ORDERS
    # It really went through Postfix (which adds its Received line), threaded to the partner's mail.
    assert any("mx.example.com" in str(r) for r in request.get_all("Received", []))
    assert request["In-Reply-To"] == order_id
    assert order_id in request["References"]
    assert request["Subject"] == "Re: Purchase order PO-4711"
    assert request["Auto-Submitted"] == "auto-replied"
    assert request["Message-ID"].endswith("@example.com>")
    text = text_of(request)
    assert "PO-4711" in text and "reply to this mail" in text
    # The order (PDF) and the invoice (XLSX) arrived: the one item asked for is the signed contract.
    asked = [line.strip()[2:] for line in text.splitlines() if line.strip().startswith("- ")]
    assert asked == ["signed contract"], text
    return {"order_id": order_id, "case_id": order["case_id"], "request": request}


def test_swaks_order_with_pdf_and_xlsx_gets_one_threaded_request_for_the_contract(
        dovecot, clean_mailbox, smtp_sink, postfix, partner_config, partner_documents):
    state = send_order(partner_config, dovecot, postfix, smtp_sink, partner_documents)
    # Polling and sending again changes nothing: one mail in, one request out.
    assert "0 new" in cli(partner_config, "poll", "--once")
    assert cli(partner_config, "outbox", "send").strip() == "sent 0 mail(s)"
    assert len(smtp_sink.messages) == 1
    outbox = cli_json(partner_config, "outbox")
    assert [(r["template"], r["status"], r["case_id"]) for r in outbox] == [
        ("request_documents", "sent", state["case_id"])]
    assert "Mail queue is empty" in postfix.queue()


def test_mutt_reply_with_signed_contract_completes_the_case(
        dovecot, clean_mailbox, smtp_sink, postfix, partner_config, partner_documents, tmp_path):
    state = send_order(partner_config, dovecot, postfix, smtp_sink, partner_documents)
    request_id = state["request"]["Message-ID"]

    mutt(postfix, tmp_path / "mutt-home", subject="Re: Purchase order PO-4711",
         body="Hello,\n\nattached is the contract, signed on our side.\n\nKind regards\nJane Buyer\n",
         attach=partner_documents["Signed_Contract_SC-2026-031.docx"],
         headers={"In-Reply-To": request_id, "References": f"{state['order_id']} {request_id}"})
    wait_delivered(dovecot, postfix, 2)
    assert "1 new, 0 failed" in cli(partner_config, "poll", "--once")

    messages = cli_json(partner_config, "messages")
    assert len(messages) == 2
    reply = next(m for m in messages if m["message_id"] != state["order_id"])
    assert reply["from"] == PARTNER and reply["status"] == "processed", reply
    assert reply["message_id"].endswith("@harbourlane.test>")  # mutt's own Message-ID
    assert reply["case_id"] == state["case_id"], reply

    cases = cli_json(partner_config, "cases")
    assert len(cases) == 1
    assert cases[0]["complete"] is True and cases[0]["missing_documents"] == [], cases[0]

    assert cli(partner_config, "outbox", "send").strip() == "sent 1 mail(s)"
    mails = wait_relayed(smtp_sink, postfix, 2)
    assert len(mails) == 2
    notice = mails[1]
    assert smtp_sink.messages[1].rcpt_tos == (PARTNER,)
    assert notice["In-Reply-To"] == reply["message_id"]
    assert request_id in notice["References"]
    assert notice["Subject"] == "Re: Purchase order PO-4711"
    assert "all documents" in text_of(notice)
    outbox = cli_json(partner_config, "outbox")
    assert sorted((r["template"], r["status"]) for r in outbox) == [
        ("complete", "sent"), ("request_documents", "sent")]
    assert all(r["case_id"] == state["case_id"] for r in outbox)


def test_out_of_office_reply_from_swaks_gets_no_answer(
        dovecot, clean_mailbox, smtp_sink, postfix, partner_config):
    # A human enquiry gets an acknowledgement (the control: replies do flow through this setup) ...
    enquiry_id = f"<enq.{secrets.token_hex(6)}@harbourlane.test>"
    swaks(postfix, "--from", PARTNER, "--header", f"From: {PARTNER_NAME} <{PARTNER}>",
          "--header", "Subject: Enquiry: ball bearings 6204", "--header", f"Message-Id: {enquiry_id}",
          "--body", "Hello,\n\ncould you send us a quotation for 500 ball bearings 6204?\n\nRegards\nJane\n")
    wait_delivered(dovecot, postfix, 1)
    cli(partner_config, "poll", "--once")
    assert cli(partner_config, "outbox", "send").strip() == "sent 1 mail(s)"
    ack = wait_relayed(smtp_sink, postfix, 1)[0]
    assert ack["In-Reply-To"] == enquiry_id

    # ... and the partner's out-of-office answer to that acknowledgement gets none (no mail loop).
    ooo_id = f"<ooo.{secrets.token_hex(6)}@harbourlane.test>"
    swaks(postfix, "--from", PARTNER, "--header", f"From: {PARTNER_NAME} <{PARTNER}>",
          "--header", f"Subject: Automatic reply: {ack['Subject']}", "--header", f"Message-Id: {ooo_id}",
          "--header", "Auto-Submitted: auto-replied", "--header", f"In-Reply-To: {ack['Message-ID']}",
          "--header", f"References: {enquiry_id} {ack['Message-ID']}",
          "--body", "I am out of the office until 7 December with no access to e-mail.\n"
                    "For urgent matters please contact purchasing@harbourlane.test.\n")
    wait_delivered(dovecot, postfix, 2)
    assert "1 new, 0 failed" in cli(partner_config, "poll", "--once")
    assert cli(partner_config, "outbox", "send").strip() == "sent 0 mail(s)"

    messages = {m["message_id"]: m for m in cli_json(partner_config, "messages")}
    assert messages[ooo_id]["status"] == "processed" and messages[ooo_id]["kind"] == "other", messages[ooo_id]
    outbox = cli_json(partner_config, "outbox")
    assert len(outbox) == 2
    suppressed = [r for r in outbox if r["status"] == "suppressed"]
    assert len(suppressed) == 1 and suppressed[0]["in_reply_to"] == ooo_id
    assert "auto-submitted" in suppressed[0]["suppressed_reason"].lower()
    # Nothing is on its way either: Postfix's queue is empty and the sink still has only the ack.
    assert "Mail queue is empty" in postfix.queue()
    assert len(smtp_sink.messages) == 1


def alive(pid: int) -> bool:
    """A process exists and is not a zombie (a container's PID 1 may never reap it)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_postfix_fixture_owns_and_ends_its_processes(postfix):
    """The private Postfix is stopped by its own PIDs: after destroy() neither master nor wrapper runs."""
    master, wrapper = postfix.master_pid(), postfix.proc.pid
    assert master is not None and alive(master) and alive(wrapper)
    postfix.destroy()
    assert not alive(master) and not alive(wrapper)
    assert not postfix.root_dir.exists()
