"""Sixth-holdout document layouts L48-L57, each modelled on a real-world family not used in dev-dev6."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

# Infrastructure only (zip pinning, docx/xlsx setup, date/number printing, HTML page, Word tables); the
# layouts themselves are new.
from tests.corpus.dev3_gen.layouts import (
    Rendered,
    day,
    new_docx,
    new_xlsx,
    para,
    put,
    save_docx,
    save_xlsx,
    shade,
    widths,
)
from tests.corpus.dev4_gen.layouts import Style, amt, e, html_page, nl
from tests.corpus.dev6_gen.layouts import block, table
from tests.corpus.docs import Doc

SELLER_BANK = "Solent Commercial Bank plc, Southampton · IBAN GB61 SOLC 4012 7731 0456 88 · BIC SOLCGB2S"


def lines_html(doc: Doc, st: Style, cells: Callable[[int, object], list[str]]) -> str:
    return "".join("<tr>" + "".join(cells(i, ln)) + "</tr>" for i, ln in enumerate(doc.lines, start=1))


# ------------------------------------------------------------------------------------------------
# L48: Quote from a CPQ tool (Salesforce-CPQ style, HTML -> Chromium): "Prepared For / Prepared By" cards,
# created and expiration dates, product lines with list price and net unit price, a quote summary box and a
# customer acceptance block.

def l48_cpq(doc: Doc, st: Style, ctx: dict) -> Rendered:
    expires = doc.date + dt.timedelta(days=45)
    rows = lines_html(doc, st, lambda i, ln: [
        f"<td>{i}</td>", f"<td class=nw>{e(ln.sku)}</td>", f"<td>{e(ln.description)}</td>",
        f"<td class=r>{ln.quantity}</td>", f"<td>{e(ln.unit or '')}</td>",
        f"<td class=r>{amt(ln.unit_price, st.num)}</td>", f"<td class=r>{amt(ln.amount, st.num)}</td>"])
    body = (
        f"<div class=hd><div class=logo>{e(doc.seller.name)}<small>{e(doc.seller.address)}</small></div>"
        f"<div class=qt>QUOTE<div class=qn>{e(doc.number)}</div></div></div>"
        "<table class=cards><tr>"
        f"<td><div class=cap>Prepared For</div><b>{e(ctx['contact'])}</b><br>{e(doc.buyer.name)}<br>"
        f"{e(doc.buyer.address)}</td>"
        "<td><div class=cap>Prepared By</div><b>Anna Keller</b><br>Sales Manager Export<br>anna.keller@example.com"
        "<br>+44 23 8063 1170</td>"
        f"<td><div class=cap>Quote Details</div><table class=kv><tr><th>Created Date</th><td>{day(doc.date, st.date)}"
        f"</td></tr><tr><th>Expiration Date</th><td>{day(expires, st.date)}</td></tr><tr><th>Currency</th>"
        f"<td>{doc.currency}</td></tr><tr><th>Status</th><td>Presented</td></tr></table></td></tr></table>"
        "<h3>Quote Line Items</h3><table class=items><thead><tr><th>#</th><th>Product Code</th><th>Product</th>"
        "<th class=r>Quantity</th><th>UoM</th><th class=r>Net Unit Price</th><th class=r>Total Price</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        "<table class=sum><tr><td class=terms>"
        f"<div class=cap>Terms</div>Delivery: {e(doc.incoterms)} (Incoterms® 2020)<br>Payment: {e(doc.payment_terms)}"
        "<br>Prices exclude import duties and taxes of the country of destination.</td>"
        f"<td><table class=box><tr><td>Subtotal</td><td class=r>{amt(doc.subtotal, st.num)}</td></tr>"
        f"<tr class=g><td>Grand Total ({doc.currency})</td><td class=r>{amt(doc.total, st.num)}</td></tr></table></td>"
        "</tr></table>"
        "<div class=acc><div class=cap>Customer Acceptance</div>Signature: ____________________ &nbsp; Name: "
        "____________________ &nbsp; Date: ____________</div>")
    css = (".hd { display: flex; justify-content: space-between; align-items: flex-start; } .logo { font-size: 15pt; "
           "font-weight: bold; color: #032d60; } .logo small { display: block; font-size: 7.5pt; font-weight: normal; "
           "color: #555; } .qt { text-align: right; font-size: 22pt; color: #0176d3; letter-spacing: 2px; } .qn { "
           "font-size: 11pt; color: #000; letter-spacing: 0; } .cards { width: 100%; margin-top: 14px; } .cards > tbody "
           "> tr > td { vertical-align: top; width: 33%; background: #f3f6f9; padding: 8px; border: 3px solid #fff; } "
           ".cap { font-size: 7pt; text-transform: uppercase; color: #0176d3; font-weight: bold; margin-bottom: 3px; } "
           ".kv th { text-align: left; font-weight: normal; color: #555; padding-right: 8px; } h3 { color: #032d60; "
           "font-size: 10pt; margin: 14px 0 4px; } .items { width: 100%; } .items th { background: #032d60; color: #fff; "
           "padding: 4px; text-align: left; font-weight: normal; } .items td { padding: 4px; border-bottom: 1px solid "
           "#dde3ea; } .r { text-align: right !important; } .nw { white-space: nowrap; } .sum { width: 100%; "
           "margin-top: 12px; } .terms { width: 58%; vertical-align: top; font-size: 8pt; } .box { width: 100%; } .box "
           "td { padding: 4px; } .g td { font-weight: bold; border-top: 2px solid #032d60; } .acc { margin-top: 26px; "
           "border-top: 1px solid #ccc; padding-top: 8px; font-size: 8.5pt; }")
    return html_page(f"Quote {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L49: Nordic purchase order form in English (docx -> LibreOffice): company name top left, "PURCHASE ORDER"
# with order number, date and "Page 1 (1)" top right, Supplier and Delivery address side by side, an "Our
# reference / Your reference / Delivery terms / Mode of delivery / Terms of payment" grid, prices as 1 234,50
# and the classic four-column footer (postal address, telephone, Reg. no., Bankgiro).

def l49_nordic_po(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["our_ref"], "Liberation Sans", 9)
    t = table(d, [[doc.buyer.name, f"PURCHASE ORDER\nOrder no.: {doc.number}\nOrder date: {day(doc.date, st.date)}"
                   "\nPage 1 (1)"]], [3.6, 2.9], head=False)
    t.cell(0, 0).paragraphs[0].runs[0].bold = True
    table(d, [["Supplier", "Delivery address"], [block(doc.seller), ctx["ship_to"].replace(", ", "\n")]],
          [3.25, 3.25])
    table(d, [["Our reference", ctx["our_ref"], "Your reference", "Anna Keller"],
              ["Delivery terms", doc.incoterms, "Mode of delivery", "Air freight"],
              ["Terms of payment", doc.payment_terms, "Currency", doc.currency]],
          [1.25, 2.0, 1.25, 2.0], head=False)
    para(d, "")
    rows = [["Item no.", "Description", "Quantity", "Unit", "Price", "Amount"]]
    rows += [[ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
              amt(ln.amount, st.num)] for ln in doc.lines]
    rows.append(["", f"Order total excl. VAT {doc.currency}", "", "", "", amt(doc.total, st.num)])
    table(d, rows, [1.05, 2.75, 0.65, 0.45, 0.75, 0.85], size=8.5)
    para(d, "Please confirm this order within two working days. Always state our order number on delivery note "
            "and invoice. Invoices by e-mail to invoice@ljusnan-sagverk.example.", size=8)
    para(d, f"Purchaser: {ctx['our_ref']}", size=8.5)
    para(d, "")
    table(d, [["Postal address", "Telephone", "Reg. no. / VAT no.", "Bankgiro"],
              [doc.buyer.address.replace(", ", "\n"), "+46 270 41 77 00", f"{ctx['orgnr']}\n{ctx['vat']}",
               ctx["bankgiro"]]], [2.2, 1.3, 1.7, 1.3], size=7)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L50: Colombian "orden de compra" from a local accounting package, exported to Excel (xlsx -> LibreOffice):
# centred letterhead band with NIT, a dark title band with the order number, "Señores" supplier block beside
# the order data, quantity and unit BEFORE the reference and description, the total repeated in words
# ("Son: … dólares con 66/100") and three sign-off columns (Elaboró / Revisó / Aprobó).

UNITS_ES = ["", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
            "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte",
            "veintiún", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete",
            "veintiocho", "veintinueve"]
TENS_ES = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
HUNDREDS_ES = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos",
               "setecientos", "ochocientos", "novecientos"]


def _es_below_1000(n: int) -> str:
    if n == 100:
        return "cien"
    h, rest = divmod(n, 100)
    if rest < 30:
        low = UNITS_ES[rest]
    else:
        t, u = divmod(rest, 10)
        low = TENS_ES[t] + (f" y {UNITS_ES[u]}" if u else "")
    return " ".join(x for x in (HUNDREDS_ES[h], low) if x)


def en_letras(value: Decimal) -> str:
    """An amount in Spanish words as Latin-American documents print it: 'cuatro mil … con 66/100'."""
    whole = int(value)
    cents = int((value - whole) * 100)
    millions, rest = divmod(whole, 1_000_000)
    thousands, units = divmod(rest, 1000)
    parts = []
    if millions:
        parts.append("un millón" if millions == 1 else f"{_es_below_1000(millions)} millones")
    if thousands:
        parts.append("mil" if thousands == 1 else f"{_es_below_1000(thousands)} mil")
    if units or not parts:
        parts.append(_es_below_1000(units) or "cero")
    return f"{' '.join(parts)} con {cents:02d}/100"


def l50_co_oc(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(doc.buyer.name, "Orden de compra")
    thin = Side(style="thin", color="595959")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEF", (8, 7, 13, 46, 15, 16), strict=True):
        ws.column_dimensions[col].width = w
    band = [(doc.buyer.name, Font(bold=True, size=14)), (f"NIT {ctx['nit']} · Responsable de IVA", Font(size=9)),
            (doc.buyer.address, Font(size=9))]
    for i, (text, font) in enumerate(band, start=1):
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=6)
        c = ws.cell(i, 1, text)
        c.font = font
        c.alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:F5")
    c = ws.cell(5, 1, f"ORDEN DE COMPRA No. {doc.number}")
    c.font = Font(bold=True, size=12, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="375623")
    c.alignment = Alignment(horizontal="center")
    left = [("Señores:", doc.seller.name), ("", doc.seller.address), ("Atención:", "Anna Keller"),
            ("Correo:", "anna.keller@example.com")]
    right = [("Fecha de elaboración:", day(doc.date, st.date)), ("Moneda:", doc.currency),
             ("Condiciones de pago:", doc.payment_terms), ("Incoterm:", doc.incoterms),
             ("Entregar en:", ctx["ship_to"])]
    for i, (k, v) in enumerate(left):
        ws.cell(7 + i, 1, k).font = bold
        ws.cell(7 + i, 3, v)
    for i, (k, v) in enumerate(right):
        ws.cell(12 + i, 1, k).font = bold
        ws.cell(12 + i, 4, v)  # the long captions run over the empty B and C cells
    r = 18
    for j, h in enumerate(("Cant.", "U.M.", "Referencia", "Descripción", "Vr. unitario", "Vr. total"), start=1):
        c = ws.cell(r, j, h)
        c.font = bold
        c.border = box
        c.fill = PatternFill("solid", fgColor="E2EFDA")
    ws.print_title_rows = f"{r}:{r}"
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((ln.quantity, ln.unit or "", ln.sku, ln.description, float(ln.unit_price),
                               float(ln.amount)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = box
            if j >= 5:
                c.number_format = "#,##0.00"
    r += len(doc.lines) + 1
    for k, v in (("Subtotal", doc.subtotal), (f"Total orden {doc.currency}", doc.total)):
        ws.cell(r, 5, k).font = bold
        c = ws.cell(r, 6, float(v))
        c.number_format = "#,##0.00"
        c.border = box
        r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1, f"Son: {en_letras(doc.total)} dólares estadounidenses").font = Font(italic=True)
    r += 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1, "Favor citar el número de esta orden en la factura comercial, la lista de empaque y la guía aérea. "
                  "Documentos a comex@lasabana-alimentos.example.").alignment = Alignment(wrap_text=True)
    ws.row_dimensions[r].height = 28
    r += 3
    for col, (cap, name) in zip((1, 4, 5), (("Elaboró", ctx["contact"]), ("Revisó", "Jefe de Mantenimiento"),
                                            ("Aprobó", ctx["approver"])), strict=True):
        ws.cell(r, col, "____________________")
        ws.cell(r + 1, col, cap).font = bold
        ws.cell(r + 2, col, name)
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L51: German-language order printed from a Czech accounting system (docx -> LibreOffice): "BESTELLUNG Nr."
# in a shaded box top right, large Besteller/Lieferant boxes with IČ/DIČ, a strip of four boxes (date, wanted
# delivery, delivery terms, payment terms), an unruled item table where the article number sits under the
# description, totals block right, "Ausgestellt von / Übernommen / Stempel" line and the register footer.

def l51_cz_po(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["issued_by"], "Liberation Sans", 9)
    head = d.add_table(rows=1, cols=2)
    put(head.cell(0, 0), doc.buyer.name, bold=True, size=12)
    put(head.cell(0, 1), f"BESTELLUNG Nr. {doc.number}", bold=True, size=12, align="right")
    shade(head.cell(0, 1), "DDEBF7")
    widths(head, [3.3, 3.3])
    table(d, [[f"Besteller:\n{block(doc.buyer)}\nIČ: {ctx['ico']}   DIČ: {ctx['dic']}",
               f"Lieferant:\n{block(doc.seller)}\nUSt-IdNr.: GB 284 1177 42"]], [3.3, 3.3], head=False)
    wanted = doc.date + dt.timedelta(days=21)
    table(d, [["Ausstellungsdatum", "Gewünschter Liefertermin", "Lieferbedingung", "Zahlungsbedingung"],
              [day(doc.date, st.date), day(wanted, st.date), doc.incoterms, doc.payment_terms]],
          [1.55, 1.65, 1.3, 2.1], size=8)
    para(d, f"Lieferanschrift: {ctx['ship_to']}", size=8.5)
    para(d, "Wir bestellen bei Ihnen:", bold=True)
    items = d.add_table(rows=1, cols=5)
    for j, h in enumerate(("Bezeichnung", "Menge", "ME", f"Preis/ME {doc.currency}", f"Gesamt {doc.currency}")):
        put(items.rows[0].cells[j], h, bold=True, size=8.5, align="right" if j in (1, 3, 4) else None)
        shade(items.rows[0].cells[j], "DDEBF7")
    for ln in doc.lines:
        cells = items.add_row().cells
        put(cells[0], f"{ln.description}\nArt.-Nr. {ln.sku}", size=8.5)
        for j, v in ((1, str(ln.quantity)), (2, ln.unit or ""), (3, amt(ln.unit_price, st.num)),
                     (4, amt(ln.amount, st.num))):
            put(cells[j], v, size=8.5, align="right" if j != 2 else None)
    widths(items, [3.4, 0.6, 0.6, 0.95, 1.05])
    table(d, [["Summe netto", f"{amt(doc.subtotal, st.num)} {doc.currency}"],
              ["Gesamtbetrag", f"{amt(doc.total, st.num)} {doc.currency}"]], [5.2, 1.4], head=False, size=9)
    para(d, "Bitte geben Sie unsere Bestellnummer auf Lieferschein und Rechnung an. Auftragsbestätigung erbeten.",
         size=8)
    para(d, f"Ausgestellt von: {ctx['issued_by']} · Tel. +420 567 310 442 · prochazkova@vysocina-hydraulik.example",
         size=8.5)
    para(d, "Übernommen: ____________________      Stempel / Unterschrift: ____________________", size=8.5)
    para(d, f"{doc.buyer.name} · zapsaná v obchodním rejstříku, {ctx['register']} · Gedruckt aus dem "
            "ERP-System · Seite 1/1", size=7)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L52: Malaysian purchase order from an AutoCount-style accounting package (HTML -> Chromium): English and
# Chinese company names, Company No. and SST No., bilingual column captions 货号/品名/数量/单位/单价/金额,
# "This is a computer generated document" foot.

def l52_my_po(doc: Doc, st: Style, ctx: dict) -> Rendered:
    rows = lines_html(doc, st, lambda i, ln: [
        f"<td>{i}</td>", f"<td class=nw>{e(ln.sku)}</td>", f"<td>{e(ln.description)}</td>",
        f"<td class=r>{ln.quantity}</td>", f"<td>{e(ln.unit or '')}</td>",
        f"<td class=r>{amt(ln.unit_price, st.num)}</td>", f"<td class=r>{amt(ln.amount, st.num)}</td>"])
    body = (
        f"<div class=co><b>{e(doc.buyer.name)}</b> <span class=cn>{e(ctx['cn_name'])}</span><br>"
        f"<small>(Company No. {e(ctx['roc'])})</small><br>{e(doc.buyer.address)}<br>SST No.: {e(ctx['sst'])}</div>"
        "<div class=title>PURCHASE ORDER 采购单</div>"
        "<table class=head><tr><td class=to><div class=cap>To 供应商</div>"
        f"{nl(block(doc.seller))}<br>Attn: Ms Anna Keller</td><td><table class=kv>"
        f"<tr><th>No. 单号</th><td class=nw>{e(doc.number)}</td></tr><tr><th>Date 日期</th><td>{day(doc.date, st.date)}</td></tr>"
        f"<tr><th>Terms 付款条件</th><td>{e(doc.payment_terms)}</td></tr>"
        f"<tr><th>Shipment Term 贸易条款</th><td>{e(doc.incoterms)}</td></tr>"
        f"<tr><th>Currency 货币</th><td>{doc.currency}</td></tr></table></td></tr></table>"
        f"<div class=dlv><b>Deliver To 送货地址:</b> {e(ctx['ship_to'])}</div>"
        "<table class=items><thead><tr><th>No.</th><th>Item Code 货号</th><th>Description 品名</th><th class=r>Qty 数量</th>"
        "<th>UOM 单位</th><th class=r>U/Price 单价</th><th class=r>Total 金额</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        f"<div class=tot>Total 总额 ({doc.currency}): <b>{amt(doc.total, st.num)}</b></div>"
        f"<table class=sig><tr><td>Prepared by 制单: {e(ctx['contact'])}</td><td>Approved by 审批: {e(ctx['approver'])}"
        "</td></tr></table><p class=small>This is a computer generated document. No signature is required. "
        "Please quote our P/O number on all invoices, packing lists and delivery orders.</p>")
    css = (".co { text-align: center; font-size: 8.5pt; } .co b { font-size: 13pt; } .cn { font-size: 12pt; } "
           ".title { text-align: center; font-size: 14pt; font-weight: bold; border-top: 2px solid #000; "
           "border-bottom: 2px solid #000; margin: 8px 0; padding: 3px; } .head { width: 100%; } .head > tbody > tr > "
           "td { vertical-align: top; width: 50%; } .to { border: 1px solid #000; padding: 5px; } .cap { font-weight: "
           "bold; } .kv { margin-left: 10px; } .kv th { text-align: left; padding: 2px 8px 2px 0; font-weight: normal; } "
           ".dlv { margin: 8px 0; } .items { width: 100%; } .items th { border-top: 1px solid #000; border-bottom: 1px "
           "solid #000; padding: 3px; text-align: left; } .items td { padding: 3px; } .r { text-align: right "
           "!important; } .nw { white-space: nowrap; } .tot { text-align: right; border-top: 1px solid #000; "
           "padding-top: 4px; font-size: 10pt; } .sig { width: 100%; margin-top: 30px; } .small { font-size: 7.5pt; "
           "color: #444; margin-top: 16px; }")
    return html_page(f"PO {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L53: Contract of sale in French or English (docx -> LibreOffice): "Entre les soussignés" parties,
# numbered articles with the price schedule, "Fait à Southampton, le …, en deux exemplaires originaux" and a
# two-column signature block ("Lu et approuvé"); an unsigned draft leaves the lines empty.

L53 = {
    "fr": {"title": "CONTRAT DE VENTE", "no": "N°", "between": "Entre les soussignés :",
           "seller": "ci-après dénommée « le Vendeur »", "buyer": "ci-après dénommée « l'Acheteur »",
           "agreed": "Il a été convenu et arrêté ce qui suit :", "art": "Article",
           "arts": ["Objet", "Prix", "Livraison", "Paiement", "Garantie", "Droit applicable"],
           "object": "Le Vendeur vend à l'Acheteur, qui l'accepte, les marchandises désignées à l'article 2",
           "order": ", conformément au bon de commande {po} de l'Acheteur",
           "price": "Les prix sont fermes et non révisables, exprimés en {cur}, hors droits et taxes à l'importation.",
           "head": ["Réf.", "Désignation", "Qté", "Unité", "P.U.", "Montant"], "total": "Montant total du contrat",
           "delivery": "Livraison {inc} (Incoterms® 2020). Le transfert des risques suit l'Incoterm convenu.",
           "pay": "Conditions de paiement : {terms}.",
           "warranty": "Douze mois à compter de la livraison, pièces d'usure exclues.",
           "law": "Le présent contrat est soumis au droit anglais. Tout litige sera soumis à l'arbitrage à Londres.",
           "done": "Fait à Southampton, le {date}, en deux exemplaires originaux.",
           "for_s": "Pour le Vendeur", "for_b": "Pour l'Acheteur", "name": "Nom", "title_": "Qualité",
           "sig": "Signature (précédée de la mention « Lu et approuvé »)", "date": "Date"},
    "en": {"title": "CONTRACT OF SALE", "no": "No.", "between": "This contract is made between:",
           "seller": "hereinafter \"the Seller\"", "buyer": "hereinafter \"the Buyer\"",
           "agreed": "The parties have agreed as follows:", "art": "Article",
           "arts": ["Subject", "Price", "Delivery", "Payment", "Warranty", "Applicable law"],
           "object": "The Seller sells and the Buyer buys the goods listed in Article 2",
           "order": ", in accordance with the Buyer's purchase order {po}",
           "price": "Prices are fixed in {cur} and exclude import duties and taxes.",
           "head": ["Ref.", "Description", "Qty", "Unit", "Unit price", "Amount"], "total": "Total contract value",
           "delivery": "Delivery {inc} (Incoterms® 2020); risk passes as the Incoterm provides.",
           "pay": "Terms of payment: {terms}.",
           "warranty": "Twelve months from delivery, wear parts excepted.",
           "law": "This contract is governed by English law; disputes are settled by arbitration in London.",
           "done": "Done at Southampton on {date} in two originals.",
           "for_s": "For the Seller", "for_b": "For the Buyer", "name": "Name", "title_": "Title",
           "sig": "Signature", "date": "Date"},
}


def l53_contract(doc: Doc, st: Style, ctx: dict) -> Rendered:
    t = L53[st.lang]
    d = new_docx("Anna Keller", "Liberation Serif", 10)
    para(d, t["title"], bold=True, size=15, align="center")
    para(d, f"{t['no']} {doc.number}", bold=True, align="center")
    para(d, t["between"])
    para(d, f"{doc.seller.name}, {doc.seller.address}, {t['seller']},")
    para(d, f"{doc.buyer.name}, {doc.buyer.address}, {t['buyer']}.")
    para(d, t["agreed"])
    obj = t["object"] + (t["order"].format(po=doc.order_number) if doc.order_number else "") + "."
    texts = [obj, t["price"].format(cur=doc.currency), t["delivery"].format(inc=doc.incoterms),
             t["pay"].format(terms=doc.payment_terms), t["warranty"], t["law"]]
    for i, (h, x) in enumerate(zip(t["arts"], texts, strict=True), start=1):
        para(d, f"{t['art']} {i} – {h}", bold=True)
        para(d, x)
        if i == 2:
            rows = [[*t["head"][:4], f"{t['head'][4]} {doc.currency}", f"{t['head'][5]} {doc.currency}"]]
            rows += [[ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                      amt(ln.amount, st.num)] for ln in doc.lines]
            rows.append(["", t["total"], "", "", "", amt(doc.total, st.num)])
            table(d, rows, [1.1, 2.75, 0.45, 0.5, 0.85, 0.95], size=8.5)
    para(d, t["done"].format(date=day(doc.date, st.date)))
    who = [(t["for_s"], doc.seller.name, ctx.get("seller_signatory", "Anna Keller"), "Sales Manager Export"),
           (t["for_b"], doc.buyer.name, ctx["signatory"], ctx["buyer_title"])]
    cells = []
    for cap, co, name, title in who:
        sig = f"/s/ {name}" if doc.signed else "______________________"
        when = day(ctx["signed_on"], st.date) if doc.signed else "______________"
        cells.append(f"{cap}\n{co}\n{t['name']} : {name}\n{t['title_']} : {title}\n{t['sig']} :\n{sig}\n"
                     f"{t['date']} : {when}" if st.lang == "fr" else
                     f"{cap}\n{co}\n{t['name']}: {name}\n{t['title_']}: {title}\n{t['sig']}: {sig}\n{t['date']}: {when}")
    table(d, [cells], [3.3, 3.3], head=False)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L54: IATA air waybill (HTML -> Chromium): the AWB number top left and right, shipper/consignee boxes,
# issuing carrier's agent with IATA code, airport of departure/destination and routing, handling information,
# the rate line (pieces, gross weight, rate class, chargeable weight, "AS AGREED"), nature and quantity of
# goods, "Executed on (date) at (place)".

def l54_awb(doc: Doc, st: Style, ctx: dict) -> Rendered:
    no = doc.number
    pre, serial = no.split("-")

    def b(cap: str, val: str, cls: str = "") -> str:
        span = " colspan=2" if cls == "wide" else ""
        return f"<td class='bx {cls}'{span}><div class=c>{cap}</div><div class=v>{val}</div></td>"
    handling = (f"NOTIFY CONSIGNEE ON ARRIVAL. {ctx['pieces']} PACKAGES. DOCS ATTACHED: COMMERCIAL INVOICE, "
                "PACKING LIST.")
    shipper_sig = "Signature of Shipper or his Agent: HAMPSHIRE GLOBAL LOGISTICS LTD"
    executed = f"{day(doc.date, st.date)} at LONDON HEATHROW &nbsp; Signature of Issuing Carrier or its Agent"
    body = (
        f"<div class=top><span class=no>{pre} &nbsp; LHR &nbsp; {serial}</span><span class=nn>Not negotiable<br>"
        f"<b>Air Waybill</b><br>issued by {e(ctx['airline'])}</span><span class=no>{e(no)}</span></div>"
        "<table class=g>"
        f"<tr>{b('Shipper’s Name and Address', nl(block(doc.seller)))}"
        f"{b('Shipper’s Account Number', 'NWC-SOU-0417')}</tr>"
        f"<tr>{b('Consignee’s Name and Address', nl(block(doc.buyer)))}"
        f"{b('Copies 1, 2 and 3 of this Air Waybill are originals and have the same validity.', '')}</tr>"
        f"<tr>{b('Issuing Carrier’s Agent Name and City', e(ctx['agent']))}"
        f"{b('Agent’s IATA Code / Account No.', '91-4 7318 / 0412')}</tr>"
        f"<tr>{b('Airport of Departure (Addr. of First Carrier) and Requested Routing', 'LONDON HEATHROW (LHR)')}"
        f"{b('Reference Number / Optional Shipping Information', 'Customer order ' + e(doc.order_number or ''))}</tr>"
        f"<tr>{b('Airport of Destination', e(ctx['airport_dest']))}"
        f"{b('Requested Flight / Date', e(ctx['flight']) + ' / ' + day(doc.date, st.date))}</tr>"
        f"<tr>{b('Handling Information', handling, 'wide')}</tr></table>"
        "<table class=rate><thead><tr><th>No. of Pieces RCP</th><th>Gross Weight</th><th>kg/lb</th><th>Rate Class</th>"
        "<th>Chargeable Weight</th><th>Rate / Charge</th><th>Total</th><th>Nature and Quantity of Goods (incl. "
        "Dimensions or Volume)</th></tr></thead>"
        f"<tbody><tr><td>{ctx['pieces']}</td><td>{ctx['gross']}</td><td>K</td><td>Q</td><td>{ctx['chargeable']}</td>"
        f"<td>AS AGREED</td><td>AS AGREED</td><td>{e(ctx['goods'])}<br>DIMS {e(ctx['dims'])}</td></tr></tbody></table>"
        "<table class=g><tr>"
        f"{b('Weight Charge / Valuation Charge / Tax', 'Prepaid: AS AGREED')}"
        f"{b('Declared Value for Carriage / for Customs', 'NVD / AS PER INVOICE')}</tr>"
        f"<tr>{b('Shipper certifies that the particulars on the face hereof are correct.', shipper_sig)}"
        f"{b('Executed on (date) at (place)', executed)}</tr></table>"
        f"<div class=foot>Tracking: {' '.join(e(t) for t in doc.tracking_numbers)} · ORIGINAL 3 (FOR SHIPPER)</div>")
    css = (".top { display: flex; justify-content: space-between; align-items: flex-start; margin-bottom: 4px; } "
           ".no { font-family: 'DejaVu Sans Mono', monospace; font-size: 12pt; font-weight: bold; white-space: nowrap; } "
           ".nn { text-align: center; font-size: 8pt; } .nn b { font-size: 12pt; } .g { width: 100%; } .g { table-layout: fixed; } .bx { "
           "border: 1px solid #000; vertical-align: top; padding: 2px 4px; width: 50%; } .c { font-size: "
           "6.5pt; } .v { min-height: 18px; font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; } .rate { "
           "width: 100%; margin: 4px 0; } .rate th { border: 1px solid #000; font-size: 6.5pt; font-weight: normal; "
           "padding: 2px; } .rate td { border: 1px solid #000; padding: 4px; height: 60px; vertical-align: top; "
           "font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; } .foot { font-size: 7pt; margin-top: 6px; }")
    return html_page(f"AWB {no}", css, body)


# ------------------------------------------------------------------------------------------------
# L55: NetSuite-style sales invoice / pro-forma (HTML -> Chromium): logo block and title with "#number"
# right, Bill To / Ship To, a strip of Date | Terms | Due Date | PO # | Incoterm boxes, "Item | Quantity |
# Units | Description | Rate | Amount" (item before quantity), subtotal/total panel and remittance slip.

L55_TITLE = {"commercial_invoice": "Invoice", "proforma_invoice": "Pro Forma Invoice"}


def l55_netsuite(doc: Doc, st: Style, ctx: dict) -> Rendered:
    due = doc.date + dt.timedelta(days=ctx.get("due_days", 30))
    rows = lines_html(doc, st, lambda i, ln: [
        f"<td class=nw>{e(ln.sku)}</td>", f"<td class=r>{ln.quantity}</td>", f"<td>{e(ln.unit or '')}</td>",
        f"<td>{e(ln.description)}</td>", f"<td class=r>{amt(ln.unit_price, st.num)}</td>",
        f"<td class=r>{amt(ln.amount, st.num)}</td>"])
    strip = [("Date", day(doc.date, st.date)), ("Terms", e(doc.payment_terms))]
    if doc.doc_type == "commercial_invoice":
        strip.append(("Due Date", day(due, st.date)))
    if doc.order_number:
        strip.append(("PO #", f"<span class=nw>{e(doc.order_number)}</span>"))
    strip += [("Incoterm", e(doc.incoterms)), ("Currency", doc.currency)]
    due_line = f"Amount due: {doc.currency} {amt(doc.total, st.num)}"
    if doc.doc_type == "proforma_invoice" and ctx.get("deposit"):
        # A pro-forma for an advance asks for the deposit only; the document total stays the order value.
        advance = (doc.total * ctx["deposit"]).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        due_line = (f"Advance payment {ctx['deposit'] * 100:.0f} % due before production: {doc.currency} "
                    f"{amt(advance, st.num)}")
    body = (
        f"<div class=hd><div><div class=logo>NORTHWIND</div><b>{e(doc.seller.name)}</b><br>"
        f"{nl(doc.seller.address.replace(', ', chr(10)))}</div><div class=ttl>{L55_TITLE[doc.doc_type]}"
        f"<div class=num>#{e(doc.number)}</div></div></div>"
        f"<table class=addr><tr><td><div class=cap>Bill To</div>{nl(block(doc.buyer))}</td>"
        f"<td><div class=cap>Ship To</div>{e(ctx.get('ship_to', doc.buyer.address))}</td></tr></table>"
        "<table class=strip><tr>" + "".join(f"<th>{k}</th>" for k, _ in strip) + "</tr><tr>"
        + "".join(f"<td>{v}</td>" for _, v in strip) + "</tr></table>"
        "<table class=items><thead><tr><th>Item</th><th class=r>Quantity</th><th>Units</th><th>Description</th>"
        f"<th class=r>Rate</th><th class=r>Amount</th></tr></thead><tbody>{rows}</tbody></table>"
        f"<table class=tot><tr><td>Subtotal</td><td class=r>{amt(doc.subtotal, st.num)}</td></tr>"
        f"<tr class=g><td>Total</td><td class=r>{doc.currency} {amt(doc.total, st.num)}</td></tr></table>"
        "<div class=slip><b>Remittance</b> · please quote the document number with your payment<br>"
        f"{e(SELLER_BANK)}<br>{due_line}</div>")
    css = (".hd { display: flex; justify-content: space-between; } .logo { font-size: 18pt; font-weight: bold; "
           "color: #125580; letter-spacing: 3px; } .ttl { text-align: right; font-size: 20pt; } .num { font-size: "
           "11pt; } .addr { width: 100%; margin-top: 14px; } .addr td { vertical-align: top; width: 50%; } .cap { "
           "font-weight: bold; border-bottom: 1px solid #125580; margin-bottom: 3px; color: #125580; } .strip { width: "
           "100%; margin-top: 12px; } .strip th { background: #e7eef4; font-weight: bold; padding: 3px; text-align: "
           "left; font-size: 8pt; } .strip td { padding: 3px; border-bottom: 1px solid #ccc; font-size: 8.5pt; } "
           ".items { width: 100%; margin-top: 12px; } .items th { background: #125580; color: #fff; padding: 4px; "
           "text-align: left; } .items td { padding: 3px 4px; border-bottom: 1px solid #e5e5e5; } .r { text-align: "
           "right !important; } .nw { white-space: nowrap; } .tot { margin: 10px 0 0 auto; width: 40%; } .tot td { "
           "padding: 3px; } .g td { font-weight: bold; font-size: 11pt; border-top: 2px solid #125580; } .slip { "
           "margin-top: 28px; border-top: 1px dashed #999; padding-top: 6px; font-size: 8pt; }")
    return html_page(f"{L55_TITLE[doc.doc_type]} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L56: Online-banking receipt of an outgoing international transfer (HTML -> Chromium), Spanish or English:
# bank banner, "Comprobante de transferencia al exterior" / "Outward Telegraphic Transfer", status, ordering
# customer and masked account, beneficiary and beneficiary bank, amount, charges option (OUR/SHA),
# remittance information with the pro-forma/invoice and the PO, and a verification code.

L56 = {
    "es": {"title": "Comprobante de transferencia al exterior", "ref": "Número de comprobante", "date": "Fecha valor",
           "status": "Estado", "ok": "Aprobada", "payer": "Ordenante", "acct": "Cuenta origen",
           "bene": "Beneficiario", "bank": "Banco beneficiario", "iban": "Cuenta beneficiario",
           "amount": "Monto transferido", "charges": "Gastos", "sha": "Compartidos (SHA)",
           "info": "Información para el beneficiario", "inv": "Pago", "po": "Orden de compra",
           "note": "Este comprobante no requiere firma. Verifique su autenticidad con el código de verificación."},
    "en": {"title": "Outward Telegraphic Transfer – Transaction Receipt", "ref": "Transaction Reference",
           "date": "Value Date", "status": "Status", "ok": "Successful", "payer": "Remitter",
           "acct": "Debit Account", "bene": "Beneficiary Name", "bank": "Beneficiary Bank",
           "iban": "Beneficiary Account", "amount": "Remittance Amount", "charges": "Charges", "sha": "SHA (shared)",
           "info": "Payment Details", "inv": "Payment", "po": "PO",
           "note": "This receipt is computer generated. Please keep it for your records."},
}


def l56_bank_receipt(doc: Doc, st: Style, ctx: dict) -> Rendered:
    t = L56[st.lang]
    ref = next((v for k, v in doc.extra if k == "invoice_ref"), "")
    rows = [(t["ref"], f"<b class=nw>{e(doc.number)}</b>"), (t["date"], day(doc.date, st.date)),
            (t["status"], f"<span class=ok>{t['ok']}</span>"),
            (t["payer"], e(doc.buyer.name)), (t["acct"], e(ctx["account"])),
            (t["bene"], e(doc.seller.name)), (t["bank"], "Solent Commercial Bank plc, Southampton – SWIFT SOLCGB2S"),
            (t["iban"], "GB61 SOLC 4012 7731 0456 88"),
            (t["amount"], f"<b>{doc.currency} {amt(doc.total, st.num)}</b>"), (t["charges"], t["sha"]),
            (t["info"], f"{t['inv']} {e(ref)} / {t['po']} <span class=nw>{e(doc.order_number or '')}</span>")]
    body = (f"<div class=bank>{e(ctx['bank'])}</div><h2>{t['title']}</h2><table class=kv>"
            + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
            + f"</table><p class=small>{t['note']} Código / Code: {e(ctx['verify'])}</p>")
    css = (".bank { background: #00594f; color: #fff; font-size: 14pt; font-weight: bold; padding: 10px 12px; } "
           "h2 { font-size: 12pt; color: #00594f; margin: 14px 0 8px; } .kv { width: 100%; } .kv th { text-align: "
           "left; width: 35%; font-weight: normal; color: #555; padding: 5px; border-bottom: 1px solid #e3e3e3; } "
           ".kv td { padding: 5px; border-bottom: 1px solid #e3e3e3; } .ok { color: #00594f; font-weight: bold; } "
           ".nw { white-space: nowrap; } .small { font-size: 7.5pt; color: #666; margin-top: 18px; }")
    return html_page(t["title"], css, body)


# ------------------------------------------------------------------------------------------------
# L57: 8D problem-solving report opened by the customer (docx -> LibreOffice): header grid (8D no., complaint
# no., customer, supplier, PO, part, quantity), D1 team, D2 problem description with is/is-not, D3 containment
# table filled in, D4-D8 left for the supplier.

def l57_8d(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["issued_by"], "Liberation Sans", 9)
    para(d, "8D REPORT – PROBLEM SOLVING", bold=True, size=14)
    claim = next((v for k, v in doc.extra if k == "claim_ref"), "")
    table(d, [["8D No.", doc.number, "Opened on", day(doc.date, st.date)],
              ["Complaint No.", claim, "Customer PO", doc.order_number or ""],
              ["Customer", doc.buyer.name, "Supplier", doc.seller.name],
              ["Part No.", ctx["part"], "Part description", ctx["part_desc"]],
              ["Qty delivered", str(ctx["qty"]), "Qty rejected", "4"]], [1.1, 2.1, 1.2, 2.1], head=False)
    para(d, "D1 – Team", bold=True)
    table(d, [["Role", "Name", "Company"], ["Champion", ctx["issued_by"], doc.buyer.name],
              ["Quality engineer", "Ing. Marek Svoboda", doc.buyer.name],
              ["Supplier contact", "Anna Keller", doc.seller.name]], [1.5, 2.2, 2.8])
    para(d, "D2 – Problem description", bold=True)
    table(d, [["", "IS", "IS NOT"],
              ["What", "Internal leakage at the valve seat at 180 bar", "Leakage at the thread or housing"],
              ["Where", "End-of-line test bench, hydraulic power units", "Incoming inspection (not tested there)"],
              ["When", f"Week {doc.date.isocalendar()[1] - 1}, first units built", "Earlier deliveries"],
              ["How many", "4 of the delivered valves", "Other part numbers of the order"]], [1.0, 2.8, 2.7])
    para(d, "D3 – Containment actions", bold=True)
    table(d, [["Action", "Responsible", "Date", "Status"],
              ["Block remaining stock of the part, 100 % leak test", "M. Svoboda", day(doc.date, st.date), "done"],
              ["Replace valves on affected units with stock from earlier lot", "Production", day(doc.date, st.date),
               "done"]], [3.2, 1.2, 1.1, 1.0])
    for sec in ("D4 – Root cause analysis", "D5 – Permanent corrective actions", "D6 – Implementation and "
                "verification", "D7 – Prevention of recurrence", "D8 – Team recognition and closure"):
        para(d, sec, bold=True)
        para(d, "to be completed by the supplier", italic=True, size=8)
    para(d, f"Report prepared by {ctx['issued_by']}, Quality / Purchasing, {doc.buyer.name}", size=8)
    return save_docx(d)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L48": (l48_cpq, "quote from a CPQ tool: Prepared For/By cards, expiration date, acceptance block (HTML)"),
    "L49": (l49_nordic_po, "Nordic purchase order form in English, 1 234,50, Page 1 (1), Bankgiro footer (docx)"),
    "L50": (l50_co_oc, "Colombian orden de compra from an accounting package, amount in words (xlsx)"),
    "L51": (l51_cz_po, "German order from a Czech accounting system, IČ/DIČ, article no. under the text (docx)"),
    "L52": (l52_my_po, "Malaysian AutoCount-style purchase order, English/Chinese captions, SST No. (HTML)"),
    "L53": (l53_contract, "contract of sale in French or English, articles, 'Fait à … le …' signatures (docx)"),
    "L54": (l54_awb, "IATA air waybill with numbered carrier boxes and AS AGREED rate line (HTML)"),
    "L55": (l55_netsuite, "NetSuite-style invoice / pro-forma, item before quantity, remittance slip (HTML)"),
    "L56": (l56_bank_receipt, "online-banking outward transfer receipt, Spanish or English (HTML)"),
    "L57": (l57_8d, "customer's 8D report with D1-D3 filled in, D4-D8 for the supplier (docx)"),
}


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line."""
    return key in LAYOUTS
