"""The twentieth holdout's deal scripts, with the words each side writes (new wording, not dev..dev20's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    Deal("ho20-IT1", "IT", dt.date(2032, 3, 1), 12, "OA-32-00418",
         {"q": "Q-2032-0611", "ctr": "NWC-SC-32-041", "inv": "INV-2032-1182", "sn": "PL-32-20717",
          "claim": "RC-TV-32-004", "ir": "BTI-32-0275"}, [
        S("enquiry", "partner", "Request for offer – spare parts for drawing line 3",
          "Dear Anna,\n\nwe are planning the Easter shutdown of drawing line 3 and we need your best offer, "
          "delivered to our plant in Albino, for the following spare parts:\n\n{needs}\n\nThank you in advance "
          "and have a nice day.\n\n"),
        S("quote", "us", None,
          "Dear Chiara,\n\nmany thanks for your request. Please find our quote {q} attached, delivered DAP Albino. "
          "The goods travel by groupage trailer through the Channel Tunnel and the Fréjus, about six working days "
          "from despatch.\n\nBest wishes,\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Dear Anna,\n\nthe offer is fine for us, only the payment: our standard is 90 days end of month, could "
          "you accept it? The prices are ok.\n\n", gap=2),
        S("negotiation", "us", None,
          "Dear Chiara,\n\nI am afraid 60 days from invoice date is the longest our credit insurer allows; the prices "
          "stay as quoted in {q}.\n\nBest wishes,\n", gap=1),
        S("order", "partner", None,
          "Dear Anna,\n\nok, we accept 60 days. Our ERP is being upgraded this week and cannot print orders, so I "
          "write the order here:\n\n{order_block}\n\nPlease confirm and send us the invoice and the contract.\n\n",
          body_order=True, gap=2),
        S("order", "us", None,
          "Dear Chiara,\n\nthank you for order {po}, which we confirm. Attached are invoice {inv} and our sales "
          "contract {ctr} as a Word file – could Dott. Pezzotta sign it and return a PDF?\n\nBest wishes,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", None,
          "Dear Anna,\n\nattached the contract {ctr} signed by our Managing Director.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=3),
        S("shipping", "us", None,
          "Dear Chiara,\n\nyour order {po} left Southampton today, consignment {track}. The packing list is attached; "
          "the haulier will call your warehouse one day before delivery.\n\nBest wishes,\n",
          docs=(("shipping_notice", "pdf"),), gap=5),
        S("receipt", "partner", None,
          "Dear Anna,\n\nthe goods arrived this morning. Some boxes of dies are open and the rings have marks, we "
          "asked an inspector to come on Monday before we sign anything.\n\n", gap=7),
        S("claim", "partner", "Complaint {claim} – order {po}, damaged dies and capstan rings",
          "Dear Anna,\n\nplease find attached the inspection certificate {ir}. A part of the drawing dies and of "
          "the capstan rings is damaged and cannot be mounted. We open complaint {claim}; please send replacement "
          "parts as soon as possible, the line must restart after Easter.\n\n",
          docs=(("inspection_report", "pdf"),), new_thread=True, gap=3),
        S("claim", "us", None,
          "Dear Chiara,\n\nI am very sorry. We accept complaint {claim}: the replacements for every damaged piece in "
          "the certificate leave by express courier on Wednesday, at our cost, and we will check the packing of "
          "the dies with our warehouse.\n\nBest wishes,\n", gap=1),
    ], tracking="road"),
    Deal("ho20-BH1", "BH", dt.date(2032, 3, 8), 16, "GX-PO-32-07714",
         {"q": "Q-2032-0627", "ctr": "NWC-SC-32-046", "inv": "INV-2032-1203", "bl": "241822761",
          "sn": "PL-32-20742", "pay": "GX-PV-32-03318"}, [
        S("enquiry", "partner", "Enquiry GX-ENQ-32-061 – rolling mill and extrusion spares",
          "Dear Sir / Madam,\n\nkindly submit your best offer CFR Khalifa Bin Salman Port for the below spare "
          "parts required for our annual hot mill shutdown:\n\n{needs}\n\nPlease mention delivery period, country "
          "of origin and validity. Offers are due by 15 March.\n\n"),
        S("quote", "us", None,
          "Dear Mr Al-Mahmood,\n\nthank you for enquiry GX-ENQ-32-061. Our quote {q} is attached, CFR Khalifa Bin "
          "Salman Port in US dollars. All parts are of UK or EU origin; shipment about four weeks from order, "
          "transit around three weeks.\n\nKind regards,\n", docs=(("quotation", "pdf"),), gap=3),
        S("negotiation", "partner", None,
          "Dear Ms Keller,\n\nwe have evaluated all offers. Yours is second on price for the die backer rings and "
          "the work roll chock seals. Please send your final discount; the award will be made this week.\n\n",
          gap=3),
        S("negotiation", "us", None,
          "Dear Mr Al-Mahmood,\n\nas our final offer we can reduce every line of {q} by 6 %, with delivery and "
          "payment terms unchanged.\n\nKind regards,\n", gap=1),
        S("order", "partner", None,
          "Dear Ms Keller,\n\nwe are pleased to award the order to you. Please find attached our purchase order "
          "{po} at the discounted prices. Kindly send your commercial invoice and the contract for signing.\n\n",
          docs=(("purchase_order", "pdf"),), gap=2),
        S("order", "us", None,
          "Dear Mr Al-Mahmood,\n\nthank you for your order {po}. Attached are our invoice {inv} and sales contract "
          "{ctr} for signature by Eng. Bu-Hazza.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Signed contract {ctr} against PO {po}",
          "Dear Ms Keller,\n\nplease find the contract {ctr} duly signed and stamped.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=4),
        S("shipping", "us", None,
          "Dear Mr Al-Mahmood,\n\nyour PO {po} has sailed in container {track}. Attached are the sea waybill and "
          "the packing list; no original documents are needed, your clearing agent can take delivery on "
          "arrival.\n\nKind regards,\n", docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), gap=11),
        S("payment", "partner", "Payment notification – invoice {inv}",
          "Dear Ms Keller,\n\nwe have today paid {paid} against your invoice {inv}. Our payment notification is "
          "attached for your reconciliation.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=58),
    ], discount=Decimal("0.94"), tracking="container"),
    Deal("ho20-PL1", "PL", dt.date(2032, 3, 15), 11, "ZM/ZAM/2032/0311",
         {"q": "Q-2032-0644", "ctr": "NWC-SC-32-052", "inv": "INV-2032-1227", "bl": "HLCUSOU320418227",
          "sn": "PL-32-20768", "pay": "PP/2032/05/0114"}, [
        S("enquiry", "partner", "Anfrage Ersatzteile Molkerei – Homogenisator und Pumpen",
          "Sehr geehrte Frau Keller,\n\nwir bitten um Ihr Angebot FCA Southampton für folgende Ersatzteile für "
          "unsere Molkerei in Łomża:\n\n{needs}\n\nDen Transport organisiert unser Spediteur. Bitte nennen Sie "
          "auch die Lieferzeit.\n\n"),
        S("quote", "us", None,
          "Sehr geehrte Frau Wiśniewska,\n\nherzlichen Dank für Ihre Anfrage. Anbei unser Angebot {q}, FCA "
          "Southampton in Euro; die Teile stehen etwa drei Wochen nach Auftragseingang zur Abholung bereit.\n\n"
          "Mit freundlichen Grüßen\n", docs=(("quotation", "pdf"),), gap=1),
        S("order", "partner", None,
          "Sehr geehrte Frau Keller,\n\ndas Angebot {q} passt. Anbei unsere Bestellung {po} (Word-Datei aus "
          "unserem Formular). Wir bitten um Rechnung und Vertrag.\n\n", docs=(("purchase_order", "docx"),), gap=5),
        S("order", "us", None,
          "Sehr geehrte Frau Wiśniewska,\n\nvielen Dank für die Bestellung {po}. Beigefügt sind Rechnung {inv} "
          "und der Kaufvertrag {ctr}, den bitte Herr Zalewski unterschreibt.\n\nMit freundlichen Grüßen\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("production", "partner", None,
          "Sehr geehrte Frau Keller,\n\nkönnen Sie schon sagen, wann die Homogenisatorventile abholbereit sind? "
          "Unser Spediteur plant die Sammelladung für Ende April.\n\n", gap=9),
        S("contract", "partner", None,
          "Sehr geehrte Frau Keller,\n\nanbei der von Herrn Zalewski unterschriebene Kaufvertrag {ctr}. "
          "Entschuldigen Sie bitte die Verzögerung, er war auf Dienstreise.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=1),
        S("shipping", "us", None,
          "Sehr geehrte Frau Wiśniewska,\n\nIhre Bestellung {po} wurde von Ihrem Spediteur übernommen und ist im "
          "Container {track} unterwegs nach Gdynia. Seefrachtbrief und Packliste liegen bei.\n\n"
          "Mit freundlichen Grüßen\n", docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), gap=4),
        S("payment", "partner", "Zahlungsavis zu Ihrer Rechnung {inv}",
          "Sehr geehrte Frau Keller,\n\nwir haben heute {paid} für Ihre Rechnung {inv} überwiesen. Das "
          "Zahlungsavis ist beigefügt.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=44),
    ], tracking="container"),
    Deal("ho20-SV1", "SV", dt.date(2032, 3, 22), 13, "OC-TCP-2032-0156",
         {"q": "Q-2032-0659", "ctr": "NWC-SC-32-058", "inv": "INV-2032-1244", "bl": "MEDUSO418227",
          "pay": "TR-BCI-32-07718"}, [
        S("enquiry", "partner", "Cotización repuestos para confección – planta Ilopango",
          "Estimada Sra. Keller:\n\nreciba un cordial saludo. Le solicitamos cotización CFR Acajutla de los "
          "siguientes repuestos para nuestra planta de confección:\n\n{needs}\n\nAgradeceremos indicar tiempo de "
          "entrega y vigencia de la oferta.\n\n"),
        S("quote", "us", None,
          "Estimada Sra. Mejía:\n\nmuchas gracias por su solicitud. Le adjunto nuestra cotización {q}, CFR "
          "Acajutla en dólares, con vigencia de 45 días. Embarcamos unas tres semanas después de recibir su "
          "orden.\n\nAtentamente,\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Sra. Keller:\n\ngracias por la cotización. Los garfios y los motores servo están por encima de nuestro "
          "presupuesto. ¿Nos podrían dar un mejor precio si confirmamos esta semana?\n\n", gap=2),
        S("negotiation", "us", None,
          "Estimada Sra. Mejía:\n\nsi confirman esta semana, rebajamos un 5 % todas las líneas de {q}.\n\n"
          "Atentamente,\n", gap=1),
        S("order", "partner", None,
          "Sra. Keller:\n\nconfirmamos. Adjunto nuestra orden de compra {po} en Excel con los precios rebajados. "
          "Por favor envíen la factura y el contrato.\n\n", docs=(("purchase_order", "xlsx"),), gap=1),
        S("order", "us", None,
          "Estimada Sra. Mejía:\n\ngracias por su orden {po}. Le adjunto la factura {inv} y el contrato de "
          "compraventa {ctr} para la firma del Lic. Castaneda.\n\nAtentamente,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Sra. Keller:\n\nle remito el contrato {ctr} firmado por nuestro Gerente General.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=3),
        S("shipping", "us", None,
          "Estimada Sra. Mejía:\n\nsu orden {po} fue embarcada en el contenedor {track} con destino a Acajutla. "
          "Adjunto el conocimiento de embarque no negociable (sea waybill).\n\nAtentamente,\n",
          docs=(("bill_of_lading", "pdf"),), gap=14),
        S("payment", "partner", "Transferencia factura {inv}",
          "Sra. Keller:\n\nle informamos que hoy transferimos {paid} para cancelar su factura {inv}. Adjunto el "
          "aviso de pago.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=40),
    ], discount=Decimal("0.95"), tracking="container"),
    Deal("ho20-TW1", "TW", dt.date(2032, 3, 29), 18, "FP-PO-2032-0327",
         {"q": "Q-2032-0672", "pi": "PI-2032-0088", "ctr": "NWC-SC-32-063", "inv": "INV-2032-1265",
          "bl": "EGLV041800227718", "pay": "THCB-OR-32-04418"}, [
        S("enquiry", "partner", "詢價：大甲廠設備保養備品",
          "Keller 小姐您好：\n\n本公司大甲廠五月將進行年度設備保養，需採購下列備品，煩請報 CIF Taichung 美金價格：\n\n"
          "{needs}\n\n請一併告知交期與付款條件，謝謝！\n\n"),
        S("quote", "us", None,
          "Dear Ms Lin,\n\nthank you for your enquiry. Please find our quote {q} attached, CIF Taichung in US "
          "dollars. We ship about four weeks after the deposit arrives.\n\nKind regards,\n",
          docs=(("quotation", "pdf"),), gap=1),
        S("negotiation", "partner", None,
          "Keller 小姐：\n\n報價 {q} 已收到，主軸軸承與彎管芯棒的價格比其他供應商高，請問整批能否給予 5% 折扣？\n\n",
          gap=2),
        S("negotiation", "us", None,
          "Dear Ms Lin,\n\nwe can give 4 % off every line of {q}; payment and delivery terms remain as "
          "quoted.\n\nKind regards,\n", gap=1),
        S("order", "partner", None,
          "Keller 小姐：\n\n同意此價格。附件為本公司採購單 {po}，請提供形式發票及合約，我們收到後即安排 30% 訂金。\n\n",
          docs=(("purchase_order", "pdf"),), gap=2),
        S("order", "us", None,
          "Dear Ms Lin,\n\nthank you for PO {po}. Attached are pro forma invoice {pi} for the 30 % deposit and our "
          "sales contract {ctr} for Mr Chen's signature.\n\nKind regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Keller 小姐：\n\n形式發票 {pi} 的訂金 {paid} 已於今日電匯，水單請見附件。\n\n",
          docs=(("payment_advice", "pdf"),), gap=4),
        S("contract", "partner", "合約 {ctr} 已簽回 – 採購單 {po}",
          "Keller 小姐：\n\n陳廠長已在合約 {ctr} 簽名用印，掃描檔如附件。\n\n", docs=(("contract", "pdf"),),
          signed=True, new_thread=True, gap=2),
        S("production", "partner", None,
          "Keller 小姐：\n\n請問採購單 {po} 預計何時出貨？我們的保養排在五月第三週。\n\n", gap=10),
        S("shipping", "us", "PO {po} shipped – invoice {inv} and sea waybill",
          "Dear Ms Lin,\n\nPO {po} is on board in container {track} for Taichung. Attached are commercial invoice "
          "{inv} with the 70 % balance and the sea waybill.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf")), new_thread=True, gap=9),
    ], discount=Decimal("0.96"), deposit=True, tracking="container"),
    Deal("ho20-CA1", "CA", dt.date(2032, 4, 5), 10, "BC-PBS-32-0744",
         {"q": "Q-2032-0688", "ctr": "NWC-SC-32-069", "inv": "INV-2032-1281", "bl": "HLCUSOU320511842",
          "sn": "PL-32-20815", "pay": "DES-32-061844"}, [
        S("enquiry", "partner", "Demande de prix – pièces pour l'arrêt annuel de la machine à papier",
          "Bonjour Madame Keller,\n\nen vue de notre arrêt annuel de juin, pourriez-vous nous soumettre un prix "
          "CFR Montréal, en dollars canadiens, pour les pièces suivantes :\n\n{needs}\n\nMerci d'indiquer le délai "
          "de livraison.\n\n"),
        S("quote", "us", None,
          "Bonjour Monsieur Gagnon-Tremblay,\n\nmerci de votre demande. Vous trouverez ci-joint notre offre {q}, "
          "CFR Montréal en dollars canadiens ; expédition environ trois semaines après la commande.\n\n"
          "Cordialement,\n", docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Bonjour Madame Keller,\n\nnous acceptons votre offre {q}. Notre système d'achats est en maintenance, "
          "voici donc notre commande :\n\n{order_block}\n\nMerci de nous faire parvenir la facture et le "
          "contrat.\n\n", body_order=True, gap=4),
        S("order", "us", None,
          "Bonjour Monsieur Gagnon-Tremblay,\n\nmerci pour la commande {po}. Ci-joint notre facture {inv} et le "
          "contrat de vente {ctr} à faire signer par Mme Bouchard.\n\nCordialement,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Bonjour Madame Keller,\n\nvoici le contrat {ctr} signé par notre directrice des "
          "approvisionnements.\n\n", docs=(("contract", "pdf"),), signed=True, gap=2),
        S("shipping", "us", None,
          "Bonjour Monsieur Gagnon-Tremblay,\n\nvotre commande {po} est partie dans le conteneur {track} à "
          "destination de Montréal. Vous trouverez ci-joint la lettre de transport maritime et la liste de "
          "colisage.\n\nCordialement,\n", docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), gap=13),
        S("payment", "partner", "Paiement facture {inv}",
          "Bonjour Madame Keller,\n\nnous avons effectué aujourd'hui le virement de {paid} pour régler la facture "
          "{inv}. L'avis de paiement est joint.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=44),
    ], tracking="container"),
    Deal("ho20-BH2", "BH", dt.date(2032, 4, 19), 6, "GX-PO-32-08152", {"inv": "INV-2032-1318"}, [
        S("order", "partner", "PO {po} – thermocouples and filter elements",
          "Dear Oliver,\n\nnice meeting you at the Middle East aluminium conference in Manama. As promised, our "
          "PO {po} for thermocouples and filter elements is attached, at the prices of our March order. Kindly "
          "pass it to your office.\n\n", docs=(("purchase_order", "pdf"),), forward=True, new_thread=True),
        S("order", "us", None,
          "Dear Mr Al-Mahmood,\n\nOliver has passed your PO {po} on to me. Our invoice {inv} is attached; the "
          "sales contract follows in a separate mail.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"),), gap=1),
    ], discount=Decimal("0.94"), tracking="container"),
    Deal("ho20-PL2", "PL", dt.date(2032, 4, 26), 5, "ZM/ZAM/2032/0402",
         {"ctr": "NWC-SC-32-077", "inv": "INV-2032-1336"}, [
        S("order", "partner", "Bestellung {po} – Nachlieferung Dichtungen",
          "Sehr geehrte Frau Keller,\n\nanbei unsere Bestellung {po} über weitere Dichtungen, zu den Preisen der "
          "letzten Bestellung.\n\n", docs=(("purchase_order", "docx"),)),
        S("order", "us", None,
          "Sehr geehrte Frau Wiśniewska,\n\ndanke für die Bestellung {po}. Anbei Rechnung {inv} und Kaufvertrag "
          "{ctr}.\n\nMit freundlichen Grüßen\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")),
          signed=False, gap=2),
        S("contract", "partner", "Vertrag {ctr} unterschrieben",
          "Sehr geehrte Frau Keller,\n\nder unterschriebene Vertrag {ctr} ist im Anhang.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=3),
    ], tracking="container"),
    Deal("ho20-SV2", "SV", dt.date(2032, 5, 3), 7, "OC-TCP-2032-0219", {"ctr": "NWC-SC-32-081", "inv": "INV-2032-1349"},
         [
        S("order", "partner", "Nueva orden de compra {po}",
          "Sra. Keller:\n\nadjunto la orden de compra {po}; los precios son los de la orden de marzo.\n\n",
          docs=(("purchase_order", "xlsx"),)),
        S("order", "us", None,
          "Estimada Sra. Mejía:\n\nmuchas gracias por la orden {po}. Adjunto la factura {inv} y el contrato {ctr} "
          "para su firma.\n\nAtentamente,\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")),
          signed=False, gap=1),
        S("order", "partner", "Documentos para aduana – OC {po}, factura {inv}, contrato {ctr}",
          "Sra. Keller:\n\npara el trámite en la zona franca le reenvío todos los documentos juntos: la orden "
          "{po}, su factura {inv} y el contrato {ctr}, ya firmado por el Lic. Castaneda.\n\n",
          docs=(("purchase_order", "xlsx"), ("commercial_invoice", "pdf"), ("contract", "pdf")),
          signed=True, new_thread=True, gap=6),
    ], discount=Decimal("0.95"), tracking="container"),
]
