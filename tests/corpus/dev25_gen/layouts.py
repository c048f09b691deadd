"""Twenty-fourth-holdout document layouts L228-L237, each modelled on a real-world family not used in L1-L227."""
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
MTO = ("Itchen Multimodal Logistics Ltd", "Berth 104 Gate, Western Docks, Southampton SO15 1DA, United Kingdom")


def dd(d: dt.date, style: str) -> str:
    """A printed date; "zh_long" is the Chinese 2035年3月5日 form the bank forms use."""
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
    """Escaped text whose hyphenated words do not break at the hyphen."""
    return " ".join(nw(w) if "-" in w else e(w) for w in text.split(" "))


def lines_of(text: str) -> str:
    return nl(text.replace(", ", "\n"))


# ------------------------------------------------------------------------------------------------
# L228: Cloud ERP (Acumatica-style) sales quote / pro forma / invoice, ours (HTML -> Chromium): our name and a
# thin orange rule top left, the document kind and "Reference Nbr." top right, a four-column field grid (Date,
# Customer ID, Terms, Due Date or Expires On, Customer Order Nbr., Shipping Terms, Currency, Owner), "Bill-To"
# and "Ship-To" contacts, lines "Line Nbr. | Inventory ID | Line Description | Qty. | UOM | Unit Price |
# Ext. Price", the totals "Detail Total / Discount Total / Tax Total / Document Total" and the remittance
# block.

L228_TITLE = {"quotation": ("Sales Quote", "Quote Total"), "proforma_invoice": ("Pro Forma Invoice", "Pro Forma Total"),
              "commercial_invoice": ("Invoice", "Balance")}


def l228_acumatica(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kind = doc.doc_type
    title, tot_cap = L228_TITLE[kind]
    cur = e(doc.currency or "")
    if kind == "quotation":
        third = ("Expires On", dd(doc.date + dt.timedelta(days=60), st.date))
    elif kind == "commercial_invoice":
        third = ("Due Date", dd(doc.date + dt.timedelta(days=ctx.get("due_days", 30)), st.date))
    else:
        third = ("Valid Until", dd(doc.date + dt.timedelta(days=21), st.date))
    grid = [("Date", dd(doc.date, st.date)), ("Customer ID", e(ctx["account"])), third,
            ("Customer Order Nbr.", nw(doc.order_number) if doc.order_number else "&nbsp;"),
            ("Terms", e(doc.payment_terms or "")), ("Shipping Terms", nw(doc.incoterms or "")),
            ("Currency", cur), ("Owner", "Anna Keller")]
    cells = "".join(f"<td><div class=k>{k}</div>{v}</td>" + ("</tr><tr>" if i % 4 == 3 else "")
                    for i, (k, v) in enumerate(grid))
    rows = "".join(f"<tr><td class=c>{i}</td><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td>"
                   f"<td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}"
                   f"</td><td class=r>{amt(ln.amount, st.num)}</td></tr>" for i, ln in enumerate(doc.lines, start=1))
    tot = [("Detail Total", amt(doc.subtotal, st.num)), ("Discount Total", amt(Decimal(0), st.num)),
           ("Tax Total", amt(doc.tax or Decimal(0), st.num)), (f"{tot_cap} ({cur})", amt(doc.total, st.num))]
    if kind == "proforma_invoice" and ctx.get("deposit"):
        share = (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)
        tot.append((f"Prepayment requested ({int(ctx['deposit'] * 100)}%)", amt(share, st.num)))
    body = (
        "<table class=top><tr><td><div class=nm>Northwind Components Ltd.</div><div class=rl></div>12 Dockside Road, "
        f"Southampton SO14 3AB, United Kingdom<br>VAT Reg. {US_VAT} · EORI {US_EORI}</td><td class=rt><div class=ti>"
        f"{title}</div>Reference Nbr. <b>{nw(doc.number)}</b></td></tr></table>"
        f"<table class=g><tr>{cells}</tr></table><table class=ad><tr><td><div class=k>Bill-To</div>"
        f"{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}<br>{e(ctx['reg'])}</td><td><div class=k>Ship-To</div>"
        f"{e(doc.buyer.name)}<br>{lines_of(ctx['ship_to'])}<br>Attn. {e(ctx['contact'])}</td></tr></table>"
        "<table class=ln><thead><tr><th class=c>Line Nbr.</th><th>Inventory ID</th><th>Line Description</th>"
        "<th class=r>Qty.</th><th>UOM</th><th class=r>Unit Price</th><th class=r>Ext. Price</th></tr></thead>"
        f"<tbody>{rows}</tbody></table><table class=tt>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in tot)
        + "</table><p class=tx>Tax zone EXPORT: goods exported from the United Kingdom, zero-rated.</p>"
        f"<div class=rm><b>Remit to</b> {US_BANK} · IBAN {US_IBAN} · BIC {US_BIC} · Reference {e(doc.number)}"
        f"<br>Northwind Components Ltd. · Registered in England and Wales · {US_CO}</div>")
    css = (".top { width: 100%; } .top td { vertical-align: top; font-size: 8pt; color: #444; } .nm { font-size: "
           "14pt; color: #222; } .rl { border-top: 3px solid #f28c28; width: 120px; margin: 3px 0 5px; } .rt { "
           "text-align: right; font-size: 9pt !important; } .ti { font-size: 18pt; color: #f28c28; } .g { width: "
           "100%; margin-top: 12px; table-layout: fixed; border-top: 1px solid #bbb; border-bottom: 1px solid #bbb; "
           "} .g td { padding: 4px; vertical-align: top; font-size: 8.5pt; } .k { font-size: 7pt; color: #777; "
           "text-transform: uppercase; } .ad { width: 100%; margin-top: 8px; table-layout: fixed; } .ad td { "
           "vertical-align: top; padding: 4px; font-size: 8.5pt; } .ln { width: 100%; margin-top: 10px; font-size: "
           "8.5pt; } .ln th { background: #f3f3f3; border-bottom: 2px solid #f28c28; padding: 4px; text-align: "
           "left; } .ln td { border-bottom: 1px solid #e1e1e1; padding: 3px 4px; vertical-align: top; } .tt { "
           "margin: 10px 0 0 auto; font-size: 9pt; } .tt th { text-align: right; padding: 2px 12px; color: #555; } "
           ".tt td { text-align: right; padding: 2px 4px; min-width: 90px; } .tt tr:nth-child(4) td { border-top: "
           "1px solid #333; } .tx { font-size: 7.5pt; color: #666; } .rm { margin-top: 14px; font-size: 7.5pt; "
           "border-top: 1px solid #ddd; padding-top: 4px; }")
    return page(f"{title} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L229: International commercial sale of goods contract after the ITC (International Trade Centre) model
# contract, ours (docx; signed copies and some drafts -> LibreOffice PDF): title and "Contract No. ... of ...",
# the parties with their addresses, "The Parties agree as follows:", articles 1-11 (goods, price, delivery
# terms, time of delivery, payment conditions, documents, the buyer's order, retention of title, conformity,
# applicable law, disputes), "Annex 1 – Goods" ("No. | Item code | Description | Quantity | Unit | Unit price |
# Total price") and a two-column signature table.

def l229_itc(doc: Doc, st: Style, ctx: dict) -> Rendered:
    # One regular weight throughout: every bold or italic run would embed another font in the PDF.
    d = new_docx("Anna Keller", "Liberation Serif", 10)
    cur = doc.currency or ""
    para(d, "INTERNATIONAL COMMERCIAL SALE OF GOODS CONTRACT", size=13, align="center")
    para(d, "(drawn up on the ITC Model Contract for the International Commercial Sale of Goods)", size=8.5,
         align="center")
    para(d, f"Contract No. {doc.number} of {dd(doc.date, st.date)}", size=11, align="center")
    para(d)
    para(d, f"SELLER: {doc.seller.name}, {doc.seller.address}, {US_CO}, VAT Reg. {US_VAT}")
    para(d, f"BUYER: {doc.buyer.name}, {doc.buyer.address}, {ctx['reg']}")
    para(d, "The Parties agree as follows:")
    order = (f"This contract confirms the Buyer's purchase order No. {doc.order_number}." if doc.order_number
             else "The Buyer shall quote its purchase order number on every document relating to this contract.")
    arts = [("1. Goods", "The Seller shall deliver the goods listed in Annex 1 (the Goods), new and in the "
                         "manufacturer's packing."),
            ("2. Price", f"The total contract price is {cur} {amt(doc.total, st.num)}. Prices are fixed and "
                         "include export packing."),
            ("3. Delivery terms", f"{doc.incoterms} (Incoterms® 2020)."),
            ("4. Time of delivery", ctx["delivery_time"] + "."),
            ("5. Payment conditions", f"{doc.payment_terms}, by bank transfer to the Seller's account with "
                                      f"{US_BANK}, IBAN {US_IBAN}, BIC {US_BIC}."),
            ("6. Documents", "Commercial invoice, packing list and transport document, by e-mail on shipment."),
            ("7. Buyer's order", order),
            ("8. Retention of title", "The Goods remain the property of the Seller until the price is paid in full."),
            ("9. Conformity", "The Buyer shall examine the Goods on arrival and notify any lack of conformity in "
                              "writing within 30 days; the Seller's liability is limited to repair or replacement."),
            ("10. Applicable law", "This contract is governed by the United Nations Convention on Contracts for the "
                                   "International Sale of Goods (CISG) and, for questions not settled by it, by the "
                                   "law of England and Wales."),
            ("11. Disputes", "Any dispute shall be finally settled under the Rules of Arbitration of the "
                             "International Chamber of Commerce by one arbitrator; seat London; language English.")]
    for head, text in arts:
        para(d, head, size=10.5)
        para(d, text, size=9.5)
    para(d)
    para(d, "Annex 1 – Goods", size=11)
    rows = [["No.", "Item code", "Description", "Quantity", "Unit", f"Unit price {cur}", f"Total price {cur}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["", "", "Total", "", "", cur, amt(doc.total, st.num)])
    g = table(d, rows, [0.35, 1.15, 2.55, 0.65, 0.45, 0.85, 0.95], head=False, size=8.5)
    for cell in g.rows[0].cells:
        shade(cell, "E7E6E6")
    repeat_header(g.rows[0])
    for row in g.rows:
        keep_row(row)
    para(d)
    place = f"Southampton, {dd(ctx['signed_on'], st.date)}"
    if doc.signed:
        cells = [f"For the Seller\n{doc.seller.name}\n/s/ Anna Keller\nAnna Keller, Export Sales Manager\n{place}",
                 f"For the Buyer\n{doc.buyer.name}\n/s/ {ctx['signatory']}\n{ctx['signatory']}, {ctx['buyer_title']}\n"
                 f"{ctx['city']}, {dd(ctx['signed_on'], st.date)}"]
    else:
        cells = [f"For the Seller\n{doc.seller.name}\n\n(signature)\n\nName, title, place and date",
                 f"For the Buyer\n{doc.buyer.name}\n\n(signature)\n\nName, title, place and date"]
    sg = table(d, [cells], [3.45, 3.45], head=False, size=9)
    keep_row(sg.rows[0])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L230: Inventory-management system's (Fishbowl-style) PACKING LIST for our shipment (HTML -> Chromium): our
# name left and "Packing List" right with the list number as a barcode-like line, a ship grid (Ship Date,
# Customer PO, Invoice, Carrier, Container, Incoterms), "Ship To" and "Bill To", lines
# "Part Number | Description | UOM | Qty Ordered | Qty Shipped | Carton", carton and weight totals and
# "Shipped by / Received by" lines.

def l230_fishbowl(doc: Doc, st: Style, ctx: dict) -> Rendered:
    rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td>{e(ln.unit or '')}</td>"
                   f"<td class=r>{ln.quantity}</td><td class=r>{ln.quantity}</td><td class=c>{box}</td></tr>"
                   for ln, box in ctx["rows"])
    grid = [("Ship Date", dd(doc.date, st.date)), ("Customer PO", nw(doc.order_number or "")),
            ("Invoice", nw(ref(doc, "invoice_ref") or "to follow")), ("Carrier", e(ctx["carrier"])),
            (e(ctx["track_caption"]), nw(", ".join(doc.tracking_numbers))), ("Incoterms", nw(doc.incoterms or ""))]
    bar = "".join("▌" if int(c, 16) % 2 else "▏" for c in hashlib.sha1(doc.number.encode()).hexdigest()[:28])
    body = (
        f"<table class=top><tr><td><div class=nm>{e(doc.seller.name)}</div>{lines_of(doc.seller.address)}</td>"
        f"<td class=rt><div class=ti>Packing List</div><div class=bar>{bar}</div>No. <b>{nw(doc.number)}</b></td>"
        "</tr></table><table class=g><tr>" + "".join(f"<th>{k}</th>" for k, _ in grid) + "</tr><tr>"
        + "".join(f"<td>{v}</td>" for _, v in grid)
        + f"</tr></table><table class=ad><tr><td><div class=k>Ship To</div>{e(doc.buyer.name)}<br>"
        f"{lines_of(ctx['ship_to'])}<br>Attn. {e(ctx['contact'])}</td><td><div class=k>Bill To</div>"
        f"{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}</td></tr></table><table class=ln><thead><tr><th>"
        "Part Number</th><th>Description</th><th>UOM</th><th class=r>Qty Ordered</th><th class=r>Qty Shipped</th>"
        f"<th class=c>Carton</th></tr></thead><tbody>{rows}</tbody></table><p class=sm>Total cartons: "
        f"{ctx['cases']} · Total gross weight: {ctx['gross']} kg · Items: {len(ctx['rows'])}</p><table class=sg><tr>"
        "<td>Shipped by: ____________________</td><td>Received by: ____________________</td></tr></table>")
    css = (".top { width: 100%; } .top td { vertical-align: top; font-size: 8.5pt; } .nm { font-size: 12pt; } "
           ".rt { text-align: right; } .ti { font-size: 20pt; color: #234f8c; } .bar { font-size: 14pt; "
           "letter-spacing: -1px; line-height: 1; } .g { width: 100%; margin-top: 12px; font-size: 8pt; "
           "table-layout: fixed; } .g th { background: #234f8c; color: #fff; padding: 3px; text-align: left; } "
           ".g td { border: 1px solid #234f8c; padding: 3px; vertical-align: top; } .ad { width: 100%; margin-top: "
           "8px; table-layout: fixed; } .ad td { vertical-align: top; padding: 5px; font-size: 8.5pt; border: 1px "
           "solid #ccc; } .k { font-size: 7pt; color: #234f8c; text-transform: uppercase; } .ln { width: 100%; "
           "margin-top: 10px; font-size: 8.5pt; } .ln th { border-bottom: 1px solid #234f8c; padding: 3px; "
           "text-align: left; } .ln td { border-bottom: 1px dotted #aaa; padding: 3px; vertical-align: top; } "
           ".sm { font-size: 8pt; margin-top: 8px; } .sg { width: 100%; margin-top: 24px; font-size: 8.5pt; }")
    return page(f"Packing List {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L231: Non-negotiable FIATA Multimodal Transport Waybill (FWB) issued by the forwarder as multimodal transport
# operator (HTML -> Chromium): consignor, consignee and notify boxes left, "FWB No." and the operator right,
# place of receipt, ocean vessel, ports and place of delivery, the cargo grid (marks and numbers with the
# container, number and kind of packages, description, gross weight, measurement), declared value and freight
# boxes, the "Taken in charge in apparent good order ..." clause, "Freight payable at" and "Place and date of
# issue" with the operator's signature line.

def l231_fwb(doc: Doc, st: Style, ctx: dict) -> Rendered:
    track = ", ".join(doc.tracking_numbers)
    body = (
        "<table class=f><tr><td><div class=cap>Consignor</div>"
        f"{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}</td><td rowspan=3 class=fw><div class=fb>FWB"
        "</div>NON-NEGOTIABLE<br>FIATA MULTIMODAL TRANSPORT WAYBILL<br><br>FWB No. "
        f"<b>{nw(doc.number)}</b><br>Shipment reference: order {nw(doc.order_number or '')}<br><br>{MTO[0]}<br>"
        f"{lines_of(MTO[1])}</td></tr><tr><td><div class=cap>Consignee</div>{e(doc.buyer.name)}<br>"
        f"{lines_of(doc.buyer.address)}</td></tr><tr><td><div class=cap>Notify address</div>{e(ctx['contact'])}, "
        f"{e(doc.buyer.name)}</td></tr></table><table class=f><tr><td><div class=cap>Place of receipt</div>"
        "Southampton, UK</td><td><div class=cap>Ocean vessel / voyage</div>"
        f"{e(ctx['vessel'])}</td><td><div class=cap>Port of loading</div>Southampton</td></tr><tr><td><div class=cap>"
        f"Port of discharge</div>{e(ctx['pod'])}</td><td colspan=2><div class=cap>Place of delivery</div>"
        f"{e(ctx['delivery'])}</td></tr></table><table class=g><thead><tr><th>Marks and numbers</th><th>Number and "
        "kind of packages</th><th>Description of goods</th><th>Gross weight</th><th>Measurement</th></tr></thead>"
        f"<tbody><tr><td>Container {nw(track)}<br>Seal {e(ctx['seal'])}<br>{e(ctx['marks'])}</td><td>"
        f"{ctx['pieces']} {e(ctx['pkg'])}<br>said to contain</td><td>{e(ctx['goods'])}<br>Shipper's load, stow and "
        f"count</td><td>{ctx['weight']} kg</td><td>{ctx['cbm']} m³</td></tr></tbody></table><table class=f><tr><td>"
        "<div class=cap>Declared value for ad valorem rate</div>NIL – not declared</td><td><div class=cap>Freight "
        f"amount</div>As arranged</td><td><div class=cap>Freight payable at</div>{e(ctx['freight'])}</td></tr></table>"
        "<p class=ct>Taken in charge in apparent good order and condition, unless otherwise noted herein, at the "
        "place of receipt for transport and delivery as mentioned above. One original of this FIATA Multimodal "
        "Transport Waybill is issued; delivery is made to the consignee named above without surrender of a "
        "document.</p><table class=f><tr><td><div class=cap>Place and date of issue</div>Southampton, "
        f"{dd(doc.date, st.date)}</td><td><div class=cap>Signed for the multimodal transport operator</div>{MTO[0]}"
        "<br>as carrier</td></tr></table><p class=sm>Subject to the FIATA Multimodal Transport Waybill standard "
        "conditions (1997) overleaf.</p>")
    css = (".f { width: 100%; margin-top: -1px; table-layout: fixed; } .f td { border: 1px solid #000; padding: "
           "4px; vertical-align: top; font-size: 8.5pt; } .fw { width: 44%; background: #f5f9ff; } .fb { font-size: "
           "26pt; letter-spacing: 4px; color: #1b3a6b; } .cap { font-size: 6.5pt; color: #555; text-transform: "
           "uppercase; } .g { width: 100%; margin-top: -1px; } .g th, .g td { border: 1px solid #000; padding: 4px; "
           "font-size: 8pt; text-align: left; vertical-align: top; } .g td { height: 100px; } .ct { font-size: 8pt; "
           "border: 1px solid #000; margin: -1px 0 0; padding: 5px; } .sm { font-size: 7pt; color: #444; }")
    return page(f"FWB {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L232: The customer's bank portal printout of a SWIFT gpi payment tracker, in the customer's language (HTML ->
# Chromium): the bank's band, the title with the status "Credited", the UETR, a field list (transaction
# reference, execution date, instructed amount, ordering customer and account, beneficiary, beneficiary's
# account and bank, remittance information with invoice and order, charges), and the tracker timeline
# ("Step | Institution | BIC | Date | Status").

L232 = {
    "en": ("Payment tracking – SWIFT gpi", "Status: Credited to the beneficiary's account (ACCC)", "UETR",
           "Transaction reference", "Execution date", "Instructed amount", "Ordering customer", "Debit account",
           "Beneficiary", "Beneficiary account", "Beneficiary bank", "Remittance information", "Invoice", "Order",
           "Charges", "OUR – all charges paid by the ordering customer",
           ("Step", "Institution", "BIC", "Date", "Status"), ("Payment initiated", "Sent to correspondent",
                                                              "Received by beneficiary bank", "Credited"),
           "This printout is for information only and was generated from online banking."),
    "de": ("Zahlungsverfolgung – SWIFT gpi", "Status: Dem Konto des Begünstigten gutgeschrieben (ACCC)", "UETR",
           "Auftragsreferenz", "Ausführungsdatum", "Auftragsbetrag", "Auftraggeber", "Belastetes Konto",
           "Begünstigter", "Konto des Begünstigten", "Bank des Begünstigten", "Verwendungszweck", "Rechnung",
           "Bestellung", "Spesen", "OUR – alle Spesen zu Lasten des Auftraggebers",
           ("Schritt", "Institut", "BIC", "Datum", "Status"), ("Zahlung erteilt", "An Korrespondenzbank",
                                                               "Bei Empfängerbank eingegangen", "Gutgeschrieben"),
           "Dieser Ausdruck dient nur zur Information und wurde im Online-Banking erstellt."),
    "fr": ("Suivi de paiement – SWIFT gpi", "Statut : crédité sur le compte du bénéficiaire (ACCC)", "UETR",
           "Référence de l'opération", "Date d'exécution", "Montant ordonné", "Donneur d'ordre", "Compte débité",
           "Bénéficiaire", "Compte du bénéficiaire", "Banque du bénéficiaire", "Motif du paiement", "Facture",
           "Commande", "Frais", "OUR – tous les frais à la charge du donneur d'ordre",
           ("Étape", "Établissement", "BIC", "Date", "Statut"), ("Paiement émis", "Transmis au correspondant",
                                                                "Reçu par la banque du bénéficiaire", "Crédité"),
           "Ce document est fourni à titre d'information et a été édité depuis la banque en ligne."),
    "es": ("Rastreo de pago – SWIFT gpi", "Estado: abonado en la cuenta del beneficiario (ACCC)", "UETR",
           "Referencia de la operación", "Fecha de ejecución", "Importe ordenado", "Ordenante", "Cuenta de cargo",
           "Beneficiario", "Cuenta del beneficiario", "Banco del beneficiario", "Concepto", "Factura", "Orden",
           "Gastos", "OUR – todos los gastos por cuenta del ordenante",
           ("Paso", "Entidad", "BIC", "Fecha", "Estado"), ("Pago emitido", "Enviado al corresponsal",
                                                          "Recibido por el banco del beneficiario", "Abonado"),
           "Este comprobante es informativo y fue generado desde la banca en línea."),
    "zh": ("汇款跟踪 SWIFT gpi Payment Tracker", "状态 Status: 已入账 Credited (ACCC)", "UETR", "编号 Transaction Ref.",
           "日期 Execution Date", "金额 Instructed Amount", "汇款人 Ordering Customer", "账户 Debit Account",
           "收款人 Beneficiary", "收款人账户 Beneficiary A/C", "收款银行 Beneficiary Bank", "附言 Remittance Info",
           "发票 Invoice", "订单 Order", "费用 Charges", "OUR", ("Step", "银行 Bank", "BIC", "日期 Date", "状态 Status"),
           ("Initiated", "Correspondent", "Received", "已入账 Credited"), "网银打印 Printed from online banking."),
}


def l232_gpi(doc: Doc, st: Style, ctx: dict) -> Rendered:
    (title, status, c_uetr, c_ref, c_exec, c_amt, c_ord, c_acc, c_ben, c_benacc, c_bbank, c_rem, c_inv, c_po,
     c_chg, chg, heads, steps, foot) = L232[st.lang]
    h = hashlib.sha1(doc.number.encode()).hexdigest()
    uetr = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
    cur = e(doc.currency or "")
    rem = f"{c_inv} {nw(ref(doc, 'invoice_ref'))} / {c_po} {nw(doc.order_number or '')}"
    if ctx.get("remark"):
        rem += f" / {e(ctx['remark'])}"
    fields = [(c_ref, f"<b>{nw(doc.number)}</b>"), (c_exec, dd(doc.date, st.date)),
              (c_amt, f"<b>{cur} {amt(doc.total, st.num)}</b>"),
              (c_ord, f"{e(doc.buyer.name)}<br>{e(doc.buyer.address)}"), (c_acc, e(ctx["iban"])),
              (c_ben, f"{e(doc.seller.name)}<br>{e(doc.seller.address)}"), (c_benacc, US_IBAN),
              (c_bbank, f"{US_BANK}, Southampton · BIC {US_BIC}"), (c_rem, rem), (c_chg, chg)]
    banks = [(ctx["bank"], ctx["bic"]), (ctx["corr"], ctx["corr_bic"]), (US_BANK, US_BIC), (US_BANK, US_BIC)]
    days = [doc.date, doc.date, doc.date + dt.timedelta(days=1), doc.date + dt.timedelta(days=1)]
    trail = "".join(f"<tr><td>{i}</td><td>{e(b)}</td><td>{e(bic)}</td><td>{dd(dday, st.date)}</td><td>{s}</td></tr>"
                    for i, ((b, bic), dday, s) in enumerate(zip(banks, days, steps, strict=True), start=1))
    body = (
        f"<div class=bd>{e(ctx['bank'])}<span>SWIFT/BIC {e(ctx['bic'])}</span></div><h2>{title}</h2><div class=st>"
        f"✔ {status}</div><p class=u>{c_uetr}: <span class=nw>{uetr}</span></p><table class=g>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in fields)
        + "</table><table class=tl><thead><tr>" + "".join(f"<th>{x}</th>" for x in heads)
        + f"</tr></thead><tbody>{trail}</tbody></table><p class=sm>{foot}</p>")
    css = (".bd { background: #0f5257; color: #fff; padding: 8px 10px; font-size: 12pt; } .bd span { float: right; "
           "font-size: 8pt; padding-top: 4px; } h2 { font-size: 13pt; margin: 12px 0 6px; } .st { background: "
           "#e3f4e8; border: 1px solid #5aa469; padding: 5px 8px; font-size: 9pt; } .u { font-size: 8pt; color: "
           "#444; } .g { width: 100%; font-size: 9pt; } .g th { text-align: left; color: #555; width: 32%; padding: "
           "4px 6px 4px 0; vertical-align: top; border-bottom: 1px solid #eee; } .g td { padding: 4px 0; "
           "border-bottom: 1px solid #eee; } .tl { width: 100%; margin-top: 14px; font-size: 8pt; } .tl th { "
           "background: #eef5f5; text-align: left; padding: 3px; } .tl td { border-bottom: 1px solid #ddd; padding: "
           "3px; } .sm { font-size: 7.5pt; color: #666; margin-top: 12px; }")
    return page(title, css, body)


# ------------------------------------------------------------------------------------------------
# L233: The customer's goods-receipt discrepancy report from its stores system (HTML -> Chromium), the claim
# document, in English or German: the company band, title and report number, a two-column particulars grid
# (supplier, purchase order, claim reference, GRN number, date of report, date received, container / carrier,
# received by), the discrepancy table "Item | Part no. | Description | Qty ordered | Qty received | Qty accepted |
# Qty rejected | Reason", photo references, the action requested and the stores and QA sign-off.

L233 = {
    "en": ("GOODS RECEIPT DISCREPANCY REPORT", "Report No.", "Supplier", "Purchase order", "Claim reference",
           "GRN No.", "Date of report", "Goods received", "Container / carrier", "Received by",
           ("Item", "Part no.", "Description", "Qty ordered", "Qty received", "Qty accepted", "Qty rejected",
            "Reason"), "Photographs", "Action requested from supplier",
           "Replacement of the rejected quantities free of charge, or a credit note; collection of the rejected "
           "parts at the supplier's cost.", "Storekeeper", "Quality assurance"),
    "de": ("WARENEINGANGS-ABWEICHUNGSMELDUNG", "Meldung Nr.", "Lieferant", "Bestellung", "Reklamationsnummer",
           "Wareneingangsbeleg", "Datum der Meldung", "Ware erhalten am", "Container / Spediteur", "Angenommen von",
           ("Pos.", "Teile-Nr.", "Bezeichnung", "Menge bestellt", "Menge erhalten", "Menge angenommen",
            "Menge abgelehnt", "Grund"), "Fotos", "Vom Lieferanten erbeten",
           "Kostenloser Ersatz der abgelehnten Mengen oder Gutschrift; Abholung der abgelehnten Teile auf Kosten "
           "des Lieferanten.", "Lagerverwalter", "Qualitätssicherung"),
}


def l233_grn(doc: Doc, st: Style, ctx: dict) -> Rendered:
    (title, c_no, c_sup, c_po, c_claim, c_grn, c_date, c_recv, c_cont, c_by, heads, c_photo, c_ask, ask, c_store,
     c_qa) = L233[st.lang]
    grid = [(c_sup, e(doc.seller.name)), (c_po, nw(doc.order_number or "")), (c_claim, nw(ref(doc, "claim_ref"))),
            (c_grn, e(ctx["grn"])), (c_date, dd(doc.date, st.date)), (c_recv, dd(ctx["received"], st.date)),
            (c_cont, e(ctx["via"])), (c_by, e(ctx["storekeeper"]))]
    cells = "".join(f"<th>{k}</th><td>{v}</td>" + ("</tr><tr>" if i % 2 else "") for i, (k, v) in enumerate(grid))
    rows = "".join(f"<tr><td class=c>{i}</td><td class=nw>{e(sku)}</td><td>{e(desc)}</td><td class=r>{q}</td><td "
                   f"class=r>{q}</td><td class=r>{q - bad}</td><td class=r>{bad}</td><td>{e(why)}</td></tr>"
                   for i, (sku, desc, q, bad, why) in enumerate(ctx["findings"], start=1))
    photos = ", ".join(f"IMG_{ctx['photo'] + k}.jpg" for k in range(4))
    body = (
        f"<div class=hd>{e(doc.buyer.name)} · {e(ctx['reg'])}</div><h2>{title}</h2><p class=no>{c_no} "
        f"<b>{nw(doc.number)}</b></p><table class=p><tr>{cells}</tr></table><table class=d><thead><tr>"
        + "".join(f"<th>{h}</th>" for h in heads)
        + f"</tr></thead><tbody>{rows}</tbody></table><p><b>{c_photo}:</b> {photos}</p><p class=ask><b>{c_ask}:"
        f"</b> {ask}</p><table class=sg><tr><td>{c_store}<br><br>{e(ctx['storekeeper'])}</td><td>{c_qa}<br><br>"
        f"{e(ctx['qa'])}</td></tr></table>")
    css = (".hd { border-bottom: 2px solid #6b2d5c; padding: 4px 0; font-size: 9pt; color: #6b2d5c; } h2 { "
           "font-size: 14pt; margin: 10px 0 2px; } .no { margin: 2px 0 8px; } .p { width: 100%; font-size: 8.5pt; "
           "table-layout: fixed; } .p th { text-align: left; color: #555; padding: 3px; background: #f6eff4; } .p td "
           "{ padding: 3px; border-bottom: 1px solid #eee; } .d { width: 100%; margin-top: 10px; font-size: 8pt; } "
           ".d th { background: #6b2d5c; color: #fff; padding: 3px; text-align: left; } .d td { border-bottom: 1px "
           "solid #ccc; padding: 3px; vertical-align: top; } .ask { border: 1px solid #aaa; padding: 5px; "
           "font-size: 8.5pt; } .sg { width: 70%; margin-top: 16px; font-size: 8.5pt; } .sg td { border-top: 1px "
           "solid #999; padding: 4px; width: 50%; }")
    return page(f"{title} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L234: Botswana abattoir's purchase order from a Pastel-Partner-style accounting package exported to Excel
# (xlsx, sent as is): company, postal address and VAT number, "PURCHASE ORDER" with the document number and
# date right, the supplier account and address, "Deliver to", a terms row, lines "Code | Description | Quantity
# | Unit | Excl. Price | Disc % | Excl. Total", "Total Exclusive / Total VAT / Total Inclusive", the message
# lines and "Authorised by".

def l234_pastel(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], doc.number)
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEFG", (15, 44, 10, 7, 13, 8, 15), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, doc.buyer.name).font = Font(bold=True, size=14)
    ws.cell(2, 1, doc.buyer.address)
    ws.cell(3, 1, ctx["reg"])
    ws.cell(1, 5, "PURCHASE ORDER").font = Font(bold=True, size=14, color="7F6000")
    for k, (a, b) in enumerate((("Document No.", doc.number), ("Date", day(doc.date, st.date)),
                                ("Supplier Acc.", "NOR001"), ("Page", "1"))):
        ws.cell(2 + k, 5, a).font = bold
        ws.cell(2 + k, 6, b)
    ws.cell(7, 1, "Supplier").font = bold
    ws.cell(7, 2, doc.seller.name)
    ws.cell(8, 2, doc.seller.address)
    ws.cell(10, 1, "Deliver to").font = bold
    ws.cell(10, 2, ctx["ship_to"])
    for k, (a, b) in enumerate((("Terms", doc.payment_terms or ""), ("Incoterm", doc.incoterms or ""),
                                ("Currency", doc.currency or ""), ("Buyer", ctx["contact"]))):
        ws.cell(12 + k, 1, a).font = bold
        ws.cell(12 + k, 2, b)
    r = 17
    for j, cap in enumerate(("Code", "Description", "Quantity", "Unit", "Excl. Price", "Disc %", "Excl. Total"),
                            start=1):
        c = ws.cell(r, j, cap)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FFE699")
        c.border = grid
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((ln.sku, ln.description, ln.quantity, ln.unit or "", float(ln.unit_price), 0,
                               float(ln.amount)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            c.alignment = Alignment(vertical="top", wrap_text=j == 2)
            if j in (5, 7):
                c.number_format = "#,##0.00"
            if j == 6:
                c.number_format = "0%"
    r += len(doc.lines) + 2
    for k, (cap, v) in enumerate((("Total Exclusive", doc.subtotal), ("Total VAT", doc.tax or Decimal(0)),
                                  ("Total Inclusive", doc.total))):
        ws.cell(r + k, 5, cap).font = bold
        c = ws.cell(r + k, 7, float(v))
        c.number_format = "#,##0.00"
    r += 4
    ws.cell(r, 1, "Message").font = bold
    ws.cell(r, 2, "Zero-rated import: VAT is paid to BURS at clearance. Quote our order number on all documents.")
    ws.cell(r + 2, 1, "Authorised by").font = bold
    ws.cell(r + 2, 2, f"{ctx['signatory']}, {ctx['buyer_title']}")
    ws.page_setup.orientation = "portrait"
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L235: North Macedonian textile finisher's order in German from its local accounting program exported to Word
# (docx, sent as is), with Macedonian captions: a three-cell letterhead (Cyrillic and Latin company name, address
# and ЕДБ, "НАРАЧКА / BESTELLUNG" with "Бр. / Nr." and "Датум / Datum"), "Добавувач / Lieferant" and "Испорака /
# Lieferadresse" boxes, lines "Р.бр. / Pos. | Шифра / Art.-Nr. | Опис / Bezeichnung | Е.м. / ME | Кол. /
# Menge | Цена / Preis | Износ / Betrag" over pages, "Вкупно / Gesamt netto" and "ДДВ / MwSt.: —", the terms
# as caption lines and "Изготвил / Erstellt", "Одобрил / Genehmigt".

def l235_mk(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    cur = doc.currency or ""
    head = [[f"{ctx['name_mk']}\n{doc.buyer.name}", f"{doc.buyer.address}\n{ctx['reg']}",
             f"НАРАЧКА / BESTELLUNG\nБр. / Nr. {doc.number}\nДатум / Datum: {day(doc.date, st.date)}"]]
    h = table(d, head, [2.3, 2.3, 2.3], head=False, size=9)
    shade(h.cell(0, 2), "E2EFDA")
    para(d)
    boxes = [[f"Добавувач / Lieferant\n{doc.seller.name}\n{doc.seller.address}",
              f"Испорака / Lieferadresse\n{ctx['ship_to']}"]]
    table(d, boxes, [3.45, 3.45], head=False, size=9)
    para(d)
    para(d, "Sehr geehrte Damen und Herren, wir bestellen gemäss Ihrem Angebot"
         + (f" {ref(doc, 'quote_ref')}" if ref(doc, "quote_ref") else "") + " wie folgt:", size=9)
    rows = [["Р.бр.\nPos.", "Шифра\nArt.-Nr.", "Опис\nBezeichnung", "Е.м.\nME", "Кол.\nMenge", f"Цена\nPreis {cur}",
             f"Износ\nBetrag {cur}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, ln.unit or "", str(ln.quantity), amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["", "", "Вкупно / Gesamt netto", "", "", cur, amt(doc.total, st.num)])
    rows.append(["", "", "ДДВ / MwSt.", "", "", "", "—"])
    t = table(d, rows, [0.45, 1.0, 2.6, 0.45, 0.55, 0.85, 1.0], size=8.5)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    for line in (f"Паритет / Lieferbedingung: {doc.incoterms} (Incoterms 2020)",
                 f"Плаќање / Zahlungsbedingung: {doc.payment_terms}", f"Валута / Währung: {cur}",
                 "Рок / Liefertermin: 5 Wochen nach Bestellung",
                 "Напомена / Hinweis: Bitte Bestellnummer auf Rechnung, Packliste und Frachtbrief angeben."):
        para(d, line, size=9)
    para(d)
    sg = table(d, [["Изготвил / Erstellt", "Одобрил / Genehmigt"], [ctx["contact"], f"{ctx['signatory']}, "
                                                                                     f"{ctx['buyer_title']}"]],
               [3.45, 3.45], size=9)
    keep_row(sg.rows[1])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L236: Puerto Rican pharmaceutical plant's "ORDEN DE COMPRA" on its GMP-controlled Word template (docx ->
# LibreOffice PDF): document-control header (form number, revision, page), a header grid (Núm. de OC, Revisión,
# Fecha, Comprador, Núm. de proveedor aprobado (AVL), Moneda), "Proveedor" / "Enviar a" / "Facturar a", lines
# "Línea | Núm. de material | Descripción | Cant. | UM | Precio unitario | Importe | Fecha requerida", US-style
# numbers, "Subtotal / IVU: exento / Total de la orden", the quality requirements (CoC, lot traceability) and
# the electronic approval line.

def l236_pr(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Inches(0.6)
    cur = doc.currency or ""
    dc = table(d, [[doc.buyer.name, "Formulario COMP-F-012, Rev. 07", "Documento controlado"]], [3.3, 2.3, 1.7],
               head=False, size=7.5)
    shade(dc.cell(0, 0), "DEEAF6")
    para(d, "ORDEN DE COMPRA", bold=True, size=15, align="center")
    need = dd(doc.date + dt.timedelta(days=35), st.date)
    hdr = [["Núm. de OC", doc.number, "Fecha", dd(doc.date, st.date)],
           ["Revisión", "0", "Comprador", ctx["contact"]],
           ["Proveedor aprobado (AVL)", "AVL-20418", "Moneda", cur],
           ["Incoterm", doc.incoterms or "", "Términos de pago", doc.payment_terms or ""]]
    table(d, hdr, [1.6, 2.0, 1.4, 2.3], head=False, size=8.5)
    para(d)
    boxes = [["Proveedor", "Enviar a", "Facturar a"],
             [f"{doc.seller.name}\n{doc.seller.address}\nAtención: Anna Keller", f"{ctx['ship_to']}",
              f"{doc.buyer.name}\n{doc.buyer.address}\n{ctx['reg']}"]]
    table(d, boxes, [2.45, 2.4, 2.45], size=8.5)
    para(d)
    rows = [["Línea", "Núm. de material", "Descripción", "Cant.", "UM", f"Precio unitario {cur}", f"Importe {cur}",
             "Fecha requerida"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([f"{i * 10:03d}", ln.sku, ln.description, str(ln.quantity), ln.unit or "",
                     amt(ln.unit_price, st.num), amt(ln.amount, st.num), need])
    t = table(d, rows, [0.45, 1.05, 2.3, 0.45, 0.35, 0.95, 0.95, 0.8], size=8)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    tot = table(d, [["Subtotal", amt(doc.subtotal, st.num)], ["IVU", "exento (uso industrial)"],
                    [f"Total de la orden {cur}", amt(doc.total, st.num)]], [2.2, 1.6], head=False, size=9)
    for row in tot.rows:
        keep_row(row)
    para(d)
    para(d, "Requisitos de calidad", bold=True, size=9.5)
    for line in ("1. Cada envío debe incluir Certificado de Conformidad (CoC) con número de lote.",
                 "2. Las piezas en contacto con producto requieren certificado de material (EN 10204 3.1).",
                 "3. Indicar el número de OC en factura, lista de empaque y cada bulto.",
                 "4. Cualquier cambio de material o proceso debe notificarse antes del envío (control de cambios)."):
        para(d, line, size=8.5)
    para(d)
    para(d, f"Aprobado electrónicamente por: {ctx['signatory']}, {ctx['buyer_title']} – {dd(doc.date, st.date)}",
         size=8.5)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L237: Chinese-owned mine's purchase order printed from an Inspur-GS-style group ERP with zh/ru/en captions
# (HTML -> Chromium, landscape): the company's Chinese name over its English name, address and TIN, a trilingual
# title "采购订单 / ЗАКАЗ НА ПОСТАВКУ / PURCHASE ORDER", a bordered header table (PO No., date, supplier, currency,
# delivery terms, buyer, ship-to, payment terms, each captioned 中文 / русский / English), lines "行号 | 物料编码 |
# 物料描述 | 单位 | 数量 | 单价 | 金额 | 需求日期" with the header repeated over pages, "合计 / Итого / Total", a note and
# the print footer.

def l237_inspur(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cur = e(doc.currency or "")
    need = day(doc.date + dt.timedelta(days=56), st.date)
    rows = "".join(f"<tr><td class=c>{i * 10}</td><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td>"
                   f"{e(ln.unit or '')}</td><td class=r>{ln.quantity}</td><td class=r>{amt(ln.unit_price, st.num)}</td>"
                   f"<td class=r>{amt(ln.amount, st.num)}</td><td class=nw>{need}</td></tr>"
                   for i, ln in enumerate(doc.lines, start=1))
    hdr = [("订单号 / № заказа / PO No.", f"<b>{nw(doc.number)}</b>", "订单日期 / Дата / Date", day(doc.date, st.date)),
           ("供应商 / Поставщик / Supplier", e(doc.seller.name), "币种 / Валюта / Currency", cur),
           ("交货 / Условия поставки / Delivery", nw(doc.incoterms or ""), "采购 / Закупщик / Buyer",
            e(ctx["contact"])),
           ("收货地点 / Место поставки / Ship to", e(ctx["ship_to"]), "", "")]
    body = (
        f"<div class=hd>{e(ctx['name_zh'])}<br><span>{e(doc.buyer.name)} · {e(doc.buyer.address)} · "
        f"{e(ctx['reg'])}</span></div><h2>采购订单 / ЗАКАЗ НА ПОСТАВКУ / PURCHASE ORDER</h2><table class=g>"
        + "".join(f"<tr><th>{a}</th><td>{b}</td><th>{c}</th><td>{x}</td></tr>" if c else
                  f"<tr><th>{a}</th><td colspan=3>{b}</td></tr>" for a, b, c, x in hdr)
        + f"<tr><th>付款条件 / Оплата / Payment</th><td colspan=3 class=nw>{e(doc.payment_terms or '')}</td></tr>"
        "</table><table class=ln><thead><tr><th class=c>行号<br>№</th><th>物料编码<br>Код / Material</th><th>物料描述"
        "<br>Наименование / Description</th><th>单位<br>Ед. / UoM</th><th class=r>数量<br>Кол-во / Qty</th><th "
        "class=r>单价<br>Цена / Price</th><th class=r>金额<br>Сумма / Amount</th><th>需求日期<br>Срок / Need by</th>"
        f"</tr></thead><tbody>{rows}<tr class=tr><td colspan=6 class=r>合计 / Итого / Total {cur}</td><td class=r>"
        f"<b>{amt(doc.total, st.num)}</b></td><td></td></tr></tbody></table><p class=nt>Примечание / Note: "
        "please quote the PO No. on invoice, packing list and shipping marks.</p>"
        f"<p class=ft>Printed by: {e(ctx['contact'])} · {day(doc.date, st.date)} · GS · 1/1</p>")
    # Landscape, as the ERP prints its order forms; descriptions kept on one line.
    css = ("@page { size: A4 landscape; } .ln td:nth-child(3) { white-space: nowrap; } .hd { font-size: 13pt; "
           "text-align: center; } .hd span { font-size: 8pt; color: #444; } h2 { "
           "text-align: center; font-size: 13pt; margin: 8px 0; color: #0b3d91; } .g { width: 100%; font-size: 8pt; "
           "} .g th, .g td { border: 1px solid #7f8fa9; padding: 4px; text-align: left; vertical-align: top; } .g "
           "th { background: #e8eef8; width: 20%; } .ln { width: 100%; margin-top: 10px; font-size: 8pt; } .ln th "
           "{ background: #e8eef8; border: 1px solid #7f8fa9; padding: 3px; text-align: left; } .ln td { border: "
           "1px solid #7f8fa9; padding: 3px; vertical-align: top; } .nt { font-size: 8pt; margin-top: 8px; } .ft "
           "{ font-size: 7pt; color: #666; border-top: 1px solid #aaa; padding-top: 3px; margin-top: 14px; }")
    return page(f"采购订单 {doc.number}", css, body)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L228": (l228_acumatica, "cloud ERP (Acumatica-style) sales quote / pro forma / invoice, field grid, Line Nbr. "
                             "/ Inventory ID, Detail Total / Tax Total (HTML)"),
    "L229": (l229_itc, "international sale contract after the ITC model contract, articles 1-11, Annex 1 goods "
                       "table (docx)"),
    "L230": (l230_fishbowl, "inventory system (Fishbowl-style) packing list with ordered / shipped quantities "
                            "(HTML)"),
    "L231": (l231_fwb, "forwarder's non-negotiable FIATA multimodal transport waybill (FWB) (HTML)"),
    "L232": (l232_gpi, "customer's bank portal SWIFT gpi payment tracker printout, en/de/fr/es/zh (HTML)"),
    "L233": (l233_grn, "customer's goods-receipt discrepancy report from its stores system, en/de (HTML)"),
    "L234": (l234_pastel, "Botswana purchase order from a Pastel-Partner-style package exported to Excel (xlsx)"),
    "L235": (l235_mk, "North Macedonian 'НАРАЧКА / BESTELLUNG' in German with Macedonian captions (docx)"),
    "L236": (l236_pr, "Puerto Rican pharmaceutical 'Orden de compra' on a GMP-controlled Word form (docx)"),
    "L237": (l237_inspur, "Chinese mine's purchase order from an Inspur-GS-style ERP, zh/ru/en captions (HTML)"),
}

# Layouts that print a tax line of zero: their documents are labelled tax "0.00".
ZERO_TAX = ("L228", "L234")


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line."""
    return key in LAYOUTS
