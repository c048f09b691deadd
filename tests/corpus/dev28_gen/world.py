"""The twenty-seventh holdout's fictitious partners (six countries new to the corpus, one of them writing German,
one French, one Spanish and one Chinese)."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Gethin Morgan-Price <gethin.morgan-price@example.com>"


def ours(sales: Style, pay: Style, claim: Style | None = None) -> dict[str, tuple[str, Style]]:
    """Our own paperwork (the accounting package's sales documents and packing slip, the sales confirmation,
    the forwarder's house bill of lading), the customer's bank debit advice and its incoming inspection report."""
    return {"quotation": ("L258", sales), "proforma_invoice": ("L258", sales),
            "commercial_invoice": ("L258", sales), "shipping_notice": ("L258", sales),
            "contract": ("L259", Style(sales.lang, "en", "mon")),
            "bill_of_lading": ("L260", Style("en", "en", "bl")),
            "payment_advice": ("L261", pay),
            "inspection_report": ("L262", claim or Style("en", "en", "mon"))}


PARTNERS = {
    "LC": Partner(
        "LC", Party("Soufrière Estate Cocoa Works Ltd.", "Fond Doux Road, Soufrière, Saint Lucia"),
        "Marcia Joseph-Descartes", "m.joseph@soufriere-cocoa.example", "en", "en", "apple", "en", "Re: ", "USD",
        "CIF Castries", "Net 30 days after arrival of goods", None, None, "America/St_Lucia", "each",
        (("RP", "Roaster drum paddle, {n} mm, stainless 316", "96.00", (250, 320, 400)),
         ("WS", "Winnower sieve deck, {n} mm mesh", "58.00", (4, 6, 8)),
         ("GB", "Ball mill grinding media, chrome steel Ø {n} mm, 25 kg drum", "210.00", (6, 8, 10)),
         ("TS", "Tempering bowl scraper blade for {n} kg tank", "34.50", (12, 24, 60)),
         ("MP", "Polycarbonate mould, 24 cavities x {n} g bar", "8.40", (50, 80, 100)),
         ("CB", "Cooling tunnel belt, PU food grade, {n} mm wide", "312.00", (300, 450, 600))),
        (2, 3, 4, 5, 6, 8),
        "Kind regards,\nMarcia\n\nMarcia Joseph-Descartes\nProcurement & Stores\nSoufrière Estate Cocoa Works Ltd.\n"
        "Fond Doux Road, Soufrière | +1 758 459 7342",
        {**ours(Style("en", "en", "mon"), Style("en", "en", "mon")),
         "purchase_order": ("L263", Style("en", "en", "usmon"))},
        {"sku": "SEC-{code}{n:04d}", "reg": "Reg. No. C-2714 · Tax ID 1027140",
         "signatory": "Bernard Descartes", "buyer_title": "Managing Director", "city": "Soufrière",
         "bank": "Pitons Commercial Bank Ltd", "iban": "USD A/C 7102 2714 0091", "bic": "PCBLLCLC",
         "ship_to": "Soufrière Estate Cocoa Works, factory gate 2, Fond Doux Road", "vendor_id": "V-00871"}),
    "MV": Partner(
        "MV", Party("Baa Atoll Island Resorts Pvt Ltd", "H. Kaneeru Villa, Ameenee Magu, Malé 20189, Maldives"),
        "Aishath Shifana", "a.shifana@baa-islandresorts.example", "en", "en", "gmail", "en", "Re: ", "USD",
        "CFR Malé", "30 days from date of invoice", None, None, "Indian/Maldives", "pcs",
        (("RO", "RO membrane element 8 in x 40 in, {n} GPD", "640.00", (8000, 10000, 12000)),
         ("HS", "High-pressure pump mechanical seal, {n} mm shaft", "188.00", (28, 35, 45)),
         ("IB", "Laundry ironer belt, Nomex, {n} mm wide", "46.00", (30, 50, 70)),
         ("CF", "Cartridge filter 40 in, {n} micron", "6.80", (1, 5, 10)),
         ("FM", "Chiller condenser fan motor {n} W, 400 V", "420.00", (550, 750, 1100)),
         ("UV", "UV steriliser lamp {n} W", "74.00", (40, 80, 120))),
        (2, 3, 4, 6, 8, 10),
        "Thanks & regards,\nAishath Shifana\nPurchasing Officer\nBaa Atoll Island Resorts Pvt Ltd\nMalé | "
        "+960 330 4417 | Viber +960 777 4417",
        {**ours(Style("en", "en", "slash_dmy"), Style("en", "en", "slash_dmy"), Style("en", "en", "slash_dmy")),
         "purchase_order": ("L264", Style("en", "en", "bl"))},
        {"sku": "BAIR-{code}-{n}", "reg": "Reg. No. C-0417/2019 · TIN 1041775GST001",
         "signatory": "Ibrahim Naseem", "buyer_title": "Director of Operations", "city": "Malé",
         "bank": "Maldives Atoll Commercial Bank", "iban": "USD A/C 7730 0417 7510 01", "bic": "MACBMVMV",
         "ship_to": "Central store, Thilafushi warehouse 14, for transfer to the Baa Atoll islands",
         "vendor_id": "SUP-0338", "caps": "en"}),
    "XK": Partner(
        "XK", Party("Molkerei Dardania Sh.p.k.", "Rruga e Lumbardhit 14, 20000 Prizren, Kosovo"),
        "Arbër Krasniqi", "a.krasniqi@molkerei-dardania.example", "de", "de", "outlook", "de", "AW: ", "EUR",
        "DAP Prizren", "Zahlbar innerhalb 30 Tagen ohne Abzug", None, None, "Europe/Belgrade", "Stk.",
        (("PD", "Plattenwärmetauscher-Dichtung, Typ NT{n}", "12.40", (50, 100, 150)),
         ("ST", "Separatorteller Edelstahl, Ø {n} mm", "86.00", (280, 320, 360)),
         ("HV", "Homogenisatorventilsitz für {n} bar", "412.00", (150, 200, 250)),
         ("FN", "Fülldorn für Becherfüller {n} ml", "58.00", (125, 250, 500)),
         ("MV", "Membranventil DN{n}, EPDM", "236.00", (25, 40, 50)),
         ("SK", "Siebkorb Käsefertiger, Lochung {n} mm", "144.00", (2, 3, 4))),
        (2, 3, 4, 5, 6, 10),
        "Freundliche Grüsse\nArbër Krasniqi\nEinkauf & Technik\nMolkerei Dardania Sh.p.k.\nRruga e Lumbardhit 14, "
        "20000 Prizren\nTel. +383 29 244 180 | Mob. +383 44 512 908",
        {**ours(Style("de", "de", "dot"), Style("de", "de", "dot"), Style("de", "de", "dot")),
         "purchase_order": ("L265", Style("de", "ch", "dot"))},
        {"sku": "MD-{code}{n}", "reg": "NUI 811402937 · Nr. TVSH 330182440",
         "signatory": "Valon Berisha", "buyer_title": "Geschäftsführer", "city": "Prizren",
         "bank": "Banka Ekonomike e Kosovës", "iban": "XK05 1212 0123 4567 8906", "bic": "BEKOXKPR",
         "ship_to": "Molkerei Dardania, Warenannahme Tor 1, Rruga e Lumbardhit 14, Prizren"}),
    "DJ": Partner(
        "DJ", Party("Source du Day Embouteillage SA", "Route de Venise, Zone industrielle sud, BP 2217, Djibouti"),
        "Fatouma Houmed Ali", "f.houmed@sourceduday.example", "fr", "fr", "html", "fr", "RE : ", "EUR",
        "CFR Djibouti", "Acompte de 30 % à la commande, solde à réception des documents", None, None,
        "Africa/Djibouti", "u.",
        (("BS", "Buse de soufflage pour préforme {n} g", "48.00", (12, 19, 25)),
         ("ET", "Étoile de transfert, format {n} ml", "690.00", (330, 500, 1500)),
         ("LI", "Lampe infrarouge four de soufflage {n} W", "27.50", (1500, 2000, 2500)),
         ("PC", "Pince de col, goulot {n} mm", "16.20", (28, 38, 48)),
         ("JV", "Joint de vanne de remplissage Ø {n} mm", "3.90", (20, 25, 30)),
         ("CP", "Chaîne à palettes inox, pas {n} mm", "162.00", (38, 50, 63))),
        (2, 3, 4, 5, 6, 8),
        "Cordialement,\n\nFatouma Houmed Ali\nService Approvisionnement\nSource du Day Embouteillage SA\n"
        "Route de Venise, ZI sud, BP 2217, Djibouti\nTél. +253 21 35 44 18",
        {**ours(Style("fr", "fr", "slash_dmy"), Style("fr", "fr", "fr_long"), Style("fr", "fr", "slash_dmy")),
         "purchase_order": ("L266", Style("fr", "fr", "fr_long"))},
        {"sku": "SDD/{code}/{n}", "reg": "RCS Djibouti 2011 B 417 · NIF 002117448",
         "signatory": "Ahmed Daher Robleh", "buyer_title": "Directeur général", "city": "Djibouti",
         "bank": "Banque du Golfe de Tadjourah", "iban": "DJ21 0004 4180 0117 4480 0012 3", "bic": "BGTDDJJD",
         "ship_to": "Usine Source du Day, Route de Venise, ZI sud, Djibouti"}),
    "AW": Partner(
        "AW", Party("Helados Paraíso Aruba N.V.", "Sabana Blanco 46, Oranjestad, Aruba"),
        "Yuleisy Croes Martínez", "ycroes@helados-paraiso.example", "es", "es", "gmail", "es", "RE: ", "USD",
        "CIF Oranjestad", "Pago a 45 días fecha de factura", None, None, "America/Aruba", "und.",
        (("CB", "Cuchilla de batidora continua, cilindro {n} L", "128.00", (100, 200, 300)),
         ("MP", "Molde para paletas de {n} cavidades", "1180.00", (12, 24, 36)),
         ("PM", "Palito de madera {n} mm, caja de 1000", "8.40", (94, 114, 140)),
         ("OR", "Junta tórica bomba de mezcla, {n} mm", "2.60", (22, 32, 45)),
         ("RD", "Resistencia de descongelación {n} W", "46.00", (500, 750, 1000)),
         ("RM", "Rodamiento de mezcladora, eje {n} mm", "38.00", (30, 35, 40))),
        (2, 3, 4, 5, 6, 10),
        "Saludos cordiales,\nYuleisy Croes Martínez\nCompras y Mantenimiento\nHelados Paraíso Aruba N.V.\n"
        "Sabana Blanco 46, Oranjestad | Tel. +297 582 4416 | WhatsApp +297 593 4416",
        {**ours(Style("es", "en", "slash_dmy"), Style("es", "en", "dash_dmy"), Style("es", "en", "slash_dmy")),
         "purchase_order": ("L264", Style("es", "en", "slash_dmy"))},
        {"sku": "HPA{code}-{n:03d}", "reg": "KvK 41762.0 · Persoonsnummer 1041762",
         "signatory": "Ricardo Tromp", "buyer_title": "Gerente General", "city": "Oranjestad",
         "bank": "Banco Isla Feliz N.V.", "iban": "USD cta. 41-762-0033-9", "bic": "BIFAAWAW",
         "ship_to": "Planta Helados Paraíso, Sabana Blanco 46, Oranjestad", "vendor_id": "PROV-117", "caps": "es"}),
    "LS": Partner(
        "LS", Party("Huaxing Garments Lesotho (Pty) Ltd", "Plot 12, Thetsane Industrial Area, Maseru 100, Lesotho"),
        "Zhou Meiling", "zhou.meiling@huaxing-garments.example", "zh", "en", "outlook", "zh", "答复: ", "USD",
        "CFR Durban", "T/T 30% advance, balance against copy B/L", None, None, "Africa/Maseru", "PCS",
        (("ND", "Sewing needle DBx1 Nm {n}, box of 100", "6.20", (90, 100, 110)),
         ("LP", "Overlock looper set, {n}-thread", "64.00", (3, 4, 5)),
         ("SM", "Servo motor for lockstitch machine, {n} W", "138.00", (400, 550, 750)),
         ("CK", "Straight knife cutter blade, {n} in", "22.50", (8, 10, 12)),
         ("FD", "Feed dog, {n} rows, for lockstitch", "9.80", (3, 4, 5)),
         ("SR", "Spreading machine cloth roller, {n} mm", "1240.00", (1600, 1800, 2000))),
        (2, 3, 4, 5, 6, 8),
        "周美玲 Zhou Meiling\n采购部 Purchasing\n华兴制衣（莱索托）有限公司 Huaxing Garments Lesotho (Pty) Ltd\n"
        "Thetsane Industrial Area, Maseru | 电话 +266 2231 4418 | 微信 zml_huaxing",
        {**ours(Style("en", "en", "zh_slash"), Style("zh", "plain", "zh_slash"), Style("en", "en", "zh_slash")),
         "purchase_order": ("L267", Style("zh", "plain", "zh_slash"))},
        {"sku": "HX-{code}{n}", "reg": "Company Reg. No. I2014/0418 · TIN 200418274",
         "signatory": "Wang Jianguo", "buyer_title": "General Manager", "city": "Maseru",
         "bank": "Standard Lesotho Commerce Bank", "iban": "USD A/C 9080 0418 2741", "bic": "SLCBLSMX",
         "name_zh": "华兴制衣（莱索托）有限公司", "ship_to": "Huaxing factory, Plot 12, Thetsane Industrial Area, Maseru"}),
}
