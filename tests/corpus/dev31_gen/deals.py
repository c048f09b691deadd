"""The thirtieth holdout's deal scripts, with the words each side writes (new wording, not dev..dev30's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    # The Gambia (Gmail): before the cashew season; enquiry, quote, a request to split the shipment and a lower
    # price, 3 % off if it goes in one lot, the Excel PO, our invoice and letter agreement, the agreement signed
    # back with a question, a production note, dispatch by courier in its own thread, arrival, and payment.
    Deal("ho30-GM1", "GM", dt.date(2040, 1, 9), 12, "KCP/PO/40/0093",
         {"q": "NW-Q40118", "inv": "NW-IN40772", "ctr": "NW-LA-40-007", "sn": "NW-PS40561", "bl": "4417093526",
          "pay": "GRT2040021900417"}, [
        S("enquiry", "partner", "RFQ - spares for shelling & peeling line (season 2040)",
          "Dear Anna,\n\nCompliments of the new year. I am the new procurement person at Kombo Cashew, I took over "
          "from Mr Jobe who retired in December, he left your card in the file.\n\nThe raw nut season opens end of "
          "March and we must have the line ready before then. Please send your best price CIF Banjul for the "
          "following:\n\n{needs}\n\nThe blade sets are the most urgent, the old ones are cracking the kernels too "
          "much (we are losing almost 10% wholes). Kindly also confirm you can send certificate of origin, GRA is "
          "strict now.\n\n"),
        S("quote", "us", None,
          "Dear Fatou,\n\nwelcome aboard, and thank you for getting in touch - Mr Jobe was a pleasure to work with. "
          "Our quote {q} is attached, CIF Banjul in US dollars. A certificate of origin from the Hampshire Chamber "
          "goes with every shipment, so no problem there.\n\nBlade sets and sieves are in stock. The peeling "
          "rollers are re-lined to order, which takes about three weeks.\n\n", docs=(("quotation", "pdf"),), gap=1),
        S("negotiation", "partner", None,
          "Hi Anna,\n\nthank you. Two things from my director:\n1) can you ship the blades and sieves now by courier "
          "and the rest later? we don't want to wait for the rollers\n2) the rollers are quite expensive compared "
          "to what we paid in 2038, is there any room on price?\n\nWe want to order this week if possible.\n\n",
          gap=3),
        S("negotiation", "us", None,
          "Hi Fatou,\n\nI asked around. Two shipments means two lots of courier charges and two clearances in "
          "Banjul, which is why the CIF price assumes one. If you take it as one consignment, I can knock 3 % off "
          "every line of {q}, and we will put the blades on top so they come out first. The rollers would be "
          "ready in about 18 working days, so the wait is not long.\n\n", gap=1),
        S("order", "partner", None,
          "Anna, ok we go with one shipment and the 3%. Our PO {po} is attached (excel). Please send your invoice "
          "and whatever contract you need signed. Thanks a lot for the quick answers.\n\n",
          docs=(("purchase_order", "xlsx"),), gap=2),
        S("order", "us", None,
          "Dear Fatou,\n\ngreat, thank you for PO {po}. Attached are invoice {inv} and our letter agreement "
          "{ctr}; if Mr Sanneh could sign the acceptance at the bottom and send it back as a scan, that is all we "
          "need. Production of the rollers starts Monday.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", None,
          "Hello Anna,\n\nsigned letter attached ({ctr}). Mr Sanneh asks: the warranty 12 months, is it from "
          "delivery or from when we install? Because some parts we keep in store untill the next season.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=4),
        S("production", "us", None,
          "Hi Fatou,\n\nit runs from delivery, as paragraph 6 says - but if a part fails on first use and you can "
          "show it came out of the box that way, we will not argue about the date. The rollers for {po} are "
          "re-lined and curing now; we expect to pack at the end of next week.\n\n", gap=3),
        S("shipping", "us", "Your order {po} is on its way - waybill {track}",
          "Dear Fatou,\n\ngood news: order {po} was collected by Skylark Express this afternoon, waybill {track}. "
          "Packing slip and a copy of the waybill are attached; the blades are in box 1. The courier's Banjul "
          "office will call you for the clearance.\n\n",
          docs=(("shipping_notice", "pdf"), ("bill_of_lading", "pdf")), new_thread=True, gap=9),
        S("receipt", "partner", None,
          "Dear Anna,\n\nall 4 boxes reached Brikama yesterday evening. Customs took only two days this time, the "
          "certificate of origin helped. One box was a bit crushed on the corner but nothing inside is damaged. "
          "The fitters start on the peeling machine tommorow insha Allah.\n\n", gap=8),
        S("payment", "partner", "Payment for invoice {inv}",
          "Hi Anna,\n\nwe have paid invoice {inv} today, {paid}. The transfer receipt from our bank app is "
          "attached. Please confirm when you see the money.\n\n", docs=(("payment_advice", "pdf"),),
          new_thread=True, gap=16),
    ], discount=Decimal("0.97"), tracking="courier"),
    # The Bahamas (Outlook): membranes fouled after a storm; enquiry, quote, the PO from the spend tool, our invoice
    # with the letter agreement, the agreement signed, shipment by courier, and payment with news of the plant.
    Deal("ho30-BS1", "BS", dt.date(2040, 1, 17), 10, "PO-004471",
         {"q": "NW-Q40131", "inv": "NW-IN40790", "ctr": "NW-LA-40-009", "sn": "NW-PS40577", "bl": "4417102264",
          "pay": "LCB-OB-77310452"}, [
        S("enquiry", "partner", "Quote request - RO train 2 membranes and HP pump seals",
          "Good morning Ms. Keller,\n\nAfter the November storm our feed water turbidity went through the roof and "
          "train 2 never fully recovered. Permeate is down about 18% and the differential pressure is climbing "
          "even after two CIP cycles. We have decided to re-membrane the first stage and use the shutdown to do "
          "the HP pump seals.\n\nKindly quote CIF Nassau:\n\n{needs}\n\nWe would need everything here by the end "
          "of February. Please let me know if that is realistic.\n\n"),
        S("quote", "us", None,
          "Good morning Deron,\n\nsorry to hear about train 2 - storms are hard on an open intake. Our quotation "
          "{q} is attached, CIF Nassau, Net 30. The membranes are in our Southampton stock; the seals come from "
          "the pump maker and need about ten days. End of February is realistic if we have your order by the end "
          "of this month.\n\n", docs=(("quotation", "pdf"),), gap=1),
        S("order", "partner", None,
          "Anna,\n\nPO {po} is attached - it came out of our new purchasing system, so it looks different from "
          "the old ones. Please ship as soon as the seals are in and send the invoice to me, not to accounts "
          "payable directly.\n\nThanks\n\n", docs=(("purchase_order", "pdf"),), gap=6),
        S("order", "us", None,
          "Hi Deron,\n\nthank you for PO {po}. Invoice {inv} and our letter agreement {ctr} are attached. The "
          "agreement is short - could Ms Knowles countersign it and send it back to me?\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", None,
          "Anna, countersigned letter {ctr} attached. Philippa signed it this morning.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=5),
        S("shipping", "us", None,
          "Hi Deron,\n\nthe seals arrived a day early, so PO {po} went out today with Skylark Express, waybill "
          "{track}. Packing slip and waybill copy attached. The membranes are in the four long cartons; please "
          "keep them out of the sun until they go into the vessels.\n\n",
          docs=(("shipping_notice", "pdf"), ("bill_of_lading", "pdf")), gap=12),
        S("payment", "partner", "Remittance - Northwind invoice {inv} / PO {po}",
          "Good afternoon Anna,\n\nplease find attached the confirmation of our transfer of {paid} for invoice "
          "{inv}. Train 2 is back at full output, by the way - permeate quality better than before the storm.\n\n",
          docs=(("payment_advice", "pdf"),), new_thread=True, gap=29),
    ], tracking="courier"),
    # The Bahamas again: a warranty claim on pressure transmitters from an earlier order, linked only by numbers,
    # with the claim form; our answer; a follow-up asking for the return label.
    Deal("ho30-BS2", "BS", dt.date(2040, 4, 2), 6, "PO-004102",
         {"inv": "NW-IN39611", "claim": "WC-2040-011", "ir": "WCF-0411"}, [
        S("claim", "partner", "Warranty claim {claim} - pressure transmitters, PO {po}",
          "Hi Anna,\n\nI'm afraid I have a warranty issue. Three of the pressure transmitters from PO "
          "{po} (your invoice {inv}) are drifting - they read 1.5 to 2 bar high against our test gauge, and "
          "one has frozen completely. They were installed in January, so well inside the 12 months. Our claim "
          "form {ir} is attached with the serial numbers. We would like replacements rather than a credit.\n\n",
          docs=(("inspection_report", "xlsx"),), new_thread=True),
        S("claim", "us", None,
          "Hi Deron,\n\nthanks for the clear form. We'll send three new transmitters this week, no charge, and I've "
          "asked the maker to look at the returned ones - a batch problem with the sensor cells would explain "
          "the drift. Could you send the faulty units back once the new ones are fitted? I'll email a prepaid "
          "return label.\n\n", gap=1),
        S("claim", "partner", None,
          "Anna, the new transmitters are in and reading fine. Still waiting for that return label though - the "
          "old ones are sitting on my desk.\n\n", gap=9),
    ]),
    # Belarus (writing German, Outlook): enquiry, quote, a request for a two-year price and CPT, 2.5 % and DAP kept;
    # the Word order; our invoice and agreement; the agreement signed with a documents question; the courier
    # dispatch with packing list and waybill; arrival after customs; payment.
    Deal("ho30-BY1", "BY", dt.date(2040, 1, 24), 10, "4700-0318",
         {"q": "NW-Q40147", "inv": "NW-IN40815", "ctr": "NW-LA-40-012", "sn": "NW-PS40602", "bl": "4417118840",
          "pay": "BNB-0000418822"}, [
        S("enquiry", "partner", "Anfrage Nr. 14/40 – Ersatzteile Separator und Homogenisator",
          "Sehr geehrte Frau Keller,\n\nwir sind eine Molkerei in Grodno (Milch, Kefir, Butter, ca. 600 t "
          "Milch pro Tag). Ihre Firma wurde uns von der Molkerei in Lida empfohlen. Wir bitten Sie um ein Angebot "
          "für folgende Positionen:\n\n{needs}\n\nLieferung DAP Grodno. Bitte geben Sie auch die Lieferzeit und "
          "die Zolltarifnummern an, das braucht unsere Zollabteilung für die Vorausberechnung.\n\n"),
        S("quote", "us", None,
          "Sehr geehrte Frau Kowalewa,\n\nherzlichen Dank für Ihre Anfrage und schöne Grüße nach Lida. Unser "
          "Angebot {q} liegt bei, DAP Grodno in Euro. Die Zolltarifnummern schicke ich Ihnen gesondert als "
          "Liste. Lieferzeit: Separator-Dichtungen und Filterkerzen ab Lager, Ventilsitze und Laufräder ca. "
          "drei Wochen.\n\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Sehr geehrte Frau Keller,\n\ndas Angebot haben wir geprüft. Unsere Leitung möchte zwei Fragen klären: "
          "Können Sie die Preise für 2 Jahre festhalten, wenn wir regelmäßig bestellen? Und ist Lieferung CPT "
          "Minsk möglich, dann organisieren wir den Rest selbst und es wird billiger?\n\n", gap=4),
        S("negotiation", "us", None,
          "Sehr geehrte Frau Kowalewa,\n\nzwei Jahre Festpreis kann ich leider nicht zusagen, die Stahlpreise "
          "schwanken zu stark. Für diesen Auftrag gebe ich Ihnen aber 2,5 % auf alle Positionen aus {q}. Bei "
          "DAP Grodno möchten wir bleiben – unser Kurier fährt bis zu Ihrem Tor, und Sie haben keinen Ärger mit "
          "der Umladung in Minsk.\n\n", gap=1),
        S("order", "partner", None,
          "Sehr geehrte Frau Keller,\n\nwir sind einverstanden. Anbei unsere Bestellung {po} als Word-Datei. "
          "Bitte schicken Sie uns die Rechnung und den Vertrag, unsere Bank braucht den Vertrag für die "
          "Devisenkontrolle.\n\n", docs=(("purchase_order", "docx"),), gap=3),
        S("order", "us", None,
          "Sehr geehrte Frau Kowalewa,\n\nvielen Dank für Ihre Bestellung {po}. Anbei die Rechnung {inv} und "
          "unser Vertrag {ctr} (Briefform, englisch, mit zweisprachiger Anlage). Bitte unterschreiben lassen und "
          "als Scan zurücksenden.\n\n", docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False,
          gap=1),
        S("contract", "partner", None,
          "Guten Tag Frau Keller,\n\nder unterschriebene Vertrag {ctr} ist im Anhang. Noch eine Bitte: auf der "
          "Rechnung muss Ihre EORI-Nummer stehen und das Ursprungszeugnis muss im Original mit der Ware kommen, "
          "sonst gibt der Zoll die Ware nicht frei.\n\n", docs=(("contract", "pdf"),), signed=True, gap=3),
        S("shipping", "us", None,
          "Sehr geehrte Frau Kowalewa,\n\nIhre Bestellung {po} ist heute mit Skylark Express rausgegangen, "
          "Frachtbrief {track}. Packliste und Frachtbriefkopie anbei. Das Ursprungszeugnis im Original und zwei "
          "Rechnungen mit EORI-Nummer stecken in der Dokumententasche an Karton 1.\n\n",
          docs=(("shipping_notice", "pdf"), ("bill_of_lading", "pdf")), gap=16),
        S("payment", "partner", "Zahlung Rechnung {inv}",
          "Sehr geehrte Frau Keller,\n\ndie Ware ist vollständig angekommen, der Zoll hat neun Tage gebraucht. "
          "Heute haben wir die Rechnung {inv} bezahlt, {paid}, Beleg anbei. Vielen Dank für die gute "
          "Zusammenarbeit.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=40),
    ], discount=Decimal("0.975"), tracking="courier"),
    # Belarus again: a small repeat order typed in the mail; our invoice; the formal Word order follows in a new
    # thread named by its number; the agreement is sent but never comes back.
    Deal("ho30-BY2", "BY", dt.date(2040, 4, 23), 5, "4700-0366",
         {"inv": "NW-IN41022", "ctr": "NW-LA-40-031", "bl": "4417262271"}, [
        S("order", "partner", "Nachbestellung Ersatzteile Separator 2 / Homogenisator",
          "Guten Tag Frau Keller,\n\nbei der Revision von Separator 2 und der Homogenisatorlinie haben wir mehr "
          "Verschleiß gefunden als gedacht. Die Bestellung aus dem System kommt erst später, weil die Buchhaltung "
          "in Urlaub ist. Damit Sie schon anfangen können, hier "
          "die Positionen:\n\n{order_block}\n\nDie Preise sind wie im Januar minus 2,5 %, so wie vereinbart.\n\n",
          body_order=True, new_thread=True),
        S("order", "us", None,
          "Sehr geehrte Frau Kowalewa,\n\ndanke, wir haben die Nachbestellung {po} sofort eingeplant. Rechnung "
          "{inv} und der Vertrag {ctr} hängen an – gleicher Text wie beim letzten Mal.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("order", "partner", "Bestellung {po} – offizielles Dokument",
          "Sehr geehrte Frau Keller,\n\nanbei jetzt die offizielle Bestellung {po} als PDF, Inhalt wie "
          "in meiner Mail. Den Vertrag unterschreibt Herr Laschkewitsch nach seiner Dienstreise.\n\n",
          docs=(("purchase_order", "pdf"),), new_thread=True, gap=6),
    ], discount=Decimal("0.975"), tracking="courier"),
    # Comoros (writing French, HTML-only): a long formal enquiry, quote, a discount request citing a competitor,
    # 4 %; the Word order with the request for a pro forma; pro forma and agreement; the deposit receipt; the
    # agreement signed; a production note; the shipment by sea in a new thread with invoice and packing slip.
    Deal("ho30-KM1", "KM", dt.date(2040, 2, 5), 9, "BC-2040-017",
         {"q": "NW-Q40166", "pi": "NW-PF4031", "ctr": "NW-LA-40-015", "inv": "NW-IN40901", "sn": "NW-PS40633",
          "pay": "BOI-VIR-2040-0388"}, [
        S("enquiry", "partner", "Demande de prix – matériel de distillation",
          "Madame,\n\nNous avons l'honneur de vous contacter au sujet de la rénovation de notre distillerie "
          "d'ylang-ylang à Mutsamudu. Nos alambics datent de 2012 et plusieurs pièces doivent être remplacées "
          "avant la grande récolte de juin.\n\nNous vous serions reconnaissants de bien vouloir nous adresser une "
          "offre de prix, CFR Mutsamudu, pour :\n\n{needs}\n\nLe serpentin est la pièce la plus importante pour "
          "nous. Pourriez-vous nous indiquer s'il est fabriqué en inox 316L et quel est le délai ?\n\nDans "
          "l'attente de votre réponse, veuillez agréer, Madame, nos salutations distinguées.\n\n"),
        S("quote", "us", None,
          "Madame Ahamada,\n\nje vous remercie de votre demande. Vous trouverez ci-joint notre offre {q}, CFR "
          "Mutsamudu en euros. Le serpentin est bien en inox 316L, soudé TIG et éprouvé à 6 bar ; il est "
          "fabriqué à la commande en cinq semaines environ. Les autres articles sont disponibles.\n\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Madame Keller,\n\nmerci pour votre offre détaillée. Nous avons aussi reçu un prix d'un fournisseur de "
          "La Réunion, environ 10 % moins cher sur le serpentin, mais avec un délai de trois mois. Le Gérant "
          "préfère travailler avec vous si un effort est possible sur le prix.\n\n", gap=5),
        S("negotiation", "us", None,
          "Madame Ahamada,\n\nnous ne pouvons pas aller jusqu'à 10 %, mais nous vous accordons une remise de 4 % "
          "sur toutes les lignes de l'offre {q}, avec le délai de cinq semaines inchangé. Cela vous laisse une "
          "bonne marge avant la récolte.\n\n", gap=1),
        S("order", "partner", None,
          "Madame,\n\nle Gérant a donné son accord. Veuillez trouver ci-joint notre bon de commande {po}. Merci "
          "de nous envoyer la facture proforma pour l'acompte de 30 % ainsi que le contrat à signer.\n\n",
          docs=(("purchase_order", "docx"),), gap=3),
        S("order", "us", None,
          "Madame Ahamada,\n\nmerci pour votre bon de commande {po}. Ci-joint la facture proforma {pi} pour "
          "l'acompte et notre lettre-contrat {ctr} (en anglais, annexe bilingue) à faire signer par M. Saïd.\n\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("payment", "partner", None,
          "Bonjour Madame,\n\nl'acompte de {paid} est parti ce matin, voici la capture du virement. Le contrat "
          "signé suit, M. Saïd est à Moroni jusqu'à jeudi.\n\n", docs=(("payment_advice", "pdf"),), gap=6),
        S("contract", "partner", None,
          "Madame Keller,\n\nveuillez trouver le contrat {ctr} signé et cacheté.\n\nBien à vous\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=3),
        S("shipping", "us", "Expédition de votre commande {po} – facture {inv}",
          "Madame Ahamada,\n\nvotre commande {po} a été chargée dans le conteneur {track}, transbordement à "
          "Moroni. Ci-joint la facture {inv} (solde après déduction de l'acompte) et le bordereau de colisage. "
          "Le serpentin est dans la caisse en bois n° 1, à manipuler à plat.\n\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf")), new_thread=True, gap=30),
    ], discount=Decimal("0.96"), deposit=True, tracking="sea"),
    # Comoros again: a claim on the Florentine vase from an earlier order, with the French claim form; our answer.
    Deal("ho30-KM2", "KM", dt.date(2040, 5, 14), 6, "BC-2039-044",
         {"inv": "NW-IN39902", "claim": "REC-DYM-40-03", "ir": "FRG-2040-003"}, [
        S("claim", "partner", "Réclamation {claim} – vase florentin fuyard (commande {po})",
          "Madame,\n\nnous sommes au regret de vous signaler que le vase florentin de 40 litres livré avec notre "
          "commande {po} (facture {inv}) fuit au niveau de la soudure du robinet de soutirage. Nous perdons de "
          "l'huile essentielle à chaque distillation, ce qui est très grave pour nous.\n\nVous trouverez ci-joint "
          "notre formulaire de réclamation {ir} avec les photos.\n\n", docs=(("inspection_report", "xlsx"),),
          new_thread=True),
        S("claim", "us", None,
          "Madame Ahamada,\n\nnous sommes désolés de ce défaut, surtout en pleine saison. Un vase neuf part par "
          "avion cette semaine, à nos frais ; en attendant, un collier de serrage autour du robinet devrait "
          "limiter la fuite. Pouvez-vous garder l'ancien vase pour notre expert ?\n\n", gap=1),
    ]),
    # Bonaire (writing Spanish, Apple Mail): enquiry, quote, the order typed in the mail from the salt pans; our
    # invoice and agreement; the agreement signed with a note on the formal order; shipment by courier; a delay
    # complaint on arrival; payment.
    Deal("ho30-BQ1", "BQ", dt.date(2040, 2, 13), 8, "OC-SPB-40-0226",
         {"q": "NW-Q40178", "inv": "NW-IN40934", "ctr": "NW-LA-40-018", "sn": "NW-PS40650", "bl": "4417151907",
          "pay": "BDB-TRF-902214"}, [
        S("enquiry", "partner", "Cotización repuestos transportadores y criba",
          "Buenas tardes Anna, ¿cómo estás?\n\nMe pasó tu correo Ruben, el gerente, dice que ya le vendiste "
          "rodillos hace años cuando estaba en Curazao. Estamos preparando la parada de la planta de lavado y "
          "necesito precio CIF Kralendijk de lo siguiente:\n\n{needs}\n\nLo de la criba es lo más importante, la "
          "malla está rota por dos lados. Si me puedes mandar la oferta esta semana mejor, porque el presupuesto "
          "se cierra el 28.\n\n"),
        S("quote", "us", None,
          "Hola Yaneisy:\n\n¡claro que me acuerdo de Ruben! Salúdalo de mi parte. Te adjunto la oferta {q}, CIF "
          "Kralendijk en dólares, pago a 30 días. Las mallas de criba y los rodillos están en stock; los "
          "motorreductores tardan unas dos semanas.\n\n", docs=(("quotation", "pdf"),), gap=1),
        S("order", "partner", None,
          "Anna, ya está aprobado. Te escribo desde la salina porque aquí no tengo acceso al sistema de compras y "
          "no quiero perder la semana. Este es el pedido, el documento formal lo genera contabilidad después:\n\n"
          "{order_block}\n\nMándame factura y lo que haya que firmar. Gracias mil!\n\n", body_order=True, gap=4),
        S("order", "us", None,
          "Hola Yaneisy:\n\nperfecto, pedido {po} registrado con los precios de la oferta. Te adjunto la factura "
          "{inv} y nuestra carta-contrato {ctr} (texto en inglés, anexo en español) para que la firme Ruben.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", None,
          "Hola Anna, aquí va la carta {ctr} firmada por Ruben. Contabilidad dice que con tu factura y esto ya "
          "les basta, así que no te va a llegar otro documento de pedido.\n\n", docs=(("contract", "pdf"),),
          signed=True, gap=3),
        S("shipping", "us", None,
          "Hola Yaneisy:\n\nel pedido {po} salió hoy por Skylark Express, guía {track}. Te adjunto el albarán y "
          "la copia de la guía. Los motorreductores van en la caja 3, son pesados, ¡cuidado al descargar!\n\n",
          docs=(("shipping_notice", "pdf"), ("bill_of_lading", "pdf")), gap=15),
        S("receipt", "partner", None,
          "Anna, buenas. Llegó todo, pero tardó casi dos semanas y casi no llegamos a la parada. Mira lo que "
          "nos mandó el courier, ni un aviso antes:\n\n---------- Mensaje reenviado ---------\nDe: Skylark "
          "Express <avisos@skylark-express.example>\nAsunto: Su envío {track} – retraso en tránsito\n\nEstimado "
          "cliente: su envío {track} permanece en nuestro hub de Curazao por falta de conexión aérea. Le "
          "informaremos de la nueva fecha de entrega.\n---------------------------------\n\nLa próxima vez "
          "avísame si hay cambio de ruta, porfa. Los repuestos están bien, eso sí.\n\n", gap=12),
        S("payment", "partner", "Pago factura {inv}",
          "Hola Anna, te mando el comprobante de la transferencia de la factura {inv} por {paid}. Masha danki y "
          "saludos de Ruben.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=20),
    ], tracking="courier"),
    # Bonaire again: an enquiry that ends in a quotation, a reminder from us, and a postponement.
    Deal("ho30-BQ2", "BQ", dt.date(2040, 5, 21), 5, "OC-SPB-40-0301", {"q": "NW-Q40244"}, [
        S("enquiry", "partner", "Precios repuestos – ampliación línea de carga",
          "Hola Anna:\n\nEstamos evaluando la ampliación de la línea de carga al muelle. ¿Me puedes cotizar estas "
          "partidas? Es solo para el estudio, todavía no hay pedido:\n\n{needs}\n\n"),
        S("quote", "us", None,
          "Hola Yaneisy:\n\naquí tienes la oferta {q} para el estudio de la ampliación, válida 30 días. Si cambian "
          "los anchos de banda dímelo y la ajusto.\n\n", docs=(("quotation", "pdf"),), gap=2),
        S("quote", "us", None,
          "Hola Yaneisy:\n\nte escribo por la oferta {q}: vence la semana que viene. ¿Hay noticias de la "
          "ampliación? Si necesitáis más tiempo, te la prorrogo sin problema.\n\n", gap=24),
        S("negotiation", "partner", None,
          "Hola Anna, gracias por acordarte. La junta aplazó la ampliación hasta el año que viene por el tema del "
          "muelle, así que de momento no podemos pedir nada. Te aviso en cuanto se mueva.\n\n", gap=2),
    ]),
    # Timor-Leste (a Chinese-run power station writing Chinese, Outlook): enquiry, an addition with a colleague's
    # note, quote, a push for 8 % and longer credit, 3 %; the T+ order in a new thread; pro forma and agreement;
    # the deposit receipt; the agreement signed; a production note; shipment by sea with invoice and packing
    # slip; arrival.
    Deal("ho30-TL1", "TL", dt.date(2040, 2, 20), 12, "CGDD2040030012",
         {"q": "NW-Q40190", "pi": "NW-PF4044", "ctr": "NW-LA-40-021", "inv": "NW-IN41010", "sn": "NW-PS40688",
          "pay": "BNCTL2040031577"}, [
        S("enquiry", "partner", "询价：柴油机组大修备件 / RFQ engine overhaul spares",
          "Anna 您好！\n\n我是帝力赫拉电厂物资部的赵明辉。我们3号机组运行到了24000小时，五月份要做大修，"
          "下面这些备件想请贵司报个价，CIF Dili，美元：\n\n{needs}\n\n另外请注明交货期和付款方式。增压器轴承我们"
          "以前是从新加坡买的，价格太高，所以想比较一下。谢谢！\n\n"),
        S("enquiry", "partner", None,
          "Anna，不好意思再补充一下：机务主管刚才说喷油嘴要按原厂图纸，孔数和孔径不能改，气门座圈要带材质证书"
          "（3.1）。麻烦报价的时候一起考虑。\n\n", gap=1),
        S("quote", "us", None,
          "Dear Mr Zhao,\n\nthank you for your enquiry and the notes from your chief engineer. Quotation {q} is "
          "attached, CIF Dili in USD. Injector nozzles are made to the original drawing, and the valve seat rings "
          "come with EN 10204 3.1 certificates. Lead time about six weeks for the turbocharger bearings, four for "
          "everything else.\n\n", docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Anna 您好，报价收到，辛苦了。刘总看过了，希望总价能再优惠 8%，另外尾款能不能到货后 90 天？"
          "我们电厂的电费回款比较慢。如果可以的话这个月就下单。\n\n", gap=3),
        S("negotiation", "us", None,
          "Dear Mr Zhao,\n\nI have done what I can: 3 % off every line of {q}, and the balance 60 days after "
          "arrival instead of the usual 30. Ninety days is beyond what our credit insurer will cover for a first "
          "order, I'm afraid.\n\n", gap=1),
        S("order", "partner", "采购订单 {po} – Northwind Components",
          "Anna 您好，\n\n刘总同意了，3% 加 60 天。附件是我们的采购订单 {po}（系统打印的 PDF）。麻烦尽快发 PI "
          "和合同，我们先付 30% 预付款。\n\n", docs=(("purchase_order", "pdf"),), new_thread=True, gap=2),
        S("order", "us", None,
          "Dear Mr Zhao,\n\nmany thanks for order {po}. Attached are pro forma invoice {pi} for the 30 % advance "
          "and our letter agreement {ctr} for Mr Liu's signature.\n\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("payment", "partner", None,
          "Anna，30% 预付款 {paid} 已经汇出，银行回单见附件，请查收。\n\n", docs=(("payment_advice", "pdf"),), gap=4),
        S("contract", "partner", None,
          "Anna 您好，合同 {ctr} 刘总已签字，扫描件附上。原件需要寄给您吗？\n\n", docs=(("contract", "pdf"),),
          signed=True, gap=2),
        S("shipping", "us", "{po} shipped - invoice {inv} and packing slip",
          "Dear Mr Zhao,\n\nno original needed, the scan is fine. Order {po} has been loaded in container {track}, "
          "via Singapore; ETA Dili in about 24 days. Invoice {inv} for the balance and the packing slip are "
          "attached. The turbocharger bearings are packed in VCI bags - please keep them sealed until fitting.\n\n",
          docs=(("commercial_invoice", "pdf"), ("shipping_notice", "pdf")), new_thread=True, gap=38),
        S("receipt", "partner", None,
          "Anna 您好，货已经到电厂仓库了，开箱检查数量都对，包装很好。谢谢！大修下周开始。\n\n", gap=26),
    ], discount=Decimal("0.97"), deposit=True, tracking="sea"),
    # The Gambia again: Fatou gives a small order to our West Africa man at a fair, who forwards it; our invoice
    # and agreement; the complete set comes back in one mail; a dispatch note in the mail only.
    Deal("ho30-GM2", "GM", dt.date(2040, 4, 15), 6, "KCP/PO/40/0131",
         {"inv": "NW-IN41047", "ctr": "NW-LA-40-034", "bl": "4417236318"}, [
        S("order", "partner", "PO {po} - top-up spares",
          "Hello Dominic,\n\nnice meeting you at the Dakar fair. As discussed here is our small PO {po} to top "
          "up the store after the season start, please hand it over to Anna for the invoice. Same terms as the January order.\n\n",
          docs=(("purchase_order", "pdf"),), forward=True, new_thread=True),
        S("order", "us", None,
          "Hi Fatou,\n\nDominic passed me your PO {po} - thank you. Invoice {inv} and the letter agreement {ctr} "
          "are attached, same wording as in January.\n\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("order", "partner", None,
          "Dear Anna,\n\nfor our auditors I am sending the full set in one mail: the signed agreement {ctr}, our PO "
          "{po} and your invoice {inv}. Sorry for the duplicates!\n\n",
          docs=(("contract", "pdf"), ("purchase_order", "pdf"), ("commercial_invoice", "pdf")), signed=True,
          gap=3),
        S("shipping", "us", None,
          "Hi Fatou,\n\nthe top-up parts for {po} went out with Skylark today, waybill {track}. Should be in "
          "Banjul early next week.\n\n", gap=6),
    ], tracking="courier"),
    # Timor-Leste again: an old invoice paid, one mail with the bank receipt.
    Deal("ho30-TL2", "TL", dt.date(2040, 1, 30), 6, "CGDD2039110007", {"inv": "NW-IN39877", "pay": "BNCTL2040013009"},
         [S("payment", "partner", "付款通知 – 发票 {inv} / 订单 {po}",
            "Anna 您好，\n\n去年11月订单 {po} 的尾款（发票 {inv}）今天已付，金额 {paid}，回单附上。因为春节前银行"
            "排队，晚了几天，不好意思。\n\n", docs=(("payment_advice", "pdf"),))]),
]
