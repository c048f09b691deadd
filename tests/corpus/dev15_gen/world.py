"""The fourteenth holdout's fictitious partners (Ireland, Denmark, Uzbekistan, Panama, Benin, Ethiopia)."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Marek Nowak <marek.nowak@example.com>"


def ours(pay_lang: str | None = None, pay_num: str = "en", pay_date: str = "iso") -> dict[str, tuple[str, Style]]:
    """Our own paperwork: sales documents from the ERP, the contract note from the export desk, the packing
    list from the warehouse system and the carrier's telex-release bill of lading; the partner's bank sends
    the credit-transfer execution report."""
    out = {"quotation": ("L128", Style("en", "en", "mon")),
           "proforma_invoice": ("L128", Style("en", "en", "mon")),
           "commercial_invoice": ("L128", Style("en", "en", "mon")),
           "contract": ("L129", Style("en", "en", "mon")), "bill_of_lading": ("L137", Style("en", "en", "bl")),
           "shipping_notice": ("L136", Style("en", "en", "slash_dmy"))}
    if pay_lang:
        out["payment_advice"] = ("L135", Style(pay_lang, pay_num, pay_date))
    return out


PARTNERS = {
    "IE": Partner(
        "IE", Party("Shannonside Dairy Engineering Ltd.", "Unit 6, Raheen Business Park, Limerick V94 K2T8, "
                    "Ireland"),
        "Niamh Gallagher", "niamh.gallagher@shannonside-dairy.example", "en", "en", "outlook", "en", "RE: ", "EUR",
        "DAP Limerick", "Net 45 days from date of invoice", None, None, "Europe/Dublin", "EA",
        (("SV", "Sanitary butterfly valve, EPDM seat, DN{n}", "118.00", (40, 50, 65, 80)),
         ("PH", "Plate heat exchanger gasket set, type M{n}", "342.00", (6, 10, 15)),
         ("CF", "CIP spray ball, 316L, {n} mm clip-on", "64.50", (25, 38, 51)),
         ("MS", "Mechanical seal for centrifugal pump, shaft {n} mm", "189.00", (22, 28, 35)),
         ("PT", "Pressure transmitter, hygienic, 0-{n} bar", "228.00", (6, 10, 16)),
         ("OR", "Tri-clamp gasket, silicone, {n} in.", "2.90", (1, 2, 3))),
        (2, 3, 4, 5, 6, 8),
        "Kind regards,\n\nNiamh Gallagher\nProcurement Lead\nShannonside Dairy Engineering Ltd.\nUnit 6, Raheen "
        "Business Park, Limerick V94 K2T8\nT: +353 61 402 887 | M: +353 87 611 0294",
        {**ours("en", "en", "slash_dmy"), "purchase_order": ("L130", Style("en", "en", "slash_dmy")),
         "inspection_report": ("L134", Style("en", "en", "slash_dmy"))},
        {"sku": "{code}-{n:02d}", "vat_no": "IE 3318274WH", "cro": "618274", "signatory": "Declan Furlong",
         "buyer_title": "Operations Director", "city": "Limerick", "supplier_code": "NORTH01", "buyer_code": "NGA",
         "ship_to": "Shannonside Dairy Engineering Ltd., Goods Inwards, Unit 6, Raheen Business Park, Limerick",
         "bank": "Bank of Munster plc", "iban": "IE64 BOMU 9011 2284 6130 27", "bic": "BOMUIE2D",
         "inspector": "Ciarán Nolan"}),
    "DK": Partner(
        "DK", Party("Vestjysk Vindservice ApS", "Havnevej 31, 6700 Esbjerg, Denmark"),
        "Mette Kjærgaard", "mk@vestjysk-vindservice.example", "en", "en", "gmail", "en", "Re: ", "EUR",
        "DAP Esbjerg", "Netto 30 dage / net 30 days", None, None, "Europe/Copenhagen", "stk.",
        (("YB", "Yaw brake pad set, {n} mm", "146.00", (120, 150, 180, 210)),
         ("SL", "Slip ring brush holder, {n} tracks", "87.00", (4, 6, 8, 12)),
         ("HF", "Hydraulic filter element, {n} µm", "33.40", (3, 6, 10, 25)),
         ("PB", "Pitch bearing grease cartridge, {n} g", "12.80", (400, 500, 800, 1000)),
         ("CS", "Converter cooling fan, {n} mm", "259.00", (172, 200, 225, 250)),
         ("BT", "Tower bolt tensioner insert, M{n}", "74.00", (36, 42, 48, 56))),
        (2, 4, 6, 8, 10, 12),
        "Med venlig hilsen / Kind regards\n\nMette Kjærgaard\nIndkøber / Buyer\nVestjysk Vindservice ApS\n"
        "Havnevej 31, DK-6700 Esbjerg\nTlf. +45 75 12 44 09 | Mobil +45 28 41 73 60",
        {**ours("en", "de", "dot"), "purchase_order": ("L131", Style("en", "de", "dash_dmy"))},
        {"sku": "NW{code}{n:04d}", "cvr": "DK 38 41 27 09", "signatory": "Rasmus Holm", "buyer_title": "Servicechef",
         "city": "Esbjerg", "creditor_no": "70418", "bank": "Sydvestjysk Bank A/S",
         "iban": "DK47 7044 0001 8827 31", "bic": "SVJBDKKK",
         "ship_to": "Vestjysk Vindservice ApS, Lager, Havnevej 31, 6700 Esbjerg"}),
    "UZ": Partner(
        "UZ", Party("Samarqand Agromash MChJ", "Sanoat ko'chasi 14, 140100 Samarqand, Usbekistan"),
        "Bekzod Rashidov", "b.rashidov@samarqand-agromash.example", "de", "de", "gmail", "de", "AW: ", "EUR",
        "FCA Southampton", "100 % Vorauszahlung gegen Proforma-Rechnung", None, None, "Asia/Samarkand", "Stk.",
        (("KP", "Kolbenpumpe für Pflanzenschutzspritze, {n} l/min", "412.00", (120, 150, 200)),
         ("DU", "Flachstrahldüse Keramik, Größe {n}", "3.60", (2, 3, 4)),
         ("BS", "Baumwollpflücker-Spindel, Länge {n} mm", "21.70", (280, 300, 320)),
         ("ZR", "Zahnrad Pflückertrommel, {n} Zähne", "96.00", (18, 22, 26)),
         ("KL", "Kupplungslamelle Traktor, Ø{n} mm", "58.00", (280, 310, 330))),
        (4, 6, 10, 12, 20),
        "Mit freundlichen Grüßen\n\nBekzod Rashidov\nEinkaufsleiter / Начальник отдела снабжения\nSamarqand "
        "Agromash MChJ\nSanoat ko'chasi 14, 140100 Samarqand, Usbekistan\nTel. +998 66 233 41 80 | Telegram "
        "+998 91 540 27 19",
        {**ours("de", "de", "dot"), "purchase_order": ("L132", Style("de", "de", "dot"))},
        {"sku": "{code}-{n}", "inn": "305 118 274", "signatory": "Shuhrat Karimov",
         "buyer_title": "Direktor / Директор", "city": "Samarqand", "bank": "Zarafshon Savdo Bank ATB",
         "iban": "UZ20 0041 8000 2291 7740 0017 8", "bic": "ZSBKUZ22",
         "ship_to": "Samarqand Agromash MChJ, Lager 1, Sanoat ko'chasi 14, Samarqand"}),
    "PA": Partner(
        "PA", Party("Astillero y Servicios Marítimos del Pacífico, S.A.", "Calle Balboa, Edificio 804, Balboa, "
                    "Ciudad de Panamá, Panamá"),
        "Ricardo Batista Osorio", "rbatista@asmp-balboa.example", "es", "es", "outlook", "es", "RE: ", "USD",
        "CIF Balboa", "Transferencia a 30 días de la fecha de factura", None, None, "America/Panama", "UND",
        (("BH", "Buje de bocina de goma, eje {n} mm", "486.00", (120, 160, 200)),
         ("AN", "Ánodo de zinc para casco, {n} kg", "38.00", (5, 10, 15)),
         ("IM", "Impulsor de bomba de achique, {n} mm", "215.00", (140, 180, 220)),
         ("VA", "Válvula de mariposa marina DN{n}, PN16", "302.00", (80, 100, 150)),
         ("EM", "Empaquetadura de prensaestopas, {n} mm, rollo", "44.00", (10, 12, 16))),
        (2, 4, 6, 8, 10),
        "Atentamente,\n\nIng. Ricardo Batista Osorio\nJefe de Compras y Suministros\nAstillero y Servicios "
        "Marítimos del Pacífico, S.A.\nBalboa, Ciudad de Panamá\nTel. +507 314 2287 | Cel. +507 6611 4092",
        {**ours("es", "en", "slash_dmy"), "purchase_order": ("L133", Style("es", "en", "slash_dmy"))},
        {"sku": "{code}{n:03d}", "ruc": "155704418-2-2021 DV 44", "signatory": "Lic. Itzel Caballero",
         "buyer_title": "Gerente de Operaciones", "city": "Panamá", "bank": "Banco Istmeño de Comercio, S.A.",
         "iban": "Cta. corriente USD 04-18-227-0915", "bic": "BICMPAPA", "owner": "MSC"}),
    "BJ": Partner(
        "BJ", Party("Société Béninoise d'Égrenage et de Filature SA", "Zone industrielle, route de Djougou, BP 418, "
                    "Parakou, Bénin"),
        "Rodrigue Hounkpè", "r.hounkpe@sobef-benin.example", "fr", "fr", "apple", "fr", "Re: ", "EUR",
        "CIF Cotonou", "Virement bancaire à 60 jours date de connaissement", None, None, "Africa/Porto-Novo", "pce",
        (("SC", "Scie d'égreneuse, diamètre {n} mm", "9.80", (305, 320, 406)),
         ("BR", "Brosse de rouleau d'égrenage, longueur {n} mm", "186.00", (900, 1200, 1500)),
         ("CV", "Courroie trapézoïdale SPB {n}", "18.40", (2000, 2360, 2800)),
         ("PA", "Palier à roulement UCP {n}", "42.00", (208, 210, 212)),
         ("NT", "Nervure de grille d'égreneuse, pas {n} mm", "6.70", (16, 19, 22))),
        (4, 6, 10, 12, 20),
        "Bien à vous,\n\nRodrigue Hounkpè\nChef du service approvisionnements\nSociété Béninoise d'Égrenage et de "
        "Filature SA\nBP 418 – Parakou – Bénin\nTél. +229 23 61 44 18 | Cel. +229 97 41 80 22",
        {**ours("fr", "fr", "slash_dmy")},
        {"sku": "{code}.{n}", "ifu": "3201841822704", "rccm": "RB/PKO/12 B 418", "signatory": "Mme Adjovi Sossou",
         "buyer_title": "Directrice générale", "city": "Parakou", "bank": "Banque Atlantique du Golfe Bénin",
         "iban": "BJ66 B044 1800 2270 4182 2700 1841", "bic": "BAGBBJBJ", "owner": "CMA"}),
    "ET": Partner(
        "ET", Party("Hawassa Huayang Textile PLC", "Shed 22, Hawassa Industrial Park, Hawassa, Ethiopia"),
        "Liu Wenbo", "liuwenbo@hy-textile-et.example", "zh", "en", "html", "zh", "回复：", "USD",
        "CFR Djibouti", "T/T 30% in advance, balance before shipment", None, None, "Africa/Addis_Ababa", "PCS",
        (("SP", "Ring spinning spindle insert, {n} mm", "14.20", (19, 22, 24)),
         ("TR", "Traveller clearer for ring frame, gauge {n}", "6.40", (70, 75, 82)),
         ("DR", "Drafting roller cot, shore {n}", "3.10", (65, 70, 78)),
         ("BL", "Blower fan motor for open-end machine, {n} kW", "690.00", (4, 5, 7)),
         ("CB", "Carding machine cylinder wire, {n} m roll", "1240.00", (30, 50, 60))),
        (20, 40, 50, 100, 200),
        "此致\n敬礼！\n\n刘文博 Liu Wenbo\n采购部经理 Purchasing Manager\n哈瓦萨华阳纺织有限公司\nHawassa Huayang "
        "Textile PLC\nShed 22, Hawassa Industrial Park | Tel. +251 46 221 4418 | WeChat liuwb_hawassa",
        {**ours("en", "en", "iso")},
        {"sku": "HY-{code}{n:03d}", "name_zh": "哈瓦萨华阳纺织有限公司", "tin": "0041822704",
         "signatory": "Zhang Jun 张军", "buyer_title": "General Manager 总经理", "city": "Hawassa",
         "bank": "Awash Industrial Bank S.C.", "iban": "USD A/C 0132-41822-700", "bic": "AWINETAA",
         "owner": "COS"}),
}
