"""Third-holdout document layouts L21-L30, each modelled on a real-world family not used before."""
from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

# Infrastructure only (zip pinning, docx/xlsx setup, date/number printing); the layouts below are new.
from tests.corpus.dev3_gen.layouts import (
    Rendered,
    day,
    new_docx,
    new_xlsx,
    para,
    put,
    repeat_header,
    save_docx,
    save_xlsx,
    shade,
    widths,
)
from tests.corpus.docs import Doc

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Style:
    """Language, number style (en | de | fr | ch | plain) and date style of one printed document."""

    lang: str
    num: str
    date: str


def amt(value: Decimal, style: str) -> str:
    s = f"{value.quantize(CENT, rounding=ROUND_HALF_UP):,.2f}"
    if style == "de":
        return s.replace(",", "X").replace(".", ",").replace("X", ".")
    if style == "fr":
        return s.replace(",", " ").replace(".", ",")
    if style == "ch":
        return s.replace(",", "'")  # Swiss: 1'234.50
    if style == "plain":
        return s.replace(",", "")
    return s


def e(s: object) -> str:
    return html.escape(str(s))


def html_page(title: str, css: str, body: str) -> Rendered:
    base = ("@page { size: A4; margin: 13mm 14mm; } body { font-family: 'DejaVu Sans', Arial, sans-serif; "
            "font-size: 9pt; color: #1d1d1d; } table { border-collapse: collapse; } "
            "thead { display: table-header-group; } tr { page-break-inside: avoid; }")
    return Rendered("html", (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(title)}</title>'
                             f"<style>{base}{css}</style></head><body>{body}</body></html>").encode())


def nl(s: str) -> str:
    return "<br>".join(e(x) for x in s.split("\n"))


def addr(p: object) -> str:
    return p.name + "\n" + p.address.replace(", ", "\n")


def qty(n: int, style: str) -> str:
    return f"{n:,}".replace(",", {"de": ".", "fr": " ", "ch": "'"}.get(style, ","))


# ------------------------------------------------------------------------------------------------
# L21: Xero-style invoice / quote (HTML -> Chromium). Title left, three small header columns, no unit
# column, "Amount GBP" heading, TOTAL line, "How to pay" box; due date and reference.

def l21_xero(doc: Doc, st: Style, ctx: dict) -> Rendered:
    quote = doc.doc_type == "quotation"
    cur = doc.currency
    title = "QUOTE" if quote else "INVOICE"
    meta = [("Quote Date" if quote else "Invoice Date", day(doc.date, st.date)),
            ("Expiry" if quote else "Due Date", day(doc.date + dt.timedelta(days=30), st.date)),
            ("Quote Number" if quote else "Invoice Number", doc.number)]
    if doc.order_number:
        meta.append(("Reference", doc.order_number))
    meta.append(("VAT Number", "GB 284 1177 42"))
    rows = "".join(
        f"<tr><td class=c>{e(ln.sku)}</td><td>{e(ln.description)}</td><td class=r>{ln.quantity:,}</td>"
        f"<td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>{'No VAT' if doc.tax_rate is None else f'{doc.tax_rate}%'}</td>"
        f"<td class=r>{amt(ln.amount, st.num)}</td></tr>" for ln in doc.lines)
    tot = f"<tr><td colspan=4></td><td class=r>Subtotal</td><td class=r>{amt(doc.subtotal, st.num)}</td></tr>"
    if doc.tax is not None:
        tot += (f"<tr><td colspan=4></td><td class=r>TOTAL VAT {doc.tax_rate}%</td>"
                f"<td class=r>{amt(doc.tax, st.num)}</td></tr>")
    tot += (f"<tr class=grand><td colspan=4></td><td class=r>TOTAL {cur}</td>"
            f"<td class=r>{amt(doc.total, st.num)}</td></tr>")
    terms = (f"<p><b>Payment terms:</b> {e(doc.payment_terms)}<br><b>Delivery terms (Incoterms 2020):</b> "
             f"{e(doc.incoterms)}</p>")
    pay = "" if quote else (
        f"<div class=pay><b>How to pay</b><br>Due Date: {day(doc.date + dt.timedelta(days=30), st.date)}<br>"
        f"Bank transfer to {e(doc.seller.name)} — Barclays Bank UK PLC, Sort code 20-45-77, Account 73019284<br>"
        f"IBAN GB61 BARC 2045 7773 0192 84 · SWIFT BARCGB22 · please use {e(doc.number)} as reference</div>")
    body = (f"<table class=head><tr><td class=t>{title}</td><td class=m>{nl(addr(doc.buyer))}</td>"
            "<td class=m>" + "".join(f"<b>{e(k)}</b><br>{e(v)}<br>" for k, v in meta) + "</td>"
            f"<td class=m>{nl(addr(doc.seller))}<br>Tel +44 23 8063 1170</td></tr></table>"
            "<table class=lines><thead><tr><th class=c>Item</th><th>Description</th><th class=r>Quantity</th>"
            f"<th class=r>Unit Price</th><th class=r>VAT</th><th class=r>Amount {cur}</th></tr></thead>"
            f"<tbody>{rows}{tot}</tbody></table>{terms}{pay}"
            f"<p class=foot>{e(ctx.get('footer', ''))}</p>")
    css = (".head td { vertical-align: top; padding-right: 14px; } .t { font-size: 22pt; font-weight: 300; "
           "width: 30%; } .m { font-size: 8.5pt; } .lines { width: 100%; margin-top: 26px; } "
           ".lines th { border-bottom: 1px solid #000; text-align: left; padding: 4px 3px; font-weight: 600; } "
           ".lines td { border-bottom: 1px solid #e4e4e4; padding: 4px 3px; } .r { text-align: right; } "
           ".c { width: 16%; } .grand td { font-weight: 700; border-top: 2px solid #000; border-bottom: none; } "
           ".pay { margin-top: 18px; border-top: 1px dashed #888; padding-top: 8px; } .foot { color: #666; "
           "font-size: 7.5pt; margin-top: 20px; }")
    return html_page(f"{title} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L22: Odoo-style quotation / pro-forma / order confirmation (HTML -> Chromium). Addresses on top,
# big "Quotation # ...", info strip, "[SKU] description" in one cell, "Units" after the quantity,
# Untaxed Amount / Total box right.

L22 = {
    "en": {"quotation": "Quotation #", "proforma_invoice": "Pro-Forma Invoice #", "date": "Quotation Date",
           "pdate": "Invoice Date", "exp": "Expiration", "sp": "Salesperson", "ref": "Customer Reference",
           "desc": "Description", "qty": "Quantity", "price": "Unit Price", "taxes": "Taxes",
           "amount": "Amount", "untaxed": "Untaxed Amount", "tax": "Tax", "total": "Total",
           "terms": "Payment terms", "inco": "Incoterm", "cur": "Currency", "ship": "Shipping address:",
           "inv": "Invoicing address:", "note": "This offer is valid for 30 days. Prices exclude import duties."},
    "es": {"quotation": "Cotización #", "proforma_invoice": "Factura proforma #", "date": "Fecha de cotización",
           "pdate": "Fecha de factura", "exp": "Vencimiento", "sp": "Vendedor", "ref": "Referencia del cliente",
           "desc": "Descripción", "qty": "Cantidad", "price": "Precio unitario", "taxes": "Impuestos",
           "amount": "Importe", "untaxed": "Base imponible", "tax": "Impuesto", "total": "Total",
           "terms": "Plazo de pago", "inco": "Incoterm", "cur": "Moneda", "ship": "Dirección de entrega:",
           "inv": "Dirección de facturación:", "note": "Oferta válida por 30 días. Precios sin aranceles de importación."},
    "fr": {"quotation": "Devis n°", "proforma_invoice": "Facture pro forma n°", "date": "Date du devis",
           "pdate": "Date de facturation", "exp": "Expiration", "sp": "Vendeur", "ref": "Référence client",
           "desc": "Description", "qty": "Quantité", "price": "Prix unitaire", "taxes": "Taxes",
           "amount": "Montant", "untaxed": "Montant hors taxes", "tax": "Taxes", "total": "Total",
           "terms": "Conditions de paiement", "inco": "Incoterm", "cur": "Devise", "ship": "Adresse de livraison :",
           "inv": "Adresse de facturation :", "note": "Offre valable 30 jours. Droits de douane non compris."},
}
UNITS_WORD = {"en": "Units", "es": "Unidades", "fr": "Unités"}


def l22_odoo(doc: Doc, st: Style, ctx: dict) -> Rendered:
    t = L22[st.lang]
    title = f"{t[doc.doc_type]} {doc.number}"
    info = [(t["date"] if doc.doc_type == "quotation" else t["pdate"], day(doc.date, st.date)),
            (t["exp"], day(doc.date + dt.timedelta(days=30), st.date)), (t["sp"], "Anna Keller")]
    if doc.order_number:
        info.append((t["ref"], doc.order_number))
    info.append((t["cur"], doc.currency))
    rate = "" if doc.tax_rate is None else f"{doc.tax_rate}%"
    rows = "".join(
        f"<tr><td>[{e(ln.sku)}] {e(ln.description)}</td><td class=r>{amt(Decimal(ln.quantity), st.num)} "
        f"{UNITS_WORD[st.lang]}</td><td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>{rate}</td>"
        f"<td class=r>{amt(ln.amount, st.num)} {e(ctx['sym'])}</td></tr>" for ln in doc.lines)
    tot = f"<tr><td>{t['untaxed']}</td><td class=r>{amt(doc.subtotal, st.num)} {e(ctx['sym'])}</td></tr>"
    if doc.tax is not None:
        tot += f"<tr><td>{t['tax']} {rate}</td><td class=r>{amt(doc.tax, st.num)} {e(ctx['sym'])}</td></tr>"
    tot += f"<tr class=g><td>{t['total']}</td><td class=r>{amt(doc.total, st.num)} {e(ctx['sym'])}</td></tr>"
    body = (f"<div class=co><b>{e(doc.seller.name)}</b><br>{nl(doc.seller.address)}</div>"
            f"<table class=ad><tr><td><i>{t['inv']}</i><br>{nl(addr(doc.buyer))}</td>"
            f"<td><i>{t['ship']}</i><br>{nl(ctx.get('ship_to', addr(doc.buyer)))}</td></tr></table>"
            f"<h2>{e(title)}</h2><table class=info><tr>" + "".join(f"<td><b>{e(k)}</b><br>{e(v)}</td>" for k, v in info)
            + f"</tr></table><table class=ln><thead><tr><th>{t['desc']}</th><th class=r>{t['qty']}</th>"
            f"<th class=r>{t['price']}</th><th class=r>{t['taxes']}</th><th class=r>{t['amount']}</th></tr></thead>"
            f"<tbody>{rows}</tbody></table><table class=tot>{tot}</table>"
            f"<p>{t['terms']}: {e(doc.payment_terms)}<br>{t['inco']}: {e(doc.incoterms)}</p>"
            f"<p class=n>{t['note']}</p><div class=ft>{e(ctx.get('footer', ''))}</div>")
    css = (".co { color: #555; font-size: 8pt; margin-bottom: 14px; } .ad td { width: 50%; vertical-align: top; "
           "padding-right: 30px; } .ad { width: 100%; } h2 { font-size: 17pt; font-weight: 500; margin: 20px 0 8px; } "
           ".info td { padding-right: 26px; vertical-align: top; } .ln { width: 100%; margin-top: 16px; } "
           ".ln th { border-bottom: 1px solid #333; text-align: left; padding: 4px; } "
           ".ln td { border-bottom: 1px solid #ddd; padding: 4px; } .r { text-align: right; white-space: nowrap; } "
           ".tot { margin-left: auto; width: 42%; margin-top: 10px; } .tot td { padding: 3px 4px; "
           "border-top: 1px solid #ddd; } .g td { font-weight: bold; border-top: 1px solid #000; } "
           ".n { color: #666; } .ft { border-top: 1px solid #ccc; margin-top: 26px; padding-top: 4px; "
           "font-size: 7pt; text-align: center; color: #777; }")
    return html_page(title, css, body)


# ------------------------------------------------------------------------------------------------
# L23: Microsoft Dynamics NAV purchase order report (docx -> LibreOffice). Company block right, vendor
# window left, caption/value pairs ("Shipment Method" carries the Incoterms), "Direct Unit Cost".

L23 = {
    "en": {"title": "Order", "page": "Page 1", "vno": "Buy-from Vendor No.", "no": "Order No.",
           "date": "Document Date", "purch": "Purchaser", "terms": "Payment Terms", "ship": "Shipment Method",
           "cur": "Currency Code", "quote": "Vendor Quote No.", "cols": ("No.", "Description", "Quantity",
                                                                         "Unit of Measure", "Direct Unit Cost",
                                                                         "Line Amount"),
           "sub": "Total {cur} Excl. VAT", "vat": "{rate}% VAT", "tot": "Total {cur} Incl. VAT",
           "totnv": "Total {cur}", "vat_reg": "VAT Registration No.", "ship_to": "Ship-to Address",
           "tail": "Please confirm this order within 3 working days. Invoices without our order number cannot "
                   "be processed."},
    "fr": {"title": "Bon de commande", "page": "Page 1", "vno": "N° fournisseur", "no": "N° commande",
           "date": "Date document", "purch": "Acheteur", "terms": "Conditions paiement", "ship": "Condition livraison",
           "cur": "Code devise", "quote": "N° devis fournisseur", "cols": ("N°", "Désignation", "Quantité", "Unité",
                                                                          "Coût unitaire direct", "Montant ligne"),
           "sub": "Total {cur} HT", "vat": "TPS/TVQ {rate}%", "tot": "Total {cur} TTC", "totnv": "Total {cur}",
           "vat_reg": "N° TPS/TVH", "ship_to": "Adresse de livraison",
           "tail": "Veuillez confirmer cette commande dans les 3 jours ouvrables. Toute facture doit mentionner "
                   "notre numéro de commande."},
}


def l23_nav(doc: Doc, st: Style, ctx: dict) -> Rendered:
    t = L23[st.lang]
    d = new_docx(doc.buyer.name, "Liberation Serif", 9)
    top = d.add_table(rows=1, cols=2)
    put(top.cell(0, 0), f"{t['title']}", bold=True, size=15)
    put(top.cell(0, 1), f"{doc.buyer.name}\n{doc.buyer.address.replace(', ', chr(10))}\n{t['page']}", align="right")
    para(d)
    box = d.add_table(rows=1, cols=2)
    put(box.cell(0, 0), addr(doc.seller))
    pairs = [(t["vno"], ctx["vendor_no"]), (t["no"], doc.number), (t["date"], day(doc.date, st.date)),
             (t["purch"], ctx["purchaser"]), (t["terms"], doc.payment_terms), (t["ship"], doc.incoterms),
             (t["cur"], doc.currency)]
    quote = next((v for k, v in doc.extra if k == "quote_ref"), None)
    if quote:
        pairs.append((t["quote"], quote))
    inner = box.cell(0, 1).add_table(rows=len(pairs), cols=2)
    for i, (k, v) in enumerate(pairs):
        put(inner.cell(i, 0), k)
        put(inner.cell(i, 1), v)
    para(d)
    para(d, f"{t['ship_to']}: {ctx['ship_to']}")
    cols = t["cols"]
    tab = d.add_table(rows=1, cols=6)
    for i, c in enumerate(cols):
        put(tab.rows[0].cells[i], c, bold=True, align="right" if i in (2, 4, 5) else None, size=7.5)
    repeat_header(tab.rows[0])
    for ln in doc.lines:
        r = tab.add_row().cells
        for i, v in enumerate((ln.sku, ln.description, qty(ln.quantity, st.num), ln.unit,
                               amt(ln.unit_price, st.num), amt(ln.amount, st.num))):
            put(r[i], v, align="right" if i in (2, 4, 5) else None)
    widths(tab, [1.1, 2.2, 0.75, 0.85, 0.85, 0.9])
    para(d)
    cur = doc.currency
    totals = []
    if doc.tax is not None:
        totals += [(t["sub"].format(cur=cur), doc.subtotal), (t["vat"].format(rate=doc.tax_rate), doc.tax),
                   (t["tot"].format(cur=cur), doc.total)]
    else:
        totals += [(t["totnv"].format(cur=cur), doc.total)]
    tt = d.add_table(rows=len(totals), cols=2)
    for i, (k, v) in enumerate(totals):
        put(tt.cell(i, 0), k, bold=i == len(totals) - 1, align="right")
        put(tt.cell(i, 1), amt(v, st.num), bold=i == len(totals) - 1, align="right")
    widths(tt, [5.4, 1.8])
    para(d)
    para(d, t["tail"], size=7.5, italic=True)
    para(d, f"{t['vat_reg']} {ctx['tax_id']}", size=7.5)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L24: Swiss invoice with a QR-bill payment part (HTML -> Chromium). 1'234.50, dd.mm.yyyy, receipt and
# payment part at the foot with account, reference, currency and amount in their own fields.

def l24_swiss(doc: Doc, st: Style, ctx: dict) -> Rendered:
    rows = "".join(
        f"<tr><td>{i}</td><td>{e(ln.sku)}</td><td>{e(ln.description)}</td><td class=r>{ln.quantity}</td>"
        f"<td>{e(ln.unit)}</td><td class=r>{amt(ln.unit_price, 'ch')}</td><td class=r>{amt(ln.amount, 'ch')}</td></tr>"
        for i, ln in enumerate(doc.lines, start=1))
    cur = doc.currency
    tot = f"<tr><td colspan=6 class=r>Zwischensumme {cur}</td><td class=r>{amt(doc.subtotal, 'ch')}</td></tr>"
    if doc.tax is not None:
        tot += f"<tr><td colspan=6 class=r>MWST {doc.tax_rate}%</td><td class=r>{amt(doc.tax, 'ch')}</td></tr>"
    else:
        tot += "<tr><td colspan=6 class=r>Lieferung ohne MWST (Export)</td><td class=r>0.00</td></tr>"
    tot += f"<tr class=g><td colspan=6 class=r>Rechnungsbetrag {cur}</td><td class=r>{amt(doc.total, 'ch')}</td></tr>"
    qr_amt = f"{doc.total.quantize(CENT):,.2f}".replace(",", " ")  # QR-bill prints amounts with spaces
    ref = ctx["qr_ref"]
    acct = "CH44 3199 9123 0008 8901 2"
    payto = f"{acct}<br>{e(doc.seller.name)}<br>{e(doc.seller.address.split(', ')[0])}<br>GB-SO14 3AB Southampton"
    body = (f"<div class=snd>{e(doc.seller.name)} · {e(doc.seller.address)}</div>"
            f"<div class=win>{nl(ctx.get('attention_block', addr(doc.buyer)))}</div>"
            f"<div class=place>Southampton, {day(doc.date, 'dot')}</div><h1>Rechnung {e(doc.number)}</h1>"
            f"<table class=kv><tr><td>Rechnungsdatum</td><td>{day(doc.date, 'dot')}</td><td>Ihre Bestellung</td>"
            f"<td>{e(doc.order_number)}</td></tr><tr><td>Kunden-Nr.</td><td>{e(ctx['customer_no'])}</td>"
            f"<td>Lieferbedingung</td><td>{e(doc.incoterms)}</td></tr><tr><td>Zahlungsbedingungen</td>"
            f"<td colspan=3>{e(doc.payment_terms)}</td></tr></table>"
            f"<table class=ln><thead><tr><th>Pos.</th><th>Art.-Nr.</th><th>Bezeichnung</th><th class=r>Menge</th>"
            f"<th>Einheit</th><th class=r>Preis {cur}</th><th class=r>Betrag {cur}</th></tr></thead>"
            f"<tbody>{rows}{tot}</tbody></table>"
            "<p>Besten Dank für Ihren Auftrag. Bitte begleichen Sie den Betrag mit dem untenstehenden Zahlteil.</p>"
            "<div class=qr><div class=rcpt><h3>Empfangsschein</h3><h4>Konto / Zahlbar an</h4>"
            f"<p>{payto}</p><h4>Referenz</h4><p>{ref}</p><h4>Zahlbar durch</h4><p>{nl(addr(doc.buyer))}</p>"
            f"<table><tr><td><h4>Währung</h4>{cur}</td><td><h4>Betrag</h4>{qr_amt}</td></tr></table>"
            "<h4 class=ann>Annahmestelle</h4></div>"
            "<div class=pp><h3>Zahlteil</h3><div class=code><div class=cross>+</div></div>"
            f"<table><tr><td><h4>Währung</h4>{cur}</td><td><h4>Betrag</h4>{qr_amt}</td></tr></table></div>"
            f"<div class=pi><h4>Konto / Zahlbar an</h4><p>{payto}</p><h4>Referenz</h4><p>{ref}</p>"
            f"<h4>Zusätzliche Informationen</h4><p>Rechnung {e(doc.number)} / Bestellung {e(doc.order_number)}</p>"
            f"<h4>Zahlbar durch</h4><p>{nl(addr(doc.buyer))}</p></div></div>")
    css = (".snd { font-size: 7pt; text-decoration: underline; margin-top: 30mm; } .win { height: 28mm; "
           "margin-top: 2mm; font-size: 10pt; } .place { text-align: right; } h1 { font-size: 14pt; } "
           ".kv td { padding: 1px 14px 1px 0; } .ln { width: 100%; margin: 10px 0; } .ln th { text-align: left; "
           "border-bottom: 1.5px solid #000; padding: 3px; } .ln td { padding: 3px; border-bottom: 0.5px solid #bbb; } "
           ".r { text-align: right !important; } .g td { font-weight: bold; border-bottom: 3px double #000; } "
           ".qr { page-break-inside: avoid; border-top: 1px dashed #000; margin-top: 14px; display: flex; "
           "height: 105mm; font-size: 8pt; } .qr h3 { font-size: 11pt; margin: 4mm 0; } .qr h4 { font-size: 6pt; "
           "margin: 2mm 0 0; } .qr p { margin: 0; } .rcpt { width: 52mm; padding: 0 5mm; border-right: 1px dashed #000; } "
           ".pp { width: 51mm; padding: 0 5mm; } .code { width: 46mm; height: 46mm; border: 1px solid #000; "
           "position: relative; } .cross { position: absolute; left: 19mm; top: 19mm; width: 7mm; height: 7mm; "
           "background: #000; color: #fff; text-align: center; font-weight: bold; } .pi { width: 80mm; } "
           ".ann { text-align: right; }")
    return html_page(f"Rechnung {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L25: Taiwanese bilingual purchase order (xlsx -> LibreOffice). Traditional-Chinese/English captions,
# yyyy/mm/dd, money as numbers with #,##0.00, bordered grid, stamp boxes at the foot.

def l25_tw(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(doc.buyer.name, "PO")
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, w in zip("ABCDEFG", (7, 16, 40, 10, 8, 13, 15), strict=True):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:G1")
    ws["A1"] = f"{ctx['name_zh']}  {doc.buyer.name}"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:G2")
    ws["A2"] = doc.buyer.address + "  TEL: " + ctx["tel"]
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A3:G3")
    ws["A3"] = "採 購 單   PURCHASE ORDER"
    ws["A3"].font = Font(bold=True, size=13)
    ws["A3"].alignment = Alignment(horizontal="center")
    head = [("廠商 Vendor:", doc.seller.name, "採購單號 P/O No.:", doc.number),
            ("地址 Address:", doc.seller.address, "日期 Date:", day(doc.date, st.date)),
            ("聯絡人 Attn:", "Anna Keller", "幣別 Currency:", doc.currency),
            ("交貨條件 Trade Terms:", doc.incoterms, "頁次 Page:", "1 / 1")]
    r = 5
    for a, b, c, dd in head:
        ws.cell(r, 1, a).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.cell(r, 2, b)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
        ws.cell(r, 4, c).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=7)
        ws.cell(r, 6, dd)
        r += 1
    # Long payment terms get a full-width row of their own, as the buyer's template does.
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 1, "付款條件 Payment Terms:").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
    ws.cell(r, 3, doc.payment_terms)
    r += 2
    heads = ("項次\nItem", "料號\nPart No.", "品名規格\nDescription", "數量\nQ'ty", "單位\nUnit", "單價\nUnit Price",
             "金額\nAmount")
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
        cell.border = box
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    ws.row_dimensions[r].height = 28
    ws.print_title_rows = f"{r}:{r}"
    for i, ln in enumerate(doc.lines, start=1):
        r += 1
        vals = (i, ln.sku, ln.description, ln.quantity, ln.unit, float(ln.unit_price), float(ln.amount))
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(r, c, v)
            cell.border = box
            if c in (6, 7):
                cell.number_format = "#,##0.00"
            if c == 3:
                cell.alignment = Alignment(wrap_text=True)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1, f"合計 TOTAL ({doc.currency})").font = Font(bold=True)
    ws.cell(r, 1).alignment = Alignment(horizontal="right")
    tc = ws.cell(r, 7, float(doc.total))
    tc.number_format = "#,##0.00"
    tc.font = Font(bold=True)
    tc.border = box
    r += 2
    for note in ctx["notes"]:
        ws.cell(r, 1, note)
        r += 1
    r += 1
    ws.cell(r, 1, "採購 Buyer: " + ctx["buyer_person"])
    ws.cell(r, 4, "核准 Approved: ______________")
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L26: Mexican "Orden de compra" (docx -> LibreOffice). Issuer block with RFC, CFDI usage and payment
# method codes, "Partida / No. de parte / Clave unidad", Subtotal / IVA 16 % / Total.

def l26_mx(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(doc.buyer.name, "Liberation Sans", 8.5)
    t = d.add_table(rows=1, cols=2)
    put(t.cell(0, 0), f"{doc.buyer.name}\nRFC: {ctx['rfc']}\n{doc.buyer.address}\nRégimen fiscal: 601 General de "
                      "Ley Personas Morales", size=8)
    put(t.cell(0, 1), f"ORDEN DE COMPRA\nNo. OC: {doc.number}\nFecha de emisión: {day(doc.date, st.date)}",
        bold=True, align="right")
    widths(t, [4.4, 2.6])
    para(d)
    g = d.add_table(rows=4, cols=4)
    g.style = "Table Grid"
    cells = [("Proveedor", doc.seller.name), ("Moneda", doc.currency),
             ("Domicilio proveedor", doc.seller.address), ("Incoterm", doc.incoterms),
             ("Lugar de entrega", ctx["ship_to"]), ("Condiciones de pago", doc.payment_terms),
             ("Uso de CFDI", "G01 - Adquisición de mercancías"), ("Método de pago", "PPD - Pago en parcialidades o diferido")]
    for i, (k, v) in enumerate(cells):
        put(g.cell(i // 2, (i % 2) * 2), k, bold=True)
        put(g.cell(i // 2, (i % 2) * 2 + 1), v)
        shade(g.cell(i // 2, (i % 2) * 2), "EDEDED")
    quote = next((v for k, v in doc.extra if k == "quote_ref"), None)
    if quote:
        para(d, f"Referencia: cotización {quote}")
    para(d)
    tab = d.add_table(rows=1, cols=8)
    tab.style = "Table Grid"
    for i, h in enumerate(("Partida", "No. de parte", "Descripción", "Cantidad", "Clave unidad", "Unidad",
                           "Precio unitario", "Importe")):
        put(tab.rows[0].cells[i], h, bold=True, size=7.5)
        shade(tab.rows[0].cells[i], "D9E2F3")
    repeat_header(tab.rows[0])
    for i, ln in enumerate(doc.lines, start=1):
        r = tab.add_row().cells
        for j, v in enumerate((str(i), ln.sku, ln.description, qty(ln.quantity, "en"), "H87", ln.unit,
                               amt(ln.unit_price, "en"), amt(ln.amount, "en"))):
            put(r[j], v, align="right" if j in (3, 6, 7) else None, size=7.5)
    widths(tab, [0.5, 1.0, 2.2, 0.7, 0.6, 0.6, 0.8, 0.9])
    para(d)
    tt = d.add_table(rows=3, cols=2)
    for i, (k, v) in enumerate((("Subtotal", doc.subtotal), (f"IVA {doc.tax_rate}%", doc.tax),
                                (f"Total {doc.currency}", doc.total))):
        put(tt.cell(i, 0), k, bold=i == 2, align="right")
        put(tt.cell(i, 1), "$ " + amt(v, "en"), bold=i == 2, align="right")
    widths(tt, [5.5, 1.5])
    para(d)
    para(d, "Favor de enviar su factura con el número de esta orden de compra. Mercancía sujeta a inspección de "
            "calidad a su llegada. Horario de recepción: lunes a viernes de 8:00 a 15:00 h.", size=7.5)
    para(d, f"Elaboró: {ctx['buyer_person']}            Autorizó: Ing. Rodrigo Esparza Lugo", size=8)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L27: Remittance advice from an accounts-payable system (xlsx -> LibreOffice): payer letterhead,
# payment number/date/method, a table of the invoices settled, total paid.

L27 = {
    "en": {"title": "REMITTANCE ADVICE", "no": "Payment Number", "date": "Payment Date", "method": "Payment Method",
           "meth": "Wire transfer (SWIFT)", "payee": "Payee", "payer": "Payer", "cur": "Currency",
           "cols": ("Invoice Number", "Invoice Date", "PO Number", "Invoice Amount", "Discount Taken", "Amount Paid"),
           "tot": "Total Amount Paid", "note": "This payment has been released from our account; please allow "
                                               "2-3 banking days for the funds to arrive."},
    "es": {"title": "AVISO DE PAGO A PROVEEDOR", "no": "Número de pago", "date": "Fecha de pago",
           "method": "Forma de pago", "meth": "03 - Transferencia electrónica", "payee": "Beneficiario",
           "payer": "Pagador", "cur": "Moneda",
           "cols": ("Factura", "Fecha factura", "Orden de compra", "Importe factura", "Descuento", "Importe pagado"),
           "tot": "Total pagado", "note": "El depósito se verá reflejado en 24 a 72 horas hábiles según su banco."},
}


def l27_remit(doc: Doc, st: Style, ctx: dict) -> Rendered:
    t = L27[st.lang]
    wb, ws = new_xlsx(doc.buyer.name, "Remittance")
    for col, w in zip("ABCDEF", (20, 14, 20, 16, 14, 16), strict=True):
        ws.column_dimensions[col].width = w
    ws["A1"] = doc.buyer.name
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = doc.buyer.address
    ws["A4"] = t["title"]
    ws["A4"].font = Font(bold=True, size=15, color="1F4E78")
    rows = [(t["no"], doc.number), (t["date"], day(doc.date, st.date)), (t["method"], t["meth"]),
            (t["cur"], doc.currency), (t["payer"], doc.buyer.name), (t["payee"], doc.seller.name),
            ("", doc.seller.address)]
    r = 6
    for k, v in rows:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        r += 1
    r += 1
    for c, h in enumerate(t["cols"], start=1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
    r += 1
    inv = next(v for k, v in doc.extra if k == "invoice_ref")
    inv_amount = ctx["invoice_amount"]
    vals = (inv, day(ctx["invoice_date"], st.date), doc.order_number, float(inv_amount), 0.0, float(doc.total))
    for c, v in enumerate(vals, start=1):
        cell = ws.cell(r, c, v)
        if c >= 4:
            cell.number_format = "#,##0.00"
    r += 2
    ws.cell(r, 5, t["tot"]).font = Font(bold=True)
    ws.cell(r, 5).alignment = Alignment(horizontal="right")
    tc = ws.cell(r, 6, float(doc.total))
    tc.number_format = "#,##0.00"
    tc.font = Font(bold=True)
    r += 2
    if ctx.get("remark"):
        ws.cell(r, 1, ctx["remark"])
        r += 1
    ws.cell(r, 1, t["note"]).font = Font(italic=True, size=8)
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L28: Supply agreement (docx -> LibreOffice): numbered clauses, goods schedule, signature table;
# signed copies carry "/s/ name" and a date, drafts an empty block.

L28 = {
    "en": {"title": "SUPPLY AGREEMENT", "no": "Agreement No.", "date": "Date", "between": "between",
           "and": "and", "buyer": "(the \"Buyer\")", "seller": "(the \"Seller\")", "po": "Buyer's order reference",
           "sched": "Schedule 1 – Goods and Prices", "cols": ("Ref.", "Goods", "Qty", "Unit", "Price", "Value"),
           "sum": "Contract value", "clauses": [
               "1. Subject. The Seller shall supply and the Buyer shall purchase the goods listed in Schedule 1 at "
               "the prices stated there.",
               "2. Delivery. Delivery terms: {inco} (Incoterms® 2020). Partial shipments are permitted.",
               "3. Payment. {terms}.",
               "4. Warranty. The Seller warrants the goods free from defects in material and workmanship for 12 "
               "months from delivery. Claims must be notified in writing within 30 days of discovery.",
               "5. Law. This agreement is governed by the laws of England and Wales; the courts of London have "
               "jurisdiction."],
           "sig": ("Signed for the Buyer", "Signed for the Seller", "Signature", "Name", "Date")},
    "de": {"title": "LIEFERVERTRAG", "no": "Vertrags-Nr.", "date": "Datum", "between": "zwischen",
           "and": "und", "buyer": "(«Käuferin»)", "seller": "(«Verkäuferin»)", "po": "Bestellreferenz der Käuferin",
           "sched": "Anhang 1 – Ware und Preise", "cols": ("Art.-Nr.", "Ware", "Menge", "Einheit", "Preis", "Wert"),
           "sum": "Vertragswert", "clauses": [
               "1. Gegenstand. Die Verkäuferin liefert und die Käuferin kauft die in Anhang 1 aufgeführte Ware zu "
               "den dort genannten Preisen.",
               "2. Lieferung. Lieferbedingung: {inco} (Incoterms® 2020). Teillieferungen sind zulässig.",
               "3. Zahlung. {terms}.",
               "4. Gewährleistung. 12 Monate ab Lieferung. Mängel sind innert 30 Tagen nach Entdeckung schriftlich "
               "anzuzeigen.",
               "5. Recht. Es gilt englisches Recht; Gerichtsstand ist London."],
           "sig": ("Für die Käuferin", "Für die Verkäuferin", "Unterschrift", "Name", "Datum")},
}


def l28_contract(doc: Doc, st: Style, ctx: dict) -> Rendered:
    t = L28[st.lang]
    d = new_docx("Anna Keller", "Liberation Serif", 10)
    para(d, t["title"], bold=True, size=15, align="center")
    para(d, f"{t['no']} {doc.number} · {t['date']} {day(doc.date, st.date)}", align="center")
    para(d)
    para(d, t["between"], align="center", italic=True)
    para(d, f"{doc.buyer.name}, {doc.buyer.address} {t['buyer']}", align="center")
    para(d, t["and"], align="center", italic=True)
    para(d, f"{doc.seller.name}, {doc.seller.address} {t['seller']}", align="center")
    para(d)
    if doc.order_number:
        para(d, f"{t['po']}: {doc.order_number}")
    for c in t["clauses"]:
        para(d, c.format(inco=doc.incoterms, terms=doc.payment_terms.rstrip(".")))
    para(d)
    para(d, t["sched"], bold=True)
    tab = d.add_table(rows=1, cols=6)
    tab.style = "Table Grid"
    for i, h in enumerate(t["cols"][:4] + (f"{t['cols'][4]} ({doc.currency})", f"{t['cols'][5]} ({doc.currency})")):
        put(tab.rows[0].cells[i], h, bold=True, size=8.5)
    repeat_header(tab.rows[0])
    for ln in doc.lines:
        r = tab.add_row().cells
        for i, v in enumerate((ln.sku, ln.description, qty(ln.quantity, st.num), ln.unit, amt(ln.unit_price, st.num),
                               amt(ln.amount, st.num))):
            put(r[i], v, align="right" if i in (2, 4, 5) else None, size=8.5)
    r = tab.add_row().cells
    put(r[1], t["sum"], bold=True)
    put(r[5], amt(doc.total, st.num), bold=True, align="right")
    widths(tab, [1.1, 2.2, 0.7, 0.7, 0.9, 1.05])
    para(d)
    s = t["sig"]
    sig = d.add_table(rows=4, cols=2)
    put(sig.cell(0, 0), s[0], bold=True)
    put(sig.cell(0, 1), s[1], bold=True)
    for col, who in enumerate(doc.signatories):
        if doc.signed:
            put(sig.cell(1, col), f"{s[2]}: /s/ {who}")
            put(sig.cell(2, col), f"{s[3]}: {who}")
            put(sig.cell(3, col), f"{s[4]}: {day(ctx['signed_on'], st.date)}")
        else:
            put(sig.cell(1, col), f"{s[2]}: ______________________")
            put(sig.cell(2, col), f"{s[3]}: ______________________")
            put(sig.cell(3, col), f"{s[4]}: ______________________")
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L29: Sea waybill and shipping advice of a freight forwarder (HTML -> Chromium): boxed grid, shipper /
# consignee / notify, vessel and ports, containers with seals, "FREIGHT PREPAID", no prices.

def l29_waybill(doc: Doc, st: Style, ctx: dict) -> Rendered:
    bl = doc.doc_type == "bill_of_lading"
    title = "SEA WAYBILL (NON-NEGOTIABLE)" if bl else "SHIPPING ADVICE"
    no_lbl = "Waybill No." if bl else "Advice No."
    conts = "".join(f"<tr><td>{e(c)}</td><td>{e(s)}</td><td>40' HC</td><td>{e(p)}</td><td>{e(w)}</td></tr>"
                    for c, s, p, w in zip(doc.tracking_numbers, ctx["seals"], ctx["pieces"], ctx["weights"],
                                          strict=True))
    inco = "" if bl else f"<tr><td class=k>Incoterms</td><td>{e(doc.incoterms)}</td></tr>"
    body = (f"<table class=top><tr><td class=big>{e(ctx['forwarder'])}<br><span>{e(ctx['fwd_addr'])}</span></td>"
            f"<td><h1>{title}</h1><table class=kv><tr><td class=k>{no_lbl}</td><td><b>{e(doc.number)}</b></td></tr>"
            f"<tr><td class=k>Date of issue</td><td>{day(doc.date, st.date)}</td></tr>"
            f"<tr><td class=k>Shipper's Ref. / PO</td><td>{e(doc.order_number)}</td></tr>{inco}</table></td></tr></table>"
            "<table class=grid>"
            f"<tr><td><i>Shipper</i><br>{nl(addr(doc.seller))}</td><td><i>Consignee</i><br>{nl(addr(doc.buyer))}</td></tr>"
            f"<tr><td><i>Notify party</i><br>SAME AS CONSIGNEE</td><td><i>Vessel / Voyage</i><br>{e(ctx['vessel'])}</td></tr>"
            f"<tr><td><i>Port of loading</i><br>SOUTHAMPTON, UK</td><td><i>Port of discharge</i><br>{e(ctx['pod'])}</td></tr>"
            f"<tr><td><i>ETD</i><br>{day(ctx['etd'], st.date)}</td><td><i>ETA</i><br>{day(ctx['eta'], st.date)}</td></tr>"
            "</table><h3>Particulars furnished by the shipper</h3>"
            "<table class=ct><thead><tr><th>Container No.</th><th>Seal No.</th><th>Type</th><th>Packages</th>"
            f"<th>Gross weight</th></tr></thead><tbody>{conts}</tbody></table>"
            f"<p>Description of goods: {e(ctx['goods'])}<br>Marks: {e(doc.buyer.name.upper())} / PO {e(doc.order_number)}"
            f"<br>FREIGHT {e(ctx['freight'])}</p>"
            + ("<p class=sm>Received in apparent good order and condition. This waybill is not a document of title; "
               "delivery will be made to the consignee named above on proof of identity.</p>" if bl else
               "<p class=sm>Please arrange customs clearance with your broker. Originals are not required; goods "
               "will be released on presentation of this advice.</p>")
            + f"<p>Place and date of issue: Southampton, {day(doc.date, st.date)}</p>")
    css = (".top { width: 100%; } .top td { vertical-align: top; } .big { font-size: 14pt; font-weight: bold; "
           "width: 45%; } .big span { font-size: 8pt; font-weight: normal; } h1 { font-size: 13pt; margin: 0 0 6px; } "
           ".k { color: #444; padding-right: 12px; } .grid { width: 100%; margin-top: 12px; } .grid td { border: 1px "
           "solid #000; padding: 5px; width: 50%; vertical-align: top; height: 16mm; } .ct { width: 100%; } "
           ".ct th, .ct td { border: 1px solid #000; padding: 3px; text-align: left; } .sm { font-size: 7pt; }")
    return html_page(f"{title} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L30: Incoming-inspection non-conformance report from a QMS template (docx -> LibreOffice): header grid,
# sample/defect table, disposition check boxes, sign-off line.

def l30_ncr(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(doc.buyer.name, "Liberation Sans", 9)
    para(d, doc.buyer.name, bold=True, size=12)
    para(d, "QUALITY MANAGEMENT – INCOMING INSPECTION / NON-CONFORMANCE REPORT", bold=True, size=11)
    para(d, "Form QM-F-07 rev. 4", size=7, italic=True)
    claim = next(v for k, v in doc.extra if k == "claim_ref")
    g = d.add_table(rows=4, cols=4)
    g.style = "Table Grid"
    cells = [("Report No.", doc.number), ("Date", day(doc.date, st.date)), ("NCR ref.", claim),
             ("Purchase order", doc.order_number), ("Supplier", doc.seller.name), ("Inspector", ctx["inspector"]),
             ("Received", day(ctx["received"], st.date)), ("Sampling", "ISO 2859-1, level II, AQL 1.0")]
    for i, (k, v) in enumerate(cells):
        put(g.cell(i // 2, (i % 2) * 2), k, bold=True)
        shade(g.cell(i // 2, (i % 2) * 2), "F2F2F2")
        put(g.cell(i // 2, (i % 2) * 2 + 1), v)
    para(d)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(("Part No.", "Characteristic", "Specification", "Found", "Qty rejected")):
        put(t.rows[0].cells[i], h, bold=True)
    for row in ctx["findings"]:
        cells_ = t.add_row().cells
        for i, v in enumerate(row):
            put(cells_[i], v)
    para(d)
    para(d, "Disposition:  ☐ Use as is   ☐ Rework   ☒ Return to supplier   ☐ Scrap")
    para(d, "Supplier action requested: replacement of rejected parts by air freight at supplier's cost; "
            "8D report within 10 working days.")
    para(d)
    para(d, f"Inspected by: {ctx['inspector']}        Approved (QA manager): M. Colombo")
    return save_docx(d)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str, bool]] = {
    # key: (renderer, family, prints a unit column)
    "L21": (l21_xero, "Xero-style invoice / quote (HTML)", False),
    "L22": (l22_odoo, "Odoo-style quotation / pro-forma (HTML)", False),
    "L23": (l23_nav, "Dynamics NAV purchase order (docx)", True),
    "L24": (l24_swiss, "Swiss invoice with QR-bill payment part (HTML)", True),
    "L25": (l25_tw, "Taiwanese bilingual purchase order (xlsx)", True),
    "L26": (l26_mx, "Mexican orden de compra, CFDI-style codes (docx)", True),
    "L27": (l27_remit, "AP-system remittance advice (xlsx)", False),
    "L28": (l28_contract, "supply agreement with signature table (docx)", True),
    "L29": (l29_waybill, "forwarder sea waybill / shipping advice (HTML)", False),
    "L30": (l30_ncr, "QMS incoming-inspection / non-conformance report (docx)", False),
}


def shows_unit(key: str) -> bool:
    return LAYOUTS[key][2]


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


_ = openpyxl  # the xlsx layouts build workbooks through new_xlsx
