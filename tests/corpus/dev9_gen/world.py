"""The eighth holdout's fictitious partners (Slovenia, Argentina, Senegal, Hong Kong, Egypt, Thailand)."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Priya Nair <priya.nair@example.com>"

EN = Style("en", "en", "mon")
OURS = {"quotation": ("L68", EN), "commercial_invoice": ("L68", EN), "proforma_invoice": ("L68", EN),
        "contract": ("L72", Style("en", "en", "mon")), "shipping_notice": ("L76", Style("en", "en", "bl")),
        "bill_of_lading": ("L75", Style("en", "en", "iso"))}

PARTNERS = {
    "SI": Partner(
        "SI", Party("Savinjska Orodjarna d.o.o.", "Levec 31, 3301 Petrovče, Slowenien"),
        "Matej Kovačič", "matej.kovacic@savinjska-orodjarna.example", "de", "de", "outlook", "de", "AW: ", "EUR",
        "DAP Petrovče", "30 Tage netto ab Rechnungsdatum", None, None, "Europe/Ljubljana", "Stk",
        (("SN", "Säulenführung Ø{n} mm, gehärtet und geschliffen", "38.60", (16, 20, 25, 32, 40)),
         ("FB", "Führungsbuchse mit Bund Ø{n} mm, Bronze mit Graphitdepots", "21.40", (16, 20, 25, 32, 40)),
         ("AS", "Auswerferstift DIN 1530 Ø{n} mm, nitriert", "3.90", (3, 4, 5, 6, 8)),
         ("DF", "Gasdruckfeder {n} daN, Hub 25 mm", "74.50", (150, 250, 500, 750, 1000)),
         ("KS", "Kühlwasser-Schnellkupplung NW{n}, Messing", "12.80", (5, 6, 9, 13, 16)),
         ("HD", "Heißkanaldüse Einsatzlänge {n} mm", "186.00", (60, 80, 100, 125, 150)),
         ("ZS", "Zentrierstück rund Ø{n} mm", "27.30", (12, 16, 20, 25, 30))),
        (4, 6, 8, 10, 12, 20),
        "Mit freundlichen Grüßen / Lep pozdrav\n\nMatej Kovačič\nNabava / Einkauf\nSavinjska Orodjarna d.o.o.\n"
        "Levec 31, SI-3301 Petrovče\nTel. +386 3 713 42 18",
        {**OURS, "purchase_order": ("L69", Style("de", "ch", "dot"))},
        {"sku": "{code}-{n:03d}", "davcna": "SI 48173925", "maticna": "6283104000", "supplier_no": "D-10447",
         "ship_to": "Savinjska Orodjarna d.o.o., Prevzem blaga / Warenannahme, Levec 31, 3301 Petrovče",
         "signatory": "Bojan Zupanc", "buyer_title": "Direktor", "city": "Petrovče", "owner": "HLX"}),
    "AR": Partner(
        "AR", Party("Frigorífico Pampa Austral S.A.", "Ruta Provincial 6 km 112, B2930 San Pedro, Buenos Aires, "
                    "Argentina"),
        "Martina Goñi", "mgoni@pampa-austral.example", "es", "es", "gmail", "es", "RE: ", "USD",
        "CIF Buenos Aires", "Pago anticipado 30 %, saldo contra documentos de embarque", None, None,
        "America/Argentina/Buenos_Aires", "Unid.",
        (("CS", "Cuchilla de sierra de cinta para hueso, {n} mm", "4.60", (1650, 2130, 2690)),
         ("RT", "Rodillo transportador inox Ø{n} mm", "57.20", (50, 60, 76)),
         ("EV", "Electroválvula para amoníaco DN{n}", "318.00", (15, 20, 25)),
         ("JN", "Junta de puerta de cámara frigorífica, perfil {n}", "42.80", (12, 18, 24)),
         ("MR", "Motorreductor {n} kW para noria", "964.00", (1, 2, 3))),
        (2, 4, 6, 8, 10, 15),
        "Saludos cordiales,\n\nMartina Goñi\nJefa de Compras e Importaciones\nFrigorífico Pampa Austral S.A.\n"
        "Ruta Provincial 6 km 112 · San Pedro · Buenos Aires\nTel. +54 3329 42-7715",
        {**OURS, "purchase_order": ("L70", Style("es", "de", "slash_dmy")),
         "payment_advice": ("L77", Style("es", "de", "slash_dmy"))},
        {"sku": "{code}{n}", "cuit": "30-71258846-3", "iva": "IVA Responsable Inscripto", "iibb": "901-518842-7",
         "ship_to": "Depósito de repuestos, Ruta Provincial 6 km 112, San Pedro", "signatory": "Ignacio Ferreyra",
         "buyer_title": "Presidente", "city": "San Pedro", "bank": "Banco del Litoral Bonaerense S.A.",
         "account": "CBU 0290•••••••••••••8841", "owner": "MSD"}),
    "SN": Partner(
        "SN", Party("Société Sénégalaise d'Huilerie et de Conditionnement", "Km 4,5 boulevard du Centenaire de la "
                    "Commune, BP 3012 Dakar, Sénégal"),
        "Awa Ndiaye", "a.ndiaye@sshc-dakar.example", "fr", "fr", "apple", "fr", "Re: ", "EUR",
        "CFR Dakar", "Virement à 45 jours date de facture", None, None, "Africa/Dakar", "pce",
        (("GD", "Garniture mécanique pour pompe à huile, arbre Ø{n} mm", "84.00", (28, 35, 45)),
         ("FT", "Cartouche filtrante plissée {n} µm", "16.40", (5, 10, 25)),
         ("BT", "Bouchon à vis PP {n} mm pour bidon", "0.42", (28, 38, 48)),
         ("CV", "Courroie trapézoïdale SPZ {n}", "11.70", (1250, 1400, 1600))),
        (2, 4, 6, 10, 12),
        "Cordialement,\n\nAwa Ndiaye\nResponsable approvisionnements\nSSHC – Dakar\nKm 4,5 bd du Centenaire de la "
        "Commune, BP 3012 Dakar\nTél. +221 33 832 41 06",
        {**OURS, "purchase_order": ("L71", Style("fr", "fr", "fr_long")),
         "payment_advice": ("L77", Style("fr", "fr", "slash_dmy"))},
        {"sku": "{code}{n:04d}", "ninea": "005318847 2G3", "rccm": "SN-DKR-2009-B-11842", "vendor_no": "FE-0093",
         "signatory": "Ousmane Diop", "buyer_title": "Directeur général", "city": "Dakar",
         "bank": "Banque Atlantique de l'Ouest", "account": "SN012 01001 ••••••••4471 88", "owner": "CMA"}),
    "HK": Partner(
        "HK", Party("Victoria Harbour Instruments Ltd.", "Unit 1207, 12/F, Kwun Tong Industrial Centre, 472-484 Kwun "
                    "Tong Road, Kowloon, Hong Kong"),
        "Chan Wing Yan", "wingyan.chan@vh-instruments.example", "zh", "en", "html", "zh", "回覆：", "USD",
        "FCA Southampton", "T/T 30% deposit, balance before dispatch", None, None, "Asia/Hong_Kong", "pcs",
        (("PT", "Pressure transmitter 0-{n} bar, 4-20 mA", "142.00", (10, 16, 25)),
         ("TC", "Thermocouple type K, probe length {n} mm", "18.50", (100, 150, 250)),
         ("FM", "Magnetic flow meter DN{n}", "688.00", (25, 40, 50)),
         ("LS", "Vibrating level switch, {n} mm insertion", "214.00", (150, 250, 500))),
        (2, 3, 5, 8, 10),
        "謝謝！\n\n陳詠欣 Chan Wing Yan\nProcurement Officer 採購主任\nVictoria Harbour Instruments Ltd.\n"
        "Tel +852 2341 8870 | Fax +852 2341 8871",
        {**OURS, "contract": ("L72", Style("zh", "en", "zh")), "payment_advice": ("L77", Style("en", "en", "iso"))},
        {"sku": "{code}-{n}", "name_zh": "維港儀器有限公司", "br_no": "58813207", "signatory": "Lam Ka Ho",
         "buyer_title": "Managing Director 董事總經理", "city": "Hong Kong", "bank": "Kowloon Merchants Bank Ltd",
         "account": "***-****88-401", "owner": "OOL"}),
    "EG": Partner(
        "EG", Party("Delta Nile Textile Machinery Co. (S.A.E.)", "Plot 17, Industrial Zone B, Borg El Arab, "
                    "Alexandria, Egypt"),
        "Omar Farouk", "omar.farouk@deltanile-tm.example", "en", "en", "outlook", "en", "RE: ", "USD",
        "CFR Alexandria", "Irrevocable L/C at sight", None, None, "Africa/Cairo", "EA",
        (("SP", "Spindle tape for ring spinning frame, width {n} mm", "9.40", (10, 12, 14)),
         ("DR", "Drafting roller cot, shore A{n}", "2.85", (63, 68, 75)),
         ("TR", "Ring traveller clip, size {n}", "0.36", (1, 2, 3)),
         ("BR", "Spindle bearing insert Ø{n} mm", "27.60", (6, 7, 8)),
         ("SV", "Suction tube for pneumafil, Ø{n} mm", "48.00", (60, 80, 100))),
        (10, 20, 25, 40, 50),
        "Best regards,\n\nOmar Farouk\nSenior Procurement Engineer\nDelta Nile Textile Machinery Co. (S.A.E.)\n"
        "Borg El Arab Industrial Zone B, Alexandria | Tel +20 3 459 2277",
        {**OURS, "purchase_order": ("L73", Style("en", "en", "bl")),
         "payment_advice": ("L77", Style("en", "en", "mon"))},
        {"sku": "{code}.{n:03d}", "tax_card": "412-558-903", "cr": "Alexandria 88127", "ship_to":
         "Delta Nile Textile Machinery Co., Central Stores, Plot 17, Industrial Zone B, Borg El Arab",
         "signatory": "Eng. Hany Soliman", "buyer_title": "General Manager", "city": "Alexandria",
         "bank": "Alexandria Commercial Bank S.A.E.", "account": "EG38 •••• •••• •••• 5521", "owner": "MSC",
         "lc": "ILC/ACB/26/00731", "buyer_org": "DNTM Borg El Arab"}),
    "TH": Partner(
        "TH", Party("Chao Phraya Food Machinery Co., Ltd.", "88/19 Moo 4, Bangna-Trad Road km 23, Bang Sao Thong, "
                    "Samut Prakan 10570, Thailand"),
        "Siriporn Wongsawat", "siriporn@cpfm-thai.example", "en", "en", "gmail", "en", "Re: ", "USD",
        "FOB Southampton", "T/T 45 days after B/L date", None, None, "Asia/Bangkok", "PCS",
        (("NZ", "Spray nozzle stainless, {n}° flat fan", "6.90", (40, 65, 80)),
         ("SC", "Sanitary clamp gasket {n}\" EPDM", "1.75", (1, 2, 3)),
         ("MB", "Modular plastic belt, pitch {n} mm, per m²", "132.00", (25, 38, 50)),
         ("GM", "Stainless gear motor {n} W", "410.00", (180, 370, 550))),
        (5, 10, 20, 30, 50),
        "Best regards,\nSiriporn W.\n\nSiriporn Wongsawat (Khun Fon)\nPurchasing Supervisor\nChao Phraya Food "
        "Machinery Co., Ltd.\nTel. +66 2 315 4480 ext. 112",
        {**OURS, "purchase_order": ("L74", Style("en", "en", "dash_dmy"))},
        {"sku": "{code}{n:03d}-CP", "tax_id": "0115558012437", "branch": "Head Office", "signatory": "Somchai Rattanakul",
         "buyer_title": "Managing Director", "city": "Samut Prakan", "owner": "EGL"}),
}
