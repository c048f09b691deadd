"""The seventh holdout's fictitious partners (Hungary, Portugal, Japan, South Africa, Tunisia, Singapore)."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"

EN = Style("en", "en", "mon")
OURS = {"quotation": ("L62", EN), "commercial_invoice": ("L58", Style("en", "en", "usmon")),
        "proforma_invoice": ("L58", Style("en", "en", "usmon")), "contract": ("L64", Style("en", "en", "mon")),
        "shipping_notice": ("L65", Style("en", "en", "bl"))}

PARTNERS = {
    "HU": Partner(
        "HU", Party("Rábavölgyi Szerelőgép Kft.", "Ipari Park, Kandó Kálmán utca 14, 9027 Győr, Ungarn"),
        "Zsófia Horváth", "horvath.zsofia@rabavolgyi-gep.example", "de", "de", "outlook", "de", "AW: ", "EUR",
        "DAP Győr", "Zahlung 45 Tage nach Rechnungseingang", None, None, "Europe/Budapest", "ST",
        (("4102", "Pneumatikzylinder ISO 15552, Kolben Ø{n} mm, Hub 100 mm", "86.40", (32, 40, 50)),
         ("4217", "Magnetventil 5/2-Wege G1/4, Spule {n} V DC", "54.20", (12, 24, 48)),
         ("4330", "Führungswagen Profilschiene Baugröße {n}", "47.80", (15, 20, 25)),
         ("4451", "Induktiver Näherungsschalter M{n}, PNP Schließer", "18.90", (8, 12, 18)),
         ("4568", "Drehmomentabstützung für Schrauber bis {n} Nm", "212.00", (25, 50, 80))),
        (4, 6, 8, 10, 16, 24),
        "Freundliche Grüße aus Győr\n\nZsófia Horváth\nEinkauf Produktionsmaterial / Beszerzés\n"
        "Rábavölgyi Szerelőgép Kft.\nKandó Kálmán u. 14, H-9027 Győr\nTel. +36 96 512 338",
        {**OURS, "purchase_order": ("L59", Style("de", "de", "dot"))},
        {"sku": "{code}{n:04d}", "vendor_no": "700381", "purch_group": "P14 / Horváth",
         "ship_to": "Rábavölgyi Szerelőgép Kft., Warenannahme Halle 3, Kandó Kálmán utca 14, 9027 Győr",
         "vat": "HU24815507", "signatory": "Dr. Gábor Kiss", "buyer_title": "Geschäftsführer / ügyvezető",
         "city": "Győr", "tracking": "road"}),
    "PT": Partner(
        "PT", Party("Malhas do Cávado, S.A.", "Rua da Fábrica de Fiação 210, 4750-350 Barcelos, Portugal"),
        "Inês Carvalho", "ines.carvalho@malhascavado.example", "es", "es", "gmail", "es", "RE: ", "EUR",
        "DAP Barcelos", "Transferencia bancaria a 60 días fecha factura", None, None, "Europe/Lisbon", "Ud.",
        (("AG", "Aguja de lengüeta para tricotosa circular, galga {n}", "0.84", (18, 24, 28)),
         ("CD", "Correa dentada T5, ancho {n} mm", "12.60", (10, 16, 25)),
         ("RH", "Rodamiento de husillo {n}-2Z", "9.80", (6200, 6201, 6202)),
         ("SH", "Sensor de rotura de hilo, modelo {n}", "64.00", (110, 220, 330)),
         ("VL", "Ventilador de limpieza de fibra Ø{n} mm", "138.00", (120, 160, 200))),
        (5, 10, 20, 25, 40),
        "Un saludo,\n\nInês Carvalho\nDepartamento de Compras\nMalhas do Cávado, S.A.\n"
        "Rua da Fábrica de Fiação 210 · 4750-350 Barcelos · Portugal\nTel. +351 253 808 412",
        {**OURS, "purchase_order": ("L61", Style("es", "de", "dash_dmy")),
         "payment_advice": ("L66", Style("es", "de", "slash_dmy"))},
        {"sku": "{code}/{n:04d}", "nif": "PT 503 918 227", "cae": "13910", "supplier_no": "F-2087",
         "ship_to": "Armazém de peças, Rua da Fábrica de Fiação 210, Barcelos", "signatory": "Rui Pedro Azevedo",
         "buyer_title": "Administrador", "city": "Barcelos", "bank": "Banco Minhoto de Investimento",
         "account": "PT50 •••• •••• •••• 7719 5", "tracking": "road"}),
    "JP": Partner(
        "JP", Party("Kansai Seimitsu Kikai Co., Ltd.", "2-8-15 Higashi-Ishikiri, Higashiosaka, Osaka 579-8012, "
                    "Japan"),
        "Kenji Watanabe", "k.watanabe@kansai-seimitsu.example", "en", "en", "outlook", "en", "RE: ", "USD",
        "CIF Osaka", "T/T 30% advance, balance against copy of B/L", None, None, "Asia/Tokyo", "PC",
        (("KB", "Collet chuck holder BT{n}", "118.00", (30, 40, 50)),
         ("HC", "Hydraulic clamp cylinder, bore {n} mm", "96.50", (16, 20, 25)),
         ("WP", "Way wiper for slideway, width {n} mm", "14.20", (35, 45, 55)),
         ("CP", "Coolant pump, immersion depth {n} mm", "236.00", (150, 200, 250)),
         ("RE", "Rotary encoder, {n} pulses per revolution", "82.00", (360, 600, 1000))),
        (2, 3, 4, 5, 6, 10),
        "Best regards,\n\nKenji Watanabe (渡辺 健二)\nAssistant Manager, Overseas Procurement\n"
        "Kansai Seimitsu Kikai Co., Ltd.\nTEL +81-6-6745-2210 / FAX +81-6-6745-2219",
        {**OURS, "purchase_order": ("L60", Style("en", "en", "usmon")),
         "payment_advice": ("L66", Style("en", "en", "mon"))},
        {"sku": "{code}-{n}", "signatory": "Hiroshi Tanaka", "buyer_title": "Director, Purchasing Division",
         "city": "Higashiosaka", "bank": "Naniwa Commercial Bank, Ltd.", "account": "****-***-4408",
         "tracking": "container", "owner": "ONE"}),
    "ZA": Partner(
        "ZA", Party("Highveld Mining Spares (Pty) Ltd", "14 Steel Road, Spartan, Kempton Park 1619, South Africa"),
        "Thabo Mokoena", "thabo.m@highveld-spares.example", "en", "en", "gmail", "en", "Re: ", "USD",
        "CFR Durban", "Net 30 days from statement", None, None, "Africa/Johannesburg", "EA",
        (("CRR", "Conveyor return roller Ø{n} mm, HDPE shell", "41.50", (102, 127, 152)),
         ("PBH", "Plummer block housing SNL {n}", "88.00", (511, 513, 516)),
         ("SCP", "Polyurethane screen panel, {n} mm aperture", "156.00", (6, 10, 16)),
         ("WSU", "UHMWPE wear strip, {n} mm thick", "23.40", (10, 15, 20)),
         ("HSA", "Hydraulic hose assembly 2SN, DN{n}", "31.80", (12, 16, 20))),
        (6, 10, 12, 20, 24, 40),
        "Cheers,\nThabo\n\nThabo Mokoena | Senior Buyer\nHighveld Mining Spares (Pty) Ltd\n14 Steel Road, Spartan, "
        "Kempton Park\nT +27 11 975 4410 | C +27 82 771 0934",
        {**OURS, "payment_advice": ("L66", Style("en", "en", "iso")),
         "inspection_report": ("L67", Style("en", "en", "slash_dmy"))},
        {"sku": "{code}-{n}", "signatory": "Pieter van Wyk", "buyer_title": "Financial Director",
         "city": "Kempton Park", "bank": "Jacaranda Bank Limited", "account": "62•••••4417",
         "tracking": "container", "owner": "MSK"}),
    "TN": Partner(
        "TN", Party("Conserverie du Cap Bon SA", "Zone industrielle El Mrezga, 8050 Hammamet, Tunisie"),
        "Leïla Ben Salah", "l.bensalah@conserverie-capbon.example", "fr", "fr", "apple", "fr", "Re: ", "EUR",
        "CFR Radès", "Virement à 60 jours fin de mois", None, None, "Africa/Tunis", "U",
        (("MV", "Membrane de vanne aseptique DN{n}, EPDM", "31.50", (40, 50, 65)),
         ("RP", "Roue de pompe centrifuge inox Ø{n} mm", "188.00", (160, 200, 250)),
         ("CR", "Chaîne à rouleaux inox {n}B-1, longueur 5 m", "96.00", (8, 10, 12)),
         ("ST", "Sonde de température PT100, gaine {n} mm", "27.40", (50, 100, 150))),
        (2, 4, 5, 8, 10, 12),
        "Bien à vous,\n\nLeïla Ben Salah\nService Achats – Maintenance\nConserverie du Cap Bon SA\n"
        "Z.I. El Mrezga – 8050 Hammamet – Tunisie\nTél. +216 72 283 415",
        {**OURS, "purchase_order": ("L63", Style("fr", "fr", "slash_dmy"))},
        {"sku": "{code}{n:03d}", "mf": "1287554/Z/A/M/000", "rc": "B0114432016", "signatory": "Mourad Jebali",
         "buyer_title": "Directeur général", "city": "Hammamet", "tracking": "container", "owner": "CMA"}),
    "SG": Partner(
        "SG", Party("Lion Gate Packaging Automation Pte. Ltd.", "51 Ubi Avenue 3, #05-12 Ubi Techpark, "
                    "Singapore 408858"),
        "Ng Hui Min", "huimin.ng@liongate-pack.example", "zh", "en", "gmail", "zh", "Re: ", "SGD",
        "FOB Southampton", "T/T 30% deposit, balance before shipment", None, None, "Asia/Singapore", "pc",
        (("VC", "Silicone vacuum cup Ø{n} mm, bellows type", "6.80", (20, 30, 40)),
         ("GR", "Electric parallel gripper, stroke {n} mm", "412.00", (10, 16, 20)),
         ("TP", "Timing pulley AT5, {n} teeth", "15.90", (20, 30, 40)),
         ("PE", "Photoelectric sensor, diffuse, range {n} mm", "58.00", (300, 500, 800))),
        (4, 8, 12, 20, 30),
        "谢谢！\n\nNg Hui Min 黄慧敏\nPurchasing Executive\nLion Gate Packaging Automation Pte. Ltd.\n"
        "51 Ubi Ave 3, #05-12, Singapore 408858 | +65 6748 3310",
        {**OURS, "payment_advice": ("L66", Style("en", "en", "bl"))},
        {"sku": "{code}{n}-LG", "signatory": "Ng Hui Min", "buyer_title": "Purchasing Executive",
         "city": "Singapore", "bank": "Temasek Merchant Bank Ltd", "account": "xxx-xxxxx2-118",
         "tracking": "container", "owner": "EMC"}),
}
