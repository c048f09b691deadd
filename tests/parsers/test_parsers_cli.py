"""`mailbot parse` run as a real subprocess: JSON contract, exit codes, no tracebacks."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

MAILBOT = [sys.executable, "-m", "mailbot"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*MAILBOT, "parse", *args], capture_output=True, text=True, timeout=120, cwd=cwd)


def test_json_output_validates_and_exits_zero(fixtures, validate_document):
    p = run("--json", str(fixtures / "invoice_en.pdf"))
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert set(data) == {"file", "documents", "detected_type", "errors", "status"}
    assert data["status"] == "ok" and data["detected_type"] == "pdf"
    for doc in data["documents"]:
        validate_document(doc)
    assert data["documents"][0]["number"] == "CI-2026-0815"
    assert data["documents"][0]["total"] == "10620.00"


def test_readable_summary(fixtures):
    p = run(str(fixtures / "order_de.xlsx"))
    assert p.returncode == 0
    assert "purchase_order B-2026-0042" in p.stdout
    assert "warning: line 3" in p.stdout


def test_a_credit_note_reads_as_one_in_the_summary_and_flagged_in_json(tmp_path, validate_document):
    doc = tmp_path / "avoir.txt"
    doc.write_text("Société Exemple SARL\n3 rue des Lilas, Lyon\n\nFACTURE D'AVOIR N° AV-2026-07\nDate : 03/02/2026\n"
                   "\nDésignation   Qté   Prix unitaire   Montant\nArticle retourné   1   50,00   50,00\n\n"
                   "Total TTC : 50,00 EUR\n", encoding="utf-8")
    p = run(str(doc))
    assert p.returncode == 0 and "- credit_note AV-2026-07" in p.stdout
    data = json.loads(run("--json", str(doc)).stdout)["documents"][0]
    assert data["doc_type"] == "commercial_invoice" and data["credit_note"] is True
    validate_document(data)


def test_structured_and_no_structured(corpus):
    pdf = corpus / "zugferd/XML-Rechnung/FX/EN16931_1_Teilrechnung.pdf"
    on = json.loads(run("--json", str(pdf)).stdout)
    off = json.loads(run("--json", "--no-structured", str(pdf)).stdout)
    assert on["documents"][0]["structured_source"] == "factur-x:EN16931"
    assert all(d["structured_source"] is None for d in off["documents"])


def test_unparseable_file_exits_one_with_json_and_one_line_error(corpus):
    p = run("--json", str(corpus / "pdfplumber-tests/tests/pdfs/password-example.pdf"))
    assert p.returncode == 1
    assert p.stderr.strip() == "error: encrypted PDF (password required)"
    data = json.loads(p.stdout)
    assert data["status"] == "failed" and data["documents"] == []


def test_no_documents_is_still_success(corpus):
    p = run("--json", str(corpus / "orderx-horstoeko/tests/assets/txt_addattachment_1.txt"))
    assert p.returncode == 0
    assert json.loads(p.stdout)["documents"] == []


def test_missing_file_is_a_usage_error(tmp_path):
    p = run(str(tmp_path / "nope.pdf"))
    assert p.returncode == 2
    assert "Traceback" not in p.stderr and "does not exist" in p.stderr


def test_broken_file_no_traceback(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n1 0 obj <</Type /Catalog>>\ngarbage" * 3)
    p = run("--json", str(bad))
    assert "Traceback" not in p.stderr
    assert p.returncode in (0, 1)
    assert json.loads(p.stdout)["file"] == str(bad)
