"""mailbot.classify."""
