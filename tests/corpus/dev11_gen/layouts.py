"""Tenth-holdout document layouts L88-L97, each modelled on a real-world family not used in L1-L87."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

# Infrastructure only (docx/xlsx setup and pinning, date/number printing, HTML page, Word tables); the
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
    shade,
    widths,
)
from tests.corpus.dev4_gen.layouts import Style, amt, e, html_page, nl
from tests.corpus.dev6_gen.layouts import table
from tests.corpus.docs import Doc

CENT = Decimal("0.01")
US_VAT = "GB 284 1177 42"
US_BANK = ("Wessex Merchant Bank plc, 40 Above Bar Street, Southampton · Sort code 30-96-41 · Account 70221354 · "
           "IBAN GB29 WESX 3096 4170 2213 54 · BIC WESXGB22")


def ref(doc: Doc, key: str) -> str:
    return next((v for k, v in doc.extra if k == key), "")


def addr_html(party: object) -> str:
    return f"<b>{e(party.name)}</b><br>" + nl(party.address.replace(", ", "\n"))


def qty2(n: int, num: str) -> str:
    """A quantity with two decimals, as accounting packages print it."""
    return amt(Decimal(n), num)


# ------------------------------------------------------------------------------------------------
# L88: Xero-style sales documents (HTML -> Chromium), ours, always in English: big "QUOTE" / "PRO FORMA
# INVOICE" / "INVOICE" title on the left, the customer's name and address under it, a middle column of
# small captions ("Invoice Date", "Invoice Number", "Reference", "VAT Number") and our address on the right;
# lines "Item | Description | Quantity | Unit Price | Amount USD" without a unit column, "Subtotal" and
# "TOTAL USD", due date and terms below, and on invoices the perforated "PAYMENT ADVICE" slip at the foot.

XERO_TITLE = {"quotation": "QUOTE", "proforma_invoice": "PRO FORMA INVOICE", "commercial_invoice": "INVOICE"}


def l88_xero(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kind = doc.doc_type
    cur = doc.currency
    if kind == "quotation":
        meta = [("Date", day(doc.date, st.date)), ("Expiry", day(doc.date + dt.timedelta(days=30), st.date)),
                ("Quote Number", doc.number), ("Reference", ctx.get("enquiry_ref", "Your enquiry"))]
    else:
        meta = [("Invoice Date", day(doc.date, st.date)),
                ("Invoice Number", doc.number), ("Reference", doc.order_number or ctx.get("po_hint", ""))]
    meta.append(("VAT Number", US_VAT))
    rows = "".join(
        f"<tr><td class=code>{e(ln.sku)}</td><td>{e(ln.description)}</td><td class=r>{qty2(ln.quantity, 'en')}</td>"
        f"<td class=r>{amt(ln.unit_price, 'en')}</td><td class=r>{amt(ln.amount, 'en')}</td></tr>"
        for ln in doc.lines)
    dep = ""
    if kind == "proforma_invoice" and ctx.get("deposit"):
        share = (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)
        dep = (f"<tr><td>Deposit payable now ({int(ctx['deposit'] * 100)}%)</td><td class=r>{amt(share, 'en')}"
               "</td></tr>")
    due = day(doc.date + dt.timedelta(days=ctx.get("due_days", 30)), st.date)
    terms = (f"<p><b>Terms</b><br>Payment: {e(doc.payment_terms)}<br>Delivery: {e(doc.incoterms)} "
             "(Incoterms® 2020)<br>" + ("Prices valid for 30 days. Goods subject to prior sale." if kind ==
                                        "quotation" else f"Due Date: {due}") + "</p>")
    slip = ""
    if kind == "commercial_invoice":
        slip = ("<div class=slip><div class=cut>✂ - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - "
                "- - - - - - - - - - - - - - -</div><h3>PAYMENT ADVICE</h3><table class=pa><tr><td>To: "
                f"{e(doc.seller.name)}<br>{nl(doc.seller.address.replace(', ', chr(10)))}</td><td><table>"
                f"<tr><th>Customer</th><td>{e(doc.buyer.name)}</td></tr><tr><th>Invoice Number</th><td>"
                f"{e(doc.number)}</td></tr><tr><th>Amount Due</th><td><b>{amt(doc.total, 'en')}</b></td></tr>"
                f"<tr><th>Due Date</th><td>{due}</td></tr><tr><th>Amount Enclosed</th><td>________________<br>"
                "<small>Enter the amount you are paying above</small></td></tr></table></td></tr></table></div>")
    body = (
        "<div class=top><div class=left><h1>" + XERO_TITLE[kind] + f"</h1><div class=cust>{addr_html(doc.buyer)}"
        "</div></div><div class=meta>" + "".join(f"<div><b>{k}</b><br>{e(v)}</div>" for k, v in meta)
        + f"</div><div class=us><div class=logo>NORTHWIND</div>{addr_html(doc.seller)}<br>+44 23 8063 1170</div></div>"
        f"<table class=items><thead><tr><th>Item</th><th>Description</th><th class=r>Quantity</th>"
        f"<th class=r>Unit Price</th><th class=r>Amount {cur}</th></tr></thead><tbody>{rows}</tbody></table>"
        f"<table class=tot><tr><td>Subtotal</td><td class=r>{amt(doc.subtotal, 'en')}</td></tr>"
        f"<tr class=b><td>TOTAL {cur}</td><td class=r>{amt(doc.total, 'en')}</td></tr>{dep}</table>"
        + terms + f"<p class=bank><b>Bank details</b><br>{e(US_BANK)}<br>Please quote the "
        + ("quote" if kind == "quotation" else "invoice") + " number with your payment.</p>"
        "<p class=reg>Company Registration No: 04417321. Registered Office: 12 Dockside Road, Southampton, "
        "SO14 3AB, United Kingdom.</p>" + slip)
    css = (".top { display: flex; justify-content: space-between; } .left { width: 44%; } h1 { font-size: 22pt; "
           "font-weight: normal; margin: 0 0 12px; letter-spacing: 1px; } .meta { width: 22%; font-size: 8pt; } "
           ".meta div { margin-bottom: 6px; } .us { width: 30%; font-size: 8pt; } .logo { font-size: 14pt; "
           "font-weight: bold; color: #0b5394; letter-spacing: 2px; margin-bottom: 4px; } .items { width: 100%; "
           "margin-top: 22px; } .items th { text-align: left; border-bottom: 1px solid #000; padding: 4px 3px; "
           "font-weight: normal; } .items td { padding: 4px 3px; border-bottom: 1px solid #ddd; vertical-align: "
           "top; } .code { white-space: nowrap; } .r { text-align: right !important; white-space: nowrap; } .tot "
           "{ width: 40%; margin: 6px 0 0 60%; } .tot td { padding: 3px; } .b td { font-weight: bold; border-top: "
           "2px solid #000; } .bank { margin-top: 18px; font-size: 8pt; } .reg { font-size: 7pt; color: #666; } "
           ".slip { page-break-inside: avoid; margin-top: 26px; } .cut { color: #999; font-size: 8pt; } .slip h3 { "
           "font-size: 14pt; font-weight: normal; } .pa { width: 100%; } .pa td { vertical-align: top; width: 50%; "
           "} .pa th { text-align: left; font-weight: normal; color: #555; padding: 2px 12px 2px 0; }")
    return html_page(f"{XERO_TITLE[kind].title()} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L89: Bilingual export sales contract (docx -> LibreOffice), ours: the text runs in two parallel columns,
# English on the left and the customer's language on the right (English only for English-speaking
# customers); contract number and date, the buyer's order, the parties, the goods schedule with bilingual
# captions, numbered articles (price and delivery, payment, packing and marking, inspection and claims,
# force majeure, arbitration, language) and signature blocks for both sides.

L89 = {
    "es": {"title": "CONTRATO DE COMPRAVENTA INTERNACIONAL", "no": "Contrato N°", "date": "Fecha",
           "order": "Orden de compra del Comprador", "seller": "El Vendedor", "buyer": "El Comprador",
           "intro": "El Vendedor vende y el Comprador compra las mercancías detalladas a continuación, en las "
                    "condiciones siguientes:",
           "code": "Código", "desc": "Descripción", "unit": "Unidad", "qty": "Cantidad", "price": "Precio unit.",
           "amount": "Importe", "total": "Valor total del contrato",
           "arts": ["Precio y entrega: {inc} (Incoterms® 2020). Los precios son firmes.",
                    "Pago: {pay}.",
                    "Embalaje y marcas: embalaje de exportación apto para transporte marítimo; cada bulto llevará "
                    "el número de orden del Comprador.",
                    "Inspección y reclamos: los reclamos de cantidad dentro de 15 días y los de calidad dentro de "
                    "60 días desde la llegada de la mercancía.",
                    "Fuerza mayor: ninguna de las partes será responsable por demoras causadas por fuerza mayor.",
                    "Arbitraje: toda controversia se resolverá por arbitraje en Londres según el reglamento de la "
                    "LCIA.",
                    "Idioma: el contrato se extiende en inglés y español; en caso de divergencia prevalece el texto "
                    "inglés."],
           "for_s": "Por el Vendedor", "for_b": "Por el Comprador", "d": "Fecha"},
    "fr": {"title": "CONTRAT DE VENTE À L'EXPORTATION", "no": "Contrat n°", "date": "Date",
           "order": "Bon de commande de l'Acheteur", "seller": "Le Vendeur", "buyer": "L'Acheteur",
           "intro": "Le Vendeur vend et l'Acheteur achète les marchandises désignées ci-dessous aux conditions "
                    "suivantes :",
           "code": "Code", "desc": "Désignation", "unit": "Unité", "qty": "Quantité", "price": "Prix unitaire",
           "amount": "Montant", "total": "Valeur totale du contrat",
           "arts": ["Prix et livraison : {inc} (Incoterms® 2020). Prix fermes et non révisables.",
                    "Paiement : {pay}.",
                    "Emballage et marquage : emballage maritime export ; chaque colis porte le numéro de commande "
                    "de l'Acheteur.",
                    "Contrôle et réclamations : réclamations quantitatives sous 15 jours, qualitatives sous 60 "
                    "jours après l'arrivée.",
                    "Force majeure : aucune partie n'est responsable d'un retard dû à un cas de force majeure.",
                    "Arbitrage : tout litige est tranché par arbitrage à Londres selon le règlement de la LCIA.",
                    "Langue : le contrat est établi en anglais et en français ; en cas de divergence, le texte "
                    "anglais prévaut."],
           "for_s": "Pour le Vendeur", "for_b": "Pour l'Acheteur", "d": "Date"},
    "de": {"title": "KAUFVERTRAG (EXPORT)", "no": "Vertrag Nr.", "date": "Datum",
           "order": "Bestellung des Käufers", "seller": "Verkäufer", "buyer": "Käufer",
           "intro": "Der Verkäufer verkauft und der Käufer kauft die nachstehend aufgeführten Waren zu folgenden "
                    "Bedingungen:",
           "code": "Artikel", "desc": "Bezeichnung", "unit": "Einheit", "qty": "Menge", "price": "Einzelpreis",
           "amount": "Betrag", "total": "Vertragswert gesamt",
           "arts": ["Preis und Lieferung: {inc} (Incoterms® 2020). Festpreise.",
                    "Zahlung: {pay}.",
                    "Verpackung und Markierung: seemäßige bzw. LKW-gerechte Exportverpackung; jedes Packstück "
                    "trägt die Bestellnummer des Käufers.",
                    "Prüfung und Reklamationen: Mengenreklamationen binnen 15 Tagen, Qualitätsreklamationen binnen "
                    "60 Tagen nach Eingang der Ware.",
                    "Höhere Gewalt: keine Partei haftet für Verzögerungen infolge höherer Gewalt.",
                    "Schiedsgericht: Streitigkeiten entscheidet ein Schiedsgericht in London nach den LCIA-Regeln.",
                    "Sprache: der Vertrag ist in Englisch und Deutsch abgefasst; bei Abweichungen gilt der englische "
                    "Text."],
           "for_s": "Für den Verkäufer", "for_b": "Für den Käufer", "d": "Datum"},
}
L89_EN = {"title": "EXPORT SALES CONTRACT", "no": "Contract No.", "date": "Date", "order": "Buyer's order",
          "seller": "The Seller", "buyer": "The Buyer",
          "intro": "The Seller sells and the Buyer buys the goods specified below on the following terms:",
          "code": "Code", "desc": "Description", "unit": "Unit", "qty": "Quantity", "price": "Unit price",
          "amount": "Amount", "total": "Total contract value",
          "arts": ["Price and delivery: {inc} (Incoterms® 2020). Prices are fixed.",
                   "Payment: {pay}.",
                   "Packing and marking: seaworthy export packing; every package marked with the Buyer's order "
                   "number.",
                   "Inspection and claims: claims on quantity within 15 days and on quality within 60 days of "
                   "arrival of the goods.",
                   "Force majeure: neither party is liable for delay caused by force majeure.",
                   "Arbitration: any dispute shall be settled by arbitration in London under the LCIA Rules.",
                   "Language: this contract is made in English and {lang}; in case of discrepancy the English "
                   "text prevails."],
          "for_s": "For the Seller", "for_b": "For the Buyer", "d": "Date"}
LANG_NAME = {"es": "Spanish", "fr": "French", "de": "German"}


def l89_contract(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Anna Keller", "Liberation Serif", 9.5)
    en = L89_EN
    loc = L89.get(st.lang)
    two = loc is not None

    def both(key: str) -> str:
        return f"{en[key]} / {loc[key]}" if two else en[key]

    para(d, en["title"], bold=True, size=14, align="center")
    if two:
        para(d, loc["title"], bold=True, size=12, align="center")
    head = [[both("no"), doc.number], [both("date"), day(doc.date, st.date)]]
    if doc.order_number:
        head.append([both("order"), doc.order_number])
    table(d, head, [2.6, 3.0], head=False, size=9)
    para(d)
    parties = d.add_table(rows=1, cols=2)
    put(parties.cell(0, 0), f"{both('seller')}:\n{doc.seller.name}\n{doc.seller.address}\nVAT {US_VAT}")
    put(parties.cell(0, 1), f"{both('buyer')}:\n{doc.buyer.name}\n{doc.buyer.address}")
    widths(parties, [3.4, 3.4])
    para(d)
    if two:
        t = d.add_table(rows=1, cols=2)
        put(t.cell(0, 0), en["intro"])
        put(t.cell(0, 1), loc["intro"])
        widths(t, [3.4, 3.4])
    else:
        para(d, en["intro"])
    cap = [["No.", both("code"), both("desc"), both("unit"), both("qty"), f"{both('price')} ({doc.currency})",
            f"{both('amount')} ({doc.currency})"]]
    for i, ln in enumerate(doc.lines, start=1):
        cap.append([str(i), ln.sku, ln.description, ln.unit or "", str(ln.quantity), amt(ln.unit_price, st.num),
                    amt(ln.amount, st.num)])
    cap.append(["", "", both("total"), "", "", doc.currency, amt(doc.total, st.num)])
    g = table(d, cap, [0.35, 0.8, 2.25, 0.7, 0.75, 0.95, 1.0], size=7.5)
    repeat_header(g.rows[0])
    for row in g.rows:
        keep_row(row)
    para(d)
    fmt = {"inc": doc.incoterms, "pay": doc.payment_terms, "lang": LANG_NAME.get(st.lang, "English")}
    if two:
        arts = d.add_table(rows=len(en["arts"]), cols=2)
        for i, (a, b) in enumerate(zip(en["arts"], loc["arts"], strict=True)):
            put(arts.cell(i, 0), f"{i + 1}. {a.format(**fmt)}", size=8.5)
            put(arts.cell(i, 1), f"{i + 1}. {b.format(**fmt)}", size=8.5)
        widths(arts, [3.4, 3.4])
    else:
        for i, a in enumerate(en["arts"][:-1], start=1):
            para(d, f"{i}. {a.format(**fmt)}", size=8.5)
    para(d)
    sig = d.add_table(rows=1, cols=2)
    when = day(ctx["signed_on"], st.date)
    if doc.signed:
        put(sig.cell(0, 0), f"{both('for_s')}\n{doc.seller.name}\n\n/s/ Anna Keller\nExport Sales Manager\n"
            f"{both('d')}: {when}")
        put(sig.cell(0, 1), f"{both('for_b')}\n{doc.buyer.name}\n\n/s/ {ctx['signatory']}\n{ctx['buyer_title']}\n"
            f"{both('d')}: {when}")
    else:
        put(sig.cell(0, 0), f"{both('for_s')}\n{doc.seller.name}\n\n\n_________________________\n"
            f"{both('d')}: ____________")
        put(sig.cell(0, 1), f"{both('for_b')}\n{doc.buyer.name}\n\n\n_________________________\n"
            f"{both('d')}: ____________")
    widths(sig, [3.4, 3.4])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L90: Epicor-style purchase order in German (HTML -> Chromium): "Bestellung" with a box of order number /
# date / page, the supplier's address window with our vendor number, ship-to address, a strip "Einkäufer |
# Versandart | Lieferbedingung | Zahlungsbedingung", lines "Pos. | Teilenummer | Beschreibung | Menge | ME |
# Preis | Betrag" where the buyer's own part number comes first and the supplier's part number ("Lief.-Teilenr.")
# is printed under the description, each line followed by its release ("Abruf 1 – Liefertermin ... –
# Menge ..."), a "Bestellwert gesamt" total and the purchasing conditions.

def l90_epicor(doc: Doc, st: Style, ctx: dict) -> Rendered:
    need = day(doc.date + dt.timedelta(days=28), st.date)
    rows = []
    for i, ln in enumerate(doc.lines, start=1):
        own = f"{ctx['part_prefix']}-{30000 + int(''.join(ch for ch in ln.sku if ch.isdigit()) or '0') * 7 + i}"
        rows.append(
            f"<tr class=ln><td>{i}</td><td class=nw>{e(own)}</td><td>{e(ln.description)}<br><small>Lief.-Teilenr.: "
            f"{e(ln.sku)}</small></td><td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=r>"
            f"{amt(ln.unit_price, st.num)}</td><td class=r>{amt(ln.amount, st.num)}</td></tr>"
            f"<tr class=rel><td></td><td colspan=6>Abruf 1 &nbsp;·&nbsp; Liefertermin {need} &nbsp;·&nbsp; Menge "
            f"{ln.quantity} {e(ln.unit or '')} &nbsp;·&nbsp; Lager HAUPT / WE-Tor 3</td></tr>")
    strip = [("Einkäufer", ctx["buyer"]), ("Versandart", "LKW / Spedition"), ("Lieferbedingung", doc.incoterms),
             ("Zahlungsbedingung", doc.payment_terms)]
    body = (
        f"<div class=hd><div><div class=co>{e(doc.buyer.name)}</div><small>{e(doc.buyer.address)} · OIB "
        f"{e(ctx['oib'])}</small></div><table class=box><tr><th colspan=2 class=t>Bestellung</th></tr>"
        f"<tr><td>Bestellnr.</td><td><b>{e(doc.number)}</b></td></tr><tr><td>Bestelldatum</td><td>"
        f"{day(doc.date, st.date)}</td></tr><tr><td>Währung</td><td>{doc.currency}</td></tr></table></div>"
        f"<table class=two><tr><td><div class=cap>Lieferant {e(ctx['vendor_no'])}</div>{addr_html(doc.seller)}</td>"
        f"<td><div class=cap>Lieferadresse</div>{nl(ctx['ship_to'].replace(', ', chr(10)))}</td></tr></table>"
        "<table class=strip><tr>" + "".join(f"<th>{k}</th>" for k, _ in strip) + "</tr><tr>"
        + "".join(f"<td>{e(v)}</td>" for _, v in strip) + "</tr></table>"
        "<table class=items><thead><tr><th>Pos.</th><th>Teilenummer</th><th>Beschreibung</th><th class=r>Menge</th>"
        f"<th>ME</th><th class=r>Preis</th><th class=r>Betrag</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"<table class=tot><tr><th>Bestellwert gesamt {doc.currency}</th><td>{amt(doc.total, st.num)}</td></tr></table>"
        "<p class=small>Bitte geben Sie unsere Bestellnummer auf Lieferschein, Rechnung und allen Packstücken an. "
        "Lieferungen ohne Bestellnummer können nicht angenommen werden. Es gelten unsere Allgemeinen "
        "Einkaufsbedingungen. Innergemeinschaftlicher Erwerb, Steuerschuldnerschaft des Leistungsempfängers.</p>"
        f"<p class=small>Erstellt von {e(ctx['contact'])} · freigegeben: {e(ctx['signatory'])}</p>")
    css = (".hd { display: flex; justify-content: space-between; align-items: flex-start; } .co { font-size: 13pt; "
           "font-weight: bold; } .box { border: 1px solid #000; } .box td, .box th { padding: 2px 8px; } .t { "
           "font-size: 15pt; text-align: left; border-bottom: 1px solid #000; } .two { width: 100%; margin-top: "
           "14px; } .two td { width: 50%; vertical-align: top; } .cap { font-size: 7.5pt; color: #555; "
           "border-bottom: 1px solid #999; margin-bottom: 3px; width: 85%; } .strip { width: 100%; margin-top: "
           "12px; border: 1px solid #000; } .strip th { font-size: 7.5pt; text-align: left; background: #eee; "
           "padding: 2px 4px; } .strip td { padding: 2px 4px; } .items { width: 100%; margin-top: 12px; } .items "
           "th { text-align: left; border-bottom: 1.5px solid #000; padding: 3px; } .ln td { padding: 4px 3px 1px; "
           "vertical-align: top; } .rel td { font-size: 7.5pt; color: #444; padding: 0 3px 4px; border-bottom: "
           "1px dotted #999; } .r { text-align: right !important; } .nw { white-space: nowrap; } small { color: "
           "#333; } .tot { width: 50%; margin: 8px 0 0 50%; border-top: 1.5px solid #000; } .tot th { text-align: "
           "left; } .tot td { text-align: right; font-weight: bold; } .small { font-size: 7.5pt; margin-top: 12px; }")
    return html_page(f"Bestellung {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L91: Peruvian "Orden de Compra" (xlsx, sent as is and as a LibreOffice PDF): company name and address on
# the left, the framed RUC / ORDEN DE COMPRA / number box on the right as on Peruvian tax documents,
# "Señores:" supplier block with "Atención", header pairs (Fecha de emisión, Moneda, Condición de pago,
# Cotización, Lugar de entrega), grid Cant. | Unid. | Código | Descripción | Precio Unit. | Valor Venta with
# the quantity first, "Valor de compra" / "IMPORTE TOTAL", observations and three signature boxes.

def l91_oc_pe(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], "OC")
    thin = Side(style="thin", color="000000")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEF", (8, 7, 12, 46, 13, 15), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, doc.buyer.name.upper()).font = Font(bold=True, size=12)
    ws.cell(2, 1, doc.buyer.address).font = Font(size=8)
    ws.cell(3, 1, "Telf. (054) 232810 · compras@maestranzamisti.example").font = Font(size=8)
    for r, v in ((1, f"R.U.C. N° {ctx['ruc']}"), (2, "ORDEN DE COMPRA"), (3, f"N° {doc.number}")):
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
        c = ws.cell(r, 5, v)
        c.font = Font(bold=True, size=11 if r != 2 else 12)
        c.alignment = Alignment(horizontal="center")
        for j in (5, 6):
            ws.cell(r, j).border = Border(left=thin if j == 5 else None, right=thin if j == 6 else None,
                                          top=thin if r == 1 else None, bottom=thin if r == 3 else None)
    pairs = (("Señores:", doc.seller.name), ("Dirección:", doc.seller.address), ("Atención:", "Sra. Anna Keller"),
             ("Fecha de emisión:", day(doc.date, st.date)), ("Moneda:", f"{doc.currency} – Dólares americanos"),
             ("Condición de pago:", doc.payment_terms), ("Cotización:", ref(doc, "quote_ref") or "—"),
             ("Incoterm:", doc.incoterms), ("Lugar de entrega:", ctx["ship_to"]))
    for i, (k, v) in enumerate(pairs):
        ws.merge_cells(start_row=5 + i, start_column=1, end_row=5 + i, end_column=3)
        ws.cell(5 + i, 1, k).font = bold
        ws.cell(5 + i, 4, v)
    r = 5 + len(pairs) + 1
    for j, h in enumerate(("Cant.", "Unid.", "Código", "Descripción", "Precio Unit.", "Valor Venta"), start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7B2C2C")
        c.border = grid
        c.alignment = Alignment(horizontal="center")
    ws.print_title_rows = f"{r}:{r}"
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((ln.quantity, ln.unit or "", ln.sku, ln.description, float(ln.unit_price),
                               float(ln.amount)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            if j in (5, 6):
                c.number_format = "#,##0.00"
    r += len(doc.lines) + 1
    for k, v in (("Valor de compra", doc.subtotal), (f"IMPORTE TOTAL {doc.currency}", doc.total)):
        ws.cell(r, 5, k).font = bold
        c = ws.cell(r, 6, float(v))
        c.number_format = "#,##0.00"
        c.border = grid
        c.font = bold
        r += 1
    ws.cell(r + 1, 1, "Observaciones:").font = bold
    ws.cell(r + 2, 1, "Mercadería de importación. Enviar factura comercial, packing list, B/L y certificado de "
                      "origen. Indicar el N° de OC en todos los documentos y bultos.")
    for j, k in ((1, "Solicitado por"), (4, "Jefe de Logística"), (6, "Gerencia General")):
        ws.cell(r + 5, j, "__________________")
        ws.cell(r + 6, j, k).font = bold
    ws.cell(r + 7, 4, ctx["contact"])
    ws.cell(r + 7, 6, ctx["signatory"])
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L92: Algerian import purchase order (docx -> LibreOffice): company letterhead with legal form and capital,
# RC / NIF / NIS / Article d'imposition line, "BON DE COMMANDE IMPORT N° …" and "Sétif, le …", supplier in a
# framed cell beside the bank domiciliation block, conditions (Incoterm, mode de paiement, délai, devise),
# grid N° | Code article | Désignation | U.M | Quantité | P.U. | Montant, "Montant total" and the
# "Le Responsable Approvisionnements / Le Gérant" visa boxes.

def l92_bci(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    para(d, doc.buyer.name.upper(), bold=True, size=13)
    para(d, f"Société à responsabilité limitée au capital de {ctx['capital']}\n{doc.buyer.address}", size=8)
    para(d, f"RC n° {ctx['rc']} · NIF {ctx['nif']} · NIS {ctx['nis']} · Art. {ctx['art']}", size=7.5)
    para(d)
    para(d, f"BON DE COMMANDE IMPORT N° {doc.number}", bold=True, size=13, align="center")
    para(d, f"{ctx['city']}, le {day(doc.date, st.date)}", align="right")
    top = d.add_table(rows=1, cols=2)
    top.style = "Table Grid"
    put(top.cell(0, 0), f"Fournisseur :\n{doc.seller.name}\n{doc.seller.address}")
    put(top.cell(0, 1), f"Domiciliation bancaire :\n{ctx['bank']}, {ctx['branch']}\n{ctx['account']}\n"
        f"{ctx['domiciliation']}")
    widths(top, [3.4, 3.4])
    para(d)
    for k, v in (("Incoterm", doc.incoterms), ("Mode de paiement", doc.payment_terms),
                 ("Délai de livraison", "6 semaines à compter de la confirmation"), ("Devise", doc.currency),
                 ("Votre offre", ref(doc, "quote_ref") or "—")):
        para(d, f"{k} : {v}")
    rows = [["N°", "Code article", "Désignation", "U.M", "Quantité", f"P.U. ({doc.currency})",
             f"Montant ({doc.currency})"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([f"{i:02d}", ln.sku, ln.description, ln.unit or "", str(ln.quantity), amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    t = table(d, rows, [0.35, 0.85, 2.45, 0.4, 0.8, 0.9, 1.0], size=8)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    tot = d.add_table(rows=1, cols=2)
    tot.style = "Table Grid"
    put(tot.cell(0, 0), f"Montant total ({doc.currency})", bold=True)
    put(tot.cell(0, 1), amt(doc.total, st.num), bold=True, align="right")
    shade(tot.cell(0, 0), "E7E6E6")
    widths(tot, [5.75, 1.0])
    para(d)
    para(d, "Documents exigés : facture commerciale (3 exemplaires), certificat d'origine, connaissement "
            "original, liste de colisage. Mentionner le numéro du bon de commande et la domiciliation sur la "
            "facture.", size=8)
    para(d)
    visa = d.add_table(rows=1, cols=2)
    put(visa.cell(0, 0), f"Le Responsable Approvisionnements\n{ctx['contact']}\n\n\n(cachet et signature)")
    put(visa.cell(0, 1), f"Le {ctx['buyer_title']}\n{ctx['signatory']}\n\n\n(cachet et signature)")
    widths(visa, [3.4, 3.4])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L93: Ship-management purchase order from a fleet maintenance system (HTML -> Chromium): "PURCHASE ORDER"
# band with the order number, a header grid (vessel and IMO, requisition number, account code, order date,
# currency, delivery terms, payment terms, delivery address "c/o forwarder – mark: vessel"), lines "Pos |
# Part No. | Description | Component | Qty | Unit | Unit Price | Total", order total, marking instructions,
# "Approved by" with the superintendent's name.

COMPONENT = {"FN": "Main engine / fuel valves", "SD": "HFO purifier No. 1", "CV": "Main air compressor No. 2",
             "OR": "Main engine / cylinder units", "TE": "LT cooling water system", "PG": "Engine room gauges"}


def l93_fleet(doc: Doc, st: Style, ctx: dict) -> Rendered:
    rows = "".join(
        f"<tr><td>{i}</td><td class=nw>{e(ln.sku)}</td><td>{e(ln.description)}</td><td>"
        f"{e(COMPONENT.get(ln.sku[:2], ''))}</td><td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td>"
        f"<td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>{amt(ln.amount, st.num)}</td></tr>"
        for i, ln in enumerate(doc.lines, start=1))
    grid = [("Vessel", f"{ctx['vessel']} (IMO {ctx['imo']})"), ("Order No.", f"<b>{e(doc.number)}</b>"),
            ("Requisition No.", ctx["requisition"]), ("Order Date", day(doc.date, st.date)),
            ("Account", ctx["account"]), ("Currency", doc.currency),
            ("Delivery Terms", doc.incoterms), ("Payment Terms", doc.payment_terms)]
    cells = "".join(f"<tr><th>{grid[i][0]}</th><td>{grid[i][1] if i == 1 else e(grid[i][1])}</td><th>"
                    f"{grid[i + 1][0]}</th><td>{grid[i + 1][1] if i + 1 == 1 else e(grid[i + 1][1])}</td></tr>"
                    for i in range(0, len(grid), 2))
    body = (
        f"<div class=hd><div><div class=co>{e(doc.buyer.name)}</div><small>{e(doc.buyer.address)} · "
        "Technical Department · Purchasing</small></div><div class=band>PURCHASE ORDER<br><span>"
        f"{e(doc.number)}</span></div></div>"
        f"<table class=two><tr><td><div class=cap>Supplier</div>{addr_html(doc.seller)}<br>Attn.: Anna Keller</td>"
        f"<td><div class=cap>Deliver to</div>{e(ctx['ship_to'])}</td></tr></table>"
        f"<table class=grid>{cells}</table>"
        "<table class=items><thead><tr><th>Pos</th><th>Part No.</th><th>Description</th><th>Component</th>"
        "<th class=r>Qty</th><th>Unit</th><th class=r>Unit Price</th><th class=r>Total</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        f"<table class=tot><tr><th>Order Total {doc.currency}</th><td>{amt(doc.total, st.num)}</td></tr></table>"
        f"<p class=small>Marking: every package to be marked \"{e(ctx['vessel'])} – {e(doc.number)}\". Supplier to "
        "confirm the order and delivery date by return. Invoices without our order number will be returned. This "
        "order is subject to our General Terms and Conditions of Purchase.</p>"
        f"<p>Approved by: {e(ctx['signatory'])}, {e(ctx['buyer_title'])}<br>Ordered by: {e(ctx['contact'])}</p>")
    css = (".hd { display: flex; justify-content: space-between; align-items: center; border-bottom: 2px solid "
           "#123f6d; padding-bottom: 6px; } .co { font-size: 12pt; font-weight: bold; color: #123f6d; } .band { "
           "background: #123f6d; color: #fff; padding: 6px 14px; font-size: 12pt; text-align: right; } .band span "
           "{ font-size: 10pt; } .two { width: 100%; margin-top: 10px; } .two td { width: 50%; vertical-align: top; "
           "padding-right: 12px; } .cap { font-size: 7pt; text-transform: uppercase; color: #666; } .grid { width: "
           "100%; margin-top: 10px; border: 1px solid #999; } .grid th { text-align: left; font-weight: normal; "
           "color: #555; background: #f0f3f7; padding: 3px; width: 15%; } .grid td { padding: 3px; width: 35%; } "
           ".items { width: 100%; margin-top: 12px; } .items th { background: #123f6d; color: #fff; padding: 3px; "
           "text-align: left; font-weight: normal; } .items td { padding: 3px; border-bottom: 1px solid #ccc; "
           "vertical-align: top; } .r { text-align: right !important; } .nw { white-space: nowrap; } .tot { width: "
           "45%; margin: 8px 0 0 55%; } .tot th { text-align: left; } .tot td { text-align: right; font-weight: "
           "bold; } .small { font-size: 7.5pt; margin-top: 14px; }")
    return html_page(f"Purchase Order {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L94: Freight forwarder's house bill of lading (HTML -> Chromium), modelled on the negotiable combined
# transport B/L forwarders issue: numbered boxes (Consignor, Consigned to order of, Notify address, B/L No.,
# Shipper's reference, Place of receipt, Ocean vessel, Port of loading / discharge, Place of delivery),
# the cargo block (marks and numbers with container and seal, number and kind of packages, description of
# goods "said to contain", gross weight, measurement), freight payable at, number of originals, place and date
# of issue, "Shipped on board" and the signature as agent.

FWD = "Solent Gateway Logistics Ltd"


def l94_hbl(doc: Doc, st: Style, ctx: dict) -> Rendered:
    marks = "<br>".join(f"{e(c)} / SEAL {e(s)}" for c, s in zip(doc.tracking_numbers, ctx["seals"], strict=True))

    def box(n: int, cap: str, val: str, cls: str = "") -> str:
        return f"<td class='{cls}'><span class=cap>{n} {cap}</span>{val}</td>"

    body = (
        f"<div class=hd><div class=fw>{FWD}<br><small>Unit 4, Empress Dock Road, Southampton SO14 3XY · "
        "Member of BIFA</small></div><div class=ti>NEGOTIABLE COMBINED TRANSPORT<br>BILL OF LADING</div></div>"
        "<table class=g><tr>" + box(1, "Consignor", addr_html(doc.seller)) + box(2, "B/L No.", f"<b class=big>"
        f"{e(doc.number)}</b><br><span class=cap>Shipper's reference</span>Customer order {e(doc.order_number or '')}")
        + "</tr><tr>" + box(3, "Consigned to order of", addr_html(doc.buyer) if not ctx.get("to_order") else
                            f"{e(ctx['to_order'])}") + box(4, "Notify address", addr_html(doc.buyer)) + "</tr><tr>"
        + box(5, "Place of receipt", "SOUTHAMPTON CFS, UNITED KINGDOM") + box(6, "Ocean vessel / Voy. No.",
                                                                              e(ctx["vessel"])) + "</tr><tr>"
        + box(7, "Port of loading", "SOUTHAMPTON, UK") + box(8, "Port of discharge", e(ctx["pod"])) + "</tr><tr>"
        + box(9, "Place of delivery", e(ctx["delivery"])) + box(10, "Freight payable at", e(ctx["freight"]))
        + "</tr></table>"
        "<table class=c><thead><tr><th>Marks and numbers</th><th>Number and kind of packages</th><th>Description "
        "of goods (said to contain)</th><th>Gross weight</th><th>Measurement</th></tr></thead><tbody><tr>"
        f"<td>{marks}<br>{e(ctx['marks'])}</td><td>1 x 20' GP CONTAINER S.T.C.<br>{e(ctx['packages'])}</td>"
        f"<td>{e(ctx['goods'])}<br>SHIPPED ON BOARD<br>FCL/FCL · CY/CY</td><td>{e(ctx['gross'])} KGS</td>"
        f"<td>{e(ctx['cbm'])} CBM</td></tr></tbody></table>"
        "<table class=g><tr>" + box(11, "Number of original B/Ls", "THREE (3)")
        + box(12, "Place and date of issue", f"SOUTHAMPTON, {day(doc.date, st.date)}") + "</tr><tr>"
        + box(13, "Shipped on board the vessel", f"{day(doc.date, st.date)} · {e(ctx['vessel'])}")
        + box(14, "Signed for the carrier", f"{FWD}<br>as agent for the carrier") + "</tr></table>"
        "<p class=small>Taken in charge in apparent good order and condition, unless otherwise noted herein, at the "
        "place of receipt for transport and delivery as mentioned above. One of these combined transport bills of "
        "lading must be surrendered duly endorsed in exchange for the goods. In witness whereof the original "
        "combined transport bills of lading, all of this tenor and date, have been signed in the number stated "
        "above, one of which being accomplished the other(s) to be void.</p>")
    css = (".hd { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2px solid "
           "#000; padding-bottom: 4px; } .fw { font-size: 12pt; font-weight: bold; } .ti { font-size: 12pt; "
           "font-weight: bold; text-align: right; } .g { width: 100%; margin-top: 6px; } .g td { border: 1px solid "
           "#000; padding: 4px; vertical-align: top; width: 50%; } .cap { display: block; font-size: 6.5pt; color: "
           "#444; } .big { font-size: 12pt; } .c { width: 100%; margin-top: 6px; border: 1px solid #000; } .c th { "
           "font-size: 7pt; text-align: left; border-bottom: 1px solid #000; padding: 3px; } .c td { padding: 4px; "
           "vertical-align: top; height: 110px; } .small { font-size: 6.5pt; color: #444; margin-top: 10px; }")
    return html_page(f"B/L {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L95: Our warehouse's shipping advice with packing list (docx -> LibreOffice): "SHIPPING ADVICE / PACKING
# LIST" title, a reference grid (advice no., date, customer order, our invoice, delivery terms, carrier and
# mode, consignment or container number, ETD / ETA), consignor and consignee side by side, the package
# table (package no., type, dimensions, net / gross weight, contents by invoice position) and totals of
# packages and weights, "Packed and checked by".

def l95_advice(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Northwind Warehouse", "Liberation Sans", 9)
    para(d, "NORTHWIND COMPONENTS LTD. – DESPATCH", bold=True, size=10)
    para(d, "SHIPPING ADVICE / PACKING LIST", bold=True, size=15)
    grid = [["Advice No.", doc.number, "Date", day(doc.date, st.date)],
            ["Customer order", doc.order_number or "", "Our invoice", ref(doc, "invoice_ref") or "to follow"],
            ["Delivery terms", doc.incoterms or "", "Carrier / mode", ctx["carrier"]],
            [ctx["track_caption"], ", ".join(doc.tracking_numbers), "ETD / ETA",
             f"{day(ctx['etd'], st.date)} / {day(ctx['eta'], st.date)}"]]
    table(d, grid, [1.2, 2.2, 1.1, 2.3], head=False, size=8.5)
    para(d)
    two = d.add_table(rows=1, cols=2)
    two.style = "Table Grid"
    put(two.cell(0, 0), f"Consignor\n{doc.seller.name}\n{doc.seller.address}")
    put(two.cell(0, 1), f"Consignee\n{doc.buyer.name}\n{doc.buyer.address}")
    widths(two, [3.4, 3.4])
    para(d)
    rows = [["Package", "Type", "Dimensions (cm)", "Net kg", "Gross kg", "Contents (invoice positions)"]]
    for p in ctx["packages"]:
        rows.append(list(p))
    t = table(d, rows, [0.7, 1.0, 1.3, 0.7, 0.8, 2.3], size=8)
    repeat_header(t.rows[0])
    para(d)
    para(d, f"Total: {len(ctx['packages'])} packages · net {ctx['net']} kg · gross {ctx['gross']} kg", bold=True)
    para(d, "Marks: NORTHWIND / " + (doc.order_number or "") + " / " + ctx["city"].upper() + " / 1-"
         + str(len(ctx["packages"])), size=8.5)
    para(d)
    para(d, "Please check the goods on arrival and note any damage on the delivery receipt before signing. "
            "Claims for visible damage or shortage must reach us within 7 days.", size=8)
    para(d, "Packed and checked by: J. Hartley, Despatch Supervisor", size=8.5)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L96: Bank debit advice for an outward foreign transfer (HTML -> Chromium), en/es/fr: bank band, "DEBIT
# ADVICE" title, the customer (payer) block, a two-column list (transaction reference, value date, account
# debited, transaction type, beneficiary and beneficiary bank, amount transferred, charges in local currency,
# remittance information with invoice and order, regulatory reference where there is one), "computer
# generated" footer.

L96 = {
    "en": {"title": "DEBIT ADVICE – OUTWARD FOREIGN TRANSFER", "cust": "Customer", "ref": "Transaction reference",
           "val": "Value date", "acct": "Account debited", "type": "Transaction", "tt": "Outward SWIFT transfer (MT103)",
           "ben": "Beneficiary", "bbank": "Beneficiary bank", "amt": "Amount transferred", "chg": "Charges (OUR), "
           "debited separately", "info": "Remittance information", "inv": "Invoice", "po": "Order",
           "reg": "Form M No.", "foot": "This advice is computer generated and requires no signature. Please "
                                         "report any discrepancy to your branch within 14 days."},
    "es": {"title": "NOTA DE CARGO – TRANSFERENCIA AL EXTERIOR", "cust": "Cliente", "ref": "N° de operación",
           "val": "Fecha valor", "acct": "Cuenta cargada", "type": "Operación", "tt": "Transferencia SWIFT emitida "
           "(MT103)", "ben": "Beneficiario", "bbank": "Banco beneficiario", "amt": "Importe transferido",
           "chg": "Comisiones y gastos (OUR), cargados por separado", "info": "Detalle del pago",
           "inv": "Factura", "po": "Orden de compra", "reg": "Referencia",
           "foot": "Documento emitido por medios electrónicos, no requiere firma. Ante cualquier discrepancia "
                   "comuníquese con su funcionario de negocios."},
    "fr": {"title": "AVIS DE DÉBIT – TRANSFERT VERS L'ÉTRANGER", "cust": "Client", "ref": "Référence opération",
           "val": "Date de valeur", "acct": "Compte débité", "type": "Opération", "tt": "Transfert SWIFT émis (MT103)",
           "ben": "Bénéficiaire", "bbank": "Banque du bénéficiaire", "amt": "Montant transféré",
           "chg": "Commissions et frais (OUR), débités séparément", "info": "Motif du paiement",
           "inv": "Facture", "po": "Commande", "reg": "Domiciliation",
           "foot": "Avis établi par traitement informatique, valable sans signature. Toute réclamation doit nous "
                   "parvenir sous 15 jours."},
}


def l96_debit(doc: Doc, st: Style, ctx: dict) -> Rendered:
    t = L96[st.lang]
    cur_local, chg = ctx["charges"]
    info = f"{t['inv']} {ref(doc, 'invoice_ref')} · {t['po']} {doc.order_number or ''}"
    if ctx.get("deposit"):
        info += {"en": " · 30% deposit", "es": " · adelanto 30 %", "fr": " · acompte 30 %"}[st.lang]
    kv = [(t["ref"], f"<b>{e(doc.number)}</b>"), (t["val"], day(doc.date, st.date)),
          (t["acct"], e(ctx["account"])), (t["type"], t["tt"]),
          (t["ben"], addr_html(doc.seller)), (t["bbank"], "Wessex Merchant Bank plc, Southampton – BIC WESXGB22<br>"
                                                          "IBAN GB29 WESX 3096 4170 2213 54"),
          (t["amt"], f"<b>{doc.currency} {amt(doc.total, st.num)}</b>"), (t["chg"], f"{cur_local} {chg}"),
          (t["info"], e(info))]
    if ctx.get("form_m") or ctx.get("domiciliation"):
        kv.append((t["reg"], e(ctx.get("form_m") or ctx.get("domiciliation"))))
    body = (
        f"<div class=band><b>{e(ctx['bank'])}</b><span>{e(ctx['branch'])}</span></div><h2>{t['title']}</h2>"
        f"<div class=cust><div class=cap>{t['cust']}</div>{addr_html(doc.buyer)}</div>"
        "<table class=kv>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in kv) + "</table>"
        f"<p class=small>{t['foot']}</p>")
    css = (".band { display: flex; justify-content: space-between; align-items: center; background: #5a1846; color: "
           "#fff; padding: 8px 10px; font-size: 11pt; } h2 { font-size: 12pt; margin: 16px 0 10px; } .cust { "
           "margin-bottom: 12px; } .cap { font-size: 7pt; color: #777; text-transform: uppercase; } .kv { width: "
           "100%; } .kv th { width: 34%; text-align: left; font-weight: normal; color: #555; padding: 4px; "
           "border-bottom: 1px solid #e4e4e4; vertical-align: top; } .kv td { padding: 4px; border-bottom: 1px "
           "solid #e4e4e4; } .small { font-size: 7pt; color: #777; margin-top: 24px; }")
    return html_page(t["title"], css, body)


# ------------------------------------------------------------------------------------------------
# L97: Independent cargo surveyor's damage survey report (HTML -> Chromium): surveyor's letterhead, "SURVEY
# REPORT" with report number and date, a particulars table (instructed by, supplier / shipper, order, claim
# reference, B/L, place and date of survey, packages), narrative sections (Attendance, Condition of packing,
# Findings), a table of the damaged items (part no., description, qty shipped, qty damaged, nature of damage),
# "Cause" and "Recommendation", and the surveyor's signature "without prejudice".

def l97_survey(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kv = [("Report No.", f"<b>{e(doc.number)}</b>"), ("Date of report", day(doc.date, st.date)),
          ("Instructed by", e(doc.buyer.name)), ("Supplier / shipper", e(doc.seller.name)),
          ("Purchase order", e(doc.order_number or "")), ("Claim reference", e(ref(doc, "claim_ref"))),
          ("Bill of lading", e(ctx["bl"])), ("Place of survey", e(ctx["place"])),
          ("Date of survey", day(ctx["surveyed"], st.date)), ("Packages", e(ctx["packages"]))]
    dmg = "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td class=r>{c}</td><td class=r>{d_}</td><td>{e(n)}</td></tr>"
                  for a, b, c, d_, n in ctx["damaged"])
    body = (
        f"<div class=hd><b>{e(ctx['surveyor'])}</b><br><small>Marine &amp; Cargo Surveyors · Loss Adjusters · "
        "5 Kolokotroni Street, 185 31 Piraeus</small></div><h2>SURVEY REPORT – DAMAGE TO CARGO</h2>"
        "<table class=kv>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in kv) + "</table>"
        f"<h3>Attendance</h3><p>{e(ctx['attendance'])}</p><h3>Condition of packing</h3><p>{e(ctx['packing'])}</p>"
        "<h3>Findings</h3><table class=d><thead><tr><th>Part No.</th><th>Description</th><th class=r>Qty shipped"
        f"</th><th class=r>Qty damaged</th><th>Nature of damage</th></tr></thead><tbody>{dmg}</tbody></table>"
        f"<h3>Cause</h3><p>{e(ctx['cause'])}</p><h3>Recommendation</h3><p>{e(ctx['recommendation'])}</p>"
        f"<p class=sig>Issued without prejudice.<br>{e(ctx['surveyor_name'])}, Surveyor<br>for and on behalf of "
        f"{e(ctx['surveyor'])}</p>")
    css = (".hd { border-bottom: 2px solid #2b4a2f; padding-bottom: 4px; font-size: 11pt; } h2 { font-size: 12pt; "
           "margin: 14px 0 8px; } h3 { font-size: 9.5pt; margin: 12px 0 4px; } .kv { width: 100%; } .kv th { "
           "text-align: left; font-weight: normal; color: #555; width: 30%; padding: 2px; } .kv td { padding: 2px; "
           "} .d { width: 100%; } .d th, .d td { border: 1px solid #999; padding: 3px; text-align: left; } .r { "
           "text-align: right !important; } .sig { margin-top: 24px; }")
    return html_page(f"Survey report {doc.number}", css, body)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L88": (l88_xero, "Xero-style quote / pro forma / invoice, always English: title left, caption column, "
                      "no unit column, Subtotal / TOTAL, payment advice slip (HTML)"),
    "L89": (l89_contract, "bilingual export sales contract in parallel columns (en + es/fr/de, or en only), "
                          "numbered articles, signature blocks (docx)"),
    "L90": (l90_epicor, "Epicor-style German Bestellung: buyer's part number first, supplier part under the "
                        "text, release line under each item (HTML)"),
    "L91": (l91_oc_pe, "Peruvian Orden de Compra: framed RUC box, Señores block, quantity first (xlsx)"),
    "L92": (l92_bci, "Algerian BON DE COMMANDE IMPORT: RC/NIF/NIS/Art., bank domiciliation, visa boxes (docx)"),
    "L93": (l93_fleet, "ship-management purchase order: vessel / IMO / requisition grid, component column (HTML)"),
    "L94": (l94_hbl, "forwarder's negotiable combined-transport house bill of lading, numbered boxes (HTML)"),
    "L95": (l95_advice, "our shipping advice with packing list: package table, weights, marks (docx)"),
    "L96": (l96_debit, "bank debit advice for an outward foreign transfer, en/es/fr (HTML)"),
    "L97": (l97_survey, "independent cargo surveyor's damage survey report (HTML)"),
}


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line, except the Xero-style print."""
    return key in LAYOUTS and key != "L88"
