"""mailbot.intake."""
