"""Generator of the third blind holdout split (tests/corpus/holdout)."""
