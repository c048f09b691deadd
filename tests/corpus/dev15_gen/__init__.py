"""Generator of dev15, the fourteenth holdout opened after its one blind measurement (tests/corpus/dev15)."""
