"""Twenty-second-holdout document layouts L208-L217, each modelled on a real-world family not used in L1-L207."""
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
US_EMAIL = "orders@example.com"


def ref(doc: Doc, key: str) -> str:
    return next((v for k, v in doc.extra if k == key), "")


def words(text: str) -> str:
    """Escaped text whose hyphenated words do not break at the hyphen."""
    return " ".join(f"<span class=nw>{e(w)}</span>" if "-" in w else e(w) for w in text.split(" "))


def lines_of(text: str) -> str:
    return nl(text.replace(", ", "\n"))


# ------------------------------------------------------------------------------------------------
# L208: UK cloud accounting package (FreeAgent-style) estimates and invoices, ours (HTML -> Chromium): our name
# and address top right over a thin coloured rule, the client block top left, a three-row reference strip
# ("Estimate / Invoice" number, dates, "Client reference"), the project line with the terms, lines "Item | Details
# | Quantity | Unit | Rate | Subtotal" with the item code under the details on its own line, "Total excl. VAT /
# VAT @ 0% / Total due" and bank details in a grey panel.

L208_TITLE = {"quotation": ("Estimate", "Estimate"), "proforma_invoice": ("Proforma Invoice", "Proforma"),
              "commercial_invoice": ("Invoice", "Invoice")}


def l208_freeagent(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kind = doc.doc_type
    title, short = L208_TITLE[kind]
    cur = e(doc.currency or "")
    refs = [(f"{short} number", f"<b>{e(doc.number)}</b>"), (f"{short} date", day(doc.date, st.date))]
    if kind == "quotation":
        refs.append(("Valid for", "30 days"))
    elif kind == "commercial_invoice":
        refs.append(("Payment due", day(doc.date + dt.timedelta(days=ctx.get("due_days", 30)), st.date)))
    if doc.order_number:
        refs.append(("Client reference", e(doc.order_number)))
    rows = "".join(f"<tr><td class=c>{i}</td><td>{words(ln.description)}<div class=sk>Item code: {e(ln.sku)}</div>"
                   f"</td><td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=r>"
                   f"{amt(ln.unit_price, st.num)}</td><td class=r>{amt(ln.amount, st.num)}</td></tr>"
                   for i, ln in enumerate(doc.lines, start=1))
    tot = [("Total excl. VAT", amt(doc.subtotal, st.num)), ("VAT @ 0%", amt(Decimal(0), st.num)),
           (f"Total due ({cur})" if kind != "quotation" else f"Total ({cur})", f"<b>{amt(doc.total, st.num)}</b>")]
    if kind == "proforma_invoice" and ctx.get("deposit"):
        share = (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)
        tot.append((f"Advance payable before despatch ({int(ctx['deposit'] * 100)}%)", amt(share, st.num)))
    body = (
        f"<table class=top><tr><td class=cl><div class=cap>{title} for</div>{e(doc.buyer.name)}<br>"
        f"{lines_of(doc.buyer.address)}<br><span class=g>{e(ctx['reg'])}</span></td><td class=us><div class=nm>"
        f"Northwind Components Ltd.</div>12 Dockside Road<br>Southampton SO14 3AB<br>United Kingdom<br>"
        f"VAT {US_VAT}</td></tr></table><div class=ti>{title}</div><table class=rf><tr>"
        + "".join(f"<td><div class=cap>{k}</div>{v}</td>" for k, v in refs)
        + f"</tr></table><p class=pj>Terms: {e(doc.incoterms or '')} (Incoterms 2020) &nbsp;·&nbsp; "
        f"{e(doc.payment_terms or '')} &nbsp;·&nbsp; Currency {cur}</p><table class=ln><thead><tr><th class=c>Item"
        "</th><th>Details</th><th class=r>Quantity</th><th>Unit</th><th class=r>Rate</th><th class=r>Subtotal</th>"
        f"</tr></thead><tbody>{rows}</tbody></table><table class=tt>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in tot)
        + f"</table><div class=bk><b>Payment details</b><br>{US_BANK} · IBAN {US_IBAN} · BIC {US_BIC}<br>Please "
        f"quote {e(doc.number)} with your payment. Export of goods – zero-rated for VAT. EORI {US_EORI} · "
        f"{US_CO}</div>")
    css = ("* { font-weight: normal !important; } .top { width: 100%; border-bottom: 3px solid #26a0b7; } .top td "
           "{ vertical-align: top; font-size: 8.5pt; padding-bottom: 8px; } .us { text-align: right; } .nm { "
           "font-size: 12pt; } .cap { font-size: 7pt; color: #26a0b7; text-transform: uppercase; } .g { color: "
           "#666; } .ti { font-size: 20pt; margin: 12px 0 6px; } .rf { width: 100%; table-layout: fixed; } .rf td "
           "{ font-size: 9pt; padding: 3px 6px 3px 0; } .pj { font-size: 8pt; margin: 10px 0 4px; color: #444; } "
           ".ln { width: 100%; font-size: 8.5pt; } .ln th { border-bottom: 2px solid #26a0b7; text-align: left; "
           "padding: 4px; font-size: 7.5pt; text-transform: uppercase; } .ln td { border-bottom: 1px solid #ddd; "
           "padding: 4px; vertical-align: top; } .sk { font-size: 7.5pt; color: #777; } .r { text-align: right "
           "!important; } .c { text-align: center; } .nw { white-space: nowrap; } .tt { margin: 8px 0 0 auto; "
           "font-size: 9pt; } .tt th { text-align: right; padding: 2px 12px; } .tt td { text-align: right; padding: "
           "2px 4px; } .bk { margin-top: 18px; background: #f2f4f5; padding: 6px 8px; font-size: 7.5pt; }")
    return html_page(f"{title} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L209: Sales agreement as a letter of confirmation, ours (docx; signed copies -> LibreOffice PDF): our
# letterhead, the buyer's address, place and date, "Our ref." with the agreement number, "SALES AGREEMENT –
# CONFIRMATION OF SALE", paragraphs (a) to (g) with the terms, the goods as "Annex A" with "Qty | Unit | Item |
# Item code | Unit price | Amount", and "Agreed and accepted" for the buyer beside our signature.

def l209_letter(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Anna Keller", "Liberation Sans", 10)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Inches(0.9)
    para(d, "NORTHWIND COMPONENTS LTD.", size=14)
    para(d, f"12 Dockside Road · Southampton SO14 3AB · United Kingdom · {US_CO} · VAT {US_VAT}", size=7.5)
    para(d)
    para(d, f"{doc.buyer.name}\n{doc.buyer.address.replace(', ', chr(10))}\nAttn. {ctx['contact']}", size=10)
    para(d, f"Southampton, {day(doc.date, st.date)}", size=10, align="right")
    para(d, f"Our ref.: {doc.number}" + (f"   ·   Your order: {doc.order_number}" if doc.order_number else ""),
         size=10)
    para(d, "SALES AGREEMENT – CONFIRMATION OF SALE", size=12)
    para(d, "Dear Sirs,\nwe are pleased to confirm the sale of the goods listed in Annex A on the following terms:",
         size=10)
    for c in (f"(a) Seller: {doc.seller.name}, {doc.seller.address}.",
              f"(b) Buyer: {doc.buyer.name}, {doc.buyer.address} ({ctx['reg']}).",
              f"(c) Price: {doc.currency} {amt(doc.total, st.num)} in total, fixed, as per Annex A.",
              f"(d) Delivery: {doc.incoterms} (Incoterms® 2020), {ctx['delivery_time']}.",
              f"(e) Payment: {doc.payment_terms}.",
              "(f) Warranty: twelve months from delivery against defects in material and workmanship; claims in "
              "writing within fourteen days of receipt of the goods.",
              "(g) Law: the law of England and Wales; disputes to the London Court of International Arbitration."):
        para(d, c, size=9.5)
    para(d)
    para(d, "ANNEX A – GOODS", size=11)
    rows = [["Qty", "Unit", "Item", "Item code", f"Unit price {doc.currency}", f"Amount {doc.currency}"]]
    for ln in doc.lines:
        rows.append([str(ln.quantity), ln.unit or "", ln.description, ln.sku, amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["", "", "Total", "", "", amt(doc.total, st.num)])
    t = table(d, rows, [0.5, 0.5, 2.7, 1.1, 0.9, 1.0], size=8.5)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    when = day(ctx["signed_on"], st.date)
    if doc.signed:
        cells = [f"For and on behalf of {doc.seller.name}\n\n/s/ Anna Keller\nExport Sales Manager\n{when}",
                 f"Agreed and accepted for {doc.buyer.name}\n\n/s/ {ctx['signatory']}\n{ctx['buyer_title']}\n{when}"]
    else:
        cells = [f"For and on behalf of {doc.seller.name}\n\n\nAnna Keller\nExport Sales Manager",
                 f"Agreed and accepted for {doc.buyer.name}\n\n______________________\nName / title / date"]
    sg = table(d, [cells], [3.3, 3.3], head=False, size=9)
    keep_row(sg.rows[0])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L210: Cloud inventory system's (Unleashed-style) PACKING LIST for our sales order (HTML -> Chromium): our
# name and logo line, "PACKING LIST" with a reference box (Shipment No., Sales Order, Customer Ref., Invoice,
# Ship Date, Carrier, Tracking No., Delivery Terms), "Deliver To" and "Bill To", lines "Product Code | Product
# Description | Qty | UOM | Carton | Net kg" and the carton and weight totals with a "received by" strip.

def l210_unleashed(doc: Doc, st: Style, ctx: dict) -> Rendered:
    rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>{ln.quantity}"
                   f"</td><td>{e(ln.unit or '')}</td><td class=c>{e(box)}</td><td class=r>{net}</td></tr>"
                   for ln, box, net, _g, _d in ctx["rows"])
    box = [("Shipment No.", f"<b>{e(doc.number)}</b>"), ("Customer Ref.", e(doc.order_number or "")),
           ("Invoice", e(ref(doc, "invoice_ref") or "to follow")), ("Ship Date", day(doc.date, st.date)),
           ("Carrier", e(ctx["carrier"])), (e(ctx["track_caption"]), e(", ".join(doc.tracking_numbers))),
           ("Delivery Terms", e(doc.incoterms or ""))]
    body = (
        f"<table class=top><tr><td><div class=nm>{e(doc.seller.name)}</div>{e(doc.seller.address)}<br>"
        f"orders@example.com · +44 23 8063 1172</td><td class=rt><div class=ti>PACKING LIST</div><table class=bx>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in box)
        + f"</table></td></tr></table><table class=ad><tr><td><div class=cap>Deliver To</div>{e(doc.buyer.name)}"
        f"<br>{lines_of(ctx['ship_to'])}</td><td><div class=cap>Bill To</div>{e(doc.buyer.name)}<br>"
        f"{lines_of(doc.buyer.address)}</td></tr></table><table class=ln><thead><tr><th>Product Code</th><th>"
        "Product Description</th><th class=r>Qty</th><th>UOM</th><th class=c>Carton</th><th class=r>Net kg</th>"
        f"</tr></thead><tbody>{rows}</tbody></table><p class=wt>Total cartons: {ctx['cases']} &nbsp;·&nbsp; Net "
        f"weight: {ctx['net']} kg &nbsp;·&nbsp; Gross weight: {ctx['gross']} kg</p><table class=rc><tr><td>Received "
        "in good order by (name, signature, date):</td><td></td></tr></table>")
    css = ("* { font-weight: normal !important; } .top { width: 100%; } .top td { vertical-align: top; font-size: "
           "8.5pt; } .nm { font-size: 13pt; color: #2e7d32; } .rt { text-align: right; } .ti { font-size: 17pt; } "
           ".bx { margin-left: auto; font-size: 8pt; } .bx th { text-align: left; color: #555; padding: 1px 8px; } "
           ".bx td { text-align: left; padding: 1px 4px; } .ad { width: 100%; margin: 12px 0; table-layout: fixed; "
           "} .ad td { vertical-align: top; font-size: 8.5pt; padding-right: 10px; } .cap { font-size: 7pt; color: "
           "#2e7d32; text-transform: uppercase; } .ln { width: 100%; font-size: 8.5pt; } .ln th { background: "
           "#e8f5e9; border-top: 1px solid #2e7d32; border-bottom: 1px solid #2e7d32; text-align: left; padding: "
           "4px; } .ln td { border-bottom: 1px solid #ddd; padding: 4px; vertical-align: top; } .r { text-align: "
           "right !important; } .c { text-align: center; } .nw { white-space: nowrap; } .wt { font-size: 8.5pt; "
           "margin-top: 8px; } .rc { width: 100%; margin-top: 16px; font-size: 8pt; } .rc td { border: 1px solid "
           "#999; padding: 10px 4px; }")
    return html_page(f"Packing list {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L211: Freight forwarder's FIATA multimodal transport bill of lading (FBL) for LCL groupage (HTML ->
# Chromium): the boxed FBL face with "Consignor", "Consigned to order of", "Notify address", the forwarder's
# box with "FBL No.", "Place of receipt / Port of loading / Port of discharge / Place of delivery", "Ocean
# vessel", the marks-and-numbers grid (container and seal, packages, description, gross weight, measurement),
# "Freight payable at", the number of originals and "Place and date of issue".

def l211_fbl(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cont = e(", ".join(doc.tracking_numbers))
    body = (
        "<table class=f><tr><td class=w><div class=cap>Consignor</div>"
        f"{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}</td><td rowspan=3 class=fw><div class=fb>FBL"
        f"</div>NEGOTIABLE FIATA MULTIMODAL TRANSPORT BILL OF LADING<br><br>FBL No. <b>{e(doc.number)}</b><br>"
        "Shipment ref. PO " + e(doc.order_number or "") + "<br><br>Itchen Freight Forwarding Ltd<br>Berth 204, "
        "Western Docks, Southampton SO15 1DA</td></tr><tr><td class=w><div class=cap>Consigned to order of</div>"
        f"{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}</td></tr><tr><td class=w><div class=cap>Notify "
        f"address</div>{e(ctx['contact'])}, {e(doc.buyer.name)}</td></tr></table><table class=f><tr><td><div "
        "class=cap>Place of receipt</div>Southampton CFS</td><td><div class=cap>Ocean vessel</div>"
        f"{e(ctx['vessel'])}</td><td><div class=cap>Port of loading</div>Southampton</td></tr><tr><td><div "
        f"class=cap>Port of discharge</div>{e(ctx['pod'])}</td><td><div class=cap>Place of delivery</div>"
        f"{e(ctx['pod'])} CFS</td><td><div class=cap>Freight payable at</div>Southampton (prepaid)</td></tr>"
        "</table><table class=g><thead><tr><th>Marks and numbers</th><th>Number and kind of packages</th><th>"
        "Description of goods</th><th>Gross weight</th><th>Measurement</th></tr></thead><tbody><tr><td>Container "
        f"{cont}<br>Seal {e(ctx['seal'])}</td><td>{ctx['pieces']} cases</td><td>{e(ctx['goods'])}<br>SAID TO "
        f"CONTAIN – SHIPPER'S LOAD AND COUNT (LCL)</td><td>{ctx['weight']} kg</td><td>{ctx['cbm']} m³</td></tr>"
        "</tbody></table><table class=f><tr><td><div class=cap>Number of original FBLs</div>THREE (3)</td><td>"
        f"<div class=cap>Place and date of issue</div>Southampton, {day(doc.date, st.date)}</td><td><div class=cap>"
        "Stamp and signature</div>Itchen Freight Forwarding Ltd as carrier</td></tr></table><p class=sm>Taken in "
        "charge in apparent good order and condition, unless otherwise noted herein, at the place of receipt for "
        "transport and delivery as mentioned above. Subject to the FIATA FBL standard conditions.</p>")
    css = ("* { font-weight: normal !important; } .f { width: 100%; border: 1px solid #000; margin-top: -1px; "
           "table-layout: fixed; } .f td { border: 1px solid #000; padding: 4px; vertical-align: top; font-size: "
           "8.5pt; } .fw { width: 45%; } .fb { font-size: 26pt; letter-spacing: 6px; color: #003a70; } .cap { "
           "font-size: 6.5pt; color: #555; } .g { width: 100%; margin-top: -1px; } .g th, .g td { border: 1px solid "
           "#000; padding: 4px; font-size: 8pt; text-align: left; vertical-align: top; } .g td { height: 120px; } "
           ".sm { font-size: 7pt; color: #444; margin-top: 8px; }")
    return html_page(f"FBL {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L212: The customer's online-banking confirmation of an executed foreign transfer, printed from the bank
# portal (HTML -> Chromium), in the customer's language: the bank's band, "Payment executed" with the
# transaction reference, the ordering party, the beneficiary with IBAN and BIC, amount and currency, value date,
# the remittance information (invoice and order) and the charges option.

L212 = {
    "en": ("Payment confirmation", "Transaction reference", "Ordering customer", "Beneficiary", "Beneficiary bank",
           "Amount", "Value date", "Remittance information", "Invoice", "Order", "Charges", "OUR / SHA: shared",
           "Status", "Executed", "This confirmation was generated electronically and is valid without signature."),
    "de": ("Ausführungsbestätigung Auslandsüberweisung", "Auftragsreferenz", "Auftraggeber", "Begünstigter",
           "Bank des Begünstigten", "Betrag", "Valuta", "Verwendungszweck", "Rechnung", "Bestellung", "Spesen",
           "SHA – geteilt", "Status", "Ausgeführt", "Diese Bestätigung wurde maschinell erstellt und ist ohne "
           "Unterschrift gültig."),
    "fr": ("Confirmation de virement international", "Référence de l'opération", "Donneur d'ordre", "Bénéficiaire",
           "Banque du bénéficiaire", "Montant", "Date de valeur", "Motif du paiement", "Facture", "Commande",
           "Frais", "SHA – partagés", "Statut", "Exécuté", "Document édité électroniquement, valable sans "
                                                            "signature."),
    "es": ("Justificante de transferencia internacional", "Referencia de la operación", "Ordenante",
           "Beneficiario", "Banco del beneficiario", "Importe", "Fecha valor", "Concepto", "Factura", "Pedido",
           "Gastos", "SHA – compartidos", "Estado", "Ejecutada", "Justificante generado electrónicamente, válido "
                                                                 "sin firma."),
}


def l212_bank(doc: Doc, st: Style, ctx: dict) -> Rendered:
    (title, c_ref, c_ord, c_ben, c_bbank, c_amt, c_val, c_rem, c_inv, c_po, c_chg, chg, c_st, st_ok,
     foot) = L212[st.lang]
    cur = e(doc.currency or "")
    rem = f"{c_inv} {e(ref(doc, 'invoice_ref'))} / {c_po} {e(doc.order_number or '')}"
    if ctx.get("remark"):
        rem += f" – {e(ctx['remark'])}"
    grid = [(c_ref, f"<b>{e(doc.number)}</b>"), (c_st, st_ok),
            (c_ord, f"{e(doc.buyer.name)}<br>{e(ctx['iban'])}"),
            (c_ben, f"{e(doc.seller.name)}<br>{e(doc.seller.address)}<br>IBAN {US_IBAN}"),
            (c_bbank, f"{US_BANK} · BIC {US_BIC}"), (c_amt, f"<b>{cur} {amt(doc.total, st.num)}</b>"),
            (c_val, day(doc.date, st.date)), (c_rem, rem), (c_chg, chg)]
    body = (
        f"<div class=bd>{e(ctx['bank'])} <span>· Online Banking · {e(ctx['bic'])}</span></div><h2>{title}</h2>"
        "<table class=g>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in grid)
        + f"</table><p class=sm>{foot}</p><p class=sm>{e(ctx['contact'])} · {e(doc.buyer.name)}</p>")
    css = ("* { font-weight: normal !important; } .bd { background: #12355b; color: #fff; padding: 8px 10px; "
           "font-size: 12pt; } .bd span { font-size: 8pt; color: #cfd8e3; } h2 { font-size: 14pt; margin: 14px 0 "
           "8px; } .g { width: 100%; font-size: 9pt; } .g th { text-align: left; width: 32%; color: #12355b; "
           "border-bottom: 1px solid #dde; padding: 5px 4px; vertical-align: top; } .g td { border-bottom: 1px "
           "solid #dde; padding: 5px 4px; } .sm { font-size: 7.5pt; color: #666; margin-top: 12px; }")
    return html_page(title, css, body)


# ------------------------------------------------------------------------------------------------
# L213: Independent test laboratory's TEST REPORT on parts from a delivery, commissioned by the customer (the
# claim document; HTML -> Chromium): the laboratory's letterhead with its accreditation number, "TEST REPORT"
# and "Report No.", a client block and particulars (supplier, purchase order, customer complaint no., samples
# received, date of testing), the results table "Sample | Part no. | Description | Qty delivered | Qty tested |
# Failed | Test / finding" and the verdict "DOES NOT MEET the specification" with the test engineer.

def l213_lab(doc: Doc, st: Style, ctx: dict) -> Rendered:
    part = [("Client", e(doc.buyer.name)), ("Supplier", e(doc.seller.name)),
            ("Purchase order", e(doc.order_number or "")), ("Customer complaint no.", e(ref(doc, "claim_ref"))),
            ("Samples received", day(ctx["received"], st.date)), ("Date of report", day(doc.date, st.date))]
    rows = "".join(f"<tr><td class=c>S{i}</td><td class=nw>{e(sku)}</td><td>{e(desc)}</td><td class=r>{q}</td>"
                   f"<td class=r>{s}</td><td class=r>{bad}</td><td>{e(why)}</td></tr>"
                   for i, (sku, desc, q, s, bad, why) in enumerate(ctx["findings"], start=1))
    body = (
        "<div class=hd><span>SOLENT MATERIALS TESTING LTD</span><br>Testing laboratory No. 4182 accredited to "
        "ISO/IEC 17025 · Unit 9, Hamble Lane, Southampton SO31 4QA</div><h2>TEST REPORT</h2><p>Report No. <b>"
        f"{e(doc.number)}</b></p><table class=p>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in part)
        + "</table><h3>Results</h3><table class=d><thead><tr><th>Sample</th><th>Part no.</th><th>Description</th>"
        "<th class=r>Qty delivered</th><th class=r>Qty tested</th><th class=r>Failed</th><th>Test / finding</th>"
        f"</tr></thead><tbody>{rows}</tbody></table><p class=vd>Verdict: the samples tested do NOT MEET the "
        "specification stated on the purchase order.</p><p class=sm>The results relate only to the items tested. "
        "This report shall not be reproduced except in full without the written approval of the laboratory.</p>"
        "<p>Test engineer: M. Oduya &nbsp;&nbsp; Approved: Dr R. Finch, Technical Manager</p>")
    css = ("* { font-weight: normal !important; } .hd { font-size: 7.5pt; color: #444; border-bottom: 1px solid "
           "#333; padding-bottom: 4px; } .hd span { font-size: 12pt; color: #000; } h2 { font-size: 16pt; margin: "
           "12px 0 2px; } .p { width: 70%; font-size: 8.5pt; } .p th { text-align: left; padding: 2px 8px 2px 0; "
           "color: #555; } .p td { padding: 2px 0; } h3 { font-size: 10pt; margin: 12px 0 4px; } .d { width: 100%; "
           "font-size: 8pt; } .d th, .d td { border: 1px solid #888; padding: 3px; text-align: left; vertical-align:"
           " top; } .r { text-align: right !important; } .c { text-align: center; } .nw { white-space: nowrap; } "
           ".vd { border: 2px solid #a00; padding: 5px; margin-top: 10px; font-size: 9pt; } .sm { font-size: 7pt; "
           "color: #666; } p { font-size: 8.5pt; }")
    return html_page(f"Test report {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L214: Azerbaijani packaging maker's order in German from its 1C-style accounting program exported to Excel
# (xlsx, sent as is): "Sifariş / Bestellung" with number and date in one cell, the supplier and buyer blocks with
# VÖEN, lines "№ | Kod / Art.-Nr. | Mal / Bezeichnung | Miqdar / Menge | Vahid / Einh. | Qiymət / Preis | Məbləğ /
# Summe" with both captions in one cell, "Cəmi / Gesamt" and "ƏDV / MwSt.: —", the terms and the signatures.

def l214_az(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], "Sifariş")
    thin = Side(style="thin", color="555555")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEFG", (5, 13, 46, 9, 8, 12, 14), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, f"Sifariş / Bestellung № {doc.number} vom {day(doc.date, st.date)}").font = Font(bold=True,
                                                                                                  size=13)
    for k, (a, b) in enumerate((("Lieferant / Təchizatçı:", f"{doc.seller.name}, {doc.seller.address}"),
                                ("Besteller / Sifarişçi:", f"{doc.buyer.name}, {doc.buyer.address}, {ctx['reg']}"),
                                ("Ansprechpartner:", ctx["contact"]))):
        ws.cell(3 + k, 1, a).font = bold
        ws.cell(3 + k, 3, b)
    r = 7
    for j, cap in enumerate(("№", "Kod / Art.-Nr.", "Mal / Bezeichnung", "Miqdar / Menge", "Vahid / Einh.",
                             "Qiymət / Preis", "Məbləğ / Summe"), start=1):
        c = ws.cell(r, j, cap)
        c.font = bold
        c.fill = PatternFill("solid", fgColor="FFF2CC")
        c.border = grid
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((i, ln.sku, ln.description, ln.quantity, ln.unit or "", float(ln.unit_price),
                               float(ln.amount)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if j in (6, 7):
                c.number_format = "#,##0.00"
    r += len(doc.lines) + 1
    ws.cell(r, 6, f"Cəmi / Gesamt {doc.currency}").font = bold
    c = ws.cell(r, 7, float(doc.total))
    c.number_format = "#,##0.00"
    c.font = bold
    ws.cell(r + 1, 6, "ƏDV / MwSt.")
    ws.cell(r + 1, 7, "—")
    for k, (a, b) in enumerate((("Lieferbedingung:", f"{doc.incoterms or ''} (Incoterms 2020)"),
                                ("Zahlungsbedingung:", doc.payment_terms or ""), ("Währung:", doc.currency or ""),
                                ("Lieferadresse:", ctx["ship_to"]))):
        ws.cell(r + 3 + k, 1, a).font = bold
        ws.cell(r + 3 + k, 3, b)
    ws.cell(r + 8, 1, f"Direktor / Geschäftsführer: {ctx['signatory']}  ____________")
    ws.cell(r + 9, 1, f"Tərtib etdi / Erstellt: {ctx['contact']}  ____________")
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L215: Malian oil mill's order as a French business letter with a table (docx, sent as is): letterhead with
# NIF and RCCM, the supplier's address on the right, "Bamako, le ...", "Objet : Commande n° ...", "Madame,"
# and a paragraph, lines "N° | Code | Désignation | Quantité | P.U. | Montant" (quantity and unit in one cell,
# "8 pce"), "Montant total", the conditions in a paragraph and the director's signature block.

def l215_lettre(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Serif", 10)
    cur = doc.currency or ""
    para(d, doc.buyer.name, size=14)
    para(d, f"{doc.buyer.address}\n{ctx['reg']}", size=8)
    para(d)
    para(d, f"{doc.seller.name}\n{doc.seller.address.replace(', ', chr(10))}\nÀ l'attention de Mme Anna Keller",
         size=10, align="right")
    para(d, f"{ctx['city']}, le {day(doc.date, st.date)}", size=10, align="right")
    para(d, f"Objet : Commande n° {doc.number}", size=11)
    para(d, "Madame,\nNous avons l'honneur de vous passer commande des articles ci-dessous, aux conditions de votre "
         "offre :", size=10)
    rows = [["N°", "Code", "Désignation", "Quantité", f"P.U. ({cur})", f"Montant ({cur})"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, f"{ln.quantity} {ln.unit or ''}".strip(),
                     amt(ln.unit_price, st.num), amt(ln.amount, st.num)])
    rows.append(["", "", "Montant total", "", "", amt(doc.total, st.num)])
    t = table(d, rows, [0.4, 1.1, 2.8, 0.8, 0.8, 0.9], size=8.5)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    para(d, f"Conditions : livraison {doc.incoterms} (Incoterms 2020) ; paiement : {doc.payment_terms} ; lieu de "
         f"livraison : {ctx['ship_to']}. Merci de rappeler notre numéro de commande sur tous vos documents.", size=9.5)
    para(d, "Veuillez agréer, Madame, l'expression de nos salutations distinguées.", size=10)
    para(d)
    para(d, f"{ctx['buyer_title']}\n{ctx['signatory']}", size=10, align="right")
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L216: Andorran ski resort's "PEDIDO A PROVEEDOR" from a Spanish desktop ERP (a3ERP-style, HTML -> Chromium):
# a grey header band with the company and NRT, a two-column box "Proveedor" / "Datos del pedido" (Nº pedido,
# Fecha, Su oferta, Forma de pago, Portes), lines "Artículo | Descripción | Cantidad | Ud. | Precio | Dto. % |
# Importe" with a discount column at 0,00, "Base / Total pedido" and an observations box.

def l216_a3(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cur = e(doc.currency or "")
    rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>{ln.quantity}"
                   f"</td><td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>"
                   f"{amt(Decimal(0), st.num)}</td><td class=r>{amt(ln.amount, st.num)}</td></tr>"
                   for ln in doc.lines)
    data = [("Nº pedido", f"<b>{e(doc.number)}</b>"), ("Fecha", day(doc.date, st.date)),
            ("Forma de pago", e(doc.payment_terms or "")), ("Portes / Incoterm", e(doc.incoterms or "")),
            ("Divisa", cur)]
    body = (
        f"<div class=bd><span>{e(doc.buyer.name)}</span><br>{e(doc.buyer.address)} · {e(ctx['reg'])}</div>"
        "<h2>PEDIDO A PROVEEDOR</h2><table class=bx><tr><td><div class=cap>Proveedor</div>"
        f"{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}</td><td><div class=cap>Datos del pedido</div>"
        "<table>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in data)
        + "</table></td></tr></table><table class=ln><thead><tr><th>Artículo</th><th>Descripción</th><th class=r>"
        "Cantidad</th><th>Ud.</th><th class=r>Precio</th><th class=r>Dto. %</th><th class=r>Importe</th></tr>"
        f"</thead><tbody>{rows}</tbody></table><table class=tt><tr><th>Base</th><td>{amt(doc.subtotal, st.num)}"
        f"</td></tr><tr><th>Total pedido {cur}</th><td><b>{amt(doc.total, st.num)}</b></td></tr></table><div "
        f"class=ob><div class=cap>Observaciones</div>Entregar en: {e(ctx['ship_to'])}. Horario de recepción 8:00 – "
        f"13:00. Indiquen nuestro número de pedido en albarán y factura.<br>Autoriza: {e(ctx['signatory'])}, "
        f"{e(ctx['buyer_title'])}</div>")
    css = ("* { font-weight: normal !important; } .bd { background: #e6e6e6; padding: 6px 8px; font-size: 8pt; } "
           ".bd span { font-size: 13pt; } h2 { font-size: 15pt; margin: 12px 0 6px; } .bx { width: 100%; "
           "table-layout: fixed; } .bx > tbody > tr > td { border: 1px solid #888; padding: 5px; vertical-align: "
           "top; font-size: 8.5pt; } .bx th { text-align: left; padding: 1px 8px 1px 0; color: #555; } .cap { "
           "font-size: 7pt; color: #777; text-transform: uppercase; } .ln { width: 100%; margin-top: 10px; "
           "font-size: 8.5pt; } .ln th { background: #e6e6e6; border: 1px solid #888; text-align: left; padding: "
           "3px; } .ln td { border-left: 1px solid #888; border-right: 1px solid #888; border-bottom: 1px dotted "
           "#bbb; padding: 3px; vertical-align: top; } .r { text-align: right !important; } .nw { white-space: "
           "nowrap; } .tt { margin: 8px 0 0 auto; font-size: 9pt; } .tt th { text-align: right; padding: 2px 12px; "
           "} .tt td { text-align: right; padding: 2px 4px; } .ob { margin-top: 14px; border: 1px solid #888; "
           "padding: 5px; font-size: 8pt; }")
    return html_page(f"Pedido {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L217: Australian mining contractor's purchase order from an Australian ERP (Pronto-Xi-style, HTML ->
# Chromium): the company with its ABN, "PURCHASE ORDER" and a bordered box (PO Number, Order Date, Required By,
# Supplier Code, Buyer), "Supplier" and "Deliver To" panels, lines "Line | Item Code | Description | Qty | UOM |
# Unit Price | GST | Line Total" with "GST Free" per line, "Sub Total / GST / Order Total" and the conditions.

def l217_pronto(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cur = e(doc.currency or "")
    rows = "".join(f"<tr><td class=c>{i}</td><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td "
                   f"class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}"
                   f"</td><td>GST Free</td><td class=r>{amt(ln.amount, st.num)}</td></tr>"
                   for i, ln in enumerate(doc.lines, start=1))
    box = [("PO Number", f"<b>{e(doc.number)}</b>"), ("Order Date", day(doc.date, st.date)),
           ("Required By", day(doc.date + dt.timedelta(days=35), st.date)), ("Supplier Code", "NORTHW01"),
           ("Buyer", e(ctx["contact"]))]
    body = (
        f"<table class=top><tr><td><div class=nm>{e(doc.buyer.name)}</div>{e(doc.buyer.address)}<br>"
        f"{e(ctx['reg'])}</td><td class=rt><div class=ti>PURCHASE ORDER</div><table class=bx>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in box)
        + f"</table></td></tr></table><table class=pn><tr><td><div class=cap>Supplier</div>{e(doc.seller.name)}"
        f"<br>{lines_of(doc.seller.address)}</td><td><div class=cap>Deliver To</div>{lines_of(ctx['ship_to'])}"
        f"</td></tr></table><p class=tm>Terms: {e(doc.payment_terms or '')} &nbsp;|&nbsp; Incoterms: "
        f"{e(doc.incoterms or '')} &nbsp;|&nbsp; Currency: {cur}</p><table class=ln><thead><tr><th class=c>Line"
        "</th><th>Item Code</th><th>Description</th><th class=r>Qty</th><th>UOM</th><th class=r>Unit Price</th>"
        f"<th>GST</th><th class=r>Line Total</th></tr></thead><tbody>{rows}</tbody></table><table class=tt><tr>"
        f"<th>Sub Total</th><td>{amt(doc.subtotal, st.num)}</td></tr><tr><th>GST</th><td>{amt(Decimal(0), st.num)}"
        f"</td></tr><tr><th>Order Total {cur}</th><td><b>{amt(doc.total, st.num)}</b></td></tr></table><p class=sm>"
        "Conditions: quote the PO number on all correspondence, invoices and delivery dockets. Goods must be "
        "delivered with a packing list. Approved by " + e(ctx["signatory"]) + ", " + e(ctx["buyer_title"])
        + ".</p>")
    css = ("* { font-weight: normal !important; } .top { width: 100%; } .top td { vertical-align: top; font-size: "
           "8.5pt; } .nm { font-size: 13pt; color: #b34700; } .rt { text-align: right; } .ti { font-size: 16pt; } "
           ".bx { margin-left: auto; border: 1px solid #b34700; font-size: 8pt; } .bx th { text-align: left; "
           "padding: 2px 8px; background: #fbe9dc; } .bx td { text-align: left; padding: 2px 8px; } .pn { width: "
           "100%; margin-top: 10px; table-layout: fixed; } .pn td { border: 1px solid #ccc; padding: 5px; "
           "vertical-align: top; font-size: 8.5pt; } .cap { font-size: 7pt; color: #b34700; } .tm { font-size: "
           "8pt; margin: 8px 0 4px; } .ln { width: 100%; font-size: 8pt; } .ln th { background: #b34700; color: "
           "#fff; text-align: left; padding: 3px; } .ln td { border-bottom: 1px solid #ddd; padding: 3px; "
           "vertical-align: top; } .r { text-align: right !important; } .c { text-align: center; } .nw { "
           "white-space: nowrap; } .tt { margin: 8px 0 0 auto; font-size: 9pt; } .tt th { text-align: right; "
           "padding: 2px 12px; } .tt td { text-align: right; padding: 2px 4px; } .sm { font-size: 7.5pt; "
           "margin-top: 12px; color: #444; }")
    return html_page(f"Purchase Order {doc.number}", css, body)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L208": (l208_freeagent, "UK cloud accounting (FreeAgent-style) estimate / pro forma / invoice, code under the "
                             "details, 'VAT @ 0%' line (HTML)"),
    "L209": (l209_letter, "sales agreement as a letter of confirmation with Annex A and 'Agreed and accepted' "
                          "(docx)"),
    "L210": (l210_unleashed, "cloud inventory system (Unleashed-style) packing list (HTML)"),
    "L211": (l211_fbl, "forwarder's FIATA multimodal transport bill of lading (FBL) for LCL groupage (HTML)"),
    "L212": (l212_bank, "customer's online-banking confirmation of an executed transfer, en/de/fr/es (HTML)"),
    "L213": (l213_lab, "independent test laboratory's test report on delivered parts, the claim document (HTML)"),
    "L214": (l214_az, "Azerbaijani 'Sifariş / Bestellung' Excel export with az/de captions (xlsx)"),
    "L215": (l215_lettre, "Malian order as a French business letter with a table, quantity and unit in one cell "
                          "(docx)"),
    "L216": (l216_a3, "Spanish desktop ERP (a3ERP-style) 'Pedido a proveedor' with a discount column (HTML)"),
    "L217": (l217_pronto, "Australian ERP (Pronto-Xi-style) purchase order with 'GST Free' per line (HTML)"),
}

# Layouts that print a tax line of zero: their documents are labelled tax "0.00".
ZERO_TAX = ("L208", "L217")


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line."""
    return key in LAYOUTS
