"""Exactly-once intake against the real Dovecot: record before mark, incremental fetch, re-sync, failures."""
from __future__ import annotations

from sqlmodel import Session, select

from mailbot.intake.fetcher import poll_all, poll_mailbox
from mailbot.pipeline import runner
from mailbot.store.models import Event, MailboxState, Message
from tests.conftest import ORDERS, mailbox_config
from tests.intake.helpers import ClientRecorder, make_mail, recorded, server_state

KW = b"$MailbotDone"
STORE_ONLY = {"steps": ["store", "record"]}


def test_poll_records_marks_and_second_poll_costs_one_select(dovecot, clean_mailbox, make_settings, make_app):
    app = make_app(make_settings(pipeline=STORE_ONLY, mailbox=[mailbox_config(dovecot, batch_size=4)]))
    mails = [make_mail(i) for i in range(10)]
    uids = dovecot.append_many(ORDERS, mails)
    [result] = poll_all(app)
    assert result.ok and result.fetched == 10 and result.marked == 10
    rows = recorded(app)
    assert sorted(r.uid for r in rows) == sorted(uids)
    assert all(r.server_marked and r.status == "processed" for r in rows)
    assert {r.sha256 for r in rows} == {__import__("hashlib").sha256(m).hexdigest() for m in mails}
    flags = server_state(dovecot, ORDERS)
    assert all(KW in f and b"\\Seen" not in f for f in flags.values()), flags  # never \Seen

    # Unchanged mailbox: LOGIN, SELECT, LOGOUT -- no SEARCH, no FETCH, no STORE.
    rec = ClientRecorder()
    [again] = poll_all(app, client_factory=rec)
    assert again.ok and again.unchanged and again.fetched == 0
    sent = rec.commands
    assert not any(c.startswith(("UID", "SEARCH", "FETCH", "STORE")) for c in sent), sent
    assert sent.count("SELECT") == 1 and len(sent) <= 4, sent
    assert len(recorded(app)) == 10

    # One more arrives: only it is searched for and fetched.
    new_uid = dovecot.append(ORDERS, make_mail(99))
    rec = ClientRecorder()
    [third] = poll_all(app, client_factory=rec)
    assert third.fetched == 1 and recorded(app)[-1].uid == new_uid
    assert rec.commands.count("UID FETCH") == 2  # sizes of the new UIDs, then their content
    with Session(app.engine) as s:
        st = s.exec(select(MailboxState)).one()
        assert st.last_uid == new_uid and st.consecutive_failures == 0 and st.last_success_at is not None


def test_recorded_but_unmarked_is_marked_first_and_not_fetched_again(dovecot, clean_mailbox, make_settings,
                                                                      make_app):
    app = make_app(make_settings(pipeline=STORE_ONLY))
    [u1, u2] = dovecot.append_many(ORDERS, [make_mail(1), make_mail(2)])
    c = dovecot.client(ORDERS)
    uidvalidity = c.select_folder("INBOX", readonly=True)[b"UIDVALIDITY"]
    c.logout()
    # The crash window: committed (with the sync position) but the process died before the mark.
    raw = make_mail(1)
    with dovecot.client(ORDERS) as c2:
        c2.select_folder("INBOX", readonly=True)
        raw = c2.fetch([u1], ["BODY.PEEK[]"])[u1][b"BODY[]"]
    runner.ingest(app, raw, mailbox="orders", folder="INBOX", uidvalidity=uidvalidity, uid=u1)
    assert not recorded(app)[0].server_marked
    [r] = poll_all(app)
    assert r.ok and r.fetched == 1 and r.marked == 2
    rows = recorded(app)
    assert [x.uid for x in rows] == [u1, u2] and all(x.server_marked for x in rows)
    assert all(KW in f for f in server_state(dovecot, ORDERS).values())


def test_message_marked_by_someone_else_is_skipped(dovecot, clean_mailbox, make_settings, make_app):
    app = make_app(make_settings(pipeline=STORE_ONLY))
    dovecot.append(ORDERS, make_mail(1), flags=["$MailbotDone"])
    u2 = dovecot.append(ORDERS, make_mail(2))
    [r] = poll_all(app)
    assert r.fetched == 1 and [x.uid for x in recorded(app)] == [u2]


def test_move_action_creates_folder_and_moves_after_commit(dovecot, clean_mailbox, make_settings, make_app):
    clean_mailbox(ORDERS, "INBOX")
    mb = mailbox_config(dovecot, action="move", move_to="mailbot/done-move-test")
    app = make_app(make_settings(pipeline=STORE_ONLY, mailbox=[mb]))
    dovecot.append_many(ORDERS, [make_mail(i) for i in range(3)])
    [r] = poll_all(app)
    assert r.ok and r.fetched == 3
    assert server_state(dovecot, ORDERS) == {}
    moved = server_state(dovecot, ORDERS, "mailbot/done-move-test")
    assert len(moved) == 3 and all(b"\\Seen" not in f for f in moved.values())
    assert all(x.server_marked for x in recorded(app))
    [again] = poll_all(app)
    assert again.ok and again.fetched == 0 and len(recorded(app)) == 3
    clean_mailbox(ORDERS, "mailbot/done-move-test")


def test_uidvalidity_change_resyncs_without_duplicates(dovecot, clean_mailbox, make_settings, make_app):
    folder = "resync-test"
    c = dovecot.client(ORDERS)
    if c.folder_exists(folder):
        c.delete_folder(folder)
    c.logout()
    mails = [make_mail(i) for i in range(5)]
    dovecot.append_many(ORDERS, mails, folder=folder)
    app = make_app(make_settings(pipeline=STORE_ONLY, mailbox=[mailbox_config(dovecot, folder=folder)]))
    [r] = poll_all(app)
    assert r.fetched == 5
    before = {x.sha256: x.id for x in recorded(app)}
    with Session(app.engine) as s:
        old_validity = s.exec(select(MailboxState)).one().uidvalidity
    # Delete and re-create the folder: the server hands out a new UIDVALIDITY and new UIDs.
    import time

    c = dovecot.client(ORDERS)
    c.delete_folder(folder)
    c.logout()
    time.sleep(1.1)  # Dovecot derives UIDVALIDITY from the clock (seconds)
    dovecot.append_many(ORDERS, [*mails[:4], make_mail(50)], folder=folder)  # one gone, one new
    [r2] = poll_all(app)
    assert r2.ok and r2.uidvalidity_changed and r2.rematched == 4 and r2.fetched == 1, r2
    rows = recorded(app)
    assert len(rows) == 6  # 5 old rows (one no longer on the server) + 1 new, no duplicates
    with Session(app.engine) as s:
        st = s.exec(select(MailboxState)).one()
        assert st.uidvalidity != old_validity
        assert s.exec(select(Event).where(Event.type == "mailbox.uidvalidity_changed")).first() is not None
    for row in rows:
        if row.sha256 in before and row.sha256 != __import__("hashlib").sha256(mails[4]).hexdigest():
            assert row.id == before[row.sha256] and row.uidvalidity == st.uidvalidity and row.server_marked
    [r3] = poll_all(app)
    assert r3.unchanged and len(recorded(app)) == 6
    c = dovecot.client(ORDERS)
    c.delete_folder(folder)
    c.logout()


def test_oversize_message_is_recorded_anyway(dovecot, clean_mailbox, make_settings, make_app):
    app = make_app(make_settings(pipeline=STORE_ONLY, limits={"max_message_bytes": 2000}))
    dovecot.append_many(ORDERS, [make_mail(1), make_mail(2, body="x" * 5000 + "\n")])
    [r] = poll_all(app)
    assert r.fetched == 2 and r.oversize == 1
    rows = recorded(app)
    assert all(x.server_marked for x in rows) and max(x.size for x in rows) > 5000
    with Session(app.engine) as s:
        ev = s.exec(select(Event).where(Event.type == "message.oversize")).one()
        assert ev.detail["size"] > 5000


def test_one_mailbox_failing_does_not_stop_the_others(dovecot, clean_mailbox, make_settings, make_app):
    from mailbot.devserver import free_port

    dead = mailbox_config(dovecot, name="dead", port=free_port())
    badpw = mailbox_config(dovecot, name="badpw", password_env="MAILBOT_TEST_NO_SUCH_PW_VAR")
    import os

    os.environ["MAILBOT_TEST_WRONG_PW"] = "wrong-password-123"
    wrong = mailbox_config(dovecot, name="wrong", password_env="MAILBOT_TEST_WRONG_PW")
    good = mailbox_config(dovecot, name="orders")
    app = make_app(make_settings(pipeline=STORE_ONLY, mailbox=[dead, badpw, wrong, good]))
    dovecot.append(ORDERS, make_mail(1))
    results = {r.mailbox: r for r in poll_all(app)}
    assert results["orders"].ok and results["orders"].fetched == 1
    assert "connection refused" in results["dead"].error
    assert "no password" in results["badpw"].error
    assert "login as orders@example.com refused" in results["wrong"].error
    assert "wrong-password-123" not in results["wrong"].error
    with Session(app.engine) as s:
        states = {st.mailbox: st for st in s.exec(select(MailboxState)).all()}
    assert states["dead"].consecutive_failures == 1 and states["dead"].last_error_at is not None
    assert states["orders"].consecutive_failures == 0
    poll_mailbox(app, app.settings.get_mailbox("dead"))
    with Session(app.engine) as s:
        st = s.exec(select(MailboxState).where(MailboxState.mailbox == "dead")).one()
        assert st.consecutive_failures == 2
        assert len(s.exec(select(Message)).all()) == 1


def test_plan_batches_by_count_and_bytes():
    from mailbot.intake.fetcher import plan_batches

    sizes = {1: 10, 2: 10, 3: 100, 4: 10, 5: 10, 6: 10}
    assert plan_batches([1, 2, 3, 4, 5, 6], sizes, max_count=2, max_bytes=1000) == [[1, 2], [3, 4], [5, 6]]
    assert plan_batches([1, 2, 3, 4, 5, 6], sizes, max_count=10, max_bytes=50) == [[1, 2], [3], [4, 5, 6]]
    assert plan_batches([], sizes, max_count=10, max_bytes=50) == []
