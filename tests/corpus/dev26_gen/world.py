"""The twenty-fifth holdout's fictitious partners (Zimbabwe, Guyana, Bosnia and Herzegovina writing German, Chad
writing French, Cuba writing Spanish, Papua New Guinea with a Chinese-owned refinery writing Chinese)."""
from __future__ import annotations

# Record types only; every partner, product and wording below is new.
from tests.corpus.dev4_gen.layouts import Style
from tests.corpus.dev4_gen.world import Partner
from tests.corpus.docs import Party

US = Party("Northwind Components Ltd.", "12 Dockside Road, Southampton SO14 3AB, United Kingdom")
US_SALES = "Anna Keller <anna.keller@example.com>"
ORDERS = "orders@example.com"
COLLEAGUE = "Callum Fairweather <callum.fairweather@example.com>"


def ours(pay_lang: str, pay_num: str = "en", pay_date: str = "slash_dmy",
         claim: Style | None = None) -> dict[str, tuple[str, Style]]:
    """Our own paperwork (Brightpearl-style sales documents, the order confirmation that becomes the contract when
    countersigned, the Cin7-style packing list, the consolidator's house air waybill), the customer's payment
    voucher for payments and the customer's maintenance-system failure report for claims."""
    return {"quotation": ("L238", Style("en", "en", "mon")),
            "proforma_invoice": ("L238", Style("en", "en", "mon")),
            "commercial_invoice": ("L238", Style("en", "en", "mon")),
            "contract": ("L239", Style("en", "en", "slash_dmy")),
            "shipping_notice": ("L240", Style("en", "en", "iso")),
            "bill_of_lading": ("L241", Style("en", "en", "bl")),
            "payment_advice": ("L242", Style(pay_lang, pay_num, pay_date)),
            "inspection_report": ("L243", claim or Style("en", "en", "mon"))}


PARTNERS = {
    "ZW": Partner(
        "ZW", Party("Mazowe Valley Citrus Packers (Pvt) Ltd", "Stand 1147, Chiwaridzo Road, Bindura, Mashonaland "
                    "Central, Zimbabwe"),
        "Tatenda Mhlanga", "t.mhlanga@mazowe-citrus.example", "en", "en", "outlook", "en", "RE: ", "USD",
        "CIP Harare", "30 days from date of air waybill", None, None, "Africa/Harare", "each",
        (("BR", "Fruit washer brush roller, nylon bristle, {n} mm long", "148.00", (1200, 1500, 1800)),
         ("WX", "Wax applicator nozzle, flat fan {n} deg", "6.40", (65, 80, 110)),
         ("CU", "Singulator cup, polyurethane, size {n}", "2.85", (1, 2, 3)),
         ("LC", "Load cell for weight sizer, {n} kg", "286.00", (3, 5, 10)),
         ("BG", "Flanged bearing unit, bore {n} mm", "21.70", (20, 25, 30)),
         ("DF", "Drying tunnel fan motor, {n} kW", "612.00", (1, 2, 4))),
        (2, 3, 4, 5, 6, 8),
        "Regards,\n\nTatenda Mhlanga\nProcurement Officer – Engineering\nMazowe Valley Citrus Packers (Pvt) Ltd\n"
        "Stand 1147, Chiwaridzo Road, Bindura | +263 271 6418 22 | +263 77 241 8227",
        {**ours("en", "en", "slash_dmy"), "purchase_order": ("L244", Style("en", "en", "slash_dmy"))},
        {"sku": "MVC/{code}/{n:04d}", "reg": "BP No. 200418227 · VAT Reg. No. 10041822",
         "signatory": "Farai Dube", "buyer_title": "Managing Director", "city": "Bindura",
         "bank": "Mashonaland Merchant Bank Limited", "iban": "USD FCA 0418 2271 0027", "bic": "MMBLZWHX",
         "ship_to": "MVC packhouse engineering stores, Stand 1147, Chiwaridzo Road, Bindura"}),
    "GY": Partner(
        "GY", Party("Essequibo Coast Rice Milling Inc.", "Lot 12 Public Road, Anna Regina, Essequibo Coast, "
                    "Region 2, Guyana"),
        "Devendra Persaud", "d.persaud@essequibo-rice.example", "en", "en", "gmail", "en", "Re: ", "GBP",
        "CPT Georgetown", "30% with order, balance before despatch", None, None, "America/Guyana", "pc",
        (("HR", "Rubber husker roll, {n} in x 10 in", "96.00", (6, 8, 10)),
         ("WS", "Whitening machine screen, {n} mesh", "54.00", (10, 12, 14)),
         ("EB", "Bucket elevator bucket, nylon, {n} mm", "4.20", (150, 180, 230)),
         ("CE", "Colour sorter ejector valve block, {n} channels", "388.00", (64, 128, 192)),
         ("PB", "Polisher cone brake block, grit {n}", "27.50", (36, 46, 60)),
         ("BN", "Paddy dryer burner nozzle, {n} GPH", "33.80", (2, 3, 5))),
        (2, 3, 4, 5, 6, 10),
        "Thanks\nDevendra\n\nDevendra Persaud\nMill Engineer / Purchasing\nEssequibo Coast Rice Milling Inc.\n"
        "Anna Regina, Essequibo Coast | +592 771 4182 | WhatsApp +592 624 1822",
        {**ours("en", "en", "mon")},
        {"sku": "ECR{n:03d}-{code}", "reg": "TIN 010418227 · Business Reg. No. 4182/2019",
         "signatory": "Rajendra Seenarine", "buyer_title": "Director", "city": "Anna Regina",
         "bank": "Demerara Commercial Bank Ltd.", "iban": "GBP A/C 0041-8227-106", "bic": "DCBLGYGE",
         "ship_to": "ECRM mill stores, Lot 12 Public Road, Anna Regina"}),
    "BA": Partner(
        "BA", Party("Ljevaonica Vrbas d.o.o.", "Kninska 14, 78000 Banja Luka, Bosnien und Herzegowina"),
        "Jasmina Kovačević", "j.kovacevic@ljevaonica-vrbas.example", "de", "de", "apple", "de", "Re: ", "EUR",
        "DAP Banja Luka", "60 Tage netto ab Rechnungsdatum", None, None, "Europe/Sarajevo", "Stk.",
        (("SB", "Schleuderradschaufel für Strahlanlage, Breite {n} mm", "64.00", (60, 75, 90)),
         ("ZB", "Zentrierbolzen für Formkasten, Ø {n} mm", "12.40", (20, 25, 32)),
         ("KD", "Kernschießdüse, Bohrung {n} mm", "8.90", (8, 10, 12)),
         ("TE", "Thermoelement Typ K mit Schutzrohr, Länge {n} mm", "142.00", (500, 750, 1000)),
         ("PZ", "Pneumatikzylinder Ø {n} mm, Hub 200 mm", "236.00", (50, 63, 80)),
         ("IS", "Induktorspule für Mittelfrequenzofen, Tiegel {n} kg", "4860.00", (250, 500, 750))),
        (2, 3, 4, 5, 6, 8),
        "Mit freundlichen Grüßen\n\nJasmina Kovačević\nEinkauf / Nabavka\nLjevaonica Vrbas d.o.o.\nKninska 14, "
        "78000 Banja Luka, Bosnien und Herzegowina\nTel. +387 51 418 227 | Mob. +387 65 418 227",
        {**ours("de", "de", "dot", Style("de", "de", "dot")), "purchase_order": ("L245", Style("de", "de", "dot"))},
        {"sku": "LV{code}-{n:04d}", "reg": "JIB 4402418227006 · PDV-Nr. 402418227006",
         "signatory": "Dragan Marić", "buyer_title": "Direktor / Geschäftsführer", "city": "Banja Luka",
         "bank": "Krajina Privredna Banka a.d. Banja Luka", "iban": "BA39 5620 0000 4182 2710", "bic": "KPBBBA22",
         "name_bs": "LJEVAONICA VRBAS d.o.o. Banja Luka",
         "ship_to": "Ljevaonica Vrbas, Wareneingang Tor 2, Kninska 14, 78000 Banja Luka"}),
    "TD": Partner(
        "TD", Party("Société Cotonnière du Logone SA", "Zone industrielle, BP 318, Moundou, République du Tchad"),
        "Abakar Mahamat Saleh", "a.mahamat@cotonniere-logone.example", "fr", "fr", "outlook", "fr", "RE : ", "EUR",
        "CPT N'Djamena", "30 % à la commande, solde avant enlèvement", None, None, "Africa/Ndjamena", "pce",
        (("SG", "Scie d'égreneuse Ø {n} mm, 280 dents", "7.80", (305, 320, 406)),
         ("CB", "Côte de brosse pour égreneuse, longueur {n} mm", "46.00", (900, 1200, 1500)),
         ("RN", "Rouleau de nettoyeur à pointes Ø {n} mm", "318.00", (200, 250, 300)),
         ("CP", "Courroie trapézoïdale SPB {n}", "14.60", (2000, 2500, 3150)),
         ("PV", "Palier à semelle en fonte, alésage {n} mm", "38.50", (40, 50, 60)),
         ("JP", "Joint de vérin de presse à balles Ø {n} mm", "124.00", (160, 200, 250))),
        (2, 3, 4, 5, 6, 8),
        "Cordialement,\n\nAbakar Mahamat Saleh\nChef du service approvisionnement\nSociété Cotonnière du Logone SA\n"
        "Zone industrielle, BP 318, Moundou – Tchad\nTél. +235 22 69 41 82 | Mobile +235 66 41 82 27",
        {**ours("fr", "fr", "slash_dmy", Style("fr", "fr", "fr_long")),
         "purchase_order": ("L246", Style("fr", "fr", "slash_dmy"))},
        {"sku": "SCL-{code}.{n}", "reg": "NIF 9004182271 · RCCM TD-MDO-2011-B-418",
         "signatory": "Ahmat Youssouf Brahim", "buyer_title": "Directeur général", "city": "Moundou",
         "bank": "Banque Sahélienne du Logone", "iban": "Compte EUR 40182 27100 4470 21", "bic": "BSLOTDND",
         "ship_to": "SCL, magasin central, zone industrielle, Moundou"}),
    "CU": Partner(
        "CU", Party("Comercializadora Central Azucarera S.A.", "Calle 23 No. 1104 entre 10 y 12, Vedado, "
                    "La Habana, Cuba"),
        "Yaimara Fonseca Rodríguez", "yfonseca@cca-azucar.example", "es", "es", "html", "es", "RE: ", "EUR",
        "CIP La Habana", "Pago a 90 días de la fecha de factura", None, None, "America/Havana", "u",
        (("CM", "Camisa de maza de molino Ø {n} mm", "6840.00", (900, 1000, 1100)),
         ("CT", "Cuchilla de picadora de caña, {n} mm", "38.20", (400, 450, 500)),
         ("TC", "Tubo de calentador de jugo, cuproníquel, {n} mm", "24.60", (32, 38, 45)),
         ("EM", "Empaquetadura trenzada para bomba de guarapo, {n} mm", "3.95", (10, 12, 16)),
         ("CD", "Cadena de conductor de caña, paso {n} mm", "412.00", (152, 203, 254)),
         ("VM", "Válvula de mariposa para vapor, DN{n}", "286.00", (100, 150, 200))),
        (2, 3, 4, 5, 6, 8),
        "Saludos cordiales,\n\nYaimara Fonseca Rodríguez\nEspecialista Principal de Importaciones\n"
        "Comercializadora Central Azucarera S.A.\nCalle 23 No. 1104, Vedado, La Habana | Tel. (+53) 7 841 8227",
        {**ours("es", "en", "slash_dmy")},
        {"sku": "CCA.{code}.{n:04d}", "reg": "NIT 01000418227 · Código REEUP 101.0.04182",
         "signatory": "Ing. Raúl Echevarría Pérez", "buyer_title": "Director General", "city": "La Habana",
         "bank": "Banco Internacional de Comercio Habanero", "iban": "Cuenta EUR 0604 1822 7100 0415",
         "bic": "BICHCUHH", "ship_to": "Almacén central CCA, Carretera de Rancho Boyeros Km 7, La Habana"}),
    "PG": Partner(
        "PG", Party("Sepik Zhongjin Metals Refining Ltd", "Section 12, Modilon Road, Madang 511, Madang Province, "
                    "Papua New Guinea"),
        "Zhou Jianping", "zhou.jianping@sepik-zhongjin.example", "zh", "en", "gmail", "zh", "回复：", "AUD",
        "DAP Madang", "T/T 30 days after arrival of goods", None, None, "Pacific/Port_Moresby", "PCS",
        (("AS", "Autoclave agitator seal cartridge, shaft {n} mm", "3960.00", (120, 150, 180)),
         ("KG", "Knife-gate valve titanium liner, DN{n}", "742.00", (80, 100, 150)),
         ("FC", "Filter press cloth, PP, {n} mm plate", "86.00", (800, 1000, 1250)),
         ("PH", "Peristaltic pump hose, NR, ID {n} mm", "318.00", (32, 50, 65)),
         ("RB", "Thickener rake drive bearing, {n} mm", "1180.00", (200, 250, 300)),
         ("GK", "PTFE envelope gasket, DN{n}", "9.40", (50, 80, 100))),
        (2, 3, 4, 5, 6, 8),
        "此致\n\n周建平 Zhou Jianping\n物资部 采购主管 Procurement Supervisor\n塞皮克中金金属精炼有限公司\n"
        "Sepik Zhongjin Metals Refining Ltd, Madang | 电话 +675 422 4182 | 手机/微信 +675 7241 8227",
        {**ours("zh", "en", "zh_long"), "purchase_order": ("L247", Style("zh", "en", "iso"))},
        {"sku": "SZ{code}{n:04d}", "reg": "IPA Cert. No. 1-84182 · TIN 501418227",
         "signatory": "Liu Zhenhua 刘振华", "buyer_title": "总经理 General Manager", "city": "Madang",
         "bank": "Morobe Pacific Bank Limited", "iban": "AUD A/C 7004 1822 7155", "bic": "MPBLPGPM",
         "name_zh": "塞皮克中金金属精炼有限公司",
         "ship_to": "SZM refinery central stores, Basamuk access road, Madang Province"}),
}
