"""The twenty-second holdout's fictitious partners (Australia, Albania, Azerbaijan writing German, Mali writing
French, Andorra writing Spanish, Fiji writing Chinese)."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Priya Natarajan <priya.natarajan@example.com>"


def ours(pay_lang: str, pay_num: str = "en", pay_date: str = "dot") -> dict[str, tuple[str, Style]]:
    """Our own paperwork (sales documents from our cloud accounting package, the sales agreement as a letter
    with the buyer's countersignature, the inventory system's packing list, the forwarder's FIATA bill of
    lading), the customer's online-banking payment confirmation and the test laboratory's report for claims."""
    return {"quotation": ("L208", Style("en", "en", "mon")),
            "proforma_invoice": ("L208", Style("en", "en", "mon")),
            "commercial_invoice": ("L208", Style("en", "en", "mon")),
            "contract": ("L209", Style("en", "en", "mon")), "bill_of_lading": ("L211", Style("en", "en", "bl")),
            "shipping_notice": ("L210", Style("en", "en", "slash_dmy")),
            "payment_advice": ("L212", Style(pay_lang, pay_num, pay_date)),
            "inspection_report": ("L213", Style("en", "en", "iso"))}


PARTNERS = {
    "AU": Partner(
        "AU", Party("Pilbara Haul Maintenance Pty Ltd", "27 Pinnacles Road, Karratha WA 6714, Australia"),
        "Brendan O'Sullivan", "brendan.osullivan@pilbara-haul.example", "en", "en", "outlook", "en", "RE: ", "AUD",
        "CIF Fremantle", "30 days end of month", None, None, "Australia/Perth", "EA",
        (("HC", "Hydraulic cylinder seal kit, bore {n} mm", "186.00", (110, 140, 160)),
         ("IF", "Idler roller, conveyor, Ø{n} mm", "64.50", (108, 127, 152)),
         ("BP", "Brake pad set, haul truck, axle {n}", "412.00", (1, 2, 3)),
         ("HF", "Hydraulic return filter, {n} micron", "22.80", (10, 25, 40)),
         ("TP", "Track pin and bushing, pitch {n} mm", "96.00", (171, 190, 216)),
         ("GL", "Grease line hose assembly, {n} mm", "8.90", (6, 8, 10))),
        (2, 4, 6, 8, 10, 16),
        "Cheers,\n\nBrendan O'Sullivan\nSenior Buyer – Mobile Plant\nPilbara Haul Maintenance Pty Ltd\n"
        "27 Pinnacles Rd, Karratha WA 6714 | P +61 8 9185 2744 | M 0418 227 915",
        {**ours("en", "en", "slash_dmy"), "purchase_order": ("L217", Style("en", "en", "slash_dmy"))},
        {"sku": "PHM-{code}{n}", "reg": "ABN 41 618 227 305", "signatory": "Kylie Jansen",
         "buyer_title": "General Manager Supply", "city": "Karratha", "bank": "Westcoast Mutual Bank Ltd",
         "iban": "BSB 306-418 Acct 2279 1544", "bic": "WCMBAU6P",
         "ship_to": "PHM Karratha Workshop, 27 Pinnacles Road, Karratha WA 6714"}),
    "AL": Partner(
        "AL", Party("Drini Hydro Operations sh.p.k.", "Rruga e Elbasanit 118, 1010 Tirana, Albania"),
        "Elira Hoxha", "e.hoxha@drini-hydro.example", "en", "en", "gmail", "en", "Re: ", "EUR",
        "CPT Tirana", "45 days from invoice date", None, None, "Europe/Tirane", "pcs",
        (("GV", "Guide vane bushing, bronze, Ø{n} mm", "138.00", (60, 80, 100)),
         ("SL", "Shaft seal segment, carbon, size {n}", "224.00", (3, 4, 5)),
         ("CB", "Cooling water strainer basket, DN{n}", "92.00", (50, 80, 100)),
         ("TB", "Thrust bearing pad, type {n}", "516.00", (12, 16, 20)),
         ("GC", "Governor oil filter cartridge, {n} micron", "17.60", (10, 20, 40))),
        (2, 3, 4, 6, 8, 12),
        "Kind regards,\nElira Hoxha\nProcurement Officer\nDrini Hydro Operations sh.p.k.\nRruga e Elbasanit 118, "
        "Tirana | +355 4 241 8227 | +355 69 418 2271",
        {**ours("en", "en", "dot")},
        {"sku": "DH-{code}-{n}", "reg": "NIPT L41822701A", "signatory": "Arben Kola",
         "buyer_title": "Executive Director", "city": "Tirana", "bank": "Banka e Bashkuar e Tiranës sh.a.",
         "iban": "AL47 2121 1009 0000 0002 3569 8741", "bic": "BBTIALTR",
         "ship_to": "Drini Hydro, central stores, Vau i Dejës power station, Shkodër"}),
    "AZ": Partner(
        "AZ", Party("Xəzər Polimer Qablaşdırma MMC", "Sumqayıt Kimya Sənaye Parkı, Blok 7, AZ5004 Sumqayıt, "
                    "Aserbaidschan"),
        "Leyla Məmmədova", "l.mammadova@xazar-polimer.example", "de", "de", "outlook", "de", "AW: ", "EUR",
        "FCA Southampton", "30 % Vorkasse, Rest 30 Tage nach Lieferung", None, None, "Asia/Baku", "Stk",
        (("EW", "Extruderschnecke Verschleißbuchse, Ø{n} mm", "684.00", (45, 60, 75)),
         ("HB", "Heizband Keramik 230 V, Breite {n} mm", "58.40", (50, 75, 100)),
         ("SM", "Schneidmesser Granulator, Länge {n} mm", "142.00", (300, 400, 500)),
         ("TF", "Thermoelement Typ J, Länge {n} mm", "31.20", (100, 150, 200)),
         ("SS", "Siebwechsler-Sieb, Maschenweite {n} µm", "6.40", (100, 200, 300)),
         ("DR", "Druckaufnehmer Schmelze, 0-{n} bar", "398.00", (350, 500, 700))),
        (2, 4, 5, 6, 10, 12),
        "Mit freundlichen Grüßen\n\nLeyla Məmmədova\nEinkauf / Satınalma şöbəsi\nXəzər Polimer Qablaşdırma MMC\n"
        "Sumqayıt Kimya Sənaye Parkı, Blok 7 | Tel. +994 18 644 18 22 | Mobil +994 50 418 22 70",
        {**ours("de", "de", "dot"), "purchase_order": ("L214", Style("de", "de", "dot"))},
        {"sku": "XP-{code}{n}", "reg": "VÖEN / Steuernr. 1704182271", "signatory": "Rauf Əliyev",
         "buyer_title": "Geschäftsführer / Direktor", "city": "Sumqayıt", "bank": "Abşeron Ticarət Bankı ASC",
         "iban": "AZ21 ATBA 0000 0000 0041 8227 1000", "bic": "ATBAAZ22",
         "ship_to": "Xəzər Polimer, Ersatzteillager, Blok 7, Sumqayıt Kimya Sənaye Parkı"}),
    "ML": Partner(
        "ML", Party("Huilerie Cotonnière du Mandé SA", "Zone industrielle de Sotuba, BP 2271 Bamako, Mali"),
        "Fatoumata Traoré", "f.traore@hcm-mande.example", "fr", "fr", "outlook", "fr", "RE : ", "EUR",
        "CFR Dakar", "Virement à 60 jours fin de mois", None, None, "Africa/Bamako", "pce",
        (("PV", "Vis de presse à huile, pas {n} mm", "1180.00", (90, 110, 130)),
         ("TM", "Tamis vibrant inox, maille {n} µm", "86.00", (250, 500, 800)),
         ("RM", "Roulement à rotule sur rouleaux, alésage {n} mm", "212.00", (60, 80, 100)),
         ("CE", "Courroie trapézoïdale, profil SPB {n}", "18.60", (2000, 2500, 3150)),
         ("GP", "Garniture de pompe à huile, Ø{n} mm", "44.00", (35, 45, 55)),
         ("FI", "Filtre à plaques, toile {n} µm", "9.80", (25, 50, 100))),
        (2, 4, 6, 8, 10, 20),
        "Bien cordialement,\n\nFatoumata Traoré\nResponsable des achats\nHuilerie Cotonnière du Mandé SA\n"
        "Zone industrielle de Sotuba – BP 2271 Bamako | Tél. +223 20 21 41 82 | Cel. +223 76 41 82 27",
        {**ours("fr", "fr", "dot"), "purchase_order": ("L215", Style("fr", "fr", "slash_dmy"))},
        {"sku": "HCM-{code}{n}", "reg": "NIF 084182271H · RCCM MA-BKO-2009-B-4182", "signatory": "M. Seydou "
         "Coulibaly", "buyer_title": "Directeur général", "city": "Bamako", "bank": "Banque Malienne de "
         "l'Industrie", "iban": "ML24 ML09 1001 0041 8227 1000 0022", "bic": "BMINMLBA",
         "ship_to": "HCM, magasin pièces de rechange, usine de Sotuba, Bamako (via port de Dakar)"}),
    "AD": Partner(
        "AD", Party("Neus i Pistes d'Ordino S.A.", "Carretera General d'Ordino 41, AD300 Ordino, Andorra"),
        "Jordi Puigcercós", "jpuigcercos@neuspistes-ordino.example", "es", "es", "apple", "es", "Re: ", "EUR",
        "DAP Ordino", "Transferencia a 30 días fecha factura", None, None, "Europe/Andorra", "ud",
        (("PT", "Pinza de telesilla, modelo {n}", "742.00", (4, 6, 8)),
         ("RL", "Rodillo de balancín con bandaje, Ø{n} mm", "118.00", (250, 315, 400)),
         ("CN", "Cuchilla de máquina pisapistas, {n} mm", "296.00", (1200, 1500, 1800)),
         ("BO", "Boquilla de cañón de nieve, {n} mm", "24.50", (2, 3, 4)),
         ("CA", "Cojinete de apoyo de polea, eje {n} mm", "188.00", (70, 90, 110))),
        (2, 4, 6, 8, 12, 20),
        "Un saludo,\n\nJordi Puigcercós\nCompras y Mantenimiento\nNeus i Pistes d'Ordino S.A.\nCtra. General "
        "d'Ordino 41, AD300 Ordino | Tel. +376 741 822 | Mòbil +376 341 822",
        {**ours("es", "de", "dot"), "purchase_order": ("L216", Style("es", "de", "slash_dmy"))},
        {"sku": "NPO-{code}{n}", "reg": "NRT A-704182-C", "signatory": "Sra. Montserrat Cerqueda",
         "buyer_title": "Directora General", "city": "Ordino", "bank": "Banc Pirinenc d'Andorra S.A.",
         "iban": "AD12 0001 0418 2271 0000 5533", "bic": "BPIAADAD",
         "ship_to": "Neus i Pistes, taller d'estació, Sector Arcalís, AD300 Ordino"}),
    "FJ": Partner(
        "FJ", Party("Tui Feng Seafood Processing (Fiji) Pte Limited", "Lot 18, Walu Bay Industrial Estate, Suva, "
                    "Fiji"),
        "Chen Jiahui", "jiahui.chen@tuifeng-seafood.example", "zh", "en", "gmail", "zh", "回复：", "USD",
        "CIF Suva", "T/T 30 days after B/L date", None, None, "Pacific/Fiji", "PCS",
        (("CP", "Refrigeration compressor valve plate, model {n}", "368.00", (4, 6, 8)),
         ("EV", "Evaporator fan motor, {n} W", "214.00", (180, 250, 370)),
         ("BL", "Fish filleting machine blade, {n} mm", "46.00", (160, 180, 220)),
         ("PU", "Brine pump mechanical seal, shaft {n} mm", "158.00", (25, 35, 45)),
         ("DS", "Door gasket for blast freezer, {n} m", "72.00", (2, 3, 4)),
         ("SN", "Temperature sensor PT100, probe {n} mm", "29.40", (50, 100, 150))),
        (2, 4, 6, 8, 10, 12),
        "祝好\n\n陈佳慧 Chen Jiahui\n采购部 Purchasing\n瑞丰海产加工（斐济）有限公司\nTui Feng Seafood Processing (Fiji) "
        "Pte Limited\nLot 18, Walu Bay, Suva | 电话 +679 331 8227 | 手机 +679 941 8227",
        {**ours("en", "en", "iso")},
        {"sku": "TF-{code}{n}", "reg": "TIN 50-41822-0-7", "signatory": "Chen Guoliang 陈国良",
         "buyer_title": "Managing Director 董事总经理", "city": "Suva", "bank": "South Pacific Merchant Bank Ltd",
         "iban": "USD A/C 0418 2271 09", "bic": "SPMBFJFJ",
         "ship_to": "Tui Feng cold store, Lot 18, Walu Bay Industrial Estate, Suva"}),
}
