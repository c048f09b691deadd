"""Twenty-fifth-holdout document layouts L238-L247, each modelled on a real-world family not used in L1-L237."""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from docx.shared import Inches, Pt
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
CONSOL = ("Solent Airfreight Consolidators Ltd", "Unit 9, Skyport Drive, Harmondsworth, West Drayton UB7 0LB, "
                                                 "United Kingdom", "IATA 91-4 7182/0418")


def dd(d: dt.date, style: str) -> str:
    """A printed date; "zh_long" is the Chinese 2035年5月7日 form."""
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


# ------------------------------------------------------------------------------------------------
# L238: Sales quote / pro forma / invoice printed from a cloud order-management and accounting platform
# (Brightpearl-style), ours (HTML -> Chromium): a dark band with our name and the document kind, an "Order
# details" box right (document number, our sales order, issue date, valid until / due date, customer reference,
# account, currency, channel) as a key/value list, "Billing address" and "Delivery address" left, lines "SKU |
# Product name | Qty | Unit | Unit price | Net", "Net total / Tax total (Z 0%) / Total", the payment and
# delivery terms with the tax code note, and the bank details.

L238_TITLE = {"quotation": "SALES QUOTE", "proforma_invoice": "PRO FORMA INVOICE", "commercial_invoice": "INVOICE"}


def l238_brightpearl(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kind = doc.doc_type
    title = L238_TITLE[kind]
    cur = e(doc.currency or "")
    if kind == "quotation":
        third = ("Valid until", dd(doc.date + dt.timedelta(days=45), st.date))
    elif kind == "commercial_invoice":
        third = ("Due date", dd(doc.date + dt.timedelta(days=ctx.get("due_days", 30)), st.date))
    else:
        third = ("Valid until", dd(doc.date + dt.timedelta(days=14), st.date))
    so = "SO-" + hashlib.sha1((ctx["account"] + (doc.order_number or doc.number or "")).encode()).hexdigest()[:5].upper()
    box = [("Document no.", f"<b>{nw(doc.number)}</b>"), ("Sales order", so if kind != "quotation" else "—"),
           ("Issue date", dd(doc.date, st.date)), third,
           ("Customer ref.", nw(doc.order_number) if doc.order_number else "—"), ("Account", e(ctx["account"])),
           ("Currency", cur), ("Channel", "Export – trade")]
    rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>{ln.quantity}</td>"
                   f"<td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>"
                   f"{amt(ln.amount, st.num)}</td></tr>"
                   for ln in doc.lines)
    tot = [("Net total", amt(doc.subtotal, st.num)), ("Tax total (Z 0%)", amt(doc.tax or Decimal(0), st.num)),
           (f"Total {cur}", amt(doc.total, st.num))]
    if kind == "proforma_invoice" and ctx.get("deposit"):
        share = (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)
        tot.append((f"Advance due now ({int(ctx['deposit'] * 100)}%)", amt(share, st.num)))
    if kind == "commercial_invoice" and ctx.get("deposit"):
        share = (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)
        tot += [("Less advance received", amt(share, st.num)), ("Balance to pay", amt(doc.total - share, st.num))]
    body = (
        f"<div class=band><span class=nm>Northwind Components Ltd.</span><span class=ti>{title}</span></div>"
        "<table class=top><tr><td class=ad><div class=k>Billing address</div>"
        f"{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}<br><span class=sm>{e(ctx['reg'])}</span>"
        f"<div class=k>Delivery address</div>{e(doc.buyer.name)}<br>{lines_of(ctx['ship_to'])}<br>FAO "
        f"{e(ctx['contact'])}</td><td class=bx><div class=k>Order details</div><div class=od>"
        + "<br>".join(f"<span class=ok>{k}</span> {v}" for k, v in box)
        + "</div></td></tr></table><table class=ln><thead><tr><th>SKU</th><th>Product name</th><th class=r>Qty"
        f"</th><th>Unit</th><th class=r>Unit price</th><th class=r>Net</th></tr></thead><tbody>{rows}</tbody></table><table class=tt>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in tot)
        + f"</table><p class=tm><b>Delivery terms</b> {e(doc.incoterms or '')} (Incoterms 2020) · <b>Payment "
        f"terms</b> {e(doc.payment_terms or '')}<br>Tax code Z: zero-rated export of goods from the United "
        f"Kingdom.</p><div class=ft>Pay to {US_BANK} · IBAN {US_IBAN} · BIC {US_BIC} · quote {e(doc.number)}<br>"
        f"Northwind Components Ltd. · 12 Dockside Road, Southampton SO14 3AB · VAT {US_VAT} · EORI {US_EORI} · "
        f"{US_CO}</div>")
    css = (".band { background: #23395b; color: #fff; padding: 10px 12px; overflow: hidden; } .nm { font-size: "
           "13pt; } .ti { float: right; font-size: 15pt; letter-spacing: 2px; } .top { width: 100%; margin-top: "
           "10px; } .top td { vertical-align: top; font-size: 8.5pt; } .ad { width: 55%; } .k { font-size: 7pt; "
           "color: #23395b; text-transform: uppercase; margin: 6px 0 2px; border-bottom: 1px solid #c9d3e3; } .sm "
           "{ font-size: 7.5pt; color: #555; } .bx { background: #f2f5fa; padding: 6px; } .od { width: 100%; } .od "
           "th { text-align: left; color: #555; padding: 2px 6px 2px 0; font-size: 8pt; } .od td { font-size: "
           "8.5pt; } .ln { width: 100%; margin-top: 12px; font-size: 8.5pt; } .ln th { background: #23395b; "
           "color: #fff; padding: 4px; text-align: left; } .ln td { border-bottom: 1px solid #dde3ec; padding: 3px "
           "4px; vertical-align: top; } .tt { margin: 8px 0 0 auto; font-size: 9pt; } .tt th { text-align: right; "
           "padding: 2px 12px; color: #444; } .tt td { text-align: right; min-width: 90px; padding: 2px 4px; } "
           ".tt tr:nth-child(3) td { border-top: 1px solid #222; } .tm { font-size: 8pt; margin-top: 10px; } .ft { "
           "margin-top: 14px; font-size: 7.5pt; color: #555; border-top: 1px solid #ccc; padding-top: 4px; }")
    return page(f"{title} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L239: Order confirmation that becomes the contract of sale when countersigned, ours (docx; signed copies and
# some drafts -> LibreOffice PDF): "ORDER CONFIRMATION AND CONTRACT OF SALE" with number and date in a two-cell
# table, a confirming paragraph, a particulars table (buyer, your order, delivery terms, time of despatch,
# payment, documents), the goods "Pos. | Our ref. | Description | Qty | Unit | Price | Value" with a "Contract
# value" row, an extract of our general conditions in numbered small print, and an "ACCEPTANCE" table with the
# seller's signature and the buyer's countersignature, name, position, date and stamp.

def l239_confirmation(doc: Doc, st: Style, ctx: dict) -> Rendered:
    # One regular weight throughout: every bold or italic run would embed another font in the PDF.
    d = new_docx("Anna Keller", "Liberation Sans", 9)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Inches(0.75)
    cur = doc.currency or ""
    para(d, "Northwind Components Ltd. · 12 Dockside Road, Southampton SO14 3AB, United Kingdom · "
         f"VAT {US_VAT} · {US_CO}", size=7.5, color="555555")
    para(d, "ORDER CONFIRMATION AND CONTRACT OF SALE", size=14)
    h = table(d, [[f"Confirmation / contract no.\n{doc.number}", f"Date\n{dd(doc.date, st.date)}"]], [3.5, 3.5],
              head=False, size=9)
    shade(h.cell(0, 0), "EDEDED")
    shade(h.cell(0, 1), "EDEDED")
    para(d)
    para(d, f"We, {doc.seller.name}, confirm that we have sold to you the goods listed below on the terms of this "
         "confirmation and our General Conditions of Sale (edition 2033). This confirmation becomes a binding "
         "contract of sale when it has been countersigned by the Buyer and returned to us.", size=9)
    order = doc.order_number or "to be advised by the Buyer"
    rows = [["Buyer", f"{doc.buyer.name}, {doc.buyer.address}"], ["Your order", order],
            ["Delivery terms", f"{doc.incoterms} (Incoterms® 2020)"], ["Time of despatch", ctx["delivery_time"]],
            ["Payment", f"{doc.payment_terms}; by bank transfer to {US_BANK}, IBAN {US_IBAN}, BIC {US_BIC}"],
            ["Documents", "Commercial invoice, packing list and house air waybill, by e-mail on despatch"]]
    table(d, rows, [1.5, 5.5], head=False, size=8.5)
    para(d)
    g = [["Pos.", "Our ref.", "Description", "Qty", "Unit", f"Price {cur}", f"Value {cur}"]]
    for i, ln in enumerate(doc.lines, start=1):
        g.append([str(i), ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                  amt(ln.amount, st.num)])
    g.append(["", "", "Contract value", "", "", cur, amt(doc.total, st.num)])
    t = table(d, g, [0.45, 1.15, 2.6, 0.5, 0.5, 0.85, 0.95], size=8.5)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    para(d, "Extract from our General Conditions of Sale", size=9)
    for i, text in enumerate((
            "Prices are fixed for the goods and quantities above and include export packing.",
            "Risk passes in accordance with the delivery term; title passes on payment in full.",
            "Defects must be notified in writing within 30 days of arrival; we repair or replace defective goods.",
            "Our liability is limited to the contract value; indirect and consequential loss is excluded.",
            "The contract is governed by English law, excluding the rules of the CISG; courts of London."),
            start=1):
        p = para(d, f"{i}. {text}", size=7.5)
        p.paragraph_format.space_after = Pt(1)
    para(d)
    para(d, "ACCEPTANCE", size=10)
    if doc.signed:
        cells = [[f"For the Seller\n{doc.seller.name}\n/s/ Anna Keller\nAnna Keller, Export Sales Manager\n"
                  f"Southampton, {dd(doc.date, st.date)}",
                  f"Accepted for the Buyer\n{doc.buyer.name}\n/s/ {ctx['signatory']}\n{ctx['signatory']}, "
                  f"{ctx['buyer_title']}\n{ctx['city']}, {dd(ctx['signed_on'], st.date)}\n[company stamp]"]]
    else:
        cells = [[f"For the Seller\n{doc.seller.name}\n\nSignature: ______________________\nName / position: "
                  "______________________\nDate: ____________",
                  f"Accepted for the Buyer\n{doc.buyer.name}\n\nSignature: ______________________\nName / position: "
                  "______________________\nDate: ____________   Company stamp"]]
    sg = table(d, cells, [3.5, 3.5], head=False, size=8.5)
    keep_row(sg.rows[0])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L240: PACKING LIST printed from a cloud inventory system (Cin7-style), ours (HTML -> Chromium): "PACKING LIST"
# with the dispatch number, a pick / pack / dispatch status strip, an information grid (dispatch date, customer
# PO, invoice, carrier, HAWB, Incoterms), "Ship to" and "Customer" cards, lines "Product code | Product | Batch |
# Qty / UOM | Box" with the quantity and its unit in one cell, the box count and weight, and "Packed by / Checked
# by".

def l240_cin7(doc: Doc, st: Style, ctx: dict) -> Rendered:
    rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=nw>{e(batch)}"
                   f"</td><td class=r>{ln.quantity} {e(ln.unit or '')}</td><td class=c>{box}</td></tr>"
                   for ln, box, batch in ctx["rows"])
    info = [("Dispatch date", dd(doc.date, st.date)), ("Customer PO", nw(doc.order_number or "")),
            ("Invoice", nw(ref(doc, "invoice_ref") or "to follow")), ("Carrier", e(ctx["carrier"])),
            ("HAWB", nw(", ".join(doc.tracking_numbers))), ("Incoterms", nw(doc.incoterms or ""))]
    body = (
        f"<table class=top><tr><td><div class=ti>PACKING LIST</div>Dispatch <b>{nw(doc.number)}</b></td><td class=rt>"
        f"<div class=nm>{e(doc.seller.name)}</div>{lines_of(doc.seller.address)}</td></tr></table>"
        "<div class=st><span>✔ Picked</span><span>✔ Packed</span><span>✔ Dispatched</span></div><table class=g><tr>"
        + "".join(f"<td><div class=k>{k}</div>{v}</td>" for k, v in info)
        + f"</tr></table><table class=cd><tr><td><div class=k>Ship to</div>{e(doc.buyer.name)}<br>"
        f"{lines_of(ctx['ship_to'])}<br>Attn. {e(ctx['contact'])}</td><td><div class=k>Customer</div>"
        f"{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}</td></tr></table><table class=ln><thead><tr>"
        "<th>Product code</th><th>Product</th><th>Batch</th><th class=r>Qty / UOM</th><th "
        f"class=c>Box</th></tr></thead><tbody>{rows}</tbody></table><p class=sm>{len(ctx['rows'])} lines · "
        f"{ctx['boxes']} boxes of 60 x 40 x 35 cm · total gross {ctx['gross']} kg</p><table class=sg>"
        "<tr><td>Packed by: J. Whitcombe</td><td>Checked by: ____________________</td></tr></table>")
    css = (".top { width: 100%; } .top td { vertical-align: top; font-size: 8.5pt; } .ti { font-size: 20pt; color: "
           "#0b7a75; } .rt { text-align: right; } .nm { font-size: 11pt; } .st { margin: 8px 0; } .st span { "
           "display: inline-block; background: #e0f2f1; color: #0b7a75; border-radius: 9px; padding: 2px 10px; "
           "margin-right: 6px; font-size: 8pt; } .g { width: 100%; table-layout: fixed; border: 1px solid #b2dfdb; "
           "} .g td { padding: 4px; font-size: 8.5pt; vertical-align: top; border-right: 1px solid #b2dfdb; } .k { "
           "font-size: 7pt; color: #0b7a75; text-transform: uppercase; } .cd { width: 100%; margin-top: 8px; "
           "table-layout: fixed; } .cd td { border: 1px solid #ddd; padding: 5px; vertical-align: top; font-size: "
           "8.5pt; } .ln { width: 100%; margin-top: 10px; font-size: 8.5pt; } .ln th { border-bottom: 2px solid "
           "#0b7a75; padding: 3px; text-align: left; } .ln td { border-bottom: 1px solid #eee; padding: 3px; "
           "vertical-align: top; } .bx { margin-top: 10px; font-size: 8pt; } .bx th { text-align: left; padding: "
           "2px 10px 2px 0; color: #555; } .bx td { padding: 2px 10px 2px 0; } .sm { font-size: 8pt; } .sg { width: "
           "100%; margin-top: 20px; font-size: 8.5pt; }")
    return page(f"Packing list {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L241: The air-freight consolidator's HOUSE AIR WAYBILL (HTML -> Chromium): the consolidator's name and IATA
# agent code, "HAWB No." large top right with the master AWB number and "Consolidated shipment", shipper /
# consignee / notify boxes, airport of departure and destination with the routing, accounting information with
# the customer's order, handling information, the rate line (pieces, gross weight, rate class, chargeable
# weight, "AS AGREED", nature and quantity of goods with dimensions), and "Executed on (date) at (place)".

def l241_hawb(doc: Doc, st: Style, ctx: dict) -> Rendered:
    hawb = ", ".join(doc.tracking_numbers)
    body = (
        f"<table class=f><tr><td class=w><div class=cap>Shipper's name and address</div>{e(doc.seller.name)}<br>"
        f"{lines_of(doc.seller.address)}<br>EORI {US_EORI}</td><td class=w rowspan=2><div class=hb>HOUSE AIR WAYBILL"
        f"</div>Not negotiable · Consolidated shipment<br><br>HAWB No. <b class=big>{nw(doc.number)}</b><br>MAWB No. "
        f"{e(ctx['mawb'])}<br><br>Issued by {CONSOL[0]}<br>{lines_of(CONSOL[1])}<br>{CONSOL[2]}</td></tr><tr><td>"
        f"<div class=cap>Consignee's name and address</div>{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}"
        f"<br>Notify: {e(ctx['contact'])}</td></tr></table><table class=f><tr><td><div class=cap>Airport of "
        "departure</div>London Heathrow (LHR)</td><td><div class=cap>Routing / by first carrier</div>"
        f"{e(ctx['routing'])}</td><td><div class=cap>Airport of destination</div>{e(ctx['dest'])}</td><td><div "
        f"class=cap>Flight / date</div>{e(ctx['flight'])}</td></tr><tr><td colspan=2><div class=cap>Accounting "
        f"information</div>Freight {e(ctx['freight'])} · Customer order {nw(doc.order_number or '')}</td><td "
        f"colspan=2><div class=cap>Handling information</div>{e(ctx['handling'])}</td></tr></table><table class=g>"
        "<thead><tr><th>No. of pieces</th><th>Gross weight</th><th>kg/lb</th><th>Rate class</th><th>Chargeable "
        "weight</th><th>Rate / charge</th><th>Total</th><th>Nature and quantity of goods (incl. dimensions)</th>"
        f"</tr></thead><tbody><tr><td>{ctx['pieces']}</td><td>{ctx['weight']}</td><td>K</td><td>Q</td><td>"
        f"{ctx['chargeable']}</td><td>AS AGREED</td><td>AS AGREED</td><td>{e(ctx['goods'])}<br>{e(ctx['dims'])}"
        "<br>Consolidation per MAWB</td></tr></tbody></table><p class=ct>The shipper certifies that the particulars "
        "on the face hereof are correct. Goods accepted in apparent good order and condition for carriage subject "
        "to the conditions of contract of the issuing consolidator.</p><table class=f><tr><td><div class=cap>"
        f"Executed on (date)</div>{dd(doc.date, st.date)}</td><td><div class=cap>at (place)</div>London Heathrow</td>"
        f"<td><div class=cap>Signature of issuing carrier or its agent</div>{CONSOL[0]}</td></tr></table>"
        f"<p class=ref>HAWB {e(hawb)} · ORIGINAL 3 (FOR SHIPPER)</p>")
    css = (".f { width: 100%; margin-top: -1px; table-layout: fixed; } .f td { border: 1px solid #333; padding: "
           "4px; vertical-align: top; font-size: 8.5pt; } .w { width: 50%; } .hb { font-size: 17pt; color: #8a1c1c; "
           "letter-spacing: 1px; } .big { font-size: 13pt; } .cap { font-size: 6.5pt; color: #666; } .g { width: "
           "100%; margin-top: -1px; } .g th, .g td { border: 1px solid #333; padding: 4px; font-size: 7.5pt; "
           "text-align: left; vertical-align: top; } .g td { height: 90px; } .ct { font-size: 7.5pt; border: 1px "
           "solid #333; margin: -1px 0 0; padding: 5px; } .ref { font-size: 7pt; color: #8a1c1c; text-align: "
           "right; }")
    return page(f"HAWB {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L242: The customer's accounts-payable PAYMENT VOUCHER printed from its accounting system and sent as proof,
# in the customer's language, en/de/fr/es/zh (HTML -> Chromium): the customer's letterhead, the voucher title and number, a
# "PAID" stamp with the bank reference, a field grid (date, payee, payee bank, account, currency, amount, amount
# in the customer's words for the kind of payment, bank reference), a "Documents settled" table (invoice, order,
# amount) and the prepared / checked / approved boxes.

L242 = {
    "en": ("PAYMENT VOUCHER", "Voucher No.", "PAID", "Date", "Payee", "Payee's bank", "Payee's account",
           "Payment method", "SWIFT telegraphic transfer", "Currency", "Amount paid", "Bank reference",
           "Being payment of", ("Document", "Our order", "Amount"), "Invoice", "Advance per pro forma",
           ("Prepared by", "Checked by", "Approved by")),
    "de": ("ZAHLUNGSBELEG", "Beleg-Nr.", "BEZAHLT", "Datum", "Zahlungsempfänger", "Bank des Empfängers",
           "Konto des Empfängers", "Zahlungsart", "Auslandsüberweisung (SWIFT)", "Währung", "Gezahlter Betrag",
           "Bankreferenz", "Verwendungszweck", ("Beleg", "Unsere Bestellung", "Betrag"), "Rechnung",
           "Anzahlung laut Proforma", ("Erstellt", "Geprüft", "Genehmigt")),
    "fr": ("PIÈCE DE DÉCAISSEMENT", "Pièce N°", "PAYÉ", "Date", "Bénéficiaire", "Banque du bénéficiaire",
           "Compte du bénéficiaire", "Mode de règlement", "Virement international SWIFT", "Devise", "Montant réglé",
           "Référence banque", "Objet", ("Pièce", "Notre commande", "Montant"), "Facture",
           "Acompte sur facture pro forma", ("Établi par", "Vérifié par", "Approuvé par")),
    "es": ("COMPROBANTE DE PAGO", "Comprobante No.", "PAGADO", "Fecha", "Beneficiario", "Banco del beneficiario",
           "Cuenta del beneficiario", "Forma de pago", "Transferencia internacional SWIFT", "Moneda",
           "Importe pagado", "Referencia bancaria", "Concepto", ("Documento", "Nuestro pedido", "Importe"),
           "Factura", "Anticipo según factura proforma", ("Elaborado por", "Revisado por", "Aprobado por")),
    # Few Chinese captions: each CJK glyph becomes a Type 3 font in Chromium's PDF and weighs on the split's size.
    "zh": ("付款凭单 PAYMENT VOUCHER", "凭单号 Voucher No.", "已付 PAID", "日期 Date", "收款人 Payee", "Payee's Bank",
           "Payee's Account", "Method", "T/T (SWIFT)", "Currency", "金额 Amount Paid", "Bank Ref.", "Purpose",
           ("Document", "Order", "金额 Amount"), "发票 Invoice", "预付款 Advance (pro forma)",
           ("制单 Prepared", "审核 Checked", "批准 Approved")),
}


def l242_voucher(doc: Doc, st: Style, ctx: dict) -> Rendered:
    (title, c_no, paid, c_date, c_payee, c_bank, c_acc, c_method, method, c_cur, c_amt, c_bref, c_purpose, heads,
     c_inv, c_adv, signs) = L242[st.lang]
    cur = e(doc.currency or "")
    inv = ref(doc, "invoice_ref")
    what = c_adv if ctx.get("remark") else c_inv
    h = hashlib.sha1(doc.number.encode()).hexdigest()
    bref = f"FT{int(h[:10], 16) % 10**12:012d}"
    grid = [(c_date, dd(doc.date, st.date)), (c_payee, f"{e(doc.seller.name)}<br>{e(doc.seller.address)}"),
            (c_bank, f"{US_BANK}, Southampton · BIC {US_BIC}"), (c_acc, US_IBAN), (c_method, method),
            (c_cur, cur), (c_amt, f"<b>{cur} {amt(doc.total, st.num)}</b>"), (c_bref, bref),
            (c_purpose, f"{what} {nw(inv)}")]
    settled = (f"<tr><td>{what} {nw(inv)}</td><td>{nw(doc.order_number or '')}</td><td class=r>"
               f"{amt(doc.total, st.num)}</td></tr>")
    body = (
        f"<table class=lh><tr><td><div class=nm>{e(doc.buyer.name)}</div>{e(doc.buyer.address)}<br>"
        f"{e(ctx['reg'])}</td><td class=stc><div class=stamp>{paid}<br><span>{dd(doc.date, st.date)}</span></div>"
        f"</td></tr></table><h2>{title}</h2><p class=no>{c_no} <b>{nw(doc.number)}</b></p><table class=g>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in grid)
        + "</table><table class=d><thead><tr>" + "".join(f"<th>{x}</th>" for x in heads)
        + f"</tr></thead><tbody>{settled}</tbody></table><table class=sg><tr>"
        + "".join(f"<td>{s}<br><br>{e(n)}</td>" for s, n in zip(signs, ctx["voucher_signs"], strict=True))
        + f"</tr></table><p class=sm>{e(ctx['bank'])} · SWIFT {e(ctx['bic'])} · {e(ctx['iban'])}</p>")
    css = (".lh { width: 100%; border-bottom: 2px solid #444; } .lh td { vertical-align: top; font-size: 8.5pt; } "
           ".nm { font-size: 13pt; } .stc { text-align: right; } .stamp { display: inline-block; border: 3px solid "
           "#c62828; color: #c62828; font-size: 16pt; padding: 4px 14px; transform: rotate(-6deg); text-align: "
           "center; } .stamp span { font-size: 8pt; } h2 { font-size: 14pt; margin: 14px 0 2px; } .no { margin: "
           "0 0 8px; } .g { width: 100%; font-size: 9pt; } .g th { text-align: left; width: 30%; color: #444; "
           "padding: 4px; background: #f4f4f4; border: 1px solid #ccc; vertical-align: top; } .g td { padding: 4px; "
           "border: 1px solid #ccc; } .d { width: 100%; margin-top: 12px; font-size: 8.5pt; } .d th { background: "
           "#444; color: #fff; text-align: left; padding: 3px; } .d td { border-bottom: 1px solid #ccc; padding: "
           "3px; } .sg { width: 100%; margin-top: 22px; font-size: 8.5pt; table-layout: fixed; } .sg td { border: "
           "1px solid #999; padding: 5px; vertical-align: top; } .sm { font-size: 7.5pt; color: #666; }")
    return page(title, css, body)


# ------------------------------------------------------------------------------------------------
# L243: The customer's equipment FAILURE REPORT raised in its maintenance management system (Maximo-style work
# order failure report), the claim document, in English, German or French: the report and work-order numbers, a
# status line, an asset / location grid (asset, location, failure class, reported by, supplier, purchase order,
# warranty claim reference, date installed, date failed), the failure hierarchy (problem, cause, remedy), the
# failed parts table "Part no. | Description | Qty installed | Qty failed | Failure mode | Running hours" and a
# warranty request.

L243 = {
    "en": ("FAILURE REPORT", "Report", "Work order", "Status: WAPPR – waiting for supplier response", "Asset",
           "Location", "Failure class", "Reported by", "Supplier", "Purchase order", "Warranty claim",
           "Date installed", "Date of failure", "Report date", ("Problem", "Cause", "Remedy"),
           ("Part no.", "Description", "Qty installed", "Qty failed", "Failure mode", "Running hours"),
           "Warranty request", "We request replacement of the failed parts under the supplier's warranty and a "
           "written root-cause analysis within 14 days.", "Maintenance planner"),
    "de": ("SCHADENSBERICHT", "Bericht", "Arbeitsauftrag", "Status: WAPPR – Rückmeldung des Lieferanten offen",
           "Anlage", "Standort", "Schadensklasse", "Gemeldet von", "Lieferant", "Bestellung", "Garantieantrag",
           "Eingebaut am", "Ausfall am", "Berichtsdatum", ("Problem", "Ursache", "Maßnahme"),
           ("Teile-Nr.", "Bezeichnung", "Menge eingebaut", "Menge ausgefallen", "Ausfallart", "Betriebsstunden"),
           "Garantieforderung", "Wir fordern den kostenlosen Ersatz der ausgefallenen Teile im Rahmen der Garantie "
           "und eine schriftliche Ursachenanalyse innerhalb von 14 Tagen.", "Instandhaltungsplaner"),
    "fr": ("RAPPORT DE DÉFAILLANCE", "Rapport", "Ordre de travail", "Statut : WAPPR – réponse du fournisseur "
           "attendue", "Équipement", "Emplacement", "Classe de défaillance", "Signalé par", "Fournisseur",
           "Commande", "Réclamation garantie", "Date de montage", "Date de la panne", "Date du rapport",
           ("Problème", "Cause", "Remède"), ("Réf. pièce", "Désignation", "Qté montée", "Qté défaillante",
                                             "Mode de défaillance", "Heures de marche"),
           "Demande au titre de la garantie", "Nous demandons le remplacement des pièces défaillantes au titre de "
           "la garantie et une analyse des causes par écrit sous 14 jours.", "Planificateur maintenance"),
}


def l243_failure(doc: Doc, st: Style, ctx: dict) -> Rendered:
    (title, c_rep, c_wo, status, c_asset, c_loc, c_class, c_by, c_sup, c_po, c_claim, c_inst, c_fail, c_date,
     pcr, heads, c_ask, ask, c_planner) = L243[st.lang]
    grid = [(c_asset, e(ctx["asset"])), (c_loc, e(ctx["location"])), (c_class, e(ctx["fclass"])),
            (c_by, e(ctx["reported_by"])), (c_sup, e(doc.seller.name)), (c_po, nw(doc.order_number or "")),
            (c_claim, nw(ref(doc, "claim_ref"))), (c_inst, dd(ctx["installed"], st.date)),
            (c_fail, dd(ctx["failed"], st.date)), (c_date, dd(doc.date, st.date))]
    cells = "".join(f"<th>{k}</th><td>{v}</td>" + ("</tr><tr>" if i % 2 else "") for i, (k, v) in enumerate(grid))
    rows = "".join(f"<tr><td class=nw>{e(sku)}</td><td>{words(desc)}</td><td class=r>{q}</td><td class=r>{bad}</td>"
                   f"<td>{e(mode)}</td><td class=r>{hours}</td></tr>"
                   for sku, desc, q, bad, mode, hours in ctx["findings"])
    body = (
        f"<div class=hd><span>{e(doc.buyer.name)}</span><span class=rt>{e(ctx['reg'])}</span></div><h2>{title}</h2>"
        f"<p class=no>{c_rep} <b>{nw(doc.number)}</b> · {c_wo} {e(ctx['wo'])}</p><p class=st>{status}</p>"
        f"<table class=p><tr>{cells}</tr></table><table class=h><tr>"
        + "".join(f"<th>{k}</th><td>{e(v)}</td>" for k, v in zip(pcr, ctx["pcr"], strict=True))
        + "</tr></table><table class=d><thead><tr>" + "".join(f"<th>{x}</th>" for x in heads)
        + f"</tr></thead><tbody>{rows}</tbody></table><p class=ask><b>{c_ask}:</b> {ask}</p><p class=sg>{c_planner}: "
        f"{e(ctx['reported_by'])}</p>")
    css = (".hd { background: #3b4a5a; color: #fff; padding: 6px 8px; font-size: 9pt; } .hd .rt { float: right; "
           "font-size: 7.5pt; } h2 { font-size: 14pt; margin: 10px 0 2px; } .no { margin: 0; } .st { font-size: "
           "8pt; color: #b35c00; margin: 3px 0 8px; } .p { width: 100%; font-size: 8.5pt; table-layout: fixed; } "
           ".p th { text-align: left; background: #eef1f4; color: #444; padding: 3px; border: 1px solid #d5dbe1; } "
           ".p td { padding: 3px; border: 1px solid #d5dbe1; } .h { width: 100%; margin-top: 8px; font-size: 8pt; "
           "table-layout: fixed; } .h th { text-align: left; width: 9%; color: #3b4a5a; padding: 3px; } .h td { "
           "padding: 3px; border-bottom: 1px solid #ddd; } .d { width: 100%; margin-top: 10px; font-size: 8pt; } "
           ".d th { background: #3b4a5a; color: #fff; padding: 3px; text-align: left; } .d td { border-bottom: 1px "
           "solid #ccc; padding: 3px; vertical-align: top; } .ask { border: 1px solid #aaa; padding: 5px; "
           "font-size: 8.5pt; } .sg { font-size: 8.5pt; margin-top: 14px; }")
    return page(f"{title} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L244: Zimbabwean citrus packer's purchase order from a Sage-Evolution-style accounting package exported to
# Excel (xlsx, sent as is): the company block with BP and VAT numbers top left, "PURCHASE ORDER" and a boxed
# "Order No. / Order Date / Supplier Code / Your Ref. / Page" block right, "Supplier" and "Deliver To" blocks
# side by side, a terms row, lines "Item Code | Description | Qty | UOM | Unit Price Excl. | Disc % | Line Total
# Excl." with a "Due" column, "Total Excl. / VAT @ 0% / Total Incl." and "Authorised" with the order notes.

def l244_evolution(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], doc.number)
    thin = Side(style="thin", color="7F7F7F")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEFGH", (16, 42, 7, 8, 14, 7, 15, 12), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, doc.buyer.name).font = Font(bold=True, size=13)
    ws.cell(2, 1, doc.buyer.address)
    ws.cell(3, 1, ctx["reg"])
    ws.cell(1, 6, "PURCHASE ORDER").font = Font(bold=True, size=15, color="1F4E78")
    for k, (a, b) in enumerate((("Order No.", doc.number), ("Order Date", day(doc.date, st.date)),
                                ("Supplier Code", "NORTH01"), ("Your Ref.", ref(doc, "quote_ref") or "-"),
                                ("Page", "1 of 1"))):
        ws.cell(2 + k, 6, a).font = bold
        c = ws.cell(2 + k, 7, b)
        c.border = grid
    ws.cell(8, 1, "Supplier").font = bold
    ws.cell(9, 1, doc.seller.name)
    ws.cell(10, 1, doc.seller.address)
    ws.cell(8, 5, "Deliver To").font = bold
    ws.cell(9, 5, ctx["ship_to"])
    for k, (a, b) in enumerate((("Currency", doc.currency or ""), ("Delivery Terms", doc.incoterms or ""),
                                ("Payment Terms", doc.payment_terms or ""), ("Buyer", ctx["contact"]))):
        ws.cell(12, 1 + 2 * k, a).font = bold
        ws.cell(13, 1 + 2 * k, b)
    r = 15
    need = day(doc.date + dt.timedelta(days=42), st.date)
    for j, cap in enumerate(("Item Code", "Description", "Qty", "UOM", "Unit Price Excl.", "Disc %",
                             "Line Total Excl.", "Due"), start=1):
        c = ws.cell(r, j, cap)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = grid
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((ln.sku, ln.description, ln.quantity, ln.unit or "", float(ln.unit_price), 0,
                               float(ln.amount), need), start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            c.alignment = Alignment(vertical="top", wrap_text=j == 2)
            if j in (5, 7):
                c.number_format = "#,##0.00"
            if j == 6:
                c.number_format = "0.0"
    r += len(doc.lines) + 2
    for k, (cap, v) in enumerate((("Total Excl.", doc.subtotal), ("VAT @ 0% (imported goods, paid at entry)",
                                                                  doc.tax or Decimal(0)),
                                  (f"Total Incl. {doc.currency}", doc.total))):
        ws.cell(r + k, 5, cap).font = bold
        c = ws.cell(r + k, 7, float(v))
        c.number_format = "#,##0.00"
    r += 4
    ws.cell(r, 1, "Notes").font = bold
    ws.cell(r, 2, "Deliver before the start of the packing season. Air waybill and invoice must show our order "
                  "number.")
    ws.cell(r + 2, 1, "Authorised").font = bold
    ws.cell(r + 2, 2, f"{ctx['signatory']}, {ctx['buyer_title']}")
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L245: Bosnian foundry's order in German from a Pantheon-style ERP exported to Word (docx, sent as is), with
# Bosnian captions: the company line with JIB / PDV, the supplier's address window left and a document block
# right ("NARUDŽBA / BESTELLUNG", "Broj / Nr.", "Datum", "Ident dobavljača / Lieferanten-Ident"), a reference
# line, lines "Rb. / Pos. | Ident | Naziv / Bezeichnung | Kol. / Menge | JM / ME | Cijena / Preis | Rabat % |
# Vrijednost / Wert" over pages, "Ukupno / Summe" with "PDV / MwSt.: 0,00 (Einfuhr)", the terms as a small
# two-column table and "Narudžbu izdao / Bestellt von" and "Odobrio / Genehmigt".

def l245_pantheon(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Inches(0.7)
    cur = doc.currency or ""
    para(d, f"{ctx['name_bs']} · {doc.buyer.address} · {ctx['reg']}", size=7.5, color="555555")
    para(d)
    head = [[f"{doc.seller.name}\n{doc.seller.address.replace(', ', chr(10))}",
             f"NARUDŽBA / BESTELLUNG\nBroj / Nr.: {doc.number}\nDatum: {day(doc.date, st.date)}\n"
             f"Ident dobavljača / Lieferanten-Ident: 2104\nReferent / Sachbearbeiter: {ctx['contact']}"]]
    h = table(d, head, [3.6, 3.4], head=False, size=9)
    shade(h.cell(0, 1), "FCE4D6")
    para(d)
    para(d, "Sehr geehrte Damen und Herren, hiermit bestellen wir zu den unten stehenden Bedingungen"
         + (f" (Ihr Angebot {ref(doc, 'quote_ref')})" if ref(doc, "quote_ref") else "") + ":", size=9)
    rows = [["Rb.\nPos.", "Ident", "Naziv\nBezeichnung", "Kol.\nMenge", "JM\nME", f"Cijena\nPreis {cur}",
             "Rabat\n%", f"Vrijednost\nWert {cur}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     "0,0", amt(ln.amount, st.num)])
    rows.append(["", "", "Ukupno / Summe", "", "", "", "", amt(doc.subtotal, st.num)])
    rows.append(["", "", "PDV / MwSt. (Einfuhr)", "", "", "", "", amt(doc.tax or Decimal(0), st.num)])
    rows.append(["", "", f"Za platiti / Gesamtbetrag {cur}", "", "", "", "", amt(doc.total, st.num)])
    t = table(d, rows, [0.4, 1.0, 2.4, 0.5, 0.45, 0.8, 0.45, 1.0], size=8.5)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    terms = [["Paritet / Lieferbedingung", f"{doc.incoterms} (Incoterms 2020)"],
             ["Plaćanje / Zahlung", doc.payment_terms or ""], ["Valuta / Währung", cur],
             ["Rok isporuke / Liefertermin", "6 Wochen nach Bestellung"],
             ["Napomena / Hinweis", "Bestellnummer auf Rechnung, Packliste und Frachtbrief angeben; Ursprungszeugnis "
                                    "EUR.1 beilegen."]]
    table(d, terms, [2.0, 5.0], head=False, size=8.5)
    para(d)
    sg = table(d, [["Narudžbu izdao / Bestellt von", "Odobrio / Genehmigt"],
                   [ctx["contact"], f"{ctx['signatory']}, {ctx['buyer_title']}"]], [3.5, 3.5], size=9)
    keep_row(sg.rows[1])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L246: Chadian cotton company's "BON DE COMMANDE FOURNISSEUR" from an EBP-style French commercial-management
# package, saved to Word and sent as PDF (docx -> LibreOffice PDF): letterhead with NIF / RCCM, a framed
# supplier block right, a reference row "N° | Date | Code fournisseur | Délai | Mode d'expédition", lines
# "Code | Désignation | Qté | Unité | P.U. HT | Remise | Montant HT" with French numbers (1 234,56), a totals
# block "Total HT / Frais de port / TVA exonérée / Net à payer" without a tax amount, the conditions as lines,
# and "Moundou, le ..." with the director's title, name and a stamp note on the right.

def l246_ebp(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    cur = doc.currency or ""
    top = [[f"{doc.buyer.name}\n{doc.buyer.address}\n{ctx['reg']}",
            f"Fournisseur\n{doc.seller.name}\n{doc.seller.address}"]]
    h = table(d, top, [3.5, 3.5], head=False, size=9)
    shade(h.cell(0, 1), "F2F2F2")
    para(d)
    para(d, "BON DE COMMANDE FOURNISSEUR", size=15, align="center")
    refs = [["N°", "Date", "Code fournisseur", "Délai", "Mode d'expédition"],
            [doc.number, day(doc.date, st.date), "FNORTH", "6 semaines", "Fret aérien groupé"]]
    table(d, refs, [1.6, 1.1, 1.3, 1.0, 2.0], size=8.5)
    para(d)
    rows = [["Code", "Désignation", "Qté", "Unité", f"P.U. HT {cur}", "Remise", f"Montant HT {cur}"]]
    for ln in doc.lines:
        rows.append([ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num), "",
                     amt(ln.amount, st.num)])
    t = table(d, rows, [1.1, 2.75, 0.5, 0.5, 0.9, 0.55, 1.0], size=8.5)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    tot = table(d, [["Total HT", amt(doc.subtotal, st.num)], ["Frais de port", "inclus"],
                    ["TVA", "exonérée (importation)"], [f"Net à payer {cur}", amt(doc.total, st.num)]],
                [1.8, 1.6], head=False, size=9)
    for row in tot.rows:
        keep_row(row)
    para(d)
    for line in (f"Conditions de livraison : {doc.incoterms} (Incoterms 2020)",
                 f"Conditions de paiement : {doc.payment_terms}",
                 f"Livraison à : {ctx['ship_to']}",
                 "Merci de rappeler le numéro de ce bon de commande sur la facture, la liste de colisage et la LTA."):
        para(d, line, size=8.5)
    para(d)
    para(d, f"{ctx['city']}, le {day(doc.date, st.date)}", size=9, align="right")
    para(d, f"Le {ctx['buyer_title']}", size=9, align="right")
    para(d, ctx["signatory"], size=9, align="right")
    para(d, "(cachet et signature)", size=7.5, align="right", color="777777")
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L247: Chinese-owned refinery's purchase order from a Grasp-style (管家婆) small-business inventory package with
# zh/en captions (HTML -> Chromium): the Chinese company name centred over the English one, "采购订单 PURCHASE
# ORDER", a header of label cells (单据编号, 录单日期, 供货单位, 经手人, 交货日期, 结算方式, 交货方式, 币种, 收货仓库),
# lines "行号 | 商品编号 | 商品名称 / 规格 | 单位 | 数量 | 单价 | 金额", a "合计" row with the total quantity and
# amount, "摘要" and the 制单 / 审核 / 打印日期 footer (few Chinese glyphs: each becomes a Type 3 font in the PDF).

def l247_grasp(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cur = e(doc.currency or "")
    need = day(doc.date + dt.timedelta(days=49), st.date)
    rows = "".join(f"<tr><td class=c>{i}</td><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td>"
                   f"{e(ln.unit or '')}</td><td class=r>{ln.quantity}</td><td class=r>{amt(ln.unit_price, st.num)}</td>"
                   f"<td class=r>{amt(ln.amount, st.num)}</td></tr>" for i, ln in enumerate(doc.lines, start=1))
    hdr = [("单据编号 Order No.", f"<b>{nw(doc.number)}</b>"), ("录单日期 Date", day(doc.date, st.date)),
           ("供货单位 Supplier", e(doc.seller.name)), ("经手人 Buyer", e(ctx["contact"])),
           ("交货日期 Delivery", need), ("币种 Currency", cur),
           ("交货方式 Terms", nw(doc.incoterms or "")), ("结算方式 Payment", e(doc.payment_terms or "")),
           ("收货仓库 Warehouse", e(ctx["ship_to"])), ("参考报价 Quote Ref.", nw(ref(doc, "quote_ref") or "—"))]
    cells = "".join(f"<th>{k}</th><td>{v}</td>" + ("</tr><tr>" if i % 2 else "") for i, (k, v) in enumerate(hdr))
    body = (
        f"<div class=hd>{e(ctx['name_zh'])}<br><span>{e(doc.buyer.name)}</span><br><span class=sm>"
        f"{e(doc.buyer.address)} · {e(ctx['reg'])}</span></div><h2>采购订单 PURCHASE ORDER</h2><table class=g><tr>"
        f"{cells}</tr></table><table class=ln><thead><tr><th class=c>行号<br>No.</th><th>商品编号<br>Item Code</th>"
        "<th>商品名称 / 规格<br>Description</th><th>单位<br>Unit</th><th class=r>数量<br>Qty</th><th class=r>单价<br>"
        f"Unit Price</th><th class=r>金额<br>Amount</th></tr></thead><tbody>{rows}<tr class=tr><td colspan=4>合计 "
        f"Total {cur}</td><td class=r>{sum(ln.quantity for ln in doc.lines)}</td><td>"
        f"</td><td class=r><b>{amt(doc.total, st.num)}</b></td></tr></tbody></table><p class=nt>摘要 Remarks: "
        "air freight to Madang; quote this order number on invoice, packing list and air waybill.</p><table class=ft><tr><td>制单 Prepared: "
        f"{e(ctx['contact'])}</td><td>审核 Approved: {e(ctx['signatory'])}</td><td>打印日期 Printed: "
        f"{day(doc.date, st.date)}</td></tr></table>")
    css = (".hd { text-align: center; font-size: 14pt; } .hd span { font-size: 10pt; } .hd .sm { font-size: 7.5pt; "
           "color: #555; } h2 { text-align: center; font-size: 15pt; letter-spacing: 3px; margin: 8px 0; } .g { "
           "width: 100%; font-size: 8.5pt; table-layout: fixed; } .g th { text-align: left; background: #fdf3e1; "
           "border: 1px solid #999; padding: 3px; width: 17%; } .g td { border: 1px solid #999; padding: 3px; } .ln "
           "{ width: 100%; margin-top: 8px; font-size: 8.5pt; } .ln th { background: #fdf3e1; border: 1px solid "
           "#999; padding: 3px; text-align: left; } .ln td { border: 1px solid #999; padding: 3px; vertical-align: "
           "top; } .tr td { background: #fafafa; } .nt { font-size: 8pt; } .ft { width: 100%; font-size: 8.5pt; "
           "margin-top: 14px; } .ft td { padding: 3px; }")
    return page(f"采购订单 {doc.number}", css, body)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L238": (l238_brightpearl, "cloud order-management platform (Brightpearl-style) sales quote / pro forma / "
                               "invoice, order-details box, SKU / Product name / Net / Tax / Line total (HTML)"),
    "L239": (l239_confirmation, "order confirmation that becomes the contract of sale when countersigned, "
                                "general-conditions extract, ACCEPTANCE table (docx)"),
    "L240": (l240_cin7, "cloud inventory system (Cin7-style) packing list with status strip, batch and box "
                        "columns (HTML)"),
    "L241": (l241_hawb, "air-freight consolidator's house air waybill (HAWB) with the master AWB (HTML)"),
    "L242": (l242_voucher, "customer's accounts-payable payment voucher with a PAID stamp, en/de/fr/es/zh (HTML)"),
    "L243": (l243_failure, "customer's maintenance-system failure report (Maximo-style), en/de/fr (HTML)"),
    "L244": (l244_evolution, "Zimbabwean purchase order from a Sage-Evolution-style package exported to Excel "
                             "(xlsx)"),
    "L245": (l245_pantheon, "Bosnian 'NARUDŽBA / BESTELLUNG' from a Pantheon-style ERP in German with Bosnian "
                            "captions (docx)"),
    "L246": (l246_ebp, "Chadian 'BON DE COMMANDE FOURNISSEUR' from an EBP-style package (docx -> PDF)"),
    "L247": (l247_grasp, "Chinese-owned refinery's purchase order from a Grasp-style (管家婆) package, zh/en "
                         "captions (HTML)"),
}

# Layouts that print a tax line of zero: their documents are labelled tax "0.00".
ZERO_TAX = ("L238", "L244", "L245")


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line."""
    return key in LAYOUTS
