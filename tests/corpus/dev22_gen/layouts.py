"""Twenty-first-holdout document layouts L198-L207, each modelled on a real-world family not used in L1-L197."""
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
US_EMAIL = "orders@example.com"


def ref(doc: Doc, key: str) -> str:
    return next((v for k, v in doc.extra if k == key), "")


def words(text: str) -> str:
    """Escaped text whose hyphenated words do not break at the hyphen."""
    return " ".join(f"<span class=nw>{e(w)}</span>" if "-" in w else e(w) for w in text.split(" "))


def lines_of(text: str) -> str:
    return nl(text.replace(", ", "\n"))


# ------------------------------------------------------------------------------------------------
# L198: UK small-business accounting package (KashFlow-style) sales documents, ours (HTML -> Chromium): the
# document kind large top left over our address, a right-hand box "Number / Date / Due / Your Ref.", "Invoice
# Address" and "Delivery Address" side by side, lines "Code | Description | Qty | Unit | Price | VAT | Net" with
# a VAT-rate column of 0%, totals "Net / VAT (zero-rated export) / Total" and a payment strip at the foot.

L198_TITLE = {"quotation": "Quote", "proforma_invoice": "Pro-forma Invoice", "commercial_invoice": "Invoice"}


def l198_kash(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kind = doc.doc_type
    cur = e(doc.currency or "")
    box = [("Number", f"<b>{e(doc.number)}</b>"), ("Date", day(doc.date, st.date))]
    if kind == "quotation":
        box.append(("Valid until", day(doc.date + dt.timedelta(days=30), st.date)))
    elif kind == "commercial_invoice":
        box.append(("Due", day(doc.date + dt.timedelta(days=ctx.get("due_days", 30)), st.date)))
    if doc.order_number:
        box.append(("Your Ref.", e(doc.order_number)))
    box.append(("Currency", cur))
    rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>{ln.quantity}</td>"
                   f"<td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>0%</td>"
                   f"<td class=r>{amt(ln.amount, st.num)}</td></tr>" for ln in doc.lines)
    tot = [("Net", amt(doc.subtotal, st.num)), ("VAT (zero-rated export)", amt(Decimal(0), st.num)),
           (f"Total {cur}", f"<b>{amt(doc.total, st.num)}</b>")]
    if kind == "proforma_invoice" and ctx.get("deposit"):
        share = (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)
        tot.append((f"Deposit due now ({int(ctx['deposit'] * 100)}%)", amt(share, st.num)))
    body = (
        f"<table class=top><tr><td><div class=ti>{L198_TITLE[kind]}</div><div class=us>Northwind Components Ltd."
        f"<br>12 Dockside Road, Southampton SO14 3AB, United Kingdom<br>VAT Reg. No. {US_VAT} · {US_CO}</div></td>"
        "<td class=bx><table>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in box)
        + "</table></td></tr></table><table class=ad><tr><td><div class=cap>Invoice Address</div>"
        f"{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}<br>{e(ctx['reg'])}</td><td><div class=cap>Delivery "
        f"Address</div>{lines_of(ctx['ship_to'])}</td></tr></table><p class=tm>Delivery terms: "
        f"{e(doc.incoterms or '')} · Payment terms: {e(doc.payment_terms or '')}</p><table class=ln><thead><tr>"
        "<th>Code</th><th>Description</th><th class=r>Qty</th><th>Unit</th><th class=r>Price</th><th class=r>VAT"
        f"</th><th class=r>Net</th></tr></thead><tbody>{rows}</tbody></table><table class=tt>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in tot)
        + f"</table><div class=ft>Please pay by bank transfer to {US_BANK} · IBAN {US_IBAN} · BIC {US_BIC}, quoting "
        f"{e(doc.number)}. Zero-rated export supply, goods shipped outside the UK. EORI {US_EORI}.</div>")
    css = ("* { font-weight: normal !important; } .top { width: 100%; } .ti { "
           "font-size: 24pt; color: #1b6e3a; } .us { font-size: 8pt; color: #444; margin-top: 4px; } .bx { "
           "vertical-align: top; } .bx table { margin-left: auto; border: 1px solid #1b6e3a; font-size: 8.5pt; } "
           ".bx th { text-align: left; padding: 2px 8px; color: #1b6e3a; } .bx td { padding: 2px 8px; } .ad { "
           "width: 100%; margin-top: 12px; } .ad td { width: 50%; vertical-align: top; font-size: 8.5pt; padding: "
           "0 6px 0 0; } .cap { font-size: 7.5pt; color: #1b6e3a; border-bottom: 1px solid #1b6e3a; margin-bottom:"
           " 3px; } .tm { font-size: 8pt; margin: 10px 0 4px; } .ln { width: 100%; font-size: 8.5pt; } .ln th { "
           "background: #1b6e3a; color: #fff; text-align: left; padding: 4px; } .ln td { padding: 4px; border-bottom:"
           " 1px solid #ccc; vertical-align: top; } .r { text-align: right !important; } .nw { white-space: nowrap; "
           "} .tt { margin: 8px 0 0 auto; font-size: 9pt; } .tt th { text-align: right; padding: 2px 12px; } .tt td "
           "{ text-align: right; padding: 2px 4px; } .ft { margin-top: 18px; font-size: 7.5pt; color: #555; "
           "border-top: 1px solid #ccc; padding-top: 4px; }")
    return html_page(f"{L198_TITLE[kind]} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L199: Sales contract as a "CONTRACT SCHEDULE" followed by standard conditions, ours (docx; signed copies ->
# LibreOffice PDF): a key-terms table (contract no., date, seller, buyer, buyer's order, delivery, payment,
# contract price), "SCHEDULE 1 – THE GOODS" with the item code on a second line under the description, numbered
# "STANDARD CONDITIONS OF SALE" 1-8 and the execution block "Signed for and on behalf of ...".

def l199_schedule(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Anna Keller", "Liberation Serif", 10)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Inches(1.0)
    para(d, "CONTRACT SCHEDULE", size=16, align="center")
    para(d, "Sale of goods for export", size=9, align="center", italic=True)
    keys = [["Contract No.", doc.number], ["Date", day(doc.date, st.date)],
            ["Seller", f"{doc.seller.name}, {doc.seller.address} ({US_CO})"],
            ["Buyer", f"{doc.buyer.name}, {doc.buyer.address} ({ctx['reg']})"]]
    if doc.order_number:
        keys.append(["Buyer's order", doc.order_number])
    keys += [["Delivery", f"{doc.incoterms} (Incoterms® 2020); {ctx['delivery_time']}"],
             ["Payment", f"{doc.payment_terms}"], ["Contract price", f"{doc.currency} {amt(doc.total, st.num)}"]]
    kt = table(d, keys, [1.6, 4.9], head=False, size=9.5)
    for row in kt.rows:
        shade(row.cells[0], "EDEDED")
        keep_row(row)
    para(d)
    para(d, "SCHEDULE 1 – THE GOODS", size=11)
    rows = [["No.", "Description / item code", "Quantity", "Unit", f"Price {doc.currency}", f"Value {doc.currency}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), f"{ln.description}\n{ln.sku}", str(ln.quantity), ln.unit or "",
                     amt(ln.unit_price, st.num), amt(ln.amount, st.num)])
    rows.append(["", "Contract price", "", "", "", amt(doc.total, st.num)])
    t = table(d, rows, [0.4, 2.8, 0.9, 0.5, 0.9, 1.0], size=9)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    para(d, "STANDARD CONDITIONS OF SALE", size=11)
    for i, c in enumerate((
            "These conditions and the Schedule form the whole contract; the Buyer's own terms do not apply.",
            "Risk passes according to the delivery term in the Schedule; title passes on payment in full.",
            "The Seller may deliver in instalments; each instalment is invoiced separately.",
            "Claims for visible damage or shortage must be made in writing within ten days of receipt.",
            "The Seller warrants the goods free from defects in material and workmanship for twelve months.",
            "Neither party is liable for delay caused by events beyond its reasonable control.",
            "Export licences, where required, are obtained by the Seller; import formalities by the Buyer.",
            "This contract is governed by English law; the courts of England have exclusive jurisdiction."),
            start=1):
        para(d, f"{i}. {c}", size=8.5)
    para(d)
    when = day(ctx["signed_on"], st.date)
    cells = []
    for side, who, name, title in (("Seller", doc.seller.name, "Anna Keller", "Export Sales Manager"),
                                   ("Buyer", doc.buyer.name, ctx["signatory"], ctx["buyer_title"])):
        if doc.signed:
            cells.append(f"Signed for and on behalf of the {side}\n{who}\n\n/s/ {name}\n{title}\nDate: {when}")
        else:
            cells.append(f"Signed for and on behalf of the {side}\n{who}\n\n.............................\n"
                         "Name:\nTitle:\nDate:")
    sg = table(d, [cells], [3.2, 3.2], head=False, size=9)
    keep_row(sg.rows[0])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L200: Third-party-logistics warehouse system's (Mintsoft-style) PACKING LIST for our client account (HTML ->
# Chromium): the 3PL's name small top left "on behalf of" us, "PACKING LIST" and a barcode-like order line,
# an order panel (Client, Despatch No., Order Ref., Invoice, Despatch Date, Courier, Tracking, Terms), the
# Ship To address, lines "SKU | Product Name | UoM | Qty Ordered | Qty Packed | Box" and a packed-by line.

def l200_3pl(doc: Doc, st: Style, ctx: dict) -> Rendered:
    rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td>{e(ln.unit or '')}</td>"
                   f"<td class=r>{ln.quantity}</td><td class=r>{ln.quantity}</td><td class=c>{e(box)}</td></tr>"
                   for ln, box, _n, _g, _d in ctx["rows"])
    panel = [("Client", "Northwind Components Ltd. (NWC01)"), ("Despatch No.", f"<b>{e(doc.number)}</b>"),
             ("Order Ref.", e(doc.order_number or "")), ("Invoice", e(ref(doc, "invoice_ref") or "to follow")),
             ("Despatch Date", day(doc.date, st.date)), ("Courier", e(ctx["carrier"])),
             ("Tracking", e(", ".join(doc.tracking_numbers))), ("Terms", e(doc.incoterms or ""))]
    body = (
        "<div class=tp>Itchen Fulfilment Services Ltd · Unit 4, Test Valley Park, Nursling SO16 0YS · on behalf "
        f"of</div><table class=top><tr><td><div class=nm>{e(doc.seller.name)}</div>{e(doc.seller.address)}</td>"
        f"<td class=rt><div class=ti>PACKING LIST</div><div class=bc>*{e(doc.number)}*</div></td></tr></table>"
        "<table class=pn><tr>" + "".join(f"<td><div class=cap>{k}</div>{v}</td>" for k, v in panel[:4])
        + "</tr><tr>" + "".join(f"<td><div class=cap>{k}</div>{v}</td>" for k, v in panel[4:])
        + f"</tr></table><div class=sh><div class=cap>Ship To</div>{e(doc.buyer.name)}<br>"
        f"{lines_of(ctx['ship_to'])}</div><table class=ln><thead><tr><th>SKU</th><th>Product Name</th><th>UoM</th>"
        f"<th class=r>Qty Ordered</th><th class=r>Qty Packed</th><th class=c>Box</th></tr></thead><tbody>{rows}"
        f"</tbody></table><p class=wt>Boxes: {ctx['cases']} · Net weight {ctx['net']} kg · Gross weight "
        f"{ctx['gross']} kg</p><p class=sm>Packed by: KM · Checked by: DR · Any discrepancy must be reported "
        "within 48 hours of delivery.</p>")
    css = ("* { font-weight: normal !important; } .tp { font-size: 7pt; color: "
           "#777; } .top { width: 100%; margin-top: 4px; } .top td { vertical-align: top; font-size: 8.5pt; } .nm { "
           "font-size: 12pt; } .rt { text-align: right; } .ti { font-size: 18pt; letter-spacing: 2px; } .bc { "
           "font-size: 11pt; letter-spacing: 3px; } .pn { width: 100%; "
           "margin-top: 10px; table-layout: fixed; } .pn td { border: 1px solid #999; padding: 3px; font-size: 8pt;"
           " vertical-align: top; } .cap { font-size: 6.5pt; color: #666; text-transform: uppercase; } .sh { "
           "margin: 10px 0; font-size: 8.5pt; border-left: 3px solid #0a5c8a; padding-left: 6px; } .ln { width: "
           "100%; font-size: 8.5pt; } .ln th { background: #0a5c8a; color: #fff; text-align: left; padding: 4px; } "
           ".ln td { border-bottom: 1px solid #ccc; padding: 4px; vertical-align: top; } .r { text-align: right "
           "!important; } .c { text-align: center; } .nw { white-space: nowrap; } .wt { font-size: 8.5pt; "
           "margin-top: 10px; } .sm { font-size: 7.5pt; color: #555; }")
    return html_page(f"Packing list {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L201: Express courier's shipment waybill printed from its online shipping tool (HTML -> Chromium): the
# courier's band, "EXPRESS WAYBILL" with the waybill number large and as a barcode-like line, "From (Shipper)"
# and "To (Receiver)" boxes, a shipment-details grid (service, pieces, weight, dimensions, shipment date,
# shipper's reference with the order, duties and taxes paid by, contents) and the shipper's declaration.

def l201_courier(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb = e(doc.number)
    grid = [("Service", "WORLDWIDE EXPRESS (NON-DOC)"), ("Pieces", str(ctx["pieces"])),
            ("Weight", f"{ctx['weight']} kg"), ("Dimensions", e(ctx["dims"])), ("Shipment date", day(doc.date, st.date)),
            ("Shipper's reference", f"PO {e(doc.order_number or '')}"), ("Duties & taxes", "Receiver"),
            ("Contents", e(ctx["goods"]))]
    cells = "".join("<tr>" + "".join(f"<th>{k}</th><td>{v}</td>" for k, v in grid[i:i + 2]) + "</tr>"
                    for i in range(0, len(grid), 2))
    body = (
        "<div class=bd><span>SOLENT EXPRESS</span> worldwide courier</div><table class=top><tr><td><div class=ti>"
        f"EXPRESS WAYBILL</div>Waybill No. <span class=wb>{wb}</span></td><td class=bc>|||| {wb} ||||</td></tr>"
        f"</table><table class=pt><tr><td><div class=cap>From (Shipper)</div>{e(doc.seller.name)}<br>"
        f"{lines_of(doc.seller.address)}<br>Anna Keller · +44 23 8063 1172</td><td><div class=cap>To (Receiver)"
        f"</div>{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}<br>Attn. {e(ctx['contact'])}</td></tr></table>"
        f"<table class=g>{cells}</table><p class=sm>The shipper certifies that the particulars on the face hereof "
        "are correct and that the shipment contains no dangerous goods. Carriage is subject to the courier's terms "
        "and conditions and, where applicable, the Montreal Convention.</p><p class=sg>Shipper's signature: Anna "
        "Keller &nbsp;&nbsp; Picked up by: courier 214</p>")
    css = ("* { font-weight: normal !important; } .bd { background: #5a2d82; color: #fff; padding: 6px 10px; "
           "font-size: 9pt; } .bd span { font-size: 14pt; letter-spacing: 2px; } .top { width: 100%; margin-top: "
           "8px; } .ti { font-size: 15pt; } .wb { font-size: 14pt; letter-spacing: 1px; } .bc { text-align: right; "
           "font-size: 12pt; letter-spacing: 2px; } .pt { width: 100%; margin-top: 8px; "
           "table-layout: fixed; } .pt td { border: 1px solid #5a2d82; padding: 5px; font-size: 8.5pt; "
           "vertical-align: top; } .cap { font-size: 7pt; color: #5a2d82; } .g { width: 100%; margin-top: 6px; "
           "font-size: 8.5pt; } .g th { text-align: left; background: #eee6f4; border: 1px solid #bbb; padding: "
           "3px; width: 18%; } .g td { border: 1px solid #bbb; padding: 3px; } .sm { font-size: 7pt; color: #555; "
           "margin-top: 10px; } .sg { font-size: 8pt; margin-top: 14px; }")
    return html_page(f"Express waybill {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L202: The customer's payment notification letter from its finance department, in the customer's language
# (docx -> LibreOffice PDF): the customer's letterhead, our address, place and date, a subject line with the
# notice number, a short paragraph, a table "invoice | invoice date | order | invoice amount | amount paid",
# the total paid, the value date and paying bank, and the finance officer's signature.

L202 = {
    "en": ("PAYMENT NOTIFICATION No. {n}", "Dear Sirs,", "We hereby notify you that we have transferred the amount "
           "below to your account with {bank} in settlement of the following document.", "Document",
           "Document date", "Our order", "Document amount", "Amount paid", "Total paid", "Value date",
           "Paying bank", "Yours faithfully,", "Finance Department"),
    "de": ("ZAHLUNGSAVIS Nr. {n}", "Sehr geehrte Damen und Herren,", "hiermit teilen wir Ihnen mit, dass wir den "
           "nachstehenden Betrag auf Ihr Konto bei der {bank} zum Ausgleich folgender Rechnung überwiesen haben.",
           "Beleg", "Belegdatum", "Unsere Bestellung", "Rechnungsbetrag", "Zahlbetrag", "Summe Zahlung",
           "Valuta", "Auftraggebende Bank", "Mit freundlichen Grüßen", "Finanzabteilung"),
    "fr": ("AVIS DE PAIEMENT N° {n}", "Madame, Monsieur,", "Nous vous informons que nous avons viré le montant "
           "ci-dessous sur votre compte auprès de {bank} en règlement de la pièce suivante.", "Pièce",
           "Date de la pièce", "Notre commande", "Montant de la pièce", "Montant payé", "Total payé",
           "Date de valeur", "Banque émettrice", "Veuillez agréer nos salutations distinguées.",
           "Direction financière"),
    "es": ("AVISO DE PAGO N.º {n}", "Muy señores nuestros:", "Por la presente les comunicamos que hemos transferido "
           "el importe indicado a su cuenta en {bank} para liquidar el siguiente documento.", "Documento",
           "Fecha del documento", "Nuestro pedido", "Importe del documento", "Importe pagado", "Total pagado",
           "Fecha valor", "Banco ordenante", "Atentamente,", "Departamento Financiero"),
}


def l202_letter(doc: Doc, st: Style, ctx: dict) -> Rendered:
    (title, hello, intro, c_doc, c_date, c_po, c_amt, c_paid, c_tot, c_val, c_bank, bye, dept) = L202[st.lang]
    d = new_docx(ctx["contact"], "Liberation Sans", 10)
    para(d, doc.buyer.name, size=13)
    para(d, f"{doc.buyer.address} · {ctx['reg']}", size=8)
    para(d)
    para(d, f"{doc.seller.name}\n{doc.seller.address.replace(', ', chr(10))}", size=10)
    para(d, f"{ctx['city']}, {day(doc.date, st.date)}", size=10, align="right")
    para(d, title.format(n=doc.number), size=12)
    para(d, hello, size=10)
    para(d, intro.format(bank=US_BANK), size=10)
    cur = doc.currency or ""
    rows = [[c_doc, c_date, c_po, f"{c_amt} {cur}", f"{c_paid} {cur}"],
            [ref(doc, "invoice_ref"), day(ctx["invoice_date"], st.date), doc.order_number or "",
             amt(ctx["invoice_amount"], st.num), amt(doc.total, st.num)]]
    t = table(d, rows, [1.3, 1.1, 1.4, 1.3, 1.3], size=9)
    for row in t.rows:
        keep_row(row)
    para(d)
    para(d, f"{c_tot}: {cur} {amt(doc.total, st.num)}", size=11)
    para(d, f"{c_val}: {day(doc.date, st.date)} · {c_bank}: {ctx['bank']} ({ctx['bic']})", size=9)
    if ctx.get("remark"):
        para(d, ctx["remark"], size=9, italic=True)
    para(d)
    para(d, bye, size=10)
    para(d, f"{ctx['signatory']}\n{dept}", size=10)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L203: The customer's 8D report opened against us for a supplier complaint, the claim document (HTML ->
# Chromium): "8D REPORT" with the report number, a header grid (customer, supplier, purchase order, complaint
# reference, date opened, champion), the disciplines D1 team, D2 problem description with the affected-parts
# table "Part no. | Description | Qty received | Qty rejected | Defect", D3 containment by the customer, and
# D4-D8 left open for the supplier.

def l203_8d(doc: Doc, st: Style, ctx: dict) -> Rendered:
    grid = [("Customer", e(doc.buyer.name)), ("Supplier", e(doc.seller.name)),
            ("Purchase order", e(doc.order_number or "")), ("Complaint ref.", e(ref(doc, "claim_ref"))),
            ("Date opened", day(doc.date, st.date)), ("Goods received", day(ctx["received"], st.date)),
            ("Champion", e(ctx["contact"])), ("Status", "OPEN – awaiting supplier D4")]
    cells = "".join("<tr>" + "".join(f"<th>{k}</th><td>{v}</td>" for k, v in grid[i:i + 2]) + "</tr>"
                    for i in range(0, len(grid), 2))
    rows = "".join(f"<tr><td class=nw>{e(sku)}</td><td>{e(desc)}</td><td class=r>{q}</td><td class=r>{bad}</td>"
                   f"<td>{e(why)}</td></tr>" for sku, desc, q, _s, bad, why in ctx["findings"])
    open_ = "".join(f"<tr><th>{k}</th><td>to be completed by the supplier</td></tr>" for k in (
        "D4 Root cause", "D5 Permanent corrective action", "D6 Implementation and validation",
        "D7 Prevention of recurrence", "D8 Closure and recognition"))
    body = (
        f"<div class=hd>{e(doc.buyer.name)} · Quality Department</div><h2>8D REPORT</h2><p class=no>Report No. "
        f"<b>{e(doc.number)}</b></p><table class=g>{cells}</table><h3>D1 Team</h3><p>{e(ctx['contact'])} "
        "(purchasing), stores supervisor, maintenance engineer on duty.</p><h3>D2 Problem description</h3><p>On "
        "unpacking the delivery the parts below were found not fit for use.</p><table class=d><thead><tr><th>Part "
        "no.</th><th>Description</th><th class=r>Qty received</th><th class=r>Qty rejected</th><th>Defect</th>"
        f"</tr></thead><tbody>{rows}</tbody></table><h3>D3 Containment</h3><p>Rejected parts quarantined in our "
        "stores, tagged RED; the rest of the delivery released for use.</p><table class=o>" + open_
        + "</table>")
    css = ("* { font-weight: normal !important; } .hd { font-size: 8pt; color: "
           "#555; border-bottom: 2px solid #b71c1c; padding-bottom: 3px; } h2 { font-size: 17pt; margin: 10px 0 0; "
           "} .no { margin: 2px 0 8px; } .g { width: 100%; font-size: 8pt; } .g th { text-align: left; background: "
           "#fbe9e7; border: 1px solid #c99; padding: 3px; width: 16%; } .g td { border: 1px solid #c99; padding: "
           "3px; } h3 { font-size: 10pt; margin: 10px 0 3px; color: #b71c1c; } p { font-size: 8.5pt; margin: 2px 0;"
           " } .d { width: 100%; font-size: 8pt; } .d th, .d td { border: 1px solid #c99; padding: 3px; text-align: "
           "left; vertical-align: top; } .r { text-align: right !important; } .nw { white-space: nowrap; } .o { "
           "width: 100%; margin-top: 10px; font-size: 8pt; } .o th { text-align: left; width: 35%; border: 1px solid "
           "#ccc; padding: 3px; } .o td { border: 1px solid #ccc; padding: 3px; color: #777; }")
    return html_page(f"8D report {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L204: Armenian bottler's order in German from its local accounting program exported to Excel (xlsx, sent as
# is): the company with its tax number, "ՊԱՏՎԵՐ / BESTELLUNG Nr." and "vom", Lieferant / Besteller rows, lines
# "Nr. | Artikel-Nr. | Bezeichnung | ME | Menge | Preis | Betrag" with Armenian captions above the German ones,
# "Gesamtbetrag EUR", the delivery and payment terms and the signature cells.

def l204_arm(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], "Bestellung")
    thin = Side(style="thin", color="444444")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEFG", (5, 12, 48, 7, 8, 12, 14), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, doc.buyer.name).font = Font(bold=True, size=12)
    ws.cell(2, 1, doc.buyer.address)
    ws.cell(3, 1, ctx["reg"])
    ws.cell(5, 3, f"ՊԱՏՎԵՐ / BESTELLUNG Nr. {doc.number}").font = Font(bold=True, size=13)
    ws.cell(6, 3, f"vom {day(doc.date, st.date)}")
    for k, (a, b) in enumerate((("Lieferant:", f"{doc.seller.name}, {doc.seller.address}"),
                                ("Besteller:", f"{doc.buyer.name}, {ctx['contact']}"))):
        ws.cell(8 + k, 1, a).font = bold
        ws.cell(8 + k, 3, b)
    r = 11
    for j, (hy, de) in enumerate((("N", "Nr."), ("Կոդ", "Artikel-Nr."), ("Անվանում", "Bezeichnung"),
                                  ("Չ/մ", "ME"), ("Քանակ", "Menge"), ("Գին", "Preis"), ("Գումար", "Betrag")),
                                 start=1):
        c = ws.cell(r, j, f"{hy}\n{de}")
        c.font = bold
        c.fill = PatternFill("solid", fgColor="FDE9D9")
        c.border = grid
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((i, ln.sku, ln.description, ln.unit or "", ln.quantity, float(ln.unit_price),
                               float(ln.amount)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if j in (6, 7):
                c.number_format = "#,##0.00"
    r += len(doc.lines) + 1
    ws.cell(r, 5, f"Gesamtbetrag {doc.currency}").font = bold
    c = ws.cell(r, 7, float(doc.total))
    c.number_format = "#,##0.00"
    c.font = bold
    for k, (a, b) in enumerate((("Lieferbedingung:", doc.incoterms or ""), ("Zahlung:", doc.payment_terms or ""),
                                ("Währung:", doc.currency or ""), ("Lieferanschrift:", ctx["ship_to"]))):
        ws.cell(r + 2 + k, 1, a).font = bold
        ws.cell(r + 2 + k, 3, b)
    ws.cell(r + 7, 1, f"Geschäftsführer / Տնօրեն: {ctx['signatory']}")
    ws.cell(r + 8, 1, f"Erstellt / Կազմեց: {ctx['contact']}")
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L205: Nigerien cement works' "BON DE COMMANDE" typed on its Word form (docx, sent as is): letterhead with NIF
# and RCCM, "BON DE COMMANDE N° ..." and "Niamey, le ..." in a two-cell header, "Fournisseur" box, lines "Réf. |
# Désignation | Qté | Unité | P.U. HT | Montant HT" with "TOTAL HT", the conditions as paragraphs ("Incoterm",
# "Paiement", "Livraison à") and the "Le Directeur général" signature with "Bon pour accord" for the supplier.

def l205_bdc(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9.5)
    cur = doc.currency or ""
    para(d, doc.buyer.name.upper(), size=13)
    para(d, f"{doc.buyer.address}\n{ctx['reg']}", size=8)
    hd = table(d, [[f"BON DE COMMANDE N° {doc.number}", f"{ctx['city']}, le {day(doc.date, st.date)}"]], [4.0, 2.4],
               head=False, size=11)
    keep_row(hd.rows[0])
    para(d)
    para(d, f"Fournisseur : {doc.seller.name}\n{doc.seller.address}\nÀ l'attention de Mme Anna Keller", size=9.5)
    para(d)
    rows = [["Réf.", "Désignation", "Qté", "Unité", f"P.U. HT {cur}", f"Montant HT {cur}"]]
    for ln in doc.lines:
        rows.append([ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["", "TOTAL HT", "", "", "", amt(doc.total, st.num)])
    t = table(d, rows, [1.0, 2.8, 0.5, 0.5, 0.8, 0.9], size=8.5)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    para(d, f"Incoterm : {doc.incoterms} (Incoterms 2020)", size=9)
    para(d, f"Paiement : {doc.payment_terms}", size=9)
    para(d, f"Livraison à : {ctx['ship_to']}", size=9)
    para(d, "Merci de rappeler le numéro du bon de commande sur la facture, la liste de colisage et le document "
         "de transport.", size=8.5, italic=True)
    para(d)
    sg = table(d, [[f"Le Directeur général\n{ctx['signatory']}", "Bon pour accord du fournisseur\n(date, cachet "
                    "et signature)"]], [3.2, 3.2], head=False, size=9)
    keep_row(sg.rows[0])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L206: Equatorial Guinean port operator's "PEDIDO DE COMPRA" from a Spanish cloud ERP (Holded-style, HTML ->
# Chromium): the buyer's name and NIF top left, "PEDIDO DE COMPRA" and the number top right with "Fecha" and
# "Fecha de entrega", a "Proveedor" block, lines "Concepto | Precio | Unidades | Subtotal" with the product code
# in grey under the concept (no unit column), "Base imponible / Total" and "Notas" with the terms.

def l206_holded(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cur = e(doc.currency or "")
    rows = "".join(f"<tr><td>{words(ln.description)}<div class=sk>{e(ln.sku)}</div></td><td class=r>"
                   f"{amt(ln.unit_price, st.num)}</td><td class=r>{ln.quantity}</td><td class=r>"
                   f"{amt(ln.amount, st.num)}</td></tr>" for ln in doc.lines)
    body = (
        f"<table class=top><tr><td><div class=nm>{e(doc.buyer.name)}</div>{lines_of(doc.buyer.address)}<br>"
        f"{e(ctx['reg'])}</td><td class=rt><div class=ti>PEDIDO DE COMPRA</div><div class=no>{e(doc.number)}</div>"
        f"Fecha: {day(doc.date, st.date)}<br>Fecha de entrega: {day(doc.date + dt.timedelta(days=42), st.date)}"
        f"</td></tr></table><div class=pv><div class=cap>PROVEEDOR</div>{e(doc.seller.name)}<br>"
        f"{e(doc.seller.address)}<br>VAT {US_VAT}</div><table class=ln><thead><tr><th>CONCEPTO</th><th class=r>"
        f"PRECIO</th><th class=r>UNIDADES</th><th class=r>SUBTOTAL</th></tr></thead><tbody>{rows}</tbody></table>"
        f"<table class=tt><tr><th>BASE IMPONIBLE</th><td>{amt(doc.subtotal, st.num)} {cur}</td></tr><tr><th>TOTAL"
        f"</th><td>{amt(doc.total, st.num)} {cur}</td></tr></table><div class=nt><div class=cap>NOTAS</div>"
        f"Incoterm: {e(doc.incoterms or '')}<br>Forma de pago: {e(doc.payment_terms or '')}<br>Entregar en: "
        f"{e(ctx['ship_to'])}<br>Aprobado por: {e(ctx['signatory'])}, {e(ctx['buyer_title'])}</div>")
    css = ("* { font-weight: normal !important; } .top { width: 100%; } .top td { vertical-align: top; font-size: "
           "8.5pt; } .nm { font-size: 12pt; } .rt { text-align: right; } .ti { font-size: 16pt; color: #e4572e; } "
           ".no { font-size: 11pt; margin-bottom: 4px; } .pv { margin: 14px 0; font-size: 8.5pt; } .cap { font-size:"
           " 7pt; color: #999; letter-spacing: 1px; } .ln { width: 100%; font-size: 8.5pt; } .ln th { text-align: "
           "left; font-size: 7.5pt; color: #999; border-bottom: 2px solid #e4572e; padding: 4px; } .ln td { padding:"
           " 5px 4px; border-bottom: 1px solid #eee; vertical-align: top; } .sk { color: #999; font-size: 7.5pt; } "
           ".r { text-align: right !important; } .nw { white-space: nowrap; } .tt { margin: 10px 0 0 auto; "
           "font-size: 9pt; } .tt th { text-align: right; padding: 3px 12px; color: #777; } .tt td { text-align: "
           "right; padding: 3px 4px; } .nt { margin-top: 16px; font-size: 8pt; }")
    return html_page(f"Pedido de compra {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L207: Kuwaiti maintenance contractor's purchase order from a JD-Edwards-style ERP (HTML -> Chromium): a
# report-style header (company, "Purchase Order", order number and type "OP", branch/plant, print date, page),
# "Supplier" and "Ship To" address blocks, a terms line (payment terms, freight, currency, buyer), lines "Ln |
# Item Number | Description | Quantity | UM | Unit Cost | Extended Cost | Promised" in a plain ruled grid that
# runs over pages with the header repeated, "Order Total" and the authorisation line.

def l207_jde(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cur = e(doc.currency or "")
    prom = day(doc.date + dt.timedelta(days=28), st.date)
    rows = "".join(f"<tr><td class=r>{i:.3f}</td><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td>"
                   f"<td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}"
                   f"</td><td class=r>{amt(ln.amount, st.num)}</td><td>{prom}</td></tr>"
                   for i, ln in enumerate(doc.lines, start=1))
    body = (
        f"<table class=hd><tr><td>{e(doc.buyer.name)}<br>{e(ctx['reg'])}</td><td class=c><div class=ti>Purchase "
        f"Order</div>Order Number {e(doc.number)} &nbsp; OP &nbsp; Branch/Plant 100</td><td class=rt>Order Date "
        f"{day(doc.date, st.date)}<br>Page 1</td></tr></table><table class=ab><tr><td><div class=cap>Supplier"
        f"</div>{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}</td><td><div class=cap>Ship To</div>"
        f"{lines_of(ctx['ship_to'])}</td><td><div class=cap>Invoice To</div>{e(doc.buyer.name)}<br>"
        f"{lines_of(doc.buyer.address)}</td></tr></table><p class=tm>Payment Terms: {e(doc.payment_terms or '')} "
        f"&nbsp;|&nbsp; Freight: {e(doc.incoterms or '')} &nbsp;|&nbsp; Currency: {cur} &nbsp;|&nbsp; Buyer: "
        f"{e(ctx['contact'])}</p><table class=ln><thead><tr><th class=r>Ln</th><th>Item Number</th><th>"
        "Description</th><th class=r>Quantity</th><th>UM</th><th class=r>Unit Cost</th><th class=r>Extended Cost"
        f"</th><th>Promised</th></tr></thead><tbody>{rows}</tbody></table><p class=tt>Order Total {cur} "
        f"{amt(doc.total, st.num)}</p><p class=sm>Authorised: {e(ctx['signatory'])}, {e(ctx['buyer_title'])}. "
        "Our order number must appear on all invoices, packing lists and shipping documents. Partial shipments "
        "only with written approval.</p>")
    css = ("* { font-weight: normal !important; } body { font-family: 'DejaVu Sans Mono', monospace; font-size: "
           "8pt; } .hd { width: 100%; border-bottom: 1px solid #000; } .hd td { vertical-align: top; font-size: "
           "8pt; } .c { text-align: center; } .ti { font-size: 13pt; } .rt { text-align: right; } .ab { width: "
           "100%; margin-top: 8px; table-layout: fixed; } .ab td { vertical-align: top; font-size: 8pt; padding: "
           "3px; } .cap { text-decoration: underline; } .tm { font-size: 8pt; border-top: 1px dashed #000; "
           "border-bottom: 1px dashed #000; padding: 3px 0; } .ln { width: 100%; font-size: 7.5pt; } .ln th { "
           "text-align: left; border-bottom: 1px solid #000; padding: 2px 3px; } .ln td { padding: 2px 3px; "
           "vertical-align: top; border-bottom: 1px dotted #999; } .r { text-align: right !important; } .nw { "
           "white-space: nowrap; } .tt { text-align: right; font-size: 9pt; margin-top: 6px; } .sm { font-size: "
           "7pt; margin-top: 10px; }")
    return html_page(f"Purchase Order {doc.number}", css, body)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L198": (l198_kash, "UK small-business accounting package (KashFlow-style) quote / pro forma / invoice with a "
                        "0% VAT column and a zero VAT line (HTML)"),
    "L199": (l199_schedule, "sales contract as a contract schedule with standard conditions, code under the "
                            "description (docx)"),
    "L200": (l200_3pl, "3PL warehouse system (Mintsoft-style) packing list on behalf of the client (HTML)"),
    "L201": (l201_courier, "express courier's shipment waybill from its online shipping tool (HTML)"),
    "L202": (l202_letter, "customer's payment notification letter from its finance department, en/de/fr/es (docx)"),
    "L203": (l203_8d, "customer's 8D report on a supplier complaint, the claim document (HTML)"),
    "L204": (l204_arm, "Armenian 'ՊԱՏՎԵՐ / BESTELLUNG' Excel export with hy/de captions (xlsx)"),
    "L205": (l205_bdc, "Nigerien 'Bon de commande' Word form with NIF / RCCM (docx)"),
    "L206": (l206_holded, "Spanish cloud ERP (Holded-style) 'Pedido de compra', code under the concept, no unit "
                          "(HTML)"),
    "L207": (l207_jde, "JD-Edwards-style purchase order, monospaced ruled grid (HTML)"),
}

# Layouts that print a tax line of zero: their documents are labelled tax "0.00".
ZERO_TAX = ("L198",)
NO_UNIT = ("L206",)


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line, except the one without a unit column."""
    return key in LAYOUTS and key not in NO_UNIT
