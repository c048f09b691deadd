"""The splits with their own generators (dev3 to dev31 and the holdout): every label value is visible in its
document, read without mailbot's parsers, and each split regenerates identically."""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
import pytest

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Split:
    """One generated split and the floors its generator promises."""

    name: str
    generator: str
    mails: int
    documents: int
    line_items: int
    doc_types: frozenset[str]
    max_mb: int
    office_docs: int  # docx/xlsx attachments checked
    strict: bool  # see visible_problems

    @property
    def root(self) -> Path:
        return REPO / "tests" / "corpus" / self.name


BASE_TYPES = {"purchase_order", "commercial_invoice", "proforma_invoice", "quotation", "contract",
              "bill_of_lading", "shipping_notice", "payment_advice"}
SPLITS = [
    Split("dev3", "tests.corpus.dev3_gen", 45, 40, 250, frozenset(BASE_TYPES | {"inspection_report"}), 6, 8, False),
    Split("dev4", "tests.corpus.dev4_gen", 40, 32, 200, frozenset(BASE_TYPES), 4, 4, True),
    Split("dev5", "tests.corpus.dev5_gen", 45, 35, 250, frozenset(BASE_TYPES - {"bill_of_lading"}), 4, 4, True),
    Split("dev6", "tests.corpus.dev6_gen", 45, 35, 250, frozenset(BASE_TYPES - {"shipping_notice"}), 4, 4,
          True),
    Split("dev7", "tests.corpus.dev7_gen", 45, 35, 250,
          frozenset(BASE_TYPES - {"shipping_notice"} | {"inspection_report"}), 4, 4, True),
    Split("dev8", "tests.corpus.dev8_gen", 45, 35, 250,
          frozenset(BASE_TYPES - {"bill_of_lading"} | {"inspection_report"}), 4, 4, True),
    Split("dev9", "tests.corpus.dev9_gen", 60, 40, 400, frozenset(BASE_TYPES), 4, 4, True),
    Split("dev10", "tests.corpus.dev10_gen", 60, 40, 400, frozenset(BASE_TYPES | {"inspection_report"}), 4, 4,
          True),
    Split("dev11", "tests.corpus.dev11_gen", 60, 40, 400, frozenset(BASE_TYPES | {"inspection_report"}), 4,
          4, True),
    Split("dev12", "tests.corpus.dev12_gen", 60, 40, 400, frozenset(BASE_TYPES | {"inspection_report"}), 4,
          4, True),
    Split("dev13", "tests.corpus.dev13_gen", 60, 40, 400, frozenset(BASE_TYPES | {"inspection_report"}), 4,
          4, True),
    Split("dev14", "tests.corpus.dev14_gen", 60, 40, 400,
          frozenset(BASE_TYPES - {"shipping_notice"} | {"packing_list", "inspection_report"}), 4, 4, True),
    Split("dev15", "tests.corpus.dev15_gen", 60, 40, 400,
          frozenset(BASE_TYPES - {"shipping_notice"} | {"packing_list", "inspection_report"}), 4, 4, True),
    Split("dev16", "tests.corpus.dev16_gen", 60, 40, 400,
          frozenset(BASE_TYPES - {"shipping_notice"} | {"packing_list", "inspection_report"}), 4, 4, True),
    Split("dev17", "tests.corpus.dev17_gen", 60, 40, 400,
          frozenset(BASE_TYPES - {"shipping_notice"} | {"packing_list", "inspection_report"}), 4, 4, True),
    Split("dev18", "tests.corpus.dev18_gen", 60, 40, 400,
          frozenset(BASE_TYPES - {"shipping_notice"} | {"packing_list", "inspection_report"}), 4, 4, True),
    Split("dev19", "tests.corpus.dev19_gen", 60, 40, 400,
          frozenset(BASE_TYPES - {"shipping_notice"} | {"packing_list", "inspection_report"}), 4, 4, True),
    Split("dev20", "tests.corpus.dev20_gen", 60, 40, 400,
          frozenset(BASE_TYPES - {"shipping_notice"} | {"packing_list", "inspection_report"}), 4, 4, True),
    Split("dev21", "tests.corpus.dev21_gen", 60, 40, 400,
          frozenset(BASE_TYPES - {"shipping_notice"} | {"packing_list", "inspection_report"}), 4, 4, True),
    Split("dev22", "tests.corpus.dev22_gen", 60, 40, 400,
          frozenset(BASE_TYPES - {"shipping_notice"} | {"packing_list", "inspection_report"}), 4, 4, True),
    Split("dev23", "tests.corpus.dev23_gen", 60, 40, 400,
          frozenset(BASE_TYPES - {"shipping_notice"} | {"packing_list", "inspection_report"}), 4, 4, True),
    Split("dev24", "tests.corpus.dev24_gen", 60, 40, 400,
          frozenset(BASE_TYPES - {"shipping_notice"} | {"packing_list", "inspection_report"}), 4, 4, True),
    Split("dev25", "tests.corpus.dev25_gen", 60, 40, 400,
          frozenset(BASE_TYPES - {"shipping_notice"} | {"packing_list", "inspection_report"}), 4, 4, True),
    Split("dev26", "tests.corpus.dev26_gen", 60, 40, 400,
          frozenset(BASE_TYPES - {"shipping_notice"} | {"packing_list", "inspection_report"}), 4, 4, True),
    Split("dev27", "tests.corpus.dev27_gen", 60, 40, 400,
          frozenset(BASE_TYPES - {"shipping_notice"} | {"packing_list", "inspection_report"}), 4, 4, True),
    Split("dev28", "tests.corpus.dev28_gen", 60, 40, 400,
          frozenset(BASE_TYPES - {"shipping_notice"} | {"packing_list", "inspection_report"}), 4, 4, True),
    Split("dev29", "tests.corpus.dev29_gen", 60, 40, 400,
          frozenset(BASE_TYPES - {"shipping_notice"} | {"packing_list", "inspection_report"}), 4, 4, True),
    Split("dev30", "tests.corpus.dev30_gen", 60, 40, 400,
          frozenset(BASE_TYPES - {"shipping_notice"} | {"packing_list", "inspection_report"}), 5, 4, True),
    Split("dev31", "tests.corpus.dev31_gen", 60, 40, 400,
          frozenset(BASE_TYPES - {"shipping_notice"} | {"packing_list", "claim"}), 6, 4, True),
]


@pytest.fixture(params=SPLITS, ids=[s.name for s in SPLITS])
def split(request: pytest.FixtureRequest) -> Split:
    return request.param


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
SYMBOLS = {"EUR": ("€",), "USD": ("US$",), "AUD": ("A$",)}
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def labels(root: Path) -> list[dict]:
    return json.loads((root / "labels.json").read_text(encoding="utf-8"))


def attachments(root: Path, name: str) -> dict[str, bytes]:
    msg = email.message_from_bytes((root / name).read_bytes(), policy=email.policy.default)
    return {p.get_filename(): p.get_payload(decode=True) for p in msg.walk()
            if p.get_filename() and not p.is_multipart()}


def body_text(root: Path, name: str) -> str:
    msg = email.message_from_bytes((root / name).read_bytes(), policy=email.policy.default)
    return msg.get_body(preferencelist=("plain", "html")).get_content()


def money_forms(value: str) -> set[str]:
    """How an amount can be printed: 1,234.56 / 1.234,56 / 1 234,56 / 1'234.56 / 1234.56 / 1234,56."""
    q = Decimal(value)
    en = f"{q:,.2f}"
    return {en, en.replace(",", "X").replace(".", ",").replace("X", "."), en.replace(",", " ").replace(".", ","),
            en.replace(",", "'"), f"{q:.2f}", f"{q:.2f}".replace(".", ",")}


def date_forms(iso: str) -> set[str]:
    d = dt.date.fromisoformat(iso)
    return {d.isoformat(), d.strftime("%d.%m.%Y"), d.strftime("%d/%m/%Y"), d.strftime("%d-%m-%Y"),
            d.strftime("%Y/%m/%d"), f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
            f"{d.day:02d} {MONTHS[d.month - 1].upper()} {d.year}", f"{d.day} {MOIS[d.month - 1]} {d.year}",
            f"{d.year}年{d.month}月{d.day}日"}


def flat(text: str) -> str:
    """No-break and narrow spaces as spaces, runs of blanks as one (PDF text and Word text differ there)."""
    return re.sub(r"[ \t\u00a0\u202f]+", " ", text)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def pdf_text(data: bytes, tmp: Path, *, layout: bool = True) -> str:
    path = tmp / "doc.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", *(["-layout"] if layout else []), str(path), "-"], capture_output=True,
                          check=True, timeout=60).stdout.decode()


def docx_text(data: bytes) -> str:
    """All paragraphs and table cells, nested tables included, read with python-docx itself."""
    d = docx.Document(io.BytesIO(data))
    out: list[str] = []

    def walk_tables(tables: list) -> None:
        for t in tables:
            for row in t.rows:
                for cell in row.cells:
                    out.extend(p.text for p in cell.paragraphs)
                    walk_tables(cell.tables)

    out.extend(p.text for p in d.paragraphs)
    walk_tables(d.tables)
    return "\n".join(out)


def xlsx_values(data: bytes) -> tuple[str, list[float]]:
    """All cell texts, and the numbers of cells formatted as money (two decimals), as Excel would print them."""
    wb = openpyxl.load_workbook(io.BytesIO(data))
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    money = [float(c.value) for c in cells
             if isinstance(c.value, (int, float)) and not isinstance(c.value, bool) and "0.00" in c.number_format]
    return "\n".join(str(c.value) for c in cells), money


def labelled_docs(root: Path) -> list[tuple[str, dict]]:
    return [(lb["file"], doc) for lb in labels(root) for doc in lb["documents"]]


def visible_problems(doc: dict, text: str, numbers: list[float] | None = None, reading: str = "", *,
                     strict: bool = False) -> list[str]:
    """Label values a reader of `text` cannot see. `numbers`: a spreadsheet's money-formatted cell values;
    `reading`: the PDF text in reading order, where a name wrapped inside a box is not interleaved with its
    neighbours as in the layout text (names and terms are looked up in both). `strict` also checks the
    signature mark ("/s/"), each line's description and unit (dev4's generator prints them so)."""
    text = flat(text)
    squeezed = squeeze(text) + "|" + squeeze(reading)
    problems = []

    def amount_shown(value: str) -> bool:
        if any(f in text for f in money_forms(value)):
            return True
        return numbers is not None and any(abs(v - float(value)) < 0.005 for v in numbers)

    for key in ("number", "order_number", "incoterms"):
        if doc[key] and doc[key] not in text:
            problems.append(f"{key} {doc[key]!r}")
    if doc["currency"] and not any(f in text for f in (doc["currency"], *SYMBOLS.get(doc["currency"], ()))):
        problems.append(f"currency {doc['currency']}")
    for key in ("buyer", "seller", "payment_terms"):
        if doc[key] and squeeze(doc[key]) not in squeezed:
            problems.append(f"{key} {doc[key]!r}")
    if not any(f in text for f in date_forms(doc["date"])):
        problems.append(f"date {doc['date']}")
    for key in ("subtotal", "tax", "total"):
        if doc[key] and not amount_shown(doc[key]):
            problems.append(f"{key} {doc[key]}")
    for t in doc["tracking_numbers"]:
        if t not in text:
            problems.append(f"tracking {t}")
    if strict and doc["signed"] is True and "/s/" not in text:
        problems.append("signed, but no signature shown")
    if strict and doc["signed"] is False and "/s/" in text:
        problems.append("unsigned, but a signature shown")
    for ln in doc["line_items"]:
        if ln["sku"] not in text:
            problems.append(f"sku {ln['sku']}")
        if strict and squeeze(ln["description"]) not in squeezed:
            problems.append(f"description {ln['description']!r}")
        if strict and ln["unit"] and ln["unit"] not in text:
            problems.append(f"unit {ln['unit']!r}")
        prices = [v for v in (ln["amount"], ln["unit_price"]) if v is not None]  # a packing list prints none
        if not all(amount_shown(v) for v in prices):
            problems.append(f"line {ln['sku']} prices")
    return problems


def test_size_and_coverage(split: Split) -> None:
    labs = labels(split.root)
    docs = [d for lb in labs for d in lb["documents"]]
    assert len(labs) >= split.mails
    assert len(docs) >= split.documents
    assert sum(len(d["line_items"]) for d in docs) >= split.line_items
    assert len({lb["language"] for lb in labs}) >= 4
    assert {d["doc_type"] for d in docs} >= split.doc_types
    assert {d["source"].rsplit(".", 1)[-1] for d in docs} >= {"pdf", "docx", "xlsx", "body"}
    total = sum(p.stat().st_size for p in split.root.iterdir())
    assert total < split.max_mb * 1024 * 1024


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")
def test_pdf_labels_are_visible_in_pdftotext(split: Split, tmp_path: Path) -> None:
    checked, producers, problems = 0, set(), []
    for name, doc in labelled_docs(split.root):
        if not doc["source"].endswith(".pdf"):
            continue
        data = attachments(split.root, name)[doc["source"]]
        (tmp_path / "info.pdf").write_bytes(data)
        info = subprocess.run(["pdfinfo", str(tmp_path / "info.pdf")], capture_output=True, timeout=60).stdout.decode()
        producers.add(next((ln.split()[1] for ln in info.splitlines() if ln.startswith("Producer:")), "?"))
        found = visible_problems(doc, pdf_text(data, tmp_path), reading=pdf_text(data, tmp_path, layout=False),
                                 strict=split.strict)
        problems += [f"{name}:{doc['source']}: {p}" for p in found]
        checked += 1
    assert checked >= 25
    assert not problems, problems
    # Two real PDF producers: LibreOffice (from docx/xlsx) and Chromium's Skia (from HTML).
    assert {"LibreOffice", "Skia/PDF"} <= producers, producers


def test_docx_and_xlsx_labels_are_visible(split: Split) -> None:
    checked, problems = 0, []
    for name, doc in labelled_docs(split.root):
        src = doc["source"]
        if src.endswith(".docx"):
            found = visible_problems(doc, docx_text(attachments(split.root, name)[src]), strict=split.strict)
        elif src.endswith(".xlsx"):
            text, values = xlsx_values(attachments(split.root, name)[src])
            found = visible_problems(doc, text, values, strict=split.strict)
        else:
            continue
        problems += [f"{name}:{src}: {p}" for p in found]
        checked += 1
    assert checked >= split.office_docs
    assert not problems, problems


def test_orders_typed_in_the_body_show_their_labels(split: Split) -> None:
    typed = [(name, doc) for name, doc in labelled_docs(split.root) if doc["source"] == "body"]
    assert typed
    for name, doc in typed:
        assert visible_problems(doc, body_text(split.root, name), strict=split.strict) == [], name


def test_references_occur_in_their_message(split: Split) -> None:
    """Every labelled business number is in the subject, a text part or an attached document."""
    for lb in labels(split.root):
        msg = email.message_from_bytes((split.root / lb["file"]).read_bytes(), policy=email.policy.default)
        hay = lb["subject"] + "\n" + "\n".join(
            p.get_content() for p in msg.walk() if p.get_content_type() in ("text/plain", "text/html"))
        for ref in lb["references"]:
            assert ref in hay or _in_any_document(attachments(split.root, lb["file"]), ref), (lb["file"], ref)


def _in_any_document(files: dict[str, bytes], ref: str) -> bool:
    for fname, data in files.items():
        if fname.endswith(".docx") and ref in docx_text(data):
            return True
        if fname.endswith(".xlsx") and ref in xlsx_values(data)[0]:
            return True
        if fname.endswith(".pdf") and shutil.which("pdftotext"):
            out = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, timeout=60).stdout
            if ref in out.decode(errors="replace"):
                return True
    return False


def test_generator_is_deterministic(split: Split, tmp_path: Path) -> None:
    """Regenerate without LibreOffice/Chromium: same labels, byte-identical mails where no PDF is attached."""
    out = tmp_path / split.name
    subprocess.run([sys.executable, "-m", split.generator, "--out", str(out), "--no-pdf"],
                   cwd=REPO, check=True, capture_output=True, timeout=240)
    fresh = json.loads((out / "labels.json").read_text(encoding="utf-8"))
    assert fresh == labels(split.root)
    compared = 0
    for lb in fresh:
        if any(d["source"].endswith(".pdf") for d in lb["documents"]):
            continue
        assert (out / lb["file"]).read_bytes() == (split.root / lb["file"]).read_bytes(), lb["file"]
        compared += 1
    assert compared >= 20
