"""Twenty-sixth-holdout document layouts L248-L257, each modelled on a real-world family of documents."""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from docx.shared import Inches
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

# Infrastructure only (docx/xlsx setup, date/number printing, HTML page, Word tables); the layouts are new.
from tests.corpus.dev3_gen.layouts import (
    Rendered,
    day,
    keep_row,
    new_docx,
    new_xlsx,
    para,
    repeat_header,
    save_docx,
    save_xlsx,
    shade,
)
from tests.corpus.dev4_gen.layouts import Style, amt, e, html_page, nl
from tests.corpus.dev6_gen.layouts import table
from tests.corpus.docs import Doc

CENT = Decimal("0.01")
US_VAT = "GB 284 1177 42"
US_IBAN = "GB29 WESX 3096 4170 2213 54"
US_BANK = "Wessex Merchant Bank plc"
US_BIC = "WESXGB22"
US_EORI = "GB284117742000"
US_CO = "Company No. 04417321"
CARRIER = ("Meridian Atlantic Line Ltd", "Ocean House, 40 Canute Road, Southampton SO14 3FJ, United Kingdom")


def dd(d: dt.date, style: str) -> str:
    """A printed date; "zh_long" is the Chinese 2036年3月4日 form."""
    if style == "zh_long":
        return f"{d.year}年{d.month}月{d.day}日"
    return day(d, style)


def page(title: str, css: str, body: str) -> Rendered:
    """An HTML page in one font weight (a second embedded weight would double each PDF's size)."""
    return html_page(title, "* { font-weight: normal !important; } .nw { white-space: nowrap; } "
                            ".r { text-align: right !important; } .c { text-align: center; } " + css, body)


def ref(doc: Doc, key: str) -> str:
    return next((v for k, v in doc.extra if k == key), "")


def nw(text: str) -> str:
    return f"<span class=nw>{e(text)}</span>"


def words(text: str) -> str:
    """Escaped text whose hyphenated or slashed words do not break inside."""
    return " ".join(nw(w) if ("-" in w or "/" in w) else e(w) for w in text.split(" "))


def lines_of(text: str) -> str:
    return nl(text.replace(", ", "\n"))


def thin(value: Decimal) -> str:
    """French amounts as Word prints them with a narrow no-break space: 1 234,56."""
    return amt(value, "fr").replace(" ", "\u202f")


ONES = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
        "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def in_words(n: int) -> str:
    """An amount in English words, as Indian-built accounting packages print it."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " Hundred" + ("" if n % 100 == 0 else " and " + in_words(n % 100))
    if n < 1_000_000:
        return in_words(n // 1000) + " Thousand" + ("" if n % 1000 == 0 else " " + in_words(n % 1000))
    return in_words(n // 1_000_000) + " Million" + ("" if n % 1_000_000 == 0 else " " + in_words(n % 1_000_000))


# ------------------------------------------------------------------------------------------------
# L248: Sales documents printed from a mid-market cloud ERP (Dynamics-365-Business-Central-style report
# layouts), ours (HTML -> Chromium): "Sales - Quote" / "Sales - Prepayment Invoice" / "Sales - Invoice" /
# "Packing List (Posted Sales Shipment)" with "Page 1 of 1", our company block right with the logo square,
# the customer's address left, a two-column key/value grid (Document Date, Valid To / Due Date, Your Reference,
# External Document No., Payment Terms, Shipment Method, Currency Code, Salesperson), lines "No. | Description |
# Quantity | Unit of Measure | Unit Price Excl. VAT | VAT % | Line Amount Excl. VAT", the VAT amount
# specification box and "Total GBP Incl. VAT"; the packing list prints "Package No." instead of prices and
# the shipping agent and package tracking number.

L248_TITLE = {"quotation": "Sales - Quote", "proforma_invoice": "Sales - Pro Forma Invoice",
              "commercial_invoice": "Sales - Invoice", "shipping_notice": "Packing List"}


def l248_business_central(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kind = doc.doc_type
    title = L248_TITLE[kind]
    cur = e(doc.currency or "")
    grid = [("Document Date", dd(doc.date, st.date))]
    if kind == "quotation":
        grid.append(("Valid To Date", dd(doc.date + dt.timedelta(days=60), st.date)))
    elif kind == "commercial_invoice":
        grid.append(("Due Date", dd(doc.date + dt.timedelta(days=ctx.get("due_days", 30)), st.date)))
    elif kind == "proforma_invoice":
        grid.append(("Prepayment Due Date", dd(doc.date + dt.timedelta(days=10), st.date)))
    else:
        grid.append(("Shipment Date", dd(doc.date, st.date)))
    grid += [("Your Reference", nw(doc.order_number) if doc.order_number else "&nbsp;"),
             ("Customer No.", e(ctx["account"]))]
    if kind == "shipping_notice":
        grid += [("Shipment Method", nw(doc.incoterms or "")), ("Shipping Agent", e(ctx["agent"])),
                 ("Package Tracking No.", nw(", ".join(doc.tracking_numbers))),
                 ("Invoice No.", nw(ref(doc, "invoice_ref") or "not yet invoiced"))]
    else:
        grid += [("Payment Terms", e(doc.payment_terms or "")), ("Shipment Method", nw(doc.incoterms or "")),
                 ("Currency Code", cur), ("Salesperson", "Anna Keller")]
    cells = "".join(f"<th>{k}</th><td>{v}</td>" + ("</tr><tr>" if i % 2 else "") for i, (k, v) in enumerate(grid))
    if kind == "shipping_notice":
        head = ("<th>No.</th><th>Description</th><th class=r>Quantity</th><th>Unit of Measure</th>"
                "<th class=c>Package No.</th>")
        rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>"
                       f"{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=c>{pkg}</td></tr>"
                       for ln, pkg in ctx["rows"])
        foot = (f"<p class=sm>Packages: {ctx['packages']} · Gross weight: {ctx['gross']} kg · Net weight: "
                f"{ctx['net']} kg · Marks: {e(ctx['marks'])}</p><table class=sg><tr><td>Packed by</td><td>"
                "Checked by</td><td>Received in good order by</td></tr></table>")
    else:
        head = ("<th>No.</th><th>Description</th><th class=r>Quantity</th><th>Unit of Measure</th><th class=r>"
                "Unit Price Excl. VAT</th><th class=r>VAT %</th><th class=r>Line Amount Excl. VAT</th>")
        rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>"
                       f"{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}</td>"
                       f"<td class=r>0</td><td class=r>{amt(ln.amount, st.num)}</td></tr>" for ln in doc.lines)
        tot = [(f"Total {cur} Excl. VAT", amt(doc.subtotal, st.num)), ("0% VAT", amt(doc.tax or Decimal(0), st.num)),
               (f"Total {cur} Incl. VAT", amt(doc.total, st.num))]
        if ctx.get("deposit") and kind in ("proforma_invoice", "commercial_invoice"):
            share = (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)
            pct = int(ctx["deposit"] * 100)
            if kind == "proforma_invoice":
                tot.append((f"Prepayment requested ({pct} %)", amt(share, st.num)))
            else:
                tot += [(f"Less prepayment received ({pct} %)", amt(share, st.num)),
                        ("Remaining amount", amt(doc.total - share, st.num))]
        foot = ("<table class=tt>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in tot) + "</table>"
                "<table class=vs><tr><th>VAT Identifier</th><th>VAT %</th><th>Line Amount</th><th>VAT Base</th>"
                f"<th>VAT Amount</th></tr><tr><td>EXPORT</td><td>0</td><td>{amt(doc.subtotal, st.num)}</td><td>"
                f"{amt(doc.subtotal, st.num)}</td><td>{amt(doc.tax or Decimal(0), st.num)}</td></tr></table>"
                "<p class=sm>Zero-rated export of goods (VAT Act 1994, s. 30). Please pay to "
                f"{US_BANK}, IBAN {US_IBAN}, SWIFT {US_BIC}, quoting {e(doc.number)}.</p>")
    body = (
        f"<table class=top><tr><td class=cu><div class=ti>{title}</div><div class=pg>Page 1 of 1</div><br>"
        f"{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}<br>Attn. {e(ctx['contact'])}</td><td class=us>"
        f"<div class=logo>NC</div>{e(doc.seller.name)}<br>12 Dockside Road<br>Southampton SO14 3AB<br>United "
        f"Kingdom<br>VAT Reg. No. {US_VAT}<br>EORI {US_EORI}</td></tr></table><p class=no>No. <b>"
        f"{nw(doc.number)}</b></p><table class=g><tr>{cells}</tr></table><table class=ln><thead><tr>{head}</tr>"
        f"</thead><tbody>{rows}</tbody></table>{foot}<div class=ft>{US_CO} · registered in England and Wales · "
        "12 Dockside Road, Southampton SO14 3AB · +44 23 8063 1170</div>")
    css = (".top { width: 100%; } .top td { vertical-align: top; font-size: 8.5pt; } .cu { width: 60%; } .ti { "
           "font-size: 16pt; } .pg { font-size: 7.5pt; color: #666; } .us { text-align: right; } .logo { display: "
           "inline-block; width: 34px; height: 34px; line-height: 34px; text-align: center; background: #00677f; "
           "color: #fff; font-size: 12pt; margin-bottom: 4px; } .no { font-size: 10pt; margin: 8px 0 4px; } .g { "
           "width: 100%; font-size: 8.5pt; table-layout: fixed; } .g th { text-align: left; color: #555; padding: "
           "2px 4px; width: 20%; } .g td { padding: 2px 4px; } .ln { width: 100%; margin-top: 10px; font-size: "
           "8pt; } .ln th { text-align: left; border-bottom: 1px solid #000; padding: 3px; vertical-align: bottom; } "
           ".ln td { padding: 3px; vertical-align: top; border-bottom: 1px solid #e5e5e5; } .tt { margin: 8px 0 0 "
           "auto; font-size: 8.5pt; } .tt th { text-align: right; padding: 2px 10px; } .tt td { text-align: right; "
           "min-width: 90px; padding: 2px 4px; } .tt tr:last-child td { border-top: 1px solid #000; } .vs { "
           "margin-top: 10px; font-size: 7.5pt; } .vs th, .vs td { border: 1px solid #bbb; padding: 2px 5px; } .sm "
           "{ font-size: 7.5pt; margin-top: 8px; } .sg { width: 100%; margin-top: 22px; font-size: 8pt; "
           "table-layout: fixed; } .sg td { border-top: 1px solid #444; padding-top: 3px; } .ft { margin-top: 16px; "
           "font-size: 7pt; color: #777; text-align: center; }")
    return page(f"{title} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L249: Contract note in the style of a UK trading house's "sold" note, ours (docx; signed copies -> PDF):
# the letterhead line, "CONTRACT NOTE" with "No." and "Date" on one ruled line, "We confirm having this day
# SOLD to you / Buyers:", the terms as lettered clauses (a) Goods ... (l) Law and arbitration in a two-column
# table, "SCHEDULE OF GOODS" ("Item | Our code | Description | Quantity | Unit | Unit price | Amount") with the
# contract value, and the "SELLERS" / "BUYERS" signatures as paragraphs one under the other.

def l249_contract_note(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Anna Keller", "Liberation Serif", 10)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Inches(0.9)
    cur = doc.currency or ""
    para(d, "NORTHWIND COMPONENTS LTD. · 12 DOCKSIDE ROAD · SOUTHAMPTON SO14 3AB · UNITED KINGDOM", size=8,
         align="center", color="444444")
    para(d, "CONTRACT NOTE", size=16, align="center")
    para(d, f"No. {doc.number}                                        Date: {dd(doc.date, st.date)}", size=10)
    para(d, f"Buyers: {doc.buyer.name}, {doc.buyer.address}", size=10)
    para(d, f"Sellers: {doc.seller.name}, {doc.seller.address}", size=10)
    para(d, "We confirm having this day SOLD to you the goods described in the Schedule below on the following "
         "terms and conditions:", size=10)
    order = doc.order_number or "to be advised"
    clauses = [["(a) Goods", "Spare parts as per the Schedule of Goods, new and of first quality."],
               ["(b) Buyers' reference", order],
               ["(c) Price", f"As per Schedule, in {cur}, fixed and not subject to escalation."],
               ["(d) Delivery", f"{doc.incoterms} (Incoterms® 2020)"],
               ["(e) Time of shipment", ctx["delivery_time"]],
               ["(f) Payment", doc.payment_terms or ""],
               ["(g) Documents", "Commercial invoice, packing list and transport document, by e-mail on shipment."],
               ["(h) Packing", "Seaworthy export packing, marked with the Buyers' order number."],
               ["(i) Warranty", "Twelve months from delivery against defects of material and workmanship."],
               ["(j) Force majeure", "Neither party is liable for delay caused by events beyond its control."],
               ["(k) Title", "Property passes to the Buyers on payment in full."],
               ["(l) Law and arbitration", "English law; disputes finally settled by arbitration in London."]]
    t = table(d, clauses, [1.7, 5.0], head=False, size=9)
    for row in t.rows:
        keep_row(row)
    para(d)
    para(d, "SCHEDULE OF GOODS", size=11)
    g = [["Item", "Our code", "Description", "Quantity", "Unit", f"Unit price {cur}", f"Amount {cur}"]]
    for i, ln in enumerate(doc.lines, start=1):
        g.append([f"{i:02d}", ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                  amt(ln.amount, st.num)])
    g.append(["", "", "Total contract value", "", "", cur, amt(doc.total, st.num)])
    s = table(d, g, [0.4, 1.1, 2.4, 0.7, 0.5, 0.85, 0.95], size=8.5)
    repeat_header(s.rows[0])
    for row in s.rows:
        keep_row(row)
    para(d)
    if doc.signed:
        para(d, f"SELLERS: {doc.seller.name}", size=10)
        para(d, f"/s/ Anna Keller, Export Sales Manager – Southampton, {dd(doc.date, st.date)}", size=10)
        para(d, f"BUYERS: {doc.buyer.name}", size=10)
        para(d, f"/s/ {ctx['signatory']}, {ctx['buyer_title']} – {ctx['city']}, {dd(ctx['signed_on'], st.date)}",
             size=10)
        para(d, "(company seal affixed)", size=8, color="666666")
    else:
        para(d, f"SELLERS: {doc.seller.name}", size=10)
        para(d, "Signature ______________________________   Name and title ____________________   Date ________",
             size=9)
        para(d, f"BUYERS: {doc.buyer.name}", size=10)
        para(d, "Signature ______________________________   Name and title ____________________   Date ________",
             size=9)
        para(d, "Please sign and return one copy of this contract note within seven days.", size=8,
             color="666666")
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L250: Ocean carrier's BILL OF LADING (port to port or combined transport), issued to us as shipper (HTML ->
# Chromium): the carrier's name and "B/L No." top right with the booking number and "ORIGINAL", shipper /
# consignee ("to order of" the buyer) / notify party boxes, pre-carriage, vessel and voyage, ports, the
# particulars table (container and seal, marks with the buyer's order, number and kind of packages, "said to
# contain", gross weight, measurement), freight and charges, "SHIPPED ON BOARD" with the date, the number of
# originals and the place and date of issue.

def l250_bill_of_lading(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cont = "<br>".join(f"{e(c)} / {e(s)} · 40' HC" if i == 0 else f"{e(c)} / {e(s)}"
                       for i, (c, s) in enumerate(zip(doc.tracking_numbers, ctx["seals"], strict=True)))
    body = (
        f"<table class=f><tr><td class=w><div class=cap>Shipper</div>{e(doc.seller.name)}<br>"
        f"{lines_of(doc.seller.address)}</td><td class=w rowspan=2><div class=cn>{CARRIER[0]}</div>"
        f"<div class=bl>BILL OF LADING</div><div class=sm>for port-to-port or combined transport · NEGOTIABLE · "
        f"ORIGINAL</div><br><div class=cap>B/L No.</div><span class=big>{nw(doc.number)}</span><br><div "
        f"class=cap>Booking No.</div>{e(ctx['booking'])}<br><div class=cap>Shipper's / Buyers' reference</div>"
        f"{nw(doc.order_number or '')}</td></tr><tr><td><div class=cap>Consignee</div>To the order of "
        f"{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}</td></tr><tr><td><div class=cap>Notify party</div>"
        f"{e(doc.buyer.name)}, attn. {e(ctx['contact'])}</td><td><div class=cap>Place of receipt</div>Southampton "
        f"CY</td></tr><tr><td><div class=cap>Ocean vessel / voyage</div>{e(ctx['vessel'])}</td><td><div class=cap>"
        f"Port of loading</div>Southampton, United Kingdom</td></tr><tr><td><div class=cap>Port of discharge</div>"
        f"{e(ctx['pod'])}</td><td><div class=cap>Place of delivery</div>{e(ctx['pod'])}</td></tr></table>"
        "<table class=g><thead><tr><th>Container / seal No.</th><th>Marks and numbers</th><th>No. and kind of "
        "packages; description of goods</th><th>Gross weight kg</th><th>Measurement m³</th></tr></thead><tbody>"
        f"<tr><td>{cont}</td><td>{e(ctx['marks'])}</td><td>{ctx['packages']} PACKAGES<br>SAID TO CONTAIN: "
        f"{e(ctx['goods'])}<br>HS 8487.90</td><td>{ctx['gross']}</td><td>{ctx['cbm']}</td></tr></tbody></table>"
        f"<table class=f><tr><td><div class=cap>Freight and charges</div>FREIGHT {ctx['freight']}</td><td><div "
        f"class=cap>Number of original B(s)/L</div>THREE (3)</td></tr><tr><td><div class=cap>Shipped on board"
        f"</div>SHIPPED ON BOARD {dd(doc.date, st.date)}</td><td><div class=cap>Place and date of issue</div>"
        f"Southampton, {dd(doc.date, st.date)}</td></tr></table><p class=ct>RECEIVED by the Carrier in apparent "
        "good order and condition, unless otherwise noted, the total number of containers or packages stated "
        "above for carriage subject to the terms hereof. One original bill of lading, duly endorsed, must be "
        f"surrendered in exchange for the goods. Signed for the Carrier: {CARRIER[0]}, as agents.</p>")
    css = (".f { width: 100%; margin-top: -1px; table-layout: fixed; } .f td { border: 1px solid #222; padding: "
           "4px; vertical-align: top; font-size: 8.5pt; } .w { width: 50%; } .cn { font-size: 12pt; color: "
           "#1a3d6d; } .bl { font-size: 18pt; letter-spacing: 2px; } .sm { font-size: 7pt; color: #444; } .big { "
           "font-size: 13pt; } .cap { font-size: 6.5pt; color: #666; text-transform: uppercase; } .g { width: 100%; "
           "margin-top: -1px; } .g th, .g td { border: 1px solid #222; padding: 4px; font-size: 8pt; text-align: "
           "left; vertical-align: top; } .g td { height: 110px; } .ct { font-size: 7pt; border: 1px solid #222; "
           "margin: -1px 0 0; padding: 5px; }")
    return page(f"B/L {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L251: The customer's internet-banking "transaction details" page, printed from the browser as proof of
# payment, in the customer's language (en/de/fr/es/zh, HTML -> Chromium): the browser's print header (date,
# time and the page title) and footer (the address and "1/1"), the bank's bar with the logged-in company,
# the page title, a green status line, a two-column detail list (transaction reference, execution / value date,
# debit account, ordering party, beneficiary, beneficiary's bank and account, amount, charges, payment details
# naming the invoice and the order) and the bank's disclaimer.

L251 = {
    "en": ("Transaction details", "Executed", "Transaction reference", "Execution date", "Debit account",
           "Ordering party", "Beneficiary", "Beneficiary's bank", "Beneficiary's account", "Amount",
           "Charges", "SHA – shared", "Payment details", "invoice", "order", "Online Banking",
           "This printout is not a receipt signed by the bank. Contact your relationship manager for a SWIFT copy."),
    "de": ("Auftragsdetails", "Ausgeführt", "Auftragsreferenz", "Ausführungsdatum", "Belastetes Konto",
           "Auftraggeber", "Empfänger", "Bank des Empfängers", "Konto des Empfängers", "Betrag", "Entgelte",
           "SHA – geteilt", "Verwendungszweck", "Rechnung", "Bestellung", "Online-Banking",
           "Dieser Ausdruck ist keine von der Bank unterzeichnete Bestätigung. Eine SWIFT-Kopie erhalten Sie "
           "bei Ihrem Firmenkundenbetreuer."),
    "fr": ("Détail de l'opération", "Exécutée", "Référence de l'opération", "Date d'exécution", "Compte débité",
           "Donneur d'ordre", "Bénéficiaire", "Banque du bénéficiaire", "Compte du bénéficiaire", "Montant",
           "Frais", "SHA – partagés", "Motif du paiement", "facture", "commande", "Banque en ligne",
           "Cette impression ne constitue pas un avis signé par la banque. Demandez la copie SWIFT à votre "
           "conseiller."),
    "es": ("Detalle de la operación", "Ejecutada", "Referencia de la operación", "Fecha de ejecución",
           "Cuenta de cargo", "Ordenante", "Beneficiario", "Banco del beneficiario", "Cuenta del beneficiario",
           "Importe", "Gastos", "SHA – compartidos", "Concepto", "factura", "pedido", "Banca en línea",
           "Esta impresión no es un comprobante firmado por el banco. Solicite la copia SWIFT a su ejecutivo."),
    # Few Chinese glyphs: each becomes a Type 3 font in Chromium's PDF and weighs on the split's size.
    "zh": ("交易详情 Transaction details", "成功 Executed", "交易编号 Reference", "日期 Date", "Debit account",
           "付款人 Ordering party", "收款人 Beneficiary", "Beneficiary's bank", "Beneficiary's account",
           "金额 Amount", "Charges", "SHA", "附言 Payment details", "invoice", "order", "Online Banking",
           "This printout is for information only."),
}


def l251_ebanking(doc: Doc, st: Style, ctx: dict) -> Rendered:
    (title, status, c_ref, c_date, c_debit, c_payer, c_benef, c_bbank, c_bacc, c_amt, c_chg, chg, c_det, w_inv,
     w_po, online, disclaimer) = L251[st.lang]
    cur = e(doc.currency or "")
    inv = ref(doc, "invoice_ref")
    h = hashlib.sha1(doc.number.encode()).hexdigest()
    stamp = f"{dd(doc.date, st.date)}, {10 + int(h[0], 16) % 7}:{int(h[1:3], 16) % 60:02d}"
    url = f"https://ibank.{ctx['bank_host']}/corporate/payments/history/{int(h[3:11], 16) % 10**8}"
    rows = [(c_ref, f"<b>{nw(doc.number)}</b>"), (c_date, dd(doc.date, st.date)), (c_debit, e(ctx["iban"])),
            (c_payer, f"{e(doc.buyer.name)}<br>{e(doc.buyer.address)}"),
            (c_benef, f"{e(doc.seller.name)}<br>{e(doc.seller.address)}"),
            (c_bbank, f"{US_BANK}, Southampton – SWIFT {US_BIC}"), (c_bacc, US_IBAN),
            (c_amt, f"<span class=am>{cur} {amt(doc.total, st.num)}</span>"), (c_chg, chg),
            (c_det, f"{w_inv} {nw(inv)} / {w_po} {nw(doc.order_number or '')}")]
    body = (
        f"<table class=bh><tr><td>{stamp}</td><td class=r>{e(ctx['bank'])} – {online}</td></tr></table>"
        f"<div class=bar><span class=bk>{e(ctx['bank'])}</span><span class=who>{e(ctx['contact'])} · "
        f"{e(doc.buyer.name)}</span></div><h2>{title}</h2><p class=ok>✔ {status}</p><table class=d>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
        + f"</table><p class=dis>{disclaimer}</p><table class=bf><tr><td>{e(url)}</td><td class=r>1/1</td></tr>"
        "</table>")
    css = (".bh, .bf { width: 100%; font-size: 7pt; color: #444; } .bf { margin-top: 40px; } .bar { background: "
           "#0f5132; color: #fff; padding: 8px 10px; margin-top: 6px; overflow: hidden; } .bk { font-size: 12pt; } "
           ".who { float: right; font-size: 8pt; padding-top: 3px; } h2 { font-size: 14pt; margin: 14px 0 4px; } "
           ".ok { color: #198754; margin: 0 0 10px; } .d { width: 100%; font-size: 9pt; } .d th { text-align: left; "
           "color: #555; width: 32%; padding: 5px 4px; border-bottom: 1px solid #e3e3e3; vertical-align: top; } "
           ".d td { padding: 5px 4px; border-bottom: 1px solid #e3e3e3; } .am { font-size: 12pt; } .dis { "
           "font-size: 7.5pt; color: #666; margin-top: 14px; }")
    return page(title, css, body)


# ------------------------------------------------------------------------------------------------
# L252: The customer's QUALITY NOTIFICATION against the supplier from its ERP's quality module (SAP-QM-style
# "Q2 – complaint against vendor"), the claim document, in English, German, French or Spanish (HTML ->
# Chromium): notification number and type, priority and status, a reference block (vendor, purchase order,
# complaint reference, goods receipt, reported by, required start / end), the long text, the items "Item |
# Material | Short text | Complaint qty | Unit | Defect type | Defect location | Cause", tasks and the
# coordinator.

L252 = {
    "en": ("Quality Notification", "Notification", "Type Q2 – Complaint against vendor", "Priority 2 – High",
           "Status OSNO – outstanding", "Vendor", "Purchase order", "Complaint reference", "Goods receipt",
           "Reported by", "Notification date", "Required end", "Description",
           ("Item", "Material", "Short text", "Complaint qty", "Unit", "Defect type", "Cause"),
           "Tasks", "Supplier to replace the defective parts free of charge and to send a root-cause analysis "
           "(8D) within 14 days.", "Quality coordinator"),
    "de": ("Qualitätsmeldung", "Meldung", "Art Q2 – Mängelrüge an Lieferanten", "Priorität 2 – hoch",
           "Status MOFN – offen", "Lieferant", "Bestellung", "Reklamationsnummer", "Wareneingang", "Gemeldet von",
           "Meldungsdatum", "Erledigen bis", "Beschreibung",
           ("Pos.", "Material", "Kurztext", "Reklamationsmenge", "ME", "Fehlerart", "Ursache"),
           "Maßnahmen", "Kostenloser Ersatz der fehlerhaften Teile und 8D-Bericht innerhalb von 14 Tagen.",
           "Qualitätskoordinator"),
    "fr": ("Avis qualité", "Avis", "Type Q2 – Réclamation fournisseur", "Priorité 2 – haute",
           "Statut AVOU – en cours", "Fournisseur", "Commande d'achat", "Référence réclamation",
           "Entrée marchandises", "Signalé par", "Date de l'avis", "Fin souhaitée", "Description",
           ("Poste", "Article", "Texte court", "Qté réclamée", "Unité", "Type de défaut", "Cause"),
           "Actions", "Remplacement gratuit des pièces défectueuses et rapport 8D sous 14 jours.",
           "Coordinateur qualité"),
    "es": ("Aviso de calidad", "Aviso", "Clase Q2 – Reclamación a proveedor", "Prioridad 2 – alta",
           "Status AVPE – pendiente", "Proveedor", "Pedido de compra", "Referencia de reclamo", "Entrada de mercancía",
           "Notificado por", "Fecha del aviso", "Fin requerido", "Descripción",
           ("Pos.", "Material", "Texto breve", "Cant. reclamada", "Unidad", "Tipo de defecto", "Causa"),
           "Medidas", "Reposición sin cargo de las piezas defectuosas e informe 8D en un plazo de 14 días.",
           "Coordinador de calidad"),
}


def l252_quality_notification(doc: Doc, st: Style, ctx: dict) -> Rendered:
    (title, c_no, qtype, prio, status, c_vendor, c_po, c_claim, c_gr, c_by, c_date, c_end, c_desc, heads, c_tasks,
     tasks, c_coord) = L252[st.lang]
    grid = [(c_vendor, e(doc.seller.name)), (c_po, nw(doc.order_number or "")), (c_claim, nw(ref(doc, "claim_ref"))),
            (c_gr, f"{e(ctx['grn'])} · {dd(ctx['received'], st.date)}"), (c_by, e(ctx["reported_by"])),
            (c_date, dd(doc.date, st.date)), (c_end, dd(doc.date + dt.timedelta(days=14), st.date)),
            ("", "")]
    cells = "".join(f"<th>{k}</th><td>{v}</td>" + ("</tr><tr>" if i % 2 else "") for i, (k, v) in enumerate(grid))
    rows = "".join(f"<tr><td>{(i + 1) * 10:04d}</td><td class=nw>{e(sku)}</td><td>{words(desc)}</td><td class=r>"
                   f"{q}</td><td>{e(unit)}</td><td>{e(dtype)}</td><td>{e(cause)}</td></tr>"
                   for i, (sku, desc, q, unit, dtype, cause) in enumerate(ctx["items"]))
    body = (
        f"<div class=hd>{e(doc.buyer.name)} · {e(ctx['reg'])}</div><h2>{title}</h2><p class=no>{c_no} <b>"
        f"{nw(doc.number)}</b> · {qtype}</p><p class=st>{prio} · {status}</p><table class=p><tr>{cells}</tr>"
        f"</table><p class=lt><b>{c_desc}:</b> {e(ctx['long_text'])}</p><table class=d><thead><tr>"
        + "".join(f"<th>{x}</th>" for x in heads) + f"</tr></thead><tbody>{rows}</tbody></table><p class=tk><b>"
        f"{c_tasks}:</b> {tasks}</p><p class=sg>{c_coord}: {e(ctx['reported_by'])}</p>")
    css = (".hd { border-bottom: 3px solid #d04a02; font-size: 9pt; padding-bottom: 4px; } h2 { font-size: 15pt; "
           "margin: 10px 0 2px; } .no { margin: 0; } .st { font-size: 8pt; color: #d04a02; margin: 2px 0 8px; } "
           ".p { width: 100%; font-size: 8.5pt; table-layout: fixed; } .p th { text-align: left; color: #555; "
           "padding: 3px; background: #f6f6f6; } .p td { padding: 3px; border-bottom: 1px solid #eee; } .lt { "
           "font-size: 8.5pt; border: 1px solid #ccc; padding: 5px; } .d { width: 100%; font-size: 8pt; } .d th { "
           "background: #555; color: #fff; text-align: left; padding: 3px; } .d td { border-bottom: 1px solid "
           "#ccc; padding: 3px; vertical-align: top; } .tk { font-size: 8.5pt; margin-top: 10px; } .sg { font-size: "
           "8.5pt; margin-top: 16px; }")
    return page(f"{title} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L253: Purchase order from a desktop small-business accounting package (QuickBooks-Desktop-style) exported
# to Excel and sent as is (xlsx), used by the Barbadian distillery and the Belizean feed mill with the package's
# English captions: company name and address top left, "Purchase Order" right with a "Date | P.O. No." box,
# "Vendor" and "Ship To" blocks side by side, an "Expected | Terms | FOB | Rep" strip, lines "Item |
# Description | Qty | U/M | Rate | Amount", "Total" with the currency and a memo line.

def l253_quickbooks(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], doc.number)
    line = Side(style="thin", color="000000")
    box = Border(left=line, right=line, top=line, bottom=line)
    for col, w in zip("ABCDEF", (18, 46, 8, 8, 13, 14), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, doc.buyer.name).font = Font(size=12)
    for k, text in enumerate(doc.buyer.address.split(", ")[:3]):
        ws.cell(2 + k, 1, text)
    ws.cell(5, 1, ctx["reg"]).font = Font(size=8, color="555555")
    ws.cell(1, 5, "Purchase Order").font = Font(size=18)
    ws.merge_cells("E1:F2")
    for j, (cap, v) in enumerate((("Date", day(doc.date, st.date)), ("P.O. No.", doc.number)), start=5):
        c = ws.cell(3, j, cap)
        c.border = box
        c.alignment = Alignment(horizontal="center")
        c = ws.cell(4, j, v)
        c.border = box
        c.alignment = Alignment(horizontal="center")
    ws.cell(7, 1, "Vendor").border = box
    ws.cell(8, 1, doc.seller.name)
    ws.cell(9, 1, doc.seller.address)
    ws.cell(7, 4, "Ship To").border = box
    ws.cell(8, 4, doc.buyer.name)
    ws.cell(9, 4, ctx["ship_to"])
    strip = (("Expected", day(doc.date + dt.timedelta(days=56), st.date)), ("Terms", doc.payment_terms or ""),
             ("FOB", doc.incoterms or ""), ("Vendor Quote", ref(doc, "quote_ref") or ""), ("Rep", ctx["contact"]))
    for j, (cap, v) in enumerate(strip):
        col = (1, 2, 4, 5, 6)[j]
        c = ws.cell(11, col, cap)
        c.border = box
        c.fill = PatternFill("solid", fgColor="DDDDDD")
        ws.cell(12, col, v).border = box
    r = 14
    for j, cap in enumerate(("Item", "Description", "Qty", "U/M", "Rate", "Amount"), start=1):
        c = ws.cell(r, j, cap)
        c.border = box
        c.fill = PatternFill("solid", fgColor="DDDDDD")
        c.alignment = Alignment(horizontal="center")
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((ln.sku, ln.description, ln.quantity, ln.unit or "", float(ln.unit_price),
                               float(ln.amount)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = Border(left=line, right=line)
            c.alignment = Alignment(vertical="top", wrap_text=j == 2)
            if j in (5, 6):
                c.number_format = "#,##0.00"
    r += len(doc.lines) + 1
    ws.cell(r, 5, f"Total {doc.currency}").border = box
    c = ws.cell(r, 6, float(doc.total))
    c.number_format = "#,##0.00"
    c.border = box
    ws.cell(r + 2, 1, "Memo")
    ws.cell(r + 2, 2, ctx["memo"])
    ws.merge_cells(start_row=r + 2, start_column=2, end_row=r + 2, end_column=6)
    ws.cell(r + 4, 1, "Approved by")
    ws.cell(r + 4, 2, f"{ctx['signatory']}, {ctx['buyer_title']}")
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L254: Malawian tea estate's purchase order printed from an Indian-built accounting package (Tally-style
# voucher print, HTML -> Chromium): the company name centred with its address and TPIN, "PURCHASE ORDER", a
# framed two-column block (left: "Invoice To" the company, "Supplier (Bill from)" us; right: "Voucher No.",
# "Dated", "Mode/Terms of Payment", "Reference No. & Date", "Dispatched through", "Destination", "Terms of
# Delivery"), the lines "Sl No. | Description of Goods | Due on | Quantity | Rate | per | Amount" with the
# quantity printed with its unit ("12 Nos"), a total row with the total quantity, "Amount Chargeable (in words)",
# and "for <company> / Authorised Signatory", "This is a Computer Generated Document".

def l254_tally(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cur = e(doc.currency or "")
    due = dd(doc.date + dt.timedelta(days=63), st.date)
    rows = "".join(f"<tr><td class=c>{i}</td><td>{words(ln.description)}<br><span class=sk>Part No. {e(ln.sku)}"
                   f"</span></td><td class=nw>{due}</td><td class=r>{ln.quantity} {e(ln.unit or '')}</td><td class=r>"
                   f"{amt(ln.unit_price, st.num)}</td><td>{e(ln.unit or '')}</td><td class=r>{amt(ln.amount, st.num)}"
                   "</td></tr>" for i, ln in enumerate(doc.lines, start=1))
    qty = sum(ln.quantity for ln in doc.lines)
    whole = int(doc.total)
    pence = int((doc.total - whole) * 100)
    spoken = f"{cur} {in_words(whole)}" + (f" and {in_words(pence)} Pence" if pence else "") + " Only"
    right = [("Voucher No.", f"<b>{nw(doc.number)}</b>"), ("Dated", dd(doc.date, st.date)),
             ("Mode/Terms of Payment", e(doc.payment_terms or "")),
             ("Reference No. &amp; Date", nw(ref(doc, "quote_ref")) if ref(doc, "quote_ref") else "&nbsp;"),
             ("Dispatched through", "Sea freight via Nacala, road to Blantyre"), ("Destination", "Thyolo"),
             ("Terms of Delivery", nw(doc.incoterms or ""))]
    body = (
        f"<div class=hd>{e(doc.buyer.name)}</div><div class=ad>{e(doc.buyer.address)}<br>{e(ctx['reg'])}</div>"
        "<div class=ti>PURCHASE ORDER</div><table class=b><tr><td class=lf rowspan=7><div class=k>Invoice To</div>"
        f"{e(doc.buyer.name)}<br>{e(doc.buyer.address)}<br><br><div class=k>Supplier (Bill from)</div>"
        f"{e(doc.seller.name)}<br>{e(doc.seller.address)}<br>VAT {US_VAT}</td>"
        + "</tr><tr>".join(f"<td class=rk>{k}<br><span class=v>{v}</span></td>" for k, v in right)
        + "</tr></table><table class=ln><thead><tr><th>Sl<br>No.</th><th>Description of Goods</th><th>Due on</th>"
        "<th class=r>Quantity</th><th class=r>Rate</th><th>per</th><th class=r>Amount</th></tr></thead><tbody>"
        f"{rows}<tr class=tr><td></td><td class=r>Total</td><td></td><td class=r>{qty} {e(doc.lines[0].unit or '')}"
        f"</td><td></td><td></td><td class=r>{cur} {amt(doc.total, st.num)}</td></tr></tbody></table>"
        f"<p class=wd>Amount Chargeable (in words)<br><b>{spoken}</b></p><table class=ft><tr><td>Company's TPIN: "
        f"{e(ctx['reg'].split(' · ')[0].replace('TPIN ', ''))}<br>Declaration: goods for own use in the factory; "
        f"import duty and VAT paid by us on entry.</td><td class=r>for {e(doc.buyer.name)}<br><br><br>Authorised "
        f"Signatory</td></tr></table><p class=cg>This is a Computer Generated Document</p>")
    css = (".hd { text-align: center; font-size: 13pt; } .ad { text-align: center; font-size: 8pt; } .ti { "
           "text-align: center; font-size: 11pt; margin: 6px 0; letter-spacing: 1px; } .b { width: 100%; border: "
           "1px solid #000; font-size: 8pt; } .b td { border: 1px solid #000; padding: 2px 4px; vertical-align: "
           "top; } .lf { width: 50%; } .k { font-size: 7pt; color: #333; } .rk { font-size: 7pt; } .v { font-size: "
           "8.5pt; } .ln { width: 100%; border: 1px solid #000; margin-top: -1px; font-size: 8pt; } .ln th { "
           "border: 1px solid #000; padding: 3px; text-align: left; } .ln td { border-left: 1px solid #000; "
           "border-right: 1px solid #000; padding: 3px; vertical-align: top; } .sk { font-size: 7pt; color: #444; }"
           " .tr td { border-top: 1px solid #000; } .wd { border: 1px solid #000; margin: -1px 0 0; padding: 4px; "
           "font-size: 8pt; } .ft { width: 100%; border: 1px solid #000; margin-top: -1px; font-size: 7.5pt; } "
           ".ft td { padding: 4px; vertical-align: top; } .cg { text-align: center; font-size: 7pt; }")
    return page(f"Purchase Order {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L255: Moldovan winery's order in German on its Word template (docx, sent as is or as PDF): the winery's name
# with IDNO and VAT code in a grey band, the supplier's address left and "BESTELLUNG" with a bordered info
# table right (Bestell-Nr., Datum, Ihr Angebot, Kunden-Nr. bei Ihnen, Ansprechpartnerin), a salutation and one
# sentence, lines "Pos. | Artikel-Nr. | Bezeichnung | Menge | Einheit | Einzelpreis EUR | Gesamt EUR |
# Liefertermin" with Moldovan numbers (1 234,56) and a per-line delivery date, "Nettobetrag / MwSt. 0 % /
# Gesamtbetrag", the conditions as numbered lines and two signature lines (Geschäftsführer, Hauptbuchhalterin).

def l255_moldova(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Inches(0.7)
    cur = doc.currency or ""
    band = table(d, [[f"{doc.buyer.name} · {doc.buyer.address} · {ctx['reg']}"]], [7.1], head=False, size=8)
    shade(band.cell(0, 0), "E7E6E6")
    para(d)
    info = (f"BESTELLUNG\nBestell-Nr.: {doc.number}\nDatum: {day(doc.date, st.date)}\n"
            f"Ihr Angebot: {ref(doc, 'quote_ref') or '—'}\nKunden-Nr. bei Ihnen: {ctx['account']}\n"
            f"Ansprechpartnerin: {ctx['contact']}")
    table(d, [[f"{doc.seller.name}\n{doc.seller.address.replace(', ', chr(10))}", info]], [3.8, 3.3], head=False,
          size=9)
    para(d)
    para(d, "Sehr geehrte Damen und Herren,", size=9)
    para(d, "wir bestellen hiermit verbindlich die folgenden Positionen zu den unten genannten Bedingungen.", size=9)
    rows = [["Pos.", "Artikel-Nr.", "Bezeichnung", "Menge", "Einheit", f"Einzelpreis {cur}", f"Gesamt {cur}",
             "Liefertermin"]]
    for i, ln in enumerate(doc.lines, start=1):
        when = doc.date + dt.timedelta(days=35 + 14 * (i % 2))
        rows.append([f"{i * 10}", ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num), day(when, st.date)])
    t = table(d, rows, [0.4, 1.0, 2.15, 0.5, 0.55, 0.85, 0.85, 0.8], size=8)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    tot = table(d, [["Nettobetrag", f"{amt(doc.subtotal, st.num)} {cur}"],
                    ["MwSt. 0 % (Einfuhr; Einfuhrumsatzsteuer beim Zoll)", f"{amt(doc.tax or Decimal(0), st.num)} {cur}"],
                    ["Gesamtbetrag", f"{amt(doc.total, st.num)} {cur}"]], [4.6, 2.5], head=False, size=9)
    for row in tot.rows:
        keep_row(row)
    para(d)
    for i, text in enumerate((f"Lieferbedingung: {doc.incoterms} (Incoterms 2020), verzollt wird durch uns.",
                              f"Zahlungsbedingung: {doc.payment_terms}",
                              f"Lieferanschrift: {ctx['ship_to']}",
                              "Bitte die Bestell-Nr. auf Rechnung, Packliste und Frachtpapieren angeben; "
                              "EUR.1 bzw. Ursprungserklärung beifügen."), start=1):
        para(d, f"{i}. {text}", size=8.5)
    para(d)
    sg = table(d, [["Geschäftsführer / Director", "Hauptbuchhalterin / Contabil-șef"],
                   [ctx["signatory"], "Elena Lungu"]], [3.55, 3.55], size=9)
    keep_row(sg.rows[1])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L256: Mauritanian fish processor's "BON DE COMMANDE" typed in Word and sent as PDF (docx -> LibreOffice PDF):
# the company name and legal line centred, "Nouadhibou, le <date in words>" right, the supplier block in a
# framed cell, "BON DE COMMANDE N° …" as a heading, "Objet :" and "Réf. : votre offre", lines "Article |
# Désignation | Qté | U | PU HT (EUR) | Total HT (EUR)" with French numbers and narrow no-break spaces, "Montant
# total HT / TVA : exonérée (activité de pêche) / Net à payer" without a tax amount, the amount in words left
# out, and the conditions with "Le Directeur général" and the signature on the right.

def l256_somapef(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Serif", 10)
    cur = doc.currency or ""
    para(d, doc.buyer.name.upper(), size=13, align="center")
    para(d, f"Société anonyme · {doc.buyer.address} · {ctx['reg']}", size=8, align="center", color="444444")
    para(d)
    para(d, f"{ctx['city']}, le {day(doc.date, st.date)}", size=10, align="right")
    sup = table(d, [["", f"À l'attention de Mme Anna Keller\n{doc.seller.name}\n{doc.seller.address}"]], [3.4, 3.4],
                head=False, size=9.5)
    shade(sup.cell(0, 1), "F3F3F3")
    para(d)
    para(d, f"BON DE COMMANDE N° {doc.number}", size=13)
    quote = ref(doc, "quote_ref")
    para(d, "Objet : pièces de rechange pour l'usine de congélation" + (f" – Réf. : votre offre {quote}" if quote
                                                                       else ""), size=10)
    rows = [["Article", "Désignation", "Qté", "U", f"PU HT ({cur})", f"Total HT ({cur})"]]
    for ln in doc.lines:
        rows.append([ln.sku, ln.description, str(ln.quantity), ln.unit or "", thin(ln.unit_price), thin(ln.amount)])
    t = table(d, rows, [0.9, 3.0, 0.45, 0.45, 0.95, 1.05], size=9)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    tot = table(d, [["Montant total HT", f"{thin(doc.subtotal)} {cur}"],
                    ["TVA", "exonérée (activité de pêche)"],
                    ["Net à payer", f"{thin(doc.total)} {cur}"]], [4.9, 1.9], head=False, size=9.5)
    for row in tot.rows:
        keep_row(row)
    para(d)
    para(d, f"Incoterm : {doc.incoterms} (Incoterms 2020) – port de Nouadhibou", size=9.5)
    para(d, f"Règlement : {doc.payment_terms}", size=9.5)
    para(d, "Délai : expédition sous six semaines. Documents : facture, liste de colisage, connaissement "
         "original, certificat d'origine.", size=9.5)
    para(d)
    para(d, "Le Directeur général", size=10, align="right")
    para(d, ctx["signatory"], size=10, align="right")
    para(d, "(signature et cachet)", size=8, align="right", color="777777")
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L257: Chinese-owned sawmill's purchase order from a Kingdee-KIS-style package with Chinese captions and
# English under them (HTML -> Chromium): the Chinese company name over the English one, "采购订单" with
# "Purchase Order" under it, a three-cell header row (供应商 Supplier, 日期 Date, 编号 No.), a second row (币别
# Currency, 交货方式 Delivery, 付款条件 Payment), lines "物料代码 | 物料名称 / 规格型号 | 单位 | 数量 | 单价 | 金额 |
# 交货日期" with plain numbers (1234.50) and ISO-like dates 2036/03/04, a 合计 row, the "摘要 Memo" and the
# 业务员 / 审核 / 制单 footer.

def l257_kingdee(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cur = e(doc.currency or "")
    need = dd(doc.date + dt.timedelta(days=70), st.date)
    rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td>{e(ln.unit or '')}</td>"
                   f"<td class=r>{ln.quantity}</td><td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>"
                   f"{amt(ln.amount, st.num)}</td><td class=nw>{need}</td></tr>" for ln in doc.lines)
    quote = ref(doc, "quote_ref")
    body = (
        f"<div class=hd>{e(ctx['name_zh'])}<br><span>{e(doc.buyer.name)}</span></div><h2>采购订单<br><span>Purchase "
        f"Order</span></h2><table class=g><tr><th>供应商<br>Supplier</th><td>{e(doc.seller.name)}</td><th>日期<br>"
        f"Date</th><td>{dd(doc.date, st.date)}</td><th>编号<br>No.</th><td>{nw(doc.number)}</td></tr><tr><th>币别<br>"
        f"Currency</th><td>{cur}</td><th>交货方式<br>Delivery</th><td>{nw(doc.incoterms or '')}</td><th>付款条件<br>"
        f"Payment</th><td>{e(doc.payment_terms or '')}</td></tr></table><table class=ln><thead><tr><th>物料代码<br>"
        "Item Code</th><th>物料名称 / 规格型号<br>Description</th><th>单位<br>Unit</th><th class=r>数量<br>Qty</th>"
        "<th class=r>单价<br>Price</th><th class=r>金额<br>Amount</th><th>交货日期<br>Delivery</th></tr></thead><tbody>"
        f"{rows}<tr class=tr><td colspan=3>合计 Total</td><td class=r>{sum(ln.quantity for ln in doc.lines)}</td><td>"
        f"</td><td class=r>{cur} {amt(doc.total, st.num)}</td><td></td></tr></tbody></table><p class=nt>摘要 Memo: "
        f"{e(ctx['memo'])}" + (f" Quotation {nw(quote)}." if quote else "") + "</p><table class=ft><tr><td>业务员 "
        f"Buyer: {e(ctx['contact'])}</td><td>审核 Approved: {e(ctx['signatory'])}</td><td>制单 Prepared: "
        f"{e(ctx['contact'])}</td></tr></table>")
    css = (".hd { text-align: center; font-size: 13pt; } .hd span { font-size: 9.5pt; } h2 { text-align: center; "
           "font-size: 16pt; margin: 8px 0; letter-spacing: 4px; } h2 span { font-size: 9pt; letter-spacing: 0; } "
           ".g { width: 100%; font-size: 8.5pt; } .g th { text-align: left; font-size: 7.5pt; color: #333; padding: "
           "3px; border-bottom: 1px solid #999; white-space: nowrap; } .g td { padding: 3px; border-bottom: 1px "
           "solid #999; } .ln { width: 100%; margin-top: 8px; font-size: 8pt; } .ln th { border-top: 2px solid "
           "#000; border-bottom: 1px solid #000; padding: 3px; text-align: left; font-size: 7.5pt; } .ln td { "
           "border-bottom: 1px dotted #999; padding: 3px; vertical-align: top; } .tr td { border-top: 1px solid #000;"
           " } .nt { font-size: 8pt; } .ft { width: 100%; font-size: 8.5pt; margin-top: 14px; }")
    return page(f"Purchase Order {doc.number}", css, body)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L248": (l248_business_central, "cloud ERP (Business-Central-style) quote / pro forma / invoice / packing "
                                    "list, ours (HTML)"),
    "L249": (l249_contract_note, "trading-house contract note with lettered clauses and a schedule, ours (docx)"),
    "L250": (l250_bill_of_lading, "ocean carrier's negotiable bill of lading (HTML)"),
    "L251": (l251_ebanking, "customer's internet-banking transaction page printed from the browser (HTML)"),
    "L252": (l252_quality_notification, "customer's ERP quality notification Q2 against the vendor (HTML)"),
    "L253": (l253_quickbooks, "QuickBooks-Desktop-style purchase order exported to Excel (xlsx)"),
    "L254": (l254_tally, "Tally-style purchase order voucher print (HTML)"),
    "L255": (l255_moldova, "Moldovan winery's Bestellung on its Word template (docx)"),
    "L256": (l256_somapef, "Mauritanian 'BON DE COMMANDE' typed in Word (docx -> PDF)"),
    "L257": (l257_kingdee, "Kingdee-KIS-style 采购订单 with English captions (HTML)"),
}

# Layouts that print a tax line of zero: their documents are labelled tax "0.00".
ZERO_TAX = ("L248", "L255")


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line."""
    return key in LAYOUTS
