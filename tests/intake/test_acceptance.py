"""Acceptance: the real CLI against the real Dovecot with hostile corpus mail, kill -9 soak, many mailboxes."""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import time
from contextlib import closing
from pathlib import Path

import pytest

from mailbot.devserver import free_port
from tests.conftest import ORDERS, mailbox_config
from tests.intake.helpers import mailbot_cmd, make_mail, run_cli, server_hashes, server_state, wait_for
from tests.paths import CORPUS

KW = b"$MailbotDone"
STORE_ONLY = {"steps": ["store", "record"]}


def corpus_mails() -> list[Path]:
    """Every mail file of the three MIME corpora (stalwart, flanker, spamscope; see corpus/README.md)."""
    files = sorted((CORPUS / "stalwart-mail-parser/resources/eml").rglob("*.eml"))
    files += sorted((CORPUS / "flanker/tests/fixtures/messages").rglob("*.eml"))
    files += sorted(p for p in (CORPUS / "spamscope-mail-parser/tests/mails").iterdir() if p.is_file())
    return files


pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")


def _messages(config: Path) -> list[dict]:
    out = run_cli(config, "messages", "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def _check_exactly_once(dovecot, config: Path, expected: int) -> list[dict]:  # type: ignore[no-untyped-def]
    rows = _messages(config)
    server = server_state(dovecot, ORDERS)
    assert len(server) == expected
    uids = [r["uid"] for r in rows]
    assert len(uids) == len(set(uids)), "a message was recorded twice"
    assert set(uids) == set(server), "recorded and server UIDs differ"
    unmarked = [u for u, f in server.items() if KW not in f]
    assert not unmarked, f"left unmarked on the server: {unmarked}"
    assert all(r["server_marked"] for r in rows)
    assert not any(b"\\Seen" in f for f in server.values())
    return rows


def test_200_messages_with_every_malformed_corpus_file(dovecot, clean_mailbox, make_config_file):
    files = corpus_mails()
    assert len(files) == 120  # 53 stalwart + 48 flanker + 19 spamscope: Dovecot accepts every one on APPEND
    generated = [make_mail(i) for i in range(200 - len(files))]
    # Interleave: every hostile file is followed by ordinary mail that must still get through.
    raws: list[bytes] = []
    for i, path in enumerate(files):
        raws.append(path.read_bytes())
        if i < len(generated):
            raws.append(generated[i])
    raws += generated[len(files):]
    assert len(raws) == 200
    uids = dovecot.append_many(ORDERS, raws)
    assert all(uids)
    config = make_config_file(pipeline=STORE_ONLY, mailbox=[mailbox_config(dovecot, batch_size=30)])

    first = run_cli(config, "poll", "--once")
    assert first.returncode == 0, first.stderr
    assert "200 new" in first.stdout and "Traceback" not in first.stderr
    rows = _check_exactly_once(dovecot, config, 200)
    assert all(r["status"] == "processed" for r in rows), [r for r in rows if r["status"] != "processed"][:3]
    # The exact bytes survive: what the server holds under each UID is what was recorded for it
    # (including the Outlook .msg that is not RFC 822 at all, and the endless-nesting bomb).
    assert {r["uid"]: r["sha256"] for r in rows} == server_hashes(dovecot, ORDERS)

    second = run_cli(config, "poll", "--once")
    assert second.returncode == 0 and "0 new" in second.stdout, second.stdout + second.stderr
    assert len(_messages(config)) == 200
    status = json.loads(run_cli(config, "status", "--json").stdout)[0]
    assert status["messages"] == 200 and status["unmarked"] == 0 and status["last_uid"] == max(uids)


def test_full_default_pipeline_over_a_sample(dovecot, clean_mailbox, make_config_file):
    """The real steps (parse, classify, link, reply) may park a message as failed, never lose or block one."""
    files = corpus_mails()
    sample = [files[i] for i in range(0, len(files), 12)]  # 10 files from all three corpora
    raws = [p.read_bytes() for p in sample] + [make_mail(i) for i in range(3)]
    dovecot.append_many(ORDERS, raws)
    config = make_config_file(mailbox=[mailbox_config(dovecot)])  # default pipeline from settings
    out = run_cli(config, "poll", "--once", timeout=300)
    assert out.returncode == 0, out.stderr
    rows = _check_exactly_once(dovecot, config, len(raws))
    assert {r["status"] for r in rows} <= {"processed", "failed"}
    failed = [r for r in rows if r["status"] == "failed"]
    assert all(r["error"] for r in failed)  # a recorded reason, not a silent drop
    if failed:  # `mailbot retry` re-runs one and reports its status (exit 1 if it fails again)
        again = run_cli(config, "retry", str(failed[0]["id"]))
        assert again.returncode in (0, 1) and f"message {failed[0]['id']}:" in again.stdout


def _recorded_count(db: Path) -> int:
    """Messages recorded so far, read straight from the SQLite file (no CLI start-up in the loop)."""
    if not db.exists():
        return 0
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)) as conn:
            return int(conn.execute("SELECT count(*) FROM message").fetchone()[0])
    except sqlite3.Error:  # not migrated yet, or locked for a moment by the writer
        return 0


def test_kill_9_during_fetch_never_loses_or_duplicates(dovecot, clean_mailbox, make_config_file, tmp_path):
    n = 500
    dovecot.append_many(ORDERS, [make_mail(i) for i in range(n)])
    config = make_config_file(pipeline=STORE_ONLY, mailbox=[mailbox_config(dovecot, batch_size=20)])
    seed = int(os.environ.get("MAILBOT_SOAK_SEED", time.time()))
    rng = random.Random(seed)
    kills, partial = 0, []
    for _ in range(6):
        before = _recorded_count(config.parent / "mailbot.db")
        proc = subprocess.Popen(mailbot_cmd(config, "poll", "--once"), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        # Kill at a random moment of the fetch, not of the start-up: on a loaded machine the interpreter
        # alone can take seconds, and a run killed before it fetched anything tests nothing.
        wait_for(lambda b=before, p=proc: p.poll() is not None
                 or _recorded_count(config.parent / "mailbot.db") > b, 60)
        time.sleep(rng.uniform(0.0, 1.0))
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
        # Between crashes the invariant already holds: nothing on the server is marked without a record.
        recorded = {r["uid"] for r in _messages(config)}
        marked = {u for u, f in server_state(dovecot, ORDERS).items() if KW in f}
        assert marked <= recorded, f"seed {seed}: marked without a record: {sorted(marked - recorded)[:5]}"
        partial.append(len(recorded))
    assert kills >= 1 and any(0 < k < n for k in partial), f"seed {seed}: no run was killed mid-fetch {partial}"
    print(f"kill -9 soak seed={seed} kills={kills} recorded after each run: {partial}")
    final = run_cli(config, "poll", "--once")
    assert final.returncode == 0, final.stderr
    rows = _check_exactly_once(dovecot, config, n)
    assert len(rows) == n, f"seed {seed}"


def test_cli_exits_1_when_one_of_several_mailboxes_is_unreachable(dovecot, clean_mailbox, make_config_file):
    clean_mailbox("sales@example.com")
    dovecot.append(ORDERS, make_mail(1))
    dovecot.append("sales@example.com", make_mail(2))
    dead_port = free_port()
    config = make_config_file(pipeline=STORE_ONLY, mailbox=[
        mailbox_config(dovecot, name="dead", port=dead_port),
        mailbox_config(dovecot, ORDERS, name="orders"),
        mailbox_config(dovecot, "sales@example.com", name="sales"),
    ])
    out = run_cli(config, "poll", "--once")
    assert out.returncode == 1
    errors = [line for line in out.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: mailbox 'dead' (127.0.0.1:{dead_port}): connection refused"]
    assert "Traceback" not in out.stderr
    assert "orders/INBOX: 1 new" in out.stdout and "sales/INBOX: 1 new" in out.stdout
    assert {r["mailbox"] for r in _messages(config)} == {"orders", "sales"}
    status = {r["mailbox"]: r for r in json.loads(run_cli(config, "status", "--json").stdout)}
    assert status["dead"]["consecutive_failures"] == 1 and "connection refused" in status["dead"]["last_error"]
    assert status["orders"]["consecutive_failures"] == 0
    text = run_cli(config, "status").stdout
    assert "dead/INBOX: FAILING x1" in text and "orders/INBOX: ok" in text
    for secret in dovecot.users.values():
        assert secret not in out.stdout + out.stderr + text
    clean_mailbox("sales@example.com")
