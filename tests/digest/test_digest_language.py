"""The digest in German: same numbers as the English one, German wording, mailed with lang="de"."""
from __future__ import annotations

import email
import email.policy
import re

import pytest

from mailbot.config import settings_from_dict
from mailbot.digest import build_digest, render_digest, send_digest
from mailbot.errors import ConfigError
from tests.digest.test_digest import _fill


def _numbers(text: str) -> list[int]:
    """The headline counts in order (every 'SECTION TITLE: n' line), whatever the language of the titles."""
    return [int(n) for n in re.findall(r"^[A-ZÄÖÜ][A-ZÄÖÜ ]+: (\d+)", text, re.MULTILINE)]


def test_german_digest_has_the_same_numbers_in_german(make_settings, make_app, smtp_sink, tmp_path):
    app_en = make_app(make_settings(limits={"isolate": False}, mailbox=[]))
    _fill(app_en)
    data = build_digest(app_en)
    english = render_digest(app_en, data)
    german_app = make_app(make_settings(limits={"isolate": False}, mailbox=[], digest={"language": "de"}))
    german = render_digest(german_app, data)

    assert _numbers(german.text) == _numbers(english.text) and len(_numbers(german.text)) == 8
    assert "NEUE BESTELLUNGEN:" in german.text and "NEW ORDERS" not in german.text
    assert "WARNUNG: POSTFACH SEIT MEHR ALS 30 MINUTEN NICHT ABGERUFEN" in german.text
    assert german.subject.startswith("[WARNUNG: Postfach nicht abgerufen] mailbot Tagesübersicht")
    assert '<html lang="de">' in german.html and "Fehlende Unterlagen" in german.html
    assert "garbled &lt;b&gt;PO&lt;/b&gt;" in german.html  # still escaped

    send_digest(german_app)
    mail = email.message_from_bytes(smtp_sink.messages[-1].content, policy=email.policy.default)
    assert "Tagesübersicht" in mail["Subject"]
    assert "ZUSTAND DER POSTFÄCHER" in mail.get_body(("plain",)).get_content()


def test_digest_language_is_a_language_code() -> None:
    with pytest.raises(ConfigError, match="digest.language"):
        settings_from_dict({"digest": {"language": "German"}})
