"""The fifth holdout's deal scripts, with the words each side writes (new wording, not dev-dev5's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.corpus.dev4_gen.world import Deal, Step


def S(stage: str, by: str, subject: str | None, body: str, **kw: object) -> Step:
    return Step(stage, by, (subject, body), **kw)  # type: ignore[arg-type]


DEALS = [
    Deal("ho5-IN1", "IN", dt.date(2026, 2, 2), 14, "DHE/IMP/25-26/0417",
         {"q": "SQ-40981", "ctr": "FSA-NW-IN-0212", "inv": "EXP-26-1142", "pay": "AP-PAYRUN-88213"}, [
        S("enquiry", "partner", "RFQ: hydraulic spares for press line - Deccan Hydrotech",
          "Dear Ms. Keller,\n\nGreetings from Pune! We are in the process of building up critical spares for our "
          "hydraulic press line. Kindly quote your best CIF Nhava Sheva price for the below items at the earliest:"
          "\n\n{needs}\n\nPlease also mention the delivery period and validity of your offer.\n\n"),
        S("quote", "us", None,
          "Dear Mr. Kulkarni,\n\nthank you for your RFQ. Our sales quotation {q} is attached; delivery is about "
          "six weeks after receipt of your letter of credit, and prices hold for 60 days.\n\nKind regards,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Dear Madam,\n\nThanks for the offer {q}. Management has asked for a better price, as a competitor from "
          "Italy has quoted approx. 6% lower. Kindly revise and also confirm you can accept payment by 60 days L/C."
          "\n\n", gap=3),
        S("negotiation", "us", None,
          "Dear Mr. Kulkarni,\n\nwe can offer 3% off all items of {q}, and a 60-day L/C is fine with us. If that "
          "works for you I will send the framework agreement for signature.\n\nKind regards,\n", gap=1),
        S("contract", "us", None,
          "Dear Mr. Kulkarni,\n\nas promised, please find the framework supply agreement {ctr} with the revised "
          "prices in Schedule 1. Kindly have it signed and send it back with your purchase order.\n\nKind regards,\n",
          docs=(("contract", "docx"),), signed=False, gap=2),
        S("order", "partner", None,
          "Dear Ms. Keller,\n\nPlease find attached our PO {po} and the signed agreement {ctr}. The L/C is being "
          "opened through our bankers; the L/C copy will follow shortly.\n\nKindly acknowledge.\n\n",
          docs=(("purchase_order", "pdf"), ("contract", "pdf")), signed=True, gap=4),
        S("order", "us", "Commercial invoice {inv} against your PO {po}",
          "Dear Mr. Kulkarni,\n\nthe goods for PO {po} are packed. Attached is our commercial invoice {inv} drawn "
          "under your documentary credit; originals go through the bank.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=20),
        S("shipping", "us", None,
          "Dear Mr. Kulkarni,\n\nthe shipment for PO {po} sailed today in container {track}. Copies of the B/L "
          "follow from our forwarder.\n\nKind regards,\n", gap=3),
        S("payment", "partner", "Remittance advice - invoice {inv}",
          "Dear Ms. Keller,\n\nPlease note that payment against your invoice {inv} has been released by our bank on "
          "maturity. The remittance advice from our AP portal is attached ({paid}).\n\n",
          docs=(("payment_advice", "pdf"),), new_thread=True, gap=60),
    ], discount=Decimal("0.97")),
    Deal("ho5-IN2", "IN", dt.date(2026, 6, 15), 8, "DHE/IMP/26-27/0093",
         {"inv": "EXP-26-1311", "ctr": "FSA-NW-IN-0244"}, [
        S("order", "partner", "New PO {po} - repeat order filter elements and gauges",
          "Dear Ms. Keller,\n\nPlease find enclosed our repeat PO {po} (Word file) at the prices of our last "
          "order. Kindly send the proforma / invoice and agreement at the earliest.\n\n",
          docs=(("purchase_order", "docx"),)),
        S("order", "us", None,
          "Dear Mr. Kulkarni,\n\nthank you for the repeat order {po}. Attached are our invoice {inv} and a new "
          "agreement {ctr} for your signature.\n\nKind regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", "Signed agreement {ctr} for PO {po}",
          "Dear Ms. Keller,\n\nAttached please find agreement {ctr} duly signed by our Director, for our PO {po}."
          "\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=3),
        S("order", "us", "Document set for your bank - PO {po} / invoice {inv}",
          "Dear Mr. Kulkarni,\n\nas requested by your bank for the L/C amendment, here is the complete set in "
          "one mail: your PO {po}, our invoice {inv} and agreement {ctr} signed by both parties.\n\nKind regards,\n",
          docs=(("purchase_order", "pdf"), ("commercial_invoice", "pdf"), ("contract", "pdf")), signed=True,
          new_thread=True, gap=2),
    ]),
    Deal("ho5-CL1", "CL", dt.date(2026, 3, 3), 10, "OC-4500087712",
         {"q": "SQ-41022", "ctr": "FSA-NW-CL-0307", "inv": "INV-77140", "pay": "PAGO-2026-004418",
          "claim": "RCL-2026-031"}, [
        S("enquiry", "partner", "Cotización repuestos línea de lavado – temporada 2026",
          "Estimada Anna:\n\nantes del inicio de la temporada de cosecha necesitamos reponer piezas de nuestra línea "
          "de lavado y calibrado. ¿Nos podría cotizar CFR San Antonio lo siguiente?\n\n{needs}\n\n"
          "Quedo atenta a su respuesta.\n\n"),
        S("quote", "us", None,
          "Estimada Camila:\n\nmuchas gracias por su consulta. Adjunto nuestra cotización {q}; el plazo de entrega "
          "es de cinco semanas más el tránsito marítimo.\n\nUn cordial saludo,\n", docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Hola Anna:\n\nte adjunto la orden de compra {po} emitida en nuestro portal de proveedores, según tu "
          "cotización {q}. Quedamos atentos al contrato y la factura.\n\n",
          docs=(("purchase_order", "pdf"),), gap=6),
        S("contract", "us", None,
          "Estimada Camila:\n\ngracias por la orden {po}. Adjunto el contrato marco {ctr} para firma de su gerente "
          "general.\n\nUn cordial saludo,\n", docs=(("contract", "docx"),), signed=False, gap=1),
        S("contract", "partner", "Contrato {ctr} firmado – OC {po}",
          "Anna, buenas tardes:\n\nadjunto el contrato {ctr} firmado por Ignacio Rojas, correspondiente a la orden "
          "{po}.\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=4),
        S("order", "us", "Factura {inv} – orden de compra {po}",
          "Estimada Camila:\n\nadjunto la factura {inv} correspondiente a su orden {po}. La mercadería embarca la "
          "próxima semana.\n\nUn cordial saludo,\n", docs=(("commercial_invoice", "pdf"),), new_thread=True, gap=10),
        S("payment", "partner", None,
          "Hola Anna:\n\nte informo que hoy se pagó la factura {inv} por {paid}. Adjunto el comprobante que "
          "genera nuestro portal.\n\n", docs=(("payment_advice", "pdf"),), gap=40),
        S("claim", "partner", "Reclamo {claim} – OC {po}: cadenas con eslabones abiertos",
          "Estimada Anna:\n\nal montar las cadenas de la orden {po} detectamos que dos tramos traen eslabones "
          "abiertos y no se pueden usar. Abrimos el reclamo {claim}. Les pedimos reponer los dos tramos por courier "
          "lo antes posible.\n\n", new_thread=True, gap=5),
    ]),
    Deal("ho5-AT1", "AT", dt.date(2026, 4, 13), 12, "4711-BE-26-0388",
         {"q": "SQ-41107", "ctr": "FSA-NW-AT-0419", "inv": "INV-77219", "bl": "CMR-NW-26-0915"}, [
        S("enquiry", "partner", "Preisanfrage Verschleißteile Förderanlage",
          "Grüß Gott Frau Keller,\n\nfür den Herbst-Stillstand unserer Förderanlagen bräuchten wir ein Angebot, frei "
          "Haus Schwaz (DAP):\n\n{needs}\n\nDanke und schöne Grüße\n\n"),
        S("quote", "us", None,
          "Sehr geehrter Herr Hofer,\n\nbesten Dank für Ihre Anfrage. Anbei unser Angebot {q}; Lieferung per LKW "
          "etwa vier Wochen nach Auftrag.\n\nFreundliche Grüße\n", docs=(("quotation", "pdf"),), gap=1),
        S("order", "partner", None,
          "Hallo Frau Keller,\n\nanbei die Bestellung {po} zu Ihrem Angebot {q}, als Excel und als PDF.\n\n",
          docs=(("purchase_order", "xlsx"), ("purchase_order", "pdf")), gap=7),
        S("order", "us", None,
          "Sehr geehrter Herr Hofer,\n\nvielen Dank für die Bestellung {po}. Anbei unsere Rechnung {inv} und der "
          "Rahmenliefervertrag {ctr} mit der Bitte um Unterschrift.\n\nFreundliche Grüße\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Rahmenvertrag {ctr} gegengezeichnet (Bestellung {po})",
          "Hallo Frau Keller,\n\nden Vertrag {ctr} zur Bestellung {po} haben wir unterschrieben, siehe Anhang.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=3),
        S("production", "us", None,
          "Sehr geehrter Herr Hofer,\n\nkurzer Zwischenstand zur Bestellung {po}: die Umlenkrollen sind gefertigt, "
          "die Lichtschranken kommen Ende der Woche. Abholung durch die Spedition voraussichtlich am Montag.\n\n"
          "Freundliche Grüße\n", gap=8),
        S("shipping", "us", None,
          "Sehr geehrter Herr Hofer,\n\nheute wurde Ihre Ware verladen; anbei der CMR-Frachtbrief {bl}, "
          "Sendungsnummer {track}.\n\nFreundliche Grüße\n", docs=(("bill_of_lading", "pdf"),), gap=6),
        S("receipt", "partner", None,
          "Hallo Frau Keller,\n\nLieferung heute komplett und ohne Schäden angekommen. Danke!\n\n", gap=4),
    ], tracking="road"),
    Deal("ho5-BE1", "BE", dt.date(2026, 5, 4), 6, "VC-26-0511",
         {"inv": "INV-77288", "ctr": "FSA-NW-BE-0504", "bl": "CMR-NW-26-1022", "claim": "KL-2026-17"}, [
        S("order", "partner", "Commande VC-26-0511 – pièces d'usure ligne d'emballage",
          "Madame Keller,\n\nsuite à notre entretien téléphonique, je vous passe directement la commande ci-dessous "
          "(pas de fichier, notre ERP est en maintenance) :\n\n{order_block}\n\nMerci de nous envoyer la facture "
          "et le contrat.\n\n", body_order=True),
        S("order", "us", None,
          "Monsieur Claes,\n\nmerci pour votre commande {po}. Vous trouverez ci-joint notre facture {inv}.\n\n"
          "Bien cordialement,\n", docs=(("commercial_invoice", "pdf"),), gap=1),
        S("contract", "us", None,
          "Monsieur Claes,\n\nvoici également le contrat-cadre {ctr} à nous retourner signé.\n\nBien cordialement,\n",
          docs=(("contract", "docx"),), signed=False, gap=1),
        S("contract", "partner", "Contrat-cadre {ctr} signé – commande {po}",
          "Madame Keller,\n\nveuillez trouver en annexe le contrat {ctr} signé pour notre commande {po}.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=3),
        S("shipping", "us", None,
          "Monsieur Claes,\n\nla marchandise de la commande {po} est partie ce matin par camion ; lettre de voiture "
          "CMR {bl} en annexe.\n\nBien cordialement,\n", docs=(("bill_of_lading", "pdf"),), gap=9),
        S("claim", "partner", "Réclamation {claim} – commande {po}",
          "Madame Keller,\n\nà la réception de la commande {po}, trois mâchoires de scellage présentaient des rayures "
          "profondes sur la face de soudure. Nous avons ouvert la réclamation {claim} et demandons leur "
          "remplacement.\n\n", new_thread=True, gap=6),
    ], tracking="road"),
    Deal("ho5-KR1", "KR", dt.date(2026, 3, 16), 9, "HME-PO-260318",
         {"q": "SQ-41051", "pi": "PI-26-0209", "ctr": "FSA-NW-KR-0316", "inv": "INV-77201", "pay": "TT-260407-0152"}, [
        S("enquiry", "partner", "Inquiry for pumps and valves / Hanbit Marine",
          "Dear Ms. Anna Keller,\n\nGood day. We are Hanbit Marine Equipment in Busan. For our new-building "
          "project we kindly ask your quotation FOB Southampton for following items:\n\n{needs}\n\n"
          "Please advise delivery time also. Thank you.\n\n"),
        S("quote", "us", None,
          "Dear Mr. Park,\n\nthank you for your inquiry. Our quotation {q} is attached; ex works in about four "
          "weeks.\n\nKind regards,\n", docs=(("quotation", "pdf"),), gap=1),
        S("negotiation", "partner", None,
          "Dear Ms. Keller,\n\nThank you for quotation {q}. Our project budget is tight. Could you give 5% discount "
          "for the heat exchangers? Then we can issue PO within this week.\n\n", gap=2),
        S("quote", "us", None,
          "Dear Mr. Park,\n\nI am sorry, {q} is already our project price. We can however ship two weeks earlier "
          "than offered.\n\nKind regards,\n", gap=1),
        S("order", "colleague", "Purchase Order {po} - Hanbit Marine",
          "Dear Ms. Lindqvist,\n\nAs discussed at the exhibition, please find our PO {po} against quotation {q}. "
          "Please forward to your order team.\n\n", docs=(("purchase_order", "pdf"),), forward=True, new_thread=True, gap=2),
        S("order", "us", "Proforma invoice {pi} and agreement {ctr} - PO {po}",
          "Dear Mr. Park,\n\nthank you for PO {po}. Attached are our proforma invoice {pi} for the 30% advance and "
          "the supply agreement {ctr} for signature.\n\nKind regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "docx")), signed=False, new_thread=True, gap=1),
        S("payment", "partner", None,
          "Dear Ms. Keller,\n\nWe remitted the advance payment {paid} today. Please find the remittance advice."
          "\n\n", docs=(("payment_advice", "pdf"),), gap=3),
        S("contract", "partner", "Signed agreement {ctr} (PO {po})",
          "Dear Ms. Keller,\n\nPlease find attached agreement {ctr} signed by our representative director, for PO "
          "{po}.\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=2),
        S("order", "us", "Invoice {inv} for PO {po}",
          "Dear Mr. Park,\n\ngoods for PO {po} are ready. Attached is our invoice {inv}; the balance is due "
          "against the shipping documents.\n\nKind regards,\n", docs=(("commercial_invoice", "pdf"),),
          new_thread=True, gap=18),
    ], deposit=True),
]
