"""dev11's fictitious partners (written as the tenth holdout: Croatia, Peru, Algeria, Philippines, Greece, Nigeria)."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Marek Lindqvist <marek.lindqvist@example.com>"


def ours(contract_lang: str, num: str, date: str) -> dict[str, tuple[str, Style]]:
    """Our own paperwork: quotes and invoices come out of the accounting package in English; the contract is
    bilingual where the customer's language is not English; freight papers are the forwarder's."""
    xero = Style("en", "en", "mon")
    return {"quotation": ("L88", xero), "proforma_invoice": ("L88", xero), "commercial_invoice": ("L88", xero),
            "contract": ("L89", Style(contract_lang, num, date)), "bill_of_lading": ("L94", Style("en", "en", "bl")),
            "shipping_notice": ("L95", Style("en", "en", "mon"))}


PARTNERS = {
    "HR": Partner(
        "HR", Party("Dalmacija Ambalaža d.o.o.", "Ulica Domovinskog rata 62, 21000 Split, Kroatien"),
        "Ivana Perić", "ivana.peric@dalmacija-ambalaza.example", "de", "de", "outlook", "de", "AW: ", "EUR",
        "DAP Split", "30 Tage netto ab Rechnungsdatum", None, None, "Europe/Zagreb", "Stk",
        (("RM", "Rillmesser für Rotationsstanze, Länge {n} mm", "38.60", (300, 400, 500, 600)),
         ("AW", "Anilox-Ersatzhülse für Flexodruckwerk, {n} L/cm", "685.00", (120, 160, 200, 240)),
         ("VS", "Vakuum-Saugnapf Ø{n} mm, NBR", "4.70", (20, 30, 40, 50)),
         ("ZR", "Zahnriemen HTD 8M, Breite {n} mm, offen, je m", "22.80", (20, 30, 50, 85)),
         ("KL", "Rillenkugellager 620{n}-2RS C3", "9.40", (4, 5, 6, 8)),
         ("DZ", "Druckluftzylinder Ø{n} mm, Hub 100 mm, ISO 15552", "96.00", (32, 40, 50, 63))),
        (2, 4, 5, 6, 8, 10),
        "Mit freundlichen Grüßen / Srdačan pozdrav\n\nIvana Perić\nNabava / Einkauf\nDalmacija Ambalaža d.o.o.\n"
        "Ulica Domovinskog rata 62, HR-21000 Split\nTel. +385 21 354 720 | Mob. +385 98 441 302",
        {**ours("de", "de", "dot"), "purchase_order": ("L90", Style("de", "de", "dot"))},
        {"sku": "{code}-{n:03d}", "oib": "48291730564", "vendor_no": "V00318", "buyer": "I. Perić",
         "ship_to": "Dalmacija Ambalaža d.o.o., Wareneingang Tor 3, Ulica Domovinskog rata 62, 21000 Split",
         "signatory": "Tomislav Jurić", "buyer_title": "Direktor / Geschäftsführer", "city": "Split",
         "part_prefix": "DA"}),
    "PE": Partner(
        "PE", Party("Maestranza y Fundición Misti S.A.C.", "Av. Los Incas 1480, Parque Industrial, Arequipa 04001, "
                    "Perú"),
        "Rodrigo Huamán Quispe", "rhuaman@maestranzamisti.example", "es", "es", "gmail", "es", "RE: ", "USD",
        "CFR Matarani", "Transferencia: 30 % adelanto, saldo contra copia del B/L", None, None, "America/Lima", "UND",
        (("RC", "Rodamiento de rodillos cónicos 322{n}", "58.40", (10, 12, 14, 16, 18)),
         ("MF", "Manga filtrante poliéster para colector de polvo, Ø{n} mm", "17.90", (120, 130, 150, 160)),
         ("VM", "Válvula de manguito DN{n}, PN10, cuerpo de fundición", "412.00", (50, 80, 100, 150)),
         ("CD", "Cadena de rodillos ANSI {n}-1, tramo de 3 m", "64.00", (60, 80, 100, 120)),
         ("TK", "Termocupla tipo K con vaina cerámica, {n} mm", "46.50", (300, 500, 750, 1000))),
        (2, 3, 4, 5, 6, 10),
        "Atentamente,\n\nRodrigo Huamán Quispe\nJefe de Logística y Compras\nMaestranza y Fundición Misti S.A.C.\n"
        "Av. Los Incas 1480, Parque Industrial – Arequipa, Perú\nCel. +51 959 318 442 | Of. +51 54 232 810",
        {**ours("es", "de", "slash_dmy"), "purchase_order": ("L91", Style("es", "en", "slash_dmy")),
         "payment_advice": ("L96", Style("es", "en", "slash_dmy"))},
        {"sku": "{code}{n:04d}", "ruc": "20455871236", "ship_to": "Almacén central, Av. Los Incas 1480, Arequipa",
         "signatory": "Gustavo Zegarra Linares", "buyer_title": "Gerente General", "city": "Arequipa",
         "bank": "Banco Andino de Comercio", "account": "Cta. Cte. ME ***-***4471", "branch": "Of. Arequipa Centro",
         "charges": ("PEN", "162.40"), "owner": "HLC"}),
    "DZ": Partner(
        "DZ", Party("SARL Conserverie des Hauts Plateaux", "Zone d'activités, lot n° 27, 19000 Sétif, Algérie"),
        "Karim Benaïssa", "k.benaissa@conserverie-hp.example", "fr", "fr", "apple", "fr", "Re: ", "EUR",
        "CFR Alger", "Remise documentaire, paiement à vue", None, None, "Africa/Algiers", "U",
        (("JS", "Joint de sertisseuse pour boîte Ø{n} mm", "6.80", (73, 83, 99)),
         ("MS", "Molette de sertissage 1re opération, profil {n}", "148.00", (201, 202, 203)),
         ("PL", "Pompe volumétrique à lobes {n} m³/h, inox 316L", "1860.00", (5, 10, 15)),
         ("TM", "Tapis modulaire inox pas {n} mm, le mètre", "96.00", (25, 38, 50)),
         ("CI", "Capteur de proximité inductif M{n}, PNP", "41.20", (12, 18, 30))),
        (2, 3, 4, 5, 6, 10),
        "Cordialement,\n\nKarim Benaïssa\nResponsable Approvisionnements\nSARL Conserverie des Hauts Plateaux\n"
        "Zone d'activités, lot n° 27 – 19000 Sétif – Algérie\nTél. +213 36 84 22 17 | Fax +213 36 84 22 18",
        {**ours("fr", "fr", "fr_long"), "purchase_order": ("L92", Style("fr", "fr", "fr_long")),
         "payment_advice": ("L96", Style("fr", "fr", "slash_dmy"))},
        {"sku": "{code}.{n}", "rc": "19/00-0412873B11", "nif": "001119041287331", "nis": "001119190412873",
         "art": "19017452310", "capital": "60 000 000 DA", "signatory": "Hocine Mebarki",
         "buyer_title": "Gérant", "city": "Sétif", "bank": "Banque Populaire des Hauts Plateaux",
         "account": "Compte devises n° 00799 •••• 4127 52", "branch": "Agence Sétif-Centre",
         "domiciliation": "Domiciliation n° 19 007 2028 1 00 412", "charges": ("DZD", "18 540,00"), "owner": "CMA"}),
    "PH": Partner(
        "PH", Party("Kian Hong Industrial Supply Corp.", "1288 Ongpin Street, Binondo, Manila 1006, Philippines"),
        "Vivian Co", "vivian.co@kianhong-supply.example", "zh", "en", "html", "zh", "回覆：", "USD",
        "CIF Manila", "T/T 30% deposit, balance before shipment", None, None, "Asia/Manila", "PCS",
        (("SV", "Pneumatic solenoid valve 5/2-way, 24 VDC, series {n}", "38.50", (100, 200, 300)),
         ("UP", "Pillow block bearing UCP20{n}", "12.40", (5, 6, 7, 8)),
         ("VB", "Classical V-belt B{n}, wrapped", "7.90", (42, 48, 55, 60)),
         ("GM", "Helical geared motor 0.{n} kW, 4-pole, 400 V", "398.00", (37, 55, 75)),
         ("PX", "Inductive proximity sensor M18, sensing range {n} mm", "22.00", (5, 8, 12))),
        (5, 10, 12, 20, 24),
        "謝謝！\n\nVivian Co 許慧玲\nPurchasing | Kian Hong Industrial Supply Corp.\n1288 Ongpin St., Binondo, "
        "Manila\nTel. +63 2 8244 6180 | Viber +63 917 812 4406",
        {**ours("en", "en", "mon"), "payment_advice": ("L96", Style("en", "en", "mon"))},
        {"sku": "{code}-{n}", "tin": "004-318-772-000", "signatory": "Henry Co", "buyer_title": "President",
         "city": "Manila", "bank": "Metro Pacific Commercial Bank", "account": "USD S/A ****-**-3318",
         "branch": "Binondo Branch", "charges": ("PHP", "1,450.00"), "owner": "OOL"}),
    "GR": Partner(
        "GR", Party("Aegean Meridian Shipmanagement S.A.", "Akti Miaouli 85, 185 38 Piraeus, Greece"),
        "Nikos Papadakis", "n.papadakis@aegean-meridian.example", "en", "en", "outlook", "en", "RE: ", "USD",
        "CPT Piraeus", "Net 30 days from invoice date", None, None, "Europe/Athens", "PC",
        (("FN", "Fuel injection valve nozzle, main engine, type {n}", "486.00", (40, 50, 60)),
         ("SD", "Separator disc stack, purifier size {n}", "1240.00", (15, 20, 25)),
         ("CV", "Air compressor valve kit, stage {n}", "312.00", (1, 2, 3)),
         ("OR", "O-ring kit for cylinder liner, bore {n} mm", "54.00", (350, 400, 500, 600)),
         ("TE", "Thermostatic valve element, {n} °C", "167.00", (62, 71, 80)),
         ("PG", "Pressure gauge 0-{n} bar, glycerine filled, 100 mm", "28.60", (10, 16, 25, 40))),
        (2, 3, 4, 6, 8),
        "Best regards,\n\nCapt. Nikos Papadakis\nPurchasing Manager\nAegean Meridian Shipmanagement S.A.\n"
        "Akti Miaouli 85, 185 38 Piraeus, Greece\nT +30 210 429 1850 | M +30 694 418 2270",
        {**ours("en", "en", "mon"), "purchase_order": ("L93", Style("en", "en", "bl")),
         "inspection_report": ("L97", Style("en", "en", "mon"))},
        {"sku": "{code}/{n:03d}", "vessel": "MV AEGEAN GRACE", "imo": "9481726", "requisition": "REQ-ME-27-0318",
         "account": "651 Main engine spares", "signatory": "Yannis Kalogeropoulos",
         "buyer_title": "Technical Superintendent", "city": "Piraeus",
         "ship_to": "c/o Phaleron Marine Forwarding, 14 Gravias Street, 185 45 Piraeus – mark: MV AEGEAN GRACE",
         "surveyor": "Hellenic Cargo & Marine Surveys Ltd", "surveyor_name": "Dimitris Anagnostou", "owner": "MSC"}),
    "NG": Partner(
        "NG", Party("Ikeja Paints and Coatings Limited", "21 Oba Akran Avenue, Ikeja Industrial Estate, Ikeja, "
                    "Lagos, Nigeria"),
        "Adebayo Ogunleye", "a.ogunleye@ikejapaints.example", "en", "en", "gmail", "en", "Re: ", "USD",
        "CFR Apapa", "100% T/T in advance after Form M approval", None, None, "Africa/Lagos", "PCS",
        (("MS", "Mechanical seal for bead mill, shaft {n} mm", "265.00", (45, 55, 65)),
         ("DB", "Disperser blade Ø{n} mm, stainless steel", "118.00", (250, 300, 400)),
         ("FB", "Filter bag {n} µm, nylon monofilament, size 2", "3.60", (25, 50, 100)),
         ("DP", "Air-operated diaphragm pump DN{n}, aluminium body", "745.00", (25, 40, 50)),
         ("LC", "Load cell {n} t, stainless steel, IP68", "212.00", (1, 2, 5))),
        (2, 3, 4, 5, 6),
        "Thanks and regards,\n\nAdebayo Ogunleye\nHead, Procurement\nIkeja Paints and Coatings Limited\n"
        "21 Oba Akran Avenue, Ikeja, Lagos\n+234 803 418 2291",
        {**ours("en", "en", "mon"), "payment_advice": ("L96", Style("en", "en", "mon"))},
        {"sku": "{code}{n:03d}", "rc_no": "RC 214 877", "tin": "01782214-0001", "signatory": "Folake Adeyemi",
         "buyer_title": "Managing Director", "city": "Lagos", "bank": "Lagoon Trust Bank Plc",
         "account": "USD Dom. A/C ******2290", "branch": "Ikeja GRA Branch", "form_m": "MF20280004172",
         "charges": ("NGN", "48,250.00"), "owner": "MSK"}),
}
