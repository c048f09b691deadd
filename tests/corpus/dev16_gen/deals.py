"""The fifteenth holdout's deal scripts, with the words each side writes (new wording, not dev..dev15's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    Deal("ho15-FI1", "FI", dt.date(2030, 2, 4), 18, "PO-0041822",
         {"q": "NWQ-30-00417", "ctr": "SC-2030-011", "inv": "NWI-30-01102", "sn": "PL-30-0219",
          "pay": "2000004182"}, [
        S("enquiry", "partner", "Quotation request – PM3 spring shutdown spares",
          "Hello Anna,\n\nPM3 stops for its spring shutdown in week 12. Please quote the following, delivered DAP "
          "Lappeenranta:\n\n{needs}\n\nWe would need everything on site by 14 March at the latest.\n\n"),
        S("quote", "us", None,
          "Hello Jussi,\n\nthank you for thinking of us for the shutdown. Our quotation {q} is attached; all items "
          "are available to ship within three weeks of order, so 14 March is achievable.\n\nKind regards,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Hello Anna,\n\nthanks for {q}. The vacuum pump seal kits are about 8 % above what we paid to the pump "
          "maker last year. Could you improve the total a little? Then I can place the order this week.\n\n",
          gap=1),
        S("negotiation", "us", None,
          "Hello Jussi,\n\nI can take 4 % off every line of {q}; delivery and terms stay as quoted. I hope that "
          "works for you.\n\nKind regards,\n", gap=1),
        S("order", "partner", None,
          "Hello Anna,\n\nagreed. Our purchase order {po} is attached, with the 4 % in the prices. Please send your "
          "invoice and the supply contract.\n\n", docs=(("purchase_order", "pdf"),), gap=2),
        S("order", "us", None,
          "Hello Jussi,\n\nthank you for PO {po}. Please find our invoice {inv} attached, and the supply contract "
          "{ctr} as a Word file so your legal department can mark it up if needed. We need it back signed before "
          "dispatch.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", "Signed supply contract {ctr}",
          "Hello Anna,\n\nno comments from legal. The contract {ctr} signed by Tiina is attached.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=3),
        S("shipping", "us", None,
          "Hello Jussi,\n\nyour order {po} left Southampton today on a trailer via Zeebrugge, consignment number "
          "{track}. Expected in Lappeenranta on Friday. The packing list is attached (Excel).\n\nKind regards,\n",
          docs=(("shipping_notice", "xlsx"),), gap=12),
        S("payment", "partner", "Payment advice – invoice {inv}",
          "Hello Anna,\n\nfor your information: our payment run today paid invoice {inv}, {paid}. The payment "
          "advice is attached.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=30),
    ], discount=Decimal("0.96"), tracking="road"),
    Deal("ho15-SK1", "SK", dt.date(2030, 2, 11), 14, "OBJ-2030-0087",
         {"q": "NWQ-30-00431", "ctr": "SC-2030-014", "inv": "NWI-30-01131", "sn": "PL-30-0236",
          "claim": "REK-30-012", "ir": "QM-300412"}, [
        S("enquiry", "partner", "Preisanfrage Ersatzteile Schmiedepressen",
          "Sehr geehrte Frau Keller,\n\nfür die Instandhaltung unserer Schmiedepressen benötigen wir ein Angebot "
          "über folgende Teile, FCA Southampton:\n\n{needs}\n\nBitte nennen Sie uns auch die Lieferzeit. Unser "
          "Spediteur holt in Southampton ab.\n\n"),
        S("quote", "us", None,
          "Sehr geehrter Herr Hudec,\n\nvielen Dank für Ihre Anfrage. Im Anhang erhalten Sie unser Angebot {q}. "
          "Die Teile sind etwa drei Wochen nach Bestelleingang abholbereit.\n\nMit freundlichen Grüßen\n",
          docs=(("quotation", "pdf"),), gap=3),
        S("order", "partner", None,
          "Sehr geehrte Frau Keller,\n\nwir bestellen gemäß Ihrem Angebot {q}. Unsere Bestellung {po} liegt als "
          "Word-Datei bei. Bitte senden Sie uns Rechnung und Vertrag.\n\n", docs=(("purchase_order", "docx"),),
          gap=5),
        S("order", "us", None,
          "Sehr geehrter Herr Hudec,\n\nbesten Dank für Ihre Bestellung {po}. Anbei unsere Rechnung {inv} sowie der "
          "Liefervertrag {ctr}; bitte senden Sie uns den Vertrag unterschrieben zurück.\n\nMit freundlichen "
          "Grüßen\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Sehr geehrte Frau Keller,\n\nanbei der Vertrag {ctr}, unterschrieben von unserer Geschäftsführerin "
          "Frau Bartošová.\n\n", docs=(("contract", "pdf"),), signed=True, gap=4),
        S("production", "partner", None,
          "Sehr geehrte Frau Keller,\n\nkönnen Sie uns schon einen Abholtermin für {po} nennen? Unser Spediteur "
          "plant die Touren für die nächste Woche.\n\n", gap=7),
        S("shipping", "us", None,
          "Sehr geehrter Herr Hudec,\n\nIhr Spediteur hat die Bestellung {po} heute abgeholt, Frachtbrief-Nr. "
          "{track}. Die Packliste hängt an.\n\nMit freundlichen Grüßen\n", docs=(("shipping_notice", "pdf"),),
          gap=6),
        S("receipt", "partner", None,
          "Sehr geehrte Frau Keller,\n\ndie Sendung ist angekommen. Bei der Wareneingangsprüfung sind uns jedoch "
          "Mängel an einigen Teilen aufgefallen; unsere Qualitätsabteilung erstellt eine Meldung.\n\n", gap=5),
        S("claim", "partner", "Mängelrüge {claim} zu Bestellung {po}",
          "Sehr geehrte Frau Keller,\n\nim Anhang unsere Qualitätsmeldung {ir}. Wir reklamieren die genannten "
          "Teile unter der Nummer {claim} und bitten um kostenlose Ersatzlieferung sowie eine Stellungnahme "
          "innerhalb von zehn Arbeitstagen.\n\n", docs=(("inspection_report", "pdf"),), new_thread=True, gap=2),
        S("claim", "us", None,
          "Sehr geehrter Herr Hudec,\n\nes tut uns leid. Die Ersatzteile gehen morgen auf unsere Kosten per Express "
          "an Sie; die Stellungnahme unseres Qualitätsmanagements folgt fristgerecht.\n\nMit freundlichen "
          "Grüßen\n", gap=1),
    ], tracking="road"),
    Deal("ho15-CH1", "CH", dt.date(2030, 2, 18), 12, "CF-30-0418",
         {"q": "NWQ-30-00452", "ctr": "SC-2030-019", "inv": "NWI-30-01177", "sn": "PL-30-0262",
          "pay": "2000011876"}, [
        S("enquiry", "partner", "Demande d'offre – pièces pour l'arrêt de l'atelier de synthèse",
          "Bonjour Madame Keller,\n\nnous préparons l'arrêt annuel de notre atelier de synthèse et vous prions de "
          "nous remettre une offre, DAP Monthey, pour :\n\n{needs}\n\nMerci de préciser le délai de livraison.\n\n"),
        S("quote", "us", None,
          "Bonjour Monsieur Rochat,\n\nmerci pour votre demande. Vous trouverez ci-joint notre offre {q} en CHF ; "
          "délai de livraison environ trois semaines après commande.\n\nMeilleures salutations,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Bonjour Madame Keller,\n\nsuite à votre offre {q}, nous vous transmettons notre commande {po} en "
          "annexe. Merci de nous faire parvenir la facture et le contrat.\n\n", docs=(("purchase_order", "pdf"),),
          gap=4),
        S("order", "us", None,
          "Bonjour Monsieur Rochat,\n\nnous vous remercions de votre commande {po}. Ci-joint notre facture {inv} et "
          "le contrat de fourniture {ctr}, à nous retourner signé.\n\nMeilleures salutations,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Bonjour Madame Keller,\n\nvoici le contrat {ctr} signé par Mme Vouilloz.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=3),
        S("shipping", "us", None,
          "Bonjour Monsieur Rochat,\n\nvotre commande {po} a quitté notre entrepôt aujourd'hui par camion, "
          "lettre de voiture n° {track}, dédouanement à Bâle par le transporteur. Vous trouverez la liste de "
          "colisage en annexe.\n\nMeilleures salutations,\n", docs=(("shipping_notice", "pdf"),), gap=14),
        S("payment", "partner", "Avis de paiement – votre facture {inv}",
          "Bonjour Madame Keller,\n\nnous avons réglé ce jour votre facture {inv}, soit {paid}. Vous trouverez "
          "l'avis de paiement en annexe.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=27),
    ], tracking="road"),
    Deal("ho15-GT1", "GT", dt.date(2030, 2, 25), 12, "OC-2030-00318",
         {"q": "NWQ-30-00466", "ctr": "SC-2030-022", "inv": "NWI-30-01214", "bl": "HGLSOU300418",
          "sn": "PL-30-0288", "pay": "2000000418"}, [
        S("enquiry", "partner", "Solicitud de cotización – repuestos para la zafra 2030-2031",
          "Estimada Sra. Keller:\n\nestamos preparando el mantenimiento de fin de zafra y necesitamos cotización "
          "CIF Puerto Quetzal de los siguientes repuestos:\n\n{needs}\n\nFavor indicar tiempo de entrega y "
          "validez de la oferta.\n\n"),
        S("quote", "us", None,
          "Estimado Ing. Estrada:\n\nmuchas gracias por su solicitud. Adjunto nuestra cotización {q}, válida 60 "
          "días; el embarque sería unas cinco semanas después de recibir su orden de compra.\n\nSaludos "
          "cordiales,\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Estimada Sra. Keller:\n\nrevisamos la cotización {q}. Las chumaceras y las bombas quedan por encima de "
          "nuestro presupuesto. ¿Podrían mejorar el precio en un 5 %?\n\n", gap=3),
        S("negotiation", "us", None,
          "Estimado Ing. Estrada:\n\npodemos ofrecerle un 3 % de descuento sobre todas las posiciones de {q}; las "
          "demás condiciones se mantienen.\n\nSaludos cordiales,\n", gap=1),
        S("order", "partner", None,
          "Estimada Sra. Keller:\n\naceptamos el 3 %. Adjunto nuestra orden de compra {po} en Excel. Favor enviar "
          "factura comercial y contrato para firma.\n\n", docs=(("purchase_order", "xlsx"),), gap=4),
        S("order", "us", None,
          "Estimado Ing. Estrada:\n\ngracias por la orden {po}. Le adjunto la factura comercial {inv} y el contrato "
          "{ctr}; le ruego devolverlo firmado.\n\nSaludos cordiales,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Contrato {ctr} firmado – OC {po}",
          "Estimada Sra. Keller:\n\nadjunto el contrato {ctr} firmado por nuestra Gerente Financiero.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=3),
        S("shipping", "us", None,
          "Estimado Ing. Estrada:\n\nla orden {po} fue embarcada hoy en el contenedor {track}. Adjunto el "
          "conocimiento de embarque FIATA de nuestro transitario y la lista de empaque.\n\nSaludos cordiales,\n",
          docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), gap=24),
        S("payment", "partner", "Pago factura {inv} – OC {po}",
          "Estimada Sra. Keller:\n\nle informamos que hoy se efectuó el pago de la factura {inv} por {paid}. "
          "Adjunto el aviso de pago.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=40),
    ], discount=Decimal("0.97"), tracking="container"),
    Deal("ho15-ZM1", "ZM", dt.date(2030, 3, 4), 12, "ZX-PO-2030-027",
         {"q": "NWQ-30-00489", "pi": "NWP-30-00071", "ctr": "SC-2030-026", "inv": "NWI-30-01260",
          "bl": "HGLSOU300452", "pay": "1500000271"}, [
        S("enquiry", "partner", "询价：渣浆泵叶轮、托辊及浮选机转子",
          "Anna 女士您好！\n\n我们是赞比亚基特韦的一家矿山设备服务公司，现需采购以下备件，请报 CFR Dar es Salaam "
          "美元价格：\n\n{needs}\n\n请一并告知交货期。谢谢！\n\n"),
        S("quote", "us", None,
          "Dear Mr Wang,\n\nthank you for your enquiry. Our quotation {q} is attached, CFR Dar es Salaam in USD. "
          "Shipment about six weeks after receipt of the deposit.\n\nKind regards,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Anna 您好，\n\n报价 {q} 已收到。浮选机转子的价格偏高，整单能否优惠 6%？\n\n", gap=2),
        S("negotiation", "us", None,
          "Dear Mr Wang,\n\nwe can offer 5 % on all items of {q}. Delivery time and payment terms remain as "
          "quoted.\n\nKind regards,\n", gap=1),
        S("order", "partner", None,
          "Anna 您好，\n\n5% 可以。我们的订单如下：\n\n{order_block}\n\n请发形式发票和合同，收到后安排 30% 定金。\n\n",
          body_order=True, gap=2),
        S("order", "us", None,
          "Dear Mr Wang,\n\nthank you for order {po}. Please find attached proforma invoice {pi} for the 30 % "
          "deposit and our supply contract {ctr} for signature.\n\nKind regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Anna 您好，\n\n形式发票 {pi} 的 30% 定金 {paid} 今天已经电汇，附件是我们财务系统出的付款通知。\n\n",
          docs=(("payment_advice", "pdf"),), gap=5),
        S("contract", "partner", "合同 {ctr} 已签 / signed contract for order {po}",
          "Anna 您好，\n\n附件是陈总签字的合同 {ctr}，请查收。\n\n", docs=(("contract", "pdf"),), signed=True,
          new_thread=True, gap=2),
        S("production", "partner", None,
          "Anna 您好，\n\n订单 {po} 的生产进度如何？预计哪天装船？\n\n", gap=12),
        S("shipping", "us", "Order {po}: commercial invoice {inv} and B/L",
          "Dear Mr Wang,\n\norder {po} has been loaded in container {track} and is due in Dar es Salaam in about 24 "
          "days. Attached are commercial invoice {inv} (balance 70 %) and the bill of lading copy.\n\nKind "
          "regards,\n", docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf")), new_thread=True, gap=10),
        S("claim", "partner", "订单 {po} 到货短少 / shortage",
          "Anna 您好，\n\n货物已运到基特韦。开箱检查发现托辊少了 10 个，另有 2 根液压软管接头损坏。请尽快补发，"
          "并告知处理方案。\n\n", new_thread=True, gap=38),
    ], discount=Decimal("0.95"), deposit=True, tracking="container"),
    Deal("ho15-LK1", "LK", dt.date(2030, 3, 11), 14, "KVL/PO/30/0112",
         {"q": "NWQ-30-00503", "pi": "NWP-30-00078", "ctr": "SC-2030-031", "inv": "NWI-30-01302",
          "bl": "HGLSOU300471", "sn": "PL-30-0341", "pay": "2000001124"}, [
        S("enquiry", "partner", "RFQ: spares for dipping line 4",
          "Dear Anna,\n\nWe are rebuilding dipping line 4 at our Biyagama plant and request your best CIF Colombo "
          "price for the items below:\n\n{needs}\n\nPayment would be by L/C. Kindly send your offer with "
          "delivery time.\n\n"),
        S("quote", "us", None,
          "Dear Dilani,\n\nthank you for your RFQ. Our quotation {q} is attached, CIF Colombo in USD; shipment "
          "about four weeks after receipt of a workable L/C.\n\nKind regards,\n", docs=(("quotation", "pdf"),),
          gap=3),
        S("order", "partner", None,
          "Dear Anna,\n\nPlease find attached our purchase order {po}. Our bank will open the L/C on receipt of "
          "your proforma invoice and the signed contract.\n\n", docs=(("purchase_order", "pdf"),), gap=6),
        S("order", "us", None,
          "Dear Dilani,\n\nmany thanks for PO {po}. Attached are proforma invoice {pi} for the L/C application and "
          "our supply contract {ctr}; please return it signed.\n\nKind regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Dear Anna,\n\nAttached is contract {ctr}, signed by Mr Jayasekara. The L/C was opened today by our "
          "bank.\n\n", docs=(("contract", "pdf"),), signed=True, gap=3),
        S("shipping", "us", "Shipment of PO {po} – documents under L/C",
          "Dear Dilani,\n\nPO {po} was shipped today in container {track}. Copies of the shipping documents "
          "presented under the L/C are attached: commercial invoice {inv}, bill of lading and packing list.\n\n"
          "Kind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf"), ("shipping_notice", "pdf")),
          new_thread=True, gap=26),
        S("payment", "partner", "L/C payment – invoice {inv}",
          "Dear Anna,\n\nThe L/C matured today and our bank has released {paid} for invoice {inv}. The payment "
          "advice from our accounts is attached.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=62),
    ], tracking="container"),
    Deal("ho15-FI2", "FI", dt.date(2030, 4, 8), 6, "PO-0041907",
         {"inv": "NWI-30-01388"}, [
        S("order", "partner", "Purchase order {po} – doctor blades and nozzles",
          "Hi Oliver,\n\nnice to meet you at the Tampere paper fair. As discussed, our PO {po} for a few "
          "consumables is attached, prices as on our last order. Could you pass it to Anna?\n\n",
          docs=(("purchase_order", "pdf"),), forward=True, new_thread=True),
        S("order", "us", None,
          "Hello Jussi,\n\nOliver forwarded your PO {po}, thank you. Invoice {inv} is attached; the contract for "
          "this order will follow from our contracts desk.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"),), gap=1),
    ], discount=Decimal("0.96"), tracking="road"),
    Deal("ho15-SK2", "SK", dt.date(2030, 4, 15), 5, "OBJ-2030-0131",
         {"ctr": "SC-2030-044", "inv": "NWI-30-01421"}, [
        S("order", "partner", "Eilbestellung {po} – Stillstand Presse 4",
          "Sehr geehrte Frau Keller,\n\nunsere Presse 4 steht. Bitte betrachten Sie diese E-Mail als "
          "Bestellung:\n\n{order_block}\n\nWir holen die Ware so schnell wie möglich ab.\n\n", body_order=True),
        S("order", "us", None,
          "Sehr geehrter Herr Hudec,\n\nwir ziehen Ihre Bestellung {po} vor. Rechnung {inv} und Vertrag {ctr} "
          "liegen bei, den Vertrag bitte unterschrieben zurück.\n\nMit freundlichen Grüßen\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Vertrag {ctr} unterschrieben",
          "Sehr geehrte Frau Keller,\n\nanbei der unterschriebene Vertrag {ctr} zu unserer Bestellung {po}.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=2),
    ], tracking="road"),
    Deal("ho15-CH2", "CH", dt.date(2030, 4, 22), 4, "CF-30-0471", {}, [
        S("order", "partner", "Commande {po} – joints et capteurs",
          "Bonjour Madame Keller,\n\nveuillez trouver ci-joint notre commande {po}, aux prix de notre dernière "
          "commande.\n\n", docs=(("purchase_order", "pdf"),)),
        S("order", "us", None,
          "Bonjour Monsieur Rochat,\n\nmerci, la commande {po} est bien enregistrée. Je vous confirme la date "
          "d'expédition dès que possible.\n\nMeilleures salutations,\n", gap=1),
        S("production", "partner", None,
          "Bonjour Madame Keller,\n\navez-vous des nouvelles de la commande {po} ? Nous n'avons reçu ni la "
          "facture ni le contrat.\n\n", gap=9),
    ], tracking="road"),
    Deal("ho15-GT2", "GT", dt.date(2030, 5, 6), 6, "OC-2030-00391",
         {"ctr": "SC-2030-051", "inv": "NWI-30-01467"}, [
        S("order", "partner", "Orden de compra {po} – cuchillas y tubos",
          "Estimada Sra. Keller:\n\nadjunto la orden de compra {po} con precios de la orden anterior.\n\n",
          docs=(("purchase_order", "xlsx"),)),
        S("order", "us", None,
          "Estimado Ing. Estrada:\n\ngracias por la orden {po}. Adjunto factura {inv} y contrato {ctr} para su "
          "firma.\n\nSaludos cordiales,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("order", "partner", "Documentación completa OC {po}",
          "Estimada Sra. Keller:\n\npara nuestro auditor le reenvío en un solo correo la documentación completa de "
          "la orden {po}: la orden de compra, su factura {inv} y el contrato {ctr} ya firmado.\n\n",
          docs=(("purchase_order", "xlsx"), ("commercial_invoice", "pdf"), ("contract", "pdf")), signed=True,
          new_thread=True, gap=3),
    ], discount=Decimal("0.97"), tracking="container"),
]
