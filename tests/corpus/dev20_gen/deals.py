"""The nineteenth holdout's deal scripts, with the words each side writes (new wording, not dev..dev19's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    Deal("ho19-IS1", "IS", dt.date(2031, 9, 1), 12, "VF-INN-31-0418",
         {"q": "QT-03142", "ctr": "NWC/SA/31/0207", "inv": "IN-05218", "sn": "DSP-31-10422",
          "claim": "VF-KRF-31-009", "ir": "NLS-31-1187"}, [
        S("enquiry", "partner", "Parts for the filleting line – autumn service",
          "Hello Anna,\n\nwe stop the filleting line for two days at the end of September for the autumn service. "
          "Could you give me a price delivered to Ísafjörður for these parts?\n\n{needs}\n\nAll the best.\n\n"),
        S("quote", "us", None,
          "Hello Guðrún,\n\nthank you for thinking of us. Our quote {q} is attached, delivered to Ísafjörður "
          "(DAP). The parts go by trailer to Hirtshals and on the weekly ferry, about ten days door to door.\n\n"
          "Kind regards,\n", docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Hello Anna,\n\nthanks, the prices are fine. Our purchase system is down for the migration this week, so "
          "here is the order in the mail:\n\n{order_block}\n\nPlease send the invoice and your agreement.\n\n",
          body_order=True, gap=3),
        S("order", "us", None,
          "Hello Guðrún,\n\nmany thanks for order {po}. I attach invoice {inv} and our sales agreement {ctr} in "
          "Word; could Einar sign it and send it back as a PDF?\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", None,
          "Hello Anna,\n\nhere is the agreement {ctr}, signed by Einar.\n\n", docs=(("contract", "pdf"),),
          signed=True, gap=2),
        S("shipping", "us", None,
          "Hello Guðrún,\n\norder {po} was collected this afternoon, consignment {track}. The packing list is "
          "attached; the ferry leaves Hirtshals on Tuesday.\n\nKind regards,\n", docs=(("shipping_notice", "pdf"),),
          gap=6),
        S("receipt", "partner", None,
          "Hello Anna,\n\nthe pallets are here. Two cartons look a bit knocked about inside, we will open "
          "everything tomorrow with the surveyor.\n\n", gap=10),
        S("claim", "partner", "Claim {claim} – damaged knives and load cells, order {po}",
          "Hello Anna,\n\nthe surveyor's report {ir} is attached. Several circular knives and load cells arrived "
          "damaged, the report says the inner packing had moved. Please register this as our claim {claim} and "
          "tell me when we can have replacements – the line restarts on the 29th.\n\n",
          docs=(("inspection_report", "pdf"),), new_thread=True, gap=2),
        S("claim", "us", None,
          "Hello Guðrún,\n\nI am sorry about this. Replacements for everything in the survey report go out by air "
          "freight on Monday at our cost, and we have changed the carton inserts for these parts.\n\nKind "
          "regards,\n", gap=1),
    ], tracking="road"),
    Deal("ho19-QA1", "QA", dt.date(2031, 9, 8), 16, "WIFS-PO-31-02287",
         {"q": "QT-03155", "ctr": "NWC/SA/31/0213", "inv": "IN-05236", "bl": "SOUA31094471", "sn": "DSP-31-10437",
          "pay": "WIF-PAY-31-0912"}, [
        S("enquiry", "partner", "RFQ WIFS-31-118 – HVAC spares for district cooling plant",
          "Dear Ms Keller,\n\nplease quote CFR Hamad Port for the HVAC spares listed below, required for our "
          "district cooling plant maintenance contract:\n\n{needs}\n\nKindly state lead time and offer "
          "validity. Closing date for quotations is next Thursday.\n\n"),
        S("quote", "us", None,
          "Dear Mr Al-Kuwari,\n\nthank you for RFQ WIFS-31-118. Our quote {q} is attached, CFR Hamad Port in US "
          "dollars, valid 45 days. Shipment three to four weeks after order; transit about 24 days.\n\nBest "
          "regards,\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Dear Ms Keller,\n\nyour quote is technically accepted, but commercially you are not the lowest on the "
          "compressor valve kits and the expansion valves. Can you improve your prices so we can award the full "
          "package to you?\n\n", gap=4),
        S("negotiation", "us", None,
          "Dear Mr Al-Kuwari,\n\nfor an award of the full package we can offer 5 % off every line of {q}; lead "
          "time and terms unchanged.\n\nBest regards,\n", gap=1),
        S("order", "partner", None,
          "Dear Ms Keller,\n\nthank you. The purchase order {po} has been issued from our procurement platform at "
          "the revised prices, PDF attached. Please send your invoice and the sales agreement for signature.\n\n",
          docs=(("purchase_order", "pdf"),), gap=2),
        S("order", "us", None,
          "Dear Mr Al-Kuwari,\n\nthank you for PO {po}. Please find attached invoice {inv} and sales agreement "
          "{ctr} for Eng. Al-Marri's signature.\n\nBest regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Executed agreement {ctr} / PO {po}",
          "Dear Ms Keller,\n\nattached is the agreement {ctr}, executed by our Operations Director.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=5),
        S("shipping", "us", None,
          "Dear Mr Al-Kuwari,\n\nPO {po} is on board, container {track}. The sea waybill and the packing list are "
          "attached; as it is a waybill, your agent can take delivery at Hamad Port without originals.\n\nBest "
          "regards,\n", docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), gap=10),
        S("payment", "partner", "Remittance – your invoice {inv}",
          "Dear Ms Keller,\n\nplease note that {paid} has been released today against your invoice {inv}. The "
          "remittance advice from our finance system is attached.\n\n", docs=(("payment_advice", "pdf"),),
          new_thread=True, gap=45),
    ], discount=Decimal("0.95"), tracking="container"),
    Deal("ho19-GE1", "GE", dt.date(2031, 9, 15), 11, "KT-B-2031-0144",
         {"q": "QT-03167", "ctr": "NWC/SA/31/0219", "inv": "IN-05249", "bl": "SOUA31095208", "sn": "DSP-31-10451",
          "pay": "ZA-31-00877"}, [
        S("enquiry", "partner", "Preisanfrage Ersatzteile Teefabrik und Nussbrecherei",
          "Sehr geehrte Frau Keller,\n\nfür die Wartung nach der Haselnussernte benötigen wir folgende Teile. Bitte "
          "senden Sie uns Ihr Angebot CIF Poti:\n\n{needs}\n\nVielen Dank im Voraus.\n\n"),
        S("quote", "us", None,
          "Sehr geehrte Frau Beridse,\n\nvielen Dank für Ihre Anfrage. Unser Angebot {q} liegt bei, CIF Poti in "
          "Euro; die Ware ist etwa drei Wochen nach Bestellung versandbereit.\n\nMit freundlichen Grüßen\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Sehr geehrte Frau Keller,\n\nwir nehmen Ihr Angebot {q} an. Anbei unsere Bestellung {po} als "
          "Word-Dokument. Bitte senden Sie Rechnung und Kaufvertrag.\n\n", docs=(("purchase_order", "docx"),),
          gap=6),
        S("order", "us", None,
          "Sehr geehrte Frau Beridse,\n\nbesten Dank für Ihre Bestellung {po}. Anbei Rechnung {inv} und der "
          "Kaufvertrag {ctr} zur Unterschrift durch Herrn Zchowrebadse.\n\nMit freundlichen Grüßen\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("production", "partner", None,
          "Sehr geehrte Frau Keller,\n\nwann können die Teeroller-Walzen verschifft werden? Die Saison beginnt "
          "früher als geplant.\n\n", gap=8),
        S("contract", "partner", None,
          "Sehr geehrte Frau Keller,\n\nim Anhang der unterschriebene Vertrag {ctr}. Entschuldigung für die "
          "Verspätung, unser Geschäftsführer war in Tiflis.\n\n", docs=(("contract", "pdf"),), signed=True, gap=1),
        S("shipping", "us", None,
          "Sehr geehrte Frau Beridse,\n\nIhre Bestellung {po} ist im Container {track} nach Poti unterwegs. "
          "Seefrachtbrief und Packliste liegen bei.\n\nMit freundlichen Grüßen\n",
          docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), gap=5),
        S("payment", "partner", "Zahlung Rechnung {inv}",
          "Sehr geehrte Frau Keller,\n\nheute haben wir {paid} zur Rechnung {inv} überwiesen. Das Zahlungsavis "
          "finden Sie im Anhang.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=27),
    ], tracking="container"),
    Deal("ho19-NI1", "NI", dt.date(2031, 9, 22), 13, "OC-ISC-2031-0388",
         {"q": "QT-03179", "ctr": "NWC/SA/31/0224", "inv": "IN-05263", "bl": "SOUA31096630", "pay": "BON31TR04418"},
        [
        S("enquiry", "partner", "Solicitud de cotización – repuestos para la zafra 2031/32",
          "Buenos días, Sra. Keller:\n\nestamos preparando la zafra y necesitamos cotización CFR Corinto de los "
          "siguientes repuestos:\n\n{needs}\n\nFavor indicar tiempo de entrega.\n\n"),
        S("quote", "us", None,
          "Estimada Sra. Arana:\n\ngracias por su solicitud. Adjunto nuestra cotización {q}, CFR Corinto en "
          "dólares; embarcamos unas tres semanas después de recibir la orden.\n\nSaludos cordiales,\n",
          docs=(("quotation", "pdf"),), gap=1),
        S("negotiation", "partner", None,
          "Sra. Keller:\n\nlas camisas de molino y las cadenas nos salen caras comparando con el año pasado. "
          "¿Pueden mejorar el precio si compramos todo?\n\n", gap=3),
        S("negotiation", "us", None,
          "Estimada Sra. Arana:\n\npor la orden completa podemos rebajar un 4 % todas las líneas de {q}.\n\n"
          "Saludos cordiales,\n", gap=1),
        S("order", "partner", None,
          "Sra. Keller:\n\naceptamos. Adjunto la orden de compra {po} en Excel con los precios rebajados. Quedo a "
          "la espera de la factura y el contrato.\n\n", docs=(("purchase_order", "xlsx"),), gap=2),
        S("order", "us", None,
          "Estimada Sra. Arana:\n\nmuchas gracias por la orden {po}. Le adjunto la factura {inv} y el contrato de "
          "compraventa {ctr} para la firma del Ing. Baltodano.\n\nSaludos cordiales,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Sra. Keller:\n\nadjunto el contrato {ctr} firmado.\n\n", docs=(("contract", "pdf"),), signed=True, gap=4),
        S("shipping", "us", None,
          "Estimada Sra. Arana:\n\nla orden {po} salió hoy en el contenedor {track} con destino Corinto. Le adjunto "
          "la carta de porte marítimo (sea waybill).\n\nSaludos cordiales,\n", docs=(("bill_of_lading", "pdf"),),
          gap=13),
        S("payment", "partner", "Pago factura {inv}",
          "Sra. Keller:\n\nle informamos que hoy se pagó {paid} correspondiente a su factura {inv}. Adjunto el "
          "aviso de pago.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=30),
    ], discount=Decimal("0.96"), tracking="container"),
    Deal("ho19-LA1", "LA", dt.date(2031, 9, 29), 18, "LMH-CG-2031-0217",
         {"q": "QT-03188", "pi": "PF-0427", "ctr": "NWC/SA/31/0231", "inv": "IN-05284", "bl": "SOUA31107719",
          "pay": "MCB31OUT0218"}, [
        S("enquiry", "partner", "询价：南俄6水电站机电设备备件",
          "Keller 女士，您好！\n\n我司承建老挝南俄6水电站，现需采购以下机电备件，请报 CFR Laem Chabang 美元价格：\n\n"
          "{needs}\n\n请注明交期及付款方式。谢谢！\n\n"),
        S("quote", "us", None,
          "Dear Ms Zhao,\n\nthank you for your enquiry. Our quote {q} is attached, CFR Laem Chabang in US dollars. "
          "We ship about four weeks after receipt of the advance.\n\nBest regards,\n", docs=(("quotation", "pdf"),),
          gap=2),
        S("negotiation", "partner", None,
          "Keller 女士：\n\n报价 {q} 已收到。闸阀和导叶轴套价格偏高，整单能否优惠 6%？\n\n", gap=3),
        S("negotiation", "us", None,
          "Dear Ms Zhao,\n\nwe can offer 3 % off every line of {q}; delivery and payment terms stay the same.\n\n"
          "Best regards,\n", gap=1),
        S("order", "partner", None,
          "Keller 女士：\n\n可以接受。附件是我司采购单 {po}，请发形式发票和合同，我们安排30%预付款。\n\n",
          docs=(("purchase_order", "pdf"),), gap=2),
        S("order", "us", None,
          "Dear Ms Zhao,\n\nthank you for purchase order {po}. Attached are pro forma invoice {pi} for the 30 % "
          "advance and sales agreement {ctr} for Mr Sun's signature.\n\nBest regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Keller 女士：\n\n形式发票 {pi} 的预付款 {paid} 已今日汇出，付款通知见附件。\n\n",
          docs=(("payment_advice", "pdf"),), gap=5),
        S("contract", "partner", "合同 {ctr} 已签字盖章 – 采购单 {po}",
          "Keller 女士：\n\n孙经理已在合同 {ctr} 上签字，扫描件请查收。\n\n", docs=(("contract", "pdf"),),
          signed=True, new_thread=True, gap=3),
        S("production", "partner", None,
          "Keller 女士：\n\n请问采购单 {po} 的货什么时候能发？雨季结束前我们要完成机组检修。\n\n", gap=9),
        S("shipping", "us", "PO {po} on board – invoice {inv} and sea waybill",
          "Dear Ms Zhao,\n\nPO {po} has been shipped in container {track} to Laem Chabang. Attached are commercial "
          "invoice {inv}, showing the 70 % balance, and the sea waybill.\n\nBest regards,\n",
          docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf")), new_thread=True, gap=10),
    ], discount=Decimal("0.97"), deposit=True, tracking="container"),
    Deal("ho19-TG1", "TG", dt.date(2031, 10, 6), 10, "BC-STG-31-0512",
         {"q": "QT-03196", "ctr": "NWC/SA/31/0236", "inv": "IN-05297", "bl": "SOUA31108842", "sn": "DSP-31-10488",
          "pay": "BAG31VIR6618"}, [
        S("enquiry", "partner", "Demande de cotation – pièces d'usure concasseurs",
          "Madame,\n\nnous vous prions de bien vouloir nous coter, CFR Lomé, les pièces d'usure suivantes pour nos "
          "installations de concassage :\n\n{needs}\n\nMerci de préciser le délai de livraison.\n\n"),
        S("quote", "us", None,
          "Monsieur Agbénou,\n\nnous vous remercions de votre demande. Vous trouverez ci-joint notre offre {q}, "
          "CFR Lomé, en euros ; expédition sous trois semaines à réception de commande.\n\nBien cordialement,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Madame Keller,\n\nsuite à votre offre {q}, nous vous passons commande comme suit :\n\n{order_block}\n\n"
          "Nous vous remercions de nous adresser la facture et le contrat.\n\n", body_order=True, gap=5),
        S("order", "us", None,
          "Monsieur Agbénou,\n\nmerci pour votre commande {po}. Ci-joint notre facture {inv} et le contrat de "
          "vente {ctr} à faire signer par Mme Lawson-Body.\n\nBien cordialement,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Madame Keller,\n\nveuillez trouver le contrat {ctr} signé par notre Directrice générale.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=3),
        S("shipping", "us", None,
          "Monsieur Agbénou,\n\nvotre commande {po} a été embarquée dans le conteneur {track} pour Lomé. Ci-joint "
          "la lettre de transport maritime et la liste de colisage.\n\nBien cordialement,\n",
          docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), gap=12),
        S("payment", "partner", "Paiement de votre facture {inv}",
          "Madame Keller,\n\nnous avons procédé ce jour au virement de {paid} en règlement de la facture {inv}. "
          "Ci-joint notre avis de paiement.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=58),
    ], tracking="container"),
    Deal("ho19-QA2", "QA", dt.date(2031, 10, 20), 6, "WIFS-PO-31-02391", {"inv": "IN-05331"}, [
        S("order", "partner", "PO {po} – filters and BMS sensors",
          "Dear Mr Brandt,\n\ngood to see you at the Doha facilities management conference. As discussed, PO {po} "
          "for filters and sensors is attached, at the prices of our September order. Please forward it to your "
          "sales office.\n\n", docs=(("purchase_order", "pdf"),), forward=True, new_thread=True),
        S("order", "us", None,
          "Dear Mr Al-Kuwari,\n\nOliver passed on your PO {po}. Invoice {inv} is attached; our sales agreement "
          "will follow.\n\nBest regards,\n", docs=(("commercial_invoice", "pdf"),), gap=1),
    ], discount=Decimal("0.95"), tracking="container"),
    Deal("ho19-GE2", "GE", dt.date(2031, 10, 27), 5, "KT-B-2031-0203", {"ctr": "NWC/SA/31/0249", "inv": "IN-05348"}, [
        S("order", "partner", "Nachbestellung {po}",
          "Sehr geehrte Frau Keller,\n\nanbei eine Nachbestellung {po} zu den Preisen vom September.\n\n",
          docs=(("purchase_order", "docx"),)),
        S("order", "us", None,
          "Sehr geehrte Frau Beridse,\n\ndanke für die Nachbestellung {po}. Anbei Rechnung {inv} und Kaufvertrag "
          "{ctr}.\n\nMit freundlichen Grüßen\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")),
          signed=False, gap=1),
        S("contract", "partner", "Unterschriebener Vertrag {ctr}",
          "Sehr geehrte Frau Keller,\n\nden unterschriebenen Vertrag {ctr} erhalten Sie anbei.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=4),
    ], tracking="container"),
    Deal("ho19-NI2", "NI", dt.date(2031, 11, 3), 7, "OC-ISC-2031-0457", {"ctr": "NWC/SA/31/0255", "inv": "IN-05362"}, [
        S("order", "partner", "Orden de compra {po}",
          "Sra. Keller:\n\nle envío la orden de compra {po}, con los precios de la orden anterior.\n\n",
          docs=(("purchase_order", "xlsx"),)),
        S("order", "us", None,
          "Estimada Sra. Arana:\n\ngracias por la orden {po}. Adjunto la factura {inv} y el contrato {ctr} para "
          "firma.\n\nSaludos cordiales,\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")),
          signed=False, gap=1),
        S("order", "partner", "Expediente completo OC {po} – factura {inv} – contrato {ctr}",
          "Sra. Keller:\n\npara la exoneración de impuestos le enviamos el expediente completo en un solo correo: "
          "orden {po}, su factura {inv} y el contrato {ctr} ya firmado por el Ing. Baltodano.\n\n",
          docs=(("purchase_order", "xlsx"), ("commercial_invoice", "pdf"), ("contract", "pdf")),
          signed=True, new_thread=True, gap=5),
    ], discount=Decimal("0.96"), tracking="container"),
]
