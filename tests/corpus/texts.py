"""Mail texts per language and step of a deal, with {placeholders} filled by the generator."""
from __future__ import annotations

# Each entry: (subject or None to reply in the thread, body). Placeholders: c (addressee first name),
# product, po, inv, ctr, q, total, track, claim, eta, pct, order_block, ir.
TEXTS: dict[str, dict[str, tuple[str | None, str]]] = {
    "en": {
        "order_body_new": ("Order {po}", "Dear {c},\n\nplease supply the following:\n\n{order_block}\n\nPlease confirm "
                                           "the delivery date.\n\nRegards"),
        "enquiry": ("Enquiry: {product}",
                    "Dear {c},\n\nwe are looking for a supplier of {product} and would appreciate your best price "
                    "for the quantities below, including delivery time and payment terms.\n\n{needs}\n\n"
                    "Please also confirm the minimum order quantity.\n\nKind regards"),
        "quote": (None, "Dear {c},\n\nthank you for your enquiry. Please find attached our quotation {q}; prices are "
                        "valid for 30 days.\n\nLead time is about {eta} after receipt of the signed order.\n\nBest regards"),
        "negotiation": (None, "Hi {c},\n\nthanks for quotation {q}. Your prices are about 5% above our budget. If you "
                              "can reduce the unit prices by 5% we are ready to place the order this month.\n\nBest regards"),
        "negotiation_us": (None, "Dear {c},\n\nwe have checked again and can accept a 5% reduction on all items of "
                                 "quotation {q}, provided the order is placed by the end of the month.\n\nBest regards"),
        "contract_us": (None, "Dear {c},\n\nas agreed, please find attached our sales contract {ctr} with the revised "
                              "prices. Kindly sign and return it together with your purchase order.\n\nBest regards"),
        "contract_partner": (None, "Dear {c},\n\nattached is contract {ctr}, signed on our side.\n\nRegards"),
        "contract_new": ("Contract for PO {po}",
                         "Hello {c},\n\nplease find attached the signed contract {ctr} for our PO {po}. Sorry "
                         "that it was missing in my previous mail.\n\nRegards"),
        "order": (None, "Dear {c},\n\nplease find attached our purchase order {po} together with the commercial "
                        "invoice and the signed contract. Please confirm receipt and the delivery date.\n\nRegards"),
        "order_po_only": ("Purchase Order {po}",
                          "Dear {c},\n\nplease find attached our purchase order {po}. Please confirm.\n\nRegards"),
        "order_body": (None, "Dear {c},\n\nwe would like to order as follows:\n\n{order_block}\n\nPlease confirm by "
                             "return.\n\nRegards"),
        "invoice_new": ("Commercial invoice for PO {po}",
                        "Dear {c},\n\nattached is our commercial invoice {inv} for your order {po}.\n\nBest regards"),
        "payment": (None, "Dear {c},\n\nplease be advised that we have remitted {total} today for invoice {inv} "
                          "(PO {po}). The payment advice is attached.\n\nRegards"),
        "production": (None, "Dear {c},\n\nquick update on PO {po}: production is {pct}% complete and we expect the "
                             "goods to be ready for shipment in {eta}.\n\nBest regards"),
        "shipping": (None, "Dear {c},\n\nyour order {po} has been shipped today. Tracking / container number: {track}. "
                           "Shipping documents are attached.\n\nBest regards"),
        "receipt": (None, "Hi {c},\n\nthe goods for PO {po} arrived at our warehouse this morning. We will check them "
                          "in the next days.\n\nThanks"),
        "claim": (None, "Dear {c},\n\nduring incoming inspection of PO {po} we found defects (see inspection report "
                        "{ir} attached). We hereby file claim {claim} and ask for replacement or a credit note.\n\nRegards"),
        "forward": ("FW: {subject}", "Please process, this came to my personal mailbox.\n\n{fwd}"),
    },
    "de": {
        "order_body_new": ("Bestellung {po}", "Sehr geehrte Frau Keller,\n\nwir bestellen:\n\n{order_block}\n\n"
                                               "Bitte um Auftragsbestätigung.\n\nMit freundlichen Grüßen"),
        "enquiry": ("Anfrage {product}",
                    "Sehr geehrte Frau Keller,\n\nwir benötigen ein Angebot für {product} in folgenden Mengen:\n\n"
                    "{needs}\n\nBitte nennen Sie uns Lieferzeit und Zahlungsbedingungen.\n\nMit freundlichen Grüßen"),
        "quote": (None, "Guten Tag {c},\n\nvielen Dank für Ihre Anfrage. Anbei unser Angebot {q}, gültig "
                        "30 Tage.\n\nDie Lieferzeit beträgt ca. {eta} nach Auftragseingang.\n\nMit freundlichen Grüßen"),
        "negotiation": (None, "Sehr geehrte Frau Keller,\n\ndanke für das Angebot {q}. Bei 5% Nachlass auf alle "
                              "Positionen könnten wir noch diesen Monat bestellen.\n\nMit freundlichen Grüßen"),
        "negotiation_us": (None, "Guten Tag {c},\n\nwir können Ihnen 5% Nachlass auf das Angebot {q} "
                                 "gewähren.\n\nMit freundlichen Grüßen"),
        "contract_us": (None, "Guten Tag {c},\n\nanbei der Kaufvertrag {ctr} zur Unterschrift.\n\n"
                              "Mit freundlichen Grüßen"),
        "contract_partner": (None, "Sehr geehrte Frau Keller,\n\nanbei der von uns unterschriebene Vertrag {ctr}.\n\n"
                                   "Mit freundlichen Grüßen"),
        "contract_new": ("Vertrag zu Bestellung {po}",
                         "Sehr geehrte Frau Keller,\n\nanbei wie besprochen der unterschriebene Kaufvertrag {ctr} zu "
                         "unserer Bestellung {po}.\n\nMit freundlichen Grüßen"),
        "order": (None, "Sehr geehrte Frau Keller,\n\nanbei unsere Bestellung {po} sowie die Handelsrechnung. Bitte "
                        "bestätigen Sie den Liefertermin.\n\nMit freundlichen Grüßen"),
        "order_po_only": ("Bestellung {po}",
                          "Sehr geehrte Frau Keller,\n\nanbei unsere Bestellung {po}. Bitte um Auftragsbestätigung.\n\n"
                          "Mit freundlichen Grüßen"),
        "order_body": (None, "Sehr geehrte Frau Keller,\n\nhiermit bestellen wir:\n\n{order_block}\n\nBitte bestätigen "
                             "Sie den Auftrag.\n\nMit freundlichen Grüßen"),
        "invoice_new": ("Rechnung {inv} zu Ihrer Bestellung {po}",
                        "Guten Tag {c},\n\nanbei unsere Handelsrechnung {inv} zu Ihrer Bestellung {po}.\n\n"
                        "Mit freundlichen Grüßen"),
        "payment": (None, "Sehr geehrte Frau Keller,\n\nwir haben heute {total} für Rechnung {inv} (Bestellung {po}) "
                          "überwiesen. Das Zahlungsavis liegt bei.\n\nMit freundlichen Grüßen"),
        "production": (None, "Guten Tag {c},\n\nkurzer Zwischenstand zu Bestellung {po}: die Fertigung ist zu "
                             "{pct}% abgeschlossen, Versandbereitschaft in ca. {eta}.\n\nMit freundlichen Grüßen"),
        "shipping": (None, "Guten Tag {c},\n\nIhre Bestellung {po} wurde heute verschifft, Container {track}. "
                           "Die Versanddokumente finden Sie im Anhang.\n\nMit freundlichen Grüßen"),
        "receipt": (None, "Sehr geehrte Frau Keller,\n\ndie Ware zu Bestellung {po} ist heute bei uns eingegangen.\n\n"
                          "Mit freundlichen Grüßen"),
        "claim": (None, "Sehr geehrte Frau Keller,\n\nbei der Wareneingangsprüfung zu Bestellung {po} wurden Mängel "
                        "festgestellt (Prüfbericht {ir} anbei). Wir reklamieren hiermit unter {claim}.\n\n"
                        "Mit freundlichen Grüßen"),
        "forward": ("WG: {subject}", "Bitte bearbeiten.\n\n{fwd}"),
    },
    "fr": {
        "order_body_new": ("Commande {po}", "Bonjour Anna,\n\nmerci de nous livrer :\n\n{order_block}\n\n"
                                             "Merci de confirmer.\n\nCordialement"),
        "enquiry": ("Demande de prix – {product}",
                    "Bonjour,\n\nnous souhaitons recevoir votre meilleure offre pour {product} :\n\n{needs}\n\n"
                    "Merci d'indiquer le délai de livraison et les conditions de paiement.\n\nCordialement"),
        "quote": (None, "Bonjour {c},\n\nmerci pour votre demande. Veuillez trouver ci-joint notre devis {q}, valable "
                        "30 jours. Délai : environ {eta}.\n\nCordialement"),
        "negotiation": (None, "Bonjour Anna,\n\nmerci pour le devis {q}. Pourriez-vous consentir une remise de 5 % ? "
                              "Nous pourrions alors commander ce mois-ci.\n\nCordialement"),
        "negotiation_us": (None, "Bonjour {c},\n\nnous acceptons une remise de 5 % sur le devis {q}.\n\nCordialement"),
        "contract_us": (None, "Bonjour {c},\n\nci-joint le contrat de vente {ctr} à signer.\n\nCordialement"),
        "contract_partner": (None, "Bonjour Anna,\n\nci-joint le contrat {ctr} signé.\n\nCordialement"),
        "contract_new": ("Contrat pour la commande {po}",
                         "Bonjour Anna,\n\nveuillez trouver ci-joint le contrat {ctr} signé pour notre commande {po}."
                         "\n\nCordialement"),
        "order": (None, "Bonjour Anna,\n\nveuillez trouver ci-joint notre bon de commande {po}. Merci de nous "
                        "confirmer la date de livraison.\n\nCordialement"),
        "order_po_only": ("Commande {po}",
                          "Bonjour Anna,\n\nci-joint notre bon de commande {po}.\n\nCordialement"),
        "order_body": (None, "Bonjour Anna,\n\nnous vous passons commande comme suit :\n\n{order_block}\n\n"
                             "Merci de confirmer.\n\nCordialement"),
        "invoice_new": ("Facture commerciale {inv} – commande {po}",
                        "Bonjour {c},\n\nveuillez trouver ci-joint notre facture {inv} pour votre commande {po}.\n\n"
                        "Cordialement"),
        "payment": (None, "Bonjour Anna,\n\nnous avons effectué aujourd'hui le virement de {total} pour la facture "
                          "{inv} (commande {po}). Avis de paiement en pièce jointe.\n\nCordialement"),
        "production": (None, "Bonjour {c},\n\npoint sur la commande {po} : la production est terminée à {pct} %, "
                             "expédition prévue dans {eta}.\n\nCordialement"),
        "shipping": (None, "Bonjour {c},\n\nvotre commande {po} a été expédiée ce jour. N° de suivi : {track}.\n\n"
                           "Cordialement"),
        "receipt": (None, "Bonjour Anna,\n\nnous avons bien reçu la marchandise de la commande {po}.\n\nCordialement"),
        "claim": (None, "Bonjour Anna,\n\nlors du contrôle à réception de la commande {po} nous avons constaté des "
                        "défauts (rapport d'inspection {ir} ci-joint). Réclamation {claim}.\n\nCordialement"),
        "forward": ("TR : {subject}", "Pour traitement.\n\n{fwd}"),
    },
    "es": {
        "order_body_new": ("Pedido {po}", "Hola Anna:\n\nfavor de surtir el siguiente pedido:\n\n{order_block}\n\n"
                                           "Quedamos atentos a su confirmación.\n\nSaludos"),
        "enquiry": ("Solicitud de cotización: {product}",
                    "Estimada Anna:\n\nle agradeceríamos una cotización para {product}:\n\n{needs}\n\n"
                    "Indique por favor plazo de entrega y condiciones de pago.\n\nSaludos cordiales"),
        "quote": (None, "Estimado/a {c}:\n\ngracias por su solicitud. Adjuntamos nuestra cotización {q}, válida 30 "
                        "días. Plazo de entrega: {eta}.\n\nSaludos cordiales"),
        "negotiation": (None, "Hola Anna:\n\ngracias por la cotización {q}. ¿Podrían aplicar un descuento del 5 %? "
                              "Así podríamos cursar el pedido este mes.\n\nSaludos"),
        "negotiation_us": (None, "Estimado/a {c}:\n\npodemos aplicar un 5 % de descuento sobre la cotización {q}.\n\n"
                                 "Saludos cordiales"),
        "contract_us": (None, "Estimado/a {c}:\n\nadjunto el contrato {ctr} para su firma.\n\nSaludos cordiales"),
        "contract_partner": (None, "Hola Anna:\n\nadjunto el contrato {ctr} firmado.\n\nSaludos"),
        "contract_new": ("Contrato del pedido {po}",
                         "Hola Anna:\n\nadjunto el contrato {ctr} firmado correspondiente a nuestro pedido {po}.\n\n"
                         "Saludos"),
        "order": (None, "Hola Anna:\n\nadjuntamos la orden de compra {po}, la factura comercial y el contrato "
                        "firmado.\n\nSaludos"),
        "order_po_only": ("Pedido {po}", "Hola Anna:\n\nadjuntamos nuestro pedido {po}.\n\nSaludos"),
        "order_body": (None, "Hola Anna:\n\npor la presente les hacemos el siguiente pedido:\n\n{order_block}\n\n"
                             "Quedamos a la espera de su confirmación.\n\nSaludos"),
        "invoice_new": ("Factura comercial {inv} – pedido {po}",
                        "Estimado/a {c}:\n\nadjuntamos la factura comercial {inv} de su pedido {po}.\n\nSaludos"),
        "payment": (None, "Hola Anna:\n\nhoy hemos transferido {total} correspondiente a la factura {inv} (pedido "
                          "{po}). Adjuntamos el aviso de pago.\n\nSaludos"),
        "production": (None, "Estimado/a {c}:\n\nla producción del pedido {po} está al {pct} %; el embarque será en "
                             "aproximadamente {eta}.\n\nSaludos cordiales"),
        "shipping": (None, "Estimado/a {c}:\n\nsu pedido {po} ha sido embarcado hoy. Contenedor / seguimiento: "
                           "{track}.\n\nSaludos cordiales"),
        "receipt": (None, "Hola Anna:\n\nhemos recibido hoy la mercancía del pedido {po}.\n\nSaludos"),
        "claim": (None, "Hola Anna:\n\nen la inspección de entrada del pedido {po} encontramos defectos (informe {ir} "
                        "adjunto). Presentamos la reclamación {claim}.\n\nSaludos"),
        "forward": ("RV: {subject}", "Para su gestión.\n\n{fwd}"),
    },
    "zh": {
        "order_body_new": ("订单{po}", "Anna 您好：\n\n请按以下明细供货：\n\n{order_block}\n\n请确认交期。\n\n谢谢"),
        "enquiry": ("询价：{product}",
                    "Anna 您好：\n\n我司需要采购{product}，数量如下：\n\n{needs}\n\n请报最优价格，并告知交货期和付款方式。\n\n谢谢！"),
        "quote": (None, "{c}您好：\n\n感谢询价。附件为我司报价单{q}，有效期30天，交货期约{eta}。\n\n此致"),
        "negotiation": (None, "Anna 您好：\n\n报价单{q}收到。价格比我们预算高约5%，如能每项降价5%，我们本月即可下单。\n\n谢谢"),
        "negotiation_us": (None, "{c}您好：\n\n我们同意在报价单{q}基础上降价5%。\n\n此致"),
        "contract_us": (None, "{c}您好：\n\n附件为销售合同{ctr}，请签字盖章后回传。\n\n此致"),
        "contract_partner": (None, "Anna 您好：\n\n附件是我方已签字盖章的合同{ctr}。\n\n谢谢"),
        "contract_new": ("订单{po}的合同", "Anna 您好：\n\n附件为订单{po}对应的已签合同{ctr}，请查收。\n\n谢谢"),
        "order": (None, "Anna 您好：\n\n附件为我司采购订单{po}及商业发票，请确认交货期。\n\n谢谢"),
        "order_po_only": ("采购订单{po}", "Anna 您好：\n\n附件为采购订单{po}，请确认。\n\n谢谢"),
        "order_body": (None, "Anna 您好：\n\n我司订购如下：\n\n{order_block}\n\n请确认。\n\n谢谢"),
        "invoice_new": ("订单{po}的商业发票{inv}", "{c}您好：\n\n附件为贵司订单{po}的商业发票{inv}。\n\n此致"),
        "payment": (None, "Anna 您好：\n\n我司今日已支付{total}（发票{inv}，订单{po}），付款通知见附件。\n\n谢谢"),
        "production": (None, "{c}您好：\n\n订单{po}生产进度：已完成{pct}%，预计{eta}后可以出货。\n\n此致"),
        "shipping": (None, "{c}您好：\n\n订单{po}已于今日出运，集装箱号/运单号：{track}。单据见附件。\n\n此致"),
        "receipt": (None, "Anna 您好：\n\n订单{po}的货物今天已到我司仓库。\n\n谢谢"),
        "claim": (None, "Anna 您好：\n\n订单{po}到货检验发现质量问题（检验报告{ir}见附件），现提出索赔{claim}。\n\n谢谢"),
        "forward": ("转发: {subject}", "请处理。\n\n{fwd}"),
    },
}

FILE_NAMES = {
    "en": {"purchase_order": "PO", "commercial_invoice": "Commercial_Invoice", "proforma_invoice": "Proforma",
           "quotation": "Quotation", "contract": "Contract", "payment_advice": "Payment_Advice",
           "shipping_notice": "Shipping_Notice", "bill_of_lading": "BL", "inspection_report": "Inspection_Report"},
    "de": {"purchase_order": "Bestellung", "commercial_invoice": "Rechnung", "proforma_invoice": "Proforma",
           "quotation": "Angebot", "contract": "Kaufvertrag", "payment_advice": "Zahlungsavis",
           "shipping_notice": "Versandanzeige", "bill_of_lading": "Konnossement", "inspection_report": "Pruefbericht"},
    "fr": {"purchase_order": "Bon_de_commande", "commercial_invoice": "Facture", "proforma_invoice": "Proforma",
           "quotation": "Devis", "contract": "Contrat", "payment_advice": "Avis_de_paiement",
           "shipping_notice": "Avis_d'expédition", "bill_of_lading": "Connaissement",
           "inspection_report": "Rapport_d'inspection"},
    "es": {"purchase_order": "Orden_de_compra", "commercial_invoice": "Factura", "proforma_invoice": "Proforma",
           "quotation": "Cotización", "contract": "Contrato", "payment_advice": "Aviso_de_pago",
           "shipping_notice": "Aviso_de_embarque", "bill_of_lading": "BL", "inspection_report": "Informe_inspección"},
    "zh": {"purchase_order": "采购订单", "commercial_invoice": "商业发票", "proforma_invoice": "形式发票",
           "quotation": "报价单", "contract": "合同", "payment_advice": "付款通知", "shipping_notice": "发货通知",
           "bill_of_lading": "提单", "inspection_report": "检验报告"},
}

INSPECTION_NOTES = {
    "en": ["Result: 12 of 200 units inspected show cracked housings; sample photos kept on file.",
           "Conclusion: lot rejected pending supplier action."],
    "de": ["Ergebnis: 12 von 200 geprüften Einheiten mit Rissen im Gehäuse.", "Fazit: Lieferung beanstandet."],
    "fr": ["Résultat : 12 unités sur 200 contrôlées présentent des fissures.", "Conclusion : lot refusé."],
    "es": ["Resultado: 12 de 200 unidades inspeccionadas presentan grietas.", "Conclusión: lote rechazado."],
    "zh": ["检验结果：抽检200件，其中12件外壳开裂。", "结论：该批货物不合格，要求供应商处理。"],
}
