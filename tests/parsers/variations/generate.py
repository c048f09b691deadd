"""Generate business documents in many real-world layouts (docx/xlsx; PDF via LibreOffice or Chromium) with truth.

Run: .venv/bin/python -m tests.parsers.variations.generate OUTDIR [--n 60] [--seed 1] [--no-pdf]
Writes OUTDIR/<id>.docx|.xlsx|.pdf and OUTDIR/truth.json. Vocabulary is deliberately broad real-world wording
(EN/DE/FR/ES/ZH), not the wording of the labelled corpus.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

LANGS = ("en", "de", "fr", "es", "zh")
TITLES = {
    "commercial_invoice": {"en": ["INVOICE", "Tax Invoice", "Commercial Invoice"], "de": ["Rechnung", "RECHNUNG"],
                           "fr": ["FACTURE", "Facture"], "es": ["FACTURA", "Factura"], "zh": ["商业发票", "发票"]},
    "purchase_order": {"en": ["PURCHASE ORDER", "Purchase Order"], "de": ["Bestellung", "BESTELLUNG"],
                       "fr": ["BON DE COMMANDE"], "es": ["ORDEN DE COMPRA", "Pedido"], "zh": ["采购订单"]},
    "contract": {"en": ["ORDER CONFIRMATION", "Sales Confirmation"], "de": ["Auftragsbestätigung"],
                 "fr": ["Confirmation de commande"], "es": ["Confirmación de pedido"], "zh": ["售货确认书"]},
    "proforma_invoice": {"en": ["PROFORMA INVOICE", "Pro Forma Invoice"], "de": ["Proformarechnung"],
                         "fr": ["Facture proforma"], "es": ["Factura proforma"], "zh": ["形式发票"]},
    "quotation": {"en": ["QUOTATION", "Quote"], "de": ["Angebot"], "fr": ["DEVIS"], "es": ["PRESUPUESTO", "Cotización"],
                  "zh": ["报价单"]},
}
NUMBER = {
    "commercial_invoice": {"en": ["Invoice No.", "Invoice #", "Invoice Number", "Inv. No.", "Invoice no"],
                           "de": ["Rechnungs-Nr.", "Rechnungsnummer", "Rechnung Nr.", "Rechnungsnr."],
                           "fr": ["Facture N°", "N° de facture", "Numéro de facture", "Facture n°"],
                           "es": ["Factura Nº", "Nº de factura", "Número de factura", "Factura nº"],
                           "zh": ["发票号码", "发票编号", "发票号"]},
    "purchase_order": {"en": ["PO Number", "PO #", "Order No.", "Purchase Order No.", "P.O. No."],
                       "de": ["Bestell-Nr.", "Bestellnummer", "Bestellung Nr."],
                       "fr": ["N° de commande", "Commande N°", "Bon de commande n°"],
                       "es": ["Pedido Nº", "Nº de pedido", "Número de pedido"], "zh": ["订单编号", "订单号"]},
    "contract": {"en": ["Order Confirmation No.", "Confirmation No.", "OC No.", "S/C No."],
                 "de": ["Auftragsbestätigung Nr.", "AB-Nr."], "fr": ["Confirmation de commande N°"],
                 "es": ["Confirmación de pedido Nº"], "zh": ["确认书编号", "售货确认书号"]},
    "proforma_invoice": {"en": ["Proforma Invoice No.", "PI No.", "Proforma No."], "de": ["Proformarechnung Nr."],
                         "fr": ["Facture proforma N°"], "es": ["Factura proforma Nº"], "zh": ["形式发票号"]},
    "quotation": {"en": ["Quote #", "Quotation No.", "Quote Number"], "de": ["Angebots-Nr.", "Angebotsnummer", "Angebot Nr."],
                  "fr": ["Devis N°", "N° de devis", "Devis n°"], "es": ["Presupuesto Nº", "Nº de presupuesto",
                                                                        "Cotización Nº"],
                  "zh": ["报价单号", "报价编号"]},
}
ORDER_REF = {"en": ["Your Order No.", "Customer PO", "PO Ref.", "Order Reference", "Your PO #", "Buyer's Order No.",
                    "Customer Order No.", "P.O. Number"],
             "de": ["Ihre Bestellung", "Ihre Bestell-Nr.", "Bestellnummer", "Ihre Bestellnummer", "Auftrags-Nr."],
             "fr": ["Votre commande", "Réf. commande", "N° de commande", "Votre commande N°", "Commande client"],
             "es": ["Su pedido", "Nº de pedido", "Ref. pedido", "Su pedido Nº", "Orden de compra"],
             "zh": ["订单号", "客户订单号", "采购订单号"]}
DATE = {"en": ["Date", "Invoice Date", "Issue Date"], "de": ["Datum", "Rechnungsdatum"], "fr": ["Date", "Date de facture"],
        "es": ["Fecha", "Fecha de emisión"], "zh": ["日期", "开票日期"]}
BUYER = {"en": ["Bill To", "Sold To", "Customer", "Invoice To", "Buyer", "Billed To"],
         "de": ["Rechnungsempfänger", "Kunde", "Auftraggeber", "Rechnungsadresse", "Käufer"],
         "fr": ["Client", "Facturé à", "Adresse de facturation", "Acheteur"],
         "es": ["Cliente", "Facturar a", "Comprador", "Datos del cliente"], "zh": ["买方", "客户", "购货单位"]}
SELLER = {"en": ["Vendor", "Supplier", "Seller", "From", "Issued by"], "de": ["Lieferant", "Verkäufer", "Rechnungssteller"],
          "fr": ["Fournisseur", "Vendeur", "Émetteur"], "es": ["Proveedor", "Vendedor", "Emisor"],
          "zh": ["卖方", "供应商", "销货单位"]}
SUBTOTAL = {"en": ["Subtotal", "Sub-total", "Net Amount", "Net Total", "Total before tax", "Total excl. VAT",
                   "Amount before tax", "Total Net"],
            "de": ["Nettobetrag", "Summe netto", "Zwischensumme", "Gesamt netto", "Warenwert", "Nettosumme"],
            "fr": ["Total HT", "Montant HT", "Sous-total", "Total hors taxes"],
            "es": ["Base imponible", "Subtotal", "Importe neto", "Total neto"], "zh": ["小计", "不含税金额"]}
TAX = {"en": ["VAT {r}%", "Sales Tax", "Tax {r}%", "GST"], "de": ["MwSt. {r}%", "USt. {r} %", "Umsatzsteuer {r}%"],
       "fr": ["TVA {r} %", "TVA {r}%"], "es": ["IVA {r}%", "IVA"], "zh": ["税额", "增值税"]}
TOTAL = {"en": ["Total", "Grand Total", "Total Due", "Amount Due", "Total Amount", "Invoice Total"],
         "de": ["Gesamtbetrag", "Rechnungsbetrag", "Endbetrag", "Gesamtsumme", "Summe brutto"],
         "fr": ["Total TTC", "Net à payer", "Montant TTC", "Montant total"],
         "es": ["Total", "Importe total", "Total a pagar", "Total factura"], "zh": ["总计", "合计", "总金额"]}
PAYMENT = {"en": ["Payment Terms", "Terms", "Terms of Payment", "Payment conditions"],
           "de": ["Zahlungsbedingungen", "Zahlungsziel", "Zahlungskonditionen"],
           "fr": ["Conditions de paiement", "Conditions de règlement", "Modalités de paiement"],
           "es": ["Condiciones de pago", "Forma de pago", "Plazo de pago"], "zh": ["付款方式", "付款条件", "结算方式"]}
TERMS = {"en": ["Net 30 days", "30 days net", "T/T in advance", "100% T/T before shipment", "Net 60"],
         "de": ["30 Tage netto", "14 Tage 2% Skonto, 30 Tage netto", "Vorkasse"],
         "fr": ["30 jours fin de mois", "Virement à 30 jours", "Paiement à réception"],
         "es": ["30 días fecha factura", "Transferencia a 60 días", "Contado"], "zh": ["T/T 30天", "电汇预付30%"]}
COLS = {
    "pos": {"en": ["Pos", "#", "Line"], "de": ["Pos.", "Pos"], "fr": ["N°", "Ligne"], "es": ["Pos.", "Línea"],
            "zh": ["序号"]},
    "sku": {"en": ["Item No.", "SKU", "Part #", "Part No.", "Item Code", "Product Code"],
            "de": ["Art.-Nr.", "Artikelnummer", "Artikel-Nr.", "Materialnummer"], "fr": ["Réf.", "Référence", "Code article"],
            "es": ["Código", "Referencia", "Ref."], "zh": ["货号", "型号", "产品编号"]},
    "description": {"en": ["Description", "Item Description", "Product", "Goods"], "de": ["Bezeichnung", "Beschreibung",
                                                                                       "Artikelbezeichnung"],
                    "fr": ["Désignation", "Description"], "es": ["Descripción", "Concepto", "Artículo"],
                    "zh": ["品名", "产品名称", "描述"]},
    "quantity": {"en": ["Qty", "Quantity", "QTY"], "de": ["Menge", "Anzahl"], "fr": ["Qté", "Quantité"],
                 "es": ["Cantidad", "Cant."], "zh": ["数量"]},
    "unit": {"en": ["Unit", "UoM", "U/M"], "de": ["Einheit", "ME"], "fr": ["Unité", "U."], "es": ["Unidad", "Ud."],
             "zh": ["单位"]},
    "unit_price": {"en": ["Unit Price", "Price", "Rate", "Unit Cost", "Price/Unit"], "de": ["Einzelpreis", "E-Preis",
                                                                                         "Preis/Einheit"],
                   "fr": ["Prix unitaire", "P.U. HT", "PU HT"], "es": ["Precio unitario", "Precio unit.", "Precio"],
                   "zh": ["单价"]},
    "amount": {"en": ["Amount", "Line Total", "Total", "Ext. Price"], "de": ["Gesamtpreis", "Betrag", "Gesamt"],
               "fr": ["Montant HT", "Montant", "Total HT"], "es": ["Importe", "Total"], "zh": ["金额", "总价"]},
    "tax_rate": {"en": ["Tax %", "VAT %"], "de": ["MwSt.", "USt. %"], "fr": ["TVA", "TVA %"], "es": ["IVA %", "IVA"],
                 "zh": ["税率"]},
    "discount": {"en": ["Disc. %", "Discount"], "de": ["Rabatt", "Rabatt %"], "fr": ["Remise", "Remise %"],
                 "es": ["Dto.", "Descuento"], "zh": ["折扣"]},
    "hs": {"en": ["HS Code"], "de": ["Zolltarifnr."], "fr": ["Code SH"], "es": ["Código HS"], "zh": ["海关编码"]},
    "delivery": {"en": ["Delivery Date", "Ship Date"], "de": ["Liefertermin"], "fr": ["Date de livraison"],
                 "es": ["Fecha de entrega"], "zh": ["交货日期"]},
}
ERP_COLS = {"de": {"sku": "Material", "description": "Kurztext", "quantity": "Bestellmenge", "unit": "ME",
                   "unit_price": "Preis/ME", "amount": "Nettowert"},
            "en": {"sku": "Material", "description": "Short Text", "quantity": "PO Quantity", "unit": "Order Unit",
                   "unit_price": "Net Price", "amount": "Net Order Value"}}
PRODUCTS = ["Stainless steel hex bolt M8x40", "Ball bearing 6204-2RS", "Hydraulic hose 1/2\" 2m", "LED panel 60x60 40W",
            "Cotton T-shirt, navy, size L", "Ceramic mug 350 ml", "Copper cable 3x2.5 mm² (100 m roll)",
            "Aluminium profile 40x40, anodised", "Pressure gauge 0-10 bar", "PVC ball valve DN25",
            "Silicone sealant, transparent", "Gear motor 24V 60rpm", "Cardboard box 600x400x400", "Safety gloves EN388"]
COMPANIES = {"en": ["Harbor Tools Ltd", "Pinecrest Supply Inc.", "Northwind Components LLC", "Atlas Fasteners Ltd"],
             "de": ["Müller Antriebstechnik GmbH", "Rheinmetallbau AG", "Schwarz & Söhne KG", "Elbtal Handels GmbH"],
             "fr": ["Atelier Dupont SARL", "Lumières de Lyon SAS", "Fournitures Bretonnes SA"],
             "es": ["Suministros Ibéricos S.L.", "Tornillería Levante S.A.", "Distribuciones Norte S.L."],
             "zh": ["宁波华强五金有限公司", "深圳明辉电子有限公司", "杭州远航贸易有限公司"]}
ADDRESSES = {"en": ["12 Dock Road, Southampton SO14 3AB, United Kingdom", "400 Market St, Springfield, IL 62701, USA"],
             "de": ["Industriestraße 7, 70565 Stuttgart, Deutschland", "Hafenweg 22, 20457 Hamburg, Germany"],
             "fr": ["14 rue des Forges, 69003 Lyon, France"], "es": ["Calle Mayor 45, 46001 Valencia, España"],
             "zh": ["浙江省宁波市北仑区新碶路88号", "广东省深圳市南山区科技园10号"]}
CURRENCY = {"en": ["USD", "GBP", "EUR"], "de": ["EUR"], "fr": ["EUR"], "es": ["EUR"], "zh": ["CNY", "USD"]}
SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£", "CNY": "¥"}
DECIMAL_COMMA = {"de", "fr", "es"}
PIECE = {"en": ["pcs", "ea", "pc"], "de": ["Stk", "Stück"], "fr": ["pce", "u"], "es": ["ud", "uds"], "zh": ["个", "件"]}


SKU_IN_DESC = {"en": ["Item code:", "Part No.", "SKU:"], "de": ["Art.-Nr.:", "Artikelnummer:"],
               "fr": ["Réf. article :", "Réf.:"], "es": ["Código:", "Ref.:"], "zh": ["货号:", "料号:"]}


@dataclass
class Variation:
    """One generated document: its truth, its rendering choices and its content."""

    id: str
    fmt: str
    lang: str
    truth: dict[str, Any]
    style: dict[str, Any] = field(default_factory=dict)
    header: list[tuple[str, str]] = field(default_factory=list)  # (label, value) pairs
    columns: list[tuple[str, str]] = field(default_factory=list)  # (role, header text)
    rows: list[dict[str, str]] = field(default_factory=list)
    totals: list[tuple[str, str]] = field(default_factory=list)
    parties: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (label, name, address lines)
    title: str = ""


def money(v: Decimal, lang: str, cur: str | None, r: random.Random, sym: bool = False) -> str:
    s = f"{v:,.2f}"
    if lang in DECIMAL_COMMA:
        s = s.replace(",", "X").replace(".", ",").replace("X", r.choice([".", " "]) if lang == "fr" else ".")
    if sym and cur:
        return r.choice([f"{SYMBOL[cur]}{s}" if lang not in DECIMAL_COMMA else f"{s} {SYMBOL[cur]}", f"{s} {cur}"])
    return s


def _price(v: Decimal, lang: str, cur: str, r: random.Random, style: dict[str, Any]) -> str:
    if style.get("fine_prices"):
        s = f"{v:.3f}" if lang not in DECIMAL_COMMA else f"{v:.3f}".replace(".", ",")
    else:
        s = money(v, lang, cur, r, style["symbols"])
    if style.get("per_unit"):
        s += r.choice(["/pc", " each", " je Stk", "/ea"]) if lang in ("en", "de") else "/u"
    return s


def _docno(r: random.Random, kind: str) -> str:
    styles = [lambda: f"{r.choice(['INV', 'RE', 'F', 'FA', 'PO', 'Q', 'QT', 'AB'])}-{r.randint(2023, 2026)}-{r.randint(1, 9999):04d}",
              lambda: str(r.randint(10000, 9999999)),
              lambda: f"{r.choice('ABCDEFGHKLMNPRS')}{r.randint(100000, 999999)}",
              lambda: f"{r.randint(2024, 2026)}/{r.randint(1, 999):03d}",
              lambda: f"{r.choice(['SO', 'PI', 'CI', 'BE'])}{r.randint(24, 26)}{r.randint(1000, 99999)}",
              # numbers that embed their date
              lambda: f"{r.choice(['INV', 'RE', 'PO', 'QT'])}-2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"]
    return r.choice(styles)()


# headings in languages the parser's vocabulary does not list (Indonesian, Swahili), for stacked bilingual heads
FOREIGN_COLS: dict[str, dict[str, str]] = {
    "id": {"pos": "No", "sku": "Kode Barang", "description": "Nama Barang", "quantity": "Jumlah", "unit": "Satuan",
           "unit_price": "Harga Satuan", "amount": "Nilai", "tax_rate": "PPN", "discount": "Potongan",
           "hs": "Pos Tarif", "delivery": "Tgl Kirim"},
    "sw": {"pos": "Na.", "sku": "Namba ya Bidhaa", "description": "Maelezo", "quantity": "Idadi", "unit": "Kipimo",
           "unit_price": "Bei ya Kimoja", "amount": "Jumla ya Bei", "tax_rate": "VAT", "discount": "Punguzo",
           "hs": "Namba ya Forodha", "delivery": "Tarehe"},
}


def make_variation(i: int, r: random.Random, fmt: str, foreign: float = 0.0) -> Variation:
    lang = r.choice(LANGS)
    doc_type = r.choice(["commercial_invoice"] * 3 + ["purchase_order", "quotation", "contract", "proforma_invoice"])
    cur = r.choice(CURRENCY[lang])
    number = _docno(r, doc_type)
    order_number = _docno(r, "po") if doc_type != "purchase_order" and r.random() < 0.8 else None
    if order_number == number:
        order_number = None
    seller = r.choice(COMPANIES[lang])
    buyer = r.choice([c for cl in COMPANIES.values() for c in cl if c != seller])
    terms = r.choice(TERMS[lang])
    rate = r.choice([Decimal("19"), Decimal("20"), Decimal("21"), Decimal("13"), Decimal("10")])
    v = Variation(id=f"v{i:03d}", fmt=fmt, lang=lang, truth={})
    v.title = r.choice(TITLES[doc_type][lang])
    style = v.style
    style["header"] = r.choice(["colon", "next_line", "table2", "table4", "grid_h", "title"])
    style["parties"] = r.choice(["stacked", "side_by_side", "inline"])
    style["qty_unit"] = r.choice(["column", "inline", "none"])
    style["symbols"] = r.random() < 0.3
    style["wrap"] = r.random() < 0.3
    style["grid"] = r.random() < 0.5
    style["totals_in_table"] = r.random() < 0.4
    style["long"] = fmt in ("docx", "pdf", "xlsx_pdf") and r.random() < 0.15
    style["repeat_header"] = r.random() < 0.5  # a long table's header row on every page, or only on the first
    style["align_numbers"] = r.random() < 0.5  # numbers right-aligned in their cells (position numbers too)
    # spreadsheets: numbers as numeric cells (right-aligned by the sheet), not as text
    style["numeric_cells"] = fmt in ("xlsx", "xlsx_pdf") and r.random() < 0.7
    # headings over two rows ("Unit" / "Price"): a sheet's or table's header split at its first word
    style["two_row_header"] = r.random() < 0.2
    style["fine_prices"] = r.random() < 0.2
    style["per_unit"] = r.random() < 0.1
    # header fields
    if style["header"] == "title":
        # the number printed in the title line ("INVOICE No. 4711"), the other fields as "label: value"
        v.title = f"{v.title} {r.choice(['No.', 'Nr.', 'N°', '#', 'Nº', '№'] if lang != 'zh' else ['编号', 'No.'])} {number}"
    else:
        v.header.append((r.choice(NUMBER[doc_type][lang]), number))
    v.header.append((r.choice(DATE[lang]), r.choice(["12.03.2025", "2025-03-12"]) if lang != "en" else
                     r.choice(["2025-03-12", "12 March 2025", "March 12, 2025"])))
    if order_number:
        v.header.append((r.choice([lab for lab in ORDER_REF[lang] if lab not in NUMBER["purchase_order"][lang]
                                   or doc_type != "purchase_order"]), order_number))
    v.header.append((r.choice(PAYMENT[lang]), terms))
    r.shuffle(v.header)
    v.parties = [(r.choice(SELLER[lang]), seller, r.choice(ADDRESSES[lang]).split(", ", 1)),
                 (r.choice(BUYER[lang]), buyer, r.choice([a for al in ADDRESSES.values() for a in al]).split(", ", 1))]
    if r.random() < 0.5:
        v.parties.reverse()
    # line items
    roles = ["sku", "description", "quantity"]
    if style["qty_unit"] == "column":
        roles.append("unit")
    roles += ["unit_price", "amount"]
    if r.random() < 0.5:
        roles.insert(0, "pos")
        style["pos_heading"] = r.choice(["Item", "No.", "#"]) if lang == "en" and r.random() < 0.5 else None
    for extra in ("tax_rate", "discount", "hs", "delivery"):
        if r.random() < 0.2:
            roles.insert(r.randint(2, len(roles) - 2), extra)
    if r.random() < 0.3:  # description before the item code
        a, b = roles.index("sku"), roles.index("description")
        roles[a], roles[b] = roles[b], roles[a]
    # no code column: the item code on the description's second line ("Bolt M8" / "Art.-Nr.: 4711")
    style["sku_in_desc"] = r.random() < 0.15
    if style["sku_in_desc"]:
        roles.remove("sku")
    # unusual column orders seen in real documents: price before quantity, unit before quantity, code last
    style["col_order"] = r.choice(["usual", "usual", "price_first", "unit_first", "sku_last"])
    if style["col_order"] == "price_first":
        roles.remove("unit_price")
        roles.insert(roles.index("quantity"), "unit_price")
    elif style["col_order"] == "unit_first" and "unit" in roles:
        roles.remove("unit")
        roles.insert(roles.index("quantity"), "unit")
    elif style["col_order"] == "sku_last" and "sku" in roles:
        roles.remove("sku")
        roles.append("sku")
    # Chinese documents for foreign partners: each heading in both languages ("单价 Unit Price")
    style["bilingual"] = lang == "zh" and r.random() < 0.6
    v.columns = [(role, style.get("pos_heading") if role == "pos" and style.get("pos_heading") else
                  r.choice(COLS[role][lang]) + (f" {r.choice(COLS[role]['en'])}" if style["bilingual"] else ""))
                 for role in roles]
    if r.random() < 0.25:
        # "Item | Description": a generic heading over the item code column
        generic = {"en": ["Item", "Article", "Product"], "de": ["Artikel", "Material"], "fr": ["Article", "Produit"],
                   "es": ["Artículo", "Producto"], "zh": ["商品", "产品"]}[lang]
        v.columns = [(role, r.choice(generic) if role == "sku" else h) for role, h in v.columns]
        if not any(role == "description" and h.lower().startswith(("desc", "bez", "dés", "品名", "描述")) for role, h in
                   v.columns):
            v.columns = [(role, COLS["description"][lang][0] if role == "description" else h) for role, h in
                         v.columns]
    # ERP print wording (SAP: "Material | Kurztext | Bestellmenge | ME | Preis/ME | Nettowert"), drawn from its
    # own stream so that the other documents of a seed stay as they were
    erp = random.Random(f"erp-{i}")
    if lang in ERP_COLS and erp.random() < 0.3:
        v.columns = [(role, ERP_COLS[lang].get(role, h)) for role, h in v.columns]
        style["erp_headings"] = True
    # the item code without a column of its own, written into the description cell: "[CODE] text" (web shops,
    # ERP quotes), the code on the cell's first line with the text below (ERP prints), "CODE – text"; or a bare
    # number heading ("No.", "N°") over the code column. Own stream: the other documents of a seed stay as they were
    cs = random.Random(f"code-{i}")
    if not style["sku_in_desc"] and cs.random() < 0.25:
        style["code_in_desc"] = cs.choice(["bracket", "dash"] + (["first_line"] if fmt in ("docx", "pdf") else []))
        v.columns = [(role, h) for role, h in v.columns if role != "sku"]
    elif not style["sku_in_desc"] and lang != "zh" and "pos" not in roles and cs.random() < 0.2:
        number_heading = {"en": ["No.", "No"], "de": ["Nr.", "Nr"], "fr": ["N°", "Nº"], "es": ["Nº", "N°"]}[lang]
        v.columns = [(role, cs.choice(number_heading) if role == "sku" else h) for role, h in v.columns]
    # importers' forms printed in their own language with English below each heading ("Jumlah" / "Qty"),
    # the code column headed in their language only: wording no vocabulary lists. Own stream, as above; off by
    # default (`--foreign P`): a measurement of headings in unknown languages, not yet held by the parser
    fs = random.Random(f"foreign-{i}")
    if not style["bilingual"] and not style.get("erp_headings") and fs.random() < foreign:
        own = fs.choice(list(FOREIGN_COLS.values()))
        v.columns = [(role, own[role] if role == "sku" and not (role == "pos" and style.get("pos_heading")) else
                      f"{own[role]}\n{h}" if role in own else h) for role, h in v.columns]
        style["foreign_stacked"] = True
        style["two_row_header"] = False
    if style["numeric_cells"]:
        style["per_unit"] = style["symbols"] = False
        if style["qty_unit"] == "inline":
            style["qty_unit"] = "none"
    # e-procurement portals print the unit in brackets after the quantity ("30 (EA)"); own stream, as above
    style["unit_brackets"] = style["qty_unit"] == "inline" and random.Random(f"unit-brackets-{i}").random() < 0.4
    # ERP prints: compact codes of letters and a zero-padded number ("DZ080", alone like a size "DN100" when the
    # number has no leading zero), item numbers in steps of ten ("00010", "00020"), and the code stacked over the
    # text under a joint heading ("Item / Description"). Own stream, as above
    es = random.Random(f"erp-shapes-{i}")
    style["compact_codes"] = es.random() < 0.2
    style["erp_positions"] = "pos" in roles and es.random() < 0.4
    if style.get("code_in_desc") == "first_line" and es.random() < 0.5:
        joint = {"en": "Item / Description", "de": "Artikel / Bezeichnung", "fr": "Article / Désignation",
                 "es": "Artículo / Descripción", "zh": "商品 / 描述"}[lang]
        v.columns = [(role, joint if role == "description" else h) for role, h in v.columns]
    compact = es.sample(range(1, 1000), 60)
    # accounting prints (Tally) set the code on a line of its own under the text instead ("Drum knife" over
    # "AB-1200"); own stream, as above
    if style.get("code_in_desc") == "first_line" and not any(" / " in h for _r, h in v.columns) and \
            random.Random(f"code-under-{i}").random() < 0.4:
        style["code_in_desc"] = "last_line"
    # "Artikel | Artikelnummer": a bare name heading over the text beside a numbered code heading (1C and other
    # ERP prints); own stream, as above
    name = {"en": "Article", "de": "Artikel", "fr": "Article"}.get(lang)
    if name and not style.get("pos_heading") and any(role == "sku" and h in COLS["sku"][lang] for role, h in
                                                     v.columns) and random.Random(f"name-heading-{i}").random() < 0.2:
        v.columns = [(role, name if role == "description" else h) for role, h in v.columns]
    n_items = r.randint(2, 6) if not style["long"] else r.randint(40, 55)
    items = []
    subtotal = Decimal("0")
    for k in range(n_items):
        sku = r.choice([f"{r.choice('ABCHKMPTX')}{r.choice('ABCDEFGHJKLMN')}-{r.randint(100, 9999)}",
                        str(r.randint(100000, 999999)), f"{r.randint(10, 99)}.{r.randint(100, 999)}.{r.randint(10, 99)}"])
        if style["compact_codes"]:
            sku = f"{es.choice('BDFHKMSTWZ')}{es.choice('CELPRVZ')}{compact[k]:03d}"
        desc = r.choice(PRODUCTS)
        qty = Decimal(r.choice([1, 2, 5, 10, 12, 24, 50, 100, 250, 1000, 1200]))
        price = Decimal(r.randint(5, 250000)) / 100
        if style.get("fine_prices"):
            price = Decimal(r.randint(1, 99999)) / 1000  # three-decimal unit prices (small parts)
        amt = (qty * price).quantize(Decimal("0.01"))
        subtotal += amt
        unit = r.choice(PIECE[lang])
        qtxt = f"{qty:,}" if lang not in DECIMAL_COMMA else f"{qty:,}".replace(",", ".")
        plain = desc  # the product text without any code, for the mail-body rendering
        if style["sku_in_desc"]:
            desc += "\n" + r.choice(SKU_IN_DESC[lang]) + " " + sku
        elif style.get("code_in_desc"):
            desc = {"bracket": f"[{sku}] {desc}", "dash": f"{sku} – {desc}", "first_line": f"{sku}\n{desc}",
                    "last_line": desc}[style["code_in_desc"]]
        row = {"pos": str((k + 1) * r.choice([1, 10])), "sku": sku,
               "description": desc if not (style["wrap"] and k % 2 == 0) else desc + "\n" + r.choice(
                   ["according to drawing 4711", "packed 10 per carton", "colour RAL 7035"]),
               "quantity": qtxt + ((f" ({unit})" if style.get("unit_brackets") else f" {unit}")
                                   if style["qty_unit"] == "inline" else ""), "unit": unit,
               "unit_price": _price(price, lang, cur, r, style), "amount": money(amt, lang, cur, r, style["symbols"]),
               "tax_rate": f"{rate}%", "discount": "0%",
               "hs": f"{r.randint(7000, 9999)}.{r.randint(10, 99)}.{r.randint(10, 99)}", "delivery": "2025-04-30"}
        if style.get("code_in_desc") == "last_line":
            row["description"] = f"{row['description']}\n{sku}"  # under the text and any note wrapped below it
        if style["erp_positions"]:
            row["pos"] = f"{(k + 1) * 10:05d}"
        row["_plain"] = plain
        if style["numeric_cells"]:
            row["_num"] = {"pos": int(row["pos"]), "quantity": float(qty), "unit_price": float(price),
                           "amount": float(amt)}  # type: ignore[assignment]
        v.rows.append(row)
        items.append({"sku": sku, "quantity": float(qty), "unit_price": str(price), "amount": str(amt)})
    tax = (subtotal * rate / 100).quantize(Decimal("0.01"))
    total = subtotal + tax
    net_q = {"en": ["Total (excl. VAT)", "Total (net)", "Total excl. tax"], "de": ["Summe (netto)", "Gesamt (netto)",
                                                                                  "Summe exkl. MwSt."],
             "fr": ["Total (HT)", "Total HT"], "es": ["Total (sin IVA)", "Total sin IVA"], "zh": ["合计(不含税)"]}[lang]
    v.totals = [(r.choice(SUBTOTAL[lang] + net_q), money(subtotal, lang, cur, r, style["symbols"])),
                (r.choice(TAX[lang]).format(r=rate), money(tax, lang, cur, r, style["symbols"])),
                (r.choice(TOTAL[lang]) + r.choice(["", f" ({cur})", f" {cur}"]), money(total, lang, cur, r,
                                                                                         style["symbols"]))]
    if not style["symbols"] and cur not in v.totals[-1][0]:
        # the currency must be printed somewhere, or the truth is not knowable from the document
        v.header.append((r.choice({"en": ["Currency"], "de": ["Währung"], "fr": ["Devise"], "es": ["Moneda"],
                                   "zh": ["币种"]}[lang]), cur))
    b_first = v.parties[0][1] == buyer
    v.truth = {"id": v.id, "file": f"{v.id}.{'pdf' if fmt in ('pdf', 'xlsx_pdf') else fmt}", "lang": lang, "style": style,
               "doc_type": doc_type, "number": number, "order_number": order_number, "currency": cur,
               "subtotal": str(subtotal), "tax": str(tax), "total": str(total), "payment_terms": terms,
               "buyer": buyer, "seller": seller, "line_items": items, "buyer_first": b_first}
    return v


def header_rows(v: Variation) -> list[list[str]]:
    """The item table's header row(s): one, or each heading split after its first word over two rows."""
    heads = [h for _r, h in v.columns]
    if not v.style.get("two_row_header"):
        return [heads]
    split = [h.split(" ", 1) if " " in h else [h, ""] for h in heads]
    return [[a for a, _b in split], [b for _a, b in split]]


def _set_borders(table: Any, on: bool) -> None:
    table.style = "Table Grid" if on else None


def render_docx(v: Variation, path: Path) -> None:
    """Word document; header as lines, label-above-value or 2/4-column tables; items as a (un)ruled table."""
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.size = Pt(9)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Pt(40)
    if len(v.columns) > 6:
        # wide item tables: landscape, as real ones are, so that no word breaks mid-word
        from docx.enum.section import WD_ORIENT

        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_paragraph(v.title).runs[0].bold = True
    style = v.style
    if style["header"] == "colon":
        for lab, val in v.header:
            d.add_paragraph(f"{lab}{':' if not lab.endswith('#') else ''} {val}")
    elif style["header"] == "next_line":
        for lab, val in v.header:
            d.add_paragraph(lab)
            d.add_paragraph(val)
    elif style["header"] == "table2":
        t = d.add_table(rows=0, cols=2)
        _set_borders(t, style["grid"])
        for lab, val in v.header:
            cells = t.add_row().cells
            cells[0].text, cells[1].text = lab + (":" if style["grid"] else ""), val
    elif style["header"] == "grid_h":
        t = d.add_table(rows=2, cols=len(v.header))
        _set_borders(t, style["grid"])
        for j, (lab, val) in enumerate(v.header):
            t.cell(0, j).text, t.cell(1, j).text = lab, val
    elif style["header"] == "title":
        for lab, val in v.header:
            d.add_paragraph(f"{lab}: {val}")
    else:
        t = d.add_table(rows=0, cols=4)
        _set_borders(t, style["grid"])
        pairs = list(v.header)
        for k in range(0, len(pairs), 2):
            cells = t.add_row().cells
            for j, (lab, val) in enumerate(pairs[k:k + 2]):
                cells[2 * j].text, cells[2 * j + 1].text = lab, val
    d.add_paragraph("")
    if style["parties"] == "inline":
        for lab, name, addr in v.parties:
            d.add_paragraph(f"{lab}: {name}")
            for a in addr:
                d.add_paragraph(a)
    elif style["parties"] == "stacked":
        for lab, name, addr in v.parties:
            d.add_paragraph(f"{lab}:")
            d.add_paragraph(name)
            for a in addr:
                d.add_paragraph(a)
    else:
        t = d.add_table(rows=1 + 1 + max(len(p[2]) for p in v.parties), cols=2)
        for j, (lab, name, addr) in enumerate(v.parties):
            t.cell(0, j).text = lab + ":"
            t.cell(1, j).text = name
            for k, a in enumerate(addr):
                t.cell(2 + k, j).text = a
    d.add_paragraph("")
    heads = header_rows(v)
    t = d.add_table(rows=len(heads), cols=len(v.columns))
    _set_borders(t, style["grid"])
    for k, hrow in enumerate(heads):
        for j, head in enumerate(hrow):
            t.cell(k, j).text = head
    if style["long"] and style["repeat_header"]:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        for k in range(len(heads)):
            el = OxmlElement("w:tblHeader")  # header row(s) repeated on every page
            el.set(qn("w:val"), "true")
            t.rows[k]._tr.get_or_add_trPr().append(el)
    for row in v.rows:
        cells = t.add_row().cells
        for j, (role, _h) in enumerate(v.columns):
            cells[j].text = row[role]
            if style["align_numbers"] and role in ("pos", "quantity", "unit_price", "amount"):
                from docx.enum.text import WD_ALIGN_PARAGRAPH

                cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if style["totals_in_table"]:
        for lab, val in v.totals:
            cells = t.add_row().cells
            a = [role for role, _h in v.columns].index("amount")  # the value under the line amounts
            cells[a - 1].text = lab
            cells[a].text = val
    else:
        for lab, val in v.totals:
            d.add_paragraph(f"{lab}: {val}")
    d.save(str(path))


def render_xlsx(v: Variation, path: Path) -> None:
    """Spreadsheet: header block label|value, parties, item table, totals below in the last two columns."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([v.title])
    ws.append([])
    if v.style["header"] == "grid_h":
        ws.append([lab for lab, _v in v.header])
        ws.append([val for _l, val in v.header])
    for lab, val in v.header if v.style["header"] != "grid_h" else []:
        ws.append([lab, val] if v.style["header"] != "table4" else ["", "", lab, val])
    ws.append([])
    for lab, name, addr in v.parties:
        ws.append([lab])
        ws.append([name])
        for a in addr:
            ws.append([a])
    ws.append([])
    for hrow in header_rows(v):
        ws.append(hrow)
    if v.style.get("long") and v.style.get("repeat_header"):
        first = ws.max_row - len(header_rows(v)) + 1
        ws.print_title_rows = f"{first}:{ws.max_row}"  # the header rows on every printed page
    fmts = {"quantity": "#,##0", "unit_price": "#,##0.000" if v.style.get("fine_prices") else "#,##0.00",
            "amount": "#,##0.00", "pos": "0"}
    for row in v.rows:
        num = row.get("_num") or {}
        ws.append([num[role] if role in num else row[role].replace("\n", " ") for role, _h in v.columns])
        for j, (role, _h) in enumerate(v.columns):
            if role in num:
                ws.cell(ws.max_row, j + 1).number_format = fmts[role]
    a = [role for role, _h in v.columns].index("amount")
    for lab, val in v.totals:
        ws.append([""] * (a - 1) + [lab, val])
    # widths that fit the contents and one page wide, as anyone printing a sheet sets them
    from openpyxl.utils import get_column_letter

    widths: dict[int, int] = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None and not (c.column == 1 and c.row <= 2):
                n = len(f"{c.value:,.2f}") if isinstance(c.value, float) else len(str(c.value))
                widths[c.column] = max(widths.get(c.column, 6), min(n + 2, 48))
    for col, w in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = w
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    wb.save(str(path))


def _esc(text: str) -> str:
    import html

    return html.escape(text).replace("\n", "<br>")


def render_html(v: Variation, path: Path, r: random.Random) -> None:
    """A web invoice (accounting and shop systems: a CSS table, printed by a browser): cells centred
    vertically or top-aligned, headings centred or left-aligned, narrow number columns whose headings wrap
    ("Unit / Price", "Amount / EUR"), no rules or only row lines."""
    style = v.style
    style["web_valign"] = r.choice(["middle", "middle", "top"])
    style["web_th_align"] = r.choice(["center", "left", "right"])
    style["web_rules"] = r.choice(["none", "rows", "zebra"])
    cur = v.truth["currency"]
    # ERP sales documents (SyteLine-style): two rows per item, the code and the numbers, then the description on
    # a row of its own under the code, across the columns; own stream, the other documents stay as they were
    cols = v.columns
    two_row = any(role == "sku" for role, _ in cols) and any(role == "description" for role, _ in cols) and \
        random.Random(f"two-row-{v.id}").random() < 0.3
    if two_row:
        style["two_row_items"] = True
        cols = [(role, h) for role, h in cols if role != "description"]
    # the amount heading carries the currency ("Amount EUR") in a column narrow enough to wrap it
    heads = [(role, f"{h} {cur}" if role == "amount" and style["web_th_align"] != "left" else h) for role, h in cols]
    narrow = {"pos": 28, "quantity": 62, "unit": 44, "unit_price": 64, "amount": 74, "tax_rate": 44, "discount": 44,
              "hs": 70, "delivery": 70}
    css = f"""body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10px; margin: 28px; }}
    h1 {{ font-size: 20px; font-weight: 300; }}
    table.items {{ border-collapse: collapse; width: 100%; margin-top: 14px; }}
    table.items th {{ text-align: {style["web_th_align"]}; vertical-align: middle; padding: 6px 5px;
                      border-bottom: 1px solid #333; font-weight: 600; }}
    table.items td {{ vertical-align: {style["web_valign"]}; padding: 7px 5px; }}
    table.items td.num {{ text-align: right; white-space: nowrap; }}
    {"table.items tr.row td { border-bottom: 1px solid #ccc; }" if style["web_rules"] == "rows" else ""}
    {"table.items tr.row:nth-child(even) td { background: #f2f2f2; }" if style["web_rules"] == "zebra" else ""}
    table.meta td {{ padding: 1px 10px 1px 0; vertical-align: top; }}
    table.totals {{ margin-left: auto; margin-top: 10px; }} table.totals td {{ padding: 2px 6px; text-align: right; }}
    table.items tr.top td {{ padding-bottom: 1px; border-bottom: none; }} table.items tr.sub td {{ padding-top: 1px; }}"""
    out = [f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body>",
           f"<h1>{_esc(v.title)}</h1>"]
    if style["header"] in ("table2", "table4", "grid_h"):
        out.append("<table class='meta'>" + "".join(f"<tr><td>{_esc(lab)}</td><td>{_esc(val)}</td></tr>"
                                                     for lab, val in v.header) + "</table>")
    else:
        out += [f"<p>{_esc(lab)}{':' if not lab.endswith('#') else ''} {_esc(val)}</p>" for lab, val in v.header]
    for lab, name, addr in v.parties:
        out.append(f"<p><b>{_esc(lab)}:</b><br>{_esc(name)}<br>{'<br>'.join(_esc(a) for a in addr)}</p>")
    out.append("<table class='items'><thead><tr>")
    for role, h in heads:
        width = f" style='width:{narrow[role]}px'" if role in narrow else ""
        out.append(f"<th{width}>{_esc(h)}</th>")
    out.append("</tr></thead><tbody>")
    for row in v.rows:
        out.append("<tr class='row top'>" if two_row else "<tr class='row'>")
        for role, _h in cols:
            cls = " class='num'" if role in ("pos", "quantity", "unit_price", "amount", "tax_rate", "discount") else ""
            out.append(f"<td{cls}>{_esc(row[role])}</td>")
        out.append("</tr>")
        if two_row:
            at = next(k for k, (role, _h) in enumerate(cols) if role == "sku")
            out.append("<tr class='row sub'>" + "<td></td>" * at +
                       f"<td colspan={len(cols) - at}>{_esc(row['description'])}</td></tr>")
    out.append("</tbody></table><table class='totals'>")
    out += [f"<tr><td>{_esc(lab)}</td><td>{_esc(val)}</td></tr>" for lab, val in v.totals]
    out.append("</table></body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


BODY_SHAPES = ("equation", "qty_first", "code_last", "labelled", "aligned", "aligned_header", "tabs", "sentence")
BODY_TOTAL_WORD = {"en": "total", "de": "gesamt", "fr": "soit", "es": "total", "zh": "total"}
BODY_TIMES = {"en": ["x", "@", "at"], "de": ["x", "à", "je"], "fr": ["x", "à"], "es": ["x", "a"], "zh": ["x", "×"]}
BODY_INTRO = {"en": "Hello,\n\nplease supply the following:", "de": "Guten Tag,\n\nbitte liefern Sie:",
              "fr": "Bonjour,\n\nmerci de nous livrer :", "es": "Hola:\n\npor favor envíennos:",
              "zh": "您好，\n\n请供应以下货物："}


def render_body(v: Variation, path: Path, r: random.Random) -> None:
    """An order typed in a mail body, no table: one of the usual plain-text shapes for the lines (code first or
    last or labelled, the quantity first or before the price, "x" / "@" / "à", bullets, columns aligned by
    spaces or tabs with or without a header line); header fields as "label: value" lines."""
    shape = r.choice(BODY_SHAPES)
    v.style["body_shape"] = shape
    lang = v.lang
    out = [BODY_INTRO[lang], "", v.title]
    out += [f"{lab}{'' if lab.endswith('#') else ':'} {val}" for lab, val in v.header]
    out += [f"{lab}: {name}" for lab, name, _addr in v.parties]
    out.append("")
    times = r.choice(BODY_TIMES[lang])
    bullet = r.choice(["- ", "* ", "• ", "{k}) ", "{k}. ", ""])
    label = r.choice(SKU_IN_DESC[lang]).rstrip(":").rstrip()
    table: list[list[str]] = []
    for k, row in enumerate(v.rows, 1):
        desc = row["_plain"]
        sku, qty, unit, price, amt = row["sku"], row["quantity"].split()[0], row["unit"], row["unit_price"], \
            row["amount"]
        lead = bullet.format(k=k)
        if shape == "equation":
            out.append(f"{lead}{sku} – {desc} – {qty} {unit} {times} {price} = {amt}")
        elif shape == "qty_first":
            out.append(f"{lead}{qty} x {sku} {desc} {times if times != 'x' else '@'} {price} = {amt}")
        elif shape == "code_last":
            out.append(f"{lead}{desc} ({sku}): {qty} {unit} {times} {price} = {amt}")
        elif shape == "sentence":
            # no "x" nor "=": "10 pcs AB-1 Bolt, 0.45 EUR/pc, total 4.50 EUR" (the currency beside each amount)
            cur = v.truth["currency"]
            p_cur = price if any(ch in price for ch in "$€£¥") or cur in price else f"{price} {cur}"
            a_cur = amt if any(ch in amt for ch in "$€£¥") or cur in amt else f"{amt} {cur}"
            out.append(f"{lead}{qty} {unit} {sku} {desc}, {p_cur}, {BODY_TOTAL_WORD[lang]} {a_cur}")
        elif shape == "labelled":
            out.append(f"{lead}{label} {sku}, {desc}, {qty} {unit} {times} {price} = {amt}")
        else:
            table.append([str(k), sku, desc, qty, unit, price, amt])
    if table:
        heads = [h for role in ("pos", "sku", "description", "quantity", "unit", "unit_price", "amount")
                 for h in [r.choice(COLS[role][lang])]]
        rows = ([heads] if shape != "aligned" else []) + table
        if shape == "tabs":
            out += ["\t".join(x) for x in rows]
        else:
            widths = [max(len(x[j]) for x in rows) for j in range(len(rows[0]))]
            out += ["   ".join(c.ljust(widths[j]) for j, c in enumerate(x)).rstrip() for x in rows]
    out.append("")
    out += [f"{lab}: {val}" for lab, val in v.totals]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def html_to_pdf(paths: list[Path], outdir: Path) -> None:
    """Print each page with headless Chromium, as a browser prints a web invoice."""
    with tempfile.TemporaryDirectory() as home:
        for page in paths:
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                            "--disable-background-networking", "--no-first-run", f"--user-data-dir={home}",
                            f"--print-to-pdf={outdir / (page.stem + '.pdf')}", page.as_uri()],
                           env={**os.environ, "HOME": home}, check=True, capture_output=True, timeout=120)


def to_pdf(paths: list[Path], outdir: Path) -> None:
    """Batch-convert with LibreOffice (own HOME: a profile per run, no clash with other users)."""
    if not paths:
        return
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "HOME": home}
        subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir),
                        *map(str, paths)], env=env, check=True, capture_output=True, timeout=600)


def generate(outdir: Path, n: int = 60, seed: int = 1, pdf: bool = True,
             foreign: float = 0.0, body: float = 0.0) -> list[dict[str, Any]]:
    """Write n documents (about half PDF, the rest docx/xlsx; a share `body` as orders typed in a mail body) and
    truth.json; returns the truth list."""
    r = random.Random(seed)
    outdir.mkdir(parents=True, exist_ok=True)
    truths = []
    to_convert: list[Path] = []
    to_print: list[Path] = []
    web_pdf = pdf and shutil.which("chromium") is not None
    tmp = outdir / "_src"
    tmp.mkdir(exist_ok=True)
    for i in range(n):
        fmt = r.choice(["pdf", "pdf", "docx", "xlsx", "xlsx_pdf"]) if pdf else r.choice(["docx", "xlsx"])
        v = make_variation(i, r, fmt, foreign)
        if body and random.Random(f"body-{i}").random() < body:
            # an order typed in a mail body; drawn from its own stream, the other documents stay as they were
            render_body(v, outdir / f"{v.id}.txt", random.Random(f"body-style-{i}"))
            v.truth["file"] = f"{v.id}.txt"
        elif fmt == "xlsx":
            render_xlsx(v, outdir / f"{v.id}.xlsx")
        elif fmt == "xlsx_pdf":
            # a spreadsheet printed to PDF: a whitespace table without rules, narrow cell padding
            render_xlsx(v, tmp / f"{v.id}.xlsx")
            to_convert.append(tmp / f"{v.id}.xlsx")
        elif fmt == "docx":
            render_docx(v, outdir / f"{v.id}.docx")
        elif fmt == "pdf" and web_pdf and random.Random(f"web-{i}").random() < 0.35:
            # a web invoice printed by a browser; drawn from its own stream, the documents stay as they were
            render_html(v, tmp / f"{v.id}.html", random.Random(f"web-style-{i}"))
            to_print.append(tmp / f"{v.id}.html")
        else:
            render_docx(v, tmp / f"{v.id}.docx")
            to_convert.append(tmp / f"{v.id}.docx")
        truths.append(v.truth)
    to_pdf(to_convert, outdir)
    html_to_pdf(to_print, outdir)
    shutil.rmtree(tmp, ignore_errors=True)
    (outdir / "truth.json").write_text(json.dumps(truths, ensure_ascii=False, indent=1), encoding="utf-8")
    return truths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument("--foreign", type=float, default=0.0,
                    help="share of documents with stacked headings in a language no vocabulary lists")
    ap.add_argument("--body", type=float, default=0.0,
                    help="share of documents written as an order typed in a mail body (plain-text line shapes)")
    a = ap.parse_args()
    generate(a.outdir, a.n, a.seed, pdf=not a.no_pdf, foreign=a.foreign, body=a.body)


if __name__ == "__main__":
    main()
