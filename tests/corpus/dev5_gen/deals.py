"""The fourth holdout's deal scripts: who writes what, when, with which documents (new wording throughout)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# The step shorthand S(stage, by, subject, body, ...) and the record types; the scripts below are new.
from tests.corpus.dev4_gen.deals import S
from tests.corpus.dev4_gen.world import Deal

DEALS = [
    Deal("ho4-TR1", "TR", dt.date(2026, 1, 19), 14, "EA-SAS-2026-0188",
         {"q": "NWQ-26-3104", "ctr": "SC-NW-TR-2602", "inv": "NWI-2631", "pay": "AYT2602TT004417",
          "sn": "NOLB-8841027"}, [
        S("enquiry", "partner", "RFQ – spare parts for thermoforming line TF-6",
          "Dear Sir or Madam,\n\nwe build packaging machines in Izmir and would like to receive your offer, CIF Izmir, "
          "for the following spare parts:\n\n{needs}\n\nPlease state the delivery time and how long the offer is "
          "valid.\n\n"),
        S("quote", "us", None,
          "Dear Mr Yıldırım,\n\nmany thanks for your request. Attached you will find our quotation {q}; delivery is "
          "about six weeks after order.\n\nKind regards,\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Dear Ms Keller,\n\nthank you for quotation {q}. Our management finds the worm gear motors above budget. "
          "Could you offer 6% on the total if we order all positions together?\n\n", gap=3),
        S("negotiation", "us", None,
          "Dear Mr Yıldırım,\n\nwe can grant 5% on all positions of {q} for an order placed this month. The revised "
          "prices will be in the contract.\n\nKind regards,\n", gap=1),
        S("order", "partner", None,
          "Dear Ms Keller,\n\nthank you. Please find attached our purchase order {po} (PDF and Word) with the 5% "
          "discount. Kindly send the sales contract for signature and your invoice for the advance payment.\n\n",
          docs=(("purchase_order", "pdf"), ("purchase_order", "docx")), gap=4),
        S("contract", "us", None,
          "Dear Mr Yıldırım,\n\nthank you for order {po}. Attached is our sales contract {ctr}; please return a "
          "signed copy.\n\nKind regards,\n", docs=(("contract", "pdf"),), signed=False, gap=1),
        S("contract", "partner", "Signed sales contract {ctr} – PO {po}",
          "Dear Ms Keller,\n\nplease find the sales contract {ctr} signed and stamped on our side for PO {po}.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=3),
        S("order", "us", "Invoice {inv} for your order {po}",
          "Dear Mr Yıldırım,\n\nattached is our invoice {inv} for order {po}, total {total}. As agreed, 30% is "
          "payable in advance.\n\nKind regards,\n", docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=1),
        S("payment", "partner", None,
          "Dear Ms Keller,\n\nour bank sent the advance payment today ({paid}). The SWIFT copy is attached for your "
          "reference.\n\n", docs=(("payment_advice", "pdf"),), gap=5),
        S("production", "us", None,
          "Dear Mr Yıldırım,\n\norder {po} is in final assembly; we plan to book the container for the week after "
          "next.\n\nKind regards,\n", gap=10),
        S("shipping", "us", None,
          "Dear Mr Yıldırım,\n\nthe container for {po} is booked, see the carrier's booking confirmation attached "
          "(container {track}).\n\nKind regards,\n", docs=(("shipping_notice", "pdf"),), gap=8),
        S("receipt", "partner", None,
          "Dear Ms Keller,\n\nthe container has arrived in Izmir and the goods are in our warehouse. Thank you for "
          "your support.\n\n", gap=30),
    ], discount=Decimal("0.95"), deposit=True),
    Deal("ho4-VN1", "VN", dt.date(2026, 2, 2), 16, "SPM-PO-0326-015",
         {"q": "NWQ-26-3120", "pi": "PI-NW-26-0442", "ctr": "SC-NW-VN-2608", "inv": "NWI-2658",
          "pay": "SGCB26031804512", "sn": "NOLB-8846315"}, [
        S("enquiry", "partner", "Inquiry: CNC spare parts – Saigon Precision",
          "Dear Ms. Anna,\n\nGood day! We got your contact at the MTA Vietnam exhibition. Please kindly quote us your "
          "best price CIF Ho Chi Minh City for below items:\n\n{needs}\n\nPlease also advise the production time. "
          "Thank you!\n\n"),
        S("quote", "us", None,
          "Dear Ms Trang,\n\nthank you for your enquiry. Our quotation {q} is attached; production time is five to "
          "six weeks.\n\nBest regards,\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Dear Ms. Anna,\n\nThanks for quotation {q}. Our director asks if you can give 3% special price for this "
          "first order, then we can go ahead.\n\n", gap=2),
        S("contract", "us", None,
          "Dear Ms Trang,\n\nwe accept 3% for this first order. Attached are the sales contract {ctr} and the "
          "proforma invoice {pi} for the 30% advance.\n\nBest regards,\n",
          docs=(("contract", "pdf"), ("proforma_invoice", "pdf")), signed=False, gap=2),
        S("contract", "partner", None,
          "Dear Ms. Anna,\n\nPlease find attached the contract {ctr} signed by our director. Our official PO will "
          "follow from the accounting team.\n\n", docs=(("contract", "pdf"),), signed=True, gap=3),
        S("order", "partner", "PO {po} – contract {ctr}",
          "Dear Ms. Anna,\n\nAttached please find our official PO {po} (Word and PDF) according to contract {ctr}. "
          "Please send commercial invoice and packing list when the goods are ready.\n\n",
          docs=(("purchase_order", "docx"), ("purchase_order", "pdf")), new_thread=True, gap=1),
        S("payment", "partner", None,
          "Dear Ms. Anna,\n\nWe transferred the 30% advance ({paid}) today against proforma {pi}. Please see the "
          "bank's MT103 copy.\n\n", docs=(("payment_advice", "pdf"),), gap=2),
        S("production", "us", None,
          "Dear Ms Trang,\n\nthank you for the advance. Production of {po} is on schedule; the ball screws are being "
          "ground this week.\n\nBest regards,\n", gap=12),
        S("order", "us", "Commercial invoice & packing list {inv} / PO {po}",
          "Dear Ms Trang,\n\nplease find our commercial invoice and packing list {inv} for PO {po} (Excel and PDF). "
          "The balance of 70% is due before shipment.\n\nBest regards,\n",
          docs=(("commercial_invoice", "xlsx"), ("commercial_invoice", "pdf")), new_thread=True, gap=14),
        S("shipping", "us", None,
          "Dear Ms Trang,\n\nthe goods for {po} are booked on the vessel shown in the attached booking confirmation, "
          "container(s) {track}.\n\nBest regards,\n", docs=(("shipping_notice", "pdf"),), gap=6),
    ], discount=Decimal("0.97"), deposit=True),
    Deal("ho4-BR1", "BR", dt.date(2026, 3, 9), 10, "VS-PC-26/0931",
         {"q": "NWQ-26-3147", "inv": "NWI-2689", "ctr": "SC-NW-BR-2614", "pay": "BRV2605221190",
          "sn": "NOLB-8852209", "claim": "RQ-VS-26-017"}, [
        S("enquiry", "partner", "Pedido de cotización – rodamientos, mangueras y válvulas",
          "Estimada Sra. Keller:\n\nsomos una metalúrgica de Novo Hamburgo (Brasil). Le escribo en español, que nos "
          "resulta más fácil que el inglés. Necesitamos cotización CFR Santos para:\n\n{needs}\n\nQuedo atento a su "
          "respuesta.\n\n"),
        S("quote", "us", None,
          "Estimado Sr. Nunes:\n\nle agradecemos su consulta. Adjuntamos nuestra cotización {q}, válida por 30 "
          "días.\n\nAtentamente,\n", docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Estimada Anna:\n\nadjunto nuestro pedido de compra {po} según su cotización {q}. Por favor envíen la "
          "factura comercial y el contrato.\n\n", docs=(("purchase_order", "pdf"),), gap=6),
        S("order", "us", None,
          "Estimado Sr. Nunes:\n\nmuchas gracias por el pedido {po}. Le envío la factura {inv} y el contrato de "
          "venta {ctr} para su firma.\n\nAtentamente,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Contrato {ctr} firmado – pedido {po}",
          "Anna, buenos días:\n\nte envío el contrato {ctr} firmado por nuestra dirección, referente al pedido "
          "{po}.\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=4),
        S("shipping", "us", None,
          "Estimado Sr. Nunes:\n\nsu pedido {po} ya tiene reserva con la naviera; adjunto la confirmación de reserva "
          "(contenedor {track}).\n\nAtentamente,\n", docs=(("shipping_notice", "pdf"),), gap=12),
        S("payment", "partner", "Comprobante de transferencia – factura {inv}",
          "Estimada Anna:\n\nadjunto el comprobante SWIFT del pago de la factura {inv} por {paid}.\n\n",
          docs=(("payment_advice", "pdf"),), new_thread=True, gap=30),
        S("claim", "partner", "Reclamo {claim} – pedido {po}",
          "Estimada Anna:\n\nal recibir el pedido {po} encontramos seis válvulas de bola con la rosca dañada. "
          "Abrimos el reclamo {claim}; por favor indiquen si envían reposición o nota de crédito. Las fotos van en "
          "otro correo.\n\n", new_thread=True, gap=9),
    ]),
    Deal("ho4-NL1", "NL", dt.date(2026, 4, 13), 7, "VDB-26-00412",
         {"inv": "NWI-2712", "ctr": "SC-NW-NL-2619", "sn": "NOLB-8857730"}, [
        S("order", "partner", "Order {po} – inverters and motors",
          "Hi Anna,\n\nfollowing our call this morning, here is our order. Our ERP is down for maintenance, so I "
          "typed it below:\n\n{order_block}\n\nCould you confirm delivery in week 19?\n\n", body_order=True),
        S("order", "us", None,
          "Dear Sanne,\n\nthanks for order {po}. Attached are our invoice {inv} and our sales contract {ctr}; please "
          "sign and return the contract.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Signed contract {ctr} (our order {po})",
          "Hi Anna,\n\nhere is contract {ctr}, signed by our managing director, for order {po}.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=2),
        S("shipping", "us", None,
          "Dear Sanne,\n\norder {po} leaves Southampton this week; the carrier's booking confirmation is attached "
          "(container {track}, trucked from Rotterdam to Veldhoven).\n\nKind regards,\n",
          docs=(("shipping_notice", "pdf"),), gap=9),
        S("receipt", "partner", None, "Hi Anna,\n\nall received in good order at Veldhoven today. Thanks!\n\n", gap=8),
    ]),
    Deal("ho4-MA1", "MA", dt.date(2026, 5, 4), 9, "BC-AE-2026/117",
         {"q": "NWQ-26-3188", "inv": "NWI-2744", "ctr": "CV-NW-MA-2623", "pay": "BAM26061100318"}, [
        S("enquiry", "partner", "Demande de cotation – pièces pour ligne d'ensachage",
          "Bonjour Madame,\n\nnous fabriquons des emballages souples à Casablanca. Merci de nous adresser votre "
          "meilleure offre CFR Casablanca pour les articles suivants :\n\n{needs}\n\nMerci de préciser le délai de "
          "livraison.\n\n"),
        S("quote", "us", None,
          "Bonjour Monsieur Benali,\n\nmerci pour votre demande. Veuillez trouver ci-joint notre offre {q} ; délai "
          "de livraison : cinq semaines.\n\nBien cordialement,\n", docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Bonjour Madame Keller,\n\nsuite à votre offre {q}, veuillez trouver ci-joint notre bon de commande {po} "
          "(Excel et PDF).\n\n", docs=(("purchase_order", "xlsx"), ("purchase_order", "pdf")), gap=5),
        S("order", "us", "Facture {inv} – votre commande {po}",
          "Bonjour Monsieur Benali,\n\nveuillez trouver ci-joint notre facture {inv} relative à votre commande "
          "{po}.\n\nBien cordialement,\n", docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=2),
        S("contract", "us", None,
          "Bonjour Monsieur Benali,\n\npour compléter le dossier, voici le contrat de vente {ctr} à nous retourner "
          "signé.\n\nBien cordialement,\n", docs=(("contract", "pdf"),), signed=False, gap=1),
        S("contract", "partner", "Contrat {ctr} signé – BC {po}",
          "Bonjour Madame Keller,\n\nci-joint le contrat {ctr} signé et cacheté, relatif à notre bon de commande "
          "{po}.\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=4),
        S("payment", "partner", "Avis de virement – facture {inv}",
          "Bonjour Madame Keller,\n\nle virement de {paid} pour la facture {inv} a été émis ce jour. Ci-joint la "
          "copie SWIFT.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=30),
    ]),
    Deal("ho4-LU1", "LU", dt.date(2026, 6, 8), 6, "MI-BC-26-0073",
         {"q": "NWQ-26-3210", "inv": "NWI-2771", "ctr": "KV-NW-LU-2627"}, [
        S("enquiry", "partner", "Anfrage Ersatzteile Rollenbahn",
          "Sehr geehrte Frau Keller,\n\nfür die Instandhaltung unserer Rollenbahnen bitten wir um Ihr Angebot, "
          "Lieferung DAP Sandweiler:\n\n{needs}\n\nVielen Dank im Voraus.\n\n"),
        S("quote", "us", None,
          "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Anfrage. Unser Angebot {q} finden Sie im Anhang; "
          "Lieferzeit etwa drei Wochen.\n\nMit freundlichen Grüßen\n", docs=(("quotation", "pdf"),), gap=1),
        S("order", "colleague", "Bestellung {po}",
          "Guten Tag Herr Mehta,\n\nwie am Telefon besprochen, anbei unsere Bestellung {po} zum Angebot {q}.\n\n",
          docs=(("purchase_order", "pdf"),), forward=True, new_thread=True, gap=5),
        S("order", "us", "Rechnung {inv} zu Ihrer Bestellung {po}",
          "Sehr geehrte Frau Weber,\n\nanbei unsere Rechnung {inv} zu Ihrer Bestellung {po}, die uns Herr Mehta "
          "weitergeleitet hat.\n\nMit freundlichen Grüßen\n", docs=(("commercial_invoice", "pdf"),),
          new_thread=True, gap=1),
        S("contract", "partner", "Kaufvertrag {ctr} unterschrieben – Bestellung {po}",
          "Sehr geehrte Frau Keller,\n\nim Anhang der von uns unterschriebene Kaufvertrag {ctr} zur Bestellung {po}, "
          "den Sie uns per Post geschickt hatten.\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True,
          gap=5),
        S("receipt", "partner", None,
          "Guten Tag Frau Keller,\n\ndie Ware ist heute vollständig und unbeschädigt eingetroffen. Vielen Dank.\n\n",
          gap=12),
    ]),
    Deal("ho4-BR2", "BR", dt.date(2026, 7, 6), 6, "VS-PC-26/1244",
         {"inv": "NWI-2790", "ctr": "SC-NW-BR-2631"}, [
        S("order", "partner", "Pedido de reposición {po} – documentos completos",
          "Estimada Anna:\n\ncomo conversamos por teléfono, para que nuestro despachante pueda registrar la "
          "importación le mando el juego completo de esta reposición:\n- nuestro pedido de compra {po}\n- el "
          "contrato {ctr} firmado por nuestra parte\n- su factura {inv}, que nos adelantaron por correo\n\n"
          "Por favor confirmen la fecha de embarque.\n\n",
          docs=(("purchase_order", "pdf"), ("contract", "pdf"), ("commercial_invoice", "pdf")), signed=True),
        S("production", "us", None,
          "Estimado Sr. Nunes:\n\nrecibimos el juego completo del pedido {po}. Los rodamientos están en stock; las "
          "válvulas se terminan la próxima semana y embarcamos en el buque del día 24.\n\nAtentamente,\n", gap=1),
    ]),
]
