"""The third holdout's deal scripts, with the words each side writes (new wording, not dev/dev2/dev3's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.corpus.dev4_gen.world import Deal, Step


def S(stage: str, by: str, subject: str | None, body: str, **kw: object) -> Step:
    return Step(stage, by, (subject, body), **kw)  # type: ignore[arg-type]


DEALS = [
    Deal("ho3-Q1", "Q", dt.date(2026, 1, 26), 26, "OA-26-00147",
         {"q": "QU-0412", "ctr": "NW-SA-26-031", "inv": "INV-20417", "pay": "PAY-0026-00388",
          "bl": "SWB-SOU-558201", "claim": "NC-26-019", "ir": "IQ-26-0233"}, [
        S("enquiry", "partner", "Request for offer – spare parts for line 4 retrofit",
          "Good morning Ms Keller,\n\nwe are retrofitting assembly line 4 in our Monza plant and would like to "
          "receive your best offer for the items below, delivery FCA Southampton:\n\n{needs}\n\nCould you also "
          "state the lead time for the servo motors? We would need everything by end of March.\n\nThank you in "
          "advance.\n\n"),
        S("quote", "us", None,
          "Dear Giulia,\n\nthank you for the enquiry. Please find our quote {q} attached; all items are "
          "available within 5-6 weeks, the servo motors within 4 weeks.\n\nKind regards,\n", docs=(("quotation", "pdf"),),
          gap=2),
        S("negotiation", "partner", None,
          "Dear Anna,\n\nthank you for quote {q}. Compared with our last purchase the gearboxes are quite high. "
          "If you can reduce the whole offer by 5% we are ready to place the order this month.\n\n", gap=3),
        S("negotiation", "us", None,
          "Dear Giulia,\n\nwe can meet you half way: 4% off all positions of {q}, terms unchanged. I will "
          "prepare the supply agreement on that basis.\n\nBest regards,\n", gap=1),
        S("contract", "us", None,
          "Dear Giulia,\n\nas agreed, attached is the draft supply agreement {ctr} with the reduced prices. "
          "Please have it signed and return it together with your purchase order.\n\nBest regards,\n",
          docs=(("contract", "docx"),), signed=False, gap=2),
        S("order", "partner", None,
          "Dear Anna,\n\nplease find attached our order {po} and the agreement {ctr} signed by our managing "
          "director. Kindly confirm receipt and the shipping date.\n\n",
          docs=(("purchase_order", "pdf"), ("contract", "pdf")), signed=True, gap=4),
        S("order", "us", "Invoice {inv} – your order {po}",
          "Dear Giulia,\n\nplease find our invoice {inv} for your order {po} attached. Total due: {total}.\n\n"
          "Kind regards,\n", docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=1),
        S("payment", "partner", None,
          "Dear Anna,\n\nfor your information, payment of invoice {inv} has been released today, see the "
          "remittance advice attached ({paid}).\n\n", docs=(("payment_advice", "pdf"),), gap=7),
        S("production", "us", None,
          "Dear Giulia,\n\nshort update on {po}: the gearboxes and rails are finished, the encoders are being "
          "tested this week. We expect to hand over to your forwarder in about ten days.\n\nKind regards,\n",
          gap=9),
        S("shipping", "us", None,
          "Dear Giulia,\n\nthe goods for {po} were loaded today. The sea waybill is attached; container "
          "{track}.\n\nKind regards,\n", docs=(("bill_of_lading", "pdf"),), gap=10),
        S("receipt", "partner", None,
          "Dear Anna,\n\nthe container arrived at our warehouse this morning and unloading is complete. "
          "Thank you.\n\n", gap=21),
        S("claim", "partner", "Non-conformity {claim} – order {po}",
          "Dear Anna,\n\nduring incoming inspection for order {po} we found that 3 of the bellows couplings have "
          "a bore of 19 mm instead of 24 mm. We opened non-conformity report {claim}. Please arrange "
          "replacement parts by air at your cost and tell us how to return the wrong ones. Our inspection report "
          "{ir} is attached.\n\n", docs=(("inspection_report", "pdf"),), new_thread=True, gap=6),
    ], discount=Decimal("0.96")),
    Deal("ho3-R1", "R", dt.date(2026, 2, 9), 10, "OC-2026-00318",
         {"q": "QU-0428", "ctr": "NW-SA-26-037", "inv": "INV-20466", "pay": "TRF-260331-0092",
          "sn": "SADV-26-0144"}, [
        S("enquiry", "partner", "Solicitud de cotización – herramientas de corte",
          "Buenas tardes Sra. Keller:\n\nle escribo de parte de Maquinados del Bajío. Le solicito cotización "
          "CIF Manzanillo de lo siguiente:\n\n{needs}\n\nAgradeceré nos indique también el tiempo de entrega.\n\n"),
        S("quote", "us", None,
          "Estimado Alejandro:\n\nmuchas gracias por su solicitud. Le adjunto nuestra cotización {q}; el plazo de "
          "entrega es de cuatro semanas a partir del pedido.\n\nSaludos cordiales,\n",
          docs=(("quotation", "pdf"),), gap=1),
        S("order", "partner", None,
          "Anna, buen día:\n\nadjunto la orden de compra {po} conforme a su cotización {q}. Por favor "
          "confírmenos la fecha de embarque.\n\n", docs=(("purchase_order", "pdf"),), gap=5),
        S("order", "us", None,
          "Estimado Alejandro:\n\ngracias por su orden {po}. Le envío la factura {inv} y, por separado, el "
          "contrato de suministro para su firma.\n\nSaludos cordiales,\n",
          docs=(("commercial_invoice", "pdf"),), gap=1),
        S("contract", "partner", "Contrato firmado {ctr} / OC {po}",
          "Anna:\n\nte devuelvo firmado el contrato {ctr} correspondiente a nuestra OC {po}.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=4),
        S("payment", "partner", "Aviso de pago factura {inv}",
          "Buen día Anna:\n\nte comparto el aviso de pago de la factura {inv} por {paid}.\n\n",
          docs=(("payment_advice", "xlsx"),), new_thread=True, gap=12),
        S("shipping", "us", None,
          "Estimado Alejandro:\n\nsu pedido {po} salió hoy de Southampton; adjunto el aviso de embarque. "
          "Contenedor: {track}.\n\nSaludos cordiales,\n", docs=(("shipping_notice", "pdf"),), gap=6),
    ]),
    Deal("ho3-S1", "S", dt.date(2026, 3, 16), 8, "HY-PO-260417",
         {"q": "QU-0455", "pi": "PI-26-0071", "ctr": "NW-SA-26-044", "inv": "INV-20521",
          "pay": "TT-0417-2026", "bl": "SWB-SOU-559087"}, [
        S("enquiry", "partner", "詢價 Enquiry: hydraulic pumps and valves",
          "Dear Anna,\n\n您好！我們需要以下液壓零件的報價，請報 CIF Keelung：\nWe need a quotation for the following "
          "hydraulic parts, CIF Keelung:\n\n{needs}\n\n請告知交期。Please advise the lead time.\n\nThanks & "
          "best regards,\n"),
        S("quote", "us", None,
          "Dear Mei-Ling,\n\nthank you for your enquiry. Our quotation {q} is attached. Lead time is 6 weeks "
          "after deposit.\n\nBest regards,\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Dear Anna,\n\n謝謝報價。數量較大，可否再給 3% 折扣？\nThanks for the quotation {q}. As the quantity is "
          "large, could you give us another 3% discount?\n\n", gap=2),
        S("contract", "us", None,
          "Dear Mei-Ling,\n\nagreed, 3% off. Attached are the agreement {ctr} for signature and our pro-forma "
          "invoice {pi} for the 30% deposit.\n\nBest regards,\n",
          docs=(("contract", "pdf"), ("proforma_invoice", "pdf")), signed=False, gap=2),
        S("contract", "partner", None,
          "Dear Anna,\n\n合約已簽回，請查收。Please find the signed agreement {ctr} attached.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=3),
        S("order", "partner", "採購單 P/O {po}",
          "Dear Anna,\n\n附件為本公司採購單 {po}（Excel 及 PDF）。\nAttached is our purchase order {po} in Excel "
          "and PDF, based on agreement {ctr}.\n\n",
          docs=(("purchase_order", "xlsx"), ("purchase_order", "pdf")), new_thread=True, gap=1),
        S("order", "us", "Commercial invoice {inv} for P/O {po}",
          "Dear Mei-Ling,\n\nattached is commercial invoice {inv} for your P/O {po}.\n\nBest regards,\n",
          docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=2),
        S("payment", "partner", None,
          "Dear Anna,\n\n訂金已匯出，匯款通知如附件。\nThe 30% deposit has been remitted today, advice "
          "attached ({paid}).\n\n", docs=(("payment_advice", "pdf"),), gap=3),
        S("production", "us", None,
          "Dear Mei-Ling,\n\nwe received your deposit, thank you. Production of {po} has started; the pumps will "
          "be tested on our bench in week 19.\n\nBest regards,\n", gap=2),
        S("shipping", "us", None,
          "Dear Mei-Ling,\n\n{po} is on board. Sea waybill attached, container(s): {track}. Please arrange the "
          "balance payment within 60 days after the waybill date.\n\nBest regards,\n",
          docs=(("bill_of_lading", "pdf"),), gap=30),
    ], discount=Decimal("0.97"), deposit=True),
    Deal("ho3-T1", "T", dt.date(2026, 4, 20), 5, "RA-BE-26-0091",
         {"inv": "INV-20588", "ctr": "NW-SA-26-052", "sn": "SADV-26-0172", "claim": "RA-RK-26-004"}, [
        S("order", "partner", "Bestellung {po}",
          "Guten Tag Frau Keller\n\nGerne bestellen wir wie telefonisch besprochen:\n\n{order_block}\n\n"
          "Bitte senden Sie uns eine Auftragsbestätigung.\n\n", body_order=True),
        S("order", "us", None,
          "Sehr geehrter Herr Baumgartner\n\nvielen Dank für Ihre Bestellung {po}. Anbei unsere Rechnung {inv} "
          "mit QR-Zahlteil. Den Liefervertrag senden wir Ihnen separat.\n\nFreundliche Grüsse\n",
          docs=(("commercial_invoice", "pdf"),), gap=1),
        S("contract", "partner", "Liefervertrag {ctr} unterzeichnet – Bestellung {po}",
          "Guten Tag Frau Keller\n\nIm Anhang der unterzeichnete Liefervertrag {ctr} zu unserer Bestellung "
          "{po}.\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=3),
        S("shipping", "us", None,
          "Sehr geehrter Herr Baumgartner\n\nIhre Bestellung {po} wurde heute im Container {track} verladen "
          "(Seefracht bis Rotterdam, danach Bahn bis Winterthur). Die Versandanzeige liegt bei.\n\nFreundliche Grüsse\n",
          docs=(("shipping_notice", "pdf"),), gap=8),
        S("receipt", "partner", None,
          "Guten Tag Frau Keller\n\nDie Ware ist heute vollständig bei uns eingetroffen. Besten Dank.\n\n", gap=5),
        S("claim", "partner", "Reklamation {claim} zu Bestellung {po}",
          "Guten Tag Frau Keller\n\nBei der Montage haben wir festgestellt, dass zwei Wellen Ø25 mm nicht im "
          "Toleranzfeld h6 liegen (gemessen 25,018 mm). Wir bitten um Ersatz; unsere Reklamationsnummer lautet "
          "{claim}.\n\n", new_thread=True, gap=9),
    ]),
    Deal("ho3-U1", "U", dt.date(2026, 5, 11), 6, "BC-26-0533",
         {"q": "QU-0487", "ctr": "NW-SA-26-058", "inv": "INV-20614"}, [
        S("enquiry", "partner", "Demande de prix – roulements et paliers",
          "Bonjour Madame Keller,\n\npourriez-vous nous faire parvenir votre meilleur prix, livraison CPT "
          "Montréal, pour :\n\n{needs}\n\nMerci!\n\n"),
        S("quote", "us", None,
          "Bonjour Marc-André,\n\nmerci de votre demande. Vous trouverez ci-joint notre devis {q}.\n\n"
          "Cordialement,\n", docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Bonjour Anna,\n\nc'est bon pour nous. Ci-joint notre bon de commande {po} ainsi que l'entente "
          "{ctr} signée.\n\n", docs=(("purchase_order", "pdf"), ("contract", "pdf")), signed=True, gap=6),
        S("order", "us", None,
          "Bonjour Marc-André,\n\nmerci pour la commande {po}. Voici notre facture {inv}.\n\nCordialement,\n",
          docs=(("commercial_invoice", "pdf"),), gap=1),
        S("receipt", "partner", None,
          "Bonjour Anna,\n\nbien reçu la marchandise ce matin, tout est conforme.\n\n", gap=19),
    ], tracking="ups"),
    Deal("ho3-V1", "V", dt.date(2026, 6, 8), 12, "PO/2026/06/0214",
         {"ctr": "NW-SA-26-063", "inv": "INV-20659"}, [
        S("order", "colleague", "Purchase order {po} – Wisła Automatyka",
          "Dear Tom,\n\nas discussed at the fair in Hannover, please find attached our purchase order {po} (PDF "
          "and Word). Please confirm the delivery date.\n\n",
          docs=(("purchase_order", "pdf"), ("purchase_order", "docx")), forward=True),
        S("contract", "partner", "Signed agreement {ctr} for order {po}",
          "Hello Anna,\n\nattached is the supply agreement {ctr} for our order {po}, signed on our side.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=3),
        S("order", "us", "Invoice {inv} / PO {po}",
          "Dear Tomasz,\n\nplease find invoice {inv} for your order {po} attached.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=1),
    ]),
    Deal("ho3-V2", "V", dt.date(2026, 7, 13), 4, "PO/2026/07/0288",
         {"ctr": "NW-SA-26-071", "inv": "INV-20702"}, [
        S("order", "partner", "Repeat order {po} – complete document set",
          "Hello Anna,\n\nas agreed by phone, here is the complete set for the repeat order so that our "
          "finance department can book it in one go:\n- our purchase order {po}\n- the supply agreement {ctr}, "
          "signed on our side\n- your invoice {inv} (received in advance by post)\n\nPlease ship as soon as "
          "possible.\n\n", docs=(("purchase_order", "pdf"), ("contract", "pdf"), ("commercial_invoice", "pdf")),
          signed=True),
        S("production", "us", None,
          "Dear Tomasz,\n\nthank you, the set for {po} is complete on our side as well. The relays are in stock; "
          "the power supplies will be ready on Friday and the parcel leaves on Monday.\n\nKind regards,\n", gap=1),
    ]),
]
