"""The thirtieth holdout's fictitious partners (six places new to the corpus: two writing English, one German, one
French, one Spanish and one Chinese)."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Dominic Achterberg <dominic.achterberg@example.com>"


def ours(sales: Style, pay: Style, claim: Style | None = None) -> dict[str, tuple[str, Style]]:
    """Our own paperwork (the web shop's quote, pro forma, invoice and packing slip, the bilingual contract with its
    e-signature page), the courier's waybill, the customer's banking-app receipt and its warranty claim form."""
    return {"quotation": ("L288", sales), "proforma_invoice": ("L288", sales),
            "commercial_invoice": ("L288", sales), "shipping_notice": ("L288", sales),
            "contract": ("L289", Style(sales.lang, sales.num, "mon")),
            "bill_of_lading": ("L290", Style("en", "en", "bl")),
            "payment_advice": ("L291", pay),
            "inspection_report": ("L292", claim or Style("en", "en", "mon"))}


PARTNERS = {
    "GM": Partner(
        "GM", Party("Kombo Cashew Processors Ltd", "Brikama Industrial Estate, Kombo Central, West Coast Region, "
                    "The Gambia"),
        "Fatou Ceesay-Njie", "fatou.ceesay@kombo-cashew.example", "en", "en", "gmail", "en", "Re: ", "USD",
        "CIF Banjul", "Net 45 days from invoice date", None, None, "Africa/Banjul", "pc",
        (("SB", "Shelling machine blade set, {n} mm nut grade", "164.00", (18, 22, 26)),
         ("PR", "Peeling roller, rubber lined, {n} mm long", "212.50", (600, 800, 1000)),
         ("SV", "Boiler safety valve DN25, set {n} bar", "148.00", (8, 10, 12)),
         ("GS", "Grading sieve, {n} mm slotted perforation", "57.20", (14, 17, 21)),
         ("DT", "Dryer tray, stainless 304, {n} x 800 mm", "38.90", (600, 900, 1200)),
         ("CH", "ISO 606 roller chain 08B, box of {n} links", "26.40", (50, 100, 200))),
        (2, 4, 5, 6, 10, 12),
        "Best regards\nFatou Ceesay-Njie\nProcurement & Stores\nKombo Cashew Processors Ltd\n"
        "Brikama Industrial Estate | +220 448 3317 | WhatsApp +220 770 1192",
        {**ours(Style("en", "en", "mon"), Style("en", "en", "mon")),
         "purchase_order": ("L293", Style("en", "en", "slash_dmy"))},
        {"sku": "KCP-{code}-{n}", "reg": "TIN 1004417722 · Reg. No. C-2231/2033",
         "signatory": "Lamin K. Sanneh", "buyer_title": "Plant Director", "city": "Brikama",
         "bank": "Gambia River Trust Bank", "acct": "0104-2288-1133-01", "app": "GRT Mobile",
         "ship_to": "Kombo Cashew Processors, main store, Brikama Industrial Estate",
         "vendor_id": "S-0117", "phone": "+220 448 3317"}),
    "BS": Partner(
        "BS", Party("Clifton Bay Desalination Co. Ltd.", "Clifton Pier, Southwest Road, Nassau, New Providence, "
                    "The Bahamas"),
        "Deron Rolle", "drolle@cliftonbay-desal.example", "en", "en", "outlook", "en", "RE: ", "USD",
        "CIF Nassau", "Net 30", None, None, "America/Nassau", "ea",
        (("MB", "RO membrane element 8 in x 40 in, {n} gpd", "612.00", (9000, 10500, 12000)),
         ("MS", "High-pressure pump mechanical seal, {n} mm shaft", "389.00", (38, 45, 55)),
         ("CF", "Cartridge filter 5 micron, {n} in long", "14.60", (20, 30, 40)),
         ("DP", "Antiscalant dosing pump diaphragm, {n} l/h", "92.00", (10, 25, 60)),
         ("PT", "Pressure transmitter 4 to 20 mA, range {n} bar", "241.00", (16, 40, 100)),
         ("VC", "Victaulic coupling 316L, {n} mm", "44.80", (60, 89, 114))),
        (2, 3, 4, 6, 8, 12),
        "Deron Rolle\nMaintenance Planner\nClifton Bay Desalination Co. Ltd.\nClifton Pier, Nassau | "
        "T 242 362 4410 ext. 23",
        {**ours(Style("en", "en", "usmon"), Style("en", "en", "usmon"), Style("en", "en", "usmon")),
         "purchase_order": ("L294", Style("en", "en", "usmon"))},
        {"sku": "CBD-{code}{n}", "reg": "Business Licence 2031-044718",
         "signatory": "Philippa Knowles", "buyer_title": "Plant Manager", "city": "Nassau",
         "bank": "Lucayan Commonwealth Bank", "acct": "****4471", "app": "LCB Business Online",
         "ship_to": "Clifton Bay Desalination, receiving dock B, Clifton Pier, Nassau",
         "vendor_id": "V10233", "caps": "en", "dept": "Plant Maintenance", "gl": "5120-Spares",
         "approver": "Kendra Ferguson"}),
    "BY": Partner(
        "BY", Party("OAO Neman-Moloko", "ul. Sovetskikh Pogranichnikov 112, 230005 Grodno, Belarus"),
        "Swetlana Kowalewa", "s.kowalewa@neman-moloko.example", "de", "de", "outlook", "de", "AW: ", "EUR",
        "DAP Grodno", "45 Tage nach Lieferung, ohne Abzug", None, None, "Europe/Minsk", "Stk",
        (("SD", "Separator-Dichtungssatz, Trommel Ø {n} mm", "318.00", (450, 520, 600)),
         ("HV", "Homogenisator-Ventilsitz, Stellite, {n} bar", "466.00", (200, 250, 300)),
         ("PD", "Plattenwärmetauscher-Dichtung NBR, Typ M{n}", "12.40", (6, 10, 15)),
         ("KL", "Kreiselpumpen-Laufrad 1.4404, Ø {n} mm", "274.00", (160, 200, 250)),
         ("SF", "Sterilfilterkerze 0,2 µm, {n} Zoll", "88.50", (10, 20, 30)),
         ("FO", "Füllventil-O-Ring-Satz, {n} Ventile", "63.00", (12, 18, 24))),
        (2, 3, 4, 5, 8, 10),
        "Mit freundlichen Grüßen\nSwetlana Kowalewa\nAbteilung Materialwirtschaft\nOAO Neman-Moloko, Grodno\n"
        "Tel. +375 152 74 31 08",
        {**ours(Style("de", "de", "dot"), Style("de", "de", "dot"), Style("de", "de", "dot")),
         "purchase_order": ("L295", Style("de", "de", "dot"))},
        {"sku": "{code}-{n}", "reg": "UNP 500044718 · OKPO 00447180",
         "signatory": "Wiktor Laschkewitsch", "buyer_title": "Technischer Direktor", "city": "Grodno",
         "bank": "Belnemanbank", "acct": "BY44 BNMB 3012 0004 4718 0000 0978", "app": "Belnemanbank Online",
         "ship_to": "OAO Neman-Moloko, Tor 3, Wareneingang Technik, ul. Sovetskikh Pogranichnikov 112, Grodno",
         "supplier_no": "70-2231", "phone": "+375 152 74 31 08"}),
    "KM": Partner(
        "KM", Party("Distillerie d'Ylang de Mutsamudu SARL", "Route de Pomoni, BP 412, Mutsamudu, Anjouan, Union "
                    "des Comores"),
        "Nadjma Ahamada", "nadjma.ahamada@ylang-mutsamudu.example", "fr", "fr", "html", "fr", "RE : ", "EUR",
        "CFR Mutsamudu", "30 % d'acompte à la commande, solde à 30 jours après réception", None, None,
        "Indian/Comoro", "pce",
        (("JC", "Joint de couvercle d'alambic EPDM, Ø {n} mm", "46.00", (600, 800, 1000)),
         ("SC", "Serpentin de condenseur inox 316L, {n} m", "1240.00", (18, 24, 30)),
         ("VF", "Vase florentin inox, {n} litres", "385.00", (20, 40, 60)),
         ("SS", "Soupape de sûreté vapeur, tarage {n} bar", "132.00", (3, 4, 6)),
         ("MA", "Manomètre glycériné Ø 100 mm, échelle {n} bar", "29.50", (6, 10, 16)),
         ("PC", "Pompe de circulation d'eau, {n} m³/h", "520.00", (6, 10, 15))),
        (1, 2, 3, 4, 6, 8),
        "Bien cordialement,\nNadjma Ahamada\nResponsable achats et logistique\nDistillerie d'Ylang de Mutsamudu "
        "SARL\nRoute de Pomoni, Mutsamudu (Anjouan) · +269 771 04 18",
        {**ours(Style("fr", "fr", "fr_long"), Style("fr", "fr", "slash_dmy"), Style("fr", "fr", "slash_dmy")),
         "purchase_order": ("L296", Style("fr", "fr", "fr_long"))},
        {"sku": "DYM-{code}{n}", "reg": "RCCM KM-MUT-2029-B-0412 · NIF 0417722 M",
         "signatory": "Ahmed Abdallah Saïd", "buyer_title": "Gérant", "city": "Mutsamudu",
         "bank": "Banque de l'Océan et des Îles", "acct": "KM46 0041 2000 7722 0412 0000 31", "app": "BOI Connect",
         "ship_to": "Distillerie d'Ylang de Mutsamudu, magasin, Route de Pomoni, Mutsamudu",
         "vendor_id": "FRN-0088", "phone": "+269 771 04 18"}),
    "BQ": Partner(
        "BQ", Party("Salinera Pekelmeer Bonaire B.V.", "Kaminda Lac 4, Kralendijk, Bonaire, Caribe Neerlandés"),
        "Yaneisy Rosario Martínez", "yrosario@salinera-pekelmeer.example", "es", "es", "apple", "es", "Re: ", "USD",
        "CIF Kralendijk", "Pago a 30 días fecha de factura", None, None, "America/Kralendijk", "ud",
        (("RT", "Rodillo de transportador, Ø {n} mm, eje 20 mm", "34.60", (89, 108, 133)),
         ("BT", "Banda EP400/3, ancho {n} mm, por metro", "71.00", (650, 800, 1000)),
         ("TC", "Tamiz de criba poliuretano, malla {n} mm", "418.00", (4, 6, 10)),
         ("IB", "Impulsor dúplex para bomba de salmuera, Ø {n} mm", "936.00", (210, 250, 315)),
         ("RP", "Raspador de banda, lama de {n} mm", "152.00", (600, 800, 1000)),
         ("MR", "Motorreductor sinfín {n} kW, IP66", "1185.00", (2, 4, 7))),
        (2, 3, 4, 5, 6, 10),
        "Saludos,\nYaneisy Rosario Martínez\nCompras y almacén\nSalinera Pekelmeer Bonaire B.V.\n"
        "Kaminda Lac 4, Kralendijk · +599 717 8840",
        {**ours(Style("es", "de", "slash_dmy"), Style("es", "de", "slash_dmy"), Style("es", "de", "slash_dmy")),
         "purchase_order": ("L294", Style("es", "de", "slash_dmy"))},
        {"sku": "SPB-{code}{n}", "reg": "KvK 1400 4471 · CRIB 102.441.778",
         "signatory": "Ruben Winklaar", "buyer_title": "Gerente de planta", "city": "Kralendijk",
         "bank": "Banco di Bonaire N.V.", "acct": "****0871", "app": "BdB Empresas",
         "ship_to": "Salinera Pekelmeer, almacén de repuestos, Kaminda Lac 4, Kralendijk",
         "vendor_id": "PRV-0391", "caps": "es", "dept": "Mantenimiento planta", "gl": "6210-Repuestos",
         "approver": "Jandino Cicilia"}),
    "TL": Partner(
        "TL", Party("Hera Sino Energia, Lda.", "Estrada de Hera, Suco Hera, Cristo Rei, Díli, Timor-Leste"),
        "Zhao Minghui", "zhao.minghui@herasino-energia.example", "zh", "en", "outlook", "zh", "回复: ", "USD",
        "CIF Dili", "T/T 30% advance, balance 60 days after arrival", None, None, "Asia/Dili", "PCS",
        (("IN", "Fuel injector nozzle for HFO engine, {n} x 0.45 mm holes", "186.00", (9, 10, 12)),
         ("OR", "Cylinder liner O-ring kit, bore {n} mm", "74.00", (320, 380, 460)),
         ("TB", "Turbocharger bearing set, type TPS{n}", "1460.00", (48, 57, 61)),
         ("SD", "Lube oil separator disc stack, {n} discs", "905.00", (80, 120, 150)),
         ("EV", "Exhaust valve seat ring, Ø {n} mm", "318.00", (118, 132, 146)),
         ("FF", "Fuel filter element, {n} µm", "21.80", (10, 25, 34))),
        (2, 3, 4, 6, 8, 12),
        "赵明辉 Zhao Minghui\n物资采购部 Aprovizionamentu\n赫拉中能电力有限公司 Hera Sino Energia, Lda.\n"
        "Díli, Timor-Leste · 电话 +670 7734 2281 · 微信 zmh_dili",
        {**ours(Style("en", "en", "zh_slash"), Style("zh", "plain", "zh_long"), Style("zh", "en", "zh_long")),
         "purchase_order": ("L297", Style("zh", "plain", "iso"))},
        {"sku": "HSE-{code}{n}", "reg": "NIF 4417002 · Registu Komérsiu 0441/SERVE/2034",
         "signatory": "Liu Jianping 刘建平", "buyer_title": "总经理 General Manager", "city": "Díli",
         "bank": "Banco Nacional de Comércio de Timor-Leste", "acct": "0440-1722-0881", "app": "企业网银",
         "name_zh": "赫拉中能电力有限公司", "ship_to": "Hera power station, central store, Estrada de Hera, Díli"}),
}
