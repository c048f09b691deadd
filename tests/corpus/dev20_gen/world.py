"""The nineteenth holdout's fictitious partners (Iceland, Qatar, Georgia writing German, Nicaragua, a Chinese
contractor in Laos writing Chinese, Togo writing French)."""
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
    """Our own paperwork (sales documents from our open-source invoicing app, the sales agreement from our
    solicitor's precedent, the warehouse system's packing list, the carrier's sea waybill) and the customer's
    accounts-payable remittance advice."""
    return {"quotation": ("L178", Style("en", "en", "iso")),
            "proforma_invoice": ("L178", Style("en", "en", "iso")),
            "commercial_invoice": ("L178", Style("en", "en", "iso")),
            "contract": ("L179", Style("en", "en", "mon")), "bill_of_lading": ("L181", Style("en", "en", "bl")),
            "shipping_notice": ("L180", Style("en", "en", "slash_dmy")),
            "payment_advice": ("L182", Style(pay_lang, pay_num, pay_date))}


PARTNERS = {
    "IS": Partner(
        "IS", Party("Vestfjarða Fiskvinnslan ehf.", "Sindragata 11, 400 Ísafjörður, Iceland"),
        "Guðrún Hálfdánardóttir", "gudrun@vestfjardafisk.example", "en", "en", "html", "en", "Re: ", "EUR",
        "DAP Ísafjörður", "30 days net", None, None, "Atlantic/Reykjavik", "pcs",
        (("FK", "Filleting machine circular knife, Ø{n} mm", "142.00", (180, 210, 240)),
         ("SB", "Modular plastic conveyor belt, width {n} mm, per metre", "96.00", (300, 450, 600)),
         ("SK", "Skinning machine blade, length {n} mm", "38.60", (390, 450, 520)),
         ("HG", "Heading machine gripper pad, type {n}", "24.80", (1, 2, 3)),
         ("IP", "Ice slurry pump seal kit, DN{n}", "318.00", (40, 50, 65)),
         ("WS", "Weighing grader load cell, {n} kg", "412.00", (6, 15, 30))),
        (2, 3, 4, 6, 8, 12),
        "Best regards,\nGuðrún Hálfdánardóttir\nPurchasing & Maintenance Planning\nVestfjarða Fiskvinnslan ehf.\n"
        "Sindragata 11, 400 Ísafjörður, Iceland | Tel +354 456 4118 | GSM +354 862 4117",
        {**ours("en", "en", "dot"), "inspection_report": ("L183", Style("en", "en", "dot"))},
        {"sku": "VF-{code}{n}", "kt": "Kennitala 441208-0170 · VSK 108274", "signatory": "Einar Þór Jónsson",
         "buyer_title": "Framkvæmdastjóri / Managing Director", "city": "Ísafjörður",
         "bank": "Vestfjarðabanki hf.", "iban": "IS14 0156 2600 4412 0801 7049 11", "bic": "VFBKISRE",
         "surveyor": "Jón Ingi Sigurðsson, Norðurljós Marine Survey ehf.",
         "ship_to": "Vestfjarða Fiskvinnslan ehf., vélaverkstæði, Sindragata 11, Ísafjörður"}),
    "QA": Partner(
        "QA", Party("Al Wakrah Integrated Facility Services W.L.L.", "Building 44, Street 310, Zone 91, "
                    "PO Box 22817, Al Wakrah, Qatar"),
        "Faisal Al-Kuwari", "f.alkuwari@wakrah-ifs.example", "en", "en", "outlook", "en", "RE: ", "USD",
        "CFR Hamad Port", "45 days from date of invoice", None, None, "Asia/Qatar", "EA",
        (("CV", "Chiller compressor service valve kit, {n} TR", "486.00", (150, 250, 400)),
         ("FB", "Fan coil unit blower wheel, Ø{n} mm", "72.00", (146, 180, 220)),
         ("PF", "Pleated panel filter MERV {n}, 24x24x2 in", "11.40", (8, 11, 13)),
         ("EX", "Expansion valve, R-134a, {n} TR", "264.00", (20, 40, 60)),
         ("BM", "BMS temperature sensor, immersion {n} mm", "58.00", (100, 150, 200)),
         ("CT", "Cooling tower drift eliminator pack, {n} mm", "138.00", (300, 600, 900))),
        (2, 4, 6, 10, 12, 24),
        "Regards,\n\nFaisal Al-Kuwari\nProcurement Lead – MEP Spares\nAl Wakrah Integrated Facility Services "
        "W.L.L.\nZone 91, Al Wakrah, State of Qatar | T +974 4463 2281 | M +974 5581 2247",
        {**ours("en", "en", "slash_dmy"), "purchase_order": ("L184", Style("en", "en", "mon"))},
        {"sku": "WIF-{code}-{n}", "cr": "C.R. 148822", "signatory": "Eng. Hamad Al-Marri",
         "buyer_title": "Operations Director", "city": "Al Wakrah", "bank": "Gulf Pearl Commercial Bank Q.P.S.C.",
         "iban": "QA57 GPCB 0000 0000 1488 2247 7001 1", "bic": "GPCBQAQA", "owner": "MSK",
         "ship_to": "Al Wakrah IFS central warehouse, Street 310, Zone 91, Al Wakrah"}),
    "GE": Partner(
        "GE", Party("Kolcheti Tee- und Haselnussverarbeitung GmbH", "Tamar Mepe Str. 27, 4600 Kutaissi, Georgien"),
        "Nino Beridse", "n.beridse@kolcheti-agro.example", "de", "de", "apple", "de", "Re: ", "EUR",
        "CIF Poti", "Zahlbar 30 Tage nach Rechnungsdatum ohne Abzug", None, None, "Asia/Tbilisi", "Stk",
        (("WR", "Teeroller-Walze, Bronze, Ø{n} mm", "924.00", (300, 360, 420)),
         ("TB", "Trocknerband Edelstahl, Breite {n} mm", "312.00", (1200, 1500)),
         ("KB", "Knackerbrecher-Segment für Haselnüsse, Spalt {n} mm", "168.00", (12, 15, 18)),
         ("SS", "Sortiersieb Lochblech, Loch Ø{n} mm", "74.50", (10, 13, 16)),
         ("KL", "Kettenglied Förderkette, Teilung {n} mm", "4.20", (50, 63, 80)),
         ("TF", "Temperaturfühler PT100, Länge {n} mm", "46.00", (100, 150, 250))),
        (2, 3, 4, 6, 8, 10),
        "Mit freundlichen Grüßen\n\nNino Beridse\nEinkauf / შესყიდვები\nKolcheti Tee- und Haselnussverarbeitung "
        "GmbH\nTamar Mepe Str. 27, Kutaissi, Georgien | Tel. +995 431 24 18 27 | Mob. +995 599 41 82 27",
        {**ours("de", "de", "dot"), "purchase_order": ("L185", Style("de", "de", "dot"))},
        {"sku": "{code}.{n}", "reg": "Ident.-Nr. 412 771 820 · USt-Nr. GE 412771820", "signatory": "Giorgi "
         "Zchowrebadse", "buyer_title": "Geschäftsführer", "city": "Kutaissi", "bank": "Imereti Handelsbank AG",
         "iban": "GE29 IH00 0000 0412 7718 20", "bic": "IHBKGE22", "owner": "CMA",
         "ship_to": "Kolcheti GmbH, Werk Samtredia, Lager 2, Rustaweli-Str. 8, Samtredia"}),
    "NI": Partner(
        "NI", Party("Ingenio Azucarero San Cristóbal del Pacífico S.A.", "Km 132 Carretera a Corinto, "
                    "Chinandega, Nicaragua"),
        "Marisol Arana Zeledón", "marana@ingenio-sancristobal.example", "es", "es", "gmail", "es", "RE: ", "USD",
        "CFR Corinto", "Crédito 30 días contra factura", None, None, "America/Managua", "Und",
        (("CM", "Cuchilla de picadora de caña, {n} mm", "58.00", (300, 380, 450)),
         ("MM", "Camisa de molino, ranura {n} mm", "1260.00", (40, 50, 60)),
         ("CD", "Cadena de conductor de caña, paso {n} mm", "486.00", (152, 203, 228)),
         ("TC", "Tubo de caldera ASTM A192, Ø{n} mm x 6 m", "84.00", (51, 63, 76)),
         ("CF", "Tela filtrante de centrífuga, malla {n}", "212.00", (40, 60, 80)),
         ("EV", "Empaque de evaporador, Ø{n} mm", "6.80", (80, 100, 150))),
        (2, 3, 4, 6, 10, 12),
        "Atentamente,\n\nMarisol Arana Zeledón\nCoordinadora de Compras Internacionales\nIngenio Azucarero San "
        "Cristóbal del Pacífico S.A.\nChinandega, Nicaragua | Tel. +505 2341 8822 | Cel. +505 8841 2277",
        {**ours("es", "en", "slash_dmy"), "purchase_order": ("L186", Style("es", "en", "slash_dmy"))},
        {"sku": "ISC-{code}{n}", "ruc": "RUC J0310000188227", "signatory": "Ing. Álvaro Baltodano Cruz",
         "buyer_title": "Gerente de Fábrica", "city": "Chinandega", "bank": "Banco del Occidente de Nicaragua S.A.",
         "iban": "Cuenta USD 100-418-822761", "bic": "BOCNNIMA", "owner": "MSC",
         "ship_to": "Ingenio San Cristóbal, bodega de repuestos, Km 132 Carretera a Corinto, Chinandega"}),
    "LA": Partner(
        "LA", Party("Lancang-Mekong Hydropower Engineering (Lao) Co., Ltd.", "Ban Phonthan, Saysettha District, "
                    "Vientiane Capital, Lao PDR"),
        "Zhao Min", "zhaomin@lmhydro-lao.example", "zh", "en", "outlook", "zh", "答复: ", "USD",
        "CFR Laem Chabang", "T/T 30% advance, 70% before shipment", None, None, "Asia/Vientiane", "PCS",
        (("GS", "Turbine guide vane bushing, Ø{n} mm", "236.00", (80, 100, 120)),
         ("SP", "Shaft seal packing, graphite PTFE, {n} mm", "48.00", (16, 20, 25)),
         ("GV", "Gate valve DN{n}, PN25", "688.00", (100, 150, 200)),
         ("CB", "Cable gland, brass, M{n}", "3.60", (25, 32, 40)),
         ("HO", "Hydraulic governor oil filter, {n} µm", "42.00", (3, 10, 25)),
         ("BR", "Generator brush holder assembly, type {n}", "154.00", (2, 3, 4))),
        (4, 6, 8, 10, 16, 20),
        "此致\n敬礼！\n\n赵敏 Zhao Min\n物资采购部\n澜湄水电工程(老挝)有限公司\nLancang-Mekong Hydropower Engineering "
        "(Lao) Co., Ltd.\nVientiane | 电话 +856 21 418 227 | 微信 zhaomin_lao",
        {**ours("en", "en", "iso"), "purchase_order": ("L187", Style("zh", "en", "iso"))},
        {"sku": "LM{code}-{n}", "name_zh": "澜湄水电工程(老挝)有限公司", "tin": "TIN 418227601-000",
         "signatory": "Sun Hao 孙浩", "buyer_title": "Project Manager 项目经理", "city": "Vientiane",
         "bank": "Mekong Commercial Bank Lao Ltd.", "iban": "USD A/C 0418 2276 0100 3", "bic": "MKCBLALA",
         "owner": "CMA", "ship_to": "Nam Ngum 6 project site store, Xaysomboun Province, via Vientiane"}),
    "TG": Partner(
        "TG", Party("Société Togolaise de Concassage et Granulats SA", "Zone portuaire, Rue des Hydrocarbures, "
                    "BP 4182, Lomé, Togo"),
        "Kossi Agbénou", "k.agbenou@sotocog.example", "fr", "fr", "outlook", "fr", "RE : ", "EUR",
        "CFR Lomé", "Virement à 60 jours date de facture", None, None, "Africa/Lome", "pce",
        (("MC", "Mâchoire fixe de concasseur, {n} mm", "1180.00", (600, 900)),
         ("CN", "Cône de broyeur, manteau {n} mm", "940.00", (900, 1200)),
         ("GR", "Grille de crible polyuréthane, maille {n} mm", "126.00", (20, 31, 40)),
         ("RT", "Rouleau porteur de convoyeur, Ø{n} mm", "38.00", (89, 108, 133)),
         ("CL", "Courroie trapézoïdale SPC {n}", "27.40", (3150, 3550, 4000)),
         ("BE", "Boulon d'usure tête fraisée M{n}", "2.90", (20, 24, 30))),
        (2, 3, 4, 6, 8, 10),
        "Bien cordialement,\n\nKossi Agbénou\nChef du service approvisionnement\nSociété Togolaise de Concassage "
        "et Granulats SA (SOTOCOG)\nZone portuaire, Lomé | Tél. +228 22 27 41 82 | +228 90 41 82 27",
        {**ours("fr", "fr", "dot")},
        {"sku": "{code}-{n}", "nif": "NIF 1000418227 · RCCM TG-LOM 2011 B 1822", "signatory": "Mme Akossiwa "
         "Lawson-Body", "buyer_title": "Directrice générale", "city": "Lomé", "bank": "Banque Atlantique du Golfe "
         "de Guinée SA", "iban": "TG53 TG18 2010 4182 2761 0000 1284", "bic": "BAGGTGTG", "owner": "MSK",
         "ship_to": "SOTOCOG, carrière d'Agbélouvé, magasin pièces, via Lomé"}),
}
