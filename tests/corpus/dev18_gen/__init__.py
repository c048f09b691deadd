"""Generator of dev18, the seventeenth holdout opened for tuning after its blind measurement (tests/corpus/dev18)."""
