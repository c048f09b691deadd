"""The holdout's own mail wording per language and step: (subject or None to reply in the thread, body).

Placeholders: first (addressee's first name), po, q, inv, pi, ctr, claim, ir, total, paid, track, eta,
needs, order_block, pct, bl, vessel, etd, product. Written for this split only; nothing is shared with texts.py.
"""
from __future__ import annotations

TEXTS: dict[str, dict[str, tuple[str | None, str]]] = {
    "en": {
        # Partner K (India)
        "enquiry": ("RFQ – pneumatic cylinders & accessories (ISO 15552)",
                    "Dear Sir/Madam,\n\nGood day. We got your reference from the Hannover Messe catalogue.\n\n"
                    "We have a requirement for pneumatic cylinders and accessories for our new assembly line. Kindly "
                    "send your best CIF Nhava Sheva offer for the below items along with delivery schedule, "
                    "validity and payment terms:\n\n{needs}\n\nTechnical datasheets for the cylinders will also be "
                    "helpful. Looking forward to your early reply.\n\n"),
        "negotiation": (None, "Dear {first},\n\nThank you for the quick offer {q}.\n\nWe have compared with two "
                              "other vendors and your prices are on the higher side, especially for the cylinders. "
                              "Management has asked for a better price; if you can give 4% off on the total value "
                              "we can release the PO this week itself.\n\nAlso please confirm you can ship in two "
                              "lots if required.\n\n"),
        "order_po_contract": (None, "Dear {first},\n\nPlease find attached our Purchase Order No. {po} along with "
                                    "the sales contract {ctr} duly signed from our side.\n\nKindly send the commercial "
                                    "invoice at the earliest so that our finance team can process the payment. "
                                    "Please acknowledge receipt of the PO.\n\n"),
        "payment": (None, "Dear {first},\n\nWe have released payment of {paid} against your invoice {inv} (our PO "
                          "{po}) today. Bank advice attached for your reference.\n\nKindly confirm once credited.\n\n"),
        "receipt": (None, "Hi {first},\n\nJust to inform you that both containers against PO {po} reached our "
                          "Pune stores yesterday and have been unloaded. GRN is under process; QC will inspect "
                          "the material this week.\n\nThanks for the support.\n\n"),
        "claim": (None, "Dear {first},\n\nWith reference to PO {po}, during incoming inspection our QA team "
                        "found the rod seals of the 63 mm cylinders leaking and several fittings with damaged "
                        "threads. Inspection report {ir} is attached for your perusal.\n\nWe have raised quality "
                        "notification {claim} in our system and request you to arrange free replacement of the "
                        "rejected quantity or issue a credit note at the earliest.\n\nAwaiting your response.\n\n"),
        # Partner P (Australia)
        "order_au": ("Purchase Order {po} – Coral Coast Marine",
                     "Hi Ben,\n\ngreat to catch up at the boat show. As discussed, our PO {po} is attached – it "
                     "came straight out of our procurement system so the layout is a bit plain.\n\nCan you let us "
                     "know a ship date? Ideally we'd have it in Brisbane before the Christmas rush.\n\n"),
        "contract_new_au": ("Signed contract {ctr} / PO {po}",
                            "Hi Anna,\n\nAs requested – contract {ctr} for our PO {po}, signed via DocuSign this "
                            "morning. Copy attached.\n\nCheers\n\n"),
        # Our side (Anna, English)
        "quote": (None, "Dear {first},\n\nThank you for your enquiry and for considering Northwind.\n\nPlease find "
                        "attached our quotation {q}. All items are standard stock ranges; delivery is "
                        "{eta} from receipt of PO, and the offer is valid for 30 days.\n\nDatasheets will follow "
                        "in a separate mail as they are rather large. Please let me know if you have any "
                        "questions.\n\nKind regards\n"),
        "quote_b": (None, "Dear {first},\n\nmany thanks for your enquiry. Attached is our offer {q} (PDF and Excel "
                          "for your system). Lead time approx. {eta}, prices valid 30 days.\n\nBest regards\n"),
        "negotiation_us": (None, "Dear {first},\n\nThanks for your feedback. I spoke to our sales director and we "
                                 "can offer 4% off all line items of {q}, provided the PO is placed by the end of this "
                                 "month. Shipment in two lots is no problem.\n\nI'll send the contract with the "
                                 "revised prices shortly.\n\nKind regards\n"),
        "contract_us": (None, "Dear {first},\n\nas promised, attached is sales contract {ctr} with the revised "
                              "prices. Please sign and send it back together with your purchase order.\n\n"
                              "Kind regards\n"),
        "contract_us_pi": (None, "Dear {first},\n\nThanks for the feedback – we can do 3% on all items.\n\n"
                                 "Attached please find our sales contract {ctr} with the revised prices for your "
                                 "signature, and proforma invoice {pi} for the 30% deposit. Once we receive the "
                                 "signed contract and your PO we will book production.\n\nBest regards\n"),
        "invoice_new": ("Commercial invoice {inv} – your PO {po}",
                        "Dear {first},\n\nPlease find attached commercial invoice {inv} for your purchase order "
                        "{po}.\n\nBank details are shown on the invoice. Let me know if your finance team needs "
                        "anything else.\n\nKind regards\n"),
        "production": (None, "Hello {first},\n\nA short status on PO {po}: production is about {pct}% complete "
                             "and we are on track to ship in {eta}. I'll send the shipping documents as soon as "
                             "the booking is confirmed.\n\nKind regards\n"),
        "shipping": (None, "Dear {first},\n\nGood news – PO {po} has been shipped. The goods left Southampton on "
                           "{etd} on board {vessel}.\n\nContainer / tracking: {track}\n\nShipment advice and the "
                           "bill of lading copy are attached; the originals go to your bank as agreed.\n\n"
                           "Kind regards\n"),
        "shipping_b": (None, "Dear {first},\n\nyour order {po} is on its way: loaded on {vessel}, B/L {bl}, "
                             "container {track}. The B/L copy is attached so that you can arrange the balance "
                             "payment.\n\nBest regards\n"),
        "forward": ("FW: {inner_subject}",
                    "Hi orders team,\n\nLiam from Coral Coast sent this to me directly after the boat show – can "
                    "you set it up please? New customer, so credit check first.\n\nThanks\nBen\n"),
    },
    "de": {
        "enquiry": ("Anfrage Tragrollen / Gurtabstreifer",
                    "Sehr geehrte Frau Keller,\n\nfür ein Retrofit-Projekt (Gurtförderer, Bandbreite 650 mm) "
                    "benötigen wir kurzfristig ein Angebot über:\n\n{needs}\n\nLieferung DAP Dresden. Bitte "
                    "geben Sie auch die Lieferzeit an.\n\n"),
        "order_full": (None, "Hallo Frau Keller,\n\nvielen Dank für das Angebot {q}, das passt so.\n\nAnbei "
                             "erhalten Sie:\n- unsere Bestellung {po}\n- Ihre Rechnung {inv} (für unsere "
                             "Zollabwicklung gegengezeichnet)\n- den unterschriebenen Vertrag {ctr}\n\nBitte "
                             "bestätigen Sie den Liefertermin.\n\n"),
        "payment": (None, "Guten Tag Frau Keller,\n\ndie Rechnung {inv} (Bestellung {po}) haben wir heute mit "
                          "{paid} angewiesen, das Zahlungsavis hängt an.\n\n"),
        "receipt": (None, "Hallo Frau Keller,\n\nkurze Info: die Ware zur Bestellung {po} ist heute vollständig "
                          "und ohne Transportschäden bei uns angekommen. Danke!\n\n"),
        "order_repeat": ("Bestellung {po} (Nachbestellung)",
                         "Guten Morgen Frau Keller,\n\nanbei eine kleine Nachbestellung, {po}, als Word-Datei (unser "
                         "ERP streikt gerade, daher ausnahmsweise nicht als PDF).\n\nPreise wie bei der letzten "
                         "Bestellung. Rechnung bitte wie immer per Mail.\n\n"),
        # Anna auf Deutsch
        "quote": (None, "Sehr geehrte Frau Brandt,\n\nherzlichen Dank für Ihre Anfrage. Anbei erhalten Sie unser "
                        "Angebot {q}.\n\nDie Lieferzeit beträgt ca. {eta} nach Bestelleingang. Für Rückfragen "
                        "stehe ich Ihnen gerne zur Verfügung.\n\nMit freundlichen Grüßen\n"),
        "shipping": (None, "Sehr geehrte Frau Brandt,\n\nIhre Bestellung {po} wurde heute per DHL Express an Sie "
                           "versandt, Sendungsnummer {track}. Die Versandanzeige finden Sie im Anhang.\n\n"
                           "Mit freundlichen Grüßen\n"),
        "invoice_new": ("Rechnung {inv} zu Ihrer Bestellung {po}",
                        "Sehr geehrte Frau Brandt,\n\nvielen Dank für Ihre Nachbestellung. Anbei unsere Rechnung "
                        "{inv} zur Bestellung {po}.\n\nMit freundlichen Grüßen\n"),
    },
    "zh": {
        "enquiry": ("询价：轴承、电磁阀、球阀",
                    "Anna 你好，\n\n我司是青岛的机电设备贸易公司，现有以下产品需求，请报CIF青岛价格：\n\n{needs}\n\n"
                    "请注明交货期和付款方式，谢谢！\n\n"),
        "negotiation": (None, "Anna 你好，\n\n报价单{q}已收到，谢谢。\n\n价格比我们的预算高一些，能否再优惠3%？如果可以，"
                              "我们这周就可以签合同。\n\n"),
        "contract_partner": (None, "Anna，\n\n合同{ctr}我司已盖章签字，见附件。定金按形式发票{pi}本周安排。\n\n"),
        "order_po_only": (None, "Anna 你好，\n\n附件是我们的采购订单{po}，请查收并确认。\n\n"),
        "payment": (None, "Anna 你好，\n\n定金{paid}今天已经汇出（订单{po}，发票{inv}），银行水单见附件，请查收。\n\n"),
    },
    "fr": {
        "order_body": ("Commande {po}",
                       "Bonjour Madame Keller,\n\nsuite à notre échange téléphonique de ce matin, voici notre "
                       "commande :\n\n{order_block}\n\nMerci de nous envoyer la facture et le contrat à signer.\n\n"),
        "contract_new": ("Contrat signé – commande {po}",
                         "Bonjour Anna,\n\nvous trouverez ci-joint le contrat {ctr} signé pour notre commande {po}."
                         "\n\nBonne journée,\n\n"),
        "receipt": (None, "Bonjour Anna,\n\nles colis de la commande {po} sont arrivés ce matin. Le contrôle "
                          "qualité est prévu jeudi.\n\nMerci,\n\n"),
        "claim": (None, "Bonjour Anna,\n\nlors du contrôle à réception de la commande {po}, nous avons constaté "
                        "que deux moteurs présentent un bruit anormal des roulements et qu'un carter est fissuré "
                        "(rapport de contrôle {ir} en pièce jointe).\n\nNous ouvrons la réclamation {claim} et "
                        "vous demandons un remplacement rapide ou un avoir.\n\n"),
        # Anna en français
        "invoice_reply": (None, "Bonjour Élodie,\n\nmerci pour votre commande {po}. Vous trouverez ci-joint notre "
                                "facture {inv} (PDF et Word). Le contrat {ctr} vous sera envoyé séparément pour "
                                "signature.\n\nBien cordialement,\n"),
        "shipping": (None, "Bonjour Élodie,\n\nvotre commande {po} est partie aujourd'hui par UPS, numéros de suivi "
                           ": {track}. L'avis d'expédition est joint.\n\nBien cordialement,\n"),
    },
    "es": {
        "enquiry": ("Solicitud de cotización – filtros, mangueras y rodamientos",
                    "Estimada Sra. Keller:\n\nJunto con saludar, le escribo para solicitar cotización CFR San "
                    "Antonio de los siguientes productos:\n\n{needs}\n\nAgradeceremos indicar plazo de entrega y "
                    "condiciones de pago.\n\nQuedo atento.\n\n"),
        "negotiation": (None, "Hola Anna:\n\nGracias por la cotización {q}. Revisamos los valores con gerencia y "
                              "estamos un poco sobre presupuesto. ¿Podrían hacer un 5% de descuento? Con eso "
                              "emitimos la OC de inmediato.\n\n"),
        "order_po_contract": (None, "Hola Anna:\n\nAdjunto la orden de compra {po} (PDF y Excel) y el contrato "
                                    "{ctr} firmado. Quedamos atentos a la factura comercial para coordinar el "
                                    "pago.\n\n"),
        "payment": (None, "Hola Anna:\n\nTe informo que hoy transferimos {paid} correspondiente a la factura {inv} "
                          "(OC {po}). Adjunto comprobante.\n\n"),
        "claim": (None, "Estimada Anna:\n\nAl revisar la mercadería de la OC {po} encontramos 6 mangueras con "
                        "el recubrimiento dañado y filtros con la rosca defectuosa. Adjunto el informe de "
                        "inspección {ir}.\n\nIngresamos el reclamo N° {claim} y solicitamos la reposición o una "
                        "nota de crédito.\n\n"),
        # Anna en español
        "quote": (None, "Estimado Matías:\n\nMuchas gracias por su solicitud. Adjunto nuestra cotización {q} "
                        "(Excel). Plazo de entrega aprox. {eta}; validez 30 días.\n\nSaludos cordiales,\n"),
        "invoice_reply": (None, "Hola Matías:\n\nGracias por la orden {po}. Adjunto la factura comercial {inv}.\n\n"
                                "Saludos cordiales,\n"),
        "shipping": (None, "Hola Matías:\n\nLa OC {po} fue embarcada en la nave {vessel}, contenedor {track}. "
                           "Adjunto copia del B/L {bl}.\n\nSaludos cordiales,\n"),
    },
}

US_SIG = {
    "en": "Anna Keller\nSales Manager | Northwind Components Ltd.\n12 Dockside Road, Southampton SO14 3AB\n"
          "T +44 23 8000 0000 | anna.keller@example.com",
    "de": "Anna Keller\nVertrieb | Northwind Components Ltd.\nT +44 23 8000 0000",
    "fr": "Anna Keller\nService commercial | Northwind Components Ltd.\nTél. +44 23 8000 0000",
    "es": "Anna Keller\nVentas | Northwind Components Ltd.\nTel. +44 23 8000 0000",
}

ETA = {"en": "6-7 weeks", "de": "5 Wochen", "fr": "3 semaines", "es": "6 semanas", "zh": "8周"}

# The order Élodie types into her mail (partner N): a typed list, amounts in French style with plain spaces.
ORDER_BLOCK_FR = """Commande n° {po} du {date}
Client : {buyer}
Fournisseur : {seller}
Livraison : {incoterms}
Paiement : {payment_terms}
Devise : {currency}

{lines}

Total HT : {subtotal} €
TVA {rate} % : {tax} €
Total TTC : {total} €"""

INSPECTION = {
    "K": [("Major", "Piston rod seal leaking at 6 bar on cylinders bore 63 mm (sample 32)", 5),
          ("Minor", "Push-in fittings with damaged G1/4 thread", 14)],
    "N": [("Majeur", "Bruit anormal des roulements à la mise en rotation (moteurs)", 2),
          ("Critique", "Carter de ventilateur fissuré, 1 moteur", 1)],
    "O": [("Mayor", "Recubrimiento exterior dañado en mangueras (rollos completos)", 6),
          ("Menor", "Rosca defectuosa en filtros de retorno", 9)],
}
INSPECTION_NOTES = {
    "K": ["Remarks: lot quarantined in QC area; supplier to arrange replacement or credit."],
    "N": ["Observations : lot bloqué en zone de quarantaine dans l'attente de la réponse du fournisseur."],
    "O": ["Observaciones: la mercadería rechazada queda en bodega a disposición del proveedor."],
}
