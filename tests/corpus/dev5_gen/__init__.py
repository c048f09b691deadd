"""Generator of the dev5 split (tests/corpus/dev5): the fourth blind holdout, opened after its one measurement."""
