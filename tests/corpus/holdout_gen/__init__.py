"""Generator of the twentieth blind holdout (tests/corpus/holdout)."""
