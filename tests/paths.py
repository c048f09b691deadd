"""Where the shared, read-only material lives: ../shared beside the checkout (as in CI), or $MAILBOT_SHARED_DIR."""
from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MAILBOT_SHARED_DIR") or REPO.parent / "shared")
CORPUS = SHARED / "corpus"
SCHEMAS = SHARED / "schemas"
