"""Generator of the dev7 split (tests/corpus/dev7): the sixth blind holdout, opened after its one measurement."""
