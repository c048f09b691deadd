"""Pure logic of the outbox: suppression rules, threading, subjects, back-off, working days, policy, templates."""
from __future__ import annotations

import email
import email.policy
from datetime import date
from pathlib import Path

import aiosmtplib
import pytest

from mailbot.config import settings_from_dict
from mailbot.errors import RulesError, SendConnectionError, SendTimeoutError
from mailbot.outbox.compose import (
    TemplateError,
    Templates,
    build_mime,
    pick_language,
    reply_subject,
    thread_headers,
)
from mailbot.outbox.policy import load_policy, policy_from_dict
from mailbot.outbox.reminders import working_days_between
from mailbot.outbox.sender import backoff_seconds, classify_smtp_error
from mailbot.outbox.suppression import Incoming, machine_reason

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "outbox_templates"
OWN = frozenset({"orders@example.com"})


def human(**kw: object) -> Incoming:
    base: dict = {"headers": {}, "from_addr": "buyer@partner.test", "return_path": "buyer@partner.test",
                  "content_type": "multipart/mixed", "subject": "PO 4711", "own_addresses": OWN,
                  "own_domain": "example.com"}
    base.update(kw)
    return Incoming(**base)


def test_a_person_may_be_answered() -> None:
    assert machine_reason(human()) is None
    assert machine_reason(human(headers={"Auto-Submitted": "no"})) is None
    assert machine_reason(human(return_path=None)) is None


@pytest.mark.parametrize(("kw", "expected"), [
    ({"headers": {"Auto-Submitted": "auto-replied"}}, "Auto-Submitted"),
    ({"headers": {"auto-submitted": "auto-generated; owner-email=x@y"}}, "Auto-Submitted"),
    ({"headers": {"Precedence": "bulk"}}, "Precedence"),
    ({"headers": {"Precedence": "list"}}, "Precedence"),
    ({"headers": {"Precedence": "junk"}}, "Precedence"),
    ({"headers": {"List-Id": "<news.partner.test>"}}, "mailing list"),
    ({"headers": {"List-Unsubscribe": "<mailto:u@partner.test>"}}, "mailing list"),
    ({"headers": {"X-Auto-Response-Suppress": "OOF, AutoReply"}}, "X-Auto-Response-Suppress"),
    ({"headers": {"X-Mailbot-Loop": "other.test"}}, "loop"),
    ({"headers": {"X-Spam-Flag": "YES"}}, "spam"),
    ({"return_path": ""}, "null return path"),
    ({"content_type": "multipart/report"}, "report"),
    ({"has_delivery_status": True}, "report"),
    ({"headers": {"X-Failed-Recipients": "a@b.test"}}, "X-Failed-Recipients"),
    ({"from_addr": "MAILER-DAEMON@mx.partner.test"}, "machine sender"),
    ({"from_addr": "postmaster@partner.test"}, "machine sender"),
    ({"from_addr": "no-reply@partner.test"}, "machine sender"),
    ({"from_addr": "orders@example.com"}, "own address"),
    ({"from_addr": "someone@sub.example.com"}, "own domain"),
    ({"from_addr": None}, "no usable sender"),
    ({"subject": "Automatic reply: PO 4711"}, "out-of-office"),
    ({"subject": "Abwesenheitsnotiz: Bestellung"}, "out-of-office"),
])
def test_machines_are_never_answered(kw: dict, expected: str) -> None:
    reason = machine_reason(human(**kw))
    assert reason is not None and expected.lower() in reason.lower()


def test_reply_subject_has_one_re_and_the_number_once() -> None:
    assert reply_subject("PO 4711", number="4711", label="Order", fallback="x") == "Re: PO 4711"
    assert reply_subject("Re: RE: AW: Bestellung", number="4500012345", label="Order",
                         fallback="x") == "Re: Bestellung (Order 4500012345)"
    assert reply_subject("Re: PO 45-00-12", number="450012", label="Order", fallback="x") == "Re: PO 45-00-12"
    assert reply_subject(None, number=None, label="Order", fallback="Your enquiry") == "Re: Your enquiry"
    assert reply_subject("Fwd: claim", number="CLM-000007", label="Claim",
                         fallback="x") == "Re: claim (Claim CLM-000007)"


def test_thread_headers_append_their_message_id_to_their_references() -> None:
    irt, refs = thread_headers("<c@p.test>", "<a@p.test> <b@p.test>")
    assert irt == "<c@p.test>"
    assert refs == "<a@p.test> <b@p.test> <c@p.test>"
    assert thread_headers("<c@p.test>", None) == ("<c@p.test>", "<c@p.test>")
    assert thread_headers(None, None) == (None, None)
    many = " ".join(f"<{i}@p.test>" for i in range(40))
    _, refs = thread_headers("<last@p.test>", many)
    ids = refs.split()
    assert len(ids) == 20 and ids[0] == "<0@p.test>" and ids[-1] == "<last@p.test>"


def test_backoff_doubles_up_to_the_ceiling() -> None:
    got = [backoff_seconds(n, base=30, ceiling=3600) for n in range(1, 10)]
    assert got[:4] == [30, 60, 120, 240]
    assert max(got) == 3600 and got[-1] == 3600
    assert backoff_seconds(500, base=30, ceiling=3600) == 3600


def test_smtp_errors_become_typed_send_errors() -> None:
    perm = classify_smtp_error(aiosmtplib.SMTPDataError(550, "mailbox unavailable"))
    assert perm.permanent and perm.code == 550
    temp = classify_smtp_error(aiosmtplib.SMTPDataError(451, "try later"))
    assert not temp.permanent and temp.code == 451
    assert isinstance(classify_smtp_error(aiosmtplib.SMTPConnectError("refused")), SendConnectionError)
    assert isinstance(classify_smtp_error(ConnectionRefusedError(111, "refused")), SendConnectionError)
    assert isinstance(classify_smtp_error(aiosmtplib.SMTPReadTimeoutError("slow")), SendTimeoutError)
    refused = aiosmtplib.SMTPRecipientsRefused([aiosmtplib.SMTPRecipientRefused(550, "no such user", "a@b.test")])
    assert classify_smtp_error(refused).permanent


def test_working_days_skip_weekends() -> None:
    fri, mon, tue = date(2026, 11, 20), date(2026, 11, 23), date(2026, 11, 24)
    assert working_days_between(fri, mon) == 1
    assert working_days_between(fri, tue) == 2
    assert working_days_between(fri, date(2026, 11, 22)) == 0  # Sunday
    assert working_days_between(mon, date(2026, 11, 30)) == 5
    assert working_days_between(mon, date(2026, 12, 7)) == 10
    assert working_days_between(tue, mon) == 0


def test_replies_toml_is_valid_and_typos_are_errors() -> None:
    policy = load_policy(ROOT / "rules")
    assert policy.ack_template("order", "buyer.test") == "ack_order"
    assert policy.ack_template("other", "buyer.test") is None
    assert policy.reminder_days("buyer.test") == (2, 5)
    assert policy.reminder_days("example-partner.test") == (3,)
    assert policy.document_name("contract", "de") == "unterschriebener Vertrag"
    assert policy.document_name("contract", "xx") == "signed contract"
    assert policy.document_name("weird_thing", "en") == "weird thing"
    with pytest.raises(RulesError, match="remindres"):
        policy_from_dict({"missing_documents": {"remindres": [2]}})
    with pytest.raises(RulesError, match="increasing"):
        policy_from_dict({"missing_documents": {"reminders": [5, 2]}})
    with pytest.raises(RulesError, match="acknowledge"):
        policy_from_dict({"acknowledge": {"order": 3}})


def test_language_choice() -> None:
    assert pick_language(None, "de-DE", default="en") == "de"
    assert pick_language("", "fr-CH, en;q=0.5", default="en") == "fr"
    assert pick_language(None, "???", default="de_AT") == "de"


def _ctx(language: str, **extra: object) -> dict:
    ctx = {"company": {"name": "Example Trading GmbH", "signature": "Orders Desk\nExample Trading GmbH",
                       "reply_address": "orders@example.com"},
           "language": language, "partner_name": "Jane <Buyer>", "original_subject": "PO <b>4711</b>",
           "order": {"number": "4711", "date": "2026-11-20", "line_count": 3, "total": "1234.50", "currency": "EUR"},
           "claim_reference": "CLM-000007", "quote_number": "Q-9", "missing": ["signed contract", "packing list"],
           "received": ["signed contract"], "reason": "prices <script>alert(1)</script>",
           "requested_on": "2026-11-20", "reminder_no": 1}
    ctx.update(extra)
    return ctx


PARTNER_TEMPLATES = ["ack_enquiry", "ack_quote", "ack_order", "ack_claim", "request_documents", "reminder",
                     "complete", "rejection"]


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("name", PARTNER_TEMPLATES)
def test_every_partner_template_renders_text_and_html(name: str, language: str) -> None:
    out = Templates(TEMPLATES).render(name, language, _ctx(language))
    assert out.language == language
    assert "Orders Desk" in out.text and out.subject
    assert "<script>" not in out.html  # autoescape in HTML
    assert "<html" in out.html and "&lt;" in out.html
    if name in ("request_documents", "reminder"):
        assert "signed contract" in out.text and "packing list" in out.text
    if name == "ack_order":
        assert "4711" in out.text and "1234.50 EUR" in out.text and "3" in out.text
    if name == "ack_claim":
        assert "CLM-000007" in out.text and "CLM-000007" in out.html


@pytest.mark.parametrize(("language", "word"), [("fr", "Bonjour"), ("es", "Estimado"), ("de", "Guten Tag")])
@pytest.mark.parametrize("name", ["ack_order", "request_documents"])
def test_order_ack_and_document_request_exist_in_fr_es_de(name: str, language: str, word: str) -> None:
    out = Templates(TEMPLATES).render(name, language, _ctx(language))
    assert out.language == language and word in out.text and word in out.html


def test_unknown_language_falls_back_to_the_base_template() -> None:
    out = Templates(TEMPLATES).render("ack_claim", "fr", _ctx("fr"))
    assert out.language == "en" and "we have received your claim" in out.text


def test_strict_undefined_and_missing_templates_are_errors(tmp_path: Path) -> None:
    ctx = _ctx("en")
    del ctx["order"]
    with pytest.raises(TemplateError, match="order"):
        Templates(TEMPLATES).render("ack_order", "en", ctx)
    with pytest.raises(TemplateError, match="no template"):
        Templates(tmp_path).render("ack_order", "en", _ctx("en"))


def test_built_mime_carries_threading_and_anti_loop_headers() -> None:
    settings = settings_from_dict({"company": {"domain": "example.com", "reply_to": "orders@example.com"}})
    rendered = Templates(TEMPLATES).render("ack_order", "de", _ctx("de"))
    raw = build_mime(settings, to=["buyer@partner.test"], subject="Re: PO 4711", rendered=rendered,
                     message_id="<x1@example.com>", in_reply_to="<p@partner.test>",
                     references="<a@partner.test> <p@partner.test>")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["X-Mailbot-Loop"] == "example.com"
    assert msg["In-Reply-To"] == "<p@partner.test>"
    assert msg["References"] == "<a@partner.test> <p@partner.test>"
    assert msg["Message-ID"] == "<x1@example.com>"
    assert msg["Content-Language"] == "de"
    assert msg.get_content_type() == "multipart/alternative"
    parts = [p.get_content_type() for p in msg.iter_parts()]
    assert parts == ["text/plain", "text/html"]
    assert "Bestellnummer" in msg.get_body(("plain",)).get_content()


@pytest.mark.parametrize(("language", "greeting"), [("en", "Dear Sir or Madam"), ("de", "Sehr geehrte Damen und Herren,"),
                                                    ("fr", "Madame, Monsieur,"), ("es", "Estimados señores:")])
def test_greeting_without_a_name(language: str, greeting: str) -> None:
    out = Templates(TEMPLATES).render("request_documents", language, _ctx(language, partner_name=None))
    assert out.text.startswith(greeting) and greeting.split(",")[0] in out.html
