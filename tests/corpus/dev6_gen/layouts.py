"""Fifth-holdout document layouts L40-L47, each modelled on a real-world family not used in dev-dev5."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

# Infrastructure only (zip pinning, docx/xlsx setup, date/number printing, HTML page); the layouts are new.
from tests.corpus.dev3_gen.layouts import (
    Rendered,
    day,
    new_docx,
    new_xlsx,
    para,
    put,
    save_docx,
    save_xlsx,
    shade,
    widths,
)
from tests.corpus.dev4_gen.layouts import Style, amt, e, html_page, nl
from tests.corpus.docs import Doc


def block(party: object) -> str:
    return party.name + "\n" + party.address.replace(", ", "\n")


def table(d: object, rows: list[list[str]], inches: list[float], head: bool = True, size: float | None = None) -> object:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            put(t.cell(i, j), v, bold=head and i == 0, size=size)
            if head and i == 0:
                shade(t.cell(i, j), "D9E2F3")
    widths(t, inches)
    return t


# ------------------------------------------------------------------------------------------------
# L40: Indian engineering firm's purchase order (docx -> LibreOffice): letterhead with GSTIN/PAN/CIN/IEC,
# "Kind Attn." and "Sub:" lines, HSN code column, numbered terms, "For <company> / Authorised Signatory".

def l40_india_po(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(doc.buyer.name, "Liberation Serif", 9.5)
    para(d, doc.buyer.name.upper(), bold=True, size=13, align="center")
    para(d, doc.buyer.address, align="center")
    para(d, f"GSTIN: {ctx['gstin']} | PAN: {ctx['pan']} | CIN: {ctx['cin']} | IEC: {ctx['iec']}", size=8, align="center")
    para(d, "PURCHASE ORDER (IMPORT)", bold=True, size=12, align="center")
    table(d, [["P.O. No.", doc.number, "P.O. Date", day(doc.date, st.date)],
              ["Currency", doc.currency, "Price Basis", doc.incoterms],
              ["Payment", doc.payment_terms, "Delivery", "Within 6 weeks from receipt of L/C"]],
          [1.0, 2.2, 1.0, 2.4], head=False)
    para(d, "To,")
    para(d, block(doc.seller))
    para(d, "Kind Attn.: Ms. Anna Keller, Export Sales\nSub: Purchase order for hydraulic spares as per your offer")
    para(d, "Dear Madam,\nWe are pleased to place our order on you for the supply of the following material, "
            "subject to the terms and conditions mentioned below:")
    rows = [["Sr.", "Item Code", "Description", "HSN", "Qty", "UOM", f"Rate ({doc.currency})", f"Amount ({doc.currency})"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, ctx["hsn"][(i - 1) % len(ctx["hsn"])], str(ln.quantity),
                     ln.unit or "", amt(ln.unit_price, st.num), amt(ln.amount, st.num)])
    rows.append(["", "", "Total Order Value", "", "", "", "", amt(doc.total, st.num)])
    table(d, rows, [0.35, 1.05, 2.15, 0.8, 0.45, 0.5, 0.7, 0.9], size=8)
    para(d, "Terms & Conditions:", bold=True)
    for i, t in enumerate([f"Please quote our P.O. No. {doc.number} on all invoices and shipping documents.",
                           "Original documents to be sent through bank; copies by e-mail to stores.",
                           f"Consignee: {ctx['ship_to']}.",
                           "Material shall be packed in seaworthy wooden cases with fumigation certificate."], start=1):
        para(d, f"{i}. {t}", size=8.5)
    para(d, f"For {doc.buyer.name}", bold=True, align="right")
    para(d, "\n\nAuthorised Signatory", align="right")
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L41: Sage-style sales document (HTML -> Chromium): grey title bar, Invoice Address / Delivery Address
# boxes, a small grid of Account Ref / Your Ref / Document No. / Date, "Product Code | Details | Quantity |
# Unit | Price | Net" columns and a Total Net / Total VAT / Total box; quotation, pro-forma and invoice.

L41_TITLE = {"quotation": "Sales Quotation", "proforma_invoice": "Pro-Forma Invoice", "commercial_invoice": "Invoice"}


def l41_sage(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cur = doc.currency
    rows = "".join(
        f"<tr><td>{e(ln.sku)}</td><td>{e(ln.description)}</td><td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td>"
        f"<td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>{amt(ln.amount, st.num)}</td></tr>" for ln in doc.lines)
    your_ref = doc.order_number or ctx.get("enquiry_ref", "e-mail enquiry")
    vat = amt(doc.tax, st.num) if doc.tax_rate else "0.00 (export, zero-rated)"
    body = (
        f"<div class=bar><span>{e(L41_TITLE[doc.doc_type])}</span><span class=co>{e(doc.seller.name)}</span></div>"
        f"<table class=boxes><tr><td><div class=cap>Invoice Address</div><b>{e(doc.buyer.name)}</b><br>"
        f"{nl(doc.buyer.address.replace(', ', chr(10)))}</td><td><div class=cap>Delivery Address</div>"
        f"{nl(ctx.get('ship_to', doc.buyer.address))}</td><td class=grid><table>"
        f"<tr><th>Document No.</th><td>{e(doc.number)}</td></tr><tr><th>Date/Tax Point</th><td>{day(doc.date, st.date)}</td></tr>"
        f"<tr><th>Account Ref</th><td>{e(ctx.get('account', doc.buyer.name[:6].upper() + '01'))}</td></tr>"
        f"<tr><th>Your Ref</th><td>{e(your_ref)}</td></tr><tr><th>Currency</th><td>{cur}</td></tr></table></td></tr></table>"
        "<table class=items><thead><tr><th>Product Code</th><th>Details</th><th class=r>Quantity</th><th>Unit</th>"
        f"<th class=r>Price</th><th class=r>Net</th></tr></thead><tbody>{rows}</tbody></table>"
        "<table class=foot><tr><td class=terms>"
        f"<b>Terms of delivery:</b> {e(doc.incoterms)}<br><b>Terms of payment:</b> {e(doc.payment_terms)}<br>"
        "Bank: Solent Commercial Bank plc · Sort code 40-12-77 · IBAN GB61 SOLC 4012 7731 0456 88<br>"
        f"{e(doc.seller.name)} · {e(doc.seller.address)} · VAT Reg GB 284 1177 42</td>"
        f"<td><table class=tot><tr><td>Total Net</td><td class=r>{amt(doc.subtotal, st.num)}</td></tr>"
        f"<tr><td>Total VAT</td><td class=r>{vat}</td></tr>"
        f"<tr class=g><td>Total {cur}</td><td class=r>{amt(doc.total, st.num)}</td></tr></table></td></tr></table>")
    css = (".bar { background: #6d6e71; color: #fff; padding: 8px 10px; font-size: 15pt; display: flex; "
           "justify-content: space-between; } .co { font-size: 10pt; padding-top: 5px; } .boxes { width: 100%; "
           "margin-top: 10px; } .boxes > tbody > tr > td { border: 1px solid #999; vertical-align: top; padding: 6px; "
           "width: 33%; } .cap { font-size: 7.5pt; color: #555; margin-bottom: 3px; } .grid th { text-align: left; "
           "font-weight: normal; color: #555; padding: 1px 6px 1px 0; } .items { width: 100%; margin-top: 12px; } "
           ".items th { border-top: 1.5px solid #333; border-bottom: 1px solid #333; padding: 4px; text-align: left; } "
           ".items td { padding: 3px 4px; border-bottom: 1px dotted #bbb; } .r { text-align: right; } "
           ".foot { width: 100%; margin-top: 14px; } .terms { font-size: 8pt; vertical-align: top; width: 60%; } "
           ".tot { width: 100%; border: 1px solid #333; } .tot td { padding: 4px; } .g td { font-weight: bold; "
           "border-top: 1px solid #333; }")
    return html_page(f"{L41_TITLE[doc.doc_type]} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L42: Buyer's e-procurement portal order (HTML -> Chromium; SAP-Ariba/iSupplier style): status pill,
# "Ship To / Bill To / Supplier" cards, line table with "Line | Part # | Description | Need-by | Qty (Unit) |
# Price | Subtotal", approval history. Spanish and English label sets.

L42 = {
    "es": {"title": "Orden de Compra", "status": "Emitida al proveedor", "sup": "Proveedor", "bill": "Facturar a",
           "ship": "Entregar en", "date": "Fecha de emisión", "terms": "Condiciones de pago", "inco": "Incoterm",
           "cur": "Moneda", "cols": ("Línea", "N° de parte", "Descripción", "Fecha requerida", "Cant.", "Unidad",
                                       "Precio unitario", "Subtotal"), "total": "Total orden", "appr": "Historial de aprobación",
           "appr_row": "Aprobado por"},
    "en": {"title": "Purchase Order", "status": "Sent to supplier", "sup": "Supplier", "bill": "Bill To",
           "ship": "Ship To", "date": "Order Date", "terms": "Payment Terms", "inco": "Incoterms", "cur": "Currency",
           "cols": ("Line", "Part #", "Description", "Need-by", "Qty", "UOM", "Unit Price", "Subtotal"),
           "total": "Order Total", "appr": "Approval History", "appr_row": "Approved by"},
}


def l42_portal(doc: Doc, st: Style, ctx: dict) -> Rendered:
    t = L42[st.lang]
    need = day(doc.date + dt.timedelta(days=49), st.date)
    rows = "".join(
        f"<tr><td>{i}</td><td class=nw>{e(ln.sku)}</td><td>{e(ln.description)}</td><td>{need}</td><td class=r>{ln.quantity}</td>"
        f"<td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>{amt(ln.amount, st.num)}</td></tr>"
        for i, ln in enumerate(doc.lines, start=1))
    body = (
        f"<div class=portal>{e(ctx['portal'])}</div><h1>{t['title']} {e(doc.number)} <span class=pill>{t['status']}</span></h1>"
        f"<table class=kv><tr><td>{t['date']}</td><td>{day(doc.date, st.date)}</td><td>{t['terms']}</td>"
        f"<td>{e(doc.payment_terms)}</td></tr><tr><td>{t['inco']}</td><td>{e(doc.incoterms)}</td><td>{t['cur']}</td>"
        f"<td>{doc.currency}</td></tr></table>"
        f"<table class=cards><tr><td><div class=h>{t['sup']}</div>{nl(block(doc.seller))}</td>"
        f"<td><div class=h>{t['bill']}</div>{nl(block(doc.buyer))}</td><td><div class=h>{t['ship']}</div>"
        f"{nl(ctx['ship_to'])}</td></tr></table>"
        "<table class=items><thead><tr>" + "".join(f"<th>{c}</th>" for c in t["cols"]) + f"</tr></thead><tbody>{rows}"
        f"</tbody></table><div class=tot>{t['total']}: <b>{amt(doc.total, st.num)} {doc.currency}</b></div>"
        f"<div class=h2>{t['appr']}</div><table class=kv><tr><td>{t['appr_row']}</td><td>{e(ctx['signatory'])}</td>"
        f"<td>{day(doc.date, st.date)}</td></tr></table>")
    css = (".portal { color: #0a6ed1; font-size: 8pt; border-bottom: 2px solid #0a6ed1; padding-bottom: 3px; } h1 { "
           "font-size: 15pt; font-weight: normal; } .pill { font-size: 8pt; background: #e8f5e9; color: #256f3a; "
           "border-radius: 8px; padding: 2px 8px; } .kv td { padding: 2px 12px 2px 0; } .kv td:nth-child(odd) { "
           "color: #666; } .cards { width: 100%; margin-top: 10px; } .cards td { vertical-align: top; background: "
           "#f4f6f8; padding: 6px; width: 33%; border: 3px solid #fff; } .h, .h2 { font-weight: bold; color: #32363a; "
           "margin-bottom: 3px; } .h2 { margin-top: 14px; } .items { width: 100%; margin-top: 10px; } .items th { "
           "background: #eef1f4; text-align: left; padding: 4px; font-weight: 600; font-size: 8pt; } .items td { "
           "padding: 4px; border-bottom: 1px solid #e5e5e5; } .r { text-align: right; } .nw, .kv td { white-space: nowrap; } .tot { text-align: right; "
           "margin-top: 8px; font-size: 10pt; }")
    return html_page(f"{t['title']} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L43: A procurement team's Excel order template (xlsx -> LibreOffice): logo row of merged cells, merged
# "BESTELLUNG" band, two framed header blocks (Besteller / Lieferant), cost centre and approver, a grid with
# "Pos. | Artikel-Nr. | Bezeichnung | Menge | ME | EP | GP", totals in formulas' values, signature cells.

def l43_xlsx_po(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["signatory"], "Bestellung")
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEFG", (6, 14, 40, 8, 6, 12, 14), strict=True):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:C2")
    ws["A1"] = "▲ ALPENLAND"
    ws["A1"].font = Font(bold=True, size=18, color="2E7D32")
    ws.merge_cells("D1:G2")
    ws["D1"] = doc.buyer.name + "\n" + doc.buyer.address
    ws["D1"].alignment = Alignment(wrap_text=True, horizontal="right")
    ws.merge_cells("A4:G4")
    ws["A4"] = "B E S T E L L U N G"
    ws["A4"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A4"].fill = PatternFill("solid", fgColor="2E7D32")
    ws["A4"].alignment = Alignment(horizontal="center")
    left = [("Bestell-Nr.", doc.number), ("Datum", day(doc.date, st.date)), ("Kostenstelle", ctx["kst"]),
            ("Lieferbedingung", doc.incoterms), ("Zahlungsbedingung", doc.payment_terms), ("Währung", doc.currency)]
    for i, (k, v) in enumerate(left):
        ws.cell(6 + i, 1, k).font = bold
        ws.merge_cells(start_row=6 + i, start_column=1, end_row=6 + i, end_column=2)
        ws.cell(6 + i, 3, v).border = box
    ws.cell(6, 5, "Lieferant").font = bold
    ws.merge_cells("E7:G9")
    ws["E7"] = block(doc.seller)
    ws["E7"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(10, 5, "Lieferadresse").font = bold
    ws.merge_cells("E11:G11")
    ws["E11"] = ctx["ship_to"]
    r = 13
    for j, h in enumerate(("Pos.", "Artikel-Nr.", "Bezeichnung", "Menge", "ME", "EP", "GP"), start=1):
        c = ws.cell(r, j, h)
        c.font = bold
        c.border = box
        c.fill = PatternFill("solid", fgColor="C8E6C9")
    for i, ln in enumerate(doc.lines, start=1):
        vals = (i * 10, ln.sku, ln.description, ln.quantity, ln.unit or "", float(ln.unit_price), float(ln.amount))
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r + i, j, v)
            c.border = box
            if j >= 6:
                c.number_format = "#,##0.00"
    r += len(doc.lines) + 1
    ws.cell(r, 6, "Summe netto").font = bold
    c = ws.cell(r, 7, float(doc.total))
    c.number_format = "#,##0.00"
    c.font = bold
    ws.cell(r + 2, 1, "Bitte Bestell-Nr. auf Lieferschein und Rechnung angeben. Lieferung werktags 7-15 Uhr.")
    ws.cell(r + 4, 1, "Besteller:")
    ws.cell(r + 4, 3, ctx["signatory"])
    ws.cell(r + 5, 1, "Freigabe:")
    ws.cell(r + 5, 3, ctx["approver"])
    ws.cell(r + 7, 1, f"UID {ctx['uid']} · {ctx['fn']}").font = Font(size=8)
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L44: CMR international road consignment note (HTML -> Chromium): the numbered boxes 1-24 of the form,
# trilingual box captions, goods described by marks/packages/weight only, carrier and vehicle plates.

def l44_cmr(doc: Doc, st: Style, ctx: dict) -> Rendered:
    def box(n: str, cap: str, val: str, cls: str = "") -> str:
        return f"<td class='b {cls}'><span class=n>{n}</span> <span class=c>{cap}</span><div class=v>{val}</div></td>"
    body = (
        "<table class=form>"
        f"<tr>{box('1', 'Absender / Expéditeur / Sender', nl(block(doc.seller)))}"
        f"<td class='b title' rowspan=2><b>CMR</b><br>INTERNATIONALER FRACHTBRIEF<br>LETTRE DE VOITURE INTERNATIONALE"
        f"<br>INTERNATIONAL CONSIGNMENT NOTE<div class=no>No. {e(doc.number)}</div></td></tr>"
        f"<tr>{box('2', 'Empfänger / Destinataire / Consignee', nl(block(doc.buyer)))}</tr>"
        f"<tr>{box('3', 'Auslieferungsort / Lieu de livraison / Place of delivery', e(ctx['dest']))}"
        f"{box('16', 'Frachtführer / Transporteur / Carrier', e(ctx['carrier']) + '<br>Kennzeichen / Plates: ' + e(ctx['plate']))}</tr>"
        f"<tr>{box('4', 'Ort und Tag der Übernahme / Lieu et date de prise en charge / Place and date of taking over', 'Southampton (GB), ' + day(doc.date, st.date))}"
        f"{box('17', 'Nachfolgende Frachtführer / Transporteurs successifs / Successive carriers', '—')}</tr>"
        f"<tr>{box('5', 'Beigefügte Dokumente / Documents annexés / Documents attached', 'Commercial invoice, packing list — Order <span class=nw>' + e(doc.order_number or '') + '</span>')}"
        f"{box('18', 'Vorbehalte / Réserves / Reservations', 'none')}</tr></table>"
        "<table class=goods><tr><th>6 Kennzeichen / Marques / Marks</th><th>7 Anzahl / Nombre / Packages</th>"
        "<th>8 Verpackung / Emballage / Packing</th><th>9 Bezeichnung / Nature / Goods</th>"
        "<th>11 Bruttogewicht / Poids brut / Gross kg</th><th>12 Umfang / Cubage m³</th></tr>"
        f"<tr><td class=nw>{e(doc.order_number or '')}<br>1-{ctx['pallets']}</td><td>{ctx['pallets']}</td><td>EUR pallets</td>"
        f"<td>{e(ctx['goods'])}</td><td>{ctx['gross']}</td><td>{ctx['cbm']}</td></tr></table>"
        "<table class=form>"
        f"<tr>{box('13', 'Anweisungen des Absenders / Instructions de l’expéditeur / Sender’s instructions', 'Deliver against signature; call 30 min before arrival.')}"
        f"{box('19', 'Besondere Vereinbarungen / Conventions particulières / Special agreements', 'Delivery terms ' + e(doc.incoterms))}</tr>"
        f"<tr>{box('14', 'Frachtzahlungsanweisungen / Prescriptions d’affranchissement / Instructions as to payment for carriage', 'Frei / Franco / Carriage paid')}"
        f"{box('21', 'Ausgefertigt in / Établie à / Established in', 'Southampton, ' + day(doc.date, st.date))}</tr>"
        f"<tr>{box('', 'Sendungsnummer / N° d’envoi / Consignment tracking no.', ' '.join(e(t) for t in doc.tracking_numbers))}"
        f"{box('22 / 23 / 24', 'Unterschriften / Signatures', 'Sender ............ Carrier ............ Consignee ............')}</tr>"
        "</table>")
    css = (".form, .goods { width: 100%; margin-bottom: 4px; } .b { border: 1px solid #c0392b; vertical-align: top; "
           "padding: 3px 5px; width: 50%; } .n { color: #c0392b; font-weight: bold; } .c { font-size: 6.5pt; color: "
           "#c0392b; } .v { margin-top: 3px; min-height: 22px; } .title { text-align: center; color: #c0392b; font-size: "
           "8pt; } .title b { font-size: 20pt; } .no { color: #000; font-size: 11pt; margin-top: 8px; } .nw { white-space: nowrap; } .goods th { "
           "border: 1px solid #c0392b; font-size: 6.5pt; color: #c0392b; font-weight: normal; padding: 3px; } .goods "
           "td { border: 1px solid #c0392b; padding: 5px; height: 50px; vertical-align: top; }")
    return html_page(f"CMR {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L45: Commercial invoice under a documentary letter of credit (docx -> LibreOffice): L/C number, date and
# issuing bank, "Drawn under", beneficiary/applicant wording, HS code column, the L/C clauses certified at
# the foot, "E. & O.E.", signed for the beneficiary.

def l45_lc_invoice(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Northwind Components Ltd.", "Liberation Sans", 9)
    para(d, doc.seller.name, bold=True, size=14)
    para(d, doc.seller.address, size=8)
    para(d, "COMMERCIAL INVOICE", bold=True, size=13, align="center")
    lc_date = doc.date - dt.timedelta(days=ctx["lc_date_days"])
    table(d, [["Invoice No.", doc.number, "Invoice Date", day(doc.date, st.date)],
              ["Beneficiary", doc.seller.name, "Applicant", doc.buyer.name],
              ["Documentary Credit No.", ctx["lc_no"], "L/C Date", day(lc_date, st.date)],
              ["Issuing Bank", ctx["lc_bank"], "Buyer's Order No.", doc.order_number or ""],
              ["Port of Loading", ctx["pol"], "Port of Discharge", ctx["pod"]],
              ["Vessel / Voyage", ctx["vessel"], "Terms of Delivery", doc.incoterms]],
          [1.4, 1.9, 1.4, 1.9], head=False)
    para(d, f"Drawn under Documentary Credit No. {ctx['lc_no']} issued by {ctx['lc_bank']}.", italic=True, size=8)
    rows = [["Item No.", "Description of Goods", "HS Code", "Quantity", "Unit", f"Unit Price {doc.currency}",
             f"Amount {doc.currency}"]]
    for i, ln in enumerate(doc.lines):
        rows.append([ln.sku, ln.description, ctx["hsn"][i % len(ctx["hsn"])], str(ln.quantity), ln.unit or "",
                     amt(ln.unit_price, st.num), amt(ln.amount, st.num)])
    rows.append(["", f"TOTAL {doc.incoterms.upper()}", "", "", "", doc.currency, amt(doc.total, st.num)])
    table(d, rows, [1.0, 2.55, 0.8, 0.6, 0.45, 0.7, 0.9], size=8)
    para(d, f"Terms of payment: {doc.payment_terms}")
    para(d, "We certify that the goods are of United Kingdom origin and that this invoice is true and correct "
            "and in accordance with the terms of the above credit. E. & O.E.", size=8)
    para(d, f"For and on behalf of {doc.seller.name}\n\n\nAnna Keller, Sales Manager Export", align="right")
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L46: Framework supply agreement in Word (docx -> LibreOffice): cover page with parties and recitals,
# numbered clauses, Schedule 1 price list, and a separate signature page ("IN WITNESS WHEREOF") with
# name/title/date blocks; an unsigned draft leaves the signature lines empty.

def l46_framework(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Anna Keller", "Liberation Serif", 10)
    para(d, "FRAMEWORK SUPPLY AGREEMENT", bold=True, size=15, align="center")
    para(d, f"Agreement No. {doc.number}", bold=True, align="center")
    para(d, f"dated {day(doc.date, st.date)}", align="center")
    para(d, "BETWEEN", bold=True)
    para(d, f"(1) {doc.seller.name}, {doc.seller.address} (\"Supplier\"); and")
    para(d, f"(2) {doc.buyer.name}, {doc.buyer.address} (\"Customer\").")
    para(d, "WHEREAS the Customer wishes to purchase and the Supplier wishes to supply the products listed in "
            "Schedule 1 on the terms of this Agreement.")
    clauses = [
        ("Scope", "This Agreement governs every call-off of the products in Schedule 1"
         + (f", beginning with the Customer's purchase order {doc.order_number}." if doc.order_number else ".")),
        ("Prices and currency", f"Prices are fixed in {doc.currency} for twelve months and exclude taxes and duties."),
        ("Delivery", f"Delivery {doc.incoterms} (Incoterms 2020). Partial deliveries require the Customer's consent."),
        ("Payment", f"{doc.payment_terms}."),
        ("Warranty", "Twelve months from delivery; defective products are repaired or replaced at the Supplier's option."),
        ("Governing law", "The laws of England and Wales; disputes go to arbitration in London under LCIA rules.")]
    for i, (h, t) in enumerate(clauses, start=1):
        para(d, f"Clause {i} – {h}", bold=True)
        para(d, t)
    d.add_page_break()
    para(d, "SCHEDULE 1 – PRODUCTS AND PRICES", bold=True, size=11)
    rows = [["Ref.", "Product", "Qty", "Unit", f"Price ({doc.currency})", f"Value ({doc.currency})"]]
    rows += [[ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num), amt(ln.amount, st.num)]
             for ln in doc.lines]
    rows.append(["", "Contract value", "", "", "", amt(doc.total, st.num)])
    table(d, rows, [1.2, 2.7, 0.5, 0.5, 0.85, 0.95], size=9)
    d.add_page_break()
    para(d, "SIGNATURE PAGE", bold=True, size=11, align="center")
    para(d, "IN WITNESS WHEREOF the parties have executed this Agreement by their authorised representatives.")
    who = [("For the Customer", doc.buyer.name, doc.signatories[0], ctx.get("buyer_title", "")),
           ("For the Supplier", doc.seller.name, ctx.get("seller_signatory", "Anna Keller"), "Sales Manager Export")]
    rows = []
    for cap, co, name, title in who:
        sig = f"/s/ {name}" if doc.signed else "______________________"
        when = day(ctx["signed_on"], st.date) if doc.signed else "____________"
        rows.append([f"{cap}\n{co}", f"Signature: {sig}\nName: {name}\nTitle: {title}\nDate: {when}"])
    table(d, rows, [2.4, 4.0], head=False)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L47: Remittance advice printed from a buyer's accounts-payable portal (HTML -> Chromium): payment run
# header, payee block, a table of settled documents (invoice, invoice date, gross, deductions, paid), value
# date and the payee bank account masked.

def l47_ap_remit(doc: Doc, st: Style, ctx: dict) -> Rendered:
    inv = next((v for k, v in doc.extra if k == "invoice_ref"), "")
    paid = amt(doc.total, st.num)
    body = (
        f"<div class=top><div><b>{e(doc.buyer.name)}</b><br>Accounts Payable · {e(ctx['portal'])}</div>"
        f"<div class=t>REMITTANCE ADVICE</div></div>"
        f"<table class=kv><tr><td>Payment Reference</td><td><b>{e(doc.number)}</b></td><td>Payment Date</td>"
        f"<td>{day(doc.date, st.date)}</td></tr><tr><td>Payee</td><td>{e(doc.seller.name)}</td><td>Method</td>"
        f"<td>Wire transfer (SWIFT)</td></tr><tr><td>Payee account</td><td>GB** **** **** 0456 88</td>"
        f"<td>Your PO</td><td>{e(doc.order_number or '')}</td></tr></table>"
        "<table class=items><thead><tr><th>Document</th><th>Type</th><th>Currency</th><th class=r>Paid amount</th>"
        f"</tr></thead><tbody><tr><td>{e(inv)}</td><td>{e(ctx.get('doc_kind', 'Invoice'))}</td><td>{doc.currency}</td>"
        f"<td class=r>{paid}</td></tr></tbody></table>"
        f"<div class=sum>Total paid: <b>{doc.currency} {paid}</b></div>"
        "<p class=small>This advice is generated automatically. Bank charges outside our country are for the "
        "payee's account. Queries: ap-helpdesk via the supplier portal.</p>")
    css = (".top { display: flex; justify-content: space-between; border-bottom: 3px solid #1b4f72; padding-bottom: "
           "6px; } .t { font-size: 16pt; color: #1b4f72; } .kv { margin-top: 12px; } .kv td { padding: 3px 14px 3px 0; } "
           ".kv td:nth-child(odd) { color: #666; } .items { width: 100%; margin-top: 14px; } .items th { background: "
           "#1b4f72; color: #fff; padding: 4px; text-align: left; } .items td { padding: 4px; border-bottom: 1px solid "
           "#ddd; } .r { text-align: right; } .sum { text-align: right; margin-top: 10px; font-size: 11pt; } .small { "
           "font-size: 7.5pt; color: #666; margin-top: 20px; }")
    return html_page(f"Remittance {doc.number}", css, body)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L40": (l40_india_po, "Indian engineering firm's import purchase order with GSTIN/PAN/CIN, HSN column (docx)"),
    "L41": (l41_sage, "Sage-style quotation / pro-forma / invoice with address boxes and Total Net/VAT (HTML)"),
    "L42": (l42_portal, "buyer's e-procurement portal order printout, cards and approval history, es/en (HTML)"),
    "L43": (l43_xlsx_po, "procurement team's Excel order template with merged logo row and bands, German (xlsx)"),
    "L44": (l44_cmr, "CMR road consignment note with numbered trilingual boxes (HTML)"),
    "L45": (l45_lc_invoice, "commercial invoice under a documentary letter of credit (docx)"),
    "L46": (l46_framework, "framework supply agreement with schedule and signature page (docx)"),
    "L47": (l47_ap_remit, "accounts-payable portal remittance advice (HTML)"),
}


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout prints a unit per line."""
    return key in LAYOUTS
