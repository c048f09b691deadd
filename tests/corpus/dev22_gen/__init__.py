"""Generator of dev22, the twenty-first holdout opened for tuning after its blind measurement (tests/corpus/dev22)."""
