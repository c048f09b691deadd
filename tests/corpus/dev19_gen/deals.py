"""The eighteenth holdout's deal scripts, with the words each side writes (new wording, not dev..dev18's)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Record types and the step shorthand only; every script below is new.
from tests.corpus.dev4_gen.world import Deal
from tests.corpus.dev7_gen.deals import S

DEALS = [
    Deal("ho18-OM1", "OM", dt.date(2031, 4, 7), 14, "ABW/PO/2031/0262",
         {"q": "EST-001187", "ctr": "NWC-SC-31-112", "inv": "INV-002418", "bl": "NWEB31041882", "sn": "PKL-31-0551",
          "pay": "BTN31PSR066170"}, [
        S("enquiry", "partner", "RFQ – spares for Sohar plant overhaul (RO train 3)",
          "Dear Ms Keller,\n\nwe are planning the overhaul of RO train 3 at our Sohar plant in June. Kindly send your "
          "best price CFR Sohar for the items below:\n\n{needs}\n\nPlease also confirm the delivery time and the "
          "validity of your offer.\n\n"),
        S("quote", "us", None,
          "Dear Mr Al-Balushi,\n\nthank you for your enquiry. Please find our estimate {q} attached, CFR Sohar in US "
          "dollars. Transit from Southampton is around four weeks via Jebel Ali.\n\nBest regards,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Dear Ms Keller,\n\nthank you for the estimate. Our management finds the membrane elements and the "
          "high-pressure seals above budget. Could you review your prices? We are ready to order the whole "
          "list.\n\n", gap=3),
        S("negotiation", "us", None,
          "Dear Mr Al-Balushi,\n\nfor the complete list we can reduce every line of {q} by 4 %. Delivery and "
          "payment terms remain as offered.\n\nBest regards,\n", gap=1),
        S("order", "partner", None,
          "Dear Ms Keller,\n\nnoted with thanks. Please find attached our purchase order {po} at the reduced "
          "prices. Kindly send the commercial invoice and your sales contract.\n\n",
          docs=(("purchase_order", "pdf"),), gap=2),
        S("order", "us", None,
          "Dear Mr Al-Balushi,\n\nmany thanks for purchase order {po}. Attached are our invoice {inv} and sales "
          "contract {ctr} as a Word document for Eng. Al-Harthy's signature.\n\nBest regards,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "docx")), signed=False, gap=1),
        S("contract", "partner", "Signed contract {ctr} – our PO {po}",
          "Dear Ms Keller,\n\nplease find attached the sales contract {ctr}, signed and stamped by our General "
          "Manager.\n\n", docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=4),
        S("shipping", "us", None,
          "Dear Mr Al-Balushi,\n\nyour order {po} was loaded today on container {track}. Attached are the bill of "
          "lading and our packing list; an electronic release will follow once you confirm the consignee "
          "details.\n\nBest regards,\n", docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), gap=9),
        S("receipt", "partner", None,
          "Dear Ms Keller,\n\nthe container was cleared at Sohar port and delivered to our central store. The "
          "quantities match the packing list.\n\n", gap=33),
        S("payment", "partner", "Payment of invoice {inv}",
          "Dear Ms Keller,\n\nwe have today transferred {paid} in settlement of your invoice {inv}. Our bank's "
          "payment report is attached for your reference.\n\n", docs=(("payment_advice", "pdf"),),
          new_thread=True, gap=24),
    ], discount=Decimal("0.96"), tracking="container"),
    Deal("ho18-NA1", "NA", dt.date(2031, 4, 14), 11, "BST-2031-0419",
         {"q": "EST-001196", "ctr": "NWC-SC-31-118", "inv": "INV-002436", "bl": "NWEB31042207", "sn": "PKL-31-0563",
          "pay": "KHB31PAY0612"}, [
        S("enquiry", "partner", "Anfrage Ersatzteile Schlammpumpen – Mine Kombat",
          "Guten Tag Frau Keller,\n\nfür die Instandhaltung der Schlammpumpen in der Mine Kombat benötigen wir ein "
          "Angebot CIF Walvis Bay über folgende Teile:\n\n{needs}\n\nBitte nennen Sie uns auch die Lieferzeit bis "
          "Walvis Bay.\n\n"),
        S("quote", "us", None,
          "Sehr geehrter Herr Brinkmann,\n\nvielen Dank für Ihre Anfrage. Unser Angebot {q} finden Sie im Anhang "
          "(in englischer Sprache, Preise in EUR). Die Seefracht nach Walvis Bay dauert rund fünf Wochen.\n\n"
          "Mit freundlichen Grüßen\n", docs=(("quotation", "pdf"),), gap=3),
        S("order", "partner", None,
          "Guten Tag Frau Keller,\n\nbesten Dank für das Angebot {q}. Anbei unsere Bestellung {po} als "
          "Word-Datei. Bitte schicken Sie uns Rechnung und Vertrag.\n\n", docs=(("purchase_order", "docx"),), gap=5),
        S("order", "us", None,
          "Sehr geehrter Herr Brinkmann,\n\nherzlichen Dank für Ihre Bestellung {po}. Beigefügt sind unsere "
          "Rechnung {inv} und der Kaufvertrag {ctr}; bitte lassen Sie ihn von Frau Hanssen-Kapia unterschreiben."
          "\n\nMit freundlichen Grüßen\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")),
          signed=False, gap=1),
        S("production", "partner", None,
          "Guten Tag Frau Keller,\n\ngibt es schon einen Verschiffungstermin für {po}? Die Mine möchte die Laufräder "
          "möglichst vor Ende Juni einbauen.\n\n", gap=7),
        S("contract", "partner", None,
          "Guten Tag Frau Keller,\n\nanbei der unterschriebene Kaufvertrag {ctr}. Entschuldigen Sie die "
          "Verzögerung, Frau Hanssen-Kapia war auf Dienstreise in Lüderitz.\n\n", docs=(("contract", "pdf"),),
          signed=True, gap=2),
        S("shipping", "us", None,
          "Sehr geehrter Herr Brinkmann,\n\nIhre Bestellung {po} ist heute im Container {track} nach Walvis Bay "
          "verschifft worden. Konnossement und Packliste liegen bei.\n\nMit freundlichen Grüßen\n",
          docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), gap=4),
        S("payment", "partner", "Zahlungsavis Rechnung {inv}",
          "Guten Tag Frau Keller,\n\nwir haben heute {paid} für Ihre Rechnung {inv} angewiesen. Den Zahlungsbericht "
          "unserer Bank finden Sie im Anhang.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=29),
    ], tracking="container"),
    Deal("ho18-HN1", "HN", dt.date(2031, 4, 21), 12, "OC-BCM-31-0077",
         {"q": "EST-001204", "ctr": "NWC-SC-31-121", "inv": "INV-002451", "bl": "NWEB31043318",
          "pay": "BCH3105280017"}, [
        S("enquiry", "partner", "Cotización repuestos para la cosecha 2031-2032",
          "Buenos días, Sra. Keller:\n\nantes de la próxima cosecha queremos dejar listo el beneficio. Le "
          "agradeceríamos una cotización CFR Puerto Cortés de lo siguiente:\n\n{needs}\n\nQuedo atenta a su "
          "respuesta.\n\n"),
        S("quote", "us", None,
          "Estimada Sra. Fiallos:\n\nmuchas gracias por su consulta. Adjunto nuestra cotización {q} en dólares, "
          "CFR Puerto Cortés; el embarque sale unas tres semanas después de su orden.\n\nSaludos cordiales,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Sra. Keller:\n\nel desmucilaginador y las bandas están por encima de lo que teníamos presupuestado. "
          "¿Podría hacernos un mejor precio si confirmamos todo el pedido esta semana?\n\n", gap=2),
        S("negotiation", "us", None,
          "Estimada Sra. Fiallos:\n\nsi confirman esta semana, le aplicamos un 3 % de descuento en todas las líneas "
          "de {q}.\n\nSaludos cordiales,\n", gap=1),
        S("order", "partner", None,
          "Sra. Keller:\n\ntrato hecho. Adjunto nuestra orden de compra {po} en Excel con el descuento acordado. "
          "Por favor envíenos la factura y el contrato.\n\n", docs=(("purchase_order", "xlsx"),), gap=2),
        S("order", "us", None,
          "Estimada Sra. Fiallos:\n\ngracias por la orden {po}. Le adjunto la factura {inv} y el contrato de "
          "compraventa {ctr} para la firma del Lic. Rivera.\n\nSaludos cordiales,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Sra. Keller:\n\nle reenvío el contrato {ctr} ya firmado por nuestro gerente.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=3),
        S("shipping", "us", None,
          "Estimada Sra. Fiallos:\n\nla orden {po} se embarcó hoy en el contenedor {track} rumbo a Puerto Cortés. "
          "Adjunto el conocimiento de embarque.\n\nSaludos cordiales,\n", docs=(("bill_of_lading", "pdf"),), gap=14),
        S("payment", "partner", "Transferencia factura {inv}",
          "Sra. Keller:\n\nhoy realizamos la transferencia de {paid} para cancelar la factura {inv}. Adjunto el "
          "comprobante del banco.\n\n", docs=(("payment_advice", "pdf"),), new_thread=True, gap=26),
    ], discount=Decimal("0.97"), tracking="container"),
    Deal("ho18-MZ1", "MZ", dt.date(2031, 4, 28), 20, "ZPE-CG-2031-033",
         {"q": "EST-001219", "pi": "PF-000418", "ctr": "NWC-SC-31-127", "inv": "INV-002477", "bl": "NWEB31054406",
          "pay": "BCI31ADV044172"}, [
        S("enquiry", "partner", "询价：莫桑比克N1公路项目设备配件",
          "Keller 女士您好：\n\n我司在莫桑比克承建N1公路改建项目，现需采购以下设备配件，请报 CFR Maputo 美元价格：\n\n"
          "{needs}\n\n请注明交货期和付款条件，谢谢。\n\n"),
        S("quote", "us", None,
          "Dear Mr Liu,\n\nthank you for your enquiry. Please find our estimate {q} attached, CFR Maputo in US "
          "dollars. Shipment is about four weeks after we receive the advance payment.\n\nBest regards,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("negotiation", "partner", None,
          "Keller 女士：\n\n报价 {q} 收到。履带支重轮和摊铺机熨平板价格偏高，整单能否下调 5%？\n\n", gap=2),
        S("negotiation", "us", None,
          "Dear Mr Liu,\n\nwe can reduce all lines of {q} by 3 %, with the same delivery time and payment "
          "terms.\n\nBest regards,\n", gap=1),
        S("order", "partner", None,
          "Keller 女士：\n\n同意。附件为我司采购订单 {po}，请提供形式发票和合同，我们安排 30% 预付款。\n\n",
          docs=(("purchase_order", "pdf"),), gap=3),
        S("order", "us", None,
          "Dear Mr Liu,\n\nthank you for PO {po}. Attached are proforma invoice {pi} for the 30 % advance and sales "
          "contract {ctr} for Mr Zhang's signature.\n\nBest regards,\n",
          docs=(("proforma_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("payment", "partner", None,
          "Keller 女士：\n\n形式发票 {pi} 的预付款 {paid} 已于今日汇出，银行付款回单见附件。\n\n",
          docs=(("payment_advice", "pdf"),), gap=4),
        S("contract", "partner", "合同 {ctr} 已签署 – PO {po}",
          "Keller 女士：\n\n张总已签署合同 {ctr}，请查收扫描件。\n\n", docs=(("contract", "pdf"),), signed=True,
          new_thread=True, gap=2),
        S("production", "partner", None,
          "Keller 女士：\n\n请问订单 {po} 什么时候能装船？工地七月初要用这批配件。\n\n", gap=12),
        S("shipping", "us", "PO {po} shipped – invoice {inv} and bill of lading",
          "Dear Mr Liu,\n\nPO {po} has sailed in container {track} for Maputo. Attached are commercial invoice "
          "{inv}; the 70 % balance is due against this copy of the bill of lading, also attached.\n\nBest regards,\n",
          docs=(("commercial_invoice", "pdf"), ("bill_of_lading", "pdf")), new_thread=True, gap=8),
    ], discount=Decimal("0.97"), deposit=True, tracking="container"),
    Deal("ho18-MT1", "MT", dt.date(2031, 5, 5), 9, "GHME-PO-5512",
         {"q": "EST-001226", "ctr": "NWC-SC-31-130", "inv": "INV-002489", "sn": "PKL-31-0590",
          "claim": "GHME-CLM-31-07", "ir": "IIR-31-0142"}, [
        S("enquiry", "partner", "Quote please – spares for MV Sliema Star dry-dock",
          "Hi Anna,\n\nwe have a ferry coming into dry dock at Marsa next month. Can you quote the parts below, "
          "delivered to our yard?\n\n{needs}\n\nThanks in advance.\n\n"),
        S("quote", "us", None,
          "Hi Clayton,\n\nthanks for the enquiry. Our estimate {q} is attached, DAP Marsa; the goods travel by "
          "trailer and ro-ro ferry and take about eight days.\n\nBest regards,\n", docs=(("quotation", "pdf"),),
          gap=1),
        S("order", "partner", None,
          "Hi Anna,\n\nplease take this mail as our order, the purchasing module is being upgraded.\n\n"
          "{order_block}\n\nKindly confirm and send your invoice.\n\n", body_order=True, gap=3),
        S("order", "us", None,
          "Hi Clayton,\n\nthank you for order {po}. Invoice {inv} is attached; I will send the sales contract "
          "separately.\n\nBest regards,\n", docs=(("commercial_invoice", "pdf"),), gap=1),
        S("contract", "us", "Sales contract {ctr} – your order {po}",
          "Hi Clayton,\n\nas mentioned, please find sales contract {ctr} for order {po}. Could Ing. Grech sign and "
          "return it?\n\nBest regards,\n", docs=(("contract", "docx"),), signed=False, new_thread=True, gap=1),
        S("contract", "partner", None,
          "Hi Anna,\n\nsigned copy attached.\n\n", docs=(("contract", "pdf"),), signed=True, gap=2),
        S("shipping", "us", None,
          "Hi Clayton,\n\norder {po} left our warehouse today on a groupage trailer, consignment note {track}. "
          "The packing list is attached.\n\nBest regards,\n", docs=(("shipping_notice", "pdf"),), gap=5),
        S("receipt", "partner", None,
          "Hi Anna,\n\nthe goods arrived at our stores this morning. Our QC will check them before the dry dock "
          "starts.\n\n", gap=8),
        S("claim", "partner", "Claim {claim} – order {po}, impellers",
          "Hi Anna,\n\nour incoming inspection found problems with some of the impellers and injector nozzles. "
          "The inspection report {ir} is attached. Please treat this as claim {claim} and advise how you will "
          "replace the rejected parts.\n\n", docs=(("inspection_report", "pdf"),), new_thread=True, gap=2),
        S("claim", "us", None,
          "Hi Clayton,\n\nsorry to hear this. We will send replacements by express at our cost; please keep the "
          "rejected parts for our collection.\n\nBest regards,\n", gap=1),
    ], tracking="road"),
    Deal("ho18-GA1", "GA", dt.date(2031, 5, 12), 10, "BC-SGD-31-0148",
         {"q": "EST-001233", "ctr": "NWC-SC-31-134", "inv": "INV-002502", "bl": "NWEB31055127", "sn": "PKL-31-0604",
          "pay": "BEC31VIR3127"}, [
        S("enquiry", "partner", "Demande de prix – pièces pour la ligne de déroulage",
          "Madame,\n\nnous préparons l'entretien annuel de notre ligne de déroulage d'Oloumi. Merci de nous "
          "faire une offre CFR Owendo pour :\n\n{needs}\n\nDans l'attente de votre offre, nous vous prions "
          "d'agréer nos salutations distinguées.\n\n"),
        S("quote", "us", None,
          "Madame Nzé Obiang,\n\nmerci pour votre demande. Veuillez trouver ci-joint notre devis {q}, CFR Owendo, "
          "en euros ; le départ est possible trois semaines après la commande.\n\nCordialement,\n",
          docs=(("quotation", "pdf"),), gap=2),
        S("order", "partner", None,
          "Madame Keller,\n\nnous acceptons votre devis {q} et vous confirmons la commande ci-dessous :\n\n"
          "{order_block}\n\nMerci de nous adresser la facture et le contrat à signer.\n\n", body_order=True, gap=4),
        S("order", "us", None,
          "Madame Nzé Obiang,\n\nnous vous remercions de votre commande {po}. Ci-joint notre facture {inv} et le "
          "contrat de vente {ctr} pour signature.\n\nCordialement,\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", None,
          "Madame Keller,\n\nveuillez trouver ci-joint le contrat {ctr} signé par M. Mba Ndong.\n\n",
          docs=(("contract", "pdf"),), signed=True, gap=3),
        S("shipping", "us", None,
          "Madame Nzé Obiang,\n\nla commande {po} a été chargée aujourd'hui dans le conteneur {track} à destination "
          "d'Owendo. Vous trouverez ci-joint le connaissement et la liste de colisage.\n\nCordialement,\n",
          docs=(("bill_of_lading", "pdf"), ("shipping_notice", "pdf")), gap=11),
        S("payment", "partner", "Règlement facture {inv}",
          "Madame Keller,\n\nnous vous informons du virement de {paid} effectué ce jour en règlement de votre "
          "facture {inv}. L'avis de notre banque est joint.\n\n", docs=(("payment_advice", "pdf"),),
          new_thread=True, gap=40),
    ], tracking="container"),
    Deal("ho18-OM2", "OM", dt.date(2031, 6, 2), 6, "ABW/PO/2031/0318", {"inv": "INV-002544"}, [
        S("order", "partner", "PO {po} – cartridge filters and seal kits",
          "Dear Mr Brandt,\n\nit was a pleasure to meet you at the Muscat water exhibition. As agreed, please find "
          "attached PO {po} for cartridge filters and seal kits at the prices of our April order. Kindly pass it to "
          "your sales team.\n\n", docs=(("purchase_order", "pdf"),), forward=True, new_thread=True),
        S("order", "us", None,
          "Dear Mr Al-Balushi,\n\nOliver passed your PO {po} on to me. Our invoice {inv} is attached; the sales "
          "contract will follow separately.\n\nBest regards,\n", docs=(("commercial_invoice", "pdf"),), gap=1),
    ], discount=Decimal("0.96"), tracking="container"),
    Deal("ho18-NA2", "NA", dt.date(2031, 6, 9), 5, "BST-2031-0533", {"ctr": "NWC-SC-31-141", "inv": "INV-002561"}, [
        S("order", "partner", "Bestellung {po} – Schlauchschellen und Abstreifer",
          "Guten Tag Frau Keller,\n\nanbei eine kleine Nachbestellung {po} zu den Preisen vom April.\n\n",
          docs=(("purchase_order", "docx"),)),
        S("order", "us", None,
          "Sehr geehrter Herr Brinkmann,\n\nvielen Dank für die Bestellung {po}. Anbei Rechnung {inv} und "
          "Kaufvertrag {ctr} zur Unterschrift.\n\nMit freundlichen Grüßen\n",
          docs=(("commercial_invoice", "pdf"), ("contract", "pdf")), signed=False, gap=1),
        S("contract", "partner", "Vertrag {ctr} unterzeichnet",
          "Guten Tag Frau Keller,\n\nder unterzeichnete Vertrag {ctr} liegt bei.\n\n",
          docs=(("contract", "pdf"),), signed=True, new_thread=True, gap=3),
    ], tracking="container"),
    Deal("ho18-HN2", "HN", dt.date(2031, 6, 16), 7, "OC-BCM-31-0121", {"ctr": "NWC-SC-31-146", "inv": "INV-002579"}, [
        S("order", "partner", "Nueva orden de compra {po}",
          "Sra. Keller:\n\nadjunto la orden de compra {po}, con los mismos precios de la orden anterior.\n\n",
          docs=(("purchase_order", "xlsx"),)),
        S("order", "us", None,
          "Estimada Sra. Fiallos:\n\nmuchas gracias por la orden {po}. Adjunto la factura {inv} y el contrato "
          "{ctr} para su firma.\n\nSaludos cordiales,\n", docs=(("commercial_invoice", "pdf"), ("contract", "pdf")),
          signed=False, gap=1),
        S("order", "partner", "Documentos completos – OC {po}, factura {inv}, contrato {ctr}",
          "Sra. Keller:\n\npara el trámite de importación reunimos todo en un solo correo: la orden {po}, su "
          "factura {inv} y el contrato {ctr} firmado por el Lic. Rivera. Se lo enviamos para que tenga el juego "
          "completo.\n\n", docs=(("purchase_order", "xlsx"), ("commercial_invoice", "pdf"), ("contract", "pdf")),
          signed=True, new_thread=True, gap=4),
    ], discount=Decimal("0.97"), tracking="container"),
]
