"""Generator of the twenty-third holdout, written blind (tests/corpus/holdout)."""
