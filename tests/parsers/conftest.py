"""Shared fixtures for parser tests: paths, in-process limits, schema validation, tiny file builders."""
from __future__ import annotations

import io
import json
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from parsers import Limits
from tests.paths import CORPUS, SCHEMAS

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not present on this machine")
    return CORPUS


@pytest.fixture
def inproc() -> Limits:
    """Limits for in-process parsing (fast; isolation has its own tests)."""
    return Limits(isolate=False)


@pytest.fixture(scope="session")
def validate_document() -> Callable[[dict[str, Any]], None]:
    """Validate one document dict against document.schema.json (with format checks)."""
    import jsonschema
    from referencing import Registry, Resource

    schema = json.loads((SCHEMAS / "document.schema.json").read_text())
    registry = Registry().with_resource(schema["$id"], Resource.from_contents(schema))
    validator = jsonschema.Draft202012Validator(schema, registry=registry,
                                                format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)

    def check(doc: dict[str, Any]) -> None:
        errors = sorted(validator.iter_errors(doc), key=str)
        assert not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])

    return check


def make_zip(entries: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def make_tnef(body: bytes, attachments: dict[str, bytes]) -> bytes:
    """A minimal TNEF stream (signature, key, body and attachment attributes, each with checksum)."""

    def attr(level: int, attr_id: int, attr_type: int, data: bytes) -> bytes:
        checksum = sum(data) & 0xFFFF
        return struct.pack("<BII", level, (attr_type << 16) | attr_id, len(data)) + data + struct.pack("<H", checksum)

    out = struct.pack("<IH", 0x223E9F78, 0x0001)
    out += attr(1, 0x9006, 0x0008, struct.pack("<I", 0x00010000))  # attTnefVersion
    out += attr(1, 0x800C, 0x0002, body)  # attBody (text)
    for name, data in attachments.items():
        out += attr(2, 0x9002, 0x0006, b"\x01\x00\x00\x00" + b"\x00" * 10)  # attAttachRendData starts one
        out += attr(2, 0x8010, 0x0001, name.encode() + b"\x00")  # attAttachTitle
        out += attr(2, 0x800F, 0x0006, data)  # attAttachData
    return out
