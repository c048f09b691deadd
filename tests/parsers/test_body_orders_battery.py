"""A battery of orders typed into a mail body (no attachment), as buyers write them in Outlook or Gmail:
item lines with "x … @ … = …", "à", "je", "a … cada una", "单价", numbered and bulleted lists, pasted tab and
pipe tables, labelled values, units (kg, m, rolls, cartons, 箱, Stk., und.), sizes in the text (M8x40, 3/4",
230 V), thousands separators (1.234,56 / 1 234,56 / 1'234.50 / 1,200), currencies before and after; order
numbers, delivery and payment terms, signatures. Negatives: enquiries without prices, quoted earlier mails,
signatures with phone numbers, a newsletter's price list.

Every expected value is read from the mail text by hand."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from parsers import Limits, parse_body

LIMITS = Limits(isolate=False)
ANY = object()

SIG_EN = ["", "Best regards", "John Miller", "Purchasing Manager", "Northgate Fluid Systems Ltd.",
          "12 Mill Road, Manchester M4 6AB, United Kingdom", "Tel. +44 161 555 0192 | Mob. +44 7700 900 412",
          "www.northgate-fluid.example"]
SIG_DE = ["", "Mit freundlichen Grüßen", "Karl Huber", "Einkauf", "Huber Metallbau GmbH",
          "Industriestr. 12, 86150 Augsburg", "Tel. 0821 455 66-0, Fax 0821 455 66-19"]
SIG_FR = ["", "Cordialement,", "Sophie Martin", "Service Achats – Atelier Martin SARL",
          "14 rue des Forges, 69007 Lyon", "Tél. : +33 4 72 00 11 22 / Port. : 06 12 34 56 78"]
SIG_ES = ["", "Saludos cordiales,", "Javier Ruiz", "Compras – Suministros Levante S.L.",
          "Avda. del Puerto 221, 46023 Valencia", "Tel. 963 00 12 34 – Móvil 600 11 22 33"]
SIG_ZH = ["", "谢谢！", "王磊 采购部", "宁波海曙精工机械有限公司", "电话：0574-8765 4321  手机：138 0574 1234",
          "地址：浙江省宁波市海曙区望春工业园区 88 号"]


def _mail(*lines: str, sig: list[str] | None = None) -> str:
    return "\n".join([*lines, *(sig or [])]) + "\n"


def order(text: str, items: list[tuple[Any, float, str, str]], **fields: Any) -> dict[str, Any]:
    """An order: its items as (sku or ANY, quantity, unit price, amount) and header fields to check."""
    return {"text": text, "type": "purchase_order", "items": items, **fields}


def no_order(text: str, **fields: Any) -> dict[str, Any]:
    """A negative: no purchase order, no priced items."""
    return {"text": text, "type": None, **fields}


CASES: dict[str, dict[str, Any]] = {
    # ---------------------------------------------------------------- English
    "en_x_at_equals": order(_mail(
        "Hi Tom,", "", "please accept this email as our order.", "", "PO 4500231877", "",
        "2 x Pump seal kit PS-40 @ 12.50 = 25.00", "4 x Impeller IMP-220 @ 86.00 = 344.00",
        "1 x Gasket set GS-7 @ 9.80 = 9.80", "", "Total EUR 378.80", "Delivery: FCA Rotterdam",
        "Payment: 30 days net", sig=SIG_EN),
        [("PS-40", 2, "12.50", "25.00"), ("IMP-220", 4, "86.00", "344.00"), ("GS-7", 1, "9.80", "9.80")],
        number="4500231877", incoterms="FCA Rotterdam", total="378.80", currency="EUR"),
    "en_numbered_thousands_three_decimals": order(_mail(
        "Hello Anna,", "", "we hereby order the following (PO 22-7781):", "",
        "1. 1,200 pcs Cable tie 4.8x300 black @ USD 0.045 = USD 54.00",
        "2. 3 cartons Copy paper A4 80 g @ USD 28.00 = USD 84.00", "", "Ship to our Leeds warehouse, DAP Leeds.",
        sig=SIG_EN),
        [(ANY, 1200, "0.045", "54.00"), (ANY, 3, "28.00", "84.00")], number="22-7781", currency="USD"),
    "en_sku_qty_unit_price_pipes": order(_mail(
        "Hi,", "", "please book the following order:", "Order no. PO-2037-118", "",
        "SKU: VLV-34-BR | Qty: 5 | Unit price: USD 41.20", "SKU: VLV-12-BR | Qty: 12 | Unit price: USD 18.75", "",
        "Terms: Net 30", sig=SIG_EN),
        [("VLV-34-BR", 5, "41.20", "206.00"), ("VLV-12-BR", 12, "18.75", "225.00")],
        number="PO-2037-118", currency="USD"),
    "en_tab_table": order(_mail(
        "Dear Sir or Madam,", "", "Purchase Order 88213", "",
        "Item\tDescription\tQty\tUnit Price\tAmount",
        "CBL-3G15\tCable 3G1.5 mm² H05VV-F, 100 m roll\t6\t54.90\t329.40",
        "PLG-230\tPlug 230 V 16 A IP44\t20\t3.15\t63.00", "", "Total: GBP 392.40", sig=SIG_EN),
        [("CBL-3G15", 6, "54.90", "329.40"), ("PLG-230", 20, "3.15", "63.00")],
        number="88213", total="392.40", currency="GBP"),
    "en_pipe_table": order(_mail(
        "Hello,", "", "Purchase order PO 5531 – please confirm.", "",
        "| Part no. | Description | Qty | Price | Total |", "|---|---|---|---|---|",
        "| BV-34 | Ball valve 3/4\" brass | 8 | 14.60 | 116.80 |", "| BV-100 | Ball valve 1\" brass | 4 | 21.30 | 85.20 |",
        "", "Total USD 202.00", sig=SIG_EN),
        [("BV-34", 8, "14.60", "116.80"), ("BV-100", 4, "21.30", "85.20")], number="5531", total="202.00"),
    "en_spaced_columns": order(_mail(
        "Hi Mike,", "", "PO# 22-5518 below.", "",
        "Part #        Description                Qty    Unit      Ext",
        "HB-1032       Hinge, SS 304, 3\"           40    2.15     86.00",
        "LT-220        Latch solenoid 230 V          6   18.40    110.40", "",
        "Total                                          196.40", sig=SIG_EN),
        [("HB-1032", 40, "2.15", "86.00"), ("LT-220", 6, "18.40", "110.40")], number="22-5518"),
    "en_kg_at_currency_per_kg": order(_mail(
        "Good morning,", "", "we order as follows:", "Purchase order: PO-77120", "",
        "- 500 kg PP granulate natural, grade PP-H 340, at EUR 1.42/kg",
        "- 25 kg Masterbatch black MB-9005 at EUR 4.80/kg", "", "Delivery: CPT Gdansk", sig=SIG_EN),
        [(ANY, 500, "1.42", "710.00"), (ANY, 25, "4.80", "120.00")], number="PO-77120",
        incoterms="CPT Gdansk"),
    "en_item_n_units_each": order(_mail(
        "Hi Sarah,", "", "Order: 2037-771", "",
        "Item 1: SKU 8812-A, 24 units, $3.99 each", "Item 2: SKU 8812-B, 12 units, $4.49 each", "",
        "Thanks!", sig=SIG_EN),
        [("8812-A", 24, "3.99", "95.76"), ("8812-B", 12, "4.49", "53.88")], number="2037-771"),
    "en_text_first_qty_unit_price_labels": order(_mail(
        "Hello,", "", "please treat this mail as our order PO 61-0045:", "",
        "Air filter element FLT-220, qty 5, unit price EUR 23.40",
        "Oil filter OFL-18, qty 10, unit price EUR 7.95", sig=SIG_EN),
        [(ANY, 5, "23.40", "117.00"), (ANY, 10, "7.95", "79.50")], number="61-0045"),
    "en_rolls_at_each": order(_mail(
        "Hi,", "", "we order as follows, PO 3390:", "",
        "* 50 rolls Stretch film 23 my x 500 mm @ 6.50 each",
        "* 12 rolls Packing tape 48 mm x 66 m @ 1.10 each", "", "Payment 30 days after invoice", sig=SIG_EN),
        [(ANY, 50, "6.50", "325.00"), (ANY, 12, "1.10", "13.20")], number="3390"),
    "en_dollar_before_with_amount": order(_mail(
        "Jim -", "", "PO 10442 as discussed:", "",
        "6 ea Motor starter MS-25 230 V @ $142.00 = $852.00", "2 ea Contactor CT-40 @ $1,085.50 = $2,171.00", "",
        "FOB Houston, Net 45", sig=SIG_EN),
        [(ANY, 6, "142.00", "852.00"), (ANY, 2, "1085.50", "2171.00")], number="10442"),
    # ---------------------------------------------------------------- German
    "de_pos_stk_artnr_je": order(_mail(
        "Sehr geehrte Damen und Herren,", "", "hiermit bestellen wir folgende Artikel:", "",
        "Bestellung Nr. 2037-0412", "",
        "Pos. 1  200 Stk  Art.-Nr. 100-845  Sechskantschraube M10x60 8.8 verzinkt  je 0,41 EUR",
        "Pos. 2  50 Stk  Art.-Nr. 100-912  Sicherungsmutter M10  je 0,18 EUR", "",
        "Lieferung: DAP Augsburg", "Zahlung: 14 Tage 2 % Skonto, 30 Tage netto", sig=SIG_DE),
        [("100-845", 200, "0.41", "82.00"), ("100-912", 50, "0.18", "9.00")], number="2037-0412",
        incoterms="DAP Augsburg"),
    "de_thousands_dot_comma": order(_mail(
        "Hallo Herr Braun,", "", "wir bestellen wie folgt:", "Bestellung 45-7781", "",
        "1 Stk. Kreiselpumpe KP 65-200, 400 V, 15 kW à 4.280,00 EUR",
        "2 Stk. Gleitringdichtung GRD-65 à 312,50 EUR", "", "Gesamt: 4.905,00 EUR netto", sig=SIG_DE),
        [(ANY, 1, "4280.00", "4280.00"), (ANY, 2, "312.50", "625.00")], number="45-7781",
        total="4905.00", currency="EUR"),
    "de_labelled_block": order(_mail(
        "Guten Tag,", "", "hiermit bestellen wir folgende Position (Bestellnummer 4711-22):", "",
        "Artikel: Förderband-Gurt FB-800, 800 mm breit", "Menge: 25 m", "Preis: 38,90 €", "",
        "Artikel: Gurtverbinder GV-800", "Menge: 4 Stk.", "Preis: 12,60 €", sig=SIG_DE),
        [(ANY, 25, "38.90", "972.50"), (ANY, 4, "12.60", "50.40")], number="4711-22"),
    "de_tab_table": order(_mail(
        "Hallo,", "", "anbei unsere Bestellung Nr. B-37-551 (bitte bestätigen):", "",
        "Menge\tEinheit\tArtikelnr.\tBezeichnung\tEinzelpreis\tGesamtpreis",
        "1.250\tStk\t330-18\tKabelschuh 6 mm² M8\t0,86\t1.075,00",
        "40\tm\t330-77\tSchrumpfschlauch 12/4 mm\t1,15\t46,00", "", "Summe netto 1.121,00 EUR", sig=SIG_DE),
        [("330-18", 1250, "0.86", "1075.00"), ("330-77", 40, "1.15", "46.00")], number="B-37-551"),
    "de_rollen_zu_je": order(_mail(
        "Moin,", "", "wir bestellen wie folgt (Bestell-Nr. 9931):", "",
        "- 3 Rollen Klebeband 50 mm x 66 m braun zu je 2,35 €",
        "- 10 Rollen Luftpolsterfolie 1 m x 100 m zu je 24,90 €", sig=SIG_DE),
        [(ANY, 3, "2.35", "7.05"), (ANY, 10, "24.90", "249.00")], number="9931"),
    "de_swiss_apostrophe": order(_mail(
        "Grüezi Frau Meier,", "", "hiermit bestellen wir folgende Geräte:", "Bestellung Nr. CH-2037-88", "",
        "2 Stk. Frequenzumrichter FU-75, 400 V à CHF 1'234.50",
        "1 Stk. Bremswiderstand BW-200 à CHF 186.00", "", "Lieferung: DAP Winterthur", sig=SIG_DE),
        [(ANY, 2, "1234.50", "2469.00"), (ANY, 1, "186.00", "186.00")], number="CH-2037-88",
        currency="CHF"),
    "de_numbered_equals": order(_mail(
        "Sehr geehrter Herr Lang,", "", "Bestellung Nr. 77-3305", "",
        "1) 20 Stk. Kugellager 6204-2RS à 3,80 € = 76,00 €",
        "2) 20 Stk. Kugellager 6205-2RS à 4,40 € = 88,00 €", "", "Zahlungsbedingungen: 30 Tage netto",
        sig=SIG_DE),
        [(ANY, 20, "3.80", "76.00"), (ANY, 20, "4.40", "88.00")], number="77-3305"),
    # ---------------------------------------------------------------- French
    "fr_dash_pcs_a_euro": order(_mail(
        "Bonjour Madame,", "", "Nous commandons comme suit :", "Commande n° CF-37-0219", "",
        "- 10 pcs Joint torique 45x3 NBR à 3,20 € ", "- 4 pcs Vanne papillon DN100 PN16 à 186,00 €", "",
        "Incoterm : EXW Lyon", "Paiement : 60 jours fin de mois", sig=SIG_FR),
        [(ANY, 10, "3.20", "32.00"), (ANY, 4, "186.00", "744.00")], number="CF-37-0219",
        incoterms="EXW Lyon"),
    "fr_space_thousands_equals": order(_mail(
        "Bonjour,", "", "Bon de commande n° 2037/118", "",
        "300 unités Palette 800x1200 réf. PAL-80 à 12,40 € = 3 720,00 €",
        "20 unités Cornière carton 35x35 mm à 0,95 € = 19,00 €", "", "Total HT : 3 739,00 €", sig=SIG_FR),
        [(ANY, 300, "12.40", "3720.00"), (ANY, 20, "0.95", "19.00")], number="2037/118",
        total="3739.00"),
    "fr_cartons_le_carton": order(_mail(
        "Bonjour Pierre,", "", "merci de prendre ce mail comme notre commande n° 5521 :", "",
        "5 cartons de gants nitrile taille M à 18,50 € le carton",
        "2 cartons de sur-chaussures à 9,90 € le carton", sig=SIG_FR),
        [(ANY, 5, "18.50", "92.50"), (ANY, 2, "9.90", "19.80")], number="5521"),
    "fr_pipe_table": order(_mail(
        "Bonjour,", "", "Commande n° AC-2037-61", "",
        "Référence | Désignation | Qté | PU HT | Montant HT", "RL-6205 | Roulement 6205 2RS | 12 | 4,60 | 55,20",
        "CR-A40 | Courroie trapézoïdale A40 | 6 | 7,35 | 44,10", "", "Total HT 99,30 €", sig=SIG_FR),
        [("RL-6205", 12, "4.60", "55.20"), ("CR-A40", 6, "7.35", "44.10")], number="AC-2037-61"),
    # ---------------------------------------------------------------- Spanish
    "es_cajas_a_cada_una": order(_mail(
        "Hola Marta,", "", "les hacemos el siguiente pedido:", "Pedido nº PED-2037-044", "",
        "5 cajas de guantes de nitrilo talla L a 12,00 € cada una",
        "10 cajas de mascarillas FFP2 a 8,50 € cada una", "", "Entrega: DAP Valencia",
        "Forma de pago: transferencia a 30 días", sig=SIG_ES),
        [(ANY, 5, "12.00", "60.00"), (ANY, 10, "8.50", "85.00")], number="PED-2037-044",
        incoterms="DAP Valencia"),
    "es_und_ref_equals": order(_mail(
        "Buenos días,", "", "les pasamos el siguiente pedido nº 3318:", "",
        "- 40 und. Tubo PVC 25 mm x 3 m (ref. TUB-25) a 2,75 € = 110,00 €",
        "- 100 und. Codo PVC 25 mm 90° (ref. COD-25) a 0,42 € = 42,00 €", sig=SIG_ES),
        [("TUB-25", 40, "2.75", "110.00"), ("COD-25", 100, "0.42", "42.00")], number="3318"),
    "es_tab_table": order(_mail(
        "Estimados señores:", "", "Orden de compra OC-2037-190", "",
        "Código\tDescripción\tCantidad\tPrecio unitario\tImporte",
        "FO-55\tFiltro de aceite motor 1.6\t12\t7,40\t88,80", "FA-20\tFiltro de aire 220 mm\t8\t11,25\t90,00",
        "", "Total: 178,80 EUR", sig=SIG_ES),
        [("FO-55", 12, "7.40", "88.80"), ("FA-20", 8, "11.25", "90.00")], number="OC-2037-190"),
    "es_labelled_pipes": order(_mail(
        "Hola,", "", "este correo como nuestro pedido n.º 7714:", "",
        "Artículo: Bomba dosificadora BD-5 | Cantidad: 2 | Precio: 645,00 EUR",
        "Artículo: Sonda de nivel SN-1 | Cantidad: 4 | Precio: 38,50 EUR", sig=SIG_ES),
        [(ANY, 2, "645.00", "1290.00"), (ANY, 4, "38.50", "154.00")], number="7714"),
    # ---------------------------------------------------------------- Chinese
    "zh_model_qty_price": order(_mail(
        "您好，", "", "我们下单如下：", "订单号：PO20370518", "",
        "型号：XK-300  数量：50台  单价：¥1,280.00", "型号：XK-500  数量：20台  单价：¥1,960.00", "",
        "交货：FOB 宁波", "付款方式：30%预付，70%见提单副本", sig=SIG_ZH),
        [("XK-300", 50, "1280.00", "64000.00"), ("XK-500", 20, "1960.00", "39200.00")],
        number="PO20370518", incoterms="FOB 宁波"),
    "zh_tab_table": order(_mail(
        "王经理您好：", "", "订购如下，请确认。订单号：NB-2037-066", "",
        "序号\t品名\t规格\t数量\t单价\t金额", "1\t不锈钢球阀\tDN50\t100\t45.00\t4500.00",
        "2\t不锈钢法兰\tDN50 PN16\t200\t12.50\t2500.00", "", "合计：7000.00元", sig=SIG_ZH),
        [(ANY, 100, "45.00", "4500.00"), (ANY, 200, "12.50", "2500.00")], number="NB-2037-066"),
    "zh_boxes_at_equals": order(_mail(
        "李经理：", "", "订货如下：", "订单号：ZX-88031", "",
        "1. 纸箱 60x40x40cm 500箱 @ 3.20 = 1600.00", "2. 封箱胶带 48mm 120卷 @ 2.50 = 300.00", sig=SIG_ZH),
        [(ANY, 500, "3.20", "1600.00"), (ANY, 120, "2.50", "300.00")], number="ZX-88031"),
    # ---------------------------------------------------------------- more shapes
    "en_gmail_bullets_unit_price_after": order(_mail(
        "Hi team,", "", "We place our order as follows – PO 2037-0091:", "",
        "• 100 m Hose 1/2\" reinforced PVC @ EUR 1.85",
        "• 20 pcs Hose clamp 16-25 mm @ EUR 0.38", "", "Delivery: EXW Tilburg", sig=SIG_EN),
        [(ANY, 100, "1.85", "185.00"), (ANY, 20, "0.38", "7.60")], number="2037-0091",
        incoterms="EXW Tilburg"),
    "en_forward_keeps_order": order(_mail(
        "FYI – order from the customer below, please process.", "", "---------- Forwarded message ---------",
        "From: Anna Keller <anna@harbour-tools.example>", "Subject: Order 6610", "",
        "Hi, we order as follows:", "Order 6610", "3 x Torque wrench TW-200 @ 89.00 = 267.00",
        "5 x Socket set SS-24 @ 42.00 = 210.00"),
        [(ANY, 3, "89.00", "267.00"), (ANY, 5, "42.00", "210.00")], number="6610", subject="Fwd: Order 6610"),
    "en_new_order_over_quoted_old": order(_mail(
        "Hi Tom,", "", "please accept this email as our order PO 4500231990:", "",
        "3 x Pump seal kit PS-40 @ 12.50 = 37.50", "", "Thanks, John", "",
        "-----Original Message-----", "From: Tom Baker <tom@seals.example>", "Sent: Monday, 4 May 2037 09:12",
        "To: John Miller <john@northgate.example>", "Subject: RE: PO 4500231877", "",
        "> PO 4500231877", "> 2 x Pump seal kit PS-40 @ 12.50 = 25.00",
        "> 4 x Impeller IMP-220 @ 86.00 = 344.00"),
        [("PS-40", 3, "12.50", "37.50")], number="4500231990", subject="RE: PO 4500231877"),
    "de_signature_phone_not_item": order(_mail(
        "Hallo Frau Schulz,", "", "wir bestellen wie folgt (Bestellung Nr. 5512-B):", "",
        "- 2 Stk. Hydraulikzylinder HZ-50/300 à 389,00 €", "", "Lieferung bis KW 23.",
        "", "Grüße", "Thomas Weber", "Weber Landtechnik GmbH & Co. KG", "Tel. 07531 12 34-5 x 22",
        "Mobil 0171 2 34 56 78", "USt-IdNr. DE 812 345 678"),
        [(ANY, 2, "389.00", "778.00")], number="5512-B"),
    "es_amount_with_dot_thousands": order(_mail(
        "Hola Pedro,", "", "les hacemos el siguiente pedido (Pedido nº 2037-315):", "",
        "2 und. Motor eléctrico 7,5 kW 400 V (ref. ME-75) a 1.245,00 € c/u = 2.490,00 €",
        "6 und. Acoplamiento elástico (ref. AC-38) a 56,20 € c/u = 337,20 €", "", "Condiciones: FCA Zaragoza",
        sig=SIG_ES),
        [("ME-75", 2, "1245.00", "2490.00"), ("AC-38", 6, "56.20", "337.20")], number="2037-315"),
    "fr_tab_table_space_thousands": order(_mail(
        "Bonjour,", "", "Commande n° 88-4410", "",
        "Réf.\tDésignation\tQté\tPrix unitaire\tMontant",
        "TOL-15\tTôle acier 1,5 mm 1000x2000\t120\t24,80\t2 976,00",
        "TOL-20\tTôle acier 2 mm 1000x2000\t80\t31,40\t2 512,00", "", "Total HT 5 488,00 €", sig=SIG_FR),
        [("TOL-15", 120, "24.80", "2976.00"), ("TOL-20", 80, "31.40", "2512.00")], number="88-4410",
        total="5488.00"),
    "en_qty_after_text_at": order(_mail(
        "Hello,", "", "please treat this mail as our order (PO 7720):", "",
        "Bearing 6204-2RS – 50 pcs @ EUR 2.90", "Bearing 6205-2RS – 30 pcs @ EUR 3.40", sig=SIG_EN),
        [(ANY, 50, "2.90", "145.00"), (ANY, 30, "3.40", "102.00")], number="7720"),
    "zh_labelled_commas": order(_mail(
        "张经理：", "", "我们下单如下：订单号 HZ-2037-14", "",
        "1. 品名：不锈钢球阀 DN50，数量：100个，单价：45.00元",
        "2. 品名：不锈钢截止阀 DN25，数量：60个，单价：38.00元", sig=SIG_ZH),
        [(ANY, 100, "45.00", "4500.00"), (ANY, 60, "38.00", "2280.00")], number="HZ-2037-14"),
    # ---------------------------------------------------------------- negatives
    "neg_enquiry_no_prices": no_order(_mail(
        "Hi,", "", "could you please quote for the following:", "",
        "- 50 pcs Bearing 6204-2RS", "- 20 pcs Bearing 6205-2RS", "- 10 pcs Seal 35x52x7", "",
        "Thanks in advance", sig=SIG_EN)),
    "neg_enquiry_de": no_order(_mail(
        "Guten Tag,", "", "bitte senden Sie uns ein Angebot über:", "",
        "Pos. 1  200 Stk  Sechskantschraube M10x60 8.8", "Pos. 2  200 Stk  Mutter M10", "", "Vielen Dank",
        sig=SIG_DE)),
    "neg_quoted_reply_only": no_order(_mail(
        "Thanks Tom, all clear.", "", "On Mon, 4 May 2037 at 09:12, John Miller wrote:",
        "> Please accept this email as our order.", "> PO 4500231877",
        "> 2 x Pump seal kit PS-40 @ 12.50 = 25.00", "> 4 x Impeller IMP-220 @ 86.00 = 344.00"),
        subject="Re: PO 4500231877"),
    "neg_newsletter_price_list": no_order(_mail(
        "SPRING NEWSLETTER 2037", "", "Our new prices from 1 March:", "",
        "Pump seal kit PS-40 – 12.50 EUR/pc", "Impeller IMP-220 – 86.00 EUR/pc", "Gasket set GS-7 – 9.80 EUR/pc", "",
        "Visit our web shop for more offers!", "Unsubscribe | Privacy policy")),
    "neg_your_po_in_a_reply_with_prices": no_order(_mail(
        "Hi Jim,", "", "your PO 10442 – we confirm delivery next week:", "",
        "6 ea Motor starter MS-25 230 V @ $142.00 = $852.00", "", "Regards, Tom")),
    "neg_order_word_before_a_quantity": no_order(_mail(
        "Hi Tom,", "", "we would like to order 1200 pcs of cable ties next month.", "Could you hold stock?",
        sig=SIG_EN)),
    "neg_order_attached_not_typed": no_order(_mail(
        "Hello Tom,", "", "please find attached our purchase order PO 4500231877.",
        "Kindly confirm the delivery date.", sig=SIG_EN)),
    "neg_signature_only": no_order(_mail(
        "Hi Tom,", "", "thanks for the call, I will come back to you next week.", sig=SIG_EN)),
}


def _documents(case: dict[str, Any]) -> list[Any]:
    return parse_body(case["text"], None, limits=LIMITS, subject=case.get("subject")).documents


@pytest.mark.parametrize("name", list(CASES))
def test_body_order_battery(name: str) -> None:
    case = CASES[name]
    docs = _documents(case)
    if case["type"] is None:
        assert not [d for d in docs if d.doc_type == "purchase_order"], name
        assert not [i for d in docs for i in d.line_items if i.unit_price is not None], name
        return
    assert docs, "no document read from the mail body"
    doc = docs[0]
    assert doc.doc_type == case["type"]
    got = [(i.sku, i.quantity, i.unit_price, i.amount) for i in doc.line_items]
    want = [(s, float(q), Decimal(p), Decimal(a)) for s, q, p, a in case["items"]]
    assert [(g[1], g[2], g[3]) for g in got] == [(w[1], w[2], w[3]) for w in want]
    for g, w in zip(got, want, strict=True):
        if w[0] is not ANY:
            assert g[0] == w[0]
    for key in ("number", "incoterms", "payment_terms", "currency"):
        if key in case:
            assert getattr(doc, key) == case[key], key
    if "total" in case:
        assert doc.total == Decimal(case["total"])


def test_incoterm_with_a_chinese_place() -> None:
    from parsers.extract.document import INCOTERM_RE

    m = INCOTERM_RE.search("交货：FOB 宁波")
    assert m is not None and m.group(2) == "宁波"
    m = INCOTERM_RE.search("交货条件：FOB 上海港，付款：T/T")
    assert m is not None and m.group(2) == "上海港"
    # negatives: no space (a price basis glued to the code), a Latin place keeps its reading
    m = INCOTERM_RE.search("FOB价格")
    assert m is not None and m.group(2) is None
    m = INCOTERM_RE.search("CIF Villanueva")
    assert m is not None and m.group(2) == "Villanueva"


def test_order_number_in_a_typed_order_line() -> None:
    from parsers.extract.document import BODY_ORDER_NO_RE

    def code(text: str) -> str | None:
        m = BODY_ORDER_NO_RE.search(text)
        return m["code"] if m else None

    assert code("PO 4500231877") == "4500231877"
    assert code("please accept this email as our order PO 4500231990:") == "4500231990"
    assert code("Bestellung 45-7781") == "45-7781"
    assert code("订购如下，请确认。订单号：NB-2037-066") == "NB-2037-066"
    assert code("PO 10442 as discussed:") == "10442"
    # negatives: a quantity after the order word, a short number, a code run on by a word
    assert code("we would like to order 1200 pcs of cable ties") is None
    assert code("Order 12 of them") is None
    assert code("PO 10442 confirmed, shipping Friday") is None


def test_a_unit_column_holding_prices_is_the_unit_price() -> None:
    from parsers.extract.lineitems import item_from_cells

    roles = {0: "sku", 1: "description", 2: "quantity", 3: "unit", 4: "amount"}
    item = item_from_cells(["HB-1032", "Hinge", "40", "2.15", "86.00"], roles, ".")
    assert item is not None and item.unit_price == Decimal("2.15") and item.unit is None
    # negatives: a unit word stays the unit; a number that does not make the amount stays where it was
    item = item_from_cells(["HB-1032", "Hinge", "40", "pcs", "86.00"], roles, ".")
    assert item is not None and item.unit == "pcs" and item.unit_price is None
    item = item_from_cells(["HB-1032", "Hinge", "40", "3.00", "86.00"], roles, ".")
    assert item is not None and item.unit_price is None
