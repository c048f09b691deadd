"""Read embedded/standalone e-invoice and e-order XML (CII/ZUGFeRD/Factur-X/Order-X, UBL, FatturaPA) exactly."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeET

from parsers.model import Document, LineItem, Party

# CII/UBL document type codes (UNTDID 1001) -> our doc_type
TYPE_CODES = {
    "380": "commercial_invoice", "381": "commercial_invoice", "383": "commercial_invoice",
    "384": "commercial_invoice", "386": "commercial_invoice", "389": "commercial_invoice",
    "751": "commercial_invoice", "261": "commercial_invoice", "875": "commercial_invoice",
    "325": "proforma_invoice", "220": "purchase_order", "230": "purchase_order", "105": "purchase_order",
    "231": "other", "310": "quotation", "351": "shipping_notice",
}
UBL_ROOTS = {
    "Invoice": "commercial_invoice", "CreditNote": "commercial_invoice", "Order": "purchase_order",
    "OrderChange": "purchase_order", "DespatchAdvice": "shipping_notice", "Quotation": "quotation",
    "OrderResponse": "other", "OrderResponseSimple": "other", "RemittanceAdvice": "payment_advice",
}
# UNTDID 1001 codes of credit notes (EN 16931 lists these for its credit-note documents): read as
# commercial_invoice with credit_note set, the seller's document that reduces what the buyer owes
CREDIT_NOTE_CODES = frozenset({"81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"})
UBL_NS_PREFIX = "urn:oasis:names:specification:ubl:schema:xsd:"


class StructuredError(Exception):
    """The XML is recognisably an e-document but cannot be read; message is user-facing."""


def ln(el: Element) -> str:
    """Local name of an element (namespace stripped)."""
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.rsplit("}", 1)[-1]


def _ns(el: Element) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def kid(el: Element | None, *names: str) -> Element | None:
    """Follow a path of child local names; None if any step is missing."""
    for name in names:
        if el is None:
            return None
        el = next((c for c in el if ln(c) == name), None)
    return el


def alt(*els: Element | None) -> Element | None:
    """First element that exists (an Element with no children is falsy, so `a or b` is a bug)."""
    return next((e for e in els if e is not None), None)


def nn(*vals: Decimal | None) -> Decimal | None:
    """First value that is not None (0.00 is a real amount)."""
    return next((v for v in vals if v is not None), None)


def kids(el: Element | None, name: str) -> list[Element]:
    return [] if el is None else [c for c in el if ln(c) == name]


def txt(el: Element | None) -> str | None:
    if el is None:
        return None
    value = " ".join("".join(el.itertext()).split())
    return value or None


def iter_skip(el: Element, skip: set[str]) -> Iterator[Element]:
    """Depth-first iteration that does not descend into elements named in `skip` (line items)."""
    stack = [el]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(c for c in reversed(list(node)) if ln(c) not in skip)


def first(el: Element | None, name: str, skip: set[str] | None = None) -> Element | None:
    if el is None:
        return None
    return next((n for n in iter_skip(el, skip or set()) if ln(n) == name and n is not el), None)


def dec(el: Element | None) -> Decimal | None:
    value = txt(el)
    if value is None:
        return None
    try:
        return Decimal(value.replace(" ", ""))
    except InvalidOperation:
        return None


def cii_date(el: Element | None) -> dt.date | None:
    """CII dates: format 102 (YYYYMMDD) either directly or in a DateTimeString child."""
    if el is None:
        return None
    inner = alt(first(el, "DateTimeString"), el)
    value = (txt(inner) or "").strip()
    fmt = inner.get("format", "102")
    try:
        if fmt == "102" and re.fullmatch(r"\d{8}", value):
            return dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value):
            return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return None


def iso_date(el: Element | None) -> dt.date | None:
    value = txt(el)
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def check_depth(root: Element, max_depth: int) -> None:
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > max_depth:
            raise StructuredError(f"XML nesting depth exceeds limit {max_depth}")
        stack.extend((c, depth + 1) for c in node)


def parse_xml(data: bytes, max_depth: int = 256) -> Element:
    """Parse untrusted XML: no DTD entities, no external references (defusedxml)."""
    try:
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except Exception as exc:  # defusedxml raises several types; all mean "not readable XML"
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise StructuredError(f"malformed XML ({type(exc).__name__}: {msg})"[:200]) from exc
    check_depth(root, max_depth)
    return root


def kind_of(root: Element) -> str | None:
    """Which structured format this root is: 'cii', 'zf1', 'orderx', 'ubl', 'fatturapa' or None."""
    name = ln(root)
    if name == "CrossIndustryInvoice":
        return "cii"
    if name == "CrossIndustryDocument" or (name == "Invoice" and "CBFBUY" in _ns(root)):
        return "zf1"
    if name.startswith("SCRDMCCBDAC"):
        return "orderx"
    if name in UBL_ROOTS and _ns(root).startswith(UBL_NS_PREFIX):
        return "ubl"
    if name == "FatturaElettronica":
        return "fatturapa"
    return None


def _profile(root: Element) -> str | None:
    urn = txt(first(first(root, "GuidelineSpecifiedDocumentContextParameter"), "ID")) or ""
    low = urn.lower()
    if not low:
        return None
    for key, label in (("xrechnung", "XRECHNUNG"), ("extended", "EXTENDED"), ("basicwl", "BASIC WL"),
                       ("basic-wl", "BASIC WL"), ("minimum", "MINIMUM"), ("comfort", "COMFORT"),
                       ("basic", "BASIC"), ("en16931", "EN16931")):
        if key in low:
            return label
    return urn


def _cii_party(el: Element | None) -> Party | None:
    if el is None:
        return None
    addr = kid(el, "PostalTradeAddress")
    parts = [txt(kid(addr, n)) for n in ("LineOne", "LineTwo", "LineThree")]
    city = " ".join(p for p in (txt(kid(addr, "PostcodeCode")), txt(kid(addr, "CityName"))) if p)
    address = ", ".join(p for p in [*parts, city] if p) or None
    vat = None
    for reg in kids(el, "SpecifiedTaxRegistration"):
        rid = kid(reg, "ID")
        if rid is not None and txt(rid) and rid.get("schemeID", "VA") == "VA":
            vat = txt(rid)
            break
    email = None
    for uri in [kid(el, "URIUniversalCommunication", "URIID"),
                first(el, "EmailURIUniversalCommunication")]:
        value = txt(first(uri, "URIID") if uri is not None and ln(uri) != "URIID" else uri)
        if value and "@" in value:
            email = value
            break
    country = txt(kid(addr, "CountryID"))
    return Party(name=txt(kid(el, "Name")), address=address, country=country if country and len(country) == 2 else None,
                 vat_id=vat, email=email)


def _per_unit(price: Element | None) -> Decimal | None:
    """Price per one unit: CII ChargeAmount / UBL PriceAmount divided by the price basis quantity if given."""
    amount = dec(alt(kid(price, "ChargeAmount"), kid(price, "PriceAmount")))
    basis = dec(alt(kid(price, "BasisQuantity"), kid(price, "BaseQuantity")))
    if amount is None or basis is None or basis in (0, 1):
        return amount
    return (amount / basis).normalize() if (amount / basis).as_tuple().exponent >= -6 else amount / basis


def _amount_in(parent: Element | None, name: str, currency: str | None) -> Decimal | None:
    """Pick the amount in the document currency when it is given in several (ZF1 tax totals)."""
    cands = [c for c in (parent if parent is not None else []) if ln(c) == name]
    for c in cands:
        if currency and c.get("currencyID") in (None, currency):
            return dec(c)
    return dec(cands[0]) if cands else None


def from_cii(root: Element, kind: str, label: str) -> Document:
    """CII family: ZUGFeRD 1 (CrossIndustryDocument, RC), ZUGFeRD 2/Factur-X/XRechnung, Order-X."""
    line_tag = "IncludedSupplyChainTradeLineItem"
    skip = {line_tag}
    header = alt(kid(root, "ExchangedDocument"), kid(root, "HeaderExchangedDocument"))
    tx = alt(kid(root, "SupplyChainTradeTransaction"), kid(root, "SpecifiedSupplyChainTradeTransaction"), root)
    type_code = txt(kid(header, "TypeCode")) or ("220" if kind == "orderx" else "380")
    summ = alt(first(tx, "SpecifiedTradeSettlementHeaderMonetarySummation", skip),
               first(tx, "SpecifiedTradeSettlementMonetarySummation", skip))
    grand = kid(summ, "GrandTotalAmount")
    currency = (txt(first(tx, "InvoiceCurrencyCode", skip)) or txt(first(tx, "OrderCurrencyCode", skip))
                or (grand.get("currencyID") if grand is not None else None))
    order_ref = first(tx, "BuyerOrderReferencedDocument", skip)
    order_no = txt(kid(order_ref, "IssuerAssignedID")) or txt(kid(order_ref, "ID"))
    terms = first(tx, "SpecifiedTradePaymentTerms", skip)
    delivery = alt(first(tx, "ActualDeliverySupplyChainEvent", skip), first(tx, "RequestedDeliverySupplyChainEvent", skip))
    inco = txt(first(first(tx, "ApplicableTradeDeliveryTerms", skip), "DeliveryTypeCode"))
    items: list[LineItem] = []
    for li in iter_skip(tx, set()):
        if ln(li) != line_tag:
            continue
        product = kid(li, "SpecifiedTradeProduct")
        qty_el = alt(first(li, "BilledQuantity"), first(li, "RequestedQuantity"), first(li, "AgreedQuantity"))
        qty = dec(qty_el)
        line_sum = alt(first(li, "SpecifiedTradeSettlementLineMonetarySummation"),
                       first(li, "SpecifiedTradeSettlementMonetarySummation"))
        items.append(LineItem(
            sku=txt(kid(product, "SellerAssignedID")) or txt(kid(product, "BuyerAssignedID")) or txt(kid(product, "GlobalID")),
            description=txt(kid(product, "Name")),
            quantity=float(qty) if qty is not None else None,
            unit=qty_el.get("unitCode") if qty_el is not None else None,
            unit_price=_per_unit(first(li, "NetPriceProductTradePrice")),
            amount=dec(kid(line_sum, "LineTotalAmount")),
        ))
    profile = _profile(root)
    doc = Document(
        source="", doc_type=TYPE_CODES.get(type_code, "commercial_invoice" if kind != "orderx" else "purchase_order"),
        number=txt(kid(header, "ID")),
        order_number=order_no if kind != "orderx" else None,
        date=cii_date(kid(header, "IssueDateTime")),
        due_date=cii_date(kid(terms, "DueDateDateTime")),
        delivery_date=cii_date(first(delivery, "OccurrenceDateTime")) if delivery is not None else None,
        currency=currency if currency and re.fullmatch(r"[A-Z]{3}", currency) else None,
        subtotal=nn(_amount_in(summ, "TaxBasisTotalAmount", currency), _amount_in(summ, "LineTotalAmount", currency)),
        tax=_amount_in(summ, "TaxTotalAmount", currency),
        total=_amount_in(summ, "GrandTotalAmount", currency),
        seller=_cii_party(first(tx, "SellerTradeParty", skip)),
        buyer=_cii_party(first(tx, "BuyerTradeParty", skip)),
        incoterms=inco,
        payment_terms=txt(kid(terms, "Description")),
        line_items=items,
        structured_source=f"{label}:{profile}" if profile else label,
        credit_note=type_code in CREDIT_NOTE_CODES,
    )
    line_total = _amount_in(summ, "LineTotalAmount", currency)
    doc.evidence = {"structured": {"root": ln(root), "type_code": type_code, "line_total": str(line_total)
                                   if line_total is not None else None}}
    return doc


def _ubl_party(el: Element | None) -> Party | None:
    party = kid(el, "Party") if el is not None and kid(el, "Party") is not None else el
    if party is None:
        return None
    name = txt(kid(party, "PartyName", "Name")) or txt(kid(party, "PartyLegalEntity", "RegistrationName"))
    addr = kid(party, "PostalAddress")
    pieces = [txt(kid(addr, n)) for n in ("StreetName", "AdditionalStreetName")]
    pieces.append(txt(kid(addr, "AddressLine", "Line")))
    city = " ".join(p for p in (txt(kid(addr, "PostalZone")), txt(kid(addr, "CityName"))) if p)
    country = txt(kid(addr, "Country", "IdentificationCode"))
    return Party(name=name, address=", ".join(p for p in [*pieces, city] if p) or None,
                 country=country if country and len(country) == 2 else None,
                 vat_id=txt(kid(party, "PartyTaxScheme", "CompanyID")),
                 email=txt(kid(party, "Contact", "ElectronicMail")))


def from_ubl(root: Element) -> Document:
    name = ln(root)
    currency = txt(kid(root, "DocumentCurrencyCode")) or txt(kid(root, "PricingCurrencyCode"))
    totals = alt(kid(root, "LegalMonetaryTotal"), kid(root, "AnticipatedMonetaryTotal"), kid(root, "RequestedMonetaryTotal"))
    total_el = alt(kid(totals, "TaxInclusiveAmount"), kid(totals, "PayableAmount"))
    if not currency and total_el is not None:
        currency = total_el.get("currencyID")
    tax = None
    for tt in kids(root, "TaxTotal"):
        amt = kid(tt, "TaxAmount")
        if amt is not None and (not currency or amt.get("currencyID") in (None, currency)):
            tax = dec(amt)
            break
    seller = alt(kid(root, "AccountingSupplierParty"), kid(root, "SellerSupplierParty"), kid(root, "DespatchSupplierParty"))
    buyer = alt(kid(root, "AccountingCustomerParty"), kid(root, "BuyerCustomerParty"), kid(root, "DeliveryCustomerParty"))
    items: list[LineItem] = []
    for child in root:
        if ln(child) not in ("InvoiceLine", "CreditNoteLine", "OrderLine", "DespatchLine", "QuotationLine"):
            continue
        line = alt(kid(child, "LineItem"), child)
        qty_el = next((c for c in line if ln(c) in ("InvoicedQuantity", "CreditedQuantity", "Quantity",
                                                    "DeliveredQuantity")), None)
        qty = dec(qty_el)
        item = kid(line, "Item")
        items.append(LineItem(
            sku=txt(kid(item, "SellersItemIdentification", "ID")) or txt(kid(item, "BuyersItemIdentification", "ID"))
            or txt(kid(item, "StandardItemIdentification", "ID")),
            description=txt(kid(item, "Name")) or txt(kid(item, "Description")),
            quantity=float(qty) if qty is not None else None,
            unit=qty_el.get("unitCode") if qty_el is not None else None,
            unit_price=_per_unit(kid(line, "Price")),
            amount=dec(kid(line, "LineExtensionAmount")),
        ))
    type_code = txt(kid(root, "InvoiceTypeCode")) or txt(kid(root, "CreditNoteTypeCode"))
    doc_type = UBL_ROOTS.get(name, "other")
    if type_code == "325":
        doc_type = "proforma_invoice"
    delivery = kid(root, "Delivery")
    pay = kid(root, "PaymentTerms", "Note")
    doc = Document(
        source="", doc_type=doc_type, number=txt(kid(root, "ID")),
        order_number=txt(kid(root, "OrderReference", "ID")) if name != "Order" else None,
        date=iso_date(kid(root, "IssueDate")),
        due_date=iso_date(kid(root, "DueDate")) or iso_date(first(kid(root, "PaymentMeans"), "PaymentDueDate")),
        delivery_date=iso_date(kid(delivery, "ActualDeliveryDate")) or iso_date(first(delivery, "EndDate")),
        currency=currency if currency and re.fullmatch(r"[A-Z]{3}", currency) else None,
        subtotal=nn(dec(kid(totals, "TaxExclusiveAmount")), dec(kid(totals, "LineExtensionAmount"))),
        tax=tax, total=dec(total_el),
        seller=_ubl_party(seller), buyer=_ubl_party(buyer),
        incoterms=txt(first(kid(root, "DeliveryTerms"), "ID")),
        payment_terms=txt(pay), line_items=items, structured_source=f"ubl:{name}",
        # a UBL CreditNote is one by its root element; an Invoice may still carry a credit-note type code
        credit_note=doc_type == "commercial_invoice" and (name == "CreditNote" or type_code in CREDIT_NOTE_CODES),
    )
    doc.evidence = {"structured": {"root": name, "type_code": type_code,
                                   "line_total": txt(kid(totals, "LineExtensionAmount"))}}
    return doc


def from_fatturapa(root: Element) -> Document:
    header = kid(root, "FatturaElettronicaHeader")
    body = kid(root, "FatturaElettronicaBody")
    gen = kid(body, "DatiGenerali", "DatiGeneraliDocumento")

    def party(el: Element | None) -> Party | None:
        if el is None:
            return None
        ana = first(el, "Anagrafica")
        name = txt(kid(ana, "Denominazione")) or " ".join(
            p for p in (txt(kid(ana, "Nome")), txt(kid(ana, "Cognome"))) if p) or None
        fiscal = first(el, "IdFiscaleIVA")
        vat = "".join(p for p in (txt(kid(fiscal, "IdPaese")), txt(kid(fiscal, "IdCodice"))) if p) or None
        sede = kid(el, "Sede")
        address = ", ".join(p for p in (txt(kid(sede, "Indirizzo")), " ".join(
            q for q in (txt(kid(sede, "CAP")), txt(kid(sede, "Comune"))) if q)) if p) or None
        return Party(name=name, vat_id=vat, address=address, country=txt(kid(sede, "Nazione")))

    items = []
    for line in kids(kid(body, "DatiBeniServizi"), "DettaglioLinee"):
        qty = dec(kid(line, "Quantita"))
        items.append(LineItem(sku=txt(first(line, "CodiceValore")), description=txt(kid(line, "Descrizione")),
                              quantity=float(qty) if qty is not None else None, unit=txt(kid(line, "UnitaMisura")),
                              unit_price=dec(kid(line, "PrezzoUnitario")), amount=dec(kid(line, "PrezzoTotale"))))
    tax = None
    riepilogo = kids(kid(body, "DatiBeniServizi"), "DatiRiepilogo")
    if riepilogo:
        vals = [dec(kid(r, "Imposta")) for r in riepilogo]
        tax = sum((v for v in vals if v is not None), Decimal("0")) if any(v is not None for v in vals) else None
    code = txt(kid(gen, "TipoDocumento")) or ""
    return Document(
        source="", doc_type="commercial_invoice" if code.startswith("TD0") or not code else "other",
        number=txt(kid(gen, "Numero")), date=iso_date(kid(gen, "Data")), currency=txt(kid(gen, "Divisa")),
        total=dec(kid(gen, "ImportoTotaleDocumento")), tax=tax,
        seller=party(kid(header, "CedentePrestatore")), buyer=party(kid(header, "CessionarioCommittente")),
        order_number=txt(first(kid(body, "DatiGenerali", "DatiOrdineAcquisto"), "IdDocumento")),
        line_items=items, structured_source="fatturapa",
        credit_note=code == "TD04",  # FatturaPA's nota di credito
    )


def document_from_xml(data: bytes, *, label_hint: str | None = None, max_depth: int = 256) -> Document | None:
    """Build a Document from e-document XML; None if the XML is not a known e-document format."""
    root = parse_xml(data, max_depth)
    kind = kind_of(root)
    if kind is None:
        return None
    if kind == "ubl":
        doc = from_ubl(root)
    elif kind == "fatturapa":
        doc = from_fatturapa(root)
    else:
        label = {"zf1": "zugferd1", "orderx": "order-x"}.get(kind) or label_hint or "cii"
        doc = from_cii(root, kind, label)
    doc.confidence = {k: 1.0 for k in ("doc_type", "number", "date", "currency", "total", "buyer", "seller",
                                       "line_items") if getattr(doc, k) not in (None, [])}
    from parsers.validate import validate_document

    validate_document(doc, structured=True)
    return doc
