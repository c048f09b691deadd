"""Thirtieth-holdout document layouts L288-L297, each modelled on a real-world family of documents."""
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


CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def cn_upper(value: Decimal) -> str:
    """An amount in Chinese financial numerals (大写), as cheques and Chinese order forms print it."""
    value = value.quantize(CENT, rounding=ROUND_HALF_UP)
    whole, cents = int(value), int((value * 100) % 100)

    def four(n: int) -> str:
        out, zero = "", False
        for i, unit in ((3, "仟"), (2, "佰"), (1, "拾"), (0, "")):
            dgt = n // 10 ** i % 10
            if dgt:
                if zero and out:
                    out += "零"
                out += CN_DIGITS[dgt] + unit
                zero = False
            else:
                zero = True
        return out

    parts, s = [(whole // 10**8, "亿"), (whole // 10**4 % 10**4, "万"), (whole % 10**4, "")], ""
    for n, unit in parts:
        if n:
            if s and n < 1000:
                s += "零"
            s += four(n) + unit
    s = (s or "零") + "元"
    jiao, fen = cents // 10, cents % 10
    if not cents:
        return s + "整"
    if jiao:
        s += CN_DIGITS[jiao] + "角"
    elif whole:
        s += "零"
    if fen:
        s += CN_DIGITS[fen] + "分"
    return s


# ------------------------------------------------------------------------------------------------
# L288: Our sales paperwork out of the B2B web shop (Shopify-B2B-style order printer, HTML -> Chromium), wholly in
# the customer's language: the shop's name top left, the document word and its number top right, the date under
# it, "Bill to" / "Ship to" side by side, a "Details" strip (customer PO, payment terms, Incoterms, valid until or
# due), lines with a grey thumbnail square, the title in the item cell and "SKU" / unit in small type beneath,
# the price, "× qty" and the line total on the right; "Subtotal / Shipping (included) / Tax 0 % / Total" right;
# the packing slip prints the same frame with "Items / Quantity" and a "Box" column only, and ends "Thank you".

T288 = {
    "en": {"quotation": "Quote", "proforma_invoice": "Pro forma invoice", "commercial_invoice": "Invoice",
           "shipping_notice": "Packing slip", "bill": "Bill to", "ship": "Ship to", "date": "Date",
           "po": "Customer PO", "terms": "Payment terms", "inco": "Incoterms", "valid": "Valid until",
           "due": "Due", "item": "Item", "price": "Price", "qty": "Qty", "total": "Total", "sub": "Subtotal",
           "shipping": "Shipping", "incl": "included", "tax": "Tax 0 % (export)", "dep": "Deposit due now",
           "less": "Deposit received", "bal": "Balance due", "unit": "Unit", "box": "Box", "items": "Items",
           "method": "Shipping method", "track": "Tracking", "boxes": "Boxes / gross weight", "inv": "Invoice",
           "thanks": "Thank you for your business. Questions about this shipment? orders@example.com",
           "pay": "Pay by bank transfer", "note": "Prices held until the date above; stock subject to prior sale."},
    "de": {"quotation": "Angebot", "proforma_invoice": "Proformarechnung", "commercial_invoice": "Rechnung",
           "shipping_notice": "Lieferschein / Packliste", "bill": "Rechnungsadresse", "ship": "Lieferadresse",
           "date": "Datum", "po": "Ihre Bestellung", "terms": "Zahlungsbedingungen", "inco": "Lieferbedingung",
           "valid": "Gültig bis", "due": "Fällig am", "item": "Artikel", "price": "Preis", "qty": "Menge",
           "total": "Gesamt", "sub": "Zwischensumme", "shipping": "Versand", "incl": "inbegriffen",
           "tax": "USt. 0 % (Ausfuhr)", "dep": "Jetzt fällige Anzahlung", "less": "Erhaltene Anzahlung",
           "bal": "Restbetrag", "unit": "Einheit", "box": "Karton", "items": "Artikel", "method": "Versandart",
           "track": "Sendungsnummer", "boxes": "Kartons / Bruttogewicht", "inv": "Rechnung",
           "thanks": "Vielen Dank für Ihren Auftrag. Fragen zur Sendung: orders@example.com",
           "pay": "Zahlung per Überweisung", "note": "Preise gültig bis zum obigen Datum, Zwischenverkauf vorbehalten."},
    "fr": {"quotation": "Devis", "proforma_invoice": "Facture proforma", "commercial_invoice": "Facture",
           "shipping_notice": "Bordereau de colisage", "bill": "Facturer à", "ship": "Livrer à", "date": "Date",
           "po": "Votre commande", "terms": "Conditions de paiement", "inco": "Incoterm", "valid": "Valable jusqu'au",
           "due": "Échéance", "item": "Article", "price": "Prix", "qty": "Qté", "total": "Total",
           "sub": "Sous-total", "shipping": "Transport", "incl": "inclus", "tax": "TVA 0 % (export)",
           "dep": "Acompte à régler", "less": "Acompte reçu", "bal": "Solde à payer", "unit": "Unité",
           "box": "Colis", "items": "Articles", "method": "Mode d'expédition", "track": "N° de suivi",
           "boxes": "Colis / poids brut", "inv": "Facture",
           "thanks": "Merci pour votre confiance. Une question sur cet envoi ? orders@example.com",
           "pay": "Règlement par virement", "note": "Prix garantis jusqu'à la date ci-dessus, sous réserve de stock."},
    "es": {"quotation": "Presupuesto", "proforma_invoice": "Factura proforma", "commercial_invoice": "Factura",
           "shipping_notice": "Albarán de empaque", "bill": "Facturar a", "ship": "Enviar a", "date": "Fecha",
           "po": "Su pedido", "terms": "Condiciones de pago", "inco": "Incoterm", "valid": "Válido hasta",
           "due": "Vencimiento", "item": "Artículo", "price": "Precio", "qty": "Cant.", "total": "Total",
           "sub": "Subtotal", "shipping": "Envío", "incl": "incluido", "tax": "Impuesto 0 % (exportación)",
           "dep": "Anticipo a pagar ahora", "less": "Anticipo recibido", "bal": "Saldo pendiente", "unit": "Unidad",
           "box": "Bulto", "items": "Artículos", "method": "Forma de envío", "track": "Seguimiento",
           "boxes": "Bultos / peso bruto", "inv": "Factura",
           "thanks": "Gracias por su compra. ¿Dudas sobre este envío? orders@example.com",
           "pay": "Pago por transferencia", "note": "Precios válidos hasta la fecha indicada, salvo venta previa."},
}


def l288_shop(doc: Doc, st: Style, ctx: dict) -> Rendered:
    t = T288[st.lang if st.lang in T288 else "en"]
    kind = doc.doc_type
    cur = doc.currency or ""
    money = lambda v: nw(f"{amt(v, st.num)} {cur}")  # noqa: E731
    details = [(t["date"], nw(dd(doc.date, st.date)))]
    if doc.order_number:
        details.append((t["po"], nw(doc.order_number)))
    if kind == "shipping_notice":
        if ref(doc, "invoice_ref"):
            details.append((t["inv"], nw(ref(doc, "invoice_ref"))))
        details += [(t["inco"], nw(doc.incoterms or "")), (t["method"], e(ctx["agent"]))]
    else:
        details += [(t["terms"], e(doc.payment_terms or "")), (t["inco"], nw(doc.incoterms or ""))]
        if kind == "quotation":
            details.append((t["valid"], nw(dd(doc.date + dt.timedelta(days=30), st.date))))
        if kind == "commercial_invoice" and ctx.get("due_days"):
            details.append((t["due"], nw(dd(doc.date + dt.timedelta(days=ctx["due_days"]), st.date))))
    strip = "".join(f"<td><div class=k>{k}</div>{v}</td>" for k, v in details)
    thumb = "<div class=th></div>"
    if kind == "shipping_notice":
        rows = "".join(f"<tr><td>{thumb}</td><td><div class=tt>{words(ln.description)}</div><div class=sk>SKU "
                       f"{nw(ln.sku)} · {t['unit']}: {e(ln.unit or '')}</div></td><td class=c>{e(box)}</td>"
                       f"<td class=r>{ln.quantity}</td></tr>" for ln, box in ctx["rows"])
        head = f"<th></th><th>{t['items']}</th><th class=c>{t['box']}</th><th class=r>{t['qty']}</th>"
        foot = (f"<table class=sm2><tr><th>{t['track']}</th><td>{nw(', '.join(doc.tracking_numbers))}</td></tr>"
                f"<tr><th>{t['boxes']}</th><td>{ctx['packages']} / {ctx['gross']} kg</td></tr></table>"
                f"<p class=ty>{e(t['thanks'])}</p>")
    else:
        rows = "".join(f"<tr><td>{thumb}</td><td><div class=tt>{words(ln.description)}</div><div class=sk>SKU "
                       f"{nw(ln.sku)} · {t['unit']}: {e(ln.unit or '')}</div></td><td class=r>{m(ln.unit_price, st)}"
                       f"</td><td class=r>× {ln.quantity}</td><td class=r>{m(ln.amount, st)}</td></tr>"
                       for ln in doc.lines)
        head = (f"<th></th><th>{t['item']}</th><th class=r>{t['price']} {e(cur)}</th><th class=r>{t['qty']}</th>"
                f"<th class=r>{t['total']} {e(cur)}</th>")
        tot = [(t["sub"], m(doc.subtotal, st)), (t["shipping"], f"{t['incl']} ({nw(doc.incoterms or '')})"),
               (t["tax"], m(doc.tax or Decimal(0), st)), (f"<b>{t['total']}</b>", money(doc.total))]
        if ctx.get("deposit") and kind == "proforma_invoice":
            tot.append((f"{t['dep']} ({int(ctx['deposit'] * 100)} %)", money(share(doc, ctx))))
        elif ctx.get("deposit") and kind == "commercial_invoice":
            tot += [(t["less"], money(share(doc, ctx))), (t["bal"], money(doc.total - share(doc, ctx)))]
        foot = "<table class=tot>" + "".join(f"<tr><th>{k}</th><td class=r>{v}</td></tr>" for k, v in tot) + "</table>"
        if kind == "quotation":
            foot += f"<p class=nt>{e(t['note'])}</p>"
        else:
            foot += (f"<div class=pay><b>{e(t['pay'])}</b><br>{US_BANK} · IBAN {nw(US_IBAN)} · BIC {US_BIC}<br>"
                     f"Ref. {nw(doc.number)}</div>")
    body = (
        f"<table class=hd><tr><td><div class=shop>Northwind Components</div><div class=sa>{e(doc.seller.name)}<br>"
        f"{lines_of(doc.seller.address)}<br>VAT {US_VAT}</div></td><td class=r><div class=dw>{e(t[kind])}</div>"
        f"<div class=no>#{nw(doc.number)}</div></td></tr></table>"
        f"<table class=ad><tr><td><div class=k>{t['bill']}</div>{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}"
        f"</td><td><div class=k>{t['ship']}</div>{e(ctx['ship_to'])}<br>{e(ctx['contact'])}</td></tr></table>"
        f"<table class=st><tr>{strip}</tr></table><table class=li><thead><tr>{head}</tr></thead><tbody>{rows}"
        f"</tbody></table>{foot}<div class=ft>northwind-components.example · {US_CO}</div>")
    css = (".hd, .ad { width: 100%; } .hd td, .ad td { vertical-align: top; } .shop { font-size: 17pt; color: #1a1a1a; "
           "} .sa { font-size: 7.5pt; color: #6b6b6b; margin-top: 2px; } .dw { font-size: 15pt; } .no { font-size: "
           "10pt; color: #6b6b6b; } .ad { margin-top: 14px; font-size: 8.5pt; } .ad td { width: 50%; } .k { font-size: "
           "7pt; color: #8a8a8a; text-transform: uppercase; letter-spacing: .5px; } .st { width: 100%; margin-top: "
           "12px; background: #f6f6f7; font-size: 8pt; } .st td { padding: 6px; vertical-align: top; } .li { width: "
           "100%; margin-top: 12px; font-size: 8.4pt; } .li th { text-align: left; font-size: 7.5pt; color: #6b6b6b; "
           "border-bottom: 1px solid #e1e3e5; padding: 4px; } .li td { padding: 6px 4px; border-bottom: 1px solid "
           "#e1e3e5; vertical-align: top; } .th { width: 26px; height: 26px; background: #e4e5e7; border-radius: 4px; "
           "} .sk { font-size: 7pt; color: #6b6b6b; margin-top: 2px; } .tot { margin: 10px 0 0 auto; font-size: 9pt; "
           "} .tot th { text-align: left; padding: 3px 18px 3px 0; } .tot tr:nth-child(4) td, .tot tr:nth-child(4) th "
           "{ border-top: 1px solid #1a1a1a; } .pay { margin-top: 16px; font-size: 8pt; background: #f6f6f7; padding: "
           "8px; } .nt { font-size: 7.5pt; color: #6b6b6b; } .sm2 { margin-top: 12px; font-size: 8.5pt; } .sm2 th { "
           "text-align: left; padding: 2px 14px 2px 0; color: #6b6b6b; } .ty { margin-top: 18px; font-size: 9pt; "
           "text-align: center; } .ft { margin-top: 24px; font-size: 7pt; color: #8a8a8a; text-align: center; }")
    return page(f"{t[kind]} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L289: Our sale contract as an English LETTER AGREEMENT in Word (docx; the countersigned copy comes back as PDF):
# our letterhead, the date, the buyer's address, "Dear Sirs," and a bold "Re:" line with the contract number,
# "We are pleased to set out below the terms on which we agree to sell …", paragraphs numbered 1-8 in prose
# (goods, price, delivery, payment, passing of risk, warranty, law), "Annex A – Goods" with the customer's
# language under each caption, a short note in the customer's language that the English text governs, and at
# the foot "Yours faithfully" for us and "Accepted and agreed" for the buyer with "/s/" on the signed copy.

L289 = {
    "de": ("Übersetzungshinweis: Die Anlage ist zweisprachig; für die Vereinbarung gilt allein der englische "
           "Wortlaut.", ("Nr.", "Artikelnummer", "Bezeichnung", "Menge", "Einheit", "Einzelpreis", "Betrag"),
           "Gesamtpreis (ohne Steuern)"),
    "fr": ("Note : l'annexe est bilingue ; seul le texte anglais de la présente lettre fait foi.",
           ("N°", "Référence", "Désignation", "Quantité", "Unité", "Prix unitaire", "Montant"),
           "Prix total (hors taxes)"),
    "es": ("Nota: el anexo es bilingüe; solo el texto inglés de esta carta es vinculante.",
           ("N.º", "Referencia", "Descripción", "Cantidad", "Unidad", "Precio unitario", "Importe"),
           "Precio total (sin impuestos)"),
}


def l289_letter(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Anna Keller", "Liberation Serif", 10)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Inches(1.0)
    cur = doc.currency or ""
    loc = L289.get(st.lang)
    para(d, "NORTHWIND COMPONENTS LTD.", size=14)
    para(d, f"{doc.seller.address} · {US_CO} · VAT {US_VAT}", size=7.5, color="666666")
    para(d)
    para(d, dd(doc.date, st.date), size=10)
    para(d, f"Our ref.: {doc.number}" + (f"    Your order: {doc.order_number}" if doc.order_number else ""), size=9)
    para(d, f"{doc.buyer.name}\n{doc.buyer.address.replace(', ', chr(10))}", size=10)
    para(d, f"For the attention of {ctx['signatory']}, {ctx['buyer_title']}", size=10)
    para(d)
    para(d, "Dear Sirs,", size=10)
    para(d, f"Re: Contract {doc.number} – sale of spare parts", bold=True, size=10.5)
    para(d, "We are pleased to set out below the terms on which we agree to sell, and you agree to buy, the goods "
            "listed in Annex A. Please sign and return the enclosed copy of this letter to confirm your agreement.",
         size=10)
    paras = [
        "1. Goods. The goods are the spare parts described in Annex A, new and in the manufacturer's packing.",
        f"2. Price. The price is {cur} {amt(doc.total, st.num)} in total, fixed and not subject to escalation. No "
        "value added tax is charged on this export sale.",
        f"3. Delivery. Delivery {doc.incoterms} (Incoterms 2020) {ctx['delivery_time']}.",
        f"4. Payment. {doc.payment_terms}. Payment by bank transfer to {US_BANK}, IBAN {US_IBAN}, BIC {US_BIC}.",
        "5. Risk and title. Risk passes as the Incoterm provides; title passes when we have received payment in "
        "full.",
        "6. Warranty. We warrant the goods free from defects in material and workmanship for twelve months from "
        "delivery; our liability is limited to repair, replacement or a credit of the price of the defective item.",
        "7. Law. This letter is governed by English law; the courts of England have exclusive jurisdiction.",
        "8. Entire agreement. This letter and Annex A are the whole agreement between us for these goods.",
    ]
    for p in paras:
        para(d, p, size=10)
    para(d)
    para(d, "Yours faithfully,", size=10)
    if doc.signed:
        sig = [[f"For and on behalf of {doc.seller.name}\n/s/ Anna Keller\nAnna Keller, Export Sales Manager",
                f"Accepted and agreed for and on behalf of {doc.buyer.name}\n/s/ {ctx['signatory']}\n"
                f"{ctx['signatory']}, {ctx['buyer_title']}\nDate: {dd(ctx['signed_on'], st.date)}"]]
    else:
        sig = [[f"For and on behalf of {doc.seller.name}\n\n..................................\nAnna Keller, Export "
                "Sales Manager",
                f"Accepted and agreed for and on behalf of {doc.buyer.name}\n\n..................................\n"
                "Name / title:\nDate:"]]
    s = table(d, sig, [3.2, 3.3], head=False, size=9.5)
    keep_row(s.rows[0])
    d.add_page_break()
    para(d, f"Annex A – Goods (contract {doc.number})", size=11.5)
    caps = ["No.", "Part no.", "Description", "Qty", "Unit", f"Unit price {cur}", f"Amount {cur}"]
    if loc:
        caps = [f"{en}\n{x}" for en, x in zip(caps, loc[1], strict=True)]
    rows = [caps]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["Total price (no tax)" + (f" / {loc[2]}" if loc else ""), "", "", "", "", cur,
                 amt(doc.total, st.num)])
    t = table(d, rows, [0.35, 1.15, 2.45, 0.45, 0.5, 0.8, 0.9], size=8.5)
    merge_row(t, len(rows) - 1, 0, 4)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    if loc:
        para(d)
        para(d, loc[0], size=8.5, italic=True)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L290: The express courier's shipment WAYBILL as the shipper's archive copy (HTML -> Chromium): the courier's
# name in a red band, the ten-digit waybill number under a bar-code strip, "From" and "To" boxes with contact and
# phone, a row of small boxes (product, pieces, weight, dimensions, terms of trade, duty account), the contents
# line, the shipper's reference (the buyer's order), declared customs value, pickup date and the shipper's
# signature; a data-identifier line at the foot.

def barcode(seed: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "".join(f"<i style='width:{1 + int(c, 16) % 3}px;margin-right:{1 + int(c, 16) // 6}px'></i>" for c in h * 2)


def l290_waybill(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb = doc.number or ""
    box = lambda cap, v: f"<td><div class=k>{cap}</div>{v}</td>"  # noqa: E731
    body = (
        "<div class=band><span class=cr>SKYLARK EXPRESS</span><span class=ty>WAYBILL · SHIPPER'S COPY</span></div>"
        f"<div class=bc>{barcode(wb)}</div><div class=wb>WAYBILL {nw(wb)}</div>"
        "<table class=g><tr>" + box("From / Shipper", f"{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}<br>"
                                    "Contact: Despatch desk, +44 23 8063 1175")
        + box("To / Receiver", f"{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}<br>Contact: "
              f"{e(ctx['contact'])}, {e(ctx.get('phone', ''))}") + "</tr></table>"
        "<table class=g><tr>" + box("Product", "EXPRESS WORLDWIDE (P)") + box("Pieces", str(ctx["packages"]))
        + box("Weight", f"{ctx['gross']} kg") + box("Dimensions", f"{ctx['packages']} x 60 x 40 x 40 cm")
        + box("Terms of trade", e(ctx["terms"])) + "</tr></table>"
        "<table class=g><tr>" + box("Contents", e(ctx["goods"])) + box("Shipper's reference", f"PO {nw(doc.order_number or '')}")
        + "</tr><tr>" + box("Declared value for customs", nw(ctx["declared"]))
        + box("Pickup date", nw(dd(doc.date, st.date))) + "</tr><tr>"
        + box("Shipper's signature", "Despatch desk, Northwind Components Ltd.")
        + box("Waybill / tracking", f"{nw(', '.join(doc.tracking_numbers))} · track at skylark-express.example")
        + "</tr></table>"
        f"<p class=di>(2L)GB{e(wb)}+48000000 · (J)JJD00{e(wb)}0001 · Origin SOU · Destination {e(ctx['dest'])}</p>"
        "<p class=sm>The shipper agrees to the courier's terms and conditions of carriage. Liability is limited "
        "unless a higher value is declared and insurance purchased.</p>")
    css = (".band { background: #c8102e; color: #fff; padding: 6px 8px; } .cr { font-size: 15pt; letter-spacing: 2px; } "
           ".ty { float: right; font-size: 9pt; margin-top: 5px; } .bc { margin: 10px 0 2px; height: 38px; } .bc i { "
           "display: inline-block; height: 38px; background: #000; } .wb { font-size: 13pt; letter-spacing: 1px; "
           "margin-bottom: 8px; } .g { width: 100%; margin-top: -1px; } .g td { border: 1px solid #333; padding: 4px; "
           "vertical-align: top; font-size: 8.5pt; } .k { font-size: 6.5pt; color: #c8102e; text-transform: "
           "uppercase; } .di { font-family: 'DejaVu Sans Mono', monospace; font-size: 7.5pt; margin-top: 8px; } .sm { "
           "font-size: 6.8pt; color: #555; }")
    return page(f"Waybill {wb}", css, body)


# ------------------------------------------------------------------------------------------------
# L291: The customer's banking-app transfer receipt, shared as PDF from the phone (HTML -> Chromium): a narrow
# card centred on the page, the app's name, a round tick and the status in the customer's language, the amount
# large with the currency, then label/value rows (from account, to, beneficiary bank, IBAN, reference / payment
# details with invoice and order, transaction ID, date, charges), and "Shared from …" at the foot.

T291 = {
    "en": ("Transfer completed", "From", "To", "Beneficiary bank", "Account / IBAN", "Payment details",
           "Transaction ID", "Date", "Charges", "Shared from"),
    "de": ("Überweisung ausgeführt", "Von Konto", "Empfänger", "Bank des Empfängers", "IBAN", "Verwendungszweck",
           "Transaktions-ID", "Datum", "Entgelte", "Geteilt aus"),
    "fr": ("Virement effectué", "Compte débité", "Bénéficiaire", "Banque du bénéficiaire", "IBAN", "Motif",
           "Référence de l'opération", "Date", "Frais", "Partagé depuis"),
    "es": ("Transferencia realizada", "Cuenta de origen", "Beneficiario", "Banco del beneficiario", "IBAN",
           "Concepto", "ID de transacción", "Fecha", "Gastos", "Compartido desde"),
    "zh": ("汇款成功", "付款账户", "收款人", "收款银行", "收款账号", "附言", "交易流水号", "日期", "手续费", "分享自"),
}


def l291_receipt(doc: Doc, st: Style, ctx: dict) -> Rendered:
    t = T291[st.lang]
    cur = doc.currency or ""
    inv = ref(doc, "invoice_ref")
    rows = [(t[1], f"{e(doc.buyer.name)}<br>{e(ctx['acct'])}"), (t[2], e(doc.seller.name)),
            (t[3], f"{US_BANK} ({US_BIC})"), (t[4], nw(US_IBAN)),
            (t[5], f"INV {nw(inv)} / PO {nw(doc.order_number or '')}" + (f"<br>{e(ctx['remark'])}" if ctx.get("remark")
                                                                            else "")),
            (t[6], nw(doc.number)), (t[7], nw(dd(doc.date, st.date)) + f" {ctx['time']}"),
            (t[8], {"en": "SHA (shared)", "de": "SHA (geteilt)", "fr": "SHA (partagés)", "es": "SHA (compartidos)",
                    "zh": "SHA 各自承担"}[st.lang])]
    body = (
        f"<div class=card><div class=app>{e(ctx['app'])}</div><div class=bk>{e(ctx['bank'])}</div>"
        f"<div class=tick>✓</div><div class=stt>{e(t[0])}</div><div class=amt>{nw(amt(doc.total, st.num))} "
        f"<span class=cu>{e(cur)}</span></div><table class=rw>"
        + "".join(f"<tr><th>{e(k)}</th><td>{v}</td></tr>" for k, v in rows)
        + f"</table><div class=sh>{e(t[9])} {e(ctx['app'])}</div></div>")
    font = "'Noto Sans CJK SC', 'DejaVu Sans', sans-serif" if st.lang == "zh" else "'DejaVu Sans', sans-serif"
    css = (f"body {{ font-family: {font}; }} .card {{ width: 88mm; margin: 10mm auto; border: 1px solid #d6d9de; "
           "border-radius: 10px; padding: 14px; } .app { font-size: 11pt; text-align: center; color: #0b5cad; } .bk { "
           "font-size: 7.5pt; text-align: center; color: #777; } .tick { width: 34px; height: 34px; line-height: 34px; "
           "border-radius: 17px; background: #1fa45b; color: #fff; font-size: 18pt; text-align: center; margin: 12px "
           "auto 4px; } .stt { text-align: center; font-size: 10pt; } .amt { text-align: center; font-size: 18pt; "
           "margin: 6px 0 12px; } .cu { font-size: 10pt; } .rw { width: 100%; font-size: 8pt; } .rw th { text-align: "
           "left; color: #777; padding: 5px 8px 5px 0; vertical-align: top; width: 38%; border-top: 1px solid #eee; } "
           ".rw td { padding: 5px 0; border-top: 1px solid #eee; } .sh { margin-top: 12px; text-align: center; "
           "font-size: 7pt; color: #999; }")
    return page(t[0], css, body)


# ------------------------------------------------------------------------------------------------
# L292: The customer's WARRANTY CLAIM FORM kept in Excel (xlsx, sent as is): a merged title in its language and in
# English, a two-column block of fields (claim no., date, customer, supplier, purchase order, supplier invoice,
# our claim reference, goods received), the defective parts grid (part no., description, qty delivered, qty
# defective, unit, defect), tick boxes for the remedy requested (☒ replacement / ☐ credit note / ☐ repair), the
# photos line, and "Raised by / Approved by" boxes.

T292 = {
    "en": ("WARRANTY CLAIM FORM", "Defect description", "Remedy requested", "Replacement", "Credit note", "Repair"),
    "de": ("GEWÄHRLEISTUNGSANTRAG", "Mangelbeschreibung", "Gewünschte Abhilfe", "Ersatzlieferung", "Gutschrift",
           "Reparatur"),
    "fr": ("FORMULAIRE DE RÉCLAMATION SOUS GARANTIE", "Description du défaut", "Solution demandée", "Remplacement",
           "Avoir", "Réparation"),
    "es": ("FORMULARIO DE RECLAMACIÓN EN GARANTÍA", "Descripción del defecto", "Solución solicitada", "Reposición",
           "Nota de crédito", "Reparación"),
    "zh": ("质保索赔单", "缺陷描述", "要求处理方式", "换货", "贷记单", "维修"),
}


def l292_claim(doc: Doc, st: Style, ctx: dict) -> Rendered:
    title, c_defect, c_rem, r1, r2, r3 = T292[st.lang]
    wb, ws = new_xlsx(ctx["contact"], doc.number)
    thin = Side(style="thin", color="7F7F7F")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    cap_fill = PatternFill("solid", fgColor="E2EFDA")
    for col, w in zip("ABCDEF", (18, 44, 13, 13, 8, 40), strict=True):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:F1")
    ws.cell(1, 1, doc.buyer.name).font = Font(size=12)
    ws.merge_cells("A2:F2")
    ws.cell(2, 1, title if st.lang == "en" else f"{title} / WARRANTY CLAIM FORM").font = Font(size=14)
    fields = [("Claim No.", doc.number), ("Date", dd(doc.date, st.date)), ("Customer", doc.buyer.name),
              ("Supplier", doc.seller.name), ("Purchase order", doc.order_number or ""),
              ("Supplier invoice", ctx.get("invoice", "")), ("Our reference", ref(doc, "claim_ref")),
              ("Goods received", dd(ctx["received"], st.date))]
    for k, (cap, v) in enumerate(fields):
        r, c = 4 + k // 2, 1 + (k % 2) * 3
        cell = ws.cell(r, c, cap)
        cell.fill = cap_fill
        cell.border = grid
        if c == 4:
            ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
        v_cell = ws.cell(r, c + 1, v)
        v_cell.border = grid
        v_cell.alignment = Alignment(wrap_text=True)
    r = 9
    for j, cap in enumerate(("Part no.", "Description", "Qty delivered", "Qty defective", "Unit", c_defect), 1):
        c = ws.cell(r, j, cap)
        c.fill = cap_fill
        c.border = grid
        c.alignment = Alignment(wrap_text=True)
    for i, (sku, desc, got, bad, unit, found) in enumerate(ctx["items"], start=1):
        for j, v in enumerate((sku, desc, got, bad, unit, found), 1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            c.alignment = Alignment(wrap_text=True, vertical="top")
    r += len(ctx["items"]) + 2
    ws.cell(r, 1, c_defect)
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=6)
    ws.cell(r, 2, ctx["long_text"]).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = 30
    r += 3
    ws.cell(r, 1, c_rem)
    ws.cell(r, 2, f"☒ {r1}    ☐ {r2}    ☐ {r3}")
    ws.cell(r + 1, 1, "Photos")
    ws.cell(r + 1, 2, ctx["photos"])
    r += 3
    for col, cap, who in ((1, "Raised by", ctx["reported_by"]), (4, "Approved by", ctx["signatory"])):
        c = ws.cell(r, col, cap)
        c.fill = cap_fill
        c.border = grid
        ws.cell(r, col + 1, who).border = grid
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L293: Gambian cashew factory's purchase order kept as an Excel workbook (xlsx, sent as is or printed by
# LibreOffice): a teal title cell "PURCHASE ORDER", the company and its TIN left, "P.O. No." / "Date" / "Vendor ID"
# right, "SUPPLIER" and "DELIVER TO" blocks, a strip "REQUESTED BY | QUOTE REF. | DELIVERY TERMS | PAYMENT TERMS",
# lines "LINE | ITEM CODE | DESCRIPTION | QTY | UOM | UNIT PRICE (USD) | LINE TOTAL (USD)", "SUB TOTAL / TAX /
# FREIGHT & INSURANCE / TOTAL", the dalasi equivalent for the revenue authority, a second sheet "Terms" with the
# conditions numbered, and the "Prepared by / Authorised by" boxes.

def l293_sheet(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], "PO")
    thin = Side(style="thin", color="9E9E9E")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    teal = PatternFill("solid", fgColor="0F766E")
    pale = PatternFill("solid", fgColor="E6F4F1")
    cur = doc.currency or ""
    quote = ref(doc, "quote_ref")
    for col, w in zip("ABCDEFG", (7, 15, 46, 8, 8, 15, 17), strict=True):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:C1")
    ws.cell(1, 1, doc.buyer.name).font = Font(size=13)
    ws.merge_cells("A2:C3")
    ws.cell(2, 1, f"{doc.buyer.address}\n{ctx['reg']}").alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[2].height = ws.row_dimensions[3].height = 20
    ws.merge_cells("E1:G1")
    c = ws.cell(1, 5, "PURCHASE ORDER")
    c.font = Font(size=16, color="FFFFFF")
    c.fill = teal
    c.alignment = Alignment(horizontal="center")
    for k, (cap, v) in enumerate((("P.O. No.", doc.number), ("Date", dd(doc.date, st.date)),
                                  ("Vendor ID", ctx["vendor_id"]))):
        ws.cell(2 + k, 5, cap).fill = pale
        ws.merge_cells(start_row=2 + k, start_column=6, end_row=2 + k, end_column=7)
        ws.cell(2 + k, 6, v).border = grid
    for col, cap, text in ((1, "SUPPLIER", f"{doc.seller.name}\n{doc.seller.address}\nAttn: Anna Keller"),
                           (5, "DELIVER TO", ctx["ship_to"])):
        c = ws.cell(6, col, cap)
        c.fill = teal
        c.font = Font(color="FFFFFF")
        end = 3 if col == 1 else 7
        ws.merge_cells(start_row=6, start_column=col, end_row=6, end_column=end)
        ws.merge_cells(start_row=7, start_column=col, end_row=9, end_column=end)
        ws.cell(7, col, text).alignment = Alignment(wrap_text=True, vertical="top")
    for row in (7, 8, 9):
        ws.row_dimensions[row].height = 16
    strip = (("REQUESTED BY", ctx["contact"], 1, 2), ("QUOTE REF.", quote or "-", 3, 3),
             ("DELIVERY TERMS", doc.incoterms, 4, 5), ("PAYMENT TERMS", doc.payment_terms, 6, 7))
    for cap, v, a, b in strip:
        ws.merge_cells(start_row=11, start_column=a, end_row=11, end_column=b)
        ws.merge_cells(start_row=12, start_column=a, end_row=12, end_column=b)
        ws.cell(11, a, cap).fill = pale
        ws.cell(12, a, v).alignment = Alignment(wrap_text=True)
        ws.cell(12, a).border = grid
    ws.row_dimensions[12].height = 28
    r = 14
    for j, cap in enumerate(("LINE", "ITEM CODE", "DESCRIPTION", "QTY", "UOM", f"UNIT PRICE ({cur})",
                             f"LINE TOTAL ({cur})"), 1):
        c = ws.cell(r, j, cap)
        c.fill = teal
        c.font = Font(color="FFFFFF", size=9)
        c.border = grid
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((i, ln.sku, ln.description, ln.quantity, ln.unit or "", float(ln.unit_price),
                               float(ln.amount)), 1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            if j in (6, 7):
                c.number_format = "#,##0.00"
            if i % 2 == 0:
                c.fill = pale
    ws.print_title_rows = f"{r}:{r}"
    r += len(doc.lines) + 1
    for k, (cap, v) in enumerate((("SUB TOTAL", doc.subtotal), ("TAX (0 %)", doc.tax or Decimal(0)),
                                  ("FREIGHT & INSURANCE", None), (f"TOTAL {cur}", doc.total))):
        ws.merge_cells(start_row=r + k, start_column=5, end_row=r + k, end_column=6)
        ws.cell(r + k, 5, cap).font = Font(size=10 if k < 3 else 12)
        c = ws.cell(r + k, 7, float(v) if v is not None else "included")
        c.border = grid
        if v is not None:
            c.number_format = "#,##0.00"
    r += 5
    ws.cell(r, 1, "Comments:")
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=7)
    ws.cell(r, 2, "Please quote our P.O. number on all documents and cartons. Certificate of origin and packing "
                  f"list required for customs in Banjul. For GRA records: 1 {cur} = 71.50 GMD.").alignment = \
        Alignment(wrap_text=True, vertical="top")
    r += 4
    for col, cap, who in ((1, "Prepared by", ctx["contact"]), (5, "Authorised by", ctx["signatory"])):
        ws.merge_cells(start_row=r, start_column=col, end_row=r, end_column=col + 1)
        ws.cell(r, col, cap).fill = pale
        ws.merge_cells(start_row=r + 1, start_column=col, end_row=r + 1, end_column=col + 2)
        ws.cell(r + 1, col, f"{who}   ______________").border = grid
    terms = wb.create_sheet("Terms")
    terms.column_dimensions["A"].width = 100
    for k, t in enumerate(("TERMS AND CONDITIONS OF PURCHASE",
                           "1. Goods must match the description, quantity and price on this order.",
                           "2. Partial shipments only with our written consent.",
                           "3. Invoices in duplicate, showing this P.O. number.",
                           "4. Goods found defective on arrival will be returned at the supplier's cost."), 1):
        terms.cell(k, 1, t)
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L294: Purchase order from a cloud spend-management tool (Procurify-style, HTML -> Chromium), English or Spanish:
# the buyer's name in a slim top bar, "Purchase Order" / "Orden de compra" with the number and a green status
# pill, three cards (vendor, ship to, bill to), a field grid (order date, expected delivery, department,
# requester, currency, payment terms, shipping terms, vendor quote), lines "# | Item | SKU | GL account | Qty | UOM
# | Unit cost | Total" with the department under each item, totals "Subtotal / Tax / Shipping / Total", the
# approval history with times, and "Generated from purchase request PR-…".

T294 = {
    "en": ("Purchase Order", "APPROVED", ("Vendor", "Ship to", "Bill to"),
           ("Order date", "Expected delivery", "Department", "Requester", "Currency", "Payment terms",
            "Shipping terms", "Vendor quote"),
           ("#", "Item", "SKU", "GL account", "Qty", "UOM", "Unit cost", "Total"),
           ("Subtotal", "Tax", "Shipping", "Total"), "Approval history", ("Requested", "Approved", "Approved"),
           "Generated from purchase request", "included"),
    "es": ("Orden de compra", "APROBADA", ("Proveedor", "Enviar a", "Facturar a"),
           ("Fecha de pedido", "Entrega prevista", "Departamento", "Solicitante", "Moneda", "Condiciones de pago",
            "Condiciones de envío", "Oferta del proveedor"),
           ("#", "Artículo", "SKU", "Cuenta contable", "Cant.", "UM", "Costo unitario", "Total"),
           ("Subtotal", "Impuesto", "Envío", "Total"), "Historial de aprobación", ("Solicitada", "Aprobada",
                                                                                     "Aprobada"),
           "Generada a partir de la solicitud", "incluido"),
}


def l294_spend(doc: Doc, st: Style, ctx: dict) -> Rendered:
    title, pill, cards, fcaps, heads, tcaps, hist, done, gen, incl = T294[ctx["caps"]]
    cur = doc.currency or ""
    quote = ref(doc, "quote_ref")
    fvals = (nw(dd(doc.date, st.date)), nw(dd(doc.date + dt.timedelta(days=35), st.date)), e(ctx["dept"]),
             e(ctx["contact"]), e(cur), e(doc.payment_terms or ""), nw(doc.incoterms or ""), nw(quote) if quote else "—")
    grid = "".join(("<tr>" if i % 4 == 0 else "") + f"<td><div class=k>{e(k)}</div>{v}</td>"
                   + ("</tr>" if i % 4 == 3 else "") for i, (k, v) in enumerate(zip(fcaps, fvals, strict=True)))
    rows = "".join(f"<tr><td>{i}</td><td>{words(ln.description)}<div class=dp>{e(ctx['dept'])}</div></td>"
                   f"<td>{nw(ln.sku)}</td><td>{nw(ctx['gl'])}</td><td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}"
                   f"</td><td class=r>{m(ln.unit_price, st)}</td><td class=r>{m(ln.amount, st)}</td></tr>"
                   for i, ln in enumerate(doc.lines, start=1))
    tot = ((tcaps[0], m(doc.subtotal, st)), (tcaps[1], m(doc.tax or Decimal(0), st)), (tcaps[2], e(incl)),
           (f"{tcaps[3]} ({cur})", nw(f"{amt(doc.total, st.num)}")))
    stamp = doc.date - dt.timedelta(days=2)
    approvals = [(ctx["contact"], done[0], stamp, "09:12"), (ctx["approver"], done[1], stamp + dt.timedelta(days=1), "14:47"),
                 (ctx["signatory"], done[2], doc.date, "08:05")]
    hist_rows = "".join(f"<li><b>{e(who)}</b> · {e(what)} · {nw(dd(when, st.date))} {t}</li>"
                        for who, what, when, t in approvals)
    body = (
        f"<div class=bar>{e(doc.buyer.name)}</div><div class=hd><span class=ti>{e(title)} {nw(doc.number)}</span>"
        f"<span class=pl>{e(pill)}</span></div><table class=cards><tr>"
        f"<td><div class=k>{e(cards[0])}</div>{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}</td>"
        f"<td><div class=k>{e(cards[1])}</div>{e(ctx['ship_to'])}</td>"
        f"<td><div class=k>{e(cards[2])}</div>{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}<br>"
        f"<span class=dp>{e(ctx['reg'])}</span></td></tr></table><table class=fg>{grid}</table>"
        "<table class=li><thead><tr>" + "".join(f"<th{' class=r' if j in (4, 6, 7) else ''}>{e(h)}</th>"
                                                 for j, h in enumerate(heads))
        + f"</tr></thead><tbody>{rows}</tbody></table><table class=tot>"
        + "".join(f"<tr><th>{e(k)}</th><td class=r>{v}</td></tr>" for k, v in tot)
        + f"</table><div class=hi><div class=k>{e(hist)}</div><ul>{hist_rows}</ul></div>"
        f"<div class=gen>{e(gen)} PR-{e(doc.number.split('-')[-1])} · {e(ctx['reg'])}</div>")
    css = (".bar { background: #1f2937; color: #fff; padding: 5px 8px; font-size: 9pt; } .hd { margin: 12px 0 8px; } "
           ".ti { font-size: 15pt; } .pl { margin-left: 10px; background: #d1fae5; color: #065f46; font-size: 7.5pt; "
           "padding: 2px 8px; border-radius: 9px; } .cards { width: 100%; font-size: 8pt; } .cards td { width: 33%; "
           "vertical-align: top; border: 1px solid #e5e7eb; padding: 6px; } .k { font-size: 6.8pt; color: #6b7280; "
           "text-transform: uppercase; } .fg { width: 100%; margin-top: 8px; font-size: 8pt; } .fg td { width: 25%; "
           "padding: 4px 6px; border-bottom: 1px solid #f3f4f6; vertical-align: top; } .li { width: 100%; "
           "margin-top: 10px; font-size: 7.8pt; } .li th { background: #f9fafb; text-align: left; padding: 4px; "
           "border-bottom: 1px solid #e5e7eb; } .li td { padding: 4px; border-bottom: 1px solid #f3f4f6; "
           "vertical-align: top; } .dp { font-size: 6.8pt; color: #6b7280; } .tot { margin: 8px 0 0 auto; font-size: "
           "8.8pt; } .tot th { text-align: left; padding: 2px 16px 2px 0; } .hi { margin-top: 14px; font-size: 8pt; } "
           ".hi ul { margin: 4px 0; padding-left: 16px; } .gen { margin-top: 12px; font-size: 7pt; color: #9ca3af; }")
    return page(f"{title} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L295: Belarusian dairy's order in German on a DIN-4991-style order form typed in Word (docx, sent as is or as
# PDF), with the Russian title: "Заказ поставщику / BESTELLUNG", the supplier's address in the window field left
# and the order data box right (Bestell-Nr., Bestelldatum, Lieferanten-Nr., Ihr Angebot, Sachbearbeiter,
# Telefon, Abladestelle, Versandart, Liefertermin), "Wir bestellen zu unseren Einkaufsbedingungen:", positions
# "Pos. | Menge | ME | Sachnummer | Benennung | Preis je ME | PE | Gesamtpreis" with German numbers, the total only
# (no tax line: "Einfuhrumsatzsteuer trägt der Besteller"), the conditions and two signatures.

def l295_din(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    for sec in d.sections:
        sec.left_margin = Inches(0.95)
        sec.right_margin = Inches(0.6)
    cur = doc.currency or ""
    quote = ref(doc, "quote_ref")
    para(d, f"{doc.buyer.name} · {doc.buyer.address}", size=7.5, color="444444")
    para(d, ctx["reg"], size=7, color="777777")
    para(d, "Заказ поставщику / BESTELLUNG", size=15)
    hdr = table(d, [[f"{doc.seller.name}\n{doc.seller.address.replace(', ', chr(10))}",
                     f"Bestell-Nr.: {doc.number}\nBestelldatum: {dd(doc.date, st.date)}\nLieferanten-Nr.: "
                     f"{ctx['supplier_no']}\nIhr Angebot: {quote or '–'}\nSachbearbeiter: {ctx['contact']}\n"
                     f"Telefon: {ctx['phone']}\nAbladestelle: Tor 3, Wareneingang Technik\nVersandart: Kurier / "
                     f"Luftfracht\nLiefertermin: KW {(doc.date + dt.timedelta(days=35)).isocalendar()[1]}"]],
                [3.4, 3.3], head=False, size=8.5)
    shade(hdr.cell(0, 1), "F2F2F2")
    para(d)
    para(d, "Wir bestellen zu unseren umseitigen Einkaufsbedingungen:", size=9)
    rows = [["Pos.", "Menge", "ME", "Sachnummer", "Benennung", f"Preis je ME {cur}", "PE", f"Gesamtpreis {cur}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), str(ln.quantity), ln.unit or "", ln.sku, ln.description, amt(ln.unit_price, st.num), "1",
                     amt(ln.amount, st.num)])
    rows.append([f"Bestellwert gesamt {cur}", "", "", "", "", "", "", amt(doc.total, st.num)])
    t = table(d, rows, [0.4, 0.5, 0.4, 0.9, 2.25, 0.8, 0.3, 0.95], size=8)
    merge_row(t, len(rows) - 1, 0, 6)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d, "Einfuhrumsatzsteuer und Zoll trägt der Besteller; die Rechnung ist ohne Umsatzsteuer auszustellen.",
         size=7.5, italic=True)
    para(d)
    table(d, [["Lieferbedingung", f"{doc.incoterms} (Incoterms 2020), {ctx['ship_to']}"],
              ["Zahlungsbedingung", doc.payment_terms],
              ["Versandpapiere", "Handelsrechnung 3-fach, Packliste, Ursprungszeugnis (Form A), EORI auf der "
                                 "Rechnung"],
              ["Auftragsbestätigung", "bitte innerhalb von 5 Arbeitstagen unter Angabe unserer Bestell-Nr."]],
          [1.6, 5.1], head=False, size=8.5)
    para(d)
    s = table(d, [[f"Materialwirtschaft\n\n{ctx['contact']}", f"{ctx['buyer_title']}\n\n{ctx['signatory']}"]],
              [3.35, 3.35], head=False, size=9)
    keep_row(s.rows[0])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L296: Comorian distillery's BON DE COMMANDE typed in Word from its template (docx, sent as is or as PDF), with
# the Arabic title under the French: the company band with RCCM and NIF, two framed cells "Émetteur" and
# "Fournisseur", a ruled row "Date | N° de commande | Réf. devis | Délai souhaité | Expédition", lines "N° |
# Référence | Désignation | Unité | Qté | P.U. HT | Montant HT" in French numbers, "Total HT", a sentence for duties
# ("Droits et taxes à l'importation à la charge de l'acheteur") and "NET À PAYER", "Arrêtée la présente commande
# à la somme de …", "Fait à Mutsamudu, le …", "Le Gérant" and "Visa comptabilité" boxes.

def l296_bon(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "DejaVu Sans", 8.5)
    cur = doc.currency or ""
    quote = ref(doc, "quote_ref")
    band = table(d, [[f"{doc.buyer.name}\n{doc.buyer.address}\n{ctx['reg']} · Tél. {ctx['phone']}"]], [6.9],
                 head=False, size=8.5)
    shade(band.cell(0, 0), "FFF4D6")
    para(d, "BON DE COMMANDE", size=16, align="center")
    para(d, "طلب شراء", size=11, align="center")
    table(d, [["Émetteur", "Fournisseur"],
              [f"{doc.buyer.name}\n{ctx['contact']}\n{ctx['phone']}",
               f"{doc.seller.name}\n{doc.seller.address}\nÀ l'attention de Mme Anna Keller"]], [3.45, 3.45], size=8.5)
    para(d)
    table(d, [["Date", "N° de commande", "Réf. devis", "Délai souhaité", "Expédition"],
              [dd(doc.date, st.date), doc.number, quote or "—", "6 semaines", "Maritime, via Moroni"]],
          [1.3, 1.5, 1.3, 1.2, 1.6], size=8.5)
    para(d)
    rows = [["N°", "Référence", "Désignation", "Unité", "Qté", f"P.U. HT ({cur})", f"Montant HT ({cur})"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, ln.unit or "", str(ln.quantity), amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["Total HT", "", "", "", "", "", amt(doc.subtotal, st.num)])
    rows.append(["Droits et taxes à l'importation à la charge de l'acheteur", "", "", "", "", "", "—"])
    rows.append([f"NET À PAYER ({cur})", "", "", "", "", "", amt(doc.total, st.num)])
    t = table(d, rows, [0.35, 1.05, 2.5, 0.5, 0.45, 0.95, 1.1], size=8)
    for k in (len(rows) - 3, len(rows) - 2, len(rows) - 1):
        merge_row(t, k, 0, 5)
    shade(t.cell(len(rows) - 1, 0), "FFF4D6")
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    para(d, f"Arrêtée la présente commande à la somme de {amt(doc.total, st.num)} {cur}.", size=9)
    para(d, f"Incoterm : {doc.incoterms} – Règlement : {doc.payment_terms}.", size=9)
    para(d, f"Livraison : {ctx['ship_to']}. Merci de rappeler le numéro de commande sur la facture et les colis.",
         size=8.5)
    para(d, f"Fait à {ctx['city']}, le {dd(doc.date, st.date)}", size=9, align="right")
    s = table(d, [[f"{ctx['buyer_title']}\n{ctx['signatory']}\n\n(cachet et signature)", "Visa comptabilité\n\n\n"]],
              [3.45, 3.45], head=False, size=8.5)
    keep_row(s.rows[0])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L297: Chinese-run power station's purchase order printed from a Chanjet-T+-style small-business ERP (HTML ->
# Chromium): the Chinese company name over the Portuguese, "采购订单" in a double-ruled title, a three-column grid of
# twelve header fields (单据日期, 单据编号, 供应商, 采购员, 部门, 币种, 汇率, 交货方式, 付款条件, 预计到货, 报价单号,
# 项目), the lines "行号 | 存货编码 | 存货名称 | 规格型号 | 计量单位 | 数量 | 单价 | 金额" with plain numbers and
# the size in its own column, "合计", the amount in Chinese capital numerals (大写) beside the figures, 备注, and
# the 制单人 / 审核人 / 审核日期 footer.

def l297_tplus(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cur = doc.currency or ""
    quote = ref(doc, "quote_ref")
    fields = [("单据日期", nw(dd(doc.date, st.date))), ("单据编号", nw(doc.number)), ("供应商", e(doc.seller.name)),
              ("采购员", e(ctx["contact"])), ("部门", "物资采购部"), ("币种", e(cur)), ("汇率", "1.00"),
              ("交货方式", nw(doc.incoterms or "")), ("付款条件", e(doc.payment_terms or "")),
              ("预计到货", nw(dd(doc.date + dt.timedelta(days=50), st.date))), ("报价单号", nw(quote) if quote else "—"),
              ("项目", "3号机组大修 Overhaul unit 3")]
    grid = "".join(("<tr>" if i % 3 == 0 else "") + f"<td><span class=k>{k}：</span>{v}</td>"
                   + ("</tr>" if i % 3 == 2 else "") for i, (k, v) in enumerate(fields))
    rows = "".join(f"<tr><td class=c>{i}</td><td>{nw(ln.sku)}</td><td>{words(ln.description)}</td>"
                   f"<td>{e(ln.sku.split('-')[-1])}</td><td class=c>{e(ln.unit or '')}</td><td class=r>{ln.quantity}"
                   f"</td><td class=r>{m(ln.unit_price, st)}</td><td class=r>{m(ln.amount, st)}</td></tr>"
                   for i, ln in enumerate(doc.lines, start=1))
    qty = sum(ln.quantity for ln in doc.lines)
    body = (
        f"<div class=cn>{e(ctx['name_zh'])}</div><div class=pt>{e(doc.buyer.name)} · {e(doc.buyer.address)}</div>"
        f"<div class=ti>采购订单</div><table class=hg>{grid}</table>"
        "<table class=li><thead><tr><th>行号</th><th>存货编码</th><th>存货名称</th><th>规格型号</th><th>计量单位</th>"
        f"<th class=r>数量</th><th class=r>单价</th><th class=r>金额</th></tr></thead><tbody>{rows}"
        f"<tr class=sum><td colspan=5>合计</td><td class=r>{qty}</td><td></td><td class=r>{m(doc.total, st)}</td></tr>"
        "</tbody></table>"
        f"<table class=up><tr><td>合计金额（大写）：美元{e(cn_upper(doc.total))}</td><td class=r>（小写）{e(cur)} "
        f"{m(doc.total, st)}</td></tr></table>"
        f"<p class=bz>备注：收货地点 {e(ctx['ship_to'])}；箱唛须注明订单号；随货提供原产地证及装箱单。</p>"
        f"<table class=ft><tr><td>制单人：{e(ctx['contact'])}</td><td>审核人：{e(ctx['signatory'])}</td>"
        f"<td>审核日期：{nw(dd(doc.date, st.date))}</td><td>打印次数：1</td></tr></table>")
    css = ("body { font-family: 'Noto Sans CJK SC', 'DejaVu Sans', sans-serif; } .cn { text-align: center; font-size: "
           "14pt; } .pt { text-align: center; font-size: 7.5pt; color: #555; } .ti { text-align: center; font-size: "
           "17pt; letter-spacing: 8px; margin: 6px auto 10px; width: 40%; border-bottom: 3px double #000; } .hg { "
           "width: 100%; font-size: 8.3pt; } .hg td { padding: 3px 4px; width: 33%; vertical-align: top; } .k { "
           "color: #444; } .li { width: 100%; margin-top: 8px; font-size: 8pt; } .li th { border: 1px solid #000; "
           "background: #fdf2cc; padding: 3px; } .li td { border: 1px solid #000; padding: 3px; vertical-align: top; } "
           ".sum td { background: #fdf2cc; } .up { width: 100%; margin-top: 6px; font-size: 8.5pt; border: 1px solid "
           "#000; } .up td { padding: 4px; } .bz { font-size: 8pt; margin-top: 8px; } .ft { width: 100%; margin-top: "
           "18px; font-size: 8.3pt; }")
    return page(f"采购订单 {doc.number}", css, body)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L288": (l288_shop, "B2B web-shop order printer: quote / pro forma / invoice / packing slip, ours (HTML)"),
    "L289": (l289_letter, "English letter agreement with bilingual Annex A, ours (docx)"),
    "L290": (l290_waybill, "express courier's shipment waybill, shipper's copy (HTML)"),
    "L291": (l291_receipt, "customer's banking-app transfer receipt (HTML)"),
    "L292": (l292_claim, "customer's warranty claim form in Excel (xlsx)"),
    "L293": (l293_sheet, "Excel purchase order workbook with a Terms sheet (xlsx)"),
    "L294": (l294_spend, "spend-management purchase order in English or Spanish (HTML)"),
    "L295": (l295_din, "DIN-4991-style Bestellung with Russian title (docx)"),
    "L296": (l296_bon, "French bon de commande with Arabic title (docx)"),
    "L297": (l297_tplus, "Chanjet-T+-style 采购订单 with the amount in 大写 (HTML)"),
}

# Layouts that print a tax line of zero: their documents are labelled tax "0.00".
ZERO_TAX = ("L288", "L293", "L294")


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line."""
    return key in LAYOUTS
