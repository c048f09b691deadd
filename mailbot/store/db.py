"""The database engine, sessions, and schema upgrades through Alembic."""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine as sa_create_engine
from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool
from sqlmodel import Session, create_engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine; SQLite gets WAL, a busy timeout, foreign keys and working SAVEPOINTs."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False, "timeout": 30})
        _sqlite_tweaks(engine)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


def _sqlite_tweaks(engine: Engine) -> None:
    # pysqlite's own transaction handling breaks SAVEPOINT (used to park a failed message inside its
    # transaction); the SQLAlchemy docs' recipe hands BEGIN to us instead.
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # type: ignore[no-untyped-def]
        # IMMEDIATE takes the write lock up front, so two writers wait instead of failing mid-transaction.
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _alembic_config(engine: Engine):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; never drops data."""
    from alembic import command

    command.upgrade(_alembic_config(engine), "head")


def open_database(url: str, *, echo: bool = False) -> Engine:
    """Engine with the schema upgraded: what every command calls first."""
    engine = make_engine(url, echo=echo)
    migrate(engine)
    return engine


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def serialize(session: Session, name: str) -> None:
    """Hold a database-wide lock named `name` until this transaction ends.

    On PostgreSQL concurrent transactions (mailboxes polled in parallel, several workers) can both miss
    the row the other is about to create; a transaction-scoped advisory lock makes them take turns.
    SQLite needs nothing: BEGIN IMMEDIATE already lets one writer in at a time.
    """
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        # hashtext() maps the name to the lock's integer key on the server, the same in every process.
        session.exec(text("SELECT pg_advisory_xact_lock(hashtext(:name))").bindparams(name=f"mailbot:{name}"))  # type: ignore[call-overload]



# Namespace of mailbot's session advisory locks: the two-integer key space of pg_advisory_lock does not
# overlap the one-integer space that serialize() uses, so a job lock never collides with a linking lock.
_LOCK_NAMESPACE = 0x6D62  # "mb"
_lock_engines: dict[Engine, Engine] = {}
_lock_engines_guard = threading.Lock()


def _lock_engine(engine: Engine) -> Engine:
    # A connection of its own per lock, outside the pool: a pooled connection could go back to the pool
    # still holding the lock, and lock holders must never starve the work they guard of connections.
    # Closing it (or the process dying with kill -9) releases the lock on the server.
    with _lock_engines_guard:
        found = _lock_engines.get(engine)
        if found is None:
            # Server-side TCP keepalives on the lock's session: if the holder's machine drops off the network
            # (no FIN as after a kill -9), the server still ends the session, and the lock, within about a
            # minute instead of the system's default of two hours.
            found = sa_create_engine(engine.url, poolclass=NullPool, isolation_level="AUTOCOMMIT", connect_args={
                "options": "-c tcp_keepalives_idle=30 -c tcp_keepalives_interval=10 -c tcp_keepalives_count=3"})
            _lock_engines[engine] = found
        return found


@contextmanager
def advisory_lock(engine: Engine, name: str, *, wait: float = 0.0,
                  stop: threading.Event | None = None) -> Iterator[bool]:
    """Hold the instance-wide lock `name` for the block; yields False when another process holds it.

    PostgreSQL (several `mailbot run` on one database): a session advisory lock on a dedicated
    connection, tried every 0.2 s for up to `wait` seconds (or until `stop` is set). SQLite is one machine
    with one service: always True, the service's own thread locks already do the job.
    """
    if engine.dialect.name != "postgresql":
        yield True
        return
    conn = _lock_engine(engine).connect()
    held = False
    try:
        deadline = time.monotonic() + wait
        query = text("SELECT pg_try_advisory_lock(:ns, hashtext(:name))").bindparams(
            ns=_LOCK_NAMESPACE, name=f"mailbot:{name}")
        while True:
            held = bool(conn.execute(query).scalar())
            left = deadline - time.monotonic()
            if held or left <= 0 or (stop is not None and stop.is_set()):
                break
            if stop is not None:
                stop.wait(min(0.2, left))
            else:
                time.sleep(min(0.2, left))
        yield held
    finally:
        try:
            if held:
                conn.execute(text("SELECT pg_advisory_unlock(:ns, hashtext(:name))").bindparams(
                    ns=_LOCK_NAMESPACE, name=f"mailbot:{name}"))
        finally:
            conn.close()  # ends the session: the lock goes with it even if the unlock failed
