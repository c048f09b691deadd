"""Sixteenth-holdout document layouts L148-L157, each modelled on a real-world family not used in L1-L147."""
from __future__ import annotations

import datetime as dt
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
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def ref(doc: Doc, key: str) -> str:
    return next((v for k, v in doc.extra if k == key), "")


def words(text: str) -> str:
    """Escaped text whose hyphenated words do not break at the hyphen."""
    return " ".join(f"<span class=nw>{e(w)}</span>" if "-" in w else e(w) for w in text.split(" "))


def lines_of(text: str) -> str:
    return nl(text.replace(", ", "\n"))


def say(n: int) -> str:
    """An integer below a million in English words, as amount-in-words lines print it."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" and " + say(n % 100) if n % 100 else "")
    return say(n // 1000) + " thousand" + (" " + say(n % 1000) if n % 1000 else "")


def in_words(value: Decimal, cur: str) -> str:
    whole = int(value)
    cents = int((value - whole) * 100)
    return f"{cur} {say(whole).title()} and {cents:02d}/100 only"


# ------------------------------------------------------------------------------------------------
# L148: SAP-Business-One-style sales documents, ours (HTML -> Chromium): grey header band with our name, the
# document title and number in a box top right, "Bill To" and "Ship To" panes side by side, a strip of fields
# (Customer Code, Posting Date, Valid Until or Due Date, Sales Employee, Customer Ref. No., Payment Terms),
# lines "# | Item No. | Item Description | Quantity | UoM | Price | Disc. % | Total (LC)" and the summary
# "Total Before Discount / Tax 0% / Total Payment Due".

L148_TITLE = {"quotation": "Sales Quotation", "proforma_invoice": "Proforma Invoice", "commercial_invoice":
              "A/R Invoice"}


def l148_b1(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kind = doc.doc_type
    cur = doc.currency
    strip = [("Customer Code", e(ctx["cust_no"])), ("Posting Date", day(doc.date, st.date))]
    if kind == "quotation":
        strip.append(("Valid Until", day(doc.date + dt.timedelta(days=45), st.date)))
    elif kind == "commercial_invoice":
        strip.append(("Due Date", day(doc.date + dt.timedelta(days=ctx.get("due_days", 30)), st.date)))
    strip += [("Sales Employee", "Anna Keller"), ("Customer Ref. No.", e(doc.order_number or "–")),
              ("Payment Terms", e(doc.payment_terms or "")), ("Incoterms 2020", e(doc.incoterms or ""))]
    rows = "".join(f"<tr><td class=c>{i}</td><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td>"
                   f"<td class=r>{ln.quantity:.2f}</td><td>{e(ln.unit or '')}</td><td class=r>"
                   f"{amt(ln.unit_price, st.num)}</td><td class=r>0.00</td><td class=r>{amt(ln.amount, st.num)}</td>"
                   "</tr>" for i, ln in enumerate(doc.lines, start=1))
    summ = [("Total Before Discount", amt(doc.subtotal, st.num)), ("Discount", "0.00"),
            ("Tax (zero-rated export, 0%)", amt(Decimal(0), st.num)),
            (f"Total Payment Due {cur}", f"<b>{amt(doc.total, st.num)}</b>")]
    if kind == "proforma_invoice" and ctx.get("deposit"):
        share = (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)
        summ.append((f"Down Payment Requested ({int(ctx['deposit'] * 100)}%)", amt(share, st.num)))
    remark = ("This quotation is subject to our general terms of sale." if kind == "quotation" else
              f"Remit to {US_BANK}, IBAN {US_IBAN}, SWIFT {US_BIC}. Quote {e(doc.number)} with your payment.")
    if kind == "proforma_invoice" and doc.payment_terms and "L/C" in doc.payment_terms:
        remark += " Issued for the buyer's application for a documentary credit."
    body = (
        "<div class=band><div><div class=nm>Northwind Components Ltd.</div>12 Dockside Road · Southampton SO14 "
        f"3AB · United Kingdom<br>VAT Reg. {US_VAT} · EORI {US_EORI}</div><table class=tb><tr><td>"
        f"{L148_TITLE[kind]}</td></tr><tr><td class=no>No. {e(doc.number)}</td></tr></table></div>"
        f"<table class=pn><tr><td><div class=cap>Bill To</div>{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}"
        f"<br><span class=sm>{e(ctx['buyer_reg'])}</span></td><td><div class=cap>Ship To</div>"
        f"{lines_of(ctx.get('ship_to', doc.buyer.name + ', ' + doc.buyer.address))}</td></tr></table>"
        "<table class=st><tr>" + "".join(f"<th>{k}</th>" for k, _ in strip) + "</tr><tr>"
        + "".join(f"<td>{v}</td>" for _, v in strip) + "</tr></table>"
        "<table class=it><thead><tr><th class=c>#</th><th>Item No.</th><th>Item Description</th><th class=r>"
        "Quantity</th><th>UoM</th><th class=r>Price</th><th class=r>Disc. %</th><th class=r>Total (" + cur
        + f")</th></tr></thead><tbody>{rows}</tbody></table><table class=sum>"
        + "".join(f"<tr><td>{k}</td><td class=r>{v}</td></tr>" for k, v in summ)
        + f"</table><p class=rm>Remarks: {remark}</p><p class=ft>Printed by SAP Business One · Northwind "
        "Components Ltd. · Company No. 04417321</p>")
    css = ("* { font-weight: normal !important; } "
           ".band { display: flex; justify-content: space-between; background: #e9ecef; padding: 8px; font-size: "
           "7.5pt; } .nm { font-size: 13pt; color: #1f3a5f; } .tb td { border: 1px solid #1f3a5f; padding: 3px 10px; "
           "text-align: center; font-size: 11pt; } .tb .no { font-size: 9pt; } .pn { width: 100%; margin-top: 10px; "
           "} .pn td { width: 50%; vertical-align: top; border: 1px solid #ccc; padding: 5px; font-size: 8.5pt; } "
           ".cap { font-size: 7pt; color: #1f3a5f; } .sm { font-size: 7pt; color: #666; } .st { width: 100%; "
           "margin-top: 8px; font-size: 7.5pt; } .st th { background: #1f3a5f; color: #fff; padding: 2px; "
           "text-align: left; } .st td { border: 1px solid #ccc; padding: 2px; white-space: nowrap; } .it { width: 100%; margin-top: "
           "10px; } .it th { border-bottom: 2px solid #1f3a5f; font-size: 7.5pt; padding: 3px; text-align: left; } "
           ".it td { padding: 3px; border-bottom: 1px solid #ddd; vertical-align: top; } .r { text-align: right "
           "!important; } .c { text-align: center; } .nw { white-space: nowrap; } .sum { margin: 8px 0 0 auto; } "
           ".sum td { padding: 2px 10px; } .rm { font-size: 8pt; margin-top: 12px; } .ft { font-size: 6.5pt; "
           "color: #999; margin-top: 16px; }")
    return html_page(f"{L148_TITLE[kind]} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L149: Contract of sale on our Word template after the ICC model international sale contract (docx ->
# LibreOffice): "CONTRACT OF SALE" title, contract number and date in a two-cell table, Seller and Buyer in a
# two-column table, "Specific Conditions" A-1 to A-8 (goods, price, delivery, time, payment, documents,
# retention of title, applicable law), the goods schedule, and the signature blocks below each other.

def l149_icc(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Northwind Legal", "Liberation Sans", 9.5)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Inches(0.9)
    para(d, "CONTRACT OF SALE", bold=True, size=14)
    para(d, "International sale of manufactured goods – Specific Conditions", size=9)
    head = table(d, [["Contract No.", doc.number], ["Date", day(doc.date, st.date)]], [1.6, 4.9], head=False,
                 size=9)
    for row in head.rows:
        keep_row(row)
    para(d)
    parties = table(d, [["SELLER", "BUYER"],
                        [f"{doc.seller.name}\n{doc.seller.address}\nVAT {US_VAT}",
                         f"{doc.buyer.name}\n{doc.buyer.address}\n{ctx['buyer_reg']}"]], [3.25, 3.25], size=9)
    for row in parties.rows:
        keep_row(row)
    para(d)
    po = f" in accordance with the Buyer's order {doc.order_number}" if doc.order_number else ""
    conds = [
        ("A-1 Goods sold", f"The goods specified in the Schedule below{po}."),
        ("A-2 Contract price", f"{doc.currency} {amt(doc.total, st.num)}, fixed and not subject to revision."),
        ("A-3 Delivery term", f"{doc.incoterms}, Incoterms® 2020."),
        ("A-4 Time of delivery", f"{ctx['delivery_time'][0].upper()}{ctx['delivery_time'][1:]}."),
        ("A-5 Payment", f"{doc.payment_terms}. Bank of the Seller: {US_BANK}, IBAN {US_IBAN}, SWIFT {US_BIC}."),
        ("A-6 Documents", "Commercial invoice, packing list and transport document; certificate of origin on "
                          "request."),
        ("A-7 Retention of title", "The goods remain the property of the Seller until the price has been paid "
                                   "in full."),
        ("A-8 Applicable law and disputes", "English law. Any dispute shall be referred to the courts of London."),
    ]
    for k, v in conds:
        p = para(d, f"{k}: ", bold=True)
        p.add_run(v).bold = False
    para(d)
    para(d, "SCHEDULE OF GOODS", bold=True)
    rows = [["No.", "Description", "Part no.", "Qty", "Unit", "Price", "Amount"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.description, ln.sku, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["", f"Total ({doc.currency})", "", "", "", "", amt(doc.total, st.num)])
    t = table(d, rows, [0.35, 2.65, 1.0, 0.45, 0.5, 0.75, 0.85], size=8)
    repeat_header(t.rows[0])
    para(d)
    when = day(ctx["signed_on"], st.date)
    for side, who, name, title, place in (("For the Seller", doc.seller.name, "Anna Keller", "Export Sales Manager",
                                           "Southampton"),
                                          ("For the Buyer", doc.buyer.name, ctx["signatory"], ctx["buyer_title"],
                                           ctx["city"])):
        para(d, f"{side}: {who}", bold=True)
        if doc.signed:
            para(d, f"Signature: /s/ {name}    Name and title: {name}, {title}    Place, date: {place}, {when}")
        else:
            para(d, "Signature: ............................    Name and title: ............................    "
                    "Place, date: ....................")
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L150: Our warehouse management system's packing list (HTML -> Chromium): "PACKING LIST" with the list
# number as a barcode-like line, shipper / consignee / notify, a reference row (date, customer PO, invoice,
# Incoterms, transport, container or consignment), then per package a heading row "Package n – pallet
# 120x80, gross … kg" and under it the articles, the item code printed under the description; totals.

def l150_wms(doc: Doc, st: Style, ctx: dict) -> Rendered:
    body_rows = []
    pkgs: dict[str, list] = {}
    for row in ctx["rows"]:
        pkgs.setdefault(row[1], []).append(row)
    for pkg, rows in pkgs.items():
        gross = sum(float(r[3]) for r in rows)
        body_rows.append(f"<tr class=pk><td colspan=4>Package {int(pkg)} – wooden pallet 120x80 cm, gross "
                         f"{gross:.1f} kg</td></tr>")
        for ln, _, net, _g, _d in rows:
            body_rows.append(f"<tr><td>{e(ln.description)}<br><span class=cd>Item code: {e(ln.sku)}</span></td>"
                             f"<td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=r>{net}</td></tr>")
    refs = [("Date", day(doc.date, st.date)), ("Customer PO", e(doc.order_number or "")),
            ("Invoice", e(ref(doc, "invoice_ref") or "to follow")), ("Incoterms", e(doc.incoterms or "")),
            ("Transport", e(ctx["carrier"])), (ctx["track_caption"], e(", ".join(doc.tracking_numbers)))]
    body = (
        f"<div class=hd><div class=ti>PACKING LIST</div><div class=bc>*{e(doc.number)}*</div><div>No. "
        f"{e(doc.number)}</div></div><table class=pt><tr><td><div class=cap>Shipper</div>{e(doc.seller.name)}<br>"
        f"{lines_of(doc.seller.address)}<br>EORI {US_EORI}</td><td><div class=cap>Consignee</div>{e(doc.buyer.name)}"
        f"<br>{lines_of(doc.buyer.address)}</td><td><div class=cap>Deliver to</div>"
        f"{lines_of(ctx.get('ship_to', doc.buyer.address))}</td></tr></table><table class=rf><tr>"
        + "".join(f"<th>{k}</th>" for k, _ in refs) + "</tr><tr>" + "".join(f"<td>{v}</td>" for _, v in refs)
        + "</tr></table><table class=it><thead><tr><th>Description</th><th class=r>Qty</th><th>Unit</th><th "
        f"class=r>Net kg</th></tr></thead><tbody>{''.join(body_rows)}</tbody></table>"
        f"<p class=tot>Packages: {ctx['cases']} · Net weight: {ctx['net']} kg · Gross weight: {ctx['gross']} kg</p>"
        "<p class=sm>Goods packed for export. Shipping marks: NORTHWIND · order number · package number.</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; align-items: center; border-bottom: 2px solid "
           "#000; } .ti { font-size: 18pt; } .bc { font-family: 'DejaVu Sans Mono', monospace; font-size: 12pt; "
           "letter-spacing: 2px; } .pt { width: 100%; margin-top: 8px; } .pt td { width: 33%; vertical-align: top; "
           "border: 1px solid #999; padding: 4px; font-size: 8pt; } .cap { font-size: 6.5pt; color: #555; } .rf { "
           "width: 100%; margin-top: 6px; font-size: 7.5pt; } .rf th { text-align: left; background: #eee; padding: "
           "2px; } .rf td { padding: 2px; border-bottom: 1px solid #ccc; white-space: nowrap; } .it { width: 100%; margin-top: 10px; } "
           ".it th { border-bottom: 1px solid #000; text-align: left; padding: 3px; font-size: 8pt; } .it td { "
           "padding: 3px; vertical-align: top; border-bottom: 1px solid #eee; } .pk td { background: #f3f3f3; "
           "font-size: 8pt; } .cd { font-size: 7.5pt; color: #444; } .r { text-align: right !important; } .tot { "
           "margin-top: 10px; } .sm { font-size: 7pt; color: #666; }")
    return html_page(f"Packing list {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L151: Ocean carrier's non-negotiable sea waybill (HTML -> Chromium): carrier name and "SEA WAYBILL – NON
# NEGOTIABLE", waybill number and booking number, shipper / consignee / notify boxes, vessel, voyage, ports,
# particulars per container (container, seal, packages, description, weight, volume), freight terms, the
# clause that no original is issued and delivery is made to the named consignee, place and date of issue.

def l151_swb(doc: Doc, st: Style, ctx: dict) -> Rendered:
    issued = day(doc.date, st.date)
    parts = "".join(f"<tr><td>{e(c)} / {e(s)}<br>40' HC</td><td>{e(ctx['packages'])}</td><td>SAID TO CONTAIN:<br>"
                    f"{e(ctx['goods'])}<br>{e(ctx['lc_line'])}<br>PO {e(doc.order_number or '')}</td><td class=r>"
                    f"{ctx['gross']} KG</td><td class=r>{ctx['cbm']} CBM</td></tr>"
                    for c, s in zip(doc.tracking_numbers, ctx["seals"], strict=True))
    consignee = (f"{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}"
                 + (f"<br>ON ACCOUNT OF {e(ctx['lc_bank'])}" if ctx.get("lc_bank") else ""))
    body = (
        f"<div class=hd><div class=cr>{e(ctx['line_name'])}</div><div class=ti>SEA WAYBILL<br><span>NON-NEGOTIABLE"
        f"</span></div></div><table class=b><tr><td class=w><div class=cap>Shipper</div>{e(doc.seller.name)}<br>"
        f"{lines_of(doc.seller.address)}</td><td><div class=cap>Sea Waybill No.</div><b>{e(doc.number)}</b><div "
        f"class=cap>Booking No.</div>{e(ctx['booking'])}<div class=cap>Export references</div>Order "
        f"{e(doc.order_number or '')}</td></tr><tr><td><div class=cap>Consignee</div>{consignee}</td><td><div "
        "class=cap>Forwarding agent</div>HAMPSHIRE GLOBAL LOGISTICS LTD, SOUTHAMPTON</td></tr><tr><td><div "
        f"class=cap>Notify party</div>SAME AS CONSIGNEE</td><td><div class=cap>Place of receipt</div>SOUTHAMPTON "
        f"CY</td></tr></table><table class=b><tr><td><div class=cap>Vessel / Voyage</div>{e(ctx['vessel'])}</td>"
        f"<td><div class=cap>Port of loading</div>SOUTHAMPTON, UK</td><td><div class=cap>Port of discharge</div>"
        f"{e(ctx['pod'])}</td><td><div class=cap>Place of delivery</div>{e(ctx['delivery'])}</td></tr></table>"
        "<table class=g><thead><tr><th>Container / Seal</th><th>Packages</th><th>Description of goods</th><th "
        f"class=r>Gross weight</th><th class=r>Volume</th></tr></thead><tbody>{parts}</tbody></table>"
        f"<table class=b><tr><td><div class=cap>Freight</div>FREIGHT {ctx['freight']}</td><td><div class=cap>"
        "Originals</div>NONE – SEA WAYBILL</td><td><div class=cap>Place and date of issue</div>SOUTHAMPTON "
        f"{issued}</td><td><div class=cap>Shipped on board</div>{issued}</td></tr></table>"
        "<p class=sm>This non-negotiable Sea Waybill is not a document of title. Delivery will be made to the "
        "Consignee named above or its authorised agent on proof of identity, without surrender of this document. "
        "Carriage subject to the carrier's standard terms and the CMI Uniform Rules for Sea Waybills.</p>"
        f"<p>Signed for the carrier {e(ctx['line_name'])}, as agents</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; border-bottom: 3px solid #0b4f6c; } .cr { "
           "font-size: 15pt; color: #0b4f6c; } .ti { text-align: right; font-size: 12pt; } .ti span { font-size: "
           "8pt; } .b { width: 100%; margin-top: 4px; } .b td { border: 1px solid #777; padding: 4px; font-size: "
           "8pt; vertical-align: top; } .w { width: 58%; } .cap { font-size: 6.5pt; color: #0b4f6c; } .g { width: "
           "100%; margin-top: 4px; } .g th { border: 1px solid #777; font-size: 7pt; text-align: left; padding: "
           "3px; } .g td { border: 1px solid #777; padding: 4px; font-size: 8pt; vertical-align: top; } .r { "
           "text-align: right !important; } .sm { font-size: 6.5pt; color: #444; }")
    return html_page(f"Sea waybill {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L152: The customer's bank debit advice for an outgoing foreign payment (HTML -> Chromium), in the
# customer's language: bank name band, "Debit advice – foreign payment" with the transaction reference and
# value date, ordering customer with its account, beneficiary (us) with IBAN and BIC, the amount debited,
# charges option OUR/SHA, the payment details (remittance text with invoice and order number) and the note
# that the advice is produced electronically without signature.

L152 = {
    "en": ("Debit advice – outgoing foreign payment", "Transaction reference", "Value date", "Ordering customer",
           "Account debited", "Beneficiary", "Beneficiary's bank", "Amount", "Charges", "SHA – shared",
           "Payment details", "Invoice {inv} / order {po}", "This advice is produced electronically and is valid "
           "without signature."),
    "de": ("Belastungsanzeige – Auslandsüberweisung", "Transaktionsreferenz", "Valuta", "Auftraggeber",
           "Belastetes Konto", "Begünstigter", "Bank des Begünstigten", "Betrag", "Spesen", "SHA – geteilt",
           "Verwendungszweck", "Rechnung {inv} / Bestellung {po}", "Diese Anzeige wurde maschinell erstellt und "
           "ist ohne Unterschrift gültig."),
    "fr": ("Avis de débit – virement international", "Référence de l'opération", "Date de valeur",
           "Donneur d'ordre", "Compte débité", "Bénéficiaire", "Banque du bénéficiaire", "Montant", "Frais",
           "SHA – partagés", "Motif du paiement", "Facture {inv} / commande {po}", "Cet avis est établi "
           "électroniquement et est valable sans signature."),
    "es": ("Aviso de débito – transferencia al exterior", "Referencia de la operación", "Fecha valor",
           "Ordenante", "Cuenta debitada", "Beneficiario", "Banco del beneficiario", "Monto", "Comisiones",
           "SHA – compartidas", "Detalle del pago", "Factura {inv} / orden {po}", "Este aviso se genera "
           "electrónicamente y es válido sin firma."),
}


def l152_debit(doc: Doc, st: Style, ctx: dict) -> Rendered:
    (title, c_ref, c_val, c_ord, c_acc, c_ben, c_bbank, c_amt, c_chg, chg, c_det, det, note) = L152[st.lang]
    detail = det.format(inv=ref(doc, "invoice_ref"), po=doc.order_number or "")
    kv = [(c_ref, f"<b>{e(doc.number)}</b>"), (c_val, day(doc.date, st.date)),
          (c_ord, f"{e(doc.buyer.name)}<br>{e(doc.buyer.address)}"), (c_acc, e(ctx["iban"])),
          (c_ben, f"{e(doc.seller.name)}<br>{e(doc.seller.address)}<br>IBAN {US_IBAN}"),
          (c_bbank, f"{US_BANK}, SWIFT {US_BIC}"),
          (c_amt, f"<b>{e(doc.currency)} {amt(doc.total, st.num)}</b>"), (c_chg, chg), (c_det, e(detail))]
    body = (f"<div class=bk>{e(ctx['bank'])}<span>SWIFT {e(ctx['bic'])}</span></div><h2>{title}</h2>"
            "<table class=kv>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in kv)
            + f"</table><p class=sm>{note}</p>")
    css = ("* { font-weight: normal !important; } "
           ".bk { background: #213b5b; color: #fff; padding: 8px; font-size: 12pt; display: flex; justify-content: "
           "space-between; } .bk span { font-size: 8pt; } h2 { font-size: 12pt; margin: 14px 0 8px; } .kv { width: "
           "100%; } .kv th { text-align: left; width: 32%; color: #555; padding: 4px; border-bottom: 1px solid "
           "#ddd; vertical-align: top; } .kv td { padding: 4px; border-bottom: 1px solid #ddd; } .sm { font-size: "
           "7pt; color: #666; margin-top: 16px; }")
    return html_page(title, css, body)


# ------------------------------------------------------------------------------------------------
# L153: The customer's non-conformity report in French, the claim document (HTML -> Chromium): "RAPPORT DE
# NON-CONFORMITÉ" with its number, a grid (Fournisseur, Commande, Date de réception, Référence réclamation,
# Date du rapport, Constaté par), the table "Réf. article | Désignation | Qté reçue | Qté non conforme |
# Nature du défaut", the decision boxes (retour, remplacement, avoir) and the signatures.

def l153_ncr(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kv = [("Fournisseur", e(doc.seller.name)), ("Commande", e(doc.order_number or "")),
          ("Date de réception", day(ctx["received"], st.date)), ("Référence réclamation", e(ref(doc, "claim_ref"))),
          ("Date du rapport", day(doc.date, st.date)), ("Constaté par", e(ctx["inspector"]))]
    grid = "".join(f"<tr><th>{k}</th><td>{v}</td><th>{k2}</th><td>{v2}</td></tr>"
                   for (k, v), (k2, v2) in zip(kv[::2], kv[1::2], strict=True))
    rows = "".join(f"<tr><td class=nw>{e(sku)}</td><td>{e(desc)}</td><td class=r>{q}</td><td class=r>{bad}</td>"
                   f"<td>{e(why)}</td></tr>" for sku, desc, q, bad, why in ctx["findings"])
    body = (
        f"<div class=hd>{e(doc.buyer.name)}<br><span>{e(doc.buyer.address)} · {e(ctx['tin'])}</span></div>"
        f"<h2>RAPPORT DE NON-CONFORMITÉ N° {e(doc.number)}</h2><table class=g>{grid}</table>"
        "<table class=d><thead><tr><th>Réf. article</th><th>Désignation</th><th class=r>Qté reçue</th><th class=r>"
        f"Qté non conforme</th><th>Nature du défaut</th></tr></thead><tbody>{rows}</tbody></table>"
        "<p><b>Décision demandée :</b> ☐ retour au fournisseur &nbsp; ☒ remplacement gratuit &nbsp; ☐ avoir</p>"
        "<p>Les pièces non conformes sont isolées en zone de quarantaine et tenues à disposition du fournisseur "
        "pendant 30 jours.</p>"
        f"<table class=s><tr><td>Contrôle qualité<br>{e(ctx['inspector'])}</td><td>Achats<br>{e(ctx['contact'])}"
        "</td></tr></table>")
    css = ("* { font-weight: normal !important; } "
           ".hd { font-size: 11pt; border-bottom: 2px solid #6b8e23; padding-bottom: 4px; } .hd span { font-size: "
           "7.5pt; } h2 { font-size: 12pt; margin: 12px 0 8px; } .g { width: 100%; } .g th { text-align: left; "
           "background: #f0f4e8; border: 1px solid #aaa; padding: 3px; width: 20%; font-size: 8pt; } .g td { "
           "border: 1px solid #aaa; padding: 3px; } .d { width: 100%; margin-top: 10px; } .d th, .d td { border: "
           "1px solid #999; padding: 3px; font-size: 8pt; text-align: left; vertical-align: top; } .r { text-align: "
           "right !important; } .nw { white-space: nowrap; } .s { width: 100%; margin-top: 20px; } .s td { width: "
           "50%; height: 50px; border: 1px solid #aaa; vertical-align: top; padding: 4px; font-size: 8pt; }")
    return html_page(f"Rapport de non-conformité {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L154: Estonian ERP (Directo/Merit-style) purchase order in English with Estonian captions (HTML ->
# Chromium): "Ostutellimus / Purchase order" and number, a left column with the supplier and a right column of
# fields (Kuupäev / Date, Tarneaeg / Delivery date, Tarnetingimus / Delivery terms, Maksetingimus / Payment
# terms, Valuuta / Currency, Koostaja / Prepared by), rows "Kood / Code | Nimetus / Name | Kogus / Qty |
# Ühik / Unit | Hind / Price | Summa / Sum", then "Summa km-ta / Total excl. VAT", "KM 0%", "Kokku / Total".

def l154_ee(doc: Doc, st: Style, ctx: dict) -> Rendered:
    rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>{ln.quantity}"
                   f"</td><td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>"
                   f"{amt(ln.amount, st.num)}</td></tr>" for ln in doc.lines)
    fields = [("Kuupäev / Date", day(doc.date, st.date)),
              ("Tarneaeg / Delivery date", day(doc.date + dt.timedelta(days=24), st.date)),
              ("Tarnetingimus / Delivery terms", e(doc.incoterms or "")),
              ("Maksetingimus / Payment terms", e(doc.payment_terms or "")), ("Valuuta / Currency", e(doc.currency)),
              ("Koostaja / Prepared by", e(ctx["contact"])), ("Hankija kood / Supplier code", e(ctx["vendor_acc"]))]
    body = (
        f"<div class=hd><div><div class=co>{e(doc.buyer.name)}</div>{e(doc.buyer.address)}<br>{e(ctx['reg'])}</div>"
        f"<div class=ti>Ostutellimus / Purchase order<br><b>Nr {e(doc.number)}</b></div></div>"
        f"<div class=two><div><div class=cap>Hankija / Supplier</div>{e(doc.seller.name)}<br>"
        f"{lines_of(doc.seller.address)}<br>VAT {US_VAT}<div class=cap>Tarneaadress / Delivery address</div>"
        f"{e(ctx['ship_to'])}</div><table class=fl>"
        + "".join(f"<tr><td class=k>{k}</td><td>{v}</td></tr>" for k, v in fields) + "</table></div>"
        "<table class=it><thead><tr><th>Kood / Code</th><th>Nimetus / Name</th><th class=r>Kogus / Qty</th><th>"
        "Ühik / Unit</th><th class=r>Hind / Price</th><th class=r>Summa / Sum</th></tr></thead><tbody>"
        f"{rows}</tbody></table><table class=tt><tr><td>Summa km-ta / Total excl. VAT</td><td class=r>"
        f"{amt(doc.subtotal, st.num)}</td></tr><tr><td>KM / VAT 0% (ühendusesisene / import)</td><td class=r>"
        f"{amt(Decimal(0), st.num)}</td></tr><tr class=b><td>Kokku / Total {e(doc.currency)}</td><td class=r>"
        f"{amt(doc.total, st.num)}</td></tr></table>"
        "<p class=sm>Palume tellimust kinnitada / Please confirm the order and quote our order number on the "
        f"invoice.</p><p>Kinnitas / Approved: {e(ctx['signatory'])}, {e(ctx['buyer_title'])}</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; font-size: 8pt; border-bottom: 1px solid #2b6cb0; "
           "padding-bottom: 6px; } .co { font-size: 12pt; } .ti { text-align: right; font-size: 13pt; color: "
           "#2b6cb0; } .two { display: flex; justify-content: space-between; margin-top: 10px; font-size: 8.5pt; } "
           ".cap { font-size: 7pt; color: #2b6cb0; margin-top: 4px; } .fl td { padding: 1px 6px; font-size: 8pt; } "
           ".fl .k { color: #666; } .it { width: 100%; margin-top: 12px; } .it th { background: #ebf4ff; text-align: "
           "left; padding: 3px; font-size: 7.5pt; } .it td { padding: 3px; border-bottom: 1px solid #e2e8f0; "
           "vertical-align: top; } .r { text-align: right !important; } .nw { white-space: nowrap; } .tt { margin: "
           "8px 0 0 auto; } .tt td { padding: 2px 10px; } .tt .b td { border-top: 1px solid #2b6cb0; } .sm { "
           "font-size: 7.5pt; color: #555; margin-top: 12px; }")
    return html_page(f"Ostutellimus {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L155: Lithuanian order in German with Lithuanian captions (docx, sent as is): "UŽSAKYMAS / BESTELLUNG Nr."
# with the date, "Pirkėjas / Käufer" and "Tiekėjas / Lieferant" paragraphs with the company code and VAT
# code, the table "Eil. Nr. / Pos. | Prekės pavadinimas / Bezeichnung (with the article number on a second
# line) | Kiekis / Menge | Mato vnt. / ME | Kaina / Preis | Suma / Betrag", totals with "PVM 0 %" and the
# terms as a numbered list.

def l155_lt(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    para(d, f"UŽSAKYMAS / BESTELLUNG Nr. {doc.number}", bold=True, size=13, align="center")
    para(d, f"Data / Datum: {day(doc.date, st.date)}", align="center")
    para(d)
    para(d, f"Pirkėjas / Käufer: {doc.buyer.name}, {doc.buyer.address}")
    para(d, f"Įmonės kodas / Firmencode {ctx['im_kodas']}, PVM kodas / USt-IdNr. {ctx['pvm']}", size=8)
    para(d, f"Tiekėjas / Lieferant: {doc.seller.name}, {doc.seller.address}, VAT {US_VAT}")
    para(d)
    rows = [["Eil. Nr. / Pos.", "Prekės pavadinimas / Bezeichnung", "Kiekis / Menge", "Mato vnt. / ME",
             "Kaina / Preis", "Suma / Betrag"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), f"{ln.description}\nArt.-Nr. {ln.sku}", str(ln.quantity), ln.unit or "",
                     amt(ln.unit_price, st.num), amt(ln.amount, st.num)])
    t = table(d, rows, [0.55, 3.0, 0.7, 0.65, 0.85, 0.95], size=8)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    s = table(d, [["Suma be PVM / Summe netto", amt(doc.subtotal, st.num)],
                  ["PVM / MwSt. 0 % (ES tiekimas / innergemeinschaftlich)", amt(Decimal(0), st.num)],
                  [f"Iš viso / Gesamt {doc.currency}", amt(doc.total, st.num)]], [3.6, 1.2], head=False, size=9)
    for row in s.rows:
        keep_row(row)
    para(d)
    para(d, "Sąlygos / Bedingungen:", bold=True)
    for i, t_ in enumerate((f"Pristatymo sąlygos / Lieferbedingung: {doc.incoterms}",
                            f"Apmokėjimas / Zahlung: {doc.payment_terms}",
                            f"Pristatymo adresas / Lieferadresse: {ctx['ship_to']}",
                            "Bitte Bestellnummer auf Rechnung und Lieferschein angeben."), start=1):
        para(d, f"{i}. {t_}", size=8.5)
    para(d)
    para(d, f"Užsakė / Bestellt von: {ctx['contact']}        Patvirtino / Genehmigt: {ctx['signatory']}", size=8.5)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L156: Costa Rican free-zone packer's "Orden de Compra" from its ERP export (xlsx, sent as is): a title row,
# number / date / requester in a right-hand block, "Proveedor" and "Facturar a" side by side, the grid "Línea
# | Código | Descripción | U.M. | Cantidad | Precio unitario | % Desc. | Total línea", totals "Subtotal /
# Descuento / IVA 0 % (exonerado, zona franca) / Total" and the approval row.

def l156_cr(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], "Orden de Compra")
    thin = Side(style="thin", color="7F7F7F")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEFGH", (7, 12, 44, 7, 10, 14, 8, 14), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, "ORDEN DE COMPRA").font = Font(bold=True, size=16, color="C55A11")
    ws.cell(2, 1, f"{doc.buyer.name} · {ctx['ced']}")
    for k, (cap, v) in enumerate((("N° OC:", doc.number), ("Fecha:", day(doc.date, st.date)),
                                  ("Solicitante:", ctx["contact"]), ("Moneda:", doc.currency or ""))):
        ws.cell(1 + k, 7, cap).font = bold
        ws.cell(1 + k, 8, v)
    ws.cell(6, 1, "Proveedor").font = bold
    ws.cell(7, 1, doc.seller.name)
    ws.cell(8, 1, doc.seller.address)
    ws.cell(6, 5, "Facturar a").font = bold
    ws.cell(7, 5, doc.buyer.name)
    ws.cell(8, 5, doc.buyer.address)
    ws.cell(10, 1, "Incoterm:").font = bold
    ws.cell(10, 3, doc.incoterms or "")
    ws.cell(11, 1, "Condición de pago:").font = bold
    ws.cell(11, 3, doc.payment_terms or "")
    ws.cell(12, 1, "Entregar en:").font = bold
    ws.cell(12, 3, ctx["ship_to"])
    r = 14
    heads = ("Línea", "Código", "Descripción", "U.M.", "Cantidad", "Precio unitario", "% Desc.", "Total línea")
    for j, h in enumerate(heads, start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C55A11")
        c.border = grid
        c.alignment = Alignment(horizontal="center", wrap_text=True)
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((i * 10, ln.sku, ln.description, ln.unit or "", ln.quantity, float(ln.unit_price), 0,
                               float(ln.amount)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            if j in (6, 8):
                c.number_format = "#,##0.00"
            if j == 7:
                c.number_format = "0.0"
    r += len(doc.lines) + 2
    for k, (cap, v) in enumerate((("Subtotal", doc.subtotal), ("Descuento", Decimal(0)),
                                  ("IVA 0 % (exonerado, zona franca)", Decimal(0)), (f"TOTAL {doc.currency}",
                                                                                      doc.total))):
        ws.cell(r + k, 6, cap).font = bold
        c = ws.cell(r + k, 8, float(v))
        c.number_format = "#,##0.00"
    ws.cell(r + 5, 1, "Nota: indicar el número de OC en la factura y en la guía de despacho. Mercadería exonerada "
                      "bajo el régimen de zona franca.")
    ws.cell(r + 7, 1, f"Aprobado por: {ctx['signatory']}, {ctx['buyer_title']}")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L157: Bangladeshi export-oriented garment factory's purchase order (docx -> LibreOffice): letterhead with BIN
# and IRC numbers centred, "PURCHASE ORDER" with "PO No." and "Date" on one line, "To," supplier block,
# "Subject:" line, a salutation, the table "SL | Item Code | Description of Goods | Qty | Unit | Unit Price
# (USD) | Total Price (USD)", "Total" and the amount in words, the L/C and shipping terms as a numbered list,
# and "For and on behalf of" with the authorised signatory.

def l157_bd(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Serif", 9.5)
    para(d, doc.buyer.name.upper(), bold=True, size=14, align="center")
    para(d, doc.buyer.address, align="center", size=8.5)
    para(d, f"{ctx['bin']} | {ctx['irc']}", align="center", size=8)
    para(d)
    para(d, "PURCHASE ORDER", bold=True, size=12, align="center")
    para(d, f"PO No.: {doc.number}\t\t\t\tDate: {day(doc.date, st.date)}")
    para(d)
    para(d, f"To,\n{doc.seller.name}\n{doc.seller.address}")
    para(d)
    para(d, "Subject: Purchase order for spare parts of knitting and finishing machinery.", bold=True)
    para(d, "Dear Sir/Madam,\nWe are pleased to place our order for the following goods as per the terms and "
            "conditions stated below:")
    rows = [["SL", "Item Code", "Description of Goods", "Qty", "Unit", f"Unit Price ({doc.currency})",
             f"Total Price ({doc.currency})"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([f"{i:02d}", ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["", "", "Total", "", "", "", amt(doc.total, st.num)])
    t = table(d, rows, [0.35, 0.9, 2.5, 0.45, 0.45, 0.9, 1.0], size=8)
    repeat_header(t.rows[0])
    para(d, f"In words: {in_words(doc.total, doc.currency or '')}", italic=True, size=8.5)
    para(d)
    para(d, "Terms & Conditions:", bold=True)
    for i, t_ in enumerate((f"Payment: {doc.payment_terms}; L/C to be opened on receipt of proforma invoice.",
                            f"Shipment: {doc.incoterms}, Incoterms 2020; partial shipment not allowed.",
                            "Documents: commercial invoice, packing list, bill of lading or sea waybill, "
                            "certificate of origin.",
                            f"Delivery to: {ctx['ship_to']}.",
                            "The goods are for use in the EPZ; import under bonded warehouse licence."), start=1):
        para(d, f"{i}. {t_}", size=8.5)
    para(d)
    para(d, f"For and on behalf of {doc.buyer.name}\n\n\n{ctx['signatory']}\n{ctx['buyer_title']}\n"
            f"Prepared by: {ctx['contact']}")
    return save_docx(d)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L148": (l148_b1, "SAP-Business-One-style sales quotation / proforma / A/R invoice (HTML)"),
    "L149": (l149_icc, "contract of sale after the ICC model contract, specific conditions A-1..A-8 (docx)"),
    "L150": (l150_wms, "warehouse-system packing list grouped by package, code under description (HTML)"),
    "L151": (l151_swb, "ocean carrier's non-negotiable sea waybill (HTML)"),
    "L152": (l152_debit, "customer's bank debit advice for a foreign payment, en/de/fr/es (HTML)"),
    "L153": (l153_ncr, "French 'Rapport de non-conformité', the claim document (HTML)"),
    "L154": (l154_ee, "Estonian ERP purchase order, et/en captions (HTML)"),
    "L155": (l155_lt, "Lithuanian order in German, lt/de captions, Art.-Nr. under the name (docx)"),
    "L156": (l156_cr, "Costa Rican free-zone 'Orden de Compra' with line numbers and % discount (xlsx)"),
    "L157": (l157_bd, "Bangladeshi EPZ factory purchase order with amount in words (docx)"),
}

# Layouts that print a tax line of zero: their documents are labelled tax "0.00".
ZERO_TAX = ("L148", "L154", "L155", "L156")


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line."""
    return key in LAYOUTS
