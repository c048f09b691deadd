"""The thirteenth holdout's deal scripts, with the words each side writes (new wording, not dev..dev13's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    Deal("ho13-NO1", "NO", dt.date(2029, 4, 9), 12, "4500018227",
         {"q": "NQ-29-0412", "ctr": "NCL/SA/29/041", "inv": "NI-29-10418", "bl": "SWB-HLX-2905118",
          "sn": "PL-29-0377", "pay": "NVS-2905-44187"}, [
        S("enquiry", "partner", "Request for quotation – spares for filleting line 2",
          "Dear Ms Keller,\n\nWe are replacing wear parts on our filleting and skinning line before the herring "
          "season. Could you quote DAP Ålesund for the following?\n\n{needs}\n\nDelivery before week 24 would be "
          "ideal.\n\n"),
        S("quote", "us", None,
          "Dear Ms Solheim,\n\nmany thanks for your request. Our quotation {q} is attached, valid for 30 days. We "
          "can deliver in about five weeks from order.\n\nBest regards,\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Dear Anna,\n\nThank you for {q}. The skinning rollers are above our budget. If you can give us 5 % "
          "on the whole quotation we will order this week.\n\n", gap=3),
        S("negotiation", "us", None,
          "Dear Ingrid,\n\nwe can agree 4 % on every item of {q}; terms otherwise unchanged. I hope that works "
          "for you.\n\nBest regards,\n", gap=1),
        S("order", "partner", None,
          "Dear Anna,\n\n4 % is fine. Our purchase order {po} is attached (Word file from Visma). Please send "
          "the invoice and the sales agreement for signature.\n\n", docs=(("purchase_order", "docx"),), gap=1),
        S("order", "us", None,
          "Dear Ingrid,\n\nthank you for PO {po}. Please find our invoice {inv} and sales agreement {ctr}; kindly "
          "sign the agreement and return a scan.\n\nBest regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", "Signed sales agreement {ctr}",
          "Dear Anna,\n\nAttached is agreement {ctr}, signed by Håkon Vik.\n\n", docs=(("contract", "pdf"),),
          signed=True, new_thread=True, gap=3),
        S("shipping", "us", None,
          "Dear Ingrid,\n\nPO {po} left Southampton today in container {track}. The sea waybill and our packing "
          "list are attached; no originals are needed for release in Ålesund.\n\nBest regards,\n",
          docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), gap=18),
        S("receipt", "partner", None,
          "Dear Anna,\n\nThe container was delivered this morning and everything is in order. Thanks!\n\n", gap=6),
        S("payment", "partner", "Payment of invoice {inv}",
          "Dear Anna,\n\nFor your information, invoice {inv} has been paid today; the bank's payment advice is "
          "attached.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=12),
    ], discount=Decimal("0.96"), tracking="container"),
    Deal("ho13-UA1", "UA", dt.date(2029, 4, 16), 14, "ZAM-2029-0117",
         {"q": "NQ-29-0431", "pi": "NP-29-0088", "ctr": "NCL/SA/29/044", "inv": "NI-29-10502", "sn": "PL-29-0402",
          "pay": "PKB-290508-0417"}, [
        S("enquiry", "partner", "Preisanfrage Ersatzteile Sätechnik und Mähdrescher",
          "Sehr geehrte Frau Keller,\n\nwir sind ein Landtechnik-Händler und -Service in Poltava. Für die "
          "Aussaat- und Erntesaison benötigen wir folgende Teile, Lieferung FCA Southampton (unser Spediteur holt "
          "ab):\n\n{needs}\n\nBitte nennen Sie uns auch die Lieferzeit.\n\n"),
        S("quote", "us", None,
          "Sehr geehrter Herr Kravchenko,\n\nvielen Dank für Ihre Anfrage. Anbei unser Angebot {q}, 30 Tage "
          "gültig. Die Ware ist etwa drei Wochen nach Zahlungseingang abholbereit.\n\nMit freundlichen Grüßen\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Sehr geehrte Frau Keller,\n\nwir bestellen gemäß Angebot {q}, die Bestellung {po} als Excel-Datei "
          "liegt bei. Für die Zahlung und den Zoll brauchen wir eine Proforma-Rechnung und einen Vertrag.\n\n",
          docs=(("purchase_order", "xlsx"),), gap=5),
        S("order", "us", None,
          "Sehr geehrter Herr Kravchenko,\n\nbesten Dank für Ihre Bestellung {po}. Anbei die Proforma-Rechnung "
          "{pi} und der Vertrag {ctr} zur Unterschrift.\n\nMit freundlichen Grüßen\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", "Zahlung Proforma {pi} / Bestellung {po}",
          "Sehr geehrte Frau Keller,\n\nheute haben wir {paid} für die Proforma-Rechnung {pi} überwiesen. Die "
          "Zahlungsbestätigung der Bank liegt bei.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=4),
        S("contract", "partner", None,
          "Sehr geehrte Frau Keller,\n\nanbei der von Frau Bondarenko unterschriebene Vertrag {ctr}.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=1),
        S("production", "partner", None,
          "Sehr geehrte Frau Keller,\n\nwann ist die Ware zur Abholung bereit? Unser Spediteur plant die "
          "Sammelladung für Ende Mai.\n\n", gap=8),
        S("shipping", "us", "Bestellung {po}: Abholbereit – Rechnung {inv} und Packliste",
          "Sehr geehrter Herr Kravchenko,\n\nIhre Bestellung {po} ist verpackt und wurde heute von Ihrem "
          "Spediteur abgeholt, Frachtbrief-Nr. {track}. Anbei die Handelsrechnung {inv} und die Packliste.\n\n"
          "Mit freundlichen Grüßen\n", docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf")),
          new_thread=True, gap=6),
        S("receipt", "partner", None,
          "Sehr geehrte Frau Keller,\n\ndie Sendung ist nach der Verzollung in Poltava angekommen, alles "
          "vollständig. Vielen Dank.\n\n", gap=11),
    ], tracking="road"),
    Deal("ho13-BO1", "BO", dt.date(2029, 4, 23), 10, "OC-IO-2029-052",
         {"q": "NQ-29-0455", "ctr": "NCL/SA/29/049", "inv": "NI-29-10547", "bl": "SWB-CMA-2906021",
          "sn": "PL-29-0431"}, [
        S("enquiry", "partner", "Cotización repuestos para zafra 2029",
          "Estimada Sra. Keller:\n\nnos preparamos para la zafra que empieza en junio y necesitamos cotización "
          "CPT Santa Cruz de la Sierra de lo siguiente:\n\n{needs}\n\nQuedamos atentos.\n\n"),
        S("quote", "us", None,
          "Estimada Sra. Rojas:\n\nle agradezco su consulta. Adjunto la cotización {q}, válida 30 días. El "
          "embarque sería vía Arica unas cuatro semanas después del pedido.\n\nSaludos cordiales,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Estimada Anna:\n\nconfirmamos el pedido según su cotización {q}. Le transcribo la orden:\n\n"
          "{order_block}\n\nNecesitamos la factura comercial y el contrato firmado para la importación.\n\n",
          body_order=True, gap=6),
        S("order", "us", None,
          "Estimada Marcela:\n\nmuchas gracias por la orden {po}. Le adjunto la factura comercial {inv} y el "
          "contrato {ctr}, que le ruego devolver firmado.\n\nSaludos cordiales,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Contrato {ctr} firmado",
          "Estimada Anna:\n\nadjunto el contrato {ctr} con la firma de nuestro gerente general.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=5),
        S("shipping", "us", None,
          "Estimada Marcela:\n\nla orden {po} zarpó hoy en el contenedor {track} con destino Arica y tránsito a "
          "Santa Cruz. Adjunto la carta de porte marítimo y la lista de empaque.\n\nSaludos cordiales,\n",
          docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), gap=15),
        S("receipt", "partner", None,
          "Estimada Anna:\n\nel contenedor llegó al ingenio, mercadería completa y en buen estado.\n\n", gap=37),
    ], tracking="container"),
    Deal("ho13-TZ1", "TZ", dt.date(2029, 4, 30), 11, "USF/PO/0418",
         {"ctr": "NCL/SA/29/052", "inv": "NI-29-10588", "bl": "SWB-MSK-2906144", "sn": "PL-29-0449",
          "claim": "USF-CL-2907", "ir": "USF-DR-29-014"}, [
        S("order", "partner", "Purchase Order {po} – decorticator spares",
          "Dear Anna,\n\nFurther to your price list of March, please find attached our purchase order {po}. "
          "Please send us your commercial invoice and the contract so that we can register the import with the "
          "bank.\n\n", docs=(("purchase_order", "pdf"),)),
        S("order", "us", None,
          "Dear Baraka,\n\nthank you for PO {po}. Attached are invoice {inv} and sales agreement {ctr} for your "
          "signature. Shipment is planned in about four weeks.\n\nBest regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "PO {po} – signed agreement {ctr}",
          "Dear Anna,\n\nPlease find attached agreement {ctr} signed by our Finance Director.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=6),
        S("shipping", "us", None,
          "Dear Baraka,\n\nPO {po} is on board, container {track}, ETA Dar es Salaam in about 24 days. The sea "
          "waybill and packing list are attached.\n\nBest regards,\n",
          docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), gap=19),
        S("receipt", "partner", None,
          "Dear Anna,\n\nThe container reached our stores in Tanga today. Two cases were broken and some parts "
          "are damaged; our stores team is preparing a report.\n\n", gap=30),
        S("claim", "partner", "Claim {claim} – damaged parts, PO {po}",
          "Dear Anna,\n\nAttached is our discrepancy report. Some drum knives and hydraulic hoses were received "
          "damaged. Under claim {claim} we ask you to replace the damaged quantities or issue a credit note.\n\n",
          docs=(("inspection_report", "pdf"),), new_thread=True, gap=3),
        S("claim", "us", None,
          "Dear Baraka,\n\nI am sorry about the damage. We will replace the damaged knives and hoses free of "
          "charge with the next shipment; no need to return them.\n\nBest regards,\n", gap=2),
    ], tracking="container"),
    Deal("ho13-PK1", "PK", dt.date(2029, 5, 7), 12, "HX-PO-2905-031",
         {"q": "NQ-29-0497", "pi": "NP-29-0102", "ctr": "NCL/SA/29/057", "inv": "NI-29-10733",
          "pay": "PCB-TT-290528-117", "bl": "SWB-OOL-2907062"}, [
        S("enquiry", "partner", "询价：拉丝及挤出设备备件",
          "Anna 您好！\n\n我们是拉合尔的一家电缆厂，想采购下列备件，请报 CFR Karachi 美元价格：\n\n{needs}\n\n"
          "请一并告知交货期。谢谢！\n\n"),
        S("quote", "us", None,
          "Dear Mr Chen,\n\nthank you for your enquiry. Our quotation {q} is attached, CFR Karachi in USD, valid "
          "30 days. Shipment about five weeks after your advance payment.\n\nBest regards,\n",
          docs=(("quotation", "pdf"),), gap=1),
        S("negotiation", "partner", None,
          "Anna 您好，\n\n报价 {q} 已收到。绞盘轮胎价格偏高，整单能否优惠 6%？\n\n", gap=2),
        S("negotiation", "us", None,
          "Dear Mr Chen,\n\nwe can give 5 % on all items of {q}, other terms as quoted.\n\nBest regards,\n", gap=1),
        S("order", "partner", None,
          "Anna 您好，\n\n同意 5% 折扣。下面是我们的订单：\n\n{order_block}\n\n请寄形式发票和合同，我们安排预付款。\n\n",
          body_order=True, gap=2),
        S("order", "us", None,
          "Dear Mr Chen,\n\nthank you for order {po}. Attached are proforma invoice {pi} for the 30 % advance and "
          "sales agreement {ctr}; please sign and return it.\n\nBest regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Anna 您好，\n\n形式发票 {pi} 的预付款 {paid} 今天已电汇，附件是银行付款通知。\n\n",
          docs=(("payment_advice", "pdf"),), gap=3),
        S("contract", "partner", "合同 {ctr} 已签署 / Signed agreement for order {po}",
          "Anna 您好，\n\n附件是王总签字的合同 {ctr}，请查收。\n\n", docs=(("contract", "pdf"),), signed=True,
          new_thread=True, gap=2),
        S("production", "partner", None,
          "Anna 您好，\n\n订单 {po} 生产进度如何？预计哪天装船？\n\n", gap=12),
        S("shipping", "us", "Order {po}: commercial invoice {inv} and sea waybill",
          "Dear Mr Chen,\n\norder {po} sailed today in container {track}. Attached are commercial invoice {inv} "
          "for the 70 % balance and the sea waybill.\n\nBest regards,\n",
          docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf")), new_thread=True, gap=8),
    ], discount=Decimal("0.95"), deposit=True, tracking="container"),
    Deal("ho13-MU1", "MU", dt.date(2029, 5, 14), 11, "CF2905-0041",
         {"q": "NQ-29-0512", "pi": "NP-29-0117", "ctr": "NCL/SA/29/061", "inv": "NI-29-10801",
          "pay": "BCM-VIR-290611-08", "bl": "SWB-CMA-2907188", "sn": "PL-29-0512"}, [
        S("enquiry", "partner", "Demande de cotation – pièces meunerie et ensachage",
          "Madame,\n\nnous exploitons une minoterie et une ligne d'ensachage à Riche Terre. Pourriez-vous nous "
          "adresser votre meilleure offre CIF Port-Louis pour :\n\n{needs}\n\nMerci de préciser le délai.\n\n"),
        S("quote", "us", None,
          "Madame Lagesse,\n\nmerci pour votre demande. Vous trouverez ci-joint notre offre {q}, valable 30 jours. "
          "Délai d'embarquement : environ cinq semaines après commande.\n\nBien cordialement,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", "Commande fournisseur {po} – MEOI",
          "Bonjour Rohan,\n\ncomme convenu au salon, voici notre commande {po} sur la base de l'offre {q}. Merci "
          "de la transmettre à Mme Keller ; nous avons besoin de la facture proforma et du contrat.\n\n",
          docs=(("purchase_order", "pdf"),), forward=True, new_thread=True, gap=6),
        S("order", "us", None,
          "Madame Lagesse,\n\nRohan m'a transmis votre commande {po}, merci. Ci-joint la facture proforma {pi} et "
          "le contrat {ctr} à nous retourner signé.\n\nBien cordialement,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Madame Keller,\n\nveuillez trouver ci-joint le contrat {ctr} signé par M. Desvaux.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=3),
        S("payment", "partner", "Règlement proforma {pi}",
          "Madame Keller,\n\nnous avons procédé ce jour au virement de {paid} au titre de la proforma {pi}. "
          "L'avis de débit de notre banque est joint.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True,
          gap=4),
        S("shipping", "us", "Commande {po} : facture {inv}, connaissement et liste de colisage",
          "Madame Lagesse,\n\nvotre commande {po} a été embarquée dans le conteneur {track}. Ci-joint la facture "
          "{inv}, la lettre de transport maritime et la liste de colisage.\n\nBien cordialement,\n",
          docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf"), ("shipping_notice", "pdf")),
          new_thread=True, gap=17),
    ], tracking="container"),
    Deal("ho13-NO2", "NO", dt.date(2029, 6, 4), 8, "4500018306",
         {"inv": "NI-29-10912"}, [
        S("order", "partner", "PO {po} – repeat order blades and seals",
          "Hi Anna,\n\nA repeat order, PO {po}, is attached. Same discount as on PO 4500018227 please.\n\n",
          docs=(("purchase_order", "docx"),)),
        S("order", "us", None,
          "Hi Ingrid,\n\nthank you. Invoice {inv} for PO {po} is attached; our contracts team will send the "
          "agreement separately.\n\nBest regards,\n", docs=(("commercial_invoice", "pdf"),), gap=1),
    ], discount=Decimal("0.96"), tracking="container"),
    Deal("ho13-UA2", "UA", dt.date(2029, 6, 11), 9, "ZAM-2029-0164",
         {}, [
        S("order", "partner", "Bestellung {po}",
          "Sehr geehrte Frau Keller,\n\nim Anhang unsere neue Bestellung {po}, Preise wie in ZAM-2029-0117.\n\n",
          docs=(("purchase_order", "xlsx"),)),
        S("order", "us", None,
          "Sehr geehrter Herr Kravchenko,\n\ndanke für die Bestellung {po}. Proforma-Rechnung und Vertrag schicke "
          "ich Ihnen, sobald der Abholtermin feststeht.\n\nMit freundlichen Grüßen\n", gap=1),
        S("production", "partner", None,
          "Sehr geehrte Frau Keller,\n\ngibt es schon Neuigkeiten zur {po}? Rechnung und Vertrag haben wir noch "
          "nicht bekommen.\n\n", gap=9),
    ], tracking="road"),
    Deal("ho13-TZ2", "TZ", dt.date(2029, 6, 18), 7, "USF/PO/0451",
         {"ctr": "NCL/SA/29/068", "inv": "NI-29-10987"}, [
        S("order", "partner", "PO {po} – sprockets and hoses",
          "Dear Anna,\n\nOur PO {po} is attached. Kindly confirm and send the invoice and contract.\n\n",
          docs=(("purchase_order", "pdf"),)),
        S("order", "us", None,
          "Dear Baraka,\n\nPO {po} is confirmed. Invoice {inv} and agreement {ctr} are attached for signature."
          "\n\nBest regards,\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("order", "partner", "Documents for PO {po} – complete set for the bank",
          "Dear Anna,\n\nFor our bank file I send the full set again: PO {po}, your invoice {inv} and agreement "
          "{ctr}, now signed.\n\n",
          docs=(("purchase_order", "pdf"), ("commercial_invoice", "pdf"), ("contract", "pdf")), signed=True,
          new_thread=True, gap=4),
    ], tracking="container"),
    Deal("ho13-BO2", "BO", dt.date(2029, 7, 2), 6, "OC-IO-2029-077",
         {"ctr": "NCL/SA/29/073", "inv": "NI-29-11042"}, [
        S("order", "partner", "Pedido urgente {po} – parada del molino",
          "Estimada Anna:\n\ntenemos el molino 2 parado. Por favor tome este correo como orden de compra:\n\n"
          "{order_block}\n\nSi es posible, envío aéreo.\n\n", body_order=True),
        S("order", "us", None,
          "Estimada Marcela:\n\nya estamos preparando la orden {po}. Le adjunto la factura {inv} y el contrato "
          "{ctr} para su firma.\n\nSaludos cordiales,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
    ], tracking="container"),
]
