"""The twenty-ninth holdout's fictitious partners (six countries new to the corpus, one of them writing German,
one French, one Spanish and one Chinese)."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Rhys Pemberton <rhys.pemberton@example.com>"


def ours(sales: Style, pay: Style, claim: Style | None = None) -> dict[str, tuple[str, Style]]:
    """Our own paperwork (the ERP's quotation, pro forma, invoice and packing list, the supply agreement), the
    carrier's sea waybill, the customer's remittance advice and its supplier corrective action request."""
    return {"quotation": ("L278", sales), "proforma_invoice": ("L278", sales),
            "commercial_invoice": ("L278", sales), "shipping_notice": ("L278", sales),
            "contract": ("L279", Style(sales.lang, sales.num, "mon")),
            "bill_of_lading": ("L280", Style("en", "en", "bl")),
            "payment_advice": ("L281", pay),
            "inspection_report": ("L282", claim or Style("en", "en", "mon"))}


PARTNERS = {
    "LR": Partner(
        "LR", Party("Mount Barclay Rubber & Latex Processing Inc.",
                    "Careysburg Highway, Mount Barclay, Montserrado County, Liberia"),
        "Josephine Tarpeh-Dolo", "j.tarpeh@mtbarclay-rubber.example", "en", "en", "gmail", "en", "Re: ", "USD",
        "CIF Monrovia", "Net 30 days from B/L date", None, None, "Africa/Monrovia", "pcs",
        (("CR", "Crepe mill roller, spiral grooved, {n} mm dia. x 610 mm", "1340.00", (300, 350, 400)),
         ("HS", "Hammer mill screen plate, {n} mm holes", "88.00", (6, 8, 10)),
         ("BN", "Dryer burner nozzle, {n} kg/h diesel", "61.50", (20, 30, 45)),
         ("CB", "Slab cutter conveyor belt, {n} mm wide, per metre", "47.00", (500, 650, 800)),
         ("PS", "Latex transfer pump seal kit, {n} mm shaft", "132.00", (35, 45, 55)),
         ("BT", "Bale press platen wear strip, {n} mm", "29.40", (12, 16, 20))),
        (2, 3, 4, 5, 6, 8),
        "Thanks & God bless,\nJosephine T. Dolo\nPurchasing Officer\nMount Barclay Rubber & Latex Processing Inc.\n"
        "Careysburg Highway, Montserrado | +231 77 540 2218",
        {**ours(Style("en", "en", "mon"), Style("en", "en", "usmon")),
         "purchase_order": ("L283", Style("en", "en", "mon"))},
        {"sku": "MBR-{code}-{n}", "reg": "BRN 0500127734 · TIN 500127734",
         "signatory": "Emmanuel Kollie", "buyer_title": "Factory Manager", "city": "Mount Barclay",
         "bank": "St. Paul River Commercial Bank", "iban": "USD A/C 01-204-771839-01", "bic": "SPRCLRLM",
         "ship_to": "Mount Barclay factory stores, Careysburg Highway (from Freeport of Monrovia)",
         "vendor_id": "VEN-00231"}),
    "SC": Partner(
        "SC", Party("Port Victoria Cold Stores (Pty) Ltd", "Zone 14, New Fishing Port, Victoria, Mahé, Seychelles"),
        "Marie-Claire Hoareau", "mc.hoareau@pv-coldstores.example", "en", "en", "outlook", "en", "RE: ", "EUR",
        "CFR Port Victoria", "60 days from arrival of goods", None, None, "Indian/Mahe", "ea",
        (("VP", "Ammonia compressor valve plate, {n} mm bore", "286.00", (100, 130, 160)),
         ("PF", "Plate freezer hydraulic seal kit, {n} stations", "412.00", (12, 16, 20)),
         ("EF", "Evaporator fan motor {n} W, 400 V", "198.00", (370, 550, 750)),
         ("MS", "Brine pump mechanical seal, {n} mm", "74.00", (28, 35, 43)),
         ("DG", "Cold room door gasket, {n} m roll", "31.80", (5, 10, 25)),
         ("TS", "Pt100 room sensor, {n} m cable", "22.60", (2, 5, 10))),
        (2, 3, 4, 6, 8, 12),
        "Kind regards,\nMarie-Claire Hoareau\nEngineering Stores\nPort Victoria Cold Stores (Pty) Ltd\n"
        "New Fishing Port, Victoria, Mahé · Tel +248 4 22 31 90",
        {**ours(Style("en", "ch", "dot"), Style("en", "en", "mon"), Style("en", "en", "dot")),
         "purchase_order": ("L284", Style("en", "en", "slash_dmy"))},
        {"sku": "PVC/{code}/{n}", "reg": "BRN 8412019-1 · GST TIN 1014882",
         "signatory": "Bernard Labrosse", "buyer_title": "General Manager", "city": "Victoria",
         "bank": "Mahé Ocean Bank Ltd", "iban": "EUR A/C 1100 2284 7711", "bic": "MOBKSCSC",
         "ship_to": "Port Victoria Cold Stores, engineering store, Zone 14 New Fishing Port, Victoria",
         "vendor_id": "NORTH001"}),
    "TM": Partner(
        "TM", Party("Mary Pamuk Dokma HJ", "Magtymguly şaýoly 112, 745400 Mary, Turkmenistan"),
        "Gulnara Orazowa", "g.orazowa@mary-pamuk.example", "de", "de", "outlook", "de", "AW: ", "EUR",
        "DAP Mary", "30 Tage nach Wareneingang, netto", None, None, "Asia/Ashgabat", "Stk",
        (("SB", "Spindelband endlos, {n} mm breit", "18.40", (10, 12, 15)),
         ("RL", "Ringläufer Nr. {n}/0, 1000 Stück/Dose", "23.90", (2, 3, 4)),
         ("OW", "Oberwalze Streckwerk Ø {n} mm, bezogen", "54.00", (25, 28, 30)),
         ("KG", "Kardengarnitur Deckel, {n} mm Arbeitsbreite", "935.00", (1000, 1280, 1500)),
         ("RD", "Rotor-Spinnmaschine Düse Ø {n} mm", "67.50", (31, 33, 36)),
         ("ZR", "Zahnriemen T10, {n} mm lang", "41.20", (1010, 1210, 1420))),
        (2, 3, 4, 5, 8, 10),
        "Mit freundlichen Grüßen\nGulnara Orazowa\nAbteilung Beschaffung / Satyn alyş bölümi\nMary Pamuk Dokma HJ\n"
        "Magtymguly şaýoly 112, Mary · Tel. +993 522 6 14 47",
        {**ours(Style("de", "de", "dot"), Style("de", "de", "dot"), Style("de", "de", "dot")),
         "purchase_order": ("L285", Style("de", "de", "dot"))},
        {"sku": "{code}-{n}", "reg": "Registrierungs-Nr. 10-21-4471 · Steuer-Nr. 102144713",
         "signatory": "Berdi Annaýew", "buyer_title": "Direktor", "city": "Mary",
         "bank": "Türkmenbaşy Daşary Söwda Banky", "iban": "TM-EUR 23202978 100447 01", "bic": "TDSBTM2X",
         "ship_to": "Mary Pamuk Dokma, Lager Ersatzteile, Magtymguly şaýoly 112, Mary", "supplier_no": "70018844"}),
    "CG": Partner(
        "CG", Party("Savonnerie et Huilerie de Pointe-Noire SA",
                    "Avenue de l'Indépendance 214, Zone portuaire, Pointe-Noire, République du Congo"),
        "Ghislaine Mabiala", "g.mabiala@shpn-congo.example", "fr", "fr", "html", "fr", "RE : ", "EUR",
        "CFR Pointe-Noire", "30 % à la commande, solde contre documents d'expédition", None, None,
        "Africa/Brazzaville", "pce",
        (("VP", "Vis de presse à huile, Ø {n} mm", "1180.00", (180, 220, 250)),
         ("TF", "Toile de filtre-presse {n} microns, 800 x 800", "46.00", (30, 50, 80)),
         ("CM", "Couteau de boudineuse à savon, {n} mm", "94.00", (150, 200, 250)),
         ("GM", "Garniture mécanique de pompe, arbre {n} mm", "138.00", (30, 40, 50)),
         ("TV", "Tamis vibrant, maille {n} mesh", "72.00", (20, 40, 60)),
         ("RD", "Roulement de digesteur 23{n} CC/W33", "512.00", (18, 20, 22))),
        (2, 3, 4, 5, 6, 10),
        "Cordialement,\nGhislaine Mabiala\nService Approvisionnements\nSavonnerie et Huilerie de Pointe-Noire SA\n"
        "Av. de l'Indépendance 214, Pointe-Noire · Tél. +242 05 552 18 40",
        {**ours(Style("fr", "fr", "fr_long"), Style("fr", "fr", "slash_dmy"), Style("fr", "fr", "slash_dmy")),
         "purchase_order": ("L286", Style("fr", "fr", "slash_dmy"))},
        {"sku": "SHPN-{code}{n}", "reg": "RCCM CG-PNR-01-2011-B14-00217 · NIU M2011110004417",
         "signatory": "Arsène Loemba", "buyer_title": "Directeur général", "city": "Pointe-Noire",
         "bank": "Banque Atlantique du Kouilou", "iban": "CG39 3001 2000 4417 0021 7000 112", "bic": "BAKOCGCG",
         "ship_to": "SHPN, magasin central, Avenue de l'Indépendance 214, Pointe-Noire", "caps": "fr",
         "vendor_id": "F-0882"}),
    "CV": Partner(
        "CV", Party("Conservas Atlántico Mindelo, S.A.",
                    "Zona Industrial do Lazareto, Mindelo, São Vicente, Cabo Verde"),
        "Iria Castro Lestón", "icastro@conservas-mindelo.example", "es", "es", "apple", "es", "Re: ", "EUR",
        "CIF Mindelo", "Pago a 60 días fecha factura", None, None, "Atlantic/Cape_Verde", "ud",
        (("DC", "Cuchilla de descabezadora de atún, {n} mm", "156.00", (250, 300, 350)),
         ("JA", "Junta de puerta de autoclave, Ø {n} mm", "212.00", (900, 1100, 1300)),
         ("RC", "Rodillo de cerradora de latas, perfil {n}", "98.50", (1, 2, 3)),
         ("BM", "Banda modular de acero inox, paso {n} mm, por metro", "184.00", (25, 38, 50)),
         ("TK", "Termopar tipo K, vaina {n} mm", "38.40", (150, 250, 400)),
         ("VV", "Válvula de vapor DN{n} PN16", "276.00", (25, 40, 50))),
        (2, 3, 4, 6, 8, 10),
        "Un saludo,\nIria Castro Lestón\nJefa de Compras\nConservas Atlántico Mindelo, S.A.\n"
        "Zona Industrial do Lazareto, Mindelo · +238 231 47 60",
        {**ours(Style("es", "de", "slash_dmy"), Style("es", "de", "slash_dmy"), Style("es", "de", "slash_dmy")),
         "purchase_order": ("L286", Style("es", "de", "dash_dmy"))},
        {"sku": "CAM-{code}{n}", "reg": "NIF 200417736 · Registo Comercial 3318/2014",
         "signatory": "Xosé Manuel Outeiral", "buyer_title": "Director de planta", "city": "Mindelo",
         "bank": "Banco Comercial do Mindelo", "iban": "CV64 0007 0000 4417 7360 1019 4", "bic": "BCMICVCV",
         "ship_to": "Conservas Atlántico Mindelo, almacén de repuestos, Zona Industrial do Lazareto", "caps": "es",
         "vendor_id": "P-20417"}),
    "AO": Partner(
        "AO", Party("Kwanza Sino Steel, Lda.", "Zona Económica Especial Luanda-Bengo, Lote 27, Viana, Luanda, Angola"),
        "Wang Lifang", "wang.lifang@kwanza-sinosteel.example", "zh", "en", "outlook", "zh", "回复: ", "USD",
        "CIF Luanda", "T/T 30% advance, 70% against B/L copy", None, None, "Africa/Luanda", "PCS",
        (("RR", "Tungsten carbide roll ring Ø {n} mm", "648.00", (150, 170, 205)),
         ("GR", "Guide roller bearing assembly, rebar mill, {n} mm", "214.00", (100, 120, 140)),
         ("WH", "Induction furnace coil water hose DN{n}", "86.00", (25, 32, 40)),
         ("SB", "Cooling-bed shear blade, {n} mm", "372.00", (450, 600, 800)),
         ("TN", "Tundish nozzle zirconia insert Ø {n} mm", "34.50", (14, 16, 18)),
         ("TH", "Thermocouple tip for steel bath, type S, {n} mm", "9.80", (600, 900, 1200))),
        (2, 3, 4, 5, 6, 8),
        "王丽芳 Wang Lifang\n采购部 Departamento de Compras\n宽扎中国钢铁有限公司 Kwanza Sino Steel, Lda.\n"
        "Viana, Luanda · 电话 +244 923 418 077 · 微信 wlf_luanda",
        {**ours(Style("en", "en", "zh_slash"), Style("zh", "plain", "zh_slash"), Style("zh", "en", "zh_slash")),
         "purchase_order": ("L287", Style("zh", "plain", "iso"))},
        {"sku": "KSS-{code}{n}", "reg": "NIF 5417002281 · Alvará 0417/ZEE/2031",
         "signatory": "Chen Guoqiang", "buyer_title": "General Manager", "city": "Luanda",
         "bank": "Banco Kwanza de Comércio", "iban": "USD A/C 0044 1870 2281 10", "bic": "BKCOAOLU",
         "name_zh": "宽扎中国钢铁有限公司", "ship_to": "Kwanza Sino Steel, ZEE Lote 27, Viana, Luanda"}),
}
