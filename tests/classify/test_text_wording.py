"""Reply headers and subject prefixes of mail clients in other language versions (pure text helpers)."""
from __future__ import annotations

import pytest

from mailbot.classify.text import (
    is_forward_subject,
    is_reply_subject,
    link_host,
    split_quoted,
    strip_subject_prefixes,
    web_links,
)


@pytest.mark.parametrize("header", [
    "De: Anna Keller <anna.keller@example.com>\nEnviado el: lunes, 3 de marzo de 2026 10:00\nPara: compras@x.example",
    "De : Anna Keller <anna.keller@example.com>\nEnvoyé le : lundi 3 mars 2026 10:00\nÀ : achats@x.example",
    "---------- Mensaje reenviado ---------\nDe: Anna Keller <anna.keller@example.com>",
])
def test_newer_outlook_and_gmail_headers_start_the_quote(header: str) -> None:
    fresh, quoted = split_quoted(f"Gracias, todo bien.\n\n{header}\nAsunto: Pedido 88123\n\nSu pedido fue enviado hoy.")
    assert fresh == "Gracias, todo bien."
    assert "fue enviado" in quoted


@pytest.mark.parametrize("first", ["El importe de la factura 7781 fue abonado hoy.", "On Monday the balance was paid.",
                                   "Le solde a été viré aujourd'hui."])
def test_a_sentence_opening_like_an_attribution_stays_fresh(first: str) -> None:
    # Its first word is one an attribution opens with; the real attribution follows after a blank line.
    fresh, quoted = split_quoted(f"{first}\n\nOn Tue, 4 May 2027 at 10:12, Anna <anna@example.com> wrote:\n> Hello")
    assert fresh == first
    assert quoted.startswith("On Tue")


@pytest.mark.parametrize(("subject", "forward", "reply"), [
    ("RV: Pedido 88123", True, False),       # Spanish Outlook: reenviado = forwarded
    ("ENC: Pedido 88123", True, False),
    ("RIF: ordine 4711", False, True),
    ("RE: Pedido 88123", False, True),
])
def test_subject_prefixes(subject: str, forward: bool, reply: bool) -> None:
    assert is_forward_subject(subject) is forward
    assert is_reply_subject(subject) is reply
    assert strip_subject_prefixes(subject).split()[0] in ("Pedido", "ordine")


def test_web_links_read_anchors_through_inline_tags_entities_and_broken_markup() -> None:
    html = ('<p>Open <a href="https://login.evil.test/x">https://portal.<b>acme</b>.test</a> now'
            '<a name="top">no target</a> <a href="&#104;ttps://b.test/?a=1&amp;b=2">B &amp; co</a>'
            '<a href="https://c.test/unclosed">never closed')
    links = web_links("text link https://d.test/y.", html)
    assert links == [("https://portal.acme.test", "https://login.evil.test/x"),
                     ("B & co", "https://b.test/?a=1&b=2"),
                     ("https://d.test/y", "https://d.test/y")]
    assert link_host(links[0][0]) == "portal.acme.test" and link_host(links[0][1]) == "login.evil.test"


def test_web_links_are_bounded() -> None:
    html = '<a href="https://x.test/">x</a>' * 500
    assert len(web_links("https://y.test " * 500, html)) == 50
