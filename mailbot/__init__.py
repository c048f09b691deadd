"""mailbot: email-driven order intake for B2B trade."""

__version__ = "0.1.0"
