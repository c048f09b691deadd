"""Generator of dev13, the twelfth holdout opened for tuning (tests/corpus/dev13)."""
