"""The twenty-fourth holdout's deal scripts, with the words each side writes (new wording, not dev..dev24's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    # Jamaica (Gmail): an RFQ for the shutdown, our quote, a question on insurance and lead time, the order typed
    # into the mail body; our pro forma for the advance with the contract as a Word file; the advance; the signed
    # contract; shipment in a new thread with invoice, packing list and the forwarder's waybill; receipt.
    Deal("ho24-JM1", "JM", dt.date(2035, 2, 12), 10, "RCD-PO-2035-0117",
         {"q": "SQ-005214", "pi": "PF-000873", "ctr": "NW-ITC-35-011", "inv": "INV-018842", "sn": "PL-35-00318",
          "bl": "IML-FWB-350412", "pay": "CMBJ-GPI-35-20417"}, [
        S("enquiry", "partner", "RFQ: still-house spares for the April shutdown",
          "Hi Anna,\n\nhope all is well in Southampton. We shut the still house for two weeks in April and I am "
          "pulling the spares together now. Could you quote CIF Kingston, in sterling please:\n\n{needs}\n\n"
          "If anything is on a long lead time, flag it so I can push it through early.\n\n"),
        S("quote", "us", None,
          "Hi Shanice,\n\ngood to hear from you. Quote {q} is attached, CIF Kingston in GBP and valid for 60 days. "
          "The radar transmitters are the only long item (about five weeks); the rest is in our warehouse.\n\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Hi Anna,\n\nthanks, pricing is in line with budget. Two things before I raise the order: is the "
          "insurance in your CIF price for 110% of the value, and could the transmitters travel in the same box "
          "as the rest if I order this week?\n\n", gap=3),
        S("negotiation", "us", None,
          "Hi Shanice,\n\nyes to both: cover is 110% of the invoice value under our open policy, and if the order "
          "reaches us by Friday everything sails together on the mid-March groupage to Kingston.\n\n", gap=1),
        S("order", "partner", None,
          "Hi Anna,\n\ngreat – our purchasing system is being migrated, so the order is in this mail and this "
          "mail is the order. Details below.\n\n{order_block}\n\nPlease send the pro forma for the 30% so finance "
          "can release it.\n\n", body_order=True, gap=2),
        S("order", "us", None,
          "Hi Shanice,\n\nthank you for order {po}. Attached are pro forma {pi} for the 30% advance and our sale "
          "contract {ctr} as a Word file – Dr Clarke's signature on the buyer's side, please, and a scan back to "
          "us.\n\n", docs=(("proforma_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("payment", "partner", None,
          "Hi Anna,\n\nthe advance went today, {paid}. I've attached the tracker from our online banking so you "
          "can follow it.\n\n", docs=(("payment_advice", "pdf"),), gap=4),
        S("contract", "partner", None,
          "Hi Anna,\n\nand here is contract {ctr}, signed by Dr Clarke. Sorry for the delay, he was at the "
          "Montego Bay plant.\n\n", docs=(("contract", "pdf"),), signed=True, gap=2),
        S("shipping", "us", "Order {po} shipped – invoice {inv} and shipping documents",
          "Hi Shanice,\n\nyour order {po} is loaded in container {track} for Kingston. Attached are invoice {inv} "
          "for the balance and the packing list. The forwarder's FIATA waybill {bl} follows from them directly; "
          "no originals are needed to release the cargo.\n\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf")),
          new_thread=True, gap=16),
        S("receipt", "partner", None,
          "Hi Anna,\n\ncontainer cleared Kingston on Tuesday and the cases are in our stores. Checked against the "
          "packing list – all correct, thanks.\n\n", gap=21),
    ], deposit=True, tracking="container"),
    # Botswana (HTML-only web mail): the order as a Pastel export; our invoice and contract; the signed contract in a
    # new thread; shipment with packing list and waybill; receipt; a claim with the stores' discrepancy report and
    # our answer; the payment, after the claim is settled.
    Deal("ho24-BW1", "BW", dt.date(2035, 2, 19), 12, "OMPPO-10418",
         {"inv": "INV-018857", "ctr": "NW-ITC-35-013", "sn": "PL-35-00326", "bl": "IML-FWB-350431",
          "claim": "OMP-CLM-35-007", "ir": "GRDR-35-0019", "pay": "KFCB-GPI-35-0771"}, [
        S("order", "partner", "Order {po} – slaughter line and packing room spares",
          "Good morning Anna\n\nPlease find our order {po} attached (Excel, from Pastel). The plant is on reduced "
          "kill until the seal bars are replaced, so we would appreciate an early despatch.\n\n",
          docs=(("purchase_order", "xlsx"),)),
        S("order", "us", None,
          "Good morning Kagiso,\n\nthank you for order {po}. Attached are our invoice {inv} (60 days from delivery) "
          "and sale contract {ctr} for Mr Sebina's signature. The seal bars are in stock and will go on the next "
          "sailing to Durban.\n\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Contract {ctr} signed",
          "Good day Anna\n\nAttached is contract {ctr} signed by our Plant Manager. Kindly confirm the vessel "
          "once booked.\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=3),
        S("shipping", "us", "Despatch of order {po} – packing list and FWB {bl}",
          "Dear Kagiso,\n\norder {po} left Southampton in container {track}; from Durban it goes on by truck to "
          "Lobatse. Packing list and FIATA waybill {bl} are attached.\n\n",
          docs=(("shipping_notice", "pdf"), ("bill_of_lading", "pdf")), new_thread=True, gap=9),
        S("receipt", "partner", None,
          "Hi Anna\n\nThe truck arrived at the plant this morning. We are booking the parts in now.\n\n", gap=30),
        S("claim", "partner", "Claim {claim} – order {po}, discrepancy report {ir}",
          "Dear Anna\n\nOn booking in order {po} our stores rejected part of two lines: some mincer plates will not "
          "fit our grinder and some seal bars arrived damaged. Our discrepancy report {ir} with photo references is "
          "attached. Please advise replacement or credit.\n\n", docs=(("inspection_report", "pdf"),),
          new_thread=True, gap=3),
        S("claim", "us", None,
          "Dear Kagiso,\n\nsorry for the trouble. We will replace the rejected mincer plates and seal bars free of "
          "charge by air; please keep the rejected parts aside until our agent in Gaborone collects them.\n\n",
          gap=1),
        S("payment", "partner", "Remittance – invoice {inv}",
          "Hi Anna\n\nInvoice {inv} has been paid in full, {paid}, now that the replacements have arrived. The "
          "gpi tracker from our bank is attached.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True,
          gap=24),
    ], tracking="container"),
    # North Macedonia (writing German, Outlook): enquiry, quotation, a discount asked and 3 % granted; the order as
    # Word file; the contract alone for signature; the signed copy in a new thread; the invoice later in a new
    # thread that names the order; shipment with the packing list; a complaint with the goods-receipt report and
    # our answer; the payment tracker.
    Deal("ho24-MK1", "MK", dt.date(2035, 2, 26), 14, "NAR-2035-0093",
         {"q": "SQ-005231", "ctr": "NW-ITC-35-015", "inv": "INV-018869", "sn": "PL-35-00341", "bl": "IML-FWB-350455",
          "claim": "VT-REK-35-014", "ir": "WE-AB-35-0027", "pay": "VKB-35-GPI-04418"}, [
        S("enquiry", "partner", "Anfrage Ersatzteile Spannrahmen und Jet-Färbeanlage",
          "Sehr geehrte Frau Keller,\n\nwir planen im April die Generalüberholung unseres Spannrahmens und der "
          "Jet-Färbeanlage. Bitte senden Sie uns Ihr Angebot CPT Štip in EUR für:\n\n{needs}\n\nVielen Dank im "
          "Voraus.\n\n"),
        S("quote", "us", None,
          "Sehr geehrte Frau Stojanovska,\n\nvielen Dank für Ihre Anfrage. Im Anhang finden Sie unser Angebot {q}, "
          "CPT Štip in EUR, gültig 60 Tage. Die Dampfventile haben ca. vier Wochen Lieferzeit, alle anderen "
          "Positionen sind ab Lager lieferbar.\n\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Sehr geehrte Frau Keller,\n\nbei dieser Menge hatten wir mit einem Mengenrabatt von 5 % gerechnet. Ist "
          "das für Angebot {q} möglich?\n\n", gap=3),
        S("negotiation", "us", None,
          "Sehr geehrte Frau Stojanovska,\n\n5 % können wir leider nicht anbieten, aber 3 % auf alle Positionen von "
          "Angebot {q} sind möglich, wenn die Bestellung bis Monatsende kommt.\n\n", gap=1),
        S("order", "partner", None,
          "Sehr geehrte Frau Keller,\n\neinverstanden. Anbei unsere Bestellung {po} (Word-Datei) mit den "
          "reduzierten Preisen.\n\n", docs=(("purchase_order", "docx"),), gap=2),
        S("contract", "us", None,
          "Sehr geehrte Frau Stojanovska,\n\nbesten Dank für die Bestellung {po}. Anbei der Kaufvertrag {ctr} als "
          "Word-Datei zur Unterschrift durch Herrn Petrovski. Die Rechnung erhalten Sie mit dem Versand.\n\n",
          docs=(("contract", "docx"),), signed=False, gap=1),
        S("contract", "partner", "Unterschriebener Vertrag {ctr} zu Bestellung {po}",
          "Sehr geehrte Frau Keller,\n\nim Anhang der von unserem Geschäftsführer unterschriebene Vertrag {ctr}."
          "\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=4),
        S("order", "us", "Rechnung {inv} zu Ihrer Bestellung {po}",
          "Sehr geehrte Frau Stojanovska,\n\nanbei unsere Rechnung {inv} über {total} zu Ihrer Bestellung {po}, "
          "zahlbar 45 Tage netto. Die Ware wird nächste Woche verladen.\n\n",
          docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=12),
        S("shipping", "us", None,
          "Sehr geehrte Frau Stojanovska,\n\ndie Bestellung {po} ist im Container {track} unterwegs nach "
          "Thessaloniki und geht von dort per LKW nach Štip (FIATA-Waybill {bl}). Die Packliste liegt bei.\n\n",
          docs=(("shipping_notice", "pdf"),), gap=6),
        S("claim", "partner", "Reklamation {claim} – Bestellung {po}",
          "Sehr geehrte Frau Keller,\n\nbeim Wareneingang der Bestellung {po} haben wir zwei Positionen "
          "beanstandet: ein Teil der Färbedüsen passt nicht, und mehrere Walzenbezüge sind beschädigt angekommen. "
          "Unsere Abweichungsmeldung {ir} liegt bei. Wir bitten um Ersatz vor dem Wiederanlauf der Anlage.\n\n",
          docs=(("inspection_report", "pdf"),), new_thread=True, gap=21),
        S("claim", "us", None,
          "Sehr geehrte Frau Stojanovska,\n\nes tut uns leid. Wir liefern die abgelehnten Düsen und Walzenbezüge "
          "kostenlos nach; die beanstandeten Teile holt unser Spediteur mit der nächsten Lieferung ab.\n\n", gap=1),
        S("payment", "partner", "Zahlung Rechnung {inv}",
          "Sehr geehrte Frau Keller,\n\ndie Rechnung {inv} wurde heute überwiesen ({paid}). Anbei der Ausdruck der "
          "Zahlungsverfolgung unserer Bank.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=18),
    ], discount=Decimal("0.97"), tracking="container"),
    # Guinea (writing French, Apple Mail): our quotation after a visit; the order confirmed by mail with its number
    # only; our pro forma and contract asking for the written order; the advance; the signed contract; our
    # reminder for the purchase order; shipment with invoice, packing list and waybill; receipt. The purchase
    # order itself never arrives.
    Deal("ho24-GN1", "GN", dt.date(2035, 3, 5), 10, "SGH-BC-35-042",
         {"q": "SQ-005238", "pi": "PF-000881", "ctr": "NW-ITC-35-016", "inv": "INV-018878", "sn": "PL-35-00349",
          "bl": "IML-FWB-350468", "pay": "BAK-GPI-35-1182"}, [
        S("quote", "us", "Offre {q} – pièces de rechange pour l'huilerie",
          "Monsieur Bah,\n\nsuite à notre visite de l'huilerie la semaine dernière, je vous prie de trouver "
          "ci-joint notre offre {q}, CFR Conakry en euros, valable 60 jours.\n\n", docs=(("quotation", "pdf"),)),
        S("order", "partner", None,
          "Madame Keller,\n\nla direction a validé votre offre {q}. Nous passons commande de l'ensemble sous le "
          "numéro {po}. Le bon de commande signé vous sera transmis par notre service comptable.\n\n", gap=6),
        S("order", "us", None,
          "Monsieur Bah,\n\nmerci pour votre commande {po}. Vous trouverez ci-joint la facture pro forma {pi} pour "
          "l'acompte de 30 % et le contrat {ctr} à faire signer par M. Camara. Nous attendons également votre bon "
          "de commande.\n\n", docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Madame Keller,\n\nl'acompte de {paid} a été viré ce jour. Ci-joint le suivi de paiement de notre "
          "banque.\n\n", docs=(("payment_advice", "pdf"),), gap=5),
        S("contract", "partner", None,
          "Madame Keller,\n\nveuillez trouver ci-joint le contrat {ctr} signé par notre directeur général.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=3),
        S("order", "us", None,
          "Monsieur Bah,\n\nmerci pour le contrat signé. Il nous manque toujours votre bon de commande {po} : "
          "pourriez-vous relancer votre service comptable ? Nous en avons besoin pour notre dossier export.\n\n",
          gap=2),
        S("shipping", "us", "Expédition commande {po} – facture {inv}",
          "Monsieur Bah,\n\nla commande {po} est chargée dans le conteneur {track} à destination de Conakry. Ci-joint "
          "la facture {inv} pour le solde, la liste de colisage et le connaissement FIATA {bl}.\n\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf"), ("bill_of_lading", "pdf")),
          new_thread=True, gap=14),
        S("receipt", "partner", None,
          "Madame Keller,\n\nles caisses sont arrivées à Forécariah hier soir. Le contrôle est terminé, rien à "
          "signaler.\n\n", gap=26),
    ], deposit=True, tracking="container"),
    # Puerto Rico (writing Spanish, Outlook): enquiry and quotation; the purchase order goes to our field engineer,
    # who forwards the mail with the PDF; our invoice and contract; the signed contract; shipment; the payment
    # tracker.
    Deal("ho24-PR1", "PR", dt.date(2035, 3, 12), 11, "OC-LFC-35-00612",
         {"q": "SQ-005244", "ctr": "NW-ITC-35-018", "inv": "INV-018886", "sn": "PL-35-00355", "bl": "IML-FWB-350477",
          "pay": "BBA-GPI-35-60418"}, [
        S("enquiry", "partner", "Cotización – repuestos para blisteadora y estuchadora",
          "Buenos días, Sra. Keller:\n\nnecesitamos cotización CIP San Juan para los siguientes repuestos de la "
          "línea de empaque 3:\n\n{needs}\n\nFavor de indicar el tiempo de entrega y si incluyen certificado de "
          "conformidad.\n\n"),
        S("quote", "us", None,
          "Estimada Sra. Rosario:\n\nle adjunto nuestra cotización {q}, CIP San Juan en dólares. Todas las piezas "
          "se envían con certificado de conformidad y número de lote; los troqueles tardan unas seis semanas.\n\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", "Orden de compra {po}",
          "Hola Rhys:\n\ncomo lo hablamos en la visita, te envío la orden de compra {po} según la cotización {q}. "
          "¿Me la puedes pasar a la persona que corresponda?\n\n", docs=(("purchase_order", "pdf"),),
          forward=True, new_thread=True, gap=7),
        S("order", "us", None,
          "Estimada Sra. Rosario:\n\nRhys me pasó su orden {po}, muchas gracias. Le adjunto la factura {inv} y el "
          "contrato {ctr} para la firma de la Lcda. Vega.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Sra. Keller:\n\nadjunto el contrato {ctr} firmado. Quedamos en espera de la fecha de embarque.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=3),
        S("production", "us", None,
          "Estimada Sra. Rosario:\n\nle comento el avance de la orden {po}: los troqueles de formado ya pasaron "
          "la prueba dimensional y los certificados de material están listos. Embarcamos en cuanto llegue la "
          "placa de sellado, prevista para la próxima semana.\n\n", gap=16),
        S("shipping", "us", "Embarque de la orden {po} – lista de empaque",
          "Estimada Sra. Rosario:\n\nsu orden {po} salió en el contenedor {track} con destino San Juan. Le adjunto "
          "la lista de empaque; el waybill FIATA {bl} se lo envía el transitario.\n\n",
          docs=(("shipping_notice", "pdf"),), new_thread=True, gap=14),
        S("payment", "partner", "Pago factura {inv}",
          "Sra. Keller:\n\nle informo que hoy se transfirió el pago de la factura {inv} por {paid}. Adjunto el "
          "rastreo del banco.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=20),
    ], tracking="container"),
    # Tajikistan (a Chinese-owned mine writing Chinese, Gmail): enquiry, our quotation, the ERP-printed order in a
    # new thread; pro forma and contract; the advance; the signed contract; shipment with invoice, packing list
    # and waybill.
    Deal("ho24-TJ1", "TJ", dt.date(2035, 3, 19), 10, "PSM-CG-2035-0031",
         {"q": "SQ-005249", "pi": "PF-000890", "ctr": "NW-ITC-35-019", "inv": "INV-018894", "sn": "PL-35-00362",
          "bl": "IML-FWB-350489", "pay": "SCB-GPI-35-07731"}, [
        S("enquiry", "partner", "询价：选矿厂备件（CPT Dushanbe，人民币报价）",
          "Keller 女士，您好：\n\n我矿选矿厂下季度检修，需要采购以下备件。请按 CPT Dushanbe、人民币报价，并注明交货期：\n\n{needs}\n\n"
          "谢谢！\n\n"),
        S("quote", "us", None,
          "Dear Mr Sun,\n\nthank you for the enquiry. Our quotation {q} is attached, CPT Dushanbe in CNY as "
          "requested. Impellers and pinch valve sleeves take about seven weeks; the other items are in stock.\n\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", "采购订单 {po}（对应报价 {q}）",
          "Keller 女士：\n\n报价 {q} 已批准，附件是系统打印的采购订单 {po}。请发形式发票和合同，我们安排 30% 预付款。\n\n",
          docs=(("purchase_order", "pdf"),), new_thread=True, gap=8),
        S("order", "us", None,
          "Dear Mr Sun,\n\nmany thanks for PO {po}. Attached are our pro forma invoice {pi} for the 30% advance and "
          "sale contract {ctr} for signature by Mr Li Guoqiang.\n\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Keller 女士：\n\n预付款 {paid} 已汇出，附件是银行的汇款跟踪回单，请查收。\n\n",
          docs=(("payment_advice", "pdf"),), gap=6),
        S("contract", "partner", None,
          "Keller 女士：\n\n合同 {ctr} 已由李总签字，扫描件见附件。\n\n", docs=(("contract", "pdf"),), signed=True, gap=2),
        S("production", "partner", None,
          "Keller 女士：\n\n请问订单 {po} 的叶轮和胶管现在生产到哪一步了？我们的检修定在六月初，希望五月中旬能到杜尚别。\n\n",
          gap=18),
        S("shipping", "us", "Shipment of PO {po} – invoice {inv}",
          "Dear Mr Sun,\n\nPO {po} has left Southampton in container {track} for Poti and continues by rail to "
          "Dushanbe. Attached are our invoice {inv}, the packing list and the FIATA waybill {bl}.\n\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf"), ("bill_of_lading", "pdf")),
          new_thread=True, gap=22),
    ], deposit=True, tracking="container"),
    # Jamaica again: a small enquiry, our prices typed in the reply; no order follows.
    Deal("ho24-JM2", "JM", dt.date(2035, 4, 9), 5, "RCD-PO-2035-0164", {"q": "SQ-005262"}, [
        S("enquiry", "partner", "Quick price check – PHE gaskets and transfer hose",
          "Hi Anna,\n\ncould you give me a quick price on these? Only budget numbers for now:\n\n{needs}\n\n"),
        S("quote", "us", None,
          "Hi Shanice,\n\nbudget prices under our reference {q}, CIF Kingston, valid 60 days:\n\n{price_list}\n\n"
          "Happy to turn it into a formal quote whenever you need one.\n\n", gap=1),
    ], tracking="container"),
    # Guinea again: our prices typed in a mail after a phone call, turned down as too expensive.
    Deal("ho24-GN2", "GN", dt.date(2035, 4, 21), 6, "SGH-BC-35-057", {"q": "SQ-005270"}, [
        S("quote", "us", "Offre {q} – roulements et garnitures",
          "Monsieur Bah,\n\ncomme convenu au téléphone, voici nos prix pour les roulements et garnitures de pompe "
          "(offre {q}, CFR Conakry, valable 60 jours) :\n\n{price_list}\n\n"),
        S("negotiation", "partner", None,
          "Madame Keller,\n\nmerci pour l'offre {q}. Malheureusement un fournisseur local propose les roulements "
          "30 % moins cher ; nous ne donnerons pas suite cette fois, sauf geste important de votre part.\n\n",
          gap=5),
    ], tracking="container"),
    # Puerto Rico again: the order mail says the PO is attached but is not; the PO follows in a second mail; our
    # invoice and contract; the signed contract comes back in a new thread together with the order and the invoice,
    # as filed for the customer's three-way match.
    Deal("ho24-PR2", "PR", dt.date(2035, 4, 23), 7, "OC-LFC-35-00688", {"inv": "INV-018915", "ctr": "NW-ITC-35-024"}, [
        S("order", "partner", "OC {po} – ventosas y correas",
          "Buenos días, Sra. Keller:\n\nadjunto la orden de compra {po} para reponer ventosas y correas de la "
          "estuchadora. Favor de confirmar recibo.\n\n"),
        S("order", "partner", None,
          "Sra. Keller:\n\ndisculpe, el correo anterior salió sin el archivo. Ahora sí va adjunta la orden {po}."
          "\n\n", docs=(("purchase_order", "pdf"),), gap=1),
        S("order", "us", None,
          "Estimada Sra. Rosario:\n\nrecibida, gracias. Le adjunto la factura {inv} y el contrato {ctr} de la "
          "orden {po} para firma.\n\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False,
          gap=1),
        S("order", "partner", "Expediente OC {po} – OC, factura {inv} y contrato {ctr} firmado",
          "Sra. Keller:\n\npara cerrar el expediente de la orden {po} (cuentas por pagar hace el cotejo de tres "
          "vías), le envío el paquete completo tal como quedó archivado: nuestra OC, su factura {inv} y el contrato "
          "{ctr} firmado por la Lcda. Vega.\n\n",
          docs=(("purchase_order", "pdf"), ("commercial_invoice", "pdf"), ("contract", "pdf")), signed=True,
          new_thread=True, gap=3),
    ], tracking="container"),
    # Tajikistan again: a claim in a new thread on last year's order, known to this mailbox only by its numbers.
    Deal("ho24-TJ2", "TJ", dt.date(2035, 4, 28), 6, "PSM-CG-2034-0188",
         {"inv": "INV-017734", "claim": "PSM-ZL-35-004", "ir": "GRDR-PSM-35-011"}, [
        S("claim", "partner", "质量索赔 {claim}：订单 {po} / 发票 {inv}",
          "Keller 女士：\n\n去年订单 {po}（贵司发票 {inv}）的备件在本次检修安装时发现问题，部分喉套和衬板螺栓不合格。附件是我们仓库的到货差异报告 "
          "{ir}，请尽快答复处理方案。\n\n", docs=(("inspection_report", "pdf"),)),
        S("claim", "us", None,
          "Dear Mr Sun,\n\nthank you for report {ir} on order {po}. We have asked our works for the inspection "
          "records of that batch and will propose replacement or credit within five working days.\n\n", gap=1),
    ], tracking="container"),
    # Botswana again: the payment of an invoice from before this mailbox, a deal of one mail.
    Deal("ho24-BW3", "BW", dt.date(2035, 3, 2), 5, "OMPPO-10377", {"inv": "INV-018512", "pay": "KFCB-GPI-35-0602"}, [
        S("payment", "partner", "Payment of your invoice {inv} (our order {po})",
          "Good day Anna\n\nOur December order {po} is now settled: invoice {inv}, {paid}. Bank tracker attached "
          "for your reconciliation.\n\n", docs=(("payment_advice", "pdf"),)),
    ], tracking="container"),
]
