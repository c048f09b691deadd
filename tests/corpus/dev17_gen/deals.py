"""The sixteenth holdout's deal scripts, with the words each side writes (new wording, not dev..dev16's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    Deal("ho16-EE1", "EE", dt.date(2030, 9, 2), 16, "OT-2030-0412",
         {"q": "SQ-30-10388", "ctr": "CS-30-077", "inv": "AR-30-20514", "sn": "PK-30-5507",
          "pay": "FT3030LPE8812"}, [
        S("enquiry", "partner", "Enquiry – saw line spares for the October maintenance week",
          "Hi Anna,\n\nour sawmill stops for maintenance in week 42. Could you send a price for the parts below, "
          "delivered DAP Pärnu?\n\n{needs}\n\nThe goods should be with us by 10 October.\n\n"),
        S("quote", "us", None,
          "Hi Margus,\n\nmany thanks for the enquiry. Please find our sales quotation {q} attached. Everything is "
          "in stock or due in within two weeks, so 10 October is fine.\n\nBest regards,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Hi Anna,\n\nthanks for {q}. The band saw blades come out higher than our current supplier's. If you can "
          "move on the price, the whole list goes to you.\n\n", gap=2),
        S("negotiation", "us", None,
          "Hi Margus,\n\nwe can give 3 % on all positions of {q}. Terms and delivery stay the same.\n\nBest "
          "regards,\n", gap=1),
        S("order", "partner", None,
          "Hi Anna,\n\ngood, thank you. Our purchase order {po} with the reduced prices is attached. Please send "
          "the invoice and your contract.\n\n", docs=(("purchase_order", "pdf"),), gap=1),
        S("order", "us", None,
          "Hi Margus,\n\nthank you for {po}. Attached are our invoice {inv} and the contract of sale {ctr} in Word "
          "format. Please sign and return the contract; we ship once we have it.\n\nBest regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", "Contract {ctr} signed",
          "Hi Anna,\n\nKadri has signed the contract {ctr}, scan attached.\n\n", docs=(("contract", "pdf"),),
          signed=True, new_thread=True, gap=2),
        S("shipping", "us", None,
          "Hi Margus,\n\norder {po} was collected this morning by our haulier, consignment note {track}; transit "
          "via Travemünde and Tallinn, about five days. Packing list attached.\n\nBest regards,\n",
          docs=(("shipping_notice", "pdf"),), gap=10),
        S("payment", "partner", "Payment of invoice {inv}",
          "Hi Anna,\n\ninvoice {inv} was paid today, {paid}. The bank's debit advice is attached for your "
          "records.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=24),
    ], discount=Decimal("0.97"), tracking="road"),
    Deal("ho16-LT1", "LT", dt.date(2030, 9, 9), 12, "UZ-30/0917",
         {"q": "SQ-30-10402", "ctr": "CS-30-081", "inv": "AR-30-20541", "sn": "PK-30-5521"}, [
        S("enquiry", "partner", "Anfrage Hydraulikkomponenten",
          "Sehr geehrte Frau Keller,\n\nwir warten Hydraulikanlagen für Landmaschinen und möchten Sie als "
          "Lieferanten kennenlernen. Bitte bieten Sie uns DAP Kaunas an:\n\n{needs}\n\nWie lang ist Ihre "
          "Lieferzeit?\n\n"),
        S("quote", "us", None,
          "Sehr geehrter Herr Kazlauskas,\n\nbesten Dank für Ihr Interesse. Unser Angebot {q} finden Sie im "
          "Anhang; Lieferzeit ca. 2–3 Wochen nach Auftrag.\n\nMit freundlichen Grüßen\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Sehr geehrte Frau Keller,\n\nauf Grundlage Ihres Angebots {q} erhalten Sie anbei unsere Bestellung {po}. "
          "Bitte schicken Sie uns Rechnung und Vertrag.\n\n", docs=(("purchase_order", "docx"),), gap=6),
        S("order", "us", None,
          "Sehr geehrter Herr Kazlauskas,\n\nvielen Dank für die Bestellung {po}. Anbei die Rechnung {inv} und der "
          "Kaufvertrag {ctr} zur Unterschrift.\n\nMit freundlichen Grüßen\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("production", "partner", None,
          "Sehr geehrte Frau Keller,\n\nwann können Sie {po} versenden? Unser Kunde fragt nach einem Termin.\n\n",
          gap=5),
        S("contract", "partner", None,
          "Sehr geehrte Frau Keller,\n\nentschuldigen Sie die Verzögerung – anbei der von Frau Petrauskienė "
          "unterschriebene Vertrag {ctr}.\n\n", docs=(("contract", "pdf"),), signed=True, gap=1),
        S("shipping", "us", None,
          "Sehr geehrter Herr Kazlauskas,\n\nIhre Bestellung {po} ist heute per LKW abgegangen, Sendungsnummer "
          "{track}. Die Packliste liegt bei.\n\nMit freundlichen Grüßen\n", docs=(("shipping_notice", "pdf"),),
          gap=4),
        S("receipt", "partner", None,
          "Sehr geehrte Frau Keller,\n\ndie Ware ist heute vollständig und unbeschädigt eingetroffen. Danke für "
          "die schnelle Abwicklung.\n\n", gap=5),
    ], tracking="road"),
    Deal("ho16-RW1", "RW", dt.date(2030, 9, 16), 10, "BC-RW-30-044",
         {"q": "SQ-30-10419", "ctr": "CS-30-085", "inv": "AR-30-20566", "bl": "NWSWB3009184", "sn": "PK-30-5540",
          "claim": "RC-2030-07", "ir": "RNC-30-011"}, [
        S("enquiry", "partner", "Demande de prix – pièces pour l'usine de thé",
          "Madame,\n\nnotre usine de thé de Masoro prépare la grande révision d'avant la saison des pluies. Nous "
          "souhaiterions recevoir votre meilleure offre CIP Kigali pour :\n\n{needs}\n\nPouvez-vous indiquer le "
          "délai ?\n\n"),
        S("quote", "us", None,
          "Bonjour Monsieur Habimana,\n\nmerci de votre demande. Notre offre {q} est jointe, en dollars US, CIP "
          "Kigali ; expédition environ quatre semaines après la commande, via Mombasa.\n\nBien cordialement,\n",
          docs=(("quotation", "pdf"),), gap=3),
        S("order", "partner", None,
          "Madame,\n\nnous passons commande selon votre offre {q}. Voici le détail :\n\n{order_block}\n\nMerci "
          "de nous envoyer la facture et le contrat.\n\n", body_order=True, gap=5),
        S("order", "us", None,
          "Bonjour Monsieur Habimana,\n\nmerci pour votre commande {po}. Vous trouverez ci-joint la facture {inv} "
          "et le contrat {ctr} à signer.\n\nBien cordialement,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Madame,\n\nle contrat {ctr} signé par notre directrice générale est en pièce jointe.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=4),
        S("shipping", "us", None,
          "Bonjour Monsieur Habimana,\n\nla commande {po} a été chargée dans le conteneur {track}. Ci-joint la "
          "lettre de transport maritime et la liste de colisage ; le transitaire à Mombasa vous contactera pour le "
          "transport jusqu'à Kigali.\n\nBien cordialement,\n",
          docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), gap=18),
        S("receipt", "partner", None,
          "Madame,\n\nle conteneur est arrivé à Kigali hier. Au déballage, nous avons remarqué des dégâts sur "
          "certains colis ; le contrôle qualité fait son rapport.\n\n", gap=36),
        S("claim", "partner", "Réclamation {claim} – commande {po}",
          "Madame,\n\nvous trouverez ci-joint notre rapport de non-conformité {ir}. Nous vous demandons le "
          "remplacement gratuit des pièces concernées (réclamation {claim}).\n\n",
          docs=(("inspection_report", "pdf"),), new_thread=True, gap=2),
        S("claim", "us", None,
          "Bonjour Monsieur Habimana,\n\nnous regrettons ces dommages. Les pièces de remplacement partiront par "
          "fret aérien la semaine prochaine, à nos frais ; nous faisons la déclaration auprès de l'assureur.\n\n"
          "Bien cordialement,\n", gap=1),
    ], tracking="container"),
    Deal("ho16-CR1", "CR", dt.date(2030, 9, 23), 14, "OC-0018822",
         {"q": "SQ-30-10437", "ctr": "CS-30-090", "inv": "AR-30-20603", "bl": "NWSWB3009221",
          "pay": "TRF-30-004127"}, [
        S("enquiry", "partner", "Cotización repuestos línea de empaque",
          "Buenos días Sra. Keller:\n\npara el mantenimiento de nuestra línea de empaque de piña le solicitamos "
          "cotización CPT San José de lo siguiente:\n\n{needs}\n\nQuedamos atentos al plazo de entrega.\n\n"),
        S("quote", "us", None,
          "Estimada Sra. Vargas:\n\nmuchas gracias por su consulta. Adjunto la cotización {q}; el plazo de "
          "embarque es de unas cuatro semanas.\n\nSaludos cordiales,\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Estimada Sra. Keller:\n\n¿podrían revisar el precio de los motorreductores y las bandas modulares? "
          "Con un 4 % de descuento podríamos aprobar la compra esta semana.\n\n", gap=2),
        S("negotiation", "us", None,
          "Estimada Sra. Vargas:\n\nle concedemos el 4 % en todas las líneas de {q}.\n\nSaludos cordiales,\n",
          gap=1),
        S("order", "partner", None,
          "Estimada Sra. Keller:\n\nadjunto nuestra orden de compra {po} en Excel, con el descuento acordado. "
          "Favor enviarnos factura y contrato.\n\n", docs=(("purchase_order", "xlsx"),), gap=3),
        S("order", "us", None,
          "Estimada Sra. Vargas:\n\ngracias por la orden {po}. Adjunto la factura {inv} y el contrato {ctr} para "
          "su firma.\n\nSaludos cordiales,\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")),
          signed=False, gap=1),
        S("contract", "partner", None,
          "Estimada Sra. Keller:\n\nadjunto el contrato {ctr} firmado por el Lic. Chaves.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=3),
        S("shipping", "us", None,
          "Estimada Sra. Vargas:\n\nsu orden {po} zarpó hoy en el contenedor {track} hacia Puerto Moín. Adjunto "
          "el sea waybill; no hay originales, la entrega se hace directamente a ustedes.\n\nSaludos cordiales,\n",
          docs=(("bill_of_lading", "pdf"),), gap=22),
        S("payment", "partner", "Pago factura {inv}",
          "Estimada Sra. Keller:\n\nhoy transferimos {paid} para cancelar la factura {inv}. Adjunto el aviso del "
          "banco.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=16),
    ], discount=Decimal("0.96"), tracking="container"),
    Deal("ho16-MN1", "MN", dt.date(2030, 9, 30), 10, "TL-PO-30-118",
         {"q": "SQ-30-10455", "pi": "PF-30-0391", "ctr": "CS-30-094", "inv": "AR-30-20662", "bl": "NWSWB3010274",
          "pay": "OTB30104418"}, [
        S("enquiry", "partner", "询价：选矿厂备件（衬板螺栓、旋流器沉砂嘴等）",
          "Anna 您好：\n\n我司在蒙古额尔登特为选矿厂提供维修服务，现询以下备件，请报 CPT Zamyn-Uud 美元价：\n\n"
          "{needs}\n\n请注明交期和付款条件。\n\n"),
        S("quote", "us", None,
          "Dear Ms Zhao,\n\nthank you for the enquiry. Quotation {q} is attached, CPT Zamyn-Uud in USD, shipment "
          "about five weeks after the deposit.\n\nBest regards,\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Anna 您好，\n\n报价 {q} 收到。机械密封价格比较高，请问整单能否给 5% 折扣？\n\n", gap=1),
        S("negotiation", "us", None,
          "Dear Ms Zhao,\n\nwe can reduce all prices of {q} by 4 %. That is our best offer.\n\nBest regards,\n",
          gap=1),
        S("order", "partner", None,
          "Anna 您好，\n\n同意 4%。订单如下：\n\n{order_block}\n\n请发形式发票和合同，我们安排 30% 预付款。\n\n",
          body_order=True, gap=2),
        S("order", "us", None,
          "Dear Ms Zhao,\n\nthank you for order {po}. Attached are proforma invoice {pi} for the 30 % deposit and "
          "contract {ctr} for your signature.\n\nBest regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Anna 您好，\n\n形式发票 {pi} 的预付款 {paid} 已汇出，银行水单见附件。\n\n",
          docs=(("payment_advice", "pdf"),), gap=4),
        S("contract", "partner", "合同 {ctr} 签字版 / contract signed, PO {po}",
          "Anna 您好，\n\n刘总已签合同 {ctr}，扫描件见附件。\n\n", docs=(("contract", "pdf"),), signed=True,
          new_thread=True, gap=1),
        S("production", "partner", None, "Anna 您好，\n\n请问订单 {po} 什么时候能发货？\n\n", gap=14),
        S("shipping", "us", "Order {po} shipped – invoice {inv} and waybill",
          "Dear Ms Zhao,\n\norder {po} has left in container {track} via Tianjin to Zamyn-Uud. Attached are "
          "commercial invoice {inv} for the 70 % balance and the sea waybill.\n\nBest regards,\n",
          docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf")), new_thread=True, gap=8),
    ], discount=Decimal("0.96"), deposit=True, tracking="container"),
    Deal("ho16-BD1", "BD", dt.date(2030, 10, 7), 20, "MKCL/PO/2030/1147",
         {"q": "SQ-30-10472", "pi": "PF-30-0402", "ctr": "CS-30-099", "inv": "AR-30-20701", "bl": "NWSWB3011102",
          "sn": "PK-30-5618", "pay": "PCBL30LC1182P"}, [
        S("enquiry", "partner", "Request for Quotation – knitting & finishing spares",
          "Dear Ms. Keller,\n\nGreetings from Meghna Knit Composite. Please quote your best price CFR Chattogram for "
          "the following spare parts:\n\n{needs}\n\nPayment will be by L/C. Please mention lead time.\n\n"),
        S("quote", "us", None,
          "Dear Mr Chowdhury,\n\nthank you for your RFQ. Our quotation {q} is attached, CFR Chattogram in USD; "
          "shipment about five weeks after receipt of an acceptable L/C.\n\nBest regards,\n",
          docs=(("quotation", "pdf"),), gap=3),
        S("order", "partner", None,
          "Dear Ms. Keller,\n\nPlease find attached our Purchase Order {po}. Kindly send PI and contract so that "
          "we can open the L/C.\n\n", docs=(("purchase_order", "docx"),), gap=7),
        S("order", "us", None,
          "Dear Mr Chowdhury,\n\nthank you for PO {po}. Attached are proforma invoice {pi} for the L/C opening and "
          "our contract of sale {ctr}; please have it signed.\n\nBest regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Dear Ms. Keller,\n\nAttached please find the signed contract {ctr}. Our bank has issued the L/C today; "
          "you will receive it through your bank.\n\n", docs=(("contract", "pdf"),), signed=True, gap=4),
        S("shipping", "us", "PO {po} – shipment advice and documents",
          "Dear Mr Chowdhury,\n\nthe goods of PO {po} were shipped today in container {track}. Copies of commercial "
          "invoice {inv}, sea waybill and packing list are attached; the originals go through the banks under the "
          "L/C.\n\nBest regards,\n",
          docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf"), ("shipping_notice", "pdf")),
          new_thread=True, gap=30),
        S("payment", "partner", "L/C payment for invoice {inv}",
          "Dear Ms. Keller,\n\nOur bank has paid {paid} at maturity of the L/C against invoice {inv}. Bank advice "
          "attached.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=95),
    ], tracking="container"),
    Deal("ho16-EE2", "EE", dt.date(2030, 11, 4), 5, "OT-2030-0498", {"inv": "AR-30-20788"}, [
        S("order", "partner", "PO {po} – chipper knives and guides",
          "Hi Priya,\n\ngood to meet you at the Tallinn wood fair. Here is the PO {po} we talked about, same prices "
          "as last time. Could you get it to Anna's team?\n\n", docs=(("purchase_order", "pdf"),), forward=True,
          new_thread=True),
        S("order", "us", None,
          "Hi Margus,\n\nPriya passed on your PO {po}. Invoice {inv} is attached; the contract of sale will come "
          "separately.\n\nBest regards,\n", docs=(("commercial_invoice", "pdf"),), gap=1),
    ], discount=Decimal("0.97"), tracking="road"),
    Deal("ho16-LT2", "LT", dt.date(2030, 11, 11), 4, "UZ-30/1063", {"ctr": "CS-30-112", "inv": "AR-30-20815"}, [
        S("order", "partner", "Nachbestellung {po}",
          "Sehr geehrte Frau Keller,\n\nkurzfristig benötigen wir noch folgende Teile. Bitte nehmen Sie diese "
          "E-Mail als Bestellung:\n\n{order_block}\n\n", body_order=True),
        S("order", "us", None,
          "Sehr geehrter Herr Kazlauskas,\n\ndanke für {po}. Anbei Rechnung {inv} und Vertrag {ctr}; bitte "
          "unterschrieben zurücksenden.\n\nMit freundlichen Grüßen\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Unterschriebener Vertrag {ctr}",
          "Sehr geehrte Frau Keller,\n\nden unterschriebenen Vertrag {ctr} erhalten Sie anbei.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=3),
    ], tracking="road"),
    Deal("ho16-CR2", "CR", dt.date(2030, 11, 18), 6, "OC-0019107", {"ctr": "CS-30-118", "inv": "AR-30-20842"}, [
        S("order", "partner", "Orden de compra {po}",
          "Estimada Sra. Keller:\n\nle remito la orden de compra {po}, precios según la orden anterior.\n\n",
          docs=(("purchase_order", "xlsx"),)),
        S("order", "us", None,
          "Estimada Sra. Vargas:\n\nrecibimos la orden {po}, gracias. Adjunto la factura {inv} y el contrato {ctr} "
          "para firma.\n\nSaludos cordiales,\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")),
          signed=False, gap=1),
        S("order", "partner", "Expediente zona franca – OC {po}",
          "Estimada Sra. Keller:\n\nla aduana de la zona franca nos pide el expediente completo de la compra. Le "
          "envío juntos la orden {po}, su factura {inv} y el contrato {ctr} con nuestra firma, para que usted "
          "también los tenga en un solo correo.\n\n",
          docs=(("purchase_order", "xlsx"), ("commercial_invoice", "pdf"), ("contract", "pdf")), signed=True,
          new_thread=True, gap=4),
    ], discount=Decimal("0.96"), tracking="container"),
]
