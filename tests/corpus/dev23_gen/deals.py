"""The twenty-second holdout's deal scripts, with the words each side writes (new wording, not dev..dev22's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    # Australia: a PO straight after a trade fair, invoiced at once; an expedite question; sea shipment with the
    # forwarder's FBL; receipt; the remittance two months later. No contract is ever exchanged.
    Deal("ho22-AU1", "AU", dt.date(2033, 2, 7), 14, "PHM-PO-118274",
         {"q": "EST-33-0412", "inv": "INV-33-2611", "sn": "SHP-33-00571", "bl": "IFF/SOU/33/0418",
          "pay": "WCM-TT-3302-7781"}, [
        S("order", "partner", "PO {po} – haul fleet spares (your estimate {q})",
          "Hi Anna,\n\ngood to meet you at the Perth mining expo last week. As discussed, please find attached our "
          "PO {po} for the items on your estimate {q}. Please confirm and send the invoice.\n\n",
          docs=(("purchase_order", "pdf"),)),
        S("order", "us", None,
          "Hi Brendan,\n\nthank you for PO {po}, confirmed. Our invoice {inv} is attached. The parts go by sea "
          "groupage to Fremantle; sailing in about three weeks.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"),), gap=1),
        S("production", "partner", None,
          "Hi Anna,\n\none of our trucks is down waiting for brake pads. Is there any chance to pull the brake pad "
          "sets forward on PO {po}?\n\n", gap=4),
        S("production", "us", None,
          "Hi Brendan,\n\nsorry, the pads come from the mill with the rest of the order and we cannot split the "
          "groupage booking. Everything is packed and will be at the CFS on Friday.\n\nKind regards,\n", gap=1),
        S("shipping", "us", "Shipped: PO {po} / invoice {inv} – FBL {bl}",
          "Hi Brendan,\n\nPO {po} sailed today in container {track}. Attached are the packing list and the "
          "forwarder's FBL {bl}; the originals go by courier to your customs broker.\n\nKind regards,\n",
          docs=(("shipping_notice", "pdf"), ("bill_of_lading", "pdf")), new_thread=True, gap=12),
        S("receipt", "partner", None,
          "Hi Anna,\n\ncontainer unpacked at Fremantle and the cartons reached Karratha this morning. All "
          "checked against the packing list, no issues.\n\n", gap=40),
        S("payment", "partner", "Remittance – invoice {inv}",
          "Hi Anna,\n\npayment of {paid} for invoice {inv} went out today, bank confirmation attached.\n\n",
          docs=(("payment_advice", "pdf"),), new_thread=True, gap=18),
    ], tracking="container"),
    # Albania: enquiry, quote, a negotiation about lead time; the order typed in Gmail; contract as a Word draft
    # and returned signed; despatch by courier with invoice and packing list; payment; later a claim with the
    # test laboratory's report and our answer.
    Deal("ho22-AL1", "AL", dt.date(2033, 2, 14), 10, "DHO-2033-021",
         {"q": "EST-33-0427", "ctr": "SA/33/0419", "inv": "INV-33-2640", "sn": "SHP-33-00588",
          "pay": "BBT-33-0314-552", "claim": "DHO-REK-33-02", "ir": "SMT-33-4182"}, [
        S("enquiry", "partner", "Request for quotation – turbine and cooling water spares",
          "Dear Ms Keller,\n\nfor the annual overhaul of unit 2 at Vau i Dejës we need an offer, CPT Tirana, for:\n\n"
          "{needs}\n\nPlease also tell us the delivery time.\n\nThank you,\n"),
        S("quote", "us", None,
          "Dear Ms Hoxha,\n\nthank you for your request. Our estimate {q} is attached. Delivery by air courier "
          "about four weeks after order; the thrust bearing pads are made to order.\n\nKind regards,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Dear Ms Keller,\n\nthe overhaul starts in five weeks. Can the bearing pads be delivered in three weeks "
          "if we order this week? Prices are fine.\n\n", gap=2),
        S("negotiation", "us", None,
          "Dear Ms Hoxha,\n\nthe mill can finish the pads in three weeks if the order reaches us by Thursday. "
          "Prices as in {q}.\n\nKind regards,\n", gap=1),
        S("order", "partner", "Order {po} – overhaul unit 2",
          "Dear Ms Keller,\n\nwe confirm the order. Our procurement system is being replaced, so the order is "
          "below:\n\n{order_block}\n\nPlease send the contract for signature; our treasury needs it before "
          "payment.\n\n", body_order=True, new_thread=True, gap=1),
        S("contract", "us", None,
          "Dear Ms Hoxha,\n\nthank you for order {po}. Attached is our sales agreement {ctr} as a Word file; "
          "please have it signed by Mr Kola and return a scan.\n\nKind regards,\n", docs=(("contract", "docx"),),
          signed=False, gap=1),
        S("contract", "partner", None,
          "Dear Ms Keller,\n\nplease find the signed agreement {ctr} attached.\n\n", docs=(("contract", "pdf"),),
          signed=True, gap=3),
        S("shipping", "us", "Order {po} despatched – invoice {inv}",
          "Dear Ms Hoxha,\n\norder {po} was collected by the courier today, tracking number {track}. Our invoice "
          "{inv} and the packing list are attached.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf")), new_thread=True, gap=16),
        S("payment", "partner", None,
          "Dear Ms Keller,\n\nthe goods arrived and the invoice {inv} has been paid, {paid}. The bank confirmation "
          "is attached.\n\n", docs=(("payment_advice", "pdf"),), gap=12),
        S("claim", "partner", "Complaint {claim} – bearing pads, order {po}",
          "Dear Ms Keller,\n\nduring installation two types of parts from order {po} did not fit. We had samples "
          "tested by an independent laboratory; the report {ir} is attached. Please propose a replacement "
          "quickly, the unit is waiting.\n\n", docs=(("inspection_report", "pdf"),), new_thread=True, gap=9),
        S("claim", "us", None,
          "Dear Ms Hoxha,\n\nI am sorry for the trouble. We have passed report {ir} to the mill and will send "
          "replacements by courier free of charge this week; please keep the rejected parts for collection.\n\n"
          "Kind regards,\n", gap=1),
    ], tracking="courier"),
    # Azerbaijan (writing German): enquiry, quote, order as Excel; a pro forma for the advance; payment; the bank
    # needs a contract for currency control, signed and sent via our colleague; despatch and receipt.
    Deal("ho22-AZ1", "AZ", dt.date(2033, 2, 21), 12, "SF-2033/0147",
         {"q": "EST-33-0444", "pi": "PF-33-0107", "ctr": "SA/33/0423", "inv": "INV-33-2662", "sn": "SHP-33-00602",
          "pay": "ATB-3303-418227"}, [
        S("enquiry", "partner", "Anfrage Verschleißteile Extrusionslinie",
          "Sehr geehrte Frau Keller,\n\nfür unsere Folienextrusion suchen wir folgende Ersatzteile, Lieferung FCA "
          "Southampton, Abholung durch unseren Spediteur:\n\n{needs}\n\nBitte nennen Sie Preise und Lieferzeit."
          "\n\n"),
        S("quote", "us", None,
          "Sehr geehrte Frau Məmmədova,\n\nbesten Dank für Ihre Anfrage. Anbei unser Angebot {q}, FCA Southampton. "
          "Bei Erstaufträgen bitten wir um 30 % Vorkasse.\n\nMit freundlichen Grüßen\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", "Bestellung {po}",
          "Sehr geehrte Frau Keller,\n\nwir bestellen gemäß Ihrem Angebot {q}. Die Bestellung {po} als Excel-Datei "
          "liegt bei. Bitte senden Sie uns eine Proforma-Rechnung für die Vorkasse.\n\n",
          docs=(("purchase_order", "xlsx"),), new_thread=True, gap=6),
        S("order", "us", None,
          "Sehr geehrte Frau Məmmədova,\n\nvielen Dank für die Bestellung {po}. Anbei die Proforma-Rechnung {pi}; "
          "nach Eingang der Anzahlung beginnen wir mit der Fertigung der Schneckenbuchsen.\n\n"
          "Mit freundlichen Grüßen\n", docs=(("proforma_invoice", "pdf"),), gap=1),
        S("payment", "partner", None,
          "Sehr geehrte Frau Keller,\n\ndie Anzahlung über {paid} ist heute überwiesen worden, die Bestätigung "
          "unserer Bank finden Sie anbei. Unsere Bank verlangt für die Devisenkontrolle außerdem einen "
          "unterschriebenen Vertrag.\n\n", docs=(("payment_advice", "pdf"),), gap=4),
        S("contract", "us", None,
          "Sehr geehrte Frau Məmmədova,\n\nAnzahlung dankend erhalten. Anbei unser Vertrag {ctr} zur "
          "Unterschrift durch Herrn Əliyev.\n\nMit freundlichen Grüßen\n", docs=(("contract", "pdf"),),
          signed=False, gap=2),
        S("contract", "partner", "Vertrag {ctr} unterschrieben",
          "Sehr geehrte Frau Natarajan,\n\nwie heute am Telefon besprochen, anbei der unterschriebene Vertrag {ctr} "
          "zu unserer Bestellung {po}.\n\n", docs=(("contract", "pdf"),), signed=True, forward=True,
          new_thread=True, gap=5),
        S("shipping", "us", None,
          "Sehr geehrte Frau Məmmədova,\n\nIhre Bestellung {po} ist versandbereit und wurde heute Ihrem "
          "Spediteur übergeben, Sendungsnummer {track}. Rechnung {inv} und Packliste anbei; der Restbetrag ist "
          "30 Tage nach Lieferung fällig.\n\nMit freundlichen Grüßen\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf")), gap=14),
        S("receipt", "partner", None,
          "Sehr geehrte Frau Keller,\n\ndie Ware ist heute in Sumqayıt eingetroffen, vollständig und "
          "unbeschädigt. Vielen Dank.\n\n", gap=11),
    ], deposit=True, tracking="courier"),
    # Mali (writing French): our offer after a visit; the order letter in a new thread quoting the offer;
    # invoice and contract; the contract comes back signed; sea shipment; a shortage reported and answered;
    # payment at 60 days end of month.
    Deal("ho22-ML1", "ML", dt.date(2033, 3, 1), 13, "HCM/ACH/33-027",
         {"q": "EST-33-0461", "ctr": "SA/33/0428", "inv": "INV-33-2689", "sn": "SHP-33-00619",
          "bl": "IFF/SOU/33/0433", "pay": "BMI-VIR-33-0871"}, [
        S("quote", "us", "Notre offre {q} – pièces pour la presse et le décorticage",
          "Madame Traoré,\n\nsuite à la visite de notre ingénieur à Sotuba la semaine dernière, veuillez trouver "
          "ci-joint notre offre {q}, CFR Dakar en euros, groupage maritime.\n\nBien cordialement,\n",
          docs=(("quotation", "pdf"),)),
        S("order", "partner", "Commande {po} suivant votre offre {q}",
          "Madame Keller,\n\nnous vous remercions pour votre offre. Vous trouverez ci-joint notre lettre de "
          "commande {po}. Merci de nous faire parvenir la facture et le contrat.\n\n",
          docs=(("purchase_order", "docx"),), new_thread=True, gap=8),
        S("order", "us", None,
          "Madame Traoré,\n\nnous accusons réception de votre commande {po}. Ci-joint notre facture {inv} et le "
          "contrat {ctr} à faire signer par M. Coulibaly.\n\nBien cordialement,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Madame Keller,\n\nle contrat {ctr} signé est joint. Pouvez-vous nous indiquer la date d'embarquement "
          "prévue ?\n\n", docs=(("contract", "pdf"),), signed=True, gap=4),
        S("production", "us", None,
          "Madame Traoré,\n\nmerci. Les vis de presse sont en cours d'usinage ; l'embarquement est prévu dans "
          "trois semaines environ.\n\nBien cordialement,\n", gap=1),
        S("shipping", "us", "Expédition commande {po} – FBL {bl}",
          "Madame Traoré,\n\nla commande {po} a été embarquée aujourd'hui pour Dakar, conteneur {track}. Vous "
          "trouverez ci-joint le FBL {bl} et la liste de colisage.\n\nBien cordialement,\n",
          docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), new_thread=True, gap=20),
        S("claim", "partner", None,
          "Madame Keller,\n\nla marchandise est arrivée à Bamako. Au déballage, il manque deux courroies SPB par "
          "rapport à la liste de colisage. Merci de vérifier.\n\n", gap=30),
        S("claim", "us", None,
          "Madame Traoré,\n\nnous avons vérifié : les deux courroies étaient restées au magasin. Elles partent "
          "demain par courrier express, à nos frais.\n\nBien cordialement,\n", gap=1),
        S("payment", "partner", "Règlement facture {inv}",
          "Madame Keller,\n\nnous avons procédé au règlement de votre facture {inv}, soit {paid}. Ci-joint la "
          "confirmation de notre banque.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=26),
    ], tracking="container"),
    # Andorra (writing Spanish): enquiry, quote, a discount agreed; the order as a PDF from the ERP; invoice and
    # contract; payment first, the signed contract never returned; despatch by courier; receipt.
    Deal("ho22-AD1", "AD", dt.date(2033, 3, 8), 11, "PC-0418/33",
         {"q": "EST-33-0478", "ctr": "SA/33/0431", "inv": "INV-33-2705", "sn": "SHP-33-00634",
          "pay": "BPA-33-118227"}, [
        S("enquiry", "partner", "Petición de oferta – recambios telesilla y pisapistas",
          "Buenos días, Sra. Keller:\n\npara la revisión de fin de temporada necesitamos oferta DAP Ordino de:\n\n"
          "{needs}\n\nGracias de antemano.\n\n"),
        S("quote", "us", None,
          "Estimado Sr. Puigcercós:\n\nmuchas gracias por su petición. Le adjunto nuestra oferta {q}, DAP Ordino "
          "por mensajería.\n\nAtentamente,\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Sra. Keller:\n\nel importe supera nuestro presupuesto de revisión. Si nos hacen un 5 % de descuento, "
          "pasamos el pedido esta semana.\n\n", gap=3),
        S("negotiation", "us", None,
          "Estimado Sr. Puigcercós:\n\nde acuerdo, aplicamos un 5 % de descuento sobre todas las líneas de la "
          "oferta {q}.\n\nAtentamente,\n", gap=1),
        S("order", "partner", None,
          "Sra. Keller:\n\nadjunto nuestro pedido {po} con los precios descontados. Envíennos factura y contrato, "
          "por favor.\n\n", docs=(("purchase_order", "pdf"),), gap=2),
        S("order", "us", None,
          "Estimado Sr. Puigcercós:\n\ngracias por el pedido {po}. Le adjunto la factura {inv} y el contrato {ctr} "
          "para la firma de la Sra. Cerqueda.\n\nAtentamente,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", "Transferencia factura {inv}",
          "Sra. Keller:\n\nhemos transferido {paid} para la factura {inv}; adjunto el justificante del banco. El "
          "contrato firmado se lo enviará la dirección.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True,
          gap=7),
        S("shipping", "us", None,
          "Estimado Sr. Puigcercós:\n\nel pedido {po} ha salido hoy por mensajería, número de seguimiento "
          "{track}. Le adjunto la lista de bultos.\n\nAtentamente,\n", docs=(("shipping_notice", "pdf"),), gap=6),
        S("receipt", "partner", None,
          "Sra. Keller:\n\nrecibido todo en el taller de Arcalís. Gracias por la rapidez.\n\n", gap=4),
    ], discount=Decimal("0.95"), tracking="courier"),
    # Fiji (writing Chinese): enquiry in Chinese, quote in English, the order typed in the mail; pro forma and
    # contract together; signed contract; sea shipment with invoice, FBL and packing list; payment after B/L.
    Deal("ho22-FJ1", "FJ", dt.date(2033, 3, 15), 12, "TF-PO-33-0062",
         {"q": "EST-33-0493", "pi": "PF-33-0119", "ctr": "SA/33/0436", "inv": "INV-33-2731", "sn": "SHP-33-00651",
          "bl": "IFF/SOU/33/0447", "pay": "SPMB-TT-33-40418"}, [
        S("enquiry", "partner", "询价：冷库及加工设备备件",
          "Keller 女士您好：\n\n我司冷库和鱼片加工线需要以下备件，请报 CIF Suva 美元价格及交货期：\n\n{needs}\n\n谢谢！\n\n"),
        S("quote", "us", None,
          "Dear Ms Chen,\n\nthank you for your enquiry. Please find our estimate {q} attached, CIF Suva in US "
          "dollars; shipment by sea about five weeks after order.\n\nKind regards,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Keller 女士：\n\n报价确认，我们下单如下：\n\n{order_block}\n\n请发形式发票和合同。\n\n", body_order=True, gap=5),
        S("order", "us", None,
          "Dear Ms Chen,\n\nthank you for order {po}. Attached are our pro forma invoice {pi} for your import "
          "licence and the agreement {ctr} for Mr Chen Guoliang's signature.\n\nKind regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Keller 女士：\n\n合同 {ctr} 已签字盖章，请查收。\n\n", docs=(("contract", "pdf"),), signed=True, gap=3),
        S("shipping", "us", "Order {po} shipped – invoice {inv}, FBL {bl}",
          "Dear Ms Chen,\n\norder {po} has sailed in container {track}. Attached are our invoice {inv}, the FBL "
          "{bl} and the packing list.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf"), ("shipping_notice", "pdf")),
          new_thread=True, gap=24),
        S("payment", "partner", "付款通知 {inv}",
          "Keller 女士：\n\n发票 {inv} 的货款 {paid} 已电汇，银行回单见附件。\n\n", docs=(("payment_advice", "pdf"),),
          new_thread=True, gap=33),
    ], tracking="container"),
    # Australia again: a repeat PO; Brendan chases it; we ship it by courier with the invoice and packing list.
    Deal("ho22-AU2", "AU", dt.date(2033, 3, 22), 8, "PHM-PO-118391",
         {"inv": "INV-33-2748", "sn": "SHP-33-00667"}, [
        S("order", "partner", "PO {po} – filters and grease lines",
          "Hi Anna,\n\nattached is PO {po} for filters and grease hoses, pricing as per the last order.\n\n",
          docs=(("purchase_order", "pdf"),)),
        S("production", "partner", None,
          "Hi Anna,\n\njust chasing PO {po} – we haven't had an acknowledgement yet. Can you give me an ETA?\n\n",
          gap=6),
        S("shipping", "us", None,
          "Hi Brendan,\n\napologies for the silence, I was travelling. PO {po} left today by courier, tracking "
          "{track}; invoice {inv} and the packing list are attached.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf")), gap=1),
    ], tracking="courier"),
    # Azerbaijan again: a follow-up order sent to our colleague, who forwards it; invoice and contract from us;
    # the customer's bank registers the deal for currency control and the set comes back stamped in one mail.
    Deal("ho22-AZ2", "AZ", dt.date(2033, 3, 29), 6, "SF-2033/0212", {"ctr": "SA/33/0440", "inv": "INV-33-2766"}, [
        S("order", "partner", "Folgebestellung {po} Heizbänder",
          "Sehr geehrte Frau Natarajan,\n\nanbei unsere Folgebestellung {po}. Bitte leiten Sie sie an Frau Keller "
          "weiter.\n\n", docs=(("purchase_order", "xlsx"),), forward=True),
        S("order", "us", None,
          "Sehr geehrte Frau Məmmədova,\n\nvielen Dank für die Bestellung {po}. Anbei unsere Rechnung {inv} und der "
          "Vertrag {ctr} zur Unterschrift.\n\nMit freundlichen Grüßen\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("order", "partner", "Registrierte Unterlagen zu Bestellung {po}",
          "Sehr geehrte Frau Keller,\n\nunsere Bank hat das Geschäft für die Devisenkontrolle registriert. Anbei "
          "der Satz mit dem Bankstempel: unsere Bestellung {po}, Ihre Rechnung {inv} und der von Herrn Əliyev "
          "unterschriebene Vertrag {ctr}. Die Zahlung folgt nach Lieferung.\n\n",
          docs=(("purchase_order", "xlsx"), ("commercial_invoice", "pdf"), ("contract", "pdf")), signed=True,
          new_thread=True, gap=4),
    ], tracking="courier"),
    # Mali again: an enquiry, our quote, and the customer postponing (no order).
    Deal("ho22-ML2", "ML", dt.date(2033, 4, 5), 4, "HCM/ACH/33-041", {"q": "EST-33-0512"}, [
        S("enquiry", "partner", "Demande de prix – tamis et filtres",
          "Madame Keller,\n\nmerci de nous communiquer votre meilleur prix CFR Dakar pour :\n\n{needs}\n\n"),
        S("quote", "us", None,
          "Madame Traoré,\n\nveuillez trouver ci-joint notre offre {q}, valable 30 jours.\n\n"
          "Bien cordialement,\n", docs=(("quotation", "pdf"),), gap=1),
        S("negotiation", "partner", None,
          "Madame Keller,\n\nmerci. Notre budget pièces est gelé jusqu'à la fin de la campagne ; pouvez-vous "
          "prolonger la validité de l'offre {q} jusqu'en juin ?\n\n", gap=5),
    ], tracking="courier"),
]
