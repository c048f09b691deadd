"""Registry: detected type -> format parser, as data (lazy imports keep `import parsers` cheap)."""
from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from parsers.content import Content, Ctx

FormatParser = Callable[[bytes, Ctx], Content]

log = logging.getLogger(__name__)

# small documents of our own making (en invoice, fr quotation, multi-page PO, de order sheet, zh contract) that
# warm_up() extracts once in a long-running parent
WARMUP_SAMPLES = Path(__file__).parent / "warmup"

# detected type -> "module:function"; adding a format is one line here plus one module
FORMAT_PARSERS: dict[str, str] = {
    "pdf": "parsers.formats.pdf:parse",
    "xlsx": "parsers.formats.xlsx:parse",
    "xls": "parsers.formats.xls:parse",
    "ods": "parsers.formats.odf:parse_ods",
    "odt": "parsers.formats.odf:parse_odt",
    "docx": "parsers.formats.docx:parse",
    "csv": "parsers.formats.csvfile:parse",
    "text": "parsers.formats.text:parse_text",
    "html": "parsers.formats.text:parse_html",
    "xml": "parsers.formats.xml:parse",
    "zip": "parsers.formats.archive:parse",
    "eml": "parsers.formats.eml:parse",
    "tnef": "parsers.formats.tnef:parse",
    "doc": "parsers.formats.legacy:parse_doc",
    "xlsb": "parsers.formats.legacy:parse_xlsb",
    "msg": "parsers.formats.msg:parse",
    "image": "parsers.formats.ocr:parse_image",
}

# types we recognise but do not read; they get status "skipped" with this reason
UNSUPPORTED: dict[str, str] = {
    "pptx": "PowerPoint is not read",
    "archive": "compressed archive other than zip is not unpacked",
    "ole": "unrecognised OLE2 compound file",
}


# heavy third-party modules the format parsers import lazily
HEAVY_MODULES = ("pdfplumber", "pypdfium2", "pypdf", "openpyxl", "xlrd", "docx", "html2text", "nh3", "tnefparse", "olefile",
                 "charset_normalizer", "babel.numbers", "filetype")


@lru_cache(maxsize=1)
def preload() -> bool:
    """Import every parser and its libraries once in this process, so forked children start warm.

    Without it each isolated child pays the import of pdfplumber/openpyxl/... again (~0.3 s)."""
    for target in FORMAT_PARSERS.values():
        importlib.import_module(target.split(":")[0])
    for name in HEAVY_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:  # an optional library missing only disables its format
            continue
    from parsers.extract.vocab import warm
    from parsers.validate import iso_currencies

    iso_currencies()
    warm()
    return True


@lru_cache(maxsize=1)
def warm_up() -> float:
    """Extract the bundled sample documents once in this process, so isolated children forked afterwards start
    with the extraction modules imported and the label patterns they use compiled; returns the seconds spent.

    A child forked from a parent that never extracted anything pays ~0.3-0.8 s of imports and regex
    compilation per attachment before its own work; a service parses many attachments and pays this once at
    start-up. One-shot callers (`mailbot parse FILE`) skip it: there it would only move the cost."""
    preload()
    from parsers.api import parse_bytes
    from parsers.model import Limits

    started = time.perf_counter()
    for path in sorted(WARMUP_SAMPLES.iterdir()):
        if path.suffix not in {".pdf", ".xlsx", ".docx"}:
            continue
        try:
            parse_bytes(path.read_bytes(), path.name, limits=Limits(isolate=False))
        except Exception as exc:  # a warm-up that fails only leaves the children colder
            log.warning("warm-up parse of %s failed: %s", path.name, exc)
    return time.perf_counter() - started


def get_parser(detected_type: str, table: dict[str, str] | None = None) -> FormatParser | None:
    """Look up and import the parser for a detected type (None when there is none)."""
    target = (table or FORMAT_PARSERS).get(detected_type)
    if target is None:
        return None
    module, func = target.split(":")
    return getattr(importlib.import_module(module), func)
