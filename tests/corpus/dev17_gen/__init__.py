"""Generator of dev17, the sixteenth holdout opened for tuning after its blind measurement (tests/corpus/dev17)."""
