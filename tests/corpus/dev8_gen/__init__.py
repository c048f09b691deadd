"""Generator of the dev8 split (tests/corpus/dev8): the seventh blind holdout, opened after its one measurement."""
