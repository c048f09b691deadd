"""The fifth holdout's fictitious partners (India, Chile, Austria, Belgium, Korea) and their paperwork."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Fiona Lindqvist <fiona.lindqvist@example.com>"

PARTNERS = {
    "IN": Partner(
        "IN", Party("Deccan Hydrotech Engineering Pvt. Ltd.", "Plot D-41, MIDC Bhosari, Pune 411026, Maharashtra, India"),
        "Aditya Kulkarni", "aditya.kulkarni@deccanhydrotech.example", "en", "en", "outlook", "en", "RE: ", "USD",
        "CIF Nhava Sheva", "Irrevocable L/C at 60 days from B/L date", None, None, "Asia/Kolkata", "Nos",
        (("HC", "Hydraulic cylinder seal kit bore {n} mm", "27.60", (40, 63, 80)),
         ("GP", "External gear pump {n} cc, SAE flange", "142.00", (11, 16, 25)),
         ("DV", "Directional valve CETOP {n}, 24 V DC", "88.50", (3, 5)),
         ("PG", "Glycerine pressure gauge 0-{n}0 bar", "12.30", (16, 25, 40)),
         ("RF", "Return line filter element {n} micron", "19.75", (10, 25))),
        (10, 20, 25, 40, 50, 100),
        "Thanks & Regards,\n\nAditya Kulkarni\nSr. Executive - Imports & Purchase\nDeccan Hydrotech Engineering Pvt. "
        "Ltd.\nMIDC Bhosari, Pune - 411026\nMob: +91 98220 41176 | Tel: +91 20 2712 4400",
        {"quotation": ("L41", Style("en", "en", "mon")), "purchase_order": ("L40", Style("en", "en", "dash_dmy")),
         "commercial_invoice": ("L45", Style("en", "en", "bl")), "contract": ("L46", Style("en", "en", "mon")),
         "payment_advice": ("L47", Style("en", "en", "usmon"))},
        {"gstin": "27AAHCD4417K1ZQ", "pan": "AAHCD4417K", "cin": "U29120PN2009PTC134417", "iec": "3109012744",
         "ship_to": "Deccan Hydrotech Engineering, Stores Dept., Plot D-41, MIDC Bhosari, Pune",
         "hsn": ("84842000", "84136010", "84812000", "90262000", "84212300"), "buyer_title": "Director - Operations",
         "signatory": "Rohan Deshpande", "lc_no": "0418ILC2600731", "lc_bank": "Konkan Mercantile Bank Ltd., Pune",
         "lc_date_days": 21, "pol": "SOUTHAMPTON, UK", "pod": "NHAVA SHEVA (JNPT), INDIA",
         "vessel": "MSC LUCIANA / 612E", "portal": "Deccan Hydrotech Supplier Portal (Coupa)"}),
    "CL": Partner(
        "CL", Party("Agroindustrial Los Andes SpA", "Camino a Doñihue km 4,5, Rancagua, Región de O'Higgins, Chile"),
        "Camila Fuentes Órdenes", "cfuentes@agrolosandes.example", "es", "es", "gmail", "es", "RE: ", "USD",
        "CFR San Antonio", "Transferencia a 45 días fecha de factura", None, None, "America/Santiago", "UN",
        (("SP", "Sprocket de acero {n} dientes, paso 1\"", "21.40", (15, 18, 24)),
         ("CA", "Cadena de rodillos ANSI {n}, tramo 3 m", "34.90", (60, 80)),
         ("MR", "Motorreductor coaxial {n} kW", "412.00", (1, 2)),
         ("BO", "Boquilla de lavado inox {n}°", "6.85", (40, 65, 90)),
         ("RO", "Rodillo transportador Ø{n} mm", "17.20", (50, 63))),
        (6, 10, 12, 24, 30, 48),
        "Saludos cordiales,\n\nCamila Fuentes Órdenes\nJefa de Abastecimiento\nAgroindustrial Los Andes SpA\n"
        "Rancagua, Chile · +56 72 294 3310",
        {"quotation": ("L41", Style("en", "en", "slash_dmy")), "purchase_order": ("L42", Style("es", "de", "dash_dmy")),
         "commercial_invoice": ("L41", Style("en", "en", "slash_dmy")), "contract": ("L46", Style("en", "en", "mon")),
         "payment_advice": ("L47", Style("en", "en", "iso"))},
        {"rut": "76.418.224-3", "giro": "Procesamiento de frutas y hortalizas", "ship_to": "Bodega central, Camino a "
         "Doñihue km 4,5, Rancagua", "signatory": "Ignacio Rojas Pizarro", "buyer_title": "Gerente General",
         "portal": "Portal de Proveedores Los Andes (SAP Ariba)"}),
    "AT": Partner(
        "AT", Party("Alpenland Fördertechnik GmbH", "Gewerbepark Süd 7, 6130 Schwaz, Österreich"),
        "Stefan Hofer", "s.hofer@alpenland-foerdertechnik.example", "de", "de", "apple", "de", "AW: ", "EUR",
        "DAP Schwaz", "30 Tage netto, 14 Tage 2 % Skonto", None, None, "Europe/Vienna", "Stk",
        (("UR", "Umlenkrolle Ø{n} mm, kugelgelagert", "46.30", (160, 200, 250)),
         ("FG", "Flachriemen-Gurtschloss {n} mm", "23.80", (500, 650, 800)),
         ("SE", "Seilklemme M{n}, feuerverzinkt", "4.95", (12, 16, 20)),
         ("LK", "Lichtschranke {n} m, M18", "61.00", (8, 12))),
        (8, 12, 16, 24, 40),
        "Beste Grüße aus Tirol\n\nStefan Hofer\nEinkauf / Disposition\nAlpenland Fördertechnik GmbH\n"
        "Gewerbepark Süd 7, A-6130 Schwaz\nT +43 5242 63 118-24",
        {"quotation": ("L41", Style("en", "en", "mon")), "purchase_order": ("L43", Style("de", "de", "dot")),
         "commercial_invoice": ("L41", Style("en", "en", "mon")), "contract": ("L46", Style("en", "en", "dot")),
         "bill_of_lading": ("L44", Style("en", "de", "dot"))},
        {"uid": "ATU 68831247", "fn": "FN 412776 k, LG Innsbruck", "ship_to": "Alpenland Fördertechnik, Halle 3, "
         "Gewerbepark Süd 7, 6130 Schwaz", "signatory": "Stefan Hofer", "buyer_title": "Prokurist",
         "kst": "KST 4100 Instandhaltung", "approver": "DI Verena Moser", "dest": "Schwaz (AT)",
         "carrier": "Danubia Road Freight s.r.o., Bratislava", "plate": "BL-418KX / BL-227YT"}),
    "BE": Partner(
        "BE", Party("Verpakkingen Claes NV", "Industrieweg 52, 2800 Mechelen, Belgique"),
        "Pieter Claes", "pieter.claes@claes-verpakkingen.example", "fr", "fr", "outlook", "fr", "RE : ", "EUR",
        "DAP Mechelen", "Virement à 60 jours fin de mois", None, None, "Europe/Brussels", "pc",
        (("MS", "Mâchoire de scellage {n} mm", "58.00", (250, 300)),
         ("TF", "Bande téflon {n} mm, rouleau 10 m", "14.60", (19, 25, 38)),
         ("VE", "Ventouse soufflet Ø{n} mm", "3.90", (20, 30))),
        (10, 20, 30, 50),
        "Bien à vous,\n\nPieter Claes\nAankoop – Achats\nVerpakkingen Claes NV\nIndustrieweg 52, 2800 Mechelen\n"
        "Tel. +32 15 28 44 70",
        {"commercial_invoice": ("L41", Style("en", "en", "slash_dmy")), "contract": ("L46", Style("en", "en", "mon")),
         "bill_of_lading": ("L44", Style("en", "fr", "dot"))},
        {"ship_to": "Verpakkingen Claes, poort 2, Industrieweg 52, Mechelen", "signatory": "Pieter Claes",
         "buyer_title": "Gedelegeerd bestuurder", "dest": "Mechelen (BE)",
         "carrier": "Danubia Road Freight s.r.o., Bratislava", "plate": "BL-903MN / BL-118RZ"}),
    "KR": Partner(
        "KR", Party("Hanbit Marine Equipment Co., Ltd.", "88 Noksansandan 27-ro, Gangseo-gu, Busan 46752, Korea"),
        "Park Ji-hoon", "jh.park@hanbit-marine.example", "en", "en", "html", "en", "RE: ", "USD",
        "FOB Southampton", "T/T 30% in advance, balance against copy of shipping documents", None, None,
        "Asia/Seoul", "SET",
        (("WP", "Bilge pump {n} m3/h, bronze impeller", "318.00", (5, 8, 12)),
         ("AV", "Butterfly valve DN{n}, pneumatic actuator", "156.00", (80, 100, 150)),
         ("HE", "Plate heat exchanger {n} kW, titanium", "890.00", (40, 60))),
        (2, 3, 4, 6, 10),
        "Best regards,\n\nJi-hoon Park / Manager\nOverseas Procurement Team\nHanbit Marine Equipment Co., Ltd.\n"
        "Busan, Korea | Tel +82-51-972-4418 | Fax +82-51-972-4419",
        {"quotation": ("L41", Style("en", "en", "usmon")), "proforma_invoice": ("L41", Style("en", "en", "usmon")),
         "purchase_order": ("L42", Style("en", "en", "zh_slash")), "commercial_invoice": ("L41", Style("en", "en", "usmon")),
         "contract": ("L46", Style("en", "en", "usmon")), "payment_advice": ("L47", Style("en", "en", "zh_slash"))},
        {"brn": "617-81-44920", "ship_to": "Hanbit Marine, Gate 3, Noksan Industrial Complex, Busan",
         "signatory": "Kim Soo-yeon", "buyer_title": "Representative Director",
         "portal": "Hanbit e-Procurement (Oracle iSupplier)"}),
}
