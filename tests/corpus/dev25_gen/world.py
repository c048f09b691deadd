"""The twenty-fourth holdout's fictitious partners (Jamaica, Botswana, North Macedonia writing German, Guinea
writing French, Puerto Rico writing Spanish, Tajikistan with a Chinese-owned mine writing Chinese)."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Rhys Penhaligon <rhys.penhaligon@example.com>"


def ours(pay_lang: str, pay_num: str = "en", pay_date: str = "slash_dmy",
         claim: Style | None = None) -> dict[str, tuple[str, Style]]:
    """Our own paperwork (Acumatica-style sales documents, the ITC-model sale contract, the inventory system's
    packing list, the forwarder's FIATA waybill), the customer's SWIFT gpi tracker printout for payments and the
    customer's goods-receipt discrepancy report for claims."""
    return {"quotation": ("L228", Style("en", "en", "dash_dmy")),
            "proforma_invoice": ("L228", Style("en", "en", "dash_dmy")),
            "commercial_invoice": ("L228", Style("en", "en", "dash_dmy")),
            "contract": ("L229", Style("en", "en", "mon")), "bill_of_lading": ("L231", Style("en", "en", "bl")),
            "shipping_notice": ("L230", Style("en", "en", "usmon")),
            "payment_advice": ("L232", Style(pay_lang, pay_num, pay_date)),
            "inspection_report": ("L233", claim or Style("en", "en", "mon"))}


PARTNERS = {
    "JM": Partner(
        "JM", Party("Rio Cobre Distillers Limited", "Bog Walk Road, Spanish Town, St. Catherine, Jamaica"),
        "Shanice Morgan-Bailey", "s.morganbailey@riocobre-distillers.example", "en", "en", "gmail", "en", "Re: ",
        "GBP", "CIF Kingston", "30% advance with order, balance against copy shipping documents", None, None,
        "America/Jamaica", "ea",
        (("BC", "Bubble cap for column tray, {n} mm, copper", "34.20", (76, 102, 127)),
         ("PG", "Plate heat exchanger gasket, type M{n}, EPDM", "18.60", (6, 10, 15)),
         ("MS", "Mechanical seal for wash pump, shaft {n} mm", "412.00", (28, 35, 45)),
         ("BV", "Ball valve, 3-piece stainless, DN{n}", "96.50", (25, 40, 50)),
         ("LT", "Radar level transmitter, {n} m range", "1185.00", (6, 10, 20)),
         ("SH", "Spirit transfer hose, food grade, {n} mm bore", "11.40", (38, 51, 63))),
        (2, 3, 4, 6, 8, 10),
        "Kind regards\nShanice\n\nShanice Morgan-Bailey | Senior Buyer, Engineering Stores\nRio Cobre Distillers "
        "Limited\nBog Walk Road, Spanish Town, St. Catherine | +1 876 984 4182 | +1 876 418 2271 (mobile)",
        {**ours("en", "en", "slash_dmy")},
        {"sku": "RCD-{code}-{n}", "reg": "TRN 002-418-337 · GCT Reg. No. 000418337", "signatory": "Dr. Winston Clarke",
         "buyer_title": "Managing Director", "city": "Spanish Town",
         "bank": "Caribbean Merchant Bank of Jamaica Limited", "iban": "GBP A/C 2001 4183 37", "bic": "CMBJJMKN",
         "ship_to": "RCD distillery engineering stores, Bog Walk Road, Spanish Town"}),
    "BW": Partner(
        "BW", Party("Okavango Meat Processors (Pty) Ltd", "Plot 2217, Lobatse Industrial Site, Private Bag 61, "
                    "Lobatse, Botswana"),
        "Kagiso Molefhe", "k.molefhe@okavango-meat.example", "en", "en", "html", "en", "RE: ", "USD",
        "DAP Lobatse", "60 days from date of delivery", None, None, "Africa/Gaborone", "EA",
        (("BS", "Meat bandsaw blade, {n} mm, 4 TPI", "14.80", (3000, 3300, 3600)),
         ("MP", "Mincer hole plate, {n} mm holes, Unger system", "128.00", (3, 5, 8)),
         ("SB", "Vacuum packer seal bar, {n} mm", "236.00", (420, 520, 620)),
         ("TR", "Overhead rail trolley roller, {n} mm", "22.60", (60, 76, 90)),
         ("DK", "Dehiding knife blade, {n} mm", "3.90", (150, 180, 200)),
         ("CH", "Stainless hook chain link, pitch {n} mm", "9.75", (50, 75, 100))),
        (2, 4, 5, 6, 8, 10),
        "Regards,\nKagiso Molefhe\nEngineering Procurement Officer\nOkavango Meat Processors (Pty) Ltd\n"
        "Plot 2217, Lobatse Industrial Site | Tel +267 533 4182 | Cell +267 71 418 227",
        {**ours("en", "en", "mon"), "purchase_order": ("L234", Style("en", "en", "slash_dmy"))},
        {"sku": "OMP-{code}{n:04d}", "reg": "Co. Reg. BW00004182271 · VAT No. P04182271",
         "signatory": "Boitumelo Sebina", "buyer_title": "Plant Manager", "city": "Lobatse",
         "bank": "Kalahari First Commercial Bank Botswana Limited", "iban": "USD A/C 6240 4182 2710",
         "bic": "KFCBBWGX", "ship_to": "OMP Lobatse abattoir, engineering stores, Plot 2217, Lobatse"}),
    "MK": Partner(
        "MK", Party("Vardar Textilveredelung DOOEL", "ul. Industriska 14, 2000 Štip, Nordmazedonien"),
        "Elena Stojanovska", "e.stojanovska@vardar-textil.example", "de", "de", "outlook", "de", "AW: ", "EUR",
        "CPT Štip", "45 Tage netto ab Rechnungsdatum", None, None, "Europe/Skopje", "Stk.",
        (("KL", "Spannrahmen-Kluppe, Nadelleiste {n} mm", "42.80", (60, 80, 100)),
         ("FD", "Färbedüse für Jet-Färbeanlage, Ø{n} mm", "318.00", (70, 90, 110)),
         ("WB", "Walzenbezug NBR, Shore {n}", "276.00", (60, 70, 80)),
         ("DV", "Dampfventil mit Stellantrieb, DN {n}", "684.00", (15, 25, 32)),
         ("ZR", "Zahnriemen T10, Breite {n} mm", "19.40", (25, 32, 50)),
         ("TF", "Temperaturfühler Pt100, Länge {n} mm", "37.50", (100, 150, 250))),
        (2, 3, 4, 5, 6, 8),
        "Mit freundlichen Grüßen\n\nElena Stojanovska\nEinkauf und Logistik\nVardar Textilveredelung DOOEL\n"
        "ul. Industriska 14, 2000 Štip, Nordmazedonien\nTel. +389 32 418 227 | Mobil +389 70 418 227",
        {**ours("de", "de", "dot", Style("de", "de", "dot")), "purchase_order": ("L235", Style("de", "de", "dot"))},
        {"sku": "VT-{code}{n:03d}", "reg": "ЕДБ / St.-Nr. MK4030004182271 · ЕМБС 6418227",
         "signatory": "Goran Petrovski", "buyer_title": "Geschäftsführer", "city": "Štip",
         "bank": "Vardarska Komercijalna Banka AD Skopje", "iban": "MK07 2500 0000 4182 271", "bic": "VKBAMK22",
         "name_mk": "Вардар Текстилна Доработка ДООЕЛ Штип",
         "ship_to": "Vardar Textilveredelung, Wareneingang, ul. Industriska 14, 2000 Štip"}),
    "GN": Partner(
        "GN", Party("Société Guinéenne des Huileries de Forécariah SA", "Route Nationale 4, Km 12, BP 4182, "
                    "Forécariah, République de Guinée"),
        "Mamadou Aliou Bah", "ma.bah@sgh-huileries.example", "fr", "fr", "apple", "fr", "RE : ", "EUR",
        "CFR Conakry", "30 % d'acompte à la commande, solde à réception des documents", None, None,
        "Africa/Conakry", "pce",
        (("VP", "Vis de presse à huile, Ø{n} mm", "1460.00", (300, 350, 400)),
         ("TV", "Tamis vibrant inox, maille {n} mm", "142.00", (1, 2, 3)),
         ("JS", "Joint de porte de stérilisateur, Ø{n} mm", "386.00", (1800, 2000, 2100)),
         ("CD", "Couteau de digesteur, longueur {n} mm", "58.00", (350, 400, 450)),
         ("RP", "Roulement à rotule, alésage {n} mm", "74.50", (60, 70, 80)),
         ("GP", "Garniture de pompe à huile, arbre {n} mm", "212.00", (32, 40, 50))),
        (2, 3, 4, 5, 6, 8),
        "Bien à vous,\n\nMamadou Aliou Bah\nResponsable des achats techniques\nSociété Guinéenne des Huileries de "
        "Forécariah SA\nRN4, Km 12, Forécariah | Tél. +224 622 41 82 27 | +224 664 18 22 71",
        {**ours("fr", "fr", "slash_dmy")},
        {"sku": "SGH.{code}.{n}", "reg": "NIF 418227105 · RCCM GN.TCC.2019.B.04182", "signatory": "M. Ousmane Camara",
         "buyer_title": "Directeur général", "city": "Forécariah", "bank": "Banque Atlantique du Kaloum S.A.",
         "iban": "Compte EUR 0041-82271-04470", "bic": "BAKAGNGN",
         "ship_to": "SGH, magasin pièces détachées, RN4 Km 12, Forécariah"}),
    "PR": Partner(
        "PR", Party("Laboratorios Farmacéuticos del Caribe, LLC", "Carr. 189 Km 4.2, Parque Industrial Gurabo, "
                    "Gurabo, PR 00778, Puerto Rico"),
        "Ivette Rosario Colón", "irosario@labcaribe-pharma.example", "es", "es", "outlook", "es", "RE: ", "USD",
        "CIP San Juan", "Neto 30 días a partir de la fecha de factura", None, None, "America/Puerto_Rico", "ud",
        (("FD", "Troquel de formado para blíster, cavidad {n} mm", "1380.00", (10, 12, 14)),
         ("PS", "Placa de sellado moleteada, formato {n} mm", "624.00", (100, 120, 140)),
         ("VC", "Ventosa de silicona para estuchadora, Ø{n} mm", "3.60", (20, 30, 40)),
         ("CG", "Guía de alimentación de tapones, vial {n} mm", "188.00", (13, 20, 32)),
         ("CS", "Correa dentada de servo, {n} dientes", "46.20", (90, 120, 150)),
         ("SF", "Sensor fotoeléctrico de marca de registro, {n} mm", "264.00", (30, 50, 80))),
        (2, 3, 4, 5, 6, 10),
        "Saludos,\n\nIvette Rosario Colón\nCompradora Sénior – Repuestos de Empaque\nLaboratorios Farmacéuticos "
        "del Caribe, LLC\nGurabo, Puerto Rico | Tel. (787) 418-2271 ext. 305",
        {**ours("es", "en", "iso"), "purchase_order": ("L236", Style("es", "en", "dash_dmy"))},
        {"sku": "LFC{n:04d}-{code}", "reg": "EIN 66-0418227 · Registro de Comerciante 4182271-0015",
         "signatory": "Lcda. Marisol Vega Ortiz", "buyer_title": "Directora de Operaciones", "city": "Gurabo",
         "bank": "Banco Borinquen de Ahorro", "iban": "Cuenta 021-418227-1", "bic": "BBAHPRSJ",
         "ship_to": "LFC, Almacén de repuestos, Edificio 3, Parque Industrial Gurabo"}),
    "TJ": Partner(
        "TJ", Party("Pamir Sino Mining LLC", "Rudaki Avenue 137, Dushanbe 734025, Tajikistan"),
        "Sun Haitao", "sun.haitao@pamir-sino-mining.example", "zh", "en", "gmail", "zh", "回复: ", "CNY",
        "CPT Dushanbe", "T/T 30% advance, balance before shipment", None, None, "Asia/Dushanbe", "PC",
        (("FI", "Flotation cell impeller, {n} m3 cell", "9860.00", (8, 16, 20)),
         ("TB", "Slurry pump throat bush, size {n}/3", "2140.00", (4, 6, 8)),
         ("LB", "Ball mill liner bolt M{n} with nut", "86.00", (30, 36, 42)),
         ("HC", "Hydrocyclone apex liner, {n} mm", "468.00", (50, 65, 80)),
         ("SP", "Polyurethane screen panel, aperture {n} mm", "312.00", (1, 2, 3)),
         ("PV", "Pinch valve sleeve, DN{n}", "1280.00", (100, 150, 200))),
        (2, 4, 5, 6, 8, 10),
        "顺祝商祺\n\n孙海涛 Sun Haitao\n物资采购部 Materials Procurement\n帕米尔中塔矿业有限责任公司\nPamir Sino Mining LLC\n"
        "Dushanbe | 电话 +992 37 418 2271 | 微信/手机 +992 93 418 2271",
        {**ours("zh", "en", "zh_long"), "purchase_order": ("L237", Style("zh", "en", "zh_slash"))},
        {"sku": "PSM-{code}{n:03d}", "reg": "INN / TIN 020041822", "signatory": "Li Guoqiang 李国强",
         "buyer_title": "总经理 General Manager", "city": "Dushanbe", "bank": "Somoni Commercial Bank OJSC",
         "iban": "CNY A/C 2024 0418 2271 156", "bic": "SCBOTJ22", "name_zh": "帕米尔中塔矿业有限责任公司",
         "ship_to": "Aini concentrator stores, Zeravshan Valley, Sughd Region, Tajikistan"}),
}
