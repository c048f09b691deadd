"""Outlook .msg files: the real one in the shared corpus, and damaged copies of it."""
from __future__ import annotations

import random

import pytest

from parsers import parse_bytes, parse_file
from parsers.content import Ctx
from parsers.formats.msg import to_email


@pytest.fixture
def outlook_msg(corpus):  # type: ignore[no-untyped-def]
    return corpus / "spamscope-mail-parser" / "tests" / "mails" / "mail_outlook_1"  # no extension: sniffed


def test_msg_gives_subject_sender_body_and_attachments(outlook_msg, inproc) -> None:
    result = parse_file(outlook_msg, limits=inproc)
    assert result.detected_type == "msg" and result.status == "ok", result.errors
    lines = result.text.splitlines()
    assert lines[0] == "Subject: Newsletter Prüfung Personalwesen / Prüfung Eröffnungsbilanz"
    assert lines[1] == "From: NueblingV@w-vwa.de"  # from the internet headers Outlook kept
    assert "Wenn Sie diesen Newsletter nicht lesen" in result.text
    msg = to_email(outlook_msg.read_bytes(), Ctx(limits=inproc))
    atts = list(msg.iter_attachments())
    assert len(atts) == 5 and all(a.get_content_maintype() == "image" for a in atts)
    assert "newsletter.png" in [a.get_filename() for a in atts]
    assert all(a.get_payload(decode=True)[:8] == b"\x89PNG\r\n\x1a\n" for a in atts if a.get_filename().endswith(".png"))


def test_damaged_msg_is_a_recorded_error_never_a_crash(outlook_msg, inproc) -> None:
    data = outlook_msg.read_bytes()
    truncated = parse_bytes(data[: len(data) // 3], "cut.msg", limits=inproc)
    assert truncated.status == "failed" and truncated.errors[0].startswith("msg: cannot read file")
    rng = random.Random(7)
    for _ in range(25):
        broken = bytearray(data)
        for _ in range(40):
            broken[rng.randrange(512, len(broken))] = rng.randrange(256)
        result = parse_bytes(bytes(broken), "broken.msg", limits=inproc)
        assert result.status in ("ok", "partial", "failed", "skipped")
        if result.status == "failed":
            assert result.errors and all(len(e) < 400 for e in result.errors)
