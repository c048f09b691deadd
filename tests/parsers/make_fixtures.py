"""Regenerate the committed test fixtures in tests/parsers/fixtures (run by hand; needs LibreOffice).

Usage: .venv/bin/python tests/parsers/make_fixtures.py
The office files are built with python-docx/openpyxl/reportlab; PDFs, XLS and ODS are real
LibreOffice conversions of them (headless), so the PDF parser sees what office suites produce.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "fixtures"


def invoice_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("COMMERCIAL INVOICE", level=1)
    d.add_paragraph("Invoice No: CI-2026-0815")
    d.add_paragraph("Invoice Date: Nov 3, 2026")
    d.add_paragraph("Your Order: PO-4711")
    d.add_paragraph("Due Date: 2026-12-03")
    d.add_paragraph("Seller:")
    d.add_paragraph("Ningbo Bright Lighting Co., Ltd.\n88 Jiangnan Road, Ningbo, China\nEmail: sales@brightlight.cn")
    d.add_paragraph("Buyer:")
    d.add_paragraph("Hansa Leuchten GmbH\nHafenstrasse 12, 20457 Hamburg, Germany\nVAT: DE123456789")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ["Item No", "Description", "Qty", "Unit", "Unit Price", "Amount"],
                          strict=True):
        cell.text = text
    rows = [("LED-100", "LED panel 60x60 40W", "500", "pcs", "12.50", "6,250.00"),
            ("LED-200", "LED tube T8 18W", "1,200", "pcs", "2.35", "2,820.00"),
            ("DRV-10", "Driver 40W constant current", "500", "pcs", "3.10", "1,550.00")]
    for r in rows:
        cells = t.add_row().cells
        for cell, text in zip(cells, r, strict=True):
            cell.text = text
    d.add_paragraph("Subtotal: USD 10,620.00")
    d.add_paragraph("Freight: USD 0.00")
    d.add_paragraph("Total Amount: USD 10,620.00")
    d.add_paragraph("Incoterms: FOB Ningbo")
    d.add_paragraph("Payment Terms: T/T 30% deposit, 70% before shipment")
    d.add_paragraph("Container: MSKU1234565   B/L No: MAEU123456789")
    d.save(path)


def contract_zh_docx(path: Path, signed: bool) -> None:
    import docx

    d = docx.Document()
    d.add_heading("销售合同", level=1)
    d.add_paragraph("合同编号：SC-2026-118")
    d.add_paragraph("日期：2026年11月3日")
    d.add_paragraph("卖方：")
    d.add_paragraph("浙江华通机械有限公司\n中国浙江省杭州市文一路100号")
    d.add_paragraph("买方：")
    d.add_paragraph("Iberia Maquinaria S.L.\nCalle Mayor 5, 28013 Madrid, España")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ["货号", "品名", "数量", "单价", "金额"], strict=True):
        cell.text = text
    for r in (("HT-01", "齿轮泵", "20", "150.00", "3000.00"), ("HT-02", "液压阀", "40", "75.50", "3020.00")):
        cells = t.add_row().cells
        for cell, text in zip(cells, r, strict=True):
            cell.text = text
    d.add_paragraph("合计：CNY 6020.00")
    d.add_paragraph("价格条款：CIF Valencia")
    d.add_paragraph("付款方式：30% 预付, 70% 见提单副本")
    d.add_paragraph("签字：" + ("张伟" if signed else "________"))
    d.save(path)


def order_xlsx(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bestellung"
    ws.append(["BESTELLUNG"])
    ws.append([])
    ws.append(["Bestellnummer:", "B-2026-0042"])
    ws.append(["Bestelldatum:", "03.11.2026"])
    ws.append(["Liefertermin:", "15.01.2027"])
    ws.append(["Lieferant:", "Ningbo Bright Lighting Co., Ltd."])
    ws.append(["Lieferbedingungen:", "FCA Ningbo"])
    ws.append([])
    ws.append(["Pos", "Artikelnummer", "Bezeichnung", "Menge", "Einheit", "Einzelpreis", "Betrag"])
    ws.append([1, "LED-100", "LED-Panel 60x60 40W", 500, "Stk", 12.5, 6250])
    ws.append([2, "LED-200", "LED-Röhre T8 18W", 1200, "Stk", 2.35, 2820])
    ws.append([3, "DRV-10", "Treiber 40W", 500, "Stk", 3.1, 1555])  # deliberate arithmetic error
    ws.append([])
    ws.append(["", "", "", "", "", "Summe netto", 10625])
    ws.append(["", "", "", "", "", "MwSt 19%", 2018.75])
    ws.append(["", "", "", "", "", "Gesamtbetrag EUR", 12643.75])
    wb.save(path)


def quotation_fr_pdf(path: Path) -> None:
    """Whitespace-aligned text without ruling lines, French number/date formats."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800

    def line(x: float, text: str, size: int = 10) -> None:
        c.setFont("Helvetica", size)
        c.drawString(x, y, text)

    line(60, "DEVIS", 18)
    y -= 30
    line(60, "Devis N° : DV-2026-077")
    line(330, "Date : 3 novembre 2026")
    y -= 16
    line(60, "Fournisseur : Atelier Dupont SARL")
    y -= 16
    line(60, "Client : Müller Maschinenbau AG")
    y -= 30
    for x, h in ((60, "Référence"), (150, "Désignation"), (330, "Quantité"), (400, "Prix unitaire"), (490, "Montant")):
        line(x, h)
    y -= 16
    for ref, des, q, pu, m in (("A-10", "Bride inox DN50", "10", "45,00", "450,00"),
                               ("A-20", "Joint EPDM DN50", "100", "1,25", "125,00"),
                               ("B-30", "Vanne papillon DN80", "4", "1 150,00", "4 600,00")):
        for x, t in ((60, ref), (150, des), (330, q), (400, pu), (490, m)):
            line(x, t)
        y -= 14
    y -= 16
    line(330, "Total HT")
    line(490, "5 175,00 €")
    y -= 14
    line(330, "TVA 20 %")
    line(490, "1 035,00 €")
    y -= 14
    line(330, "Total TTC")
    line(490, "6 210,00 €")
    y -= 24
    line(60, "Conditions de paiement : 30 jours fin de mois")
    y -= 14
    line(60, "Incoterms : DAP Lyon")
    c.save()


def multipage_order_pdf(path: Path) -> None:
    """A purchase order whose item table continues on page 2 (header repeated)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    story = [Paragraph("PURCHASE ORDER", styles["Title"]),
             Paragraph("PO Number: 4500012345", styles["Normal"]),
             Paragraph("Order Date: 2026-11-03", styles["Normal"]),
             Paragraph("Delivery Date: 2026-12-15", styles["Normal"]),
             Paragraph("Supplier: Shenzhen Kaida Electronics Ltd.", styles["Normal"]),
             Spacer(1, 12)]
    data = [["Item No", "Description", "Qty", "Unit Price", "Amount"]]
    total = 0
    for i in range(1, 61):
        qty, price = 10 * i, 1.5
        amount = qty * price
        total += amount
        data.append([f"KD-{i:03d}", f"Capacitor type {i}", str(qty), f"{price:.2f}", f"{amount:,.2f}"])
    t = Table(data, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story.append(t)
    story.append(Spacer(1, 12))
    story.append(Paragraph(f"Total: USD {total:,.2f}", styles["Normal"]))
    story.append(Paragraph("Incoterms: FOB Shenzhen", styles["Normal"]))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def convert(src: Path, fmt: str, out_dir: Path) -> Path:
    """LibreOffice headless conversion in a private profile (no shared state between runs)."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
                        "--outdir", str(out_dir), str(src)], check=True, capture_output=True, timeout=120)
    return out_dir / (src.stem + "." + fmt.split(":")[0])


def main() -> int:
    HERE.mkdir(exist_ok=True)
    invoice_docx(HERE / "invoice_en.docx")
    contract_zh_docx(HERE / "contract_zh_signed.docx", True)
    contract_zh_docx(HERE / "contract_zh_unsigned.docx", False)
    order_xlsx(HERE / "order_de.xlsx")
    quotation_fr_pdf(HERE / "quotation_fr.pdf")
    multipage_order_pdf(HERE / "po_multipage.pdf")
    if shutil.which("soffice"):
        convert(HERE / "invoice_en.docx", "pdf", HERE)
        convert(HERE / "order_de.xlsx", "xls", HERE)
        convert(HERE / "order_de.xlsx", "ods", HERE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
