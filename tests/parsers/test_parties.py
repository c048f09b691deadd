"""Party blocks on text fixtures (not corpus files): wrapped legal forms, labels read where a name stood."""
from __future__ import annotations

import pytest

from parsers.extract.parties import party_from_block


@pytest.mark.parametrize(("block", "name", "address"), [
    (["Kestrel Works", "Pvt. Ltd.", "Plot 7, Industrial Area, Pune 411026", "India"], "Kestrel Works Pvt. Ltd.",
     "Plot 7, Industrial Area, Pune 411026, India"),
    (["Kestrel Works", "Pvt. Ltd., Plot 7, Industrial Area"], "Kestrel Works Pvt. Ltd.", "Plot 7, Industrial Area"),
    (["Harbour Traders", "Pty Ltd", "4 Quay St, Cairns QLD 4870"], "Harbour Traders Pty Ltd", "4 Quay St, Cairns QLD 4870"),
    (["Ateliers du Nord S.à r.l.", "5 rue Haute, L-1234 Luxembourg"], "Ateliers du Nord S.à r.l.",
     "5 rue Haute, L-1234 Luxembourg"),
    (["Repuestos del Sur SpA, Av. Central 1200, Santiago"], "Repuestos del Sur SpA", "Av. Central 1200, Santiago"),
    (["Kestrel Works", "Ltd.", "5 Mill Lane"], "Kestrel Works Ltd.", "5 Mill Lane"),
    (["Kestrel Works", "5 Mill Lane"], "Kestrel Works", "5 Mill Lane"),
])
def test_legal_form_wrapped_onto_the_next_line_belongs_to_the_name(block: list[str], name: str,
                                                                    address: str) -> None:
    party = party_from_block(block)
    assert party is not None and party.name == name and party.address == address


@pytest.mark.parametrize("block", [["PO #"], ["Buyer:"], ["买方 Buyer："], ["Invoice No."], ["Rechnungs-Nr."]])
def test_a_field_label_is_no_party_name(block: list[str]) -> None:
    party = party_from_block(block)
    assert party is not None and party.name is None
