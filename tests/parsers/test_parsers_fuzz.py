"""Property tests: damaged or random input never raises and always yields a recorded status."""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import Limits, parse_body, parse_bytes

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = {p.name: p.read_bytes() for p in sorted(FIXTURES.iterdir()) if p.is_file()}
LIMITS = Limits(isolate=False, time_budget_seconds=10)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(SAMPLES)), cut=st.floats(0, 1), flips=st.lists(st.integers(0, 10**7), max_size=8))
def test_damaged_office_files_never_raise(name, cut, flips):
    data = bytearray(SAMPLES[name][: max(1, int(len(SAMPLES[name]) * cut))])
    for pos in flips:
        data[pos % len(data)] ^= 0xFF
    r = parse_bytes(bytes(data), name, limits=LIMITS)
    assert r.status in ("ok", "partial", "failed", "skipped")
    if r.status in ("failed", "skipped"):
        assert r.errors and all(isinstance(e, str) and "\n" not in e for e in r.errors)
    for doc in r.documents:
        doc.to_json()


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=4096), st.sampled_from([None, "a.pdf", "a.xlsx", "a.csv", "a.eml", "winmail.dat"]))
def test_random_bytes_never_raise(data, name):
    r = parse_bytes(data, name, limits=LIMITS)
    assert r.status in ("ok", "partial", "failed", "skipped")


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=3000), st.one_of(st.none(), st.text(max_size=3000)))
def test_random_bodies_never_raise(text, html):
    r = parse_body(text, html, limits=LIMITS)
    assert r.status in ("ok", "partial")
    for doc in r.documents:
        doc.to_json()
