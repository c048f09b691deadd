"""Header-field variations: documents that vary captions, their placement, dates, tax, parties and terms, with truth.

Generate and score (per field, and per field by caption placement, language, tax mode and parties layout):
    .venv/bin/python -m tests.parsers.variations.headers OUTDIR [--n 80] [--seed 1] [--no-pdf] [--failures]
    .venv/bin/python -m tests.parsers.variations.headers OUTDIR --score-only [--failures] [--json FILE]
Each axis is drawn from a stream of its own per document, so adding a choice to one axis leaves the others as
they were. Wording is real-world EN/DE/FR/ES/ZH business wording, not the wording of the labelled corpus; every
value is printed exactly as the truth holds it, so the truth is knowable from the document.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.corpus.mail import MONTHS  # month names per language, shared with the corpus mails
from tests.parsers.variations.generate import (
    ADDRESSES,
    COMPANIES,
    DATE,
    NUMBER,
    ORDER_REF,
    PAYMENT,
    SUBTOTAL,
    TITLES,
    TOTAL,
    html_to_pdf,
    to_pdf,
)

LANGS = ("en", "de", "fr", "es", "zh")
DOC_TYPES = ["commercial_invoice", "commercial_invoice", "purchase_order", "purchase_order", "quotation",
             "contract", "proforma_invoice"]
BUYER_ISSUED = {"purchase_order"}
ABBREV = {"en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
          "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
          "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
          "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]}
# captions for the date of a purchase order / quotation (DATE lists invoice wording)
DATE_MORE = {"en": ["Date", "Order Date", "PO Date", "Date of issue", "Dated"], "de": ["Datum", "Bestelldatum", "Belegdatum"],
             "fr": ["Date", "Date de commande", "Date d'émission"], "es": ["Fecha", "Fecha de pedido", "Fecha emisión"],
             "zh": ["日期", "订单日期", "签发日期"]}
PAYMENT_MORE = {"en": ["Payment", "Terms of payment", "Payment Terms"], "de": ["Zahlung", "Zahlungsbedingung"],
                "fr": ["Règlement", "Paiement"], "es": ["Pago", "Condiciones de pago"], "zh": ["付款条件", "支付方式"]}
TERMS = {"en": ["Net 30 days", "30 days net from date of invoice", "Irrevocable L/C at sight",
                "T/T 30% deposit, balance before shipment", "2% 10 days, net 30 days", "Cash against documents",
                "100% T/T in advance", "Net 45 days end of month"],
         "de": ["30 Tage netto", "14 Tage 2 % Skonto, 30 Tage netto", "Zahlbar sofort ohne Abzug", "Vorkasse",
                "60 Tage netto ab Rechnungsdatum"],
         "fr": ["30 jours fin de mois", "Virement à 45 jours date de facture", "Paiement comptant à réception",
                "LCR à 60 jours"],
         "es": ["Transferencia a 60 días", "30 días fecha factura", "Contado", "Confirming a 90 días"],
         "zh": ["T/T 30天", "电汇预付30%，余款见提单副本", "信用证即期", "月结60天"]}
INCOTERMS = ["EXW", "FCA", "FOB", "CFR", "CIF", "DAP", "DDP", "CPT"]
PLACES = ["Shanghai", "Hamburg", "Rotterdam", "Valencia", "Le Havre", "Southampton", "Ningbo", "Antwerp"]
INCO_CAPTION = {"en": ["Incoterms", "Delivery terms", "Terms of delivery", "Incoterm"],
                "de": ["Lieferbedingungen", "Incoterms", "Lieferbedingung"], "fr": ["Incoterm", "Conditions de livraison"],
                "es": ["Incoterm", "Condiciones de entrega"], "zh": ["贸易条款", "价格条款", "交货条件"]}
TAX = {"en": ["VAT {r}%", "Tax ({r}%)", "Sales tax {r}%", "GST {r}%", "VAT"], "de": ["MwSt. {r}%", "zzgl. {r} % USt.",
                                                                                  "Umsatzsteuer {r} %"],
       "fr": ["TVA {r} %", "TVA ({r}%)", "Montant TVA"], "es": ["IVA {r}%", "IVA ({r} %)", "Cuota IVA"],
       "zh": ["增值税 {r}%", "税额", "税金 ({r}%)"]}
ZERO_TAX_NOTE = {"en": ["VAT 0% (export delivery)", "Tax 0%", "VAT 0% - reverse charge"],
                 "de": ["MwSt. 0 % (steuerfreie Ausfuhrlieferung)", "USt. 0 % (Reverse Charge)"],
                 "fr": ["TVA 0 % (exonération, export)", "TVA 0 % autoliquidation"],
                 "es": ["IVA 0% (exportación)", "IVA 0 % inversión del sujeto pasivo"], "zh": ["增值税 0%", "税额 (0%)"]}
NO_TAX_NOTE = {"en": ["Prices are net, excluding VAT.", "All prices exclusive of taxes and duties."],
               "de": ["Alle Preise netto zzgl. gesetzlicher MwSt.", "Preise ohne Mehrwertsteuer."],
               "fr": ["Prix nets, hors taxes.", "Tous les prix s'entendent hors TVA."],
               "es": ["Precios netos, IVA no incluido.", "Impuestos no incluidos."], "zh": ["以上价格不含税。", "价格不含增值税。"]}
CUSTOMER_NO = {"en": ["Customer No.", "Account No.", "Customer ID"], "de": ["Kunden-Nr.", "Kundennummer"],
               "fr": ["N° client", "Code client"], "es": ["Nº cliente", "Código cliente"], "zh": ["客户编号"]}
DUE = {"en": ["Due Date", "Delivery Date", "Valid until"], "de": ["Fällig am", "Liefertermin", "Gültig bis"],
       "fr": ["Échéance", "Date de livraison", "Valable jusqu'au"], "es": ["Vencimiento", "Fecha de entrega",
                                                                        "Válido hasta"],
       "zh": ["到期日", "交货日期", "有效期至"]}
BUYER_CAPTION = {"en": ["Bill To", "Sold To", "Customer", "Buyer", "Invoice To", "Consignee & Buyer"],
                 "de": ["Rechnungsempfänger", "Kunde", "Auftraggeber", "Käufer"],
                 "fr": ["Client", "Facturé à", "Acheteur", "Destinataire"], "es": ["Cliente", "Facturar a", "Comprador"],
                 "zh": ["买方", "客户", "购货单位"]}
SELLER_CAPTION = {"en": ["Vendor", "Supplier", "Seller", "From", "Exporter"], "de": ["Lieferant", "Verkäufer", "Auftragnehmer"],
                  "fr": ["Fournisseur", "Vendeur", "Émetteur"], "es": ["Proveedor", "Vendedor", "Emisor"],
                  "zh": ["卖方", "供应商", "销货单位"]}
CONTACT = {"en": ["Attn: {p}", "Contact: {p}"], "de": ["z. Hd. {p}", "Ansprechpartner: {p}"], "fr": ["À l'attention de {p}"],
           "es": ["Atención: {p}"], "zh": ["联系人：{p}"]}
PEOPLE = ["Maria Keller", "John Smith", "Pierre Durand", "Ana López", "Wang Lei", "Thomas Berger"]
VAT_ID = ["DE811234567", "GB123456789", "FR40303265045", "ESB12345678", "ATU68831247", "91330206MA2AE1234X"]
CURRENCIES = {"en": ["USD", "EUR", "GBP"], "de": ["EUR"], "fr": ["EUR"], "es": ["EUR"], "zh": ["CNY", "USD"]}
CURRENCY_CAPTION = {"en": "Currency", "de": "Währung", "fr": "Devise", "es": "Moneda", "zh": "币种"}
DECIMAL_COMMA = {"de", "fr", "es"}
# caption tables by pair kind (some depend on the document type)
CAPTIONS: dict[str, Any] = {
    "number": lambda t: NUMBER[t], "date": lambda t: DATE if t == "commercial_invoice" else DATE_MORE,
    "order": lambda t: ORDER_REF, "customer": lambda t: CUSTOMER_NO, "due": lambda t: DUE,
    "payment": lambda t: {k: PAYMENT[k] + PAYMENT_MORE[k] for k in PAYMENT}, "incoterms": lambda t: INCO_CAPTION,
    "currency": lambda t: {k: [v] for k, v in CURRENCY_CAPTION.items()}}

PLACEMENTS = ["colon", "table2", "grid_h", "stacked", "right_block", "free_text", "bilingual"]
PARTY_STYLES = ["captioned", "side_by_side", "letterhead", "inline", "letterhead_captioned", "footer",
                "letterhead_addressee"]
LETTERHEAD_STYLES = ("letterhead", "letterhead_captioned", "letterhead_addressee")
# the addressee introduced by a form of address instead of a caption: "M/s. X" (India, Gulf), "Messrs.", "Señores:"
# (Latin America), "Firma" (German address window), "致：" (Chinese)
ADDRESSEE = {"en": ["M/s. {n}", "Messrs.\n{n}", "To:\nM/s {n}"], "de": ["Firma\n{n}", "An die\nFirma {n}"],
             "fr": ["À l'attention de :\n{n}"], "es": ["Señores:\n{n}", "Sres. {n}"],
             "zh": ["致：{n}", "TO: {n}"]}
PUNCT = ["colon", "colon", "upper", "space_colon", "no_colon"]
SHIP_TO = {"en": ["Ship To", "Deliver To", "Consignee", "Delivery address"], "de": ["Lieferanschrift", "Warenempfänger",
                                                                                  "Lieferadresse"],
           "fr": ["Adresse de livraison", "Livré à", "Destinataire marchandise"],
           "es": ["Dirección de entrega", "Enviar a", "Consignatario"], "zh": ["收货人", "收货地址"]}
FOOTER = {"en": "Registered office", "de": "Sitz der Gesellschaft", "fr": "Siège social", "es": "Domicilio social",
          "zh": "公司地址"}
TAX_MODES = ["rate", "rate", "zero", "absent", "breakdown"]
DATE_STYLES = ["dotted", "iso", "slash", "long", "short_year", "abbrev", "cjk"]


@dataclass
class HeaderDoc:
    """One generated document: truth, the axes it was drawn on, and its blocks (paragraphs and tables)."""

    id: str
    fmt: str
    lang: str
    truth: dict[str, Any]
    axes: dict[str, str] = field(default_factory=dict)
    blocks: list[tuple[str, Any]] = field(default_factory=list)


def _money(v: Decimal, lang: str) -> str:
    s = f"{v:,.2f}"
    if lang in DECIMAL_COMMA:
        s = s.replace(",", "X").replace(".", ",").replace("X", "." if lang != "fr" else "\u202f")
    return s


def _date_text(d: date, lang: str, style: str, r: random.Random) -> str:
    if style == "cjk" and lang != "zh":
        style = "iso"  # year-month-day characters in Chinese documents only
    if style == "iso" or (lang == "zh" and style not in ("cjk", "iso")):
        return d.isoformat()
    if style == "cjk" or lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "dotted":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "short_year":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}" if lang != "en" else f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if style == "slash":
        # day first outside the US; the day is above 12 so that the order is knowable
        if lang == "en" and r.random() < 0.5:
            return f"{d.month:02d}/{d.day:02d}/{d.year}"
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    month = MONTHS[lang][d.month - 1]
    if style == "abbrev":
        short = ABBREV[lang][d.month - 1]
        return {"en": f"{d.day:02d}-{short}-{d.year}", "de": f"{d.day}. {short} {d.year}",
                "fr": f"{d.day} {short} {d.year}", "es": f"{d.day:02d}-{short}-{d.year}"}[lang]
    if lang == "en":
        return r.choice([f"{d.day} {month} {d.year}", f"{month} {d.day}, {d.year}"])
    if lang == "de":
        return f"{d.day}. {month} {d.year}"
    if lang == "fr":
        return f"{d.day} {month} {d.year}"
    return f"{d.day} de {month} de {d.year}"


def _docno(r: random.Random) -> str:
    y = r.randint(2024, 2026)
    return r.choice([f"{r.choice(['INV', 'RE', 'F', 'PO', 'QT', 'AB', 'SO', 'PI'])}-{y}-{r.randint(1, 9999):04d}",
                     str(r.randint(10000, 9999999)), f"{y}/{r.randint(1, 999):03d}", f"{y}{r.randint(10000, 99999)}",
                     f"{r.choice('ABCDEFGHKLMNPRS')}{r.randint(100000, 999999)}",
                     f"{r.choice(['PO', 'QT', 'SC'])}-{y % 100:02d}-{r.randint(1, 12):02d}{r.randint(10, 99)}",
                     f"{r.choice(['ORD', 'BE', 'OC'])}/{y % 100:02d}-{y % 100 + 1:02d}/{r.randint(1, 999):04d}"])


def _pick(stream: str, i: int, seq: list[Any] | tuple[Any, ...]) -> Any:
    return random.Random(f"{stream}-{i}").choice(list(seq))


def make_doc(i: int, seed: int, fmt: str) -> HeaderDoc:
    """One document; every axis from its own stream (seed, axis, index)."""
    r = random.Random(f"{seed}-base-{i}")
    lang = r.choice(LANGS)
    doc_type = r.choice(DOC_TYPES)
    placement = _pick(f"{seed}-placement", i, PLACEMENTS)
    punct = _pick(f"{seed}-punct", i, PUNCT)
    parties = _pick(f"{seed}-parties", i, PARTY_STYLES)
    tax_mode = _pick(f"{seed}-tax", i, TAX_MODES)
    date_style = _pick(f"{seed}-date", i, DATE_STYLES)
    if date_style == "cjk" and lang != "zh":
        date_style = "iso"  # year-month-day characters in Chinese documents only
    ax = random.Random(f"{seed}-extras-{i}")
    d = date(r.choice([2025, 2026]), r.randint(1, 12), r.randint(13, 28))
    number = _docno(r)
    order_number = _docno(r) if doc_type not in BUYER_ISSUED and r.random() < 0.75 else None
    if order_number == number:
        order_number = None
    cur = r.choice(CURRENCIES[lang])
    seller = r.choice(COMPANIES[lang])
    buyer = r.choice([c for cl in COMPANIES.values() for c in cl if c != seller])
    terms = r.choice(TERMS[lang])
    inco = f"{r.choice(INCOTERMS)} {r.choice(PLACES)}" if r.random() < 0.6 else None
    rate = r.choice([Decimal("19"), Decimal("20"), Decimal("21"), Decimal("10"), Decimal("13"), Decimal("7")])
    items = []
    subtotal = Decimal(0)
    for k in range(r.randint(2, 4)):
        qty = Decimal(r.choice([1, 2, 5, 10, 20, 50, 100, 250]))
        price = Decimal(r.randint(50, 99999)) / 100
        amt = (qty * price).quantize(Decimal("0.01"))
        subtotal += amt
        items.append({"sku": f"{r.choice('ABHKMPTX')}{r.choice('CDEFGJ')}-{r.randint(100, 9999)}-{k}",
                      "description": r.choice(["Hex bolt M8x40", "Ball bearing 6204-2RS", "Gear motor 0.75 kW",
                                               "Pressure gauge 0-10 bar", "PVC ball valve DN25", "LED panel 40W"]),
                      "quantity": float(qty), "unit_price": str(price), "amount": str(amt)})
    if tax_mode in ("rate", "breakdown"):
        tax: Decimal | None = (subtotal * rate / 100).quantize(Decimal("0.01"))
    elif tax_mode == "zero":
        tax = Decimal("0.00")
    else:
        tax = None
    total = subtotal + (tax or 0)
    truth = {"doc_type": doc_type, "number": number, "order_number": order_number, "date": d.isoformat(),
             # no tax charged: the net amount is the total, and the subtotal too (the project's convention)
             "currency": cur, "subtotal": str(subtotal),
             "tax": str(tax) if tax is not None else None, "total": str(total), "incoterms": inco,
             "payment_terms": terms, "buyer": buyer, "seller": seller, "line_items": items}
    doc = HeaderDoc(id=f"h{i:03d}", fmt=fmt, lang=lang, truth=truth,
                    axes={"placement": placement, "parties": parties, "tax": tax_mode, "date": date_style,
                          "punct": punct,
                          "lang": lang, "fmt": fmt, "doc_type": doc_type})
    title = r.choice(TITLES[doc_type][lang])
    date_text = _date_text(d, lang, date_style, ax)
    other_date = date(d.year, d.month, 12) if d.day != 12 else date(d.year, d.month, 11)
    issuer, issuer_addr = (buyer, r.choice([a for al in ADDRESSES.values() for a in al])) if doc_type in BUYER_ISSUED \
        else (seller, r.choice(ADDRESSES[lang]))
    other, other_addr = (seller, r.choice([a for al in ADDRESSES.values() for a in al])) if doc_type in BUYER_ISSUED \
        else (buyer, r.choice([a for al in ADDRESSES.values() for a in al]))

    def caption(kind: str) -> str:
        table = CAPTIONS[kind](doc_type)
        k = ax.randrange(len(table[lang]))
        if placement != "bilingual" or lang == "en":
            return table[lang][k].upper() if punct == "upper" else table[lang][k]
        # bilingual captions: "Rechnungs-Nr. / Invoice No.", "发票号码 Invoice No."
        twin = table["en"][k % len(table["en"])]
        return f"{table[lang][k]} {twin}" if lang == "zh" else f"{table[lang][k]} / {twin}"

    def sep(cap: str) -> str:
        # "Invoice No.: X", "N° de facture : X" (French spacing), "Invoice No.   X" (no colon), "发票号码：X"
        if cap.endswith("#"):
            return ""
        if lang == "zh" and punct != "no_colon":
            return "："
        return {"space_colon": " :", "no_colon": "  "}.get(punct, ":")

    pairs: list[tuple[str, str, str]] = [("number", caption("number"), number), ("date", caption("date"), date_text)]
    if order_number:
        pairs.append(("order", caption("order"), order_number))
    # distractors: a customer number and a second date (due, delivery, validity) near the real ones
    pairs.append(("customer", caption("customer"), str(ax.randint(10000, 99999))))
    pairs.append(("due", caption("due"), _date_text(date(d.year + (d.month == 12), d.month % 12 + 1, d.day), lang,
                                                    date_style, ax)))
    terms_at_bottom = ax.random() < 0.35
    if not terms_at_bottom:
        pairs.append(("payment", caption("payment"), terms))
    if inco:
        inco_text = ax.choice([inco, f"{inco} (Incoterms® 2020)", f"{inco}, Incoterms 2020"]) if lang != "zh" else inco
        pairs.append(("incoterms", caption("incoterms"), inco_text))
    cur_in_totals = ax.random() < 0.6
    if not cur_in_totals:
        pairs.append(("currency", caption("currency"), cur))
    ax.shuffle(pairs)
    if ax.random() < 0.5:
        pairs.sort(key=lambda p: p[0] != "number")  # the number leads half the time

    blocks = doc.blocks
    party_block = _parties(doc, parties, issuer, issuer_addr, other, other_addr, ax)
    if parties in LETTERHEAD_STYLES:
        blocks += party_block[:1]  # the issuer's letterhead above the title
    if placement == "free_text":
        city = {"en": "Southampton", "de": "Stuttgart", "fr": "Lyon", "es": "Valencia", "zh": ""}[lang]
        blocks.append(("title", f"{title} {ax.choice(['No.', 'Nr.', 'N°', '#'])} {number}" if lang != "zh" else
                       f"{title} 编号 {number}"))
        intro = {"en": f"{city}, {date_text}", "de": f"{city}, den {date_text}", "fr": f"{city}, le {date_text}",
                 "es": f"{city}, {date_text}", "zh": f"日期：{date_text}"}[lang]
        blocks.append(("p", intro))
        rest = [(c, v) for kind, c, v in pairs if kind not in ("number", "date")]
        if order_number:
            ref = {"en": f"Thank you for your order {order_number} of {_date_text(other_date, lang, date_style, ax)}.",
                   "de": f"Wir danken für Ihre Bestellung {order_number} vom {_date_text(other_date, lang, date_style, ax)}.",
                   "fr": f"Nous vous remercions de votre commande {order_number} du "
                         f"{_date_text(other_date, lang, date_style, ax)}.",
                   "es": f"Le agradecemos su pedido {order_number} del {_date_text(other_date, lang, date_style, ax)}.",
                   "zh": f"感谢贵司订单 {order_number}（{_date_text(other_date, lang, date_style, ax)}）。"}[lang]
            blocks.append(("p", ref))
            rest = [(c, v) for c, v in rest if v != order_number]
        blocks.append(("p", "\n".join(f"{c}{sep(c)} {v}" for c, v in rest)))
    elif placement == "right_block":
        blocks.append(("title", title))
        left = [issuer, *issuer_addr.split(", ")] if parties not in LETTERHEAD_STYLES else \
            [other, *other_addr.split(", ")]
        # the address on the left, the caption/value pairs on the right: one table row a pair
        blocks.append(("table", {"rows": [[left[k] if k < len(left) else "", c, v]
                                          for k, (_kind, c, v) in enumerate(pairs)] +
                                         [[x, "", ""] for x in left[len(pairs):]], "ruled": False}))
    else:
        blocks.append(("title", title))
        two = [(c, v) for _k, c, v in pairs]
        if placement in ("colon", "bilingual"):
            blocks.append(("p", "\n".join(f"{c}{sep(c)} {v}" for c, v in two)))
        elif placement == "table2":
            ruled = ax.random() < 0.5
            half = (len(two) + 1) // 2
            if ax.random() < 0.5:
                rows = [[c, v] for c, v in two]
            else:  # two caption/value pairs a row
                rows = [[*two[k], *(two[k + half] if k + half < len(two) else ("", ""))] for k in range(half)]
            blocks.append(("table", {"rows": rows, "ruled": ruled}))
        elif placement == "grid_h":
            half = (len(two) + 1) // 2
            for part in (two[:half], two[half:]):
                blocks.append(("table", {"rows": [[c for c, _v in part], [v for _c, v in part]],
                                         "ruled": ax.random() < 0.6}))
        else:  # stacked: the caption above its value
            for c, v in two:
                blocks.append(("p", f"{c}\n{v}"))
    if parties not in LETTERHEAD_STYLES:
        blocks += party_block
    elif placement != "right_block":  # the right block's left cell is the address window already
        blocks += party_block[1:]
    # items
    heads = {"en": ["Item No.", "Description", "Qty", "Unit Price", "Amount"],
             "de": ["Art.-Nr.", "Bezeichnung", "Menge", "Einzelpreis", "Gesamtpreis"],
             "fr": ["Référence", "Désignation", "Qté", "Prix unitaire", "Montant HT"],
             "es": ["Código", "Descripción", "Cantidad", "Precio unitario", "Importe"],
             "zh": ["货号", "品名", "数量", "单价", "金额"]}[lang]
    rows = [heads] + [[it["sku"], it["description"], f"{int(it['quantity'])}", _money(Decimal(it["unit_price"]), lang),
                       _money(Decimal(it["amount"]), lang)] for it in items]
    blocks.append(("items", {"rows": rows, "ruled": ax.random() < 0.5}))
    # totals
    suffix = (lambda: ax.choice([f" {cur}", f" ({cur})"])) if cur_in_totals else (lambda: "")
    totals: list[tuple[str, str]] = []
    if tax_mode != "absent":
        totals.append((ax.choice(SUBTOTAL[lang]) + suffix(), _money(subtotal, lang)))
    if tax_mode in ("rate", "breakdown"):
        totals.append((ax.choice(TAX[lang]).format(r=rate), _money(tax or Decimal(0), lang)))
    elif tax_mode == "zero":
        totals.append((ax.choice(ZERO_TAX_NOTE[lang]), _money(Decimal(0), lang)))
    totals.append((ax.choice(TOTAL[lang]) + suffix(), _money(total, lang)))
    if ax.random() < 0.5:
        blocks.append(("table", {"rows": [["", c, v] for c, v in totals], "ruled": False, "right": True}))
    else:
        blocks.append(("p", "\n".join(f"{c}: {v}" for c, v in totals)))
    if tax_mode == "breakdown":
        cap = {"en": ["Rate", "Net", "Tax", "Gross"], "de": ["Satz", "Netto", "MwSt.", "Brutto"],
               "fr": ["Taux", "HT", "TVA", "TTC"], "es": ["Tipo", "Base", "IVA", "Total"],
               "zh": ["税率", "不含税", "税额", "含税"]}[lang]
        blocks.append(("table", {"rows": [cap, [f"{rate} %", _money(subtotal, lang), _money(tax or Decimal(0), lang),
                                                _money(total, lang)]], "ruled": True}))
    if tax_mode == "absent":
        blocks.append(("p", ax.choice(NO_TAX_NOTE[lang])))
    if terms_at_bottom:
        head = {"en": "Terms and conditions", "de": "Bedingungen", "fr": "Conditions générales", "es": "Condiciones",
                "zh": "条款"}[lang]
        cap = caption("payment")
        blocks.append(("p", f"{head}\n1. {cap}{sep(cap)} {terms}\n2. " + {
            "en": "Goods remain our property until paid in full.", "de": "Eigentumsvorbehalt bis zur vollständigen "
            "Bezahlung.", "fr": "Réserve de propriété jusqu'au paiement intégral.", "es": "Reserva de dominio hasta "
            "el pago total.", "zh": "货款付清前货物所有权归卖方。"}[lang]))
    doc.axes["terms_at"] = "bottom" if terms_at_bottom else "header"
    doc.blocks = [b for b in blocks if b[0] != "footer"] + [b for b in blocks if b[0] == "footer"]
    return doc


def _parties(doc: HeaderDoc, style: str, issuer: str, issuer_addr: str, other: str, other_addr: str,
             r: random.Random) -> list[tuple[str, Any]]:
    """The two parties' blocks: captioned, side by side, a letterhead with an address window, or inline."""
    lang = doc.lang
    buyer_issued = doc.truth["doc_type"] in BUYER_ISSUED
    issuer_cap = r.choice(BUYER_CAPTION[lang] if buyer_issued else SELLER_CAPTION[lang])
    other_cap = r.choice(SELLER_CAPTION[lang] if buyer_issued else BUYER_CAPTION[lang])
    contact = r.choice(CONTACT[lang]).format(p=r.choice(PEOPLE))
    vat = {"en": "VAT No.", "de": "USt-IdNr.", "fr": "N° TVA", "es": "NIF", "zh": "税号"}[lang]
    i_lines = [*issuer_addr.split(", "), f"{vat} {r.choice(VAT_ID)}"]
    o_lines = [*other_addr.split(", ")] + ([contact] if r.random() < 0.5 else [])
    if style in LETTERHEAD_STYLES:
        phone = f"Tel. +{r.randint(30, 49)} {r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(100, 999)}"
        head = ("letterhead", {"name": issuer, "lines": [" · ".join(i_lines[:2]), phone]})
        window = [f"{issuer} · {i_lines[0]}"]  # the sender line above the address window
        if style == "letterhead_captioned":
            window.append(f"{other_cap}:")
        if style == "letterhead_addressee":
            return [head, ("p", "\n".join([*window, r.choice(ADDRESSEE[lang]).format(n=other), *o_lines]))]
        return [head, ("p", "\n".join([*window, other, *o_lines]))]
    if style == "side_by_side":
        first, second = [(issuer_cap, issuer, i_lines), (other_cap, other, o_lines)][:: r.choice([1, -1])]
        n = max(len(first[2]), len(second[2]))
        rows = [[f"{first[0]}:", f"{second[0]}:"], [first[1], second[1]]] + [
            [first[2][k] if k < len(first[2]) else "", second[2][k] if k < len(second[2]) else ""] for k in range(n)]
        return [("table", {"rows": rows, "ruled": False})]
    if style == "footer":
        # the issuer only in the page footer (company details), the other party captioned
        foot = f"{issuer} · {' · '.join(i_lines)} · {FOOTER[lang]}: {i_lines[-2] if len(i_lines) > 2 else i_lines[0]}"
        return [("p", "\n".join([f"{other_cap}:", other, *o_lines])), ("footer", foot)]
    if style == "inline":
        return [("p", f"{issuer_cap}: {issuer}, {', '.join(i_lines)}"), ("p", f"{other_cap}: {other}, {', '.join(o_lines)}")]
    blocks = [("p", "\n".join([f"{issuer_cap}:", issuer, *i_lines])), ("p", "\n".join([f"{other_cap}:", other, *o_lines]))]
    blocks = blocks[:: r.choice([1, -1])]
    if r.random() < 0.4:
        # a delivery address naming a third company (drop shipment, a forwarder) is neither buyer nor seller
        third = r.choice([c for cl in COMPANIES.values() for c in cl if c not in (issuer, other)])
        blocks.append(("p", "\n".join([f"{r.choice(SHIP_TO[lang])}:", third, r.choice(ADDRESSES[lang])])))
    return blocks


# ---- rendering ---------------------------------------------------------------------------------------------

def render_docx(doc: HeaderDoc, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.size = Pt(9)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Pt(42)
    for kind, val in doc.blocks:
        if kind == "title":
            run = d.add_paragraph().add_run(val)
            run.bold, run.font.size = True, Pt(16)
        elif kind == "letterhead":
            p = d.add_paragraph()
            run = p.add_run(val["name"])
            run.bold, run.font.size = True, Pt(13)
            for line in val["lines"]:
                p.add_run("\n" + line).font.size = Pt(7)
        elif kind in ("p", "footer"):
            d.add_paragraph(val).runs[0].font.size = Pt(7 if kind == "footer" else 9)
        else:
            rows = val["rows"]
            t = d.add_table(rows=len(rows), cols=max(len(x) for x in rows))
            t.style = "Table Grid" if val.get("ruled") else None
            for a, row in enumerate(rows):
                for b, cell in enumerate(row):
                    t.cell(a, b).text = cell
                    if val.get("right") or (kind == "items" and b >= 2 and a > 0):
                        t.cell(a, b).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            d.add_paragraph("")
    d.save(str(path))


def render_html(doc: HeaderDoc, path: Path) -> None:
    import html

    def esc(s: str) -> str:
        return html.escape(s).replace("\n", "<br>")

    out = ["<!doctype html><html><head><meta charset='utf-8'><style>body{font-family:'DejaVu Sans',Arial,sans-serif;"
           "font-size:10px;margin:30px} h1{font-size:20px;font-weight:400} td{padding:2px 8px;vertical-align:top}"
           " table.ruled td{border:1px solid #444} table{border-collapse:collapse;margin:8px 0}"
           " .lh{font-size:15px;font-weight:700} .small{font-size:7px;color:#444} td.num{text-align:right}"
           "</style></head><body>"]
    for kind, val in doc.blocks:
        if kind == "title":
            out.append(f"<h1>{esc(val)}</h1>")
        elif kind == "letterhead":
            out.append(f"<div class='lh'>{esc(val['name'])}</div>" + "".join(
                f"<div class='small'>{esc(x)}</div>" for x in val["lines"]))
        elif kind in ("p", "footer"):
            out.append(f"<p{' class=small' if kind == 'footer' else ''}>{esc(val)}</p>")
        else:
            cls = " class='ruled'" if val.get("ruled") else ""
            style = " style='margin-left:auto'" if val.get("right") else ""
            out.append(f"<table{cls}{style}>")
            for a, row in enumerate(val["rows"]):
                out.append("<tr>" + "".join(
                    f"<td{' class=num' if (kind == 'items' and b >= 2 and a > 0) or val.get('right') else ''}>"
                    f"{esc(c)}</td>" for b, c in enumerate(row)) + "</tr>")
            out.append("</table>")
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def render_xlsx(doc: HeaderDoc, path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for kind, val in doc.blocks:
        if kind == "title":
            ws.append([val])
        elif kind == "letterhead":
            ws.append([val["name"]])
            for line in val["lines"]:
                ws.append([line])
        elif kind in ("p", "footer"):
            for line in val.split("\n"):
                ws.append([line])
        else:
            for row in val["rows"]:
                ws.append(row)
        ws.append([])
    wb.save(str(path))


def generate(outdir: Path, n: int = 80, seed: int = 1, pdf: bool = True) -> list[dict[str, Any]]:
    """Write n documents (PDF via LibreOffice or Chromium, docx, xlsx) and truth.json; returns the truth list."""
    outdir.mkdir(parents=True, exist_ok=True)
    tmp = outdir / "_src"
    tmp.mkdir(exist_ok=True)
    to_convert: list[Path] = []
    to_print: list[Path] = []
    truths = []
    web = pdf and shutil.which("chromium") is not None
    for i in range(n):
        fmt = _pick(f"{seed}-fmt", i, ["pdf", "pdf", "web_pdf", "docx", "xlsx"] if pdf else ["docx", "docx", "xlsx"])
        if fmt == "web_pdf" and not web:
            fmt = "pdf"
        doc = make_doc(i, seed, fmt)
        if fmt == "docx":
            render_docx(doc, outdir / f"{doc.id}.docx")
        elif fmt == "xlsx":
            render_xlsx(doc, outdir / f"{doc.id}.xlsx")
        elif fmt == "pdf":
            render_docx(doc, tmp / f"{doc.id}.docx")
            to_convert.append(tmp / f"{doc.id}.docx")
        else:
            render_html(doc, tmp / f"{doc.id}.html")
            to_print.append(tmp / f"{doc.id}.html")
        ext = "pdf" if fmt in ("pdf", "web_pdf") else fmt
        truths.append({"id": doc.id, "file": f"{doc.id}.{ext}", "lang": doc.lang, "axes": doc.axes, **doc.truth})
    to_pdf(to_convert, outdir)
    html_to_pdf(to_print, outdir)
    shutil.rmtree(tmp, ignore_errors=True)
    (outdir / "truth.json").write_text(json.dumps(truths, ensure_ascii=False, indent=1), encoding="utf-8")
    return truths


# ---- scoring -----------------------------------------------------------------------------------------------

FIELDS = ("doc_type", "number", "order_number", "date", "currency", "subtotal", "tax", "total", "incoterms",
          "payment_terms", "buyer", "seller")


def score(outdir: Path) -> dict[str, Any]:
    """Per field (right, total), per field and axis value, line items precision/recall, and every miss."""
    from bench.accuracy import field_equal, line_key
    from parsers import Limits, parse_bytes

    truths = json.loads((outdir / "truth.json").read_text(encoding="utf-8"))
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    by_axis: dict[str, Counter[str]] = defaultdict(Counter)
    by_axis_n: dict[str, Counter[str]] = defaultdict(Counter)
    misses: list[dict[str, Any]] = []
    limits = Limits(isolate=False)
    for t in truths:
        path = outdir / t["file"]
        try:
            docs = [d.to_json() for d in parse_bytes(path.read_bytes(), path.name, limits=limits).documents]
        except Exception as exc:  # a crash is a miss of every field, recorded
            docs = []
            misses.append({"file": t["file"], "field": "*", "got": f"crash {type(exc).__name__}: {exc}"})
        doc = next((d for d in docs if d.get("doc_type") == t["doc_type"]), docs[0] if docs else None)
        for f in FIELDS:
            got = doc.get(f) if doc else None
            ok = doc is not None and field_equal(f, t[f], got)
            right[f] += ok
            total[f] += 1
            for axis, value in t["axes"].items():
                key = f"{f} | {axis}={value}"
                by_axis[key][f] += ok
                by_axis_n[key][f] += 1
            if not ok:
                misses.append({"file": t["file"], "field": f, "want": t[f],
                               "got": (got.get("name") if isinstance(got, dict) else got) if doc else "(no document)",
                               "axes": t["axes"]})
        want = Counter(line_key(x) for x in t["line_items"])
        have = Counter(line_key(x) for x in (doc or {}).get("line_items") or [])
        hit = sum((want & have).values())
        if hit != sum(want.values()) or hit != sum(have.values()):
            misses.append({"file": t["file"], "field": "line_items", "want": [list(map(str, k)) for k in want - have],
                           "got": [list(map(str, k)) for k in have - want], "axes": t["axes"]})
        right["lines precision"] += hit
        total["lines precision"] += sum(have.values())
        right["lines recall"] += hit
        total["lines recall"] += sum(want.values())
    axes = {k: (sum(by_axis[k].values()), sum(by_axis_n[k].values())) for k in by_axis}
    return {"fields": {k: (right[k], total[k]) for k in total}, "axes": axes, "misses": misses, "n": len(truths)}


def report(res: dict[str, Any], failures: bool) -> str:
    out = []
    pooled = [0, 0]
    for k, (ok, n) in res["fields"].items():
        out.append(f"{k:20s} {100 * ok / max(n, 1):6.1f}%  {ok}/{n}")
        if not k.startswith("lines"):
            pooled[0] += ok
            pooled[1] += n
    out.append(f"{'header pooled':20s} {100 * pooled[0] / max(pooled[1], 1):6.1f}%  {pooled[0]}/{pooled[1]}")
    weak = sorted(((ok / n, k, ok, n) for k, (ok, n) in res["axes"].items() if n >= 3 and ok < n))
    out.append("-- weakest field x axis value (>= 3 documents)")
    out += [f"{k:45s} {100 * s:6.1f}%  {ok}/{n}" for s, k, ok, n in weak[:25]]
    if failures:
        out.append("-- misses")
        out += [json.dumps(m, ensure_ascii=False, default=str) for m in res["misses"]]
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--n", type=int, default=80)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument("--score-only", action="store_true", help="score an existing set")
    ap.add_argument("--failures", action="store_true")
    ap.add_argument("--json", type=Path, help="also write the scores and misses as JSON")
    a = ap.parse_args()
    if not a.score_only:
        generate(a.outdir, a.n, a.seed, pdf=not a.no_pdf)
    res = score(a.outdir)
    print(report(res, a.failures))
    if a.json:
        a.json.write_text(json.dumps(res, ensure_ascii=False, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
