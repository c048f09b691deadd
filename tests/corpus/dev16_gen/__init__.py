"""Generator of dev16, the fifteenth holdout opened after its one blind measurement (tests/corpus/dev16)."""
