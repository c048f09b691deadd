"""The seventeenth holdout's fictitious partners (New Zealand, Serbia writing German, the Dominican Republic,
Israel, Burkina Faso writing French, Nepal writing Chinese)."""
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
    """Our own paperwork (sales documents from our online invoicing package, the sales agreement on our Word
    template, the warehouse's Excel packing list, the forwarder's house bill of lading) and the customer's bank
    confirmation of the outgoing transfer."""
    return {"quotation": ("L158", Style("en", "en", "mon")),
            "proforma_invoice": ("L158", Style("en", "en", "mon")),
            "commercial_invoice": ("L158", Style("en", "en", "mon")),
            "contract": ("L159", Style("en", "en", "slash_dmy")), "bill_of_lading": ("L161", Style("en", "en", "bl")),
            "shipping_notice": ("L160", Style("en", "en", "dot")),
            "payment_advice": ("L162", Style(pay_lang, pay_num, pay_date))}


PARTNERS = {
    "NZ": Partner(
        "NZ", Party("Waikato Dairy Engineering Ltd", "41 Kahikatea Drive, Frankton, Hamilton 3204, New Zealand"),
        "Hemi Walker", "hemi.walker@waikato-dairyeng.example", "en", "en", "gmail", "en", "Re: ", "GBP",
        "CIF Auckland", "Net 30 days from date of invoice", None, None, "Pacific/Auckland", "ea",
        (("PG", "Plate heat exchanger gasket, clip-on, type M{n}", "14.80", (6, 10, 15, 20)),
         ("IM", "Milk pump impeller, 316L, Ø{n} mm", "238.00", (132, 160, 185, 210)),
         ("CV", "CIP return valve seal kit DN{n}", "46.50", (25, 40, 50, 65)),
         ("FM", "Magnetic flow meter liner DN{n}", "512.00", (25, 40, 50)),
         ("LS", "Vibrating level switch, probe {n} mm", "167.00", (100, 250, 500)),
         ("VP", "Vacuum pump vane set, size {n}", "92.00", (1, 2, 3, 4))),
        (2, 3, 4, 6, 8, 12),
        "Cheers,\nHemi\n\nHemi Walker | Procurement Lead\nWaikato Dairy Engineering Ltd\n41 Kahikatea Drive, "
        "Frankton, Hamilton 3204 | P +64 7 847 4182 | M +64 21 418 2277",
        {**ours("en", "en", "slash_dmy"), "purchase_order": ("L164", Style("en", "en", "slash_dmy"))},
        {"sku": "NW-{code}{n}", "nzbn": "NZBN 9429041822761", "gst": "GST 114-182-276", "signatory": "Aroha Ngata",
         "buyer_title": "General Manager", "city": "Hamilton", "bank": "Kowhai Bank of New Zealand Ltd",
         "iban": "NZ A/C 06-0418-0227761-00", "bic": "KOWHNZ2A", "owner": "ANZ",
         "ship_to": "Waikato Dairy Engineering Ltd, Goods Inwards, 41 Kahikatea Drive, Frankton, Hamilton 3204"}),
    "RS": Partner(
        "RS", Party("Panonija Agrotehnika d.o.o.", "Temerinski put 52, 21000 Novi Sad, Serbien"),
        "Dragan Petrović", "d.petrovic@panonija-agro.example", "de", "de", "outlook", "de", "AW: ", "EUR",
        "DAP Novi Sad", "30 Tage netto ab Rechnungsdatum", None, None, "Europe/Belgrade", "kom",
        (("KL", "Kegelrollenlager {n}, Radnabe", "31.60", (30205, 30207, 32210, 32212)),
         ("GW", "Gelenkwelle Baugröße {n}, 1010 mm", "218.00", (4, 5, 6)),
         ("HZ", "Hydraulikzylinder doppeltwirkend, Hub {n} mm", "264.00", (200, 300, 400)),
         ("MK", "Mähmesserklinge, Breite {n} mm", "3.90", (76, 80, 85)),
         ("SB", "Scherbolzen für Zapfwelle M{n}", "2.40", (8, 10, 12)),
         ("KR", "Keilriemen SPC {n}", "38.50", (3150, 3550, 4000, 4500))),
        (2, 4, 5, 6, 8, 10),
        "Mit freundlichen Grüßen / Srdačan pozdrav\n\nDragan Petrović\nNabavka / Einkauf\nPanonija Agrotehnika "
        "d.o.o.\nTemerinski put 52, 21000 Novi Sad, Srbija\nTel. +381 21 418 2276 | Mob. +381 63 822 7104",
        {**ours("de", "de", "dot"), "purchase_order": ("L165", Style("de", "de", "dot"))},
        {"sku": "{code}-{n}", "pib": "PIB 104182276", "mb": "MB 20418227", "signatory": "Milica Jovanović",
         "buyer_title": "Direktorka / Geschäftsführerin", "city": "Novi Sad", "bank": "Vojvođanska Trgovačka Banka a.d.",
         "iban": "RS35 3400 0418 2276 1100 12", "bic": "VTBARS22",
         "ship_to": "Panonija Agrotehnika d.o.o., magacin / Lager 2, Temerinski put 52, 21000 Novi Sad"}),
    "DO": Partner(
        "DO", Party("Ingenio Azucarero del Este S.R.L.", "Carretera La Romana–San Pedro Km 6, La Romana, "
                    "República Dominicana"),
        "Yokasta Peralta Mejía", "yperalta@ingenio-del-este.example", "es", "es", "apple", "es", "Re: ", "USD",
        "CFR Caucedo", "Crédito 45 días fecha factura", None, None, "America/Santo_Domingo", "Ud.",
        (("CM", "Cuchilla para picadora de caña, {n} mm", "42.00", (305, 355, 405)),
         ("CD", "Cadena de conductor de caña, paso {n} mm", "786.00", (152, 203, 229)),
         ("EM", "Empaquetadura de grafito para bomba, {n} mm", "28.40", (10, 12, 16, 20)),
         ("VM", "Válvula mariposa para jugo DN{n}", "318.00", (100, 150, 200)),
         ("TR", "Termorresistencia PT100, vaina {n} mm", "56.00", (150, 250, 400)),
         ("RO", "Rodamiento de rodillos esféricos 222{n}", "164.00", (18, 20, 22, 24))),
        (2, 4, 5, 6, 8, 10),
        "Saludos,\n\nYokasta Peralta Mejía\nEncargada de Compras Internacionales\nIngenio Azucarero del Este S.R.L.\n"
        "La Romana, República Dominicana | Tel. +1 809 556 4182 | Cel. +1 829 418 2277",
        {**ours("es", "en", "slash_dmy"), "purchase_order": ("L166", Style("es", "en", "slash_dmy"))},
        {"sku": "IAE-{code}{n}", "rnc": "RNC 1-31-41822-7", "signatory": "Ing. Ramón Castillo Fermín",
         "buyer_title": "Gerente Industrial", "city": "La Romana", "bank": "Banco Mercantil del Caribe S.A.",
         "iban": "Cuenta USD 041-822776-1", "bic": "BMCADOSD", "owner": "CMA",
         "ship_to": "Ingenio Azucarero del Este S.R.L., Almacén de Repuestos, Carretera La Romana–San Pedro Km 6"}),
    "IL": Partner(
        "IL", Party("Galil Precision Optics Ltd.", "8 HaMada Street, Yokneam Illit 2069208, Israel"),
        "Noa Ben-David", "noa.bendavid@galil-optics.example", "en", "en", "html", "en", "Re: ", "USD",
        "FCA Southampton", "Current + 45 days", None, None, "Asia/Jerusalem", "pc",
        (("LB", "Linear stage ball screw, lead {n} mm", "148.00", (5, 10, 16)),
         ("AG", "Air bearing guide pad, Ø{n} mm", "326.00", (40, 65, 80)),
         ("SM", "Stepper motor NEMA {n}, with encoder", "112.00", (17, 23, 34)),
         ("VI", "Vibration isolator, load {n} kg", "58.00", (25, 50, 100)),
         ("CL", "Cleanroom wiper roll, width {n} mm", "19.50", (150, 300)),
         ("TC", "Temperature controller, {n} channels", "274.00", (2, 4, 8))),
        (2, 3, 4, 5, 6, 10),
        "Regards,\nNoa Ben-David\nSupply Chain Manager | Galil Precision Optics Ltd.\n8 HaMada St., Yokneam "
        "Illit 2069208, Israel | Tel +972 4 959 4182 | Mobile +972 52 418 2277",
        {**ours("en", "en", "dot")},
        {"sku": "GPO-{code}-{n}", "vat_il": "Company No. 514182276", "signatory": "Dr. Eitan Shapira",
         "buyer_title": "Chief Executive Officer", "city": "Yokneam", "bank": "Carmel Commercial Bank Ltd.",
         "iban": "IL62 0108 0418 2276 1100 012", "bic": "CCBLILIT",
         "ship_to": "Galil Precision Optics Ltd., Receiving, 8 HaMada Street, Yokneam Illit"}),
    "BF": Partner(
        "BF", Party("Société Burkinabè de Filature et Tissage SA", "Zone industrielle de Kossodo, 01 BP 2318 "
                    "Ouagadougou 01, Burkina Faso"),
        "Aminata Ouédraogo", "a.ouedraogo@sobufit.example", "fr", "fr", "outlook", "fr", "RE : ", "EUR",
        "CIP Ouagadougou", "Virement à 60 jours date de facture", None, None, "Africa/Ouagadougou", "u",
        (("CE", "Cylindre d'étirage cannelé, Ø{n} mm", "212.00", (25, 27, 32)),
         ("CU", "Curseurs pour continu à filer, n° {n} (boîte de 1000)", "24.60", (2, 3, 4, 6)),
         ("BR", "Broche de continu à filer, type {n}", "68.00", (68, 70, 82)),
         ("MA", "Manchon de cylindre de pression, dureté {n} Shore", "4.70", (65, 68, 75)),
         ("CT", "Courroie tangentielle, largeur {n} mm", "396.00", (30, 40, 50)),
         ("PC", "Peigne de peigneuse, {n} pointes/cm", "148.00", (28, 30, 32))),
        (2, 3, 4, 6, 8, 10),
        "Bien à vous,\n\nAminata Ouédraogo\nChef du service Approvisionnements\nSociété Burkinabè de Filature et "
        "Tissage SA (SOBUFIT)\nZone industrielle de Kossodo, Ouagadougou | Tél. +226 25 35 41 82 | +226 70 41 82 27",
        {**ours("fr", "fr", "dot"), "inspection_report": ("L163", Style("fr", "fr", "dot"))},
        {"sku": "{code}{n}", "ifu": "IFU 00041822 X · RCCM BF OUA 2004 B 1822", "signatory": "Issouf Sawadogo",
         "buyer_title": "Directeur général", "city": "Ouagadougou", "bank": "Banque Sahélienne de Commerce SA",
         "iban": "BF42 BF14 1000 4182 2761 1000 0012", "bic": "BSCOBFBF", "inspector": "Boukary Zongo",
         "owner": "MSK", "ship_to": "SOBUFIT, magasin pièces de rechange, Zone industrielle de Kossodo, Ouagadougou"}),
    "NP": Partner(
        "NP", Party("Himalaya Hydro Engineering (Nepal) Pvt. Ltd.", "Tinkune, Subidhanagar, Kathmandu 44600, Nepal"),
        "Chen Hao", "chenhao@himalaya-hydro.example", "zh", "en", "gmail", "zh", "回复：", "USD",
        "CIP Kathmandu", "T/T 30% advance, 70% before shipment", None, None, "Asia/Kathmandu", "PCS",
        (("GB", "Guide vane bushing, self-lubricating, Ø{n} mm", "84.00", (60, 80, 100, 120, 140)),
         ("SS", "Turbine shaft seal segment, size {n}", "396.00", (1, 2, 3, 4, 5)),
         ("OF", "Governor oil filter element {n} µm", "38.00", (3, 6, 10, 25, 40)),
         ("CB", "Generator carbon brush, {n} x 32 mm", "12.80", (16, 20, 25, 32, 40)),
         ("CS", "Cooling water strainer basket DN{n}", "142.00", (50, 65, 80, 100, 125)),
         ("RT", "Bearing RTD PT100, cable {n} m", "46.00", (2, 5, 10, 15, 20))),
        (4, 6, 8, 10, 12, 20),
        "此致\n敬礼！\n\n陈浩 Chen Hao\n采购经理 Procurement Manager\n喜马拉雅水电工程(尼泊尔)私人有限公司\nHimalaya Hydro "
        "Engineering (Nepal) Pvt. Ltd.\nKathmandu | 电话 +977 1 441 8227 | 微信 chenhao_ktm",
        {**ours("en", "en", "iso"), "purchase_order": ("L167", Style("zh", "en", "iso"))},
        {"sku": "HH-{code}{n}", "name_zh": "喜马拉雅水电工程(尼泊尔)私人有限公司", "pan": "PAN 604182276",
         "signatory": "Wang Jun 王军", "buyer_title": "General Manager 总经理", "city": "Kathmandu",
         "bank": "Everest Commerce Bank Ltd.", "iban": "USD A/C 0418 2276 0100 12", "bic": "EVCBNPKA",
         "owner": "OOL", "ship_to": "Upper Tamakoshi site store, Lamabagar, Dolakha, via Kathmandu"}),
}
