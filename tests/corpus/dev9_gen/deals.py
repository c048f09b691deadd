"""The eighth holdout's deal scripts, with the words each side writes (new wording, not dev-dev8's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    Deal("ho8-SI1", "SI", dt.date(2026, 2, 9), 32, "NAR-26-00412",
         {"q": "NW-QT-26-1203", "ctr": "NW-SC-26-0311", "inv": "NW-IN-26-5120", "claim": "RK-26-017"}, [
        S("enquiry", "partner", "Anfrage Normalien für Werkzeugrevision Mai 2026",
          "Sehr geehrte Frau Keller,\n\nim Mai überholen wir zwölf Spritzgießwerkzeuge und brauchen dafür "
          "Normalien und Heißkanalteile. Bitte bieten Sie uns die folgenden Positionen an, Lieferung DAP Petrovče:"
          "\n\n{needs}\n\nWichtig ist uns eine Lieferung in einer Sendung bis Mitte April.\n\n"),
        S("quote", "us", None,
          "Sehr geehrter Herr Kovačič,\n\nherzlichen Dank für Ihre Anfrage. Unser Angebot {q} liegt bei; alle 32 "
          "Positionen sind bis Ende März lieferbar, die Heißkanaldüsen werden auftragsbezogen gefertigt.\n\n"
          "Mit freundlichen Grüßen\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Sehr geehrte Frau Keller,\n\ndanke für das Angebot {q}. Bei diesem Volumen hätten wir gern 4 % "
          "Nachlass, und die Gasdruckfedern liegen deutlich über unserem bisherigen Lieferanten. Geht da noch "
          "etwas?\n\n", gap=3),
        S("negotiation", "us", None,
          "Sehr geehrter Herr Kovačič,\n\n2,5 % auf alle Positionen des Angebots {q} sind möglich, wenn Sie bis "
          "Ende Februar bestellen. Lieferbedingung und Zahlungsziel bleiben wie angeboten.\n\nMit freundlichen "
          "Grüßen\n", gap=1),
        S("order", "partner", None,
          "Sehr geehrte Frau Keller,\n\neinverstanden. In der Anlage unsere Naročilnica/Bestellung {po} mit den "
          "reduzierten Preisen, als Word-Datei aus dem ERP und als PDF.\n\n",
          docs=(("purchase_order", "docx"), ("purchase_order", "pdf")), gap=3),
        S("order", "us", None,
          "Sehr geehrter Herr Kovačič,\n\nwir danken für die Bestellung {po}. Anbei die Rechnung {inv} und der "
          "Liefervertrag {ctr}; bitte senden Sie uns den Vertrag unterschrieben zurück.\n\nMit freundlichen "
          "Grüßen\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Liefervertrag {ctr} unterschrieben (Bestellung {po})",
          "Guten Tag Frau Keller,\n\nanbei der von Herrn Zupanc unterschriebene Liefervertrag {ctr} zu unserer "
          "Bestellung {po}.\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=2),
        S("production", "us", None,
          "Sehr geehrter Herr Kovačič,\n\nein kurzer Stand zu Ihrer Bestellung {po}: Säulenführungen, Buchsen und "
          "Auswerferstifte sind fertig und verpackt, die Heißkanaldüsen sind in der Endprüfung. Wir rechnen mit "
          "dem Versand in zehn Tagen.\n\nMit freundlichen Grüßen\n", gap=8),
        S("shipping", "us", None,
          "Sehr geehrter Herr Kovačič,\n\ndie Sendung zu Ihrer Bestellung {po} hat heute unser Lager verlassen "
          "(6 Paletten, Frachtbrief {track}). Die Spedition avisiert die Zustellung telefonisch.\n\nMit "
          "freundlichen Grüßen\n", gap=10),
        S("receipt", "partner", None,
          "Guten Tag Frau Keller,\n\ndie sechs Paletten sind heute vollständig bei uns angekommen. Vielen Dank für "
          "die pünktliche Lieferung.\n\n", gap=4),
        S("claim", "partner", "Reklamation {claim} – Bestellung {po}, Auswerferstifte",
          "Sehr geehrte Frau Keller,\n\nbeim Einbau haben wir festgestellt, dass ein Teil der Auswerferstifte "
          "Ø 5 mm nicht nitriert ist (Härteprüfung 32 HRC statt 60 HRC). Unsere Reklamationsnummer ist {claim}. "
          "Wir bitten um kurzfristige Ersatzlieferung; die Teile halten wir zur Abholung bereit.\n\n",
          new_thread=True, gap=12),
        S("claim", "us", None,
          "Sehr geehrter Herr Kovačič,\n\ndas tut uns leid. Ersatz geht morgen per Express an Sie, die "
          "fehlerhaften Stifte holt die Spedition bei der nächsten Tour ab. Zu Reklamation {claim} erhalten Sie "
          "innerhalb von zehn Tagen unseren 8D-Bericht.\n\nMit freundlichen Grüßen\n", gap=1),
    ], discount=Decimal("0.975"), tracking="road"),
    Deal("ho8-AR1", "AR", dt.date(2026, 3, 16), 10, "OC-0007-00004518",
         {"q": "NW-QT-26-1251", "pi": "NW-PF-26-0140", "pay": "TRX-2026-0418-7731", "ctr": "NW-SC-26-0334",
          "inv": "NW-IN-26-5188", "sn": "AN-BUE-26-11873"}, [
        S("enquiry", "partner", "Pedido de cotización – repuestos para sala de faena y cámaras",
          "Estimada Anna:\n\nSoy la jefa de compras de un frigorífico exportador en San Pedro, provincia de "
          "Buenos Aires. Le pido cotización CIF Buenos Aires, en dólares, por los siguientes repuestos:\n\n"
          "{needs}\n\nPor favor, indique plazo de entrega y condiciones de pago.\n\nDesde ya, muchas gracias.\n\n"),
        S("quote", "us", None,
          "Estimada Martina:\n\nmuchas gracias por su consulta. Adjunto nuestra cotización {q}. Para clientes "
          "nuevos trabajamos con un anticipo del 30 % y el saldo contra documentos de embarque.\n\nSaludos "
          "cordiales,\n", docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Hola Anna:\n\nAceptamos la cotización {q}. Adjunto la orden de compra {po} en Excel y en PDF, firmada "
          "por nuestro presidente. Quedo a la espera de la factura proforma para transferir el anticipo.\n\n",
          docs=(("purchase_order", "xlsx"), ("purchase_order", "pdf")), gap=5),
        S("order", "us", None,
          "Estimada Martina:\n\nle agradezco la orden {po}. Le envío la factura proforma {pi} por el anticipo del "
          "30 % y nuestro contrato de compraventa {ctr} para la firma.\n\nSaludos cordiales,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Hola Anna:\n\nHoy transferimos el anticipo de la proforma {pi} ({paid}). Adjunto el aviso de pago del "
          "banco. Con el cepo cambiario los giros tardan a veces dos o tres días más, le pido paciencia.\n\n",
          docs=(("payment_advice", "pdf"),), gap=4),
        S("contract", "partner", "Contrato {ctr} firmado – OC {po}",
          "Hola Anna:\n\nLe reenvío el contrato {ctr} con la firma de Ignacio Ferreyra. Corresponde a nuestra "
          "orden de compra {po}.\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=2),
        S("order", "us", "Factura comercial {inv} – su OC {po}",
          "Estimada Martina:\n\nla mercadería de la OC {po} ya está embalada. Adjunto la factura comercial {inv}; "
          "el saldo se paga contra la copia del conocimiento de embarque, que le enviaremos al zarpar.\n\n"
          "Saludos cordiales,\n", docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=21),
        S("shipping", "us", None,
          "Estimada Martina:\n\nel contenedor {track} llegó al puerto de Buenos Aires. Le adjunto el aviso de "
          "arribo de la naviera para que su despachante inicie el trámite.\n\nSaludos cordiales,\n",
          docs=(("shipping_notice", "pdf"),), gap=30),
        S("receipt", "partner", None,
          "Hola Anna:\n\nYa tenemos la mercadería en planta, todo en orden. Muchas gracias.\n\n", gap=8),
    ], deposit=True, tracking="container"),
    Deal("ho8-SN1", "SN", dt.date(2026, 4, 20), 8, "BC-SSHC-26-0219",
         {"q": "NW-QT-26-1307", "ctr": "NW-SC-26-0352", "inv": "NW-IN-26-5243", "pay": "BAO-VIR-26-044187"}, [
        S("enquiry", "partner", "Demande de prix – pièces pour lignes de conditionnement d'huile",
          "Bonjour Madame Keller,\n\nNous préparons l'arrêt technique de nos lignes de conditionnement et "
          "souhaiterions recevoir votre meilleure offre, CFR Dakar, pour :\n\n{needs}\n\nMerci de préciser le "
          "délai de livraison.\n\n"),
        S("quote", "us", None,
          "Madame Ndiaye,\n\nmerci pour votre demande. Notre offre {q} est en pièce jointe ; délai environ six "
          "semaines, transport maritime compris jusqu'à Dakar.\n\nBien cordialement,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Madame Keller,\n\nVotre offre {q} a retenu notre attention. Pourriez-vous nous accorder un règlement à "
          "45 jours date de facture au lieu du paiement à la commande ? C'est notre pratique avec nos fournisseurs "
          "européens.\n\n", gap=3),
        S("negotiation", "us", None,
          "Madame Ndiaye,\n\nc'est d'accord : virement à 45 jours date de facture, prix de l'offre {q} "
          "inchangés.\n\nBien cordialement,\n", gap=1),
        S("order", "partner", "Bon de commande {po}",
          "Bonjour Priya,\n\nComme convenu au téléphone, voici notre bon de commande {po}. Pouvez-vous le "
          "transmettre à Mme Keller ? Je n'ai pas son adresse directe sur ce poste.\n\n",
          docs=(("purchase_order", "pdf"),), forward=True, new_thread=True, gap=3),
        S("order", "us", None,
          "Madame Ndiaye,\n\nnous avons bien reçu votre bon de commande {po} par ma collègue. Vous trouverez "
          "ci-joint notre facture {inv} et le contrat de vente {ctr}, à nous retourner signé.\n\nBien "
          "cordialement,\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Contrat de vente {ctr} signé",
          "Madame Keller,\n\nVeuillez trouver ci-joint le contrat {ctr} signé par notre Directeur général, "
          "M. Diop, relatif à notre bon de commande {po}.\n\n", docs=(("contract", "pdf"),), signed=True,
          new_thread=True, gap=5),
        S("shipping", "us", None,
          "Madame Ndiaye,\n\nla marchandise de la commande {po} est embarquée dans le conteneur {track}, arrivée "
          "prévue à Dakar dans douze jours.\n\nBien cordialement,\n", gap=20),
        S("payment", "partner", "Règlement facture {inv}",
          "Madame Keller,\n\nNous vous informons que la facture {inv} a été réglée ce jour ({paid}). Vous "
          "trouverez l'avis de virement de notre banque en pièce jointe.\n\n",
          docs=(("payment_advice", "pdf"),), new_thread=True, gap=24),
        S("claim", "partner", "Réclamation – commande {po} : bouchons non conformes",
          "Madame Keller,\n\nÀ la mise en service, une partie des bouchons de 38 mm ne se visse pas sur nos "
          "bidons (filetage trop serré). Nous avons isolé environ 400 pièces. Merci de nous indiquer la suite "
          "que vous comptez donner à cette réclamation.\n\n", new_thread=True, gap=6),
    ], tracking="container"),
    Deal("ho8-HK1", "HK", dt.date(2026, 5, 18), 8, "VHI-PO-2605-031",
         {"q": "NW-QT-26-1366", "pi": "NW-PF-26-0167", "ctr": "NW-SC-26-0371", "inv": "NW-IN-26-5301",
          "pay": "KMB-TT-260611-0092", "bl": "4821739056"}, [
        S("enquiry", "partner", "詢價：壓力變送器、熱電偶及流量計",
          "Anna 你好，\n\n我們是香港的儀器分銷商，現有客戶項目需要以下產品，請報 FCA Southampton 美元價：\n\n{needs}\n\n"
          "請一併告知交貨期和付款條件，謝謝。\n\n"),
        S("quote", "us", None,
          "Dear Ms. Chan,\n\nthank you for your enquiry. Please find our quotation {q} attached; prices FCA "
          "Southampton in USD, delivery three to four weeks.\n\nKind regards,\n", docs=(("quotation", "pdf"),),
          gap=1),
        S("negotiation", "partner", None,
          "Anna 你好，\n\n報價 {q} 已收到。流量計價格比預算高，能否給 5% 折扣？如果可以，我們本月內落單。\n\n", gap=2),
        S("negotiation", "us", None,
          "Dear Ms. Chan,\n\nwe can offer 3 % off every item of {q} for an order placed this month.\n\n"
          "Kind regards,\n", gap=1),
        S("order", "partner", None,
          "Anna 你好，\n\n好的，3% 可以接受。訂單如下：\n\n{order_block}\n\n請發形式發票和合同。\n\n",
          body_order=True, gap=2),
        S("order", "us", None,
          "Dear Ms. Chan,\n\nthank you for order {po}. Attached are our pro forma {pi} for the 30 % deposit and "
          "sales contract {ctr} in English and Chinese for signature.\n\nKind regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Anna 你好，\n\n訂金（{paid}）今天已經匯出，附件是銀行水單。\n\n", docs=(("payment_advice", "pdf"),), gap=3),
        S("contract", "partner", "已簽合同 {ctr}（訂單 {po}）",
          "Anna 你好，\n\n合同 {ctr} 已由林家豪先生簽署，請查收。\n\n", docs=(("contract", "pdf"),), signed=True,
          new_thread=True, gap=1),
        S("shipping", "us", "Commercial invoice {inv} and courier waybill – PO {po}",
          "Dear Ms. Chan,\n\nyour order {po} was collected by the courier today, waybill {track}. Attached are "
          "commercial invoice {inv} (balance due before release, as agreed) and the waybill copy.\n\nKind "
          "regards,\n", docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf")), new_thread=True, gap=20),
        S("receipt", "partner", None,
          "Anna 你好，\n\n貨物今天已收到，數量正確，謝謝！\n\n", gap=4),
    ], discount=Decimal("0.97"), deposit=True, tracking="courier"),
    Deal("ho8-EG1", "EG", dt.date(2026, 6, 8), 12, "DNTM/PO/2026/0377",
         {"q": "NW-QT-26-1402", "ctr": "NW-SC-26-0389", "inv": "NW-IN-26-5366", "pay": "ACB-LCP-260929-014",
          "sn": "AN-ALY-26-40218", "claim": "DNTM-CLM-26-08"}, [
        S("enquiry", "partner", "RFQ DNTM-RFQ-26-044 – ring spinning spare parts",
          "Dear Ms. Keller,\n\nKindly quote your best prices CFR Alexandria for the following spare parts for our "
          "ring spinning frames:\n\n{needs}\n\nPayment will be by irrevocable L/C at sight. Please state delivery "
          "time and country of origin.\n\nThanks and regards,\n\n"),
        S("quote", "us", None,
          "Dear Mr. Farouk,\n\nthank you for RFQ DNTM-RFQ-26-044. Our quotation {q} is attached; all parts are of "
          "EU origin and can be shipped five weeks after the L/C is opened.\n\nKind regards,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Dear Ms. Keller,\n\nWe received competitive offers from two other suppliers. If you can reduce quotation "
          "{q} by 6%, the order is yours.\n\n", gap=3),
        S("negotiation", "us", None,
          "Dear Mr. Farouk,\n\n6 % is more than our margin allows; we can offer 4 % on all items of {q}, valid "
          "until the end of this month.\n\nKind regards,\n", gap=1),
        S("order", "partner", None,
          "Dear Ms. Keller,\n\nAgreed at 4%. Please find attached our purchase order {po}. Kindly send your sales "
          "contract; our bank will open the L/C once it is signed.\n\n", docs=(("purchase_order", "docx"),), gap=2),
        S("contract", "us", None,
          "Dear Mr. Farouk,\n\nthank you for order {po}. Our sales contract {ctr} is attached for signature.\n\n"
          "Kind regards,\n", docs=(("contract", "pdf"),), signed=False, gap=1),
        S("contract", "partner", None,
          "Dear Ms. Keller,\n\nPlease find the contract {ctr} signed by Eng. Hany Soliman. The L/C application "
          "goes to the bank tomorrow.\n\n", docs=(("contract", "pdf"),), signed=True, gap=3),
        S("production", "partner", "Production status – our PO {po}",
          "Dear Ms. Keller,\n\nCould you kindly update us on the production status of our PO {po}? The L/C "
          "ILC/ACB/26/00731 has been advised to your bank and its latest shipment date is close, so we need to know "
          "whether an extension is required.\n\n", new_thread=True, gap=16),
        S("order", "us", "Commercial invoice {inv} – PO {po} – L/C ILC/ACB/26/00731",
          "Dear Mr. Farouk,\n\nthe goods for PO {po} are ready. Attached is commercial invoice {inv}; the original "
          "documents go to the negotiating bank as required by the L/C.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=10),
        S("shipping", "us", None,
          "Dear Mr. Farouk,\n\ncontainer {track} has arrived at Alexandria; the carrier's arrival notice is "
          "attached for your clearing agent.\n\nKind regards,\n", docs=(("shipping_notice", "pdf"),), gap=18),
        S("payment", "partner", "Payment under L/C – invoice {inv}",
          "Dear Ms. Keller,\n\nFor your information, our bank has paid invoice {inv} under the L/C; the payment "
          "advice is attached ({paid}).\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=4),
        S("receipt", "partner", None,
          "Dear Ms. Keller,\n\nThe container was cleared and delivered to Borg El Arab yesterday. We are checking "
          "the contents.\n\n", gap=3),
        S("claim", "partner", "Claim {claim} – PO {po}: short delivery of ring travellers",
          "Dear Ms. Keller,\n\nDuring the count we found that two cartons of ring travellers are missing, although "
          "they appear on the packing list. We registered claim {claim}. Please send the missing quantity with the "
          "next shipment or issue a credit note.\n\n", new_thread=True, gap=2),
    ], discount=Decimal("0.96"), tracking="container"),
    Deal("ho8-TH1", "TH", dt.date(2026, 8, 24), 8, "PO2608-0142",
         {"ctr": "NW-SC-26-0417", "inv": "NW-IN-26-5439"}, [
        S("order", "partner", "New PO {po} – spare parts for filling line 3",
          "Hi Anna,\n\nHope you are well. Please see attached our new PO {po} for line 3, same prices as your "
          "price list from June. Kindly confirm and send invoice and contract.\n\n",
          docs=(("purchase_order", "xlsx"),)),
        S("order", "us", None,
          "Dear Khun Siriporn,\n\nthank you for PO {po}. Attached are our invoice {inv} and sales contract {ctr} "
          "for your signature; shipment FOB Southampton in about three weeks.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Signed contract {ctr}",
          "Hi Anna,\n\nAttached the signed contract {ctr} for our PO {po}. Khun Somchai signed this morning.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=3),
        S("shipping", "us", None,
          "Dear Khun Siriporn,\n\nyour PO {po} is loaded in container {track}; the B/L copy follows from the "
          "forwarder.\n\nKind regards,\n", gap=19),
        S("payment", "partner", "Payment for invoice {inv}",
          "Hi Anna,\n\nWe have transferred {total} for invoice {inv} today. Please check with your bank.\n\n",
          new_thread=True, gap=30),
    ], tracking="container"),
    Deal("ho8-SI2", "SI", dt.date(2026, 10, 12), 6, "NAR-26-00977",
         {"ctr": "NW-SC-26-0468", "inv": "NW-IN-26-5520"}, [
        S("order", "partner", "Nachbestellung {po} – Normalien",
          "Guten Tag Frau Keller,\n\nfür zwei neue Werkzeuge bestellen wir nach, Preise wie bei der "
          "Februar-Bestellung NAR-26-00412. Die Bestellung {po} hängt als PDF an.\n\n", docs=(("purchase_order", "pdf"),)),
        S("order", "us", None,
          "Sehr geehrter Herr Kovačič,\n\nbesten Dank für die Nachbestellung {po}. Anbei Rechnung {inv} und "
          "Liefervertrag {ctr}.\n\nMit freundlichen Grüßen\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("order", "partner", "Bestellung {po} – vollständige Unterlagen für die Buchhaltung",
          "Guten Tag Frau Keller,\n\nunsere Buchhaltung möchte zu jeder Auslandsbestellung einen vollständigen "
          "Satz. Anbei daher Bestellung {po}, Ihre Rechnung {inv} und der unterschriebene Liefervertrag {ctr}.\n\n",
          docs=(("purchase_order", "pdf"), ("commercial_invoice", "pdf"), ("contract", "pdf")), signed=True,
          new_thread=True, gap=3),
    ], discount=Decimal("0.975"), tracking="road"),
]
