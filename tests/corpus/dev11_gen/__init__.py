"""Generator of dev11 (tests/corpus/dev11), written as the tenth blind holdout and opened after its measurement."""
