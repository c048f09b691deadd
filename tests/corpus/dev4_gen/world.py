"""The third holdout's fictitious partners (Q-V), their products and paperwork, and the deal scripts."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Tom Okafor <tom.okafor@example.com>"


@dataclass(frozen=True)
class Partner:
    key: str
    company: Party
    contact: str
    email: str
    lang: str  # language the partner writes in
    us_lang: str  # language Anna answers in
    style: str  # mail client: outlook | gmail | apple | html
    ui: str  # the client's UI language (quote headers)
    reply_prefix: str
    currency: str
    incoterms: str
    payment_terms: str
    tax_rate: Decimal | None  # on our invoices
    po_tax: Decimal | None  # on their purchase orders
    tz: str
    unit: str
    products: tuple[tuple[str, str, str, tuple[int, ...]], ...]  # (code, description with {n}, price, sizes)
    qtys: tuple[int, ...]
    sig: str
    layouts: dict[str, tuple[str, Style]]  # doc_type -> (layout, print style)
    ctx: dict = field(default_factory=dict)

    @property
    def addr(self) -> str:
        return f"{self.contact} <{self.email}>"

    @property
    def domain(self) -> str:
        return self.email.split("@")[1]


EN_GB = Style("en", "en", "mon")
FOOTER = ("Northwind Components Ltd. · Company No. 04417321 · VAT GB 284 1177 42 · 12 Dockside Road, "
          "Southampton SO14 3AB")

PARTNERS = {
    "Q": Partner(
        "Q", Party("Officine Meccaniche Brianza S.r.l.", "Via Lecco 118, 20900 Monza (MB), Italy"),
        "Giulia Ferraro", "g.ferraro@omb-brianza.example", "en", "en", "outlook", "en", "RE: ", "EUR",
        "FCA Southampton", "60 days end of month, bank transfer", None, None, "Europe/Rome", "pcs",
        (("GM", "Planetary gearbox ratio {n}:1, flange 90 mm", "212.00", (3, 5, 7, 10)),
         ("SM", "Servo motor 400 V, {n}0 Nm, with brake", "389.00", (2, 4, 6)),
         ("LR", "Linear guide rail size 25, length {n}00 mm", "58.40", (6, 9, 12, 15)),
         ("LB", "Carriage block size 25 flanged, preload class {n}", "41.70", (1, 2, 3)),
         ("CP", "Bellows coupling bore {n} mm", "36.90", (14, 19, 24)),
         ("ED", "Incremental encoder {n}00 ppr, shaft 10 mm", "94.50", (5, 10, 20))),
        (2, 4, 5, 6, 8, 10, 12, 16, 20),
        "Best regards,\nGiulia Ferraro\nPurchasing Dept. – Ufficio Acquisti\nOfficine Meccaniche Brianza S.r.l.\n"
        "Via Lecco 118 – 20900 Monza (MB) – Italy\nTel. +39 039 284 7710\nP.IVA IT 07739120961\n\n"
        "Ai sensi del GDPR (Reg. UE 2016/679) questo messaggio è destinato esclusivamente al destinatario.",
        {"quotation": ("L21", EN_GB), "commercial_invoice": ("L21", EN_GB),
         "purchase_order": ("L23", Style("en", "de", "dot")), "contract": ("L28", EN_GB),
         "payment_advice": ("L27", Style("en", "en", "slash_dmy")), "bill_of_lading": ("L29", EN_GB),
         "inspection_report": ("L30", Style("en", "en", "slash_dmy"))},
        {"vendor_no": "F00482", "purchaser": "GFERRARO", "ship_to": "Officine Meccaniche Brianza, Magazzino 2, "
         "Via Lecco 118, 20900 Monza", "tax_id": "IT07739120961", "forwarder_country": "IT",
         "goods": "GEARBOXES, SERVO MOTORS, LINEAR GUIDES", "pod": "GENOA, ITALY",
         "inspector": "Luca Bernasconi"}),
    "R": Partner(
        "R", Party("Maquinados del Bajío S.A. de C.V.", "Av. 5 de Febrero 2120, Col. Jurica, 76120 Querétaro, Qro., México"),
        "Alejandro Villaseñor Ruiz", "avillasenor@maquinados-bajio.example", "es", "es", "gmail", "es", "RE: ",
        "USD", "CIF Manzanillo", "Crédito 45 días", None, Decimal("16"), "America/Mexico_City", "Pieza",
        (("PT", "Porta-herramienta ISO {n} x {n} mm", "27.30", (16, 20, 25)),
         ("IN", "Inserto de carburo CNMG 12040{n}", "4.15", (4, 8)),
         ("BR", "Broca de carburo Ø{n} mm, refrigeración interna", "63.00", (6, 8, 10, 12)),
         ("CJ", "Collet ER32 Ø{n} mm", "11.80", (8, 10, 12, 16, 20))),
        (10, 20, 25, 50, 100, 200),
        "Saludos,\n\nIng. Alejandro Villaseñor Ruiz\nCompras Internacionales\nMaquinados del Bajío S.A. de C.V.\n"
        "Tel. +52 442 215 3390 ext. 114",
        {"quotation": ("L22", Style("es", "en", "slash_dmy")), "purchase_order": ("L26", Style("es", "en", "slash_dmy")),
         "commercial_invoice": ("L21", EN_GB), "contract": ("L28", EN_GB),
         "payment_advice": ("L27", Style("es", "en", "slash_dmy")),
         "shipping_notice": ("L29", EN_GB)},
        {"rfc": "MBA040312KX7", "ship_to": "Almacén general, Av. 5 de Febrero 2120, Querétaro",
         "buyer_person": "Ing. Alejandro Villaseñor Ruiz", "sym": "$", "pod": "MANZANILLO, MEXICO",
         "goods": "CUTTING TOOLS AND TOOL HOLDERS"}),
    "S": Partner(
        "S", Party("Hsin Yuan Precision Co., Ltd.", "No. 27, Gongye 18th Rd., Xitun Dist., Taichung 407, Taiwan"),
        "Chen Mei-Ling", "meiling.chen@hsinyuan-prec.example", "zh", "en", "outlook", "zh", "回覆: ", "USD",
        "CIF Keelung", "T/T 30% deposit, balance 60 days after B/L date", None, None, "Asia/Taipei", "PCS",
        (("HY", "Hydraulic gear pump {n} cc/rev", "118.00", (8, 11, 16, 22)),
         ("PV", "Proportional valve NG{n}, 24 VDC", "265.00", (6, 10)),
         ("AC", "Bladder accumulator {n} L, 250 bar", "172.00", (4, 10, 20))),
        (5, 10, 15, 20, 30),
        "陳美玲 Chen Mei-Ling\n採購課 Purchasing Section\n鑫源精密股份有限公司 Hsin Yuan Precision Co., Ltd.\n"
        "TEL: +886-4-2359-6617 ext. 231  FAX: +886-4-2359-6620",
        {"quotation": ("L22", Style("en", "en", "slash_dmy")), "proforma_invoice": ("L22", Style("en", "en", "slash_dmy")),
         "contract": ("L28", EN_GB), "purchase_order": ("L25", Style("zh", "en", "zh_slash")),
         "commercial_invoice": ("L21", EN_GB), "payment_advice": ("L27", Style("en", "en", "zh_slash")),
         "bill_of_lading": ("L29", EN_GB)},
        {"name_zh": "鑫源精密股份有限公司", "tel": "+886-4-2359-6617", "buyer_person": "陳美玲 Chen Mei-Ling",
         "notes": ["1. 請於出貨前提供 Packing List 及 Invoice。 Please send packing list and invoice before shipment.",
                   "2. 嘜頭請標示本採購單號。 Shipping marks must show this P/O number."],
         "sym": "US$", "pod": "KEELUNG, TAIWAN", "goods": "HYDRAULIC PUMPS, VALVES, ACCUMULATORS"}),
    "T": Partner(
        "T", Party("Rheintal Antriebstechnik AG", "Industriestrasse 41, 8404 Winterthur, Schweiz"),
        "Reto Baumgartner", "reto.baumgartner@rheintal-antriebe.example", "de", "de", "apple", "de", "AW: ", "CHF",
        "DAP Winterthur", "30 Tage netto", None, None, "Europe/Zurich", "Stk",
        (("KT", "Kegelradgetriebe Baugrösse {n}", "344.00", (1, 2, 3)),
         ("ZR", "Zahnriemenscheibe HTD 8M, {n} Zähne", "27.60", (24, 32, 40)),
         ("WE", "Welle Ø{n} mm, h6, Länge 500 mm", "48.90", (20, 25, 30))),
        (2, 4, 6, 10, 15),
        "Freundliche Grüsse\n\nReto Baumgartner\nLeiter Beschaffung\nRheintal Antriebstechnik AG\n"
        "Industriestrasse 41, CH-8404 Winterthur\nT +41 52 235 18 60",
        {"commercial_invoice": ("L24", Style("de", "ch", "dot")), "contract": ("L28", Style("de", "ch", "dot")),
         "shipping_notice": ("L29", Style("en", "en", "dot"))},
        {"customer_no": "K-CH-2291", "pod": "ROTTERDAM (ON CARRIAGE BY RAIL TO WINTERTHUR)",
         "goods": "BEVEL GEARBOXES, PULLEYS, SHAFTS", "qr_ref": "21 00000 00003 13947 14300 09017",
         "attention_block": "Rheintal Antriebstechnik AG\nz. Hd. Herrn Reto Baumgartner\nIndustriestrasse 41\n"
                            "8404 Winterthur\nSchweiz"}),
    "U": Partner(
        "U", Party("Usinage Laurentides inc.", "2450, boul. Industriel, Saint-Jérôme (Québec) J7Y 4J5, Canada"),
        "Marc-André Gagnon", "ma.gagnon@usinage-laurentides.test", "fr", "fr", "gmail", "fr", "Re: ", "CAD",
        "CPT Montréal", "Net 30 jours", None, None, "America/Toronto", "UN",
        (("RV", "Roulement à rouleaux sphériques 222{n}", "96.40", (10, 12, 15)),
         ("PA", "Palier à semelle SNL 5{n}", "71.20", (10, 12, 15)),
         ("JT", "Joint à lèvres {n} x 80 x 10", "5.30", (55, 60, 65))),
        (4, 6, 8, 12, 24),
        "Merci et bonne journée,\n\nMarc-André Gagnon\nAcheteur principal\nUsinage Laurentides inc.\n"
        "2450, boul. Industriel, Saint-Jérôme (Québec)  J7Y 4J5\n450 555-0187, poste 22",
        {"quotation": ("L22", Style("fr", "fr", "iso")), "purchase_order": ("L23", Style("fr", "fr", "iso")),
         "contract": ("L28", EN_GB), "commercial_invoice": ("L21", EN_GB)},
        {"vendor_no": "FRN-0311", "purchaser": "MAGAGNON", "ship_to": "Usinage Laurentides inc., quai 3, "
         "2450, boul. Industriel, Saint-Jérôme", "tax_id": "TPS 81234 5678 RT0001", "sym": "$ CA"}),
    "V": Partner(
        "V", Party("Wisła Automatyka Sp. z o.o.", "ul. Przemysłowa 14, 30-701 Kraków, Poland"),
        "Tomasz Zieliński", "t.zielinski@wisla-automatyka.example", "en", "en", "html", "en", "RE: ", "EUR",
        "DAP Kraków", "Payment 45 days from invoice date", None, None, "Europe/Warsaw", "pcs",
        (("PLC", "PLC digital input module {n} channels 24 VDC", "84.00", (8, 16, 32)),
         ("HMI", "HMI touch panel {n}\" colour", "410.00", (7, 10, 12)),
         ("RL", "Interface relay {n} A, 24 VDC coil", "7.20", (6, 10, 16)),
         ("PS", "DIN-rail power supply 24 V {n} A", "52.00", (5, 10, 20))),
        (5, 10, 20, 25, 40),
        "Kind regards\nTomasz Zieliński\nProcurement Specialist\nWisła Automatyka Sp. z o.o. | ul. Przemysłowa 14, "
        "30-701 Kraków\nNIP 6762458811 | +48 12 653 04 90",
        {"purchase_order": ("L23", Style("en", "en", "dot")), "contract": ("L28", EN_GB),
         "commercial_invoice": ("L21", EN_GB)},
        {"vendor_no": "D-21077", "purchaser": "TZIELINSKI", "ship_to": "Wisła Automatyka, ul. Przemysłowa 14, "
         "30-701 Kraków, brama 2", "tax_id": "PL6762458811"}),
}


@dataclass
class Step:
    stage: str
    by: str  # partner | us | colleague
    text: tuple[str | None, str]  # (subject when the step opens a thread, body template)
    docs: tuple[tuple[str, str], ...] = ()  # (doc_type, attached format pdf|docx|xlsx)
    new_thread: bool = False
    body_order: bool = False
    forward: bool = False
    signed: bool | None = None
    gap: int = 3


@dataclass
class Deal:
    id: str
    partner: str
    start: dt.date
    nlines: int
    po: str
    nums: dict[str, str]
    steps: list[Step]
    discount: Decimal | None = None
    deposit: bool = False
    tracking: str = "container"  # container | ups
