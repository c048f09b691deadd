"""The twenty-first holdout's fictitious partners (Cyprus, Kuwait, Armenia writing German, Niger writing French,
Equatorial Guinea writing Spanish, Brunei writing Chinese)."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Hamish Doyle <hamish.doyle@example.com>"


def ours(pay_lang: str, pay_num: str = "en", pay_date: str = "dot") -> dict[str, tuple[str, Style]]:
    """Our own paperwork (sales documents from our small-business accounting package, the sales contract as a
    schedule with standard conditions, the 3PL warehouse's packing list, the express courier's waybill), the
    customer's payment notification letter and its 8D report for claims."""
    return {"quotation": ("L198", Style("en", "en", "mon")),
            "proforma_invoice": ("L198", Style("en", "en", "mon")),
            "commercial_invoice": ("L198", Style("en", "en", "mon")),
            "contract": ("L199", Style("en", "en", "mon")), "bill_of_lading": ("L201", Style("en", "en", "bl")),
            "shipping_notice": ("L200", Style("en", "en", "slash_dmy")),
            "payment_advice": ("L202", Style(pay_lang, pay_num, pay_date)),
            "inspection_report": ("L203", Style("en", "en", "iso"))}


PARTNERS = {
    "CY": Partner(
        "CY", Party("Akamas Desalination Services Ltd", "14 Makariou III Avenue, 3036 Limassol, Cyprus"),
        "Andreas Christodoulou", "a.christodoulou@akamas-desal.example", "en", "en", "gmail", "en", "Re: ", "EUR",
        "CIF Limassol", "30 days from date of invoice", None, None, "Asia/Nicosia", "pcs",
        (("HP", "High-pressure pump plunger seal kit, size {n}", "142.00", (3, 4, 5)),
         ("MV", "Membrane vessel end cap, {n} inch", "318.00", (4, 8)),
         ("ER", "Energy recovery rotor bearing, type {n}", "486.00", (45, 65)),
         ("CF", "Cartridge filter element, {n} micron", "11.40", (1, 5, 10)),
         ("CV", "Check valve duplex steel, DN{n}", "264.00", (25, 50, 80)),
         ("PG", "Pressure gauge glycerine filled, 0-{n} bar", "38.60", (40, 100))),
        (2, 4, 6, 8, 12, 20),
        "Best regards,\n\nAndreas Christodoulou\nMaintenance Procurement\nAkamas Desalination Services Ltd\n"
        "14 Makariou III Ave, 3036 Limassol, Cyprus | T +357 25 882 417 | M +357 99 418 227",
        {**ours("en", "en", "slash_dmy")},
        {"sku": "AK-{code}{n}", "reg": "Reg. No. HE 318227 · VAT CY10318227K", "signatory": "Maria Georgiou",
         "buyer_title": "Operations Director", "city": "Limassol", "bank": "Bank of Limassol Public Co Ltd",
         "iban": "CY17 0020 0128 0000 0012 0052 7600", "bic": "BLIMCY2N",
         "ship_to": "Akamas Desalination, Moni plant stores, Moni, Limassol District"}),
    "KW": Partner(
        "KW", Party("Burgan Process Maintenance Co. W.L.L.", "Plot 41, Street 18, Shuaiba Industrial Area, "
                    "Ahmadi, State of Kuwait"),
        "Faisal Al-Otaibi", "f.alotaibi@burgan-pm.example", "en", "en", "outlook", "en", "RE: ", "USD",
        "CFR Shuwaikh Port", "Net 60 days from date of invoice", None, None, "Asia/Kuwait", "EA",
        (("GS", "Spiral wound gasket, class 300, {n} inch", "18.40", (2, 4, 6)),
         ("MS", "Mechanical seal cartridge, shaft {n} mm", "742.00", (45, 55, 65)),
         ("BV", "Ball valve trim kit, {n} inch", "388.00", (2, 3, 4)),
         ("SB", "Stud bolt B7 with 2 nuts, M{n}", "4.20", (16, 20, 24)),
         ("PT", "Pressure transmitter manifold, {n}-valve", "216.00", (2, 3, 5)),
         ("BR", "Bearing housing oil seal, Ø{n} mm", "27.50", (60, 75, 90)),
         ("GL", "Gauge glass, reflex type, size {n}", "64.00", (3, 5, 7)),
         ("VP", "Valve packing set, graphite, stem {n} mm", "48.00", (20, 25, 32))),
        (2, 4, 6, 10, 12, 20),
        "Regards,\n\nFaisal Al-Otaibi\nProcurement Engineer\nBurgan Process Maintenance Co. W.L.L.\nShuaiba "
        "Industrial Area, Kuwait | Tel +965 2326 4418 | Mob +965 9918 2270",
        {**ours("en", "en", "slash_dmy"), "purchase_order": ("L207", Style("en", "en", "slash_dmy"))},
        {"sku": "BPM-{code}-{n}", "reg": "C.R. No. 318227 · Civil ID 1418227", "signatory": "Eng. Yousef "
         "Al-Rashidi", "buyer_title": "Procurement Manager", "city": "Ahmadi", "bank": "Gulf Coast Bank of Kuwait "
         "K.S.C.", "iban": "KW81 GCBK 0000 0000 0000 1418 2270 00", "bic": "GCBKKWKW",
         "ship_to": "Burgan PM Central Stores, Plot 41, Shuaiba Industrial Area"}),
    "AM": Partner(
        "AM", Party("Araratyan Getränke CJSC", "Arshakunyats Avenue 34, 0026 Jerewan, Armenien"),
        "Narine Hakobyan", "n.hakobyan@araratyan-bev.example", "de", "de", "outlook", "de", "AW: ", "EUR",
        "CPT Flughafen Jerewan Zvartnots", "30 Tage netto ab Rechnungsdatum", None, None, "Asia/Yerevan", "Stk",
        (("FV", "Füllventil komplett für Flaschenfüller, Typ {n}", "164.00", (12, 16, 20)),
         ("VK", "Verschließkopf Schraubverschluss, Ø{n} mm", "298.00", (28, 30, 38)),
         ("EK", "Etikettierpalette Gummibelag, Breite {n} mm", "86.00", (60, 80, 100)),
         ("KS", "Kettenrad Transportband, Z{n}", "42.50", (17, 21, 25)),
         ("ZD", "Zentrierglocke PE, Ø{n} mm", "23.80", (60, 75, 90)),
         ("OR", "O-Ring-Satz EPDM Füllventil, Set {n}", "9.60", (1, 2))),
        (2, 4, 5, 6, 10, 12),
        "Mit freundlichen Grüßen\n\nNarine Hakobyan\nEinkauf Technik / Գնումների բաժին\nAraratyan Getränke CJSC\n"
        "Arshakunyats Ave 34, 0026 Jerewan, Armenien | Tel. +374 10 448 227 | Mobil +374 91 418 227",
        {**ours("de", "de", "dot"), "purchase_order": ("L204", Style("de", "de", "dot"))},
        {"sku": "{code}{n}", "reg": "ՀՎՀՀ / Steuernr. 02618227", "signatory": "Armen Sargsyan",
         "buyer_title": "Geschäftsführer / Տնօրեն", "city": "Jerewan", "bank": "Ararat Business Bank CJSC",
         "iban": "Konto 2470018227100", "bic": "ARBBAM22",
         "ship_to": "Araratyan Getränke, Ersatzteillager, Arshakunyats Ave 34, Jerewan"}),
    "NE": Partner(
        "NE", Party("Ciments et Matériaux du Sahel SA", "Zone industrielle de Malbaza, BP 418 Niamey, Niger"),
        "Abdoulaye Moussa Issoufou", "a.issoufou@cms-sahel.example", "fr", "fr", "outlook", "fr", "RE : ", "EUR",
        "CFR Cotonou", "Virement à 45 jours date de facture", None, None, "Africa/Niamey", "u",
        (("BM", "Boulet de broyage acier chromé, Ø{n} mm", "6.80", (30, 40, 60)),
         ("PL", "Plaque de blindage broyeur, type {n}", "412.00", (1, 2, 3)),
         ("FM", "Manche filtrante polyester, longueur {n} mm", "31.50", (3000, 4000)),
         ("RA", "Rouleau porteur convoyeur, Ø{n} mm", "58.00", (89, 108, 133)),
         ("CT", "Chaîne de transporteur à godets, pas {n} mm", "226.00", (100, 125)),
         ("JG", "Joint de graissage palier, Ø{n} mm", "14.20", (80, 100, 120))),
        (2, 4, 6, 8, 10, 20),
        "Cordialement,\n\nAbdoulaye Moussa Issoufou\nChef du service Approvisionnements\nCiments et Matériaux du "
        "Sahel SA\nZone industrielle de Malbaza – BP 418 Niamey | Tél. +227 20 73 41 82 | Cel. +227 96 41 82 27",
        {**ours("fr", "fr", "dot"), "purchase_order": ("L205", Style("fr", "fr", "slash_dmy"))},
        {"sku": "CMS-{code}{n}", "reg": "NIF 41822/S · RCCM NI-NIM-2011-B-1822", "signatory": "M. Ibrahim "
         "Garba Maïga", "buyer_title": "Directeur général", "city": "Niamey", "bank": "Banque Sahélienne de "
         "Commerce", "iban": "NE58 NE04 1001 0041 8227 0000 0418", "bic": "BSCONENI",
         "ship_to": "CMS, magasin central, usine de Malbaza, Niger (via port de Cotonou)"}),
    "GQ": Partner(
        "GQ", Party("Servicios Portuarios de Bioko S.A.", "Carretera del Aeropuerto km 3, Malabo, Guinea "
                    "Ecuatorial"),
        "Pilar Nsue Obiang", "pnsue@sp-bioko.example", "es", "es", "apple", "es", "Re: ", "USD",
        "CFR Malabo", "Transferencia a 60 días fecha factura", None, None, "Africa/Malabo", "ud",
        (("GR", "Cable de acero para grúa, Ø{n} mm, rollo 100 m", "684.00", (16, 20, 22)),
         ("DF", "Defensa de caucho cilíndrica, Ø{n} mm", "236.00", (250, 400)),
         ("ZF", "Zapata de freno para grúa pórtico, {n} mm", "88.00", (200, 250, 315)),
         ("GT", "Grillete de alta resistencia, {n} t", "34.60", (5, 8, 12)),
         ("LH", "Latiguillo hidráulico DN{n}, 1 m", "21.40", (10, 12, 16)),
         ("FA", "Faro LED para muelle, {n} W", "148.00", (150, 200, 300))),
        (2, 4, 6, 8, 10, 16),
        "Un saludo,\n\nPilar Nsue Obiang\nResponsable de Compras\nServicios Portuarios de Bioko S.A.\nCarretera "
        "del Aeropuerto km 3, Malabo | Tel. +240 333 09 41 82 | Móvil +240 222 418 227",
        {**ours("es", "en", "slash_dmy"), "purchase_order": ("L206", Style("es", "en", "slash_dmy"))},
        {"sku": "SPB-{code}{n}", "reg": "NIF 041822-GE · Registro Mercantil Malabo 1822", "signatory": "D. Santiago "
         "Mba Ondo", "buyer_title": "Director General", "city": "Malabo", "bank": "Banco Insular de Guinea "
         "Ecuatorial", "iban": "Cuenta USD 0418-2271-0033", "bic": "BIGEGQGQ",
         "ship_to": "SPB, almacén de repuestos, Puerto de Malabo, Muelle 2"}),
    "BN": Partner(
        "BN", Party("Hup Lee Marine Engineering Sdn Bhd", "Lot 4182, Jalan Pelabuhan, Muara BT1728, Brunei "
                    "Darussalam"),
        "Lim Mei Ling", "meiling.lim@huplee-marine.example", "zh", "en", "outlook", "zh", "回复: ", "USD",
        "CIF Muara", "T/T 30 days after shipment", None, None, "Asia/Brunei", "PCS",
        (("IV", "Marine diesel injector nozzle, type {n}", "96.00", (150, 160)),
         ("TC", "Turbocharger repair kit, series {n}", "1240.00", (45, 55)),
         ("SW", "Sea water pump impeller, Ø{n} mm", "174.00", (90, 110, 130)),
         ("ZN", "Zinc anode, hull type, {n} kg", "16.80", (4, 6, 10)),
         ("FF", "Fuel filter element, {n} micron", "12.60", (10, 30)),
         ("SH", "Stern tube seal ring, shaft {n} mm", "312.00", (80, 100, 120))),
        (2, 4, 6, 8, 12, 20),
        "此致\n敬礼\n\n林美玲 Lim Mei Ling\n采购部\n合利海事工程有限公司\nHup Lee Marine Engineering Sdn Bhd\n"
        "Lot 4182, Jalan Pelabuhan, Muara | 电话 +673 277 4182 | 手机 +673 871 8227",
        {**ours("en", "en", "iso")},
        {"sku": "HL-{code}{n}", "reg": "ROC RC/00041822", "signatory": "Lim Kok Wah 林国华",
         "buyer_title": "Managing Director 董事经理", "city": "Muara", "bank": "Baiduri Coast Bank Berhad",
         "iban": "USD A/C 00-418-227-1", "bic": "BCBKBNBB",
         "ship_to": "Hup Lee Marine, workshop store, Lot 4182, Jalan Pelabuhan, Muara"}),
}
