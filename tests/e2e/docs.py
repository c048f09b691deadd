"""Business documents a trading partner would attach, made by real office tools: Word, Excel, a LibreOffice PDF."""
from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
import openpyxl

PO = "PO-4711"
LINES = [("A-100", "Ball bearing 6204", 100, "2.50"), ("A-200", "Ball bearing 6205", 200, "3.00")]
TOTAL = "850.00"


def _docx(title: str, fields: list[tuple[str, str]], body: list[str], *, lines: bool = True) -> bytes:
    d = docx.Document()
    d.add_heading(title, level=1)
    for label, value in fields:
        d.add_paragraph(f"{label}: {value}")
    if lines:
        table = d.add_table(rows=1, cols=5)
        for cell, text in zip(table.rows[0].cells, ("Item", "Description", "Qty", "Unit Price", "Amount"),
                              strict=True):
            cell.text = text
        for code, desc, qty, price in LINES:
            row = table.add_row().cells
            amount = f"{qty * float(price):.2f}"
            for cell, text in zip(row, (code, desc, str(qty), price, amount), strict=True):
                cell.text = text
        d.add_paragraph(f"Total: EUR {TOTAL}")
    for para in body:
        d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def purchase_order_docx(number: str = PO) -> bytes:
    return _docx("PURCHASE ORDER", [
        ("PO Number", number), ("Order Date", "2026-11-20"),
        ("Buyer", "Harbour Lane Trading Ltd, 1 Harbour Road, Bristol, United Kingdom"),
        ("Supplier", "Example Trading GmbH, Hamburg, Germany"), ("Incoterms", "FOB Hamburg")],
        ["Please confirm delivery date."])


def signed_contract_docx(order: str = PO) -> bytes:
    return _docx("SALES CONTRACT", [
        ("Contract No", "SC-2026-031"), ("Date", "2026-11-21"), ("Purchase order", order),
        ("Seller", "Example Trading GmbH, Hamburg, Germany"),
        ("Buyer", "Harbour Lane Trading Ltd, Bristol, United Kingdom")],
        ["The seller sells and the buyer buys the goods of the purchase order above.",
         "Signed for the seller: /s/ Anna Keller    Date: 2026-11-21",
         "Signed for the buyer: /s/ Jane Buyer      Date: 2026-11-21",
         "Signature: Jane Buyer"], lines=False)


def commercial_invoice_xlsx(order: str = PO) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Invoice"
    rows: list[list[object]] = [
        ["COMMERCIAL INVOICE"], [],
        ["Invoice No", "CI-2026-881"], ["Invoice Date", "2026-11-20"], ["Your order", order],
        ["Seller", "Example Trading GmbH, Hamburg, Germany"],
        ["Buyer", "Harbour Lane Trading Ltd, Bristol, United Kingdom"], ["Currency", "EUR"], [],
        ["Item", "Description", "Qty", "Unit Price", "Amount"],
    ]
    rows += [[code, desc, qty, float(price), qty * float(price)] for code, desc, qty, price in LINES]
    rows += [[], ["", "", "", "Total", float(TOTAL)]]
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def libreoffice_pdf(data: bytes, suffix: str, workdir: Path) -> bytes:
    """Convert an office document to PDF with headless LibreOffice (its own profile dir, no shared state)."""
    binary = shutil.which("libreoffice") or shutil.which("soffice")
    if binary is None:
        raise FileNotFoundError("libreoffice is not installed")
    workdir.mkdir(parents=True, exist_ok=True)
    src = workdir / f"document{suffix}"
    src.write_bytes(data)
    done = subprocess.run(
        [binary, "--headless", "--norestore", f"-env:UserInstallation=file://{workdir}/profile",
         "--convert-to", "pdf", "--outdir", str(workdir), str(src)],
        capture_output=True, text=True, timeout=180, check=False)
    pdf = workdir / "document.pdf"
    if done.returncode != 0 or not pdf.exists():
        raise RuntimeError(f"libreoffice failed (rc={done.returncode}): {done.stderr[-2000:]}")
    return pdf.read_bytes()
