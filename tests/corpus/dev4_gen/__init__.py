"""Generator of the dev4 split (tests/corpus/dev4): the third blind holdout, opened after its one measurement."""
