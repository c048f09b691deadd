"""Generator of the thirteenth blind holdout (tests/corpus/holdout)."""
