"""Limits hold: zip bombs, entry counts, nesting, size, time budget and memory cap (real child processes)."""
from __future__ import annotations

import io
import subprocess
import sys
import time
import zipfile

import pytest

from parsers import Limits, parse_bytes
from parsers.isolate import IsolationFailed, run_isolated

from .conftest import make_zip


def _spin() -> None:
    while True:  # a parser stuck in a C or Python loop
        time.sleep(0)


def _hog() -> int:
    blocks = []
    while True:
        blocks.append(bytearray(64 * 1024 * 1024))
        if len(blocks) > 200:  # 12.8 GB: must never get here under the cap
            return len(blocks)


def _answer(x: int) -> int:
    return x * 2


def test_isolated_call_returns_the_result():
    assert run_isolated(_answer, (21,), timeout=10, memory_bytes=512 * 1024**2) == 42


def test_runaway_child_is_killed_at_the_budget():
    with pytest.raises(IsolationFailed, match="time budget 1 s exceeded"):
        run_isolated(_spin, (), timeout=1, memory_bytes=0)


def test_memory_cap_stops_an_allocation_bomb():
    with pytest.raises(IsolationFailed, match="memory limit 256 MB exceeded"):
        run_isolated(_hog, (), timeout=20, memory_bytes=256 * 1024**2)


def test_parse_over_budget_returns_failed_not_exception(fixtures):
    data = (fixtures / "po_multipage.pdf").read_bytes()
    r = parse_bytes(data, "po.pdf", limits=Limits(time_budget_seconds=0.001))
    assert r.status == "failed"
    assert r.errors == ["time budget 0.001 s exceeded"]
    assert r.detected_type == "pdf"


def test_isolated_parse_gives_same_result_as_in_process(fixtures):
    data = (fixtures / "invoice_en.pdf").read_bytes()
    a = parse_bytes(data, "inv.pdf", limits=Limits(isolate=True))
    b = parse_bytes(data, "inv.pdf", limits=Limits(isolate=False))
    assert a.to_json("f") == b.to_json("f")


def test_children_are_forked_with_the_label_patterns_compiled():
    # a fresh interpreter: preload() (run before each isolated parse) must leave no label set for a child
    # to compile; otherwise every forked parse pays ~0.25 s of regex compilation again
    code = (
        "from parsers.registry import preload\n"
        "from parsers.extract import vocab\n"
        "preload()\n"
        "before = vocab._labels.cache_info().misses\n"
        "assert before >= len(vocab.base_vocab()), before\n"
        "for group in vocab.base_vocab():\n"
        "    vocab._first_chars(vocab.labels(group))\n"
        "assert vocab._labels.cache_info().misses == before, 'compiled after preload'\n"
        "assert vocab._first_chars.cache_info().misses == len(vocab.base_vocab())\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_zip_bomb_is_refused_before_inflating():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("zeros.bin", b"\0" * (30 * 1024 * 1024))
    r = parse_bytes(buf.getvalue(), "bomb.zip", limits=Limits(isolate=False, max_decompressed_bytes=10 * 1024**2))
    assert r.status == "failed"
    assert r.errors == ["zip bomb: decompressed size 30 MB exceeds limit 10 MB"]


def test_xlsx_bomb_checked_before_openpyxl(fixtures):
    # an xlsx package with an extra huge member: the container check refuses it
    src = zipfile.ZipFile(io.BytesIO((fixtures / "order_de.xlsx").read_bytes()))
    entries = {i.filename: src.read(i.filename) for i in src.infolist()}
    entries["xl/media/pad.bin"] = b"\0" * (12 * 1024 * 1024)
    r = parse_bytes(make_zip(entries), "o.xlsx", limits=Limits(isolate=False, max_decompressed_bytes=5 * 1024**2))
    assert r.detected_type == "xlsx" and r.status == "failed" and r.errors[0].startswith("zip bomb")


def test_too_many_archive_entries():
    blob = make_zip({f"f{i}.txt": b"x" for i in range(30)})
    r = parse_bytes(blob, "many.zip", limits=Limits(isolate=False, max_archive_entries=20))
    assert r.status == "failed" and r.errors == ["zip: 30 entries exceed limit 20"]


def test_nesting_depth_limit():
    blob = b"PO Number: 1"
    for i in range(6):
        blob = make_zip({f"level{i}.zip" if i else "po.txt": blob})
    r = parse_bytes(blob, "nested.zip", limits=Limits(isolate=False, max_nesting_depth=3))
    assert r.status == "partial"
    assert any("nesting depth exceeds limit 3" in e for e in r.errors)


def test_attachment_size_limit():
    r = parse_bytes(b"x" * 2048, "big.txt", limits=Limits(isolate=False, max_attachment_bytes=1024))
    assert r.status == "skipped" and r.errors == ["attachment too large: 0.0 MB exceeds limit 0.0 MB"]


def test_text_is_capped(inproc):
    r = parse_bytes(("word " * 100_000).encode(), "a.txt", limits=Limits(isolate=False, max_text_chars=1000))
    assert len(r.text) == 1000


def test_endless_enclosed_mail_stops(corpus):
    path = corpus / "flanker/tests/fixtures/messages/enclosed-endless.eml"
    r = parse_bytes(path.read_bytes(), path.name, limits=Limits())
    assert r.status in ("ok", "partial")
    assert any("limit" in e for e in r.errors)


@pytest.mark.parametrize("name", ["OOM_alloc.xls", "OOM_alloc2.xls", "OOM_alloc3.xls", "issue_594_dos.ods"])
def test_calamine_bombs_end_cleanly(corpus, name):
    path = corpus / "calamine-tests/tests" / name
    r = parse_bytes(path.read_bytes(), name, limits=Limits())
    assert r.status in ("ok", "partial", "failed")
    assert not any("time budget" in e for e in r.errors)


@pytest.mark.parametrize(("path", "needle"), [
    ("pdfplumber-tests/tests/pdfs/password-example.pdf", "encrypted PDF (password required)"),
    ("calamine-tests/tests/pass_protected.xlsx", "encrypted"),
    ("calamine-tests/tests/pass_protected.ods", "encrypted"),
    ("pdfplumber-tests/tests/pdfs/empty.pdf", "empty file"),
])
def test_encrypted_and_empty_files_fail_clearly(corpus, inproc, path, needle):
    r = parse_bytes((corpus / path).read_bytes(), path.rsplit("/", 1)[1], limits=inproc)
    assert r.status == "failed"
    assert needle in r.errors[0]
    assert r.documents == []


def test_limits_from_mailbot_settings():
    from mailbot.config import LimitsSettings

    lim = Limits.from_settings(LimitsSettings(max_pages=7, time_budget_seconds=3.5, isolate=False))
    assert (lim.max_pages, lim.time_budget_seconds, lim.isolate) == (7, 3.5, False)
    assert lim.max_sheet_cells == Limits().max_sheet_cells  # not in the settings: default kept


def test_every_warm_up_sample_yields_a_document():
    # a sample that stopped parsing would leave the service's children cold without anyone noticing
    from parsers.registry import WARMUP_SAMPLES

    samples = sorted(p for p in WARMUP_SAMPLES.iterdir() if p.suffix in {".pdf", ".xlsx", ".docx"})
    assert {p.suffix for p in samples} == {".pdf", ".xlsx", ".docx"}
    for path in samples:
        r = parse_bytes(path.read_bytes(), path.name, limits=Limits(isolate=False))
        assert r.status == "ok" and r.documents, (path.name, r.errors)


def test_warm_up_leaves_the_extraction_ready_for_forked_children():
    # a fresh interpreter: after preload() alone the extraction modules are not even imported, so every
    # child forked from such a parent imports them and compiles the label alternations it uses on its own
    code = (
        "import sys\n"
        "from parsers.registry import preload, warm_up\n"
        "from parsers.extract import vocab\n"
        "preload()\n"
        "assert 'parsers.extract.lineitems' not in sys.modules\n"
        "compiled = sum(1 for v in vocab._by_start.values() if not isinstance(v, int))\n"
        "assert warm_up() > 0\n"
        "assert 'parsers.extract.lineitems' in sys.modules and 'parsers.extract.parties' in sys.modules\n"
        "assert sum(1 for v in vocab._by_start.values() if not isinstance(v, int)) > compiled\n"
        "assert warm_up.cache_info().hits == 0 and warm_up() >= 0 and warm_up.cache_info().hits == 1\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
