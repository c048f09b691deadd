"""Generator of dev14, the thirteenth holdout opened for tuning (tests/corpus/dev14)."""
