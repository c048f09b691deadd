"""Generator of the fourteenth blind holdout (tests/corpus/holdout)."""
