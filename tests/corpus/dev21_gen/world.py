"""The twentieth holdout's fictitious partners (Italy writing English, Bahrain, Poland writing German, El Salvador,
Taiwan writing Chinese, Québec writing French)."""
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
    """Our own paperwork (sales documents from our online accounting package, the sales contract on the ICC
    model form, the ERP's packing list, the carrier's sea waybill) and the customer's payment notification."""
    return {"quotation": ("L188", Style("en", "en", "mon")),
            "proforma_invoice": ("L188", Style("en", "en", "mon")),
            "commercial_invoice": ("L188", Style("en", "en", "mon")),
            "contract": ("L189", Style("en", "en", "iso")), "bill_of_lading": ("L191", Style("en", "en", "bl")),
            "shipping_notice": ("L190", Style("en", "en", "dot")),
            "payment_advice": ("L192", Style(pay_lang, pay_num, pay_date))}


PARTNERS = {
    "IT": Partner(
        "IT", Party("Trafilerie Valseriana S.p.A.", "Via Provinciale 118, 24021 Albino (BG), Italy"),
        "Chiara Bonfanti", "c.bonfanti@trafilerie-valseriana.example", "en", "en", "html", "en", "R: ", "EUR",
        "DAP Albino", "Bank transfer 60 days from invoice date", None, None, "Europe/Rome", "pcs",
        (("DR", "Wire drawing die, tungsten carbide, bore {n} mm", "64.00", (2, 3, 4)),
         ("CP", "Capstan ring, hardened, Ø{n} mm", "386.00", (400, 560, 630)),
         ("PR", "Pinch roller polyurethane, Ø{n} mm", "52.40", (60, 80, 100)),
         ("SG", "Soap box pressure die holder, size {n}", "118.00", (1, 2, 3)),
         ("GB", "Spooler gearbox bearing set, type {n}", "212.00", (6208, 6310, 6312)),
         ("AN", "Annealer contact wheel brush, {n} mm", "29.80", (120, 160, 200))),
        (2, 4, 5, 6, 8, 12),
        "Kind regards\n\nChiara Bonfanti\nUfficio Acquisti – Purchasing Dept.\nTrafilerie Valseriana S.p.A.\n"
        "Via Provinciale 118 – 24021 Albino (BG) – Italy\nTel. +39 035 751 2281 – Mob. +39 347 218 4407",
        {**ours("en", "en", "slash_dmy"), "inspection_report": ("L193", Style("en", "en", "slash_dmy"))},
        {"sku": "TV-{code}{n}", "piva": "P.IVA IT03418220164 · REA BG-371822", "signatory": "Dott. Marco Pezzotta",
         "buyer_title": "Amministratore Delegato / Managing Director", "city": "Albino",
         "bank": "Banca Popolare delle Valli Orobiche S.p.A.", "iban": "IT60 X054 2811 1010 0000 0123 456",
         "bic": "BPVOIT22", "inspector": "Ing. Fabio Carrara, Bergamo Technical Inspections S.r.l.",
         "ship_to": "Trafilerie Valseriana S.p.A., magazzino ricambi, Via Provinciale 118, Albino (BG)"}),
    "BH": Partner(
        "BH", Party("Gulf Aluminium Rolling & Extrusion Co. B.S.C. (c)", "Building 1175, Road 5127, Block 951, "
                    "Askar, Kingdom of Bahrain"),
        "Rashid Al-Mahmood", "r.almahmood@garex-bh.example", "en", "en", "outlook", "en", "RE: ", "USD",
        "CFR Khalifa Bin Salman Port", "Net 60 days from invoice date", None, None, "Asia/Bahrain", "EA",
        (("WR", "Work roll chock seal, Ø{n} mm", "344.00", (280, 320, 360)),
         ("ED", "Extrusion die backer ring, Ø{n} mm", "612.00", (180, 228, 280)),
         ("PU", "Puller jaw insert, width {n} mm", "46.50", (40, 60, 80)),
         ("TC", "Thermocouple type K, sheath {n} mm", "31.20", (300, 500, 750)),
         ("HF", "Hydraulic return filter element, {n} micron", "88.00", (10, 25)),
         ("CB", "Coolant spray nozzle, flat jet {n}°", "14.60", (65, 80, 110))),
        (2, 4, 6, 10, 12, 20),
        "Best Regards,\n\nRashid Al-Mahmood\nSenior Buyer – Engineering Stores\nGulf Aluminium Rolling & "
        "Extrusion Co. B.S.C. (c)\nAskar, Kingdom of Bahrain | Tel +973 1783 4411 | Mob +973 3922 7185",
        {**ours("en", "en", "slash_dmy"), "purchase_order": ("L194", Style("en", "en", "mon"))},
        {"sku": "GX{code}{n}", "cr": "CR No. 51822-1 · VAT Acc. 220004182700002", "signatory": "Eng. Khalid "
         "Bu-Hazza", "buyer_title": "General Manager – Operations", "city": "Askar",
         "bank": "Dilmun National Bank B.S.C.", "iban": "BH67 DNBB 0000 1299 1234 56", "bic": "DNBBBHBM",
         "owner": "MSK", "ship_to": "GAREX Engineering Stores, Gate 3, Road 5127, Askar"}),
    "PL": Partner(
        "PL", Party("Zakłady Mleczarskie Podlasie sp. z o.o.", "ul. Przemysłowa 14, 18-400 Łomża, Polen"),
        "Katarzyna Wiśniewska", "k.wisniewska@zm-podlasie.example", "de", "de", "apple", "de", "AW: ", "EUR",
        "FCA Southampton", "Zahlung 45 Tage netto nach Rechnungseingang", None, None, "Europe/Warsaw", "Stk",
        (("HD", "Homogenisatorventil Sitz, DN{n}", "486.00", (25, 40, 50)),
         ("PD", "Plattenwärmetauscher-Dichtung, Typ M{n}", "12.80", (6, 10, 15)),
         ("KP", "Kreiselpumpe Gleitringdichtung, Ø{n} mm", "138.00", (25, 35, 45)),
         ("SV", "Scheibenventil Edelstahl, DN{n}", "224.00", (40, 50, 65)),
         ("FM", "Füllmaschine Dosierkolben, {n} ml", "312.00", (200, 500, 1000)),
         ("TS", "Tankreinigungsdüse rotierend, {n} l/min", "96.00", (60, 100, 150))),
        (2, 3, 4, 6, 10, 12),
        "Mit freundlichen Grüßen / Z poważaniem\n\nKatarzyna Wiśniewska\nAbteilung Einkauf / Dział Zakupów\n"
        "Zakłady Mleczarskie Podlasie sp. z o.o.\nul. Przemysłowa 14, 18-400 Łomża | Tel. +48 86 218 44 07 | "
        "Mobil +48 601 418 227",
        {**ours("de", "de", "dot"), "purchase_order": ("L195", Style("de", "de", "dot"))},
        {"sku": "{code}-{n}", "nip": "NIP 718-204-18-22 · REGON 450018227", "signatory": "Tomasz Zalewski",
         "buyer_title": "Prezes Zarządu / Geschäftsführer", "city": "Łomża", "bank": "Bank Spółdzielczy Podlasie",
         "iban": "PL61 1090 1014 0000 0712 1981 2874", "bic": "BSPOPLPW", "owner": "HLC",
         "ship_to": "ZM Podlasie, Magazyn części zamiennych, ul. Przemysłowa 14, Łomża"}),
    "SV": Partner(
        "SV", Party("Textiles Confecciones del Pacífico S.A. de C.V.", "Zona Franca San Bartolo, Calle El "
                    "Pedregal, Ilopango, San Salvador, El Salvador"),
        "Gabriela Mejía Orellana", "gmejia@texpacifico.example", "es", "es", "gmail", "es", "RE: ", "USD",
        "CFR Acajutla", "Crédito a 45 días fecha factura", None, None, "America/El_Salvador", "Und",
        (("AG", "Aguja industrial para máquina plana, calibre {n}", "0.62", (90, 100, 110)),
         ("GT", "Garfio rotativo para máquina de coser, tipo {n}", "38.40", (1, 2, 3)),
         ("CC", "Cuchilla circular para cortadora, Ø{n} mm", "24.80", (70, 100, 130)),
         ("BC", "Banda de transmisión dentada, {n} mm", "18.20", (660, 810, 1000)),
         ("PV", "Plancha de vapor industrial, {n} W", "164.00", (1000, 1600)),
         ("MS", "Motor servo para máquina de coser, {n} W", "212.00", (400, 550, 750))),
        (2, 4, 6, 10, 12, 20),
        "Saludos cordiales,\n\nGabriela Mejía Orellana\nJefa de Compras e Importaciones\nTextiles Confecciones "
        "del Pacífico S.A. de C.V.\nZona Franca San Bartolo, Ilopango | PBX +503 2295 4182 | Cel. +503 7841 2276",
        {**ours("es", "en", "slash_dmy"), "purchase_order": ("L196", Style("es", "en", "slash_dmy"))},
        {"sku": "TCP-{code}-{n}", "nit": "NIT 0614-180227-104-1 · NRC 182277-3", "signatory": "Lic. Roberto "
         "Castaneda Flores", "buyer_title": "Gerente General", "city": "Ilopango",
         "bank": "Banco Cuscatleco de Inversión S.A.", "iban": "Cuenta corriente USD 004-182-27719",
         "bic": "BCCISVSS", "owner": "MSC",
         "ship_to": "Texpacífico, bodega de repuestos, Zona Franca San Bartolo, Ilopango"}),
    "TW": Partner(
        "TW", Party("Formosa Precision Bicycle Components Co., Ltd.", "No. 27, Gongye 6th Road, Dajia District, "
                    "Taichung City 437, Taiwan"),
        "Lin Yi-Ting", "yiting.lin@formosa-pbc.example", "zh", "en", "outlook", "zh", "回覆: ", "USD",
        "CIF Taichung", "T/T 30% deposit, balance against copy of B/L", None, None, "Asia/Taipei", "PCS",
        (("HT", "Hydraulic tube bender mandrel, Ø{n} mm", "268.00", (22, 28, 32)),
         ("WT", "TIG welding torch head, {n} A", "142.00", (150, 200, 250)),
         ("RL", "Anodising rack clip, titanium, {n} mm", "3.40", (40, 60, 80)),
         ("SP", "Spindle bearing pair, {n} series", "384.00", (7008, 7010, 7012)),
         ("CL", "Pneumatic clamp cylinder, bore {n} mm", "76.00", (32, 40, 50)),
         ("PF", "Paint booth filter mat, grade G{n}", "22.50", (2, 3, 4))),
        (4, 6, 8, 10, 16, 24),
        "敬祝 商祺\n\n林怡婷 Lin Yi-Ting\n採購課\n台灣精密自行車零件股份有限公司\nFormosa Precision Bicycle Components "
        "Co., Ltd.\n台中市大甲區工業六路27號 | 電話 +886 4 2681 4227 | 分機 118",
        {**ours("en", "en", "iso"), "purchase_order": ("L197", Style("zh", "en", "zh_slash"))},
        {"sku": "FP-{code}{n}", "name_zh": "台灣精密自行車零件股份有限公司", "ubn": "統一編號 84182276",
         "signatory": "Chen Wei-Ming 陳偉銘", "buyer_title": "Plant Manager 廠長", "city": "Taichung",
         "bank": "Taichung Harbour Commercial Bank", "iban": "USD A/C 418-22-761003-5", "bic": "THCBTWTP",
         "owner": "EGL", "ship_to": "大甲廠 倉庫, No. 27, Gongye 6th Road, Dajia District, Taichung"}),
    "CA": Partner(
        "CA", Party("Papeterie Boréale du Saguenay inc.", "2180, boulevard Saint-Paul, Chicoutimi (Québec) "
                    "G7H 4B2, Canada"),
        "Étienne Gagnon-Tremblay", "egagnon@papeterie-boreale.example", "fr", "fr", "outlook", "fr", "RE : ", "CAD",
        "CFR Montréal", "Net 45 jours date de facture", None, None, "America/Toronto", "pce",
        (("RC", "Racle de crêpage, acier trempé, {n} mm", "74.00", (75, 100)),
         ("FT", "Feutre de presse, largeur {n} mm", "1840.00", (3200, 3600)),
         ("CD", "Couteau de déchiqueteuse, {n} mm", "118.00", (250, 300, 350)),
         ("RS", "Roulement à rotule SKF {n}", "426.00", (22216, 22220, 22224)),
         ("TG", "Garniture de pompe à pâte, Ø{n} mm", "58.00", (50, 65, 80)),
         ("BD", "Buse de douche oscillante, {n} mm", "9.60", (1, 2, 3))),
        (2, 3, 4, 6, 8, 12),
        "Salutations distinguées,\n\nÉtienne Gagnon-Tremblay\nAcheteur principal, pièces et entretien\nPapeterie "
        "Boréale du Saguenay inc.\n2180, boul. Saint-Paul, Chicoutimi (Québec) | Tél. 418 545-2271, poste 4182",
        {**ours("fr", "fr", "iso")},
        {"sku": "{code}-{n}", "neq": "NEQ 1162418227 · TPS 741822761 RT0001", "signatory": "Mme Josée Bouchard",
         "buyer_title": "Directrice des approvisionnements", "city": "Chicoutimi",
         "bank": "Caisse Desjardins du Fjord", "iban": "Transit 81542 · compte 0418227", "bic": "CCDQCAMM",
         "owner": "HLC", "ship_to": "Papeterie Boréale, magasin central, 2180, boul. Saint-Paul, Chicoutimi"}),
}
