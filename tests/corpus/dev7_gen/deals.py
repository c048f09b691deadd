"""The sixth holdout's deal scripts, with the words each side writes (new wording, not dev-dev6's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.corpus.dev4_gen.world import Deal, Step


def S(stage: str, by: str, subject: str | None, body: str, **kw: object) -> Step:
    return Step(stage, by, (subject, body), **kw)  # type: ignore[arg-type]


def awb(prefix: str, serial: int) -> str:
    """An IATA air waybill number: airline prefix, seven-digit serial and its check digit (serial mod 7)."""
    return f"{prefix}-{serial:07d}{serial % 7}"


DEALS = [
    Deal("ho6-SE1", "SE", dt.date(2026, 2, 16), 14, "LS-INK-26-0142",
         {"q": "Q-2026-01187", "ctr": "NW-CS-SE-26-04", "inv": "INV-NW-10442", "bl": awb("932", 4031728)}, [
        S("enquiry", "partner", "Spare parts for the summer stop - request for quotation",
          "Hi Anna,\n\nWe are planning the maintenance stop in the sawmill in week 28 and need prices for the parts "
          "below, delivered CPT Söderhamn. Prices in SEK please, like last year.\n\n{needs}\n\nCould you also tell "
          "me if the bandsaw blades are in stock?\n\n"),
        S("quote", "us", None,
          "Hi Elin,\n\nthanks for thinking of us again. Quote {q} is attached - it comes out of our new quoting "
          "tool, so it looks a little different. Valid for 45 days; the bandsaw blades are in stock, everything "
          "else ships within three weeks.\n\nBest regards,\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Hi Anna,\n\nThanks for {q}. The chipper knives are about 8 % above what we paid in the autumn. Is there "
          "anything you can do? If we add two more bandsaw blades, could you deliver free to our door?\n\n", gap=2),
        S("negotiation", "us", None,
          "Hi Elin,\n\nI have looked at it again: we can take 5 % off every line of {q}, but freight has to stay "
          "CPT Söderhamn as quoted. If that works, send me your order and I will prepare the contract of sale."
          "\n\nBest regards,\n", gap=1),
        S("order", "partner", None,
          "Hi Anna,\n\nDeal. Our purchase order {po} is attached, as PDF and as the Word file from our system. "
          "Please send the contract and confirm delivery in week 26 at the latest.\n\n",
          docs=(("purchase_order", "pdf"), ("purchase_order", "docx")), gap=2),
        S("contract", "us", None,
          "Hi Elin,\n\nthank you for order {po}. Attached is the contract of sale {ctr} for signature by your "
          "managing director. The invoice follows when the goods are packed.\n\nBest regards,\n",
          docs=(("contract", "docx"),), signed=False, gap=1),
        S("contract", "partner", "Signed contract {ctr} - our order {po}",
          "Hi Anna,\n\nHere is contract {ctr}, signed by Magnus. It covers our order {po}.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=3),
        S("production", "us", None,
          "Hi Elin,\n\nquick status on {po}: blades and bearings are picked, the chipper knives come back from "
          "grinding on Thursday. We plan to hand everything to the airline early next week.\n\nBest regards,\n",
          gap=6),
        S("order", "us", "Invoice {inv} - order {po}",
          "Hi Elin,\n\nplease find our invoice {inv} for order {po} attached ({total}, 30 days net).\n\n"
          "Best regards,\n", docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=3),
        S("shipping", "us", None,
          "Hi Elin,\n\nyour parts for {po} left Heathrow this afternoon, air waybill {bl} attached. Arrival at "
          "Arlanda tomorrow morning; the trucker takes them on to Söderhamn.\n\nBest regards,\n",
          docs=(("bill_of_lading", "pdf"),), gap=1),
        S("receipt", "partner", None,
          "Hi Anna,\n\nThe goods arrived today, all lines complete and nothing damaged. Thanks for the quick "
          "delivery!\n\n", gap=3),
    ], discount=Decimal("0.95"), tracking="air"),
    Deal("ho6-CO1", "CO", dt.date(2026, 3, 2), 10, "OC-2026-00734",
         {"q": "Q-2026-01204", "pi": "PF-2026-0188", "ctr": "NW-CS-CO-26-07", "inv": "INV-NW-10518",
          "pay": "TRF-884120-26", "bl": awb("932", 4108853), "claim": "RC-2026-044"}, [
        S("enquiry", "partner", "Solicitud de cotización - repuestos línea de empaque",
          "Buenos días, Anna:\n\nEstamos programando el mantenimiento de la línea de empaque de arepas y "
          "necesitamos cotización CIP Bogotá, por vía aérea, de los siguientes ítems:\n\n{needs}\n\n¿Nos podría "
          "indicar también el tiempo de entrega y la forma de pago?\n\nMuchas gracias.\n\n"),
        S("quote", "us", None,
          "Estimado Andrés Felipe:\n\ngracias por su solicitud. Adjunto la cotización {q}; despachamos por vía "
          "aérea en unas tres semanas. Con clientes nuevos trabajamos con un 30 % de anticipo y el saldo a 60 días."
          "\n\nCordial saludo,\n", docs=(("quotation", "pdf"),), gap=1),
        S("order", "partner", None,
          "Anna, buenas tardes:\n\nAprobamos la cotización {q}. Adjunto nuestra orden de compra {po} en Excel y en "
          "PDF. Quedamos atentos a la factura proforma para girar el anticipo.\n\n",
          docs=(("purchase_order", "xlsx"), ("purchase_order", "pdf")), gap=5),
        S("order", "us", None,
          "Estimado Andrés Felipe:\n\nmuchas gracias por la orden {po}. Adjunto la factura proforma {pi} por el "
          "anticipo del 30 % y el contrato de compraventa {ctr} para firma de su representante legal.\n\n"
          "Cordial saludo,\n", docs=(("proforma_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("payment", "partner", None,
          "Anna:\n\nYa giramos el anticipo de la proforma {pi} ({paid}). Adjunto el comprobante de la "
          "transferencia que genera el banco.\n\n", docs=(("payment_advice", "pdf"),), gap=4),
        S("contract", "partner", "Contrato {ctr} firmado - OC {po}",
          "Buenos días, Anna:\n\nAdjunto el contrato {ctr} firmado por nuestra representante legal, Luz Marina "
          "Castaño, para la orden de compra {po}.\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True,
          gap=2),
        S("order", "us", "Factura comercial {inv} - OC {po}",
          "Estimado Andrés Felipe:\n\nla mercancía de su orden {po} está lista. Adjunto la factura comercial "
          "{inv}; el saldo vence a 60 días de la fecha de factura.\n\nCordial saludo,\n",
          docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=14),
        S("shipping", "us", None,
          "Estimado Andrés Felipe:\n\nsu pedido {po} sale hoy en vuelo hacia Bogotá; adjunto la guía aérea {bl}."
          "\n\nCordial saludo,\n", docs=(("bill_of_lading", "pdf"),), gap=2),
        S("receipt", "partner", None,
          "Anna, recibimos hoy la carga en la bodega. Mañana el equipo de mantenimiento revisa las piezas.\n\n",
          gap=4),
        S("claim", "partner", "Reclamo {claim} - OC {po}: termocuplas con la vaina doblada",
          "Buenos días, Anna:\n\nAl revisar la mercancía de la OC {po} encontramos dos termocuplas con la vaina "
          "doblada; no se pueden instalar. Registramos el reclamo {claim}. Por favor indíquenos cómo procedemos con "
          "el cambio.\n\n", new_thread=True, gap=3),
    ], deposit=True, tracking="air"),
    Deal("ho6-CI1", "CI", dt.date(2026, 4, 6), 8, "BC-ICP-2026-0219",
         {"q": "Q-2026-01263", "ctr": "NW-CV-CI-26-11", "inv": "INV-NW-10603"}, [
        S("enquiry", "partner", "Demande de cotation - pièces pour la ligne de broyage",
          "Bonjour Madame Keller,\n\nNous préparons l'arrêt technique de notre ligne de broyage de fèves prévu en "
          "juin. Merci de nous faire parvenir votre meilleure offre CIF Abidjan pour les articles suivants :\n\n"
          "{needs}\n\nMerci de préciser le délai de livraison et la durée de validité de l'offre.\n\n"),
        S("quote", "us", None,
          "Madame Kouassi,\n\nmerci pour votre demande. Vous trouverez ci-joint notre offre {q}, valable 45 jours ; "
          "expédition sous quatre semaines, puis environ trois semaines de mer jusqu'à Abidjan.\n\n"
          "Bien cordialement,\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Madame Keller,\n\nNous avons bien reçu l'offre {q}. Pourriez-vous revoir le prix des vannes papillon ? "
          "Un autre fournisseur nous les propose environ 10 % moins cher. Un paiement à 45 jours serait-il "
          "possible ?\n\n", gap=3),
        S("quote", "us", None,
          "Madame Kouassi,\n\nle prix des vannes de l'offre {q} est déjà calculé au plus juste et nous ne pouvons "
          "pas le baisser. Le paiement à 45 jours date de facture nous convient en revanche.\n\n"
          "Bien cordialement,\n", gap=1),
        S("order", "partner", None,
          "Madame Keller,\n\nNotre logiciel d'achats est indisponible cette semaine ; je vous passe donc la "
          "commande directement dans ce message, aux conditions de l'offre {q} :\n\n{order_block}\n\nMerci de nous "
          "adresser le contrat de vente pour signature.\n\n", body_order=True, gap=4),
        S("contract", "us", None,
          "Madame Kouassi,\n\nmerci pour votre commande {po}. Veuillez trouver ci-joint le contrat de vente {ctr} "
          "à nous retourner signé.\n\nBien cordialement,\n", docs=(("contract", "docx"),), signed=False, gap=1),
        S("contract", "partner", "Contrat de vente {ctr} signé - commande {po}",
          "Madame Keller,\n\nCi-joint le contrat {ctr} signé pour notre commande {po}. Merci de nous transmettre "
          "la facture pour que nous puissions préparer le règlement.\n\n", docs=(("contract", "pdf"),), signed=True,
          new_thread=True, gap=5),
        S("order", "us", "Facture {inv} - votre commande {po}",
          "Madame Kouassi,\n\nla marchandise de votre commande {po} est prête à être embarquée. Vous trouverez "
          "ci-joint notre facture {inv}, payable à 45 jours.\n\nBien cordialement,\n",
          docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=12),
        S("shipping", "us", None,
          "Madame Kouassi,\n\nvotre commande {po} a été chargée aujourd'hui à Southampton dans le conteneur "
          "{track} ; arrivée prévue à Abidjan dans trois semaines environ. Les originaux partent par courrier "
          "express.\n\nBien cordialement,\n", gap=3),
    ]),
    Deal("ho6-CZ1", "CZ", dt.date(2026, 5, 4), 12, "OBJ-2026-0412",
         {"q": "Q-2026-01302", "ctr": "NW-CS-CZ-26-14", "inv": "INV-NW-10677", "claim": "REK-26-031",
          "ir": "8D-26-031"}, [
        S("enquiry", "partner", "Anfrage Hydraulikkomponenten - Bedarf 3. Quartal",
          "Sehr geehrte Frau Keller,\n\nfür unsere Serienfertigung von Hydraulikaggregaten bitten wir um Ihr "
          "Angebot, Lieferbedingung DAP Jihlava:\n\n{needs}\n\nBitte nennen Sie uns auch die Lieferzeit ab "
          "Auftragseingang.\n\n"),
        S("quote", "us", None,
          "Sehr geehrte Frau Procházková,\n\nvielen Dank für Ihre Anfrage. Unser Angebot {q} finden Sie im Anhang; "
          "die Lieferzeit beträgt etwa drei Wochen ab Auftrag, Versand per Lkw.\n\nMit freundlichen Grüßen\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Sehr geehrte Frau Keller,\n\nauf Basis Ihres Angebots {q} bestellen wir gemäß beiliegender Bestellung "
          "{po} (Word und PDF). Bitte bestätigen Sie uns den Liefertermin.\n\n",
          docs=(("purchase_order", "docx"), ("purchase_order", "pdf")), gap=6),
        S("order", "us", None,
          "Sehr geehrte Frau Procházková,\n\nbesten Dank für die Bestellung {po}; Liefertermin ist KW 23. Anbei "
          "unsere Rechnung {inv}. Den Kaufvertrag schicken wir Ihnen, sobald unsere Rechtsabteilung ihn "
          "freigegeben hat.\n\nMit freundlichen Grüßen\n", docs=(("commercial_invoice", "pdf"),), gap=1),
        S("contract", "us", None,
          "Sehr geehrte Frau Procházková,\n\nwie angekündigt erhalten Sie den Kaufvertrag {ctr} zur Bestellung "
          "{po}. Bitte lassen Sie ihn unterschreiben und senden Sie uns ein Exemplar zurück.\n\n"
          "Mit freundlichen Grüßen\n", docs=(("contract", "docx"),), signed=False, gap=4),
        S("shipping", "us", None,
          "Sehr geehrte Frau Procházková,\n\nIhre Ware zur Bestellung {po} wurde heute verladen, Sendungsnummer "
          "{track}. Die Zustellung erfolgt voraussichtlich übermorgen.\n\nMit freundlichen Grüßen\n", gap=10),
        S("contract", "partner", "Kaufvertrag {ctr} unterschrieben - Bestellung {po}",
          "Sehr geehrte Frau Keller,\n\nim Anhang der von unserem Geschäftsführer unterschriebene Kaufvertrag "
          "{ctr} zur Bestellung {po}. Entschuldigen Sie bitte die Verspätung.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=1),
        S("receipt", "partner", None,
          "Sehr geehrte Frau Keller,\n\ndie Lieferung ist heute vollständig eingetroffen. Die "
          "Wareneingangsprüfung läuft noch.\n\n", gap=1),
        S("claim", "partner", "Reklamation {claim} - Bestellung {po}: undichte Druckbegrenzungsventile",
          "Sehr geehrte Frau Keller,\n\nbei der Endprüfung unserer Aggregate waren vier Druckbegrenzungsventile aus "
          "der Bestellung {po} undicht (Leckage am Ventilsitz bei 180 bar). Wir haben die Reklamation {claim} "
          "eröffnet; anbei unser 8D-Bericht {ir} mit D1 bis D3. Bitte ergänzen Sie D4 bis D8 innerhalb von zehn "
          "Arbeitstagen.\n\n", docs=(("inspection_report", "docx"),), new_thread=True, gap=12),
        S("claim", "us", None,
          "Sehr geehrte Frau Procházková,\n\ndas tut uns leid. Wir schicken Ihnen heute vier Ersatzventile per "
          "Express und lassen die undichten Teile abholen. Den 8D-Bericht {ir} erhalten Sie bis Ende nächster "
          "Woche vollständig zurück.\n\nMit freundlichen Grüßen\n", gap=1),
    ], tracking="road"),
    Deal("ho6-MY1", "MY", dt.date(2026, 6, 1), 9, "PPM-PO-2606-118",
         {"q": "Q-2026-01355", "pi": "PF-2026-0231", "ctr": "NW-CS-MY-26-17", "inv": "INV-NW-10742",
          "pay": "SMB-TT-26-055218"}, [
        S("enquiry", "partner", "询价：滚珠丝杆及伺服电机 / RFQ ball screws and servo motors",
          "Anna 您好，\n\n我司新一批 CNC 设备需要以下零件，请报 CFR Penang 美元价格：\n\n{needs}\n\n请注明交货期及"
          "付款方式。谢谢！\n\n"),
        S("quote", "us", None,
          "Dear Mr. Lim,\n\nthank you for your enquiry. Our quote {q} is attached and valid for 45 days. Delivery is "
          "about five weeks after we receive your deposit.\n\nKind regards,\n", docs=(("quotation", "pdf"),), gap=1),
        S("negotiation", "partner", None,
          "Anna 您好，\n\n报价单 {q} 已收到。伺服电机价格偏高，能否给 5% 折扣？如果可以，我们本周内下单。\n\n", gap=2),
        S("negotiation", "us", None,
          "Dear Mr. Lim,\n\nwe can give 4 % on all lines of {q} if the order comes this week. Terms stay T/T 30 % "
          "deposit, balance before shipment.\n\nKind regards,\n", gap=1),
        S("order", "partner", None,
          "Anna 您好，\n\n附件是我司采购单 {po}，价格按报价单 {q} 优惠 4%。请尽快发形式发票，我们安排订金。\n\n",
          docs=(("purchase_order", "pdf"),), gap=2),
        S("order", "us", "Proforma invoice {pi} for your PO {po}",
          "Dear Mr. Lim,\n\nthank you for PO {po}. Attached are proforma invoice {pi} for the 30 % deposit and our "
          "sales contract {ctr}; please sign and return the contract.\n\nKind regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "docx")), signed=False, new_thread=True, gap=1),
        S("payment", "partner", None,
          "Anna 您好，\n\n30% 订金已于今日汇出（{paid}），银行水单见附件。\n\n", docs=(("payment_advice", "pdf"),), gap=3),
        S("contract", "partner", "已签合同 Signed contract {ctr} - PO {po}",
          "Anna 您好，\n\n合同 {ctr} 已由我司董事签字，请查收。对应采购单 {po}。\n\n", docs=(("contract", "pdf"),),
          signed=True, new_thread=True, gap=2),
        S("order", "us", "Commercial invoice {inv} - PO {po}, balance due before shipment",
          "Dear Mr. Lim,\n\nthe goods for PO {po} are ready. Attached is our commercial invoice {inv}; please remit "
          "the balance so that we can book the vessel.\n\nKind regards,\n", docs=(("commercial_invoice", "pdf"),),
          new_thread=True, gap=20),
    ], discount=Decimal("0.96"), deposit=True),
    Deal("ho6-SE2", "SE", dt.date(2026, 9, 7), 6, "LS-INK-26-0377",
         {"ctr": "NW-CS-SE-26-21", "inv": "INV-NW-10881"}, [
        S("order", "partner", "Repeat order {po} - saw blades and sensors",
          "Hi Anna,\n\nSame parts as in the spring, new quantities. PO {po} is attached. Prices as in our last "
          "contract, please.\n\n", docs=(("purchase_order", "pdf"),)),
        S("order", "us", None,
          "Hi Elin,\n\nthank you for the repeat order {po}. Invoice {inv} and the contract of sale {ctr} for "
          "signature are attached.\n\nBest regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("order", "partner", "Order {po} - signed contract and full document set",
          "Hi Anna,\n\nOur auditors want every order filed with its complete set, so here it is in one mail: our PO "
          "{po}, your invoice {inv} and contract {ctr}, now signed by Magnus. Could you ship by road this time? No "
          "hurry.\n\n", docs=(("purchase_order", "pdf"), ("commercial_invoice", "pdf"), ("contract", "pdf")),
          signed=True, new_thread=True, gap=2),
    ]),
]
