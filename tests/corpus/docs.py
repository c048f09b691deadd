"""Business documents for the labelled corpus: the data model, ten layouts, docx/xlsx rendering and labels."""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

import docx
import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt
from openpyxl.styles import Alignment, Font

CENT = Decimal("0.01")
# Fixed zip timestamp: python-docx and openpyxl stamp "now" into the package, which would make
# the committed corpus differ on every run.
ZIP_EPOCH = (2026, 1, 1, 0, 0, 0)


def money(value: Decimal) -> str:
    """Schema form of an amount: '1234.50'."""
    return str(value.quantize(CENT, rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Party:
    name: str
    address: str


@dataclass(frozen=True)
class Line:
    sku: str
    description: str
    quantity: int
    unit: str | None
    unit_price: Decimal

    @property
    def amount(self) -> Decimal:
        return (self.unit_price * self.quantity).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class Doc:
    """One business document; everything shown on it is also what its label says."""

    doc_type: str
    number: str | None
    date: dt.date
    buyer: Party | None
    seller: Party | None
    order_number: str | None = None
    currency: str | None = None
    lines: list[Line] = field(default_factory=list)
    tax_rate: Decimal | None = None  # None: no tax line printed
    incoterms: str | None = None
    payment_terms: str | None = None
    tracking_numbers: list[str] = field(default_factory=list)
    signed: bool | None = None
    paid_amount: Decimal | None = None  # payment advice: the amount paid is the document total
    extra: list[tuple[str, str]] = field(default_factory=list)  # (label key, value) extra header rows
    notes: list[str] = field(default_factory=list)
    signatories: tuple[str, str] = ("", "")  # buyer, seller signatory names for contracts

    @property
    def subtotal(self) -> Decimal | None:
        if not self.lines:
            return None
        return sum((ln.amount for ln in self.lines), Decimal("0"))

    @property
    def tax(self) -> Decimal | None:
        if self.subtotal is None or self.tax_rate is None:
            return None
        return (self.subtotal * self.tax_rate / 100).quantize(CENT, rounding=ROUND_HALF_UP)

    @property
    def total(self) -> Decimal | None:
        if self.paid_amount is not None:
            return self.paid_amount
        if self.subtotal is None:
            return None
        return self.subtotal + (self.tax or Decimal("0"))

    def label(self, source: str) -> dict:
        """The label entry for this document, in the shapes of document.schema.json."""
        opt = lambda v: money(v) if v is not None else None  # noqa: E731
        return {
            "source": source,
            "doc_type": self.doc_type,
            "number": self.number,
            "order_number": self.order_number,
            "date": self.date.isoformat(),
            "currency": self.currency,
            "subtotal": opt(self.subtotal),
            "tax": opt(self.tax),
            "total": opt(self.total),
            "incoterms": self.incoterms,
            "payment_terms": self.payment_terms,
            "buyer": self.buyer.name if self.buyer else None,
            "seller": self.seller.name if self.seller else None,
            "tracking_numbers": list(self.tracking_numbers),
            "signed": self.signed,
            "line_items": [
                {"sku": ln.sku, "description": ln.description, "quantity": ln.quantity, "unit": ln.unit,
                 "unit_price": money(ln.unit_price), "amount": money(ln.amount)}
                for ln in self.lines
            ],
        }


# --- number and date formats -------------------------------------------------------------------

def fmt_num(value: Decimal, style: str) -> str:
    """Print an amount the way the layout's country does."""
    s = f"{value.quantize(CENT, rounding=ROUND_HALF_UP):,.2f}"  # 1,234.56
    if style == "de":
        return s.replace(",", "X").replace(".", ",").replace("X", ".")
    if style == "fr":
        return s.replace(",", " ").replace(".", ",")
    return s


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}


def fmt_date(d: dt.date, style: str) -> str:
    if style == "en_long":
        return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"
    if style == "de":
        return d.strftime("%d.%m.%Y")
    if style == "fr":
        return d.strftime("%d/%m/%Y")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    return d.isoformat()


# --- vocabulary ----------------------------------------------------------------------------------

TITLES = {
    "en": {"purchase_order": "PURCHASE ORDER", "commercial_invoice": "COMMERCIAL INVOICE",
           "proforma_invoice": "PROFORMA INVOICE", "quotation": "QUOTATION", "contract": "SALES CONTRACT",
           "payment_advice": "PAYMENT ADVICE", "shipping_notice": "SHIPPING NOTICE",
           "bill_of_lading": "BILL OF LADING", "inspection_report": "INSPECTION REPORT",
           "packing_list": "PACKING LIST"},
    "de": {"purchase_order": "Bestellung", "commercial_invoice": "Handelsrechnung",
           "proforma_invoice": "Proforma-Rechnung", "quotation": "Angebot", "contract": "Kaufvertrag",
           "payment_advice": "Zahlungsavis", "shipping_notice": "Versandanzeige",
           "bill_of_lading": "Konnossement (Bill of Lading)", "inspection_report": "Prüfbericht",
           "packing_list": "Packliste"},
    "fr": {"purchase_order": "BON DE COMMANDE", "commercial_invoice": "FACTURE COMMERCIALE",
           "proforma_invoice": "FACTURE PROFORMA", "quotation": "DEVIS", "contract": "CONTRAT DE VENTE",
           "payment_advice": "AVIS DE PAIEMENT", "shipping_notice": "AVIS D'EXPÉDITION",
           "bill_of_lading": "CONNAISSEMENT", "inspection_report": "RAPPORT D'INSPECTION",
           "packing_list": "LISTE DE COLISAGE"},
    "es": {"purchase_order": "ORDEN DE COMPRA", "commercial_invoice": "FACTURA COMERCIAL",
           "proforma_invoice": "FACTURA PROFORMA", "quotation": "COTIZACIÓN", "contract": "CONTRATO DE COMPRAVENTA",
           "payment_advice": "AVISO DE PAGO", "shipping_notice": "AVISO DE EMBARQUE",
           "bill_of_lading": "CONOCIMIENTO DE EMBARQUE", "inspection_report": "INFORME DE INSPECCIÓN",
           "packing_list": "LISTA DE EMPAQUE"},
    "zh": {"purchase_order": "采购订单", "commercial_invoice": "商业发票", "proforma_invoice": "形式发票",
           "quotation": "报价单", "contract": "销售合同", "payment_advice": "付款通知",
           "shipping_notice": "发货通知", "bill_of_lading": "海运提单", "inspection_report": "检验报告",
           "packing_list": "装箱单"},
}

# The label of the document's own number, per doc type.
NUMBER_LABELS = {
    "en": {"purchase_order": "PO No.", "commercial_invoice": "Invoice No.", "proforma_invoice": "Proforma No.",
           "quotation": "Quotation No.", "contract": "Contract No.", "payment_advice": "Payment Ref.",
           "shipping_notice": "Shipment No.", "bill_of_lading": "B/L No.", "inspection_report": "Report No.",
           "packing_list": "Packing List No."},
    "de": {"purchase_order": "Bestellnummer", "commercial_invoice": "Rechnungsnummer",
           "proforma_invoice": "Proforma-Nr.", "quotation": "Angebotsnummer", "contract": "Vertragsnummer",
           "payment_advice": "Zahlungsreferenz", "shipping_notice": "Versandnummer", "bill_of_lading": "B/L-Nr.",
           "inspection_report": "Berichtsnummer", "packing_list": "Packlisten-Nr."},
    "fr": {"purchase_order": "N° de commande", "commercial_invoice": "Facture N°", "proforma_invoice": "Proforma N°",
           "quotation": "Devis N°", "contract": "Contrat N°", "payment_advice": "Référence du paiement",
           "shipping_notice": "Expédition N°", "bill_of_lading": "Connaissement N°",
           "inspection_report": "Rapport N°", "packing_list": "Colisage N°"},
    "es": {"purchase_order": "Pedido N.º", "commercial_invoice": "Factura N.º", "proforma_invoice": "Proforma N.º",
           "quotation": "Cotización N.º", "contract": "Contrato N.º", "payment_advice": "Referencia de pago",
           "shipping_notice": "Embarque N.º", "bill_of_lading": "B/L N.º", "inspection_report": "Informe N.º",
           "packing_list": "Lista N.º"},
    "zh": {"purchase_order": "订单号", "commercial_invoice": "发票号", "proforma_invoice": "形式发票号",
           "quotation": "报价单号", "contract": "合同号", "payment_advice": "付款编号", "shipping_notice": "发货单号",
           "bill_of_lading": "提单号", "inspection_report": "报告编号", "packing_list": "装箱单号"},
}

FIELD_LABELS = {
    "en": {"order_number": "Your PO No.", "date": "Date", "buyer": "Buyer", "seller": "Seller",
           "currency": "Currency", "incoterms": "Incoterms", "payment_terms": "Payment terms",
           "subtotal": "Subtotal", "tax": "VAT", "total": "Total", "tracking": "Container No.",
           "tracking_parcel": "Tracking No.", "amount_paid": "Amount paid", "invoice_ref": "Invoice No.",
           "vessel": "Vessel", "result": "Result", "delivery": "Delivery date"},
    "de": {"order_number": "Ihre Bestellung", "date": "Datum", "buyer": "Käufer", "seller": "Verkäufer",
           "currency": "Währung", "incoterms": "Lieferbedingung", "payment_terms": "Zahlungsbedingungen",
           "subtotal": "Zwischensumme", "tax": "MwSt.", "total": "Gesamtbetrag", "tracking": "Container-Nr.",
           "tracking_parcel": "Sendungsnummer", "amount_paid": "Gezahlter Betrag", "invoice_ref": "Rechnung",
           "vessel": "Schiff", "result": "Ergebnis", "delivery": "Liefertermin"},
    "fr": {"order_number": "Votre commande", "date": "Date", "buyer": "Acheteur", "seller": "Vendeur",
           "currency": "Devise", "incoterms": "Incoterms", "payment_terms": "Conditions de paiement",
           "subtotal": "Total HT", "tax": "TVA", "total": "Total TTC", "tracking": "N° de conteneur",
           "tracking_parcel": "N° de suivi", "amount_paid": "Montant payé", "invoice_ref": "Facture",
           "vessel": "Navire", "result": "Résultat", "delivery": "Date de livraison"},
    "es": {"order_number": "Su pedido", "date": "Fecha", "buyer": "Comprador", "seller": "Vendedor",
           "currency": "Moneda", "incoterms": "Incoterms", "payment_terms": "Condiciones de pago",
           "subtotal": "Subtotal", "tax": "IVA", "total": "Importe total", "tracking": "N.º de contenedor",
           "tracking_parcel": "N.º de seguimiento", "amount_paid": "Importe pagado", "invoice_ref": "Factura",
           "vessel": "Buque", "result": "Resultado", "delivery": "Fecha de entrega"},
    "zh": {"order_number": "订单号", "date": "日期", "buyer": "买方", "seller": "卖方", "currency": "币种",
           "incoterms": "贸易条款", "payment_terms": "付款方式", "subtotal": "小计", "tax": "税额",
           "total": "总计", "tracking": "集装箱号", "tracking_parcel": "运单号", "amount_paid": "付款金额",
           "invoice_ref": "发票号", "vessel": "船名", "result": "检验结果", "delivery": "交货日期"},
}

COLUMNS = {
    "en": {"pos": "Item", "sku": "Part No.", "desc": "Description", "qty": "Qty", "unit": "Unit",
           "price": "Unit Price", "amount": "Amount"},
    "de": {"pos": "Pos.", "sku": "Artikelnr.", "desc": "Bezeichnung", "qty": "Menge", "unit": "Einheit",
           "price": "Einzelpreis", "amount": "Betrag"},
    "fr": {"pos": "Ligne", "sku": "Référence", "desc": "Désignation", "qty": "Quantité", "unit": "Unité",
           "price": "Prix unitaire", "amount": "Montant"},
    "es": {"pos": "Pos.", "sku": "Código", "desc": "Descripción", "qty": "Cantidad", "unit": "Unidad",
           "price": "Precio unitario", "amount": "Importe"},
    "zh": {"pos": "序号", "sku": "货号", "desc": "品名", "qty": "数量", "unit": "单位", "price": "单价",
           "amount": "金额"},
}

SIGNATURE = {
    "en": ("For and on behalf of the Buyer", "For and on behalf of the Seller", "Signature", "Name", "Date"),
    "de": ("Für den Käufer", "Für den Verkäufer", "Unterschrift", "Name", "Datum"),
    "fr": ("Pour l'Acheteur", "Pour le Vendeur", "Signature", "Nom", "Date"),
    "es": ("Por el Comprador", "Por el Vendedor", "Firma", "Nombre", "Fecha"),
    "zh": ("买方（盖章）", "卖方（盖章）", "签字", "姓名", "日期"),
}


@dataclass(frozen=True)
class Layout:
    """How a partner's documents look; dev, dev2 and the holdout generator use disjoint layouts."""

    key: str
    lang: str
    producer: str  # "docx" or "xlsx"
    header: str  # "table" (2-column table), "free" ("Label: value" lines), "sheet" (xlsx block)
    columns: tuple[str, ...]
    num: str  # en | de | fr
    date: str  # en_long | de | fr | us | zh | iso
    totals: str  # "table" (rows in the line table) | "right" (right-aligned block)
    column_names: dict[str, str] = field(default_factory=dict)
    field_names: dict[str, str] = field(default_factory=dict)
    currency_symbol: str | None = None  # print "$ 1,234.56" instead of a currency row
    number_names: dict[str, str] = field(default_factory=dict)  # per doc type, overrides NUMBER_LABELS

    def col(self, key: str) -> str:
        return self.column_names.get(key) or COLUMNS[self.lang][key]

    def fld(self, key: str) -> str:
        return self.field_names.get(key) or FIELD_LABELS[self.lang][key]


LAYOUTS = {
    # dev
    "L1": Layout("L1", "en", "docx", "table", ("sku", "desc", "qty", "unit", "price", "amount"), "en", "en_long",
                 "table"),
    "L2": Layout("L2", "de", "docx", "free", ("pos", "sku", "desc", "qty", "unit", "price", "amount"), "de", "de",
                 "right"),
    "L3": Layout("L3", "fr", "xlsx", "sheet", ("sku", "desc", "qty", "price", "amount"), "fr", "fr", "table",
                 column_names={"sku": "Réf.", "price": "P.U. HT", "amount": "Montant HT"}),
    "L4": Layout("L4", "es", "docx", "free", ("desc", "sku", "qty", "unit", "price", "amount"), "de", "fr", "right"),
    "L5": Layout("L5", "zh", "docx", "table", ("pos", "sku", "desc", "qty", "unit", "price", "amount"), "en", "zh",
                 "table"),
    # dev2 (the first holdout)
    "L6": Layout("L6", "en", "docx", "free", ("qty", "sku", "desc", "price", "amount"), "en", "us", "right",
                 column_names={"qty": "QTY", "sku": "ITEM #", "desc": "DESCRIPTION", "price": "UNIT PRICE",
                               "amount": "EXT. PRICE"},
                 field_names={"date": "Date Issued", "total": "TOTAL DUE", "tax": "Sales Tax",
                              "subtotal": "Merchandise Total", "incoterms": "Ship Terms",
                              "payment_terms": "Terms", "buyer": "Bill To", "seller": "Vendor",
                              "order_number": "Customer PO #", "amount_paid": "Remittance Amount"},
                 currency_symbol="$",
                 number_names={"purchase_order": "PO #", "commercial_invoice": "Invoice #", "quotation": "Quote #",
                               "contract": "Agreement #", "payment_advice": "Remittance #",
                               "shipping_notice": "ASN #", "bill_of_lading": "BOL #",
                               "inspection_report": "QC Report #"}),
    "L7": Layout("L7", "de", "xlsx", "sheet", ("pos", "sku", "desc", "qty", "unit", "price", "amount"), "de", "de",
                 "table", column_names={"sku": "Art.-Nr.", "unit": "ME", "price": "Preis/ME", "amount": "Gesamt"},
                 field_names={"buyer": "Auftraggeber", "seller": "Lieferant", "total": "Endbetrag",
                              "subtotal": "Nettobetrag", "tax": "USt. 20%", "date": "Belegdatum",
                              "order_number": "Bezug Bestellung", "incoterms": "Lieferkondition",
                              "payment_terms": "Zahlungskondition"},
                 number_names={"purchase_order": "Bestell-Nr.", "commercial_invoice": "Rechnungs-Nr.",
                               "quotation": "Angebots-Nr.", "contract": "Vertrags-Nr.", "payment_advice": "Avis-Nr.",
                               "shipping_notice": "Lieferschein-Nr.", "bill_of_lading": "Konnossement-Nr.",
                               "inspection_report": "Prüfprotokoll-Nr."}),
    "L8": Layout("L8", "zh", "xlsx", "sheet", ("sku", "desc", "qty", "unit", "price", "amount"), "en", "iso",
                 "table", column_names={"sku": "货号 Item No.", "desc": "品名 Description", "qty": "数量 Qty",
                                        "unit": "单位 Unit", "price": "单价 Unit Price", "amount": "金额 Amount"},
                 field_names={"total": "合计 Total", "subtotal": "小计 Subtotal", "buyer": "买方 Buyer",
                              "seller": "卖方 Seller", "date": "日期 Date", "order_number": "客户订单 Customer PO",
                              "currency": "货币 Currency", "incoterms": "价格条款 Price Terms",
                              "payment_terms": "付款条件 Payment Terms"},
                 number_names={"purchase_order": "订单编号 PO No.", "commercial_invoice": "发票编号 Invoice No.",
                               "quotation": "报价编号 Quotation No.", "contract": "合同编号 Contract No.",
                               "payment_advice": "付款单号 Payment No.", "shipping_notice": "发货编号 Shipment No.",
                               "bill_of_lading": "提单编号 B/L No.", "inspection_report": "报告编号 Report No."}),
    "L9": Layout("L9", "fr", "docx", "free", ("desc", "qty", "price", "amount", "sku"), "fr", "fr", "right",
                 column_names={"desc": "Article", "qty": "Qté", "price": "P.U.", "amount": "Total ligne",
                               "sku": "Code article"},
                 field_names={"total": "Net à payer", "subtotal": "Montant HTVA", "tax": "TVA 21%",
                              "buyer": "Client", "seller": "Fournisseur", "date": "Date d'émission",
                              "order_number": "Réf. commande client", "payment_terms": "Modalités de paiement"},
                 number_names={"purchase_order": "Commande n°", "commercial_invoice": "Numéro de facture",
                               "quotation": "Offre n°", "contract": "Réf. contrat", "payment_advice": "Réf. virement",
                               "shipping_notice": "Bordereau d'expédition n°", "bill_of_lading": "B/L n°",
                               "inspection_report": "Rapport de contrôle n°"}),
    "L10": Layout("L10", "es", "docx", "table", ("sku", "desc", "unit", "qty", "price", "amount"), "en", "fr",
                  "table", column_names={"sku": "Clave", "unit": "U. de medida", "price": "P. Unitario"},
                  field_names={"buyer": "Cliente", "seller": "Proveedor", "total": "Total",
                               "date": "Fecha de emisión", "order_number": "Referencia OC",
                               "payment_terms": "Forma de pago", "incoterms": "Término de venta"},
                  number_names={"purchase_order": "Orden de compra No.", "commercial_invoice": "Folio",
                                "quotation": "Cotización No.", "contract": "Contrato No.",
                                "payment_advice": "Comprobante de pago", "shipping_notice": "Aviso No.",
                                "bill_of_lading": "B/L No.", "inspection_report": "Reporte de calidad No."}),
}


def _cell_text(doc: Doc, layout: Layout, ln: Line, i: int, key: str) -> str:
    if key == "pos":
        return str(i + 1)
    if key == "sku":
        return ln.sku
    if key == "desc":
        return ln.description
    if key == "qty":
        return str(ln.quantity)
    if key == "unit":
        return ln.unit or ""
    if key == "price":
        return _amount_text(ln.unit_price, layout)
    return _amount_text(ln.amount, layout)


def _amount_text(value: Decimal, layout: Layout) -> str:
    s = fmt_num(value, layout.num)
    return f"{layout.currency_symbol}{s}" if layout.currency_symbol else s


def header_rows(doc: Doc, layout: Layout) -> list[tuple[str, str]]:
    """(label, value) pairs of the document header, in print order."""
    lang = layout.lang
    rows: list[tuple[str, str]] = []
    if doc.number:
        rows.append((layout.number_names.get(doc.doc_type) or NUMBER_LABELS[lang][doc.doc_type], doc.number))
    rows.append((layout.fld("date"), fmt_date(doc.date, layout.date)))
    if doc.order_number:
        rows.append((layout.fld("order_number"), doc.order_number))
    for key, value in doc.extra:
        rows.append((layout.fld(key), value))
    if doc.seller:
        rows.append((layout.fld("seller"), f"{doc.seller.name}\n{doc.seller.address}"))
    if doc.buyer:
        rows.append((layout.fld("buyer"), f"{doc.buyer.name}\n{doc.buyer.address}"))
    if doc.currency and not layout.currency_symbol:
        rows.append((layout.fld("currency"), doc.currency))
    if doc.incoterms:
        rows.append((layout.fld("incoterms"), doc.incoterms))
    if doc.payment_terms:
        rows.append((layout.fld("payment_terms"), doc.payment_terms))
    if doc.tracking_numbers:
        key = "tracking" if all(t[:4].isalpha() for t in doc.tracking_numbers) else "tracking_parcel"
        rows.append((layout.fld(key), ", ".join(doc.tracking_numbers)))
    if doc.paid_amount is not None:
        rows.append((layout.fld("amount_paid"), f"{doc.currency or ''} {_amount_text(doc.paid_amount, layout)}".strip()))
    return rows


def totals_rows(doc: Doc, layout: Layout) -> list[tuple[str, str]]:
    if doc.subtotal is None or doc.paid_amount is not None:
        return []
    rows = [(layout.fld("subtotal"), _amount_text(doc.subtotal, layout))]
    if doc.tax is not None:
        tax_label = layout.fld("tax")
        if "%" not in tax_label:
            tax_label = f"{tax_label} {doc.tax_rate.normalize():f}%"
        rows.append((tax_label, _amount_text(doc.tax, layout)))
    total = _amount_text(doc.total, layout)
    if layout.lang != "zh" and doc.currency and not layout.currency_symbol:
        total = f"{doc.currency} {total}"
    rows.append((layout.fld("total"), total))
    return rows


def normalize_zip(data: bytes) -> bytes:
    """Rewrite an OOXML package with fixed timestamps so the output is byte-for-byte reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_EPOCH)
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified whatever the properties say.
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", data)
            dst.writestr(zi, data)
    return out.getvalue()


def render(doc: Doc, layout: Layout, producer: str | None = None) -> bytes:
    """The document as .docx or .xlsx bytes (producer defaults to the layout's)."""
    if (producer or layout.producer) == "xlsx":
        return _render_xlsx(doc, layout)
    return _render_docx(doc, layout)


def _render_docx(doc: Doc, layout: Layout) -> bytes:
    d = docx.Document()
    d.core_properties.author = doc.seller.name if doc.seller else ""
    d.core_properties.created = dt.datetime(2026, 1, 1)
    d.core_properties.modified = dt.datetime(2026, 1, 1)
    d.core_properties.last_modified_by = ""
    style = d.styles["Normal"]
    style.font.size = Pt(9)
    if layout.lang == "zh":
        style.font.name = "Noto Sans CJK SC"
    issuer = doc.buyer if doc.doc_type in ("purchase_order", "payment_advice", "inspection_report") else doc.seller
    if issuer:
        p = d.add_paragraph()
        r = p.add_run(issuer.name)
        r.bold = True
        d.add_paragraph(issuer.address)
    title = d.add_paragraph()
    tr = title.add_run(TITLES[layout.lang][doc.doc_type])
    tr.bold = True
    tr.font.size = Pt(16)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER

    rows = header_rows(doc, layout)
    if layout.header == "table":
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in rows:
            cells = t.add_row().cells
            cells[0].text = k
            cells[1].text = v
    else:
        for k, v in rows:
            d.add_paragraph(f"{k}: {v}")

    if doc.lines:
        d.add_paragraph("")
        t = d.add_table(rows=1, cols=len(layout.columns))
        t.style = "Table Grid"
        for c, key in zip(t.rows[0].cells, layout.columns, strict=True):
            c.text = layout.col(key)
            for r in c.paragraphs[0].runs:
                r.bold = True
        for i, ln in enumerate(doc.lines):
            cells = t.add_row().cells
            for j, key in enumerate(layout.columns):
                cells[j].text = _cell_text(doc, layout, ln, i, key)
                if key in ("qty", "price", "amount"):
                    cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _column_widths(t, layout.columns)
        tot = totals_rows(doc, layout)
        if layout.totals == "table":
            for k, v in tot:
                cells = t.add_row().cells
                merged = cells[0].merge(cells[len(layout.columns) - 2])
                merged.text = k
                cells[-1].text = v
                cells[-1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            for k, v in tot:
                p = d.add_paragraph(f"{k}: {v}")
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for note in doc.notes:
        d.add_paragraph(note)
    if doc.doc_type == "contract":
        _signature_block(d, doc, layout)
    out = io.BytesIO()
    d.save(out)
    return normalize_zip(out.getvalue())


# Relative widths: SKUs and amounts must not wrap inside their cells (equal widths would split them).
COL_WEIGHTS = {"pos": 0.45, "sku": 1.25, "desc": 2.2, "qty": 0.6, "unit": 0.55, "price": 0.95, "amount": 1.05}


def _column_widths(table: docx.table.Table, columns: tuple[str, ...]) -> None:
    total = sum(COL_WEIGHTS[c] for c in columns)
    table.autofit = False
    # LibreOffice lays the table out from the grid, Word from the cell widths: set both.
    for grid_col, key in zip(table._tbl.tblGrid.gridCol_lst, columns, strict=False):
        grid_col.w = Inches(6.5 * COL_WEIGHTS[key] / total)
    for row in table.rows:
        for cell, key in zip(row.cells, columns, strict=False):
            cell.width = Inches(6.5 * COL_WEIGHTS[key] / total)


def _signature_block(d: docx.document.Document, doc: Doc, layout: Layout) -> None:
    for_buyer, for_seller, sig, name, date = SIGNATURE[layout.lang]
    d.add_paragraph("")
    t = d.add_table(rows=4, cols=2)
    t.rows[0].cells[0].text = for_buyer
    t.rows[0].cells[1].text = for_seller
    blank = "______________________"
    when = fmt_date(doc.date, layout.date) if doc.signed else blank
    for col, person in enumerate(doc.signatories):
        # A filled block carries the typed signature ("/s/ name"), as e-signed contracts do.
        t.rows[1].cells[col].text = f"{sig}: /s/ {person}" if doc.signed else f"{sig}: {blank}"
        t.rows[2].cells[col].text = f"{name}: {person if doc.signed else blank}"
        t.rows[3].cells[col].text = f"{date}: {when}"


def _render_xlsx(doc: Doc, layout: Layout) -> bytes:
    wb = openpyxl.Workbook()
    wb.properties.creator = doc.seller.name if doc.seller else ""
    wb.properties.created = dt.datetime(2026, 1, 1)
    wb.properties.modified = dt.datetime(2026, 1, 1)
    ws = wb.active
    ws.title = TITLES[layout.lang][doc.doc_type][:31]
    # Landscape, scaled to the page width (not height): long line tables run over several pages.
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ncols = len(layout.columns)
    ws.cell(row=1, column=1, value=TITLES[layout.lang][doc.doc_type]).font = Font(bold=True, size=16)
    row = 3
    for k, v in header_rows(doc, layout):
        ws.cell(row=row, column=1, value=k).font = Font(bold=True)
        # One cell per line (name, then address): text overflows into the empty cells to the right.
        for part in v.split("\n"):
            ws.cell(row=row, column=2, value=part)
            row += 1
    money_fmt = '#,##0.00'
    if doc.lines:
        row += 1
        for j, key in enumerate(layout.columns, start=1):
            ws.cell(row=row, column=j, value=layout.col(key)).font = Font(bold=True)
        row += 1
        for i, ln in enumerate(doc.lines):
            for j, key in enumerate(layout.columns, start=1):
                if key == "qty":
                    value: object = ln.quantity
                elif key == "price":
                    value = float(ln.unit_price)
                elif key == "amount":
                    value = float(ln.amount)
                elif key == "pos":
                    value = i + 1
                else:
                    value = _cell_text(doc, layout, ln, i, key)
                c = ws.cell(row=row, column=j, value=value)
                if key in ("price", "amount"):
                    c.number_format = money_fmt
            row += 1
        for k, v in totals_rows(doc, layout):
            ws.cell(row=row, column=ncols - 1, value=k).font = Font(bold=True)
            ws.cell(row=row, column=ncols, value=v).alignment = Alignment(horizontal="right")
            row += 1
    for note in doc.notes:
        row += 1
        ws.cell(row=row, column=1, value=note)
    widths = {"pos": 6, "sku": 15, "desc": 34, "qty": 8, "unit": 7, "price": 12, "amount": 13}
    for j, key in enumerate(layout.columns, start=1):
        # Column A also carries the header labels ("Zahlungsbedingungen"), so it is wider.
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = max(widths[key], 22 if j == 1 else 0)
    out = io.BytesIO()
    wb.save(out)
    return normalize_zip(out.getvalue())


# --- tracking numbers with valid check digits ----------------------------------------------------

def container_number(owner: str, serial: int) -> str:
    """ISO 6346 container number (owner code + 'U' + 6 digits + check digit)."""
    code = f"{owner}U{serial:06d}"
    values = {}
    v = 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        values[ch] = v
        v += 1
    total = sum((values[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(code))
    return code + str(total % 11 % 10)


def ups_number(shipper: str, service: str, package: int) -> str:
    """UPS 1Z tracking number with its mod-10 check digit."""
    body = f"{shipper}{service}{package:07d}"
    digits = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in body]
    total = sum(d if i % 2 == 0 else 2 * d for i, d in enumerate(digits))
    return f"1Z{body}{(10 - total % 10) % 10}"
