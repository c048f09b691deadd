"""Generator of the holdout split (tests/corpus/holdout): the seventh blind holdout."""
