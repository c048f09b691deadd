"""Generator of dev19, the eighteenth holdout opened for tuning after its blind measurement (tests/corpus/dev19)."""
