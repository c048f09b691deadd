"""Twelfth-holdout document layouts L108-L117, each modelled on a real-world family not used in L1-L107."""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

# Infrastructure only (docx/xlsx setup and pinning, date/number printing, HTML page, Word tables); the
# layouts themselves are new.
from tests.corpus.dev3_gen.layouts import (
    Rendered,
    day,
    keep_row,
    new_docx,
    new_xlsx,
    para,
    put,
    repeat_header,
    save_docx,
    save_xlsx,
    widths,
)
from tests.corpus.dev4_gen.layouts import Style, amt, e, html_page, nl
from tests.corpus.dev6_gen.layouts import table
from tests.corpus.docs import Doc

CENT = Decimal("0.01")
US_VAT = "GB 284 1177 42"
US_IBAN = "GB29 WESX 3096 4170 2213 54"
US_BANK = "Wessex Merchant Bank plc, Southampton"


def ref(doc: Doc, key: str) -> str:
    return next((v for k, v in doc.extra if k == key), "")


def words(text: str) -> str:
    """Escaped text whose hyphenated words do not break at the hyphen (a print driver keeps them whole)."""
    return " ".join(f"<span class=nw>{e(w)}</span>" if "-" in w else e(w) for w in text.split(" "))


def addr_html(party: object) -> str:
    return f"<b>{e(party.name)}</b><br>" + nl(party.address.replace(", ", "\n"))


# ------------------------------------------------------------------------------------------------
# L108: Microsoft Dynamics NAV / Business Central-style sales documents, ours (HTML -> Chromium): the
# customer's address window top left, our company block top right (phone, VAT registration no., bank),
# the report title ("Sales - Quote", "Pro Forma Invoice", "Sales - Invoice") with a field list (document
# no., document date, external document no., payment terms, shipment method, due date / valid to), lines
# "No. | Description | Quantity | Unit of Measure | Unit Price Excl. VAT | Line Discount % | Amount",
# "Total EUR Excl. VAT" / "Total EUR Incl. VAT", and under a letter of credit the credit's particulars.

L108_TITLE = {"quotation": "Sales - Quote", "proforma_invoice": "Pro Forma Invoice",
              "commercial_invoice": "Sales - Invoice"}


def l108_nav(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kind = doc.doc_type
    cur = doc.currency
    no_cap = {"quotation": "Quote No.", "proforma_invoice": "Pro Forma No.", "commercial_invoice": "Invoice No."}
    fields = [(no_cap[kind], f"<b>{e(doc.number)}</b>"), ("Document Date", day(doc.date, st.date)),
              ("Customer No.", e(ctx["cust_no"])), ("External Document No.", e(doc.order_number or "")),
              ("Payment Terms", e(doc.payment_terms or "")), ("Shipment Method", e(doc.incoterms or "")),
              ("Salesperson", "Anna Keller")]
    if kind == "quotation":
        fields.append(("Valid To", day(doc.date + dt.timedelta(days=30), st.date)))
    rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>{ln.quantity}</td>"
                   f"<td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}</td><td class=r></td>"
                   f"<td class=r>{amt(ln.amount, st.num)}</td></tr>" for ln in doc.lines)
    tot = [(f"Total {cur} Excl. VAT", amt(doc.subtotal, st.num)), ("VAT Amount", "zero-rated export"),
           (f"Total {cur} Incl. VAT", amt(doc.total, st.num))]
    if kind == "proforma_invoice" and ctx.get("deposit"):
        share = (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)
        tot.append((f"Prepayment {int(ctx['deposit'] * 100)} % due before production", amt(share, st.num)))
    extra = ""
    if ctx.get("lc") and kind != "quotation":
        extra = (f"<p class=lc>Documentary credit No. {e(ctx['lc'])} issued by {e(ctx['lc_bank'])}. Drawn under "
                 "the above documentary credit. We certify that the goods are of United Kingdom and EU origin and "
                 "that this invoice is true and correct.</p>")
    body = (
        "<div class=hd><div class=win><small>Northwind Components Ltd. · 12 Dockside Road · Southampton SO14 3AB"
        f"</small><br>{addr_html(doc.buyer)}</div><div class=co>Northwind Components Ltd.<br>12 Dockside Road<br>"
        f"Southampton SO14 3AB<br>United Kingdom<br>Phone No. +44 23 8063 1170<br>VAT Registration No. {US_VAT}<br>"
        f"Bank {US_BANK}<br>IBAN {US_IBAN}<br>SWIFT Code WESXGB22</div></div>"
        f"<h1>{L108_TITLE[kind]}</h1><table class=f>"
        + "".join(f"<tr><td class=k>{k}</td><td>{v}</td></tr>" for k, v in fields) + "</table>"
        "<table class=it><thead><tr><th>No.</th><th>Description</th><th class=r>Quantity</th><th>Unit of Measure"
        "</th><th class=r>Unit Price Excl. VAT</th><th class=r>Line Discount %</th><th class=r>Amount</th></tr>"
        f"</thead><tbody>{rows}</tbody></table><table class=tt>"
        + "".join(f"<tr><td>{k}</td><td class=r>{v}</td></tr>" for k, v in tot) + "</table>" + extra
        + "<p class=ft>Page 1 · Northwind Components Ltd. · Registered in England and Wales No. 04417321</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; } .win { width: 52%; margin-top: 18px; } "
           ".win small { font-size: 6.5pt; text-decoration: underline; } .co { text-align: right; font-size: 8pt; "
           "} h1 { font-size: 14pt; font-weight: normal; margin: 18px 0 6px; } .f td { padding: 1px 10px 1px 0; } "
           ".k { color: #444; } .it { width: 100%; margin-top: 12px; } .it th { border-bottom: 1px solid #000; "
           "text-align: left; font-size: 8pt; padding: 3px; vertical-align: bottom; } .it td { padding: 3px; "
           "vertical-align: top; } .r { text-align: right !important; } .nw { white-space: nowrap; } .tt { "
           "width: 50%; margin: 8px 0 0 50%; border-top: 1px solid #000; } .tt td { padding: 2px 3px; } .lc { "
           "border: 1px solid #888; padding: 5px; margin-top: 12px; font-size: 8pt; } .ft { font-size: 7pt; "
           "color: #666; margin-top: 18px; }")
    return html_page(f"{L108_TITLE[kind]} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L109: Contract of sale on our Word template (docx -> LibreOffice): title "CONTRACT OF SALE No. …",
# place and date line, the preamble naming both parties, numbered articles (1 Subject, 2 Price and total
# value, 3 Terms of delivery, 4 Payment, 5 Packing and marking, 6 Quality and warranty, 7 Claims,
# 8 Force majeure, 9 Disputes, 10 Final provisions), the legal addresses and signatures of the parties, and
# the goods specification as Annex 1 after the signatures.

def l109_contract(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Anna Keller", "Liberation Serif", 10)
    para(d, f"CONTRACT OF SALE No. {doc.number}", bold=True, size=14, align="center")
    para(d, f"Southampton, {day(doc.date, st.date)}", align="right")
    order = (f", in execution of the Buyer's order No. {doc.order_number}" if doc.order_number else "")
    para(d, f"{doc.seller.name}, United Kingdom, hereinafter referred to as the \"Seller\", represented by Anna "
            f"Keller, Export Sales Manager, on the one part, and {doc.buyer.name}, hereinafter referred to as the "
            f"\"Buyer\", represented by {ctx['signatory']}, {ctx['buyer_title']}, on the other part, have "
            f"concluded this contract{order} as follows:")
    arts = [
        ("1. SUBJECT OF THE CONTRACT", "The Seller sells and the Buyer buys the goods listed in Annex 1 "
                                       "(Specification), which forms an integral part of this contract."),
        ("2. PRICE AND TOTAL VALUE", f"Prices are fixed in {doc.currency} per unit as stated in Annex 1. The total "
                                     f"value of the contract is {doc.currency} {amt(doc.total, st.num)}."),
        ("3. TERMS OF DELIVERY", f"{doc.incoterms} according to Incoterms® 2020. {ctx['delivery_time']} Partial "
                                 "shipments are allowed."),
        ("4. PAYMENT", doc.payment_terms or ""),
        ("5. PACKING AND MARKING", "Seaworthy export packing. Each package is marked with the contract number, "
                                   "package number, net and gross weight."),
        ("6. QUALITY AND WARRANTY", "The goods are new and conform to the manufacturers' specifications. Warranty "
                                    "period: 12 months from the date of delivery."),
        ("7. CLAIMS", "Claims as to quantity must be made within 30 days and claims as to quality within the "
                      "warranty period, supported by a survey report of an independent inspection company."),
        ("8. FORCE MAJEURE", "Neither party is liable for failure to perform caused by circumstances beyond its "
                             "reasonable control, provided the other party is notified within 10 days."),
        ("9. DISPUTES", "Disputes shall be settled by arbitration in London under the LCIA Rules. The law of England "
                        "and Wales applies; the CISG is excluded."),
        ("10. FINAL PROVISIONS", "This contract is made in English in two copies, one for each party. Copies "
                                 "exchanged by e-mail are valid."),
    ]
    for cap, text in arts:  # article captions in capitals, not bold, as the template has them
        para(d, cap, size=9.5)
        para(d, text, size=9.5)
    para(d, "11. LEGAL ADDRESSES AND SIGNATURES OF THE PARTIES", size=9.5)
    sig = d.add_table(rows=1, cols=2)
    sig.style = "Table Grid"
    when = day(ctx["signed_on"], st.date)
    seller = f"SELLER\n{doc.seller.name}\n{doc.seller.address}\nVAT {US_VAT}\n\nAnna Keller, Export Sales Manager\n"
    buyer = f"BUYER\n{doc.buyer.name}\n{doc.buyer.address}\n{ctx.get('buyer_reg', '')}\n\n{ctx['signatory']}, " \
            f"{ctx['buyer_title']}\n"
    if doc.signed:
        put(sig.cell(0, 0), seller + f"/s/ Anna Keller\nDate: {when}", size=8.5)
        put(sig.cell(0, 1), buyer + f"/s/ {ctx['signatory']}\nDate: {when}", size=8.5)
    else:
        put(sig.cell(0, 0), seller + "Signature: ____________________\nDate: ____________", size=8.5)
        put(sig.cell(0, 1), buyer + "Signature: ____________________\nDate: ____________", size=8.5)
    widths(sig, [3.4, 3.4])
    d.add_page_break()
    para(d, f"ANNEX 1 to Contract of Sale No. {doc.number} – SPECIFICATION", bold=True, size=11)
    rows = [["Item", "Article No.", "Description", "Qty", "Unit", f"Price {doc.currency}", f"Value {doc.currency}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["", "", "TOTAL", "", "", "", amt(doc.total, st.num)])
    g = table(d, rows, [0.45, 1.1, 2.55, 0.55, 0.5, 0.8, 0.95], size=8)
    repeat_header(g.rows[0])
    for row in g.rows:
        keep_row(row)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L110: Latvian ERP purchase order written in German, with Latvian captions beside the German ones (docx
# -> LibreOffice): letterhead with registration and VAT numbers, "PASŪTĪJUMS / BESTELLUNG Nr. …",
# "Datums / Datum", supplier and delivery-address cells, lines "Nr. | Kods / Art.-Nr. | Nosaukums /
# Bezeichnung | Mērv. / ME | Daudz. / Menge | Cena / Preis | Summa / Betrag", the reverse-charge note, the
# total "Kopā / Gesamt", conditions as label lines and "Sagatavoja / Erstellt" and "Apstiprināja /
# Freigegeben" signatures.

def l110_lv(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    para(d, doc.buyer.name, bold=True, size=13)
    para(d, f"{doc.buyer.address} · Reģ. Nr. {ctx['reg']} · PVN Nr. / USt-IdNr. {ctx['vat']}\n"
            f"{ctx['bank']} · {ctx['account']}", size=7.5)
    para(d)
    para(d, f"PASŪTĪJUMS / BESTELLUNG Nr. {doc.number}", bold=True, size=14)
    para(d, f"Datums / Datum: {day(doc.date, st.date)}")
    top = d.add_table(rows=1, cols=2)
    top.style = "Table Grid"
    put(top.cell(0, 0), f"Piegādātājs / Lieferant ({ctx['supplier_no']}):\n{doc.seller.name}\n{doc.seller.address}\n"
        f"USt-IdNr. {US_VAT}")
    put(top.cell(0, 1), f"Piegādes adrese / Lieferadresse:\n{ctx['ship_to']}\nKontakt: {ctx['contact']}")
    widths(top, [3.4, 3.4])
    para(d)
    rows = [["Nr.", "Kods\nArt.-Nr.", "Nosaukums\nBezeichnung", "Mērv.\nME", "Daudz.\nMenge",
             f"Cena\nPreis {doc.currency}", f"Summa\nBetrag {doc.currency}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, ln.unit or "", str(ln.quantity), amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    t = table(d, rows, [0.4, 0.85, 2.55, 0.5, 0.6, 0.9, 1.0], size=8)
    repeat_header(t.rows[0])
    tot = d.add_table(rows=2, cols=2)
    put(tot.cell(0, 0), "PVN / USt.: apgrieztā maksāšana / Steuerschuldnerschaft des Leistungsempfängers",
        size=7.5, align="right")
    put(tot.cell(0, 1), "—", align="right")
    put(tot.cell(1, 0), f"Kopā / Gesamt {doc.currency}", bold=True, align="right")
    put(tot.cell(1, 1), amt(doc.total, st.num), bold=True, align="right")
    widths(tot, [5.6, 1.2])
    para(d)
    for k, v in (("Piegādes noteikumi / Lieferbedingung", doc.incoterms),
                 ("Apmaksa / Zahlungsbedingung", doc.payment_terms),
                 ("Piegādes termiņš / Liefertermin", f"KW {(doc.date + dt.timedelta(days=28)).isocalendar()[1]}"),
                 ("Valūta / Währung", doc.currency)):
        para(d, f"{k}: {v}")
    para(d, "Bitte geben Sie die Bestellnummer auf Lieferschein und Rechnung an. Lieferzeiten: Mo–Fr 7:00–15:00.",
         size=8)
    para(d)
    sig = d.add_table(rows=1, cols=2)
    put(sig.cell(0, 0), f"Sagatavoja / Erstellt:\n{ctx['contact']}\n\n______________________")
    put(sig.cell(0, 1), f"Apstiprināja / Freigegeben:\n{ctx['signatory']}\n\n______________________")
    widths(sig, [3.4, 3.4])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L111: Paraguayan "Orden de Compra" from a spreadsheet (xlsx, sent as is): company name, RUC and address,
# "ORDEN DE COMPRA N° …" across the sheet, "Fecha" / "Proveedor" / "Condición de pago" / "Moneda" /
# "Incoterm" / "Lugar de entrega" pairs in two columns, lines with the quantity first ("Cant. | Unid. |
# Código | Descripción | P. Unitario | Total"), "TOTAL USD", the note on the invoice and two signatures.

def l111_py(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], "OC")
    thin = Side(style="thin", color="444444")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="FCE4B6")
    for col, w in zip("ABCDEF", (8, 8, 12, 50, 14, 16), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, doc.buyer.name).font = Font(bold=True, size=14)
    ws.cell(2, 1, f"RUC {ctx['ruc']} · {doc.buyer.address}").font = Font(size=8)
    ws.cell(4, 1, f"ORDEN DE COMPRA N° {doc.number}").font = Font(bold=True, size=13)
    ws.merge_cells("A4:F4")
    ws.cell(4, 1).alignment = Alignment(horizontal="center")
    left = (("Fecha", day(doc.date, st.date)), ("Proveedor", doc.seller.name), ("Dirección", doc.seller.address))
    right = (("Moneda", doc.currency), ("Condición de pago", doc.payment_terms), ("Incoterm", doc.incoterms),
             ("Lugar de entrega", ctx["ship_to"]))
    for i, (k, v) in enumerate(left):
        ws.cell(6 + i, 1, k + ":").font = bold
        ws.cell(6 + i, 3, v)
    for i, (k, v) in enumerate(right):
        ws.cell(10 + i, 1, k + ":").font = bold
        ws.cell(10 + i, 3, v)
    r = 15
    for j, h in enumerate(("Cant.", "Unid.", "Código", "Descripción", "P. Unitario", "Total"), start=1):
        c = ws.cell(r, j, h)
        c.font = bold
        c.fill = fill
        c.border = grid
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((ln.quantity, ln.unit or "", ln.sku, ln.description, float(ln.unit_price),
                               float(ln.amount)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            if j in (5, 6):
                c.number_format = "#,##0.00"
    r += len(doc.lines) + 1
    ws.cell(r, 5, f"TOTAL {doc.currency}").font = bold
    c = ws.cell(r, 6, float(doc.total))
    c.number_format = "#,##0.00"
    c.font = bold
    c.border = grid
    ws.cell(r + 2, 1, "Favor consignar el número de esta orden en la factura comercial y en los documentos de "
                      "embarque. Entrega en planta de lunes a viernes.")
    ws.cell(r + 5, 3, "______________________")
    ws.cell(r + 5, 5, "______________________")
    ws.cell(r + 6, 3, f"Solicitado por: {ctx['contact']}").font = bold
    ws.cell(r + 6, 5, f"Autorizado por: {ctx['signatory']}").font = bold
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L112: Priority-ERP-style purchase order of a Jordanian manufacturer (HTML -> Chromium): a grey title bar
# "Purchase Order" with the order number and page note, the company block with national and tax numbers,
# a two-column field grid (Vendor, Vendor Number, Order Date, Buyer, Cost Center, Currency, Terms of
# Payment, Shipping Terms), the vendor address, lines "Line | Part Number | Part Description | Qty |
# Unit | Price | Disc.% | Total Price" with a due date under each description, over several pages, "Total
# Order", remarks and the approval stamp.

def l112_priority(doc: Doc, st: Style, ctx: dict) -> Rendered:
    due = day(doc.date + dt.timedelta(days=35), st.date)
    rows = "".join(
        f"<tr><td>{i * 10}</td><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}<div class=du>Due: {due}</div>"
        f"</td><td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}"
        f"</td><td class=r>0.00</td><td class=r>{amt(ln.amount, st.num)}</td></tr>"
        for i, ln in enumerate(doc.lines, start=1))
    grid = [("Vendor", e(doc.seller.name)), ("Vendor Number", "V00418"), ("Order Date", day(doc.date, st.date)),
            ("Buyer", e(ctx["contact"])), ("Cost Center", e(ctx["cost_center"])), ("Currency", doc.currency),
            ("Terms of Payment", e(doc.payment_terms)), ("Shipping Terms", e(doc.incoterms))]
    cells = "".join(f"<td class=k>{k}</td><td>{v}</td>" + ("</tr><tr>" if i % 2 else "")
                    for i, (k, v) in enumerate(grid)).removesuffix("</tr><tr>")
    body = (
        f"<div class=tb><span>Purchase Order</span><span>{e(doc.number)}</span></div>"
        f"<div class=co><b>{e(doc.buyer.name)}</b><br>{e(doc.buyer.address)}<br>"
        f"National No. {e(ctx['nat_no'])} · Sales Tax No. {e(ctx['tax_no'])}</div>"
        f"<table class=g><tr>{cells}</tr></table>"
        f"<div class=va><b>To:</b><br>{addr_html(doc.seller)}<br><b>Ship to:</b> {e(ctx['ship_to'])}</div>"
        "<table class=it><thead><tr><th>Line</th><th>Part Number</th><th>Part Description</th><th class=r>Qty</th>"
        "<th>Unit</th><th class=r>Price</th><th class=r>Disc.%</th><th class=r>Total Price</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        f"<table class=tt><tr><td>Total Order</td><td class=r>{amt(doc.total, st.num)} {doc.currency}</td></tr>"
        "</table><p class=rm><b>Remarks:</b> Certificate of origin and packing list to be sent with the documents. "
        "Please confirm this order within 3 working days.</p>"
        f"<p class=ap>Approved: {e(ctx['signatory'])}, {e(ctx['buyer_title'])} – approved in system, no signature "
        "required.</p>")
    css = ("* { font-weight: normal !important; } "
           ".tb { display: flex; justify-content: space-between; background: #d9d9d9; padding: 6px 8px; "
           "font-size: 14pt; } .co { margin: 8px 0; font-size: 8pt; } .g { width: 100%; } .g td { border: 1px solid "
           "#bbb; padding: 3px; } .k { background: #f2f2f2; width: 16%; } .va { margin: 10px 0; } .it { width: 100%;"
           " font-size: 9.5pt; } .it th { border-top: 1px solid #000; border-bottom: 1px solid #000; text-align: "
           "left; padding: 4px 3px; } .it td { padding: 7px 3px; border-bottom: 1px dotted #999; vertical-align: "
           "top; } .du { font-size: 7pt; color: #666; } .r { text-align: right !important; } .nw { white-space: "
           "nowrap; } .tt { margin: 8px 0 0 auto; font-size: 10pt; } .tt td { padding: 3px 8px; border-top: 2px "
           "solid #000; } .rm, .ap { font-size: 8pt; }")
    return html_page(f"Purchase Order {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L113: QuickBooks-Online-style purchase order of a Ghanaian processor (HTML -> Chromium): company name and
# contact top left, "PURCHASE ORDER" in a colour, VENDOR and SHIP TO blocks, a P.O. NO. / DATE box, lines
# "# | PRODUCT/SERVICE | DESCRIPTION | QTY | RATE | AMOUNT" without a unit, "TOTAL" with the currency,
# the terms below and "Approved By".

def l113_qbo(doc: Doc, st: Style, ctx: dict) -> Rendered:
    rows = "".join(f"<tr><td>{i}</td><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>"
                   f"{ln.quantity}</td><td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>"
                   f"{amt(ln.amount, st.num)}</td></tr>" for i, ln in enumerate(doc.lines, start=1))
    body = (
        f"<div class=hd><div><div class=nm>{e(doc.buyer.name)}</div>{nl(doc.buyer.address.replace(', ', chr(10)))}"
        f"<br>TIN {e(ctx['tin'])}<br>{e(ctx['contact'])}</div><div class=ti>PURCHASE ORDER</div></div>"
        f"<table class=ad><tr><td><div class=cap>VENDOR</div>{addr_html(doc.seller)}</td><td><div class=cap>SHIP TO"
        f"</div>{nl(ctx['ship_to'].replace(', ', chr(10)))}</td><td><table class=bx><tr><th>P.O. NO.</th><td>"
        f"{e(doc.number)}</td></tr><tr><th>DATE</th><td>{day(doc.date, st.date)}</td></tr><tr><th>SHIPPING TERMS"
        f"</th><td>{e(doc.incoterms)}</td></tr></table></td></tr></table>"
        "<table class=it><thead><tr><th>#</th><th>PRODUCT/SERVICE</th><th>DESCRIPTION</th><th class=r>QTY</th>"
        f"<th class=r>RATE</th><th class=r>AMOUNT</th></tr></thead><tbody>{rows}</tbody></table>"
        f"<table class=tt><tr><td>TOTAL</td><td class=r><b>{doc.currency} {amt(doc.total, st.num)}</b></td></tr>"
        f"</table><p><b>Terms:</b> {e(doc.payment_terms)}</p><p class=sm>Please send the original commercial "
        "invoice, packing list, B/L and certificate of origin for customs clearance at Tema.</p>"
        f"<p>Approved By: {e(ctx['signatory'])}</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; } .nm { font-size: 12pt; } .ti { font-size: 18pt; "
           "color: #2ca01c; } .ad { width: 100%; margin-top: 16px; } .ad > tbody > tr > td { width: 33%; "
           "vertical-align: top; } .cap { color: #777; font-size: 7.5pt; } .bx th { text-align: right; color: #777; "
           "font-size: 7.5pt; padding: 1px 6px; } .it { width: 100%; margin-top: 16px; } .it th { background: "
           "#e7f4e4; color: #2ca01c; text-align: left; padding: 4px; font-size: 8pt; } .it td { padding: 5px 4px; "
           "border-bottom: 1px solid #eee; vertical-align: top; } .r { text-align: right !important; } .nw { "
           "white-space: nowrap; } .tt { margin: 10px 0 0 auto; font-size: 11pt; } .tt td { padding: 3px 8px; } "
           ".sm { font-size: 8pt; color: #555; }")
    return html_page(f"Purchase Order {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L114: Carrier's negotiable bill of lading in the BIMCO-form tradition (HTML -> Chromium): numbered
# boxes (Shipper, Consignee "to order", Notify address, Vessel, Voyage, Port of loading / discharge, B/L
# No., reference), the particulars furnished by the shipper (marks and numbers / container and seal,
# number and kind of packages, description, gross weight, measurement), freight and charges, "Number of
# original Bs/L", place and date of issue, the shipped-on-board clause and the carrier's signature.

def l114_bl(doc: Doc, st: Style, ctx: dict) -> Rendered:
    issued = day(doc.date, st.date)
    consignee = (f"TO THE ORDER OF<br>{e(ctx['lc_bank']).upper()}" if ctx.get("lc_bank") else addr_html(doc.buyer))
    notify = addr_html(doc.buyer) if ctx.get("lc_bank") else "SAME AS CONSIGNEE"
    boxes = [("1 Shipper", addr_html(doc.seller)), ("2 B/L No.", f"<b class=big>{e(doc.number)}</b><br>Reference: "
             f"{e(ctx['booking'])}"), ("3 Consignee", consignee), ("4 Notify address", notify),
             ("5 Vessel / Voyage", e(ctx["vessel"])), ("6 Port of loading", "SOUTHAMPTON, UK"),
             ("7 Port of discharge", e(ctx["pod"])), ("8 Place of delivery", e(ctx["delivery"]))]
    cells = "".join(f"<td><span class=cap>{k}</span>{v}</td>" + ("</tr><tr>" if i % 2 else "")
                    for i, (k, v) in enumerate(boxes)).removesuffix("</tr><tr>")
    cont = "".join(f"<tr><td>{e(t)}<br>SEAL {e(s)}<br>1 x 40' HC</td><td>{e(ctx['packages'])}</td><td>SAID TO "
                   f"CONTAIN:<br>{e(ctx['goods'])}<br>ORDER NO. {e(doc.order_number or '')}"
                   + (f"<br>L/C NO. {e(ctx['lc'])}" if ctx.get("lc") else "")
                   + f"</td><td class=r>{e(ctx['gross'])} KGS</td><td class=r>{e(ctx['cbm'])} M3</td></tr>"
                   for t, s in zip(doc.tracking_numbers, ctx["seals"], strict=True))
    body = (
        "<div class=hd><b>MERIDIAN CONTAINER LINE</b><span>BILL OF LADING<br><small>for combined transport or "
        "port to port shipment</small></span></div>"
        f"<table class=g><tr>{cells}</tr></table>"
        "<p class=cap2>PARTICULARS FURNISHED BY THE SHIPPER</p><table class=c><thead><tr><th>Container / seal / "
        "marks</th><th>No. and kind of packages</th><th>Description of goods</th><th class=r>Gross weight</th>"
        f"<th class=r>Measurement</th></tr></thead><tbody>{cont}</tbody></table>"
        f"<table class=g><tr><td><span class=cap>Freight and charges</span>FREIGHT {e(ctx['freight'])}</td><td>"
        "<span class=cap>Number of original Bs/L</span>THREE (3)</td></tr><tr><td><span class=cap>Shipped on board"
        f"</span>{issued}</td><td><span class=cap>Place and date of issue</span>SOUTHAMPTON {issued}</td></tr>"
        "</table><p class=small>SHIPPED on board in apparent good order and condition. One original Bill of Lading "
        "must be surrendered duly endorsed in exchange for the goods. In witness whereof the stated number of "
        "originals, all of this tenor and date, have been signed, one of which being accomplished the others to "
        "stand void.</p><p class=sg>For the Carrier: Meridian Container Line (UK) Ltd., as agents</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; border-bottom: 3px double #000; padding-bottom: "
           "4px; font-size: 12pt; } .hd span { text-align: right; } .g { width: 100%; margin-top: 6px; } .g td { "
           "width: 50%; border: 1px solid #000; padding: 4px; vertical-align: top; } .cap { display: block; "
           "font-size: 6.5pt; color: #333; } .big { font-size: 12pt; } .cap2 { font-size: 7pt; margin: 8px 0 2px; } "
           ".c { width: 100%; } .c th { border: 1px solid #000; font-size: 7pt; text-align: left; padding: 3px; } "
           ".c td { border: 1px solid #000; padding: 4px 3px; vertical-align: top; } .r { text-align: right "
           "!important; } .small { font-size: 6.5pt; margin-top: 10px; } .sg { margin-top: 14px; }")
    return html_page(f"Bill of Lading {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L115: Freight forwarder's shipping advice with packing list (docx -> LibreOffice): forwarder letterhead,
# "SHIPPING ADVICE / PACKING LIST", our reference, the shipper / consignee cells, a transport grid
# (order no., invoice no., terms, mode, vessel or haulier, container or consignment no., ETD, ETA), the
# package table (case no., dimensions, net / gross kg, contents by part number) and the totals.

def l115_packing(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Solent Freight Services", "Liberation Sans", 8.5)
    para(d, "SOLENT FREIGHT SERVICES LTD · Unit 4, Empress Dock Road · Southampton SO14 3GX · on behalf of the "
            "shipper", size=7.5)
    para(d, "SHIPPING ADVICE / PACKING LIST", bold=True, size=14)
    para(d, f"Advice No. {doc.number}    Date {day(doc.date, st.date)}", bold=True)
    parties = d.add_table(rows=1, cols=2)
    parties.style = "Table Grid"
    put(parties.cell(0, 0), f"Shipper\n{doc.seller.name}\n{doc.seller.address}", size=8)
    put(parties.cell(0, 1), f"Consignee\n{doc.buyer.name}\n{doc.buyer.address}", size=8)
    widths(parties, [3.4, 3.4])
    para(d)
    grid = [["Customer order", doc.order_number or "", "Invoice", ref(doc, "invoice_ref") or "to follow"],
            ["Delivery terms", doc.incoterms or "", "Mode", ctx["mode"]],
            ["Vessel / haulier", ctx["carrier"], ctx["track_caption"], ", ".join(doc.tracking_numbers)],
            ["ETD Southampton", day(doc.date, st.date), "ETA", day(ctx["eta"], st.date)]]
    table(d, grid, [1.2, 2.2, 1.1, 2.3], head=False, size=8)
    para(d)
    rows = [["Case", "Dimensions cm", "Net kg", "Gross kg", "Contents (part numbers)"]]
    rows += [list(p) for p in ctx["packages"]]
    t = table(d, rows, [0.5, 1.3, 0.7, 0.8, 3.5], size=8)
    repeat_header(t.rows[0])
    para(d)
    para(d, f"Total: {len(ctx['packages'])} cases, gross weight {ctx['gross']} kg", bold=True)
    para(d, "Marks: NORTHWIND / order number / case number / made in UK. Please inform us of any damage on "
            "arrival before signing the delivery receipt.", size=7.5)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L116: The ordering bank's copy of a SWIFT MT103 single customer credit transfer (HTML -> Chromium):
# bank name and BIC, "customer copy" title in the customer's language, a readable summary (date, amount,
# reference), then the message in its fields in monospace: sender / receiver, :20: reference, :23B:,
# :32A: value date, currency and amount, :50K: ordering customer, :57A: account with institution, :59:
# beneficiary, :70: remittance information, :71A: charges.

L116 = {
    "en": {"title": "SWIFT MT103 – Single Customer Credit Transfer (customer copy)", "date": "Value date",
           "amt": "Amount", "ref": "Transaction reference", "foot": "This copy is issued for information; the "
           "transfer was executed on the value date shown."},
    "es": {"title": "Comprobante de transferencia SWIFT MT103 (copia cliente)", "date": "Fecha valor",
           "amt": "Importe", "ref": "Referencia de la operación", "foot": "Comprobante emitido a solicitud del "
           "cliente; la transferencia se ejecutó en la fecha valor indicada."},
}


def l116_mt103(doc: Doc, st: Style, ctx: dict) -> Rendered:
    t = L116[st.lang]
    v = doc.date
    plain = f"{doc.total.quantize(CENT):.2f}".replace(".", ",")
    info = f"/INV/{ref(doc, 'invoice_ref')} /PO/{doc.order_number or ''}"
    if ctx.get("deposit"):
        info += " DEPOSIT 30 PCT"
    h = hashlib.sha256(doc.number.encode()).hexdigest()[:6].upper()
    msg = "\n".join([
        f"{{1:F01{ctx['bic']}AXXX{int(h, 16) % 10**10:010d}}}", "{2:I103WESXGB22XXXXN}",
        f":20:{doc.number}", ":23B:CRED", f":32A:{v.strftime('%y%m%d')}{doc.currency}{plain}",
        f":50K:/{ctx['account']}", doc.buyer.name.upper(), *doc.buyer.address.upper().split(", ")[:2],
        ":57A:WESXGB22", f":59:/{US_IBAN.replace(' ', '')}", doc.seller.name.upper(), "SOUTHAMPTON GB",
        f":70:{info}", ":71A:OUR", "-}"])
    body = (f"<div class=band><b>{e(ctx['bank'])}</b><span>BIC {e(ctx['bic'])}</span></div><h2>{t['title']}</h2>"
            f"<table class=kv><tr><th>{t['ref']}</th><td>{e(doc.number)}</td></tr><tr><th>{t['date']}</th><td>"
            f"{day(v, st.date)}</td></tr><tr><th>{t['amt']}</th><td>{doc.currency} {amt(doc.total, st.num)}</td>"
            f"</tr></table><pre>{e(msg)}</pre><p class=small>{t['foot']}</p>")
    css = ("* { font-weight: normal !important; } "
           ".band { display: flex; justify-content: space-between; border-bottom: 2px solid #7a1f1f; padding: 6px "
           "0; font-size: 11pt; color: #7a1f1f; } h2 { font-size: 11pt; margin: 12px 0 8px; } .kv th { text-align: "
           "left; font-weight: normal; color: #555; padding: 2px 14px 2px 0; } pre { font-family: 'DejaVu Sans "
           "Mono', monospace; font-size: 8.5pt; border: 1px solid #ccc; padding: 8px; background: #fafafa; } "
           ".small { font-size: 7pt; color: #777; }")
    return html_page(t["title"], css, body)


# ------------------------------------------------------------------------------------------------
# L117: Independent surveyor's certificate of inspection after discharge (HTML -> Chromium): surveyor
# letterhead, "CERTIFICATE OF INSPECTION" with certificate no. and date, the particulars (applicant,
# supplier, order no., B/L no., vessel, container, claim reference, place and date of survey), the
# findings table by part number (ordered / found / shortfall or damage), the conclusion and the
# surveyor's signature, issued "without prejudice".

def l117_survey(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kv = [("Certificate No.", f"<b>{e(doc.number)}</b>"), ("Date of issue", day(doc.date, st.date)),
          ("Applicant", e(doc.buyer.name)), ("Supplier", e(doc.seller.name)),
          ("Purchase order", e(doc.order_number or "")), ("Bill of lading", e(ctx["bl"])),
          ("Container", e(", ".join(ctx["containers"]))), ("Applicant's claim ref.", e(ref(doc, "claim_ref"))),
          ("Place of survey", "Consignee's stores, Tema"), ("Survey date", day(ctx["surveyed"], st.date))]
    rows = "".join(f"<tr><td class=nw>{e(sku)}</td><td>{words(desc)}</td><td class=r>{q}</td><td class=r>{ok}</td>"
                   f"<td>{e(why)}</td></tr>" for sku, desc, q, ok, why in ctx["findings"])
    body = (
        "<div class=hd><b>GOLD COAST MARINE &amp; CARGO SURVEYORS LTD.</b><br><small>Harbour Road, Tema · "
        "Lloyd's agents' correspondents · Cargo, hull and machinery surveys</small></div>"
        "<h2>CERTIFICATE OF INSPECTION</h2><table class=kv>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in kv) + "</table>"
        "<h3>Findings</h3><table class=d><thead><tr><th>Part No.</th><th>Description</th><th class=r>Qty "
        f"invoiced</th><th class=r>Qty sound</th><th>Remarks</th></tr></thead><tbody>{rows}</tbody></table>"
        "<h3>Conclusion</h3><p>The container arrived with seals intact. The packages listed above were found "
        "damaged inside their cases; in our opinion the damage results from insufficient internal bracing and "
        "occurred before stuffing. All other packages were found in sound condition.</p>"
        "<p class=small>This certificate is issued without prejudice to the rights of any party and reflects the "
        f"facts found at the time and place of survey.</p><p>Surveyor: {e(ctx['surveyor'])}</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { border-bottom: 2px solid #0b4f6c; padding-bottom: 4px; font-size: 11pt; color: #0b4f6c; } h2 { "
           "font-size: 13pt; margin: 12px 0 8px; text-align: center; } h3 { font-size: 10pt; margin: 12px 0 4px; } "
           ".kv th { text-align: left; font-weight: normal; color: #444; padding: 2px 14px 2px 0; } .d { width: "
           "100%; } .d th, .d td { border: 1px solid #999; padding: 3px; text-align: left; vertical-align: top; } "
           ".r { text-align: right !important; } .nw { white-space: nowrap; } .small { font-size: 7.5pt; }")
    return html_page(f"Certificate of Inspection {doc.number}", css, body)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L108": (l108_nav, "Dynamics NAV / Business Central-style quote / pro forma / invoice, L/C clause (HTML)"),
    "L109": (l109_contract, "contract of sale with numbered articles and the specification as Annex 1 (docx)"),
    "L110": (l110_lv, "Latvian ERP order written in German, lv/de captions, reverse-charge note (docx)"),
    "L111": (l111_py, "Paraguayan spreadsheet Orden de Compra, quantity first (xlsx)"),
    "L112": (l112_priority, "Priority-style purchase order, line numbers by ten, due date under the text (HTML)"),
    "L113": (l113_qbo, "QuickBooks-Online-style purchase order without a unit column (HTML)"),
    "L114": (l114_bl, "carrier's negotiable bill of lading, numbered boxes, to-order consignee (HTML)"),
    "L115": (l115_packing, "forwarder's shipping advice with packing list by case (docx)"),
    "L116": (l116_mt103, "bank's customer copy of a SWIFT MT103 transfer, en/es (HTML)"),
    "L117": (l117_survey, "independent surveyor's certificate of inspection of damaged cargo (HTML)"),
}


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line, except the QuickBooks-style order."""
    return key in LAYOUTS and key != "L113"
