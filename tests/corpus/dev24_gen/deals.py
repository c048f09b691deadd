"""The twenty-third holdout's deal scripts, with the words each side writes (new wording, not dev..dev23's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    # Trinidad and Tobago: enquiry for a turnaround, our quotation, payment terms negotiated; the order typed in the
    # mail; the contract as a Word draft and back signed; a readiness note; the invoice only comes with the
    # shipping documents (packing list and the forwarder's FCR); receipt; the transfer order at 45 days.
    Deal("ho23-TT1", "TT", dt.date(2034, 5, 8), 12, "CPS-PO-34-0612",
         {"q": "SQ-340118", "ctr": "NWC-EX-34-021", "inv": "SI-340247", "sn": "PL-34-1182", "bl": "NGF/FCR/34/0771",
          "pay": "GPCB-TT-34-55810"}, [
        S("enquiry", "partner", "RFQ – spares for the ammonia plant turnaround (Q3)",
          "Good day Anna,\n\nwe are preparing the Q3 turnaround at one of the Point Lisas ammonia plants and would "
          "like your best price CIF Point Lisas for the following:\n\n{needs}\n\nKindly include lead times per item "
          "and the country of origin.\n\n"),
        S("quote", "us", None,
          "Dear Kavita,\n\nthank you for the RFQ. Please find our quotation {q} attached, CIF Point Lisas in US "
          "dollars. All items are UK or EU origin; the impellers need about six weeks, everything else is on the "
          "shelf.\n\nKind regards,\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Hi Anna,\n\nprices are acceptable. Our finance department will only release the order on 45 days "
          "credit rather than payment in advance – can you live with that?\n\n", gap=3),
        S("negotiation", "us", None,
          "Dear Kavita,\n\nyes, net 45 days from the invoice date is fine for this order, on condition that we "
          "sign a short export sales contract. Prices as per {q}.\n\nKind regards,\n", gap=1),
        S("order", "partner", "Purchase order {po} – turnaround spares (ref. {q})",
          "Hi Anna,\n\nour SAP access is down this week, so here is the order typed out. Please treat this e-mail "
          "as our official purchase order.\n\n{order_block}\n\nPlease send the contract for signature.\n\n",
          body_order=True, new_thread=True, gap=2),
        S("contract", "us", None,
          "Dear Kavita,\n\nmany thanks for order {po}. Our export sales contract {ctr} is attached as a Word file. "
          "Please have box 22 signed by Mr Maharaj and send us a scanned copy. The invoice will follow with the "
          "shipping documents.\n\nKind regards,\n", docs=(("contract", "docx"),), signed=False, gap=1),
        S("contract", "partner", None,
          "Hi Anna,\n\nsigned contract {ctr} attached. Please advise the sailing once you have it.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=2),
        S("production", "us", None,
          "Dear Kavita,\n\nan update on {po}: the impellers passed their balancing test yesterday and the whole "
          "order is being packed. The forwarder has space on next week's groupage box to Point Lisas.\n\n"
          "Kind regards,\n", gap=9),
        S("shipping", "us", "Shipping documents – your PO {po}, our invoice {inv}",
          "Dear Kavita,\n\nyour order {po} has been received by our forwarder and sails in container {track}. "
          "Attached are our invoice {inv}, the packing list and the forwarder's certificate of receipt {bl}.\n\n"
          "Kind regards,\n", docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf"),
                                  ("bill_of_lading", "pdf")), new_thread=True, gap=5),
        S("receipt", "partner", None,
          "Hi Anna,\n\nthe cases were delivered to our workshop this morning and counted against the packing list. "
          "Everything is there.\n\n", gap=24),
        S("payment", "partner", "Payment of invoice {inv}",
          "Hi Anna,\n\nplease note that invoice {inv} was settled today, {paid}. A copy of our transfer instruction "
          "as stamped by the bank is attached for your records.\n\n", docs=(("payment_advice", "pdf"),),
          new_thread=True, gap=21),
    ], tracking="container"),
    # Uganda (HTML-only web mail): the order as an Excel export straight away; our pro forma with the contract; the
    # 30 % advance; the signed contract comes back in a new thread; a chase about the flight; air shipment with
    # invoice, packing list and FCR; receipt; a claim with the mill's nonconformance report and our answer.
    Deal("ho23-UG1", "UG", dt.date(2034, 5, 15), 14, "MSA-PO-2034-0388",
         {"pi": "PF-340093", "ctr": "NWC-EX-34-026", "inv": "SI-340262", "sn": "PL-34-1207", "bl": "NGF/FCR/34/0794",
          "pay": "VNCB-OTT-34-2271", "claim": "MSA-QN-34-017", "ir": "SNCR-34-0042"}, [
        S("order", "partner", "Purchase Order {po} – crushing season spares",
          "Dear Anna,\n\nfurther to our phone call on Friday, kindly find attached our purchase order {po} for "
          "the off-crop maintenance. Please send a pro forma invoice so that we can process the advance.\n\n",
          docs=(("purchase_order", "xlsx"),)),
        S("order", "us", None,
          "Dear Moses,\n\nthank you for PO {po}. Attached are our pro forma invoice {pi} for the 30 % advance and "
          "our export sales contract {ctr}; please return the contract signed by Dr Kizito.\n\nKind regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Dear Anna,\n\nthe advance of {paid} has been remitted against pro forma {pi}. Attached is the bank's "
          "copy of our application.\n\n", docs=(("payment_advice", "pdf"),), gap=6),
        S("contract", "partner", "Signed contract {ctr} – PO {po}",
          "Dear Anna,\n\nattached please find contract {ctr} duly signed by our Factory General Manager.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=3),
        S("production", "partner", None,
          "Dear Anna,\n\nthe mill stops on the 20th of next month. Can you confirm the parts will be flown before "
          "then?\n\n", gap=8),
        S("production", "us", None,
          "Dear Moses,\n\nyes – the mill roller bearings arrived from our supplier today and the consolidation to "
          "Entebbe is booked for the end of next week.\n\nKind regards,\n", gap=1),
        S("shipping", "us", "Air shipment PO {po} – invoice {inv}",
          "Dear Moses,\n\nPO {po} is booked on air waybill {track} to Entebbe. Attached are our invoice {inv} "
          "(balance due 30 days after delivery), the packing list and the forwarder's FCR {bl}.\n\n"
          "Kind regards,\n", docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf"),
                                  ("bill_of_lading", "pdf")), new_thread=True, gap=6),
        S("receipt", "partner", None,
          "Dear Anna,\n\ncleared at Entebbe and received in our main stores today. Goods-in inspection is in "
          "progress.\n\n", gap=5),
        S("claim", "partner", "Nonconformance {claim} – PO {po}",
          "Dear Anna,\n\nour goods-in inspection has rejected part of the delivery against PO {po}. The supplier "
          "nonconformance report {ir} is attached. We need replacements before the mill restarts.\n\n",
          docs=(("inspection_report", "pdf"),), new_thread=True, gap=3),
        S("claim", "us", None,
          "Dear Moses,\n\nthank you for report {ir}. We accept the rejection: replacements are being picked today "
          "and will go on the next consolidation at our cost. Please hold the rejected parts; our forwarder will "
          "collect them.\n\nKind regards,\n", gap=1),
    ], deposit=True, tracking="airfreight"),
    # Liechtenstein (writing German, Apple Mail): enquiry, quotation, the order as Word file; invoice and the contract
    # draft together; the signed contract; courier despatch with the packing list; receipt; the transfer order;
    # a complaint with the QMS report and our answer.
    Deal("ho23-LI1", "LI", dt.date(2034, 5, 22), 10, "B-34-00417",
         {"q": "SQ-340131", "ctr": "NWC-EX-34-023", "inv": "SI-340255", "sn": "PL-34-1196", "pay": "LRB-ZA-34-08812",
          "claim": "REK-AFM-34-009", "ir": "AB-34-0031"}, [
        S("enquiry", "partner", "Preisanfrage Ersatzteile Bearbeitungszentren",
          "Guten Tag Frau Keller\n\nFür die Revision unserer Bearbeitungszentren benötigen wir ein Angebot, "
          "geliefert DAP Gamprin-Bendern:\n\n{needs}\n\nBitte geben Sie auch die Lieferfrist an.\n\n"),
        S("quote", "us", None,
          "Guten Tag Herr Frommelt\n\nvielen Dank für Ihre Anfrage. Unser Angebot {q} liegt bei. Lieferung per "
          "Kurier innerhalb von etwa drei Wochen nach Bestellung.\n\nFreundliche Grüsse\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Guten Tag Frau Keller\n\nBesten Dank für das Angebot. Anbei unsere Bestellung {po} als Word-Datei. Wir "
          "bitten um Auftragsbestätigung mit Liefertermin.\n\n", docs=(("purchase_order", "docx"),), gap=4),
        S("order", "us", None,
          "Guten Tag Herr Frommelt\n\nbesten Dank für Ihre Bestellung {po}. Anbei unsere Rechnung {inv} und der "
          "Exportvertrag {ctr}, den wir Sie unterschrieben zurückzusenden bitten. Versand in KW 25.\n\n"
          "Freundliche Grüsse\n", docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", None,
          "Guten Tag Frau Keller\n\nDer Vertrag {ctr} ist unterschrieben, Sie finden ihn im Anhang.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=2),
        S("shipping", "us", None,
          "Guten Tag Herr Frommelt\n\nIhre Bestellung {po} wurde heute dem Kurier übergeben, Sendungsnummer "
          "{track}. Die Packliste liegt bei.\n\nFreundliche Grüsse\n", docs=(("shipping_notice", "pdf"),),
          gap=12),
        S("receipt", "partner", None,
          "Guten Tag Frau Keller\n\nDie Sendung ist heute bei uns eingetroffen. Besten Dank.\n\n", gap=3),
        S("payment", "partner", "Zahlung Rechnung {inv}",
          "Guten Tag Frau Keller\n\nWir haben Ihre Rechnung {inv} heute bezahlt ({paid}). Anbei die Kopie unseres "
          "Zahlungsauftrags mit dem Ausführungsvermerk der Bank.\n\n", docs=(("payment_advice", "pdf"),),
          new_thread=True, gap=8),
        S("claim", "partner", "Reklamation {claim} zu Bestellung {po}",
          "Guten Tag Frau Keller\n\nBei der Montage haben wir Abweichungen an zwei Positionen Ihrer Lieferung "
          "festgestellt. Den Abweichungsbericht {ir} aus unserem QM-System finden Sie im Anhang. Bitte nehmen Sie "
          "bis Ende Woche Stellung.\n\n", docs=(("inspection_report", "pdf"),), new_thread=True, gap=6),
        S("claim", "us", None,
          "Guten Tag Herr Frommelt\n\nbesten Dank für den Bericht {ir}. Wir senden Ihnen die beanstandeten Teile "
          "kostenlos neu und holen die gesperrten Teile ab; den 8D-Bericht erhalten Sie in der kommenden Woche.\n\n"
          "Freundliche Grüsse\n", gap=1),
    ], tracking="courier"),
    # Haiti (writing French): our quotation after a phone call; the order confirmed by mail with its number only;
    # invoice and contract from us asking for the written order; the signed contract; the transfer order; sea
    # shipment with packing list and FCR; receipt. The purchase order document itself never arrives.
    Deal("ho23-HT1", "HT", dt.date(2034, 5, 29), 12, "SHE-CMD-34-118",
         {"q": "SQ-340142", "ctr": "NWC-EX-34-028", "inv": "SI-340270", "sn": "PL-34-1219", "bl": "NGF/FCR/34/0802",
          "pay": "BCC-VI-34-40418"}, [
        S("quote", "us", "Offre {q} – pièces pour la ligne d'embouteillage",
          "Madame Pierre-Louis,\n\ncomme convenu lors de notre entretien téléphonique, je vous adresse ci-joint "
          "notre offre {q}, CFR Port-au-Prince en dollars américains.\n\nBien cordialement,\n",
          docs=(("quotation", "pdf"),)),
        S("order", "partner", None,
          "Madame Keller,\n\nnous vous confirmons notre commande n° {po} pour l'ensemble des articles de votre "
          "offre {q}, aux prix et conditions indiqués. Le bon de commande signé suivra par le service achats."
          "\n\n", gap=5),
        S("order", "us", None,
          "Madame Pierre-Louis,\n\nmerci pour votre commande {po}. Vous trouverez ci-joint notre facture {inv} et "
          "le contrat {ctr} à faire signer par M. Étienne. Merci de nous faire parvenir aussi le bon de commande "
          "signé.\n\nBien cordialement,\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")),
          signed=False, gap=1),
        S("contract", "partner", None,
          "Madame Keller,\n\nci-joint le contrat {ctr} signé par notre directeur général.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=4),
        S("payment", "partner", "Virement facture {inv} – commande {po}",
          "Madame Keller,\n\nnous avons donné ordre à notre banque de régler votre facture {inv}, soit {paid}. "
          "Vous trouverez ci-joint l'ordre de virement visé par la banque.\n\n",
          docs=(("payment_advice", "pdf"),), new_thread=True, gap=9),
        S("shipping", "us", "Expédition de votre commande {po} – FCR {bl}",
          "Madame Pierre-Louis,\n\nla commande {po} a été remise à notre transitaire et voyage dans le conteneur "
          "{track}. Ci-joint la liste de colisage et le certificat de réception du transitaire {bl}.\n\n"
          "Bien cordialement,\n", docs=(("shipping_notice", "pdf"), ("bill_of_lading", "pdf")), new_thread=True,
          gap=6),
        S("receipt", "partner", None,
          "Madame Keller,\n\nle conteneur a été dépoté hier à Delmas ; tout est conforme à la liste de colisage."
          "\n\n", gap=30),
    ], tracking="container"),
    # Venezuela (writing Spanish, Gmail): enquiry, quote, a 4 % discount agreed; the order as PDF; the contract
    # alone for signature; the signed copy in a new thread; the invoice later in a mail of its own; shipment with
    # packing list and FCR; the transfer order.
    Deal("ho23-VE1", "VE", dt.date(2034, 6, 5), 13, "OC-EPZ-2034-0271",
         {"q": "SQ-340150", "ctr": "NWC-EX-34-031", "inv": "SI-340288", "sn": "PL-34-1233", "bl": "NGF/FCR/34/0819",
          "pay": "BML-TE-34-1182"}, [
        S("enquiry", "partner", "Solicitud de cotización – repuestos para inyectoras",
          "Buenas tardes, Sra. Keller:\n\nle escribo de Envases Plásticos del Zulia. Necesitamos cotización CFR "
          "Maracaibo de los siguientes repuestos para nuestras inyectoras:\n\n{needs}\n\nQuedo atenta a su "
          "respuesta.\n\n"),
        S("quote", "us", None,
          "Estimada Sra. Urdaneta:\n\ngracias por su solicitud. Le adjunto nuestra cotización {q}, CFR Maracaibo; "
          "embarque marítimo unas seis semanas después del pedido.\n\nSaludos cordiales,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Sra. Keller:\n\nun proveedor italiano nos ofrece los husillos algo más baratos. ¿Podrían mejorar los "
          "precios de la cotización {q}?\n\n", gap=4),
        S("negotiation", "us", None,
          "Estimada Sra. Urdaneta:\n\npodemos aplicar un 4 % de descuento a todas las posiciones de la cotización "
          "{q} si el pedido llega este mes.\n\nSaludos cordiales,\n", gap=1),
        S("order", "partner", None,
          "Sra. Keller:\n\naceptamos. Adjunto nuestra orden de compra {po} con los precios rebajados.\n\n",
          docs=(("purchase_order", "pdf"),), gap=3),
        S("contract", "us", None,
          "Estimada Sra. Urdaneta:\n\nmuchas gracias por la orden {po}. Le adjunto el contrato de venta {ctr} para "
          "la firma del Ing. Finol; la factura comercial se la enviaremos aparte.\n\nSaludos cordiales,\n",
          docs=(("contract", "pdf"),), signed=False, gap=1),
        S("contract", "partner", "Contrato {ctr} firmado – orden {po}",
          "Sra. Keller:\n\nle remito el contrato {ctr} firmado por nuestro Gerente General.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=5),
        S("order", "us", "Factura comercial {inv} – orden de compra {po}",
          "Estimada Sra. Urdaneta:\n\nadjunto nuestra factura comercial {inv} por la orden {po}, {total}, pagadera "
          "a 60 días de la fecha de embarque.\n\nSaludos cordiales,\n", docs=(("commercial_invoice", "pdf"),),
          new_thread=True, gap=12),
        S("shipping", "us", None,
          "Estimada Sra. Urdaneta:\n\nla mercancía de la orden {po} ya está en manos de nuestro transitario, "
          "contenedor {track}. Adjunto la lista de empaque y el certificado de recepción {bl}.\n\n"
          "Saludos cordiales,\n", docs=(("shipping_notice", "pdf"), ("bill_of_lading", "pdf")), gap=3),
        S("payment", "partner", "Pago factura {inv}",
          "Sra. Keller:\n\nle informo que hoy se ordenó la transferencia de {paid} para cancelar la factura {inv}. "
          "Adjunto la solicitud sellada por el banco.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True,
          gap=55),
    ], discount=Decimal("0.96"), tracking="container"),
    # Myanmar (a Chinese-owned cement plant writing Chinese): enquiry, our quotation, the OA-printed order; pro forma
    # and contract; the advance; the signed contract reaches our colleague, who forwards it; shipment with the
    # invoice, packing list and FCR; receipt.
    Deal("ho23-MM1", "MM", dt.date(2034, 6, 12), 13, "SHC-PO-2034-0057",
         {"q": "SQ-340163", "pi": "PF-340104", "ctr": "NWC-EX-34-034", "inv": "SI-340301", "sn": "PL-34-1248",
          "bl": "NGF/FCR/34/0833", "pay": "ZCB-YGN-34-00418"}, [
        S("enquiry", "partner", "询价：水泥厂检修备件（CIF Yangon）",
          "Keller 女士：\n\n您好！我厂年度停窑检修需采购以下备件，请按 CIF Yangon 美元报价，并注明交货期：\n\n{needs}\n\n"
          "盼复，谢谢。\n\n"),
        S("quote", "us", None,
          "Dear Mr Zhao,\n\nthank you for your enquiry. Our quotation {q} is attached, CIF Yangon in US dollars. "
          "The support roller bearings are made to order (about seven weeks); the rest ships from stock.\n\n"
          "Kind regards,\n", docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", "采购订单 {po}",
          "Keller 女士：\n\n报价 {q} 已经公司审批，附件为我司采购订单 {po}（OA 系统打印件）。请尽快提供形式发票和合同。\n\n",
          docs=(("purchase_order", "pdf"),), new_thread=True, gap=6),
        S("order", "us", None,
          "Dear Mr Zhao,\n\nmany thanks for PO {po}. Attached are our pro forma invoice {pi} for the 30 % advance "
          "and the export sales contract {ctr} for signature by Mr Liu Jianguo.\n\nKind regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Keller 女士：\n\n30% 预付款 {paid} 已于今日汇出，附件为银行盖章的境外汇款申请书。\n\n",
          docs=(("payment_advice", "pdf"),), gap=5),
        S("contract", "partner", "合同 {ctr} 已签署",
          "Natarajan 女士：\n\n您好！按您在展会上的建议，签字盖章的合同 {ctr}（订单 {po}）发给您，请转交 Keller 女士。\n\n",
          docs=(("contract", "pdf"),), signed=True, forward=True, new_thread=True, gap=3),
        S("shipping", "us", "Shipment of PO {po} – invoice {inv}, FCR {bl}",
          "Dear Mr Zhao,\n\nPO {po} is packed and with our forwarder, container {track}, sailing via Singapore. "
          "Attached are our invoice {inv}, the packing list and the FCR {bl}. The balance is due before the "
          "original documents are released.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf"), ("bill_of_lading", "pdf")),
          new_thread=True, gap=38),
        S("receipt", "partner", None,
          "Keller 女士：\n\n货物已到厂，开箱检查数量无误。谢谢！\n\n", gap=33),
    ], deposit=True, tracking="container"),
    # Trinidad and Tobago again: an enquiry, our prices typed in the reply and the turnaround postponed (no
    # order).
    Deal("ho23-TT2", "TT", dt.date(2034, 6, 26), 8, "CPS-PO-34-0698", {"q": "SQ-340177"}, [
        S("enquiry", "partner", "Pricing request – seals and gauges for the methanol unit",
          "Good day Anna,\n\ncould you price the items below for our methanol client, same terms as last time?"
          "\n\n{needs}\n\n"),
        S("quote", "us", None,
          "Dear Kavita,\n\nquick prices below, our quotation {q}, CIF Point Lisas, held for 45 days:\n\n"
          "{price_list}\n\nA formal quotation can follow if the client wants one.\n\nKind regards,\n", gap=1),
        S("negotiation", "partner", None,
          "Hi Anna,\n\nthanks. The client has moved the shutdown to next year, so this is on hold. I will come "
          "back to quotation {q} when they confirm the dates.\n\n", gap=6),
    ], tracking="courier"),
    # Uganda again: a repeat order as Excel; our invoice with the contract as a Word draft; the customer's bank
    # wants the complete file for the import declaration, so the order, the invoice and the signed contract come
    # back together in one mail; a chase about the flight.
    Deal("ho23-UG2", "UG", dt.date(2034, 7, 3), 9, "MSA-PO-2034-0431", {"inv": "SI-340315", "ctr": "NWC-EX-34-041"}, [
        S("order", "partner", "PO {po} – additional knives and chain links",
          "Dear Anna,\n\nplease find attached our PO {po} for a top-up of cane knives and carrier chain links. "
          "Same terms as the last order.\n\n", docs=(("purchase_order", "xlsx"),)),
        S("order", "us", None,
          "Dear Moses,\n\nthank you for PO {po}. Our invoice {inv} and the contract {ctr} (Word file, for "
          "signature) are attached; the goods will join the next consolidation to Entebbe.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("order", "partner", "Import file for PO {po} – PO, invoice {inv}, signed contract {ctr}",
          "Dear Anna,\n\nour bank needs the complete file before it registers the import. For your records, "
          "here is the set as lodged with the bank: our PO {po}, your invoice {inv} and contract {ctr} signed by "
          "Dr Kizito.\n\n", docs=(("purchase_order", "xlsx"), ("commercial_invoice", "pdf"), ("contract", "pdf")),
          signed=True, new_thread=True, gap=4),
        S("production", "partner", None,
          "Dear Anna,\n\nany news on the flight date for PO {po}? Our stock of knives is running low.\n\n", gap=6),
    ], tracking="airfreight"),
]
