"""The eleventh holdout's deal scripts, with the words each side writes (new wording, not dev..dev11's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    Deal("ho11-BG1", "BG", dt.date(2028, 5, 8), 14, "0000000418",
         {"q": "Q28-0614", "ctr": "NWC/EXP/28/041", "inv": "SI28-01877", "sn": "DES-0028417"}, [
        S("enquiry", "partner", "Preisanfrage Hydraulikteile für Serienmontage Mähwerke",
          "Sehr geehrte Damen und Herren,\n\nwir fertigen in Plowdiw Anbaugeräte für die Landwirtschaft und suchen "
          "für die Montage der neuen Mähwerksserie einen zweiten Lieferanten für Hydraulikkomponenten. Bitte "
          "senden Sie uns Ihr Angebot DAP Plowdiw für:\n\n{needs}\n\nWichtig sind uns Lieferzeit und "
          "Mindestabnahmemengen.\n\n"),
        S("quote", "us", None,
          "Sehr geehrte Frau Dimitrova,\n\nvielen Dank für Ihre Anfrage. Anbei erhalten Sie unser Angebot {q}. "
          "Mindestmengen gibt es bei diesen Artikeln nicht; die Lieferzeit beträgt etwa drei Wochen ab "
          "Auftragseingang, die Lieferung erfolgt per LKW-Sammelgut.\n\nMit freundlichen Grüßen\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Sehr geehrte Frau Keller,\n\ndanke für das Angebot {q}. Die Zahnradpumpen liegen etwa 6 % über dem "
          "Preis unseres jetzigen Lieferanten. Wenn Sie uns auf das gesamte Angebot 5 % Nachlass einräumen, "
          "bestellen wir noch diese Woche.\n\n", gap=3),
        S("negotiation", "us", None,
          "Sehr geehrte Frau Dimitrova,\n\n5 % können wir leider nicht anbieten, 3 % auf alle Positionen des "
          "Angebots {q} aber gern. Lieferbedingung und Zahlungsziel bleiben unverändert.\n\nMit freundlichen "
          "Grüßen\n", gap=1),
        S("order", "partner", None,
          "Sehr geehrte Frau Keller,\n\neinverstanden. Anbei unsere Bestellung Nr. {po} zu den Preisen mit 3 % "
          "Nachlass. Bitte schicken Sie uns Ihre Rechnung und einen Liefervertrag, unsere Buchhaltung braucht "
          "beides für die Zahlung.\n\n", docs=(("purchase_order", "pdf"),), gap=2),
        S("order", "us", None,
          "Sehr geehrte Frau Dimitrova,\n\nbesten Dank für Ihre Bestellung {po}. Beigefügt sind unsere Rechnung "
          "{inv} und der Liefervertrag {ctr} auf dem ICC-Mustervertrag. Bitte senden Sie uns den Vertrag "
          "unterschrieben zurück.\n\nMit freundlichen Grüßen\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("production", "partner", None,
          "Sehr geehrte Frau Keller,\n\nkönnen Sie uns schon einen Versandtermin nennen? Unsere Montage der "
          "ersten Serie beginnt am 12. Juni.\n\n", gap=7),
        S("contract", "partner", "Liefervertrag {ctr} – unterschrieben",
          "Sehr geehrte Frau Keller,\n\nim Anhang der von unserem Geschäftsführer Herrn Petkov unterschriebene "
          "Vertrag {ctr} zu unserer Bestellung {po}.\n\n", docs=(("contract", "pdf"),), signed=True,
          new_thread=True, gap=1),
        S("shipping", "us", None,
          "Sehr geehrte Frau Dimitrova,\n\nIhre Bestellung {po} wurde heute an die Spedition übergeben, "
          "Sendungsnummer {track}. Die Versandavis mit den Packstücken liegt bei; die Laufzeit nach Plowdiw "
          "beträgt etwa fünf Tage.\n\nMit freundlichen Grüßen\n", docs=(("shipping_notice", "pdf"),), gap=5),
        S("receipt", "partner", None,
          "Sehr geehrte Frau Keller,\n\ndie Ware ist heute eingetroffen und wurde ohne Beanstandung "
          "eingelagert. Danke!\n\n", gap=6),
        S("payment", "partner", "Überweisung zu Ihrer Rechnung {inv}",
          "Sehr geehrte Frau Keller,\n\nwir haben heute {total} für Ihre Rechnung {inv} (unsere Bestellung {po}) "
          "überwiesen. Bitte prüfen Sie den Zahlungseingang.\n\n", new_thread=True, gap=20),
    ], discount=Decimal("0.97"), tracking="road"),
    Deal("ho11-UY1", "UY", dt.date(2028, 5, 22), 12, "OC-2028-0093",
         {"q": "Q28-0637", "pi": "PI28-0131", "ctr": "NWC/EXP/28/044", "inv": "SI28-01912", "pay": "GPI-2028-061877",
          "bl": "ORNSOU28061452"}, [
        S("enquiry", "partner", "Pedido de cotización – repuestos para peinaduría",
          "Estimada Anna:\n\nle escribo de Lanera del Plata, en Montevideo. Antes de la zafra de lana necesitamos "
          "reponer piezas de cardas y peinadoras. ¿Nos podría cotizar CFR Montevideo lo siguiente?\n\n{needs}\n\n"
          "Si hay algo en stock, por favor indíquelo.\n\n"),
        S("quote", "us", None,
          "Estimado Martín:\n\ngracias por su consulta. Adjunto la cotización {q}; la validez es de 30 días. "
          "Casi todo está en stock, los peines circulares tienen un plazo de cuatro semanas.\n\nSaludos cordiales,\n",
          docs=(("quotation", "pdf"),), gap=1),
        S("order", "partner", None,
          "Estimada Anna:\n\nestamos de acuerdo con la cotización {q}. Va adjunta nuestra orden de compra {po} en "
          "planilla. Necesitamos la proforma para transferir el 30 % y el contrato para el despachante.\n\n",
          docs=(("purchase_order", "xlsx"),), gap=6),
        S("order", "us", None,
          "Estimado Martín:\n\nmuchas gracias por la orden {po}. Le envío la factura proforma {pi} por el "
          "anticipo del 30 % y el contrato {ctr}; por favor devuélvanos una copia firmada.\n\nSaludos cordiales,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Estimada Anna:\n\nhoy se transfirió el anticipo de {paid} correspondiente a la proforma {pi}. Le "
          "adjunto la confirmación del banco.\n\n", docs=(("payment_advice", "pdf"),), gap=4),
        S("contract", "partner", "Contrato {ctr} firmado – OC {po}",
          "Estimada Anna:\n\nadjunto el contrato {ctr} firmado por nuestra directora, la Sra. Carolina Ferreira. "
          "Corresponde a nuestra orden {po}.\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True,
          gap=1),
        S("shipping", "us", "Embarque OC {po} – factura {inv} y sea waybill",
          "Estimado Martín:\n\nsu orden {po} salió de Southampton en el contenedor {track}. Le adjunto la factura "
          "comercial {inv} y el sea waybill; como es un documento no negociable, su despachante podrá retirar "
          "la carga sin originales una vez recibido el saldo.\n\nSaludos cordiales,\n",
          docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf")), new_thread=True, gap=24),
        S("payment", "partner", None,
          "Estimada Anna:\n\nya transferimos el saldo de la factura {inv}. Por favor confirme la liberación de la "
          "carga a la naviera.\n\n", gap=2),
        S("receipt", "partner", None,
          "Estimada Anna:\n\nel contenedor llegó a planta y todo vino conforme. Gracias por la rapidez.\n\n",
          gap=27),
    ], deposit=True, tracking="container"),
    Deal("ho11-MG1", "MG", dt.date(2028, 6, 12), 10, "BC/EVE/2028/017",
         {"q": "Q28-0688", "pi": "PI28-0140", "ctr": "NWC/EXP/28/052", "inv": "SI28-02031",
          "pay": "GPI-2028-073310", "bl": "ORNSOU28071907"}, [
        S("enquiry", "partner", "Demande de cotation – équipements pour l'atelier de séchage",
          "Bonjour Madame Keller,\n\nnous préparons la nouvelle campagne de vanille et devons équiper notre "
          "atelier de séchage et de conditionnement à Toamasina. Pourriez-vous nous faire une offre CIF Toamasina "
          "pour :\n\n{needs}\n\nMerci de préciser le délai de livraison.\n\n"),
        S("quote", "us", None,
          "Bonjour Monsieur Rakotomalala,\n\nmerci de votre demande. Vous trouverez notre offre {q} en pièce "
          "jointe, valable 30 jours. Embarquement environ cinq semaines après réception de l'acompte.\n\n"
          "Bien cordialement,\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Bonjour Madame Keller,\n\nmerci pour l'offre {q}. Les soudeuses sous vide dépassent notre budget. "
          "Pouvez-vous faire un geste de 6 % sur l'ensemble ?\n\n", gap=4),
        S("negotiation", "us", None,
          "Bonjour Monsieur Rakotomalala,\n\nnous pouvons vous accorder 4 % sur toutes les lignes de l'offre "
          "{q}. Les autres conditions restent inchangées.\n\nBien cordialement,\n", gap=1),
        S("order", "partner", None,
          "Bonjour Madame Keller,\n\nc'est d'accord. Voici notre commande :\n\n{order_block}\n\nMerci de nous "
          "adresser la facture proforma pour l'acompte et le contrat.\n\n", body_order=True, gap=2),
        S("order", "us", None,
          "Bonjour Monsieur Rakotomalala,\n\nmerci pour votre commande {po}. Ci-joint la facture proforma {pi} "
          "pour l'acompte de 30 % et le contrat {ctr} à nous retourner signé.\n\nBien cordialement,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Bonjour Madame Keller,\n\nl'acompte de {paid} sur la proforma {pi} a été viré ce matin ; vous trouverez "
          "ci-joint la confirmation de notre banque.\n\n", docs=(("payment_advice", "pdf"),), gap=5),
        S("contract", "partner", "Contrat {ctr} signé – commande {po}",
          "Bonjour Madame Keller,\n\nveuillez trouver ci-joint le contrat {ctr} signé par notre gérante, Mme "
          "Andrianarisoa.\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=2),
        S("shipping", "us", "Facture {inv} et B/L – votre commande {po}",
          "Bonjour Monsieur Rakotomalala,\n\nvotre commande {po} est embarquée dans le conteneur {track}. Ci-joint "
          "la facture commerciale {inv} et le connaissement ; le solde a bien été reçu, merci.\n\n"
          "Bien cordialement,\n", docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf")),
          new_thread=True, gap=29),
        S("receipt", "partner", None,
          "Bonjour Madame Keller,\n\nle conteneur est arrivé à l'usine après dédouanement au port de "
          "Toamasina.\n\n", gap=30),
        S("claim", "partner", "Réclamation – commande {po}, soudeuse sous vide",
          "Bonjour Madame Keller,\n\nà la mise en service, une des soudeuses sous vide ne chauffe pas : la barre "
          "de soudure reste froide, le fusible est intact. Notre technicien pense à une carte de commande "
          "défectueuse. Pouvez-vous nous envoyer une carte de remplacement sous garantie ? La facture concernée "
          "est la {inv}.\n\n", new_thread=True, gap=6),
        S("claim", "us", None,
          "Bonjour Monsieur Rakotomalala,\n\nje suis désolée de ce défaut. Le fabricant confirme un problème de "
          "série sur cette carte ; une carte neuve part demain par courrier express, sans frais pour vous.\n\n"
          "Bien cordialement,\n", gap=1),
    ], discount=Decimal("0.96"), deposit=True, tracking="container"),
    Deal("ho11-MO1", "MO", dt.date(2028, 7, 3), 10, "PF-PO-28061",
         {"q": "Q28-0702", "ctr": "NWC/EXP/28/058", "inv": "SI28-02104", "pay": "GPI-2028-080245",
          "bl": "ORNSOU28082311"}, [
        S("enquiry", "partner", "查詢：風機盤管馬達、電動閥、過濾網、壓力變送器",
          "Anna 你好，\n\n我們是澳門的屋宇設備保養公司，負責幾間酒店的空調系統。請報以下零件 CIF Macau 的美金價格：\n\n"
          "{needs}\n\n另外請告知交貨期，謝謝。\n\n"),
        S("quote", "us", None,
          "Dear Ms Leong,\n\nthank you for your enquiry. Attached is our quotation {q}, CIF Macau in USD, valid "
          "for 30 days. All items are in stock; we can ship about two weeks after payment.\n\nKind regards,\n",
          docs=(("quotation", "pdf"),), gap=1),
        S("order", "partner", None,
          "Anna 你好，\n\n報價 {q} 沒有問題，我們下單如下：\n\n{order_block}\n\n請寄發票和合約給我們，收到後安排付款。\n\n",
          body_order=True, gap=5),
        S("order", "us", None,
          "Dear Ms Leong,\n\nthank you for order {po}. Please find attached our invoice {inv} and the sales "
          "contract {ctr}; kindly sign and return the contract.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Anna 你好，\n\n發票 {inv} 的貨款 {paid} 今天已經電匯，附件是銀行的匯款確認。請安排出貨。\n\n",
          docs=(("payment_advice", "pdf"),), gap=3),
        S("contract", "partner", "合約 {ctr} 已簽署 – 訂單 {po}",
          "Anna 你好，\n\n附件是陳先生簽好的合約 {ctr}，請查收。\n\n", docs=(("contract", "pdf"),), signed=True,
          new_thread=True, gap=1),
        S("shipping", "us", None,
          "Dear Ms Leong,\n\nyour order {po} has been shipped in container {track}. The sea waybill is attached; "
          "no original documents are needed to collect the goods in Macau.\n\nKind regards,\n",
          docs=(("bill_of_lading", "pdf"),), gap=8),
    ], tracking="container"),
    Deal("ho11-SA1", "SA", dt.date(2028, 7, 17), 26, "EG-PO-28-00731",
         {"ctr": "NWC/EXP/28/061", "inv": "SI28-02166", "bl": "ORNSOU28083026", "sn": "DES-0028733",
          "claim": "QN-28-0073", "ir": "MRIR-28-0418"}, [
        S("order", "partner", "Purchase Order {po} – RO plant maintenance spares",
          "Dear Ms Keller,\n\nFurther to your price list of this year and our call last week, please find "
          "attached our Purchase Order {po} for spares for the reverse osmosis plant shutdown. Kindly confirm "
          "acceptance and send your invoice together with the sales contract for our records.\n\n",
          docs=(("purchase_order", "pdf"),)),
        S("order", "us", None,
          "Dear Mr Al-Ghamdi,\n\nthank you for PO {po}, which we accept. Attached are our invoice {inv} and the "
          "sales contract {ctr} for signature. We expect to ship from Southampton in about three weeks.\n\n"
          "Kind regards,\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Signed Contract {ctr} against PO {po}",
          "Dear Ms Keller,\n\nPlease find attached contract {ctr}, duly signed by our Procurement Manager.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=3),
        S("shipping", "us", None,
          "Dear Mr Al-Ghamdi,\n\nPO {po} is on board, container {track}. Attached are the sea waybill and our "
          "despatch advice with the package list. ETA Dammam is in about 24 days.\n\nKind regards,\n",
          docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), gap=18),
        S("receipt", "partner", None,
          "Dear Ms Keller,\n\nThe container was received at our Central Warehouse today. Receiving inspection "
          "is in progress.\n\n", gap=27),
        S("claim", "partner", "Quality notification {claim} – PO {po}",
          "Dear Ms Keller,\n\nDuring receiving inspection our QC found that several pressure gauges and "
          "cartridge filters do not match the PO specification. Please see the attached Material Receiving "
          "Inspection Report. We request replacement of the rejected quantities under our quality notification "
          "{claim}.\n\n", docs=(("inspection_report", "pdf"),), new_thread=True, gap=4),
        S("claim", "us", None,
          "Dear Mr Al-Ghamdi,\n\nthank you for the report. We have checked the packing records and agree; the "
          "replacement parts will be sent by air freight next week at our cost. Please hold the rejected items "
          "for return.\n\nKind regards,\n", gap=2),
    ], tracking="container"),
    Deal("ho11-KZ1", "KZ", dt.date(2028, 8, 7), 12, "IOP-000214",
         {"q": "Q28-0751", "pi": "PI28-0158", "ctr": "NWC/EXP/28/066", "inv": "SI28-02290",
          "pay": "GPI-2028-091163", "sn": "DES-0028905"}, [
        S("enquiry", "partner", "RFQ: conveyor and slurry pump spares for concentrator",
          "Dear Anna,\n\nI got your contact from our colleagues at the Almaty mining exhibition. Our concentrator "
          "plant needs the spares below; please quote FCA Southampton, our forwarder will collect and bring "
          "the goods to Oskemen by road.\n\n{needs}\n\nPlease also write the country of origin for each "
          "item.\n\n"),
        S("quote", "us", None,
          "Dear Ms Seitkali,\n\nthank you for your request. Attached is our quotation {q}, FCA Southampton in "
          "EUR. All items are of United Kingdom or EU origin; the certificate of origin will come with the "
          "shipping documents.\n\n"
          "Kind regards,\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Dear Anna,\n\nthank you for {q}. The impellers and the hydrocyclone liners are more expensive than we "
          "expected. Is 7% discount possible if we pay 100% in advance?\n\n", gap=3),
        S("negotiation", "us", None,
          "Dear Ms Seitkali,\n\nfor full prepayment we can give 5 % on all items of {q}. Please let us know.\n\n"
          "Kind regards,\n", gap=1),
        S("order", "partner", "Order {po} - Irtysh Ore Processing",
          "Dear Mr Pemberton,\n\nas agreed with Anna, here is our order {po} with 5% discount. Please pass it to "
          "her, I could not reach her by phone today. We need the proforma invoice and the contract for our "
          "bank.\n\n", docs=(("purchase_order", "xlsx"),), forward=True, new_thread=True, gap=4),
        S("order", "us", None,
          "Dear Ms Seitkali,\n\nRhys passed your order {po} to me, thank you. Attached are proforma invoice {pi} "
          "for the prepayment and contract {ctr} for signature.\n\nKind regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Dear Anna,\n\nprepayment of {paid} under proforma {pi} was sent today, the bank confirmation is "
          "attached.\n\n", docs=(("payment_advice", "pdf"),), gap=6),
        S("contract", "partner", "Signed contract {ctr} / order {po}",
          "Dear Anna,\n\nplease find the contract {ctr} signed by our General Director.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=2),
        S("shipping", "us", "Order {po} collected – invoice {inv} and despatch advice",
          "Dear Ms Seitkali,\n\nyour forwarder collected order {po} today, consignment {track}. Attached are our "
          "commercial invoice {inv} and the despatch advice with the package details.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf")), new_thread=True, gap=16),
    ], discount=Decimal("0.95"), tracking="road"),
    Deal("ho11-BG2", "BG", dt.date(2028, 9, 11), 8, "0000000466",
         {"ctr": "NWC/EXP/28/073", "inv": "SI28-02418"}, [
        S("order", "partner", "Bestellung Nr. {po} – Nachbestellung Hydraulik",
          "Sehr geehrte Frau Keller,\n\nanbei unsere Bestellung Nr. {po} als Word-Datei, zu den Konditionen "
          "unserer Bestellung 0000000418. Bitte bestätigen Sie uns den Liefertermin.\n\n",
          docs=(("purchase_order", "docx"),)),
        S("order", "us", None,
          "Sehr geehrte Frau Dimitrova,\n\nvielen Dank für Ihre Bestellung {po}. Anbei unsere Rechnung {inv} und "
          "der Liefervertrag {ctr} zur Unterschrift. Versand voraussichtlich nächste Woche.\n\nMit freundlichen "
          "Grüßen\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Vertrag {ctr} zur Bestellung {po}",
          "Sehr geehrte Frau Keller,\n\nanbei der unterschriebene Vertrag {ctr}.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=3),
    ], discount=Decimal("0.97"), tracking="road"),
    Deal("ho11-UY2", "UY", dt.date(2028, 9, 25), 8, "OC-2028-0151",
         {}, [
        S("order", "partner", "OC {po} – reposición de correas y rodamientos",
          "Estimada Anna:\n\nadjunto la orden de compra {po}. Los precios son los de la orden OC-2028-0093. "
          "¿Podrían embarcar en el mismo mes?\n\n", docs=(("purchase_order", "xlsx"),)),
        S("order", "us", None,
          "Estimado Martín:\n\ngracias por la orden {po}, la confirmamos. El embarque sería a fines de octubre; "
          "la factura comercial se la enviamos junto con los documentos de embarque.\n\nSaludos cordiales,\n",
          gap=1),
        S("production", "partner", None,
          "Estimada Anna:\n\n¿ya tienen fecha de embarque confirmada para la {po}? Las correas las necesitamos "
          "antes de noviembre.\n\n", gap=9),
    ], tracking="container"),
    Deal("ho11-SA2", "SA", dt.date(2028, 10, 9), 10, "EG-PO-28-00902",
         {"ctr": "NWC/EXP/28/080", "inv": "SI28-02536"}, [
        S("order", "partner", "URGENT order {po} – HP pump and RO spares, formal PO to follow",
          "Dear Ms Keller,\n\nWe have an emergency on one of the high-pressure pumps. Please treat this mail as "
          "our order; the formal PO print will follow from the system:\n\n{order_block}\n\nPlease confirm the "
          "earliest shipment.\n\n", body_order=True),
        S("order", "us", None,
          "Dear Mr Al-Ghamdi,\n\norder {po} noted, we are picking it today. Attached are invoice {inv} and "
          "contract {ctr}.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("order", "partner", "PO {po} – formal copy, invoice and signed contract",
          "Dear Ms Keller,\n\nAs promised, attached is the approved PO {po} for the emergency order. For our "
          "customs clearing agent I am sending it together with your invoice {inv} and contract {ctr}, now signed "
          "by our Procurement Manager, so the file is complete.\n\n",
          docs=(("purchase_order", "pdf"), ("commercial_invoice", "pdf"), ("contract", "pdf")), signed=True,
          new_thread=True, gap=2),
    ], tracking="container"),
]
