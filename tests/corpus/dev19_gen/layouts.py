"""Eighteenth-holdout document layouts L168-L177, each modelled on a real-world family not used in L1-L167."""
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


def ref(doc: Doc, key: str) -> str:
    return next((v for k, v in doc.extra if k == key), "")


def words(text: str) -> str:
    """Escaped text whose hyphenated words do not break at the hyphen."""
    return " ".join(f"<span class=nw>{e(w)}</span>" if "-" in w else e(w) for w in text.split(" "))


def lines_of(text: str) -> str:
    return nl(text.replace(", ", "\n"))


# ------------------------------------------------------------------------------------------------
# L168: Small-business accounting web app (Wave-style) sales documents, ours (HTML -> Chromium): the kind in
# large letters top right over our name, a grey band with "Bill to" left and a stacked field list right
# (<kind> Number, P.O./S.O. Number, <kind> Date, Payment Due / Expires On, Amount Due), lines "Items | Quantity
# | Price | Amount" with the description in small type under the item code (no unit), totals right and
# "Notes / Terms" at the foot.

L168_TITLE = {"quotation": "ESTIMATE", "proforma_invoice": "PROFORMA INVOICE", "commercial_invoice": "INVOICE"}
L168_KIND = {"quotation": "Estimate", "proforma_invoice": "Proforma", "commercial_invoice": "Invoice"}


def l168_wave(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kind = doc.doc_type
    title, word = L168_TITLE[kind], L168_KIND[kind]
    cur = doc.currency or ""
    fields = [(f"{word} Number:", e(doc.number))]
    if doc.order_number:
        fields.append(("P.O./S.O. Number:", e(doc.order_number)))
    fields.append((f"{word} Date:", day(doc.date, st.date)))
    if kind == "quotation":
        fields.append(("Expires On:", day(doc.date + dt.timedelta(days=30), st.date)))
    elif kind == "commercial_invoice":
        fields.append(("Payment Due:", day(doc.date + dt.timedelta(days=ctx.get("due_days", 30)), st.date)))
    due_cap = "Grand Total" if kind == "quotation" else "Amount Due"
    fields.append((f"{due_cap} ({e(cur)}):", f"<b>{amt(doc.total, st.num)}</b>"))
    rows = "".join(f"<tr><td><div class=it>{e(ln.sku)}</div><div class=ds>{words(ln.description)}</div></td>"
                   f"<td class=c>{ln.quantity}</td><td class=r>{amt(ln.unit_price, st.num)}</td>"
                   f"<td class=r>{amt(ln.amount, st.num)}</td></tr>" for ln in doc.lines)
    summ = [("Subtotal:", amt(doc.subtotal, st.num)), ("Total:", amt(doc.total, st.num)),
            (f"{due_cap} ({e(cur)}):", f"<b>{amt(doc.total, st.num)}</b>")]
    if kind == "proforma_invoice" and ctx.get("deposit"):
        share = (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)
        summ.append((f"Deposit due now ({int(ctx['deposit'] * 100)}%):", amt(share, st.num)))
    notes = ("This estimate is valid for 30 days." if kind == "quotation" else
             f"Bank transfer to {US_BANK} · IBAN {US_IBAN} · BIC {US_BIC}. Please quote {e(doc.number)}.")
    body = (
        f"<div class=top><div class=ti>{title}</div><div class=us>Northwind Components Ltd.<br>12 Dockside Road"
        f"<br>Southampton SO14 3AB, United Kingdom<br>VAT {US_VAT}</div></div>"
        f"<div class=band><div class=bt><div class=cap>BILL TO</div><b>{e(doc.buyer.name)}</b><br>"
        f"{lines_of(doc.buyer.address)}<br><span class=sm>{e(ctx['buyer_reg'])}</span></div><table class=fl>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in fields)
        + "</table></div><table class=ln><thead><tr><th>Items</th><th class=c>Quantity</th><th class=r>Price</th>"
        f"<th class=r>Amount</th></tr></thead><tbody>{rows}</tbody></table><table class=sum>"
        + "".join(f"<tr><th>{k}</th><td class=r>{v}</td></tr>" for k, v in summ)
        + f"</table><div class=nt><div class=cap>Notes / Terms</div>Payment terms: {e(doc.payment_terms or '')}"
        f"<br>Delivery terms: {e(doc.incoterms or '')} (Incoterms® 2020)<br>{notes}</div>")
    css = ("* { font-weight: normal !important; } "
           ".top { text-align: right; } .ti { font-size: 24pt; letter-spacing: 1px; color: #222; } .us { font-size: "
           "8pt; color: #555; } .band { display: flex; justify-content: space-between; background: #f4f5f5; "
           "margin-top: 14px; padding: 10px; font-size: 8.5pt; } .bt { width: 48%; } .cap { font-size: 7pt; color: "
           "#777; letter-spacing: 1px; } .sm { font-size: 7pt; color: #777; } .fl th { text-align: right; color: "
           "#555; padding: 2px 6px; } .fl td { padding: 2px 6px; } .ln { width: 100%; margin-top: 14px; "
           "border-collapse: collapse; } .ln th { background: #3b3f46; color: #fff; text-align: left; font-size: "
           "8pt; padding: 5px; } .ln td { padding: 6px 5px; border-bottom: 1px solid #ddd; vertical-align: top; } "
           ".it { font-size: 9pt; } .ds { font-size: 7.5pt; color: #666; } .r { text-align: right !important; } "
           ".c { text-align: center; } .nw { white-space: nowrap; } .sum { margin: 10px 0 0 auto; } .sum th { "
           "text-align: right; padding: 3px 10px; } .sum td { padding: 3px 6px; } .nt { margin-top: 22px; "
           "font-size: 8pt; }")
    return html_page(f"{word} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L169: Sales contract drafted in an online word processor (Google-Docs-style, exported to docx; signed copies
# -> LibreOffice PDF): "SALES CONTRACT" and a key-terms table first (contract no., date, seller, buyer, buyer's
# order, total price, delivery, payment), the goods schedule right after it, then short "General conditions"
# as bullet-like paragraphs and the signature lines one under the other.

def l169_gdoc(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Anna Keller", "Arial", 10)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Inches(0.9)
    para(d, "SALES CONTRACT", bold=True, size=16)
    para(d, "Key terms", bold=True, size=11)
    terms = [["Contract no.", doc.number], ["Date", day(doc.date, st.date)],
             ["Seller", f"{doc.seller.name}, {doc.seller.address}, VAT {US_VAT}"],
             ["Buyer", f"{doc.buyer.name}, {doc.buyer.address}, {ctx['buyer_reg']}"]]
    if doc.order_number:
        terms.append(["Buyer's order", doc.order_number])
    terms += [["Contract value", f"{doc.currency} {amt(doc.total, st.num)}"],
              ["Delivery", f"{doc.incoterms} (Incoterms® 2020), {ctx['delivery_time']}"],
              ["Payment", f"{doc.payment_terms}, to {US_BANK}, IBAN {US_IBAN}, BIC {US_BIC}"]]
    kt = table(d, terms, [1.5, 5.0], head=False, size=9)
    for row in kt.rows:
        keep_row(row)
    para(d)
    para(d, "Schedule – goods", bold=True, size=11)
    rows = [["#", "Item code", "Description", "Qty", "Unit", "Unit price", "Amount"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["", "", f"Contract value ({doc.currency})", "", "", "", amt(doc.total, st.num)])
    t = table(d, rows, [0.3, 1.1, 2.6, 0.5, 0.5, 0.8, 0.9], size=8.5)
    repeat_header(t.rows[0])
    keep_row(t.rows[-1])
    para(d)
    para(d, "General conditions", bold=True, size=11)
    for text in ("Title passes on full payment; risk passes as the agreed Incoterms rule provides.",
                 "The Buyer examines the goods on receipt and reports defects in writing within fourteen days.",
                 "The Seller warrants the goods against defects in material and workmanship for twelve months.",
                 "Neither party is liable for failure caused by circumstances beyond its reasonable control.",
                 "English law governs this contract; disputes go to the courts of England and Wales.",
                 "Changes to this contract are valid only in writing and signed by both parties."):
        para(d, f"–  {text}", size=9)
    para(d)
    when = day(ctx["signed_on"], st.date)
    for side, who, name, title, place in (("Seller", doc.seller.name, "Anna Keller", "Export Sales Manager",
                                           "Southampton"),
                                          ("Buyer", doc.buyer.name, ctx["signatory"], ctx["buyer_title"],
                                           ctx["city"])):
        para(d, f"Signed for the {side} ({who})", bold=True, size=9)
        if doc.signed:
            para(d, f"/s/ {name}", italic=True, size=10)
            para(d, f"{name}, {title} – {place}, {when}", size=9)
        else:
            para(d, "Signature: ________________________   Name and title: ________________   Date: ________",
                 size=9)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L170: Dispatch team's packing list from the web shop back office (HTML -> Chromium): "PACKING LIST" with a
# barcode-like number strip, ship-from / ship-to, a references row (order, invoice, Incoterms, carrier and
# tracking), lines grouped by package ("Package 1 of N", its weight and size as a header row) with "SKU |
# Description | Unit | Qty packed" under each, and a checked-by line.

def l170_pack(doc: Doc, st: Style, ctx: dict) -> Rendered:
    groups: dict[str, list] = {}
    for ln, case, net, gross, dims in ctx["rows"]:
        groups.setdefault(case, []).append((ln, net, gross, dims))
    body_rows = []
    for case, items in groups.items():
        gross = sum(float(g) for _, _, g, _ in items)
        dims = next((x for *_, x in items if x), "")
        body_rows.append(f"<tr class=pk><td colspan=4>Package {case} of {ctx['cases']} · gross {gross:.1f} kg"
                         + (f" · {e(dims)} cm" if dims else "") + "</td></tr>")
        body_rows += [f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td>{e(ln.unit or '')}"
                      f"</td><td class=r>{ln.quantity}</td></tr>" for ln, *_ in items]
    refs = [("Order", e(doc.order_number or "")), ("Invoice", e(ref(doc, "invoice_ref") or "to follow")),
            ("Incoterms", e(doc.incoterms or "")), ("Carrier", e(ctx["carrier"])),
            (e(ctx["track_caption"]), e(", ".join(doc.tracking_numbers)))]
    body = (
        f"<div class=hd><div class=ti>PACKING LIST</div><div class=no>No. {e(doc.number)}<br>"
        f"<span>Date: {day(doc.date, st.date)}</span></div></div>"
        f"<table class=ad><tr><td><div class=cap>Ship from</div>{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}"
        f"<br>EORI {US_EORI}</td><td><div class=cap>Ship to</div>{e(doc.buyer.name)}<br>"
        f"{lines_of(ctx['ship_to'])}</td></tr></table><table class=rf><tr>"
        + "".join(f"<th>{k}</th>" for k, _ in refs) + "</tr><tr>" + "".join(f"<td>{v}</td>" for _, v in refs)
        + "</tr></table><table class=ln><thead><tr><th>SKU</th><th>Description</th><th>Unit</th><th class=r>Qty "
        f"packed</th></tr></thead><tbody>{''.join(body_rows)}</tbody></table>"
        f"<p class=tt>{ctx['cases']} packages · net {ctx['net']} kg · gross {ctx['gross']} kg</p>"
        "<p class=sm>Packed and checked by: dispatch team, Southampton. Please report any shortage within "
        "five days of delivery.</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; border-bottom: 1px solid #000; } .ti { font-size: "
           "20pt; } .no { text-align: right; font-size: 10pt; } .no span { font-size: 8pt; } .ad { width: 100%; "
           "margin-top: 10px; } .ad td { width: 50%; vertical-align: top; font-size: 8.5pt; padding: 4px; } .cap { "
           "font-size: 7pt; color: #666; } .rf { width: 100%; margin-top: 8px; font-size: 8pt; border-collapse: "
           "collapse; } .rf th { text-align: left; background: #eee; padding: 3px; } .rf td { padding: 3px; "
           "border-bottom: 1px solid #ccc; vertical-align: top; } .ln { width: 100%; margin-top: 10px; "
           "border-collapse: collapse; font-size: 8.5pt; } .ln th { text-align: left; border-bottom: 2px solid #000; "
           "padding: 3px; } .ln td { padding: 3px; border-bottom: 1px solid #e3e3e3; vertical-align: top; } .pk td "
           "{ background: #f3f3f3; font-size: 7.5pt; } .r { text-align: right !important; } .nw { white-space: "
           "nowrap; } .tt { margin-top: 10px; } .sm { font-size: 7pt; color: #555; }")
    return html_page(f"Packing list {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L171: Ocean carrier's electronic bill of lading, printed copy (DCSA-style eBL, HTML -> Chromium): the
# carrier's band with "Transport Document" and "Bill of Lading (electronic) – copy, not negotiable", a
# reference grid (Transport document reference, Carrier booking reference, Shipped on board date, Issue
# date), shipper / consignee / notify party, the routing in a row, the "Utilized transport equipment"
# table (equipment reference, ISO type, seal, weight), the consignment item (description, HS code,
# packages, gross weight) and the charges and issuance lines.

def l171_ebl(doc: Doc, st: Style, ctx: dict) -> Rendered:
    issued = day(doc.date, st.date)
    eq = "".join(f"<tr><td>{e(c)}</td><td>45G1</td><td>{e(s)}</td><td class=r>{ctx['gross']} KGM</td></tr>"
                 for c, s in zip(doc.tracking_numbers, ctx["seals"], strict=True))
    grid = [("Transport document reference", f"<b>{e(doc.number)}</b>"), ("Carrier booking reference",
            e(ctx["booking"])), ("Shipped on board date", issued), ("Issue date", issued)]
    body = (
        f"<div class=hd><div class=cr>{e(ctx['carrier_name'])}</div><div class=ti>Transport Document<br><span>Bill "
        "of Lading (electronic) – printed copy, not negotiable</span></div></div><table class=g><tr>"
        + "".join(f"<th>{k}</th>" for k, _ in grid) + "</tr><tr>" + "".join(f"<td>{v}</td>" for _, v in grid)
        + f"</tr></table><table class=b><tr><td><div class=cap>Shipper</div>{e(doc.seller.name)}<br>"
        f"{lines_of(doc.seller.address)}</td><td><div class=cap>Consignee</div>{e(doc.buyer.name)}<br>"
        f"{lines_of(doc.buyer.address)}</td><td><div class=cap>Notify party</div>{e(ctx['notify'])}</td></tr></table>"
        f"<table class=b><tr><td><div class=cap>Vessel / voyage</div>{e(ctx['vessel'])}</td><td><div class=cap>Port "
        f"of loading</div>SOUTHAMPTON, GB</td><td><div class=cap>Port of discharge</div>{e(ctx['pod'])}</td><td>"
        f"<div class=cap>Place of delivery</div>{e(ctx['delivery'])}</td></tr></table>"
        "<div class=sec>Utilized transport equipment</div><table class=t><thead><tr><th>Equipment reference</th>"
        f"<th>ISO equipment code</th><th>Seal</th><th class=r>Cargo gross weight</th></tr></thead><tbody>{eq}"
        "</tbody></table><div class=sec>Consignment items</div><table class=t><thead><tr><th>Description of "
        "goods</th><th>HS code</th><th>Packages</th><th>Shipper's reference</th></tr></thead><tbody><tr><td>"
        f"{e(ctx['goods'])}<br>SHIPPER'S LOAD, STOW AND COUNT</td><td>{e(ctx['hs'])}</td><td>{e(ctx['packages'])}"
        f"</td><td>Purchase order {e(doc.order_number or '')}</td></tr></tbody></table>"
        f"<table class=b><tr><td><div class=cap>Freight payable</div>{ctx['freight']}</td><td><div class=cap>Number "
        "of originals</div>0 (electronic record)</td><td><div class=cap>Place of issue</div>SOUTHAMPTON</td><td>"
        f"<div class=cap>Volume</div>{ctx['cbm']} MTQ</td></tr></table><p class=sm>Received by the carrier in "
        "apparent good order and condition unless otherwise stated. This printed copy reproduces the electronic "
        "transport record held on the carrier's platform and is not a document of title.</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; background: #0b3a5b; color: #fff; padding: 8px; } "
           ".cr { font-size: 14pt; } .ti { text-align: right; font-size: 11pt; } .ti span { font-size: 7.5pt; } "
           ".g { width: 100%; margin-top: 6px; font-size: 8pt; border-collapse: collapse; } .g th { text-align: "
           "left; font-size: 6.5pt; color: #555; border: 1px solid #bbb; padding: 3px; } .g td { border: 1px solid "
           "#bbb; padding: 3px; } .b { width: 100%; margin-top: 4px; border-collapse: collapse; } .b td { border: "
           "1px solid #bbb; padding: 4px; font-size: 8pt; vertical-align: top; } .cap { font-size: 6.5pt; color: "
           "#555; } .sec { margin-top: 8px; font-size: 8pt; color: #0b3a5b; } .t { width: 100%; border-collapse: "
           "collapse; font-size: 8pt; } .t th { text-align: left; border-bottom: 1px solid #0b3a5b; padding: 3px; "
           "font-size: 7pt; } .t td { padding: 3px; border-bottom: 1px solid #ddd; vertical-align: top; } .r { "
           "text-align: right !important; } .sm { font-size: 6.5pt; color: #444; margin-top: 8px; }")
    return html_page(f"Transport document {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L172: The customer's bank "payment status report" (ISO 20022 pain.002 / camt-style, HTML -> Chromium) in the
# customer's language: bank band, title, a grid of the message (message id, creation date, status ACSC), the
# transaction block with the structured field names (EndToEndId, InstdAmt, ReqdExctnDt, Dbtr, Cdtr, RmtInf)
# and a readable summary row above it.

L172 = {
    "en": ("Payment status report", "Payment reference", "Execution date", "Amount", "Debtor", "Creditor",
           "Status", "Executed – settled (ACSC)", "Transaction details"),
    "de": ("Zahlungsstatusbericht", "Zahlungsreferenz", "Ausführungsdatum", "Betrag", "Zahler", "Empfänger",
           "Status", "Ausgeführt – gutgeschrieben (ACSC)", "Transaktionsdetails"),
    "fr": ("Rapport d'état de paiement", "Référence du paiement", "Date d'exécution", "Montant", "Débiteur",
           "Créancier", "Statut", "Exécuté – réglé (ACSC)", "Détail de l'opération"),
    "es": ("Informe de estado de pago", "Referencia del pago", "Fecha de ejecución", "Importe", "Deudor",
           "Acreedor", "Estado", "Ejecutado – liquidado (ACSC)", "Detalle de la operación"),
}


def l172_pain(doc: Doc, st: Style, ctx: dict) -> Rendered:
    title, c_ref, c_exe, c_amt, c_dbt, c_cdt, c_sts, sts, c_det = L172[st.lang]
    remit = f"INV {ref(doc, 'invoice_ref')} / PO {doc.order_number or ''}"
    summary = [(c_ref, f"<b>{e(doc.number)}</b>"), (c_exe, day(doc.date, st.date)),
               (c_amt, f"<b>{e(doc.currency)} {amt(doc.total, st.num)}</b>"), (c_sts, sts)]
    tx = [("MsgId", f"{e(ctx['bic'])}-{doc.date:%Y%m%d}-{e(doc.number[-6:])}"), ("EndToEndId", e(doc.number)),
          ("InstdAmt Ccy", f"{e(doc.currency)} {doc.total:.2f}"), ("ReqdExctnDt", doc.date.isoformat()),
          (f"Dbtr ({c_dbt})", f"{e(doc.buyer.name)}<br>{e(ctx['iban'])} · {e(ctx['bic'])}"),
          (f"Cdtr ({c_cdt})", f"{e(doc.seller.name)}<br>{US_IBAN} · {US_BIC}"), ("ChrgBr", "SHAR"),
          ("RmtInf/Ustrd", e(remit)), ("TxSts", "ACSC")]
    body = (f"<div class=bk>{e(ctx['bank'])}<span>BIC {e(ctx['bic'])}</span></div><h2>{title}</h2>"
            "<table class=sm4><tr>" + "".join(f"<th>{k}</th>" for k, _ in summary) + "</tr><tr>"
            + "".join(f"<td>{v}</td>" for _, v in summary) + f"</tr></table><div class=cap>{c_det}</div>"
            "<table class=tx>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in tx) + "</table>"
            "<p class=ft>ISO 20022 · pain.002.001.10 · generated by online banking</p>")
    css = ("* { font-weight: normal !important; } "
           ".bk { background: #114e3a; color: #fff; padding: 8px; font-size: 12pt; display: flex; justify-content: "
           "space-between; } .bk span { font-size: 8pt; } h2 { font-size: 12pt; margin: 12px 0 8px; } .sm4 { width: "
           "100%; border-collapse: collapse; font-size: 8.5pt; } .sm4 th { text-align: left; color: #555; "
           "font-size: 7pt; border-bottom: 1px solid #114e3a; padding: 3px; } .sm4 td { padding: 4px 3px; } .cap { "
           "margin-top: 14px; font-size: 8pt; color: #114e3a; } .tx { width: 100%; font-size: 8pt; border-collapse: "
           "collapse; } .tx th { text-align: left; width: 28%; font-family: 'DejaVu Sans Mono', monospace; "
           "font-size: 7.5pt; color: #444; padding: 3px; border-bottom: 1px solid #eee; vertical-align: top; } .tx "
           "td { padding: 3px; border-bottom: 1px solid #eee; } .ft { font-size: 7pt; color: #777; margin-top: "
           "12px; }")
    return html_page(title, css, body)


# ------------------------------------------------------------------------------------------------
# L173: The customer's incoming inspection report with an AQL sampling plan (the claim document, HTML ->
# Chromium): "INCOMING INSPECTION REPORT" with report no., a header grid (supplier, PO, delivery date, claim
# ref., inspector, standard ISO 2859-1 level II, AQL 1.0), the table "Part no. | Description | Lot qty |
# Sample | Defects found | Accept / Reject | Defect description", the disposition and the sign-off.

def l173_iir(doc: Doc, st: Style, ctx: dict) -> Rendered:
    grid = [("Report no.", e(doc.number)), ("Report date", day(doc.date, st.date)),
            ("Supplier", e(doc.seller.name)), ("Purchase order", e(doc.order_number or "")),
            ("Goods received", day(ctx["received"], st.date)), ("Claim reference", e(ref(doc, "claim_ref"))),
            ("Sampling", "ISO 2859-1, level II"), ("AQL", "1.0")]
    cells = "".join(f"<tr><th>{k}</th><td>{v}</td><th>{k2}</th><td>{v2}</td></tr>"
                    for (k, v), (k2, v2) in zip(grid[::2], grid[1::2], strict=True))
    rows = "".join(f"<tr><td class=nw>{e(sku)}</td><td>{e(desc)}</td><td class=r>{q}</td><td class=r>{smp}</td>"
                   f"<td class=r>{bad}</td><td>{'REJECT' if bad else 'ACCEPT'}</td><td>{e(why)}</td></tr>"
                   for sku, desc, q, smp, bad, why in ctx["findings"])
    body = (
        f"<div class=hd>{e(doc.buyer.name)} · {e(doc.buyer.address)} · {e(ctx['vat_mt'])}</div>"
        f"<h2>INCOMING INSPECTION REPORT</h2><table class=g>{cells}</table><table class=d><thead><tr><th>Part no."
        "</th><th>Description</th><th class=r>Lot qty</th><th class=r>Sample</th><th class=r>Defects found</th>"
        f"<th>Accept / Reject</th><th>Defect description</th></tr></thead><tbody>{rows}</tbody></table>"
        "<p><b>Disposition:</b> rejected lots quarantined in stores, awaiting supplier's instructions. Replacement "
        "requested before the vessel's undocking.</p>"
        f"<table class=s><tr><td>Inspected by<br>{e(ctx['inspector'])}</td><td>Purchasing<br>{e(ctx['contact'])}"
        "</td><td>QA approval<br>&nbsp;</td></tr></table>")
    css = ("* { font-weight: normal !important; } "
           ".hd { font-size: 8pt; color: #444; border-bottom: 2px solid #c0392b; padding-bottom: 4px; } h2 { "
           "font-size: 14pt; margin: 12px 0; } .g { width: 100%; font-size: 8.5pt; border-collapse: collapse; } .g "
           "th { text-align: left; background: #f6e5e3; border: 1px solid #d9b3ae; padding: 3px; width: 18%; } .g "
           "td { border: 1px solid #d9b3ae; padding: 3px; } .d { width: 100%; margin-top: 12px; border-collapse: "
           "collapse; font-size: 8pt; } .d th, .d td { border: 1px solid #999; padding: 3px; text-align: left; "
           "vertical-align: top; } .r { text-align: right !important; } .nw { white-space: nowrap; } .s { width: "
           "100%; margin-top: 22px; } .s td { width: 33%; height: 50px; border: 1px solid #aaa; vertical-align: "
           "top; padding: 4px; font-size: 8pt; }")
    return html_page(f"Incoming inspection report {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L174: SAP Business One purchase order print (HTML -> Chromium): the buyer's logo line, "Purchase Order" with
# a boxed "No. / Date / Page" block right, "Vendor" and "Ship To" boxes, a row "Your Ref. | Buyer | Payment
# Terms | Delivery", lines "# | Item No. | Description | Quantity | UoM | Unit Price | Tax Code | Total (LC)",
# and the footer "Total Before Discount / Freight / Tax / Total".

def l174_b1(doc: Doc, st: Style, ctx: dict) -> Rendered:
    rows = "".join(f"<tr><td>{i}</td><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>"
                   f"{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}</td>"
                   f"<td>X0</td><td class=r>{amt(ln.amount, st.num)}</td></tr>" for i, ln in enumerate(doc.lines, 1))
    cur = e(doc.currency or "")
    row = [("Your Ref.", "Estimate / offer"), ("Buyer", e(ctx["contact"])),
           ("Payment Terms", e(doc.payment_terms or "")), ("Delivery", e(doc.incoterms or ""))]
    body = (
        f"<div class=hd><div><div class=co>{e(doc.buyer.name)}</div>{lines_of(doc.buyer.address)}<br>"
        f"{e(ctx['cr'])} · {e(ctx['vatin'])}</div><div><div class=ti>Purchase Order</div><table class=no><tr><th>No."
        f"</th><td>{e(doc.number)}</td></tr><tr><th>Date</th><td>{day(doc.date, st.date)}</td></tr><tr><th>Page"
        "</th><td>1</td></tr></table></div></div>"
        f"<table class=bx><tr><td><div class=cap>Vendor</div>{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}"
        f"</td><td><div class=cap>Ship To</div>{lines_of(ctx['ship_to'])}</td></tr></table><table class=rw><tr>"
        + "".join(f"<th>{k}</th>" for k, _ in row) + "</tr><tr>" + "".join(f"<td>{v}</td>" for _, v in row)
        + "</tr></table><table class=it><thead><tr><th>#</th><th>Item No.</th><th>Description</th><th class=r>"
        "Quantity</th><th>UoM</th><th class=r>Unit Price</th><th>Tax Code</th><th class=r>Total (LC)</th></tr>"
        f"</thead><tbody>{rows}</tbody></table><table class=tt><tr><td>Total Before Discount</td><td class=r>"
        f"{cur} {amt(doc.subtotal, st.num)}</td></tr><tr><td>Freight</td><td class=r>{cur} 0.00</td></tr><tr><td>"
        f"Tax</td><td class=r>{cur} {amt(Decimal(0), st.num)}</td></tr><tr class=b><td>Total</td><td class=r>{cur} "
        f"{amt(doc.total, st.num)}</td></tr></table><p class=tm>Tax code X0: exempt import. Please state our PO "
        f"number on invoice, packing list and bill of lading.<br>Approved by: {e(ctx['signatory'])}, "
        f"{e(ctx['buyer_title'])}</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; font-size: 8pt; } .co { font-size: 12pt; color: "
           "#005a9c; } .ti { font-size: 18pt; text-align: right; } .no { margin-left: auto; border: 1px solid #999; "
           "font-size: 8.5pt; } .no th { text-align: left; padding: 2px 6px; background: #eef; } .no td { padding: "
           "2px 6px; } .bx { width: 100%; margin-top: 10px; } .bx td { width: 50%; border: 1px solid #aaa; padding: "
           "5px; font-size: 8.5pt; vertical-align: top; } .cap { font-size: 7pt; color: #005a9c; } .rw { width: "
           "100%; margin-top: 6px; font-size: 8pt; border-collapse: collapse; } .rw th { text-align: left; "
           "background: #eef; padding: 3px; } .rw td { padding: 3px; border-bottom: 1px solid #ccc; } .it { width: "
           "100%; margin-top: 10px; border-collapse: collapse; font-size: 8pt; } .it th { text-align: left; "
           "background: #005a9c; color: #fff; padding: 3px; } .it td { padding: 3px; border-bottom: 1px solid #ddd; "
           "vertical-align: top; } .r { text-align: right !important; } .nw { white-space: nowrap; } .tt { margin: "
           "8px 0 0 auto; font-size: 9pt; } .tt td { padding: 2px 10px; } .tt .b td { border-top: 2px solid #333; } "
           ".tm { font-size: 8pt; margin-top: 14px; }")
    return html_page(f"Purchase Order {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L175: Namibian firm's German "Bestellung" from a small-business office package (Lexware-style letter, docx,
# sent as is): sender line above the supplier's address window, an information block right (Bestell-Nr.,
# Datum, Ihr Ansprechpartner, Kunden-Nr.), "Bestellung" and a salutation, the table "Pos. | Art.-Nr. |
# Bezeichnung | Menge | Einheit | Einzelpreis | Gesamtpreis", "Gesamtbetrag netto" and a note that no VAT
# applies, then terms and the closing.

def l175_lex(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9.5)
    para(d, f"{doc.buyer.name} · {doc.buyer.address}", size=7)
    cur = doc.currency or ""
    info = table(d, [[f"{doc.seller.name}\n{doc.seller.address}",
                      f"Bestell-Nr.: {doc.number}\nDatum: {day(doc.date, st.date)}\nIhr Ansprechpartner: "
                      f"{ctx['contact']}\nLieferanten-Nr.: 70418"]], [3.4, 2.9], head=False, size=9)
    keep_row(info.rows[0])
    para(d)
    para(d, "Bestellung", bold=True, size=14)
    para(d, "Sehr geehrte Damen und Herren,")
    para(d, "hiermit bestellen wir zu den unten genannten Bedingungen:")
    rows = [["Pos.", "Art.-Nr.", "Bezeichnung", "Menge", "Einheit", f"Einzelpreis {cur}", f"Gesamtpreis {cur}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    t = table(d, rows, [0.4, 0.9, 2.6, 0.55, 0.6, 0.9, 0.95], size=8.5)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    tot = table(d, [[f"Gesamtbetrag netto {cur}", amt(doc.total, st.num)]], [5.95, 0.95], head=False, size=9)
    keep_row(tot.rows[0])
    para(d, "Einfuhr nach Namibia: keine Umsatzsteuer auf dieser Bestellung, die Einfuhrumsatzsteuer wird beim Zoll "
         "entrichtet.", size=8, italic=True)
    para(d)
    para(d, f"Lieferbedingung: {doc.incoterms}", size=9)
    para(d, f"Zahlungsbedingung: {doc.payment_terms}", size=9)
    para(d, f"Lieferanschrift: {ctx['ship_to']}", size=9)
    para(d)
    para(d, "Mit freundlichen Grüßen", size=9)
    para(d, f"{ctx['contact']} · freigegeben: {ctx['signatory']}, {ctx['buyer_title']}", size=9)
    para(d, f"{ctx['reg']} · {ctx['bank']} · {ctx['iban']}", size=7)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L176: Honduran coffee mill's "Orden de Compra" on a spreadsheet template (Google-Sheets-style xlsx, sent as
# is): title band, RTN, a two-column block (Proveedor left; Orden No., Fecha, Condiciones, Incoterm, Moneda
# right), the grid "Código | Descripción | Unidad | Cantidad | Precio | Total", and "Subtotal / ISV 0% /
# Total" with the requester and approver.

def l176_hn(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], "Orden de compra")
    thin = Side(style="thin", color="6B4226")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEF", (14, 50, 9, 10, 13, 14), strict=True):
        ws.column_dimensions[col].width = w
    c = ws.cell(1, 1, "ORDEN DE COMPRA")
    c.font = Font(bold=True, size=16, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="6B4226")
    ws.cell(2, 1, doc.buyer.name).font = bold
    ws.cell(3, 1, f"{doc.buyer.address} · {ctx['rtn']}")
    ws.cell(5, 1, "Proveedor:").font = bold
    ws.cell(5, 2, doc.seller.name)
    ws.cell(6, 2, doc.seller.address)
    for k, (cap, v) in enumerate((("Orden No.", doc.number), ("Fecha", day(doc.date, st.date)),
                                  ("Condiciones", doc.payment_terms or ""), ("Incoterm", doc.incoterms or ""),
                                  ("Moneda", doc.currency or ""))):
        ws.cell(5 + k, 5, cap).font = bold
        ws.cell(5 + k, 6, v)
    r = 12
    for j, h in enumerate(("Código", "Descripción", "Unidad", "Cantidad", "Precio", "Total"), start=1):
        c = ws.cell(r, j, h)
        c.font = bold
        c.fill = PatternFill("solid", fgColor="E8D9C5")
        c.border = grid
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((ln.sku, ln.description, ln.unit or "", ln.quantity, float(ln.unit_price),
                               float(ln.amount)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if j in (5, 6):
                c.number_format = "#,##0.00"
    r += len(doc.lines) + 2
    for k, (cap, v) in enumerate((("Subtotal", doc.subtotal), ("ISV 0% (importación)", Decimal(0)),
                                  (f"Total {doc.currency}", doc.total))):
        ws.cell(r + k, 5, cap).font = bold
        c = ws.cell(r + k, 6, float(v))
        c.number_format = "#,##0.00"
    ws.cell(r + 4, 1, f"Lugar de entrega: {ctx['ship_to']}")
    ws.cell(r + 5, 1, f"Solicitado por: {ctx['contact']}")
    ws.cell(r + 6, 1, f"Aprobado por: {ctx['signatory']}, {ctx['buyer_title']}")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L177: Chinese contractor's Yonyou-U8-style purchase order abroad, trilingual captions zh/pt/en (HTML ->
# Chromium): "采购订单 / Nota de Encomenda / Purchase Order", a field grid in two pairs of columns (订单编号, 订单日期,
# 供应商, 业务员, 币种, 付款条件, 运输方式/贸易条款, 到货地址), lines "行号 | 存货编码 | 存货名称 | 主计量 | 数量 |
# 原币单价 | 原币金额 | 税额 | 价税合计" and totals, then 制单人 / 审核人.

def l177_u8(doc: Doc, st: Style, ctx: dict) -> Rendered:
    rows = "".join(f"<tr><td class=c>{i}</td><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td>"
                   f"<td>{e(ln.unit or '')}</td><td class=r>{ln.quantity}</td><td class=r>{amt(ln.unit_price, st.num)}"
                   f"</td><td class=r>{amt(ln.amount, st.num)}</td><td class=r>0.00</td><td class=r>"
                   f"{amt(ln.amount, st.num)}</td></tr>" for i, ln in enumerate(doc.lines, start=1))
    fields = [("订单编号 N.º", e(doc.number)), ("订单日期 Data", day(doc.date, st.date)),
              ("供应商 Fornecedor", e(doc.seller.name)), ("业务员 Comprador", e(ctx["contact"])),
              ("币种 Moeda", e(doc.currency)), ("付款条件 Pagamento", e(doc.payment_terms or "")),
              ("贸易条款 Incoterms", e(doc.incoterms or "")), ("到货地址 Entrega", e(ctx["ship_to"])),
              ("部门 Departamento", "设备物资部"), ("汇率 Câmbio", "1.0000")]
    cells = "".join(f"<tr><th>{k}</th><td>{v}</td><th>{k2}</th><td>{v2}</td></tr>"
                    for (k, v), (k2, v2) in zip(fields[::2], fields[1::2], strict=True))
    body = (
        f"<div class=co>{e(ctx['name_zh'])}<br><span>{e(doc.buyer.name)} · {e(doc.buyer.address)} · "
        f"{e(ctx['nuit'])}</span></div><h2>采购订单 / Nota de Encomenda / Purchase Order</h2><table class=g>{cells}"
        "</table><table class=it><thead><tr><th>行号</th><th>存货编码</th><th>存货名称</th><th>主计量</th><th class=r>"
        "数量</th><th class=r>原币单价</th><th class=r>原币金额</th><th class=r>税额</th><th class=r>价税合计</th></tr>"
        f"</thead><tbody>{rows}</tbody><tfoot><tr><td colspan=4>合计 Total</td><td class=r>"
        f"{sum(ln.quantity for ln in doc.lines)}</td><td></td><td class=r>{amt(doc.subtotal, st.num)}</td><td "
        f"class=r>0.00</td><td class=r>{amt(doc.total, st.num)}</td></tr></tfoot></table><table class=tt><tr><td>"
        f"原币金额 Valor</td><td class=r>{amt(doc.subtotal, st.num)}</td></tr><tr><td>税额 Imposto</td><td class=r>"
        f"0.00</td></tr><tr><td>价税合计 Total ({e(doc.currency)})</td><td class=r>{amt(doc.total, st.num)}</td></tr>"
        "</table><p class=sm>请在发票、装箱单和提单上注明本订单号。Indicar o número da encomenda na factura.</p>"
        f"<table class=sg><tr><td>制单人: {e(ctx['contact'])}</td><td>审核人: {e(ctx['signatory'])}</td>"
        "<td>审核日期: 见系统</td></tr></table>")
    css = ("* { font-weight: normal !important; } "
           "body { font-family: 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif; } .co { font-size: 12pt; } .co span "
           "{ font-size: 7.5pt; color: #555; } h2 { text-align: center; font-size: 13pt; margin: 10px 0; } .g { "
           "width: 100%; font-size: 7.5pt; border-collapse: collapse; } .g th { text-align: left; background: "
           "#fdf1dc; border: 1px solid #d8b98a; padding: 3px; width: 11%; } .g td { border: 1px solid #d8b98a; "
           "padding: 3px; } .it { width: 100%; margin-top: 8px; font-size: 8pt; border-collapse: collapse; } .it th "
           "{ background: #f5deb3; border: 1px solid #d8b98a; padding: 3px; } .it td { border: 1px solid #d8b98a; "
           "padding: 3px; vertical-align: top; } .r { text-align: right !important; } .c { text-align: center; } "
           ".nw { white-space: nowrap; } .tt { margin: 8px 0 0 auto; } .tt td { padding: 2px 10px; } .sm { "
           "font-size: 7.5pt; margin-top: 10px; } .sg { width: 100%; margin-top: 16px; font-size: 8pt; }")
    return html_page(f"采购订单 {doc.number}", css, body)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L168": (l168_wave, "small-business accounting web app (Wave-style) estimate / proforma / invoice, code over "
                        "description, no unit (HTML)"),
    "L169": (l169_gdoc, "online-word-processor sales contract: key-terms table, goods schedule, conditions (docx)"),
    "L170": (l170_pack, "back-office packing list grouped by package, no prices (HTML)"),
    "L171": (l171_ebl, "ocean carrier's electronic bill of lading, printed copy (DCSA-style, HTML)"),
    "L172": (l172_pain, "customer's bank ISO 20022 payment status report, en/de/fr/es (HTML)"),
    "L173": (l173_iir, "customer's incoming inspection report with AQL sampling, the claim document (HTML)"),
    "L174": (l174_b1, "SAP Business One purchase order with tax code per line (HTML)"),
    "L175": (l175_lex, "Namibian German 'Bestellung' as a Lexware-style letter (docx)"),
    "L176": (l176_hn, "Honduran 'Orden de Compra' spreadsheet template with ISV 0% (xlsx)"),
    "L177": (l177_u8, "Yonyou-U8-style 采购订单 with zh/pt/en captions (HTML)"),
}

# Layouts that print a tax line of zero: their documents are labelled tax "0.00".
ZERO_TAX = ("L174", "L176", "L177")
NO_UNIT = ("L168",)


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line, except the one without a unit column."""
    return key in LAYOUTS and key not in NO_UNIT
