"""The twenty-first holdout's deal scripts, with the words each side writes (new wording, not dev..dev21's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    # Kuwait: the contract goes out alone for signature; the invoice only comes with the shipment.
    Deal("ho21-KW1", "KW", dt.date(2032, 9, 6), 22, "BPM-PO-32-04418",
         {"q": "QU-32-0917", "ctr": "NWC/CS/32/118", "inv": "INV-32-2241", "sn": "DSP-0041822",
          "bl": "4418227103", "pay": "BPM-PN-32-1127"}, [
        S("enquiry", "partner", "RFQ – turnaround spares, Shuaiba unit 2",
          "Dear Sir / Madam,\n\nwe are preparing the November turnaround of unit 2 and kindly request your quotation, "
          "CFR Shuwaikh Port in US dollars, for the items below:\n\n{needs}\n\nPlease state the delivery time and the "
          "validity of your offer.\n\n"),
        S("quote", "us", None,
          "Dear Mr Al-Otaibi,\n\nthank you for your RFQ. Our quote {q} is attached. All parts are stock items or "
          "come from our regular mills, so we can ship by express courier within three weeks of order.\n\n"
          "Kind regards,\n", docs=(("quotation", "pdf"),), gap=3),
        S("negotiation", "partner", None,
          "Dear Anna,\n\nthank you. Technically the offer is acceptable. Commercially, our standard is 90 days; "
          "could you accept it, and can you confirm the courier rate is included in the CFR price?\n\n", gap=2),
        S("negotiation", "us", None,
          "Dear Mr Al-Otaibi,\n\nthe courier cost is included. On payment we can go to 60 days from invoice date, "
          "which is the most our credit insurer will cover; prices as in {q}.\n\nKind regards,\n", gap=1),
        S("order", "partner", "Purchase Order {po} – turnaround spares",
          "Dear Anna,\n\nplease find attached our Purchase Order {po} based on your quote {q}, with 60 days. Please "
          "send the contract for signature.\n\n", docs=(("purchase_order", "pdf"),), new_thread=True, gap=6),
        S("contract", "us", None,
          "Dear Mr Al-Otaibi,\n\nthank you for PO {po}. Attached is our contract {ctr} for Eng. Al-Rashidi's "
          "signature. Our invoice will follow with the shipment.\n\nKind regards,\n",
          docs=(("contract", "pdf"),), signed=False, gap=1),
        S("contract", "partner", None,
          "Dear Anna,\n\nattached the contract {ctr}, signed and stamped. We look forward to the shipment.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=4),
        S("shipping", "us", "Despatch of PO {po} – invoice {inv}, waybill {track}",
          "Dear Mr Al-Otaibi,\n\nPO {po} was collected by the courier today, waybill {track}. Attached are our "
          "invoice {inv}, the packing list and the waybill.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf"), ("bill_of_lading", "pdf")),
          new_thread=True, gap=12),
        S("receipt", "partner", None,
          "Dear Anna,\n\nthe shipment was received at our central stores yesterday, all boxes in good condition. "
          "Thank you for the quick delivery.\n\n", gap=6),
        S("payment", "partner", "Payment notification {pay}",
          "Dear Anna,\n\nplease find attached our payment notification for invoice {inv}. The amount of {paid} was "
          "transferred today.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=55),
    ], tracking="courier"),
    # Cyprus: the order is typed in the mail; the bank later asks for a contract; a claim on two parts.
    Deal("ho21-CY1", "CY", dt.date(2032, 9, 13), 9, "AK-2032-0915",
         {"q": "QU-32-0931", "ctr": "NWC/CS/32/121", "inv": "INV-32-2258", "sn": "DSP-0041871",
          "bl": "4418229216", "claim": "AK-NC-32-07", "ir": "8D-AK-32-007"}, [
        S("enquiry", "partner", "Quotation needed – RO plant spares",
          "Hi Anna,\n\nhope you are well. We need prices for the following for our Moni RO plant, CIF Limassol:\n\n"
          "{needs}\n\nThanks,\n"),
        S("quote", "us", None,
          "Hi Andreas,\n\nthanks for your request, quote {q} attached. Courier to Limassol takes four to five days "
          "from despatch.\n\nBest regards,\n", docs=(("quotation", "pdf"),), gap=1),
        S("order", "partner", None,
          "Hi Anna,\n\nall fine, please go ahead. We don't raise formal POs for spares below our approval limit, so "
          "here is the order:\n\n{order_block}\n\nPlease invoice us.\n\nThanks,\n", body_order=True, gap=3),
        S("order", "us", None,
          "Hi Andreas,\n\nthank you for order {po}. Our invoice {inv} is attached. We will despatch as soon as the "
          "parts are picked.\n\nBest regards,\n", docs=(("commercial_invoice", "pdf"),), gap=1),
        S("contract", "partner", "Contract for order {po}",
          "Hi Anna,\n\nour bank needs a signed sales contract for the payment abroad, even for this small order. "
          "Could you send one for {po}?\n\nThanks,\n", new_thread=True, gap=2),
        S("contract", "us", None,
          "Hi Andreas,\n\nof course – contract {ctr} attached as a Word file. Please have it signed and send back "
          "a scan.\n\nBest regards,\n", docs=(("contract", "docx"),), signed=False, gap=1),
        S("contract", "partner", None,
          "Hi Anna,\n\nsigned contract {ctr} attached.\n\nThanks,\n", docs=(("contract", "pdf"),), signed=True,
          gap=2),
        S("shipping", "us", None,
          "Hi Andreas,\n\nyour order {po} is on its way, waybill {track}. Packing list and waybill attached.\n\n"
          "Best regards,\n", docs=(("shipping_notice", "pdf"), ("bill_of_lading", "pdf")), gap=3),
        S("claim", "partner", "Complaint {claim} – order {po}",
          "Hi Anna,\n\nunfortunately some parts of order {po} arrived damaged – the courier box was crushed on one "
          "side. Our 8D report {ir} is attached. Please advise how you will replace them.\n\nThanks,\n",
          docs=(("inspection_report", "pdf"),), new_thread=True, gap=6),
        S("claim", "us", None,
          "Hi Andreas,\n\nsorry about this. We are sending replacements of the rejected parts free of charge next "
          "week and will file the damage with the courier; no need to return the damaged ones.\n\nBest regards,\n",
          gap=1),
    ], tracking="courier"),
    # Armenia (writing German): order by Excel; the signed contract reaches us through our agent's forward.
    Deal("ho21-AM1", "AM", dt.date(2032, 9, 20), 12, "B-2032/0418",
         {"q": "QU-32-0946", "ctr": "NWC/CS/32/124", "inv": "INV-32-2279", "bl": "4418231448",
          "pay": "ABB-32-771822"}, [
        S("enquiry", "partner", "Preisanfrage Ersatzteile Abfüllanlage",
          "Sehr geehrte Frau Keller,\n\nfür die Überholung unserer Abfüllanlage im Oktober benötigen wir ein Angebot "
          "CPT Flughafen Jerewan über:\n\n{needs}\n\nWegen der Transportwege bitten wir um Luftfracht bzw. Kurier."
          "\n\n"),
        S("quote", "us", None,
          "Sehr geehrte Frau Hakobyan,\n\nvielen Dank für Ihre Anfrage. Anbei unser Angebot {q}, CPT Flughafen "
          "Jerewan per Kurier, Versand etwa zwei Wochen nach Bestellung.\n\nMit freundlichen Grüßen\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Sehr geehrte Frau Keller,\n\nwir bestellen gemäß Angebot {q}; unsere Bestellung {po} als Excel-Datei "
          "anbei. Bitte senden Sie Rechnung und Vertrag.\n\n", docs=(("purchase_order", "xlsx"),), gap=4),
        S("order", "us", None,
          "Sehr geehrte Frau Hakobyan,\n\nbesten Dank für die Bestellung {po}. Anbei Rechnung {inv} und Vertrag "
          "{ctr} zur Unterschrift durch Herrn Sargsyan.\n\nMit freundlichen Grüßen\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Unterschriebener Vertrag {ctr}",
          "Lieber Herr Doyle,\n\nwie besprochen anbei der unterschriebene Vertrag {ctr} zu unserer Bestellung {po}. "
          "Bitte leiten Sie ihn an Frau Keller weiter.\n\n", docs=(("contract", "pdf"),), signed=True,
          forward=True, new_thread=True, gap=5),
        S("shipping", "us", None,
          "Sehr geehrte Frau Hakobyan,\n\nIhre Bestellung {po} ist heute per Kurier an Sie unterwegs, "
          "Frachtbriefnummer {track}. Den Frachtbrief finden Sie im Anhang.\n\nMit freundlichen Grüßen\n",
          docs=(("bill_of_lading", "pdf"),), gap=6),
        S("payment", "partner", "Zahlung Rechnung {inv}",
          "Sehr geehrte Frau Keller,\n\nanbei unser Zahlungsavis über {paid} zu Ihrer Rechnung {inv}.\n\n",
          docs=(("payment_advice", "pdf"),), new_thread=True, gap=24),
    ], tracking="courier"),
    # Niger (writing French): we send an offer after a phone call; payment arrives before the signed contract.
    Deal("ho21-NE1", "NE", dt.date(2032, 9, 27), 14, "BC-CMS-32-0271",
         {"q": "QU-32-0962", "ctr": "NWC/CS/32/129", "inv": "INV-32-2296", "sn": "DSP-0041940",
          "pay": "BSC-VIR-32-4182"}, [
        S("quote", "us", "Offre {q} – pièces d'usure pour le broyeur et les convoyeurs",
          "Monsieur Issoufou,\n\nsuite à notre entretien téléphonique de ce matin, je vous prie de trouver ci-joint "
          "notre offre {q}, CFR Cotonou en euros. Les pièces partent par conteneur groupé de Southampton.\n\n"
          "Cordialement,\n", docs=(("quotation", "pdf"),)),
        S("negotiation", "partner", None,
          "Madame Keller,\n\nmerci pour votre offre. Le prix des plaques de blindage est élevé par rapport à "
          "l'an dernier. Pouvez-vous faire un effort sur l'ensemble ?\n\n", gap=3),
        S("negotiation", "us", None,
          "Monsieur Issoufou,\n\nnous pouvons accorder une remise de 3 % sur toutes les lignes de l'offre {q}, "
          "conditions inchangées.\n\nCordialement,\n", gap=1),
        S("order", "partner", None,
          "Madame Keller,\n\nnous acceptons. Veuillez trouver ci-joint notre bon de commande {po} aux prix remisés. "
          "Merci de nous adresser la facture et le contrat.\n\n", docs=(("purchase_order", "docx"),), gap=2),
        S("order", "us", None,
          "Monsieur Issoufou,\n\nmerci pour votre commande {po}. Vous trouverez ci-joint notre facture {inv} et le "
          "contrat {ctr} à faire signer par M. Maïga.\n\nCordialement,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", "Règlement facture {inv}",
          "Madame Keller,\n\nnous avons réglé votre facture {inv} par virement de {paid}. L'avis de paiement est "
          "joint. Le contrat signé suivra dès le retour de notre Directeur général.\n\n",
          docs=(("payment_advice", "pdf"),), new_thread=True, gap=9),
        S("contract", "partner", "Contrat {ctr} signé",
          "Madame Keller,\n\nci-joint le contrat {ctr} signé par notre Directeur général.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=5),
        S("shipping", "us", None,
          "Monsieur Issoufou,\n\nla commande {po} a été chargée aujourd'hui à destination de Cotonou. Vous trouverez "
          "ci-joint la liste de colisage.\n\nCordialement,\n", docs=(("shipping_notice", "pdf"),), gap=4),
    ], discount=Decimal("0.97"), tracking="container"),
    # Equatorial Guinea (writing Spanish): deposit against a pro forma; invoice with the shipment; receipt.
    Deal("ho21-GQ1", "GQ", dt.date(2032, 10, 4), 10, "PC-SPB-2032-0147",
         {"q": "QU-32-0978", "pi": "PF-32-0214", "ctr": "NWC/CS/32/133", "inv": "INV-32-2318", "bl": "4418236670",
          "pay": "BIGE-TR-32-0419"}, [
        S("enquiry", "partner", "Solicitud de oferta – repuestos grúas y muelle",
          "Estimada Sra. Keller:\n\nles rogamos nos coticen CFR Malabo, en dólares, los siguientes repuestos para "
          "nuestras grúas y el muelle 2:\n\n{needs}\n\nQuedamos a la espera de su oferta.\n\n"),
        S("quote", "us", None,
          "Estimada Sra. Nsue:\n\nmuchas gracias por su solicitud. Le adjunto nuestra oferta {q}, CFR Malabo en "
          "dólares. Para un primer pedido pedimos un anticipo del 30 % contra factura proforma.\n\n"
          "Atentamente,\n", docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Estimada Sra. Keller:\n\nde acuerdo. Le adjuntamos nuestro pedido de compra {po}. Envíennos la proforma "
          "para el anticipo y el contrato.\n\n", docs=(("purchase_order", "pdf"),), gap=5),
        S("order", "us", None,
          "Estimada Sra. Nsue:\n\ngracias por el pedido {po}. Le adjunto la factura proforma {pi} para el anticipo "
          "del 30 % y el contrato {ctr} para la firma de D. Santiago Mba.\n\nAtentamente,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Estimada Sra. Keller:\n\nle adjuntamos el aviso de pago del anticipo de {paid} correspondiente a la "
          "proforma {pi}.\n\n", docs=(("payment_advice", "pdf"),), gap=6),
        S("contract", "partner", None,
          "Estimada Sra. Keller:\n\nadjunto el contrato {ctr} firmado por nuestro Director General.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=2),
        S("production", "us", None,
          "Estimada Sra. Nsue:\n\nle informo de que el anticipo ha sido recibido. El cable de acero llega de la "
          "fábrica la semana próxima; contamos con despachar el pedido {po} en unos diez días.\n\n"
          "Atentamente,\n", gap=3),
        S("shipping", "us", "Pedido {po} despachado – factura {inv}",
          "Estimada Sra. Nsue:\n\nel pedido {po} ha salido hoy por mensajería urgente, guía {track}. Le adjunto la "
          "factura {inv} y la guía del courier.\n\nAtentamente,\n",
          docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf")), new_thread=True, gap=10),
        S("receipt", "partner", None,
          "Estimada Sra. Keller:\n\nconfirmamos la recepción de la mercancía del pedido {po} en nuestro almacén, "
          "sin incidencias.\n\n", gap=7),
    ], deposit=True, tracking="courier"),
    # Brunei (writing Chinese): order typed in the mail, claim with the customer's 8D report after payment.
    Deal("ho21-BN1", "BN", dt.date(2032, 10, 11), 8, "HL-PO-2032-118",
         {"q": "QU-32-0991", "ctr": "NWC/CS/32/137", "inv": "INV-32-2335", "bl": "4418240195",
          "pay": "BCB-TT-32-80418", "claim": "HL-CLM-32-03", "ir": "8D-HL-32-03"}, [
        S("enquiry", "partner", "询价：船舶维修备件",
          "Keller 女士您好：\n\n我司船厂需要以下备件，请报 CIF Muara 美元价格：\n\n{needs}\n\n请注明交货期，谢谢。\n\n"),
        S("quote", "us", None,
          "Dear Ms Lim,\n\nthank you for your enquiry. Please find our quote {q} attached, CIF Muara in US dollars, "
          "despatch by courier about two weeks from order.\n\nKind regards,\n", docs=(("quotation", "pdf"),), gap=1),
        S("order", "partner", None,
          "Keller 女士：\n\n报价已确认。我们的系统正在升级，订单内容如下：\n\n{order_block}\n\n请寄发票和合同。\n\n",
          body_order=True, gap=3),
        S("order", "us", None,
          "Dear Ms Lim,\n\nthank you for order {po}. Attached are our invoice {inv} and contract {ctr} for "
          "Mr Lim Kok Wah's signature.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Keller 女士：\n\n合同 {ctr} 已签署，请查收附件。\n\n", docs=(("contract", "pdf"),), signed=True, gap=2),
        S("shipping", "us", None,
          "Dear Ms Lim,\n\norder {po} has been collected by the courier, waybill {track}, attached.\n\n"
          "Kind regards,\n", docs=(("bill_of_lading", "pdf"),), gap=9),
        S("payment", "partner", "付款通知 – 发票 {inv}",
          "Keller 女士：\n\n发票 {inv} 的货款 {paid} 已电汇，付款通知请见附件。\n\n", docs=(("payment_advice", "pdf"),),
          new_thread=True, gap=30),
        S("claim", "partner", "质量投诉 {claim} – 订单 {po}",
          "Keller 女士：\n\n订单 {po} 中部分备件安装时发现尺寸不符，详见附件 8D 报告 {ir}，请尽快回复处理方案。\n\n",
          docs=(("inspection_report", "pdf"),), new_thread=True, gap=4),
    ], tracking="courier"),
    # Kuwait again: a repeat PO on its own; we invoice; they ask for the delivery date (no contract ever).
    Deal("ho21-KW2", "KW", dt.date(2032, 10, 18), 6, "BPM-PO-32-05127", {"inv": "INV-32-2352"}, [
        S("order", "partner", "Purchase Order {po} – stud bolts and gaskets",
          "Dear Anna,\n\nplease find attached our Purchase Order {po} for additional stud bolts and gaskets, prices "
          "as per your quote for the turnaround order.\n\n", docs=(("purchase_order", "pdf"),)),
        S("order", "us", None,
          "Dear Mr Al-Otaibi,\n\nthank you for PO {po}. Our invoice {inv} is attached; the goods will be ready in "
          "about ten days.\n\nKind regards,\n", docs=(("commercial_invoice", "pdf"),), gap=1),
        S("production", "partner", None,
          "Dear Anna,\n\ncould you confirm the despatch date for PO {po}? Our site needs the bolts before the "
          "15th.\n\n", gap=5),
    ], tracking="courier"),
    # Armenia again: the customs broker's stamped set (order, invoice, signed contract) comes back in one mail.
    Deal("ho21-AM2", "AM", dt.date(2032, 10, 25), 5, "B-2032/0502",
         {"ctr": "NWC/CS/32/141", "inv": "INV-32-2371"}, [
        S("order", "partner", "Bestellung {po} – O-Ringe und Zentrierglocken",
          "Sehr geehrte Frau Keller,\n\nanbei unsere Folgebestellung {po} zu den Preisen der letzten Lieferung.\n\n",
          docs=(("purchase_order", "xlsx"),)),
        S("order", "us", None,
          "Sehr geehrte Frau Hakobyan,\n\nvielen Dank für Ihre Bestellung {po}. Rechnung {inv} und Vertrag {ctr} "
          "liegen bei.\n\nMit freundlichen Grüßen\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")),
          signed=False, gap=2),
        S("order", "partner", None,
          "Sehr geehrte Frau Keller,\n\nunser Zollmakler hat für die Einfuhranmeldung alle Unterlagen zu {po} "
          "abgestempelt: Bestellung, Ihre Rechnung {inv} und den von Herrn Sargsyan unterschriebenen Vertrag {ctr}. "
          "Zu Ihrer Ablage senden wir Ihnen den Satz zurück.\n\n",
          docs=(("purchase_order", "xlsx"), ("commercial_invoice", "pdf"), ("contract", "pdf")), signed=True,
          gap=3),
    ], tracking="courier"),
    # Niger again: an order sent with a question, which our reply answers with the contract only.
    Deal("ho21-NE2", "NE", dt.date(2032, 11, 1), 7, "BC-CMS-32-0318", {"ctr": "NWC/CS/32/146"}, [
        S("order", "partner", "Bon de commande {po} – manches filtrantes",
          "Madame Keller,\n\nveuillez trouver ci-joint notre bon de commande {po}. Pouvez-vous nous confirmer que "
          "les manches filtrantes sont disponibles en stock ?\n\n", docs=(("purchase_order", "docx"),)),
        S("contract", "us", None,
          "Monsieur Issoufou,\n\nmerci pour la commande {po} ; les manches sont en stock. Ci-joint le contrat {ctr} "
          "à signer ; la facture suivra à l'expédition.\n\nCordialement,\n", docs=(("contract", "pdf"),),
          signed=False, gap=1),
    ], tracking="courier"),
]
