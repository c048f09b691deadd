"""The seventh holdout's deal scripts, with the words each side writes (new wording, not dev-dev7's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    Deal("ho7-HU1", "HU", dt.date(2026, 3, 9), 14, "4500021187",
         {"q": "NW-Q-26-0611", "ctr": "NW-SA-26-0142", "inv": "NWI-26-3307", "claim": "200004417"}, [
        S("enquiry", "partner", "Preisanfrage Montagelinie 7 – Pneumatik und Sensorik",
          "Guten Tag Frau Keller,\n\nwir bauen im Sommer unsere Montagelinie 7 um und holen dafür Angebote ein. "
          "Könnten Sie uns bitte Preise und Lieferzeit für folgende Teile nennen (Lieferung DAP Győr)?\n\n{needs}\n\n"
          "Ein Angebot bis Ende nächster Woche wäre ideal.\n\n"),
        S("quote", "us", None,
          "Sehr geehrte Frau Horváth,\n\nbesten Dank für Ihre Anfrage. Im Anhang erhalten Sie unser Angebot {q}, "
          "gültig 60 Tage. Die Expressfertigung ist als Option aufgeführt, falls der Umbau vorgezogen wird.\n\n"
          "Freundliche Grüße\n", docs=(("quotation", "pdf"),), gap=3),
        S("negotiation", "partner", None,
          "Hallo Frau Keller,\n\ndanke für das Angebot {q}. Technisch passt alles, preislich liegen Sie bei den "
          "Zylindern aber über einem Wettbewerber. Bei der Menge hatten wir auf einen Nachlass von 5 % gehofft – "
          "was ist möglich?\n\n", gap=4),
        S("negotiation", "us", None,
          "Sehr geehrte Frau Horváth,\n\nwir haben nachgerechnet: 3 % auf alle Positionen des Angebots {q} können wir "
          "Ihnen einräumen, Lieferung bleibt DAP Győr. Mehr ist bei den aktuellen Materialpreisen leider nicht "
          "drin.\n\nFreundliche Grüße\n", gap=1),
        S("order", "partner", None,
          "Hallo Frau Keller,\n\neinverstanden. Anbei unsere Bestellung {po} über SAP, einmal als Word-Datei und "
          "einmal als PDF (die 3 % sind eingerechnet). Bitte schicken Sie uns eine Auftragsbestätigung bzw. den "
          "Vertrag.\n\n", docs=(("purchase_order", "docx"), ("purchase_order", "pdf")), gap=2),
        S("contract", "us", None,
          "Sehr geehrte Frau Horváth,\n\nvielen Dank für Ihre Bestellung {po}. Den Kaufvertrag {ctr} haben wir "
          "Ihnen zusätzlich über unseren Signaturdienst geschickt; die PDF-Fassung liegt zur Ansicht bei.\n\n"
          "Freundliche Grüße\n", docs=(("contract", "pdf"),), signed=False, gap=1),
        S("order", "us", "Rechnung {inv} zu Ihrer Bestellung {po}",
          "Sehr geehrte Frau Horváth,\n\ndie Ware für Bestellung {po} ist kommissioniert. Anbei unsere Rechnung "
          "{inv} über {total}.\n\nFreundliche Grüße\n", docs=(("commercial_invoice", "pdf"),), new_thread=True,
          gap=9),
        S("contract", "partner", "Unterzeichneter Kaufvertrag {ctr} / Bestellung {po}",
          "Hallo Frau Keller,\n\nunser Geschäftsführer hat den Kaufvertrag {ctr} heute elektronisch "
          "unterschrieben, die signierte Fassung hängt an. Damit ist auch die Bestellung {po} freigegeben.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=1),
        S("production", "us", None,
          "Sehr geehrte Frau Horváth,\n\nkurzer Zwischenstand zu Bestellung {po}: Zylinder und Ventile sind "
          "montiert und geprüft, die Drehmomentabstützungen kommen Ende der Woche aus der Lackiererei. Versand ist "
          "für Anfang nächster Woche geplant.\n\nFreundliche Grüße\n", gap=3),
        S("shipping", "us", None,
          "Sehr geehrte Frau Horváth,\n\nIhre Lieferung zur Bestellung {po} wurde heute von der Spedition abgeholt. "
          "Die Sendungsnummer lautet {track}; Zustellung in Győr voraussichtlich am Donnerstag.\n\n"
          "Freundliche Grüße\n", gap=2),
        S("receipt", "partner", None,
          "Hallo Frau Keller,\n\nkurze Info: die Ware ist da und im Wareneingang gebucht. Danke!\n\n", gap=3),
        S("claim", "partner", "Mängelrüge – Q-Meldung {claim} zu Bestellung {po}",
          "Sehr geehrte Frau Keller,\n\nbei der Inbetriebnahme der Linie 7 sind uns drei Magnetventile mit defekter "
          "Spule aufgefallen (Ventil schaltet nicht, Spule wird heiß). Wir haben dazu die Q-Meldung {claim} "
          "angelegt. Bitte senden Sie uns kurzfristig Ersatz und teilen Sie uns mit, ob wir die defekten Teile "
          "zurückschicken sollen.\n\n", new_thread=True, gap=8),
        S("claim", "us", None,
          "Sehr geehrte Frau Horváth,\n\ndas ist ärgerlich, entschuldigen Sie bitte. Drei Ersatzventile gehen morgen "
          "per Kurier an Sie; die defekten Ventile holt der Kurier bei der Zustellung gleich ab. Den Prüfbericht "
          "bekommen Sie innerhalb von zwei Wochen.\n\nFreundliche Grüße\n", gap=1),
    ], discount=Decimal("0.97"), tracking="road"),
    Deal("ho7-PT1", "PT", dt.date(2026, 4, 13), 12, "ENC-2026-0318",
         {"q": "NW-Q-26-0688", "ctr": "NW-SA-26-0157", "inv": "NWI-26-3391", "pay": "OP-2026-884107"}, [
        S("enquiry", "partner", "Petición de oferta – recambios para tricotosas circulares",
          "Buenos días, Anna:\n\nSomos fabricantes de tejido de punto en Barcelos (Portugal) y nos ha dado su "
          "contacto un colega del sector. Necesitamos oferta para los recambios siguientes, con entrega DAP "
          "Barcelos:\n\n{needs}\n\n¿Podrían indicarnos también el plazo de entrega? Gracias de antemano.\n\n"),
        S("quote", "us", None,
          "Estimada Inês:\n\nmuchas gracias por contactarnos. Le adjunto nuestra oferta {q}, válida 60 días. El "
          "plazo habitual es de cuatro a cinco semanas; las agujas las tenemos en stock. Va también en Word por si "
          "quieren copiar las referencias a su sistema.\n\nUn cordial saludo,\n",
          docs=(("quotation", "pdf"), ("quotation", "docx")), gap=2),
        S("order", "partner", None,
          "Hola Anna:\n\nHemos revisado la oferta {q} y la aceptamos tal cual. Le envío el pedido {po} en Excel "
          "y en PDF. Les agradecería que las agujas salieran cuanto antes, aunque sea en un envío aparte.\n\n",
          docs=(("purchase_order", "xlsx"), ("purchase_order", "pdf")), gap=6),
        S("order", "us", None,
          "Estimada Inês:\n\ngracias por el pedido {po}. Le adjunto la factura {inv} y el contrato de compraventa "
          "{ctr}; le ruego que nos lo devuelva firmado. Enviamos todo junto la semana que viene por camión.\n\n"
          "Un cordial saludo,\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Contrato firmado {ctr} – pedido {po}",
          "Hola Anna:\n\nAdjunto el contrato {ctr} firmado por nuestro administrador, Rui Pedro Azevedo. "
          "Corresponde a nuestro pedido {po}.\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True,
          gap=3),
        S("shipping", "us", None,
          "Estimada Inês:\n\nsu pedido {po} ha salido hoy de Southampton por camión; número de seguimiento {track}. "
          "Llegada prevista a Barcelos en cuatro días laborables.\n\nUn cordial saludo,\n", gap=2),
        S("receipt", "partner", None,
          "Hola Anna:\n\nHa llegado el camión esta mañana. Todo correcto, gracias por la rapidez.\n\n", gap=5),
        S("payment", "partner", "Pago de la factura {inv}",
          "Buenas tardes, Anna:\n\nLe informo de que hoy hemos transferido el importe de la factura {inv} "
          "({paid}). Le adjunto el justificante del banco.\n\n", docs=(("payment_advice", "pdf"),),
          new_thread=True, gap=30),
    ], tracking="road"),
    Deal("ho7-JP1", "JP", dt.date(2026, 5, 11), 10, "KSK-PO-26-0391",
         {"q": "NW-Q-26-0745", "pi": "NW-PF-26-0093", "ctr": "NW-SA-26-0171", "inv": "NWI-26-3468",
          "pay": "NCB-OT-2606-00417", "sn": "IFS-26-SOU-04418"}, [
        S("enquiry", "partner", "Inquiry: spare parts for machining centres (our ref. KSK-INQ-118)",
          "Dear Ms. Keller,\n\nWe are a manufacturer of machine tools in Higashiosaka. We would like to ask your "
          "best price for the following items, CIF Osaka:\n\n{needs}\n\nWe would also appreciate your information "
          "on delivery time and payment conditions.\n\nThank you for your kind attention.\n\n"),
        S("quote", "us", None,
          "Dear Mr. Watanabe,\n\nthank you very much for your inquiry. Please find our quotation {q} attached. "
          "For a first order we ask for 30 % in advance and the balance against a copy of the B/L.\n\n"
          "Kind regards,\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Dear Ms. Keller,\n\nThank you for your quotation {q}. We have studied it carefully. To be honest, the "
          "price of the coolant pumps is higher than our budget. Could you kindly consider a 5% reduction? If "
          "possible, we would also like shipment within five weeks.\n\n", gap=3),
        S("quote", "us", None,
          "Dear Mr. Watanabe,\n\nwe can reduce all prices of quotation {q} by 3 % and ship within five weeks of "
          "receiving the advance. I hope this allows you to go ahead.\n\nKind regards,\n", gap=1),
        S("order", "partner", None,
          "Dear Ms. Keller,\n\nThank you for your kind consideration. We are pleased to send you our purchase "
          "order {po} (letter attached), at the reduced prices. Please send your proforma invoice and sales "
          "contract.\n\n", docs=(("purchase_order", "pdf"),), gap=2),
        S("order", "us", "Proforma invoice {pi} and sales agreement {ctr} – your P.O. {po}",
          "Dear Mr. Watanabe,\n\nmany thanks for order {po}. Attached are proforma invoice {pi} (30 % advance) "
          "and sales agreement {ctr} for your signature.\n\nKind regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, new_thread=True, gap=1),
        S("payment", "partner", None,
          "Dear Ms. Keller,\n\nWe have remitted the advance payment for proforma {pi} today ({paid}). Please find "
          "the bank's notification attached.\n\n", docs=(("payment_advice", "pdf"),), gap=4),
        S("contract", "partner", "Signed sales agreement {ctr} (P.O. {po})",
          "Dear Ms. Keller,\n\nAttached please find the sales agreement {ctr}, signed by our director Mr. Tanaka. "
          "It refers to our order {po}.\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=1),
        S("order", "us", "Commercial invoice {inv} – P.O. {po}",
          "Dear Mr. Watanabe,\n\nyour goods are packed. Attached is commercial invoice {inv} for order {po}; the "
          "balance is payable against the copy of the B/L, which follows with the shipping documents.\n\n"
          "Kind regards,\n", docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=24),
        S("shipping", "us", None,
          "Dear Mr. Watanabe,\n\nthe container with order {po} ({track}) is booked; our forwarder's shipping notice "
          "is attached with vessel and ETA.\n\nKind regards,\n", docs=(("shipping_notice", "pdf"),), gap=3),
    ], discount=Decimal("0.97"), deposit=True, tracking="container"),
    Deal("ho7-ZA1", "ZA", dt.date(2026, 6, 15), 12, "HMS-PO-26-1184",
         {"ctr": "NW-SA-26-0188", "inv": "NWI-26-3522", "pay": "JBL-POP-228713", "sn": "IFS-26-SOU-05127",
          "claim": "HMS-CLM-26-019", "ir": "NCR-HMS-26-044"}, [
        S("order", "partner", "Order {po} – conveyor and screen spares",
          "Hi Anna,\n\nGood to speak to you at the expo. As discussed, here is our order at your 2026 price list "
          "prices – our system is being migrated, so I have typed it below instead of sending the usual PDF:\n\n"
          "{order_block}\n\nPlease send the invoice and your agreement and let me know the sailing date.\n\n",
          body_order=True),
        S("order", "us", None,
          "Hi Thabo,\n\nthanks for order {po}, all items confirmed. Invoice {inv} and sales agreement {ctr} are "
          "attached; please sign the agreement and send it back.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Signed agreement {ctr} for PO {po}",
          "Hi Anna,\n\nSigned agreement {ctr} attached – Pieter signed it this morning. Ref our PO {po}.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=2),
        S("shipping", "us", None,
          "Hi Thabo,\n\nyour order {po} is on the water: container {track}, shipping notice attached.\n\n"
          "Kind regards,\n", docs=(("shipping_notice", "pdf"),), gap=12),
        S("payment", "partner", "Proof of payment – invoice {inv}",
          "Hi Anna,\n\nPlease find attached our proof of payment for invoice {inv}, {paid}.\n\n",
          docs=(("payment_advice", "pdf"),), new_thread=True, gap=10),
        S("receipt", "partner", None,
          "Hi Anna,\n\nContainer arrived at our yard in Spartan today and has been unpacked. Checking the screen "
          "panels tomorrow.\n\n", gap=14),
        S("claim", "partner", "Claim {claim} – PO {po}: screen panels wrong aperture",
          "Hi Anna,\n\nWe have a problem with PO {po}: six of the screen panels labelled 16 mm "
          "aperture actually have a 10 mm aperture. Our customer's plant needs them next week. I have opened claim "
          "{claim}; our QA's non-conformance report {ir} is attached. Can you airfreight the correct panels and "
          "tell me what to do with the wrong ones?\n\n", docs=(("inspection_report", "pdf"),), new_thread=True,
          gap=2),
        S("claim", "us", None,
          "Hi Thabo,\n\nI am sorry about the mix-up. Six correct panels go out by air tomorrow at our cost, and "
          "you may keep the 10 mm panels; we will credit them against your next order.\n\nKind regards,\n", gap=1),
    ], tracking="container"),
    Deal("ho7-TN1", "TN", dt.date(2026, 7, 6), 10, "BC-26-0457",
         {"q": "NW-Q-26-0832", "ctr": "NW-SA-26-0203", "inv": "NWI-26-3601", "sn": "IFS-26-SOU-05660"}, [
        S("enquiry", "partner", "Consultation – pièces de rechange ligne de concentré de tomate",
          "Madame,\n\nDans le cadre de la campagne tomate, nous souhaitons recevoir votre proposition de prix, "
          "CFR Radès, pour les pièces suivantes :\n\n{needs}\n\nMerci de nous indiquer vos délais et conditions de "
          "règlement.\n\n"),
        S("quote", "us", None,
          "Madame Ben Salah,\n\nje vous remercie de votre consultation. Vous trouverez en pièce jointe notre "
          "proposition {q}, valable 60 jours.\n\nBien cordialement,\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Madame Keller,\n\nVotre proposition {q} nous convient sur le plan technique. En revanche, nous "
          "réglons habituellement nos fournisseurs étrangers à 60 jours fin de mois. Pouvez-vous accepter ces "
          "conditions ?\n\n", gap=3),
        S("negotiation", "us", None,
          "Madame Ben Salah,\n\nnous acceptons exceptionnellement le règlement par virement à 60 jours fin de mois "
          "pour cette commande. Les prix de la proposition {q} restent inchangés.\n\nBien cordialement,\n", gap=1),
        S("order", "partner", None,
          "Madame Keller,\n\nVeuillez trouver ci-joint notre bon de commande {po}. Nous attendons votre contrat "
          "de vente pour signature de notre Directeur général.\n\n", docs=(("purchase_order", "docx"),), gap=2),
        S("contract", "us", None,
          "Madame Ben Salah,\n\nmerci pour votre bon de commande {po}. Le contrat de vente {ctr} est joint ; "
          "M. Jebali recevra également une invitation à le signer électroniquement.\n\nBien cordialement,\n",
          docs=(("contract", "pdf"),), signed=False, gap=1),
        S("contract", "partner", "Contrat {ctr} signé – BC {po}",
          "Madame Keller,\n\nLe contrat {ctr} a été signé par notre Directeur général. Vous le trouverez en pièce "
          "jointe. Il se rapporte à notre bon de commande {po}.\n\n", docs=(("contract", "pdf"),), signed=True,
          new_thread=True, gap=4),
        S("order", "us", "Facture {inv} – bon de commande {po}",
          "Madame Ben Salah,\n\nla marchandise du bon de commande {po} sera embarquée la semaine prochaine. Voici "
          "notre facture {inv}, réglable à 60 jours fin de mois.\n\nBien cordialement,\n",
          docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=15),
        S("shipping", "us", None,
          "Madame Ben Salah,\n\nle conteneur {track} est parti de Southampton ; l'avis d'expédition de notre "
          "transitaire est joint.\n\nBien cordialement,\n", docs=(("shipping_notice", "pdf"),), gap=6),
    ], tracking="container"),
    Deal("ho7-SG1", "SG", dt.date(2026, 8, 10), 8, "LG-PO-2026-0457",
         {"q": "NW-Q-26-0901", "pi": "NW-PF-26-0118", "ctr": "NW-SA-26-0219", "inv": "NWI-26-3702",
          "pay": "TMB-55108-26"}, [
        S("enquiry", "partner", "询价 – 包装机备件 (Lion Gate)",
          "Anna 你好，\n\n我们是新加坡的包装自动化公司。请报以下零件的价格，FOB Southampton，新元报价：\n\n{needs}\n\n"
          "另外请告知交货期。谢谢！\n\n"),
        S("quote", "us", None,
          "Dear Ms. Ng,\n\nthank you for your enquiry. Our quotation {q} in SGD is attached; lead time is about "
          "four weeks after the deposit.\n\nKind regards,\n", docs=(("quotation", "pdf"),), gap=1),
        S("negotiation", "partner", None,
          "Anna 你好，\n\n报价 {q} 收到了。夹爪的价格有点高，可以再便宜一点吗？我们以后每个季度都会下单。\n\n", gap=2),
        S("negotiation", "us", None,
          "Dear Ms. Ng,\n\nfor a quarterly customer we can take 2 % off every line of {q}. Terms stay as quoted.\n\n"
          "Kind regards,\n", gap=1),
        S("order", "partner", None,
          "Anna 你好，\n\n好的，我们确认下单。订单如下：\n\n{order_block}\n\n请发形式发票和合同给我们。\n\n",
          body_order=True, gap=2),
        S("order", "us", None,
          "Dear Ms. Ng,\n\nthank you for order {po}. Attached are proforma invoice {pi} for the 30 % deposit and "
          "our sales agreement {ctr} for signature.\n\nKind regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Anna 你好，\n\n订金已经汇出（{paid}），附件是银行的付款通知。\n\n", docs=(("payment_advice", "pdf"),), gap=3),
        S("contract", "partner", "已签合同 {ctr} – 订单 {po}",
          "Anna 你好，\n\n合同 {ctr} 已签好，请查收。对应我们的订单 {po}。\n\n", docs=(("contract", "pdf"),),
          signed=True, new_thread=True, gap=1),
    ], discount=Decimal("0.98"), deposit=True, tracking="container"),
    Deal("ho7-HU2", "HU", dt.date(2026, 10, 5), 10, "4500023940",
         {"ctr": "NW-SA-26-0236", "inv": "NWI-26-3788"}, [
        S("order", "partner", "Bestellung {po} – Nachbedarf Linie 7",
          "Hallo Frau Keller,\n\nfür die Linie 7 brauchen wir noch einmal Teile, Preise wie im Frühjahr. Die "
          "Bestellung {po} ist angehängt (diesmal nur als Word-Datei, unser PDF-Drucker streikt).\n\n",
          docs=(("purchase_order", "docx"),)),
        S("order", "us", None,
          "Sehr geehrte Frau Horváth,\n\ndanke für die Nachbestellung {po}. Anbei unsere Rechnung {inv} und der "
          "Kaufvertrag {ctr} zur Unterschrift.\n\nFreundliche Grüße\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("order", "partner", "Bestellung {po} – vollständiger Belegsatz",
          "Hallo Frau Keller,\n\nunsere Buchhaltung archiviert jede Auslandsbestellung als vollständigen Satz. "
          "Deshalb hier alles in einer Mail: die Bestellung {po} als PDF, Ihre Rechnung {inv} und der von Dr. Kiss "
          "unterschriebene Kaufvertrag {ctr}.\n\n",
          docs=(("purchase_order", "pdf"), ("commercial_invoice", "pdf"), ("contract", "pdf")), signed=True,
          new_thread=True, gap=2),
    ], discount=Decimal("0.97"), tracking="road"),
]
