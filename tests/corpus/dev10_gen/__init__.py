"""Generator of dev10, the ninth holdout (measured blind once, then opened for tuning)."""
