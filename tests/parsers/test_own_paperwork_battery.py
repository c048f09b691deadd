"""Our own paperwork in layouts the rules were not written for: quotations, pro formas, commercial invoices, packing
lists and supply contracts as ERPs print them (SAP, NetSuite, Odoo, Sage, Dynamics 365 BC, Tally, Kingdee, Xero,
Swiss and Spanish accounting packages) – captions wrapped in narrow columns ("Unit / price"), in two languages
("Menge / Quantity"), in unusual ERP wording ("Qty ord.", "Rate", "Ext. amount", "Line value", "Betrag", "Montant HT"),
a shaded caption band, descriptions wrapped or full of numbers and units, totals blocks worded "Amount due" or
"Grand total incl. freight", numbers as 1.234,56 / 1 234,56 / 1'234.56, header fields in a box beside the address,
in a caption grid or in prose, and contracts with price and payment terms in numbered clauses.

Every document is invented here and built with the real producers (python-docx, openpyxl; PDF by headless LibreOffice
or by headless Chromium for the web prints), once per test session; the expected values are written by hand."""
from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from parsers import Limits, parse_bytes
from tests.parsers.variations.generate import _esc, html_to_pdf, to_pdf

Item = tuple[str | None, str, float, str | None, str | None]  # sku, description, quantity, unit price, amount


@dataclass
class Paper:
    id: str
    fmt: str  # docx | xlsx | docx_pdf | xlsx_pdf | html_pdf
    title: str
    letterhead: list[str]
    header: list[tuple[str, str]]
    buyer: list[str]  # caption (may be "") then name and address lines
    columns: list[str]
    rows: list[list[str]]
    totals: list[tuple[str, str]]
    want: dict[str, Any]
    items: list[Item]
    header_style: str = "box"  # box (beside the buyer's address) | grid (captions over values) | lines | none
    before: list[str] = field(default_factory=list)  # paragraphs between the header and the item table
    after: list[str] = field(default_factory=list)  # paragraphs after the totals
    shaded: bool = False
    widths: list[float] | None = None  # item columns in cm


PAPERS: list[Paper] = [
    Paper(
        "sap_quotation_en", "docx_pdf", "Quotation",
        ["Harbourline Machinery Ltd", "4 Quay Street, Leith EH6 6LX, United Kingdom"],
        [("Quotation No.", "20041187"), ("Date", "02.04.2037"), ("Customer No.", "100342"),
         ("Valid until", "30.04.2037"), ("Currency", "EUR"), ("Incoterms", "FCA Leith"),
         ("Payment terms", "30 days net")],
        ["Sold-to party", "Ostmark Antriebstechnik GmbH", "Industriestr. 8", "39112 Magdeburg", "Germany"],
        ["Item", "Material", "Description", "Qty", "Unit\nprice", "Net\nvalue"],
        [["10", "HM-2040", "Gear pump housing, cast iron GG25", "12", "184.50", "2,214.00"],
         ["20", "HM-2210", "Steel flange DN50 PN16, 2 pcs/set", "40", "36.75", "1,470.00"],
         ["30", "HM-3105", "Shaft seal kit 45 x 62 x 8 mm", "150", "4.20", "630.00"]],
        [("Total net value", "4,314.00"), ("Output tax 0 %", "0.00"), ("Total amount EUR", "4,314.00")],
        {"doc_type": "quotation", "number": "20041187", "date": "2037-04-02", "currency": "EUR",
         "subtotal": "4314.00", "tax": "0.00", "total": "4314.00", "buyer": "Ostmark Antriebstechnik GmbH",
         "seller": "Harbourline Machinery Ltd", "incoterms": "FCA Leith", "payment_terms": "30 days net"},
        [("HM-2040", "Gear pump housing, cast iron GG25", 12, "184.50", "2214.00"),
         ("HM-2210", "Steel flange DN50 PN16, 2 pcs/set", 40, "36.75", "1470.00"),
         ("HM-3105", "Shaft seal kit 45 x 62 x 8 mm", 150, "4.20", "630.00")],
        widths=[1.2, 2.2, 7.0, 1.3, 1.4, 1.6]),
    Paper(
        "proforma_de_en", "xlsx_pdf", "Proforma-Rechnung / Pro Forma Invoice",
        ["Rheinfeld Armaturen GmbH", "Werftstraße 21, 47119 Duisburg, Deutschland"],
        [("Rechnungsnr. / Invoice No.", "PR-37-0418"), ("Datum / Date", "17.05.2037"),
         ("Währung / Currency", "EUR"), ("Lieferbedingung / Incoterms", "CIP Almaty"),
         ("Zahlungsbedingung / Payment terms", "100 % Vorkasse")],
        ["Käufer / Buyer", "TOO Steppe Engineering", "pr. Abaya 52", "050000 Almaty", "Kasachstan"],
        ["Pos.", "Artikelnr. / Item No.", "Bezeichnung / Description", "Menge / Quantity",
         "Einzelpreis / Unit price", "Betrag / Amount"],
        [["1", "RA-5016", "Kugelhahn DN50 PN16, Edelstahl", "24", "1.186,40", "28.473,60"],
         ["2", "RA-5025", "Absperrklappe DN100 PN10", "8", "2.350,00", "18.800,00"],
         ["3", "RA-9001", "Dichtungssatz, 2 Stk./Satz", "60", "12,90", "774,00"]],
        [("Nettowert / Net value", "48.047,60"), ("MwSt 0 % / VAT 0 %", "0,00"),
         ("Gesamtbetrag / Total amount EUR", "48.047,60")],
        {"doc_type": "proforma_invoice", "number": "PR-37-0418", "date": "2037-05-17", "currency": "EUR",
         "subtotal": "48047.60", "tax": "0.00", "total": "48047.60", "buyer": "TOO Steppe Engineering",
         "seller": "Rheinfeld Armaturen GmbH", "incoterms": "CIP Almaty", "payment_terms": "100 % Vorkasse"},
        [("RA-5016", "Kugelhahn DN50 PN16, Edelstahl", 24, "1186.40", "28473.60"),
         ("RA-5025", "Absperrklappe DN100 PN10", 8, "2350.00", "18800.00"),
         ("RA-9001", "Dichtungssatz, 2 Stk./Satz", 60, "12.90", "774.00")]),
    Paper(
        "odoo_invoice_fr", "html_pdf", "Facture commerciale n° FC-2037-0215",
        ["Atelier Vernier SAS", "12 rue des Forges, 25000 Besançon, France"],
        [("Date de facture", "08/06/2037"), ("Devise", "EUR"), ("Incoterm", "DAP Casablanca"),
         ("Conditions de paiement", "45 jours fin de mois")],
        ["Client", "Atlas Mécanique SARL", "Zone industrielle Ain Sebaa", "20250 Casablanca", "Maroc"],
        ["Réf.", "Désignation", "Qté", "Prix unitaire / Unit price", "Montant HT"],
        [["VR-118", "Vérin pneumatique Ø 63 mm, course 200 mm", "16", "1 248,00", "19 968,00"],
         ["VR-240", "Électrovanne 5/2, 24 V DC", "30", "87,50", "2 625,00"],
         ["VR-902", "Kit raccords rapides, 10 pcs/kit", "45", "19,80", "891,00"]],
        [("Total HT", "23 484,00 €"), ("TVA 0 % (exportation)", "0,00 €"), ("Total TTC", "23 484,00 €")],
        {"doc_type": "commercial_invoice", "number": "FC-2037-0215", "date": "2037-06-08", "currency": "EUR",
         "subtotal": "23484.00", "tax": "0.00", "total": "23484.00", "buyer": "Atlas Mécanique SARL",
         "seller": "Atelier Vernier SAS", "incoterms": "DAP Casablanca", "payment_terms": "45 jours fin de mois"},
        [("VR-118", "Vérin pneumatique Ø 63 mm, course 200 mm", 16, "1248.00", "19968.00"),
         ("VR-240", "Électrovanne 5/2, 24 V DC", 30, "87.50", "2625.00"),
         ("VR-902", "Kit raccords rapides, 10 pcs/kit", 45, "19.80", "891.00")],
        header_style="grid", shaded=True),
    Paper(
        "proforma_es", "docx", "FACTURA PROFORMA",
        ["Hidráulica Levante S.L.", "C/ Ciudad de Sevilla 14, 46988 Paterna (Valencia), España"],
        [("Nº Proforma", "PF-2037-0093"), ("Fecha", "21/07/2037"), ("Moneda", "USD"), ("Incoterms", "FOB Valencia"),
         ("Forma de pago", "Transferencia bancaria a 30 días fecha factura")],
        ["Cliente", "Comercial Andina S.A.C.", "Av. Argentina 3250", "Lima", "Perú"],
        ["Código", "Descripción", "Cant.", "Precio unit.", "Importe"],
        [["HL-220", "Bomba de engranajes 22 cc/rev", "20", "415,00", "8.300,00"],
         ["HL-305", "Válvula limitadora 3/4\", 250 bar", "35", "96,40", "3.374,00"],
         ["HL-512", "Manguera hidráulica DN12, 2 m", "120", "18,75", "2.250,00"]],
        [("Base imponible", "13.924,00"), ("IVA 0 % (exportación)", "0,00"), ("Total USD", "13.924,00")],
        {"doc_type": "proforma_invoice", "number": "PF-2037-0093", "date": "2037-07-21", "currency": "USD",
         "subtotal": "13924.00", "tax": "0.00", "total": "13924.00", "buyer": "Comercial Andina S.A.C.",
         "seller": "Hidráulica Levante S.L.", "incoterms": "FOB Valencia",
         "payment_terms": "Transferencia bancaria a 30 días fecha factura"},
        [("HL-220", "Bomba de engranajes 22 cc/rev", 20, "415.00", "8300.00"),
         ("HL-305", "Válvula limitadora 3/4\", 250 bar", 35, "96.40", "3374.00"),
         ("HL-512", "Manguera hidráulica DN12, 2 m", 120, "18.75", "2250.00")]),
    Paper(
        "kingdee_quotation_zh", "xlsx", "报价单",
        ["宁波恒达五金制品有限公司", "浙江省宁波市北仑区明州路88号"],
        [("报价单号", "BJ2037-0612"), ("报价日期", "2037-06-12"), ("币别", "USD"), ("交货条款", "FOB Ningbo"),
         ("付款方式", "30% T/T deposit, balance before shipment")],
        ["客户名称", "Baltic Fasteners OÜ", "Tartu mnt 80", "10112 Tallinn", "Estonia"],
        ["序号", "物料编码", "物料名称", "数量", "单价", "金额"],
        [["1", "HD-M1250", "不锈钢六角螺栓 M12×50 A2-70", "20,000", "0.085", "1,700.00"],
         ["2", "HD-N12", "不锈钢六角螺母 M12 A2-70", "20,000", "0.032", "640.00"],
         ["3", "HD-W12", "平垫圈 M12, 500 pcs/box", "40", "6.50", "260.00"]],
        [("合计金额 (USD)", "2,600.00")],
        {"doc_type": "quotation", "number": "BJ2037-0612", "date": "2037-06-12", "currency": "USD",
         "total": "2600.00", "buyer": "Baltic Fasteners OÜ", "seller": "宁波恒达五金制品有限公司",
         "incoterms": "FOB Ningbo", "payment_terms": "30% T/T deposit, balance before shipment"},
        [("HD-M1250", "不锈钢六角螺栓 M12×50 A2-70", 20000, "0.085", "1700.00"),
         ("HD-N12", "不锈钢六角螺母 M12 A2-70", 20000, "0.032", "640.00"),
         ("HD-W12", "平垫圈 M12, 500 pcs/box", 40, "6.50", "260.00")]),
    Paper(
        "netsuite_invoice_en", "html_pdf", "Commercial Invoice",
        ["Cascade Valve Corp.", "2150 Harbor Way, Tacoma, WA 98421, USA"],
        [("Invoice #", "INV104582"), ("Date", "9/14/2037"), ("Terms", "Net 45"), ("Currency", "USD"),
         ("Incoterm", "FCA Tacoma")],
        ["Bill To", "Maple Ridge Process Ltd.", "880 Industrial Ave", "Burnaby BC V5A 1Z1", "Canada"],
        ["Item", "Description", "Qty ord.", "Rate", "Ext. amount"],
        [["CV-2-150", "2\" ball valve, class 150, WCB body", "25", "312.00", "7,800.00"],
         ["CV-4-300", "4\" gate valve, class 300, with 2 handwheels", "6", "1,480.00", "8,880.00"],
         ["CV-KIT-9", "Repair kit, 12 pcs/set", "40", "22.50", "900.00"]],
        [("Subtotal", "17,580.00"), ("Freight", "420.00"), ("Amount due", "$18,000.00")],
        {"doc_type": "commercial_invoice", "number": "INV104582", "date": "2037-09-14", "currency": "USD",
         "subtotal": "17580.00", "total": "18000.00", "buyer": "Maple Ridge Process Ltd.",
         "seller": "Cascade Valve Corp.", "incoterms": "FCA Tacoma", "payment_terms": "Net 45"},
        [("CV-2-150", "2\" ball valve, class 150, WCB body", 25, "312.00", "7800.00"),
         ("CV-4-300", "4\" gate valve, class 300, with 2 handwheels", 6, "1480.00", "8880.00"),
         ("CV-KIT-9", "Repair kit, 12 pcs/set", 40, "22.50", "900.00")]),
    Paper(
        "packing_list_en", "xlsx_pdf", "Packing List",
        ["Kestrel Pumps Ltd", "Unit 7, Brindley Park, Stoke-on-Trent ST4 2RU, United Kingdom"],
        [("Packing List No.", "PL-37-0771"), ("Date", "03/08/2037"), ("Invoice No.", "SI-37-0771"),
         ("Incoterms", "CPT Gdansk")],
        ["Consignee", "Nordwind Pompy Sp. z o.o.", "ul. Portowa 5", "80-601 Gdansk", "Poland"],
        ["Line", "Part No.", "Description", "Pcs", "Cartons", "Net wt (kg)", "Gross wt (kg)"],
        [["1", "KP-100", "Centrifugal pump 1.5 kW, 230 V", "8", "8", "184.0", "212.0"],
         ["2", "KP-210", "Impeller 210 mm, bronze", "20", "2", "62.0", "70.5"]],
        [("Total packages", "10"), ("Total gross weight (kg)", "282.5")],
        {"doc_type": "packing_list", "number": "PL-37-0771", "date": "2037-08-03",
         "buyer": "Nordwind Pompy Sp. z o.o.", "seller": "Kestrel Pumps Ltd", "incoterms": "CPT Gdansk"},
        [("KP-100", "Centrifugal pump 1.5 kW, 230 V", 8, None, None),
         ("KP-210", "Impeller 210 mm, bronze", 20, None, None)]),
    Paper(
        "supply_contract_en", "docx_pdf", "SUPPLY CONTRACT",
        ["Kestrel Pumps Ltd", "Unit 7, Brindley Park, Stoke-on-Trent ST4 2RU, United Kingdom"],
        [("Contract No.", "SC-2037-118"), ("Date", "5 September 2037")],
        ["Buyer", "Anatolia Su Teknolojileri A.Ş.", "Atatürk Organize Sanayi Bölgesi", "35620 Izmir", "Turkey"],
        ["No.", "Part No.", "Description", "Quantity", "Unit price, EUR", "Amount, EUR"],
        [["1", "KP-150", "Centrifugal pump 2.2 kW, 400 V", "12", "1,980.00", "23,760.00"],
         ["2", "KP-S15", "Spare parts set for KP-150, 6 pcs/set", "12", "650.00", "7,800.00"]],
        [("Total", "31,560.00")],
        {"doc_type": "contract", "number": "SC-2037-118", "date": "2037-09-05", "currency": "EUR",
         "total": "31560.00", "buyer": "Anatolia Su Teknolojileri A.Ş.", "seller": "Kestrel Pumps Ltd",
         "incoterms": "CIF Izmir",
         "payment_terms": "30 % advance payment by T/T within 10 days of signing, 70 % against copy of B/L"},
        [("KP-150", "Centrifugal pump 2.2 kW, 400 V", 12, "1980.00", "23760.00"),
         ("KP-S15", "Spare parts set for KP-150, 6 pcs/set", 12, "650.00", "7800.00")],
        header_style="lines",
        before=["1. SUBJECT OF THE CONTRACT",
                "1.1 The Seller shall sell and the Buyer shall buy the goods listed in Annex 1.",
                "2. PRICE AND TOTAL VALUE",
                "2.1 Prices are in EUR, CIF Izmir (Incoterms 2020). 2.2 The total value of this Contract is "
                "EUR 31,560.00.",
                "3. TERMS OF PAYMENT",
                "3.1 Payment terms: 30 % advance payment by T/T within 10 days of signing, 70 % against copy of "
                "B/L. 3.2 All bank charges outside the Seller's country are for the Buyer's account.",
                "ANNEX 1 – GOODS AND PRICES"]),
    Paper(
        "sage_angebot_de", "docx", "Angebot",
        ["Mittelland Präzisionsteile GmbH", "Gewerbering 4, 73037 Göppingen"],
        [("Angebot Nr.", "AN-2037-1044"), ("Datum", "18.09.2037"), ("Kunden-Nr.", "D-20417"), ("Währung", "EUR")],
        ["", "Brixen Maschinenbau S.r.l.", "Via Brennero 14", "39042 Bressanone (BZ)", "Italien"],
        ["Pos.", "Artikel", "Bezeichnung", "Menge", "ME", "Preis/ME", "Betrag"],
        [["1", "MP-6210", "Drehteil Welle Ø 20 h6,\nL = 185 mm, C45 vergütet", "500", "Stk", "7,84", "3.920,00"],
         ["2", "MP-6230", "Lagerbuchse 25 x 30 x 20,\nCuSn8", "1.200", "Stk", "2,15", "2.580,00"]],
        [("Nettobetrag", "6.500,00"), ("USt. 0 % (innergemeinschaftliche Lieferung)", "0,00"),
         ("Gesamtbetrag EUR", "6.500,00")],
        {"doc_type": "quotation", "number": "AN-2037-1044", "date": "2037-09-18", "currency": "EUR",
         "subtotal": "6500.00", "tax": "0.00", "total": "6500.00", "buyer": "Brixen Maschinenbau S.r.l.",
         "seller": "Mittelland Präzisionsteile GmbH", "incoterms": "FCA Göppingen",
         "payment_terms": "30 Tage netto"},
        [("MP-6210", "Drehteil Welle Ø 20 h6, L = 185 mm, C45 vergütet", 500, "7.84", "3920.00"),
         ("MP-6230", "Lagerbuchse 25 x 30 x 20, CuSn8", 1200, "2.15", "2580.00")],
        before=["Sehr geehrte Damen und Herren,", "wir danken für Ihre Anfrage und bieten Ihnen wie folgt an:"],
        after=["Lieferbedingungen: FCA Göppingen", "Zahlungsbedingungen: 30 Tage netto",
               "Lieferzeit: 6 Wochen nach Auftragseingang"]),
    Paper(
        "swiss_invoice_en", "xlsx", "Invoice",
        ["Alpenwerk Fördertechnik AG", "Industriestrasse 31, 8604 Volketswil, Switzerland"],
        [("Invoice number", "RE-37-30581"), ("Invoice date", "29.09.2037"), ("Currency", "CHF"),
         ("Delivery terms", "DAP Lyon"), ("Terms of payment", "30 days net")],
        ["Invoice address", "Convoyeurs du Rhône SA", "28 avenue Jean Jaurès", "69007 Lyon", "France"],
        ["Pos", "Article", "Description", "Qty", "Unit price", "Line value"],
        [["1", "AW-4410", "Conveyor roller Ø 50 x 600 mm", "240", "38.40", "9'216.00"],
         ["2", "AW-4500", "Drive belt 1'200 mm, PVC", "12", "1'145.00", "13'740.00"],
         ["3", "AW-0090", "Bearing unit 6204-2RS, 4 pcs/set", "60", "24.90", "1'494.00"]],
        [("Net value", "24'450.00"), ("Freight", "550.00"), ("VAT 0 % (export)", "0.00"),
         ("Grand total incl. freight", "25'000.00")],
        {"doc_type": "commercial_invoice", "number": "RE-37-30581", "date": "2037-09-29", "currency": "CHF",
         "subtotal": "24450.00", "tax": "0.00", "total": "25000.00", "buyer": "Convoyeurs du Rhône SA",
         "seller": "Alpenwerk Fördertechnik AG", "incoterms": "DAP Lyon", "payment_terms": "30 days net"},
        [("AW-4410", "Conveyor roller Ø 50 x 600 mm", 240, "38.40", "9216.00"),
         ("AW-4500", "Drive belt 1'200 mm, PVC", 12, "1145.00", "13740.00"),
         ("AW-0090", "Bearing unit 6204-2RS, 4 pcs/set", 60, "24.90", "1494.00")]),
    Paper(
        "bc_quote_en", "docx_pdf", "Sales - Quote",
        ["Fenwick Controls Ltd", "Riverside House, 9 Mill Lane, Leeds LS10 1BQ, United Kingdom"],
        [("Quote No.", "SQ-104417"), ("Document Date", "11/10/2037"), ("Currency Code", "EUR"),
         ("Payment Terms", "Net 60 days"), ("Shipment Method", "DDP Dublin")],
        ["Sell-to", "Liffey Automation Ltd", "Unit 4, Ballymount Road", "Dublin 12", "Ireland"],
        ["No.", "Description", "Quantity", "Unit of Measure", "Unit Price Excl. VAT", "Line Amount Excl. VAT"],
        [["FC-PLC-24", "PLC controller 24 I/O, 24 V DC", "10", "PCS", "685.00", "6,850.00"],
         ["FC-HMI-7", "HMI touch panel 7\", IP65", "10", "PCS", "520.00", "5,200.00"],
         ["FC-CAB-5", "Signal cable 5 m, 8 x 0.25 mm²", "50", "PCS", "14.00", "700.00"]],
        [("Total EUR Excl. VAT", "12,750.00"), ("VAT Amount", "0.00"), ("Total EUR Incl. VAT", "12,750.00")],
        {"doc_type": "quotation", "number": "SQ-104417", "date": "2037-10-11", "currency": "EUR",
         "subtotal": "12750.00", "tax": "0.00", "total": "12750.00", "buyer": "Liffey Automation Ltd",
         "seller": "Fenwick Controls Ltd", "incoterms": "DDP Dublin", "payment_terms": "Net 60 days"},
        [("FC-PLC-24", "PLC controller 24 I/O, 24 V DC", 10, "685.00", "6850.00"),
         ("FC-HMI-7", "HMI touch panel 7\", IP65", 10, "520.00", "5200.00"),
         ("FC-CAB-5", "Signal cable 5 m, 8 x 0.25 mm²", 50, "14.00", "700.00")],
        header_style="grid", widths=[2.2, 5.6, 1.6, 1.6, 2.0, 2.2]),
    Paper(
        "xero_proforma_en", "html_pdf", "Pro Forma Invoice",
        ["Kiwi Coast Marine Ltd", "14 Wharf Road, Auckland 1010, New Zealand"],
        [],
        ["Bill to", "Harbour Bay Trading Pte Ltd", "21 Tuas Avenue 3", "Singapore 639420"],
        ["Item", "Description", "Quantity", "Unit Price", "Amount USD"],
        [["KC-ANC-20", "Galvanised anchor 20 kg", "30", "142.00", "4,260.00"],
         ["KC-CH-10", "Anchor chain 10 mm, 50 m coil", "30", "388.00", "11,640.00"]],
        [("Subtotal", "15,900.00"), ("Total GST 0%", "0.00"), ("Amount Due USD", "15,900.00")],
        {"doc_type": "proforma_invoice", "number": "PF-0873", "date": "2037-10-14", "currency": "USD",
         "subtotal": "15900.00", "tax": "0.00", "total": "15900.00", "buyer": "Harbour Bay Trading Pte Ltd",
         "seller": "Kiwi Coast Marine Ltd", "incoterms": "CFR Singapore",
         "payment_terms": "50 % in advance, balance before shipment"},
        [("KC-ANC-20", "Galvanised anchor 20 kg", 30, "142.00", "4260.00"),
         ("KC-CH-10", "Anchor chain 10 mm, 50 m coil", 30, "388.00", "11640.00")],
        header_style="none",
        before=["Our pro forma invoice no. PF-0873 dated 14 October 2037.",
                "Delivery: CFR Singapore (Incoterms 2020). Payment terms: 50 % in advance, balance before "
                "shipment. All prices in USD."]),
    Paper(
        "tally_invoice_en", "xlsx_pdf", "COMMERCIAL INVOICE",
        ["Shree Ganesh Castings Pvt. Ltd.", "Plot 44, GIDC Estate, Rajkot 360003, Gujarat, India"],
        [("Invoice No.", "SGC/EXP/37-38/112"), ("Dated", "2-Nov-2037"), ("Currency", "USD"),
         ("Terms of Delivery", "FOB Mundra"), ("Mode/Terms of Payment", "D/P at sight")],
        ["Buyer", "Gulf Pumps Trading LLC", "PO Box 4471, Jebel Ali", "Dubai, UAE"],
        ["Sl No.", "Description of Goods", "HSN/SAC", "Quantity", "Rate", "per", "Amount"],
        [["1", "Cast iron pump casing 4\", machined", "84137010", "150 Nos", "46.20", "Nos", "6,930.00"],
         ["2", "Impeller 160 mm, bronze", "84139190", "300 Nos", "12.75", "Nos", "3,825.00"]],
        [("Total", "10,755.00"),
         ("Amount Chargeable (in words)", "US Dollar Ten Thousand Seven Hundred Fifty Five Only")],
        {"doc_type": "commercial_invoice", "number": "SGC/EXP/37-38/112", "date": "2037-11-02", "currency": "USD",
         "total": "10755.00", "buyer": "Gulf Pumps Trading LLC", "seller": "Shree Ganesh Castings Pvt. Ltd.",
         "incoterms": "FOB Mundra", "payment_terms": "D/P at sight"},
        [(None, "Cast iron pump casing 4\", machined", 150, "46.20", "6930.00"),
         (None, "Impeller 160 mm, bronze", 300, "12.75", "3825.00")]),
    Paper(
        "contrat_fr", "docx", "CONTRAT DE FOURNITURE N° CF-2037-041",
        [],
        [],
        [],
        ["N°", "Référence", "Désignation", "Quantité", "Prix unitaire (EUR)", "Montant (EUR)"],
        [["1", "VR-118", "Vérin pneumatique Ø 63 mm, course 200 mm", "10", "1 125,00", "11 250,00"],
         ["2", "VR-240", "Électrovanne 5/2, 24 V DC", "40", "75,00", "3 000,00"]],
        [("Total", "14 250,00")],
        {"doc_type": "contract", "number": "CF-2037-041", "date": "2037-11-20", "currency": "EUR",
         "total": "14250.00", "buyer": "Société Tunisienne de Robinetterie SA", "seller": "Atelier Vernier SAS",
         "incoterms": "CPT Tunis", "payment_terms": "30 % à la commande, solde à 60 jours date de connaissement"},
        [("VR-118", "Vérin pneumatique Ø 63 mm, course 200 mm", 10, "1125.00", "11250.00"),
         ("VR-240", "Électrovanne 5/2, 24 V DC", 40, "75.00", "3000.00")],
        header_style="none",
        before=["Fait à Besançon, le 20 novembre 2037",
                "Vendeur : Atelier Vernier SAS, 12 rue des Forges, 25000 Besançon, France",
                "Acheteur : Société Tunisienne de Robinetterie SA, Route de Sousse km 5, 2034 Ezzahra, Tunisie",
                "Article 1 – Objet",
                "Le Vendeur s'engage à livrer les marchandises désignées à l'Annexe 1.",
                "Article 2 – Prix",
                "2.1 Les prix s'entendent en EUR, CPT Tunis (Incoterms 2020). 2.2 Le montant total du contrat "
                "s'élève à 14 250,00 EUR.",
                "Article 3 – Conditions de paiement",
                "3.1 Conditions de paiement : 30 % à la commande, solde à 60 jours date de connaissement. "
                "3.2 Les frais bancaires hors de France sont à la charge de l'Acheteur.",
                "Annexe 1 – Marchandises et prix"]),
    Paper(
        "cotizacion_es", "html_pdf", "Cotización",
        ["Metalúrgica del Norte S.A.", "Polígono Industrial Asipo, Parcela 12, 33428 Llanera, Asturias, España"],
        [("Número", "COT-2037-0318"), ("Fecha", "25/11/2037"), ("Validez", "30 días"), ("Moneda", "EUR"),
         ("Condiciones de entrega", "EXW Llanera"), ("Condiciones de pago", "Pago a 60 días fecha factura")],
        ["Cliente", "Ingeniería Sureste Ltda.", "Av. Apoquindo 4501", "Santiago", "Chile"],
        ["Ref.", "Descripción", "Unidades", "Precio", "Dto. %", "Importe neto"],
        [["MN-BR-40", "Brida soldar DN40 PN16, acero S235", "200", "14,60", "5", "2.774,00"],
         ["MN-CD-90", "Codo 90° DN40, 2 uds./caja", "150", "9,80", "0", "1.470,00"]],
        [("Base imponible", "4.244,00"), ("IVA 0 %", "0,00"), ("Total cotización", "4.244,00 €")],
        {"doc_type": "quotation", "number": "COT-2037-0318", "date": "2037-11-25", "currency": "EUR",
         "subtotal": "4244.00", "tax": "0.00", "total": "4244.00", "buyer": "Ingeniería Sureste Ltda.",
         "seller": "Metalúrgica del Norte S.A.", "incoterms": "EXW Llanera",
         "payment_terms": "Pago a 60 días fecha factura"},
        [("MN-BR-40", "Brida soldar DN40 PN16, acero S235", 200, "14.60", "2774.00"),
         ("MN-CD-90", "Codo 90° DN40, 2 uds./caja", 150, "9.80", "1470.00")],
        shaded=True),
    Paper(
        "sales_contract_zh", "docx_pdf", "销售合同 SALES CONTRACT",
        [],
        [("合同编号", "HD-SC-2037-0088"), ("签订日期", "2037年12月3日"), ("卖方", "宁波恒达五金制品有限公司"),
         ("买方", "Pacific Hardware Supply Co., Ltd.")],
        [],
        ["序号", "货号", "品名及规格", "数量", "单价 (USD)", "金额 (USD)"],
        [["1", "HD-M1050", "不锈钢六角螺栓 M10×50 A2-70", "50,000", "0.062", "3,100.00"],
         ["2", "HD-N10", "不锈钢六角螺母 M10 A2-70", "50,000", "0.021", "1,050.00"]],
        [("合计金额", "USD 4,150.00")],
        {"doc_type": "contract", "number": "HD-SC-2037-0088", "date": "2037-12-03", "currency": "USD",
         "total": "4150.00", "buyer": "Pacific Hardware Supply Co., Ltd.", "seller": "宁波恒达五金制品有限公司",
         "incoterms": "FOB 宁波", "payment_terms": "30% 电汇预付，余款见提单复印件付清"},
        [("HD-M1050", "不锈钢六角螺栓 M10×50 A2-70", 50000, "0.062", "3100.00"),
         ("HD-N10", "不锈钢六角螺母 M10 A2-70", 50000, "0.021", "1050.00")],
        header_style="lines",
        before=["一、货物名称、数量及价格"],
        after=["二、交货条款：FOB 宁波", "三、付款方式：30% 电汇预付，余款见提单复印件付清。",
               "四、包装：纸箱包装，适合海运。"]),
    Paper(
        "packliste_de_en", "xlsx", "Packliste / Packing List",
        ["Rheinfeld Armaturen GmbH", "Werftstraße 21, 47119 Duisburg, Deutschland"],
        [("Packliste Nr. / Packing list No.", "PL-37-0533"), ("Datum / Date", "24.05.2037"),
         ("Rechnung / Invoice", "PR-37-0418"), ("Lieferbedingung / Incoterms", "CIP Almaty")],
        ["Empfänger / Consignee", "TOO Steppe Engineering", "pr. Abaya 52", "050000 Almaty", "Kasachstan"],
        ["Pos.", "Artikelnr. / Item No.", "Bezeichnung / Description", "Menge / Qty", "ME / Unit",
         "Kolli / Packages", "Brutto kg / Gross kg"],
        [["1", "RA-5016", "Kugelhahn DN50 PN16, Edelstahl", "24", "Stk", "2", "148,0"],
         ["2", "RA-5025", "Absperrklappe DN100 PN10", "8", "Stk", "1", "96,5"]],
        [("Kolli gesamt / Total packages", "3")],
        {"doc_type": "packing_list", "number": "PL-37-0533", "date": "2037-05-24",
         "buyer": "TOO Steppe Engineering", "seller": "Rheinfeld Armaturen GmbH", "incoterms": "CIP Almaty"},
        [("RA-5016", "Kugelhahn DN50 PN16, Edelstahl", 24, None, None),
         ("RA-5025", "Absperrklappe DN100 PN10", 8, None, None)]),
]


# -- producers

def _shade(cell: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), "D9D9D9")
    cell._tc.get_or_add_tcPr().append(shd)


def render_docx(p: Paper, path: Path) -> None:
    """A Word print: letterhead, title, the header box beside the buyer's address (or a caption grid, or lines),
    the item table (narrow columns wrap their captions), the totals under the amount column, closing lines."""
    import docx
    from docx.shared import Cm, Pt

    d = docx.Document()
    d.styles["Normal"].font.size = Pt(9)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    for k, line in enumerate(p.letterhead):
        para = d.add_paragraph(line)
        if k == 0:
            para.runs[0].bold = True
    d.add_paragraph(p.title).runs[0].bold = True
    if p.header_style == "box":
        rows = max(len(p.buyer), len(p.header))
        t = d.add_table(rows=rows, cols=3)
        for k in range(rows):
            if k < len(p.buyer):
                t.cell(k, 0).text = p.buyer[k]
            if k < len(p.header):
                t.cell(k, 1).text, t.cell(k, 2).text = p.header[k]
        for k, w in enumerate((Cm(8.5), Cm(4.5), Cm(5.0))):
            for c in t.columns[k].cells:
                c.width = w
    else:
        if p.header_style == "grid":
            t = d.add_table(rows=2, cols=len(p.header))
            t.style = "Table Grid"
            for j, (cap, val) in enumerate(p.header):
                t.cell(0, j).text, t.cell(1, j).text = cap, val
        elif p.header_style == "lines":
            for cap, val in p.header:
                d.add_paragraph(f"{cap}: {val}")
        d.add_paragraph("")
        if p.buyer:
            if p.buyer[0]:
                d.add_paragraph(p.buyer[0] + ":").runs[0].bold = True
            for line in p.buyer[1:]:
                d.add_paragraph(line)
    d.add_paragraph("")
    for line in p.before:
        d.add_paragraph(line)
    t = d.add_table(rows=1, cols=len(p.columns))
    t.style = "Table Grid"
    for j, cap in enumerate(p.columns):
        t.cell(0, j).text = cap
        if p.shaded:
            _shade(t.cell(0, j))
    for row in p.rows:
        cells = t.add_row().cells
        for j, val in enumerate(row):
            cells[j].text = val
    for cap, val in p.totals:
        cells = t.add_row().cells
        cells[len(p.columns) - 2].text = cap
        cells[len(p.columns) - 1].text = val
    if p.widths:
        t.autofit = False
        for j, w in enumerate(p.widths):
            for c in t.columns[j].cells:
                c.width = Cm(w)
    d.add_paragraph("")
    for line in p.after:
        d.add_paragraph(line)
    d.save(str(path))


def render_xlsx(p: Paper, path: Path) -> None:
    """A spreadsheet print: the buyer's address in column A, the header box captions and values in the last two
    columns beside it, the item table, the totals in the last two columns."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = openpyxl.Workbook()
    ws = wb.active
    n = len(p.columns)
    for line in p.letterhead:
        ws.append([line])
    ws.append([p.title])
    ws.cell(ws.max_row, 1).font = Font(bold=True, size=14)
    ws.append([])
    start = ws.max_row + 1
    for k in range(max(len(p.buyer), len(p.header))):
        r = start + k
        if k < len(p.buyer):
            ws.cell(r, 1, p.buyer[k] + (":" if k == 0 and p.buyer[k] else ""))
        if k < len(p.header):
            ws.cell(r, n - 1, p.header[k][0])
            ws.cell(r, n, p.header[k][1])
    ws.append([])
    for line in p.before:
        ws.append([line])
    ws.append(p.columns)
    for j in range(1, n + 1):
        c = ws.cell(ws.max_row, j)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if p.shaded:
            c.fill = PatternFill("solid", fgColor="D9D9D9")
    for row in p.rows:
        ws.append(row)
        for j in range(1, n + 1):
            ws.cell(ws.max_row, j).alignment = Alignment(wrap_text=True, vertical="top")
    ws.append([])
    for cap, val in p.totals:
        ws.append([None] * (n - 2) + [cap, val])
    for line in p.after:
        ws.append([line])
    # each column as wide as its longest cell (the header box's captions and values included), as a print set up
    # by hand; the buyer's address lines share column A with the item codes
    for j, col in enumerate("ABCDEFGHIJ"[:n]):
        cells = [ws.cell(r, j + 1).value for r in range(start, ws.max_row + 1)
                 if sum(ws.cell(r, k).value is not None for k in range(1, n + 1)) > 1]
        longest = max((len(line) for v in cells if v is not None for line in str(v).split("\n")), default=6)
        ws.column_dimensions[col].width = min(48, max(8, longest + 2))
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    wb.save(str(path))


def render_html(p: Paper, path: Path) -> None:
    """A web print (Odoo/NetSuite/Xero style): letterhead, title, the header box right of the buyer's address or a
    caption grid, the item table with a shaded caption band, the totals box on the right."""
    css = """body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10px; margin: 28px; }
    h1 { font-size: 18px; } table { border-collapse: collapse; }
    table.items { width: 100%; margin-top: 14px; }
    table.items th { background: #d9d9d9; text-align: left; padding: 6px 5px; font-weight: 600; }
    table.items td { padding: 5px; vertical-align: top; border-bottom: 1px solid #ccc; }
    table.items td.num, table.items th.num { text-align: right; }
    table.grid td { border: 1px solid #999; padding: 3px 8px; }
    table.totals { margin-left: auto; margin-top: 10px; } table.totals td { padding: 2px 8px; text-align: right; }
    .top { width: 100%; } .top td { vertical-align: top; padding: 1px 12px 1px 0; }"""
    out = [f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    if p.letterhead:
        out.append(f"<p><b>{_esc(p.letterhead[0])}</b><br>{'<br>'.join(_esc(x) for x in p.letterhead[1:])}</p>")
    out.append(f"<h1>{_esc(p.title)}</h1>")
    buyer = ""
    if p.buyer:
        buyer = (f"<b>{_esc(p.buyer[0])}</b><br>" if p.buyer[0] else "") + "<br>".join(_esc(x) for x in p.buyer[1:])
    if p.header_style == "box":
        box = "<table>" + "".join(f"<tr><td>{_esc(c)}</td><td>{_esc(v)}</td></tr>" for c, v in p.header) + "</table>"
        out.append(f"<table class='top'><tr><td>{buyer}</td><td style='width:45%'>{box}</td></tr></table>")
    else:
        if p.header_style == "grid":
            out.append("<table class='grid'><tr>" + "".join(f"<td>{_esc(c)}</td>" for c, _v in p.header) +
                       "</tr><tr>" + "".join(f"<td>{_esc(v)}</td>" for _c, v in p.header) + "</tr></table>")
        out.append(f"<p>{buyer}</p>")
    out += [f"<p>{_esc(x)}</p>" for x in p.before]
    num = {j for j, c in enumerate(p.columns) if j >= 2 and j >= len(p.columns) - 3}
    out.append("<table class='items'><tr>" + "".join(
        f"<th{' class=num' if j in num else ''}>{_esc(c)}</th>" for j, c in enumerate(p.columns)) + "</tr>")
    for row in p.rows:
        out.append("<tr>" + "".join(f"<td{' class=num' if j in num else ''}>{_esc(v)}</td>"
                                    for j, v in enumerate(row)) + "</tr>")
    out.append("</table><table class='totals'>")
    out += [f"<tr><td>{_esc(c)}</td><td>{_esc(v)}</td></tr>" for c, v in p.totals]
    out.append("</table>")
    out += [f"<p>{_esc(x)}</p>" for x in p.after]
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every paper built once: native files as they are, PDFs in one LibreOffice batch and Chromium prints."""
    out = tmp_path_factory.mktemp("own_paperwork")
    src = out / "_src"
    src.mkdir()
    files: dict[str, Path] = {}
    convert: list[Path] = []
    prints: list[Path] = []
    for p in PAPERS:
        kind, _, pdf = p.fmt.partition("_")
        if kind == "html":
            render_html(p, src / f"{p.id}.html")
            prints.append(src / f"{p.id}.html")
        else:
            target = (src if pdf else out) / f"{p.id}.{kind}"
            (render_docx if kind == "docx" else render_xlsx)(p, target)
            if pdf:
                convert.append(target)
        files[p.id] = out / f"{p.id}.{'pdf' if pdf else kind}"
    if shutil.which("libreoffice"):
        to_pdf(convert, out)
    if shutil.which("chromium"):
        html_to_pdf(prints, out)
    return files


# -- comparison

def _text(v: Any) -> str:
    return " ".join(str(v).split()).casefold().rstrip(".。 ")


def _field(want: Any, got: Any, name: str) -> bool:
    if name in ("subtotal", "tax", "total"):
        return got is not None and Decimal(str(got)) == Decimal(want)
    if name in ("buyer", "seller"):
        got = (got or {}).get("name")
    return got is not None and _text(got) == _text(want)


def _parsed(built: dict[str, Path], p: Paper) -> dict[str, Any]:
    path = built[p.id]
    if not path.exists():
        pytest.skip(f"{path.name} was not produced (LibreOffice or Chromium missing)")
    docs = [d.to_json() for d in parse_bytes(path.read_bytes(), path.name, limits=Limits(isolate=False)).documents]
    assert docs, "no document read"
    return next((d for d in docs if d.get("doc_type") == p.want["doc_type"]), docs[0])


def _key(sku: Any, qty: Any, price: Any, amount: Any) -> tuple[Any, ...]:
    return ("".join(str(sku or "").split()).upper(), float(qty or 0),
            Decimal(str(price)) if price is not None else None, Decimal(str(amount)) if amount is not None else None)


# papers whose header fields / line items the rules do not read yet
# (cotizacion_es: a bare "Número" caption in the header box – read as the number's caption it took other numbers
# of the ZUGFeRD invoices' visible text, "Nummer" beside a customer's or an article's number: dropped)
HEADER_XFAIL: set[str] = {"cotizacion_es"}
ITEMS_XFAIL: set[str] = set()


def _params(xfail: set[str]) -> list[Any]:
    return [pytest.param(p, id=p.id, marks=[pytest.mark.xfail(strict=True)] if p.id in xfail else [])
            for p in PAPERS]


@pytest.mark.parametrize("paper", _params(HEADER_XFAIL))
def test_header_fields(built: dict[str, Path], paper: Paper) -> None:
    doc = _parsed(built, paper)
    wrong = {k: (v, doc.get(k)) for k, v in paper.want.items()
             if not (doc.get(k) == v if k == "doc_type" else _field(v, doc.get(k), k))}
    assert not wrong, wrong


@pytest.mark.parametrize("paper", _params(ITEMS_XFAIL))
def test_line_items(built: dict[str, Path], paper: Paper) -> None:
    doc = _parsed(built, paper)
    got = doc.get("line_items") or []
    want = Counter(_key(s, q, pr, a) for s, _d, q, pr, a in paper.items)
    have = Counter(_key(i.get("sku"), i.get("quantity"), i.get("unit_price"), i.get("amount")) for i in got)
    assert want == have, (sorted(want.items(), key=str), sorted(have.items(), key=str))
    texts = sorted(_text(i.get("description") or "") for i in got)
    assert texts == sorted(_text(d) for _s, d, _q, _p, _a in paper.items)


# -- the rules the battery asked for, each with its negative

def _doc(text: str) -> Any:
    docs = parse_bytes(text.encode("utf-8"), "doc.txt", limits=Limits(isolate=False)).documents
    assert docs, "no document extracted"
    return docs[0]


def _pdf(rows: list[tuple[float, float, str]]) -> Any:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 8)
    for x, y, text in rows:
        c.drawString(x, 842 - y, text)
    c.save()
    (doc,) = parse_bytes(buf.getvalue(), "doc.pdf", limits=Limits(isolate=False)).documents
    return doc


def test_an_item_heading_wrapped_in_its_narrow_column_is_no_net_value_caption() -> None:
    # "Unit" over "price", "Net" over "value": the table's headings; the first line's amount under "value" is no
    # net value of the document, the totals row is
    heads = [(48, "Item"), (90, "Material"), (160, "Description"), (330, "Qty"), (380, "Unit"), (450, "Net")]
    rows = [(48, 80, "QUOTATION"), (48, 95, "Quotation No.: 20041187"), *[(x, 140, t) for x, t in heads],
            (380, 149, "price"), (450, 149, "value"),
            (48, 162, "10"), (90, 162, "HM-2040"), (160, 162, "Gear pump housing"), (330, 162, "12"),
            (380, 162, "184.50"), (450, 162, "2,214.00"),
            (48, 174, "20"), (90, 174, "HM-2210"), (160, 174, "Steel flange DN50"), (330, 174, "40"),
            (380, 174, "36.75"), (450, 174, "1,470.00"),
            (330, 194, "Total net value"), (450, 194, "3,684.00"), (330, 206, "Total amount EUR"),
            (450, 206, "3,684.00")]
    doc = _pdf(rows)
    assert doc.subtotal == Decimal("3684.00") and doc.total == Decimal("3684.00")
    assert [(i.sku, i.amount) for i in doc.line_items] == [("HM-2040", Decimal("2214.00")),
                                                            ("HM-2210", Decimal("1470.00"))]


def test_a_caption_wrapped_in_the_header_box_still_joins() -> None:
    # negative: "Invoice" over "Number" beside its value in the header box is no item heading row; it still joins
    doc = _pdf([(48, 80, "INVOICE"), (300, 100, "Invoice"), (300, 109, "Number"), (400, 109, "INV-2037-77"),
                (300, 121, "Date"), (400, 121, "03.04.2037"), (48, 160, "Total: EUR 10.00")])
    assert doc.number == "INV-2037-77"


def test_a_total_including_freight_is_the_total() -> None:
    base = "INVOICE\nInvoice No.: 77\nNet value   1,000.00\nFreight   50.00\n"
    assert _doc(base + "Grand total incl. freight   EUR 1,050.00\n").total == Decimal("1050.00")
    assert _doc(base + "Gesamtbetrag inkl. Fracht und Verpackung   EUR 1,050.00\n").total == Decimal("1050.00")
    assert _doc("INVOICE\nInvoice No.: 77\nTotal incl. freight and insurance   EUR 1,050.00\n").total == \
        Decimal("1050.00")


def test_a_total_excluding_freight_is_no_total() -> None:
    # negative: without the carriage it is not what is due
    d = _doc("INVOICE\nInvoice No.: 77\nNet value   1,000.00\nTotal excl. freight   EUR 1,000.00\n"
             "Freight   50.00\nAmount due   EUR 1,050.00\n")
    assert d.total == Decimal("1050.00")


def test_a_sell_to_heading_names_the_buyer() -> None:
    d = _doc("Sales - Quote\nQuote No.: SQ-1\nSell-to:\nLiffey Automation Ltd\nUnit 4, Ballymount Road\nDublin 12\n")
    assert d.buyer is not None and d.buyer.name == "Liffey Automation Ltd"


def test_a_material_name_column_holds_the_description() -> None:
    d = _doc("报价单\n报价单号: BJ-1\n序号   物料编码   物料名称   数量   单价   金额\n"
             "1   HD-1   不锈钢螺栓 M12   100   0.50   50.00\n合计: USD 50.00\n")
    assert [(i.sku, i.description) for i in d.line_items] == [("HD-1", "不锈钢螺栓 M12")]


CONTRACT = "SUPPLY CONTRACT\nContract No.: SC-1\n3. TERMS OF PAYMENT\n{}\n4. WARRANTY\n"


def test_a_payment_heading_over_its_captioned_sub_clause() -> None:
    d = _doc(CONTRACT.format("3.1 Payment terms: 30 % advance by T/T, 70 % against copy of B/L. "
                             "3.2 Bank charges are for the Buyer."))
    assert d.payment_terms == "30 % advance by T/T, 70 % against copy of B/L"


def test_a_payment_heading_over_prose_about_the_terms_gives_none() -> None:
    # negative: the sub-clause only says where the terms are
    d = _doc(CONTRACT.format("3.1 Payment terms are set out in Schedule 2. 3.2 Bank charges are for the Buyer."))
    assert d.payment_terms is None


def test_a_chinese_clause_counted_in_chinese_numerals() -> None:
    d = _doc("销售合同\n合同编号：HD-1\n二、交货条款：FOB 宁波\n三、付款方式：30% 电汇预付，余款见提单复印件付清。\n"
             "四、包装：纸箱包装。\n")
    assert d.payment_terms == "30% 电汇预付，余款见提单复印件付清"
    assert d.incoterms == "FOB 宁波"
    # negative: a packing clause is no terms
    assert _doc("销售合同\n合同编号：HD-1\n三、包装：纸箱包装，适合海运。\n").payment_terms is None


@pytest.mark.xfail(strict=True, reason="a bare 'Número' caption: dropped, it misread the ZUGFeRD visible text")
def test_a_bare_number_word_in_the_header_box() -> None:
    assert _doc("Cotización\nNúmero   COT-2037-0318\nFecha   25/11/2037\nTotal: 10,00 EUR\n").number == \
        "COT-2037-0318"
    # negative: the number of something else
    assert _doc("Cotización\nNúmero de cuenta: ES12 3456 7890\nFecha   25/11/2037\nTotal: 10,00 EUR\n").number \
        is None


def test_the_papers_own_number_named_in_a_sentence() -> None:
    d = _doc("Pro Forma Invoice\nOur pro forma invoice no. PF-0873 dated 14 October 2037.\nTotal: USD 10.00\n")
    assert d.number == "PF-0873"
    assert _doc("Angebot\nUnser Angebot Nr. AN-2037-7 vom 3. März 2037\nGesamtbetrag: 10,00 EUR\n").number == \
        "AN-2037-7"
    # negative: the buyer's order named in a sentence is a reference, not the paper's number
    d = _doc("Pro Forma Invoice\nWe refer to your order no. PO-4471 dated 2 October 2037.\nTotal: USD 10.00\n")
    assert d.number is None


def test_a_heading_naming_its_text_in_two_parts_over_its_translation() -> None:
    from parsers.extract.lineitems import _role_of
    from parsers.extract.vocab import labels

    cols = labels("columns")
    # "物料名称 / 规格型号" (name / specification) over "Description": one column, its text
    assert (_role_of("物料名称 / 规格型号\nDescription", cols) or ("",))[0] == "description"
    # negative: two stacked lines naming different columns are no one heading
    assert _role_of("物料名称 / 规格型号\nUnit price", cols) is None
