"""The ninth holdout's deal scripts, with the words each side writes (new wording, not dev-dev9's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types, the step shorthand and the air waybill check digit only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S, awb

DEALS = [
    Deal("ho9-RO1", "RO", dt.date(2027, 1, 18), 24, "CMD-2027-0188",
         {"q": "S04418", "ctr": "SCN27-00042", "inv": "INV/2027/00091", "claim": "REK-27-004",
          "ir": "QS-8D-27-0031"}, [
        S("enquiry", "partner", "Anfrage Hydraulik-Ersatzteile Pressenlinie 2",
          "Sehr geehrte Frau Keller,\n\nwir bereiten die Generalüberholung unserer Pressenlinie 2 vor (Stillstand "
          "ab KW 12) und bitten um Ihr Angebot, Lieferung DAP Timișoara, für folgende Teile:\n\n{needs}\n\n"
          "Bitte nennen Sie uns auch die Lieferzeit ab Auftrag.\n\n"),
        S("quote", "us", None,
          "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Anfrage. Beigefügt finden Sie unser Angebot {q}; "
          "wir haben inzwischen auf ein neues ERP umgestellt, daher sieht das Formular anders aus als gewohnt. "
          "Lieferzeit etwa fünf Wochen nach Auftragseingang.\n\nMit freundlichen Grüßen\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Sehr geehrte Frau Keller,\n\ndanke für das Angebot {q}. Die Wegeventile liegen über dem Preis unseres "
          "bisherigen Lieferanten. Können Sie uns bei der Gesamtmenge 3 % entgegenkommen? Dann würden wir noch "
          "diese Woche bestellen.\n\n", gap=3),
        S("negotiation", "us", None,
          "Sehr geehrte Frau Weber,\n\nwir können Ihnen 2 % auf alle Positionen des Angebots {q} gewähren, bei "
          "unveränderten Liefer- und Zahlungsbedingungen.\n\nMit freundlichen Grüßen\n", gap=1),
        S("order", "partner", None,
          "Sehr geehrte Frau Keller,\n\neinverstanden, vielen Dank. Anbei unsere Bestellung {po} mit den "
          "angepassten Preisen, als Word-Datei und als PDF. Bitte senden Sie uns Rechnung und Vertrag.\n\n",
          docs=(("purchase_order", "docx"), ("purchase_order", "pdf")), gap=2),
        S("order", "us", None,
          "Sehr geehrte Frau Weber,\n\nbesten Dank für Ihre Bestellung {po}. Anbei erhalten Sie unsere Rechnung "
          "{inv} sowie den Kaufvertrag {ctr} mit der Bitte um Unterzeichnung.\n\nMit freundlichen Grüßen\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("production", "partner", None,
          "Sehr geehrte Frau Keller,\n\nkönnen Sie uns schon einen Versandtermin nennen? Unser Stillstand ist "
          "fest eingeplant, und die Zylinderdichtungen brauchen wir am ersten Tag.\n\n", gap=9),
        S("contract", "partner", "Kaufvertrag {ctr} unterschrieben – Bestellung {po}",
          "Guten Tag Frau Keller,\n\nim Anhang der von unserem Geschäftsführer Herrn Mureșan unterschriebene "
          "Kaufvertrag {ctr} zu unserer Bestellung {po}. Entschuldigen Sie die Verzögerung.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=1),
        S("shipping", "us", None,
          "Sehr geehrte Frau Weber,\n\ndie Ware zu Bestellung {po} wurde heute verladen und ist per LKW unterwegs "
          "(CMR-Frachtbrief {track}). Die Zustellung wird vom Fahrer am Vortag telefonisch angekündigt.\n\n"
          "Mit freundlichen Grüßen\n", gap=15),
        S("receipt", "partner", None,
          "Sehr geehrte Frau Keller,\n\ndie Lieferung ist heute eingetroffen, Packstücke vollzählig und ohne "
          "äußere Schäden. Danke!\n\n", gap=4),
        S("claim", "partner", "Reklamation {claim} zu Bestellung {po} – Druckfilterelemente",
          "Sehr geehrte Frau Keller,\n\nbei der Wareneingangsprüfung der Filterelemente haben wir eine falsche "
          "Feinheit festgestellt. Details entnehmen Sie bitte unserem Prüfbericht im Anhang. Wir bitten um "
          "Ersatzlieferung und Ihre Stellungnahme zu Reklamation {claim}.\n\n",
          docs=(("inspection_report", "pdf"),), new_thread=True, gap=6),
        S("claim", "us", None,
          "Sehr geehrte Frau Weber,\n\nvielen Dank für den ausführlichen Bericht. Die Ersatzteile gehen "
          "übermorgen per Express an Sie; unsere Stellungnahme zu Reklamation {claim} folgt bis Ende nächster "
          "Woche.\n\nMit freundlichen Grüßen\n", gap=1),
    ], discount=Decimal("0.98"), tracking="road"),
    Deal("ho9-EC1", "EC", dt.date(2027, 2, 8), 12, "OC-2027-000314",
         {"q": "S04437", "pi": "PF/2027/0017", "ctr": "SCN27-00051", "inv": "INV/2027/00133",
          "pay": "TES-2027-03-0088", "bl": awb("623", 5512840)}, [
        S("enquiry", "partner", "Solicitud de cotización – repuestos planta de proceso",
          "Estimada Sra. Keller:\n\nReciba un cordial saludo desde Guayaquil. Somos una empacadora de camarón y "
          "necesitamos cotización de los siguientes repuestos, CPT Guayaquil por vía aérea:\n\n{needs}\n\n"
          "Le agradeceré indicar el tiempo de entrega y la forma de pago.\n\n"),
        S("quote", "us", None,
          "Estimada Sra. Andrade:\n\nmuchas gracias por su solicitud. Le adjunto nuestro presupuesto {q}. Para "
          "el primer pedido solicitamos un anticipo del 30 %; el saldo a 30 días de la fecha de factura.\n\n"
          "Saludos cordiales,\n", docs=(("quotation", "pdf"),), gap=1),
        S("order", "partner", None,
          "Estimada Sra. Keller:\n\nAprobamos el presupuesto {q}. Adjunto la orden de compra {po} en Excel y en "
          "PDF. Por favor envíenos la proforma para el anticipo y el contrato.\n\n",
          docs=(("purchase_order", "xlsx"), ("purchase_order", "pdf")), gap=6),
        S("order", "us", None,
          "Estimada Sra. Andrade:\n\nle agradezco la orden de compra {po}. Adjunto la factura proforma {pi} por "
          "el anticipo del 30 % y el contrato de venta {ctr} para su firma.\n\nSaludos cordiales,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Estimada Sra. Keller:\n\nLe informo que hoy se transfirió el anticipo de la proforma {pi} por {paid}. "
          "Adjunto el comprobante de nuestro sistema de tesorería.\n\n", docs=(("payment_advice", "pdf"),), gap=3),
        S("contract", "partner", "Contrato {ctr} firmado – OC {po}",
          "Estimada Sra. Keller:\n\nAdjunto el contrato {ctr} firmado por nuestro Gerente General, Ing. Esteban "
          "Montalvo, correspondiente a la orden de compra {po}.\n\n", docs=(("contract", "pdf"),), signed=True,
          new_thread=True, gap=2),
        S("shipping", "us", "Factura {inv} y guía aérea – OC {po}",
          "Estimada Sra. Andrade:\n\nsu pedido {po} salió hoy por vía aérea, guía {track}. Adjunto la factura "
          "comercial {inv} y la copia de la guía aérea para su agente de aduana.\n\nSaludos cordiales,\n",
          docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf")), new_thread=True, gap=24),
        S("receipt", "partner", None,
          "Estimada Sra. Keller:\n\nLa carga ya fue nacionalizada y llegó a planta esta mañana. Todo conforme, "
          "muchas gracias por la rapidez.\n\n", gap=5),
    ], deposit=True, tracking="air"),
    Deal("ho9-CM1", "CM", dt.date(2027, 3, 15), 10, "BCF-27-00412",
         {"q": "S04469", "ctr": "SCN27-00063", "inv": "INV/2027/00187", "pay": "VIR-27-0611-0031",
          "claim": "RECL-27-011"}, [
        S("enquiry", "partner", "Consultation – pièces de rechange brasserie et moulin",
          "Madame,\n\nDans le cadre de notre arrêt annuel de maintenance, nous vous prions de bien vouloir nous "
          "faire parvenir votre meilleure offre CFR Douala pour les articles suivants :\n\n{needs}\n\nMerci de "
          "préciser les délais et la validité de l'offre.\n\n"),
        S("quote", "us", None,
          "Monsieur Ekambi,\n\nnous vous remercions de votre consultation. Vous trouverez ci-joint notre devis "
          "{q}, valable 30 jours ; expédition par voie maritime environ cinq semaines après commande.\n\n"
          "Bien cordialement,\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Madame Keller,\n\nNous avons bien reçu votre devis {q}. Les garnitures mécaniques nous semblent chères "
          "par rapport à nos achats précédents. Pouvez-vous revoir votre prix de 5 % ?\n\n", gap=4),
        S("negotiation", "us", None,
          "Monsieur Ekambi,\n\nnous pouvons vous consentir une remise de 3 % sur l'ensemble du devis {q}, à "
          "condition de recevoir votre commande avant la fin du mois.\n\nBien cordialement,\n", gap=1),
        S("order", "partner", "Bon de commande {po}",
          "Bonjour Monsieur Osei,\n\nSuite à notre échange au salon, je vous transmets notre bon de commande {po} "
          "aux conditions convenues avec Mme Keller. Merci de faire le nécessaire.\n\n",
          docs=(("purchase_order", "pdf"),), forward=True, new_thread=True, gap=3),
        S("order", "us", None,
          "Monsieur Ekambi,\n\nmon collègue m'a transmis votre bon de commande {po}, merci. Ci-joint notre facture "
          "{inv} et le contrat de vente {ctr}, à nous retourner signé.\n\nBien cordialement,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Contrat {ctr} signé – commande {po}",
          "Madame Keller,\n\nVeuillez trouver ci-joint le contrat {ctr} dûment signé par M. Njoya, Directeur "
          "technique.\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=4),
        S("shipping", "us", None,
          "Monsieur Ekambi,\n\nla marchandise de votre commande {po} a été chargée dans le conteneur {track}, "
          "arrivée prévue à Douala dans trois semaines environ. Les documents d'embarque suivent par courrier "
          "express.\n\nBien cordialement,\n", gap=18),
        S("payment", "partner", "Règlement de la facture {inv}",
          "Madame Keller,\n\nNous vous informons du règlement de votre facture {inv} ({paid}). Vous trouverez "
          "ci-joint l'avis de règlement édité par notre trésorerie.\n\n",
          docs=(("payment_advice", "pdf"),), new_thread=True, gap=40),
        S("claim", "partner", "Réclamation {claim} – commande {po}",
          "Madame Keller,\n\nAprès montage, deux des garnitures mécaniques pour pompe à moût fuient dès la mise en "
          "pression. Nous avons ouvert la réclamation {claim} et tenons les pièces à votre disposition. Merci de "
          "nous proposer un remplacement rapide.\n\n", new_thread=True, gap=5),
        S("claim", "us", None,
          "Monsieur Ekambi,\n\nnous sommes désolés de ce problème. Deux garnitures de remplacement partent par "
          "fret aérien cette semaine ; merci de nous renvoyer les pièces défectueuses pour analyse "
          "(réclamation {claim}).\n\nBien cordialement,\n", gap=1),
    ], discount=Decimal("0.97"), tracking="container"),
    Deal("ho9-ID1", "ID", dt.date(2027, 4, 12), 9, "SKP/PO/2704/017",
         {"q": "S04502", "pi": "PF/2027/0029", "ctr": "SCN27-00074", "inv": "INV/2027/00240",
          "pay": "SKP-TT-270503-06", "bl": awb("623", 5587013), "sn": "CAN-CGK-27-18804"}, [
        S("enquiry", "partner", "询价：挤出机加热圈、热电偶和温控器",
          "Anna 您好，\n\n我们是印尼的塑料管材厂，工厂在 Tangerang。现需要以下备件，请报 CPT Jakarta 美元价格：\n\n"
          "{needs}\n\n请告知交货期，谢谢。\n\n"),
        S("quote", "us", None,
          "Dear Ms. Halim,\n\nthank you for your enquiry. Please find attached our quotation {q}, prices CPT "
          "Jakarta in USD. Delivery about four weeks after your down payment.\n\nKind regards,\n",
          docs=(("quotation", "pdf"),), gap=1),
        S("negotiation", "partner", None,
          "Anna 您好，\n\n报价 {q} 收到了。温控器的价格偏高，能不能整单优惠 5%？\n\n", gap=2),
        S("negotiation", "us", None,
          "Dear Ms. Halim,\n\nwe can grant 3 % on every item of {q}. That is the best we can do for this "
          "quantity.\n\nKind regards,\n", gap=1),
        S("order", "partner", None,
          "Anna 您好，\n\n好的，3% 我们接受。下面是我们的订单：\n\n{order_block}\n\n请发形式发票和合同给我们。\n\n",
          body_order=True, gap=1),
        S("order", "us", None,
          "Dear Ms. Halim,\n\nthank you for order {po}. Attached are pro forma invoice {pi} for the 30 % advance "
          "and our sales contract {ctr} for signature.\n\nKind regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Anna 您好，\n\n预付款（{paid}）今天已经汇出，附件是付款通知。\n\n", docs=(("payment_advice", "pdf"),), gap=4),
        S("contract", "partner", "合同 {ctr} 已签字 – 订单 {po}",
          "Anna 您好，\n\n附件是 Hendra Wijaya 先生签字的合同 {ctr}，请查收。\n\n", docs=(("contract", "pdf"),),
          signed=True, new_thread=True, gap=1),
        S("shipping", "us", "Commercial invoice {inv} and air waybill – your order {po}",
          "Dear Ms. Halim,\n\nyour order {po} flies to Jakarta tomorrow, air waybill {track}. Attached are "
          "commercial invoice {inv} (balance received with thanks) and the AWB copy.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf")), new_thread=True, gap=18),
        S("shipping", "partner", None,
          "Anna 您好，\n\n货已经到雅加达机场了，航空公司发来了到货通知（见附件）。我们的报关行正在办理清关。\n\n",
          docs=(("shipping_notice", "pdf"),), gap=3),
        S("receipt", "partner", None,
          "Anna 您好，\n\n货物今天到厂，数量都对。谢谢！\n\n", gap=3),
    ], discount=Decimal("0.97"), deposit=True, tracking="air"),
    Deal("ho9-KE1", "KE", dt.date(2027, 5, 10), 26, "4500018733",
         {"q": "S04531", "ctr": "SCN27-00088", "inv": "INV/2027/00305", "pay": "HCB-LCP-270806-022"}, [
        S("enquiry", "partner", "RFQ – spares for CTC line and withering troughs, Kericho factory",
          "Dear Ms Keller,\n\nWe are planning the annual overhaul of our CTC line before the peak season. Kindly "
          "send us your best quotation CFR Mombasa for the items below:\n\n{needs}\n\nPayment will be by "
          "irrevocable letter of credit at sight. Please advise lead time and country of origin.\n\n"),
        S("quote", "us", None,
          "Dear Ms Mwangi,\n\nthank you for your RFQ. Our quotation {q} is attached; all items are of UK or EU "
          "origin and can be shipped six weeks after receipt of the L/C.\n\nKind regards,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Dear Ms Keller,\n\nThank you for quotation {q}. Our budget for the overhaul is tight this year; could "
          "you consider a discount of 5% on the roller segments and the fan motors?\n\n", gap=3),
        S("negotiation", "us", None,
          "Dear Ms Mwangi,\n\nwe can offer 3.5 % across all items of {q}, valid for orders placed within two "
          "weeks.\n\nKind regards,\n", gap=1),
        S("order", "partner", None,
          "Dear Ms Keller,\n\nThank you. Please find attached our purchase order {po} at the discounted prices. "
          "Kindly send the sales contract so that we can apply for the L/C.\n\n",
          docs=(("purchase_order", "pdf"),), gap=4),
        S("contract", "us", None,
          "Dear Ms Mwangi,\n\nthank you for purchase order {po}. Our sales contract {ctr} is attached for "
          "signature.\n\nKind regards,\n", docs=(("contract", "pdf"),), signed=False, gap=1),
        S("contract", "partner", None,
          "Dear Ms Keller,\n\nAttached is the contract {ctr}, signed by our Factory Manager. The L/C application "
          "LC/HCB/27/0419 has been submitted to our bank.\n\n", docs=(("contract", "pdf"),), signed=True, gap=4),
        S("order", "us", "Commercial invoice {inv} – PO {po} – L/C LC/HCB/27/0419",
          "Dear Ms Mwangi,\n\nthe goods for PO {po} are packed and booked on the next sailing. Attached is our "
          "commercial invoice {inv}; the original documents will be presented to the bank under the L/C.\n\n"
          "Kind regards,\n", docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=30),
        S("shipping", "us", None,
          "Dear Ms Mwangi,\n\nthe goods are on board, container {track}, ETA Mombasa in about four weeks.\n\n"
          "Kind regards,\n", gap=6),
        S("payment", "partner", "L/C payment – invoice {inv}",
          "Dear Ms Keller,\n\nOur bank has effected payment of your invoice {inv} under the letter of credit. "
          "Please find the remittance advice attached ({paid}).\n\n", docs=(("payment_advice", "pdf"),),
          new_thread=True, gap=12),
        S("receipt", "partner", None,
          "Dear Ms Keller,\n\nThe container was released in Mombasa and reached the factory yesterday. All items "
          "received in good order.\n\n", gap=16),
    ], discount=Decimal("0.965"), tracking="container"),
    Deal("ho9-AE1", "AE", dt.date(2027, 6, 14), 8, "ANT/PO/27/0388",
         {"ctr": "SCN27-00097", "inv": "INV/2027/00361", "bl": awb("623", 5640228)}, [
        S("order", "partner", "PO {po} – marine spares, urgent",
          "Dear Anna,\n\nGood day. Further to our phone call, please find attached our PO {po} for the marine "
          "spares. The vessel is in dry dock, so kindly arrange dispatch by air at the earliest.\n\n",
          docs=(("purchase_order", "docx"),)),
        S("order", "us", None,
          "Dear Sunil,\n\nthank you for PO {po}. Attached are our invoice {inv} and the sales contract {ctr}; "
          "please sign and return the contract. The goods can fly on Thursday.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Signed contract {ctr} – PO {po}",
          "Dear Anna,\n\nPlease find the signed contract {ctr} attached. Kindly share the AWB as soon as "
          "available.\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=1),
        S("shipping", "us", None,
          "Dear Sunil,\n\nthe shipment for PO {po} has been handed to the airline today, AWB {track}. A copy is "
          "attached.\n\nKind regards,\n", docs=(("bill_of_lading", "pdf"),), gap=2),
        S("payment", "partner", "Payment – invoice {inv}",
          "Dear Anna,\n\nWe have released payment of {total} against your invoice {inv} today. Kindly confirm "
          "receipt.\n\n", new_thread=True, gap=45),
    ], tracking="air"),
    Deal("ho9-RO2", "RO", dt.date(2027, 9, 6), 6, "CMD-2027-0611",
         {"ctr": "SCN27-00131", "inv": "INV/2027/00502"}, [
        S("order", "partner", "Bestellung {po} – Nachbestellung Dichtungssätze und Filter",
          "Guten Tag Frau Keller,\n\nanbei unsere Bestellung {po} als Word-Datei, zu den Konditionen der Bestellung "
          "CMD-2027-0188.\n\n", docs=(("purchase_order", "docx"),)),
        S("order", "us", None,
          "Sehr geehrte Frau Weber,\n\nvielen Dank für die Bestellung {po}. Anbei unsere Rechnung {inv}; die "
          "Ware ist ab Lager verfügbar.\n\nMit freundlichen Grüßen\n",
          docs=(("commercial_invoice", "pdf"),), gap=1),
        S("order", "partner", None,
          "Guten Tag Frau Keller,\n\ndanke für die Rechnung {inv}. Für unsere Buchhaltung brauchen wir auch "
          "diesmal einen unterschriebenen Kaufvertrag. Können Sie ihn bitte schicken?\n\n", gap=1),
        S("contract", "us", None,
          "Sehr geehrte Frau Weber,\n\nselbstverständlich, anbei der Kaufvertrag {ctr} zu Ihrer Bestellung "
          "{po}.\n\nMit freundlichen Grüßen\n", docs=(("contract", "pdf"),), signed=False, gap=1),
        S("order", "partner", "Bestellung {po} – Unterlagen komplett",
          "Guten Tag Frau Keller,\n\nfür die Ablage unserer Buchhaltung schicke ich Ihnen den vollständigen Satz zu "
          "Bestellung {po}: unsere Bestellung, Ihre Rechnung {inv} und den von Herrn Mureșan unterschriebenen "
          "Kaufvertrag {ctr}.\n\n",
          docs=(("purchase_order", "pdf"), ("commercial_invoice", "pdf"), ("contract", "pdf")), signed=True,
          new_thread=True, gap=2),
    ], discount=Decimal("0.98"), tracking="road"),
]
