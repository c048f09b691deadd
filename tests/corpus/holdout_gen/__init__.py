"""Generator of the fourth blind holdout split (tests/corpus/holdout)."""
