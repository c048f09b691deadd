"""The sixth holdout's fictitious partners (Sweden, Colombia, Côte d'Ivoire, Czechia, Malaysia) and their paperwork."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"

EN = Style("en", "en", "mon")

PARTNERS = {
    "SE": Partner(
        "SE", Party("Ljusnan Sågverksteknik AB", "Industrivägen 9, 826 40 Söderhamn, Sweden"),
        "Elin Björklund", "elin.bjorklund@ljusnan-sagverk.example", "en", "en", "apple", "en", "Re: ", "SEK",
        "CPT Söderhamn", "30 days net", None, None, "Europe/Stockholm", "pcs",
        (("BB", "Bandsaw blade {n} mm x 1.1 mm, bi-metal", "642.00", (35, 50, 80)),
         ("CK", "Chipper knife {n} mm, HSS", "388.00", (400, 500, 630)),
         ("HH", "Hydraulic hose assembly DN{n}, 2 m", "224.50", (10, 12, 16)),
         ("PB", "Pillow block bearing UCP{n}", "319.00", (208, 210, 212)),
         ("IS", "Inductive sensor M{n}, PNP, 10-30 V", "273.00", (12, 18, 30))),
        (2, 4, 6, 8, 10, 12, 20),
        "Best regards\n\nElin Björklund\nPurchaser, maintenance & spare parts\nLjusnan Sågverksteknik AB\n"
        "Industrivägen 9, SE-826 40 Söderhamn\n+46 270 41 77 20",
        {"quotation": ("L48", EN), "purchase_order": ("L49", Style("en", "fr", "iso")),
         "commercial_invoice": ("L55", Style("en", "en", "iso")), "contract": ("L53", Style("en", "en", "mon")),
         "bill_of_lading": ("L54", Style("en", "en", "bl"))},
        {"orgnr": "556812-4471", "vat": "SE556812447101", "bankgiro": "5318-0472",
         "ship_to": "Ljusnan Sågverksteknik AB, Goods reception, Industrivägen 9, 826 40 Söderhamn",
         "our_ref": "Elin Björklund", "signatory": "Magnus Edlund", "buyer_title": "Managing Director",
         "airport_dest": "STOCKHOLM ARLANDA (ARN)", "city": "Söderhamn"}),
    "CO": Partner(
        "CO", Party("Procesadora de Alimentos La Sabana S.A.S.",
                    "Calle 13 # 68-45, Zona Industrial Montevideo, Bogotá D.C., Colombia"),
        "Andrés Felipe Moreno", "afmoreno@lasabana-alimentos.example", "es", "es", "gmail", "es", "RE: ", "USD",
        "CIP Bogotá", "30% anticipo, saldo a 60 días fecha de factura", None, None, "America/Bogota", "UND",
        (("EV", "Electroválvula 2/2 vías, bobina {n} V", "48.60", (24, 110, 220)),
         ("TC", "Termocupla tipo K, vaina {n} mm", "15.80", (150, 300)),
         ("BM", "Banda modular acetal paso {n} mm, metro", "72.00", (25, 50)),
         ("RI", "Rodamiento inoxidable {n}-2RS", "12.40", (6204, 6205, 6206)),
         ("SM", "Sello mecánico para eje de {n} mm", "39.50", (20, 25, 30))),
        (4, 6, 10, 12, 20, 24),
        "Cordialmente,\n\nAndrés Felipe Moreno\nCoordinador de Compras Internacionales\nProcesadora de Alimentos "
        "La Sabana S.A.S.\nPBX (601) 742 1180 ext. 214 · Bogotá, Colombia",
        {"quotation": ("L48", EN), "purchase_order": ("L50", Style("es", "en", "slash_dmy")),
         "proforma_invoice": ("L55", Style("en", "en", "usmon")),
         "commercial_invoice": ("L55", Style("en", "en", "usmon")), "contract": ("L53", Style("en", "en", "mon")),
         "payment_advice": ("L56", Style("es", "en", "slash_dmy")), "bill_of_lading": ("L54", Style("en", "en", "bl"))},
        {"nit": "900.412.778-3", "ship_to": "Bodega 4, Calle 13 # 68-45, Bogotá D.C.",
         "signatory": "Luz Marina Castaño", "buyer_title": "Representante Legal", "airport_dest": "BOGOTA (BOG)",
         "bank": "Banco Cafetero de Occidente", "account": "****-****-4471", "city": "Bogotá",
         "approver": "Luz Marina Castaño"}),
    "CI": Partner(
        "CI", Party("Ivoire Cacao Process SA", "Zone industrielle de Vridi, rue des Pétroliers, 15 BP 512 Abidjan 15, "
                    "Côte d'Ivoire"),
        "Aya Kouassi", "a.kouassi@ivoirecacao.example", "fr", "fr", "outlook", "fr", "RE : ", "EUR",
        "CIF Abidjan", "Virement bancaire à 45 jours date de facture", None, None, "Africa/Abidjan", "pce",
        (("TV", "Tamis vibrant, toile maille {n} µm", "86.00", (250, 500)),
         ("JT", "Joint torique FKM Ø{n} mm", "2.40", (40, 63, 80)),
         ("CT", "Courroie trapézoïdale SPB {n}", "18.60", (1800, 2120, 2500)),
         ("VP", "Vanne papillon inox DN{n}", "112.00", (50, 80))),
        (5, 10, 20, 25, 50),
        "Cordialement,\n\nAya Kouassi\nResponsable Achats & Approvisionnements\nIvoire Cacao Process SA\n"
        "Zone industrielle de Vridi – Abidjan\nTél. +225 27 21 75 40 18",
        {"quotation": ("L48", EN), "commercial_invoice": ("L55", Style("en", "en", "slash_dmy")),
         "contract": ("L53", Style("fr", "fr", "fr_long"))},
        {"rccm": "CI-ABJ-2011-B-14472", "cc": "1144729 K", "signatory": "Aya Kouassi",
         "buyer_title": "Directrice des achats", "city": "Abidjan"}),
    "CZ": Partner(
        "CZ", Party("Vysočina Hydraulik s.r.o.", "Průmyslová 1288/6, 586 01 Jihlava, Tschechien"),
        "Jana Procházková", "prochazkova@vysocina-hydraulik.example", "de", "de", "outlook", "de", "AW: ", "EUR",
        "DAP Jihlava", "Zahlbar innerhalb 30 Tagen netto", None, None, "Europe/Prague", "Stück",
        (("ZP", "Zahnradpumpe {n} cm³/U, SAE-A", "128.00", (8, 11, 14)),
         ("DB", "Druckbegrenzungsventil {n} bar, Patrone", "74.50", (160, 210, 250)),
         ("FE", "Filterelement {n} µm, Glasfaser", "21.30", (3, 10, 25)),
         ("KS", "Kupplungsstecker DN{n}, flachdichtend", "16.40", (10, 12, 16)),
         ("MG", "Glyzerin-Manometer Ø{n} mm, 0-400 bar", "18.90", (63, 100, 160))),
        (5, 10, 15, 20, 30, 40),
        "Mit freundlichen Grüßen\n\nIng. Jana Procházková\nEinkauf / Nákup\nVysočina Hydraulik s.r.o.\n"
        "Průmyslová 1288/6, CZ-586 01 Jihlava\nTel. +420 567 310 442",
        {"quotation": ("L48", EN), "purchase_order": ("L51", Style("de", "de", "dot")),
         "commercial_invoice": ("L55", Style("en", "en", "mon")), "contract": ("L53", Style("en", "en", "mon")),
         "inspection_report": ("L57", Style("en", "en", "iso"))},
        {"ico": "27841155", "dic": "CZ27841155", "ship_to": "Vysočina Hydraulik s.r.o., Wareneingang Tor 2, "
         "Průmyslová 1288/6, 586 01 Jihlava", "signatory": "Ing. Pavel Novotný", "buyer_title": "Jednatel / "
         "Geschäftsführer", "issued_by": "Ing. Jana Procházková", "city": "Jihlava",
         "register": "Krajský soud v Brně, C 58812"}),
    "MY": Partner(
        "MY", Party("Penang Precision Machinery Sdn. Bhd.", "Plot 87, Lorong Perusahaan Maju 8, Bukit Tengah "
                    "Industrial Park, 14000 Bukit Mertajam, Penang, Malaysia"),
        "Lim Chee Wei", "cheewei.lim@penangprecision.example", "zh", "en", "outlook", "zh", "回复: ", "USD",
        "CFR Penang", "T/T 30% deposit, balance before shipment", None, None, "Asia/Kuala_Lumpur", "PCS",
        (("BS", "滚珠丝杆 Ball screw SFU{n}, L=800 mm", "96.00", (1605, 2005, 2510)),
         ("SV", "伺服电机 Servo motor {n} W, 220 V", "268.00", (200, 400, 750)),
         ("CP", "弹性联轴器 Jaw coupling D{n}", "14.20", (19, 25, 32)),
         ("LB", "直线轴承 Linear bushing LM{n}UU", "4.60", (12, 16, 20))),
        (4, 8, 10, 16, 20, 40),
        "此致\n敬礼\n\n林志伟 Lim Chee Wei\n采购部 Purchasing Dept.\nPenang Precision Machinery Sdn. Bhd.\n"
        "Tel +60 4-508 7712 | HP +60 12-478 3391",
        {"quotation": ("L48", EN), "purchase_order": ("L52", Style("zh", "en", "slash_dmy")),
         "proforma_invoice": ("L55", Style("en", "en", "mon")), "commercial_invoice": ("L55", Style("en", "en", "mon")),
         "contract": ("L53", Style("en", "en", "mon")), "payment_advice": ("L56", Style("en", "en", "mon"))},
        {"cn_name": "槟城精密机械有限公司", "roc": "201401027718 (1104412-X)", "sst": "P11-1808-31004417",
         "ship_to": "Penang Precision Machinery, Store 2, Plot 87, Bukit Tengah Industrial Park",
         "signatory": "Tan Mei Ling", "buyer_title": "Director", "bank": "Straits Merchant Bank Berhad",
         "account": "xxxx xxxx 8820", "city": "Penang", "approver": "Tan Mei Ling"}),
}
