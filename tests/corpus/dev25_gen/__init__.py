"""Generator of dev25 (the twenty-fourth blind holdout, measured blind once at d33538a and opened for tuning)."""
