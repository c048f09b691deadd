"""The holdout's fictitious partners (K-P), their products, house styles and the deal scripts."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from tests.corpus.dev3_gen.layouts import House
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Ben Whitaker <ben.whitaker@example.com>"


@dataclass(frozen=True)
class Partner:
    key: str
    company: Party
    contact: str
    email: str
    lang: str
    style: str  # mail client: outlook | gmail | apple | html
    ui: str  # the client's UI language (quote headers, reply prefix)
    reply_prefix: str
    currency: str
    incoterms: str
    payment_terms: str
    tax_rate: Decimal | None
    tz: str
    unit: str
    products: tuple[tuple[str, str, str, tuple[int, ...]], ...]  # (code, description with {n}, base price, sizes)
    qtys: tuple[int, ...]
    sig: str
    layouts: dict[str, tuple[str, House]]  # doc_type -> (layout key, house style)
    ctx: dict = field(default_factory=dict)
    sku_style: str = "code"  # code | sap

    @property
    def addr(self) -> str:
        return f"{self.contact} <{self.email}>"

    @property
    def domain(self) -> str:
        return self.email.split("@")[1]


EN_PORTAL = House("en", "en", "mon")
EN_LOG = House("en", "en", "bl")

PARTNERS = {
    "K": Partner(
        "K", Party("Sahyadri Engineering Works Pvt. Ltd.", "Plot 42, MIDC Bhosari, Pune 411026, India"),
        "Priya Raghunathan", "priya.raghunathan@sahyadri-eng.example", "en", "outlook", "en", "RE: ", "USD",
        "CIF Nhava Sheva", "Net 45 days from B/L date", None, "Asia/Kolkata", "PC",
        (("cyl", "Pneumatic cylinder ISO 15552, bore {n} mm, stroke 160 mm", "48.50", (32, 40, 50, 63, 80, 100, 125)),
         ("seal", "Piston rod seal kit for cylinder bore {n} mm", "6.20", (32, 40, 50, 63, 80, 100, 125)),
         ("fit", "Push-in fitting straight G1/4 for tube {n} mm", "0.95", (4, 6, 8, 10, 12)),
         ("flow", "Flow control valve, banjo type, tube {n} mm", "4.10", (4, 6, 8, 10, 12)),
         ("foot", "Foot mounting bracket for bore {n} mm", "3.75", (32, 40, 50, 63, 80, 100, 125)),
         ("clev", "Rod clevis with pin, bore {n} mm", "5.60", (32, 40, 50, 63, 80, 100, 125))),
        (10, 20, 25, 40, 50, 60, 100, 150, 200),
        "Regards,\nPriya Raghunathan\nSenior Buyer – Strategic Sourcing\nSahyadri Engineering Works Pvt. Ltd.\n"
        "Plot 42, MIDC Bhosari, Pune 411026 | +91 20 2712 4400\n\nDISCLAIMER: This e-mail and any files "
        "transmitted with it are confidential and intended solely for the addressee. If you have received it in "
        "error, please notify the sender and delete it. Please consider the environment before printing.",
        {"purchase_order": ("L11", House("en", "en", "dot")), "quotation": ("L13", EN_PORTAL),
         "commercial_invoice": ("L13", EN_PORTAL), "contract": ("L20", House("en", "en", "mon")),
         "payment_advice": ("L19", House("en", "en", "dot")), "shipping_notice": ("L17", EN_PORTAL),
         "bill_of_lading": ("L17", EN_LOG), "inspection_report": ("L18", House("en", "en", "dot"))},
        {"vendor_no": "200871", "buyer_contact": "P. Raghunathan / +91 20 2712 4431",
         "deliver_to": "Sahyadri Engineering Works Pvt. Ltd. – Stores, Gate 3\nPlot 42, MIDC Bhosari\nPune 411026, "
                       "Maharashtra, India",
         "ship_to": "Sahyadri Engineering Works Pvt. Ltd., Gate 3, MIDC Bhosari, Pune 411026, India",
         "symbol": "US$", "bank": "State Bank of India – Corporate Banking, Pune",
         "payer_account": "A/c 38817720114", "inspector": "R. Kulkarni (QA)",
         "disclaimer": "This is a computer generated advice and does not require a signature. Credit to the "
                       "beneficiary is subject to the rules of the correspondent bank."},
        sku_style="sap"),
    "L": Partner(
        "L", Party("Elbtal Fördertechnik GmbH", "Pirnaer Landstraße 208, 01259 Dresden, Deutschland"),
        "Svenja Brandt", "s.brandt@elbtal-foerdertechnik.example", "de", "outlook", "de", "AW: ", "EUR",
        "DAP Dresden", "Zahlbar innerhalb 30 Tagen ohne Abzug", Decimal("19"), "Europe/Berlin", "Stück",
        (("TR", "Tragrolle Ø{n} mm, Stahl verzinkt, Achse 20 mm", "14.30", (89, 108, 133)),
         ("GA", "Gurtabstreifer PU, Bandbreite {n} mm", "86.00", (500, 650, 800)),
         ("KR", "Kettenrad Simplex 1/2\" Z={n}, gehärtet", "11.90", (15, 19, 21, 25)),
         ("LG", "Stehlagereinheit UCP 2{n:02d}", "9.45", (5, 6, 8, 10))),
        (20, 40, 50, 80, 100, 150),
        "Mit freundlichen Grüßen\n\nSvenja Brandt\nEinkauf / Disposition\n\nElbtal Fördertechnik GmbH\n"
        "Pirnaer Landstraße 208 · 01259 Dresden\nTel. +49 351 4410 227 · www.elbtal-foerdertechnik.example\n\n"
        "Sitz der Gesellschaft: Dresden · Amtsgericht Dresden HRB 31877 · Geschäftsführer: Dr. Henrik Vogt",
        {"purchase_order": ("L11", House("de", "de", "dot")), "quotation": ("L12", House("de", "de", "dot")),
         "commercial_invoice": ("L12", House("de", "de", "dot")), "contract": ("L20", House("en", "de", "dot")),
         "payment_advice": ("L19", House("de", "de", "dot")), "shipping_notice": ("L17", House("en", "en", "dot"))},
        {"vendor_no": "70044182", "buyer_contact": "Frau Brandt, -227",
         "deliver_to": "Elbtal Fördertechnik GmbH, Wareneingang Tor 2\nPirnaer Landstraße 208\n01259 Dresden",
         "attention": "z. Hd. Frau Svenja Brandt", "customer_no": "D-10442",
         "salutation": "Sehr geehrte Frau Brandt,", "bank": "Ostsächsische Sparkasse Dresden",
         "payer_account": "IBAN DE12 8505 0300 3120 0487 11",
         "disclaimer": "Dieses Avis wurde maschinell erstellt und ist ohne Unterschrift gültig."}),
    "M": Partner(
        "M", Party("青岛海岳机电设备有限公司", "山东省青岛市黄岛区长江中路218号"),
        "赵敏", "zhaomin@haiyue-qd.example", "zh", "gmail", "zh", "回复：", "USD",
        "CIF Qingdao", "30% T/T预付，70%见提单副本付清", None, "Asia/Shanghai", "套",
        (("BRG", "深沟球轴承 62{n:02d}-2RS", "3.60", (4, 5, 6, 8, 10)), ("SV", "气动电磁阀 4V{n}0-10 DC24V", "17.80", (11, 21, 31)),
         ("BV", "不锈钢球阀 DN{n} PN40", "26.50", (15, 20, 25, 32, 40, 50))),
        (100, 200, 300, 500, 800),
        "赵敏\n采购部\n青岛海岳机电设备有限公司\n电话：0532-8689 2210  手机：138 6398 0217\n地址：山东省青岛市黄岛区长江中路218号",
        {"purchase_order": ("L14", House("zh", "en", "zh_slash")),
         "quotation": ("L14", House("zh", "en", "iso")), "proforma_invoice": ("L14", House("zh", "en", "iso")),
         "commercial_invoice": ("L14", House("zh", "en", "iso")), "contract": ("L20", House("zh", "en", "iso")),
         "payment_advice": ("L19", House("zh", "en", "iso")), "bill_of_lading": ("L17", EN_LOG)},
        {"bank": "中国工商银行青岛分行 ICBC Qingdao Branch", "payer_account": "账号 A/C 3803 0211 0920 0156 771",
         "disclaimer": "本通知书仅供参考，以银行入账为准。This advice is for reference only."}),
    "N": Partner(
        "N", Party("Ateliers Moselle Techniques S.à r.l.", "12 rue de l'Industrie, L-4321 Esch-sur-Alzette, Luxembourg"),
        "Élodie Marchal", "elodie.marchal@moselle-techniques.test", "fr", "apple", "fr", "Re: ", "EUR",
        "DAP Esch-sur-Alzette", "Virement à 30 jours date de facture", Decimal("17"), "Europe/Luxembourg", "pce",
        (("RLT", "Roulement rigide à billes 62{n:02d}-2Z", "4.80", (4, 5, 6, 8, 10)),
         ("MOT", "Moteur asynchrone IE3 {n} kW 4 pôles B3", "240.00", (4, 7, 11, 15)),
         ("ACC", "Accouplement élastique taille {n}", "31.50", (19, 24, 28, 38))),
        (4, 6, 10, 12, 20, 50),
        "Bien cordialement,\n\nÉlodie Marchal\nResponsable achats\nAteliers Moselle Techniques S.à r.l.\n"
        "12 rue de l'Industrie – L-4321 Esch-sur-Alzette\nTél. +352 26 54 31 80",
        {"commercial_invoice": ("L15", House("fr", "fr", "slash_dmy")), "contract": ("L20", House("en", "en", "mon")),
         "shipping_notice": ("L17", House("en", "en", "slash_dmy")),
         "inspection_report": ("L18", House("fr", "fr", "slash_dmy"))},
        {"customer_no": "C-LU-0417", "ship_to": "Ateliers Moselle Techniques\nQuai de chargement B\n"
                                                "12 rue de l'Industrie\nL-4321 Esch-sur-Alzette",
         "inspector": "Thierry Wagner (qualité)"}),
    "O": Partner(
        "O", Party("Comercializadora Andina de Repuestos SpA", "Av. Américo Vespucio 1501, Quilicura, Santiago, Chile"),
        "Matías Soto Araya", "msoto@andina-repuestos.example", "es", "gmail", "es", "Re: ", "USD",
        "CFR San Antonio", "Pago a 60 días fecha de factura", None, "America/Santiago", "un",
        (("FH", "Filtro hidráulico de retorno {n} µm", "18.40", (10, 25)),
         ("MH", "Manguera hidráulica 2SN DN{n}, rollo 50 m", "135.00", (6, 8, 10, 12, 16, 20)),
         ("RC", "Rodamiento de rodillos cónicos 322{n:02d}", "22.70", (6, 7, 8, 10, 12)),
         ("SV", "Sello hidráulico de vástago {n} mm", "3.10", (20, 25, 30, 40))),
        (10, 12, 24, 30, 50, 100),
        "Saludos cordiales,\n\nMatías Soto Araya\nJefe de Compras e Importaciones\n"
        "Comercializadora Andina de Repuestos SpA\nAv. Américo Vespucio 1501, Quilicura – Santiago\n+56 2 2944 8100",
        {"purchase_order": ("L16", House("es", "de", "dash_dmy")), "quotation": ("L16", House("es", "de", "dash_dmy")),
         "commercial_invoice": ("L16", House("es", "de", "dash_dmy")),
         "contract": ("L20", House("es", "de", "dash_dmy")), "payment_advice": ("L19", House("es", "de", "dash_dmy")),
         "bill_of_lading": ("L17", EN_LOG), "inspection_report": ("L18", House("es", "de", "dash_dmy"))},
        {"issuer_id_buyer": "RUT 76.418.233-5", "issuer_id_seller": "VAT GB 284 1177 42",
         "attention": "Anna Keller", "ship_to": "Bodega Quilicura",
         "bank": "Banco de Crédito e Inversiones (BCI)", "payer_account": "Cta. Cte. USD 10-77812-4",
         "disclaimer": "Este comprobante no constituye recibo de pago del beneficiario.",
         "inspector": "Carolina Fuentes"}),
    "P": Partner(
        "P", Party("Coral Coast Marine Supplies Pty Ltd", "17 Boat Harbour Drive, Hervey Bay QLD 4655, Australia"),
        "Liam O'Connor", "liam.oconnor@coralcoast-marine.example", "en", "apple", "en", "Re: ", "AUD",
        "DAP Brisbane", "Net 30 days end of month", None, "Australia/Brisbane", "ea",
        (("SHK", "Stainless steel bow shackle {n} mm, grade 316", "9.80", (8, 10, 12, 16)),
         ("RPE", "Double braid marine rope {n} mm x 100 m", "145.00", (10, 12, 14, 16)),
         ("BPU", "Submersible bilge pump 12 V, {n}00 GPH", "64.00", (5, 8, 11, 15))),
        (12, 24, 36, 48),
        "Cheers,\nLiam O'Connor\nPurchasing | Coral Coast Marine Supplies Pty Ltd\n17 Boat Harbour Drive, Hervey Bay "
        "QLD 4655 | ph 07 4124 5530",
        {"purchase_order": ("L13", House("en", "en", "slash_dmy")), "contract": ("L20", House("en", "en", "mon")),
         "commercial_invoice": ("L13", EN_PORTAL)},
        {"symbol": "A$", "ship_to": "Coral Coast Marine Supplies – Brisbane DC, 40 Lytton Rd, Hemmant QLD 4174"}),
}


@dataclass
class Step:
    stage: str
    by: str  # partner | us | colleague
    key: str  # wording key
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
    discount: Decimal | None = None  # negotiated price reduction
    deposit: bool = False
    tracking: str = "container"  # container | dhl | ups


def S(stage: str, by: str, key: str | None = None, **kw: object) -> Step:
    return Step(stage, by, key or stage, **kw)  # type: ignore[arg-type]


DEALS = [
    Deal("hold-K1", "K", dt.date(2026, 1, 19), 24, "4700018236",
         {"q": "NWQ-26-0517", "ctr": "SC-2026-0093", "inv": "NWI-2604418", "claim": "QN-2026-0042",
          "ir": "IQC-26-0318", "pay": "SBINH26047712", "sn": "SA-4471902", "bl": "HLCUSOU2603187"}, [
        S("enquiry", "partner"),
        S("quote", "us", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", gap=4),
        S("negotiation", "us", "negotiation_us", gap=1),
        S("contract", "us", "contract_us", docs=(("contract", "docx"),), signed=False, gap=2),
        S("order", "partner", "order_po_contract", docs=(("purchase_order", "pdf"), ("contract", "pdf")),
          signed=True, gap=3),
        S("order", "us", "invoice_new", docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=1),
        S("payment", "partner", docs=(("payment_advice", "pdf"),), gap=6),
        S("production", "us", gap=14),
        S("shipping", "us", docs=(("shipping_notice", "pdf"), ("bill_of_lading", "pdf")), gap=12),
        S("receipt", "partner", gap=30),
        S("claim", "partner", docs=(("inspection_report", "pdf"),), gap=5),
    ], discount=Decimal("0.96")),
    Deal("hold-L1", "L", dt.date(2026, 2, 16), 8, "EL-26-0488",
         {"q": "NWQ-26-0529", "ctr": "SC-2026-0101", "inv": "NWI-2604502", "pay": "DEUT260412K8811",
          "sn": "SA-4472310"}, [
        S("enquiry", "partner"),
        S("quote", "us", docs=(("quotation", "pdf"),), gap=1),
        S("order", "partner", "order_full", docs=(("purchase_order", "pdf"), ("commercial_invoice", "pdf"),
                                                   ("contract", "pdf")), signed=True, gap=6),
        S("payment", "partner", docs=(("payment_advice", "pdf"),), gap=9),
        S("shipping", "us", docs=(("shipping_notice", "pdf"),), gap=11),
        S("receipt", "partner", gap=3),
    ], tracking="dhl"),
    Deal("hold-M1", "M", dt.date(2026, 3, 9), 6, "HYJD-20260611-03",
         {"q": "NWQ-26-0544", "pi": "PI-2026-0061", "ctr": "SC-2026-0107", "inv": "NWI-2604611",
          "pay": "ICBC2606230041", "bl": "COSU6417720390"}, [
        S("enquiry", "partner"),
        S("quote", "us", docs=(("quotation", "xlsx"), ("quotation", "pdf")), gap=2),
        S("negotiation", "partner", gap=3),
        S("contract", "us", "contract_us_pi", docs=(("contract", "pdf"), ("proforma_invoice", "pdf")),
          signed=False, gap=2),
        S("contract", "partner", "contract_partner", docs=(("contract", "pdf"),), signed=True, gap=2),
        S("order", "partner", "order_po_only", docs=(("purchase_order", "xlsx"),), gap=1),
        S("order", "us", "invoice_new", docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=2),
        S("payment", "partner", docs=(("payment_advice", "pdf"),), gap=4),
        S("production", "us", gap=20),
        S("shipping", "us", docs=(("bill_of_lading", "pdf"),), gap=15),
    ], discount=Decimal("0.97"), deposit=True),
    Deal("hold-N1", "N", dt.date(2026, 4, 13), 5, "AMT-26-118",
         {"ctr": "SC-2026-0112", "inv": "NWI-2604655", "claim": "RECL-2026-07", "ir": "CR-2026-031",
          "sn": "SA-4473388"}, [
        S("order", "partner", "order_body", body_order=True),
        S("order", "us", "invoice_reply", docs=(("commercial_invoice", "pdf"), ("commercial_invoice", "docx")),
          gap=1),
        S("contract", "partner", "contract_new", docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=3),
        S("shipping", "us", docs=(("shipping_notice", "pdf"),), gap=10),
        S("receipt", "partner", gap=4),
        S("claim", "partner", docs=(("inspection_report", "docx"),), gap=2),
    ], tracking="ups"),
    Deal("hold-O1", "O", dt.date(2026, 5, 4), 12, "CAR-OC-88213",
         {"q": "NWQ-26-0561", "ctr": "SC-2026-0118", "inv": "NWI-2604720", "pay": "BCI-TRF-00917733",
          "bl": "MAEU261844573", "claim": "RCL-0193", "ir": "INSP-0193"}, [
        S("enquiry", "partner"),
        S("quote", "us", docs=(("quotation", "xlsx"),), gap=2),
        S("negotiation", "partner", gap=2),
        S("order", "partner", "order_po_contract", docs=(("purchase_order", "pdf"), ("purchase_order", "xlsx"),
                                                          ("contract", "pdf")), signed=True, gap=5),
        S("order", "us", "invoice_reply", docs=(("commercial_invoice", "pdf"),), gap=1),
        S("payment", "partner", docs=(("payment_advice", "pdf"),), gap=8),
        S("shipping", "us", docs=(("bill_of_lading", "pdf"),), gap=16),
        S("claim", "partner", docs=(("inspection_report", "pdf"),), gap=38),
    ], discount=Decimal("0.95")),
    Deal("hold-P1", "P", dt.date(2026, 6, 15), 4, "CCM-PO-30917",
         {"ctr": "SC-2026-0124", "inv": "NWI-2604803"}, [
        S("order", "colleague", "forward", docs=(("purchase_order", "pdf"),), forward=True),
        S("contract", "partner", "contract_new", docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=2),
        S("order", "us", "invoice_new", docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=1),
    ]),
    Deal("hold-L2", "L", dt.date(2026, 7, 6), 3, "EL-26-0531",
         {"inv": "NWI-2604790", "ctr": "SC-2026-0129"}, [
        S("order", "partner", "order_repeat", docs=(("purchase_order", "docx"),), new_thread=True),
        S("order", "us", "invoice_new", docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=2),
    ]),
]
