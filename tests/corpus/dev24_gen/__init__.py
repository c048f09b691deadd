"""Generator of dev24, the twenty-third holdout opened for tuning after its blind measurement (tests/corpus/dev24)."""
