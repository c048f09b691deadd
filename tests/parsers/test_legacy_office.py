"""Legacy .doc and binary .xlsb: converted by a real LibreOffice, then read like docx/xlsx."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from parsers import Limits, parse_bytes, parse_file

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")


@pytest.fixture(scope="module")
def invoice_doc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed invoice_en.docx saved as Word 97 .doc by LibreOffice (a real producer of .doc)."""
    from tests.parsers.conftest import FIXTURES

    out = tmp_path_factory.mktemp("doc")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{out}/profile", "--headless", "--convert-to",
                    "doc:MS Word 97", "--outdir", str(out), str(FIXTURES / "invoice_en.docx")],
                   check=True, capture_output=True, timeout=120, env={**os.environ, "HOME": str(out)})
    return out / "invoice_en.doc"


def _fields(doc):  # type: ignore[no-untyped-def]
    j = doc.to_json()
    return ({k: j[k] for k in ("doc_type", "number", "order_number", "date", "currency", "total", "incoterms")},
            [(i["sku"], i["quantity"], i["unit_price"], i["amount"]) for i in j["line_items"]])


def test_word_97_doc_reads_like_its_docx(fixtures, inproc, invoice_doc) -> None:
    assert invoice_doc.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1")  # an OLE2 file, not a renamed docx
    doc = parse_file(invoice_doc, limits=inproc)
    docx = parse_file(fixtures / "invoice_en.docx", limits=inproc)
    assert doc.detected_type == "doc" and doc.status == "ok", doc.errors
    assert [_fields(d) for d in doc.documents] == [_fields(d) for d in docx.documents]
    assert doc.documents[0].number == "CI-2026-0815" and len(doc.documents[0].line_items) == 3


def test_xlsb_reads_like_the_same_workbook_as_xlsx(corpus, inproc) -> None:
    base = corpus / "calamine-tests" / "tests"
    xlsb = parse_file(base / "any_sheets.xlsb", limits=inproc)
    xlsx = parse_file(base / "any_sheets.xlsx", limits=inproc)
    assert xlsb.detected_type == "xlsb" and xlsb.status == "ok", xlsb.errors
    assert xlsb.text.split() == xlsx.text.split() and xlsb.text.strip()


def test_password_protected_xlsb_is_a_clear_error(corpus) -> None:
    result = parse_file(corpus / "calamine-tests" / "tests" / "pass_protected.xlsb")
    assert result.status == "failed" and "password" in " ".join(result.errors)


def test_without_libreoffice_it_is_a_clear_error_not_a_crash(invoice_doc: Path, tmp_path: Path) -> None:
    code = ("import sys, json; from parsers import parse_file, Limits; "
            "r = parse_file(sys.argv[1], limits=Limits(isolate=False)); print(json.dumps([r.status, r.errors]))")
    env = {**os.environ, "PATH": str(tmp_path)}  # no soffice on PATH
    out = subprocess.run([sys.executable, "-c", code, str(invoice_doc)], capture_output=True, text=True,
                         env=env, timeout=60, check=True)
    assert '"failed"' in out.stdout and "needs LibreOffice" in out.stdout


def test_conversion_is_killed_at_the_time_budget_and_leaves_no_process(invoice_doc: Path, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # A converter that never finishes, and starts a helper of its own as soffice does: a real LibreOffice
    # converts this small file within the 1 s budget on a quiet machine, so it cannot be what runs out the clock.
    # The helper carries the conversion's arguments (its temporary "mailbot-lo-" folder) for pgrep to find.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    hang = bin_dir / "soffice"
    hang.write_text(f'#!/bin/sh\n"{sys.executable}" -c "import time; time.sleep(60)" "$@" &\nwait\n')
    hang.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    result = parse_bytes(invoice_doc.read_bytes(), "slow.doc", limits=Limits(isolate=False, time_budget_seconds=1))
    assert result.status == "failed" and "time budget" in " ".join(result.errors), result.errors
    left = subprocess.run(["pgrep", "-f", "mailbot-lo-"], capture_output=True, text=True).stdout.split()
    assert left == [], "LibreOffice processes left behind"
