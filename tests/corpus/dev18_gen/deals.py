"""The seventeenth holdout's deal scripts, with the words each side writes (new wording, not dev..dev17's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    Deal("ho17-NZ1", "NZ", dt.date(2031, 1, 13), 18, "WDE-PO-31-0087",
         {"q": "EST-31-0412", "ctr": "SA-31-0041", "inv": "INV-31-2207", "bl": "HGLSOU3101882", "sn": "PL-31-7702",
          "pay": "KBNZ310227FT4418"}, [
        S("enquiry", "partner", "Pricing request – parts for the Te Awamutu plant shutdown",
          "Hi Anna,\n\nwe've got a plant shutdown at a client's site in Te Awamutu in March. Could you price up the "
          "following, CIF Auckland?\n\n{needs}\n\nWe'd need it landed in Auckland by the end of February.\n\n"),
        S("quote", "us", None,
          "Hi Hemi,\n\nthanks for thinking of us. Our estimate {q} is attached. Sea freight to Auckland runs about "
          "six weeks, so an order by 24 January keeps you on track for the end of February.\n\nKind regards,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Hi Anna,\n\ncheers for the estimate. The flow meter liners and pump impellers are a bit rich compared "
          "to what we paid locally last year. Any room to move if we take the full list?\n\n", gap=1),
        S("negotiation", "us", None,
          "Hi Hemi,\n\nfor the complete list we can take 5 % off every line of {q}. Freight and terms stay as "
          "quoted.\n\nKind regards,\n", gap=1),
        S("order", "partner", None,
          "Hi Anna,\n\nsweet as, that works. PO {po} attached at the revised prices. Send through your invoice "
          "and the sales agreement when you can.\n\n", docs=(("purchase_order", "pdf"),), gap=1),
        S("order", "us", None,
          "Hi Hemi,\n\nthank you for PO {po}. Attached are invoice {inv} and our sales agreement {ctr} as a Word "
          "file; could Aroha sign it and send it back? The goods are being picked now.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", "Signed sales agreement {ctr}",
          "Hi Anna,\n\nAroha has signed {ctr}, PDF attached.\n\n", docs=(("contract", "pdf"),), signed=True,
          new_thread=True, gap=3),
        S("shipping", "us", None,
          "Hi Hemi,\n\nPO {po} sailed from Southampton today in container {track}. The house bill of lading and the "
          "packing list are attached; the original bills follow by courier.\n\nKind regards,\n",
          docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), gap=6),
        S("receipt", "partner", None,
          "Hi Anna,\n\ncontainer cleared in Auckland and arrived at our workshop this morning. Everything counted "
          "off against the packing list, all good.\n\n", gap=41),
        S("payment", "partner", "Remittance – invoice {inv}",
          "Hi Anna,\n\nwe've paid invoice {inv} today, {paid}. Bank confirmation attached.\n\n",
          docs=(("payment_advice", "pdf"),), new_thread=True, gap=3),
    ], discount=Decimal("0.95"), tracking="container"),
    Deal("ho17-RS1", "RS", dt.date(2031, 1, 20), 12, "NAR-31-0142",
         {"q": "EST-31-0427", "ctr": "SA-31-0046", "inv": "INV-31-2231", "sn": "PL-31-7719", "pay": "VTB3102140077"}, [
        S("enquiry", "partner", "Anfrage Ersatzteile Landmaschinen Frühjahr 2031",
          "Sehr geehrte Frau Keller,\n\nfür die Frühjahrssaison bereiten wir unser Ersatzteillager vor. Wir bitten um "
          "Ihr Angebot DAP Novi Sad für folgende Positionen:\n\n{needs}\n\nBitte nennen Sie auch die Lieferzeit.\n\n"),
        S("quote", "us", None,
          "Sehr geehrter Herr Petrović,\n\nherzlichen Dank für Ihre Anfrage. Anbei unser Angebot {q}; die Ware ist "
          "etwa drei Wochen nach Auftragseingang bei Ihnen.\n\nMit freundlichen Grüßen\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Sehr geehrte Frau Keller,\n\nwir bestellen gemäß Angebot {q}. Die Bestellung {po} finden Sie im Anhang. "
          "Wir bitten um Rechnung und Kaufvertrag.\n\n", docs=(("purchase_order", "docx"),), gap=4),
        S("order", "us", None,
          "Sehr geehrter Herr Petrović,\n\nbesten Dank für Ihre Bestellung {po}. Beigefügt sind unsere Rechnung "
          "{inv} und der Kaufvertrag {ctr}; bitte senden Sie ihn unterschrieben zurück.\n\nMit freundlichen "
          "Grüßen\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("production", "partner", None,
          "Sehr geehrte Frau Keller,\n\nkönnen Sie uns schon einen Versandtermin für {po} nennen? Die ersten "
          "Händler fragen nach den Mähmesserklingen.\n\n", gap=6),
        S("contract", "partner", None,
          "Sehr geehrte Frau Keller,\n\nanbei der von Frau Jovanović unterzeichnete Kaufvertrag {ctr}. Bitte "
          "entschuldigen Sie die Verspätung.\n\n", docs=(("contract", "pdf"),), signed=True, gap=1),
        S("shipping", "us", None,
          "Sehr geehrter Herr Petrović,\n\nIhre Bestellung {po} wurde heute per LKW abgeholt, Frachtbrief-Nr. "
          "{track}. Die Packliste liegt bei; die Zollpapiere hat der Fahrer.\n\nMit freundlichen Grüßen\n",
          docs=(("shipping_notice", "pdf"),), gap=3),
        S("payment", "partner", "Zahlung Rechnung {inv}",
          "Sehr geehrte Frau Keller,\n\nheute haben wir {paid} für Ihre Rechnung {inv} überwiesen. Die "
          "Zahlungsbestätigung der Bank ist beigefügt.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True,
          gap=30),
    ], tracking="road"),
    Deal("ho17-DO1", "DO", dt.date(2031, 1, 27), 14, "OC-IAE-2031-0058",
         {"q": "EST-31-0439", "ctr": "SA-31-0050", "inv": "INV-31-2262", "bl": "HGLSOU3102217",
          "pay": "BMC31030488121"}, [
        S("enquiry", "partner", "Solicitud de cotización – repuestos zafra 2031",
          "Buenas tardes, Sra. Keller:\n\nestamos en plena zafra y necesitamos reponer existencias. Favor "
          "cotizarnos CFR Caucedo los siguientes artículos:\n\n{needs}\n\nAgradecemos indicar tiempo de entrega.\n\n"),
        S("quote", "us", None,
          "Estimada Sra. Peralta:\n\ngracias por su solicitud. Le adjunto nuestra cotización {q}; el embarque "
          "sería unas tres semanas después de recibir su orden.\n\nSaludos cordiales,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Sra. Keller:\n\nlas cadenas del conductor nos salen caras frente a otra oferta que tenemos. Si nos "
          "mejora el precio, le colocamos la orden completa.\n\n", gap=3),
        S("negotiation", "us", None,
          "Estimada Sra. Peralta:\n\npodemos ofrecerle un 3 % de descuento sobre todas las líneas de {q}, con las "
          "mismas condiciones.\n\nSaludos cordiales,\n", gap=1),
        S("order", "partner", None,
          "Sra. Keller:\n\nperfecto. Le adjunto la orden de compra {po} en Excel con el descuento. Favor enviar "
          "factura y contrato.\n\n", docs=(("purchase_order", "xlsx"),), gap=2),
        S("order", "us", None,
          "Estimada Sra. Peralta:\n\nmuchas gracias por la orden {po}. Adjunto la factura {inv} y el contrato de "
          "compraventa {ctr} para su firma.\n\nSaludos cordiales,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Sra. Keller:\n\nle devuelvo el contrato {ctr} firmado por el Ing. Castillo.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=2),
        S("shipping", "us", None,
          "Estimada Sra. Peralta:\n\nsu orden {po} fue embarcada hoy en el contenedor {track} con destino a "
          "Caucedo. Adjunto el conocimiento de embarque; los originales van por courier.\n\nSaludos cordiales,\n",
          docs=(("bill_of_lading", "pdf"),), gap=16),
        S("payment", "partner", "Pago de la factura {inv}",
          "Sra. Keller:\n\nle informamos que hoy se transfirieron {paid} en pago de la factura {inv}. Adjunto la "
          "confirmación del banco.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=28),
    ], discount=Decimal("0.97"), tracking="container"),
    Deal("ho17-NP1", "NP", dt.date(2031, 2, 3), 24, "HHE-PO-2031-016",
         {"q": "EST-31-0451", "pi": "PRO-31-0118", "ctr": "SA-31-0055", "inv": "INV-31-2298", "bl": "HGLSOU3103064",
          "pay": "ECB31FT0216044"}, [
        S("enquiry", "partner", "询价：水电站检修备件（导叶轴套、主轴密封等）",
          "Anna 您好：\n\n我司负责尼泊尔上塔玛柯西水电站的运维，雨季前要做机组大修，现询以下备件，请报 CIP "
          "Kathmandu 美元价：\n\n{needs}\n\n请注明交货期、付款方式和报价有效期。\n\n"),
        S("quote", "us", None,
          "Dear Mr Chen,\n\nthank you for your enquiry. Our estimate {q} is attached, CIP Kathmandu in US dollars. "
          "Lead time is about five weeks from receipt of the advance payment.\n\nKind regards,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Anna 您好，\n\n报价 {q} 已收到。主轴密封和导叶轴套的价格偏高，整单能否优惠 6%？\n\n", gap=2),
        S("negotiation", "us", None,
          "Dear Mr Chen,\n\nwe can offer 4 % on every line of {q}; that is the best we can do on these parts.\n\n"
          "Kind regards,\n", gap=1),
        S("order", "partner", None,
          "Anna 您好，\n\n同意 4%。附件是我司采购订单 {po}，请发形式发票和合同，收到后安排 30% 预付款。\n\n",
          docs=(("purchase_order", "pdf"),), gap=2),
        S("order", "us", None,
          "Dear Mr Chen,\n\nmany thanks for PO {po}. Attached are proforma invoice {pi} for the 30 % advance and "
          "sales agreement {ctr} for Mr Wang's signature.\n\nKind regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Anna 您好，\n\n形式发票 {pi} 的 30% 预付款 {paid} 今天已汇出，银行回单见附件。\n\n",
          docs=(("payment_advice", "pdf"),), gap=5),
        S("contract", "partner", "合同 {ctr} 已签 / signed agreement for PO {po}",
          "Anna 您好，\n\n王总已签署合同 {ctr}，扫描件请查收。\n\n", docs=(("contract", "pdf"),), signed=True,
          new_thread=True, gap=1),
        S("production", "partner", None,
          "Anna 您好，\n\n订单 {po} 生产进度如何？预计哪天可以发货？我们要安排加德满都的清关。\n\n", gap=15),
        S("shipping", "us", "PO {po} ready – invoice {inv} for the balance, bill of lading",
          "Dear Mr Chen,\n\nPO {po} has been loaded into container {track} for Kolkata, with onward trucking to "
          "Kathmandu under CIP. Attached are commercial invoice {inv} (the 70 % balance is due now) and the house "
          "bill of lading.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf")), new_thread=True, gap=9),
    ], discount=Decimal("0.96"), deposit=True, tracking="container"),
    Deal("ho17-BF1", "BF", dt.date(2031, 2, 10), 10, "BC-SOB-31-022",
         {"q": "EST-31-0466", "ctr": "SA-31-0061", "inv": "INV-31-2315", "bl": "HGLSOU3103311", "sn": "PL-31-7788",
          "claim": "RCL-SOB-31-03", "ir": "PVR-31-004"}, [
        S("enquiry", "partner", "Demande de cotation – pièces de filature",
          "Madame Keller,\n\nnotre filature de Kossodo prépare son arrêt technique d'avril. Pourriez-vous nous "
          "adresser votre meilleure offre CIP Ouagadougou pour les articles suivants ?\n\n{needs}\n\nMerci de "
          "préciser le délai de livraison.\n\n"),
        S("quote", "us", None,
          "Madame Ouédraogo,\n\nnous vous remercions de votre demande. Vous trouverez ci-joint notre offre {q}, en "
          "euros, CIP Ouagadougou via Abidjan ; livraison environ six semaines après commande.\n\nBien "
          "cordialement,\n", docs=(("quotation", "pdf"),), gap=3),
        S("order", "partner", None,
          "Madame Keller,\n\nsuite à votre offre {q}, nous vous passons la commande suivante :\n\n{order_block}\n\n"
          "Merci de nous faire parvenir la facture et le contrat.\n\n", body_order=True, gap=6),
        S("order", "us", None,
          "Madame Ouédraogo,\n\nmerci pour votre commande {po}. Veuillez trouver ci-joint la facture {inv} et le "
          "contrat de vente {ctr} à signer.\n\nBien cordialement,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Madame Keller,\n\nvous trouverez en pièce jointe le contrat {ctr} signé par notre directeur général.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=3),
        S("shipping", "us", None,
          "Madame Ouédraogo,\n\nla commande {po} est partie aujourd'hui dans le conteneur {track} à destination "
          "d'Abidjan ; le transitaire assurera l'acheminement jusqu'à Ouagadougou. Ci-joint le connaissement et la "
          "liste de colisage.\n\nBien cordialement,\n",
          docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), gap=12),
        S("receipt", "partner", None,
          "Madame Keller,\n\nla marchandise est arrivée à Kossodo. Plusieurs colis ont souffert pendant le "
          "transport routier ; notre magasin établit le procès-verbal de réception.\n\n", gap=38),
        S("claim", "partner", "Réclamation {claim} – commande {po}",
          "Madame Keller,\n\nci-joint le procès-verbal de réception avec réserves {ir}. Nous vous demandons le "
          "remplacement des pièces endommagées, au titre de la réclamation {claim}.\n\n",
          docs=(("inspection_report", "pdf"),), new_thread=True, gap=2),
        S("claim", "us", None,
          "Madame Ouédraogo,\n\nnous sommes désolés de ces dégâts. Nous expédions les pièces de remplacement par "
          "avion à nos frais et ouvrons un dossier auprès de notre assureur.\n\nBien cordialement,\n", gap=1),
    ], tracking="container"),
    Deal("ho17-IL1", "IL", dt.date(2031, 2, 17), 8, "GPO-4500031127",
         {"q": "EST-31-0478", "ctr": "SA-31-0068", "inv": "INV-31-2340", "sn": "PL-31-7801",
          "pay": "CCB3103250091"}, [
        S("enquiry", "partner", "RFQ – motion and isolation parts for the metrology line",
          "Hello Anna,\n\nwe are building a second metrology line in Yokneam. Please quote FCA Southampton:\n\n"
          "{needs}\n\nOur forwarder will collect from your warehouse.\n\n"),
        S("quote", "us", None,
          "Hello Noa,\n\nthank you for the RFQ. Our estimate {q} is attached, FCA Southampton; the parts can be "
          "ready for collection ten working days after your order.\n\nKind regards,\n",
          docs=(("quotation", "pdf"),), gap=1),
        S("order", "partner", None,
          "Hello Anna,\n\nplease accept this e-mail as our purchase order; our system's PDF is down this week.\n\n"
          "{order_block}\n\nPlease confirm and send your invoice.\n\n", body_order=True, gap=4),
        S("order", "us", None,
          "Hello Noa,\n\nthank you for order {po}. Invoice {inv} is attached; our sales agreement follows in a "
          "separate mail.\n\nKind regards,\n", docs=(("commercial_invoice", "pdf"),), gap=1),
        S("contract", "us", "Sales agreement {ctr} for your order {po}",
          "Hello Noa,\n\nas promised, here is sales agreement {ctr} for order {po}. Please have it signed and "
          "returned before your forwarder collects.\n\nKind regards,\n", docs=(("contract", "docx"),),
          signed=False, new_thread=True, gap=1),
        S("contract", "partner", None,
          "Hello Anna,\n\nsigned by Dr. Shapira, attached. Our forwarder will contact your warehouse.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=2),
        S("shipping", "us", None,
          "Hello Noa,\n\nyour forwarder collected order {po} this afternoon for air freight, air waybill {track}. The packing "
          "list is attached.\n\nKind regards,\n", docs=(("shipping_notice", "pdf"),), gap=7),
        S("payment", "partner", "Payment advice – {inv}",
          "Hello Anna,\n\ninvoice {inv} has been paid, {paid}. The bank's transfer confirmation is attached.\n\n",
          docs=(("payment_advice", "pdf"),), new_thread=True, gap=45),
    ], tracking="road"),
    Deal("ho17-NZ2", "NZ", dt.date(2031, 3, 10), 6, "WDE-PO-31-0131", {"inv": "INV-31-2391"}, [
        S("order", "partner", "PO {po} – gaskets and seal kits",
          "Hi Oliver,\n\ngood to catch up at the Fieldays stand. As discussed, here's PO {po} for a top-up of "
          "gaskets and seal kits, same pricing as January. Could you pass it to Anna's team?\n\n",
          docs=(("purchase_order", "pdf"),), forward=True, new_thread=True),
        S("order", "us", None,
          "Hi Hemi,\n\nOliver handed over your PO {po}. Invoice {inv} is attached; the sales agreement will come "
          "separately.\n\nKind regards,\n", docs=(("commercial_invoice", "pdf"),), gap=1),
    ], discount=Decimal("0.95"), tracking="container"),
    Deal("ho17-RS2", "RS", dt.date(2031, 3, 17), 5, "NAR-31-0207", {"ctr": "SA-31-0079", "inv": "INV-31-2412"}, [
        S("order", "partner", "Bestellung {po} – Scherbolzen und Keilriemen",
          "Sehr geehrte Frau Keller,\n\nanbei eine kleine Nachbestellung {po} zu den bisherigen Preisen.\n\n",
          docs=(("purchase_order", "docx"),)),
        S("order", "us", None,
          "Sehr geehrter Herr Petrović,\n\ndanke für Ihre Bestellung {po}. Anbei Rechnung {inv} und Kaufvertrag "
          "{ctr} zur Unterschrift.\n\nMit freundlichen Grüßen\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Kaufvertrag {ctr} unterschrieben",
          "Sehr geehrte Frau Keller,\n\nder unterschriebene Vertrag {ctr} ist beigefügt.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=4),
    ], tracking="road"),
    Deal("ho17-DO2", "DO", dt.date(2031, 3, 24), 7, "OC-IAE-2031-0094", {"ctr": "SA-31-0083", "inv": "INV-31-2440"}, [
        S("order", "partner", "Orden de compra {po}",
          "Sra. Keller:\n\nle envío la orden de compra {po}, a los precios de la orden anterior.\n\n",
          docs=(("purchase_order", "xlsx"),)),
        S("order", "us", None,
          "Estimada Sra. Peralta:\n\ngracias por la orden {po}. Adjunto la factura {inv} y el contrato {ctr} "
          "para su firma.\n\nSaludos cordiales,\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")),
          signed=False, gap=1),
        S("order", "partner", "Expediente de importación – OC {po}, factura {inv}, contrato {ctr}",
          "Sra. Keller:\n\nnuestro agente aduanal necesita el expediente completo para la exención. Le envío en un "
          "solo correo la orden {po}, su factura {inv} y el contrato {ctr} ya firmado por el Ing. Castillo, para "
          "que usted también lo tenga completo.\n\n",
          docs=(("purchase_order", "xlsx"), ("commercial_invoice", "pdf"), ("contract", "pdf")), signed=True,
          new_thread=True, gap=5),
    ], discount=Decimal("0.97"), tracking="container"),
]
