"""The twenty-eighth holdout's deal scripts, with the words each side writes (new wording, not dev..dev28's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    # Grenada (Apple Mail): enquiry before the nutmeg drying season, quote, a haggle and 5 % off, the bookkeeping
    # package's PO as PDF; our invoice and contract; the contract signed; a production note; shipment in a new
    # thread with packing list and carrier B/L; arrival; payment with the bank's transfer copy in its own thread.
    Deal("ho28-GD1", "GD", dt.date(2038, 2, 8), 9, "GSG-PO-1047",
         {"q": "S0380208", "inv": "INV/2038/00412", "ctr": "NWC-SC-38-017", "sn": "WH-PL-38-0311",
          "bl": "MALU38SOU004712", "pay": "SICB-TT-380611"}, [
        S("enquiry", "partner", "Parts for the drying loft + grading line",
          "Morning Anna,\n\nwe're getting the station ready before the next big delivery of nuts from the estates "
          "and the board finally approved the money for the loft fans. Could you price these for me, CIF St. "
          "George's:\n\n{needs}\n\nIf the load cells can come quicker than the rest, ship them separate, our "
          "bagging scale is limping along.\n\n"),
        S("quote", "us", None,
          "Hi Kezia,\n\ngreat to hear the fans got the green light. Our quotation {q} is attached (CIF St. "
          "George's, USD). Load cells and sieves are on the shelf; the fans come from the motor works in about "
          "four weeks, so one shipment is probably simplest unless you really can't wait.\n\n",
          docs=(("quotation", "pdf"),), gap=1),
        S("negotiation", "partner", None,
          "Thanks Anna. Desmond says the fans are dearer than the Trinidad supplier quoted us - not by much, "
          "but the board will ask. Any chance of a better price if we keep everything on one shipment?\n\n", gap=3),
        S("negotiation", "us", None,
          "Hi Kezia,\n\nfair question. On one shipment I can give you 5 % off all lines of {q}; freight stays "
          "in. If Desmond is happy, just send the PO through.\n\n", gap=1),
        S("order", "partner", None,
          "Anna that works. PO {po} attached, printed out of QuickBooks so excuse the green. Please send "
          "invoice and whatever needs signing.\n\n", docs=(("purchase_order", "pdf"),), gap=2),
        S("order", "us", None,
          "Hi Kezia,\n\nthank you for PO {po}. Invoice {inv} and our sales contract {ctr} are attached - "
          "Desmond's signature and the co-op stamp on the contract please, a scan is fine.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", None,
          "Signed and stamped, see attached {ctr}. Desmond says thank you for the discount.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=4),
        S("shipping", "us", "PO {po} is on the water - packing list and B/L",
          "Hi Kezia,\n\nyour goods for PO {po} were loaded yesterday, container {track}. Packing list and the "
          "bill of lading are attached; the originals go to your broker in St. George's by courier.\n\n",
          docs=(("shipping_notice", "pdf"), ("bill_of_lading", "pdf")), new_thread=True, gap=27),
        S("receipt", "partner", None,
          "Hi Anna - container was stripped this morning, fans and everything else counted and fine. The boys "
          "have one fan running already.\n\n", gap=22),
        S("payment", "partner", "Payment - inv {inv}",
          "Hi Anna,\n\npayment for {inv} went out today, {paid}. Copy of the bank transfer attached.\n\n",
          docs=(("payment_advice", "pdf"),), new_thread=True, gap=11),
    ], discount=Decimal("0.95"), tracking="sea"),
    # Sierra Leone (Gmail): enquiry, quote, the order typed in the mail from the mine site; our invoice and
    # contract; the ERP's PO spreadsheet follows in a new thread, named by its number; the signed contract; a
    # production delay note; shipment with packing list and B/L; payment.
    Deal("ho28-SL1", "SL", dt.date(2038, 2, 15), 12, "4100387",
         {"q": "S0380215", "inv": "INV/2038/00437", "ctr": "NWC-SC-38-021", "sn": "WH-PL-38-0342",
          "bl": "MALU38SOU004790", "pay": "RAB-OUT-0338172"}, [
        S("enquiry", "partner", "RFQ wet plant spares - Kono",
          "Dear Anna\n\nI got your contact from the Mining Indaba list. We run an alluvial wet plant at Koidu "
          "and I need prices for the following, CFR Freetown please\n\n{needs}\n\nPlease also indicate weight "
          "and delivery time, we have rainy season coming and the road to Kono becomes very bad after June.\n\n"),
        S("quote", "us", None,
          "Dear Mohamed,\n\nthank you for the enquiry. Please find our quotation {q} attached, CFR Freetown in "
          "USD. Impellers and bearings are in stock; the screen panels and liners need about three weeks, so "
          "we would comfortably ship in April, well before the rains.\n\n", docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Anna good day\n\nwe are ok with your prices. I am at the site and SAP is down again (satelite link) "
          "so I type the order here, the formal PO will come from Freetown office:\n\n{order_block}\n\nPls "
          "proceed and send proforma or invoice.\n\n", body_order=True, gap=6),
        S("order", "us", None,
          "Dear Mohamed,\n\nthank you, order {po} is booked. Invoice {inv} and our sales contract {ctr} are "
          "attached; Mr Koroma's signature on the contract please.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("order", "partner", "{po} - official purchase order",
          "Dear Anna,\n\nFatmata in our Freetown office has now raised the official purchase order {po} in the "
          "ERP, excel attached. Same items as my mail from site, only for your file.\n\n", docs=(("purchase_order", "xlsx"),), new_thread=True, gap=4),
        S("contract", "partner", None,
          "Anna, please find attached the signed contract {ctr}. Sorry for delay, Mr Koroma was in Freetown.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=5),
        S("shipping", "us", None,
          "Dear Mohamed,\n\n{po} sailed from Southampton on Saturday, container {track}. Attached the packing "
          "list and the bill of lading. ETA Freetown about 18 days.\n\n",
          docs=(("shipping_notice", "pdf"), ("bill_of_lading", "pdf")), gap=24),
        S("payment", "partner", None,
          "Dear Anna\n\nwe have effected payment of {paid} for invoice {inv} today, swift copy attached. "
          "Container is at Queen Elizabeth II Quay, clearing this week.\n\n",
          docs=(("payment_advice", "pdf"),), gap=19),
    ], tracking="sea"),
    # Montenegro (writing German, Outlook): enquiry before the season, our quote, the DIN-letter order as Word
    # file; our invoice and contract; the signed contract; courier dispatch with the packing list; receipt;
    # payment in a new thread.
    Deal("ho28-ME1", "ME", dt.date(2038, 2, 22), 9, "B-2038-0064",
         {"q": "S0380222", "inv": "INV/2038/00455", "ctr": "NWC-SC-38-024", "sn": "WH-PL-38-0366",
          "pay": "JKB-2038-0417-55"}, [
        S("enquiry", "partner", "Anfrage Ersatzteile Wäscherei und Küche – Saison 2038",
          "Sehr geehrte Frau Keller,\n\nHerr Radović hat mir Ihre Firma empfohlen, Sie hätten schon an das "
          "Hotel in Kotor geliefert. Vor Saisonbeginn im Mai müssen wir in der Wäscherei und in der Küche "
          "einiges tauschen. Bitte schicken Sie uns ein Angebot DAP Budva für:\n\n{needs}\n\nLiefertermin "
          "spätestens Ende April wäre wichtig.\n\n"),
        S("quote", "us", None,
          "Sehr geehrte Frau Vuković,\n\nherzlichen Dank für die Anfrage und die Empfehlung. Unser Angebot {q} "
          "liegt bei, DAP Budva in Euro. Alle Positionen sind ab Lager lieferbar; Versand per DHL Express, "
          "Ende April ist also kein Problem.\n\n", docs=(("quotation", "pdf"),), gap=1),
        S("order", "partner", None,
          "Sehr geehrte Frau Keller,\n\ndanke für das Angebot. Anbei unsere Bestellung {po} als Word-Datei. "
          "Bitte Rechnung und Vertrag schicken, unsere Buchhaltung braucht beides vor der Zahlung.\n\n",
          docs=(("purchase_order", "docx"),), gap=6),
        S("order", "us", None,
          "Sehr geehrte Frau Vuković,\n\nvielen Dank für Ihre Bestellung {po}. Im Anhang Rechnung {inv} und "
          "unser Kaufvertrag {ctr} mit der Bitte um Unterschrift.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", None,
          "Guten Tag Frau Keller, den unterschriebenen Vertrag {ctr} finden Sie anbei. Lg Sanja\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=2),
        S("shipping", "us", None,
          "Sehr geehrte Frau Vuković,\n\nIhre Bestellung {po} ist heute per DHL Express an Sie unterwegs, "
          "Sendungsnummer {track}. Die Packliste liegt bei.\n\n", docs=(("shipping_notice", "pdf"),), gap=13),
        S("receipt", "partner", None,
          "Liebe Frau Keller, die Pakete sind gestern angekommen, Zoll in Bar war diesmal schnell. Alles da, "
          "hvala puno!\n\n", gap=5),
        S("payment", "partner", "Überweisung zu Rechnung {inv}",
          "Sehr geehrte Frau Keller,\n\nzu Ihrer Rechnung {inv} haben wir heute {paid} überwiesen. Die "
          "Bankbestätigung hängt an.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=16),
    ], tracking="courier"),
    # Burundi (writing French, HTML-only): enquiry, quote, a request for longer terms and our refusal with a
    # smaller deposit left as is; the order as PDF; our pro forma and contract; the deposit with the transfer
    # copy; the signed contract; a production note; shipment in a new thread with invoice, packing list and B/L;
    # a claim with the non-conformance report in a new thread; our answer.
    Deal("ho28-BI1", "BI", dt.date(2038, 3, 1), 10, "BC/BLT/2038/022",
         {"q": "S0380301", "pi": "PF/2038/0031", "ctr": "NWC-SC-38-029", "inv": "INV/2038/00498",
          "sn": "WH-PL-38-0402", "bl": "MALU38SOU004877", "pay": "BCT-VIR-38-00914", "claim": "BLT-REC-38-004",
          "ir": "FNC-2038-017"}, [
        S("enquiry", "partner", "Demande de prix – pièces soutireuse et pasteurisateur",
          "Bonjour Madame,\n\nnous préparons l'arrêt technique de la ligne bouteilles et nous avons besoin d'une "
          "offre CFR Dar es Salaam pour les pièces ci-dessous :\n\n{needs}\n\nMerci d'indiquer aussi le poids "
          "approximatif, le transport routier jusqu'à Bujumbura est à notre charge.\n\n"),
        S("quote", "us", None,
          "Madame Ndayishimiye,\n\nmerci pour votre demande. Veuillez trouver ci-joint notre offre {q}, CFR Dar "
          "es Salaam en euros. Délai : environ cinq semaines pour les chaînes, le reste est en stock.\n\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Madame Keller,\n\nles prix sont corrects. Par contre notre direction financière demande si vous "
          "pouvez accepter 20 % d'acompte au lieu de 30 %, les devises sont difficiles à obtenir en ce moment.\n\n",
          gap=3),
        S("negotiation", "us", None,
          "Madame Ndayishimiye,\n\nje comprends la difficulté. Malheureusement nous devons rester à 30 % "
          "d'acompte pour une première commande ; en échange nous gardons les prix de l'offre {q} fermes "
          "jusqu'à fin avril.\n\n", gap=1),
        S("order", "partner", None,
          "Bonjour,\n\nd'accord. Ci-joint notre bon de commande {po}. Merci de nous faire parvenir la facture "
          "proforma et le contrat.\n\n", docs=(("purchase_order", "pdf"),), gap=4),
        S("order", "us", None,
          "Madame Ndayishimiye,\n\nmerci pour le bon de commande {po}. Vous trouverez ci-joint la facture "
          "proforma {pi} pour l'acompte de 30 % et notre contrat de vente {ctr} à signer.\n\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("payment", "partner", None,
          "Bonjour Madame,\n\nl'acompte de {paid} a été viré ce matin par notre banque. Copie du message "
          "swift en pièce jointe.\n\n", docs=(("payment_advice", "pdf"),), gap=8),
        S("contract", "partner", None,
          "Madame, ci-joint le contrat {ctr} signé par le Directeur général. Bonne réception.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=1),
        S("production", "us", None,
          "Madame Ndayishimiye,\n\npetit point sur {po} : les chaînes de convoyeur sont arrivées de l'usine, "
          "l'emballage maritime est prévu la semaine prochaine.\n\n", gap=17),
        S("shipping", "us", "Commande {po} expédiée – facture {inv}",
          "Madame Ndayishimiye,\n\nla commande {po} a été chargée dans le conteneur {track} à destination de "
          "Dar es Salaam. Ci-joint la facture {inv} (solde de 70 %), la liste de colisage et le connaissement.\n\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf"), ("bill_of_lading", "pdf")),
          new_thread=True, gap=9),
        S("claim", "partner", "Réclamation {claim} – livraison de notre commande {po}",
          "Madame Keller,\n\nles marchandises sont arrivées à Bujumbura. Au contrôle, une partie des matrices "
          "de capsuleuse ne correspond pas au diamètre commandé et plusieurs gicleurs sont fissurés. Notre "
          "fiche de non-conformité {ir} est jointe. Nous attendons votre proposition.\n\n",
          docs=(("inspection_report", "pdf"),), new_thread=True, gap=41),
        S("claim", "us", None,
          "Madame Ndayishimiye,\n\nmerci pour la fiche {ir} et toutes nos excuses. Nous envoyons les matrices "
          "et les gicleurs de remplacement par avion jusqu'à Bujumbura, à nos frais ; les pièces refusées "
          "peuvent être mises au rebut.\n\n", gap=2),
    ], deposit=True, tracking="sea"),
    # Curaçao (writing Spanish, Gmail): enquiry, quote, the ERP's order spreadsheet; our invoice and contract;
    # the signed contract; shipment with the B/L only; receipt; payment.
    Deal("ho28-CW1", "CW", dt.date(2038, 3, 8), 8, "OC-PPC-38-0107",
         {"q": "S0380308", "inv": "INV/2038/00521", "ctr": "NWC-SC-38-033", "bl": "MALU38SOU004951",
          "pay": "BAK-380519-2271"}, [
        S("enquiry", "partner", "Solicitud de cotización – repuestos horno y divisora",
          "Hola Anna, buenas tardes\n\nle escribo de la Panificadora Punda en Willemstad. Necesitamos cotización "
          "CIF Willemstad de estos repuestos:\n\n{needs}\n\nLa banda del horno es lo más urgente, la actual "
          "tiene dos parches ya. Gracias de antemano!\n\n"),
        S("quote", "us", None,
          "Hola Yanelis:\n\nmuchas gracias por su solicitud. Le adjunto la cotización {q}, CIF Willemstad en "
          "dólares. La banda de horno se fabrica a medida, unas cuatro semanas; lo demás está en almacén.\n\n",
          docs=(("quotation", "pdf"),), gap=1),
        S("order", "partner", None,
          "Anna, buen día\n\nadjunto el pedido de compra {po} sacado de nuestro sistema, en Excel. El señor "
          "Isenia firmará el contrato cuando lo reciba.\n\n", docs=(("purchase_order", "xlsx"),), gap=5),
        S("order", "us", None,
          "Hola Yanelis:\n\ngracias por el pedido {po}. Adjunto la factura {inv} y el contrato de compraventa "
          "{ctr} para la firma del señor Isenia.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", None,
          "Listo, contrato {ctr} firmado adjunto. Saludos!\n\n", docs=(("contract", "pdf"),), signed=True, gap=3),
        S("shipping", "us", None,
          "Hola Yanelis:\n\nel pedido {po} ya zarpó, contenedor {track}. Le adjunto el conocimiento de embarque; "
          "la banda del horno va en la caja larga, por favor que no la pongan de pie.\n\n",
          docs=(("bill_of_lading", "pdf"),), gap=30),
        S("receipt", "partner", None,
          "Anna todo llegó bien, la banda también (acostada jaja). Mil gracias.\n\n", gap=20),
        S("payment", "partner", "Pago factura {inv}",
          "Hola Anna\n\nhoy hicimos la transferencia de {paid} para la factura {inv}. Adjunto la confirmación "
          "del banco.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=6),
    ], tracking="sea"),
    # Kyrgyzstan (a Chinese-run cement plant writing Chinese, Outlook): enquiry, quote, a discount request and 3 %;
    # the Kingdee order as PDF in a new thread; our pro forma and contract; full prepayment; signed contract;
    # courier shipment with invoice and packing list.
    Deal("ho28-KG1", "KG", dt.date(2038, 3, 15), 9, "CGDD-2038-0315",
         {"q": "S0380315", "pi": "PF/2038/0044", "ctr": "NWC-SC-38-038", "inv": "INV/2038/00566",
          "sn": "WH-PL-38-0455", "pay": "KSRB-380402-0177"}, [
        S("enquiry", "partner", "询价：回转窑及水泥磨备件 / RFQ kiln and mill spares",
          "Anna 你好，\n\n我们是坎特的天山建材水泥厂，年度检修前需要采购以下备件，请报 CPT Bishkek 美元价格和交货期：\n\n"
          "{needs}\n\n另外请告知空运还是陆运比较合适。谢谢！\n\n"),
        S("quote", "us", None,
          "Dear Ms Liu,\n\nthank you for your enquiry. Our quotation {q} is attached, CPT Bishkek in USD. We "
          "would send by air courier to Bishkek; all items are in stock except the grate plates (about three "
          "weeks).\n\n", docs=(("quotation", "pdf"),), gap=1),
        S("negotiation", "partner", None,
          "Anna 你好，报价收到。张总说篦板和轴承价格偏高，能不能优惠 5%？我们是长期客户的话以后还会有订单。\n\n", gap=2),
        S("negotiation", "us", None,
          "Dear Ms Liu,\n\nwe can offer 3 % off every line of {q} for this order. That is the best we can do "
          "with air freight included.\n\n", gap=1),
        S("order", "partner", "采购订单 {po}",
          "Anna 你好，\n\n张总同意 3% 的优惠。附件是我们的采购订单 {po}（金蝶系统导出）。请发形式发票和合同，我们收到后全额付款。\n\n",
          docs=(("purchase_order", "pdf"),), new_thread=True, gap=3),
        S("order", "us", None,
          "Dear Ms Liu,\n\nthank you for PO {po}. Attached are pro forma invoice {pi} for the prepayment and our "
          "sales contract {ctr} for Mr Zhang's signature.\n\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Anna，货款 {paid} 今天已经汇出，附件是银行汇款确认书，请查收。\n\n", docs=(("payment_advice", "pdf"),),
          gap=2),
        S("contract", "partner", None,
          "Anna 你好，合同 {ctr} 张总已签字盖章，见附件。\n\n", docs=(("contract", "pdf"),), signed=True, gap=1),
        S("shipping", "us", "{po} dispatched by DHL – invoice {inv}",
          "Dear Ms Liu,\n\nPO {po} left today with DHL Express, waybill {track}. Invoice {inv} and the packing "
          "list are attached; please give the invoice to your customs broker in Bishkek.\n\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf")), new_thread=True, gap=12),
    ], discount=Decimal("0.97"), tracking="courier"),
    # Grenada again: the PO reaches our account manager, who forwards it; our invoice and contract; the full pack
    # (signed contract, PO, invoice) comes back for the co-op's auditors; shipment told in the mail only.
    Deal("ho28-GD2", "GD", dt.date(2038, 4, 19), 6, "GSG-PO-1093",
         {"inv": "INV/2038/00611", "ctr": "NWC-SC-38-046", "sn": "WH-PL-38-0501"}, [
        S("order", "partner", "PO {po} - sieves and trays",
          "Hi Priya,\n\nnice to finally meet at the agri show in St. George's! Here's the PO we talked about, "
          "{po} for more sieves and mace trays. Can you get it to the right person? Thanks a mil.\n\n",
          docs=(("purchase_order", "pdf"),), forward=True, new_thread=True),
        S("order", "us", None,
          "Hi Kezia,\n\nPriya passed me your PO {po}. Invoice {inv} and contract {ctr} are attached.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("order", "partner", None,
          "Hi Anna,\n\nhere's {ctr} signed by Desmond. The auditors come in June and they want every order in "
          "one email with the PO, your invoice and the signed contract together, so I put PO {po} and invoice "
          "{inv} back on this mail. Nothing changed.\n\n",
          docs=(("contract", "pdf"), ("purchase_order", "pdf"), ("commercial_invoice", "pdf")), signed=True, gap=3),
        S("shipping", "us", None,
          "Hi Kezia,\n\nthe sieves and trays sailed on Thursday in container {track}; ETA St. George's in about "
          "three weeks. Documents follow from the carrier.\n\n", gap=9),
    ], tracking="sea"),
    # Sierra Leone again: a claim on an earlier order, linked only by its numbers, with the NCR; our answer.
    Deal("ho28-SL2", "SL", dt.date(2038, 3, 22), 6, "4100212",
         {"inv": "INV/2037/01187", "claim": "KAD-NCR-CLM-38-02", "ir": "NCR-KAD-38-0009"}, [
        S("claim", "partner", "Claim {claim} - impellers PO {po} (your inv {inv})",
          "Dear Anna\n\nI am sorry to write with a problem. Two impellers from PO {po} have cracked at the vane "
          "root after less than 300 running hours, and the bearings were delivered with the wrong bore. Our "
          "NCR {ir} is attached with the photos reference. We need replacement urgently, the plant is on one "
          "pump.\n\n", docs=(("inspection_report", "pdf"),), new_thread=True),
        S("claim", "us", None,
          "Dear Mohamed,\n\nthank you for NCR {ir}, and I'm sorry for the downtime. Replacement impellers and "
          "the correct bearings go by air to Freetown this week at our cost. Could you keep the cracked ones "
          "for our metallurgist?\n\n", gap=1),
    ]),
    # Montenegro again: a claim on an earlier order with the German NCR; our answer.
    Deal("ho28-ME2", "ME", dt.date(2038, 5, 10), 6, "B-2037-0211",
         {"inv": "INV/2037/01243", "claim": "REK-LR-38-003", "ir": "NCR-LR-2038-05"}, [
        S("claim", "partner", "Reklamation {claim} – Bestellung {po}",
          "Sehr geehrte Frau Keller,\n\nleider müssen wir die Dichtungen aus unserer Bestellung {po} (Ihre "
          "Rechnung {inv}) reklamieren: sie passen nicht auf die Türen der Kombidämpfer. Unser Fehlerbericht "
          "{ir} ist angehängt. Bitte um schnellen Ersatz, die Saison hat begonnen.\n\n",
          docs=(("inspection_report", "pdf"),), new_thread=True),
        S("claim", "us", None,
          "Sehr geehrte Frau Vuković,\n\nes tut mir leid. Die richtigen Dichtungen gehen morgen per Express an "
          "Sie, kostenlos. Die falschen können Sie entsorgen.\n\n", gap=1),
    ]),
    # Kyrgyzstan again: a quick budget question in Chinese; we answer with prices typed in the reply.
    Deal("ho28-KG2", "KG", dt.date(2038, 5, 17), 4, "CGDD-2038-0517", {"q": "S0380517"}, [
        S("enquiry", "partner", "咨询价格 – 除尘布袋和包装嘴",
          "Anna 你好，明年预算要报上去，麻烦给个参考价格：\n\n{needs}\n\n不用正式报价，邮件里写一下就可以。谢谢\n\n"),
        S("quote", "us", None,
          "Dear Ms Liu,\n\nhere are our budget prices (reference {q}), CPT Bishkek:\n\n{price_list}\n\n"
          "Happy to make a formal quotation whenever you need one.\n\n", gap=1),
    ]),
    # Curaçao again: payment of an invoice from before this mailbox, one mail.
    Deal("ho28-CW2", "CW", dt.date(2038, 2, 17), 6, "OC-PPC-37-0391", {"inv": "INV/2037/01156", "pay": "BAK-380217-0088"},
         [S("payment", "partner", "Comprobante de pago – factura {inv}",
            "Buenos días Anna,\n\nle envío la confirmación del banco del pago de la factura {inv} (nuestro pedido "
            "{po}), {paid}. Disculpe la demora, tuvimos cambio de contador.\n\n", docs=(("payment_advice", "pdf"),))]),
    # Burundi again: a long repeat order (every article, the tables run over a page) without quote; our invoice,
    # the contract promised by post; shipment with the packing list; the signed contract never arrives here.
    Deal("ho28-BI2", "BI", dt.date(2038, 5, 24), 18, "BC/BLT/2038/057",
         {"inv": "INV/2038/00688", "ctr": "NWC-SC-38-052", "sn": "WH-PL-38-0577", "bl": "MALU38SOU005233"}, [
        S("order", "partner", "Nouvelle commande {po} – réassort pièces d'usure",
          "Madame Keller,\n\nsuite au bon fonctionnement de la première livraison, voici notre commande de "
          "réassort {po}. Conditions identiques. Merci de confirmer le délai.\n\n",
          docs=(("purchase_order", "pdf"),)),
        S("order", "us", None,
          "Madame Ndayishimiye,\n\nmerci beaucoup pour la commande {po}. Vous trouverez la facture {inv} en "
          "pièce jointe ; le contrat {ctr} vous parvient en deux originaux par la poste.\n\n",
          docs=(("commercial_invoice", "pdf"),), gap=1),
        S("shipping", "us", None,
          "Madame Ndayishimiye,\n\nla commande {po} est partie en groupage, conteneur {track}. Liste de colisage "
          "ci-jointe. Pourriez-vous nous retourner un original signé du contrat {ctr} ?\n\n",
          docs=(("shipping_notice", "pdf"),), gap=20),
    ], tracking="sea"),
]
