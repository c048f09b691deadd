"""Fifteenth-holdout document layouts L138-L147, each modelled on a real-world family not used in L1-L137."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from docx.shared import Inches
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
US_BANK = "Wessex Merchant Bank plc"
US_BIC = "WESXGB22"
US_EORI = "GB284117742000"


def ref(doc: Doc, key: str) -> str:
    return next((v for k, v in doc.extra if k == key), "")


def words(text: str) -> str:
    """Escaped text whose hyphenated words do not break at the hyphen."""
    return " ".join(f"<span class=nw>{e(w)}</span>" if "-" in w else e(w) for w in text.split(" "))


def lines_of(text: str) -> str:
    return nl(text.replace(", ", "\n"))


# ------------------------------------------------------------------------------------------------
# L138: Exact-Online-style sales documents, ours (HTML -> Chromium): the document type as a large word top
# left, our logo and address top right, the customer's address under the title, a small two-column block
# (number, date, due date or valid until, customer number, your reference), lines "Item | Description |
# Quantity | Unit | Unit price | VAT % | Amount" with the VAT code per line, then "Amount excl. VAT / VAT
# 0% / Amount incl. VAT" and the payment sentence with our bank details.

L138_TITLE = {"quotation": "Quotation", "proforma_invoice": "Pro forma invoice", "commercial_invoice": "Invoice"}


def l138_exact(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kind = doc.doc_type
    cur = doc.currency
    num_cap = {"quotation": "Quotation number", "proforma_invoice": "Pro forma number",
               "commercial_invoice": "Invoice number"}[kind]
    meta = [(num_cap, f"<b>{e(doc.number)}</b>"), ("Date", day(doc.date, st.date))]
    if kind == "quotation":
        meta.append(("Valid until", day(doc.date + dt.timedelta(days=60), st.date)))
    elif kind == "commercial_invoice":
        meta.append(("Due date", day(doc.date + dt.timedelta(days=ctx.get("due_days", 30)), st.date)))
    meta += [("Customer", e(ctx["cust_no"]))]
    if doc.order_number:
        meta.append(("Your reference", e(doc.order_number)))
    rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>{ln.quantity}</td>"
                   f"<td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>0%</td>"
                   f"<td class=r>{amt(ln.amount, st.num)}</td></tr>" for ln in doc.lines)
    tot = [("Amount excl. VAT", amt(doc.subtotal, st.num)), ("VAT 0% – export of goods", amt(Decimal(0), st.num)),
           (f"Amount incl. VAT {cur}", f"<b>{amt(doc.total, st.num)}</b>")]
    if kind == "proforma_invoice" and ctx.get("deposit"):
        share = (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)
        tot.append((f"Deposit due now ({int(ctx['deposit'] * 100)}%)", amt(share, st.num)))
    if kind == "quotation":
        pay = ("Prices are valid for 60 days. Delivery: "
               f"<span class=nw>{e(doc.incoterms or '')}</span> (Incoterms 2020). Payment: {e(doc.payment_terms or '')}.")
    else:
        pay = (f"Delivery: <span class=nw>{e(doc.incoterms or '')}</span> (Incoterms 2020). Payment: "
               f"{e(doc.payment_terms or '')}. Please transfer {cur} {amt(doc.total, st.num)} to {US_BANK}, IBAN "
               f"{US_IBAN}, BIC {US_BIC}, stating {e(doc.number)}.")
    if kind == "proforma_invoice" and ctx.get("lc_no") and doc.payment_terms and "L/C" in doc.payment_terms:
        pay += " This pro forma invoice is issued for the opening of a documentary credit."
    body = (
        "<div class=top><div class=ti>" + L138_TITLE[kind] + "</div><div class=us><div class=lg>NORTHWIND</div>"
        "Northwind Components Ltd.<br>12 Dockside Road<br>Southampton SO14 3AB<br>United Kingdom<br>VAT " + US_VAT
        + f"<br>EORI {US_EORI}</div></div>"
        f"<div class=mid><div class=ad>{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}<br>"
        f"<span class=sm>{e(ctx['buyer_reg'])}</span></div><table class=mt>"
        + "".join(f"<tr><td class=k>{k}</td><td>{v}</td></tr>" for k, v in meta) + "</table></div>"
        "<table class=it><thead><tr><th>Item</th><th>Description</th><th class=r>Quantity</th><th>Unit</th><th "
        f"class=r>Unit price</th><th class=r>VAT %</th><th class=r>Amount {cur}</th></tr></thead><tbody>{rows}"
        "</tbody></table><table class=tt>"
        + "".join(f"<tr><td>{k}</td><td class=r>{v}</td></tr>" for k, v in tot)
        + f"</table><p class=py>{pay}</p><p class=ft>Northwind Components Ltd. · Registered in England and Wales "
        "04417321 · 12 Dockside Road, Southampton SO14 3AB · Our general terms of sale apply.</p>")
    css = ("* { font-weight: normal !important; } "
           ".top { display: flex; justify-content: space-between; } .ti { font-size: 22pt; color: #e4572e; } .us { "
           "text-align: right; font-size: 8pt; } .lg { font-size: 13pt; letter-spacing: 3px; color: #333; } .mid { "
           "display: flex; justify-content: space-between; margin-top: 18px; } .ad { font-size: 9.5pt; } .sm { "
           "font-size: 7.5pt; color: #666; } .mt td { padding: 1px 6px; font-size: 8.5pt; } .mt .k { color: #777; } "
           ".it { width: 100%; margin-top: 18px; } .it th { text-align: left; font-size: 8pt; color: #e4572e; "
           "border-bottom: 1px solid #e4572e; padding: 3px; } .it td { padding: 3px; border-bottom: 1px solid #eee; "
           "vertical-align: top; } .r { text-align: right !important; } .nw { white-space: nowrap; } .tt { margin: "
           "10px 0 0 auto; } .tt td { padding: 2px 10px; } .py { margin-top: 14px; font-size: 8.5pt; } .ft { "
           "font-size: 7pt; color: #888; margin-top: 18px; border-top: 1px solid #ddd; padding-top: 4px; }")
    return html_page(f"{L138_TITLE[kind]} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L139: Supply contract on our Word template incorporating the Orgalime S2012 general conditions (docx ->
# LibreOffice): "SUPPLY CONTRACT" with number and date on one line, the parties as numbered paragraphs,
# numbered clauses (subject, price, delivery, payment, warranty, general conditions, law), Appendix 1 with
# the goods, and a two-column signature table with name, title, place and date.

def l139_orgalime(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Contracts Desk", "Liberation Serif", 10)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Inches(0.8)
    para(d, "SUPPLY CONTRACT", bold=True, size=15, align="center")
    para(d, f"No. {doc.number} of {day(doc.date, st.date)}", align="center")
    para(d)
    para(d, "between", italic=True)
    para(d, f"(1) {doc.seller.name}, {doc.seller.address}, VAT {US_VAT} (the \"Seller\"), and")
    para(d, f"(2) {doc.buyer.name}, {doc.buyer.address}, {ctx['buyer_reg']} (the \"Buyer\").")
    para(d)
    order = f"the Buyer's purchase order {doc.order_number}" if doc.order_number else "the Buyer's order"
    clauses = [
        ("1. Subject", f"The Seller shall supply and the Buyer shall purchase the goods listed in Appendix 1 under "
                       f"{order}."),
        ("2. Price", f"The contract price is {doc.currency} {amt(doc.total, st.num)} as set out in Appendix 1, "
                     "exclusive of any import duties and taxes in the country of destination."),
        ("3. Delivery", f"{doc.incoterms} (Incoterms® 2020), {ctx['delivery_time']}. Partial deliveries are "
                        "permitted."),
        ("4. Payment", f"{doc.payment_terms}."),
        ("5. Warranty", "The Seller warrants the goods free from defects in design, material and workmanship for "
                        "twelve months from delivery."),
        ("6. General conditions", "The Orgalime S2012 General Conditions for the Supply of Mechanical, Electrical "
                                  "and Electronic Products apply where this contract does not provide otherwise."),
        ("7. Law and disputes", "This contract is governed by the laws of England and Wales. Disputes shall be "
                                "settled by arbitration in London under the LCIA Rules."),
    ]
    for head, text in clauses:
        para(d, head, bold=True)
        para(d, text)
    para(d)
    para(d, "Appendix 1 – Goods and prices", bold=True)
    rows = [["Pos.", "Article", "Description", "Qty", "Unit", f"Unit price {doc.currency}",
             f"Total {doc.currency}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    t = table(d, rows, [0.35, 1.05, 2.55, 0.45, 0.7, 0.8, 0.9], size=8)
    repeat_header(t.rows[0])
    para(d, f"Contract value: {doc.currency} {amt(doc.total, st.num)}", bold=True, align="right")
    para(d)
    sig = d.add_table(rows=1, cols=2)
    sig.style = "Table Grid"
    when = day(ctx["signed_on"], st.date)
    for j, (side, who, name, title, place) in enumerate(
            (("Signed for and on behalf of the Seller", doc.seller.name, "Anna Keller", "Export Sales Manager",
              "Southampton"),
             ("Signed for and on behalf of the Buyer", doc.buyer.name, ctx["signatory"], ctx["buyer_title"],
              ctx["city"]))):
        if doc.signed:
            mark = f"/s/ {name}\nName: {name}\nTitle: {title}\nPlace and date: {place}, {when}"
        else:
            mark = "\n______________________________\nName:\nTitle:\nPlace and date:"
        put(sig.cell(0, j), f"{side}\n{who}\n{mark}", size=9)
    widths(sig, [3.4, 3.4])
    for row in sig.rows:
        keep_row(row)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L140: Our warehouse's packing list kept as an Excel sheet (xlsx, sent as is or as its PDF): "PACKING LIST"
# band, exporter / consignee blocks, a reference block (packing list no., date, order, invoice, terms,
# vehicle or container), one row per article "Pkg | Item code | Description | Qty | Unit | Net kg | Gross kg
# | Dimensions (cm)" and totals of packages and weights; no prices.

def l140_pl_sheet(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx("Despatch", "Packing list")
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEFGH", (6, 14, 44, 7, 7, 9, 10, 14), strict=True):
        ws.column_dimensions[col].width = w
    c = ws.cell(1, 1, "PACKING LIST")
    c.font = Font(bold=True, size=16, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="2F4F6F")
    ws.merge_cells("A1:H1")
    ws.cell(3, 1, "Exporter").font = bold
    ws.cell(4, 1, f"{doc.seller.name}, {doc.seller.address}")
    ws.cell(5, 1, f"EORI {US_EORI}")
    ws.cell(6, 1, "Consignee").font = bold
    ws.cell(7, 1, f"{doc.buyer.name}, {doc.buyer.address}")
    ws.cell(8, 1, f"Delivery address: {ctx.get('ship_to', doc.buyer.address)}")
    refs = [("Packing list no.", doc.number), ("Date", day(doc.date, st.date)),
            ("Customer order", doc.order_number or ""), ("Invoice", ref(doc, "invoice_ref") or "to follow"),
            ("Terms of delivery", doc.incoterms or ""), (ctx["track_caption"], ", ".join(doc.tracking_numbers)),
            ("Carrier", ctx["carrier"])]
    for k, (cap, v) in enumerate(refs):
        ws.cell(10 + k, 1, cap).font = bold
        ws.cell(10 + k, 3, v)
    r = 10 + len(refs) + 1
    heads = ("Pkg", "Item code", "Description", "Qty", "Unit", "Net kg", "Gross kg", "Dimensions (cm)")
    for j, h in enumerate(heads, start=1):
        c = ws.cell(r, j, h)
        c.font = bold
        c.border = grid
        c.fill = PatternFill("solid", fgColor="D6DCE4")
        c.alignment = Alignment(horizontal="center")
    for i, (ln, pkg, net, gross, dims) in enumerate(ctx["rows"], start=1):
        for j, v in enumerate((pkg, ln.sku, ln.description, ln.quantity, ln.unit or "", float(net), float(gross),
                               dims), start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            if j in (6, 7):
                c.number_format = "0.0"
    r += len(ctx["rows"]) + 2
    ws.cell(r, 1, f"Total packages: {ctx['cases']}").font = bold
    ws.cell(r, 6, float(ctx["net"])).number_format = "0.0"
    ws.cell(r, 7, float(ctx["gross"])).number_format = "0.0"
    ws.cell(r + 2, 1, "We certify that the goods are packed as stated above. Marks: NORTHWIND / "
                      f"{doc.order_number or ''} / 1-{ctx['cases']}")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L141: Forwarder's negotiable FIATA multimodal transport bill of lading (FBL) (HTML -> Chromium): the
# FIATA form with its boxes (consignor, consigned to order of, notify address, FBL number, shipper's
# reference, place of receipt, ocean vessel, ports, place of delivery), the goods block (marks and numbers
# with the container and seal, packages, description, gross weight, measurement), declared value, freight,
# number of originals, place and date of issue and the MTO's signature.

def l141_fbl(doc: Doc, st: Style, ctx: dict) -> Rendered:
    issued = day(doc.date, st.date)
    consignee = (f"TO THE ORDER OF {e(ctx['lc_bank'])}" if ctx.get("lc_bank")
                 else f"{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}")
    goods = "".join(f"<tr><td>{e(c)}<br>SEAL {e(s)}<br>NORTHWIND<br>{e(doc.order_number or '')}</td><td>"
                    f"{e(ctx['packages'])}</td><td>{e(ctx['goods'])}<br>{e(ctx['lc_line'])}</td><td class=r>"
                    f"{ctx['gross']} KGS</td><td class=r>{ctx['cbm']} M3</td></tr>"
                    for c, s in zip(doc.tracking_numbers, ctx["seals"], strict=True))
    body = (
        "<table class=f><tr><td class=h colspan=2><span class=fi>FIATA</span> NEGOTIABLE FIATA MULTIMODAL TRANSPORT "
        "BILL OF LADING<br><span class=sm>issued subject to UNCTAD/ICC Rules for Multimodal Transport Documents "
        "(ICC Publication 481)</span></td></tr>"
        f"<tr><td class=w><div class=cap>Consignor</div>{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}</td>"
        f"<td><div class=cap>FBL No.</div><b>{e(doc.number)}</b><div class=cap>Shipper's reference</div>"
        f"Order {e(doc.order_number or '')}</td></tr>"
        f"<tr><td><div class=cap>Consigned to order of</div>{consignee}</td><td rowspan=2><div class=cap>Multimodal "
        "transport operator</div>HAMPSHIRE GLOBAL LOGISTICS LTD<br>Unit 7, Western Docks, Southampton SO15 1AA</td>"
        f"</tr><tr><td><div class=cap>Notify address</div>{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}"
        "</td></tr></table>"
        "<table class=f><tr><td><div class=cap>Place of receipt</div>SOUTHAMPTON CFS</td><td><div class=cap>Ocean "
        f"vessel / Voy. No.</div>{e(ctx['vessel'])}</td><td><div class=cap>Port of loading</div>SOUTHAMPTON</td>"
        f"</tr><tr><td><div class=cap>Port of discharge</div>{e(ctx['pod'])}</td><td><div class=cap>Place of "
        f"delivery</div>{e(ctx['delivery'])}</td><td><div class=cap>Freight payable at</div>SOUTHAMPTON</td></tr>"
        "</table><table class=g><thead><tr><th>Marks and numbers</th><th>Number and kind of packages</th><th>"
        "Description of goods</th><th class=r>Gross weight</th><th class=r>Measurement</th></tr></thead><tbody>"
        f"{goods}</tbody></table><p class=sm>according to the declaration of the consignor</p>"
        "<table class=f><tr><td><div class=cap>Declaration of interest of the consignor in timely delivery</div>"
        "NONE</td><td><div class=cap>Declared value for ad valorem rate</div>NOT DECLARED</td></tr><tr><td><div "
        f"class=cap>Freight amount</div>FREIGHT {ctx['freight']}</td><td><div class=cap>Number of original FBL's"
        "</div>THREE (3)</td></tr><tr><td><div class=cap>Place and date of issue</div>SOUTHAMPTON, "
        f"{issued}</td><td><div class=cap>Stamp and signature</div>Hampshire Global Logistics Ltd as multimodal "
        f"transport operator<br>Shipped on board {issued}</td></tr></table>"
        "<p class=sm>Taken in charge in apparent good order and condition, unless otherwise noted herein, at the "
        "place of receipt for transport and delivery as mentioned above. One of these multimodal transport bills "
        "of lading must be surrendered duly endorsed in exchange for the goods.</p>")
    css = ("* { font-weight: normal !important; } "
           ".f { width: 100%; margin-top: 4px; } .f td { border: 1px solid #1a3d7c; padding: 4px; vertical-align: "
           "top; font-size: 8pt; } .h { font-size: 10pt; color: #1a3d7c; } .fi { font-size: 14pt; "
           "border: 2px solid #1a3d7c; padding: 0 4px; } .w { width: 55%; } .cap { font-size: "
           "6.5pt; color: #1a3d7c; } .g { width: 100%; margin-top: 4px; } .g th { border: 1px solid #1a3d7c; "
           "font-size: 7pt; color: #1a3d7c; text-align: left; padding: 3px; } .g td { border: 1px solid #1a3d7c; "
           "padding: 4px; font-size: 8pt; vertical-align: top; } .r { text-align: right !important; } .sm { "
           "font-size: 6.5pt; color: #444; }")
    return html_page(f"FBL {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L142: The customer's payment advice note from its ERP payment run (SAP F110 style), as the Word/PDF print
# of the accounts-payable department, monospaced, in the customer's language: sender line, our address,
# payment document number and date, "our account number with you", the table of settled items (document,
# your reference, date, gross amount, deduction, net amount), the total paid and the bank account used.

L142 = {
    "en": ("PAYMENT ADVICE NOTE", "Payment document", "Payment date", "Our account no. with you", "Currency",
           ("Your document", "Our reference", "Doc. date", "Gross amount", "Deduction", "Net amount"),
           "Total amount paid", "The amount has been transferred to your account {iban} with {bank}.",
           "Deposit 30 %", "Accounts Payable"),
    "de": ("ZAHLUNGSAVIS", "Zahlungsbeleg", "Zahlungsdatum", "Unsere Kontonummer bei Ihnen", "Währung",
           ("Ihr Beleg", "Unsere Referenz", "Belegdatum", "Bruttobetrag", "Abzug", "Nettobetrag"),
           "Ausgezahlter Gesamtbetrag", "Der Betrag wurde auf Ihr Konto {iban} bei der {bank} überwiesen.",
           "Anzahlung 30 %", "Kreditorenbuchhaltung"),
    "fr": ("AVIS DE PAIEMENT", "Pièce de paiement", "Date de paiement", "Notre numéro de compte chez vous",
           "Devise", ("Votre pièce", "Notre référence", "Date pièce", "Montant brut", "Déduction", "Montant net"),
           "Montant total payé", "Le montant a été viré sur votre compte {iban} auprès de {bank}.",
           "Acompte 30 %", "Comptabilité fournisseurs"),
    "es": ("AVISO DE PAGO", "Documento de pago", "Fecha de pago", "Nuestro número de cuenta con ustedes",
           "Moneda", ("Su documento", "Nuestra referencia", "Fecha doc.", "Importe bruto", "Deducción",
                      "Importe neto"),
           "Importe total pagado", "El importe ha sido transferido a su cuenta {iban} en {bank}.",
           "Anticipo 30 %", "Cuentas por pagar"),
}


def l142_f110(doc: Doc, st: Style, ctx: dict) -> Rendered:
    (title, c_doc, c_date, c_acc, c_cur, heads, c_total, c_bank, c_dep, dept) = L142[st.lang]
    d = new_docx(dept, "Liberation Mono", 8.5)
    para(d, f"{doc.buyer.name} · {doc.buyer.address}", size=7)
    para(d)
    para(d, f"{doc.seller.name}\n{doc.seller.address.replace(', ', chr(10))}")
    para(d)
    para(d, title, bold=True, size=12)
    info = [[c_doc, doc.number], [c_date, day(doc.date, st.date)], [c_acc, ctx.get("vendor_acc", "K-70418")],
            [c_cur, doc.currency or ""]]
    t = table(d, info, [2.6, 3.0], head=False, size=8.5)
    for row in t.rows:
        keep_row(row)
    para(d)
    inv = ref(doc, "invoice_ref")
    our = doc.order_number or ""
    if ctx.get("deposit"):
        our = f"{our} {c_dep}"
    gross = ctx["invoice_amount"] if not ctx.get("deposit") else doc.total
    rows = [list(heads), [inv, our, day(ctx["invoice_date"], st.date), amt(gross, st.num),
                          amt(gross - doc.total, st.num), amt(doc.total, st.num)]]
    table(d, rows, [1.3, 1.5, 0.95, 1.05, 0.8, 1.05], size=8)
    para(d)
    para(d, f"{c_total}: {doc.currency} {amt(doc.total, st.num)}", bold=True, align="right")
    para(d)
    para(d, c_bank.format(iban=US_IBAN, bank=US_BANK), size=8)
    para(d, f"{dept} · {doc.buyer.name} · {ctx['bank']} · BIC {ctx['bic']}", size=7)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L143: The customer's SAP-QM-style quality notification against the supplier, in German, the claim document
# (HTML -> Chromium): "Qualitätsmeldung" with the notification number and type "Q2 Lieferantenreklamation",
# a header grid (Lieferant, Bestellung, Lieferung, Reklamationsnummer, Meldedatum, Priorität), the items
# (Pos. / Material / Kurztext / Liefermenge / Reklamierte Menge / Fehlerart / Befund), immediate actions,
# the requested tasks and the sign-off.

def l143_qm(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kv = [("Meldung", f"<b>{e(doc.number)}</b>"), ("Meldungsart", "Q2 Lieferantenreklamation"),
          ("Meldedatum", day(doc.date, st.date)), ("Priorität", "1 – sehr hoch"),
          ("Lieferant", e(doc.seller.name)), ("Bestellung", e(doc.order_number or "")),
          ("Lieferung / Packliste", e(ctx["delivery"])), ("Wareneingang", day(ctx["received"], st.date)),
          ("Reklamationsnummer", e(ref(doc, "claim_ref"))), ("Werk", e(ctx["city"]))]
    grid = "".join(f"<tr><th>{k}</th><td>{v}</td><th>{k2}</th><td>{v2}</td></tr>"
                   for (k, v), (k2, v2) in zip(kv[::2], kv[1::2], strict=True))
    rows = "".join(f"<tr><td class=c>{i:04d}</td><td class=nw>{e(sku)}</td><td>{e(desc)}</td><td class=r>{q}</td>"
                   f"<td class=r>{bad}</td><td>{e(code)}</td><td>{e(why)}</td></tr>"
                   for i, (sku, desc, q, bad, code, why) in enumerate(ctx["findings"], start=1))
    body = (
        f"<div class=hd><b>{e(doc.buyer.name)}</b> · Qualitätssicherung<br>{e(doc.buyer.address)}</div>"
        "<h2>Qualitätsmeldung / Lieferantenreklamation</h2>"
        f"<table class=g>{grid}</table><h3>Positionen</h3>"
        "<table class=d><thead><tr><th>Pos.</th><th>Material</th><th>Kurztext</th><th class=r>Liefermenge</th><th "
        f"class=r>Reklamiert</th><th>Fehlerart</th><th>Befund</th></tr></thead><tbody>{rows}</tbody></table>"
        "<h3>Sofortmaßnahmen</h3><p>Reklamierte Teile gesperrt und im Sperrlager abgelegt; Restbestand geprüft. "
        "Teile stehen 30 Tage zur Besichtigung zur Verfügung.</p><h3>Maßnahmen (vom Lieferanten)</h3>"
        "<table class=e><tr><td>Ursache:</td></tr><tr><td>Abstellmaßnahme:</td></tr></table>"
        "<p><b>Forderung:</b> kostenfreie Ersatzlieferung der reklamierten Mengen und 8D-Bericht innerhalb von "
        f"10 Arbeitstagen.</p><p>Erstellt: {e(ctx['inspector'])}, Qualitätsprüfer &nbsp;·&nbsp; Freigabe: "
        f"{e(ctx['contact'])}, Einkauf</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { border-bottom: 3px solid #5b7fa6; padding-bottom: 4px; font-size: 8.5pt; } h2 { font-size: 12pt; "
           "margin: 10px 0 8px; } h3 { font-size: 9.5pt; margin: 12px 0 4px; color: #5b7fa6; } .g { width: 100%; } "
           ".g th { background: #eef2f7; text-align: left; width: 20%; padding: 3px; border: 1px solid #bbb; "
           "font-size: 8pt; } .g td { padding: 3px; border: 1px solid #bbb; } .d, .e { width: 100%; } .d th, .d td "
           "{ border: 1px solid #999; padding: 3px; text-align: left; vertical-align: top; font-size: 8pt; } .e td "
           "{ border: 1px solid #999; height: 26px; vertical-align: top; } .r { text-align: right !important; } "
           ".c { text-align: center; } .nw { white-space: nowrap; }")
    return html_page(f"Qualitätsmeldung {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L144: Microsoft-Dynamics-365-Finance-and-Operations-style purchase order (HTML -> Chromium): the legal
# entity's name top left, "Purchase order" and its number top right, two boxes (vendor with our vendor
# account; delivery address), a field grid (Date, Orderer, Delivery terms, Mode of delivery, Terms of
# payment, Currency), lines "Item number | Text | Delivery date | Quantity | Unit | Unit price | Net
# amount", then "Sum of lines / Sales tax / Total amount" and the approval note.

def l144_d365(doc: Doc, st: Style, ctx: dict) -> Rendered:
    deliv = day(doc.date + dt.timedelta(days=28), st.date)
    rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=nw>{deliv}</td>"
                   f"<td class=r>{ln.quantity:.2f}</td><td>{e(ln.unit or '')}</td><td class=r>"
                   f"{amt(ln.unit_price, st.num)}</td><td class=r>{amt(ln.amount, st.num)}</td></tr>"
                   for ln in doc.lines)
    fields = [("Date", day(doc.date, st.date)), ("Orderer", e(ctx["contact"])),
              ("Delivery terms", f"<span class=nw>{e(doc.incoterms or '')}</span>"),
              ("Mode of delivery", "Road" if doc.incoterms and doc.incoterms.startswith("D") else "Sea"),
              ("Terms of payment", e(doc.payment_terms or "")), ("Currency", e(doc.currency or ""))]
    if ctx.get("lc_no"):
        fields.append(("Letter of credit", e(ctx["lc_no"])))
    body = (
        f"<div class=hd><div><b class=co>{e(doc.buyer.name)}</b><br>{e(doc.buyer.address)}<br>{e(ctx['vat_no'])}"
        f"</div><div class=rt><div class=ti>Purchase order</div><div class=no>{e(doc.number)}</div></div></div>"
        f"<table class=bx><tr><td><div class=cap>Vendor</div>{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}"
        f"<br>Vendor account: {e(ctx['vendor_acc'])}</td><td><div class=cap>Delivery address</div>"
        f"{lines_of(ctx['ship_to'])}</td></tr></table><table class=fg>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in fields) + "</table>"
        "<table class=it><thead><tr><th>Item number</th><th>Text</th><th>Delivery date</th><th class=r>Quantity"
        "</th><th>Unit</th><th class=r>Unit price</th><th class=r>Net amount</th></tr></thead><tbody>"
        f"{rows}</tbody></table><table class=tt><tr><td>Sum of lines</td><td class=r>{amt(doc.subtotal, st.num)}"
        f"</td></tr><tr><td>Sales tax</td><td class=r>{amt(Decimal(0), st.num)}</td></tr><tr class=b><td>Total "
        f"amount {e(doc.currency)}</td><td class=r>{amt(doc.total, st.num)}</td></tr></table>"
        "<p class=sm>Please confirm this purchase order within two working days and state the purchase order "
        "number on the delivery note, invoice and all shipping documents.</p>"
        f"<p>Approved in workflow by {e(ctx['signatory'])}, {e(ctx['buyer_title'])}</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; font-size: 8pt; } .co { font-size: 11pt; } .rt { "
           "text-align: right; } .ti { font-size: 17pt; color: #005a9e; } .no { font-size: 11pt; } .bx { width: "
           "100%; margin-top: 12px; } .bx td { width: 50%; vertical-align: top; border: 1px solid #c8c8c8; padding: "
           "5px; } .cap { font-size: 7pt; color: #005a9e; } .fg { margin-top: 8px; font-size: 8.5pt; } .fg th { "
           "text-align: left; color: #555; padding: 1px 12px 1px 0; } .it { width: 100%; margin-top: 10px; } .it th "
           "{ background: #005a9e; color: #fff; text-align: left; padding: 3px; font-size: 8pt; } .it td { padding: "
           "3px; border-bottom: 1px solid #ddd; vertical-align: top; } .r { text-align: right !important; } .nw { "
           "white-space: nowrap; } .tt { margin: 8px 0 0 auto; } .tt td { padding: 2px 10px; } .tt .b td { "
           "border-top: 2px solid #005a9e; } .sm { font-size: 7.5pt; color: #555; margin-top: 12px; }")
    return html_page(f"Purchase order {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L145: Slovak accounting-package (Pohoda-style) order in German with Slovak captions beside the German ones
# (docx, sent as is): "OBJEDNÁVKA / BESTELLUNG č. / Nr. …", a two-cell box with the buyer (IČO, DIČ, IČ DPH)
# and the supplier, a terms table, "Objednávame u Vás / Wir bestellen bei Ihnen:", the item table
# "Označenie / Bezeichnung | Kód / Art.-Nr. | Počet / Menge | MJ / ME | Cena MJ / Einzelpreis | Spolu /
# Gesamt", the summary "Spolu bez DPH / DPH 0 % / Celkom" and "Vystavil / Ausgestellt".

def l145_pohoda(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    para(d, f"OBJEDNÁVKA / BESTELLUNG č. / Nr. {doc.number}", bold=True, size=13)
    box = d.add_table(rows=1, cols=2)
    box.style = "Table Grid"
    put(box.cell(0, 0), f"Odberateľ / Besteller:\n{doc.buyer.name}\n{doc.buyer.address}\nIČO: {ctx['ico']}\n"
                        f"DIČ: {ctx['dic']}\nIČ DPH: {ctx['ic_dph']}", size=8.5)
    put(box.cell(0, 1), f"Dodávateľ / Lieferant:\n{doc.seller.name}\n{doc.seller.address}\nVAT: {US_VAT}",
        size=8.5)
    widths(box, [3.4, 3.4])
    para(d)
    terms = [["Dátum / Datum:", day(doc.date, st.date), "Forma úhrady / Zahlungsart:", "Prevodom / Überweisung"],
             ["Dodacie podmienky / Lieferbedingung:", doc.incoterms or "", "Splatnosť / Zahlungsziel:",
              doc.payment_terms or ""],
             ["Mena / Währung:", doc.currency or "", "Termín dodania / Liefertermin:",
              day(doc.date + dt.timedelta(days=21), st.date)]]
    table(d, terms, [1.6, 1.6, 1.6, 2.0], head=False, size=8)
    para(d)
    para(d, "Objednávame u Vás / Wir bestellen bei Ihnen:")
    rows = [["Označenie / Bezeichnung", "Kód / Art.-Nr.", "Počet / Menge", "MJ / ME", "Cena MJ / Einzelpreis",
             "Spolu / Gesamt"]]
    for ln in doc.lines:
        rows.append([ln.description, ln.sku, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    t = table(d, rows, [2.7, 0.9, 0.7, 0.5, 1.0, 1.0], size=8)
    repeat_header(t.rows[0])
    para(d)
    summ = [["Spolu bez DPH / Summe netto", amt(doc.subtotal, st.num)],
            ["DPH / MwSt. 0 % (dovoz / Einfuhr)", amt(Decimal(0), st.num)],
            [f"Celkom / Gesamtbetrag {doc.currency}", amt(doc.total, st.num)]]
    s = table(d, summ, [3.0, 1.2], head=False, size=9)
    for row in s.rows:
        keep_row(row)
    para(d)
    para(d, f"Miesto dodania / Lieferadresse: {ctx['ship_to']}", size=8)
    para(d, f"Vystavil / Ausgestellt: {ctx['contact']}    Schválil / Genehmigt: {ctx['signatory']}", size=8)
    para(d, "Spoločnosť je zapísaná v Obchodnom registri Okresného súdu Trenčín, oddiel Sro, vložka č. 41822/R",
         size=7)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L146: Swiss cloud-accounting (bexio-style) "Commande" in French (HTML -> Chromium): the sender line above
# the address window, a right-hand reference column (N° de commande, Date, Notre interlocuteur, Conditions de
# paiement, Livraison), the title with the number, a greeting line, positions "Pos. | Article | Désignation
# | Quantité | Unité | Prix CHF | Total CHF" in Swiss numbers (1'234.50), "Total net / TVA 0.0 % / Total"
# and the closing.

def l146_bexio(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cur = doc.currency
    rows = "".join(f"<tr><td class=c>{i}</td><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td>"
                   f"<td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}"
                   f"</td><td class=r>{amt(ln.amount, st.num)}</td></tr>" for i, ln in enumerate(doc.lines, start=1))
    side = [("N° de commande", e(doc.number)), ("Date", day(doc.date, st.date)),
            ("Notre interlocuteur", e(ctx["contact"])), ("Conditions de paiement", e(doc.payment_terms or "")),
            ("Livraison", f"<span class=nw>{e(doc.incoterms or '')}</span>"), ("N° IDE", e(ctx["ide"]))]
    body = (
        f"<div class=lg>{e(doc.buyer.name)}</div><div class=top><div class=win><div class=snd>{e(doc.buyer.name)} · "
        f"{e(doc.buyer.address)}</div>{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}</div><table class=sd>"
        + "".join(f"<tr><td class=k>{k}</td><td>{v}</td></tr>" for k, v in side) + "</table></div>"
        f"<h1>Commande {e(doc.number)}</h1><p>Madame, Monsieur,<br>Nous vous remercions de bien vouloir nous "
        "livrer les articles suivants :</p>"
        "<table class=it><thead><tr><th class=c>Pos.</th><th>Article</th><th>Désignation</th><th class=r>Quantité"
        f"</th><th>Unité</th><th class=r>Prix {cur}</th><th class=r>Total {cur}</th></tr></thead><tbody>{rows}"
        f"</tbody></table><table class=tt><tr><td>Total net</td><td class=r>{cur} {amt(doc.subtotal, st.num)}</td>"
        f"</tr><tr><td>TVA 0.0 % (importation)</td><td class=r>{cur} {amt(Decimal(0), st.num)}</td></tr><tr class=b>"
        f"<td>Total</td><td class=r>{cur} {amt(doc.total, st.num)}</td></tr></table>"
        f"<p class=sm>Adresse de livraison : {e(ctx['ship_to'])}. Merci de mentionner notre numéro de commande sur "
        "le bulletin de livraison et la facture.</p>"
        f"<p>Meilleures salutations<br><br>{e(ctx['contact'])}<br>{e(doc.buyer.name)}</p>")
    css = ("* { font-weight: normal !important; } "
           ".lg { font-size: 14pt; color: #0a7d6e; margin-bottom: 14px; } .top { display: flex; justify-content: "
           "space-between; } .win { width: 52%; font-size: 9.5pt; } .snd { font-size: 6.5pt; color: #777; "
           "border-bottom: 1px solid #bbb; margin-bottom: 4px; } .sd td { padding: 1px 6px; font-size: 8pt; } .sd .k "
           "{ color: #777; } h1 { font-size: 14pt; margin: 20px 0 8px; } .it { width: 100%; margin-top: 8px; } .it "
           "th { text-align: left; border-bottom: 1px solid #0a7d6e; padding: 3px; font-size: 8pt; } .it td { "
           "padding: 3px; border-bottom: 1px solid #eee; vertical-align: top; } .r { text-align: right !important; "
           "} .c { text-align: center; } .nw { white-space: nowrap; } .tt { margin: 8px 0 0 auto; } .tt td { "
           "padding: 2px 10px; } .tt .b td { border-top: 1px solid #000; border-bottom: 3px double #000; } .sm { "
           "font-size: 8pt; color: #555; margin-top: 12px; }")
    return html_page(f"Commande {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L147: Guatemalan sugar mill's "Orden de Compra" sheet (xlsx, sent as is): company name with NIT, "ORDEN
# DE COMPRA No." in a framed cell with the date, "Proveedor:" block, conditions rows (Moneda, Incoterm,
# Condiciones de pago, Lugar de entrega), the grid "Cant. | Unidad | Código | Descripción | Precio Unit. |
# Total" (quantity first), Subtotal / IVA 0 % / Total, "Observaciones" and the Elaborado / Autorizado lines.

def l147_gt_sheet(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], "OC")
    thin = Side(style="thin", color="000000")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEF", (8, 10, 12, 46, 13, 14), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, doc.buyer.name).font = Font(bold=True, size=14, color="1F6B2E")
    ws.cell(2, 1, f"{doc.buyer.address} · NIT {ctx['nit']}")
    c = ws.cell(1, 5, f"ORDEN DE COMPRA No. {doc.number}")
    c.font = bold
    c.border = grid
    ws.merge_cells("E1:F1")
    ws.cell(2, 5, "Fecha:").font = bold
    ws.cell(2, 6, day(doc.date, st.date))
    ws.cell(4, 1, "Proveedor:").font = bold
    ws.cell(4, 3, doc.seller.name)
    ws.cell(5, 3, doc.seller.address)
    conds = [("Moneda:", doc.currency or ""), ("Incoterm:", doc.incoterms or ""),
             ("Condiciones de pago:", doc.payment_terms or ""), ("Lugar de entrega:", ctx["ship_to"])]
    for k, (cap, v) in enumerate(conds):
        ws.cell(7 + k, 1, cap).font = bold
        ws.cell(7 + k, 3, v)
    r = 12
    for j, h in enumerate(("Cant.", "Unidad", "Código", "Descripción", "Precio Unit.", "Total"), start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F6B2E")
        c.border = grid
        c.alignment = Alignment(horizontal="center")
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((ln.quantity, ln.unit or "", ln.sku, ln.description, float(ln.unit_price),
                               float(ln.amount)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            if j in (5, 6):
                c.number_format = "#,##0.00"
    r += len(doc.lines) + 1
    for k, (cap, v) in enumerate((("Subtotal", doc.subtotal), ("IVA 0 % (importación)", Decimal(0)),
                                  (f"TOTAL {doc.currency}", doc.total))):
        ws.cell(r + k, 5, cap).font = bold
        c = ws.cell(r + k, 6, float(v))
        c.number_format = "#,##0.00"
        c.font = bold
    ws.cell(r + 4, 1, "Observaciones:").font = bold
    ws.cell(r + 4, 3, "Favor indicar el número de esta orden en factura, lista de empaque y conocimiento de "
                      "embarque.")
    ws.cell(r + 7, 1, f"Elaborado por: {ctx['contact']}")
    ws.cell(r + 7, 4, f"Autorizado por: {ctx['signatory']}, {ctx['buyer_title']}")
    return save_xlsx(wb)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L138": (l138_exact, "Exact-Online-style quotation / pro forma / invoice, VAT % per line (HTML)"),
    "L139": (l139_orgalime, "supply contract on our Word template with Orgalime S2012 conditions (docx)"),
    "L140": (l140_pl_sheet, "warehouse packing list kept in Excel, no prices (xlsx)"),
    "L141": (l141_fbl, "forwarder's negotiable FIATA multimodal transport bill of lading (HTML)"),
    "L142": (l142_f110, "customer's ERP payment advice note (SAP F110 style), en/de/fr/es (docx)"),
    "L143": (l143_qm, "customer's German SAP-QM-style quality notification, the claim document (HTML)"),
    "L144": (l144_d365, "Dynamics-365-F&O-style purchase order (HTML)"),
    "L145": (l145_pohoda, "Slovak Pohoda-style order, sk/de captions (docx)"),
    "L146": (l146_bexio, "Swiss bexio-style 'Commande' in French, 1'234.50 (HTML)"),
    "L147": (l147_gt_sheet, "Guatemalan 'Orden de Compra' sheet, quantity first (xlsx)"),
}

# Layouts that print a tax line of zero: their documents are labelled tax "0.00".
ZERO_TAX = ("L138", "L144", "L145", "L146", "L147")


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line."""
    return key in LAYOUTS
