"""PostgreSQL works as the database: the migrations run and a message goes through the pipeline runner."""
from __future__ import annotations

from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import Session, SQLModel, select

from mailbot.app import build_app
from mailbot.config import settings_from_dict
from mailbot.pipeline.runner import ingest
from mailbot.pipeline.steps import build_pipeline
from mailbot.store.models import MailboxState, Message
from tests.core.pgserver import PostgresServer


@pytest.fixture(scope="module")
def pg() -> Iterator[PostgresServer]:
    if not PostgresServer.available():
        pytest.skip("Debian package postgresql is not installed (scripts/setup.sh installs it)")
    server = PostgresServer().start()
    yield server
    server.stop()


def test_migrations_and_ingest_on_postgresql(pg: PostgresServer, tmp_path: Path) -> None:
    app = build_app(settings_from_dict({"database": {"url": pg.url}, "storage": {"path": str(tmp_path)}}))
    with app.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), SQLModel.metadata) == []
    m = EmailMessage()
    m["From"] = "Käufer <einkauf@kunde.example>"
    m["Subject"] = "Bestellung 4500012345 – Ü"
    m["Message-ID"] = "<pg-1@kunde.example>"
    m.set_content("Anbei unsere Bestellung.")
    steps = build_pipeline(("store", "record"))
    first = ingest(app, m.as_bytes(), mailbox="orders", uidvalidity=5, uid=10, steps=steps)
    again = ingest(app, m.as_bytes(), mailbox="orders", uidvalidity=5, uid=10, steps=steps)
    assert first.status == "processed" and again.duplicate
    with Session(app.engine) as s:
        msg = s.exec(select(Message)).one()
        assert msg.subject == "Bestellung 4500012345 – Ü" and msg.from_name == "Käufer"
        assert s.exec(select(MailboxState)).one().last_uid == 10
    app.engine.dispose()


def test_whole_pipeline_gives_the_same_results_on_postgresql_and_sqlite(pg: PostgresServer, tmp_path: Path) -> None:
    from mailbot.pipeline.offline import replay
    from tests.paths import REPO

    mails = [p.read_bytes() for p in sorted((REPO / "tests" / "corpus" / "dev").glob("*.eml"))[:20]]
    assert len(mails) == 20
    on_pg = replay(mails, settings=settings_from_dict({"database": {"url": pg.url},
                                                       "storage": {"path": str(tmp_path / "pg")}}))
    on_sqlite = replay(mails)

    def outcome(rows: list[dict]) -> list[tuple]:
        # case ids differ between databases; compare which messages share a case instead
        first_seen: dict[int, int] = {}
        return [(r["status"], r["kind"], r["stage"], r["autoreply"], r["case_missing_documents"],
                 None if r["case_id"] is None else first_seen.setdefault(r["case_id"], i))
                for i, r in enumerate(rows)]

    assert all(r["status"] == "processed" for r in on_pg)
    assert outcome(on_pg) == outcome(on_sqlite)


class _Barrier:
    """A pipeline step that holds each message until both are in flight: forces the race of two new mails."""

    name = "barrier"
    description = "test only: wait for the other transaction"

    def __init__(self) -> None:
        import threading

        self.barrier = threading.Barrier(2, timeout=20)

    def process(self, ctx) -> None:  # type: ignore[no-untyped-def]
        self.barrier.wait()


def test_two_mails_of_one_new_deal_at_once_open_one_case(pg: PostgresServer, tmp_path: Path) -> None:
    """Two mailboxes polled in parallel get the PO and its invoice at the same moment: one deal, not two."""
    import threading

    from mailbot.store.models import Case

    app = build_app(settings_from_dict({"database": {"url": pg.url}, "storage": {"path": str(tmp_path)}}))
    with Session(app.engine) as s:  # the module's other tests share this database
        before = len(s.exec(select(Case)).all())
    gate = _Barrier()
    names = ("store", "parse", "classify")
    steps = [*build_pipeline(names), gate, *build_pipeline(("link", "record"))]
    mails = []
    for i, what in enumerate(("our purchase order", "the commercial invoice")):
        m = EmailMessage()
        m["From"] = "Buyer <buyer@race.example>"
        m["To"] = "orders@example.com"
        m["Subject"] = f"Purchase order PO-778899 ({what})"
        m["Message-ID"] = f"<race-{i}@race.example>"
        m.set_content(f"Please find attached {what} for PO-778899. Kindly confirm the order.")
        mails.append(m.as_bytes())
    results: list = [None, None]

    def run(i: int) -> None:
        results[i] = ingest(app, mails[i], mailbox=f"box{i}", uidvalidity=1, uid=1, steps=steps)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert [r.status for r in results] == ["processed", "processed"], results
    with Session(app.engine) as s:
        cases = s.exec(select(Case)).all()[before:]
        linked = {m.case_id for m in s.exec(select(Message).where(Message.mailbox.in_(["box0", "box1"])))}  # type: ignore[attr-defined]
    assert len(cases) == 1 and linked == {cases[0].id}
    app.engine.dispose()
