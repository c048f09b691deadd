"""Generator of the tenth blind holdout (tests/corpus/holdout)."""
