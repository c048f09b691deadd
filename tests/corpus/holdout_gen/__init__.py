"""Generator of the eighth blind holdout (tests/corpus/holdout)."""
