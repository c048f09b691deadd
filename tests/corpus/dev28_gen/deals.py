"""The twenty-seventh holdout's deal scripts, with the words each side writes (new wording, not dev..dev27's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    # Saint Lucia (Apple Mail): an enquiry before the cocoa season, our quote, a push on price, 4 % granted;
    # the NetSuite order as PDF; our sales confirmation alone; the countersigned copy; shipment in a new thread
    # with invoice, packing slip and house B/L; the goods arrive; payment with the bank's debit advice later.
    Deal("ho27-LC1", "LC", dt.date(2037, 2, 9), 9, "PO-SEC-004471",
         {"q": "QU-3702114", "ctr": "SC-37-0318", "inv": "INV-3704417", "sn": "PS-37-0861",
          "bl": "SBF-SOU-370215", "pay": "DA-PCB-0937-1120"}, [
        S("enquiry", "partner", "pricing needed - roaster & tunnel parts before harvest",
          "Hi Anna,\n\nhope all is well in Southampton. Main crop starts coming in around April and Bernard "
          "wants the roaster and the cooling tunnel sorted before then (last year we lost 3 days to a torn "
          "belt, never again!). Can you quote me CIF Castries for:\n\n{needs}\n\nUSD as always. If any of it is "
          "long lead time pls flag it.\n\n"),
        S("quote", "us", None,
          "Hi Marcia,\n\nlovely to hear from you, and a torn belt mid-season is nobody's idea of fun. Quote {q} "
          "attached, CIF Castries in USD. The tunnel belts are cut to width at the mill, allow five weeks for "
          "those; everything else we hold here.\n\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Anna, thank you. Bernard had a look and says the mould prices are a good bit higher then what we "
          "paid in 2035?? Is there any room at all, we are ordering the whole list in one go.\n\n", gap=3),
        S("negotiation", "us", None,
          "Hi Marcia,\n\nmould resin went up quite a lot in the meantime, I'm afraid. As you are taking the whole "
          "list I can knock 4 % off every line of {q}, freight stays included. That is really the floor.\n\n",
          gap=1),
        S("order", "partner", None,
          "OK we can live with that. Our PO {po} is attached (from NetSuite, so the layout is theirs not mine). "
          "Please send whatever paperwork you need signed.\n\n", docs=(("purchase_order", "pdf"),), gap=2),
        S("contract", "us", None,
          "Hi Marcia,\n\nthanks a lot for PO {po}. Here is our sales confirmation {ctr} with the 4 % in it - "
          "Mr Descartes' signature on the right-hand side please, then a scan back is fine. Invoice follows "
          "when the goods leave.\n\n", docs=(("contract", "docx"),), signed=False, gap=1),
        S("contract", "partner", None,
          "Countersigned {ctr} attached. Bernard signed in blue this time, the scanner doesn't care :)\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=3),
        S("shipping", "us", "Your order {po}: shipped - invoice {inv} and B/L",
          "Hi Marcia,\n\ngood news, PO {po} left Southampton this week in container {track}. Attached are invoice "
          "{inv}, the packing slip and the forwarder's bill of lading; Solent Bridge send the originals to your "
          "agent in Castries by courier.\n\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf"), ("bill_of_lading", "pdf")),
          new_thread=True, gap=31),
        S("receipt", "partner", None,
          "Anna, all 4 pallets came through customs yesterday and the boys have checked everything off the "
          "packing slip. All there. Thanks!!\n\n", gap=24),
        S("payment", "partner", "payment {inv}",
          "Hello Anna\n\n{inv} was paid today, {paid}. Debit advice from our bank is attached for your records.\n\n",
          docs=(("payment_advice", "pdf"),), new_thread=True, gap=9),
    ], discount=Decimal("0.96"), tracking="sea"),
    # Maldives (Gmail): an enquiry for the resorts' plant rooms, our quote, the LPO spreadsheet; our invoice and
    # sales confirmation; a production update from us; shipment with packing slip and house B/L; the signed
    # confirmation turns up in a new thread after shipment, named by its numbers; payment.
    Deal("ho27-MV1", "MV", dt.date(2037, 2, 16), 9, "LPO/BAIR/2037/0212",
         {"q": "QU-3702161", "inv": "INV-3704452", "ctr": "SC-37-0324", "sn": "PS-37-0874",
          "bl": "SBF-SOU-370241", "pay": "MACB-OTT-37-004418"}, [
        S("enquiry", "partner", "RFQ - RO plant and laundry spares for 3 islands",
          "Dear Anna,\n\nGood day. We are the purchasing office for three resort islands in Baa Atoll. Our "
          "engineering team needs below spares for the RO plants, chillers and the laundry before the high season "
          "ends and we can take units down:\n\n{needs}\n\nPlease quote CFR Malé in USD with lead time. Goods will "
          "be received at our Thilafushi store and sent on by dhoni.\n\n"),
        S("quote", "us", None,
          "Dear Aishath,\n\nthank you for thinking of us. Quotation {q} is attached, CFR Malé in USD. The RO "
          "membranes ship from the maker in about four weeks, the rest is in stock.\n\n",
          docs=(("quotation", "pdf"),), gap=1),
        S("order", "partner", None,
          "Dear Anna,\n\nPlease find our LPO {po} for the quoted items. Kindly send the invoice and any document "
          "to be signed, our finance needs them to open the payment file.\n\n",
          docs=(("purchase_order", "xlsx"),), gap=5),
        S("order", "us", None,
          "Dear Aishath,\n\nmany thanks for LPO {po}. Attached you will find invoice {inv} and our sales "
          "confirmation {ctr} for Mr Naseem's signature.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("production", "us", None,
          "Dear Aishath,\n\na short update on {po}: the membranes arrived from the maker today, so the whole "
          "order is now together and will be packed next week for the early-April sailing.\n\n", gap=18),
        S("shipping", "us", None,
          "Dear Aishath,\n\n{po} is on its way, container {track}. Packing slip and bill of lading attached; "
          "ETA Malé about 24 days.\n\n", docs=(("shipping_notice", "pdf"), ("bill_of_lading", "pdf")), gap=9),
        S("contract", "partner", "Signed sales confirmation {ctr} / {po}",
          "Dear Anna,\n\nApologies for the delay, Mr Naseem was on the islands for two weeks. Attached the signed "
          "sales confirmation {ctr} against our LPO {po}.\n\n", docs=(("contract", "pdf"),), signed=True,
          new_thread=True, gap=6),
        S("payment", "partner", None,
          "Dear Anna,\n\nPayment of {paid} has been made today against invoice {inv}. Bank advice attached.\n\n",
          docs=(("payment_advice", "pdf"),), gap=12),
    ], tracking="sea"),
    # Kosovo (writing German, Outlook): an enquiry, our quote, the Word order; our invoice and confirmation;
    # the signed confirmation; dispatch by courier with the packing slip; receipt; payment.
    Deal("ho27-XK1", "XK", dt.date(2037, 3, 2), 10, "BS-2037-0088",
         {"q": "QU-3703022", "inv": "INV-3704489", "ctr": "SC-37-0337", "sn": "PS-37-0889",
          "pay": "BEK-2037-041877"}, [
        S("enquiry", "partner", "Anfrage Ersatzteile Separator und Abfüllung",
          "Guten Tag Frau Keller\n\nIhre Adresse habe ich von der Messe in Stuttgart. Wir sind eine Molkerei in "
          "Prizren und brauchen für die Revision im April folgende Teile:\n\n{needs}\n\nBitte um Offerte DAP "
          "Prizren in EUR, mit Lieferzeit. Wir zahlen normalerweise 30 Tage netto.\n\n"),
        S("quote", "us", None,
          "Guten Tag Herr Krasniqi,\n\nvielen Dank für Ihre Anfrage. Im Anhang unser Angebot {q}, DAP Prizren in "
          "EUR. Die Homogenisatorsitze sind ab Lager lieferbar, der Rest in ca. drei Wochen. Versand per "
          "Kurier.\n\n", docs=(("quotation", "pdf"),), gap=1),
        S("order", "partner", None,
          "Grüezi Frau Keller\n\nbesten Dank, passt so. Im Anhang der Bestellschein {po}. Bitte um "
          "Auftragsbestätigung und Rechnung, damit unsere Buchhaltung die Zahlung vorbereiten kann.\n\n",
          docs=(("purchase_order", "docx"),), gap=4),
        S("order", "us", None,
          "Guten Tag Herr Krasniqi,\n\nbesten Dank für die Bestellung {po}. Anbei Rechnung {inv} und unsere "
          "Auftragsbestätigung {ctr} – bitte unterschrieben zurück.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", None,
          "Frau Keller, anbei die unterschriebene AB {ctr}. Gruss\n\n", docs=(("contract", "pdf"),), signed=True,
          gap=2),
        S("shipping", "us", None,
          "Guten Tag Herr Krasniqi,\n\nIhre Bestellung {po} ist heute mit DHL Express raus, Sendungsnummer "
          "{track}. Die Packliste liegt bei.\n\n", docs=(("shipping_notice", "pdf"),), gap=16),
        S("receipt", "partner", None,
          "Hallo Frau Keller, Paket ist angekommen, Zoll ging schnell. Alles komplett, danke vielmal. Faleminderit!\n\n", gap=4),
        S("payment", "partner", "Zahlung Rechnung {inv}",
          "Guten Tag Frau Keller\n\nRechnung {inv} haben wir heute überwiesen, {paid}. Die Belastungsanzeige der "
          "Bank im Anhang.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=17),
    ], tracking="courier"),
    # Djibouti (writing French, HTML-only mail): our quote after a visit; the order as PDF; our pro forma and
    # confirmation; the advance with the debit advice; the signed confirmation; a production note; shipment in
    # a new thread; a claim with the inspection report in a new thread; our answer.
    Deal("ho27-DJ1", "DJ", dt.date(2037, 2, 23), 11, "BC-SDD-37-0152",
         {"q": "QU-3702239", "pi": "PF-37-0142", "ctr": "SC-37-0331", "inv": "INV-3704521", "sn": "PS-37-0902",
          "bl": "SBF-SOU-370298", "pay": "AD-BGT-370412-07", "claim": "RC-SDD-37-009", "ir": "RCR-2037-0061"}, [
        S("quote", "us", "Offre {q} – pièces ligne de soufflage et de remplissage",
          "Madame Houmed Ali,\n\nencore merci pour la visite de la ligne la semaine passée. Comme promis, voici "
          "notre offre {q} pour les pièces de la souffleuse et de la remplisseuse, CFR Djibouti en euros.\n\n",
          docs=(("quotation", "pdf"),)),
        S("order", "partner", None,
          "Bonjour Madame Keller,\n\nnous avons validé votre offre. Ci-joint notre bon de commande {po}. Merci "
          "d'envoyer la proforma pour l'acompte, la banque la demande pour le transfert.\n\n",
          docs=(("purchase_order", "pdf"),), gap=9),
        S("order", "us", None,
          "Madame Houmed Ali,\n\nmerci pour votre bon de commande {po}. Vous trouverez ci-joint la facture "
          "proforma {pi} (acompte de 30 %) et notre confirmation de vente {ctr} à signer.\n\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("payment", "partner", None,
          "Bonjour,\n\nle transfert de l'acompte de {paid} est parti aujourd'hui, l'avis de débit de la banque est "
          "en pièce jointe.\n\n", docs=(("payment_advice", "pdf"),), gap=6),
        S("contract", "partner", None,
          "Madame,\n\nveuillez trouver la confirmation {ctr} signée par notre Directeur général.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=1),
        S("production", "us", None,
          "Madame Houmed Ali,\n\npoint d'avancement sur {po} : les étoiles de transfert sont usinées, il reste le "
          "traitement de surface. Départ prévu fin avril.\n\n", gap=14),
        S("shipping", "us", "Expédition {po} – facture de solde {inv}",
          "Madame Houmed Ali,\n\nvotre commande {po} est chargée, conteneur {track}. Ci-joint la facture {inv} "
          "pour le solde, la liste de colisage et le connaissement du transitaire.\n\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf"), ("bill_of_lading", "pdf")),
          new_thread=True, gap=12),
        S("claim", "partner", "Réclamation {claim} – commande {po}",
          "Madame Keller,\n\nau contrôle de réception, plusieurs lampes infrarouges étaient cassées et les pinces "
          "de col ne correspondent pas au goulot commandé. Notre rapport de contrôle {ir} est joint. Merci de nous "
          "dire rapidement comment vous comptez régler cela, la ligne tourne au ralenti.\n\n",
          docs=(("inspection_report", "pdf"),), new_thread=True, gap=33),
        S("claim", "us", None,
          "Madame Houmed Ali,\n\nnous sommes désolés. Les lampes et les pinces partent en remplacement par fret "
          "aérien dès lundi, à nos frais. Pourriez-vous garder les pièces refusées pour le transporteur ?\n\n",
          gap=1),
    ], deposit=True, tracking="sea"),
    # Aruba (writing Spanish, Gmail): enquiry, quote, the order typed into the mail; our invoice and
    # confirmation; the spreadsheet order follows in a new thread; the signed confirmation; shipment; payment.
    Deal("ho27-AW1", "AW", dt.date(2037, 3, 9), 7, "OC-HPA-2037-031",
         {"q": "QU-3703091", "inv": "INV-3704540", "ctr": "SC-37-0349", "sn": "PS-37-0917",
          "bl": "SBF-SOU-370322", "pay": "BIF-TR-370611"}, [
        S("enquiry", "partner", "cotizacion repuestos fabrica de helados",
          "Buenas tardes Anna,\n\nsoy Yuleisy de Helados Paraíso en Aruba, el señor Tromp me pasó su contacto. "
          "Estamos cambiando piezas de la batidora y de la línea de paletas, necesito precio de:\n\n{needs}\n\n"
          "CIF Oranjestad, en dólares. Mil gracias!\n\n"),
        S("quote", "us", None,
          "Hola Yuleisy:\n\nun gusto saludarla. Adjunto la cotización {q}, CIF Oranjestad en USD. Los moldes "
          "para paletas tardan unas cinco semanas; el resto está en almacén.\n\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Hola Anna\n\nel señor Tromp dio el visto bueno. La computadora de compras se dañó así que le escribo "
          "el pedido aqui:\n\n{order_block}\n\nLa orden en Excel se la envío apenas nos arreglen el equipo.\n\n",
          body_order=True, gap=4),
        S("order", "us", None,
          "Hola Yuleisy:\n\nmuchas gracias por el pedido {po}. Le adjunto la factura {inv} y la confirmación de "
          "venta {ctr} para la firma del señor Tromp.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("order", "partner", "Orden {po} en Excel",
          "Anna, ya tenemos computadora nueva. Adjunto la orden de compra {po} en Excel, igual que el correo "
          "anterior, es solo para su archivo.\n\n", docs=(("purchase_order", "xlsx"),), new_thread=True, gap=5),
        S("contract", "partner", None,
          "Hola, le mando la confirmación {ctr} ya firmada. Saludos\n\n", docs=(("contract", "pdf"),),
          signed=True, gap=1),
        S("shipping", "us", None,
          "Hola Yuleisy:\n\nsu pedido {po} ya salió de Southampton en el contenedor {track}. Adjunto la lista de "
          "empaque; el conocimiento de embarque lo recibe su agente en Oranjestad.\n\n",
          docs=(("shipping_notice", "pdf"),), gap=33),
        S("payment", "partner", "Pago {inv}",
          "Buen día Anna, ya se hizo la transferencia de {paid} por la factura {inv}, le adjunto el aviso del "
          "banco. Masha danki y feliz semana!\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=44),
    ], tracking="sea"),
    # Lesotho (a Chinese-run garment factory writing Chinese, Outlook): enquiry, quote, a price request and our
    # answer; the Word order in a new thread as PDF; our pro forma and confirmation; the advance; the signed
    # confirmation; shipment with invoice, packing slip and B/L in a new thread.
    Deal("ho27-LS1", "LS", dt.date(2037, 3, 16), 11, "HX-PO-370316",
         {"q": "QU-3703162", "pi": "PF-37-0157", "ctr": "SC-37-0356", "inv": "INV-3704578", "sn": "PS-37-0931",
          "bl": "SBF-SOU-370357", "pay": "SLCB-370421-0088"}, [
        S("enquiry", "partner", "询价 – 缝纫机配件 / enquiry sewing machine parts",
          "Anna 您好，\n\n我们是马塞卢的华兴制衣。下面这些配件请报 CFR Durban 美元价，并告知交货期：\n\n{needs}\n\n"
          "针和弯针用量大，价格请尽量优惠。谢谢！\n\n"),
        S("quote", "us", None,
          "Dear Ms Zhou,\n\nthank you for your enquiry. Our quotation {q} is attached, CFR Durban in USD. The "
          "spreading machine rollers take about six weeks; needles, loopers and motors are in stock.\n\n",
          docs=(("quotation", "pdf"),), gap=1),
        S("negotiation", "partner", None,
          "Anna 您好，\n\n报价收到了，谢谢。王总觉得 servo motor 和布辊的价格有点高，如果我们全部下单，能否再便宜 5%？\n\n", gap=2),
        S("negotiation", "us", None,
          "Dear Ms Zhou,\n\nwe cannot quite do 5 %, but for the complete list we can take 3 % off each line of "
          "{q}. Please let me know if Mr Wang agrees.\n\n", gap=1),
        S("order", "partner", "采购订单 {po}",
          "Anna 您好，\n\n王总同意了。附件是我们的采购订单 {po}，请发形式发票和销售确认书，我们先付 30% 定金。\n\n",
          docs=(("purchase_order", "pdf"),), new_thread=True, gap=3),
        S("order", "us", None,
          "Dear Ms Zhou,\n\nthank you for PO {po}. Please find pro forma invoice {pi} for the 30 % advance and "
          "our sales confirmation {ctr} for Mr Wang's signature.\n\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Anna，定金 {paid} 已经汇出，附件是银行的付款通知。\n\n", docs=(("payment_advice", "pdf"),), gap=3),
        S("contract", "partner", None,
          "Anna 您好，销售确认书 {ctr} 王总已签，请查收。\n\n", docs=(("contract", "pdf"),), signed=True, gap=2),
        S("shipping", "us", "{po} shipped – balance invoice {inv}",
          "Dear Ms Zhou,\n\nPO {po} has been loaded, container {track}, for Durban. Attached are invoice {inv} "
          "for the balance, the packing slip and the bill of lading; the originals are released once the "
          "balance is received.\n\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf"), ("bill_of_lading", "pdf")),
          new_thread=True, gap=40),
    ], discount=Decimal("0.97"), deposit=True, tracking="sea"),
    # Saint Lucia again: the order reaches our area manager, who forwards it; our invoice and confirmation;
    # the signed confirmation comes back with the order and our invoice, the whole set in one mail for their
    # accountant; shipment told in the mail only.
    Deal("ho27-LC2", "LC", dt.date(2037, 4, 20), 6, "PO-SEC-004538",
         {"inv": "INV-3704609", "ctr": "SC-37-0371", "sn": "PS-37-0958", "bl": "SBF-SOU-370402"}, [
        S("order", "partner", "{po} - moulds & scraper blades",
          "Hi Gethin,\n\ngreat meeting you at the cocoa fair in Castries. As discussed here's PO {po} for the "
          "moulds and scrapers, could you pass it to whoever handles orders? Cheers\n\n",
          docs=(("purchase_order", "pdf"),), forward=True, new_thread=True),
        S("order", "us", None,
          "Hi Marcia,\n\nGethin handed your PO {po} over to me. Invoice {inv} and sales confirmation {ctr} "
          "attached.\n\n", docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("order", "partner", None,
          "Hi Anna,\n\nhere's {ctr} signed. Our new accountant wants PO, invoice and signed confirmation in one "
          "mail for each order, so I've put PO {po} and your invoice {inv} on here again too - nothing changed, "
          "same prices.\n\n",
          docs=(("contract", "pdf"), ("purchase_order", "pdf"), ("commercial_invoice", "pdf")), signed=True,
          gap=2),
        S("shipping", "us", None,
          "Hi Marcia,\n\nyour moulds and blades sailed on Friday, container {track}, ETA Castries in roughly "
          "three weeks.\n\n", gap=11),
    ], tracking="sea"),
    # Maldives again: a claim on an earlier LPO, linked only by its numbers, with the inspection report.
    Deal("ho27-MV2", "MV", dt.date(2037, 3, 23), 6, "LPO/BAIR/2036/1187",
         {"inv": "INV-3603318", "claim": "BAIR-CLM-37-004", "ir": "IIR-37-0028"}, [
        S("claim", "partner", "Claim {claim} - UV lamps on {po} / invoice {inv}",
          "Dear Anna,\n\nUnfortunately the UV lamps received against LPO {po} are failing, our engineers found "
          "several not starting at all. Inspection report {ir} attached. Please advise on replacment asap, two islands are running on one UV unit.\n\n",
          docs=(("inspection_report", "pdf"),), new_thread=True),
        S("claim", "us", None,
          "Dear Aishath,\n\nI'm sorry about the lamps. We will send replacements with the next shipment at no "
          "charge. Could your engineers check the ballast voltage on one unit for us?\n\n", gap=1),
    ]),
    # Kosovo again: a short enquiry answered with prices typed into the reply; no order follows.
    Deal("ho27-XK2", "XK", dt.date(2037, 5, 4), 4, "BS-2037-0131", {"q": "QU-3705041"}, [
        S("enquiry", "partner", "Preise Dichtungen + Membranventile",
          "Hallo Frau Keller, was kosten bei Ihnen im Moment diese Teile? Nur als Richtwert für unser Budget:\n\n"
          "{needs}\n\nDanke und Gruss\n\n"),
        S("quote", "us", None,
          "Hallo Herr Krasniqi,\n\nhier die Richtpreise (Ref. {q}), DAP Prizren:\n\n{price_list}\n\nBei Bedarf "
          "mache ich gern ein verbindliches Angebot.\n\n", gap=1),
    ]),
    # Lesotho again: a claim in Chinese with the inspection report, our answer.
    Deal("ho27-LS2", "LS", dt.date(2037, 5, 11), 6, "HX-PO-361107",
         {"inv": "INV-3603402", "claim": "HX-QC-37-003", "ir": "HX-IQC-37-019"}, [
        S("claim", "partner", "质量问题 {claim} – PO {po}",
          "Anna 您好，\n\nPO {po}（发票 {inv}）的裁刀用了几天就卷刃了，附件是我们的来料检验报告 {ir}。请尽快安排更换。\n\n",
          docs=(("inspection_report", "pdf"),), new_thread=True),
        S("claim", "us", None,
          "Dear Ms Zhou,\n\nthank you for report {ir}, and sorry for the trouble. New blades will go by air this "
          "week free of charge; please keep two of the bad ones for our supplier.\n\n", gap=1),
    ]),
    # Aruba again: payment of an invoice from before this mailbox, a single mail.
    Deal("ho27-AW2", "AW", dt.date(2037, 2, 18), 6, "OC-HPA-2036-118", {"inv": "INV-3603287", "pay": "BIF-TR-370218"},
         [S("payment", "partner", "comprobante pago factura {inv}",
            "Hola Anna, buenos días\n\nadjunto el aviso del banco por el pago de la factura {inv} (nuestra orden "
            "{po}), {paid}. Por favor confirmar cuando lo reciban.\n\n", docs=(("payment_advice", "pdf"),))]),
    # Djibouti again: a long repeat order (every article, the tables run over a page) without quote; our invoice, the confirmation promised by courier; shipment
    # with the packing slip; the signed confirmation never arrives here.
    Deal("ho27-DJ2", "DJ", dt.date(2037, 5, 18), 18, "BC-SDD-37-0219",
         {"inv": "INV-3704688", "ctr": "SC-37-0392", "sn": "PS-37-0996", "bl": "SBF-SOU-370455"}, [
        S("order", "partner", "Commande {po} – réassort joints et pinces",
          "Bonjour Madame Keller,\n\nci-joint notre commande {po} pour le réassort. Mêmes conditions que la "
          "dernière fois. Merci de confirmer le délai.\n\n", docs=(("purchase_order", "pdf"),)),
        S("order", "us", None,
          "Madame Houmed Ali,\n\nmerci pour la commande {po}. La facture {inv} est jointe ; la confirmation de "
          "vente {ctr} part en original par DHL pour signature.\n\n", docs=(("commercial_invoice", "pdf"),),
          gap=1),
        S("shipping", "us", None,
          "Madame Houmed Ali,\n\nla commande {po} est partie en groupage, conteneur {track}. Liste de colisage "
          "jointe. Nous n'avons pas encore reçu la confirmation {ctr} signée.\n\n",
          docs=(("shipping_notice", "pdf"),), gap=19),
    ], tracking="sea"),
]
