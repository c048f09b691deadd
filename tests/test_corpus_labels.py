"""The labelled corpus under tests/corpus is well-formed, covers what it promises, and regenerates identically."""
from __future__ import annotations

import email
import email.policy
import json
import subprocess
import sys
from decimal import Decimal
from email.utils import parseaddr
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "corpus"
SCHEMAS = REPO.parent / "shared" / "schemas"
SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
          "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22",
          "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31")
GENERATED_SPLITS = ("dev", "dev2")  # what tests.corpus.generate writes; dev3 has its own generator
KINDS = {"enquiry", "quote", "order", "claim", "other"}
STAGES = {"enquiry", "quote", "negotiation", "contract", "order", "payment", "production", "shipping", "receipt",
          "claim", "auto"}
REQUIRED_DOCS = {"purchase_order", "commercial_invoice", "contract"}


def labels(split: str) -> list[dict]:
    return json.loads((CORPUS / split / "labels.json").read_text(encoding="utf-8"))


def message(split: str, name: str) -> email.message.EmailMessage:
    return email.message_from_bytes((CORPUS / split / name).read_bytes(), policy=email.policy.default)


def attachment_names(msg: email.message.Message) -> set[str]:
    """File names of all attachments, including those inside forwarded message/rfc822 parts."""
    return {part.get_filename() for part in msg.walk() if part.get_filename()}


@pytest.mark.parametrize("split", SPLITS)
def test_every_eml_parses_and_has_one_label(split: str) -> None:
    files = sorted(p.name for p in (CORPUS / split).glob("*.eml"))
    labelled = [lb["file"] for lb in labels(split)]
    assert len(files) >= 35
    assert labelled == files
    for name in files:
        msg = message(split, name)
        assert not msg.defects, (name, msg.defects)
        for key in ("From", "Date", "Message-ID", "Subject"):
            assert msg[key], (name, key)
        assert msg.get_body(preferencelist=("plain", "html")) is not None, name


@pytest.mark.parametrize("split", SPLITS)
def test_label_documents_exist_in_their_message(split: str) -> None:
    for lb in labels(split):
        msg = message(split, lb["file"])
        names = attachment_names(msg)
        for doc in lb["documents"]:
            if doc["source"] == "body":
                body = msg.get_body(preferencelist=("plain", "html")).get_content()
                assert doc["number"] in body, (lb["file"], doc["number"])
            else:
                assert doc["source"] in names, (lb["file"], doc["source"], names)


def _schema_validator():  # noqa: ANN202 - jsonschema types are optional
    jsonschema = pytest.importorskip("jsonschema")
    referencing = pytest.importorskip("referencing")
    path = SCHEMAS / "document.schema.json"
    if not path.exists():
        pytest.skip(f"{path} not available")
    schema = json.loads(path.read_text())
    cls = json.loads((SCHEMAS / "classification.schema.json").read_text())
    registry = referencing.Registry().with_resources(
        [(schema["$id"], referencing.Resource.from_contents(schema)),
         (cls["$id"], referencing.Resource.from_contents(cls))])
    return jsonschema.Draft202012Validator(schema, registry=registry), cls


@pytest.mark.parametrize("split", SPLITS)
def test_labels_have_the_schema_shapes(split: str) -> None:
    validator, cls = _schema_validator()
    kinds = set(cls["properties"]["kind"]["enum"])
    stages = set(cls["properties"]["stage"]["enum"])
    for lb in labels(split):
        assert lb["kind"] in kinds and lb["stage"] in stages, lb["file"]
        assert isinstance(lb["autoreply_expected"], bool)
        for key in ("case_missing_documents", "message_missing_documents"):
            assert lb[key] is None or set(lb[key]) <= REQUIRED_DOCS, (lb["file"], key)
        for doc in lb["documents"]:
            as_schema = {**doc, "confidence": {},
                         "buyer": {"name": doc["buyer"]} if doc["buyer"] else None,
                         "seller": {"name": doc["seller"]} if doc["seller"] else None}
            errors = [e.message for e in validator.iter_errors(as_schema)]
            assert not errors, (lb["file"], doc["source"], errors)
            for money in ("subtotal", "tax", "total"):
                v = doc[money]
                assert v is None or (Decimal(v).as_tuple().exponent == -2 and "," not in v), (lb["file"], money, v)


@pytest.mark.parametrize("split", SPLITS)
def test_label_arithmetic_is_consistent(split: str) -> None:
    for lb in labels(split):
        for doc in lb["documents"]:
            lines = doc["line_items"]
            for ln in lines:
                if ln["unit_price"] is None and ln["amount"] is None:
                    continue  # a packing list's article rows print no prices
                assert Decimal(ln["unit_price"]) * ln["quantity"] == Decimal(ln["amount"]), (lb["file"], ln)
            if lines and all(ln["amount"] is not None for ln in lines):
                assert sum(Decimal(ln["amount"]) for ln in lines) == Decimal(doc["subtotal"])
                assert Decimal(doc["subtotal"]) + Decimal(doc["tax"] or 0) == Decimal(doc["total"])


@pytest.mark.parametrize("split", SPLITS)
def test_split_covers_kinds_stages_languages_and_linking(split: str) -> None:
    labs = labels(split)
    assert {lb["kind"] for lb in labs} >= KINDS
    assert {lb["stage"] for lb in labs} >= STAGES
    assert len({lb["language"] for lb in labs}) >= 4
    assert {lb["autoreply_expected"] for lb in labs} == {True, False}
    # A deal message that does not thread (no In-Reply-To) and is not its deal's first: linked by number only.
    first_of_deal: dict[str, str] = {}
    by_number_only = []
    for lb in labs:
        if lb["deal"] is None:
            continue
        first_of_deal.setdefault(lb["deal"], lb["file"])
        if first_of_deal[lb["deal"]] != lb["file"] and not message(split, lb["file"])["In-Reply-To"]:
            by_number_only.append(lb["file"])
            assert lb["references"], lb["file"]
    assert by_number_only
    # Orders complete and incomplete, in attachments and typed in the body.
    verdicts = [lb["message_missing_documents"] for lb in labs if lb["stage"] == "order"]
    assert [] in verdicts and any(verdicts)
    assert any(doc["source"] == "body" for lb in labs for doc in lb["documents"])
    assert any(doc["doc_type"] == "contract" and doc["signed"] is False for lb in labs for doc in lb["documents"])
    assert any(doc["doc_type"] == "contract" and doc["signed"] is True for lb in labs for doc in lb["documents"])
    assert any(doc["tracking_numbers"] for lb in labs for doc in lb["documents"])


def _iso6346_ok(number: str) -> bool:
    values, v = {}, 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        v += v % 11 == 0  # values that are multiples of 11 are skipped
        values[ch] = v
        v += 1
    if len(number) != 11 or not number[:4].isalpha() or number[3] not in "UJZ" or not number[4:].isdigit():
        return False
    total = sum((values[c] if c.isalpha() else int(c)) << i for i, c in enumerate(number[:10]))
    return total % 11 % 10 == int(number[10])


def _ups_ok(number: str) -> bool:
    body = number[2:17]
    digits = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in body]
    total = sum(d * (1 if i % 2 == 0 else 2) for i, d in enumerate(digits))
    return number.startswith("1Z") and len(number) == 18 and (10 - total % 10) % 10 == int(number[17])


def _awb_ok(number: str) -> bool:
    """IATA air waybill: 3-digit airline prefix, 7-digit serial, check digit = serial mod 7."""
    prefix, _, serial = number.partition("-")
    return len(prefix) == 3 and prefix.isdigit() and len(serial) == 8 and serial.isdigit() and \
        int(serial[:7]) % 7 == int(serial[7])


@pytest.mark.parametrize("split", SPLITS)
def test_tracking_numbers_carry_valid_check_digits(split: str) -> None:
    numbers = {t for lb in labels(split) for d in lb["documents"] for t in d["tracking_numbers"]}
    assert numbers
    for t in numbers:
        if t.startswith("1Z"):
            assert _ups_ok(t), t
        elif t[:4].isalpha():
            assert _iso6346_ok(t), t
        elif "-" in t:
            assert _awb_ok(t), t
        else:
            assert t.isdigit() and len(t) == 10, t  # DHL Express waybill


def _partner_domains(split: str) -> set[str]:
    out = set()
    for lb in labels(split):
        if lb["deal"]:
            domain = parseaddr(message(split, lb["file"])["From"])[1].rsplit("@", 1)[1]
            if domain != "example.com":
                out.add(domain)
    return out


def test_splits_have_different_partners() -> None:
    domains = {split: _partner_domains(split) for split in SPLITS}
    for split, found in domains.items():
        assert len(found) >= 5, split
    for i, a in enumerate(SPLITS):
        for b in SPLITS[i + 1:]:
            assert not domains[a] & domains[b], (a, b)


def test_corpus_size_is_modest() -> None:
    total = sum(p.stat().st_size for p in CORPUS.rglob("*") if p.is_file())
    assert total < 118 * 1024 * 1024  # thirty-one splits of about 2-4 MB each (dev..dev31)


def test_demo_mail_tells_the_story() -> None:
    demo = sorted((REPO / "mailbot" / "demo" / "sample_mail").glob("*.eml"))
    assert len(demo) == 8
    for path in demo:
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        rcpts = [a.lower() for _, a in email.utils.getaddresses(msg.get_all("To", []) + msg.get_all("Cc", []))]
        assert "orders@example.com" in rcpts, path.name
    order = email.message_from_bytes(demo[2].read_bytes(), policy=email.policy.default)
    names = attachment_names(order)
    assert any("Bestellung" in n for n in names) and any("Rechnung" in n for n in names)
    assert not any("vertrag" in n.lower() for n in names)


def test_generator_is_deterministic(tmp_path: Path) -> None:
    """Regenerate without LibreOffice: same labels, and byte-identical mails where no PDF is attached."""
    subprocess.run([sys.executable, "-m", "tests.corpus.generate", "--out", str(tmp_path), "--no-pdf", "--no-demo"],
                   cwd=REPO, check=True, capture_output=True, timeout=240)
    for split in GENERATED_SPLITS:
        fresh = json.loads((tmp_path / split / "labels.json").read_text(encoding="utf-8"))
        assert fresh == labels(split)
        compared = 0
        for lb in fresh:
            if any(d["source"].endswith(".pdf") for d in lb["documents"]):
                continue  # LibreOffice stamps creation time and a random ID into every PDF
            assert (tmp_path / split / lb["file"]).read_bytes() == (CORPUS / split / lb["file"]).read_bytes(), \
                (split, lb["file"])
            compared += 1
        assert compared >= 20
