"""Generator of dev12 (tests/corpus/dev12), written as the eleventh blind holdout and opened after its measurement."""
