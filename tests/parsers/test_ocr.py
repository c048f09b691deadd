"""OCR with a real Tesseract: page images of an office PDF, a poor phone-style JPEG, faxes, logos and bombs."""
from __future__ import annotations

import io
import shutil
import subprocess
import time
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from parsers import Limits, parse_bytes

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None or shutil.which("pdftoppm") is None,
                                reason="tesseract-ocr / poppler-utils not installed (scripts/setup.sh installs them)")


@pytest.fixture(scope="module")
def page_png(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """Page 1 of the committed LibreOffice invoice, rasterised at 300 dpi like a flatbed scan."""
    from tests.parsers.conftest import FIXTURES

    out = tmp_path_factory.mktemp("scan") / "page"
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", "-singlefile",
                    str(FIXTURES / "invoice_en.pdf"), str(out)], check=True, timeout=60)
    return Path(f"{out}.png").read_bytes()


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def test_scanned_invoice_image_gives_fields_and_lines_with_low_confidence(page_png: bytes, inproc: Limits) -> None:
    result = parse_bytes(page_png, "scan.png", limits=inproc)
    assert result.detected_type == "image" and result.status == "ok", result.errors
    [doc] = result.documents
    assert (doc.doc_type, doc.number, doc.order_number) == ("commercial_invoice", "CI-2026-0815", "PO-4711")
    assert doc.total == Decimal("10620.00") and doc.currency == "USD"
    assert [(i.sku, i.quantity, i.unit_price, i.amount) for i in doc.line_items] == [
        ("LED-100", 500, Decimal("12.50"), Decimal("6250.00")),
        ("LED-200", 1200, Decimal("2.35"), Decimal("2820.00")),
        ("DRV-10", 500, Decimal("3.10"), Decimal("1550.00")),
    ]
    # Sales staff must check OCR values: none may look certain, and the document says why.
    assert doc.confidence and max(doc.confidence.values()) <= 0.6
    assert any("OCR" in w for w in doc.warnings)


def test_skewed_low_quality_jpeg_still_gives_the_header(page_png: bytes, inproc: Limits) -> None:
    img = Image.open(io.BytesIO(page_png)).convert("L")
    img = img.resize((img.width * 2 // 3, img.height * 2 // 3))  # 200 dpi
    img = img.rotate(0.8, expand=True, fillcolor=255)  # fed in slightly crooked
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=55, dpi=(200, 200))
    result = parse_bytes(buf.getvalue(), "photo.jpg", limits=Limits(isolate=False, ocr_dpi=200))
    assert result.status == "ok", result.errors
    [doc] = result.documents
    assert doc.number == "CI-2026-0815" and doc.total == Decimal("10620.00")


def test_multipage_fax_tiff_reads_every_page_up_to_the_limit(page_png: bytes, inproc: Limits) -> None:
    page = Image.open(io.BytesIO(page_png)).convert("1")  # fax: black and white
    buf = io.BytesIO()
    page.save(buf, format="TIFF", save_all=True, append_images=[page, page], compression="group4")
    result = parse_bytes(buf.getvalue(), "fax.tif", limits=Limits(isolate=False, ocr_max_pages=2))
    assert result.status == "ok", result.errors
    assert result.text.count("CI-2026-0815") >= 2  # two pages read
    pages = {line.split("CI-2026-0815")[0] for line in result.text.splitlines() if "CI-2026-0815" in line}
    assert pages  # the number line itself was read on each page


def test_logo_sized_pictures_are_skipped_not_read(inproc: Limits) -> None:
    logo = _png(Image.new("RGB", (240, 80), "navy"))
    result = parse_bytes(logo, "image001.png", limits=inproc)
    assert result.status == "skipped" and "too small" in result.errors[0]


def test_image_bomb_is_refused_before_decoding(inproc: Limits) -> None:
    # A 1-bit PNG that claims 30000 x 30000 pixels compresses to a few hundred KB.
    bomb = _png(Image.new("1", (30000, 30000), 1))
    started = time.monotonic()
    result = parse_bytes(bomb, "bomb.png", limits=inproc)
    assert result.status == "failed" and "exceeds the OCR limit" in " ".join(result.errors)
    assert time.monotonic() - started < 60  # sanity bound, not a benchmark: it was never decoded


def test_ocr_switched_off_is_said_plainly(page_png: bytes) -> None:
    result = parse_bytes(page_png, "scan.png", limits=Limits(isolate=False, ocr=False))
    assert result.status == "skipped" and "switched off" in result.errors[0]


def test_scanned_pdf_without_text_layer_is_read_by_ocr(page_png: bytes, inproc: Limits) -> None:
    # What a copier's scan-to-mail makes: a PDF holding only a page image.
    buf = io.BytesIO()
    Image.open(io.BytesIO(page_png)).convert("L").save(buf, format="PDF", resolution=300)
    result = parse_bytes(buf.getvalue(), "Scan_20261103.pdf", limits=inproc)
    assert result.detected_type == "pdf" and result.status == "ok", result.errors
    [doc] = result.documents
    assert (doc.number, doc.order_number, doc.total) == ("CI-2026-0815", "PO-4711", Decimal("10620.00"))
    assert len(doc.line_items) == 3 and max(doc.confidence.values()) <= 0.6
    off = parse_bytes(buf.getvalue(), "Scan_20261103.pdf", limits=Limits(isolate=False, ocr=False))
    assert off.documents == [] and "no text layer" in " ".join(off.errors)


def _phone_photo(page_png: bytes) -> bytes:
    """The page as a phone sees it on a desk: smaller, tilted in perspective, turned, shaded, blurred, JPEG."""
    import numpy as np
    from PIL import ImageChops, ImageFilter

    page = Image.open(io.BytesIO(page_png)).convert("RGB")
    page = page.resize((page.width * 2 // 3, page.height * 2 // 3))
    w, h = page.size
    desk = (90, 80, 70)
    canvas = Image.new("RGB", (int(w * 1.2), int(h * 1.15)), desk)
    canvas.paste(page, (int(w * 0.1), int(h * 0.07)))
    cw, ch = canvas.size
    # Output corners -> where they come from: the far (top) edge of the sheet looks narrower.
    src = [(0, 0), (cw, 0), (cw, ch), (0, ch)]
    dst = [(cw * 0.06, ch * 0.02), (cw * 0.952, 0), (cw, ch), (0, ch * 0.99)]
    rows, rhs = [], []
    for (x, y), (sx, sy) in zip(dst, src, strict=True):
        rows += [[x, y, 1, 0, 0, 0, -sx * x, -sx * y], [0, 0, 0, x, y, 1, -sy * x, -sy * y]]
        rhs += [sx, sy]
    coeffs = np.linalg.solve(np.array(rows, float), np.array(rhs, float)).tolist()
    img = canvas.transform((cw, ch), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC, fillcolor=desk)
    img = img.rotate(1.5, fillcolor=desk)
    shade = Image.linear_gradient("L").rotate(90).resize((cw, ch)).point(lambda v: 255 - int(v * 0.25))
    img = ImageChops.multiply(img, shade.convert("RGB")).filter(ImageFilter.GaussianBlur(0.8))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=70)
    return buf.getvalue()


def test_phone_photo_of_a_sheet_is_straightened_and_its_table_read(page_png: bytes) -> None:
    pytest.importorskip("cv2")
    result = parse_bytes(_phone_photo(page_png), "IMG_2041.jpg", limits=Limits(isolate=False))
    assert result.status == "ok", result.errors
    [doc] = result.documents
    assert (doc.number, doc.order_number, doc.total) == ("CI-2026-0815", "PO-4711", Decimal("10620.00"))
    # Rows of a tilted table run downhill: only a straightened page gives every line with its figures.
    assert [(i.sku, i.quantity, i.unit_price, i.amount) for i in doc.line_items] == [
        ("LED-100", 500, Decimal("12.50"), Decimal("6250.00")),
        ("LED-200", 1200, Decimal("2.35"), Decimal("2820.00")),
        ("DRV-10", 500, Decimal("3.10"), Decimal("1550.00")),
    ]
    assert any("perspective straightened" in w for w in doc.warnings)
    assert max(doc.confidence.values()) <= 0.6


def test_a_flat_scan_is_not_reshaped(page_png: bytes) -> None:
    pytest.importorskip("cv2")
    from parsers.formats.photo import rectify

    # The whole image is the page: nothing to find, nothing changed (a scan is read as it is).
    assert rectify(page_png) is None
