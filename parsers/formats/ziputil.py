"""Zip safety checks shared by zip, xlsx, docx and ods: size/entry limits before anything is inflated."""
from __future__ import annotations

import io
import zipfile

from parsers.content import LimitExceeded
from parsers.model import Limits


def _fmt(n: int) -> str:
    return f"{n / 1024**3:.1f} GB" if n >= 1024**3 else f"{n / 1024**2:.0f} MB"


def check_zip(data: bytes, limits: Limits, what: str = "zip") -> zipfile.ZipFile:
    """Open a zip after checking entry count and declared total size (zip bomb guard)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise LimitExceeded(f"{what}: broken zip container ({exc})") from exc
    infos = zf.infolist()
    if len(infos) > limits.max_archive_entries:
        raise LimitExceeded(f"{what}: {len(infos)} entries exceed limit {limits.max_archive_entries}")
    total = sum(i.file_size for i in infos)
    if total > limits.max_decompressed_bytes:
        raise LimitExceeded(f"zip bomb: decompressed size {_fmt(total)} exceeds limit "
                            f"{_fmt(limits.max_decompressed_bytes)}")
    for info in infos:
        # a declared size can lie; a ratio this high is only produced on purpose
        if info.compress_size and info.file_size / info.compress_size > 1000 and info.file_size > 10 * 1024**2:
            raise LimitExceeded(f"zip bomb: entry {info.filename} expands {info.file_size // info.compress_size}x")
    return zf


def read_member(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """Read one member, never more than `limit` bytes even if its header lies about the size."""
    with zf.open(name) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise LimitExceeded(f"zip bomb: entry {name} inflates beyond {_fmt(limit)}")
    return data
