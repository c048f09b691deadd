"""mailbot.cases."""
