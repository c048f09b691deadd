"""The fourth holdout's fictitious partners (Turkey, Vietnam, Brazil, Netherlands, Morocco, Luxembourg)."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Rahul Mehta <rahul.mehta@example.com>"

EN = Style("en", "en", "mon")

PARTNERS = {
    "TR": Partner(
        "TR", Party("Ege Ambalaj Makinaları San. ve Tic. A.Ş.", "Atatürk OSB 10003 Sk. No: 14, 35620 Çiğli, İzmir, Türkiye"),
        "Burak Yıldırım", "burak.yildirim@egeambalaj.example", "en", "en", "outlook", "en", "RE: ", "EUR",
        "CIF Izmir", "30% advance, 70% against copy of B/L", None, None, "Europe/Istanbul", "pcs",
        (("VK", "Vacuum suction cup Ø{n} mm, NBR", "6.40", (30, 40, 50)),
         ("TB", "Timing belt T10 width {n} mm, per metre", "18.20", (25, 32, 50)),
         ("PX", "Inductive proximity sensor M{n}, PNP", "22.90", (12, 18, 30)),
         ("GM", "Worm gear motor 0.{n} kW, i=20", "246.00", (37, 55, 75)),
         ("SK", "Chain sprocket {n}T, 1/2 inch pitch", "31.50", (15, 19, 24))),
        (6, 12, 18, 24, 36, 48),
        "Best regards / Saygılarımızla\n\nBurak Yıldırım\nSatınalma Uzmanı – Procurement Specialist\n"
        "Ege Ambalaj Makinaları San. ve Tic. A.Ş.\nAtatürk OSB, Çiğli / İzmir\nT: +90 232 376 41 18",
        {"quotation": ("L35", Style("en", "en", "usmon")), "purchase_order": ("L31", Style("tr", "de", "dot")),
         "contract": ("L38", EN), "commercial_invoice": ("L32", EN),
         "payment_advice": ("L36", Style("en", "en", "iso")), "shipping_notice": ("L37", Style("en", "en", "bl"))},
        {"registry": "Vergi Dairesi: Kordon V.D. 325 018 4471 · Mersis No: 0325018447100019 · Ticaret Sicil No: 148822",
         "ship_to": "Ege Ambalaj, Atatürk OSB 10003 Sk. No: 14, Çiğli / İzmir", "prepared_by": "Burak Yıldırım",
         "approved_by": "Selin Aksoy", "buyer_title": "Purchasing Manager", "pod": "IZMIR (ALSANCAK), TURKEY",
         "carrier": "NORDIC OCEAN LINE A/S", "vessel": "NOL AURORA / 614E", "goods": "MACHINE SPARE PARTS",
         "bank": "Aydın Ticaret Bankası A.Ş.", "bank_addr": "Cumhuriyet Blv. 88, Konak, İzmir", "bic": "AYTBTRISXXX",
         "payer_account": "TR470006200041800006298811", "session": "4471882031"}),
    "VN": Partner(
        "VN", Party("Saigon Precision Mechanical Co., Ltd.", "Lot C7, Tan Thuan Export Processing Zone, District 7, "
                    "Ho Chi Minh City, Vietnam"),
        "Nguyen Thi Thu Trang", "trang.nguyen@saigonprecision.example", "en", "en", "gmail", "en", "Re: ", "USD",
        "CIF Ho Chi Minh City", "T/T 30% in advance, 70% before shipment", None, None, "Asia/Ho_Chi_Minh", "EA",
        (("BS", "Ball screw SFU{n}05, C7, 600 mm", "74.00", (16, 20, 25)),
         ("SB", "Spindle bearing 70{n} ACD/P4A", "118.50", (10, 12, 14)),
         ("CC", "Cable carrier chain {n} x 50 mm, per m", "14.30", (18, 25, 35)),
         ("LS", "Roller lever limit switch {n} A", "9.80", (5, 10)),
         ("CP", "Coolant pump {n} W, 400 V", "132.00", (90, 120, 180))),
        (5, 10, 20, 30, 50),
        "Thanks and best regards,\n\nNguyen Thi Thu Trang (Ms.)\nImport-Export Officer\nSaigon Precision Mechanical "
        "Co., Ltd.\nTan Thuan EPZ, District 7, HCMC, Vietnam\nMobile/Zalo: +84 903 118 427",
        {"quotation": ("L35", Style("en", "en", "usmon")), "proforma_invoice": ("L35", Style("en", "en", "usmon")),
         "contract": ("L38", Style("en", "en", "slash_dmy")), "purchase_order": ("L31", Style("vi", "de", "slash_dmy")),
         "commercial_invoice": ("L33", Style("en", "en", "bl")),
         "payment_advice": ("L36", Style("en", "en", "dash_dmy")), "shipping_notice": ("L37", Style("en", "en", "bl"))},
        {"registry": "Mã số thuế / Tax code: 0301458826 · Tel: +84 28 3770 1426",
         "ship_to": "Warehouse B, Lot C7, Tan Thuan EPZ, District 7, HCMC", "prepared_by": "Nguyen Thi Thu Trang",
         "approved_by": "Tran Van Hung", "buyer_title": "General Director", "pod": "CAT LAI, HO CHI MINH CITY, VIETNAM",
         "carrier": "NORDIC OCEAN LINE A/S", "vessel": "NOL BOREALIS / 622E", "goods": "CNC MACHINE SPARE PARTS",
         "marks": "SPM / HCMC / C/NO. 1-UP", "bank": "Saigon Commerce Joint Stock Bank",
         "bank_addr": "266-268 Nam Ky Khoi Nghia, District 3, HCMC", "bic": "SGCBVNVXXXX",
         "payer_account": "0071001458826", "session": "2208145512"}),
    "BR": Partner(
        "BR", Party("Metalúrgica Vale do Sinos Ltda.", "Rua Bento Gonçalves 2210, Novo Hamburgo, RS, 93410-002, Brasil"),
        "Rafael Albuquerque Nunes", "rafael.nunes@valedosinos-metal.example", "es", "es", "html", "es", "RE: ", "USD",
        "CFR Santos", "Transferencia bancaria a 60 días de la fecha de embarque", None, None, "America/Sao_Paulo", "UN",
        (("RB", "Rodamiento de bolas 620{n}-2RS", "7.90", (4, 5, 6)),
         ("MH", "Manguera hidráulica DN{n}, 1 m", "16.40", (8, 10, 12)),
         ("VB", "Válvula de bola DN{n} inox", "28.70", (15, 20, 25)),
         ("CN", "Cilindro neumático Ø{n} x 100 mm", "54.00", (32, 40, 50))),
        (10, 20, 40, 60, 100),
        "Saludos cordiales,\n\nRafael Albuquerque Nunes\nCompras Internacionales / Compras Internacionais\n"
        "Metalúrgica Vale do Sinos Ltda. – Novo Hamburgo, RS, Brasil\nTel. +55 51 3594 2280",
        {"quotation": ("L35", Style("en", "en", "usmon")), "purchase_order": ("L34", Style("es", "de", "slash_dmy")),
         "commercial_invoice": ("L32", Style("en", "en", "mon")), "contract": ("L38", Style("en", "en", "mon")),
         "payment_advice": ("L36", Style("en", "en", "slash_dmy")), "shipping_notice": ("L37", Style("en", "en", "bl"))},
        {"cnpj": "91.234.567/0001-08", "ie": "086/0412773", "ship_to": "Depósito central, Rua Bento Gonçalves 2210, "
         "Novo Hamburgo, RS", "ncm": ("8482.10.10", "4009.21.00", "8481.80.95", "8412.31.10"),
         "prepared_by": "Rafael Albuquerque Nunes", "approved_by": "Luciana Prestes Machado",
         "buyer_title": "Gerente de Suministros", "pod": "SANTOS, BRAZIL", "carrier": "NORDIC OCEAN LINE A/S",
         "vessel": "NOL SOLSTICE / 031S", "goods": "BEARINGS, HOSES, VALVES, CYLINDERS",
         "bank": "Banco Regional do Vale S.A.", "bank_addr": "Av. Pedro Adams Filho 5600, Novo Hamburgo",
         "bic": "BRVLBRRSXXX", "payer_account": "BR1500000000041230002215C1", "session": "9023311470"}),
    "NL": Partner(
        "NL", Party("Van der Berg Aandrijftechniek B.V.", "De Run 4312, 5503 LN Veldhoven, Netherlands"),
        "Sanne de Vries", "s.devries@vdberg-aandrijf.example", "en", "en", "apple", "en", "Re: ", "EUR",
        "DAP Veldhoven", "Net 30 days from invoice date", None, None, "Europe/Amsterdam", "pc",
        (("FI", "Frequency inverter {n} kW, 400 V", "215.00", (2, 4, 7)),
         ("EM", "IE3 motor {n} kW, 4-pole, foot mounted", "189.00", (3, 4, 5)),
         ("BR", "Spring-applied brake {n} Nm, 24 V DC", "96.00", (10, 20))),
        (2, 3, 4, 6, 8),
        "Met vriendelijke groet / Kind regards,\n\nSanne de Vries\nInkoop | Van der Berg Aandrijftechniek B.V.\n"
        "De Run 4312, Veldhoven\n+31 40 258 77 10",
        {"commercial_invoice": ("L32", Style("en", "en", "dash_dmy")), "contract": ("L38", Style("en", "en", "iso")),
         "shipping_notice": ("L37", Style("en", "en", "bl"))},
        {"ship_to": "Van der Berg Aandrijftechniek, dock 3, De Run 4312, Veldhoven", "buyer_title": "Inkoper",
         "pod": "ROTTERDAM (TRUCK ON-CARRIAGE TO VELDHOVEN)", "carrier": "NORDIC OCEAN LINE A/S",
         "vessel": "NOL FJORD / 118N", "goods": "INVERTERS, MOTORS, BRAKES"}),
    "MA": Partner(
        "MA", Party("Atlas Emballage S.A.R.L.", "Zone industrielle Sidi Bernoussi, Lot 41, 20600 Casablanca, Maroc"),
        "Youssef Benali", "y.benali@atlas-emballage.example", "fr", "fr", "outlook", "fr", "RE : ", "EUR",
        "CFR Casablanca", "Virement à 60 jours date de facture", None, None, "Africa/Casablanca", "pce",
        (("LC", "Lame de coupe {n} mm, acier HSS", "23.50", (300, 400, 450)),
         ("CR", "Courroie crantée HTD {n}-8M", "19.90", (800, 960, 1200)),
         ("RC", "Résistance chauffante {n} W, 230 V", "12.40", (250, 400, 600))),
        (10, 20, 25, 50),
        "Cordialement,\n\nYoussef Benali\nResponsable Achats\nAtlas Emballage S.A.R.L.\nZI Sidi Bernoussi, "
        "Casablanca\nTél. : +212 522 75 31 90",
        {"quotation": ("L35", Style("en", "en", "usmon")), "purchase_order": ("L39", Style("fr", "fr", "slash_dmy")),
         "commercial_invoice": ("L32", Style("en", "en", "mon")), "contract": ("L38", Style("fr", "fr", "fr_long")),
         "payment_advice": ("L36", Style("en", "en", "slash_dmy"))},
        {"registry": "ICE : 001524789000056 · RC : 45821 Casablanca · IF : 40187722 · Patente : 35400812",
         "ship_to": "Magasin matières, ZI Sidi Bernoussi, Lot 41, Casablanca", "prepared_by": "Youssef Benali",
         "buyer_title": "Gérant", "bank": "Banque Atlantique du Maroc", "bank_addr": "Bd Mohammed V 140, Casablanca",
         "bic": "BAMACMAMXXX", "payer_account": "MA64011519000001205000000012", "session": "6610042281"}),
    "LU": Partner(
        "LU", Party("Mosel Intralogistik S.à r.l.", "Zone industrielle Rolach, L-5280 Sandweiler, Luxembourg"),
        "Claudine Weber", "c.weber@mosel-intralogistik.example", "de", "de", "gmail", "de", "AW: ", "EUR",
        "DAP Sandweiler", "Zahlbar innerhalb 30 Tagen ohne Abzug", None, None, "Europe/Luxembourg", "St.",
        (("TR", "Tragrolle Ø{n} mm, verzinkt", "8.70", (50, 60, 80)),
         ("KR", "Kettenrad {n} Zähne, 3/4 Zoll", "27.30", (17, 21, 25)),
         ("SL", "Stehlager UCP 20{n}", "15.60", (5, 6, 8))),
        (20, 40, 60, 80),
        "Mit freundlichen Grüßen\n\nClaudine Weber\nEinkauf\nMosel Intralogistik S.à r.l.\nZI Rolach, L-5280 "
        "Sandweiler\nTél. +352 26 35 48 12",
        {"quotation": ("L35", Style("en", "en", "usmon")), "purchase_order": ("L39", Style("fr", "fr", "dot")),
         "commercial_invoice": ("L32", Style("en", "en", "mon")), "contract": ("L38", Style("de", "de", "dot"))},
        {"registry": "RCS Luxembourg B 201 774 · TVA LU 28731145 · Matricule 2015 2411 832",
         "ship_to": "Mosel Intralogistik, quai 2, ZI Rolach, Sandweiler", "prepared_by": "Claudine Weber",
         "buyer_title": "Gérante"}),
}
