"""Fourth-holdout document layouts L31-L39, each modelled on a real-world family not used in dev-dev4."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

# Infrastructure only (zip pinning, docx/xlsx setup, date/number printing, HTML page); the layouts are new.
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
from tests.corpus.dev4_gen.layouts import Style, amt, e, html_page, nl, qty
from tests.corpus.docs import Doc


def lines_of(party: object) -> str:
    return party.name + "\n" + party.address.replace(", ", "\n")


# ------------------------------------------------------------------------------------------------
# L31: Bilingual purchase order of an importer's ERP (docx -> LibreOffice): local language over English in
# every label ("Sipariş No / Order No"), letterhead with tax office and registry numbers, "Sıra" column,
# prepared/approved sign-off. Turkish and Vietnamese label sets.

L31 = {
    "tr": {"title": "SATINALMA SİPARİŞİ / PURCHASE ORDER", "no": "Sipariş No / Order No",
           "date": "Sipariş Tarihi / Order Date", "sup": "Tedarikçi / Supplier", "inco": "Teslim Şekli / Delivery Terms",
           "pay": "Ödeme Şekli / Payment Terms", "cur": "Para Birimi / Currency", "ship": "Sevk Adresi / Ship To",
           "cols": ("Sıra\nNo", "Malzeme Kodu\nMaterial Code", "Malzeme Açıklaması\nDescription", "Miktar\nQty",
                    "Birim\nUnit", "Birim Fiyat\nUnit Price", "Tutar\nAmount"),
           "total": "GENEL TOPLAM / GRAND TOTAL", "prep": "Hazırlayan / Prepared by", "appr": "Onaylayan / Approved by",
           "note": "Lütfen sipariş numaramızı fatura, çeki listesi ve konşimento üzerinde belirtiniz. / Please state "
                   "our order number on the invoice, packing list and bill of lading."},
    "vi": {"title": "ĐƠN ĐẶT HÀNG / PURCHASE ORDER", "no": "Số đơn hàng / PO No.", "date": "Ngày / Date",
           "sup": "Nhà cung cấp / Supplier", "inco": "Điều kiện giao hàng / Delivery Terms",
           "pay": "Điều kiện thanh toán / Payment Terms", "cur": "Tiền tệ / Currency",
           "ship": "Địa chỉ giao hàng / Deliver To",
           "cols": ("STT\nNo.", "Mã hàng\nItem Code", "Tên hàng / Mô tả\nDescription", "Số lượng\nQty",
                    "ĐVT\nUnit", "Đơn giá\nUnit Price", "Thành tiền\nAmount"),
           "total": "TỔNG CỘNG / TOTAL", "prep": "Người lập / Prepared by", "appr": "Giám đốc / Director",
           "note": "Ghi chú: Hàng hóa phải kèm theo C/O form và chứng từ gốc. / Goods must be accompanied by the "
                   "certificate of origin and original documents."},
}


def l31_bilingual_po(doc: Doc, st: Style, ctx: dict) -> Rendered:
    t = L31[st.lang]
    d = new_docx(ctx["prepared_by"], "Liberation Sans", 8.5)
    para(d, doc.buyer.name, bold=True, size=12)
    para(d, f"{doc.buyer.address}\n{ctx['registry']}", size=7.5)
    para(d, t["title"], bold=True, size=13, align="center")
    g = d.add_table(rows=4, cols=4)
    g.style = "Table Grid"
    cells = [(t["no"], doc.number), (t["date"], day(doc.date, st.date)),
             (t["sup"], f"{doc.seller.name}\n{doc.seller.address}"), (t["ship"], ctx["ship_to"]),
             (t["inco"], doc.incoterms), (t["pay"], doc.payment_terms), (t["cur"], doc.currency),
             ("", "")]
    for i, (k, v) in enumerate(cells):
        put(g.cell(i // 2, (i % 2) * 2), k, bold=True, size=7.5)
        shade(g.cell(i // 2, (i % 2) * 2), "FCE4D6")
        put(g.cell(i // 2, (i % 2) * 2 + 1), v, size=8)
    widths(g, [1.3, 2.2, 1.3, 2.2])
    para(d)
    tab = d.add_table(rows=1, cols=7)
    tab.style = "Table Grid"
    for i, h in enumerate(t["cols"]):
        put(tab.rows[0].cells[i], h, bold=True, size=7.5, align="center")
        shade(tab.rows[0].cells[i], "F4B183")
    repeat_header(tab.rows[0])
    for i, ln in enumerate(doc.lines, start=1):
        r = tab.add_row().cells
        for j, v in enumerate((str(i), ln.sku, ln.description, qty(ln.quantity, st.num), ln.unit,
                               amt(ln.unit_price, st.num), amt(ln.amount, st.num))):
            put(r[j], v, align="right" if j in (3, 5, 6) else None, size=8)
    r = tab.add_row().cells
    merged = r[0].merge(r[5])
    put(merged, f"{t['total']} ({doc.currency})", bold=True, align="right")
    put(r[6], amt(doc.total, st.num), bold=True, align="right")
    widths(tab, [0.4, 1.1, 2.6, 0.6, 0.5, 0.9, 1.0])
    para(d)
    para(d, t["note"], size=7.5, italic=True)
    para(d)
    s = d.add_table(rows=2, cols=2)
    put(s.cell(0, 0), t["prep"], bold=True)
    put(s.cell(0, 1), t["appr"], bold=True)
    put(s.cell(1, 0), ctx["prepared_by"])
    put(s.cell(1, 1), ctx["approved_by"])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L32: Zoho-Books-style invoice (HTML -> Chromium): company block left, big "INVOICE" and "# number" right,
# "Balance Due" box, Bill To / Ship To, "Item & Description" with the item code under the name, quantities
# with the unit after them, Sub Total / Total / Balance Due, Notes and Terms & Conditions.

def l32_zoho(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cur = doc.currency
    rows = "".join(
        f"<tr><td class=n>{i}</td><td><div class=item>{e(ln.description)}</div><div class=sku>SKU: {e(ln.sku)}</div></td>"
        f"<td class=r>{ln.quantity}.00<div class=u>{e(ln.unit)}</div></td><td class=r>{amt(ln.unit_price, st.num)}</td>"
        f"<td class=r>{amt(ln.amount, st.num)}</td></tr>" for i, ln in enumerate(doc.lines, start=1))
    tax = "" if doc.tax is None else (f"<tr><td>VAT ({doc.tax_rate}%)</td><td class=r>{amt(doc.tax, st.num)}</td></tr>")
    body = (
        "<table class=top><tr><td><div class=co>" + e(doc.seller.name) + "</div>" + nl(doc.seller.address.replace(", ", "\n"))
        + "<br>VAT Reg. No: GB284117742<br>accounts@example.com</td>"
        f"<td class=right><div class=big>INVOICE</div><div># {e(doc.number)}</div><div class=bd>Balance Due<br>"
        f"<b>{cur} {amt(doc.total, st.num)}</b></div></td></tr></table>"
        f"<table class=addr><tr><td class=bill><span class=lbl>Bill To</span><br><b class=nw>{e(doc.buyer.name)}</b><br>"
        f"{nl(doc.buyer.address.replace(', ', chr(10)))}</td><td><span class=lbl>Ship To</span><br>{nl(ctx['ship_to'])}</td>"
        "<td class=meta><table>"
        f"<tr><td>Invoice Date :</td><td>{day(doc.date, st.date)}</td></tr>"
        f"<tr><td>Terms :</td><td>{e(doc.payment_terms)}</td></tr>"
        f"<tr><td>Due Date :</td><td>{day(doc.date + dt.timedelta(days=ctx.get('due_days', 30)), st.date)}</td></tr>"
        f"<tr><td>P.O.# :</td><td>{e(doc.order_number or '')}</td></tr></table></td></tr></table>"
        "<table class=items><thead><tr><th class=n>#</th><th>Item &amp; Description</th><th class=r>Qty</th>"
        f"<th class=r>Rate</th><th class=r>Amount</th></tr></thead><tbody>{rows}</tbody></table>"
        f"<table class=tot><tr><td>Sub Total</td><td class=r>{amt(doc.subtotal, st.num)}</td></tr>{tax}"
        f"<tr class=g><td>Total</td><td class=r>{cur} {amt(doc.total, st.num)}</td></tr>"
        f"<tr class=g><td>Balance Due</td><td class=r>{cur} {amt(doc.total, st.num)}</td></tr></table>"
        "<div class=notes><span class=lbl>Notes</span><br>Goods remain our property until paid in full. "
        f"Delivery terms: {e(doc.incoterms)} (Incoterms® 2020).<br><br><span class=lbl>Terms &amp; Conditions</span>"
        f"<br>Payment: {e(doc.payment_terms)}. Please remit to HSBC UK Bank plc, IBAN GB94 HBUK 4012 7731 0456 88, "
        f"BIC HBUKGB4B, quoting invoice {e(doc.number)}.</div>")
    css = (".top, .addr { width: 100%; } .top td, .addr td { vertical-align: top; } .co { font-size: 13pt; "
           "font-weight: bold; margin-bottom: 3px; } .right { text-align: right; } .big { font-size: 24pt; "
           "letter-spacing: 1px; } .bd { margin-top: 10px; font-size: 9pt; } .addr { margin-top: 22px; } "
           ".lbl { color: #777; font-size: 8pt; } .bill { width: 36%; } .nw { white-space: nowrap; } .meta table td { padding: 2px 6px; } .items { width: 100%; "
           "margin-top: 16px; } .items th { background: #3c3d3a; color: #fff; padding: 5px; text-align: left; "
           "font-weight: normal; } .items td { border-bottom: 1px solid #ddd; padding: 5px; vertical-align: top; } "
           ".sku, .u { color: #888; font-size: 7.5pt; } .r { text-align: right; } .n { width: 4%; } "
           ".tot { width: 45%; margin-left: 55%; margin-top: 8px; } .tot td { padding: 4px 5px; } .g td { "
           "font-weight: bold; background: #f5f4f3; } .notes { margin-top: 24px; font-size: 8pt; }")
    return html_page(f"Invoice {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L33: Exporter's commercial invoice + packing list workbook, Asian export-desk style (xlsx -> LibreOffice):
# boxed shipper / consignee / notify, ports and vessel, "Marks & Nos" column, "SAY TOTAL" line; a second
# sheet lists cartons, net and gross weights per item.

def l33_ci_pl(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx("Export Desk", "INVOICE")
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEFG", (19, 16, 44, 10, 8, 16, 30), strict=True):
        ws.column_dimensions[col].width = w
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = doc.seller.name
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = doc.seller.address
    ws["A4"] = "COMMERCIAL INVOICE"
    ws["A4"].font = Font(bold=True, size=16)
    ws.merge_cells("A4:G4")
    ws["A4"].alignment = Alignment(horizontal="center")
    head = [("Shipper / Exporter", doc.seller.name, "Invoice No.", doc.number),
            ("Consignee", doc.buyer.name, "Invoice Date", day(doc.date, st.date)),
            ("", doc.buyer.address, "Buyer's Order No.", doc.order_number),
            ("Notify Party", "SAME AS CONSIGNEE", "Terms of Delivery", doc.incoterms),
            ("Port of Loading", "SOUTHAMPTON, UNITED KINGDOM", "Terms of Payment", doc.payment_terms),
            ("Port of Discharge", ctx["pod"], "Currency", doc.currency),
            ("Vessel / Voyage", ctx["vessel"], "Country of Origin", "UNITED KINGDOM")]
    r = 6
    for a, b, c, d_ in head:
        ws.cell(r, 1, a).font = bold
        ws.cell(r, 2, b).alignment = wrap
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.cell(r, 4, c).font = bold
        ws.cell(r, 6, d_).alignment = wrap
        ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=7)
        if max(len(str(b)), len(str(d_))) > 48:
            ws.row_dimensions[r].height = 26  # LibreOffice does not grow merged rows by itself
        r += 1
    r += 1
    heads = ("Marks & Nos", "Item Code", "Description of Goods", "Quantity", "Unit", f"Unit Price ({doc.currency})",
             f"Amount ({doc.currency})")
    for j, h in enumerate(heads, start=1):
        c = ws.cell(r, j, h)
        c.font = bold
        c.border = box
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    ws.print_title_rows = f"{r}:{r}"
    for i, ln in enumerate(doc.lines):
        r += 1
        vals = (ctx["marks"] if i == 0 else "", ln.sku, ln.description, ln.quantity, ln.unit, float(ln.unit_price),
                float(ln.amount))
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r, j, v)
            c.border = box
            c.alignment = wrap
            if j in (6, 7):
                c.number_format = "#,##0.00"
    r += 1
    ws.cell(r, 3, "TOTAL").font = bold
    ws.cell(r, 4, sum(ln.quantity for ln in doc.lines)).font = bold
    c = ws.cell(r, 7, float(doc.total))
    c.number_format = "#,##0.00"
    c.font = bold
    r += 2
    ws.cell(r, 1, f"SAY TOTAL: {doc.currency} {amt(doc.total, 'en')} ONLY").font = bold
    r += 2
    ws.cell(r, 1, "We hereby certify that this invoice is true and correct and that the goods are of United Kingdom "
                  "origin.")
    ws.cell(r + 2, 5, f"For and on behalf of {doc.seller.name}")
    ws.cell(r + 4, 5, "Authorised signatory")
    pl = wb.create_sheet("PACKING LIST")
    for col, w in zip("ABCDEF", (16, 44, 10, 10, 12, 12), strict=True):
        pl.column_dimensions[col].width = w
    pl["A1"] = "PACKING LIST"
    pl["A1"].font = Font(bold=True, size=16)
    pl["A2"] = f"Ref. Invoice No. {doc.number} / Order {doc.order_number}"
    for j, h in enumerate(("Item Code", "Description", "Qty", "Cartons", "N.W. (kg)", "G.W. (kg)"), start=1):
        pl.cell(4, j, h).font = bold
    for i, ln in enumerate(doc.lines):
        cartons = max(1, ln.quantity // 10)
        nw = round(ln.quantity * (0.8 + (i % 5) * 0.35), 1)
        for j, v in enumerate((ln.sku, ln.description, ln.quantity, cartons, nw, round(nw + cartons * 0.9, 1)),
                              start=1):
            pl.cell(5 + i, j, v)
    pl.cell(6 + len(doc.lines), 2, f"Shipping marks: {ctx['marks']}")
    for sh in (ws, pl):
        sh.page_setup.orientation = "landscape"
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L34: Brazilian-style "pedido de compra" written in Spanish (docx -> LibreOffice): CNPJ and state
# registration in the letterhead, Proveedor / Facturar a / Entregar en boxes, NCM column, "DDL" terms.

def l34_pedido(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["prepared_by"], "Liberation Sans", 8.5)
    t = d.add_table(rows=1, cols=2)
    put(t.cell(0, 0), f"{doc.buyer.name}\n{doc.buyer.address}\nCNPJ {ctx['cnpj']} · I.E. {ctx['ie']}", size=8)
    put(t.cell(0, 1), f"PEDIDO DE COMPRA\nN.º {doc.number}\nEmisión: {day(doc.date, st.date)}", bold=True,
        align="right", size=10)
    widths(t, [4.5, 2.5])
    para(d)
    b = d.add_table(rows=2, cols=3)
    b.style = "Table Grid"
    for j, (k, v) in enumerate((("Proveedor", f"{doc.seller.name}\n{doc.seller.address}"),
                                ("Facturar a", f"{doc.buyer.name}\nCNPJ {ctx['cnpj']}"),
                                ("Entregar en", ctx["ship_to"]))):
        put(b.cell(0, j), k, bold=True, size=7.5)
        shade(b.cell(0, j), "E2EFDA")
        put(b.cell(1, j), v, size=8)
    para(d)
    c = d.add_table(rows=2, cols=4)
    c.style = "Table Grid"
    for j, (k, v) in enumerate((("Condición de pago", doc.payment_terms), ("Incoterm", doc.incoterms),
                                ("Moneda", doc.currency), ("Comprador", ctx["prepared_by"]))):
        put(c.cell(0, j), k, bold=True, size=7.5)
        put(c.cell(1, j), v, size=8)
    para(d)
    tab = d.add_table(rows=1, cols=8)
    tab.style = "Table Grid"
    for i, h in enumerate(("Ítem", "Código", "Descripción", "NCM", "Cant.", "Un.", "Precio unit.", "Valor total")):
        put(tab.rows[0].cells[i], h, bold=True, size=7.5)
        shade(tab.rows[0].cells[i], "A9D08E")
    repeat_header(tab.rows[0])
    for i, ln in enumerate(doc.lines, start=1):
        r = tab.add_row().cells
        for j, v in enumerate((f"{i * 10:03d}", ln.sku, ln.description, ctx["ncm"][i % len(ctx["ncm"])],
                               qty(ln.quantity, st.num), ln.unit, amt(ln.unit_price, st.num), amt(ln.amount, st.num))):
            put(r[j], v, align="right" if j in (4, 6, 7) else None, size=7.5)
    widths(tab, [0.4, 1.0, 2.3, 0.8, 0.5, 0.4, 0.8, 0.9])
    para(d)
    para(d, f"Valor total del pedido ({doc.currency}): {amt(doc.total, st.num)}", bold=True, align="right")
    para(d)
    para(d, "Observaciones: Informar el número de este pedido en la factura comercial, el packing list y el "
            "conocimiento de embarque. Mercadería sujeta a inspección en el recibimiento.", size=7.5)
    para(d, f"Aprobado por: {ctx['approved_by']} — Gerencia de Suministros", size=8)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L35: Japanese-trading-house-style quotation / pro-forma in English (HTML -> Chromium): "Messrs." addressee,
# number and date top right, "We are pleased to quote…", a conditions table (price basis, payment,
# shipment, validity), Q'ty column, "Yours faithfully" with a seal box.

def l35_trading(doc: Doc, st: Style, ctx: dict) -> Rendered:
    pi = doc.doc_type == "proforma_invoice"
    title = "PROFORMA INVOICE" if pi else "QUOTATION"
    rows = "".join(
        f"<tr><td class=c>{i}</td><td>{e(ln.sku)}</td><td>{e(ln.description)}</td><td class=r>{qty(ln.quantity, 'en')}</td>"
        f"<td class=c>{e(ln.unit)}</td><td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>{amt(ln.amount, st.num)}</td></tr>"
        for i, ln in enumerate(doc.lines, start=1))
    tax = "" if doc.tax is None else (f"<tr><td colspan=6 class=r>VAT {doc.tax_rate}%</td>"
                                      f"<td class=r>{amt(doc.tax, st.num)}</td></tr>")
    sub = (f"<tr><td colspan=6 class=r>Sub-total</td><td class=r>{amt(doc.subtotal, st.num)}</td></tr>{tax}"
           if doc.tax is not None else "")
    cond = [("Price basis", f"{doc.incoterms} (Incoterms 2020), in {doc.currency}"), ("Payment", doc.payment_terms),
            ("Shipment", ctx.get("shipment", "Within 6 weeks after receipt of order")),
            ("Validity", "30 days from the date hereof" if not pi else "This pro-forma invoice is valid for 14 days")]
    if pi:
        cond.append(("Beneficiary bank", "HSBC UK Bank plc, IBAN GB94 HBUK 4012 7731 0456 88, SWIFT HBUKGB4B"))
    body = (f"<div class=hd>{e(doc.seller.name.upper())}<br><span>{e(doc.seller.address)} · Tel +44 23 8063 1170"
            "</span></div>"
            f"<h1>{title}</h1>"
            f"<table class=ref><tr><td class=to>Messrs.<br><b>{e(doc.buyer.name)}</b><br>{nl(doc.buyer.address.replace(', ', chr(10)))}"
            f"</td><td class=no>No. {e(doc.number)}<br>Date: {day(doc.date, st.date)}</td></tr></table>"
            f"<p>{'We hereby confirm the sale of the following goods:' if pi else 'We are pleased to quote you as follows:'}</p>"
            "<table class=cond>" + "".join(f"<tr><td class=k>{k}</td><td>{e(v)}</td></tr>" for k, v in cond)
            + "</table><table class=it><thead><tr><th>Item</th><th>Article No.</th><th>Description</th><th>Q'ty</th>"
            f"<th>Unit</th><th>Unit Price ({doc.currency})</th><th>Amount ({doc.currency})</th></tr></thead><tbody>{rows}{sub}"
            f"<tr class=g><td colspan=6 class=r>TOTAL {doc.currency}</td><td class=r>{amt(doc.total, st.num)}</td></tr>"
            "</tbody></table>"
            "<table class=sig><tr><td></td><td>Yours faithfully,<br>" + e(doc.seller.name)
            + "<div class=seal>SEAL</div>Anna Keller, Sales Manager</td></tr></table>")
    css = (".hd { font-size: 13pt; font-weight: bold; border-bottom: 3px double #000; padding-bottom: 4px; } "
           ".hd span { font-size: 7.5pt; font-weight: normal; } h1 { text-align: center; letter-spacing: 6px; "
           "font-size: 16pt; text-decoration: underline double; } .ref { width: 100%; } .ref td { vertical-align: "
           "top; } .no { text-align: right; } .cond td { padding: 2px 10px 2px 0; } .k { font-weight: bold; "
           "width: 30mm; } .it { width: 100%; margin-top: 10px; } .it th { border-top: 2px solid #000; "
           "border-bottom: 1px solid #000; padding: 4px; font-weight: bold; } .it td { padding: 3px 4px; "
           "border-bottom: 1px dotted #999; } .r { text-align: right; } .c { text-align: center; } .g td { "
           "border-top: 2px solid #000; font-weight: bold; } .sig { width: 100%; margin-top: 24px; } .sig td { "
           "width: 50%; } .seal { border: 1px solid #c00; color: #c00; width: 18mm; height: 18mm; margin: 6px 0; "
           "text-align: center; line-height: 18mm; border-radius: 50%; }")
    return html_page(f"{title} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L36: SWIFT MT103 customer-transfer copy printed by the payer's bank (HTML -> Chromium): a bank header
# with the human summary, then the message in monospace field tags (:20:, :32A:, :50K:, :59:, :70:).

def l36_mt103(doc: Doc, st: Style, ctx: dict) -> Rendered:
    inv = next(v for k, v in doc.extra if k == "invoice_ref")
    amount = f"{doc.total:.2f}".replace(".", ",")
    swift = "\n".join([
        "{1:F01" + ctx["bic"] + "0000" + ctx["session"] + "}{2:I103HBUKGB4BXXXXN}{3:{108:" + ctx["session"] + "}}",
        "{4:", f":20:{doc.number}", ":23B:CRED", f":32A:{doc.date:%y%m%d}{doc.currency}{amount}",
        f":33B:{doc.currency}{amount}", f":50K:/{ctx['payer_account']}", doc.buyer.name.upper(),
        *[x.upper() for x in doc.buyer.address.split(", ")[:2]], f":52A:{ctx['bic']}", ":57A:HBUKGB4B",
        ":59:/GB94HBUK40127731045688", doc.seller.name.upper(), "SOUTHAMPTON GB",
        f":70:/INV/{inv}", f"/PO/{doc.order_number}", ":71A:OUR", "-}"])
    summary = [("Bank reference", doc.number), ("Value date", day(doc.date, st.date)),
               ("Amount", f"{doc.currency} {amt(doc.total, st.num)}"), ("Ordering customer", doc.buyer.name),
               ("Beneficiary", doc.seller.name), ("Charges", "OUR (all charges for the ordering customer)"),
               ("Status", "SENT – ACK received")]
    body = (f"<div class=bank>{e(ctx['bank'])}</div><div class=sub>Trade Finance &amp; Payments · {e(ctx['bank_addr'])}</div>"
            "<h2>Outward Telegraphic Transfer – Payment Confirmation</h2>"
            "<table class=sum>" + "".join(f"<tr><td class=k>{k}</td><td>{e(v)}</td></tr>" for k, v in summary)
            + f"</table><h3>Message copy (MT103 Single Customer Credit Transfer)</h3><pre>{e(swift)}</pre>"
            f"<p class=sm>This advice is computer-generated and requires no signature. Printed {day(doc.date, st.date)} "
            f"for customer {e(doc.buyer.name)}.</p>")
    css = (".bank { font-size: 15pt; font-weight: bold; color: #0b4f8a; } .sub { font-size: 7.5pt; color: #555; "
           "border-bottom: 2px solid #0b4f8a; padding-bottom: 4px; } h2 { font-size: 11pt; margin-top: 14px; } "
           ".sum td { padding: 3px 12px 3px 0; } .k { color: #444; width: 42mm; } pre { font-family: 'DejaVu Sans Mono', "
           "monospace; font-size: 9pt; border: 1px solid #aaa; padding: 8px; background: #f6f6f6; } .sm { "
           "font-size: 7pt; color: #666; }")
    return html_page(f"MT103 {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L37: Ocean carrier's booking confirmation (HTML -> Chromium): carrier banner, booking number, cut-off
# times, routing table (pre-carriage, vessel, ports), equipment with released container numbers.

def l37_booking(doc: Doc, st: Style, ctx: dict) -> Rendered:
    eq = "".join(f"<tr><td>1 x 40' High Cube</td><td>{e(c)}</td><td>{e(s)}</td><td>{e(w)}</td></tr>"
                 for c, s, w in zip(doc.tracking_numbers, ctx["seals"], ctx["weights"], strict=True))
    etd, eta = ctx["etd"], ctx["eta"]
    body = (f"<div class=ban>{e(ctx['carrier'])}<span>BOOKING CONFIRMATION</span></div>"
            "<table class=kv>"
            f"<tr><td class=k>Booking No.</td><td><b>{e(doc.number)}</b></td><td class=k>Booking date</td>"
            f"<td>{day(doc.date, st.date)}</td></tr>"
            f"<tr><td class=k>Shipper</td><td>{e(doc.seller.name)}</td><td class=k>Consignee</td><td>{e(doc.buyer.name)}</td></tr>"
            f"<tr><td class=k>Customer reference</td><td>PO {e(doc.order_number)}</td><td class=k>Terms of sale</td>"
            f"<td>{e(doc.incoterms)}</td></tr>"
            f"<tr><td class=k>Freight</td><td>{e(ctx['freight'])}</td><td class=k>Commodity</td><td>{e(ctx['goods'])}</td></tr>"
            "</table><h3>Routing</h3><table class=g><thead><tr><th>From</th><th>To</th><th>Mode</th><th>Vessel / Voyage</th>"
            "<th>ETD</th><th>ETA</th></tr></thead><tbody>"
            f"<tr><td>Northwind warehouse, Southampton</td><td>Southampton (DP World)</td><td>Truck</td><td>–</td>"
            f"<td>{day(etd - dt.timedelta(days=2), st.date)}</td><td>{day(etd - dt.timedelta(days=2), st.date)}</td></tr>"
            f"<tr><td>Southampton</td><td>{e(ctx['pod'])}</td><td>Vessel</td><td>{e(ctx['vessel'])}</td>"
            f"<td>{day(etd, st.date)}</td><td>{day(eta, st.date)}</td></tr></tbody></table>"
            "<h3>Cut-off times</h3><table class=kv>"
            f"<tr><td class=k>Documentation / SI cut-off</td><td>{day(etd - dt.timedelta(days=3), st.date)} 12:00</td></tr>"
            f"<tr><td class=k>VGM cut-off</td><td>{day(etd - dt.timedelta(days=2), st.date)} 10:00</td></tr>"
            f"<tr><td class=k>Port / CY cut-off</td><td>{day(etd - dt.timedelta(days=1), st.date)} 18:00</td></tr></table>"
            "<h3>Equipment released</h3><table class=g><thead><tr><th>Size / type</th><th>Container</th><th>Seal</th>"
            f"<th>Est. gross weight</th></tr></thead><tbody>{eq}</tbody></table>"
            "<p class=sm>Please quote the booking number on all documents. Submit shipping instructions and VGM "
            "through the carrier portal before the cut-offs above. Subject to the carrier's bill of lading terms.</p>")
    css = (".ban { background: #12355b; color: #fff; padding: 10px; font-size: 15pt; font-weight: bold; } .ban span { "
           "float: right; font-size: 11pt; padding-top: 4px; } .kv { width: 100%; margin-top: 10px; } .kv td { "
           "padding: 3px 6px; } .k { color: #12355b; font-weight: bold; width: 22%; } .g { width: 100%; } .g th { "
           "background: #dfe7f0; text-align: left; padding: 4px; } .g td { border-bottom: 1px solid #ccd; "
           "padding: 4px; } h3 { color: #12355b; margin: 14px 0 4px; font-size: 10pt; } .sm { font-size: 7.5pt; }")
    return html_page(f"Booking {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L38: Sales contract with numbered articles and a Buyer/Seller signature grid (HTML -> Chromium), English,
# German or French: preamble with the parties, goods table as Article 1, then price, delivery, payment,
# inspection, force majeure and arbitration articles.

L38 = {
    "en": {"title": "SALES CONTRACT", "no": "Contract No.", "date": "Date", "po": "Buyer's purchase order",
           "pre": "This contract is made between {buyer}, {baddr} (hereinafter \"the Buyer\") and {seller}, {saddr} "
                  "(hereinafter \"the Seller\"), who agree to buy and sell the goods below on the following terms.",
           "art": "Article", "cols": ("Code", "Description", "Quantity", "Unit", "Unit price", "Amount"),
           "total": "Total contract value", "arts": [
               "Price. Prices are fixed for the duration of this contract and include export packing.",
               "Delivery. {inco} (Incoterms 2020). Shipment within 6 weeks after the contract has been signed by both "
               "parties.",
               "Payment. {terms}.",
               "Inspection. The Buyer shall inspect the goods within 14 days of arrival; claims on quality or quantity "
               "must be lodged in writing within that period.",
               "Force majeure. Neither party is liable for delays caused by events beyond its reasonable control.",
               "Arbitration. Disputes shall be settled by arbitration under the LCIA Rules, seat London, in English."],
           "buyer": "THE BUYER", "seller": "THE SELLER", "sig": ("Signature", "Name", "Title", "Date")},
    "de": {"title": "KAUFVERTRAG", "no": "Vertrag Nr.", "date": "Datum", "po": "Bestellung des Käufers",
           "pre": "Zwischen {buyer}, {baddr} (nachstehend „Käufer“) und {seller}, {saddr} (nachstehend „Verkäufer“) "
                  "wird folgender Kaufvertrag geschlossen.",
           "art": "Artikel", "cols": ("Art.-Nr.", "Bezeichnung", "Menge", "Einheit", "Einzelpreis", "Betrag"),
           "total": "Gesamtwert des Vertrags", "arts": [
               "Preise. Die Preise sind Festpreise für die Dauer dieses Vertrags, einschließlich Exportverpackung.",
               "Lieferung. {inco} (Incoterms 2020). Versand innerhalb von 6 Wochen nach beiderseitiger Unterzeichnung.",
               "Zahlung. {terms}.",
               "Prüfung. Der Käufer prüft die Ware innerhalb von 14 Tagen nach Eingang; Mängelrügen sind innerhalb "
               "dieser Frist schriftlich zu erheben.",
               "Höhere Gewalt. Keine Partei haftet für Verzögerungen durch Ereignisse außerhalb ihres Einflusses.",
               "Schiedsgericht. Streitigkeiten werden nach der LCIA-Schiedsordnung in London entschieden."],
           "buyer": "DER KÄUFER", "seller": "DER VERKÄUFER", "sig": ("Unterschrift", "Name", "Funktion", "Datum")},
    "fr": {"title": "CONTRAT DE VENTE", "no": "Contrat n°", "date": "Date", "po": "Bon de commande de l'acheteur",
           "pre": "Entre {buyer}, {baddr} (ci-après « l'Acheteur ») et {seller}, {saddr} (ci-après « le Vendeur »), "
                  "il a été convenu ce qui suit.",
           "art": "Article", "cols": ("Réf.", "Désignation", "Quantité", "Unité", "Prix unitaire", "Montant"),
           "total": "Valeur totale du contrat", "arts": [
               "Prix. Les prix sont fermes pour la durée du contrat, emballage export compris.",
               "Livraison. {inco} (Incoterms 2020). Expédition sous 6 semaines après signature par les deux parties.",
               "Paiement. {terms}.",
               "Réception. L'Acheteur contrôle la marchandise dans les 14 jours suivant son arrivée ; toute "
               "réclamation est faite par écrit dans ce délai.",
               "Force majeure. Aucune partie n'est responsable d'un retard dû à un événement échappant à son contrôle.",
               "Arbitrage. Tout litige est tranché selon le règlement de la LCIA, siège à Londres."],
           "buyer": "L'ACHETEUR", "seller": "LE VENDEUR", "sig": ("Signature", "Nom", "Fonction", "Date")},
}


def l38_contract(doc: Doc, st: Style, ctx: dict) -> Rendered:
    t = L38[st.lang]
    rows = "".join(
        f"<tr><td>{e(ln.sku)}</td><td>{e(ln.description)}</td><td class=r>{qty(ln.quantity, st.num)}</td>"
        f"<td>{e(ln.unit)}</td><td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>{amt(ln.amount, st.num)}</td></tr>"
        for ln in doc.lines)
    cols = t["cols"][:4] + (f"{t['cols'][4]} {doc.currency}", f"{t['cols'][5]} {doc.currency}")
    arts = "".join(f"<p><b>{t['art']} {i}.</b> {e(a.format(inco=doc.incoterms, terms=doc.payment_terms.rstrip('.')))}</p>"
                   for i, a in enumerate(t["arts"], start=2))
    po = f"<p>{t['po']}: <b>{e(doc.order_number)}</b></p>" if doc.order_number else ""
    who = (doc.signatories[0], ctx["seller_signatory"])
    titles = (ctx["buyer_title"], "Sales Manager")
    sig_rows = ""
    for k, label in enumerate(t["sig"]):
        cells = []
        for col in range(2):
            if not doc.signed:
                cells.append("")
            else:
                cells.append([f"/s/ {who[col]}", who[col], titles[col], day(ctx["signed_on"], st.date)][k])
        sig_rows += f"<tr><td class=k>{label}</td><td>{e(cells[0])}</td><td class=k>{label}</td><td>{e(cells[1])}</td></tr>"
    pre = t["pre"].format(buyer=doc.buyer.name, baddr=doc.buyer.address, seller=doc.seller.name,
                          saddr=doc.seller.address)
    body = (f"<h1>{t['title']}</h1><p class=c>{t['no']} <b>{e(doc.number)}</b> · {t['date']}: {day(doc.date, st.date)}</p>"
            f"<p>{e(pre)}</p>{po}<p><b>{t['art']} 1.</b></p>"
            "<table class=it><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in cols) + f"</tr></thead><tbody>{rows}"
            f"<tr class=g><td colspan=5>{t['total']} ({doc.currency})</td><td class=r>{amt(doc.total, st.num)}</td></tr>"
            f"</tbody></table>{arts}"
            f"<table class=sg><tr><th colspan=2>{t['buyer']}<br><span>{e(doc.buyer.name)}</span></th>"
            f"<th colspan=2>{t['seller']}<br><span>{e(doc.seller.name)}</span></th></tr>{sig_rows}</table>")
    css = ("h1 { text-align: center; font-size: 15pt; margin-bottom: 2px; } .c { text-align: center; } .it { width: "
           "100%; margin-bottom: 8px; } .it th, .it td { border: 1px solid #777; padding: 3px 4px; } .it th { "
           "background: #eee; } .r { text-align: right; } .g td { font-weight: bold; } p { text-align: justify; "
           "margin: 5px 0; } .sg { width: 100%; margin-top: 20px; page-break-inside: avoid; } .sg th { text-align: "
           "left; border-bottom: 1px solid #000; padding: 4px; } .sg th span { font-weight: normal; font-size: 8pt; } "
           ".sg td { height: 9mm; border-bottom: 1px dotted #999; padding: 2px 4px; } .k { width: 16%; color: #444; }")
    return html_page(f"{t['title']} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L39: Francophone (Maghreb / Benelux) bon de commande from a small buyer's spreadsheet (xlsx -> LibreOffice):
# company identifiers line (ICE / RC / IF or RCS / TVA), "Désignation", "P.U. HT", "Total HT",
# "Arrêté le présent bon de commande à la somme de …", cachet et signature box.

def l39_bon(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["prepared_by"], "Bon de commande")
    bold = Font(bold=True)
    for col, w in zip("ABCDEF", (25, 46, 8, 7, 13, 15), strict=True):
        ws.column_dimensions[col].width = w
    ws["A1"] = doc.buyer.name
    ws["A1"].font = Font(bold=True, size=13, color="1F4E78")
    ws["A2"] = doc.buyer.address
    ws["A3"] = ctx["registry"]
    ws["A3"].font = Font(size=8)
    ws["D5"] = "BON DE COMMANDE"
    ws["D5"].font = Font(bold=True, size=14)
    info = [("N° :", doc.number), ("Date :", day(doc.date, st.date)), ("Fournisseur :", doc.seller.name),
            ("Adresse :", doc.seller.address), ("Conditions de paiement :", doc.payment_terms),
            ("Incoterm :", doc.incoterms), ("Devise :", doc.currency), ("Livraison :", ctx["ship_to"])]
    for i, (k, v) in enumerate(info):
        ws.cell(7 + i, 1, k).font = bold
        ws.cell(7 + i, 2, v)
    r = 7 + len(info) + 1
    fill = PatternFill("solid", fgColor="BDD7EE")
    for j, h in enumerate(("Réf. article", "Désignation", "Qté", "U", "P.U. HT", "Montant HT"), start=1):
        c = ws.cell(r, j, h)
        c.font = bold
        c.fill = fill
    ws.print_title_rows = f"{r}:{r}"
    for ln in doc.lines:
        r += 1
        for j, v in enumerate((ln.sku, ln.description, ln.quantity, ln.unit, float(ln.unit_price), float(ln.amount)),
                              start=1):
            c = ws.cell(r, j, v)
            if j >= 5:
                c.number_format = "#,##0.00"
    r += 1
    ws.cell(r, 5, "Total HT").font = bold
    c = ws.cell(r, 6, float(doc.total))
    c.number_format = "#,##0.00"
    c.font = bold
    r += 2
    ws.cell(r, 1, f"Arrêté le présent bon de commande à la somme de {amt(doc.total, 'fr')} {doc.currency} hors taxes.")
    r += 2
    ws.cell(r, 1, "Le responsable des achats").font = bold
    ws.cell(r, 5, "Cachet et signature").font = bold
    ws.cell(r + 1, 1, ctx["prepared_by"])
    return save_xlsx(wb)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L31": (l31_bilingual_po, "bilingual importer purchase order, Turkish/English or Vietnamese/English (docx)"),
    "L32": (l32_zoho, "Zoho-Books-style invoice with Balance Due (HTML)"),
    "L33": (l33_ci_pl, "export-desk commercial invoice + packing list workbook (xlsx)"),
    "L34": (l34_pedido, "Brazilian-style pedido de compra in Spanish, CNPJ and NCM (docx)"),
    "L35": (l35_trading, "Japanese-trading-house-style quotation / pro-forma in English, 'Messrs.' (HTML)"),
    "L36": (l36_mt103, "bank's MT103 payment confirmation with the SWIFT field copy (HTML)"),
    "L37": (l37_booking, "ocean carrier booking confirmation with cut-offs and released containers (HTML)"),
    "L38": (l38_contract, "sales contract with numbered articles and a signature grid, en/de/fr (HTML)"),
    "L39": (l39_bon, "francophone bon de commande spreadsheet, ICE/RCS identifiers, 'Arrêté…' line (xlsx)"),
}


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every holdout layout prints a unit per line."""
    return key in LAYOUTS
