"""The daily ops digest: build_digest() queries the database, send_digest() mails it via the outbox."""
from mailbot.digest.build import DigestData, build_digest
from mailbot.digest.send import render_digest, send_digest

__all__ = ["DigestData", "build_digest", "render_digest", "send_digest"]
