"""Eighth-holdout document layouts L68-L77, each modelled on a real-world family not used in dev-dev8."""
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
US_BANK = "Solent Commercial Bank plc · Sort code 40-12-77 · IBAN GB61 SOLC 4012 7731 0456 88 · BIC SOLCGB2S"
US_REG = "Northwind Components Ltd. · Registered in England and Wales No. 04417321 · VAT GB 284 1177 42"


def ref(doc: Doc, key: str) -> str:
    return next((v for k, v in doc.extra if k == key), "")


def when(d: dt.date, style: str) -> str:
    """dev3's date printing, plus the Chinese 2026年6月16日 form."""
    return f"{d.year}年{d.month}月{d.day}日" if style == "zh" else day(d, style)


def addr_html(party: object) -> str:
    return f"<b>{e(party.name)}</b><br>" + nl(party.address.replace(", ", "\n"))


# ------------------------------------------------------------------------------------------------
# L68: SAP-Business-One-style print (HTML -> Chromium) for our quotation, pro-forma and invoice: logo band, a
# "BP Code / Contact Person / Customer Ref. No." box beside a "No. / Posting Date / Valid Until" box, numbered
# rows "# | Item No. | Item Description | Quantity | UoM | Price | Total (LC)", "Total Before Discount" and
# "Total Payment Due" at the foot, and a remarks line carrying the terms.

L68_TITLE = {"quotation": "Sales Quotation", "proforma_invoice": "A/R Down Payment Request (Pro Forma)",
             "commercial_invoice": "A/R Invoice"}


def l68_b1(doc: Doc, st: Style, ctx: dict) -> Rendered:
    title = L68_TITLE[doc.doc_type]
    valid = ("Valid Until", day(doc.date + dt.timedelta(days=60), st.date)) if doc.doc_type == "quotation" else (
        "Due Date", day(doc.date + dt.timedelta(days=ctx.get("due_days", 30)), st.date))
    right = [("No.", e(doc.number)), ("Posting Date", day(doc.date, st.date)), valid,
             ("Currency", doc.currency)]
    left = [("BP Code", e(ctx.get("bp_code", "C-00000"))), ("Contact Person", e(ctx["contact"])),
            ("Customer Ref. No.", e(doc.order_number or ctx.get("enquiry_ref", "")))]
    rows = "".join(
        f"<tr><td>{i}</td><td class=nw>{e(ln.sku)}</td><td>{e(ln.description)}</td><td class=r>{ln.quantity}</td>"
        f"<td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}</td>"
        f"<td class=r>{amt(ln.amount, st.num)}</td></tr>" for i, ln in enumerate(doc.lines, start=1))
    dp = ""
    if doc.doc_type == "proforma_invoice" and ctx.get("deposit"):
        dep = (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)
        dp = f"<tr><th>Down Payment Requested ({int(ctx['deposit'] * 100)} %)</th><td>{amt(dep, st.num)}</td></tr>"
    body = (
        f"<div class=band><div class=logo>NORTHWIND<br><small>components</small></div><div class=us>"
        f"{e(doc.seller.name)}<br>{e(doc.seller.address)}<br>Tel. +44 23 8063 1100 · sales@example.com</div></div>"
        f"<h1>{title}</h1><table class=boxes><tr><td class=bp>{addr_html(doc.buyer)}<table class=kv>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in left) + "</table></td><td class=doc><table class=kv>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in right) + "</table></td></tr></table>"
        "<table class=items><thead><tr><th>#</th><th>Item No.</th><th>Item Description</th><th class=r>Quantity</th>"
        f"<th>UoM</th><th class=r>Price</th><th class=r>Total ({doc.currency})</th></tr></thead><tbody>{rows}"
        "</tbody></table><table class=foot>"
        f"<tr><th>Total Before Discount</th><td>{amt(doc.subtotal, st.num)}</td></tr>"
        f"<tr><th>Freight</th><td>0.00</td></tr><tr class=due><th>Total Payment Due {doc.currency}</th>"
        f"<td>{amt(doc.total, st.num)}</td></tr>{dp}</table>"
        f"<p><b>Remarks:</b> Delivery terms {e(doc.incoterms)} (Incoterms 2020). Payment terms: "
        f"{e(doc.payment_terms)}.</p><div class=bank>{US_BANK}<br>{US_REG}</div>")
    css = (".band { display: flex; justify-content: space-between; background: #f0b400; padding: 8px; } .logo { "
           "font-weight: bold; font-size: 14pt; color: #222; } .logo small { font-size: 8pt; font-weight: normal; } "
           ".us { text-align: right; font-size: 8pt; } h1 { font-size: 15pt; margin: 12px 0 6px; } .boxes { width: "
           "100%; } .boxes > tbody > tr > td { vertical-align: top; border: 1px solid #999; padding: 6px; } .bp { "
           "width: 58%; } .kv th { text-align: left; font-weight: normal; color: #555; padding-right: 8px; } .items { "
           "width: 100%; margin-top: 10px; } .items th { background: #ddd; text-align: left; padding: 3px; font-size: "
           "8pt; } .items td { padding: 3px; border-bottom: 1px solid #ddd; } .r { text-align: right !important; } "
           ".nw { white-space: nowrap; } .foot { margin: 8px 0 0 50%; width: 50%; } .foot th { text-align: left; "
           "font-weight: normal; } .foot td { text-align: right; } .due th, .due td { font-weight: bold; border-top: "
           "1px solid #000; } .bank { margin-top: 16px; font-size: 7.5pt; color: #555; border-top: 1px solid #ccc; }")
    return html_page(f"{title} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L69: Slovenian ERP purchase order, bilingual Slovenian/German (docx -> LibreOffice): "NAROČILNICA /
# BESTELLUNG št./Nr." as a sentence, identifiers (davčna / matična številka), supplier in free text, header
# fields as "Label: value" lines, Swiss-style 1'234.50 (the ERP runs on a de-CH locale), multi-page table with
# a repeated header row, "Skupaj / Gesamtbetrag" and "Žig in podpis / Stempel und Unterschrift".

def l69_si(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    para(d, doc.buyer.name, bold=True, size=12)
    para(d, f"{doc.buyer.address} · ID za DDV / USt-IdNr.: {ctx['davcna']} · Matična št.: {ctx['maticna']}", size=7.5)
    para(d)
    para(d, f"Dobavitelj / Lieferant (Nr. {ctx['supplier_no']}):", bold=True)
    para(d, f"{doc.seller.name}\n{doc.seller.address}")
    para(d)
    para(d, f"NAROČILNICA / BESTELLUNG št./Nr. {doc.number}", bold=True, size=13)
    for k, v in (("Datum", day(doc.date, st.date)), ("Valuta / Währung", doc.currency),
                 ("Dobavni pogoji / Lieferbedingungen", doc.incoterms),
                 ("Plačilni pogoji / Zahlungsbedingungen", doc.payment_terms),
                 ("Vaša ponudba / Ihr Angebot", ref(doc, "quote_ref") or "–"),
                 ("Naslov dostave / Lieferadresse", ctx["ship_to"])):
        para(d, f"{k}: {v}")
    rows = [["Poz.", "Šifra / Artikel", "Naziv / Bezeichnung", "Kol. / Menge", "EM / ME", "Cena / Preis",
             "Vrednost / Betrag"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    t = table(d, rows, [0.45, 0.85, 2.6, 0.6, 0.45, 0.8, 0.9], size=8)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)  # a row split over two pages reads as two half-items
    para(d)
    para(d, f"Skupaj brez DDV / Gesamtbetrag netto:  {doc.currency} {amt(doc.total, st.num)}", bold=True,
         align="right")
    para(d, "Obrnjena davčna obveznost – reverse charge, Art. 196 MwStSystRL.", size=7.5, align="right")
    para(d, "Prosimo, da na dobavnici in računu navedete številko naročilnice. / Bitte geben Sie unsere "
            "Bestellnummer auf Lieferschein und Rechnung an.", size=8)
    para(d)
    para(d, f"Naročil / Besteller: {ctx['contact']}\t\tOdobril / Genehmigt: {ctx['signatory']}, "
            f"{ctx['buyer_title']}")
    para(d, "Žig in podpis / Stempel und Unterschrift: ______________________", size=8)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L70: Argentine "Orden de Compra" from a local ERP (xlsx, sent as is and as a LibreOffice PDF): letterhead
# with CUIT / IIBB / condición frente al IVA, "ORIGINAL" mark, OC number and date in a framed box at the right,
# "Señores:" block, grid Renglón / Cantidad / U.M. / Código / Descripción / P. Unitario / Importe, 1.234,56,
# total in words ("Son dólares estadounidenses ...") and Confeccionó / Autorizó.

UNITS = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
         "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte"]
TENS = {2: "veinti", 3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta",
        9: "noventa"}
HUNDREDS = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos",
            "ochocientos", "novecientos"]


def palabras(n: int) -> str:
    """Spanish number words up to 999 999 (enough for an order total)."""
    if n == 0:
        return "cero"
    if n >= 1000:
        k, r = divmod(n, 1000)
        head = "mil" if k == 1 else palabras(k) + " mil"
        return head + (" " + palabras(r) if r else "")
    if n >= 100:
        h, r = divmod(n, 100)
        if n == 100:
            return "cien"
        return HUNDREDS[h] + (" " + palabras(r) if r else "")
    if n <= 20:
        return UNITS[n]
    t, u = divmod(n, 10)
    if t == 2:
        return "veinti" + UNITS[u] if u else "veinte"
    return TENS[t] + (" y " + UNITS[u] if u else "")


def l70_ar(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], "OC")
    thin = Side(style="thin", color="404040")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEFG", (8, 9, 7, 11, 46, 13, 15), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, doc.buyer.name).font = Font(bold=True, size=13)
    ws.cell(2, 1, doc.buyer.address).font = Font(size=8)
    ws.cell(3, 1, f"CUIT {ctx['cuit']} · IIBB {ctx['iibb']} · {ctx['iva']}").font = Font(size=8)
    ws.cell(1, 6, "ORIGINAL").font = Font(bold=True, color="C00000")
    ws.cell(2, 6, "ORDEN DE COMPRA").font = Font(bold=True, size=12)
    for i, (k, v) in enumerate((("N°", doc.number), ("Fecha", day(doc.date, st.date)))):
        ws.cell(3 + i, 6, k).font = bold
        c = ws.cell(3 + i, 7, v)
        c.border = grid
    ws.cell(6, 1, "Señores:").font = bold
    ws.cell(6, 2, doc.seller.name)
    ws.cell(7, 2, doc.seller.address)
    ws.cell(8, 1, "Moneda:").font = bold
    ws.cell(8, 2, doc.currency)
    ws.cell(9, 1, "Condición de compra:").font = bold
    ws.cell(9, 4, doc.incoterms)
    ws.cell(10, 1, "Forma de pago:").font = bold
    ws.cell(10, 4, doc.payment_terms)
    ws.cell(11, 1, "Lugar de entrega:").font = bold
    ws.cell(11, 4, ctx["ship_to"])
    r = 13
    for j, h in enumerate(("Renglón", "Cantidad", "U.M.", "Código", "Descripción", "P. Unitario", "Importe"),
                          start=1):
        c = ws.cell(r, j, h)
        c.font = bold
        c.border = grid
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    ws.print_title_rows = f"{r}:{r}"
    # The ERP exports prices as text already formatted the Argentine way (1.234,56), not as numbers.
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((i, ln.quantity, ln.unit or "", ln.sku, ln.description, amt(ln.unit_price, st.num),
                               amt(ln.amount, st.num)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            if j in (6, 7):
                c.alignment = Alignment(horizontal="right")
    r += len(doc.lines) + 1
    ws.cell(r, 6, f"TOTAL {doc.currency}").font = bold
    c = ws.cell(r, 7, amt(doc.total, st.num))
    c.alignment = Alignment(horizontal="right")
    c.font = bold
    whole = int(doc.total)
    cents = int((doc.total - whole) * 100)
    ws.cell(r + 1, 1, f"Son dólares estadounidenses {palabras(whole)} con {cents:02d}/100.").font = Font(italic=True)
    ws.cell(r + 3, 1, "Observaciones: Facturar a nombre de la empresa indicando el N° de orden de compra. La "
                      "mercadería viaja por cuenta y riesgo del proveedor hasta el puerto de destino.")
    ws.cell(r + 3, 1).alignment = Alignment(wrap_text=False)
    ws.cell(r + 5, 1, f"Confeccionó: {ctx['contact']}")
    ws.cell(r + 5, 5, f"Autorizó: {ctx['signatory']} – {ctx['buyer_title']}")
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L71: Dynamics-365-Business-Central-style "Commande achat" in French (HTML -> Chromium): company block,
# "Commande achat" heading with "N°" and page count, two address panes ("Fournisseur", "Livrer à"), a key/value
# strip (Date document, N° fournisseur, Code devise, Acheteur, Conditions de livraison, Conditions de
# paiement), lines "N° / Désignation / Quantité / Unité / Coût unit. direct HT / Montant ligne HT", French
# dates in words, 1 234,56, NINEA/RCCM footer.

def l71_bc(doc: Doc, st: Style, ctx: dict) -> Rendered:
    rows = "".join(
        f"<tr><td class=nw>{e(ln.sku)}</td><td>{e(ln.description)}</td><td class=r>{ln.quantity}</td>"
        f"<td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}</td>"
        f"<td class=r>{amt(ln.amount, st.num)}</td></tr>" for ln in doc.lines)
    kv = [("Date document", when(doc.date, st.date)), ("N° fournisseur", ctx["vendor_no"]),
          ("Code devise", doc.currency), ("Acheteur", ctx["contact"]),
          ("Conditions de livraison", doc.incoterms), ("Conditions de paiement", doc.payment_terms)]
    body = (
        f"<div class=hd><div><b class=co>{e(doc.buyer.name)}</b><br>{nl(doc.buyer.address.replace(', ', chr(10)))}"
        f"</div><div class=t>Commande achat<br><span>N° {e(doc.number)}</span><br><small>Page 1</small></div></div>"
        f"<table class=addr><tr><td><div class=cap>Fournisseur</div>{addr_html(doc.seller)}</td><td><div class=cap>"
        f"Livrer à</div>{addr_html(doc.buyer)}<br>Magasin pièces de rechange</td></tr></table>"
        "<table class=kv>" + "".join(f"<tr><th>{k}</th><td>{e(v)}</td></tr>" for k, v in kv) + "</table>"
        "<table class=items><thead><tr><th>N°</th><th>Désignation</th><th class=r>Quantité</th><th>Unité</th>"
        "<th class=r>Coût unit. direct HT</th><th class=r>Montant ligne HT</th></tr></thead>"
        f"<tbody>{rows}</tbody></table><table class=tot><tr><td>Total {doc.currency} HT</td><td class=r>"
        f"{amt(doc.subtotal, st.num)}</td></tr><tr><td>TVA (exonérée – importation)</td><td class=r>0,00</td></tr>"
        f"<tr class=b><td>Total {doc.currency} TTC</td><td class=r>{amt(doc.total, st.num)}</td></tr></table>"
        "<p class=small>Merci de rappeler le numéro de commande sur tous vos documents (facture, connaissement, "
        f"certificat d'origine).</p><div class=ft>NINEA {e(ctx['ninea'])} · RCCM {e(ctx['rccm'])}</div>")
    css = (".hd { display: flex; justify-content: space-between; } .co { font-size: 12pt; } .t { text-align: right; "
           "font-size: 16pt; } .t span { font-size: 11pt; font-weight: bold; } .t small { font-size: 7.5pt; } .addr { "
           "width: 100%; margin-top: 14px; } .addr td { width: 50%; vertical-align: top; padding: 4px 8px 4px 0; } "
           ".cap { font-size: 7.5pt; color: #0063b1; font-weight: bold; } .kv { margin: 10px 0; } .kv th { "
           "text-align: left; font-weight: normal; color: #555; padding: 2px 12px 2px 0; } .items { width: 100%; } "
           ".items th { text-align: left; border-bottom: 2px solid #0063b1; padding: 3px; font-size: 8pt; } .items "
           "td { padding: 3px; border-bottom: 1px solid #e1e1e1; } .r { text-align: right !important; } .nw { "
           "white-space: nowrap; } .tot { width: 45%; margin: 8px 0 0 55%; } .tot td { padding: 2px 4px; } .b td { "
           "font-weight: bold; border-top: 1px solid #000; } .small { font-size: 8pt; margin-top: 14px; } .ft { "
           "margin-top: 18px; font-size: 7pt; color: #666; border-top: 1px solid #ccc; }")
    return html_page(f"Commande achat {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L72: Sales contract in the Chinese 合同 tradition (docx -> LibreOffice), bilingual for a Chinese-reading
# buyer and English otherwise: 合同编号 / 签订日期 / 签订地点 header lines, 甲方 (buyer) / 乙方 (seller), a goods
# table, numbered 条款 (price term, payment, packing, delivery, inspection, disputes), and a two-column seal and
# signature block; the signed copy carries "/s/ name" and the date, the draft leaves them blank.

def l72_hetong(doc: Doc, st: Style, ctx: dict) -> Rendered:
    zh = st.lang == "zh"

    def cap(cn: str, en: str) -> str:
        return f"{cn} {en}" if zh else en

    d = new_docx("Anna Keller", "Liberation Serif", 9.5)
    para(d, cap("销售合同", "SALES CONTRACT"), bold=True, size=15, align="center")
    para(d)
    para(d, f"{cap('合同编号', 'Contract No.')}: {doc.number}")
    # pdftotext spaces out "2026 年 5 月 26 日", so the bilingual copy also gives the date in digits, as such
    # contracts often do.
    dated = f"{when(doc.date, st.date)} ({doc.date.isoformat()})" if zh else when(doc.date, st.date)
    para(d, f"{cap('签订日期', 'Date')}: {dated}")
    para(d, f"{cap('签订地点', 'Place')}: Southampton")
    if doc.order_number:
        para(d, f"{cap('买方订单号', 'Buyer’s order No.')}: {doc.order_number}")
    para(d)
    parties = d.add_table(rows=1, cols=2)
    put(parties.cell(0, 0), f"{cap('甲方（买方）', 'The Buyer')}:\n{doc.buyer.name}\n{doc.buyer.address}"
        + (f"\n{ctx['name_zh']}" if zh and ctx.get("name_zh") else ""))
    put(parties.cell(0, 1), f"{cap('乙方（卖方）', 'The Seller')}:\n{doc.seller.name}\n{doc.seller.address}")
    widths(parties, [3.4, 3.4])
    para(d)
    para(d, cap("经双方协商一致，买方同意购买、卖方同意出售下列货物：",
                "The Buyer agrees to buy and the Seller agrees to sell the following goods:"))
    rows = [[cap("序号", "No."), cap("货号", "Item No."), cap("品名及规格", "Description"), cap("数量", "Qty"),
             cap("单位", "Unit"), cap("单价", "Unit Price"), cap("金额", "Amount")]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["", "", cap("合计", "Total") + f" {doc.currency}", "", "", "", amt(doc.total, st.num)])
    t = table(d, rows, [0.4, 0.9, 2.5, 0.5, 0.5, 0.9, 1.0], size=8)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)  # a row split over two pages reads as two half-items
    para(d)
    clauses = [
        (cap("价格条款", "Price term"), f"{doc.incoterms} (Incoterms 2020), {doc.currency}."),
        (cap("付款方式", "Payment"), f"{doc.payment_terms}."),
        (cap("包装", "Packing"), "Seaworthy export cartons on fumigation-free pallets."),
        (cap("交货期", "Time of delivery"), "Within five weeks after receipt of the down payment."),
        (cap("检验", "Inspection"), "The Seller's final inspection report is binding for quantity and quality; "
                                     "claims for visible defects within 30 days of arrival."),
        (cap("争议解决", "Disputes"), "Friendly negotiation first; failing that, arbitration in London under the "
                                      "LCIA Rules."),
    ]
    for i, (k, v) in enumerate(clauses, start=1):
        para(d, f"{i}. {k}: {v}")
    para(d, cap("本合同一式两份，双方各执一份，自双方签字盖章之日起生效。",
                "This contract is made in two originals, one for each party, and takes effect when signed by both."))
    para(d)
    sig = d.add_table(rows=1, cols=2)
    signed_on = when(ctx["signed_on"], st.date)
    buyer, seller = doc.signatories
    b_name = ctx.get("signatory", buyer)
    if doc.signed:
        put(sig.cell(0, 0), f"{cap('甲方（盖章）', 'For the Buyer')}\n{doc.buyer.name}\n/s/ {b_name}\n"
            f"{ctx.get('buyer_title', '')}\n{cap('日期', 'Date')}: {signed_on}")
        put(sig.cell(0, 1), f"{cap('乙方（盖章）', 'For the Seller')}\n{doc.seller.name}\n/s/ {seller}\n"
            f"Sales Manager Export\n{cap('日期', 'Date')}: {signed_on}")
    else:
        put(sig.cell(0, 0), f"{cap('甲方（盖章）', 'For the Buyer')}\n{doc.buyer.name}\n\n______________________\n"
            f"{cap('日期', 'Date')}: ____________")
        put(sig.cell(0, 1), f"{cap('乙方（盖章）', 'For the Seller')}\n{doc.seller.name}\n\n______________________\n"
            f"{cap('日期', 'Date')}: ____________")
    widths(sig, [3.4, 3.4])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L73: Oracle-E-Business-Suite-style "Standard Purchase Order" (docx -> LibreOffice): title with Type /
# PO Number / Revision / Date boxes, Vendor / Ship To / Bill To, a terms strip (Payment Terms, Freight Terms,
# F.O.B., Transportation), line grid "Line | Part Number / Description | Delivery Date | Quantity | UOM |
# Unit Price | Amount" with the part number and the description on separate lines, "Total:" and the
# authorisation stamp with the L/C reference.

def l73_ebs(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 8.5)
    head = d.add_table(rows=1, cols=2)
    put(head.cell(0, 0), f"{doc.buyer.name}\n{doc.buyer.address}\nTax Card {ctx['tax_card']} · C.R. {ctx['cr']}",
        size=8)
    put(head.cell(0, 1), "Standard Purchase Order", bold=True, align="right", size=13)
    widths(head, [4.2, 2.6])
    table(d, [["Type", "Purchase Order Number", "Revision", "Creation Date"],
              ["STANDARD", doc.number, "0", day(doc.date, st.date)]], [1.2, 2.2, 1.0, 2.4])
    para(d)
    table(d, [["Vendor:", "Ship To:", "Bill To:"],
              [f"{doc.seller.name}\n{doc.seller.address}", ctx["ship_to"],
               f"{doc.buyer.name}\nAccounts Payable, {ctx['buyer_org']}"]], [2.4, 2.2, 2.2])
    para(d)
    table(d, [["Payment Terms", "Freight Terms", "F.O.B.", "Currency", "Buyer"],
              [doc.payment_terms, "Prepaid by supplier", doc.incoterms, doc.currency, ctx["contact"]]],
          [1.7, 1.3, 1.3, 0.8, 1.7])
    para(d)
    need = day(doc.date + dt.timedelta(days=49), st.date)
    rows = [["Line", "Part Number / Description", "Delivery Date", "Quantity", "UOM", "Unit Price", "Amount"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), f"{ln.sku}\n{ln.description}", need, str(ln.quantity), ln.unit or "",
                     amt(ln.unit_price, st.num), amt(ln.amount, st.num)])
    t = table(d, rows, [0.4, 2.6, 0.9, 0.65, 0.45, 0.8, 0.9], size=8)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)  # a row split over two pages reads as two half-items
    para(d)
    para(d, f"Total: {doc.currency} {amt(doc.total, st.num)}", bold=True, align="right")
    para(d, f"Payment by irrevocable documentary credit No. {ctx['lc']} to be opened through {ctx['bank']}. "
            "Documents: commercial invoice (3 originals, legalised), certificate of origin, packing list, full set "
            "of clean on board ocean bills of lading.", size=8)
    para(d, f"Approved electronically by {ctx['signatory']}, {ctx['buyer_title']}. This purchase order is "
            "subject to the terms and conditions printed overleaf.", size=7.5)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L74: Thai SME accounting-package purchase order ("Express"-style) in English, sent as the xlsx only: company
# name and Tax ID with "Branch: Head Office", PURCHASE ORDER title with an "ORIGINAL" mark, supplier block and a
# right-hand box (No., Date, Credit terms, Delivery, Currency), grid "No. | Code | Description | Quantity |
# Unit | Unit Price | Amount", Total Amount with the baht-style "(...)" words line left out, three signature
# boxes (Prepared by / Checked by / Authorized by).

def l74_express(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], "PO")
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEFG", (6, 14, 44, 10, 8, 13, 15), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, doc.buyer.name).font = Font(bold=True, size=14)
    ws.cell(2, 1, doc.buyer.address).font = Font(size=8)
    ws.cell(3, 1, f"Tax ID {ctx['tax_id']}   Branch: {ctx['branch']}").font = Font(size=8)
    ws.cell(1, 6, "PURCHASE ORDER").font = Font(bold=True, size=13)
    ws.cell(2, 7, "ORIGINAL").font = Font(bold=True, color="1F4E79")
    ws.cell(5, 1, "Supplier").font = bold
    ws.cell(5, 3, doc.seller.name)
    ws.cell(6, 3, doc.seller.address)
    for i, (k, v) in enumerate((("No.", doc.number), ("Date", day(doc.date, st.date)),
                                ("Credit terms", doc.payment_terms), ("Delivery", doc.incoterms),
                                ("Currency", doc.currency))):
        ws.cell(5 + i, 6, k).font = bold
        ws.cell(5 + i, 7, v).border = box
    r = 11
    for j, h in enumerate(("No.", "Code", "Description", "Quantity", "Unit", "Unit Price", "Amount"), start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E79")
        c.border = box
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((i, ln.sku, ln.description, ln.quantity, ln.unit or "", float(ln.unit_price),
                               float(ln.amount)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = box
            if j in (6, 7):
                c.number_format = "#,##0.00"
    r += len(doc.lines) + 1
    for k, v in (("Sub Total", doc.subtotal), ("Total Amount", doc.total)):
        ws.cell(r, 6, k).font = bold
        c = ws.cell(r, 7, float(v))
        c.number_format = "#,##0.00"
        c.border = box
        r += 1
    ws.cell(r + 1, 1, "Remark: please state our PO number on invoice and packing list; shipping marks CPFM / "
                      "BANGKOK.")
    for j, k in ((1, "Prepared by"), (4, "Checked by"), (6, "Authorized by")):
        ws.cell(r + 4, j, "______________________")
        ws.cell(r + 5, j, k)
    ws.cell(r + 6, 1, ctx["contact"])
    ws.cell(r + 6, 6, ctx["signatory"])
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L75: Courier express waybill (HTML -> Chromium), DHL-like: 10-digit waybill number with a barcode-like band at
# the top and again at the foot, "From (Shipper)" / "To (Receiver)" boxes, product EXPRESS WORLDWIDE, pieces,
# weight, dimensions, "Contents" with the customer's reference, "Duties & taxes: Receiver" and a signature line.

def l75_waybill(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb = doc.number
    bars = "".join(f"<i style='width:{1 + int(c) % 3}px'></i>" for c in wb * 3)
    body = (
        f"<div class=top><div class=brand>EXPRESS</div><div class=bar>{bars}</div><div class=wb>WAYBILL<br>"
        f"<b>{' '.join([wb[:2], wb[2:6], wb[6:]])}</b><br>{e(wb)}</div></div>"
        f"<table class=boxes><tr><td><div class=cap>1 From (Shipper)</div>{addr_html(doc.seller)}<br>Contact: "
        f"Dispatch desk · +44 23 8063 1180</td><td><div class=cap>2 To (Receiver)</div>{addr_html(doc.buyer)}<br>"
        f"Contact: {e(ctx['contact'])}</td></tr></table>"
        "<table class=grid>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in (
            ("Product", "EXPRESS WORLDWIDE (P) – Non-document"), ("Shipment date", day(doc.date, st.date)),
            ("Pieces", str(ctx.get("pcs", 2))), ("Total weight", f"{ctx.get('kg', '18.5')} kg"),
            ("Dimensions", "60 x 40 x 35 cm"), ("Shipper's reference", e(doc.order_number or "")),
            ("Contents", "Spare parts for measuring instruments – see commercial invoice"),
            ("Terms of trade", e(ctx.get("incoterms", ""))),
            ("Duties & taxes", "Receiver"))) + "</table>"
        f"<p class=sig>Shipper's signature: Dispatch desk, Northwind Components Ltd. · Picked up "
        f"{day(doc.date, st.date)} 16:40</p><div class=bar2>{bars}</div><div class=c>WAYBILL {e(wb)}</div>")
    css = (".top { display: flex; justify-content: space-between; align-items: center; background: #fc0; padding: "
           "6px; } .brand { font-size: 20pt; font-weight: bold; font-style: italic; color: #d40511; } .bar, .bar2 { "
           "display: flex; height: 40px; } .bar i, .bar2 i { display: block; background: #000; margin-right: 2px; } "
           ".wb { text-align: right; font-size: 9pt; } .wb b { font-size: 13pt; } .boxes { width: 100%; margin-top: "
           "10px; } .boxes td { width: 50%; vertical-align: top; border: 1px solid #000; padding: 6px; } .cap { "
           "font-size: 7pt; font-weight: bold; color: #d40511; } .grid { width: 100%; margin-top: 10px; } .grid th { "
           "text-align: left; width: 30%; font-weight: normal; border: 1px solid #999; padding: 3px; background: "
           "#f7f7f7; } .grid td { border: 1px solid #999; padding: 3px; } .sig { margin-top: 18px; } .bar2 { "
           "margin-top: 20px; } .c { font-family: monospace; font-size: 11pt; }")
    return html_page(f"Waybill {wb}", css, body)


# ------------------------------------------------------------------------------------------------
# L76: Ocean carrier's arrival notice (HTML -> Chromium): carrier band, "ARRIVAL NOTICE" with the notice number
# and date, B/L no., vessel / voyage, port of loading and discharge, ETA and free-time, shipper / consignee /
# notify panes, container table, charges "to be paid before release" and the customer's order reference.

def l76_arrival(doc: Doc, st: Style, ctx: dict) -> Rendered:
    conts = "".join(
        f"<tr><td class=nw>{e(c)}</td><td>{e(s)}</td><td>40'HC / FCL</td><td>{e(p)}</td><td>{e(w)}</td></tr>"
        for c, s, p, w in zip(doc.tracking_numbers, ctx["seals"], ctx["pieces"], ctx["weights"], strict=True))
    grid = [("Notice No.", e(doc.number)), ("Notice date", day(doc.date, st.date)), ("B/L No.", e(ctx["bl_no"])),
            ("Vessel / Voyage", e(ctx["vessel"])), ("Port of loading", "SOUTHAMPTON, UNITED KINGDOM"),
            ("Port of discharge", e(ctx["pod"])), ("ETA", day(ctx["eta"], st.date)),
            ("Free time", "14 days combined demurrage / detention"), ("Shipper's reference", e(doc.order_number or "")),
            ("Terms", e(doc.incoterms or ""))]
    body = (
        f"<div class=band><b>{e(ctx['carrier'])}</b><span>ARRIVAL NOTICE</span></div>"
        "<table class=grid>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in grid) + "</table>"
        f"<table class=p><tr><td><div class=cap>Shipper</div>{addr_html(doc.seller)}</td><td><div class=cap>Consignee"
        f"</div>{addr_html(doc.buyer)}</td><td><div class=cap>Notify</div>Same as consignee</td></tr></table>"
        "<table class=items><thead><tr><th>Container</th><th>Seal</th><th>Type</th><th>Packages</th><th>Gross "
        f"weight</th></tr></thead><tbody>{conts}</tbody></table>"
        f"<p>Description of goods: {e(ctx['goods'])}. Freight {e(ctx['freight'])}.</p>"
        "<p class=small>Cargo will be released against the original bill of lading (or a telex release) and payment "
        "of local charges (THC, delivery order fee). This notice is given for information only; the carrier is not "
        "liable for its failure to reach the notify party.</p>")
    css = (".band { display: flex; justify-content: space-between; background: #00205b; color: #fff; padding: 8px; "
           "font-size: 13pt; } .grid { width: 75%; margin-top: 10px; } .grid th { text-align: left; font-weight: "
           "normal; color: #555; width: 35%; padding: 3px; border-bottom: 1px solid #eee; } .grid td { padding: 3px; "
           "border-bottom: 1px solid #eee; } .p { width: 100%; margin-top: 10px; } .p td { width: 33%; vertical-align: "
           "top; border: 1px solid #bbb; padding: 5px; } .cap { font-size: 7pt; font-weight: bold; color: #00205b; "
           "text-transform: uppercase; } .items { width: 100%; margin-top: 10px; } .items th { background: #e6ebf3; "
           "text-align: left; padding: 4px; } .items td { padding: 4px; border-bottom: 1px solid #ddd; } .nw { "
           "white-space: nowrap; } .small { font-size: 7.5pt; color: #666; }")
    return html_page(f"Arrival notice {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L77: Bank payment advice (HTML -> Chromium), English, Spanish or French; for a buyer paying under a letter of
# credit it reads "Advice of payment under documentary credit" with the L/C number: a bank letterhead, "To:"
# the beneficiary, a reference/value-date block, the amount in a framed row, ordering customer, remittance
# information with the invoice and the order, and the "computer generated, no signature" line.

L77 = {
    "en": {"title": "Payment Advice", "lc": "Advice of Payment under Documentary Credit", "to": "To",
           "ref": "Our reference", "val": "Value date", "amt": "Amount", "ord": "Ordering customer",
           "bene": "Beneficiary", "acct": "Debit account", "rem": "Remittance information", "lcno": "Documentary credit",
           "chg": "Charges", "chgv": "All charges outside Egypt for beneficiary's account",
           "chg2": "SHA – shared", "foot": "This advice is computer generated and requires no signature."},
    "es": {"title": "Aviso de pago al exterior", "lc": "", "to": "Destinatario", "ref": "N° de operación",
           "val": "Fecha valor", "amt": "Importe", "ord": "Ordenante", "bene": "Beneficiario",
           "acct": "Cuenta débito", "rem": "Concepto / referencia", "lcno": "", "chg": "Gastos",
           "chg2": "SHA – compartidos", "chgv": "",
           "foot": "Comprobante emitido por sistema; no requiere firma. Operación informada al BCRA."},
    "fr": {"title": "Avis d'exécution de virement international", "lc": "", "to": "Destinataire",
           "ref": "Référence de l'opération", "val": "Date de valeur", "amt": "Montant", "ord": "Donneur d'ordre",
           "bene": "Bénéficiaire", "acct": "Compte débité", "rem": "Motif du paiement", "lcno": "", "chg": "Frais",
           "chg2": "SHA – partagés", "chgv": "",
           "foot": "Avis édité automatiquement, valable sans signature."},
}


def l77_advice(doc: Doc, st: Style, ctx: dict) -> Rendered:
    t = L77[st.lang]
    lc = ctx.get("lc") if st.lang == "en" and ctx.get("lc") else None
    concept = " / ".join(x for x in (ref(doc, "invoice_ref"), f"PO {doc.order_number}" if doc.order_number else "")
                         if x)
    rows = [(t["ref"], f"<b>{e(doc.number)}</b>"), (t["val"], day(doc.date, st.date))]
    if lc:
        rows.append((t["lcno"], e(lc)))
    rows += [(t["ord"], e(doc.buyer.name)), (t["acct"], e(ctx["account"])),
             (t["bene"], f"{e(doc.seller.name)}<br>IBAN GB61 SOLC 4012 7731 0456 88 – SOLCGB2S"),
             (t["rem"], e(concept)), (t["chg"], t["chgv"] if lc else t["chg2"])]
    body = (f"<div class=hd>{e(ctx['bank'])}</div><h2>{t['lc'] if lc else t['title']}</h2>"
            f"<p>{t['to']}: {e(doc.seller.name)}, Southampton</p>"
            f"<div class=amt>{t['amt']}: <b>{doc.currency} {amt(doc.total, st.num)}</b></div>"
            "<table class=kv>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows) + "</table>"
            f"<p class=small>{t['foot']}</p>")
    css = (".hd { font-size: 14pt; font-weight: bold; color: #005a46; border-bottom: 2px solid #005a46; padding: "
           "6px 0; } h2 { font-size: 12pt; } .amt { border: 2px solid #005a46; padding: 8px; font-size: 12pt; width: "
           "60%; } .kv { width: 90%; margin-top: 12px; } .kv th { text-align: left; width: 35%; font-weight: normal; "
           "color: #555; padding: 4px; vertical-align: top; } .kv td { padding: 4px; border-bottom: 1px dotted #bbb; } "
           ".small { font-size: 7.5pt; color: #777; margin-top: 20px; }")
    return html_page(t["title"], css, body)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L68": (l68_b1, "SAP-Business-One-style quotation / down-payment request / A/R invoice: BP Code box, # | Item "
                    "No. | Item Description | Quantity | UoM | Price | Total, Total Payment Due (HTML)"),
    "L69": (l69_si, "Slovenian ERP NAROČILNICA / BESTELLUNG, bilingual sl/de, label: value header lines, 1'234.50, "
                    "repeated header row (docx)"),
    "L70": (l70_ar, "Argentine Orden de Compra: CUIT/IIBB/IVA letterhead, Señores block, Renglón/Cantidad/U.M. "
                    "before the code, total in Spanish words (xlsx)"),
    "L71": (l71_bc, "Dynamics-365-Business-Central-style Commande achat in French: Fournisseur / Livrer à, key strip, "
                    "Coût unit. direct HT, NINEA/RCCM (HTML)"),
    "L72": (l72_hetong, "sales contract in the Chinese 合同 style, bilingual or English: 甲方/乙方, numbered clauses, "
                        "seal and signature columns (docx)"),
    "L73": (l73_ebs, "Oracle-EBS-style Standard Purchase Order: Type/PO Number/Revision boxes, Vendor/Ship To/Bill "
                     "To, part number over description (docx)"),
    "L74": (l74_express, "Thai accounting-package purchase order in English: Tax ID / Branch, right-hand box, "
                         "Prepared/Checked/Authorized by (xlsx only)"),
    "L75": (l75_waybill, "courier express waybill: 10-digit waybill number with bars, shipper/receiver boxes, "
                         "shipper's reference (HTML)"),
    "L76": (l76_arrival, "ocean carrier's arrival notice: notice no., B/L no., vessel, ETA, free time, containers "
                         "(HTML)"),
    "L77": (l77_advice, "bank payment advice in en/es/fr, or advice of payment under a documentary credit (HTML)"),
}


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line."""
    return key in LAYOUTS
