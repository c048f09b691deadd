"""The fifteenth holdout's fictitious partners (Finland, Slovakia writing German, Switzerland writing French,
Guatemala, Zambia writing Chinese, Sri Lanka)."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Oliver Brandt <oliver.brandt@example.com>"


def ours(pay_lang: str, pay_num: str = "en", pay_date: str = "dot") -> dict[str, tuple[str, Style]]:
    """Our own paperwork (sales documents from the ERP, the supply contract on our Word template, the packing
    list from the warehouse sheet, the forwarder's FIATA bill of lading) and the partner's payment advice note
    printed by its accounts-payable run."""
    return {"quotation": ("L138", Style("en", "en", "slash_dmy")),
            "proforma_invoice": ("L138", Style("en", "en", "slash_dmy")),
            "commercial_invoice": ("L138", Style("en", "en", "slash_dmy")),
            "contract": ("L139", Style("en", "en", "mon")), "bill_of_lading": ("L141", Style("en", "en", "bl")),
            "shipping_notice": ("L140", Style("en", "en", "iso")),
            "payment_advice": ("L142", Style(pay_lang, pay_num, pay_date))}


PARTNERS = {
    "FI": Partner(
        "FI", Party("Saimaa Board Service Oy", "Satamatie 9, 53900 Lappeenranta, Finland"),
        "Jussi Laaksonen", "jussi.laaksonen@saimaa-boardservice.example", "en", "en", "outlook", "en", "RE: ",
        "EUR", "DAP Lappeenranta", "30 days net", None, None, "Europe/Helsinki", "pcs",
        (("DB", "Doctor blade, composite, {n} mm wide", "41.50", (60, 80, 100, 120)),
         ("VS", "Vacuum pump shaft seal kit, size {n}", "268.00", (2, 3, 4, 5)),
         ("SN", "Shower nozzle, fan jet, {n}°", "7.20", (15, 25, 40, 65)),
         ("FR", "Felt guide roll bearing housing, SNL {n}", "312.00", (516, 518, 520, 522)),
         ("RB", "Rotary joint carbon ring, Ø{n} mm", "93.00", (45, 60, 75, 90)),
         ("TB", "Tension belt for press felt, {n} m", "154.00", (6, 8, 10, 12))),
        (2, 4, 5, 6, 8, 10),
        "Best regards,\n\nJussi Laaksonen\nMaintenance Purchasing\nSaimaa Board Service Oy\nSatamatie 9, FI-53900 "
        "Lappeenranta\nTel. +358 5 412 2870 | Mobile +358 40 718 3325",
        {**ours("en", "en", "dot"), "purchase_order": ("L144", Style("en", "en", "dot"))},
        {"sku": "NWC-{code}{n:03d}", "vat_no": "FI28417760", "y_tunnus": "2841776-0", "vendor_acc": "V-000418",
         "signatory": "Tiina Vartiainen", "buyer_title": "Purchasing Manager", "city": "Lappeenranta",
         "bank": "Itä-Suomen Osuuspankki", "iban": "FI21 5418 0020 4417 60", "bic": "OKOYFIHH",
         "ship_to": "Saimaa Board Service Oy, Warehouse 2, Satamatie 9, 53900 Lappeenranta, Finland"}),
    "SK": Partner(
        "SK", Party("Považská strojárenská údržba s.r.o.", "Priemyselná 1460/7, 017 01 Považská Bystrica, "
                    "Slowakei"),
        "Peter Hudec", "hudec@pov-udrzba.example", "de", "de", "gmail", "de", "AW: ", "EUR",
        "FCA Southampton", "30 Tage netto ab Rechnungsdatum", None, None, "Europe/Bratislava", "ks",
        (("PD", "Pressendichtung Hydraulikzylinder Ø{n} mm", "124.00", (80, 100, 125, 160)),
         ("MF", "Matrizenfeder ISO 10243, {n} mm", "16.90", (32, 40, 50, 63)),
         ("HV", "Hydraulik-Wegeventil NG{n}", "386.00", (6, 10, 16, 25)),
         ("KL", "Kupplungsbelag Exzenterpresse, Ø{n} mm", "212.00", (400, 450, 500, 560)),
         ("SF", "Schmierstoff-Filterpatrone {n} µm", "28.40", (10, 25, 40, 60)),
         ("IG", "Induktionsgeber M{n}, PNP", "47.00", (8, 12, 18, 30))),
        (2, 4, 6, 8, 10, 12),
        "Mit freundlichen Grüßen / S pozdravom\n\nIng. Peter Hudec\nNákup / Einkauf\nPovažská strojárenská údržba "
        "s.r.o.\nPriemyselná 1460/7, SK-017 01 Považská Bystrica\nTel. +421 42 432 1187 | Mobil +421 905 318 442",
        {**ours("de", "de", "dot"), "purchase_order": ("L145", Style("de", "de", "dot")),
         "inspection_report": ("L143", Style("de", "de", "dot"))},
        {"sku": "{code}-{n}", "ico": "36 418 275", "dic": "2022187460", "ic_dph": "SK2022187460",
         "signatory": "Ing. Zuzana Bartošová", "buyer_title": "konateľka / Geschäftsführerin",
         "city": "Považská Bystrica", "bank": "Tatra banka, a.s.", "iban": "SK31 1100 0000 0029 4418 2275",
         "bic": "TATRSKBX", "inspector": "Ing. Ľubomír Kopecký",
         "ship_to": "Považská strojárenská údržba s.r.o., Sklad, Priemyselná 1460/7, Považská Bystrica"}),
    "CH": Partner(
        "CH", Party("Ateliers Mécaniques du Chablais SA", "Route de l'Île-au-Bois 22, 1870 Monthey, Suisse"),
        "Sébastien Rochat", "s.rochat@amc-chablais.example", "fr", "fr", "apple", "fr", "Re: ", "CHF",
        "DAP Monthey", "30 jours net", None, None, "Europe/Zurich", "pce",
        (("GM", "Garniture mécanique double, arbre {n} mm", "486.00", (35, 45, 55, 65)),
         ("JT", "Joint spiralé PTFE DN{n} PN40", "11.80", (25, 50, 80, 100)),
         ("VB", "Vanne à boisseau sphérique inox DN{n}", "238.00", (15, 25, 40, 50)),
         ("CP", "Capteur de pression 4-20 mA, 0-{n} bar", "196.00", (4, 10, 16, 25)),
         ("AC", "Accouplement élastique taille {n}", "88.50", (24, 28, 38, 42))),
        (2, 3, 4, 6, 8, 10),
        "Meilleures salutations\n\nSébastien Rochat\nResponsable achats maintenance\nAteliers Mécaniques du "
        "Chablais SA\nRoute de l'Île-au-Bois 22, CH-1870 Monthey\nTél. +41 24 471 28 60 | Mobile +41 79 418 22 07",
        {**ours("fr", "ch", "dot"), "purchase_order": ("L146", Style("fr", "ch", "dot"))},
        {"sku": "{code}{n}", "ide": "CHE-418.227.604 TVA", "signatory": "Laurence Vouilloz",
         "buyer_title": "Directrice technique", "city": "Monthey", "bank": "Banque Cantonale du Chablais",
         "iban": "CH56 0041 8000 2276 0400 1", "bic": "BCCHCH22",
         "ship_to": "Ateliers Mécaniques du Chablais SA, réception marchandises, Route de l'Île-au-Bois 22, "
                    "1870 Monthey"}),
    "GT": Partner(
        "GT", Party("Ingenio La Esperanza, S.A.", "Km 72 Carretera al Pacífico, Masagua, Escuintla, Guatemala"),
        "Walter Estrada Pineda", "westrada@ingenio-esperanza.example", "es", "es", "outlook", "es", "RE: ", "USD",
        "CIF Puerto Quetzal", "Crédito 45 días fecha de factura", None, None, "America/Guatemala", "UNIDAD",
        (("CH", "Cadena para conductor de caña, paso {n} mm", "412.00", (152, 203, 228)),
         ("CM", "Chumacera de pared para molino, eje {n} mm", "1180.00", (180, 220, 260)),
         ("CU", "Cuchilla para picadora de caña, {n} mm", "36.00", (305, 355, 406)),
         ("BC", "Bomba centrífuga para jugo, impulsor {n} mm", "2150.00", (250, 315, 400)),
         ("TV", "Tubo de acero para evaporador, Ø{n} mm", "19.60", (38, 45, 51)),
         ("RE", "Rodamiento de rodillos esféricos 22{n}", "274.00", (220, 228, 236))),
        (2, 4, 5, 6, 10, 12),
        "Saludos cordiales,\n\nIng. Walter Estrada Pineda\nJefe de Compras\nIngenio La Esperanza, S.A.\nKm 72 "
        "Carretera al Pacífico, Masagua, Escuintla\nPBX +502 7882 4100 ext. 218 | Cel. +502 5418 2276",
        {**ours("es", "en", "slash_dmy"), "purchase_order": ("L147", Style("es", "en", "slash_dmy"))},
        {"sku": "{code}-{n}", "nit": "418227-6", "signatory": "Lic. Ana Lucía Monterroso",
         "buyer_title": "Gerente Financiero", "city": "Escuintla", "bank": "Banco Agromercantil del Sur, S.A.",
         "iban": "Cta. monetaria USD 31-0418227-6", "bic": "BAMSGTGC", "owner": "MSK",
         "ship_to": "Ingenio La Esperanza, S.A., Bodega Central, Km 72 Carretera al Pacífico, Masagua"}),
    "ZM": Partner(
        "ZM", Party("Kitwe Zhongxing Mining Equipment Co. Ltd", "Plot 4182, Chambishi Road, Kitwe, Zambia"),
        "Wang Lei", "wanglei@zx-mining-zm.example", "zh", "en", "html", "zh", "回复：", "USD",
        "CFR Dar es Salaam", "T/T 30% deposit, balance against copy of B/L", None, None, "Africa/Lusaka", "PCS",
        (("SI", "Slurry pump impeller, high-chrome, {n} in.", "1460.00", (6, 8, 10)),
         ("LB", "Crusher liner bolt M{n} with nut", "9.40", (30, 36, 42)),
         ("CI", "Conveyor idler roller, {n} mm", "58.00", (108, 127, 152)),
         ("FR", "Flotation cell rotor, {n} m³ cell", "2380.00", (8, 16, 30)),
         ("HH", "Hydraulic hose assembly, 4SH DN{n}", "46.00", (19, 25, 32)),
         ("DC", "Drill rod coupling, T{n}", "72.00", (38, 45, 51))),
        (4, 6, 10, 20, 40),
        "顺祝商祺\n\n王磊 Wang Lei\n采购部 Purchasing Dept.\n基特韦中兴矿山设备有限公司\nKitwe Zhongxing Mining "
        "Equipment Co. Ltd\nPlot 4182, Chambishi Road, Kitwe | Tel. +260 212 418 227 | WeChat wanglei_kitwe",
        {**ours("en", "en", "iso")},
        {"sku": "ZX{code}-{n:03d}", "name_zh": "基特韦中兴矿山设备有限公司", "tpin": "1004182276",
         "signatory": "Chen Hua 陈华", "buyer_title": "General Manager 总经理", "city": "Kitwe",
         "bank": "Copperbelt Commercial Bank Plc", "iban": "USD A/C 0041822760118", "bic": "CCBPZMLU",
         "owner": "CMA"}),
    "LK": Partner(
        "LK", Party("Kelani Valley Latex Products (Pvt) Ltd", "No. 41, Export Processing Zone, Biyagama, "
                    "Sri Lanka"),
        "Dilani Perera", "dilani.p@kelanilatex.example", "en", "en", "gmail", "en", "Re: ", "USD",
        "CIF Colombo", "Irrevocable L/C at 60 days from B/L date", None, None, "Asia/Colombo", "Nos",
        (("FM", "Glove former holder, porcelain, size {n}", "6.80", (6, 7, 8, 9)),
         ("CC", "Conveyor chain link, pitch {n} mm", "14.50", (100, 125, 150, 160)),
         ("HE", "Oven heater element, {n} kW", "128.00", (3, 6, 9, 12)),
         ("BR", "Former cleaning brush, {n} mm", "22.40", (150, 200, 250, 300)),
         ("GB", "Gearbox for chain drive, ratio 1:{n}", "684.00", (10, 15, 20, 25)),
         ("TC", "Temperature controller, PID, {n}-zone", "216.00", (1, 2, 4, 8))),
        (2, 4, 5, 8, 10, 20),
        "Thanks & regards,\n\nDilani Perera\nAssistant Manager – Procurement\nKelani Valley Latex Products (Pvt) "
        "Ltd\nNo. 41, EPZ, Biyagama | Tel. +94 11 246 5180 | Mobile +94 77 418 2276",
        {**ours("en", "en", "slash_dmy"), "purchase_order": ("L144", Style("en", "en", "slash_dmy"))},
        {"sku": "{code}/{n}", "vat_no": "VAT 114182276-7000", "vendor_acc": "SUP-UK-0147",
         "signatory": "Ruwan Jayasekara", "buyer_title": "Director – Operations", "city": "Biyagama",
         "bank": "Lanka Commercial Bank PLC", "iban": "USD A/C 0418 2276 0015", "bic": "LCBPLKLX",
         "owner": "ONE", "lc_no": "LCB/ILC/30/0418",
         "ship_to": "Kelani Valley Latex Products (Pvt) Ltd, Stores, No. 41, EPZ, Biyagama"}),
}
