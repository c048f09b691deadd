"""Generator of the twenty-second blind holdout (tests/corpus/holdout)."""
