"""mailbot.digest."""
