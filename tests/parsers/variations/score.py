"""Score extraction on a generated variation set: per-field accuracy and the failures.

Run: .venv/bin/python -m tests.parsers.variations.score OUTDIR [--failures]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

from parsers import Limits, parse_bytes

FIELDS = ("doc_type", "number", "order_number", "currency", "subtotal", "tax", "total", "payment_terms", "buyer",
          "seller")


def _norm(field: str, value: Any) -> Any:
    if isinstance(value, dict):
        value = value.get("name")
    if value is None:
        return None
    if field in ("subtotal", "tax", "total"):
        return Decimal(str(value))
    return "".join(str(value).split()).casefold()


def line_key(line: dict[str, Any]) -> tuple[Any, ...]:
    amt = line.get("amount")
    price = line.get("unit_price")
    return ("".join(str(line.get("sku") or "").split()).upper(), float(line.get("quantity") or 0),
            Decimal(str(price)) if price is not None else None, Decimal(str(amt)) if amt is not None else None)


def score(outdir: Path) -> tuple[dict[str, tuple[int, int]], list[dict[str, Any]]]:
    """(field -> (right, total)), failures; line items as 'lines precision'/'lines recall'."""
    truths = json.loads((outdir / "truth.json").read_text(encoding="utf-8"))
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    failures: list[dict[str, Any]] = []
    limits = Limits(isolate=False)
    for t in truths:
        path = outdir / t["file"]
        docs = [d.to_json() for d in parse_bytes(path.read_bytes(), path.name, limits=limits).documents]
        doc = next((d for d in docs if d.get("doc_type") == t["doc_type"]), docs[0] if docs else {})
        for f in FIELDS:
            ok = _norm(f, t.get(f)) == _norm(f, doc.get(f))
            right[f] += ok
            total[f] += 1
            if not ok:
                failures.append({"file": t["file"], "lang": t["lang"], "field": f, "want": t.get(f),
                                 "got": doc.get(f) if f not in ("buyer", "seller") else (doc.get(f) or {}).get("name"),
                                 "style": t["style"]})
        want = Counter(line_key(x) for x in t["line_items"])
        have = Counter(line_key(x) for x in doc.get("line_items") or [])
        hit = sum((want & have).values())
        right["lines precision"] += hit
        total["lines precision"] += sum(have.values())
        right["lines recall"] += hit
        total["lines recall"] += sum(want.values())
        if hit != sum(want.values()) or hit != sum(have.values()):
            failures.append({"file": t["file"], "lang": t["lang"], "field": "line_items",
                             "want": [list(map(str, k)) for k in want][:3],
                             "got": [list(map(str, k)) for k in have][:3], "style": t["style"]})
    return {k: (right[k], total[k]) for k in total}, failures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--failures", action="store_true")
    a = ap.parse_args()
    res, fails = score(a.outdir)
    if a.failures:
        for f in fails:
            print(json.dumps(f, ensure_ascii=False, default=str))
    pooled = [0, 0]
    for k, (ok, n) in res.items():
        print(f"{k:20s} {100 * ok / max(n, 1):6.1f}%  {ok}/{n}")
        if not k.startswith("lines"):
            pooled[0] += ok
            pooled[1] += n
    print(f"{'header pooled':20s} {100 * pooled[0] / max(pooled[1], 1):6.1f}%")


if __name__ == "__main__":
    main()
