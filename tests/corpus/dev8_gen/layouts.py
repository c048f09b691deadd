"""Seventh-holdout document layouts L58-L67, each modelled on a real-world family not used in dev-dev7."""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
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
from tests.corpus.dev6_gen.layouts import table
from tests.corpus.docs import Doc

CENT = Decimal("0.01")
US_BANK = "Solent Commercial Bank plc · Sort code 40-12-77 · IBAN GB61 SOLC 4012 7731 0456 88 · BIC SOLCGB2S"
US_REG = "Registered in England and Wales No. 04417321 · VAT GB 284 1177 42"


def ref(doc: Doc, key: str) -> str:
    return next((v for k, v in doc.extra if k == key), "")


def addr_html(party: object) -> str:
    return f"<b>{e(party.name)}</b><br>" + nl(party.address.replace(", ", "\n"))


# ------------------------------------------------------------------------------------------------
# L58: QuickBooks-Online-style invoice / pro-forma (HTML -> Chromium): company block top left with the logo
# initials, big coloured INVOICE word, BILL TO / SHIP TO, a grey strip INVOICE # | DATE | TERMS | DUE DATE,
# "ACTIVITY | DESCRIPTION | QTY | UNIT | RATE | AMOUNT" lines, BALANCE DUE bar, bank details under a rule.

def l58_qbo(doc: Doc, st: Style, ctx: dict) -> Rendered:
    pro = doc.doc_type == "proforma_invoice"
    title = "PRO FORMA INVOICE" if pro else "INVOICE"
    due = doc.date + dt.timedelta(days=ctx.get("due_days", 30))
    rows = "".join(
        f"<tr><td class=nw>{e(ln.sku)}</td><td>{e(ln.description)}</td><td class=r>{ln.quantity}</td>"
        f"<td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}</td>"
        f"<td class=r>{amt(ln.amount, st.num)}</td></tr>" for ln in doc.lines)
    strip = [(("PRO FORMA #" if pro else "INVOICE #"), e(doc.number)), ("DATE", day(doc.date, st.date)),
             ("TERMS", e(doc.payment_terms))]
    if not pro:
        strip.append(("DUE DATE", day(due, st.date)))
    extra = (f"<tr><th>P.O. NUMBER</th><td>{e(doc.order_number)}</td></tr>" if doc.order_number else "")
    extra += f"<tr><th>SHIPPING TERMS</th><td class=nw>{e(doc.incoterms)}</td></tr><tr><th>CURRENCY</th><td>{doc.currency}</td></tr>"
    deposit = ""
    if pro and ctx.get("deposit"):
        dep = (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)
        deposit = (f"<tr><td>Deposit requested ({int(ctx['deposit'] * 100)}%)</td>"
                   f"<td class=r>{amt(dep, st.num)}</td></tr>")
    body = (
        f"<div class=top><div><span class=mark>NC</span><b class=co>{e(doc.seller.name)}</b><br>"
        f"{nl(doc.seller.address.replace(', ', chr(10)))}<br>accounts@example.com · +44 23 8063 1100</div>"
        f"<div class=ttl>{title}</div></div>"
        f"<table class=to><tr><td><div class=cap>BILL TO</div>{addr_html(doc.buyer)}</td>"
        f"<td><div class=cap>SHIP TO</div>{nl(ctx.get('ship_to', doc.buyer.name + chr(10) + doc.buyer.address))}</td>"
        f"<td><table class=kv>{extra}</table></td></tr></table>"
        "<table class=strip><tr>" + "".join(f"<th>{k}</th>" for k, _ in strip) + "</tr><tr>"
        + "".join(f"<td>{v}</td>" for _, v in strip) + "</tr></table>"
        "<table class=items><thead><tr><th>ACTIVITY</th><th>DESCRIPTION</th><th class=r>QTY</th><th>UNIT</th>"
        f"<th class=r>RATE</th><th class=r>AMOUNT</th></tr></thead><tbody>{rows}</tbody></table>"
        f"<table class=tot><tr><td>SUBTOTAL</td><td class=r>{amt(doc.subtotal, st.num)}</td></tr>"
        f"<tr><td>TOTAL</td><td class=r>{amt(doc.total, st.num)}</td></tr>{deposit}"
        f"<tr class=bal><td>{'AMOUNT DUE' if pro else 'BALANCE DUE'}</td><td class=r>{doc.currency} "
        f"{amt(doc.total, st.num)}</td></tr></table>"
        f"<div class=msg><b>Message on invoice</b><br>Please quote {e(doc.number)} with your payment. Goods remain "
        "our property until paid in full. Export sale, zero-rated for UK VAT.</div>"
        f"<div class=bank>{US_BANK}<br>{US_REG}</div>")
    css = (".top { display: flex; justify-content: space-between; } .mark { display: inline-block; background: #2ca01c; "
           "color: #fff; font-weight: bold; padding: 6px; margin-right: 6px; border-radius: 50%; } .co { font-size: 11pt; } "
           ".ttl { font-size: 24pt; color: #2ca01c; font-weight: 300; } .to { width: 100%; margin-top: 16px; } "
           ".to > tbody > tr > td { vertical-align: top; width: 33%; padding-right: 10px; } .cap { color: #777; "
           "font-size: 7.5pt; font-weight: bold; } .kv th { text-align: left; color: #777; font-size: 7.5pt; "
           "padding-right: 6px; font-weight: bold; } .strip { width: 100%; margin: 14px 0 6px; background: #eef6ec; } "
           ".strip th { text-align: left; font-size: 7.5pt; color: #555; padding: 4px 6px 0; } .strip td { padding: "
           "0 6px 5px; } .items { width: 100%; } .items th { text-align: left; color: #2ca01c; font-size: 8pt; "
           "border-bottom: 2px solid #2ca01c; padding: 4px; } .items td { padding: 4px; border-bottom: 1px dotted #ccc; } "
           ".r { text-align: right !important; } .nw { white-space: nowrap; } .tot { width: 45%; margin: 10px 0 0 55%; } "
           ".tot td { padding: 3px 4px; } .bal td { font-size: 12pt; font-weight: bold; border-top: 1px solid #999; } "
           ".msg { margin-top: 18px; font-size: 8pt; } .bank { margin-top: 18px; border-top: 1px solid #ccc; "
           "padding-top: 6px; font-size: 7.5pt; color: #666; }")
    return html_page(f"{title} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L59: SAP-printout purchase order in German (docx -> LibreOffice): monospaced SAPscript look, address window
# with the sender line, "Bestellung" box with Bestellnummer/Datum, Lieferantennummer, Ansprechpartner, items
# as "00010  Material  Kurztext / Bestellmenge ME / Preis pro Einheit / Nettowert" with a delivery-date line.

def l59_sap(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(doc.buyer.name, "Liberation Mono", 8.5)
    para(d, f"{doc.buyer.name} · {doc.buyer.address}", size=6.5)
    t = d.add_table(rows=1, cols=2)
    put(t.cell(0, 0), f"{doc.seller.name}\n{doc.seller.address.replace(', ', chr(10))}")
    put(t.cell(0, 1), "Bestellung\n\n"
        f"Bestellnummer/Datum\n{doc.number} / {day(doc.date, st.date)}\n"
        f"Ansprechpartner/Telefon\n{ctx['purch_group']} / +36 96 512 338\n"
        f"Unsere Lieferantennummer bei Ihnen\n{ctx['vendor_no']}\nWährung {doc.currency}")
    para(d)
    para(d, "Sehr geehrte Damen und Herren,")
    para(d, "bitte liefern Sie zu den nachstehenden Bedingungen:")
    para(d, f"Lieferbedingung:    {doc.incoterms}")
    para(d, f"Zahlungsbedingung:  {doc.payment_terms}")
    q = ref(doc, "quote_ref")
    if q:
        para(d, f"Ihr Angebot:        {q}")
    para(d, f"Anlieferadresse:    {ctx['ship_to']}")
    rows = [["Pos.", "Material", "Kurztext", "Bestellmenge", "ME", "Preis pro ME", "Nettowert"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([f"{i * 10:05d}", ln.sku, ln.description, str(ln.quantity), ln.unit or "",
                     amt(ln.unit_price, st.num), amt(ln.amount, st.num)])
    tb = d.add_table(rows=len(rows), cols=7)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            put(tb.cell(i, j), v, bold=i == 0, size=7.5, align="right" if j in (3, 5, 6) and i else None)
    widths(tb, [0.5, 0.8, 2.9, 0.75, 0.35, 0.8, 0.85])
    para(d, "Liefertermin: Tag " + day(doc.date + dt.timedelta(days=35), st.date) + " für alle Positionen", size=8)
    para(d, "_" * 78, size=7)
    para(d, f"Gesamtnettowert ohne Mwst {doc.currency}        {amt(doc.total, st.num)}", bold=True)
    para(d, "_" * 78, size=7)
    para(d, "Bitte geben Sie auf Lieferschein und Rechnung unsere Bestellnummer und Positionsnummer an. "
            "Es gelten unsere Allgemeinen Einkaufsbedingungen (Stand 01/2025).", size=7.5)
    para(d, f"USt-IdNr. {ctx['vat']} · Cégjegyzékszám 08-09-031177 · Győri Törvényszék Cégbírósága", size=6.5)
    para(d, "Dieses Dokument wurde maschinell erstellt und ist ohne Unterschrift gültig.", size=6.5)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L60: Letter-style order on a Japanese letterhead, in English (docx -> LibreOffice): no header table; date
# right, inside address, "Dear Sirs,", a "Re:" line with the order number, terms in numbered prose, one item
# table, "Yours faithfully" and the company name over the director's name.

def l60_letter(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Serif", 10)
    para(d, doc.buyer.name, bold=True, size=15, align="center")
    para(d, doc.buyer.address, size=8.5, align="center")
    para(d, "Phone +81-6-6745-2210   Facsimile +81-6-6745-2219", size=8.5, align="center")
    para(d, "_" * 86, size=6)
    para(d, day(doc.date, st.date), align="right")
    para(d, f"{doc.seller.name}\n{doc.seller.address}\nAttention: Ms. Anna Keller, Export Sales")
    para(d, f"Re: Our Purchase Order No. {doc.number}", bold=True)
    para(d, "Dear Sirs,")
    q = ref(doc, "quote_ref")
    basis = f"your quotation No. {q} and our subsequent correspondence" if q else "our recent correspondence"
    para(d, f"With reference to {basis}, we hereby place our order for the goods listed below, on the terms and "
            "conditions set out in this letter.")
    rows = [["No.", "Part No.", "Description", "Q'ty", "Unit", f"Unit Price ({doc.currency})",
             f"Amount ({doc.currency})"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["", "", "Total", "", "", "", amt(doc.total, st.num)])
    table(d, rows, [0.35, 0.9, 2.4, 0.45, 0.45, 0.95, 1.0], size=8.5)
    para(d)
    for i, t in enumerate([
            f"Price basis: {doc.incoterms} (Incoterms 2020), including seaworthy export packing.",
            f"Payment: {doc.payment_terms}.",
            f"Total order amount: {doc.currency} {amt(doc.total, st.num)}.",
            "Shipment: within six weeks after receipt of the advance payment; partial shipment not allowed.",
            f"Marks: KSK / OSAKA / P.O. {doc.number} / C/No. 1-UP.",
            "Documents: commercial invoice in triplicate, packing list, full set of clean on board bills of lading, "
            "insurance policy for 110% of invoice value."], start=1):
        para(d, f"{i}. {t}")
    para(d, "Kindly confirm acceptance of this order by return e-mail and send us your sales contract for "
            "signature.")
    para(d, "Yours faithfully,")
    para(d, f"For and on behalf of\n{doc.buyer.name}")
    para(d, f"\n\n{ctx['signatory']}\n{ctx['buyer_title']}")
    para(d, f"cc: {ctx['contact']}, Overseas Procurement", size=8)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L61: Portuguese ERP supplier order written in Spanish (xlsx -> LibreOffice): "NOTA DE ENCOMENDA / PEDIDO A
# PROVEEDOR" title, NIF and CAE, supplier number, two-column header, lines with a Dto. % column, totals at the
# right, "Documento processado por computador" footer.

def l61_pt_pedido(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(doc.buyer.name, "Pedido")
    thin = Side(style="thin", color="7F7F7F")
    box = Border(bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEFG", (17, 44, 8, 7, 13, 8, 15), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, doc.buyer.name).font = Font(bold=True, size=13, color="1F4E79")
    ws.cell(2, 1, doc.buyer.address).font = Font(size=8)
    ws.cell(3, 1, f"NIF {ctx['nif']} · CAE {ctx['cae']} · Capital social 1.250.000 €").font = Font(size=8)
    ws.cell(1, 5, "NOTA DE ENCOMENDA").font = Font(bold=True, size=12)
    ws.cell(2, 5, "Pedido a proveedor").font = Font(italic=True)
    head = [("Pedido n.º", doc.number), ("Fecha", day(doc.date, st.date)), ("Proveedor n.º", ctx["supplier_no"]),
            ("Moneda", doc.currency)]
    for i, (k, v) in enumerate(head):
        ws.cell(4 + i, 5, k).font = bold
        ws.cell(4 + i, 6, v)
    ws.cell(5, 1, "Proveedor").font = bold
    ws.cell(6, 1, doc.seller.name)
    ws.cell(7, 1, doc.seller.address)
    ws.cell(9, 1, "Condiciones de pago").font = bold
    ws.cell(9, 2, doc.payment_terms)
    ws.cell(10, 1, "Incoterm").font = bold
    ws.cell(10, 2, doc.incoterms)
    ws.cell(11, 1, "Lugar de entrega").font = bold
    ws.cell(11, 2, ctx["ship_to"])
    r = 13
    for j, h in enumerate(("Artículo", "Descripción", "Cant.", "Ud.", "Precio unit.", "Dto. %", "Importe"), start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E79")
    ws.print_title_rows = f"{r}:{r}"
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((ln.sku, ln.description, ln.quantity, ln.unit or "", float(ln.unit_price), 0,
                               float(ln.amount)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = box
            if j in (5, 7):
                c.number_format = "#,##0.00"
            elif j == 6:
                c.number_format = "0"
    r += len(doc.lines) + 2
    for k, v in (("Total mercancía", doc.subtotal), (f"Total pedido {doc.currency}", doc.total)):
        ws.cell(r, 5, k).font = bold
        c = ws.cell(r, 7, float(v))
        c.number_format = "#,##0.00"
        c.font = bold
        r += 1
    r += 1
    ws.cell(r, 1, "Observaciones:").font = bold
    ws.cell(r + 1, 1, f"Indicar nuestro n.º de pedido {doc.number} en albarán y factura. Horario de descarga: "
                      "8:00-12:00 y 14:00-17:00.")
    ws.cell(r + 1, 1).alignment = Alignment(wrap_text=False)
    ws.cell(r + 3, 1, f"El Departamento de Compras – {ctx['contact']}")
    ws.cell(r + 5, 1, "Documento processado por computador").font = Font(size=7, italic=True)
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L62: Formal quotation with validity and options (docx -> LibreOffice): "QUOTATION" over a reference table
# (Quotation No. / Date / Valid until / Your enquiry), numbered item table, optional extras priced in prose
# (not part of the quoted total), terms block and a signature line for the sales manager.

def l62_quote(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Anna Keller", "Liberation Sans", 9)
    para(d, doc.seller.name, bold=True, size=14, color="1F3864")
    para(d, f"{doc.seller.address} · +44 23 8063 1100 · sales@example.com", size=7.5)
    para(d, "QUOTATION", bold=True, size=16, align="right")
    table(d, [["Quotation No.", doc.number, "Date", day(doc.date, st.date)],
              ["Customer", doc.buyer.name, "Valid until", day(doc.date + dt.timedelta(days=60), st.date)],
              ["Attention", ctx["contact"], "Your enquiry", f"e-mail of {day(ctx['enquiry_on'], st.date)}"]],
          [1.1, 2.4, 1.0, 1.6], head=False)
    para(d)
    para(d, f"Dear {ctx['salutation']},")
    para(d, "Thank you for your enquiry. We are pleased to offer as follows:")
    rows = [["No.", "Part No.", "Description", "Qty", "Unit", f"Unit price {doc.currency}", f"Total {doc.currency}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["", "", "Net total", "", "", "", amt(doc.subtotal, st.num)])
    rows.append(["", "", f"Quotation total {doc.currency}", "", "", "", amt(doc.total, st.num)])
    table(d, rows, [0.4, 0.95, 2.55, 0.45, 0.45, 0.95, 0.95], size=8)
    para(d)
    para(d, "Options (not included in the total above)", bold=True)
    para(d, "Option A – Express production (dispatch within 10 working days): surcharge 6 % on the net total.",
         size=8.5)
    para(d, "Option B – Spare-parts kit with wear parts for two years of operation: offered separately on request.",
         size=8.5)
    para(d, "Terms", bold=True)
    for k, v in (("Delivery terms", f"{doc.incoterms} (Incoterms® 2020)"), ("Payment terms", doc.payment_terms),
                 ("Lead time", "4-5 weeks after order, subject to prior sale"),
                 ("Validity", "60 days from the date of this quotation"),
                 ("General terms", "Northwind Components General Terms of Sale, edition 2025")):
        para(d, f"{k}: {v}", size=8.5)
    para(d)
    para(d, "We look forward to your order.")
    para(d, "Yours sincerely,\n\n\nAnna Keller\nSales Manager Export")
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L63: Tunisian "bon de commande" (docx -> LibreOffice): letterhead with Matricule fiscal and RC, the supplier in
# a framed box on the right, "BON DE COMMANDE N°" band, table "Code article | Désignation | Unité | Qté |
# P.U. HT | Montant HT", conditions as labelled lines, "Le Responsable des achats" and "Cachet et signature".

def l63_tn_bc(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    t = d.add_table(rows=1, cols=2)
    put(t.cell(0, 0), f"{doc.buyer.name}\n{doc.buyer.address}\nMatricule fiscal : {ctx['mf']}\nRC : {ctx['rc']}\n"
                      "Tél. +216 72 283 400 – Fax +216 72 283 499")
    put(t.cell(0, 1), f"Fournisseur :\n{doc.seller.name}\n{doc.seller.address}\nÀ l'attention de Mme Anna Keller")
    shade(t.cell(0, 1), "F2F2F2")
    para(d)
    p = para(d, f"BON DE COMMANDE N° {doc.number}", bold=True, size=13, align="center")
    p.paragraph_format.space_after = Pt(6)
    para(d, f"Hammamet, le {day(doc.date, st.date)}", align="right")
    rows = [["Code article", "Désignation", "Unité", "Qté", f"P.U. HT ({doc.currency})", f"Montant HT ({doc.currency})"]]
    for ln in doc.lines:
        rows.append([ln.sku, ln.description, ln.unit or "", str(ln.quantity), amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["", "Total HT", "", "", "", amt(doc.subtotal, st.num)])
    rows.append(["", f"Total commande ({doc.currency})", "", "", "", amt(doc.total, st.num)])
    tb = table(d, rows, [0.8, 2.6, 0.6, 0.45, 1.05, 1.1], size=8.5)
    for cell in tb.rows[-1].cells:
        for pp in cell.paragraphs:
            for r in pp.runs:
                r.bold = True
    para(d)
    for k, v in (("Incoterm", doc.incoterms), ("Mode de règlement", doc.payment_terms),
                 ("Délai de livraison", "6 semaines à compter de la confirmation"),
                 ("Documents exigés", "facture commerciale, liste de colisage, connaissement, certificat d'origine "
                                      "EUR.1")):
        para(d, f"{k} : {v}")
    para(d, "Merci de rappeler le numéro de ce bon de commande sur tous vos documents.", italic=True, size=8)
    sig = d.add_table(rows=1, cols=2)
    put(sig.cell(0, 0), f"Le Responsable des achats\n{ctx['contact']}")
    put(sig.cell(0, 1), "Cachet et signature\nLa Direction générale")
    for c in sig.rows[0].cells:
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L64: Sales agreement sent through an e-signature service (DocuSign style, HTML -> Chromium): "Docusign Envelope
# ID" line at the top of the signed copy, parties, schedule of goods, short clauses and two signature tabs; the
# signed copy shows "/s/ name" with the signing timestamp, the draft shows empty "Sign Here" tabs.

def l64_esign(doc: Doc, st: Style, ctx: dict) -> Rendered:
    env = hashlib.sha1(f"{doc.number}:{ctx['contact']}".encode()).hexdigest().upper()
    envelope = f"{env[:8]}-{env[8:12]}-{env[12:16]}-{env[16:20]}-{env[20:32]}"
    rows = "".join(
        f"<tr><td class=nw>{e(ln.sku)}</td><td>{e(ln.description)}</td><td class=r>{ln.quantity}</td>"
        f"<td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}</td>"
        f"<td class=r>{amt(ln.amount, st.num)}</td></tr>" for ln in doc.lines)
    po = (f"<p>This Agreement covers the Buyer's purchase order No. <b>{e(doc.order_number)}</b>.</p>"
          if doc.order_number else "")
    when = day(ctx["signed_on"], st.date)

    def tab(role: str, name: str, title: str) -> str:
        if doc.signed:
            return (f"<td><div class=cap>{role}</div><div class=sig>/s/ {e(name)}</div><div class=ds>Docusigned by: "
                    f"{e(name)}<br>Signed on {when}</div>{e(name)}, {e(title)}</td>")
        return (f"<td><div class=cap>{role}</div><div class=here>Sign Here</div>Name: {e(name)}<br>Title: {e(title)}"
                "<br>Date: ______________</td>")

    head = (f"<div class=env>Docusign Envelope ID: {envelope}</div>" if doc.signed
            else "<div class=draft>DRAFT – for review and signature</div>")
    body = (
        f"{head}<h1>Sales Agreement</h1><div class=no>Agreement No. {e(doc.number)} · dated {day(doc.date, st.date)}"
        "</div>"
        f"<p>This Sales Agreement is made between <b>{e(doc.seller.name)}</b>, {e(doc.seller.address)} (the "
        f"\"Seller\"), and <b>{e(doc.buyer.name)}</b>, {e(doc.buyer.address)} (the \"Buyer\").</p>{po}"
        "<h2>1. Goods and prices</h2><table class=items><thead><tr><th>Item No.</th><th>Description</th>"
        f"<th class=r>Qty</th><th>Unit</th><th class=r>Unit price</th><th class=r>Amount</th></tr></thead>"
        f"<tbody>{rows}</tbody><tfoot><tr><td colspan=5>Total contract value ({doc.currency})</td>"
        f"<td class=r>{amt(doc.total, st.num)}</td></tr></tfoot></table>"
        f"<h2>2. Delivery</h2><p>{e(doc.incoterms)} (Incoterms® 2020). Risk passes in accordance with that term.</p>"
        f"<h2>3. Payment</h2><p>{e(doc.payment_terms)}. All amounts are in {doc.currency}.</p>"
        "<h2>4. Warranty</h2><p>Twelve (12) months from delivery against defects in material and workmanship.</p>"
        "<h2>5. Law</h2><p>This Agreement is governed by English law; disputes go to the courts of London.</p>"
        "<table class=sigs><tr>" + tab("BUYER", ctx["signatory"], ctx["buyer_title"])
        + tab("SELLER", "Anna Keller", "Sales Manager Export") + "</tr></table>")
    css = (".env { font-size: 7pt; color: #333; } .draft { font-size: 8pt; color: #b00; font-weight: bold; } "
           "h1 { font-size: 16pt; margin: 10px 0 2px; } .no { color: #555; margin-bottom: 8px; } h2 { font-size: 10pt; "
           "margin: 12px 0 4px; } .items { width: 100%; } .items th { text-align: left; border-bottom: 1px solid #000; "
           "padding: 3px; } .items td { padding: 3px; border-bottom: 1px solid #e5e5e5; } tfoot td { font-weight: bold; "
           "border-top: 1px solid #000; } .r { text-align: right !important; } .nw { white-space: nowrap; } .sigs { "
           "width: 100%; margin-top: 26px; } .sigs td { width: 50%; vertical-align: top; padding-right: 14px; } .cap { "
           "font-size: 7.5pt; color: #666; font-weight: bold; } .sig { font-family: 'DejaVu Serif', serif; font-style: "
           "italic; font-size: 14pt; color: #1a3d8f; margin-top: 6px; } .ds { font-size: 7pt; color: #1a3d8f; border: "
           "1px solid #1a3d8f; border-left: 4px solid #1a3d8f; padding: 2px 4px; margin: 2px 0 4px; width: 70%; } "
           ".here { background: #ffd64f; display: inline-block; padding: 4px 10px; margin: 8px 0; font-weight: bold; }")
    return html_page(f"Sales Agreement {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L65: Forwarder's sea-freight shipping notice / pre-alert (HTML -> Chromium): forwarder's header and job number,
# shipper / consignee / notify, vessel, voyage, ports, ETD/ETA grid, container table with seal, packages and
# weight, customer's order reference and Incoterm, "please arrange customs clearance" note.

def l65_prealert(doc: Doc, st: Style, ctx: dict) -> Rendered:
    conts = "".join(
        f"<tr><td class=nw>{e(c)}</td><td>40' HC</td><td>{e(s)}</td><td>{e(p)}</td><td>{e(w)}</td></tr>"
        for c, s, p, w in zip(doc.tracking_numbers, ctx["seals"], ctx["pieces"], ctx["weights"], strict=True))
    grid = [("Job / Shipment No.", doc.number), ("Date of issue", day(doc.date, st.date)),
            ("Customer order ref.", doc.order_number or ""), ("Incoterm", doc.incoterms),
            ("Vessel / Voyage", ctx["vessel"]), ("Port of loading", "SOUTHAMPTON, GB"),
            ("Port of discharge", ctx["pod"]), ("ETD", day(ctx["etd"], st.date)), ("ETA", day(ctx["eta"], st.date))]
    body = (
        "<div class=hd><div><b class=fw>Itchen Freight Services Ltd</b><br>Berth 106, Western Docks, Southampton "
        "SO15 1DA · ocean@itchen-freight.example</div><div class=t>SHIPPING NOTICE<br><small>Pre-alert – sea "
        "freight FCL</small></div></div>"
        f"<table class=parties><tr><td><div class=cap>Shipper</div>{addr_html(doc.seller)}</td>"
        f"<td><div class=cap>Consignee</div>{addr_html(doc.buyer)}</td>"
        "<td><div class=cap>Notify party</div>Same as consignee</td></tr></table>"
        "<table class=grid>" + "".join(f"<tr><th>{k}</th><td>{e(v)}</td></tr>" for k, v in grid) + "</table>"
        "<h3>Equipment</h3><table class=items><thead><tr><th>Container No.</th><th>Type</th><th>Seal No.</th>"
        f"<th>Packages</th><th>Gross weight</th></tr></thead><tbody>{conts}</tbody></table>"
        f"<p>Goods: {e(ctx['goods'])}. Freight {e(ctx['freight'])}.</p>"
        "<p class=note>Original bills of lading are released by the carrier on receipt of freight. Please arrange "
        "import customs clearance and collection with your agent at destination; demurrage free time is 7 days.</p>")
    css = (".hd { display: flex; justify-content: space-between; border-bottom: 3px solid #0b5394; padding-bottom: 6px; } "
           ".fw { font-size: 13pt; color: #0b5394; } .t { text-align: right; font-size: 15pt; font-weight: bold; } .t small "
           "{ font-size: 8pt; font-weight: normal; } .parties { width: 100%; margin-top: 12px; } .parties td { width: 33%; "
           "vertical-align: top; border: 1px solid #aaa; padding: 6px; } .cap { font-size: 7pt; color: #0b5394; "
           "font-weight: bold; text-transform: uppercase; } .grid { margin-top: 10px; width: 70%; } .grid th { "
           "text-align: left; width: 40%; font-weight: normal; color: #555; padding: 3px; border-bottom: 1px solid #eee; } "
           ".grid td { padding: 3px; border-bottom: 1px solid #eee; } h3 { font-size: 10pt; color: #0b5394; } .items { "
           "width: 100%; } .items th { background: #0b5394; color: #fff; text-align: left; padding: 4px; } .items td { "
           "padding: 4px; border-bottom: 1px solid #ddd; } .nw { white-space: nowrap; } .note { font-size: 8pt; "
           "color: #555; margin-top: 14px; }")
    return html_page(f"Shipping notice {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L66: Internet-banking payment notification / proof of payment (HTML -> Chromium), English or Spanish: bank
# band, "Proof of payment" title, a two-column list (date, reference, amount, payer, beneficiary, bank,
# payment reference carrying the invoice and PO), and the bank's disclaimer.

L66 = {
    "en": {"title": "Proof of Payment", "sub": "Payment notification", "date": "Payment date", "ref": "Reference number",
           "amount": "Amount", "payer": "Paid by", "acct": "From account", "bene": "Beneficiary", "bank": "Beneficiary bank",
           "bref": "Beneficiary reference", "status": "Status", "done": "Processed",
           "note": "This notification is sent at the request of the payer. The bank does not guarantee the identity "
                   "of the sender and accepts no liability for its contents. Verify the payment with your own bank."},
    "es": {"title": "Justificante de transferencia", "sub": "Transferencia SEPA / internacional", "date": "Fecha de "
           "ejecución", "ref": "Referencia de la operación", "amount": "Importe", "payer": "Ordenante",
           "acct": "Cuenta de cargo", "bene": "Beneficiario", "bank": "Entidad del beneficiario", "bref": "Concepto",
           "status": "Estado", "done": "Ejecutada",
           "note": "Este justificante se emite a petición del ordenante y no constituye prueba de abono en la cuenta "
                   "del beneficiario."},
}


def l66_pop(doc: Doc, st: Style, ctx: dict) -> Rendered:
    t = L66[st.lang]
    concept = " / ".join(x for x in (ref(doc, "invoice_ref"), f"PO {doc.order_number}" if doc.order_number else "") if x)
    rows = [(t["date"], day(doc.date, st.date)), (t["ref"], f"<b>{e(doc.number)}</b>"),
            (t["amount"], f"<b>{doc.currency} {amt(doc.total, st.num)}</b>"), (t["payer"], e(doc.buyer.name)),
            (t["acct"], e(ctx["account"])), (t["bene"], e(doc.seller.name)),
            (t["bank"], "Solent Commercial Bank plc, Southampton (SOLCGB2S)"), (t["bref"], e(concept)),
            (t["status"], t["done"])]
    body = (f"<div class=bank>{e(ctx['bank'])}</div><h2>{t['title']}</h2><div class=sub>{t['sub']}</div>"
            "<table class=kv>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows) + "</table>"
            f"<p class=small>{t['note']}</p>")
    css = (".bank { border-bottom: 4px solid #c8102e; font-size: 15pt; font-weight: bold; color: #c8102e; padding: "
           "6px 0; } h2 { font-size: 13pt; margin: 16px 0 0; } .sub { color: #666; margin-bottom: 10px; } .kv { width: "
           "85%; } .kv th { text-align: left; width: 40%; font-weight: normal; color: #444; padding: 6px; background: "
           "#f5f5f5; border-bottom: 2px solid #fff; } .kv td { padding: 6px; border-bottom: 1px solid #eee; } .small { "
           "font-size: 7.5pt; color: #777; margin-top: 22px; }")
    return html_page(t["title"], css, body)


# ------------------------------------------------------------------------------------------------
# L67: Customer's non-conformance report (NCR) from a mining-spares distributor (docx -> LibreOffice): form
# grid with NCR no., date raised, supplier, PO, claim ref., part and quantities, tick-box nature of the
# non-conformance and disposition, free-text description, corrective-action request and sign-off rows.

def l67_ncr(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    head = d.add_table(rows=1, cols=2)
    put(head.cell(0, 0), f"{doc.buyer.name}\nQuality Department – Form QF-08 rev. 3", bold=True)
    put(head.cell(0, 1), "NON-CONFORMANCE REPORT (NCR)", bold=True, align="right", size=13)
    para(d)
    tick = lambda on: "☒" if on else "☐"  # noqa: E731
    table(d, [["NCR No.", doc.number, "Date raised", day(doc.date, st.date)],
              ["Supplier", doc.seller.name, "Purchase order", doc.order_number or ""],
              ["Claim ref.", ref(doc, "claim_ref"), "Raised by", ctx["contact"]],
              ["Part No.", ctx["part"], "Description", ctx["part_desc"]],
              ["Qty received", str(ctx["qty"]), "Qty rejected", "6"]], [1.1, 2.0, 1.1, 2.3], head=False)
    para(d)
    para(d, "Nature of non-conformance", bold=True)
    para(d, f"{tick(False)} Damaged in transit   {tick(True)} Wrong dimension / specification   {tick(False)} "
            f"Wrong quantity   {tick(False)} Documentation   {tick(False)} Other")
    para(d, "Description", bold=True)
    para(d, "Panels from carton 3 are marked with the part number above but measure 10 mm aperture on the gauge. "
            "Six panels affected; remaining panels of the delivery conform. Photos kept on file.")
    para(d, "Disposition", bold=True)
    para(d, f"{tick(False)} Use as is   {tick(False)} Rework   {tick(True)} Return to supplier / replace   "
            f"{tick(False)} Scrap")
    para(d, "Supplier corrective action", bold=True)
    para(d, f"Supplier to replace the rejected quantity and reply with root cause and corrective action by "
            f"{day(doc.date + dt.timedelta(days=14), st.date)}.")
    table(d, [["Role", "Name", "Date"], ["Raised by (stores / receiving)", ctx["contact"], day(doc.date, st.date)],
              ["QA approval", "Lerato Dlamini", day(doc.date, st.date)], ["Supplier acknowledgement", "", ""]],
          [2.4, 2.2, 1.9])
    return save_docx(d)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L58": (l58_qbo, "QuickBooks-Online-style invoice / pro-forma: BILL TO / SHIP TO, INVOICE # | DATE | TERMS | "
                     "DUE DATE strip, ACTIVITY column, BALANCE DUE (HTML)"),
    "L59": (l59_sap, "SAP-printout Bestellung in German: monospaced, Bestellnummer/Datum box, Pos. 00010, Material / "
                     "Kurztext / ME, Gesamtnettowert (docx)"),
    "L60": (l60_letter, "letter-style order on a Japanese letterhead in English: Dear Sirs, terms in numbered prose, "
                        "one item table, Yours faithfully (docx)"),
    "L61": (l61_pt_pedido, "Portuguese ERP 'Nota de encomenda / Pedido a proveedor' in Spanish: NIF/CAE, Dto. % "
                           "column (xlsx)"),
    "L62": (l62_quote, "formal quotation: reference table with Valid until, item table, priced options outside the "
                       "total, terms list (docx)"),
    "L63": (l63_tn_bc, "Tunisian bon de commande: Matricule fiscal / RC letterhead, supplier box, P.U. HT / Montant "
                       "HT, Cachet et signature (docx)"),
    "L64": (l64_esign, "e-signature (DocuSign-style) sales agreement: envelope id, schedule of goods, Sign Here tabs "
                       "or /s/ with Docusigned-by stamp (HTML)"),
    "L65": (l65_prealert, "forwarder's sea-freight shipping notice / pre-alert: job no., vessel, ETD/ETA, container "
                          "and seal table (HTML)"),
    "L66": (l66_pop, "internet-banking proof of payment, English or Spanish (HTML)"),
    "L67": (l67_ncr, "customer's non-conformance report: form grid, tick boxes for nature and disposition, sign-off "
                     "rows (docx)"),
}


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line."""
    return key in LAYOUTS
