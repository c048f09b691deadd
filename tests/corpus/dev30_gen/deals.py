"""The twenty-ninth holdout's deal scripts, with the words each side writes (new wording, not dev..dev29's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    # Liberia (Gmail): the crepe line is worn out; enquiry, quote, a push for better terms answered with 4 % off,
    # the Zoho PO as PDF, our invoice and agreement, the agreement signed, a production note, shipment in its own
    # thread with packing list and sea waybill, arrival, and the remittance advice in a fresh thread.
    Deal("ho29-LR1", "LR", dt.date(2039, 2, 7), 10, "PO-MBR-00417",
         {"q": "QT-39-00208", "inv": "90041877", "ctr": "NWC-SA-39-011", "sn": "80017742",
          "bl": "SBCL39SOU0118", "pay": "AP-PAY-39-00561"}, [
        S("enquiry", "partner", "Request for price - crepe line & dryer parts",
          "Good morning Anna,\n\nHope you are doing fine. I got your contact through Mr. Kollie who met your "
          "colleague at the Accra trade fair last year.\n\nOur crepe line is giving us serious headache, two of the "
          "rollers are worn flat and the dryer burners are not firing clean. Management asked me to get prices "
          "from UK before we decide. Please quote CIF Monrovia for:\n\n{needs}\n\nAlso kindly advise the lead time, "
          "we want to fix everything during the low season when tapping slows down.\n\n"),
        S("quote", "us", None,
          "Dear Josephine,\n\nthank you for thinking of us, and please give Mr Kollie my regards. Quotation "
          "{q} is attached, CIF Monrovia in US dollars.\n\nThe rollers are made to order, about five weeks; "
          "screens, nozzles, seals and strips are on the shelf. If it helps, we can hold everything and send one "
          "container so you only clear once.\n\n", docs=(("quotation", "pdf"),), gap=1),
        S("negotiation", "partner", None,
          "Hello Anna\n\nthanks for the fast reply, quote recieved with thanks. I shared the quote with management. The rollers price is ok "
          "but they say the total is above what they budgeted, and they would like 60 days instead of 30 because "
          "the rubber money comes in late from the buyers. Is there anything you can do for us?\n\n", gap=4),
        S("negotiation", "us", None,
          "Hi Josephine,\n\nI've talked to our finance people. 60 days is difficult for a first order, so the "
          "terms have to stay at 30 days from B/L - but we can take 4 % off every line of {q}. I hope that "
          "gets you under the budget line.\n\n", gap=1),
        S("order", "partner", None,
          "Anna,\n\nManagement has approved. Please see attached our PO {po}. Kindly send us your invoice and "
          "any document we must sign, so our finance can open the file.\n\nThank you!\n\n",
          docs=(("purchase_order", "pdf"),), gap=3),
        S("order", "us", None,
          "Dear Josephine,\n\nmany thanks for PO {po} - it's booked. Attached you'll find invoice {inv} and our "
          "supply agreement {ctr}. Could Mr Kollie sign the agreement and send a scan back? The rollers go into "
          "production today.\n\n", docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False,
          gap=1),
        S("contract", "partner", None,
          "Good day Anna,\n\nplease find the agreement {ctr} signed and sealed. Sorry it took a few days, the "
          "manager was up country at the Bong plantation.\n\n", docs=(("contract", "pdf"),), signed=True, gap=6),
        S("production", "us", None,
          "Hi Josephine,\n\na quick update on {po}: the first crepe roller is off the grooving machine and "
          "looks good, the second one follows next week. We are still on track to load at the end of the "
          "month.\n\n", gap=12),
        S("shipping", "us", "Shipment of your PO {po} - documents",
          "Dear Josephine,\n\nyour order {po} sailed from Southampton yesterday in container {track}. The "
          "packing list and the sea waybill are attached - no originals needed, your clearing agent can collect "
          "against the waybill and your ID papers. ETA Monrovia in about 19 days.\n\n",
          docs=(("shipping_notice", "pdf"), ("bill_of_lading", "pdf")), new_thread=True, gap=17),
        S("receipt", "partner", None,
          "Hi Anna, just to let you know the container reach the factory this morning. The rollers look fine, "
          "the boys are already fitting the first one. Thanks for the good packing!!\n\n", gap=22),
        S("payment", "partner", "Payment advice - Northwind inv {inv}",
          "Dear Anna,\n\nour finance released the payment for invoice {inv} today, {paid}. The remittance "
          "advice from our system is attached for your records.\n\n", docs=(("payment_advice", "pdf"),),
          new_thread=True, gap=9),
    ], discount=Decimal("0.96"), tracking="sea"),
    # Seychelles (Outlook): enquiry for the freezing plant, quote, the Excel PO; our invoice alone; the buyer asks
    # where the agreement is; we send it; signed back; shipment with packing list and waybill; arrival; payment.
    Deal("ho29-SC1", "SC", dt.date(2039, 2, 14), 12, "PVCS-PO-2039-0031",
         {"q": "QT-39-00231", "inv": "90041902", "ctr": "NWC-SA-39-014", "sn": "80017790",
          "bl": "SBCL39SOU0131", "pay": "PVCS-PV-39-0208"}, [
        S("enquiry", "partner", "Enquiry - spares for ammonia plant and blast freezers",
          "Dear Ms Keller,\n\nWe are the cold store at the New Fishing Port in Victoria, we freeze and store tuna "
          "for the purse seiners. Our annual shutdown is in May and I am collecting offers for the list below. "
          "Could you quote CFR Port Victoria in EUR please?\n\n{needs}\n\nThe valve plates are the priority - "
          "compressor no. 2 is leaking past the suction valves since December.\n\n"),
        S("quote", "us", None,
          "Dear Ms Hoareau,\n\nthank you for your enquiry. Our quotation {q} is attached, CFR Port Victoria in "
          "euro, payment 60 days from arrival as you asked.\n\nValve plates and seals can leave within two "
          "weeks; the fan motors come from the works in about four. Shipping in one go would arrive well before "
          "your shutdown.\n\n", docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Dear Anna,\n\nThe GM has signed off. Our purchase order {po} is attached (Excel, from our stores "
          "system). Please ship everything together as suggested.\n\nRegards\n\n",
          docs=(("purchase_order", "xlsx"),), gap=8),
        S("order", "us", None,
          "Dear Marie-Claire,\n\nthank you for order {po}. Invoice {inv} is attached; everything is scheduled "
          "for loading in mid-April.\n\n", docs=(("commercial_invoice", "pdf"),), gap=1),
        S("order", "partner", None,
          "Hi Anna\n\nthanks for the invoice. Our auditors need a signed contract for every foreign supplier "
          "above EUR 10,000 - do you have a standard one? Otherwise I cannot release the file to accounts.\n\n",
          gap=2),
        S("contract", "us", None,
          "Dear Marie-Claire,\n\nof course - our supply agreement {ctr} for order {po} is attached. Once Mr "
          "Labrosse has signed it, a scan back to me is all we need.\n\n", docs=(("contract", "docx"),),
          signed=False, gap=1),
        S("contract", "partner", None,
          "Anna, agreement {ctr} signed by Bernard attached. Mersi!\n\n", docs=(("contract", "pdf"),),
          signed=True, gap=3),
        S("shipping", "us", None,
          "Dear Marie-Claire,\n\n{po} is on board, container {track}, via Port Louis transhipment. Packing list "
          "and sea waybill attached. The fan motors are in the two cartons marked 3/4 and 4/4.\n\n",
          docs=(("shipping_notice", "pdf"), ("bill_of_lading", "pdf")), gap=29),
        S("payment", "partner", "Remittance {pay} / your invoice {inv}",
          "Dear Anna,\n\nthe goods arrived complete and the valve plates are already in no. 2 - no more leak, "
          "thank you. Attached is the remittance advice for your invoice {inv}, {paid} paid today by SWIFT."
          "\n\nBest regards\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=57),
    ], tracking="sea"),
    # Turkmenistan (writing German, Outlook): enquiry, quote, a question about early-payment discount, 2 % off;
    # the Word order; our invoice and agreement; the agreement signed; courier dispatch with packing list;
    # receipt after customs; payment advice in a new thread.
    Deal("ho29-TM1", "TM", dt.date(2039, 2, 21), 9, "4500003318",
         {"q": "QT-39-00254", "inv": "90041931", "ctr": "NWC-SA-39-017", "sn": "80017815",
          "pay": "ZA-2039-000412"}, [
        S("enquiry", "partner", "Anfrage Ersatzteile Spinnerei",
          "Sehr geehrte Frau Keller,\n\nunsere Spinnerei in Mary läuft mit Maschinen aus Deutschland und "
          "England, die Ersatzteile haben wir bisher über einen Händler in Istanbul bezogen. Der Händler hat "
          "leider aufgehört. Könnten Sie uns ein Angebot machen, Lieferung DAP Mary:\n\n{needs}\n\nWichtig für "
          "uns: die Ware muss mit Ursprungszeugnis kommen, sonst gibt es Probleme beim Zoll in Aschgabat.\n\n"),
        S("quote", "us", None,
          "Sehr geehrte Frau Orazowa,\n\nvielen Dank für Ihre Anfrage. Anbei unser Angebot {q}, DAP Mary in "
          "Euro. Ein Ursprungszeugnis der Handelskammer legen wir selbstverständlich bei. Die Kardengarnituren "
          "haben ca. vier Wochen Lieferzeit, alles andere ist ab Lager verfügbar.\n\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Sehr geehrte Frau Keller,\n\ndanke für das Angebot. Unser Direktor fragt, ob ein Rabatt möglich "
          "ist, wenn wir innerhalb von 30 Tagen zahlen – bei unserem alten Lieferanten hatten wir 3 %.\n\n",
          gap=3),
        S("negotiation", "us", None,
          "Sehr geehrte Frau Orazowa,\n\n3 % schaffen wir leider nicht, aber 2 % auf alle Positionen des "
          "Angebots {q} können wir Ihnen einräumen. Das Zahlungsziel bleibt 30 Tage nach Wareneingang.\n\n",
          gap=1),
        S("order", "partner", None,
          "Sehr geehrte Frau Keller,\n\neinverstanden. Im Anhang unsere Bestellung {po} (Word). Bitte senden "
          "Sie uns Rechnung und Vertrag, Herr Annaýew unterschreibt dann sofort.\n\n",
          docs=(("purchase_order", "docx"),), gap=4),
        S("order", "us", None,
          "Sehr geehrte Frau Orazowa,\n\nbesten Dank für die Bestellung {po}. Beigefügt sind die Rechnung "
          "{inv} und unser Liefervertrag {ctr} zur Unterschrift.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", None,
          "Guten Tag Frau Keller,\n\nanbei der unterschriebene Vertrag {ctr}. Wann können Sie ungefähr "
          "liefern? Unser Lager fragt jeden Tag nach den Ringläufern.\n\n", docs=(("contract", "pdf"),), signed=True, gap=2),
        S("shipping", "us", None,
          "Sehr geehrte Frau Orazowa,\n\ndie Sendung zu Ihrer Bestellung {po} ist heute mit DHL Express "
          "abgegangen, Luftfrachtbrief {track}. Packliste anbei, Rechnung und Ursprungszeugnis sind außen am "
          "ersten Karton.\n\n", docs=(("shipping_notice", "pdf"),), gap=24),
        S("payment", "partner", "Zahlungsavis zu Ihrer Rechnung {inv}",
          "Sehr geehrte Frau Keller,\n\ndie Ware ist angekommen, der Zoll in Aschgabat hat sechs Tage gebraucht, "
          "aber alles ist vollständig. Anbei das Zahlungsavis über {paid} für die Rechnung {inv}. Die "
          "Überweisung kann wegen der Korrespondenzbank 3–4 Tage dauern.\n\n",
          docs=(("payment_advice", "pdf"),), new_thread=True, gap=22),
    ], discount=Decimal("0.98"), tracking="courier"),
    # Congo (writing French, HTML-only): enquiry, quote, the order as PDF; our pro forma for the 30 % deposit and
    # the agreement; the deposit with the remittance advice; the signed agreement; a production note; shipment in
    # a new thread with invoice, packing list and waybill.
    Deal("ho29-CG1", "CG", dt.date(2039, 3, 1), 8, "BCA-SHPN-39-0112",
         {"q": "QT-39-00277", "pi": "90041950", "ctr": "NWC-SA-39-021", "inv": "90041996",
          "sn": "80017851", "bl": "SBCL39SOU0164", "pay": "SHPN-RGL-39-077"}, [
        S("enquiry", "partner", "Demande de cotation – pièces presse et savonnerie",
          "Bonjour Madame Keller,\n\nSuite à notre échange téléphonique de ce matin, je vous transmets la liste "
          "des pièces dont nous avons besoin pour la remise en état de la presse n° 2 et de la ligne savon :\n\n"
          "{needs}\n\nMerci de nous faire une offre CFR Pointe-Noire en euros, avec le délai. Nous avons "
          "l'habitude de régler 30 % à la commande.\n\n"),
        S("quote", "us", None,
          "Madame Mabiala,\n\nmerci pour cet échange et pour la liste. Vous trouverez ci-joint notre offre {q}, "
          "CFR Pointe-Noire en euros, avec 30 % à la commande comme vous le proposez. La vis de presse est "
          "fabriquée sur demande (six semaines) ; le reste part sous dix jours.\n\n",
          docs=(("quotation", "pdf"),), gap=1),
        S("order", "partner", None,
          "Madame,\n\nNous vous confirmons la commande selon votre offre. Veuillez trouver notre bon de commande "
          "{po} en pièce jointe et nous envoyer la facture proforma pour l'acompte, ainsi que le contrat.\n\n"
          "Cordialement\n\n", docs=(("purchase_order", "pdf"),), gap=5),
        S("order", "us", None,
          "Madame Mabiala,\n\nmerci pour votre bon de commande {po}. Ci-joint la facture proforma {pi} (acompte "
          "de 30 %) et notre contrat de fourniture {ctr}, à signer par M. Loemba.\n\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("payment", "partner", None,
          "Bonjour Madame,\n\nl'acompte de {paid} a été viré ce jour, vous trouverez l'avis de paiement ci-joint. "
          "Merci de lancer la fabrication.\n\n", docs=(("payment_advice", "pdf"),), gap=9),
        S("contract", "partner", None,
          "Madame Keller, voici le contrat {ctr} signé et cacheté. Bonne journée.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=2),
        S("production", "us", None,
          "Madame Mabiala,\n\nl'acompte est bien arrivé, merci. La vis de presse est en cours d'usinage ; nous "
          "vous enverrons des photos avant la trempe. Expédition toujours prévue début mai.\n\n", gap=6),
        S("shipping", "us", "Expédition BC {po} – facture {inv} et documents",
          "Madame Mabiala,\n\nvotre commande {po} est partie de Southampton dans le conteneur {track}. Ci-joint "
          "la facture {inv} pour le solde, la liste de colisage et la lettre de transport maritime. Arrivée "
          "prévue à Pointe-Noire dans environ trois semaines.\n\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf"), ("bill_of_lading", "pdf")),
          new_thread=True, gap=30),
    ], deposit=True, tracking="sea"),
    # Cabo Verde (a Spanish-owned cannery writing Spanish, Apple Mail): enquiry, quote, haggling and 5 %; the order
    # typed in the mail from the boat; our invoice and agreement; the formal X3 order follows in a new thread
    # named by its number; the agreement signed; shipment with the waybill; payment.
    Deal("ho29-CV1", "CV", dt.date(2039, 3, 7), 8, "PC-CAM-39-0044",
         {"q": "QT-39-00289", "inv": "90042013", "ctr": "NWC-SA-39-024", "bl": "SBCL39SOU0177",
          "pay": "CAM-TR-39-0191"}, [
        S("enquiry", "partner", "Petición de oferta – repuestos línea de atún",
          "Hola Anna:\n\nSoy Iria, de compras de Conservas Atlántico en Mindelo (antes estaba en la planta de "
          "Vigo, quizá te suene el nombre). Necesitamos oferta CIF Mindelo para estos repuestos de la línea "
          "de atún:\n\n{needs}\n\n¿Qué plazo tenéis? La campaña fuerte empieza en junio y no quiero quedarme sin "
          "cuchillas.\n\n"),
        S("quote", "us", None,
          "Hola Iria:\n\n¡Claro que me suena! Gracias por escribirnos. Te adjunto la oferta {q}, CIF Mindelo en "
          "euros. Las cuchillas y las juntas están en stock; la banda modular tarda unas tres semanas.\n\n",
          docs=(("quotation", "pdf"),), gap=1),
        S("negotiation", "partner", None,
          "Anna, gracias. Te soy sincera: el proveedor portugués nos da las juntas un 8 % más baratas. No "
          "quiero cambiar porque las suyas duran poco, pero necesito algo para convencer al director. ¿Podéis "
          "mejorar?\n\n", gap=2),
        S("negotiation", "us", None,
          "Hola Iria:\n\nentiendo. Te puedo hacer un 5 % en todas las líneas de la oferta {q}, manteniendo el "
          "CIF. Más no puedo sin tocar la calidad.\n\n", gap=1),
        S("order", "partner", None,
          "Vale, trato hecho. Te escribo desde el barco de vuelta de Praia, el sistema no me deja sacar el pedido "
          "desde el móvil, así que te lo pongo aquí y el pedido formal te llega después:\n\n{order_block}\n\n"
          "Mándame la factura y el contrato, porfa.\n\n", body_order=True, gap=3),
        S("order", "us", None,
          "Hola Iria:\n\nperfecto, pedido {po} registrado. Te adjunto la factura {inv} y el contrato de suministro "
          "{ctr} para que lo firme Xosé Manuel.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("order", "partner", "Pedido formal {po}",
          "Anna, buenas:\n\nte adjunto el pedido {po} ya sacado del sistema, es el mismo que te escribí desde el "
          "barco. Es solo para vuestro archivo.\n\n", docs=(("purchase_order", "pdf"),), new_thread=True, gap=4),
        S("contract", "partner", None,
          "Contrato {ctr} firmado, adjunto. Un abrazo.\n\n", docs=(("contract", "pdf"),), signed=True, gap=2),
        S("shipping", "us", None,
          "Hola Iria:\n\nel pedido {po} ha salido en el contenedor {track}, con transbordo en Las Palmas. Te "
          "adjunto la carta de porte marítimo (sea waybill), no hacen falta originales.\n\n",
          docs=(("bill_of_lading", "pdf"),), gap=26),
        S("payment", "partner", "Transferencia factura {inv}",
          "Hola Anna, te paso el aviso de pago de la factura {inv} ({paid}). Todo llegó perfecto, las cuchillas "
          "cortan de maravilla. ¡Gracias!\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=38),
    ], discount=Decimal("0.95"), tracking="sea"),
    # Angola (a Chinese-run steel plant writing Chinese, Outlook): enquiry, quote, a discount request and 3 %; the
    # U8 order spreadsheet in a new thread; our pro forma and the agreement as PDF; the deposit; the agreement
    # signed; shipment in a new thread with invoice, packing list and waybill.
    Deal("ho29-AO1", "AO", dt.date(2039, 3, 14), 10, "CG-KSS-20390321",
         {"q": "QT-39-00301", "pi": "90042030", "ctr": "NWC-SA-39-027", "inv": "90042088",
          "sn": "80017902", "bl": "SBCL39SOU0199", "pay": "FK-2039-0330-07"}, [
        S("enquiry", "partner", "询价 – 轧机备件 / enquiry rolling mill spares",
          "Anna 您好！\n\n我是宽扎中国钢铁采购部的王丽芳。我们在罗安达的螺纹钢厂下个月要停产检修，需要下面这些备件，"
          "请报 CIF Luanda 美元价，并注明交期：\n\n{needs}\n\n辊环最急，现在库存只够用三周。谢谢！\n\n"),
        S("enquiry", "partner", None,
          "Anna，补充一下，下面是我们设备科李科长的邮件，辊环的材质和孔型他写得比较清楚，报价时请参考。\n\n"
          "---------- Forwarded message ---------\n发件人: 李建国 <li.jianguo@kwanza-sinosteel.example>\n"
          "Date: 2039年3月14日 周一 16:52\nSubject: 回复: 轧机备件询价\nTo: 王丽芳 <wang.lifang@kwanza-sinosteel.example>\n\n"
          "丽芳：\n辊环要 YG15 牌号的，外径按清单，孔型图我下周发。导卫轴承要带密封的，去年买的开式的进水坏得快。"
          "剪刃先报 600 的，800 的可以等下次。\n李\n\n", gap=1),
        S("quote", "us", None,
          "Dear Ms Wang,\n\nthank you for your enquiry. Please find quotation {q} attached, CIF Luanda in USD. "
          "Roll rings and guide rollers can ship within ten days; shear blades need about four weeks. We would "
          "suggest sending the roll rings first by air if the stock is that short.\n\n",
          docs=(("quotation", "pdf"),), gap=1),
        S("negotiation", "partner", None,
          "Anna 您好，报价收到了。陈总看了，觉得剪刃和辊环贵了一点，能不能再便宜 5%？我们一年要买好几次，"
          "以后长期合作。\n\n", gap=2),
        S("negotiation", "us", None,
          "Dear Ms Wang,\n\nI understand. For this order we can give 3 % on every line of {q}; with the air "
          "freight for the roll rings included, that is really our limit.\n\n", gap=1),
        S("order", "partner", "采购订单 {po} – Northwind",
          "Anna 您好，\n\n陈总同意 3%。附件是我们的采购订单 {po}（用友系统导出的 Excel）。请发形式发票和合同，"
          "我们先付 30% 预付款。\n\n", docs=(("purchase_order", "xlsx"),), new_thread=True, gap=2),
        S("order", "us", None,
          "Dear Ms Wang,\n\nthank you for order {po}. Attached are pro forma invoice {pi} for the 30 % advance "
          "and our supply agreement {ctr} for Mr Chen's signature.\n\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Anna，30% 预付款 {paid} 今天已汇出，付款通知见附件。麻烦安排生产。\n\n",
          docs=(("payment_advice", "pdf"),), gap=3),
        S("contract", "partner", None,
          "Anna 您好，合同 {ctr} 陈总已签字盖章，扫描件见附件。\n\n", docs=(("contract", "pdf"),), signed=True,
          gap=1),
        S("shipping", "us", "{po} shipped – invoice {inv}, packing list and waybill",
          "Dear Ms Wang,\n\norder {po} is on its way to Luanda in container {track}. Invoice {inv} for the "
          "70 % balance, the packing list and the sea waybill are attached.\n\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf"), ("bill_of_lading", "pdf")),
          new_thread=True, gap=21),
    ], discount=Decimal("0.97"), deposit=True, tracking="sea"),
    # Liberia again: Josephine sends a small PO to our account manager, who forwards it; our invoice and
    # agreement; the complete pack comes back in one mail; a shipping note in the mail only.
    Deal("ho29-LR2", "LR", dt.date(2039, 4, 18), 6, "PO-MBR-00452",
         {"inv": "90042140", "ctr": "NWC-SA-39-033", "sn": "80017960"}, [
        S("order", "partner", "PO {po} - screens and pump seals",
          "Hi Rhys,\n\nit was good to see you in Monrovia last week. As promised, here is our PO {po} for the "
          "hammer mill screens and pump seals. Please pass to Anna, I know she handles the paperwork.\n\n",
          docs=(("purchase_order", "pdf"),), forward=True, new_thread=True),
        S("order", "us", None,
          "Hi Josephine,\n\nRhys handed me your PO {po}, thank you. Invoice {inv} and agreement {ctr} are "
          "attached, same as last time.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("order", "partner", None,
          "Hello Anna,\n\nhere it is all together for our file: the signed agreement {ctr}, our PO {po} and your "
          "invoice {inv}. Our new auditor likes to see the three in one email, sorry for the repeat.\n\n",
          docs=(("contract", "pdf"), ("purchase_order", "pdf"), ("commercial_invoice", "pdf")), signed=True,
          gap=4),
        S("shipping", "us", None,
          "Hi Josephine,\n\nthe screens and seals left today in container {track} on the same service as before. "
          "Documents to follow once the carrier issues them.\n\n", gap=11),
    ], tracking="sea"),
    # Seychelles again: a claim on an earlier order, linked only by its numbers, with the SCAR; our answer; a
    # nudge from the buyer.
    Deal("ho29-SC2", "SC", dt.date(2039, 3, 23), 6, "PVCS-PO-2038-0117",
         {"inv": "90039811", "claim": "PVCS-QC-39-004", "ir": "SCAR-39-0012"}, [
        S("claim", "partner", "Quality claim {claim} - fan motors on PO {po}",
          "Dear Anna,\n\nI am sorry to trouble you with this. Two of the evaporator fan motors from our order "
          "{po} (your invoice {inv}) have failed in the blast freezer after less than a month - bearings "
          "seized, and the terminal boxes took water. Our SCAR {ir} is attached. We would need replacements "
          "before the next carrier vessel.\n\n", docs=(("inspection_report", "pdf"),), new_thread=True),
        S("claim", "us", None,
          "Dear Marie-Claire,\n\nthank you for SCAR {ir}, and apologies for the trouble. We are sending two "
          "replacement motors by air freight to Mahé this week at our cost, and our engineer will fill in the "
          "root-cause part of the form once he has seen the failed units. Could you keep them for us?\n\n", gap=1),
        S("claim", "partner", None,
          "Hi Anna, any news on the replacement motors? The freezer is running on one fan and the tuna boats come "
          "in on Thursday.\n\n", gap=4),
    ]),
    # Cabo Verde again: a claim on an earlier order, with the Spanish SCAR; our answer.
    Deal("ho29-CV2", "CV", dt.date(2039, 5, 9), 6, "PC-CAM-38-0187",
         {"inv": "90040412", "claim": "REC-CAM-39-011", "ir": "SCAR-CAM-39-006"}, [
        S("claim", "partner", "Reclamación {claim} – termopares pedido {po}",
          "Hola Anna:\n\nte escribo por un problema con el pedido {po} (factura {inv}). Los termopares tipo "
          "K marcan 6-8 grados menos que el patrón, y en autoclave eso no nos lo podemos permitir. Adjunto "
          "nuestra solicitud de acción correctiva {ir}. ¿Cómo lo vemos?\n\n", docs=(("inspection_report", "pdf"),),
          new_thread=True),
        S("claim", "us", None,
          "Hola Iria:\n\ngracias por avisar tan rápido y perdona las molestias. Te mandamos termopares nuevos, "
          "calibrados y con certificado, por mensajería a Mindelo; los defectuosos nos los devuelves cuando "
          "puedas, sin prisa.\n\n", gap=1),
    ]),
    # Angola again: a budget question in Chinese; we answer with prices typed in the reply.
    Deal("ho29-AO2", "AO", dt.date(2039, 5, 16), 4, "CG-KSS-20390516", {"q": "QT-39-00377"}, [
        S("enquiry", "partner", "请报参考价 – 中间包水口和测温头",
          "Anna 您好，\n\n我们在做下半年的预算，麻烦帮忙报个参考价就行，不用正式报价单：\n\n{needs}\n\n谢谢您！\n\n"),
        S("quote", "us", None,
          "Dear Ms Wang,\n\nhere are budget prices for you (our reference {q}), CIF Luanda:\n\n{price_list}\n\n"
          "Prices are valid for 60 days. When you are ready to order I will send a formal quotation.\n\n", gap=1),
    ]),
    # Turkmenistan again: an old invoice paid, one mail with the advice.
    Deal("ho29-TM2", "TM", dt.date(2039, 2, 15), 6, "4500002987", {"inv": "90039877", "pay": "ZA-2039-000117"},
         [S("payment", "partner", "Zahlung Rechnung {inv} – Bestellung {po}",
            "Guten Tag Frau Keller,\n\nentschuldigen Sie bitte die Verspätung. Die Rechnung {inv} zu unserer "
            "Bestellung {po} wurde heute bezahlt ({paid}), das Avis hängt an.\n\n",
            docs=(("payment_advice", "pdf"),))]),
    # Congo again: a long repeat order without quote; our invoice, the agreement "to follow"; shipment with
    # packing list and waybill; the agreement never comes back here.
    Deal("ho29-CG2", "CG", dt.date(2039, 5, 23), 16, "BCA-SHPN-39-0188",
         {"inv": "90042231", "ctr": "NWC-SA-39-041", "sn": "80018044", "bl": "SBCL39SOU0262"}, [
        S("order", "partner", "Commande de réassort {po}",
          "Bonjour Madame Keller,\n\nLa remise en état de la presse s'est bien passée, merci. Nous passons "
          "maintenant une commande de réassort pour notre stock de sécurité : bon de commande {po} joint, mêmes "
          "conditions que la fois précédente. Pouvez-vous confirmer le délai ?\n\n",
          docs=(("purchase_order", "pdf"),)),
        S("order", "us", None,
          "Madame Mabiala,\n\nmerci pour ce nouveau bon de commande {po}. Ci-joint la facture {inv} ; le contrat "
          "{ctr} suivra par courrier séparé. Délai : environ quatre semaines.\n\n",
          docs=(("commercial_invoice", "pdf"),), gap=1),
        S("shipping", "us", None,
          "Madame Mabiala,\n\nla commande {po} a été chargée dans le conteneur {track}. Vous trouverez la liste "
          "de colisage et la lettre de transport maritime jointes. Merci de nous retourner le contrat {ctr} signé "
          "dès que possible, il nous manque encore pour clôturer le dossier.\n\n",
          docs=(("shipping_notice", "pdf"), ("bill_of_lading", "pdf")), gap=27),
    ], tracking="sea"),
]
