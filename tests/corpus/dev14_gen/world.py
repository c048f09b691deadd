"""The thirteenth holdout's fictitious partners (Norway, Ukraine, Bolivia, Tanzania, Pakistan, Mauritius)."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Rohan Mistry <rohan.mistry@example.com>"


def ours(pay_lang: str | None = None, pay_num: str = "en") -> dict[str, tuple[str, Style]]:
    """Our own paperwork: sales documents from the accounts package, the agreement from the solicitor's Word
    template, the carrier's sea waybill and our warehouse's packing list; the partner's bank sends an advice."""
    out = {"quotation": ("L118", Style("en", "en", "mon")),
           "proforma_invoice": ("L118", Style("en", "en", "mon")),
           "commercial_invoice": ("L118", Style("en", "en", "mon")),
           "contract": ("L119", Style("en", "en", "mon")), "bill_of_lading": ("L125", Style("en", "en", "bl")),
           "shipping_notice": ("L126", Style("en", "en", "slash_dmy"))}
    if pay_lang:
        out["payment_advice"] = ("L127", Style(pay_lang, pay_num, "dot" if pay_lang == "de" else "slash_dmy"))
    return out


PARTNERS = {
    "NO": Partner(
        "NO", Party("Sunnmøre Sjømat Prosessering AS", "Breivika Industrivei 9, 6018 Ålesund, Norway"),
        "Ingrid Solheim", "ingrid.solheim@sunnmore-sjomat.example", "en", "en", "outlook", "en", "RE: ", "EUR",
        "DAP Ålesund", "30 days net from invoice date", None, None, "Europe/Oslo", "pcs",
        (("FB", "Filleting machine blade, stainless, {n} mm", "38.50", (180, 220, 260)),
         ("CP", "Centrifugal pump impeller, brine circuit, DN{n}", "412.00", (40, 50, 65)),
         ("CB", "Modular conveyor belt section, pitch {n} mm, 1 m", "96.00", (25, 38, 50)),
         ("SK", "Skinning roller, knurled, {n} mm", "244.00", (300, 400, 500)),
         ("TS", "Temperature transmitter 4-20 mA, probe {n} mm", "71.00", (100, 150, 200)),
         ("GS", "Gear motor seal kit, shaft {n} mm", "19.80", (25, 30, 35))),
        (2, 4, 5, 6, 8, 10),
        "Best regards\n\nIngrid Solheim\nInnkjøpsleder / Purchasing Manager\nSunnmøre Sjømat Prosessering AS\n"
        "Breivika Industrivei 9, 6018 Ålesund, Norway\nTlf. +47 70 16 44 18 | Mob. +47 917 41 722",
        {**ours("en"), "purchase_order": ("L120", Style("en", "de", "dot"))},
        {"sku": "{code}-{n:03d}", "org": "918 441 270 MVA", "signatory": "Håkon Vik", "buyer_title": "Daglig leder",
         "city": "Ålesund", "ship_to": "Sunnmøre Sjømat Prosessering AS, Varemottak, Breivika Industrivei 9, 6018 "
         "Ålesund", "supplier_no": "L-20418", "bank": "Nordvest Sparebank", "account": "NO93 8601 1117 947",
         "bic": "NVSPNO22", "owner": "HLX"}),
    "UA": Partner(
        "UA", Party("TOV Poltava Agrotech", "vul. Zavodska 17, 36008 Poltava, Ukraine"),
        "Oleksandr Kravchenko", "o.kravchenko@poltava-agrotech.example", "de", "de", "gmail", "de", "AW: ", "EUR",
        "FCA Southampton", "100 % Vorauskasse nach Erhalt der Proforma-Rechnung", None, None, "Europe/Kyiv", "Stk",
        (("SR", "Säschar-Scheibe Ø{n} mm, gehärtet", "27.40", (350, 380, 400)),
         ("MK", "Messerklinge für Mähdrescher-Schneidwerk, {n} Zähne", "8.90", (11, 13, 15)),
         ("LG", "Lager für Saatgutdosierer, Welle {n} mm", "16.30", (20, 25, 30)),
         ("HZ", "Hydraulikzylinder doppeltwirkend, Hub {n} mm", "318.00", (200, 300, 400)),
         ("KS", "Keilriemen Schneidwerk, Länge {n} mm", "23.10", (2120, 2360, 2650)),
         ("DS", "Drucksensor Sägebläse, 0-{n} mbar", "84.00", (60, 100, 160))),
        (4, 6, 8, 10, 12, 16),
        "Mit freundlichen Grüßen\n\nOleksandr Kravchenko\nLeiter Einkauf / Начальник відділу закупівель\n"
        "TOV Poltava Agrotech\nvul. Zavodska 17, 36008 Poltava, Ukraine\nTel. +380 53 261 4418 | Viber +380 67 417 "
        "2290",
        {**ours("de", "de"), "purchase_order": ("L121", Style("de", "de", "dot"))},
        {"sku": "{code}{n:04d}", "edrpou": "41822704", "vat": "418227016541", "signatory": "Iryna Bondarenko",
         "buyer_title": "Geschäftsführerin / Директор", "city": "Poltava", "bank": "AT Poltava-Kredytbank",
         "account": "UA21 3052 9900 0002 6004 0418 2270 1", "bic": "PKRBUA2X", "owner": "TGH",
         "ship_to": "TOV Poltava Agrotech, Lager 2, vul. Zavodska 17, 36008 Poltava"}),
    "BO": Partner(
        "BO", Party("Ingenio Sucroalcoholero del Oriente S.A.", "Carretera al Norte km 52, Montero, Santa Cruz, "
                    "Bolivia"),
        "Marcela Rojas Vaca", "mrojas@ingenio-oriente.example", "es", "es", "apple", "es", "Re: ", "USD",
        "CPT Santa Cruz de la Sierra", "Transferencia bancaria a 60 días de la fecha de factura", None, None,
        "America/La_Paz", "pza",
        (("MC", "Martillo de desfibradora de caña, {n} kg", "46.00", (8, 10, 12)),
         ("CM", "Camisa de molino, diámetro {n} mm", "1380.00", (900, 1000, 1100)),
         ("RD", "Rodamiento de rodillos esféricos 222{n}", "388.00", (32, 36, 40)),
         ("VV", "Válvula de vapor de globo DN{n}, PN40", "264.00", (50, 80, 100)),
         ("TC", "Tela de centrífuga, ranura {n} mm", "132.00", (6, 8, 9)),
         ("EM", "Empaquetadura de grafito, sección {n} mm, rollo 5 m", "58.00", (10, 12, 16))),
        (2, 3, 4, 6, 8),
        "Saludos cordiales,\n\nMarcela Rojas Vaca\nJefa de Compras Internacionales\nIngenio Sucroalcoholero del "
        "Oriente S.A.\nCarretera al Norte km 52 – Montero – Santa Cruz – Bolivia\nTel. +591 3 922 0418 | Cel. +591 "
        "7 741 7220",
        {**ours("es", "de")},
        {"sku": "{code}/{n:03d}", "nit": "1041822027", "signatory": "Ing. Jorge Antelo Suárez",
         "buyer_title": "Gerente General", "city": "Montero", "bank": "Banco Cruceño de Fomento S.A.",
         "account": "Cta. USD 4018-227740-2", "bic": "BCFOBOLX", "owner": "CMA"}),
    "TZ": Partner(
        "TZ", Party("Usambara Sisal & Fibre Ltd.", "Plot 44, Pongwe Road, P.O. Box 4182, Tanga, Tanzania"),
        "Baraka Mwakyusa", "b.mwakyusa@usambara-sisal.example", "en", "en", "outlook", "en", "RE: ", "USD",
        "CIF Dar es Salaam", "Net 60 days from B/L date", None, None, "Africa/Dar_es_Salaam", "Nos",
        (("DC", "Decorticator drum knife, {n} mm", "54.00", (450, 600, 750)),
         ("BT", "Brushing machine bristle bar, {n} rows", "112.00", (4, 6, 8)),
         ("GB", "Helical gearbox for decorticator, ratio {n}:1", "1420.00", (20, 25, 31)),
         ("BP", "Baling press hydraulic hose, 1/2 in., {n} m", "36.00", (2, 3, 5)),
         ("SP", "Sprocket for fibre conveyor, {n} teeth", "67.00", (15, 19, 23))),
        (2, 4, 5, 6, 10, 12),
        "Regards,\n\nBaraka Mwakyusa\nStores & Procurement Manager\nUsambara Sisal & Fibre Ltd.\nPlot 44, Pongwe "
        "Road, Tanga, Tanzania\nTel. +255 27 264 4182 | Mob. +255 754 417 229",
        {**ours(), "purchase_order": ("L122", Style("en", "en", "mon")),
         "inspection_report": ("L123", Style("en", "en", "slash_dmy"))},
        {"sku": "NCL-{code}{n:03d}", "tin": "104-182-277", "vrn": "40-018227-K", "signatory": "Neema Kisanga",
         "buyer_title": "Finance Director", "city": "Tanga", "owner": "MSK",
         "ship_to": "Usambara Sisal & Fibre Ltd., Central Stores, Pongwe Estate, Tanga"}),
    "PK": Partner(
        "PK", Party("Lahore Huaxin Cable Co. (Pvt.) Ltd.", "Plot 62, Sundar Industrial Estate, Raiwind Road, "
                    "Lahore, Pakistan"),
        "Chen Jianguo", "chenjianguo@huaxin-cable-pk.example", "zh", "en", "html", "zh", "回复：", "USD",
        "CFR Karachi", "T/T 30% in advance, balance against copy of B/L", None, None, "Asia/Karachi", "PCS",
        (("DR", "Wire drawing die, tungsten carbide, bore {n} mm", "26.00", (1, 2, 3)),
         ("CT", "Capstan tyre for drawing machine, Ø{n} mm", "148.00", (400, 560, 630)),
         ("EX", "Extruder screw barrel heater band, {n} W", "62.00", (800, 1200, 1600)),
         ("TK", "Take-up bobbin bearing unit UCFL {n}", "24.50", (205, 206, 208)),
         ("SS", "Spark tester electrode bead chain, {n} mm", "39.00", (100, 150, 200))),
        (4, 6, 10, 12, 20),
        "顺祝商祺！\n\n陈建国 Chen Jianguo\n采购经理 Purchasing Manager\n拉合尔华信电缆有限公司\nLahore Huaxin Cable Co. "
        "(Pvt.) Ltd.\nSundar Industrial Estate, Lahore | Tel. +92 42 3530 4418 | WeChat chenjg_lhr",
        {**ours("en")},
        {"sku": "HX{code}-{n:04d}", "name_zh": "拉合尔华信电缆有限公司", "ntn": "4182270-6", "strn": "3277-8761-4182",
         "signatory": "Wang Haitao 王海涛", "buyer_title": "General Manager 总经理", "city": "Lahore",
         "bank": "Punjab Commerce Bank Ltd.", "account": "USD A/C 0418-0022770-01", "bic": "PCBLPKKA", "owner": "OOL"}),
    "MU": Partner(
        "MU", Party("Moulins et Emballages de l'Océan Indien Ltée", "Zone industrielle de Riche Terre, Terre "
                    "Rouge, Maurice"),
        "Sophie Lagesse", "s.lagesse@meoi-maurice.example", "fr", "fr", "outlook", "fr", "RE : ", "EUR",
        "CIF Port-Louis", "Virement bancaire à 45 jours fin de mois", None, None, "Indian/Mauritius", "u.",
        (("CY", "Cylindre cannelé pour broyeur, longueur {n} mm", "2150.00", (800, 1000, 1250)),
         ("TM", "Tamis pour plansichter, maille {n} µm", "88.00", (180, 250, 315)),
         ("SC", "Soudeuse de sacs, résistance {n} W", "74.00", (600, 800, 1000)),
         ("EL", "Élévateur à godets, godet acier {n} mm", "12.60", (150, 200, 250)),
         ("CA", "Capteur de niveau capacitif, câble {n} m", "129.00", (2, 5, 10))),
        (2, 3, 4, 6, 10),
        "Cordialement,\n\nSophie Lagesse\nResponsable achats et approvisionnements\nMoulins et Emballages de "
        "l'Océan Indien Ltée\nZone industrielle de Riche Terre, Maurice\nTél. +230 206 4418 | Mob. +230 5 741 7220",
        {**ours("fr", "fr"), "purchase_order": ("L124", Style("fr", "fr", "slash_dmy"))},
        {"sku": "{code}-{n}", "brn": "C09041822", "vat": "VAT27704182", "signatory": "Jean-Marc Desvaux",
         "buyer_title": "Directeur général", "city": "Port-Louis", "bank": "Banque Commerciale des Mascareignes Ltée",
         "account": "MU17 BCMA 0418 2277 0000 0041 8200 0EUR", "bic": "BCMAMUMU", "owner": "CMA",
         "ship_to": "MEOI Ltée, Magasin central, Riche Terre"}),
}
