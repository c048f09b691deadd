"""The twenty-sixth holdout's deal scripts, with the words each side writes (new wording, not dev..dev26's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    # Barbados (Apple Mail): an enquiry before the bottling-line overhaul, our quote, a haggle over price and
    # freight, 3 % granted; the order as the QuickBooks Excel export naming our quote; our contract note alone;
    # the signed note back; shipment in a new thread with invoice, packing list and bill of lading; receipt;
    # payment by e-banking printout weeks later in a new thread.
    Deal("ho26-BB1", "BB", dt.date(2036, 3, 3), 10, "SMB-PO-2036-0142",
         {"q": "SQ36-00418", "ctr": "CN/36/0214", "inv": "SI36-01127", "sn": "SHP36-00883",
          "bl": "MALSOU3601447", "pay": "FT3610749QX8"}, [
        S("enquiry", "partner", "Bottling line overhaul - parts list for pricing",
          "Morning Anna,\n\nWe shut the bottling hall for two weeks in May for the annual overhaul and Desmond "
          "wants everything on site before then. Could you price up the following, CIF Bridgetown, USD:\n\n"
          "{needs}\n\nThe filler valves are the priority, the old ones are weeping on every third head.\n\n"),
        S("quote", "us", None,
          "Hi Kerri-Ann,\n\ngood to hear from you. Our quote {q} is attached, CIF Bridgetown in USD and valid 60 "
          "days. If the order is with us by the end of March it can make the Meridian Atlantic sailing of 14 April, "
          "which lands in Bridgetown around the 28th.\n\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Anna,\n\nthanks - Desmond went through {q} line by line last night. Honestly the capping chucks are "
          "dearer than what the Italians quoted us, and he asks if you can do something on the whole lot. 5% "
          "would get it signed today.\n\n", gap=3),
        S("negotiation", "us", None,
          "Hi Kerri-Ann,\n\n5 % is more than I can justify on the filler valves, which we buy in ourselves, but I "
          "can give 3 % on every line of {q} and keep CIF Bridgetown as quoted. If that works for Desmond, just "
          "send the PO.\n\n", gap=1),
        S("order", "partner", None,
          "Anna - 3% it is. PO {po} attached, straight out of QuickBooks so excuse the formatting. Please confirm "
          "you can make the 14 April boat.\n\n", docs=(("purchase_order", "xlsx"),), gap=1),
        S("contract", "us", None,
          "Hi Kerri-Ann,\n\nthank you for PO {po} - confirmed for the 14 April sailing. Attached is our contract "
          "note {ctr}; could Mr Clarke-Harewood sign it and send a copy back? The invoice goes out with the "
          "shipping documents.\n\n", docs=(("contract", "docx"),), signed=False, gap=1),
        S("contract", "partner", None,
          "Signed copy of {ctr} attached. Desmond initialled every page as well, belt and braces.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=4),
        S("shipping", "us", "Shipping documents - your PO {po} / our invoice {inv}",
          "Hi Kerri-Ann,\n\nyour parts for PO {po} sailed from Southampton on the Meridian Atlantic vessel, "
          "container {track}. Attached: invoice {inv}, the packing list and a copy of the bill of lading (the "
          "originals go by courier to your broker).\n\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf"), ("bill_of_lading", "pdf")),
          new_thread=True, gap=27),
        S("payment", "partner", "Remittance {inv}",
          "Hi Anna\n\nPayment released today for {inv}, {paid}. Printout from the bank attached.\n\n",
          docs=(("payment_advice", "pdf"),), new_thread=True, gap=38),
    ], discount=Decimal("0.97"), tracking="sea"),
    # Malawi (Gmail): a long enquiry, our quote, the order as the Tally voucher PDF; our invoice and contract
    # note; a note that the signed copy will be late; shipment with packing list and bill of lading; the signed
    # contract arrives in a new thread after shipment, named by its numbers; receipt; payment.
    Deal("ho26-MW1", "MW", dt.date(2036, 3, 10), 10, "THE/PO/0418/36",
         {"q": "SQ36-00431", "inv": "SI36-01142", "ctr": "CN/36/0219", "sn": "SHP36-00897",
          "bl": "MALSOU3601502", "pay": "TT2036-05118"}, [
        S("enquiry", "partner", "Enquiry: CTC & withering spares for the 2036/37 season",
          "Dear Anna,\n\nGreetings from Thyolo. We got your contact from the folks at Mulanje who speak highly of "
          "your service. We are getting the factory ready for the rains, when the flush starts and the CTC line "
          "runs day and night, so I need the following spares quoted please:\n\n{needs}\n\nPrices CPT Blantyre in "
          "GBP, shipping via Nacala as usual for us. Kindly also indicate the delivery time, our factory manager "
          "is quite anxious about the rotorvane liners.\n\n"),
        S("quote", "us", None,
          "Dear Chikondi,\n\nthank you for the enquiry, and please thank our friends in Mulanje too. Our quote {q} "
          "is attached, CPT Blantyre via Nacala in GBP. The rotorvane liners are made to order, about five weeks; "
          "everything else is on the shelf.\n\n", docs=(("quotation", "pdf"),), gap=3),
        S("order", "partner", None,
          "Dear Anna\n\nThanks. Mr Mkandawire has approved, please find attached our purchase order {po} against "
          "your quote {q}. Let me know when you expect to ship.\n\n", docs=(("purchase_order", "pdf"),), gap=6),
        S("order", "us", None,
          "Dear Chikondi,\n\nmany thanks for order {po}. Attached are our invoice {inv} and contract note {ctr}. "
          "Please have the note signed and returned; we expect to ship from Southampton in about five weeks.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", None,
          "Hi Anna, received with thanks. Mr Mkandawire is at the estates in Mulanje till the end of the month so "
          "the signed contract will take a while, sorry. Please go ahead with the production anyway.\n\n", gap=2),
        S("shipping", "us", None,
          "Dear Chikondi,\n\nthe goods for {po} are on the water to Nacala, container {track}. The packing list and "
          "bill of lading are attached; the forwarder will arrange the road leg to Blantyre.\n\n",
          docs=(("shipping_notice", "pdf"), ("bill_of_lading", "pdf")), gap=33),
        S("contract", "partner", "Signed contract note {ctr} (our PO {po})",
          "Dear Anna,\n\nApologies for the delay. Attached find the contract note {ctr} signed by our Factory "
          "Manager.\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=5),
        S("receipt", "partner", None,
          "Dear Anna\n\nThe truck from Nacala arrived at Khonjeni yesterday afternoon. All 4 cases recieved in good "
          "order, we are busy fitting the CTC segments.\n\n", gap=30),
        S("payment", "partner", None,
          "Dear Anna, payment of {paid} effected today against invoice {inv}. Bank printout attached.\n\n",
          docs=(("payment_advice", "pdf"),), gap=26),
    ], tracking="sea"),
    # Moldova (writing German, Outlook): enquiry, quote, a request for a shorter lead time and cash discount,
    # our answer; the order as a Word file in a new thread; our invoice and contract note; the signed note;
    # dispatch by courier with the packing list; payment.
    Deal("ho26-MD1", "MD", dt.date(2036, 3, 17), 10, "VC-B-2036/071",
         {"q": "SQ36-00447", "inv": "SI36-01163", "ctr": "CN/36/0226", "sn": "SHP36-00912",
          "pay": "AUSL-2036-0418"}, [
        S("enquiry", "partner", "Anfrage Ersatzteile Abfüllung und Kelterei",
          "Sehr geehrte Frau Keller,\n\nwir bereiten die Weinlese 2036 vor und benötigen für unsere Kelterei und "
          "die Abfüllanlage folgende Teile:\n\n{needs}\n\nBitte um Angebot DAP Ialoveni in EUR. Die Membranen "
          "müssen spätestens Mitte August bei uns sein.\n\n"),
        S("quote", "us", None,
          "Sehr geehrte Frau Ciobanu,\n\nvielen Dank für Ihre Anfrage. Anbei unser Angebot {q}, DAP Ialoveni in "
          "Euro, gültig 60 Tage. Die Pressmembranen fertigt der Hersteller in ca. sechs Wochen.\n\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Sehr geehrte Frau Keller,\n\ndanke für das Angebot. Zwei Fragen noch: geht es bei den Membranen auch in "
          "vier Wochen? Und können Sie 2 % Skonto bei Zahlung innerhalb 10 Tagen gewähren? Dann bestellen wir "
          "sofort.\n\n", gap=3),
        S("negotiation", "us", None,
          "Sehr geehrte Frau Ciobanu,\n\nvier Wochen schafft der Hersteller leider nicht, fünf Wochen kann ich "
          "zusagen. Skonto bieten wir nicht an, dafür liefern wir DAP ohne Aufpreis für die Expresszustellung.\n\n",
          gap=1),
        S("order", "partner", "Bestellung {po} – Ihr Angebot {q}",
          "Sehr geehrte Frau Keller,\n\neinverstanden. Anbei unsere Bestellung {po} als Word-Datei. Bitte schicken "
          "Sie uns Rechnung und Vertrag.\n\n", docs=(("purchase_order", "docx"),), new_thread=True, gap=2),
        S("order", "us", None,
          "Sehr geehrte Frau Ciobanu,\n\nherzlichen Dank für die Bestellung {po}. Anbei unsere Rechnung {inv} und "
          "die Contract Note {ctr} (englisch, unser Standardvertrag); bitte unterschrieben zurücksenden.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", None,
          "Sehr geehrte Frau Keller,\n\nanbei der unterzeichnete Vertrag {ctr}, mit Stempel.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=3),
        S("shipping", "us", "Versandmitteilung – Bestellung {po}",
          "Sehr geehrte Frau Ciobanu,\n\nIhre Bestellung {po} ist heute per DHL Express unterwegs, Sendungsnummer "
          "{track}. Die Packliste finden Sie im Anhang.\n\n", docs=(("shipping_notice", "pdf"),),
          new_thread=True, gap=34),
        S("payment", "partner", None,
          "Sehr geehrte Frau Keller,\n\ndie Zahlung für Rechnung {inv} über {paid} ist heute rausgegangen, "
          "Ausdruck aus dem Online-Banking anbei. Die Ware kam vollständig an, danke!\n\n",
          docs=(("payment_advice", "pdf"),), gap=9),
    ], tracking="courier"),
    # Mauritania (writing French, HTML-only mail): our quote after a visit; the order as PDF; our pro forma and
    # contract note; the advance (e-banking printout); the signed note; a production note; shipment in a new
    # thread with invoice, packing list and B/L; a claim with the quality notification in a new thread; our answer.
    Deal("ho26-MR1", "MR", dt.date(2036, 3, 24), 11, "BC-SOM-2036-0093",
         {"q": "SQ36-00452", "pi": "PPI36-0071", "ctr": "CN/36/0231", "inv": "SI36-01188", "sn": "SHP36-00934",
          "bl": "MALSOU3601619", "pay": "VIR-NDB-36-1207", "claim": "REC-SOM-36-004", "ir": "200004127"}, [
        S("quote", "us", "Notre offre {q} – pièces pour l'usine de congélation",
          "Monsieur Ould Sidi,\n\nmerci encore pour l'accueil à Nouadhibou la semaine dernière. Comme convenu lors "
          "de la visite de l'usine, voici notre offre {q} pour les pièces des congélateurs à plaques et du tunnel, "
          "CFR Nouadhibou en euros.\n\n", docs=(("quotation", "pdf"),)),
        S("order", "partner", None,
          "Madame Keller,\n\nSuite à votre offre {q}, nous vous adressons en pièce jointe notre bon de commande "
          "{po}. Merci de nous faire parvenir la facture proforma pour le virement de l'acompte.\n\n",
          docs=(("purchase_order", "pdf"),), gap=8),
        S("order", "us", None,
          "Monsieur Ould Sidi,\n\nnous vous remercions pour votre commande {po}. Vous trouverez ci-joint la facture "
          "proforma {pi} pour l'acompte de 30 % ainsi que notre contrat {ctr} à nous retourner signé.\n\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("payment", "partner", None,
          "Madame,\n\nl'acompte de {paid} a été viré ce matin. Veuillez trouver ci-joint l'avis de la banque.\n\n",
          docs=(("payment_advice", "pdf"),), gap=5),
        S("contract", "partner", None,
          "Madame,\n\nci-joint le contrat {ctr} signé par notre Directeur général.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=2),
        S("production", "us", None,
          "Monsieur Ould Sidi,\n\npetit point sur la commande {po} : les plaques de congélateur sont sorties de "
          "fabrication hier et passent au contrôle d'étanchéité. Nous visons le navire du 12 mai.\n\n", gap=15),
        S("shipping", "us", "Expédition commande {po} – facture {inv}",
          "Monsieur Ould Sidi,\n\nla commande {po} est embarquée, conteneur {track}. Ci-joint la facture {inv} "
          "(solde), la liste de colisage et la copie du connaissement.\n\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf"), ("bill_of_lading", "pdf")),
          new_thread=True, gap=9),
        S("claim", "partner", "Réclamation {claim} / commande {po}",
          "Madame,\n\nÀ la réception, deux plaques présentaient des fuites au niveau des raccords et plusieurs "
          "joints de porte étaient coupés. Vous trouverez ci-joint notre avis qualité {ir}. Nous attendons votre "
          "proposition rapidement car la campagne de poulpe commence.\n\n",
          docs=(("inspection_report", "pdf"),), new_thread=True, gap=30),
        S("claim", "us", None,
          "Monsieur Ould Sidi,\n\nnous sommes navrés. Nous remplaçons les deux plaques et les joints sans frais, "
          "envoi par avion la semaine prochaine. Pouvez-vous nous envoyer des photos des raccords pour le "
          "fabricant ?\n\n", gap=1),
    ], deposit=True, tracking="sea"),
    # Belize (writing Spanish, Gmail): enquiry, quote, the order typed into the mail; our invoice and contract
    # note; the QuickBooks order follows in a new thread "for the file"; the signed contract; shipment; payment.
    Deal("ho26-BZ1", "BZ", dt.date(2036, 4, 7), 10, "ADN-OC-1187",
         {"q": "SQ36-00468", "inv": "SI36-01204", "ctr": "CN/36/0238", "sn": "SHP36-00951",
          "bl": "MALSOU3601688", "pay": "BMB-36-077145"}, [
        S("enquiry", "partner", "Cotización repuestos planta de alimento",
          "Hola Anna, buenas tardes\n\nle escribo de Avícola del Norte en Orange Walk, nos dio su correo el "
          "señor Novelo. Necesitamos cotización de estos repuestos para la peletizadora y el molino:\n\n{needs}\n\n"
          "Precio CIF Belize City en dólares por favor. Gracias de antemano!\n\n"),
        S("quote", "us", None,
          "Hola Rosa Elena:\n\nmuchas gracias por contactarnos. Le adjunto la cotización {q}, CIF Belize City en "
          "USD. Los dados de la peletizadora tienen un plazo de seis semanas; lo demás sale de almacén.\n\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Anna, buen día\n\nDon Arturo aprobó la cotización. El sistema de compras está en mantenimiento así que "
          "le paso el pedido aquí mismo:\n\n{order_block}\n\nLa orden formal se la mando cuando vuelva el sistema."
          "\n\n", body_order=True, gap=5),
        S("order", "us", None,
          "Hola Rosa Elena:\n\ngracias por el pedido {po}. Le envío la factura {inv} y la nota de contrato {ctr} "
          "para firma de don Arturo.\n\n", docs=(("commercial_invoice", "pdf"), ("contract", "docx")),
          signed=False, gap=1),
        S("order", "partner", "Orden de compra {po} (respaldo)",
          "Hola Anna\n\nYa volvió el QuickBooks, le adjunto la orden {po} para su archivo, es la misma del "
          "correo.\n\n", docs=(("purchase_order", "xlsx"),), new_thread=True, gap=4),
        S("contract", "partner", None,
          "Anna, adjunto el contrato {ctr} firmado. Saludos\n\n", docs=(("contract", "pdf"),), signed=True, gap=2),
        S("shipping", "us", None,
          "Hola Rosa Elena:\n\nel pedido {po} va en camino a Belize City, contenedor {track}. Adjunto la lista de "
          "empaque; el conocimiento de embarque original se lo manda la naviera a su agente.\n\n",
          docs=(("shipping_notice", "pdf"),), gap=36),
        S("payment", "partner", "Pago factura {inv}",
          "Buenas Anna, le comparto el comprobante de la transferencia por {paid} de la factura {inv}. Que tenga "
          "buen día.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=48),
    ], tracking="sea"),
    # Suriname (a Chinese-owned sawmill writing Chinese, Outlook): enquiry, quote, a price request and our
    # answer; the order as the Kingdee PDF in a new thread; our pro forma and contract note (PDF); the deposit;
    # the signed note; shipment with invoice, packing list and B/L in a new thread; the balance.
    Deal("ho26-SR1", "SR", dt.date(2036, 4, 14), 11, "HS-CG-36-0417",
         {"q": "SQ36-00479", "pi": "PPI36-0084", "ctr": "CN/36/0244", "inv": "SI36-01231", "sn": "SHP36-00972",
          "bl": "MALSOU3601751", "pay": "HB360519004"}, [
        S("enquiry", "partner", "询价：锯片、旋切刀及热压机配件",
          "Anna 你好，\n\n我们工厂下个月要大修，需要以下配件，麻烦报 CFR Paramaribo 美元价格和交期：\n\n{needs}\n\n旋切刀比较急，"
          "谢谢！\n\n"),
        S("quote", "us", None,
          "Dear Mr Lin,\n\nthank you for your enquiry. Please find our quotation {q} attached, CFR Paramaribo in "
          "USD. The peeling knives can ship in three weeks, the glue spreader rolls need about seven.\n\n",
          docs=(("quotation", "pdf"),), gap=1),
        S("negotiation", "partner", None,
          "Anna 你好，\n\n报价收到。胶辊价格偏高，能不能便宜一点？另外锯片我们量大，希望有优惠。\n\n", gap=2),
        S("negotiation", "us", None,
          "Dear Mr Lin,\n\nwe have checked again with the roll maker: we can reduce every line of {q} by 4 %. "
          "That is our best price.\n\n", gap=1),
        S("order", "partner", "采购订单 {po}",
          "Anna 你好，\n\n按你们降价后的价格下单，附件是采购订单 {po}，请发形式发票和合同，我们付30%定金。\n\n",
          docs=(("purchase_order", "pdf"),), new_thread=True, gap=3),
        S("order", "us", None,
          "Dear Mr Lin,\n\nthank you for order {po}. Attached are pro forma invoice {pi} for the 30 % deposit and "
          "our contract note {ctr} for Mr Chen's signature.\n\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Anna，定金 {paid} 已付，银行回单见附件。\n\n", docs=(("payment_advice", "pdf"),), gap=4),
        S("contract", "partner", None,
          "Anna 你好，合同 {ctr} 陈总已签字，请查收。\n\n", docs=(("contract", "pdf"),), signed=True, gap=3),
        S("shipping", "us", "Shipment of your order {po} – invoice {inv}",
          "Dear Mr Lin,\n\norder {po} has sailed, container {track}. Attached are invoice {inv} for the balance, "
          "the packing list and a copy of the bill of lading; the originals will be released against the balance "
          "payment.\n\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf"), ("bill_of_lading", "pdf")),
          new_thread=True, gap=45),
    ], discount=Decimal("0.96"), deposit=True, tracking="sea"),
    # Barbados again: the order reaches our area manager, who forwards it with the Excel file; our invoice and
    # contract note; the full set (order, invoice, signed note) sent back for their auditors; shipment, told
    # in the mail only.
    Deal("ho26-BB2", "BB", dt.date(2036, 5, 12), 6, "SMB-PO-2036-0177",
         {"inv": "SI36-01262", "ctr": "CN/36/0251", "sn": "SHP36-00998", "bl": "MALSOU3601830"}, [
        S("order", "partner", "PO {po} - top-up spares",
          "Hi Rhys,\n\nlovely to see you at the rum festival. As promised, PO {po} attached for the top-up "
          "spares we spoke about. Can you get it to the right person?\n\nThanks!\n",
          docs=(("purchase_order", "xlsx"),), forward=True, new_thread=True),
        S("order", "us", None,
          "Hi Kerri-Ann,\n\nRhys passed your PO {po} to me - thank you. Invoice {inv} and contract note {ctr} "
          "attached.\n\n", docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("order", "partner", None,
          "Hi Anna,\n\nsigned {ctr} attached. Our auditors come in next week and want the whole set for every "
          "PO in one place, so I've put PO {po} and your invoice {inv} on here again too. When would it land in "
          "Bridgetown roughly?\n\n",
          docs=(("purchase_order", "xlsx"), ("commercial_invoice", "pdf"), ("contract", "pdf")), signed=True,
          gap=2),
        S("shipping", "us", None,
          "Hi Kerri-Ann,\n\nit sailed yesterday in container {track}, ETA Bridgetown in about 16 days. Meridian "
          "will send the B/L to your broker as before.\n\n", gap=12),
    ], tracking="sea"),
    # Malawi again: a claim on an earlier order, linked only by its numbers, with the quality notification; our
    # answer.
    Deal("ho26-MW2", "MW", dt.date(2036, 4, 21), 6, "THE/PO/0377/36",
         {"inv": "SI36-00988", "claim": "THE-QC-36-011", "ir": "200003981"}, [
        S("claim", "partner", "Complaint {claim} - V-belts on PO {po} (your invoice {inv})",
          "Dear Anna,\n\nWe have a problem with the V-belts supplied on our PO {po}: several are stretching beyond "
          "the tensioner range after a week. Our quality notification {ir} is attached with the details. Kindly "
          "advise.\n\n", docs=(("inspection_report", "pdf"),), new_thread=True),
        S("claim", "us", None,
          "Dear Chikondi,\n\nsorry to hear this. I have sent your notification {ir} to the belt maker. Could you "
          "let me know the batch code printed on the back of the belts? We will replace them either way.\n\n",
          gap=1),
    ]),
    # Moldova again: a small enquiry answered with prices typed into the reply; no order follows.
    Deal("ho26-MD2", "MD", dt.date(2036, 5, 26), 4, "VC-B-2036/099", {"q": "SQ36-00512"}, [
        S("enquiry", "partner", "Kurze Preisanfrage Filterschichten und Fühler",
          "Hallo Frau Keller,\n\nkurz zwischendurch: was kosten bei Ihnen aktuell\n\n{needs}\n\nNur Richtpreise, "
          "danke.\n\n"),
        S("quote", "us", None,
          "Hallo Frau Ciobanu,\n\ngern, Richtpreise unter Referenz {q}, DAP Ialoveni:\n\n{price_list}\n\n"
          "Für ein formelles Angebot genügt eine kurze Nachricht.\n\n", gap=1),
    ]),
    # Suriname again: a claim in English with the quality notification, our answer.
    Deal("ho26-SR2", "SR", dt.date(2036, 6, 2), 6, "HS-CG-35-1102",
         {"inv": "SI35-04417", "claim": "HS-QC-36-002", "ir": "200004302"}, [
        S("claim", "partner", "质量投诉 {claim} – 订单 {po}",
          "Anna 你好，\n\n订单 {po}（发票 {inv}）的部分刀片使用不到一周就崩刃了，附件是我们的质量通知单 {ir}，请尽快处理。\n\n",
          docs=(("inspection_report", "pdf"),), new_thread=True),
        S("claim", "us", None,
          "Dear Mr Lin,\n\nthank you for quality notification {ir}. We are sorry. Please return two of the damaged "
          "knives for analysis at our cost; replacements will go with your next shipment free of charge.\n\n",
          gap=2),
    ]),
    # Belize again: payment of an invoice from before this mailbox, a single mail.
    Deal("ho26-BZ2", "BZ", dt.date(2036, 3, 19), 6, "ADN-OC-1102", {"inv": "SI35-04388", "pay": "BMB-36-061902"}, [
        S("payment", "partner", "Transferencia factura {inv} / OC {po}",
          "Buenos días Anna,\n\nle adjunto el comprobante del pago de la factura {inv} correspondiente a nuestra "
          "orden {po}, por {paid}. Favor confirmar recibido.\n\n", docs=(("payment_advice", "pdf"),)),
    ]),
    # Mauritania again: a repeat order without quote; our invoice, the contract note announced by courier;
    # shipment with the packing list; the signed contract never arrives in this mailbox.
    Deal("ho26-MR2", "MR", dt.date(2036, 6, 9), 6, "BC-SOM-2036-0141",
         {"inv": "SI36-01318", "ctr": "CN/36/0263", "sn": "SHP36-01037", "bl": "MALSOU3601907"}, [
        S("order", "partner", "Commande {po} – réassort pièces usine",
          "Madame,\n\nVeuillez trouver ci-joint notre bon de commande {po} pour le réassort du magasin de "
          "l'usine. Merci de nous confirmer le délai.\n\n", docs=(("purchase_order", "pdf"),)),
        S("order", "us", None,
          "Monsieur Ould Sidi,\n\nmerci pour la commande {po}. Ci-joint la facture {inv}. Le contrat {ctr} suit "
          "par courrier express avec l'original pour signature.\n\n",
          docs=(("commercial_invoice", "pdf"),), gap=1),
        S("shipping", "us", None,
          "Monsieur Ould Sidi,\n\nla commande {po} est partie, conteneur {track} en groupage. "
          "Liste de colisage ci-jointe. Nous attendons toujours le contrat {ctr} signé.\n\n",
          docs=(("shipping_notice", "pdf"),), gap=20),
    ], tracking="sea"),
]
