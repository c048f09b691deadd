"""Generator of the fifteenth blind holdout (tests/corpus/holdout); described only when it is opened."""
