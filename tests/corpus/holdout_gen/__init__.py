"""Generator of the twenty-first blind holdout (tests/corpus/holdout)."""
