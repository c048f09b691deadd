"""Fixtures for partner-client tests: a private Postfix in front of the session Dovecot, office documents."""
from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mailbot.devserver import Dovecot, SmtpSink, make_root_dir
from mailbot.devserver.postfix import Postfix, postfix_available
from tests.e2e import docs


@pytest.fixture
def postfix(dovecot: Dovecot, smtp_sink: SmtpSink) -> Iterator[Postfix]:
    """Postfix on a free port: example.com is delivered to Dovecot over LMTP, other domains go to smtp_sink."""
    reason = postfix_available()
    if reason:
        pytest.skip(reason)
    server = Postfix(make_root_dir("mailbot-postfix-"), lmtp_port=dovecot.lmtp_port,
                     relay_port=smtp_sink.port, domain="example.com")
    server.start()
    try:
        yield server
    finally:
        server.destroy()


@pytest.fixture(scope="session")
def partner_documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The partner's files on disk: a LibreOffice PDF order, an Excel invoice, a signed Word contract."""
    if not (shutil.which("libreoffice") or shutil.which("soffice")):
        pytest.skip("libreoffice is not installed (the purchase order PDF is a real LibreOffice export)")
    root = tmp_path_factory.mktemp("partner-docs")
    files = {
        "PO-4711.pdf": docs.libreoffice_pdf(docs.purchase_order_docx(), ".docx", root / "lo"),
        "Commercial_Invoice_CI-2026-881.xlsx": docs.commercial_invoice_xlsx(),
        "Signed_Contract_SC-2026-031.docx": docs.signed_contract_docx(),
    }
    paths = {}
    for name, data in files.items():
        (root / name).write_bytes(data)
        paths[name] = root / name
    return paths


@pytest.fixture
def partner_config(make_config_file: Callable[..., Path], postfix: Postfix) -> Path:
    """mailbot's config: IMAP on the session Dovecot, outgoing SMTP through the private Postfix."""
    smtp: dict[str, Any] = {"host": postfix.host, "port": postfix.smtp_port, "security": "none",
                            "timeout_seconds": 10}
    return make_config_file(smtp=smtp)
