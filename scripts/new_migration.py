"""Developer tool: autogenerate an Alembic revision from the models (python scripts/new_migration.py "message")."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from mailbot.store.db import _alembic_config, make_engine, migrate


def main() -> None:
    message = sys.argv[1] if len(sys.argv) > 1 else "schema change"
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'scratch.db'}")
        migrate(engine)  # diff against the current head, not against an empty database
        command.revision(_alembic_config(engine), message=message, autogenerate=True)


if __name__ == "__main__":
    main()
