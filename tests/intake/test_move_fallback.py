"""Move mode on servers without MOVE (and without UIDPLUS): copy, flag, and never expunge others' mail."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from mailbot.devserver.dovecot import Dovecot, make_root_dir
from mailbot.intake.fetcher import poll_all
from tests.conftest import ORDERS, mailbox_config
from tests.intake.helpers import ClientRecorder, CountingIMAPClient, make_mail, recorded, server_state

# Dovecot 2.3's own post-login list, less MOVE and (for the older-server case) UIDPLUS.
BASE = ("IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES THREAD=REFS "
        "THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN NAMESPACE LIST-EXTENDED "
        "I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES WITHIN CONTEXT=SEARCH LIST-STATUS BINARY "
        "SPECIAL-USE LITERAL+")
DONE = "mailbot/done"


@pytest.fixture(params=["no-move", "no-move-no-uidplus"])
def old_server(request: pytest.FixtureRequest, dovecot: Dovecot) -> Iterator[tuple[Dovecot, bool]]:
    """A second private Dovecot (same users and passwords) that advertises fewer capabilities."""
    uidplus = request.param == "no-move"
    server = Dovecot(make_root_dir(), dict(dovecot.users), imap_capability=BASE + (" UIDPLUS" if uidplus else ""))
    server.start()
    try:
        yield server, uidplus
    finally:
        server.destroy()


class RacingRecorder(ClientRecorder):
    """Clients that, just before flagging our mail \\Deleted, let another user's client add a \\Deleted mail.

    That is the race a plain EXPUNGE loses: a mail that arrived after our SEARCH and that someone else
    flagged would be expunged before mailbot ever recorded it.
    """

    def __init__(self, server: Dovecot) -> None:
        super().__init__()
        self.server, self.raced_uid = server, None

    def __call__(self, *args, **kwargs) -> CountingIMAPClient:  # type: ignore[no-untyped-def]
        recorder = self
        client = super().__call__(*args, **kwargs)
        add_flags = client.add_flags

        def racing_add_flags(messages, flags, silent=False):  # type: ignore[no-untyped-def]
            if b"\\Deleted" in flags and recorder.raced_uid is None:
                recorder.raced_uid = recorder.server.append(ORDERS, make_mail(100), flags=["\\Deleted"])
            return add_flags(messages, flags, silent=silent)

        client.add_flags = racing_add_flags  # type: ignore[method-assign]
        return client


def test_move_without_move_capability_never_expunges_mail_it_has_not_recorded(old_server, make_settings, make_app):
    server, uidplus = old_server
    app = make_app(make_settings(pipeline={"steps": ["store", "record"]},
                                 mailbox=[mailbox_config(server, action="move", move_to=DONE)]))
    ours = server.append_many(ORDERS, [make_mail(i) for i in range(3)])
    rec = RacingRecorder(server)
    [r] = poll_all(app, client_factory=rec)
    assert r.ok and r.fetched == 3 and r.marked == 3
    assert rec.raced_uid is not None  # the copy-and-flag path ran
    sent = rec.commands
    assert not {"MOVE", "UID MOVE"} & set(sent), sent  # the client believed the server's CAPABILITY
    assert "EXPUNGE" not in sent, sent  # a plain EXPUNGE would take the other client's mail too

    assert len(server_state(server, ORDERS, DONE)) == 3  # copies landed in the done folder
    inbox = server_state(server, ORDERS)
    assert rec.raced_uid in inbox  # never expunged by us
    if uidplus:
        assert set(inbox) == {rec.raced_uid} and "UID EXPUNGE" in sent  # exactly our three went
    else:
        # Without UIDPLUS ours stay, flagged \\Deleted, for a client that owns the folder to expunge.
        assert set(ours) <= set(inbox) and all(b"\\Deleted" in inbox[u] for u in ours)
    assert all(x.server_marked for x in recorded(app))

    # Our flagged originals are not taken in twice; the other client's mail still is (it arrived).
    [again] = poll_all(app)
    assert again.ok and again.fetched == 1
    assert sorted(x.uid for x in recorded(app)) == sorted([*ours, rec.raced_uid])
