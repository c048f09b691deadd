"""The sixteenth holdout's fictitious partners (Estonia, Lithuania writing German, Rwanda writing French,
Costa Rica, Mongolia writing Chinese, Bangladesh paying by letter of credit)."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Priya Raman <priya.raman@example.com>"


def ours(pay_lang: str, pay_num: str = "en", pay_date: str = "dot") -> dict[str, tuple[str, Style]]:
    """Our own paperwork (sales documents printed from our SAP Business One, the contract of sale on our Word
    template, the packing list from the warehouse system, the carrier's sea waybill) and the customer's bank
    debit advice for the payment."""
    return {"quotation": ("L148", Style("en", "en", "dash_dmy")),
            "proforma_invoice": ("L148", Style("en", "en", "dash_dmy")),
            "commercial_invoice": ("L148", Style("en", "en", "dash_dmy")),
            "contract": ("L149", Style("en", "en", "mon")), "bill_of_lading": ("L151", Style("en", "en", "bl")),
            "shipping_notice": ("L150", Style("en", "en", "iso")),
            "payment_advice": ("L152", Style(pay_lang, pay_num, pay_date))}


PARTNERS = {
    "EE": Partner(
        "EE", Party("Pärnu Saeveski OÜ", "Tööstuse 14, 80010 Pärnu, Estonia"),
        "Margus Tamm", "margus.tamm@parnu-saeveski.example", "en", "en", "outlook", "en", "RE: ",
        "EUR", "DAP Pärnu", "21 days net", None, None, "Europe/Tallinn", "pcs",
        (("BS", "Band saw blade, stellite tipped, {n} mm", "186.00", (150, 180, 220, 260)),
         ("CK", "Chipper knife, {n} mm", "64.50", (400, 500, 610, 700)),
         ("FR", "Feed roller, spiked, Ø{n} mm", "422.00", (160, 200, 240)),
         ("LB", "Linear bearing block, size {n}", "38.90", (20, 25, 30, 35)),
         ("PC", "Pneumatic cylinder, bore {n} mm", "118.00", (40, 50, 63, 80)),
         ("SG", "Saw guide pad, HDPE, {n} mm", "9.60", (30, 40, 50))),
        (2, 4, 5, 6, 8, 10),
        "Best regards\n\nMargus Tamm\nHooldusjuht / Maintenance Manager\nPärnu Saeveski OÜ\nTööstuse 14, 80010 "
        "Pärnu, Estonia\nTel +372 444 7182 | Mob +372 5561 4820",
        {**ours("en", "en", "dot"), "purchase_order": ("L154", Style("en", "en", "dot"))},
        {"sku": "NWC-{code}-{n}", "reg": "Reg. code 12847730 · KMKR EE101847736", "vendor_acc": "HANK-0733",
         "signatory": "Kadri Lepik", "buyer_title": "Juhatuse liige / Member of the Board", "city": "Pärnu",
         "bank": "Läänemere Pank AS", "iban": "EE47 7700 7710 0184 7736", "bic": "LAPAEE2X",
         "ship_to": "Pärnu Saeveski OÜ, saeveski ladu / sawmill store, Tööstuse 14, 80010 Pärnu"}),
    "LT": Partner(
        "LT", Party("UAB Nemuno Hidraulika", "Pramonės g. 27, LT-51329 Kaunas, Litauen"),
        "Darius Kazlauskas", "d.kazlauskas@nemuno-hidraulika.example", "de", "de", "gmail", "de", "AW: ", "EUR",
        "DAP Kaunas", "14 Tage netto", None, None, "Europe/Vilnius", "vnt.",
        (("ZP", "Zahnradpumpe, Fördervolumen {n} cm³", "248.00", (8, 11, 16, 22)),
         ("DV", "Druckbegrenzungsventil, Einstellbereich bis {n} bar", "96.00", (160, 250, 315)),
         ("SR", "Schlauchleitung 2SN, DN{n}, 1 m", "21.40", (10, 12, 16, 20)),
         ("DS", "Dichtungssatz Hydraulikzylinder Ø{n} mm", "34.80", (40, 50, 63, 80)),
         ("RF", "Rücklauffilterelement {n} µm", "27.50", (10, 20, 25)),
         ("MA", "Manometer Glycerin, 0–{n} bar", "18.20", (100, 250, 400))),
        (2, 4, 5, 6, 10, 12),
        "Mit freundlichen Grüßen / Pagarbiai\n\nDarius Kazlauskas\nPirkimų vadovas / Einkaufsleiter\nUAB Nemuno "
        "Hidraulika\nPramonės g. 27, LT-51329 Kaunas\nTel. +370 37 418 552 | Mob. +370 612 40 873",
        {**ours("de", "de", "dot"), "purchase_order": ("L155", Style("de", "de", "dot"))},
        {"sku": "{code}{n}", "im_kodas": "304812775", "pvm": "LT100011827713", "signatory": "Rasa Petrauskienė",
         "buyer_title": "Direktorė / Geschäftsführerin", "city": "Kaunas", "bank": "AB Kauno Taupomasis Bankas",
         "iban": "LT61 7400 0418 2771 3300", "bic": "KTBALT2X",
         "ship_to": "UAB Nemuno Hidraulika, sandėlis / Lager, Pramonės g. 27, LT-51329 Kaunas"}),
    "RW": Partner(
        "RW", Party("Société Rwandaise de Thé des Collines SARL", "Zone industrielle de Masoro, B.P. 4182, "
                    "Kigali, Rwanda"),
        "Jean-Claude Habimana", "jc.habimana@srtc-collines.example", "fr", "fr", "apple", "fr", "Re: ", "USD",
        "CIP Kigali", "Virement 30 jours date de facture", None, None, "Africa/Kigali", "pce",
        (("RC", "Rouleau CTC (coupe-déchire-roule), Ø{n} mm", "1240.00", (203, 254)),
         ("TS", "Tamis vibrant, maille {n}", "86.00", (10, 14, 20, 24)),
         ("CB", "Courroie trapézoïdale SPB {n}", "17.90", (1800, 2240, 2800)),
         ("VT", "Ventilateur de séchoir, roue Ø{n} mm", "695.00", (450, 560, 630)),
         ("TH", "Thermocouple type K, canne {n} mm", "42.00", (150, 300, 500)),
         ("RL", "Roulement à billes 62{n}-2RS", "12.40", (5, 6, 8, 10))),
        (2, 3, 4, 6, 8, 10),
        "Cordialement,\n\nJean-Claude Habimana\nResponsable maintenance et achats\nSociété Rwandaise de Thé des "
        "Collines SARL\nZone industrielle de Masoro, Kigali\nTél. +250 788 418 227 | +250 252 580 114",
        {**ours("fr", "fr", "dot"), "inspection_report": ("L153", Style("fr", "fr", "dot"))},
        {"sku": "{code}-{n}", "tin": "NIF / TIN 104182276", "signatory": "Immaculée Uwase",
         "buyer_title": "Directrice générale", "city": "Kigali", "bank": "Banque des Mille Collines SA",
         "iban": "Compte USD 00041-0418227-61", "bic": "BMCORWRW", "inspector": "Eric Niyonzima", "owner": "MAE",
         "ship_to": "Société Rwandaise de Thé des Collines SARL, magasin central, Masoro, Kigali"}),
    "CR": Partner(
        "CR", Party("Empacadora Tropical del Caribe S.A.", "Zona Franca Saret, Bodega 12, El Coyol, Alajuela, "
                    "Costa Rica"),
        "Mariela Vargas Solís", "mvargas@empacadora-tropical.example", "es", "es", "outlook", "es", "RE: ",
        "USD", "CPT San José", "Crédito 30 días", None, None, "America/Costa_Rica", "UND",
        (("CT", "Cuchilla para troqueladora de cartón, {n} mm", "58.00", (300, 450, 600)),
         ("BD", "Banda modular para lavadora de fruta, ancho {n} mm", "312.00", (400, 610, 800)),
         ("BO", "Boquilla de aspersión de cera, {n}°", "6.40", (40, 65, 80)),
         ("MR", "Motorreductor para banda, {n} kW", "884.00", (1, 2, 4)),
         ("SE", "Sensor fotoeléctrico, alcance {n} m", "74.00", (2, 5, 10)),
         ("CO", "Cojinete de pared UCP{n}", "23.70", (205, 207, 210))),
        (2, 4, 5, 6, 10, 12),
        "Saludos cordiales,\n\nMariela Vargas Solís\nCoordinadora de Compras\nEmpacadora Tropical del Caribe S.A.\n"
        "Zona Franca Saret, El Coyol, Alajuela | Tel. +506 2438 4182 | Cel. +506 8841 2277",
        {**ours("es", "en", "slash_dmy"), "purchase_order": ("L156", Style("es", "en", "slash_dmy"))},
        {"sku": "{code}.{n}", "ced": "Cédula jurídica 3-101-418227", "signatory": "Lic. Rodrigo Chaves Mora",
         "buyer_title": "Gerente de Operaciones", "city": "Alajuela", "bank": "Banco del Valle Central S.A.",
         "iban": "CR21 0152 0200 1041 8227 61", "bic": "BVCECRSJ", "owner": "SML",
         "ship_to": "Empacadora Tropical del Caribe S.A., Bodega 12, Zona Franca Saret, El Coyol, Alajuela"}),
    "MN": Partner(
        "MN", Party("Erdenet Tianli Mining Services LLC", "Khan-Uul Street 18, Bayan-Undur, Erdenet, Orkhon, "
                    "Mongolia"),
        "Zhao Min", "zhaomin@tianli-mn.example", "zh", "en", "html", "zh", "回复：", "USD",
        "CPT Zamyn-Uud", "T/T 30% deposit, balance before shipment", None, None, "Asia/Ulaanbaatar", "PCS",
        (("GL", "Grinding mill liner bolt M{n}", "14.20", (36, 42, 48)),
         ("CS", "Cyclone spigot, ceramic lined, {n} mm", "436.00", (100, 125, 150)),
         ("PV", "Pinch valve sleeve DN{n}", "188.00", (100, 150, 200)),
         ("BW", "Belt scraper blade, {n} mm", "96.00", (900, 1200, 1400)),
         ("TR", "Thickener rake wear shoe, type {n}", "52.00", (1, 2, 3)),
         ("PM", "Pump mechanical seal cartridge, {n} mm", "1120.00", (60, 75, 90))),
        (4, 6, 10, 12, 20),
        "此致敬礼\n\n赵敏 Zhao Min\n采购主管 Purchasing Supervisor\n额尔登特天利矿业服务有限责任公司\nErdenet Tianli "
        "Mining Services LLC\nErdenet, Orkhon | Tel. +976 7035 4182 | WeChat zhaomin_erdenet",
        {**ours("en", "en", "iso")},
        {"sku": "TL-{code}{n}", "name_zh": "额尔登特天利矿业服务有限责任公司", "reg_no": "6418227",
         "signatory": "Liu Qiang 刘强", "buyer_title": "General Director 总经理", "city": "Erdenet",
         "bank": "Orkhon Trade Bank LLC", "iban": "USD A/C 4182 2760 0071", "bic": "ORTBMNUB", "owner": "CSN"}),
    "BD": Partner(
        "BD", Party("Meghna Knit Composite Ltd.", "Plot 41-43, Dhaka EPZ, Savar, Dhaka 1349, Bangladesh"),
        "Tanvir Ahmed Chowdhury", "tanvir.ahmed@meghnaknit.example", "en", "en", "gmail", "en", "Re: ", "USD",
        "CFR Chattogram", "Irrevocable L/C at 90 days sight", None, None, "Asia/Dhaka", "Pcs",
        (("NC", "Knitting needle cylinder, {n} inch", "1860.00", (26, 30, 34, 38)),
         ("SN", "Sinker set for circular knitting, gauge {n}", "214.00", (18, 20, 24, 28)),
         ("YF", "Yarn feeder, positive, type {n}", "46.00", (1, 2, 3, 4)),
         ("DR", "Dryer conveyor belt, width {n} mm", "712.00", (1800, 2200, 2600)),
         ("CE", "Compactor felt end seal, {n} mm", "31.50", (40, 50, 60, 80)),
         ("IV", "Inverter drive, {n} kW", "388.00", (2, 3, 5, 7))),
        (2, 4, 5, 6, 10, 20),
        "Best Regards,\n\nTanvir Ahmed Chowdhury\nSr. Executive – Commercial & Procurement\nMeghna Knit Composite "
        "Ltd.\nDhaka EPZ, Savar | Cell +880 1711 418227 | Tel. +880 2 7791 4182",
        {**ours("en", "en", "slash_dmy"), "purchase_order": ("L157", Style("en", "en", "slash_dmy"))},
        {"sku": "{code}/{n}", "bin": "BIN 000418227-0403", "irc": "IRC BA-0418227", "signatory": "Md. Shafiqul Islam",
         "buyer_title": "Director (Commercial)", "city": "Savar", "bank": "Padma Commercial Bank PLC",
         "iban": "USD A/C 0418 2277 0019", "bic": "PCBLBDDH", "owner": "MSC", "lc_no": "PCBL/DEPZ/LC/30/1182",
         "ship_to": "Meghna Knit Composite Ltd., Plot 41-43, Dhaka EPZ, Savar, Dhaka 1349"}),
}
