"""The twelfth holdout's deal scripts, with the words each side writes (new wording, not dev..dev12's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    Deal("ho12-LV1", "LV", dt.date(2028, 11, 6), 12, "PAS-2028-0417",
         {"q": "SQ28-1184", "ctr": "NWC-CS-28-112", "inv": "SINV28-03318", "sn": "SFS-280418",
          "pay": "BKOM-FT-0418227"}, [
        S("enquiry", "partner", "Anfrage Ersatzteile Sägewerk – Wartungsstillstand Dezember",
          "Sehr geehrte Frau Keller,\n\nIhre Kontaktdaten haben wir von der Ligna in Hannover. Wir betreiben in "
          "Jelgava ein Sägewerk mit Hackschnitzelanlage und planen für Mitte Dezember einen Wartungsstillstand. "
          "Bitte bieten Sie uns DAP Jelgava an:\n\n{needs}\n\nKönnen Sie bis KW 50 liefern?\n\n"),
        S("quote", "us", None,
          "Sehr geehrte Frau Ozoliņa,\n\nherzlichen Dank für Ihre Anfrage. Im Anhang finden Sie unser Angebot {q}, "
          "gültig 30 Tage. Bei Bestellung bis Ende nächster Woche ist Lieferung in KW 50 per LKW möglich.\n\n"
          "Freundliche Grüße\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Sehr geehrte Frau Keller,\n\nvielen Dank für das Angebot {q}. Die Bandsägeblätter bekommen wir in "
          "Riga etwas günstiger. Wenn Sie uns 3 % auf alle Positionen geben, bestellen wir das komplette "
          "Paket.\n\n", gap=2),
        S("negotiation", "us", None,
          "Sehr geehrte Frau Ozoliņa,\n\neinverstanden – 3 % auf alle Positionen des Angebots {q}, die übrigen "
          "Bedingungen bleiben wie angeboten.\n\nFreundliche Grüße\n", gap=1),
        S("order", "partner", None,
          "Sehr geehrte Frau Keller,\n\nanbei unsere Bestellung {po} mit dem vereinbarten Nachlass. Für unsere "
          "Buchhaltung benötigen wir eine Rechnung und einen Kaufvertrag.\n\n",
          docs=(("purchase_order", "pdf"),), gap=1),
        S("order", "us", None,
          "Sehr geehrte Frau Ozoliņa,\n\nvielen Dank für die Bestellung {po}. Anbei unsere Rechnung {inv} und der "
          "Kaufvertrag {ctr}; bitte unterschreiben Sie den Vertrag und senden Sie uns eine Kopie.\n\n"
          "Freundliche Grüße\n", docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", "Kaufvertrag {ctr} unterschrieben",
          "Sehr geehrte Frau Keller,\n\nim Anhang der von Herrn Kalniņš unterzeichnete Vertrag {ctr}.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=3),
        S("shipping", "us", None,
          "Sehr geehrte Frau Ozoliņa,\n\nIhre Bestellung {po} wurde heute verladen, Sendungsnummer {track}. Die "
          "Versandanzeige mit Packliste unseres Spediteurs liegt bei; Ankunft in Jelgava voraussichtlich in "
          "vier Tagen.\n\nFreundliche Grüße\n", docs=(("shipping_notice", "pdf"),), gap=6),
        S("receipt", "partner", None,
          "Sehr geehrte Frau Keller,\n\ndie Ware ist heute vollständig und unbeschädigt angekommen. Danke!\n\n",
          gap=4),
        S("payment", "partner", "Zahlung Rechnung {inv}",
          "Sehr geehrte Frau Keller,\n\nzur Information: die Rechnung {inv} haben wir heute bezahlt, die "
          "SWIFT-Bestätigung unserer Bank liegt bei.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True,
          gap=9),
    ], discount=Decimal("0.97"), tracking="road"),
    Deal("ho12-PY1", "PY", dt.date(2028, 11, 13), 12, "OC-2028-0418",
         {"q": "SQ28-1203", "ctr": "NWC-CS-28-117", "inv": "SINV28-03390", "bl": "MCLSOU2812447",
          "sn": "SFS-280461", "pay": "OP-2029-000213"}, [
        S("enquiry", "partner", "Solicitud de cotización – repuestos planta de silos",
          "Estimada Sra. Keller:\n\nsomos una empresa de acopio y secado de granos en Encarnación. Para la "
          "próxima zafra necesitamos los siguientes repuestos, precio CIP Asunción:\n\n{needs}\n\nAguardamos su "
          "cotización con plazo de entrega.\n\n"),
        S("quote", "us", None,
          "Estimado Sr. Benítez:\n\nmuchas gracias por su consulta. Adjunto nuestra cotización {q}, válida por "
          "30 días. El plazo de embarque es de unas cuatro semanas desde la confirmación del pedido.\n\n"
          "Saludos cordiales,\n", docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Estimada Anna:\n\nestá todo bien con la cotización {q}. Adjunto la orden de compra {po} en Excel. Por "
          "favor envíenos la factura y el contrato firmado para la importación.\n\n",
          docs=(("purchase_order", "xlsx"),), gap=6),
        S("order", "us", None,
          "Estimado Rodrigo:\n\ngracias por la orden {po}. Adjunto la factura comercial {inv} y el contrato {ctr}; "
          "le ruego firmarlo y devolvérnoslo.\n\nSaludos cordiales,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Estimada Anna:\n\nadjunto el contrato {ctr} firmado por nuestra gerente general.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=4),
        S("shipping", "us", "Embarque OC {po} – B/L y packing list",
          "Estimado Rodrigo:\n\nsu orden {po} fue embarcada en el contenedor {track} con transbordo en Buenos "
          "Aires. Adjunto el conocimiento de embarque y la lista de empaque de nuestro despachante.\n\n"
          "Saludos cordiales,\n", docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), new_thread=True,
          gap=20),
        S("receipt", "partner", None,
          "Estimada Anna:\n\nel contenedor llegó a la planta esta mañana, todo conforme.\n\n", gap=34),
        S("payment", "partner", None,
          "Estimada Anna:\n\nle informo que hoy transferimos {paid} para la factura {inv}. Adjunto el comprobante "
          "del banco.\n\n", docs=(("payment_advice", "pdf"),), gap=8),
    ], tracking="container"),
    Deal("ho12-KH1", "KH", dt.date(2028, 11, 27), 10, "HD-PO-281127",
         {"q": "SQ28-1251", "pi": "PF28-0219", "ctr": "NWC-CS-28-124", "inv": "SINV29-00041",
          "pay": "MUB28TT07731", "bl": "MCLSOU2901063"}, [
        S("enquiry", "partner", "询价：缝纫机配件及整烫设备配件",
          "Anna 您好，\n\n我们是金边经济特区的一家制衣厂。明年一月要做设备保养，请报以下配件 CIF Sihanoukville 的美元价格：\n\n"
          "{needs}\n\n请注明交货期，谢谢。\n\n"),
        S("quote", "us", None,
          "Dear Ms Zhou,\n\nthank you for your enquiry. Please find attached our quotation {q}, CIF Sihanoukville "
          "in USD, valid for 30 days. Shipment about four weeks after your deposit.\n\nKind regards,\n",
          docs=(("quotation", "pdf"),), gap=1),
        S("negotiation", "partner", None,
          "Anna 您好，\n\n报价 {q} 收到。伺服电机的价格比国内供应商高，能否整单优惠 5%？\n\n", gap=3),
        S("negotiation", "us", None,
          "Dear Ms Zhou,\n\nwe can offer 4 % on all items of {q}. Delivery and payment terms as quoted.\n\n"
          "Kind regards,\n", gap=1),
        S("order", "partner", None,
          "Anna 您好，\n\n同意 4% 优惠，订单如下：\n\n{order_block}\n\n请发形式发票和合同，我们安排付定金。\n\n",
          body_order=True, gap=2),
        S("order", "us", None,
          "Dear Ms Zhou,\n\nthank you for order {po}. Attached are proforma invoice {pi} for the 30 % deposit and "
          "sales contract {ctr}; please sign and return the contract.\n\nKind regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Anna 您好，\n\n形式发票 {pi} 的定金 {paid} 已经汇出，附件是银行水单。\n\n",
          docs=(("payment_advice", "pdf"),), gap=4),
        S("contract", "partner", "合同 {ctr} 已签 / Signed contract for order {po}",
          "Anna 您好，\n\n附件是林总签字盖章的合同 {ctr}，请查收。\n\n", docs=(("contract", "pdf"),), signed=True,
          new_thread=True, gap=2),
        S("production", "partner", None,
          "Anna 您好，\n\n请问订单 {po} 什么时候可以出货？我们一月中旬停机保养。\n\n", gap=10),
        S("shipping", "us", "Order {po}: invoice {inv} and bill of lading",
          "Dear Ms Zhou,\n\norder {po} sailed today in container {track}. Attached are commercial invoice {inv} "
          "for the balance and the bill of lading; the originals go by courier after your balance payment.\n\n"
          "Kind regards,\n", docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf")), new_thread=True,
          gap=9),
    ], discount=Decimal("0.96"), deposit=True, tracking="container"),
    Deal("ho12-LB1", "LB", dt.date(2028, 12, 4), 9, "BC-SLEM-28-093",
         {"q": "SQ28-1277", "pi": "PF28-0226", "ctr": "NWC-CS-28-129", "inv": "SINV29-00088",
          "bl": "MCLSOU2901178"}, [
        S("enquiry", "partner", "Demande de prix – pièces pour ligne d'impression flexo",
          "Madame,\n\nnous imprimons des emballages souples à Bauchrieh et devons remplacer plusieurs pièces de "
          "notre ligne flexo. Merci de nous faire parvenir votre meilleure offre CFR Beyrouth pour :\n\n{needs}\n\n"
          "Le paiement se ferait par lettre de crédit.\n\n"),
        S("quote", "us", None,
          "Monsieur Haddad,\n\nje vous remercie de votre demande. Veuillez trouver ci-joint notre offre {q}, "
          "valable 30 jours. Le paiement par lettre de crédit irrévocable nous convient.\n\nBien cordialement,\n",
          docs=(("quotation", "pdf"),), gap=3),
        S("order", "partner", None,
          "Madame Keller,\n\nnous vous confirmons notre commande aux conditions de votre offre {q} :\n\n"
          "{order_block}\n\nPour l'ouverture du crédit documentaire, notre banque a besoin de votre facture "
          "proforma et du contrat.\n\n", body_order=True, gap=5),
        S("order", "us", None,
          "Monsieur Haddad,\n\nmerci pour votre commande {po}. Ci-joint la facture proforma {pi} et le contrat "
          "{ctr}, à nous retourner signé.\n\nBien cordialement,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Madame Keller,\n\nveuillez trouver le contrat {ctr} signé par M. Saadé. La lettre de crédit sera "
          "émise cette semaine par notre banque.\n\n", docs=(("contract", "pdf"),), signed=True, gap=3),
        S("payment", "partner", "Ouverture crédit documentaire – commande {po}",
          "Madame Keller,\n\nnotre banque a émis aujourd'hui la lettre de crédit irrévocable en votre faveur pour "
          "la commande {po}, notifiée par Wessex Merchant Bank. Merci de vérifier les conditions dès "
          "réception.\n\n", new_thread=True, gap=6),
        S("shipping", "us", "Commande {po} : facture {inv} et connaissement",
          "Monsieur Haddad,\n\nvotre commande {po} est embarquée dans le conteneur {track}. Vous trouverez "
          "ci-joint les copies de la facture {inv} et du connaissement ; les originaux sont présentés à notre "
          "banque au titre du crédit.\n\nBien cordialement,\n",
          docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf")), new_thread=True, gap=24),
        S("receipt", "partner", None,
          "Madame Keller,\n\nle conteneur a été dédouané au port de Beyrouth et livré à l'usine. Merci.\n\n",
          gap=26),
    ], tracking="container"),
    Deal("ho12-GH1", "GH", dt.date(2028, 12, 11), 12, "PO-1042",
         {"ctr": "NWC-CS-28-133", "inv": "SINV29-00102", "bl": "MCLSOU2901215", "sn": "SFS-290031",
          "claim": "VCP-QC-2902", "ir": "GCS/TEM/29/0117"}, [
        S("order", "partner", "Purchase Order {po} from Volta Cocoa Processing Ltd.",
          "Dear Anna,\n\nFollowing our call yesterday, please find attached our purchase order {po} for the "
          "refinery and winnowing spares at the prices on your price list. Kindly send your invoice and the "
          "contract, our bank needs them for the Form A.\n\n", docs=(("purchase_order", "pdf"),)),
        S("order", "us", None,
          "Dear Kwame,\n\nthank you for PO {po}. Attached are our invoice {inv} and contract {ctr} for "
          "signature. We plan to ship in about three weeks.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Signed contract {ctr} – PO {po}",
          "Dear Anna,\n\nAttached is the contract {ctr}, signed by our Finance & Supply Chain Director.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=5),
        S("shipping", "us", None,
          "Dear Kwame,\n\nPO {po} has sailed in container {track}. Attached are the bill of lading and our "
          "forwarder's packing list.\n\nKind regards,\n",
          docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), gap=17),
        S("receipt", "partner", None,
          "Dear Anna,\n\nThe container has been cleared and delivered to our stores. We found some cases "
          "damaged; we have called a surveyor and will revert.\n\n", gap=28),
        S("claim", "partner", "Claim {claim} – damaged goods on PO {po}",
          "Dear Anna,\n\nPlease find attached the surveyor's certificate of inspection. Several sieve screens and "
          "temperature sensors arrived damaged. We request replacement of the damaged quantities free of charge "
          "under our claim {claim}.\n\n", docs=(("inspection_report", "pdf"),), new_thread=True, gap=5),
        S("claim", "us", None,
          "Dear Kwame,\n\nsorry to hear this. We accept the claim on the basis of the surveyor's findings and "
          "will ship replacements with the next sailing, at our cost.\n\nKind regards,\n", gap=2),
    ], tracking="container"),
    Deal("ho12-JO1", "JO", dt.date(2029, 1, 8), 20, "PO-2029-000417",
         {"q": "SQ29-0036", "pi": "PF29-0012", "ctr": "NWC-CS-29-004", "inv": "SINV29-00233",
          "pay": "JLB-FT-29-0088213", "bl": "MCLSOU2903090", "sn": "SFS-290118"}, [
        S("enquiry", "partner", "RFQ – spare parts for blister line 3",
          "Dear Ms Keller,\n\nWe met your colleague Imogen at Pharmapack. We need the following spares for our "
          "blister cartoning line, CFR Aqaba:\n\n{needs}\n\nPlease quote your best prices and lead time.\n\n"),
        S("quote", "us", None,
          "Dear Ms Khoury,\n\nthank you for your RFQ. Our quotation {q} is attached, valid 30 days, CFR Aqaba. "
          "Lead time is three to four weeks from receipt of payment.\n\nKind regards,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", "Purchase Order {po} – Zarqa Pharmaceutical Packaging",
          "Dear Imogen,\n\nAs discussed, please find our PO {po} against quotation {q}. Could you pass it to Anna? "
          "We need the proforma invoice to arrange payment, and the contract.\n\n",
          docs=(("purchase_order", "pdf"),), forward=True, new_thread=True, gap=7),
        S("order", "us", None,
          "Dear Ms Khoury,\n\nImogen passed me your PO {po}, many thanks. Attached are proforma invoice {pi} and "
          "contract {ctr} for signature.\n\nKind regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Dear Anna,\n\nPayment of {paid} against proforma {pi} was released today. The MT103 copy is "
          "attached.\n\n", docs=(("payment_advice", "pdf"),), gap=3),
        S("contract", "partner", "Contract {ctr} – signed",
          "Dear Anna,\n\nPlease find the contract {ctr} signed by our Plant Director.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=1),
        S("shipping", "us", "PO {po} shipped – invoice {inv}, B/L and packing list",
          "Dear Ms Khoury,\n\nyour PO {po} is on board, container {track}, ETA Aqaba in about 18 days. Attached "
          "are our commercial invoice {inv}, the bill of lading and the packing list.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf"), ("shipping_notice", "pdf")),
          new_thread=True, gap=16),
    ], tracking="container"),
    Deal("ho12-LV2", "LV", dt.date(2029, 1, 22), 7, "PAS-2029-0036",
         {"ctr": "NWC-CS-29-009", "inv": "SINV29-00198"}, [
        S("order", "partner", "Nachbestellung {po}",
          "Sehr geehrte Frau Keller,\n\nanbei eine Nachbestellung, Nr. {po}, zu den Preisen der Bestellung "
          "PAS-2028-0417. Die Datei kommt diesmal direkt aus unserem System als Word-Dokument.\n\n",
          docs=(("purchase_order", "docx"),)),
        S("order", "us", None,
          "Sehr geehrte Frau Ozoliņa,\n\nbesten Dank. Rechnung {inv} und Kaufvertrag {ctr} zur Bestellung {po} "
          "sind beigefügt.\n\nFreundliche Grüße\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Vertrag {ctr} / Līgums",
          "Guten Tag Frau Keller,\n\nunterschriebener Vertrag {ctr} anbei.\n\n", docs=(("contract", "pdf"),),
          signed=True, new_thread=True, gap=4),
    ], discount=Decimal("0.97"), tracking="road"),
    Deal("ho12-PY2", "PY", dt.date(2029, 2, 5), 6, "OC-2029-0047",
         {}, [
        S("order", "partner", "Orden de compra {po}",
          "Estimada Anna:\n\nadjunto nuestra orden {po} para reponer cangilones y termocuplas, mismos precios que "
          "la OC-2028-0418.\n\n", docs=(("purchase_order", "xlsx"),)),
        S("order", "us", None,
          "Estimado Rodrigo:\n\nrecibida la orden {po}, gracias. Le enviaremos la factura y el contrato la semana "
          "próxima, cuando tengamos fecha de embarque.\n\nSaludos cordiales,\n", gap=1),
        S("production", "partner", None,
          "Estimada Anna:\n\n¿tienen novedades sobre la {po}? Todavía no recibimos la factura ni el contrato.\n\n",
          gap=12),
    ], tracking="container"),
    Deal("ho12-JO2", "JO", dt.date(2029, 2, 19), 8, "PO-2029-000452",
         {"ctr": "NWC-CS-29-015", "inv": "SINV29-00377"}, [
        S("order", "partner", "Urgent order {po} – line stopped",
          "Dear Anna,\n\nLine 3 is stopped. Please take this email as our order, the PO print follows once it is "
          "approved:\n\n{order_block}\n\nPlease ship by air if possible.\n\n", body_order=True),
        S("order", "us", None,
          "Dear Ms Khoury,\n\norder {po} is being picked now. Attached are invoice {inv} and contract {ctr}; we "
          "will ship as soon as payment is received.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("order", "partner", "PO {po} – approved copy, invoice and signed contract",
          "Dear Anna,\n\nAttached is the approved PO {po}. Our clearing agent asked for one complete set, so I "
          "attach your invoice {inv} again and your contract {ctr}, now signed.\n\n",
          docs=(("purchase_order", "pdf"), ("commercial_invoice", "pdf"), ("contract", "pdf")), signed=True,
          new_thread=True, gap=2),
    ], tracking="container"),
    Deal("ho12-GH2", "GH", dt.date(2029, 3, 5), 8, "PO-1067",
         {"inv": "SINV29-00451"}, [
        S("order", "partner", "PO {po} – belts and valves",
          "Hi Anna,\n\nNew PO {po} attached. Same terms as before please.\n\n", docs=(("purchase_order", "pdf"),)),
        S("order", "us", None,
          "Hi Kwame,\n\nthanks for PO {po}. Our invoice {inv} is attached; the contract will follow from our "
          "contracts desk.\n\nKind regards,\n", docs=(("commercial_invoice", "pdf"),), gap=1),
    ], tracking="container"),
]
