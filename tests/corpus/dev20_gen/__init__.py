"""Generator of dev20, the nineteenth holdout opened for tuning after its blind measurement (tests/corpus/dev20)."""
