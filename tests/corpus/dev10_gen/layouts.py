"""Ninth-holdout document layouts L78-L87, each modelled on a real-world family not used in L1-L77."""
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
US_BANK = "Wessex Merchant Bank plc · Sort code 30-96-41 · IBAN GB29 WESX 3096 4170 2213 54 · BIC WESXGB22"
US_REG = "Northwind Components Ltd. · Registered in England and Wales No. 04417321 · VAT GB 284 1177 42"


def ref(doc: Doc, key: str) -> str:
    return next((v for k, v in doc.extra if k == key), "")


def addr_html(party: object) -> str:
    return f"<b>{e(party.name)}</b><br>" + nl(party.address.replace(", ", "\n"))


def qty2(n: int, num: str) -> str:
    """A quantity with two decimals, as ERPs print units of measure that allow fractions."""
    return amt(Decimal(n), num)


# ------------------------------------------------------------------------------------------------
# L78: Odoo-style sales documents (HTML -> Chromium), printed in the customer's language: logo and company
# block, the customer's address on the right, "Quotation # S04418" / "Pro-Forma Invoice # ..." / "Invoice
# INV/2027/00873" heading, an information row (date, expiration or due date, salesperson, source), lines
# "Description | Quantity | Unit Price | Amount" with the product shown as "[code] name", quantity with its
# unit ("6.00 Stk"), "Untaxed Amount" / "Total", payment terms and incoterm below.

L78 = {
    "en": {"quotation": "Quotation #", "proforma_invoice": "Pro-Forma Invoice #", "commercial_invoice": "Invoice",
           "qdate": "Quotation Date", "idate": "Invoice Date", "exp": "Expiration", "due": "Due Date",
           "sp": "Salesperson", "src": "Source", "desc": "Description", "qty": "Quantity", "pu": "Unit Price",
           "amount": "Amount", "untaxed": "Untaxed Amount", "total": "Total", "terms": "Payment terms",
           "inco": "Incoterm", "dp": "Down payment requested", "comm": "Please use the following communication "
           "for your payment", "page": "Page", "pl": "Pricelist"},
    "de": {"quotation": "Angebot #", "proforma_invoice": "Proformarechnung #", "commercial_invoice": "Rechnung",
           "qdate": "Angebotsdatum", "idate": "Rechnungsdatum", "exp": "Ablaufdatum", "due": "Fälligkeitsdatum",
           "sp": "Verkäufer", "src": "Quelle", "desc": "Beschreibung", "qty": "Menge", "pu": "Einzelpreis",
           "amount": "Betrag", "untaxed": "Nettobetrag", "total": "Gesamt", "terms": "Zahlungsbedingungen",
           "inco": "Incoterm", "dp": "Angeforderte Anzahlung", "comm": "Bitte verwenden Sie folgenden "
           "Verwendungszweck für Ihre Zahlung", "page": "Seite", "pl": "Preisliste"},
    "es": {"quotation": "Presupuesto #", "proforma_invoice": "Factura proforma #", "commercial_invoice": "Factura",
           "qdate": "Fecha de presupuesto", "idate": "Fecha de factura", "exp": "Vencimiento",
           "due": "Fecha de vencimiento", "sp": "Comercial", "src": "Origen", "desc": "Descripción",
           "qty": "Cantidad", "pu": "Precio unitario", "amount": "Importe", "untaxed": "Base imponible",
           "total": "Total", "terms": "Términos de pago", "inco": "Incoterm", "dp": "Anticipo solicitado",
           "comm": "Por favor, utilice la siguiente referencia para su pago", "page": "Página",
           "pl": "Tarifa"},
    "fr": {"quotation": "Devis n°", "proforma_invoice": "Facture pro forma n°", "commercial_invoice": "Facture",
           "qdate": "Date du devis", "idate": "Date de facturation", "exp": "Expiration", "due": "Date d'échéance",
           "sp": "Vendeur", "src": "Origine", "desc": "Description", "qty": "Quantité", "pu": "Prix unitaire",
           "amount": "Montant", "untaxed": "Montant hors taxes", "total": "Total", "terms": "Conditions de paiement",
           "inco": "Incoterm", "dp": "Acompte demandé", "comm": "Merci d'utiliser la communication suivante pour "
           "votre paiement", "page": "Page", "pl": "Liste de prix"},
}


def money78(v: Decimal, cur: str, num: str) -> str:
    """Odoo puts the currency symbol where the language puts it."""
    s = amt(v, num)
    sym = {"EUR": "€", "USD": "$"}.get(cur, cur)
    return f"{s} {sym}" if num in ("de", "fr") and cur == "EUR" else f"{sym} {s}"


def l78_odoo(doc: Doc, st: Style, ctx: dict) -> Rendered:
    t = L78[st.lang]
    kind = doc.doc_type
    title = f"{t[kind]} {doc.number}"
    info = [(t["qdate"] if kind == "quotation" else t["idate"], day(doc.date, st.date))]
    if kind == "quotation":
        info.append((t["exp"], day(doc.date + dt.timedelta(days=30), st.date)))
    else:
        info.append((t["due"], day(doc.date + dt.timedelta(days=ctx.get("due_days", 30)), st.date)))
    info.append((t["sp"], "Anna Keller"))
    info.append((t["pl"], f"Export {doc.currency}"))
    if doc.order_number:
        info.append((t["src"], doc.order_number))
    rows = "".join(
        f"<tr><td>[{e(ln.sku)}] {e(ln.description)}</td><td class=r>{qty2(ln.quantity, st.num)} {e(ln.unit or '')}"
        f"</td><td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>{money78(ln.amount, doc.currency, st.num)}"
        "</td></tr>" for ln in doc.lines)
    dp = ""
    if kind == "proforma_invoice" and ctx.get("deposit"):
        dep = (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)
        dp = (f"<tr><td>{t['dp']} ({int(ctx['deposit'] * 100)} %)</td><td class=r>"
              f"{money78(dep, doc.currency, st.num)}</td></tr>")
    body = (
        f"<div class=hd><div class=logo>northwind<span>components</span></div><div class=co>{e(doc.seller.name)}<br>"
        f"{nl(doc.seller.address.replace(', ', chr(10)))}</div></div>"
        f"<div class=cust>{addr_html(doc.buyer)}</div><h2>{e(title)}</h2>"
        "<table class=info><tr>" + "".join(f"<td><b>{k}</b><br>{e(v)}</td>" for k, v in info) + "</tr></table>"
        f"<table class=items><thead><tr><th>{t['desc']}</th><th class=r>{t['qty']}</th><th class=r>{t['pu']}</th>"
        f"<th class=r>{t['amount']}</th></tr></thead><tbody>{rows}</tbody></table>"
        f"<table class=tot><tr><td>{t['untaxed']}</td><td class=r>{money78(doc.subtotal, doc.currency, st.num)}</td>"
        f"</tr><tr class=b><td>{t['total']}</td><td class=r>{money78(doc.total, doc.currency, st.num)}</td></tr>{dp}"
        f"</table><p>{t['terms']}: {e(doc.payment_terms)}<br>{t['inco']}: {e(doc.incoterms)}</p>"
        + (f"<p>{t['comm']}: <b>{e(doc.number)}</b></p>" if kind != "quotation" else "")
        + f"<div class=ft>{US_BANK}<br>{US_REG}<br>{t['page']} 1</div>")
    css = (".hd { display: flex; justify-content: space-between; border-bottom: 1px solid #714b67; padding-bottom: "
           "6px; } .logo { font-size: 18pt; color: #714b67; font-weight: bold; } .logo span { display: block; "
           "font-size: 8pt; font-weight: normal; letter-spacing: 3px; } .co { font-size: 8pt; text-align: right; } "
           ".cust { margin: 14px 0 0 55%; } h2 { font-size: 16pt; color: #714b67; margin: 18px 0 8px; } .info td { "
           "padding-right: 28px; vertical-align: top; } .items { width: 100%; margin-top: 14px; } .items th { "
           "text-align: left; border-bottom: 2px solid #333; padding: 4px; } .items td { padding: 4px; "
           "border-bottom: 1px solid #ddd; } .r { text-align: right !important; white-space: nowrap; } .tot { "
           "width: 42%; margin: 8px 0 0 58%; } .tot td { padding: 3px 4px; border-top: 1px solid #ddd; } .b td { "
           "font-weight: bold; border-top: 2px solid #333; } .ft { margin-top: 24px; border-top: 1px solid #ccc; "
           "font-size: 7pt; text-align: center; color: #666; }")
    return html_page(title, css, body)


# ------------------------------------------------------------------------------------------------
# L79: Romanian ERP purchase order, bilingual Romanian/German (docx -> LibreOffice): letterhead with CUI and
# Reg. Com., "COMANDĂ / BESTELLUNG Nr. ... din / vom ...", supplier block, header lines, table with the unit
# BEFORE the quantity (Nr. crt. | Cod / Artikelnr. | Denumire / Bezeichnung | U.M. / ME | Cant. / Menge |
# Preț unitar / Einzelpreis | Valoare / Betrag), reverse-charge note, "Întocmit / Erstellt" and "Aprobat /
# Genehmigt" signature lines.

def l79_comanda(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    para(d, doc.buyer.name, bold=True, size=12)
    para(d, f"{doc.buyer.address}\nCUI: {ctx['cui']} · Nr. Reg. Com.: {ctx['reg_com']}", size=7.5)
    para(d)
    para(d, f"COMANDĂ / BESTELLUNG Nr. {doc.number} din / vom {day(doc.date, st.date)}", bold=True, size=13,
         align="center")
    para(d)
    sup = d.add_table(rows=1, cols=2)
    put(sup.cell(0, 0), f"Furnizor / Lieferant (cod {ctx['supplier_no']}):\n{doc.seller.name}\n{doc.seller.address}")
    put(sup.cell(0, 1), f"Adresa de livrare / Lieferadresse:\n{ctx['ship_to']}")
    widths(sup, [3.5, 3.3])
    para(d)
    for k, v in (("Monedă / Währung", doc.currency), ("Condiții de livrare / Lieferbedingungen", doc.incoterms),
                 ("Condiții de plată / Zahlungsbedingungen", doc.payment_terms),
                 ("Oferta dvs. / Ihr Angebot", ref(doc, "quote_ref") or "—")):
        para(d, f"{k}: {v}")
    rows = [["Nr. crt.", "Cod / Artikelnr.", "Denumire / Bezeichnung", "U.M. / ME", "Cant. / Menge",
             "Preț unitar / Einzelpreis", "Valoare / Betrag"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, ln.unit or "", str(ln.quantity), amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    t = table(d, rows, [0.45, 0.8, 2.6, 0.5, 0.55, 0.9, 0.95], size=8)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    para(d, f"Total fără TVA / Summe netto: {amt(doc.subtotal, st.num)} {doc.currency}", align="right")
    para(d, "TVA / MwSt.: taxare inversă / Steuerschuldnerschaft des Leistungsempfängers", size=7.5, align="right")
    para(d, f"TOTAL COMANDĂ / GESAMTBETRAG: {amt(doc.total, st.num)} {doc.currency}", bold=True, align="right")
    para(d)
    para(d, "Vă rugăm să confirmați comanda în 48 de ore și să menționați numărul comenzii pe factură și avizul "
            "de însoțire. / Bitte bestätigen Sie die Bestellung innerhalb von 48 Stunden und geben Sie die "
            "Bestellnummer auf Rechnung und Lieferschein an.", size=8)
    para(d)
    para(d, f"Întocmit / Erstellt: {ctx['contact']}\t\tAprobat / Genehmigt: {ctx['signatory']}, "
            f"{ctx['buyer_title']}")
    para(d, "Semnătura și ștampila / Unterschrift und Stempel: ______________________", size=8)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L80: Ecuadorian "Orden de Compra" from a local ERP (xlsx, sent as is and as a LibreOffice PDF): company name
# with RUC, a dark title band, a two-column header (Proveedor / RUC proveedor / Dirección on the left, N° /
# Fecha de emisión / Fecha de entrega requerida / Moneda on the right), grid Ítem | Código | Descripción |
# Unidad | Cantidad | Precio Unit. | Total, SUBTOTAL / TOTAL as numbers, observations and three approval
# boxes (Elaborado por / Revisado por / Aprobado por).

def l80_oc(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], "Orden de compra")
    thin = Side(style="thin", color="7F7F7F")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEFG", (6, 11, 48, 8, 10, 13, 15), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, doc.buyer.name).font = Font(bold=True, size=13)
    ws.cell(2, 1, f"RUC {ctx['ruc']} · {doc.buyer.address}").font = Font(size=8)
    c = ws.cell(4, 1, "ORDEN DE COMPRA – IMPORTACIÓN")
    c.font = Font(bold=True, size=12, color="FFFFFF")
    for j in range(1, 8):
        ws.cell(4, j).fill = PatternFill("solid", fgColor="1F3864")
    left = (("Proveedor:", doc.seller.name), ("Dirección:", doc.seller.address),
            ("Entregar en:", ctx["ship_to"]), ("Incoterm:", doc.incoterms), ("Forma de pago:", doc.payment_terms))
    right = (("N°", doc.number), ("Fecha emisión", day(doc.date, st.date)),
             ("Fecha entrega", day(doc.date + dt.timedelta(days=35), st.date)), ("Moneda", doc.currency))
    for i, (k, v) in enumerate(left):
        ws.cell(6 + i, 1, k).font = bold
        ws.cell(6 + i, 3, v)
    for i, (k, v) in enumerate(right):
        ws.cell(6 + i, 5, k).font = bold
        ws.cell(6 + i, 7, v).border = grid
    r = 12
    for j, h in enumerate(("Ítem", "Código", "Descripción", "Unidad", "Cantidad", "Precio Unit.", "Total"), start=1):
        c = ws.cell(r, j, h)
        c.font = bold
        c.border = grid
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.alignment = Alignment(horizontal="center")
    ws.print_title_rows = f"{r}:{r}"
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((i, ln.sku, ln.description, ln.unit or "", ln.quantity, float(ln.unit_price),
                               float(ln.amount)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            if j in (6, 7):
                c.number_format = "#,##0.00"
    r += len(doc.lines) + 1
    for k, v in (("SUBTOTAL", doc.subtotal), ("TOTAL " + doc.currency, doc.total)):
        ws.cell(r, 6, k).font = bold
        c = ws.cell(r, 7, float(v))
        c.number_format = "#,##0.00"
        c.border = grid
        c.font = bold
        r += 1
    ws.cell(r + 1, 1, "Observaciones: importación con régimen 10; adjuntar factura comercial, guía aérea y "
                      "certificado de origen. Indicar el N° de orden en todos los documentos.")
    for j, k in ((1, "Elaborado por"), (3, "Revisado por"), (6, "Aprobado por")):
        ws.cell(r + 4, j, "____________________")
        ws.cell(r + 5, j, k).font = bold
    ws.cell(r + 6, 1, ctx["contact"])
    ws.cell(r + 6, 6, f"{ctx['signatory']} – {ctx['buyer_title']}")
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L81: Sage-X3-style sales contract (docx -> LibreOffice), ours, in English: grey title bar "SALES CONTRACT",
# a reference table (Contract no. / Date / Customer / Customer order / Sales representative), the parties,
# a schedule "Line | Item / Description | Qty | Unit | Unit price | Line amount" with the item code on the
# first line of the cell and the description below it, numbered general conditions and two signature boxes
# ("/s/ name" and the date when signed, blank lines on the draft).

def l81_x3(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Anna Keller", "Liberation Sans", 9)
    para(d, "SALES CONTRACT", bold=True, size=15, align="center")
    refs = [["Contract no.", "Date", "Customer", "Customer order", "Sales rep."],
            [doc.number, day(doc.date, st.date), ctx.get("bp_code", ""), doc.order_number or "—", "Anna Keller"]]
    table(d, refs, [1.3, 1.2, 1.2, 1.8, 1.3], size=8)
    para(d)
    parties = d.add_table(rows=1, cols=2)
    put(parties.cell(0, 0), f"SELLER\n{doc.seller.name}\n{doc.seller.address}")
    put(parties.cell(0, 1), f"BUYER\n{doc.buyer.name}\n{doc.buyer.address}")
    widths(parties, [3.4, 3.4])
    para(d)
    para(d, "The Seller sells and the Buyer buys the goods listed in the schedule below on the following terms.")
    rows = [["Line", "Item / Description", "Qty", "Unit", "Unit price", "Line amount"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i * 10), f"{ln.sku}\n{ln.description}", str(ln.quantity), ln.unit or "",
                     amt(ln.unit_price, st.num), amt(ln.amount, st.num)])
    rows.append(["", f"Contract value {doc.currency}", "", "", "", amt(doc.total, st.num)])
    t = table(d, rows, [0.5, 3.2, 0.5, 0.5, 0.9, 1.1], size=8)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    clauses = [("Currency", f"All prices are in {doc.currency}, net of any discount already granted."),
               ("Delivery", f"{doc.incoterms} (Incoterms® 2020)."),
               ("Payment", f"{doc.payment_terms}."),
               ("Title", "Title to the goods passes to the Buyer on receipt of payment in full."),
               ("Warranty", "Twelve months from delivery against defects in material and workmanship."),
               ("Law", "This contract is governed by the law of England and Wales; courts of London.")]
    for i, (k, v) in enumerate(clauses, start=1):
        para(d, f"{i}. {k}. {v}")
    para(d)
    sig = d.add_table(rows=1, cols=2)
    signed_on = day(ctx["signed_on"], st.date)
    if doc.signed:
        put(sig.cell(0, 0), f"For the Seller\n{doc.seller.name}\n/s/ Anna Keller\nExport Sales Manager\n"
            f"Date: {signed_on}")
        put(sig.cell(0, 1), f"For the Buyer\n{doc.buyer.name}\n/s/ {ctx['signatory']}\n{ctx['buyer_title']}\n"
            f"Date: {signed_on}")
    else:
        put(sig.cell(0, 0), f"For the Seller\n{doc.seller.name}\n\n______________________\nDate: __________")
        put(sig.cell(0, 1), f"For the Buyer\n{doc.buyer.name}\n\n______________________\nDate: __________")
    widths(sig, [3.4, 3.4])
    para(d, "Sage X3 · SCN print · " + doc.number, size=6.5, align="right")
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L82: Sage-100-style French "BON DE COMMANDE" (HTML -> Chromium): company block with NIU and RCCM, framed
# title box with "N° pièce", "Date", "Code fournisseur", supplier address window, lines "Référence |
# Désignation | Qté | Unité | P.U. HT | Montant HT", totals "Total HT" / "Net à payer", "Mode de règlement" and
# "Conditions de livraison" under the table, "Bon pour accord" signature.

def l82_sage(doc: Doc, st: Style, ctx: dict) -> Rendered:
    rows = "".join(
        f"<tr><td class=nw>{e(ln.sku)}</td><td>{e(ln.description)}</td><td class=r>{ln.quantity}</td>"
        f"<td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}</td>"
        f"<td class=r>{amt(ln.amount, st.num)}</td></tr>" for ln in doc.lines)
    body = (
        f"<table class=top><tr><td><b class=co>{e(doc.buyer.name)}</b><br>{nl(doc.buyer.address.replace(', ', chr(10)))}"
        f"<br><small>NIU {e(ctx['niu'])} · RCCM {e(ctx['rccm'])}</small></td><td class=box><div class=t>BON DE "
        f"COMMANDE</div><table><tr><th>N° pièce</th><td>{e(doc.number)}</td></tr><tr><th>Date</th><td>"
        f"{day(doc.date, st.date)}</td></tr><tr><th>Code fournisseur</th><td>{e(ctx['supplier_code'])}</td></tr>"
        f"<tr><th>Devise</th><td>{doc.currency}</td></tr></table></td></tr></table>"
        f"<div class=win>{addr_html(doc.seller)}</div>"
        "<table class=items><thead><tr><th>Référence</th><th>Désignation</th><th class=r>Qté</th><th>Unité</th>"
        f"<th class=r>P.U. HT</th><th class=r>Montant HT</th></tr></thead><tbody>{rows}</tbody></table>"
        f"<table class=tot><tr><th>Total HT</th><td>{amt(doc.subtotal, st.num)}</td></tr>"
        f"<tr class=b><th>Net à payer {doc.currency}</th><td>{amt(doc.total, st.num)}</td></tr></table>"
        f"<p>Mode de règlement : {e(doc.payment_terms)}<br>Conditions de livraison : {e(doc.incoterms)}<br>"
        "Documents exigés : facture commerciale en 3 exemplaires, connaissement, certificat d'origine, "
        "liste de colisage.</p>"
        f"<p class=sig>Bon pour accord – {e(ctx['signatory'])}, {e(ctx['buyer_title'])}</p>")
    css = (".top { width: 100%; } .top td { vertical-align: top; } .co { font-size: 12pt; } .box { width: 42%; "
           "border: 2px solid #000; padding: 6px; } .t { font-size: 15pt; font-weight: bold; text-align: center; "
           "margin-bottom: 4px; } .box th { text-align: left; font-weight: normal; padding-right: 10px; } .win { "
           "margin: 18px 0 14px 50%; border: 1px solid #999; padding: 6px; } .items { width: 100%; } .items th { "
           "background: #e7e7e7; border: 1px solid #999; padding: 3px; text-align: left; } .items td { border-left: "
           "1px solid #999; border-right: 1px solid #999; padding: 3px; } .items tbody tr:last-child td { "
           "border-bottom: 1px solid #999; } .r { text-align: right !important; } .nw { white-space: nowrap; } "
           ".tot { width: 40%; margin: 8px 0 0 60%; border: 1px solid #999; } .tot th { text-align: left; padding: "
           "3px; } .tot td { text-align: right; padding: 3px; } .b th, .b td { font-weight: bold; border-top: 1px "
           "solid #999; } .sig { margin-top: 30px; text-align: right; }")
    return html_page(f"Bon de commande {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L83: SAP-S/4HANA-style purchase order output (HTML -> Chromium): "Purchase Order" title with a right-hand
# block (PO number / Date / Vendor / Purchasing Group / Contact / Currency), vendor address, delivery address,
# Incoterms and payment terms strip, items numbered 00010, 00020 ... with the material number on the first
# line and the short text on a second line, "Net Price ... per 1 EA", "Total net value excl. tax", multi-page.

def l83_s4(doc: Doc, st: Style, ctx: dict) -> Rendered:
    need = day(doc.date + dt.timedelta(days=56), st.date)
    rows = "".join(
        f"<tr><td>{i * 10:05d}</td><td><span class=mat>{e(ln.sku)}</span><br>{e(ln.description)}</td>"
        f"<td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}<br>"
        f"<small>per 1 {e(ln.unit or '')}</small></td><td class=r>{amt(ln.amount, st.num)}</td><td>{need}</td></tr>"
        for i, ln in enumerate(doc.lines, start=1))
    kv = [("Purchase Order", e(doc.number)), ("Date", day(doc.date, st.date)), ("Vendor", e(ctx["vendor_no"])),
          ("Purchasing Group", e(ctx["purch_group"])), ("Contact", e(ctx["contact"])), ("Currency", doc.currency)]
    body = (
        f"<div class=hd><div><div class=co>{e(doc.buyer.name)}</div><small>{e(doc.buyer.address)}<br>PIN "
        f"{e(ctx['pin'])} · VAT {e(ctx['vat_no'])}</small></div><div class=t>Purchase Order</div></div>"
        "<table class=two><tr><td><div class=cap>Vendor</div>" + addr_html(doc.seller) + "</td><td><table class=kv>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in kv) + "</table></td></tr></table>"
        f"<p><b>Delivery address:</b> {e(ctx['ship_to'])}<br><b>Incoterms:</b> {e(doc.incoterms)}<br>"
        f"<b>Terms of payment:</b> {e(doc.payment_terms)}</p>"
        "<table class=items><thead><tr><th>Item</th><th>Material / Short text</th><th class=r>Quantity</th>"
        "<th>Unit</th><th class=r>Net Price</th><th class=r>Net Value</th><th>Deliv. date</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        f"<table class=tot><tr><th>Total net value excl. tax {doc.currency}</th><td>{amt(doc.total, st.num)}</td>"
        "</tr></table>"
        f"<p class=small>Payment by irrevocable documentary credit {e(ctx['lc'])} through {e(ctx['bank'])}. "
        "Required documents: signed commercial invoice (3), packing list, certificate of origin, full set of clean "
        "on board bills of lading consigned to order of the issuing bank. Please quote our purchase order number "
        f"on all documents.<br>Released by {e(ctx['signatory'])}, {e(ctx['buyer_title'])} – electronically "
        "approved, no signature required.</p>")
    css = (".hd { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px solid "
           "#0a6ed1; padding-bottom: 6px; } .co { font-size: 12pt; font-weight: bold; } .t { font-size: 18pt; "
           "color: #0a6ed1; } .two { width: 100%; margin-top: 10px; } .two td { vertical-align: top; width: 50%; } "
           ".cap { font-size: 7.5pt; color: #6a6d70; } .kv th { text-align: left; font-weight: normal; color: "
           "#6a6d70; padding: 1px 12px 1px 0; } .items { width: 100%; margin-top: 8px; } .items th { text-align: "
           "left; border-bottom: 1px solid #0a6ed1; padding: 3px; font-size: 8pt; } .items td { padding: 3px; "
           "border-bottom: 1px solid #e5e5e5; vertical-align: top; } .mat { font-family: monospace; } .r { "
           "text-align: right !important; } small { color: #555; } .tot { width: 55%; margin: 8px 0 0 45%; } "
           ".tot th { text-align: left; } .tot td { text-align: right; font-weight: bold; } .small { font-size: "
           "7.5pt; margin-top: 14px; }")
    return html_page(f"Purchase Order {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L84: Gulf trading-house purchase order (docx -> LibreOffice): letterhead with TRN and trade licence, "M/s"
# supplier block with "Kind Attn.", "PO No. / Date / Your Ref." box, grid "S.No | Item Code | Description |
# Qty | Unit | Unit Price | Total", "Total Amount USD" with the amount in words ("US Dollars ... Only"),
# numbered terms and "For <company> / Authorised Signatory".

ONES = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
        "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
TENS_EN = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def words(n: int) -> str:
    """English number words up to 999 999."""
    if n >= 1000:
        k, r = divmod(n, 1000)
        return words(k) + " Thousand" + (" " + words(r) if r else "")
    if n >= 100:
        h, r = divmod(n, 100)
        return ONES[h] + " Hundred" + (" and " + words(r) if r else "")
    if n >= 20:
        t, u = divmod(n, 10)
        return TENS_EN[t] + ("-" + ONES[u] if u else "")
    return ONES[n] or "Zero"


def l84_gulf(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    para(d, doc.buyer.name.upper(), bold=True, size=13, align="center")
    para(d, f"{doc.buyer.address} · TRN {ctx['trn']} · Trade Licence {ctx['trade_licence']}", size=7.5,
         align="center")
    para(d, "PURCHASE ORDER", bold=True, size=14, align="center")
    head = d.add_table(rows=1, cols=2)
    put(head.cell(0, 0), f"To,\nM/s {doc.seller.name}\n{doc.seller.address}\nKind Attn.: Ms. Anna Keller")
    put(head.cell(0, 1), f"PO No.: {doc.number}\nDate: {day(doc.date, st.date)}\nYour Ref.: {ref(doc, 'quote_ref') or 'email offer'}"
        f"\nCurrency: {doc.currency}")
    widths(head, [4.0, 2.8])
    para(d)
    para(d, "Dear Sir/Madam, please supply the following items as per the terms and conditions below:")
    rows = [["S.No", "Item Code", "Description", "Qty", "Unit", f"Unit Price ({doc.currency})",
             f"Total ({doc.currency})"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["", "", f"Total Amount {doc.currency}", "", "", "", amt(doc.total, st.num)])
    t = table(d, rows, [0.4, 0.8, 2.8, 0.45, 0.45, 0.95, 0.95], size=8)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    whole = int(doc.total)
    cents = int((doc.total - whole) * 100)
    para(d, f"Amount in words: US Dollars {words(whole)} and Cents {words(cents) if cents else 'Zero'} Only.",
         italic=True)
    para(d)
    para(d, "Terms & Conditions:", bold=True)
    for i, v in enumerate((f"Delivery: {doc.incoterms}, by air to Dubai (DXB), airway bill to be consigned to "
                           "us.", f"Payment: {doc.payment_terms}.",
                           "Documents: commercial invoice and packing list, certificate of origin attested by the "
                           "chamber of commerce.", f"{ctx['ship_to']}.",
                           "Please mention our PO number on all invoices and packages."), start=1):
        para(d, f"{i}. {v}", size=8.5)
    para(d)
    para(d, f"For {doc.buyer.name}\n\n\nAuthorised Signatory\n{ctx['signatory']}, {ctx['buyer_title']}")
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L85: Airline cargo paperwork (HTML -> Chromium) from one carrier's print system: the Air Waybill (boxes
# "Shipper's Name and Address", "Consignee's Name and Address", "Issuing Carrier's Agent", airports, "Handling
# Information" with the order reference, the rate line with pieces / gross weight / chargeable weight / nature
# and quantity of goods, "Executed on (date) at (place)") and the Cargo Arrival Notice (notice number, AWB,
# flight, arrival date, pieces and weight, charges to collect, release instructions).

AIR = "Britannic Skyfreight"


def l85_air(doc: Doc, st: Style, ctx: dict) -> Rendered:
    awb_no = doc.tracking_numbers[0]
    css = (".band { display: flex; justify-content: space-between; background: #102a43; color: #fff; padding: 6px "
           "8px; font-size: 12pt; } .g { width: 100%; border-collapse: collapse; margin-top: 8px; } .g td { border: "
           "1px solid #000; padding: 4px; vertical-align: top; } .cap { font-size: 6.5pt; color: #444; display: "
           "block; } .small { font-size: 7pt; color: #555; margin-top: 12px; } .big { font-size: 13pt; font-weight: "
           "bold; }")
    if doc.doc_type == "bill_of_lading":
        body = (
            f"<div class=band><span>{AIR}</span><span>AIR WAYBILL &nbsp; {e(awb_no)}</span></div>"
            "<table class=g><tr><td style='width:50%'><span class=cap>Shipper's Name and Address</span>"
            f"{addr_html(doc.seller)}</td><td><span class=cap>Not negotiable – Air Waybill issued by</span>{AIR}, "
            f"London<br><span class=big>{e(awb_no)}</span></td></tr>"
            f"<tr><td><span class=cap>Consignee's Name and Address</span>{addr_html(doc.buyer)}</td><td><span "
            f"class=cap>Accounting Information</span>Freight prepaid · {e(ctx.get('incoterms', ''))}</td></tr>"
            f"<tr><td><span class=cap>Issuing Carrier's Agent, Name and City</span>{e(ctx['agent'])}</td><td><span "
            f"class=cap>Airport of Departure</span>LONDON HEATHROW (LHR)</td></tr>"
            f"<tr><td><span class=cap>Airport of Destination</span>{e(ctx['airport'])}</td><td><span class=cap>"
            f"Flight / Date</span>{e(ctx['flight'])} / {day(doc.date, st.date)}</td></tr>"
            f"<tr><td colspan=2><span class=cap>Handling Information</span>Shipper's reference: customer order "
            f"{e(doc.order_number or '')}. Notify consignee on arrival.</td></tr></table>"
            "<table class=g><tr><td><span class=cap>No. of Pieces</span>" + str(ctx["pieces"]) + "</td><td><span "
            f"class=cap>Gross Weight</span>{ctx['gross']} K</td><td><span class=cap>Chargeable Weight</span>"
            f"{ctx['chargeable']}</td><td><span class=cap>Nature and Quantity of Goods</span>{e(ctx['goods'])}<br>"
            f"DIMS {e(ctx['dims'])}</td></tr></table>"
            f"<p>Executed on {day(doc.date, st.date)} at LONDON &nbsp; Signature of issuing carrier or its agent: "
            f"{e(ctx['agent'])}</p><p class=small>Copies 1, 2, 3 are originals and have the same validity. "
            "Subject to the conditions of contract on the reverse hereof.</p>")
        return html_page(f"AWB {awb_no}", css, body)
    body = (
        f"<div class=band><span>{AIR} · Import Cargo Centre</span><span>CARGO ARRIVAL NOTICE</span></div>"
        "<table class=g>" + "".join(f"<tr><td style='width:35%'>{k}</td><td>{v}</td></tr>" for k, v in (
            ("Notice No.", f"<b>{e(doc.number)}</b>"), ("Notice date", day(doc.date, st.date)),
            ("Air Waybill", e(awb_no)), ("Flight / arrived", f"{e(ctx['flight'])} / {day(ctx['arrived'], st.date)}"),
            ("Origin / destination", f"LHR / {e(ctx['airport'])}"), ("Pieces / weight", f"{ctx['pieces']} / "
                                                                     f"{ctx['gross']} kg"),
            ("Shipper", addr_html(doc.seller)), ("Consignee", addr_html(doc.buyer)),
            ("Shipper's reference", e(doc.order_number or "")), ("Terms", e(doc.incoterms or "")),
            ("Storage free until", day(ctx["arrived"] + dt.timedelta(days=3), st.date)))) + "</table>"
        "<p>Please present the original AWB consignee copy or an authority letter, the import declaration and "
        "proof of payment of handling charges to collect the cargo.</p>"
        "<p class=small>This notice is sent as a courtesy; storage charges accrue after the free period whether or "
        "not it is received.</p>")
    return html_page(f"Cargo arrival notice {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L86: Customer's non-conformance report in German (HTML -> Chromium): "Reklamationsbericht / 8D – D1-D4" with
# report number, date, supplier, customer, order, claim reference, affected part, quantity delivered / checked
# / rejected, a measurement table (Merkmal / Soll / Ist / Bewertung), containment actions and requested
# response.

def l86_ncr(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kv = [("Berichtsnummer", f"<b>{e(doc.number)}</b>"), ("Datum", day(doc.date, st.date)),
          ("Lieferant", e(doc.seller.name)), ("Kunde", e(doc.buyer.name)),
          ("Bestellung", e(doc.order_number or "")), ("Reklamationsnummer", e(ref(doc, "claim_ref"))),
          ("Teil", f"{e(ctx['part'])} – {e(ctx['part_desc'])}"),
          ("Wareneingang", day(ctx["received"], st.date)),
          ("Menge geliefert / geprüft / n.i.O.", f"{ctx['qty']} / {ctx['qty']} / {ctx['bad']}"),
          ("Prüfer", e(ctx["inspector"]))]
    meas = "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td><td>{e(r)}</td></tr>"
                   for a, b, c, r in ctx["findings"])
    body = (
        f"<div class=hd><b>{e(doc.buyer.name)}</b> · Qualitätssicherung / Asigurarea calității<span>"
        "REKLAMATIONSBERICHT (8D, D1–D4)</span></div>"
        "<table class=kv>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in kv) + "</table>"
        "<h3>D2 Problembeschreibung</h3><p>" + e(ctx["problem"]) + "</p>"
        "<h3>Prüfergebnisse</h3><table class=m><thead><tr><th>Merkmal</th><th>Soll</th><th>Ist</th><th>Bewertung"
        f"</th></tr></thead><tbody>{meas}</tbody></table>"
        "<h3>D3 Sofortmaßnahmen</h3><p>Betroffene Teile gesperrt und gekennzeichnet; Montage mit Teilen aus "
        "Lagerbestand fortgesetzt.</p><h3>Forderung an den Lieferanten</h3><p>Ersatzlieferung, Stellungnahme "
        "D4–D8 innerhalb von 10 Arbeitstagen, Abholung der gesperrten Teile auf Kosten des Lieferanten.</p>")
    css = (".hd { display: flex; justify-content: space-between; border-bottom: 2px solid #a00; padding: 4px 0; } "
           ".hd span { font-weight: bold; color: #a00; } .kv { margin-top: 8px; width: 90%; } .kv th { text-align: "
           "left; font-weight: normal; color: #555; width: 38%; padding: 2px; } .kv td { padding: 2px; } h3 { "
           "font-size: 10pt; margin: 12px 0 4px; } .m { width: 100%; } .m th, .m td { border: 1px solid #999; "
           "padding: 3px; text-align: left; }")
    return html_page(f"Reklamationsbericht {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L87: Remittance advice from a corporate treasury system (HTML -> Chromium), en/es/fr: payer letterhead, "To"
# the payee with our bank account, payment run reference and value date, a table of the documents settled
# (document / document date / document amount / amount paid) and a "Total paid" line, the debit bank and the
# "generated automatically" note; under a documentary credit the L/C number is added.

L87 = {
    "en": {"title": "Remittance Advice", "to": "Payee", "ref": "Payment reference", "val": "Value date",
           "bank": "Paying bank", "doc": "Document", "date": "Doc. date", "gross": "Document amount",
           "adv": "advance payment as per pro forma", "paid": "Amount paid", "tot": "Total paid", "lc": "Documentary credit",
           "cust": "Our supplier no.", "ord": "Order",
           "foot": "Generated automatically by the treasury system; no signature required."},
    "es": {"title": "Comprobante de pago a proveedor del exterior", "to": "Beneficiario",
           "ref": "Referencia de pago", "val": "Fecha valor", "bank": "Banco pagador", "doc": "Documento",
           "date": "Fecha doc.", "gross": "Valor documento", "adv": "anticipo según factura proforma", "paid": "Valor pagado",
           "tot": "Total pagado", "lc": "Carta de crédito", "cust": "Código proveedor", "ord": "Orden",
           "foot": "Documento generado automáticamente por el sistema de tesorería; no requiere firma."},
    "fr": {"title": "Avis de règlement fournisseur", "to": "Bénéficiaire", "ref": "Référence du règlement",
           "val": "Date de valeur", "bank": "Banque émettrice", "doc": "Pièce", "date": "Date pièce",
           "gross": "Montant pièce", "adv": "acompte selon facture pro forma", "paid": "Montant réglé", "tot": "Total réglé",
           "lc": "Crédit documentaire", "cust": "Code fournisseur", "ord": "Commande",
           "foot": "Avis généré automatiquement par le logiciel de trésorerie, valable sans signature."},
}


def l87_remit(doc: Doc, st: Style, ctx: dict) -> Rendered:
    t = L87[st.lang]
    inv = ref(doc, "invoice_ref")
    gross = ctx["invoice_amount"]
    paid = doc.total
    note = f"<br><small>{t['adv']}</small>" if ctx.get("deposit") else ""
    row = (f"<tr><td>{e(inv)}<br><small>{t['ord']} {e(doc.order_number or '')}</small>{note}</td>"
           f"<td>{day(ctx['invoice_date'], st.date)}</td><td class=r>{amt(gross, st.num)}</td>"
           f"<td class=r>{amt(paid, st.num)}</td></tr>")
    kv = [(t["ref"], f"<b>{e(doc.number)}</b>"), (t["val"], day(doc.date, st.date)),
          (t["bank"], f"{e(ctx['bank'])} · {e(ctx['account'])}")]
    if ctx.get("lc"):
        kv.append((t["lc"], e(ctx["lc"])))
    if ctx.get("payer_ref"):
        kv.append((t["cust"], e(ctx["payer_ref"])))
    body = (
        f"<div class=hd><b>{e(doc.buyer.name)}</b><br><small>{e(doc.buyer.address)}</small></div>"
        f"<h2>{t['title']}</h2><table class=two><tr><td><div class=cap>{t['to']}</div>{addr_html(doc.seller)}<br>"
        "IBAN GB29 WESX 3096 4170 2213 54 · BIC WESXGB22</td><td><table class=kv>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in kv) + "</table></td></tr></table>"
        f"<table class=items><thead><tr><th>{t['doc']}</th><th>{t['date']}</th><th class=r>{t['gross']}</th>"
        f"<th class=r>{t['paid']}</th></tr></thead><tbody>{row}</tbody></table>"
        f"<p class=tot>{t['tot']}: {doc.currency} {amt(paid, st.num)}</p><p class=small>{t['foot']}</p>")
    css = (".hd { border-bottom: 2px solid #2f5d50; padding-bottom: 4px; } h2 { font-size: 13pt; color: #2f5d50; } "
           ".two { width: 100%; } .two td { vertical-align: top; width: 50%; } .cap { font-size: 7pt; color: #666; "
           "text-transform: uppercase; } .kv th { text-align: left; font-weight: normal; color: #555; padding: 2px "
           "10px 2px 0; } .items { width: 100%; margin-top: 14px; } .items th { text-align: left; background: "
           "#e3ece9; padding: 4px; } .items td { padding: 4px; border-bottom: 1px solid #ccc; } .r { text-align: "
           "right !important; } .tot { text-align: right; font-weight: bold; font-size: 11pt; } .small { font-size: "
           "7pt; color: #777; margin-top: 20px; }")
    return html_page(t["title"], css, body)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L78": (l78_odoo, "Odoo-style quotation / pro-forma / invoice in the customer's language: [code] name, "
                      "quantity with unit, Untaxed Amount / Total (HTML)"),
    "L79": (l79_comanda, "Romanian COMANDĂ / BESTELLUNG, bilingual ro/de, unit column before quantity (docx)"),
    "L80": (l80_oc, "Ecuadorian Orden de Compra with RUC, two header columns, approval boxes (xlsx)"),
    "L81": (l81_x3, "Sage-X3-style sales contract: reference table, code over description in one cell, "
                    "numbered conditions, signature boxes (docx)"),
    "L82": (l82_sage, "Sage-100-style French BON DE COMMANDE: N° pièce box, window address, Total HT / Net à "
                      "payer (HTML)"),
    "L83": (l83_s4, "SAP-S/4HANA-style purchase order: items 00010..., material over short text, per 1 EA, "
                    "multi-page (HTML)"),
    "L84": (l84_gulf, "Gulf trading-house purchase order: M/s and Kind Attn., amount in words, Authorised "
                      "Signatory (docx)"),
    "L85": (l85_air, "airline cargo paperwork: air waybill boxes and cargo arrival notice (HTML)"),
    "L86": (l86_ncr, "customer's German non-conformance report (8D D1-D4) with measurements (HTML)"),
    "L87": (l87_remit, "treasury-system remittance advice in en/es/fr, documents settled table (HTML)"),
}


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line."""
    return key in LAYOUTS
