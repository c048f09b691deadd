"""Benchmark: parser throughput per format (in-process vs isolated child), ZUGFeRD structured on/off, PDF text engines.

Run: `.venv/bin/python -m bench.parse [--repeat N] [--zugferd-limit N]`. Not a test: numbers vary with
the machine's load; compare runs on the same machine only. Every file is parsed once untimed first
so that module imports and caches do not count against the first file of a format.
"""
from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "tests" / "corpus"
ZUGFERD = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "zugferd"


@dataclass
class Sample:
    """One file to parse: where it came from, its bytes and the format the parser detected."""

    source: str
    filename: str | None
    data: bytes
    fmt: str = "?"


@dataclass
class Row:
    label: str
    times: list[float] = field(default_factory=list)  # seconds per file (best of --repeat)
    failed: int = 0

    def line(self, label: str | None = None) -> str:
        label = label or self.label
        if not self.times:
            return f"{label:34} {0:6d}"
        ms = sorted(t * 1000 for t in self.times)
        p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
        return (f"{label:34} {len(ms):6d} {sum(self.times):9.2f} {statistics.median(ms):10.1f} "
                f"{p95:9.1f} {max(ms):9.1f} {self.failed:6d}")


HEADER = f"{'':34} {'files':>6} {'total s':>9} {'median ms':>10} {'p95 ms':>9} {'max ms':>9} {'failed':>6}"


def labelled_attachments(splits: Iterable[str] = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "holdout")) -> list[Sample]:
    """Every attachment of the labelled corpus mails, decoded as the pipeline sees it."""
    from parsers.mime import parse_message

    samples: list[Sample] = []
    for split in splits:
        for eml in sorted((LABELLED / split).glob("*.eml")):
            parsed = parse_message(eml.read_bytes())
            for att in parsed.attachments:
                if att.data:
                    samples.append(Sample(f"{split}/{eml.name}", att.filename, att.data))
    return samples


def zugferd_pdfs(limit: int | None) -> list[Sample]:
    paths = sorted(p for p in ZUGFERD.rglob("*") if p.suffix.lower() == ".pdf")
    return [Sample(str(p.relative_to(ZUGFERD)), p.name, p.read_bytes(), "pdf") for p in paths[:limit]]


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    """Best wall time of `repeat` runs (the least disturbed by other processes) and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def bench_parse(samples: list[Sample], *, isolate: bool, structured: bool, repeat: int,
                label: Callable[[Sample], str]) -> dict[str, Row]:
    from parsers import Limits, parse_bytes

    limits = Limits(isolate=isolate)
    rows: dict[str, Row] = defaultdict(lambda: Row(""))
    for s in samples:
        parse_bytes(s.data, s.filename, limits=limits, use_structured=structured)  # warm caches
        seconds, result = timed(
            lambda s=s: parse_bytes(s.data, s.filename, limits=limits, use_structured=structured), repeat)
        if s.fmt == "?":
            s.fmt = result.detected_type  # type: ignore[attr-defined]
        row = rows[label(s)]
        row.label = label(s)
        row.times.append(seconds)
        row.failed += result.status == "failed"  # type: ignore[attr-defined]
    return dict(rows)


def pdf_text_engines(pdfs: list[Sample], repeat: int) -> list[str]:
    """Plain text of every page: pypdfium2 vs pdfplumber (what a text-only pass would cost)."""
    import pdfplumber
    import pypdfium2 as pdfium

    def pdfium_text(data: bytes) -> int:
        pdf = pdfium.PdfDocument(data)
        try:
            return sum(len(pdf[i].get_textpage().get_text_bounded()) for i in range(len(pdf)))
        finally:
            pdf.close()

    def plumber_text(data: bytes) -> int:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return sum(len(p.extract_text() or "") for p in pdf.pages)

    lines = [f"{'pdf':48} {'pages':>5} {'pypdfium2 ms':>12} {'pdfplumber ms':>13} {'ratio':>6}"]
    for s in pdfs:
        pdf = pdfium.PdfDocument(s.data)
        pages = len(pdf)
        pdf.close()
        pdfium_text(s.data), plumber_text(s.data)  # warm
        t1, _ = timed(lambda s=s: pdfium_text(s.data), repeat)
        t2, _ = timed(lambda s=s: plumber_text(s.data), repeat)
        name = f"{s.source}:{s.filename}" if s.filename and s.filename not in s.source else s.source
        lines.append(f"{name[-48:]:48} {pages:5d} {t1 * 1000:12.1f} {t2 * 1000:13.1f} {t2 / t1:6.1f}x")
    return lines


def ocr_scans(repeat: int) -> list[str]:
    """OCR cost: a fixture invoice page as a 300 dpi PNG, an image-only PDF (a copier's scan) and a phone photo."""
    import shutil
    import subprocess
    import tempfile

    from PIL import Image

    from parsers import Limits, parse_bytes

    if not (shutil.which("tesseract") and shutil.which("pdftoppm")):
        return ["(skipped OCR: tesseract-ocr or poppler-utils not installed)"]
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "300", "-png", "-singlefile", "-f", "1", "-l", "1",
                        str(ROOT / "tests" / "parsers" / "fixtures" / "invoice_en.pdf"), f"{tmp}/p"], check=True)
        png = Path(f"{tmp}/p.png").read_bytes()
    buf = io.BytesIO()
    Image.open(io.BytesIO(png)).convert("L").save(buf, format="PDF", resolution=300)
    from tests.parsers.test_ocr import _phone_photo

    lines = [f"{'scan, languages':56} {'ms (best of ' + str(repeat) + ')':>16}"]
    for name, data in (("invoice page, PNG 300 dpi", png), ("invoice page, image-only PDF", buf.getvalue()),
                       ("invoice page, phone photo JPEG", _phone_photo(png))):
        for langs in ("eng", Limits().ocr_languages):
            limits = Limits(isolate=False, ocr_languages=langs)
            t, _ = timed(lambda d=data, lim=limits, n=name: parse_bytes(d, n, limits=lim), repeat)
            lines.append(f"{name + ', ' + langs:56} {t * 1000:16.0f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=1, help="runs per file; the best time counts (default 1)")
    ap.add_argument("--zugferd-limit", type=int, default=None, help="only the first N ZUGFeRD PDFs")
    ap.add_argument("--text-pdfs", type=int, default=6, help="PDFs in the text-engine comparison (default 6)")
    args = ap.parse_args(argv)

    samples = labelled_attachments()
    if not samples:
        print(f"no attachments found under {LABELLED}", file=sys.stderr)
        return 1
    print(f"labelled corpus: {len(samples)} attachments of {LABELLED.relative_to(ROOT)}/{{dev,...,dev30,dev31,holdout}}/*.eml\n")

    def by_format(s: Sample) -> str:
        return s.fmt

    # isolated first, from a parent warmed as the service warms itself at start-up (warm_up(): the bundled
    # samples, nothing from this corpus); measured after the in-process pass, children would inherit the
    # caches of every corpus file and look faster than the service's
    from parsers.registry import warm_up

    print(f"parent warm-up (once per service start): {warm_up():.2f} s\n")
    isolated = bench_parse(samples, isolate=True, structured=True, repeat=args.repeat, label=by_format)
    in_proc = bench_parse(samples, isolate=False, structured=True, repeat=args.repeat, label=by_format)
    print("parse_bytes per detected format, in-process (isolate=False) vs child process (isolate=True, measured "
          "first, from a parent warmed as the service warms itself)")
    print(HEADER)
    for fmt in sorted(in_proc):
        print(in_proc[fmt].line(f"{fmt} in-process"))
        print(isolated[fmt].line(f"{fmt} isolated"))
    total_in = sum(sum(r.times) for r in in_proc.values())
    total_iso = sum(sum(r.times) for r in isolated.values())
    extra = (total_iso - total_in) / len(samples) * 1000
    print(f"{'all formats':34} in-process {total_in:.2f} s, isolated {total_iso:.2f} s "
          f"(+{extra:.1f} ms per file for the child process)\n")

    if ZUGFERD.is_dir():
        pdfs = zugferd_pdfs(args.zugferd_limit)
        on = bench_parse(pdfs, isolate=False, structured=True, repeat=args.repeat, label=lambda s: "structured on")
        off = bench_parse(pdfs, isolate=False, structured=False, repeat=args.repeat,
                          label=lambda s: "structured off")
        print(f"ZUGFeRD/Factur-X PDFs ({ZUGFERD}), in-process")
        print(HEADER)
        for rows in (on, off):
            for row in rows.values():
                print(row.line())
        print()
    else:
        pdfs = []
        print(f"(skipped ZUGFeRD: {ZUGFERD} not found)\n")

    # A few PDFs from each source: office exports of the labelled corpus and real e-invoices.
    corpus_pdfs = [s for s in samples if s.fmt == "pdf"]
    half = max(1, args.text_pdfs // 2)
    chosen = corpus_pdfs[:: max(1, len(corpus_pdfs) // half)][:half] + pdfs[:: max(1, len(pdfs) // half)][:half]
    if chosen:
        print("plain-text extraction of every page")
        print("\n".join(pdf_text_engines(chosen, args.repeat)))
    print("\nOCR (Tesseract, one thread), in-process")
    print("\n".join(ocr_scans(args.repeat)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
