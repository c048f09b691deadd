"""Twenty-ninth-holdout document layouts L278-L287, each modelled on a real-world family of documents."""
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
US_CO = "Company No. 04417321"


def dd(d: dt.date, style: str) -> str:
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
    return nw(amt(value, st.num))


def words(text: str) -> str:
    return " ".join(nw(w) if any(c.isdigit() for c in w) else e(w) for w in text.split(" "))


def lines_of(text: str) -> str:
    return nl(text.replace(", ", "\n"))


def share(doc: Doc, ctx: dict) -> Decimal:
    return (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)


def merge_row(t: object, row: int, first: int, last: int) -> None:
    cell = t.cell(row, first).merge(t.cell(row, last))
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)


def two(en: str, other: dict[str, str], lang: str) -> str:
    """A caption in English with the customer's language after a slash (nothing added for English)."""
    loc = other.get(lang)
    return f"{en} / {loc}" if loc else en


# ------------------------------------------------------------------------------------------------
# L278: Our sales paperwork as an SAP-S/4HANA-style output form (HTML -> Chromium): the return-address line over
# the customer's window address on the left, a framed information block on the right (document number, date,
# customer number, your order, contact, page), the title as a bar, item numbers in tens (10, 20, 30), "Material |
# Description | Quantity | UoM | Price | per | Net value" with every caption in English and the customer's
# language, the totals under the table ("Total net value / Output tax 0 % / Total amount"), then Incoterms and
# terms of payment as caption lines. The packing list prints the same frame with packages and no prices.

L278_TITLE = {
    "quotation": {"": "Quotation", "de": "Angebot", "fr": "Offre de prix", "es": "Oferta", "zh": "报价"},
    "proforma_invoice": {"": "Pro Forma Invoice", "de": "Proformarechnung", "fr": "Facture proforma",
                         "es": "Factura proforma", "zh": "形式发票"},
    "commercial_invoice": {"": "Invoice", "de": "Rechnung", "fr": "Facture", "es": "Factura", "zh": "发票"},
    "shipping_notice": {"": "Packing List", "de": "Packliste", "fr": "Liste de colisage", "es": "Lista de empaque",
                        "zh": "装箱单"},
}
L278_CAP = {
    "no": {"de": "Belegnummer", "fr": "N° de document", "es": "N.º documento", "zh": "单号"},
    "date": {"de": "Datum", "fr": "Date", "es": "Fecha", "zh": "日期"},
    "cust": {"de": "Kundennummer", "fr": "N° client", "es": "N.º cliente", "zh": "客户号"},
    "po": {"de": "Ihre Bestellung", "fr": "Votre commande", "es": "Su pedido", "zh": "贵方订单"},
    "valid": {"de": "Gültig bis", "fr": "Valable jusqu'au", "es": "Válida hasta", "zh": "有效期至"},
    "due": {"de": "Fällig am", "fr": "Échéance", "es": "Vencimiento", "zh": "到期日"},
    "item": {"de": "Pos.", "fr": "Poste", "es": "Pos.", "zh": "行"},
    "mat": {"de": "Material", "fr": "Article", "es": "Material", "zh": "物料"},
    "desc": {"de": "Bezeichnung", "fr": "Désignation", "es": "Descripción", "zh": "描述"},
    "qty": {"de": "Menge", "fr": "Quantité", "es": "Cantidad", "zh": "数量"},
    "uom": {"de": "ME", "fr": "UQ", "es": "UM", "zh": "单位"},
    "price": {"de": "Preis", "fr": "Prix", "es": "Precio", "zh": "单价"},
    "net": {"de": "Nettowert", "fr": "Valeur nette", "es": "Valor neto", "zh": "净额"},
    "pkg": {"de": "Packstück", "fr": "Colis", "es": "Bulto", "zh": "箱号"},
}


def l278_sap(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kind = doc.doc_type
    lang = st.lang
    c = lambda key, en: two(en, L278_CAP[key], lang)  # noqa: E731
    titles = L278_TITLE[kind]
    title = titles[""] + (f" / {titles[lang]}" if lang in titles else "")
    cur = e(doc.currency or "")
    info = [(c("no", "Document No."), nw(doc.number)), (c("date", "Date"), nw(dd(doc.date, st.date))),
            (c("cust", "Customer No."), nw(ctx["account"]))]
    if doc.order_number:
        info.append((c("po", "Your order"), nw(doc.order_number)))
    if kind == "quotation":
        info.append((c("valid", "Valid to"), nw(dd(doc.date + dt.timedelta(days=45), st.date))))
    if kind == "commercial_invoice" and ctx.get("due_days"):
        info.append((c("due", "Due date"), nw(dd(doc.date + dt.timedelta(days=ctx["due_days"]), st.date))))
    if kind == "shipping_notice" and ref(doc, "invoice_ref"):
        info.append(("Invoice", nw(ref(doc, "invoice_ref"))))
    info += [("Contact", "Anna Keller, +44 23 8063 1172"), ("Page", "1")]
    box = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in info)
    if kind == "shipping_notice":
        head = (f"<th>{c('item', 'Item')}</th><th>{c('mat', 'Material')}</th><th>{c('desc', 'Description')}</th>"
                f"<th class=r>{c('qty', 'Quantity')}</th><th>{c('uom', 'UoM')}</th><th>{c('pkg', 'Package')}</th>")
        rows = "".join(f"<tr><td>{(i + 1) * 10:06d}</td><td>{nw(ln.sku)}</td><td>{words(ln.description)}</td>"
                       f"<td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td><td>{e(pkg)}</td></tr>"
                       for i, (ln, pkg) in enumerate(ctx["rows"]))
        foot = (f"<table class=tm><tr><th>Incoterms</th><td>{nw(doc.incoterms or '')}</td></tr><tr><th>Forwarding "
                f"agent</th><td>{e(ctx['agent'])}</td></tr><tr><th>Tracking / container</th><td>"
                f"{nw(', '.join(doc.tracking_numbers))}</td></tr><tr><th>Packages / gross weight</th><td>"
                f"{ctx['packages']} / {ctx['gross']} kg</td></tr><tr><th>Shipping marks</th><td>{e(ctx['marks'])}"
                "</td></tr></table>")
    else:
        head = (f"<th>{c('item', 'Item')}</th><th>{c('mat', 'Material')}</th><th>{c('desc', 'Description')}</th>"
                f"<th class=r>{c('qty', 'Quantity')}</th><th>{c('uom', 'UoM')}</th><th class=r>"
                f"{c('price', 'Price')}</th><th>per</th><th class=r>{c('net', 'Net value')} {cur}</th>")
        rows = "".join(f"<tr><td>{(i + 1) * 10:06d}</td><td>{nw(ln.sku)}</td><td>{words(ln.description)}</td>"
                       f"<td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=r>"
                       f"{m(ln.unit_price, st)}</td><td>1 {e(ln.unit or '')}</td><td class=r>{m(ln.amount, st)}</td>"
                       "</tr>" for i, ln in enumerate(doc.lines))
        tot = [("Total net value", m(doc.subtotal, st)),
               ("Output tax 0 % (export, zero-rated)", m(doc.tax or Decimal(0), st)),
               (f"Total amount {cur}", m(doc.total, st))]
        if ctx.get("deposit") and kind == "proforma_invoice":
            tot.append((f"Advance payment {int(ctx['deposit'] * 100)} % due on order {cur}", m(share(doc, ctx), st)))
        elif ctx.get("deposit") and kind == "commercial_invoice":
            tot.append((f"Less advance received {cur}", m(share(doc, ctx), st)))
            tot.append((f"Balance due {cur}", m(doc.total - share(doc, ctx), st)))
        foot = ("<table class=tt>" + "".join(f"<tr><th>{k}</th><td class=r>{v}</td></tr>" for k, v in tot)
                + f"</table><table class=tm><tr><th>Incoterms 2020</th><td>{nw(doc.incoterms or '')}</td></tr><tr>"
                f"<th>Terms of payment</th><td>{e(doc.payment_terms or '')}</td></tr></table>")
        if kind == "quotation":
            foot += "<p class=sm>Prices fixed until the validity date. Delivery subject to prior sale.</p>"
        else:
            foot += (f"<p class=sm>Please remit to {US_BANK}, IBAN {US_IBAN}, BIC {US_BIC}, quoting document "
                     f"number {e(doc.number)}.</p>")
    body = (
        "<table class=hd><tr><td class=win><div class=ret>Northwind Components Ltd. · 12 Dockside Road · "
        f"Southampton SO14 3AB · UK</div>{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}<br>Attn. "
        f"{e(ctx['contact'])}</td><td class=lg><div class=logo>NORTHWIND</div><div class=ln2>{e(doc.seller.name)}"
        f"</div><table class=ib>{box}</table></td></tr></table><div class=bar>{e(title)}</div>"
        f"<table class=li><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>{foot}"
        f"<div class=ft>{e(doc.seller.name)} · {US_CO} · VAT {US_VAT} · orders@example.com</div>")
    css = (".hd { width: 100%; } .hd td { vertical-align: top; } .win { width: 52%; padding-top: 40px; font-size: "
           "9pt; } .ret { font-size: 6.5pt; border-bottom: 1px solid #999; margin-bottom: 4px; color: #444; } .logo "
           "{ font-size: 16pt; letter-spacing: 3px; color: #0a6ed1; text-align: right; } .ln2 { text-align: right; "
           "font-size: 8pt; } .ib { margin: 6px 0 0 auto; border: 1px solid #0a6ed1; font-size: 8pt; } .ib th { "
           "text-align: left; padding: 2px 6px; color: #555; } .ib td { padding: 2px 6px; } .bar { margin-top: 16px; "
           "background: #0a6ed1; color: #fff; font-size: 12pt; padding: 4px 8px; } .li { width: 100%; font-size: "
           "7.8pt; margin-top: 6px; } .li th { text-align: left; border-bottom: 1px solid #0a6ed1; padding: 3px; "
           "vertical-align: bottom; } .li td { padding: 3px; border-bottom: 1px solid #e3e3e3; vertical-align: top; } "
           ".tt { margin: 8px 0 0 auto; font-size: 8.5pt; } .tt th { text-align: left; padding: 2px 10px; } .tt td "
           "{ padding: 2px 4px; } .tm { margin-top: 10px; font-size: 8pt; } .tm th { text-align: left; padding: 2px "
           "10px 2px 0; color: #555; } .sm { font-size: 7.5pt; } .ft { margin-top: 20px; font-size: 6.8pt; color: "
           "#777; border-top: 1px solid #ccc; }")
    return page(f"{titles['']} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L279: Our SUPPLY AGREEMENT typed in Word in the English common-law manner (docx; the countersigned copy comes
# back as PDF): "THIS AGREEMENT is dated …", the parties numbered (1) and (2), "IT IS AGREED", clauses numbered 1,
# 1.1, 1.2 with the customer's language heading in brackets, "SCHEDULE 1 – THE GOODS" as a table whose last row
# is a merged "Agreement price" cell, and the execution blocks "Signed by … for and on behalf of …" one under the
# other, with "/s/" on the signed copy.

L279 = {
    "de": ("Liefervertrag", ("Begriffe", "Lieferung", "Preis und Zahlung", "Gewährleistung", "Recht und Gerichtsstand"),
           "Anlage 1 – Ware"),
    "fr": ("Contrat de fourniture", ("Définitions", "Livraison", "Prix et paiement", "Garantie", "Droit applicable"),
           "Annexe 1 – Marchandises"),
    "es": ("Contrato de suministro", ("Definiciones", "Entrega", "Precio y pago", "Garantía", "Ley aplicable"),
           "Anexo 1 – Mercancía"),
    "zh": ("供货协议", ("定义", "交货", "价格与付款", "质量保证", "适用法律"), "附表一 货物清单"),
}
CLAUSES = ("Definitions", "Delivery", "Price and payment", "Warranty", "Governing law")


def l279_agreement(doc: Doc, st: Style, ctx: dict) -> Rendered:
    font = "Noto Sans CJK SC" if st.lang == "zh" else "Liberation Serif"
    d = new_docx("Anna Keller", font, 10)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Inches(1.0)
    cur = doc.currency or ""
    loc = L279.get(st.lang)
    para(d, "SUPPLY AGREEMENT", size=16, align="center")
    if loc:
        para(d, loc[0], size=10, align="center", italic=True)
    para(d, f"Agreement reference: {doc.number}", size=10, align="center")
    para(d)
    para(d, f"THIS AGREEMENT is dated {dd(doc.date, st.date)}.", size=10)
    para(d, "PARTIES", size=10)
    para(d, f"(1) {doc.seller.name}, a company registered in England and Wales ({US_CO}), whose registered office "
            f"is at {doc.seller.address} (the \"Supplier\"); and", size=9.5)
    para(d, f"(2) {doc.buyer.name}, of {doc.buyer.address} ({ctx['reg']}) (the \"Customer\").", size=9.5)
    para(d, "IT IS AGREED as follows.", size=10)

    def clause(i: int) -> None:
        para(d, f"{i + 1}. {CLAUSES[i].upper()}" + (f"  [{loc[1][i]}]" if loc else ""), size=10.5)

    clause(0)
    para(d, "1.1 \"Goods\" means the goods listed in Schedule 1." + (
        f" 1.2 \"Order\" means the Customer's purchase order {doc.order_number}." if doc.order_number else ""), size=9.5)
    clause(1)
    para(d, f"2.1 The Supplier shall deliver the Goods {doc.incoterms} (Incoterms® 2020) "
            f"{ctx['delivery_time']}. 2.2 Risk passes in accordance with the Incoterm; title passes on payment in "
            "full.", size=9.5)
    clause(2)
    para(d, f"3.1 The price of the Goods is {cur} {amt(doc.total, st.num)} as set out in Schedule 1. 3.2 Payment "
            f"terms: {doc.payment_terms}. 3.3 Payment to {US_BANK}, IBAN {US_IBAN}, BIC {US_BIC}.", size=9.5)
    clause(3)
    para(d, "4.1 The Supplier warrants the Goods against defects in material and workmanship for twelve (12) months "
            "from delivery. 4.2 Claims must be notified in writing within thirty (30) days of discovery.", size=9.5)
    clause(4)
    para(d, "5.1 This agreement is governed by the law of England and Wales. 5.2 Any dispute shall be referred to "
            "arbitration in London under the LCIA Rules, in English.", size=9.5)
    para(d)
    para(d, "SCHEDULE 1 – THE GOODS" + (f"  [{loc[2]}]" if loc else ""), size=10.5)
    rows = [["No.", "Part number", "Goods", "Quantity", "Unit", f"Unit price {cur}", f"Total {cur}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([f"{i}.", ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["Agreement price (no tax charged)", "", "", "", "", cur, amt(doc.total, st.num)])
    t = table(d, rows, [0.42, 1.2, 2.1, 0.72, 0.45, 0.85, 0.95], size=8.5)
    merge_row(t, len(rows) - 1, 0, 4)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    para(d, "This agreement has been entered into on the date stated at the beginning of it.", size=9.5)
    if doc.signed:
        blocks = [[f"Signed by Anna Keller, Export Sales Manager, for and on behalf of {doc.seller.name}",
                   f"/s/ Anna Keller\n{dd(doc.date, st.date)}"],
                  [f"Signed by {ctx['signatory']}, {ctx['buyer_title']}, for and on behalf of {doc.buyer.name}",
                   f"/s/ {ctx['signatory']}\n{dd(ctx['signed_on'], st.date)}\n[company seal]"]]
    else:
        blocks = [[f"Signed by Anna Keller, Export Sales Manager, for and on behalf of {doc.seller.name}",
                   "..............................\nDate:"],
                  [f"Signed by ............................, for and on behalf of {doc.buyer.name}",
                   "..............................\nDate:\n[company seal]"]]
    s = table(d, blocks, [3.6, 2.9], head=False, size=9)
    for row in s.rows:
        keep_row(row)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L280: A container line's NON-NEGOTIABLE SEA WAYBILL (HTML -> Chromium): the line's name in a dark strip with
# "SEA WAYBILL No." and the booking, Shipper / Consignee / Notify on the left and "Consignee's reference" with the
# buyer's order on the right, the carriage grid (vessel, voyage, ports, place of delivery), a container row with
# seal, tare and VGM, the particulars "as declared by the shipper", "Laden on board" with its date, "Freight
# payable at" and the release clause (no original needed: delivery to the named consignee on identification).

def l280_seawaybill(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cell = lambda cap, v, span=1: f"<td colspan={span}><div class=k>{cap}</div>{v}</td>"  # noqa: E731
    cont = "".join(f"<tr><td>{nw(c)}</td><td>{e(s)}</td><td>40' HC</td><td>3,900 kg</td><td>{ctx['vgm']} kg</td>"
                   "</tr>" for c, s in zip(doc.tracking_numbers, ctx["seals"], strict=True))
    body = (
        f"<div class=top><span class=ln>SOLENT BLUE CONTAINER LINE</span><span class=no>SEA WAYBILL No. "
        f"{nw(doc.number)}</span></div><div class=nn>NON-NEGOTIABLE · Booking {e(ctx['booking'])}</div>"
        "<table class=g><tr>" + cell("Shipper", f"{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}")
        + cell("Consignee's reference", f"Order {nw(doc.order_number or '')}<br>Shipper's ref. {e(ctx['marks'])}")
        + "</tr><tr>" + cell("Consignee", f"{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}")
        + cell("Notify party", f"As consignee – attn. {e(ctx['contact'])}") + "</tr></table>"
        "<table class=g><tr>" + cell("Vessel", e(ctx["vessel"].split(" / ")[0])) + cell("Voyage", e(ctx["vessel"].split(" / ")[1]))
        + cell("Port of loading", "Southampton, GB") + cell("Port of discharge", e(ctx["pod"])) + "</tr><tr>"
        + cell("Place of receipt", "Southampton CY") + cell("Place of delivery", e(ctx["place"]), 3) + "</tr></table>"
        "<table class=c><thead><tr><th>Container</th><th>Seal</th><th>Type</th><th>Tare</th><th>VGM</th></tr></thead>"
        f"<tbody>{cont}</tbody></table><div class=k2>PARTICULARS AS DECLARED BY THE SHIPPER – CARRIER NOT RESPONSIBLE"
        f"</div><table class=c><tr><td>{ctx['packages']} PACKAGES</td><td>{e(ctx['goods'])}<br>HS 8487.90<br>"
        f"SHIPPER'S LOAD AND COUNT</td><td>{ctx['gross']} KGS</td><td>{ctx['cbm']} M3</td></tr></table>"
        "<table class=g><tr>" + cell("Freight", f"{ctx['freight']}") + cell("Freight payable at", "SOUTHAMPTON")
        + cell("Laden on board", nw(dd(doc.date, st.date))) + "</tr><tr>"
        + cell("Place and date of issue", f"SOUTHAMPTON {nw(dd(doc.date, st.date))}", 2)
        + cell("For the carrier", "Itchen Quay Shipping Agency Ltd, as agents") + "</tr></table>"
        "<p class=cl>This is a non-negotiable waybill. No original is issued; the goods are delivered to the "
        "consignee named above, or its authorised agent, on proof of identity.</p>")
    css = (".top { background: #102a43; color: #fff; padding: 6px 8px; } .ln { font-size: 13pt; letter-spacing: 1px; } "
           ".no { float: right; font-size: 11pt; } .nn { font-size: 7.5pt; margin: 3px 0 6px; } .g { width: 100%; "
           "margin-top: -1px; } .g td { border: 1px solid #102a43; padding: 4px; vertical-align: top; font-size: "
           "8.5pt; } .k { font-size: 6.5pt; color: #486581; } .c { width: 100%; margin-top: 6px; font-size: 8.5pt; } "
           ".c th, .c td { border: 1px solid #9fb3c8; padding: 4px; text-align: left; vertical-align: top; } .k2 { "
           "font-size: 7pt; margin-top: 8px; color: #486581; } .cl { font-size: 6.8pt; color: #333; }")
    return page(f"Sea Waybill {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L281: The customer's REMITTANCE ADVICE printed from its ERP's payables run (Oracle-style, HTML -> Chromium): the
# payer's name and "Remittance Advice" with the local-language title, a key block (payment number, payment date,
# payment method, bank account, supplier, supplier site), the invoice table "Invoice Number | Invoice Date | Order
# | Invoice Amount | Discount | Amount Paid" and "Payment Amount" in a framed line; a note for the supplier.

L281 = {
    "en": ("Remittance Advice", "Payment Number", "Payment Date", "Payment Method", "Amount Paid",
           "Payment Amount", "Wire transfer (SWIFT)"),
    "de": ("Zahlungsavis", "Zahlungsnummer", "Zahlungsdatum", "Zahlungsweg", "Gezahlter Betrag", "Zahlbetrag",
           "Auslandsüberweisung (SWIFT)"),
    "fr": ("Avis de paiement", "N° de paiement", "Date de paiement", "Mode de paiement", "Montant payé",
           "Montant du règlement", "Virement international (SWIFT)"),
    "es": ("Aviso de pago", "N.º de pago", "Fecha de pago", "Forma de pago", "Importe pagado", "Importe del pago",
           "Transferencia internacional (SWIFT)"),
    "zh": ("付款通知", "付款编号", "付款日期", "付款方式", "本次付款", "付款金额", "电汇 T/T (SWIFT)"),
}


def l281_remittance(doc: Doc, st: Style, ctx: dict) -> Rendered:
    title, c_no, c_date, c_meth, c_paid, c_total, meth = L281[st.lang]
    cur = e(doc.currency or "")
    inv = ref(doc, "invoice_ref")
    sub = "" if st.lang == "en" else " <span class=en>Remittance Advice</span>"
    keys = [(c_no, f"<b>{nw(doc.number)}</b>"), (c_date, nw(dd(doc.date, st.date))), (c_meth, e(meth)),
            ("Bank", f"{e(ctx['bank'])} · {e(ctx['iban'])}"),
            ("Supplier", f"{e(doc.seller.name)} ({e(ctx.get('vendor_id', ctx.get('supplier_no', '')))})"),
            ("Supplier site", "SOUTHAMPTON-GB")]
    invoice_amount = ctx["invoice_amount"]
    row = (f"<tr><td>{nw(inv)}</td><td>{nw(dd(ctx['invoice_date'], st.date))}</td><td>{nw(doc.order_number or '')}"
           f"</td><td class=r>{m(invoice_amount, st)}</td><td class=r>{m(Decimal(0), st)}</td><td class=r>"
           f"{m(doc.total, st)}</td></tr>")
    body = (
        f"<div class=pay>{e(doc.buyer.name)}</div><div class=pa>{e(doc.buyer.address)}</div>"
        f"<h1>{e(title)}{sub}</h1><table class=kv>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in keys)
        + "</table><table class=iv><thead><tr><th>Invoice Number</th><th>Invoice Date</th><th>PO</th><th class=r>"
        f"Invoice Amount {cur}</th><th class=r>Discount</th><th class=r>{e(c_paid)} {cur}</th></tr></thead><tbody>"
        f"{row}</tbody></table><div class=tot>{e(c_total)}: {nw(cur + ' ' + amt(doc.total, st.num))}</div>"
        + (f"<p class=nt>{e(ctx['remark'])}</p>" if ctx.get("remark") else "")
        + "<p class=nt>This advice is produced automatically. Please direct queries to the payables team quoting "
        "the payment number.</p>")
    css = (".pay { font-size: 13pt; color: #c74634; } .pa { font-size: 7.5pt; color: #555; } h1 { font-size: 15pt; "
           "margin: 14px 0 8px; border-bottom: 2px solid #c74634; } .en { font-size: 8pt; color: #777; } .kv { "
           "font-size: 8.5pt; } .kv th { text-align: left; padding: 2px 14px 2px 0; color: #555; } .iv { width: "
           "100%; margin-top: 14px; font-size: 8.5pt; } .iv th { background: #f1efed; text-align: left; padding: 4px; }"
           " .iv td { padding: 4px; border-bottom: 1px solid #ddd; } .tot { margin: 10px 0 0 auto; width: 50%; border: "
           "1px solid #333; padding: 5px; text-align: right; font-size: 10pt; } .nt { font-size: 7.5pt; color: #555; }")
    return page(title, css, body)


# ------------------------------------------------------------------------------------------------
# L282: The customer's SUPPLIER CORRECTIVE ACTION REQUEST from its quality web tool (HTML -> Chromium), in its
# language with English: a status ribbon ("OPEN – awaiting supplier response"), a two-by-four key grid (SCAR No.,
# issue date, supplier, purchase order, claim reference, receiving date, severity, response due), the
# non-conformance as text, the affected parts table with lot and rejected quantity, and empty boxes for the
# supplier's containment, root cause (5-Why) and corrective action.

L282 = {
    "en": ("Supplier Corrective Action Request", "Non-conformance", "Affected parts", "Supplier response"),
    "de": ("Lieferanten-Korrekturmaßnahmenanforderung", "Abweichung", "Betroffene Teile", "Antwort des Lieferanten"),
    "fr": ("Demande d'action corrective fournisseur", "Non-conformité", "Pièces concernées",
           "Réponse du fournisseur"),
    "es": ("Solicitud de acción correctiva al proveedor", "No conformidad", "Piezas afectadas",
           "Respuesta del proveedor"),
    "zh": ("供应商纠正措施要求", "不合格描述", "涉及物料", "供应商回复"),
}


def l282_scar(doc: Doc, st: Style, ctx: dict) -> Rendered:
    title, c_nc, c_parts, c_resp = L282[st.lang]
    sub = "" if st.lang == "en" else f"<div class=sb>{e(title)}</div>"
    grid = [("SCAR No.", f"<b>{nw(doc.number)}</b>"), ("Issue date", nw(dd(doc.date, st.date))),
            ("Supplier", e(doc.seller.name)), ("Purchase order", nw(doc.order_number or "")),
            ("Claim reference", nw(ref(doc, "claim_ref"))), ("Received", nw(dd(ctx["received"], st.date))),
            ("Severity", "MAJOR"), ("Response due", nw(dd(doc.date + dt.timedelta(days=10), st.date)))]
    cells = "".join(("<tr>" if i % 4 == 0 else "") + f"<td><div class=k>{k}</div>{v}</td>"
                    + ("</tr>" if i % 4 == 3 else "") for i, (k, v) in enumerate(grid))
    items = "".join(f"<tr><td>{nw(sku)}</td><td>{words(desc)}</td><td class=r>{lot}</td><td class=r>{q}</td>"
                    f"<td>{e(unit)}</td><td>{e(found)}</td></tr>" for sku, desc, lot, q, unit, found in ctx["items"])
    body = (
        f"<div class=co>{e(doc.buyer.name)} · Quality Management</div><div class=rb>OPEN – awaiting supplier response"
        f"</div><h1>SUPPLIER CORRECTIVE ACTION REQUEST</h1>{sub}<table class=gr>{cells}</table>"
        f"<h2>{e(c_nc)}</h2><p>{e(ctx['long_text'])}</p><p class=sm>Reported by {e(ctx['reported_by'])}</p>"
        f"<h2>{e(c_parts)}</h2><table class=it><thead><tr><th>Part no.</th><th>Description</th><th class=r>Qty "
        "received</th><th class=r>Qty rejected</th><th>Unit</th><th>Finding</th></tr></thead><tbody>"
        f"{items}</tbody></table><h2>{e(c_resp)}</h2><table class=rs><tr><td>D3 Containment</td><td></td></tr><tr>"
        "<td>D4 Root cause (5-Why)</td><td></td></tr><tr><td>D5 Corrective action</td><td></td></tr><tr><td>"
        f"D6 Verification</td><td></td></tr></table><p class=sm>Approved: {e(ctx['signatory'])}</p>")
    font = "'Noto Sans CJK SC', 'DejaVu Sans', sans-serif" if st.lang == "zh" else "'DejaVu Sans', sans-serif"
    css = (f"body {{ font-family: {font}; }} .co {{ font-size: 9pt; color: #555; }} .rb {{ background: #fde7c4; "
           "padding: 3px 6px; font-size: 8pt; margin-top: 6px; } h1 { font-size: 14pt; margin: 10px 0 2px; } .sb { "
           "font-size: 9pt; color: #777; } .gr { width: 100%; margin-top: 8px; font-size: 8.3pt; } .gr td { border: "
           "1px solid #ccc; padding: 4px; width: 25%; vertical-align: top; } .k { font-size: 6.8pt; color: #777; } "
           "h2 { font-size: 10pt; margin: 12px 0 4px; color: #8a4b00; } p { font-size: 8.5pt; margin: 2px 0; } .sm { "
           "font-size: 7.5pt; color: #555; } .it { width: 100%; font-size: 8pt; } .it th { text-align: left; "
           "background: #f3f3f3; padding: 3px; } .it td { padding: 3px; border-bottom: 1px solid #ddd; } .rs { width: "
           "100%; font-size: 8pt; } .rs td { border: 1px solid #bbb; height: 30px; vertical-align: top; padding: 3px; }"
           " .rs td:first-child { width: 28%; }")
    return page(f"SCAR {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L283: Liberian rubber factory's purchase order from a cloud inventory app (Zoho-Inventory-style, HTML ->
# Chromium): the company block left, "PURCHASE ORDER" and "Purchase Order# …" right, "Vendor Address" and
# "Deliver To" one under the other, a thin caption row "Date | Delivery Date | Reference# | Payment Terms", the
# lines "# | Item & Description | Qty | Rate | Amount" with the item code over the description and the unit under
# the quantity, "Sub Total / Total" right, then "Terms & Conditions" and "Authorized Signature".

def l283_zoho(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cur = e(doc.currency or "")
    quote = ref(doc, "quote_ref")
    rows = "".join(f"<tr><td>{i}</td><td><span class=sk>{nw(ln.sku)}</span><br>{words(ln.description)}</td>"
                   f"<td class=r>{ln.quantity}<div class=u>{e(ln.unit or '')}</div></td><td class=r>"
                   f"{m(ln.unit_price, st)}</td><td class=r>{m(ln.amount, st)}</td></tr>"
                   for i, ln in enumerate(doc.lines, start=1))
    body = (
        f"<table class=top><tr><td><div class=co>{e(doc.buyer.name)}</div>{lines_of(doc.buyer.address)}<br>"
        f"{e(ctx['reg'])}</td><td class=r><div class=ti>PURCHASE ORDER</div><div>Purchase Order# <b>"
        f"{nw(doc.number)}</b></div></td></tr></table>"
        f"<div class=k>Vendor Address</div><div class=v>{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}</div>"
        f"<div class=k>Deliver To</div><div class=v>{e(ctx['ship_to'])}</div>"
        "<table class=cap><tr><th>Date</th><th>Delivery Date</th><th>Reference#</th><th>Shipment</th></tr><tr>"
        f"<td>{nw(dd(doc.date, st.date))}</td><td>{nw(dd(doc.date + dt.timedelta(days=49), st.date))}</td>"
        f"<td>{nw(quote) if quote else '–'}</td><td>{nw(doc.incoterms or '')}</td></tr></table>"
        "<table class=ln><thead><tr><th>#</th><th>Item &amp; Description</th><th class=r>Qty</th><th class=r>Rate</th>"
        f"<th class=r>Amount</th></tr></thead><tbody>{rows}</tbody></table><table class=tt><tr><td>Sub Total</td>"
        f"<td class=r>{m(doc.subtotal, st)}</td></tr><tr class=b><td>Total</td><td class=r>"
        f"{nw(cur + ' ' + amt(doc.total, st.num))}</td></tr></table><div class=k>Terms &amp; Conditions</div>"
        f"<div class=v>Payment: {e(doc.payment_terms or '')}. Please quote our PO number on all invoices and "
        "packages. Partial shipment not accepted without approval.</div>"
        f"<div class=sg>Authorized Signature ______________________ ({e(ctx['signatory'])})</div>")
    css = (".top { width: 100%; font-size: 8.5pt; } .top td { vertical-align: top; } .co { font-size: 12pt; } .ti { "
           "font-size: 19pt; letter-spacing: 1px; } .k { margin-top: 10px; font-size: 7.5pt; color: #777; } .v { "
           "font-size: 8.5pt; } .cap { width: 100%; margin-top: 12px; font-size: 8pt; } .cap th { text-align: left; "
           "color: #777; border-bottom: 1px solid #ddd; } .ln { width: 100%; margin-top: 10px; font-size: 8pt; } .ln "
           "th { background: #3c3d3a; color: #fff; text-align: left; padding: 4px; } .ln td { padding: 4px; "
           "border-bottom: 1px solid #e5e5e5; vertical-align: top; } .sk { color: #555; } .u { font-size: 7pt; "
           "color: #777; } .tt { margin: 6px 0 0 auto; width: 42%; font-size: 9pt; } .tt td { padding: 3px; } .tt .b "
           "td { background: #f2f2f2; } .sg { margin-top: 30px; font-size: 8.5pt; }")
    return page(f"Purchase Order {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L284: Seychellois cold store's PURCHASE ORDER kept as an Excel form (xlsx, sent as is or printed by
# LibreOffice): the company name merged across the top, a bordered caption row with the values under it ("Order
# No. | Order Date | Requisition | Cost Centre | Currency"), supplier and delivery address in merged blocks, the
# lines "Ln | Store Code | Supplier Part No. | Description | Qty | UOM | Unit Cost | Line Total" (long orders run
# over two pages, the header row repeated), "Goods total / VAT 0% / ORDER TOTAL", terms in merged cells and three
# approval boxes.

def l284_form(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], doc.number.replace("/", "-"))
    thin = Side(style="thin", color="4A4A4A")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor="CFE8F3")
    cur = doc.currency or ""
    for col, w in zip("ABCDEFGH", (6, 14, 17, 46, 7, 7, 13, 15), strict=True):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:H1")
    ws.cell(1, 1, doc.buyer.name).font = Font(size=15)
    ws.merge_cells("A2:H2")
    ws.cell(2, 1, f"{doc.buyer.address} · {ctx['reg']}").font = Font(size=8, color="666666")
    ws.merge_cells("A3:H3")
    ws.cell(3, 1, "PURCHASE ORDER").font = Font(size=13, color="1F5C7A")
    caps = (("A5:B5", "Order No.", doc.number), ("C5:C5", "Order Date", dd(doc.date, st.date)),
            ("D5:D5", "Requisition / Quote", f"REQ-{doc.number[-4:]} / {ref(doc, 'quote_ref') or 'n/a'}"),
            ("E5:F5", "Cost Centre", "ENG-02"), ("G5:H5", "Currency", cur))
    for rng, cap, val in caps:
        a, b = rng.split(":")
        ws.merge_cells(rng)
        c = ws[a]
        c.value = cap
        c.fill = fill
        c.border = grid
        ws.merge_cells(f"{a[0]}6:{b[0]}6")
        v = ws[f"{a[0]}6"]
        v.value = val
        v.border = grid
    ws.merge_cells("A8:D8")
    ws.cell(8, 1, "Supplier").fill = fill
    ws.merge_cells("E8:H8")
    ws.cell(8, 5, "Deliver to").fill = fill
    ws.merge_cells("A9:D11")
    ws.cell(9, 1, f"{doc.seller.name}\n{doc.seller.address}").alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("E9:H11")
    ws.cell(9, 5, ctx["ship_to"]).alignment = Alignment(wrap_text=True, vertical="top")
    r = 13
    heads = ("Ln", "Store Code", "Supplier Part No.", "Description", "Qty", "UOM", f"Unit Cost {cur}",
             f"Line Total {cur}")
    for j, cap in enumerate(heads, start=1):
        c = ws.cell(r, j, cap)
        c.fill = fill
        c.border = grid
        c.alignment = Alignment(wrap_text=True, vertical="center")
    ws.print_title_rows = f"{r}:{r}"
    for i, ln in enumerate(doc.lines, start=1):
        vals = (i, f"ST-{4100 + i * 7}", ln.sku, ln.description, ln.quantity, ln.unit or "", float(ln.unit_price),
                float(ln.amount))
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            c.alignment = Alignment(vertical="top", wrap_text=j == 4)
            if j in (7, 8):
                c.number_format = "#,##0.00"
    r += len(doc.lines) + 1
    for k, (cap, v) in enumerate((("Goods total", doc.subtotal), ("VAT 0% (zero-rated import)", doc.tax or Decimal(0)),
                                  (f"ORDER TOTAL {cur}", doc.total))):
        ws.merge_cells(start_row=r + k, start_column=5, end_row=r + k, end_column=7)
        ws.cell(r + k, 5, cap).font = Font(size=10 if k < 2 else 11)
        c = ws.cell(r + k, 8, float(v))
        c.number_format = "#,##0.00"
        c.border = grid
    r += 4
    for k, (cap, v) in enumerate((("Delivery terms", doc.incoterms), ("Payment terms", doc.payment_terms),
                                  ("Remarks", "Quote our PO number on invoice, packing list and every carton."))):
        ws.cell(r + k, 1, cap).font = Font(size=9, color="555555")
        ws.merge_cells(start_row=r + k, start_column=1, end_row=r + k, end_column=2)
        ws.merge_cells(start_row=r + k, start_column=3, end_row=r + k, end_column=8)
        ws.cell(r + k, 3, v)
    r += 4
    for col, cap, who in ((1, "Requested by", ctx["contact"]), (4, "Approved by", ctx["signatory"]),
                          (7, "Finance", "")):
        box = ws.cell(r, col, f"{cap}:")
        box.border = grid
        ws.cell(r + 1, col, who)
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L285: Turkmen textile mill's BESTELLUNG in German, typed in Word from an SAP printout (docx, sent as is or as
# PDF): the mill's name with its registration in a line, the supplier's address left and a header table right
# (Bestellnummer/Datum, Lieferantennummer, Ansprechpartner, Telefon, Ihr Angebot), "Bitte liefern Sie zu den
# nachstehenden Bedingungen:", positions "Pos. | Material | Bezeichnung | Bestellmenge | ME | Preis/ME | Nettowert"
# where each position has a second, merged row "Liefertermin: T dd.mm.yyyy", "Gesamtnettowert ohne MwSt.", the
# conditions as label/value rows and the signature line in Turkmen and German.

def l285_bestellung(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    for sec in d.sections:
        sec.left_margin = Inches(0.9)
        sec.right_margin = Inches(0.7)
    cur = doc.currency or ""
    quote = ref(doc, "quote_ref")
    para(d, doc.buyer.name, size=14)
    para(d, f"{doc.buyer.address} · {ctx['reg']}", size=7.5, color="555555")
    para(d)
    hdr = table(d, [[f"{doc.seller.name}\n{doc.seller.address.replace(', ', chr(10))}",
                     f"Bestellnummer/Datum\n{doc.number} / {dd(doc.date, st.date)}\nLieferantennummer\n"
                     f"{ctx['supplier_no']}\nAnsprechpartner / Telefon\n{ctx['contact']} / +993 522 6 14 47\n"
                     f"Ihr Angebot\n{quote or '–'}"]], [3.6, 3.0], head=False, size=8.5)
    shade(hdr.cell(0, 1), "EDEDED")
    para(d)
    para(d, f"Bestellung {doc.number}", size=12)
    para(d, "Bitte liefern Sie zu den nachstehenden Bedingungen:", size=9)
    rows = [["Pos.", "Material", "Bezeichnung", "Bestellmenge", "ME", f"Preis/ME {cur}", f"Nettowert {cur}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([f"{i * 10:05d}", ln.sku, ln.description, str(ln.quantity), ln.unit or "",
                     amt(ln.unit_price, st.num), amt(ln.amount, st.num)])
        rows.append([f"Liefertermin: T {dd(doc.date + dt.timedelta(days=42), st.date)}", "", "", "", "", "", ""])
    rows.append([f"Gesamtnettowert ohne MwSt. {cur}", "", "", "", "", "", amt(doc.total, st.num)])
    t = table(d, rows, [0.55, 1.0, 2.35, 0.8, 0.4, 0.8, 0.9], size=8)
    for k in range(2, len(rows), 2):
        merge_row(t, k, 0, 6)
        shade(t.cell(k, 0), "F5F5F5")
    merge_row(t, len(rows) - 1, 0, 5)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    table(d, [["Lieferbedingung", f"{doc.incoterms} (Incoterms 2020), Anlieferung an {ctx['ship_to']}"],
              ["Zahlungsbedingung", doc.payment_terms],
              ["Versandvorschrift", "Lieferung per Kurier oder LKW, Zollpapiere (Rechnung, Packliste, "
                                    "Ursprungszeugnis) zweifach mit der Ware."]],
          [1.6, 5.0], head=False, size=8.5)
    para(d)
    para(d, "Mit freundlichen Grüßen / Hormatlamak bilen", size=9)
    para(d, f"{doc.buyer.name}\n\n{ctx['signatory']}, {ctx['buyer_title']}          {ctx['contact']}, Beschaffung",
         size=9)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L286: Purchase order from a mid-market ERP's purchasing module (Sage-X3-style, HTML -> Chromium) in French or
# Spanish: the company left with its identifiers, on the right a ruled box of caption cells over value cells
# (order number, date, supplier code, buyer), billing and delivery addresses side by side, the supplier's address
# in a framed window, lines "Ligne | Article | Désignation | Qté | UA | Prix net | Montant HT" (or Spanish) with the
# promised date in small type under each designation, the totals block with "TVA 0,00", the conditions, and the
# signature "Le Directeur Général" / "El Director de planta".

L286 = {
    "fr": ("BON DE COMMANDE ACHAT", ("N° commande", "Date", "Code fournisseur", "Acheteur"),
           ("Adresse de facturation", "Adresse de livraison", "Fournisseur"),
           ("Ligne", "Article", "Désignation", "Qté", "UA", "Prix net", "Montant HT"), "Livraison prévue le",
           ("Total HT", "TVA (exonération, convention d'établissement)", "Total TTC"),
           ("Incoterm", "Conditions de paiement", "Votre offre"), "Bon pour accord"),
    "es": ("PEDIDO DE COMPRA", ("N.º pedido", "Fecha", "Cód. proveedor", "Comprador"),
           ("Dirección de facturación", "Dirección de entrega", "Proveedor"),
           ("Línea", "Artículo", "Designación", "Cant.", "UC", "Precio neto", "Importe"), "Entrega prevista",
           ("Base imponible", "IVA 0 % (exento, zona franca)", "Total pedido"),
           ("Incoterm", "Condiciones de pago", "Su oferta"), "Conforme"),
}


def l286_x3(doc: Doc, st: Style, ctx: dict) -> Rendered:
    title, hcaps, acaps, heads, promised, tcaps, ccaps, ok = L286[ctx["caps"]]
    cur = e(doc.currency or "")
    quote = ref(doc, "quote_ref")
    when = dd(doc.date + dt.timedelta(days=45), st.date)
    rows = "".join(f"<tr><td>{i * 1000}</td><td>{nw(ln.sku)}</td><td>{words(ln.description)}<div class=pr>"
                   f"{e(promised)} {nw(when)}</div></td><td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td>"
                   f"<td class=r>{m(ln.unit_price, st)}</td><td class=r>{m(ln.amount, st)}</td></tr>"
                   for i, ln in enumerate(doc.lines, start=1))
    hvals = (nw(doc.number), nw(dd(doc.date, st.date)), e(ctx["vendor_id"]), e(ctx["contact"]))
    tot = ((tcaps[0], m(doc.subtotal, st)), (tcaps[1], m(doc.tax or Decimal(0), st)),
           (tcaps[2], nw(amt(doc.total, st.num) + " " + (doc.currency or ""))))
    body = (
        f"<table class=top><tr><td class=co><div class=nm>{e(doc.buyer.name)}</div>{lines_of(doc.buyer.address)}"
        f"<br><span class=rg>{e(ctx['reg'])}</span></td><td><div class=ti>{e(title)}</div><table class=hb><tr>"
        + "".join(f"<th>{e(x)}</th>" for x in hcaps) + "</tr><tr>" + "".join(f"<td>{v}</td>" for v in hvals)
        + "</tr></table></td></tr></table><table class=ad><tr>"
        f"<td><div class=k>{e(acaps[0])}</div>{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}</td>"
        f"<td><div class=k>{e(acaps[1])}</div>{e(ctx['ship_to'])}</td>"
        f"<td class=win><div class=k>{e(acaps[2])}</div>{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}</td>"
        "</tr></table><table class=ln><thead><tr>" + "".join(
            f"<th{' class=r' if j in (3, 5, 6) else ''}>{e(h)}{' ' + cur if j in (5, 6) else ''}</th>"
            for j, h in enumerate(heads)) + f"</tr></thead><tbody>{rows}</tbody></table><table class=tt>"
        + "".join(f"<tr><th>{e(k)}</th><td class=r>{v}</td></tr>" for k, v in tot) + "</table><table class=cd>"
        f"<tr><th>{e(ccaps[0])}</th><td>{nw(doc.incoterms or '')}</td></tr><tr><th>{e(ccaps[1])}</th><td>"
        f"{e(doc.payment_terms or '')}</td></tr><tr><th>{e(ccaps[2])}</th><td>{nw(quote) if quote else '—'}</td></tr>"
        f"</table><div class=sg>{e(ok)}<br>{e(ctx['buyer_title'])}<br>{e(ctx['signatory'])}</div>")
    css = (".top { width: 100%; } .top td { vertical-align: top; } .co { width: 46%; font-size: 8pt; } .nm { font-size: "
           "12pt; color: #00695c; } .rg { font-size: 7pt; color: #666; } .ti { font-size: 13pt; text-align: right; "
           "margin-bottom: 4px; } .hb { width: 100%; font-size: 7.8pt; } .hb th { background: #00695c; color: #fff; "
           "padding: 2px 4px; text-align: left; border: 1px solid #00695c; } .hb td { border: 1px solid #00695c; "
           "padding: 3px 4px; } .ad { width: 100%; margin-top: 12px; font-size: 8pt; } .ad td { vertical-align: top; "
           "width: 33%; padding: 4px; } .win { border: 1px solid #333; } .k { font-size: 7pt; color: #00695c; } .ln { "
           "width: 100%; margin-top: 10px; font-size: 7.8pt; } .ln th { border-top: 1px solid #333; border-bottom: "
           "1px solid #333; padding: 3px; text-align: left; } .ln td { padding: 3px; vertical-align: top; "
           "border-bottom: 1px dotted #aaa; } .pr { font-size: 6.8pt; color: #777; } .tt { margin: 8px 0 0 auto; "
           "font-size: 8.5pt; } .tt th { text-align: left; padding: 2px 12px 2px 0; } .tt tr:last-child td, "
           ".tt tr:last-child th { border-top: 1px solid #333; } .cd { margin-top: 10px; font-size: 8pt; } .cd th { "
           "text-align: left; padding: 2px 12px 2px 0; color: #00695c; } .sg { margin: 24px 0 0 60%; font-size: "
           "8.5pt; border-top: 1px solid #999; padding-top: 4px; }")
    return page(f"{title} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L287: Chinese-run steel plant's purchase order exported from a Yonyou-U8-style ERP to Excel (xlsx, sent as is
# or printed by LibreOffice), captions in Chinese over Portuguese: "采购订单 / ORDEM DE COMPRA" merged across, a
# header of caption/value pairs in two columns (订单编号 N.º da ordem, 日期 Data, 供应商 Fornecedor, 币种 Moeda,
# 价格条款 Incoterm, 付款条件 Condições de pagamento, 部门 Departamento, 业务员 Comprador), lines "序号 | 存货编码 |
# 存货名称 | 主计量 | 数量 | 原币单价 | 原币金额" with the Portuguese under each, a merged "合计 Total" row, 备注 and the
# 制单人 / 审核人 footer.

def l287_u8(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], doc.number)
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="FCE4D6")
    cur = doc.currency or ""
    quote = ref(doc, "quote_ref")
    for col, w in zip("ABCDEFG", (8, 16, 48, 10, 9, 14, 16), strict=True):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:G1")
    ws.cell(1, 1, f"{ctx['name_zh']}  {doc.buyer.name}").font = Font(size=13)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:G2")
    ws.cell(2, 1, "采购订单 / ORDEM DE COMPRA").font = Font(size=15)
    ws.cell(2, 1).alignment = Alignment(horizontal="center")
    left = (("订单编号 N.º da ordem", doc.number), ("日期 Data", dd(doc.date, st.date)),
            ("供应商 Fornecedor", doc.seller.name), ("币种 Moeda", cur))
    right = (("价格条款 Incoterm", doc.incoterms), ("付款条件 Condições de pagamento", doc.payment_terms),
             ("部门 Departamento", "设备部 Manutenção"), ("业务员 Comprador", ctx["contact"]))
    for k, ((c1, v1), (c2, v2)) in enumerate(zip(left, right, strict=True)):
        r = 4 + k
        ws.cell(r, 1, c1).font = Font(size=9, color="7F7F7F")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 3, v1)
        ws.cell(r, 4, c2).font = Font(size=9, color="7F7F7F")
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
        ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=7)
        ws.cell(r, 6, v2).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 26 if len(str(v2)) > 30 else 15
    r = 9
    heads = ("序号\nN.º", "存货编码\nCódigo", "存货名称 / 规格\nDescrição", "主计量\nUnid.", "数量\nQtd.",
             f"原币单价\nPreço ({cur})", f"原币金额\nValor ({cur})")
    for j, cap in enumerate(heads, start=1):
        c = ws.cell(r, j, cap)
        c.fill = head_fill
        c.border = grid
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    ws.row_dimensions[r].height = 30
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((i, ln.sku, ln.description, ln.unit or "", ln.quantity, float(ln.unit_price),
                               float(ln.amount)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            if j in (6, 7):
                c.number_format = "0.00"
    r += len(doc.lines) + 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 1, "合计 Total").border = grid
    ws.cell(r, 5, sum(ln.quantity for ln in doc.lines)).border = grid
    c = ws.cell(r, 7, float(doc.total))
    c.number_format = "0.00"
    c.border = grid
    ws.cell(r + 2, 1, "备注 Obs.")
    ws.merge_cells(start_row=r + 2, start_column=2, end_row=r + 2, end_column=7)
    ws.cell(r + 2, 2, (f"依据报价单 {quote}；" if quote else "") + f"收货：{ctx['ship_to']}；每箱须贴订单号。")
    ws.cell(r + 4, 1, f"制单人 Elaborado: {ctx['contact']}")
    ws.cell(r + 4, 4, f"审核人 Aprovado: {ctx['signatory']}")
    return save_xlsx(wb)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L278": (l278_sap, "SAP-S/4HANA-style output form: quotation / pro forma / invoice / packing list, ours (HTML)"),
    "L279": (l279_agreement, "English-law supply agreement with Schedule 1 and execution blocks, ours (docx)"),
    "L280": (l280_seawaybill, "container line's non-negotiable sea waybill (HTML)"),
    "L281": (l281_remittance, "customer's ERP remittance advice from the payables run (HTML)"),
    "L282": (l282_scar, "customer's supplier corrective action request from its quality tool (HTML)"),
    "L283": (l283_zoho, "cloud-inventory (Zoho-style) purchase order (HTML)"),
    "L284": (l284_form, "Excel purchase order form with caption row and approvals (xlsx)"),
    "L285": (l285_bestellung, "German Bestellung from an SAP printout typed in Word (docx)"),
    "L286": (l286_x3, "Sage-X3-style purchase order in French or Spanish (HTML)"),
    "L287": (l287_u8, "Yonyou-U8-style 采购订单 with Portuguese captions (xlsx)"),
}

# Layouts that print a tax line of zero: their documents are labelled tax "0.00".
ZERO_TAX = ("L278", "L284", "L286")


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line."""
    return key in LAYOUTS
