"""Detect a file's type from its bytes; the file name only breaks ties (csv vs text)."""
from __future__ import annotations

import io
import re
import zipfile

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
TNEF_MAGIC = b"\x78\x9f\x3e\x22"
_HEADER_RE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{0,60}:[ \t]?.*$")
_MAIL_HEADERS = (b"from", b"to", b"subject", b"date", b"message-id", b"received", b"mime-version",
                 b"return-path", b"delivered-to", b"content-type", b"x-mailer")


def _sniff_zip(data: bytes) -> str:
    """Tell OOXML / ODF / plain zip apart by the package's entry names (central directory only)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            # some writers store Windows separators ("xl\\workbook.xml")
            lower = {n.lower().replace("\\", "/") for n in zf.namelist()}
            if "mimetype" in lower:
                try:
                    mime = zf.read("mimetype")[:100].decode("ascii", "replace").strip()
                except (KeyError, zipfile.BadZipFile, RuntimeError, ValueError, NotImplementedError):
                    mime = ""
                if mime.endswith("opendocument.spreadsheet"):
                    return "ods"
                if mime.endswith("opendocument.text"):
                    return "odt"
            if any(n.startswith("xl/workbook.") for n in lower):
                return "xlsb" if "xl/workbook.bin" in lower else "xlsx"
            if "word/document.xml" in lower:
                return "docx"
            if "[content_types].xml" in lower:
                if any(n.startswith("xl/") for n in lower):
                    return "xlsb" if any(n.endswith(".bin") and n.startswith("xl/workbook") for n in lower) else "xlsx"
                if any(n.startswith("word/") for n in lower):
                    return "docx"
                if any(n.startswith("ppt/") for n in lower):
                    return "pptx"
            return "zip"
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        return "zip"


def _sniff_ole(data: bytes) -> str:
    """OLE2 compound files: the directory holds UTF-16LE stream names that tell the application."""
    head = data[: 4 * 1024 * 1024]

    def has(name: str) -> bool:
        return any(v.encode("utf-16-le") in head for v in (name, name.upper(), name.lower()))

    if has("EncryptedPackage"):
        return "encrypted-office"
    if has("__substg1.0_"):
        return "msg"
    # WordDocument first: "Book" (BIFF5's stream name) also turns up inside a Word file's own UTF-16 text.
    if has("WordDocument"):
        return "doc"
    if has("Workbook") or has("Book"):
        return "xls"
    return "ole"


def _looks_like_mail(data: bytes) -> bool:
    """RFC 5322: a block of header lines at the top, at least two of them well-known mail headers."""
    # some exports pad the top with spaces/blank lines before the first header
    head = data[:16384].replace(b"\r\n", b"\n").lstrip(b" \t\r\n")
    known = 0
    for i, line in enumerate(head.split(b"\n")[:80]):
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            continue  # folded header
        if line.startswith(b"From ") and i == 0:
            continue  # mbox separator
        if not _HEADER_RE.match(line):
            return False
        if line.split(b":", 1)[0].lower() in _MAIL_HEADERS:
            known += 1
    return known >= 2


def _looks_like_csv(text: str, filename: str | None) -> bool:
    lines = [ln for ln in text.splitlines()[:50] if ln.strip()]
    if len(lines) < 2:
        return bool(filename and filename.lower().endswith((".csv", ".tsv")) and lines)
    for delim in (";", ",", "\t", "|"):
        counts = [ln.count(delim) for ln in lines]
        if counts[0] >= 1 and sum(1 for c in counts if c == counts[0]) >= 0.8 * len(counts):
            if filename and filename.lower().endswith((".csv", ".tsv")):
                return True
            # without a csv name only a strongly regular table counts (prose has commas too)
            if counts[0] >= 2 and len(lines) >= 3 and delim != ",":
                return True
            if counts[0] >= 3 and len(lines) >= 3 and all(c == counts[0] for c in counts):
                return True
    return False


def _decode_head(data: bytes) -> str | None:
    """Decode a text-looking prefix, or None if the bytes look binary."""
    head = data[:65536]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return head.decode("utf-16", "replace")
        except UnicodeDecodeError:
            return None
    if b"\x00" in head:
        return None
    ctrl = sum(1 for b in head if b < 9 or 13 < b < 32)
    if head and ctrl / len(head) > 0.05:
        return None
    return head.decode("utf-8", "replace")


def detect_type(data: bytes, filename: str | None = None) -> str:
    """Return a short type name ("pdf", "xlsx", "eml", ...) judged from the content."""
    if not data:
        return "empty"
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _sniff_zip(data)
    if data.startswith(OLE_MAGIC):
        return _sniff_ole(data)
    if data.startswith(TNEF_MAGIC):
        return "tnef"
    if data.startswith((b"\x1f\x8b", b"BZh", b"7z\xbc\xaf\x27\x1c", b"Rar!")):
        return "archive"
    # BIFF2-5 workbooks without an OLE container
    if data[:2] in (b"\x09\x00", b"\x09\x02", b"\x09\x04", b"\x09\x08") and filename and filename.lower().endswith(".xls"):
        return "xls"
    import filetype  # local: keeps import of parsers cheap

    kind = filetype.guess(data[:8192])
    if kind is not None and kind.mime.startswith("image/"):
        return "image"
    text = _decode_head(data)
    if text is None:
        if kind is not None:
            return kind.extension
        return "unknown"
    if _looks_like_mail(data):
        return "eml"
    stripped = text.lstrip("\ufeff \t\r\n")
    low = stripped[:2000].lower()
    if low.startswith("<?xml") or (low.startswith("<") and not low.startswith(("<html", "<!doctype html"))):
        if "<html" in low[:1000] or "<body" in low or "<!doctype html" in low:
            return "html"
        if low.startswith(("<?xml", "<")) and re.match(r"<(\?xml|[a-z_][\w.:-]*[\s>/])", low):
            return "xml"
    if low.startswith(("<html", "<!doctype html")) or re.search(r"<(html|body|div|table|p|br)\b", low[:4000]):
        return "html"
    if _looks_like_csv(stripped, filename):
        return "csv"
    return "text"
