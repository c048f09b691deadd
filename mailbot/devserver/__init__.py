"""mailbot.devserver."""
