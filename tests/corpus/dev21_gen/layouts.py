"""Twentieth-holdout document layouts L188-L197, each modelled on a real-world family not used in L1-L187."""
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


def shade_row(row: object) -> None:
    """A shaded header row in regular weight (the form prints no bold)."""
    for cell in row.cells:
        shade(cell, "E7ECF2")


def ref(doc: Doc, key: str) -> str:
    return next((v for k, v in doc.extra if k == key), "")


def words(text: str) -> str:
    """Escaped text whose hyphenated words do not break at the hyphen."""
    return " ".join(f"<span class=nw>{e(w)}</span>" if "-" in w else e(w) for w in text.split(" "))


def lines_of(text: str) -> str:
    return nl(text.replace(", ", "\n"))


# ------------------------------------------------------------------------------------------------
# L188: Online accounting package (Zoho-Books-style) sales documents, ours (HTML -> Chromium): our name and
# address left, the document title large right with "# <number>" under it and "Balance Due" (or "Total") in a
# box, "Bill To" left and a right-aligned field list ("Quote Date / Expiry Date / Reference#" or "Invoice Date /
# Terms / Due Date / P.O.#"), lines "# | Item & Description | Qty | Rate | Amount" with the item code on a
# grey second line under the description (no unit), "Sub Total / Total / Balance Due", "Notes" and
# "Terms & Conditions".

L188_TITLE = {"quotation": "QUOTE", "proforma_invoice": "PROFORMA INVOICE", "commercial_invoice": "INVOICE"}


def l188_books(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kind = doc.doc_type
    cur = e(doc.currency or "")
    total = f"{cur} {amt(doc.total, st.num)}"
    if kind == "quotation":
        fields = [("Quote Date", day(doc.date, st.date)),
                  ("Expiry Date", day(doc.date + dt.timedelta(days=45), st.date))]
    else:
        fields = [("Invoice Date" if kind == "commercial_invoice" else "Proforma Date", day(doc.date, st.date)),
                  ("Terms", e(doc.payment_terms or ""))]
        if kind == "commercial_invoice":
            fields.append(("Due Date", day(doc.date + dt.timedelta(days=ctx.get("due_days", 30)), st.date)))
    if doc.order_number:
        fields.append(("P.O.#", e(doc.order_number)))
    rows = "".join(f"<tr><td class=c>{i}</td><td>{words(ln.description)}<div class=sk>{e(ln.sku)}</div></td>"
                   f"<td class=r>{ln.quantity}</td><td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>"
                   f"{amt(ln.amount, st.num)}</td></tr>" for i, ln in enumerate(doc.lines, start=1))
    summ = [("Sub Total", amt(doc.subtotal, st.num)), ("Total", total)]
    due_cap = "Total" if kind == "quotation" else "Balance Due"
    due_val = total
    if kind == "proforma_invoice" and ctx.get("deposit"):
        share = (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)
        summ.append((f"Advance payable now ({int(ctx['deposit'] * 100)}%)", f"{cur} {amt(share, st.num)}"))
    if kind != "quotation":
        summ.append(("Balance Due", total))
    notes = ("Looking forward to your order. Delivery three to four weeks from order." if kind == "quotation" else
             f"Please quote {e(doc.number)} on your remittance.")
    body = (
        f"<table class=top><tr><td class=us><div class=nm>Northwind Components Ltd.</div>12 Dockside Road<br>"
        f"Southampton SO14 3AB<br>United Kingdom<br>VAT Reg. {US_VAT}<br>{US_EMAIL}</td><td class=kd><div class=ti>"
        f"{L188_TITLE[kind]}</div><div class=no># {e(doc.number)}</div><div class=bd><span>{due_cap}</span><br>"
        f"{due_val}</div></td></tr></table><table class=mid><tr><td class=bt><div class=cap>Bill To</div><b>"
        f"{e(doc.buyer.name)}</b><br>{lines_of(doc.buyer.address)}<br>{e(ctx['buyer_reg'])}</td><td><table class=fl>"
        + "".join(f"<tr><th>{k} :</th><td>{v}</td></tr>" for k, v in fields)
        + "</table></td></tr></table><table class=ln><thead><tr><th class=c>#</th><th>Item &amp; Description</th>"
        f"<th class=r>Qty</th><th class=r>Rate</th><th class=r>Amount</th></tr></thead><tbody>{rows}</tbody></table>"
        "<table class=sum>" + "".join(f"<tr><th>{k}</th><td class=r>{v}</td></tr>" for k, v in summ)
        + f"</table><div class=nt><div class=cap>Notes</div>{notes}<br>Delivery terms: {e(doc.incoterms or '')} "
        f"(Incoterms® 2020)</div><div class=nt><div class=cap>Terms &amp; Conditions</div>Payment: "
        f"{e(doc.payment_terms or '')}. Bank: {US_BANK}, IBAN {US_IBAN}, BIC {US_BIC}. {US_CO}, registered in "
        "England and Wales.</div>")
    css = ("* { font-weight: normal !important; } "
           ".top { width: 100%; } .us { vertical-align: top; font-size: 8.5pt; color: #333; } .nm { font-size: "
           "11pt; } .kd { text-align: right; vertical-align: top; } .ti { font-size: 22pt; letter-spacing: 1px; } "
           ".no { font-size: 9pt; color: #444; } .bd { display: inline-block; margin-top: 6px; font-size: 11pt; "
           "} .bd span { font-size: 7.5pt; color: #666; } .mid { width: 100%; margin-top: 14px; } .bt { width: 55%;"
           " vertical-align: top; font-size: 8.5pt; } .cap { font-size: 7.5pt; color: #777; margin-bottom: 2px; } "
           ".fl { margin-left: auto; font-size: 8.5pt; } .fl th { text-align: right; color: #555; padding: 2px 8px; "
           "} .fl td { text-align: right; padding: 2px 0; } .ln { width: 100%; margin-top: 14px; font-size: 8.5pt; "
           "} .ln th { background: #3c3d3a; color: #fff; padding: 5px 4px; text-align: left; } .ln td { padding: "
           "5px 4px; border-bottom: 1px solid #ddd; vertical-align: top; } .sk { color: #777; font-size: 7.5pt; } "
           ".r { text-align: right !important; } .c { text-align: center; } .nw { white-space: nowrap; } .sum { "
           "margin: 10px 0 0 auto; font-size: 9pt; } .sum th { text-align: right; padding: 3px 14px; } .sum td { "
           "padding: 3px 4px; } .nt { margin-top: 14px; font-size: 8pt; }")
    return html_page(f"{L188_TITLE[kind].title()} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L189: International sale contract on the ICC-model form, ours (docx; signed copies -> LibreOffice PDF):
# "INTERNATIONAL SALE CONTRACT (manufactured goods)", the contract number and date, the parties side by side,
# "SPECIFIC CONDITIONS" as a two-column box table A-1 ... A-12 (goods, price, delivery term, time of delivery,
# payment, documents, retention of title, warranty, limitation, law, arbitration), "ANNEX – GOODS SOLD" (a table
# with "Total contract value") and a two-column signature block.

def l189_icc(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Anna Keller", "Liberation Sans", 9.5)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Inches(0.9)
    para(d, "INTERNATIONAL SALE CONTRACT", size=15, align="center")
    para(d, "(manufactured goods intended for resale or use by the buyer)", size=8.5, align="center")
    para(d, f"Contract no. {doc.number}          Date: {day(doc.date, st.date)}", size=10)
    pt = table(d, [["SELLER", "BUYER"],
                   [f"{doc.seller.name}\n{doc.seller.address}\n{US_CO} · VAT {US_VAT}",
                    f"{doc.buyer.name}\n{doc.buyer.address}\n{ctx['buyer_reg']}"]], [3.2, 3.2], head=False, size=9)
    shade_row(pt.rows[0])
    for row in pt.rows:
        keep_row(row)
    para(d)
    para(d, "SPECIFIC CONDITIONS", size=11)
    if doc.order_number:
        para(d, f"Buyer's purchase order: {doc.order_number}", size=10)
    po = "as ordered under the Buyer's purchase order above" if doc.order_number else "as listed in the Annex"
    boxes = [
        ("A-1  Goods sold", f"Spare parts {po}; quantities and specifications as per the Annex."),
        ("A-2  Contract price", f"{doc.currency} {amt(doc.total, st.num)} (total contract value, see Annex)."),
        ("A-3  Delivery term", f"{doc.incoterms} (Incoterms® 2020)"),
        ("A-4  Time of delivery", ctx["delivery_time"].capitalize() + "."),
        ("A-5  Payment conditions", f"{doc.payment_terms}; to {US_BANK}, IBAN {US_IBAN}, SWIFT {US_BIC}."),
        ("A-6  Documents", "Commercial invoice, packing list, transport document."),
        ("A-7  Retention of title", "The goods remain the property of the Seller until paid in full."),
        ("A-8  Warranty", "Twelve months from delivery; defects to be notified in writing within 14 days."),
        ("A-9  Limitation of liability", "Limited to the contract price."),
        ("A-10 Applicable law", "The law of England and Wales; the CISG does not apply."),
        ("A-11 Dispute resolution", "Arbitration under the ICC Rules, seat London, language English."),
    ]
    bt = table(d, [[k, v] for k, v in boxes], [1.8, 4.6], head=False, size=9)
    for row in bt.rows:
        keep_row(row)
    para(d, "The general conditions of the ICC model international sale contract apply where these specific "
         "conditions are silent.", size=8)
    para(d)
    para(d, "ANNEX – GOODS SOLD", size=11)
    rows = [["Pos.", "Article no.", "Description", "Qty", "Unit", f"Unit price {doc.currency}",
             f"Amount {doc.currency}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["", "", "Total contract value", "", "", "", amt(doc.total, st.num)])
    t = table(d, rows, [0.4, 1.1, 2.5, 0.5, 0.5, 0.9, 0.9], head=False, size=8.5)
    shade_row(t.rows[0])
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    when = day(ctx["signed_on"], st.date)
    cells = []
    for who, name, title in ((doc.seller.name, "Anna Keller", "Export Sales Manager"),
                             (doc.buyer.name, ctx["signatory"], ctx["buyer_title"])):
        if doc.signed:
            cells.append(f"For the {'Seller' if who == doc.seller.name else 'Buyer'}: {who}\n/s/ {name}\n{title}\n"
                         f"Place and date: {ctx['city'] if who == doc.buyer.name else 'Southampton'}, {when}")
        else:
            cells.append(f"For the {'Seller' if who == doc.seller.name else 'Buyer'}: {who}\n\nSignature: "
                         "__________________________\nName and title: ____________________\nPlace and date: "
                         "____________________")
    sg = table(d, [cells], [3.2, 3.2], head=False, size=9)
    keep_row(sg.rows[0])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L190: Mid-market ERP (Sage-200-style) despatch paperwork printed as a packing list (HTML -> Chromium): our
# letterhead left, "PACKING LIST" right with a grey field box (Document No., Date, Account Ref., Customer
# Order No., Invoice No.), "Deliver To" and "Invoice To" boxes, a transport line (Incoterms, carrier,
# container or consignment), lines "Stock Code | Description | Qty Ordered | Qty Despatched | Unit | Pkg",
# then a packages-and-weights box and "Received in good condition" with a signature field.

def l190_sage(doc: Doc, st: Style, ctx: dict) -> Rendered:
    rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>{ln.quantity}"
                   f"</td><td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=c>{e(case)}</td></tr>"
                   for ln, case, _n, _g, _d in ctx["rows"])
    fields = [("Document No.", f"<b>{e(doc.number)}</b>"), ("Date", day(doc.date, st.date)),
              ("Account Ref.", "EXP" + e(ctx["city"][:3].upper()) + "01"),
              ("Customer Order No.", e(doc.order_number or "")),
              ("Invoice No.", e(ref(doc, "invoice_ref") or "to follow"))]
    body = (
        f"<table class=top><tr><td class=us><div class=nm>{e(doc.seller.name)}</div>{lines_of(doc.seller.address)}"
        f"<br>EORI {US_EORI}</td><td class=rt><div class=ti>PACKING LIST</div><table class=fl>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in fields)
        + f"</table></td></tr></table><table class=ad><tr><td><div class=cap>Deliver To</div>"
        f"{lines_of(ctx['ship_to'])}</td><td><div class=cap>Invoice To</div>{e(doc.buyer.name)}<br>"
        f"{lines_of(doc.buyer.address)}</td></tr></table><p class=tr>Delivery terms {e(doc.incoterms or '')} · "
        f"Carrier {e(ctx['carrier'])} · {e(ctx['track_caption'])} {e(', '.join(doc.tracking_numbers))}</p>"
        "<table class=ln><thead><tr><th>Stock Code</th><th>Description</th><th class=r>Qty Ordered</th><th "
        f"class=r>Qty Despatched</th><th>Unit</th><th class=c>Pkg</th></tr></thead><tbody>{rows}</tbody></table>"
        f"<table class=wt><tr><td>No. of packages: {ctx['cases']}</td><td>Net weight: {ctx['net']} kg</td><td>"
        f"Gross weight: {ctx['gross']} kg</td></tr></table><p class=sg>Received in good condition: "
        "______________________ &nbsp; Name: ______________ &nbsp; Date: __________</p>")
    css = ("* { font-weight: normal !important; } "
           ".top { width: 100%; } .us { vertical-align: top; font-size: 8.5pt; } .nm { font-size: 12pt; } .rt { "
           "text-align: right; vertical-align: top; } .ti { font-size: 17pt; } .fl { margin: 4px 0 0 auto; "
           "background: #eee; font-size: 8pt; } .fl th { text-align: left; padding: 2px 8px; color: #444; } .fl td "
           "{ padding: 2px 8px; text-align: left; } .ad { width: 100%; margin-top: 10px; } .ad td { width: 50%; "
           "border: 1px solid #777; padding: 5px; font-size: 8.5pt; vertical-align: top; } .cap { font-size: 7pt; "
           "color: #555; } .tr { font-size: 8pt; margin: 8px 0; } .ln { width: 100%; font-size: 8.5pt; } .ln th { "
           "border-top: 1px solid #000; border-bottom: 1px solid #000; text-align: left; padding: 3px; } .ln td { "
           "padding: 3px; vertical-align: top; } .r { text-align: right !important; } .c { text-align: center; } "
           ".nw { white-space: nowrap; } .wt { width: 100%; margin-top: 12px; border: 1px solid #777; font-size: "
           "8.5pt; } .wt td { padding: 4px; } .sg { margin-top: 20px; font-size: 8pt; }")
    return html_page(f"Packing list {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L191: Liner carrier's web-issued SEA WAYBILL (HTML -> Chromium) in a numbered-box grid: (1) Shipper,
# (2) Consignee, (3) Notify, (4) SWB No. / Booking No. / Shipper's reference, (5) pre-carriage, (6) vessel and
# voyage, (7) port of loading, (8) port of discharge, (9) place of delivery, the particulars table "Marks and
# numbers / container and seals | Number and kind of packages; description of goods | Gross weight kg |
# Measurement m3", freight terms, "Shipped on board date" and "Place and date of issue".

def l191_waybill(doc: Doc, st: Style, ctx: dict) -> Rendered:
    issued = day(doc.date, st.date)
    cont = "<br>".join(f"{e(c)}<br>SEAL {e(s)}" for c, s in zip(doc.tracking_numbers, ctx["seals"], strict=True))

    def box(n: int, cap: str, val: str, span: int = 1) -> str:
        return f"<td colspan={span}><div class=cap>({n}) {cap}</div>{val}</td>"

    body = (
        f"<div class=hd><div>{e(ctx['carrier_name'])}</div><div class=ti>SEA WAYBILL</div></div>"
        "<table class=g><tr>"
        + box(1, "Shipper", f"{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}", 2)
        + box(4, "SWB No.", f"<b>{e(doc.number)}</b><br><span class=cap>Booking No.</span> {e(ctx['booking'])}"
              f"<br><span class=cap>Shipper's reference</span> Order {e(doc.order_number or '')}", 2)
        + "</tr><tr>" + box(2, "Consignee", f"{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}", 2)
        + box(3, "Notify address", e(ctx["notify"]), 2) + "</tr><tr>"
        + box(5, "Place of receipt", "SOUTHAMPTON CY") + box(6, "Vessel / voyage", e(ctx["vessel"]))
        + box(7, "Port of loading", "SOUTHAMPTON, UK") + box(8, "Port of discharge", e(ctx["pod"])) + "</tr><tr>"
        + box(9, "Place of delivery", e(ctx["delivery"]), 2) + box(10, "Freight", f"FREIGHT {ctx['freight']}", 2)
        + "</tr></table><table class=t><thead><tr><th>Marks and numbers / container and seals</th><th>Number and "
        "kind of packages; description of goods</th><th class=r>Gross weight kg</th><th class=r>Measurement m3"
        f"</th></tr></thead><tbody><tr><td>{cont}</td><td>{e(ctx['packages'])} STC<br>{e(ctx['goods'])}<br>HS CODE "
        f"{e(ctx['hs'])}<br>SHIPPER'S LOAD, STOW AND COUNT</td><td class=r>{ctx['gross']}</td><td class=r>"
        f"{ctx['cbm']}</td></tr></tbody></table><table class=g><tr><td><div class=cap>Shipped on board date</div>"
        f"{issued}</td><td><div class=cap>Place and date of issue</div>SOUTHAMPTON {issued}</td><td><div class=cap>"
        "Number of original waybills</div>ZERO (0)</td></tr></table><p class=sm>This sea waybill is not a document "
        "of title. The goods will be delivered to the consignee named above, or its authorised agent, without "
        "production of this document. Subject to the carrier's terms and conditions in force on the date of "
        "issue.</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; align-items: baseline; font-size: 14pt; color: "
           "#e05206; border-bottom: 2px solid #e05206; padding-bottom: 3px; } .ti { color: #000; font-size: 15pt; }"
           " .g { width: 100%; margin-top: 4px; table-layout: fixed; } .g td { border: 1px solid #888; padding: "
           "4px; font-size: 8pt; vertical-align: top; } .cap { font-size: 6.5pt; color: #666; } .t { width: 100%; "
           "margin-top: 6px; font-size: 8pt; } .t th { text-align: left; border: 1px solid #888; padding: 3px; "
           "font-size: 7pt; background: #f3f3f3; } .t td { border: 1px solid #888; padding: 4px; vertical-align: "
           "top; } .r { text-align: right !important; } .sm { font-size: 6.5pt; color: #444; margin-top: 8px; }")
    return html_page(f"Sea waybill {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L192: The customer's online-banking confirmation of an outgoing SWIFT transfer, in the customer's language
# (HTML -> Chromium): the bank's name bar, the localised title, a summary table (transfer reference, value date,
# amount and currency, ordering customer, beneficiary, beneficiary bank, charges, payment details naming the
# invoice and the order), then the "MT103" message block with its field tags (:20:, :23B:, :32A:, :50K:,
# :59:, :70:, :71A:) as the bank's system prints it.

L192 = {
    "en": ("PAYMENT CONFIRMATION", "Transfer reference", "Value date", "Amount", "Ordering customer",
           "Beneficiary", "Beneficiary bank", "Charges", "All charges paid by the ordering customer (OUR)",
           "Payment details", "Status", "Executed", "SWIFT message details",
           "This confirmation was produced by {bank} online banking and is valid without signature."),
    "de": ("ZAHLUNGSBESTÄTIGUNG", "Auftragsreferenz", "Valutadatum", "Betrag", "Auftraggeber", "Begünstigter",
           "Bank des Begünstigten", "Entgelte", "Alle Entgelte zulasten des Auftraggebers (OUR)",
           "Verwendungszweck", "Status", "Ausgeführt", "SWIFT-Nachricht",
           "Diese Bestätigung wurde im Online-Banking der {bank} erstellt und ist ohne Unterschrift gültig."),
    "fr": ("CONFIRMATION DE VIREMENT", "Référence du virement", "Date de valeur", "Montant", "Donneur d'ordre",
           "Bénéficiaire", "Banque du bénéficiaire", "Frais", "Tous les frais à la charge du donneur d'ordre "
           "(OUR)", "Motif du paiement", "Statut", "Exécuté", "Détail du message SWIFT",
           "Cette confirmation a été produite par les services en ligne de {bank} et est valide sans signature."),
    "es": ("CONFIRMACIÓN DE TRANSFERENCIA", "Referencia de la transferencia", "Fecha valor", "Importe",
           "Ordenante", "Beneficiario", "Banco del beneficiario", "Comisiones", "Todas las comisiones a cargo del "
           "ordenante (OUR)", "Concepto", "Estado", "Ejecutada", "Detalle del mensaje SWIFT",
           "Esta confirmación fue generada por la banca en línea de {bank} y es válida sin firma."),
}


def account(iban: str) -> str:
    """The payer's account as field 50K prints it: an IBAN without spaces, else the account number."""
    return iban.replace(" ", "") if iban[:2].isalpha() and iban[2:4].isdigit() else iban.split()[-1]


def l192_swift(doc: Doc, st: Style, ctx: dict) -> Rendered:
    (title, c_ref, c_val, c_amt, c_ord, c_ben, c_bbank, c_chg, chg, c_det, c_st, done, c_msg,
     note) = L192[st.lang]
    paid = amt(doc.total, st.num)
    inv = ref(doc, "invoice_ref")
    details = f"{inv} / PO {doc.order_number or ''}" + (f" / {ctx['remark']}" if ctx.get("remark") else "")
    summary = [(c_ref, f"<b>{e(doc.number)}</b>"), (c_val, day(doc.date, st.date)),
               (c_amt, f"{e(doc.currency)} {paid}"), (c_ord, f"{e(doc.buyer.name)}<br>{e(doc.buyer.address)}"),
               (c_ben, f"{e(doc.seller.name)}<br>{e(doc.seller.address)}<br>IBAN {US_IBAN}"),
               (c_bbank, f"{US_BANK}, SWIFT {US_BIC}"), (c_chg, chg), (c_det, e(details)), (c_st, done)]
    raw = f"{doc.total:.2f}".replace(".", ",")
    mt = "\n".join([
        f":20:{doc.number}", ":23B:CRED", f":32A:{doc.date.strftime('%y%m%d')}{doc.currency}{raw}",
        f":50K:/{account(ctx['iban'])}", f"{doc.buyer.name.upper()[:35]}", f":57A:{US_BIC}", f":59:/{US_IBAN.replace(' ', '')}",
        f"{doc.seller.name.upper()[:35]}", f":70:{details[:35]}", ":71A:OUR"])
    body = (
        f"<div class=bk>{e(ctx['bank'])} · {e(ctx['bic'])}</div><h2>{title}</h2><table class=s>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in summary)
        + f"</table><h3>{c_msg} (MT103)</h3><pre>{e(mt)}</pre><p class=nt>{e(note.format(bank=ctx['bank']))}</p>")
    css = ("* { font-weight: normal !important; } "
           ".bk { background: #00466e; color: #fff; padding: 6px 10px; font-size: 10pt; } h2 { font-size: 14pt; "
           "margin: 14px 0 8px; } .s { width: 100%; font-size: 8.5pt; } .s th { width: 32%; text-align: left; "
           "color: #555; padding: 4px 6px; border-bottom: 1px solid #ddd; vertical-align: top; } .s td { padding: "
           "4px 6px; border-bottom: 1px solid #ddd; } h3 { font-size: 9.5pt; margin: 16px 0 4px; color: #00466e; } "
           "pre { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; background: #f4f6f8; padding: 6px; } "
           ".nt { font-size: 7.5pt; color: #555; margin-top: 12px; }")
    return html_page(title, css, body)


# ------------------------------------------------------------------------------------------------
# L193: Third-party inspection company's INSPECTION CERTIFICATE on received goods, the claim document (HTML ->
# Chromium): the inspector's letterhead with its accreditation, "INSPECTION CERTIFICATE" and "Certificate
# No.", a two-column particulars grid (applicant, supplier, order, complaint reference, date of delivery, date
# and place of inspection), "Scope of inspection", the results table "Pos. | Code | Description | Delivered |
# Checked | Non-conforming | Remarks", an overall "Result: NOT CONFORMING" box and the inspector's stamp line.

def l193_inspection(doc: Doc, st: Style, ctx: dict) -> Rendered:
    grid = [("Applicant", e(doc.buyer.name)), ("Supplier", e(doc.seller.name)),
            ("Purchase order", e(doc.order_number or "")), ("Complaint reference", e(ref(doc, "claim_ref"))),
            ("Date of delivery", day(ctx["received"], st.date)), ("Date of inspection", day(doc.date, st.date)),
            ("Place of inspection", e(ctx["ship_to"]))]
    cells = "".join("<tr>" + "".join(f"<th>{k}</th><td>{v}</td>" for k, v in grid[i:i + 2]) + "</tr>"
                    for i in range(0, len(grid), 2))
    rows = "".join(f"<tr><td class=c>{i}</td><td class=nw>{e(sku)}</td><td>{e(desc)}</td><td class=r>{q}</td>"
                   f"<td class=r>{smp}</td><td class=r>{bad}</td><td>{e(why)}</td></tr>"
                   for i, (sku, desc, q, smp, bad, why) in enumerate(ctx["findings"], start=1))
    body = (
        f"<div class=lh><div class=co>{e(ctx['inspector'].split(', ')[1])}</div><div>Via Camozzi 41, 24121 Bergamo "
        "(BG), Italy · Inspection body accredited to ISO/IEC 17020</div></div><h2>INSPECTION CERTIFICATE</h2>"
        f"<p class=no>Certificate No. <b>{e(doc.number)}</b></p><table class=g>{cells}</table><h3>Scope of "
        "inspection</h3><p>Visual and dimensional inspection of the spare parts delivered under the above order, "
        "carried out at the applicant's request in the presence of its warehouse staff. The parts were checked "
        "piece by piece in their original packing.</p><h3>Results</h3><table class=d><thead><tr><th>Pos.</th><th>"
        "Code</th><th>Description</th><th class=r>Delivered</th><th class=r>Checked</th><th class=r>"
        f"Non-conforming</th><th>Remarks</th></tr></thead><tbody>{rows}</tbody></table><div class=res>Result: "
        "NOT CONFORMING – the non-conforming pieces listed above are not fit for installation. The inner packing "
        "of the affected boxes was insufficient to prevent movement in transit.</div><p class=sg>The inspector: "
        f"{e(ctx['inspector'].split(', ')[0])}<br>This certificate reflects the findings at the time and place of "
        "inspection only.</p>")
    css = ("* { font-weight: normal !important; } "
           ".lh { border-bottom: 2px solid #6a1b9a; padding-bottom: 4px; font-size: 7.5pt; color: #555; } .co { "
           "font-size: 12pt; color: #6a1b9a; } h2 { text-align: center; font-size: 15pt; margin: 14px 0 2px; } "
           ".no { text-align: center; margin: 0 0 10px; } .g { width: 100%; font-size: 8pt; } .g th { text-align: "
           "left; background: #f1e8f6; border: 1px solid #b9a3c9; padding: 3px; width: 17%; } .g td { border: 1px "
           "solid #b9a3c9; padding: 3px; } h3 { font-size: 10pt; margin: 12px 0 4px; } .d { width: 100%; "
           "font-size: 8pt; } .d th, .d td { border: 1px solid #b9a3c9; padding: 3px; text-align: left; "
           "vertical-align: top; } .r { text-align: right !important; } .c { text-align: center; } .nw { "
           "white-space: nowrap; } .res { margin-top: 10px; border: 2px solid #6a1b9a; padding: 6px; font-size: "
           "8.5pt; } .sg { margin-top: 20px; font-size: 8.5pt; }")
    return html_page(f"Inspection certificate {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L194: Gulf industrial company's purchase order from an Oracle-E-Business-Suite-style ERP (HTML ->
# Chromium): the buyer's name and address top left, a boxed "PURCHASE ORDER" header right (Order, Revision,
# Creation date, Page), "Vendor" and "Ship To / Bill To" blocks, a terms strip (Payment terms, Freight terms,
# Currency, Buyer), lines "Line | Part Number / Description | Delivery Date | Quantity | UOM | Unit Price |
# Amount" with the description under the part number, "Total" and the approval note.

def l194_ebs(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cur = e(doc.currency or "")
    need = day(doc.date + dt.timedelta(days=35), st.date)
    rows = "".join(f"<tr><td class=c>{i}</td><td><span class=nw>{e(ln.sku)}</span><br>{words(ln.description)}</td>"
                   f"<td>{need}</td><td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=r>"
                   f"{amt(ln.unit_price, st.num)}</td><td class=r>{amt(ln.amount, st.num)}</td></tr>"
                   for i, ln in enumerate(doc.lines, start=1))
    hdr = [("Order", f"<b>{e(doc.number)}</b>"), ("Revision", "0"), ("Creation date", day(doc.date, st.date)),
           ("Page", "1")]
    terms = [("Payment terms", e(doc.payment_terms or "")), ("Freight terms", e(doc.incoterms or "")),
             ("Currency", cur), ("Buyer", e(ctx["contact"]))]
    body = (
        f"<table class=top><tr><td class=co><div class=nm>{e(doc.buyer.name)}</div>{lines_of(doc.buyer.address)}"
        f"<br>{e(ctx['cr'])}</td><td class=bx><div class=ti>PURCHASE ORDER</div><table class=h>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in hdr)
        + f"</table></td></tr></table><table class=pt><tr><td><div class=cap>Vendor</div>{e(doc.seller.name)}<br>"
        f"{lines_of(doc.seller.address)}</td><td><div class=cap>Ship To</div>{lines_of(ctx['ship_to'])}<div "
        f"class=cap>Bill To</div>Accounts Payable, {e(doc.buyer.name)}</td></tr></table><table class=tm><tr>"
        + "".join(f"<td><div class=cap>{k}</div>{v}</td>" for k, v in terms)
        + "</tr></table><table class=ln><thead><tr><th>Line</th><th>Part Number / Description</th><th>Delivery "
        "Date</th><th class=r>Quantity</th><th>UOM</th><th class=r>Unit Price</th><th class=r>Amount</th></tr>"
        f"</thead><tbody>{rows}</tbody></table><p class=tt>Total {cur} {amt(doc.total, st.num)}</p><p class=sm>"
        f"Approved electronically by {e(ctx['signatory'])}, {e(ctx['buyer_title'])}. Quote the order number on "
        "all invoices, packing lists and transport documents.</p>")
    css = ("* { font-weight: normal !important; } "
           ".top { width: 100%; } .co { vertical-align: top; font-size: 8.5pt; } .nm { font-size: 12pt; } .bx { "
           "width: 40%; border: 1px solid #000; vertical-align: top; padding: 4px; } .ti { font-size: 13pt; "
           "text-align: center; border-bottom: 1px solid #000; padding-bottom: 3px; } .h { width: 100%; font-size: "
           "8.5pt; } .h th { text-align: left; padding: 2px; } .h td { padding: 2px; } .pt { width: 100%; "
           "margin-top: 8px; } .pt td { width: 50%; border: 1px solid #000; padding: 4px; font-size: 8.5pt; "
           "vertical-align: top; } .cap { font-size: 7pt; color: #444; margin-top: 2px; } .tm { width: 100%; "
           "margin-top: 4px; } .tm td { border: 1px solid #000; padding: 3px; font-size: 8pt; vertical-align: top;"
           " } .ln { width: 100%; margin-top: 8px; font-size: 8.5pt; } .ln th { text-align: left; border: 1px solid "
           "#000; padding: 3px; background: #eee; } .ln td { border: 1px solid #000; padding: 3px; vertical-align: "
           "top; } .r { text-align: right !important; } .c { text-align: center; } .nw { white-space: nowrap; } "
           ".tt { text-align: right; font-size: 10pt; margin-top: 6px; } .sm { font-size: 7.5pt; margin-top: "
           "12px; }")
    return html_page(f"Purchase Order {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L195: Polish dairy's "Zamówienie" written in German on its bilingual Word template (docx, sent as is): the
# buyer's name with NIP / REGON left and "ZAMÓWIENIE / BESTELLUNG nr ..." with "Łomża, den <date>" right,
# "Zamawiający / Besteller" and "Dostawca / Lieferant" side by side, the goods table "Lp. | Indeks | Nazwa
# towaru / Warenbezeichnung | Ilość / Menge | J.m. / ME | Cena netto / Nettopreis | Wartość netto / Nettowert",
# "Razem netto / Summe netto", a conditions table and the "Sporządził / Erstellt" – "Zatwierdził / Genehmigt"
# signature fields.

def l195_zamowienie(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Arial", 9.5)
    cur = doc.currency or ""
    hd = table(d, [[f"{doc.buyer.name}\n{ctx['nip']}",
                    f"ZAMÓWIENIE / BESTELLUNG\nnr {doc.number}\n{ctx['city']}, den {day(doc.date, st.date)}"]],
               [3.4, 3.0], head=False, size=10)
    keep_row(hd.rows[0])
    para(d)
    pt = table(d, [["Zamawiający / Besteller", "Dostawca / Lieferant"],
                   [f"{doc.buyer.name}\n{doc.buyer.address}", f"{doc.seller.name}\n{doc.seller.address}\n"
                    f"VAT {US_VAT}"]], [3.2, 3.2], size=9)
    for row in pt.rows:
        keep_row(row)
    para(d)
    para(d, "Wir bestellen zu den nachstehenden Bedingungen:", size=9.5)
    rows = [["Lp.", "Indeks", "Nazwa towaru / Warenbezeichnung", "Ilość / Menge", "J.m. / ME",
             f"Cena netto / Nettopreis {cur}", f"Wartość netto / Nettowert {cur}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([f"{i}.", ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["", "", "Razem netto / Summe netto", "", "", "", amt(doc.total, st.num)])
    t = table(d, rows, [0.4, 0.8, 2.5, 0.6, 0.5, 0.8, 0.9], size=8.5)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    cond = [["Lieferbedingung (Incoterms® 2020)", doc.incoterms or ""], ["Zahlungsbedingung", doc.payment_terms or ""],
            ["Währung", cur], ["Lieferadresse", ctx["ship_to"]], ["Ansprechpartner", ctx["contact"]]]
    ct = table(d, cond, [2.2, 4.2], head=False, size=9)
    for row in ct.rows:
        keep_row(row)
    para(d, "Bitte bestätigen Sie die Bestellung innerhalb von 3 Tagen und geben Sie die Bestellnummer auf allen "
         "Dokumenten an.", size=8, italic=True)
    para(d)
    sg = table(d, [[f"Sporządził / Erstellt: {ctx['contact']}",
                    f"Zatwierdził / Genehmigt: {ctx['signatory']}, {ctx['buyer_title']}"]], [3.2, 3.2],
               head=False, size=9)
    keep_row(sg.rows[0])
    para(d, f"{ctx['bank']} · IBAN {ctx['iban']} · BIC {ctx['bic']}", size=7.5)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L196: Salvadoran free-zone garment maker's "Orden de Compra" from its accounting system's Excel export (xlsx,
# sent as is): company, NIT and NRC top left, "ORDEN DE COMPRA" with "N°" and "Fecha" top right, a "Datos del
# proveedor" block, lines "Ítem | Código | Descripción del bien | Unidad | Cantidad | Precio unitario | Sub
# total", then "Sumas / IVA (exento, Zona Franca) / Total a pagar", the conditions and the signatures.

def l196_sv(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], "Orden")
    thin = Side(style="thin", color="666666")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEFG", (6, 16, 46, 8, 10, 15, 15), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, doc.buyer.name).font = Font(bold=True, size=12)
    ws.cell(2, 1, doc.buyer.address)
    ws.cell(3, 1, ctx["nit"])
    c = ws.cell(1, 6, "ORDEN DE COMPRA")
    c.font = Font(bold=True, size=14, color="8B0000")
    ws.cell(2, 6, "N°").font = bold
    ws.cell(2, 7, doc.number)
    ws.cell(3, 6, "Fecha").font = bold
    ws.cell(3, 7, day(doc.date, st.date))
    ws.cell(5, 1, "Datos del proveedor").font = Font(bold=True, color="8B0000")
    for k, (a, b) in enumerate((("Nombre:", doc.seller.name), ("Dirección:", doc.seller.address),
                                ("Atención:", "Anna Keller, anna.keller@example.com"))):
        ws.cell(6 + k, 1, a).font = bold
        ws.cell(6 + k, 3, b)
    r = 10
    for j, h in enumerate(("Ítem", "Código", "Descripción del bien", "Unidad", "Cantidad", "Precio unitario",
                           "Sub total"), start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="F2DCDB")
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
    for k, (cap, v) in enumerate((("Sumas", doc.subtotal), ("IVA (exento, Zona Franca)", Decimal(0)),
                                  (f"Total a pagar {doc.currency}", doc.total))):
        ws.cell(r + k, 5, cap).font = bold
        c = ws.cell(r + k, 7, float(v))
        c.number_format = "#,##0.00"
    cond = (("Forma de pago:", doc.payment_terms or ""), ("Incoterm:", doc.incoterms or ""),
            ("Moneda:", doc.currency or ""), ("Lugar de entrega:", ctx["ship_to"]))
    for k, (a, b) in enumerate(cond):
        ws.cell(r + 4 + k, 1, a).font = bold
        ws.cell(r + 4 + k, 3, b)
    ws.cell(r + 9, 1, f"Solicitado por: {ctx['contact']}")
    ws.cell(r + 9, 5, f"Autorizado por: {ctx['signatory']}, {ctx['buyer_title']}")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L197: Taiwanese manufacturer's 採購單 from a Workflow-ERP-style system in Traditional Chinese with English
# captions (HTML -> Chromium): company names zh/en centred with 統一編號, "採 購 單 PURCHASE ORDER", a header grid
# of two pairs per row (採購單號, 採購日期, 幣別, 交易條件, 採購人員, 頁次) and full-width rows (廠商名稱, 付款條件, 交貨地點), lines "序號 |
# 品號 | 品名規格 | 單位 | 採購數量 | 單價 | 金額 | 預交日" (unit before quantity), 合計, 備註 and the 核准 / 審核 /
# 經辦 boxes.

def l197_workflow(doc: Doc, st: Style, ctx: dict) -> Rendered:
    due = doc.date + dt.timedelta(days=49)
    rows = "".join(f"<tr><td class=c>{i:04d}</td><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td>"
                   f"<td>{e(ln.unit or '')}</td><td class=r>{ln.quantity}</td><td class=r>{amt(ln.unit_price, st.num)}"
                   f"</td><td class=r>{amt(ln.amount, st.num)}</td><td>{day(due, st.date)}</td></tr>"
                   for i, ln in enumerate(doc.lines, start=1))
    fields = [("採購單號 P/O No.", e(doc.number)), ("採購日期 Date", day(doc.date, st.date)),
              ("幣別 Currency", e(doc.currency)), ("交易條件 Trade term", e(doc.incoterms or "")),
              ("採購人員 Buyer", e(ctx["contact"])), ("頁次 Page", "1/1")]
    wide = [("廠商名稱 Supplier", e(doc.seller.name)), ("付款條件 Payment", e(doc.payment_terms or "")),
            ("交貨地點 Deliver to", e(ctx["ship_to"]))]
    cells = "".join("<tr>" + "".join(f"<th>{k}</th><td>{v}</td>" for k, v in fields[i:i + 2]) + "</tr>"
                    for i in range(0, len(fields), 2))
    cells += "".join(f"<tr><th>{k}</th><td colspan=3>{v}</td></tr>" for k, v in wide)
    body = (
        f"<div class=co><span class=zh>{e(ctx['name_zh'])}</span><br>{e(doc.buyer.name)}<br><span class=ad>"
        f"{e(doc.buyer.address)} · {e(ctx['ubn'])}</span></div><h2>採 購 單 &nbsp;PURCHASE ORDER</h2>"
        f"<table class=g>{cells}</table><table class=it><thead><tr><th>序號</th><th>品號</th><th>品名規格</th>"
        "<th>單位</th><th class=r>採購數量</th><th class=r>單價</th><th class=r>金額</th><th>預交日</th></tr></thead>"
        f"<tbody>{rows}</tbody><tfoot><tr><td colspan=6 class=r>合計 Total ({e(doc.currency)})</td><td class=r>"
        f"{amt(doc.total, st.num)}</td><td></td></tr></tfoot></table><p class=sm>備註 Remarks：1. 請於出貨文件上註明"
        "本採購單號。 2. 進口貨物，不含營業稅。</p><table class=sg><tr><td>核准<br>"
        f"{e(ctx['signatory'])}</td><td>審核<br>&nbsp;</td><td>經辦<br>{e(ctx['contact'])}</td></tr></table>")
    css = ("* { font-weight: normal !important; } "
           "body { font-family: 'DejaVu Sans', 'Noto Sans CJK TC', 'Noto Sans CJK SC', sans-serif; } .co { "
           "text-align: center; font-size: 10pt; } .zh { font-size: 13pt; } .ad { font-size: 7.5pt; color: #555; }"
           " h2 { text-align: center; font-size: 14pt; margin: 8px 0; letter-spacing: 2px; } .g { width: 100%; "
           "font-size: 8pt; } .g th { text-align: left; background: #fdf1dc; border: 1px solid #c8a96a; padding: "
           "3px; width: 16%; } .g td { border: 1px solid #c8a96a; padding: 3px; } .it { width: 100%; margin-top: "
           "8px; font-size: 8pt; } .it th { background: #f6deb0; border: 1px solid #c8a96a; padding: 3px; } .it td "
           "{ border: 1px solid #c8a96a; padding: 3px; vertical-align: top; } .it tfoot td { background: #fdf1dc; } "
           ".r { text-align: right !important; } .c { text-align: center; } .nw { white-space: nowrap; } .sm { "
           "font-size: 7.5pt; margin-top: 8px; } .sg { width: 60%; margin: 16px 0 0 auto; font-size: 8pt; "
           "text-align: center; } .sg td { border: 1px solid #c8a96a; padding: 4px 10px; height: 34px; "
           "vertical-align: top; }")
    return html_page(f"採購單 {doc.number}", css, body)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L188": (l188_books, "online accounting package (Zoho-Books-style) quote / proforma / invoice, item code under "
                         "the description, no unit (HTML)"),
    "L189": (l189_icc, "ICC-model international sale contract, specific conditions A-1..A-11, goods annex (docx)"),
    "L190": (l190_sage, "mid-market ERP (Sage-200-style) packing list, qty ordered and despatched, no prices (HTML)"),
    "L191": (l191_waybill, "liner carrier's web-issued sea waybill in numbered boxes (HTML)"),
    "L192": (l192_swift, "customer's online-banking SWIFT MT103 payment confirmation, en/de/fr/es (HTML)"),
    "L193": (l193_inspection, "third-party inspection certificate on received goods, the claim document (HTML)"),
    "L194": (l194_ebs, "Oracle-EBS-style purchase order, description under the part number (HTML)"),
    "L195": (l195_zamowienie, "Polish 'Zamówienie / Bestellung' bilingual pl/de Word form (docx)"),
    "L196": (l196_sv, "Salvadoran free-zone 'Orden de Compra' Excel export with IVA exento 0.00 (xlsx)"),
    "L197": (l197_workflow, "Taiwanese Workflow-ERP-style 採購單 in Traditional Chinese, unit before quantity (HTML)"),
}

# Layouts that print a tax line of zero: their documents are labelled tax "0.00".
ZERO_TAX = ("L196",)
NO_UNIT = ("L188",)


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line, except the one without a unit column."""
    return key in LAYOUTS and key not in NO_UNIT
