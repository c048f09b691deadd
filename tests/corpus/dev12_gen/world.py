"""dev12's fictitious partners (written as the eleventh holdout: Bulgaria, Uruguay, Madagascar, Macau, Saudi Arabia, Kazakhstan)."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Rhys Pemberton <rhys.pemberton@example.com>"


def ours(pay_lang: str | None = None, pay_num: str = "en", pay_date: str = "slash_dmy") -> dict[str, tuple[str, Style]]:
    """Our own paperwork: sales documents from the ERP in English, the contract on the ICC-model form, the
    carrier's sea waybill and the despatch advice from our warehouse system; the partner's bank prints the
    payment confirmation in its own language."""
    out = {"quotation": ("L98", Style("en", "en", "slash_dmy")),
           "proforma_invoice": ("L98", Style("en", "en", "slash_dmy")),
           "commercial_invoice": ("L98", Style("en", "en", "slash_dmy")),
           "contract": ("L99", Style("en", "en", "mon")), "bill_of_lading": ("L104", Style("en", "en", "bl")),
           "shipping_notice": ("L105", Style("en", "en", "iso"))}
    if pay_lang:
        out["payment_advice"] = ("L106", Style(pay_lang, pay_num, pay_date))
    return out


PARTNERS = {
    "BG": Partner(
        "BG", Party("Rodopa Agrotechnik OOD", "bul. Kukush 14, Industriezone Nord, 4003 Plowdiw, Bulgarien"),
        "Elena Dimitrova", "e.dimitrova@rodopa-agrotechnik.example", "de", "de", "outlook", "de", "AW: ", "EUR",
        "DAP Plowdiw", "Zahlung 30 Tage netto nach Rechnungseingang", None, None, "Europe/Sofia", "Stk",
        (("HS", "Hydraulikschlauch 2SN DN{n} mit Pressarmaturen, 1,5 m", "14.20", (8, 10, 12, 16)),
         ("ZP", "Zahnradpumpe Gruppe 2, Fördervolumen {n} cm³/U", "118.00", (8, 11, 14, 19)),
         ("WV", "Wegeventil 4/3, Nenngröße {n}, 24 V DC", "236.00", (6, 10, 16)),
         ("DS", "Dichtungssatz für Hydraulikzylinder, Kolben Ø{n} mm", "19.60", (40, 50, 63, 80)),
         ("GL", "Gelenklager GE {n} ES-2RS", "11.30", (20, 25, 30, 35)),
         ("SK", "Steckkupplung ISO 7241-A, Baugröße {n}", "8.90", (2, 3, 4))),
        (2, 4, 5, 6, 10, 12),
        "Mit freundlichen Grüßen\n\nElena Dimitrova\nEinkauf / Снабдяване\nRodopa Agrotechnik OOD\n"
        "bul. Kukush 14, 4003 Plowdiw, Bulgarien\nTel. +359 32 604 218 | Mobil +359 888 417 302",
        {**ours(), "purchase_order": ("L100", Style("de", "de", "dot"))},
        {"sku": "{code}.{n:03d}", "eik": "115824093", "vat": "BG115824093", "mol": "Georgi Petkov",
         "signatory": "Georgi Petkov", "buyer_title": "Geschäftsführer / Управител", "city": "Plowdiw",
         "supplier_no": "L-0417", "ship_to": "Rodopa Agrotechnik OOD, Lager 2, bul. Kukush 14, 4003 Plowdiw",
         "cost_center": "KST 310 Montage"}),
    "UY": Partner(
        "UY", Party("Lanera del Plata S.A.", "Camino Carrasco 6120, 12100 Montevideo, Uruguay"),
        "Martín Olivera", "molivera@laneradelplata.example", "es", "es", "gmail", "es", "RE: ", "USD",
        "CFR Montevideo", "30 % anticipado, saldo contra documentos de embarque", None, None,
        "America/Montevideo", "UN",
        (("GC", "Guarnición metálica para carda, ancho {n} mm", "142.00", (1000, 1500, 2000)),
         ("RP", "Rodillo de presión para peinadora, Ø {n} mm", "88.50", (30, 35, 40)),
         ("CP", "Correa plana de transmisión {n} mm, por metro", "26.40", (50, 80, 100)),
         ("RB", "Rodamiento rígido de bolas 63{n}-2Z", "7.80", (10, 11, 12, 13)),
         ("PC", "Peine circular para peinadora, {n} agujas/cm", "312.00", (22, 26, 30)),
         ("VA", "Ventilador axial Ø {n} mm para secadero de lana", "196.00", (350, 450, 500))),
        (2, 3, 4, 6, 8, 10),
        "Saludos cordiales,\n\nMartín Olivera\nJefe de Compras\nLanera del Plata S.A.\nCamino Carrasco 6120, "
        "Montevideo – Uruguay\nTel. +598 2604 3318 | Cel. +598 99 417 220",
        {**ours("es", "de", "slash_dmy"), "purchase_order": ("L101", Style("es", "de", "slash_dmy"))},
        {"sku": "{code}-{n}", "rut": "214758390017", "signatory": "Carolina Ferreira Bentancur",
         "buyer_title": "Directora", "city": "Montevideo", "ship_to": "Planta Carrasco, Camino Carrasco 6120, Montevideo",
         "bank": "Banco Oriental de Fomento", "account": "Cta. Cte. USD 001-2218847-5", "owner": "HAM",
         "bic": "BOFOUYMM"}),
    "MG": Partner(
        "MG", Party("Épices et Vanille de l'Est SARL", "Lot II M 48 bis, Route d'Ivoloina, 501 Toamasina, "
                    "Madagascar"),
        "Hery Rakotomalala", "hery.rakoto@epices-vanille-est.example", "fr", "fr", "apple", "fr", "Re: ", "EUR",
        "CIF Toamasina", "30 % à la commande, solde avant embarquement", None, None, "Indian/Antananarivo", "pce",
        (("TV", "Tamis vibrant inox, maille {n} mm", "64.00", (1, 2, 3)),
         ("RC", "Résistance chauffante pour séchoir, {n} W", "38.50", (1500, 2000, 3000)),
         ("TB", "Thermostat à bulbe 0-{n} °C", "27.80", (60, 90, 120)),
         ("SV", "Soudeuse sous vide pour sachets, barre de {n} mm", "845.00", (300, 400, 500)),
         ("JP", "Joint de porte pour chambre de séchage, profil {n}", "12.40", (18, 22, 26)),
         ("BT", "Balance de table {n} kg, classe III", "189.00", (6, 15, 30))),
        (2, 3, 4, 5, 8),
        "Cordialement,\n\nHery Rakotomalala\nResponsable technique et achats\nÉpices et Vanille de l'Est SARL\n"
        "Route d'Ivoloina – Toamasina – Madagascar\nTél. +261 20 53 318 42 | +261 34 11 847 20",
        {**ours("fr", "fr", "slash_dmy")},
        {"sku": "NW-{code}{n:04d}", "nif": "3001842175", "stat": "46101 31 2009 0 00412", "signatory": "Lalaina "
         "Andrianarisoa", "buyer_title": "Gérante", "city": "Toamasina", "bank": "Banque de l'Océan Indien et "
         "de Madagascar", "account": "Compte devises n° 00008 01420 11847203 51", "owner": "CMA", "bic": "BOIMMGMG"}),
    "MO": Partner(
        "MO", Party("Pou Fong Building Services Co., Ltd.", "Avenida do Almirante Lacerda 122, Edif. Industrial "
                    "Pou Fong, 5/F, Macau"),
        "Leong Ka Man", "km.leong@poufong-bs.example", "zh", "en", "html", "zh", "回覆：", "USD",
        "CIF Macau", "T/T 100% before shipment", None, None, "Asia/Macau", "PCS",
        (("FM", "Fan coil unit motor {n} W, 230 V, 3-speed", "96.00", (60, 90, 120)),
         ("MV", "Motorised 2-way valve DN{n}, 24 VAC, on/off", "134.00", (15, 20, 25)),
         ("PF", "Pleated panel filter G4, {n} x 595 x 48 mm", "6.20", (495, 595, 625)),
         ("PT", "Pressure transmitter 0-{n} bar, 4-20 mA, G1/2", "118.00", (6, 10, 16)),
         ("BV", "Butterfly valve DN{n}, lever operated, PN16", "72.00", (50, 80, 100))),
        (4, 6, 10, 12, 20),
        "謝謝！\n\n梁嘉敏 Leong Ka Man\n採購部 Purchasing\n寶豐屋宇設備工程有限公司\nPou Fong Building Services Co., "
        "Ltd.\n澳門慕拉士大馬路122號 | Tel. +853 2822 4170",
        {**ours("en", "en", "mon")},
        {"sku": "{code}{n:03d}-N", "name_zh": "寶豐屋宇設備工程有限公司", "signatory": "Chan Wai Kit 陳偉傑",
         "buyer_title": "Director 董事", "city": "Macau", "bank": "Banco Comercial de Macau Oriental",
         "account": "USD A/C 21-11-40-288417", "owner": "OOL", "bic": "BCMOMOMX"}),
    "SA": Partner(
        "SA", Party("Eastern Gulf Process Services Co.", "2nd Industrial City, Street 58, P.O. Box 7418, "
                    "Dammam 34332, Saudi Arabia"),
        "Faisal Al-Ghamdi", "f.alghamdi@easterngulf-ps.example", "en", "en", "outlook", "en", "RE: ", "USD",
        "CFR Dammam", "Net 60 days from B/L date", None, None, "Asia/Riyadh", "EA",
        (("MS", "Mechanical seal cartridge, shaft {n} mm, SiC/SiC/EPDM", "410.00", (35, 45, 55, 65)),
         ("GV", "Gate valve {n} in., ANSI 150, duplex stainless steel", "520.00", (2, 3, 4, 6)),
         ("PG", "Pressure gauge 0-{n} bar, 100 mm dial, SS case", "36.00", (10, 16, 25, 100)),
         ("CF", "Cartridge filter element 5 micron, length {n} in.", "9.40", (20, 30, 40, 50)),
         ("OR", "O-ring FKM, ID {n} mm x 5.33 mm", "2.10", (50, 75, 100, 150)),
         ("AB", "Angular contact bearing 73{n} BECBM", "48.00", (10, 12, 14, 16)),
         ("FT", "Electromagnetic flow transmitter DN{n}, PTFE liner", "1380.00", (50, 80, 100, 150))),
        (2, 4, 6, 8, 10, 12),
        "Best regards,\n\nFaisal Al-Ghamdi\nSenior Buyer, Procurement Department\nEastern Gulf Process Services "
        "Co.\n2nd Industrial City, Dammam, Kingdom of Saudi Arabia\nTel. +966 13 812 4470 Ext. 218 | Mob. "
        "+966 55 418 2207",
        {**ours(), "purchase_order": ("L102", Style("en", "en", "slash_dmy")),
         "inspection_report": ("L107", Style("en", "en", "slash_dmy"))},
        {"sku": "NWC-{code}-{n:03d}", "cr": "2050112873", "vat": "310284619500003", "vendor_code": "V-400218",
         "signatory": "Eng. Khalid Al-Otaibi", "buyer_title": "Procurement Manager", "city": "Dammam",
         "ship_to": "Central Warehouse, Gate 2, 2nd Industrial City, Dammam", "requisition": "PR-26-01874",
         "owner": "MSC"}),
    "KZ": Partner(
        "KZ", Party("Irtysh Ore Processing LLP", "Abay Avenue 172, 070004 Oskemen, Republic of Kazakhstan"),
        "Aigerim Seitkali", "a.seitkali@irtysh-ore.example", "en", "en", "gmail", "en", "Re: ", "EUR",
        "FCA Southampton", "100% prepayment against proforma invoice", None, None, "Asia/Almaty", "pcs",
        (("CR", "Conveyor idler roller Ø{n} mm, 6305 bearings", "38.00", (89, 108, 133)),
         ("SI", "Slurry pump impeller, high-chrome, frame size {n}", "760.00", (4, 6, 8)),
         ("SP", "Polyurethane screen panel, aperture {n} mm", "112.00", (6, 10, 16)),
         ("HL", "Hydrocyclone liner set, diameter {n} mm", "540.00", (150, 250, 380)),
         ("BF", "Mechanical belt fastener kit, belt width {n} mm", "64.00", (800, 1000, 1200)),
         ("GN", "Grease nipple set M{n}, 50 pieces", "3.40", (6, 8, 10))),
        (2, 4, 5, 8, 10),
        "Best regards,\nAigerim Seitkali\nProcurement Specialist | Supply Department\nIrtysh Ore Processing LLP\n"
        "172 Abay Ave., Oskemen, Kazakhstan\n+7 7232 57 41 88 | +7 701 418 2290 (WhatsApp)",
        {**ours("en", "en", "dot"), "purchase_order": ("L103", Style("en", "plain", "dot"))},
        {"sku": "{code}/{n}", "bin": "081140017352", "signatory": "Yerlan Mukhametov",
         "buyer_title": "General Director", "city": "Oskemen", "bank": "Altai Commercial Bank JSC",
         "account": "KZ45 914K 0000 2271 8840", "bic": "ALTCKZKA", "kbe": "17", "knp": "710",
         "forwarder": "Steppe Bridge Logistics LLP, Almaty"}),
}
