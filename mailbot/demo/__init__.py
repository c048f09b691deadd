"""mailbot.demo."""
