"""OCR with Tesseract for scanned PDFs and photographed or scanned images: words with positions, as a PDF gives."""
from __future__ import annotations

import csv
import io
import os
import shutil
from typing import Any

from parsers.content import Content, Ctx, LimitExceeded, TextLine
from parsers.formats.external import last_line, run_bounded

# Tesseract's TSV: one row per page/block/paragraph/line/word; level 5 is a word.
WORD_LEVEL = "5"
MIN_WORD_CONFIDENCE = 30.0  # below this Tesseract mostly reads noise (stamps, table rules, speckles)


def available() -> bool:
    return shutil.which("tesseract") is not None


def ocr_words(image: bytes, ctx: Ctx, dpi: int | None = None) -> list[dict[str, Any]]:
    """Words of one page image as pdfplumber-style dicts (x0, x1, top, bottom in points, text)."""
    limits = ctx.limits
    dpi = dpi or limits.ocr_dpi
    cmd = ["tesseract", "stdin", "stdout", "-l", limits.ocr_languages, "--dpi", str(dpi), "tsv"]
    # One thread: the isolating child already runs beside other work, and OpenMP threads would
    # compete for the same two cores without making one page faster.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    code, out, err = run_bounded(cmd, ctx, stdin=image, env=env,
                                 timeout_message=f"ocr: time budget {limits.time_budget_seconds:g} s exceeded")
    if code != 0:
        raise LimitExceeded(f"ocr: tesseract failed ({last_line(err, f'exit {code}')})")
    scale = 72.0 / dpi  # pixels at the scan resolution -> PDF points
    words = []
    for row in csv.DictReader(io.StringIO(out.decode("utf-8", "replace")), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != WORD_LEVEL or not text:
            continue
        try:
            conf = float(row["conf"])
            left, top, width, height = (float(row[k]) for k in ("left", "top", "width", "height"))
        except (KeyError, TypeError, ValueError):
            continue
        if conf < MIN_WORD_CONFIDENCE:
            continue
        words.append({"text": text, "x0": left * scale, "x1": (left + width) * scale, "top": top * scale,
                      "bottom": (top + height) * scale, "conf": conf})
    return words


def lines_from_image(image: bytes, ctx: Ctx, page_no: int, dpi: int | None = None) -> list[TextLine]:
    from parsers.formats.pdf import _words_to_lines

    return _words_to_lines(ocr_words(image, ctx, dpi), page_no)


def check_image(data: bytes, ctx: Ctx) -> tuple[int, int, int]:
    """(width, height, frames) from the header, before any pixel is decoded: image bombs stop here."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as img:
            width, height = img.size
            frames = getattr(img, "n_frames", 1)
    except Image.DecompressionBombError:
        # Pillow's own guard fires first for the biggest claims; same verdict, our wording.
        raise LimitExceeded("image: its pixel count exceeds the OCR limit") from None
    if width * height > ctx.limits.ocr_max_image_pixels:
        raise LimitExceeded(f"image: {width}x{height} pixels exceeds the OCR limit")
    return width, height, frames


def parse_image(data: bytes, ctx: Ctx) -> Content:
    """A photographed or scanned document (PNG, JPEG, TIFF); small pictures (logos, signatures) are skipped."""
    content = Content()
    if not ctx.limits.ocr or not available():
        content.skipped = True
        content.errors.append("image: no text extraction (OCR " + ("switched off" if not ctx.limits.ocr
                                                                   else "not installed: tesseract-ocr") + ")")
        return content
    width, height, frames = check_image(data, ctx)
    if width * height < ctx.limits.ocr_min_image_pixels:
        content.skipped = True
        content.errors.append(f"image: {width}x{height} is too small to be a document (logo or picture)")
        return content
    if frames == 1:
        # A phone photo of a sheet on a desk: straightened first, or its table rows run downhill.
        from parsers.formats.photo import RECTIFIED_DPI, rectify

        flat = rectify(data)
        if flat is not None:
            ctx.check_time()
            content.lines.extend(lines_from_image(flat.png, ctx, 1, dpi=RECTIFIED_DPI))
            content.meta["ocr"] = True
            content.meta["ocr_note"] = flat.note
            content.plain_text = "\n".join(line.text for line in content.lines)
            return content
    pages = _tiff_pages(data, min(frames, ctx.limits.ocr_max_pages)) if frames > 1 else [data]
    for pno, page in enumerate(pages, 1):
        ctx.check_time()
        content.lines.extend(lines_from_image(page, ctx, pno))
    content.meta["ocr"] = True
    content.plain_text = "\n".join(line.text for line in content.lines)
    return content


def _tiff_pages(data: bytes, count: int) -> list[bytes]:
    from PIL import Image, ImageSequence

    out = []
    with Image.open(io.BytesIO(data)) as img:
        for frame in ImageSequence.Iterator(img):
            if len(out) >= count:
                break
            buf = io.BytesIO()
            frame.save(buf, format="PNG")
            out.append(buf.getvalue())
    return out


def ocr_pdf(data: bytes, ctx: Ctx, content: Content) -> None:
    """Scanned PDF pages (no text layer): rendered by pdfium at the OCR resolution, then read by Tesseract."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        count = min(len(pdf), ctx.limits.ocr_max_pages, ctx.limits.max_pages)
        for index in range(count):
            ctx.check_time()
            page = pdf[index]
            try:
                width, height = page.get_size()
                scale = ctx.limits.ocr_dpi / 72.0
                if width * height * scale * scale > ctx.limits.ocr_max_image_pixels:
                    raise LimitExceeded(f"pdf page {index + 1}: too large to render for OCR")
                bitmap = page.render(scale=scale, grayscale=True)
                buf = io.BytesIO()
                bitmap.to_pil().save(buf, format="PNG")
            finally:
                page.close()
            content.lines.extend(lines_from_image(buf.getvalue(), ctx, index + 1))
        if len(pdf) > count:
            content.errors.append(f"ocr: only the first {count} of {len(pdf)} pages were read")
    finally:
        pdf.close()
    content.meta["ocr"] = True
    content.plain_text = "\n".join(line.text for line in content.lines)
