"""The twenty-third holdout's fictitious partners (Trinidad and Tobago, Uganda, Liechtenstein writing German,
Haiti writing French, Venezuela writing Spanish, Myanmar with a Chinese-owned plant writing Chinese)."""
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
    """Our own paperwork (sales documents from our Opera-style accounts package, the boxed export sales contract,
    the order-management system's packing list, the forwarder's cargo receipt), the customer's transfer order
    to its bank and the customer's supplier nonconformance report for claims."""
    return {"quotation": ("L218", Style("en", "en", "slash_dmy")),
            "proforma_invoice": ("L218", Style("en", "en", "slash_dmy")),
            "commercial_invoice": ("L218", Style("en", "en", "slash_dmy")),
            "contract": ("L219", Style("en", "en", "mon")), "bill_of_lading": ("L221", Style("en", "en", "bl")),
            "shipping_notice": ("L220", Style("en", "en", "iso")),
            "payment_advice": ("L222", Style(pay_lang, pay_num, pay_date)),
            "inspection_report": ("L223", Style("en", "en", "usmon"))}


PARTNERS = {
    "TT": Partner(
        "TT", Party("Couva Process Services Limited", "Lot 9, Point Lisas Industrial Estate, Couva, Trinidad and "
                    "Tobago"),
        "Kavita Ramdial", "k.ramdial@couva-process.example", "en", "en", "outlook", "en", "RE: ", "USD",
        "CIF Point Lisas", "Net 45 days from date of invoice", None, None, "America/Port_of_Spain", "EA",
        (("GV", "Gate valve stem packing set, {n} in class 600", "148.00", (2, 3, 4)),
         ("IM", "Centrifugal pump impeller, {n} mm, duplex", "1260.00", (215, 250, 280)),
         ("SW", "Spiral wound gasket, {n} in, 316L / graphite", "12.40", (2, 4, 6)),
         ("MS", "Mechanical seal cartridge, shaft {n} mm", "694.00", (45, 55, 65)),
         ("SB", "Stud bolt with nuts, B7/2H, M{n}", "3.85", (16, 20, 24)),
         ("PG", "Pressure gauge, glycerine filled, 0-{n} bar", "46.50", (16, 40, 100))),
        (2, 3, 4, 6, 8, 12),
        "Regards,\n\nKavita Ramdial\nProcurement Lead – Turnarounds\nCouva Process Services Limited\n"
        "Lot 9, Point Lisas Industrial Estate, Couva | Tel. +1 868 636 4182 | Cell +1 868 741 2271",
        {**ours("en", "en", "slash_dmy")},
        {"sku": "CPS-{code}-{n}", "reg": "BIR No. 418227-1 · VAT Reg. 271844", "signatory": "Ramesh Maharaj",
         "buyer_title": "Operations Director", "city": "Couva", "bank": "Gulf of Paria Commercial Bank Limited",
         "iban": "USD A/C 0418 2271 4470", "bic": "GPCBTTPS",
         "ship_to": "CPS workshop, Lot 9, Point Lisas Industrial Estate, Couva"}),
    "UG": Partner(
        "UG", Party("Mabira Sugar & Allied Industries Ltd", "Plot 14, Kiwanga Road, P.O. Box 2271, Lugazi, Uganda"),
        "Moses Ssekandi", "m.ssekandi@mabira-sugar.example", "en", "en", "html", "en", "Re: ", "USD",
        "CIP Entebbe", "30% advance, balance 30 days after delivery", None, None, "Africa/Kampala", "EACH",
        (("CK", "Cane knife, hardfaced, {n} mm", "38.60", (450, 500, 560)),
         ("MR", "Mill roller bearing, bore {n} mm", "1120.00", (180, 200, 220)),
         ("CC", "Centrifugal basket screen, {n} micron", "214.00", (60, 80, 100)),
         ("BT", "Boiler tube expander, tube OD {n} mm", "462.00", (51, 63, 76)),
         ("CH", "Carrier chain link with pin, pitch {n} mm", "27.80", (152, 203, 254)),
         ("VP", "Vacuum pan valve seat, DN{n}", "176.00", (80, 100, 150))),
        (2, 4, 5, 6, 10, 12),
        "Best regards,\nMoses Ssekandi\nStores & Procurement Manager\nMabira Sugar & Allied Industries Ltd\n"
        "Plot 14, Kiwanga Road, Lugazi | +256 414 418 227 | +256 772 418 227",
        {**ours("en", "en", "slash_dmy"), "purchase_order": ("L224", Style("en", "en", "slash_dmy"))},
        {"sku": "{code}{n}-MSA", "reg": "TIN 1000418227", "signatory": "Dr. Ronald Kizito",
         "buyer_title": "Factory General Manager", "city": "Lugazi", "bank": "Victoria Nile Commercial Bank Ltd",
         "iban": "USD A/C 9030 0418 2271", "bic": "VNCBUGKA",
         "ship_to": "Mabira Sugar main stores, Kiwanga Road, Lugazi"}),
    "LI": Partner(
        "LI", Party("Alpenrhein Feinmechanik AG", "Industriestrasse 22, 9487 Gamprin-Bendern, Liechtenstein"),
        "Matthias Frommelt", "m.frommelt@alpenrhein-fm.example", "de", "de", "apple", "de", "AW: ", "EUR",
        "DAP Gamprin-Bendern", "30 Tage netto", None, None, "Europe/Vaduz", "Stk",
        (("KG", "Kugelgewindetrieb Steigung {n} mm, Mutter vorgespannt", "386.00", (5, 10, 20)),
         ("SP", "Spannzange DIN 6499, Ø{n} mm", "18.90", (6, 8, 10)),
         ("LL", "Schrägkugellager Spindel, Bohrung {n} mm", "244.00", (30, 40, 50)),
         ("KS", "Kühlmittelschlauch Gelenk, Ø{n} mm", "7.60", (6, 10, 13)),
         ("NT", "Nutenstein T-Nut {n} mm, M8", "2.40", (12, 14, 18)),
         ("AF", "Abstreifer für Linearführung, Baugrösse {n}", "14.20", (25, 30, 35))),
        (2, 4, 5, 6, 10, 20),
        "Freundliche Grüsse\n\nMatthias Frommelt\nEinkauf / Disposition\nAlpenrhein Feinmechanik AG\n"
        "Industriestrasse 22, 9487 Gamprin-Bendern | Tel. +423 373 41 82 | www.alpenrhein-fm.example",
        {**ours("de", "ch", "dot"), "purchase_order": ("L225", Style("de", "ch", "dot")),
         "inspection_report": ("L223", Style("de", "ch", "dot"))},
        {"sku": "AFM-{code}{n}", "reg": "FL-0002.418.227-1 · MWST-Nr. 52718", "signatory": "Patrick Büchel",
         "buyer_title": "Geschäftsführer", "city": "Gamprin-Bendern", "bank": "Liechtensteinische Rheintalbank AG",
         "iban": "LI21 0881 0000 2324 0131 2", "bic": "LRTBLI22",
         "ship_to": "Alpenrhein Feinmechanik AG, Warenannahme Tor 2, Industriestrasse 22, 9487 Gamprin-Bendern"}),
    "HT": Partner(
        "HT", Party("Société Haïtienne d'Embouteillage S.A.", "Route de l'Aéroport, Delmas 33, HT6120 "
                    "Port-au-Prince, Haïti"),
        "Nadège Pierre-Louis", "n.pierrelouis@she-embouteillage.example", "fr", "fr", "outlook", "fr", "RE : ",
        "USD", "CFR Port-au-Prince", "Virement à 30 jours date de facture", None, None, "America/Port-au-Prince",
        "pce",
        (("SF", "Soufflante préforme, moule {n} ml", "2140.00", (330, 500, 1000)),
         ("CT", "Tête de capsuleuse, bouchon {n} mm", "318.00", (28, 38, 43)),
         ("JT", "Joint torique EPDM alimentaire, Ø{n} mm", "1.90", (20, 32, 40)),
         ("ET", "Étoile de transfert POM, {n} alvéoles", "486.00", (12, 16, 20)),
         ("CB", "Chaîne à palettes inox, pas {n} mm", "62.00", (38, 50, 63)),
         ("BU", "Buse de rinceuse, Ø{n} mm", "9.40", (2, 3, 4))),
        (2, 4, 6, 8, 10, 20),
        "Cordialement,\n\nNadège Pierre-Louis\nChef du service approvisionnement\nSociété Haïtienne "
        "d'Embouteillage S.A.\nRoute de l'Aéroport, Delmas 33 | Tél. +509 2941 8227 | Cell. +509 3741 8227",
        {**ours("fr", "fr", "slash_dmy")},
        {"sku": "SHE-{code}{n}", "reg": "NIF 004-182-271-3 · Patente 41822", "signatory": "M. Jean-Robert Étienne",
         "buyer_title": "Directeur général", "city": "Port-au-Prince", "bank": "Banque Caraïbe de Commerce S.A.",
         "iban": "Compte USD 1004-1822-71", "bic": "BCCOHTPP",
         "ship_to": "SHE, magasin central, Route de l'Aéroport, Delmas 33, Port-au-Prince"}),
    "VE": Partner(
        "VE", Party("Envases Plásticos del Zulia, C.A.", "Av. 16 (Guajira), Zona Industrial Norte, Galpón 27, "
                    "Maracaibo 4005, Venezuela"),
        "Gabriela Urdaneta", "gurdaneta@envazulia.example", "es", "es", "gmail", "es", "RE: ", "USD",
        "CFR Maracaibo", "Transferencia a 60 días fecha de embarque", None, None, "America/Caracas", "und",
        (("HS", "Husillo de inyección bimetálico, Ø{n} mm", "2380.00", (45, 55, 65)),
         ("VA", "Válvula antirretorno de punta, Ø{n} mm", "412.00", (45, 55, 65)),
         ("RC", "Resistencia cartucho 230 V, {n} W", "23.40", (250, 400, 630)),
         ("TC", "Termopar tipo K con bayoneta, {n} mm", "16.80", (100, 150, 200)),
         ("BO", "Boquilla de inyección, radio {n} mm", "88.00", (10, 15, 20)),
         ("JH", "Juego de juntas hidráulicas, cilindro {n} mm", "131.00", (63, 80, 100))),
        (2, 4, 5, 6, 10, 12),
        "Saludos cordiales,\n\nGabriela Urdaneta\nJefe de Compras Importación\nEnvases Plásticos del Zulia, C.A.\n"
        "Zona Industrial Norte, Maracaibo | Tel. +58 261 418 2271 | Cel. +58 414 641 8227",
        {**ours("es", "de", "slash_dmy"), "purchase_order": ("L226", Style("es", "de", "slash_dmy"))},
        {"sku": "EPZ-{code}-{n}", "reg": "RIF J-30418227-1", "signatory": "Ing. Luis Alberto Finol",
         "buyer_title": "Gerente General", "city": "Maracaibo", "bank": "Banco Marítimo del Lago, C.A.",
         "iban": "Cta. USD 0171-0041-82-2710044701", "bic": "BMLAVECA",
         "ship_to": "Envases Plásticos del Zulia, Galpón 27, Zona Industrial Norte, Maracaibo"}),
    "MM": Partner(
        "MM", Party("Shwe Hua Cement (Myanmar) Co., Ltd.", "Plot B-12, Thilawa SEZ Zone A, Thanlyin Township, "
                    "Yangon, Myanmar"),
        "Zhao Wenjie", "zhao.wenjie@shwehua-cement.example", "zh", "en", "outlook", "zh", "回复: ", "USD",
        "CIF Yangon", "T/T 30% advance, balance before shipment", None, None, "Asia/Yangon", "PCS",
        (("KR", "Kiln tyre support roller bearing, {n} mm", "1840.00", (360, 400, 450)),
         ("GB", "Grate cooler plate, heat resistant, type {n}", "96.00", (2, 3, 4)),
         ("BF", "Bag filter cartridge, PTFE membrane, {n} mm", "42.50", (2000, 2500, 3000)),
         ("HR", "Hammer crusher hammer head, {n} kg", "138.00", (18, 24, 32)),
         ("BE", "Bucket elevator bucket, width {n} mm", "74.00", (400, 500, 630)),
         ("VS", "Vibration sensor, {n} mV/g", "268.00", (50, 100, 500))),
        (2, 4, 6, 8, 10, 12),
        "此致\n\n赵文杰 Zhao Wenjie\n设备采购部 Equipment Procurement\n瑞华水泥（缅甸）有限公司\nShwe Hua Cement "
        "(Myanmar) Co., Ltd.\nThilawa SEZ, Yangon | 电话 +95 1 241 8227 | 手机 +95 9 4418 2271",
        {**ours("zh", "en", "iso"), "purchase_order": ("L227", Style("zh", "en", "iso"))},
        {"sku": "SHC-{code}{n}", "reg": "Company Reg. No. 104182271", "signatory": "Liu Jianguo 刘建国",
         "buyer_title": "General Manager 总经理", "city": "Yangon", "bank": "Zhongyuan Commercial Bank Ltd., Yangon Branch",
         "iban": "USD A/C 0041 8227 1900 2", "bic": "ZCBLMMMY", "name_zh": "瑞华水泥（缅甸）有限公司",
         "ship_to": "Shwe Hua Cement plant stores, Plot B-12, Thilawa SEZ Zone A, Yangon"}),
}
