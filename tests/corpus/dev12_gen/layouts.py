"""Eleventh-holdout document layouts L98-L107, each modelled on a real-world family not used in L1-L97."""
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
US_BANK = f"Wessex Merchant Bank plc, Southampton · Sort code 30-96-41 · IBAN {US_IBAN} · BIC WESXGB22"


def ref(doc: Doc, key: str) -> str:
    return next((v for k, v in doc.extra if k == key), "")


def addr_html(party: object) -> str:
    return f"<b>{e(party.name)}</b><br>" + nl(party.address.replace(", ", "\n"))


def sscc(serial: int) -> str:
    """An 18-digit GS1 serial shipping container code (extension 0, company prefix, serial, mod-10 check)."""
    body = f"0501234567{serial:07d}"
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


# ------------------------------------------------------------------------------------------------
# L98: Infor-CloudSuite-Industrial (SyteLine)-style sales documents, ours, in English (HTML -> Chromium):
# our name and address top left, a framed title box top right ("QUOTATION" / "PRO FORMA INVOICE" /
# "INVOICE") with number, date and customer number, Bill To / Ship To blocks, a strip of Customer PO /
# Salesperson / Ship Via / Incoterms with the payment terms on a row of their own, two-row lines (Ln, Item,
# U/M, Qty, Unit Price, Extension on the first row and the description on the second, under the item),
# "Sales Amount" / "Total", remit-to bank details.

L98_TITLE = {"quotation": "QUOTATION", "proforma_invoice": "PRO FORMA INVOICE", "commercial_invoice": "INVOICE"}


def l98_infor(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kind = doc.doc_type
    cur = doc.currency
    no_cap = {"quotation": "Quote", "proforma_invoice": "Pro Forma", "commercial_invoice": "Invoice"}[kind]
    box = [(f"{no_cap} Number", e(doc.number)), (f"{no_cap} Date", day(doc.date, st.date)),
           ("Customer", e(ctx["cust_no"]))]
    if kind == "quotation":
        box.append(("Expires", day(doc.date + dt.timedelta(days=30), st.date)))
    strip = [("Customer PO", doc.order_number or ctx.get("enquiry_ref", "")), ("Salesperson", "AKELLER – Anna Keller"),
             ("Ship Via", ctx["ship_via"]), ("Incoterms 2020", doc.incoterms or "")]
    rows = []
    for i, ln in enumerate(doc.lines, start=1):
        rows.append(f"<tr class=a><td>{i}</td><td class=nw>{e(ln.sku)}</td><td>{e(ln.unit or '')}</td>"
                    f"<td class=r>{ln.quantity}</td><td class=r>{amt(ln.unit_price, st.num)}</td>"
                    f"<td class=r>{amt(ln.amount, st.num)}</td></tr>"
                    f"<tr class=b><td></td><td colspan=5>{e(ln.description)}</td></tr>")
    tot = [("Sales Amount", amt(doc.subtotal, st.num)), (f"Total {cur}", amt(doc.total, st.num))]
    if kind == "proforma_invoice" and ctx.get("deposit"):
        share = (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)
        tot.append((f"Prepayment due now ({int(ctx['deposit'] * 100)}%)", amt(share, st.num)))
    note = {"quotation": "This quotation is valid for 30 days. Goods remain subject to prior sale.",
            "proforma_invoice": "Pro forma invoice for prepayment and import licensing purposes. Not a VAT invoice.",
            "commercial_invoice": "Zero-rated export supply. We certify this invoice to be true and correct and "
                                  "the goods to be of UK/EU origin."}[kind]
    body = (
        "<div class=hd><div><div class=nm>NORTHWIND COMPONENTS LTD.</div>12 Dockside Road<br>Southampton SO14 3AB"
        f"<br>United Kingdom<br>VAT Reg. {US_VAT}</div><table class=bx><tr><th colspan=2 class=t>"
        f"{L98_TITLE[kind]}</th></tr>" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in box)
        + "</table></div><table class=ad><tr><td><div class=cap>Bill To:</div>" + addr_html(doc.buyer)
        + "</td><td><div class=cap>Ship To:</div>" + nl(ctx["ship_to_text"]) + "</td></tr></table>"
        "<table class=st><tr>" + "".join(f"<th>{k}</th>" for k, _ in strip) + "</tr><tr>"
        + "".join(f"<td class=nw>{e(v)}</td>" for _, v in strip) + "</tr><tr><th colspan=4>Terms</th></tr><tr>"
        f"<td colspan=4>{e(doc.payment_terms or '')}</td></tr></table>"
        "<table class=it><thead><tr><th>Ln</th><th>Item</th><th>U/M</th><th class=r>Qty</th>"
        f"<th class=r>Unit Price</th><th class=r>Extension</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        "<table class=tt>" + "".join(f"<tr><td>{k}</td><td class=r>{v}</td></tr>" for k, v in tot) + "</table>"
        f"<p class=nt>{note}</p><p class=nt>Remit to: {e(US_BANK)}. Please quote the "
        f"{no_cap.lower()} number with your payment.</p>")
    css = ("* { font-weight: normal !important; } .hd { display: flex; justify-content: space-between; } .nm { "
           "font-size: 13pt; color: #14365d; letter-spacing: 1px; } .bx { border: 1.5px solid #14365d; min-width: 38%; } .bx td { padding: 2px 8px; } "
           ".t { background: #14365d; color: #fff; font-size: 13pt; padding: 4px 8px; text-align: left; } .ad { "
           "width: 100%; margin-top: 14px; } .ad td { width: 50%; vertical-align: top; } .cap { font-weight: bold; "
           "font-size: 8pt; } .st { width: 100%; margin-top: 12px; border: 1px solid #888; } .st th { background: "
           "#e8edf3; font-size: 7.5pt; text-align: left; padding: 2px 4px; } .st td { padding: 2px 4px; } .it { "
           "width: 100%; margin-top: 12px; } .it th { border-top: 1.5px solid #000; border-bottom: 1px solid #000; "
           "text-align: left; padding: 3px; } .a td { padding: 4px 3px 0; } .b td { padding: 0 3px 4px 3px; "
           "border-bottom: 1px solid #ccc; color: #333; } .r { text-align: right !important; } .nw { white-space: "
           "nowrap; } .tt { width: 42%; margin: 8px 0 0 58%; } .tt td { padding: 2px 3px; } .nt { font-size: "
           "7.5pt; margin-top: 12px; }")
    return html_page(f"{L98_TITLE[kind].title()} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L99: Sales contract on the ICC Model International Sale Contract form, ours (docx -> LibreOffice): title,
# "PART A – SPECIFIC CONDITIONS", the parties in two framed cells, contract number / date / buyer's order,
# then the numbered boxes A-1 to A-13 (goods sold with the schedule, contract price, delivery terms, time
# of delivery, inspection, retention of title, payment conditions, documents, cancellation date, liability
# for delay, limitation of liability, arbitration, applicable law) and the signature panel.

def l99_icc(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Anna Keller", "Liberation Sans", 9)
    para(d, "INTERNATIONAL SALE CONTRACT", bold=True, size=14, align="center")
    para(d, "(Manufactured goods intended for resale or industrial use – based on the ICC Model International "
            "Sale Contract)", size=8, align="center")
    para(d, "PART A – SPECIFIC CONDITIONS", bold=True, size=11)
    head = [["Contract No.", doc.number, "Date", day(doc.date, st.date)]]
    if doc.order_number:
        head.append(["Buyer's order", doc.order_number, "Currency", doc.currency])
    else:
        head.append(["Buyer's order", "—", "Currency", doc.currency])
    table(d, head, [1.2, 2.2, 0.9, 2.5], head=False, size=9)
    para(d)
    parties = d.add_table(rows=1, cols=2)
    parties.style = "Table Grid"
    put(parties.cell(0, 0), f"SELLER\n{doc.seller.name}\n{doc.seller.address}\nVAT No. {US_VAT}\n"
        "Contact: Anna Keller, Export Sales Manager")
    put(parties.cell(0, 1), f"BUYER\n{doc.buyer.name}\n{doc.buyer.address}\n{ctx.get('buyer_reg', '')}\n"
        f"Contact: {ctx['contact']}")
    widths(parties, [3.4, 3.4])
    para(d)
    para(d, "A-1  GOODS SOLD", bold=True)
    rows = [["No.", "Code", "Description of the goods", "Unit", "Qty", f"Unit price {doc.currency}",
             f"Amount {doc.currency}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, ln.unit or "", str(ln.quantity), amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["", "", "Total contract price", "", "", "", amt(doc.total, st.num)])
    g = table(d, rows, [0.4, 1.0, 2.35, 0.45, 0.65, 0.95, 1.0], size=7.5)
    repeat_header(g.rows[0])
    for row in g.rows:
        keep_row(row)
    boxes = [
        ("A-2  CONTRACT PRICE", f"{doc.currency} {amt(doc.total, st.num)} (total of A-1), fixed, excluding duties "
                                "and taxes in the Buyer's country."),
        ("A-3  DELIVERY TERMS", f"{doc.incoterms} (Incoterms® 2020)."),
        ("A-4  TIME OF DELIVERY", ctx.get("delivery_time", "Within six weeks of the contract date.")),
        ("A-5  INSPECTION OF THE GOODS", "Before shipment, by the Seller's quality department; certificate of "
                                         "conformity with the shipping documents."),
        ("A-6  RETENTION OF TITLE", "The goods remain the property of the Seller until full payment of the price."),
        ("A-7  PAYMENT CONDITIONS", doc.payment_terms or ""),
        ("A-8  DOCUMENTS", "Commercial invoice, packing list, transport document, certificate of origin."),
        ("A-9  CANCELLATION DATE", "If the goods are not delivered within 90 days of the contract date, the Buyer "
                                   "may declare the contract avoided."),
        ("A-10  LIABILITY FOR DELAY", "0.5 % of the price of the delayed goods per complete week, maximum 5 %."),
        ("A-11  LIMITATION OF LIABILITY", "Limited to the price of the non-conforming goods."),
        ("A-12  ARBITRATION", "ICC Rules of Arbitration; place of arbitration: London; language: English."),
        ("A-13  APPLICABLE LAW", "United Nations Convention on Contracts for the International Sale of Goods "
                                 "(CISG), supplemented by the law of England and Wales."),
    ]
    for cap, text in boxes:
        para(d, cap, bold=True, size=8.5)
        para(d, text, size=8.5)
    para(d, "The General Conditions (Part B) of the ICC Model International Sale Contract form an integral part "
            "of this contract.", size=7.5)
    sig = d.add_table(rows=1, cols=2)
    sig.style = "Table Grid"
    when = day(ctx["signed_on"], st.date)
    if doc.signed:
        put(sig.cell(0, 0), f"THE SELLER\n{doc.seller.name}\nName: Anna Keller, Export Sales Manager\n"
            f"Signature: /s/ Anna Keller\nPlace and date: Southampton, {when}")
        put(sig.cell(0, 1), f"THE BUYER\n{doc.buyer.name}\nName: {ctx['signatory']}, {ctx['buyer_title']}\n"
            f"Signature: /s/ {ctx['signatory']}\nPlace and date: {ctx['city']}, {when}")
    else:
        put(sig.cell(0, 0), f"THE SELLER\n{doc.seller.name}\nName: ______________________\n"
            "Signature: ______________________\nPlace and date: ______________________")
        put(sig.cell(0, 1), f"THE BUYER\n{doc.buyer.name}\nName: ______________________\n"
            "Signature: ______________________\nPlace and date: ______________________")
    widths(sig, [3.4, 3.4])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L100: Bulgarian accounting-package purchase order written in German (docx -> LibreOffice): letterhead
# with the Cyrillic company name, EIK / VAT number and МОЛ (the managing person of record), the title
# "ПОРЪЧКА / BESTELLUNG № … от / vom …", supplier block with our supplier number, bilingual Bulgarian /
# German column captions, "Общо / Gesamtbetrag", delivery and payment conditions as label lines, and the
# "Съставил / Erstellt" and "Одобрил / Genehmigt" signatures.

def l100_bg(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    para(d, "РОДОПА АГРОТЕХНИК ООД", bold=True, size=12)
    para(d, doc.buyer.name, bold=True, size=11)
    para(d, f"{doc.buyer.address}\nЕИК / UIC {ctx['eik']} · ДДС № / USt-IdNr. {ctx['vat']} · МОЛ "
            f"{ctx['mol']}", size=8)
    para(d)
    para(d, f"ПОРЪЧКА / BESTELLUNG № {doc.number}", bold=True, size=14, align="center")
    para(d, f"от / vom {day(doc.date, st.date)}", align="center")
    para(d)
    top = d.add_table(rows=1, cols=2)
    top.style = "Table Grid"
    put(top.cell(0, 0), f"Доставчик / Lieferant (Nr. {ctx['supplier_no']}):\n{doc.seller.name}\n{doc.seller.address}")
    put(top.cell(0, 1), f"Място на доставка / Lieferanschrift:\n{ctx['ship_to']}\nKostenstelle: {ctx['cost_center']}")
    widths(top, [3.4, 3.4])
    para(d)
    rows = [["№\nPos.", "Код\nArt.-Nr.", "Наименование\nBezeichnung", "М.ед.\nME", "К-во\nMenge",
             f"Ед. цена\nEinzelpreis {doc.currency}", f"Стойност\nWert {doc.currency}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, ln.unit or "", str(ln.quantity), amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    t = table(d, rows, [0.45, 0.8, 2.3, 0.6, 0.65, 1.0, 1.0], size=8)
    repeat_header(t.rows[0])
    tot = d.add_table(rows=1, cols=2)
    put(tot.cell(0, 0), f"Общо / Gesamtbetrag {doc.currency}", bold=True, align="right")
    put(tot.cell(0, 1), amt(doc.total, st.num), bold=True, align="right")
    widths(tot, [5.6, 1.2])
    para(d)
    for k, v in (("Условия на доставка / Lieferbedingung", doc.incoterms), ("Плащане / Zahlung", doc.payment_terms),
                 ("Срок / Liefertermin", day(doc.date + dt.timedelta(days=21), st.date)),
                 ("Валута / Währung", doc.currency)):
        para(d, f"{k}: {v}")
    para(d, "Bitte Bestellnummer auf Lieferschein und Rechnung angeben. Rechnung mit Reverse-Charge-Vermerk "
            "(Art. 196 MwStSystRL).", size=8)
    para(d)
    sig = d.add_table(rows=1, cols=2)
    put(sig.cell(0, 0), f"Съставил / Erstellt:\n{ctx['contact']}\n\n______________________")
    put(sig.cell(0, 1), f"Одобрил / Genehmigt:\n{ctx['signatory']}\n\n______________________")
    widths(sig, [3.4, 3.4])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L101: Uruguayan "Orden de Compra" from a spreadsheet template (xlsx, sent as is and as a LibreOffice PDF):
# company name and RUT on the left, a shaded block on the right with "ORDEN DE COMPRA", number and date,
# supplier data (Proveedor, País, Atención), conditions (Moneda, Forma de pago, Incoterm, Cotización, Lugar
# de entrega), lines "Ítem | Descripción | Cód. proveedor | Cantidad | Precio unitario | Importe" without a
# unit column, "Subtotal" / "TOTAL", observations and two signature cells.

def l101_uy(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], "Orden de compra")
    thin = Side(style="thin", color="555555")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    band = PatternFill("solid", fgColor="D6E4D0")
    for col, w in zip("ABCDEF", (6, 48, 14, 10, 15, 16), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, doc.buyer.name).font = Font(bold=True, size=13)
    ws.cell(2, 1, doc.buyer.address).font = Font(size=8)
    ws.cell(3, 1, f"RUT {ctx['rut']} · Tel. +598 2604 3318").font = Font(size=8)
    for r, (k, v) in enumerate((("ORDEN DE COMPRA", ""), ("N°", doc.number), ("Fecha", day(doc.date, st.date))),
                               start=1):
        ws.cell(r, 5, k).font = Font(bold=True, size=12 if r == 1 else 10)
        ws.cell(r, 6, v).font = bold
        for j in (5, 6):
            ws.cell(r, j).fill = band
    pairs = (("Proveedor", doc.seller.name), ("Dirección", doc.seller.address), ("Atención", "Anna Keller"),
             ("Moneda", doc.currency), ("Forma de pago", doc.payment_terms), ("Incoterm", doc.incoterms),
             ("Cotización", ref(doc, "quote_ref") or "—"), ("Lugar de entrega", ctx["ship_to"]))
    for i, (k, v) in enumerate(pairs):
        ws.cell(5 + i, 1, k + ":").font = bold
        ws.cell(5 + i, 2, v)
    r = 5 + len(pairs) + 1
    for j, h in enumerate(("Ítem", "Descripción", "Cód. proveedor", "Cantidad", "Precio unitario", "Importe"),
                          start=1):
        c = ws.cell(r, j, h)
        c.font = bold
        c.fill = band
        c.border = grid
        c.alignment = Alignment(horizontal="center")
    ws.print_title_rows = f"{r}:{r}"
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((i, ln.description, ln.sku, ln.quantity, float(ln.unit_price), float(ln.amount)),
                              start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            if j in (5, 6):
                c.number_format = "#,##0.00"
    r += len(doc.lines) + 1
    for k, v in (("Subtotal", doc.subtotal), (f"TOTAL {doc.currency}", doc.total)):
        ws.cell(r, 5, k).font = bold
        c = ws.cell(r, 6, float(v))
        c.number_format = "#,##0.00"
        c.font = bold
        c.border = grid
        r += 1
    ws.cell(r + 1, 1, "Observaciones:").font = bold
    ws.cell(r + 2, 1, "Indicar el número de esta orden en factura, lista de empaque y conocimiento de embarque. "
                      "Mercadería exenta de IVA en admisión temporaria.")
    ws.cell(r + 5, 2, "______________________")
    ws.cell(r + 5, 5, "______________________")
    ws.cell(r + 6, 2, f"Compras – {ctx['contact']}").font = bold
    ws.cell(r + 6, 5, f"Dirección – {ctx['signatory']}").font = bold
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L102: IFS-Applications-style purchase order from a Saudi process-services company (HTML -> Chromium):
# letterhead with the English and Arabic company names, C.R. and VAT numbers, "PURCHASE ORDER" with a
# right-hand box (Order No., Order Date, Revision, Supplier ID), Supplier / Delivery Address / Invoice
# Address, a strip (Buyer, Requisition, Currency, Delivery Terms, Payment Terms, Ship Via), lines
# "Line | Rel | Part No. | Description | Qty | UoM | Price/Unit | Net Amount | Wanted Date" over several
# pages with the header repeated, "Total Net Amount", the supplier instructions and the approval line.

def l102_ifs(doc: Doc, st: Style, ctx: dict) -> Rendered:
    want = day(doc.date + dt.timedelta(days=42), st.date)
    rows = "".join(
        f"<tr><td>{i}</td><td>1</td><td class=nw>{e(ln.sku)}</td><td>{e(ln.description)}</td><td class=r>"
        f"{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>"
        f"{amt(ln.amount, st.num)}</td><td class=nw>{want}</td></tr>" for i, ln in enumerate(doc.lines, start=1))
    strip = [("Buyer", ctx["contact"]), ("Requisition", ctx["requisition"]), ("Currency", doc.currency),
             ("Delivery Terms", doc.incoterms), ("Payment Terms", doc.payment_terms), ("Ship Via", "Sea freight, FCL")]
    box = [("Order No.", f"<b>{e(doc.number)}</b>"), ("Order Date", day(doc.date, st.date)), ("Revision", "0"),
           ("Supplier ID", e(ctx["vendor_code"]))]
    body = (
        "<div class=hd><div><div class=co>" + e(doc.buyer.name) + "</div><div class=ar>شركة الخليج الشرقي لخدمات "
        f"المعالجة</div><small>{e(doc.buyer.address)}<br>C.R. No. {e(ctx['cr'])} · VAT No. {e(ctx['vat'])}</small>"
        "</div><div><div class=ti>PURCHASE ORDER</div><table class=bx>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in box) + "</table></div></div>"
        "<table class=three><tr><td><div class=cap>Supplier</div>" + addr_html(doc.seller)
        + f"</td><td><div class=cap>Delivery Address</div>{nl(ctx['ship_to'].replace(', ', chr(10)))}</td>"
        f"<td><div class=cap>Invoice Address</div>{addr_html(doc.buyer)}</td></tr></table>"
        "<table class=st><tr>" + "".join(f"<th>{k}</th>" for k, _ in strip) + "</tr><tr>"
        + "".join(f"<td>{e(v)}</td>" for _, v in strip) + "</tr></table>"
        "<table class=it><thead><tr><th>Line</th><th>Rel</th><th>Part No.</th><th>Description</th><th class=r>Qty"
        "</th><th>UoM</th><th class=r>Price/Unit</th><th class=r>Net Amount</th><th>Wanted Date</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        f"<table class=tt><tr><th>Total Net Amount</th><td>{doc.currency} {amt(doc.total, st.num)}</td></tr></table>"
        "<div class=ins><b>Supplier instructions</b><ol><li>Quote the PO number and line numbers on the invoice, "
        "packing list and every package.</li><li>Mill / test certificates and the certificate of origin "
        "(legalised) must accompany the shipment.</li><li>Goods are subject to receiving inspection at our "
        "warehouse; rejected items are returned at the supplier's cost.</li></ol></div>"
        f"<p class=ap>Approved electronically by {e(ctx['signatory'])}, {e(ctx['buyer_title'])} · This purchase "
        "order is system generated and valid without signature.</p>")
    css = ("* { font-weight: normal !important; } .hd { display: flex; justify-content: space-between; "
           "align-items: flex-start; border-bottom: 3px solid #00695c; padding-bottom: 6px; } .co { font-size: "
           "12pt; color: #00695c; } .ar { "
           "font-size: 11pt; direction: rtl; text-align: left; } .ti { font-size: 15pt; font-weight: bold; "
           "text-align: right; } .bx th { text-align: left; font-weight: normal; color: #555; padding: 1px 8px; } "
           ".bx td { padding: 1px 4px; } .three { width: 100%; margin-top: 10px; } .three td { width: 33%; "
           "vertical-align: top; padding-right: 8px; } .cap { font-size: 7.5pt; color: #00695c; font-weight: "
           "bold; text-transform: uppercase; } .st { width: 100%; margin-top: 10px; border: 1px solid #999; } "
           ".st th { font-size: 7pt; text-align: left; background: #e0f2f1; padding: 2px 4px; } .st td { "
           "padding: 2px 4px; font-size: 8pt; } .it { width: 100%; margin-top: 10px; font-size: 9.5pt; } .it th { "
           "background: #00695c; color: #fff; text-align: left; padding: 4px 3px; } .it td { padding: 6px 3px; "
           "border-bottom: 1px solid #ddd; vertical-align: top; } .r { text-align: right !important; } .nw { "
           "white-space: nowrap; } .tt { margin: 8px 0 0 auto; } .tt th { padding: 3px 10px; } .tt td { "
           "font-weight: bold; padding: 3px; } .ins { font-size: 7.5pt; margin-top: 12px; } .ap { font-size: "
           "7.5pt; color: #555; }")
    return html_page(f"Purchase Order {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L103: 1C:Enterprise-style "Order to supplier" in English from a Kazakh company (xlsx): the print form's
# bold title "Order to supplier No. … dated …" over a thick rule, "Supplier:" and "Buyer:" lines with BIN
# and address, lines "No. | Code | Goods | Qty | Unit | Price | Amount", "Total:" and "Without VAT", the
# count line "Total items N, in the amount of …", and "Director ____ / name /" signature lines.

def l103_1c(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], "TORG")
    thin = Side(style="thin", color="000000")
    thick = Side(style="medium", color="000000")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEFG", (5, 12, 50, 8, 7, 13, 15), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, f"Order to supplier No. {doc.number} dated {day(doc.date, st.date)}").font = Font(bold=True, size=13)
    for j in range(1, 8):
        ws.cell(1, j).border = Border(bottom=thick)
    ws.cell(3, 1, "Supplier:").font = bold
    ws.cell(3, 3, f"{doc.seller.name}, VAT {US_VAT}, {doc.seller.address}")
    ws.cell(4, 1, "Buyer:").font = bold
    ws.cell(4, 3, f"{doc.buyer.name}, BIN {ctx['bin']}, {doc.buyer.address}")
    ws.cell(5, 1, "Terms:").font = bold
    ws.cell(5, 3, f"{doc.incoterms}; {doc.payment_terms}; currency {doc.currency}")
    ws.cell(6, 1, "Basis:").font = bold
    ws.cell(6, 3, f"Commercial offer {ref(doc, 'quote_ref') or '—'}")
    r = 8
    for j, h in enumerate(("No.", "Code", "Goods", "Qty", "Unit", "Price", "Amount"), start=1):
        c = ws.cell(r, j, h)
        c.font = bold
        c.border = Border(left=thin, right=thin, top=thick, bottom=thin)
        c.alignment = Alignment(horizontal="center")
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((i, ln.sku, ln.description, ln.quantity, ln.unit or "", float(ln.unit_price),
                               float(ln.amount)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            if j in (6, 7):
                c.number_format = "#,##0.00"
    r += len(doc.lines) + 1
    ws.cell(r, 6, "Total:").font = bold
    c = ws.cell(r, 7, float(doc.total))
    c.number_format = "#,##0.00"
    c.font = bold
    ws.cell(r + 1, 6, "Without VAT").font = bold
    ws.cell(r + 1, 7, "-")
    ws.cell(r + 3, 1, f"Total items {len(doc.lines)}, in the amount of {amt(doc.total, st.num)} {doc.currency}")
    for j in range(1, 8):
        ws.cell(r + 4, j).border = Border(bottom=thick)
    ws.cell(r + 6, 1, f"Director _______________ / {ctx['signatory']} /")
    ws.cell(r + 8, 1, f"Responsible _______________ / {ctx['contact']} /")
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L104: Ocean carrier's non-negotiable sea waybill (HTML -> Chromium): carrier band, "SEA WAYBILL" and
# "NON-NEGOTIABLE" with the waybill and booking numbers, shipper / consignee / notify party, vessel and
# voyage, ports, a container table (container, seal, type, packages, description, gross weight, volume)
# with the shipper's reference, freight terms, shipped-on-board date, place and date of issue, and the
# clause that no original needs to be surrendered.

def l104_swb(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cont = "".join(f"<tr><td>{e(t)}</td><td>{e(s)}</td><td>20' DRY</td><td>{e(ctx['packages'])}</td>"
                   f"<td>{e(ctx['goods'])}<br>Shipper's reference:<br><span class=nw>order "
                   f"{e(doc.order_number or '')}</span></td>"
                   f"<td class=r>{e(ctx['gross'])} KGS</td><td class=r>{e(ctx['cbm'])} CBM</td></tr>"
                   for t, s in zip(doc.tracking_numbers, ctx["seals"], strict=True))
    grid = [("Shipper", addr_html(doc.seller)), ("Sea Waybill No.", f"<b class=big>{e(doc.number)}</b><br>"
             f"Booking No. {e(ctx['booking'])}"), ("Consignee", addr_html(doc.buyer)),
            ("Notify party", "SAME AS CONSIGNEE"), ("Vessel / Voyage", e(ctx["vessel"])),
            ("Port of loading", "SOUTHAMPTON, UNITED KINGDOM"), ("Port of discharge", e(ctx["pod"])),
            ("Place of delivery", e(ctx["delivery"]))]
    cells = "".join(f"<td><span class=cap>{k}</span>{v}</td>" + ("</tr><tr>" if i % 2 else "")
                    for i, (k, v) in enumerate(grid)).removesuffix("</tr><tr>")
    body = (
        "<div class=band><b>ORION OCEAN LINES</b><span>SEA WAYBILL · NON-NEGOTIABLE</span></div>"
        f"<table class=g><tr>{cells}</tr></table>"
        "<table class=c><thead><tr><th>Container No.</th><th>Seal No.</th><th>Type</th><th>Packages</th>"
        "<th>Description of goods</th><th class=r>Gross weight</th><th class=r>Measurement</th></tr></thead>"
        f"<tbody>{cont}</tbody></table>"
        f"<table class=g><tr><td><span class=cap>Freight</span>{e(ctx['freight'])}</td><td><span class=cap>Shipped "
        f"on board</span>{day(doc.date, st.date)}</td></tr><tr><td><span class=cap>Place and date of issue</span>"
        f"SOUTHAMPTON, {day(doc.date, st.date)}</td><td><span class=cap>Issued by</span>Orion Ocean Lines (UK) Ltd. "
        "as carrier</td></tr></table>"
        "<p class=small>This Sea Waybill is not a document of title. Delivery will be made to the named consignee or "
        "its authorised agent on production of proof of identity; no original needs to be surrendered. Carriage "
        "is subject to the carrier's standard terms, incorporating the Hague-Visby Rules.</p>")
    css = ("* { font-weight: normal !important; } .band { display: flex; justify-content: space-between; "
           "background: #0d2b4e; color: #fff; padding: 8px; "
           "font-size: 11pt; } .g { width: 100%; margin-top: 6px; } .g td { width: 50%; border: 1px solid #0d2b4e; "
           "padding: 4px; vertical-align: top; } .cap { display: block; font-size: 6.5pt; color: #0d2b4e; "
           "text-transform: uppercase; } .big { font-size: 12pt; } .c { width: 100%; margin-top: 6px; } .c th { "
           "background: #dfe7f1; font-size: 7pt; text-align: left; padding: 3px; } .c td { border-bottom: 1px solid "
           "#999; padding: 4px 3px; vertical-align: top; } .r { text-align: right !important; } .nw { white-space: "
           "nowrap; } .small { "
           "font-size: 6.5pt; color: #444; margin-top: 10px; }")
    return html_page(f"Sea Waybill {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L105: Despatch advice printed from our warehouse system's EDI DESADV message (docx -> LibreOffice):
# "DESPATCH ADVICE" with the message reference, a reference table (despatch advice no., despatch date,
# order no., invoice no., delivery terms, carrier, consignment or container number, estimated delivery),
# supplier / buyer / delivery party, a package table with GS1 SSCC numbers, package type, gross weight and
# the order lines each package holds, totals and a note that the SSCC labels are on every package.

def l105_desadv(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Northwind WMS", "Liberation Mono", 8.5)
    para(d, "NORTHWIND COMPONENTS LTD · WAREHOUSE MANAGEMENT", size=8)
    para(d, "DESPATCH ADVICE", bold=True, size=15)
    para(d, f"EDI message DESADV D.96A · interchange {ctx['interchange']}", size=7.5)
    grid = [["Despatch advice no.", doc.number, "Despatch date", day(doc.date, st.date)],
            ["Order no.", doc.order_number or "", "Invoice no.", ref(doc, "invoice_ref") or "-"],
            ["Delivery terms", doc.incoterms or "", "Carrier", ctx["carrier"]],
            [ctx["track_caption"], ", ".join(doc.tracking_numbers), "Est. delivery", day(ctx["eta"], st.date)]]
    table(d, grid, [1.3, 2.1, 1.1, 2.3], head=False, size=8)
    para(d)
    parties = d.add_table(rows=1, cols=3)
    parties.style = "Table Grid"
    put(parties.cell(0, 0), f"SUPPLIER\n{doc.seller.name}\n{doc.seller.address}", size=7.5)
    put(parties.cell(0, 1), f"BUYER\n{doc.buyer.name}\n{doc.buyer.address}", size=7.5)
    put(parties.cell(0, 2), f"DELIVERY PARTY\n{ctx['delivery_party']}", size=7.5)
    widths(parties, [2.3, 2.3, 2.2])
    para(d)
    rows = [["Pkg", "SSCC", "Type", "Gross kg", "Order lines"]]
    rows += [list(p) for p in ctx["packages"]]
    t = table(d, rows, [0.5, 1.9, 1.1, 0.8, 2.5], size=8)
    repeat_header(t.rows[0])
    para(d)
    para(d, f"Total packages: {len(ctx['packages'])}    Total gross weight: {ctx['gross']} kg", bold=True)
    para(d, "Each package carries a GS1-128 label with its SSCC. Please report shortage or damage within 7 days "
            "of delivery, quoting the despatch advice number.", size=7.5)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L106: SWIFT-gpi payment confirmation from the payer's online bank (HTML -> Chromium), en/es/fr: bank band,
# title, a tracker row (Initiated → In transit → Credited) with the UETR, then a two-column list (payment
# reference, execution / value date, ordering customer and account, beneficiary and IBAN, beneficiary bank,
# instructed amount, charges option, remittance information with invoice and order numbers).

L106 = {
    "en": {"title": "Payment confirmation – SWIFT gpi", "steps": ("Initiated", "In transit", "Credited to beneficiary"),
           "ref": "Payment reference", "val": "Value date", "ord": "Ordering customer", "acct": "Debit account",
           "ben": "Beneficiary", "bbank": "Beneficiary bank", "amt": "Instructed amount", "chg": "Charges",
           "chg_v": "OUR – all charges paid by the ordering customer", "info": "Remittance information",
           "inv": "INVOICE", "po": "ORDER", "dep": "ADVANCE PAYMENT 30 PCT",
           "foot": "This confirmation is generated automatically from the SWIFT gpi tracker and needs no signature."},
    "es": {"title": "Confirmación de pago – SWIFT gpi", "steps": ("Iniciado", "En tránsito", "Acreditado al beneficiario"),
           "ref": "Referencia del pago", "val": "Fecha valor", "ord": "Ordenante", "acct": "Cuenta debitada",
           "ben": "Beneficiario", "bbank": "Banco del beneficiario", "amt": "Importe ordenado", "chg": "Gastos",
           "chg_v": "OUR – todos los gastos a cargo del ordenante", "info": "Información para el beneficiario",
           "inv": "FACTURA", "po": "OC", "dep": "ANTICIPO 30 POR CIENTO",
           "foot": "Comprobante emitido electrónicamente a partir del seguimiento SWIFT gpi; no requiere firma."},
    "fr": {"title": "Confirmation de virement – SWIFT gpi", "steps": ("Initié", "En cours", "Crédité au bénéficiaire"),
           "ref": "Référence du virement", "val": "Date de valeur", "ord": "Donneur d'ordre", "acct": "Compte débité",
           "ben": "Bénéficiaire", "bbank": "Banque du bénéficiaire", "amt": "Montant ordonné", "chg": "Frais",
           "chg_v": "OUR – tous les frais à la charge du donneur d'ordre", "info": "Motif du paiement",
           "inv": "FACTURE", "po": "COMMANDE", "dep": "ACOMPTE 30 POURCENT",
           "foot": "Confirmation générée automatiquement à partir du suivi SWIFT gpi, valable sans signature."},
}


def l106_gpi(doc: Doc, st: Style, ctx: dict) -> Rendered:
    t = L106[st.lang]
    h = hashlib.sha256(doc.number.encode()).hexdigest()
    uetr = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
    info = f"/{t['inv']}/{ref(doc, 'invoice_ref')} /{t['po']}/{doc.order_number or ''}"
    if ctx.get("deposit"):
        info += f" {t['dep']}"
    kv = [(t["ref"], f"<b>{e(doc.number)}</b>"), (t["val"], day(doc.date, st.date)),
          (t["ord"], addr_html(doc.buyer)), (t["acct"], e(ctx["account"])),
          (t["ben"], f"{addr_html(doc.seller)}<br>IBAN {US_IBAN}"),
          (t["bbank"], "Wessex Merchant Bank plc, Southampton – BIC WESXGB22"),
          (t["amt"], f"<b>{doc.currency} {amt(doc.total, st.num)}</b>"), (t["chg"], t["chg_v"]),
          (t["info"], e(info))]
    steps = "".join(f"<div class=stp><span>✓</span>{s}</div>" for s in t["steps"])
    body = (f"<div class=band><b>{e(ctx['bank'])}</b><span>BIC {e(ctx['bic'])}</span></div><h2>{t['title']}</h2>"
            f"<div class=trk>{steps}</div><p class=uetr>UETR {uetr}</p>"
            "<table class=kv>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in kv) + "</table>"
            f"<p class=small>{t['foot']}</p>")
    css = ("* { font-weight: normal !important; } .band { display: flex; justify-content: space-between; "
           "background: #1b5e20; color: #fff; padding: 8px "
           "10px; font-size: 11pt; } h2 { font-size: 12pt; margin: 14px 0 8px; } .trk { display: flex; gap: 8px; } "
           ".stp { flex: 1; border-top: 4px solid #2e7d32; padding-top: 3px; font-size: 8pt; } .stp span { color: "
           "#2e7d32; margin-right: 4px; } .uetr { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; "
           "color: #555; } .kv { width: 100%; margin-top: 6px; } .kv th { width: 32%; text-align: left; "
           "font-weight: normal; color: #555; padding: 4px; border-bottom: 1px solid #e6e6e6; vertical-align: top; } "
           ".kv td { padding: 4px; border-bottom: 1px solid #e6e6e6; } .small { font-size: 7pt; color: #777; "
           "margin-top: 22px; }")
    return html_page(t["title"], css, body)


# ------------------------------------------------------------------------------------------------
# L107: Material Receiving Inspection Report (MRIR) of a Gulf process-plant operator (HTML -> Chromium):
# company header, "MATERIAL RECEIVING INSPECTION REPORT" with the MRIR number, a particulars grid (date,
# PO number, supplier, goods receipt no., transport document, quality notification, inspection type), a
# table by PO line (part no., description, qty received / accepted / rejected, reason for rejection), the
# disposition, and three sign-off boxes (QC inspector, warehouse, QA/QC manager).

def l107_mrir(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kv = [("MRIR No.", f"<b>{e(doc.number)}</b>"), ("Report date", day(doc.date, st.date)),
          ("PO No.", e(doc.order_number or "")), ("Supplier", e(doc.seller.name)),
          ("Goods receipt", e(ctx["grn"])), ("Transport document", e(ctx["bl"])),
          ("Quality notification", e(ref(doc, "claim_ref"))), ("Inspection type", "Visual, dimensional and "
                                                                                   "nameplate check vs. PO")]
    cells = "".join(f"<td class=k>{k}</td><td>{v}</td>" + ("</tr><tr>" if i % 2 else "")
                    for i, (k, v) in enumerate(kv)).removesuffix("</tr><tr>")
    rows = "".join(f"<tr><td>{n}</td><td class=nw>{e(sku)}</td><td>{e(desc)}</td><td class=r>{q}</td>"
                   f"<td class=r>{q - rj}</td><td class=r>{rj}</td><td>{e(why)}</td></tr>"
                   for n, sku, desc, q, rj, why in ctx["rejected"])
    body = (
        f"<div class=hd><b>{e(doc.buyer.name)}</b><br><small>Quality Control Department · {e(doc.buyer.address)}"
        "</small></div><h2>MATERIAL RECEIVING INSPECTION REPORT (MRIR)</h2>"
        f"<table class=kv><tr>{cells}</tr></table>"
        "<h3>Inspection results – non-conforming lines</h3><table class=d><thead><tr><th>PO line</th><th>Part No."
        "</th><th>Description</th><th class=r>Qty received</th><th class=r>Qty accepted</th><th class=r>Qty "
        f"rejected</th><th>Reason for rejection</th></tr></thead><tbody>{rows}</tbody></table>"
        "<p>All other PO lines received complete and accepted.</p>"
        "<h3>Disposition</h3><p>Rejected quantities quarantined in bay Q-3, to be returned to the supplier. "
        "Supplier to ship replacements conforming to the PO description and to confirm corrective action.</p>"
        "<table class=sg><tr><td>Inspected by<br><br>" + e(ctx["inspector"]) + "<br>QC Inspector</td><td>Received by"
        "<br><br>" + e(ctx["storekeeper"]) + "<br>Warehouse Supervisor</td><td>Approved by<br><br>"
        + e(ctx["qa_manager"]) + "<br>QA/QC Manager</td></tr></table>")
    css = (".hd { border-bottom: 2px solid #00695c; padding-bottom: 4px; font-size: 11pt; } h2 { font-size: 12pt; "
           "margin: 12px 0 8px; } h3 { font-size: 9.5pt; margin: 12px 0 4px; } .kv { width: 100%; } .kv td { "
           "border: 1px solid #aaa; padding: 3px; } .k { background: #eef6f5; width: 17%; color: #333; } .d { width: "
           "100%; } .d th, .d td { border: 1px solid #999; padding: 3px; text-align: left; vertical-align: top; } "
           ".r { text-align: right !important; } .nw { white-space: nowrap; } .sg { width: 100%; margin-top: 20px; "
           "} .sg td { width: 33%; border: 1px solid #999; padding: 6px; vertical-align: top; }")
    return html_page(f"MRIR {doc.number}", css, body)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L98": (l98_infor, "Infor-SyteLine-style quotation / pro forma / invoice: framed title box, Bill To / Ship "
                       "To, PO / terms strip, two-row lines with the description under the item (HTML)"),
    "L99": (l99_icc, "sales contract on the ICC model form: Part A boxes A-1 to A-13, goods schedule, "
                     "signature panel (docx)"),
    "L100": (l100_bg, "Bulgarian ERP order written in German, bilingual bg/de captions, EIK / VAT / МОЛ (docx)"),
    "L101": (l101_uy, "Uruguayan spreadsheet Orden de Compra: RUT, description before supplier code, no unit "
                      "column (xlsx)"),
    "L102": (l102_ifs, "IFS-style purchase order with Arabic letterhead, C.R. / VAT, Line / Rel / Part No., "
                       "multi-page (HTML)"),
    "L103": (l103_1c, "1C-style 'Order to supplier No. … dated …' in English, BIN, total items line (xlsx)"),
    "L104": (l104_swb, "ocean carrier's non-negotiable sea waybill with container table (HTML)"),
    "L105": (l105_desadv, "despatch advice printed from an EDI DESADV, SSCC package table (docx)"),
    "L106": (l106_gpi, "SWIFT gpi payment confirmation with UETR and tracker, en/es/fr (HTML)"),
    "L107": (l107_mrir, "material receiving inspection report (MRIR) with rejected quantities (HTML)"),
}


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line, except the Uruguayan order sheet."""
    return key in LAYOUTS and key != "L101"
