"""Write dev31 (the thirtieth holdout, opened): .venv/bin/python -m tests.corpus.dev31_gen [--out DIR] [--no-pdf]."""
from __future__ import annotations

import argparse
from pathlib import Path

from tests.corpus.dev31_gen.build import generate

DEV31 = Path(__file__).resolve().parents[1] / "dev31"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEV31, help="output directory (default: tests/corpus/dev31)")
    ap.add_argument("--no-pdf", action="store_true",
                    help="skip LibreOffice and Chromium; PDF attachments become placeholders, labels are unchanged")
    args = ap.parse_args(argv)
    labels = generate(args.out, pdf=not args.no_pdf)
    docs = [d for lb in labels for d in lb["documents"]]
    print(f"dev31: {len(labels)} messages, {len(docs)} documents, "
          f"{sum(len(d['line_items']) for d in docs)} line items -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
