"""Write the thirtieth holdout: .venv/bin/python -m tests.corpus.holdout_gen [--out DIR] [--no-pdf]."""
from __future__ import annotations

import argparse
from pathlib import Path

from tests.corpus.holdout_gen.build import generate

HOLDOUT = Path(__file__).resolve().parents[1] / "holdout"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HOLDOUT, help="output directory (default: tests/corpus/holdout)")
    ap.add_argument("--no-pdf", action="store_true",
                    help="skip LibreOffice and Chromium; PDF attachments become placeholders, labels are unchanged")
    args = ap.parse_args(argv)
    labels = generate(args.out, pdf=not args.no_pdf)
    docs = [d for lb in labels for d in lb["documents"]]
    print(f"holdout: {len(labels)} messages, {len(docs)} documents, "
          f"{sum(len(d['line_items']) for d in docs)} line items -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
