"""Alembic environment: runs on the engine handed over by mailbot.store.db.migrate."""
from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import mailbot.store.models  # noqa: F401  (registers the tables on SQLModel.metadata)

config = context.config
target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        from mailbot.store.db import make_engine

        engine = make_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///var/mailbot.db")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",  # SQLite needs batch mode for ALTER
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
