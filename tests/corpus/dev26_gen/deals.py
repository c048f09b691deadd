"""The twenty-fifth holdout's deal scripts, with the words each side writes (new wording, not dev..dev25's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    # Zimbabwe (Outlook): an RFQ before the citrus season, our quote, a discount and a deadline asked, 2.5 %
    # granted; the order as the Evolution Excel export; the order confirmation alone for countersignature; the
    # countersigned copy; a production note; the invoice in a new thread that names the order (their terms run
    # from the air waybill date); the packing list as a reply to it; the payment voucher a month later.
    Deal("ho25-ZW1", "ZW", dt.date(2035, 5, 7), 11, "MVC-PO-004418",
         {"q": "QUO-35-1047", "ctr": "SOC-35-0119", "inv": "NWC-INV-35-2281", "sn": "DSP-35-0744",
          "bl": "8303504127", "pay": "PV/0611/35"}, [
        S("enquiry", "partner", "RFQ – packhouse spares ahead of the Valencia season",
          "Good day Anna,\n\nI trust you are well. We are preparing the packhouse for the Valencia intake, which "
          "starts in the second half of June, and I have been asked to source the following:\n\n{needs}\n\nKindly "
          "quote CIP Harare by air, in USD, and advise the lead time per line. Our standard terms are 30 days from "
          "the date of the air waybill.\n\n"),
        S("quote", "us", None,
          "Dear Tatenda,\n\nthank you for thinking of us for the Valencia season. Please find our quote {q} "
          "attached – CIP Harare by air consolidation, USD, your usual 30 days from the air waybill date. The fan "
          "motors and load cells come from the maker in about four weeks; everything else is on our shelves.\n\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Hi Anna,\n\nThank you for the quick turnaround. Management has looked at {q} and asked me to request "
          "4% off the total, and firm delivery in Harare by 20 June at the latest. If you can meet both, the order "
          "will be raised this week.\n\n", gap=3),
        S("negotiation", "us", None,
          "Dear Tatenda,\n\n4% is more than the margin on the fan motors allows, but we can give 2.5% on every line "
          "of {q}. On timing: if we have your order by Friday, the goods fly on the consolidation of 9 June and "
          "should be in Harare well before the 20th.\n\n", gap=1),
        S("order", "partner", None,
          "Hi Anna,\n\nNoted with thanks – 2.5% is accepted. Attached please find our purchase order {po} as "
          "exported from Evolution, with the reduced prices. Kindly confirm.\n\n",
          docs=(("purchase_order", "xlsx"),), gap=2),
        S("contract", "us", None,
          "Dear Tatenda,\n\nmany thanks for PO {po}. Attached is our order confirmation {ctr} in Word – once Mr Dube "
          "has countersigned it, it serves as the contract. As your terms run from the air waybill date, the "
          "invoice will follow when the goods are ready to fly.\n\n",
          docs=(("contract", "docx"),), signed=False, gap=1),
        S("contract", "partner", None,
          "Hi Anna,\n\nPlease find attached {ctr} countersigned by our MD and stamped.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=3),
        S("production", "us", None,
          "Dear Tatenda,\n\na quick update on {po}: the load cells have been calibrated and the certificates are "
          "done, and the fan motors arrive from the maker on Wednesday. We are on track for the 9 June flight.\n\n",
          gap=8),
        S("order", "us", "Invoice {inv} – your PO {po}",
          "Dear Tatenda,\n\nyour goods are packed and booked on Tuesday's consolidation. Attached is our invoice "
          "{inv} for PO {po}; payment falls due 30 days from the air waybill date.\n\n",
          docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=5),
        S("shipping", "us", None,
          "Dear Tatenda,\n\nthe shipment has left Heathrow under house air waybill {track}; the consolidator e-mails "
          "the HAWB to your clearing agent. Our packing list is attached.\n\n",
          docs=(("shipping_notice", "pdf"),), gap=1),
        S("payment", "partner", "Payment – {inv}",
          "Good day Anna,\n\nPlease be advised that {paid} has been remitted today in settlement of your invoice "
          "{inv}. Our payment voucher is attached for your records.\n\n",
          docs=(("payment_advice", "pdf"),), new_thread=True, gap=30),
    ], discount=Decimal("0.975"), tracking="air"),
    # Guyana (Gmail): an enquiry, our quote, the order typed into the mail; our pro forma for the 30 % and the
    # order confirmation in Word; the advance; the countersigned confirmation; shipment in a new thread with the
    # invoice, packing list and HAWB; receipt.
    Deal("ho25-GY1", "GY", dt.date(2035, 5, 14), 10, "ECRM/PO/35/027",
         {"q": "QUO-35-1052", "pi": "PRO-35-0214", "ctr": "SOC-35-0123", "inv": "NWC-INV-35-2296",
          "sn": "DSP-35-0751", "bl": "8303504188", "pay": "PV-35-00471"}, [
        S("enquiry", "partner", "Prices needed – husker rolls, screens and sorter valves",
          "Hi Anna,\n\nhope all good on your side. The autumn crop is coming in early this year so I need to get "
          "the mill sorted out. Can you price these for me, CPT Georgetown, in pounds:\n\n{needs}\n\nSeenarine "
          "wants the numbers by Thursday if possible.\n\n"),
        S("quote", "us", None,
          "Hi Devendra,\n\nno problem – our quote {q} is attached, CPT Georgetown in GBP. All items are in stock "
          "apart from the sorter valve blocks, which take about three weeks.\n\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Hi Anna,\n\nSeenarine signed off on it. Our accounts package is down since the lightning strike last "
          "week so I'm typing the order here, hope that's ok:\n\n{order_block}\n\nSend the pro forma for the 30% "
          "and we'll wire it.\n\n", body_order=True, gap=3),
        S("order", "us", None,
          "Hi Devendra,\n\nthat's fine, thank you for order {po}. Attached are pro forma {pi} for the 30% advance and "
          "our order confirmation {ctr} in Word – please have Mr Seenarine countersign it and send it back.\n\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("payment", "partner", None,
          "Hi Anna,\n\nadvance sent this morning, {paid}. Voucher attached. The signed confirmation is coming, "
          "Seenarine is upriver till Monday.\n\n", docs=(("payment_advice", "pdf"),), gap=4),
        S("contract", "partner", None,
          "Hi Anna,\n\nhere's {ctr} signed. Let me know when it flies.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=3),
        S("shipping", "us", "Your order {po} is on its way – invoice {inv}",
          "Hi Devendra,\n\nyour order {po} has been flown out under HAWB {track}, routed via Miami to "
          "Georgetown. Attached are invoice {inv} for the balance, the packing list and the house air waybill.\n\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf"), ("bill_of_lading", "pdf")),
          new_thread=True, gap=12),
        S("receipt", "partner", None,
          "Hi Anna,\n\ncollected from Timehri yesterday and trucked up to Anna Regina. Everything counted and "
          "matches the list. Cheers.\n\n", gap=6),
    ], deposit=True, tracking="air"),
    # Bosnia and Herzegovina (writing German, Apple Mail): enquiry, quotation, the order as a Word file; our
    # invoice and order confirmation; the countersigned confirmation in a new thread; dispatch with the packing
    # list (the HAWB comes from the consolidator); the payment voucher in a new thread.
    Deal("ho25-BA1", "BA", dt.date(2035, 5, 21), 13, "LV-N-00935",
         {"q": "QUO-35-1060", "inv": "NWC-INV-35-2310", "ctr": "SOC-35-0127", "sn": "DSP-35-0763",
          "bl": "8303504235", "pay": "ZB-2035-00318"}, [
        S("enquiry", "partner", "Preisanfrage Verschleißteile Strahlanlage und Formerei",
          "Sehr geehrte Frau Keller,\n\nfür den Sommerstillstand unserer Gießerei benötigen wir folgende "
          "Verschleiß- und Ersatzteile:\n\n{needs}\n\nBitte um Ihr Angebot DAP Banja Luka in Euro mit Angabe der "
          "Lieferzeit. Die Induktorspule ist für uns besonders dringend.\n\n"),
        S("quote", "us", None,
          "Sehr geehrte Frau Kovačević,\n\nbesten Dank für Ihre Anfrage. Unser Angebot {q} liegt bei, DAP Banja "
          "Luka in Euro. Die Induktorspule fertigt der Hersteller in ca. fünf Wochen, die übrigen Teile sind "
          "vorrätig.\n\n", docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", "Bestellung {po} zu Ihrem Angebot {q}",
          "Sehr geehrte Frau Keller,\n\nanbei erhalten Sie unsere Bestellung {po} als Word-Dokument. Bitte senden "
          "Sie uns Rechnung und Auftragsbestätigung.\n\n", docs=(("purchase_order", "docx"),), new_thread=True,
          gap=4),
        S("order", "us", None,
          "Sehr geehrte Frau Kovačević,\n\nvielen Dank für Ihre Bestellung {po}. Anbei unsere Rechnung {inv} und "
          "die Auftragsbestätigung {ctr}, die mit Ihrer Gegenzeichnung als Kaufvertrag gilt. Bitte senden Sie uns "
          "ein unterschriebenes Exemplar zurück.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", "Gegengezeichnete Auftragsbestätigung {ctr}",
          "Sehr geehrte Frau Keller,\n\nin der Anlage die von Herrn Marić gegengezeichnete Auftragsbestätigung "
          "{ctr} zu unserer Bestellung {po}.\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True,
          gap=3),
        S("shipping", "us", "Versand Ihrer Bestellung {po}",
          "Sehr geehrte Frau Kovačević,\n\nIhre Bestellung {po} ist heute per Luftfracht über Wien unterwegs "
          "(HAWB {track}); den Frachtbrief schickt Ihnen der Spediteur direkt. Die Packliste liegt bei.\n\n",
          docs=(("shipping_notice", "pdf"),), new_thread=True, gap=26),
        S("payment", "partner", "Zahlung Rechnung {inv}",
          "Sehr geehrte Frau Keller,\n\nwir haben Ihre Rechnung {inv} heute mit {paid} beglichen. Der Zahlungsbeleg "
          "liegt bei.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=40),
    ], tracking="air"),
    # Chad (writing French, Outlook): our quotation after a phone call; the order as PDF; our pro forma and the
    # order confirmation (Word); the advance; the countersigned confirmation; shipment in a new thread with invoice
    # and packing list (the consolidator sends the HAWB); receipt; a claim with the failure report in a new thread
    # and our answer.
    Deal("ho25-TD1", "TD", dt.date(2035, 6, 4), 10, "BC-SCL-35/0118",
         {"q": "QUO-35-1071", "pi": "PRO-35-0229", "ctr": "SOC-35-0134", "inv": "NWC-INV-35-2334",
          "sn": "DSP-35-0779", "bl": "8303504302", "pay": "PD-35-0092", "claim": "SCL-REC-35-007",
          "ir": "RD-35-0031"}, [
        S("quote", "us", "Offre {q} – pièces d'égrenage pour la campagne 2035-2036",
          "Monsieur Mahamat,\n\nsuite à notre entretien téléphonique de ce matin, vous trouverez ci-joint notre offre "
          "{q} pour les pièces d'égrenage, CPT N'Djamena en euros, valable 45 jours.\n\n",
          docs=(("quotation", "pdf"),)),
        S("order", "partner", None,
          "Madame,\n\nNous accusons réception de votre offre {q} et vous en remercions. Veuillez trouver ci-joint "
          "notre bon de commande {po} dûment signé. Nous vous saurions gré de nous adresser la facture pro forma "
          "afin que nous puissions procéder au versement de l'acompte.\n\n",
          docs=(("purchase_order", "pdf"),), gap=5),
        S("order", "us", None,
          "Monsieur Mahamat,\n\nnous vous remercions pour votre commande {po}. Ci-joint la facture pro forma {pi} "
          "(acompte de 30 %) ainsi que notre confirmation de commande {ctr}, qui vaut contrat une fois "
          "contresignée par M. Youssouf Brahim.\n\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("payment", "partner", None,
          "Madame,\n\nNous avons l'honneur de vous informer que l'acompte de {paid} a été viré ce jour. Ci-joint la "
          "pièce de décaissement.\n\n", docs=(("payment_advice", "pdf"),), gap=6),
        S("contract", "partner", None,
          "Madame,\n\nCi-joint la confirmation {ctr} revêtue de la signature et du cachet de notre Directeur "
          "général.\n\n", docs=(("contract", "pdf"),), signed=True, gap=2),
        S("shipping", "us", "Expédition de votre commande {po} – facture {inv}",
          "Monsieur Mahamat,\n\nvotre commande {po} a été remise au groupeur aérien et part ce soir via Paris sous "
          "la LTA {track}, que le groupeur vous adresse directement. Vous trouverez ci-joint la facture {inv} "
          "(solde) et la liste de colisage.\n\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf")),
          new_thread=True, gap=15),
        S("receipt", "partner", None,
          "Madame,\n\nNous vous informons que les colis ont été réceptionnés à Moundou ce jour, au complet et en "
          "bon état apparent.\n\n", gap=8),
        S("claim", "partner", "Réclamation {claim} – commande {po}",
          "Madame,\n\nAprès trois semaines de marche, plusieurs rouleaux de nettoyeur et joints de vérin de la "
          "commande {po} sont hors service. Notre rapport de défaillance {ir} est joint. Nous vous demandons leur "
          "remplacement au titre de la garantie avant la reprise de la campagne.\n\n",
          docs=(("inspection_report", "pdf"),), new_thread=True, gap=24),
        S("claim", "us", None,
          "Monsieur Mahamat,\n\nnous sommes désolés de ces défaillances. Nous avons transmis votre rapport {ir} au "
          "fabricant et expédions dès lundi les pièces de remplacement, sans frais. Merci de conserver les pièces "
          "défectueuses pour l'expertise.\n\n", gap=1),
    ], deposit=True, tracking="air"),
    # Cuba (writing Spanish, HTML-only mail): enquiry, quotation, the order placed by mail with its number only;
    # our invoice and order confirmation; the countersigned confirmation; our reminder for the official purchase
    # order; shipment in a new thread. The purchase order never arrives.
    Deal("ho25-CU1", "CU", dt.date(2035, 6, 11), 10, "CCA-IMP-35-0214",
         {"q": "QUO-35-1078", "inv": "NWC-INV-35-2351", "ctr": "SOC-35-0139", "sn": "DSP-35-0790",
          "bl": "8303504377"}, [
        S("enquiry", "partner", "Solicitud de oferta – piezas para la zafra 2035-2036",
          "Estimada Anna:\n\nReciba un cordial saludo. Con vistas a la reparación de los centrales para la próxima "
          "zafra, le solicitamos oferta CIP La Habana, en euros, de los siguientes renglones:\n\n{needs}\n\n"
          "Le agradeceríamos indicar el plazo de entrega y las condiciones de pago que puede ofrecernos.\n\n"),
        S("quote", "us", None,
          "Estimada Yaimara:\n\nmuchas gracias por su solicitud. Le adjunto nuestra oferta {q}, CIP La Habana en "
          "euros, con pago a 90 días de la fecha de factura como en la operación anterior. Las camisas de maza "
          "tienen un plazo de siete semanas.\n\n", docs=(("quotation", "pdf"),), gap=3),
        S("order", "partner", None,
          "Estimada Anna:\n\nLe comunicamos que la oferta {q} fue aprobada por el comité de contratación. Queda "
          "registrado el pedido con el número {po}. El documento oficial de la orden de compra se lo hará llegar el "
          "Departamento Comercial una vez que tenga todas las firmas.\n\n", gap=9),
        S("order", "us", None,
          "Estimada Yaimara:\n\nmuchas gracias por el pedido {po}. Le adjunto la factura {inv} y nuestra "
          "confirmación de pedido {ctr}; una vez firmada por el Ing. Echevarría tiene valor de contrato. Quedamos "
          "a la espera también de la orden de compra oficial.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", None,
          "Estimada Anna:\n\nAdjunto le remitimos la confirmación {ctr} firmada y acuñada por nuestro Director "
          "General.\n\n", docs=(("contract", "pdf"),), signed=True, gap=6),
        S("order", "us", None,
          "Estimada Yaimara:\n\ngracias por la confirmación firmada. Para cerrar el expediente de exportación nos "
          "falta todavía la orden de compra oficial {po}. ¿Podría recordárselo al Departamento Comercial?\n\n",
          gap=5),
        S("shipping", "us", "Embarque del pedido {po}",
          "Estimada Yaimara:\n\nel pedido {po} salió hoy por vía aérea vía Madrid con la guía aérea {track}; el "
          "consolidador le envía la guía house a su agente de aduanas. Le adjunto la lista de empaque.\n\n",
          docs=(("shipping_notice", "pdf"),), new_thread=True, gap=30),
    ], tracking="air"),
    # Papua New Guinea (a Chinese-owned refinery writing Chinese, Gmail): enquiry, our quotation, the order in a
    # new thread that names the quotation; invoice and order confirmation; the countersigned confirmation;
    # shipment; a warranty claim with the failure report in a new thread and our answer; payment afterwards.
    Deal("ho25-PG1", "PG", dt.date(2035, 6, 18), 10, "SZM-PO-35-0617",
         {"q": "QUO-35-1084", "inv": "NWC-INV-35-2365", "ctr": "SOC-35-0142", "sn": "DSP-35-0802",
          "bl": "8303504419", "claim": "SZM-WC-35-003", "ir": "FR-SZM-35-0118", "pay": "FK-2035-0716"}, [
        S("enquiry", "partner", "询价：精炼厂检修备件（DAP Madang，澳元）",
          "Anna 您好：\n\n我们马当精炼厂九月份计划停车检修，需要以下备件，请按 DAP Madang 空运、澳元报价，并注明交货期：\n\n{needs}\n\n"
          "高压釜密封是关键件，请优先确认。谢谢！\n\n"),
        S("quote", "us", None,
          "Dear Mr Zhou,\n\nthank you for your enquiry. Our quotation {q} is attached, DAP Madang by air, in AUD. "
          "The autoclave seal cartridges need six weeks from order; the other parts can fly within a fortnight.\n\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", "采购订单 {po} / 报价单 {q}",
          "Anna 您好：\n\n报价 {q} 已经审批通过，附件是我们的采购订单 {po}，请确认并回传合同和发票。\n\n",
          docs=(("purchase_order", "pdf"),), new_thread=True, gap=7),
        S("order", "us", None,
          "Dear Mr Zhou,\n\nthank you for purchase order {po}. Attached are our invoice {inv} and order "
          "confirmation {ctr}; once Mr Liu has countersigned it, it is our contract.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Anna 您好：\n\n合同 {ctr} 已由刘总签字盖章，请查收附件。\n\n", docs=(("contract", "pdf"),), signed=True,
          gap=4),
        S("shipping", "us", None,
          "Dear Mr Zhou,\n\nPO {po} has been flown out via Brisbane under house air waybill {track}. The packing list "
          "and the HAWB are attached.\n\n", docs=(("shipping_notice", "pdf"), ("bill_of_lading", "pdf")), gap=38),
        S("claim", "partner", "质保索赔 {claim}：订单 {po}",
          "Anna 您好：\n\n订单 {po} 的部分胶管和密封在检修后运行不到两周就失效了，附件是我们设备管理系统出的故障报告 {ir}。请按质保条款尽快处理。\n\n",
          docs=(("inspection_report", "pdf"),), new_thread=True, gap=30),
        S("claim", "us", None,
          "Dear Mr Zhou,\n\nthank you for failure report {ir}. We are sorry for the downtime. Replacement hoses and "
          "seal cartridges will fly next week free of charge, and the maker will send its root-cause analysis "
          "within 14 days.\n\n", gap=1),
        S("payment", "partner", "付款通知：发票 {inv}",
          "Anna 您好：\n\n发票 {inv} 的货款 {paid} 已于今天电汇，付款凭单见附件。\n\n",
          docs=(("payment_advice", "pdf"),), new_thread=True, gap=6),
    ], tracking="air"),
    # Zimbabwe again: the order goes to our area manager, who forwards the mail with the Excel file; our invoice
    # and order confirmation; the buyer returns the full pack its finance department files (order, invoice and the
    # countersigned confirmation); dispatch with the packing list.
    Deal("ho25-ZW2", "ZW", dt.date(2035, 7, 2), 6, "MVC-PO-004467",
         {"inv": "NWC-INV-35-2389", "ctr": "SOC-35-0150", "sn": "DSP-35-0826", "bl": "8303504466"}, [
        S("order", "partner", "PO {po} – bearings and wax nozzles",
          "Hi Callum,\n\nGood to meet you at the Harare show. As discussed, please find attached PO {po} for the "
          "bearings and wax nozzles. Kindly pass it on to whoever handles orders on your side.\n\n",
          docs=(("purchase_order", "xlsx"),), forward=True, new_thread=True),
        S("order", "us", None,
          "Dear Tatenda,\n\nCallum passed your PO {po} on to me, thank you. Attached are invoice {inv} and order "
          "confirmation {ctr} (Word) for countersignature.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("order", "partner", None,
          "Hi Anna,\n\nOur finance department will only release an order for payment when the full pack is on "
          "file, so please find attached our PO {po}, your invoice {inv} and confirmation {ctr}, now signed and "
          "stamped by our MD.\n\n",
          docs=(("purchase_order", "xlsx"), ("commercial_invoice", "pdf"), ("contract", "pdf")), signed=True,
          gap=2),
        S("shipping", "us", None,
          "Dear Tatenda,\n\nPO {po} is on tonight's consolidation, HAWB {track}. The packing list is attached.\n\n",
          docs=(("shipping_notice", "pdf"),), gap=6),
    ], tracking="air"),
    # Guyana again: a small enquiry answered with prices typed into the reply; no order follows.
    Deal("ho25-GY2", "GY", dt.date(2035, 7, 9), 4, "ECRM/PO/35/041", {"q": "QUO-35-1102"}, [
        S("enquiry", "partner", "Burner nozzles + elevator buckets – rough price?",
          "Hi Anna,\n\njust need ballpark figures for the dryer, no rush:\n\n{needs}\n\n"),
        S("quote", "us", None,
          "Hi Devendra,\n\nhere you go, reference {q}, CPT Georgetown, valid 45 days:\n\n{price_list}\n\n"
          "Say the word and I'll send a formal quote.\n\n", gap=1),
    ]),
    # Bosnia and Herzegovina again: a warranty claim in a new thread on an order from before this mailbox, known
    # only by its numbers; our answer.
    Deal("ho25-BA2", "BA", dt.date(2035, 7, 16), 6, "LV-N-00871",
         {"inv": "NWC-INV-35-1986", "claim": "GA-2035-011", "ir": "SB-35-00276"}, [
        S("claim", "partner", "Garantieantrag {claim} – Bestellung {po}, Rechnung {inv}",
          "Sehr geehrte Frau Keller,\n\nan Teilen aus unserer Bestellung {po} (Ihre Rechnung {inv}) sind nach "
          "kurzer Laufzeit Ausfälle aufgetreten. Den Schadensbericht {ir} aus unserem Instandhaltungssystem "
          "finden Sie im Anhang. Wir bitten um Ersatz im Rahmen der Garantie.\n\n",
          docs=(("inspection_report", "pdf"),), new_thread=True),
        S("claim", "us", None,
          "Sehr geehrte Frau Kovačević,\n\nvielen Dank für den Schadensbericht {ir}. Wir haben den Hersteller "
          "informiert und senden Ihnen die Ersatzteile kostenlos zu; bitte bewahren Sie die ausgefallenen Teile "
          "für die Untersuchung auf.\n\n", gap=1),
    ]),
    # Chad again: a small order; our invoice and order confirmation; the buyer declines to countersign (the
    # purchase order is its contract); dispatch. The signed contract never arrives.
    Deal("ho25-TD2", "TD", dt.date(2035, 7, 23), 5, "BC-SCL-35/0164",
         {"inv": "NWC-INV-35-2412", "ctr": "SOC-35-0157", "sn": "DSP-35-0840", "bl": "8303504521"}, [
        S("order", "partner", "Bon de commande {po} – courroies et paliers",
          "Madame,\n\nVeuillez trouver ci-joint notre bon de commande {po} pour des courroies et paliers de "
          "réassort.\n\n", docs=(("purchase_order", "pdf"),)),
        S("order", "us", None,
          "Monsieur Mahamat,\n\nmerci pour la commande {po}. Ci-joint la facture {inv} et la confirmation {ctr} à "
          "nous retourner contresignée.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Madame,\n\nPour une commande de ce montant, notre Direction générale ne signe pas de contrat : notre bon "
          "de commande {po} fait foi entre nous. Nous vous remercions de votre compréhension et attendons "
          "l'expédition.\n\n", gap=3),
        S("shipping", "us", None,
          "Monsieur Mahamat,\n\nentendu. La commande {po} est partie ce jour sous la LTA {track}; ci-joint la liste "
          "de colisage.\n\n", docs=(("shipping_notice", "pdf"),), gap=4),
    ], tracking="air"),
    # Cuba again: payment of an invoice from before this mailbox (90 days' credit), a deal of one mail.
    Deal("ho25-CU2", "CU", dt.date(2035, 5, 30), 5, "CCA-IMP-34-0377",
         {"inv": "NWC-INV-35-1874", "pay": "CP-2035-0143"}, [
        S("payment", "partner", "Pago de la factura {inv} – pedido {po}",
          "Estimada Anna:\n\nLe informamos que en el día de hoy se efectuó el pago de su factura {inv}, "
          "correspondiente a nuestro pedido {po}, por un importe de {paid}. Adjuntamos el comprobante de pago "
          "para su conciliación.\n\n", docs=(("payment_advice", "pdf"),)),
    ]),
]
