"""Generator of the nineteenth blind holdout (tests/corpus/holdout)."""
