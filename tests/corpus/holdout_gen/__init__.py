"""Generator of the twelfth blind holdout (tests/corpus/holdout)."""
