"""The tenth holdout's deal scripts, with the words each side writes (new wording, not dev-dev10's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    Deal("ho10-HR1", "HR", dt.date(2027, 10, 4), 16, "20417",
         {"q": "QU-1184", "ctr": "NWC-SC-27-061", "inv": "INV-4471", "sn": "DA-27-1183"}, [
        S("enquiry", "partner", "Anfrage Ersatzteile Wellpappenverarbeitung – Stillstand KW 46",
          "Sehr geehrte Frau Keller,\n\nIhre Adresse haben wir von unserem Maschinenlieferanten erhalten. Für den "
          "Stillstand unserer Flexo-Stanzlinie in KW 46 benötigen wir ein Angebot DAP Split über folgende "
          "Positionen:\n\n{needs}\n\nBitte geben Sie die Lieferzeit an und ob Teillieferungen möglich sind.\n\n"),
        S("quote", "us", None,
          "Sehr geehrte Frau Perić,\n\nbesten Dank für Ihre Anfrage. Unser Angebot {q} liegt bei; es kommt aus "
          "unserer Buchhaltung und ist daher auf Englisch. Alle Positionen sind ab Lager oder innerhalb von drei "
          "Wochen lieferbar, Teillieferungen sind möglich.\n\nMit freundlichen Grüßen\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Sehr geehrte Frau Keller,\n\nvielen Dank für das Angebot {q}. Bei den Anilox-Hülsen liegen wir über "
          "unserem Budget. Wenn Sie uns 4 % auf den Gesamtauftrag geben, können wir sofort bestellen.\n\n", gap=2),
        S("negotiation", "us", None,
          "Sehr geehrte Frau Perić,\n\n4 % sind leider nicht darstellbar. Wir bieten Ihnen 2,5 % auf alle "
          "Positionen von {q} an, Lieferbedingung und Zahlungsziel bleiben wie angeboten.\n\nMit freundlichen "
          "Grüßen\n", gap=1),
        S("order", "partner", None,
          "Sehr geehrte Frau Keller,\n\nin Ordnung. Anbei unsere Bestellung {po} mit den reduzierten Preisen. Bitte "
          "senden Sie uns Rechnung und Kaufvertrag zu; den Vertrag lässt unser Direktor unterschreiben.\n\n",
          docs=(("purchase_order", "pdf"),), gap=3),
        S("order", "us", None,
          "Sehr geehrte Frau Perić,\n\nherzlichen Dank für Ihre Bestellung {po}. Anbei unsere Rechnung {inv} und "
          "der zweisprachige Kaufvertrag {ctr}; bitte senden Sie uns ein unterschriebenes Exemplar zurück.\n\n"
          "Mit freundlichen Grüßen\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False,
          gap=1),
        S("production", "partner", None,
          "Sehr geehrte Frau Keller,\n\nwie ist der Stand? Die Montagefirma ist für den 13. November gebucht, "
          "die Ware müsste also spätestens am 10. November bei uns sein.\n\n", gap=6),
        S("contract", "partner", "Kaufvertrag {ctr} unterschrieben – unsere Bestellung {po}",
          "Sehr geehrte Frau Keller,\n\nanbei der von Herrn Jurić unterschriebene Kaufvertrag {ctr} zu unserer "
          "Bestellung {po}. Das Original geht mit der Post an Sie.\n\n", docs=(("contract", "pdf"),), signed=True,
          new_thread=True, gap=1),
        S("shipping", "us", None,
          "Sehr geehrte Frau Perić,\n\ndie Ware zu Ihrer Bestellung {po} ist heute per LKW abgegangen, "
          "Sammelgut, Sendungsnr. {track}. Anbei unsere Versandanzeige mit der Packliste. Die Zustellung ist "
          "in etwa vier Tagen zu erwarten.\n\nMit freundlichen Grüßen\n", docs=(("shipping_notice", "pdf"),), gap=8),
        S("receipt", "partner", None,
          "Sehr geehrte Frau Keller,\n\ndie Sendung ist heute Vormittag angekommen, alle Kolli unbeschädigt. "
          "Vielen Dank für die pünktliche Lieferung.\n\n", gap=4),
        S("payment", "partner", "Zahlung Rechnung {inv}",
          "Sehr geehrte Frau Keller,\n\nzur Information: Ihre Rechnung {inv} über {total} wurde heute zur Zahlung "
          "freigegeben. Die Gutschrift sollte in zwei Bankarbeitstagen bei Ihnen sein.\n\n", new_thread=True,
          gap=18),
    ], discount=Decimal("0.975"), tracking="road"),
    Deal("ho10-PE1", "PE", dt.date(2027, 10, 18), 14, "OC-001-0004127",
         {"q": "QU-1191", "pi": "PF-0213", "ctr": "NWC-SC-27-064", "inv": "INV-4502", "pay": "OP-27-1183420",
          "bl": "SGL-SOU-27-40518"}, [
        S("enquiry", "partner", "Cotización repuestos para planta de fundición – Arequipa",
          "Estimada Sra. Keller:\n\nLe saluda Rodrigo Huamán de Maestranza y Fundición Misti. Estamos programando "
          "el mantenimiento mayor de nuestra planta y le solicitamos cotización CFR Matarani de lo siguiente:\n\n"
          "{needs}\n\nAgradeceré indicar plazo de entrega y validez de la oferta.\n\n"),
        S("quote", "us", None,
          "Estimado Sr. Huamán:\n\nmuchas gracias por su consulta. Adjunto nuestra cotización {q}, válida por 30 "
          "días. Plazo de embarque: cinco semanas desde la recepción del adelanto.\n\nSaludos cordiales,\n",
          docs=(("quotation", "pdf"),), gap=1),
        S("order", "partner", None,
          "Estimada Sra. Keller:\n\nConforme con su cotización {q}. Le envío nuestra orden de compra {po} en "
          "Excel. Quedamos a la espera de la factura proforma para el adelanto y del contrato.\n\n",
          docs=(("purchase_order", "xlsx"),), gap=5),
        S("order", "us", None,
          "Estimado Sr. Huamán:\n\nrecibimos su orden de compra {po}, muchas gracias. Le adjunto la factura "
          "proforma {pi} para el adelanto del 30 % y el contrato {ctr} en inglés y español, para su firma.\n\n"
          "Saludos cordiales,\n", docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Estimada Sra. Keller:\n\nHoy transferimos el adelanto de la proforma {pi}, {paid}. Le adjunto la nota de "
          "cargo del banco.\n\n", docs=(("payment_advice", "pdf"),), gap=3),
        S("contract", "partner", "Contrato {ctr} firmado – OC {po}",
          "Estimada Sra. Keller:\n\nAdjunto el contrato {ctr} firmado por nuestro Gerente General, Sr. Gustavo "
          "Zegarra, correspondiente a la OC {po}.\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True,
          gap=2),
        S("shipping", "us", "Factura {inv} y B/L – su OC {po}",
          "Estimado Sr. Huamán:\n\nla mercadería de su OC {po} fue embarcada en el contenedor {track}. Adjunto la "
          "factura comercial {inv} y la copia del B/L; los originales se envían por courier una vez recibido el "
          "saldo.\n\nSaludos cordiales,\n", docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf")),
          new_thread=True, gap=27),
        S("payment", "partner", None,
          "Estimada Sra. Keller:\n\nEl saldo de la factura {inv} fue transferido hoy. Por favor envíe los "
          "originales del B/L a nuestro agente de aduanas en Matarani.\n\n", gap=3),
        S("receipt", "partner", None,
          "Estimada Sra. Keller:\n\nEl contenedor llegó a planta esta semana y la mercadería está completa. Muchas "
          "gracias por el apoyo.\n\n", gap=29),
    ], deposit=True, tracking="container"),
    Deal("ho10-DZ1", "DZ", dt.date(2027, 11, 8), 12, "BCI-2027/0086",
         {"q": "QU-1206", "ctr": "NWC-SC-27-070", "inv": "INV-4538", "pay": "TRF/2028/00417",
          "bl": "SGL-SOU-27-40661"}, [
        S("enquiry", "partner", "Demande de prix – pièces de rechange ligne de conserverie",
          "Madame,\n\nNous préparons la campagne tomate de l'an prochain et souhaitons recevoir votre meilleure "
          "offre, CFR Alger, pour les articles ci-dessous :\n\n{needs}\n\nLe paiement se fera par remise "
          "documentaire. Merci de nous indiquer le délai et l'origine des marchandises.\n\n"),
        S("quote", "us", None,
          "Monsieur Benaïssa,\n\nmerci pour votre demande. Vous trouverez ci-joint notre offre {q}, valable 30 "
          "jours. Les marchandises sont d'origine UE et Royaume-Uni ; embarquement environ six semaines après "
          "commande.\n\nBien cordialement,\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Madame Keller,\n\nMerci pour l'offre {q}. Les pompes à lobes sont au-dessus de nos prévisions. Une remise "
          "de 5 % sur l'ensemble serait-elle envisageable ?\n\n", gap=3),
        S("negotiation", "us", None,
          "Monsieur Benaïssa,\n\nnous pouvons vous accorder 3 % sur toutes les lignes de l'offre {q}, les autres "
          "conditions restant inchangées.\n\nBien cordialement,\n", gap=1),
        S("order", "partner", "Bon de commande import {po}",
          "Bonjour Monsieur Lindqvist,\n\nComme convenu lors de notre rencontre au salon à Alger, je vous adresse "
          "notre bon de commande {po}, établi aux prix négociés avec Mme Keller. Merci de nous envoyer la facture "
          "pour la domiciliation bancaire.\n\n", docs=(("purchase_order", "docx"),), forward=True, new_thread=True,
          gap=4),
        S("order", "us", None,
          "Monsieur Benaïssa,\n\nmon collègue m'a transmis votre bon de commande {po}. Ci-joint notre facture {inv} "
          "pour la domiciliation et le contrat {ctr}, en français et en anglais, à nous retourner signé.\n\n"
          "Bien cordialement,\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Contrat {ctr} signé – BC {po}",
          "Madame Keller,\n\nVeuillez trouver ci-joint le contrat {ctr} signé par notre gérant, M. Mebarki. La "
          "domiciliation est faite auprès de notre banque.\n\n", docs=(("contract", "pdf"),), signed=True,
          new_thread=True, gap=5),
        S("shipping", "us", None,
          "Monsieur Benaïssa,\n\nvotre commande {po} a été embarquée dans le conteneur {track}. Ci-joint la copie "
          "du connaissement ; les documents originaux sont remis à notre banque pour encaissement.\n\n"
          "Bien cordialement,\n", docs=(("bill_of_lading", "pdf"),), gap=16),
        S("payment", "partner", "Paiement facture {inv} – remise documentaire",
          "Madame Keller,\n\nNous avons levé les documents auprès de notre banque et le règlement de votre facture "
          "{inv} ({paid}) a été effectué. Ci-joint l'avis de débit.\n\n", docs=(("payment_advice", "pdf"),),
          new_thread=True, gap=24),
        S("receipt", "partner", None,
          "Madame Keller,\n\nLe conteneur a été dédouané et livré à Sétif hier. Tout est conforme, merci.\n\n",
          gap=6),
    ], discount=Decimal("0.97"), tracking="container"),
    Deal("ho10-PH1", "PH", dt.date(2027, 12, 6), 10, "KH-PO-2712-06",
         {"q": "QU-1222", "pi": "PF-0221", "ctr": "NWC-SC-27-077", "inv": "INV-4596", "pay": "OR-20280104-0093",
          "sn": "DA-28-0017"}, [
        S("enquiry", "partner", "詢價：氣動電磁閥、軸承座、三角皮帶、減速馬達",
          "Anna 您好，\n\n我們是馬尼拉的工業零件經銷商。客戶的工廠需要以下零件，請報 CIF Manila 美金價格：\n\n"
          "{needs}\n\n請告知交貨期及付款條件，謝謝。\n\n"),
        S("quote", "us", None,
          "Dear Ms. Co,\n\nthank you for your enquiry. Please find attached our quotation {q}, CIF Manila in USD. "
          "Shipment about four weeks after the deposit.\n\nKind regards,\n", docs=(("quotation", "pdf"),), gap=1),
        S("negotiation", "partner", None,
          "Anna 您好，\n\n報價 {q} 已收到。減速馬達價格比較高，整單可以給 5% 折扣嗎？\n\n", gap=2),
        S("negotiation", "us", None,
          "Dear Ms. Co,\n\nwe can offer 3 % on every line of {q}. That is our best price for this quantity.\n\n"
          "Kind regards,\n", gap=1),
        S("order", "partner", None,
          "Anna 您好，\n\n好的，接受 3%。以下是我們的訂單：\n\n{order_block}\n\n請寄形式發票和合同給我們。\n\n",
          body_order=True, gap=1),
        S("order", "us", None,
          "Dear Ms. Co,\n\nthank you for order {po}. Attached are pro forma invoice {pi} for the 30 % deposit and "
          "our sales contract {ctr} for signature.\n\nKind regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Anna 您好，\n\n訂金 {paid} 今天已經匯出，附件是銀行的扣款通知。\n\n", docs=(("payment_advice", "pdf"),),
          gap=3),
        S("contract", "partner", "合同 {ctr} 已簽 – 訂單 {po}",
          "Anna 您好，\n\n附件是我們老闆 Henry Co 簽好的合同 {ctr}，請查收。\n\n", docs=(("contract", "pdf"),),
          signed=True, new_thread=True, gap=2),
        S("shipping", "us", "Commercial invoice {inv} and shipping advice – your order {po}",
          "Dear Ms. Co,\n\nyour order {po} is on board, container {track}. Attached are commercial invoice {inv} "
          "(balance received with thanks) and our shipping advice with the packing list.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf")), new_thread=True, gap=21),
        S("receipt", "partner", None,
          "Anna 您好，\n\n貨櫃已經到倉庫，數量都正確。謝謝！\n\n", gap=18),
    ], discount=Decimal("0.97"), deposit=True, tracking="container"),
    Deal("ho10-GR1", "GR", dt.date(2028, 1, 17), 16, "AMS-PO-2028-0142",
         {"ctr": "NWC-SC-28-004", "inv": "INV-4633", "bl": "SGL-SOU-28-40077", "claim": "CLM-AGR-28-007",
          "ir": "HCMS/28/0215"}, [
        S("order", "partner", "Purchase Order {po} – MV AEGEAN GRACE – main engine spares",
          "Dear Ms Keller,\n\nFurther to your price list and our telephone conversation, please find attached our "
          "Purchase Order {po} for MV AEGEAN GRACE. The vessel calls Piraeus in the second half of February, so "
          "please deliver to our forwarder in time and confirm the order by return.\n\n",
          docs=(("purchase_order", "pdf"),)),
        S("order", "us", None,
          "Dear Capt. Papadakis,\n\nthank you for order {po}, confirmed. Attached are our invoice {inv} and the "
          "sales contract {ctr}; please sign and return it. The goods will leave Southampton by sea next week.\n\n"
          "Kind regards,\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Signed contract {ctr} – our PO {po}",
          "Dear Ms Keller,\n\nPlease find attached the contract {ctr}, signed by our Technical Superintendent.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=2),
        S("shipping", "us", None,
          "Dear Capt. Papadakis,\n\nthe spares for PO {po} are on board, container {track}. The house bill of "
          "lading is attached; our forwarder's agent in Piraeus will contact Phaleron Marine on arrival.\n\n"
          "Kind regards,\n", docs=(("bill_of_lading", "pdf"),), gap=6),
        S("claim", "partner", "Claim {claim} – damaged spares, PO {po}",
          "Dear Ms Keller,\n\nOn unpacking at the forwarder's warehouse, one crate was found crushed and several "
          "thermostatic elements are broken. We had the cargo surveyed; the surveyor's report is attached. Please "
          "arrange replacement urgently, the vessel sails on the 2nd of March. Our claim reference is {claim}.\n\n",
          docs=(("inspection_report", "pdf"),), new_thread=True, gap=20),
        S("claim", "us", None,
          "Dear Capt. Papadakis,\n\nI am sorry about the damage. Replacements for the broken elements will go by "
          "air courier tomorrow at our cost, and we have notified our cargo insurer under claim {claim}.\n\n"
          "Kind regards,\n", gap=1),
    ], tracking="container"),
    Deal("ho10-NG1", "NG", dt.date(2028, 2, 7), 12, "IPCL/PO/28/0061",
         {"q": "QU-1261", "pi": "PF-0234", "ctr": "NWC-SC-28-011", "inv": "INV-4702", "pay": "FT28097LT41172"}, [
        S("enquiry", "partner", "Request for quotation – bead mill and dispersion spares",
          "Dear Anna,\n\nGood day. We are a paint manufacturer in Ikeja and would like your best CFR Apapa price for "
          "the following:\n\n{needs}\n\nKindly note we shall need a proforma invoice for our Form M. Please revert "
          "with delivery time.\n\n"),
        S("quote", "us", None,
          "Dear Mr Ogunleye,\n\nthank you for your enquiry. Our quotation {q} is attached, CFR Apapa in USD. "
          "Shipment about five weeks after receipt of payment.\n\nKind regards,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Dear Anna,\n\nThanks for {q}. Our management asks for a better price on the diaphragm pumps and the "
          "mechanical seals. Can you give 6% across?\n\n", gap=2),
        S("negotiation", "us", None,
          "Dear Mr Ogunleye,\n\nwe can do 4 % on all lines of {q}. That is as far as we can go.\n\nKind regards,\n",
          gap=1),
        S("order", "partner", None,
          "Dear Anna,\n\nNoted with thanks. Please find our order below:\n\n{order_block}\n\nKindly send the "
          "proforma invoice and the contract so that we can open the Form M.\n\n", body_order=True, gap=3),
        S("order", "us", None,
          "Dear Mr Ogunleye,\n\nthank you for order {po}. Attached are proforma invoice {pi} for your Form M and "
          "our sales contract {ctr} for signature.\n\nKind regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Dear Anna,\n\nThe Form M has been approved. Attached please find the contract {ctr} signed by our "
          "Managing Director. Payment will follow this week.\n\n", docs=(("contract", "pdf"),), signed=True,
          gap=8),
        S("payment", "partner", "Payment advice – proforma {pi} / order {po}",
          "Dear Anna,\n\nPlease find attached our bank's debit advice for the transfer of {paid} against proforma "
          "{pi}. Kindly confirm receipt and advise shipment date.\n\n", docs=(("payment_advice", "pdf"),),
          new_thread=True, gap=4),
        S("shipping", "us", "Invoice {inv} – order {po} shipped",
          "Dear Mr Ogunleye,\n\npayment received with thanks. Your order {po} has sailed in container {track}, "
          "ETA Apapa in about four weeks. Attached is commercial invoice {inv}; the B/L copy follows from our "
          "forwarder.\n\nKind regards,\n", docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=18),
        S("receipt", "partner", None,
          "Dear Anna,\n\nThe container was cleared at Apapa and delivered to our factory today.\n\n", gap=31),
        S("claim", "partner", "Shortage – order {po}",
          "Dear Anna,\n\nOn counting, one carton of filter bags is short against your invoice {inv}. The carton "
          "seal was intact, so it seems it was not packed. Kindly send the missing bags with your next shipment or "
          "issue a credit note.\n\n", new_thread=True, gap=3),
    ], discount=Decimal("0.96"), tracking="container"),
    Deal("ho10-HR2", "HR", dt.date(2028, 3, 13), 6, "20583",
         {"ctr": "NWC-SC-28-019", "inv": "INV-4761"}, [
        S("order", "partner", "Bestellung {po} – Nachbestellung",
          "Sehr geehrte Frau Keller,\n\nanbei unsere Bestellung {po}, Preise wie bei Bestellung 20417. Bitte "
          "bestätigen Sie den Liefertermin.\n\n", docs=(("purchase_order", "pdf"),)),
        S("order", "us", None,
          "Sehr geehrte Frau Perić,\n\nvielen Dank für Ihre Bestellung {po}. Anbei unsere Rechnung {inv}; die "
          "Teile sind vorrätig und gehen Ende der Woche raus.\n\nMit freundlichen Grüßen\n",
          docs=(("commercial_invoice", "pdf"),), gap=1),
        S("order", "partner", None,
          "Sehr geehrte Frau Keller,\n\ndanke. Unsere Buchhaltung braucht auch diesmal einen Kaufvertrag zur "
          "Rechnung {inv}. Können Sie ihn bitte nachreichen?\n\n", gap=2),
        S("contract", "us", None,
          "Sehr geehrte Frau Perić,\n\ngern, anbei der Kaufvertrag {ctr} zu Ihrer Bestellung {po} als Word-Datei, "
          "falls Ihre Buchhaltung etwas ergänzen möchte. Bitte unterschrieben zurücksenden.\n\nMit freundlichen "
          "Grüßen\n", docs=(("contract", "docx"),), signed=False, gap=1),
    ], discount=Decimal("0.975"), tracking="road"),
    Deal("ho10-PE2", "PE", dt.date(2028, 4, 10), 7, "OC-001-0004390",
         {"ctr": "NWC-SC-28-026", "inv": "INV-4815"}, [
        S("order", "partner", "OC {po} – reposición de repuestos",
          "Estimada Sra. Keller:\n\nAdjunto la orden de compra {po} para reposición de stock, a los precios de la OC "
          "OC-001-0004127. Por favor confirme la fecha de embarque.\n\n", docs=(("purchase_order", "xlsx"),)),
        S("order", "us", None,
          "Estimado Sr. Huamán:\n\ngracias por la OC {po}. Le adjunto la factura {inv} y el contrato {ctr}; por "
          "favor devuélvalo firmado. Embarque previsto en dos semanas.\n\nSaludos cordiales,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=2),
        S("order", "partner", "Contrato {ctr} firmado",
          "Estimada Sra. Keller:\n\nLe remito el contrato {ctr} firmado por el Gerente General. Para el trámite "
          "de importación le reenvío en el mismo correo nuestra OC y su factura {inv}, así el agente de aduanas "
          "tiene todo junto.\n\n",
          docs=(("purchase_order", "xlsx"), ("commercial_invoice", "pdf"), ("contract", "pdf")), signed=True,
          new_thread=True, gap=4),
    ], tracking="container"),
]
