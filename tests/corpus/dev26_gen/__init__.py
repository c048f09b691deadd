"""Generator of dev26 (the twenty-fifth blind holdout, measured blind once at 59b95c8 and opened for tuning)."""
