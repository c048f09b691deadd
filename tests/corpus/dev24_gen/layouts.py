"""Twenty-third-holdout document layouts L218-L227, each modelled on a real-world family not used in L1-L217."""
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
US_BANK_ADDR = "40 Above Bar Street, Southampton SO14 7DZ, United Kingdom"
US_BIC = "WESXGB22"
US_EORI = "GB284117742000"
US_CO = "Company No. 04417321"
FORWARDER = ("Netley Global Forwarding Ltd", "Unit 4, Empress Dock Gate, Southampton SO14 3GG, United Kingdom")


def page(title: str, css: str, body: str) -> Rendered:
    """An HTML page in one font weight (a second embedded weight would double each PDF's size)."""
    return html_page(title, "* { font-weight: normal !important; } " + css, body)


def ref(doc: Doc, key: str) -> str:
    return next((v for k, v in doc.extra if k == key), "")


def words(text: str) -> str:
    """Escaped text whose hyphenated words do not break at the hyphen."""
    return " ".join(f"<span class=nw>{e(w)}</span>" if "-" in w else e(w) for w in text.split(" "))


def lines_of(text: str) -> str:
    return nl(text.replace(", ", "\n"))


def nw(text: str) -> str:
    return f"<span class=nw>{e(text)}</span>"


# ------------------------------------------------------------------------------------------------
# L218: UK mid-range accounts package (Pegasus-Opera-3-style) sales quotation / pro-forma / invoice, ours (HTML ->
# Chromium): our name and address top left, a ruled document box top right ("Document No. / Date / Tax Point /
# Account / Customer Order No."), "Invoice Address" and "Delivery Address" boxes, a terms line, lines "Stock
# Ref. | Description | Quantity | Unit | Price | Net", a VAT analysis line (code Z, 0.00%) on the left and
# "Goods Total / VAT / <Kind> Total" on the right, bank details and registration in the footer.

L218_TITLE = {"quotation": ("SALES QUOTATION", "Quotation Total"),
              "proforma_invoice": ("PRO-FORMA INVOICE", "Pro-Forma Total"),
              "commercial_invoice": ("INVOICE", "Invoice Total")}


def l218_opera(doc: Doc, st: Style, ctx: dict) -> Rendered:
    kind = doc.doc_type
    title, tot_cap = L218_TITLE[kind]
    cur = e(doc.currency or "")
    box = [("Document No.", f"<b>{nw(doc.number)}</b>"), ("Date", day(doc.date, st.date))]
    if kind == "commercial_invoice":
        box.append(("Tax Point", day(doc.date, st.date)))
        box.append(("Due Date", day(doc.date + dt.timedelta(days=ctx.get("due_days", 30)), st.date)))
    if kind == "quotation":
        box.append(("Valid Until", day(doc.date + dt.timedelta(days=45), st.date)))
    box.append(("Account", e(ctx["account"])))
    box.append(("Customer Order No.", nw(doc.order_number) if doc.order_number else "&nbsp;"))
    rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=r>{ln.quantity}"
                   f"</td><td>{e(ln.unit or '')}</td><td class=r>{amt(ln.unit_price, st.num)}</td><td class=r>"
                   f"{amt(ln.amount, st.num)}</td></tr>" for ln in doc.lines)
    tot = [("Goods Total", amt(doc.subtotal, st.num)), ("VAT", amt(Decimal(0), st.num)),
           (f"{tot_cap} {cur}", f"<b>{amt(doc.total, st.num)}</b>")]
    if kind == "proforma_invoice" and ctx.get("deposit"):
        share = (doc.total * ctx["deposit"]).quantize(CENT, rounding=ROUND_HALF_UP)
        tot.append((f"Advance required ({int(ctx['deposit'] * 100)}%)", amt(share, st.num)))
    body = (
        "<table class=top><tr><td><div class=nm>NORTHWIND COMPONENTS LTD.</div>12 Dockside Road<br>Southampton "
        f"SO14 3AB<br>United Kingdom<br>Tel. +44 23 8063 1172 · orders@example.com</td><td class=rt><div class=ti>"
        f"{title}</div><table class=bx>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in box)
        + f"</table></td></tr></table><table class=ad><tr><td><div class=cap>Invoice Address</div>"
        f"{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}<br>{e(ctx['reg'])}</td><td><div class=cap>Delivery "
        f"Address</div>{e(doc.buyer.name)}<br>{lines_of(ctx['ship_to'])}</td></tr></table><p class=tm>Delivery Terms: "
        f"{nw(doc.incoterms or '')} (Incoterms 2020) &nbsp;|&nbsp; Currency: {cur} &nbsp;|&nbsp; Payment Terms: "
        f"{e(doc.payment_terms or '')} &nbsp;|&nbsp; Sales Contact: Anna Keller</p><table class=ln><thead><tr><th>Stock Ref.</th>"
        "<th>Description</th><th class=r>Quantity</th><th>Unit</th><th class=r>Price</th>"
        f"<th class=r>Net</th></tr></thead><tbody>{rows}</tbody></table><table class=ft><tr>"
        "<td class=va>VAT analysis: code Z, rate 0.00%, zero-rated export of goods</td><td><table class=tt>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in tot)
        + f"</table></td></tr></table><div class=bk>Bank: {US_BANK} · IBAN {US_IBAN} · BIC {US_BIC} · Please "
        f"quote {e(doc.number)} as reference.<br>Northwind Components Ltd. · Registered in England and Wales · "
        f"{US_CO} · VAT Reg. {US_VAT} · EORI {US_EORI}</div>")
    css = (".top { width: 100%; } .top td { vertical-align: top; font-size: 8.5pt; } .nm { font-size: 13pt; "
           "font-weight: bold; color: #1f3864; } .rt { text-align: right; } .ti { font-size: 15pt; font-weight: "
           "bold; letter-spacing: 1px; } .bx { margin-left: auto; border: 1px solid #1f3864; font-size: 8pt; } "
           ".bx th { text-align: left; background: #dce3ef; padding: 2px 8px; font-weight: normal; } .bx td { "
           "text-align: left; padding: 2px 8px; min-width: 90px; } .ad { width: 100%; margin-top: 10px; "
           "table-layout: fixed; border-spacing: 6px 0; border-collapse: separate; } .ad td { border: 1px solid "
           "#1f3864; padding: 5px; vertical-align: top; font-size: 8.5pt; } .cap { font-size: 7pt; color: #1f3864; "
           "font-weight: bold; } .tm { margin: 8px 0; font-size: 8.5pt; border-top: 1px solid #999; "
           "border-bottom: 1px solid #999; padding: 3px 4px; } .ln { width: 100%; "
           "font-size: 8.5pt; } .ln th { background: #1f3864; color: #fff; text-align: left; padding: 3px; "
           "font-weight: normal; } .ln td { border-bottom: 1px solid #ccc; padding: 3px; vertical-align: top; } "
           ".r { text-align: right !important; } .c { text-align: center; } .nw { white-space: nowrap; } .ft { "
           "width: 100%; margin-top: 10px; } .ft > tbody > tr > td { vertical-align: top; } .va { font-size: 7.5pt; "
           "color: #444; } .va table { font-size: 7.5pt; margin-bottom: 3px; } .va th, .va td { border: 1px solid "
           "#aaa; padding: 1px 6px; } .tt { margin-left: auto; font-size: 9pt; } .tt th { text-align: right; "
           "padding: 2px 12px; font-weight: normal; } .tt td { text-align: right; padding: 2px 4px; border-bottom: "
           "1px solid #ccc; } .bk { margin-top: 18px; border-top: 1px solid #1f3864; padding-top: 4px; font-size: "
           "7pt; color: #333; }")
    return page(f"{title} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L219: Export sales contract on a boxed form aligned to the UN Layout Key (SITPRO-style "EXPORT SALES
# CONTRACT"), ours (docx; signed copies and some drafts -> LibreOffice PDF): numbered boxes 1-8 in a two-column
# grid (seller, contract no. and date, buyer, buyer's order no., delivery terms, payment terms, currency, time of
# shipment), the goods in boxes 9-14 ("Item code | Description of goods | Quantity | Unit | Unit price | Amount")
# with the contract value, short conditions 15-20 and signature boxes 21 and 22.

def l219_sitpro(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx("Anna Keller", "Liberation Sans", 9)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Inches(0.7)
    cur = doc.currency or ""
    para(d, "EXPORT SALES CONTRACT", bold=True, size=14)
    para(d, "Northwind Components Ltd. · 12 Dockside Road · Southampton SO14 3AB · United Kingdom · "
         f"{US_CO} · VAT {US_VAT}", size=7.5)
    grid = [[f"1  Seller\n{doc.seller.name}\n{doc.seller.address}",
             f"2  Contract no. and date\n{doc.number}\n{day(doc.date, st.date)}"],
            [f"3  Buyer\n{doc.buyer.name}\n{doc.buyer.address}\n{ctx['reg']}",
             f"4  Buyer's order no.\n{doc.order_number or 'to be advised'}"],
            [f"5  Terms of delivery (Incoterms® 2020)\n{doc.incoterms}",
             f"6  Terms of payment\n{doc.payment_terms}"],
            [f"7  Currency of contract\n{cur}", f"8  Time of shipment\n{ctx['delivery_time']}"]]
    t = table(d, grid, [3.5, 3.4], head=False, size=8.5)
    for row in t.rows:
        keep_row(row)
    para(d)
    rows = [["9  Item code", "10  Description of goods", "11  Quantity", "12  Unit", f"13  Unit price {cur}",
             f"14  Amount {cur}"]]
    for ln in doc.lines:
        rows.append([ln.sku, ln.description, str(ln.quantity), ln.unit or "", amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    rows.append(["", "Total contract value", "", "", cur, amt(doc.total, st.num)])
    g = table(d, rows, [1.0, 2.9, 0.7, 0.5, 0.9, 0.9], size=8)
    repeat_header(g.rows[0])
    for row in g.rows:
        keep_row(row)
    para(d)
    for c in ("15  Packing: seaworthy export packing, each case marked with the buyer's order number.",
              "16  Inspection: by the seller before despatch; the seller's packing list is final as to quantities.",
              "17  Warranty: twelve months from delivery; notice of defects in writing within 21 days of arrival.",
              "18  Title: the goods remain the seller's property until paid in full.",
              "19  Force majeure: neither party is liable for delay caused by events beyond its reasonable control.",
              "20  Law and disputes: English law; arbitration in London under the LCIA Rules."):
        para(d, c, size=8)
    para(d)
    when = day(ctx["signed_on"], st.date)
    if doc.signed:
        cells = [f"21  For the Seller\n/s/ Anna Keller\nAnna Keller, Export Sales Manager\nDate: {when}",
                 f"22  For the Buyer\n/s/ {ctx['signatory']}\n{ctx['signatory']}, {ctx['buyer_title']}\n"
                 f"Date: {when}"]
    else:
        cells = ["21  For the Seller\n\nSignature ..............................\nName / date",
                 "22  For the Buyer\n\nSignature ..............................\nName / date"]
    sg = table(d, [cells], [3.5, 3.4], head=False, size=8.5)
    keep_row(sg.rows[0])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L220: Multichannel order-management system's (Linnworks-style) PACKING LIST for our sales order (HTML ->
# Chromium): "PACKING LIST" large top left with our name right, an "Order Details" panel (Packing List No.,
# Customer Order No., Invoice No., Despatch Date, Shipping Service, Tracking Number, Terms of Delivery), "Ship To"
# and "Sold To", lines "SKU | Item Title | Bin Rack | Qty | Unit | Carton" and a checked/packed strip.

def l220_linnworks(doc: Doc, st: Style, ctx: dict) -> Rendered:
    rows = "".join(f"<tr><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td class=nw>{e(bin_)}</td>"
                   f"<td class=r>{ln.quantity}</td><td>{e(ln.unit or '')}</td><td class=c>{e(box)}</td></tr>"
                   for ln, box, bin_ in ctx["rows"])
    det = [("Packing List No.", f"<b>{nw(doc.number)}</b>"), ("Customer Order No.", nw(doc.order_number or "")),
           ("Invoice No.", nw(ref(doc, "invoice_ref") or "to follow")), ("Despatch Date", day(doc.date, st.date)),
           ("Shipping Service", e(ctx["carrier"])), (e(ctx["track_caption"]), nw(", ".join(doc.tracking_numbers))),
           ("Terms of Delivery", nw(doc.incoterms or ""))]
    body = (
        "<table class=top><tr><td><div class=ti>PACKING LIST</div></td><td class=rt><b>"
        f"{e(doc.seller.name)}</b><br>{lines_of(doc.seller.address)}</td></tr></table><table class=pn><tr><td>"
        "<div class=cap>Order Details</div><table class=dt>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in det)
        + f"</table></td><td><div class=cap>Ship To</div>{e(doc.buyer.name)}<br>{lines_of(ctx['ship_to'])}<br>"
        f"Attn. {e(ctx['contact'])}<div class=cap style='margin-top:8px'>Sold To</div>{e(doc.buyer.name)}<br>"
        f"{lines_of(doc.buyer.address)}</td></tr></table><table class=ln><thead><tr><th>SKU</th>"
        "<th>Item Title</th><th>Bin Rack</th><th class=r>Qty</th><th>Unit</th><th class=c>Carton</th></tr></thead>"
        f"<tbody>{rows}</tbody></table><p class=sm>Lines: {len(ctx['rows'])} · Cartons: {ctx['cases']} · Gross "
        f"weight: {ctx['gross']} kg</p><table class=ck><tr><td>Picked by</td><td>Checked by</td><td>Packed by</td>"
        "</tr><tr><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr></table>")
    css = (".top { width: 100%; } .top td { vertical-align: top; font-size: 8.5pt; } .ti { font-size: 22pt; "
           "font-weight: bold; color: #0b6e4f; } .rt { text-align: right; } .pn { width: 100%; margin-top: 10px; "
           "table-layout: fixed; } .pn > tbody > tr > td { vertical-align: top; font-size: 8.5pt; padding: 6px; "
           "background: #f1f7f4; border: 1px solid #cde3d8; } .cap { font-size: 7.5pt; font-weight: bold; color: "
           "#0b6e4f; text-transform: uppercase; margin-bottom: 3px; } .dt th { text-align: left; font-weight: "
           "normal; color: #555; padding: 1px 10px 1px 0; } .dt td { padding: 1px 0; } .ln { width: 100%; "
           "margin-top: 12px; font-size: 8.5pt; } .ln th { border-bottom: 2px solid #0b6e4f; text-align: left; "
           "padding: 4px; } .ln td { border-bottom: 1px solid #ddd; padding: 4px; vertical-align: top; } .r { "
           "text-align: right !important; } .c { text-align: center; } .nw { white-space: nowrap; } .sm { "
           "font-size: 8pt; margin-top: 8px; } .ck { width: 60%; margin-top: 14px; font-size: 8pt; } .ck td { "
           "border: 1px solid #999; padding: 4px; width: 33%; }")
    return page(f"Packing List {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L221: Freight forwarder's FIATA FCR (Forwarders Certificate of Receipt, HTML -> Chromium): the FCR face in
# boxes: supplier of goods / consignor, consignee, the forwarder's box with "FCR No." and the FIATA mark, "Notify
# / Buyer's reference", "Marks and numbers / Number and kind of packages / Description of goods / Gross weight /
# Measurement", the certificate wording ("We certify having assumed control of the above consignment ... with
# irrevocable instructions to despatch to the consignee"), the routing and "Place and date of issue".

def l221_fcr(doc: Doc, st: Style, ctx: dict) -> Rendered:
    track = ", ".join(doc.tracking_numbers)
    body = (
        "<table class=f><tr><td class=w><div class=cap>Supplier of goods (consignor)</div>"
        f"{e(doc.seller.name)}<br>{lines_of(doc.seller.address)}</td><td rowspan=2 class=fw><div class=fb>FIATA "
        f"FCR</div>FORWARDERS CERTIFICATE OF RECEIPT<br><br>FCR No. <b>{nw(doc.number)}</b><br><br>"
        f"{FORWARDER[0]}<br>{lines_of(FORWARDER[1])}</td></tr><tr><td class=w><div class=cap>Consignee</div>"
        f"{e(doc.buyer.name)}<br>{lines_of(doc.buyer.address)}</td></tr><tr><td class=w><div class=cap>Notify / "
        f"Buyer's reference</div>{e(ctx['contact'])} · Order {nw(doc.order_number or '')}</td><td><div class=cap>"
        f"Mode and route</div>{e(ctx['route'])}</td></tr></table><table class=g><thead><tr><th>Marks and numbers"
        "</th><th>Number and kind of packages</th><th>Description of goods</th><th>Gross weight</th><th>"
        f"Measurement</th></tr></thead><tbody><tr><td>{e(ctx['track_caption'])}<br>{nw(track)}<br>"
        f"{e(ctx['marks'])}</td><td>{ctx['pieces']} {e(ctx['pkg'])}</td><td>{e(ctx['goods'])}</td><td>"
        f"{ctx['weight']} kg</td><td>{ctx['cbm']} m³</td></tr></tbody></table><p class=ct>We certify having "
        "assumed control of the above mentioned consignment in apparent good order and condition, with irrevocable "
        "instructions to despatch the consignment to the consignee as shown above, or to hold it at the "
        "consignee's disposal. These instructions can only be cancelled or altered if the original FCR is "
        "surrendered to us.</p><table class=f><tr><td><div class=cap>Freight and charges</div>"
        f"{e(ctx['freight'])}</td><td><div class=cap>Place and date of issue</div>Southampton, "
        f"{day(doc.date, st.date)}</td><td><div class=cap>Stamp and signature</div>{FORWARDER[0]}<br>as "
        "forwarder</td></tr></table><p class=sm>Subject to the General Conditions printed overleaf (BIFA Standard "
        "Trading Conditions 2021).</p>")
    css = (".f { width: 100%; border: 1px solid #000; margin-top: -1px; table-layout: fixed; } .f td { border: "
           "1px solid #000; padding: 4px; vertical-align: top; font-size: 8.5pt; } .fw { width: 45%; } .fb { "
           "font-size: 22pt; letter-spacing: 3px; color: #004d40; font-weight: bold; } .cap { font-size: 6.5pt; "
           "color: #555; text-transform: uppercase; } .g { width: 100%; margin-top: -1px; } .g th, .g td { border: "
           "1px solid #000; padding: 4px; font-size: 8pt; text-align: left; vertical-align: top; } .g td { height: "
           "110px; } .ct { font-size: 8pt; border: 1px solid #000; margin: -1px 0 0; padding: 5px; } .nw { "
           "white-space: nowrap; } .sm { font-size: 7pt; color: #444; margin-top: 8px; }")
    return page(f"FCR {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L222: The customer's written transfer order to its own bank, as stamped and returned by the bank (HTML ->
# Chromium), in the customer's language: the bank's form title ("Application for foreign telegraphic transfer",
# "Auftrag für Zahlungen ins Ausland", "Ordre de virement international", "Solicitud de transferencia al
# exterior", "境外汇款申请书"), numbered fields (date, currency and amount, remitter with account, beneficiary with
# IBAN, beneficiary's bank and BIC, details of payment with invoice and order, charges), the remitter's
# authorised signature and a "for bank use" box with the bank's transfer reference and processing stamp.

L222 = {
    "en": ("APPLICATION FOR FOREIGN TELEGRAPHIC TRANSFER", "Date", "Currency and amount", "Remitter (ordering "
           "customer)", "Account no.", "Beneficiary", "Beneficiary's account / IBAN", "Beneficiary's bank",
           "Details of payment", "Invoice", "Order", "Charges", "SHA – shared", "Authorised signature(s) of remitter",
           "FOR BANK USE ONLY", "Transfer reference", "PROCESSED", "Invoice amount"),
    "de": ("AUFTRAG FÜR ZAHLUNGEN INS AUSLAND", "Datum", "Währung und Betrag", "Auftraggeber", "Konto",
           "Begünstigter", "Konto / IBAN des Begünstigten", "Bank des Begünstigten", "Zahlungsgrund", "Rechnung",
           "Bestellung", "Spesen", "SHA – geteilt", "Rechtsverbindliche Unterschrift(en) des Auftraggebers",
           "VERMERKE DER BANK", "Auftragsreferenz", "AUSGEFÜHRT", "Rechnungsbetrag"),
    "fr": ("ORDRE DE VIREMENT INTERNATIONAL", "Date", "Devise et montant", "Donneur d'ordre", "Compte n°",
           "Bénéficiaire", "Compte / IBAN du bénéficiaire", "Banque du bénéficiaire", "Motif du paiement", "Facture",
           "Commande", "Frais", "SHA – partagés", "Signature(s) autorisée(s) du donneur d'ordre",
           "RÉSERVÉ À LA BANQUE", "Référence du virement", "EXÉCUTÉ", "Montant de la facture"),
    "es": ("SOLICITUD DE TRANSFERENCIA AL EXTERIOR", "Fecha", "Moneda e importe", "Ordenante", "Cuenta N°",
           "Beneficiario", "Cuenta / IBAN del beneficiario", "Banco del beneficiario", "Concepto del pago",
           "Factura", "Pedido", "Gastos", "SHA – compartidos", "Firma(s) autorizada(s) del ordenante",
           "PARA USO DEL BANCO", "Referencia de la transferencia", "PROCESADA", "Importe de la factura"),
    "zh": ("境外汇款申请书 APPLICATION FOR FUNDS TRANSFERS (OVERSEAS)", "申请日期 Date", "汇款币种及金额 Currency & "
           "Amount", "汇款人名称 Remitter", "账号 A/C No.", "收款人名称 Beneficiary", "收款人账号 Beneficiary's A/C",
           "收款银行 Beneficiary's Bank", "汇款附言 Remittance Information", "发票 Invoice", "订单 Order",
           "国内外费用承担 Charges", "SHA 共同 shared", "申请人签章 Remitter's Signature & Stamp",
           "银行专用栏 FOR BANK USE ONLY", "汇款编号 Transfer Ref.", "已办理 PROCESSED", "发票金额 Invoice amount"),
}


def l222_transfer(doc: Doc, st: Style, ctx: dict) -> Rendered:
    (title, c_date, c_amt, c_rem, c_acc, c_ben, c_benacc, c_bbank, c_det, c_inv, c_po, c_chg, chg, c_sig,
     c_bank, c_ref, done, c_invamt) = L222[st.lang]
    cur = e(doc.currency or "")
    det = f"{c_inv} {nw(ref(doc, 'invoice_ref'))} · {c_po} {nw(doc.order_number or '')}"
    if ctx.get("remark"):
        det += f" · {e(ctx['remark'])}"
    det += f"<br>{c_invamt}: {cur} {amt(ctx['invoice_amount'], st.num)}"
    fields = [(c_date, day(doc.date, st.date)), (c_amt, f"<b>{cur} {amt(doc.total, st.num)}</b>"),
              (c_rem, f"{e(doc.buyer.name)}<br>{e(doc.buyer.address)}"), (c_acc, e(ctx["iban"])),
              (c_ben, f"{e(doc.seller.name)}<br>{e(doc.seller.address)}"), (c_benacc, US_IBAN),
              (c_bbank, f"{US_BANK}, {US_BANK_ADDR} · SWIFT/BIC {US_BIC}"), (c_det, det), (c_chg, chg)]
    body = (
        f"<div class=bd>{e(ctx['bank'])} <span>SWIFT/BIC {e(ctx['bic'])}</span></div><h2>{title}</h2><table class=g>"
        + "".join(f"<tr><td class=n>{i}</td><th>{k}</th><td>{v}</td></tr>" for i, (k, v) in enumerate(fields, 1))
        + f"</table><table class=sg><tr><td><div class=cap>{c_sig}</div><br>{e(ctx['signatory'])}<br>"
        f"{e(ctx['buyer_title'])}</td><td class=bu><div class=cap>{c_bank}</div>{c_ref}: <b>{nw(doc.number)}</b>"
        f"<div class=stp>{done}<br>{day(doc.date, st.date)}</div></td></tr></table>")
    css = (".bd { border-bottom: 3px solid #7a1f2b; padding: 6px 0; font-size: 13pt; color: #7a1f2b; font-weight: "
           "bold; } .bd span { font-size: 8pt; color: #555; font-weight: normal; } h2 { font-size: 12.5pt; margin: "
           "12px 0 8px; } .g { width: 100%; font-size: 9pt; } .g td, .g th { border: 1px solid #999; padding: 5px; "
           "vertical-align: top; } .g th { text-align: left; width: 30%; background: #f6eeef; font-weight: normal; "
           "} .n { width: 18px; text-align: center; color: #7a1f2b; } .sg { width: 100%; margin-top: 14px; "
           "table-layout: fixed; font-size: 8.5pt; } .sg td { border: 1px solid #999; padding: 6px; vertical-align: "
           "top; height: 80px; } .cap { font-size: 7pt; color: #555; text-transform: uppercase; } .bu { background: "
           "#f4f4f4; } .stp { display: inline-block; margin-top: 8px; border: 2px solid #1a4f9c; color: #1a4f9c; "
           "padding: 3px 10px; transform: rotate(-4deg); font-weight: bold; } .nw { white-space: nowrap; }")
    return page(title, css, body)


# ------------------------------------------------------------------------------------------------
# L223: The customer's supplier nonconformance report from its quality-management system (ETQ-Reliance-style,
# HTML -> Chromium), the claim document, in English or German: the QMS header with the record type and number,
# a status bar, a field grid (supplier, raised by, purchase order, complaint reference, date raised, goods
# received, detection point), the table "Line | Part number | Description | Qty received | Qty rejected | Defect
# code | Defect description", the disposition tick boxes and the requested supplier response.

L223 = {
    "en": ("SUPPLIER NONCONFORMANCE REPORT", "SNCR No.", "Status: Open – awaiting supplier response", "Supplier",
           "Raised by", "Purchase order", "Complaint reference", "Date raised", "Goods received",
           "Detection point", "Goods-in inspection", ("Line", "Part number", "Description", "Qty received",
                                                      "Qty rejected", "Defect code", "Defect description"),
           "Disposition", ("Return to supplier", "Scrap at supplier's cost", "Use as is", "Rework"),
           "Requested from supplier: containment within 48 hours, 8D report within 10 working days, replacement "
           "parts at no charge.", "Quality Engineer"),
    "de": ("LIEFERANTEN-ABWEICHUNGSBERICHT", "Bericht-Nr.", "Status: Offen – Stellungnahme des Lieferanten "
           "ausstehend", "Lieferant", "Erstellt von", "Bestellung", "Reklamationsnummer", "Erstellt am",
           "Wareneingang", "Feststellung", "Wareneingangsprüfung", ("Pos.", "Teilenummer", "Bezeichnung",
                                                                  "Menge geliefert", "Menge gesperrt",
                                                                  "Fehlercode", "Fehlerbeschreibung"),
           "Entscheid", ("Rücksendung an Lieferant", "Verschrottung zu Lasten Lieferant", "Verwendung wie "
                                                                                       "geliefert", "Nacharbeit"),
           "Vom Lieferanten erbeten: Sofortmassnahmen innert 48 Stunden, 8D-Bericht innert 10 Arbeitstagen, "
           "kostenloser Ersatz.", "Qualitätsingenieur"),
}


def l223_sncr(doc: Doc, st: Style, ctx: dict) -> Rendered:
    (title, c_no, status, c_sup, c_by, c_po, c_claim, c_raised, c_recv, c_det, det, heads, c_disp, disp, ask,
     c_qe) = L223[st.lang]
    grid = [(c_sup, e(doc.seller.name)), (c_by, e(doc.buyer.name)), (c_po, nw(doc.order_number or "")),
            (c_claim, nw(ref(doc, "claim_ref"))), (c_raised, day(doc.date, st.date)),
            (c_recv, day(ctx["received"], st.date)), (c_det, det)]
    rows = "".join(f"<tr><td class=c>{i}</td><td class=nw>{e(sku)}</td><td>{e(desc)}</td><td class=r>{q}</td>"
                   f"<td class=r>{bad}</td><td>{e(code)}</td><td>{e(why)}</td></tr>"
                   for i, (sku, desc, q, bad, code, why) in enumerate(ctx["findings"], start=1))
    ticks = "".join(f"<span class=tk>{'☒' if i == 0 else '☐'} {e(x)}</span>" for i, x in enumerate(disp))
    body = (
        f"<div class=hd><span>{e(doc.buyer.name)}</span> · Quality Management System</div><h2>{title}</h2>"
        f"<p class=no>{c_no} <b>{nw(doc.number)}</b></p><div class=stb>{status}</div><table class=p>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in grid)
        + "</table><table class=d><thead><tr>" + "".join(f"<th>{h}</th>" for h in heads)
        + f"</tr></thead><tbody>{rows}</tbody></table><p><b>{c_disp}:</b> {ticks}</p><p class=ask>{ask}</p>"
        f"<p class=sm>{c_qe}: {e(ctx['qe'])} · {e(ctx['contact'])}</p>")
    css = (".hd { background: #2d3e50; color: #fff; padding: 5px 8px; font-size: 8pt; } .hd span { font-size: "
           "11pt; } h2 { font-size: 15pt; margin: 12px 0 2px; } .no { margin: 2px 0 6px; } .stb { background: "
           "#fdebd0; border-left: 4px solid #e67e22; padding: 4px 8px; font-size: 8.5pt; } .p { width: 80%; "
           "margin-top: 8px; font-size: 8.5pt; } .p th { text-align: left; font-weight: normal; color: #555; "
           "padding: 2px 10px 2px 0; width: 35%; } .p td { padding: 2px 0; } .d { width: 100%; margin-top: 10px; "
           "font-size: 8pt; } .d th { background: #2d3e50; color: #fff; padding: 3px; text-align: left; "
           "font-weight: normal; } .d td { border-bottom: 1px solid #ccc; padding: 3px; vertical-align: top; } .r "
           "{ text-align: right !important; } .c { text-align: center; } .nw { white-space: nowrap; } .tk { "
           "margin-right: 14px; } .ask { border: 1px solid #999; padding: 5px; font-size: 8.5pt; } .sm { "
           "font-size: 8pt; color: #444; }")
    return page(f"{title} {doc.number}", css, body)


# ------------------------------------------------------------------------------------------------
# L224: Ugandan sugar mill's purchase order from a Dynamics-GP-style ERP exported to Excel (xlsx, sent as is): the
# company and TIN, "PURCHASE ORDER", a two-column header (PO Number, Date, Vendor ID, Vendor Name, Buyer ID,
# Currency ID, Shipping Method, Incoterm, Payment Terms, Ship To), lines "Item Number | Description | U of M | Qty
# Ordered | Unit Cost | Extended Cost | Req. Date", the GP totals block (Subtotal, Trade Discount, Freight,
# Miscellaneous, Tax, Total) and a comment and approval row.

def l224_gp(doc: Doc, st: Style, ctx: dict) -> Rendered:
    wb, ws = new_xlsx(ctx["contact"], "PO " + doc.number)
    thin = Side(style="thin", color="7F7F7F")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for col, w in zip("ABCDEFG", (16, 44, 8, 11, 12, 14, 12), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, doc.buyer.name).font = Font(bold=True, size=13)
    ws.cell(2, 1, f"{doc.buyer.address} · {ctx['reg']}")
    ws.cell(4, 1, "PURCHASE ORDER").font = Font(bold=True, size=14, color="1F4E78")
    req = day(doc.date + dt.timedelta(days=42), st.date)
    left = (("PO Number", doc.number), ("Date", day(doc.date, st.date)), ("Vendor ID", "NORTHWIND001"),
            ("Vendor Name", doc.seller.name), ("Vendor Address", doc.seller.address))
    right = (("Buyer ID", ctx["contact"]), ("Currency ID", doc.currency or ""), ("Shipping Method",
                                                                                 "AIR FREIGHT – FORWARDER"),
             ("Incoterm", doc.incoterms or ""), ("Payment Terms", doc.payment_terms or ""),
             ("Ship To", ctx["ship_to"]))
    for k, (a, b) in enumerate(left):
        ws.cell(6 + k, 1, a).font = bold
        ws.cell(6 + k, 2, b)
    for k, (a, b) in enumerate(right):
        ws.cell(6 + k, 4, a).font = bold
        ws.cell(6 + k, 5, b)
    r = 13
    for j, cap in enumerate(("Item Number", "Description", "U of M", "Qty Ordered", "Unit Cost", "Extended Cost",
                             "Req. Date"), start=1):
        c = ws.cell(r, j, cap)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = grid
    for i, ln in enumerate(doc.lines, start=1):
        for j, v in enumerate((ln.sku, ln.description, ln.unit or "", ln.quantity, float(ln.unit_price),
                               float(ln.amount), req), start=1):
            c = ws.cell(r + i, j, v)
            c.border = grid
            c.alignment = Alignment(vertical="top", wrap_text=j == 2)
            if j in (5, 6):
                c.number_format = "#,##0.00"
    r += len(doc.lines) + 2
    for k, (cap, v) in enumerate((("Subtotal", doc.subtotal), ("Trade Discount", Decimal(0)),
                                  ("Freight", Decimal(0)), ("Miscellaneous", Decimal(0)), ("Tax", Decimal(0)),
                                  ("Total", doc.total))):
        ws.cell(r + k, 5, cap).font = bold if cap == "Total" else Font()
        c = ws.cell(r + k, 6, float(v))
        c.number_format = "#,##0.00"
        if cap == "Total":
            c.font = bold
    r += 7
    ws.cell(r, 1, "Comment ID").font = bold
    ws.cell(r, 2, "Quote our PO number on the invoice, packing list and every carton. Documents by e-mail "
                  "before the goods are flown.")
    ws.cell(r + 2, 1, "Approved by").font = bold
    ws.cell(r + 2, 2, f"{ctx['signatory']}, {ctx['buyer_title']}")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L225: Liechtenstein machine builder's "Bestellung" from a Swiss business software (Abacus-style) exported to
# Word (docx, sent as is): the sender line above the supplier's address window, an information block right
# (Bestellung Nr., Datum, Lieferanten-Nr., Sachbearbeiter, Ihre Offerte), "Bestellung" and a sentence, lines "Pos.
# | Artikel-Nr. | Bezeichnung | Menge | ME | Preis EUR | Betrag EUR" with Swiss numbers (1'234.50), "Total netto"
# and a VAT remark without an amount, the conditions as label lines and "Freundliche Grüsse".

def l225_abacus(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9.5)
    cur = doc.currency or ""
    para(d, doc.buyer.name, bold=True, size=14)
    para(d, f"{ctx['reg']}", size=7.5)
    para(d)
    head = [[f"{doc.buyer.name} · {doc.buyer.address}\n\n{doc.seller.name}\n"
             f"{doc.seller.address.replace(', ', chr(10))}",
             f"Bestellung Nr.: {doc.number}\nDatum: {day(doc.date, st.date)}\nLieferanten-Nr.: 70418\n"
             f"Sachbearbeiter: {ctx['contact']}\nIhre Offerte: {ref(doc, 'quote_ref') or '–'}"]]
    h = table(d, head, [3.6, 3.0], head=False, size=9)
    for row in h.rows:
        keep_row(row)
    para(d)
    para(d, "Bestellung", bold=True, size=13)
    para(d, "Sehr geehrte Frau Keller\nGestützt auf Ihre Offerte bestellen wir zu den untenstehenden Bedingungen:",
         size=9.5)
    rows = [["Pos.", "Artikel-Nr.", "Bezeichnung", "Menge", "ME", f"Preis {cur}", f"Betrag {cur}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([f"{i * 10}", ln.sku, ln.description, str(ln.quantity), ln.unit or "",
                     amt(ln.unit_price, st.num), amt(ln.amount, st.num)])
    rows.append(["", "", "Total netto", "", "", cur, amt(doc.total, st.num)])
    t = table(d, rows, [0.45, 1.05, 2.75, 0.55, 0.4, 0.8, 0.9], size=8.5)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d, "MWST: Einfuhr, wird bei der Verzollung erhoben", size=8.5)
    para(d)
    for line in (f"Lieferbedingung: {doc.incoterms} (Incoterms 2020)", f"Zahlungsbedingung: {doc.payment_terms}",
                 f"Lieferadresse: {ctx['ship_to']}", "Liefertermin: 4 Wochen nach Bestelldatum",
                 "Bitte bestätigen Sie uns diese Bestellung mit Angabe des Liefertermins."):
        para(d, line, size=9)
    para(d)
    para(d, f"Freundliche Grüsse\n{doc.buyer.name}\n\n{ctx['contact']}        {ctx['signatory']}, "
            f"{ctx['buyer_title']}", size=9.5)
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L226: Venezuelan plastics converter's "ORDEN DE COMPRA" on its Word template (docx -> LibreOffice PDF): a two-cell
# header (company, RIF and address left; "ORDEN DE COMPRA", "N°" and "Fecha" in a framed cell right), "Señores:"
# with the supplier and "Atención:", a conditions row (Condición de pago, Incoterm, Moneda, Lugar de entrega),
# lines "Ítem | Código | Descripción | Unidad | Cant. | Precio Unit. | Total" in 1.234,56, "Sub-Total / I.V.A. 0 %
# (importación) / Total a pagar" and "Elaborado por / Revisado por / Aprobado por".

def l226_ve(doc: Doc, st: Style, ctx: dict) -> Rendered:
    d = new_docx(ctx["contact"], "Liberation Sans", 9)
    cur = doc.currency or ""
    head = [[f"{doc.buyer.name}\n{ctx['reg']}\n{doc.buyer.address}",
             f"ORDEN DE COMPRA\nN° {doc.number}\nFecha: {day(doc.date, st.date)}"]]
    h = table(d, head, [4.2, 2.5], head=False, size=9.5)
    shade(h.cell(0, 1), "DDEBF7")
    para(d)
    para(d, f"Señores:\n{doc.seller.name}\n{doc.seller.address}\nAtención: Sra. Anna Keller", size=9.5)
    para(d)
    cond = [["Condición de pago", "Incoterm", "Moneda", "Lugar de entrega"],
            [doc.payment_terms or "", doc.incoterms or "", cur, ctx["ship_to"]]]
    table(d, cond, [2.0, 1.4, 0.8, 2.5], size=8.5)
    para(d)
    rows = [["Ítem", "Código", "Descripción", "Unidad", "Cant.", f"Precio Unit. {cur}", f"Total {cur}"]]
    for i, ln in enumerate(doc.lines, start=1):
        rows.append([str(i), ln.sku, ln.description, ln.unit or "", str(ln.quantity), amt(ln.unit_price, st.num),
                     amt(ln.amount, st.num)])
    t = table(d, rows, [0.4, 1.0, 2.6, 0.55, 0.5, 0.85, 0.9], size=8.5)
    repeat_header(t.rows[0])
    for row in t.rows:
        keep_row(row)
    para(d)
    tot = table(d, [["Sub-Total", amt(doc.subtotal, st.num)], ["I.V.A. 0 % (importación)", amt(Decimal(0), st.num)],
                    [f"Total a pagar {cur}", amt(doc.total, st.num)]], [2.0, 1.1], head=False, size=9)
    for row in tot.rows:
        keep_row(row)
    para(d)
    para(d, "Observaciones: indicar el número de esta orden en factura, lista de empaque y bultos. Embarque "
         "marítimo a Maracaibo; enviar documentos originales por courier.", size=8.5)
    para(d)
    sg = table(d, [["Elaborado por", "Revisado por", "Aprobado por"],
                   [ctx["contact"], "Lic. Carmen Villalobos", f"{ctx['signatory']}, {ctx['buyer_title']}"]],
               [2.2, 2.2, 2.3], size=8.5)
    keep_row(sg.rows[1])
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L227: Chinese cement plant abroad: the purchase order as printed from its OA workflow system (Weaver-e-cology-
# style approval form, HTML -> Chromium) with zh/en captions: company names zh and en, "采购订单审批单 PURCHASE
# ORDER", a form grid of four columns (流程编号, 申请日期, 采购订单号, 申请人, 申请部门, 供应商, 币种, 价格条款,
# 付款方式, 交货地点), lines "序号 | 物料编码 | 物料名称及规格 | 单位 | 数量 | 单价 | 金额", 合计 and the approval trail
# (节点 / 操作者 / 意见 / 时间).

def l227_oa(doc: Doc, st: Style, ctx: dict) -> Rendered:
    cur = e(doc.currency or "")
    rows = "".join(f"<tr><td class=c>{i}</td><td class=nw>{e(ln.sku)}</td><td>{words(ln.description)}</td><td>"
                   f"{e(ln.unit or '')}</td><td class=r>{ln.quantity}</td><td class=r>{amt(ln.unit_price, st.num)}"
                   f"</td><td class=r>{amt(ln.amount, st.num)}</td></tr>" for i, ln in enumerate(doc.lines, start=1))
    wf = f"WF{doc.date.strftime('%Y%m%d')}-{ctx['wf']}"
    grid = [("流程编号 Workflow No.", e(wf), "申请日期 Date", day(doc.date, st.date)),
            ("采购订单号 PO No.", f"<b>{nw(doc.number)}</b>", "申请人 Requester", e(ctx["contact"])),
            ("申请部门 Department", "设备采购部 Equipment Procurement", "币种 Currency", cur),
            ("供应商 Supplier", e(doc.seller.name), "价格条款 Price Terms", nw(doc.incoterms or ""))]
    full = [("付款方式 Payment Terms", e(doc.payment_terms or "")), ("交货地点 Delivery To", e(ctx["ship_to"]))]
    d0 = doc.date
    trail = [("申请人 Requester", ctx["contact"], "提交 Submit", d0),
             ("部门经理 Dept. Manager", "Wang Hao", "同意 Approved", d0),
             ("财务 Finance", "Li Na", "同意 Approved", d0),
             ("总经理 General Manager", ctx["signatory"], "同意 Approved", d0)]
    body = (
        f"<div class=hd>{e(ctx['name_zh'])}<br><span>{e(doc.buyer.name)}</span></div><h2>采购订单审批单 PURCHASE "
        "ORDER</h2><table class=g>"
        + "".join(f"<tr><th>{a}</th><td>{b}</td><th>{c}</th><td>{dd}</td></tr>" for a, b, c, dd in grid)
        + "".join(f"<tr><th>{a}</th><td colspan=3>{b}</td></tr>" for a, b in full)
        + "</table><h3>采购明细 Order Lines</h3><table class=ln><thead><tr><th class=c>序号<br>No.</th><th>物料编码<br>"
        "Material Code</th><th>物料名称及规格<br>Description</th><th>单位<br>Unit</th><th class=r>数量<br>Qty</th>"
        f"<th class=r>单价<br>Unit Price</th><th class=r>金额<br>Amount</th></tr></thead><tbody>{rows}<tr class=tr>"
        f"<td colspan=6 class=r>合计 Total {cur}</td><td class=r><b>{amt(doc.total, st.num)}</b></td></tr></tbody>"
        "</table><h3>审批意见 Approval Trail</h3><table class=ap><tr><th>节点 Step</th><th>操作者 Operator</th><th>"
        "意见 Opinion</th><th>时间 Time</th></tr>"
        + "".join(f"<tr><td>{a}</td><td>{e(b)}</td><td>{c}</td><td>{day(t, st.date)}</td></tr>" for a, b, c, t in trail)
        + "</table><p class=sm>OA系统打印 Printed from the OA system · Please quote the PO No. on invoice and "
        "shipping marks.</p>")
    css = (".hd { text-align: center; font-size: 13pt; font-weight: bold; } .hd span { font-size: 10pt; "
           "font-weight: normal; } h2 { text-align: center; font-size: 14pt; margin: 8px 0 10px; letter-spacing: "
           "1px; } h3 { font-size: 9.5pt; margin: 10px 0 4px; color: #8b0000; } .g { width: 100%; font-size: 8.5pt; "
           "} .g th, .g td { border: 1px solid #9aa; padding: 4px; text-align: left; vertical-align: top; } .g th "
           "{ background: #eef3f8; font-weight: normal; width: 18%; } .ln { width: 100%; font-size: 8pt; } .ln th "
           "{ background: #eef3f8; border: 1px solid #9aa; padding: 3px; text-align: left; font-weight: normal; } "
           ".ln td { border: 1px solid #9aa; padding: 3px; vertical-align: top; } .r { text-align: right "
           "!important; } .c { text-align: center; } .nw { white-space: nowrap; } .ap { width: 100%; font-size: "
           "8pt; } .ap th, .ap td { border: 1px solid #9aa; padding: 3px; text-align: left; } .ap th { background: "
           "#eef3f8; font-weight: normal; } .sm { font-size: 7.5pt; color: #555; margin-top: 10px; }")
    return page(f"采购订单 {doc.number}", css, body)


LAYOUTS: dict[str, tuple[Callable[[Doc, Style, dict], Rendered], str]] = {
    "L218": (l218_opera, "UK accounts package (Pegasus-Opera-3-style) quotation / pro forma / invoice, VAT "
                         "analysis with code Z (HTML)"),
    "L219": (l219_sitpro, "export sales contract on a boxed form aligned to the UN Layout Key, numbered boxes "
                          "1-22 (docx)"),
    "L220": (l220_linnworks, "order-management system (Linnworks-style) packing list with bin racks (HTML)"),
    "L221": (l221_fcr, "forwarder's FIATA FCR (Forwarders Certificate of Receipt) (HTML)"),
    "L222": (l222_transfer, "customer's transfer order to its bank, stamped by the bank, en/de/fr/es/zh (HTML)"),
    "L223": (l223_sncr, "customer's supplier nonconformance report from its QMS (ETQ-style), en/de (HTML)"),
    "L224": (l224_gp, "Ugandan purchase order from a Dynamics-GP-style ERP exported to Excel (xlsx)"),
    "L225": (l225_abacus, "Liechtenstein 'Bestellung' from an Abacus-style business software, Swiss numbers "
                          "(docx)"),
    "L226": (l226_ve, "Venezuelan 'Orden de compra' on a Word template, 1.234,56 (docx)"),
    "L227": (l227_oa, "Chinese plant's purchase order printed from an OA workflow form (Weaver-style), zh/en "
                      "(HTML)"),
}

# Layouts that print a tax line of zero: their documents are labelled tax "0.00".
ZERO_TAX = ("L218", "L224", "L226")


def render(doc: Doc, key: str, st: Style, ctx: dict) -> Rendered:
    return LAYOUTS[key][0](doc, st, ctx)


def shows_unit(key: str) -> bool:
    """Every layout of this holdout with lines prints a unit per line."""
    return key in LAYOUTS
