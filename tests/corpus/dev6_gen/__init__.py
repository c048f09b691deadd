"""Generator of the dev6 split (tests/corpus/dev6): the fifth blind holdout, opened after its one measurement."""
