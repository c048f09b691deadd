"""The ninth holdout's fictitious partners (Romania, Ecuador, Cameroon, Indonesia, Kenya, United Arab Emirates)."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Daniel Osei <daniel.osei@example.com>"


def ours(lang: str, num: str, date: str) -> dict[str, tuple[str, Style]]:
    """Our own paperwork: the ERP prints quotations and invoices in the customer's language."""
    st = Style(lang, num, date)
    return {"quotation": ("L78", st), "proforma_invoice": ("L78", st), "commercial_invoice": ("L78", st),
            "contract": ("L81", Style("en", "en", "mon")), "bill_of_lading": ("L85", Style("en", "en", "bl")),
            "shipping_notice": ("L85", Style("en", "en", "bl"))}


PARTNERS = {
    "RO": Partner(
        "RO", Party("Carpatica Hidraulice S.R.L.", "Str. Industriilor 14, 300714 Timișoara, Rumänien"),
        "Ioana Weber", "ioana.weber@carpatica-hidraulice.example", "de", "de", "outlook", "de", "AW: ", "EUR",
        "DAP Timișoara", "60 Tage netto ab Rechnungseingang", None, None, "Europe/Bucharest", "Stk",
        (("DZ", "Dichtungssatz für Hydraulikzylinder Kolben Ø{n} mm", "46.80", (40, 50, 63, 80, 100)),
         ("WV", "Wegeventil NG{n}, 4/3, 24 V DC", "212.00", (6, 10, 16, 22, 25)),
         ("SL", "Schlauchleitung 2SN DN{n}, 1 m, beidseitig verpresst", "18.90", (6, 8, 10, 12, 16)),
         ("FE", "Druckfilterelement {n} µm, Glasfaser", "27.40", (3, 5, 10, 20, 25)),
         ("ZP", "Zahnradpumpe {n} cm³/U, Flansch SAE-A", "164.00", (8, 11, 14, 19, 23))),
        (2, 4, 5, 6, 8, 10, 12),
        "Mit freundlichen Grüßen / Cu stimă\n\nIoana Weber\nEinkauf / Achiziții\nCarpatica Hidraulice S.R.L.\n"
        "Str. Industriilor 14, RO-300714 Timișoara\nTel. +40 256 498 211 | Fax +40 256 498 212",
        {**ours("de", "de", "dot"), "purchase_order": ("L79", Style("de", "de", "dot")),
         "inspection_report": ("L86", Style("de", "de", "dot"))},
        {"sku": "{code}{n:03d}", "cui": "RO 31477208", "reg_com": "J35/2214/2013", "supplier_no": "F-00318",
         "ship_to": "Carpatica Hidraulice S.R.L., Depozit / Lager Halle 2, Str. Industriilor 14, 300714 Timișoara",
         "signatory": "Dan Mureșan", "buyer_title": "Administrator / Geschäftsführer", "city": "Timișoara",
         "inspector": "Radu Ilieș", "owner": "HLC"}),
    "EC": Partner(
        "EC", Party("Procesadora de Camarón Golfo Azul S.A.", "Km 14,5 Vía a Daule, Guayaquil 090703, Ecuador"),
        "Verónica Andrade Cevallos", "vandrade@golfoazul-ec.example", "es", "es", "gmail", "es", "RE: ", "USD",
        "CPT Guayaquil", "Anticipo 30 %, saldo a 30 días fecha de factura", None, None, "America/Guayaquil", "UND",
        (("BM", "Banda modular plástica paso {n} mm, por metro", "88.50", (25, 38, 50)),
         ("CP", "Cuchilla para peladora de camarón, modelo {n}", "12.60", (100, 200, 300)),
         ("BS", "Bomba sanitaria centrífuga {n} m³/h", "1240.00", (10, 20, 30)),
         ("BF", "Boquilla de aspersión para túnel de congelación, {n}°", "7.80", (60, 90, 120)),
         ("RS", "Rodamiento inoxidable sellado 62{n}", "21.30", (5, 6, 8))),
        (2, 3, 4, 6, 8, 10),
        "Saludos cordiales,\n\nVerónica Andrade Cevallos\nJefa de Importaciones\nProcesadora de Camarón Golfo Azul "
        "S.A.\nKm 14,5 Vía a Daule · Guayaquil · Ecuador\nCel. +593 99 417 2280",
        {**ours("es", "de", "slash_dmy"), "purchase_order": ("L80", Style("es", "en", "slash_dmy")),
         "payment_advice": ("L87", Style("es", "en", "slash_dmy"))},
        {"sku": "{code}-{n:03d}", "ruc": "0992471358001", "ship_to": "Bodega de repuestos, Km 14,5 Vía a Daule, "
         "Guayaquil", "signatory": "Esteban Montalvo Ruiz", "buyer_title": "Gerente General", "city": "Guayaquil",
         "bank": "Banco Costa Dorada S.A.", "account": "Cta. Cte. ****7730", "payer_ref": "GA-PROV-0142"}),
    "CM": Partner(
        "CM", Party("Brasseries et Minoteries du Littoral S.A.", "Zone industrielle de Bassa, BP 4127 Douala, "
                    "Cameroun"),
        "Jean-Pierre Ekambi", "jp.ekambi@bml-douala.example", "fr", "fr", "apple", "fr", "Re: ", "EUR",
        "CFR Douala", "Virement à 60 jours fin de mois", None, None, "Africa/Douala", "U",
        (("RL", "Roulement à rotule sur rouleaux 222{n} E", "148.00", (12, 16, 20)),
         ("GM", "Garniture mécanique pompe à moût, arbre Ø{n} mm", "236.00", (35, 45, 55)),
         ("TM", "Toile de tamis inox maille {n} µm, au m²", "64.50", (180, 250, 315)),
         ("EV", "Électrovanne inox DN{n}, 230 V", "189.00", (15, 25, 40))),
        (2, 3, 4, 6, 8),
        "Bien cordialement,\n\nJean-Pierre Ekambi\nChef du service Achats\nBrasseries et Minoteries du Littoral "
        "S.A.\nZI de Bassa – BP 4127 Douala – Cameroun\nTél. +237 233 47 18 62",
        {**ours("fr", "fr", "slash_dmy"), "purchase_order": ("L82", Style("fr", "fr", "slash_dmy")),
         "payment_advice": ("L87", Style("fr", "fr", "slash_dmy"))},
        {"sku": "{code}-{n}", "niu": "M041200018734Q", "rccm": "RC/DLA/2004/B/3318", "supplier_code": "FNORTH01",
         "signatory": "Paul-Henri Njoya", "buyer_title": "Directeur technique", "city": "Douala",
         "bank": "Société Bancaire du Littoral", "account": "CM21 10005 ••••••••3381 27",
         "payer_ref": "REG-BML-27-0412"}),
    "ID": Partner(
        "ID", Party("PT Sinar Kencana Plastindo", "Jl. Raya Serang Km 24, Balaraja, Tangerang 15610, Banten, "
                    "Indonesia"),
        "Melinda Halim", "melinda.halim@sinarkencana.example", "zh", "en", "html", "zh", "回复：", "USD",
        "CPT Jakarta", "T/T 30% advance, balance before shipment", None, None, "Asia/Jakarta", "PCS",
        (("HB", "Ceramic band heater Ø{n} mm, 230 V", "58.00", (60, 90, 120)),
         ("TK", "Thermocouple type J, bayonet, {n} mm", "14.20", (150, 250, 300)),
         ("SM", "Screen changer mesh pack, {n} mesh", "3.40", (40, 80, 120)),
         ("TC", "PID temperature controller, {n} zones", "182.00", (4, 8, 12))),
        (4, 5, 6, 10, 12, 20),
        "谢谢！\n\nMelinda Halim 林美华\nPurchasing | PT Sinar Kencana Plastindo\nJl. Raya Serang Km 24, Balaraja, "
        "Tangerang\nTel. +62 21 595 3311 ext. 208",
        {**ours("en", "en", "slash_dmy"), "contract": ("L81", Style("en", "en", "mon")),
         "payment_advice": ("L87", Style("en", "en", "slash_dmy"))},
        {"sku": "{code}{n:03d}", "npwp": "01.744.318.2-415.000", "signatory": "Hendra Wijaya",
         "buyer_title": "Presiden Direktur", "city": "Tangerang", "bank": "PT Bank Cahaya Nusantara Tbk",
         "account": "***-**-4417", "payer_ref": "SKP/TRS/2027/0219"}),
    "KE": Partner(
        "KE", Party("Rift Valley Tea Processors Ltd", "Kericho–Nakuru Road, P.O. Box 223-20200, Kericho, Kenya"),
        "Grace Wanjiru Mwangi", "g.mwangi@riftvalleytea.example", "en", "en", "outlook", "en", "RE: ", "USD",
        "CFR Mombasa", "Irrevocable letter of credit at sight", None, None, "Africa/Nairobi", "EA",
        (("RS", "CTC roller segment, {n} TPI, hard-faced", "318.00", (8, 10, 12, 14, 16, 18)),
         ("WF", "Withering trough fan motor {n} kW, IP55", "462.00", (3, 4, 5, 7, 9, 11)),
         ("DC", "Dryer tray chain link, pitch {n} mm", "6.40", (38, 50, 63, 76, 100, 125)),
         ("BT", "Fermenting conveyor belt, width {n} mm, per m", "74.00", (600, 750, 900, 1000, 1200, 1400)),
         ("PB", "Plummer block bearing unit, shaft {n} mm", "39.50", (35, 40, 45, 50, 55, 60))),
        (4, 6, 8, 10, 12, 20),
        "Kind regards,\n\nGrace Wanjiru Mwangi\nProcurement Officer\nRift Valley Tea Processors Ltd\n"
        "Kericho–Nakuru Road | P.O. Box 223-20200 Kericho | Tel +254 52 203 1147",
        {**ours("en", "en", "slash_dmy"), "purchase_order": ("L83", Style("en", "en", "dot")),
         "payment_advice": ("L87", Style("en", "en", "slash_dmy"))},
        {"sku": "{code}-{n:04d}", "pin": "P051388247K", "vat_no": "0174421X", "vendor_no": "300471",
         "ship_to": "Rift Valley Tea Processors Ltd, Main Stores, Kericho–Nakuru Road, Kericho",
         "signatory": "Peter Kiprono Langat", "buyer_title": "Factory Manager", "city": "Kericho",
         "bank": "Highlands Commerce Bank of Kenya Ltd", "account": "0114 •••• ••• 2281",
         "lc": "LC/HCB/27/0419", "owner": "MSK", "purch_group": "P07 Engineering stores"}),
    "AE": Partner(
        "AE", Party("Al Noor Marine & Industrial Trading L.L.C.", "Warehouse 12, Street 7, Al Quoz Industrial Area 3, "
                    "Dubai, United Arab Emirates"),
        "Sunil Menon", "sunil.menon@alnoor-trading.example", "en", "en", "gmail", "en", "Re: ", "USD",
        "FCA Southampton", "45 days from date of invoice", None, None, "Asia/Dubai", "NOS",
        (("GV", "Cast steel gate valve DN{n} PN16, flanged", "286.00", (50, 80, 100, 150)),
         ("MS", "Mechanical seal for sea-water pump, shaft {n} mm", "142.00", (30, 40, 50)),
         ("ZA", "Zinc hull anode, {n} kg, weld-on", "31.50", (4, 6, 10)),
         ("CC", "Camlock coupling type C, {n}\" stainless", "23.80", (2, 3, 4))),
        (4, 6, 10, 12, 20, 24),
        "Best Regards,\n\nSunil Menon\nPurchase Manager\nAl Noor Marine & Industrial Trading L.L.C.\n"
        "Al Quoz Industrial Area 3, Dubai, U.A.E.\nMob: +971 50 318 4427 | Tel: +971 4 347 2210",
        {**ours("en", "en", "slash_dmy"), "purchase_order": ("L84", Style("en", "en", "dash_dmy"))},
        {"sku": "{code}{n:03d}", "trn": "100384472100003", "trade_licence": "DED 714422",
         "signatory": "Abdulla Al Mansoori", "buyer_title": "General Manager", "city": "Dubai",
         "ship_to": "Consignee: Al Noor Marine & Industrial Trading L.L.C., Jebel Ali Free Zone, Dubai",
         "owner": "HLX"}),
}
