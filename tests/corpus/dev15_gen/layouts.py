"""Fourteenth-holdout document layouts L128-L137, each modelled on a real-world family not used in L1-L127."""
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
    widths,
)
from tests.corpus.dev4_gen.layouts import Style, amt, e, html_page, nl
from tests.corpus.dev6_gen.layouts import table
from tests.corpus.docs import Doc

CENT = Decimal("0.01")
US_VAT = "GB 284 1177 42"
US_IBAN = "GB29 WESX 3096 4170 2213 54"
US_BANK = "Wessex Merchant Bank plc"
US_BIC = "WESXGB22"


def ref(doc: Doc, key: str) -> str:
    return next((v for k, v in doc.extra if k == key), "")


def words(text: str) -> str:
    """Escaped text whose hyphenated words do not break at the hyphen (a print driver keeps them whole)."""
    return " ".join(f"<span class=nw>{e(w)}</span>" if "-" in w else e(w) for w in text.split(" "))


def addr_html(party: object) -> str:
    return f"<b>{e(party.name)}</b><br>" + nl(party.address.replace(", ", "\n"))


# ------------------------------------------------------------------------------------------------
# L128: Acumatica-style sales documents, ours (HTML -> Chromium): company block top left, the document
# type in capitals top right over a field grid (Reference Nbr., Date, Customer ID, Customer Order Nbr.,
# Terms); "Bill-To" / "Ship-To" panes; lines "Line Nbr. | Inventory ID | Line Description | Qty. | UOM |
# Unit Price | Ext. Price"; totals "Detail Total / VAT Total (zero-rated export) / Document Total" and the
# remittance panel at the foot.

L128_TITLE = {"quotation": "SALES QUOTE", "proforma_invoice": "PRO FORMA INVOICE", "commercial_invoice": "INVOICE"}


def l128_acumatica(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kind = doc.doc_type
    cur = doc.currency
    grid = [("Reference Nbr.", f"<b>{e(doc.number)}</b>"), ("Date", day(doc.date, st.date)),
            ("Customer ID", e(ctx["cust_no"])), ("Customer Order Nbr.", e(doc.order_number or "")),
            ("Currency", e(cur))]
    if kind == "quotation":
        grid.append(("Expiration Date", day(doc.date + dt.timedelta(days=45), st.date)))
    if kind == "commercial_invoice":
        grid.append(("Due Date", day(doc.date + dt.timedelta(days=ctx.get("due_days", 30)), st.date)))
    rows = "".join(f"<tr><td class=c>{i}</td><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td>"
                   f"<td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}"
                   f"</td><td class=r>{amt(ln.amount, st.num)}</td></tr>" for i, ln in enumerate(doc.lines, start=1))
    tot = [("Detail Total", amt(doc.subtotal, st.num)), ("VAT Total (zero-rated export, 0%)", amt(Decimal(0), st.num)),
           (f"Document Total {cur}", f"<b>{amt(doc.total, st.num)}</b>")]
    if kind == "proforma_invoice" and ctx.get("deposit"):
        share = (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)
        tot.append((f"Prepayment requested ({int(ctx['deposit'] * 100)}%)", amt(share, st.num)))
    body = (
        "<div class=hd><div><div class=lg>Northwind Components</div>Northwind Components Ltd.<br>12 Dockside Road"
        "<br>Southampton SO14 3AB, United Kingdom<br>VAT Reg. " + US_VAT + "</div><div class=rt>"
        f"<div class=ti>{L128_TITLE[kind]}</div><table class=fg>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in grid) + "</table></div></div>"
        f"<table class=ad><tr><td><div class=cap>Bill-To</div>{addr_html(doc.buyer)}<br>{e(ctx['buyer_reg'])}</td>"
        f"<td><div class=cap>Ship-To</div>{nl(ctx.get('ship_to', doc.buyer.address).replace(', ', chr(10)))}</td>"
        f"</tr></table><table class=tm><tr><td>Terms: <span class=nw>{e(doc.payment_terms or '')}</span></td><td>"
        f"Incoterms® 2020: <span class=nw>{e(doc.incoterms or '')}</span></td></tr></table>"
        "<table class=it><thead><tr><th class=c>Line Nbr.</th><th>Inventory ID</th><th>Line Description</th><th "
        f"class=r>Qty.</th><th>UOM</th><th class=r>Unit Price</th><th class=r>Ext. Price</th></tr></thead><tbody>"
        f"{rows}</tbody></table><table class=tt>"
        + "".join(f"<tr><td>{k}</td><td class=r>{v}</td></tr>" for k, v in tot) + "</table>"
        f"<div class=rm><b>Remit to:</b> {US_BANK}, Southampton · IBAN {US_IBAN} · BIC {US_BIC} · please quote "
        f"{e(doc.number)}</div><p class=sm>Northwind Components Ltd. · Registered in England and Wales No. 04417321 · "
        "Title to goods passes on payment in full.</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; font-size: 8pt; } .lg { font-size: 16pt; color: "
           "#0b5f8a; margin-bottom: 2px; } .rt { text-align: right; } .ti { font-size: 16pt; color: #0b5f8a; } "
           ".fg { margin-left: auto; } .fg th { text-align: left; color: #666; padding: 1px 8px; font-size: 8pt; } "
           ".fg td { text-align: left; } .ad { width: 100%; margin-top: 12px; } .ad td { width: 50%; vertical-align: "
           "top; padding: 5px; border-top: 2px solid #0b5f8a; } .cap { font-size: 7pt; color: #0b5f8a; } .tm { "
           "width: 100%; margin-top: 6px; font-size: 8pt; } .it { width: 100%; margin-top: 10px; } .it th { "
           "border-bottom: 2px solid #0b5f8a; text-align: left; padding: 4px; font-size: 8pt; } .it td { padding: "
           "4px; border-bottom: 1px solid #e3e3e3; vertical-align: top; } .r { text-align: right !important; } .c { "
           "text-align: center; } .nw { white-space: nowrap; } .tt { margin: 8px 0 0 auto; } .tt td { padding: 3px "
           "10px; } .rm { margin-top: 14px; padding: 6px; background: #eef5f9; font-size: 8pt; } .sm { font-size: "
           "7pt; color: #777; }")
    return html_page(f"{L128_TITLE[kind].title()} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L129: Export sales contract in contract-note form (docx -> LibreOffice): "EXPORT SALES CONTRACT" and a
# two-column grid of the particulars (contract no., date, seller, buyer, buyer's order, price basis,
# payment, shipment, packing, inspection, law and arbitration), the goods as a table with the total
# contract value, and a two-cell signature block "For the Seller" / "For the Buyer".

def l129_contract_note(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Export Desk", "Liberation Sans", 9.5)
    para(d, "EXPORT SALES CONTRACT", bold=True, size=14, align="center")
    para(d, "(contract note – the particulars below and the General Conditions of Sale overleaf form the contract)",
         size=7.5, align="center")
    grid = [["Contract No.", doc.number], ["Date", day(doc.date, st.date)],
            ["Seller", f"{doc.seller.name}, {doc.seller.address}, VAT {US_VAT}"],
            ["Buyer", f"{doc.buyer.name}, {doc.buyer.address} ({ctx['buyer_reg']})"],
            ["Buyer's order", doc.order_number or "to follow"],
            ["Price basis", f"{doc.incoterms} (Incoterms® 2020), prices in {doc.currency}"],
            ["Payment", doc.payment_terms or ""], ["Shipment", ctx["delivery_time"]],
            ["Packing", "Seaworthy export packing on heat-treated pallets or in wooden cases (ISPM 15)"],
            ["Inspection", "Seller's final inspection is binding as to quality; quantity as per packing list"],
            ["Claims", "In writing within 21 days of arrival of the goods, with photographs"],
            ["Law / arbitration", "English law; disputes finally settled under the LCIA Rules, seat London"]]
    t = table(d, grid, [1.5, 5.3], head=False, size=8.5)
    for row in t.rows:
        keep_row(row)
    para(d)
    para(d, "Goods", bold=True)
    rows = [["No.", "Code", "Description", "Qty", "Unit", f"Price {doc.currency}", f"Value {doc.currency}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([f"{i:02d}", ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    g = table(d, rows, [0.4, 1.0, 3.0, 0.45, 0.45, 0.8, 0.9], size=8)
    repeat_header(g.rows[0])
    para(d, f"TOTAL CONTRACT VALUE: {doc.currency} {amt(doc.total, st.num)}", bold=True, align="right")
    para(d)
    sig = d.add_table(rows=1, cols=2)
    sig.style = "Table Grid"
    when = day(ctx["signed_on"], st.date)
    for j, (side, name, title, who) in enumerate((("For the Seller", "Anna Keller", "Export Sales Manager",
                                                  doc.seller.name),
                                                 ("For the Buyer", ctx["signatory"], ctx["buyer_title"],
                                                  doc.buyer.name))):
        mark = f"/s/ {name}\nDate: {when}" if doc.signed else "Signature: ____________________\nDate: __________"
        put(sig.cell(0, j), f"{side}\n{who}\n\n{mark}\n{name}, {title}", size=8.5)
    widths(sig, [3.4, 3.4])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L130: SYSPRO-style purchase order of an Irish engineering firm (HTML -> Chromium): "PURCHASE ORDER" with
# the company block, a header grid (Order Number, Order Date, Supplier, Buyer, Currency, Incoterm,
# Terms), supplier and delivery-address panes, lines "Line | Stock Code | Description | Due Date | Order
# Qty | UOM | Price | Value", "Total Order Value", the postponed-VAT note and the authorisation line.

def l130_syspro(doc: Doc, st: Style, ctx: dict) -> Rendered:
    due = day(doc.date + dt.timedelta(days=35), st.date)
    rows = "".join(f"<tr><td class=c>{i:04d}</td><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td>"
                   f"<td class=nw>{due}</td><td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=r>"
                   f"{amt(ln.unit_price, st.num)}</td><td class=r>{amt(ln.amount, st.num)}</td></tr>"
                   for i, ln in enumerate(doc.lines, start=1))
    grid = [("Order Number", f"<b>{e(doc.number)}</b>"), ("Order Date", day(doc.date, st.date)),
            ("Supplier", e(ctx["supplier_code"])), ("Buyer", e(ctx["buyer_code"])), ("Currency", e(doc.currency)),
            ("Incoterm", f"<span class=nw>{e(doc.incoterms)}</span>"),
            ("Terms", f"<span class=nw>{e(doc.payment_terms)}</span>")]
    body = (
        f"<div class=hd><div><b class=co>{e(doc.buyer.name)}</b><br>{e(doc.buyer.address)}<br>VAT No. "
        f"{e(ctx['vat_no'])} · CRO {e(ctx['cro'])}</div><div class=ti>PURCHASE ORDER</div></div>"
        "<table class=g><tr>" + "".join(f"<th>{k}</th>" for k, _ in grid) + "</tr><tr>"
        + "".join(f"<td>{v}</td>" for _, v in grid) + "</tr></table>"
        f"<table class=ad><tr><td><div class=cap>Supplier</div>{addr_html(doc.seller)}</td><td><div class=cap>"
        f"Deliver To</div>{nl(ctx['ship_to'].replace(', ', chr(10)))}</td></tr></table>"
        "<table class=it><thead><tr><th>Line</th><th>Stock Code</th><th>Description</th><th>Due Date</th><th "
        "class=r>Order Qty</th><th>UOM</th><th class=r>Price</th><th class=r>Value</th></tr></thead><tbody>"
        f"{rows}</tbody></table><table class=tt><tr><td>Total Order Value {e(doc.currency)}</td><td class=r><b>"
        f"{amt(doc.total, st.num)}</b></td></tr></table>"
        "<p class=sm>VAT: postponed accounting – import VAT will be accounted for by the purchaser on its return. "
        "Please quote our order number on all correspondence, delivery notes and invoices. Deliveries accepted "
        f"Mon–Fri 08:00–15:30.</p><p>Authorised: {e(ctx['signatory'])}, {e(ctx['buyer_title'])}</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; border-bottom: 1px solid #000; padding-bottom: 4px; "
           "font-size: 8pt; } .co { font-size: 11pt; } .ti { font-size: 16pt; letter-spacing: 1px; } .g { width: "
           "100%; margin-top: 8px; font-size: 7.5pt; } .g th { background: #dde3ea; text-align: left; padding: 3px; "
           "border: 1px solid #9aa; } .g td { padding: 3px; border: 1px solid #9aa; } .ad { width: 100%; margin-top: "
           "8px; } .ad td { width: 50%; vertical-align: top; border: 1px solid #9aa; padding: 4px; } .cap { font-size: "
           "7pt; color: #555; } .it { width: 100%; margin-top: 8px; } .it th { border-top: 1px solid #000; "
           "border-bottom: 1px solid #000; text-align: left; padding: 3px; font-size: 8pt; } .it td { padding: 3px; "
           "vertical-align: top; } .r { text-align: right !important; } .c { text-align: center; } .nw { "
           "white-space: nowrap; } .tt { margin: 6px 0 0 auto; border-top: 1px solid #000; } .tt td { padding: 3px "
           "8px; } .sm { font-size: 7.5pt; margin-top: 12px; }")
    return html_page(f"Purchase Order {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L131: Danish ERP purchase order (e-conomic / Uniconta style) in English with Danish captions (docx ->
# LibreOffice): the buyer's name and CVR top right, "Indkøbsordre / Purchase order" with number and date,
# the supplier's address window on the left with our creditor number, the item number printed under the
# description in one cell, many lines running onto a second page, and "Subtotal / Moms / Total".

def l131_danish(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    para(d, f"{doc.buyer.name} · CVR {ctx['cvr']}", bold=True, size=11, align="right")
    para(d, doc.buyer.address, size=8, align="right")
    para(d)
    para(d, f"{doc.seller.name}\n{doc.seller.address.replace(', ', chr(10))}", size=9)
    para(d)
    para(d, f"Indkøbsordre / Purchase order {doc.number}", bold=True, size=14)
    info = [["Dato / Date", day(doc.date, st.date), "Kreditornr. / Supplier no.", ctx["creditor_no"]],
            ["Vores ref. / Our ref.", ctx["contact"], "Valuta / Currency", doc.currency or ""],
            ["Levering / Delivery", doc.incoterms or "", "Betaling / Payment", doc.payment_terms or ""]]
    table(d, info, [1.3, 2.0, 1.5, 2.0], head=False, size=8)
    para(d)
    rows = [["Pos.", "Beskrivelse / Description", "Antal / Qty", "Enhed / Unit", "Pris / Price",
             "Beløb / Amount"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i * 10), f"{ln.description}\nVarenr. {ln.sku}", str(ln.quantity), ln.unit or "",
                     amt(ln.unit_price, st.num), amt(ln.amount, st.num)])
    t = table(d, rows, [0.5, 3.4, 0.7, 0.7, 0.8, 0.9], size=8)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    for k, v in (("Subtotal", doc.subtotal), ("Moms (omvendt betalingspligt) / VAT (reverse charge)", Decimal(0)),
                 (f"Total {doc.currency}", doc.total)):
        para(d, f"{k}: {amt(v, st.num)}", bold=k.startswith("Total"), align="right")
    para(d)
    para(d, f"Leveringsadresse / Delivery address: {ctx['ship_to']}", size=8)
    para(d, "Ordrebekræftelse bedes sendt til indkob@vestjysk-vindservice.example. Please confirm the order and "
            "state our order number on the delivery note and invoice.", size=8)
    para(d, f"Godkendt / Approved: {ctx['signatory']}, {ctx['buyer_title']}", size=8.5)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L132: Uzbek dealer's order sheet in German with Russian captions (xlsx, sent as is): "ЗАКАЗ / BESTELLUNG
# Nr. … от / vom …" across the sheet, "Поставщик / Lieferant" and "Покупатель / Käufer" blocks with the
# INN, a grid "№ | Наименование / Bezeichnung | Код / Art.-Nr. | Кол-во / Menge | Ед. / ME | Цена / Preis
# | Сумма / Betrag", "Итого / Summe" and "НДС / MwSt.: без НДС / ohne", terms rows and two signature lines.

def l132_uz_sheet(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], "Bestellung")
    thin = Side(style="thin", color="000000")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEFG", (5, 48, 12, 10, 7, 13, 14), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, f"ЗАКАЗ / BESTELLUNG Nr. {doc.number} от / vom {day(doc.date, st.date)}").font = \
        Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws.cell(3, 1, "Поставщик / Lieferant:").font = bold
    ws.cell(4, 1, f"{doc.seller.name}, {doc.seller.address}")
    ws.cell(5, 1, "Покупатель / Käufer:").font = bold
    ws.cell(6, 1, f"{doc.buyer.name}, INN {ctx['inn']}, {doc.buyer.address}")
    ws.cell(7, 1, f"Bank: {ctx['bank']}, {ctx['iban']}, SWIFT {ctx['bic']}")
    r = 9
    heads = ("№", "Наименование / Bezeichnung", "Код / Art.-Nr.", "Кол-во / Menge", "Ед. / ME", "Цена / Preis",
             "Сумма / Betrag")
    for j, h in enumerate(heads, start=1):
        c = ws.cell(r, j, h)
        c.font = bold
        c.border = grid
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(horizontal="center", wrap_text=True)
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((i, ln.description, ln.sku, ln.quantity, ln.unit or "", float(ln.unit_price),
                               float(ln.amount)), start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            if j in (6, 7):
                c.number_format = "#,##0.00"
    r += len(doc.lines) + 1
    ws.cell(r, 5, "Итого / Summe:").font = bold
    c = ws.cell(r, 7, float(doc.total))
    c.font = bold
    c.number_format = "#,##0.00"
    ws.cell(r + 1, 5, "НДС / MwSt.:").font = bold
    ws.cell(r + 1, 7, "без НДС / ohne")
    for k, (cap, v) in enumerate((("Валюта / Währung:", doc.currency), ("Условия поставки / Lieferbedingung:",
                                  doc.incoterms), ("Условия оплаты / Zahlung:", doc.payment_terms),
                                  ("Срок поставки / Liefertermin:", "6 Wochen nach Zahlungseingang")), start=3):
        ws.cell(r + k, 1, cap).font = bold
        ws.cell(r + k, 2, v)
    ws.cell(r + 8, 1, f"Директор / Direktor: ____________ {ctx['signatory']}")
    ws.cell(r + 9, 1, f"Снабжение / Einkauf: ____________ {ctx['contact']}")
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L133: ERPNext-style "Orden de compra" of a Panamanian shipyard (HTML -> Chromium): the document name
# (PUR-ORD-…) as title, a two-column field block (Proveedor, Fecha, Requerido para, Moneda, Incoterm,
# Condiciones de pago), the items grid "No. | Código de artículo | Descripción | Cantidad | UdM | Tarifa |
# Importe", the tax table "ITBMS 0 % (importación)", "Total general", "En palabras" and the footer.

UNITS = ["", "UN", "DOS", "TRES", "CUATRO", "CINCO", "SEIS", "SIETE", "OCHO", "NUEVE", "DIEZ", "ONCE", "DOCE",
         "TRECE", "CATORCE", "QUINCE", "DIECISÉIS", "DIECISIETE", "DIECIOCHO", "DIECINUEVE", "VEINTE"]
TENS_ES = ["", "", "VEINTI", "TREINTA", "CUARENTA", "CINCUENTA", "SESENTA", "SETENTA", "OCHENTA", "NOVENTA"]
HUNDREDS = ["", "CIENTO", "DOSCIENTOS", "TRESCIENTOS", "CUATROCIENTOS", "QUINIENTOS", "SEISCIENTOS",
            "SETECIENTOS", "OCHOCIENTOS", "NOVECIENTOS"]


def en_letras(n: int) -> str:
    if n <= 20:
        return UNITS[n]
    if n < 30:
        return "VEINTI" + UNITS[n - 20]
    if n < 100:
        return TENS_ES[n // 10] + (f" Y {UNITS[n % 10]}" if n % 10 else "")
    if n == 100:
        return "CIEN"
    if n < 1000:
        return (HUNDREDS[n // 100] + " " + en_letras(n % 100)).strip()
    head = "MIL" if n // 1000 == 1 else en_letras(n // 1000) + " MIL"
    return (head + " " + en_letras(n % 1000)).strip()


def l133_erpnext(doc: Doc, st: Style, ctx: dict) -> Rendered:
    rows = "".join(f"<tr><td class=c>{i}</td><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td>"
                   f"<td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=r>{doc.currency} "
                   f"{amt(ln.unit_price, st.num)}</td><td class=r>{doc.currency} {amt(ln.amount, st.num)}</td></tr>"
                   for i, ln in enumerate(doc.lines, start=1))
    cents = int((doc.total % 1) * 100)
    letras = f"{doc.currency} {en_letras(int(doc.total))} CON {cents:02d}/100 SOLAMENTE"
    left = [("Proveedor", e(doc.seller.name)), ("Dirección del proveedor", e(doc.seller.address)),
            ("Incoterm", f"<span class=nw>{e(doc.incoterms)}</span>"),
            ("Condiciones de pago", e(doc.payment_terms))]
    right = [("Fecha", day(doc.date, st.date)), ("Requerido para", day(doc.date + dt.timedelta(days=45), st.date)),
             ("Moneda", e(doc.currency)), ("Empresa", e(doc.buyer.name))]
    body = (
        f"<div class=hd><div><b class=co>{e(doc.buyer.name)}</b><br>{e(doc.buyer.address)}<br>RUC "
        f"{e(ctx['ruc'])}</div></div><h1>Orden de compra<br><span class=nm>{e(doc.number)}</span></h1>"
        "<table class=f><tr><td>" + "".join(f"<div class=k>{k}</div><div class=v>{v}</div>" for k, v in left)
        + "</td><td>" + "".join(f"<div class=k>{k}</div><div class=v>{v}</div>" for k, v in right) + "</td></tr></table>"
        "<table class=it><thead><tr><th class=c>No.</th><th>Código de artículo</th><th>Descripción</th><th class=r>"
        f"Cantidad</th><th>UdM</th><th class=r>Tarifa</th><th class=r>Importe</th></tr></thead><tbody>{rows}"
        f"</tbody></table><table class=tt><tr><td>Total neto</td><td class=r>{doc.currency} "
        f"{amt(doc.subtotal, st.num)}</td></tr><tr><td>ITBMS 0 % (importación)</td><td class=r>{doc.currency} "
        f"{amt(Decimal(0), st.num)}</td></tr><tr class=g><td>Total general</td><td class=r>{doc.currency} "
        f"{amt(doc.total, st.num)}</td></tr></table><p>En palabras: {letras}</p>"
        f"<p class=sm>Entregar en: Muelle 18, {e(doc.buyer.name)}, Balboa. Indicar el número de orden en la factura y "
        f"en los documentos de embarque.</p><p>Aprobado por: {e(ctx['signatory'])}, {e(ctx['buyer_title'])}</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { font-size: 8pt; color: #444; } .co { font-size: 11pt; color: #000; } h1 { font-size: 15pt; margin: "
           "14px 0 10px; } .nm { font-size: 10pt; color: #666; } .f { width: 100%; } .f td { width: 50%; "
           "vertical-align: top; padding-right: 14px; } .k { font-size: 7.5pt; color: #777; margin-top: 5px; } .v { "
           "border-bottom: 1px solid #eee; } .it { width: 100%; margin-top: 14px; } .it th { background: #f4f5f6; "
           "text-align: left; padding: 4px; font-size: 8pt; border-bottom: 1px solid #ccc; } .it td { padding: 4px; "
           "border-bottom: 1px solid #eee; vertical-align: top; } .r { text-align: right !important; } .c { "
           "text-align: center; } .nw { white-space: nowrap; } .tt { margin: 8px 0 0 auto; } .tt td { padding: 3px "
           "10px; } .tt .g td { border-top: 1px solid #000; } .sm { font-size: 7.5pt; color: #555; }")
    return html_page(f"Orden de compra {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L134: A customer's Supplier Corrective Action Request (SCAR), the claim document (HTML -> Chromium):
# "SUPPLIER CORRECTIVE ACTION REQUEST" with SCAR no. and date raised, a grid (supplier, PO, delivery,
# claim reference, date received), the non-conforming parts (part no., description, qty received, qty
# rejected, defect), containment taken, the supplier's response boxes left empty and the quality sign-off.

def l134_scar(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kv = [("SCAR No.", f"<b>{e(doc.number)}</b>"), ("Date raised", day(doc.date, st.date)),
          ("Supplier", e(doc.seller.name)), ("Purchase Order", e(doc.order_number or "")),
          ("Delivery ref.", e(ctx["delivery"])), ("Date received", day(ctx["received"], st.date)),
          ("Customer claim ref.", e(ref(doc, "claim_ref"))), ("Severity", "Major – production affected")]
    cells = "".join(f"<td class=k>{k}</td><td>{v}</td>" + ("</tr><tr>" if i % 2 else "")
                    for i, (k, v) in enumerate(kv)).removesuffix("</tr><tr>")
    rows = "".join(f"<tr><td class=nw>{e(sku)}</td><td>{words(desc)}</td><td class=r>{q}</td><td class=r>{bad}</td>"
                   f"<td>{e(why)}</td></tr>" for sku, desc, q, bad, why in ctx["findings"])
    body = (
        f"<div class=hd><b>{e(doc.buyer.name)}</b> · Quality Department<br>{e(doc.buyer.address)}</div>"
        "<h2>SUPPLIER CORRECTIVE ACTION REQUEST (SCAR)</h2>"
        f"<table class=g><tr>{cells}</tr></table><h3>1. Non-conformance</h3>"
        "<table class=d><thead><tr><th>Part No.</th><th>Description</th><th class=r>Qty received</th><th class=r>"
        f"Qty rejected</th><th>Defect found at goods-in inspection</th></tr></thead><tbody>{rows}</tbody></table>"
        "<h3>2. Containment (customer)</h3><p>Rejected parts quarantined in bay Q2 and tagged; stock checked, no "
        "further suspect parts. Parts held for supplier inspection for 30 days.</p>"
        "<h3>3. Root cause / 4. Corrective action / 5. Verification (supplier to complete)</h3>"
        "<table class=e><tr><td>&nbsp;</td></tr><tr><td>&nbsp;</td></tr></table>"
        "<p><b>Requested disposition:</b> replacement of the rejected quantities, carriage paid, and 8D response "
        f"within 10 working days.</p><p>Raised by: {e(ctx['inspector'])}, Quality Engineer &nbsp;&nbsp; Approved: "
        f"{e(ctx['contact'])}, Procurement Lead</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { border-bottom: 2px solid #2c6e49; padding-bottom: 4px; font-size: 9pt; } h2 { font-size: 12pt; "
           "margin: 12px 0 8px; } h3 { font-size: 9.5pt; margin: 12px 0 4px; } .g { width: 100%; } .g td { border: "
           "1px solid #aaa; padding: 3px; } .k { background: #e8f1ec; width: 18%; } .d, .e { width: 100%; } .d th, "
           ".d td { border: 1px solid #999; padding: 3px; text-align: left; vertical-align: top; } .e td { border: "
           "1px solid #999; height: 28px; } .r { text-align: right !important; } .nw { white-space: nowrap; }")
    return html_page(f"SCAR {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L135: The paying bank's execution report of an ISO 20022 credit transfer (pain.001 / pain.002), as its
# online banking prints it (HTML -> Chromium), in the customer's language: bank band, "status: executed
# (ACSC)", a key/value list with the message and end-to-end identifiers, requested execution date,
# debtor / debtor account, creditor / creditor IBAN and BIC, instructed amount, charge bearer and the
# unstructured remittance information with the invoice and order numbers; then the XML element names.

L135 = {
    "en": ("Credit transfer – execution report", "Status", "executed (ACSC – settlement completed)",
           "End-to-end ID", "Requested execution date", "Debtor", "Debtor account", "Creditor", "Creditor account",
           "Creditor agent (BIC)", "Instructed amount", "Charge bearer", "Remittance information",
           "Generated by online banking; valid without signature."),
    "de": ("Überweisung – Ausführungsbestätigung", "Status", "ausgeführt (ACSC – abgeschlossen)",
           "Ende-zu-Ende-Referenz", "Ausführungsdatum", "Auftraggeber", "Konto Auftraggeber", "Empfänger",
           "IBAN Empfänger", "BIC Empfängerbank", "Betrag", "Entgeltregelung", "Verwendungszweck",
           "Maschinell erstellt, ohne Unterschrift gültig."),
    "fr": ("Virement – compte rendu d'exécution", "Statut", "exécuté (ACSC – réglé)", "Référence de bout en bout",
           "Date d'exécution demandée", "Donneur d'ordre", "Compte du donneur d'ordre", "Bénéficiaire",
           "Compte du bénéficiaire", "Banque du bénéficiaire (BIC)", "Montant", "Frais", "Motif / référence",
           "Document généré par la banque en ligne, valable sans signature."),
    "es": ("Transferencia – comprobante de ejecución", "Estado", "ejecutada (ACSC – liquidada)",
           "Referencia extremo a extremo", "Fecha de ejecución", "Ordenante", "Cuenta del ordenante",
           "Beneficiario", "Cuenta del beneficiario", "Banco del beneficiario (BIC)", "Importe", "Gastos",
           "Concepto", "Comprobante generado por la banca en línea, válido sin firma."),
}


def l135_pain(doc: Doc, st: Style, ctx: dict) -> Rendered:
    (title, c_st, status, c_e2e, c_date, c_dbt, c_dacc, c_cdt, c_cacc, c_bic, c_amt, c_chg, c_rmt,
     foot) = L135[st.lang]
    info = f"INV {ref(doc, 'invoice_ref')} PO {doc.order_number or ''}"
    if ctx.get("deposit"):
        info += " ADVANCE 30PCT"
    kv = [(c_st, status), (c_e2e, f"<b>{e(doc.number)}</b>"), (c_date, day(doc.date, st.date)),
          (c_dbt, e(doc.buyer.name)), (c_dacc, e(ctx["iban"])), (c_cdt, e(doc.seller.name)),
          (c_cacc, US_IBAN), (c_bic, US_BIC), (c_amt, f"<b>{doc.currency} {amt(doc.total, st.num)}</b>"),
          (c_chg, "SHAR"), (c_rmt, e(info))]
    xml = ["GrpHdr/MsgId", "PmtInf/PmtInfId", "CdtTrfTxInf/PmtId/EndToEndId", "ReqdExctnDt", "Dbtr/Nm",
           "DbtrAcct/Id", "Cdtr/Nm", "CdtrAcct/Id/IBAN", "CdtrAgt/FinInstnId/BICFI", "Amt/InstdAmt", "ChrgBr",
           "RmtInf/Ustrd"]
    body = (f"<div class=hd><b>{e(ctx['bank'])}</b><span>BIC {e(ctx['bic'])}</span></div><h2>{title}</h2>"
            "<table class=kv>"
            + "".join(f"<tr><th>{k}</th><td>{v}</td><td class=x>{x}</td></tr>"
                      for (k, v), x in zip(kv, xml[1:], strict=True))
            + f"</table><p class=small>MsgId {e(doc.number)}-{doc.date.strftime('%Y%m%d')} · {foot}</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; background: #23395d; color: #fff; padding: 6px 8px; "
           "font-size: 10pt; } h2 { font-size: 12pt; margin: 14px 0; } .kv { width: 100%; } .kv th { text-align: "
           "left; width: 28%; color: #444; padding: 4px; border-bottom: 1px solid #ddd; vertical-align: top; } .kv "
           "td { padding: 4px; border-bottom: 1px solid #ddd; } .kv .x { font-family: 'DejaVu Sans Mono', monospace; "
           "font-size: 6.5pt; color: #999; width: 24%; } .small { font-size: 7pt; color: #777; margin-top: 16px; }")
    return html_page(title, css, body)


# ------------------------------------------------------------------------------------------------
# L136: Our warehouse management system's packing list by carton (docx -> LibreOffice): "PACKING LIST"
# banner with the list number and despatch date, "Sold to" / "Ship to" cells, a reference strip (customer
# PO, our invoice, Incoterms, transport, trailer or container), then one row per carton and article
# "Carton | Item No. | Description | Qty | UoM | Net kg | Gross kg" and the carton / weight totals.

def l136_wms(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("WMS", "Liberation Sans", 9)
    para(d, "NORTHWIND COMPONENTS LTD. · Distribution Centre · 12 Dockside Road · Southampton SO14 3AB", size=7.5)
    para(d, "PACKING LIST", bold=True, size=16)
    para(d, f"Packing list no. {doc.number}    Despatch date: {day(doc.date, st.date)}")
    parties = d.add_table(rows=1, cols=2)
    parties.style = "Table Grid"
    put(parties.cell(0, 0), f"Sold to\n{doc.buyer.name}\n{doc.buyer.address}", size=8.5)
    put(parties.cell(0, 1), f"Ship to\n{ctx.get('ship_to', doc.buyer.address)}", size=8.5)
    widths(parties, [3.4, 3.4])
    para(d)
    strip = [["Customer PO", doc.order_number or "", "Our invoice", ref(doc, "invoice_ref") or "–"],
             ["Incoterms", doc.incoterms or "", "Transport", ctx["carrier"]],
             [ctx["track_caption"], ", ".join(doc.tracking_numbers), "Cartons", str(ctx["cases"])]]
    table(d, strip, [1.1, 2.3, 1.0, 2.4], head=False, size=8)
    para(d)
    rows = [["Carton", "Item No.", "Description", "Qty", "UoM", "Net kg", "Gross kg"]]
    rows += [[case, ln.sku, ln.description, str(ln.quantity), ln.unit or "", net, gross]
             for ln, case, net, gross in ctx["rows"]]
    t = table(d, rows, [0.6, 1.1, 2.9, 0.5, 0.5, 0.6, 0.7], size=8)
    repeat_header(t.rows[0])
    para(d)
    para(d, f"Total: {ctx['cases']} cartons on {ctx['pallets']} pallet(s) · net {ctx['net']} kg · gross "
            f"{ctx['gross']} kg", bold=True)
    para(d, "Picked by: J. Okonjo    Checked and sealed by: despatch supervisor", size=8)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L137: A shipping line's bill of lading released by telex (HTML -> Chromium): "BILL OF LADING FOR PORT-TO-
# PORT OR COMBINED TRANSPORT", B/L and booking numbers, shipper's reference with the order number,
# shipper / consignee / notify party, pre-carriage, vessel and voyage, ports, the particulars furnished by
# the shipper per container (container / seal, packages, description, gross weight, measurement), freight
# terms, "Number of original B(s)/L: ZERO (0) – TELEX RELEASE" with a SURRENDERED stamp, place and date.

def l137_telex(doc: Doc, st: Style, ctx: dict) -> Rendered:
    issued = day(doc.date, st.date)
    cargo = "".join(f"<tr><td class=nw>{e(c)}<br>SEAL {e(s)}</td><td>{e(ctx['packages'])}</td><td>SHIPPER'S LOAD, "
                    f"STOW AND COUNT<br>SAID TO CONTAIN: {e(ctx['goods'])}<br>HS 8487.90</td><td class=r>{ctx['gross']}"
                    f" KGS</td><td class=r>{ctx['cbm']} CBM</td></tr>"
                    for c, s in zip(doc.tracking_numbers, ctx["seals"], strict=True))
    body = (
        f"<div class=hd><b>{e(ctx['line'])}</b><span>BILL OF LADING FOR PORT-TO-PORT OR COMBINED TRANSPORT</span>"
        "</div><table class=b><tr><td class=w><div class=cap>Shipper</div>"
        f"{addr_html(doc.seller)}</td><td><div class=cap>B/L No.</div><b>{e(doc.number)}</b><div class=cap>Booking "
        f"No.</div>{e(ctx['booking'])}<div class=cap>Shipper's reference</div>PO {e(doc.order_number or '')}</td>"
        f"</tr><tr><td><div class=cap>Consignee</div>{addr_html(doc.buyer)}</td><td rowspan=2 class=st><div "
        "class=stamp>SURRENDERED</div><div class=cap>Number of original B(s)/L</div>ZERO (0) – TELEX RELEASE"
        f"</td></tr><tr><td><div class=cap>Notify party</div>SAME AS CONSIGNEE</td></tr></table>"
        f"<table class=b><tr><td><div class=cap>Vessel / Voyage</div>{e(ctx['vessel'])} / {e(ctx['voyage'])}</td>"
        "<td><div class=cap>Port of loading</div>SOUTHAMPTON, UNITED KINGDOM</td><td><div class=cap>Port of "
        f"discharge</div>{e(ctx['pod'])}</td><td><div class=cap>Place of delivery</div>{e(ctx['delivery'])}</td>"
        "</tr></table><div class=cap2>PARTICULARS FURNISHED BY THE SHIPPER – NOT CHECKED BY THE CARRIER</div>"
        "<table class=c><thead><tr><th>Container / Seal</th><th>Packages</th><th>Description of goods</th><th "
        f"class=r>Gross weight</th><th class=r>Measurement</th></tr></thead><tbody>{cargo}</tbody></table>"
        f"<table class=b><tr><td><div class=cap>Freight</div>FREIGHT {ctx['freight']}</td><td><div class=cap>"
        f"Place and date of issue</div>SOUTHAMPTON, {issued}</td><td><div class=cap>Shipped on board</div>{issued}"
        f"</td></tr></table><p class=small>Received by the carrier in apparent good order and condition unless "
        "otherwise noted. The cargo is released to the consignee against this telex release without surrender "
        f"of an original bill of lading. Signed for the carrier {e(ctx['line'])} as carrier.</p>")
    css = ("* { font-weight: normal !important; } "
           ".hd { display: flex; justify-content: space-between; border-bottom: 2px solid #000; padding-bottom: 4px; "
           "font-size: 9pt; } .b { width: 100%; margin-top: 6px; } .b td { border: 1px solid #000; padding: 4px; "
           "vertical-align: top; font-size: 8pt; } .w { width: 58%; } .cap { font-size: 6.5pt; color: #555; "
           "margin-top: 3px; } .cap2 { font-size: 7pt; margin-top: 10px; } .st { text-align: center; } .stamp { "
           "display: inline-block; border: 3px solid #b22; color: #b22; font-size: 15pt; padding: 2px 10px; "
           "transform: rotate(-8deg); margin: 8px; } .c { width: 100%; margin-top: 4px; } .c th { border: 1px solid "
           "#000; font-size: 7.5pt; padding: 3px; text-align: left; } .c td { border: 1px solid #000; padding: 4px; "
           "vertical-align: top; font-size: 8pt; } .r { text-align: right !important; } .nw { white-space: nowrap; } "
           ".small { font-size: 6.5pt; color: #444; margin-top: 10px; }")
    return html_page(f"Bill of Lading {doc.number}", css, body)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L128": (l128_acumatica, "Acumatica-style sales quote / pro forma / invoice, zero-rated VAT total (HTML)"),
    "L129": (l129_contract_note, "export sales contract in contract-note form, particulars grid, signature cells (docx)"),
    "L130": (l130_syspro, "SYSPRO-style Irish purchase order, postponed-VAT note (HTML)"),
    "L131": (l131_danish, "Danish ERP purchase order, da/en captions, item number under the description (docx)"),
    "L132": (l132_uz_sheet, "Uzbek dealer's order sheet, ru/de captions (xlsx)"),
    "L133": (l133_erpnext, "ERPNext-style Panamanian 'Orden de compra', ITBMS 0 %, amount in words (HTML)"),
    "L134": (l134_scar, "customer's supplier corrective action request (SCAR), the claim document (HTML)"),
    "L135": (l135_pain, "bank's ISO 20022 credit-transfer execution report, en/de/fr/es (HTML)"),
    "L136": (l136_wms, "warehouse system's packing list by carton (docx)"),
    "L137": (l137_telex, "shipping line's telex-release bill of lading (HTML)"),
}

# Layouts that print a tax line of zero: their documents are labelled tax "0.00".
ZERO_TAX = ("L128", "L131", "L133")


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line."""
    return key in LAYOUTS
