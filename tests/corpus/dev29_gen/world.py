"""The twenty-eighth holdout's fictitious partners (six countries new to the corpus, one of them writing German,
one French, one Spanish and one Chinese)."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Priya Ramanathan <priya.ramanathan@example.com>"


def ours(sales: Style, pay: Style, claim: Style | None = None) -> dict[str, tuple[str, Style]]:
    """Our own paperwork (the ERP's quotation, pro forma, invoice and packing list, the sales contract), the
    shipping line's bill of lading, the customer's bank transfer copy and its non-conformance report."""
    return {"quotation": ("L268", sales), "proforma_invoice": ("L268", sales),
            "commercial_invoice": ("L268", sales), "shipping_notice": ("L268", sales),
            "contract": ("L269", Style(sales.lang, sales.num, "iso")),
            "bill_of_lading": ("L270", Style("en", "en", "bl")),
            "payment_advice": ("L271", pay),
            "inspection_report": ("L272", claim or Style("en", "en", "mon"))}


PARTNERS = {
    "GD": Partner(
        "GD", Party("Grenville Spice Growers Co-operative Ltd.", "Seaton Brown Street, Grenville, St. Andrew, Grenada"),
        "Kezia Charles-Mitchell", "kcharles@grenville-spicecoop.example", "en", "en", "apple", "en", "Re: ", "USD",
        "CIF St. George's", "Net 45 days from invoice date", None, None, "America/Grenada", "ea",
        (("NC", "Nutmeg cracker rubber roller {n} mm dia.", "74.00", (60, 80, 100)),
         ("DF", "Drying-loft axial fan {n} mm, 230 V 1ph", "265.00", (450, 500, 630)),
         ("JS", "Jute sack stitching head needle set, size {n}", "12.40", (22, 23, 25)),
         ("GS", "Grading sieve, {n} mm round holes, 600 x 900", "148.00", (14, 16, 18)),
         ("LC", "Bagging scale load cell {n} kg, IP67", "189.00", (50, 100, 150)),
         ("MB", "Mace dryer tray, perforated SS, {n} mm deep", "56.50", (25, 40, 50))),
        (2, 3, 4, 6, 8, 10),
        "Best,\nKezia\n\nKezia Charles-Mitchell\nStores & Purchasing\nGrenville Spice Growers Co-operative Ltd.\n"
        "Seaton Brown Street, Grenville | (473) 442 7718",
        {**ours(Style("en", "en", "mon"), Style("en", "en", "iso")),
         "purchase_order": ("L273", Style("en", "en", "usmon"))},
        {"sku": "GSG-{code}{n}", "reg": "Co-operative Reg. No. 0117 · TIN 100-2281-7",
         "signatory": "Desmond Noel", "buyer_title": "General Manager", "city": "Grenville",
         "bank": "Spice Isle Commercial Bank Ltd", "iban": "USD A/C 0044 1120 7718", "bic": "SICBGDGD",
         "ship_to": "Co-operative receiving station, Seaton Brown Street, Grenville", "vendor_id": "NWC-01"}),
    "SL": Partner(
        "SL", Party("Kono Alluvial Diamond Mining (SL) Ltd.", "14 Masingbi Road, Koidu Town, Kono District, Sierra Leone"),
        "Mohamed Sesay-Kamara", "m.sesay@kono-alluvial.example", "en", "en", "gmail", "en", "Re: ", "USD",
        "CFR Freetown", "100% T/T within 30 days after B/L date", None, None, "Africa/Freetown", "EA",
        (("IM", "Slurry pump impeller, high-chrome, {n} in", "880.00", (4, 6, 8)),
         ("SP", "PU screen panel 305 x 610, {n} mm aperture", "64.00", (1, 2, 3)),
         ("CL", "Hydrocyclone apex liner, {n} mm", "118.00", (50, 65, 80)),
         ("BT", "Bucket tooth, excavator class {n} t", "42.00", (20, 30, 40)),
         ("HS", "Suction hose 10 bar, {n} mm bore, per 6 m", "310.00", (100, 150, 200)),
         ("BR", "Spherical roller bearing 222{n} EK", "236.00", (16, 18, 20))),
        (2, 3, 4, 5, 6, 8),
        "Regards\nMohamed Sesay-Kamara\nProcurement Superintendent\nKono Alluvial Diamond Mining (SL) Ltd\n"
        "Koidu Town, Kono | +232 76 441 902\nSent from my Gmail",
        {**ours(Style("en", "en", "slash_dmy"), Style("en", "en", "slash_dmy"), Style("en", "en", "slash_dmy")),
         "purchase_order": ("L274", Style("en", "en", "dot"))},
        {"sku": "KAD{code}-{n:03d}", "reg": "Reg. No. SL-COM-2009-0412 · TIN 1004127731",
         "signatory": "Patrick Koroma", "buyer_title": "Mine Manager", "city": "Koidu",
         "bank": "Rokel Atlantic Bank (SL) Ltd", "iban": "USD A/C 0412 7731 0099", "bic": "RATBSLFR",
         "ship_to": "Kono Alluvial central stores, Masingbi Road, Koidu, via Freetown Queen Elizabeth II Quay",
         "vendor_id": "V10482", "caps": "en"}),
    "ME": Partner(
        "ME", Party("Hotelgruppe Lovćen Riviera d.o.o.", "Jadranski put 41, 85310 Budva, Montenegro"),
        "Sanja Vuković", "s.vukovic@lovcen-riviera.example", "de", "de", "outlook", "de", "AW: ", "EUR",
        "DAP Budva", "30 Tage netto ab Rechnungsdatum", None, None, "Europe/Podgorica", "Stk",
        (("MG", "Muldenmangel-Heizband, Walze Ø {n} mm", "420.00", (250, 325, 400)),
         ("KD", "Türdichtung Kombidämpfer {n} GN 1/1", "96.00", (6, 10, 20)),
         ("SA", "Spülarm Korbtransportmaschine, {n} Düsen", "138.00", (8, 12, 16)),
         ("TF", "Trocknerflusensieb {n} kg Trommel", "64.00", (16, 23, 35)),
         ("UP", "Umwälzpumpe Poolanlage {n} m³/h", "1180.00", (12, 18, 24)),
         ("DV", "Dosierventil Waschchemie, {n} mm Schlauch", "28.50", (6, 8, 10))),
        (2, 3, 4, 5, 6, 10),
        "Mit freundlichen Grüßen\nSanja Vuković\nEinkauf / Nabavka\nHotelgruppe Lovćen Riviera d.o.o.\n"
        "Jadranski put 41, 85310 Budva\nTel. +382 33 451 207",
        {**ours(Style("de", "de", "dot"), Style("de", "de", "dot"), Style("de", "de", "dot")),
         "purchase_order": ("L275", Style("de", "de", "dot"))},
        {"sku": "LR-{code}.{n}", "reg": "PIB 03118842 · PDV 30/31-11884-2",
         "signatory": "Marko Radović", "buyer_title": "Geschäftsführer", "city": "Budva",
         "bank": "Jadranska Komercijalna Banka AD", "iban": "ME25 5150 0000 0118 8421 77", "bic": "JKBAMEPG",
         "ship_to": "Hotel Lovćen Riviera, Technik / Warenannahme, Jadranski put 41, Budva"}),
    "BI": Partner(
        "BI", Party("Brasserie du Lac Tanganyika SA", "Avenue de la Mission 17, Quartier industriel, Bujumbura, Burundi"),
        "Aline Ndayishimiye", "a.ndayishimiye@brasserie-tanganyika.example", "fr", "fr", "html", "fr", "RE : ",
        "EUR", "CFR Dar es Salaam", "30 % à la commande, 70 % contre copie du connaissement", None, None,
        "Africa/Bujumbura", "pce",
        (("BL", "Buse de laveuse de bouteilles, jet {n} mm", "14.60", (3, 4, 5)),
         ("MC", "Matrice de capsuleuse couronne {n} mm", "212.00", (26, 29, 32)),
         ("PA", "Gicleur de pasteurisateur tunnel, {n} l/min", "19.80", (6, 8, 12)),
         ("EC", "Échangeur à plaques, joint de plaque type {n}", "11.20", (10, 15, 20)),
         ("CT", "Chaîne de convoyeur à charnières {n} mm", "246.00", (83, 114, 140)),
         ("SO", "Sonde de température PT100, gaine {n} mm", "58.00", (100, 150, 250))),
        (2, 3, 4, 5, 6, 10),
        "Bien cordialement,\n\nAline Ndayishimiye\nResponsable achats\nBrasserie du Lac Tanganyika SA\n"
        "Avenue de la Mission 17, Bujumbura\nTél. +257 22 27 41 90",
        {**ours(Style("fr", "fr", "fr_long"), Style("fr", "fr", "slash_dmy"), Style("fr", "fr", "slash_dmy")),
         "purchase_order": ("L276", Style("fr", "fr", "slash_dmy"))},
        {"sku": "BLT/{code}/{n}", "reg": "RC 17244/BUJA · NIF 4000172441",
         "signatory": "Jean-Bosco Niyonzima", "buyer_title": "Directeur général", "city": "Bujumbura",
         "bank": "Banque Commerciale du Tanganyika", "iban": "BI42 1024 4000 1724 4100 0015 0", "bic": "BCTGBIBI",
         "ship_to": "Brasserie du Lac Tanganyika, magasin technique, Avenue de la Mission 17, Bujumbura"}),
    "CW": Partner(
        "CW", Party("Panificadora Punda Curaçao B.V.", "Fokkerweg 22, Willemstad, Curaçao"),
        "Yanelis Martina Rosario", "ymartina@panificadora-punda.example", "es", "es", "gmail", "es", "RE: ", "USD",
        "CIF Willemstad", "Neto 30 días fecha de factura", None, None, "America/Curacao", "pza",
        (("CD", "Cuchilla de divisora de masa, {n} g", "84.00", (400, 600, 800)),
         ("VF", "Ventilador de cámara de fermentación {n} W", "298.00", (180, 250, 370)),
         ("BH", "Banda de horno túnel, malla {n} mm", "1460.00", (10, 12, 15)),
         ("RQ", "Resistencia de horno {n} W, 230 V", "46.50", (2000, 2500, 3000)),
         ("MO", "Molde de pan de molde, {n} g, antiadherente", "9.20", (500, 750, 1000)),
         ("RD", "Rodillo laminador de masa, ancho {n} mm", "612.00", (400, 500, 600))),
        (2, 3, 4, 5, 6, 8),
        "Saludos,\nYanelis Martina Rosario\nCompras y Mantenimiento\nPanificadora Punda Curaçao B.V.\n"
        "Fokkerweg 22, Willemstad | +599 9 461 3308",
        {**ours(Style("es", "en", "dash_dmy"), Style("es", "en", "slash_dmy"), Style("es", "en", "dash_dmy")),
         "purchase_order": ("L274", Style("es", "en", "slash_dmy"))},
        {"sku": "PPC{code}{n}", "reg": "KvK 148822 · CRIB 102.448.221",
         "signatory": "Rigoberto Isenia", "buyer_title": "Director", "city": "Willemstad",
         "bank": "Banco Antiyano di Kòrsou N.V.", "iban": "USD cta. 40-112-8822-01", "bic": "BAKOCWCU",
         "ship_to": "Panificadora Punda, almacén de repuestos, Fokkerweg 22, Willemstad", "vendor_id": "PR-0391",
         "caps": "es"}),
    "KG": Partner(
        "KG", Party("Tianshan Building Materials (Kyrgyzstan) LLC", "Promzona 3, Kant 724101, Chui Region, Kyrgyzstan"),
        "Liu Haiyan", "liu.haiyan@tianshan-jiancai.example", "zh", "en", "outlook", "zh", "答复: ", "USD",
        "CPT Bishkek", "T/T 100% before shipment", None, None, "Asia/Bishkek", "PCS",
        (("KC", "Kiln inlet chain link, {n} mm pitch", "38.00", (80, 100, 125)),
         ("GB", "Grinding ball high-chrome Ø {n} mm, per 50 kg", "96.00", (40, 60, 80)),
         ("FB", "Bag filter sleeve PTFE, {n} mm x 6 m", "44.00", (130, 150, 160)),
         ("GP", "Clinker cooler grate plate, type {n}", "265.00", (300, 400, 500)),
         ("RB", "Roller bearing for bucket elevator, bore {n} mm", "412.00", (100, 120, 140)),
         ("SN", "Packer spout nozzle, {n} kg bag", "128.00", (25, 50, 60))),
        (2, 3, 4, 5, 6, 8),
        "刘海燕 Liu Haiyan\n采购部 Procurement\n天山建材（吉尔吉斯）有限责任公司\nTianshan Building Materials (Kyrgyzstan) LLC\n"
        "Kant, Chui Region | 电话 +996 3132 5 4417 | 微信 liuhy_kant",
        {**ours(Style("en", "en", "zh_slash"), Style("zh", "plain", "zh_slash"), Style("zh", "en", "zh_slash")),
         "purchase_order": ("L277", Style("zh", "plain", "iso"))},
        {"sku": "TS{code}-{n}", "reg": "INN 02711202310147 · OKPO 31022417",
         "signatory": "Zhang Weidong", "buyer_title": "General Manager", "city": "Kant",
         "bank": "Kyrgyz Silk Road Commercial Bank", "iban": "USD A/C 1280 0417 2231 07", "bic": "KSRBKG22",
         "name_zh": "天山建材（吉尔吉斯）有限责任公司", "ship_to": "Tianshan cement plant, Promzona 3, Kant"}),
}
