"""Seventeenth-holdout document layouts L158-L167, each modelled on a real-world family not used in L1-L157."""
from __future__ import annotations

import datetime as dt
import re
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


def ref(doc: Doc, key: str) -> str:
    return next((v for k, v in doc.extra if k == key), "")


def words(text: str) -> str:
    """Escaped text whose hyphenated words do not break at the hyphen."""
    return " ".join(f"<span class=nw>{e(w)}</span>" if "-" in w else e(w) for w in text.split(" "))


def lines_of(text: str) -> str:
    return nl(text.replace(", ", "\n"))


# ------------------------------------------------------------------------------------------------
# L158: Online invoicing package (FreshBooks-style) sales documents, ours (HTML -> Chromium): our name left and
# the document kind large on the right, a strip "Billed To | Date of Issue | <kind> Number | Reference | Amount
# Due (GBP)", the lines "Item / Description | Rate | Qty | Line Total" with the item code on the first line and
# the description in grey under it (no unit column), "Subtotal / Total / Amount Due", then "Terms" and notes.

L158_TITLE = {"quotation": "Estimate", "proforma_invoice": "Pro Forma Invoice", "commercial_invoice": "Invoice"}


def l158_fb(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kind = doc.doc_type
    title = L158_TITLE[kind]
    cur = doc.currency or ""
    strip = [("Date of Issue", day(doc.date, st.date)), (f"{title} Number", e(doc.number))]
    if kind == "quotation":
        strip.append(("Expiry Date", day(doc.date + dt.timedelta(days=30), st.date)))
    elif kind == "commercial_invoice":
        strip.append(("Due Date", day(doc.date + dt.timedelta(days=ctx.get("due_days", 30)), st.date)))
    if doc.order_number:
        strip.append(("Reference", f"PO {e(doc.order_number)}"))
    rows = "".join(f"<tr><td><div class=it>{e(ln.sku)}</div><div class=ds>{words(ln.description)}</div></td>"
                   f"<td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>{ln.quantity}</td>"
                   f"<td class=r>{amt(ln.amount, st.num)}</td></tr>" for ln in doc.lines)
    due_cap = "Estimate Total" if kind == "quotation" else "Amount Due"
    summ = [("Subtotal", amt(doc.subtotal, st.num)), ("Total", amt(doc.total, st.num)),
            (f"{due_cap} ({cur})", f"<b>{amt(doc.total, st.num)}</b>")]
    if kind == "proforma_invoice" and ctx.get("deposit"):
        share = (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)
        summ.append((f"Advance payment requested ({int(ctx['deposit'] * 100)}%)", amt(share, st.num)))
    notes = ("Prices valid for 30 days. Subject to our standard conditions of sale." if kind == "quotation" else
             f"Please pay to {US_BANK}, IBAN {US_IBAN}, BIC {US_BIC}, quoting {e(doc.number)}.")
    body = (
        "<div class=hd><div><div class=nm>Northwind Components Ltd.</div>12 Dockside Road<br>Southampton SO14 3AB"
        f"<br>United Kingdom<br>VAT {US_VAT}</div><div class=ti>{title}</div></div>"
        f"<table class=st><tr><td rowspan=2 class=bt><div class=cap>Billed To</div>{e(doc.buyer.name)}<br>"
        f"{lines_of(doc.buyer.address)}<br><span class=sm>{e(ctx['buyer_reg'])}</span></td>"
        + "".join(f"<td><div class=cap>{k}</div>{v}</td>" for k, v in strip[:2])
        + f"<td rowspan=2 class=due><div class=cap>{due_cap} ({e(cur)})</div><div class=big>"
        f"{amt(doc.total, st.num)}</div></td></tr><tr>"
        + "".join(f"<td><div class=cap>{k}</div>{v}</td>" for k, v in strip[2:4])
        + "</tr></table><table class=ln><thead><tr><th>Item / Description</th><th class=r>Rate</th><th class=r>"
        f"Qty</th><th class=r>Line Total</th></tr></thead><tbody>{rows}</tbody></table><table class=sum>"
        + "".join(f"<tr><td>{k}</td><td class=r>{v}</td></tr>" for k, v in summ)
        + f"</table><div class=tm><div class=cap>Terms</div>Payment: {e(doc.payment_terms or '')}<br>Delivery: "
        f"{e(doc.incoterms or '')} (Incoterms® 2020)<br>{notes}</div>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; font-size: 8pt; color: #555; } .nm { font-size: "
           "12pt; color: #111; } .ti { font-size: 26pt; color: #0075dd; } .st { width: 100%; margin-top: 18px; "
           "border-top: 3px solid #0075dd; } .st td { vertical-align: top; padding: 6px 8px; font-size: 8.5pt; } "
           ".bt { width: 34%; } .cap { font-size: 7pt; color: #8a8a8a; } .due { text-align: right; } .big { "
           "font-size: 16pt; } .sm { font-size: 7pt; color: #777; } .ln { width: 100%; margin-top: 16px; } .ln th "
           "{ text-align: left; font-size: 7.5pt; color: #0075dd; border-bottom: 1px solid #0075dd; padding: 4px; } "
           ".ln td { padding: 5px 4px; border-bottom: 1px solid #e5e5e5; vertical-align: top; } .it { font-size: "
           "9pt; } .ds { font-size: 7.5pt; color: #6b6b6b; } .r { text-align: right !important; } .nw { "
           "white-space: nowrap; } .sum { margin: 10px 0 0 auto; } .sum td { padding: 3px 10px; } .tm { margin-top: "
           "20px; font-size: 8pt; }")
    return html_page(f"{title} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L159: Sales agreement on our Word template (docx; signed copies -> LibreOffice PDF): "SALES AGREEMENT" with
# the agreement number and date as a line, the parties as numbered paragraphs, ten numbered clauses
# (subject, price, delivery, passing of risk, payment, inspection, warranty, force majeure, law, entire
# agreement), the signature table side by side, and "Annex 1 – Goods" with the lines at the very end.

def l159_sa(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Northwind Contracts", "Liberation Serif", 10)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Inches(1.0)
    para(d, "SALES AGREEMENT", bold=True, size=15, align="center")
    para(d, f"Agreement No. {doc.number}   ·   dated {day(doc.date, st.date)}", align="center", size=9.5)
    para(d)
    para(d, "between", italic=True)
    para(d, f"(1) {doc.seller.name}, {doc.seller.address} (VAT {US_VAT}), the \"Seller\"; and")
    para(d, f"(2) {doc.buyer.name}, {doc.buyer.address} ({ctx['buyer_reg']}), the \"Buyer\".")
    para(d)
    po = f" placed under the Buyer's purchase order No. {doc.order_number}" if doc.order_number else ""
    clauses = [
        ("Subject", f"The Seller sells and the Buyer buys the goods listed in Annex 1{po}."),
        ("Price", f"The total price is {doc.currency} {amt(doc.total, st.num)}. Prices are fixed for this "
                  "agreement."),
        ("Delivery", f"{doc.incoterms} (Incoterms® 2020); {ctx['delivery_time']}."),
        ("Passing of risk", "Risk passes to the Buyer in accordance with the agreed Incoterms rule."),
        ("Payment", f"{doc.payment_terms}, to {US_BANK}, IBAN {US_IBAN}, BIC {US_BIC}."),
        ("Inspection", "The Buyer shall inspect the goods on arrival and notify visible defects in writing within "
                       "ten days."),
        ("Warranty", "Twelve months from delivery against defects in material and workmanship."),
        ("Force majeure", "Neither party is liable for delay caused by events beyond its reasonable control."),
        ("Governing law", "This agreement is governed by the laws of England and Wales; the courts of London have "
                          "jurisdiction."),
        ("Entire agreement", "This agreement with its Annex is the entire agreement of the parties on its "
                             "subject."),
    ]
    for i, (k, v) in enumerate(clauses, start=1):
        p = para(d, f"{i}. {k}. ", bold=True)
        p.add_run(v).bold = False
    para(d)
    when = day(ctx["signed_on"], st.date)
    cells = []
    for side, who, name, title, place in (("Seller", doc.seller.name, "Anna Keller", "Export Sales Manager",
                                           "Southampton"),
                                          ("Buyer", doc.buyer.name, ctx["signatory"], ctx["buyer_title"],
                                           ctx["city"])):
        if doc.signed:
            cells.append(f"For the {side}: {who}\n/s/ {name}\n{name}, {title}\n{place}, {when}")
        else:
            cells.append(f"For the {side}: {who}\n\n______________________\nName / title:\nPlace, date:")
    sig = table(d, [cells], [3.2, 3.2], head=False, size=9)
    keep_row(sig.rows[0])
    d.add_page_break()
    para(d, "Annex 1 – Goods", bold=True, size=11)
    rows = [["Item code", "Description", "Quantity", "Unit", f"Unit price ({doc.currency})",
             f"Amount ({doc.currency})"]]
    for ln in doc.lines:
        rows.append([ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["", "Total", "", "", "", amt(doc.total, st.num)])
    t = table(d, rows, [1.1, 2.6, 0.7, 0.5, 0.9, 1.0], size=8.5)
    repeat_header(t.rows[0])
    keep_row(t.rows[-1])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L160: The warehouse's Excel packing list (xlsx -> LibreOffice): "PACKING LIST" title, a header block of
# label/value cells (number, date, customer order, invoice, Incoterms, carrier, container or consignment),
# shipper and consignee side by side, the grid "Case | Item code | Description | Qty | Unit | Net kg |
# Gross kg | Dimensions (cm)" and a totals row.

def l160_xl(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx("Warehouse Southampton", "Packing List")
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEFGH", (6, 14, 46, 7, 6, 9, 9, 14), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, "PACKING LIST").font = Font(bold=True, size=18)
    ws.cell(2, 1, f"{doc.seller.name} · {doc.seller.address} · EORI {US_EORI}").font = Font(size=8)
    head = [("Packing list no.", doc.number), ("Date", day(doc.date, st.date)),
            ("Customer order", doc.order_number or ""), ("Invoice", ref(doc, "invoice_ref") or "to follow"),
            ("Incoterms", doc.incoterms or ""), ("Carrier", ctx["carrier"]),
            (ctx["track_caption"], ", ".join(doc.tracking_numbers))]
    for k, (cap, v) in enumerate(head):
        ws.cell(4 + k, 1, cap).font = bold
        ws.cell(4 + k, 3, v)
    ws.cell(4, 6, "Consignee").font = bold
    ws.cell(5, 6, doc.buyer.name)
    for k, part in enumerate(doc.buyer.address.split(", ")[:4]):
        ws.cell(6 + k, 6, part)
    r = 12
    heads = ("Case", "Item code", "Description", "Qty", "Unit", "Net kg", "Gross kg", "Dimensions (cm)")
    for j, h in enumerate(heads, start=1):
        c = ws.cell(r, j, h)
        c.font = bold
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = grid
        c.alignment = Alignment(wrap_text=True)
    for i, (ln, case, net, gross, dims) in enumerate(ctx["rows"], start=1):
        for j, v in enumerate((case, ln.sku, ln.description, ln.quantity, ln.unit or "", net, gross, dims),
                              start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            c.alignment = Alignment(wrap_text=True, vertical="top")
    r += len(ctx["rows"]) + 1
    ws.cell(r, 3, f"Total: {ctx['cases']} cases").font = bold
    ws.cell(r, 6, ctx["net"]).font = bold
    ws.cell(r, 7, ctx["gross"]).font = bold
    ws.cell(r + 2, 1, "Marks: NORTHWIND / customer order no. / case no. Goods of UK origin, packed for export.")
    ws.print_title_rows = "12:12"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L161: Forwarder's negotiable house bill of lading (FIATA FBL style, HTML -> Chromium): the forwarder's
# name, "NEGOTIABLE FIATA MULTIMODAL TRANSPORT BILL OF LADING", the FBL number, consignor / consigned to
# order of / notify boxes, the routing boxes, marks and numbers (container, seal), packages, description,
# weight and measurement, freight, number of originals, place and date of issue and the stamp line.

def l161_fbl(doc: Doc, st: Style, ctx: dict) -> Rendered:
    issued = day(doc.date, st.date)
    marks = "<br>".join(f"{e(c)}<br>SEAL {e(s)}" for c, s in zip(doc.tracking_numbers, ctx["seals"], strict=True))
    body = (
        "<div class=hd><div class=fw>HAMPSHIRE GLOBAL LOGISTICS LTD<br><span>Unit 7, Western Docks, Southampton "
        "SO15 1AA · FIATA member</span></div><div class=ti>NEGOTIABLE FIATA<br>MULTIMODAL TRANSPORT BILL OF LADING"
        f"<br><span>FBL No. <b>{e(doc.number)}</b></span></div></div>"
        f"<table class=b><tr><td class=w><div class=cap>Consignor</div>{e(doc.seller.name)}<br>"
        f"{lines_of(doc.seller.address)}</td><td><div class=cap>Shipper's reference</div>Customer order "
        f"{e(doc.order_number or '')}<div class=cap>Booking</div>{e(ctx['booking'])}</td></tr>"
        f"<tr><td><div class=cap>Consigned to order of</div>{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}"
        f"</td><td><div class=cap>Notify address</div>{e(ctx['notify'])}</td></tr></table>"
        "<table class=b><tr><td><div class=cap>Place of receipt</div>SOUTHAMPTON, UK</td><td><div class=cap>Ocean "
        f"vessel</div>{e(ctx['vessel'])}</td><td><div class=cap>Port of loading</div>SOUTHAMPTON</td><td><div "
        f"class=cap>Port of discharge</div>{e(ctx['pod'])}</td><td><div class=cap>Place of delivery</div>"
        f"{e(ctx['delivery'])}</td></tr></table>"
        "<table class=g><thead><tr><th>Marks and numbers</th><th>Number and kind of packages</th><th>Description "
        "of goods</th><th class=r>Gross weight</th><th class=r>Measurement</th></tr></thead><tbody><tr><td>"
        f"{marks}</td><td>{e(ctx['packages'])}<br>{len(doc.tracking_numbers)} x 40' HC</td><td>SHIPPER'S LOAD, "
        f"STOW AND COUNT<br>{e(ctx['goods'])}<br>HS {e(ctx['hs'])}</td><td class=r>{ctx['gross']} KGS</td><td "
        f"class=r>{ctx['cbm']} M3</td></tr></tbody></table>"
        f"<table class=b><tr><td><div class=cap>Freight amount</div>FREIGHT {ctx['freight']}</td><td><div "
        "class=cap>Number of original FBLs</div>THREE (3)</td><td><div class=cap>Place and date of issue</div>"
        f"SOUTHAMPTON, {issued}</td><td><div class=cap>Laden on board</div>{issued}</td></tr></table>"
        "<p class=sm>Taken in charge in apparent good order and condition, unless otherwise noted herein, at the "
        "place of receipt for transport and delivery as mentioned above. One of these Multimodal Transport Bills of "
        "Lading must be surrendered duly endorsed in exchange for the goods. Subject to the FIATA FBL Standard "
        "Conditions (1992).</p><p>Stamp and signature: HAMPSHIRE GLOBAL LOGISTICS LTD as multimodal transport "
        "operator</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; border-bottom: 2px solid #333; padding-bottom: 4px; "
           "} .fw { font-size: 12pt; } .fw span { font-size: 7pt; } .ti { text-align: right; font-size: 10pt; } "
           ".b { width: 100%; margin-top: 4px; } .b td { border: 1px solid #444; padding: 4px; font-size: 8pt; "
           "vertical-align: top; } .w { width: 55%; } .cap { font-size: 6.5pt; color: #555; text-transform: "
           "uppercase; } .g { width: 100%; margin-top: 4px; } .g th { border: 1px solid #444; font-size: 7pt; "
           "text-align: left; padding: 3px; } .g td { border: 1px solid #444; padding: 5px; font-size: 8pt; "
           "vertical-align: top; height: 90px; } .r { text-align: right !important; } .sm { font-size: 6.5pt; "
           "color: #333; }")
    return html_page(f"FBL {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L162: The customer's bank confirmation of an outgoing SWIFT MT103 transfer (HTML -> Chromium), in the
# customer's language: bank band, a title, a short readable summary (reference, value date, amount, ordering
# customer, beneficiary) and the message itself in a monospace box with its field tags (:20:, :23B:, :32A:,
# :50K:, :52A:, :57A:, :59:, :70:, :71A:).

L162 = {
    "en": ("Confirmation of outgoing payment (SWIFT MT103)", "Our reference", "Value date", "Amount",
           "Ordering customer", "Beneficiary", "Message as sent", "This confirmation is issued electronically "
           "and requires no signature."),
    "de": ("Bestätigung Auslandszahlung (SWIFT MT103)", "Unsere Referenz", "Valutadatum", "Betrag",
           "Auftraggeber", "Empfänger", "Gesendete Nachricht", "Diese Bestätigung wurde elektronisch erstellt und "
           "ist ohne Unterschrift gültig."),
    "fr": ("Confirmation de virement émis (SWIFT MT103)", "Notre référence", "Date de valeur", "Montant",
           "Donneur d'ordre", "Bénéficiaire", "Message émis", "Confirmation établie électroniquement, valable sans "
           "signature."),
    "es": ("Confirmación de transferencia emitida (SWIFT MT103)", "Nuestra referencia", "Fecha valor", "Importe",
           "Ordenante", "Beneficiario", "Mensaje enviado", "Confirmación emitida electrónicamente, válida sin "
           "firma."),
}


def account(printed: str) -> str:
    """An account as a SWIFT field carries it: no words ('USD A/C', 'Cuenta USD'), no spaces or dashes."""
    return "".join(ch for ch in re.sub(r"^(?:[A-Za-z/]+ )+", "", printed) if ch.isalnum())


def l162_mt103(doc: Doc, st: Style, ctx: dict) -> Rendered:
    title, c_ref, c_val, c_amt, c_ord, c_ben, c_msg, note = L162[st.lang]
    swift_amt = f"{doc.total:.2f}".replace(".", ",")
    remit = f"/INV/{ref(doc, 'invoice_ref')} PO {doc.order_number or ''}"
    mt = [(":20:", doc.number), (":23B:", "CRED"), (":32A:", f"{doc.date:%y%m%d}{doc.currency}{swift_amt}"),
          (":50K:", f"/{account(ctx['iban'])}\n{doc.buyer.name.upper()}\n{doc.buyer.address.upper()[:70]}"),
          (":52A:", ctx["bic"]), (":57A:", US_BIC),
          (":59:", f"/{US_IBAN.replace(' ', '')}\n{doc.seller.name.upper()}\n12 DOCKSIDE ROAD\nSOUTHAMPTON SO14 3AB GB"),
          (":70:", remit), (":71A:", "SHA")]
    block = "\n".join(f"{tag}{e(v)}" for tag, v in mt)
    kv = [(c_ref, f"<b>{e(doc.number)}</b>"), (c_val, day(doc.date, st.date)),
          (c_amt, f"<b>{e(doc.currency)} {amt(doc.total, st.num)}</b>"),
          (c_ord, f"{e(doc.buyer.name)}<br>{e(ctx['iban'])}"),
          (c_ben, f"{e(doc.seller.name)}<br>{US_IBAN} · {US_BIC}")]
    body = (f"<div class=bk>{e(ctx['bank'])}<span>BIC {e(ctx['bic'])}</span></div><h2>{title}</h2>"
            "<table class=kv>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in kv)
            + f"</table><div class=cap>{c_msg}</div><pre>{{1:F01{e(ctx['bic'])}XXXX}}{{2:I103{US_BIC}XXXXN}}\n"
            f"{block}\n-}}</pre><p class=sm>{note}</p>")
    css = ("* { font-weight: normal !important; } "
           ".bk { border-bottom: 4px solid #7a1f2b; padding: 6px 0; font-size: 13pt; color: #7a1f2b; display: flex; "
           "justify-content: space-between; } .bk span { font-size: 8pt; color: #333; } h2 { font-size: 11pt; "
           "margin: 12px 0 6px; } .kv { width: 100%; } .kv th { text-align: left; width: 28%; color: #555; "
           "padding: 3px; vertical-align: top; } .kv td { padding: 3px; } .cap { margin-top: 12px; font-size: 7.5pt; "
           "color: #555; } pre { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; border: 1px solid "
           "#bbb; padding: 8px; background: #fafafa; white-space: pre-wrap; } .sm { font-size: 7pt; color: #666; }")
    return html_page(title, css, body)


# ------------------------------------------------------------------------------------------------
# L163: The customer's French receipt report with reservations, the claim document (HTML -> Chromium):
# "PROCÈS-VERBAL DE RÉCEPTION AVEC RÉSERVES" and its number, the reference lines (fournisseur, commande,
# connaissement, conteneur, date d'arrivée, réclamation), the table "Code article | Désignation | Qté
# commandée | Qté reçue conforme | Qté avariée | Observations", the reservations and three signature boxes.

def l163_pv(doc: Doc, st: Style, ctx: dict) -> Rendered:
    refs = [("Fournisseur", e(doc.seller.name)), ("Commande n°", e(doc.order_number or "")),
            ("Connaissement", e(ctx.get("bl", ""))), ("Conteneur", e(ctx.get("container", ""))),
            ("Date d'arrivée au magasin", day(ctx["received"], st.date)), ("Réclamation n°", e(ref(doc, "claim_ref"))),
            ("Date du procès-verbal", day(doc.date, st.date))]
    rows = "".join(f"<tr><td class=nw>{e(sku)}</td><td>{e(desc)}</td><td class=r>{q}</td><td class=r>{q - bad}</td>"
                   f"<td class=r>{bad}</td><td>{e(why)}</td></tr>" for sku, desc, q, bad, why in ctx["findings"])
    body = (
        f"<div class=hd><b>{e(doc.buyer.name)}</b><br>{e(doc.buyer.address)}<br>{e(ctx['ifu'])}</div>"
        f"<h2>PROCÈS-VERBAL DE RÉCEPTION AVEC RÉSERVES<br>N° {e(doc.number)}</h2><ul class=rf>"
        + "".join(f"<li><span>{k} :</span> {v}</li>" for k, v in refs)
        + "</ul><table class=d><thead><tr><th>Code article</th><th>Désignation</th><th class=r>Qté commandée</th>"
        "<th class=r>Qté reçue conforme</th><th class=r>Qté avariée</th><th>Observations</th></tr></thead><tbody>"
        f"{rows}</tbody></table><p><b>Réserves :</b> emballages enfoncés à l'arrivée ; photos jointes au dossier. "
        "Les réserves ont été notifiées au transporteur dans les délais.</p><p>Les pièces avariées restent en "
        "magasin à la disposition du fournisseur et de l'assureur.</p>"
        f"<table class=s><tr><td>Magasinier<br>{e(ctx['inspector'])}</td><td>Approvisionnements<br>"
        f"{e(ctx['contact'])}</td><td>Transporteur<br>(réserves notifiées)</td></tr></table>")
    css = ("* { font-weight: normal !important; } "
           ".hd { font-size: 8.5pt; } h2 { font-size: 12pt; text-align: center; margin: 14px 0; border: 2px solid "
           "#333; padding: 6px; } .rf { list-style: none; padding: 0; columns: 2; font-size: 8.5pt; } .rf span { "
           "color: #555; } .d { width: 100%; margin-top: 10px; } .d th, .d td { border: 1px solid #777; padding: "
           "3px; font-size: 8pt; text-align: left; vertical-align: top; } .r { text-align: right !important; } "
           ".nw { white-space: nowrap; } .s { width: 100%; margin-top: 24px; } .s td { width: 33%; height: 55px; "
           "border: 1px solid #999; vertical-align: top; padding: 4px; font-size: 8pt; }")
    return html_page(f"PV de réception {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L164: New Zealand accounting package (MYOB-AccountRight-style) purchase order (HTML -> Chromium): the
# buyer's letterhead with NZBN and GST number, "Purchase Order" right, Supplier and Ship To boxes, a field row
# (Purchase No., Date, Promised Date, Buyer), lines "Item Number | Description | Ordered | Price | Disc% |
# Total | Tax" (tax code per line, no unit), then "Subtotal / Freight / GST / Total Inc. GST" and the terms.

def l164_myob(doc: Doc, st: Style, ctx: dict) -> Rendered:
    rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>{ln.quantity}"
                   f"</td><td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>0%</td><td class=r>"
                   f"{amt(ln.amount, st.num)}</td><td>FRE</td></tr>" for ln in doc.lines)
    fields = [("Purchase No.", e(doc.number)), ("Date", day(doc.date, st.date)),
              ("Promised Date", day(doc.date + dt.timedelta(days=45), st.date)), ("Buyer", e(ctx["contact"]))]
    body = (
        f"<div class=hd><div><div class=co>{e(doc.buyer.name)}</div>{lines_of(doc.buyer.address)}<br>"
        f"{e(ctx['nzbn'])} · {e(ctx['gst'])}</div><div class=ti>Purchase Order</div></div>"
        f"<table class=bx><tr><td><div class=cap>Supplier</div>{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}"
        f"</td><td><div class=cap>Ship To</div>{lines_of(ctx['ship_to'])}</td></tr></table><table class=fl><tr>"
        + "".join(f"<th>{k}</th>" for k, _ in fields) + "</tr><tr>" + "".join(f"<td>{v}</td>" for _, v in fields)
        + "</tr></table><table class=it><thead><tr><th>Item Number</th><th>Description</th><th class=r>Ordered"
        "</th><th class=r>Price</th><th class=r>Disc%</th><th class=r>Total</th><th>Tax</th></tr></thead><tbody>"
        f"{rows}</tbody></table><table class=tt><tr><td>Subtotal</td><td class=r>{amt(doc.subtotal, st.num)}</td></tr>"
        f"<tr><td>Freight</td><td class=r>{amt(Decimal(0), st.num)}</td></tr><tr><td>GST</td><td class=r>"
        f"{amt(Decimal(0), st.num)}</td></tr><tr class=b><td>Total Inc. GST</td><td class=r>{amt(doc.total, st.num)}"
        f"</td></tr></table><p class=tm>All amounts in {e(doc.currency)}. Tax code FRE: GST-free import.<br>"
        f"Terms: {e(doc.payment_terms or '')}<br>Delivery terms: {e(doc.incoterms or '')}<br>Please quote our "
        "purchase number on all correspondence and shipping documents.</p>"
        f"<p>Authorised: {e(ctx['signatory'])}, {e(ctx['buyer_title'])}</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; font-size: 8pt; } .co { font-size: 13pt; } .ti { "
           "font-size: 20pt; color: #6100a5; } .bx { width: 100%; margin-top: 12px; } .bx td { width: 50%; border: "
           "1px solid #bbb; padding: 5px; vertical-align: top; font-size: 8.5pt; } .cap { font-size: 7pt; color: "
           "#6100a5; } .fl { width: 100%; margin-top: 8px; font-size: 8pt; } .fl th { text-align: left; "
           "background: #f1e6f8; padding: 3px; } .fl td { padding: 3px; border-bottom: 1px solid #ddd; } .it { "
           "width: 100%; margin-top: 10px; } .it th { text-align: left; font-size: 7.5pt; border-bottom: 2px solid "
           "#6100a5; padding: 3px; } .it td { padding: 3px; border-bottom: 1px solid #eee; vertical-align: top; } "
           ".r { text-align: right !important; } .nw { white-space: nowrap; } .tt { margin: 8px 0 0 auto; } .tt td "
           "{ padding: 2px 10px; } .tt .b td { border-top: 1px solid #333; } .tm { font-size: 8pt; margin-top: "
           "14px; }")
    return html_page(f"Purchase Order {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L165: Serbian order in German with Serbian captions (docx, sent as is): "NARUDŽBENICA / BESTELLUNG br." and
# the date, buyer and supplier in a two-column table with PIB and MB, the lines "R.br. / Pos. | Naziv robe /
# Bezeichnung (Šifra / Art.-Nr. under it) | J.m. / ME | Količina / Menge | Cena / Preis | Iznos / Betrag",
# the total without a tax amount (import VAT is charged at customs), the terms and "M.P." signature line.

def l165_rs(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    para(d, f"NARUDŽBENICA / BESTELLUNG br. {doc.number}", bold=True, size=13)
    para(d, f"Datum / Datum: {day(doc.date, st.date)}    Mesto / Ort: {ctx['city']}")
    para(d)
    parties = table(d, [["Kupac / Käufer", "Dobavljač / Lieferant"],
                        [f"{doc.buyer.name}\n{doc.buyer.address}\n{ctx['pib']} · {ctx['mb']}",
                         f"{doc.seller.name}\n{doc.seller.address}\nVAT {US_VAT}"]], [3.2, 3.2], size=8.5)
    for row in parties.rows:
        keep_row(row)
    para(d)
    cur = doc.currency or ""
    rows = [["R.br. / Pos.", "Naziv robe / Bezeichnung", "J.m. / ME", "Količina / Menge", f"Cena / Preis {cur}",
             f"Iznos / Betrag {cur}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([f"{i}.", f"{ln.description}\nŠifra / Art.-Nr.: {ln.sku}", ln.unit or "", str(ln.quantity),
                     amt(ln.unit_price, st.num), amt(ln.amount, st.num)])
    t = table(d, rows, [0.6, 3.0, 0.55, 0.75, 0.85, 0.95], size=8)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    tot = table(d, [[f"Ukupno / Gesamtbetrag {cur}", amt(doc.total, st.num)]], [5.75, 0.95], head=False, size=9)
    keep_row(tot.rows[0])
    para(d, "PDV se obračunava pri uvozu / Die Einfuhrumsatzsteuer wird bei der Verzollung erhoben.", size=8,
         italic=True)
    para(d)
    para(d, f"Paritet / Lieferbedingung: {doc.incoterms}", size=9)
    para(d, f"Plaćanje / Zahlung: {doc.payment_terms}", size=9)
    para(d, f"Isporuka na adresu / Lieferadresse: {ctx['ship_to']}", size=9)
    para(d, "Molimo navedite broj narudžbenice na fakturi / Bitte Bestellnummer auf der Rechnung angeben.", size=8)
    para(d)
    para(d, f"Sastavio / Erstellt: {ctx['contact']}          M.P.          Odobrio / Genehmigt: {ctx['signatory']}",
         size=9)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L166: Dominican sugar mill's "Orden de Compra" from its ERP export (xlsx, sent as is): the company name and
# RNC, a block of fields (No. Orden, Fecha, Suplidor, Condición de pago, Incoterm, Moneda, Solicitado por),
# the grid "Cant. | Unidad | Código | Descripción | Precio Unit. | Importe" (quantity first), totals
# "Subtotal / ITBIS (exento) / Total" and the authorisation line.

def l166_do(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], "OC")
    thin = Side(style="thin", color="1F4E79")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEF", (8, 8, 13, 50, 13, 14), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, doc.buyer.name).font = Font(bold=True, size=14, color="1F4E79")
    ws.cell(2, 1, f"{doc.buyer.address} · {ctx['rnc']}")
    ws.cell(4, 1, "ORDEN DE COMPRA").font = Font(bold=True, size=13)
    fields = [("No. Orden:", doc.number), ("Fecha:", day(doc.date, st.date)), ("Suplidor:", doc.seller.name),
              ("Dirección:", doc.seller.address), ("Condición de pago:", doc.payment_terms or ""),
              ("Incoterm:", doc.incoterms or ""), ("Moneda:", doc.currency or ""), ("Solicitado por:", ctx["contact"])]
    for k, (cap, v) in enumerate(fields):
        ws.cell(5 + k, 1, cap).font = bold
        ws.cell(5 + k, 3, v)
    r = 14
    for j, h in enumerate(("Cant.", "Unidad", "Código", "Descripción", "Precio Unit.", "Importe"), start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E79")
        c.border = grid
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((ln.quantity, ln.unit or "", ln.sku, ln.description, float(ln.unit_price),
                               float(ln.amount)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            if j in (5, 6):
                c.number_format = "#,##0.00"
    r += len(doc.lines) + 2
    for k, (cap, v) in enumerate((("Subtotal", doc.subtotal), ("ITBIS (exento)", Decimal(0)),
                                  (f"Total {doc.currency}", doc.total))):
        ws.cell(r + k, 5, cap).font = bold
        c = ws.cell(r + k, 6, float(v))
        c.number_format = "#,##0.00"
    ws.cell(r + 4, 1, f"Entregar en: {ctx['ship_to']}")
    ws.cell(r + 5, 1, "Favor indicar el número de orden en factura, conocimiento de embarque y empaque.")
    ws.cell(r + 7, 1, f"Autorizado por: {ctx['signatory']}, {ctx['buyer_title']}")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L167: Chinese ERP (Kingdee-style) purchase order of a Chinese contractor abroad (HTML -> Chromium): "采购订单
# Purchase Order", a header grid (单据编号, 日期, 供应商, 采购员, 币别, 汇率, 交货方式, 付款条件, 收货地址), the
# lines "序号 | 物料编码 | 物料名称 | 单位 | 数量 | 含税单价 | 税率(%) | 税额 | 价税合计", the totals row and the
# 制单 / 审核 sign-off.

def l167_kd(doc: Doc, st: Style, ctx: dict) -> Rendered:
    rows = "".join(f"<tr><td class=c>{i}</td><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td>"
                   f"<td>{e(ln.unit or '')}</td><td class=r>{ln.quantity}</td><td class=r>{amt(ln.unit_price, st.num)}"
                   f"</td><td class=r>0</td><td class=r>0.00</td><td class=r>{amt(ln.amount, st.num)}</td></tr>"
                   for i, ln in enumerate(doc.lines, start=1))
    grid = [("单据编号", e(doc.number)), ("日期", day(doc.date, st.date)),
            ("供应商", e(doc.seller.name)), ("采购员", e(ctx["contact"])),
            ("币别", e(doc.currency)), ("汇率", "1.0000"),
            ("交货方式", e(doc.incoterms or "")), ("付款条件", e(doc.payment_terms or "")),
            ("收货地址", e(ctx["ship_to"])), ("采购组织", e(ctx["name_zh"]))]
    cells = "".join(f"<tr><th>{k}</th><td>{v}</td><th>{k2}</th><td>{v2}</td></tr>"
                    for (k, v), (k2, v2) in zip(grid[::2], grid[1::2], strict=True))
    body = (
        f"<div class=co>{e(ctx['name_zh'])}<br><span>{e(doc.buyer.name)} · {e(doc.buyer.address)} · "
        f"{e(ctx['pan'])}</span></div><h2>采购订单 Purchase Order</h2><table class=g>{cells}</table>"
        "<table class=it><thead><tr><th>序号</th><th>物料编码</th><th>物料名称</th><th>单位</th><th class=r>数量</th>"
        "<th class=r>含税单价</th><th class=r>税率(%)</th><th class=r>税额</th><th class=r>价税合计</th></tr></thead>"
        f"<tbody>{rows}</tbody><tfoot><tr><td colspan=4>合计 Total</td><td class=r>"
        f"{sum(ln.quantity for ln in doc.lines)}</td><td></td><td></td><td class=r>0.00</td><td class=r>"
        f"{amt(doc.total, st.num)}</td></tr></tfoot></table><table class=tt><tr><td>金额 Amount</td><td class=r>"
        f"{amt(doc.subtotal, st.num)}</td></tr><tr><td>税额 Tax</td><td class=r>0.00</td></tr><tr><td>价税合计 "
        f"Total ({e(doc.currency)})</td><td class=r>{amt(doc.total, st.num)}</td></tr></table>"
        "<p class=sm>备注：请在发票及装箱单上注明本订单号。Please quote this PO number on invoice and packing list.</p>"
        f"<table class=sg><tr><td>制单 Prepared: {e(ctx['contact'])}</td><td>审核 Approved: {e(ctx['signatory'])}"
        "</td><td>打印次数: 1</td></tr></table>")
    css = ("* { font-weight: normal !important; } "
           "body { font-family: 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif; } .co { "
           "font-size: 12pt; } .co span { font-size: 7.5pt; color: #555; } h2 { text-align: center; font-size: 14pt; "
           "margin: 10px 0; } .g { width: 100%; font-size: 8pt; } .g th { background: #eef3fa; border: 1px solid "
           "#9db3d4; padding: 3px; width: 12%; text-align: left; } .g td { border: 1px solid #9db3d4; padding: 3px; "
           "} .it { width: 100%; margin-top: 8px; font-size: 8pt; } .it th { background: #dbe6f5; border: 1px "
           "solid #9db3d4; padding: 3px; } .it td { border: 1px solid #9db3d4; padding: 3px; vertical-align: top; } "
           ".r { text-align: right !important; } .c { text-align: center; } .nw { white-space: nowrap; } .tt { "
           "margin: 8px 0 0 auto; } .tt td { padding: 2px 10px; } .sm { font-size: 7.5pt; margin-top: 10px; } .sg "
           "{ width: 100%; margin-top: 16px; font-size: 8pt; }")
    return html_page(f"采购订单 {doc.number}", css, body)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L158": (l158_fb, "online-invoicing-package (FreshBooks-style) estimate / pro forma / invoice, code over "
                      "description, no unit (HTML)"),
    "L159": (l159_sa, "sales agreement with ten numbered clauses and the goods annex at the end (docx)"),
    "L160": (l160_xl, "warehouse Excel packing list with cases, weights and dimensions (xlsx -> PDF)"),
    "L161": (l161_fbl, "forwarder's negotiable FIATA multimodal transport bill of lading (HTML)"),
    "L162": (l162_mt103, "customer's bank confirmation of a SWIFT MT103 transfer, en/de/fr/es (HTML)"),
    "L163": (l163_pv, "French 'procès-verbal de réception avec réserves', the claim document (HTML)"),
    "L164": (l164_myob, "New Zealand MYOB-style purchase order with tax codes, no unit (HTML)"),
    "L165": (l165_rs, "Serbian order in German, sr/de captions, Šifra under the name, no tax amount (docx)"),
    "L166": (l166_do, "Dominican 'Orden de Compra' with quantity first and ITBIS exento (xlsx)"),
    "L167": (l167_kd, "Chinese-ERP (Kingdee-style) 采购订单 with per-line tax columns (HTML)"),
}

# Layouts that print a tax line of zero: their documents are labelled tax "0.00".
ZERO_TAX = ("L164", "L166", "L167")
NO_UNIT = ("L158", "L164")


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line, except the two without a unit column."""
    return key in LAYOUTS and key not in NO_UNIT
