"""The eighteenth holdout's fictitious partners (Oman, Namibia writing German, Honduras, a Chinese contractor in
Mozambique writing Chinese, Malta, Gabon writing French)."""
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
    """Our own paperwork (sales documents from our small-business accounting web app, the sales contract drafted
    in our shared online word processor, the dispatch team's packing list, the carrier's electronic bill of
    lading print) and the customer's bank payment status report."""
    return {"quotation": ("L168", Style("en", "en", "mon")),
            "proforma_invoice": ("L168", Style("en", "en", "mon")),
            "commercial_invoice": ("L168", Style("en", "en", "mon")),
            "contract": ("L169", Style("en", "en", "slash_dmy")), "bill_of_lading": ("L171", Style("en", "en", "bl")),
            "shipping_notice": ("L170", Style("en", "en", "slash_dmy")),
            "payment_advice": ("L172", Style(pay_lang, pay_num, pay_date))}


PARTNERS = {
    "OM": Partner(
        "OM", Party("Al Batinah Water Desalination Services LLC", "Plot 118, Sohar Industrial Estate, PO Box 214, "
                    "PC 327 Sohar, Sultanate of Oman"),
        "Rashid Al-Balushi", "r.albalushi@batinah-desal.example", "en", "en", "outlook", "en", "RE: ", "USD",
        "CFR Sohar", "60 days from invoice date", None, None, "Asia/Muscat", "EA",
        (("RM", "RO membrane element 8 in, {n} GPD", "612.00", (365, 400, 440)),
         ("HP", "High-pressure pump mechanical seal, shaft {n} mm", "384.00", (45, 55, 65)),
         ("CF", "Cartridge filter element 40 in, {n} micron", "9.40", (1, 5, 10)),
         ("PV", "Pressure vessel end cap seal kit, {n} in", "57.00", (4, 6, 8)),
         ("DV", "Duplex stainless butterfly valve DN{n}", "436.00", (80, 100, 150)),
         ("CS", "Conductivity sensor, cell constant {n}", "148.00", (1, 2, 10))),
        (2, 4, 6, 8, 12, 20),
        "Best regards,\n\nRashid Al-Balushi\nSenior Buyer, Procurement Department\nAl Batinah Water Desalination "
        "Services LLC\nSohar Industrial Estate, Oman | Tel +968 2675 1182 | Mob +968 9921 8827",
        {**ours("en", "en", "slash_dmy"), "purchase_order": ("L174", Style("en", "en", "dot"))},
        {"sku": "ABW-{code}{n}", "cr": "C.R. No. 1182764", "vatin": "VATIN OM1100182764", "signatory": "Eng. Salim "
         "Al-Harthy", "buyer_title": "General Manager", "city": "Sohar", "bank": "Bank of the Batinah SAOG",
         "iban": "OM81 0270 0182 7640 1100 019", "bic": "BTNAOMRX", "owner": "MSK",
         "ship_to": "Al Batinah Water Desalination Services LLC, Central Store, Plot 118, Sohar Industrial Estate"}),
    "NA": Partner(
        "NA", Party("Otjiwarongo Pumpen- und Bergbautechnik (Pty) Ltd", "Erf 2231, Industriestraße 14, "
                    "Otjiwarongo, Namibia"),
        "Heiko Brinkmann", "h.brinkmann@otji-pumpen.example", "de", "de", "apple", "de", "Re: ", "EUR",
        "CIF Walvis Bay", "Zahlbar innerhalb 30 Tagen netto", None, None, "Africa/Windhoek", "Stk",
        (("SL", "Schlammpumpen-Laufrad, hochchromhaltig, Ø{n} mm", "688.00", (250, 300, 365)),
         ("VS", "Verschleißplatte Pumpengehäuse, Größe {n}", "214.00", (4, 6, 8)),
         ("GD", "Gleitringdichtung Patrone, Welle {n} mm", "296.00", (50, 65, 75)),
         ("SC", "Siebgewebe Polyurethan, Masche {n} mm", "87.50", (6, 10, 16)),
         ("FS", "Förderbandabstreifer, Breite {n} mm", "132.00", (800, 1000, 1200)),
         ("SS", "Schlauchschelle Edelstahl, {n} mm", "3.20", (60, 90, 120))),
        (2, 3, 4, 6, 8, 10),
        "Mit besten Grüßen aus Otjiwarongo\n\nHeiko Brinkmann\nEinkauf und Lager\nOtjiwarongo Pumpen- und "
        "Bergbautechnik (Pty) Ltd\nErf 2231, Industriestraße 14, Otjiwarongo | Tel. +264 67 30 1822 | "
        "Mobil +264 81 418 2277",
        {**ours("de", "de", "dot"), "purchase_order": ("L175", Style("de", "de", "dot"))},
        {"sku": "{code}-{n}", "reg": "Reg. Nr. 2009/0418 · VAT 4182276-01-5", "signatory": "Ulrike Hanssen-Kapia",
         "buyer_title": "Geschäftsführerin", "city": "Otjiwarongo", "bank": "Kalahari Handelsbank Ltd.",
         "iban": "Konto 6204 1822 761", "bic": "KHBLNANX", "owner": "CMA",
         "ship_to": "Otjiwarongo Pumpen- und Bergbautechnik (Pty) Ltd, Lager, Industriestraße 14, Otjiwarongo"}),
    "HN": Partner(
        "HN", Party("Beneficio y Exportadora de Café Montecillos S. de R.L.", "Barrio El Centro, 2a Avenida, "
                    "Marcala, La Paz, Honduras"),
        "Dania Lorena Fiallos", "dfiallos@cafe-montecillos.example", "es", "es", "gmail", "es", "RE: ", "USD",
        "CFR Puerto Cortés", "Crédito a 30 días fecha de factura", None, None, "America/Tegucigalpa", "Und",
        (("DS", "Desmucilaginador, rotor de acero inoxidable {n} mm", "742.00", (250, 300, 400)),
         ("CR", "Criba para clasificadora de café, perforación {n}/64 in", "96.00", (14, 16, 18)),
         ("RD", "Rodamiento de secadora rotativa 222{n}", "178.00", (16, 18, 20)),
         ("BA", "Banda transportadora de granos, ancho {n} mm", "264.00", (400, 500, 650)),
         ("SH", "Sensor de humedad de grano, sonda {n} mm", "118.00", (150, 300, 450)),
         ("PE", "Pelador de cereza, cuchilla de repuesto N° {n}", "12.60", (2, 3, 4))),
        (2, 4, 5, 6, 8, 10),
        "Saludos cordiales,\n\nDania Lorena Fiallos\nJefa de Compras\nBeneficio y Exportadora de Café Montecillos "
        "S. de R.L.\nMarcala, La Paz, Honduras | Tel. +504 2764 1822 | Cel. +504 9418 2277",
        {**ours("es", "en", "slash_dmy"), "purchase_order": ("L176", Style("es", "en", "slash_dmy"))},
        {"sku": "BCM-{code}{n}", "rtn": "RTN 12019004182276", "signatory": "Lic. Óscar Mauricio Rivera",
         "buyer_title": "Gerente General", "city": "Marcala", "bank": "Banco Cafetalero de Honduras S.A.",
         "iban": "Cuenta USD 21-418-227610", "bic": "BCAFHNTE", "owner": "MSC",
         "ship_to": "Beneficio Montecillos, bodega de repuestos, Barrio El Centro, Marcala, La Paz"}),
    "MZ": Partner(
        "MZ", Party("Zambezi Ponte e Estrada Engenharia (Moçambique), Lda.", "Avenida 25 de Setembro 1822, "
                    "Maputo, Moçambique"),
        "Liu Wei", "liuwei@zambezi-pe.example", "zh", "en", "gmail", "zh", "回复：", "USD",
        "CFR Maputo", "T/T 30% advance, 70% against copy B/L", None, None, "Africa/Maputo", "PCS",
        (("TR", "Excavator track roller, class {n} t", "212.00", (13, 20, 30, 36)),
         ("HF", "Hydraulic return filter element, {n} µm", "34.00", (6, 10, 20, 25)),
         ("BT", "Bucket tooth, size {n}", "26.50", (2, 3, 4, 5)),
         ("AS", "Asphalt paver screed plate, width {n} mm", "318.00", (250, 300, 500, 750)),
         ("VR", "Vibratory roller drum bearing 22{n}", "146.00", (314, 316, 318, 320)),
         ("CW", "Concrete pump wear ring DN{n}", "88.00", (125, 150, 180, 230))),
        (4, 6, 8, 10, 12, 20),
        "顺祝商祺！\n\n刘伟 Liu Wei\n设备物资部 采购主管\n赞比西路桥工程(莫桑比克)有限公司\nZambezi Ponte e Estrada "
        "Engenharia (Moçambique), Lda.\nMaputo | 电话 +258 21 41 8227 | 微信 liuwei_mpm",
        {**ours("en", "en", "iso"), "purchase_order": ("L177", Style("zh", "en", "iso"))},
        {"sku": "ZP-{code}{n}", "name_zh": "赞比西路桥工程(莫桑比克)有限公司", "nuit": "NUIT 400418227",
         "signatory": "Zhang Lei 张磊", "buyer_title": "General Manager 总经理", "city": "Maputo",
         "bank": "Banco Comercial do Índico, S.A.", "iban": "USD A/C 0418 2276 1001 9", "bic": "BCINMZMA",
         "owner": "CMA", "ship_to": "Estaleiro Matola-Boane, Km 12, EN2, Matola, via Maputo"}),
    "MT": Partner(
        "MT", Party("Grand Harbour Marine Engineering Ltd", "Xatt il-Mollijiet, Marsa MRS 1152, Malta"),
        "Clayton Vella", "clayton.vella@gh-marine.example", "en", "en", "html", "en", "Re: ", "EUR",
        "DAP Marsa", "30 days end of month", None, None, "Europe/Malta", "pc",
        (("IM", "Sea water pump impeller, bronze, Ø{n} mm", "274.00", (160, 200, 250)),
         ("ZA", "Zinc anode, hull type, {n} kg", "18.40", (2, 4, 6)),
         ("SF", "Stern tube shaft seal ring, {n} mm", "162.00", (90, 110, 130)),
         ("FI", "Fuel injector nozzle, type {n}", "96.00", (150, 180, 210)),
         ("HE", "Heat exchanger tube bundle gasket set, size {n}", "54.00", (1, 2, 3)),
         ("TC", "Turbocharger filter silencer mat, Ø{n} mm", "38.50", (300, 420, 560))),
        (2, 3, 4, 5, 6, 10),
        "Kind regards,\nClayton Vella\nPurchasing Officer | Grand Harbour Marine Engineering Ltd\nXatt "
        "il-Mollijiet, Marsa MRS 1152, Malta | T +356 2122 1822 | M +356 9941 8227",
        {**ours("en", "en", "dot"), "inspection_report": ("L173", Style("en", "en", "slash_dmy"))},
        {"sku": "GH-{code}-{n}", "vat_mt": "VAT MT 1822-7641", "signatory": "Ing. Mark Grech",
         "buyer_title": "Managing Director", "city": "Marsa", "bank": "Valletta Harbour Bank plc",
         "iban": "MT31 VHBP 4182 2000 0000 0418 2276 110", "bic": "VHBPMTMT", "inspector": "Josianne Camilleri",
         "ship_to": "Grand Harbour Marine Engineering Ltd, Stores, Xatt il-Mollijiet, Marsa"}),
    "GA": Partner(
        "GA", Party("Société Gabonaise de Déroulage et Contreplaqués SA", "Zone industrielle d'Oloumi, BP 1822, "
                    "Libreville, Gabon"),
        "Sylvie Nzé Obiang", "s.nze@sogadec.example", "fr", "fr", "outlook", "fr", "RE : ", "EUR",
        "CFR Owendo", "Virement à 45 jours fin de mois", None, None, "Africa/Libreville", "pce",
        (("CD", "Couteau de dérouleuse, longueur {n} mm", "486.00", (1400, 2700)),
         ("BP", "Barre de pression pour dérouleuse, {n} mm", "352.00", (1400, 2700)),
         ("CS", "Courroie de séchoir à placages, largeur {n} mm", "218.00", (1800, 2600)),
         ("LS", "Lame de scie circulaire carbure Ø{n} mm", "74.00", (350, 450, 500)),
         ("JH", "Joint hydraulique de presse à chaud, Ø{n} mm", "12.80", (80, 100, 125)),
         ("RG", "Roulement de griffe de dérouleuse 62{n}", "41.00", (10, 12, 14))),
        (2, 3, 4, 6, 8, 10),
        "Cordialement,\n\nSylvie Nzé Obiang\nResponsable des achats\nSociété Gabonaise de Déroulage et "
        "Contreplaqués SA (SOGADEC)\nZI d'Oloumi, Libreville | Tél. +241 11 74 18 22 | +241 77 41 82 27",
        {**ours("fr", "fr", "dot")},
        {"sku": "{code}{n}", "nif": "NIF 041822 K · RCCM GA-LBV-01-2008-B14-01822", "signatory": "Jean-Rémy "
         "Mba Ndong", "buyer_title": "Directeur général", "city": "Libreville", "bank": "Banque Équatoriale du "
         "Commerce SA", "iban": "GA21 4003 1822 7610 0041 8227 612", "bic": "BEQCGALI", "owner": "MSK",
         "ship_to": "SOGADEC, magasin central, Zone industrielle d'Oloumi, Libreville"}),
}
