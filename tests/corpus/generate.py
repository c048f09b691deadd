"""Generate the labelled accuracy corpus (tests/corpus/{dev,dev2}) and the demo mail, deterministically.

Run from the repository root:  .venv/bin/python -m tests.corpus.generate [--out DIR] [--no-pdf] [--no-demo]
Labels are right by construction: every value in labels.json is the value the generator printed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

if __package__ in (None, ""):  # run as a plain script: make `tests.corpus` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.corpus import mail as M  # noqa: E402
from tests.corpus.docs import (  # noqa: E402
    COLUMNS,
    FIELD_LABELS,
    LAYOUTS,
    NUMBER_LABELS,
    Doc,
    Layout,
    Line,
    Party,
    container_number,
    fmt_date,
    fmt_num,
    render,
    ups_number,
)
from tests.corpus.texts import FILE_NAMES, INSPECTION_NOTES, TEXTS  # noqa: E402

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SEED = 20260315
REQUIRED = ("purchase_order", "commercial_invoice", "contract")
MIME = {"pdf": "application/pdf",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
US_TZ = ZoneInfo("Europe/London")


@dataclass(frozen=True)
class Partner:
    key: str
    company: Party
    contact: str  # display name
    email: str
    lang: str
    style: str
    layout: str
    currency: str
    incoterms: str
    payment_terms: str
    tax_rate: Decimal | None
    tz: str
    unit: str
    products: tuple[tuple[str, str, str], ...]  # (sku prefix, description, base price)
    reply_prefix: str = "Re: "

    @property
    def first(self) -> str:
        return self.contact.split()[0] if self.lang != "zh" else self.contact

    @property
    def domain(self) -> str:
        return self.email.split("@")[1]

    @property
    def addr(self) -> str:
        return f"{self.contact} <{self.email}>"


P = {
    # ---- dev partners (layouts L1-L5) ----
    "A": Partner("A", Party("Harbour Lane Supplies Ltd", "Unit 4, Quayside Park, Hull HU1 2AA, United Kingdom"),
                 "Oliver Bennett", "oliver.bennett@harbourlane.example", "en", "outlook", "L1", "GBP",
                 "CIF Felixstowe", "30 days net", Decimal("20"), "Europe/London", "pcs",
                 (("HL-BV", "Brass ball valve DN{n} PN16", "7.40"), ("HL-GV", "Gate valve DN{n} cast iron", "18.90"),
                  ("HL-FL", "Weld neck flange DN{n}", "5.25")), "RE: "),
    "B": Partner("B", Party("Rheinwerk Maschinenbau GmbH", "Industriestraße 17, 47057 Duisburg, Deutschland"),
                 "Jürgen Hoffmann", "j.hoffmann@rheinwerk.example", "de", "outlook", "L2", "EUR",
                 "DAP Duisburg", "30 Tage netto", Decimal("19"), "Europe/Berlin", "Stk",
                 (("RW-KL", "Kugellager 62{n}-2RS", "3.85"), ("RW-ZR", "Zahnriemen HTD {n}M", "12.60"),
                  ("RW-WE", "Welle Ø{n} mm, gehärtet", "24.10")), "AW: "),
    "C": Partner("C", Party("Maison Lefèvre SARL", "8 rue des Tanneurs, 69002 Lyon, France"),
                 "Camille Dubois", "camille.dubois@lefevre-maison.test", "fr", "apple", "L3", "EUR",
                 "FCA Lyon", "Virement à 30 jours", Decimal("20"), "Europe/Paris", "pce",
                 (("ML-LIN", "Nappe en lin {n} x 250 cm", "21.50"), ("ML-SRV", "Serviette coton lot de {n}", "9.80"),
                  ("ML-COU", "Coussin velours {n} cm", "14.20")), "Re: "),
    "D": Partner("D", Party("Distribuciones Iberia Norte S.L.", "Calle del Puerto 23, 48001 Bilbao, España"),
                 "Lucía Fernández", "lucia.fernandez@iberianorte.example", "es", "gmail", "L4", "EUR",
                 "CFR Valencia", "Pago a 60 días", Decimal("21"), "Europe/Madrid", "uds",
                 (("IN-LED", "Panel LED {n} W 4000K", "11.30"), ("IN-TUB", "Tubo LED T8 {n} cm", "2.95"),
                  ("IN-DRV", "Driver LED {n} W regulable", "6.70")), "Re: "),
    "E": Partner("E", Party("深圳华信电子有限公司", "深圳市南山区科技园路88号"), "王磊", "wanglei@huaxin-sz.example",
                 "zh", "html", "L5", "USD", "FOB Shenzhen", "30%定金，余款见提单复印件付清", None, "Asia/Shanghai", "个",
                 (("HX-PCB", "电源板 {n}V", "3.20"), ("HX-ADP", "电源适配器 {n}W", "4.75"),
                  ("HX-CBL", "USB-C 数据线 {n}cm", "0.85")), "回复: "),
    # ---- dev2 partners (layouts L6-L10; the first holdout, opened in session 2) ----
    "F": Partner("F", Party("Great Plains Industrial Supply Inc.", "4100 Commerce Dr, Wichita, KS 67202, USA"),
                 "Michael Carter", "mcarter@greatplains-supply.example", "en", "outlook", "L6", "USD",
                 "FOB Southampton", "Net 30", None, "America/Chicago", "ea",
                 (("GP-HC", "Hydraulic coupling {n}/8 in", "6.15"), ("GP-HS", "Hose assembly {n} ft", "14.40"),
                  ("GP-PG", "Pressure gauge {n} psi", "9.95")), "RE: "),
    "G": Partner("G", Party("Alpenland Handels GmbH", "Landstraße 112, 4020 Linz, Österreich"),
                 "Katharina Gruber", "k.gruber@alpenland.test", "de", "apple", "L7", "EUR",
                 "FCA Linz", "14 Tage 2% Skonto, 30 Tage netto", Decimal("20"), "Europe/Vienna", "Stk",
                 (("AL-SCH", "Edelstahlschraube M{n} DIN 933", "0.42"), ("AL-MU", "Sechskantmutter M{n} A2", "0.18"),
                  ("AL-SB", "Scheibe {n} mm A4", "0.07")), "AW: "),
    "H": Partner("H", Party("宁波海通进出口有限公司", "浙江省宁波市鄞州区天童南路588号"), "陈静", "chenjing@haitong-nb.example",
                 "zh", "outlook", "L8", "USD", "FOB Ningbo", "T/T 30天", None, "Asia/Shanghai", "件",
                 (("HT-MUG", "陶瓷马克杯 {n}ml", "1.35"), ("HT-PLT", "骨瓷餐盘 {n}寸", "2.60"),
                  ("HT-BWL", "汤碗 {n}cm", "1.90")), "回复: "),
    "I": Partner("I", Party("Wallonie Équipements SA", "Rue de la Station 45, 4000 Liège, Belgique"),
                 "Julien Lambert", "julien.lambert@wallonie-equip.test", "fr", "outlook", "L9", "EUR",
                 "DDP Liège", "Paiement à 45 jours fin de mois", Decimal("21"), "Europe/Brussels", "pce",
                 (("WE-POM", "Pompe centrifuge {n} kW", "310.00"), ("WE-VAN", "Vanne papillon DN{n}", "88.50"),
                  ("WE-JNT", "Joint EPDM DN{n}", "3.40")), "RE : "),
    "J": Partner("J", Party("Grupo Comercial Azteca S.A. de C.V.", "Av. Insurgentes Sur 1602, 03940 Ciudad de México, México"),
                 "Alejandro Ramírez", "aramirez@azteca-grupo.example", "es", "gmail", "L10", "USD",
                 "CIF Manzanillo", "Crédito a 30 días", Decimal("16"), "America/Mexico_City", "pza",
                 (("AZ-TAL", "Taladro percutor {n} W", "38.00"), ("AZ-ESM", "Esmeriladora angular {n} mm", "29.50"),
                  ("AZ-BRO", "Juego de brocas {n} piezas", "7.25")), "Re: "),
}
DEV_PARTNERS = ("A", "B", "C", "D", "E")
HOLDOUT_PARTNERS = ("F", "G", "H", "I", "J")
SIZES = (15, 20, 25, 32, 40, 50, 65, 80, 100, 125, 150, 200, 6, 8, 10, 12, 16, 24, 30, 36)


# ------------------------------------------------------------------------------------------------
# A deal is a script of steps; each step becomes one message.

@dataclass
class Step:
    stage: str
    by: str  # "partner" | "us" | "colleague"
    text: str  # key into TEXTS
    docs: tuple[tuple[str, str], ...] = ()  # (doc_type, "pdf" | "docx" | "xlsx")
    new_thread: bool = False  # linked to the deal only by business numbers
    body_order: bool = False
    forward: str | None = None  # "rfc822" | "inline": a colleague forwards the partner's message
    signed: bool | None = None  # contracts in this step
    gap: int = 3  # days after the previous step


@dataclass
class DealSpec:
    id: str
    partner: str
    start: dt.date
    nlines: int
    steps: list[Step]
    po: str
    discount: bool = False
    deposit: bool = False  # payment is a 30% deposit


def S(stage: str, by: str, text: str | None = None, **kw: object) -> Step:
    return Step(stage, by, text or stage, **kw)  # type: ignore[arg-type]


DEV_DEALS = [
    DealSpec("dev-A1", "A", dt.date(2026, 2, 2), 28, [
        S("enquiry", "partner"),
        S("quote", "us", docs=(("quotation", "pdf"),)),
        S("negotiation", "partner"),
        S("negotiation", "us", "negotiation_us", gap=1),
        S("contract", "us", "contract_us", docs=(("contract", "docx"),), signed=False),
        S("order", "partner", docs=(("purchase_order", "pdf"), ("commercial_invoice", "pdf"), ("contract", "pdf")),
          signed=True),
        S("payment", "partner", docs=(("payment_advice", "pdf"),)),
        S("production", "us", gap=12),
        S("shipping", "us", docs=(("shipping_notice", "docx"), ("bill_of_lading", "pdf"))),
        S("receipt", "partner", gap=28),
        S("claim", "partner", docs=(("inspection_report", "pdf"),)),
    ], po="4500012345", discount=True),
    DealSpec("dev-B1", "B", dt.date(2026, 3, 9), 4, [
        S("enquiry", "partner"),
        S("quote", "us", docs=(("quotation", "docx"),)),
        S("order", "partner", docs=(("purchase_order", "pdf"), ("commercial_invoice", "pdf"))),
        S("contract", "partner", "contract_new", docs=(("contract", "pdf"),), signed=True, new_thread=True),
        S("payment", "partner", docs=(("payment_advice", "docx"),), gap=10),
        S("shipping", "us", docs=(("shipping_notice", "pdf"), ("bill_of_lading", "pdf")), gap=14),
        S("receipt", "partner", gap=21),
        S("claim", "partner", docs=(("inspection_report", "pdf"),), gap=4),
    ], po="BE-2026-0412"),
    DealSpec("dev-C1", "C", dt.date(2026, 4, 14), 5, [
        S("enquiry", "partner"),
        S("quote", "us", docs=(("quotation", "xlsx"),)),
        S("negotiation", "partner"),
        S("order", "partner", "order_po_only", docs=(("purchase_order", "xlsx"), ("contract", "pdf")), signed=True),
        S("order", "us", "invoice_new", docs=(("commercial_invoice", "pdf"),), new_thread=True),
        S("shipping", "us", docs=(("shipping_notice", "pdf"),), gap=20),
        S("claim", "partner", docs=(("inspection_report", "docx"),), gap=9),
    ], po="BC-2026-0087", discount=True),
    DealSpec("dev-D1", "D", dt.date(2026, 5, 18), 3, [
        S("enquiry", "partner"),
        S("quote", "us", docs=(("quotation", "pdf"),)),
        S("order", "partner", "order_body", body_order=True),
        S("contract", "us", "contract_us", docs=(("contract", "pdf"),), signed=False),
        S("contract", "partner", "contract_partner", docs=(("contract", "pdf"),), signed=True),
        S("payment", "partner", docs=(("payment_advice", "pdf"),), gap=7),
        S("shipping", "us", docs=(("shipping_notice", "docx"),), gap=15),
    ], po="PED-2026-0311"),
    DealSpec("dev-E1", "E", dt.date(2026, 6, 1), 6, [
        S("enquiry", "partner"),
        S("quote", "us", docs=(("quotation", "pdf"),)),
        S("negotiation", "partner"),
        S("contract", "us", "contract_us", docs=(("contract", "docx"),), signed=False),
        S("contract", "partner", "contract_partner", docs=(("contract", "pdf"),), signed=True),
        S("order", "partner", docs=(("purchase_order", "pdf"), ("commercial_invoice", "pdf"))),
        S("payment", "partner", docs=(("payment_advice", "pdf"),)),
        S("production", "us", gap=15),
        S("shipping", "us", docs=(("bill_of_lading", "pdf"),), gap=10),
    ], po="HX20260315", discount=True, deposit=True),
    DealSpec("dev-A2", "A", dt.date(2026, 7, 6), 3, [
        S("order", "colleague", "order", docs=(("purchase_order", "pdf"), ("commercial_invoice", "pdf")),
          forward="rfc822"),
        S("contract", "partner", "contract_new", docs=(("contract", "pdf"),), signed=True, new_thread=True),
    ], po="4500012399"),
    # Dated after everything above, so adding it kept the numbering of the earlier files.
    DealSpec("dev-E2", "E", dt.date(2026, 9, 7), 3, [
        S("order", "partner", "order_body_new", body_order=True),
        S("order", "us", "invoice_new", docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=2),
    ], po="HX20260902"),
]

DEV2_DEALS = [
    DealSpec("dev2-F1", "F", dt.date(2026, 2, 9), 5, [
        S("enquiry", "partner"),
        S("quote", "us", docs=(("quotation", "pdf"),)),
        S("negotiation", "partner"),
        S("contract", "us", "contract_us", docs=(("contract", "pdf"),), signed=False),
        S("order", "partner", docs=(("purchase_order", "pdf"), ("commercial_invoice", "pdf"), ("contract", "pdf")),
          signed=True),
        S("payment", "partner", docs=(("payment_advice", "pdf"),)),
        S("production", "us", gap=10),
        S("shipping", "us", docs=(("shipping_notice", "pdf"),), gap=8),
        S("receipt", "partner", gap=6),
        S("claim", "partner", docs=(("inspection_report", "pdf"),)),
    ], po="GP-77120", discount=True),
    DealSpec("dev2-G1", "G", dt.date(2026, 3, 16), 45, [
        S("enquiry", "partner"),
        S("quote", "us", docs=(("quotation", "xlsx"),)),
        S("order", "partner", "order_po_only", docs=(("purchase_order", "pdf"), ("commercial_invoice", "xlsx"))),
        S("contract", "partner", "contract_new", docs=(("contract", "pdf"),), signed=True, new_thread=True),
        S("payment", "partner", docs=(("payment_advice", "pdf"),), gap=9),
        S("shipping", "us", docs=(("bill_of_lading", "pdf"),), gap=12),
    ], po="4500023456"),
    DealSpec("dev2-H1", "H", dt.date(2026, 4, 20), 4, [
        S("enquiry", "partner"),
        S("quote", "us", docs=(("quotation", "pdf"),)),
        S("negotiation", "partner"),
        S("order", "partner", docs=(("purchase_order", "xlsx"), ("contract", "pdf")), signed=True),
        S("order", "us", "invoice_new", docs=(("commercial_invoice", "pdf"),), new_thread=True),
        S("shipping", "us", docs=(("bill_of_lading", "pdf"),), gap=18),
        S("claim", "partner", docs=(("inspection_report", "pdf"),), gap=30),
    ], po="HT-2026-058", discount=True, deposit=True),
    DealSpec("dev2-I1", "I", dt.date(2026, 5, 25), 3, [
        S("enquiry", "partner"),
        S("quote", "us", docs=(("quotation", "docx"),)),
        S("order", "partner", "order_body", body_order=True),
        S("contract", "us", "contract_us", docs=(("contract", "docx"),), signed=False),
        S("contract", "partner", "contract_partner", docs=(("contract", "pdf"),), signed=True),
        S("shipping", "us", docs=(("shipping_notice", "pdf"),), gap=14),
        S("receipt", "partner", gap=3),
    ], po="CMD-26-1193"),
    DealSpec("dev2-J1", "J", dt.date(2026, 6, 8), 6, [
        S("enquiry", "partner"),
        S("quote", "us", docs=(("quotation", "pdf"),)),
        S("negotiation", "partner"),
        S("contract", "partner", "contract_partner", docs=(("contract", "pdf"),), signed=True),
        S("order", "partner", docs=(("purchase_order", "pdf"), ("commercial_invoice", "pdf"))),
        S("payment", "partner", docs=(("payment_advice", "pdf"),)),
        S("production", "us", gap=12),
        S("shipping", "us", docs=(("shipping_notice", "docx"), ("bill_of_lading", "pdf")), gap=9),
    ], po="OC-2026-0457", discount=True),
    DealSpec("dev2-F2", "F", dt.date(2026, 7, 13), 2, [
        S("order", "colleague", "order", docs=(("purchase_order", "pdf"), ("commercial_invoice", "pdf")),
          forward="inline"),
        S("contract", "partner", "contract_new", docs=(("contract", "docx"),), signed=True, new_thread=True),
    ], po="GP-77188"),
    DealSpec("dev2-J2", "J", dt.date(2026, 9, 14), 4, [
        S("order", "partner", "order_body_new", body_order=True),
        S("order", "us", "invoice_new", docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=2),
    ], po="OC-2026-0612"),
]


KIND_OF_STAGE = {"enquiry": "enquiry", "quote": "quote", "negotiation": "quote", "contract": "order",
                 "order": "order", "payment": "order", "production": "order", "shipping": "order",
                 "receipt": "order", "claim": "claim", "auto": "other", "unknown": "other"}


# ------------------------------------------------------------------------------------------------

@dataclass
class Att:
    doc: Doc
    layout: Layout
    producer: str  # docx | xlsx (what python-docx/openpyxl writes)
    fmt: str  # what is attached: docx | xlsx | pdf (LibreOffice conversion of the producer output)
    filename: str
    key: str  # unique stem for the conversion batch


@dataclass
class Plan:
    """One message, before its attachments are rendered."""

    deal: str | None
    stage: str
    kind: str
    autoreply: bool
    date: dt.datetime
    style: str
    lang: str
    from_: str
    to: str
    cc: str | None
    subject: str
    message_id: str
    text: str
    prev: M.Sent | None = None
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    atts: list[Att] = field(default_factory=list)
    body_docs: list[Doc] = field(default_factory=list)
    extra_headers: list[tuple[str, str]] = field(default_factory=list)
    special: str | None = None  # "bounce"
    inner: Plan | None = None  # forwarded original (rfc822 or inline)
    forward: str | None = None
    case_missing: list[str] | None = None
    message_missing: list[str] | None = None
    refs: list[str] = field(default_factory=list)


class Ids:
    """Deterministic Message-IDs in the shapes the different clients use."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    # "References: <id>" must fit in 78 columns, or the email package folds it into an RFC 2047
    # encoded word, which breaks threading; so the random part fills up to this length only.
    MAX_LEN = 64

    def make(self, style: str, domain: str) -> str:
        r = self.rng
        if style == "outlook":
            host = f"{r.choice(['AM0PR07MB', 'DB9PR02MB', 'VI1PR04MB'])}{r.randint(1000, 9999)}.{domain}"
            alphabet, head = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", ""
        elif style in ("gmail", "html"):
            host, alphabet, head = f"mail.{domain}", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=", "CA"
        else:
            host, alphabet, head = domain, "0123456789ABCDEF", ""
        n = max(12, self.MAX_LEN - len(host) - len(head) - 3)
        return f"<{head}{''.join(r.choice(alphabet) for _ in range(n))}@{host}>"


def lines_for(deal: DealSpec, rng: random.Random) -> list[Line]:
    partner = P[deal.partner]
    out = []
    for i in range(deal.nlines):
        prefix, desc, base = partner.products[i % len(partner.products)]
        size = SIZES[(i // len(partner.products) + rng.randrange(len(SIZES))) % len(SIZES)] if deal.nlines > 6 \
            else SIZES[rng.randrange(len(SIZES))]
        price = (Decimal(base) * Decimal(1 + size / 100)).quantize(Decimal("0.01"))
        qty = rng.choice([50, 100, 120, 200, 250, 300, 500, 1000, 24, 36, 60]) if deal.nlines <= 6 else \
            rng.choice([10, 20, 25, 40, 50, 100])
        out.append(Line(f"{prefix}-{size:03d}{i:02d}", desc.format(n=size), qty, partner.unit, price))
    return out


def discounted(lines: list[Line]) -> list[Line]:
    return [Line(ln.sku, ln.description, ln.quantity, ln.unit,
                 (ln.unit_price * Decimal("0.95")).quantize(Decimal("0.01"))) for ln in lines]


class DealBuilder:
    """Turns one DealSpec into message plans, tracking thread, numbers and documents seen."""

    def __init__(self, spec: DealSpec, split: str, n: int, rng: random.Random, ids: Ids) -> None:
        self.spec, self.split, self.rng, self.ids = spec, split, rng, ids
        self.p = P[spec.partner]
        self.layout = LAYOUTS[self.p.layout]
        year = 26
        self.nums = {
            "po": spec.po,
            "q": f"Q-20{year}-{300 + n * 7:04d}",
            "inv": f"NW-INV-{year}{410 + n * 3:04d}",
            "ctr": f"NC-20{year}-{17 + n:03d}",
            "claim": f"CLM-20{year}-{4 + n:03d}",
            "ir": f"IR-{year}-{51 + n * 2:04d}",
            "pay": f"PAY{year}{rng.randint(100000, 999999)}",
            "sn": f"SN-{year}-{700 + n:04d}",
            "bl": f"NWSOU{year}{rng.randint(10000, 99999)}",
        }
        self.list_lines = lines_for(spec, rng)
        self.final_lines = discounted(self.list_lines) if spec.discount else self.list_lines
        self.sent: list[M.Sent] = []
        self.seen: set[str] = set()
        self.ordered = False
        owner = rng.choice(["MSC", "CMA", "HLX", "OOL", "TGH"])  # ISO 6346 owner code; the "U" is added
        if self.p.key in ("C", "F"):
            self.tracking = [ups_number(f"{rng.randint(100, 999)}W{rng.randint(10, 99)}", "04",
                                        rng.randint(1000000, 9999999))]
        elif self.p.key in ("D", "I"):
            self.tracking = [f"{rng.randint(10**9, 10**10 - 1)}"]  # DHL Express waybill, 10 digits
        else:
            self.tracking = [container_number(owner, rng.randint(100000, 999999)) for _ in range(2 if spec.nlines > 20 else 1)]

    # -- documents --------------------------------------------------------------------------
    def doc(self, doc_type: str, day: dt.date, signed: bool | None) -> Doc:
        p, n = self.p, self.nums
        lines = self.list_lines if doc_type == "quotation" else self.final_lines
        common = {"date": day, "buyer": p.company, "seller": US, "currency": p.currency}
        if doc_type == "quotation":
            return Doc("quotation", n["q"], lines=lines, tax_rate=p.tax_rate, incoterms=p.incoterms,
                       payment_terms=p.payment_terms, **common)
        if doc_type == "purchase_order":
            return Doc("purchase_order", n["po"], lines=lines, tax_rate=p.tax_rate, incoterms=p.incoterms,
                       payment_terms=p.payment_terms, **common)
        if doc_type == "commercial_invoice":
            return Doc("commercial_invoice", n["inv"], order_number=n["po"], lines=lines, tax_rate=p.tax_rate,
                       incoterms=p.incoterms, payment_terms=p.payment_terms, **common)
        if doc_type == "contract":
            # A draft sent before the order cannot cite the PO yet; the signed copy does.
            return Doc("contract", n["ctr"], order_number=n["po"] if self.ordered or signed else None,
                       lines=lines, tax_rate=p.tax_rate, incoterms=p.incoterms, payment_terms=p.payment_terms,
                       signed=bool(signed), signatories=(p.contact, "Anna Keller"), **common)
        total = Doc("x", None, lines=self.final_lines, tax_rate=p.tax_rate, **common).total
        if doc_type == "payment_advice":
            paid = (total * Decimal("0.3")).quantize(Decimal("0.01")) if self.spec.deposit else total
            return Doc("payment_advice", n["pay"], order_number=n["po"], paid_amount=paid,
                       extra=[("invoice_ref", n["inv"])], **common)
        if doc_type == "shipping_notice":
            return Doc("shipping_notice", n["sn"], order_number=n["po"], incoterms=p.incoterms,
                       tracking_numbers=list(self.tracking), **{**common, "currency": None})
        if doc_type == "bill_of_lading":
            return Doc("bill_of_lading", n["bl"], order_number=n["po"], incoterms=p.incoterms,
                       tracking_numbers=list(self.tracking), extra=[("vessel", "MSC AURORA / 614W")],
                       **{**common, "currency": None})
        if doc_type == "inspection_report":
            return Doc("inspection_report", n["ir"], order_number=n["po"], notes=INSPECTION_NOTES[p.lang],
                       **{**common, "currency": None})
        raise ValueError(doc_type)

    def filename(self, doc: Doc, fmt: str) -> str:
        return f"{FILE_NAMES[self.p.lang][doc.doc_type]}_{doc.number}.{fmt}".replace("/", "-")

    def order_block(self, doc: Doc) -> str:
        """An order typed into the mail body, in the partner's conventions."""
        lay, lang = self.layout, self.p.lang
        fl = FIELD_LABELS[lang]
        rows = [f"{NUMBER_LABELS[lang]['purchase_order']}: {doc.number}",
                f"{fl['date']}: {fmt_date(doc.date, lay.date)}",
                f"{fl['buyer']}: {doc.buyer.name}", f"{fl['seller']}: {doc.seller.name}",
                f"{fl['currency']}: {doc.currency}", f"{fl['incoterms']}: {doc.incoterms}",
                f"{fl['payment_terms']}: {doc.payment_terms}", ""]
        cols = COLUMNS[lang]
        rows.append(f"{cols['sku']:<14} {cols['desc']:<32} {cols['qty']:>8} {cols['price']:>14} {cols['amount']:>14}")
        for ln in doc.lines:
            rows.append(f"{ln.sku:<14} {ln.description:<32} {ln.quantity:>8} "
                        f"{fmt_num(ln.unit_price, lay.num):>14} {fmt_num(ln.amount, lay.num):>14}")
        rows.append("")
        rows.append(f"{fl['subtotal']}: {fmt_num(doc.subtotal, lay.num)}")
        if doc.tax is not None:
            rows.append(f"{fl['tax']} {doc.tax_rate}%: {fmt_num(doc.tax, lay.num)}")
        rows.append(f"{fl['total']}: {doc.currency} {fmt_num(doc.total, lay.num)}")
        return "\n".join(rows)

    # -- messages ---------------------------------------------------------------------------
    def plans(self) -> list[Plan]:
        spec, p = self.spec, self.p
        tz = ZoneInfo(p.tz)
        day = spec.start
        out: list[Plan] = []
        base_subject = None
        for i, step in enumerate(spec.steps):
            if i:
                day = day + dt.timedelta(days=step.gap)
            hour = self.rng.randint(8, 17)
            when_tz = US_TZ if step.by in ("us", "colleague") else tz
            when = dt.datetime(day.year, day.month, day.day, hour, self.rng.randint(0, 59), self.rng.randint(0, 59),
                               tzinfo=when_tz)
            out.append(self.plan(step, when, base_subject))
            if base_subject is None:
                base_subject = out[-1].subject
        return out

    def plan(self, step: Step, when: dt.datetime, base_subject: str | None) -> Plan:
        p, n = self.p, self.nums
        lang = p.lang
        docs = [self.doc(dt_, when.date(), step.signed) for dt_, _ in step.docs]
        body_docs: list[Doc] = []
        if step.body_order:
            body_docs.append(self.doc("purchase_order", when.date(), None))
        total_doc = Doc("x", None, date=when.date(), buyer=None, seller=None, lines=self.final_lines,
                        tax_rate=p.tax_rate)
        pay_total = next((d.total for d in docs if d.doc_type == "payment_advice"), total_doc.total)
        fill = {
            "c": p.first if step.by != "partner" else "Anna",
            "product": self.list_lines[0].description.split(" ")[0] if lang != "zh" else self.list_lines[0].description,
            "needs": "\n".join(f"- {ln.description}: {ln.quantity} {ln.unit}" for ln in self.list_lines[:6])
            + ("\n- ..." if len(self.list_lines) > 6 else ""),
            "total": f"{p.currency} {fmt_num(pay_total, self.layout.num)}",
            "track": ", ".join(self.tracking), "eta": {"en": "6 weeks", "de": "6 Wochen", "fr": "6 semaines",
                                                       "es": "6 semanas", "zh": "6周"}[lang],
            "pct": 70, "order_block": self.order_block(body_docs[0]) if body_docs else "", **n,
        }
        subj_tpl, body_tpl = TEXTS[lang][step.text]
        if step.stage == "enquiry" and lang == "en":
            fill["product"] = self.list_lines[0].description.rsplit(" ", 2)[0].lower() + "s"
        text = body_tpl.format(**fill)
        if step.by == "partner":
            sender, style = p.addr, p.style
            sig = f"\n\n{p.contact}\n{p.company.name}\n{p.email}"
            to, cc = ORDERS, None
        elif step.by == "us":
            sender, style = US_SALES, "outlook"
            sig = f"\n\nAnna Keller\nSales Manager | {US.name}\nTel. +44 23 8000 0000"
            to, cc = p.addr, ORDERS
        else:
            sender, style = "Tom Price <tom.price@example.com>", "outlook"
            sig = "\n\nTom\n--\nTom Price | Key Account Manager | Northwind Components Ltd."
            to, cc = ORDERS, None
        text = text + sig
        domain = sender.split("@")[1].rstrip(">")
        message_id = self.ids.make(style, domain)

        prev = self.sent[-1] if self.sent and not step.new_thread else None
        if step.new_thread or base_subject is None:
            subject = (subj_tpl or "{product}").format(**fill)
        else:
            prefix = "RE: " if step.by == "us" else p.reply_prefix
            subject = (subj_tpl.format(**fill) if subj_tpl else None) or prefix + base_subject
        plan = Plan(deal=self.spec.id, stage=step.stage, kind=KIND_OF_STAGE[step.stage],
                    autoreply=step.by == "partner", date=when, style=style,
                    # Our Outlook is set to English, so its quote headers are English under any text.
                    lang=lang if step.by == "partner" else "en", from_=sender, to=to, cc=cc, subject=subject,
                    message_id=message_id, text=text, body_docs=body_docs)
        if prev is not None:
            plan.prev = prev
            plan.in_reply_to = prev.message_id
            plan.references = (prev.references + [prev.message_id])[-8:]
        for (dtype, fmt), doc in zip(step.docs, docs, strict=True):
            # Contracts are Word documents whatever the partner's spreadsheet habits.
            producer = "docx" if dtype == "contract" else (self.layout.producer if fmt == "pdf" else fmt)
            name = self.filename(doc, fmt)
            plan.atts.append(Att(doc, self.layout, producer, fmt, name, key=""))
        if step.forward:
            plan = self.forwarded(plan, step, when)
        self.sent.append(M.Sent(plan.from_, plan.to, plan.date, plan.subject, text, plan.message_id,
                                plan.references))
        # Case and message document verdicts, per the default rule (order needs PO + CI + signed contract).
        for d in docs + body_docs:
            if d.doc_type != "contract" or d.signed:
                self.seen.add(d.doc_type)
        if step.stage == "order":
            self.ordered = True
        if self.ordered:
            plan.case_missing = [r for r in REQUIRED if r not in self.seen]
        if step.stage in ("order", "contract"):
            have = {d.doc_type for d in docs + body_docs if d.doc_type != "contract" or d.signed}
            plan.message_missing = [r for r in REQUIRED if r not in have]
        return plan

    def forwarded(self, original: Plan, step: Step, when: dt.datetime) -> Plan:
        """A colleague forwards the partner's order to the orders mailbox."""
        p = self.p
        inner = original
        inner.from_, inner.to, inner.cc = p.addr, "Tom Price <tom.price@example.com>", None
        inner.style, inner.lang = p.style, p.lang
        inner.message_id = self.ids.make(p.style, p.domain)
        inner.date = when - dt.timedelta(hours=2)
        inner.subject = TEXTS[p.lang]["order_po_only"][0].format(po=self.nums["po"])
        inner.text = TEXTS[p.lang]["order_po_only"][1].format(c="Tom", po=self.nums["po"]) + \
            f"\n\n{p.contact}\n{p.company.name}"
        fwd_subject = M.FORWARD_PREFIX["en"] + inner.subject
        if step.forward == "inline":
            fwd = ("---------- Forwarded message ---------\n"
                   f"From: {inner.from_}\nDate: {M.long_date(inner.date, 'en')}\nSubject: {inner.subject}\n"
                   f"To: {inner.to}\n\n{inner.text}")
        else:
            fwd = ""
        text = ("Hi team,\n\nplease process the attached order from " + p.company.name
                + (", forwarded below." if fwd else " (original mail attached).")
                + "\n\n" + fwd + "\n\nTom\n--\nTom Price | Key Account Manager | Northwind Components Ltd.")
        outer = Plan(deal=inner.deal, stage=inner.stage, kind=inner.kind, autoreply=False, date=when,
                     style="outlook", lang="en", from_="Tom Price <tom.price@example.com>", to=ORDERS, cc=None,
                     subject=fwd_subject, message_id=self.ids.make("outlook", "example.com"), text=text)
        outer.inner = inner
        outer.forward = step.forward
        if step.forward == "inline":
            outer.atts, inner.atts = inner.atts, []
        return outer


# ------------------------------------------------------------------------------------------------
# Messages outside deals: auto-replies, a bounce, a newsletter, spam, an internal note.

def misc_plans(split: str, ids: Ids, deal_plans: list[Plan]) -> list[Plan]:
    out: list[Plan] = []
    if split == "dev":
        ooo_partner, ooo_subj, ooo_text = P["B"], "Automatische Antwort: ", (
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.03.2026 nicht im Büro und habe "
            "keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an "
            "einkauf@rheinwerk.example.\n\nMit freundlichen Grüßen\nJürgen Hoffmann")
        target = next(pl for pl in deal_plans if pl.deal == "dev-B1" and pl.stage == "quote")
        news = ("Global Sourcing Weekly <newsletter@tradefair.example>", "Your weekly sourcing digest – March 2026",
                "<digest.tradefair.example>", "en")
        spam = ("Dr. Frank Moses <winner.notification@lottery-prize.test>", "URGENT: Your USD 2,500,000.00 award is ready",
                "Dear Beneficiary,\n\nYour email address won USD 2,500,000.00 in the International Email Lottery. "
                "To claim, send your full name, bank details and a processing fee of USD 450 to our agent.\n\n"
                "Congratulations!\nDr. Frank Moses", "en")
        note = ("Reminder: warehouse closed Friday 20 March",
                "Hi all,\n\nthe warehouse is closed this Friday for stocktaking; no goods in or out. Please tell "
                "customers who expect collections.\n\nThanks\nSarah\n--\nSarah Olsen | Operations | Northwind Components Ltd.",
                dt.datetime(2026, 3, 17, 9, 5, tzinfo=US_TZ))
        bounce_to = "c.dubois@lefevre-maison.test"
        bounce_date = dt.datetime(2026, 4, 16, 10, 2, 11, tzinfo=US_TZ)
        news_date = dt.datetime(2026, 3, 24, 6, 0, tzinfo=dt.UTC)
        spam_date = dt.datetime(2026, 5, 2, 3, 41, 9, tzinfo=ZoneInfo("Africa/Lagos"))
    else:
        ooo_partner, ooo_subj, ooo_text = P["I"], "Réponse automatique : ", (
            "Bonjour,\n\nje suis absent du bureau jusqu'au 12 juin 2026 inclus. Pour toute urgence, merci de "
            "contacter achats@wallonie-equip.test.\n\nCordialement,\nJulien Lambert")
        target = next(pl for pl in deal_plans if pl.deal == "dev2-I1" and pl.stage == "quote")
        news = ("中国出口商品交易会 <news@cantonfair.example>", "第139届广交会采购商邀请 | Canton Fair buyer invitation",
                "<buyers.cantonfair.example>", "zh")
        spam = ("Banco Seguridad <alertas@banco-seguro.test>", "Aviso importante: su cuenta ha sido suspendida",
                "Estimado cliente:\n\nHemos detectado actividad inusual. Su cuenta será bloqueada en 24 horas si no "
                "verifica sus datos en el siguiente enlace: http://verificacion.banco-seguro.test/login\n\n"
                "Departamento de Seguridad", "es")
        note = ("Nota interna: nuevo horario de la oficina de Madrid",
                "Hola a todos:\n\ndesde el lunes la oficina de Madrid abre de 8:00 a 16:00. Nada que responder.\n\n"
                "Marta\n--\nMarta Gil | Back Office | Northwind Components Ltd.",
                dt.datetime(2026, 6, 22, 8, 30, tzinfo=ZoneInfo("Europe/Madrid")))
        bounce_to = "mcarter@greatplains-supply.example.invalid"
        bounce_date = dt.datetime(2026, 2, 12, 15, 44, 2, tzinfo=US_TZ)
        news_date = dt.datetime(2026, 4, 2, 1, 0, tzinfo=dt.UTC)
        spam_date = dt.datetime(2026, 6, 15, 22, 13, 40, tzinfo=ZoneInfo("America/Bogota"))

    # Out-of-office reply to our quote.
    ooo = Plan(deal=None, stage="auto", kind="other", autoreply=False,
               date=target.date + dt.timedelta(minutes=1), style="outlook", lang=ooo_partner.lang,
               from_=ooo_partner.addr, to=ORDERS, cc=None, subject=ooo_subj + target.subject,
               message_id=ids.make("outlook", ooo_partner.domain), text=ooo_text,
               in_reply_to=target.message_id, references=[target.message_id],
               extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                              ("Precedence", "auto_reply")])
    out.append(ooo)

    # Bounce of a mail we sent to a mistyped address.
    out.append(Plan(deal=None, stage="auto", kind="other", autoreply=False, date=bounce_date, style="plain",
                    lang="en", from_="Mail Delivery System <MAILER-DAEMON@mx1.example.net>", to=ORDERS, cc=None,
                    subject="Undelivered Mail Returned to Sender", message_id=ids.make("apple", "mx1.example.net"),
                    text=bounce_to, special="bounce",
                    extra_headers=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")]))

    # Newsletter.
    frm, subj, list_id, nlang = news
    if nlang == "en":
        ntext = ("This week in global sourcing:\n\n- Freight rates Asia–Europe down 4%\n- New EU deforestation "
                 "rules: what importers must file\n- Trade fair calendar April–June\n\nRead online: "
                 "https://news.tradefair.example/digest/2026-12\n\nYou receive this because you subscribed at "
                 "tradefair.example. Unsubscribe: https://news.tradefair.example/u/8812")
    else:
        ntext = ("尊敬的采购商：\n\n第139届中国进出口商品交易会将于2026年4月15日开幕，诚邀您莅临。\n\n在线登记："
                 "https://buyer.cantonfair.example/register\n\n退订：https://buyer.cantonfair.example/u/5521")
    out.append(Plan(deal=None, stage="auto", kind="other", autoreply=False, date=news_date, style="html",
                    lang=nlang, from_=frm, to=ORDERS, cc=None, subject=subj,
                    message_id=ids.make("apple", frm.split("@")[1].rstrip(">")), text=ntext,
                    extra_headers=[("List-Id", f"Newsletter {list_id}"),
                                   ("List-Unsubscribe", f"<mailto:unsubscribe@{frm.split('@')[1].rstrip('>')}>,"
                                                        f" <https://{frm.split('@')[1].rstrip('>')}/u>"),
                                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                                   ("Precedence", "bulk")]))
    # Spam.
    frm, subj, stext, slang = spam
    out.append(Plan(deal=None, stage="auto", kind="other", autoreply=False, date=spam_date, style="html",
                    lang=slang, from_=frm, to=ORDERS, cc=None, subject=subj,
                    message_id=ids.make("apple", frm.split("@")[1].rstrip(">")), text=stext,
                    extra_headers=[("Reply-To", "claims.agent.2026@freemail.test")]))
    # Internal note (own domain, no business content).
    nsubj, ntext2, ndate = note
    sender = "Sarah Olsen <sarah.olsen@example.com>" if split == "dev" else "Marta Gil <marta.gil@example.com>"
    out.append(Plan(deal=None, stage="unknown", kind="other", autoreply=False, date=ndate, style="outlook",
                    lang="en", from_=sender, to=ORDERS, cc=None, subject=nsubj,
                    message_id=ids.make("outlook", "example.com"), text=ntext2))
    return out


def bounce_message(plan: Plan, split: str) -> EmailMessage:
    """RFC 3464 delivery status notification with a null return path."""
    failed = plan.text
    msg = EmailMessage(policy=M.POLICY)
    for k, v in [("Return-Path", "<>"), ("From", plan.from_), ("To", plan.to), ("Subject", plan.subject),
                 ("Date", M.format_datetime(plan.date)), ("Message-ID", plan.message_id),
                 ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]:
        msg[k] = v
    msg.set_content(f"This is the mail system at host mx1.example.net.\n\nI'm sorry to have to inform you that "
                    f"your message could not be delivered to one or more recipients.\n\n<{failed}>: host "
                    f"mx.{failed.split('@')[1]} said: 550 5.1.1 <{failed}>: Recipient address rejected: "
                    f"User unknown in virtual mailbox table\n")
    status = EmailMessage(policy=M.POLICY)
    status["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=M.POLICY)
    per_msg["Reporting-MTA"] = "dns; mx1.example.net"
    per_msg["Arrival-Date"] = M.format_datetime(plan.date - dt.timedelta(seconds=3))
    per_rcpt = EmailMessage(policy=M.POLICY)
    per_rcpt["Final-Recipient"] = f"rfc822; {failed}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.1.1"
    per_rcpt["Diagnostic-Code"] = "smtp; 550 5.1.1 Recipient address rejected: User unknown"
    status.set_payload([per_msg, per_rcpt])
    original = EmailMessage(policy=M.POLICY)
    original["From"] = US_SALES
    original["To"] = failed
    original["Subject"] = "Quotation follow-up"
    original["Date"] = M.format_datetime(plan.date - dt.timedelta(seconds=5))
    original["Message-ID"] = f"<bounced-{split}@example.com>"
    original.set_content("Hello, following up on our quotation. Best regards, Anna Keller")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    msg.attach(status)
    rfc = EmailMessage(policy=M.POLICY)
    rfc.set_content(original)  # a Message payload makes a message/rfc822 part
    msg.attach(rfc)
    return msg


# ------------------------------------------------------------------------------------------------

def pin_pdf(data: bytes, key: str) -> bytes:
    """Replace LibreOffice's creation time, random /ID and checksum with fixed values of the same length.

    Same length keeps every xref offset valid; fixed values make regeneration byte-identical.
    """
    data = re.sub(rb"/CreationDate\(D:\d{14}Z'\)", b"/CreationDate(D:20260101000000Z')", data)
    digest = hashlib.md5(key.encode()).hexdigest().upper().encode()
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + digest, data)
    return re.sub(rb"/ID \[ <[0-9A-F]{32}>\s*<[0-9A-F]{32}> \]",
                  lambda m: re.sub(rb"<[0-9A-F]{32}>", b"<" + digest + b">", m.group(0)), data)


def convert_pdfs(sources: dict[str, bytes], workdir: Path) -> dict[str, bytes]:
    """Convert docx/xlsx files to PDF with LibreOffice in one batch call; returns key -> PDF bytes."""
    if not sources:
        return {}
    src = workdir / "src"
    out = workdir / "pdf"
    src.mkdir()
    out.mkdir()
    for name, data in sources.items():
        (src / name).write_bytes(data)
    home = workdir / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "TZ": "UTC"}
    cmd = ["libreoffice", "--headless", "--norestore", f"-env:UserInstallation=file://{home}/lo",
           "--convert-to", "pdf", "--outdir", str(out), *sorted(str(src / n) for n in sources)]
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=900)
    result = {}
    for name in sources:
        pdf = out / (Path(name).stem + ".pdf")
        if not pdf.exists():
            raise RuntimeError(f"LibreOffice did not convert {name}")
        result[name] = pin_pdf(pdf.read_bytes(), name)
    return result


def assemble(plan: Plan, files: dict[str, bytes], split: str) -> EmailMessage:
    if plan.special == "bounce":
        return bounce_message(plan, split)
    atts = [(a.filename, files[a.key], MIME[a.fmt]) for a in plan.atts]
    forwarded = None
    if plan.inner is not None and plan.forward == "rfc822":
        forwarded = assemble(plan.inner, files, split)
    return M.build(style=plan.style, lang=plan.lang, from_=plan.from_, to=plan.to, cc=plan.cc,
                   subject=plan.subject, date=plan.date, message_id=plan.message_id, text=plan.text,
                   prev=plan.prev, in_reply_to=plan.in_reply_to, references=plan.references,
                   attachments=atts, extra_headers=plan.extra_headers, forwarded=forwarded)


def all_numbers(builders: list[DealBuilder]) -> list[str]:
    keys = ("po", "q", "inv", "ctr", "claim")
    return [b.nums[k] for b in builders for k in keys]


def seeded(name: str) -> random.Random:
    """One random stream per deal (and per split's misc mail), so adding a deal changes nothing else."""
    return random.Random(f"{SEED}:{name}")


def build_split(split: str) -> tuple[list[Plan], list[DealBuilder]]:
    specs = DEV_DEALS if split == "dev" else DEV2_DEALS
    offset = 0 if split == "dev" else 20
    builders = [DealBuilder(spec, split, offset + i, seeded(spec.id), Ids(seeded(f"{spec.id}:ids")))
                for i, spec in enumerate(specs)]
    plans = [pl for b in builders for pl in b.plans()]
    plans += misc_plans(split, Ids(seeded(f"{split}:misc")), plans)
    plans.sort(key=lambda pl: pl.date)
    numbers = all_numbers(builders)
    for pl in plans:
        hay = " ".join([pl.subject, pl.text, pl.prev.text if pl.prev else "", pl.inner.text if pl.inner else ""])
        docs = [a.doc for a in plan_atts(pl)] + pl.body_docs
        found = {x for d in docs for x in (d.number, d.order_number) if x}
        pl.refs = [num for num in numbers if num in hay or num in found]
    return plans, builders


def plan_atts(pl: Plan) -> list[Att]:
    return pl.atts + (plan_atts(pl.inner) if pl.inner is not None and pl.forward == "rfc822" else [])


def generate(out_root: Path, *, pdf: bool = True, demo_dir: Path | None = None) -> dict[str, list[dict]]:
    """Write <out_root>/{dev,dev2}/NNN.eml + labels.json; returns the labels per split."""
    splits = {s: build_split(s) for s in ("dev", "dev2")}
    # Render every attachment, then convert all PDFs in one LibreOffice run.
    files: dict[str, bytes] = {}
    to_convert: dict[str, bytes] = {}
    for split, (plans, _) in splits.items():
        for n, pl in enumerate(plans, start=1):
            for j, att in enumerate(plan_atts(pl)):
                att.key = f"{split}_{n:03d}_{j}.{att.producer}"
                native = render(att.doc, att.layout, att.producer)
                if att.fmt == "pdf":
                    to_convert[att.key] = native
                else:
                    files[att.key] = native
    if pdf:
        with tempfile.TemporaryDirectory(prefix="corpus-lo-") as tmp:
            files.update(convert_pdfs(to_convert, Path(tmp)))
    else:
        # Labels-only run (determinism test): stand-in bytes, the labels do not depend on them.
        files.update({k: b"%PDF-1.7 placeholder\n" for k in to_convert})

    labels_by_split: dict[str, list[dict]] = {}
    for split, (plans, _) in splits.items():
        d = out_root / split
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
        labels = []
        for n, pl in enumerate(plans, start=1):
            name = f"{n:03d}.eml"
            raw = M.to_bytes(assemble(pl, files, split), f"{split}{n:03d}")
            (d / name).write_bytes(raw)
            labels.append(label_of(name, pl))
        (d / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        labels_by_split[split] = labels
    if demo_dir is not None:
        write_demo(out_root, demo_dir, labels_by_split["dev"])
    return labels_by_split


def label_of(name: str, pl: Plan) -> dict:
    docs = [a.doc.label(a.filename) for a in plan_atts(pl)] + [d.label("body") for d in pl.body_docs]
    return {
        "file": name,
        "deal": pl.deal,
        "kind": pl.kind,
        "stage": pl.stage,
        "language": pl.inner.lang if pl.inner is not None else pl.lang,
        "autoreply_expected": pl.autoreply,
        "case_missing_documents": pl.case_missing,
        "message_missing_documents": pl.message_missing,
        "references": pl.refs,
        "subject": pl.subject,
        "documents": docs,
    }


# The demo story: deal dev-B1 (enquiry, quote, order without contract, contract by PO number, shipping,
# claim), the partner's out-of-office reply to our quote, and a newsletter.
DEMO = [("01-enquiry", "dev-B1", "enquiry"), ("02-quote", "dev-B1", "quote"),
        ("03-order-without-contract", "dev-B1", "order"), ("04-signed-contract", "dev-B1", "contract"),
        ("05-shipping-notice", "dev-B1", "shipping"), ("06-claim", "dev-B1", "claim"),
        ("07-out-of-office", None, "auto:ooo"), ("08-newsletter", None, "auto:news")]


def write_demo(out_root: Path, demo_dir: Path, labels: list[dict]) -> None:
    demo_dir.mkdir(parents=True, exist_ok=True)
    for old in demo_dir.glob("*.eml"):
        old.unlink()
    for stem, deal, stage in DEMO:
        if stage == "auto:ooo":
            lab = next(lb for lb in labels if lb["stage"] == "auto" and lb["subject"].startswith("Automatische"))
        elif stage == "auto:news":
            lab = next(lb for lb in labels if lb["stage"] == "auto" and "digest" in lb["subject"])
        else:
            lab = next(lb for lb in labels if lb["deal"] == deal and lb["stage"] == stage)
        shutil.copyfile(out_root / "dev" / lab["file"], demo_dir / f"{stem}.eml")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE, help="output root (default: tests/corpus)")
    ap.add_argument("--no-pdf", action="store_true", help="skip LibreOffice; PDF attachments become placeholders")
    ap.add_argument("--no-demo", action="store_true", help="do not refresh mailbot/demo/sample_mail")
    args = ap.parse_args(argv)
    demo = None if args.no_demo or args.no_pdf else REPO / "mailbot" / "demo" / "sample_mail"
    labels = generate(args.out, pdf=not args.no_pdf, demo_dir=demo)
    for split, labs in labels.items():
        print(f"{split}: {len(labs)} messages, {sum(len(lb['documents']) for lb in labs)} documents")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
