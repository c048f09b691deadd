"""Twenty-eighth-holdout document layouts L268-L277, each modelled on a real-world family of documents."""
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
US_CO = "Company No. 04417321"
CARRIER = ("Meridian Atlantic Line A/S", "Agents in Southampton: Itchen Quay Shipping Agency Ltd")


def dd(d: dt.date, style: str) -> str:
    """A printed date; "zh_long" is the Chinese 2038年3月4日 form, anything unknown the ISO form."""
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


def m(value: Decimal, st: Style) -> str:
    """An amount that never wraps inside (French thousands are separated by a space)."""
    return nw(amt(value, st.num))


def qty(ln: object) -> str:
    """Quantity with two decimals and its unit, as the ERP prints it ("4.00 ea")."""
    return nw(f"{ln.quantity}.00 {ln.unit or ''}".strip())


def words(text: str) -> str:
    return " ".join(nw(w) if ("-" in w or "/" in w) else e(w) for w in text.split(" "))


def lines_of(text: str) -> str:
    return nl(text.replace(", ", "\n"))


def share(doc: Doc, ctx: dict) -> Decimal:
    return (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)


def merge_row(t: object, row: int, first: int, last: int) -> None:
    cell = t.cell(row, first).merge(t.cell(row, last))
    for extra in cell.paragraphs[1:]:  # merging keeps one empty paragraph per former cell
        extra._p.getparent().remove(extra._p)


# ------------------------------------------------------------------------------------------------
# L268: Our sales paperwork printed from an open-source ERP's report engine (Odoo-style, HTML -> Chromium):
# our name and address top left with a thin rule, the customer's address block on the right, the big title with
# the number ("Quotation # QU…", "Pro-Forma Invoice # …", "Invoice INV…", "Packing List PL…"), a row of caption-over-
# value boxes (date, expiration or due date, source document, salesperson, incoterm), the lines "Description |
# Quantity | Unit Price | Taxes | Amount" with the code in square brackets before the description and the
# quantity followed by its unit, the totals box right ("Untaxed Amount / 0% Export / Total"), the payment terms
# and "Please use the following communication for your payment". Non-English customers get their language's
# title in small type after the English one.

L268_TITLE = {"quotation": "Quotation", "proforma_invoice": "Pro-Forma Invoice", "commercial_invoice": "Invoice",
              "shipping_notice": "Packing List"}
L268_SUB = {"de": {"quotation": "Angebot", "proforma_invoice": "Proformarechnung", "commercial_invoice": "Rechnung",
                   "shipping_notice": "Packliste"},
            "fr": {"quotation": "Devis", "proforma_invoice": "Facture pro forma", "commercial_invoice": "Facture",
                   "shipping_notice": "Liste de colisage"},
            "es": {"quotation": "Cotización", "proforma_invoice": "Factura proforma",
                   "commercial_invoice": "Factura", "shipping_notice": "Lista de empaque"},
            "zh": {"quotation": "报价单", "proforma_invoice": "形式发票", "commercial_invoice": "商业发票",
                   "shipping_notice": "装箱单"}}


def l268_odoo(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kind = doc.doc_type
    title = L268_TITLE[kind]
    sub = L268_SUB.get(st.lang, {}).get(kind, "")
    cur = e(doc.currency or "")
    boxes: list[tuple[str, str]] = []
    if kind == "quotation":
        boxes += [("Quotation Date", dd(doc.date, st.date)),
                  ("Expiration", dd(doc.date + dt.timedelta(days=30), st.date))]
    elif kind == "shipping_notice":
        boxes += [("Shipping Date", dd(doc.date, st.date)), ("Order", nw(doc.order_number or ""))]
    else:
        boxes += [("Invoice Date", dd(doc.date, st.date))]
        if kind == "commercial_invoice":
            boxes.append(("Due Date", dd(doc.date + dt.timedelta(days=ctx.get("due_days", 30)), st.date)))
        if doc.order_number:
            boxes.append(("Source", nw(doc.order_number)))
    boxes += [("Salesperson", "Anna Keller"), ("Incoterm", nw(doc.incoterms or ""))]
    if kind == "shipping_notice" and ref(doc, "invoice_ref"):
        boxes.append(("Invoice", nw(ref(doc, "invoice_ref"))))
    info = "".join(f"<td><div class=k>{k}</div><div>{v}</div></td>" for k, v in boxes)
    if kind == "shipping_notice":
        head = "<th>Product</th><th>Description</th><th class=r>Quantity</th><th>Package</th>"
        rows = "".join(f"<tr><td>{nw(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>"
                       f"{qty(ln)}</td><td>{nw(f'PACK{pkg:0>4}')}</td></tr>"
                       for ln, pkg in ctx["rows"])
        foot = (f"<table class=sp><tr><td><div class=k>Carrier</div>{e(ctx['agent'])}</td><td><div class=k>"
                f"Tracking Reference</div>{nw(', '.join(doc.tracking_numbers))}</td><td><div class=k>Packages</div>"
                f"{ctx['packages']}</td><td><div class=k>Weight</div>{ctx['gross']} kg</td></tr></table><p class=sm>"
                f"Shipping marks: {e(ctx['marks'])}. Received the goods in good order: ________________</p>")
    else:
        head = ("<th>Description</th><th class=r>Quantity</th><th class=r>Unit Price</th><th>Taxes</th>"
                "<th class=r>Amount</th>")
        rows = "".join(f"<tr><td>[{nw(ln.sku)}] {words(ln.description)}</td><td class=r>"
                       f"{qty(ln)}</td><td class=r>{m(ln.unit_price, st)}</td>"
                       f"<td>0% Export</td><td class=r>{nw(cur + ' ' + amt(ln.amount, st.num))}</td></tr>"
                       for ln in doc.lines)
        tot = [("Untaxed Amount", f"{cur} {m(doc.subtotal, st)}"),
               ("0% Export", f"{cur} {m(doc.tax or Decimal(0), st)}"),
               ("Total", f"{cur} {m(doc.total, st)}")]
        if ctx.get("deposit") and kind == "proforma_invoice":
            tot.append((f"Down payment {int(ctx['deposit'] * 100)}% due now", f"{cur} {m(share(doc, ctx), st)}"))
        elif ctx.get("deposit") and kind == "commercial_invoice":
            tot.append(("Paid on down payment", f"{cur} {m(share(doc, ctx), st)}"))
            tot.append(("Amount Due", f"{cur} {m(doc.total - share(doc, ctx), st)}"))
        foot = ("<table class=tt>" + "".join(f"<tr><th>{k}</th><td class=r>{v}</td></tr>" for k, v in tot)
                + f"</table><p class=pt>Payment terms: {e(doc.payment_terms or '')}</p>")
        if kind != "quotation":
            foot += (f"<p class=pt>Please use the following communication for your payment: <b>{nw(doc.number)}"
                     f"</b><br>on this account: {US_IBAN} · {US_BANK} · BIC {US_BIC}</p>")
        else:
            foot += "<p class=pt>This quotation is valid until the expiration date above. Prices ex works packed.</p>"
    body = (
        f"<table class=hd><tr><td class=us>{e(doc.seller.name)}<br>12 Dockside Road<br>Southampton SO14 3AB<br>"
        f"United Kingdom<br>VAT: {US_VAT}</td><td class=cu>{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}"
        f"<br>Attn. {e(ctx['contact'])}</td></tr></table>"
        f"<h2>{title} <span class=no>{'' if kind == 'commercial_invoice' else '# '}{nw(doc.number)}</span>"
        + (f" <span class=su>{e(sub)}</span>" if sub else "")
        + f"</h2><table class=in><tr>{info}</tr></table><table class=ln><thead><tr>{head}</tr></thead><tbody>"
        f"{rows}</tbody></table>{foot}<div class=ft>{e(doc.seller.name)} · {US_CO} · orders@example.com · "
        "Page 1 / 1</div>")
    css = (".hd { width: 100%; font-size: 8.5pt; border-bottom: 1px solid #875a7b; } .hd td { vertical-align: top; "
           "padding-bottom: 8px; } .us { width: 55%; } h2 { font-size: 17pt; color: #875a7b; margin: 16px 0 8px; } "
           ".su { font-size: 9pt; color: #888; } .in { width: 100%; font-size: 8.5pt; } .in td { vertical-align: "
           "top; padding-right: 16px; } .k { font-size: 7.5pt; color: #875a7b; } .ln { width: 100%; margin-top: "
           "14px; font-size: 8.2pt; } .ln th { text-align: left; border-bottom: 2px solid #444; padding: 4px; } "
           ".ln td { border-bottom: 1px solid #ddd; padding: 4px; vertical-align: top; } .tt { margin: 8px 0 0 "
           "auto; font-size: 9pt; min-width: 42%; } .tt th { text-align: left; padding: 3px 8px; } .tt tr:nth-child(3) "
           "th, .tt tr:nth-child(3) td { border-top: 1px solid #444; } .pt { font-size: 8pt; } .sp { width: 100%; "
           "margin-top: 12px; font-size: 8pt; } .sp td { vertical-align: top; padding-right: 12px; } .sm { "
           "font-size: 7.5pt; } .ft { margin-top: 24px; border-top: 1px solid #ccc; font-size: 7pt; color: #777; "
           "text-align: center; }")
    return page(f"{title} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L269: Our SALES CONTRACT typed in Word (docx; the countersigned copy comes back as PDF): numbered articles
# with two-language headings where the buyer does not read English ("Article 1 – Goods / Artikel 1 – Ware"), the
# parties in prose ("hereinafter the Seller"), the goods in a table whose last row is a merged "Total contract
# value" cell, contract value repeated in words-free prose, delivery and payment articles, arbitration, and a
# signature table with the stamp line. ISO dates.

L269 = {
    "de": ("Kaufvertrag", ("Ware", "Lieferung", "Zahlung", "Gewährleistung", "Schlussbestimmungen"),
           "Für den Verkäufer", "Für den Käufer"),
    "fr": ("Contrat de vente", ("Marchandises", "Livraison", "Paiement", "Garantie", "Dispositions finales"),
           "Pour le vendeur", "Pour l'acheteur"),
    "es": ("Contrato de compraventa", ("Mercancía", "Entrega", "Pago", "Garantía", "Disposiciones finales"),
           "Por el vendedor", "Por el comprador"),
    "zh": ("销售合同", ("货物", "交货", "付款", "质量保证", "其他条款"), "卖方", "买方"),
}
ARTICLES = ("Goods", "Delivery", "Payment", "Warranty", "Final provisions")


def l269_contract(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Anna Keller", "Liberation Serif", 10)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Inches(0.9)
    cur = doc.currency or ""
    loc = L269.get(st.lang)
    head = (lambda i: f"Article {i + 1} – {ARTICLES[i]}" + (f" / {loc[1][i]}" if loc else ""))  # noqa: E731
    para(d, "SALES CONTRACT" + (f" / {loc[0]}" if loc else ""), size=15, align="center")
    para(d, f"Contract No. {doc.number}    Date: {dd(doc.date, st.date)}", size=10, align="center")
    if doc.order_number:
        para(d, f"Buyer's order reference: {doc.order_number}", size=9, align="center")
    para(d)
    para(d, f"This contract is made between {doc.seller.name}, {doc.seller.address} (hereinafter the \"Seller\"), "
            f"and {doc.buyer.name}, {doc.buyer.address} (hereinafter the \"Buyer\"), who agree as follows.", size=9.5)
    para(d, head(0), size=11)
    rows = [["#", "Code", "Description of goods", "Qty", "Unit", f"Unit price {cur}", f"Amount {cur}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["Total contract value", "", "", "", "", cur, amt(doc.total, st.num)])
    t = table(d, rows, [0.3, 1.15, 2.45, 0.45, 0.45, 0.9, 1.0], size=8.5)
    merge_row(t, len(rows) - 1, 0, 4)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d, f"The total contract value is {cur} {amt(doc.total, st.num)}, packing for sea or air freight included.",
         size=9.5)
    para(d, head(1), size=11)
    para(d, f"Terms of delivery: {doc.incoterms} (Incoterms® 2020). Time of shipment: {ctx['delivery_time']}. "
            "Partial shipments allowed; transhipment allowed.", size=9.5)
    para(d, head(2), size=11)
    para(d, f"Terms of payment: {doc.payment_terms}. Bank charges outside the United Kingdom are for the Buyer's "
            f"account. Seller's bank: {US_BANK}, IBAN {US_IBAN}, BIC {US_BIC}.", size=9.5)
    para(d, head(3), size=11)
    para(d, "Twelve (12) months from the date of arrival. Claims on quantity within 15 days and on quality within "
            "60 days of arrival, with an inspection report.", size=9.5)
    para(d, head(4), size=11)
    para(d, "Disputes shall be settled by arbitration in London under the LCIA Rules. This contract is made in two "
            "originals in English; each party keeps one.", size=9.5)
    para(d)
    sellers = "THE SELLER" + (f" / {loc[2]}" if loc else "")
    buyers = "THE BUYER" + (f" / {loc[3]}" if loc else "")
    if doc.signed:
        sig = [[sellers, buyers],
               [f"/s/ Anna Keller\nExport Sales Manager\nDate: {dd(doc.date, st.date)}",
                f"/s/ {ctx['signatory']}\n{ctx['buyer_title']}\nDate: {dd(ctx['signed_on'], st.date)}\n(company stamp)"]]
    else:
        sig = [[sellers, buyers],
               ["Signature: ____________________\nName / title:\nDate:",
                "Signature: ____________________\nName / title:\nDate:\n(company stamp)"]]
    s = table(d, sig, [3.35, 3.35], size=9)
    keep_row(s.rows[1])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L270: An ocean carrier's BILL OF LADING for port-to-port shipment (HTML -> Chromium): the carrier's name across
# the top right with "B/L No." and "Booking No.", Shipper / Consignee / Notify Party stacked on the left,
# "Export references" (the buyer's order), vessel and voyage, the four ports in a two-by-two grid, the cargo
# table "Container No. / Seal No. | Marks & Nos. | No. of Pkgs | Description of Goods | Gross Weight | Measurement"
# with "SAID TO CONTAIN" and "SHIPPER'S LOAD, STOW AND COUNT", the freight box, "SHIPPED ON BOARD" with the date,
# number of originals and "Place and date of issue".

def l270_carrier_bl(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cont = "<br>".join(f"{nw(c)} / {e(s)}" for c, s in zip(doc.tracking_numbers, ctx["seals"], strict=True))
    box = lambda cap, v: f"<div class=cap>{cap}</div><div>{v}</div>"  # noqa: E731
    body = (
        "<table class=f><tr><td class=l>"
        + box("Shipper", f"{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}")
        + "</td><td class=rt rowspan=2><div class=ca>MERIDIAN ATLANTIC LINE</div><div class=t>BILL OF LADING</div>"
        "<div class=sm>for port-to-port shipment or combined transport</div><table class=nos><tr><td>"
        + box("B/L No.", f"<span class=big>{nw(doc.number)}</span>") + "</td><td>"
        + box("Booking No.", e(ctx["booking"])) + "</td></tr><tr><td colspan=2>"
        + box("Export references", f"Buyer's order {nw(doc.order_number or '')}") + "</td></tr></table></td></tr>"
        "<tr><td>" + box("Consignee", f"{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}") + "</td></tr>"
        "<tr><td>" + box("Notify Party", f"SAME AS CONSIGNEE<br>attn. {e(ctx['contact'])}") + "</td><td>"
        + box("Onward inland routing", e(ctx["place"])) + "</td></tr></table>"
        "<table class=f><tr><td>" + box("Pre-carriage by", "—") + "</td><td>" + box("Place of receipt", "Southampton")
        + "</td><td>" + box("Vessel / Voyage No.", e(ctx["vessel"])) + "</td><td>" + box("Port of loading", "Southampton")
        + "</td></tr><tr><td colspan=2>" + box("Port of discharge", e(ctx["pod"])) + "</td><td colspan=2>"
        + box("Place of delivery", e(ctx["place"])) + "</td></tr></table>"
        "<table class=g><thead><tr><th>Container No. / Seal No.</th><th>Marks &amp; Nos.</th><th>No. of Pkgs</th>"
        "<th>Description of Goods</th><th>Gross Weight</th><th>Measurement</th></tr></thead><tbody><tr>"
        f"<td>{cont}</td><td>{e(ctx['marks'])}</td><td>{ctx['packages']} PACKAGES</td><td>SAID TO CONTAIN:<br>"
        f"{e(ctx['goods'])}<br>SHIPPER'S LOAD, STOW AND COUNT<br>FREIGHT {ctx['freight']}</td><td>{ctx['gross']} KGS"
        f"</td><td>{ctx['cbm']} CBM</td></tr></tbody></table>"
        "<table class=f><tr><td>" + box("Freight &amp; charges", f"OCEAN FREIGHT {ctx['freight']} AS ARRANGED")
        + "</td><td>" + box("Number of original B(s)/L", "THREE (3)") + "</td><td>"
        + box("SHIPPED ON BOARD", nw(dd(doc.date, st.date))) + "</td></tr><tr><td colspan=2>"
        + box("Place and date of issue", f"SOUTHAMPTON, {nw(dd(doc.date, st.date))}") + "</td><td class=sg>"
        + box("Signed for the Carrier", f"{CARRIER[1]}<br>as agents only") + "</td></tr></table>"
        "<p class=ct>RECEIVED by the Carrier from the Shipper in apparent good order and condition unless otherwise "
        "noted herein the total number of containers or packages said to contain the goods mentioned above. In "
        "witness whereof the number of original Bills of Lading stated above have been signed, one of which being "
        "accomplished the others to stand void.</p>")
    css = (".f { width: 100%; margin-top: -1px; } .f td { border: 1px solid #000; padding: 4px; vertical-align: top; "
           "font-size: 8.5pt; } .l { width: 50%; } .cap { font-size: 6.5pt; color: #1f3864; } .ca { font-size: "
           "15pt; color: #1f3864; letter-spacing: 2px; } .t { font-size: 13pt; } .sm { font-size: 7pt; } .nos { "
           "width: 100%; margin-top: 6px; } .nos td { border: 1px solid #777; } .big { font-size: 11pt; } .g { "
           "width: 100%; margin-top: -1px; } .g th, .g td { border: 1px solid #000; padding: 4px; font-size: 8pt; "
           "text-align: left; vertical-align: top; } .g td { height: 130px; } .sg { height: 44px; } .ct { "
           "font-size: 6.5pt; color: #333; }")
    return page(f"B/L {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L271: The customer's bank's copy of the outgoing SWIFT MT103 customer transfer, as internet banking prints it
# (HTML -> Chromium): the bank's name and "Payment confirmation" with the local-language title, a short
# summary table (transaction reference, execution date, amount, status EXECUTED), then the message itself in
# monospace with its field tags (":20:", ":23B:", ":32A:" with YYMMDD + currency + amount with a decimal comma,
# ":50K:", ":57A:", ":59:", ":70:" with the invoice and order, ":71A: SHA").

L271 = {
    "en": ("Payment confirmation", "Transaction reference", "Execution date", "Amount", "Status", "EXECUTED"),
    "de": ("Zahlungsbestätigung", "Transaktionsreferenz", "Ausführungsdatum", "Betrag", "Status", "AUSGEFÜHRT"),
    "fr": ("Confirmation de virement", "Référence de l'opération", "Date d'exécution", "Montant", "Statut", "EXÉCUTÉ"),
    "es": ("Confirmación de transferencia", "Referencia de la operación", "Fecha de ejecución", "Importe", "Estado",
           "EJECUTADA"),
    "zh": ("汇款确认书", "交易编号", "执行日期", "金额", "状态", "已执行"),
}


def l271_mt103(doc: Doc, st: Style, ctx: dict) -> Rendered:
    (title, c_ref, c_date, c_amt, c_stat, done) = L271[st.lang]
    cur = doc.currency or ""
    inv = ref(doc, "invoice_ref")
    swift_amt = f"{doc.total:.2f}".replace(".", ",")
    uetr = hashlib.sha1(doc.number.encode()).hexdigest()
    uetr = f"{uetr[:8]}-{uetr[8:12]}-4{uetr[13:16]}-a{uetr[17:20]}-{uetr[20:32]}"
    summary = [(c_ref, f"<b>{nw(doc.number)}</b>"), (c_date, nw(dd(doc.date, st.date))),
               (c_amt, nw(f"{cur} {amt(doc.total, st.num)}")), (c_stat, done)]
    addr = doc.buyer.address.upper()
    msg = (f"{{1:F01{ctx['bic']}XXXX0000000000}}{{2:I103{US_BIC}XXXXN}}{{3:{{121:{uetr}}}}}\n"
           f"{{4:\n:20:{doc.number}\n:23B:CRED\n:32A:{doc.date:%y%m%d}{cur}{swift_amt}\n"
           f":50K:/{ctx['iban']}\n{doc.buyer.name.upper()}\n{addr}\n:57A:{US_BIC}\n:59:/{US_IBAN.replace(' ', '')}\n"
           f"{doc.seller.name.upper()}\n12 DOCKSIDE ROAD SOUTHAMPTON GB\n:70:/INV/{inv}\n/PO/{doc.order_number or ''}\n"
           ":71A:SHA\n-}")
    eng = "" if st.lang == "en" else " <span class=en>Payment confirmation</span>"
    body = (
        f"<div class=bk>{e(ctx['bank'])}</div><div class=br>Internet Banking · SWIFT {e(ctx['bic'])}</div>"
        f"<h1>{title}{eng}</h1><p class=or>Ordering customer: {e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}"
        f"</p><table class=s>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in summary)
        + f"<tr><th>Beneficiary</th><td>{e(doc.seller.name)}</td></tr></table><div class=mt>MT103 – Single Customer "
        f"Credit Transfer</div><pre>{e(msg)}</pre><p class=sm>Printed from Internet Banking. This confirmation is "
        "valid without signature.</p>")
    css = (".bk { font-size: 14pt; color: #00594f; } .br { font-size: 7.5pt; color: #555; border-bottom: 1px solid "
           "#00594f; padding-bottom: 3px; } h1 { font-size: 14pt; margin: 14px 0 6px; } .en { font-size: 8pt; "
           "color: #777; } .or { font-size: 8.5pt; } .s { font-size: 9pt; width: 70%; } .s th { text-align: left; "
           "padding: 3px 10px 3px 0; color: #444; width: 40%; } .s td { padding: 3px; border-bottom: 1px dotted "
           "#aaa; } .mt { margin-top: 14px; font-size: 8.5pt; color: #00594f; } pre { font-family: 'DejaVu Sans "
           "Mono', monospace; font-size: 8pt; background: #f4f4f4; padding: 8px; white-space: pre-wrap; } .sm { "
           "font-size: 7pt; color: #777; }")
    return page(title, css, body)


# ------------------------------------------------------------------------------------------------
# L272: The customer's NON-CONFORMANCE REPORT in the 8D manner, typed in Word and sent as PDF (docx ->
# LibreOffice), in the customer's language (English, German, French, Spanish or Chinese with English): a header
# table (NCR No., date, supplier, purchase order, claim reference, goods receipt), "D2 Problem description",
# the defect table "Part no. | Description | Qty received | Unit | Qty rejected | Defect", the disposition with
# ticked boxes, "D3 Containment" and the raised-by / approved-by row.

L272 = {
    "en": ("NON-CONFORMANCE REPORT (NCR)", "NCR No.", "Date", "Supplier", "Purchase order", "Claim ref.",
           "Goods receipt", "D2 Problem description",
           ("Part no.", "Description", "Qty received", "Unit", "Qty rejected", "Defect"),
           "Disposition", "☐ Use as is   ☒ Return to supplier   ☐ Scrap   ☒ Replacement requested",
           "D3 Containment: affected stock quarantined and tagged.", "Raised by", "Approved by"),
    "de": ("FEHLERBERICHT / NCR", "NCR-Nr.", "Datum", "Lieferant", "Bestellung", "Reklamation",
           "Wareneingang", "D2 Problembeschreibung",
           ("Teile-Nr.", "Bezeichnung", "Menge erhalten", "Einheit", "Menge gesperrt", "Fehler"),
           "Entscheid", "☐ Verwenden wie geliefert   ☒ Rücksendung   ☐ Verschrotten   ☒ Ersatz angefordert",
           "D3 Sofortmassnahme: betroffener Bestand gesperrt und gekennzeichnet.", "Erstellt", "Freigegeben"),
    "fr": ("FICHE DE NON-CONFORMITÉ", "N° FNC", "Date", "Fournisseur", "Commande", "Réf. réclamation",
           "Réception", "D2 Description du problème",
           ("Référence", "Désignation", "Qté reçue", "Unité", "Qté refusée", "Défaut"),
           "Décision", "☐ Utiliser en l'état   ☒ Retour fournisseur   ☐ Rebut   ☒ Remplacement demandé",
           "D3 Confinement : stock concerné isolé et étiqueté.", "Émis par", "Approuvé par"),
    "es": ("INFORME DE NO CONFORMIDAD", "N.º INC", "Fecha", "Proveedor", "Orden de compra", "Ref. reclamo",
           "Recepción", "D2 Descripción del problema",
           ("Código", "Descripción", "Cant. recibida", "Unidad", "Cant. rechazada", "Defecto"),
           "Disposición", "☐ Usar tal cual   ☒ Devolver al proveedor   ☐ Desechar   ☒ Reposición solicitada",
           "D3 Contención: existencias afectadas separadas y etiquetadas.", "Elaborado por", "Aprobado por"),
    "zh": ("不合格品报告 NON-CONFORMANCE REPORT", "报告编号 NCR No.", "日期 Date", "供应商 Supplier",
           "采购订单 PO", "索赔编号 Claim", "入库单 GRN", "D2 问题描述 Problem",
           ("物料编码 Part no.", "品名规格 Description", "到货数量 Received", "单位 Unit", "不合格数 Rejected",
            "缺陷 Defect"),
           "处置 Disposition", "☐ 让步接收   ☒ 退回供应商   ☐ 报废   ☒ 要求补货",
           "D3 临时措施：不合格品已隔离并挂牌。", "报告人 Raised by", "批准 Approved"),
}


def l272_ncr(doc: Doc, st: Style, ctx: dict) -> Rendered:
    (title, c_no, c_date, c_sup, c_po, c_claim, c_grn, c_d2, heads, c_disp, disp, d3, c_by, c_appr) = L272[st.lang]
    font = "Noto Sans CJK SC" if st.lang == "zh" else "Liberation Sans"
    d = new_docx(ctx["reported_by"], font, 9)
    para(d, doc.buyer.name, size=12)
    para(d, f"{doc.buyer.address} · {ctx['reg']}", size=7.5, color="666666")
    para(d, title, size=14, align="center")
    hdr = table(d, [[c_no, doc.number, c_date, dd(doc.date, st.date)],
                    [c_sup, doc.seller.name, c_po, doc.order_number or ""],
                    [c_claim, ref(doc, "claim_ref"), c_grn, f"{ctx['grn']} ({dd(ctx['received'], st.date)})"]],
                [1.3, 2.2, 1.2, 2.2], head=False, size=8.5)
    for i in range(3):
        shade(hdr.cell(i, 0), "FFF2CC")
        shade(hdr.cell(i, 2), "FFF2CC")
    para(d)
    para(d, c_d2, size=10)
    para(d, ctx["long_text"], size=9)
    rows = [list(heads)]
    for sku, desc, lot, q, unit, found in ctx["items"]:
        rows.append([sku, desc, str(lot), unit, str(q), found])
    t = table(d, rows, [1.1, 2.2, 0.8, 0.6, 0.8, 1.5], size=8.5)
    repeat_header(t.rows[0])
    para(d)
    v = table(d, [[c_disp, disp]], [1.4, 5.5], head=False, size=9)
    shade(v.cell(0, 0), "F4CCCC")
    para(d, d3, size=9)
    para(d)
    table(d, [[f"{c_by}: {ctx['reported_by']}", f"{c_appr}: {ctx['signatory']}"]], [3.45, 3.45], head=False,
          size=8.5)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L273: Grenadian co-operative's purchase order from a cloud bookkeeping package (QuickBooks-Online-style PO,
# HTML -> Chromium): the company name and address top left, "PURCHASE ORDER" in the accent colour, "VENDOR"
# and "SHIP TO" side by side, a right-hand block "P.O. NO. / DATE", the lines "# | PRODUCT/SERVICE | DESCRIPTION |
# QTY | UNIT | RATE | AMOUNT" with the vendor's quote in the first line's description, "TOTAL" in a bold band
# and "Approved By / Date" lines; terms and incoterm in a message box above the lines. US dates.

def l273_qbo(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cur = e(doc.currency or "")
    quote = ref(doc, "quote_ref")
    rows = "".join(f"<tr><td>{i}</td><td>{nw(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>{ln.quantity}"
                   f"</td><td>{e(ln.unit or '')}</td><td class=r>{m(ln.unit_price, st)}</td><td class=r>"
                   f"{m(ln.amount, st)}</td></tr>" for i, ln in enumerate(doc.lines, start=1))
    msg = (f"Terms: {e(doc.payment_terms or '')} · Shipping: {nw(doc.incoterms or '')}"
           + (f" · Per your quote {nw(quote)}" if quote else ""))
    body = (
        f"<table class=top><tr><td><div class=co>{e(doc.buyer.name)}</div>{lines_of(doc.buyer.address)}<br>"
        f"{e(ctx['reg'])}</td><td class=r><div class=ti>PURCHASE ORDER</div></td></tr></table>"
        f"<table class=ad><tr><td><div class=k>VENDOR</div>{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}"
        f"</td><td><div class=k>SHIP TO</div>{e(ctx['ship_to'])}</td><td class=pn><div class=k>P.O. NO.</div>"
        f"{nw(doc.number)}<div class=k>DATE</div>{nw(dd(doc.date, st.date))}</td></tr></table>"
        f"<div class=msg>{msg}</div><table class=ln><thead><tr><th>#</th><th>PRODUCT/SERVICE</th><th>DESCRIPTION</th>"
        "<th class=r>QTY</th><th>UNIT</th><th class=r>RATE</th><th class=r>AMOUNT</th></tr></thead><tbody>"
        f"{rows}</tbody></table><div class=tot>TOTAL <span>{cur} {m(doc.total, st)}</span></div>"
        f"<table class=ap><tr><td>Approved By: {e(ctx['signatory'])}</td><td>Date: ______________</td></tr></table>")
    css = (".top { width: 100%; font-size: 8.5pt; } .top td { vertical-align: top; } .co { font-size: 12pt; } .ti { "
           "font-size: 20pt; color: #2ca01c; } .ad { width: 100%; margin-top: 16px; font-size: 8.5pt; } .ad td { "
           "vertical-align: top; width: 36%; } .ad .pn { width: 28%; } .k { font-size: 7.5pt; color: #2ca01c; "
           "margin-top: 3px; } .msg { margin-top: 12px; font-size: 8pt; border: 1px solid #ccc; padding: 5px; } "
           ".ln { width: 100%; margin-top: 10px; font-size: 8pt; } .ln th { text-align: left; color: #2ca01c; "
           "border-bottom: 1px solid #2ca01c; padding: 3px; } .ln td { padding: 4px 3px; border-bottom: 1px dotted "
           "#bbb; vertical-align: top; } .tot { margin: 10px 0 0 auto; width: 45%; background: #f0f7ee; padding: 6px; "
           "font-size: 11pt; } .tot span { float: right; } .ap { width: 100%; margin-top: 30px; font-size: 8.5pt; }")
    return page(f"Purchase Order {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L274: A purchase order exported from an SAP-Business-One-style ERP to Excel (xlsx), English or Spanish: the
# document header as caption/value pairs down the left and right (Vendor, Name, Contact Person / No., Status,
# Posting Date, Delivery Date, Document Date), the item grid "# | Item No. | Item Description | Quantity | UoM
# Code | Unit Price | Total (USD)", and the footer fields "Total Before Discount / Freight / Tax / Total Payment
# Due" with the remarks ("Based On Sales Quotations …") and the terms in merged cells.

L274 = {
    "en": ("Purchase Order", ("Vendor", "Name", "Contact Person", "Vendor Ref. No."),
           ("No.", "Status", "Posting Date", "Delivery Date", "Document Date"),
           ("#", "Item No.", "Item Description", "Quantity", "UoM Code", "Unit Price", "Total"),
           ("Total Before Discount", "Freight", "Tax", "Total Payment Due"), "Remarks", "Based On Sales Quotations",
           "Payment Terms", "Incoterms", "Ship To", "Open"),
    "es": ("Pedido de compra", ("Proveedor", "Nombre", "Persona de contacto", "N.º ref. proveedor"),
           ("N.º", "Estado", "Fecha de contabilización", "Fecha de entrega", "Fecha de documento"),
           ("#", "N.º de artículo", "Descripción del artículo", "Cantidad", "Código UdM", "Precio unitario", "Total"),
           ("Total antes del descuento", "Flete", "Impuesto", "Total pago vencido"), "Comentarios",
           "Basado en Ofertas de ventas", "Condiciones de pago", "Incoterms", "Destino", "Abierto"),
}


def l274_b1(doc: Doc, st: Style, ctx: dict) -> Rendered:
    (title, left_caps, right_caps, heads, foot_caps, c_rem, c_based, c_pay, c_inc, c_ship, c_open) = \
        L274[ctx.get("caps", "en")]
    wb, ws = new_xlsx(ctx["contact"], doc.number.replace("/", "-"))
    thin = Side(style="thin", color="9E9E9E")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="F4D03F")
    cap_font = Font(size=9, color="5F5F5F")
    for col, w in zip("ABCDEFGH", (5, 18, 46, 10, 10, 14, 16, 4), strict=True):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:G1")
    c = ws.cell(1, 1, f"{title} – {doc.buyer.name}")
    c.font = Font(size=14)
    ws.merge_cells("A2:G2")
    ws.cell(2, 1, f"{doc.buyer.address} · {ctx['reg']}").font = Font(size=8, color="777777")
    lefts = (ctx["vendor_id"], doc.seller.name, "Anna Keller", ref(doc, "quote_ref") or "")
    rights = (doc.number, c_open, dd(doc.date, st.date), dd(doc.date + dt.timedelta(days=42), st.date),
              dd(doc.date, st.date))
    for k, (cap, v) in enumerate(zip(left_caps, lefts, strict=True)):
        ws.cell(4 + k, 1, cap).font = cap_font
        ws.merge_cells(start_row=4 + k, start_column=1, end_row=4 + k, end_column=2)
        ws.cell(4 + k, 3, v)
    for k, (cap, v) in enumerate(zip(right_caps, rights, strict=True)):
        ws.cell(4 + k, 5, cap).font = cap_font
        ws.merge_cells(start_row=4 + k, start_column=5, end_row=4 + k, end_column=6)
        ws.cell(4 + k, 7, v)
    r = 10
    cur = doc.currency or ""
    for j, cap in enumerate(heads, start=1):
        c = ws.cell(r, j, f"{cap} ({cur})" if j == 7 else cap)
        c.fill = head_fill
        c.border = grid
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((i, ln.sku, ln.description, ln.quantity, ln.unit or "", float(ln.unit_price),
                               float(ln.amount)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            c.alignment = Alignment(vertical="top", wrap_text=j == 3)
            if j in (6, 7):
                c.number_format = "#,##0.00"
            if j == 4:
                c.number_format = "0.00"  # B1 prints quantities with two decimals
                c.value = float(ln.quantity)
    r += len(doc.lines) + 2
    ws.cell(r, 1, c_rem).font = cap_font
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    quote = ref(doc, "quote_ref")
    ws.cell(r, 3, f"{c_based} {quote}." if quote else "—")
    ws.cell(r + 1, 1, c_pay).font = cap_font
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=2)
    ws.cell(r + 1, 3, doc.payment_terms)
    ws.cell(r + 2, 1, c_inc).font = cap_font
    ws.merge_cells(start_row=r + 2, start_column=1, end_row=r + 2, end_column=2)
    ws.cell(r + 2, 3, doc.incoterms)
    ws.cell(r + 3, 1, c_ship).font = cap_font
    ws.merge_cells(start_row=r + 3, start_column=1, end_row=r + 3, end_column=2)
    ws.cell(r + 3, 3, ctx["ship_to"]).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r + 3].height = 28
    vals = (float(doc.subtotal), 0.0, float(doc.tax or 0), float(doc.total))
    for k, (cap, v) in enumerate(zip(foot_caps, vals, strict=True)):
        ws.cell(r + k, 5, cap).font = cap_font
        ws.merge_cells(start_row=r + k, start_column=5, end_row=r + k, end_column=6)
        c = ws.cell(r + k, 7, v)
        c.number_format = "#,##0.00"
        c.border = grid
    ws.cell(r + 3, 8, cur)
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L275: Montenegrin hotel group's order written as a German business letter after DIN 5008 (docx, sent as is or
# as PDF): the letterhead, the supplier's address in the window field, the reference block on the right ("Ihr
# Zeichen / Ihre Nachricht vom / Unser Zeichen / Name / Telefon / Datum"), the bold subject "Bestellung Nr. …",
# a salutation and a sentence, the positions "Pos. | Menge | Einh. | Artikel-Nr. | Bezeichnung | Einzelpreis |
# Gesamtpreis" in German numbers, "Warenwert netto / zzgl. 0 % USt. / Gesamtbetrag", the delivery and payment
# conditions as sentences and "i. A." under the closing.

def l275_din_letter(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 10)
    for sec in d.sections:
        sec.left_margin = Inches(0.98)
        sec.right_margin = Inches(0.8)
    cur = doc.currency or ""
    quote = ref(doc, "quote_ref")
    para(d, doc.buyer.name, size=15, color="1F4E79")
    para(d, f"{doc.buyer.address} · {ctx['reg']}", size=7.5, color="666666")
    para(d)
    table(d, [[f"{doc.buyer.name} · Jadranski put 41 · 85310 Budva\n\n{doc.seller.name}\nz. Hd. Frau Anna "
                     f"Keller\n{doc.seller.address.replace(', ', chr(10))}",
                     f"Ihr Zeichen: {quote or '–'}\nIhre Nachricht vom: –\nUnser Zeichen: SV/nab\nName: "
                     f"{ctx['contact']}\nTelefon: +382 33 451 207\nDatum: {dd(doc.date, st.date)}"]],
                [3.9, 2.6], head=False, size=9)
    para(d)
    para(d, f"Bestellung Nr. {doc.number}", size=12)
    para(d, "Sehr geehrte Frau Keller,", size=10)
    para(d, ("gemäß Ihrem Angebot " + quote + " " if quote else "wie telefonisch besprochen ")
         + "bestellen wir zu den nachstehenden Bedingungen:", size=10)
    rows = [["Pos.", "Menge", "Einh.", "Artikel-Nr.", "Bezeichnung", f"Einzelpreis {cur}", f"Gesamtpreis {cur}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([f"{i * 10}", str(ln.quantity), ln.unit or "", ln.sku, ln.description,
                     amt(ln.unit_price, st.num), amt(ln.amount, st.num)])
    t = table(d, rows, [0.45, 0.5, 0.45, 1.05, 2.3, 0.95, 1.0], size=8.5)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    tot = table(d, [["Warenwert netto", f"{amt(doc.subtotal, st.num)} {cur}"],
                    ["zzgl. 0 % USt. (Ausfuhrlieferung)", f"{amt(doc.tax or Decimal(0), st.num)} {cur}"],
                    ["Gesamtbetrag", f"{amt(doc.total, st.num)} {cur}"]], [4.7, 2.0], head=False, size=9)
    for row in tot.rows:
        keep_row(row)
    para(d)
    para(d, f"Lieferung: {doc.incoterms}, frei Haus an {ctx['ship_to']}. Gewünschter Liefertermin: "
            f"{dd(doc.date + dt.timedelta(days=35), st.date)}.", size=10)
    para(d, f"Zahlung: {doc.payment_terms}.", size=10)
    para(d, "Bitte bestätigen Sie uns die Bestellung umgehend schriftlich und geben Sie auf Rechnung und Lieferschein "
            "unsere Bestellnummer an.", size=10)
    para(d)
    para(d, f"Mit freundlichen Grüßen\n{doc.buyer.name}\n\ni. A. {ctx['contact']}\nEinkauf", size=10)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L276: Burundian brewery's purchase order with French and English captions, printed from the brewery's web
# ERP (HTML -> Chromium): a dark green top band with the company, "BON DE COMMANDE / PURCHASE ORDER" and the
# number in a pill, a three-column grid (Fournisseur / Supplier, Livrer à / Deliver to, Références / References),
# the lines "N° | Code article / Item code | Désignation / Description | Qté / Qty | Unité / Unit | P.U. / Unit
# price | Montant / Amount" with French numbers, the total alone in a green box, the conditions in a two-
# column table and three approval stamps.

def l276_bilingual_web(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cur = e(doc.currency or "")
    quote = ref(doc, "quote_ref")
    rows = "".join(f"<tr><td>{i}</td><td>{nw(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>{ln.quantity}"
                   f"</td><td>{e(ln.unit or '')}</td><td class=r>{m(ln.unit_price, st)}</td><td class=r>"
                   f"{m(ln.amount, st)}</td></tr>" for i, ln in enumerate(doc.lines, start=1))
    refs = (f"Date : {nw(dd(doc.date, st.date))}<br>Devise / Currency : {cur}<br>Offre / Quote : "
            f"{nw(quote) if quote else '—'}<br>Demandeur / Requester : {e(ctx['contact'])}")
    body = (
        f"<div class=band>{e(doc.buyer.name)}<span>{e(doc.buyer.address)} · {e(ctx['reg'])}</span></div>"
        f"<div class=tl>BON DE COMMANDE / PURCHASE ORDER <span class=pill>{nw(doc.number)}</span></div>"
        f"<table class=g3><tr><td><div class=k>Fournisseur / Supplier</div>{e(doc.seller.name)}<br>"
        f"{lines_of(doc.seller.address)}</td><td><div class=k>Livrer à / Deliver to</div>{e(ctx['ship_to'])}</td>"
        f"<td><div class=k>Références / References</div>{refs}</td></tr></table>"
        "<table class=ln><thead><tr><th>N°</th><th>Code article<br>Item code</th><th>Désignation<br>Description</th>"
        "<th class=r>Qté<br>Qty</th><th>Unité<br>Unit</th><th class=r>P.U.<br>Unit price</th><th class=r>Montant<br>"
        f"Amount</th></tr></thead><tbody>{rows}</tbody></table><div class=gt>Montant total / Total amount : "
        f"{nw(amt(doc.total, st.num) + ' ' + (doc.currency or ''))}</div>"
        f"<table class=cd><tr><th>Incoterm</th><td>{nw(doc.incoterms or '')} (Incoterms 2020), transit routier vers "
        f"Bujumbura à notre charge</td></tr><tr><th>Paiement / Payment</th><td>{e(doc.payment_terms or '')}</td></tr>"
        "<tr><th>Documents</th><td>Facture commerciale, liste de colisage, connaissement, certificat d'origine, "
        "attestation de vérification (BIVAC)</td></tr></table><table class=vs><tr><td>Établi par / Prepared by<br>"
        f"{e(ctx['contact'])}</td><td>Contrôle budgétaire / Budget control<br>&nbsp;</td><td>Approuvé par / Approved by"
        f"<br>{e(ctx['signatory'])}</td></tr></table>")
    css = (".band { background: #1e5631; color: #fff; padding: 8px 10px; font-size: 13pt; } .band span { display: "
           "block; font-size: 7.5pt; } .tl { font-size: 13pt; margin: 12px 0; } .pill { border: 1px solid #1e5631; "
           "border-radius: 10px; padding: 2px 10px; font-size: 11pt; } .g3 { width: 100%; font-size: 8.5pt; } .g3 td "
           "{ width: 33%; vertical-align: top; border-top: 2px solid #1e5631; padding: 5px; } .k { font-size: 7pt; "
           "color: #1e5631; } .ln { width: 100%; margin-top: 12px; font-size: 8pt; } .ln th { background: #e8f1ea; "
           "text-align: left; padding: 3px; } .ln td { padding: 4px 3px; border-bottom: 1px solid #ddd; "
           "vertical-align: top; } .gt { margin: 10px 0 0 auto; width: 55%; border: 2px solid #1e5631; padding: 6px; "
           "font-size: 10.5pt; text-align: right; } .cd { width: 100%; margin-top: 12px; font-size: 8pt; } .cd th { "
           "text-align: left; width: 24%; padding: 3px; color: #1e5631; } .cd td { padding: 3px; } .vs { width: 100%; "
           "margin-top: 16px; font-size: 8pt; } .vs td { border: 1px dashed #888; height: 46px; vertical-align: top; "
           "padding: 4px; width: 33%; }")
    return page(f"Bon de commande {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L277: Chinese-run cement plant's purchase order printed from a Kingdee-style ERP (金蝶) into Word (docx, sent as
# is or as PDF): the Chinese company name centred, "采购订单" with the English title under it, the header as
# free-text pairs on three lines ("供应商：…    单据编号：…", "日期：2038-03-04    币别：USD", "交货方式 …    付款
# 条件 …"), the lines "行号 | 物料编码 | 物料名称及规格 | 单位 | 数量 | 单价 | 金额" with plain numbers, the
# "合计" row with the total, the receiving address, and "业务员 / 审核 / 制单" at the foot.

def l277_kingdee(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Noto Sans CJK SC", 9)
    cur = doc.currency or ""
    quote = ref(doc, "quote_ref")
    para(d, ctx["name_zh"], size=14, align="center")
    para(d, "采购订单", size=16, align="center")
    para(d, f"PURCHASE ORDER · {doc.buyer.name}", size=9, align="center")
    para(d)
    para(d, f"供应商：{doc.seller.name}        单据编号：{doc.number}", size=9.5)
    para(d, f"日期：{dd(doc.date, st.date)}        币别：{cur}        源单（报价）：{quote or '无'}", size=9.5)
    para(d, f"交货方式 Delivery：{doc.incoterms}        付款条件 Payment：{doc.payment_terms}", size=9.5)
    rows = [["行号", "物料编码", "物料名称及规格 Description", "单位", "数量", "单价", "金额"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, ln.unit or "", str(ln.quantity), amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["合计", "", "", "", str(sum(ln.quantity for ln in doc.lines)), "", amt(doc.total, st.num)])
    t = table(d, rows, [0.4, 1.05, 2.75, 0.45, 0.5, 0.8, 0.95], size=8)
    merge_row(t, len(rows) - 1, 0, 3)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    para(d, f"收货地址：{ctx['ship_to']}（吉尔吉斯斯坦 楚河州 坎特市）", size=9)
    para(d, "要求：每件货物须贴订单号标签；随货提供装箱单及原产地证。请于收到订单后两个工作日内回签确认。", size=9)
    para(d)
    table(d, [[f"业务员：{ctx['contact']}", "审核：赵建新", f"批准：{ctx['signatory']}", "制单：系统管理员"]],
          [1.7, 1.7, 1.8, 1.7], head=False, size=8.5)
    return save_docx(d)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L268": (l268_odoo, "open-source ERP (Odoo-style) quotation / pro forma / invoice / packing list, ours (HTML)"),
    "L269": (l269_contract, "sales contract with numbered articles and two-language headings, ours (docx)"),
    "L270": (l270_carrier_bl, "ocean carrier's bill of lading for port-to-port shipment (HTML)"),
    "L271": (l271_mt103, "customer's bank payment confirmation with the MT103 message (HTML)"),
    "L272": (l272_ncr, "customer's 8D-style non-conformance report (docx)"),
    "L273": (l273_qbo, "cloud bookkeeping (QuickBooks-Online-style) purchase order (HTML)"),
    "L274": (l274_b1, "SAP-Business-One-style purchase order export, English or Spanish (xlsx)"),
    "L275": (l275_din_letter, "German DIN 5008 order letter from a Montenegrin hotel group (docx)"),
    "L276": (l276_bilingual_web, "French/English bon de commande from a brewery's web ERP (HTML)"),
    "L277": (l277_kingdee, "Kingdee-style 采购订单 in Word (docx)"),
}

# Layouts that print a tax line of zero: their documents are labelled tax "0.00".
ZERO_TAX = ("L268", "L274", "L275")


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line."""
    return key in LAYOUTS
