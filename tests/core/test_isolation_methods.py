"""Every configurable way of isolating a parse works from a process that runs other threads (the service)."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest

from mailbot.config import settings_from_dict
from parsers import Limits, parse_bytes

PDF = Path(__file__).resolve().parents[1] / "parsers" / "fixtures" / "invoice_en.pdf"


@pytest.mark.parametrize("method", ["fork", "forkserver", "auto"])
def test_isolated_parse_from_a_threaded_process(method: str) -> None:
    stop = threading.Event()
    busy = threading.Thread(target=stop.wait, daemon=True)  # the service always has other threads
    busy.start()
    try:
        limits = Limits.from_settings(settings_from_dict({"limits": {"isolate_method": method}}).limits)
        assert limits.isolate and limits.isolate_method == method
        result = parse_bytes(PDF.read_bytes(), PDF.name, limits=limits)
    finally:
        stop.set()
    assert result.status == "ok", result.errors
    assert [d.doc_type for d in result.documents] == ["commercial_invoice"]
