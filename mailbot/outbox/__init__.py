"""mailbot.outbox."""
