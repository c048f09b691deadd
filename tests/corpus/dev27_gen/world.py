"""The twenty-sixth holdout's fictitious partners (six countries new to the corpus, one of them writing German,
one French, one Spanish and one Chinese)."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Rhys Penhaligon <rhys.penhaligon@example.com>"


def ours(pay: Style, claim: Style | None = None) -> dict[str, tuple[str, Style]]:
    """Our own paperwork (the ERP's sales documents and packing list, the contract note, the carrier's bill of
    lading), the customer's online-banking printout for payments and its quality notification for claims."""
    sales = Style("en", "en", "slash_dmy")
    return {"quotation": ("L248", sales), "proforma_invoice": ("L248", sales),
            "commercial_invoice": ("L248", sales), "shipping_notice": ("L248", sales),
            "contract": ("L249", Style("en", "en", "mon")),
            "bill_of_lading": ("L250", Style("en", "en", "bl")),
            "payment_advice": ("L251", pay),
            "inspection_report": ("L252", claim or Style("en", "en", "mon"))}


PARTNERS = {
    "BB": Partner(
        "BB", Party("Six Men's Bay Distillers Ltd.", "Six Men's Bay, Speightstown, St. Peter BB26028, Barbados"),
        "Kerri-Ann Greaves", "k.greaves@sixmensbay-distillers.example", "en", "en", "apple", "en", "Re: ", "USD",
        "CIF Bridgetown", "Net 45 days from bill of lading date", None, None, "America/Barbados", "ea",
        (("FV", "Filler valve assembly for {n} ml bottles", "84.00", (200, 700, 1000)),
         ("CH", "Capping head chuck, ROPP {n} mm", "212.00", (28, 30, 31)),
         ("LP", "Labeller glue pallet, {n} mm wide", "146.00", (60, 90, 120)),
         ("SG", "Column still sight glass DN{n}, borosilicate", "58.50", (50, 80, 100)),
         ("HG", "Plate heat exchanger gasket, EPDM, type M{n}", "9.60", (6, 10, 15)),
         ("MS", "Mechanical seal for wash pump, shaft {n} mm", "138.00", (25, 35, 45))),
        (2, 3, 4, 6, 8, 10),
        "Best,\nKerri-Ann\n\nKerri-Ann Greaves\nPlant Buyer | Six Men's Bay Distillers Ltd.\nSpeightstown, St. Peter, "
        "Barbados\nT +1 246 422 7710 | M +1 246 839 2217\n\nSent from my iPad",
        {**ours(Style("en", "en", "slash_dmy")), "purchase_order": ("L253", Style("en", "en", "slash_dmy"))},
        {"sku": "SMB-{code}{n:04d}", "reg": "Co. No. 41882 · VAT Reg. 1000418827",
         "signatory": "Desmond Clarke-Harewood", "buyer_title": "Operations Director", "city": "Speightstown",
         "bank": "Windward Commercial Bank (Barbados) Ltd", "iban": "A/C 0041 882 7710", "bic": "WCBBBBBB",
         "ship_to": "SMB bottling hall, Six Men's Bay, St. Peter", "vendor_id": "NORTHWIND-UK"}),
    "MW": Partner(
        "MW", Party("Thyolo Highlands Tea Estates Limited", "Khonjeni Road, P.O. Box 41, Thyolo, Malawi"),
        "Chikondi Banda", "c.banda@thyolo-tea.example", "en", "en", "gmail", "en", "Re: ", "GBP",
        "CPT Blantyre", "Payment within 30 days of arrival at Blantyre", None, None, "Africa/Blantyre", "Nos",
        (("CR", "CTC roller segment, {n} TPI, hard chrome", "318.00", (6, 8, 10)),
         ("WF", "Withering trough fan impeller, {n} mm", "264.00", (900, 1100, 1250)),
         ("DS", "Dryer chain slat, {n} mm pitch", "12.80", (50, 63, 76)),
         ("RV", "Rotorvane barrel liner, {n} in", "486.00", (8, 12, 15)),
         ("SS", "Sorting machine silk screen, {n} mesh", "42.00", (10, 14, 18)),
         ("VB", "V-belt SPB {n} Lw", "17.40", (1800, 2120, 2500))),
        (2, 3, 4, 5, 6, 8),
        "Regards\nChikondi Banda\nStores & Purchasing\nThyolo Highlands Tea Estates Ltd | Khonjeni Factory\n"
        "+265 1 473 218 / +265 99 947 3218",
        {**ours(Style("en", "en", "mon")), "purchase_order": ("L254", Style("en", "en", "mon"))},
        {"sku": "TH/{code}/{n}", "reg": "TPIN 20418827 · Reg. No. COY-4188",
         "signatory": "Harold Mkandawire", "buyer_title": "Factory Manager", "city": "Thyolo",
         "bank": "Shire Valley Bank plc", "iban": "GBP A/C 1004188270", "bic": "SVBLMWMW",
         "ship_to": "Khonjeni Factory stores, Khonjeni Road, Thyolo", "voucher_prefix": "THE/PO"}),
    "MD": Partner(
        "MD", Party("Vinăria Valea Codrului SRL", "str. Viilor 17, MD-6801 Ialoveni, Republik Moldau"),
        "Natalia Ciobanu", "n.ciobanu@valea-codrului.example", "de", "de", "outlook", "de", "AW: ", "EUR",
        "DAP Ialoveni", "45 Tage netto nach Wareneingang", None, None, "Europe/Chisinau", "Stk",
        (("MP", "Pressmembran für Tankpresse {n} hl", "1380.00", (22, 32, 50)),
         ("FS", "Filterschicht 40 x 40 cm, Typ K{n}", "2.15", (100, 150, 200)),
         ("FD", "Dichtungssatz Füllventil, Füller mit {n} Ventilen", "96.00", (12, 16, 24)),
         ("VB", "Verkorkerbacke für Korken Ø {n} mm", "74.00", (22, 24, 26)),
         ("PL", "Pumpenlaufrad Edelstahl, Ø {n} mm", "228.00", (140, 160, 180)),
         ("TF", "Temperaturfühler Pt100, Tauchlänge {n} mm", "44.50", (150, 250, 400))),
        (2, 3, 4, 5, 6, 8),
        "Mit freundlichen Grüßen\nNatalia Ciobanu\nEinkauf / Aprovizionare\nVinăria Valea Codrului SRL\n"
        "str. Viilor 17, MD-6801 Ialoveni\nTel. +373 268 2 41 88 | Mobil +373 691 41 882",
        {**ours(Style("de", "de", "dot"), Style("de", "de", "dot")),
         "purchase_order": ("L255", Style("de", "fr", "dot"))},
        {"sku": "VC-{code}-{n:03d}", "reg": "IDNO 1003600418827 · USt-IdNr. (Cod TVA) 0418827",
         "signatory": "Vasile Moraru", "buyer_title": "Geschäftsführer / Director", "city": "Ialoveni",
         "bank": "Banca Comercială Codru SA", "iban": "MD24 CC00 0002 2418 8270 0EUR", "bic": "CCMDMD2X",
         "ship_to": "Vinăria Valea Codrului, Lager / depozit, str. Viilor 17, Ialoveni"}),
    "MR": Partner(
        "MR", Party("Société Mauritanienne de Pêche et de Froid SA",
                    "Zone portuaire, BP 512, Nouadhibou, Mauritanie"),
        "Mohamed Lemine Ould Sidi", "m.ouldsidi@somapef.example", "fr", "fr", "html", "fr", "RE : ", "EUR",
        "CFR Nouadhibou", "30 % à la commande, solde contre copie du connaissement", None, None,
        "Africa/Nouakchott", "pce",
        (("PC", "Plaque de congélateur à plaques, largeur {n} mm", "1240.00", (600, 800, 1000)),
         ("BM", "Bande modulaire POM pour tunnel, pas {n} mm", "38.00", (25, 38, 50)),
         ("VA", "Vanne d'arrêt ammoniac DN{n}", "312.00", (25, 40, 50)),
         ("CF", "Couteau de fileteuse, longueur {n} mm", "26.40", (160, 200, 240)),
         ("JP", "Joint de porte de chambre froide, {n} m", "54.00", (3, 5, 8)),
         ("RC", "Roulement de convoyeur inox, alésage {n} mm", "19.80", (20, 25, 30))),
        (2, 3, 4, 5, 6, 8),
        "Salutations distinguées,\n\nMohamed Lemine Ould Sidi\nResponsable des achats\nSociété Mauritanienne de "
        "Pêche et de Froid SA (SOMAPEF)\nZone portuaire, BP 512, Nouadhibou\nTél. +222 45 74 18 82",
        {**ours(Style("fr", "fr", "fr_long"), Style("fr", "fr", "slash_dmy")),
         "purchase_order": ("L256", Style("fr", "fr", "fr_long"))},
        {"sku": "{code}-{n:03d}", "reg": "NIF 00418827 · RC 4188/NDB",
         "signatory": "Sidi Mohamed Ould Cheikh", "buyer_title": "Directeur général", "city": "Nouadhibou",
         "bank": "Banque Atlantique du Banc d'Arguin", "iban": "MR13 0004 1882 7000 1234 5678 901",
         "bic": "BABAMRMR", "ship_to": "SOMAPEF, usine de traitement, zone portuaire, Nouadhibou"}),
    "BZ": Partner(
        "BZ", Party("Avícola del Norte Ltd.", "Mile 54 Philip Goldson Highway, Orange Walk Town, Belize"),
        "Rosa Elena Chan", "rchan@avicola-norte.example", "es", "es", "gmail", "es", "RE: ", "USD",
        "CIF Belize City", "Crédito a 60 días fecha de factura", None, None, "America/Belize", "unid.",
        (("DP", "Dado para peletizadora, orificio {n} mm", "1860.00", (3, 4, 5)),
         ("CM", "Criba para molino de martillos, perforación {n} mm", "64.00", (3, 5, 8)),
         ("MM", "Martillo para molino, espesor {n} mm", "4.80", (5, 6, 8)),
         ("RP", "Rodillo de peletizadora, diámetro {n} mm", "742.00", (190, 220, 250)),
         ("CE", "Cadena de elevador de cangilones, paso {n} mm", "218.00", (100, 125, 150)),
         ("BN", "Bebedero de niple para pollos, rosca {n} mm", "1.95", (10, 12, 14))),
        (2, 3, 4, 5, 6, 10),
        "Saludos,\nRosa Elena Chan\nCompras – Planta de Alimento\nAvícola del Norte Ltd.\nMile 54 Philip Goldson "
        "Hwy, Orange Walk Town, Belize\nTel. +501 322 4188 | Cel. +501 610 4188",
        {**ours(Style("es", "en", "slash_dmy"), Style("es", "en", "slash_dmy")),
         "purchase_order": ("L253", Style("es", "en", "usmon"))},
        {"sku": "ADN-{code}{n:03d}", "reg": "Belize GST TIN 000418827 · Co. Reg. 4188",
         "signatory": "Arturo Novelo", "buyer_title": "Gerente General", "city": "Orange Walk Town",
         "bank": "Belize Mainland Bank Ltd.", "iban": "USD A/C 418-827-0071", "bic": "BMBLBZBZ",
         "ship_to": "Planta de alimento ADN, Mile 54 Philip Goldson Highway, Orange Walk", "vendor_id": "NORTHWI"}),
    "SR": Partner(
        "SR", Party("Huasen Timber Suriname N.V.", "Martin Luther Kingweg 219, Paramaribo, Suriname"),
        "Lin Guoqiang", "lin.guoqiang@huasen-timber.example", "zh", "en", "outlook", "zh", "答复: ", "USD",
        "CFR Paramaribo", "T/T 30% deposit, balance against copy B/L", None, None, "America/Paramaribo", "PCS",
        (("BS", "Band saw blade, stellite tipped, {n} mm wide", "186.00", (180, 230, 260)),
         ("PK", "Rotary peeling lathe knife, {n} mm", "412.00", (1400, 2600, 2700)),
         ("PH", "Hot press platen hose, DN{n}", "48.00", (25, 32, 40)),
         ("DR", "Veneer dryer roller bearing, {n} mm bore", "36.50", (40, 50, 60)),
         ("CK", "Chipper knife, HSS, {n} mm", "64.00", (400, 500, 600)),
         ("GR", "Glue spreader rubber roll, {n} mm face", "1640.00", (1300, 1400, 2700))),
        (2, 3, 4, 5, 6, 8),
        "林国强 Lin Guoqiang\n采购部 Purchasing Dept.\n苏里南华森木业有限公司 Huasen Timber Suriname N.V.\n"
        "Martin Luther Kingweg 219, Paramaribo | 电话 +597 41 8827 | 微信 lgq_huasen",
        {**ours(Style("zh", "plain", "zh_slash"), Style("en", "en", "mon")),
         "purchase_order": ("L257", Style("zh", "plain", "zh_slash"))},
        {"sku": "HS{code}-{n}", "reg": "KKF 41882 · Belastingnr. 4188270",
         "signatory": "Chen Weidong", "buyer_title": "General Manager", "city": "Paramaribo",
         "bank": "Surinaamse Handelsbank N.V.", "iban": "USD 2041882701", "bic": "SHBKSRPA",
         "name_zh": "苏里南华森木业有限公司", "ship_to": "Huasen sawmill and veneer plant, Martin Luther Kingweg 219"}),
}
