"""Captions and their values: a terms cell beside the next row's centred caption, a bilingual caption whose colon
touches its value, a French non-conformity form."""
from __future__ import annotations

import io
from typing import Any

from parsers import Limits, parse_bytes

LIMITS = Limits(isolate=False)


def _doc(text: str, name: str = "doc.txt") -> Any:
    docs = parse_bytes(text.encode("utf-8"), name, limits=LIMITS).documents
    assert docs, "no document extracted"
    return docs[0]


def _pdf_doc(rows: list[tuple[float, float, str]]) -> Any:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 8)
    for x, y, text in rows:
        c.drawString(x, 842 - y, text)
    c.save()
    (doc,) = parse_bytes(buf.getvalue(), "doc.pdf", limits=LIMITS).documents
    return doc


# -- a terms cell beside the next row's centred caption; a caption holding its colon touching the value

def _conditions(third: str) -> Any:
    return _pdf_doc([(46, 40, "BON DE COMMANDE / PURCHASE ORDER"), (325, 40, "BC/XY/2037/022"),
                     (48, 80, "Incoterm"), (169, 80, "CFR Dar es Salaam (Incoterms 2020)"),
                     (48, 92, "Paiement / Payment"), (169, 92, "30 % à la commande, 70 % contre copie du connaissement"),
                     (169, 104, third), (48, 110, "Documents"), (169, 116, "vérification (BIVAC)")])


def test_terms_stop_before_the_next_rows_value_beside_its_centred_caption() -> None:
    doc = _conditions("Facture commerciale, liste de colisage, certificat d'origine, attestation de")
    assert doc.payment_terms == "30 % à la commande, 70 % contre copie du connaissement"


def test_a_terms_phrase_cut_midway_still_runs_on() -> None:
    # negative: a value that stops on a dangling word goes on with the next line
    doc = _pdf_doc([(46, 40, "PURCHASE ORDER"), (325, 40, "PO-2037-022"),
                    (48, 92, "Payment terms"), (169, 92, "30 % with order, 70 % against copy of the"),
                    (169, 104, "Bill of lading"), (48, 110, "Documents"), (169, 116, "Invoice, packing list")])
    assert doc.payment_terms == "30 % with order, 70 % against copy of the Bill of lading"


def test_a_bilingual_payment_caption_whose_colon_touches_the_value() -> None:
    doc = _doc("采购订单\n单据编号：CGDD-1\n交货方式 Delivery：CPT Bishkek   付款条件 Payment：T/T 100% before shipment\n")
    assert doc.payment_terms == "T/T 100% before shipment"
    doc = _doc("采购订单\n单据编号：CGDD-1\n付款条件 Payment: T/T 100% before shipment\n")
    assert doc.payment_terms == "T/T 100% before shipment"


def test_a_code_that_starts_like_a_caption_is_still_no_caption() -> None:
    # negative: "Order PO-2025-8054" after a Chinese caption stays the number's code
    doc = _doc("采购订单\n订单号 PO-2025-8054\n")
    assert doc.number == "PO-2025-8054"


# -- a French non-conformity form

def test_a_french_non_conformity_form_is_an_inspection_report_numbered_by_its_abbreviation() -> None:
    doc = _doc("Brasserie Exemple SA\nFICHE DE NON-CONFORMITÉ\n"
               "N° FNC   FNC-2037-017   Date   01/06/2037\n"
               "Fournisseur   Example Components Ltd.   Commande   BC/XY/2037/022\n"
               "Réf. réclamation   XY-REC-37-004   Réception   GRN-376419\n")
    assert doc.doc_type == "inspection_report"
    assert doc.number == "FNC-2037-017"


def test_a_claim_reference_alone_still_makes_no_inspection_report() -> None:
    # negative: a claim letter citing a claim reference stays a claim
    doc = _doc("RÉCLAMATION\nRéf. réclamation   XY-REC-37-004\nCommande   BC/XY/2037/022\n")
    assert doc.doc_type == "claim"
