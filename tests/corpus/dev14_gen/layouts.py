"""Thirteenth-holdout document layouts L118-L127, each modelled on a real-world family not used in L1-L117."""
from __future__ import annotations

import datetime as dt
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
# L118: Sage 200-style sales documents, ours (HTML -> Chromium): our logo line and address top left, a
# grey box top right with the document title, number, date, account ref and customer order no.; "Invoice
# To" / "Deliver To" boxes; lines "Product Code | Description | Qty | Unit | Price | Disc % | Net | VAT %"
# with the article code on its own column; a totals box "Goods Net / VAT / Total {cur}"; bank details and
# terms along the foot.

L118_TITLE = {"quotation": "QUOTATION", "proforma_invoice": "PRO-FORMA INVOICE", "commercial_invoice": "INVOICE"}


def l118_sage(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kind = doc.doc_type
    cur = doc.currency
    box = [("Number", f"<b>{e(doc.number)}</b>"), ("Date / Tax Point" if kind == "commercial_invoice" else "Date",
           day(doc.date, st.date)), ("Account Ref", e(ctx["cust_no"])),
           ("Customer Order No.", e(doc.order_number or "–"))]
    if kind == "quotation":
        box.append(("Valid Until", day(doc.date + dt.timedelta(days=30), st.date)))
    rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>{ln.quantity}</td>"
                   f"<td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>0.00</td>"
                   f"<td class=r>{amt(ln.amount, st.num)}</td><td class=r>0.00</td></tr>" for ln in doc.lines)
    tot = [("Goods Net", amt(doc.subtotal, st.num)), ("VAT (zero-rated export)", amt(Decimal(0), st.num)),
           (f"Total {cur}", f"<b>{amt(doc.total, st.num)}</b>")]
    if kind == "proforma_invoice" and ctx.get("deposit"):
        share = (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)
        tot.append((f"Advance payment {int(ctx['deposit'] * 100)}% now due", amt(share, st.num)))
    body = (
        "<div class=hd><div><div class=lg>NORTHWIND <span>COMPONENTS</span></div>Northwind Components Ltd.<br>"
        "12 Dockside Road, Southampton SO14 3AB<br>United Kingdom<br>Tel +44 23 8063 1170</div><div class=bx>"
        f"<div class=ti>{L118_TITLE[kind]}</div><table>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in box) + "</table></div></div>"
        f"<table class=ad><tr><td><div class=cap>Invoice To</div>{addr_html(doc.buyer)}<br>{e(ctx['buyer_reg'])}"
        f"</td><td><div class=cap>Deliver To</div>{nl(ctx.get('ship_to', doc.buyer.address).replace(', ', chr(10)))}"
        "</td></tr></table>"
        "<table class=it><thead><tr><th>Product Code</th><th>Description</th><th class=r>Qty</th><th>Unit</th>"
        f"<th class=r>Price {cur}</th><th class=r>Disc %</th><th class=r>Net {cur}</th><th class=r>VAT %</th></tr>"
        f"</thead><tbody>{rows}</tbody></table><table class=tt>"
        + "".join(f"<tr><td>{k}</td><td class=r>{v}</td></tr>" for k, v in tot) + "</table>"
        f"<table class=ft><tr><td><b>Delivery terms:</b> {e(doc.incoterms or '')}</td></tr><tr><td><b>Payment "
        f"terms:</b> {e(doc.payment_terms or '')}</td></tr><tr><td><b>Bank:</b> {US_BANK} · IBAN {US_IBAN} · BIC "
        "WESXGB22</td></tr></table><p class=sm>Northwind Components Ltd. · Registered in England No. 04417321 · VAT Reg. No. "
        f"{US_VAT} · Goods remain our property until paid in full.</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; font-size: 8pt; } .lg { font-size: 15pt; "
           "letter-spacing: 1px; color: #14406b; } .lg span { color: #7a9cc0; } .bx { background: #ececec; padding: "
           "6px 10px; } .ti { font-size: 15pt; margin-bottom: 4px; } .bx th { text-align: left; color: #555; "
           "padding-right: 10px; font-size: 8pt; } .ad { width: 100%; margin-top: 14px; } .ad td { width: 50%; "
           "border: 1px solid #bbb; padding: 5px; vertical-align: top; } .cap { font-size: 7pt; color: #777; } "
           ".it { width: 100%; margin-top: 12px; } .it th { background: #14406b; color: #fff; text-align: left; "
           "padding: 4px; font-size: 8pt; } .it td { padding: 4px; border-bottom: 1px solid #ddd; vertical-align: "
           "top; } .r { text-align: right !important; } .nw { white-space: nowrap; } .tt { margin: 8px 0 0 auto; "
           "border: 1px solid #bbb; } .tt td { padding: 3px 10px; } .ft { width: 100%; margin-top: 14px; font-size: "
           "8pt; } .ft td { padding: 1px 0; } .sm { font-size: 7pt; color: #777; }")
    return html_page(f"{L118_TITLE[kind].title()} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L119: Sales agreement on an English solicitor's Word template (docx -> LibreOffice): "THIS AGREEMENT is
# dated …", PARTIES (1) and (2), BACKGROUND (A)/(B), AGREED TERMS with clauses numbered 1. / 1.1, the
# goods and prices as a Schedule in the body before the execution block, and "Signed by … for and on
# behalf of …" lines for both sides.

def l119_agreement(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Contracts Desk", "Liberation Serif", 10.5)
    para(d, f"SALES AGREEMENT No. {doc.number}", bold=True, size=13, align="center")
    para(d, f"THIS AGREEMENT is dated {day(doc.date, st.date)}")
    para(d, "PARTIES", bold=True)
    para(d, f"(1) {doc.seller.name}, a company incorporated in England and Wales (company number 04417321) whose "
            f"registered office is at {doc.seller.address} (Seller).")
    para(d, f"(2) {doc.buyer.name} of {doc.buyer.address} ({ctx['buyer_reg']}) (Buyer).")
    para(d, "BACKGROUND", bold=True)
    order = f" by its order {doc.order_number}" if doc.order_number else ""
    para(d, f"(A) The Buyer wishes to purchase{order} the goods described in the Schedule (Goods).")
    para(d, "(B) The Seller has agreed to sell the Goods on the terms of this agreement.")
    para(d, "AGREED TERMS", bold=True)
    clauses = [
        ("1. Sale and price", [f"1.1 The price of the Goods is {doc.currency} {amt(doc.total, st.num)} in total, "
                               "made up as set out in the Schedule.", "1.2 Prices are fixed and exclude any "
                               "duties or taxes payable in the Buyer's country."]),
        ("2. Delivery", [f"2.1 Delivery term: {doc.incoterms} (Incoterms® 2020).",
                         f"2.2 The Seller shall ship the Goods {ctx['delivery_time']}."]),
        ("3. Payment", [f"3.1 {doc.payment_terms}.", "3.2 Bank charges outside the United Kingdom are for the "
                        "Buyer's account."]),
        ("4. Warranty and claims", ["4.1 The Goods are new and free from defects in material and workmanship for "
                                    "twelve months from delivery.", "4.2 Visible damage or shortage must be "
                                    "notified in writing within 14 days of arrival, with photographs."]),
        ("5. Law and jurisdiction", ["5.1 This agreement is governed by the law of England and Wales. The courts "
                                     "of England have exclusive jurisdiction."]),
    ]
    for cap, items in clauses:
        para(d, cap, bold=True, size=10)
        for it in items:
            para(d, it, size=10)
    para(d, "SCHEDULE – THE GOODS", bold=True)
    rows = [["No.", "Item code", "Description", "Qty", "Unit", f"Unit price {doc.currency}",
             f"Amount {doc.currency}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["", "", "Total contract value", "", "", "", amt(doc.total, st.num)])
    g = table(d, rows, [0.35, 0.95, 3.1, 0.45, 0.4, 0.8, 0.85], size=8)
    repeat_header(g.rows[0])
    for row in g.rows:
        keep_row(row)
    para(d)
    para(d, "This agreement has been entered into on the date stated at the beginning of it.")
    when = day(ctx["signed_on"], st.date)
    for who, name, title in ((doc.seller.name, "Anna Keller", "Export Sales Manager"),
                             (doc.buyer.name, ctx["signatory"], ctx["buyer_title"])):
        mark = f"/s/ {name}    Date: {when}" if doc.signed else "......................................    Date: ......."
        para(d, f"Signed by {name}, {title}, for and on behalf of {who}")
        para(d, mark)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L120: Visma Business-style purchase order of a Norwegian processor, written in English with Norwegian
# captions (docx -> LibreOffice): company line with "Org.nr.", "INNKJØPSORDRE / PURCHASE ORDER", an
# info table (Ordrenr./Order no., Dato/Date, Leverandørnr./Supplier no., Vår ref./Our ref., Levering/
# Delivery, Betaling/Payment), lines "Art.nr. | Beskrivelse / Description | Antall / Qty | Enhet / Unit |
# Pris / Price | Beløp / Amount" and "Sum eks. mva / Total excl. VAT".

def l120_visma(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    para(d, f"{doc.buyer.name}    Org.nr. {ctx['org']}", bold=True, size=12)
    para(d, doc.buyer.address, size=8)
    para(d)
    para(d, "INNKJØPSORDRE / PURCHASE ORDER", bold=True, size=15)
    info = [["Ordrenr. / Order no.", doc.number, "Dato / Date", day(doc.date, st.date)],
            ["Leverandørnr. / Supplier no.", ctx["supplier_no"], "Vår ref. / Our ref.", ctx["contact"]],
            ["Levering / Delivery", doc.incoterms or "", "Valuta / Currency", doc.currency or ""],
            ["Betaling / Payment", doc.payment_terms or "", "Leveringsadresse / Ship to", ctx["ship_to"]]]
    table(d, info, [1.4, 1.9, 1.4, 2.1], head=False, size=8)
    para(d)
    para(d, f"Leverandør / Supplier: {doc.seller.name}, {doc.seller.address}", size=8.5)
    rows = [["Art.nr.", "Beskrivelse / Description", "Antall / Qty", "Enhet / Unit", "Pris / Price",
             "Beløp / Amount"]]
    for ln in doc.lines:
        rows.append([ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    t = table(d, rows, [0.9, 2.9, 0.7, 0.6, 0.8, 0.9], size=8)
    repeat_header(t.rows[0])
    para(d)
    para(d, f"Sum eks. mva / Total excl. VAT: {doc.currency} {amt(doc.total, st.num)}", bold=True, align="right")
    para(d, "Mva / VAT: 0,00 (import – merverdiavgift beregnes ved tollklarering)", size=8, align="right")
    para(d)
    para(d, "Ordrebekreftelse med leveringsdato bes sendt innen 3 dager. / Please confirm with delivery date within "
            "3 days. Our order number must appear on all invoices and delivery notes.", size=8)
    para(d, f"Attestert / Approved: {ctx['signatory']}, {ctx['buyer_title']}", size=8.5)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L121: 1C:Enterprise-style "order to supplier" of a Ukrainian dealer, in German (xlsx, sent as is): the
# title "Bestellung an Lieferanten Nr. … vom …" across the sheet, "Lieferant:" and "Käufer:" lines with
# the codes, a grid "Nr. | Artikel | Artikelnummer | Menge | Einh. | Preis | Summe", the totals "Summe:"
# / "ohne MwSt." / "Gesamtbetrag:", the number of positions in words-style ("Positionen gesamt 14, über
# den Betrag …"), conditions and "Verantwortlich" signatures.

def l121_1c(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], "Bestellung")
    thin = Side(style="thin", color="000000")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEFG", (5, 46, 14, 8, 7, 12, 14), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, f"Bestellung an Lieferanten Nr. {doc.number} vom {day(doc.date, st.date)}").font = \
        Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws.cell(3, 1, "Lieferant:").font = bold
    ws.cell(3, 2, f"{doc.seller.name}, {doc.seller.address}, USt-IdNr. {US_VAT}")
    ws.cell(4, 1, "Käufer:").font = bold
    ws.cell(4, 2, f"{doc.buyer.name}, EDRPOU {ctx['edrpou']}, {doc.buyer.address}")
    ws.cell(5, 1, "Konto:").font = bold
    ws.cell(5, 2, f"{ctx['account']}, {ctx['bank']}, SWIFT {ctx['bic']}")
    r = 7
    for j, h in enumerate(("Nr.", "Artikel", "Artikelnummer", "Menge", "Einh.", "Preis", "Summe"), start=1):
        c = ws.cell(r, j, h)
        c.font = bold
        c.border = grid
        c.fill = PatternFill("solid", fgColor="FFF2CC")
        c.alignment = Alignment(horizontal="center")
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((i, ln.description, ln.sku, ln.quantity, ln.unit or "", float(ln.unit_price),
                               float(ln.amount)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            if j in (6, 7):
                c.number_format = "#,##0.00"
    r += len(doc.lines) + 1
    for k, v in (("Summe:", doc.subtotal), ("ohne MwSt.", None), ("Gesamtbetrag:", doc.total)):
        ws.cell(r, 6, k).font = bold
        c = ws.cell(r, 7, float(v) if v is not None else "–")
        c.font = bold
        if v is not None:
            c.number_format = "#,##0.00"
        r += 1
    ws.cell(r + 1, 1, f"Positionen gesamt {len(doc.lines)}, über den Betrag von {amt(doc.total, st.num)} "
                      f"{doc.currency}")
    ws.cell(r + 3, 1, "Lieferbedingung:").font = bold
    ws.cell(r + 3, 3, doc.incoterms)
    ws.cell(r + 4, 1, "Zahlungsbedingung:").font = bold
    ws.cell(r + 4, 3, doc.payment_terms)
    ws.cell(r + 5, 1, "Währung:").font = bold
    ws.cell(r + 5, 3, doc.currency)
    ws.cell(r + 7, 1, f"Verantwortlich: ____________ {ctx['contact']}")
    ws.cell(r + 8, 1, f"Geschäftsführung: ____________ {ctx['signatory']}")
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L122: Tally-style purchase order of a Tanzanian estate (HTML -> Chromium): a boxed form with the buyer
# top left ("Invoice To"), the voucher fields in small boxes on the right (Voucher No., Dated, Mode/Terms
# of Payment, Supplier's Ref., Terms of Delivery), the supplier box, lines "Sl No. | Description of Goods
# | Due on | Quantity | Rate | per | Amount" with our part number in italics under each description, the
# total in the grid, "Amount Chargeable (in words)" and "for <company> / Authorised Signatory".

ONES = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
        "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def in_words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return (TENS[n // 10] + " " + ONES[n % 10]).strip()
    if n < 1000:
        return (ONES[n // 100] + " Hundred " + in_words(n % 100)).strip()
    return (in_words(n // 1000) + " Thousand " + in_words(n % 1000)).strip()


def l122_tally(doc: Doc, st: Style, ctx: dict) -> Rendered:
    due = day(doc.date + dt.timedelta(days=42), st.date)
    rows = "".join(
        f"<tr><td class=c>{i}</td><td><b>{words(ln.description)}</b><br><i class=nw>{e(ln.sku)}</i></td><td>{due}"
        f"</td><td class=r>{ln.quantity} {e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}</td><td>"
        f"{e(ln.unit or '')}</td><td class=r>{amt(ln.amount, st.num)}</td></tr>"
        for i, ln in enumerate(doc.lines, start=1))
    cents = int((doc.total % 1) * 100)
    wordy = f"{doc.currency} {in_words(int(doc.total))} and Cents {in_words(cents) or 'Zero'} Only"
    body = (
        "<div class=ti>PURCHASE ORDER</div><table class=frame><tr><td rowspan=3 class=w>Invoice To<br>"
        f"{addr_html(doc.buyer)}<br>TIN: {e(ctx['tin'])}<br>VRN: {e(ctx['vrn'])}</td><td>Voucher No.<br><b>"
        f"{e(doc.number)}</b></td><td>Dated<br><b>{day(doc.date, st.date)}</b></td></tr><tr><td>Mode/Terms of "
        f"Payment<br><b>{e(doc.payment_terms)}</b></td><td>Currency<br><b>{e(doc.currency)}</b></td></tr><tr><td "
        f"colspan=2>Terms of Delivery<br><b>{e(doc.incoterms)}</b></td></tr><tr><td class=w>Supplier (Bill from)<br>"
        f"{addr_html(doc.seller)}</td><td colspan=2>Despatch to<br>{e(ctx['ship_to'])}</td></tr></table>"
        "<table class=it><thead><tr><th>Sl No.</th><th>Description of Goods</th><th>Due on</th><th class=r>Quantity"
        "</th><th class=r>Rate</th><th>per</th><th class=r>Amount</th></tr></thead><tbody>" + rows
        + f"<tr class=tot><td></td><td class=r>Total</td><td></td><td></td><td></td><td></td><td class=r><b>"
        f"{doc.currency} {amt(doc.total, st.num)}</b></td></tr></tbody></table>"
        f"<p>Amount Chargeable (in words)<br><b>{wordy}</b></p><table class=sg><tr><td>Remarks: Original invoice, "
        "packing list and certificate of origin to accompany shipping documents.</td><td class=r>for "
        f"{e(doc.buyer.name)}<br><br><br>Authorised Signatory</td></tr></table>"
        "<p class=cg>This is a Computer Generated Document</p>")
    css = ("* { font-weight: normal !important; } "
           ".ti { text-align: center; font-size: 13pt; margin-bottom: 4px; } .frame { width: 100%; } .frame td { "
           "border: 1px solid #000; padding: 3px 4px; vertical-align: top; font-size: 8pt; } .w { width: 50%; } "
           ".it { width: 100%; border: 1px solid #000; } .it th { border: 1px solid #000; font-size: 8pt; padding: "
           "3px; text-align: left; } .it td { border-left: 1px solid #000; border-right: 1px solid #000; padding: "
           "3px; vertical-align: top; } .it i { font-size: 7.5pt; } .tot td { border-top: 1px solid #000; } .r { "
           "text-align: right !important; } .c { text-align: center; } .nw { white-space: nowrap; } .sg { width: "
           "100%; border: 1px solid #000; } .sg td { padding: 4px; vertical-align: top; width: 50%; } .cg { "
           "text-align: center; font-size: 7pt; }")
    return html_page(f"Purchase Order {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L123: The buyer's stores discrepancy and damage report, the claim document (HTML -> Chromium): the
# company header, "GOODS RECEIVED – DISCREPANCY / DAMAGE REPORT" with report no. and date, the receipt
# particulars (supplier, PO, waybill, container, date received, claim ref.), a table by part number
# (qty on PO, received in good order, damaged, nature of damage), the requested remedy and the names of
# the storekeeper and the witness.

def l123_discrepancy(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kv = [("Report No.", f"<b>{e(doc.number)}</b>"), ("Report date", day(doc.date, st.date)),
          ("Supplier", e(doc.seller.name)), ("Purchase Order No.", e(doc.order_number or "")),
          ("Sea waybill No.", e(ctx["bl"])), ("Container", e(", ".join(ctx["containers"]))),
          ("Date received", day(ctx["received"], st.date)), ("Our claim ref.", e(ref(doc, "claim_ref")))]
    cells = "".join(f"<td class=k>{k}</td><td>{v}</td>" + ("</tr><tr>" if i % 2 else "")
                    for i, (k, v) in enumerate(kv)).removesuffix("</tr><tr>")
    rows = "".join(f"<tr><td class=nw>{e(sku)}</td><td>{words(desc)}</td><td class=r>{q}</td><td class=r>{q - bad}"
                   f"</td><td class=r>{bad}</td><td>{e(why)}</td></tr>" for sku, desc, q, bad, why in ctx["findings"])
    body = (
        f"<div class=hd><b>{e(doc.buyer.name)}</b><br>{e(doc.buyer.address)}</div>"
        "<h2>GOODS RECEIVED – DISCREPANCY / DAMAGE REPORT</h2>"
        f"<table class=g><tr>{cells}</tr></table>"
        "<table class=d><thead><tr><th>Part No.</th><th>Description</th><th class=r>Qty on PO</th><th class=r>"
        "Received in good order</th><th class=r>Damaged</th><th>Nature of damage</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        "<p><b>Remarks:</b> Two wooden cases were found broken on opening of the container at our stores; the "
        "damage was photographed in the presence of the clearing agent. All other items received in good "
        "order.</p><p><b>Requested remedy:</b> replacement of the damaged quantities free of charge, or a credit "
        f"note.</p><p>Received and checked by: {e(ctx['inspector'])}, Storekeeper &nbsp;&nbsp; Witness: "
        f"{e(ctx['contact'])}, Stores &amp; Procurement Manager</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { border-bottom: 2px solid #5a3e1b; padding-bottom: 4px; font-size: 9pt; } h2 { font-size: 12pt; "
           "margin: 12px 0 8px; } .g { width: 100%; } .g td { border: 1px solid #aaa; padding: 3px; } .k { "
           "background: #f3ede4; width: 18%; } .d { width: 100%; margin-top: 12px; } .d th, .d td { border: 1px "
           "solid #999; padding: 3px; text-align: left; vertical-align: top; } .r { text-align: right !important; } "
           ".nw { white-space: nowrap; }")
    return html_page(f"Discrepancy Report {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L124: Dolibarr-style supplier order of a Mauritian mill, in French (HTML -> Chromium): the company logo
# text and address top left, "Commande fournisseur" with "Réf. :", "Date commande :", "Code fournisseur",
# the two address frames "Émetteur" / "Adressé à", "Montants exprimés en Euros", lines "Désignation | TVA |
# P.U. HT | Qté | Unité | Total HT" with the reference in bold before the label, the totals "Total HT /
# Total TVA / Total TTC", payment and delivery conditions, and the page footer with BRN and VAT numbers.

def l124_dolibarr(doc: Doc, st: Style, ctx: dict) -> Rendered:
    rows = "".join(f"<tr><td><b class=nw>{e(ln.sku)}</b> - {words(ln.description)}</td><td class=r>0%</td><td "
                   f"class=r>{amt(ln.unit_price, st.num)}</td><td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}"
                   f"</td><td class=r>{amt(ln.amount, st.num)}</td></tr>" for ln in doc.lines)
    body = (
        f"<div class=hd><div class=lg>MEOI</div><div class=rt><div class=ti>Commande fournisseur</div>Réf. : "
        f"<b>{e(doc.number)}</b><br>Date commande : {day(doc.date, st.date)}<br>Code fournisseur : FO2904-0017"
        "</div></div><table class=ad><tr><td><div class=cap>Émetteur</div>"
        f"{addr_html(doc.buyer)}<br>Tél. : +230 206 4418</td><td class=to><div class=cap>Adressé à</div>"
        f"{addr_html(doc.seller)}</td></tr></table>"
        f"<p class=ame>Montants exprimés en Euros ({e(doc.currency)})</p>"
        "<table class=it><thead><tr><th>Désignation</th><th class=r>TVA</th><th class=r>P.U. HT</th><th class=r>"
        f"Qté</th><th>Unité</th><th class=r>Total HT</th></tr></thead><tbody>{rows}</tbody></table>"
        f"<table class=tt><tr><td>Total HT</td><td class=r>{amt(doc.subtotal, st.num)}</td></tr><tr><td>Total TVA"
        f"</td><td class=r>0,00</td></tr><tr class=g><td>Total TTC</td><td class=r>{amt(doc.total, st.num)}</td>"
        f"</tr></table><p>Conditions de règlement : {e(doc.payment_terms)}<br>Incoterm : {e(doc.incoterms)}<br>"
        f"Livraison : {e(ctx['ship_to'])}</p><p class=sg>Bon pour commande<br>{e(ctx['signatory'])}, "
        f"{e(ctx['buyer_title'])}</p><p class=ft>{e(doc.buyer.name)} – BRN : {e(ctx['brn'])} – N° TVA : "
        f"{e(ctx['vat'])}<br>Page 1/1</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; } .lg { font-size: 22pt; color: #8c5a2b; } .rt { "
           "text-align: right; } .ti { font-size: 13pt; } .ad { width: 100%; margin-top: 14px; } .ad td { width: "
           "50%; padding: 6px; vertical-align: top; } .ad td:first-child { background: #eee; } .to { border: 1px "
           "solid #999; } .cap { font-size: 7.5pt; } .ame { text-align: right; font-size: 7.5pt; margin: 10px 0 "
           "2px; } .it { width: 100%; border: 1px solid #999; } .it th { background: #ddd; text-align: left; "
           "padding: 4px; font-size: 8pt; } .it td { padding: 4px; vertical-align: top; border-top: 1px solid "
           "#ddd; } .r { text-align: right !important; } .nw { white-space: nowrap; } .tt { margin: 8px 0 0 auto; "
           "} .tt td { padding: 3px 10px; } .tt .g td { background: #eee; } .sg { margin-top: 16px; } .ft { "
           "text-align: center; font-size: 7pt; color: #666; margin-top: 24px; }")
    return html_page(f"Commande fournisseur {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L125: A carrier's non-negotiable sea waybill (HTML -> Chromium): the line's name and "SEA WAYBILL – NON
# NEGOTIABLE" banner, shipper / consignee / notify on the left, waybill no., booking no. and export
# references on the right, a vessel / voyage / ports row, the cargo grid by container (container / seal,
# packages, description "shipper's load, stow and count", gross kg, m3), freight payable at, the place and
# date of issue, and the clause that delivery is made to the consignee without surrender of an original.

def l125_waybill(doc: Doc, st: Style, ctx: dict) -> Rendered:
    issued = day(doc.date, st.date)
    left = (f"<div class=box><span class=cap>Shipper</span>{addr_html(doc.seller)}</div><div class=box><span "
            f"class=cap>Consignee</span>{addr_html(doc.buyer)}</div><div class=box><span class=cap>Notify party"
            "</span>SAME AS CONSIGNEE</div>")
    right = (f"<div class=box><span class=cap>Sea Waybill No.</span><b class=big>{e(doc.number)}</b></div><div "
             f"class=box><span class=cap>Booking No.</span>{e(ctx['booking'])}</div><div class=box><span class=cap>"
             f"Export references</span>Customer order {e(doc.order_number or '')}</div>")
    route = [("Vessel", e(ctx["vessel"])), ("Voyage No.", e(ctx["voyage"])), ("Port of Loading", "SOUTHAMPTON"),
             ("Port of Discharge", e(ctx["pod"])), ("Place of Delivery", e(ctx["delivery"]))]
    cargo = "".join(f"<tr><td>{e(t)}<br>Seal: {e(s)}</td><td>{e(ctx['packages'])}</td><td>1 X 20' DRY CONTAINER "
                    f"S.T.C.<br>{e(ctx['goods'])}</td><td class=r>{e(ctx['gross'])}</td><td class=r>{e(ctx['cbm'])}"
                    "</td></tr>" for t, s in zip(doc.tracking_numbers, ctx["seals"], strict=True))
    body = (
        "<div class=hd><b>SOLENT &amp; OCEAN LINES</b><span>SEA WAYBILL – NON NEGOTIABLE</span></div>"
        f"<div class=cols><div>{left}</div><div>{right}</div></div><table class=rt><tr>"
        + "".join(f"<td><span class=cap>{k}</span>{v}</td>" for k, v in route) + "</tr></table>"
        "<table class=c><thead><tr><th>Container No. / Seal No.</th><th>No. of packages</th><th>Description of "
        "goods (shipper's load, stow and count)</th><th class=r>Gross weight kg</th><th class=r>Measurement m3</th>"
        f"</tr></thead><tbody>{cargo}</tbody></table>"
        f"<table class=rt><tr><td><span class=cap>Freight</span>{e(ctx['freight'])}</td><td><span class=cap>"
        f"Shipped on board date</span>{issued}</td><td><span class=cap>Place and date of issue</span>SOUTHAMPTON, "
        f"{issued}</td></tr></table><p class=small>This is a non-negotiable Sea Waybill. Delivery will be made to "
        "the Consignee named above or its authorised agent on proof of identity, without surrender of an original "
        "document. Carriage is subject to the Carrier's standard terms, available on request.</p>"
        "<p>Signed for the Carrier, Solent &amp; Ocean Lines Ltd., by its agents</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; background: #0d3349; color: #fff; padding: 6px; "
           "font-size: 11pt; } .cols { display: flex; gap: 6px; margin-top: 6px; } .cols > div { width: 50%; } "
           ".box { border: 1px solid #444; padding: 4px; margin-bottom: 4px; min-height: 40px; } .cap { display: "
           "block; font-size: 6.5pt; color: #555; } .big { font-size: 12pt; } .rt { width: 100%; margin-top: 4px; "
           "} .rt td { border: 1px solid #444; padding: 4px; vertical-align: top; } .c { width: 100%; margin-top: "
           "6px; } .c th, .c td { border: 1px solid #444; padding: 4px; text-align: left; vertical-align: top; } "
           ".c th { font-size: 7pt; } .r { text-align: right !important; } .small { font-size: 7pt; margin-top: "
           "10px; }")
    return html_page(f"Sea Waybill {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L126: Our warehouse system's packing list by item (docx -> LibreOffice): "PACKING LIST" with number and
# date, exporter / consignee, a reference grid (customer order, our invoice, delivery terms, carrier,
# container or CMR number), then one row per article "Case | Item code | Description | Qty | Unit | Net
# kg" and the totals (cases, net weight), with the packer's name.

def l126_packing(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Warehouse", "Liberation Sans", 9)
    para(d, "Northwind Components Ltd. – Despatch Department, 12 Dockside Road, Southampton SO14 3AB", size=8)
    para(d, f"PACKING LIST  {doc.number}", bold=True, size=15)
    para(d, f"Date: {day(doc.date, st.date)}")
    parties = d.add_table(rows=1, cols=2)
    parties.style = "Table Grid"
    put(parties.cell(0, 0), f"Exporter\n{doc.seller.name}\n{doc.seller.address}", size=8.5)
    put(parties.cell(0, 1), f"Consignee\n{doc.buyer.name}\n{doc.buyer.address}", size=8.5)
    widths(parties, [3.4, 3.4])
    para(d)
    grid = [["Customer order", doc.order_number or "", "Our invoice", ref(doc, "invoice_ref") or "–"],
            ["Delivery terms", doc.incoterms or "", "Carrier", ctx["carrier"]],
            [ctx["track_caption"], ", ".join(doc.tracking_numbers), "Cases", str(ctx["cases"])]]
    table(d, grid, [1.2, 2.2, 1.0, 2.4], head=False, size=8.5)
    para(d)
    rows = [["Case", "Item code", "Description", "Qty", "Unit", "Net kg"]]
    rows += [[case, ln.sku, ln.description, str(ln.quantity), ln.unit or "", kg] for ln, case, kg in ctx["rows"]]
    t = table(d, rows, [0.5, 1.2, 3.2, 0.5, 0.5, 0.8], size=8)
    repeat_header(t.rows[0])
    para(d)
    para(d, f"Total: {ctx['cases']} cases, net weight {ctx['net']} kg", bold=True)
    para(d, "Packed by: D. Fraser    Checked by: Despatch supervisor", size=8)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L127: The paying bank's payment advice / debit advice to its customer (HTML -> Chromium), in the
# customer's language: bank header with BIC, "Payment advice" / "Zahlungsausführung" / "Avis de débit" /
# "Aviso de pago", the customer's name and account, a two-column table of the payment (reference, value
# date, amount debited, beneficiary, beneficiary's bank, purpose / remittance text with the invoice and
# order numbers, charges), and the note that the advice needs no signature.

L127 = {
    "en": ("Payment advice – outgoing foreign transfer", "Our reference", "Value date", "Amount debited",
           "Beneficiary", "Beneficiary bank", "Payment details", "Charges", "shared (SHA)",
           "This advice is computer generated and requires no signature."),
    "de": ("Zahlungsausführung – Auslandsüberweisung", "Unsere Referenz", "Valutadatum", "Belasteter Betrag",
           "Begünstigter", "Bank des Begünstigten", "Verwendungszweck", "Entgelte", "geteilt (SHA)",
           "Diese Mitteilung wurde maschinell erstellt und ist ohne Unterschrift gültig."),
    "fr": ("Avis de débit – virement international émis", "Notre référence", "Date de valeur", "Montant débité",
           "Bénéficiaire", "Banque du bénéficiaire", "Motif du paiement", "Frais", "partagés (SHA)",
           "Avis établi par traitement informatique, valable sans signature."),
    "es": ("Aviso de pago – transferencia al exterior", "Nuestra referencia", "Fecha valor", "Importe debitado",
           "Beneficiario", "Banco del beneficiario", "Concepto", "Gastos", "compartidos (SHA)",
           "Comprobante generado electrónicamente, no requiere firma."),
}


def l127_advice(doc: Doc, st: Style, ctx: dict) -> Rendered:
    title, c_ref, c_date, c_amt, c_ben, c_bank, c_info, c_chg, chg, foot = L127[st.lang]
    info = f"INV {ref(doc, 'invoice_ref')} / PO {doc.order_number or ''}"
    if ctx.get("deposit"):
        info += " / ADVANCE 30%"
    kv = [(c_ref, f"<b>{e(doc.number)}</b>"), (c_date, day(doc.date, st.date)),
          (c_amt, f"<b>{doc.currency} {amt(doc.total, st.num)}</b>"),
          (c_ben, f"{e(doc.seller.name)}<br>{e(doc.seller.address)}<br>IBAN {US_IBAN}"),
          (c_bank, f"{US_BANK} · BIC WESXGB22"), (c_info, e(info)), (c_chg, chg)]
    body = (f"<div class=hd><b>{e(ctx['bank'])}</b><span>SWIFT/BIC {e(ctx['bic'])}</span></div><h2>{title}</h2>"
            f"<p>{e(doc.buyer.name)}<br>{e(doc.buyer.address)}<br>{e(ctx['account'])}</p><table class=kv>"
            + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in kv) + f"</table><p class=small>{foot}</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; border-bottom: 3px solid #1c5e3a; padding: 6px 0; "
           "font-size: 11pt; color: #1c5e3a; } h2 { font-size: 12pt; margin: 14px 0; } .kv { width: 100%; } .kv th "
           "{ text-align: left; width: 30%; color: #444; padding: 4px; border-bottom: 1px solid #ddd; vertical-align: "
           "top; } .kv td { padding: 4px; border-bottom: 1px solid #ddd; } .small { font-size: 7pt; color: #777; "
           "margin-top: 16px; }")
    return html_page(title, css, body)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L118": (l118_sage, "Sage 200-style quotation / pro-forma / invoice with grey title box and VAT column (HTML)"),
    "L119": (l119_agreement, "English solicitor-template sales agreement, clauses 1.1, Schedule of goods (docx)"),
    "L120": (l120_visma, "Norwegian Visma-style purchase order, no/en captions (docx)"),
    "L121": (l121_1c, "Ukrainian 1C-style order to supplier written in German (xlsx)"),
    "L122": (l122_tally, "Tally-style purchase order, code under description, amount in words (HTML)"),
    "L123": (l123_discrepancy, "buyer's goods-received discrepancy / damage report, the claim document (HTML)"),
    "L124": (l124_dolibarr, "Dolibarr-style French supplier order, reference before label (HTML)"),
    "L125": (l125_waybill, "carrier's non-negotiable sea waybill (HTML)"),
    "L126": (l126_packing, "warehouse packing list by item and case (docx)"),
    "L127": (l127_advice, "paying bank's payment / debit advice, en/de/fr/es (HTML)"),
}


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line."""
    return key in LAYOUTS
