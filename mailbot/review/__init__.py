"""mailbot.review."""
