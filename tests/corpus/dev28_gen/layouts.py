"""Twenty-seventh-holdout document layouts L258-L267, each modelled on a real-world family of documents."""
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
FORWARDER = ("Solent Bridge Freight Ltd", "Berth 104 Office Park, Western Docks, Southampton SO15 0HJ")


def dd(d: dt.date, style: str) -> str:
    """A printed date; "zh_long" is the Chinese 2037年3月4日 form, "ymd" the ISO form."""
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


def share(doc: Doc, ctx: dict) -> Decimal:
    return (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)


# ------------------------------------------------------------------------------------------------
# L258: Our sales paperwork printed from a cloud small-business accounting package (Xero-style invoice
# template, HTML -> Chromium): the big plain title at the top left ("QUOTE", "PRO FORMA INVOICE", "INVOICE",
# "PACKING SLIP") with the customer's name and address under it, a narrow middle column of stacked captions
# ("Invoice Date", "Invoice Number", "Reference", "Expiry" / "Due Date") and our address on the right;
# lines "Item | Description | Quantity | Unit | Unit Price | VAT | Amount USD" with thin grey rules, the totals
# right under the lines ("Subtotal", "TOTAL VAT 0%", "TOTAL USD", "Amount Due"), the payment details block
# ("Due Date: … / Bank: …") and a dashed "PAYMENT ADVICE" tear-off at the foot naming customer and amount.
# Captions stay English with the customer's language in small type beneath for the non-English customers.

L258_TITLE = {"quotation": "QUOTE", "proforma_invoice": "PRO FORMA INVOICE", "commercial_invoice": "INVOICE",
              "shipping_notice": "PACKING SLIP"}
L258_SUB = {"de": {"quotation": "Angebot", "proforma_invoice": "Proforma-Rechnung", "commercial_invoice": "Rechnung",
                   "shipping_notice": "Lieferschein / Packliste"},
            "fr": {"quotation": "Devis", "proforma_invoice": "Facture proforma", "commercial_invoice": "Facture",
                   "shipping_notice": "Liste de colisage"},
            "es": {"quotation": "Cotización", "proforma_invoice": "Factura proforma",
                   "commercial_invoice": "Factura", "shipping_notice": "Lista de empaque"}}


def l258_xero(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kind = doc.doc_type
    title = L258_TITLE[kind]
    sub = L258_SUB.get(st.lang, {}).get(kind, "")
    cur = e(doc.currency or "")
    num = {"quotation": "Quote Number", "shipping_notice": "Slip Number"}.get(kind, "Invoice Number")
    meta = [("Date" if kind != "commercial_invoice" else "Invoice Date", dd(doc.date, st.date)),
            (num, f"<b>{nw(doc.number)}</b>")]
    if kind == "quotation":
        meta.append(("Expiry", dd(doc.date + dt.timedelta(days=45), st.date)))
    elif kind == "commercial_invoice":
        meta.append(("Due Date", dd(doc.date + dt.timedelta(days=ctx.get("due_days", 30)), st.date)))
    if doc.order_number:
        meta.append(("Reference", nw(doc.order_number)))
    meta.append(("Account", e(ctx["account"])))
    if kind == "shipping_notice" and ref(doc, "invoice_ref"):
        meta.append(("Invoice", nw(ref(doc, "invoice_ref"))))
    mid = "".join(f"<div class=k>{k}</div><div class=v>{v}</div>" for k, v in meta)
    if kind == "shipping_notice":
        head = ("<th>Item</th><th>Description</th><th class=r>Quantity</th><th>Unit</th><th class=c>Carton</th>")
        rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>"
                       f"{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=c>{pkg} of {ctx['packages']}</td></tr>"
                       for ln, pkg in ctx["rows"])
        foot = (f"<table class=sp><tr><th>Delivery terms</th><td>{nw(doc.incoterms or '')}</td><th>Carrier</th><td>"
                f"{e(ctx['agent'])}</td></tr><tr><th>Tracking / container</th><td>"
                f"{nw(', '.join(doc.tracking_numbers))}</td><th>Cartons</th><td>{ctx['packages']}</td></tr><tr><th>"
                f"Gross / net kg</th><td>{ctx['gross']} / {ctx['net']}</td><th>Marks</th><td>{e(ctx['marks'])}</td>"
                "</tr></table><p class=sm>Please check the goods on arrival and tell us of any shortage within "
                "seven days.</p>")
    else:
        head = ("<th>Item</th><th>Description</th><th class=r>Quantity</th><th>Unit</th><th class=r>Unit Price</th>"
                f"<th class=r>VAT</th><th class=r>Amount {cur}</th>")
        rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>"
                       f"{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}</td>"
                       f"<td class=r>Zero Rated</td><td class=r>{amt(ln.amount, st.num)}</td></tr>" for ln in doc.lines)
        tot = [("Subtotal", amt(doc.subtotal, st.num)), ("TOTAL VAT 0%", amt(doc.tax or Decimal(0), st.num)),
               (f"TOTAL {cur}", amt(doc.total, st.num))]
        due = doc.total
        if ctx.get("deposit") and kind == "proforma_invoice":
            due = share(doc, ctx)
            tot.append((f"Advance due now ({int(ctx['deposit'] * 100)}%)", amt(due, st.num)))
        elif ctx.get("deposit") and kind == "commercial_invoice":
            tot.append(("Less advance received", amt(share(doc, ctx), st.num)))
            due = doc.total - share(doc, ctx)
        if kind != "quotation":
            tot.append((f"AMOUNT DUE {cur}", amt(due, st.num)))
        foot = ("<table class=tt>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in tot) + "</table>"
                f"<div class=pd><b>Terms</b><br>Delivery: {nw(doc.incoterms or '')}<br>Payment: "
                f"{e(doc.payment_terms or '')}<br>Bank: {US_BANK} · IBAN {US_IBAN} · BIC {US_BIC}<br>Zero rated: "
                "export of goods outside the UK.</div>")
        if kind != "quotation":
            foot += (f"<div class=ta><div class=tat>✂ PAYMENT ADVICE</div><table><tr><td>To: {e(doc.seller.name)}"
                     f"<br>12 Dockside Road, Southampton</td><td>Customer<br>{e(doc.buyer.name)}</td><td>Invoice "
                     f"Number<br>{nw(doc.number)}</td><td>Amount Due<br>{cur} {amt(due, st.num)}</td><td>Amount "
                     "Enclosed<br>__________</td></tr></table></div>")
    body = (
        f"<table class=top><tr><td class=a><div class=ti>{title}</div>"
        + (f"<div class=su>{e(sub)}</div>" if sub else "")
        + f"<div class=cu>{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}<br>Attention: {e(ctx['contact'])}"
        f"</div></td><td class=m>{mid}</td><td class=u>{e(doc.seller.name)}<br>12 Dockside Road<br>Southampton "
        f"SO14 3AB<br>UNITED KINGDOM<br>VAT Number {US_VAT}</td></tr></table><table class=ln><thead><tr>{head}"
        f"</tr></thead><tbody>{rows}</tbody></table>{foot}<div class=ft>Registered Office: 12 Dockside Road, "
        f"Southampton SO14 3AB. {US_CO}, registered in England and Wales.</div>")
    css = (".top { width: 100%; } .top td { vertical-align: top; font-size: 8.5pt; } .a { width: 46%; } .ti { "
           "font-size: 22pt; letter-spacing: 1px; } .su { font-size: 8pt; color: #777; } .cu { margin-top: 14px; } "
           ".m { width: 22%; } .k { font-size: 7.5pt; color: #555; margin-top: 3px; } .v { font-size: 8.5pt; } "
           ".u { width: 32%; } .ln { width: 100%; margin-top: 16px; font-size: 8pt; } .ln th { text-align: left; "
           "border-bottom: 1px solid #333; padding: 4px 3px; } .ln td { padding: 4px 3px; vertical-align: top; "
           "border-bottom: 1px solid #ddd; } .tt { margin: 6px 0 0 auto; font-size: 8.5pt; } .tt th { text-align: "
           "right; padding: 2px 12px; } .tt td { text-align: right; min-width: 80px; } .tt tr:nth-child(3) td, "
           ".tt tr:nth-child(3) th { border-top: 1px solid #333; } .pd { font-size: 8pt; margin-top: 14px; } .ta { "
           "border-top: 1px dashed #555; margin-top: 26px; padding-top: 6px; font-size: 8pt; } .ta table { width: "
           "100%; } .ta td { vertical-align: top; padding: 2px 6px; } .tat { font-size: 11pt; } .sp { width: 100%; "
           "margin-top: 10px; font-size: 8pt; } .sp th { text-align: left; color: #555; padding: 3px; } .sp td { "
           "padding: 3px; } .sm { font-size: 7.5pt; } .ft { margin-top: 18px; font-size: 6.5pt; color: #888; }")
    return page(f"{title} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L259: Our SALES CONFIRMATION typed in Word (docx; signed copies -> PDF), with the customer's language as a
# second caption line where it is not English: "Sales Confirmation / Auftragsbestätigung …", a ruled header
# table with the confirmation number, date, customer's order, a two-cell parties row, the goods table with a
# merged "Goods" heading row above the columns, the conditions as "§ 1 … § 9" paragraphs and a two-column
# signature table ("For the Seller" / "For the Buyer") with "/s/" lines on the signed copy.

L259 = {
    "en": ("Sales Confirmation", "Goods", "Conditions", "For the Seller", "For the Buyer"),
    "de": ("Auftragsbestätigung", "Ware", "Bedingungen", "Für den Verkäufer", "Für den Käufer"),
    "fr": ("Confirmation de vente", "Marchandises", "Conditions", "Pour le vendeur", "Pour l'acheteur"),
    "es": ("Confirmación de venta", "Mercancía", "Condiciones", "Por el vendedor", "Por el comprador"),
    "zh": ("销售确认书", "货物", "条款", "卖方", "买方"),
}


def l259_sales_confirmation(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Anna Keller", "Liberation Sans", 9.5)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Inches(0.8)
    cur = doc.currency or ""
    loc = L259.get(st.lang, L259["en"])
    two = (lambda en, i: en if st.lang == "en" else f"{en} / {loc[i]}")  # noqa: E731
    para(d, "Northwind Components Ltd. | 12 Dockside Road | Southampton SO14 3AB | United Kingdom", size=8,
         color="666666")
    para(d, two("Sales Confirmation", 0), size=15)
    hdr = table(d, [["Confirmation No.", doc.number, "Date", dd(doc.date, st.date)],
                    ["Your order", doc.order_number or "(to follow)", "Currency", cur]],
                [1.4, 2.0, 1.0, 2.4], head=False, size=9)
    for c in (hdr.cell(0, 0), hdr.cell(0, 2), hdr.cell(1, 0), hdr.cell(1, 2)):
        shade(c, "EDEDED")
    para(d)
    table(d, [[f"Seller:\n{doc.seller.name}\n{doc.seller.address}\nVAT {US_VAT}",
               f"Buyer:\n{doc.buyer.name}\n{doc.buyer.address}\n{ctx['reg']}"]], [3.4, 3.4], head=False, size=9)
    para(d)
    rows = [[two("Goods", 1), "", "", "", "", "", ""],
            ["No.", "Article", "Description", "Qty", "Unit", f"Price {cur}", f"Value {cur}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["", "", "Total value", "", "", "", amt(doc.total, st.num)])
    t = table(d, rows, [0.35, 1.1, 2.55, 0.5, 0.5, 0.85, 0.95], size=8.5)
    merged = t.cell(0, 0).merge(t.cell(0, 6))
    for extra in merged.paragraphs[1:]:  # merging keeps one empty paragraph per former cell
        extra._p.getparent().remove(extra._p)
    repeat_header(t.rows[1])
    for row in t.rows:
        keep_row(row)
    para(d)
    para(d, two("Conditions", 2), size=11)
    for i, text in enumerate((f"Delivery: {doc.incoterms} (Incoterms 2020).",
                              f"Payment: {doc.payment_terms}.",
                              "Shipment: " + ctx["delivery_time"] + ".",
                              "Packing: export cartons on heat-treated pallets, marked with the Buyer's order number.",
                              "Documents: invoice, packing slip and transport document by e-mail.",
                              "Warranty: 12 months from delivery, for defects of material or manufacture.",
                              "Retention of title until payment in full.",
                              "Force majeure excuses delay for its duration.",
                              "English law applies; courts of London."), start=1):
        para(d, f"§ {i}  {text}", size=8.5)
    para(d)
    if doc.signed:
        sig = [[two("For the Seller", 3), two("For the Buyer", 4)],
               [f"/s/ Anna Keller\nExport Sales Manager\nSouthampton, {dd(doc.date, st.date)}",
                f"/s/ {ctx['signatory']}\n{ctx['buyer_title']}\n{ctx['city']}, {dd(ctx['signed_on'], st.date)}"]]
    else:
        sig = [[two("For the Seller", 3), two("For the Buyer", 4)],
               ["\n\n______________________\nName, title, date", "\n\n______________________\nName, title, date"]]
    s = table(d, sig, [3.4, 3.4], size=9)
    keep_row(s.rows[1])
    if not doc.signed:
        para(d, "Please return one countersigned copy within 7 days.", size=8, color="666666")
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L260: A forwarder's negotiable house bill of lading in the FIATA multimodal style (HTML -> Chromium): the
# numbered boxes in a grid (1 Consignor, 2 Consigned to order of, 3 Notify address, 4 Place of receipt, 5 Ocean
# vessel, 6 Port of loading, 7 Port of discharge, 8 Place of delivery), the FBL number and the forwarder's
# name in the right-hand box, a particulars table whose header row spans the merged "Particulars furnished by
# the consignor" cell, "Declaration of interest" and "Declared value" boxes, the freight amount box, and the
# place and date of issue with "Stamp and signature".

def l260_house_bl(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cont = "<br>".join(f"{e(c)}<br>seal {e(s)}" for c, s in zip(doc.tracking_numbers, ctx["seals"], strict=True))
    b = lambda n, cap, v: f"<div class=cap>{n} {cap}</div>{v}"  # noqa: E731
    body = (
        "<table class=f><tr><td class=h>"
        + b(1, "Consignor", f"{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}")
        + f"</td><td class=h rowspan=3><div class=fb>FBL</div><div class=t>NEGOTIABLE FIATA MULTIMODAL TRANSPORT "
        f"BILL OF LADING</div><div class=cap>FBL No.</div><div class=big>{nw(doc.number)}</div><div class=cap>"
        f"Shipment reference</div>{e(ctx['booking'])}<div class=cap>Consignor's reference</div>"
        f"{nw(doc.order_number or '')}<br><br><div class=fw>{FORWARDER[0]}</div><div class=sm>{FORWARDER[1]}</div>"
        "</td></tr><tr><td>"
        + b(2, "Consigned to order of", f"{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}")
        + "</td></tr><tr><td>"
        + b(3, "Notify address", f"{e(doc.buyer.name)}, attn. {e(ctx['contact'])}")
        + "</td></tr></table><table class=f><tr><td>" + b(4, "Place of receipt", "Southampton CFS")
        + "</td><td>" + b(5, "Ocean vessel", e(ctx["vessel"])) + "</td><td>"
        + b(6, "Port of loading", "Southampton") + "</td></tr><tr><td>"
        + b(7, "Port of discharge", e(ctx["pod"])) + "</td><td colspan=2>"
        + b(8, "Place of delivery", e(ctx["place"])) + "</td></tr></table>"
        "<table class=g><tr><th colspan=5 class=mg>Particulars furnished by the consignor</th></tr><tr><th>Marks "
        "and numbers</th><th>Number and kind of packages</th><th>Description of goods</th><th>Gross weight</th>"
        f"<th>Measurement</th></tr><tr><td>{e(ctx['marks'])}<br>{cont}</td><td>{ctx['packages']} cartons on "
        f"pallets</td><td>{e(ctx['goods'])}<br>(shipper's load, stow and count)</td><td>{ctx['gross']} kg</td><td>"
        f"{ctx['cbm']} cbm</td></tr></table><table class=f><tr><td>Declaration of interest of the consignor in "
        "timely delivery: none</td><td>Declared value for ad valorem rate: none</td></tr><tr><td>Freight amount: "
        f"as arranged · FREIGHT {ctx['freight']}</td><td>Number of original FBLs: 3/THREE</td></tr><tr><td>Laden "
        f"on board the vessel: {dd(doc.date, st.date)}</td><td>Place and date of issue: Southampton, "
        f"{dd(doc.date, st.date)}</td></tr><tr><td colspan=2 class=sg>Stamp and signature: for {FORWARDER[0]} as "
        "multimodal transport operator</td></tr></table><p class=ct>Taken in charge in apparent good order and "
        "condition, unless otherwise noted herein, at the place of receipt for transport and delivery as "
        "mentioned above. One of these multimodal transport bills of lading must be surrendered duly endorsed in "
        "exchange for the goods. Subject to the FIATA FBL standard conditions.</p>")
    css = (".f { width: 100%; margin-top: -1px; table-layout: fixed; } .f td { border: 1px solid #000; padding: 4px; "
           "vertical-align: top; font-size: 8.5pt; } .h { width: 50%; } .cap { font-size: 6.5pt; color: #333; } "
           ".fb { font-size: 26pt; color: #0b5394; letter-spacing: 3px; } .t { font-size: 8pt; } .big { font-size: "
           "12pt; } .fw { font-size: 10pt; } .sm { font-size: 7pt; } .g { width: 100%; margin-top: -1px; } .g th, "
           ".g td { border: 1px solid #000; padding: 4px; font-size: 8pt; text-align: left; vertical-align: top; } "
           ".g td { height: 120px; } .mg { background: #eee; text-align: center !important; } .sg { height: 40px; } "
           ".ct { font-size: 6.5pt; color: #333; }")
    return page(f"FBL {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L261: The customer's bank's DEBIT ADVICE for an outward transfer, as the bank's trade-services desk mails it
# as PDF (HTML -> Chromium): the bank's name and branch, the customer's address in the window, "DEBIT ADVICE"
# with the local-language title, "We have today debited your account as follows", a ruled two-column table
# (our reference, value date, account debited, beneficiary, beneficiary bank, the transfer amount, commission,
# cable charges, total debited, exchange rate), "Details of payment" quoting invoice and order, and "This is
# a computer-generated advice and requires no signature".

L261 = {
    "en": ("DEBIT ADVICE", "We have today debited your account as follows:", "Our reference", "Value date",
           "Account debited", "Beneficiary", "Beneficiary bank", "Transfer amount", "Details of payment",
           "invoice", "order"),
    "de": ("BELASTUNGSANZEIGE", "Wir haben Ihr Konto heute wie folgt belastet:", "Unsere Referenz", "Valuta",
           "Belastetes Konto", "Begünstigter", "Bank des Begünstigten", "Überweisungsbetrag", "Verwendungszweck",
           "Rechnung", "Bestellung"),
    "fr": ("AVIS DE DÉBIT", "Nous avons ce jour débité votre compte comme suit :", "Notre référence",
           "Date de valeur", "Compte débité", "Bénéficiaire", "Banque du bénéficiaire", "Montant du transfert",
           "Motif", "facture", "commande"),
    "es": ("AVISO DE DÉBITO", "Hoy hemos debitado su cuenta como sigue:", "Nuestra referencia", "Fecha valor",
           "Cuenta debitada", "Beneficiario", "Banco beneficiario", "Importe de la transferencia", "Concepto",
           "factura", "pedido"),
    "zh": ("付款通知", "We have today debited your account as follows:", "业务编号 Reference", "起息日 Value date",
           "Account debited", "收款人 Beneficiary", "Beneficiary bank", "汇款金额 Amount", "附言 Details",
           "invoice", "order"),
}


def l261_debit_advice(doc: Doc, st: Style, ctx: dict) -> Rendered:
    (title, intro, c_ref, c_val, c_acc, c_ben, c_bbank, c_amt, c_det, w_inv, w_po) = L261[st.lang]
    cur = e(doc.currency or "")
    inv = ref(doc, "invoice_ref")
    h = int(hashlib.sha1(doc.number.encode()).hexdigest()[:6], 16)
    comm = Decimal(25 + h % 20)
    rows = [(c_ref, f"<b>{nw(doc.number)}</b>"), (c_val, dd(doc.date, st.date)), (c_acc, e(ctx["iban"])),
            (c_ben, f"{e(doc.seller.name)}, {e(doc.seller.address)}"),
            (c_bbank, f"{US_BANK}, SWIFT {US_BIC}, IBAN {US_IBAN}"),
            (c_amt, f"<span class=am>{cur} {amt(doc.total, st.num)}</span>"),
            ("Commission / cable", f"{cur} {amt(comm, st.num)} (charges SHA)"),
            (c_det, f"{w_inv} {nw(inv)} · {w_po} {nw(doc.order_number or '')}")]
    eng = "" if st.lang == "en" else "<div class=en>DEBIT ADVICE</div>"
    body = (
        f"<div class=bk>{e(ctx['bank'])}</div><div class=br>Trade &amp; Payments Services · SWIFT {e(ctx['bic'])}"
        f"</div><table class=hd><tr><td class=w>{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}</td><td><div "
        f"class=ti>{title}</div>{eng}<div>{dd(doc.date, st.date)}</div></td></tr></table><p>{intro}</p><table "
        "class=d>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
        + "</table><p class=sm>This is a computer-generated advice and requires no signature. Please check the "
        "entries and tell us of any discrepancy within 14 days.</p>")
    css = (".bk { font-size: 15pt; color: #7a1f2b; } .br { font-size: 7.5pt; border-bottom: 2px solid #7a1f2b; "
           "padding-bottom: 4px; } .hd { width: 100%; margin: 14px 0; font-size: 9pt; } .hd td { vertical-align: "
           "top; } .w { width: 60%; } .ti { font-size: 14pt; letter-spacing: 1px; } .en { font-size: 8pt; color: "
           "#555; } .d { width: 100%; font-size: 9pt; border-top: 1px solid #000; border-bottom: 1px solid #000; } "
           ".d th { text-align: left; width: 30%; padding: 4px; color: #333; vertical-align: top; } .d td { "
           "padding: 4px; } .am { font-size: 11pt; } .sm { font-size: 7.5pt; color: #555; margin-top: 18px; }")
    return page(title, css, body)


# ------------------------------------------------------------------------------------------------
# L262: The customer's INCOMING INSPECTION REPORT with its sampling result, typed in Word and sent as PDF
# (docx -> LibreOffice), in English, French or German: report number and date in a header table beside the
# supplier, PO and lot (goods receipt) fields, "Sampling: ISO 2859-1, general level II, AQL 1.0", the findings
# table "Item | Part no. | Description | Lot qty | Sample | Defects | Finding", the verdict "REJECTED" in a
# shaded cell, remarks and the inspector / approver lines.

L262 = {
    "en": ("INCOMING INSPECTION REPORT", "Report No.", "Date", "Supplier", "Purchase order", "Lot / goods receipt",
           "Complaint ref.", "Sampling: ISO 2859-1, general inspection level II, AQL 1.0",
           ("Item", "Part no.", "Description", "Lot qty", "Unit", "Sample", "Defects", "Finding"),
           "Verdict", "REJECTED – supplier to replace or credit", "Remarks", "Inspector", "Approved"),
    "fr": ("RAPPORT DE CONTRÔLE À RÉCEPTION", "Rapport n°", "Date", "Fournisseur", "Commande", "Lot / réception",
           "Réf. réclamation", "Échantillonnage : ISO 2859-1, niveau général II, NQA 1,0",
           ("Poste", "Référence", "Désignation", "Qté lot", "Unité", "Échantillon", "Défauts", "Constat"),
           "Décision", "REFUSÉ – remplacement ou avoir demandé", "Observations", "Contrôleur", "Visa"),
    "de": ("WARENEINGANGSPRÜFBERICHT", "Bericht-Nr.", "Datum", "Lieferant", "Bestellung", "Los / Wareneingang",
           "Reklamations-Nr.", "Stichprobe: ISO 2859-1, Prüfniveau II, AQL 1,0",
           ("Pos.", "Teile-Nr.", "Bezeichnung", "Losmenge", "Einheit", "Stichprobe", "Fehler", "Befund"),
           "Entscheid", "ABGELEHNT – Ersatz oder Gutschrift", "Bemerkungen", "Prüfer", "Freigabe"),
}


def l262_inspection(doc: Doc, st: Style, ctx: dict) -> Rendered:
    (title, c_no, c_date, c_sup, c_po, c_lot, c_claim, sampling, heads, c_verdict, verdict, c_rem, c_insp,
     c_appr) = L262[st.lang]
    d = new_docx(ctx["reported_by"], "Liberation Sans", 9)
    para(d, f"{doc.buyer.name} · {doc.buyer.address}", size=8, color="555555")
    para(d, title, size=14)
    hdr = table(d, [[c_no, doc.number, c_sup, doc.seller.name],
                    [c_date, dd(doc.date, st.date), c_po, doc.order_number or ""],
                    [c_claim, ref(doc, "claim_ref"), c_lot, f"{ctx['grn']} / {dd(ctx['received'], st.date)}"]],
                [1.1, 1.7, 1.3, 2.8], head=False, size=8.5)
    for i in range(3):
        shade(hdr.cell(i, 0), "F2F2F2")
        shade(hdr.cell(i, 2), "F2F2F2")
    para(d, sampling, size=8.5)
    rows = [list(heads)]
    for i, (sku, desc, lot, q, unit, found) in enumerate(ctx["items"], start=1):
        sample = min(lot, 13 if lot > 90 else 8 if lot > 25 else 5 if lot > 8 else lot)
        rows.append([str(i), sku, desc, str(lot), unit, str(sample), str(q), found])
    t = table(d, rows, [0.4, 1.0, 2.0, 0.6, 0.5, 0.7, 0.55, 1.4], size=8)
    repeat_header(t.rows[0])
    v = table(d, [[c_verdict, verdict]], [1.5, 5.4], head=False, size=10)
    shade(v.cell(0, 1), "F4CCCC")
    para(d)
    para(d, f"{c_rem}: {ctx['long_text']}", size=8.5)
    para(d)
    table(d, [[f"{c_insp}: {ctx['reported_by']}", f"{c_appr}: {ctx['signatory']}"]], [3.45, 3.45], head=False,
          size=8.5)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L263: Saint Lucian cocoa works' purchase order printed from a cloud ERP (NetSuite-style PO template, HTML ->
# Chromium): logo text and address left, "Purchase Order" right with "#" and the date under it, "Vendor" and
# "Ship To" blocks, a grey strip "Vendor # | Terms | Incoterm | Expected Receipt | Memo", lines "Item | Description
# | Qty | Units | Rate | Amount" with "Vendor Quote" under the description where known, a right-aligned
# "Total" and a memo footer.

def l263_netsuite(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cur = e(doc.currency or "")
    quote = ref(doc, "quote_ref")
    strip = [("Vendor #", e(ctx["vendor_id"])), ("Terms", e(doc.payment_terms or "")),
             ("Incoterm", nw(doc.incoterms or "")), ("Expected Receipt", dd(doc.date + dt.timedelta(days=50), st.date)),
             ("Currency", cur)]
    rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>{ln.quantity}</td>"
                   f"<td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>"
                   f"{amt(ln.amount, st.num)}</td></tr>" for ln in doc.lines)
    body = (
        f"<table class=top><tr><td><div class=lg>{e(doc.buyer.name)}</div>{lines_of(doc.buyer.address)}<br>"
        f"{e(ctx['reg'])}</td><td class=r><div class=ti>Purchase Order</div><div class=no>#{nw(doc.number)}</div>"
        f"{dd(doc.date, st.date)}</td></tr></table><table class=ad><tr><td><div class=k>Vendor</div>"
        f"{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}</td><td><div class=k>Ship To</div>"
        f"{e(ctx['ship_to'])}<br>Saint Lucia</td></tr></table><table class=st><tr>"
        + "".join(f"<th>{k}</th>" for k, _ in strip) + "</tr><tr>" + "".join(f"<td>{v}</td>" for _, v in strip)
        + "</tr></table><table class=ln><thead><tr><th>Item</th><th>Description</th><th class=r>Qty</th><th>Units"
        f"</th><th class=r>Rate</th><th class=r>Amount</th></tr></thead><tbody>{rows}</tbody></table><table "
        f"class=tt><tr><th>Total</th><td>{cur} {amt(doc.total, st.num)}</td></tr></table>"
        + (f"<p class=mm>Memo: as per Vendor Quote {nw(quote)}. {e(ctx['memo'])}</p>" if quote
           else f"<p class=mm>Memo: {e(ctx['memo'])}</p>")
        + f"<p class=ap>Approved by {e(ctx['signatory'])}, {e(ctx['buyer_title'])}</p>")
    css = (".top { width: 100%; font-size: 8.5pt; } .top td { vertical-align: top; } .lg { font-size: 13pt; color: "
           "#5b3a1e; } .ti { font-size: 20pt; } .no { font-size: 11pt; } .ad { width: 100%; margin-top: 14px; "
           "font-size: 8.5pt; } .ad td { width: 50%; vertical-align: top; } .k { font-size: 7.5pt; color: #666; "
           "border-bottom: 1px solid #ccc; margin-bottom: 3px; } .st { width: 100%; margin-top: 12px; font-size: "
           "8pt; } .st th { background: #e6e6e6; text-align: left; padding: 3px; } .st td { padding: 3px; "
           "border-bottom: 1px solid #ccc; } .ln { width: 100%; margin-top: 12px; font-size: 8pt; } .ln th { "
           "background: #5b3a1e; color: #fff; text-align: left; padding: 3px; } .ln td { padding: 3px; "
           "border-bottom: 1px solid #e2e2e2; vertical-align: top; } .tt { margin: 6px 0 0 auto; font-size: 10pt; "
           "} .tt th { padding: 3px 12px; } .mm, .ap { font-size: 8pt; }")
    return page(f"Purchase Order {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L264: A "Local Purchase Order" spreadsheet as resort and small-factory purchasing offices keep them in Excel
# (xlsx): merged title row "LOCAL PURCHASE ORDER" (or "ORDEN DE COMPRA"), the company block left and a bordered
# box right (LPO No., Date, Vendor Code, Quote Ref.), supplier and delivery addresses in merged cells, lines
# "S/N | Item Code | Description | UOM | Qty | Unit Price | Total" (English or Spanish captions), "Sub Total /
# Freight / GRAND TOTAL" under the lines, the amount in a merged "Amount in words"-less note row, and three
# signature boxes (Requested / Checked / Approved).

L264 = {
    "en": ("LOCAL PURCHASE ORDER", ("LPO No.", "Date", "Vendor Code", "Quote Ref."), "Supplier", "Deliver to",
           ("S/N", "Item Code", "Description", "UOM", "Qty", "Unit Price", "Total"), "Sub Total", "Freight",
           "GRAND TOTAL", "Terms of payment", "Delivery terms",
           ("Requested by", "Checked by (Finance)", "Approved by")),
    "es": ("ORDEN DE COMPRA", ("O.C. N°", "Fecha", "Cód. proveedor", "Ref. cotización"), "Proveedor", "Entregar en",
           ("N°", "Código", "Descripción", "Unidad", "Cant.", "Precio unit.", "Total"), "Subtotal", "Flete",
           "TOTAL GENERAL", "Forma de pago", "Condición de entrega",
           ("Solicitado por", "Revisado (Contabilidad)", "Autorizado por")),
}


def l264_lpo(doc: Doc, st: Style, ctx: dict) -> Rendered:
    (title, box_caps, c_sup, c_del, heads, c_sub, c_fr, c_gt, c_pay, c_inc, sigs) = L264[ctx.get("caps", "en")]
    wb, ws = new_xlsx(ctx["contact"], doc.number.replace("/", "-"))
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor="D9D9D9")
    for col, w in zip("ABCDEFG", (5, 16, 44, 8, 7, 12, 14), strict=True):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:G1")
    c = ws.cell(1, 1, title)
    c.font = Font(size=16)
    c.alignment = Alignment(horizontal="center")
    ws.cell(2, 1, doc.buyer.name).font = Font(size=11)
    ws.merge_cells("A2:D2")
    ws.cell(3, 1, doc.buyer.address)
    ws.merge_cells("A3:D3")
    ws.cell(4, 1, ctx["reg"]).font = Font(size=8, color="555555")
    ws.merge_cells("A4:D4")
    vals = (doc.number, dd(doc.date, st.date), ctx["vendor_id"], ref(doc, "quote_ref") or "-")
    for k, (cap, v) in enumerate(zip(box_caps, vals, strict=True)):
        a = ws.cell(2 + k, 6, cap)
        a.border = box
        a.fill = grey
        b = ws.cell(2 + k, 7, v)
        b.border = box
    ws.cell(7, 1, c_sup).fill = grey
    ws.merge_cells("A7:C7")
    ws.cell(8, 1, f"{doc.seller.name}, {doc.seller.address}")
    ws.merge_cells("A8:C8")
    ws.cell(7, 4, c_del).fill = grey
    ws.merge_cells("D7:G7")
    ws.cell(8, 4, ctx["ship_to"])
    ws.merge_cells("D8:G8")
    ws.cell(8, 4).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[8].height = 30
    r = 10
    for j, cap in enumerate(heads, start=1):
        c = ws.cell(r, j, cap)
        c.border = box
        c.fill = grey
        c.alignment = Alignment(horizontal="center")
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((i, ln.sku, ln.description, ln.unit or "", ln.quantity, float(ln.unit_price),
                               float(ln.amount)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = box
            c.alignment = Alignment(vertical="top", wrap_text=j == 3)
            if j in (6, 7):
                c.number_format = "#,##0.00"
    r += len(doc.lines) + 1
    for k, (cap, v) in enumerate(((c_sub, float(doc.subtotal)), (c_fr, None),
                                  (f"{c_gt} {doc.currency}", float(doc.total)))):
        a = ws.cell(r + k, 6, cap)
        a.border = box
        b = ws.cell(r + k, 7, v if v is not None else "incl.")
        b.border = box
        if v is not None:
            b.number_format = "#,##0.00"
    r += 4
    ws.cell(r, 1, f"{c_pay}: {doc.payment_terms}")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r + 1, 1, f"{c_inc}: {doc.incoterms}")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=7)
    r += 3
    for k, (cap, col) in enumerate(zip(sigs, (1, 3, 6), strict=True)):
        ws.cell(r, col, cap).border = box
        name = (ctx["contact"], "", ctx["signatory"])[k]
        ws.cell(r + 1, col, name).border = box
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L265: Kosovar dairy's order in German on a Word form the owner brought back from Switzerland (docx, sent as is
# or as PDF): "BESTELLSCHEIN" with a framed header table (Bestell-Nr. / Datum / Ihre Offerte / Sachbearbeiter),
# the supplier's address in a "Lieferant" cell and the delivery address beside it, lines "Pos. | Art.-Nr. |
# Artikelbezeichnung | Menge | ME | Preis/ME | Betrag" with Swiss numbers (1'234.50), "Zwischentotal /
# MWST 0 % (Import) / Total EUR" and the conditions below as "Lieferkondition:", "Zahlungskondition:".

def l265_bestellschein(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Inches(0.75)
    cur = doc.currency or ""
    para(d, doc.buyer.name, size=14)
    para(d, f"{doc.buyer.address} · {ctx['reg']}", size=8, color="555555")
    para(d)
    para(d, "BESTELLSCHEIN", size=16)
    h = table(d, [["Bestell-Nr.", doc.number, "Datum", day(doc.date, st.date)],
                  ["Ihre Offerte", ref(doc, "quote_ref") or "–", "Sachbearbeiter", ctx["contact"]]],
              [1.2, 2.0, 1.2, 2.6], head=False, size=9)
    shade(h.cell(0, 0), "DDEBF7")
    shade(h.cell(0, 2), "DDEBF7")
    para(d)
    table(d, [["Lieferant", "Lieferadresse"],
              [f"{doc.seller.name}\n{doc.seller.address}", ctx["ship_to"]]], [3.5, 3.5], size=9)
    para(d)
    para(d, "Wir bestellen gemäss nachstehender Aufstellung. Bitte Auftragsbestätigung mit Liefertermin.", size=9)
    rows = [["Pos.", "Art.-Nr.", "Artikelbezeichnung", "Menge", "ME", f"Preis/ME {cur}", f"Betrag {cur}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    t = table(d, rows, [0.4, 0.95, 2.7, 0.55, 0.45, 0.95, 1.0], size=8.5)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    tot = table(d, [["Zwischentotal", amt(doc.subtotal, st.num)],
                    ["MWST 0 % (Import, Verzollung durch Käufer)", amt(doc.tax or Decimal(0), st.num)],
                    [f"Total {cur}", amt(doc.total, st.num)]], [5.0, 2.0], head=False, size=9)
    for row in tot.rows:
        keep_row(row)
    para(d)
    para(d, f"Lieferkondition: {doc.incoterms} (Incoterms 2020), Lieferung per Kurier bis Werk.", size=9)
    para(d, f"Zahlungskondition: {doc.payment_terms}", size=9)
    para(d, "Bitte Bestell-Nr. auf allen Papieren angeben. Ursprungserklärung auf der Rechnung (EUR.1 nicht nötig).",
         size=8.5)
    para(d)
    para(d, f"Freundliche Grüsse\n{doc.buyer.name}\n\n{ctx['signatory']}, {ctx['buyer_title']}", size=9)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L266: Djiboutian bottler's "BON DE COMMANDE FOURNISSEUR" from a Sage-100-style package (HTML -> Chromium):
# the company band with RCS and NIF, a two-box header ("Fournisseur" with our address, "Commande" with the
# number, date in words, "Votre devis", code fournisseur), the lines "Référence | Désignation | Qté | Unité | P.U.
# HT | Montant HT" with French numbers, a totals block printed on the left under the table ("Total HT / TVA :
# non applicable (zone franche) / Net à payer"), "Arrêté le présent bon de commande à la somme de" with the
# figures, conditions and the visa boxes.

def l266_sage_fr(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cur = e(doc.currency or "")
    quote = ref(doc, "quote_ref")
    rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}<div class=nd>Origine : UE · "
                   f"NDP {8422 + i % 3}.90 · dépôt MAG-{1 + i % 2}</div></td><td class=r>{ln.quantity}</td><td>"
                   f"{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>"
                   f"{amt(ln.amount, st.num)}</td></tr>" for i, ln in enumerate(doc.lines))
    body = (
        f"<div class=band>{e(doc.buyer.name)}<span>{e(doc.buyer.address)} · {e(ctx['reg'])}</span></div>"
        "<h1>BON DE COMMANDE FOURNISSEUR</h1><table class=bx><tr><td><div class=k>Fournisseur</div>"
        f"{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}<br>À l'attention de Mme Anna Keller</td><td>"
        f"<div class=k>Commande</div>N° <b>{nw(doc.number)}</b><br>Djibouti, le {dd(doc.date, st.date)}<br>"
        f"Votre devis : {nw(quote) if quote else '—'}<br>Code fournisseur : F-0{e(ctx['account'][-3:])}</td></tr>"
        "</table><table class=ln><thead><tr><th>Référence</th><th>Désignation</th><th class=r>Qté</th><th>Unité"
        f"</th><th class=r>P.U. HT ({cur})</th><th class=r>Montant HT ({cur})</th></tr></thead><tbody>{rows}</tbody>"
        f"</table><table class=tt><tr><th>Total HT</th><td>{amt(doc.subtotal, st.num)} {cur}</td></tr><tr><th>TVA"
        f"</th><td>non applicable (zone franche)</td></tr><tr><th>Net à payer</th><td>{amt(doc.total, st.num)} "
        f"{cur}</td></tr></table><p class=ar>Arrêté le présent bon de commande à la somme de "
        f"{amt(doc.total, st.num)} {cur} hors taxes.</p><p class=cd>Incoterm : {nw(doc.incoterms or '')} – port de "
        f"Djibouti, terminal de Doraleh<br>Règlement : {e(doc.payment_terms or '')}<br>Livraison : {e(ctx['ship_to'])}"
        "<br>Documents exigés : facture, liste de colisage, connaissement, certificat d'origine.</p><table class=vs>"
        f"<tr><td>Établi par<br>{e(ctx['contact'])}</td><td>Contrôle de gestion<br>&nbsp;</td><td>Directeur général"
        f"<br>{e(ctx['signatory'])}</td></tr></table>")
    css = (".band { background: #16537e; color: #fff; padding: 8px; font-size: 13pt; } .band span { display: "
           "block; font-size: 7.5pt; } h1 { font-size: 14pt; margin: 12px 0 8px; } .bx { width: 100%; font-size: "
           "8.5pt; } .bx td { width: 50%; border: 1px solid #16537e; padding: 6px; vertical-align: top; } .k { "
           "font-size: 7.5pt; color: #16537e; } .ln { width: 100%; margin-top: 10px; font-size: 8pt; } .ln th { "
           "border-bottom: 2px solid #16537e; text-align: left; padding: 3px; } .ln td { border-bottom: 1px solid "
           "#ddd; padding: 5px 3px; vertical-align: top; } .nd { font-size: 7pt; color: #666; } .tt { margin-top: 8px; "
           "font-size: 9pt; } .tt th { "
           "text-align: left; padding: 2px 14px 2px 0; } .ar { font-size: 8.5pt; } .cd { font-size: 8pt; } .vs { "
           "width: 100%; margin-top: 16px; font-size: 8pt; } .vs td { border: 1px solid #999; height: 48px; "
           "vertical-align: top; padding: 4px; width: 33%; }")
    return page(f"Bon de commande {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L267: Chinese-run garment factory's purchase order typed in Word with Chinese captions and English under
# them (docx, sent as is or as PDF): the Chinese company name and the English one, "采购订单 PURCHASE ORDER",
# a header table (订单号 / 日期 / 供应商 / 币种 / 价格条款 / 付款方式), lines "序号 | 料号 | 品名规格 | 数量 |
# 单位 | 单价 | 金额" with plain numbers (1234.50), "合计 TOTAL" in a merged row, 备注 notes and the
# 制单 / 审核 / 批准 signature row.

def l267_cn_word(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Noto Sans CJK SC", 9)
    cur = doc.currency or ""
    para(d, ctx["name_zh"], size=14, align="center")
    para(d, f"{doc.buyer.name} · {doc.buyer.address}", size=8.5, align="center")
    para(d, "采购订单 PURCHASE ORDER", size=14, align="center")
    table(d, [["订单号 PO No.", doc.number, "日期 Date", dd(doc.date, st.date)],
              ["供应商 Supplier", doc.seller.name, "币种 Currency", cur],
              ["价格条款 Price term", doc.incoterms or "", "付款方式 Payment", doc.payment_terms or ""]],
          [1.3, 2.2, 1.3, 2.2], head=False, size=8.5)
    para(d)
    rows = [["序号\nNo.", "料号\nItem code", "品名规格\nDescription", "数量\nQty", "单位\nUnit", "单价\nPrice",
             "金额\nAmount"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["合计 TOTAL", "", "", str(sum(ln.quantity for ln in doc.lines)), "", cur, amt(doc.total, st.num)])
    t = table(d, rows, [0.45, 1.0, 2.6, 0.6, 0.55, 0.8, 1.0], size=8)
    last = len(rows) - 1
    total_cell = t.cell(last, 0).merge(t.cell(last, 2))
    for extra in total_cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    para(d, "备注 Notes:", size=9)
    quote = ref(doc, "quote_ref")
    for i, text in enumerate((f"海运至德班，再转陆运到马塞卢工厂。Sea freight to Durban, then by road to {ctx['ship_to']}.",
                              "每箱须标明订单号。Please mark our PO number on every carton.",
                              f"依据报价单 Quotation {quote}." if quote else "价格已确认 Prices as agreed by e-mail."),
                             start=1):
        para(d, f"{i}. {text}", size=8.5)
    para(d)
    table(d, [[f"制单 Prepared: {ctx['contact']}", "审核 Checked: Li Na", f"批准 Approved: {ctx['signatory']}"]],
          [2.3, 2.3, 2.4], head=False, size=8.5)
    return save_docx(d)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L258": (l258_xero, "cloud small-business accounting (Xero-style) quote / pro forma / invoice / packing slip, "
                        "ours (HTML)"),
    "L259": (l259_sales_confirmation, "sales confirmation with bilingual captions and § conditions, ours (docx)"),
    "L260": (l260_house_bl, "forwarder's negotiable FIATA-style multimodal house bill of lading (HTML)"),
    "L261": (l261_debit_advice, "customer's bank debit advice for an outward transfer (HTML)"),
    "L262": (l262_inspection, "customer's incoming inspection report with AQL sampling (docx)"),
    "L263": (l263_netsuite, "NetSuite-style purchase order (HTML)"),
    "L264": (l264_lpo, "local purchase order / orden de compra spreadsheet (xlsx)"),
    "L265": (l265_bestellschein, "Swiss-style German Bestellschein from a Kosovar dairy (docx)"),
    "L266": (l266_sage_fr, "Sage-100-style bon de commande fournisseur (HTML)"),
    "L267": (l267_cn_word, "Chinese/English 采购订单 typed in Word (docx)"),
}

# Layouts that print a tax line of zero: their documents are labelled tax "0.00".
ZERO_TAX = ("L258", "L265")


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line."""
    return key in LAYOUTS
