"""Bench: plain-text extraction speed, pypdfium2 vs pdfplumber, on a few corpus PDFs (not a test)."""
from __future__ import annotations

import sys
import time
from pathlib import Path

CORPUS = Path("/work/shared/corpus")
FILES = [
    "pdfplumber-tests/tests/pdfs/senate-expenditures.pdf",
    "pdfplumber-tests/tests/pdfs/nics-background-checks-2015-11.pdf",
    "pdfplumber-tests/tests/pdfs/issue-67-example.pdf",
    "pdfplumber-tests/tests/pdfs/scotus-transcript-p1.pdf",
    "zugferd/XML-Rechnung/FX/EN16931_1_Teilrechnung.pdf",
    "orderx-horstoeko/tests/assets/reader-order-x-extended.pdf",
]


def pdfium_text(data: bytes) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    n = sum(len(pdf[i].get_textpage().get_text_bounded()) for i in range(len(pdf)))
    pdf.close()
    return n


def plumber_text(data: bytes) -> int:
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return sum(len(p.extract_text() or "") for p in pdf.pages)


def plumber_layout(data: bytes) -> int:
    """What the parser's visible pass does per page: words with positions plus ruled tables."""
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return sum(len(p.extract_words()) + len(p.find_tables()) for p in pdf.pages)


def main() -> int:
    print(f"{'file':55} {'pages':>5} {'pdfium ms':>10} {'plumber ms':>11} {'layout ms':>10} {'ratio':>6}")
    for rel in FILES:
        data = (CORPUS / rel).read_bytes()
        import pypdfium2 as pdfium

        pages = len(pdfium.PdfDocument(data))
        times = []
        for fn in (pdfium_text, plumber_text, plumber_layout):
            t = time.perf_counter()
            fn(data)
            times.append((time.perf_counter() - t) * 1000)
        print(f"{rel[-55:]:55} {pages:5d} {times[0]:10.1f} {times[1]:11.1f} {times[2]:10.1f} {times[1] / times[0]:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
