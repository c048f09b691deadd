"""Legacy Word .doc and binary Excel .xlsb: converted by LibreOffice headless, then read as docx / xlsx."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from parsers.content import Content, Ctx, LimitExceeded
from parsers.formats.external import last_line, run_bounded

# What each legacy type becomes, and LibreOffice's filter for it.
TARGETS = {"doc": ("docx", "docx:MS Word 2007 XML"), "xlsb": ("xlsx", "xlsx:Calc MS Excel 2007 XML")}


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(data: bytes, kind: str, ctx: Ctx) -> bytes:
    """The file converted by a throw-away LibreOffice (own profile, own process group, killed at the budget)."""
    binary = soffice()
    if binary is None:
        raise LimitExceeded(f"{kind}: reading it needs LibreOffice (soffice), which is not installed; "
                            "ask for docx/xlsx or PDF")
    target, flt = TARGETS[kind]
    with tempfile.TemporaryDirectory(prefix="mailbot-lo-") as tmp:
        src = Path(tmp) / f"in.{kind}"
        src.write_bytes(data)
        out = Path(tmp) / "out"
        # A private profile: concurrent conversions must not share (and lock) the user's profile.
        cmd = [binary, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--norestore",
               "--convert-to", flt, "--outdir", str(out), str(src)]
        code, _, err = run_bounded(cmd, ctx, env={**os.environ, "HOME": tmp}, floor=1.0,
                                   timeout_message=f"{kind}: conversion by LibreOffice exceeded the time budget "
                                                   f"({ctx.limits.time_budget_seconds:.0f} s)")
        result = out / f"in.{target}"
        if code != 0 or not result.is_file():
            raise LimitExceeded(f"{kind}: LibreOffice could not convert the file ({last_line(err, 'no output')})")
        converted = result.read_bytes()
    if len(converted) > ctx.limits.max_decompressed_bytes:
        raise LimitExceeded(f"{kind}: converted file exceeds the size limit")
    return converted


def parse_doc(data: bytes, ctx: Ctx) -> Content:
    from parsers.formats import docx

    content = docx.parse(convert(data, "doc", ctx), ctx)
    content.meta["converted_from"] = "doc"
    return content


def parse_xlsb(data: bytes, ctx: Ctx) -> Content:
    from parsers.formats import xlsx

    content = xlsx.parse(convert(data, "xlsb", ctx), ctx)
    content.meta["converted_from"] = "xlsb"
    return content
