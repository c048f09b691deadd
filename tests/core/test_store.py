"""The schema: migrations create exactly the models' tables; the blob store is content-addressed and atomic."""
from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import mailbot.store.models  # noqa: F401
from mailbot.store.blobs import BlobStore
from mailbot.store.db import open_database


def test_migrations_match_the_models(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'm.db'}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == [], f"models changed without a migration (run scripts/new_migration.py): {diff}"


def test_migrate_twice_keeps_data(tmp_path: Path) -> None:
    from sqlmodel import Session, select

    from mailbot.store.models import Event

    url = f"sqlite:///{tmp_path / 'm.db'}"
    engine = open_database(url)
    with Session(engine) as s:
        s.add(Event(type="test.kept"))
        s.commit()
    engine.dispose()
    engine = open_database(url)
    with Session(engine) as s:
        assert [e.type for e in s.exec(select(Event)).all()] == ["test.kept"]


def test_blob_store_is_content_addressed(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    sha1, p1 = store.put(b"hello", ".eml")
    sha2, p2 = store.put(b"hello", ".eml")
    sha3, p3 = store.put(b"other", ".eml")
    assert (sha1, p1) == (sha2, p2)
    assert p1 != p3 and sha1 != sha3
    assert p1.read_bytes() == b"hello"
    assert p1.name == f"{sha1}.eml" and p1.parent.parent.name == sha1[:2]
    assert not list(tmp_path.rglob(".tmp-*"))
