"""Generator of dev21, the twentieth holdout opened for tuning after its blind measurement (tests/corpus/dev21)."""
