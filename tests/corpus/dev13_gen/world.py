"""The twelfth holdout's fictitious partners (Latvia, Paraguay, Cambodia, Lebanon, Ghana, Jordan)."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Imogen Hartley <imogen.hartley@example.com>"


def ours(pay_lang: str | None = None, pay_num: str = "en") -> dict[str, tuple[str, Style]]:
    """Our own paperwork: sales documents from the ERP, the contract from the Word template, the carrier's
    bill of lading and the forwarder's packing list / shipping advice; the partner's bank sends an MT103 copy."""
    out = {"quotation": ("L108", Style("en", "en", "mon")),
           "proforma_invoice": ("L108", Style("en", "en", "mon")),
           "commercial_invoice": ("L108", Style("en", "en", "mon")),
           "contract": ("L109", Style("en", "en", "mon")), "bill_of_lading": ("L114", Style("en", "en", "bl")),
           "shipping_notice": ("L115", Style("en", "en", "slash_dmy"))}
    if pay_lang:
        out["payment_advice"] = ("L116", Style(pay_lang, pay_num, "iso"))
    return out


PARTNERS = {
    "LV": Partner(
        "LV", Party("Zemgales Kokapstrāde SIA", "Rūpniecības iela 22, Jelgava, LV-3008, Lettland"),
        "Ilze Ozoliņa", "i.ozolina@zemgales-koks.example", "de", "de", "outlook", "de", "AW: ", "EUR",
        "DAP Jelgava", "Zahlbar innerhalb 30 Tagen nach Rechnungsdatum ohne Abzug", None, None, "Europe/Riga",
        "Stk",
        (("BS", "Bandsägeblatt Stellit, Breite {n} mm, Länge 8,2 m", "96.00", (150, 180, 200)),
         ("HM", "Hackmesser HSS für Zerspaner, Länge {n} mm", "42.50", (410, 530, 610)),
         ("KR", "Kettenrad Teilung {n} mm, 12 Zähne, gehärtet", "58.00", (100, 125, 160)),
         ("PZ", "Pneumatikzylinder ISO 15552, Kolben Ø{n} mm, Hub 200 mm", "124.00", (50, 63, 80)),
         ("LS", "Reflexions-Lichtschranke, Reichweite {n} m, PNP", "67.00", (4, 8, 12)),
         ("KL", "Kettenlaschenrad-Lager UCF 2{n}", "21.40", (8, 10, 12))),
        (2, 4, 6, 8, 10),
        "Mit freundlichen Grüßen\n\nIlze Ozoliņa\nEinkauf / Iepirkumi\nZemgales Kokapstrāde SIA\nRūpniecības iela "
        "22, LV-3008 Jelgava, Lettland\nTel. +371 630 27 418 | Mob. +371 2941 7730",
        {**ours("en"), "purchase_order": ("L110", Style("de", "de", "dot"))},
        {"sku": "{code}-{n:03d}", "reg": "40103418277", "vat": "LV40103418277", "signatory": "Andris Kalniņš",
         "buyer_title": "Valdes loceklis / Vorstandsmitglied", "city": "Jelgava",
         "ship_to": "Zemgales Kokapstrāde SIA, Sägewerk, Rūpniecības iela 22, LV-3008 Jelgava",
         "supplier_no": "PIEG-0288", "bank": "Baltijas Komercbanka AS", "account": "LV61 BKOM 0000 4418 2207 1",
         "bic": "BKOMLV2X", "owner": "MSK"}),
    "PY": Partner(
        "PY", Party("Agroindustrial Itapúa S.A.", "Ruta PY06 km 4,5, Barrio San Isidro, 070104 Encarnación, "
                    "Paraguay"),
        "Rodrigo Benítez", "rbenitez@agroitapua.example", "es", "es", "gmail", "es", "RE: ", "USD",
        "CIP Asunción", "Transferencia bancaria a 45 días de la fecha de factura", None, None,
        "America/Asuncion", "UN",
        (("CB", "Cangilón de polietileno para elevador, {n} mm", "6.80", (152, 178, 203)),
         ("CT", "Cadena transportadora de redler, paso {n} mm, tramo 3 m", "214.00", (100, 125, 142)),
         ("MR", "Motorreductor coaxial {n} kW, 1450 rpm", "486.00", (2, 4, 7)),
         ("SN", "Sensor de nivel rotativo, eje de {n} mm", "93.00", (150, 300, 500)),
         ("TC", "Termocupla tipo K para secadora de granos, vaina {n} mm", "31.50", (200, 300, 500)),
         ("CH", "Chumacera de pie UCP {n}", "18.90", (208, 210, 212))),
        (4, 6, 8, 10, 12),
        "Atentamente,\n\nRodrigo Benítez\nEncargado de Compras y Mantenimiento\nAgroindustrial Itapúa S.A.\n"
        "Ruta PY06 km 4,5 – Encarnación – Paraguay\nTel. +595 71 204 418 | Cel. +595 985 417 302",
        {**ours("es", "de"), "purchase_order": ("L111", Style("es", "de", "slash_dmy"))},
        {"sku": "{code}{n:03d}", "ruc": "80041872-3", "signatory": "Liz Fernández Giménez",
         "buyer_title": "Gerente General", "city": "Encarnación",
         "ship_to": "Planta de silos, Ruta PY06 km 4,5, Encarnación", "bank": "Banco Guaraní de Fomento S.A.",
         "account": "Cta. Cte. USD 0418-2277-01", "bic": "BGFOPYPA", "owner": "HLC"}),
    "KH": Partner(
        "KH", Party("Huada Garment (Cambodia) Co., Ltd.", "Lot 27, Street 5, Phnom Penh Special Economic Zone, "
                    "Dangkao, Phnom Penh, Cambodia"),
        "Zhou Lihua", "zhoulihua@huada-garment.example", "zh", "en", "html", "zh", "回复：", "USD",
        "CIF Sihanoukville", "T/T 30% deposit, balance before shipment", None, None, "Asia/Phnom_Penh", "PCS",
        (("NB", "Needle bar for lockstitch machine, type {n}", "14.60", (1, 2, 3)),
         ("RH", "Rotary hook assembly, {n} mm bobbin", "22.80", (21, 24, 26)),
         ("SM", "Servo motor for sewing machine, {n} W", "88.00", (550, 600, 750)),
         ("BL", "Steam iron boiler heating element {n} W", "47.50", (2500, 3000, 4000)),
         ("CK", "Cutting knife for straight knife cutter, {n} in.", "9.70", (8, 10, 12))),
        (6, 10, 12, 20, 30),
        "谢谢！\n\n周丽华 Zhou Lihua\n采购部 Purchasing Dept.\n华达制衣（柬埔寨）有限公司\nHuada Garment (Cambodia) "
        "Co., Ltd.\nPhnom Penh SEZ, Lot 27 | Tel. +855 23 729 418 | WeChat zhoulh_pp",
        {**ours("en")},
        {"sku": "NC-{code}{n:04d}", "name_zh": "华达制衣（柬埔寨）有限公司", "vat": "K009-901842277",
         "signatory": "Lin Guowei 林国伟", "buyer_title": "General Manager 总经理", "city": "Phnom Penh",
         "bank": "Mekong Union Bank Plc", "account": "USD A/C 1105-0041-8827", "bic": "MEUBKHPP", "owner": "WHL"}),
    "LB": Partner(
        "LB", Party("Société Libanaise d'Emballage Moderne SAL", "Zone industrielle de Bauchrieh, rue 14, "
                    "Immeuble Saadé, Metn, Liban"),
        "Nadim Haddad", "n.haddad@slem-emballage.example", "fr", "fr", "apple", "fr", "Re: ", "EUR",
        "CFR Beyrouth", "Lettre de crédit irrévocable, paiement à 60 jours date de connaissement", None, None,
        "Asia/Beirut", "pce",
        (("RA", "Rouleau anilox céramique, {n} lignes/cm", "1240.00", (120, 160, 200)),
         ("LR", "Lame de racle acier, largeur {n} mm, boîte de 100 m", "86.00", (30, 40, 50)),
         ("MC", "Mandrin pneumatique {n} pouces", "312.00", (3, 6)),
         ("CR", "Courroie crantée HTD 8M, largeur {n} mm", "34.20", (20, 30, 50)),
         ("FC", "Frein à poudre magnétique {n} Nm", "690.00", (25, 50, 100))),
        (2, 3, 4, 6),
        "Bien à vous,\n\nNadim Haddad\nDirecteur technique\nSociété Libanaise d'Emballage Moderne SAL\n"
        "Zone industrielle de Bauchrieh – Metn – Liban\nTél. +961 1 904 418 | Mob. +961 3 417 220",
        {**ours()},
        {"sku": "{code}.{n}", "rc": "1004182", "vat": "418227-601", "signatory": "Georges Saadé",
         "buyer_title": "Président-directeur général", "city": "Beyrouth", "lc": "ILC/0418/28/0227",
         "lc_bank": "Banque du Levant et de la Méditerranée SAL", "owner": "CMA"}),
    "GH": Partner(
        "GH", Party("Volta Cocoa Processing Ltd.", "Plot 18, Heavy Industrial Area, Community 2, Tema, Ghana"),
        "Kwame Asante", "kwame.asante@voltacocoa.example", "en", "en", "outlook", "en", "RE: ", "USD",
        "CIF Tema", "Net 45 days from B/L date", None, None, "Africa/Accra", "ea",
        (("RG", "Refiner roll grinding wheel, {n} mm", "268.00", (400, 500, 600)),
         ("PV", "Pneumatic pinch valve DN{n}, natural rubber sleeve", "196.00", (50, 80, 100)),
         ("WS", "Winnower sieve screen, mesh {n}", "74.00", (4, 6, 8)),
         ("TS", "PT100 temperature sensor, probe length {n} mm", "39.00", (100, 150, 250)),
         ("SB", "Stainless steel ball valve {n} in., tri-clamp", "57.00", (1, 2, 3)),
         ("VB", "V-belt SPB {n}", "12.80", (1800, 2240, 2500))),
        (2, 3, 4, 6, 8, 10),
        "Regards,\n\nKwame Asante\nMaintenance Planner / Procurement\nVolta Cocoa Processing Ltd.\nPlot 18, Heavy "
        "Industrial Area, Tema, Ghana\nTel. +233 30 321 8841 | Mob. +233 24 417 3302",
        {**ours(), "purchase_order": ("L113", Style("en", "en", "slash_dmy")),
         "inspection_report": ("L117", Style("en", "en", "mon"))},
        {"sku": "NW-{code}-{n}", "tin": "C0004182277", "signatory": "Efua Mensah",
         "buyer_title": "Finance & Supply Chain Director", "city": "Tema", "owner": "MAE",
         "ship_to": "Volta Cocoa Processing Ltd., Stores, Plot 18, Heavy Industrial Area, Tema"}),
    "JO": Partner(
        "JO", Party("Zarqa Pharmaceutical Packaging Co.", "King Abdullah II Industrial Estate, Sahab, P.O. Box "
                    "418, Amman 11512, Jordan"),
        "Rania Khoury", "rania.khoury@zarqa-pharmapack.example", "en", "en", "gmail", "en", "Re: ", "USD",
        "CFR Aqaba", "100% T/T in advance against proforma invoice", None, None, "Asia/Amman", "PC",
        (("GS", "Gripper set for blister cartoner, format {n}", "342.00", (1, 2, 3)),
         ("VC", "Vacuum suction cup Ø{n} mm, silicone", "4.60", (20, 30, 40)),
         ("HS", "Heating element for sealing station, {n} W", "118.00", (400, 600, 800)),
         ("FS", "Fibre-optic sensor head, {n} mm range", "61.00", (50, 100, 200)),
         ("LB", "Linear guide block size {n}, flanged", "73.50", (15, 20, 25)),
         ("TB", "Timing belt T5, length {n} mm", "16.40", (610, 840, 1100)),
         ("SV", "Solenoid valve 5/2, G1/{n}, 24 V DC", "49.00", (4, 8))),
        (2, 4, 5, 6, 10),
        "Kind regards,\nRania Khoury\nSenior Procurement Officer\nZarqa Pharmaceutical Packaging Co.\nSahab "
        "Industrial Estate, Amman, Jordan | +962 6 402 4418 | +962 79 541 7220",
        {**ours("en"), "purchase_order": ("L112", Style("en", "en", "dot"))},
        {"sku": "{code}/{n:03d}", "nat_no": "200418227", "tax_no": "4182207", "signatory": "Dr. Sami Nasser",
         "buyer_title": "Plant Director", "city": "Amman", "bank": "Jordan Levant Bank PLC",
         "account": "JO71 JLBK 0041 8227 0000 0012 3456 78", "bic": "JLBKJOAX", "owner": "ZIM",
         "ship_to": "Main Warehouse, King Abdullah II Industrial Estate, Sahab", "cost_center": "CC-410 Blister line 3"}),
}
