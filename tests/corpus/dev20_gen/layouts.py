"""Nineteenth-holdout document layouts L178-L187, each modelled on a real-world family not used in L1-L177."""
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
US_CO = "Company No. 04417321"


def ref(doc: Doc, key: str) -> str:
    return next((v for k, v in doc.extra if k == key), "")


def words(text: str) -> str:
    """Escaped text whose hyphenated words do not break at the hyphen."""
    return " ".join(f"<span class=nw>{e(w)}</span>" if "-" in w else e(w) for w in text.split(" "))


def lines_of(text: str) -> str:
    return nl(text.replace(", ", "\n"))


# ------------------------------------------------------------------------------------------------
# L178: Open-source invoicing app (Invoice-Ninja-style) sales documents, ours (HTML -> Chromium): our name and
# address left, a coloured "<KIND>" block right with "<Kind> Number / PO Number / <Kind> Date / Due Date or
# Valid Until / Balance Due", the client block under it, lines "Item | Description | Unit Cost | Quantity |
# Line Total" (no unit), totals right, then "Terms" and a footer with the bank details.

L178_KIND = {"quotation": "Quote", "proforma_invoice": "Pro Forma Invoice", "commercial_invoice": "Invoice"}


def l178_ninja(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kind = doc.doc_type
    word = L178_KIND[kind]
    cur = e(doc.currency or "")
    fields = [(f"{word} Number", e(doc.number))]
    if doc.order_number:
        fields.append(("PO Number", e(doc.order_number)))
    fields.append((f"{word} Date", day(doc.date, st.date)))
    if kind == "quotation":
        fields.append(("Valid Until", day(doc.date + dt.timedelta(days=45), st.date)))
    elif kind == "commercial_invoice":
        fields.append(("Due Date", day(doc.date + dt.timedelta(days=ctx.get("due_days", 30)), st.date)))
    fields.append(("Total" if kind == "quotation" else "Balance Due", f"{cur} {amt(doc.total, st.num)}"))
    rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>"
                   f"{amt(ln.unit_price, st.num)}</td><td class=r>{ln.quantity}</td><td class=r>"
                   f"{amt(ln.amount, st.num)}</td></tr>" for ln in doc.lines)
    summ = [("Subtotal", amt(doc.subtotal, st.num)), ("Total", f"{cur} {amt(doc.total, st.num)}")]
    if kind == "proforma_invoice" and ctx.get("deposit"):
        share = (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)
        summ.append((f"Partial payment due ({int(ctx['deposit'] * 100)}%)", f"{cur} {amt(share, st.num)}"))
    body = (
        f"<table class=top><tr><td class=us><b>Northwind Components Ltd.</b><br>12 Dockside Road<br>Southampton "
        f"SO14 3AB<br>United Kingdom<br>VAT {US_VAT}<br>orders@example.com</td><td class=kd><div class=kn>"
        f"{e(word.upper())}</div><table class=fl>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in fields)
        + f"</table></td></tr></table><div class=cl><div class=cap>Client</div><b>{e(doc.buyer.name)}</b><br>"
        f"{lines_of(doc.buyer.address)}<br>{e(ctx['buyer_reg'])}</div>"
        "<table class=ln><thead><tr><th>Item</th><th>Description</th><th class=r>Unit Cost</th><th class=r>"
        f"Quantity</th><th class=r>Line Total</th></tr></thead><tbody>{rows}</tbody></table><table class=sum>"
        + "".join(f"<tr><th>{k}</th><td class=r>{v}</td></tr>" for k, v in summ)
        + f"</table><div class=tm><div class=cap>Terms</div>Incoterms® 2020: {e(doc.incoterms or '')}<br>"
        f"Payment: {e(doc.payment_terms or '')}<br>"
        + ("Prices valid for 45 days; delivery time three to four weeks from order." if kind == "quotation" else
           f"Please quote {e(doc.number)} with your payment.")
        + f"</div><div class=ft>{US_BANK} · IBAN {US_IBAN} · BIC {US_BIC} · {US_CO}</div>")
    css = ("* { font-weight: normal !important; } "
           ".top { width: 100%; } .us { vertical-align: top; font-size: 8.5pt; } .kd { text-align: right; "
           "vertical-align: top; } .kn { display: inline-block; background: #4b7bec; color: #fff; font-size: 15pt; "
           "padding: 4px 14px; } .fl { margin-left: auto; margin-top: 6px; font-size: 8.5pt; } .fl th { "
           "text-align: left; color: #555; padding: 2px 8px; } .fl td { text-align: right; padding: 2px 4px; } .cl "
           "{ margin-top: 12px; font-size: 8.5pt; } .cap { font-size: 7pt; color: #4b7bec; text-transform: "
           "uppercase; } .ln { width: 100%; margin-top: 14px; font-size: 8.5pt; } .ln th { border-bottom: 2px "
           "solid #4b7bec; text-align: left; padding: 4px; } .ln td { border-bottom: 1px solid #e4e4e4; padding: "
           "5px 4px; vertical-align: top; } .r { text-align: right !important; } .nw { white-space: nowrap; } "
           ".sum { margin: 10px 0 0 auto; font-size: 9pt; } .sum th { text-align: left; padding: 3px 14px; } .sum "
           "td { padding: 3px 4px; } .tm { margin-top: 18px; font-size: 8pt; } .ft { margin-top: 20px; font-size: "
           "7pt; color: #777; border-top: 1px solid #ddd; padding-top: 4px; }")
    return html_page(f"{word} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L179: Sales agreement on our solicitor's precedent (docx; signed copies -> LibreOffice PDF): "AGREEMENT FOR
# THE SALE OF GOODS", "THIS AGREEMENT is dated", PARTIES as numbered paragraphs, "AGREED TERMS" with numbered
# clauses 1-8 (price and payment, delivery, title and risk, warranty, law), then "Schedule 1 – The Goods" at
# the end (a table with the contract price) and the execution block "Signed by ... for and on behalf of".

def l179_precedent(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Anna Keller", "Times New Roman", 10.5)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Inches(1.0)
    para(d, "AGREEMENT FOR THE SALE OF GOODS", bold=True, size=14)
    para(d, f"Agreement reference: {doc.number}", size=10)
    para(d, f"THIS AGREEMENT is dated {day(doc.date, st.date)}", bold=True, size=10.5)
    para(d, "PARTIES", bold=True, size=10.5)
    para(d, f"(1)  {doc.seller.name}, incorporated in England and Wales ({US_CO}), whose registered office is at "
         f"{doc.seller.address} (the Seller).")
    para(d, f"(2)  {doc.buyer.name} of {doc.buyer.address} ({ctx['buyer_reg']}) (the Buyer).")
    para(d, "AGREED TERMS", bold=True, size=10.5)
    po = f", placed under the Buyer's purchase order {doc.order_number}" if doc.order_number else ""
    clauses = [
        f"Goods. The Seller shall sell and the Buyer shall buy the goods described in Schedule 1{po}.",
        f"Price. The price of the Goods is {doc.currency} {amt(doc.total, st.num)} as set out in Schedule 1, "
        "exclusive of any import duties and taxes in the Buyer's country.",
        f"Payment. {doc.payment_terms}, by transfer to {US_BANK}, IBAN {US_IBAN}, BIC {US_BIC}.",
        f"Delivery. {doc.incoterms} (Incoterms® 2020); {ctx['delivery_time']}.",
        "Title and risk. Title passes on receipt of full payment; risk passes in accordance with the agreed "
        "Incoterms rule.",
        "Warranty. The Seller warrants that the Goods conform to their description and are free from material "
        "defects for twelve months from delivery. Defects must be notified in writing within 14 days of discovery.",
        "Limitation. The Seller's total liability shall not exceed the price of the Goods.",
        "Law and jurisdiction. This agreement is governed by the law of England and Wales; the courts of England "
        "have exclusive jurisdiction."]
    for i, text in enumerate(clauses, start=1):
        para(d, f"{i}.  {text}", size=10)
    para(d, "This agreement has been entered into on the date stated at the beginning of it.", size=10)
    para(d)
    para(d, "Schedule 1 – The Goods", bold=True, size=11)
    rows = [["Item", "Part number", "Description", "Quantity", "Unit", f"Unit price ({doc.currency})",
             f"Price ({doc.currency})"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([f"{i}", ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["", "", "Contract price", "", "", "", amt(doc.total, st.num)])
    t = table(d, rows, [0.4, 1.1, 2.4, 0.6, 0.5, 0.9, 0.9], size=8.5)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    when = day(ctx["signed_on"], st.date)
    for who, name, title in ((doc.seller.name, "Anna Keller", "Export Sales Manager"),
                             (doc.buyer.name, ctx["signatory"], ctx["buyer_title"])):
        if doc.signed:
            para(d, f"Signed by {name}, {title}, for and on behalf of {who}", size=10)
            para(d, f"/s/ {name}", italic=True, size=13)
            para(d, f"Date: {when}", size=9)
        else:
            para(d, f"Signed by ................................ for and on behalf of {who}", size=10)
            para(d, "Name: ........................  Title: ........................  Date: ..............", size=9)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L180: Warehouse management system's packing list (Mintsoft/WMS-style, HTML -> Chromium): "PACKING LIST" with
# a despatch number and date strip, consignor / consignee / delivery address in three columns, a reference
# line (customer order, invoice, Incoterms, carrier, container or consignment), lines "Line | Product code |
# Product description | UOM | Qty shipped | Carton no." and a carton summary with weights at the foot.

def l180_wms(doc: Doc, st: Style, ctx: dict) -> Rendered:
    rows = "".join(f"<tr><td class=c>{i}</td><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td>"
                   f"<td>{e(ln.unit or '')}</td><td class=r>{ln.quantity}</td><td class=c>{e(case)}</td></tr>"
                   for i, (ln, case, _n, _g, _d) in enumerate(ctx["rows"], start=1))
    refs = [("Customer order", e(doc.order_number or "")), ("Invoice", e(ref(doc, "invoice_ref") or "to follow")),
            ("Incoterms", e(doc.incoterms or "")), ("Carrier", e(ctx["carrier"])),
            (e(ctx["track_caption"]), e(", ".join(doc.tracking_numbers)))]
    body = (
        f"<div class=hd><span class=ti>PACKING LIST</span><span>Despatch no. <b>{e(doc.number)}</b> · Despatch "
        f"date {day(doc.date, st.date)}</span></div><table class=ad><tr><td><div class=cap>Consignor</div>"
        f"{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}<br>EORI {US_EORI}</td><td><div class=cap>"
        f"Consignee</div>{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}</td><td><div class=cap>Deliver to"
        f"</div>{lines_of(ctx['ship_to'])}</td></tr></table><p class=rf>"
        + " &nbsp;|&nbsp; ".join(f"{k}: <b>{v}</b>" for k, v in refs)
        + "</p><table class=ln><thead><tr><th>Line</th><th>Product code</th><th>Product description</th><th>UOM"
        f"</th><th class=r>Qty shipped</th><th>Carton no.</th></tr></thead><tbody>{rows}</tbody></table>"
        f"<p class=tt>Cartons: {ctx['cases']} · Net weight {ctx['net']} kg · Gross weight {ctx['gross']} kg</p>"
        "<p class=sm>Picked, packed and scanned at Northwind warehouse, Southampton. Claims for shortage must "
        "reach us within 7 days of delivery.</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 3px solid "
           "#2d6a4f; padding-bottom: 4px; font-size: 9pt; } .ti { font-size: 19pt; color: #2d6a4f; } .ad { width: "
           "100%; margin-top: 8px; } .ad td { width: 33%; vertical-align: top; font-size: 8pt; padding: 4px; } .cap "
           "{ font-size: 7pt; color: #2d6a4f; } .rf { font-size: 8pt; background: #eef5f1; padding: 4px; } .ln { "
           "width: 100%; margin-top: 8px; font-size: 8.5pt; } .ln th { text-align: left; background: #2d6a4f; "
           "color: #fff; padding: 3px; } .ln td { padding: 3px; border-bottom: 1px solid #dde; vertical-align: "
           "top; } .r { text-align: right !important; } .c { text-align: center; } .nw { white-space: nowrap; } "
           ".tt { margin-top: 10px; } .sm { font-size: 7pt; color: #555; }")
    return html_page(f"Packing list {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L181: Ocean carrier's non-negotiable SEA WAYBILL (HTML -> Chromium): carrier name and "SEA WAYBILL – NON
# NEGOTIABLE" top, the classic left column of boxes (shipper, consignee, notify party) beside the waybill
# number, export references and the carrier's booking no., the vessel / ports row, a "Container / Seal | No. of
# pkgs | Description of goods | Gross weight | Measurement" block, freight and the "place and date of issue".

def l181_swb(doc: Doc, st: Style, ctx: dict) -> Rendered:
    issued = day(doc.date, st.date)
    cont = "<br>".join(f"{e(c)} / {e(s)}" for c, s in zip(doc.tracking_numbers, ctx["seals"], strict=True))
    body = (
        f"<div class=hd><div class=cr>{e(ctx['carrier_name'])}</div><div class=ti>SEA WAYBILL<br><span>NON "
        "NEGOTIABLE – not a document of title</span></div></div><table class=g><tr><td class=l><div class=cap>"
        f"Shipper</div>{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}</td><td><div class=cap>Sea waybill no."
        f"</div><b>{e(doc.number)}</b><br><div class=cap>Booking no.</div>{e(ctx['booking'])}<br><div class=cap>"
        f"Export references</div>Shipper's ref. PO {e(doc.order_number or '')}</td></tr><tr><td class=l><div "
        f"class=cap>Consignee</div>{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}</td><td><div class=cap>"
        f"Notify party</div>{e(ctx['notify'])}</td></tr></table><table class=g><tr><td><div class=cap>Ocean vessel"
        f" / voy. no.</div>{e(ctx['vessel'])}</td><td><div class=cap>Port of loading</div>SOUTHAMPTON</td><td><div "
        f"class=cap>Port of discharge</div>{e(ctx['pod'])}</td><td><div class=cap>Place of delivery</div>"
        f"{e(ctx['delivery'])}</td></tr></table><table class=t><thead><tr><th>Container no. / Seal no.</th><th>No. "
        "of pkgs</th><th>Description of goods</th><th class=r>Gross weight</th><th class=r>Measurement</th></tr>"
        f"</thead><tbody><tr><td>{cont}</td><td>{e(ctx['packages'])}</td><td>{e(ctx['goods'])}<br>HS "
        f"{e(ctx['hs'])}<br>SAID TO CONTAIN – SHIPPER'S LOAD AND COUNT</td><td class=r>{ctx['gross']} KGS</td><td "
        f"class=r>{ctx['cbm']} CBM</td></tr></tbody></table><table class=g><tr><td><div class=cap>Freight</div>"
        f"FREIGHT {ctx['freight']}</td><td><div class=cap>Shipped on board</div>{issued}</td><td><div class=cap>"
        f"Place and date of issue</div>SOUTHAMPTON, {issued}</td></tr></table><p class=sm>Delivery will be made to "
        "the named consignee or its authorised agent on proof of identity, without surrender of this waybill. "
        "Carriage is subject to the carrier's standard conditions, which incorporate the CMI Uniform Rules for "
        "Sea Waybills.</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; border-bottom: 3px solid #8b1e2d; padding-bottom: "
           "4px; } .cr { font-size: 15pt; color: #8b1e2d; } .ti { text-align: right; font-size: 14pt; } .ti span { "
           "font-size: 7pt; } .g { width: 100%; margin-top: 4px; } .g td { border: 1px solid #999; padding: 4px; "
           "font-size: 8pt; vertical-align: top; } .l { width: 55%; } .cap { font-size: 6.5pt; color: #8b1e2d; } "
           ".t { width: 100%; margin-top: 6px; font-size: 8pt; } .t th { text-align: left; border: 1px solid #999; "
           "padding: 3px; font-size: 7pt; } .t td { border: 1px solid #999; padding: 4px; vertical-align: top; } "
           ".r { text-align: right !important; } .sm { font-size: 6.5pt; color: #444; margin-top: 8px; }")
    return html_page(f"Sea waybill {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L182: The customer's accounts-payable remittance advice from its ERP's payment run (HTML -> Chromium) in the
# customer's language: payer's letterhead, "REMITTANCE ADVICE" and the payment document number, the payee
# address block, a fields block (payment date, payment method, currency, our vendor no.), the table of the
# documents settled ("Your reference | Our reference | Document date | Gross amount | Deduction | Paid"),
# the payment total and a line naming the bank.

L182 = {
    "en": ("REMITTANCE ADVICE", "Payment no.", "Payment date", "Payment method", "Bank transfer", "Vendor no.",
           "Your reference", "Our reference", "Document date", "Gross amount", "Deduction", "Paid", "Total paid",
           "We have today instructed {bank} to transfer the amount above to your account {iban}."),
    "de": ("ZAHLUNGSAVIS", "Zahlungsbeleg", "Zahlungsdatum", "Zahlweg", "Überweisung", "Lieferantennr.",
           "Ihr Beleg", "Unser Beleg", "Belegdatum", "Bruttobetrag", "Abzug", "Zahlbetrag", "Summe Zahlung",
           "Wir haben heute die {bank} beauftragt, den obigen Betrag auf Ihr Konto {iban} zu überweisen."),
    "fr": ("AVIS DE PAIEMENT", "N° de règlement", "Date de règlement", "Mode de règlement", "Virement",
           "N° fournisseur", "Votre référence", "Notre référence", "Date pièce", "Montant brut", "Escompte",
           "Montant réglé", "Total réglé",
           "Nous avons donné ce jour l'ordre à la {bank} de virer le montant ci-dessus sur votre compte {iban}."),
    "es": ("AVISO DE PAGO", "Pago n.º", "Fecha de pago", "Forma de pago", "Transferencia", "Proveedor n.º",
           "Su referencia", "Nuestra referencia", "Fecha documento", "Importe bruto", "Deducción", "Pagado",
           "Total pagado", "Hoy hemos ordenado a {bank} transferir el importe indicado a su cuenta {iban}."),
}


L182_CUR = {"en": "Currency", "de": "Währung", "fr": "Devise", "es": "Moneda"}


def l182_remit(doc: Doc, st: Style, ctx: dict) -> Rendered:
    (title, c_no, c_date, c_meth, meth, c_vend, c_yref, c_oref, c_ddate, c_gross, c_ded, c_paid, c_tot,
     note) = L182[st.lang]
    paid = amt(doc.total, st.num)
    fields = [(c_no, f"<b>{e(doc.number)}</b>"), (c_date, day(doc.date, st.date)), (c_meth, meth),
              (L182_CUR[st.lang], e(doc.currency)),
              (c_vend, "V-10418")]
    row = (f"<tr><td>{e(ref(doc, 'invoice_ref'))}</td><td>PO {e(doc.order_number or '')}</td><td>"
           f"{day(ctx['invoice_date'], st.date)}</td><td class=r>{amt(ctx['invoice_amount'], st.num)}</td><td class=r>"
           f"{amt(ctx['invoice_amount'] - doc.total, st.num)}</td><td class=r>{paid}</td></tr>")
    body = (
        f"<div class=lh><b>{e(doc.buyer.name)}</b><br>{e(doc.buyer.address)}</div><h2>{title}</h2>"
        f"<table class=top><tr><td class=to>{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}</td><td>"
        "<table class=fl>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in fields)
        + f"</table></td></tr></table><table class=ln><thead><tr><th>{c_yref}</th><th>{c_oref}</th><th>{c_ddate}"
        f"</th><th class=r>{c_gross}</th><th class=r>{c_ded}</th><th class=r>{c_paid}</th></tr></thead><tbody>"
        f"{row}</tbody><tfoot><tr><td colspan=5>{c_tot} ({e(doc.currency)})</td><td class=r><b>{paid}</b></td></tr>"
        f"</tfoot></table><p class=nt>{e(note.format(bank=ctx['bank'], iban=US_IBAN))}"
        + (f"<br>{e(ctx['remark'])}" if ctx.get("remark") else "") + "</p>")
    css = ("* { font-weight: normal !important; } "
           ".lh { font-size: 8pt; border-bottom: 1px solid #555; padding-bottom: 4px; } h2 { font-size: 14pt; "
           "margin: 12px 0; letter-spacing: 1px; } .top { width: 100%; } .to { width: 50%; vertical-align: top; "
           "font-size: 9pt; } .fl { margin-left: auto; font-size: 8.5pt; } .fl th { text-align: left; color: "
           "#555; padding: 2px 8px; } .fl td { padding: 2px 4px; } .ln { width: 100%; margin-top: 14px; font-size: "
           "8.5pt; } .ln th { text-align: left; border-top: 1px solid #000; border-bottom: 1px solid #000; padding: "
           "3px; } .ln td { padding: 3px; } .ln tfoot td { border-top: 1px solid #000; } .r { text-align: right "
           "!important; } .nt { margin-top: 16px; font-size: 8pt; }")
    return html_page(title, css, body)


# ------------------------------------------------------------------------------------------------
# L183: Independent marine surveyor's damage / condition survey report commissioned by the customer (the claim
# document, HTML -> Chromium): surveyor's letterhead, "SURVEY REPORT" with our ref., a particulars list
# (principal, supplier, purchase order, claim reference, place and date of survey, goods received),
# "FINDINGS" as a table "Item code | Description | Qty delivered | Qty inspected | Qty damaged | Nature of
# damage", then the cause, "CONCLUSION" and the surveyor's signature with the "without prejudice" clause.

def l183_survey(doc: Doc, st: Style, ctx: dict) -> Rendered:
    parts = [("Survey report no.", f"<b>{e(doc.number)}</b>"), ("Date of report", day(doc.date, st.date)),
             ("Principal", e(doc.buyer.name)), ("Supplier", e(doc.seller.name)),
             ("Purchase order", e(doc.order_number or "")), ("Claim reference", e(ref(doc, "claim_ref"))),
             ("Goods received", day(ctx["received"], st.date)), ("Place of survey", e(ctx["ship_to"]))]
    rows = "".join(f"<tr><td class=nw>{e(sku)}</td><td>{e(desc)}</td><td class=r>{q}</td><td class=r>{smp}</td>"
                   f"<td class=r>{bad}</td><td>{e(why)}</td></tr>" for sku, desc, q, smp, bad, why in ctx["findings"])
    body = (
        f"<div class=lh>{e(ctx['surveyor'])} · Marine & cargo surveyors · Ísafjörður</div><h2>SURVEY REPORT"
        "</h2><p class=sub>Condition survey of spare parts delivered to the principal</p><table class=p>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in parts)
        + "</table><h3>FINDINGS</h3><table class=d><thead><tr><th>Item code</th><th>Description</th><th class=r>"
        "Qty delivered</th><th class=r>Qty inspected</th><th class=r>Qty damaged</th><th>Nature of damage</th>"
        f"</tr></thead><tbody>{rows}</tbody></table><h3>CAUSE</h3><p>The damaged parts were found in cartons "
        "whose inner packing had shifted; the outer cartons showed no sign of rough handling. In our opinion the "
        "damage arose from insufficient internal packing at origin.</p><h3>CONCLUSION</h3><p>The damaged "
        "quantities listed above are unfit for use. We recommend that the principal claims replacement from the "
        "supplier.</p><p class=sg>Surveyor: " + e(ctx["surveyor"]) + "<br><i>Issued without prejudice to the "
        "rights of whom it may concern.</i></p>")
    css = ("* { font-weight: normal !important; } "
           ".lh { font-size: 8pt; color: #1f4e79; border-bottom: 2px solid #1f4e79; padding-bottom: 3px; } h2 { "
           "font-size: 15pt; margin: 12px 0 2px; } .sub { margin: 0 0 8px; font-size: 8.5pt; color: #555; } h3 { "
           "font-size: 10pt; margin: 12px 0 4px; color: #1f4e79; } .p th { text-align: left; width: 32%; padding: "
           "2px 6px 2px 0; color: #444; font-size: 8.5pt; } .p td { font-size: 8.5pt; padding: 2px; } .d { width: "
           "100%; font-size: 8pt; } .d th, .d td { border: 1px solid #9ab; padding: 3px; text-align: left; "
           "vertical-align: top; } .r { text-align: right !important; } .nw { white-space: nowrap; } .sg { "
           "margin-top: 20px; font-size: 8.5pt; }")
    return html_page(f"Survey report {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L184: Facility-services company's e-procurement platform PO (Coupa-style, HTML -> Chromium): a header bar
# with the buyer's name, "Purchase Order #<no>" and a status pill, a summary card (Order date, Requester,
# Payment term, Shipping term, Currency), "Supplier" and "Ship To" cards, lines as "Line | Item | Supplier
# part number | Qty | UOM | Price | Total" with the part number right of the item text, and "Total" at the foot.

def l184_coupa(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cur = e(doc.currency or "")
    rows = "".join(f"<tr><td class=c>{i}</td><td>{words(ln.description)}</td><td class=nw>{e(ln.sku)}</td>"
                   f"<td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}"
                   f"</td><td class=r>{amt(ln.amount, st.num)}</td></tr>" for i, ln in enumerate(doc.lines, 1))
    card = [("Order date", day(doc.date, st.date)), ("Requester", e(ctx["contact"])),
            ("Payment term", e(doc.payment_terms or "")), ("Shipping term", e(doc.incoterms or "")),
            ("Currency", cur)]
    body = (
        f"<div class=bar>{e(doc.buyer.name)}</div><div class=tl>Purchase Order #{e(doc.number)} <span class=pl>"
        "Issued</span></div><table class=cd><tr>" + "".join(f"<td><div class=cap>{k}</div>{v}</td>" for k, v in card)
        + f"</tr></table><table class=bx><tr><td><div class=cap>Supplier</div>{e(doc.seller.name)}<br>"
        f"{lines_of(doc.seller.address)}</td><td><div class=cap>Ship To</div>{lines_of(ctx['ship_to'])}<br>Attn: "
        f"{e(ctx['contact'])}</td><td><div class=cap>Bill To</div>{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}"
        f"<br>{e(ctx['cr'])}</td></tr></table><table class=ln><thead><tr><th>Line</th><th>Item</th><th>Supplier "
        "part number</th><th class=r>Qty</th><th>UOM</th><th class=r>Price</th><th class=r>Total</th></tr></thead>"
        f"<tbody>{rows}</tbody></table><table class=tt><tr><td>Total</td><td class=r>{amt(doc.total, st.num)} {cur}"
        "</td></tr></table><p class=sm>Supplier must reference the PO number on all invoices and shipping "
        f"documents. Approved in the procurement platform by {e(ctx['signatory'])}, {e(ctx['buyer_title'])}.</p>")
    css = ("* { font-weight: normal !important; } "
           ".bar { background: #16325c; color: #fff; padding: 6px 10px; font-size: 11pt; } .tl { font-size: 15pt; "
           "margin: 10px 0 6px; } .pl { font-size: 8pt; background: #d8f0dd; color: #1b5e20; padding: 2px 8px; "
           "border-radius: 8px; } .cd { width: 100%; font-size: 8.5pt; } .cd td { border: 1px solid #ddd; padding: "
           "4px; vertical-align: top; } .cap { font-size: 7pt; color: #6b7a90; } .bx { width: 100%; margin-top: "
           "6px; } .bx td { width: 33%; border: 1px solid #ddd; padding: 5px; font-size: 8pt; vertical-align: top; }"
           " .ln { width: 100%; margin-top: 10px; font-size: 8.5pt; } .ln th { text-align: left; border-bottom: 2px "
           "solid #16325c; padding: 3px; } .ln td { padding: 4px 3px; border-bottom: 1px solid #e6e6e6; "
           "vertical-align: top; } .r { text-align: right !important; } .c { text-align: center; } .nw { "
           "white-space: nowrap; } .tt { margin: 8px 0 0 auto; font-size: 10pt; } .tt td { padding: 2px 10px; } "
           ".sm { font-size: 7.5pt; color: #555; margin-top: 14px; }")
    return html_page(f"Purchase Order {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L185: Georgian firm's German "Bestellung" typed on a Word form template with Georgian captions (docx, sent as
# is): a two-cell header (company with Ident.-Nr. left; "შეკვეთა / BESTELLUNG" with Nr. and Datum right), a
# form table "Lieferant / Lieferadresse / Lieferbedingung / Zahlungsbedingung / Währung", the goods table
# "№ | Bezeichnung (Art.-Nr. darunter) | Menge | ME | Preis | Betrag" with the article number under the
# description in the same cell, "Gesamtsumme" and two signature fields.

def l185_ge(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Calibri", 10)
    cur = doc.currency or ""
    hd = table(d, [[f"{doc.buyer.name}\n{doc.buyer.address}\n{ctx['reg']}",
                    f"შეკვეთა / BESTELLUNG\nNr. {doc.number}\nDatum: {day(doc.date, st.date)}"]], [3.6, 2.8],
               head=False, size=9.5)
    keep_row(hd.rows[0])
    para(d)
    form = [["Lieferant / მიმწოდებელი", f"{doc.seller.name}, {doc.seller.address}"],
            ["Lieferadresse", ctx["ship_to"]], ["Lieferbedingung", doc.incoterms or ""],
            ["Zahlungsbedingung", doc.payment_terms or ""], ["Währung", cur], ["Ansprechpartnerin", ctx["contact"]]]
    ft = table(d, form, [1.8, 4.6], head=False, size=9)
    for row in ft.rows:
        keep_row(row)
    para(d)
    para(d, "Wir bestellen hiermit verbindlich:", size=10)
    rows = [["№", "Bezeichnung / Art.-Nr.", "Menge", "ME", f"Preis {cur}", f"Betrag {cur}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), f"{ln.description}\nArt.-Nr. {ln.sku}", str(ln.quantity), ln.unit or "",
                     amt(ln.unit_price, st.num), amt(ln.amount, st.num)])
    rows.append(["", "Gesamtsumme", "", "", "", amt(doc.total, st.num)])
    t = table(d, rows, [0.35, 3.3, 0.6, 0.5, 0.85, 0.95], size=9)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d, "Die Preise verstehen sich ohne georgische Mehrwertsteuer; Einfuhrabgaben trägt der Besteller.", size=8,
         italic=True)
    para(d)
    sg = table(d, [[f"Erstellt: {ctx['contact']}", f"Genehmigt: {ctx['signatory']}, {ctx['buyer_title']}"]],
               [3.2, 3.2], head=False, size=9)
    keep_row(sg.rows[0])
    para(d, f"{ctx['bank']} · IBAN {ctx['iban']} · BIC {ctx['bic']}", size=7.5)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L186: Nicaraguan sugar mill's "Orden de Compra" exported from its ERP to Excel (xlsx, sent as is): company
# and RUC over a "ORDEN DE COMPRA No." line, a four-column header (Fecha, Proveedor, Solicitante, Condición de
# pago / Incoterm, Moneda, Centro de costo), lines "Línea | Código | Descripción | U/M | Cant. Pedida |
# Costo Unitario | Costo Total", then "Sub-Total / IVA 0% (exonerado) / Total Orden" and the authorisations.

def l186_ni(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], "OC")
    thin = Side(style="thin", color="1F5F8B")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEFG", (7, 13, 48, 7, 11, 14, 15), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, doc.buyer.name).font = Font(bold=True, size=13)
    ws.cell(2, 1, f"{doc.buyer.address} · {ctx['ruc']}")
    c = ws.cell(3, 1, f"ORDEN DE COMPRA No. {doc.number}")
    c.font = Font(bold=True, size=14, color="1F5F8B")
    head = [("Fecha:", day(doc.date, st.date), "Condición de pago:", doc.payment_terms or ""),
            ("Proveedor:", doc.seller.name, "Incoterm:", doc.incoterms or ""),
            ("Solicitante:", ctx["contact"], "Moneda:", doc.currency or ""),
            ("Dirección proveedor:", doc.seller.address, "Centro de costo:", "FAB-MOL-04 Zafra")]
    for k, (a, b, c2, d2) in enumerate(head):
        ws.cell(5 + k, 1, a).font = bold
        ws.cell(5 + k, 3, b)
        ws.cell(5 + k, 5, c2).font = bold
        ws.cell(5 + k, 6, d2)
    r = 10
    for j, h in enumerate(("Línea", "Código", "Descripción", "U/M", "Cant. Pedida", "Costo Unitario",
                           "Costo Total"), start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F5F8B")
        c.border = grid
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((i, ln.sku, ln.description, ln.unit or "", ln.quantity, float(ln.unit_price),
                               float(ln.amount)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if j in (6, 7):
                c.number_format = "#,##0.00"
    r += len(doc.lines) + 2
    for k, (cap, v) in enumerate((("Sub-Total", doc.subtotal), ("IVA 0% (exonerado)", Decimal(0)),
                                  (f"Total Orden {doc.currency}", doc.total))):
        ws.cell(r + k, 6, cap).font = bold
        c = ws.cell(r + k, 7, float(v))
        c.number_format = "#,##0.00"
    ws.cell(r + 4, 1, f"Entregar en: {ctx['ship_to']}")
    ws.cell(r + 6, 1, f"Elaborado por: {ctx['contact']}")
    ws.cell(r + 6, 5, f"Autorizado por: {ctx['signatory']}, {ctx['buyer_title']}")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L187: Chinese hydropower contractor's Digiwin-TIPTOP-style purchase order abroad with zh/en captions (HTML ->
# Chromium): company names zh and en, "采购单 PURCHASE ORDER" centred, a header grid of three pairs per row
# (采购单号, 采购日期, 厂商名称, 采购员, 币别, 税别, 价格条件, 付款条件, 送货地址), lines "项次 | 料件编号 | 品名规格 |
# 采购量 | 单位 | 单价 | 金额 | 交货日期" (quantity before unit), the total in figures, remarks and 核准 / 采购 / 制表.

def l187_tiptop(doc: Doc, st: Style, ctx: dict) -> Rendered:
    due = doc.date + dt.timedelta(days=42)
    rows = "".join(f"<tr><td class=c>{i}</td><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td>"
                   f"<td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}"
                   f"</td><td class=r>{amt(ln.amount, st.num)}</td><td>{day(due, st.date)}</td></tr>"
                   for i, ln in enumerate(doc.lines, start=1))
    fields = [("采购单号 PO No.", e(doc.number)), ("采购日期 Date", day(doc.date, st.date)),
              ("采购员 Buyer", e(ctx["contact"])), ("厂商名称 Vendor", e(doc.seller.name)),
              ("币别 Currency", e(doc.currency)), ("税别 Tax", "免税 Exempt"),
              ("价格条件 Price term", e(doc.incoterms or "")), ("付款条件 Payment", e(doc.payment_terms or "")),
              ("送货地址 Deliver to", e(ctx["ship_to"]))]
    cells = "".join("<tr>" + "".join(f"<th>{k}</th><td>{v}</td>" for k, v in fields[i:i + 3]) + "</tr>"
                    for i in range(0, len(fields), 3))
    body = (
        f"<div class=co>{e(ctx['name_zh'])}<br>{e(doc.buyer.name)}<br><span>{e(doc.buyer.address)} · "
        f"{e(ctx['tin'])}</span></div><h2>采购单 PURCHASE ORDER</h2><table class=g>{cells}</table>"
        "<table class=it><thead><tr><th>项次</th><th>料件编号</th><th>品名规格</th><th class=r>采购量</th><th>单位</th>"
        "<th class=r>单价</th><th class=r>金额</th><th>交货日期</th></tr></thead>"
        f"<tbody>{rows}</tbody></table><p class=tt>合计金额 Total amount ({e(doc.currency)}): "
        f"<b>{amt(doc.total, st.num)}</b></p><p class=sm>备注：请于发票及提单注明本采购单号。</p><table class=sg><tr><td>核准 Approved: "
        f"{e(ctx['signatory'])}</td><td>采购 Purchasing: {e(ctx['contact'])}</td><td>制表 Prepared: {e(ctx['contact'])}"
        "</td></tr></table>")
    css = ("* { font-weight: normal !important; } "
           "body { font-family: 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif; } .co { font-size: 11pt; "
           "text-align: center; } .co span { font-size: 7.5pt; color: #555; } h2 { text-align: center; font-size: "
           "14pt; margin: 8px 0; } .g { width: 100%; font-size: 7.5pt; } .g th { text-align: "
           "left; background: #e8eef7; border: 1px solid #8fa6c8; padding: 3px; } .g td { border: 1px solid "
           "#8fa6c8; padding: 3px; } .it { width: 100%; margin-top: 8px; font-size: 8pt; } .it th { background: "
           "#c9d6ea; border: 1px solid #8fa6c8; padding: 3px; } .it td { border: 1px solid #8fa6c8; padding: 3px; "
           "vertical-align: top; } .r { text-align: right !important; } .c { text-align: center; } .nw { "
           "white-space: nowrap; } .tt { text-align: right; margin-top: 8px; } .sm { font-size: 7.5pt; } .sg { "
           "width: 100%; margin-top: 18px; font-size: 8pt; }")
    return html_page(f"采购单 {doc.number}", css, body)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L178": (l178_ninja, "open-source invoicing app (Invoice-Ninja-style) quote / pro forma / invoice, no unit (HTML)"),
    "L179": (l179_precedent, "solicitor's precedent sale-of-goods agreement, numbered clauses, goods schedule at "
                             "the end (docx)"),
    "L180": (l180_wms, "warehouse management system packing list with carton numbers, no prices (HTML)"),
    "L181": (l181_swb, "ocean carrier's non-negotiable sea waybill (HTML)"),
    "L182": (l182_remit, "customer's ERP accounts-payable remittance advice, en/de/fr/es (HTML)"),
    "L183": (l183_survey, "independent marine surveyor's condition survey report, the claim document (HTML)"),
    "L184": (l184_coupa, "e-procurement platform (Coupa-style) purchase order, part number right of the item (HTML)"),
    "L185": (l185_ge, "Georgian firm's German 'Bestellung' Word form, Art.-Nr. under the description (docx)"),
    "L186": (l186_ni, "Nicaraguan 'Orden de Compra' ERP Excel export with IVA 0% (xlsx)"),
    "L187": (l187_tiptop, "Digiwin-TIPTOP-style 采购单 with zh/en captions and delivery date per line (HTML)"),
}

# Layouts that print a tax line of zero: their documents are labelled tax "0.00".
ZERO_TAX = ("L186",)
NO_UNIT = ("L178",)


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line, except the one without a unit column."""
    return key in LAYOUTS and key not in NO_UNIT
