"""Robustness walk: every file of the shared corpus goes through parse_file without an exception, within budget."""
from __future__ import annotations

import os
from collections import Counter

import pytest

from parsers import Limits, ParseResult, parse_file
from parsers.detect import detect_type

ALLOWED = {"ok", "partial", "failed", "skipped"}


# 560+ files in one walk: each file's own time budget is what is asserted (a "budget" problem below);
# the suite-wide 300 s net is too tight for the whole walk on a loaded 2-core machine.
@pytest.mark.timeout(900)
def test_whole_corpus_parses_cleanly(corpus, validate_document):
    # the corpus holds allocation bombs: formats read by C code or known bombs run in a killable child;
    # the rest in-process to keep the walk fast on 2 cores
    isolated, inproc = Limits(isolate=True), Limits(isolate=False)
    risky = {"pdf", "xls", "xlsx", "ods", "docx", "zip", "unknown"}
    statuses: Counter[str] = Counter()
    problems = []
    n = 0
    for root, _dirs, files in os.walk(corpus):
        for name in sorted(files):
            path = os.path.join(root, name)
            with open(path, "rb") as fh:
                head = fh.read()
            limits = isolated if detect_type(head, name) in risky else inproc
            result = parse_file(path, limits=limits)
            n += 1
            assert isinstance(result, ParseResult)
            statuses[result.status] += 1
            rel = os.path.relpath(path, corpus)
            if result.status not in ALLOWED:
                problems.append((rel, "status", result.status))
            if result.status in ("failed", "skipped") and not result.errors:
                problems.append((rel, "failed without a reason", ""))
            if any("time budget" in e for e in result.errors):
                problems.append((rel, "budget", result.errors))
            if any("Traceback" in e or len(e) > 600 for e in result.errors):
                problems.append((rel, "error not one line", result.errors))
            for doc in result.documents:
                try:
                    validate_document(doc.to_json())
                except AssertionError as exc:
                    problems.append((rel, "schema", str(exc)))
    assert n >= 560
    assert not problems, problems[:10]
    # most of the corpus is readable; failures are the deliberately broken/encrypted files
    assert statuses["ok"] + statuses["partial"] >= 0.9 * n, statuses
