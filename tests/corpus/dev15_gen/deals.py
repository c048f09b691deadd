"""The fourteenth holdout's deal scripts, with the words each side writes (new wording, not dev..dev14's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    Deal("ho14-IE1", "IE", dt.date(2029, 8, 6), 12, "P041827",
         {"q": "QT004812", "ctr": "EXC/29/0217", "inv": "INV011872", "sn": "PKL-2909-114", "claim": "SDE-NCR-2918",
          "ir": "SCAR-29-031"}, [
        S("enquiry", "partner", "RFQ – valves, seals and gaskets for the Mitchelstown CIP upgrade",
          "Hi Anna,\n\nWe are upgrading the CIP system at a creamery in Mitchelstown and would like a price for "
          "the parts below, delivered to our workshop in Limerick:\n\n{needs}\n\nCould you let me have lead times "
          "as well? The shutdown is booked for the end of September.\n\n"),
        S("quote", "us", None,
          "Hi Niamh,\n\nthanks for the RFQ. Please find our sales quote {q} attached, DAP Limerick, valid for 45 "
          "days. Everything ships within three to four weeks of your PO, the gasket sets a little sooner.\n\nBest "
          "regards,\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Hi Anna,\n\nThanks for {q}. The heat exchanger gaskets are dearer than the OEM price we were given. Is "
          "there any room on the overall figure? If you can do 5 % I can get the PO raised on Monday.\n\n", gap=2),
        S("negotiation", "us", None,
          "Hi Niamh,\n\nI have checked with our product manager: we can give 3 % across the whole of {q}, with "
          "delivery and terms unchanged.\n\nBest regards,\n", gap=1),
        S("order", "partner", None,
          "Hi Anna,\n\n3 % it is. Our PO {po} is attached. Please send the invoice and your contract for "
          "signature when you have them.\n\n", docs=(("purchase_order", "pdf"),), gap=3),
        S("order", "us", None,
          "Hi Niamh,\n\nmany thanks for PO {po}. Attached are our invoice {inv} and the export sales contract {ctr}; "
          "could you have it signed and send us a scan?\n\nBest regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Contract {ctr} – signed",
          "Hi Anna,\n\nContract {ctr} attached, signed by Declan.\n\n", docs=(("contract", "pdf"),), signed=True,
          new_thread=True, gap=4),
        S("shipping", "us", None,
          "Hi Niamh,\n\nyour order {po} was collected this afternoon and travels on the Pembroke–Rosslare ferry "
          "tomorrow, consignment no. {track}. Our packing list is attached.\n\nBest regards,\n",
          docs=(("shipping_notice", "pdf"),), gap=20),
        S("receipt", "partner", None,
          "Hi Anna,\n\nThe delivery arrived this morning. Goods-in found a problem with some of the mechanical "
          "seals and transmitters, so I have asked quality to look at them before we sign it off.\n\n", gap=4),
        S("claim", "partner", "SCAR {ir} / claim {claim} – PO {po}",
          "Hi Anna,\n\nPlease see the attached SCAR from our quality team. The rejected seals and transmitters are "
          "in quarantine here. Under our claim {claim} we need replacements urgently, as the shutdown starts in "
          "ten days.\n\n", docs=(("inspection_report", "pdf"),), new_thread=True, gap=2),
        S("claim", "us", None,
          "Hi Niamh,\n\nsorry for the trouble. Replacement parts leave by express courier tomorrow at our cost; "
          "our quality manager will send the 8D response within the ten days.\n\nBest regards,\n", gap=1),
    ], discount=Decimal("0.97"), tracking="road"),
    Deal("ho14-DK1", "DK", dt.date(2029, 8, 13), 22, "IO-2029-1183",
         {"q": "QT004839", "ctr": "EXC/29/0224", "inv": "INV011930", "sn": "PKL-2909-131", "pay": "SVJB0270041822"}, [
        S("enquiry", "partner", "Request for quote – autumn service kits (yaw, slip ring, filters)",
          "Hello Anna,\n\nwe are putting together the service kits for our autumn campaign on the west coast "
          "turbines. Could you quote the list below, DAP Esbjerg?\n\n{needs}\n\nA split delivery is fine if not "
          "everything is on stock.\n\n"),
        S("quote", "us", None,
          "Hello Mette,\n\nthank you for the list. Our quote {q} is attached; all items can ship together in about "
          "three weeks.\n\nBest regards,\n", docs=(("quotation", "pdf"),), gap=3),
        S("order", "partner", None,
          "Hello Anna,\n\nthanks, we go ahead. Purchase order {po} is attached as a Word file – it runs to two "
          "pages, all 22 lines as quoted. Please confirm.\n\n", docs=(("purchase_order", "docx"),), gap=4),
        S("contract", "us", None,
          "Hello Mette,\n\nconfirmed, thank you. Our contract {ctr} for PO {po} is attached for signature (Word "
          "file, so your legal team can comment); the invoice will follow with the goods.\n\nBest regards,\n",
          docs=(("contract", "docx"),), signed=False, gap=1),
        S("contract", "partner", None,
          "Hello Anna,\n\nhere is {ctr} with Rasmus's signature.\n\n", docs=(("contract", "pdf"),), signed=True,
          gap=2),
        S("production", "partner", None,
          "Hello Anna,\n\nis IO-2029-1183 still on track for the end of the month? Our technicians start on the "
          "7th.\n\n", gap=8),
        S("shipping", "us", "PO {po}: shipped today – invoice {inv} and packing list",
          "Hello Mette,\n\nPO {po} left our warehouse today by truck via Harwich–Esbjerg, consignment no. {track}. "
          "Attached are invoice {inv} and the packing list.\n\nBest regards,\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf")), new_thread=True, gap=5),
        S("receipt", "partner", None,
          "Hello Anna,\n\nall 22 lines received and checked, thanks.\n\n", gap=4),
        S("payment", "partner", "Payment {inv}",
          "Hello Anna,\n\nwe have paid invoice {inv} today, {paid}. The bank's confirmation is attached.\n\n",
          docs=(("payment_advice", "pdf"),), new_thread=True, gap=24),
    ], tracking="road"),
    Deal("ho14-UZ1", "UZ", dt.date(2029, 8, 20), 10, "SAM-29/046",
         {"q": "QT004861", "pi": "PF000926", "ctr": "EXC/29/0231", "inv": "INV012004", "sn": "PKL-2910-007",
          "pay": "ZSB-OUT-0418044"}, [
        S("enquiry", "partner", "Anfrage Ersatzteile Pflanzenschutz und Baumwollernte",
          "Sehr geehrte Frau Keller,\n\nwir sind Händler und Werkstatt für Landmaschinen in Samarqand. Für die "
          "Baumwollernte suchen wir folgende Teile, Lieferung FCA Southampton:\n\n{needs}\n\nBitte teilen Sie "
          "uns Preis und Lieferzeit mit.\n\n"),
        S("quote", "us", None,
          "Sehr geehrter Herr Rashidov,\n\nvielen Dank für Ihre Anfrage. Unser Angebot {q} finden Sie im Anhang; "
          "Lieferzeit etwa vier Wochen nach Zahlungseingang.\n\nMit freundlichen Grüßen\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Sehr geehrte Frau Keller,\n\nanbei unsere Bestellung {po} (Excel) zu Ihrem Angebot {q}. Für die Bank "
          "brauchen wir eine Proforma-Rechnung und den Vertrag.\n\n", docs=(("purchase_order", "xlsx"),), gap=6),
        S("order", "us", None,
          "Sehr geehrter Herr Rashidov,\n\nherzlichen Dank für die Bestellung {po}. Anbei die Proforma-Rechnung "
          "{pi} und der Vertrag {ctr} zur Unterschrift.\n\nMit freundlichen Grüßen\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", "Vorauszahlung zu {pi}",
          "Sehr geehrte Frau Keller,\n\ndie Vorauszahlung über {paid} für die Proforma {pi} ist heute "
          "rausgegangen, die Bestätigung der Bank hängt an.\n\n", docs=(("payment_advice", "pdf"),),
          new_thread=True, gap=5),
        S("contract", "partner", None,
          "Sehr geehrte Frau Keller,\n\nder Vertrag {ctr} ist jetzt von Herrn Karimov unterschrieben, siehe "
          "Anhang.\n\n", docs=(("contract", "pdf"),), signed=True, gap=2),
        S("shipping", "us", "Bestellung {po}: Rechnung {inv} und Packliste",
          "Sehr geehrter Herr Rashidov,\n\nIhr Spediteur hat die Bestellung {po} heute abgeholt, Frachtbrief "
          "{track}. Anbei die Rechnung {inv} und die Packliste.\n\nMit freundlichen Grüßen\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf")), new_thread=True, gap=21),
        S("receipt", "partner", None,
          "Sehr geehrte Frau Keller,\n\ndie Ware ist nach 19 Tagen in Samarqand angekommen und verzollt. Alles "
          "in Ordnung, vielen Dank.\n\n", gap=22),
    ], tracking="road"),
    Deal("ho14-PA1", "PA", dt.date(2029, 8, 27), 10, "PUR-ORD-2029-00417",
         {"q": "QT004890", "ctr": "EXC/29/0240", "inv": "INV012051", "bl": "MEDUSO418227", "sn": "PKL-2910-022",
          "pay": "BIC-TRF-0604418"}, [
        S("enquiry", "partner", "Solicitud de cotización – repuestos para dique seco",
          "Estimada Sra. Keller:\n\nen noviembre tenemos dos buques en dique seco y necesitamos cotización CIF "
          "Balboa de los siguientes repuestos:\n\n{needs}\n\nAgradeceremos indicar el plazo de entrega.\n\n"),
        S("quote", "us", None,
          "Estimado Sr. Batista:\n\nmuchas gracias por su solicitud. Adjunto nuestra cotización {q}, válida 45 "
          "días; el embarque sería unas cuatro semanas después de recibir su orden.\n\nAtentamente,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Estimada Anna:\n\nadjunto la orden de compra {po} según su cotización {q}. Favor enviar factura "
          "comercial y contrato.\n\n", docs=(("purchase_order", "pdf"),), gap=5),
        S("order", "us", None,
          "Estimado Ricardo:\n\ngracias por la orden {po}. Le envío la factura comercial {inv} y el contrato "
          "{ctr}; le ruego devolverlo firmado.\n\nAtentamente,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Contrato {ctr} firmado – OC {po}",
          "Estimada Anna:\n\nadjunto el contrato {ctr} firmado por nuestra gerente de operaciones.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=3),
        S("shipping", "us", None,
          "Estimado Ricardo:\n\nla orden {po} zarpó hoy en el contenedor {track}. Adjunto el conocimiento de "
          "embarque, liberado por télex (no hay originales), y la lista de empaque.\n\nAtentamente,\n",
          docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), gap=16),
        S("receipt", "partner", None,
          "Estimada Anna:\n\nel contenedor ya está en nuestro almacén, todo completo. Muchas gracias.\n\n", gap=25),
        S("payment", "partner", "Pago factura {inv}",
          "Estimada Anna:\n\nle informamos que hoy transferimos {paid} en pago de la factura {inv}. Adjunto el "
          "comprobante del banco.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=6),
    ], tracking="container"),
    Deal("ho14-BJ1", "BJ", dt.date(2029, 9, 3), 9, "BC/SOBEF/2029/118",
         {"q": "QT004917", "ctr": "EXC/29/0248", "inv": "INV012117", "bl": "CMDUSO4182270", "sn": "PKL-2910-046",
          "pay": "BAG-VIR-0188418"}, [
        S("enquiry", "partner", "Demande de prix – pièces d'égrenage campagne 2029-2030",
          "Madame,\n\nla campagne d'égrenage commence en novembre à Parakou. Nous vous prions de nous faire "
          "parvenir votre offre CIF Cotonou pour :\n\n{needs}\n\nMerci d'indiquer le délai d'embarquement.\n\n"),
        S("quote", "us", None,
          "Monsieur Hounkpè,\n\nmerci de votre demande. Veuillez trouver ci-joint notre offre {q}, valable 45 "
          "jours ; embarquement environ quatre semaines après commande.\n\nBien cordialement,\n",
          docs=(("quotation", "pdf"),), gap=3),
        S("order", "partner", None,
          "Madame Keller,\n\nnous vous passons commande selon votre offre {q}. Voici le détail :\n\n"
          "{order_block}\n\nMerci de nous adresser la facture commerciale et le contrat.\n\n", body_order=True,
          gap=7),
        S("order", "us", None,
          "Monsieur Hounkpè,\n\nnous accusons réception de votre commande {po}, merci. Ci-joint la facture {inv} "
          "et le contrat {ctr} à nous retourner signé.\n\nBien cordialement,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Madame Keller,\n\nveuillez trouver le contrat {ctr} signé par notre Directrice générale.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=4),
        S("shipping", "us", None,
          "Monsieur Hounkpè,\n\nvotre commande {po} est partie ce jour dans le conteneur {track}. Ci-joint le "
          "connaissement (télex release) et la liste de colisage.\n\nBien cordialement,\n",
          docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), gap=14),
        S("payment", "partner", "Règlement de la facture {inv}",
          "Madame Keller,\n\nnous avons ordonné ce jour le virement de {paid} pour la facture {inv}. Vous "
          "trouverez ci-joint l'avis de notre banque.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True,
          gap=40),
    ], tracking="container"),
    Deal("ho14-ET1", "ET", dt.date(2029, 9, 10), 10, "HY-CG-2909-015",
         {"q": "QT004936", "pi": "PF000951", "ctr": "EXC/29/0255", "inv": "INV012188", "bl": "COSU6418227015",
          "pay": "AIB-TT-0811418"}, [
        S("enquiry", "partner", "询价：细纱机及梳棉机配件",
          "Anna 女士您好！\n\n我们是哈瓦萨工业园的一家纺纱厂，需要采购以下配件，请报 CFR Djibouti 美元价：\n\n"
          "{needs}\n\n另请告知交货期，谢谢。\n\n"),
        S("quote", "us", None,
          "Dear Mr Liu,\n\nthank you for your enquiry. Please find our quotation {q} attached, CFR Djibouti in USD, "
          "valid for 45 days. Shipment about five weeks after your advance payment.\n\nBest regards,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Anna 您好，\n\n报价 {q} 收到了。梳棉机针布的价格比我们去年的采购价高，整单能不能给 5% 的折扣？\n\n", gap=3),
        S("negotiation", "us", None,
          "Dear Mr Liu,\n\nwe can offer 4 % on every item of {q}; the other terms stay as quoted.\n\nBest "
          "regards,\n", gap=1),
        S("order", "partner", None,
          "Anna 您好，\n\n4% 可以接受。订单如下：\n\n{order_block}\n\n请发形式发票和合同，我们安排 30% 预付款。\n\n",
          body_order=True, gap=2),
        S("order", "us", None,
          "Dear Mr Liu,\n\nthank you for order {po}. Attached are proforma invoice {pi} for the 30 % advance and "
          "our contract {ctr} for signature.\n\nBest regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Anna 您好，\n\n形式发票 {pi} 的 30% 预付款 {paid} 已于今天汇出，附件是银行的汇款凭证。\n\n",
          docs=(("payment_advice", "pdf"),), gap=4),
        S("contract", "partner", "合同 {ctr} 已签字 / signed contract, order {po}",
          "Anna 您好，\n\n附件是张总签字的合同 {ctr}，请查收。\n\n", docs=(("contract", "pdf"),), signed=True,
          new_thread=True, gap=2),
        S("production", "partner", None,
          "Anna 您好，\n\n订单 {po} 现在生产到哪一步了？大概什么时候可以装船？\n\n", gap=10),
        S("shipping", "us", "Order {po}: invoice {inv} and bill of lading",
          "Dear Mr Liu,\n\norder {po} is on board, container {track}, due in Djibouti in about 22 days. Attached "
          "are invoice {inv} for the 70 % balance and the telex-release bill of lading.\n\nBest regards,\n",
          docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf")), new_thread=True, gap=9),
    ], discount=Decimal("0.96"), deposit=True, tracking="container"),
    Deal("ho14-IE2", "IE", dt.date(2029, 10, 8), 6, "P041903",
         {"inv": "INV012240"}, [
        S("order", "partner", "PO {po} – gaskets and spray balls",
          "Hi Marek,\n\ngood to meet you at the dairy expo in Cork. As promised, here is a small order, PO {po}, at "
          "the prices on our last order. Could you pass it to Anna and the order desk?\n\n",
          docs=(("purchase_order", "pdf"),), forward=True, new_thread=True),
        S("order", "us", None,
          "Hi Niamh,\n\nMarek passed on PO {po}, thank you. Invoice {inv} is attached; the contract will come "
          "from our export desk separately.\n\nBest regards,\n", docs=(("commercial_invoice", "pdf"),), gap=1),
    ], discount=Decimal("0.97"), tracking="road"),
    Deal("ho14-DK2", "DK", dt.date(2029, 10, 15), 5, "IO-2029-1247",
         {"ctr": "EXC/29/0268", "inv": "INV012301"}, [
        S("order", "partner", "Purchase order {po}",
          "Hello Anna,\n\nplease find PO {po} for five more items attached. Prices as on IO-2029-1183.\n\n",
          docs=(("purchase_order", "docx"),)),
        S("order", "us", None,
          "Hello Mette,\n\nthank you, PO {po} is booked. Invoice {inv} and contract {ctr} are attached, the "
          "contract for signature.\n\nBest regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("order", "partner", "Order {po} – complete document set",
          "Hello Anna,\n\nfor our auditors I am sending the complete set for order {po} in one mail: our PO, your "
          "invoice {inv} and contract {ctr}, now signed by Rasmus.\n\n",
          docs=(("purchase_order", "docx"), ("commercial_invoice", "pdf"), ("contract", "pdf")), signed=True,
          new_thread=True, gap=3),
    ], tracking="road"),
    Deal("ho14-PA2", "PA", dt.date(2029, 10, 22), 4, "PUR-ORD-2029-00466", {}, [
        S("order", "partner", "Orden de compra {po} – ánodos y empaquetadura",
          "Estimada Anna:\n\nle envío la orden de compra {po}. Los precios son los de la orden anterior.\n\n",
          docs=(("purchase_order", "pdf"),)),
        S("order", "us", None,
          "Estimado Ricardo:\n\nrecibida la orden {po}, gracias. Le confirmo la fecha de embarque en cuanto tenga "
          "la reserva.\n\nAtentamente,\n", gap=1),
        S("production", "partner", None,
          "Estimada Anna:\n\n¿hay novedades de la orden {po}? Todavía no hemos recibido la factura ni el "
          "contrato.\n\n", gap=8),
    ], tracking="container"),
    Deal("ho14-BJ2", "BJ", dt.date(2029, 11, 5), 5, "BC/SOBEF/2029/141",
         {"ctr": "EXC/29/0281", "inv": "INV012377"}, [
        S("order", "partner", "Commande urgente {po} – arrêt de l'usine de Kandi",
          "Madame Keller,\n\nune égreneuse de l'usine de Kandi est à l'arrêt. Veuillez considérer ce message comme "
          "bon de commande :\n\n{order_block}\n\nUn envoi par avion serait le bienvenu.\n\n", body_order=True),
        S("order", "us", None,
          "Monsieur Hounkpè,\n\nnous préparons la commande {po} en priorité. Ci-joint la facture {inv} et le "
          "contrat {ctr} pour signature.\n\nBien cordialement,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
    ], tracking="container"),
]
