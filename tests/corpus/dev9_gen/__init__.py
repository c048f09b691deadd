"""Generator of the dev9 split (tests/corpus/dev9): the eighth blind holdout, opened after its one measurement."""
