"""Generator of dev23, the twenty-second holdout opened for tuning after its blind measurement (tests/corpus/dev23)."""
